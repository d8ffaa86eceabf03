/* fuzz_match.c - fuzz target for matcher_turn (match.c) over a lexicon.
 *
 * Input: "LEXICON\n%%\nTEXT", or TEXT alone. The lexicon part is written
 * after a "[fz]" line to a .lex file and loaded together with two fixed
 * lexicons (stems, exact words, prefixes, phrases, regexes, [exclude],
 * [exclude NAME], [negators]); if it does not load, the fixed ones are
 * used alone. The text is decoded (decode_bytes) and each line is one turn,
 * matched by one matcher in order.
 *
 * The fixed lexicons also hold token patterns and NEAR / NOT NEAR rules;
 * the oracle expands patterns into the phrases they stand for (counting
 * rules 3.1) and checks NEAR distances pair by pair (3.2).
 *
 * Invariants, with an independent oracle for every non-regex entry (a
 * token matches a term when its folded form equals it (exact), starts with
 * it (prefix) or its Snowball stem equals it (stem)):
 *   - matcher_turn returns the tokenize() count and matcher_tokens gives
 *     those tokens;
 *   - every hit: its turn, tok_start < tok_end <= tokens, byte span equal
 *     to its tokens' span, category and entry in range, a counting entry
 *     whose category is the hit's (or whose theme is the THEME.* row's);
 *     form = the folded tokens joined by one space;
 *   - a non-regex hit spans exactly its entry's terms, each token matching
 *     its term, all in one clause;
 *   - hits ordered by category then position; within each category and
 *     each THEME.* row no two hits share a token;
 *   - no hit overlaps an exclusion span that applies to it;
 *   - negated exactly as counting rules 6 says (version 4: fillers,
 *     repeated negators, raisers, openers, existentials and negative
 *     inversion, definite descriptions with partitives after none and
 *     neither only, "too X not to", negative predicates, post-negators
 *     with fillers), checked by a direct
 *     reading of the rule over the whole turn (fz_negated);
 *   - for every category, the hits equal a reference leftmost-longest
 *     selection (start, longer first, entry order) over the oracle's
 *     candidates minus those overlapping an exclusion span: non-regex
 *     entries by term matching, regexes by running the entry's pattern on
 *     the folded turn text built here as section 3 of the counting rules
 *     says (each character folded on its own), every match covering the
 *     tokens whose bytes it overlaps; so the regex prefilter must never
 *     drop a regex that matches;
 *   - each THEME.* row equals the reference selection over its
 *     categories' hits (start, longer first, category, entry).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <utf8proc.h>

#include "decode.h"
#include "lexicon.h"
#include "match.h"
#include "rx.h"
#include "stem.h"
#include "tokenize.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define FUZZ_NAME "fuzz_match"
#include "fuzz_util.h"

static const char fixed_base[] =
	"theme: base\n"
	"[trust]\n"
	"trust\n"
	"=reliable\n"
	"confid*\n"
	"\"rely on\"\n"
	"\"have faith in\"\n"
	"co-operat*\n"
	"\"=in =good faith\"\n"
	"[distrust]\n"
	"distrust\n"
	"suspicio*\n"
	"\"hidden agenda*\"\n"
	"\"trust no one\"\n"
	"[exclude]\n"
	"\"foundation trust\"\n"
	"[exclude trust]\n"
	"\"trust fund*\"\n"
	"[negators]\n"
	"lack\n"
	"=hardly\n"
	"[pseudo-negators]\n"
	"\"hardly surprising\"\n"
	"[negation-terminators]\n"
	"\"having said that\"\n"
	"[post-negators]\n"
	"\"was overstated\"\n"
	"[negation-raisers]\n"
	"recall\n";

static const char fixed_alpha[] =
	"theme: alpha\n"
	"[a]\n"
	"trust\n"
	"=trusted\n"
	"\"trust me\"\n"
	"/\\bgood faith\\b/\n"
	"/e?/\n"
	"[b]\n"
	"=trust\n"
	"/tr\\w+/\n"
	"/\\blet(?:s|ting)?\\s+(?:me|us)\\s+down\\b/\n"
	"\"let me\"\n"
	"\"(say|said|says) it (as|like) (it|things) (is|are|was)\"\n"
	"[c]\n"
	"\"lack ~2 trust\"\n"
	"\"(really|truly)? trust*\"\n"
	"\"(their|his|each other's) (=view|point of view)\"\n"
	"pressure NEAR/3 (clinical|financial|targets)\n"
	"board NOT NEAR/2 \"(foundation)? trust\"\n"
	"\"trust ~1 (me|us)\" NEAR/2 (=not|never)\n"
	"[exclude b]\n"
	"/\\btrust me\\b/\n"
	"[exclude c]\n"
	"\"trust ~1 board\"\n";

static char dir[64], p_base[128], p_alpha[128], p_fz[128];
static struct stemmer *st;

static void cleanup(void)
{
	unlink(p_base);
	unlink(p_alpha);
	unlink(p_fz);
	rmdir(dir);
}

static void write_all(const char *path, const void *a, size_t na, const void *b, size_t nb)
{
	FILE *f = fopen(path, "wb");
	FUZZ_ASSERT(f != NULL);
	FUZZ_ASSERT(fwrite(a, 1, na, f) == na);
	FUZZ_ASSERT(nb == 0 || fwrite(b, 1, nb, f) == nb);
	FUZZ_ASSERT(fclose(f) == 0);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	snprintf(dir, sizeof(dir), "/tmp/fuzz_match.XXXXXX");
	if (!mkdtemp(dir)) {
		perror("fuzz_match: mkdtemp");
		abort();
	}
	snprintf(p_base, sizeof(p_base), "%s/base.lex", dir);
	snprintf(p_alpha, sizeof(p_alpha), "%s/alpha.lex", dir);
	snprintf(p_fz, sizeof(p_fz), "%s/f.lex", dir);
	atexit(cleanup);
	write_all(p_base, fixed_base, sizeof(fixed_base) - 1, NULL, 0);
	write_all(p_alpha, fixed_alpha, sizeof(fixed_alpha) - 1, NULL, 0);
	struct lt_diag d;
	if (stemmer_new(&st, "english", &d) < 0) {
		fprintf(stderr, "fuzz_match: %s\n", d.msg);
		abort();
	}
	return 0;
}

/* Load the fixed lexicons, plus f.lex when with_fz. NULL if that fails. */
static struct lexicon *load(bool with_fz)
{
	struct lexicon *lx = lexicon_new(st);
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	int rc = lexicon_add_path(lx, p_base, &w, &d);
	FUZZ_ASSERT(rc == LT_OK);
	rc = lexicon_add_path(lx, p_alpha, &w, &d);
	FUZZ_ASSERT(rc == LT_OK);
	if (with_fz)
		rc = lexicon_add_path(lx, p_fz, &w, &d);
	if (rc == LT_OK)
		rc = lexicon_finish(lx, false, &d);
	msgs_release(&w);
	if (rc < 0) {
		FUZZ_ASSERT(with_fz); /* the fixed lexicons always load */
		lexicon_free(lx);
		return NULL;
	}
	return lx;
}

