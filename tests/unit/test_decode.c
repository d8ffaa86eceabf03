/* test_decode.c - unit tests for decode.c: encodings and byte-order marks,
 * UTF-16 sniffing, line ends, invalid UTF-8 and its one warning, NUL bytes,
 * binary rejection, NFC, and a 20 MB line.
 *
 * Expected replacement counts follow the Unicode Standard's "U+FFFD
 * substitution of maximal subparts" (chapter 3.9, table 3-8): one U+FFFD
 * for each maximal prefix of a well-formed sequence, so a truncated
 * 3- or 4-byte sequence is one U+FFFD, while bytes that can never start or
 * continue a sequence (C0, E0 80, ED A0, F4 90) are one U+FFFD each.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "decode.h"

#define R "\xEF\xBF\xBD" /* U+FFFD in UTF-8 */
/* U+00E9 in UTF-8: one valid multi-byte sequence keeps a file with bad
 * bytes UTF-8 (with U+FFFD) instead of Windows-1252 */
#define U8 "\xC3\xA9"

static struct arena A;
static struct lt_msgs M;
static struct decoded D;
static struct lt_diag E;

/* Decode in[0..n) into D, M and E (fresh each call). */
static int dec(const void *in, size_t n)
{
	arena_release(&A);
	arena_init(&A);
	msgs_release(&M);
	msgs_init(&M);
	lt_diag_init(&E);
	return decode_bytes(in, n, &A, &D, &M, &E);
}

static int decs(const char *s)
{
	return dec(s, strlen(s));
}

/* The decoded text, checked to be NUL-terminated with no NUL inside. */
static const char *txt(void)
{
	CHECK(D.text != NULL);
	if (!D.text)
		return "(null)";
	CHECK_EQ(D.text[D.len], '\0');
	CHECK_EQ(strlen(D.text), D.len);
	return D.text;
}

/* The next code point of valid UTF-8 at *p. */
static uint32_t next_cp(const unsigned char **p)
{
	const unsigned char *s = *p;
	uint32_t cp;
	if (s[0] < 0x80) {
		cp = s[0];
		*p += 1;
	} else if (s[0] < 0xE0) {
		cp = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu);
		*p += 2;
	} else if (s[0] < 0xF0) {
		cp = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
		*p += 3;
	} else {
		cp = ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
		     (s[3] & 0x3Fu);
		*p += 4;
	}
	return cp;
}

static size_t put16(unsigned char *o, uint32_t u, bool le)
{
	o[le ? 0 : 1] = (unsigned char)(u & 0xFF);
	o[le ? 1 : 0] = (unsigned char)(u >> 8);
	return 2;
}

/* UTF-8 (valid) -> UTF-16 bytes, with an optional BOM. Caller frees. */
static unsigned char *to_utf16(const char *utf8, bool le, bool bom, size_t *n)
{
	unsigned char *o = malloc(4 * strlen(utf8) + 4);
	size_t w = 0;
	if (bom)
		w += put16(o + w, 0xFEFF, le);
	const unsigned char *p = (const unsigned char *)utf8;
	while (*p) {
		uint32_t cp = next_cp(&p);
		if (cp >= 0x10000) {
			cp -= 0x10000;
			w += put16(o + w, 0xD800 + (cp >> 10), le);
			w += put16(o + w, 0xDC00 + (cp & 0x3FF), le);
		} else {
			w += put16(o + w, cp, le);
		}
	}
	*n = w;
	return o;
}

static const char *msg(size_t i)
{
	return i < M.n ? M.v[i].text : "(no such message)";
}

/* ------------------------------------------------------------ encodings */

static void test_decode__utf8_plain(void)
{
	CHECK_EQ(decs("Hello, world.\nSecond line \xC3\xA9t\xC3\xA9"), LT_OK);
	CHECK_STREQ(txt(), "Hello, world.\nSecond line \xC3\xA9t\xC3\xA9");
	CHECK_EQ(D.len, 31);
	CHECK_EQ(D.enc, ENC_UTF8);
	CHECK_EQ(D.n_replaced, 0);
	CHECK(!D.nfc_changed);
	CHECK_EQ(M.n, 0);
}

