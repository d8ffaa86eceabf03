/* meta.c - metadata CSV loading and attribute resolution (see meta.h).
 *
 * Rows are keyed by "doc_id\0speaker" in an intern table whose ids are
 * row indexes (a document-level row has speaker ""). Every string lives
 * in the meta's arena. After meta_load nothing is written, so concurrent
 * meta_resolve calls only read (intern_find is a pure lookup).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "meta.h"
#include "segment.h"
#include "csv.h"
#include "decode.h"
#include "intern.h"
#include "xalloc.h"
#include "banned.h"

struct meta_row {
	const char *doc_id;
	const char *speaker;       /* "" for a document-level row */
	const char **values;       /* per attribute column; NULL = empty cell */
	uint32_t line;
};

struct meta {
	struct arena arena;
	char **cols;               /* attribute column names, header order */
	uint32_t n_cols;
	struct meta_row *rows;     /* row i has intern id i */
	uint32_t n_rows, cap_rows;
	struct intern keys;        /* "doc_id\0speaker" -> row index */
	int role_col;              /* index of "role" in cols, or -1 */
	uint64_t hash;             /* of the bytes that were parsed */
};

static inline bool is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

static lt_str str_trim(lt_str s)
{
	while (s.len && is_ws(s.ptr[0]))
		s.ptr++, s.len--;
	while (s.len && is_ws(s.ptr[s.len - 1]))
		s.len--;
	return s;
}

static bool ascii_ieq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		char x = *a, y = *b;
		if (x >= 'A' && x <= 'Z')
			x = (char)(x - 'A' + 'a');
		if (y >= 'A' && y <= 'Z')
			y = (char)(y - 'A' + 'a');
		if (x != y)
			return false;
	}
	return *a == *b;
}

/* Key of (doc_id, speaker) in buf (or a heap block when larger); caller frees *heap. */
static const char *row_key(const char *doc_id, size_t dl, const char *speaker, size_t sl,
			   char *buf, size_t cap, char **heap, size_t *klen)
{
	*klen = dl + 1 + sl;
	char *k = buf;
	*heap = NULL;
	if (*klen > cap)
		k = *heap = xmalloc(*klen);
	memcpy(k, doc_id, dl);
	k[dl] = '\0';
	memcpy(k + dl + 1, speaker, sl);
	return k;
}

static const struct meta_row *row_find(const struct meta *m, const char *doc_id,
				       const char *speaker)
{
	char buf[512], *heap;
	size_t klen;
	const char *k = row_key(doc_id, strlen(doc_id), speaker, strlen(speaker), buf,
				sizeof(buf), &heap, &klen);
	uint32_t id = intern_find(&m->keys, k, klen);
	free(heap);
	return id == INTERN_NONE ? NULL : &m->rows[id];
}

void meta_free(struct meta *m)
{
	if (!m)
		return;
	free(m->cols);
	free(m->rows);
	intern_release(&m->keys);
	arena_release(&m->arena);
	free(m);
}

uint32_t meta_n_columns(const struct meta *m)
{
	return m->n_cols;
}

const char *meta_column(const struct meta *m, uint32_t i)
{
	return m->cols[i];
}

uint64_t meta_content_hash(const struct meta *m)
{
	return m->hash;
}

uint32_t meta_n_rows(const struct meta *m)
{
	return m->n_rows;
}

/* A record of empty (or blank) fields only: a blank line or ",,,". */
static bool record_blank(const struct csv_record *rec)
{
	for (uint32_t i = 0; i < rec->n; i++)
		if (str_trim(rec->f[i]).len)
			return false;
	return true;
}

enum { COL_ATTR = 0, COL_DOC_ID, COL_SPEAKER };

