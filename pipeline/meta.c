/* meta.c - metadata CSV loading, label matching, attribute resolution and
 * the end-of-run report on rows that matched nothing (see meta.h).
 *
 * Rows are found by "doc_id\0spelling" keys in two intern tables: exact
 * spellings (speaker and aliases; a document-level row has speaker "")
 * and normalised ones (norm_label), each with a key -> row map. Every
 * string lives in the meta's arena. After loading nothing is written, so
 * concurrent meta_resolve calls only read (intern_find is a pure lookup).
 * The report (struct meta_report) is separate, main-thread state.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "meta.h"
#include "discover.h"
#include "reader.h"
#include "segment.h"
#include "csv.h"
#include "decode.h"
#include "intern.h"
#include "xalloc.h"
#include "banned.h"

struct meta_row {
	const char *doc_id;
	const char *speaker;       /* "" for a document-level row */
	const char **aliases;      /* other spellings of speaker (alias column) */
	uint32_t n_aliases;
	const char **values;       /* per attribute column; NULL = empty cell */
	uint32_t line;
	uint32_t doc;              /* index into meta.docs; UINT32_MAX for "*" */
};

#define ROW_AMBIGUOUS (UINT32_MAX - 1)

struct meta {
	struct arena arena;
	char **cols;               /* attribute column names, header order */
	uint32_t n_cols;
	struct meta_row *rows;
	uint32_t n_rows, cap_rows;
	struct intern keys;        /* "doc_id\0speaker" and "doc_id\0alias" */
	struct lt_u32vec key_row;  /* keys id -> row index */
	struct intern nkeys;       /* "doc_id\0norm(speaker or alias)" */
	struct lt_u32vec nkey_row; /* nkeys id -> row index, or ROW_AMBIGUOUS */
	struct intern docs;        /* the doc_ids of rows (not "*") */
	int role_col;              /* index of "role" in cols, or -1 */
	uint64_t hash;             /* of the bytes that were parsed */
	struct lt_msgs msgs;       /* load warnings, by metadata line */
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

/* ------------------------------------------------------------------ */
/* Normalisation (docs/input-formats.md "Matching labels")             */
/* ------------------------------------------------------------------ */

/* Titles whose abbreviation dot is ignored: "Dr." = "Dr". Folded forms. */
static const char *const titles[] = {
	"dr", "mr", "mrs", "ms", "mx", "prof", "sr", "jr", "st", "rev", "fr", "hon",
	"sgt", "capt", "col", "gen", "lt", "cllr", "mme", "mlle", "messrs",
};

static bool is_title(const char *w, size_t n)
{
	for (size_t i = 0; i < LT_ARRAY_SIZE(titles); i++)
		if (strlen(titles[i]) == n && !memcmp(titles[i], w, n))
			return true;
	return false;
}

/*
 * The comparison form of a label or metadata spelling: decode_fold (NFC,
 * case folding, look-alikes lumped), white space collapsed to one space
 * and trimmed, and the dot after a title dropped ("dr.khan" -> "dr khan").
 * Caller frees; NULL for invalid UTF-8 (never for decoded text).
 */
static char *norm_label(const char *s, size_t len, size_t *out_len)
{
	size_t fl;
	char *f = decode_fold(s, len, &fl);
	if (!f)
		return NULL;
	char *o = xmalloc(fl + 2);
	size_t w = 0, i = 0;
	while (i < fl) {
		while (i < fl && is_ws(f[i]))
			i++;
		if (i == fl)
			break;
		size_t ws = i;
		while (i < fl && !is_ws(f[i]))
			i++;
		/* word f[ws..i): a title's dot is dropped, and when more of the
		 * word follows ("dr.khan") it becomes a space */
		if (w)
			o[w++] = ' ';
		size_t seg = ws;
		for (size_t j = ws; j < i; j++) {
			if (f[j] == '.' && j > seg && is_title(f + seg, j - seg)) {
				if (j + 1 < i) {
					o[w++] = ' ';
					seg = j + 1;
				}
				continue;
			}
			o[w++] = f[j];
		}
	}
	o[w] = '\0';
	free(f);
	*out_len = w;
	return o;
}

/* Key "doc_id\0s" in buf (or a heap block when larger); caller frees *heap. */
static const char *row_key(const char *doc_id, size_t dl, const char *s, size_t sl,
			   char *buf, size_t cap, char **heap, size_t *klen)
{
	*klen = dl + 1 + sl;
	char *k = buf;
	*heap = NULL;
	if (*klen > cap)
		k = *heap = xmalloc(*klen);
	memcpy(k, doc_id, dl);
	k[dl] = '\0';
	memcpy(k + dl + 1, s, sl);
	return k;
}

/* Row index under key (doc_id, s) in table t/map, or UINT32_MAX. */
static uint32_t key_lookup(const struct intern *t, const struct lt_u32vec *map,
			   const char *doc_id, const char *s, size_t sl)
{
	char buf[512], *heap;
	size_t klen;
	const char *k = row_key(doc_id, strlen(doc_id), s, sl, buf, sizeof(buf), &heap, &klen);
	uint32_t id = intern_find(t, k, klen);
	free(heap);
	return id == INTERN_NONE ? UINT32_MAX : map->v[id];
}

/* A label to match: its text and, computed when first needed, its norm. */
struct label_q {
	const char *s;
	char *norm;              /* heap; NULL until computed */
	size_t norm_len;
};

enum match_how { MATCH_NONE = 0, MATCH_EXACT, MATCH_NORM };

/*
 * The row of (doc_id, label): its speaker or an alias spelled exactly,
 * else spelled the same after normalisation (and not ambiguous).
 * Read-only on m: safe from worker threads.
 */
static const struct meta_row *match_row(const struct meta *m, const char *doc_id,
					struct label_q *q, enum match_how *how)
{
	*how = MATCH_NONE;
	uint32_t r = key_lookup(&m->keys, &m->key_row, doc_id, q->s, strlen(q->s));
	if (r != UINT32_MAX) {
		*how = MATCH_EXACT;
		return &m->rows[r];
	}
	if (!intern_count(&m->nkeys))
		return NULL;
	if (!q->norm) {
		q->norm = norm_label(q->s, strlen(q->s), &q->norm_len);
		if (!q->norm)
			return NULL;
	}
	if (!q->norm_len)
		return NULL;
	r = key_lookup(&m->nkeys, &m->nkey_row, doc_id, q->norm, q->norm_len);
	if (r == UINT32_MAX || r == ROW_AMBIGUOUS)
		return NULL;
	*how = MATCH_NORM;
	return &m->rows[r];
}

static const struct meta_row *doc_row(const struct meta *m, const char *doc_id)
{
	uint32_t r = key_lookup(&m->keys, &m->key_row, doc_id, "", 0);
	return r == UINT32_MAX ? NULL : &m->rows[r];
}

void meta_free(struct meta *m)
{
	if (!m)
		return;
	free(m->cols);
	free(m->rows);
	intern_release(&m->keys);
	intern_release(&m->nkeys);
	intern_release(&m->docs);
	lt_vec_release(&m->key_row);
	lt_vec_release(&m->nkey_row);
	msgs_release(&m->msgs);
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

const char **meta_column_values(const struct meta *m, const char *col, size_t *n)
{
	*n = 0;
	int j = -1;
	for (uint32_t i = 0; m && i < m->n_cols; i++)
		if (!strcmp(m->cols[i], col))
			j = (int)i;
	if (j < 0)
		return NULL;
	const char **v = xcalloc(m->n_rows ? m->n_rows : 1, sizeof(*v));
	struct intern seen;
	intern_init(&seen);
	for (uint32_t r = 0; r < m->n_rows; r++) {
		const char *x = m->rows[r].values[j];
		if (!x || !x[0])
			continue;
		size_t before = intern_count(&seen);
		intern_put(&seen, x, strlen(x));
		if (intern_count(&seen) > before)
			v[(*n)++] = x;
	}
	intern_release(&seen);
	return v;
}

const struct lt_msgs *meta_messages(const struct meta *m)
{
	return &m->msgs;
}

/* ------------------------------------------------------------------ */
/* Loading                                                             */
/* ------------------------------------------------------------------ */

/* A record of empty (or blank) fields only: a blank line or ",,,". */
static bool record_blank(const struct csv_record *rec)
{
	for (uint32_t i = 0; i < rec->n; i++)
		if (str_trim(rec->f[i]).len)
			return false;
	return true;
}

enum { COL_ATTR = 0, COL_DOC_ID, COL_SPEAKER, COL_ALIAS };

/* Header parsing state. */
struct header {
	int *kind;            /* per header field: COL_* */
	uint32_t *attr;       /* per header field: attribute column index */
	uint32_t n_fields;    /* named fields; trailing unnamed ones dropped */
	int doc_field, speaker_field, alias_field;
	uint32_t line;
};

static const char *col_name(const struct meta *m, const struct header *h, uint32_t j)
{
	switch (h->kind[j]) {
	case COL_DOC_ID: return "doc_id";
	case COL_SPEAKER: return "speaker";
	case COL_ALIAS: return "alias";
	}
	return m->cols[h->attr[j]];
}

static int parse_header(struct meta *m, const char *name, const struct csv_record *rec,
			struct header *h, struct lt_diag *d)
{
	uint32_t n = rec->n;
	while (n > 1 && !str_trim(rec->f[n - 1]).len)
		n--; /* Excel's empty trailing columns */
	h->n_fields = n;
	h->line = rec->line;
	h->kind = xcalloc(n, sizeof(*h->kind));
	h->attr = xcalloc(n, sizeof(*h->attr));
	m->cols = xcalloc(n, sizeof(*m->cols));
	h->doc_field = h->speaker_field = h->alias_field = -1;
	for (uint32_t i = 0; i < n; i++) {
		lt_str f = str_trim(rec->f[i]);
		if (!f.len)
			return lt_diag_set(d, LT_EUSAGE, "%s:%u: empty column name (column %u)",
					   name, h->line, i + 1);
		char *col = arena_strndup(&m->arena, f.ptr, f.len);
		for (char *c = col; *c; c++)
			if (*c >= 'A' && *c <= 'Z')
				*c = (char)(*c - 'A' + 'a');
		for (uint32_t j = 0; j < i; j++)
			if (!strcmp(col_name(m, h, j), col))
				return lt_diag_set(d, LT_EUSAGE, "%s:%u: duplicate column '%s'",
						   name, h->line, col);
		if (!strcmp(col, "doc_id")) {
			h->kind[i] = COL_DOC_ID;
			h->doc_field = (int)i;
		} else if (!strcmp(col, "speaker")) {
			h->kind[i] = COL_SPEAKER;
			h->speaker_field = (int)i;
		} else if (!strcmp(col, "alias")) {
			h->kind[i] = COL_ALIAS;
			h->alias_field = (int)i;
		} else {
			h->kind[i] = COL_ATTR;
			h->attr[i] = m->n_cols;
			if (!strcmp(col, "role"))
				m->role_col = (int)m->n_cols;
			m->cols[m->n_cols++] = col;
		}
	}
	if (h->doc_field < 0)
		return lt_diag_set(d, LT_EUSAGE, "%s:%u: no doc_id column in the header", name,
				   h->line);
	return LT_OK;
}

/* Add exact key (doc, s) -> row r; an error when another row has it. */
static int add_exact_key(struct meta *m, const char *name, const struct meta_row *row,
			 uint32_t r, const char *s, bool is_alias, struct lt_diag *d)
{
	char kb[512], *heap;
	size_t klen;
	const char *k = row_key(row->doc_id, strlen(row->doc_id), s, strlen(s), kb, sizeof(kb),
				&heap, &klen);
	size_t before = intern_count(&m->keys);
	uint32_t id = intern_put(&m->keys, k, klen);
	free(heap);
	if (id == before) {
		lt_vec_push(&m->key_row, r);
		return LT_OK;
	}
	const struct meta_row *first = &m->rows[m->key_row.v[id]];
	if (first == row)
		return LT_OK; /* an alias equal to the row's own speaker */
	if (!s[0])
		return lt_diag_set(d, LT_EUSAGE,
				   "%s:%u: second document-level row for doc_id '%s' (first on "
				   "line %u)", name, row->line, first->doc_id, first->line);
	if (is_alias)
		return lt_diag_set(d, LT_EUSAGE,
				   "%s:%u: alias '%s' is already a spelling of speaker '%s' of "
				   "doc_id '%s' (line %u)", name, row->line, s, first->speaker,
				   first->doc_id, first->line);
	return lt_diag_set(d, LT_EUSAGE,
			   "%s:%u: second row for doc_id '%s' and speaker '%s' (first on line %u)",
			   name, row->line, first->doc_id, s, first->line);
}

/* Add normalised key (doc, norm(s)) -> row r; two rows: ambiguous, a warning. */
static void add_norm_key(struct meta *m, const struct meta_row *row, uint32_t r, const char *s)
{
	size_t nl;
	char *n = norm_label(s, strlen(s), &nl);
	if (!n || !nl) {
		free(n);
		return;
	}
	char kb[512], *heap;
	size_t klen;
	const char *k = row_key(row->doc_id, strlen(row->doc_id), n, nl, kb, sizeof(kb), &heap,
				&klen);
	size_t before = intern_count(&m->nkeys);
	uint32_t id = intern_put(&m->nkeys, k, klen);
	free(heap);
	free(n);
	if (id == before) {
		lt_vec_push(&m->nkey_row, r);
		return;
	}
	uint32_t other = m->nkey_row.v[id];
	if (other == r || other == ROW_AMBIGUOUS)
		return;
	m->nkey_row.v[id] = ROW_AMBIGUOUS;
	const struct meta_row *first = &m->rows[other];
	msgs_add(&m->msgs, LT_SEV_WARNING, row->line,
		 "'%s' and '%s' (line %u) of doc_id '%s' differ only in case, spaces or a "
		 "title's dot; a label spelled like neither matches neither", s,
		 first->speaker, first->line, row->doc_id);
}

/* The alias cell: spellings separated by '|', trimmed, empty ones dropped. */
static void parse_aliases(struct meta *m, struct meta_row *row, lt_str cell)
{
	uint32_t n = 1;
	for (size_t i = 0; i < cell.len; i++)
		n += cell.ptr[i] == '|';
	row->aliases = arena_calloc(&m->arena, n, sizeof(*row->aliases));
	size_t s = 0;
	for (size_t i = 0; i <= cell.len; i++) {
		if (i < cell.len && cell.ptr[i] != '|')
			continue;
		lt_str a = str_trim(lt_str_make(cell.ptr + s, i - s));
		if (a.len)
			row->aliases[row->n_aliases++] = arena_strndup(&m->arena, a.ptr, a.len);
		s = i + 1;
	}
}

static int parse_row(struct meta *m, const char *name, const struct header *h,
		     const struct csv_record *rec, struct lt_diag *d)
{
	for (uint32_t i = h->n_fields; i < rec->n; i++)
		if (str_trim(rec->f[i]).len)
			return lt_diag_set(d, LT_EUSAGE, "%s:%u: %u fields, the header has %u",
					   name, rec->line, rec->n, h->n_fields);
	/* fewer fields than the header: the missing ones are empty cells */
#define FIELD(i) ((i) >= 0 && (uint32_t)(i) < rec->n ? str_trim(rec->f[(i)]) : LT_STR(""))
	lt_str doc = FIELD(h->doc_field);
	lt_str spk = FIELD(h->speaker_field);
	lt_str alias = FIELD(h->alias_field);
	if (!doc.len)
		return lt_diag_set(d, LT_EUSAGE, "%s:%u: empty doc_id", name, rec->line);
	if (!spk.len && lt_str_eqz(doc, "*"))
		return lt_diag_set(d, LT_EUSAGE, "%s:%u: a row with doc_id '*' needs a speaker",
				   name, rec->line);
	if (!spk.len && alias.len)
		return lt_diag_set(d, LT_EUSAGE, "%s:%u: an alias needs a speaker on its row",
				   name, rec->line);
	if (m->n_rows == m->cap_rows) {
		m->cap_rows = m->cap_rows ? 2 * m->cap_rows : 64;
		m->rows = xrealloc(m->rows, xmul(m->cap_rows, sizeof(*m->rows)));
	}
	uint32_t r = m->n_rows++;
	struct meta_row *row = &m->rows[r];
	memset(row, 0, sizeof(*row));
	row->doc_id = arena_strndup(&m->arena, doc.ptr, doc.len);
	row->speaker = arena_strndup(&m->arena, spk.ptr, spk.len);
	row->line = rec->line;
	row->doc = lt_str_eqz(doc, "*") ? UINT32_MAX : intern_put(&m->docs, doc.ptr, doc.len);
	row->values = arena_calloc(&m->arena, m->n_cols ? m->n_cols : 1, sizeof(*row->values));
	for (uint32_t i = 0; i < h->n_fields && i < rec->n; i++) {
		if (h->kind[i] != COL_ATTR)
			continue;
		lt_str v = str_trim(rec->f[i]);
		if (v.len)
			row->values[h->attr[i]] = arena_strndup(&m->arena, v.ptr, v.len);
	}
#undef FIELD
	parse_aliases(m, row, alias);
	LT_TRY(add_exact_key(m, name, row, r, row->speaker, false, d));
	for (uint32_t i = 0; i < row->n_aliases; i++)
		LT_TRY(add_exact_key(m, name, row, r, row->aliases[i], true, d));
	return LT_OK;
}

/* Normalised keys, once every row is in (so exact duplicates fail first). */
static void add_norm_keys(struct meta *m)
{
	for (uint32_t r = 0; r < m->n_rows; r++) {
		const struct meta_row *row = &m->rows[r];
		if (!row->speaker[0])
			continue;
		add_norm_key(m, row, r, row->speaker);
		for (uint32_t i = 0; i < row->n_aliases; i++)
			add_norm_key(m, row, r, row->aliases[i]);
	}
}

static struct meta *meta_new(void)
{
	struct meta *m = xcalloc(1, sizeof(*m));
	arena_init(&m->arena);
	intern_init(&m->keys);
	intern_init(&m->nkeys);
	intern_init(&m->docs);
	msgs_init(&m->msgs);
	m->role_col = -1;
	return m;
}

/* Parse decoded text into m (already made). */
static int parse_text(struct meta *m, const char *name, const char *text, size_t len,
		      struct lt_diag *d)
{
	struct csv_record rec = { NULL, 0, 0, 0 };
	struct header h;
	memset(&h, 0, sizeof(h));
	struct lt_diag dd;
	lt_diag_init(&dd);
	int rc = LT_OK;
	struct csv_reader r;
	csv_init(&r, text, len, csv_detect_delim(text, len));
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
	rc = parse_header(m, name, &rec, &h, d);
	while (rc == LT_OK && (got = csv_next(&r, &rec, &m->arena, &dd)) > 0)
		if (!record_blank(&rec))
			rc = parse_row(m, name, &h, &rec, d);
	if (rc == LT_OK && got < 0)
		rc = lt_diag_set(d, LT_EUSAGE, "%s:%s", name, dd.msg);
	if (rc == LT_OK)
		add_norm_keys(m);
out:
	free(h.kind);
	free(h.attr);
	csv_record_release(&rec);
	return rc;
}

int meta_parse(struct meta **out, const char *name, const char *text, size_t len,
	       struct lt_diag *d)
{
	struct meta *m = meta_new();
	*out = NULL;
	m->hash = lt_hash64(text, len);
	int rc = parse_text(m, name, text, len, d);
	if (rc < 0) {
		meta_free(m);
		return rc;
	}
	*out = m;
	return LT_OK;
}

int meta_load_buffer(struct meta **out, const char *name, const void *buf, size_t len,
		     struct lt_diag *d)
{
	struct meta *m = meta_new();
	struct lt_diag dd;
	lt_diag_init(&dd);
	int rc = LT_OK;
	*out = NULL;
	m->hash = lt_hash64(buf, len);

	struct decoded dec;
	if (decode_bytes(buf, len, &m->arena, &dec, &m->msgs, &dd) < 0) {
		rc = lt_diag_set(d, LT_EUSAGE, "%s: %s", name, dd.msg);
		goto out;
	}
	if (dec.n_replaced) {
		/* replaced bytes would make labels silently fail to match: the
		 * first replacement is the error */
		for (size_t i = 0; i < m->msgs.n; i++)
			if (strstr(m->msgs.v[i].text, "U+FFFD")) {
				rc = lt_diag_set(d, LT_EUSAGE, "%s:%u: %s", name,
						 (unsigned)m->msgs.v[i].line, m->msgs.v[i].text);
				goto out;
			}
		rc = lt_diag_set(d, LT_EUSAGE, "%s: undecodable text", name);
		goto out;
	}
	rc = parse_text(m, name, dec.text, dec.len, d);
	if (rc == LT_OK) {
		*out = m;
		m = NULL;
	}
out:
	meta_free(m);
	return rc;
}

int meta_load(struct meta **out, const char *path, struct lt_diag *d)
{
	*out = NULL;
	/* through the one reader (reader.h); the bytes are hashed and decoded
	 * (UTF-8, UTF-16 with BOM, Windows-1252) by meta_load_buffer. A file
	 * that cannot be read is a configuration error, as before. */
	struct reader_bytes b;
	if (reader_read(path, "", 0, NULL, &b, d) < 0) {
		d->code = LT_EUSAGE;
		return LT_EUSAGE;
	}
	int rc = meta_load_buffer(out, path, b.data, b.len, d);
	free(b.data);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Resolution                                                          */
/* ------------------------------------------------------------------ */

struct cand {
	const char *key;
	const char *value;
	int level;          /* precedence (0: interviewer, then 1-5) */
	int src;            /* where the value came from: 1-5 */
	uint32_t line;      /* metadata line for src 1, 2, 4 */
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
			c[*n].src = level;
			c[*n].line = row->line;
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
	meta_resolve_src(m, doc_id, doc, s, a, out, interviewer, NULL);
}

void meta_resolve_src(const struct meta *m, const char *doc_id, const struct parsed_doc *doc,
		      uint32_t s, struct arena *a, struct kv_list *out, bool *interviewer,
		      struct meta_src **src)
{
	if (s >= doc->n_speakers)
		LT_BUG("meta_resolve: speaker index out of range");
	const struct speaker *sp = &doc->speakers[s];
	const struct meta_row *r1 = NULL, *r2 = NULL, *r4 = NULL;
	if (m) {
		if (sp->label[0]) {
			struct label_q q = { sp->label, NULL, 0 };
			enum match_how how;
			r1 = match_row(m, doc_id, &q, &how);
			r2 = match_row(m, "*", &q, &how);
			free(q.norm);
		}
		r4 = doc_row(m, doc_id);
	}

	/* the role of levels 1-3 decides who is an interviewer */
	const char *role = row_role(m, r1);
	int role_src = role ? 1 : 3;
	uint32_t role_line = role ? r1->line : 0;
	if (!role && (role = row_role(m, r2)) != NULL) {
		role_src = 2;
		role_line = r2->line;
	}
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
		c[n].src = role_src; /* the role that made it one, or its label */
		c[n].line = role_line;
		n++;
	}
	add_row(m, r1, 1, c, &n);
	add_row(m, r2, 2, c, &n);
	for (uint32_t i = 0; i < sp->attrs.n; i++)
		if (sp->attrs.v[i].value[0]) {
			c[n].key = sp->attrs.v[i].key;
			c[n].value = sp->attrs.v[i].value;
			c[n].level = 3;
			c[n].src = 3;
			c[n].line = 0;
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
			c[n].src = 5;
			c[n].line = 0;
			n++;
		}
	qsort(c, n, sizeof(*c), cmp_cand);

	out->v = arena_alloc(a, (n ? n : 1) * sizeof(struct kv));
	out->n = 0;
	struct meta_src *sv = src ? arena_alloc(a, (n ? n : 1) * sizeof(*sv)) : NULL;
	for (uint32_t i = 0; i < n; i++) {
		if (out->n && !strcmp(out->v[out->n - 1].key, c[i].key))
			continue;
		out->v[out->n].key = c[i].key;
		out->v[out->n].value = c[i].value;
		if (sv) {
			sv[out->n].level = (uint8_t)c[i].src;
			sv[out->n].line = c[i].line;
		}
		out->n++;
	}
	if (src)
		*src = sv;
	free(c);
	*interviewer = iv;
}

/* ------------------------------------------------------------------ */
/* Report: rows that matched nothing, spellings, speakers without role */
/* ------------------------------------------------------------------ */

#define REPORT_NAMES 5    /* speakers without a role named in the summary */
#define REPORT_LIST 8     /* speakers listed for a row not in its document */

struct rep_row {
	bool matched;             /* a label matched it (any way) */
	const char *norm_label;   /* first label matched only after normalisation */
	const char *norm_doc;     /* ... in this document */
};

struct rep_doc {                  /* one doc_id of the metadata */
	bool seen, known;         /* reported; with its speakers */
	LT_VEC(const char *) labels;
};

struct meta_report {
	const struct meta *m;     /* may be NULL */
	uint32_t shard_k, shard_n; /* run --shard k/n; n = 0: not a shard */
	struct arena arena;       /* copies of labels and doc_ids */
	struct rep_row *rows;     /* per metadata row */
	struct rep_doc *docs;     /* per m->docs id */
	struct intern seen;       /* every doc_id reported */
	struct intern labels;     /* every distinct label, for '*' rows */
	const char *cur_doc;      /* the document being reported */
	uint32_t cur_mdoc;        /* its m->docs id, or INTERN_NONE */
	uint32_t n_speakers, n_no_role;
	const char *no_role[REPORT_NAMES];
};

struct meta_report *meta_report_new(const struct meta *m)
{
	struct meta_report *rep = xcalloc(1, sizeof(*rep));
	rep->m = m;
	arena_init(&rep->arena);
	intern_init(&rep->seen);
	intern_init(&rep->labels);
	rep->cur_mdoc = INTERN_NONE;
	if (m) {
		rep->rows = xcalloc(m->n_rows ? m->n_rows : 1, sizeof(*rep->rows));
		size_t nd = intern_count(&m->docs);
		rep->docs = xcalloc(nd ? nd : 1, sizeof(*rep->docs));
	}
	return rep;
}

void meta_report_shard(struct meta_report *rep, uint32_t k, uint32_t n)
{
	rep->shard_k = k;
	rep->shard_n = n;
}

void meta_report_free(struct meta_report *rep)
{
	if (!rep)
		return;
	if (rep->m)
		for (size_t i = 0; i < intern_count(&rep->m->docs); i++)
			lt_vec_release(&rep->docs[i].labels);
	free(rep->docs);
	free(rep->rows);
	intern_release(&rep->seen);
	intern_release(&rep->labels);
	arena_release(&rep->arena);
	free(rep);
}

void meta_report_doc(struct meta_report *rep, const char *doc_id, bool speakers_known)
{
	rep->cur_doc = arena_strndup(&rep->arena, doc_id, strlen(doc_id));
	intern_put(&rep->seen, doc_id, strlen(doc_id));
	rep->cur_mdoc = INTERN_NONE;
	const struct meta *m = rep->m;
	if (!m)
		return;
	rep->cur_mdoc = intern_find(&m->docs, doc_id, strlen(doc_id));
	if (rep->cur_mdoc != INTERN_NONE) {
		rep->docs[rep->cur_mdoc].seen = true;
		rep->docs[rep->cur_mdoc].known |= speakers_known;
	}
	const struct meta_row *r = doc_row(m, doc_id);
	if (r)
		rep->rows[r - m->rows].matched = true;
}

static void mark(struct meta_report *rep, const struct meta_row *r, enum match_how how,
		 const char *label)
{
	if (!r)
		return;
	struct rep_row *rr = &rep->rows[r - rep->m->rows];
	rr->matched = true;
	if (how == MATCH_NORM && !rr->norm_label) {
		rr->norm_label = arena_strndup(&rep->arena, label, strlen(label));
		rr->norm_doc = rep->cur_doc;
	}
}

static bool has_role(const struct kv_list *attrs)
{
	for (uint32_t i = 0; attrs && i < attrs->n; i++)
		if (!strcmp(attrs->v[i].key, "role") && attrs->v[i].value[0])
			return true;
	return false;
}

void meta_report_speaker(struct meta_report *rep, const char *label, const struct kv_list *attrs)
{
	if (!rep->cur_doc)
		LT_BUG("meta_report_speaker before meta_report_doc");
	rep->n_speakers++;
	if (!has_role(attrs) && rep->n_no_role++ < REPORT_NAMES) {
		size_t n = strlen(label) + strlen(rep->cur_doc) + 8;
		char *s = arena_alloc(&rep->arena, n);
		snprintf(s, n, "'%s' (%s)", label, rep->cur_doc);
		rep->no_role[rep->n_no_role - 1] = s;
	}
	const struct meta *m = rep->m;
	if (!m || !label[0])
		return;
	uint32_t id = intern_put(&rep->labels, label, strlen(label));
	const char *copy = intern_str(&rep->labels, id).ptr;
	if (rep->cur_mdoc != INTERN_NONE)
		lt_vec_push(&rep->docs[rep->cur_mdoc].labels, copy);
	struct label_q q = { label, NULL, 0 };
	enum match_how how;
	const struct meta_row *r = match_row(m, rep->cur_doc, &q, &how);
	mark(rep, r, how, label);
	r = match_row(m, "*", &q, &how);
	mark(rep, r, how, label);
	free(q.norm);
}

/* Code points of valid UTF-8 s into a heap array; *n set. */
static uint32_t *code_points(const char *s, size_t *n)
{
	size_t len = strlen(s);
	uint32_t *v = xmalloc((len + 1) * sizeof(*v));
	size_t k = 0;
	for (size_t i = 0; i < len;) {
		unsigned char b = (unsigned char)s[i];
		size_t l = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
		uint32_t cp = l == 1 ? b : l == 2 ? b & 0x1Fu : l == 3 ? b & 0x0Fu : b & 0x07u;
		for (size_t j = 1; j < l && i + j < len; j++)
			cp = (cp << 6) | ((unsigned char)s[i + j] & 0x3Fu);
		v[k++] = cp;
		i += l;
	}
	*n = k;
	return v;
}

/*
 * Damerau-Levenshtein distance (optimal string alignment: insertions,
 * deletions, substitutions and transpositions of adjacent characters,
 * each 1) between a and b, in code points.
 */
static size_t edit_distance(const char *a, const char *b)
{
	size_t na, nb;
	uint32_t *x = code_points(a, &na), *y = code_points(b, &nb);
	size_t *prev2 = xcalloc(nb + 1, sizeof(size_t));
	size_t *prev = xcalloc(nb + 1, sizeof(size_t));
	size_t *cur = xcalloc(nb + 1, sizeof(size_t));
	for (size_t j = 0; j <= nb; j++)
		prev[j] = j;
	for (size_t i = 1; i <= na; i++) {
		cur[0] = i;
		for (size_t j = 1; j <= nb; j++) {
			size_t cost = x[i - 1] != y[j - 1];
			size_t v = LT_MIN(prev[j] + 1, cur[j - 1] + 1);
			v = LT_MIN(v, prev[j - 1] + cost);
			if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
				v = LT_MIN(v, prev2[j - 2] + 1);
			cur[j] = v;
		}
		size_t *t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	size_t d = prev[nb];
	free(x);
	free(y);
	free(prev2);
	free(prev);
	free(cur);
	return d;
}

/* The label nearest to s (edit distance of the normalised forms; ties: first). */
static const char *nearest(const char *s, const char *const *labels, size_t n)
{
	size_t sl, best = SIZE_MAX;
	const char *which = NULL;
	char *ns = norm_label(s, strlen(s), &sl);
	for (size_t i = 0; i < n; i++) {
		size_t ll;
		char *nl = norm_label(labels[i], strlen(labels[i]), &ll);
		size_t dist = edit_distance(ns ? ns : s, nl ? nl : labels[i]);
		free(nl);
		if (dist < best) {
			best = dist;
			which = labels[i];
		}
	}
	free(ns);
	return which;
}

/* Append to a fixed buffer, never past its end. */
struct sbuf {
	char buf[768];
	size_t n;
};

static void sb_add(struct sbuf *b, const char *fmt, ...) LT_PRINTF(2, 3);
static void sb_add(struct sbuf *b, const char *fmt, ...)
{
	if (b->n >= sizeof(b->buf) - 1)
		return;
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(b->buf + b->n, sizeof(b->buf) - b->n, fmt, ap);
	va_end(ap);
	if (k > 0)
		b->n = LT_MIN(b->n + (size_t)k, sizeof(b->buf) - 1);
}

/* "; did you mean 'x'? (why)" for a doc_id no document has, or "". */
static void doc_hint(const struct meta_report *rep, const char *id, struct sbuf *b)
{
	const char *dot = strrchr(id, '.'), *slash = strrchr(id, '/');
	if (dot && dot > id && (!slash || dot > slash) &&
	    intern_find(&rep->seen, id, (size_t)(dot - id)) != INTERN_NONE) {
		sb_add(b, "; did you mean '%.*s'? (a doc_id is the file name without its "
		       "extension)", (int)(dot - id), id);
		return;
	}
	size_t n = intern_count(&rep->seen);
	for (size_t i = 0; i < n; i++) {
		const char *s = intern_str(&rep->seen, (uint32_t)i).ptr;
		if (ascii_ieq(s, id)) {
			sb_add(b, "; did you mean '%s'? (doc_id is case-sensitive)", s);
			return;
		}
	}
	size_t il = strlen(id);
	for (size_t i = 0; i < n; i++) {
		lt_str s = intern_str(&rep->seen, (uint32_t)i);
		if (s.len + 4 < il || il + 4 < s.len)
			continue; /* one character is at most 4 bytes */
		if (edit_distance(s.ptr, id) == 1) {
			sb_add(b, "; did you mean '%s'? (one character away)", s.ptr);
			return;
		}
	}
}

static void report_row(const struct meta_report *rep, uint32_t r, struct lt_msgs *out)
{
	const struct meta *m = rep->m;
	const struct meta_row *row = &m->rows[r];
	const struct rep_row *rr = &rep->rows[r];
	struct sbuf b = { .n = 0 };
	b.buf[0] = '\0';
	if (row->doc == UINT32_MAX) {
		if (rr->matched)
			goto norm;
		size_t nl = intern_count(&rep->labels);
		const char **all = xmalloc((nl ? nl : 1) * sizeof(*all));
		for (size_t i = 0; i < nl; i++)
			all[i] = intern_str(&rep->labels, (uint32_t)i).ptr;
		const char *near = nearest(row->speaker, all, nl);
		free(all);
		if (near)
			sb_add(&b, " (nearest: '%s')", near);
		if (rep->shard_n)
			msgs_add(out, LT_SEV_WARNING, row->line,
				 "speaker '%s' of a '*' row is in no document of shard %u/%u%s; "
				 "other shards may have it (`lextab speakers --meta FILE PATH` "
				 "checks the whole corpus)",
				 row->speaker, rep->shard_k, rep->shard_n, b.buf);
		else
			msgs_add(out, LT_SEV_WARNING, row->line,
				 "speaker '%s' of a '*' row is no speaker of any document%s",
				 row->speaker, b.buf);
		return;
	}
	const struct rep_doc *rd = &rep->docs[row->doc];
	if (!rd->seen) {
		if (!discover_in_shard(row->doc_id, rep->shard_k, rep->shard_n))
			return; /* another shard's document: that shard reports it */
		doc_hint(rep, row->doc_id, &b);
		msgs_add(out, LT_SEV_WARNING, row->line, "doc_id '%s' matches no document%s",
			 row->doc_id, b.buf);
		return;
	}
	if (row->speaker[0] && !rr->matched && rd->known) {
		if (!rd->labels.n) {
			msgs_add(out, LT_SEV_WARNING, row->line,
				 "speaker '%s' is not in document '%s' (it has no speakers)",
				 row->speaker, row->doc_id);
			return;
		}
		for (size_t i = 0; i < rd->labels.n && i < REPORT_LIST; i++)
			sb_add(&b, "%s'%s'", i ? ", " : "", rd->labels.v[i]);
		if (rd->labels.n > REPORT_LIST)
			sb_add(&b, " and %zu more", rd->labels.n - REPORT_LIST);
		msgs_add(out, LT_SEV_WARNING, row->line,
			 "speaker '%s' is not in document '%s' (its speakers: %s; nearest: '%s')",
			 row->speaker, row->doc_id, b.buf,
			 nearest(row->speaker, rd->labels.v, rd->labels.n));
		return;
	}
norm:
	if (rr->norm_label)
		msgs_add(out, LT_SEV_WARNING, row->line,
			 "speaker '%s' matched label '%s' in document '%s' only after "
			 "normalisation (case, spaces or a title's dot); spell both alike or "
			 "add the label to the alias column", row->speaker, rr->norm_label,
			 rr->norm_doc);
}

void meta_report_finish(struct meta_report *rep, struct lt_msgs *rows, struct lt_msgs *summary)
{
	if (rep->m)
		for (uint32_t r = 0; r < rep->m->n_rows; r++)
			report_row(rep, r, rows);
	if (!rep->n_no_role)
		return;
	struct sbuf b = { .n = 0 };
	b.buf[0] = '\0';
	for (uint32_t i = 0; i < rep->n_no_role && i < REPORT_NAMES; i++)
		sb_add(&b, "%s%s", i ? ", " : "", rep->no_role[i]);
	if (rep->n_no_role > REPORT_NAMES)
		sb_add(&b, " and %u more", rep->n_no_role - REPORT_NAMES);
	msgs_add(summary, LT_SEV_WARNING, 0, "%u of %u speaker%s no role: %s", rep->n_no_role,
		 rep->n_speakers, rep->n_speakers == 1 ? " has" : "s have", b.buf);
}
