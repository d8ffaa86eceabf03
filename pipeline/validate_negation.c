/* validate_negation.c - which hits `validate sample --negation` may draw:
 * those with a negation cue in their clause (see validate_int.h, vneg_*).
 *
 * A cue is a negator (a built-in one, or a word of the hit's theme's
 * [negators] section), or a word sequence of the pseudo-negators or
 * post-negators (built-in, or the theme's own sections), outside the hit,
 * in the clauses the hit spans (docs/counting-rules.md 2.4 and 6). The
 * theme sections are read back from the database's entries table, so a
 * sheet can be drawn from the database alone; their elements are matched
 * by the entry rules of docs/counting-rules.md 3 (stem, =exact, prefix*).
 * Memory: a struct vneg owns its entries and stemmer (vneg_free).
 * Main thread only (the stemmer is not shared).
 */
#include <stdlib.h>
#include <string.h>

#include "validate_int.h"
#include "lexicon.h"
#include "stem.h"
#include "store.h"
#include "tokenize.h"
#include "xalloc.h"
#include "banned.h"

enum { EL_STEM, EL_EXACT, EL_PREFIX };

struct vneg_el {
	uint8_t kind;
	char *text;                    /* folded word, or its stem for EL_STEM */
	size_t len;
};

struct vneg_entry {
	char *theme;
	struct vneg_el *el;
	size_t n;
};

struct vneg {
	struct stemmer *st;
	LT_VEC(struct vneg_entry) e;
	/* per-turn token memo: folded forms and stems */
	LT_VEC(char *) folded;
	LT_VEC(char *) stems;
};

/* Append the elements of one written element w[0..n) (a word, =word or
 * word*; split into parts by the token rules) to out. */
static void parse_element(struct vneg *v, const char *w, size_t n, struct vneg_entry *out)
{
	bool exact = n && w[0] == '=';
	if (exact)
		w++, n--;
	bool prefix = n && w[n - 1] == '*';
	if (prefix)
		n--;
	struct token *tk = xmalloc(xmul(tokenize_max_tokens(n), sizeof(*tk)));
	size_t nt = tokenize(w, n, tk);
	for (size_t i = 0; i < nt; i++) {
		size_t fl;
		char *f = tokenize_fold(w + tk[i].start, tk[i].len, &fl);
		struct vneg_el el = { EL_STEM, f, fl };
		/* as the lexicon reads it (lexicon.c parse_element): '*' on the
		 * last part, whatever '=' says ("=co-operat*" is "=co operat*") */
		if (prefix && i + 1 == nt)
			el.kind = EL_PREFIX;
		else if (exact)
			el.kind = EL_EXACT;
		if (el.kind == EL_STEM) {
			size_t sl;
			const char *s = stemmer_stem(v->st, f, fl, &sl);
			el.text = xstrndup(s, sl);
			el.len = sl;
			free(f);
		}
		out->el = xrealloc(out->el, xmul(out->n + 1, sizeof(*out->el)));
		out->el[out->n++] = el;
	}
	free(tk);
}

static void parse_entry(struct vneg *v, const char *theme, const char *text)
{
	struct vneg_entry e = { xstrdup(theme), NULL, 0 };
	const char *p = text;
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == '"')
			p++;
		const char *q = p;
		while (*q && *q != ' ' && *q != '\t' && *q != '"')
			q++;
		if (q > p)
			parse_element(v, p, (size_t)(q - p), &e);
		p = q;
	}
	if (!e.n) {
		free(e.theme);
		free(e.el);
		return;
	}
	lt_vec_push(&v->e, e);
}

int vneg_open(struct store *s, struct vneg **out, struct lt_diag *d)
{
	*out = NULL;
	char *lang = NULL;
	LT_TRY(store_meta_get(s, "language", &lang, d));
	struct vneg *v = xcalloc(1, sizeof(*v));
	int rc = stemmer_new(&v->st, lang && lang[0] ? lang : "english", d);
	free(lang);
	struct store_stmt *q = NULL;
	if (rc == LT_OK)
		rc = store_prepare(s, "SELECT theme, text FROM entries WHERE role IN"
				   " ('negator', 'pseudo_negator', 'post_negator') ORDER BY entry_id",
				   &q, d);
	int r = 0;
	while (rc == LT_OK && (r = store_step(q, d)) == 1)
		parse_entry(v, store_col_text(q, 0, NULL), store_col_text(q, 1, NULL));
	store_finalize(q);
	if (rc == LT_OK && r < 0)
		rc = r;
	if (rc != LT_OK) {
		vneg_free(v);
		return rc;
	}
	*out = v;
	return LT_OK;
}

