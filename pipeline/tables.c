/* tables.c - indicator tables from the database (see tables.h).
 *
 * Numbers: counts are integers; rate_per_1000 = 1000 * hits / tokens,
 * share_turns_with_hit = turns_with_hit / turns and the *_pct columns =
 * 100 * matched_tokens / tokens are printed with 4 decimals ('.' decimal
 * point, no locale) and left empty when the denominator is 0.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tables.h"
#include "csv.h"
#include "intern.h"
#include "lexicon.h"
#include "store.h"
#include "validate.h"
#include "xalloc.h"
#include "banned.h"

const char *const tables_names[] = {
	"speaker_category", "role_category", "document_wide", "theme_summary",
	"cooccurrence", "entries", "codebook", NULL
};

enum { T_SPEAKER_CATEGORY, T_ROLE_CATEGORY, T_DOCUMENT_WIDE, T_THEME_SUMMARY,
       T_COOCCURRENCE, T_ENTRIES, T_CODEBOOK, T_N };

struct category {
	int64_t id;
	char *name, *theme, *short_name, *description;
	bool theme_row;
	char *col;      /* document_wide column stem, e.g. trust_confidence */
};

struct entry {
	char *source, *text;
};

struct writer {
	FILE *f;
	char *buf;      /* rows are formatted here and written WBUF bytes at a time */
	size_t n, cap;
	char delim;
	bool excel;
	bool first;     /* at the start of a row */
	char *tmp, *final;
	bool failed;
};

struct ex {
	struct store *s;
	const struct table_opts *o;
	struct lt_diag *d;
	char *dir;
	const char *ext;
	struct category *cats;
	size_t n_cats;
	struct entry *entries;
	size_t n_entries;
	char **attrs;         /* speaker attribute keys: role first, then sorted */
	size_t n_attrs;
	char **attr_cols;     /* their column names */
	char **doc_attrs;     /* document attribute keys, sorted */
	size_t n_doc_attrs;
	const char *const *by;
	size_t n_by;
	struct writer w[T_N];
	LT_VEC(char *) codebook; /* "table\x1fcolumn\x1ftype\x1fmeaning" */
	LT_VEC(size_t) codebook_cat; /* per codebook row: category index, SIZE_MAX none */
	struct validation_fig *val;  /* per category: `lextab validate` figures */
};

/* ------------------------------------------------------------ writing */

/*
 * Remove temporary tables left by killed runs (".NAME.EXT.tmp.PID" whose
 * process no longer exists); a live writer's files are left alone.
 */
static void remove_stale_temps(const struct ex *x)
{
	DIR *dir = opendir(x->dir);
	if (!dir)
		return;
	struct dirent *de;
	while ((de = readdir(dir))) {
		const char *n = de->d_name;
		if (n[0] != '.')
			continue;
		for (int t = 0; t < T_N; t++) {
			char *prefix = xasprintf(".%s%s.tmp.", tables_names[t], x->ext);
			size_t pl = strlen(prefix);
			if (strncmp(n, prefix, pl) == 0) {
				char *end;
				long pid = strtol(n + pl, &end, 10);
				if (!*end && pid > 0 && kill((pid_t)pid, 0) != 0 && errno == ESRCH) {
					char *path = xasprintf("%s/%s", x->dir, n);
					unlink(path);
					free(path);
				}
			}
			free(prefix);
		}
	}
	closedir(dir);
}

#define WBUF 65536

static int w_open(struct ex *x, int t)
{
	struct writer *w = &x->w[t];
	w->delim = x->o->tsv ? '\t' : ',';
	w->excel = x->o->excel_safe;
	w->first = true;
	w->final = xasprintf("%s/%s%s", x->dir, tables_names[t], x->ext);
	w->tmp = xasprintf("%s/.%s%s.tmp.%ld", x->dir, tables_names[t], x->ext, (long)getpid());
	w->f = fopen(w->tmp, "wb");
	if (!w->f)
		return lt_diag_set(x->d, LT_EIO, "cannot write '%s': %s", w->tmp, strerror(errno));
	w->n = 0;
	w->cap = WBUF;
	w->buf = xmalloc(w->cap);
	return LT_OK;
}

/* room for k more bytes in w's buffer */
static char *w_room(struct writer *w, size_t k)
{
	if (w->n + k > w->cap) {
		fwrite(w->buf, 1, w->n, w->f);
		w->n = 0;
		if (k > w->cap) {
			w->cap = LT_MAX(k, (size_t)WBUF);
			w->buf = xrealloc(w->buf, w->cap);
		}
	}
	return w->buf + w->n;
}

static void w_flush(struct writer *w)
{
	if (w->n)
		fwrite(w->buf, 1, w->n, w->f);
	w->n = 0;
}

static void w_sep(struct writer *w)
{
	if (!w->first) {
		*w_room(w, 1) = w->delim;
		w->n++;
	}
	w->first = false;
}

static void w_field(struct writer *w, const char *s, size_t len)
{
	w_sep(w);
	char *o = w_room(w, CSV_FIELD_MAX(len));
	w->n += csv_format_field(o, s, len, w->delim, w->excel);
}

static void w_str(struct writer *w, const char *s)
{
	w_field(w, s, strlen(s));
}

/* the same digits as "%lld", without printf's format parsing (the dense
 * tables are mostly small integers) */
static void w_int(struct writer *w, int64_t v)
{
	w_sep(w);
	char buf[24], *e = buf + sizeof(buf), *p = e;
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		*--p = '-';
	memcpy(w_room(w, (size_t)(e - p)), p, (size_t)(e - p));
	w->n += (size_t)(e - p);
}

/* scale * num / den with 4 decimals, or empty when den is 0 */
static void w_ratio(struct writer *w, double num, double den, double scale)
{
	w_sep(w);
	if (den > 0 && num == 0) {
		memcpy(w_room(w, 6), "0.0000", 6);   /* what %.4f prints for +0.0 */
		w->n += 6;
	} else if (den > 0) {
		char b[64];
		int k = snprintf(b, sizeof(b), "%.4f", scale * num / den);
		if (k > 0 && (size_t)k < sizeof(b)) {
			memcpy(w_room(w, (size_t)k), b, (size_t)k);
			w->n += (size_t)k;
		} else {
			w_flush(w);
			fprintf(w->f, "%.4f", scale * num / den);
		}
	}
}

static void w_end(struct writer *w)
{
	*w_room(w, 1) = '\n';
	w->n++;
	w->first = true;
}

static void w_header(struct writer *w, const char *const *cols)
{
	for (size_t i = 0; cols[i]; i++)
		w_str(w, cols[i]);
	w_end(w);
}

static int w_close_all(struct ex *x, bool commit)
{
	int rc = LT_OK;
	for (int t = 0; t < T_N; t++) {
		struct writer *w = &x->w[t];
		if (!w->f)
			continue;
		w_flush(w);
		free(w->buf);
		w->buf = NULL;
		w->cap = 0;
		if (fflush(w->f) != 0 || ferror(w->f) || fsync(fileno(w->f)) != 0) {
			if (rc == LT_OK)
				rc = lt_diag_set(x->d, LT_EIO, "cannot write '%s': %s", w->tmp,
						 strerror(errno ? errno : EIO));
		}
		if (fclose(w->f) != 0 && rc == LT_OK)
			rc = lt_diag_set(x->d, LT_EIO, "cannot write '%s': %s", w->tmp, strerror(errno));
		w->f = NULL;
	}
	if (commit && rc == LT_OK)
		lt_test_point("tables");
	/* rename only when every table is complete */
	for (int t = 0; t < T_N; t++) {
		struct writer *w = &x->w[t];
		if (!w->tmp)
			continue;
		if (commit && rc == LT_OK) {
			if (rename(w->tmp, w->final) != 0)
				rc = lt_diag_set(x->d, LT_EIO, "cannot rename '%s' to '%s': %s", w->tmp,
						 w->final, strerror(errno));
			else
				lt_test_point("rename");
		}
		if (!commit || rc != LT_OK)
			unlink(w->tmp);
		free(w->tmp);
		free(w->final);
		w->tmp = w->final = NULL;
	}
	if (commit && rc == LT_OK) {
		/* make the renames durable together with the files */
		int dfd = open(x->dir, O_RDONLY | O_DIRECTORY);
		if (dfd >= 0) {
			fsync(dfd);
			close(dfd);
		}
	}
	return rc;
}

static void doc_col(struct ex *x, const char *table, const char *col, const char *type,
		    const char *meaning)
{
	char *row = xasprintf("%s\x1f%s\x1f%s\x1f%s", table, col, type, meaning);
	lt_vec_push(&x->codebook, row);
	lt_vec_push(&x->codebook_cat, SIZE_MAX);
}

