/* validate.c - `lextab validate sample`, the row keys, the validation
 * table and its lookup for the tables (see validate.h, validate_int.h).
 *
 * Sampling is systematic sampling over a seeded random order: candidates
 * (hits of one category, or eligible turns) are sorted by a hash of the
 * seed and their document, then by a hash of the seed and the candidate
 * itself, and every (H/n)-th one is taken from a seeded start. Documents
 * are contiguous in that order, so each document gets its proportional
 * share of the sample (rounded down or up: stratified over documents),
 * and every candidate has exactly the inclusion probability n/H, so the
 * sample's plain precision estimates the category's. Only hashes of the
 * seed and of stable keys are used: the same database and seed give the
 * same sheet on any machine and thread count.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "validate.h"
#include "validate_carry.h"
#include "validate_int.h"
#include "csv.h"
#include "store.h"
#include "tokenize.h"
#include "xalloc.h"
#include "banned.h"

#define VALIDATE_WINDOW 20        /* tokens of context each side of a hit */
/* turns of 10 to 300 tokens are sampled (turn_sql) */

/* ------------------------------------------------------------ hashing, keys */

uint64_t vkey_mix(uint64_t z)
{
	z += 0x9e3779b97f4a7c15ULL;
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

uint64_t vkey_hash(uint64_t seed, const char *s, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ULL ^ vkey_mix(seed);
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return vkey_mix(h);
}

uint32_t vkey_text_hash(const char *text, size_t len)
{
	return (uint32_t)(vkey_hash(0, text, len) >> 32);
}

static bool key_plain(unsigned char c)
{
	return c > ' ' && c < 0x7F && c != '%' && c != ':' && c != ',' && c != ';' &&
	       c != '"' && c != '\'';
}

struct vbuf {
	char *v;
	size_t n, cap;
};

static void key_put(struct vbuf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (key_plain(c)) {
			lt_vec_push(b, (char)c);
		} else {
			lt_vec_push(b, '%');
			lt_vec_push(b, hex[c >> 4]);
			lt_vec_push(b, hex[c & 15]);
		}
	}
}

char *vkey_hit(const char *doc_id, int64_t turn, int64_t tok_start, int64_t tok_end,
	       const char *category, const char *text, size_t text_len)
{
	struct vbuf b = { 0 };
	lt_vec_push(&b, 'H');
	lt_vec_push(&b, ':');
	key_put(&b, doc_id);
	char num[96];
	snprintf(num, sizeof(num), ":%lld:%lld-%lld:", (long long)turn, (long long)tok_start,
		 (long long)tok_end);
	for (const char *p = num; *p; p++)
		lt_vec_push(&b, *p);
	key_put(&b, category);
	snprintf(num, sizeof(num), ":%08x", (unsigned)vkey_text_hash(text, text_len));
	for (const char *p = num; *p; p++)
		lt_vec_push(&b, *p);
	lt_vec_push(&b, '\0');
	return b.v;
}

char *vkey_turn(const char *doc_id, int64_t turn, const char *text, size_t text_len)
{
	struct vbuf b = { 0 };
	lt_vec_push(&b, 'T');
	lt_vec_push(&b, ':');
	key_put(&b, doc_id);
	char num[64];
	snprintf(num, sizeof(num), ":%lld:%08x", (long long)turn,
		 (unsigned)vkey_text_hash(text, text_len));
	for (const char *p = num; *p; p++)
		lt_vec_push(&b, *p);
	lt_vec_push(&b, '\0');
	return b.v;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* decode s[0..n) (a %XX-encoded field); NULL when malformed */
static char *key_field(const char *s, size_t n)
{
	char *o = xmalloc(n + 1);
	size_t w = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '%') {
			if (i + 2 >= n) {
				free(o);
				return NULL;
			}
			int a = hexval(s[i + 1]), b = hexval(s[i + 2]);
			if (a < 0 || b < 0 || (a == 0 && b == 0)) {
				free(o);
				return NULL;
			}
			o[w++] = (char)(a * 16 + b);
			i += 2;
		} else if (key_plain((unsigned char)s[i])) {
			o[w++] = s[i];
		} else {
			free(o);
			return NULL;
		}
	}
	o[w] = '\0';
	return o;
}

