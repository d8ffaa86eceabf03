/* lexicon.c - parse .lex files (and LIWC dictionaries via dicfile.c) and
 * compile them into read-only lookup tables (see lexicon.h).
 *
 * Loading collects themes, categories and entries in the order the files
 * give them; lexicon_finish then sorts everything into its deterministic
 * output order (themes by name, categories and entries by file path and
 * line) so that the argument order of --lexicons never changes a number,
 * and builds the compressed tables the matcher reads: term -> one-token
 * entries, term -> phrases starting with it, term -> negator themes.
 */
#include <dirent.h>
#include <stdarg.h>
#include <strings.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <xxhash.h>

#include "lexicon.h"
#include "arena.h"
#include "decode.h"
#include "reader.h"
#include "dicfile.h"
#include "intern.h"
#include "rx.h"
#include "rxscan.h"
#include "stem.h"
#include "tokenize.h"
#include "xalloc.h"
#include "banned.h"

/* A lexicon file may not be larger than this (a sanity bound, not a limit
 * anyone should meet: 100,000 entries take a few MB). */
#define LEX_MAX_FILE (256u * 1024u * 1024u)

struct theme_b {
	char *name, *description, *version;
	LT_VEC(char) files;       /* "a.lex;b.lex" */
	bool liwc;
	uint32_t out;             /* index after sorting */
};

struct cat_b {
	uint32_t theme;           /* theme_b index */
	char *short_name;
	char *description;
	const char *file;
	uint32_t line;
	uint32_t out;             /* category index after numbering */
};

/* An [exclude NAME] waiting for NAME to be resolved at finish. */
struct excl_ref {
	uint32_t entry;
	char *name;
};

/* Every [exclude NAME] header, checked at finish even when it has no entries. */
struct excl_section {
	uint32_t theme;
	char *name;
	const char *file;
	uint32_t line;
};

struct lexicon {
	struct stemmer *st;
	struct arena arena;
	struct intern termtab;    /* kind byte + text -> term id */
	LT_VEC(struct lex_term) terms;
	LT_VEC(struct lex_entry) entries;
	LT_VEC(struct theme_b) themes_b;
	LT_VEC(struct cat_b) cats_b;
	LT_VEC(struct excl_ref) excl_refs;
	LT_VEC(struct excl_section) excl_secs;
	LT_VEC(struct lex_file) files;

	/* after lexicon_finish */
	bool finished, liwc_mode;
	struct lex_theme *themes;
	uint32_t n_themes;
	struct lex_category *cats;
	uint32_t n_cats;
	uint32_t *single_off, *single_ids;
	uint32_t *phrase_off, *phrase_ids;
	uint32_t *pattern_off, *pattern_ids;
	uint32_t *neg_off, *neg_ids;
	uint32_t *negx_off, *negx_ids; /* (theme * 4 + role - ROLE_PSEUDO_NEGATOR) -> entries */
	uint8_t *negx_first;      /* per term: lexicon_negation_first */
	uint32_t *regex_ids, n_regex;
	uint32_t *prefix_lens, n_prefix_lens;
	uint32_t max_groups;
	uint64_t hash;
	struct intern keytab;
	struct intern littab;     /* regex prefilter literals */
	LT_VEC(bool) lit_seen;    /* one per literal id */
	LT_VEC(uint32_t) lit_lens;/* distinct lengths of word literals */
	uint64_t lit_start[1024]; /* bit (a << 8 | b): some literal starts with bytes a b */
	bool lit_one[256];        /* a one-byte literal */
	uint32_t *litrx_off, *litrx_ids;
};

struct lexicon *lexicon_new(struct stemmer *st)
{
	struct lexicon *lx = xcalloc(1, sizeof(*lx));
	lx->st = st;
	arena_init(&lx->arena);
	intern_init(&lx->termtab);
	intern_init(&lx->keytab);
	intern_init(&lx->littab);
	return lx;
}

void lexicon_free(struct lexicon *lx)
{
	if (!lx)
		return;
	for (size_t i = 0; i < lx->entries.n; i++)
		rx_free(lx->entries.v[i].rx);
	for (size_t i = 0; i < lx->themes_b.n; i++) {
		struct theme_b *t = &lx->themes_b.v[i];
		free(t->name);
		free(t->description);
		free(t->version);
		lt_vec_release(&t->files);
	}
	for (size_t i = 0; i < lx->cats_b.n; i++) {
		free(lx->cats_b.v[i].short_name);
		free(lx->cats_b.v[i].description);
	}
	for (size_t i = 0; i < lx->excl_refs.n; i++)
		free(lx->excl_refs.v[i].name);
	for (size_t i = 0; i < lx->excl_secs.n; i++)
		free(lx->excl_secs.v[i].name);
	lt_vec_release(&lx->excl_secs);
	lt_vec_release(&lx->terms);
	lt_vec_release(&lx->entries);
	lt_vec_release(&lx->themes_b);
	lt_vec_release(&lx->cats_b);
	lt_vec_release(&lx->excl_refs);
	lt_vec_release(&lx->files);
	free(lx->themes);
	free(lx->cats);
	free(lx->single_off);
	free(lx->single_ids);
	free(lx->phrase_off);
	free(lx->phrase_ids);
	free(lx->pattern_off);
	free(lx->pattern_ids);
	free(lx->neg_off);
	free(lx->neg_ids);
	free(lx->negx_off);
	free(lx->negx_ids);
	free(lx->negx_first);
	free(lx->regex_ids);
	free(lx->prefix_lens);
	intern_release(&lx->termtab);
	intern_release(&lx->keytab);
	intern_release(&lx->littab);
	lt_vec_release(&lx->lit_seen);
	lt_vec_release(&lx->lit_lens);
	free(lx->litrx_off);
	free(lx->litrx_ids);
	arena_release(&lx->arena);
	free(lx);
}

/* ---------------------------------------------------------------- terms */

static uint32_t term_put(struct lexicon *lx, enum term_kind kind, const char *text, size_t len)
{
	char stackbuf[256];
	char *key = len + 1 <= sizeof(stackbuf) ? stackbuf : xmalloc(len + 1);
	key[0] = (char)kind;
	memcpy(key + 1, text, len);
	uint32_t before = (uint32_t)intern_count(&lx->termtab);
	uint32_t id = intern_put(&lx->termtab, key, len + 1);
	if (id == before) {
		lt_str s = intern_str(&lx->termtab, id);
		struct lex_term t = { (uint8_t)kind, s.ptr + 1, (uint32_t)len };
		lt_vec_push(&lx->terms, t);
	}
	if (key != stackbuf)
		free(key);
	return id;
}

static uint32_t term_find(const struct lexicon *lx, enum term_kind kind, const char *text,
			  size_t len)
{
	char stackbuf[256];
	char *key = len + 1 <= sizeof(stackbuf) ? stackbuf : xmalloc(len + 1);
	key[0] = (char)kind;
	memcpy(key + 1, text, len);
	uint32_t id = intern_find(&lx->termtab, key, len + 1);
	if (key != stackbuf)
		free(key);
	return id;
}

/* ------------------------------------------------------- themes, categories */

static uint32_t theme_get(struct lexicon *lx, const char *name, const char *file)
{
	for (uint32_t i = 0; i < lx->themes_b.n; i++) {
		struct theme_b *t = &lx->themes_b.v[i];
		if (strcmp(t->name, name) == 0) {
			/* record each contributing file once */
			size_t fl = strlen(file);
			bool seen = false;
			const char *p = t->files.v;
			for (size_t j = 0; j < t->files.n;) {
				size_t k = j;
				while (k < t->files.n && p[k] != ';')
					k++;
				if (k - j == fl && memcmp(p + j, file, fl) == 0)
					seen = true;
				j = k + 1;
			}
			if (!seen) {
				lt_vec_push(&t->files, ';');
				for (size_t j = 0; j < fl; j++)
					lt_vec_push(&t->files, file[j]);
			}
			return i;
		}
	}
	struct theme_b t;
	memset(&t, 0, sizeof(t));
	t.name = xstrdup(name);
	for (const char *p = file; *p; p++)
		lt_vec_push(&t.files, *p);
	lt_vec_push(&lx->themes_b, t);
	return (uint32_t)lx->themes_b.n - 1;
}

static uint32_t cat_get(struct lexicon *lx, uint32_t theme, const char *name, const char *file,
			uint32_t line)
{
	for (uint32_t i = 0; i < lx->cats_b.n; i++) {
		struct cat_b *c = &lx->cats_b.v[i];
		if (c->theme == theme && strcmp(c->short_name, name) == 0) {
			/* its place is its first definition in (path, line) order,
			 * whatever order the files were loaded in */
			int r = strcmp(file, c->file);
			if (r < 0 || (r == 0 && line < c->line)) {
				c->file = file;
				c->line = line;
			}
			return i;
		}
	}
	struct cat_b c;
	memset(&c, 0, sizeof(c));
	c.theme = theme;
	c.short_name = xstrdup(name);
	c.description = xstrdup("");
	c.file = file;
	c.line = line;
	lt_vec_push(&lx->cats_b, c);
	return (uint32_t)lx->cats_b.n - 1;
}

/* ------------------------------------------------------------- parsing */

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

static void trim(const char **s, size_t *n)
{
	while (*n && is_space(**s)) {
		(*s)++;
		(*n)--;
	}
	while (*n && is_space((*s)[*n - 1]))
		(*n)--;
}

/* Length of s[0..n) before a comment: '#' at the start or after white space. */
static size_t strip_comment(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] == '#' && (i == 0 || is_space(s[i - 1])))
			return i;
	return n;
}

/* True when s[0..n) is only white space, or white space then a comment. */
static bool rest_is_blank(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && is_space(s[i]))
		i++;
	if (i == n)
		return true;
	return i > 0 && s[i] == '#';
}

struct parse_ctx {
	struct lexicon *lx;
	const char *path;        /* interned in lx->arena */
	uint32_t line;
	struct lt_diag *d;
	struct lt_msgs *warnings;
};

#define PERR(ctx, ...) perr_((ctx), __VA_ARGS__)
LT_PRINTF(2, 3) static int perr_(struct parse_ctx *c, const char *fmt, ...)
{
	char buf[768];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	return lt_diag_set(c->d, LT_ELEXICON, "%s:%u: %s", c->path, c->line, buf);
}

/*
 * Add the terms of one whitespace-free element (=x, x*, x, co-operat*) to
 * *terms. Returns LT_OK or an error naming the element.
 */
static int parse_element(struct parse_ctx *c, const char *el, size_t n, bool liwc_exact,
			 struct lt_u32vec *terms)
{
	bool exact = liwc_exact, prefix = false;
	const char *s = el;
	size_t len = n;
	if (len && s[0] == '=') {
		exact = true;
		s++;
		len--;
	}
	if (len && s[len - 1] == '*') {
		prefix = true;
		len--;
	}
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '*')
			return PERR(c, "'*' is allowed only at the end of a word in '%.*s'",
				    (int)n, el);
		if (s[i] == '=')
			return PERR(c, "'=' is allowed only at the start of a word in '%.*s'",
				    (int)n, el);
	}
	struct token stackt[64];
	size_t maxt = tokenize_max_tokens(len);
	struct token *toks = maxt <= LT_ARRAY_SIZE(stackt) ? stackt : xmalloc(xmul(maxt, sizeof(*toks)));
	size_t nt = tokenize(s, len, toks);
	int rc = LT_OK;
	if (nt == 0) {
		rc = PERR(c, "'%.*s' has no letters or digits", (int)n, el);
		goto out;
	}
	for (size_t k = 1; k < nt; k++)
		if (toks[k].clause != toks[0].clause) {
			rc = PERR(c, "'%.*s' contains punctuation that ends a clause; an entry "
				  "never matches across a clause end", (int)n, el);
			goto out;
		}
	for (size_t k = 0; k < nt; k++) {
		size_t flen;
		char *f = tokenize_fold(s + toks[k].start, toks[k].len, &flen);
		uint32_t t;
		if (prefix && k == nt - 1) {
			/* '*' on the last part, whatever '=' says: both match the
			 * folded form, and "=co-operat*" is "=co operat*" */
			t = term_put(c->lx, TERM_PREFIX, f, flen);
		} else if (exact) {
			t = term_put(c->lx, TERM_EXACT, f, flen);
		} else {
			size_t slen;
			const char *stem = stemmer_stem(c->lx->st, f, flen, &slen);
			t = term_put(c->lx, TERM_STEM, stem, slen);
		}
		free(f);
		lt_vec_push(terms, t);
	}
out:
	if (toks != stackt)
		free(toks);
	return rc;
}

