/* reader.h - the one way a command reads a file: open, size limit, read,
 * and (reader_decode, reader_read_text) the file's text: a Word file's
 * (docx_wanted: .docx and its relatives) extracted through docx.h, then
 * decoded to NFC UTF-8 through decode.h.
 *
 * Owns: nothing between calls (no state). Inputs read here: transcripts
 * (run.c reads the bytes, hashes them for incremental runs, and only then
 * asks reader_decode for the text; speakers.c reads the text at once),
 * lexicon files (lexicon.c), dictionaries (dicfile.c), the metadata CSV
 * (meta.c), validate's coding sheets (validate_score.c) and REFI-QDA
 * projects and maps (qdpx_align.c). lexicon.c, dicfile.c and meta.c
 * decode the bytes themselves through decode.h: each has its own rule for
 * replaced bytes.
 * Messages name the file unless the caller names it (what == NULL, as the
 * run's per-document messages do: "PATH: message").
 * Memory: in the caller's arena, or malloc'd for the caller to free where
 * a function says so.
 * Threads: any thread; no shared state; an arena belongs to one thread
 * (run and speakers call these on OpenMP workers, each with its own arena).
 */
#ifndef LT_READER_H
#define LT_READER_H

#include "lt.h"
#include "arena.h"
#include "decode.h"
#include "diag.h"

/* A file's bytes, as read. */
struct reader_bytes {
	char *data;          /* NUL-terminated (the NUL not counted) */
	size_t len;
	int64_t mtime_ns;    /* of the open file, nanoseconds since the epoch */
};

/*
 * Read the file at 'path' whole. 'max': a limit in bytes (0: none), also
 * enforced on a file that grows while it is read. 'a': the arena the bytes
 * go into; NULL: out->data is malloc'd and the caller frees it. 'what'
 * names the kind of file in messages ("lexicon": "cannot read lexicon
 * 'PATH': ..."); NULL: messages leave the path to the caller.
 * Returns LT_OK; LT_EIO (cannot open or read, a folder included);
 * LT_ELIMIT (larger than max). On error *out is zeroed and nothing is
 * left to free.
 */
int reader_read(const char *path, const char *what, uint64_t max, struct arena *a,
		struct reader_bytes *out, struct lt_diag *d);

/*
 * The text of bytes read by reader_read from 'path': when docx_wanted(path)
 * the Word document's text is extracted first (word/document.xml inflated
 * up to max * DOCX_INFLATE_FACTOR bytes; max == 0: only docx.c's ratio
 * rule), then decode_bytes makes *out valid NFC UTF-8 with '\n' line ends,
 * in 'a' (required; b is not changed and may be in another arena).
 * Decoder warnings go to msgs. Returns LT_OK; LT_EINPUT (binary,
 * undecodable, or a Word file docx.h rejects: legacy .doc, encrypted,
 * macro-enabled, damaged); LT_ELIMIT (a Word file that inflates too far).
 * The message names the path unless what is NULL.
 */
int reader_decode(const char *path, const char *what, uint64_t max,
		  const struct reader_bytes *b, struct arena *a, struct decoded *out,
		  struct lt_msgs *msgs, struct lt_diag *d);

/*
 * reader_read, then reader_decode: *out is valid NFC UTF-8 with '\n' line
 * ends, in 'a' (required here); a Word file's text as reader_decode.
 */
int reader_read_text(const char *path, const char *what, uint64_t max, struct arena *a,
		     struct decoded *out, struct lt_msgs *msgs, struct lt_diag *d);

#endif /* LT_READER_H */