static bool parse_i64(const char *s, size_t n, int64_t *out)
{
	if (n == 0 || n > 18)
		return false;
	int64_t v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

static bool parse_hex32(const char *s, size_t n, uint32_t *out)
{
	if (n != 8)
		return false;
	uint32_t v = 0;
	for (size_t i = 0; i < n; i++) {
		int h = hexval(s[i]);
		if (h < 0)
			return false;
		v = v * 16 + (uint32_t)h;
	}
	*out = v;
	return true;
}

void vkey_release(struct vkey *k)
{
	free(k->doc_id);
	free(k->category);
	k->doc_id = k->category = NULL;
}

bool vkey_parse(const char *s, size_t len, struct vkey *k)
{
	memset(k, 0, sizeof(*k));
	/* split on ':' (never inside an encoded field) */
	const char *f[8];
	size_t fl[8], nf = 0;
	size_t start = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i == len || s[i] == ':') {
			if (nf == LT_ARRAY_SIZE(f))
				return false;
			f[nf] = s + start;
			fl[nf++] = i - start;
			start = i + 1;
		}
	}
	if (nf == 6 && fl[0] == 1 && f[0][0] == 'H') {
		const char *dash = memchr(f[3], '-', fl[3]);
		if (!dash || !parse_i64(f[2], fl[2], &k->turn) ||
		    !parse_i64(f[3], (size_t)(dash - f[3]), &k->tok_start) ||
		    !parse_i64(dash + 1, fl[3] - (size_t)(dash - f[3]) - 1, &k->tok_end) ||
		    !parse_hex32(f[5], fl[5], &k->text_hash) || k->tok_end <= k->tok_start)
			return false;
		k->kind = 'H';
		k->doc_id = key_field(f[1], fl[1]);
		k->category = key_field(f[4], fl[4]);
	} else if (nf == 4 && fl[0] == 1 && f[0][0] == 'T') {
		if (!parse_i64(f[2], fl[2], &k->turn) || !parse_hex32(f[3], fl[3], &k->text_hash))
			return false;
		k->kind = 'T';
		k->doc_id = key_field(f[1], fl[1]);
		k->category = NULL;
		if (k->doc_id)
			return true;
		return false;
	} else {
		return false;
	}
	if (!k->doc_id || !k->category || !k->category[0]) {
		vkey_release(k);
		return false;
	}
	return true;
}

char *vkey_sample(uint64_t seed, const char *lexicon_hash)
{
	return xasprintf("seed:%llu/lexicon:%s", (unsigned long long)seed, lexicon_hash);
}

bool vkey_parse_sample(const char *s, size_t len, uint64_t *seed, char *hash, size_t hash_cap)
{
	static const char a[] = "seed:", b[] = "/lexicon:";
	if (len < sizeof(a) - 1 || memcmp(s, a, sizeof(a) - 1) != 0)
		return false;
	size_t i = sizeof(a) - 1, j = i;
	uint64_t v = 0;
	while (j < len && s[j] >= '0' && s[j] <= '9' && j - i < 19)
		v = v * 10 + (uint64_t)(s[j++] - '0');
	if (j == i || len - j < sizeof(b) - 1 || memcmp(s + j, b, sizeof(b) - 1) != 0)
		return false;
	j += sizeof(b) - 1;
	size_t hl = len - j;
	if (hl == 0 || hl >= hash_cap)
		return false;
	for (size_t k = j; k < len; k++)
		if (hexval(s[k]) < 0)
			return false;
	memcpy(hash, s + j, hl);
	hash[hl] = '\0';
	*seed = v;
	return true;
}

/* ------------------------------------------------------------ the table */

int validate_schema(struct store *s, struct lt_diag *d)
{
	return store_exec(s,
		"CREATE TABLE IF NOT EXISTS validation(lexicon_hash TEXT NOT NULL,"
		" seed INTEGER NOT NULL, level TEXT NOT NULL, name TEXT NOT NULL,"
		" unit TEXT NOT NULL, n INTEGER NOT NULL, tp INTEGER NOT NULL,"
		" fp INTEGER NOT NULL, fn INTEGER, precision REAL, precision_low REAL,"
		" precision_high REAL, recall REAL, recall_low REAL, recall_high REAL,"
		" f1 REAL, coders INTEGER NOT NULL, kappa REAL, alpha REAL,"
		" disagreements INTEGER NOT NULL, sheets TEXT NOT NULL,"
		" scored_at TEXT NOT NULL, score_seq INTEGER NOT NULL,"
		" PRIMARY KEY(lexicon_hash, seed, name, unit)) WITHOUT ROWID", d);
}

static int has_validation_table(struct store *s, bool *yes, struct lt_diag *d)
{
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(s, "SELECT 1 FROM sqlite_master WHERE type = 'table'"
				" AND name = 'validation'", &q, d));
	int r = store_step(q, d);
	store_finalize(q);
	LT_TRY(r);
	*yes = r == 1;
	return LT_OK;
}

int validate_lookup(struct store *s, const char *const *names, size_t n,
		    struct validation_fig *figs, struct lt_diag *d)
{
	memset(figs, 0, n * sizeof(*figs));
	bool yes = false;
	LT_TRY(has_validation_table(s, &yes, d));
	if (!yes || n == 0)
		return LT_OK;
	/* the latest scoring of each name and unit under the current lexicon */
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(s,
		"SELECT v.name, v.unit, v.n, v.precision, v.precision_low, v.precision_high,"
		" v.recall, v.recall_low, v.recall_high, v.recall IS NULL, v.precision IS NULL"
		" FROM validation v WHERE v.lexicon_hash ="
		" (SELECT value FROM meta WHERE key = 'lexicon_hash')"
		" AND v.score_seq = (SELECT MAX(w.score_seq) FROM validation w WHERE"
		" w.lexicon_hash = v.lexicon_hash AND w.name = v.name AND w.unit = v.unit)"
		" ORDER BY v.name, v.unit", &q, d));
	int r;
	while ((r = store_step(q, d)) == 1) {
		const char *name = store_col_text(q, 0, NULL);
		const char *unit = store_col_text(q, 1, NULL);
		for (size_t i = 0; i < n; i++) {
			if (strcmp(names[i], name) != 0)
				continue;
			struct validation_fig *f = &figs[i];
			if (strcmp(unit, "hits") == 0 && !store_col_int(q, 10)) {
				f->has_precision = true;
				f->n = (uint64_t)store_col_int(q, 2);
				f->precision = store_col_double(q, 3);
				f->precision_low = store_col_double(q, 4);
				f->precision_high = store_col_double(q, 5);
			} else if (strcmp(unit, "turns") == 0 && !store_col_int(q, 9)) {
				f->has_recall = true;
				f->turns = (uint64_t)store_col_int(q, 2);
				f->recall = store_col_double(q, 6);
				f->recall_low = store_col_double(q, 7);
				f->recall_high = store_col_double(q, 8);
			}
		}
	}
	store_finalize(q);
	return r < 0 ? r : LT_OK;
}

