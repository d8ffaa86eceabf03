/* dic_tsv.c - Empath-style TSV and Harvard General Inquirer CSV
 * dictionaries (see dicfile_int.h, docs/dictionary-formats.md).
 *
 * TSV: each non-blank line is a category name, then its words, separated
 * by tabs. GI: a CSV whose header is Entry, Source, then one column per
 * category; a row's non-empty cells are its categories, and sense-tagged
 * entries ("TRUST#1", "TRUST#2") are merged into their word, which counts
 * for every category of any of its senses. Pure; one parser.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dicfile_int.h"
#include "xalloc.h"
#include "banned.h"

/* ------------------------------------------------------------ Empath TSV */

int dicp_parse_tsv(struct parser *p, const char *buf, size_t len)
{
	p->listed = true;
	struct line_iter it = { buf, buf + len, 1 };
	const char *s;
	size_t n;
	uint32_t line, n_rows = 0;
	while (dicp_next_line(&it, &s, &n, &line)) {
		const char *end = s + n;
		const char *tab = memchr(s, '\t', n);
		size_t cn = tab ? (size_t)(tab - s) : n;
		const char *t = s;
		size_t tn = n;
		dicp_trim(&t, &tn);
		if (!tn)
			continue;
		n_rows++;
		if (!dicp_normalise(p, s, cn)) {
			dicp_warn(p, line, "row with no category name skipped");
			continue;
		}
		uint32_t cat = dicp_add_category(p, (uint32_t)p->cats.n + 1, s, cn, -1, false,
						 line);
		for (const char *q = tab; q && q < end;) {
			q++;
			const char *e = memchr(q, '\t', (size_t)(end - q));
			size_t wn = e ? (size_t)(e - q) : (size_t)(end - q);
			size_t k = dicp_normalise(p, q, wn);
			if (k)
				dicp_add_term(p, p->text.v, k, line, &cat, NULL, 1);
			q = e;
		}
	}
	if (!p->cats.n)
		return dicp_fail(p, line, "no category: each line of a dictionary TSV is a "
				 "category name, then its words, separated by tabs");
	dicp_check_names(p);
	return LT_OK;
}

/* ------------------------------------------------------ General Inquirer */

/* Per term: the categories of its first sense, and whether a later sense differs. */
struct sense0 {
	uint32_t *cats;
	uint32_t n;
	uint32_t rows;
	bool conflict;
};

struct sense_vec {
	struct sense0 *v;
	size_t n, cap;
};

static bool eq_ci(const lt_str *f, const char *word)
{
	const char *s = f->ptr;
	size_t n = f->len;
	dicp_trim(&s, &n);
	return n == strlen(word) && strncasecmp(s, word, n) == 0;
}

