/* rxscan.c - regex prefilter and lead literals from the pattern text (see
 * rxscan.h).
 *
 * The prefilter is a small recursive descent over the pattern: in a
 * sequence, runs of required literal characters and required groups are
 * candidate factors (the most selective one is kept: the largest shortest
 * member, then the fewest members); an alternation needs a factor in every
 * branch and gives the union. Every required factor of the top level is
 * also kept as a clause of a conjunctive normal form. Anything not
 * understood (\Q, (?x), verbs, POSIX classes, back references by name)
 * only ever makes the result less selective or absent - never wrong.
 * Literals are lower-cased: the regex runs on case-folded text.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "rxscan.h"
#include "xalloc.h"
#include "banned.h"

/* ------------------------------------------------------ literal sets */

#define LITSET_MAX 64
#define CNF_MAX 8        /* required factors collected before choosing */

struct litset {
	char *s[LITSET_MAX];
	size_t n;
	bool valid;
};

struct rxp {
	const char *p, *end;
	rxscan_brace_fn brace;
	bool giveup;
	int depth;                        /* group nesting */
	bool top_alt;                     /* a '|' outside every group */
	struct litset clauses[CNF_MAX];   /* every required factor of the top level */
	size_t n_clauses;
};

static void litset_clear(struct litset *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->s[i]);
	l->n = 0;
	l->valid = false;
}

static size_t litset_minlen(const struct litset *l)
{
	size_t m = SIZE_MAX;
	for (size_t i = 0; i < l->n; i++)
		m = LT_MIN(m, strlen(l->s[i]));
	return l->n ? m : 0;
}

static bool is_word_literal(const char *s)
{
	/* only [a-z0-9]: checked per word type */
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')))
			return false;
	return true;
}

/* Selectivity of a set: its shortest member's length, with a bonus for
 * sets of word literals (checked once per word type, not per turn). */
static size_t litset_score(const struct litset *l)
{
	bool words = true;
	for (size_t i = 0; i < l->n; i++)
		words &= is_word_literal(l->s[i]);
	return litset_minlen(l) + (words ? 4 : 0);
}

/* keep the better of *best and *cand (cand is consumed) */
static void litset_offer(struct litset *best, struct litset *cand)
{
	if (!cand->valid || !cand->n) {
		litset_clear(cand);
		return;
	}
	size_t sc = litset_score(cand), sb = best->valid ? litset_score(best) : 0;
	if (!best->valid || sc > sb || (sc == sb && cand->n < best->n)) {
		litset_clear(best);
		*best = *cand;
		cand->n = 0;
		cand->valid = false;
		return;
	}
	litset_clear(cand);
}

static bool litset_union(struct litset *a, struct litset *b)
{
	for (size_t i = 0; i < b->n; i++) {
		bool dup = false;
		for (size_t k = 0; k < a->n && !dup; k++)
			dup = strcmp(a->s[k], b->s[i]) == 0;
		if (dup) {
			free(b->s[i]);
		} else if (a->n < LITSET_MAX) {
			a->s[a->n++] = b->s[i];
		} else {
			free(b->s[i]);
			for (size_t k = i + 1; k < b->n; k++)
				free(b->s[k]);
			b->n = 0;
			return false;
		}
	}
	b->n = 0;
	return true;
}

/* ------------------------------------------------------ pattern syntax */

/*
 * p just after a class's '[': just after its closing ']', or NULL for a
 * class not read (\Q..\E and POSIX [:name:] inside it, or no end). \cX
 * takes the character after it, whatever it is ("[\c]]" is one class).
 */
static const char *class_end(const char *p, const char *end)
{
	if (p < end && *p == '^')
		p++;
	if (p < end && *p == ']')
		p++;
	while (p < end) {
		if (*p == '\\') {
			if (p + 1 >= end || p[1] == 'Q' || p[1] == 'E')
				return NULL;
			p += p[1] == 'c' ? 3 : 2;
		} else if (*p == '[' && p + 1 < end && (p[1] == ':' || p[1] == '.' || p[1] == '=')) {
			return NULL;
		} else if (*p == ']') {
			return p + 1;
		} else {
			p++;
		}
	}
	return NULL;
}

/* skip to the ')' that closes a group whose '(' was just consumed */
static void skip_group(struct rxp *x)
{
	int depth = 1;
	while (x->p < x->end && depth) {
		char c = *x->p++;
		if (c == '\\' && x->p < x->end) {
			if (*x->p == 'Q')
				x->giveup = true;
			x->p += *x->p == 'c' && x->p + 1 < x->end ? 2 : 1;
		} else if (c == '[') {
			const char *e = class_end(x->p, x->end);
			if (!e) {
				x->giveup = true;
				x->p = x->end;
				return;
			}
			x->p = e;
		} else if (c == '(')
			depth++;
		else if (c == ')')
			depth--;
	}
}

/* x->p at an opening delimiter: move past the matching 'close' */
static void skip_braced(struct rxp *x, char close)
{
	x->p++;
	while (x->p < x->end && *x->p != close)
		x->p++;
	if (x->p < x->end)
		x->p++;
}