/* a codebook row about category ci: it carries the category's validation */
static void doc_col_cat(struct ex *x, const char *table, const char *col, const char *type,
			const char *meaning, size_t ci)
{
	doc_col(x, table, col, type, meaning);
	x->codebook_cat.v[x->codebook_cat.n - 1] = ci;
}

/* ------------------------------------------------------------ validation */

static int load_validation(struct ex *x)
{
	const char **names = xcalloc(x->n_cats ? x->n_cats : 1, sizeof(char *));
	for (size_t i = 0; i < x->n_cats; i++)
		names[i] = x->cats[i].name;
	x->val = xcalloc(x->n_cats ? x->n_cats : 1, sizeof(*x->val));
	int rc = validate_lookup(x->s, names, x->n_cats, x->val, x->d);
	free(names);
	return rc;
}

static void w_fig(struct writer *w, bool has, double v)
{
	if (!has) {
		w_sep(w);
		return;
	}
	w_ratio(w, v, 1.0, 1.0);
}

/* the val_cols cells of category ci (empty when not validated) */
static void w_validation(struct ex *x, struct writer *w, size_t ci)
{
	const struct validation_fig *f = ci < x->n_cats ? &x->val[ci] : NULL;
	bool p = f && f->has_precision, r = f && f->has_recall;
	w_fig(w, p, p ? f->precision : 0);
	w_fig(w, p, p ? f->precision_low : 0);
	w_fig(w, p, p ? f->precision_high : 0);
	if (p)
		w_int(w, (int64_t)f->n);
	else
		w_sep(w);
	w_fig(w, r, r ? f->recall : 0);
	w_fig(w, r, r ? f->recall_low : 0);
	w_fig(w, r, r ? f->recall_high : 0);
	if (r)
		w_int(w, (int64_t)f->turns);
	else
		w_sep(w);
}

static void describe_validation(struct ex *x, const char *table)
{
	doc_col(x, table, "precision", "decimal", "share of sampled hits coders judged relevant (`lextab validate`, hit rows; docs/validation.md); empty when the current lexicons are not validated");
	doc_col(x, table, "precision_low", "decimal", "lower bound of the Wilson 95% interval of precision");
	doc_col(x, table, "precision_high", "decimal", "upper bound of the Wilson 95% interval of precision");
	doc_col(x, table, "precision_n", "integer", "hits judged (the precision's denominator)");
	doc_col(x, table, "recall", "decimal", "turn-level recall: of sampled turns coders marked as expressing the theme (or category), the share with a lexicon hit; empty when not validated");
	doc_col(x, table, "recall_low", "decimal", "lower bound of the Wilson 95% interval of recall");
	doc_col(x, table, "recall_high", "decimal", "upper bound of the Wilson 95% interval of recall");
	doc_col(x, table, "recall_n", "integer", "sampled turns judged");
}

/* ------------------------------------------------------------ loading */

static char *col_dup(struct store_stmt *q, int i)
{
	size_t n;
	const char *t = store_col_text(q, i, &n);
	return xstrndup(t, n);
}

/* column stem for a category: [A-Za-z0-9_], theme rows "<theme>_all" */
static char *col_stem(const struct category *c)
{
	const char *src = c->theme_row ? c->theme : c->name;
	size_t n = strlen(src);
	char *o = xmalloc(n + 8);
	size_t w = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)src[i];
		bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
			  (ch >= '0' && ch <= '9');
		if (ok)
			o[w++] = (char)ch;
		else if (w && o[w - 1] != '_')
			o[w++] = '_';
	}
	while (w && o[w - 1] == '_')
		w--;
	o[w] = '\0';
	if (c->theme_row) {
		memcpy(o + w, "_all", 5);
		w += 4;
	}
	if (!w || (o[0] >= '0' && o[0] <= '9')) {
		char *p = xasprintf("c_%s", o);
		free(o);
		return p;
	}
	return o;
}

static int load(struct ex *x)
{
	struct store_stmt *q = NULL;
	int r;
	LT_TRY(store_prepare(x->s, "SELECT category_id, name, theme, short_name, is_theme_row,"
				   " description FROM categories ORDER BY category_id", &q, x->d));
	LT_VEC(struct category) cats = { 0 };
	while ((r = store_step(q, x->d)) == 1) {
		struct category c;
		c.id = store_col_int(q, 0);
		c.name = col_dup(q, 1);
		c.theme = col_dup(q, 2);
		c.short_name = col_dup(q, 3);
		c.theme_row = store_col_int(q, 4) != 0;
		c.description = col_dup(q, 5);
		c.col = col_stem(&c);
		lt_vec_push(&cats, c);
	}
	store_finalize(q);
	x->cats = cats.v;
	x->n_cats = cats.n;
	if (r < 0)
		return r;
	/* distinct column stems */
	for (size_t i = 0; i < x->n_cats; i++)
		for (size_t j = 0; j < i; j++)
			if (strcmp(x->cats[i].col, x->cats[j].col) == 0) {
				char *p = xasprintf("%s_%zu", x->cats[i].col, i);
				free(x->cats[i].col);
				x->cats[i].col = p;
				j = (size_t)-1; /* check the new name again */
			}

	LT_TRY(store_prepare(x->s, "SELECT entry_id, source, text FROM entries ORDER BY entry_id",
			     &q, x->d));
	LT_VEC(struct entry) ents = { 0 };
	while ((r = store_step(q, x->d)) == 1) {
		int64_t id = store_col_int(q, 0);
		while ((int64_t)ents.n < id) {
			struct entry none = { xstrdup(""), xstrdup("") };
			lt_vec_push(&ents, none);
		}
		struct entry e = { col_dup(q, 1), col_dup(q, 2) };
		lt_vec_push(&ents, e);
	}
	store_finalize(q);
	x->entries = ents.v;
	x->n_entries = ents.n;
	if (r < 0)
		return r;

	LT_TRY(store_prepare(x->s, "SELECT DISTINCT key FROM speaker_attrs ORDER BY key", &q, x->d));
	LT_VEC(char *) keys = { 0 };
	lt_vec_push(&keys, xstrdup("role"));
	while ((r = store_step(q, x->d)) == 1) {
		char *k = col_dup(q, 0);
		if (strcmp(k, "role") == 0)
			free(k);
		else
			lt_vec_push(&keys, k);
	}
	store_finalize(q);
	x->attrs = keys.v;
	x->n_attrs = keys.n;
	if (r < 0)
		return r;
	static const char *const fixed[] = { "doc_id", "speaker", "theme", "category", "tokens",
					     "hits", "matched_tokens", "negated", "turns",
					     "speakers", "field", "value" };
	x->attr_cols = xcalloc(x->n_attrs ? x->n_attrs : 1, sizeof(char *));
	for (size_t i = 0; i < x->n_attrs; i++) {
		bool clash = false;
		for (size_t k = 0; k < LT_ARRAY_SIZE(fixed); k++)
			clash |= strcmp(x->attrs[i], fixed[k]) == 0;
		x->attr_cols[i] = clash ? xasprintf("attr_%s", x->attrs[i]) : xstrdup(x->attrs[i]);
	}

	LT_TRY(store_prepare(x->s, "SELECT DISTINCT key FROM document_attrs ORDER BY key", &q, x->d));
	LT_VEC(char *) dkeys = { 0 };
	while ((r = store_step(q, x->d)) == 1)
		lt_vec_push(&dkeys, col_dup(q, 0));
	store_finalize(q);
	x->doc_attrs = dkeys.v;
	x->n_doc_attrs = dkeys.n;
	return r < 0 ? r : LT_OK;
}

static void unload(struct ex *x)
{
	for (size_t i = 0; i < x->n_cats; i++) {
		free(x->cats[i].name);
		free(x->cats[i].theme);
		free(x->cats[i].short_name);
		free(x->cats[i].description);
		free(x->cats[i].col);
	}
	free(x->cats);
	for (size_t i = 0; i < x->n_entries; i++) {
		free(x->entries[i].source);
		free(x->entries[i].text);
	}
	free(x->entries);
	for (size_t i = 0; i < x->n_attrs; i++) {
		free(x->attrs[i]);
		free(x->attr_cols[i]);
	}
	free(x->attrs);
	free(x->attr_cols);
	for (size_t i = 0; i < x->n_doc_attrs; i++)
		free(x->doc_attrs[i]);
	free(x->doc_attrs);
	for (size_t i = 0; i < x->codebook.n; i++)
		free(x->codebook.v[i]);
	lt_vec_release(&x->codebook);
	lt_vec_release(&x->codebook_cat);
	free(x->val);
	free(x->dir);
}

/* category index for a category_id (ids are dense from 0) */
static size_t cat_index(const struct ex *x, int64_t id)
{
	if (id >= 0 && (size_t)id < x->n_cats && x->cats[id].id == id)
		return (size_t)id;
	for (size_t i = 0; i < x->n_cats; i++)
		if (x->cats[i].id == id)
			return i;
	/* rows of a category the categories table does not have: the database
	 * was not written by a finished run of this version */
	LT_BUG("a count refers to a category the database does not list");
}

