/* report_data.c - the HTML report's data, read from the database (see
 * report_data.h). Passes: meta and runs; categories; speakers (groups,
 * data quality); counts (group totals, per-unit theme hits); hits
 * (example candidates, forms); the chosen examples' turns; errors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_data.h"
#include "intern.h"
#include "store.h"
#include "validate_int.h"
#include "xalloc.h"
#include "banned.h"

static char *col_dup(struct store_stmt *q, int i)
{
	size_t n;
	const char *t = store_col_text(q, i, &n);
	return xstrndup(t, n);
}

/* ------------------------------------------------------------ provenance */

static int meta_str(struct store *s, const char *key, char **out, struct lt_diag *d)
{
	LT_TRY(store_meta_get(s, key, out, d));
	if (!*out)
		*out = xstrdup("");
	return LT_OK;
}

static int load_provenance(struct store *s, struct report_data *rd, struct lt_diag *d)
{
	LT_TRY(meta_str(s, "tool_version", &rd->tool_version, d));
	LT_TRY(meta_str(s, "versions", &rd->versions, d));
	LT_TRY(meta_str(s, "language", &rd->language, d));
	LT_TRY(meta_str(s, "lexicon_hash", &rd->lexicon_hash, d));
	LT_TRY(meta_str(s, "lexicon_files", &rd->lexicon_files, d));
	LT_TRY(meta_str(s, "counting_key", &rd->counting_key, d));
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(s, "SELECT run_id, started_at, finished_at, command, lexicon_hash,"
				" rematch_reason, exit_code, documents_failed,"
				" (SELECT COUNT(*) FROM runs) FROM runs ORDER BY run_id DESC LIMIT 1",
			     &q, d));
	int r = store_step(q, d);
	if (r == 1) {
		struct rd_run *u = &rd->run;
		u->exists = true;
		u->run_id = store_col_int(q, 0);
		u->started_at = col_dup(q, 1);
		u->finished_at = col_dup(q, 2);
		u->command = col_dup(q, 3);
		u->lexicon_hash = col_dup(q, 4);
		u->rematch_reason = col_dup(q, 5);
		u->exit_code = store_col_null(q, 6) ? -1 : store_col_int(q, 6);
		u->documents_failed = store_col_int(q, 7);
		rd->n_runs = store_col_int(q, 8);
	}
	store_finalize(q);
	return r < 0 ? r : LT_OK;
}

/* ------------------------------------------------------------ categories */

static int load_cats(struct store *s, struct report_data *rd, struct lt_diag *d)
{
	struct store_category *sc;
	size_t n;
	LT_TRY(store_categories(s, &sc, &n, d));
	struct rd_cat *v = xcalloc(n ? n : 1, sizeof(*v));
	LT_VEC(struct rd_theme) th = { 0 };
	for (size_t i = 0; i < n; i++) {
		struct rd_cat c = { sc[i].id, sc[i].name, sc[i].theme, sc[i].short_name,
				    sc[i].description, sc[i].lexicon_file, sc[i].line,
				    sc[i].theme_row, 0, !sc[i].theme_row };
		sc[i].name = sc[i].theme = sc[i].short_name = NULL; /* moved into v */
		sc[i].description = sc[i].lexicon_file = NULL;
		size_t t = 0;
		while (t < th.n && strcmp(th.v[t].name, c.theme) != 0)
			t++;
		if (t == th.n) {
			struct rd_theme nt = { xstrdup(c.theme), SIZE_MAX };
			lt_vec_push(&th, nt);
		}
		if (c.theme_row)
			th.v[t].row = i;
		c.theme_ix = t;
		v[i] = c;
	}
	store_categories_free(sc, n);
	rd->cats = v;
	rd->n_cats = n;
	rd->themes = th.v;
	rd->n_themes = th.n;
	return LT_OK;
}