int meta_load_buffer(struct meta **out, const char *name, const void *buf, size_t len,
		     char delim, struct lt_diag *d)
{
	struct meta *m = xcalloc(1, sizeof(*m));
	struct csv_record rec = { NULL, 0, 0, 0 };
	struct lt_msgs msgs;
	int *kind = NULL;     /* per header field: COL_* */
	uint32_t *attr = NULL; /* per header field: attribute column index */
	uint32_t n_fields = 0;
	int rc = LT_OK;
	struct lt_diag dd;

	*out = NULL;
	arena_init(&m->arena);
	intern_init(&m->keys);
	msgs_init(&msgs);
	m->hash = lt_hash64(buf, len);
	m->role_col = -1;
	lt_diag_init(&dd);

	struct decoded dec;
	if (decode_bytes(buf, len, &m->arena, &dec, &msgs, &dd) < 0) {
		rc = lt_diag_set(d, LT_EUSAGE, "%s: %s", name, dd.msg);
		goto out;
	}
	if (msgs.n) {
		/* replaced bytes would make labels silently fail to match */
		rc = lt_diag_set(d, LT_EUSAGE, "%s:%u: %s", name, (unsigned)msgs.v[0].line,
				 msgs.v[0].text);
		goto out;
	}

	struct csv_reader r;
	csv_init(&r, dec.text, dec.len, delim);
	int got;
	while ((got = csv_next(&r, &rec, &m->arena, &dd)) > 0 && record_blank(&rec))
		;
	if (got < 0) {
		rc = lt_diag_set(d, LT_EUSAGE, "%s:%s", name, dd.msg);
		goto out;
	}
	if (got == 0) {
		rc = lt_diag_set(d, LT_EUSAGE, "%s:1: no header row (doc_id, speaker, ...)", name);
		goto out;
	}

	/* header */
	n_fields = rec.n;
	uint32_t header_line = rec.line;
	kind = xcalloc(n_fields, sizeof(*kind));
	attr = xcalloc(n_fields, sizeof(*attr));
	m->cols = xcalloc(n_fields, sizeof(*m->cols));
	int doc_field = -1, speaker_field = -1;
	for (uint32_t i = 0; i < n_fields; i++) {
		lt_str f = str_trim(rec.f[i]);
		if (!f.len) {
			rc = lt_diag_set(d, LT_EUSAGE, "%s:%u: empty column name (column %u)",
					 name, header_line, i + 1);
			goto out;
		}
		char *col = arena_strndup(&m->arena, f.ptr, f.len);
		for (char *c = col; *c; c++)
			if (*c >= 'A' && *c <= 'Z')
				*c = (char)(*c - 'A' + 'a');
		for (uint32_t j = 0; j < i; j++) {
			const char *prev = kind[j] == COL_DOC_ID ? "doc_id" :
					   kind[j] == COL_SPEAKER ? "speaker" : m->cols[attr[j]];
			if (!strcmp(prev, col)) {
				rc = lt_diag_set(d, LT_EUSAGE, "%s:%u: duplicate column '%s'",
						 name, header_line, col);
				goto out;
			}
		}
		if (!strcmp(col, "doc_id")) {
			kind[i] = COL_DOC_ID;
			doc_field = (int)i;
		} else if (!strcmp(col, "speaker")) {
			kind[i] = COL_SPEAKER;
			speaker_field = (int)i;
		} else {
			kind[i] = COL_ATTR;
			attr[i] = m->n_cols;
			if (!strcmp(col, "role"))
				m->role_col = (int)m->n_cols;
			m->cols[m->n_cols++] = col;
		}
	}
	if (doc_field < 0) {
		rc = lt_diag_set(d, LT_EUSAGE, "%s:%u: no doc_id column in the header", name,
				 header_line);
		goto out;
	}

	/* rows */
	while ((got = csv_next(&r, &rec, &m->arena, &dd)) > 0) {
		if (record_blank(&rec))
			continue;
		if (rec.n != n_fields) {
			rc = lt_diag_set(d, LT_EUSAGE, "%s:%u: %u fields, the header has %u",
					 name, rec.line, rec.n, n_fields);
			goto out;
		}
		lt_str doc = str_trim(rec.f[doc_field]);
		lt_str spk = speaker_field >= 0 ? str_trim(rec.f[speaker_field]) : LT_STR("");
		if (!doc.len) {
			rc = lt_diag_set(d, LT_EUSAGE, "%s:%u: empty doc_id", name, rec.line);
			goto out;
		}
		if (!spk.len && lt_str_eqz(doc, "*")) {
			rc = lt_diag_set(d, LT_EUSAGE,
					 "%s:%u: a row with doc_id '*' needs a speaker", name,
					 rec.line);
			goto out;
		}
		char kb[512], *heap;
		size_t klen;
		const char *k = row_key(doc.ptr, doc.len, spk.ptr, spk.len, kb, sizeof(kb),
					&heap, &klen);
		uint32_t id = intern_put(&m->keys, k, klen);
		free(heap);
		if (id < m->n_rows) {
			const struct meta_row *first = &m->rows[id];
			if (spk.len)
				rc = lt_diag_set(d, LT_EUSAGE,
						 "%s:%u: second row for doc_id '%s' and speaker "
						 "'%s' (first on line %u)",
						 name, rec.line, first->doc_id, first->speaker,
						 first->line);
			else
				rc = lt_diag_set(d, LT_EUSAGE,
						 "%s:%u: second document-level row for doc_id "
						 "'%s' (first on line %u)",
						 name, rec.line, first->doc_id, first->line);
			goto out;
		}
		if (m->n_rows == m->cap_rows) {
			m->cap_rows = m->cap_rows ? 2 * m->cap_rows : 64;
			m->rows = xrealloc(m->rows, xmul(m->cap_rows, sizeof(*m->rows)));
		}
		struct meta_row *row = &m->rows[m->n_rows++];
		row->doc_id = arena_strndup(&m->arena, doc.ptr, doc.len);
		row->speaker = arena_strndup(&m->arena, spk.ptr, spk.len);
		row->line = rec.line;
		row->values = arena_calloc(&m->arena, m->n_cols ? m->n_cols : 1,
					   sizeof(*row->values));
		for (uint32_t i = 0; i < n_fields; i++) {
			if (kind[i] != COL_ATTR)
				continue;
			lt_str v = str_trim(rec.f[i]);
			if (v.len)
				row->values[attr[i]] = arena_strndup(&m->arena, v.ptr, v.len);
		}
	}
	if (got < 0) {
		rc = lt_diag_set(d, LT_EUSAGE, "%s:%s", name, dd.msg);
		goto out;
	}
	*out = m;
	m = NULL;
out:
	free(kind);
	free(attr);
	csv_record_release(&rec);
	msgs_release(&msgs);
	meta_free(m);
	return rc;
}

