/* meta.h - the metadata CSV (--meta), label matching, a speaker's final
 * attributes, and the report on metadata that matched nothing.
 *
 * The file has a header row with "doc_id" (required), "speaker" and
 * "alias" (optional) and any attribute columns; docs/input-formats.md
 * section 8 documents it. A struct meta is loaded once on the main thread
 * and is read-only afterwards, so workers call meta_resolve on it without
 * locks.
 *
 * Matching a label (docs/input-formats.md 8.1): a row matches when its
 * speaker or one of its aliases equals the label exactly, else when they
 * are equal after normalisation (case folding, white space collapsed and
 * trimmed, NFC and look-alike characters, a title's dot: "Dr." = "Dr")
 * and no other row of that doc_id normalises alike.
 *
 * Precedence in meta_resolve, most specific first; per attribute key the
 * first level with a non-empty value wins:
 *   1. row (doc_id = this document, speaker matching this label)
 *   2. row (doc_id = "*", speaker matching this label)
 *   3. attributes the label carries (speaker.attrs)
 *   4. row (doc_id = this document, speaker empty): document level
 *   5. front matter (parsed_doc.attrs): document level
 * A speaker is an interviewer when the role of levels 1-3 equals
 * "interviewer" (ASCII case-insensitive) or, when levels 1-3 give no role,
 * when its label is an interviewer label (speaker.interviewer_label);
 * speaker "" never is by label. An interviewer's role is "interviewer";
 * levels 4-5 never set it. doc_id matches exactly (case-sensitive, after
 * trimming white space).
 *
 * The report (meta_report_*) is what the run says at its end about rows
 * that matched nothing, spellings that matched only after normalisation,
 * and speakers left without a role. It recomputes the matching from the
 * (doc_id, labels) the writer hands it in document order, so workers
 * record nothing and the warnings do not depend on the thread count.
 *
 * Memory: a struct meta owns its rows and messages (meta_free); what
 * meta_resolve returns goes into the caller's arena. Threads: loading and
 * meta_report_new/finish on the main thread; meta_resolve on any worker
 * (meta is read-only then); meta_report_doc/speaker on one thread at a
 * time: `run`'s writer (a pthread while the workers process the next
 * chunk, the main thread otherwise) or the main thread of `speakers`.
 */
#ifndef LT_META_H
#define LT_META_H

#include "lt.h"
#include "arena.h"
#include "diag.h"
#include "doc.h"

struct meta; /* opaque */

/*
 * Load the metadata file 'path': its bytes go through decode_bytes (UTF-8
 * with or without BOM, UTF-16, Windows-1252; CRLF), then meta_parse.
 *
 * Returns LT_OK and sets *out (caller owns: meta_free), or LT_EUSAGE with
 * d = "PATH:LINE: reason" (LINE omitted when the file cannot be read):
 * unreadable file, text the decoder had to replace (invalid UTF-8, NUL),
 * or any meta_parse error. *out is then NULL. The decoder's notices (the
 * Windows-1252 one) are kept in meta_messages. Main thread only.
 */
int meta_load(struct meta **out, const char *path, struct lt_diag *d);

/* Like meta_load on the bytes buf[0..len); 'name' is used in messages. */
int meta_load_buffer(struct meta **out, const char *name, const void *buf, size_t len,
		     struct lt_diag *d);

/*
 * Parse decoded text[0..len) (valid UTF-8 in NFC with '\n' line ends, as
 * decode_bytes gives; a UTF-8 BOM is skipped): the entry point for a
 * caller that read and decoded the file itself (and refused text whose
 * decoding replaced bytes). 'name' is used in messages only.
 *
 * The delimiter is ',', ';' or tab, whichever the header line holds most
 * (csv_detect_delim). Quoted fields follow RFC 4180. Blank lines and rows
 * of empty cells are skipped; values are trimmed; an empty cell is "no
 * value". Empty trailing header cells (Excel's) are ignored; a row may
 * have fewer fields than the header (the missing cells are empty) or more
 * if the extra ones are empty.
 *
 * Returns LT_OK and sets *out (caller owns: meta_free), or LT_EUSAGE with
 * d = "NAME:LINE: reason": no header, no doc_id column, an empty (not
 * trailing) or duplicate column name, a row with a non-empty field beyond
 * the header's, an unterminated quote, an empty doc_id, a "*" row without
 * a speaker, an alias on a row without a speaker, two rows for one
 * (doc_id, speaker), an alias that is already another row's speaker or
 * alias of that doc_id. *out is then NULL. Main thread only.
 */
