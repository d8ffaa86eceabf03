/* validate_score.c - `lextab validate score` (see validate.h).
 *
 * A "unit" is one judgement: a hit row's `relevant`, or one mark column
 * (theme:NAME, category:NAME) of a turn row. Marks are collected from every
 * sheet as (unit, coder, value), sorted, and grouped by unit: the coders'
 * values give the agreement figures; the value the unit is scored with is
 * the reconciled sheet's when it has the unit, else the coders' common
 * value; a unit the coders disagree on (and no reconciled value) is listed
 * and left out of precision and recall.
 */
#include <errno.h>
#include <stdarg.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate.h"
#include "validate_int.h"
#include "validate_stats.h"
#include "qdpx.h"
#include "arena.h"
#include "csv.h"
#include "decode.h"
#include "reader.h"
#include "store.h"
#include "xalloc.h"
#include "banned.h"

struct mark {
	char *unit;              /* key "\x1f" column */
	uint32_t coder;          /* index into sc->coders; UINT32_MAX: reconciled */
	uint32_t sheet, line;
	uint32_t row;            /* output row: 2 * category index + (turn unit) */
	int8_t value;            /* 0 or 1 */
	int8_t lexicon;          /* turn units: the lexicon has a hit there (0/1);
				  * negation units: the hit's negated flag */
	char *form;              /* negation units: the hit's form, else NULL */
};

struct sheet_col {
	int row;                 /* output row for a mark column (turns), -1: none */
	const char *name;        /* borrowed from the header */
};

struct score {
	struct store *s;
	const struct validate_score_opts *o;
	struct validate_score_result *res;
	struct lt_diag *d;
	struct vcat *c;
	size_t nc;
	char *lexicon;
	bool have_seed;
	uint64_t seed;
	const char *seed_sheet;
	LT_VEC(char *) coders;
	LT_VEC(struct mark) marks;
	struct store_stmt *q_hit, *q_turn, *q_lex;
	uint64_t n_neg_rows, n_other_rows; /* negation rows; hit and turn rows */
	const char *mixed_sheet;           /* the first sheet that mixed them */
	uint32_t mixed_line;
};

LT_PRINTF(4, 5) static void problem(struct score *sc, const char *sheet, uint32_t line,
				    const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	struct validate_problem p = { sheet, line, true, xstrdup(buf) };
	lt_vec_push(&sc->res->problems, p);
}

void validate_score_result_release(struct validate_score_result *res)
{
	for (size_t i = 0; i < res->problems.n; i++)
		free(res->problems.v[i].text);
	lt_vec_release(&res->problems);
}

/* ------------------------------------------------------------ reading */

static lt_str trim(lt_str f)
{
	while (f.len && (f.ptr[0] == ' ' || f.ptr[0] == '\t'))
		f.ptr++, f.len--;
	while (f.len && (f.ptr[f.len - 1] == ' ' || f.ptr[f.len - 1] == '\t'))
		f.len--;
	return f;
}

/* the delimiter of the header line: the most frequent of , ; TAB outside quotes */
static char *default_coder(const char *path)
{
	const char *b = strrchr(path, '/');
	b = b ? b + 1 : path;
	const char *dot = strrchr(b, '.');
	return xstrndup(b, dot && dot != b ? (size_t)(dot - b) : strlen(b));
}

static uint32_t coder_id(struct score *sc, lt_str name)
{
	for (size_t i = 0; i < sc->coders.n; i++)
		if (lt_str_eqz(name, sc->coders.v[i]))
			return (uint32_t)i;
	lt_vec_push(&sc->coders, xstrndup(name.ptr, name.len));
	return (uint32_t)(sc->coders.n - 1);
}

/* 1 or 0 (white space around allowed); -1 empty; -2 anything else */
static int parse_mark(lt_str f)
{
	f = trim(f);
	if (f.len == 0)
		return -1;
	if (f.len == 1 && (f.ptr[0] == '0' || f.ptr[0] == '1'))
		return f.ptr[0] - '0';
	return -2;
}

struct header {
	int kind, key, coder, relevant, sample, denied;
	struct sheet_col *cols;  /* per field */
	uint32_t n;
};

static int read_header(struct score *sc, const char *path, const struct csv_record *rec,
		       struct header *h)
{
	h->kind = h->key = h->coder = h->relevant = h->sample = h->denied = -1;
	h->n = rec->n;
	h->cols = xcalloc(rec->n ? rec->n : 1, sizeof(*h->cols));
	for (uint32_t i = 0; i < rec->n; i++) {
		lt_str f = trim(rec->f[i]);
		h->cols[i].row = -1;
		if (lt_str_eqz(f, "kind"))
			h->kind = (int)i;
		else if (lt_str_eqz(f, "key"))
			h->key = (int)i;
		else if (lt_str_eqz(f, "coder"))
			h->coder = (int)i;
		else if (lt_str_eqz(f, "relevant"))
			h->relevant = (int)i;
		else if (lt_str_eqz(f, "sample"))
			h->sample = (int)i;
		else if (lt_str_eqz(f, "denied"))
			h->denied = (int)i;
		bool theme = f.len > 6 && memcmp(f.ptr, "theme:", 6) == 0;
		bool cat = f.len > 9 && memcmp(f.ptr, "category:", 9) == 0;
		if (!theme && !cat)
			continue;
		lt_str nm = theme ? lt_str_make(f.ptr + 6, f.len - 6) : lt_str_make(f.ptr + 9, f.len - 9);
		for (size_t k = 0; k < sc->nc; k++) {
			const struct vcat *c = &sc->c[k];
			if (theme ? c->theme_row && lt_str_eqz(nm, c->theme)
				  : !c->theme_row && lt_str_eqz(nm, c->name))
				h->cols[i].row = (int)(2 * k + 1);
		}
		if (h->cols[i].row < 0)
			problem(sc, path, 1, "column '%.*s' names no %s of the database's lexicon: "
				"its marks are left out", (int)f.len, f.ptr, theme ? "theme" : "category");
	}
	if (h->kind < 0 || h->key < 0 || h->sample < 0)
		return lt_diag_set(sc->d, LT_EUSAGE, "%s:1: not a coding sheet: the header needs "
				   "'kind', 'key' and 'sample' columns (written by `lextab validate "
				   "sample`)", path);
	return LT_OK;
}

