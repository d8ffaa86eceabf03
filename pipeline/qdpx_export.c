/* qdpx_export.c - `lextab export --qdpx`: the database as a REFI-QDA 1.0
 * project (see qdpx.h, docs/qda.md).
 *
 * Everything is read from the database first (documents, speakers, turns,
 * the selected hits), the source texts are built with each turn's position
 * in code points, then project.qde is written with libxml2's xmlTextWriter
 * and the archive with libzip (xmlzip.c). Nothing here depends on the
 * clock or the machine: GUIDs are hashes of names, dates are the latest
 * run's start.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/xmlwriter.h>

#include "qdpx.h"
#include "validate_int.h"
#include "store.h"
#include "xmlzip.h"
#include "xalloc.h"
#include "banned.h"

#define QDA_NS "urn:QDA-XML:project:1.0"
#define XC(s) ((const xmlChar *)(s))
#define NEGATED_CODE "lextab: negated"

/* ------------------------------------------------------------ helpers */

void qdpx_guid(char out[37], const char *kind, const char *name)
{
	char *key = xasprintf("lextab-qdpx\x1f%s\x1f%s", kind, name);
	const size_t kl = strlen(key);
	const uint64_t h1 = vkey_hash(0x6c65787461625131ULL, key, kl);
	const uint64_t h2 = vkey_hash(0x7164707867756964ULL, key, kl);
	free(key);
	unsigned char b[16];
	for (int i = 0; i < 8; i++) {
		b[i] = (unsigned char)(h1 >> (56 - 8 * i));
		b[8 + i] = (unsigned char)(h2 >> (56 - 8 * i));
	}
	b[6] = (unsigned char)((b[6] & 0x0f) | 0x80); /* version 8: custom */
	b[8] = (unsigned char)((b[8] & 0x3f) | 0x80); /* variant 10 */
	static const char hex[] = "0123456789abcdef";
	size_t o = 0;
	for (int i = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10)
			out[o++] = '-';
		out[o++] = hex[b[i] >> 4];
		out[o++] = hex[b[i] & 15];
	}
	out[o] = '\0';
}

size_t qdpx_cp_count(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* A copy safe for XML 1.0: C0 controls other than TAB, LF, CR and DEL
 * become U+FFFD (the database's texts are valid UTF-8). */
static char *xml_safe(const char *s)
{
	size_t n = strlen(s), o = 0;
	char *r = xmalloc(3 * n + 1);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
			memcpy(r + o, "\xEF\xBF\xBD", 3);
			o += 3;
		} else {
			r[o++] = (char)c;
		}
	}
	r[o] = '\0';
	return r;
}

/* ------------------------------------------------------------ data */

struct xspeaker {
	int64_t speaker;
	char *label, *role;
	bool interviewer, selected;
	LT_VEC(char *) keys;             /* attributes: key, value pairs */
	LT_VEC(char *) vals;
};

struct xturn {
	int64_t turn, speaker;
	uint64_t cp_start, cp_end;       /* the turn text in the source */
	size_t byte_start;               /* the turn text in the source (bytes) */
};

struct xhit {
	int64_t turn, cat, byte_start, byte_end, tok_start, tok_end;
	bool negated;
	char *entry;                     /* "source: kind text" */
};

struct xdoc {
	int64_t pk;
	char *doc_id, *path;
	LT_VEC(struct xspeaker) sp;
	LT_VEC(struct xturn) turns;
	LT_VEC(struct xhit) hits;
	struct { char *v; size_t n, cap; } text;
};

struct xp {
	struct store *s;
	const struct qdpx_export_opts *o;
	struct qdpx_export_result *res;
	struct lt_diag *d;
	struct vcat *c;
	size_t nc;
	LT_VEC(struct xdoc) docs;
	LT_VEC(char *) var_keys;         /* sorted, distinct */
	LT_VEC(char *) themes;           /* themes.name, and their descriptions */
	LT_VEC(char *) theme_desc;
	char date[40];                   /* xsd:dateTime of the latest run */
	int dt[6];                       /* its UTC fields */
	char user[37];
};

static char *coldup(struct store_stmt *q, int i)
{
	size_t n;
	const char *t = store_col_text(q, i, &n);
	return xstrndup(t, n);
}