static void test_decode__utf8_bom(void)
{
	CHECK_EQ(decs("\xEF\xBB\xBFSpeaker: caf\xC3\xA9\n"), LT_OK);
	CHECK_STREQ(txt(), "Speaker: caf\xC3\xA9\n");
	CHECK_EQ(D.enc, ENC_UTF8_BOM);
	CHECK_EQ(M.n, 0);
	CHECK_STREQ(decode_encoding_name(D.enc), "UTF-8 with BOM");
	/* a BOM alone is an empty text */
	CHECK_EQ(decs("\xEF\xBB\xBF"), LT_OK);
	CHECK_STREQ(txt(), "");
	CHECK_EQ(D.len, 0);
	CHECK_EQ(D.enc, ENC_UTF8_BOM);
}

/* A: U+0041, é: U+00E9, €: U+20AC (BMP, 3 UTF-8 bytes), 😀: U+1F600 (pair) */
#define MIXED "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80 z"

static void test_decode__utf16le_bom(void)
{
	size_t n;
	unsigned char *b = to_utf16(MIXED "\r\nline2", true, true, &n);
	CHECK_EQ(n, 2 + 2 * 14);
	CHECK_EQ(b[0], 0xFF);
	CHECK_EQ(b[1], 0xFE);
	CHECK_EQ(dec(b, n), LT_OK);
	CHECK_STREQ(txt(), MIXED "\nline2");
	CHECK_EQ(D.enc, ENC_UTF16LE);
	CHECK_EQ(D.n_replaced, 0);
	CHECK_EQ(M.n, 0);
	CHECK_STREQ(decode_encoding_name(D.enc), "UTF-16LE");
	free(b);
}

static void test_decode__utf16be_bom(void)
{
	size_t n;
	unsigned char *b = to_utf16(MIXED "\r\nline2", false, true, &n);
	CHECK_EQ(b[0], 0xFE);
	CHECK_EQ(b[1], 0xFF);
	CHECK_EQ(dec(b, n), LT_OK);
	CHECK_STREQ(txt(), MIXED "\nline2");
	CHECK_EQ(D.enc, ENC_UTF16BE);
	CHECK_EQ(M.n, 0);
	CHECK_STREQ(decode_encoding_name(D.enc), "UTF-16BE");
	free(b);
}

static void test_decode__utf16le_sniffed(void)
{
	size_t n;
	unsigned char *b = to_utf16("Interviewer: Hello there.\r\nP01: Hi, fine.\r\n", true,
				    false, &n);
	CHECK_EQ(dec(b, n), LT_OK);
	CHECK_STREQ(txt(), "Interviewer: Hello there.\nP01: Hi, fine.\n");
	CHECK_EQ(D.enc, ENC_UTF16LE);
	CHECK_EQ(M.n, 1);
	CHECK_EQ(M.n ? M.v[0].severity : 0, LT_SEV_WARNING);
	CHECK_STREQ(msg(0), "no byte-order mark; decoded as UTF-16LE from its byte pattern");
	free(b);
	/* and big-endian */
	b = to_utf16("Interviewer: Hello there.\n", false, false, &n);
	CHECK_EQ(dec(b, n), LT_OK);
	CHECK_STREQ(txt(), "Interviewer: Hello there.\n");
	CHECK_EQ(D.enc, ENC_UTF16BE);
	CHECK_STREQ(msg(0), "no byte-order mark; decoded as UTF-16BE from its byte pattern");
	free(b);
}

static void test_decode__utf16_lone_surrogate(void)
{
	/* A, lone high surrogate, B, lone low surrogate, C */
	const unsigned char b[] = { 0xFF, 0xFE, 'A', 0, 0x00, 0xD8, 'B', 0,
				    '\n', 0, 0x00, 0xDC, 'C', 0 };
	CHECK_EQ(dec(b, sizeof(b)), LT_OK);
	CHECK_STREQ(txt(), "A" R "B\n" R "C");
	CHECK_EQ(D.n_replaced, 2);
	CHECK_EQ(M.n, 1);
	CHECK_EQ(M.n ? M.v[0].line : 0, 1);
	CHECK_STREQ(msg(0), "2 unpaired UTF-16 surrogates replaced by U+FFFD (first here)");
}

static void test_decode__utf16_odd_byte(void)
{
	const unsigned char b[] = { 0xFF, 0xFE, 'o', 0, 'k', 0, 'x' };
	CHECK_EQ(dec(b, sizeof(b)), LT_OK);
	CHECK_STREQ(txt(), "ok" R);
	CHECK_EQ(D.n_replaced, 1);
	CHECK_EQ(M.n, 1);
	CHECK_STREQ(msg(0), "odd trailing byte in UTF-16LE text replaced by U+FFFD");
}