static lt_str field(const struct csv_record *rec, int i)
{
	return i >= 0 && (uint32_t)i < rec->n ? trim(rec->f[i]) : lt_str_make("", 0);
}

/* The turn text behind a key, checked against the key's text hash:
 * 1 found (doc_pk and turn set), 0 not in the database. */
static int key_exists(struct score *sc, const struct vkey *k, int64_t *doc_pk, int8_t *negated,
		      char **form, struct lt_diag *d)
{
	struct store_stmt *q = k->kind == 'H' ? sc->q_hit : sc->q_turn;
	store_reset(q);
	store_bind_text(q, 1, k->doc_id);
	store_bind_int(q, 2, k->turn);
	if (k->kind == 'H') {
		store_bind_text(q, 3, k->category);
		store_bind_int(q, 4, k->tok_start);
		store_bind_int(q, 5, k->tok_end);
	}
	int r = store_step(q, d);
	if (r != 1)
		return r;
	size_t tl;
	const char *text = store_col_text(q, 0, &tl);
	*doc_pk = store_col_int(q, 1);
	if (k->kind == 'H') {
		*negated = (int8_t)(store_col_int(q, 2) != 0);
		free(*form);
		*form = xstrdup(store_col_text(q, 3, NULL));
	}
	return vkey_text_hash(text, tl) == k->text_hash;
}

static int lexicon_has(struct score *sc, int64_t doc_pk, int64_t turn, int64_t cat,
		       int8_t *out, struct lt_diag *d)
{
	store_reset(sc->q_lex);
	store_bind_int(sc->q_lex, 1, doc_pk);
	store_bind_int(sc->q_lex, 2, turn);
	store_bind_int(sc->q_lex, 3, cat);
	int r = store_step(sc->q_lex, d);
	LT_TRY(r);
	*out = r == 1 && store_col_int(sc->q_lex, 0) != 0;
	return LT_OK;
}

static void add_mark(struct score *sc, lt_str key, const char *col, uint32_t coder,
		     uint32_t sheet, uint32_t line, uint32_t row, int value, int8_t lex)
{
	struct mark m;
	m.form = NULL;
	m.unit = xasprintf("%.*s\x1f%s", (int)key.len, key.ptr, col);
	m.coder = coder;
	m.sheet = sheet;
	m.line = line;
	m.row = row;
	m.value = (int8_t)value;
	m.lexicon = lex;
	lt_vec_push(&sc->marks, m);
}