static void text_add(struct xdoc *x, const char *s, size_t n)
{
	lt_vec_reserve(&x->text, x->text.n + n + 1);
	memcpy(x->text.v + x->text.n, s, n);
	x->text.n += n;
	x->text.v[x->text.n] = '\0';
}

static void xdoc_release(struct xdoc *x)
{
	free(x->doc_id);
	free(x->path);
	for (size_t i = 0; i < x->sp.n; i++) {
		struct xspeaker *p = &x->sp.v[i];
		free(p->label);
		free(p->role);
		for (size_t k = 0; k < p->keys.n; k++) {
			free(p->keys.v[k]);
			free(p->vals.v[k]);
		}
		lt_vec_release(&p->keys);
		lt_vec_release(&p->vals);
	}
	lt_vec_release(&x->sp);
	lt_vec_release(&x->turns);
	for (size_t i = 0; i < x->hits.n; i++)
		free(x->hits.v[i].entry);
	lt_vec_release(&x->hits);
	lt_vec_release(&x->text);
}

static struct xspeaker *find_speaker(const struct xdoc *x, int64_t sp)
{
	for (size_t i = 0; i < x->sp.n; i++)
		if (x->sp.v[i].speaker == sp)
			return &x->sp.v[i];
	return NULL;
}

/* --category as `validate sample` takes it (selected categories). */
static int select_categories(struct xp *x)
{
	const struct qdpx_export_opts *o = x->o;
	for (size_t i = 0; i < x->nc; i++)
		x->c[i].selected = !x->c[i].theme_row && o->n_categories == 0;
	for (size_t k = 0; k < o->n_categories; k++) {
		const char *want = o->categories[k];
		size_t wl = strlen(want), hits = 0, last = 0;
		bool theme = wl > 2 && strcmp(want + wl - 2, ".*") == 0;
		for (size_t i = 0; i < x->nc; i++) {
			struct vcat *c = &x->c[i];
			if (c->theme_row)
				continue;
			if (theme ? strlen(c->theme) == wl - 2 && !memcmp(c->theme, want, wl - 2)
				  : !strcmp(c->name, want)) {
				c->selected = true;
				hits += 2;
			}
		}
		if (hits)
			continue;
		for (size_t i = 0; i < x->nc; i++)
			if (!x->c[i].theme_row && !strcmp(x->c[i].short_name, want))
				hits++, last = i;
		if (hits == 0)
			return lt_diag_set(x->d, LT_EUSAGE, "no category '%s' in the database (see "
					   "`lextab lexicon list` or the categories table)", want);
		if (hits > 1)
			return lt_diag_set(x->d, LT_EUSAGE, "category '%s' is ambiguous: give it as "
					   "THEME.NAME", want);
		x->c[last].selected = true;
	}
	return LT_OK;
}

static int load_run_date(struct xp *x)
{
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(x->s, "SELECT started_at FROM runs ORDER BY run_id DESC LIMIT 1",
			     &q, x->d));
	int r = store_step(q, x->d);
	snprintf(x->date, sizeof(x->date), "1980-01-01T00:00:00Z");
	if (r == 1) {
		size_t n;
		const char *t = store_col_text(q, 0, &n);
		int f[6];
		if (sscanf(t, "%4d-%2d-%2dT%2d:%2d:%2d", &f[0], &f[1], &f[2], &f[3], &f[4],
			   &f[5]) == 6 && f[0] >= 1980 && f[0] < 2100) {
			memcpy(x->dt, f, sizeof(f));
			snprintf(x->date, sizeof(x->date), "%04d-%02d-%02dT%02d:%02d:%02dZ", f[0], f[1],
				 f[2], f[3], f[4], f[5]);
		}
	}
	if (x->dt[0] == 0) {
		const int f[6] = { 1980, 1, 1, 0, 0, 0 };
		memcpy(x->dt, f, sizeof(f));
	}
	store_finalize(q);
	return r < 0 ? r : LT_OK;
}

