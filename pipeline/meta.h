/* meta.h - the metadata CSV (--meta) and a speaker's final attributes.
 *
 * The file has a header row with "doc_id" (required), "speaker"
 * (optional) and any attribute columns; docs/input-formats.md documents
 * it. A struct meta is loaded once on the main thread and is read-only
 * afterwards, so workers call meta_resolve on it without locks.
 *
 * Precedence in meta_resolve, most specific first; per attribute key the
 * first level with a non-empty value wins:
 *   1. row (doc_id = this document, speaker = this label)
 *   2. row (doc_id = "*", speaker = this label)
 *   3. attributes the label carries (speaker.attrs)
 *   4. row (doc_id = this document, speaker empty): document level
 *   5. front matter (parsed_doc.attrs): document level
 * A speaker is an interviewer when the role of levels 1-3 equals
 * "interviewer" (ASCII case-insensitive) or, when levels 1-3 give no role,
 * when its label is an interviewer label (speaker.interviewer_label);
 * speaker "" never is by label. An interviewer's role is "interviewer";
 * levels 4-5 never set it. doc_id and labels match exactly
 * (case-sensitive, after trimming white space).
 */
#ifndef LT_META_H
#define LT_META_H

#include "lt.h"
#include "arena.h"
#include "diag.h"
#include "doc.h"

struct meta; /* opaque */

/*
 * Load the metadata file 'path': comma-separated, or tab-separated when
 * the name ends in ".tsv" (any case). Any encoding decode_bytes accepts
 * (UTF-8 with or without BOM, UTF-16 with BOM; CRLF); text is NFC'd like
 * the transcripts, so labels compare equal. Quoted fields follow RFC 4180.
 * Blank lines are skipped; values are trimmed; an empty cell is "no value".
 *
 * Returns LT_OK and sets *out (caller owns: meta_free), or LT_EUSAGE with
 * d = "PATH:LINE: reason" (LINE omitted when the file cannot be read):
 * unreadable file, invalid UTF-8, no header, no doc_id column, an empty or
 * duplicate column name, a row whose field count differs from the
 * header's, an unterminated quote, an empty doc_id, a "*" row without a
 * speaker, two rows for one (doc_id, speaker). *out is then NULL.
 * Main thread only.
 */
int meta_load(struct meta **out, const char *path, struct lt_diag *d);

/*
 * Like meta_load on the bytes buf[0..len); 'name' is used in messages
 * only. delim is ',' or '\t'.
 */
int meta_load_buffer(struct meta **out, const char *name, const void *buf, size_t len,
		     char delim, struct lt_diag *d);

/* Accepts NULL. */
void meta_free(struct meta *m);

/*
 * Attribute columns: names from the header, trimmed and ASCII lower-cased,
 * in header order, without doc_id and speaker. meta_column's string is
 * borrowed until meta_free. i < meta_n_columns(m).
 */
uint32_t meta_n_columns(const struct meta *m);
const char *meta_column(const struct meta *m, uint32_t i);

/* Number of data rows loaded. */
uint32_t meta_n_rows(const struct meta *m);
/* Hash of the bytes meta_load parsed (so a file edited after loading can
 * never be recorded as the version the results came from). */
uint64_t meta_content_hash(const struct meta *m);

/*
 * Final attributes of speaker s of document doc_id (parsed by
 * segment_parse), by the precedence above. OUT: *out, sorted by key with
 * unique keys and non-empty values, allocated in 'a' (values may also
 * point into m, doc or a static "interviewer"; borrowed until the arena
 * is reset and m and doc are kept). OUT: *interviewer. m may be NULL (no
 * --meta). Thread-safe for concurrent calls with different arenas.
 */
void meta_resolve(const struct meta *m, const char *doc_id, const struct parsed_doc *doc,
		  uint32_t s, struct arena *a, struct kv_list *out, bool *interviewer);

#endif /* LT_META_H */