/* ------------------------------------------------------------ line ends */

static void test_decode__line_ends(void)
{
	CHECK_EQ(decs("a\r\nb\r\n"), LT_OK);
	CHECK_STREQ(txt(), "a\nb\n");
	CHECK_EQ(decs("a\rb\r"), LT_OK);
	CHECK_STREQ(txt(), "a\nb\n");
	/* mixed: CRLF, lone CR, LF, CR CR LF (one lone CR, then a CRLF), LF CR */
	CHECK_EQ(decs("a\r\nb\rc\nd\r\r\ne\n\rf"), LT_OK);
	CHECK_STREQ(txt(), "a\nb\nc\nd\n\ne\n\nf");
	CHECK_EQ(D.len, 13);
	CHECK_EQ(M.n, 0);
	/* U+0085, U+2028 and U+2029 end lines too (counting rules 1.1) */
	CHECK_EQ(decs("a\xC2\x85" "b\xE2\x80\xA8" "c\xE2\x80\xA9" "d"), LT_OK);
	CHECK_STREQ(txt(), "a\nb\nc\nd");
}

/* ------------------------------------------------------------ invalid bytes */

static void test_decode__invalid_one_warning(void)
{
	CHECK_EQ(decs("first line " U8 "\nsecond line\nthird \xFF line, \xFE here\nfourth \xC3\n"),
		 LT_OK);
	CHECK_STREQ(txt(), "first line " U8 "\nsecond line\nthird " R " line, " R " here\nfourth " R "\n");
	CHECK_EQ(D.enc, ENC_UTF8);
	CHECK_EQ(D.n_replaced, 3);
	CHECK_EQ(M.n, 1);
	CHECK_EQ(M.n ? M.v[0].severity : 0, LT_SEV_WARNING);
	CHECK_EQ(M.n ? M.v[0].line : 0, 3);
	CHECK_STREQ(msg(0), "invalid UTF-8 byte 0xFF; 3 invalid sequences replaced by U+FFFD "
			    "(first here)");
	/* the first bad line counts CRLF and lone CR line ends */
	CHECK_EQ(decs(U8 "\r\nb\rc\n\xE9t\xE9\n"), LT_OK);
	CHECK_STREQ(txt(), U8 "\nb\nc\n" R "t" R "\n");
	CHECK_EQ(M.n ? M.v[0].line : 0, 4);
	CHECK_STREQ(msg(0), "invalid UTF-8 byte 0xE9; 2 invalid sequences replaced by U+FFFD "
			    "(first here)");
	/* one: singular */
	CHECK_EQ(decs("ok \x80 ok " U8), LT_OK);
	CHECK_STREQ(txt(), "ok " R " ok " U8);
	CHECK_STREQ(msg(0), "invalid UTF-8 byte 0x80; 1 invalid sequence replaced by U+FFFD "
			    "(first here)");
	CHECK_EQ(M.n ? M.v[0].line : 0, 1);
}

static void test_decode__overlong_surrogate_toobig(void)
{
	/* C0 80: overlong NUL; C0 is never valid, 80 is a lone continuation */
	CHECK_EQ(decs("a\xC0\x80z"), LT_OK);
	CHECK_STREQ(txt(), "a" R R "z");
	CHECK_EQ(D.n_replaced, 2);
	/* E0 80 80: overlong */
	CHECK_EQ(decs("a\xE0\x80\x80z" U8), LT_OK);
	CHECK_STREQ(txt(), "a" R R R "z" U8);
	CHECK_EQ(D.n_replaced, 3);
	/* ED A0 80: U+D800 encoded in UTF-8 */
	CHECK_EQ(decs("a\xED\xA0\x80z"), LT_OK);
	CHECK_STREQ(txt(), "a" R R R "z");
	CHECK_EQ(D.n_replaced, 3);
	/* F4 90 80 80: U+110000 */
	CHECK_EQ(decs("a\xF4\x90\x80\x80z" U8), LT_OK);
	CHECK_STREQ(txt(), "a" R R R R "z" U8);
	CHECK_EQ(D.n_replaced, 4);
	/* F5..FF never start a sequence */
	CHECK_EQ(decs("a\xF5\x80z" U8), LT_OK);
	CHECK_STREQ(txt(), "a" R R "z" U8);
	/* the largest valid code points survive */
	CHECK_EQ(decs("\xF4\x8F\xBF\xBF \xED\x9F\xBF \xEE\x80\x80"), LT_OK);
	CHECK_STREQ(txt(), "\xF4\x8F\xBF\xBF \xED\x9F\xBF \xEE\x80\x80");
	CHECK_EQ(M.n, 0);
}

