/* reader.h - the one way a command reads a file: open, size limit, read,
 * and (reader_read_text) decode to UTF-8 through decode.h.
 *
 * Inputs read here: transcripts (run.c), lexicon files (lexicon.c),
 * dictionaries (dicfile.c) and the metadata CSV (meta.c). Not yet: the
 * .docx extraction (run.c process_doc) and validate's coding sheets
 * (validate_score.c read their own bytes).
 * Messages name the file unless the caller names it (what == NULL, as the
 * run's per-document messages do: "PATH: message").
 * Thread-safe: no shared state; the arena is the caller's (one thread).
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
 * reader_read, then decode_bytes: *out is valid NFC UTF-8 with '\n' line
 * ends, in 'a' (required here). Decoder warnings go to msgs; a binary or
 * undecodable file returns LT_EINPUT (the message names the path unless
 * what is NULL).
 */
int reader_read_text(const char *path, const char *what, uint64_t max, struct arena *a,
		     struct decoded *out, struct lt_msgs *msgs, struct lt_diag *d);

#endif /* LT_READER_H */
