/* match.h - tokens of one turn x compiled lexicon -> hits (DESIGN.md
 * "Counting rules": selection, theme-level rows, negation).
 *
 * A struct matcher is one thread's matching state: its own stemmer, the
 * memo of every distinct word it has seen (folded form, stem, matching
 * terms, negator flags; keyed by the word's raw bytes so stemming and
 * lexicon lookup run once per word type), PCRE2 scratch and reusable
 * buffers. The lexicon is shared read-only. Never share a matcher between
 * threads: each OpenMP worker of `run` has its own (matcher_free).
 * Hits are appended to the caller's vector; memo strings they point to
 * are borrowed until matcher_free.
 */
#ifndef LT_MATCH_H
#define LT_MATCH_H

#include "lt.h"
#include "arena.h"
#include "diag.h"
#include "tokenize.h"

struct lexicon;

struct hit {
	uint32_t turn;                 /* turn index in the document */
	uint32_t tok_start, tok_end;   /* token span [start, end) in the turn */
	uint32_t byte_start, byte_end; /* byte span in the turn text */
	uint32_t category;             /* lexicon category index (theme rows included) */
	uint32_t entry;                /* lexicon entry credited with the hit */
	const char *form;              /* folded tokens joined by one space; borrowed
					* until the chunk is written */
	uint32_t form_len;
	bool negated;
};

struct hit_vec {
	struct hit *v;
	size_t n, cap;
};

struct matcher;

/*
 * A matcher for lx with a stemmer for 'lang'. Errors: LT_EUSAGE for an
 * unknown language (d names the valid ones). Caller owns (matcher_free).
 */
int matcher_new(struct matcher **out, const struct lexicon *lx, const char *lang,
		struct lt_diag *d);
void matcher_free(struct matcher *m); /* accepts NULL */

/*
 * Tokenise turn 'turn' (text[0..len), valid UTF-8), find its hits and
 * append them to hits, ordered by category, then token position.
 * Multi-token forms are allocated in 'a'. A regex stopped by the PCRE2
 * match limit adds a warning at 'line' to msgs. Returns the number of
 * tokens in the turn.
 */
uint32_t matcher_turn(struct matcher *m, const char *text, uint32_t len, uint32_t turn,
		      uint32_t line, struct arena *a, struct hit_vec *hits, struct lt_msgs *msgs);

/* Tokens of the last matcher_turn call (borrowed until the next call). */
const struct token *matcher_tokens(const struct matcher *m, uint32_t *n);

/* Distinct word types this matcher has seen, and bytes its memo holds. */
size_t matcher_vocabulary(const struct matcher *m);
size_t matcher_memory(const struct matcher *m);

/* Folded form and Snowball stem of word w (for tests and tools). */
void matcher_word(struct matcher *m, const char *w, size_t len, const char **folded,
		  const char **stem);

#endif /* LT_MATCH_H */