/* --category: THEME.NAME, THEME.* (its categories), or NAME when unique */
static int select_cats(struct report_data *rd, const struct report_data_opts *o,
		       struct lt_diag *d)
{
	if (!o->n_categories)
		return LT_OK;
	for (size_t i = 0; i < rd->n_cats; i++)
		rd->cats[i].shown = false;
	for (size_t k = 0; k < o->n_categories; k++) {
		const char *want = o->categories[k];
		size_t n_found = 0, found = SIZE_MAX;
		for (size_t i = 0; i < rd->n_cats; i++) {
			const struct rd_cat *c = &rd->cats[i];
			if (strcmp(c->name, want) == 0 && c->theme_row) {
				for (size_t j = 0; j < rd->n_cats; j++)
					if (rd->cats[j].theme_ix == c->theme_ix && !rd->cats[j].theme_row)
						rd->cats[j].shown = true;
				n_found = 1;
				found = SIZE_MAX;
				break;
			}
			if (strcmp(c->name, want) == 0) {
				n_found = 1;
				found = i;
				break;
			}
			if (!c->theme_row && strcmp(c->short_name, want) == 0) {
				n_found++;
				found = i;
			}
		}
		if (n_found == 0)
			return lt_diag_set(d, LT_EUSAGE, "--category: no category '%s' in the database's "
					   "lexicons", want);
		if (n_found > 1)
			return lt_diag_set(d, LT_EUSAGE, "--category: '%s' names %zu categories; "
					   "write THEME.NAME", want, n_found);
		if (found != SIZE_MAX)
			rd->cats[found].shown = true;
	}
	return LT_OK;
}

/* ------------------------------------------------------------ speakers */

struct doc_ref {
	int64_t pk;
	char *doc_id;
};

/* every speaker of the database, in (doc_pk, speaker) order */
struct any_unit {
	int64_t doc_pk, speaker;
	int64_t unit;                    /* index in rd->units, -1 when left out */
};

struct loader {
	struct store *s;
	struct report_data *rd;
	struct lt_diag *d;
	LT_VEC(struct doc_ref) docs;     /* by doc_pk */
	LT_VEC(struct any_unit) all;
	size_t last;                     /* index of the last lookup */
};

static int load_docs(struct loader *L)
{
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(L->s, "SELECT doc_pk, doc_id, n_turns, n_tokens FROM documents"
				   " ORDER BY doc_pk", &q, L->d));
	int r;
	while ((r = store_step(q, L->d)) == 1) {
		struct doc_ref dr = { store_col_int(q, 0), col_dup(q, 1) };
		lt_vec_push(&L->docs, dr);
		L->rd->turns += store_col_int(q, 2);
		L->rd->tokens += store_col_int(q, 3);
	}
	store_finalize(q);
	L->rd->documents = (int64_t)L->docs.n;
	return r < 0 ? r : LT_OK;
}

static const char *doc_id_of(const struct loader *L, int64_t pk)
{
	size_t lo = 0, hi = L->docs.n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (L->docs.v[mid].pk < pk)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < L->docs.n && L->docs.v[lo].pk == pk ? L->docs.v[lo].doc_id : "";
}

/* the unit index of a speaker, -1 when left out or unknown */
static int64_t unit_of(struct loader *L, int64_t doc_pk, int64_t speaker)
{
	const struct any_unit *a = L->all.v;
	if (L->last < L->all.n && a[L->last].doc_pk == doc_pk && a[L->last].speaker == speaker)
		return a[L->last].unit;
	size_t lo = 0, hi = L->all.n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (a[mid].doc_pk < doc_pk || (a[mid].doc_pk == doc_pk && a[mid].speaker < speaker))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == L->all.n || a[lo].doc_pk != doc_pk || a[lo].speaker != speaker)
		return -1;
	L->last = lo;
	return a[lo].unit;
}

static int cmp_group_value(const void *a, const void *b)
{
	return strcmp(((const struct rd_group *)a)->value, ((const struct rd_group *)b)->value);
}

struct pending_unit {
	int64_t doc_pk, tokens, turns;
	uint32_t gid;                    /* intern id of its value */
};