/*
 * Length of the brace at p, '{' to '}' holding only digits, commas,
 * spaces and tabs (every shape some PCRE2 version reads as a quantifier),
 * or 0.
 */
static size_t brace_len(const char *p, const char *end)
{
	if (p >= end || *p != '{')
		return 0;
	for (const char *t = p + 1; t < end && t - p < 64; t++) {
		if (*t == '}')
			return (size_t)(t - p) + 1;
		if (!((*t >= '0' && *t <= '9') || *t == ',' || *t == ' ' || *t == '\t'))
			return 0;
	}
	return 0;
}

/*
 * {n}, {n,} and {n,m}: quantifiers in every PCRE2 version (pcre2pattern,
 * "Repetition"), read here; RX_BRACE_UNKNOWN for any other shape.
 */
static enum rx_brace classic_brace(const char *b, size_t n)
{
	size_t i = 1;
	bool zero = true; /* is the minimum 0? */
	if (i >= n - 1 || !(b[i] >= '0' && b[i] <= '9'))
		return RX_BRACE_UNKNOWN;
	while (b[i] >= '0' && b[i] <= '9')
		zero &= b[i++] == '0';
	if (b[i] == ',')
		for (i++; b[i] >= '0' && b[i] <= '9'; i++)
			;
	if (i != n - 1)
		return RX_BRACE_UNKNOWN;
	return zero ? RX_BRACE_OPTIONAL : RX_BRACE_REPEAT;
}

/* quantifier after an atom: 0 none, 1 optional (min 0), 2 repeated (min >= 1) */
static int quantifier(struct rxp *x)
{
	int q = 0;
	if (x->p >= x->end)
		return 0;
	char c = *x->p;
	if (c == '*' || c == '?') {
		x->p++;
		q = 1;
	} else if (c == '+') {
		x->p++;
		q = 2;
	} else if (c == '{') {
		size_t n = brace_len(x->p, x->end);
		if (!n)
			return 0;                       /* '{' is literal text */
		enum rx_brace k = classic_brace(x->p, n);
		if (k == RX_BRACE_UNKNOWN)
			k = x->brace(x->p, n);          /* {,n}, { n , m }: ask PCRE2 */
		if (k == RX_BRACE_LITERAL)
			return 0;
		if (k == RX_BRACE_UNKNOWN) {
			x->giveup = true;
			return 0;
		}
		x->p += n;
		q = k == RX_BRACE_OPTIONAL ? 1 : 2;
	}
	if (q && x->p < x->end && (*x->p == '?' || *x->p == '+'))
		x->p++; /* lazy or possessive */
	return q;
}

/* ------------------------------------------------------ the descent */

/* The sequence being read: its current literal run and its best factor. */
struct seq {
	char run[256];
	size_t rl;
	struct litset *best;
};

static void rx_alt(struct rxp *x, struct litset *out);

/* a copy of l, as one more required factor of the top level */
static void collect(struct rxp *x, const struct litset *l)
{
	if (x->depth || !l->valid || !l->n || x->n_clauses == CNF_MAX)
		return;
	struct litset *c = &x->clauses[x->n_clauses++];
	c->n = l->n;
	c->valid = true;
	for (size_t i = 0; i < l->n; i++)
		c->s[i] = xstrdup(l->s[i]);
}

/* the literal run so far is a factor; start a new one */
static void flush(struct rxp *x, struct seq *s)
{
	if (!s->rl)
		return;
	struct litset c = { { NULL }, 1, true };
	c.s[0] = xstrndup(s->run, s->rl);
	collect(x, &c);
	litset_offer(s->best, &c);
	s->rl = 0;
}

/* literal character ch, then its quantifier */
static void seq_char(struct rxp *x, struct seq *s, char ch)
{
	int q = quantifier(x);
	if (q == 1) {
		flush(x, s);
		return;
	}
	if (s->rl < sizeof(s->run))
		s->run[s->rl++] = ch;
	if (q == 2)
		flush(x, s);
}

/*
 * After "(?": step over the group's opening. Returns 1 for a group whose
 * contents are matched (x->p at them), 0 for a zero-width one (x->p at
 * "?"), -1 when the construct was consumed whole (inline options) or the
 * analysis gave up.
 */
static int group_open(struct rxp *x, struct seq *s)
{
	const char *t = x->p + 1;
	if (t < x->end && (*t == ':' || *t == '|' || *t == '>')) {
		x->p = t + 1;
	} else if (t < x->end && (*t == '=' || *t == '!' || *t == '#')) {
		return 0;
	} else if (t + 1 < x->end && *t == '<' && (t[1] == '=' || t[1] == '!')) {
		return 0;
	} else if (t < x->end && (*t == '<' || *t == '\'' || *t == 'P')) {
		/* a named group: skip the name */
		if (*t == 'P' && t + 1 < x->end && t[1] != '<') {
			x->giveup = true; /* (?P=name), (?P>name) */
			return -1;
		}
		char close = *t == '\'' ? '\'' : '>';
		const char *u = t + 1;
		while (u < x->end && *u != close)
			u++;
		x->p = u < x->end ? u + 1 : u;
	} else {
		/* inline flags: (?i) ok; (?x) changes the syntax */
		const char *u = t;
		while (u < x->end && *u != ')' && *u != ':') {
			if (*u == 'x')
				x->giveup = true;
			u++;
		}
		if (u < x->end && *u == ')') {
			x->p = u + 1;
			flush(x, s);
			return -1;
		}
		x->p = u < x->end ? u + 1 : u;
	}
	return 1;
}