/* the marks of one data row; returns LT_OK, or a database error */
static int read_row(struct score *sc, uint32_t si, const char *path, const struct header *h,
		    const struct csv_record *rec, uint32_t coder, uint64_t *stale)
{
	const uint32_t line = rec->line;
	lt_str kind = field(rec, h->kind), key = field(rec, h->key), smp = field(rec, h->sample);
	uint64_t seed = 0;
	char hash[64];
	if (!vkey_parse_sample(smp.ptr, smp.len, &seed, hash, sizeof(hash))) {
		problem(sc, path, line, "sample '%.*s' is not 'seed:S/lexicon:HASH': row left out",
			(int)smp.len, smp.ptr);
		sc->res->rejected_rows++;
		return LT_OK;
	}
	if (strcmp(hash, sc->lexicon) != 0) {
		if ((*stale)++ == 0)
			problem(sc, path, line, "stale sheet: sampled with lexicon %s, the database "
				"now has lexicon %s (the lexicons changed): its rows are left out; "
				"sample again", hash, sc->lexicon);
		sc->res->rejected_rows++;
		return LT_OK;
	}
	if (!sc->have_seed) {
		sc->have_seed = true;
		sc->seed = seed;
		sc->seed_sheet = path;
	} else if (seed != sc->seed) {
		return lt_diag_set(sc->d, LT_EUSAGE, "%s:%u: sample seed %llu, but %s has seed %llu: "
				   "score the sheets of one sample together", path, line,
				   (unsigned long long)seed, sc->seed_sheet,
				   (unsigned long long)sc->seed);
	}
	bool is_hit = lt_str_eqz(kind, "hit"), is_turn = lt_str_eqz(kind, "turn");
	bool is_neg = lt_str_eqz(kind, "negation");
	if (!is_hit && !is_turn && !is_neg) {
		problem(sc, path, line, "kind is '%.*s' (hit, turn or negation): row left out",
			(int)kind.len, kind.ptr);
		sc->res->rejected_rows++;
		return LT_OK;
	}
	if (is_neg && h->denied < 0)
		return lt_diag_set(sc->d, LT_EUSAGE, "%s:%u: a negation row, but the header has no "
				   "'denied' column (written by `lextab validate sample "
				   "--negation`)", path, line);
	if (is_neg ? sc->n_other_rows : sc->n_neg_rows) {
		if (!sc->mixed_sheet)
			sc->mixed_sheet = path;
		sc->mixed_line = line;
		return LT_OK;
	}
	*(is_neg ? &sc->n_neg_rows : &sc->n_other_rows) += 1;
	struct vkey k;
	if (!vkey_parse(key.ptr, key.len, &k) || (k.kind == 'H') != (is_hit || is_neg)) {
		problem(sc, path, line, "key '%.*s' is malformed: row left out", (int)key.len, key.ptr);
		sc->res->rejected_rows++;
		return LT_OK;
	}
	int64_t doc_pk = 0;
	int8_t negated = 0;
	char *form = NULL;
	int r = key_exists(sc, &k, &doc_pk, &negated, &form, sc->d);
	size_t ci = is_hit || is_neg ? vcats_find(sc->c, sc->nc, k.category) : 0;
	if (r >= 0 && (r == 0 || ci == SIZE_MAX)) {
		problem(sc, path, line, "key '%.*s' is no longer in the database (its document "
			"changed or was removed since sampling): row left out", (int)key.len, key.ptr);
		sc->res->rejected_rows++;
	}
	bool bad = false;
	if (r == 1 && ci != SIZE_MAX && is_hit) {
		int v = parse_mark(field(rec, h->relevant));
		if (v < 0) {
			lt_str f = field(rec, h->relevant);
			problem(sc, path, line, "relevant is %s%.*s%s (mark 1 or 0): row left out",
				v == -1 ? "empty" : "'", (int)f.len, f.ptr, v == -1 ? "" : "'");
			bad = true;
		} else {
			add_mark(sc, key, "relevant", coder, si, line, (uint32_t)(2 * ci), v, -1);
		}
	}
	if (r == 1 && ci != SIZE_MAX && is_neg) {
		lt_str f = field(rec, h->denied);
		int v = parse_mark(f);
		if (v < 0) {
			problem(sc, path, line, "denied is %s%.*s%s (mark 1 or 0): row left out",
				v == -1 ? "empty" : "'", (int)f.len, f.ptr, v == -1 ? "" : "'");
			bad = true;
		} else {
			add_mark(sc, key, "denied", coder, si, line, (uint32_t)(2 * sc->nc), v, negated);
			sc->marks.v[sc->marks.n - 1].form = form;
			form = NULL;
		}
	}
	free(form);
	for (uint32_t i = 0; r == 1 && is_turn && i < h->n && i < rec->n; i++) {
		if (h->cols[i].row < 0)
			continue;
		lt_str f = trim(rec->f[i]);
		int v = parse_mark(f);
		if (v < 0) {
			problem(sc, path, line, "column '%s' is %s%.*s%s (mark 1 or 0): mark left out",
				h->cols[i].name, v == -1 ? "empty" : "'", (int)f.len, f.ptr,
				v == -1 ? "" : "'");
			bad = true;
			continue;
		}
		const struct vcat *c = &sc->c[(size_t)h->cols[i].row / 2];
		int8_t lex = 0;
		if ((r = lexicon_has(sc, doc_pk, k.turn, c->id, &lex, sc->d)) < 0)
			break;
		r = 1;
		add_mark(sc, key, h->cols[i].name, coder, si, line, (uint32_t)h->cols[i].row, v, lex);
	}
	sc->res->rejected_rows += bad;
	vkey_release(&k);
	return r < 0 ? r : LT_OK;
}

/* The sheet's text through the one reader (reader.h): UTF-8 with or without
 * BOM, UTF-16, Windows-1252 as Excel and LibreOffice save it; CRLF made LF. */
static int sheet_text(struct score *sc, const char *path, struct arena *a,
		      struct decoded *dec, struct lt_msgs *msgs)
{
	struct reader_bytes raw;
	LT_TRY(reader_read(path, "coding sheet", 0, a, &raw, sc->d));
	int rc = reader_decode(path, NULL, 0, &raw, a, dec, msgs, sc->d);
	if (rc < 0) {
		char m[sizeof(sc->d->msg)];
		snprintf(m, sizeof(m), "%s", sc->d->msg);
		rc = lt_diag_set(sc->d, LT_EUSAGE, "%s: not a coding sheet: %s", path, m);
	}
	return rc;
}

static int read_sheet(struct score *sc, uint32_t si, const char *path)
{
	struct arena a;
	arena_init(&a);
	struct decoded dec;
	struct lt_msgs msgs;
	msgs_init(&msgs);
	int rc = sheet_text(sc, path, &a, &dec, &msgs);
	if (rc == LT_EIO) {
		msgs_release(&msgs);
		arena_release(&a);
		return rc;
	}
	for (size_t i = 0; i < msgs.n; i++) {
		/* decoding notes (replaced bytes) touch free text, never keys or marks */
		struct validate_problem p = { path, msgs.v[i].line, false, xstrdup(msgs.v[i].text) };
		lt_vec_push(&sc->res->problems, p);
	}
	msgs_release(&msgs);
	struct csv_reader rd;
	struct csv_record rec = { 0 };
	struct header h;
	memset(&h, 0, sizeof(h));
	bool is_rec = sc->o->reconciled && si == sc->o->n_sheets;
	char *dflt = default_coder(path);
	uint64_t stale = 0;
	if (rc == LT_OK) {
		csv_init(&rd, dec.text, dec.len, csv_detect_delim(dec.text, dec.len));
		int r = csv_next(&rd, &rec, &a, sc->d);
		if (r == 0)
			rc = lt_diag_set(sc->d, LT_EUSAGE, "%s: an empty sheet", path);
		else if (r < 0)
			rc = lt_diag_set(sc->d, LT_EUSAGE, "%s:%s", path, sc->d->msg);
		else
			rc = read_header(sc, path, &rec, &h);
		/* header field names must outlive the record: copy them */
		for (uint32_t i = 0; rc == LT_OK && i < h.n; i++)
			h.cols[i].name = arena_strndup(&a, trim(rec.f[i]).ptr, trim(rec.f[i]).len);
		while (rc == LT_OK && (r = csv_next(&rd, &rec, &a, sc->d)) == 1) {
			bool blank = true;
			for (uint32_t i = 0; i < rec.n; i++)
				blank &= trim(rec.f[i]).len == 0;
			if (blank)
				continue;
			lt_str cn = field(&rec, h.coder);
			uint32_t coder = is_rec ? UINT32_MAX
						: coder_id(sc, cn.len ? cn : lt_str_make(dflt, strlen(dflt)));
			rc = read_row(sc, si, path, &h, &rec, coder, &stale);
		}
		if (rc == LT_OK && r < 0) {
			problem(sc, path, rd.line, "%s: the rest of the sheet is left out", sc->d->msg);
			sc->res->rejected_rows++;
		}
	}
	free(dflt);
	free(h.cols);
	csv_record_release(&rec);
	arena_release(&a);
	return rc;
}

