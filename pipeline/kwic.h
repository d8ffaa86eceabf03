/* kwic.h - keyword-in-context lines for one category, from the database.
 *
 * One line per hit of the category (all speakers unless filtered), in
 * document, turn and position order: doc_id, speaker, the speaker's
 * attributes, turn, line, left context, match, right context, negated,
 * entry source and text. Context is --window tokens of the turn text on
 * each side, by the same tokenizer as the counting. Lines are streamed
 * (each turn read and tokenised once): memory is bounded by the largest
 * turn, plus the N kept lines with --sample. Owns nothing after
 * kwic_print returns; the lines go to the caller's FILE. Main thread only.
 */
#ifndef LT_KWIC_H
#define LT_KWIC_H

#include <stdio.h>
#include "lt.h"
#include "diag.h"

struct store;

struct kwic_opts {
	const char *category;      /* THEME.NAME, THEME.*, or NAME when unique */
	const char *role;          /* only speakers with this role, or NULL */
	uint32_t window;           /* tokens of context on each side */
	uint64_t limit;            /* 0: no limit */
	uint64_t sample;           /* 0: every hit; else N hits drawn at random */
	uint64_t seed;
	bool exclude_interviewer;
	bool aligned;              /* readable columns instead of CSV */
};

/*
 * Print the lines to out. Errors: LT_EUSAGE for an unknown or ambiguous
 * category (d lists the candidates; nothing printed), LT_ESQLITE (the
 * lines before the failure have been printed). Stops early when out has
 * its error flag set; the caller checks out.
 */
int kwic_print(struct store *s, const struct kwic_opts *o, FILE *out, struct lt_diag *d);

#endif /* LT_KWIC_H */