static int load_docs(struct xp *x)
{
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(x->s, "SELECT doc_pk, doc_id, path FROM documents ORDER BY doc_id",
			     &q, x->d));
	int r;
	while ((r = store_step(q, x->d)) == 1) {
		struct xdoc dc;
		memset(&dc, 0, sizeof(dc));
		dc.pk = store_col_int(q, 0);
		dc.doc_id = coldup(q, 1);
		dc.path = coldup(q, 2);
		lt_vec_push(&x->docs, dc);
	}
	store_finalize(q);
	return r < 0 ? r : LT_OK;
}

static int load_speakers(struct xp *x, struct xdoc *dc, struct store_stmt *qs,
			 struct store_stmt *qa)
{
	store_reset(qs);
	store_bind_int(qs, 1, dc->pk);
	int r;
	while ((r = store_step(qs, x->d)) == 1) {
		struct xspeaker p;
		memset(&p, 0, sizeof(p));
		p.speaker = store_col_int(qs, 0);
		p.label = coldup(qs, 1);
		p.interviewer = store_col_int(qs, 2) != 0;
		p.role = xstrdup("");
		lt_vec_push(&dc->sp, p);
	}
	LT_TRY(r);
	store_reset(qa);
	store_bind_int(qa, 1, dc->pk);
	while ((r = store_step(qa, x->d)) == 1) {
		struct xspeaker *p = find_speaker(dc, store_col_int(qa, 0));
		if (!p)
			continue;
		char *k = coldup(qa, 1), *v = coldup(qa, 2);
		if (!strcmp(k, "role")) {
			free(p->role);
			p->role = xstrdup(v);
		}
		lt_vec_push(&p->keys, k);
		lt_vec_push(&p->vals, v);
	}
	LT_TRY(r);
	for (size_t i = 0; i < dc->sp.n; i++) {
		struct xspeaker *p = &dc->sp.v[i];
		p->selected = (x->o->include_interviewer || !p->interviewer) &&
			      (!x->o->role || !strcmp(p->role, x->o->role));
	}
	return LT_OK;
}

/* The source text: "Label: text" per turn, a blank line between turns. */
static int load_turns(struct xp *x, struct xdoc *dc, struct store_stmt *qt)
{
	store_reset(qt);
	store_bind_int(qt, 1, dc->pk);
	uint64_t cp = 0;
	int r;
	text_add(dc, "", 0);
	while ((r = store_step(qt, x->d)) == 1) {
		struct xturn t;
		t.turn = store_col_int(qt, 0);
		t.speaker = store_col_int(qt, 1);
		size_t tl;
		const char *text = store_col_text(qt, 2, &tl);
		const struct xspeaker *p = find_speaker(dc, t.speaker);
		if (dc->turns.n) {
			text_add(dc, "\n\n", 2);
			cp += 2;
		}
		if (p && p->label[0]) {
			size_t ll = strlen(p->label);
			text_add(dc, p->label, ll);
			text_add(dc, ": ", 2);
			cp += qdpx_cp_count(p->label, ll) + 2;
		}
		t.byte_start = dc->text.n;
		t.cp_start = cp;
		text_add(dc, text, tl);
		cp += qdpx_cp_count(text, tl);
		t.cp_end = cp;
		lt_vec_push(&dc->turns, t);
	}
	text_add(dc, "\n", 1);
	return r < 0 ? r : LT_OK;
}