/* ------------------------------------------------------------ categories */


static char *col_dup(struct store_stmt *q, int i)
{
	size_t n;
	const char *t = store_col_text(q, i, &n);
	return xstrndup(t, n);
}

int vcats_load(struct store *s, struct vcat **out, size_t *n, struct lt_diag *d)
{
	struct store_category *sc;
	*out = NULL;
	LT_TRY(store_categories(s, &sc, n, d));
	struct vcat *v = xcalloc(*n ? *n : 1, sizeof(*v));
	for (size_t i = 0; i < *n; i++) { /* the strings move into v */
		v[i] = (struct vcat){ sc[i].id, sc[i].name, sc[i].theme, sc[i].short_name,
				      sc[i].description, sc[i].theme_row, false };
		sc[i].name = sc[i].theme = sc[i].short_name = sc[i].description = NULL;
	}
	store_categories_free(sc, *n);
	*out = v;
	return LT_OK;
}

void vcats_free(struct vcat *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].theme);
		free(v[i].short_name);
		free(v[i].description);
	}
	free(v);
}

size_t vcats_find(const struct vcat *v, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i].name, name) == 0)
			return i;
	return SIZE_MAX;
}

int vlexicon_hash(struct store *s, char **out, struct lt_diag *d)
{
	*out = NULL;
	LT_TRY(store_meta_get(s, "lexicon_hash", out, d));
	if (!*out || !(*out)[0]) {
		free(*out);
		*out = NULL;
		return lt_diag_set(d, LT_EUSAGE, "the database '%s' has no lexicon yet "
				   "(run `lextab run` first)", store_path(s));
	}
	return LT_OK;
}

/* --category NAME: THEME.NAME, THEME.* (its categories), or a unique NAME */
static int select_categories(struct vcat *c, size_t n, const struct validate_sample_opts *o,
			     struct lt_diag *d)
{
	for (size_t i = 0; i < n; i++)
		c[i].selected = !c[i].theme_row && o->n_categories == 0;
	for (size_t k = 0; k < o->n_categories; k++) {
		const char *want = o->categories[k];
		size_t wl = strlen(want), hits = 0, last = 0;
		bool theme = wl > 2 && strcmp(want + wl - 2, ".*") == 0;
		for (size_t i = 0; i < n; i++) {
			if (c[i].theme_row)
				continue;
			bool m = theme ? strlen(c[i].theme) == wl - 2 &&
					 memcmp(c[i].theme, want, wl - 2) == 0
				       : strcmp(c[i].name, want) == 0;
			if (m) {
				c[i].selected = true;
				hits += 2; /* exact names and themes always win */
			}
		}
		if (hits)
			continue;
		for (size_t i = 0; i < n; i++)
			if (!c[i].theme_row && strcmp(c[i].short_name, want) == 0) {
				hits++;
				last = i;
			}
		if (hits == 0)
			return lt_diag_set(d, LT_EUSAGE, "no category '%s' in the database (see "
					   "`lextab lexicon list` or the categories table)", want);
		if (hits > 1)
			return lt_diag_set(d, LT_EUSAGE, "category '%s' is ambiguous: give it as "
					   "THEME.NAME", want);
		c[last].selected = true;
	}
	return LT_OK;
}

/* ------------------------------------------------------------ sampling */

struct cand {
	char *doc_id;
	int64_t turn, tok_start, tok_end;
	uint64_t k_doc, k_item;
	size_t cat;                      /* negation sheets: the category index */
};

static int cmp_cand_random(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	if (x->k_doc != y->k_doc)
		return x->k_doc < y->k_doc ? -1 : 1;
	int c = strcmp(x->doc_id, y->doc_id);
	if (c)
		return c;
	if (x->k_item != y->k_item)
		return x->k_item < y->k_item ? -1 : 1;
	if (x->turn != y->turn)
		return x->turn < y->turn ? -1 : 1;
	return x->tok_start < y->tok_start ? -1 : x->tok_start > y->tok_start;
}

static int cmp_cand_order(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	int c = strcmp(x->doc_id, y->doc_id);
	if (c)
		return c;
	if (x->turn != y->turn)
		return x->turn < y->turn ? -1 : 1;
	return x->tok_start < y->tok_start ? -1 : x->tok_start > y->tok_start;
}

