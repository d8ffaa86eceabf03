/* segment.h - decoded transcript text -> speakers and turns (struct parsed_doc).
 *
 * Three input formats (DESIGN.md "Inputs", docs/input-formats.md):
 * plain text ("Label: text" lines, optional front matter), WebVTT and SRT.
 * A speaker label is found by a *label rule*: the built-in "standard label
 * rule" or a user's --speaker-pattern (PCRE2, through rx.h).
 *
 * Threading: a struct seg_rules is built on the main thread before the
 * workers start and is read-only afterwards, so workers share it. Each
 * worker calls segment_parse with its own rx_scratch, arena and message
 * list; segment_parse keeps no other state. What it returns (struct
 * parsed_doc, doc.h) points into that arena or into the text; seg_rules
 * are the caller's (seg_rules_free).
 */
#ifndef LT_SEGMENT_H
#define LT_SEGMENT_H

#include "lt.h"
#include "arena.h"
#include "diag.h"
#include "doc.h"
#include "rx.h"

/* A compiled label rule (opaque). */
struct seg_rules;

/*
 * Build a label rule. speaker_pattern NULL selects the standard label
 * rule; otherwise it is a PCRE2 pattern (UTF-8) compiled anchored, so it
 * matches only at the start of a line. Its named group "speaker" (any
 * case; else group 1, else the whole match) gives the label; every other
 * named group gives a speaker attribute whose key is the group name in
 * ASCII lower case. The turn text starts after the whole match.
 *
 * Returns LT_OK and sets *out (caller owns: seg_rules_free), or LT_EUSAGE
 * with d = "--speaker-pattern: REASON" (for a compile error "PCRE2
 * message at offset N") and *out NULL. Main thread only.
 */
int seg_rules_new(struct seg_rules **out, const char *speaker_pattern,
		  struct lt_diag *d);

/*
 * As seg_rules_new, for a pattern that comes from option 'what' (e.g.
 * "--speaker-pattern-for 'site-a GLOB'"): errors read "WHAT: REASON".
 * Use it for each --speaker-pattern-for pattern; pass the result as
 * seg_opts.doc_rule for the documents it applies to. Main thread only.
 */
int seg_rules_new_named(struct seg_rules **out, const char *speaker_pattern,
			const char *what, struct lt_diag *d);

/*
 * Role values the standard rule knows besides its role-word list
 * (docs/input-formats.md 3.2): in "X (Y):", Y equal to one of them
 * (ASCII case and runs of white space ignored) is X's role. Pass the
 * distinct values of the metadata's role column. Copies the strings;
 * may be called several times (values add up). Main thread only, before
 * any segment_parse.
 */
void seg_rules_add_roles(struct seg_rules *r, const char *const *roles, size_t n);

/* Accepts NULL. */
void seg_rules_free(struct seg_rules *r);

/*
 * Capture groups of the rule's pattern (0 for the standard rule): pass it
 * to rx_scratch_new for each worker's scratch.
 */
uint32_t seg_rules_max_groups(const struct seg_rules *r);

/*
 * Format of a document: DOC_FORMAT_VTT for a ".vtt" path and
 * DOC_FORMAT_SRT for a ".srt" path (ASCII case-insensitive); otherwise by
 * content: VTT when the first line starts with "WEBVTT" (then space, tab
 * or line end), SRT when the first non-blank line is all digits and the
 * next line contains "-->"; otherwise DOC_FORMAT_TEXT. path may be NULL.
 * Pure; thread-safe.
 */
enum doc_format seg_detect_format(const char *path, const char *text, size_t len);