/* ------------------------------------------------------------ scoring */

struct orow {
	bool used;
	uint64_t n, tp, fp, fn, disagree;
	LT_VEC(int) m;               /* units x coders, -1 missing */
	double p, p_lo, p_hi, rc, r_lo, r_hi, f1, kappa, alpha;
	double acc, acc_lo, acc_hi;  /* negation: the share of flags right */
};

static int cmp_mark(const void *a, const void *b)
{
	const struct mark *x = a, *y = b;
	int c = strcmp(x->unit, y->unit);
	if (c)
		return c;
	if (x->coder != y->coder)
		return x->coder < y->coder ? -1 : 1;
	if (x->sheet != y->sheet)
		return x->sheet < y->sheet ? -1 : 1;
	return x->line < y->line ? -1 : x->line > y->line;
}

static const char *sheet_name(const struct score *sc, uint32_t si)
{
	return si < sc->o->n_sheets ? sc->o->sheets[si] : sc->o->reconciled;
}

struct vbuf2 {
	char *v;
	size_t n, cap;
};

LT_PRINTF(2, 3) static void bprintf(struct vbuf2 *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (k <= 0)
		return;
	lt_vec_reserve(b, b->n + (size_t)k + 1);
	va_start(ap, fmt);
	vsnprintf(b->v + b->n, (size_t)k + 1, fmt, ap);
	va_end(ap);
	b->n += (size_t)k;
}

/* one unit's marks m[0..n): agreement row, decided value, tallies */
static void score_unit(struct score *sc, struct orow *rows, const struct mark *m, size_t n,
		       struct vbuf2 *dis, struct vbuf2 *wrong)
{
	const size_t nk = sc->coders.n;
	struct orow *o = &rows[m[0].row];
	o->used = true;
	int *cv = xmalloc((nk ? nk : 1) * sizeof(int));
	for (size_t k = 0; k < nk; k++)
		cv[k] = -1;
	int rec = -1;
	const struct mark *first[2] = { NULL, NULL };
	for (size_t i = 0; i < n; i++) {
		int *slot = m[i].coder == UINT32_MAX ? &rec : &cv[m[i].coder];
		if (*slot < 0) {
			*slot = m[i].value;
			if (m[i].coder != UINT32_MAX)
				first[*slot] = first[*slot] ? first[*slot] : &m[i];
		} else if (*slot != m[i].value) {
			problem(sc, sheet_name(sc, m[i].sheet), m[i].line, "coder '%s' marked this "
				"unit before, differently (%s:%u): the first mark is kept",
				m[i].coder == UINT32_MAX ? "(reconciled)" : sc->coders.v[m[i].coder],
				sheet_name(sc, m[i - 1].sheet), m[i - 1].line);
			sc->res->rejected_rows++;
		}
	}
	for (size_t k = 0; k < nk; k++)
		lt_vec_push(&o->m, cv[k]);
	int v = rec;
	if (v < 0) {
		if (first[0] && first[1]) {
			const char *sep = strchr(m[0].unit, '\x1f');
			bprintf(dis, "  %.*s %s:", (int)(sep - m[0].unit), m[0].unit, sep + 1);
			for (size_t i = 0; i < n; i++)
				if (m[i].coder != UINT32_MAX && (i == 0 || m[i].coder != m[i - 1].coder))
					bprintf(dis, " %s=%d (%s:%u)", sc->coders.v[m[i].coder], m[i].value,
						sheet_name(sc, m[i].sheet), m[i].line);
			bprintf(dis, "\n");
			o->disagree++;
			sc->res->disagreements++;
		} else {
			v = first[1] ? 1 : 0;
		}
	}
	free(cv);
	if (v < 0)
		return;
	sc->res->scored_units++;
	o->n++;
	if (m[0].row == 2 * sc->nc) { /* negation: the flag against the coders' denied */
		int flag = m[0].lexicon;
		o->tp += flag && v;
		o->fp += flag && !v;
		o->fn += !flag && v;
		if (flag != v) {
			const char *sep = strchr(m[0].unit, '\x1f');
			bprintf(wrong, "  %.*s '%s' (%s:%u): negated=%d, denied=%d: %s\n",
				(int)(sep - m[0].unit), m[0].unit, m[0].form ? m[0].form : "",
				sheet_name(sc, m[0].sheet), m[0].line, flag, v,
				flag ? "a false negation" : "a missed negation");
		}
	} else if (m[0].row % 2 == 0) {
		o->tp += v == 1;
		o->fp += v == 0;
	} else {
		o->tp += v && m[0].lexicon;
		o->fp += !v && m[0].lexicon;
		o->fn += v && !m[0].lexicon;
	}
}