/* ------------------------------------------------------------ documents */

struct doc_row {
	int64_t pk;
	char *doc_id;
};

static int load_docs(struct ex *x, struct doc_row **out, size_t *n)
{
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(x->s, "SELECT doc_pk, doc_id FROM documents ORDER BY doc_id", &q, x->d));
	LT_VEC(struct doc_row) v = { 0 };
	int r;
	while ((r = store_step(q, x->d)) == 1) {
		struct doc_row dr = { store_col_int(q, 0), col_dup(q, 1) };
		lt_vec_push(&v, dr);
	}
	store_finalize(q);
	*out = v.v;
	*n = v.n;
	return r < 0 ? r : LT_OK;
}

static void free_docs(struct doc_row *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].doc_id);
	free(v);
}

struct spk {
	int64_t idx;
	char *label;
	bool interviewer;
	int64_t n_turns, n_tokens;
	char **vals;  /* per x->attrs, "" when absent */
};

struct counts {
	int64_t hits, matched, negated, turns_with_hit;
};

/* speakers of one document with attribute values, and their counts [spk][cat] */
struct doc_data {
	LT_VEC(struct spk) spk;
	struct counts *cnt;
};

static void doc_data_release(struct ex *x, struct doc_data *dd)
{
	for (size_t i = 0; i < dd->spk.n; i++) {
		free(dd->spk.v[i].label);
		for (size_t k = 0; k < x->n_attrs; k++)
			free(dd->spk.v[i].vals[k]);
		free(dd->spk.v[i].vals);
	}
	lt_vec_release(&dd->spk);
	free(dd->cnt);
	dd->cnt = NULL;
}

struct doc_queries {
	struct store_stmt *spk, *attrs, *counts;
};

static int load_doc(struct ex *x, struct doc_queries *dq, int64_t pk, struct doc_data *dd)
{
	int r;
	store_reset(dq->spk);
	store_bind_int(dq->spk, 1, pk);
	while ((r = store_step(dq->spk, x->d)) == 1) {
		struct spk s;
		s.idx = store_col_int(dq->spk, 0);
		s.label = col_dup(dq->spk, 1);
		s.interviewer = store_col_int(dq->spk, 2) != 0;
		s.n_turns = store_col_int(dq->spk, 3);
		s.n_tokens = store_col_int(dq->spk, 4);
		s.vals = xcalloc(x->n_attrs ? x->n_attrs : 1, sizeof(char *));
		lt_vec_push(&dd->spk, s);
	}
	if (r < 0)
		return r;
	store_reset(dq->attrs);
	store_bind_int(dq->attrs, 1, pk);
	while ((r = store_step(dq->attrs, x->d)) == 1) {
		int64_t sp = store_col_int(dq->attrs, 0);
		const char *key = store_col_text(dq->attrs, 1, NULL);
		for (size_t i = 0; i < dd->spk.n; i++) {
			if (dd->spk.v[i].idx != sp)
				continue;
			for (size_t k = 0; k < x->n_attrs; k++)
				if (strcmp(x->attrs[k], key) == 0 && !dd->spk.v[i].vals[k])
					dd->spk.v[i].vals[k] = col_dup(dq->attrs, 2);
			break;
		}
	}
	if (r < 0)
		return r;
	for (size_t i = 0; i < dd->spk.n; i++)
		for (size_t k = 0; k < x->n_attrs; k++)
			if (!dd->spk.v[i].vals[k])
				dd->spk.v[i].vals[k] = xstrdup("");
	dd->cnt = xcalloc(xmul(dd->spk.n ? dd->spk.n : 1, x->n_cats ? x->n_cats : 1),
			  sizeof(struct counts));
	store_reset(dq->counts);
	store_bind_int(dq->counts, 1, pk);
	while ((r = store_step(dq->counts, x->d)) == 1) {
		int64_t sp = store_col_int(dq->counts, 0);
		size_t ci = cat_index(x, store_col_int(dq->counts, 1));
		for (size_t i = 0; i < dd->spk.n; i++)
			if (dd->spk.v[i].idx == sp) {
				struct counts *c = &dd->cnt[i * x->n_cats + ci];
				c->hits = store_col_int(dq->counts, 2);
				c->matched = store_col_int(dq->counts, 3);
				c->negated = store_col_int(dq->counts, 4);
				c->turns_with_hit = store_col_int(dq->counts, 5);
				break;
			}
	}
	return r < 0 ? r : LT_OK;
}

static int prepare_doc_queries(struct ex *x, struct doc_queries *dq)
{
	memset(dq, 0, sizeof(*dq));
	LT_TRY(store_prepare(x->s, "SELECT speaker, label, interviewer, n_turns, n_tokens"
				   " FROM speakers WHERE doc_pk = ?1 ORDER BY speaker", &dq->spk, x->d));
	LT_TRY(store_prepare(x->s, "SELECT speaker, key, value FROM speaker_attrs"
				   " WHERE doc_pk = ?1 ORDER BY speaker, key", &dq->attrs, x->d));
	LT_TRY(store_prepare(x->s, "SELECT speaker, category_id, hits, matched_tokens, negated,"
				   " turns_with_hit FROM counts WHERE doc_pk = ?1"
				   " ORDER BY speaker, category_id", &dq->counts, x->d));
	return LT_OK;
}

static void finalize_doc_queries(struct doc_queries *dq)
{
	store_finalize(dq->spk);
	store_finalize(dq->attrs);
	store_finalize(dq->counts);
}

static bool included(const struct ex *x, const struct spk *s)
{
	return x->o->include_interviewer || !s->interviewer;
}

/* document_wide's column for a front-matter key: doc_KEY, and attr_doc_KEY
 * where that would repeat a fixed column ("id" would give a second doc_id) */
static char *doc_attr_col(const char *key)
{
	if (strcmp(key, "id") == 0)
		return xasprintf("attr_doc_%s", key);
	return xasprintf("doc_%s", key);
}

/* One group of speakers: those with one value of a --by field. */
struct group {
	char *value;
	int64_t documents, speakers, turns, tokens;
	struct counts *cnt;   /* per category */
	int64_t *docs_with_hit;
	size_t last_doc;      /* accumulating: 1 + the last document counted */
	size_t *last_doc_cat; /* ... per category */
};

/*
 * Every --by field's groups, accumulated while per_document_tables reads
 * the documents (so the grouped tables need no aggregate query), then
 * sorted by value (byte order, as SQLite's ORDER BY).
 */
struct field_groups {
	struct group *g;
	size_t n, cap;
	long attr;            /* index in x->attrs; -1: no speaker has the field */
	struct intern ids;    /* value -> index in g, while accumulating */
};

static void groups_init(struct ex *x, struct field_groups *fg)
{
	for (size_t b = 0; b < x->n_by; b++) {
		fg[b].attr = -1;
		for (size_t k = 0; k < x->n_attrs; k++)
			if (strcmp(x->attrs[k], x->by[b]) == 0)
				fg[b].attr = (long)k;
		intern_init(&fg[b].ids);
	}
}

/* the included speakers of document di into their groups */
static void groups_add_doc(struct ex *x, struct field_groups *fg, size_t di,
			   const struct doc_data *dd)
{
	size_t nc = x->n_cats ? x->n_cats : 1;
	for (size_t b = 0; b < x->n_by; b++) {
		struct field_groups *f = &fg[b];
		for (size_t i = 0; i < dd->spk.n; i++) {
			const struct spk *s = &dd->spk.v[i];
			if (!included(x, s))
				continue;
			const char *v = f->attr >= 0 ? s->vals[f->attr] : "";
			uint32_t id = intern_put(&f->ids, v, strlen(v));
			if (id == f->n) {
				if (f->n == f->cap) {
					f->cap = f->cap ? 2 * f->cap : 16;
					f->g = xrealloc(f->g, xmul(f->cap, sizeof(*f->g)));
				}
				struct group *ng = &f->g[f->n++];
				memset(ng, 0, sizeof(*ng));
				ng->value = xstrdup(v);
				ng->cnt = xcalloc(nc, sizeof(struct counts));
				ng->docs_with_hit = xcalloc(nc, sizeof(int64_t));
				ng->last_doc_cat = xcalloc(nc, sizeof(size_t));
			}
			struct group *g = &f->g[id];
			if (g->last_doc != di + 1) {
				g->last_doc = di + 1;
				g->documents++;
			}
			g->speakers++;
			g->turns += s->n_turns;
			g->tokens += s->n_tokens;
			for (size_t ci = 0; ci < x->n_cats; ci++) {
				const struct counts *c = &dd->cnt[i * x->n_cats + ci];
				if (!c->hits && !c->matched && !c->negated && !c->turns_with_hit)
					continue;     /* no counts row */
				g->cnt[ci].hits += c->hits;
				g->cnt[ci].matched += c->matched;
				g->cnt[ci].negated += c->negated;
				g->cnt[ci].turns_with_hit += c->turns_with_hit;
				if (g->last_doc_cat[ci] != di + 1) {
					g->last_doc_cat[ci] = di + 1;
					g->docs_with_hit[ci]++;
				}
			}
		}
	}
}