/* sort the groups by value and lay the units out group by group */
static void order_groups(struct loader *L, struct pending_unit *pu, size_t n_pu)
{
	struct report_data *rd = L->rd;
	size_t ng = rd->n_groups;
	for (size_t g = 0; g < ng; g++)
		rd->groups[g].first_unit = g;     /* remember the intern id */
	lt_qsort(rd->groups, ng, sizeof(*rd->groups), cmp_group_value);
	uint32_t *remap = xcalloc(ng ? ng : 1, sizeof(uint32_t));
	for (size_t g = 0; g < ng; g++)
		remap[rd->groups[g].first_unit] = (uint32_t)g;
	size_t *start = xcalloc(ng + 1, sizeof(size_t));
	for (size_t i = 0; i < n_pu; i++)
		start[remap[pu[i].gid] + 1]++;
	for (size_t g = 0; g < ng; g++) {
		start[g + 1] += start[g];
		rd->groups[g].first_unit = start[g];
		rd->groups[g].n_units = 0;
	}
	rd->units = xcalloc(n_pu ? n_pu : 1, sizeof(*rd->units));
	rd->n_units = n_pu;
	int64_t *pos = xcalloc(n_pu ? n_pu : 1, sizeof(int64_t));
	int64_t *last_doc = xcalloc(ng ? ng : 1, sizeof(int64_t));
	for (size_t g = 0; g < ng; g++)
		last_doc[g] = -1;
	for (size_t i = 0; i < n_pu; i++) {
		uint32_t g = remap[pu[i].gid];
		struct rd_group *gr = &rd->groups[g];
		size_t u = gr->first_unit + gr->n_units++;
		rd->units[u].tokens = pu[i].tokens;
		rd->units[u].group = g;
		pos[i] = (int64_t)u;
		gr->speakers++;
		gr->turns += pu[i].turns;
		gr->tokens += pu[i].tokens;
		if (last_doc[g] != pu[i].doc_pk) {
			last_doc[g] = pu[i].doc_pk;
			gr->documents++;
		}
	}
	for (size_t k = 0; k < L->all.n; k++)
		if (L->all.v[k].unit >= 0)
			L->all.v[k].unit = pos[L->all.v[k].unit];
	free(last_doc);
	free(pos);
	free(start);
	free(remap);
}

static int load_speakers(struct loader *L)
{
	struct report_data *rd = L->rd;
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(L->s, "SELECT s.doc_pk, s.speaker, s.label, s.interviewer, s.n_turns,"
				   " s.n_tokens, (SELECT value FROM speaker_attrs a WHERE a.doc_pk ="
				   " s.doc_pk AND a.speaker = s.speaker AND a.key = ?1),"
				   " (SELECT value FROM speaker_attrs a WHERE a.doc_pk = s.doc_pk"
				   " AND a.speaker = s.speaker AND a.key = 'role')"
				   " FROM speakers s ORDER BY s.doc_pk, s.speaker", &q, L->d));
	store_bind_text(q, 1, rd->by);
	struct intern ids;
	intern_init(&ids);
	LT_VEC(struct pending_unit) pu = { 0 };
	LT_VEC(struct rd_group) groups = { 0 };
	int r;
	while ((r = store_step(q, L->d)) == 1) {
		struct any_unit a = { store_col_int(q, 0), store_col_int(q, 1), -1 };
		bool interviewer = store_col_int(q, 3) != 0;
		rd->speakers++;
		rd->interviewers += interviewer;
		size_t role_len = 0;
		store_col_text(q, 7, &role_len);
		if (!interviewer && role_len == 0) {
			if (rd->no_role++ < RD_MAX_LISTED) {
				struct rd_no_role nr = { xstrdup(doc_id_of(L, a.doc_pk)), col_dup(q, 2) };
				lt_vec_push(&rd->no_role_list, nr);
			}
		}
		if (!interviewer || rd->include_interviewer) {
			size_t vlen;
			const char *v = store_col_text(q, 6, &vlen);
			uint32_t id = intern_put(&ids, v, vlen);
			if (id == groups.n) {
				struct rd_group g;
				memset(&g, 0, sizeof(g));
				g.value = xstrndup(v, vlen);
				lt_vec_push(&groups, g);
			}
			struct pending_unit p = { a.doc_pk, store_col_int(q, 5), store_col_int(q, 4), id };
			a.unit = (int64_t)pu.n;
			lt_vec_push(&pu, p);
		}
		lt_vec_push(&L->all, a);
	}
	store_finalize(q);
	intern_release(&ids);
	rd->groups = groups.v;
	rd->n_groups = groups.n;
	if (r == 0)
		order_groups(L, pu.v, pu.n);
	lt_vec_release(&pu);
	size_t nc = rd->n_cats ? rd->n_cats : 1;
	for (size_t g = 0; g < rd->n_groups; g++)
		rd->groups[g].cnt = xcalloc(nc, sizeof(struct rd_counts));
	return r < 0 ? r : LT_OK;
}