/* ------------------------------------------------------------ oracle */

struct tokinfo {
	char *folded;
	size_t flen;
	char *stem;
	size_t slen;
};

static bool term_matches(const struct lex_term *t, const struct tokinfo *k)
{
	switch (t->kind) {
	case TERM_EXACT:
		return k->flen == t->len && memcmp(k->folded, t->text, t->len) == 0;
	case TERM_PREFIX:
		return k->flen >= t->len && memcmp(k->folded, t->text, t->len) == 0;
	case TERM_STEM:
		return k->slen == t->len && memcmp(k->stem, t->text, t->len) == 0;
	}
	return false;
}

/* Does non-regex entry e match tokens i .. i+n-1 (one clause)? */
static bool entry_at(const struct lexicon *lx, const struct lex_entry *e,
		     const struct token *tk, const struct tokinfo *ti, uint32_t ntok, uint32_t i)
{
	if (i + e->n_terms > ntok)
		return false;
	for (uint32_t j = 0; j < e->n_terms; j++) {
		if (tk[i + j].clause != tk[i].clause)
			return false;
		if (!term_matches(lexicon_term(lx, e->terms[j]), &ti[i + j]))
			return false;
	}
	return true;
}

struct span {
	uint32_t start, end, entry, category;
};

static int cmp_span(const void *a, const void *b)
{
	const struct span *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	uint32_t lx_ = x->end - x->start, ly = y->end - y->start;
	if (lx_ != ly)
		return lx_ > ly ? -1 : 1;
	if (x->category != y->category)
		return x->category < y->category ? -1 : 1;
	return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/* Greedy leftmost-longest over spans sorted by cmp_span; keeps the taken ones. */
static size_t select_greedy(struct span *s, size_t n)
{
	qsort(s, n, sizeof(*s), cmp_span);
	size_t w = 0;
	uint32_t last_end = 0;
	for (size_t i = 0; i < n; i++) {
		if (w && s[i].start < last_end)
			continue;
		s[w++] = s[i];
		last_end = s[i].end;
	}
	return w;
}

struct spanvec {
	struct span *v;
	size_t n, cap;
};

static void spanvec_push(struct spanvec *v, struct span s)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? 2 * v->cap : 16;
		v->v = realloc(v->v, v->cap * sizeof(*v->v));
		FUZZ_ASSERT(v->v != NULL);
	}
	v->v[v->n++] = s;
}


/*
 * Token patterns (counting rules 3.1), read as the set of phrases they
 * expand to: a depth-first walk over (slot, position, an element seen,
 * the last token an element's) with a visited set, so every expansion's
 * end is found once. ends[L]: tokens [start, start + L) match.
 */
struct pat_walk {
	const struct lexicon *lx;
	const struct lex_pat *p;
	const struct token *tk;
	const struct tokinfo *ti;
	uint32_t ntok, start;
	bool seen[PAT_MAX_LEN + 2][PAT_MAX_LEN + 2][2][2];
	bool ends[PAT_MAX_LEN + 2];
};

static void pat_walk(struct pat_walk *w, uint32_t slot, uint32_t pos, bool started, bool last_el)
{
	uint32_t L = pos - w->start;
	if (L > PAT_MAX_LEN || w->seen[slot][L][started][last_el])
		return;
	w->seen[slot][L][started][last_el] = true;
	if (slot == w->p->n_slots) {
		if (last_el)
			w->ends[L] = true;
		return;
	}
	const struct pat_slot *s = &w->p->slots[slot];
	if (s->kind == PAT_GAP) {
		pat_walk(w, slot + 1, pos, started, last_el);
		for (uint32_t k = 1; k <= s->gap && started; k++) {
			uint32_t q = pos + k - 1;
			if (q >= w->ntok || w->tk[q].clause != w->tk[w->start].clause)
				break;
			pat_walk(w, slot + 1, pos + k, true, false);
		}
		return;
	}
	if (s->optional)
		pat_walk(w, slot + 1, pos, started, last_el);
	for (uint32_t a = 0; a < s->n_alts; a++) {
		const struct pat_alt *al = &w->p->alts[s->alt_off + a];
		bool ok = true;
		for (uint32_t j = 0; j < al->n && ok; j++) {
			uint32_t q = pos + j;
			ok = q < w->ntok && w->tk[q].clause == w->tk[w->start].clause &&
			     term_matches(lexicon_term(w->lx, w->p->terms[al->off + j]), &w->ti[q]);
		}
		if (ok)
			pat_walk(w, slot + 1, pos + al->n, true, true);
	}
}