/* a group; its '(' was just consumed */
static void seq_group(struct rxp *x, struct seq *s)
{
	if (x->p < x->end && *x->p == '*') {
		x->giveup = true; /* (*VERB) */
		return;
	}
	int kind = 1;
	if (x->p < x->end && *x->p == '?')
		kind = group_open(x, s);
	if (kind < 0)
		return;
	if (kind == 0) {
		skip_group(x);
		flush(x, s);
		quantifier(x);
		return;
	}
	struct litset g = { { NULL }, 0, false };
	x->depth++;
	rx_alt(x, &g);
	x->depth--;
	if (x->p < x->end && *x->p == ')')
		x->p++;
	else
		x->giveup = true;
	int q = quantifier(x);
	flush(x, s);
	if (q == 1) {
		litset_clear(&g);
	} else {
		collect(x, &g);
		litset_offer(s->best, &g);
	}
}

/* the arguments of escape \e (x->p just after e): \x{..}, \p{..}, \k<..> */
static void skip_escape_args(struct rxp *x, char e)
{
	switch (e) {
	case 'Q':
	case 'E':
		x->giveup = true;
		break;
	case 'c': /* \cX: a control character */
		if (x->p < x->end)
			x->p++;
		break;
	case 'x': /* \x{hhh} or \xhh */
		if (x->p < x->end && *x->p == '{')
			skip_braced(x, '}');
		else
			for (int k = 0; k < 2 && x->p < x->end && isxdigit((unsigned char)*x->p); k++)
				x->p++;
		break;
	case 'o': /* \o{ooo} */
	case 'N': /* \N{U+hhhh} or \N */
		if (x->p < x->end && *x->p == '{')
			skip_braced(x, '}');
		break;
	case 'p':
	case 'P': /* \p{Prop} or \pL */
		if (x->p < x->end && *x->p == '{')
			skip_braced(x, '}');
		else if (x->p < x->end)
			x->p++;
		break;
	case 'k':
	case 'g': /* \k<n> \k'n' \k{n} \g{n} \g<n> \g'n' \gN \g-N */
		if (x->p < x->end && *x->p == '{')
			skip_braced(x, '}');
		else if (x->p < x->end && *x->p == '<')
			skip_braced(x, '>');
		else if (x->p < x->end && *x->p == '\'')
			skip_braced(x, '\'');
		else {
			if (x->p < x->end && (*x->p == '-' || *x->p == '+'))
				x->p++;
			while (x->p < x->end && *x->p >= '0' && *x->p <= '9')
				x->p++;
		}
		break;
	default:
		if (e >= '0' && e <= '9') /* \ddd: octal or a back reference */
			for (int k = 0; k < 2 && x->p < x->end && *x->p >= '0' && *x->p <= '9'; k++)
				x->p++;
		break;
	}
}

