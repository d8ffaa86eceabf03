/* qdpx_align.c - human codings of a .qdpx as the gold standard: sources
 * aligned with the database's documents by their words, selections mapped
 * to the turns they cover, one judgement per turn and mapped category
 * (see qdpx.h, docs/qda.md "Hand codings as the gold standard").
 *
 * Alignment: both texts become word tokens (letters and digits, ASCII
 * folded; punctuation, white space and line ends dropped, so the tools'
 * normalisations do not matter). Tokens are matched in order, greedily:
 * equal tokens match; at a difference the cheapest resynchronisation is
 * looked for - the nearest place where a three-token run of the source
 * occurs again in the document, cost = tokens skipped on both sides - so
 * what only one side has (speaker labels, timestamps, a heading) is
 * skipped. A source is aligned with a document when at least
 * QDPX_ALIGN_MIN of the document's tokens are matched.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qdpx.h"
#include "validate_int.h"
#include "csv.h"
#include "reader.h"
#include "arena.h"
#include "store.h"
#include "xalloc.h"
#include "banned.h"

#define QDPX_ALIGN_MIN 0.8   /* share of the document's tokens matched */
#define RESYNC_WINDOW 400    /* source tokens looked ahead at a difference */

/* ------------------------------------------------------------ tokens */

static uint32_t next_cp(const unsigned char *s, size_t n, size_t *i)
{
	unsigned c = s[*i];
	size_t k = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
	if (*i + k > n)
		k = n - *i;
	uint32_t cp = k == 1 ? c : k == 2 ? c & 0x1F : k == 3 ? c & 0x0F : c & 0x07;
	for (size_t j = 1; j < k; j++)
		cp = (cp << 6) | (s[*i + j] & 0x3F);
	*i += k;
	return cp;
}

/* Letters and digits (ASCII), and non-ASCII code points outside the
 * punctuation, space and symbol blocks (curly quotes, dashes, NBSP, BOM...). */
static bool word_cp(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
	if (c <= 0xBF || c == 0xD7 || c == 0xF7)
		return false;
	if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
	    (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF0F) || c == 0xFEFF ||
	    (c >= 0xFFF0 && c <= 0xFFFF))
		return false;
	return true;
}

size_t qdpx_tokenize(const char *s, size_t len, struct qdpx_tok **out)
{
	LT_VEC(struct qdpx_tok) v = { 0 };
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	uint64_t cp = 0;
	bool in = false;
	struct qdpx_tok t = { 0, 0, 0, 0, 0 };
	while (i < len) {
		size_t at = i;
		uint32_t c = next_cp(u, len, &i);
		bool w = word_cp(c);
		if (w && !in) {
			t.cp_start = cp;
			t.b_start = at;
			t.hash = 0xcbf29ce484222325ULL;
			in = true;
		}
		if (w) {
			for (size_t j = at; j < i; j++) {
				unsigned char b = u[j];
				if (b >= 'A' && b <= 'Z')
					b |= 0x20;
				t.hash = (t.hash ^ b) * 0x100000001b3ULL;
			}
		} else if (in) {
			t.cp_end = cp;
			t.b_len = at - t.b_start;
			t.hash = vkey_mix(t.hash);
			lt_vec_push(&v, t);
			in = false;
		}
		cp++;
	}
	if (in) {
		t.cp_end = cp;
		t.b_len = len - t.b_start;
		t.hash = vkey_mix(t.hash);
		lt_vec_push(&v, t);
	}
	*out = v.v;
	return v.n;
}

/* ------------------------------------------------------------ matching */

struct gram {
	uint64_t h;
	size_t pos;
};

static uint64_t gram_at(const struct qdpx_tok *t, size_t i)
{
	return vkey_mix(t[i].hash ^ vkey_mix(t[i + 1].hash ^ vkey_mix(t[i + 2].hash)));
}

static int cmp_gram(const void *a, const void *b)
{
	const struct gram *x = a, *y = b;
	if (x->h != y->h)
		return x->h < y->h ? -1 : 1;
	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* The first position >= j of gram h in g[0..n), or SIZE_MAX. */
static size_t gram_find(const struct gram *g, size_t n, uint64_t h, size_t j)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (g[mid].h < h || (g[mid].h == h && g[mid].pos < j))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && g[lo].h == h ? g[lo].pos : SIZE_MAX;
}