/* Split body into whitespace-separated elements and parse each. */
static int parse_elements(struct parse_ctx *c, const char *body, size_t n, bool liwc_exact,
			  struct lt_u32vec *terms)
{
	/* every token of the entry must be in one clause ("well, actually"
	 * could never match); punctuation before the first or after the last
	 * token does not matter */
	struct token stackt[64];
	size_t maxt = tokenize_max_tokens(n);
	struct token *toks = maxt <= LT_ARRAY_SIZE(stackt) ? stackt : xmalloc(xmul(maxt, sizeof(*toks)));
	size_t nt = tokenize(body, n, toks);
	bool split = nt && toks[nt - 1].clause != toks[0].clause;
	if (toks != stackt)
		free(toks);
	if (split)
		return PERR(c, "'%.*s' contains punctuation that ends a clause; an entry never "
			    "matches across a clause end", (int)n, body);
	size_t i = 0;
	while (i < n) {
		while (i < n && is_space(body[i]))
			i++;
		size_t j = i;
		while (j < n && !is_space(body[j]))
			j++;
		if (j > i)
			LT_TRY(parse_element(c, body + i, j - i, liwc_exact, terms));
		i = j;
	}
	return LT_OK;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* --------------------------------------------------------- token patterns
 *
 * docs/counting-rules.md section 3.1. A pattern body is read into slots:
 * "(a b|c)?" a group of alternatives, "~N" a gap, any other element a
 * group of one alternative. Groups do not nest.
 */

struct pat_b {
	LT_VEC(struct pat_slot) slots;
	LT_VEC(struct pat_alt) alts;
	struct lt_u32vec terms;
};

static void pat_b_release(struct pat_b *p)
{
	lt_vec_release(&p->slots);
	lt_vec_release(&p->alts);
	lt_vec_release(&p->terms);
}

static bool has_pattern_syntax(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] == '(' || s[i] == ')' || s[i] == '|' || s[i] == '~')
			return true;
	return false;
}

/* the tokens of a pattern, read without its operators, must be in one clause */
static int pat_check_clause(struct parse_ctx *c, const char *body, size_t n)
{
	char *tmp = xmalloc(n + 1);
	for (size_t i = 0; i < n; i++)
		tmp[i] = strchr("()|?", body[i]) ? ' ' : body[i];
	struct token stackt[64];
	size_t maxt = tokenize_max_tokens(n);
	struct token *toks = maxt <= LT_ARRAY_SIZE(stackt) ? stackt : xmalloc(xmul(maxt, sizeof(*toks)));
	size_t nt = tokenize(tmp, n, toks);
	bool split = nt && toks[nt - 1].clause != toks[0].clause;
	if (toks != stackt)
		free(toks);
	free(tmp);
	if (split)
		return PERR(c, "'%.*s' contains punctuation that ends a clause; an entry never "
			    "matches across a clause end", (int)n, body);
	return LT_OK;
}

/* close the alternative being read: it must have at least one element */
static int pat_end_alt(struct parse_ctx *c, struct pat_b *p, const char *body, size_t n)
{
	struct pat_alt *a = &p->alts.v[p->alts.n - 1];
	a->n = (uint32_t)p->terms.n - a->off;
	if (!a->n)
		return PERR(c, "empty alternative in '%.*s' (write (a)? for an optional element)",
			    (int)n, body);
	return LT_OK;
}

static void pat_new_alt(struct pat_b *p)
{
	struct pat_alt a = { (uint32_t)p->terms.n, 0 };
	lt_vec_push(&p->alts, a);
}

/* ~N at body[i]; *i is moved past it */
static int pat_gap(struct parse_ctx *c, struct pat_b *p, const char *body, size_t n, size_t *i)
{
	size_t j = *i + 1;
	unsigned v = 0;
	while (j < n && body[j] >= '0' && body[j] <= '9' && v < 1000)
		v = v * 10 + (unsigned)(body[j++] - '0');
	if (j == *i + 1 || (j < n && !is_space(body[j]) && body[j] != '(' ))
		return PERR(c, "'~' must be followed by a number of tokens, as in 'lack ~2 trust'");
	if (v < 1 || v > PAT_MAX_GAP)
		return PERR(c, "gap ~%u: the number of tokens must be 1 to %d", v, PAT_MAX_GAP);
	struct pat_slot s = { PAT_GAP, false, (uint8_t)v, 0, 0, 0 };
	lt_vec_push(&p->slots, s);
	*i = j;
	return LT_OK;
}

/* read body[0..n) into p */
static int pat_read(struct parse_ctx *c, const char *body, size_t n, struct pat_b *p)
{
	bool in_group = false;
	size_t i = 0;
	while (i < n) {
		char ch = body[i];
		if (is_space(ch)) {
			i++;
		} else if (ch == '(') {
			if (in_group)
				return PERR(c, "groups cannot be nested in '%.*s'", (int)n, body);
			in_group = true;
			struct pat_slot s = { PAT_GROUP, false, 0, (uint32_t)p->alts.n, 0, 0 };
			lt_vec_push(&p->slots, s);
			pat_new_alt(p);
			i++;
		} else if (ch == '|') {
			if (!in_group)
				return PERR(c, "'|' outside parentheses in '%.*s': write (a|b)", (int)n,
					    body);
			LT_TRY(pat_end_alt(c, p, body, n));
			pat_new_alt(p);
			i++;
		} else if (ch == ')') {
			if (!in_group)
				return PERR(c, "unbalanced parentheses: ')' without '(' in '%.*s'",
					    (int)n, body);
			LT_TRY(pat_end_alt(c, p, body, n));
			in_group = false;
			struct pat_slot *s = &p->slots.v[p->slots.n - 1];
			s->n_alts = (uint32_t)p->alts.n - s->alt_off;
			i++;
			if (i < n && body[i] == '?') {
				s->optional = true;
				i++;
			}
		} else if (ch == '?') {
			return PERR(c, "'?' is allowed only right after ')' in '%.*s'", (int)n, body);
		} else if (ch == '~') {
			if (in_group)
				return PERR(c, "a gap ~N cannot be inside parentheses in '%.*s'", (int)n,
					    body);
			LT_TRY(pat_gap(c, p, body, n, &i));
		} else {
			size_t j = i;
			while (j < n && !is_space(body[j]) && !strchr("()|~?", body[j]))
				j++;
			if (!in_group) {
				struct pat_slot s = { PAT_GROUP, false, 0, (uint32_t)p->alts.n, 1, 0 };
				lt_vec_push(&p->slots, s);
				pat_new_alt(p);
			}
			LT_TRY(parse_element(c, body + i, j - i, false, &p->terms));
			if (!in_group)
				LT_TRY(pat_end_alt(c, p, body, n));
			i = j;
		}
	}
	if (in_group)
		return PERR(c, "unbalanced parentheses: '(' without ')' in '%.*s'", (int)n, body);
	return LT_OK;
}

/* gaps between elements, something required, not too long */
static int pat_validate(struct parse_ctx *c, const struct pat_b *p, const char *body, size_t n,
			uint32_t *max_len)
{
	if (!p->slots.n)
		return PERR(c, "empty pattern");
	bool required = false;
	uint32_t len = 0;
	for (size_t k = 0; k < p->slots.n; k++) {
		const struct pat_slot *s = &p->slots.v[k];
		if (s->kind == PAT_GAP) {
			if (k == 0 || k + 1 == p->slots.n)
				return PERR(c, "a gap ~N must stand between two elements in '%.*s'",
					    (int)n, body);
			if (p->slots.v[k - 1].kind == PAT_GAP)
				return PERR(c, "two gaps in a row in '%.*s': write one ~N", (int)n,
					    body);
			len += s->gap;
			continue;
		}
		required |= !s->optional;
		uint32_t longest = 0;
		for (uint32_t a = 0; a < s->n_alts; a++)
			longest = LT_MAX(longest, p->alts.v[s->alt_off + a].n);
		len += longest;
	}
	if (!required)
		return PERR(c, "every element of '%.*s' is optional", (int)n, body);
	if (len > PAT_MAX_LEN)
		return PERR(c, "'%.*s' can match up to %u tokens; a pattern may match at most %d",
			    (int)n, body, len, PAT_MAX_LEN);
	*max_len = len;
	return LT_OK;
}

static bool pat_is_plain(const struct pat_b *p)
{
	for (size_t k = 0; k < p->slots.n; k++)
		if (p->slots.v[k].kind != PAT_GROUP || p->slots.v[k].optional ||
		    p->slots.v[k].n_alts != 1)
			return false;
	return true;
}

/* each group's alternatives sorted by first term, for the matcher's lookup */
static void pat_index_groups(struct arena *a, struct lex_pat *lp, struct pat_b *p)
{
	size_t n = p->alts.n ? p->alts.n : 1;
	uint64_t *pairs = xmalloc(xmul(n, sizeof(uint64_t)));
	uint32_t *ft = arena_alloc(a, n * sizeof(uint32_t));
	uint32_t *fa = arena_alloc(a, n * sizeof(uint32_t));
	uint32_t w = 0;
	for (size_t k = 0; k < p->slots.n; k++) {
		struct pat_slot *s = &p->slots.v[k];
		if (s->kind != PAT_GROUP)
			continue;
		for (uint32_t i = 0; i < s->n_alts; i++) {
			uint32_t alt = s->alt_off + i;
			pairs[i] = (uint64_t)p->terms.v[p->alts.v[alt].off] << 32 | alt;
		}
		lt_qsort(pairs, s->n_alts, sizeof(uint64_t), cmp_u64);
		s->by_first = w;
		for (uint32_t i = 0; i < s->n_alts; i++) {
			ft[w] = (uint32_t)(pairs[i] >> 32);
			fa[w++] = (uint32_t)pairs[i];
		}
	}
	free(pairs);
	lp->first_term = ft;
	lp->first_alt = fa;
	lp->slots = arena_memdup(a, p->slots.v, p->slots.n * sizeof(*p->slots.v));
}

/*
 * Parse a pattern body. A pattern without alternatives, optional groups or
 * gaps is a plain entry: *plain is set and its terms appended to
 * plain_terms. Otherwise *out is the compiled pattern (in lx->arena).
 */
static int parse_pattern(struct parse_ctx *c, const char *body, size_t n, bool force_pat,
			 const struct lex_pat **out, struct lt_u32vec *plain_terms, bool *plain)
{
	struct pat_b p;
	memset(&p, 0, sizeof(p));
	*out = NULL;
	*plain = false;
	uint32_t max_len = 0;
	int rc = pat_check_clause(c, body, n);
	if (rc == LT_OK)
		rc = pat_read(c, body, n, &p);
	if (rc == LT_OK)
		rc = pat_validate(c, &p, body, n, &max_len);
	if (rc < 0)
		goto out;
	if (!force_pat && pat_is_plain(&p)) {
		*plain = true;
		for (size_t k = 0; k < p.terms.n; k++)
			lt_vec_push(plain_terms, p.terms.v[k]);
		goto out;
	}
	struct arena *a = &c->lx->arena;
	struct lex_pat *lp = arena_alloc(a, sizeof(*lp));
	lp->n_slots = (uint32_t)p.slots.n;
	lp->alts = arena_memdup(a, p.alts.v, p.alts.n * sizeof(*p.alts.v));
	lp->terms = arena_memdup(a, p.terms.v, p.terms.n * sizeof(uint32_t));
	lp->max_len = max_len;
	pat_index_groups(a, lp, &p);
	lp->filter_slot = UINT32_MAX;
	bool first_req = false;
	for (uint32_t k = 0; k < lp->n_slots; k++) {
		const struct pat_slot *s = &lp->slots[k];
		if (s->kind != PAT_GROUP || s->optional)
			continue;
		if (first_req)
			lp->filter_slot = k;
		first_req = true;
	}
	*out = lp;
out:
	pat_b_release(&p);
	return rc;
}

/* ------------------------------------------------------ proximity rules */

/* a comment start outside quotes: '#' first or after white space */
static size_t strip_comment_q(const char *s, size_t n)
{
	bool q = false;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"')
			q = !q;
		else if (!q && s[i] == '#' && (i == 0 || is_space(s[i - 1])))
			return i;
	}
	return n;
}

struct near_split {
	size_t a_end;          /* first operand: s[0..a_end) */
	size_t b_start;        /* second operand: s[b_start..n) */
	uint32_t dist;
	bool not_;
};

/*
 * Find a whitespace-delimited NEAR/N (optionally after NOT) outside quotes
 * and parentheses. Returns 1 found, 0 none, or an error.
 */
static int find_near(struct parse_ctx *c, const char *s, size_t n, struct near_split *ns)
{
	bool q = false;
	int depth = 0, found = 0;
	size_t prev_word = SIZE_MAX; /* start of the previous word outside quotes */
	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		if (ch == '"')
			q = !q;
		if (q)
			continue;
		depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
		bool word_start = !is_space(ch) && (i == 0 || is_space(s[i - 1]));
		if (!word_start)
			continue;
		if (depth > 0 || n - i < 5 || memcmp(s + i, "NEAR/", 5) != 0) {
			prev_word = i;
			continue;
		}
		if (found)
			return PERR(c, "one NEAR/N per entry");
		size_t j = i + 5;
		unsigned v = 0;
		while (j < n && s[j] >= '0' && s[j] <= '9' && v < 100000)
			v = v * 10 + (unsigned)(s[j++] - '0');
		if (j == i + 5 || (j < n && !is_space(s[j])))
			return PERR(c, "NEAR needs a distance in tokens: NEAR/N");
		if (v < 1 || v > NEAR_MAX_DIST)
			return PERR(c, "NEAR/%u: the distance must be 1 to %d tokens", v,
				    NEAR_MAX_DIST);
		ns->dist = v;
		ns->not_ = prev_word != SIZE_MAX && i - prev_word == 4 &&
			   memcmp(s + prev_word, "NOT ", 4) == 0;
		ns->a_end = ns->not_ ? prev_word : i;
		ns->b_start = j;
		found = 1;
		prev_word = i;
	}
	return found;
}