static int cmp_group(const void *a, const void *b)
{
	return strcmp(((const struct group *)a)->value, ((const struct group *)b)->value);
}

static void groups_finish(struct ex *x, struct field_groups *fg)
{
	for (size_t b = 0; b < x->n_by; b++) {
		lt_qsort(fg[b].g, fg[b].n, sizeof(*fg[b].g), cmp_group);
		for (size_t i = 0; i < fg[b].n; i++) {
			free(fg[b].g[i].last_doc_cat);
			fg[b].g[i].last_doc_cat = NULL;
		}
		intern_release(&fg[b].ids);
	}
}

static void groups_release(struct ex *x, struct field_groups *fg)
{
	for (size_t b = 0; b < x->n_by; b++) {
		for (size_t i = 0; i < fg[b].n; i++) {
			free(fg[b].g[i].value);
			free(fg[b].g[i].cnt);
			free(fg[b].g[i].docs_with_hit);
			free(fg[b].g[i].last_doc_cat);
		}
		free(fg[b].g);
		intern_release(&fg[b].ids);
	}
}

/* the groups alone, for lextab report */
static int collect_groups(struct ex *x, struct field_groups *fg)
{
	struct doc_row *docs = NULL;
	size_t nd = 0;
	LT_TRY(load_docs(x, &docs, &nd));
	struct doc_queries dq;
	int rc = prepare_doc_queries(x, &dq);
	for (size_t di = 0; di < nd && rc == LT_OK; di++) {
		struct doc_data dd;
		memset(&dd, 0, sizeof(dd));
		rc = load_doc(x, &dq, docs[di].pk, &dd);
		if (rc == LT_OK)
			groups_add_doc(x, fg, di, &dd);
		doc_data_release(x, &dd);
	}
	finalize_doc_queries(&dq);
	free_docs(docs, nd);
	return rc;
}

/* speaker_category.csv and document_wide.csv, one pass over the documents,
 * which also fills the groups of every --by field */
static int per_document_tables(struct ex *x, struct field_groups *fg)
{
	struct writer *sc = &x->w[T_SPEAKER_CATEGORY], *dw = &x->w[T_DOCUMENT_WIDE];
	bool by_speaker = x->o->wide_by && strcmp(x->o->wide_by, "speaker") == 0;
	/* headers */
	w_str(sc, "doc_id");
	w_str(sc, "speaker");
	for (size_t k = 0; k < x->n_attrs; k++)
		w_str(sc, x->attr_cols[k]);
	static const char *const sc_tail[] = { "theme", "category", "tokens", "hits",
					       "matched_tokens", "negated", NULL };
	for (size_t i = 0; sc_tail[i]; i++)
		w_str(sc, sc_tail[i]);
	w_end(sc);
	w_str(dw, "doc_id");
	if (by_speaker) {
		w_str(dw, "speaker");
		for (size_t k = 0; k < x->n_attrs; k++)
			w_str(dw, x->attr_cols[k]);
	} else {
		for (size_t k = 0; k < x->n_doc_attrs; k++) {
			char *c = doc_attr_col(x->doc_attrs[k]);
			w_str(dw, c);
			free(c);
		}
		w_str(dw, "speakers");
	}
	w_str(dw, "turns");
	w_str(dw, "tokens");
	for (size_t i = 0; i < x->n_cats; i++) {
		char *h = xasprintf("%s_hits", x->cats[i].col);
		char *p = xasprintf("%s_pct", x->cats[i].col);
		w_str(dw, h);
		w_str(dw, p);
		free(h);
		free(p);
	}
	w_end(dw);

	struct doc_row *docs = NULL;
	size_t nd = 0;
	LT_TRY(load_docs(x, &docs, &nd));
	struct doc_queries dq;
	int rc = prepare_doc_queries(x, &dq);
	struct store_stmt *da = NULL;
	if (rc == LT_OK)
		rc = store_prepare(x->s, "SELECT key, value FROM document_attrs WHERE doc_pk = ?1"
					 " ORDER BY key", &da, x->d);
	struct counts *sum = xcalloc(x->n_cats ? x->n_cats : 1, sizeof(*sum));
	for (size_t di = 0; di < nd && rc == LT_OK; di++) {
		struct doc_data dd;
		memset(&dd, 0, sizeof(dd));
		rc = load_doc(x, &dq, docs[di].pk, &dd);
		if (rc < 0) {
			doc_data_release(x, &dd);
			break;
		}
		groups_add_doc(x, fg, di, &dd);
		for (size_t i = 0; i < dd.spk.n; i++) {
			const struct spk *s = &dd.spk.v[i];
			for (size_t ci = 0; ci < x->n_cats; ci++) {
				const struct counts *c = &dd.cnt[i * x->n_cats + ci];
				w_str(sc, docs[di].doc_id);
				w_str(sc, s->label);
				for (size_t k = 0; k < x->n_attrs; k++)
					w_str(sc, s->vals[k]);
				w_str(sc, x->cats[ci].theme);
				w_str(sc, x->cats[ci].name);
				w_int(sc, s->n_tokens);
				w_int(sc, c->hits);
				w_int(sc, c->matched);
				w_int(sc, c->negated);
				w_end(sc);
			}
			if (by_speaker && included(x, s)) {
				w_str(dw, docs[di].doc_id);
				w_str(dw, s->label);
				for (size_t k = 0; k < x->n_attrs; k++)
					w_str(dw, s->vals[k]);
				w_int(dw, s->n_turns);
				w_int(dw, s->n_tokens);
				for (size_t ci = 0; ci < x->n_cats; ci++) {
					const struct counts *c = &dd.cnt[i * x->n_cats + ci];
					w_int(dw, c->hits);
					w_ratio(dw, (double)c->matched, (double)s->n_tokens, 100.0);
				}
				w_end(dw);
			}
		}
		if (!by_speaker) {
			int64_t nsp = 0, turns = 0, tokens = 0;
			memset(sum, 0, x->n_cats * sizeof(*sum));
			for (size_t i = 0; i < dd.spk.n; i++) {
				const struct spk *s = &dd.spk.v[i];
				if (!included(x, s))
					continue;
				nsp++;
				turns += s->n_turns;
				tokens += s->n_tokens;
				for (size_t ci = 0; ci < x->n_cats; ci++) {
					sum[ci].hits += dd.cnt[i * x->n_cats + ci].hits;
					sum[ci].matched += dd.cnt[i * x->n_cats + ci].matched;
				}
			}
			w_str(dw, docs[di].doc_id);
			char **vals = xcalloc(x->n_doc_attrs ? x->n_doc_attrs : 1, sizeof(char *));
			store_reset(da);
			store_bind_int(da, 1, docs[di].pk);
			int r;
			while ((r = store_step(da, x->d)) == 1) {
				const char *key = store_col_text(da, 0, NULL);
				for (size_t k = 0; k < x->n_doc_attrs; k++)
					if (strcmp(key, x->doc_attrs[k]) == 0 && !vals[k])
						vals[k] = col_dup(da, 1);
			}
			if (r < 0)
				rc = r;
			for (size_t k = 0; k < x->n_doc_attrs; k++) {
				w_str(dw, vals[k] ? vals[k] : "");
				free(vals[k]);
			}
			free(vals);
			w_int(dw, nsp);
			w_int(dw, turns);
			w_int(dw, tokens);
			for (size_t ci = 0; ci < x->n_cats; ci++) {
				w_int(dw, sum[ci].hits);
				w_ratio(dw, (double)sum[ci].matched, (double)tokens, 100.0);
			}
			w_end(dw);
		}
		doc_data_release(x, &dd);
	}
	free(sum);
	store_finalize(da);
	finalize_doc_queries(&dq);
	free_docs(docs, nd);
	return rc;
}

/* ------------------------------------------------------------ grouped */