static void figures(struct score *sc, struct orow *o, bool turns)
{
	o->p = vstats_ratio(o->tp, o->tp + o->fp);
	vstats_wilson(o->tp, o->tp + o->fp, VSTATS_Z95, &o->p_lo, &o->p_hi);
	o->rc = o->r_lo = o->r_hi = o->f1 = NAN;
	if (turns) {
		o->rc = vstats_ratio(o->tp, o->tp + o->fn);
		vstats_wilson(o->tp, o->tp + o->fn, VSTATS_Z95, &o->r_lo, &o->r_hi);
		o->f1 = vstats_f1(o->tp, o->fp, o->fn);
	}
	const size_t nk = sc->coders.n, nu = nk ? o->m.n / nk : 0;
	o->kappa = o->alpha = NAN;
	if (nk == 2) {
		int *a = xmalloc((nu ? nu : 1) * sizeof(int)), *b = xmalloc((nu ? nu : 1) * sizeof(int));
		for (size_t u = 0; u < nu; u++) {
			a[u] = o->m.v[2 * u];
			b[u] = o->m.v[2 * u + 1];
		}
		o->kappa = vstats_cohen_kappa(a, b, nu, 2);
		free(a);
		free(b);
	}
	if (nk >= 2)
		o->alpha = vstats_alpha_nominal(o->m.v, nu, nk, 2);
}

/* "%.4f", "" for NaN, and never "-0.0000" */
static void fmt4(char *buf, size_t n, double x)
{
	if (isnan(x))
		buf[0] = '\0';
	else
		snprintf(buf, n, "%.4f", x > -0.00005 && x < 0 ? 0.0 : x);
}

/* the same value for the database: full precision, "" for NULL */
static void fmt17(char *buf, size_t n, double x)
{
	if (isnan(x))
		buf[0] = '\0';
	else
		snprintf(buf, n, "%.17g", x);
}

static const char *row_level(const struct score *sc, size_t r)
{
	return sc->c[r / 2].theme_row ? "theme" : "category";
}

/* ------------------------------------------------------------ output */

static int store_rows(struct score *sc, const struct orow *rows, struct lt_diag *d)
{
	char *sheets = xstrdup("");
	for (size_t i = 0; i <= sc->o->n_sheets; i++) {
		const char *nm = i < sc->o->n_sheets ? sc->o->sheets[i] : sc->o->reconciled;
		if (!nm)
			continue;
		char *t = xasprintf("%s%s%s", sheets, sheets[0] ? "; " : "", nm);
		free(sheets);
		sheets = t;
	}
	char now[40], seed[32];
	lt_utc_now(now, sizeof(now));
	snprintf(seed, sizeof(seed), "%llu", (unsigned long long)sc->seed);
	struct store_stmt *q = NULL;
	int rc = store_begin(sc->s, d);
	if (rc == LT_OK)
		rc = validate_schema(sc->s, d);
	if (rc == LT_OK)
		rc = store_prepare(sc->s, "DELETE FROM validation WHERE lexicon_hash = ?1 AND"
				   " seed = CAST(?2 AS INTEGER)", &q, d);
	if (rc == LT_OK) {
		store_bind_text(q, 1, sc->lexicon);
		store_bind_text(q, 2, seed);
		rc = store_step(q, d) < 0 ? d->code : LT_OK;
	}
	store_finalize(q);
	q = NULL;
	if (rc == LT_OK)
		rc = store_prepare(sc->s,
			"INSERT INTO validation VALUES(?1, CAST(?2 AS INTEGER), ?3, ?4, ?5, ?6, ?7, ?8,"
			" CAST(NULLIF(?9, '') AS INTEGER), CAST(NULLIF(?10, '') AS REAL),"
			" CAST(NULLIF(?11, '') AS REAL), CAST(NULLIF(?12, '') AS REAL),"
			" CAST(NULLIF(?13, '') AS REAL), CAST(NULLIF(?14, '') AS REAL),"
			" CAST(NULLIF(?15, '') AS REAL), CAST(NULLIF(?16, '') AS REAL), ?17,"
			" CAST(NULLIF(?18, '') AS REAL), CAST(NULLIF(?19, '') AS REAL), ?20, ?21, ?22,"
			" ?23)", &q, d);
	int64_t seq = 0;
	if (rc == LT_OK) {
		struct store_stmt *mq = NULL;
		rc = store_prepare(sc->s, "SELECT COALESCE(MAX(score_seq), 0) + 1 FROM validation",
				   &mq, d);
		if (rc == LT_OK && (rc = store_step(mq, d)) == 1) {
			seq = store_col_int(mq, 0);
			rc = LT_OK;
		}
		store_finalize(mq);
	}
	for (size_t r = 0; r < 2 * sc->nc && rc == LT_OK; r++) {
		const struct orow *o = &rows[r];
		if (!o->used)
			continue;
		bool turns = r % 2;
		char v[10][40], fn[24];
		const double x[9] = { o->p, o->p_lo, o->p_hi, o->rc, o->r_lo, o->r_hi, o->f1,
				      o->kappa, o->alpha };
		for (int k = 0; k < 9; k++)
			fmt17(v[k], sizeof(v[k]), x[k]);
		snprintf(fn, sizeof(fn), "%llu", (unsigned long long)o->fn);
		store_reset(q);
		store_bind_text(q, 1, sc->lexicon);
		store_bind_text(q, 2, seed);
		store_bind_text(q, 3, row_level(sc, r));
		store_bind_text(q, 4, sc->c[r / 2].name);
		store_bind_text(q, 5, turns ? "turns" : "hits");
		store_bind_int(q, 6, (int64_t)o->n);
		store_bind_int(q, 7, (int64_t)o->tp);
		store_bind_int(q, 8, (int64_t)o->fp);
		store_bind_text(q, 9, turns ? fn : "");
		for (int k = 0; k < 7; k++)
			store_bind_text(q, 10 + k, v[k]);
		store_bind_int(q, 17, (int64_t)sc->coders.n);
		store_bind_text(q, 18, v[7]);
		store_bind_text(q, 19, v[8]);
		store_bind_int(q, 20, (int64_t)o->disagree);
		store_bind_text(q, 21, sheets);
		store_bind_text(q, 22, now);
		store_bind_int(q, 23, seq);
		if (store_step(q, d) < 0)
			rc = d->code;
	}
	store_finalize(q);
	if (rc == LT_OK)
		rc = store_commit(sc->s, d);
	else
		store_rollback(sc->s);
	free(sheets);
	return rc;
}