static int load_hits(struct xp *x, struct xdoc *dc, struct store_stmt *qh)
{
	store_reset(qh);
	store_bind_int(qh, 1, dc->pk);
	int r;
	while ((r = store_step(qh, x->d)) == 1) {
		struct xhit h;
		h.turn = store_col_int(qh, 0);
		h.cat = store_col_int(qh, 1);
		h.byte_start = store_col_int(qh, 2);
		h.byte_end = store_col_int(qh, 3);
		h.negated = store_col_int(qh, 4) != 0;
		h.tok_start = store_col_int(qh, 5);
		h.tok_end = store_col_int(qh, 6);
		const struct xspeaker *p = find_speaker(dc, store_col_int(qh, 7));
		if (h.cat < 0 || (size_t)h.cat >= x->nc || x->c[h.cat].theme_row ||
		    !x->c[h.cat].selected || !p || !p->selected)
			continue;
		h.entry = xasprintf("%s: %s %s", store_col_text(qh, 8, NULL),
				    store_col_text(qh, 9, NULL), store_col_text(qh, 10, NULL));
		lt_vec_push(&dc->hits, h);
	}
	return r < 0 ? r : LT_OK;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void collect_var_keys(struct xp *x)
{
	for (size_t i = 0; i < x->docs.n; i++)
		for (size_t j = 0; j < x->docs.v[i].sp.n; j++) {
			const struct xspeaker *p = &x->docs.v[i].sp.v[j];
			if (!p->selected)
				continue;
			for (size_t k = 0; k < p->keys.n; k++) {
				bool seen = false;
				for (size_t m = 0; m < x->var_keys.n && !seen; m++)
					seen = !strcmp(x->var_keys.v[m], p->keys.v[k]);
				if (!seen)
					lt_vec_push(&x->var_keys, xstrdup(p->keys.v[k]));
			}
		}
	lt_qsort(x->var_keys.v, x->var_keys.n, sizeof(char *), cmp_str);
}

static int load_themes(struct xp *x);

static int load_all(struct xp *x)
{
	LT_TRY(load_run_date(x));
	LT_TRY(load_themes(x));
	LT_TRY(load_docs(x));
	if (x->docs.n == 0)
		return lt_diag_set(x->d, LT_EUSAGE, "the database has no documents: nothing to "
				   "export (run `lextab run` first)");
	struct store_stmt *qs = NULL, *qa = NULL, *qt = NULL, *qh = NULL;
	int rc = store_prepare(x->s, "SELECT speaker, label, interviewer FROM speakers WHERE"
			       " doc_pk = ?1 ORDER BY speaker", &qs, x->d);
	if (rc == LT_OK)
		rc = store_prepare(x->s, "SELECT speaker, key, value FROM speaker_attrs WHERE"
				   " doc_pk = ?1 ORDER BY speaker, key", &qa, x->d);
	if (rc == LT_OK)
		rc = store_prepare(x->s, "SELECT turn, speaker, text FROM turns WHERE doc_pk = ?1"
				   " ORDER BY turn", &qt, x->d);
	if (rc == LT_OK)
		rc = store_prepare(x->s, "SELECT h.turn, h.category_id, h.byte_start, h.byte_end,"
				   " h.negated, h.tok_start, h.tok_end, h.speaker, e.source, e.kind,"
				   " e.text FROM hits h LEFT JOIN entries e ON e.entry_id = h.entry_id"
				   " WHERE h.doc_pk = ?1 ORDER BY h.turn, h.byte_start, h.byte_end,"
				   " h.category_id", &qh, x->d);
	for (size_t i = 0; i < x->docs.n && rc == LT_OK; i++) {
		struct xdoc *dc = &x->docs.v[i];
		rc = load_speakers(x, dc, qs, qa);
		if (rc == LT_OK)
			rc = load_turns(x, dc, qt);
		if (rc == LT_OK)
			rc = load_hits(x, dc, qh);
	}
	store_finalize(qs);
	store_finalize(qa);
	store_finalize(qt);
	store_finalize(qh);
	if (rc == LT_OK)
		collect_var_keys(x);
	return rc;
}

/* ------------------------------------------------------------ XML */

struct xw {
	xmlTextWriterPtr w;
	bool err;
};

static void el(struct xw *w, const char *name)
{
	w->err |= xmlTextWriterStartElement(w->w, XC(name)) < 0;
}

static void end(struct xw *w)
{
	w->err |= xmlTextWriterEndElement(w->w) < 0;
}

static void attr(struct xw *w, const char *name, const char *v)
{
	char *s = xml_safe(v);
	w->err |= xmlTextWriterWriteAttribute(w->w, XC(name), XC(s)) < 0;
	free(s);
}

static void attr_u(struct xw *w, const char *name, uint64_t v)
{
	char b[24];
	snprintf(b, sizeof(b), "%llu", (unsigned long long)v);
	attr(w, name, b);
}

static void text_el(struct xw *w, const char *name, const char *v)
{
	char *s = xml_safe(v);
	w->err |= xmlTextWriterWriteElement(w->w, XC(name), XC(s)) < 0;
	free(s);
}

static void code_ref(struct xw *w, const char *coding_key, const char *code_guid)
{
	char g[37];
	qdpx_guid(g, "coding", coding_key);
	el(w, "Coding");
	attr(w, "guid", g);
	el(w, "CodeRef");
	attr(w, "targetGUID", code_guid);
	end(w);
	end(w);
}

/* The theme's own description (themes table), else the theme row's. */
static const char *theme_description(struct xp *x, const struct vcat *t)
{
	for (size_t i = 0; i < x->themes.n; i++)
		if (!strcmp(x->themes.v[i], t->theme))
			return x->theme_desc.v[i];
	return t->description;
}

static int load_themes(struct xp *x)
{
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(x->s, "SELECT name, description FROM themes ORDER BY theme_id",
			     &q, x->d));
	int r;
	while ((r = store_step(q, x->d)) == 1) {
		lt_vec_push(&x->themes, coldup(q, 0));
		lt_vec_push(&x->theme_desc, coldup(q, 1));
	}
	store_finalize(q);
	return r < 0 ? r : LT_OK;
}