static int role_category(struct ex *x, const struct field_groups *fg)
{
	struct writer *w = &x->w[T_ROLE_CATEGORY];
	static const char *const hdr[] = { "field", "value", "theme", "category", "documents",
					   "speakers", "turns", "tokens", "hits", "matched_tokens",
					   "negated", "rate_per_1000", "turns_with_hit",
					   "share_turns_with_hit", "documents_with_hit", NULL };
	w_header(w, hdr);
	for (size_t b = 0; b < x->n_by; b++) {
		const struct group *g = fg[b].g;
		for (size_t gi = 0; gi < fg[b].n; gi++)
			for (size_t ci = 0; ci < x->n_cats; ci++) {
				const struct counts *c = &g[gi].cnt[ci];
				w_str(w, x->by[b]);
				w_str(w, g[gi].value);
				w_str(w, x->cats[ci].theme);
				w_str(w, x->cats[ci].name);
				w_int(w, g[gi].documents);
				w_int(w, g[gi].speakers);
				w_int(w, g[gi].turns);
				w_int(w, g[gi].tokens);
				w_int(w, c->hits);
				w_int(w, c->matched);
				w_int(w, c->negated);
				w_ratio(w, (double)c->hits, (double)g[gi].tokens, 1000.0);
				w_int(w, c->turns_with_hit);
				w_ratio(w, (double)c->turns_with_hit, (double)g[gi].turns, 1.0);
				w_int(w, g[gi].docs_with_hit[ci]);
				w_end(w);
			}
	}
	return LT_OK;
}

/* ------------------------------------------------------------ hit scan
 *
 * entries.csv, theme_summary's top forms and cooccurrence.csv all come from
 * one pass over the hits in primary-key order (documents ascending, a
 * turn's hits together, by category), merged in memory with the speakers:
 * no GROUP BY, no join, no sort in SQLite.
 */

struct scan_spk {
	int64_t doc_pk, speaker;
	bool interviewer;
	uint32_t *gidx;          /* per --by field: group index, UINT32_MAX: none */
};

struct tally {
	struct intern keys;      /* binary keys -> dense ids */
	LT_VEC(int64_t) n;       /* per id: hits */
};

struct scan {
	LT_VEC(struct scan_spk) spk;
	uint32_t *gidx_pool;
	struct tally entries;    /* key: category, entry, form */
	struct tally forms;      /* key: category, form */
	int64_t **both;          /* per field: [group][a][b] turns with both (a < b) */
	size_t nc;               /* non-theme categories */
	size_t *pos;             /* category index -> non-theme index, SIZE_MAX for rows */
	size_t *ix;              /* non-theme index -> category index */
};

static void tally_add(struct tally *t, const char *key, size_t len)
{
	uint32_t id = intern_put(&t->keys, key, len);
	if (id == t->n.n)
		lt_vec_push(&t->n, 0);
	t->n.v[id]++;
}

static void scan_release(struct ex *x, struct scan *sc)
{
	lt_vec_release(&sc->spk);
	free(sc->gidx_pool);
	intern_release(&sc->entries.keys);
	lt_vec_release(&sc->entries.n);
	intern_release(&sc->forms.keys);
	lt_vec_release(&sc->forms.n);
	for (size_t b = 0; sc->both && b < x->n_by; b++)
		free(sc->both[b]);
	free(sc->both);
	free(sc->pos);
	free(sc->ix);
}

static size_t find_group(const struct field_groups *fg, const char *v)
{
	size_t lo = 0, hi = fg->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int r = strcmp(fg->g[mid].value, v);
		if (r == 0)
			return mid;
		if (r < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return SIZE_MAX;
}

/* speakers in (doc_pk, speaker) order with their group per field */
static int scan_speakers(struct ex *x, const struct field_groups *fg, struct scan *sc)
{
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(x->s, "SELECT doc_pk, speaker, interviewer FROM speakers"
				   " ORDER BY doc_pk, speaker", &q, x->d));
	int r;
	while ((r = store_step(q, x->d)) == 1) {
		struct scan_spk sp = { store_col_int(q, 0), store_col_int(q, 1),
				       store_col_int(q, 2) != 0, NULL };
		lt_vec_push(&sc->spk, sp);
	}
	store_finalize(q);
	LT_TRY(r);
	size_t nb = x->n_by, ns = sc->spk.n;
	sc->gidx_pool = xmalloc(xmul(ns && nb ? ns * nb : 1, sizeof(uint32_t)));
	for (size_t i = 0; i < ns; i++)
		sc->spk.v[i].gidx = sc->gidx_pool + i * nb;
	for (size_t b = 0; b < nb; b++) {
		/* without the attribute: the "" group (when the speaker is in one) */
		size_t none = find_group(&fg[b], "");
		for (size_t i = 0; i < ns; i++) {
			bool in = x->o->include_interviewer || !sc->spk.v[i].interviewer;
			sc->spk.v[i].gidx[b] = in && none != SIZE_MAX ? (uint32_t)none : UINT32_MAX;
		}
		LT_TRY(store_prepare(x->s, "SELECT doc_pk, speaker, value FROM speaker_attrs"
					   " WHERE key = ?1 ORDER BY doc_pk, speaker", &q, x->d));
		store_bind_text(q, 1, x->by[b]);
		size_t k = 0;
		while ((r = store_step(q, x->d)) == 1) {
			int64_t dpk = store_col_int(q, 0), spn = store_col_int(q, 1);
			while (k < ns && (sc->spk.v[k].doc_pk < dpk ||
					  (sc->spk.v[k].doc_pk == dpk && sc->spk.v[k].speaker < spn)))
				k++;
			if (k == ns || sc->spk.v[k].doc_pk != dpk || sc->spk.v[k].speaker != spn)
				continue;
			bool in = x->o->include_interviewer || !sc->spk.v[k].interviewer;
			size_t gi = find_group(&fg[b], store_col_text(q, 2, NULL));
			sc->spk.v[k].gidx[b] = in && gi != SIZE_MAX ? (uint32_t)gi : UINT32_MAX;
		}
		store_finalize(q);
		LT_TRY(r);
	}
	return LT_OK;
}

/* pairs of the categories hit in one turn, for every --by field */
static void flush_turn(struct ex *x, struct scan *sc, const struct field_groups *fg,
		       const struct scan_spk *sp, const size_t *in, size_t nin)
{
	if (!sp || nin < 2)
		return;
	for (size_t b = 0; b < x->n_by; b++) {
		uint32_t g = sp->gidx[b];
		if (g == UINT32_MAX || g >= fg[b].n)
			continue;
		int64_t *m = sc->both[b] + (size_t)g * sc->nc * sc->nc;
		for (size_t a = 0; a < nin; a++)
			for (size_t c = a + 1; c < nin; c++)
				m[in[a] * sc->nc + in[c]]++;
	}
}

static int scan_hits(struct ex *x, const struct field_groups *fg, struct scan *sc)
{
	memset(sc, 0, sizeof(*sc));
	intern_init(&sc->entries.keys);
	intern_init(&sc->forms.keys);
	sc->pos = xmalloc((x->n_cats ? x->n_cats : 1) * sizeof(size_t));
	sc->ix = xmalloc((x->n_cats ? x->n_cats : 1) * sizeof(size_t));
	for (size_t i = 0; i < x->n_cats; i++) {
		sc->pos[i] = SIZE_MAX;
		if (!x->cats[i].theme_row) {
			sc->pos[i] = sc->nc;
			sc->ix[sc->nc++] = i;
		}
	}
	sc->both = xcalloc(x->n_by ? x->n_by : 1, sizeof(int64_t *));
	for (size_t b = 0; b < x->n_by; b++)
		sc->both[b] = xcalloc(xmul(fg[b].n ? fg[b].n : 1,
					   xmul(sc->nc ? sc->nc : 1, sc->nc ? sc->nc : 1)),
				      sizeof(int64_t));
	LT_TRY(scan_speakers(x, fg, sc));

	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(x->s, "SELECT doc_pk, turn, category_id, speaker, entry_id, form"
				   " FROM hits ORDER BY doc_pk, turn, category_id, tok_start",
			     &q, x->d));
	size_t *in = xmalloc((sc->nc ? sc->nc : 1) * sizeof(size_t));
	size_t nin = 0;
	int64_t cur_doc = -1, cur_turn = -1;
	size_t doc_first = 0;
	const struct scan_spk *turn_sp = NULL;
	LT_VEC(char) key = { 0 };
	int r;
	while ((r = store_step(q, x->d)) == 1) {
		int64_t dpk = store_col_int(q, 0), turn = store_col_int(q, 1);
		if (dpk != cur_doc || turn != cur_turn) {
			flush_turn(x, sc, fg, turn_sp, in, nin);
			nin = 0;
			if (dpk != cur_doc) {
				while (doc_first < sc->spk.n && sc->spk.v[doc_first].doc_pk < dpk)
					doc_first++;
			}
			cur_doc = dpk;
			cur_turn = turn;
			turn_sp = NULL;
		}
		int64_t spn = store_col_int(q, 3);
		size_t si = doc_first + (size_t)spn;
		const struct scan_spk *sp = spn >= 0 && si < sc->spk.n && sc->spk.v[si].doc_pk == dpk &&
					    sc->spk.v[si].speaker == spn ? &sc->spk.v[si] : NULL;
		if (!sp || !(x->o->include_interviewer || !sp->interviewer))
			continue;
		turn_sp = sp;
		uint32_t cat = (uint32_t)cat_index(x, store_col_int(q, 2));
		uint32_t ent = (uint32_t)store_col_int(q, 4);
		size_t fl;
		const char *form = store_col_text(q, 5, &fl);
		key.n = 0;
		lt_vec_reserve(&key, fl + 8);
		memcpy(key.v, &cat, 4);
		memcpy(key.v + 4, &ent, 4);
		memcpy(key.v + 8, form, fl);
		tally_add(&sc->entries, key.v, fl + 8);
		memcpy(key.v + 4, form, fl);
		tally_add(&sc->forms, key.v, fl + 4);
		size_t p = sc->pos[cat];
		if (p != SIZE_MAX && (!nin || in[nin - 1] != p))
			in[nin++] = p; /* a turn's hits come by category: dedupe adjacent */
	}
	flush_turn(x, sc, fg, turn_sp, in, nin);
	store_finalize(q);
	free(in);
	lt_vec_release(&key);
	return r < 0 ? r : LT_OK;
}