/* an escape; its '\' was just consumed */
static void seq_escape(struct rxp *x, struct seq *s)
{
	if (x->p >= x->end) {
		x->giveup = true;
		return;
	}
	char e = *x->p++;
	bool alnum = (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9');
	if (!alnum && (unsigned char)e < 0x80) {
		seq_char(x, s, e); /* escaped punctuation is literal */
		return;
	}
	/* every escape that is not punctuation is one non-literal atom;
	 * consume all of it, arguments included */
	skip_escape_args(x, e);
	if (x->giveup)
		return;
	flush(x, s);
	if (!strchr("bBAzZG", e))
		quantifier(x);
}

/* one sequence: up to a '|' or ')' of its own level, or the end */
static void rx_seq(struct rxp *x, struct litset *best)
{
	struct seq s;
	s.rl = 0;
	s.best = best;
	best->valid = false;
	best->n = 0;
	while (x->p < x->end && *x->p != '|' && *x->p != ')' && !x->giveup) {
		char c = *x->p++;
		if (c == '(') {
			seq_group(x, &s);
		} else if (c == '[') {
			/* a class: skip it; it is one non-literal character */
			const char *e = class_end(x->p, x->end);
			if (!e) {
				x->giveup = true;
				break;
			}
			x->p = e;
			flush(x, &s);
			quantifier(x);
		} else if (c == '\\') {
			seq_escape(x, &s);
		} else if (c == '{') {
			/* after an atom not repeatable: literal text, or a brace
			 * some PCRE2 reads as a quantifier; skipped either way */
			size_t n = brace_len(x->p - 1, x->end);
			x->p += n ? n - 1 : 0;
			flush(x, &s);
			quantifier(x);
		} else if (c == '.' || c == '^' || c == '$' || (unsigned char)c >= 0x80 || c == '*' ||
			   c == '+' || c == '?') {
			/* any character, an anchor, a non-ASCII character (its
			 * continuation bytes follow), or a stray quantifier */
			while ((unsigned char)c >= 0xC0 && x->p < x->end &&
			       ((unsigned char)*x->p & 0xC0) == 0x80)
				x->p++;
			flush(x, &s);
			if (c != '^' && c != '$')
				quantifier(x);
		} else {
			seq_char(x, &s, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
		}
	}
	flush(x, &s);
}

/*
 * Parse (and ignore) the remaining branches of the current alternation,
 * noting a top-level one: its set is unusable, but its syntax must still
 * be consumed, and its factors must never count as required clauses.
 */
static void skip_branches(struct rxp *x)
{
	while (x->p < x->end && *x->p == '|') {
		if (!x->depth)
			x->top_alt = true;
		x->p++;
		struct litset t = { { NULL }, 0, false };
		rx_seq(x, &t);
		litset_clear(&t);
	}
}

static void rx_alt(struct rxp *x, struct litset *out)
{
	out->n = 0;
	out->valid = true;
	bool first = true;
	for (;;) {
		struct litset b = { { NULL }, 0, false };
		rx_seq(x, &b);
		if (!b.valid || !b.n || x->giveup) {
			litset_clear(&b);
			litset_clear(out);
			skip_branches(x);
			return;
		}
		if (first) {
			*out = b;
			out->valid = true;
			first = false;
		} else if (!litset_union(out, &b)) {
			litset_clear(out);
			skip_branches(x);
			return;
		}
		if (x->p < x->end && *x->p == '|') {
			if (!x->depth)
				x->top_alt = true;
			x->p++;
			continue;
		}
		return;
	}
}

/* ------------------------------------------------------ the prefilter */

/*
 * The longest run of [a-z0-9] in lit, which every occurrence of lit in
 * folded text puts inside one token's folded form. NULL if shorter than 2.
 */
static char *word_run(const char *lit)
{
	size_t best = 0, best_len = 0;
	for (size_t i = 0; lit[i];) {
		size_t j = i;
		while ((lit[j] >= 'a' && lit[j] <= 'z') || (lit[j] >= '0' && lit[j] <= '9'))
			j++;
		if (j - i > best_len) {
			best = i;
			best_len = j - i;
		}
		i = j > i ? j : i + 1;
	}
	return best_len >= 2 ? xstrndup(lit + best, best_len) : NULL;
}

/* a clause with each literal replaced by its word run; invalid if one has none */
static void clause_to_words(struct litset *c)
{
	struct litset w = { { NULL }, 0, true };
	for (size_t i = 0; i < c->n && w.valid; i++) {
		char *r = word_run(c->s[i]);
		if (!r) {
			w.valid = false;
			break;
		}
		struct litset one = { { r }, 1, true };
		if (!litset_union(&w, &one))
			w.valid = false;
	}
	litset_clear(c);
	if (w.valid)
		*c = w;
	else
		litset_clear(&w);
}

static int cmp_clause_score(const void *a, const void *b)
{
	size_t x = litset_score(a), y = litset_score(b);
	return x > y ? -1 : x < y;
}

/* the clauses the descent found: every required factor, or the whole
 * pattern's set when a top-level '|' makes factors unusable */
static size_t analyse(struct rxp *x, struct litset cl[CNF_MAX])
{
	struct litset set = { { NULL }, 0, false };
	rx_alt(x, &set);
	size_t n = 0;
	if (!x->giveup && x->p == x->end) {
		if (x->top_alt || !x->n_clauses) {
			if (set.valid && set.n) {
				cl[n++] = set;
				set.n = 0;
			}
		} else {
			for (size_t i = 0; i < x->n_clauses; i++) {
				cl[n++] = x->clauses[i];
				x->clauses[i].n = 0;
			}
		}
	}
	litset_clear(&set);
	for (size_t i = 0; i < x->n_clauses; i++)
		litset_clear(&x->clauses[i]);
	return n;
}

void rxscan_prefilter(const char *pat, size_t len, rxscan_brace_fn brace,
		      struct rxscan_cnf *out)
{
	memset(out, 0, sizeof(*out));
	struct rxp x;
	memset(&x, 0, sizeof(x));
	x.p = pat;
	x.end = pat + len;
	x.brace = brace ? brace : rx_brace_kind;
	struct litset cl[CNF_MAX];
	size_t n = analyse(&x, cl);
	size_t w = 0;
	for (size_t i = 0; i < n; i++) {
		clause_to_words(&cl[i]);
		if (cl[i].valid && cl[i].n)
			cl[w++] = cl[i];
		else
			litset_clear(&cl[i]);
	}
	/* the most selective clauses: at most four, and none made only of
	 * 2-letter literals ("he" is inside most turns' "the") unless it is the
	 * only one. More clauses run regexes less often (measured: one clause
	 * instead of four doubles the PCRE2 work on SCOTUS). */
	lt_qsort(cl, w, sizeof(cl[0]), cmp_clause_score);
	while (w > RXSCAN_MAX_CLAUSES || (w > 1 && litset_minlen(&cl[w - 1]) < 3))
		litset_clear(&cl[--w]);
	size_t total = 0;
	for (size_t i = 0; i < w; i++)
		total += cl[i].n;
	if (!total)
		return;
	out->lits = xmalloc(xmul(total, sizeof(char *)));
	for (size_t i = 0; i < w; i++) {
		out->clause_n[i] = (uint16_t)cl[i].n;
		for (size_t q = 0; q < cl[i].n; q++)
			out->lits[out->n_lits++] = cl[i].s[q];
		cl[i].n = 0;
	}
	out->n_clauses = w;
}

void rxscan_cnf_release(struct rxscan_cnf *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n_lits; i++)
		free(c->lits[i]);
	free(c->lits);
	memset(c, 0, sizeof(*c));
}

/* ------------------------------------------------------ lead literals
 *
 * When every match must begin with one of a few letter runs - the pattern
 * is `\b(?:said|says|told)\s+...` or `\bthem\s+...` - those runs are its
 * lead literals. A run of [a-z0-9] in the folded turn lies inside one
 * token's folded form (the prefilter's own premise), so no match starts
 * before the first token containing a lead literal, and none exists when
 * no token does: the matcher starts PCRE2 at that token or skips the
 * regex. Only a plain shape is read; anything else (inline options, \G,
 * \Q, verbs, comments, POSIX classes, a quantified group, a top-level |)
 * gives no lead literals, which is always safe.
 */

/*
 * One step of a pattern scan from p: sets *depth for groups, *bar for a '|'.
 * Returns the next position, or NULL for a construct not read.
 */
static const char *rx_step(const char *p, const char *end, int *depth, bool *bar)
{
	*bar = false;
	switch (*p) {
	case '\\':
		if (p + 1 >= end || strchr("QEGK", p[1]))
			return NULL;
		return p + (p[1] == 'c' ? 3 : 2);
	case '[':
		return class_end(p + 1, end);
	case '(':
		if (p + 1 < end && p[1] == '*')
			return NULL;                    /* verbs: (*UTF), (*SKIP) */
		if (p + 2 < end && p[1] == '?' && !strchr(":=!<>|P'", p[2]))
			return NULL;                    /* options, comments, conditions */
		(*depth)++;
		return p + 1;
	case ')':
		(*depth)--;
		return *depth < 0 ? NULL : p + 1;
	case '|':
		*bar = true;
		return p + 1;
	default:
		return p + 1;
	}
}

static bool is_quantifier(char c)
{
	return c == '?' || c == '*' || c == '+' || c == '{';
}

/* length of the literal [a-z0-9] run every match of the branch at p begins
 * with: up to the first other character or quantified character */
static size_t lead_run(const char *p, const char *end)
{
	size_t n = 0;
	while (p + n < end && ((p[n] >= 'a' && p[n] <= 'z') || (p[n] >= '0' && p[n] <= '9'))) {
		if (p + n + 1 < end && is_quantifier(p[n + 1]))
			break;
		n++;
	}
	/* one letter is inside too many words to be worth it; one digit is not */
	if (n == 1 && !(p[0] >= '0' && p[0] <= '9'))
		return 0;
	return n;
}

/* the whole pattern is readable, with no '|' outside every group */
static bool lead_readable(const char *p, const char *end)
{
	int depth = 0;
	bool bar;
	for (const char *q = p; q < end;) {
		q = rx_step(q, end, &depth, &bar);
		if (!q || (bar && depth == 0))
			return false;
	}
	return depth == 0;
}

/* Runs of the branches of the group opening at p into runs/lens; 0 when
 * one branch has none, or the group may match nothing. */
static size_t lead_group(const char *p, const char *end, const char **runs, size_t *lens)
{
	size_t n = 0;
	if (p + 2 < end && p[1] == '?' && (p[2] == ':' || p[2] == '>' || p[2] == '|'))
		p += 3;
	else if (p + 1 < end && p[1] != '?')
		p += 1;
	else
		return 0;
	/* each branch of the group, up to its closing parenthesis */
	int depth = 0;
	bool bar;
	const char *branch = p;
	for (;;) {
		if (p >= end)
			return 0;
		if (depth == 0 && (*p == '|' || *p == ')')) {
			size_t L = lead_run(branch, p);
			if (!L || n == RXSCAN_MAX_LEAD)
				return 0;
			runs[n] = branch;
			lens[n++] = L;
			if (*p == ')')
				break;
			branch = ++p;
			continue;
		}
		p = rx_step(p, end, &depth, &bar);
		if (!p)
			return 0;
	}
	if (p + 1 < end && is_quantifier(p[1]))
		return 0;                               /* (?:...)? may match nothing */
	return n;
}

size_t rxscan_lead(const char *pat, size_t len, lt_str out[RXSCAN_MAX_LEAD])
{
	const char *p = pat, *end = pat + len;
	if (!lead_readable(p, end))
		return 0;
	if (end - p >= 2 && p[0] == '\\' && p[1] == 'b')
		p += 2;
	const char *runs[RXSCAN_MAX_LEAD];
	size_t lens[RXSCAN_MAX_LEAD], n = 0;
	if (p < end && *p == '(') {
		n = lead_group(p, end, runs, lens);
	} else {
		size_t L = lead_run(p, end);
		if (L) {
			runs[n] = p;
			lens[n++] = L;
		}
	}
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		lt_str r = lt_str_make(runs[i], lens[i]);
		bool dup = false;
		for (size_t j = 0; j < k; j++)
			dup |= lt_str_eq(out[j], r);
		if (!dup)
			out[k++] = r;
	}
	return k;
}