static int write_csv(struct score *sc, const struct orow *rows, struct lt_diag *d)
{
	const char delim = sc->o->tsv ? '\t' : ',';
	static const char *const hdr[] = {
		"level", "name", "unit", "n", "tp", "fp", "fn", "precision", "precision_low",
		"precision_high", "recall", "recall_low", "recall_high", "f1", "coders", "kappa",
		"alpha", "disagreements", "seed", "lexicon_hash", NULL
	};
	struct vbuf2 b = { 0 };
	for (size_t i = 0; hdr[i]; i++)
		bprintf(&b, "%s%s", i ? (delim == ',' ? "," : "\t") : "", hdr[i]);
	bprintf(&b, "\n");
	for (size_t r = 0; r < 2 * sc->nc; r++) {
		const struct orow *o = &rows[r];
		if (!o->used)
			continue;
		bool turns = r % 2;
		char nm[CSV_FIELD_MAX(256)];
		const char *name = sc->c[r / 2].name;
		size_t nl = strlen(name) > 256 ? 256 : strlen(name);
		nm[csv_format_field(nm, name, nl, delim, false)] = '\0';
		char v[9][40];
		const double x[9] = { o->p, o->p_lo, o->p_hi, o->rc, o->r_lo, o->r_hi, o->f1,
				      o->kappa, o->alpha };
		for (int k = 0; k < 9; k++)
			fmt4(v[k], sizeof(v[k]), x[k]);
		char fn[24] = "";
		if (turns)
			snprintf(fn, sizeof(fn), "%llu", (unsigned long long)o->fn);
		const char D = delim;
		bprintf(&b, "%s%c%s%c%s%c%llu%c%llu%c%llu%c%s%c%s%c%s%c%s%c%s%c%s%c%s%c%s%c%zu%c%s%c%s"
			"%c%llu%c%llu%c%s\n", row_level(sc, r), D, nm, D, turns ? "turns" : "hits", D,
			(unsigned long long)o->n, D, (unsigned long long)o->tp, D,
			(unsigned long long)o->fp, D, fn, D, v[0], D, v[1], D, v[2], D, v[3], D, v[4],
			D, v[5], D, v[6], D, sc->coders.n, D, v[7], D, v[8], D,
			(unsigned long long)o->disagree, D, (unsigned long long)sc->seed, D, sc->lexicon);
	}
	int rc = validate_write_file(sc->o->out ? sc->o->out : "validation.csv", b.v ? b.v : "",
				     b.n, d);
	free(b.v);
	return rc;
}

static void print_table(struct score *sc, const struct orow *rows, FILE *out)
{
	size_t w = 4;
	for (size_t r = 0; r < 2 * sc->nc; r++)
		if (rows[r].used)
			w = LT_MAX(w, strlen(sc->c[r / 2].name));
	w = LT_MIN(w, (size_t)48);
	fprintf(out, "Validation of lexicon %s, sample seed %llu; %zu coder%s", sc->lexicon,
		(unsigned long long)sc->seed, sc->coders.n, sc->coders.n == 1 ? "" : "s");
	for (size_t k = 0; k < sc->coders.n; k++)
		fprintf(out, "%s%s", k ? ", " : " (", sc->coders.v[k]);
	fprintf(out, "%s\n\n", sc->coders.n ? ")" : "");
	fprintf(out, "%-*s  %-5s %5s  %-23s  %-23s  %6s  %6s  %6s\n", (int)w, "name", "unit", "n",
		"precision (95% CI)", "recall (95% CI)", "f1", "kappa", "alpha");
	for (size_t r = 0; r < 2 * sc->nc; r++) {
		const struct orow *o = &rows[r];
		if (!o->used)
			continue;
		char v[9][40], pc[160] = "-", rcl[160] = "-";
		const double x[9] = { o->p, o->p_lo, o->p_hi, o->rc, o->r_lo, o->r_hi, o->f1,
				      o->kappa, o->alpha };
		for (int k = 0; k < 9; k++)
			fmt4(v[k], sizeof(v[k]), x[k]);
		if (v[0][0])
			snprintf(pc, sizeof(pc), "%s (%s-%s)", v[0], v[1], v[2]);
		if (v[3][0])
			snprintf(rcl, sizeof(rcl), "%s (%s-%s)", v[3], v[4], v[5]);
		fprintf(out, "%-*s  %-5s %5llu  %-23s  %-23s  %6.6s  %6.6s  %6.6s\n", (int)w,
			sc->c[r / 2].name, r % 2 ? "turns" : "hits", (unsigned long long)o->n, pc, rcl,
			v[6][0] ? v[6] : "-", v[7][0] ? v[7] : "-", v[8][0] ? v[8] : "-");
	}
}

/* ------------------------------------------------------------ negation sheets
 *
 * One row: the hits' `negated` flag against the coders' `denied` (tp: both
 * 1; fp: negated but not denied, a false negation; fn: denied but not
 * negated, a missed negation). Not stored in the database: no table uses it.
 */

static void negation_figures(struct score *sc, struct orow *o)
{
	figures(sc, o, true);
	o->acc = vstats_ratio(o->n - o->fp - o->fn, o->n);
	vstats_wilson(o->n - o->fp - o->fn, o->n, VSTATS_Z95, &o->acc_lo, &o->acc_hi);
}