size_t qdpx_match(const struct qdpx_tok *a, size_t na, const struct qdpx_tok *b, size_t nb,
		  int64_t *match)
{
	for (size_t i = 0; i < na; i++)
		match[i] = -1;
	const size_t ng = nb >= 3 ? nb - 2 : 0;
	struct gram *g = xmalloc((ng ? ng : 1) * sizeof(*g));
	for (size_t j = 0; j < ng; j++) {
		g[j].h = gram_at(b, j);
		g[j].pos = j;
	}
	lt_qsort(g, ng, sizeof(*g), cmp_gram);
	size_t i = 0, j = 0, matched = 0;
	while (i < na && j < nb) {
		if (a[i].hash == b[j].hash) {
			match[i++] = (int64_t)j++;
			matched++;
			continue;
		}
		size_t best = SIZE_MAX, bi = 0, bj = 0;
		for (size_t k = i; k + 2 < na && k - i <= RESYNC_WINDOW && k - i < best; k++) {
			size_t p = gram_find(g, ng, gram_at(a, k), j);
			if (p != SIZE_MAX && (k - i) + (p - j) < best && a[k].hash == b[p].hash) {
				best = (k - i) + (p - j);
				bi = k;
				bj = p;
			}
		}
		if (best == SIZE_MAX) {
			i++;
			continue;
		}
		i = bi;
		j = bj;
	}
	free(g);
	return matched;
}

/* ------------------------------------------------------------ the map */

struct map_row {
	char *code;
	uint32_t line;
	size_t cat;                      /* index into the vcat array */
};

/* A map's category: THEME.NAME, THEME.* or THEME (the theme row), or a
 * short NAME when one category has it. SIZE_MAX: unknown; SIZE_MAX - 1:
 * ambiguous. */
static size_t map_category(const struct vcat *c, size_t nc, const char *want)
{
	for (size_t i = 0; i < nc; i++)
		if (!strcmp(c[i].name, want))
			return i;
	for (size_t i = 0; i < nc; i++)
		if (c[i].theme_row && !strcmp(c[i].theme, want))
			return i;
	size_t found = SIZE_MAX;
	for (size_t i = 0; i < nc; i++)
		if (!c[i].theme_row && !strcmp(c[i].short_name, want))
			found = found == SIZE_MAX ? i : SIZE_MAX - 1;
	return found;
}

static void gsay(struct qdpx_gold *g, bool error, const char *fmt, ...) LT_PRINTF(3, 4);
static void gsay(struct qdpx_gold *g, bool error, const char *fmt, ...)
{
	char buf[600];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (error)
		lt_vec_push(&g->errors, xstrdup(buf));
	else
		lt_vec_push(&g->notes, xstrdup(buf));
}

void qdpx_gold_release(struct qdpx_gold *g)
{
	lt_vec_release(&g->j);
	for (size_t i = 0; i < g->notes.n; i++)
		free(g->notes.v[i]);
	lt_vec_release(&g->notes);
	for (size_t i = 0; i < g->errors.n; i++)
		free(g->errors.v[i]);
	lt_vec_release(&g->errors);
}

struct map_rows {
	struct map_row *v;
	size_t n, cap;
};

static void map_rows_release(struct map_rows *m)
{
	for (size_t i = 0; i < m->n; i++)
		free(m->v[i].code);
	lt_vec_release(m);
}

static lt_str trim(lt_str f)
{
	while (f.len && (f.ptr[0] == ' ' || f.ptr[0] == '\t'))
		f.ptr++, f.len--;
	while (f.len && (f.ptr[f.len - 1] == ' ' || f.ptr[f.len - 1] == '\t'))
		f.len--;
	return f;
}