static void pat_spans(const struct lexicon *lx, const struct lex_pat *p, const struct token *tk,
		      const struct tokinfo *ti, uint32_t ntok, uint32_t q, uint32_t target,
		      struct spanvec *out)
{
	struct pat_walk *w = malloc(sizeof(*w));
	FUZZ_ASSERT(w != NULL);
	for (uint32_t i = 0; i < ntok; i++) {
		memset(w, 0, sizeof(*w));
		w->lx = lx;
		w->p = p;
		w->tk = tk;
		w->ti = ti;
		w->ntok = ntok;
		w->start = i;
		pat_walk(w, 0, i, false, false);
		for (uint32_t L = 1; L <= PAT_MAX_LEN; L++)
			if (w->ends[L]) {
				struct span sp = { i, i + L, q, target };
				spanvec_push(out, sp);
			}
	}
	free(w);
}

/* Pattern and NEAR entries (counting rules 3.1, 3.2): their spans. */
static void pattern_entry_spans(const struct lexicon *lx, const struct lex_entry *e, uint32_t q,
				const struct token *tk, const struct tokinfo *ti, uint32_t ntok,
				struct spanvec *out)
{
	if (e->kind == ENTRY_PATTERN) {
		pat_spans(lx, e->pat, tk, ti, ntok, q, e->target, out);
		return;
	}
	struct spanvec a = { 0 }, b = { 0 };
	pat_spans(lx, e->pat, tk, ti, ntok, q, e->target, &a);
	pat_spans(lx, e->near, tk, ti, ntok, q, e->target, &b);
	for (size_t i = 0; i < a.n; i++) {
		bool near = false;
		for (size_t k = 0; k < b.n && !near; k++) {
			const struct span *x = &a.v[i], *y = &b.v[k];
			if (y->start >= x->end)
				near = y->start - x->end + 1 <= e->near_dist;
			else if (y->end <= x->start)
				near = x->start - y->end + 1 <= e->near_dist;
		}
		if (near == (e->kind == ENTRY_NEAR))
			spanvec_push(out, a.v[i]);
	}
	free(a.v);
	free(b.v);
}

/*
 * The folded turn text of counting rules section 3: each character
 * case-folded on its own (U+2019 to '), no re-normalisation; for each
 * folded byte, the turn bytes [src_start, src_end) of its character.
 */
struct folded {
	char *s;
	size_t n;
	uint32_t *src_start, *src_end;
};

static void fold_text(struct folded *f, const char *text, uint32_t len)
{
	size_t cap = 4 * (size_t)len + 16;
	f->s = malloc(cap + 1);
	f->src_start = malloc((cap + 1) * sizeof(uint32_t));
	f->src_end = malloc((cap + 1) * sizeof(uint32_t));
	f->n = 0;
	const unsigned char *t = (const unsigned char *)text;
	for (uint32_t i = 0; i < len;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate(t + i, len - i, &cp);
		FUZZ_ASSERT(k > 0);
		utf8proc_int32_t buf[16];
		int bc = 0;
		utf8proc_ssize_t nc;
		if (cp == 0x2019) {
			buf[0] = '\'';
			nc = 1;
		} else {
			nc = utf8proc_decompose_char(cp, buf, 16, UTF8PROC_CASEFOLD, &bc);
			FUZZ_ASSERT(nc >= 1 && nc <= 16);
		}
		for (utf8proc_ssize_t q = 0; q < nc; q++) {
			utf8proc_uint8_t enc[4];
			utf8proc_ssize_t el = utf8proc_encode_char(buf[q], enc);
			if (f->n + (size_t)el > cap) {
				cap = 2 * cap + (size_t)el;
				f->s = realloc(f->s, cap + 1);
				f->src_start = realloc(f->src_start, (cap + 1) * sizeof(uint32_t));
				f->src_end = realloc(f->src_end, (cap + 1) * sizeof(uint32_t));
			}
			for (utf8proc_ssize_t r = 0; r < el; r++) {
				f->s[f->n] = (char)enc[r];
				f->src_start[f->n] = i;
				f->src_end[f->n] = i + (uint32_t)k;
				f->n++;
			}
		}
		i += (uint32_t)k;
	}
	f->s[f->n] = '\0';
}

static struct rx_scratch *oracle_rs;
static uint32_t oracle_groups = UINT32_MAX;

/*
 * Spans of regex entry e (index q): all non-overlapping matches left to
 * right on the folded text, the way PCRE2's global matching goes (after
 * an empty match, a non-empty one anchored at the same place, else one
 * character on; empty matches never count); each covers the tokens whose
 * characters it overlaps. False if PCRE2 hit a limit.
 */
static bool regex_spans(const struct lex_entry *e, uint32_t q, const struct folded *f,
			const struct token *tk, uint32_t ntok, struct spanvec *out)
{
	size_t start = 0;
	bool after_empty = false;
	while (start <= f->n) {
		int r = rx_match(e->rx, oracle_rs, f->s, f->n, start, after_empty);
		if (r == RX_NOMATCH && after_empty) {
			/* no non-empty match where the empty one was: one character on */
			after_empty = false;
			size_t nx = start + 1;
			while (nx < f->n && ((unsigned char)f->s[nx] & 0xC0) == 0x80)
				nx++;
			if (nx > f->n)
				return true;
			start = nx;
			continue;
		}
		if (r == RX_NOMATCH)
			return true;
		if (r < 0)
			return false;
		size_t b, en;
		FUZZ_ASSERT(rx_group(oracle_rs, 0, &b, &en));
		FUZZ_ASSERT(start <= b && b <= en && en <= f->n);
		if (en == b) {
			start = b;
			after_empty = true;
			continue;
		}
		uint32_t sb = f->src_start[b], se = f->src_end[en - 1];
		uint32_t t0 = 0;
		while (t0 < ntok && tk[t0].start + tk[t0].len <= sb)
			t0++;
		uint32_t t1 = t0;
		while (t1 < ntok && tk[t1].start < se)
			t1++;
		if (t1 > t0) {
			struct span sp = { t0, t1, q, e->target };
			spanvec_push(out, sp);
		}
		start = en;
		after_empty = false;
	}
	return true;
}