/* ------------------------------------------------------ white-space runs
 *
 * The most separate runs of white space (rxscan_is_ws) a match can
 * touch. Every such run a match touches is matched, at least in part, by
 * an atom that can match white space, and a repeat of an atom that
 * matches nothing but white space (\s+, " *", [ \t]+) stays inside one
 * run. So the bound is, along the worst branch, 1 per repeat of such an
 * atom, n per atom that matches white space and other characters too
 * (., \W, [^...]) repeated at most n times, and a group's bound times its
 * repeats. An unbounded repeat of the latter kind, a back reference,
 * recursion, a condition, a verb, \Q, (?x), \G (it asserts the offset a
 * search starts at, which a window would move) or anything not read gives
 * RXSCAN_WS_UNKNOWN; lookarounds consume nothing.
 */

bool rxscan_is_ws(uint32_t c)
{
	return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
	       c == 0x180E || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
	       c == 0x202F || c == 0x205F || c == 0x3000;
}

struct wsx {
	const char *p, *end;
	rxscan_brace_fn brace;
	bool giveup;
};

enum { WS_NONE = 0, WS_ONLY = 1, WS_MIXED = 2 }; /* what an atom can match */

static uint32_t ws_add(uint32_t a, uint32_t b)
{
	return a == RXSCAN_WS_UNKNOWN || b == RXSCAN_WS_UNKNOWN || a + b < a ? RXSCAN_WS_UNKNOWN
									      : a + b;
}