static int write_negation_csv(struct score *sc, const struct orow *o, const char *path,
			      struct lt_diag *d)
{
	const char D = sc->o->tsv ? '\t' : ',';
	static const char *const hdr[] = {
		"n", "right", "share_right", "share_right_low", "share_right_high",
		"false_negations", "missed_negations", "flagged", "denied", "flag_precision",
		"flag_recall", "coders", "kappa", "alpha", "disagreements", "seed", "lexicon_hash",
		NULL
	};
	struct vbuf2 b = { 0 };
	for (size_t i = 0; hdr[i]; i++)
		bprintf(&b, "%s%s", i ? (D == ',' ? "," : "\t") : "", hdr[i]);
	bprintf(&b, "\n");
	char v[7][40];
	const double x[7] = { o->acc, o->acc_lo, o->acc_hi, o->p, o->rc, o->kappa, o->alpha };
	for (int k = 0; k < 7; k++)
		fmt4(v[k], sizeof(v[k]), x[k]);
	bprintf(&b, "%llu%c%llu%c%s%c%s%c%s%c%llu%c%llu%c%llu%c%llu%c%s%c%s%c%zu%c%s%c%s%c%llu%c%llu"
		"%c%s\n", (unsigned long long)o->n, D, (unsigned long long)(o->n - o->fp - o->fn), D,
		v[0], D, v[1], D, v[2], D, (unsigned long long)o->fp, D, (unsigned long long)o->fn, D,
		(unsigned long long)(o->tp + o->fp), D, (unsigned long long)(o->tp + o->fn), D, v[3],
		D, v[4], D, sc->coders.n, D, v[5], D, v[6], D, (unsigned long long)o->disagree, D,
		(unsigned long long)sc->seed, D, sc->lexicon);
	int rc = validate_write_file(path, b.v, b.n, d);
	free(b.v);
	return rc;
}

static void print_negation(struct score *sc, const struct orow *o, FILE *out)
{
	fprintf(out, "Negation flag of lexicon %s, sample seed %llu; %zu coder%s", sc->lexicon,
		(unsigned long long)sc->seed, sc->coders.n, sc->coders.n == 1 ? "" : "s");
	for (size_t k = 0; k < sc->coders.n; k++)
		fprintf(out, "%s%s", k ? ", " : " (", sc->coders.v[k]);
	fprintf(out, "%s\n\n", sc->coders.n ? ")" : "");
	char v[7][40];
	const double x[7] = { o->acc, o->acc_lo, o->acc_hi, o->p, o->rc, o->kappa, o->alpha };
	for (int k = 0; k < 7; k++)
		fmt4(v[k], sizeof(v[k]), x[k]);
	fprintf(out, "hits judged          %llu\n", (unsigned long long)o->n);
	fprintf(out, "flag right           %llu: %s (95%% CI %s-%s)\n",
		(unsigned long long)(o->n - o->fp - o->fn), v[0], v[1], v[2]);
	fprintf(out, "false negations      %llu (negated, not denied)\n", (unsigned long long)o->fp);
	fprintf(out, "missed negations     %llu (denied, not negated)\n", (unsigned long long)o->fn);
	fprintf(out, "flag precision       %s (of %llu negated hits)\n", v[3][0] ? v[3] : "-",
		(unsigned long long)(o->tp + o->fp));
	fprintf(out, "flag recall          %s (of %llu denied hits)\n", v[4][0] ? v[4] : "-",
		(unsigned long long)(o->tp + o->fn));
	fprintf(out, "agreement            kappa %s, alpha %s\n", v[5][0] ? v[5] : "-",
		v[6][0] ? v[6] : "-");
}

/* The marks of a .qdpx's human codings: one coder (the file's name), one
 * turn unit per turn of the aligned documents and mapped category. */
static int read_qdpx(struct score *sc)
{
	const struct validate_score_opts *o = sc->o;
	struct qdpx_gold_opts go = { o->qdpx, o->map, o->role, o->include_interviewer };
	struct qdpx_gold g;
	int rc = qdpx_gold_load(sc->s, &go, sc->c, sc->nc, &g, sc->d);
	for (size_t i = 0; i < g.notes.n; i++) {
		struct validate_problem p = { o->qdpx, 0, false, xstrdup(g.notes.v[i]) };
		lt_vec_push(&sc->res->problems, p);
	}
	for (size_t i = 0; i < g.errors.n; i++) {
		struct validate_problem p = { o->qdpx, 0, true, xstrdup(g.errors.v[i]) };
		lt_vec_push(&sc->res->problems, p);
		sc->res->rejected_rows++;
	}
	if (rc == LT_OK) {
		uint32_t coder = coder_id(sc, lt_str_make(o->qdpx, strlen(o->qdpx)));
		free(sc->coders.v[coder]);
		sc->coders.v[coder] = default_coder(o->qdpx);
		for (size_t i = 0; i < g.j.n; i++) {
			const struct qdpx_judgement *j = &g.j.v[i];
			char key[64];
			snprintf(key, sizeof(key), "T:%lld:%lld", (long long)j->doc_pk, (long long)j->turn);
			add_mark(sc, lt_str_make(key, strlen(key)), sc->c[j->cat].name, coder, 0, 0,
				 (uint32_t)(2 * j->cat + 1), j->value, j->lexicon);
		}
	}
	qdpx_gold_release(&g);
	if (rc == LT_EINPUT || rc == LT_ELIMIT) /* not a usable project, like a bad sheet */
		rc = sc->d->code = LT_EUSAGE;
	return rc;
}

