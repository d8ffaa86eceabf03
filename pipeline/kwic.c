/* kwic.c - keyword-in-context lines (see kwic.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kwic.h"
#include "csv.h"
#include "store.h"
#include "tokenize.h"
#include "xalloc.h"
#include "banned.h"

struct line {
	char *doc_id, *speaker, *left, *match, *right, *source, *entry;
	char **attrs;
	int64_t turn, line, tok_start;
	bool negated;
	uint64_t order;  /* position in the full result, for sorting samples */
};

static char *col_dup(struct store_stmt *q, int i)
{
	size_t n;
	const char *t = store_col_text(q, i, &n);
	return xstrndup(t, n);
}

/* copy s[0..n) with white space runs folded to one space, trimmed */
static char *flat(const char *s, size_t n)
{
	char *o = xmalloc(n + 1);
	size_t w = 0;
	bool sp = false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
			sp = w > 0;
			continue;
		}
		if (sp)
			o[w++] = ' ';
		sp = false;
		o[w++] = c;
	}
	o[w] = '\0';
	return o;
}

static int resolve_category(struct store *s, const char *name, int64_t *id, struct lt_diag *d)
{
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(s, "SELECT category_id, name FROM categories WHERE name = ?1"
				" OR short_name = ?1 ORDER BY category_id", &q, d));
	store_bind_text(q, 1, name);
	int r, n = 0;
	char *names = xstrdup("");
	while ((r = store_step(q, d)) == 1) {
		const char *nm = store_col_text(q, 1, NULL);
		if (strcmp(nm, name) == 0) {
			/* an exact full name always wins */
			*id = store_col_int(q, 0);
			n = 1;
			break;
		}
		*id = store_col_int(q, 0);
		n++;
		char *t = xasprintf("%s%s'%s'", names, names[0] ? ", " : "", nm);
		free(names);
		names = t;
	}
	store_finalize(q);
	if (r < 0) {
		free(names);
		return r;
	}
	int rc = LT_OK;
	if (n == 0)
		rc = lt_diag_set(d, LT_EUSAGE, "no category '%s' in the database (see "
				 "`lextab lexicon list` or the categories table)", name);
	else if (n > 1)
		rc = lt_diag_set(d, LT_EUSAGE, "category '%s' is ambiguous: %s", name, names);
	free(names);
	return rc;
}