/* MAP.csv: code,category rows (an optional header "code,category"). */
static int read_map(const char *path, const struct vcat *c, size_t nc, struct map_rows *m,
		    struct qdpx_gold *g, struct lt_diag *d)
{
	struct arena a;
	arena_init(&a);
	struct decoded dec; /* through the one reader: BOM, UTF-16, Windows-1252 */
	struct lt_msgs dm;
	msgs_init(&dm);
	int rr = reader_read_text(path, "map", 16u << 20, &a, &dec, &dm, d);
	for (size_t i = 0; i < dm.n; i++)
		gsay(g, false, "%s:%u: %s", path, dm.v[i].line, dm.v[i].text);
	msgs_release(&dm);
	if (rr < 0) {
		arena_release(&a);
		return rr;
	}
	const char *text = dec.text;
	size_t len = dec.len;
	struct csv_reader r;
	struct csv_record rec = { 0 };
	csv_init(&r, text, len, csv_detect_delim(text, len));
	struct lt_diag dd;
	lt_diag_init(&dd);
	int got, rc = LT_OK;
	while ((got = csv_next(&r, &rec, &a, &dd)) > 0) {
		lt_str code = rec.n > 0 ? trim(rec.f[0]) : LT_STR("");
		lt_str cat = rec.n > 1 ? trim(rec.f[1]) : LT_STR("");
		if (!code.len && !cat.len)
			continue;
		if (rec.line == 1 && lt_str_eqz(code, "code") && lt_str_eqz(cat, "category"))
			continue;
		if (!code.len || !cat.len) {
			gsay(g, true, "%s:%u: a row needs a code and a category", path, rec.line);
			continue;
		}
		char *cs = xstrndup(cat.ptr, cat.len);
		size_t k = map_category(c, nc, cs);
		if (k >= SIZE_MAX - 1)
			rc = lt_diag_set(d, LT_EUSAGE, "%s:%u: %s category '%s' (give THEME.NAME, "
					 "THEME.* or THEME; see the categories table)", path, rec.line,
					 k == SIZE_MAX ? "no" : "ambiguous", cs);
		free(cs);
		if (rc < 0)
			break;
		struct map_row mr = { xstrndup(code.ptr, code.len), rec.line, k };
		lt_vec_push(m, mr);
	}
	if (rc == LT_OK && got < 0)
		rc = lt_diag_set(d, LT_EUSAGE, "%s:%s", path, dd.msg);
	if (rc == LT_OK && m->n == 0)
		rc = lt_diag_set(d, LT_EUSAGE, "%s: no code,category rows", path);
	csv_record_release(&rec);
	arena_release(&a);
	return rc;
}

/* ------------------------------------------------------------ documents */

struct gturn {
	int64_t turn;
	bool selected;
};

struct gdoc {
	int64_t pk;
	char *doc_id, *stem;             /* stem: file name without folder and extension */
	LT_VEC(struct gturn) turns;
	struct qdpx_tok *tok;
	size_t ntok;
	uint32_t *tok_turn;              /* index into turns, per token */
	uint64_t *hashes;                /* sorted distinct token hashes */
	size_t nhash;
	int64_t source;                  /* the source aligned with it, -1 */
};

static void gdocs_free(struct gdoc *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].doc_id);
		free(v[i].stem);
		lt_vec_release(&v[i].turns);
		free(v[i].tok);
		free(v[i].tok_turn);
		free(v[i].hashes);
	}
	free(v);
}

