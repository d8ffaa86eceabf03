/* kwic.c - keyword-in-context lines (see kwic.h).
 *
 * Hits are streamed: documents in doc_id order, and inside a document in
 * (turn, token) order read straight off the hits primary key, so neither
 * this file nor SQLite sorts or holds more than one turn. A turn's text is
 * read and tokenised once, when its first hit arrives; a speaker's
 * attributes are read once per run of hits by that speaker. Lines are
 * printed as they are made, except with --sample, which keeps the N
 * sampled lines (a reservoir) and prints them in hit order at the end.
 * Memory: the largest turn (its text and tokens) plus, with --sample, N
 * lines; never the number of hits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kwic.h"
#include "csv.h"
#include "store.h"
#include "tokenize.h"
#include "xalloc.h"
#include "banned.h"

struct line {
	char *doc_id, *speaker, *left, *match, *right, *source, *entry; /* owned */
	char **attrs;
	int64_t turn, line, tok_start;
	bool negated;
	uint64_t order;  /* position in the full result, for sorting samples */
};

static char *col_dup(struct store_stmt *q, int i)
{
	size_t n;
	const char *t = store_col_text(q, i, &n);
	return xstrndup(t, n);
}

static int resolve_category(struct store *s, const char *name, int64_t *id, struct lt_diag *d)
{
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(s, "SELECT category_id, name FROM categories WHERE name = ?1"
				" OR short_name = ?1 ORDER BY category_id", &q, d));
	store_bind_text(q, 1, name);
	int r, n = 0;
	char *names = xstrdup("");
	while ((r = store_step(q, d)) == 1) {
		const char *nm = store_col_text(q, 1, NULL);
		if (strcmp(nm, name) == 0) {
			/* an exact full name always wins */
			*id = store_col_int(q, 0);
			n = 1;
			break;
		}
		*id = store_col_int(q, 0);
		n++;
		char *t = xasprintf("%s%s'%s'", names, names[0] ? ", " : "", nm);
		free(names);
		names = t;
	}
	store_finalize(q);
	if (r < 0) {
		free(names);
		return r;
	}
	int rc = LT_OK;
	if (n == 0)
		rc = lt_diag_set(d, LT_EUSAGE, "no category '%s' in the database (see "
				 "`lextab lexicon list` or the categories table)", name);
	else if (n > 1)
		rc = lt_diag_set(d, LT_EUSAGE, "category '%s' is ambiguous: %s", name, names);
	free(names);
	return rc;
}

/* splitmix64 */
static uint64_t next_rand(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}


static void line_free(struct line *l, size_t n_attrs)
{
	free(l->doc_id);
	free(l->speaker);
	free(l->left);
	free(l->match);
	free(l->right);
	free(l->source);
	free(l->entry);
	for (size_t k = 0; k < n_attrs; k++)
		free(l->attrs[k]);
	free(l->attrs);
}

static int cmp_order(const void *a, const void *b)
{
	const struct line *x = a, *y = b;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* ------------------------------------------------------------ state */

/* The turn the current hits belong to, tokenised once. */
struct kwic_turn {
	struct store_stmt *q;  /* positioned on the turn's row while in use */
	int64_t doc_pk, turn;  /* which turn q holds; turn -1: none yet */
	bool found;            /* false: no such row (the hit is skipped) */
	int64_t line;
	const char *text;      /* borrowed from q's row */
	size_t len;
	struct token *toks;    /* owned; room for the largest turn so far */
	size_t n_toks, cap;
};

struct kwic {
	const struct kwic_opts *o;
	FILE *out;
	LT_VEC(char *) keys;         /* attribute columns: "role", then sorted */
	struct store_stmt *docs;     /* doc_pk, doc_id in doc_id order */
	struct store_stmt *hits;     /* one document's hits of the category */
	struct store_stmt *attrq;    /* one speaker's attributes */
	struct kwic_turn t;
	int64_t attr_doc, attr_spk;  /* whose attributes attrs holds; -1: none */
	char **attrs;                /* keys.n values, owned */
	LT_VEC(struct line) kept;    /* --sample: the reservoir */
	uint64_t seen;               /* hits streamed so far */
	uint64_t rs;                 /* --sample random state */
	int64_t cat;                 /* the category's id */
	const char *db;              /* the database's path, for messages */
};

/* Attribute keys of the database: role first, then the others sorted. */
static int load_keys(struct kwic *k, struct store *s, struct lt_diag *d)
{
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(s, "SELECT DISTINCT key FROM speaker_attrs ORDER BY key", &q, d));
	lt_vec_push(&k->keys, xstrdup("role"));
	int r;
	while ((r = store_step(q, d)) == 1) {
		char *key = col_dup(q, 0);
		if (strcmp(key, "role") == 0)
			free(key);
		else
			lt_vec_push(&k->keys, key);
	}
	store_finalize(q);
	return r < 0 ? r : LT_OK;
}