static int cooccurrence(struct ex *x, const struct field_groups *fg, const struct scan *sc)
{
	struct writer *w = &x->w[T_COOCCURRENCE];
	static const char *const hdr[] = { "field", "value", "category_a", "category_b",
					   "turns_both", "turns_either", "turns", NULL };
	w_header(w, hdr);
	size_t nc = sc->nc;
	for (size_t b = 0; b < x->n_by; b++) {
		const struct group *g = fg[b].g;
		for (size_t gi = 0; gi < fg[b].n; gi++)
			for (size_t a = 0; a < nc; a++)
				for (size_t c2 = a + 1; c2 < nc; c2++) {
					int64_t bt = sc->both[b][(gi * nc + a) * nc + c2];
					int64_t ea = g[gi].cnt[sc->ix[a]].turns_with_hit;
					int64_t eb = g[gi].cnt[sc->ix[c2]].turns_with_hit;
					w_str(w, x->by[b]);
					w_str(w, g[gi].value);
					w_str(w, x->cats[sc->ix[a]].name);
					w_str(w, x->cats[sc->ix[c2]].name);
					w_int(w, bt);
					w_int(w, ea + eb - bt);
					w_int(w, g[gi].turns);
					w_end(w);
				}
	}
	return LT_OK;
}

/* ------------------------------------------------------------ summaries */

/* a tally's keys as rows, sorted by key bytes (category id in host order
 * first, so compare it numerically, then the rest bytewise) */
struct tally_row {
	uint32_t cat, ent;
	const char *form;
	size_t flen;
	int64_t n;
};

static int cmp_tally_entries(const void *a, const void *b)
{
	const struct tally_row *x = a, *y = b;
	if (x->cat != y->cat)
		return x->cat < y->cat ? -1 : 1;
	if (x->ent != y->ent)
		return x->ent < y->ent ? -1 : 1;
	size_t m = LT_MIN(x->flen, y->flen);
	int r = memcmp(x->form, y->form, m);
	if (r)
		return r;
	return x->flen < y->flen ? -1 : x->flen > y->flen;
}

/* top forms: by category, most hits first, then the form */
static int cmp_tally_forms(const void *a, const void *b)
{
	const struct tally_row *x = a, *y = b;
	if (x->cat != y->cat)
		return x->cat < y->cat ? -1 : 1;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	size_t m = LT_MIN(x->flen, y->flen);
	int r = memcmp(x->form, y->form, m);
	if (r)
		return r;
	return x->flen < y->flen ? -1 : x->flen > y->flen;
}

static struct tally_row *tally_rows(const struct tally *t, bool with_entry, size_t *n)
{
	*n = t->n.n;
	struct tally_row *v = xmalloc(xmul(*n ? *n : 1, sizeof(*v)));
	size_t head = with_entry ? 8 : 4;
	for (size_t i = 0; i < *n; i++) {
		lt_str k = intern_str(&t->keys, (uint32_t)i);
		memcpy(&v[i].cat, k.ptr, 4);
		v[i].ent = 0;
		if (with_entry)
			memcpy(&v[i].ent, k.ptr + 4, 4);
		v[i].form = k.ptr + head;
		v[i].flen = k.len - head;
		v[i].n = t->n.v[i];
	}
	return v;
}

static int theme_summary(struct ex *x, const struct scan *sc)
{
	struct writer *w = &x->w[T_THEME_SUMMARY];
	static const char *const hdr[] = { "theme", "category", "hits", "matched_tokens", "negated",
					   "documents_with_hit", "speakers_with_hit", "tokens",
					   "rate_per_1000", "top_forms", "precision", "precision_low",
					   "precision_high", "precision_n", "recall", "recall_low",
					   "recall_high", "recall_n", NULL };
	w_header(w, hdr);
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(x->s, "SELECT COALESCE(SUM(n_tokens), 0) FROM speakers"
				   " WHERE ?1 OR interviewer = 0", &q, x->d));
	store_bind_int(q, 1, x->o->include_interviewer);
	int r = store_step(q, x->d);
	int64_t tokens = r == 1 ? store_col_int(q, 0) : 0;
	store_finalize(q);
	LT_TRY(r);
	struct agg {
		int64_t hits, matched, negated, docs, speakers;
		char *top;
		int ntop;
	} *a = xcalloc(x->n_cats ? x->n_cats : 1, sizeof(*a));
	int rc = store_prepare(x->s, "SELECT c.category_id, SUM(c.hits), SUM(c.matched_tokens),"
				     " SUM(c.negated), COUNT(DISTINCT c.doc_pk), COUNT(*)"
				     " FROM counts c JOIN speakers s ON s.doc_pk = c.doc_pk AND"
				     " s.speaker = c.speaker WHERE ?1 OR s.interviewer = 0"
				     " GROUP BY c.category_id", &q, x->d);
	if (rc == LT_OK) {
		store_bind_int(q, 1, x->o->include_interviewer);
		while ((r = store_step(q, x->d)) == 1) {
			size_t ci = cat_index(x, store_col_int(q, 0));
			a[ci].hits = store_col_int(q, 1);
			a[ci].matched = store_col_int(q, 2);
			a[ci].negated = store_col_int(q, 3);
			a[ci].docs = store_col_int(q, 4);
			a[ci].speakers = store_col_int(q, 5);
		}
		if (r < 0)
			rc = r;
	}
	store_finalize(q);
	size_t nrows;
	struct tally_row *rows = tally_rows(&sc->forms, false, &nrows);
	lt_qsort(rows, nrows, sizeof(*rows), cmp_tally_forms);
	for (size_t i = 0; i < nrows; i++) {
		struct agg *g = &a[rows[i].cat];
		if (g->ntop++ >= 5)
			continue;
		char *t = xasprintf("%s%s%.*s (%lld)", g->top ? g->top : "", g->top ? "; " : "",
				    (int)rows[i].flen, rows[i].form, (long long)rows[i].n);
		free(g->top);
		g->top = t;
	}
	free(rows);
	for (size_t ci = 0; ci < x->n_cats && rc == LT_OK; ci++) {
		w_str(w, x->cats[ci].theme);
		w_str(w, x->cats[ci].name);
		w_int(w, a[ci].hits);
		w_int(w, a[ci].matched);
		w_int(w, a[ci].negated);
		w_int(w, a[ci].docs);
		w_int(w, a[ci].speakers);
		w_int(w, tokens);
		w_ratio(w, (double)a[ci].hits, (double)tokens, 1000.0);
		w_str(w, a[ci].top ? a[ci].top : "");
		w_validation(x, w, ci);
		w_end(w);
	}
	for (size_t ci = 0; ci < x->n_cats; ci++)
		free(a[ci].top);
	free(a);
	return rc;
}

static int entries_table(struct ex *x, const struct scan *sc)
{
	struct writer *w = &x->w[T_ENTRIES];
	static const char *const hdr[] = { "theme", "category", "source", "entry", "form", "hits",
					   NULL };
	w_header(w, hdr);
	size_t nrows;
	struct tally_row *rows = tally_rows(&sc->entries, true, &nrows);
	lt_qsort(rows, nrows, sizeof(*rows), cmp_tally_entries);
	for (size_t i = 0; i < nrows; i++) {
		const struct tally_row *t = &rows[i];
		const struct entry *en = t->ent < x->n_entries ? &x->entries[t->ent] : NULL;
		w_str(w, x->cats[t->cat].theme);
		w_str(w, x->cats[t->cat].name);
		w_str(w, en ? en->source : "");
		w_str(w, en ? en->text : "");
		w_field(w, t->form, t->flen);
		w_int(w, t->n);
		w_end(w);
	}
	free(rows);
	return LT_OK;
}

/* ------------------------------------------------------------ codebook */

