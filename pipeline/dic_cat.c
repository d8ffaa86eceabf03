/* dic_cat.c - WordStat .cat dictionaries (see dicfile_int.h,
 * docs/dictionary-formats.md "WordStat .cat").
 *
 * A .cat file is an outline: the depth of a line is its number of leading
 * tabs. A line is a category when the next non-blank line is more deeply
 * indented; every other line is a term of the nearest less indented
 * category above it, optionally followed by a weight in parentheses
 * ("ART (1)"). '_' in a term joins the words of a phrase. A category whose
 * lines hold only sub-categories becomes a group. Pure; one parser.
 */
#include <stdlib.h>
#include <string.h>

#include "dicfile_int.h"
#include "xalloc.h"
#include "banned.h"

struct cline {
	const char *s;        /* trimmed content */
	size_t n;
	uint32_t line;
	uint32_t depth;       /* leading tabs */
};

/*
 * Split "TERM (W)" into the term and its weight: when s[0..*n) ends with
 * a parenthesised number, *n is cut before it (trimmed) and the number
 * stored in *w. False (nothing changed) when there is no weight.
 */
static bool split_weight(const char *s, size_t *n, double *w)
{
	size_t m = *n;
	if (m < 3 || s[m - 1] != ')')
		return false;
	size_t open = m - 1;
	while (open > 0 && s[open - 1] != '(')
		open--;
	if (open == 0)
		return false;
	const char *num = s + open;
	size_t nn = m - 1 - open;
	dicp_trim(&num, &nn);
	if (!dicp_parse_number(num, nn, w))
		return false;
	size_t k = open - 1;
	while (k > 0 && dicp_is_ws(s[k - 1]))
		k--;
	*n = k;
	return true;
}

struct open_cat {
	uint32_t depth;
	uint32_t cat;
};

/* One term line under category 'cat'. */
static void cat_term(struct parser *p, const struct cline *l, uint32_t cat, bool *has_direct)
{
	size_t n = l->n;
	double w = 1.0;
	if (split_weight(l->s, &n, &w) && w != 1.0 && w != 0)
		p->f->has_weights = true;
	/* WordStat joins the words of a phrase with '_' */
	char *t = xstrndup(l->s, n);
	for (size_t i = 0; i < n; i++)
		if (t[i] == '_')
			t[i] = ' ';
	size_t tn = dicp_normalise(p, t, n);
	free(t);
	if (!tn) {
		dicp_warn(p, l->line, "a weight without a term skipped");
		return;
	}
	if (w == 0) {
		dicp_warn(p, l->line, "term '%.*s%s' has weight 0: skipped", SHOW(p->text.v, tn));
		return;
	}
	has_direct[cat] = true;
	dicp_add_term(p, p->text.v, tn, l->line, &cat, &w, 1);
}

/* Categories and terms from the non-blank lines ls[0..nl). */
static int parse_lines(struct parser *p, const struct cline *ls, size_t nl)
{
	LT_VEC(struct open_cat) stack = { 0 };  /* open categories, shallowest first */
	bool *has_direct = xcalloc(nl + 1, sizeof(*has_direct));
	bool *has_child = xcalloc(nl + 1, sizeof(*has_child));
	uint32_t n_orphans = 0, first_orphan = 0;
	for (size_t i = 0; i < nl; i++) {
		const struct cline *l = &ls[i];
		while (stack.n && stack.v[stack.n - 1].depth >= l->depth)
			stack.n--;
		int32_t parent = stack.n ? (int32_t)stack.v[stack.n - 1].cat : -1;
		if (i + 1 < nl && ls[i + 1].depth > l->depth) {
			size_t n = l->n;
			double w;
			if (split_weight(l->s, &n, &w)) {
				if (!n)  /* "(2)": a name, not a weight */
					n = l->n;
				else
					dicp_warn(p, l->line, "lines are indented under '%.*s%s', so "
						  "it is a category: its weight is ignored",
						  SHOW(l->s, n));
			}
			uint32_t c = dicp_add_category(p, (uint32_t)p->cats.n + 1, l->s, n, parent,
						       false, l->line);
			if (parent >= 0)
				has_child[parent] = true;
			struct open_cat o = { l->depth, c };
			lt_vec_push(&stack, o);
			continue;
		}
		if (parent < 0) {
			if (!n_orphans++)
				first_orphan = l->line;
			continue;
		}
		cat_term(p, l, (uint32_t)parent, has_direct);
	}
	if (n_orphans)
		dicp_warn(p, first_orphan, "%u term line%s outside every category skipped (first "
			  "here): a .cat term is indented under its category", n_orphans,
			  n_orphans == 1 ? "" : "s");
	for (size_t c = 0; c < p->cats.n; c++)
		p->cats.v[c].is_group = has_child[c] && !has_direct[c];
	free(has_direct);
	free(has_child);
	lt_vec_release(&stack);
	if (!p->cats.n)
		return dicp_fail(p, nl ? ls[0].line : 1, "no category: a .cat file starts with a "
				 "category name, its terms indented below it by a tab");
	return LT_OK;
}

int dicp_parse_cat(struct parser *p, const char *buf, size_t len)
{
	p->listed = true;
	struct line_iter it = { buf, buf + len, 1 };
	LT_VEC(struct cline) ls = { 0 };
	const char *s;
	size_t n;
	uint32_t line;
	while (dicp_next_line(&it, &s, &n, &line)) {
		uint32_t depth = 0;
		size_t k = 0;
		while (k < n && dicp_is_ws(s[k]))
			if (s[k++] == '\t')
				depth++;
		dicp_trim(&s, &n);
		if (!n)
			continue;
		struct cline l = { s, n, line, depth };
		lt_vec_push(&ls, l);
	}
	int rc = parse_lines(p, ls.v, ls.n);
	lt_vec_release(&ls);
	if (rc < 0)
		return rc;
	dicp_check_names(p);
	if (!p->f->has_weights)
		for (size_t i = 0; i < p->terms.n; i++)
			p->terms.v[i].weights = NULL;
	return LT_OK;
}