/*
 * Keep a systematic sample of 'want' of v[0..*n) in place (all when *n <=
 * want), then sort it by document, turn and position. With H candidates
 * and r uniform in [0, H), positions (r + i H) / n for i < n are distinct
 * and each candidate is taken for exactly n of the H values of r.
 */
static void systematic(struct cand *v, size_t *n, size_t want, uint64_t seed, const char *stream)
{
	for (size_t i = 0; i < *n; i++) {
		char buf[64];
		int k = snprintf(buf, sizeof(buf), "%lld:%lld-%lld:", (long long)v[i].turn,
				 (long long)v[i].tok_start, (long long)v[i].tok_end);
		uint64_t h = vkey_hash(seed, stream, strlen(stream));
		v[i].k_doc = vkey_hash(seed, v[i].doc_id, strlen(v[i].doc_id));
		v[i].k_item = vkey_hash(h ^ v[i].k_doc, buf, (size_t)k);
	}
	lt_qsort(v, *n, sizeof(*v), cmp_cand_random);
	size_t h = *n;
	if (h > want && want > 0) {
		uint64_t r = vkey_hash(seed ^ 0x7374617274ULL, stream, strlen(stream)) % h;
		for (size_t i = 0; i < want; i++) {
			size_t pos = (size_t)((r + (uint64_t)i * h) / want);
			if (pos != i) {
				struct cand t = v[i];
				v[i] = v[pos];
				v[pos] = t;
			}
		}
		for (size_t i = want; i < h; i++)
			free(v[i].doc_id);
		*n = want;
	} else if (want == 0) {
		for (size_t i = 0; i < h; i++)
			free(v[i].doc_id);
		*n = 0;
	}
	lt_qsort(v, *n, sizeof(*v), cmp_cand_order);
}

static void cands_free(struct cand *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].doc_id);
	free(v);
}

#define SPEAKER_FILTER(T)                                                              \
	" JOIN speakers sp ON sp.doc_pk = " T ".doc_pk AND sp.speaker = " T ".speaker"    \
	" WHERE (?2 OR sp.interviewer = 0) AND (?3 IS NULL OR EXISTS (SELECT 1 FROM"      \
	" speaker_attrs a WHERE a.doc_pk = " T ".doc_pk AND a.speaker = " T ".speaker"    \
	" AND a.key = 'role' AND a.value = ?3))"

static int collect(struct store *s, const char *sql, int64_t cat,
		   const struct validate_sample_opts *o, struct cand **out, size_t *n,
		   struct lt_diag *d)
{
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(s, sql, &q, d));
	store_bind_int(q, 1, cat);
	store_bind_int(q, 2, o->include_interviewer);
	if (o->role)
		store_bind_text(q, 3, o->role);
	LT_VEC(struct cand) v = { 0 };
	int r;
	while ((r = store_step(q, d)) == 1) {
		struct cand c;
		memset(&c, 0, sizeof(c));
		c.doc_id = col_dup(q, 0);
		c.turn = store_col_int(q, 1);
		c.tok_start = store_col_int(q, 2);
		c.tok_end = store_col_int(q, 3);
		lt_vec_push(&v, c);
	}
	store_finalize(q);
	*out = v.v;
	*n = v.n;
	return r < 0 ? r : LT_OK;
}

/* ------------------------------------------------------------ the sheet */

struct sheet {
	struct vbuf b;
	bool first;
};

static void sh_field(struct sheet *sh, const char *s, size_t len)
{
	if (!sh->first)
		lt_vec_push(&sh->b, ',');
	sh->first = false;
	lt_vec_reserve(&sh->b, sh->b.n + CSV_FIELD_MAX(len));
	sh->b.n += csv_format_field(sh->b.v + sh->b.n, s, len, ',', true);
}

static void sh_str(struct sheet *sh, const char *s)
{
	sh_field(sh, s, strlen(s));
}

static void sh_end(struct sheet *sh)
{
	lt_vec_push(&sh->b, '\r');
	lt_vec_push(&sh->b, '\n');
	sh->first = true;
}

struct layout {
	const struct vcat *c;
	size_t n_cats;
	bool *theme_col;                 /* per category index: a theme row with a column */
	bool turn_categories;
	const char *sample;
	const struct vcarry *carry;      /* marks of earlier sheets, or NULL */
	uint64_t carried, to_code;       /* rows with a carried mark; with a blank mark */
};

/* the carried mark of key in column, "" when none */
static const char *carried(const struct layout *L, const char *key, const char *column)
{
	const char *v = vcarry_get(L->carry, key, column);
	return v ? v : "";
}

static const char *const fixed_cols[] = {
	"kind", "key", "coder", "doc_id", "speaker", "role", "category", "definition",
	"left", "match", "right", "relevant", "note", "text", NULL
};

static void sh_header(struct sheet *sh, const struct layout *L)
{
	for (size_t i = 0; fixed_cols[i]; i++)
		sh_str(sh, fixed_cols[i]);
	for (size_t i = 0; i < L->n_cats; i++)
		if (L->theme_col[i]) {
			char *t = xasprintf("theme:%s", L->c[i].theme);
			sh_str(sh, t);
			free(t);
		}
	for (size_t i = 0; i < L->n_cats && L->turn_categories; i++)
		if (L->c[i].selected) {
			char *t = xasprintf("category:%s", L->c[i].name);
			sh_str(sh, t);
			free(t);
		}
	sh_str(sh, "sample");
	sh_end(sh);
}