static bool ends_with_tsv(const char *path)
{
	size_t n = strlen(path);
	if (n < 4)
		return false;
	const char *e = path + n - 4;
	return e[0] == '.' && (e[1] | 0x20) == 't' && (e[2] | 0x20) == 's' &&
	       (e[3] | 0x20) == 'v';
}

int meta_load(struct meta **out, const char *path, struct lt_diag *d)
{
	*out = NULL;
	FILE *f = fopen(path, "rb");
	if (!f)
		return lt_diag_set(d, LT_EUSAGE, "cannot read '%s': %s", path, strerror(errno));
	size_t cap = 64 * 1024, n = 0, got;
	char *buf = xmalloc(cap);
	while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			cap = xmul(cap, 2);
			buf = xrealloc(buf, cap);
		}
	}
	int err = ferror(f) ? errno : 0;
	fclose(f);
	int rc;
	if (err)
		rc = lt_diag_set(d, LT_EUSAGE, "cannot read '%s': %s", path, strerror(err));
	else
		rc = meta_load_buffer(out, path, buf, n, ends_with_tsv(path) ? '\t' : ',', d);
	free(buf);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Resolution                                                          */
/* ------------------------------------------------------------------ */

struct cand {
	const char *key;
	const char *value;
	int level;
};

static int cmp_cand(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (c)
		return c;
	return (x->level > y->level) - (x->level < y->level);
}