/* Print the hits of category cat and the reference selection, then abort. */
static void report_diff(const struct lexicon *lx, uint32_t cat, const struct hit *h, size_t nh,
			const struct span *sel, size_t ns, const char *text, uint32_t len)
{
	fprintf(stderr, "fuzz_match: category %s: hits differ from the reference\n",
		lexicon_category(lx, cat)->name);
	fprintf(stderr, "  turn: '%.*s'\n", (int)len, text);
	for (size_t i = 0; i < nh; i++)
		if (h[i].category == cat)
			fprintf(stderr, "  hit [%u,%u) entry %u %s\n", h[i].tok_start, h[i].tok_end,
				h[i].entry, lexicon_entry(lx, h[i].entry)->text);
	for (size_t k = 0; k < ns; k++)
		fprintf(stderr, "  ref [%u,%u) entry %u %s\n", sel[k].start, sel[k].end, sel[k].entry,
			lexicon_entry(lx, sel[k].entry)->text);
	abort();
}

/* Is any token of [s, e) under an exclusion of theme th or category cat? */
static bool excluded_(const unsigned char *xmask, size_t stride, uint32_t nt, uint32_t th,
		      uint32_t cat, uint32_t s, uint32_t e)
{
	for (uint32_t t = s; t < e; t++)
		if (xmask[(size_t)th * stride + t] || xmask[((size_t)nt + cat) * stride + t])
			return true;
	return false;
}

/*
 * negm[th * ntok + t]: token t is a negator for theme th (a default negator
 * or one of the theme's [negators] words). Caller frees.
 */
static unsigned char *negator_map(const struct lexicon *lx, const struct tokinfo *ti,
				  uint32_t ntok)
{
	uint32_t nt = lexicon_n_themes(lx);
	unsigned char *negm = calloc((size_t)nt * ntok + 1, 1);
	for (uint32_t t = 0; t < ntok; t++)
		if (lexicon_is_default_negator(ti[t].folded, ti[t].flen))
			for (uint32_t th = 0; th < nt; th++)
				negm[(size_t)th * ntok + t] = 1;
	for (uint32_t i = 0; i < lexicon_n_entries(lx); i++) {
		const struct lex_entry *e = lexicon_entry(lx, i);
		if (e->role != ROLE_NEGATOR)
			continue;
		for (uint32_t t = 0; t < ntok; t++)
			if (term_matches(lexicon_term(lx, e->terms[0]), &ti[t]))
				negm[(size_t)e->theme * ntok + t] = 1;
	}
	return negm;
}

/* ------------------------------------------------------------ negation */

static bool fz_word(const struct tokinfo *t, const char *w)
{
	return t->flen == strlen(w) && memcmp(t->folded, w, t->flen) == 0;
}

/* Is token t a one-word member of built-in list l (lexicon_negation_list)? */
static bool fz_in(const struct tokinfo *t, enum lex_neg_list l)
{
	size_t n;
	const char *const *d = lexicon_negation_list(l, &n);
	for (size_t i = 0; i < n; i++)
		if (!strchr(d[i], ' ') && fz_word(t, d[i]))
			return true;
	return false;
}

/* Counting rules 6.1 step 0: the fillers of the turn, words and the
 * words of filler phrases in one clause. */
static void fz_fillers(const struct token *tk, const struct tokinfo *ti, uint32_t ntok, bool *f)
{
	size_t n;
	const char *const *d = lexicon_negation_list(NEGL_FILLER, &n);
	for (uint32_t t = 0; t < ntok; t++)
		f[t] = fz_in(&ti[t], NEGL_FILLER);
	for (size_t q = 0; q < n; q++) {
		if (!strchr(d[q], ' '))
			continue;
		for (uint32_t a = 0; a < ntok; a++) {
			uint32_t i = a;
			bool ok = true;
			for (const char *p = d[q]; ok; i++) {
				const char *sp = strchr(p, ' ');
				size_t wl = sp ? (size_t)(sp - p) : strlen(p);
				ok = i < ntok && tk[i].clause == tk[a].clause && ti[i].flen == wl &&
				     memcmp(ti[i].folded, p, wl) == 0;
				if (!sp)
					break;
				p = sp + 1;
			}
			for (uint32_t k = a; ok && k <= i; k++)
				f[k] = true;
		}
	}
}

/* 1 + the tokens strictly between j and k that are not fillers */
static uint32_t fz_words(const bool *f, uint32_t j, uint32_t k)
{
	uint32_t n = 1;
	for (uint32_t i = j + 1; i < k; i++)
		n += !f[i];
	return n;
}

/* Is token i the default word w[0..wl)? In a pseudo-negator "not" also
 * matches a word ending in n't. */
static bool fz_dword(const struct tokinfo *t, const char *w, size_t wl, uint8_t r)
{
	if (t->flen == wl && memcmp(t->folded, w, wl) == 0)
		return true;
	return r == ROLE_PSEUDO_NEGATOR && wl == 3 && memcmp(w, "not", 3) == 0 &&
	       tokenize_is_nt(t->folded, t->flen);
}