/* splitmix64 */
static uint64_t next_rand(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static void line_free(struct line *l, size_t n_attrs)
{
	free(l->doc_id);
	free(l->speaker);
	free(l->left);
	free(l->match);
	free(l->right);
	free(l->source);
	free(l->entry);
	for (size_t k = 0; k < n_attrs; k++)
		free(l->attrs[k]);
	free(l->attrs);
}

static int cmp_order(const void *a, const void *b)
{
	const struct line *x = a, *y = b;
	return x->order < y->order ? -1 : x->order > y->order;
}

int kwic_print(struct store *s, const struct kwic_opts *o, FILE *out, struct lt_diag *d)
{
	int64_t cat = -1;
	LT_TRY(resolve_category(s, o->category, &cat, d));
	/* attribute columns: role first, then the others sorted */
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(s, "SELECT DISTINCT key FROM speaker_attrs ORDER BY key", &q, d));
	LT_VEC(char *) keys = { 0 };
	lt_vec_push(&keys, xstrdup("role"));
	int r;
	while ((r = store_step(q, d)) == 1) {
		char *k = col_dup(q, 0);
		if (strcmp(k, "role") == 0)
			free(k);
		else
			lt_vec_push(&keys, k);
	}
	store_finalize(q);
	int rc = r < 0 ? r : LT_OK;
	struct store_stmt *aq = NULL;
	if (rc == LT_OK)
		rc = store_prepare(s, "SELECT key, value FROM speaker_attrs WHERE doc_pk = ?1 AND"
				      " speaker = ?2", &aq, d);
	if (rc == LT_OK)
		rc = store_prepare(s,
			"SELECT d.doc_id, sp.label, h.doc_pk, h.speaker, h.turn, t.line, t.text,"
			" h.byte_start, h.byte_end, h.negated, e.source, e.text, h.tok_start, h.tok_end"
			" FROM hits h JOIN documents d ON d.doc_pk = h.doc_pk"
			" JOIN speakers sp ON sp.doc_pk = h.doc_pk AND sp.speaker = h.speaker"
			" JOIN turns t ON t.doc_pk = h.doc_pk AND t.turn = h.turn"
			" JOIN entries e ON e.entry_id = h.entry_id"
			" WHERE h.category_id = ?1 AND (?2 = 0 OR sp.interviewer = 0)"
			" AND (?3 IS NULL OR EXISTS (SELECT 1 FROM speaker_attrs a WHERE"
			" a.doc_pk = h.doc_pk AND a.speaker = h.speaker AND a.key = 'role'"
			" AND a.value = ?3))"
			" ORDER BY d.doc_id, h.turn, h.tok_start", &q, d);
	LT_VEC(struct line) lines = { 0 };
	uint64_t seen = 0;
	uint64_t rs = o->seed ^ 0x6c657874616221ULL;
	struct token *toks = NULL;
	size_t toks_cap = 0;
	if (rc == LT_OK) {
		store_bind_int(q, 1, cat);
		store_bind_int(q, 2, o->exclude_interviewer);
		if (o->role)
			store_bind_text(q, 3, o->role);
		while ((r = store_step(q, d)) == 1) {
			if (o->limit && !o->sample && seen >= o->limit)
				break;
			uint64_t slot = lines.n;
			if (o->sample) {
				/* reservoir sampling keeps a uniform sample of the stream */
				if (seen >= o->sample) {
					uint64_t j = next_rand(&rs) % (seen + 1);
					if (j >= o->sample) {
						seen++;
						continue;
					}
					slot = j;
				}
			}
			struct line l;
			memset(&l, 0, sizeof(l));
			l.order = seen++;
			l.doc_id = col_dup(q, 0);
			l.speaker = col_dup(q, 1);
			int64_t dpk = store_col_int(q, 2), spk = store_col_int(q, 3);
			l.turn = store_col_int(q, 4);
			l.line = store_col_int(q, 5);
			size_t tl;
			const char *text = store_col_text(q, 6, &tl);
			uint32_t bs = (uint32_t)store_col_int(q, 7), be = (uint32_t)store_col_int(q, 8);
			l.negated = store_col_int(q, 9) != 0;
			l.source = col_dup(q, 10);
			l.entry = col_dup(q, 11);
			l.tok_start = store_col_int(q, 12);
			int64_t tok_end = store_col_int(q, 13);
			size_t need = tokenize_max_tokens(tl);
			if (need > toks_cap) {
				toks = xrealloc(toks, xmul(need, sizeof(*toks)));
				toks_cap = need;
			}
			size_t nt = tokenize(text, tl, toks);
			if (be > tl || bs > be) {
				bs = be = 0; /* a database not written by this version: show no context */
			}
			size_t ls = bs, re = be;
			if (l.tok_start >= 0 && (size_t)l.tok_start < nt) {
				size_t first = (size_t)l.tok_start > o->window ? (size_t)l.tok_start - o->window : 0;
				ls = toks[first].start;
			}
			if (tok_end > 0 && (size_t)tok_end <= nt) {
				size_t last = LT_MIN(nt, (size_t)tok_end + o->window);
				re = toks[last - 1].start + toks[last - 1].len;
			}
			if (ls > bs)
				ls = bs;
			if (re < be)
				re = be;
			l.left = flat(text + ls, bs - ls);
			l.match = flat(text + bs, be - bs);
			l.right = flat(text + be, re - be);
			l.attrs = xcalloc(keys.n, sizeof(char *));
			store_reset(aq);
			store_bind_int(aq, 1, dpk);
			store_bind_int(aq, 2, spk);
			int r2;
			while ((r2 = store_step(aq, d)) == 1) {
				const char *k = store_col_text(aq, 0, NULL);
				for (size_t i = 0; i < keys.n; i++)
					if (strcmp(keys.v[i], k) == 0 && !l.attrs[i])
						l.attrs[i] = col_dup(aq, 1);
			}
			if (r2 < 0) {
				r = r2;
				line_free(&l, keys.n);
				break;
			}
			for (size_t i = 0; i < keys.n; i++)
				if (!l.attrs[i])
					l.attrs[i] = xstrdup("");
			if (slot == lines.n) {
				lt_vec_push(&lines, l);
			} else {
				line_free(&lines.v[slot], keys.n);
				lines.v[slot] = l;
			}
		}
		if (r < 0)
			rc = r;
	}
	free(toks);
	store_finalize(q);
	store_finalize(aq);
	if (o->sample)
		lt_qsort(lines.v, lines.n, sizeof(struct line), cmp_order);
	if (rc == LT_OK && !o->aligned) {
		fputs("doc_id,speaker", out);
		for (size_t i = 0; i < keys.n; i++) {
			putc(',', out);
			csv_write_field(out, keys.v[i], strlen(keys.v[i]), ',', false);
		}
		fputs(",turn,line,left,match,right,negated,source,entry\n", out);
	}
	for (size_t i = 0; i < lines.n && rc == LT_OK; i++) {
		struct line *l = &lines.v[i];
		if (o->aligned) {
			size_t ll = strlen(l->left);
			const char *left = l->left;
			if (ll > 50)
				left += ll - 50;
			fprintf(out, "%s:%lld %s%s%s%s| %50s [%s] %.50s%s\n", l->doc_id,
				(long long)l->line, l->speaker, l->attrs[0][0] ? " (" : "", l->attrs[0],
				l->attrs[0][0] ? ") " : " ", left, l->match, l->right,
				l->negated ? "  (negated)" : "");
			continue;
		}
		csv_write_field(out, l->doc_id, strlen(l->doc_id), ',', false);
		putc(',', out);
		csv_write_field(out, l->speaker, strlen(l->speaker), ',', false);
		for (size_t k = 0; k < keys.n; k++) {
			putc(',', out);
			csv_write_field(out, l->attrs[k], strlen(l->attrs[k]), ',', false);
		}
		fprintf(out, ",%lld,%lld,", (long long)l->turn, (long long)l->line);
		csv_write_field(out, l->left, strlen(l->left), ',', false);
		putc(',', out);
		csv_write_field(out, l->match, strlen(l->match), ',', false);
		putc(',', out);
		csv_write_field(out, l->right, strlen(l->right), ',', false);
		fprintf(out, ",%d,", l->negated ? 1 : 0);
		csv_write_field(out, l->source, strlen(l->source), ',', false);
		putc(',', out);
		csv_write_field(out, l->entry, strlen(l->entry), ',', false);
		putc('\n', out);
	}
	for (size_t i = 0; i < lines.n; i++)
		line_free(&lines.v[i], keys.n);
	lt_vec_release(&lines);
	for (size_t i = 0; i < keys.n; i++)
		free(keys.v[i]);
	lt_vec_release(&keys);
	return rc;
}