/* the name of mark column i after 'text' (caller frees), NULL: no column */
static char *tail_column(const struct layout *L, size_t i, bool cat)
{
	if (!cat && L->theme_col[i])
		return xasprintf("theme:%s", L->c[i].theme);
	if (cat && L->turn_categories && L->c[i].selected)
		return xasprintf("category:%s", L->c[i].name);
	return NULL;
}

/*
 * The mark columns after 'text' (a turn row's marks carried from earlier
 * sheets, else empty), then the sample column. Returns the number of
 * marks written and adds the blank ones to *blank.
 */
static size_t sh_tail(struct sheet *sh, const struct layout *L, const char *turn_key,
		      size_t *blank)
{
	size_t marked = 0;
	for (int cat = 0; cat < 2; cat++)
		for (size_t i = 0; i < L->n_cats; i++) {
			char *col = tail_column(L, i, cat);
			if (!col)
				continue;
			const char *v = turn_key ? carried(L, turn_key, col) : "";
			sh_str(sh, v);
			marked += *v != '\0';
			*blank += *v == '\0';
			free(col);
		}
	sh_str(sh, L->sample);
	sh_end(sh);
	return marked;
}

/* the marks carried for a turn row's mark columns */
static size_t turn_marks(const struct layout *L, const char *key)
{
	size_t n = 0;
	for (int cat = 0; cat < 2 && L->carry; cat++)
		for (size_t i = 0; i < L->n_cats; i++) {
			char *col = tail_column(L, i, cat);
			n += col && *carried(L, key, col);
			free(col);
		}
	return n;
}

/* count a written row: carried (some mark) and to code (some blank mark) */
static void tally(struct layout *L, size_t marked, size_t blank)
{
	L->carried += marked > 0;
	L->to_code += blank > 0;
}

/* one query per sampled row: speaker label, role and turn text */
static const char row_sql[] =
	"SELECT sp.label, COALESCE((SELECT value FROM speaker_attrs a WHERE a.doc_pk = t.doc_pk"
	" AND a.speaker = t.speaker AND a.key = 'role'), ''), t.text"
	" FROM documents d JOIN turns t ON t.doc_pk = d.doc_pk"
	" JOIN speakers sp ON sp.doc_pk = t.doc_pk AND sp.speaker = t.speaker"
	" WHERE d.doc_id = ?1 AND t.turn = ?2";

struct tokbuf {
	struct token *v;
	size_t cap;
};

static size_t tokens_of(struct tokbuf *b, const char *text, size_t len)
{
	if (tokenize_max_tokens(len) > b->cap) {
		b->cap = tokenize_max_tokens(len);
		b->v = xrealloc(b->v, xmul(b->cap, sizeof(*b->v)));
	}
	return tokenize(text, len, b->v);
}

/* A sheet row's hit: its key, and its words with `window` tokens of
 * context each side, flattened to one line. Caller frees with
 * hit_context_free. A span outside the turn's tokens (a damaged database)
 * gives empty text, never a read past the turn. */
struct hit_context {
	char *key, *left, *match, *right;
};

static void hit_context(struct tokbuf *tb, const char *text, size_t tl, const struct cand *c,
			const char *category, size_t window, struct hit_context *out)
{
	size_t nt = tokens_of(tb, text, tl);
	size_t ts = (size_t)c->tok_start, te = (size_t)c->tok_end;
	size_t bs = 0, be = 0, ls = 0, re = 0;
	if (te <= nt && ts < te) {
		const struct token *t = tb->v;
		bs = t[ts].start;
		be = t[te - 1].start + t[te - 1].len;
		ls = t[ts > window ? ts - window : 0].start;
		size_t last = LT_MIN(nt, te + window);
		re = t[last - 1].start + t[last - 1].len;
	}
	out->key = vkey_hit(c->doc_id, c->turn, c->tok_start, c->tok_end, category, text, tl);
	out->left = xstrflat(text + ls, bs - ls);
	out->match = xstrflat(text + bs, be - bs);
	out->right = xstrflat(text + be, re - be);
}

static void hit_context_free(struct hit_context *h)
{
	free(h->key);
	free(h->left);
	free(h->match);
	free(h->right);
}