/*
 * Parse text[0..len) (valid UTF-8, NFC, '\n' line ends, no NUL or CR: what
 * decode_bytes gives) in format fmt into *out. Everything *out points to
 * (speakers, labels, attributes, turns, turn texts) is allocated in 'a'
 * and borrowed until the arena is reset; out->attrs and each
 * speaker.attrs are sorted by key with unique keys. rs is the calling
 * thread's scratch, sized by seg_rules_max_groups; it may be NULL for the
 * standard rule. Its match limit bounds a --speaker-pattern's work on
 * each line (a limit near 1,000,000 keeps a pathological pattern from
 * stalling a run).
 *
 * Never fails: always returns LT_OK. Problems (malformed front matter, a
 * --speaker-pattern hitting the PCRE2 match limit on a line, a label seen
 * with conflicting attributes) become warnings in msgs with their 1-based
 * line; msgs may be NULL to drop them. Linear in len; no recursion.
 *
 * Thread-safe with per-thread rs, a and msgs; r is shared read-only.
 */
int segment_parse(const struct seg_rules *r, struct rx_scratch *rs,
		  const char *text, size_t len, enum doc_format fmt,
		  struct arena *a, struct parsed_doc *out, struct lt_msgs *msgs);

/*
 * Findings: facts about a document's segmentation that deserve a warning
 * (docs/input-formats.md 13). segment_parse_opts collects them; the
 * caller prints each as "lextab: warning: PATH:LINE: TEXT" (LINE 0: no
 * line) and decides whether they count for --strict.
 */
enum seg_finding_kind {
	SEG_FIND_SINGLE_SPEAKER = 1, /* 20+ non-blank lines, one speaker */
	SEG_FIND_ALL_INTERVIEWERS,   /* every speaker's label is an interviewer's */
	SEG_FIND_LABEL_VARIANTS,     /* two labels differ only in case/space/punct. */
	SEG_FIND_ONCE_LABEL,         /* a label seen once in a long document */
	SEG_FIND_PATTERN             /* front matter speaker-pattern unusable */
};

struct seg_finding {
	enum seg_finding_kind kind;
	uint32_t line;       /* 1-based line in the file; 0: the whole document */
	const char *text;    /* the message, no path or line; in the arena */
};

struct seg_findings {
	struct seg_finding *v;  /* in the arena passed to segment_parse_opts */
	uint32_t n;
};

/* Per-document options of segment_parse_opts; zero-initialise. */
struct seg_opts {
	/*
	 * A per-document label rule (--speaker-pattern-for), used instead of
	 * the rules' own pattern or standard rule; NULL: none. A document's
	 * front matter "speaker-pattern:" wins over both. rs must be sized for
	 * the largest seg_rules_max_groups of all rules passed.
	 */
	const struct seg_rules *doc_rule;
	struct seg_findings *findings; /* filled when not NULL */
};

/*
 * segment_parse with options. Same contract; in addition, with
 * o->findings set, the document's findings are stored there (arena 'a'),
 * in line order. o may be NULL. A front matter "speaker-pattern: RE" is
 * compiled here (on the calling thread) for this document only; when it
 * does not compile, the document is read with the other rule and a
 * SEG_FIND_PATTERN finding names the front matter line.
 */
int segment_parse_opts(const struct seg_rules *r, struct rx_scratch *rs,
		       const char *text, size_t len, enum doc_format fmt,
		       const struct seg_opts *o, struct arena *a,
		       struct parsed_doc *out, struct lt_msgs *msgs);

/* "single-speaker", "all-interviewers", ... for logs and tests. */
const char *seg_finding_kind_name(enum seg_finding_kind k);

/*
 * True when label[0..len) names an interviewer: after removing trailing
 * white space and digits, and then a trailing " X" single-letter index
 * (ASCII), it equals, ignoring ASCII case, one of: interviewer,
 * interviewers, int, i, q, moderator, facilitator, researcher. So
 * "Interviewer1", "Interviewer 2", "interviewer B", "Q", "Int" count;
 * "Interviewee", "A", "" do not. Pure; thread-safe.
 */
bool seg_is_interviewer_label(const char *label, size_t len);

#endif /* LT_SEGMENT_H */