/*
 * The hits of one document in (turn, tok_start) order. category_id is in
 * ORDER BY and '+' keeps its equality out of the index choice: with both,
 * SQLite reads the rows in primary-key order (doc_pk, turn, category_id,
 * tok_start) and sorts nothing; otherwise it sorts each turn's hits in a
 * temporary b-tree, in memory (temp_store=MEMORY).
 */
static const char hits_sql[] =
	"SELECT sp.label, h.speaker, h.turn, h.byte_start, h.byte_end, h.negated,"
	" e.source, e.text, h.tok_start, h.tok_end"
	" FROM hits h JOIN speakers sp ON sp.doc_pk = h.doc_pk AND sp.speaker = h.speaker"
	" JOIN entries e ON e.entry_id = h.entry_id"
	" WHERE h.doc_pk = ?1 AND +h.category_id = ?2 AND (?3 = 0 OR sp.interviewer = 0)"
	" AND (?4 IS NULL OR EXISTS (SELECT 1 FROM speaker_attrs a WHERE"
	" a.doc_pk = h.doc_pk AND a.speaker = h.speaker AND a.key = 'role'"
	" AND a.value = ?4))"
	" ORDER BY h.turn, h.category_id, h.tok_start";
enum { HC_LABEL, HC_SPEAKER, HC_TURN, HC_BSTART, HC_BEND, HC_NEGATED, HC_SOURCE,
       HC_ENTRY, HC_TSTART, HC_TEND };

static int kwic_open(struct kwic *k, struct store *s, int64_t cat, struct lt_diag *d)
{
	k->cat = cat;
	k->db = store_path(s);
	k->t.turn = -1;
	k->attr_doc = k->attr_spk = -1;
	k->rs = k->o->seed ^ 0x6c657874616221ULL;
	LT_TRY(load_keys(k, s, d));
	k->attrs = xcalloc(k->keys.n, sizeof(char *));
	LT_TRY(store_prepare(s, "SELECT doc_pk, doc_id FROM documents ORDER BY doc_id",
			     &k->docs, d));
	LT_TRY(store_prepare(s, hits_sql, &k->hits, d));
	LT_TRY(store_prepare(s, "SELECT line, text FROM turns WHERE doc_pk = ?1 AND turn = ?2",
			     &k->t.q, d));
	LT_TRY(store_prepare(s, "SELECT key, value FROM speaker_attrs WHERE doc_pk = ?1 AND"
			     " speaker = ?2", &k->attrq, d));
	return LT_OK;
}

static void attrs_clear(struct kwic *k)
{
	for (size_t i = 0; i < k->keys.n; i++) {
		free(k->attrs[i]);
		k->attrs[i] = NULL;
	}
}

static void kwic_close(struct kwic *k)
{
	for (size_t i = 0; i < k->kept.n; i++)
		line_free(&k->kept.v[i], k->keys.n);
	lt_vec_release(&k->kept);
	if (k->attrs)
		attrs_clear(k);
	free(k->attrs);
	for (size_t i = 0; i < k->keys.n; i++)
		free(k->keys.v[i]);
	lt_vec_release(&k->keys);
	free(k->t.toks);
	store_finalize(k->t.q);
	store_finalize(k->docs);
	store_finalize(k->hits);
	store_finalize(k->attrq);
}

/* ------------------------------------------------------------ one hit */

/* Make k->t the given turn, reading and tokenising it unless it already is. */
static int turn_load(struct kwic *k, int64_t doc_pk, int64_t turn, struct lt_diag *d)
{
	struct kwic_turn *t = &k->t;
	if (t->doc_pk == doc_pk && t->turn == turn)
		return LT_OK;
	t->doc_pk = doc_pk;
	t->turn = turn;
	t->found = false;
	t->n_toks = 0;
	store_reset(t->q);
	store_bind_int(t->q, 1, doc_pk);
	store_bind_int(t->q, 2, turn);
	int r = store_step(t->q, d);
	if (r <= 0) {
		t->turn = r < 0 ? -1 : turn;
		return r;
	}
	t->found = true;
	t->line = store_col_int(t->q, 0);
	t->text = store_col_text(t->q, 1, &t->len);
	size_t need = tokenize_max_tokens(t->len);
	if (need > t->cap) {
		free(t->toks);
		t->toks = xmalloc(xmul(need, sizeof(*t->toks)));
		t->cap = need;
	}
	t->n_toks = tokenize(t->text, t->len, t->toks);
	return LT_OK;
}

