/* speakers.h - who speaks in each transcript: per-file label patterns
 * (--speaker-pattern-for), segmentation findings as messages, and the
 * `lextab speakers` command (the speaker inventory, and a metadata
 * template to fill in).
 *
 * Per-file patterns: "GLOB=RE" strings, compiled once on the main thread
 * into a struct pattern_for that is read-only afterwards, so workers call
 * patfor_rule on it without locks.
 *
 * `lextab speakers` (docs/input-formats.md section 14): discover, then
 * for each document (OpenMP workers, chunks, per-thread arenas and
 * scratch) read the text through reader.h (a Word file's included),
 * parse turns and resolve attributes exactly as `lextab run` does, and
 * count tokens per speaker as the run counts them; the main thread prints
 * the rows and messages and feeds the metadata report in document order,
 * so the output does not depend on the thread count. No lexicon, no
 * database. A struct pattern_for owns its compiled rules
 * (patfor_free); speakers_main owns nothing after it returns.
 */
#ifndef LT_SPEAKERS_H
#define LT_SPEAKERS_H

#include "lt.h"
#include "diag.h"
#include "discover.h"
#include "segment.h"

/* Compiled --speaker-pattern-for options (opaque). */
struct pattern_for;

/*
 * Compile specs[0..n), each "GLOB=RE" (the first '=' splits; GLOB and RE
 * must be non-empty). Returns LT_OK and sets *out (NULL when n == 0;
 * caller owns: patfor_free), or LT_EUSAGE with d =
 * "--speaker-pattern-for 'SPEC': REASON". Main thread only.
 */
int patfor_new(struct pattern_for **out, const char *const *specs, size_t n,
	       struct lt_diag *d);
void patfor_free(struct pattern_for *p); /* accepts NULL */

/*
 * The rule for input 'in': that of the first spec whose GLOB matches
 * (fnmatch without flags, so '*' also matches '/') the doc_id or the path
 * relative to its PATH argument (the doc_id with the file's extension);
 * NULL when none matches (or p is NULL). Pure; any thread.
 */
const struct seg_rules *patfor_rule(const struct pattern_for *p, const struct input *in);

/* The largest seg_rules_max_groups of its rules (0 for NULL). */
uint32_t patfor_max_groups(const struct pattern_for *p);

/*
 * The specs as given ("GLOB=RE"), in order, each followed by a NUL, in
 * one malloc'd buffer of *len bytes (the counting key hashes it); *n specs.
 * NULL (and 0, 0) when p is NULL.
 */
char *patfor_specs(const struct pattern_for *p, size_t *len, size_t *n);

/*
 * Append each finding to msgs as a warning with its line (0: about the
 * whole document), in the order given (segment_parse_opts sorts them by
 * line). Any thread, with its own msgs.
 */
void speakers_findings_to_msgs(const struct seg_findings *f, struct lt_msgs *msgs);

struct speakers_opts {
	const char *const *paths;
	size_t n_paths;
	const char *meta;                   /* NULL: none */
	const char *speaker_pattern;        /* NULL: the standard rule */
	const char *const *pattern_for;     /* "GLOB=RE" */
	size_t n_pattern_for;
	const char *const *exts;            /* NULL-terminated */
	const char *out;                    /* NULL: stdout */
	const char *template_file;          /* NULL: no template */
	bool force;                         /* --template may replace a file */
	bool quiet;                         /* no warnings on stderr */
	int threads;                        /* 0: all cores */
	uint64_t max_file_size;
};

/* Run `lextab speakers`; returns an exit code (exitcode.h). Main thread. */
int speakers_main(const struct speakers_opts *o);

#endif /* LT_SPEAKERS_H */