/* Does s[0..n) hold a whitespace-delimited NEAR/N (N digits)? (A quoted
 * phrase that does was meant as a NEAR rule.) */
static bool quoted_near(const char *s, size_t n)
{
	for (size_t i = 0; i + 5 < n; i++) {
		if ((i && !is_space(s[i - 1])) || memcmp(s + i, "NEAR/", 5) != 0)
			continue;
		size_t j = i + 5;
		while (j < n && s[j] >= '0' && s[j] <= '9')
			j++;
		if (j > i + 5 && (j == n || is_space(s[j])))
			return true;
	}
	return false;
}

/* one NEAR operand: a word, =exact, prefix*, (a|b), or a quoted phrase or pattern */
static int parse_operand(struct parse_ctx *c, const char *s, size_t n, const struct lex_pat **out)
{
	trim(&s, &n);
	if (!n)
		return PERR(c, "NEAR/N needs an entry on each side");
	if (s[0] == '/')
		return PERR(c, "a regex cannot be an operand of NEAR/N");
	if (s[0] == '"') {
		if (n < 2 || s[n - 1] != '"')
			return PERR(c, "phrase %.*s has no closing '\"'", (int)n, s);
		s++;
		n -= 2;
		trim(&s, &n);
		if (!n)
			return PERR(c, "empty phrase");
	}
	for (size_t i = 0; i < n; i++)
		if (s[i] == '"')
			return PERR(c, "unexpected '\"' in '%.*s'", (int)n, s);
	struct lt_u32vec none = { 0 };
	bool plain;
	int rc = parse_pattern(c, s, n, true, out, &none, &plain);
	lt_vec_release(&none);
	return rc;
}

/* a NEAR entry line; e gets kind, pat, near, near_dist, text */
static int parse_near_entry(struct parse_ctx *c, const char *s, size_t n, struct lex_entry *e,
			    const struct near_split *ns)
{
	LT_TRY(parse_operand(c, s, ns->a_end, &e->pat));
	LT_TRY(parse_operand(c, s + ns->b_start, n - ns->b_start, &e->near));
	e->kind = ns->not_ ? ENTRY_NOT_NEAR : ENTRY_NEAR;
	e->near_dist = ns->dist;
	e->text = arena_strndup(&c->lx->arena, s, n);
	return LT_OK;
}


/* What an entry of negation role r must be, for error messages. */
static const char *negation_must(uint8_t r)
{
	switch (r) {
	case ROLE_NEGATOR:
		return "a negator must be one word";
	case ROLE_NEGATION_RAISER:
		return "a negation raiser must be one word";
	case ROLE_PSEUDO_NEGATOR:
		return "a pseudo-negator must be words or a phrase";
	case ROLE_NEGATION_TERMINATOR:
		return "a negation terminator must be words or a phrase";
	default:
		return "a post-negator must be words or a phrase";
	}
}
/*
 * Parse one entry line s[0..n) (trimmed, not empty, comment not yet
 * stripped) and append it with the given role and target.
 */
static int parse_entry(struct parse_ctx *c, const char *s, size_t n, uint8_t role,
		       uint32_t target, uint32_t theme, const char *excl_name)
{
	struct lexicon *lx = c->lx;
	struct lex_entry e;
	memset(&e, 0, sizeof(e));
	e.role = role;
	e.target = target;
	e.theme = theme;
	e.file = c->path;
	e.line = c->line;
	struct lt_u32vec terms = { 0 };
	int rc = LT_OK;
	if (s[0] == '/') {
		size_t close = 0;
		for (size_t i = 1; i < n; i++)
			if (s[i] == '/' && s[i - 1] != '\\' && rest_is_blank(s + i + 1, n - i - 1)) {
				close = i;
				break;
			}
		if (!close)
			return PERR(c, "regex '%.*s' has no closing '/'", (int)n, s);
		if (close == 1)
			return PERR(c, "empty regex");
		struct lt_diag rd;
		lt_diag_init(&rd);
		if (rx_compile(&e.rx, s + 1, close - 1, RX_START_LIMIT, &rd) < 0)
			return lt_diag_set(c->d, LT_EREGEX, "%s:%u: invalid regex /%.*s/: %s",
					   c->path, c->line, (int)(close - 1), s + 1, rd.msg);
		e.kind = ENTRY_REGEX;
		e.text = arena_strndup(&lx->arena, s, close + 1);
		uint32_t g = rx_capture_count(e.rx);
		if (g > lx->max_groups)
			lx->max_groups = g;
	} else {
		struct near_split ns = { 0, 0, 0, false };
		const char *nb = s;
		size_t nbl = strip_comment_q(s, n);
		trim(&nb, &nbl);
		int f = find_near(c, nb, nbl, &ns);
		if (f < 0)
			return f;
		if (f) {
			if (lex_role_is_negation(role))
				return PERR(c, "%s, not a NEAR rule", negation_must(role));
			LT_TRY(parse_near_entry(c, nb, nbl, &e, &ns));
			goto push;
		}
		const char *body = s;
		size_t blen;
		size_t textlen;
		if (s[0] == '"') {
			size_t close = 0;
			for (size_t i = 1; i < n; i++)
				if (s[i] == '"') {
					close = i;
					break;
				}
			if (!close)
				return PERR(c, "phrase %.*s has no closing '\"'", (int)n, s);
			if (!rest_is_blank(s + close + 1, n - close - 1))
				return PERR(c, "unexpected text after the phrase: '%.*s'",
					    (int)(n - close - 1), s + close + 1);
			body = s + 1;
			blen = close - 1;
			textlen = close + 1;
			const char *b = body;
			size_t bl = blen;
			trim(&b, &bl);
			if (!bl)
				return PERR(c, "empty phrase");
			if (quoted_near(b, bl))
				msgs_add(c->warnings, LT_SEV_WARNING, 0,
					 "%s:%u: %.*s quotes a whole NEAR rule: it is one phrase of the "
					 "words '%.*s' (NEAR/N read as two words), never a proximity "
					 "rule; write it without the outer quotes: %.*s", c->path,
					 c->line, (int)textlen, s, (int)bl, b, (int)bl, b);
		} else {
			blen = strip_comment(s, n);
			trim(&body, &blen);
			textlen = blen;
		}
		bool plain = true;
		if (has_pattern_syntax(body, blen))
			rc = parse_pattern(c, body, blen, false, &e.pat, &terms, &plain);
		else
			rc = parse_elements(c, body, blen, false, &terms);
		if (rc < 0)
			goto out;
		e.text = arena_strndup(&lx->arena, s, textlen);
		if (!plain) {
			if (lex_role_is_negation(role)) {
				rc = PERR(c, "%s, not a pattern", negation_must(role));
				goto out;
			}
			e.kind = ENTRY_PATTERN;
			goto push;
		}
		e.n_terms = (uint32_t)terms.n;
		e.terms = arena_memdup(&lx->arena, terms.v, terms.n * sizeof(uint32_t));
		if (terms.n > 1)
			e.kind = ENTRY_PHRASE;
		else
			e.kind = lx->terms.v[terms.v[0]].kind; /* ENTRY_x == TERM_x for one token */
		if ((role == ROLE_NEGATOR || role == ROLE_NEGATION_RAISER) && terms.n > 1) {
			rc = PERR(c, "%s, not '%s'", negation_must(role), e.text);
			goto out;
		}
	}
	if (lex_role_is_negation(role) && e.kind == ENTRY_REGEX) {
		rx_free(e.rx);
		return PERR(c, "%s, not a regex", negation_must(role));
	}
push:
	lt_vec_push(&lx->entries, e);
	if (excl_name) {
		struct excl_ref r = { (uint32_t)lx->entries.n - 1, xstrdup(excl_name) };
		lt_vec_push(&lx->excl_refs, r);
	}
out:
	lt_vec_release(&terms);
	return rc;
}

enum section { SEC_NONE, SEC_CATEGORY, SEC_EXCLUDE_THEME, SEC_EXCLUDE_CAT, SEC_NEGATORS,
	       SEC_NEGATION /* ls->neg_role: one of the negation v2 sections */ };

/* negation v2 section names and their roles */
static const struct {
	const char *name;
	uint8_t role;
} negation_sections[] = {
	{ "pseudo-negators", ROLE_PSEUDO_NEGATOR },
	{ "negation-terminators", ROLE_NEGATION_TERMINATOR },
	{ "post-negators", ROLE_POST_NEGATOR },
	{ "negation-raisers", ROLE_NEGATION_RAISER },
};

static bool valid_name_char(unsigned char ch)
{
	return ch >= 0x20 && ch != 0x7F && ch != '[' && ch != ']';
}

/* Base name without extension, lower-cased, for the default theme name. */
static char *default_theme(const char *path)
{
	const char *b = strrchr(path, '/');
	b = b ? b + 1 : path;
	const char *dot = strrchr(b, '.');
	size_t n = dot && dot != b ? (size_t)(dot - b) : strlen(b);
	char *t = xstrndup(b, n);
	for (char *p = t; *p; p++) {
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p + 32);
		/* a theme name never holds '.' or '*' (THEME.NAME, THEME.*) */
		if (*p == '.' || *p == '*')
			*p = '_';
	}
	return t;
}

/* Where parse_lex is in a file: the header values, the theme, the section. */
struct lex_state {
	char *theme_name, *desc, *version;
	bool theme_fixed;        /* the header is over: theme is set */
	uint32_t theme;
	enum section sec;
	uint32_t cat;            /* SEC_CATEGORY: its cat_b index */
	char *excl_name;         /* SEC_EXCLUDE_CAT: the category named */
	uint8_t neg_role;        /* SEC_NEGATION: its ROLE_* */
};

/* A comment line; "# definition: ..." documents the current category. */
static void parse_comment(struct parse_ctx *c, struct lex_state *ls, const char *s, size_t n)
{
	const char *p = s + 1;
	size_t m = n - 1;
	trim(&p, &m);
	if (ls->sec == SEC_CATEGORY && m > 11 && memcmp(p, "definition:", 11) == 0) {
		p += 11;
		m -= 11;
		trim(&p, &m);
		struct cat_b *cb = &c->lx->cats_b.v[ls->cat];
		if (!cb->description[0]) {
			free(cb->description);
			cb->description = xstrndup(p, m);
		}
	}
}

/*
 * A header line "theme: ...", "description: ..." or "version: ...".
 * Returns 1 when s is one (and takes its value), 0 when not, or an error.
 */
static int parse_header(struct parse_ctx *c, struct lex_state *ls, const char *s, size_t n)
{
	static const char *const keys[] = { "theme", "description", "version" };
	for (size_t k = 0; k < LT_ARRAY_SIZE(keys); k++) {
		size_t kl = strlen(keys[k]);
		if (n <= kl || memcmp(s, keys[k], kl) != 0)
			continue;
		const char *p = s + kl;
		size_t m = n - kl;
		while (m && is_space(*p)) {
			p++;
			m--;
		}
		if (!m || *p != ':')
			continue;
		p++;
		m--;
		m = strip_comment(p, m);
		trim(&p, &m);
		if (k == 0) {
			if (!m)
				return PERR(c, "empty theme name");
			for (size_t q = 0; q < m; q++)
				if (!valid_name_char((unsigned char)p[q]) || p[q] == '.' || p[q] == '*')
					return PERR(c, "theme name '%.*s' may not contain '%c'", (int)m, p,
						    p[q]);
			free(ls->theme_name);
			ls->theme_name = xstrndup(p, m);
		} else if (k == 1) {
			free(ls->desc);
			ls->desc = xstrndup(p, m);
		} else {
			free(ls->version);
			ls->version = xstrndup(p, m);
		}
		return 1;
	}
	return 0;
}

/* The header is over: the theme it names (created or joined). warn: a
 * version that differs from an earlier file's is reported. */
static void fix_theme(struct parse_ctx *c, struct lex_state *ls, bool warn)
{
	ls->theme = theme_get(c->lx, ls->theme_name, c->path);
	struct theme_b *tb = &c->lx->themes_b.v[ls->theme];
	if (ls->desc && !tb->description)
		tb->description = xstrdup(ls->desc);
	if (warn && ls->version && tb->version && strcmp(ls->version, tb->version) != 0)
		msgs_add(c->warnings, LT_SEV_WARNING, 0,
			 "%s:%u: theme '%s' is version %s here but version %s in an "
			 "earlier file; their categories are merged", c->path, c->line,
			 ls->theme_name, ls->version, tb->version);
	if (ls->version && !tb->version)
		tb->version = xstrdup(ls->version);
	ls->theme_fixed = true;
}

