/* decode.h - raw file bytes -> valid, NFC-normalised UTF-8 with '\n' line ends.
 *
 * Accepts UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and UTF-16
 * without BOM when its zero-byte pattern is unmistakable. CRLF and lone CR
 * become '\n'. Invalid sequences, lone surrogates and NUL bytes become
 * U+FFFD, with one warning per kind per file naming the first line.
 * Files that look binary (known magic numbers such as PDF, ZIP/DOCX, OLE
 * .doc, images; or more than 8 NUL bytes making more than 1% of the
 * input; or more than 8 invalid or control bytes making more than 5%) are
 * rejected. Thread-safe: no shared state.
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
	ENC_UTF16BE
};

struct decoded {
	char *text;              /* NUL-terminated; in the caller's arena */
	size_t len;              /* bytes, without the terminating NUL */
	enum text_encoding enc;
	uint32_t n_replaced;     /* invalid sequences, surrogates and NULs replaced */
	bool nfc_changed;        /* NFC normalisation changed the text */
};

/*
 * Decode in[0..n). On success returns LT_OK and fills out; warnings go to
 * msgs. A binary or undecodable input returns LT_EINPUT with the reason in
 * d (no path: the caller adds it). Memory comes from 'a'.
 */
int decode_bytes(const unsigned char *in, size_t n, struct arena *a,
		 struct decoded *out, struct lt_msgs *msgs, struct lt_diag *d);

/* utf8proc_version() */
const char *decode_utf8proc_version(void);

/* "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE" */
const char *decode_encoding_name(enum text_encoding e);

#endif /* LT_DECODE_H */
