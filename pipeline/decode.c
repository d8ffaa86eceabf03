/* decode.c - input bytes -> valid NFC UTF-8 (see decode.h).
 *
 * One pass converts (UTF-16 -> UTF-8, CR/CRLF -> LF, invalid -> U+FFFD)
 * into an arena buffer; a second, only when a code point >= U+0300 occurs,
 * applies NFC through utf8proc (text made only of code points below U+0300
 * is already in NFC: nothing there decomposes or composes).
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "decode.h"
#include "xalloc.h"
#include "banned.h"

#define REPL_0 0xEF
#define REPL_1 0xBF
#define REPL_2 0xBD

const char *decode_utf8proc_version(void)
{
	return utf8proc_version();
}

char *decode_map(const char *s, size_t len, int options, size_t *out_len, long *err)
{
	const utf8proc_option_t opt = (utf8proc_option_t)options;
	const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)s;
	*err = 0;
	utf8proc_ssize_t n = utf8proc_decompose(u, (utf8proc_ssize_t)len, NULL, 0, opt);
	if (n < 0) {
		*err = (long)n;
		return NULL;
	}
	/* code points, then the UTF-8 bytes written over them plus a NUL
	 * (utf8proc_reencode needs one byte more than the code points take) */
	utf8proc_int32_t *buf = xmalloc(xmul((size_t)n, sizeof(*buf)) + 1);
	utf8proc_ssize_t m = utf8proc_decompose(u, (utf8proc_ssize_t)len, buf, n, opt);
	utf8proc_ssize_t r = m == n ? utf8proc_reencode(buf, n, opt) : m < 0 ? m : -1;
	if (r < 0) {
		/* the same input twice: a second answer is utf8proc's bug */
		free(buf);
		if (m != n && m >= 0)
			LT_BUG("utf8proc_decompose changed its length");
		*err = (long)r;
		return NULL;
	}
	*out_len = (size_t)r;
	return xrealloc(buf, (size_t)r + 1);
}

char *decode_fold(const char *s, size_t len, size_t *out_len)
{
	long err;
	return decode_map(s, len, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
			  UTF8PROC_LUMP | UTF8PROC_IGNORE, out_len, &err);
}

const char *decode_encoding_name(enum text_encoding e)
{
	switch (e) {
	case ENC_UTF8: return "UTF-8";
	case ENC_UTF8_BOM: return "UTF-8 with BOM";
	case ENC_UTF16LE: return "UTF-16LE";
	case ENC_UTF16BE: return "UTF-16BE";
	case ENC_CP1252: return "Windows-1252";
	}
	return "?";
}

/*
 * NFC, applied only where it can change anything. ASCII characters are
 * starters that never compose with a following character and are never
 * reordered, so NFC of the text is the text with each maximal run of
 * non-ASCII characters - together with the character before it, which may
 * be the starter a combining mark attaches to - replaced by its NFC. Runs
 * whose code points are all below U+0300 are already NFC and are copied.
 */
static int nfc_runs(struct arena *a, struct decoded *out, struct lt_diag *d)
{
	const char *t = out->text;
	size_t n = out->len;
	char *o = NULL;        /* allocated at the first run that changes */
	size_t w = 0;          /* bytes of o written; t[done..] still to copy */
	size_t done = 0;
	size_t i = 0;
	while (i < n) {
		if ((unsigned char)t[i] < 0x80) {
			i++;
			continue;
		}
		size_t rs = i > 0 ? i - 1 : 0; /* the starter before the run */
		size_t re = i;
		bool high = false;
		while (re < n && (unsigned char)t[re] >= 0x80) {
			/* lead bytes of code points >= U+0300: CC 80 and above, E*, F* */
			unsigned char b = (unsigned char)t[re];
			if (b >= 0xCC && b != 0xC0 && b != 0xC1)
				high = true;
			re++;
		}
		i = re;
		if (!high)
			continue;
		size_t r;
		long err;
		char *nfc = decode_map(t + rs, re - rs, UTF8PROC_STABLE | UTF8PROC_COMPOSE, &r, &err);
		if (!nfc)
			return lt_diag_set(d, LT_EINPUT, "NFC normalisation failed: %s",
					   utf8proc_errmsg((utf8proc_ssize_t)err));
		if (r == re - rs && memcmp(nfc, t + rs, re - rs) == 0) {
			free(nfc);
			continue;
		}
		if (!o)
			o = arena_alloc(a, n * 3 + 1); /* NFC grows a run at most 3x */
		memcpy(o + w, t + done, rs - done);
		w += rs - done;
		memcpy(o + w, nfc, r);
		w += r;
		done = re;
		free(nfc);
	}
	if (o) {
		memcpy(o + w, t + done, n - done);
		w += n - done;
		o[w] = '\0';
		out->text = o;
		out->len = w;
		out->nfc_changed = true;
	}
	return LT_OK;
}