/* Word sequences of role r for theme th matching at token a (ends in *end,
 * one per call: the first that matches after skip earlier ones). A
 * post-negator's later words skip fillers that are not them. */
static bool seq_match(const struct lexicon *lx, uint32_t th, uint8_t r, const struct token *tk,
		      const struct tokinfo *ti, const bool *f, uint32_t ntok, uint32_t a,
		      uint32_t skip, uint32_t *end)
{
	size_t nd;
	const char *const *d = lexicon_default_negation(r, &nd);
	uint32_t seen = 0;
	const bool post = r == ROLE_POST_NEGATOR;
	for (size_t q = 0; q < nd; q++) {
		uint32_t i = a;
		bool ok = true;
		for (const char *p = d[q]; ok;) {
			const char *sp = strchr(p, ' ');
			size_t wl = sp ? (size_t)(sp - p) : strlen(p);
			while (post && i > a && i < ntok && tk[i].clause == tk[a].clause && f[i] &&
			       !fz_dword(&ti[i], p, wl, r))
				i++;
			ok = i < ntok && tk[i].clause == tk[a].clause && fz_dword(&ti[i], p, wl, r);
			i++;
			if (!sp)
				break;
			p = sp + 1;
		}
		if (ok && seen++ == skip) {
			*end = i;
			return true;
		}
	}
	for (uint32_t k = 0; k < lexicon_n_entries(lx); k++) {
		const struct lex_entry *e = lexicon_entry(lx, k);
		if (e->role != r || e->theme != th)
			continue;
		uint32_t i = a;
		bool ok = true;
		for (uint32_t j = 0; j < e->n_terms && ok; j++, i++) {
			const struct lex_term *t = lexicon_term(lx, e->terms[j]);
			while (post && j && i < ntok && tk[i].clause == tk[a].clause && f[i] &&
			       !term_matches(t, &ti[i]))
				i++;
			ok = i < ntok && tk[i].clause == tk[a].clause && term_matches(t, &ti[i]);
		}
		if (ok && seen++ == skip) {
			*end = i;
			return true;
		}
	}
	return false;
}

/* Is some sequence of role r for theme th wholly inside [lo, hi)? */
static bool seq_within(const struct lexicon *lx, uint32_t th, uint8_t r, const struct token *tk,
		       const struct tokinfo *ti, const bool *f, uint32_t ntok, uint32_t lo,
		       uint32_t hi)
{
	for (uint32_t a = lo; a < hi; a++) {
		uint32_t end;
		for (uint32_t k = 0; seq_match(lx, th, r, tk, ti, f, ntok, a, k, &end); k++)
			if (end <= hi)
				return true;
	}
	return false;
}

static bool fz_is_raiser(const struct lexicon *lx, uint32_t th, const struct tokinfo *t)
{
	size_t nd;
	const char *const *d = lexicon_default_negation(ROLE_NEGATION_RAISER, &nd);
	for (size_t q = 0; q < nd; q++)
		if (strlen(d[q]) == t->flen && memcmp(d[q], t->folded, t->flen) == 0)
			return true;
	for (uint32_t k = 0; k < lexicon_n_entries(lx); k++) {
		const struct lex_entry *e = lexicon_entry(lx, k);
		if (e->role == ROLE_NEGATION_RAISER && e->theme == th &&
		    term_matches(lexicon_term(lx, e->terms[0]), t))
			return true;
	}
	return false;
}

/* A dash between tokens i and i + 1 (counting rules 6.1.1)? */
static bool fz_dash(const char *text, const struct token *tk, uint32_t i)
{
	uint32_t a = tk[i].start + tk[i].len, b = tk[i + 1].start;
	for (uint32_t k = a; k < b; k++) {
		if (b - k >= 2 && memcmp(text + k, "--", 2) == 0)
			return true;
		if (b - k >= 3 && (memcmp(text + k, "\xe2\x80\x93", 3) == 0 ||
				   memcmp(text + k, "\xe2\x80\x94", 3) == 0))
			return true;
		if (k > a && b - k >= 2 && memcmp(text + k - 1, " - ", 3) == 0)
			return true;
	}
	return false;
}

/* Is negator j inside a pseudo-negator of theme th (starting in [cs, j])? */
static bool fz_shielded(const struct lexicon *lx, uint32_t th, const struct token *tk,
			const struct tokinfo *ti, const bool *f, uint32_t ntok, uint32_t cs,
			uint32_t j)
{
	for (uint32_t a = cs; a <= j; a++) {
		uint32_t x;
		for (uint32_t k = 0; seq_match(lx, th, ROLE_PSEUDO_NEGATOR, tk, ti, f, ntok, a, k, &x);
		     k++)
			if (x > j)
				return true;
	}
	return false;
}

/* v4: the "not" of "too X not to" (tokens j - 2 .. j + 1 in one clause) */
static bool fz_too_not_to(const struct tokinfo *ti, uint32_t cs, uint32_t j)
{
	return j >= cs + 2 && fz_word(&ti[j], "not") && fz_word(&ti[j + 1], "to") &&
	       fz_word(&ti[j - 2], "too");
}

