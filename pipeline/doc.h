/* doc.h - the data that flows between the per-document stages.
 *
 * A worker turns one input file into a struct parsed_doc (decode -> turns),
 * then tokens and hits (tokenize -> match). Every pointer in these structs
 * points into the worker's chunk arena and is "borrowed until the chunk is
 * written" (STYLE B.7). No two threads use it at once: the worker fills
 * it, then hands it whole to the writer (run.c), which reads it after the
 * parallel region that made it has ended.
 */
#ifndef LT_DOC_H
#define LT_DOC_H

#include "lt.h"

/* One attribute: key is lower-case ASCII-folded, value as written (trimmed). */
struct kv {
	const char *key;
	const char *value;
};

struct kv_list {
	struct kv *v;
	uint32_t n;
};

/* A speaker of one document, identified by its label. */
struct speaker {
	const char *label;      /* as written, trimmed; "" for text before any label */
	struct kv_list attrs;   /* from the label itself (e.g. --speaker-pattern groups,
				 * "Role (Name):" gives role) */
	bool interviewer_label; /* the label looks like an interviewer's (DESIGN.md) */
};

/* One speaker turn: a label line and its continuation lines. */
struct turn {
	uint32_t speaker;   /* index into parsed_doc.speakers */
	uint32_t line;      /* 1-based line of the turn's first line in the decoded text */
	const char *text;   /* turn text: continuation lines joined by one space;
			     * NUL-terminated, valid UTF-8, NFC */
	uint32_t len;       /* bytes in text */
};

enum doc_format {
	DOC_FORMAT_TEXT = 0, /* Label: text lines, optional front matter */
	DOC_FORMAT_VTT,      /* WebVTT */
	DOC_FORMAT_SRT       /* SubRip */
};

struct parsed_doc {
	enum doc_format format;
	struct kv_list attrs;        /* front matter keys (document attributes) */
	struct speaker *speakers;    /* in order of first appearance */
	uint32_t n_speakers;
	struct turn *turns;          /* in document order */
	uint32_t n_turns;
};

#endif /* LT_DOC_H */