static void write_codebook(struct xp *x, struct xw *w)
{
	char g[37];
	el(w, "CodeBook");
	el(w, "Codes");
	for (size_t i = 0; i < x->nc; i++) {
		const struct vcat *t = &x->c[i];
		if (!t->theme_row)
			continue;
		bool any = false;
		for (size_t j = 0; j < x->nc; j++)
			any |= !x->c[j].theme_row && x->c[j].selected && !strcmp(x->c[j].theme, t->theme);
		if (!any)
			continue;
		qdpx_guid(g, "code", t->name);
		el(w, "Code");
		attr(w, "guid", g);
		attr(w, "name", t->theme);
		attr(w, "isCodable", "true");
		text_el(w, "Description", theme_description(x, t));
		x->res->codes++;
		for (size_t j = 0; j < x->nc; j++) {
			const struct vcat *c = &x->c[j];
			if (c->theme_row || !c->selected || strcmp(c->theme, t->theme))
				continue;
			qdpx_guid(g, "code", c->name);
			el(w, "Code");
			attr(w, "guid", g);
			attr(w, "name", c->short_name);
			attr(w, "isCodable", "true");
			text_el(w, "Description", c->description);
			end(w);
			x->res->codes++;
		}
		end(w);
	}
	qdpx_guid(g, "code", NEGATED_CODE);
	el(w, "Code");
	attr(w, "guid", g);
	attr(w, "name", NEGATED_CODE);
	attr(w, "isCodable", "true");
	text_el(w, "Description", "lextab hits preceded by a negator of their theme (\"not\", "
		"\"never\"...): each such hit's selection carries this code as well as its "
		"category's");
	end(w);
	x->res->codes++;
	end(w);
	end(w);
}

static void write_variables(struct xp *x, struct xw *w)
{
	if (x->var_keys.n == 0)
		return;
	char g[37];
	el(w, "Variables");
	for (size_t i = 0; i < x->var_keys.n; i++) {
		qdpx_guid(g, "variable", x->var_keys.v[i]);
		el(w, "Variable");
		attr(w, "guid", g);
		attr(w, "name", x->var_keys.v[i]);
		attr(w, "typeOfVariable", "Text");
		end(w);
		x->res->variables++;
	}
	end(w);
}

static char *turn_key(const struct xdoc *dc, int64_t turn)
{
	return xasprintf("%s\x1f%lld", dc->doc_id, (long long)turn);
}

/* The value of attribute key for a case: the speakers' value when they
 * agree, else their distinct values joined with "; ". NULL when none. */
static char *case_value(struct xspeaker *const *m, size_t n, const char *key)
{
	char *v = NULL;
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < m[i]->keys.n; k++) {
			if (strcmp(m[i]->keys.v[k], key))
				continue;
			const char *val = m[i]->vals.v[k];
			if (!v) {
				v = xstrdup(val);
			} else if (!strstr(v, val)) {
				char *t = xasprintf("%s; %s", v, val);
				free(v);
				v = t;
			}
		}
	return v;
}

