/* decode.h - raw file bytes -> valid, NFC-normalised UTF-8 with '\n' line ends.
 *
 * Accepts UTF-8 with or without BOM, UTF-16 LE/BE with BOM, UTF-16
 * without BOM when its zero-byte pattern is unmistakable, and Windows-1252
 * (which includes Latin-1 text) when a file without BOM is not UTF-8 by
 * the rule of docs/input-formats.md "Encodings": no valid multi-byte
 * UTF-8 sequence, no overlong/surrogate UTF-8 form, at most a quarter of
 * the bytes >= 0x80; one warning names it, and the five bytes the code
 * page leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) become U+FFFD with a
 * warning of their own. CRLF and lone CR
 * become '\n'. Invalid sequences, lone surrogates and NUL bytes become
 * U+FFFD, with one warning per kind per file naming the first line.
 * Files that look binary (known magic numbers such as PDF, ZIP/DOCX, OLE
 * .doc, images; or more than 8 NUL bytes making more than 1% of the
 * input; or more than 8 invalid or control bytes making more than 5%) are
 * rejected. decode.c owns the encoding rules; reader.h is how commands
 * reach it for a file.
 * Memory: the text goes into the caller's arena, warnings into the
 * caller's message list. Threads: any thread, no shared state (workers
 * call it with their own arena and list).
 */
#ifndef LT_DECODE_H
#define LT_DECODE_H

#include "lt.h"
#include "arena.h"
#include "diag.h"

enum text_encoding {
	ENC_UTF8 = 0,
	ENC_UTF8_BOM,
	ENC_UTF16LE,
	ENC_UTF16BE,
	ENC_CP1252              /* Windows-1252 (and so Latin-1); see decode_bytes */
};

struct decoded {
	char *text;              /* NUL-terminated; in the caller's arena */
	size_t len;              /* bytes, without the terminating NUL */
	enum text_encoding enc;
	uint32_t n_replaced;     /* invalid sequences, surrogates, NULs and bytes
				  * undefined in Windows-1252 replaced */
	bool nfc_changed;        /* NFC normalisation changed the text */
};

/*
 * Decode in[0..n). On success returns LT_OK and fills out; warnings go to
 * msgs. A binary or undecodable input returns LT_EINPUT with the reason in
 * d (no path: the caller adds it). Memory comes from 'a'.
 */
int decode_bytes(const unsigned char *in, size_t n, struct arena *a,
		 struct decoded *out, struct lt_msgs *msgs, struct lt_diag *d);

/*
 * utf8proc_map(s, len, options) with its result buffer from xmalloc:
 * utf8proc_map mallocs its own and reports a failed allocation as an
 * error code (once turned into an empty word, or a BUG message, here);
 * through xmalloc, out of memory ends the process like every other
 * allocation failure (xalloc.h). Returns the NUL-terminated result, which
 * the caller frees, its length in *out_len; NULL with utf8proc's negative
 * error code in *err for input utf8proc rejects (invalid UTF-8). options:
 * utf8proc_option_t flags. Thread-safe.
 */
char *decode_map(const char *s, size_t len, int options, size_t *out_len, long *err);

/*
 * s[0..len) (valid UTF-8) in NFC with Unicode case folding (ß -> ss),
 * look-alike characters lumped (U+2019 -> ', dashes -> -, U+00A0 and
 * other spaces -> ' ') and default-ignorable characters (soft hyphen,
 * zero-width space) removed: utf8proc's CASEFOLD | LUMP | IGNORE. The
 * metadata matcher's comparison form (docs/input-formats.md). Returns a
 * NUL-terminated string the caller frees, its length in *out_len; NULL
 * when s is not valid UTF-8. Thread-safe.
 */
char *decode_fold(const char *s, size_t len, size_t *out_len);

/* utf8proc_version() */
const char *decode_utf8proc_version(void);

/* "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252" */
const char *decode_encoding_name(enum text_encoding e);

#endif /* LT_DECODE_H */
