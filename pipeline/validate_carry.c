/* validate_carry.c - the marks of earlier coding sheets, carried into a new
 * sample (validate_carry.h). */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "csv.h"
#include "reader.h"
#include "validate_carry.h"
#include "xalloc.h"

struct cmark {
	char *id;        /* "KEY\x1fCOLUMN" */
	char *value;     /* NULL: a conflict */
	char *where;     /* "SHEET:LINE" of the first mark */
};

struct vcarry {
	LT_VEC(struct cmark) m;
	char *coder;
	bool sorted;
};

static lt_str trim(lt_str f)
{
	while (f.len && (f.ptr[0] == ' ' || f.ptr[0] == '\t'))
		f.ptr++, f.len--;
	while (f.len && (f.ptr[f.len - 1] == ' ' || f.ptr[f.len - 1] == '\t'))
		f.len--;
	return f;
}

static bool mark_column(lt_str f)
{
	return lt_str_eqz(f, "relevant") || lt_str_eqz(f, "note") ||
	       (f.len > 6 && !memcmp(f.ptr, "theme:", 6)) ||
	       (f.len > 9 && !memcmp(f.ptr, "category:", 9));
}

static int cmp_cmark(const void *a, const void *b)
{
	return strcmp(((const struct cmark *)a)->id, ((const struct cmark *)b)->id);
}

/* The file name without folder and extension: a sheet's coder when its
 * 'coder' cells are blank (as validate score names it). */
static char *file_coder(const char *path)
{
	const char *b = strrchr(path, '/');
	b = b ? b + 1 : path;
	const char *dot = strrchr(b, '.');
	return xstrndup(b, dot && dot != b ? (size_t)(dot - b) : strlen(b));
}

/* one coder for every sheet; LT_EUSAGE naming both otherwise */
static int same_coder(struct vcarry *c, lt_str name, const char *path, uint32_t line,
		      struct lt_diag *d)
{
	if (!c->coder) {
		c->coder = xstrndup(name.ptr, name.len);
		return LT_OK;
	}
	if (lt_str_eqz(name, c->coder))
		return LT_OK;
	return lt_diag_set(d, LT_EUSAGE, "%s:%u: coder '%.*s', but the marks carried so far are "
			   "'%s': carry one coder's sheets at a time (one sheet row has one "
			   "coder)", path, line, (int)name.len, name.ptr, c->coder);
}

static void add_mark(struct vcarry *c, lt_str key, lt_str col, lt_str value, const char *path,
		     uint32_t line)
{
	struct cmark m;
	m.id = xasprintf("%.*s\x1f%.*s", (int)key.len, key.ptr, (int)col.len, col.ptr);
	m.value = xstrndup(value.ptr, value.len);
	m.where = xasprintf("%s:%u", path, line);
	lt_vec_push(&c->m, m);
	c->sorted = false;
}

struct sheet_hdr {
	int kind, key, coder;
	LT_VEC(int) marks;       /* mark columns' field indexes */
	char **names;            /* per field */
	uint32_t n;
};

static int read_hdr(const struct csv_record *rec, struct sheet_hdr *h, const char *path,
		    struct lt_diag *d)
{
	h->kind = h->key = h->coder = -1;
	h->n = rec->n;
	h->names = xcalloc(rec->n ? rec->n : 1, sizeof(*h->names));
	for (uint32_t i = 0; i < rec->n; i++) {
		lt_str f = trim(rec->f[i]);
		h->names[i] = xstrndup(f.ptr, f.len);
		if (lt_str_eqz(f, "kind"))
			h->kind = (int)i;
		else if (lt_str_eqz(f, "key"))
			h->key = (int)i;
		else if (lt_str_eqz(f, "coder"))
			h->coder = (int)i;
		else if (mark_column(f))
			lt_vec_push(&h->marks, (int)i);
	}
	if (h->kind < 0 || h->key < 0)
		return lt_diag_set(d, LT_EUSAGE, "%s:1: not a coding sheet: the header needs 'kind' "
				   "and 'key' columns (written by `lextab validate sample`)", path);
	return LT_OK;
}

static void hdr_release(struct sheet_hdr *h)
{
	for (uint32_t i = 0; i < h->n; i++)
		free(h->names[i]);
	free(h->names);
	lt_vec_release(&h->marks);
}

static lt_str field(const struct csv_record *rec, int i)
{
	return i >= 0 && (uint32_t)i < rec->n ? trim(rec->f[i]) : lt_str_make("", 0);
}