/* One case: members m[0..n) (doc index di[i] each). */
static void write_case(struct xp *x, struct xw *w, const char *key, const char *name,
		       struct xspeaker *const *m, const size_t *di, size_t n)
{
	char g[37];
	qdpx_guid(g, "case", key);
	el(w, "Case");
	attr(w, "guid", g);
	attr(w, "name", name);
	for (size_t k = 0; k < x->var_keys.n; k++) {
		char *v = case_value(m, n, x->var_keys.v[k]);
		if (!v)
			continue;
		el(w, "VariableValue");
		el(w, "VariableRef");
		qdpx_guid(g, "variable", x->var_keys.v[k]);
		attr(w, "targetGUID", g);
		end(w);
		text_el(w, "TextValue", v);
		end(w);
		free(v);
	}
	for (size_t i = 0; i < n; i++) {
		const struct xdoc *dc = &x->docs.v[di[i]];
		for (size_t t = 0; t < dc->turns.n; t++) {
			if (dc->turns.v[t].speaker != m[i]->speaker)
				continue;
			char *tk = turn_key(dc, dc->turns.v[t].turn);
			qdpx_guid(g, "turn", tk);
			free(tk);
			el(w, "SelectionRef");
			attr(w, "targetGUID", g);
			end(w);
		}
	}
	end(w);
	x->res->cases++;
}

static void write_cases(struct xp *x, struct xw *w)
{
	LT_VEC(struct xspeaker *) m = { 0 };
	LT_VEC(size_t) di = { 0 };
	LT_VEC(char *) labels = { 0 };
	for (size_t i = 0; i < x->docs.n; i++)
		for (size_t j = 0; j < x->docs.v[i].sp.n; j++) {
			struct xspeaker *p = &x->docs.v[i].sp.v[j];
			lt_vec_push(&m, p);
			lt_vec_push(&di, i);
			bool seen = false;
			for (size_t k = 0; k < labels.n && !seen; k++)
				seen = !strcmp(labels.v[k], p->label);
			if (p->selected && !seen)
				lt_vec_push(&labels, p->label);
		}
	size_t n_sel = 0;
	for (size_t i = 0; i < m.n; i++)
		n_sel += m.v[i]->selected;
	if (n_sel)
		el(w, "Cases");
	if (x->o->cases == QDPX_CASES_DOCUMENT) {
		for (size_t i = 0; i < m.n; i++) {
			if (!m.v[i]->selected)
				continue;
			const struct xdoc *dc = &x->docs.v[di.v[i]];
			char *key = xasprintf("%s\x1f%lld", dc->doc_id, (long long)m.v[i]->speaker);
			char *name = xasprintf("%s: %s", dc->doc_id, m.v[i]->label);
			write_case(x, w, key, name, &m.v[i], &di.v[i], 1);
			free(key);
			free(name);
		}
	} else {
		lt_qsort(labels.v, labels.n, sizeof(char *), cmp_str);
		LT_VEC(struct xspeaker *) gm = { 0 };
		LT_VEC(size_t) gd = { 0 };
		for (size_t k = 0; k < labels.n; k++) {
			gm.n = gd.n = 0;
			for (size_t i = 0; i < m.n; i++)
				if (m.v[i]->selected && !strcmp(m.v[i]->label, labels.v[k])) {
					lt_vec_push(&gm, m.v[i]);
					lt_vec_push(&gd, di.v[i]);
				}
			char *key = xasprintf("label\x1f%s", labels.v[k]);
			write_case(x, w, key, labels.v[k], gm.v, gd.v, gm.n);
			free(key);
		}
		lt_vec_release(&gm);
		lt_vec_release(&gd);
	}
	if (n_sel)
		end(w);
	lt_vec_release(&m);
	lt_vec_release(&di);
	lt_vec_release(&labels);
}

static const struct xturn *find_turn(const struct xdoc *dc, int64_t turn)
{
	size_t lo = 0, hi = dc->turns.n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (dc->turns.v[mid].turn < turn)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < dc->turns.n && dc->turns.v[lo].turn == turn ? &dc->turns.v[lo] : NULL;
}