static int hit_rows(struct store *s, struct sheet *sh, struct layout *L, size_t ci,
		    const struct cand *v, size_t n, struct lt_diag *d)
{
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(s, row_sql, &q, d));
	struct tokbuf tb = { 0 };
	int r = LT_OK;
	for (size_t i = 0; i < n && r >= 0; i++) {
		store_reset(q);
		store_bind_text(q, 1, v[i].doc_id);
		store_bind_int(q, 2, v[i].turn);
		if ((r = store_step(q, d)) != 1) {
			if (r == 0)
				r = lt_diag_set(d, LT_ESQLITE, "a hit of '%s' in '%s' has no turn",
						L->c[ci].name, v[i].doc_id);
			break;
		}
		size_t tl;
		const char *text = store_col_text(q, 2, &tl);
		struct hit_context h;
		hit_context(&tb, text, tl, &v[i], L->c[ci].name, VALIDATE_WINDOW, &h);
		const char *rel = carried(L, h.key, "relevant"), *note = carried(L, h.key, "note");
		const char *const cells[] = {
			"hit", h.key, *rel || *note ? vcarry_coder(L->carry) : "", v[i].doc_id,
			store_col_text(q, 0, NULL), store_col_text(q, 1, NULL), L->c[ci].name,
			L->c[ci].description, h.left, h.match, h.right, rel, note,
			"" /* text */
		};
		for (size_t k = 0; k < LT_ARRAY_SIZE(cells); k++)
			sh_str(sh, cells[k]);
		size_t blank = 0;
		sh_tail(sh, L, NULL, &blank);
		tally(L, *rel || *note, !*rel);
		hit_context_free(&h);
		r = LT_OK;
	}
	free(tb.v);
	store_finalize(q);
	return r < 0 ? r : LT_OK;
}

static int turn_rows(struct store *s, struct sheet *sh, struct layout *L,
		     const struct cand *v, size_t n, struct lt_diag *d)
{
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(s, row_sql, &q, d));
	int r = LT_OK;
	for (size_t i = 0; i < n; i++) {
		store_reset(q);
		store_bind_text(q, 1, v[i].doc_id);
		store_bind_int(q, 2, v[i].turn);
		if ((r = store_step(q, d)) != 1)
			break;
		size_t tl;
		const char *text = store_col_text(q, 2, &tl);
		char *key = vkey_turn(v[i].doc_id, v[i].turn, text, tl);
		char *ft = xstrflat(text, tl);
		const char *note = carried(L, key, "note");
		sh_str(sh, "turn");
		sh_str(sh, key);
		sh_str(sh, *note || turn_marks(L, key) ? vcarry_coder(L->carry) : "");
		sh_str(sh, v[i].doc_id);
		sh_str(sh, store_col_text(q, 0, NULL));
		sh_str(sh, store_col_text(q, 1, NULL));
		for (int k = 0; k < 6; k++)
			sh_str(sh, ""); /* category .. relevant */
		sh_str(sh, note);
		sh_str(sh, ft);
		size_t blank = 0;
		size_t marked = sh_tail(sh, L, key, &blank);
		tally(L, marked || *note, blank);
		free(key);
		free(ft);
		r = LT_OK;
	}
	store_finalize(q);
	return r < 0 ? r : LT_OK;
}

static int write_file(const char *path, const char *buf, size_t n, struct lt_diag *d)
{
	char *tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
	FILE *f = fopen(tmp, "wb");
	int rc = LT_OK;
	if (!f) {
		rc = lt_diag_set(d, LT_EIO, "cannot write '%s': %s", tmp, strerror(errno));
	} else {
		bool ok = fwrite(buf, 1, n, f) == n;
		ok = fflush(f) == 0 && ok && !ferror(f);
		if (fclose(f) != 0)
			ok = false;
		if (!ok)
			rc = lt_diag_set(d, LT_EIO, "cannot write '%s': %s", tmp,
					 strerror(errno ? errno : EIO));
		else if (rename(tmp, path) != 0)
			rc = lt_diag_set(d, LT_EIO, "cannot rename '%s' to '%s': %s", tmp, path,
					 strerror(errno));
		if (rc != LT_OK)
			unlink(tmp);
	}
	free(tmp);
	return rc;
}

int validate_write_file(const char *path, const char *buf, size_t n, struct lt_diag *d)
{
	return write_file(path, buf, n, d);
}

static const char hit_sql[] =
	"SELECT d.doc_id, h.turn, h.tok_start, h.tok_end FROM hits h"
	" JOIN documents d ON d.doc_pk = h.doc_pk" SPEAKER_FILTER("h")
	" AND h.category_id = ?1";

static const char turn_sql[] =
	"SELECT d.doc_id, t.turn, 0, 1 FROM turns t"
	" JOIN documents d ON d.doc_pk = t.doc_pk" SPEAKER_FILTER("t")
	" AND ?1 = ?1 AND t.n_tokens BETWEEN 10 AND 300"; /* TURN_MIN_TOKENS, TURN_MAX_TOKENS */

static int sample_rows(struct store *s, const struct validate_sample_opts *o,
		       struct layout *L, struct sheet *sh, struct validate_sample_result *res,
		       struct lt_diag *d)
{
	int rc = LT_OK;
	for (size_t ci = 0; ci < L->n_cats && rc == LT_OK; ci++) {
		if (!L->c[ci].selected)
			continue;
		struct cand *v = NULL;
		size_t n = 0;
		rc = collect(s, hit_sql, L->c[ci].id, o, &v, &n, d);
		if (rc == LT_OK) {
			res->categories++;
			res->short_categories += n < o->hits;
			char *stream = xasprintf("hits:%s", L->c[ci].name);
			systematic(v, &n, o->hits, o->seed, stream);
			free(stream);
			rc = hit_rows(s, sh, L, ci, v, n, d);
			res->hit_rows += n;
		}
		cands_free(v, n);
	}
	if (rc != LT_OK)
		return rc;
	struct cand *v = NULL;
	size_t n = 0;
	rc = collect(s, turn_sql, 0, o, &v, &n, d);
	if (rc == LT_OK) {
		systematic(v, &n, o->turns, o->seed, "turns");
		rc = turn_rows(s, sh, L, v, n, d);
		res->turn_rows = n;
	}
	cands_free(v, n);
	return rc;
}