/* Is name[0..nl) a negation v2 section? Sets *role. */
static bool negation_section(const char *name, size_t nl, uint8_t *role)
{
	for (size_t i = 0; i < LT_ARRAY_SIZE(negation_sections); i++)
		if (strlen(negation_sections[i].name) == nl &&
		    memcmp(negation_sections[i].name, name, nl) == 0) {
			*role = negation_sections[i].role;
			return true;
		}
	return false;
}

/* A section header "[...]" s[0..n): category, [exclude], [exclude NAME],
 * [negators], or a negation v2 section ([pseudo-negators], ...). */
static int parse_section(struct parse_ctx *c, struct lex_state *ls, const char *s, size_t n)
{
	size_t close = 0;
	for (size_t k = 1; k < n; k++)
		if (s[k] == ']') {
			close = k;
			break;
		}
	if (!close)
		return PERR(c, "section header '%.*s' has no closing ']'", (int)n, s);
	if (!rest_is_blank(s + close + 1, n - close - 1))
		return PERR(c, "unexpected text after the section header: '%.*s'",
			    (int)(n - close - 1), s + close + 1);
	const char *name = s + 1;
	size_t nl = close - 1;
	trim(&name, &nl);
	free(ls->excl_name);
	ls->excl_name = NULL;
	if (!nl)
		return PERR(c, "empty section name '[]'");
	for (size_t k = 0; k < nl; k++)
		if (!valid_name_char((unsigned char)name[k]))
			return PERR(c, "control character in section name");
	if (nl == 7 && memcmp(name, "exclude", 7) == 0) {
		ls->sec = SEC_EXCLUDE_THEME;
	} else if (nl > 8 && memcmp(name, "exclude", 7) == 0 && is_space(name[7])) {
		const char *en = name + 8;
		size_t el = nl - 8;
		trim(&en, &el);
		ls->sec = SEC_EXCLUDE_CAT;
		ls->excl_name = xstrndup(en, el);
		struct excl_section es = { ls->theme, xstrndup(en, el), c->path, c->line };
		lt_vec_push(&c->lx->excl_secs, es);
	} else if (nl == 8 && memcmp(name, "negators", 8) == 0) {
		ls->sec = SEC_NEGATORS;
	} else if (negation_section(name, nl, &ls->neg_role)) {
		ls->sec = SEC_NEGATION;
	} else {
		if (nl == 1 && name[0] == '*')
			return PERR(c, "'*' is reserved for the theme-level row");
		char *cn = xstrndup(name, nl);
		ls->cat = cat_get(c->lx, ls->theme, cn, c->path, c->line);
		free(cn);
		ls->sec = SEC_CATEGORY;
	}
	return LT_OK;
}

/* An entry line, in the current section. */
static int parse_section_entry(struct parse_ctx *c, struct lex_state *ls, const char *s, size_t n)
{
	switch (ls->sec) {
	case SEC_NONE:
		break;
	case SEC_CATEGORY:
		return parse_entry(c, s, n, ROLE_COUNT, ls->cat, ls->theme, NULL);
	case SEC_EXCLUDE_THEME:
		return parse_entry(c, s, n, ROLE_EXCLUDE_THEME, ls->theme, ls->theme, NULL);
	case SEC_EXCLUDE_CAT:
		return parse_entry(c, s, n, ROLE_EXCLUDE_CATEGORY, 0, ls->theme, ls->excl_name);
	case SEC_NEGATORS:
		return parse_entry(c, s, n, ROLE_NEGATOR, ls->theme, ls->theme, NULL);
	case SEC_NEGATION:
		return parse_entry(c, s, n, ls->neg_role, ls->theme, ls->theme, NULL);
	}
	return PERR(c, "entry '%.*s' outside a category (add a [category] line above it)",
		    (int)n, s);
}

/* One trimmed, non-empty line s[0..n) of a .lex file. */
static int parse_line(struct parse_ctx *c, struct lex_state *ls, const char *s, size_t n)
{
	if (s[0] == '#') {
		parse_comment(c, ls, s, n);
		return LT_OK;
	}
	if (ls->sec == SEC_NONE && !ls->theme_fixed) {
		int r = parse_header(c, ls, s, n);
		if (r != 0)
			return r < 0 ? r : LT_OK;
	}
	if (!ls->theme_fixed)
		fix_theme(c, ls, true);
	if (s[0] == '[')
		return parse_section(c, ls, s, n);
	return parse_section_entry(c, ls, s, n);
}

static int parse_lex(struct lexicon *lx, const char *path, const char *buf, size_t len,
		     struct lt_msgs *warnings, struct lt_diag *d)
{
	struct parse_ctx c = { lx, path, 0, d, warnings };
	struct lex_state ls;
	memset(&ls, 0, sizeof(ls));
	ls.theme_name = default_theme(path);
	ls.sec = SEC_NONE;
	int rc = LT_OK;
	size_t i = 0;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len && rc == LT_OK) {
		size_t j = i;
		while (j < len && buf[j] != '\n' && buf[j] != '\r')
			j++;
		c.line++;
		const char *s = buf + i;
		size_t n = j - i;
		/* LF, CRLF and lone CR all end a line */
		i = j + 1;
		if (j + 1 < len && buf[j] == '\r' && buf[j + 1] == '\n')
			i = j + 2;
		if (memchr(s, '\0', n)) {
			rc = PERR(&c, "NUL byte in lexicon line");
			break;
		}
		trim(&s, &n);
		if (n)
			rc = parse_line(&c, &ls, s, n);
	}
	/* a file with only a header: the theme exists, with no categories */
	if (rc == LT_OK && !ls.theme_fixed)
		fix_theme(&c, &ls, false);
	free(ls.theme_name);
	free(ls.desc);
	free(ls.version);
	free(ls.excl_name);
	return rc;
}

/* ------------------------------------------------------ LIWC dictionaries */

static int load_dic(struct lexicon *lx, const char *path, const char *buf, size_t len,
		    struct lt_msgs *warnings, struct lt_diag *d)
{
	struct dicfile df;
	struct lt_msgs dw;
	msgs_init(&dw);
	int rc = dicfile_parse(&df, path, buf, len, &dw, d);
	/* our warnings name their file (lexicon.h); dicfile's carry only the line */
	for (size_t i = 0; i < dw.n; i++)
		msgs_add(warnings, dw.v[i].severity, 0, "%s:%u: %s", path, dw.v[i].line,
			 dw.v[i].text);
	msgs_release(&dw);
	if (rc < 0)
		return rc;
	struct arena tmp;
	arena_init(&tmp);
	/* the theme and category names `lextab lexicon import` writes, so both agree */
	uint32_t theme = theme_get(lx, dicfile_lex_theme(&df, &tmp), path);
	if (df.format == DIC_FORMAT_DIC || df.format == DIC_FORMAT_DICX)
		lx->themes_b.v[theme].liwc = true;
	const char **names = dicfile_lex_names(&df, &tmp);
	struct parse_ctx c = { lx, path, 0, d, warnings };
	uint32_t *catmap = xmalloc(xmul(df.n_categories ? df.n_categories : 1, sizeof(uint32_t)));
	for (uint32_t i = 0; i < df.n_categories; i++)
		catmap[i] = names[i] ? cat_get(lx, theme, names[i], path, df.categories[i].line)
				     : UINT32_MAX;
	for (uint32_t i = 0; i < df.n_terms && rc == LT_OK; i++) {
		const struct dic_term *t = &df.terms[i];
		c.line = t->line;
		const char *why = NULL;
		const char *conv = dicfile_convert_term(t->text, &tmp, &why);
		if (!conv) {
			msgs_add(warnings, LT_SEV_WARNING, 0, "%s:%u: term '%s' skipped: %s",
				 path, t->line, t->text, why);
			continue;
		}
		size_t cl = strlen(conv);
		const char *body = conv;
		if (cl >= 2 && conv[0] == '"' && conv[cl - 1] == '"') {
			body++;
			cl -= 2;
		}
		struct lt_u32vec terms = { 0 };
		rc = parse_elements(&c, body, cl, false, &terms);
		for (uint32_t k = 0; k < t->n_cats && rc == LT_OK; k++) {
			uint32_t cat = catmap[t->cats[k]];
			if (cat == UINT32_MAX)
				continue;
			struct lex_entry e;
			memset(&e, 0, sizeof(e));
			e.role = ROLE_COUNT;
			e.target = cat;
			e.theme = theme;
			e.file = c.path;
			e.line = t->line;
			e.text = arena_strndup(&lx->arena, t->text, strlen(t->text));
			e.n_terms = (uint32_t)terms.n;
			e.terms = arena_memdup(&lx->arena, terms.v, terms.n * sizeof(uint32_t));
			e.kind = terms.n > 1 ? ENTRY_PHRASE : lx->terms.v[terms.v[0]].kind;
			e.weight = t->weights ? t->weights[k] : 0;
			lt_vec_push(&lx->entries, e);
		}
		lt_vec_release(&terms);
	}
	free(catmap);
	arena_release(&tmp);
	dicfile_release(&df);
	return rc;
}

/* ----------------------------------------------------------- loading */

static int read_file(const char *path, char **out, size_t *len, struct lt_diag *d)
{
	struct reader_bytes b;
	LT_TRY(reader_read(path, "lexicon", LEX_MAX_FILE, NULL, &b, d));
	*out = b.data;
	*len = b.len;
	return LT_OK;
}

static const char *ext_of(const char *path)
{
	const char *b = strrchr(path, '/');
	b = b ? b + 1 : path;
	const char *dot = strrchr(b, '.');
	return dot && dot != b ? dot : "";
}

static bool is_lexicon_ext(const char *path)
{
	const char *e = ext_of(path);
	return strcasecmp(e, ".lex") == 0 || dicfile_format_of(path) != DIC_FORMAT_NONE;
}

static int add_file(struct lexicon *lx, const char *path, struct lt_msgs *warnings,
		    struct lt_diag *d)
{
	const char *kept = arena_strndup(&lx->arena, path, strlen(path));
	char *buf = NULL;
	size_t len = 0;
	LT_TRY(read_file(kept, &buf, &len, d));
	struct lex_file lf = { kept, XXH3_64bits(buf, len), len };
	lt_vec_push(&lx->files, lf);
	int rc;
	if (dicfile_format_of(kept) != DIC_FORMAT_NONE) {
		rc = load_dic(lx, kept, buf, len, warnings, d);
	} else {
		/* the transcripts' decoder: BOM, UTF-16, line ends, NFC; but a
		 * byte that is not UTF-8 is an error here, not a replacement */
		struct arena tmp;
		arena_init(&tmp);
		struct decoded dec;
		struct lt_msgs dm;
		msgs_init(&dm);
		struct lt_diag dd;
		lt_diag_init(&dd);
		rc = decode_bytes((const unsigned char *)buf, len, &tmp, &dec, &dm, &dd);
		if (rc < 0)
			rc = lt_diag_set(d, LT_ELEXICON, "%s: %s", kept, dd.msg);
		else if (dec.n_replaced) {
			/* the first problem in the file, not the decoder's last warning */
			const struct lt_msg *first = NULL;
			for (size_t k = 0; k < dm.n; k++)
				if (dm.v[k].line && strstr(dm.v[k].text, "U+FFFD") &&
				    (!first || dm.v[k].line < first->line))
					first = &dm.v[k];
			rc = lt_diag_set(d, LT_ELEXICON, "%s:%u: %s; lexicons must be UTF-8 (or "
					 "UTF-16 with a byte-order mark)", kept,
					 first ? first->line : 1, first ? first->text : "invalid text");
		}
		else {
			/* what the decoder noticed (Windows-1252 read): one warning */
			for (size_t k = 0; k < dm.n && warnings; k++)
				msgs_add(warnings, LT_SEV_WARNING, 0, "%s:%u: %s", kept,
					 dm.v[k].line, dm.v[k].text);
			rc = parse_lex(lx, kept, dec.text, dec.len, warnings, d);
		}
		msgs_release(&dm);
		arena_release(&tmp);
	}
	free(buf);
	return rc;
}