/* Make k->attrs the attributes of the given speaker ("" when missing). */
static int attrs_load(struct kwic *k, int64_t doc_pk, int64_t spk, struct lt_diag *d)
{
	if (k->attr_doc == doc_pk && k->attr_spk == spk)
		return LT_OK;
	attrs_clear(k);
	k->attr_doc = k->attr_spk = -1;
	store_reset(k->attrq);
	store_bind_int(k->attrq, 1, doc_pk);
	store_bind_int(k->attrq, 2, spk);
	int r;
	while ((r = store_step(k->attrq, d)) == 1) {
		const char *key = store_col_text(k->attrq, 0, NULL);
		for (size_t i = 0; i < k->keys.n; i++)
			if (strcmp(k->keys.v[i], key) == 0 && !k->attrs[i])
				k->attrs[i] = col_dup(k->attrq, 1);
	}
	if (r < 0)
		return r;
	for (size_t i = 0; i < k->keys.n; i++)
		if (!k->attrs[i])
			k->attrs[i] = xstrdup("");
	k->attr_doc = doc_pk;
	k->attr_spk = spk;
	return LT_OK;
}

/*
 * Left context, match and right context of the hit at bytes [bs, be) and
 * tokens [tok_start, tok_end) of the current turn: up to --window tokens
 * on each side, white space folded. Bytes outside the turn's text are a
 * damaged database (LT_ESQLITE), never a read past it.
 */
static int line_context(const struct kwic *k, int64_t bs64, int64_t be64, int64_t tok_start,
			int64_t tok_end, struct line *l, struct lt_diag *d)
{
	const struct kwic_turn *t = &k->t;
	const size_t nt = t->n_toks, win = k->o->window;
	if (bs64 < 0 || be64 < bs64 || (uint64_t)be64 > t->len)
		return lt_diag_set(d, LT_ESQLITE, "database '%s' is damaged: a hit in turn %lld "
				   "spans bytes %lld-%lld of a turn of %zu bytes", k->db,
				   (long long)t->turn, (long long)bs64, (long long)be64, t->len);
	const size_t bs = (size_t)bs64, be = (size_t)be64;
	size_t ls = bs, re = be;
	if (tok_start >= 0 && (size_t)tok_start < nt) {
		size_t first = (size_t)tok_start > win ? (size_t)tok_start - win : 0;
		ls = t->toks[first].start;
	}
	if (tok_end > 0 && (size_t)tok_end <= nt) {
		size_t last = LT_MIN(nt, (size_t)tok_end + win);
		re = t->toks[last - 1].start + t->toks[last - 1].len;
	}
	if (ls > bs)
		ls = bs;
	if (re < be)
		re = be;
	l->left = xstrflat(t->text + ls, bs - ls);
	l->match = xstrflat(t->text + bs, be - bs);
	l->right = xstrflat(t->text + be, re - be);
	return LT_OK;
}

/* The line of the hit k->hits is on, in document doc_id of the current turn.
 * On error l holds nothing (line_free is not needed). */
static int line_make(const struct kwic *k, const char *doc_id, struct line *l,
		     struct lt_diag *d)
{
	struct store_stmt *q = k->hits;
	memset(l, 0, sizeof(*l));
	l->doc_id = xstrdup(doc_id);
	l->speaker = col_dup(q, HC_LABEL);
	l->turn = store_col_int(q, HC_TURN);
	l->line = k->t.line;
	l->negated = store_col_int(q, HC_NEGATED) != 0;
	l->source = col_dup(q, HC_SOURCE);
	l->entry = col_dup(q, HC_ENTRY);
	l->tok_start = store_col_int(q, HC_TSTART);
	l->attrs = xcalloc(k->keys.n, sizeof(char *));
	for (size_t i = 0; i < k->keys.n; i++)
		l->attrs[i] = xstrdup(k->attrs[i]);
	int rc = line_context(k, store_col_int(q, HC_BSTART), store_col_int(q, HC_BEND),
			      l->tok_start, store_col_int(q, HC_TEND), l, d);
	if (rc < 0)
		line_free(l, k->keys.n);
	return rc;
}

/* ------------------------------------------------------------ printing */

static void field(FILE *out, const char *s)
{
	csv_write_field(out, s, strlen(s), ',', false);
}

static void print_header(const struct kwic *k)
{
	if (k->o->aligned)
		return;
	fputs("doc_id,speaker", k->out);
	for (size_t i = 0; i < k->keys.n; i++) {
		putc(',', k->out);
		field(k->out, k->keys.v[i]);
	}
	fputs(",turn,line,left,match,right,negated,source,entry\n", k->out);
}

/* Readable columns: the last 50 bytes of the left context right-aligned. */
static void print_aligned(FILE *out, const struct line *l)
{
	size_t ll = strlen(l->left);
	const char *left = l->left;
	if (ll > 50)
		left += ll - 50;
	const char *role = l->attrs[0];
	fprintf(out, "%s:%lld %s%s%s%s| %50s [%s] %.50s%s\n", l->doc_id, (long long)l->line,
		l->speaker, role[0] ? " (" : "", role, role[0] ? ") " : " ", left, l->match,
		l->right, l->negated ? "  (negated)" : "");
}