/* What the converter saw, for warnings and the binary test. */
struct conv {
	char *out;
	size_t len;
	uint32_t line;           /* current line, 1-based */
	uint32_t n_invalid, first_invalid_line;
	unsigned first_invalid_byte;
	uint32_t n_nul, first_nul_line;
	uint32_t n_surrogate, first_surrogate_line;
	uint32_t n_control;
	uint32_t n_multibyte;    /* valid UTF-8 sequences of 2 to 4 bytes */
	bool utf8_shaped;        /* an overlong (C0/C1 xx) or surrogate (ED A0..BF) form */
	uint32_t n_undefined, first_undefined_line; /* CP1252 0x81 0x8D 0x8F 0x90 0x9D */
	unsigned first_undefined_byte;
	uint32_t first_high_line;  /* CP1252: the first byte >= 0x80 */
	unsigned first_high_byte;
	bool any_c1;             /* CP1252: a byte 0x80-0x9F (not Latin-1 text) */
	bool high;               /* a code point >= U+0300 was written */
};

static void put_repl(struct conv *c)
{
	c->out[c->len++] = (char)REPL_0;
	c->out[c->len++] = (char)REPL_1;
	c->out[c->len++] = (char)REPL_2;
	c->high = true;
}

static void put_cp(struct conv *c, uint32_t cp)
{
	char *o = c->out + c->len;
	if (cp < 0x80) {
		o[0] = (char)cp;
		c->len += 1;
	} else if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F));
		c->len += 2;
	} else if (cp < 0x10000) {
		o[0] = (char)(0xE0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		c->len += 3;
	} else {
		o[0] = (char)(0xF0 | (cp >> 18));
		o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[3] = (char)(0x80 | (cp & 0x3F));
		c->len += 4;
	}
	if (cp >= 0x300)
		c->high = true;
}

/* A code point below 0x80 (or a decoded one), with line-end and NUL handling. */
static inline void put_ascii(struct conv *c, unsigned ch, bool next_is_lf)
{
	if (ch == '\r') {
		if (!next_is_lf) {
			c->out[c->len++] = '\n';
			c->line++;
		}
		return;
	}
	if (ch == '\n') {
		c->out[c->len++] = '\n';
		c->line++;
		return;
	}
	if (ch == 0) {
		if (!c->n_nul++)
			c->first_nul_line = c->line;
		put_repl(c);
		return;
	}
	if (ch < 0x20 && ch != '\t' && ch != '\f' && ch != '\v')
		c->n_control++;
	c->out[c->len++] = (char)ch;
}

static void invalid(struct conv *c, unsigned byte)
{
	if (!c->n_invalid++) {
		c->first_invalid_line = c->line;
		c->first_invalid_byte = byte;
	}
	put_repl(c);
}

/*
 * Length of a valid UTF-8 sequence at p (at most n bytes available) and its
 * code point, or 0 if the sequence is invalid (overlong, surrogate, beyond
 * U+10FFFF, truncated).
 */