static void test_decode__truncated_at_end(void)
{
	/* a sequence cut short by the end of the file is one U+FFFD */
	CHECK_EQ(decs(U8 "abc\xC3"), LT_OK);
	CHECK_STREQ(txt(), U8 "abc" R);
	CHECK_EQ(D.n_replaced, 1);
	CHECK_EQ(decs(U8 "abc\xE2\x82"), LT_OK);
	CHECK_STREQ(txt(), U8 "abc" R);
	CHECK_EQ(D.n_replaced, 1);
	CHECK_STREQ(msg(0), "invalid UTF-8 byte 0xE2; 1 invalid sequence replaced by U+FFFD "
			    "(first here)");
	CHECK_EQ(decs(U8 "abc\xF0\x9F\x98"), LT_OK);
	CHECK_STREQ(txt(), U8 "abc" R);
	CHECK_EQ(D.n_replaced, 1);
	/* and in the middle of the text, before ASCII */
	CHECK_EQ(decs(U8 "x\xF0\x9F\x98y"), LT_OK);
	CHECK_STREQ(txt(), U8 "x" R "y");
	CHECK_EQ(D.n_replaced, 1);
}

/* ------------------------------------------------------------ NUL bytes */

static void test_decode__nul_inside_text(void)
{
	/* one NUL in 120 bytes: under the 1% binary threshold */
	char in[121];
	memset(in, 'x', 120);
	memcpy(in, "line one\nbefore", 15);
	in[15] = '\0';
	memcpy(in + 16, "after the nul", 13);
	in[120] = '\0';
	CHECK_EQ(dec(in, 120), LT_OK);
	const char *t = txt();
	CHECK_EQ(D.len, 122);
	CHECK(strncmp(t, "line one\nbefore" R "after the nul", 31) == 0);
	CHECK_EQ(t[D.len - 1], 'x');
	CHECK_EQ(D.n_replaced, 1);
	CHECK_EQ(M.n, 1);
	CHECK_EQ(M.n ? M.v[0].line : 0, 2);
	CHECK_STREQ(msg(0), "1 NUL byte replaced by U+FFFD (first here)");
}

/* ------------------------------------------------------------ binary */

static void test_decode__binary_magic(void)
{
	static const unsigned char png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
					     0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	CHECK_EQ(dec(png, sizeof(png)), LT_EINPUT);
	CHECK_EQ(E.code, LT_EINPUT);
	CHECK_STREQ(E.msg, "binary file rejected: looks like a PNG image");
	CHECK_EQ(decs("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n"), LT_EINPUT);
	CHECK_STREQ(E.msg, "binary file rejected: looks like a PDF file; convert it to plain "
			   "text first");
	static const unsigned char zip[] = { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0 };
	CHECK_EQ(dec(zip, sizeof(zip)), LT_EINPUT);
	CHECK_STREQ(E.msg, "binary file rejected: looks like a ZIP archive (a .docx or .odt "
			   "file?); save it as plain text first");
	static const unsigned char ole[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0 };
	CHECK_EQ(dec(ole, sizeof(ole)), LT_EINPUT);
	CHECK(strstr(E.msg, "Word 97-2003 (.doc)") != NULL);
	/* a magic number later in the file is just text */
	CHECK_EQ(decs("see %PDF- and PK here"), LT_OK);
}

static void test_decode__binary_nuls(void)
{
	/* 9 NULs in 400 bytes (2.25%), spread so they do not look like UTF-16 */
	char in[1000];
	memset(in, 'a', sizeof(in));
	for (int i = 0; i < 9; i++)
		in[7 + 44 * i] = '\0';
	CHECK_EQ(dec(in, 400), LT_EINPUT);
	CHECK_STREQ(E.msg, "binary file rejected: 9 NUL bytes in 400 bytes");
	/* 8 NULs are replaced, not rejected, even in 100 bytes (8%) */
	memset(in, 'a', sizeof(in));
	for (int i = 0; i < 8; i++)
		in[3 + 12 * i] = '\0';
	CHECK_EQ(dec(in, 100), LT_OK);
	CHECK_EQ(D.n_replaced, 8);
	CHECK_EQ(D.len, 92 + 8 * 3);
	CHECK_STREQ(msg(0), "8 NUL bytes replaced by U+FFFD (first here)");
	/* 10 NULs in 1000 bytes is exactly 1%: not more than 1%, kept */
	memset(in, 'a', sizeof(in));
	for (int i = 0; i < 10; i++)
		in[5 + 98 * i] = '\0';
	CHECK_EQ(dec(in, 1000), LT_OK);
	CHECK_EQ(D.n_replaced, 10);
	/* and 11 in 1000 is more */
	in[999] = '\0';
	CHECK_EQ(dec(in, 1000), LT_EINPUT);
	CHECK_STREQ(E.msg, "binary file rejected: 11 NUL bytes in 1000 bytes");
}