static void describe(struct ex *x)
{
	const char *iv = x->o->include_interviewer ? "interviewers included (--include-interviewer)"
						   : "interviewers left out";
	char *t;
	doc_col(x, "speaker_category", "doc_id", "text", "document id: path relative to the input folder, without extension");
	doc_col(x, "speaker_category", "speaker", "text", "speaker label as written (empty: text before the first label)");
	for (size_t k = 0; k < x->n_attrs; k++) {
		t = xasprintf("speaker attribute '%s' (metadata, front matter or label); empty when unknown",
			      x->attrs[k]);
		doc_col(x, "speaker_category", x->attr_cols[k], "text", t);
		free(t);
	}
	doc_col(x, "speaker_category", "theme", "text", "lexicon theme");
	doc_col(x, "speaker_category", "category", "text", "category THEME.NAME; THEME.* is the theme-level row");
	doc_col(x, "speaker_category", "tokens", "integer", "tokens the speaker said in the document (all categories share it)");
	doc_col(x, "speaker_category", "hits", "integer", "hits: matches taken by leftmost-longest selection");
	doc_col(x, "speaker_category", "matched_tokens", "integer", "tokens covered by the hits (a 3-word phrase: 1 hit, 3 tokens)");
	doc_col(x, "speaker_category", "negated", "integer", "hits with a negator among the 3 tokens before, in the same clause");

	t = xasprintf("grouping field (--by); %s", iv);
	doc_col(x, "role_category", "field", "text", t);
	free(t);
	doc_col(x, "role_category", "value", "text", "value of the field (empty: speakers without a value)");
	doc_col(x, "role_category", "theme", "text", "lexicon theme");
	doc_col(x, "role_category", "category", "text", "category THEME.NAME; THEME.* is the theme-level row");
	doc_col(x, "role_category", "documents", "integer", "documents with at least one speaker of this value");
	doc_col(x, "role_category", "speakers", "integer", "speakers (speaker-in-document units) of this value");
	doc_col(x, "role_category", "turns", "integer", "turns of these speakers");
	doc_col(x, "role_category", "tokens", "integer", "tokens of these speakers");
	doc_col(x, "role_category", "hits", "integer", "hits of the category");
	doc_col(x, "role_category", "matched_tokens", "integer", "tokens covered by the hits");
	doc_col(x, "role_category", "negated", "integer", "negated hits (a subset of hits)");
	doc_col(x, "role_category", "rate_per_1000", "decimal", "1000 * hits / tokens (empty when tokens = 0)");
	doc_col(x, "role_category", "turns_with_hit", "integer", "turns with at least one hit of the category");
	doc_col(x, "role_category", "share_turns_with_hit", "decimal", "turns_with_hit / turns (empty when turns = 0)");
	doc_col(x, "role_category", "documents_with_hit", "integer", "documents where these speakers have at least one hit");

	bool by_speaker = x->o->wide_by && strcmp(x->o->wide_by, "speaker") == 0;
	doc_col(x, "document_wide", "doc_id", "text", "document id");
	if (by_speaker) {
		doc_col(x, "document_wide", "speaker", "text", "speaker label");
		for (size_t k = 0; k < x->n_attrs; k++)
			doc_col(x, "document_wide", x->attr_cols[k], "text", "speaker attribute");
	} else {
		for (size_t k = 0; k < x->n_doc_attrs; k++) {
			char *c = doc_attr_col(x->doc_attrs[k]);
			doc_col(x, "document_wide", c, "text", "document attribute (front matter)");
			free(c);
		}
		t = xasprintf("speakers counted in the row (%s)", iv);
		doc_col(x, "document_wide", "speakers", "integer", t);
		free(t);
	}
	doc_col(x, "document_wide", "turns", "integer", "turns counted in the row");
	doc_col(x, "document_wide", "tokens", "integer", "tokens counted in the row");
	for (size_t i = 0; i < x->n_cats; i++) {
		char *c1 = xasprintf("%s_hits", x->cats[i].col);
		char *m1 = xasprintf("hits of %s", x->cats[i].name);
		char *c2 = xasprintf("%s_pct", x->cats[i].col);
		char *m2 = xasprintf("100 * matched tokens of %s / tokens (LIWC's percentage of words)",
				     x->cats[i].name);
		doc_col_cat(x, "document_wide", c1, "integer", m1, i);
		doc_col_cat(x, "document_wide", c2, "decimal", m2, i);
		free(c1);
		free(m1);
		free(c2);
		free(m2);
	}
	t = xasprintf("lexicon theme (%s)", iv);
	doc_col(x, "theme_summary", "theme", "text", t);
	free(t);
	doc_col(x, "theme_summary", "category", "text", "category THEME.NAME; THEME.* is the theme-level row");
	doc_col(x, "theme_summary", "hits", "integer", "hits in the whole corpus");
	doc_col(x, "theme_summary", "matched_tokens", "integer", "tokens covered by the hits");
	doc_col(x, "theme_summary", "negated", "integer", "negated hits");
	doc_col(x, "theme_summary", "documents_with_hit", "integer", "documents with at least one hit");
	doc_col(x, "theme_summary", "speakers_with_hit", "integer", "speaker-in-document units with at least one hit");
	doc_col(x, "theme_summary", "tokens", "integer", "tokens in the corpus (the denominator)");
	doc_col(x, "theme_summary", "rate_per_1000", "decimal", "1000 * hits / tokens");
	doc_col(x, "theme_summary", "top_forms", "text", "the five most frequent matched forms with their hits, 'form (n); ...'");
	describe_validation(x, "theme_summary");
	t = xasprintf("grouping field (--by); %s; theme rows left out", iv);
	doc_col(x, "cooccurrence", "field", "text", t);
	free(t);
	doc_col(x, "cooccurrence", "value", "text", "value of the field");
	doc_col(x, "cooccurrence", "category_a", "text", "first category of the pair (lexicon order)");
	doc_col(x, "cooccurrence", "category_b", "text", "second category of the pair");
	doc_col(x, "cooccurrence", "turns_both", "integer", "turns with hits of both categories");
	doc_col(x, "cooccurrence", "turns_either", "integer", "turns with a hit of at least one of them");
	doc_col(x, "cooccurrence", "turns", "integer", "all turns of the group (the denominator)");
	t = xasprintf("lexicon theme (%s)", iv);
	doc_col(x, "entries", "theme", "text", t);
	free(t);
	doc_col(x, "entries", "category", "text", "category credited");
	doc_col(x, "entries", "source", "text", "lexicon file:line of the entry");
	doc_col(x, "entries", "entry", "text", "the entry as written in the lexicon");
	doc_col(x, "entries", "form", "text", "the matched tokens, case-folded, joined by one space");
	doc_col(x, "entries", "hits", "integer", "hits credited to this entry with this form; they add up to the category's hits");
	doc_col(x, "codebook", "table", "text", "table name (without extension)");
	doc_col(x, "codebook", "column", "text", "column name");
	doc_col(x, "codebook", "type", "text", "text, integer or decimal");
	doc_col(x, "codebook", "meaning", "text", "what the column holds");
	describe_validation(x, "codebook");
}

static int codebook(struct ex *x)
{
	struct writer *w = &x->w[T_CODEBOOK];
	static const char *const hdr[] = { "table", "column", "type", "meaning", "precision",
					   "precision_low", "precision_high", "precision_n", "recall",
					   "recall_low", "recall_high", "recall_n", NULL };
	w_header(w, hdr);
	describe(x);
	for (size_t i = 0; i < x->codebook.n; i++) {
		char *row = x->codebook.v[i];
		char *f[4];
		f[0] = row;
		for (int k = 1; k < 4; k++) {
			f[k] = strchr(f[k - 1], '\x1f');
			*f[k]++ = '\0';
		}
		for (int k = 0; k < 4; k++)
			w_str(w, f[k]);
		w_validation(x, w, x->codebook_cat.v[i]);
		w_end(w);
	}
	/* the rules and versions in force */
	static const char *const keys[] = { "versions", "language", "counting_key", "lexicon_files" };
	for (size_t k = 0; k < LT_ARRAY_SIZE(keys); k++) {
		char *v = NULL;
		LT_TRY(store_meta_get(x->s, keys[k], &v, x->d));
		w_str(w, "(run)");
		w_str(w, keys[k]);
		w_str(w, "setting");
		w_str(w, v ? v : "");
		w_validation(x, w, SIZE_MAX);
		w_end(w);
		free(v);
	}
	w_str(w, "(run)");
	w_str(w, "counting_rules");
	w_str(w, "setting");
	w_str(w, "lextab counting rules (docs/counting-rules.md): tokens are runs of letters, "
		 "digits and marks (apostrophes inside words kept); text NFC-normalised and "
		 "case-folded; clauses end at . , ; : ? ! ( ) [ ] { } and the turn end; per "
		 "category leftmost-longest selection after exclusions; theme rows select again "
		 "over the theme's hits; a hit is negated when a negator is among the 3 tokens "
		 "before it in its clause");
	w_validation(x, w, SIZE_MAX);
	w_end(w);
	return LT_OK;
}