static size_t utf8_seq(const unsigned char *p, size_t n, uint32_t *cp)
{
	unsigned b0 = p[0];
	if (b0 >= 0xC2 && b0 <= 0xDF) {
		if (n < 2 || (p[1] & 0xC0) != 0x80)
			return 0;
		*cp = ((b0 & 0x1Fu) << 6) | (p[1] & 0x3Fu);
		return 2;
	}
	if (b0 >= 0xE0 && b0 <= 0xEF) {
		if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
			return 0;
		if (b0 == 0xE0 && p[1] < 0xA0)
			return 0; /* overlong */
		if (b0 == 0xED && p[1] >= 0xA0)
			return 0; /* surrogate */
		*cp = ((b0 & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
		return 3;
	}
	if (b0 >= 0xF0 && b0 <= 0xF4) {
		if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
		    (p[3] & 0xC0) != 0x80)
			return 0;
		if (b0 == 0xF0 && p[1] < 0x90)
			return 0; /* overlong */
		if (b0 == 0xF4 && p[1] >= 0x90)
			return 0; /* > U+10FFFF */
		*cp = ((b0 & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) |
		      ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
		return 4;
	}
	return 0;
}

/*
 * Bytes at p (an invalid sequence) that form the longest prefix of a valid
 * one - the "maximal subpart" Unicode recommends replacing by one U+FFFD
 * (so a sequence cut short by the end of the file is one replacement).
 */
static size_t invalid_len(const unsigned char *p, size_t n)
{
	unsigned b0 = p[0];
	unsigned lo = 0x80, hi = 0xBF;
	size_t need;
	if (b0 >= 0xC2 && b0 <= 0xDF)
		need = 2;
	else if (b0 >= 0xE0 && b0 <= 0xEF) {
		need = 3;
		if (b0 == 0xE0)
			lo = 0xA0;
		else if (b0 == 0xED)
			hi = 0x9F;
	} else if (b0 >= 0xF0 && b0 <= 0xF4) {
		need = 4;
		if (b0 == 0xF0)
			lo = 0x90;
		else if (b0 == 0xF4)
			hi = 0x8F;
	} else {
		return 1;
	}
	size_t k = 1;
	if (k < n && p[k] >= lo && p[k] <= hi) {
		k++;
		while (k < need && k < n && (p[k] & 0xC0) == 0x80)
			k++;
	}
	return k < need ? k : 1;
}

static void convert_utf8(struct conv *c, const unsigned char *p, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned ch = p[i];
		if (ch >= 0x20 && ch < 0x80) {
			/* ASCII fast path: find the printable run 8 bytes at a time
			 * (a byte >= 0x80 or < 0x20 sets its high bit below), copy it */
			size_t j = i + 1;
			while (j + 8 <= n) {
				uint64_t w;
				memcpy(&w, p + j, 8);
				if ((w | (w - 0x2020202020202020ULL)) & 0x8080808080808080ULL)
					break;
				j += 8;
			}
			while (j < n && p[j] >= 0x20 && p[j] < 0x80)
				j++;
			memcpy(c->out + c->len, p + i, j - i);
			c->len += j - i;
			i = j;
			continue;
		}
		if (ch < 0x80) {
			put_ascii(c, ch, i + 1 < n && p[i + 1] == '\n');
			i++;
			continue;
		}
		uint32_t cp;
		size_t k = utf8_seq(p + i, n - i, &cp);
		if (!k) {
			if (i + 1 < n && (((ch == 0xC0 || ch == 0xC1) && (p[i + 1] & 0xC0) == 0x80) ||
					  (ch == 0xED && p[i + 1] >= 0xA0 && p[i + 1] <= 0xBF)))
				c->utf8_shaped = true;
			invalid(c, ch);
			i += invalid_len(p + i, n - i);
			continue;
		}
		if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
			/* Unicode line and paragraph separators, NEL: line ends */
			c->out[c->len++] = '\n';
			c->line++;
		} else {
			memcpy(c->out + c->len, p + i, k);
			c->len += k;
			if (cp >= 0x300)
				c->high = true;
			if (cp >= 0x80 && cp < 0xA0)
				c->n_control++;
		}
		c->n_multibyte++;
		i += k;
	}
}

/*
 * Windows-1252 bytes 0x80-0x9F (the Unicode Consortium's bestfit1252 /
 * WHATWG index). 0 marks the five bytes the code page leaves undefined.
 * Bytes 0xA0-0xFF are U+00A0-U+00FF, as in Latin-1.
 */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, /* 80-87 */
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,      /* 88-8F */
	0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, /* 90-97 */
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178, /* 98-9F */
};

static void convert_cp1252(struct conv *c, const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned ch = p[i];
		if (ch < 0x80) {
			put_ascii(c, ch, i + 1 < n && p[i + 1] == '\n');
			continue;
		}
		if (!c->first_high_line) {
			c->first_high_line = c->line;
			c->first_high_byte = ch;
		}
		if (ch < 0xA0)
			c->any_c1 = true;
		uint32_t cp = ch >= 0xA0 ? ch : cp1252_high[ch - 0x80];
		if (!cp) {
			if (!c->n_undefined++) {
				c->first_undefined_line = c->line;
				c->first_undefined_byte = ch;
			}
			put_repl(c);
			continue;
		}
		put_cp(c, cp);
	}
}