/* the marks of one data row */
static int read_row(struct vcarry *c, const struct sheet_hdr *h, const struct csv_record *rec,
		    const char *path, const char *dflt, struct lt_diag *d)
{
	lt_str key = field(rec, h->key);
	if (!key.len)
		return LT_OK;
	bool any = false;
	for (size_t j = 0; j < h->marks.n; j++)
		any |= field(rec, h->marks.v[j]).len > 0;
	if (!any)
		return LT_OK;
	lt_str coder = field(rec, h->coder);
	LT_TRY(same_coder(c, coder.len ? coder : lt_str_make(dflt, strlen(dflt)), path, rec->line,
			  d));
	for (size_t j = 0; j < h->marks.n; j++) {
		int i = h->marks.v[j];
		lt_str v = field(rec, i);
		if (v.len)
			add_mark(c, key, lt_str_make(h->names[i], strlen(h->names[i])), v, path,
				 rec->line);
	}
	return LT_OK;
}

static int load_sheet(struct vcarry *c, const char *path, struct lt_msgs *notes,
		      struct lt_diag *d)
{
	struct arena a;
	arena_init(&a);
	struct decoded dec;
	struct lt_msgs msgs;
	msgs_init(&msgs);
	int rc = reader_read_text(path, "coding sheet", 0, &a, &dec, &msgs, d);
	msgs_release(&msgs);
	if (rc < 0) {
		arena_release(&a);
		return rc == LT_EIO ? rc : LT_EUSAGE;
	}
	struct csv_reader rd;
	struct csv_record rec = { 0 };
	struct sheet_hdr h;
	memset(&h, 0, sizeof(h));
	char *dflt = file_coder(path);
	csv_init(&rd, dec.text, dec.len, csv_detect_delim(dec.text, dec.len));
	int r = csv_next(&rd, &rec, &a, d);
	if (r <= 0)
		rc = lt_diag_set(d, LT_EUSAGE, "%s: not a coding sheet (%s)", path,
				 r == 0 ? "empty" : d->msg);
	else
		rc = read_hdr(&rec, &h, path, d);
	while (rc == LT_OK && (r = csv_next(&rd, &rec, &a, d)) == 1)
		if (field(&rec, h.kind).len)
			rc = read_row(c, &h, &rec, path, dflt, d);
	if (rc == LT_OK && r < 0)
		msgs_add(notes, LT_SEV_WARNING, 0, "%s:%s: the rest of the sheet is not carried",
			 path, d->msg);
	free(dflt);
	hdr_release(&h);
	csv_record_release(&rec);
	arena_release(&a);
	return rc;
}

/* sort, then fold equal (key, column) marks: equal values are one mark,
 * different values a conflict (value NULL), reported once */
static void fold(struct vcarry *c, struct lt_msgs *notes)
{
	qsort(c->m.v, c->m.n, sizeof(*c->m.v), cmp_cmark);
	size_t w = 0;
	for (size_t i = 0; i < c->m.n; i++) {
		struct cmark *m = &c->m.v[i];
		struct cmark *prev = w ? &c->m.v[w - 1] : NULL;
		if (!prev || strcmp(prev->id, m->id)) {
			c->m.v[w++] = *m;
			continue;
		}
		if (prev->value && strcmp(prev->value, m->value)) {
			const char *sep = strchr(prev->id, '\x1f');
			msgs_add(notes, LT_SEV_WARNING, 0, "%s: '%s' for %.*s (column %s), but '%s' at "
				 "%s: left blank to code again", m->where, m->value,
				 (int)(sep - prev->id), prev->id, sep + 1, prev->value, prev->where);
			free(prev->value);
			prev->value = NULL;
		}
		free(m->id);
		free(m->value);
		free(m->where);
	}
	c->m.n = w;
	c->sorted = true;
}

int vcarry_load(const char *const *paths, size_t n, struct vcarry **out, struct lt_msgs *notes,
		struct lt_diag *d)
{
	struct vcarry *c = xcalloc(1, sizeof(*c));
	int rc = LT_OK;
	for (size_t i = 0; i < n && rc == LT_OK; i++)
		rc = load_sheet(c, paths[i], notes, d);
	if (rc != LT_OK) {
		vcarry_free(c);
		*out = NULL;
		return rc;
	}
	fold(c, notes);
	*out = c;
	return LT_OK;
}

const char *vcarry_get(const struct vcarry *c, const char *key, const char *column)
{
	if (!c || !c->m.n)
		return NULL;
	char *id = xasprintf("%s\x1f%s", key, column);
	struct cmark probe = { id, NULL, NULL };
	const struct cmark *m = bsearch(&probe, c->m.v, c->m.n, sizeof(*c->m.v), cmp_cmark);
	free(id);
	return m ? m->value : NULL;
}

const char *vcarry_coder(const struct vcarry *c)
{
	return c && c->coder ? c->coder : "";
}

void vcarry_free(struct vcarry *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->m.n; i++) {
		free(c->m.v[i].id);
		free(c->m.v[i].value);
		free(c->m.v[i].where);
	}
	lt_vec_release(&c->m);
	free(c->coder);
	free(c);
}