/* ------------------------------------------------------------ report */

/* display width of UTF-8 text: code points that are not continuation bytes */
static size_t width(const char *s)
{
	size_t w = 0;
	for (; *s; s++)
		w += ((unsigned char)*s & 0xC0) != 0x80;
	return w;
}

static void pad(FILE *out, const char *s, size_t w, bool right)
{
	size_t n = width(s);
	if (right)
		for (size_t i = n; i < w; i++)
			putc(' ', out);
	fputs(s, out);
	if (!right)
		for (size_t i = n; i < w; i++)
			putc(' ', out);
}

/* the categories' precision, flagged below --min-precision or unvalidated */
static void report_validation(struct ex *x, double min_precision, FILE *out)
{
	const double minp = min_precision > 0 ? min_precision : 0.8;
	size_t n_val = 0, w = 8;
	for (size_t ci = 0; ci < x->n_cats; ci++) {
		if (x->cats[ci].theme_row)
			continue;
		n_val += x->val[ci].has_precision;
		w = LT_MAX(w, width(x->cats[ci].name));
	}
	w = LT_MIN(w, (size_t)48);
	if (n_val == 0) {
		fprintf(out, "\nNo category of these lexicons is validated: their precision on "
			"this material is unknown\n(`lextab validate`, docs/validation.md).\n");
		return;
	}
	fprintf(out, "\nValidation: precision of hits (Wilson 95%% interval, hits judged), "
		"`lextab validate`;\nflagged: below %.2f or not validated\n\n", minp);
	pad(out, "category", w, false);
	fputs("  precision (95% CI)       n\n", out);
	for (size_t ci = 0; ci < x->n_cats; ci++) {
		const struct validation_fig *f = &x->val[ci];
		if (x->cats[ci].theme_row)
			continue;
		pad(out, x->cats[ci].name, w, false);
		if (!f->has_precision) {
			fputs("  -                             not validated\n", out);
			continue;
		}
		char cell[96];
		snprintf(cell, sizeof(cell), "%.3f (%.3f-%.3f)", f->precision, f->precision_low,
			 f->precision_high);
		fputs("  ", out);
		pad(out, cell, 19, false);
		fprintf(out, " %5llu%s\n", (unsigned long long)f->n,
			f->precision < minp ? "  below" : "");
	}
}

int tables_report(struct store *s, const struct table_opts *o, double min_precision, FILE *out,
		  struct lt_diag *d)
{
	struct ex x;
	memset(&x, 0, sizeof(x));
	x.s = s;
	x.o = o;
	x.d = d;
	int rc = load(&x);
	const char *field = o->n_by ? o->by[0] : "role";
	x.by = &field;
	x.n_by = 1;
	struct field_groups fg;
	memset(&fg, 0, sizeof(fg));
	if (rc == LT_OK) {
		groups_init(&x, &fg);
		rc = collect_groups(&x, &fg);
		groups_finish(&x, &fg);
	}
	const struct group *g = fg.g;
	size_t ng = fg.n;
	if (rc == LT_OK) {
		size_t w0 = width(field);
		for (size_t i = 0; i < ng; i++)
			w0 = LT_MAX(w0, width(g[i].value[0] ? g[i].value : "(none)"));
		w0 = LT_MIN(w0, (size_t)40);
		fprintf(out, "Theme rate per 1,000 words (share of hits negated), by %s%s\n\n", field,
			o->include_interviewer ? "" : "; interviewers left out");
		pad(out, field, w0, false);
		pad(out, "speakers", 9, true);
		pad(out, "words", 9, true);
		for (size_t ci = 0; ci < x.n_cats; ci++)
			if (x.cats[ci].theme_row) {
				fputs("  ", out);
				pad(out, x.cats[ci].theme, 16, true);
			}
		putc('\n', out);
		for (size_t i = 0; i < ng; i++) {
			pad(out, g[i].value[0] ? g[i].value : "(none)", w0, false);
			char num[64];
			snprintf(num, sizeof(num), "%lld", (long long)g[i].speakers);
			pad(out, num, 9, true);
			snprintf(num, sizeof(num), "%lld", (long long)g[i].tokens);
			pad(out, num, 9, true);
			for (size_t ci = 0; ci < x.n_cats; ci++) {
				if (!x.cats[ci].theme_row)
					continue;
				const struct counts *c = &g[i].cnt[ci];
				char cell[64];
				if (g[i].tokens > 0)
					snprintf(cell, sizeof(cell), "%.1f (%2.0f%%)",
						 1000.0 * (double)c->hits / (double)g[i].tokens,
						 c->hits ? 100.0 * (double)c->negated / (double)c->hits : 0.0);
				else
					snprintf(cell, sizeof(cell), "-");
				fputs("  ", out);
				pad(out, cell, 16, true);
			}
			putc('\n', out);
		}
	}
	if (rc == LT_OK)
		rc = load_validation(&x);
	if (rc == LT_OK)
		report_validation(&x, min_precision, out);
	groups_release(&x, &fg);
	unload(&x);
	return rc;
}

/* ------------------------------------------------------------ driver */

static int mkdirs(const char *path, struct lt_diag *d)
{
	if (!path[0])
		return lt_diag_set(d, LT_EUSAGE, "an empty output folder name");
	char *p = xstrdup(path);
	int rc = LT_OK;
	for (char *s = p + 1; ; s++) {
		if (*s == '/' || *s == '\0') {
			char c = *s;
			*s = '\0';
			if (mkdir(p, 0777) != 0 && errno != EEXIST) {
				rc = lt_diag_set(d, LT_EIO, "cannot create folder '%s': %s", p,
						 strerror(errno));
				break;
			}
			*s = c;
			if (!c)
				break;
		}
	}
	free(p);
	if (rc == LT_OK) {
		struct stat st;
		if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
			rc = lt_diag_set(d, LT_EIO, "'%s' is not a folder", path);
	}
	return rc;
}

char *tables_dir(const struct store *s, const struct table_opts *o)
{
	if (o->out_dir)
		return xstrdup(o->out_dir);
	const char *db = store_path(s);
	const char *slash = strrchr(db, '/');
	if (!slash)
		return xstrdup("tables");
	return xasprintf("%.*s/tables", (int)(slash - db), db);
}

int tables_export(struct store *s, const struct table_opts *o, struct lt_diag *d)
{
	static const char *const default_by[] = { "role" };
	if (o->wide_by && strcmp(o->wide_by, "document") != 0 && strcmp(o->wide_by, "speaker") != 0)
		return lt_diag_set(d, LT_EUSAGE, "--wide-by must be 'document' or 'speaker', not '%s'",
				   o->wide_by);
	struct ex x;
	memset(&x, 0, sizeof(x));
	x.s = s;
	x.o = o;
	x.d = d;
	x.by = o->n_by ? o->by : default_by;
	x.n_by = o->n_by ? o->n_by : 1;
	x.ext = o->tsv ? ".tsv" : ".csv";
	x.dir = tables_dir(s, o);
	int rc = mkdirs(x.dir, d);
	/* one read transaction, before anything is read: every table and the
	 * category list see the same database state even if a run commits */
	bool in_tx = false;
	if (rc == LT_OK) {
		rc = store_exec(s, "BEGIN", d);
		in_tx = rc == LT_OK;
	}
	if (rc == LT_OK)
		rc = load(&x);
	if (rc == LT_OK)
		rc = load_validation(&x);
	if (rc == LT_OK)
		remove_stale_temps(&x);
	for (int t = 0; t < T_N && rc == LT_OK; t++)
		rc = w_open(&x, t);
	struct field_groups *fg = xcalloc(x.n_by ? x.n_by : 1, sizeof(*fg));
	if (rc == LT_OK) {
		groups_init(&x, fg);
		rc = per_document_tables(&x, fg);
		groups_finish(&x, fg);
	}
	struct scan sc;
	memset(&sc, 0, sizeof(sc));
	if (rc == LT_OK)
		rc = scan_hits(&x, fg, &sc);
	if (rc == LT_OK)
		rc = role_category(&x, fg);
	if (rc == LT_OK)
		rc = theme_summary(&x, &sc);
	if (rc == LT_OK)
		rc = cooccurrence(&x, fg, &sc);
	if (rc == LT_OK)
		rc = entries_table(&x, &sc);
	scan_release(&x, &sc);
	groups_release(&x, fg);
	free(fg);
	if (rc == LT_OK)
		rc = codebook(&x);
	if (in_tx) {
		struct lt_diag d2;
		lt_diag_init(&d2);
		store_exec(s, "COMMIT", &d2);
	}
	int rc2 = w_close_all(&x, rc == LT_OK);
	if (rc == LT_OK)
		rc = rc2;
	unload(&x);
	return rc;
}