static void memo_clear(struct vneg *v)
{
	for (size_t i = 0; i < v->folded.n; i++) {
		free(v->folded.v[i]);
		free(v->stems.v[i]);
	}
	v->folded.n = v->stems.n = 0;
}

void vneg_free(struct vneg *v)
{
	if (!v)
		return;
	for (size_t i = 0; i < v->e.n; i++) {
		for (size_t k = 0; k < v->e.v[i].n; k++)
			free(v->e.v[i].el[k].text);
		free(v->e.v[i].el);
		free(v->e.v[i].theme);
	}
	lt_vec_release(&v->e);
	memo_clear(v);
	lt_vec_release(&v->folded);
	lt_vec_release(&v->stems);
	stemmer_free(v->st);
	free(v);
}

void vneg_turn(struct vneg *v, const char *text, const struct token *tk, size_t nt)
{
	memo_clear(v);
	for (size_t i = 0; i < nt; i++) {
		size_t fl;
		char *f = tokenize_fold(text + tk[i].start, tk[i].len, &fl);
		lt_vec_push(&v->folded, f);
		lt_vec_push(&v->stems, NULL);
	}
}

static const char *stem_of(struct vneg *v, size_t i)
{
	if (!v->stems.v[i]) {
		size_t sl;
		const char *s = stemmer_stem(v->st, v->folded.v[i], strlen(v->folded.v[i]), &sl);
		v->stems.v[i] = xstrndup(s, sl);
	}
	return v->stems.v[i];
}

static bool el_matches(struct vneg *v, const struct vneg_el *el, size_t i)
{
	const char *f = v->folded.v[i];
	switch (el->kind) {
	case EL_EXACT: return strlen(f) == el->len && memcmp(f, el->text, el->len) == 0;
	case EL_PREFIX: return strncmp(f, el->text, el->len) == 0;
	default: {
		const char *s = stem_of(v, i);
		return strlen(s) == el->len && memcmp(s, el->text, el->len) == 0;
	}
	}
}

/* Does the built-in sequence ph (words one space apart) match at token a,
 * ending at or before b? */
static bool default_seq_at(const struct vneg *v, size_t a, size_t b, const char *ph)
{
	size_t i = a;
	for (const char *p = ph;; i++) {
		const char *sp = strchr(p, ' ');
		size_t wl = sp ? (size_t)(sp - p) : strlen(p);
		if (i >= b || strlen(v->folded.v[i]) != wl || memcmp(v->folded.v[i], p, wl) != 0)
			return false;
		if (!sp)
			return true;
		p = sp + 1;
	}
}

/* Is there a cue wholly inside tokens [a, b)? */
static bool cue_in(struct vneg *v, const char *theme, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (lexicon_is_default_negator(v->folded.v[i], strlen(v->folded.v[i])))
			return true;
	static const uint8_t roles[] = { ROLE_PSEUDO_NEGATOR, ROLE_POST_NEGATOR };
	for (size_t r = 0; r < LT_ARRAY_SIZE(roles); r++) {
		size_t nd;
		const char *const *dl = lexicon_default_negation(roles[r], &nd);
		for (size_t k = 0; k < nd; k++)
			for (size_t i = a; i < b; i++)
				if (default_seq_at(v, i, b, dl[k]))
					return true;
	}
	for (size_t k = 0; k < v->e.n; k++) {
		const struct vneg_entry *e = &v->e.v[k];
		if (strcmp(e->theme, theme) != 0)
			continue;
		for (size_t i = a; i + e->n <= b; i++) {
			size_t j = 0;
			while (j < e->n && el_matches(v, &e->el[j], i + j))
				j++;
			if (j == e->n)
				return true;
		}
	}
	return false;
}

bool vneg_cue(struct vneg *v, const char *theme, const struct token *tk, size_t nt,
	      size_t s, size_t e)
{
	if (s >= e || e > nt || nt != v->folded.n)
		return false;
	size_t cs = s, ce = e;
	while (cs > 0 && tk[cs - 1].clause == tk[s].clause)
		cs--;
	while (ce < nt && tk[ce].clause == tk[e - 1].clause)
		ce++;
	return cue_in(v, theme, cs, s) || cue_in(v, theme, e, ce);
}