static uint32_t ws_mul(uint32_t a, uint32_t n)
{
	if (!a || !n)
		return 0;
	if (a == RXSCAN_WS_UNKNOWN || n == RXSCAN_WS_UNKNOWN || a > RXSCAN_WS_UNKNOWN / n)
		return RXSCAN_WS_UNKNOWN;
	return a * n;
}

/* UTF-8 code point at *pp (advanced past it); a bad sequence gives 0xFFFD */
static uint32_t ws_utf8(const char **pp, const char *end)
{
	const unsigned char *p = (const unsigned char *)*pp;
	uint32_t c = *p++;
	int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
	if (c >= 0x80)
		c &= more == 3 ? 0x07 : more == 2 ? 0x0F : 0x1F;
	for (; more > 0; more--) {
		if ((const char *)p >= end || (*p & 0xC0) != 0x80) {
			c = 0xFFFD;
			break;
		}
		c = (c << 6) | (*p++ & 0x3F);
	}
	*pp = (const char *)p;
	return c;
}

/* digits at *pp in base 8 or 16 (at most max of them), advanced past them */
static uint32_t ws_number(const char **pp, const char *end, int base, int max)
{
	uint32_t v = 0;
	for (int k = 0; k < max && *pp < end; k++) {
		char c = **pp;
		int d = c >= '0' && c <= '9' ? c - '0'
			: base == 16 && c >= 'a' && c <= 'f' ? c - 'a' + 10
			: base == 16 && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
		if (d < 0 || d >= base)
			break;
		v = v * (uint32_t)base + (uint32_t)d;
		if (v > 0x10FFFF)
			v = 0x110000;
		(*pp)++;
	}
	return v;
}

/* "{digits}" at *pp ('{' there): the number, *pp advanced past '}';
 * x->giveup when the brace does not close */
static uint32_t ws_braced(struct wsx *x, const char **pp, const char *end, int base, int max)
{
	(*pp)++;
	uint32_t v = ws_number(pp, end, base, max);
	if (*pp < end && **pp == '}')
		(*pp)++;
	else
		x->giveup = true;
	return v;
}

/*
 * The escape after a '\' at *pp (advanced past it, arguments included):
 * a character (*cp set, returns -1), a zero-width assertion (returns 3),
 * or a class (WS_NONE, WS_ONLY, WS_MIXED). in_class: inside [...], where
 * \b is a backspace. Sets x->giveup for what it does not read.
 */