static int cmp_cstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int lexicon_add_path(struct lexicon *lx, const char *path, struct lt_msgs *warnings,
		     struct lt_diag *d)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return lt_diag_set(d, LT_EIO, "cannot open lexicon '%s': %s", path, strerror(errno));
	if (!S_ISDIR(st.st_mode))
		return add_file(lx, path, warnings, d);
	DIR *dir = opendir(path);
	if (!dir)
		return lt_diag_set(d, LT_EIO, "cannot open lexicon folder '%s': %s", path,
				   strerror(errno));
	LT_VEC(char *) names = { 0 };
	struct dirent *de;
	while ((de = readdir(dir))) {
		if (de->d_name[0] == '.' || !is_lexicon_ext(de->d_name))
			continue;
		size_t pl = strlen(path);
		bool slash = pl && path[pl - 1] == '/';
		char *full = xasprintf("%s%s%s", path, slash ? "" : "/", de->d_name);
		struct stat fst;
		if (stat(full, &fst) == 0 && S_ISREG(fst.st_mode))
			lt_vec_push(&names, full);
		else
			free(full);
	}
	closedir(dir);
	lt_qsort(names.v, names.n, sizeof(char *), cmp_cstr);
	int rc = LT_OK;
	if (!names.n)
		rc = lt_diag_set(d, LT_ELEXICON,
				 "no lexicon files (.lex, .dic, .dicx) in folder '%s'", path);
	for (size_t i = 0; i < names.n && rc == LT_OK; i++)
		rc = add_file(lx, names.v[i], warnings, d);
	for (size_t i = 0; i < names.n; i++)
		free(names.v[i]);
	lt_vec_release(&names);
	return rc;
}

/* ----------------------------------------------------------- finishing */

static const struct lexicon *sort_lx; /* qsort has no context argument */

static int cmp_theme(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return strcmp(sort_lx->themes_b.v[x].name, sort_lx->themes_b.v[y].name);
}

static int cmp_cat(const void *a, const void *b)
{
	const struct cat_b *x = &sort_lx->cats_b.v[*(const uint32_t *)a];
	const struct cat_b *y = &sort_lx->cats_b.v[*(const uint32_t *)b];
	int r = strcmp(x->file, y->file);
	if (r)
		return r;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return strcmp(x->short_name, y->short_name);
}

struct entry_sort {
	uint32_t idx;
};

static int cmp_entry(const void *a, const void *b)
{
	uint32_t i = *(const uint32_t *)a, j = *(const uint32_t *)b;
	const struct lex_entry *x = &sort_lx->entries.v[i], *y = &sort_lx->entries.v[j];
	int r = strcmp(x->file, y->file);
	if (r)
		return r;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	/* LIWC: one line gives one entry per category, in category order */
	return i < j ? -1 : i > j;
}

static int cmp_lex_file(const void *a, const void *b)
{
	return strcmp(((const struct lex_file *)a)->path, ((const struct lex_file *)b)->path);
}

/* "c.lex;a.lex" -> "a.lex;c.lex" (paths never contain ';' in practice; a
 * path that does only changes this display string) */