static char *name_stem(const char *s)
{
	const char *b = strrchr(s, '/');
	b = b ? b + 1 : s;
	const char *bs = strrchr(b, '\\');
	b = bs ? bs + 1 : b;
	const char *dot = strrchr(b, '.');
	size_t n = dot && dot != b && strlen(dot) <= 6 ? (size_t)(dot - b) : strlen(b);
	char *r = xstrndup(b, n);
	for (char *p = r; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p |= 0x20;
	return r;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

static size_t distinct_hashes(const struct qdpx_tok *t, size_t n, uint64_t **out)
{
	uint64_t *h = xmalloc((n ? n : 1) * sizeof(uint64_t));
	for (size_t i = 0; i < n; i++)
		h[i] = t[i].hash;
	lt_qsort(h, n, sizeof(uint64_t), cmp_u64);
	size_t o = 0;
	for (size_t i = 0; i < n; i++)
		if (o == 0 || h[o - 1] != h[i])
			h[o++] = h[i];
	*out = h;
	return o;
}

/* A document's turns, their tokens (in turn order), which are selected. */
static int load_doc_turns(struct store_stmt *q, const struct qdpx_gold_opts *o, struct gdoc *dc,
			  struct lt_diag *d)
{
	store_reset(q);
	store_bind_int(q, 1, dc->pk);
	LT_VEC(struct qdpx_tok) tok = { 0 };
	LT_VEC(uint32_t) tt = { 0 };
	int r;
	while ((r = store_step(q, d)) == 1) {
		struct gturn t;
		t.turn = store_col_int(q, 0);
		size_t rl;
		const char *role = store_col_text(q, 3, &rl);
		t.selected = (o->include_interviewer || store_col_int(q, 2) == 0) &&
			     (!o->role || (strlen(o->role) == rl && !memcmp(o->role, role, rl)));
		lt_vec_push(&dc->turns, t);
		size_t tl;
		const char *text = store_col_text(q, 1, &tl);
		struct qdpx_tok *tk = NULL;
		size_t n = qdpx_tokenize(text, tl, &tk);
		for (size_t i = 0; i < n; i++) {
			lt_vec_push(&tok, tk[i]);
			lt_vec_push(&tt, (uint32_t)(dc->turns.n - 1));
		}
		free(tk);
	}
	dc->tok = tok.v;
	dc->ntok = tok.n;
	dc->tok_turn = tt.v;
	dc->nhash = distinct_hashes(dc->tok, dc->ntok, &dc->hashes);
	return r < 0 ? r : LT_OK;
}

static int load_docs(struct store *s, const struct qdpx_gold_opts *o, struct gdoc **out,
		     size_t *n, struct lt_diag *d)
{
	struct store_stmt *qd = NULL, *qt = NULL;
	LT_VEC(struct gdoc) v = { 0 };
	int rc = store_prepare(s, "SELECT doc_pk, doc_id, path FROM documents ORDER BY doc_id",
			       &qd, d);
	if (rc == LT_OK)
		rc = store_prepare(s, "SELECT t.turn, t.text, sp.interviewer, COALESCE(a.value, '')"
				   " FROM turns t JOIN speakers sp ON sp.doc_pk = t.doc_pk AND"
				   " sp.speaker = t.speaker LEFT JOIN speaker_attrs a ON"
				   " a.doc_pk = t.doc_pk AND a.speaker = t.speaker AND a.key = 'role'"
				   " WHERE t.doc_pk = ?1 ORDER BY t.turn", &qt, d);
	int r = 0;
	while (rc == LT_OK && (r = store_step(qd, d)) == 1) {
		struct gdoc dc;
		memset(&dc, 0, sizeof(dc));
		dc.pk = store_col_int(qd, 0);
		dc.doc_id = xstrdup(store_col_text(qd, 1, NULL));
		dc.stem = name_stem(store_col_text(qd, 2, NULL));
		dc.source = -1;
		lt_vec_push(&v, dc);
	}
	if (rc == LT_OK && r < 0)
		rc = r;
	for (size_t i = 0; i < v.n && rc == LT_OK; i++)
		rc = load_doc_turns(qt, o, &v.v[i], d);
	store_finalize(qd);
	store_finalize(qt);
	*out = v.v;
	*n = v.n;
	return rc;
}

/* ------------------------------------------------------------ aligning */

static bool name_matches(const struct gdoc *dc, const char *source_name)
{
	char *st = name_stem(source_name);
	char *id = name_stem(dc->doc_id);
	bool m = !strcmp(st, id) || !strcmp(st, dc->stem);
	free(st);
	free(id);
	return m;
}

/* Shared distinct token hashes of two sorted sets. */
static size_t shared(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	size_t i = 0, j = 0, n = 0;
	while (i < na && j < nb) {
		if (a[i] == b[j])
			n++, i++, j++;
		else if (a[i] < b[j])
			i++;
		else
			j++;
	}
	return n;
}

/* The document for source si: by name first, else the one sharing the
 * most distinct words. SIZE_MAX: none. */
static size_t pick_doc(const struct gdoc *docs, size_t nd, const char *name,
		       const uint64_t *h, size_t nh)
{
	for (size_t k = 0; k < nd; k++)
		if (name_matches(&docs[k], name))
			return k;
	size_t best = SIZE_MAX, best_n = 0;
	for (size_t k = 0; k < nd; k++) {
		size_t n = shared(h, nh, docs[k].hashes, docs[k].nhash);
		if (n > best_n)
			best = k, best_n = n;
	}
	return best;
}

struct sizes {
	size_t *v;
	size_t n, cap;
};

/* Does map code 'want' (a path "A/B" or a bare name) name code c? */
static bool code_is(const struct qdpx_code *c, const char *want)
{
	return !strcmp(c->path, want) || (!strchr(want, '/') && !strcmp(c->name, want));
}

/* Rows code ci counts for: those mapped to it or to one of its ancestors
 * (a code mapped with its children coded by hand counts them too). */
static void code_rows(const struct qdpx_project *p, const struct map_rows *m, uint32_t ci,
		      struct sizes *rows)
{
	rows->n = 0;
	for (uint32_t c = ci, hops = 0; c != UINT32_MAX && c < p->codes.n && hops < 1000;
	     c = p->codes.v[c].parent, hops++)
		for (size_t i = 0; i < m->n; i++)
			if (code_is(&p->codes.v[c], m->v[i].code))
				lt_vec_push(rows, m->v[i].cat);
}

/* Every map row names a code of the project (else an error is listed);
 * a bare name given to several codes is ambiguous (LT_EUSAGE). */
static int check_map_codes(const struct qdpx_project *p, const struct map_rows *m,
			   const char *map, struct qdpx_gold *g, struct lt_diag *d)
{
	for (size_t i = 0; i < m->n; i++) {
		size_t n = 0;
		for (size_t c = 0; c < p->codes.n; c++)
			n += code_is(&p->codes.v[c], m->v[i].code);
		bool exact = false;
		for (size_t c = 0; c < p->codes.n; c++)
			exact |= !strcmp(p->codes.v[c].path, m->v[i].code);
		if (n == 0)
			gsay(g, true, "%s:%u: no code '%s' in the project", map, m->v[i].line,
			     m->v[i].code);
		else if (n > 1 && !exact)
			return lt_diag_set(d, LT_EUSAGE, "%s:%u: %zu codes are named '%s': give its "
					   "path (PARENT/NAME)", map, m->v[i].line, n, m->v[i].code);
	}
	return LT_OK;
}

/* Align source si with a document and mark the turns its selections cover. */
static void align_source(const struct qdpx_project *p, size_t si, struct gdoc *docs, size_t nd,
			 const struct map_rows *m, size_t nc, bool **coded,
			 struct qdpx_gold *g)
{
	const struct qdpx_source *src = &p->sources.v[si];
	struct qdpx_tok *tok = NULL;
	size_t nt = qdpx_tokenize(src->text, src->len, &tok);
	uint64_t *h = NULL;
	size_t nh = distinct_hashes(tok, nt, &h);
	size_t k = pick_doc(docs, nd, src->name, h, nh);
	free(h);
	int64_t *match = xmalloc((nt ? nt : 1) * sizeof(int64_t));
	size_t got = 0;
	if (k != SIZE_MAX)
		got = qdpx_match(tok, nt, docs[k].tok, docs[k].ntok, match);
	if (k == SIZE_MAX || docs[k].ntok == 0 || (double)got < QDPX_ALIGN_MIN * (double)docs[k].ntok) {
		gsay(g, true, "source '%s' cannot be aligned with a document of the database%s%s%s "
		     "(%zu of its %zu words matched): its codings are left out", src->name,
		     k != SIZE_MAX ? " (closest: '" : "", k != SIZE_MAX ? docs[k].doc_id : "",
		     k != SIZE_MAX ? "')" : "", got, k != SIZE_MAX ? docs[k].ntok : (size_t)0);
		goto out;
	}
	struct gdoc *dc = &docs[k];
	if (dc->source >= 0) {
		gsay(g, true, "source '%s' has the words of document '%s', already aligned with "
		     "source '%s': left out", src->name, dc->doc_id, p->sources.v[dc->source].name);
		goto out;
	}
	dc->source = (int64_t)si;
	g->aligned++;
	if (!coded[k])
		coded[k] = xcalloc(dc->turns.n * nc + 1, sizeof(bool));
	struct sizes rows = { 0 };
	for (size_t s = 0; s < src->sels.n; s++) {
		const struct qdpx_sel *sel = &src->sels.v[s];
		for (size_t c = 0; c < sel->codes.n; c++) {
			code_rows(p, m, sel->codes.v[c], &rows);
			if (!rows.n)
				continue;
			for (size_t t = 0; t < nt; t++) {
				if (tok[t].cp_end <= sel->start || tok[t].cp_start >= sel->end || match[t] < 0)
					continue;
				uint32_t ti = dc->tok_turn[match[t]];
				for (size_t r = 0; r < rows.n; r++)
					coded[k][ti * nc + rows.v[r]] = true;
			}
		}
	}
	lt_vec_release(&rows);
out:
	free(match);
	free(tok);
}

/* A category row coded implies its theme's row, when that is mapped too. */
static void imply_themes(const struct vcat *c, size_t nc, const bool *mapped, bool *row_coded)
{
	for (size_t i = 0; i < nc; i++) {
		if (!row_coded[i] || c[i].theme_row)
			continue;
		for (size_t t = 0; t < nc; t++)
			if (c[t].theme_row && mapped[t] && !strcmp(c[t].theme, c[i].theme))
				row_coded[t] = true;
	}
}

static int judge(struct store *s, const struct vcat *c, size_t nc, const bool *mapped,
		 struct gdoc *docs, size_t nd, bool **coded, struct qdpx_gold *g,
		 struct lt_diag *d)
{
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(s, "SELECT DISTINCT turn, category_id FROM hits WHERE doc_pk = ?1",
			     &q, d));
	int rc = LT_OK;
	for (size_t k = 0; k < nd && rc == LT_OK; k++) {
		struct gdoc *dc = &docs[k];
		if (dc->source < 0)
			continue;
		const size_t nt = dc->turns.n;
		bool *lex = xcalloc(nt * nc + 1, sizeof(bool));
		store_reset(q);
		store_bind_int(q, 1, dc->pk);
		int r;
		while ((r = store_step(q, d)) == 1) {
			int64_t turn = store_col_int(q, 0), cat = store_col_int(q, 1);
			for (size_t t = 0; t < nt; t++)
				if (dc->turns.v[t].turn == turn && cat >= 0 && (size_t)cat < nc)
					lex[t * nc + (size_t)cat] = true;
		}
		if (r < 0)
			rc = r;
		for (size_t t = 0; t < nt && rc == LT_OK; t++) {
			if (!dc->turns.v[t].selected)
				continue;
			g->turns++;
			imply_themes(c, nc, mapped, coded[k] + t * nc);
			for (size_t i = 0; i < nc; i++) {
				if (!mapped[i])
					continue;
				struct qdpx_judgement j = { dc->pk, dc->turns.v[t].turn, (uint32_t)i,
							    coded[k][t * nc + i], lex[t * nc + i] };
				lt_vec_push(&g->j, j);
			}
		}
		free(lex);
	}
	store_finalize(q);
	return rc;
}

int qdpx_gold_load(struct store *s, const struct qdpx_gold_opts *o, const struct vcat *c,
		   size_t nc, struct qdpx_gold *g, struct lt_diag *d)
{
	memset(g, 0, sizeof(*g));
	struct map_rows m = { 0 };
	struct qdpx_project p;
	memset(&p, 0, sizeof(p));
	struct gdoc *docs = NULL;
	size_t nd = 0;
	bool **coded = NULL, *mapped = xcalloc(nc + 1, sizeof(bool));
	int rc = read_map(o->map, c, nc, &m, g, d);
	struct reader_bytes b = { 0 };
	if (rc == LT_OK)
		rc = reader_read(o->qdpx, "REFI-QDA project", QDPX_MAX_TOTAL, NULL, &b, d);
	if (rc == LT_OK)
		rc = qdpx_read(b.data, b.len, o->qdpx, &p, d);
	free(b.data);
	for (size_t i = 0; i < p.notes.n; i++)
		gsay(g, false, "%s", p.notes.v[i]);
	if (rc == LT_OK)
		rc = check_map_codes(&p, &m, o->map, g, d);
	if (rc == LT_OK && p.sources.n == 0)
		rc = lt_diag_set(d, LT_EUSAGE, "%s: no text source to score (the project has %zu "
				 "codes and no text sources with their text)", o->qdpx, p.codes.n);
	if (rc == LT_OK)
		rc = load_docs(s, o, &docs, &nd, d);
	if (rc == LT_OK) {
		for (size_t i = 0; i < m.n; i++)
			mapped[m.v[i].cat] = true;
		coded = xcalloc(nd + 1, sizeof(bool *));
		for (size_t si = 0; si < p.sources.n; si++)
			align_source(&p, si, docs, nd, &m, nc, coded, g);
		rc = judge(s, c, nc, mapped, docs, nd, coded, g, d);
	}
	if (rc == LT_OK && g->aligned == 0)
		rc = lt_diag_set(d, LT_EUSAGE, "%s: no source could be aligned with a document of "
				 "the database: nothing to score", o->qdpx);
	for (size_t k = 0; coded && k < nd; k++)
		free(coded[k]);
	free(coded);
	free(mapped);
	gdocs_free(docs, nd);
	qdpx_project_release(&p);
	map_rows_release(&m);
	return rc;
}