static void test_decode__binary_invalid_bytes(void)
{
	/* 8 Latin-1 bytes in a short UTF-8 text: replaced, with a warning */
	CHECK_EQ(decs(U8 "caf\xE9 \xE9t\xE9 na\xEFve \xE0 \xE7" "a \xFC\xFC"), LT_OK);
	CHECK_EQ(D.n_replaced, 8);
	CHECK_STREQ(msg(0), "invalid UTF-8 byte 0xE9; 8 invalid sequences replaced by U+FFFD "
			    "(first here)");
	/* 9 bad bytes making more than 5%: rejected */
	CHECK_EQ(decs(U8 "caf\xE9 \xE9t\xE9 na\xEFve \xE0 \xE7" "a \xFC\xFC\xFC"), LT_EINPUT);
	CHECK_STREQ(E.msg, "binary file rejected: 9 invalid UTF-8 sequences and 0 control "
			   "characters in 25 bytes");
	/* control characters count too */
	CHECK_EQ(decs("\x01\x02\x03\x04\x05\x06\x07\x08\x0E ok"), LT_EINPUT);
	CHECK_STREQ(E.msg, "binary file rejected: 0 invalid UTF-8 sequences and 9 control "
			   "characters in 12 bytes");
	/* tab, form feed and vertical tab are text */
	CHECK_EQ(decs("a\tb\fc\vd\te\tf\tg\th\ti\tj"), LT_OK);
}

/* ------------------------------------------------------------ Windows-1252 */

static void test_decode__cp1252_word_plain_text(void)
{
	/* Word's "Plain Text" (Windows-1252): U+2019 for 0x92, CRLF line ends */
	CHECK_EQ(decs("P1: I didn\x92t know.\r\nP2: Me neither.\r\n"), LT_OK);
	CHECK_STREQ(txt(), "P1: I didn\xE2\x80\x99t know.\nP2: Me neither.\n");
	CHECK_EQ(D.enc, ENC_CP1252);
	CHECK_STREQ(decode_encoding_name(D.enc), "Windows-1252");
	CHECK_EQ(D.n_replaced, 0);
	CHECK_EQ(M.n, 1);
	CHECK_EQ(M.n ? M.v[0].line : 0, 1);
	CHECK_STREQ(msg(0), "not valid UTF-8; decoded as Windows-1252 (first non-ASCII byte "
			    "0x92 here)");
}

static void test_decode__cp1252_punctuation(void)
{
	/* quotes 93/94, en and em dash 96/97, ellipsis 85 (not a line end as
	 * U+0085 would be), euro 80; one warning, on the first such line */
	CHECK_EQ(decs("Q: plain line\nA: \x93Yes\x94 \x96 or no \x97 or\x85 \x80" "5\n"), LT_OK);
	CHECK_STREQ(txt(), "Q: plain line\nA: \xE2\x80\x9CYes\xE2\x80\x9D \xE2\x80\x93 or no "
			   "\xE2\x80\x94 or\xE2\x80\xA6 \xE2\x82\xAC" "5\n");
	CHECK_EQ(D.enc, ENC_CP1252);
	CHECK_EQ(M.n, 1);
	CHECK_EQ(M.n ? M.v[0].line : 0, 2);
	CHECK_STREQ(msg(0), "not valid UTF-8; decoded as Windows-1252 (first non-ASCII byte "
			    "0x93 here)");
	/* the letters and signs of 0x80-0x9F: S caron, Y diaeresis, trade
	 * mark, f hook, modifier circumflex, single guillemets */
	CHECK_EQ(decs("\x8A \x9F \x99 \x83 \x88 \x8B\x9B x"), LT_OK);
	CHECK_STREQ(txt(), "\xC5\xA0 \xC5\xB8 \xE2\x84\xA2 \xC6\x92 \xCB\x86 "
			   "\xE2\x80\xB9\xE2\x80\xBA x");
}