static void write_hit(struct xp *x, struct xw *w, const struct xdoc *dc, const struct xhit *h)
{
	const struct xturn *t = find_turn(dc, h->turn);
	if (!t || h->byte_start < 0 || h->byte_end < h->byte_start ||
	    t->byte_start + (size_t)h->byte_end > dc->text.n)
		return;
	const char *tx = dc->text.v + t->byte_start;
	const uint64_t s = t->cp_start + qdpx_cp_count(tx, (size_t)h->byte_start);
	const uint64_t e = s + qdpx_cp_count(tx + h->byte_start, (size_t)(h->byte_end - h->byte_start));
	const struct vcat *c = &x->c[h->cat];
	char *key = xasprintf("%s\x1f%lld\x1f%lld-%lld\x1f%s", dc->doc_id, (long long)h->turn,
			      (long long)h->tok_start, (long long)h->tok_end, c->name);
	char g[37];
	qdpx_guid(g, "hit", key);
	el(w, "PlainTextSelection");
	attr(w, "guid", g);
	char *nm = xasprintf("%s%s", c->name, h->negated ? " (negated)" : "");
	attr(w, "name", nm);
	free(nm);
	attr_u(w, "startPosition", s);
	attr_u(w, "endPosition", e);
	attr(w, "creatingUser", x->user);
	attr(w, "creationDateTime", x->date);
	char *desc = xasprintf("lextab hit of %s%s; lexicon entry %s", c->name,
			       h->negated ? ", negated" : "", h->entry);
	text_el(w, "Description", desc);
	free(desc);
	qdpx_guid(g, "code", c->name);
	code_ref(w, key, g);
	if (h->negated) {
		char *k2 = xasprintf("%s\x1fnegated", key);
		qdpx_guid(g, "code", NEGATED_CODE);
		code_ref(w, k2, g);
		free(k2);
		x->res->negated++;
	}
	end(w);
	free(key);
	x->res->hits++;
}

static void write_source(struct xp *x, struct xw *w, const struct xdoc *dc, char *path_out,
			 size_t path_cap)
{
	char g[37];
	qdpx_guid(g, "source", dc->doc_id);
	snprintf(path_out, path_cap, "sources/%s.txt", g);
	char *ip = xasprintf("internal://%s.txt", g);
	el(w, "TextSource");
	attr(w, "guid", g);
	attr(w, "name", dc->doc_id);
	attr(w, "plainTextPath", ip);
	attr(w, "creatingUser", x->user);
	attr(w, "creationDateTime", x->date);
	free(ip);
	char *desc = xasprintf("%s as lextab segmented it: one paragraph 'Label: text' per "
			       "speaker turn", dc->path);
	text_el(w, "Description", desc);
	free(desc);
	for (size_t i = 0; i < dc->hits.n; i++)
		write_hit(x, w, dc, &dc->hits.v[i]);
	for (size_t i = 0; i < dc->turns.n; i++) {
		const struct xturn *t = &dc->turns.v[i];
		const struct xspeaker *p = find_speaker(dc, t->speaker);
		if (!p || !p->selected)
			continue;
		char *tk = turn_key(dc, t->turn);
		qdpx_guid(g, "turn", tk);
		free(tk);
		el(w, "PlainTextSelection");
		attr(w, "guid", g);
		char *nm = xasprintf("turn %lld: %s", (long long)t->turn, p->label);
		attr(w, "name", nm);
		free(nm);
		attr_u(w, "startPosition", t->cp_start);
		attr_u(w, "endPosition", t->cp_end);
		attr(w, "creatingUser", x->user);
		attr(w, "creationDateTime", x->date);
		end(w);
	}
	end(w);
	x->res->sources++;
}