/* ------------------------------------------------------------ counts */

static size_t cat_index(const struct report_data *rd, int64_t id)
{
	if (id >= 0 && (size_t)id < rd->n_cats && rd->cats[id].id == id)
		return (size_t)id;
	for (size_t i = 0; i < rd->n_cats; i++)
		if (rd->cats[i].id == id)
			return i;
	return SIZE_MAX;
}

static int load_counts(struct loader *L)
{
	struct report_data *rd = L->rd;
	rd->unit_hits = xcalloc(xmul(rd->n_units ? rd->n_units : 1,
				     rd->n_themes ? rd->n_themes : 1), sizeof(int64_t));
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(L->s, "SELECT doc_pk, speaker, category_id, hits, matched_tokens,"
				   " negated, turns_with_hit FROM counts"
				   " ORDER BY doc_pk, speaker, category_id", &q, L->d));
	int r;
	while ((r = store_step(q, L->d)) == 1) {
		int64_t u = unit_of(L, store_col_int(q, 0), store_col_int(q, 1));
		size_t ci = cat_index(rd, store_col_int(q, 2));
		if (u < 0 || ci == SIZE_MAX)
			continue;
		struct rd_counts *c = &rd->groups[rd->units[u].group].cnt[ci];
		int64_t hits = store_col_int(q, 3);
		c->hits += hits;
		c->matched += store_col_int(q, 4);
		c->negated += store_col_int(q, 5);
		c->turns_with_hit += store_col_int(q, 6);
		if (rd->cats[ci].theme_row)
			rd->unit_hits[(size_t)u * rd->n_themes + rd->cats[ci].theme_ix] += hits;
	}
	store_finalize(q);
	return r < 0 ? r : LT_OK;
}

/* ------------------------------------------------------------ hits */

struct cand {
	uint64_t key;
	int64_t doc_pk, turn, byte_start, byte_end;
	const char *doc_id;              /* borrowed from L->docs */
	bool negated;
};

struct hit_scan {
	struct cand *cand;               /* [cell * N] */
	size_t *n_cand;                  /* per cell */
	struct intern forms;             /* key: category index (4 bytes) + form */
	LT_VEC(int64_t) form_n;
};

/* keep the N smallest keys of a cell */
static void cand_offer(struct cand *c, size_t *n, size_t cap, const struct cand *x)
{
	if (*n < cap) {
		c[(*n)++] = *x;
		return;
	}
	size_t worst = 0;
	for (size_t i = 1; i < cap; i++)
		if (c[i].key > c[worst].key)
			worst = i;
	if (x->key < c[worst].key)
		c[worst] = *x;
}

static void tally_form(struct hit_scan *hs, size_t ci, const char *form, size_t len)
{
	char buf[512];
	uint32_t ci32 = (uint32_t)ci;
	len = LT_MIN(len, sizeof(buf) - 4);
	memcpy(buf, &ci32, 4);
	memcpy(buf + 4, form, len);
	uint32_t id = intern_put(&hs->forms, buf, len + 4);
	if (id == hs->form_n.n)
		lt_vec_push(&hs->form_n, 0);
	hs->form_n.v[id]++;
}

static int scan_hits(struct loader *L, struct hit_scan *hs)
{
	struct report_data *rd = L->rd;
	const size_t N = rd->examples;
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(L->s, "SELECT doc_pk, turn, category_id, tok_start, speaker,"
				   " byte_start, byte_end, form, negated FROM hits"
				   " ORDER BY doc_pk, turn, category_id, tok_start", &q, L->d));
	int r;
	int64_t cur_pk = INT64_MIN;
	const char *cur_id = "";
	while ((r = store_step(q, L->d)) == 1) {
		struct cand c;
		c.doc_pk = store_col_int(q, 0);
		int64_t u = unit_of(L, c.doc_pk, store_col_int(q, 4));
		size_t ci = cat_index(rd, store_col_int(q, 2));
		if (u < 0 || ci == SIZE_MAX)
			continue;
		size_t flen;
		const char *form = store_col_text(q, 7, &flen);
		tally_form(hs, ci, form, flen);
		if (!N || !rd->cats[ci].shown)
			continue;
		if (c.doc_pk != cur_pk) {
			cur_pk = c.doc_pk;
			cur_id = doc_id_of(L, cur_pk);
		}
		c.turn = store_col_int(q, 1);
		c.byte_start = store_col_int(q, 5);
		c.byte_end = store_col_int(q, 6);
		c.negated = store_col_int(q, 8) != 0;
		c.doc_id = cur_id;
		char *k = xasprintf("%s:%lld:%lld:%s", cur_id, (long long)c.turn,
				    (long long)store_col_int(q, 3), rd->cats[ci].name);
		c.key = vkey_hash(rd->seed, k, strlen(k));
		free(k);
		size_t cell = (size_t)rd->units[u].group * rd->n_cats + ci;
		cand_offer(hs->cand + cell * N, &hs->n_cand[cell], N, &c);
	}
	store_finalize(q);
	return r < 0 ? r : LT_OK;
}

