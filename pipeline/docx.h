/* docx.h - Word .docx bytes -> plain UTF-8 transcript lines.
 *
 * Reads only word/document.xml (through libzip and libxml2, which no other
 * module sees): body paragraphs in order, one line each; tracked changes
 * as accepted; fields' displayed text; speaker tables and bold-run labels
 * turned into "Name: text" lines for segment.c. Headers, footers,
 * comments, footnotes, endnotes, text boxes and drawings are other parts
 * or objects and are never read. docs/input-formats.md "Word .docx" is the
 * specification. Called by reader.c (reader_decode) only: every command
 * gets a Word file's text through reader.h. The text is malloc'd for the
 * caller (reader.c copies it into its arena and frees it).
 * Thread-safe: no shared mutable state (libxml2 is set up once, under
 * pthread_once); run and speakers call it on OpenMP workers.
 */
#ifndef LT_DOCX_H
#define LT_DOCX_H

#include "lt.h"
#include "diag.h"

/* Factor applied to --max-file-size for the inflated size of document.xml. */
#define DOCX_INFLATE_FACTOR 16

/*
 * True when 'name' ends in .docx, .docm, .dotx, .dotm or .doc (any case):
 * such a file is read with docx_extract, whatever its bytes. NULL-safe.
 */
bool docx_wanted(const char *name);

/*
 * Extract the text of the .docx held in bytes[0..len). On success returns
 * LT_OK with *text a NUL-terminated UTF-8 buffer of *text_len bytes (one
 * line per paragraph, table row or line break; caller owns, free()).
 * max_inflated bounds the inflated size of word/document.xml (0: no bound
 * besides the compression-ratio rule in docx.c), checked while inflating.
 * Failures set *text = NULL and return, with the reason in d (no path):
 *   LT_EINPUT  legacy .doc, encrypted document, macro-enabled .docm, not a
 *              ZIP, no word/document.xml, malformed or DTD-bearing XML,
 *              nesting deeper than DOCX_MAX_DEPTH;
 *   LT_ELIMIT  document.xml inflates past max_inflated or at a ratio only
 *              a zip bomb reaches.
 * Thread-safe.
 */
int docx_extract(const void *bytes, size_t len, uint64_t max_inflated, char **text,
		 size_t *text_len, struct lt_diag *d);

/*
 * The XML half alone, for tests and the fuzz target: the bytes of a
 * word/document.xml -> text, as docx_extract does after unzipping.
 * Same results and ownership; never LT_ELIMIT.
 */
int docx_extract_xml(const void *xml, size_t len, char **text, size_t *text_len,
		     struct lt_diag *d);

/* Deepest element nesting accepted in document.xml. */
#define DOCX_MAX_DEPTH 128

/* libzip and libxml2 versions, for --version. Never NULL. */
const char *docx_libzip_version(void);
const char *docx_libxml2_version(void);

#endif /* LT_DOCX_H */