static int write_qde(struct xp *x, xmlBufferPtr buf, char ***paths)
{
	struct xw w = { xmlNewTextWriterMemory(buf, 0), false };
	if (!w.w)
		return lt_diag_set(x->d, LT_EIO, "cannot start the XML writer");
	xmlTextWriterSetIndent(w.w, 1);
	xmlTextWriterSetIndentString(w.w, XC("  "));
	w.err |= xmlTextWriterStartDocument(w.w, NULL, "UTF-8", NULL) < 0;
	el(&w, "Project");
	attr(&w, "xmlns", QDA_NS);
	attr(&w, "name", "lextab export");
	attr(&w, "origin", "lextab " LT_VERSION);
	attr(&w, "creatingUserGUID", x->user);
	attr(&w, "creationDateTime", x->date);
	el(&w, "Users");
	el(&w, "User");
	attr(&w, "guid", x->user);
	char *un = xasprintf("lextab (run of %s)", x->date);
	attr(&w, "name", un);
	free(un);
	attr(&w, "id", "lextab");
	end(&w);
	end(&w);
	write_codebook(x, &w);
	write_variables(x, &w);
	write_cases(x, &w);
	el(&w, "Sources");
	*paths = xcalloc(x->docs.n + 1, sizeof(char *));
	for (size_t i = 0; i < x->docs.n; i++) {
		(*paths)[i] = xmalloc(64);
		write_source(x, &w, &x->docs.v[i], (*paths)[i], 64);
	}
	end(&w);
	char *desc = xasprintf("lextab's automatic coding: one selection per lexicon hit, "
			       "coded with its category; cases are speakers (%s)",
			       x->o->cases == QDPX_CASES_LABEL ? "one per label" : "one per document");
	text_el(&w, "Description", desc);
	free(desc);
	end(&w);
	w.err |= xmlTextWriterEndDocument(w.w) < 0;
	xmlFreeTextWriter(w.w);
	if (w.err)
		return lt_diag_set(x->d, LT_EIO, "cannot write project.qde (libxml2 writer error)");
	return LT_OK;
}

static int write_archive(struct xp *x)
{
	xmlBufferPtr buf = xmlBufferCreate();
	char **paths = NULL;
	int rc = buf ? write_qde(x, buf, &paths) : lt_diag_set(x->d, LT_EIO, "out of memory");
	struct xmlzip_writer *zw = NULL;
	if (rc == LT_OK)
		rc = xmlzip_create(&zw, x->o->out, x->d);
	const int *t = x->dt;
	if (rc == LT_OK)
		rc = xmlzip_add(zw, "project.qde", xmlBufferContent(buf), (size_t)xmlBufferLength(buf),
				t[0], t[1], t[2], t[3], t[4], t[5], x->d);
	for (size_t i = 0; i < x->docs.n && rc == LT_OK; i++)
		rc = xmlzip_add(zw, paths[i], x->docs.v[i].text.v, x->docs.v[i].text.n, t[0], t[1],
				t[2], t[3], t[4], t[5], x->d);
	if (rc == LT_OK) {
		rc = xmlzip_commit(zw, x->d);
		zw = NULL;
	}
	xmlzip_discard(zw);
	for (size_t i = 0; paths && i < x->docs.n; i++)
		free(paths[i]);
	free(paths);
	if (buf)
		xmlBufferFree(buf);
	return rc;
}

int qdpx_export(struct store *s, const struct qdpx_export_opts *o,
		struct qdpx_export_result *res, struct lt_diag *d)
{
	memset(res, 0, sizeof(*res));
	struct xp x;
	memset(&x, 0, sizeof(x));
	x.s = s;
	x.o = o;
	x.res = res;
	x.d = d;
	qdpx_guid(x.user, "user", "lextab");
	xmlzip_xml_init();
	int rc = vcats_load(s, &x.c, &x.nc, d);
	if (rc == LT_OK && x.nc == 0)
		rc = lt_diag_set(d, LT_EUSAGE, "the database has no lexicon: nothing to export");
	if (rc == LT_OK)
		rc = select_categories(&x);
	if (rc == LT_OK)
		rc = load_all(&x);
	if (rc == LT_OK)
		rc = write_archive(&x);
	for (size_t i = 0; i < x.docs.n; i++)
		xdoc_release(&x.docs.v[i]);
	lt_vec_release(&x.docs);
	for (size_t i = 0; i < x.var_keys.n; i++)
		free(x.var_keys.v[i]);
	lt_vec_release(&x.var_keys);
	for (size_t i = 0; i < x.themes.n; i++) {
		free(x.themes.v[i]);
		free(x.theme_desc.v[i]);
	}
	lt_vec_release(&x.themes);
	lt_vec_release(&x.theme_desc);
	vcats_free(x.c, x.nc);
	return rc;
}