static void test_decode__cp1252_latin1_letters(void)
{
	/* only bytes A0-FF: the Latin-1 letters and signs, named as such */
	CHECK_EQ(decs("Line one\nMa\xEEtre d\xE9j\xE0 vu\xA0\xBD\n"), LT_OK);
	CHECK_STREQ(txt(), "Line one\nMa\xC3\xAEtre d\xC3\xA9j\xC3\xA0 vu\xC2\xA0\xC2\xBD\n");
	CHECK_EQ(D.enc, ENC_CP1252);
	CHECK_EQ(M.n, 1);
	CHECK_EQ(M.n ? M.v[0].line : 0, 2);
	CHECK_STREQ(msg(0), "not valid UTF-8; decoded as Windows-1252 (Latin-1) (first "
			    "non-ASCII byte 0xEE here)");
	/* French with no-break spaces before punctuation: E9 A0 looks like the
	 * start of a UTF-8 sequence but is "é" + U+00A0 */
	CHECK_EQ(decs("C'est l'\xE9t\xE9\xA0!"), LT_OK);
	CHECK_STREQ(txt(), "C'est l'\xC3\xA9t\xC3\xA9\xC2\xA0!");
	CHECK_EQ(D.enc, ENC_CP1252);
}

static void test_decode__cp1252_undefined_bytes(void)
{
	/* 81 and 9D are undefined: U+FFFD each, a second warning */
	CHECK_EQ(decs("a\x81" "b\x92" "c\n\x9D"), LT_OK);
	CHECK_STREQ(txt(), "a" R "b\xE2\x80\x99" "c\n" R);
	CHECK_EQ(D.enc, ENC_CP1252);
	CHECK_EQ(D.n_replaced, 2);
	CHECK_EQ(M.n, 2);
	CHECK_STREQ(msg(0), "not valid UTF-8; decoded as Windows-1252 (first non-ASCII byte "
			    "0x81 here)");
	CHECK_STREQ(msg(1), "2 bytes undefined in Windows-1252 replaced by U+FFFD (first "
			    "0x81 here)");
	CHECK_EQ(M.n > 1 ? M.v[1].line : 0, 1);
	/* all five */
	CHECK_EQ(decs("x\x81\x8D\x8F\x90\x9Dy"), LT_OK);
	CHECK_STREQ(txt(), "x" R R R R R "y");
	CHECK_EQ(D.n_replaced, 5);
}

static void test_decode__cp1252_not_chosen(void)
{
	/* a valid multi-byte sequence: UTF-8 with one bad byte, as before */
	CHECK_EQ(decs("caf\xC3\xA9 didn\x92t"), LT_OK);
	CHECK_STREQ(txt(), "caf\xC3\xA9 didn" R "t");
	CHECK_EQ(D.enc, ENC_UTF8);
	CHECK_STREQ(msg(0), "invalid UTF-8 byte 0x92; 1 invalid sequence replaced by U+FFFD "
			    "(first here)");
	/* a UTF-8 byte-order mark says UTF-8 */
	CHECK_EQ(decs("\xEF\xBB\xBF" "didn\x92t"), LT_OK);
	CHECK_STREQ(txt(), "didn" R "t");
	CHECK_EQ(D.enc, ENC_UTF8_BOM);
	/* overlong C0/C1 forms and UTF-8-encoded surrogates are broken UTF-8 */
	CHECK_EQ(decs("over\xC0\xAFlong"), LT_OK);
	CHECK_EQ(D.enc, ENC_UTF8);
	CHECK_EQ(D.n_replaced, 2);
	CHECK_EQ(decs("lone \xED\xA0\x80 x"), LT_OK);
	CHECK_EQ(D.enc, ENC_UTF8);
	/* mostly high bytes (Windows-1251 Russian): neither, refused */
	CHECK_EQ(decs("\xC4\xEE\xE1\xF0\xFB\xE9 \xE4\xE5\xED\xFC"), LT_EINPUT);
	CHECK_STREQ(E.msg, "not UTF-8, UTF-16 or Windows-1252 text: 10 of 11 bytes are 0x80 or "
			   "above (another 8-bit encoding, such as Windows-1251?); save it as "
			   "UTF-8");
	/* but 8 or fewer high bytes are always read: 2 of 2 */
	CHECK_EQ(decs("\x93\x94"), LT_OK);
	CHECK_STREQ(txt(), "\xE2\x80\x9C\xE2\x80\x9D");
}