/* ------------------------------------------------------------ negation sheets
 *
 * `validate sample --negation` (docs/validation.md, "Checking the negation
 * flag"): the population is every hit span of the selected categories and
 * speakers with a negation cue in its clause (vneg_cue), one row per span
 * (the category that comes first in the lexicon names it); a systematic
 * sample of o->hits of them, stream "negation". The sheet has no
 * `negated` column, so the coder marks `denied` blind to the flag.
 */

#define NEGATION_WINDOW 30 /* tokens of context each side */

static const char *const negation_cols[] = {
	"kind", "key", "coder", "doc_id", "speaker", "role", "category", "left", "match",
	"right", "denied", "note", "sample", NULL
};

static const char neg_hit_sql[] =
	"SELECT h.doc_pk, d.doc_id, h.turn, h.tok_start, h.tok_end, h.category_id FROM hits h"
	" JOIN documents d ON d.doc_pk = h.doc_pk" SPEAKER_FILTER("h")
	" AND ?1 = ?1 ORDER BY h.doc_pk, h.turn, h.tok_start, h.tok_end, h.category_id";

/* the hit spans with a negation cue, into *out */
/* *unmatched: hits whose token span is not inside their turn's tokens (a
 * database written by another tokenizer, or damaged), left out. */
static int negation_population(struct store *s, const struct validate_sample_opts *o,
				const struct layout *L, struct cand **out, size_t *n,
				uint64_t *unmatched, struct lt_diag *d)
{
	struct vneg *vn = NULL;
	struct store_stmt *q = NULL, *qt = NULL;
	LT_VEC(struct cand) v = { 0 };
	struct tokbuf tb = { 0 };
	int rc = vneg_open(s, &vn, d);
	if (rc == LT_OK)
		rc = store_prepare(s, neg_hit_sql, &q, d);
	if (rc == LT_OK)
		rc = store_prepare(s, "SELECT text FROM turns WHERE doc_pk = ?1 AND turn = ?2", &qt, d);
	if (rc == LT_OK) {
		store_bind_int(q, 1, 0);
		store_bind_int(q, 2, o->include_interviewer);
		if (o->role)
			store_bind_text(q, 3, o->role);
	}
	int64_t cur_doc = -1, cur_turn = -1, last_s = -1, last_e = -1;
	size_t nt = 0;
	int r = 0;
	while (rc == LT_OK && (r = store_step(q, d)) == 1) {
		int64_t doc_pk = store_col_int(q, 0), turn = store_col_int(q, 2);
		int64_t ts = store_col_int(q, 3), te = store_col_int(q, 4);
		int64_t cid = store_col_int(q, 5);
		if (cid < 0 || (size_t)cid >= L->n_cats || !L->c[cid].selected)
			continue;
		if (doc_pk != cur_doc || turn != cur_turn) {
			store_reset(qt);
			store_bind_int(qt, 1, doc_pk);
			store_bind_int(qt, 2, turn);
			int rt = store_step(qt, d);
			if (rt != 1) {
				rc = rt < 0 ? rt : lt_diag_set(d, LT_ESQLITE, "a hit in '%s' has no turn",
							       store_col_text(q, 1, NULL));
				break;
			}
			size_t tl;
			const char *text = store_col_text(qt, 0, &tl);
			nt = tokens_of(&tb, text, tl);
			vneg_turn(vn, text, tb.v, nt);
			cur_doc = doc_pk;
			cur_turn = turn;
			last_s = last_e = -1;
		}
		if (ts == last_s && te == last_e)
			continue; /* another category on the same words */
		if (ts < 0 || ts >= te || te > (int64_t)nt) {
			(*unmatched)++; /* said by the caller: not silently left out */
			continue;
		}
		if (!vneg_cue(vn, L->c[cid].theme, tb.v, nt, (size_t)ts, (size_t)te))
			continue;
		last_s = ts;
		last_e = te;
		struct cand c;
		memset(&c, 0, sizeof(c));
		c.doc_id = col_dup(q, 1);
		c.turn = turn;
		c.tok_start = ts;
		c.tok_end = te;
		c.cat = (size_t)cid;
		lt_vec_push(&v, c);
	}
	if (rc == LT_OK && r < 0)
		rc = r;
	store_finalize(q);
	store_finalize(qt);
	vneg_free(vn);
	free(tb.v);
	*out = v.v;
	*n = v.n;
	return rc;
}