/* Counting rules 6.1 (version 4) for the hit [s, e) of theme th, read directly. */
static bool fz_negated(const struct lexicon *lx, const unsigned char *negm, const char *text,
		       uint32_t len, const struct token *tk, const struct tokinfo *ti,
		       uint32_t ntok, uint32_t th, uint32_t s, uint32_t e)
{
	bool *f = calloc(ntok + 1, sizeof(bool));
	fz_fillers(tk, ti, ntok, f);
	const unsigned char *neg = negm + (size_t)th * ntok;
	uint32_t cs = s, last = s;
	while (cs > 0 && tk[cs - 1].clause == tk[s].clause)
		cs--;
	while (last + 1 < ntok && tk[last + 1].clause == tk[s].clause)
		last++;
	/* 1: the scope starts after the last terminator wholly before s (not
	 * "whether" right after a raiser), the last dash, the last negator
	 * right after and/or */
	uint32_t b = cs;
	for (uint32_t end = s; end > cs && b == cs; end--)
		for (uint32_t a = cs; a < end && b == cs; a++) {
			uint32_t x;
			bool whether = a > cs && fz_word(&ti[a], "whether") &&
				       fz_is_raiser(lx, th, &ti[a - 1]);
			for (uint32_t k = 0; seq_match(lx, th, ROLE_NEGATION_TERMINATOR, tk, ti, f, ntok,
						       a, k, &x); k++)
				if (x == end && !whether)
					b = end;
		}
	for (uint32_t j = b; j < s; j++)
		if (fz_dash(text, tk, j))
			b = j + 1;
	for (uint32_t j = s; j-- > b + 1;)
		if (fz_in(&ti[j - 1], NEGL_ANDOR) && neg[j] &&
		    !fz_shielded(lx, th, tk, ti, f, ntok, cs, j) && !fz_too_not_to(ti, cs, j)) {
			b = j;
			break;
		}
	/* 3: a definite description */
	uint32_t d = UINT32_MAX;
	for (uint32_t k = s; k >= b && k + 2 >= s; k--) {
		if (fz_in(&ti[k], NEGL_DEFINITE)) {
			d = k;
			break;
		}
		if (k < s && neg[k])
			break;
		if (k == 0)
			break;
	}
	if (d != UINT32_MAX) {
		uint32_t p = d;
		while (p > b && f[p - 1])
			p--;
		if (p == b || neg[p - 1] || fz_in(&ti[p - 1], NEGL_HOLDER))
			d = UINT32_MAX;
	}
	bool question = false;
	for (uint32_t i = tk[last].start + tk[last].len; i < len; i++) {
		uint32_t cp;
		size_t n = tokenize_decode(text + i, len - i, &cp);
		if (tokenize_classify(cp) == TOK_CLAUSE) {
			question = cp == '?';
			break;
		}
		i += (uint32_t)n - 1;
	}
	/* 2, 4: triggers */
	uint32_t coord = 0, other = 0, first = UINT32_MAX;
	for (uint32_t j = b; j < s; j++) {
		if (!neg[j] || fz_shielded(lx, th, tk, ti, f, ntok, cs, j) ||
		    fz_too_not_to(ti, cs, j))
			continue;
		bool raised = false;
		for (uint32_t r = j + 1; r < s; r++)
			raised = raised || (fz_words(f, j, r) <= RAISE_GAP && !f[r] &&
					    fz_is_raiser(lx, th, &ti[r]));
		bool opener = fz_in(&ti[j], NEGL_OPENER) &&
			      (j == b || (j == b + 1 && fz_in(&ti[b], NEGL_LEAD)));
		uint32_t k = j > b && fz_in(&ti[j - 1], NEGL_BE) ? j - 1 : j;
		bool exist = k > b && (fz_word(&ti[k - 1], "there") || fz_word(&ti[k - 1], "there's"));
		/* v4: "at no point did ..." (j + 2 in the hit's clause) */
		bool inv = fz_word(&ti[j], "no") && j > b && j + 2 < ntok &&
			   tk[j + 2].clause == tk[s].clause && fz_in(&ti[j - 1], NEGL_INV_PREP) &&
			   fz_in(&ti[j + 2], NEGL_INV_AUX);
		if (fz_words(f, j, s) > NEG_WINDOW && !raised && !opener && !exist && !inv)
			continue;
		if (d != UINT32_MAX && j < d) {
			/* the partitive: only after none / neither (v4) */
			bool rel = !(j + 1 < d && fz_word(&ti[j + 1], "of") &&
				     fz_in(&ti[j], NEGL_PARTITIVE));
			for (uint32_t q = j + 1; q < d && rel; q++)
				rel = f[q] || fz_in(&ti[q], NEGL_RELATIONAL);
			if (!rel)
				continue;
		}
		if (fz_word(&ti[j], "neither") || fz_word(&ti[j], "nor")) {
			coord++;
			continue;
		}
		bool lead = j == cs + 1 && fz_in(&ti[cs], NEGL_LEAD);
		if (tokenize_is_nt(ti[j].folded, ti[j].flen) && (j == cs || lead) && question)
			continue;
		other++;
		if (first == UINT32_MAX)
			first = j;
	}
	/* 5: post-negation */
	for (uint32_t p = e; p < ntok && tk[p].clause == tk[e - 1].clause; p++) {
		uint32_t gap = 0;
		for (uint32_t q = e; q < p; q++)
			gap += !f[q];
		uint32_t x;
		if (gap > POST_GAP || !seq_match(lx, th, ROLE_POST_NEGATOR, tk, ti, f, ntok, p, 0, &x))
			continue;
		bool dash = false;
		for (uint32_t q = e - 1; q < p; q++)
			dash = dash || fz_dash(text, tk, q);
		if (!dash && !seq_within(lx, th, ROLE_NEGATION_TERMINATOR, tk, ti, f, ntok, e, p)) {
			other++;
			break;
		}
	}
	free(f);
	/* 6 (v4): a negative predicate in [b, first counted trigger) */
	for (uint32_t k = b; first != UINT32_MAX && k < first; k++)
		if (fz_in(&ti[k], NEGL_NEG_PRED)) {
			other++;
			break;
		}
	return coord > 0 || other % 2 == 1;
}

/* ------------------------------------------------------------ one turn */