static void test_decode__cp1252_binary(void)
{
	/* control characters still make a Windows-1252 file binary */
	CHECK_EQ(decs("\x92\x01\x02\x03\x04\x05\x06\x07\x08\x0E"), LT_EINPUT);
	CHECK_STREQ(E.msg, "binary file rejected: 0 bytes undefined in Windows-1252 and 9 "
			   "control characters in 10 bytes");
	/* and so do many undefined bytes: 9 of 40 (a quarter would be 10) */
	CHECK_EQ(decs("abcdefghijklmnopqrstuvwxyzabcde\x81\x81\x81\x81\x81\x81\x81\x81\x81"),
		 LT_EINPUT);
	CHECK_STREQ(E.msg, "binary file rejected: 9 bytes undefined in Windows-1252 and 0 "
			   "control characters in 40 bytes");
}

static void test_decode__binary_random(void)
{
	/* a fixed LCG: the same "random" bytes on every run */
	static unsigned char in[4096];
	uint32_t x = 12345;
	for (size_t i = 0; i < sizeof(in); i++) {
		x = x * 1103515245u + 12345u;
		in[i] = (unsigned char)(x >> 16);
	}
	in[0] = 'r'; /* no magic number, no BOM */
	CHECK_EQ(dec(in, sizeof(in)), LT_EINPUT);
	CHECK(strncmp(E.msg, "binary file rejected: ", 22) == 0);
	CHECK(strstr(E.msg, "invalid UTF-8 sequences") != NULL);
	CHECK(strstr(E.msg, "in 4096 bytes") != NULL);
}

static void test_decode__utf32_rejected(void)
{
	static const unsigned char le[] = { 0xFF, 0xFE, 0, 0, 'h', 0, 0, 0, 'i', 0, 0, 0 };
	CHECK_EQ(dec(le, sizeof(le)), LT_EINPUT);
	CHECK_STREQ(E.msg, "UTF-32 text is not supported; save it as UTF-8 or UTF-16");
	static const unsigned char be[] = { 0, 0, 0xFE, 0xFF, 0, 0, 0, 'h' };
	CHECK_EQ(dec(be, sizeof(be)), LT_EINPUT);
	CHECK_STREQ(E.msg, "UTF-32 text is not supported; save it as UTF-8 or UTF-16");
}

/* ------------------------------------------------------------ NFC */

static void test_decode__nfc(void)
{
	/* e + U+0301 -> U+00E9 */
	CHECK_EQ(decs("cafe\xCC\x81 ok"), LT_OK);
	CHECK_STREQ(txt(), "caf\xC3\xA9 ok");
	CHECK_EQ(D.len, 8);
	CHECK(D.nfc_changed);
	/* decomposed Hangul: U+1100 U+1161 U+11A8 -> U+AC01 */
	CHECK_EQ(decs("\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8!"), LT_OK);
	CHECK_STREQ(txt(), "\xEA\xB0\x81!");
	CHECK(D.nfc_changed);
	/* combining marks reordered: a + U+0323 U+0307 stays, a + U+0307 U+0323 -> U+1EA1 U+0307 */
	CHECK_EQ(decs("a\xCC\x87\xCC\xA3"), LT_OK);
	CHECK_STREQ(txt(), "\xE1\xBA\xA1\xCC\x87");
	/* already NFC: unchanged */
	CHECK_EQ(decs("caf\xC3\xA9 \xEA\xB0\x81"), LT_OK);
	CHECK_STREQ(txt(), "caf\xC3\xA9 \xEA\xB0\x81");
	CHECK(!D.nfc_changed);
	/* NFC applies to UTF-16 input too */
	size_t n;
	unsigned char *b = to_utf16("cafe\xCC\x81", true, true, &n);
	CHECK_EQ(dec(b, n), LT_OK);
	CHECK_STREQ(txt(), "caf\xC3\xA9");
	free(b);
}

static void test_decode__empty(void)
{
	CHECK_EQ(dec("", 0), LT_OK);
	CHECK_STREQ(txt(), "");
	CHECK_EQ(D.len, 0);
	CHECK_EQ(D.enc, ENC_UTF8);
	CHECK_EQ(D.n_replaced, 0);
	CHECK_EQ(M.n, 0);
}

