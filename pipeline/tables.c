/* tables.c - indicator tables from the database (see tables.h).
 *
 * Numbers: counts are integers; rate_per_1000 = 1000 * hits / tokens,
 * share_turns_with_hit = turns_with_hit / turns and the *_pct columns =
 * 100 * matched_tokens / tokens are printed with 4 decimals ('.' decimal
 * point, no locale) and left empty when the denominator is 0. When an
 * entry of the lexicon weighs other than 1 (a weighted .dicx or .cat),
 * weighted_score (the sum of the credited entries' weights) and
 * weighted_rate_per_1000 follow affirmed_rate_per_1000, and document_wide
 * gains a CATEGORY_wsum column; both printed with 4 decimals. Without
 * weights the tables are what they were.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tables.h"
#include "arena.h"
#include "csv.h"
#include "statfile.h"
#include "intern.h"
#include "lexicon.h"
#include "store.h"
#include "validate.h"
#include "xalloc.h"
#include "banned.h"

const char *const tables_names[] = {
	"speaker_category", "role_category", "document_wide", "document_attributes",
	"turn_category", "theme_summary", "cooccurrence", "entries", "codebook", NULL
};

enum { T_SPEAKER_CATEGORY, T_ROLE_CATEGORY, T_DOCUMENT_WIDE, T_DOCUMENT_ATTRIBUTES,
       T_TURN_CATEGORY, T_THEME_SUMMARY, T_COOCCURRENCE, T_ENTRIES, T_CODEBOOK, T_N };

/* the tables also written as .dta/.sav (--format) */
static bool stat_table(int t)
{
	return t == T_SPEAKER_CATEGORY || t == T_ROLE_CATEGORY || t == T_DOCUMENT_WIDE ||
	       t == T_TURN_CATEGORY;
}

/* a speaker label that is empty (text before the first label) */
#define UNLABELLED "(unlabelled)"
/* longest column name: Stata's and SAS's limit */
#define NAME_MAX_LEN 32

struct fcell;

struct category {
	int64_t id;
	char *name, *theme, *short_name, *description;
	bool theme_row;
	char *col;      /* document_wide column stem, e.g. trust_confidence */
	struct fcell *f_theme, *f_name;  /* theme and name as formatted cells */
};

struct entry {
	char *source, *text;
};

struct writer {
	FILE *f;
	bool capture;   /* keep the raw cells for the .dta/.sav files */
	struct arena *ar;
	LT_VEC(const char *) cells;
	size_t n_cols;  /* the header's, once the header row is ended */
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
	char **doc_attr_cols; /* their document_wide column names */
	size_t n_doc_attrs;
	char **wide_attr_cols;/* speaker attribute columns in document_wide */
	const char *const *by;
	size_t n_by;
	struct writer w[T_N];
	LT_VEC(char *) codebook; /* "table\x1fcolumn\x1ftype\x1fmeaning\x1flabel" */
	LT_VEC(size_t) codebook_cat; /* per codebook row: category index, SIZE_MAX none */
	char *(*cbf)[5];             /* per codebook row: its fields, once split */
	struct validation_fig *val;  /* per category: `lextab validate` figures */
	struct cat_sum *sums;        /* per category: theme_summary's figures */
	bool weighted;               /* an entry weighs other than 1: weighted columns */
	struct arena cells;          /* captured cells of the .dta/.sav tables */
	LT_VEC(char *) extra_tmp;    /* .dta/.sav temporaries, renamed with the tables */
	LT_VEC(char *) extra_final;
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
	static const char *const exts[] = { ".csv", ".tsv", ".dta", ".sav" };
	while ((de = readdir(dir))) {
		const char *n = de->d_name;
		if (n[0] != '.')
			continue;
		for (int t = 0; t < T_N * 4; t++) {
			char *prefix = xasprintf(".%s%s.tmp.", tables_names[t / 4], exts[t % 4]);
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
	w->capture = (x->o->formats & (TABLES_DTA | TABLES_SAV)) && stat_table(t);
	w->ar = &x->cells;
	return LT_OK;
}

/* the raw text of a cell, for the .dta/.sav files */
static void w_cap(struct writer *w, const char *s, size_t len)
{
	if (w->capture)
		lt_vec_push(&w->cells, arena_strndup(w->ar, s, len));
}

/* w_room when the buffer is full: write it out (and grow it for k) */
static LT_NOINLINE char *w_room_flush(struct writer *w, size_t k)
{
	fwrite(w->buf, 1, w->n, w->f);
	w->n = 0;
	if (k > w->cap) {
		w->cap = LT_MAX(k, (size_t)WBUF);
		w->buf = xrealloc(w->buf, w->cap);
	}
	return w->buf;
}

/* room for k more bytes in w's buffer (inline: a call per cell otherwise) */
static inline char *w_room(struct writer *w, size_t k)
{
	if (w->n + k <= w->cap)
		return w->buf + w->n;
	return w_room_flush(w, k);
}

static void w_flush(struct writer *w)
{
	if (w->n)
		fwrite(w->buf, 1, w->n, w->f);
	w->n = 0;
}

static inline void w_sep(struct writer *w)
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
	w_cap(w, s, len);
	char *o = w_room(w, CSV_FIELD_MAX(len));
	w->n += csv_format_field(o, s, len, w->delim, w->excel);
}

static void w_str(struct writer *w, const char *s)
{
	w_field(w, s, strlen(s));
}

/*
 * A text cell formatted once for the many rows that repeat it (a
 * category's theme and name on every speaker's row, a document's id and a
 * speaker's label on each of its rows): the writers share one delimiter
 * and excel_safe setting, so the formatted bytes are the same for all.
 */
struct fcell {
	const char *raw;
	size_t rlen, flen;
	char *fmt;
};

static void fcell_set(const struct ex *x, struct fcell *c, const char *raw)
{
	c->raw = raw;
	c->rlen = strlen(raw);
	c->fmt = xmalloc(CSV_FIELD_MAX(c->rlen));
	c->flen = csv_format_field(c->fmt, raw, c->rlen, x->o->tsv ? '\t' : ',',
				   x->o->excel_safe);
}

static void fcell_free(struct fcell *c)
{
	free(c->fmt);
	c->fmt = NULL;
}

static void w_fcell(struct writer *w, const struct fcell *c)
{
	w_sep(w);
	w_cap(w, c->raw, c->rlen);
	memcpy(w_room(w, c->flen), c->fmt, c->flen);
	w->n += c->flen;
}

/* the same digits as "%lld", without printf's format parsing (the dense
 * tables are mostly small integers) */
static void w_int(struct writer *w, int64_t v)
{
	w_sep(w);
	if (v >= 0 && v < 10 && !w->capture) { /* most cells of the dense tables */
		*w_room(w, 1) = (char)('0' + v);
		w->n++;
		return;
	}
	char buf[24], *e = buf + sizeof(buf), *p = e;
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		*--p = '-';
	size_t k = (size_t)(e - p);
	w_cap(w, p, k);
	char *o = w_room(w, k);
	for (size_t i = 0; i < k; i++)
		o[i] = p[i];
	w->n += k;
}

/* scale * num / den with 4 decimals, or empty when den is 0 */
static void w_ratio(struct writer *w, double num, double den, double scale)
{
	w_sep(w);
	if (den > 0 && num == 0) {
		w_cap(w, "0.0000", 6);
		memcpy(w_room(w, 6), "0.0000", 6);   /* what %.4f prints for +0.0 */
		w->n += 6;
	} else if (den > 0) {
		char b[CSV_4DP_MAX];   /* %.4f of the largest double: 309 digits + 5 */
		size_t k = csv_format_4dp(b, scale * num / den);   /* what %.4f prints */
		w_cap(w, b, k);
		memcpy(w_room(w, k), b, k);
		w->n += k;
	} else {
		w_cap(w, "", 0);
	}
}

/* a decimal with 4 decimals (weighted scores); 0 and -0 print 0.0000 */
static void w_dec(struct writer *w, double v)
{
	w_ratio(w, v, 1.0, 1.0);
}

/* cols, with the weighted columns after affirmed_rate_per_1000 when the
 * lexicon has weights (NULL-terminated; free the array, not the names) */
static const char **with_weighted(const struct ex *x, const char *const *cols)
{
	size_t n = 0;
	while (cols[n])
		n++;
	const char **v = xcalloc(n + 3, sizeof(char *));
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		v[k++] = cols[i];
		if (x->weighted && strcmp(cols[i], "affirmed_rate_per_1000") == 0) {
			v[k++] = "weighted_score";
			v[k++] = "weighted_rate_per_1000";
		}
	}
	return v;
}