static void check_turn(struct matcher *m, const struct lexicon *lx, const char *text,
		       uint32_t len, uint32_t turn, struct arena *a, struct hit_vec *hits)
{
	struct lt_msgs msgs;
	msgs_init(&msgs);
	size_t first = hits->n;
	uint32_t ntok = matcher_turn(m, text, len, turn, turn + 1, a, hits, &msgs);
	msgs_release(&msgs);

	/* tokens */
	struct token *tk = malloc((tokenize_max_tokens(len) + 1) * sizeof(*tk));
	size_t n_ref = tokenize(text, len, tk);
	FUZZ_ASSERT(n_ref == ntok);
	uint32_t n_m = 0;
	const struct token *mt = matcher_tokens(m, &n_m);
	FUZZ_ASSERT(n_m == ntok);
	for (uint32_t i = 0; i < ntok; i++)
		FUZZ_ASSERT(mt[i].start == tk[i].start && mt[i].len == tk[i].len &&
			    mt[i].clause == tk[i].clause);
	struct tokinfo *ti = calloc(ntok + 1, sizeof(*ti));
	for (uint32_t i = 0; i < ntok; i++) {
		ti[i].folded = tokenize_fold(text + tk[i].start, tk[i].len, &ti[i].flen);
		size_t sl;
		const char *s = stemmer_stem(st, ti[i].folded, ti[i].flen, &sl);
		ti[i].stem = malloc(sl + 1);
		memcpy(ti[i].stem, s, sl);
		ti[i].stem[sl] = '\0';
		ti[i].slen = sl;
	}

	const uint32_t nc = lexicon_n_categories(lx), ne = lexicon_n_entries(lx);
	unsigned char *negm = negator_map(lx, ti, ntok);
	const size_t nh = hits->n - first;
	const struct hit *h = nh ? hits->v + first : NULL;

	/* each hit on its own */
	for (size_t i = 0; i < nh; i++) {
		const struct hit *x = &h[i];
		FUZZ_ASSERT(x->turn == turn);
		FUZZ_ASSERT(x->tok_start < x->tok_end && x->tok_end <= ntok);
		FUZZ_ASSERT(x->byte_start == tk[x->tok_start].start);
		FUZZ_ASSERT(x->byte_end == tk[x->tok_end - 1].start + tk[x->tok_end - 1].len);
		FUZZ_ASSERT(x->byte_start < x->byte_end && x->byte_end <= len);
		FUZZ_ASSERT(x->category < nc && x->entry < ne);
		const struct lex_entry *e = lexicon_entry(lx, x->entry);
		const struct lex_category *c = lexicon_category(lx, x->category);
		FUZZ_ASSERT(e->role == ROLE_COUNT);
		if (c->is_theme_row)
			FUZZ_ASSERT(lexicon_category(lx, e->target)->theme == c->theme &&
				    lexicon_theme(lx, c->theme)->row == x->category);
		else
			FUZZ_ASSERT(e->target == x->category);
		/* form */
		size_t w = 0;
		FUZZ_ASSERT(x->form != NULL && strlen(x->form) == x->form_len);
		for (uint32_t k = x->tok_start; k < x->tok_end; k++) {
			if (k > x->tok_start) {
				FUZZ_ASSERT(x->form[w] == ' ');
				w++;
			}
			FUZZ_ASSERT(w + ti[k].flen <= x->form_len);
			FUZZ_ASSERT(memcmp(x->form + w, ti[k].folded, ti[k].flen) == 0);
			w += ti[k].flen;
		}
		FUZZ_ASSERT(w == x->form_len);
		/* non-regex entries: the oracle agrees */
		if (e->pat) {
			struct spanvec ps = { 0 };
			pattern_entry_spans(lx, e, 0, tk, ti, ntok, &ps);
			bool found = false;
			for (size_t k = 0; k < ps.n && !found; k++)
				found = ps.v[k].start == x->tok_start && ps.v[k].end == x->tok_end;
			free(ps.v);
			FUZZ_ASSERT(found);
		} else if (e->kind != ENTRY_REGEX) {
			FUZZ_ASSERT(x->tok_end - x->tok_start == e->n_terms);
			FUZZ_ASSERT(entry_at(lx, e, tk, ti, ntok, x->tok_start));
		}
		/* negation */
		FUZZ_ASSERT(x->negated == fz_negated(lx, negm, text, len, tk, ti, ntok, c->theme,
						     x->tok_start, x->tok_end));
		/* order and overlap within a category */
		if (i) {
			const struct hit *y = &h[i - 1];
			FUZZ_ASSERT(y->category <= x->category);
			if (y->category == x->category) {
				FUZZ_ASSERT(y->tok_start < x->tok_start);
				FUZZ_ASSERT(y->tok_end <= x->tok_start);
			}
		}
	}

	/* the oracle's candidates and exclusion spans, if the work is bounded */
	const uint32_t nt = lexicon_n_themes(lx);
	if ((uint64_t)ntok * ne <= 4000000u && (uint64_t)(nt + nc) * (ntok + 1) <= 30000000u) {
		struct spanvec cand = { 0 };
		bool limit_hit = false;
		/* xmask rows: theme th (row th) and category c (row nt + c): tokens
		 * covered by an exclusion span that applies there */
		size_t stride = (size_t)ntok + 1;
		unsigned char *xmask = calloc((size_t)(nt + nc) * stride, 1);
		struct folded fo;
		fold_text(&fo, text, len);
		for (uint32_t q = 0; q < ne; q++) {
			const struct lex_entry *e = lexicon_entry(lx, q);
			/* negation entries are not exclusions: their spans never
			 * cancel a hit (a raiser "recall" once masked a hit on
			 * "recal" when the raiser's theme index equalled the
			 * hit's category index) */
			if (lex_role_is_negation(e->role))
				continue;
			struct spanvec found = { 0 };
			if (e->kind == ENTRY_REGEX) {
				limit_hit |= !regex_spans(e, q, &fo, tk, ntok, &found);
			} else if (e->pat) {
				pattern_entry_spans(lx, e, q, tk, ti, ntok, &found);
			} else {
				for (uint32_t i = 0; i < ntok; i++)
					if (entry_at(lx, e, tk, ti, ntok, i)) {
						struct span sp = { i, i + e->n_terms, q, e->target };
						spanvec_push(&found, sp);
					}
			}
			for (size_t k = 0; k < found.n; k++) {
				const struct span *sp = &found.v[k];
				if (e->role == ROLE_COUNT) {
					spanvec_push(&cand, *sp);
					continue;
				}
				size_t row = e->role == ROLE_EXCLUDE_THEME ? e->target : nt + e->target;
				memset(xmask + row * stride + sp->start, 1, sp->end - sp->start);
			}
			free(found.v);
		}
		free(fo.s);
		free(fo.src_start);
		free(fo.src_end);
#define EXCLUDED(cat, s, e) excluded_(xmask, stride, nt, lexicon_category(lx, (cat))->theme, (cat), (s), (e))
		/* no hit overlaps an exclusion span that applies to it */
		for (size_t i = 0; i < nh && !limit_hit; i++)
			if (!lexicon_category(lx, h[i].category)->is_theme_row)
				FUZZ_ASSERT(!EXCLUDED(h[i].category, h[i].tok_start, h[i].tok_end));
		/* per category: hits = the reference leftmost-longest selection */
		struct span *sel = malloc((cand.n + 1) * sizeof(*sel));
		for (uint32_t cat = 0; cat < nc && !limit_hit; cat++) {
			if (lexicon_category(lx, cat)->is_theme_row)
				continue;
			size_t ns = 0;
			for (size_t k = 0; k < cand.n; k++)
				if (cand.v[k].category == cat &&
				    !EXCLUDED(cat, cand.v[k].start, cand.v[k].end))
					sel[ns++] = cand.v[k];
			ns = select_greedy(sel, ns);
			size_t k = 0;
			for (size_t i = 0; i < nh; i++) {
				if (h[i].category != cat)
					continue;
				if (k >= ns || h[i].tok_start != sel[k].start ||
				    h[i].tok_end != sel[k].end || h[i].entry != sel[k].entry)
					report_diff(lx, cat, h, nh, sel, ns, text, len);
				k++;
			}
			if (k != ns)
				report_diff(lx, cat, h, nh, sel, ns, text, len);
		}
#undef EXCLUDED
		free(sel);
		free(xmask);
		free(cand.v);
	}

	/* THEME.* rows: the reference selection over the theme's category hits */
	struct span *pool = malloc((nh + 1) * sizeof(*pool));
	for (uint32_t th = 0; th < lexicon_n_themes(lx); th++) {
		uint32_t row = lexicon_theme(lx, th)->row;
		size_t np = 0;
		for (size_t i = 0; i < nh; i++) {
			const struct lex_category *c = lexicon_category(lx, h[i].category);
			if (c->theme == th && !c->is_theme_row) {
				struct span s = { h[i].tok_start, h[i].tok_end, h[i].entry, h[i].category };
				pool[np++] = s;
			}
		}
		np = select_greedy(pool, np);
		size_t k = 0;
		for (size_t i = 0; i < nh; i++) {
			if (h[i].category != row)
				continue;
			FUZZ_ASSERT(k < np);
			FUZZ_ASSERT(h[i].tok_start == pool[k].start && h[i].tok_end == pool[k].end &&
				    h[i].entry == pool[k].entry);
			/* same negation as the category hit it copies */
			for (size_t j = 0; j < nh; j++)
				if (h[j].category == pool[k].category && h[j].tok_start == pool[k].start)
					FUZZ_ASSERT(h[j].negated == h[i].negated);
			k++;
		}
		FUZZ_ASSERT(k == np);
	}
	free(pool);
	free(negm);

	for (uint32_t i = 0; i < ntok; i++) {
		free(ti[i].folded);
		free(ti[i].stem);
	}
	free(ti);
	free(tk);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *text = data;
	size_t tlen = size;
	bool with_fz = false;
	const uint8_t *sep = NULL;
	for (size_t i = 0; i + 4 <= size; i++)
		if (memcmp(data + i, "\n%%\n", 4) == 0) {
			sep = data + i;
			break;
		}
	if (sep) {
		write_all(p_fz, "[fz]\n", 5, data, (size_t)(sep - data) + 1);
		with_fz = true;
		text = sep + 4;
		tlen = size - (size_t)(text - data);
	}
	struct lexicon *lx = load(with_fz);
	if (!lx)
		lx = load(false);
	struct matcher *m = NULL;
	struct lt_diag d;
	FUZZ_ASSERT(matcher_new(&m, lx, "english", &d) == LT_OK);
	if (lexicon_max_groups(lx) != oracle_groups) {
		rx_scratch_free(oracle_rs);
		oracle_groups = lexicon_max_groups(lx);
		oracle_rs = rx_scratch_new(oracle_groups, 0);
	}

	struct arena a;
	struct lt_msgs msgs;
	struct decoded dec;
	arena_init(&a);
	msgs_init(&msgs);
	if (decode_bytes(text, tlen, &a, &dec, &msgs, &d) == LT_OK) {
		struct hit_vec hits = { 0 };
		const char *p = dec.text, *end = dec.text + dec.len;
		uint32_t turn = 0;
		while (p < end && turn < 1000) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
			check_turn(m, lx, p, (uint32_t)n, turn++, &a, &hits);
			p += n + 1;
		}
		free(hits.v);
	}
	msgs_release(&msgs);
	arena_release(&a);
	matcher_free(m);
	lexicon_free(lx);
	return 0;
}