static void add_row(const struct meta *m, const struct meta_row *row, int level,
		    struct cand *c, uint32_t *n)
{
	if (!row)
		return;
	for (uint32_t i = 0; i < m->n_cols; i++)
		if (row->values[i]) {
			c[*n].key = m->cols[i];
			c[*n].value = row->values[i];
			c[*n].level = level;
			(*n)++;
		}
}

static const char *row_role(const struct meta *m, const struct meta_row *row)
{
	if (!row || m->role_col < 0)
		return NULL;
	return row->values[m->role_col];
}

void meta_resolve(const struct meta *m, const char *doc_id, const struct parsed_doc *doc,
		  uint32_t s, struct arena *a, struct kv_list *out, bool *interviewer)
{
	if (s >= doc->n_speakers)
		LT_BUG("meta_resolve: speaker index out of range");
	const struct speaker *sp = &doc->speakers[s];
	const struct meta_row *r1 = NULL, *r2 = NULL, *r4 = NULL;
	if (m) {
		if (sp->label[0]) {
			r1 = row_find(m, doc_id, sp->label);
			r2 = row_find(m, "*", sp->label);
		}
		r4 = row_find(m, doc_id, "");
	}

	/* the role of levels 1-3 decides who is an interviewer */
	const char *role = row_role(m, r1);
	if (!role)
		role = row_role(m, r2);
	for (uint32_t i = 0; !role && i < sp->attrs.n; i++)
		if (!strcmp(sp->attrs.v[i].key, "role") && sp->attrs.v[i].value[0])
			role = sp->attrs.v[i].value;
	/* a role that reads like an interviewer label (Interviewer, Moderator,
	 * Facilitator, Researcher, ...) marks an interviewer too, so
	 * "Facilitator (Bo Li):" is one */
	bool iv = role ? ascii_ieq(role, "interviewer") || seg_is_interviewer_label(role, strlen(role))
		       : sp->label[0] != '\0' && sp->interviewer_label;

	uint32_t cap = (m ? 3 * m->n_cols : 0) + sp->attrs.n + doc->attrs.n + 1, n = 0;
	struct cand *c = xmalloc(xmul(cap, sizeof(*c)));
	if (iv) {
		c[n].key = "role";
		c[n].value = "interviewer";
		c[n].level = 0;
		n++;
	}
	add_row(m, r1, 1, c, &n);
	add_row(m, r2, 2, c, &n);
	for (uint32_t i = 0; i < sp->attrs.n; i++)
		if (sp->attrs.v[i].value[0]) {
			c[n].key = sp->attrs.v[i].key;
			c[n].value = sp->attrs.v[i].value;
			c[n].level = 3;
			n++;
		}
	/* document-level attributes describe the interviewee(s), not the
	 * interviewer (DESIGN.md "Front matter") */
	if (!iv)
		add_row(m, r4, 4, c, &n);
	for (uint32_t i = 0; i < doc->attrs.n && !iv; i++)
		if (doc->attrs.v[i].value[0]) {
			c[n].key = doc->attrs.v[i].key;
			c[n].value = doc->attrs.v[i].value;
			c[n].level = 5;
			n++;
		}
	qsort(c, n, sizeof(*c), cmp_cand);

	out->v = arena_alloc(a, (n ? n : 1) * sizeof(struct kv));
	out->n = 0;
	for (uint32_t i = 0; i < n; i++) {
		if (out->n && !strcmp(out->v[out->n - 1].key, c[i].key))
			continue;
		out->v[out->n].key = c[i].key;
		out->v[out->n].value = c[i].value;
		out->n++;
	}
	free(c);
	*interviewer = iv;
}