static int prepare(struct score *sc)
{
	LT_TRY(store_prepare(sc->s,
		"SELECT t.text, t.doc_pk, h.negated, h.form FROM hits h"
		" JOIN documents d ON d.doc_pk = h.doc_pk"
		" JOIN turns t ON t.doc_pk = h.doc_pk AND t.turn = h.turn"
		" JOIN categories c ON c.category_id = h.category_id"
		" WHERE d.doc_id = ?1 AND h.turn = ?2 AND c.name = ?3 AND h.tok_start = ?4"
		" AND h.tok_end = ?5", &sc->q_hit, sc->d));
	LT_TRY(store_prepare(sc->s,
		"SELECT t.text, t.doc_pk FROM turns t JOIN documents d ON d.doc_pk = t.doc_pk"
		" WHERE d.doc_id = ?1 AND t.turn = ?2", &sc->q_turn, sc->d));
	return store_prepare(sc->s, "SELECT EXISTS(SELECT 1 FROM hits WHERE doc_pk = ?1 AND"
			     " turn = ?2 AND category_id = ?3)", &sc->q_lex, sc->d);
}

static void score_release(struct score *sc)
{
	store_finalize(sc->q_hit);
	store_finalize(sc->q_turn);
	store_finalize(sc->q_lex);
	for (size_t i = 0; i < sc->marks.n; i++) {
		free(sc->marks.v[i].unit);
		free(sc->marks.v[i].form);
	}
	lt_vec_release(&sc->marks);
	for (size_t i = 0; i < sc->coders.n; i++)
		free(sc->coders.v[i]);
	lt_vec_release(&sc->coders);
	vcats_free(sc->c, sc->nc);
	free(sc->lexicon);
}

/* coders in byte order of their names, the marks renumbered */
static void sort_coders(struct score *sc)
{
	const size_t n = sc->coders.n;
	uint32_t *rank = xcalloc(n ? n : 1, sizeof(uint32_t));
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < n; j++)
			rank[i] += strcmp(sc->coders.v[j], sc->coders.v[i]) < 0;
	char **v = xcalloc(n ? n : 1, sizeof(char *));
	for (size_t i = 0; i < n; i++)
		v[rank[i]] = sc->coders.v[i];
	memcpy(sc->coders.v, v, n * sizeof(char *));
	free(v);
	for (size_t i = 0; i < sc->marks.n; i++)
		if (sc->marks.v[i].coder != UINT32_MAX)
			sc->marks.v[i].coder = rank[sc->marks.v[i].coder];
	free(rank);
}

int validate_score(struct store *s, const struct validate_score_opts *o, FILE *out,
		   struct validate_score_result *res, struct lt_diag *d)
{
	struct score sc;
	memset(&sc, 0, sizeof(sc));
	sc.s = s;
	sc.o = o;
	sc.res = res;
	sc.d = d;
	int rc = vlexicon_hash(s, &sc.lexicon, d);
	if (rc == LT_OK)
		rc = vcats_load(s, &sc.c, &sc.nc, d);
	if (rc == LT_OK)
		rc = prepare(&sc);
	if (rc == LT_OK && o->qdpx)
		rc = read_qdpx(&sc);
	for (size_t i = 0; i < o->n_sheets && rc == LT_OK && !o->qdpx; i++)
		rc = read_sheet(&sc, (uint32_t)i, o->sheets[i]);
	if (rc == LT_OK && o->reconciled)
		rc = read_sheet(&sc, (uint32_t)o->n_sheets, o->reconciled);
	if (rc == LT_OK && sc.mixed_sheet)
		rc = lt_diag_set(d, LT_EUSAGE, "%s:%u: negation rows and hit or turn rows: score "
				 "negation sheets on their own", sc.mixed_sheet, sc.mixed_line);
	if (rc == LT_OK && sc.marks.n == 0)
		rc = lt_diag_set(d, LT_EUSAGE, "no marks to score in the sheet%s given",
				 o->n_sheets > 1 ? "s" : "");
	const bool negation = sc.n_neg_rows > 0;
	struct orow *rows = xcalloc(2 * sc.nc + 1, sizeof(*rows));
	struct vbuf2 dis = { 0 }, wrong = { 0 };
	if (rc == LT_OK) {
		sort_coders(&sc);
		lt_qsort(sc.marks.v, sc.marks.n, sizeof(struct mark), cmp_mark);
		for (size_t i = 0, j; i < sc.marks.n; i = j) {
			for (j = i + 1; j < sc.marks.n && !strcmp(sc.marks.v[j].unit, sc.marks.v[i].unit); j++)
				;
			score_unit(&sc, rows, sc.marks.v + i, j - i, &dis, &wrong);
		}
		for (size_t r = 0; r < 2 * sc.nc; r++)
			if (rows[r].used)
				figures(&sc, &rows[r], r % 2);
		if (negation)
			negation_figures(&sc, &rows[2 * sc.nc]);
		else
			rc = store_rows(&sc, rows, d);
	}
	if (rc == LT_OK && negation)
		rc = write_negation_csv(&sc, &rows[2 * sc.nc],
					o->out ? o->out : "validation-negation.csv", d);
	else if (rc == LT_OK)
		rc = write_csv(&sc, rows, d);
	if (rc == LT_OK) {
		if (negation)
			print_negation(&sc, &rows[2 * sc.nc], out);
		else
			print_table(&sc, rows, out);
		if (dis.n)
			fprintf(out, "\nDisagreements (%llu units, left out of the scores; settle them "
				"in a sheet given with --reconciled):\n%.*s",
				(unsigned long long)res->disagreements, (int)dis.n, dis.v);
		if (wrong.n)
			fprintf(out, "\nWrong flags (%llu):\n%.*s",
				(unsigned long long)(rows[2 * sc.nc].fp + rows[2 * sc.nc].fn), (int)wrong.n,
				wrong.v);
	}
	free(dis.v);
	free(wrong.v);
	for (size_t r = 0; r <= 2 * sc.nc; r++)
		lt_vec_release(&rows[r].m);
	free(rows);
	score_release(&sc);
	return rc;
}