static int negation_rows(struct store *s, struct sheet *sh, const struct layout *L,
			 const struct cand *v, size_t n, struct lt_diag *d)
{
	struct store_stmt *q = NULL;
	LT_TRY(store_prepare(s, row_sql, &q, d));
	struct tokbuf tb = { 0 };
	int r = LT_OK;
	for (size_t i = 0; i < n && r >= 0; i++) {
		store_reset(q);
		store_bind_text(q, 1, v[i].doc_id);
		store_bind_int(q, 2, v[i].turn);
		if ((r = store_step(q, d)) != 1) {
			if (r == 0)
				r = lt_diag_set(d, LT_ESQLITE, "a hit in '%s' has no turn", v[i].doc_id);
			break;
		}
		size_t tl;
		const char *text = store_col_text(q, 2, &tl);
		const struct vcat *c = &L->c[v[i].cat];
		struct hit_context h;
		hit_context(&tb, text, tl, &v[i], c->name, NEGATION_WINDOW, &h);
		const char *const cells[] = {
			"negation", h.key, "", v[i].doc_id, store_col_text(q, 0, NULL),
			store_col_text(q, 1, NULL), c->name, h.left, h.match, h.right, "", "", L->sample
		};
		for (size_t k = 0; k < LT_ARRAY_SIZE(cells); k++)
			sh_str(sh, cells[k]);
		sh_end(sh);
		hit_context_free(&h);
		r = LT_OK;
	}
	free(tb.v);
	store_finalize(q);
	return r < 0 ? r : LT_OK;
}

static int negation_sheet(struct store *s, const struct validate_sample_opts *o,
			  struct layout *L, struct sheet *sh, struct validate_sample_result *res,
			  struct lt_diag *d)
{
	for (size_t i = 0; negation_cols[i]; i++)
		sh_str(sh, negation_cols[i]);
	sh_end(sh);
	for (size_t i = 0; i < L->n_cats; i++)
		res->categories += L->c[i].selected;
	struct cand *v = NULL;
	size_t n = 0;
	int rc = negation_population(s, o, L, &v, &n, &res->negation_unmatched, d);
	if (rc == LT_OK) {
		res->negation_population = n;
		systematic(v, &n, o->hits, o->seed, "negation");
		rc = negation_rows(s, sh, L, v, n, d);
		res->negation_rows = n;
	}
	cands_free(v, n);
	return rc;
}

int validate_sample(struct store *s, const struct validate_sample_opts *o,
		    struct validate_sample_result *res, struct lt_diag *d)
{
	memset(res, 0, sizeof(*res));
	msgs_init(&res->carry_notes);
	struct stat st;
	if (!o->force && stat(o->out, &st) == 0)
		return lt_diag_set(d, LT_EUSAGE, "'%s' exists: a coded sheet would be lost "
				   "(--force replaces it)", o->out);
	struct vcarry *carry = NULL;
	if (o->n_carry && o->negation)
		return lt_diag_set(d, LT_EUSAGE, "--carry does not apply to a --negation sheet");
	if (o->n_carry)
		LT_TRY(vcarry_load(o->carry, o->n_carry, &carry, &res->carry_notes, d));
	char *lh = NULL;
	int hrc = vlexicon_hash(s, &lh, d);
	if (hrc < 0) {
		vcarry_free(carry);
		return hrc;
	}
	struct layout L;
	memset(&L, 0, sizeof(L));
	L.carry = carry;
	struct vcat *c = NULL;
	size_t nc = 0;
	struct sheet sh;
	memset(&sh, 0, sizeof(sh));
	sh.first = true;
	char *sample = NULL;
	int rc = store_exec(s, "BEGIN", d);
	bool in_tx = rc == LT_OK;
	if (rc == LT_OK)
		rc = vcats_load(s, &c, &nc, d);
	if (rc == LT_OK)
		rc = select_categories(c, nc, o, d);
	if (rc == LT_OK) {
		L.c = c;
		L.n_cats = nc;
		L.turn_categories = o->turn_categories;
		sample = vkey_sample(o->seed, lh);
		L.sample = sample;
		L.theme_col = xcalloc(nc ? nc : 1, sizeof(bool));
		/* a theme column for each theme with a selected category */
		for (size_t i = 0; i < nc; i++) {
			if (!c[i].theme_row)
				continue;
			for (size_t j = 0; j < nc; j++)
				if (c[j].selected && strcmp(c[j].theme, c[i].theme) == 0)
					L.theme_col[i] = true;
			res->themes += L.theme_col[i];
		}
		static const char bom[] = "\xEF\xBB\xBF";
		for (const char *p = bom; *p; p++)
			lt_vec_push(&sh.b, *p);
		if (o->negation) {
			rc = negation_sheet(s, o, &L, &sh, res, d);
			res->rows_to_code = res->negation_rows;
		} else {
			sh_header(&sh, &L);
			rc = sample_rows(s, o, &L, &sh, res, d);
			res->carried_rows = L.carried;
			res->rows_to_code = L.to_code;
		}
	}
	if (in_tx) {
		struct lt_diag d2;
		lt_diag_init(&d2);
		store_exec(s, "COMMIT", &d2);
	}
	if (rc == LT_OK)
		rc = write_file(o->out, sh.b.v, sh.b.n, d);
	free(sh.b.v);
	free(L.theme_col);
	free(sample);
	vcats_free(c, nc);
	free(lh);
	vcarry_free(carry);
	return rc;
}