static void convert_utf16(struct conv *c, const unsigned char *p, size_t n, bool le)
{
	size_t units = n / 2;
	for (size_t i = 0; i < units; i++) {
		const unsigned char *q = p + 2 * i;
		uint32_t u = le ? (uint32_t)(q[0] | (q[1] << 8)) : (uint32_t)((q[0] << 8) | q[1]);
		if (u >= 0xD800 && u <= 0xDBFF && i + 1 < units) {
			const unsigned char *r = q + 2;
			uint32_t v = le ? (uint32_t)(r[0] | (r[1] << 8)) : (uint32_t)((r[0] << 8) | r[1]);
			if (v >= 0xDC00 && v <= 0xDFFF) {
				put_cp(c, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
				i++;
				continue;
			}
		}
		if (u >= 0xD800 && u <= 0xDFFF) {
			if (!c->n_surrogate++)
				c->first_surrogate_line = c->line;
			put_repl(c);
			continue;
		}
		if (u < 0x80) {
			bool next_lf = false;
			if (i + 1 < units) {
				const unsigned char *r = q + 2;
				uint32_t v = le ? (uint32_t)(r[0] | (r[1] << 8))
						: (uint32_t)((r[0] << 8) | r[1]);
				next_lf = v == '\n';
			}
			put_ascii(c, u, next_lf);
		} else if (u == 0x2028 || u == 0x2029 || u == 0x85) {
			c->out[c->len++] = '\n';
			c->line++;
		} else {
			put_cp(c, u);
		}
	}
	if (n % 2) {
		/* a dangling odd byte: report it, never drop it silently */
		invalid(c, p[n - 1]);
	}
}

struct magic {
	const char *bytes;
	size_t len;
	const char *what;
};

static const struct magic magics[] = {
	{ "%PDF-", 5, "a PDF file; convert it to plain text first" },
	{ "PK\x03\x04", 4, "a ZIP archive (a .docx or .odt file?); save it as plain text first" },
	{ "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, "a Word 97-2003 (.doc) or other OLE file; save it as plain text first" },
	{ "{\\rtf", 5, "an RTF document; save it as plain text first" },
	{ "\x89PNG", 4, "a PNG image" },
	{ "\xFF\xD8\xFF", 3, "a JPEG image" },
	{ "GIF8", 4, "a GIF image" },
	{ "\x1F\x8B", 2, "a gzip file" },
	{ "\x7F" "ELF", 4, "an executable (ELF) file" },
	{ "SQLite format 3", 15, "an SQLite database" },
};

/*
 * How many of p[0..m) are NUL (*nul) and how many are >= 0x80 (*high),
 * eight bytes at a time: a byte's high bit in ~(((w & 0x7F..) + 0x7F..) |
 * w | 0x7F..) is set exactly when the byte is 0.
 */
static void count_nul_high(const unsigned char *p, size_t m, size_t *nul, size_t *high)
{
	const uint64_t lo7 = 0x7F7F7F7F7F7F7F7FULL, hi1 = 0x8080808080808080ULL;
	const uint64_t ones = 0x0101010101010101ULL;
	size_t z = 0, h = 0, i = 0;
	for (; i + 8 <= m; i += 8) {
		uint64_t w;
		memcpy(&w, p + i, 8);
		/* high bits moved to bit 0 of each byte, summed by the multiply */
		h += (size_t)((((w & hi1) >> 7) * ones) >> 56);
		z += (size_t)(((~(((w & lo7) + lo7) | w | lo7) >> 7) * ones) >> 56);
	}
	for (; i < m; i++) {
		h += p[i] >= 0x80;
		z += p[i] == 0;
	}
	*nul = z;
	*high = h;
}

/*
 * UTF-16 without a BOM: in the first 64 KiB, at least 40% of the code
 * units have a zero high byte and the other byte non-zero, with the
 * opposite pattern (nearly) absent.
 */
static int sniff_utf16(const unsigned char *p, size_t n)
{
	size_t m = LT_MIN(n, (size_t)65536) & ~(size_t)1;
	if (m < 4)
		return 0;
	if (!memchr(p, 0, m))
		return 0; /* both counts below would be 0 */
	size_t zero_odd = 0, zero_even = 0;
	for (size_t i = 0; i < m; i += 2) {
		if (p[i] && !p[i + 1])
			zero_odd++;
		else if (!p[i] && p[i + 1])
			zero_even++;
	}
	size_t units = m / 2;
	if (zero_odd * 10 >= units * 4 && zero_even * 50 <= units)
		return 1; /* LE: ASCII letters are "x\0" */
	if (zero_even * 10 >= units * 4 && zero_odd * 50 <= units)
		return 2;
	return 0;
}

/*
 * The Windows-1252 rule (docs/input-formats.md, "Encodings"): a file
 * without BOM that is not valid UTF-8 is Windows-1252 when it holds no
 * valid multi-byte UTF-8 sequence (one would be evidence of UTF-8 with a
 * few damaged bytes, which stays UTF-8 with U+FFFD), none of the overlong
 * or surrogate forms only broken UTF-8 encoders write, and at most one
 * byte in four is >= 0x80 or at most 8 are (Western European text has a few accented
 * letters and quotes per line; Cyrillic, Greek or CJK legacy encodings are
 * mostly high bytes and must not be read as Windows-1252 mojibake).
 */
static bool looks_cp1252(const struct conv *c, size_t n_high, size_t m)
{
	return c->n_invalid > 0 && c->n_multibyte == 0 && !c->utf8_shaped &&
	       (n_high * 4 <= m || n_high <= 8);
}

/* binary: more than 8 NULs and more than 1% of the bytes; or more than 8
 * invalid (or undefined) or control bytes and more than 5% - a stray NUL or
 * a few bad bytes in a short transcript are replaced, not rejected */
static int check_binary(const struct conv *c, enum text_encoding enc, size_t m,
			size_t n_high, struct lt_diag *d)
{
	if (c->n_nul > 8 && (size_t)c->n_nul * 100 > m)
		return lt_diag_set(d, LT_EINPUT,
				   "binary file rejected: %u NUL bytes in %zu bytes", c->n_nul, m);
	uint32_t bad = c->n_invalid + c->n_undefined;
	if (bad + c->n_control > 8 && (size_t)(bad + c->n_control) * 20 > m) {
		if (enc == ENC_UTF8 && c->n_multibyte == 0 && !c->utf8_shaped &&
		    c->n_control * 20 <= m)
			return lt_diag_set(d, LT_EINPUT,
					   "not UTF-8, UTF-16 or Windows-1252 text: %zu of %zu "
					   "bytes are 0x80 or above (another 8-bit encoding, such "
					   "as Windows-1251?); save it as UTF-8",
					   n_high, m);
		if (enc == ENC_CP1252)
			return lt_diag_set(d, LT_EINPUT,
					   "binary file rejected: %u bytes undefined in "
					   "Windows-1252 and %u control characters in %zu bytes",
					   bad, c->n_control, m);
		return lt_diag_set(d, LT_EINPUT,
				   "binary file rejected: %u invalid %s sequences and %u control "
				   "characters in %zu bytes",
				   bad, enc == ENC_UTF16LE || enc == ENC_UTF16BE ? "UTF-16" : "UTF-8",
				   c->n_control, m);
	}
	return LT_OK;
}

static void add_warnings(const struct conv *c, enum text_encoding enc, struct lt_msgs *msgs)
{
	bool utf16 = enc == ENC_UTF16LE || enc == ENC_UTF16BE;
	if (enc == ENC_CP1252)
		msgs_add(msgs, LT_SEV_WARNING, c->first_high_line,
			 "not valid UTF-8; decoded as %s (first non-ASCII byte 0x%02X here)",
			 c->any_c1 ? "Windows-1252" : "Windows-1252 (Latin-1)",
			 c->first_high_byte);
	if (c->n_undefined)
		msgs_add(msgs, LT_SEV_WARNING, c->first_undefined_line,
			 "%u byte%s undefined in Windows-1252 replaced by U+FFFD (first 0x%02X "
			 "here)", c->n_undefined, c->n_undefined == 1 ? "" : "s",
			 c->first_undefined_byte);
	if (c->n_invalid) {
		if (utf16)
			msgs_add(msgs, LT_SEV_WARNING, c->first_invalid_line,
				 "odd trailing byte in %s text replaced by U+FFFD",
				 decode_encoding_name(enc));
		else
			msgs_add(msgs, LT_SEV_WARNING, c->first_invalid_line,
				 "invalid UTF-8 byte 0x%02X; %u invalid sequence%s replaced by "
				 "U+FFFD (first here)",
				 c->first_invalid_byte, c->n_invalid, c->n_invalid == 1 ? "" : "s");
	}
	if (c->n_surrogate)
		msgs_add(msgs, LT_SEV_WARNING, c->first_surrogate_line,
			 "%u unpaired UTF-16 surrogate%s replaced by U+FFFD (first here)",
			 c->n_surrogate, c->n_surrogate == 1 ? "" : "s");
	if (c->n_nul)
		msgs_add(msgs, LT_SEV_WARNING, c->first_nul_line,
			 "%u NUL byte%s replaced by U+FFFD (first here)", c->n_nul,
			 c->n_nul == 1 ? "" : "s");
}

int decode_bytes(const unsigned char *in, size_t n, struct arena *a,
		 struct decoded *out, struct lt_msgs *msgs, struct lt_diag *d)
{
	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < LT_ARRAY_SIZE(magics); i++) {
		const struct magic *m = &magics[i];
		if (n >= m->len && memcmp(in, m->bytes, m->len) == 0)
			return lt_diag_set(d, LT_EINPUT, "binary file rejected: looks like %s",
					   m->what);
	}
	if (n >= 4 && ((in[0] == 0xFF && in[1] == 0xFE && in[2] == 0 && in[3] == 0) ||
		       (in[0] == 0 && in[1] == 0 && in[2] == 0xFE && in[3] == 0xFF)))
		return lt_diag_set(d, LT_EINPUT,
				   "UTF-32 text is not supported; save it as UTF-8 or UTF-16");

	enum text_encoding enc = ENC_UTF8;
	size_t skip = 0;
	if (n >= 3 && in[0] == 0xEF && in[1] == 0xBB && in[2] == 0xBF) {
		enc = ENC_UTF8_BOM;
		skip = 3;
	} else if (n >= 2 && in[0] == 0xFF && in[1] == 0xFE) {
		enc = ENC_UTF16LE;
		skip = 2;
	} else if (n >= 2 && in[0] == 0xFE && in[1] == 0xFF) {
		enc = ENC_UTF16BE;
		skip = 2;
	} else {
		int s = sniff_utf16(in, n);
		if (s) {
			enc = s == 1 ? ENC_UTF16LE : ENC_UTF16BE;
			msgs_add(msgs, LT_SEV_WARNING, 0,
				 "no byte-order mark; decoded as %s from its byte pattern",
				 decode_encoding_name(enc));
		}
	}
	const unsigned char *p = in + skip;
	size_t m = n - skip;

	/* Output bound. UTF-16: at most 3 bytes per 2-byte unit, plus U+FFFD
	 * for an odd byte. UTF-8: ASCII maps to itself (CRLF shrinks), a valid
	 * sequence to itself, and only a NUL or invalid byte grows (to U+FFFD's
	 * 3 bytes) - so n plus 2 per byte that is 0 or >= 0x80. Windows-1252:
	 * a byte >= 0x80 becomes at most 3 bytes (U+20AC), so the same bound. */
	size_t cap, n_high = 0;
	if (enc == ENC_UTF16LE || enc == ENC_UTF16BE) {
		cap = m / 2 * 3 + 8;
	} else {
		size_t k = 0;
		count_nul_high(p, m, &k, &n_high);
		cap = m + 2 * (k + n_high) + 8;
	}
	struct conv c;
	memset(&c, 0, sizeof(c));
	c.out = arena_alloc(a, cap);
	c.line = 1;
	if (enc == ENC_UTF16LE || enc == ENC_UTF16BE) {
		convert_utf16(&c, p, m, enc == ENC_UTF16LE);
	} else {
		convert_utf8(&c, p, m);
		if (enc == ENC_UTF8 && looks_cp1252(&c, n_high, m)) {
			/* start again into the same buffer (same bound) */
			char *buf = c.out;
			memset(&c, 0, sizeof(c));
			c.out = buf;
			c.line = 1;
			enc = ENC_CP1252;
			convert_cp1252(&c, p, m);
		}
	}
	c.out[c.len] = '\0';

	LT_TRY(check_binary(&c, enc, m, n_high, d));
	add_warnings(&c, enc, msgs);
	out->enc = enc;
	out->n_replaced = c.n_invalid + c.n_surrogate + c.n_nul + c.n_undefined;
	out->text = c.out;
	out->len = c.len;
	if (c.high)
		return nfc_runs(a, out, d);
	return LT_OK;
}