/* The same text in every accepted form decodes to identical bytes. */
static void test_decode__same_text_every_form(void)
{
	const char *lf = "Dr Smith: We \xE2\x80\x99ve got to trust caf\xC3\xA9 staff\xE2\x80\xA6\n"
			 "Q: \xF0\x9F\x98\x80 Na\xC3\xAFve? \xD0\x94\xD0\xB0.\n";
	const char *crlf = "Dr Smith: We \xE2\x80\x99ve got to trust caf\xC3\xA9 staff\xE2\x80\xA6\r\n"
			   "Q: \xF0\x9F\x98\x80 Na\xC3\xAFve? \xD0\x94\xD0\xB0.\r\n";
	char *ref = NULL;
	size_t ref_len = 0;
	CHECK_EQ(decs(lf), LT_OK);
	ref = strdup(txt());
	ref_len = D.len;
	CHECK_STREQ(ref, lf);

	const char *forms[] = { lf, crlf };
	for (int f = 0; f < 2; f++) {
		size_t n = strlen(forms[f]);
		char *bom = malloc(n + 3);
		memcpy(bom, "\xEF\xBB\xBF", 3);
		memcpy(bom + 3, forms[f], n);
		CHECK_EQ(dec(bom, n + 3), LT_OK);
		CHECK(D.len == ref_len && memcmp(D.text, ref, ref_len) == 0);
		free(bom);
		CHECK_EQ(dec(forms[f], n), LT_OK);
		CHECK(D.len == ref_len && memcmp(D.text, ref, ref_len) == 0);
		for (int le = 0; le < 2; le++) {
			size_t m;
			unsigned char *b = to_utf16(forms[f], le, true, &m);
			CHECK_EQ(dec(b, m), LT_OK);
			CHECK(D.len == ref_len && memcmp(D.text, ref, ref_len) == 0);
			free(b);
		}
	}
	free(ref);
}

/* 20 MB on one line: decodes (with NFC work throughout) and has the right length. */
static void test_decode__huge_single_line(void)
{
	const char unit[] = "abcde\xCC\x81 "; /* 8 bytes; NFC makes it 7 */
	const size_t reps = 20u * 1024u * 1024u / 8u;
	size_t n = reps * 8;
	char *in = malloc(n);
	for (size_t i = 0; i < reps; i++)
		memcpy(in + 8 * i, unit, 8);
	CHECK_EQ(dec(in, n), LT_OK);
	CHECK_EQ(D.len, reps * 7);
	CHECK(D.nfc_changed);
	CHECK(D.text && memcmp(D.text, "abcd\xC3\xA9 abcd\xC3\xA9 ", 14) == 0);
	CHECK(D.text && memcmp(D.text + D.len - 7, "abcd\xC3\xA9 ", 7) == 0);
	CHECK(D.text && memchr(D.text, '\n', D.len) == NULL);
	CHECK(D.text && D.text[D.len] == '\0');
	CHECK_EQ(M.n, 0);
	free(in);
	/* and plain ASCII, the fast path */
	in = malloc(n);
	memset(in, 'w', n);
	CHECK_EQ(dec(in, n), LT_OK);
	CHECK_EQ(D.len, n);
	CHECK(!D.nfc_changed);
	free(in);
}

int main(void)
{
	RUN(test_decode__utf8_plain);
	RUN(test_decode__utf8_bom);
	RUN(test_decode__utf16le_bom);
	RUN(test_decode__utf16be_bom);
	RUN(test_decode__utf16le_sniffed);
	RUN(test_decode__utf16_lone_surrogate);
	RUN(test_decode__utf16_odd_byte);
	RUN(test_decode__line_ends);
	RUN(test_decode__invalid_one_warning);
	RUN(test_decode__overlong_surrogate_toobig);
	RUN(test_decode__truncated_at_end);
	RUN(test_decode__nul_inside_text);
	RUN(test_decode__binary_magic);
	RUN(test_decode__binary_nuls);
	RUN(test_decode__binary_invalid_bytes);
	RUN(test_decode__cp1252_word_plain_text);
	RUN(test_decode__cp1252_punctuation);
	RUN(test_decode__cp1252_latin1_letters);
	RUN(test_decode__cp1252_undefined_bytes);
	RUN(test_decode__cp1252_not_chosen);
	RUN(test_decode__cp1252_binary);
	RUN(test_decode__binary_random);
	RUN(test_decode__utf32_rejected);
	RUN(test_decode__nfc);
	RUN(test_decode__empty);
	RUN(test_decode__same_text_every_form);
	RUN(test_decode__huge_single_line);
	arena_release(&A);
	msgs_release(&M);
	return th_done();
}