static void print_line(const struct kwic *k, const struct line *l)
{
	FILE *out = k->out;
	if (k->o->aligned) {
		print_aligned(out, l);
		return;
	}
	field(out, l->doc_id);
	putc(',', out);
	field(out, l->speaker);
	for (size_t i = 0; i < k->keys.n; i++) {
		putc(',', out);
		field(out, l->attrs[i]);
	}
	fprintf(out, ",%lld,%lld,", (long long)l->turn, (long long)l->line);
	field(out, l->left);
	putc(',', out);
	field(out, l->match);
	putc(',', out);
	field(out, l->right);
	fprintf(out, ",%d,", l->negated ? 1 : 0);
	field(out, l->source);
	putc(',', out);
	field(out, l->entry);
	putc('\n', out);
}

/* ------------------------------------------------------------ the stream */

/*
 * Where hit number k->seen goes under --sample: SIZE_MAX to drop it,
 * k->kept.n to add it, else the reservoir slot it replaces. Reservoir
 * sampling keeps a uniform sample of the stream.
 */
static size_t sample_slot(struct kwic *k)
{
	if (k->seen < k->o->sample)
		return k->kept.n;
	uint64_t j = next_rand(&k->rs) % (k->seen + 1);
	return j < k->o->sample ? (size_t)j : SIZE_MAX;
}

/* Print (or, with --sample, offer to the reservoir) the hit k->hits is on. */
static int take_hit(struct kwic *k, int64_t doc_pk, const char *doc_id, struct lt_diag *d)
{
	size_t slot = k->kept.n;
	if (k->o->sample) {
		slot = sample_slot(k);
		if (slot == SIZE_MAX) {
			k->seen++;
			return LT_OK;
		}
	}
	LT_TRY(attrs_load(k, doc_pk, store_col_int(k->hits, HC_SPEAKER), d));
	struct line l;
	LT_TRY(line_make(k, doc_id, &l, d));
	l.order = k->seen++;
	if (!k->o->sample) {
		print_line(k, &l);
		line_free(&l, k->keys.n);
	} else if (slot == k->kept.n) {
		lt_vec_push(&k->kept, l);
	} else {
		line_free(&k->kept.v[slot], k->keys.n);
		k->kept.v[slot] = l;
	}
	return LT_OK;
}

/* The hits of one document. 1: --limit reached, stop; 0: go on; or an error. */
static int kwic_doc(struct kwic *k, int64_t doc_pk, const char *doc_id, struct lt_diag *d)
{
	struct store_stmt *q = k->hits;
	store_reset(q); /* clears the bindings too */
	store_bind_int(q, 1, doc_pk);
	store_bind_int(q, 2, k->cat);
	store_bind_int(q, 3, k->o->exclude_interviewer);
	if (k->o->role)
		store_bind_text(q, 4, k->o->role);
	int r;
	while ((r = store_step(q, d)) == 1) {
		LT_TRY(turn_load(k, doc_pk, store_col_int(q, HC_TURN), d));
		if (!k->t.found)
			return lt_diag_set(d, LT_ESQLITE, "database '%s' is damaged: a hit of "
					   "document '%s' is in turn %lld, which it does not hold",
					   k->db, doc_id, (long long)store_col_int(q, HC_TURN));
		if (k->o->limit && !k->o->sample && k->seen >= k->o->limit)
			return 1;
		LT_TRY(take_hit(k, doc_pk, doc_id, d));
	}
	return r;
}

int kwic_print(struct store *s, const struct kwic_opts *o, FILE *out, struct lt_diag *d)
{
	int64_t cat = -1;
	LT_TRY(resolve_category(s, o->category, &cat, d));
	struct kwic k;
	memset(&k, 0, sizeof(k));
	k.o = o;
	k.out = out;
	int rc = kwic_open(&k, s, cat, d);
	if (rc == LT_OK)
		print_header(&k);
	while (rc == LT_OK && (rc = store_step(k.docs, d)) == 1) {
		rc = kwic_doc(&k, store_col_int(k.docs, 0), store_col_text(k.docs, 1, NULL), d);
		if (rc == 1 || ferror(out))
			break; /* --limit reached, or the output failed (the caller reports it) */
	}
	if (rc >= 0) {
		rc = LT_OK;
		lt_qsort(k.kept.v, k.kept.n, sizeof(struct line), cmp_order);
		for (size_t i = 0; i < k.kept.n; i++)
			print_line(&k, &k.kept.v[i]);
	}
	kwic_close(&k);
	return rc;
}