/* the weighted cells: score, and 1000 * score / tokens (empty when tokens = 0) */
static void w_weighted(const struct ex *x, struct writer *w, double score, int64_t tokens)
{
	if (!x->weighted)
		return;
	w_dec(w, score);
	w_ratio(w, score, (double)tokens, 1000.0);
}

static void w_end(struct writer *w)
{
	if (w->capture && !w->n_cols)
		w->n_cols = w->cells.n;
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
	for (size_t i = 0; i < x->extra_tmp.n; i++) {
		if (commit && rc == LT_OK) {
			if (rename(x->extra_tmp.v[i], x->extra_final.v[i]) != 0)
				rc = lt_diag_set(x->d, LT_EIO, "cannot rename '%s' to '%s': %s",
						 x->extra_tmp.v[i], x->extra_final.v[i], strerror(errno));
		}
		if (!commit || rc != LT_OK)
			unlink(x->extra_tmp.v[i]);
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

/* the variable label of a .dta/.sav column: at most LABEL_MAX bytes (Stata's
 * 80), cut on a UTF-8 character boundary and ended with "..." when longer */
#define LABEL_MAX 80
static char *short_label(const char *s)
{
	size_t n = strlen(s);
	if (n <= LABEL_MAX)
		return xstrdup(s);
	size_t k = LABEL_MAX - 3;
	while (k && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	return xasprintf("%.*s...", (int)k, s);
}

static void doc_col_label(struct ex *x, const char *table, const char *col, const char *type,
			  const char *meaning, const char *label)
{
	char *l = short_label(label);
	char *row = xasprintf("%s\x1f%s\x1f%s\x1f%s\x1f%s", table, col, type, meaning, l);
	free(l);
	lt_vec_push(&x->codebook, row);
	lt_vec_push(&x->codebook_cat, SIZE_MAX);
}

/* a codebook row; the variable label is the meaning, shortened */
static void doc_col(struct ex *x, const char *table, const char *col, const char *type,
		    const char *meaning)
{
	doc_col_label(x, table, col, type, meaning, meaning);
}

/* a codebook row about category ci: it carries the category's full name
 * and validation; the label is "NAME: what" */
static void doc_col_cat(struct ex *x, const char *table, const char *col, const char *type,
			const char *meaning, const char *what, size_t ci)
{
	char *l = xasprintf("%s: %s", x->cats[ci].name, what);
	doc_col_label(x, table, col, type, meaning, l);
	free(l);
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
		w_field(w, "", 0);
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
		w_field(w, "", 0);
	w_fig(w, r, r ? f->recall : 0);
	w_fig(w, r, r ? f->recall_low : 0);
	w_fig(w, r, r ? f->recall_high : 0);
	if (r)
		w_int(w, (int64_t)f->turns);
	else
		w_field(w, "", 0);
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

/* ------------------------------------------------------------ names
 *
 * Column names every package accepts (docs/tables.md, "Column names"):
 * ASCII letters lower-cased, digits kept, every other run of bytes one '_',
 * no '_' at either end; a prefix when that leaves nothing, a leading digit
 * or a reserved word; at most `max` bytes: a longer name is cut to max - 5
 * bytes (no trailing '_') and ends in '_' and 4 hex digits of a hash of the
 * full source name, so equal cuts of different names stay apart.
 */

static uint32_t name_hash(const char *s)
{
	uint32_t h = 2166136261u;   /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return (h ^ (h >> 16)) & 0xffffu;
}

static char *ident(const char *src, const char *prefix, size_t max)
{
	size_t n = strlen(src);
	char *o = xmalloc(n + strlen(prefix) + 8);
	size_t w = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)src[i];
		if (ch >= 'A' && ch <= 'Z')
			o[w++] = (char)(ch - 'A' + 'a');
		else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
			o[w++] = (char)ch;
		else if (w && o[w - 1] != '_')
			o[w++] = '_';
	}
	while (w && o[w - 1] == '_')
		w--;
	o[w] = '\0';
	/* (a reserved word is short: only names within the limit are looked up) */
	if (!w || !(o[0] >= 'a' && o[0] <= 'z') || (w <= NAME_MAX_LEN && !statfile_name_ok(o))) {
		char *p = xasprintf("%s%s", prefix, o);
		free(o);
		o = p;
		w = strlen(o);
	}
	if (w > max) {
		w = max - 5;
		while (w && o[w - 1] == '_')
			w--;
		snprintf(o + w, 6, "_%04x", (unsigned)name_hash(src));
	}
	return o;
}

/* the column stem of a category: its name, theme rows "<theme>_all"; at
 * most 27 bytes, so the longest suffix (_hits) keeps it within 32 */
#define STEM_MAX (NAME_MAX_LEN - 5)
static char *col_stem(const struct category *c)
{
	if (!c->theme_row)
		return ident(c->name, "c_", STEM_MAX);
	char *t = ident(c->theme, "c_", STEM_MAX - 4);
	char *o = xasprintf("%s_all", t);
	free(t);
	return o;
}

/* make names[i] differ from names[0..i) (case-insensitively): cut and
 * append _2, _3, ... within max bytes */
static void uniquify(char **names, size_t n, size_t max)
{
	for (size_t i = 0; i < n; i++)
		for (unsigned k = 2;; k++) {
			bool clash = false;
			for (size_t j = 0; j < i && !clash; j++)
				clash = strcasecmp(names[i], names[j]) == 0;
			if (!clash)
				break;
			char suf[16];
			int sl = snprintf(suf, sizeof(suf), "_%u", k);
			char *base = names[i];
			size_t bl = strlen(base);
			/* strip an earlier _k we added */
			if (k > 2) {
				char *u = strrchr(base, '_');
				if (u)
					bl = (size_t)(u - base);
			}
			bl = LT_MIN(bl, max - (size_t)sl);
			names[i] = xasprintf("%.*s%s", (int)bl, base, suf);
			free(base);
		}
}

/* the fixed columns an attribute column must not repeat */
static bool fixed_column(const char *c)
{
	static const char *const fixed[] = {
		"doc_id", "speaker", "theme", "category", "tokens", "hits", "matched_tokens",
		"negated", "affirmed", "rate_per_1000", "affirmed_rate_per_1000", "turns", "turn",
		"line", "speakers", "field", "value", "attribute", "documents", "turns_with_hit",
		"share_turns_with_hit", "documents_with_hit", "weighted_score",
		"weighted_rate_per_1000"
	};
	for (size_t k = 0; k < LT_ARRAY_SIZE(fixed); k++)
		if (strcasecmp(c, fixed[k]) == 0)
			return true;
	size_t n = strlen(c);
	static const char *const sufs[] = { "_hits", "_aff", "_pct", "_wsum" };
	for (size_t k = 0; k < LT_ARRAY_SIZE(sufs); k++) {
		size_t l = strlen(sufs[k]);
		if (n > l && strcmp(c + n - l, sufs[k]) == 0)
			return true;   /* could repeat a category column */
	}
	return false;
}

/* a speaker attribute's column: its name, attr_NAME where it would repeat a
 * fixed column */
static char *attr_col(const char *key)
{
	char *c = ident(key, "a_", NAME_MAX_LEN);
	if (fixed_column(c)) {
		char *k2 = xasprintf("attr_%s", key);
		free(c);
		c = ident(k2, "a_", NAME_MAX_LEN);
		free(k2);
	}
	return c;
}

/* document_wide's attribute columns: doc_KEY for the front matter
 * (attr_doc_id for "id"), then the speaker attributes, all distinct */
static void wide_names(struct ex *x)
{
	size_t n = x->n_doc_attrs + x->n_attrs;
	char **all = xcalloc(n ? n : 1, sizeof(char *));
	for (size_t k = 0; k < x->n_doc_attrs; k++) {
		char *src = xasprintf("doc_%s", x->doc_attrs[k]);
		all[k] = ident(src, "a_", NAME_MAX_LEN);
		free(src);
		if (fixed_column(all[k])) {
			src = xasprintf("attr_doc_%s", x->doc_attrs[k]);
			free(all[k]);
			all[k] = ident(src, "a_", NAME_MAX_LEN);
			free(src);
		}
	}
	for (size_t k = 0; k < x->n_attrs; k++)
		all[x->n_doc_attrs + k] = xstrdup(x->attr_cols[k]);
	uniquify(all, n, NAME_MAX_LEN);
	x->doc_attr_cols = xcalloc(x->n_doc_attrs ? x->n_doc_attrs : 1, sizeof(char *));
	x->wide_attr_cols = xcalloc(x->n_attrs ? x->n_attrs : 1, sizeof(char *));
	for (size_t k = 0; k < x->n_doc_attrs; k++)
		x->doc_attr_cols[k] = all[k];
	for (size_t k = 0; k < x->n_attrs; k++)
		x->wide_attr_cols[k] = all[x->n_doc_attrs + k];
	free(all);
}

static int load(struct ex *x)
{
	struct store_stmt *q = NULL;
	int r;
	struct store_category *sc;
	size_t n;
	LT_TRY(store_categories(x->s, &sc, &n, x->d));
	x->cats = xcalloc(n ? n : 1, sizeof(*x->cats));
	x->n_cats = n;
	for (size_t i = 0; i < n; i++) { /* the strings move into x->cats */
		struct category *c = &x->cats[i];
		*c = (struct category){ sc[i].id, sc[i].name, sc[i].theme, sc[i].short_name,
					sc[i].description, sc[i].theme_row, NULL, NULL, NULL };
		c->col = col_stem(c);
		sc[i].name = sc[i].theme = sc[i].short_name = sc[i].description = NULL;
	}
	store_categories_free(sc, n);
	for (size_t i = 0; i < n; i++) {
		struct category *c = &x->cats[i];
		c->f_theme = xcalloc(2, sizeof(struct fcell));
		c->f_name = c->f_theme + 1;
		fcell_set(x, c->f_theme, c->theme);
		fcell_set(x, c->f_name, c->name);
	}
	/* distinct column stems */
	char **stems = xcalloc(x->n_cats ? x->n_cats : 1, sizeof(char *));
	for (size_t i = 0; i < x->n_cats; i++)
		stems[i] = x->cats[i].col;
	uniquify(stems, x->n_cats, STEM_MAX);
	for (size_t i = 0; i < x->n_cats; i++)
		x->cats[i].col = stems[i];
	free(stems);

	LT_TRY(store_prepare(x->s, "SELECT EXISTS(SELECT 1 FROM entries WHERE weight IS NOT NULL"
				   " AND weight <> 1)", &q, x->d));
	r = store_step(q, x->d);
	x->weighted = r == 1 && store_col_int(q, 0) != 0;
	store_finalize(q);
	if (r < 0)
		return r;
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
	x->attr_cols = xcalloc(x->n_attrs ? x->n_attrs : 1, sizeof(char *));
	for (size_t i = 0; i < x->n_attrs; i++)
		x->attr_cols[i] = attr_col(x->attrs[i]);
	uniquify(x->attr_cols, x->n_attrs, NAME_MAX_LEN);

	LT_TRY(store_prepare(x->s, "SELECT DISTINCT key FROM document_attrs ORDER BY key", &q, x->d));
	LT_VEC(char *) dkeys = { 0 };
	while ((r = store_step(q, x->d)) == 1)
		lt_vec_push(&dkeys, col_dup(q, 0));
	store_finalize(q);
	x->doc_attrs = dkeys.v;
	x->n_doc_attrs = dkeys.n;
	if (r < 0)
		return r;
	wide_names(x);
	return LT_OK;
}

static void unload(struct ex *x)
{
	for (size_t i = 0; i < x->n_cats; i++) {
		free(x->cats[i].name);
		free(x->cats[i].theme);
		free(x->cats[i].short_name);
		free(x->cats[i].description);
		free(x->cats[i].col);
		if (x->cats[i].f_theme) {
			fcell_free(x->cats[i].f_theme);
			fcell_free(x->cats[i].f_name);
			free(x->cats[i].f_theme);
		}
	}
	free(x->cats);
	for (size_t i = 0; i < x->n_entries; i++) {
		free(x->entries[i].source);
		free(x->entries[i].text);
	}
	free(x->entries);
	for (size_t i = 0; i < x->n_attrs; i++) {
		free(x->attrs[i]);
		if (x->attr_cols)
			free(x->attr_cols[i]);
	}
	free(x->attrs);
	free(x->attr_cols);
	x->attr_cols = NULL;
	for (size_t i = 0; i < x->n_doc_attrs; i++) {
		free(x->doc_attrs[i]);
		if (x->doc_attr_cols)
			free(x->doc_attr_cols[i]);
	}
	free(x->doc_attrs);
	free(x->doc_attr_cols);
	for (size_t i = 0; x->wide_attr_cols && i < x->n_attrs; i++)
		free(x->wide_attr_cols[i]);
	free(x->wide_attr_cols);
	for (int t = 0; t < T_N; t++)
		lt_vec_release(&x->w[t].cells);
	arena_release(&x->cells);
	for (size_t i = 0; i < x->extra_tmp.n; i++) {
		free(x->extra_tmp.v[i]);
		free(x->extra_final.v[i]);
	}
	lt_vec_release(&x->extra_tmp);
	lt_vec_release(&x->extra_final);
	for (size_t i = 0; i < x->codebook.n; i++)
		free(x->codebook.v[i]);
	lt_vec_release(&x->codebook);
	lt_vec_release(&x->codebook_cat);
	free(x->cbf);
	free(x->val);
	free(x->sums);
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
	double wscore;   /* weighted_score */
	bool row;        /* a counts row holds these (load_doc) */
};

/* theme_summary's figures of a category over the included speakers,
 * gathered by per_document_tables (the SQL aggregate over counts took
 * longer than all the rest of the export) */
struct cat_sum {
	int64_t hits, matched, negated, docs, speakers;
	bool in_doc;     /* the current document has a row of the category */
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
		if (!s.label[0]) {
			free(s.label);
			s.label = xstrdup(UNLABELLED);
		}
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
				c->wscore = store_col_double(dq->counts, 6);
				c->row = true;
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
				   " turns_with_hit, weighted_score FROM counts WHERE doc_pk = ?1"
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
				g->cnt[ci].wscore += c->wscore;
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

static bool wide_by_speaker(const struct ex *x)
{
	return x->o->wide_by && strcmp(x->o->wide_by, "speaker") == 0;
}

static void per_document_headers(struct ex *x)
{
	struct writer *sc = &x->w[T_SPEAKER_CATEGORY], *dw = &x->w[T_DOCUMENT_WIDE];
	w_str(sc, "doc_id");
	w_str(sc, "speaker");
	for (size_t k = 0; k < x->n_attrs; k++)
		w_str(sc, x->attr_cols[k]);
	static const char *const sc_tail[] = { "theme", "category", "tokens", "hits",
					       "matched_tokens", "negated", "affirmed",
					       "rate_per_1000", "affirmed_rate_per_1000", NULL };
	const char **tail = with_weighted(x, sc_tail);
	w_header(sc, tail);
	free(tail);
	w_str(dw, "doc_id");
	if (wide_by_speaker(x))
		w_str(dw, "speaker");
	for (size_t k = 0; k < x->n_doc_attrs; k++)
		w_str(dw, x->doc_attr_cols[k]);
	for (size_t k = 0; k < x->n_attrs; k++)
		w_str(dw, x->wide_attr_cols[k]);
	if (!wide_by_speaker(x))
		w_str(dw, "speakers");
	w_str(dw, "turns");
	w_str(dw, "tokens");
	for (size_t i = 0; i < x->n_cats; i++) {
		static const char *const suf[] = { "hits", "aff", "pct", "wsum" };
		for (size_t k = 0; k < 3u + x->weighted; k++) {
			char *h = xasprintf("%s_%s", x->cats[i].col, suf[k]);
			w_str(dw, h);
			free(h);
		}
	}
	w_end(dw);
	static const char *const da[] = { "doc_id", "attribute", "value", "speakers", "turns",
					   "tokens", NULL };
	w_header(&x->w[T_DOCUMENT_ATTRIBUTES], da);
}

/* a category's cells in document_wide: hits, affirmed, percentage, and
 * with weights the weighted score */
static void wide_cells(const struct ex *x, struct writer *w, const struct counts *c,
		       int64_t tokens)
{
	w_int(w, c->hits);
	w_int(w, c->hits - c->negated);
	w_ratio(w, (double)c->matched, (double)tokens, 100.0);
	if (x->weighted)
		w_dec(w, c->wscore);
}

/* speaker_category's rows of one document (and document_wide's with
 * --wide-by speaker) */
static void speaker_rows(struct ex *x, const char *doc_id, char **doc_vals,
			 const struct doc_data *dd)
{
	struct writer *sc = &x->w[T_SPEAKER_CATEGORY], *dw = &x->w[T_DOCUMENT_WIDE];
	struct fcell fdoc, *fs = xcalloc(x->n_attrs + 1, sizeof(struct fcell));
	fcell_set(x, &fdoc, doc_id);
	for (size_t i = 0; i < dd->spk.n; i++) {
		const struct spk *s = &dd->spk.v[i];
		fcell_set(x, &fs[0], s->label);
		for (size_t k = 0; k < x->n_attrs; k++)
			fcell_set(x, &fs[k + 1], s->vals[k]);
		for (size_t ci = 0; ci < x->n_cats; ci++) {
			const struct counts *c = &dd->cnt[i * x->n_cats + ci];
			w_fcell(sc, &fdoc);
			for (size_t k = 0; k <= x->n_attrs; k++)
				w_fcell(sc, &fs[k]);   /* the label, the attributes */
			w_fcell(sc, x->cats[ci].f_theme);
			w_fcell(sc, x->cats[ci].f_name);
			w_int(sc, s->n_tokens);
			w_int(sc, c->hits);
			w_int(sc, c->matched);
			w_int(sc, c->negated);
			w_int(sc, c->hits - c->negated);
			w_ratio(sc, (double)c->hits, (double)s->n_tokens, 1000.0);
			w_ratio(sc, (double)(c->hits - c->negated), (double)s->n_tokens, 1000.0);
			w_weighted(x, sc, c->wscore, s->n_tokens);
			w_end(sc);
		}
		if (wide_by_speaker(x) && included(x, s)) {
			w_str(dw, doc_id);
			w_str(dw, s->label);
			for (size_t k = 0; k < x->n_doc_attrs; k++)
				w_str(dw, doc_vals[k] ? doc_vals[k] : "");
			for (size_t k = 0; k < x->n_attrs; k++)
				w_str(dw, s->vals[k]);
			w_int(dw, s->n_turns);
			w_int(dw, s->n_tokens);
			for (size_t ci = 0; ci < x->n_cats; ci++)
				wide_cells(x, dw, &dd->cnt[i * x->n_cats + ci], s->n_tokens);
			w_end(dw);
		}
		for (size_t k = 0; k <= x->n_attrs; k++)
			fcell_free(&fs[k]);
	}
	fcell_free(&fdoc);
	free(fs);
}

/* the one value of attribute k the document's included speakers have
 * (speakers without one aside); "" when none has one or they differ */
static const char *doc_value(const struct ex *x, const struct doc_data *dd, size_t k)
{
	const char *v = NULL;
	for (size_t i = 0; i < dd->spk.n; i++) {
		const struct spk *s = &dd->spk.v[i];
		if (!included(x, s) || !s->vals[k][0])
			continue;
		if (v && strcmp(v, s->vals[k]) != 0)
			return "";
		v = s->vals[k];
	}
	return v ? v : "";
}

/* document_wide's row of one document (--wide-by document) */
static void document_row(struct ex *x, const char *doc_id, char **doc_vals,
			 const struct doc_data *dd, struct counts *sum)
{
	struct writer *dw = &x->w[T_DOCUMENT_WIDE];
	int64_t nsp = 0, turns = 0, tokens = 0;
	memset(sum, 0, x->n_cats * sizeof(*sum));
	for (size_t i = 0; i < dd->spk.n; i++) {
		const struct spk *s = &dd->spk.v[i];
		if (!included(x, s))
			continue;
		nsp++;
		turns += s->n_turns;
		tokens += s->n_tokens;
		for (size_t ci = 0; ci < x->n_cats; ci++) {
			sum[ci].hits += dd->cnt[i * x->n_cats + ci].hits;
			sum[ci].matched += dd->cnt[i * x->n_cats + ci].matched;
			sum[ci].negated += dd->cnt[i * x->n_cats + ci].negated;
			sum[ci].wscore += dd->cnt[i * x->n_cats + ci].wscore;
		}
	}
	w_str(dw, doc_id);
	for (size_t k = 0; k < x->n_doc_attrs; k++)
		w_str(dw, doc_vals[k] ? doc_vals[k] : "");
	for (size_t k = 0; k < x->n_attrs; k++)
		w_str(dw, doc_value(x, dd, k));
	w_int(dw, nsp);
	w_int(dw, turns);
	w_int(dw, tokens);
	for (size_t ci = 0; ci < x->n_cats; ci++)
		wide_cells(x, dw, &sum[ci], tokens);
	w_end(dw);
}

static int cmp_cstr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* document_attributes' rows of one document: per speaker attribute, each
 * value its included speakers have ("" for those without), byte order */
static void doc_attribute_rows(struct ex *x, const char *doc_id, const struct doc_data *dd)
{
	struct writer *w = &x->w[T_DOCUMENT_ATTRIBUTES];
	const char **v = xmalloc((dd->spk.n ? dd->spk.n : 1) * sizeof(*v));
	for (size_t k = 0; k < x->n_attrs; k++) {
		size_t n = 0;
		for (size_t i = 0; i < dd->spk.n; i++)
			if (included(x, &dd->spk.v[i]))
				v[n++] = dd->spk.v[i].vals[k];
		lt_qsort(v, n, sizeof(*v), cmp_cstr);
		for (size_t a = 0; a < n;) {
			int64_t nsp = 0, turns = 0, tokens = 0;
			for (size_t i = 0; i < dd->spk.n; i++) {
				const struct spk *s = &dd->spk.v[i];
				if (included(x, s) && strcmp(s->vals[k], v[a]) == 0) {
					nsp++;
					turns += s->n_turns;
					tokens += s->n_tokens;
				}
			}
			w_str(w, doc_id);
			w_str(w, x->attr_cols[k]);
			w_str(w, v[a]);
			w_int(w, nsp);
			w_int(w, turns);
			w_int(w, tokens);
			w_end(w);
			size_t b = a;
			while (b < n && strcmp(v[b], v[a]) == 0)
				b++;
			a = b;
		}
	}
	free(v);
}

/* the front-matter values of one document, per x->doc_attrs (NULL: none) */
static int doc_values(struct ex *x, struct store_stmt *da, int64_t pk, char **vals)
{
	store_reset(da);
	store_bind_int(da, 1, pk);
	int r;
	while ((r = store_step(da, x->d)) == 1) {
		const char *key = store_col_text(da, 0, NULL);
		for (size_t k = 0; k < x->n_doc_attrs; k++)
			if (strcmp(key, x->doc_attrs[k]) == 0 && !vals[k])
				vals[k] = col_dup(da, 1);
	}
	return r < 0 ? r : LT_OK;
}

/* theme_summary's figures: a document's rows (included speakers), as
 * SUM/COUNT(*)/COUNT(DISTINCT doc_pk) over counts JOIN speakers would */
static void sum_doc(struct ex *x, const struct doc_data *dd)
{
	for (size_t i = 0; i < dd->spk.n; i++) {
		if (!included(x, &dd->spk.v[i]))
			continue;
		for (size_t ci = 0; ci < x->n_cats; ci++) {
			const struct counts *c = &dd->cnt[i * x->n_cats + ci];
			if (!c->row)
				continue;
			struct cat_sum *a = &x->sums[ci];
			a->hits += c->hits;
			a->matched += c->matched;
			a->negated += c->negated;
			a->speakers++;
			a->in_doc = true;
		}
	}
	for (size_t ci = 0; ci < x->n_cats; ci++) {
		x->sums[ci].docs += x->sums[ci].in_doc;
		x->sums[ci].in_doc = false;
	}
}

/* speaker_category, document_wide and document_attributes, one pass over
 * the documents, which also fills the groups of every --by field and the
 * theme_summary figures */
static int per_document_tables(struct ex *x, struct field_groups *fg)
{
	per_document_headers(x);
	struct doc_row *docs = NULL;
	size_t nd = 0;
	x->sums = xcalloc(x->n_cats ? x->n_cats : 1, sizeof(*x->sums));
	LT_TRY(load_docs(x, &docs, &nd));
	struct doc_queries dq;
	int rc = prepare_doc_queries(x, &dq);
	struct store_stmt *da = NULL;
	if (rc == LT_OK)
		rc = store_prepare(x->s, "SELECT key, value FROM document_attrs WHERE doc_pk = ?1"
					 " ORDER BY key", &da, x->d);
	struct counts *sum = xcalloc(x->n_cats ? x->n_cats : 1, sizeof(*sum));
	char **vals = xcalloc(x->n_doc_attrs ? x->n_doc_attrs : 1, sizeof(char *));
	for (size_t di = 0; di < nd && rc == LT_OK; di++) {
		struct doc_data dd;
		memset(&dd, 0, sizeof(dd));
		rc = load_doc(x, &dq, docs[di].pk, &dd);
		if (rc == LT_OK)
			rc = doc_values(x, da, docs[di].pk, vals);
		if (rc == LT_OK) {
			sum_doc(x, &dd);
			groups_add_doc(x, fg, di, &dd);
			speaker_rows(x, docs[di].doc_id, vals, &dd);
			if (!wide_by_speaker(x))
				document_row(x, docs[di].doc_id, vals, &dd, sum);
			doc_attribute_rows(x, docs[di].doc_id, &dd);
		}
		for (size_t k = 0; k < x->n_doc_attrs; k++) {
			free(vals[k]);
			vals[k] = NULL;
		}
		doc_data_release(x, &dd);
	}
	free(vals);
	free(sum);
	store_finalize(da);
	finalize_doc_queries(&dq);
	free_docs(docs, nd);
	return rc;
}

/* ------------------------------------------------------------ turns */

static void turn_header(struct ex *x)
{
	struct writer *w = &x->w[T_TURN_CATEGORY];
	static const char *const head[] = { "doc_id", "speaker", "turn", "line", NULL };
	static const char *const tail[] = { "theme", "category", "tokens", "hits", "negated",
					    "affirmed", NULL };
	for (size_t i = 0; head[i]; i++)
		w_str(w, head[i]);
	for (size_t k = 0; k < x->n_attrs; k++)
		w_str(w, x->attr_cols[k]);
	w_header(w, tail);
}

/* the rows of one turn: every category, zeros kept */
static void turn_rows(struct ex *x, const char *doc_id, const struct spk *s, int64_t turn,
		      int64_t line, int64_t tokens, const int64_t *hits, const int64_t *neg)
{
	struct writer *w = &x->w[T_TURN_CATEGORY];
	for (size_t ci = 0; ci < x->n_cats; ci++) {
		w_str(w, doc_id);
		w_str(w, s ? s->label : UNLABELLED);
		w_int(w, turn + 1);
		w_int(w, line);
		for (size_t k = 0; k < x->n_attrs; k++)
			w_str(w, s ? s->vals[k] : "");
		w_fcell(w, x->cats[ci].f_theme);
		w_fcell(w, x->cats[ci].f_name);
		w_int(w, tokens);
		w_int(w, hits[ci]);
		w_int(w, neg[ci]);
		w_int(w, hits[ci] - neg[ci]);
		w_end(w);
	}
}

static const struct spk *find_spk(const struct doc_data *dd, int64_t idx)
{
	if (idx >= 0 && (size_t)idx < dd->spk.n && dd->spk.v[idx].idx == idx)
		return &dd->spk.v[idx];
	for (size_t i = 0; i < dd->spk.n; i++)
		if (dd->spk.v[i].idx == idx)
			return &dd->spk.v[i];
	return NULL;
}

/* one document's turns, merged with its hits (both in turn order) */
static int turn_doc(struct ex *x, struct store_stmt *tq, struct store_stmt *hq, int64_t pk,
		    const char *doc_id, const struct doc_data *dd, int64_t *hits, int64_t *neg)
{
	store_reset(tq);
	store_bind_int(tq, 1, pk);
	store_reset(hq);
	store_bind_int(hq, 1, pk);
	int rh = store_step(hq, x->d), r;
	while ((r = store_step(tq, x->d)) == 1) {
		int64_t turn = store_col_int(tq, 0);
		memset(hits, 0, x->n_cats * sizeof(*hits));
		memset(neg, 0, x->n_cats * sizeof(*neg));
		while (rh == 1 && store_col_int(hq, 0) < turn)
			rh = store_step(hq, x->d);   /* NEVER: a hit outside every turn */
		while (rh == 1 && store_col_int(hq, 0) == turn) {
			size_t ci = cat_index(x, store_col_int(hq, 1));
			hits[ci]++;
			neg[ci] += store_col_int(hq, 2) != 0;
			rh = store_step(hq, x->d);
		}
		turn_rows(x, doc_id, find_spk(dd, store_col_int(tq, 1)), turn, store_col_int(tq, 2),
			  store_col_int(tq, 3), hits, neg);
	}
	return r < 0 ? r : rh < 0 ? rh : LT_OK;
}

/* turn_category (--turn-table): one row per turn and category */
static int turn_table(struct ex *x)
{
	turn_header(x);
	struct doc_row *docs = NULL;
	size_t nd = 0;
	LT_TRY(load_docs(x, &docs, &nd));
	struct doc_queries dq;
	int rc = prepare_doc_queries(x, &dq);
	struct store_stmt *tq = NULL, *hq = NULL;
	if (rc == LT_OK)
		rc = store_prepare(x->s, "SELECT turn, speaker, line, n_tokens FROM turns"
					 " WHERE doc_pk = ?1 ORDER BY turn", &tq, x->d);
	if (rc == LT_OK)
		rc = store_prepare(x->s, "SELECT turn, category_id, negated FROM hits"
					 " WHERE doc_pk = ?1 ORDER BY turn, category_id, tok_start",
				   &hq, x->d);
	int64_t *hits = xcalloc(x->n_cats ? x->n_cats : 1, sizeof(int64_t));
	int64_t *neg = xcalloc(x->n_cats ? x->n_cats : 1, sizeof(int64_t));
	for (size_t di = 0; di < nd && rc == LT_OK; di++) {
		struct doc_data dd;
		memset(&dd, 0, sizeof(dd));
		rc = load_doc(x, &dq, docs[di].pk, &dd);
		if (rc == LT_OK)
			rc = turn_doc(x, tq, hq, docs[di].pk, docs[di].doc_id, &dd, hits, neg);
		doc_data_release(x, &dd);
	}
	free(hits);
	free(neg);
	store_finalize(tq);
	store_finalize(hq);
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
					   "negated", "affirmed", "rate_per_1000",
					   "affirmed_rate_per_1000", "turns_with_hit",
					   "share_turns_with_hit", "documents_with_hit", NULL };
	const char **cols = with_weighted(x, hdr);
	w_header(w, cols);
	free(cols);
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
				w_int(w, c->hits - c->negated);
				w_ratio(w, (double)c->hits, (double)g[gi].tokens, 1000.0);
				w_ratio(w, (double)(c->hits - c->negated), (double)g[gi].tokens,
					1000.0);
				w_weighted(x, w, c->wscore, g[gi].tokens);
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
					   "affirmed", "documents_with_hit", "speakers_with_hit",
					   "tokens", "rate_per_1000", "affirmed_rate_per_1000",
					   "top_forms", "precision", "precision_low",
					   "precision_high", "precision_n", "recall", "recall_low",
					   "recall_high", "recall_n", NULL };
	const char **cols = with_weighted(x, hdr);
	w_header(w, cols);
	free(cols);
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
		double wscore;
		char *top;
		int ntop;
	} *a = xcalloc(x->n_cats ? x->n_cats : 1, sizeof(*a));
	int rc = LT_OK;
	for (size_t ci = 0; ci < x->n_cats && !x->weighted; ci++) {
		a[ci].hits = x->sums[ci].hits;
		a[ci].matched = x->sums[ci].matched;
		a[ci].negated = x->sums[ci].negated;
		a[ci].docs = x->sums[ci].docs;
		a[ci].speakers = x->sums[ci].speakers;
	}
	/* with weights, the weighted scores summed by SQLite, in its order, as
	 * they always were (the sums of doubles depend on it) */
	q = NULL;
	if (x->weighted)
		rc = store_prepare(x->s, "SELECT c.category_id, SUM(c.hits), SUM(c.matched_tokens),"
					 " SUM(c.negated), COUNT(DISTINCT c.doc_pk), COUNT(*),"
					 " TOTAL(c.weighted_score)"
					 " FROM counts c JOIN speakers s ON s.doc_pk = c.doc_pk AND"
					 " s.speaker = c.speaker WHERE ?1 OR s.interviewer = 0"
					 " GROUP BY c.category_id", &q, x->d);
	if (rc == LT_OK && q) {
		store_bind_int(q, 1, x->o->include_interviewer);
		while ((r = store_step(q, x->d)) == 1) {
			size_t ci = cat_index(x, store_col_int(q, 0));
			a[ci].hits = store_col_int(q, 1);
			a[ci].matched = store_col_int(q, 2);
			a[ci].negated = store_col_int(q, 3);
			a[ci].docs = store_col_int(q, 4);
			a[ci].speakers = store_col_int(q, 5);
			a[ci].wscore = store_col_double(q, 6);
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
		w_int(w, a[ci].hits - a[ci].negated);
		w_int(w, a[ci].docs);
		w_int(w, a[ci].speakers);
		w_int(w, tokens);
		w_ratio(w, (double)a[ci].hits, (double)tokens, 1000.0);
		w_ratio(w, (double)(a[ci].hits - a[ci].negated), (double)tokens, 1000.0);
		w_weighted(x, w, a[ci].wscore, tokens);
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

/* the weighted columns, when the lexicon has weights */
static void describe_weighted(struct ex *x, const char *table)
{
	if (!x->weighted)
		return;
	doc_col(x, table, "weighted_score", "decimal", "sum of the weights of the hits' entries (.dicx, .cat); an entry without one weighs 1");
	doc_col(x, table, "weighted_rate_per_1000", "decimal", "1000 * weighted_score / tokens (empty when tokens = 0)");
}

/* affirmed and the two rates, after negated (rates only in some tables) */
static void describe_affirmed(struct ex *x, const char *table, const char *tokens)
{
	char *t;
	doc_col(x, table, "affirmed", "integer", "hits not negated: hits - negated (model this for what speakers assert)");
	t = xasprintf("1000 * hits / tokens, the tokens being %s (empty when tokens = 0)", tokens);
	doc_col(x, table, "rate_per_1000", "decimal", t);
	free(t);
	doc_col(x, table, "affirmed_rate_per_1000", "decimal", "1000 * affirmed / tokens (empty when tokens = 0)");
	describe_weighted(x, table);
}

static void describe_wide(struct ex *x, const char *iv)
{
	bool by_speaker = wide_by_speaker(x);
	char *t;
	doc_col(x, "document_wide", "doc_id", "text", "document id");
	if (by_speaker)
		doc_col(x, "document_wide", "speaker", "text", "speaker label; (unlabelled): text before the first label");
	for (size_t k = 0; k < x->n_doc_attrs; k++) {
		t = xasprintf("document attribute '%s' (front matter); empty (missing) when absent",
			      x->doc_attrs[k]);
		doc_col(x, "document_wide", x->doc_attr_cols[k], "text", t);
		free(t);
	}
	for (size_t k = 0; k < x->n_attrs; k++) {
		if (by_speaker)
			t = xasprintf("speaker attribute '%s'; empty (missing) when unknown", x->attrs[k]);
		else
			t = xasprintf("speaker attribute '%s' shared by the document's speakers (%s); "
				      "empty (missing) when none has one or they differ: see document_attributes",
				      x->attrs[k], iv);
		doc_col(x, "document_wide", x->wide_attr_cols[k], "text", t);
		free(t);
	}
	if (!by_speaker) {
		t = xasprintf("speakers counted in the row (%s)", iv);
		doc_col(x, "document_wide", "speakers", "integer", t);
		free(t);
	}
	doc_col(x, "document_wide", "turns", "integer", "turns counted in the row");
	doc_col(x, "document_wide", "tokens", "integer", "tokens counted in the row");
	for (size_t i = 0; i < x->n_cats; i++) {
		static const char *const suf[] = { "hits", "aff", "pct", "wsum" };
		static const char *const type[] = { "integer", "integer", "decimal", "decimal" };
		static const char *const what[] = { "hits", "affirmed hits (not negated)",
						    "% of tokens matched", "weighted score" };
		for (size_t k = 0; k < 3u + x->weighted; k++) {
			char *c = xasprintf("%s_%s", x->cats[i].col, suf[k]);
			char *m = k == 0 ? xasprintf("hits of %s", x->cats[i].name)
				: k == 1 ? xasprintf("affirmed hits of %s: hits - negated", x->cats[i].name)
				: k == 2 ? xasprintf("100 * matched tokens of %s / tokens (LIWC's percentage of words)",
					    x->cats[i].name)
				: xasprintf("weighted score of %s: sum of its hits' entry weights",
					    x->cats[i].name);
			doc_col_cat(x, "document_wide", c, type[k], m, what[k], i);
			free(c);
			free(m);
		}
	}
	t = xasprintf("speakers with this value in the document (%s)", iv);
	doc_col(x, "document_attributes", "doc_id", "text", "document id");
	doc_col(x, "document_attributes", "attribute", "text", "speaker attribute (its column name in speaker_category)");
	doc_col(x, "document_attributes", "value", "text", "a value the document's speakers have (empty: speakers without one)");
	doc_col(x, "document_attributes", "speakers", "integer", t);
	doc_col(x, "document_attributes", "turns", "integer", "turns of these speakers");
	doc_col(x, "document_attributes", "tokens", "integer", "tokens of these speakers");
	free(t);
}

static void describe_turns(struct ex *x)
{
	if (!x->o->turn_table)
		return;
	const char *tb = "turn_category";
	doc_col(x, tb, "doc_id", "text", "document id");
	doc_col(x, tb, "speaker", "text", "speaker label; (unlabelled): text before the first label");
	doc_col(x, tb, "turn", "integer", "the turn's position in the document, 1 = first");
	doc_col(x, tb, "line", "integer", "line of the input file where the turn starts");
	for (size_t k = 0; k < x->n_attrs; k++) {
		char *t = xasprintf("speaker attribute '%s'; empty (missing) when unknown", x->attrs[k]);
		doc_col(x, tb, x->attr_cols[k], "text", t);
		free(t);
	}
	doc_col(x, tb, "theme", "text", "lexicon theme");
	doc_col(x, tb, "category", "text", "category THEME.NAME; THEME.* is the theme-level row");
	doc_col(x, tb, "tokens", "integer", "tokens of the turn");
	doc_col(x, tb, "hits", "integer", "hits of the category in the turn");
	doc_col(x, tb, "negated", "integer", "negated hits (a subset of hits)");
	doc_col(x, tb, "affirmed", "integer", "hits not negated: hits - negated");
}

static void describe(struct ex *x)
{
	const char *iv = x->o->include_interviewer ? "interviewers included (--include-interviewer)"
						   : "interviewers left out";
	char *t;
	doc_col(x, "speaker_category", "doc_id", "text", "document id: path relative to the input folder, without extension");
	doc_col(x, "speaker_category", "speaker", "text", "speaker label as written; (unlabelled): text before the first label");
	for (size_t k = 0; k < x->n_attrs; k++) {
		t = xasprintf("speaker attribute '%s' (metadata, front matter or label); empty (missing) when unknown",
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
	describe_affirmed(x, "speaker_category", "the speaker's tokens");

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
	describe_affirmed(x, "role_category", "these speakers' tokens");
	doc_col(x, "role_category", "turns_with_hit", "integer", "turns with at least one hit of the category");
	doc_col(x, "role_category", "share_turns_with_hit", "decimal", "turns_with_hit / turns (empty when turns = 0)");
	doc_col(x, "role_category", "documents_with_hit", "integer", "documents where these speakers have at least one hit");

	describe_wide(x, iv);
	describe_turns(x);
	t = xasprintf("lexicon theme (%s)", iv);
	doc_col(x, "theme_summary", "theme", "text", t);
	free(t);
	doc_col(x, "theme_summary", "category", "text", "category THEME.NAME; THEME.* is the theme-level row");
	doc_col(x, "theme_summary", "hits", "integer", "hits in the whole corpus");
	doc_col(x, "theme_summary", "matched_tokens", "integer", "tokens covered by the hits");
	doc_col(x, "theme_summary", "negated", "integer", "negated hits");
	doc_col(x, "theme_summary", "affirmed", "integer", "hits not negated: hits - negated");
	doc_col(x, "theme_summary", "documents_with_hit", "integer", "documents with at least one hit");
	doc_col(x, "theme_summary", "speakers_with_hit", "integer", "speaker-in-document units with at least one hit");
	doc_col(x, "theme_summary", "tokens", "integer", "tokens in the corpus (the denominator)");
	doc_col(x, "theme_summary", "rate_per_1000", "decimal", "1000 * hits / tokens");
	doc_col(x, "theme_summary", "affirmed_rate_per_1000", "decimal", "1000 * affirmed / tokens");
	describe_weighted(x, "theme_summary");
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
	doc_col(x, "codebook", "label", "text", "the column's variable label in the .dta/.sav files (at most 80 bytes)");
	doc_col(x, "codebook", "category", "text", "for a column of one category: the category's full name");
	describe_validation(x, "codebook");
}

/* a codebook row's table, column, type, meaning and label (the row's
 * text is split in place) */
static void codebook_fields(char *row, char *f[5])
{
	f[0] = row;
	for (int k = 1; k < 5; k++) {
		f[k] = strchr(f[k - 1], '\x1f');
		if (!f[k])
			LT_BUG("a codebook row without its five fields");
		*f[k]++ = '\0';
	}
}

/* the codebook rows of every table, split into fields */
static void describe_all(struct ex *x)
{
	describe(x);
	x->cbf = xmalloc((x->codebook.n ? x->codebook.n : 1) * sizeof(*x->cbf));
	for (size_t i = 0; i < x->codebook.n; i++)
		codebook_fields(x->codebook.v[i], x->cbf[i]);
}

static int codebook(struct ex *x)
{
	struct writer *w = &x->w[T_CODEBOOK];
	static const char *const hdr[] = { "table", "column", "type", "meaning", "label", "category",
					   "precision", "precision_low", "precision_high",
					   "precision_n", "recall", "recall_low", "recall_high",
					   "recall_n", NULL };
	w_header(w, hdr);
	for (size_t i = 0; i < x->codebook.n; i++) {
		for (int k = 0; k < 5; k++)
			w_str(w, x->cbf[i][k]);
		size_t ci = x->codebook_cat.v[i];
		w_str(w, ci < x->n_cats ? x->cats[ci].name : "");
		w_validation(x, w, ci);
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
		w_str(w, "");
		w_str(w, "");
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
	w_str(w, "");
	w_str(w, "");
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

/* ------------------------------------------------------------ .dta/.sav */

unsigned tables_format_bit(const char *name)
{
	static const char *const names[] = { "csv", "tsv", "dta", "sav" };
	for (unsigned i = 0; i < LT_ARRAY_SIZE(names); i++)
		if (strcmp(name, names[i]) == 0)
			return 1u << i;
	return 0;
}

/* the codebook row of table.col (NULL: none) */
static char **cb_row(const struct ex *x, const char *table, const char *col)
{
	for (size_t i = 0; i < x->codebook.n; i++)
		if (strcmp(x->cbf[i][0], table) == 0 && strcmp(x->cbf[i][1], col) == 0)
			return x->cbf[i];
	return NULL;
}

/* every non-empty cell of column c is a number (an attribute like age) */
static bool numeric_column(const char *const *cells, size_t nr, size_t nc, size_t c)
{
	bool any = false;
	for (size_t r = 0; r < nr; r++) {
		const char *v = cells[r * nc + c];
		if (!v[0])
			continue;
		char *end;
		errno = 0;
		double d = strtod(v, &end);
		if (errno || *end || end == v || d != d || d > 1e300 || d < -1e300)
			return false;
		any = true;
	}
	return any;
}

/* how a column is stored: numbers as numbers, the document and speaker
 * identifiers as strings, every other text (attributes, theme, category,
 * field, value) as integer codes with value labels */
static enum stat_kind column_kind(const char *col, const char *type, const char *const *cells,
				  size_t nr, size_t nc, size_t c)
{
	if (strcmp(type, "integer") == 0)
		return STAT_INT;
	if (strcmp(type, "decimal") == 0)
		return STAT_REAL;
	if (strcmp(col, "doc_id") == 0 || strcmp(col, "speaker") == 0)
		return STAT_STRING;
	return numeric_column(cells, nr, nc, c) ? STAT_REAL : STAT_CODED;
}

/* the newest input's modification time: the files' timestamp, so the same
 * inputs give the same bytes whenever and however they are coded */
static int data_time(struct ex *x, time_t *out)
{
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(x->s, "SELECT COALESCE(MAX(mtime_ns), 0) FROM documents", &q, x->d));
	int r = store_step(q, x->d);
	*out = r == 1 ? (time_t)(store_col_int(q, 0) / 1000000000) : 0;
	store_finalize(q);
	return r < 0 ? r : LT_OK;
}

/* table t as a .dta or .sav temporary, renamed with the text tables */
static int write_stat(struct ex *x, int t, enum stat_format fmt, time_t ts)
{
	const struct writer *w = &x->w[t];
	size_t nc = w->n_cols, nr = nc ? w->cells.n / nc - 1 : 0;
	if (!nc)
		return LT_OK;
	const char *const *cells = w->cells.v + nc;
	struct stat_column *cols = xcalloc(nc, sizeof(*cols));
	for (size_t c = 0; c < nc; c++) {
		char **row = cb_row(x, tables_names[t], w->cells.v[c]);
		if (!row)
			LT_BUG("a column the codebook does not describe");
		cols[c].name = w->cells.v[c];
		cols[c].label = row[4];
		cols[c].kind = column_kind(w->cells.v[c], row[2], cells, nr, nc, c);
	}
	const char *ext = fmt == STAT_DTA ? ".dta" : ".sav";
	char *final = xasprintf("%s/%s%s", x->dir, tables_names[t], ext);
	char *tmp = xasprintf("%s/.%s%s.tmp.%ld", x->dir, tables_names[t], ext, (long)getpid());
	char *label = xasprintf("lextab %s", tables_names[t]);
	lt_vec_push(&x->extra_tmp, tmp);
	lt_vec_push(&x->extra_final, final);
	struct stat_table st = { label, ts, cols, nc, cells, nr };
	int rc;
	FILE *f = fopen(tmp, "wb");
	if (!f) {
		rc = lt_diag_set(x->d, LT_EIO, "cannot write '%s': %s", tmp, strerror(errno));
	} else {
		rc = statfile_write(f, tmp, fmt, &st, x->d);
		if (rc == LT_OK && (fflush(f) != 0 || fsync(fileno(f)) != 0))
			rc = lt_diag_set(x->d, LT_EIO, "cannot write '%s': %s", tmp, strerror(errno));
		if (fclose(f) != 0 && rc == LT_OK)
			rc = lt_diag_set(x->d, LT_EIO, "cannot write '%s': %s", tmp, strerror(errno));
	}
	free(label);
	free(cols);
	return rc;
}

static int stat_files(struct ex *x)
{
	unsigned f = x->o->formats;
	if (!(f & (TABLES_DTA | TABLES_SAV)))
		return LT_OK;
	time_t ts;
	LT_TRY(data_time(x, &ts));
	for (int t = 0; t < T_N; t++) {
		if (!x->w[t].capture)
			continue;
		if (f & TABLES_DTA)
			LT_TRY(write_stat(x, t, STAT_DTA, ts));
		if (f & TABLES_SAV)
			LT_TRY(write_stat(x, t, STAT_SAV, ts));
	}
	return LT_OK;
}

/* grouping fields some speakers have and others lack: their rows carry an
 * empty (missing) value, which model functions drop without a word */
static void warn_missing(const struct ex *x, const struct field_groups *fg)
{
	for (size_t b = 0; b < x->n_by; b++) {
		int64_t all = 0, none = 0;
		for (size_t i = 0; i < fg[b].n; i++) {
			all += fg[b].g[i].speakers;
			if (!fg[b].g[i].value[0])
				none += fg[b].g[i].speakers;
		}
		if (none > 0 && none < all)
			lt_warning("%lld of %lld speakers have no '%s': it is empty (missing) in their "
				   "rows, which model functions drop (docs/tables.md)",
				   (long long)none, (long long)all, x->by[b]);
	}
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
	bool tsv = o->tsv || (o->formats & TABLES_TSV);
	if (tsv && (o->formats & TABLES_CSV))
		return lt_diag_set(d, LT_EUSAGE, "--format csv and --format tsv (--tsv): "
				   "the text tables are one or the other");
	struct table_opts oo = *o;
	oo.tsv = tsv;
	struct ex x;
	memset(&x, 0, sizeof(x));
	x.s = s;
	x.o = &oo;
	x.d = d;
	x.by = o->n_by ? o->by : default_by;
	x.n_by = o->n_by ? o->n_by : 1;
	x.ext = tsv ? ".tsv" : ".csv";
	arena_init(&x.cells);
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
	if (rc == LT_OK) {
		describe_all(&x);
		remove_stale_temps(&x);
	}
	for (int t = 0; t < T_N && rc == LT_OK; t++)
		if (t != T_TURN_CATEGORY || o->turn_table)
			rc = w_open(&x, t);
	struct field_groups *fg = xcalloc(x.n_by ? x.n_by : 1, sizeof(*fg));
	if (rc == LT_OK) {
		groups_init(&x, fg);
		rc = per_document_tables(&x, fg);
		groups_finish(&x, fg);
		if (rc == LT_OK && !o->quiet)
			warn_missing(&x, fg);
	}
	if (rc == LT_OK && o->turn_table)
		rc = turn_table(&x);
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
	if (rc == LT_OK)
		rc = stat_files(&x);
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
