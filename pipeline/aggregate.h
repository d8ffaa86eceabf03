/* aggregate.h - one document's hits -> its count rows (per speaker and
 * category: hits, matched tokens, negated hits, turns with a hit, the
 * weighted score).
 * Owns nothing between calls: the rows go into the caller's arena (the
 * worker's chunk arena, borrowed until the chunk is written).
 * Threads: called by the OpenMP worker that processed the document; no
 * shared state (the lexicon is only read), so any thread with its own
 * result and arena.
 */
#ifndef LT_AGGREGATE_H
#define LT_AGGREGATE_H

#include "arena.h"
#include "lexicon.h"
#include "result.h"

/*
 * Fill r->counts / r->n_counts from r->hits and r->doc.turns, ordered by
 * speaker, then category. The rows go into 'a' (borrowed until the chunk
 * is written, like the rest of the result); scratch memory is freed.
 * A document without hits gets no rows (r->counts unchanged: NULL).
 * The weighted score adds lex_entry_weight() of each hit's entry in lx.
 */
void aggregate_doc(struct doc_result *r, struct arena *a, const struct lexicon *lx);

#endif /* LT_AGGREGATE_H */