static char *sorted_files(struct arena *a, const char *files, size_t n)
{
	LT_VEC(char *) parts = { 0 };
	size_t i = 0;
	while (i <= n) {
		size_t j = i;
		while (j < n && files[j] != ';')
			j++;
		lt_vec_push(&parts, xstrndup(files + i, j - i));
		i = j + 1;
	}
	lt_qsort(parts.v, parts.n, sizeof(char *), cmp_cstr);
	LT_VEC(char) out = { 0 };
	for (size_t k = 0; k < parts.n; k++) {
		if (k)
			lt_vec_push(&out, ';');
		for (const char *p = parts.v[k]; *p; p++)
			lt_vec_push(&out, *p);
		free(parts.v[k]);
	}
	lt_vec_release(&parts);
	char *r = arena_strndup(a, out.v ? out.v : "", out.n);
	lt_vec_release(&out);
	return r;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* Build a CSR index: for each key k in [0, nkeys), the values pushed for it. */
struct csr_b {
	LT_VEC(uint64_t) pairs; /* key << 32 | value */
};

static void csr_build(struct csr_b *b, uint32_t nkeys, uint32_t **off, uint32_t **ids)
{
	/* counting sort by key keeps values in insertion order */
	uint32_t *o = xcalloc((size_t)nkeys + 1, sizeof(uint32_t));
	for (size_t i = 0; i < b->pairs.n; i++)
		o[(b->pairs.v[i] >> 32) + 1]++;
	for (uint32_t k = 0; k < nkeys; k++)
		o[k + 1] += o[k];
	uint32_t *v = xmalloc(xmul(b->pairs.n ? b->pairs.n : 1, sizeof(uint32_t)));
	uint32_t *fill = xmalloc(xmul((size_t)nkeys + 1, sizeof(uint32_t)));
	memcpy(fill, o, ((size_t)nkeys + 1) * sizeof(uint32_t));
	for (size_t i = 0; i < b->pairs.n; i++) {
		uint32_t k = (uint32_t)(b->pairs.v[i] >> 32);
		v[fill[k]++] = (uint32_t)b->pairs.v[i];
	}
	free(fill);
	lt_vec_release(&b->pairs);
	*off = o;
	*ids = v;
}

static void csr_add(struct csr_b *b, uint32_t key, uint32_t value)
{
	lt_vec_push(&b->pairs, ((uint64_t)key << 32) | value);
}

/* ------------------------------------------------ regex prefilter tables
 *
 * rxscan.c reads each pattern; here its literals get ids (lexicon-wide,
 * shared by the prefilter and the lead literals) and the tables
 * lexicon_word_literals uses to find them in a word.
 */

/* a prefilter literal's id; every word type is searched for every literal */
static uint32_t lit_intern(struct lexicon *lx, const char *lit, size_t len)
{
	uint32_t id = intern_put(&lx->littab, lit, len);
	if (id == lx->lit_seen.n) {
		lt_vec_push(&lx->lit_seen, true);
		unsigned char a = (unsigned char)lit[0];
		if (len == 1) {
			lx->lit_one[a] = true;
		} else {
			unsigned bi = (unsigned)a << 8 | (unsigned char)lit[1];
			lx->lit_start[bi >> 6] |= 1ULL << (bi & 63);
		}
		bool seen = false;
		for (size_t t = 0; t < lx->lit_lens.n; t++)
			seen |= lx->lit_lens.v[t] == len;
		if (!seen)
			lt_vec_push(&lx->lit_lens, (uint32_t)len);
	}
	return id;
}

/* e->lits, e->clause_n: the regex's prefilter (see lex_entry) */
static void regex_literals(struct lexicon *lx, struct lex_entry *e)
{
	struct rxscan_cnf cnf;
	rxscan_prefilter(e->text + 1, strlen(e->text) - 2, NULL, &cnf);
	if (!cnf.n_clauses)
		return;
	uint32_t *ids = arena_alloc(&lx->arena, cnf.n_lits * sizeof(uint32_t));
	uint16_t *cn = arena_alloc(&lx->arena, cnf.n_clauses * sizeof(uint16_t));
	for (size_t i = 0; i < cnf.n_lits; i++)
		ids[i] = lit_intern(lx, cnf.lits[i], strlen(cnf.lits[i]));
	memcpy(cn, cnf.clause_n, cnf.n_clauses * sizeof(uint16_t));
	e->lits = ids;
	e->n_lits = (uint32_t)cnf.n_lits;
	e->clause_n = cn;
	e->n_clauses = (uint32_t)cnf.n_clauses;
	rxscan_cnf_release(&cnf);
}

/* e->lead: the regex's lead literals (see lex_entry); e->ws_runs */
static void regex_lead(struct lexicon *lx, struct lex_entry *e)
{
	e->ws_runs = rxscan_ws_runs(e->text + 1, strlen(e->text) - 2, NULL);
	lt_str runs[RXSCAN_MAX_LEAD];
	size_t n = rxscan_lead(e->text + 1, strlen(e->text) - 2, runs);
	if (!n)
		return;
	uint32_t *ids = arena_alloc(&lx->arena, n * sizeof(uint32_t));
	for (size_t i = 0; i < n; i++)
		ids[i] = lit_intern(lx, runs[i].ptr, runs[i].len);
	e->lead = ids;
	e->n_lead = (uint32_t)n;
}

/* The theme row THEME.* of theme ti (sorted index) from its builder tb. */
static void theme_row(struct lexicon *lx, struct lex_category *row, const struct theme_b *tb,
		      uint32_t ti)
{
	char *nm = xasprintf("%s.*", tb->name);
	row->name = arena_strndup(&lx->arena, nm, strlen(nm));
	free(nm);
	row->short_name = "*";
	row->theme = ti;
	row->is_theme_row = true;
	row->description = "theme level: union of the theme's category hits, each token position once";
	row->file = "";
}

/*
 * lx->themes and lx->cats in output order: themes by name (torder); within
 * each its row, then its categories in corder's (file, line) order. Sets
 * each builder's .out to its output index.
 */
static void number_categories(struct lexicon *lx, const uint32_t *torder, const uint32_t *corder)
{
	uint32_t nt = (uint32_t)lx->themes_b.n, nc = (uint32_t)lx->cats_b.n;
	for (uint32_t i = 0; i < nt; i++)
		lx->themes_b.v[torder[i]].out = i;
	lx->n_themes = nt;
	lx->n_cats = nt + nc;
	lx->themes = xcalloc(nt, sizeof(*lx->themes));
	lx->cats = xcalloc(lx->n_cats, sizeof(*lx->cats));
	uint32_t ci = 0;
	for (uint32_t ti = 0; ti < nt; ti++) {
		uint32_t tb_i = torder[ti];
		struct theme_b *tb = &lx->themes_b.v[tb_i];
		struct lex_theme *t = &lx->themes[ti];
		t->name = arena_strndup(&lx->arena, tb->name, strlen(tb->name));
		t->description = tb->description ? arena_strndup(&lx->arena, tb->description,
								 strlen(tb->description)) : "";
		t->version = tb->version ? arena_strndup(&lx->arena, tb->version,
							 strlen(tb->version)) : "";
		t->files = sorted_files(&lx->arena, tb->files.v ? tb->files.v : "", tb->files.n);
		t->liwc = tb->liwc;
		t->row = ci;
		theme_row(lx, &lx->cats[ci++], tb, ti);
		t->first_cat = ci;
		for (uint32_t k = 0; k < nc; k++) {
			struct cat_b *cb = &lx->cats_b.v[corder[k]];
			if (cb->theme != tb_i)
				continue;
			cb->out = ci;
			struct lex_category *cat = &lx->cats[ci++];
			char *nm = xasprintf("%s.%s", tb->name, cb->short_name);
			cat->name = arena_strndup(&lx->arena, nm, strlen(nm));
			free(nm);
			cat->short_name = arena_strndup(&lx->arena, cb->short_name,
							strlen(cb->short_name));
			cat->theme = ti;
			cat->description = arena_strndup(&lx->arena, cb->description,
							 strlen(cb->description));
			cat->file = cb->file;
			cat->line = cb->line;
		}
		t->n_cats = ci - t->first_cat;
	}
}

/* "a.b" + "[c]" and "a" + "[b.c]" would both be category a.b.c */
static int check_category_names(const struct lexicon *lx, struct lt_diag *d)
{
	for (uint32_t i = 1; i < lx->n_cats; i++)
		for (uint32_t k = 0; k < i; k++)
			if (strcmp(lx->cats[i].name, lx->cats[k].name) == 0)
				return lt_diag_set(d, LT_ELEXICON,
						   "%s:%u: category '%s' is also defined at %s:%u (a "
						   "category name with '.' collides with another theme's)",
						   lx->cats[i].file, lx->cats[i].line, lx->cats[i].name,
						   lx->cats[k].file, lx->cats[k].line);
	return LT_OK;
}

/* resolve [exclude NAME]: every header names a category of its theme;
 * each such entry's target becomes a cat_b index (remapped by sort_entries) */
static int resolve_excludes(struct lexicon *lx, struct lt_diag *d)
{
	uint32_t nc = (uint32_t)lx->cats_b.n;
	for (size_t i = 0; i < lx->excl_secs.n; i++) {
		const struct excl_section *es = &lx->excl_secs.v[i];
		bool found = false;
		for (uint32_t k = 0; k < nc && !found; k++)
			found = lx->cats_b.v[k].theme == es->theme &&
				strcmp(lx->cats_b.v[k].short_name, es->name) == 0;
		if (!found)
			return lt_diag_set(d, LT_ELEXICON,
					   "%s:%u: [exclude %s]: theme '%s' has no category '%s'",
					   es->file, es->line, es->name, lx->themes_b.v[es->theme].name,
					   es->name);
	}
	for (size_t i = 0; i < lx->excl_refs.n; i++) {
		struct excl_ref *r = &lx->excl_refs.v[i];
		struct lex_entry *e = &lx->entries.v[r->entry];
		uint32_t found = UINT32_MAX;
		for (uint32_t k = 0; k < nc; k++) {
			struct cat_b *cb = &lx->cats_b.v[k];
			if (cb->theme == e->theme && strcmp(cb->short_name, r->name) == 0)
				found = k;
		}
		if (found == UINT32_MAX)
			return lt_diag_set(d, LT_ELEXICON,
					   "%s:%u: [exclude %s]: theme '%s' has no category '%s'",
					   e->file, e->line, r->name, lx->themes_b.v[e->theme].name,
					   r->name);
		e->target = found;
	}
	return LT_OK;
}

/* entries in (file, line) order; targets and themes to output indices */
static void sort_entries(struct lexicon *lx)
{
	uint32_t ne = (uint32_t)lx->entries.n;
	uint32_t *eorder = xmalloc((ne ? ne : 1) * sizeof(uint32_t));
	for (uint32_t i = 0; i < ne; i++)
		eorder[i] = i;
	lt_qsort(eorder, ne, sizeof(uint32_t), cmp_entry);
	struct lex_entry *sorted = xmalloc((ne ? ne : 1) * sizeof(*sorted));
	for (uint32_t i = 0; i < ne; i++) {
		struct lex_entry e = lx->entries.v[eorder[i]];
		uint32_t tb = e.theme;
		e.theme = lx->themes_b.v[tb].out;
		if (e.role == ROLE_COUNT || e.role == ROLE_EXCLUDE_CATEGORY)
			e.target = lx->cats_b.v[e.target].out;
		else
			e.target = e.theme;
		sorted[i] = e;
	}
	free(eorder);
	free(lx->entries.v);
	lx->entries.v = sorted;
	lx->entries.cap = ne ? ne : 1;
}

/* entry key: kind + terms, or the pattern text */
static uint32_t entry_key(struct lexicon *lx, const struct lex_entry *e)
{
	LT_VEC(char) key = { 0 };
	lt_vec_push(&key, (char)e->kind);
	if (e->kind == ENTRY_REGEX || e->pat) {
		for (const char *p = e->text; *p; p++)
			lt_vec_push(&key, *p);
	} else {
		lt_vec_reserve(&key, 1 + 4 * (size_t)e->n_terms);
		memcpy(key.v + 1, e->terms, 4 * (size_t)e->n_terms);
		key.n = 1 + 4 * (size_t)e->n_terms;
	}
	uint32_t id = intern_put(&lx->keytab, key.v, key.n);
	lt_vec_release(&key);
	return id;
}

/* The tables lexicon_finish builds for the matcher, while they grow. */
struct tables_b {
	struct csr_b single, phrase, neg, litrx, pattern, negx;
	struct lt_u32vec regex;
};

/* a regex entry: its prefilter, lead literals and literal -> regex index */
static void index_regex(struct lexicon *lx, struct lex_entry *e, uint32_t i, struct tables_b *tb)
{
	regex_literals(lx, e);
	regex_lead(lx, e);
	/* indexed under its most selective clause only: a regex can match
	 * only if that clause has a literal in the turn, and common literals
	 * of its other clauses ("the") would otherwise send the matcher to it
	 * in almost every turn */
	uint32_t first = e->n_clauses ? e->clause_n[0] : 0;
	for (uint32_t k = 0; k < first; k++) {
		bool dup = false;
		for (uint32_t q = 0; q < k; q++)
			dup |= e->lits[q] == e->lits[k];
		if (!dup)
			csr_add(&tb->litrx, e->lits[k], (uint32_t)tb->regex.n);
	}
	lt_vec_push(&tb->regex, i);
}

/* a pattern entry under every term its first operand can start with */
static void index_pattern(struct lexicon *lx, const struct lex_pat *p, uint32_t i,
			  struct tables_b *tb)
{
	(void)lx;
	struct lt_u32vec first = { 0 };
	for (uint32_t k = 0; k < p->n_slots; k++) {
		const struct pat_slot *s = &p->slots[k];
		if (s->kind == PAT_GAP)
			continue;
		for (uint32_t a = 0; a < s->n_alts; a++)
			lt_vec_push(&first, p->terms[p->alts[s->alt_off + a].off]);
		if (!s->optional)
			break;
	}
	lt_qsort(first.v, first.n, sizeof(uint32_t), cmp_u32);
	for (size_t k = 0; k < first.n; k++)
		if (!k || first.v[k] != first.v[k - 1])
			csr_add(&tb->pattern, first.v[k], i);
	lt_vec_release(&first);
}

/* distinct prefix-term lengths, ascending */
static void prefix_lengths(struct lexicon *lx)
{
	struct lt_u32vec plens = { 0 };
	for (uint32_t t = 0; t < lx->terms.n; t++)
		if (lx->terms.v[t].kind == TERM_PREFIX)
			lt_vec_push(&plens, lx->terms.v[t].len);
	lt_qsort(plens.v, plens.n, sizeof(uint32_t), cmp_u32);
	size_t w = 0;
	for (size_t i = 0; i < plens.n; i++)
		if (!w || plens.v[w - 1] != plens.v[i])
			plens.v[w++] = plens.v[i];
	lx->prefix_lens = plens.v;
	lx->n_prefix_lens = (uint32_t)w;
}

/* entry keys, per-category entry counts and the matcher's lookup tables */
static void build_tables(struct lexicon *lx)
{
	uint32_t nterms = (uint32_t)lx->terms.n, ne = (uint32_t)lx->entries.n;
	struct tables_b tb;
	memset(&tb, 0, sizeof(tb));
	lx->negx_first = xcalloc(nterms ? nterms : 1, 1);
	for (uint32_t i = 0; i < ne; i++) {
		struct lex_entry *e = &lx->entries.v[i];
		if (e->role == ROLE_COUNT)
			lx->cats[e->target].n_entries++;
		e->key = entry_key(lx, e);
		if (e->kind == ENTRY_REGEX) {
			index_regex(lx, e, i, &tb);
		} else if (e->pat) {
			index_pattern(lx, e->pat, i, &tb);
		} else if (e->role == ROLE_NEGATOR) {
			csr_add(&tb.neg, e->terms[0], e->theme);
		} else if (lex_role_is_negation(e->role)) {
			uint32_t r = e->role - ROLE_PSEUDO_NEGATOR;
			csr_add(&tb.negx, e->theme * 4 + r, i);
			lx->negx_first[e->terms[0]] |= (uint8_t)(1u << r);
		} else if (e->n_terms == 1) {
			csr_add(&tb.single, e->terms[0], i);
			const struct lex_term *t = &lx->terms.v[e->terms[0]];
			e->liwc_rank = t->kind == TERM_EXACT ? 0 : t->kind == TERM_STEM ? 1
				       : 2 + (UINT16_MAX - LT_MIN(t->len, (uint32_t)UINT16_MAX));
		} else {
			csr_add(&tb.phrase, e->terms[0], i);
		}
	}
	prefix_lengths(lx);
	csr_build(&tb.single, nterms, &lx->single_off, &lx->single_ids);
	csr_build(&tb.phrase, nterms, &lx->phrase_off, &lx->phrase_ids);
	csr_build(&tb.pattern, nterms, &lx->pattern_off, &lx->pattern_ids);
	csr_build(&tb.neg, nterms, &lx->neg_off, &lx->neg_ids);
	csr_build(&tb.negx, lx->n_themes * 4, &lx->negx_off, &lx->negx_ids);
	lx->regex_ids = tb.regex.v;
	lx->n_regex = (uint32_t)tb.regex.n;
	csr_build(&tb.litrx, (uint32_t)intern_count(&lx->littab), &lx->litrx_off, &lx->litrx_ids);
}

/* ------------------------------------------------ the lexicon hash
 *
 * XXH3-64 of a canonical serialisation (docs/database.md, "The lexicon
 * hash"): fields in a fixed order, integers little-endian of a fixed
 * width, strings as a u32 length then their bytes. Nothing depends on the
 * machine's byte order, word size or struct layout.
 */

typedef LT_VEC(char) canon_buf;

static void put_u8(canon_buf *b, uint8_t v)
{
	lt_vec_push(b, (char)v);
}

static void put_u32(canon_buf *b, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		lt_vec_push(b, (char)(v >> (8 * i) & 0xFF));
}

static void put_u64(canon_buf *b, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		lt_vec_push(b, (char)(v >> (8 * i) & 0xFF));
}

static void put_str(canon_buf *b, const char *s)
{
	size_t n = strlen(s);
	put_u32(b, (uint32_t)n);
	lt_vec_reserve(b, b->n + n);
	memcpy(b->v + b->n, s, n);
	b->n += n;
}

/*
 * Section 6, present only when an entry weighs other than 1, so a lexicon
 * without weights keeps the bytes (and hash) it had before weights were
 * hashed: "weights", then the number of such entries and, per entry in
 * entry order, its index and its weight's IEEE-754 binary64 bits.
 */
static void put_weights(canon_buf *b, const struct lexicon *lx)
{
	uint32_t n = 0;
	for (size_t i = 0; i < lx->entries.n; i++)
		n += lex_entry_weight(&lx->entries.v[i]) != 1.0;
	if (!n)
		return;
	put_str(b, "weights");
	put_u32(b, n);
	for (size_t i = 0; i < lx->entries.n; i++) {
		double w = lex_entry_weight(&lx->entries.v[i]);
		if (w == 1.0)
			continue;
		uint64_t bits;
		memcpy(&bits, &w, sizeof(bits));
		put_u32(b, (uint32_t)i);
		put_u64(b, bits);
	}
}

/* A path's last component: the hash names files by it, so a lexicon
 * folder that moves (another machine, an installed copy, a cluster node)
 * keeps its hash, its databases and its validation sheets. */
static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

static void put_name(canon_buf *b, const char *path)
{
	put_str(b, base_name(path));
}

static int cmp_canon_file(const void *a, const void *b)
{
	const struct lex_file *x = a, *y = b;
	int c = strcmp(base_name(x->path), base_name(y->path));
	if (c)
		return c;
	if (x->hash != y->hash)
		return x->hash < y->hash ? -1 : 1;
	return x->size < y->size ? -1 : x->size > y->size;
}

/* The files by name, content hash and size (section 2). */
static void put_files(canon_buf *b, const struct lexicon *lx)
{
	size_t n = lx->files.n;
	struct lex_file *v = xmalloc((n ? n : 1) * sizeof(*v));
	if (n)
		memcpy(v, lx->files.v, n * sizeof(*v));
	lt_qsort(v, n, sizeof(*v), cmp_canon_file);
	put_u32(b, (uint32_t)n);
	for (size_t i = 0; i < n; i++) {
		put_name(b, v[i].path);
		put_u64(b, v[i].size);
		put_u64(b, v[i].hash);
	}
	free(v);
}

/* A theme's "a/x.lex;b/y.lex" as its file names, sorted, ';'-joined. */
static void put_theme_files(canon_buf *b, const char *files)
{
	char *copy = xstrdup(files);
	LT_VEC(char *) parts = { 0 };
	for (char *p = copy;;) {
		char *end = strchr(p, ';');
		if (end)
			*end = '\0';
		char *slash = strrchr(p, '/');
		lt_vec_push(&parts, slash ? slash + 1 : p);
		if (!end)
			break;
		p = end + 1;
	}
	lt_qsort(parts.v, parts.n, sizeof(char *), cmp_cstr);
	canon_buf s = { 0 };
	for (size_t i = 0; i < parts.n; i++) {
		if (i)
			lt_vec_push(&s, ';');
		for (const char *q = parts.v[i]; *q; q++)
			lt_vec_push(&s, *q);
	}
	lt_vec_push(&s, '\0');
	put_str(b, s.v);
	lt_vec_release(&s);
	lt_vec_release(&parts);
	free(copy);
}

char *lexicon_canonical(const struct lexicon *lx, size_t *len)
{
	canon_buf b = { 0 };
	put_str(&b, "lextab-lexicons-4");
	put_files(&b, lx);
	put_u32(&b, lx->n_themes);
	for (uint32_t i = 0; i < lx->n_themes; i++) {
		const struct lex_theme *t = &lx->themes[i];
		put_str(&b, t->name);
		put_str(&b, t->description);
		put_str(&b, t->version);
		put_theme_files(&b, t->files);
		put_u8(&b, t->liwc);
	}
	put_u32(&b, lx->n_cats);
	for (uint32_t i = 0; i < lx->n_cats; i++) {
		const struct lex_category *c = &lx->cats[i];
		put_str(&b, c->name);
		put_u32(&b, c->theme);
		put_u8(&b, c->is_theme_row);
		put_str(&b, c->description);
		put_name(&b, c->file);
		put_u32(&b, c->line);
	}
	put_u32(&b, (uint32_t)lx->entries.n);
	for (size_t i = 0; i < lx->entries.n; i++) {
		const struct lex_entry *e = &lx->entries.v[i];
		put_u8(&b, e->kind);
		put_u8(&b, e->role);
		put_u32(&b, e->target);
		put_u32(&b, e->theme);
		put_name(&b, e->file);
		put_u32(&b, e->line);
		put_str(&b, e->text);
	}
	put_weights(&b, lx);
	*len = b.n;
	return b.v ? b.v : xcalloc(1, 1);
}

static uint64_t canonical_hash(const struct lexicon *lx)
{
	size_t n;
	char *bytes = lexicon_canonical(lx, &n);
	uint64_t h = XXH3_64bits(bytes, n);
	free(bytes);
	return h;
}

int lexicon_finish(struct lexicon *lx, bool liwc_mode, struct lt_diag *d)
{
	if (lx->finished)
		LT_BUG("lexicon_finish called twice");
	lx->liwc_mode = liwc_mode;
	if (!lx->themes_b.n)
		return lt_diag_set(d, LT_ELEXICON, "no lexicon loaded");
	sort_lx = lx;
	/* themes by name; categories per theme in (file, line) order */
	uint32_t nt = (uint32_t)lx->themes_b.n, nc = (uint32_t)lx->cats_b.n;
	uint32_t *torder = xmalloc(nt * sizeof(uint32_t));
	for (uint32_t i = 0; i < nt; i++)
		torder[i] = i;
	lt_qsort(torder, nt, sizeof(uint32_t), cmp_theme);
	uint32_t *corder = xmalloc((nc ? nc : 1) * sizeof(uint32_t));
	for (uint32_t i = 0; i < nc; i++)
		corder[i] = i;
	lt_qsort(corder, nc, sizeof(uint32_t), cmp_cat);
	number_categories(lx, torder, corder);
	free(torder);
	free(corder);
	LT_TRY(check_category_names(lx, d));
	LT_TRY(resolve_excludes(lx, d));
	sort_entries(lx);
	build_tables(lx);
	/* files in path order, so the hash does not depend on the order of
	 * the --lexicons arguments */
	lt_qsort(lx->files.v, lx->files.n, sizeof(struct lex_file), cmp_lex_file);
	lx->hash = canonical_hash(lx);
	lx->finished = true;
	return LT_OK;
}

/* ----------------------------------------------------------- queries */

uint32_t lexicon_n_themes(const struct lexicon *lx) { return lx->n_themes; }
const struct lex_theme *lexicon_theme(const struct lexicon *lx, uint32_t i) { return &lx->themes[i]; }
uint32_t lexicon_n_categories(const struct lexicon *lx) { return lx->n_cats; }
const struct lex_category *lexicon_category(const struct lexicon *lx, uint32_t i) { return &lx->cats[i]; }
uint32_t lexicon_n_entries(const struct lexicon *lx) { return (uint32_t)lx->entries.n; }
const struct lex_entry *lexicon_entry(const struct lexicon *lx, uint32_t i) { return &lx->entries.v[i]; }
uint32_t lexicon_n_terms(const struct lexicon *lx) { return (uint32_t)lx->terms.n; }
const struct lex_term *lexicon_term(const struct lexicon *lx, uint32_t i) { return &lx->terms.v[i]; }
uint32_t lexicon_n_files(const struct lexicon *lx) { return (uint32_t)lx->files.n; }
const struct lex_file *lexicon_file(const struct lexicon *lx, uint32_t i) { return &lx->files.v[i]; }
bool lexicon_liwc_mode(const struct lexicon *lx) { return lx->liwc_mode; }
uint32_t lexicon_max_groups(const struct lexicon *lx) { return lx->max_groups; }
uint64_t lexicon_hash(const struct lexicon *lx) { return lx->hash; }

static void push_id(uint32_t **out, size_t *n, size_t *cap, uint32_t id)
{
	if (*n == *cap)
		lt_vec_grow_((void **)out, cap, *n + 1, sizeof(uint32_t));
	(*out)[(*n)++] = id;
}

void lexicon_word_terms(const struct lexicon *lx, const char *folded, size_t flen,
			const char *stem, size_t slen, uint32_t **out, size_t *n, size_t *cap)
{
	size_t start = *n;
	uint32_t t = term_find(lx, TERM_STEM, stem, slen);
	if (t != INTERN_NONE)
		push_id(out, n, cap, t);
	t = term_find(lx, TERM_EXACT, folded, flen);
	if (t != INTERN_NONE)
		push_id(out, n, cap, t);
	for (uint32_t i = 0; i < lx->n_prefix_lens && lx->prefix_lens[i] <= flen; i++) {
		t = term_find(lx, TERM_PREFIX, folded, lx->prefix_lens[i]);
		if (t != INTERN_NONE)
			push_id(out, n, cap, t);
	}
	if (*n - start > 1)
		lt_qsort(*out + start, *n - start, sizeof(uint32_t), cmp_u32);
}

void lexicon_single_entries(const struct lexicon *lx, uint32_t t, const uint32_t **ids,
			    uint32_t *n)
{
	*ids = lx->single_ids + lx->single_off[t];
	*n = lx->single_off[t + 1] - lx->single_off[t];
}

void lexicon_phrase_entries(const struct lexicon *lx, uint32_t t, const uint32_t **ids,
			    uint32_t *n)
{
	*ids = lx->phrase_ids + lx->phrase_off[t];
	*n = lx->phrase_off[t + 1] - lx->phrase_off[t];
}

void lexicon_pattern_entries(const struct lexicon *lx, uint32_t t, const uint32_t **ids,
			     uint32_t *n)
{
	*ids = lx->pattern_ids + lx->pattern_off[t];
	*n = lx->pattern_off[t + 1] - lx->pattern_off[t];
}

void lexicon_regex_entries(const struct lexicon *lx, const uint32_t **ids, uint32_t *n)
{
	*ids = lx->regex_ids;
	*n = lx->n_regex;
}

uint32_t lexicon_n_literals(const struct lexicon *lx)
{
	return (uint32_t)intern_count(&lx->littab);
}

lt_str lexicon_literal(const struct lexicon *lx, uint32_t id)
{
	return intern_str(&lx->littab, id);
}

void lexicon_literal_regexes(const struct lexicon *lx, uint32_t id, const uint32_t **pos,
			     uint32_t *n)
{
	*pos = lx->litrx_ids + lx->litrx_off[id];
	*n = lx->litrx_off[id + 1] - lx->litrx_off[id];
}

/* Can a literal of length L start at s? Most places in a word start none,
 * and one table lookup says so without hashing. */
static inline bool lit_may_start(const struct lexicon *lx, const char *s, size_t L)
{
	unsigned a = (unsigned char)s[0];
	if (L == 1)
		return lx->lit_one[a];
	unsigned bi = a << 8 | (unsigned char)s[1];
	return lx->lit_start[bi >> 6] >> (bi & 63) & 1;
}

void lexicon_word_literals(const struct lexicon *lx, const char *folded, size_t flen,
			   uint32_t **out, size_t *n, size_t *cap)
{
	size_t start = *n;
	for (size_t k = 0; k < lx->lit_lens.n; k++) {
		size_t L = lx->lit_lens.v[k];
		for (size_t i = 0; i + L <= flen; i++) {
			if (!lit_may_start(lx, folded + i, L))
				continue;
			uint32_t id = intern_find(&lx->littab, folded + i, L);
			if (id == INTERN_NONE)
				continue;
			bool dup = false;
			for (size_t q = start; q < *n && !dup; q++)
				dup = (*out)[q] == id;
			if (!dup)
				push_id(out, n, cap, id);
		}
	}
}

void lexicon_negator_themes(const struct lexicon *lx, uint32_t t, const uint32_t **ids,
			    uint32_t *n)
{
	*ids = lx->neg_ids + lx->neg_off[t];
	*n = lx->neg_off[t + 1] - lx->neg_off[t];
}

void lexicon_negation_entries(const struct lexicon *lx, uint32_t th, uint8_t r,
			      const uint32_t **ids, uint32_t *n)
{
	uint32_t k = th * 4 + (uint32_t)(r - ROLE_PSEUDO_NEGATOR);
	*ids = lx->negx_ids + lx->negx_off[k];
	*n = lx->negx_off[k + 1] - lx->negx_off[k];
}

uint8_t lexicon_negation_first(const struct lexicon *lx, uint32_t t)
{
	return lx->negx_first[t];
}

/* The defaults of docs/counting-rules.md 6.2 (keep the two in step). */
static const char *const default_pseudo[] = {
	"not only", "not just", "not merely", "not simply", "not least", "not every",
	"whether or not", "or not", "if not", "no doubt", "without doubt", "without a doubt",
	"no matter", "no wonder", "nothing but", "not to mention", "no more than", "no less than",
	"not as if", "not as though", "not so much", "zero covid", "not surprising",
	"not surprisingly", "no surprise", "not uncommon", "not unusual", "had it not been for",
	"if it had not been for", "if it hadn't been for", "were it not for", "if not for",
	"nothing short of", "not all", "not unique"
};
static const char *const default_terminators[] = {
	"but", "however", "although", "though", "nevertheless", "nonetheless", "except",
	"whereas", "whilst", "apart from", "aside from", "because", "whether", "what", "how",
	"why", "where", "in terms of", "with regard to", "in relation to", "in respect of",
	"with respect to", "as regards", "and so", "when", "the fact that"
};
static const char *const default_post[] = {
	"was not the case", "wasn't the case", "is not the case", "isn't the case",
	"was not there", "wasn't there", "were not there", "weren't there",
	"is not there", "isn't there", "are not there", "aren't there",
	"was absent", "were absent", "was lacking", "were lacking", "was missing", "were missing",
	"did not exist", "didn't exist", "does not exist", "doesn't exist",
	"never happened", "did not happen", "didn't happen", "never arose", "did not arise",
	"didn't arise", "was not an issue", "wasn't an issue", "was never an issue",
	"was not a problem", "wasn't a problem", "was never a problem"
};
static const char *const default_raisers[] = {
	"think", "thinks", "thought", "believe", "believes", "believed",
	"suppose", "supposed", "imagine", "imagined", "expect", "expected", "reckon", "reckoned",
	"feel", "feels", "felt", "seem", "seems", "seemed", "appear", "appears", "appeared",
	"say", "says", "saying", "said", "recall", "recalls", "recalled", "remember", "remembers",
	"remembered", "sure", "aware", "case", "able", "mean", "means", "meant", "know", "knows",
	"knew", "suggest", "suggests", "suggested", "suggesting"
};
/* Negation v3 word lists (docs/counting-rules.md 6.1 and 6.2). */
static const char *const default_fillers[] = {
	"really", "actually", "quite", "particularly", "necessarily", "always", "ever", "even",
	"just", "simply", "fully", "entirely", "wholly", "totally", "directly", "personally",
	"specifically", "exactly", "certainly", "genuinely", "truly", "obviously", "clearly",
	"frankly", "honestly", "in any sense", "in any way", "at all", "as such"
};
static const char *const default_definites[] = {
	"the", "this", "these", "those", "my", "our", "your", "his", "her", "its", "their"
};
static const char *const default_holders[] = {
	"have", "has", "had", "having", "get", "gets", "got", "getting", "gotten", "give", "gives",
	"gave", "given", "giving", "provide", "provides", "provided", "providing", "receive",
	"receives", "received", "receiving", "find", "finds", "found", "finding", "see", "sees",
	"saw", "seen", "seeing", "obtain", "obtained", "secure", "secured", "recall", "recalled",
	"remember", "remembered"
};
static const char *const default_relational[] = {
	"of", "from", "with", "within", "in", "into", "on", "at", "for", "by", "under", "to", "about",
	"among", "between", "over", "be", "been", "being", "is", "was", "were", "are", "have", "has",
	"had"
};
static const char *const default_lead[] = { "and", "so", "or", "but", "well" };
static const char *const default_be[] = { "is", "was", "were", "are", "be", "been" };
static const char *const default_andor[] = { "and", "or" };
static const char *const default_partitive[] = { "none", "neither" };
static const char *const default_neg_pred[] = {
	"hard", "difficult", "impossible", "naive", "doubtful", "unlikely"
};
static const char *const default_inv_prep[] = { "at", "in", "on", "under", "by" };
static const char *const default_inv_aux[] = {
	"did", "do", "does", "was", "were", "is", "are", "have", "has", "had", "would", "could",
	"should", "will", "can", "might", "must", "shall", "may"
};
static const char *const default_openers[] = {
	"no", "none", "nobody", "nothing", "neither", "never", "nowhere"
};

const char *const *lexicon_negation_list(enum lex_neg_list which, size_t *n)
{
	switch (which) {
	case NEGL_FILLER:
		*n = LT_ARRAY_SIZE(default_fillers);
		return default_fillers;
	case NEGL_DEFINITE:
		*n = LT_ARRAY_SIZE(default_definites);
		return default_definites;
	case NEGL_HOLDER:
		*n = LT_ARRAY_SIZE(default_holders);
		return default_holders;
	case NEGL_OPENER:
		*n = LT_ARRAY_SIZE(default_openers);
		return default_openers;
	case NEGL_RELATIONAL:
		*n = LT_ARRAY_SIZE(default_relational);
		return default_relational;
	case NEGL_LEAD:
		*n = LT_ARRAY_SIZE(default_lead);
		return default_lead;
	case NEGL_BE:
		*n = LT_ARRAY_SIZE(default_be);
		return default_be;
	case NEGL_ANDOR:
		*n = LT_ARRAY_SIZE(default_andor);
		return default_andor;
	case NEGL_PARTITIVE:
		*n = LT_ARRAY_SIZE(default_partitive);
		return default_partitive;
	case NEGL_INV_PREP:
		*n = LT_ARRAY_SIZE(default_inv_prep);
		return default_inv_prep;
	case NEGL_INV_AUX:
		*n = LT_ARRAY_SIZE(default_inv_aux);
		return default_inv_aux;
	case NEGL_NEG_PRED:
		*n = LT_ARRAY_SIZE(default_neg_pred);
		return default_neg_pred;
	}
	*n = 0;
	return NULL;
}

const char *const *lexicon_default_negation(uint8_t r, size_t *n)
{
	switch (r) {
	case ROLE_PSEUDO_NEGATOR:
		*n = LT_ARRAY_SIZE(default_pseudo);
		return default_pseudo;
	case ROLE_NEGATION_TERMINATOR:
		*n = LT_ARRAY_SIZE(default_terminators);
		return default_terminators;
	case ROLE_POST_NEGATOR:
		*n = LT_ARRAY_SIZE(default_post);
		return default_post;
	case ROLE_NEGATION_RAISER:
		*n = LT_ARRAY_SIZE(default_raisers);
		return default_raisers;
	default:
		*n = 0;
		return NULL;
	}
}

static const char *const default_negators[] = {
	"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "without",
	"cannot"
};

bool lexicon_is_default_negator(const char *f, size_t len)
{
	for (size_t i = 0; i < LT_ARRAY_SIZE(default_negators); i++)
		if (strlen(default_negators[i]) == len && memcmp(default_negators[i], f, len) == 0)
			return true;
	return tokenize_is_nt(f, len);
}

typedef LT_VEC(char) neg_buf;

static void neg_put(neg_buf *b, const char *s)
{
	size_t n = strlen(s);
	lt_vec_reserve(b, b->n + n);
	memcpy(b->v + b->n, s, n);
	b->n += n;
}

static void neg_list(neg_buf *b, const char *name, const char *const *w, size_t n)
{
	neg_put(b, name);
	neg_put(b, ":");
	for (size_t i = 0; i < n; i++) {
		neg_put(b, i ? "|" : " ");
		neg_put(b, w[i]);
	}
	neg_put(b, "\n");
}

char *lexicon_negation_canonical(size_t *len)
{
	static const char *const role_names[] = { "pseudo-negators", "negation-terminators",
						  "post-negators", "negation-raisers" };
	static const char *const list_names[NEGL_N] = {
		[NEGL_FILLER] = "fillers", [NEGL_DEFINITE] = "definites", [NEGL_HOLDER] = "holders",
		[NEGL_OPENER] = "openers", [NEGL_RELATIONAL] = "relational", [NEGL_LEAD] = "lead",
		[NEGL_BE] = "be", [NEGL_ANDOR] = "and-or", [NEGL_PARTITIVE] = "partitive",
		[NEGL_INV_PREP] = "inversion-prepositions", [NEGL_INV_AUX] = "inversion-auxiliaries",
		[NEGL_NEG_PRED] = "negative-predicates"
	};
	neg_buf b = { 0 };
	neg_put(&b, "lextab-negation-1\n");
	neg_list(&b, "negators", default_negators, LT_ARRAY_SIZE(default_negators));
	for (uint8_t r = ROLE_PSEUDO_NEGATOR; r <= ROLE_NEGATION_RAISER; r++) {
		size_t n;
		const char *const *w = lexicon_default_negation(r, &n);
		neg_list(&b, role_names[r - ROLE_PSEUDO_NEGATOR], w, n);
	}
	for (int l = 0; l < NEGL_N; l++) {
		size_t n;
		const char *const *w = lexicon_negation_list((enum lex_neg_list)l, &n);
		neg_list(&b, list_names[l], w, n);
	}
	char nums[160];
	snprintf(nums, sizeof(nums), "numbers: window=%d raise=%d post=%d definite=%d\n",
		 NEG_WINDOW, RAISE_GAP, POST_GAP, DEF_BACK);
	neg_put(&b, nums);
	lt_vec_push(&b, '\0');
	*len = b.n - 1;
	return b.v;
}

uint64_t lexicon_negation_hash(void)
{
	size_t n;
	char *c = lexicon_negation_canonical(&n);
	uint64_t h = XXH3_64bits(c, n);
	free(c);
	return h;
}

/* ----------------------------------------------------------- checking */

/* Does every token that term b matches also match term a? */
static bool term_covers(const struct lexicon *lx, const struct lex_term *a,
			const struct lex_term *b)
{
	if (a == b)
		return true;
	if (a->kind == TERM_PREFIX && (b->kind == TERM_EXACT || b->kind == TERM_PREFIX))
		return b->len >= a->len && memcmp(b->text, a->text, a->len) == 0;
	if (a->kind == TERM_STEM && b->kind == TERM_EXACT) {
		size_t sl;
		const char *s = stemmer_stem(lx->st, b->text, b->len, &sl);
		return sl == a->len && memcmp(s, a->text, sl) == 0;
	}
	return false;
}

static const char *role_scope(const struct lexicon *lx, const struct lex_entry *e, char *buf,
			      size_t n)
{
	switch (e->role) {
	case ROLE_COUNT:
		return lx->cats[e->target].name;
	case ROLE_EXCLUDE_THEME:
		snprintf(buf, n, "%s [exclude]", lx->themes[e->theme].name);
		return buf;
	case ROLE_EXCLUDE_CATEGORY:
		snprintf(buf, n, "%s [exclude]", lx->cats[e->target].name);
		return buf;
	default:
		for (size_t i = 0; i < LT_ARRAY_SIZE(negation_sections); i++)
			if (negation_sections[i].role == e->role) {
				snprintf(buf, n, "%s [%s]", lx->themes[e->theme].name,
					 negation_sections[i].name);
				return buf;
			}
		snprintf(buf, n, "%s [negators]", lx->themes[e->theme].name);
		return buf;
	}
}

/*
 * lexicon_check's index: (scope = role + target, tag, text) -> the first
 * entry indexed under it. Tags: K entry key, P prefix entry's text, S stem
 * entry's stem, B every leading part of an exact or prefix entry's text,
 * X an exact entry's stem.
 */
struct check_ix {
	struct intern keys;
	struct lt_u32vec first;
	LT_VEC(char) buf;
};

static const char *ix_key(struct check_ix *ix, const struct lex_entry *e, char tag,
			  const char *text, size_t len, size_t *klen)
{
	ix->buf.n = 0;
	lt_vec_reserve(&ix->buf, len + 8);
	ix->buf.v[0] = (char)e->role;
	memcpy(ix->buf.v + 1, &e->target, 4);
	ix->buf.v[5] = tag;
	memcpy(ix->buf.v + 6, text, len);
	*klen = len + 6;
	return ix->buf.v;
}

static uint32_t ix_get(struct check_ix *ix, const struct lex_entry *e, char tag,
		       const char *text, size_t len)
{
	size_t kl;
	const char *k = ix_key(ix, e, tag, text, len, &kl);
	uint32_t id = intern_find(&ix->keys, k, kl);
	return id == INTERN_NONE ? UINT32_MAX : ix->first.v[id];
}

static void ix_add(struct check_ix *ix, const struct lex_entry *e, char tag, const char *text,
		   size_t len, uint32_t entry)
{
	size_t kl;
	const char *k = ix_key(ix, e, tag, text, len, &kl);
	uint32_t id = intern_put(&ix->keys, k, kl);
	if (id == ix->first.n)
		lt_vec_push(&ix->first, entry);
}

static void ix_release(struct check_ix *ix)
{
	intern_release(&ix->keys);
	lt_vec_release(&ix->first);
	lt_vec_release(&ix->buf);
}

size_t lexicon_check(const struct lexicon *lx, FILE *out, struct lt_msgs *warnings)
{
	size_t nwarn = 0;
	struct check_ix ix;
	memset(&ix, 0, sizeof(ix));
	intern_init(&ix.keys);
	for (uint32_t i = 0; i < lx->n_cats; i++) {
		const struct lex_category *c = &lx->cats[i];
		if (c->is_theme_row) {
			const struct lex_theme *t = &lx->themes[c->theme];
			fprintf(out, "theme %s: %u categories (%s)%s%s\n", t->name, t->n_cats,
				t->files, t->version[0] ? ", version " : "", t->version);
			continue;
		}
		fprintf(out, "  %-40s %5u entries\n", c->name, c->n_entries);
		if (c->n_entries == 0) {
			msgs_add(warnings, LT_SEV_WARNING, 0, "%s:%u: category '%s' has no entries",
				 c->file, c->line, c->name);
			nwarn++;
		}
	}
	uint32_t ne = (uint32_t)lx->entries.n;
	char b1[256], b2[256];
	for (uint32_t i = 0; i < ne; i++) {
		const struct lex_entry *e = &lx->entries.v[i];
		if (e->role == ROLE_NEGATOR && e->kind == ENTRY_STEM) {
			const struct lex_term *t = &lx->terms.v[e->terms[0]];
			size_t fl;
			char *f = tokenize_fold(e->text, strlen(e->text), &fl);
			if (fl != t->len || memcmp(f, t->text, fl) != 0) {
				msgs_add(warnings, LT_SEV_WARNING, 0,
					 "%s:%u: negator '%s' is a stem entry: it makes every word "
					 "with the stem '%s' a negator; write '=%s' for the word alone",
					 e->file, e->line, e->text, t->text, e->text);
				nwarn++;
			}
			free(f);
		}
		if (e->kind == ENTRY_REGEX && rxscan_has_upper_literal(e->text + 1)) {
			msgs_add(warnings, LT_SEV_WARNING, 0,
				 "%s:%u: regex %s contains upper-case letters, but regexes match the "
				 "case-folded text", e->file, e->line, e->text);
			nwarn++;
		}
		/* the earliest earlier entry of the same scope that duplicates e,
		 * covers it, or is covered by it - found by lookups, not pairs */
		uint32_t j = UINT32_MAX;
		bool dup = false;
		uint32_t k = ix_get(&ix, e, 'K', (const char *)&e->key, sizeof(e->key));
		if (k != UINT32_MAX) {
			j = k;
			dup = true;
		}
		bool single = e->kind != ENTRY_REGEX && e->n_terms == 1 &&
			      !lex_role_is_negation(e->role);
		const struct lex_term *te = single ? &lx->terms.v[e->terms[0]] : NULL;
		if (single && (te->kind == TERM_EXACT || te->kind == TERM_PREFIX)) {
			/* an earlier prefix entry the text starts with */
			for (uint32_t L = 1; L <= te->len; L++)
				j = LT_MIN(j, ix_get(&ix, e, 'P', te->text, L));
		}
		if (single && te->kind == TERM_EXACT) {
			/* an earlier stem entry with this word's stem */
			size_t sl;
			const char *st = stemmer_stem(lx->st, te->text, te->len, &sl);
			j = LT_MIN(j, ix_get(&ix, e, 'S', st, sl));
		}
		if (single && te->kind == TERM_PREFIX)
			/* an earlier exact or prefix entry that starts with this prefix */
			j = LT_MIN(j, ix_get(&ix, e, 'B', te->text, te->len));
		if (single && te->kind == TERM_STEM)
			/* an earlier exact entry whose stem this is */
			j = LT_MIN(j, ix_get(&ix, e, 'X', te->text, te->len));
		if (j != UINT32_MAX) {
			const struct lex_entry *f = &lx->entries.v[j];
			if (dup && f->key == e->key) {
				msgs_add(warnings, LT_SEV_WARNING, 0,
					 "%s:%u: duplicate entry '%s' in %s (first at %s:%u)", e->file,
					 e->line, e->text, role_scope(lx, e, b1, sizeof(b1)), f->file, f->line);
			} else {
				const struct lex_term *tf = &lx->terms.v[f->terms[0]];
				bool f_covers_e = term_covers(lx, tf, te);
				const struct lex_entry *big = f_covers_e ? f : e;
				const struct lex_entry *small = f_covers_e ? e : f;
				msgs_add(warnings, LT_SEV_WARNING, 0,
					 "%s:%u: in %s, '%s' (line %u) matches only words that '%s' "
					 "(line %u) matches too; %s",
					 e->file, e->line, role_scope(lx, e, b2, sizeof(b2)), small->text,
					 small->line, big->text, big->line,
					 small == e ? "it can never be credited with a hit"
						    : "the earlier entry is credited where both match");
			}
			nwarn++;
		}
		/* index e for the entries after it */
		ix_add(&ix, e, 'K', (const char *)&e->key, sizeof(e->key), i);
		if (single && te->kind == TERM_PREFIX)
			ix_add(&ix, e, 'P', te->text, te->len, i);
		if (single && te->kind == TERM_STEM)
			ix_add(&ix, e, 'S', te->text, te->len, i);
		if (single && (te->kind == TERM_EXACT || te->kind == TERM_PREFIX))
			for (uint32_t L = 1; L <= te->len; L++)
				ix_add(&ix, e, 'B', te->text, L, i);
		if (single && te->kind == TERM_EXACT) {
			size_t sl;
			const char *st = stemmer_stem(lx->st, te->text, te->len, &sl);
			ix_add(&ix, e, 'X', st, sl, i);
		}
	}
	ix_release(&ix);
	return nwarn;
}