int meta_parse(struct meta **out, const char *name, const char *text, size_t len,
	       struct lt_diag *d);

/*
 * Warnings found while loading, each with its metadata line (0 when not
 * about a line): the decoder's notice (e.g. "not valid UTF-8; decoded as
 * Windows-1252 ..."), rows of one doc_id whose speakers or aliases are
 * equal after normalisation. Borrowed until meta_free; the caller prints
 * them with the file's path (msgs_print). Main thread only.
 */
const struct lt_msgs *meta_messages(const struct meta *m);

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

/*
 * Where one resolved attribute came from: the precedence level of the
 * value (1, 2, 4: a metadata row, with its line; 3: the label itself;
 * 5: the document's front matter or header lines). An interviewer's
 * "role" gives the level of the role that made it one (1-3), or 3 when
 * its label alone did.
 */
struct meta_src {
	uint8_t level;
	uint32_t line;   /* metadata line for levels 1, 2, 4; else 0 */
};

/*
 * meta_resolve, and with src not NULL *src = one struct meta_src per
 * entry of *out (same order), allocated in 'a'. Thread-safe as
 * meta_resolve.
 */
void meta_resolve_src(const struct meta *m, const char *doc_id, const struct parsed_doc *doc,
		      uint32_t s, struct arena *a, struct kv_list *out, bool *interviewer,
		      struct meta_src **src);

/*
 * The distinct non-empty values of attribute column 'col' (e.g. "role"),
 * in row order; NULL with *n = 0 when there is no such column (m may be
 * NULL). The array is malloc'd (caller frees it); the strings are
 * borrowed until meta_free. Main thread only.
 */
const char **meta_column_values(const struct meta *m, const char *col, size_t *n);

/*
 * The end-of-run report. Created and finished on the main thread; fed in
 * document order by one thread at a time (run's writer, which may be its
 * pthread, or speakers' main thread), so its output is the same whatever
 * the thread count.
 *
 * meta_report_new: m may be NULL (no --meta: only the role summary).
 * Caller owns the result: meta_report_free (accepts NULL).
 *
 * meta_report_doc: document doc_id exists in this run. speakers_known:
 * its speakers follow through meta_report_speaker; false for a document
 * whose speakers are not at hand (unchanged in an incremental run, or
 * rejected), so its rows are not checked against its speakers.
 *
 * meta_report_speaker: one speaker of the current document, with its
 * resolved attributes (meta_resolve's list; a speaker has a role when it
 * holds a non-empty "role"). label and attrs are copied as needed.
 *
 * meta_report_finish: appends to 'rows' one warning per metadata row,
 * with the row's line, in file order: a doc_id no document has (with a
 * hint: the doc_id without its extension, another case, or one character
 * away); a speaker not in its document (its speakers, the nearest one); a
 * '*' row whose speaker is nobody's; a row matched only after
 * normalisation (both spellings). Appends to 'summary' (line 0) "N of M
 * speakers have no role: 'A' (doc), ..." naming the first 5, when N > 0.
 * Call it once, after the last document.
 */
struct meta_report;
struct meta_report *meta_report_new(const struct meta *m);
/*
 * meta_report_shard: the run codes shard k of n (run --shard k/n): a row
 * whose doc_id belongs to another shard (discover_in_shard) is that
 * shard's to report, so "matches no document" is said once over all the
 * shards, by the shard that would hold the document, and not by every
 * shard for every other shard's documents. Call before the first document.
 */
void meta_report_shard(struct meta_report *rep, uint32_t k, uint32_t n);
void meta_report_doc(struct meta_report *rep, const char *doc_id, bool speakers_known);
void meta_report_speaker(struct meta_report *rep, const char *label,
			 const struct kv_list *attrs);
void meta_report_finish(struct meta_report *rep, struct lt_msgs *rows, struct lt_msgs *summary);
void meta_report_free(struct meta_report *rep);

#endif /* LT_META_H */