static int ws_escape(struct wsx *x, const char **pp, bool in_class, uint32_t *cp)
{
	const char *p = *pp, *end = x->end;
	if (p >= end) {
		x->giveup = true;
		return WS_MIXED;
	}
	char e = *p++;
	int r = -1;
	switch (e) {
	case 's': case 'h': case 'v': case 'R':
		r = WS_ONLY;
		break;
	case 'w': case 'd':
		r = WS_NONE;
		break;
	case 'S': case 'H': case 'V': case 'W': case 'D': case 'X': case 'C':
		r = WS_MIXED;
		break;
	case 'N':
		if (p < end && *p == '{') { /* \N{U+hhhh} */
			if (p + 2 < end && p[1] == 'U' && p[2] == '+') {
				p += 3;
				*cp = ws_number(&p, end, 16, 8);
			} else {
				x->giveup = true;
			}
			if (p < end && *p == '}')
				p++;
			else
				x->giveup = true;
		} else {
			r = WS_MIXED; /* any character but a newline */
		}
		break;
	case 'p': case 'P':
		if (p < end && *p == '{') {
			while (p < end && *p != '}')
				p++;
			if (p < end)
				p++;
		} else if (p < end) {
			p++;
		}
		r = WS_MIXED;
		break;
	case 'G':
		/* "where this search started": a window's start would move it */
		x->giveup = true;
		break;
	case 'b': case 'B': case 'A': case 'z': case 'Z': case 'K':
		if (in_class && e == 'b')
			*cp = 0x08;
		else if (in_class)
			x->giveup = true;
		else
			r = 3;
		break;
	case 'x':
		if (p < end && *p == '{')
			*cp = ws_braced(x, &p, end, 16, 8);
		else
			*cp = ws_number(&p, end, 16, 2);
		break;
	case 'o':
		if (p < end && *p == '{')
			*cp = ws_braced(x, &p, end, 8, 11);
		else
			x->giveup = true;
		break;
	case '0':
		*cp = ws_number(&p, end, 8, 2);
		break;
	case 'c':
		if (p < end && (unsigned char)*p < 0x80) {
			char c = *p++;
			*cp = (uint32_t)((c >= 'a' && c <= 'z' ? c - 32 : c) ^ 0x40);
		} else {
			x->giveup = true;
		}
		break;
	case 't': *cp = 0x09; break;
	case 'n': *cp = 0x0A; break;
	case 'r': *cp = 0x0D; break;
	case 'f': *cp = 0x0C; break;
	case 'e': *cp = 0x1B; break;
	case 'a': *cp = 0x07; break;
	default:
		if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '1' && e <= '9')) {
			x->giveup = true; /* back references, \Q, \E, \g, \k, ... */
		} else {
			p--;
			*cp = ws_utf8(&p, end); /* escaped punctuation: itself */
		}
		break;
	}
	*pp = p;
	return r;
}

/* a class; x->p just after its '[' (advanced past its ']') */
static int ws_class(struct wsx *x)
{
	const char *end = class_end(x->p, x->end);
	if (!end) {
		x->giveup = true;
		return WS_MIXED;
	}
	const char *p = x->p;
	x->p = end;
	if (*p == '^')
		return WS_MIXED; /* a negated class: conservatively both */
	bool ws = false, other = false, first = true;
	while (p < end - 1) {
		uint32_t lo;
		if (*p == ']' && first) {
			lo = ']';
			p++;
		} else if (*p == '\\') {
			p++;
			int k = ws_escape(x, &p, true, &lo);
			if (x->giveup)
				return WS_MIXED;
			if (k >= 0) {
				ws |= k != WS_NONE;
				other |= k != WS_ONLY;
				first = false;
				continue;
			}
		} else {
			lo = ws_utf8(&p, end);
		}
		first = false;
		uint32_t hi = lo;
		if (p + 1 < end - 1 && *p == '-') { /* a range */
			p++;
			if (*p == '\\') {
				p++;
				if (ws_escape(x, &p, true, &hi) >= 0 || x->giveup)
					return WS_MIXED;
			} else {
				hi = ws_utf8(&p, end);
			}
		}
		for (uint32_t c = lo; c <= hi && !(ws && other); c++) {
			if (rxscan_is_ws(c))
				ws = true;
			else
				other = true;
			if (c >= 0x3000 && hi > c + 1)
				other = true, c = hi; /* past the last white-space character */
		}
	}
	return ws ? (other ? WS_MIXED : WS_ONLY) : WS_NONE;
}

/* the most repeats the quantifier at x->p allows (consumed), 1 when none */
static uint32_t ws_quant(struct wsx *x)
{
	if (x->p >= x->end)
		return 1;
	uint32_t n = 1;
	char c = *x->p;
	if (c == '*' || c == '+') {
		x->p++;
		n = RXSCAN_WS_UNKNOWN;
	} else if (c == '?') {
		x->p++;
	} else if (c == '{') {
		size_t len = brace_len(x->p, x->end);
		if (!len)
			return 1;
		enum rx_brace k = classic_brace(x->p, len);
		if (k == RX_BRACE_UNKNOWN)
			k = x->brace(x->p, len);
		if (k == RX_BRACE_LITERAL)
			return 1; /* literal text, read as characters next */
		if (k == RX_BRACE_UNKNOWN) {
			x->giveup = true;
			return RXSCAN_WS_UNKNOWN;
		}
		/* {n} {n,} {n,m} {,m}, blanks allowed: the maximum */
		const char *q = x->p + 1, *e = x->p + len - 1;
		while (q < e && (*q == ' ' || *q == '\t'))
			q++;
		uint32_t lo = 0;
		bool have_lo = false;
		while (q < e && *q >= '0' && *q <= '9') {
			lo = lo > 100000 ? 100001 : lo * 10 + (uint32_t)(*q++ - '0');
			have_lo = true;
		}
		while (q < e && (*q == ' ' || *q == '\t'))
			q++;
		n = lo;
		if (q < e && *q == ',') {
			q++;
			while (q < e && (*q == ' ' || *q == '\t'))
				q++;
			if (q < e && *q >= '0' && *q <= '9') {
				n = 0;
				while (q < e && *q >= '0' && *q <= '9')
					n = n > 100000 ? 100001 : n * 10 + (uint32_t)(*q++ - '0');
			} else {
				n = RXSCAN_WS_UNKNOWN;
			}
		} else if (!have_lo) {
			x->giveup = true;
		}
		x->p += len;
	} else {
		return 1;
	}
	if (x->p < x->end && (*x->p == '?' || *x->p == '+'))
		x->p++; /* lazy or possessive */
	return n;
}