static int cmp_cand(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	int c = strcmp(x->doc_id, y->doc_id);
	if (c)
		return c;
	if (x->turn != y->turn)
		return x->turn < y->turn ? -1 : 1;
	return x->byte_start < y->byte_start ? -1 : x->byte_start > y->byte_start;
}

/* ------------------------------------------------------------ examples */

#define EX_CONTEXT 90    /* bytes of context on each side, about 15 words */

static bool is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

/* a window of about EX_CONTEXT bytes each side of [bs, be), cut at spaces */
static void cut_window(const char *t, size_t len, size_t bs, size_t be, struct rd_example *e)
{
	bs = LT_MIN(bs, len);
	be = LT_MAX(bs, LT_MIN(be, len));
	size_t a = bs > EX_CONTEXT ? bs - EX_CONTEXT : 0;
	size_t b = be + EX_CONTEXT < len ? be + EX_CONTEXT : len;
	if (a > 0) {
		size_t k = a;
		while (k < bs && t[k] != ' ' && t[k] != '\n')
			k++;
		a = k < bs ? k + 1 : a;
		while (a < bs && is_cont((unsigned char)t[a]))
			a++;
	}
	if (b < len) {
		size_t k = b;
		while (k > be && t[k] != ' ' && t[k] != '\n')
			k--;
		b = k > be ? k : b;
		while (b > be && b < len && is_cont((unsigned char)t[b]))
			b--;
	}
	e->cut_left = a > 0;
	e->cut_right = b < len;
	e->text = xstrndup(t + a, b - a);
	e->mark_start = bs - a;
	e->mark_end = be - a;
}

static int fetch_examples(struct loader *L, struct hit_scan *hs)
{
	struct report_data *rd = L->rd;
	const size_t N = rd->examples, n_cells = rd->n_groups * rd->n_cats;
	rd->ex = xcalloc(n_cells ? n_cells : 1, sizeof(*rd->ex));
	if (!N)
		return LT_OK;
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(L->s, "SELECT t.text, t.line, s.label FROM turns t JOIN speakers s"
				   " ON s.doc_pk = t.doc_pk AND s.speaker = t.speaker"
				   " WHERE t.doc_pk = ?1 AND t.turn = ?2", &q, L->d));
	int rc = LT_OK;
	for (size_t cell = 0; cell < n_cells && rc == LT_OK; cell++) {
		struct cand *c = hs->cand + cell * N;
		size_t n = hs->n_cand[cell];
		lt_qsort(c, n, sizeof(*c), cmp_cand);
		rd->ex[cell].v = xcalloc(n ? n : 1, sizeof(struct rd_example));
		for (size_t i = 0; i < n; i++) {
			store_reset(q);
			store_bind_int(q, 1, c[i].doc_pk);
			store_bind_int(q, 2, c[i].turn);
			int r = store_step(q, L->d);
			if (r < 0) {
				rc = r;
				break;
			}
			if (r == 0)
				continue;       /* a hit without its turn: nothing to show */
			struct rd_example *e = &rd->ex[cell].v[rd->ex[cell].n++];
			size_t tlen;
			const char *t = store_col_text(q, 0, &tlen);
			cut_window(t, tlen, (size_t)LT_MAX(c[i].byte_start, 0),
				   (size_t)LT_MAX(c[i].byte_end, 0), e);
			e->line = store_col_int(q, 1);
			e->speaker = col_dup(q, 2);
			e->doc_id = xstrdup(c[i].doc_id);
			e->turn = c[i].turn;
			e->negated = c[i].negated;
		}
	}
	store_finalize(q);
	return rc;
}

