/* aggregate.c - count rows of one document (see aggregate.h). */
#include "aggregate.h"
#include "xalloc.h"
#include "banned.h"

struct count_key {
	uint32_t speaker, category, turn, tok_start, len;
	bool negated;
	double weight;
};

static int cmp_count_key(const void *a, const void *b)
{
	const struct count_key *x = a, *y = b;
	if (x->speaker != y->speaker)
		return x->speaker < y->speaker ? -1 : 1;
	if (x->category != y->category)
		return x->category < y->category ? -1 : 1;
	if (x->turn != y->turn)
		return x->turn < y->turn ? -1 : 1;
	/* a total order: the weights are added in one order on every run */
	return x->tok_start < y->tok_start ? -1 : x->tok_start > y->tok_start;
}

/* The hits sorted by (speaker, category, turn, position); one row per run
 * of equal (speaker, category), a turn counted once however many hits it
 * holds. A category's hits never share a start token, so the order is
 * total. */
void aggregate_doc(struct doc_result *r, struct arena *a, const struct lexicon *lx)
{
	size_t n = r->hits.n;
	if (!n)
		return;
	struct count_key *k = xmalloc(xmul(n, sizeof(*k)));
	for (size_t i = 0; i < n; i++) {
		const struct hit *h = &r->hits.v[i];
		k[i].speaker = r->doc.turns[h->turn].speaker;
		k[i].category = h->category;
		k[i].turn = h->turn;
		k[i].tok_start = h->tok_start;
		k[i].weight = lex_entry_weight(lexicon_entry(lx, h->entry));
		k[i].len = h->tok_end - h->tok_start;
		k[i].negated = h->negated;
	}
	lt_qsort(k, n, sizeof(*k), cmp_count_key);
	struct count_row *rows = arena_alloc(a, n * sizeof(*rows));
	uint32_t nr = 0;
	for (size_t i = 0; i < n;) {
		struct count_row c = { k[i].speaker, k[i].category, 0, 0, 0, 0, 0.0 };
		uint32_t last_turn = UINT32_MAX;
		size_t j = i;
		while (j < n && k[j].speaker == c.speaker && k[j].category == c.category) {
			c.hits++;
			c.matched_tokens += k[j].len;
			c.negated += k[j].negated;
			c.weighted_score += k[j].weight;
			if (k[j].turn != last_turn) {
				c.turns_with_hit++;
				last_turn = k[j].turn;
			}
			j++;
		}
		rows[nr++] = c;
		i = j;
	}
	free(k);
	r->counts = rows;
	r->n_counts = nr;
}