static uint32_t ws_alt(struct wsx *x);

/* what a group contributes; x->p just after its '(' (advanced past ')') */
static uint32_t ws_group(struct wsx *x)
{
	const char *p = x->p, *end = x->end;
	if (p < end && *p == '*') {
		x->giveup = true; /* verbs */
		return RXSCAN_WS_UNKNOWN;
	}
	bool zero = false;
	if (p < end && *p == '?') {
		p++;
		if (p < end && (*p == ':' || *p == '|' || *p == '>')) {
			p++;
		} else if (p < end && (*p == '=' || *p == '!')) {
			p++;
			zero = true;
		} else if (p + 1 < end && *p == '<' && (p[1] == '=' || p[1] == '!')) {
			p += 2;
			zero = true;
		} else if (p < end && (*p == '<' || *p == '\'' || (*p == 'P' && p + 1 < end &&
									 p[1] == '<'))) {
			char close = *p == '\'' ? '\'' : '>';
			while (p < end && *p != close)
				p++;
			p++;
		} else if (p < end && *p == '#') {
			while (p < end && *p != ')')
				p++;
			x->p = p < end ? p + 1 : p;
			return 0;
		} else {
			/* inline options (?i) (?i:...); (?x) changes the syntax;
			 * anything else (recursion, conditions, callouts) is not read */
			while (p < end && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
					   *p == '-' || *p == '^')) {
				if (*p == 'x' || !strchr("imnsUJ-^", *p)) {
					x->giveup = true;
					return RXSCAN_WS_UNKNOWN;
				}
				p++;
			}
			if (p < end && *p == ')') {
				x->p = p + 1;
				return 0;
			}
			if (p < end && *p == ':') {
				p++;
			} else {
				x->giveup = true;
				return RXSCAN_WS_UNKNOWN;
			}
		}
	}
	x->p = p;
	uint32_t w = ws_alt(x);
	if (x->p < x->end && *x->p == ')')
		x->p++;
	else
		x->giveup = true;
	uint32_t n = ws_quant(x);
	return zero ? 0 : ws_mul(w, n);
}

/* one branch: up to a '|' or ')' of its own level, or the end */
static uint32_t ws_seq(struct wsx *x)
{
	uint32_t total = 0;
	while (x->p < x->end && *x->p != '|' && *x->p != ')' && !x->giveup) {
		char c = *x->p++;
		int kind;
		if (c == '(') {
			total = ws_add(total, ws_group(x));
			continue;
		} else if (c == '[') {
			kind = ws_class(x);
		} else if (c == '\\') {
			uint32_t cp = 0;
			kind = ws_escape(x, &x->p, false, &cp);
			if (kind == 3)
				continue; /* an assertion */
			if (kind < 0)
				kind = rxscan_is_ws(cp) ? WS_ONLY : WS_NONE;
		} else if (c == '^' || c == '$') {
			continue;
		} else if (c == '.') {
			kind = WS_MIXED;
		} else {
			x->p--;
			kind = rxscan_is_ws(ws_utf8(&x->p, x->end)) ? WS_ONLY : WS_NONE;
		}
		uint32_t n = ws_quant(x);
		if (kind == WS_ONLY)
			total = ws_add(total, n ? 1 : 0);
		else if (kind == WS_MIXED)
			total = ws_add(total, n);
	}
	return total;
}

static uint32_t ws_alt(struct wsx *x)
{
	uint32_t w = ws_seq(x);
	while (x->p < x->end && *x->p == '|' && !x->giveup) {
		x->p++;
		uint32_t b = ws_seq(x);
		w = b > w ? b : w;
	}
	return w;
}

uint32_t rxscan_ws_runs(const char *pat, size_t len, rxscan_brace_fn brace)
{
	struct wsx x = { pat, pat + len, brace ? brace : rx_brace_kind, false };
	uint32_t w = ws_alt(&x);
	return x.giveup || x.p != x.end ? RXSCAN_WS_UNKNOWN : w;
}

/* ------------------------------------------------------ checking */

bool rxscan_has_upper_literal(const char *s)
{
	for (const char *p = s; *p; p++) {
		if (*p == '\\' && p[1]) {
			p++; /* \B, \W, \S are escapes, not letters */
			continue;
		}
		if (*p == '(' && p[1] == '?') {
			/* skip group names and verbs: (?<Name>..), (?P<..>), (*UTF) */
			const char *q = p + 2;
			while (*q && *q != ')' && *q != '>' && *q != ':')
				q++;
			p = *q ? q : p;
			continue;
		}
		if (*p == '{') {
			while (*p && *p != '}')
				p++;
			if (!*p)
				break;
			continue;
		}
		if (*p >= 'A' && *p <= 'Z')
			return true;
	}
	return false;
}