/* ------------------------------------------------------------ forms */

struct form_ref {
	uint32_t cat, id;
	int64_t n;
	lt_str form;
};

static int cmp_form_ref(const void *a, const void *b)
{
	const struct form_ref *x = a, *y = b;
	if (x->cat != y->cat)
		return x->cat < y->cat ? -1 : 1;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	size_t m = LT_MIN(x->form.len, y->form.len);
	int c = memcmp(x->form.ptr, y->form.ptr, m);
	return c ? c : (x->form.len > y->form.len) - (x->form.len < y->form.len);
}

static void top_forms(struct report_data *rd, const struct hit_scan *hs)
{
	size_t n = intern_count(&hs->forms);
	struct form_ref *v = xcalloc(n ? n : 1, sizeof(*v));
	for (size_t i = 0; i < n; i++) {
		lt_str k = intern_str(&hs->forms, (uint32_t)i);
		memcpy(&v[i].cat, k.ptr, 4);
		v[i].id = (uint32_t)i;
		v[i].n = hs->form_n.v[i];
		v[i].form = lt_str_make(k.ptr + 4, k.len - 4);
	}
	lt_qsort(v, n, sizeof(*v), cmp_form_ref);
	size_t nc = rd->n_cats ? rd->n_cats : 1;
	rd->forms = xcalloc(xmul(nc, RD_TOP_FORMS), sizeof(struct rd_form));
	rd->n_forms = xcalloc(nc, sizeof(size_t));
	for (size_t i = 0; i < n; i++) {
		size_t c = v[i].cat;
		if (c >= rd->n_cats || rd->n_forms[c] == RD_TOP_FORMS)
			continue;
		struct rd_form *f = &rd->forms[c * RD_TOP_FORMS + rd->n_forms[c]++];
		f->form = xstrndup(v[i].form.ptr, v[i].form.len);
		f->n = v[i].n;
	}
	free(v);
}

/* ------------------------------------------------------------ errors */

static int load_errors(struct loader *L)
{
	struct report_data *rd = L->rd;
	struct store_stmt *q = NULL;
	/* the latest run's rows; a merged database's carry run_id NULL */
	LT_TRY(store_prepare(L->s, "SELECT input, line, severity, message FROM errors"
				   " WHERE run_id IS NULL OR run_id = (SELECT MAX(run_id) FROM runs)"
				   " ORDER BY error_id", &q, L->d));
	int r;
	while ((r = store_step(q, L->d)) == 1) {
		rd->n_errors++;
		const char *sev = store_col_text(q, 2, NULL);
		if (strcmp(sev, "error") == 0)
			rd->n_error_rows++;
		else
			rd->n_warning_rows++;
		const char *msg = store_col_text(q, 3, NULL);
		if (strstr(msg, "matches no document") || strstr(msg, "is not in document") ||
		    strstr(msg, "is no speaker of any document"))
			rd->meta_unmatched++;
		if (rd->errors.n < RD_MAX_LISTED) {
			struct rd_error e = { col_dup(q, 0), col_dup(q, 2), col_dup(q, 3),
					      store_col_null(q, 1) ? 0 : store_col_int(q, 1) };
			lt_vec_push(&rd->errors, e);
		}
	}
	store_finalize(q);
	return r < 0 ? r : LT_OK;
}

/* ------------------------------------------------------------ driver */

static int load_validation(struct store *s, struct report_data *rd, struct lt_diag *d)
{
	const char **names = xcalloc(rd->n_cats ? rd->n_cats : 1, sizeof(char *));
	for (size_t i = 0; i < rd->n_cats; i++)
		names[i] = rd->cats[i].name;
	rd->val = xcalloc(rd->n_cats ? rd->n_cats : 1, sizeof(*rd->val));
	int rc = validate_lookup(s, names, rd->n_cats, rd->val, d);
	free(names);
	return rc;
}