/* Header columns from 2 on: categories, except GI's text columns Othtags and Defined. */
static int gi_header(struct parser *p, const struct csv_record *rec, uint32_t **colcat,
		     uint32_t *ncol)
{
	uint32_t nc = rec->n;
	while (nc > 2) {
		const char *s = rec->f[nc - 1].ptr;
		size_t n = rec->f[nc - 1].len;
		dicp_trim(&s, &n);
		if (n)
			break;
		nc--;
	}
	*colcat = xmalloc((nc + 1) * sizeof(**colcat));
	*ncol = nc;
	for (uint32_t j = 0; j < nc; j++) {
		(*colcat)[j] = UINT32_MAX;
		if (j < 2 || eq_ci(&rec->f[j], "Othtags") || eq_ci(&rec->f[j], "Defined"))
			continue;
		if (!dicp_normalise(p, rec->f[j].ptr, rec->f[j].len))
			return dicp_fail(p, rec->line, "column %u of the header row has no "
					 "category name", j + 1);
		(*colcat)[j] = dicp_add_category(p, (uint32_t)p->cats.n + 1, rec->f[j].ptr,
						 rec->f[j].len, -1, false, rec->line);
	}
	if (!p->cats.n)
		return dicp_fail(p, rec->line, "the header row has no category column (expected "
				 "Entry, Source, then one column per category)");
	return LT_OK;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* Record one row's categories (sorted in place) for the term id; merge them in. */
static void gi_row(struct parser *p, struct sense_vec *senses, const char *word,
		   size_t wn, uint32_t line, uint32_t *cats, uint32_t nc)
{
	qsort(cats, nc, sizeof(*cats), cmp_u32);
	uint32_t id = intern_find(&p->term_ids, word, wn);
	if (id == INTERN_NONE) {
		dicp_add_term(p, word, wn, line, cats, NULL, nc);
		struct sense0 s0 = { arena_memdup(&p->tmp, cats, nc * sizeof(*cats)), nc, 1,
				     false };
		lt_vec_push(senses, s0);
		return;
	}
	struct sense0 *s0 = &senses->v[id];
	s0->rows++;
	p->f->n_senses_merged++;
	if (!s0->conflict && (s0->n != nc || memcmp(s0->cats, cats, nc * sizeof(*cats)))) {
		s0->conflict = true;
		p->f->n_sense_conflicts++;
	}
	/* only the categories the word does not have yet: no "listed twice" */
	const struct dic_term *t = &p->terms.v[id];
	dicp_marks_next(p);
	for (uint32_t k = 0; k < t->n_cats; k++)
		p->mark[t->cats[k]] = p->mark_gen;
	uint32_t m = 0;
	for (uint32_t k = 0; k < nc; k++)
		if (p->mark[cats[k]] != p->mark_gen)
			cats[m++] = cats[k];
	if (m)
		dicp_add_term(p, word, wn, line, cats, NULL, m);
}

/* The summary warnings: rows without categories, words whose senses disagree. */
static void gi_summary(struct parser *p, const struct sense0 *senses, uint32_t n_empty,
		       uint32_t first_empty)
{
	if (n_empty)
		dicp_warn(p, first_empty, "%u entr%s with no category marked skipped (first here)",
			  n_empty, n_empty == 1 ? "y" : "ies");
	for (size_t i = 0; i < p->terms.n; i++) {
		if (!senses[i].conflict)
			continue;
		const struct dic_term *t = &p->terms.v[i];
		dicp_warn(p, t->line, "%u word%s (first: '%.*s%s', here) ha%s senses in different "
			  "categories: lextab cannot tell senses apart, so a word counts for "
			  "every category of any of its senses", p->f->n_sense_conflicts,
			  p->f->n_sense_conflicts == 1 ? "" : "s", SHOW(t->text, strlen(t->text)),
			  p->f->n_sense_conflicts == 1 ? "s" : "ve");
		break;
	}
}

int dicp_parse_gi(struct parser *p, const char *buf, size_t len)
{
	struct csv_reader r;
	struct csv_record rec = { 0 };
	struct lt_diag cd;
	lt_diag_init(&cd);
	csv_init(&r, buf, len, ',');
	int rc;
	for (;;) {
		rc = csv_next(&r, &rec, &p->tmp, &cd);
		if (rc <= 0 || !dicp_record_blank(&rec))
			break;
	}
	if (rc <= 0 || rec.n < 2 || !eq_ci(&rec.f[0], "Entry") || !eq_ci(&rec.f[1], "Source")) {
		/* not the General Inquirer's layout: a LIWC-22 style CSV */
		csv_record_release(&rec);
		p->f->format = DIC_FORMAT_DICX;
		return dicp_parse_dicx(p, buf, len);
	}
	p->listed = true;
	uint32_t *colcat = NULL, ncol = 0, n_empty = 0, first_empty = 0;
	struct sense_vec senses = { 0 };
	LT_VEC(uint32_t) cats = { 0 };
	rc = gi_header(p, &rec, &colcat, &ncol);
	while (rc == LT_OK) {
		rc = csv_next(&r, &rec, &p->tmp, &cd);
		if (rc < 0) {
			rc = dicp_csv_fail(p, &cd);
			break;
		}
		if (rc == 0) {
			rc = LT_OK;
			break;
		}
		rc = LT_OK;
		if (dicp_record_blank(&rec))
			continue;
		cats.n = 0;
		for (uint32_t j = 2; j < rec.n && j < ncol; j++) {
			const char *s = rec.f[j].ptr;
			size_t n = rec.f[j].len;
			dicp_trim(&s, &n);
			if (n && colcat[j] != UINT32_MAX)
				lt_vec_push(&cats, colcat[j]);
		}
		/* the word is the entry up to '#': TRUST#1 -> TRUST */
		const char *e = rec.f[0].ptr;
		size_t en = rec.f[0].len;
		const char *hash = memchr(e, '#', en);
		size_t wn = dicp_normalise(p, e, hash ? (size_t)(hash - e) : en);
		if (!wn) {
			dicp_warn(p, rec.line, "row with no entry word skipped");
			continue;
		}
		if (!cats.n) {
			if (!n_empty++)
				first_empty = rec.line;
			continue;
		}
		char *word = xstrndup(p->text.v, wn);
		gi_row(p, &senses, word, wn, rec.line, cats.v, (uint32_t)cats.n);
		free(word);
	}
	if (rc == LT_OK) {
		gi_summary(p, senses.v, n_empty, first_empty);
		dicp_check_names(p);
	}
	free(colcat);
	lt_vec_release(&senses);
	lt_vec_release(&cats);
	csv_record_release(&rec);
	return rc;
}
