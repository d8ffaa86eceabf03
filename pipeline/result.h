/* result.h - everything a worker produces for one input, handed to the
 * single writer (STYLE B.7). Pointers go into the worker's chunk arena or
 * its matcher's memo and are borrowed until the chunk is written; the hit
 * vector and message list are heap-owned by the result (result_release);
 * the count rows (aggregate.h) are in the chunk arena.
 * Threads: one worker fills a result; after the parallel region ends, the
 * writer (a pthread while the workers process the next chunk, else the
 * main thread) reads it and the main thread releases it.
 */
#ifndef LT_RESULT_H
#define LT_RESULT_H

#include "lt.h"
#include "decode.h"
#include "diag.h"
#include "doc.h"
#include "match.h"

/* A speaker's resolved attributes and totals. */
struct speaker_out {
	struct kv_list attrs;   /* sorted by key; role included when known */
	bool interviewer;
	uint32_t n_turns;
	uint64_t n_tokens;
};

/* Counts of one speaker and one category with at least one hit;
 * weighted_score: the sum of the credited entries' weights (an entry
 * without one weighs 1), added in (turn, token) order. */
struct count_row {
	uint32_t speaker, category;
	uint32_t hits, matched_tokens, negated, turns_with_hit;
	double weighted_score;
};

enum result_state {
	RESULT_PENDING = 0,
	RESULT_DONE,        /* processed: write it */
	RESULT_UNCHANGED,   /* incremental: same content as stored; nothing to write */
	RESULT_FAILED       /* rejected: diag says why */
};

struct doc_result {
	uint32_t input;              /* index into the input list */
	enum result_state state;
	struct lt_diag diag;         /* RESULT_FAILED: the reason */
	struct lt_msgs msgs;         /* warnings (and errors) with line numbers */
	uint64_t hash;               /* XXH3-64 of the file's bytes */
	uint64_t size;               /* bytes read */
	int64_t mtime_ns;
	enum text_encoding enc;
	struct parsed_doc doc;
	struct speaker_out *spk;     /* doc.n_speakers */
	uint32_t *turn_tokens;       /* doc.n_turns */
	struct hit_vec hits;         /* ordered by turn, category, position */
	struct count_row *counts;    /* ordered by speaker, category */
	uint32_t n_counts;
	uint64_t n_tokens;
	double t_read, t_decode, t_parse, t_match; /* seconds, for --stats */
};

static inline void result_release(struct doc_result *r)
{
	msgs_release(&r->msgs);
	lt_vec_release(&r->hits);
}

#endif /* LT_RESULT_H */