static int load_all(struct loader *L, const struct report_data_opts *o)
{
	struct report_data *rd = L->rd;
	LT_TRY(load_provenance(L->s, rd, L->d));
	LT_TRY(load_cats(L->s, rd, L->d));
	LT_TRY(select_cats(rd, o, L->d));
	LT_TRY(load_docs(L));
	LT_TRY(load_speakers(L));
	LT_TRY(load_counts(L));
	struct hit_scan hs;
	memset(&hs, 0, sizeof(hs));
	size_t n_cells = rd->n_groups * rd->n_cats;
	hs.cand = xcalloc(xmul(n_cells ? n_cells : 1, rd->examples ? rd->examples : 1),
			  sizeof(struct cand));
	hs.n_cand = xcalloc(n_cells ? n_cells : 1, sizeof(size_t));
	intern_init(&hs.forms);
	int rc = scan_hits(L, &hs);
	if (rc == LT_OK)
		rc = fetch_examples(L, &hs);
	if (rc == LT_OK)
		top_forms(rd, &hs);
	intern_release(&hs.forms);
	lt_vec_release(&hs.form_n);
	free(hs.cand);
	free(hs.n_cand);
	LT_TRY(rc);
	LT_TRY(load_errors(L));
	return load_validation(L->s, rd, L->d);
}

int report_data_load(struct store *s, const struct report_data_opts *o,
		     struct report_data *rd, struct lt_diag *d)
{
	memset(rd, 0, sizeof(*rd));
	rd->by = o->by ? o->by : "role";
	rd->include_interviewer = o->include_interviewer;
	rd->examples = o->examples;
	rd->seed = o->seed;
	struct loader L;
	memset(&L, 0, sizeof(L));
	L.s = s;
	L.rd = rd;
	L.d = d;
	/* one read transaction: every pass sees the same database state */
	LT_TRY(store_exec(s, "BEGIN", d));
	int rc = load_all(&L, o);
	struct lt_diag d2;
	lt_diag_init(&d2);
	store_exec(s, "COMMIT", &d2);
	for (size_t i = 0; i < L.docs.n; i++)
		free(L.docs.v[i].doc_id);
	lt_vec_release(&L.docs);
	lt_vec_release(&L.all);
	return rc;
}

void report_data_release(struct report_data *rd)
{
	for (size_t i = 0; i < rd->n_cats; i++) {
		struct rd_cat *c = &rd->cats[i];
		free(c->name);
		free(c->theme);
		free(c->short_name);
		free(c->description);
		free(c->lexicon_file);
		for (size_t k = 0; rd->n_forms && k < rd->n_forms[i]; k++)
			free(rd->forms[i * RD_TOP_FORMS + k].form);
	}
	for (size_t t = 0; t < rd->n_themes; t++)
		free(rd->themes[t].name);
	for (size_t g = 0; g < rd->n_groups; g++) {
		free(rd->groups[g].value);
		free(rd->groups[g].cnt);
	}
	for (size_t cell = 0; rd->ex && cell < rd->n_groups * rd->n_cats; cell++) {
		for (size_t i = 0; i < rd->ex[cell].n; i++) {
			struct rd_example *e = &rd->ex[cell].v[i];
			free(e->doc_id);
			free(e->speaker);
			free(e->text);
		}
		free(rd->ex[cell].v);
	}
	for (size_t i = 0; i < rd->no_role_list.n; i++) {
		free(rd->no_role_list.v[i].doc_id);
		free(rd->no_role_list.v[i].label);
	}
	for (size_t i = 0; i < rd->errors.n; i++) {
		free(rd->errors.v[i].input);
		free(rd->errors.v[i].severity);
		free(rd->errors.v[i].message);
	}
	lt_vec_release(&rd->no_role_list);
	lt_vec_release(&rd->errors);
	free(rd->cats);
	free(rd->themes);
	free(rd->groups);
	free(rd->units);
	free(rd->unit_hits);
	free(rd->ex);
	free(rd->forms);
	free(rd->n_forms);
	free(rd->val);
	free(rd->tool_version);
	free(rd->versions);
	free(rd->language);
	free(rd->lexicon_hash);
	free(rd->lexicon_files);
	free(rd->counting_key);
	free(rd->run.started_at);
	free(rd->run.finished_at);
	free(rd->run.command);
	free(rd->run.lexicon_hash);
	free(rd->run.rematch_reason);
	memset(rd, 0, sizeof(*rd));
}
