/* match.c - find the hits of one turn (see match.h).
 *
 * Per turn: tokenise; map each token to its word memo (one hash lookup;
 * a new word type is folded, stemmed and looked up in the lexicon once);
 * collect candidates - one-token entries from each word's term list,
 * phrases only where a word's term can start one, regexes on the folded
 * turn text only when their required literal occurs in it; drop the
 * candidates an exclusion span overlaps; select leftmost-longest per
 * category (or per theme under --liwc for LIWC dictionaries); select again
 * over each theme's taken hits for the THEME.* row; mark negation.
 */
#define _GNU_SOURCE /* memmem */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "match.h"
#include "intern.h"
#include "lexicon.h"
#include "rx.h"
#include "rxscan.h"
#include "stem.h"
#include "xalloc.h"
#include "banned.h"

struct word_info {
	const char *folded;
	uint32_t flen;
	uint32_t terms_off, n_terms;   /* into pool */
	uint32_t neg_off, n_neg;       /* themes for which it is a [negators] word */
	uint32_t lits_off, n_lits;     /* regex prefilter word literals it contains */
	bool neg_all;                  /* default negator (not, never, ...n't) */
	uint8_t nx;                    /* NX_* bits: negation */
	uint8_t nx2;                   /* NX2_* bits: negation, the built-in word lists */
};

/* word_info.nx: what the word can be for negation v2 (docs/counting-rules.md 6) */
enum {
	NX_COORD = 1,   /* neither, nor */
	NX_NT = 2,      /* a word ending in n't */
	NX_LEAD = 4,    /* and, so, or, but, well: may precede a rhetorical n't */
	NX_RAISE = 8,   /* a default negation raiser */
	/* can start a word sequence of role ROLE_PSEUDO_NEGATOR + k (default or
	 * some lexicon's), bit NX_START << k */
	NX_START = 16
};

/* word_info.nx2: membership of the built-in lists of lexicon_negation_list */
enum {
	NX2_FILLER = 1,  /* a one-word filler */
	NX2_FPHRASE = 2, /* the first word of a filler phrase */
	NX2_DEF = 4,     /* a definite determiner */
	NX2_HOLDER = 8,  /* a holder word */
	NX2_OPENER = 16, /* a negator that negates to the clause end when it opens the scope */
	NX2_ANDOR = 32,  /* and, or: a negator after them starts a new scope */
	NX2_REL = 64,    /* a relational word: a definite after negator + these stays in scope */
	NX2_BE = 128     /* a form of be ("there was no") */
};

/* a negation v2 word sequence found in a clause: tokens [a, b) */
struct nx_span {
	uint32_t a, b;
	uint8_t role;
};

enum {
	WF_TERMS = 1,   /* the word matches some term */
	WF_LITS = 2,    /* the word contains a regex prefilter literal */
	WF_TRIG = 4     /* one of its terms starts an entry (its trigger slice is not empty) */
};

struct cand {
	uint32_t start, end;           /* token span */
	uint32_t entry;
	uint32_t target;               /* category (count, exclude category) or theme */
	uint8_t role;
};

/* a token holding a literal of lit_need_occ; next: the literal's next one,
 * or UINT32_MAX */
struct occ {
	uint32_t tok, next;
};

struct span {
	uint32_t start, end;
	uint32_t target;
	uint8_t role;
};

/*
 * The trigger index: every way a count or exclusion entry can start at a
 * token, keyed by one of the token's terms and merged into one slice per
 * term - its one-token entries, then its phrases sorted by their second
 * term, then the patterns and NEAR rules one of whose first elements it
 * can be - so a turn is scanned once, and each (token, term) reads one
 * slice without a call into the lexicon per entry. [negators] entries make
 * no candidates and are left out. Built by matcher_new from the lexicon's
 * per-term lists; read-only afterwards.
 */
struct trig {
	const struct lex_entry *e;
	uint32_t id;                   /* entry id */
	uint32_t key2;                 /* phrases: their second term */
};

struct trig_vec {
	struct trig *v;
	size_t n, cap;
};

struct trig_term {
	uint32_t off;                  /* into trig */
	uint32_t n_single, n_phrase, n_pattern;
	uint64_t key2_bits;            /* bit (key2 & 63) of each of its phrases */
};

struct matcher {
	const struct lexicon *lx;
	struct stemmer *st;
	struct trig *trig;
	struct trig_term *trig_term;   /* per term id */
	struct intern words;           /* raw token bytes -> word id */
	struct intern default_first;   /* default_nx: first words of default sequences */
	LT_VEC(uint8_t) default_first_nx; /* per such word: its NX_* role bits */
	LT_VEC(struct word_info) info;
	LT_VEC(uint8_t) wflags;        /* per word: WF_* bits, dense for the cache */
	LT_VEC(uint64_t) wterm_bits;   /* per word: bit (t & 63) of each of its terms t */
	struct lt_u32vec pool;
	struct arena arena;            /* folded forms */
	struct rx_scratch *rs;
	/* reusable per-turn buffers */
	LT_VEC(struct token) toks;
	LT_VEC(struct cand) cands;
	LT_VEC(struct span) excl;
	struct lt_u32vec excl_maxend;  /* running max end per (role, target) group */
	LT_VEC(struct hit) taken;
	LT_VEC(char) folded;           /* folded turn text for regexes */
	LT_VEC(uint32_t) fmap;         /* folded byte offset -> turn byte offset */
	bool fmap_identity;            /* the turn was ASCII: offsets are equal */
	struct lt_u32vec scratch;
	uint32_t *rx_mark;             /* per regex: == rx_gen when a literal was seen */
	struct lt_u32vec rx_always;    /* regexes without a prefilter: run on every turn */
	uint32_t *lit_mark;            /* per prefilter literal: == rx_gen when present */
	uint32_t *lit_tok;             /* per literal: the first token containing it */
	uint32_t *lit_last;            /* per literal: the last token containing it */
	uint32_t *lit_occ;             /* per literal in lit_need_occ: its first entry in occ */
	uint32_t *lit_occ_tail;        /* per such literal: its last entry in occ */
	bool *lit_need_occ;            /* per literal: in the first clause of a regex whose
					* matches touch a bounded number of white-space runs */
	LT_VEC(struct occ) occ;        /* those literals' tokens in the turn, per literal a
					* list in token order */
	struct lt_u32vec rx_tok;       /* a regex's window tokens (regex_windows) */
	uint32_t rx_gen;
	uint32_t *pat_mark;            /* per entry: == pat_stamp when tried at this token */
	uint32_t pat_stamp;
	struct lt_u32vec clause_end;   /* per token: one past the last token of its clause */
	LT_VEC(struct nx_span) nxs;    /* negation: sequences in the clauses of one hit */
	LT_VEC(uint8_t) fill;          /* negation: per token from fill_base, a filler */
	uint32_t fill_base;
	const char *text;              /* the current turn's text (negation: '?') */
	uint32_t text_len;
	uint32_t *term_seen;           /* per term: == turn_gen when a token of the turn has it */
	uint32_t *live_gen;            /* per term: == turn_gen when live_off/live_n are this
					* turn's */
	uint32_t *live_off, *live_n;   /* per term: its patterns that can match in the turn,
					* as indexes into trig, at live.v[live_off] */
	struct lt_u32vec live;
	uint32_t *pat_ok, *pat_bad;    /* per entry: == turn_gen when its groups after the
					* filter were all seen / not all seen */
	uint32_t *filt_off, *filt_ids; /* per term: the pattern entries with an alternative
					* of their filter group that starts with it */
	uint32_t *filt_seen;           /* per entry: == turn_gen when such a term is in the turn */
	uint32_t *filt_slot;           /* per pattern entry: the group build_filters indexed */
	uint32_t *term_turns;          /* per term: turns it was seen in (until refilter) */
	uint32_t n_turns;              /* turns matched */
	uint32_t turn_gen;
	bool liwc_any;
};

static int cmp_trig_key2(const void *a, const void *b)
{
	const struct trig *x = a, *y = b;
	if (x->key2 != y->key2)
		return x->key2 < y->key2 ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* append the entries of ids[0..n) that make candidates; returns how many */
static uint32_t trig_add(struct trig_vec *v, const struct lexicon *lx, const uint32_t *ids,
			 uint32_t n)
{
	uint32_t k = 0;
	for (uint32_t q = 0; q < n; q++) {
		const struct lex_entry *e = lexicon_entry(lx, ids[q]);
		if (e->role == ROLE_NEGATOR)
			continue;
		struct trig t = { e, ids[q], e->kind == ENTRY_PHRASE ? e->terms[1] : 0 };
		lt_vec_push(v, t);
		k++;
	}
	return k;
}

static void build_triggers(struct matcher *m)
{
	const struct lexicon *lx = m->lx;
	uint32_t nt = lexicon_n_terms(lx);
	struct trig_vec v = { 0 };
	m->trig_term = xcalloc(nt + 1, sizeof(struct trig_term));
	for (uint32_t t = 0; t < nt; t++) {
		struct trig_term *tt = &m->trig_term[t];
		const uint32_t *ids;
		uint32_t n;
		tt->off = (uint32_t)v.n;
		lexicon_single_entries(lx, t, &ids, &n);
		tt->n_single = trig_add(&v, lx, ids, n);
		lexicon_phrase_entries(lx, t, &ids, &n);
		tt->n_phrase = trig_add(&v, lx, ids, n);
		lt_qsort(v.v + tt->off + tt->n_single, tt->n_phrase, sizeof(struct trig),
			 cmp_trig_key2);
		for (uint32_t q = 0; q < tt->n_phrase; q++)
			tt->key2_bits |= 1ULL << (v.v[tt->off + tt->n_single + q].key2 & 63);
		lexicon_pattern_entries(lx, t, &ids, &n);
		tt->n_pattern = trig_add(&v, lx, ids, n);
	}
	m->trig = v.v;
}

/* sum of term_turns over a group's distinct first terms: how often it
 * passed in the turns seen so far */
static uint64_t group_weight(const struct matcher *m, const struct lex_pat *p, uint32_t k)
{
	const struct pat_slot *sl = &p->slots[k];
	const uint32_t *ft = p->first_term + sl->by_first;
	uint64_t w = 0;
	for (uint32_t a = 0; a < sl->n_alts; a++)
		if (!a || ft[a] != ft[a - 1])
			w += m->term_turns[ft[a]];
	return w;
}

/*
 * The inverse of one required group (after the first) of each pattern,
 * its filter group: for every term, the pattern entries (of the trigger
 * index) one of whose filter group's alternatives starts with it. A
 * turn's distinct terms then mark the patterns whose filter can pass
 * (filt_seen), instead of every pattern a common first word reaches
 * scanning a group's terms. Any required group after the first will do
 * (pattern_possible checks the others): at first the lexicon's choice,
 * the last one; with 'adapt', the one whose first terms were in the
 * fewest of the turns matched so far, so the lists of the common words
 * are short and most patterns fail their filter (refilter). The
 * candidates do not depend on the choice.
 */
static void build_filters(struct matcher *m, bool adapt)
{
	const struct lexicon *lx = m->lx;
	uint32_t nt = lexicon_n_terms(lx), ne = lexicon_n_entries(lx);
	free(m->filt_off);
	free(m->filt_ids);
	m->filt_off = xcalloc((size_t)nt + 2, sizeof(uint32_t));
	if (!m->filt_slot)
		m->filt_slot = xcalloc((size_t)ne + 1, sizeof(uint32_t));
	for (int pass = 0; pass < 2; pass++) {
		for (uint32_t id = 0; id < ne; id++) {
			const struct lex_entry *e = lexicon_entry(lx, id);
			if (!e->pat || e->role == ROLE_NEGATOR || e->pat->filter_slot == UINT32_MAX)
				continue;
			const struct lex_pat *p = e->pat;
			if (pass == 0) {
				uint32_t best = p->filter_slot;
				uint64_t bw = adapt ? group_weight(m, p, best) : 0;
				bool first_req = false;
				for (uint32_t k = 0; adapt && k < p->n_slots; k++) {
					const struct pat_slot *sl = &p->slots[k];
					if (sl->kind != PAT_GROUP || sl->optional)
						continue;
					if (first_req && group_weight(m, p, k) < bw) {
						best = k;
						bw = group_weight(m, p, k);
					}
					first_req = true;
				}
				m->filt_slot[id] = best;
			}
			const struct pat_slot *sl = &p->slots[m->filt_slot[id]];
			const uint32_t *ft = p->first_term + sl->by_first;
			for (uint32_t a = 0; a < sl->n_alts; a++) {
				if (a && ft[a] == ft[a - 1])
					continue; /* sorted: each term once */
				if (pass == 0)
					m->filt_off[ft[a] + 2]++;
				else
					m->filt_ids[m->filt_off[ft[a] + 1]++] = id;
			}
		}
		if (pass == 0) {
			for (uint32_t t = 0; t < nt; t++)
				m->filt_off[t + 2] += m->filt_off[t + 1];
			m->filt_ids = xcalloc((size_t)m->filt_off[nt + 1] + 1, sizeof(uint32_t));
		}
	}
}

static void default_nx(struct matcher *m);

int matcher_new(struct matcher **out, const struct lexicon *lx, const char *lang,
		struct lt_diag *d)
{
	*out = NULL;
	struct matcher *m = xcalloc(1, sizeof(*m));
	m->lx = lx;
	LT_TRY(stemmer_new(&m->st, lang, d));
	intern_init(&m->words);
	default_nx(m);
	arena_init(&m->arena);
	m->rs = rx_scratch_new(lexicon_max_groups(lx), 0);
	const uint32_t *rids;
	uint32_t nr;
	lexicon_regex_entries(lx, &rids, &nr);
	m->rx_mark = xcalloc(nr ? nr : 1, sizeof(uint32_t));
	for (uint32_t q = 0; q < nr; q++)
		if (!lexicon_entry(lx, rids[q])->n_clauses)
			lt_vec_push(&m->rx_always, q);
	m->lit_mark = xcalloc(lexicon_n_literals(lx) + 1, sizeof(uint32_t));
	m->pat_mark = xcalloc(lexicon_n_entries(lx) + 1, sizeof(uint32_t));
	m->pat_ok = xcalloc(lexicon_n_entries(lx) + 1, sizeof(uint32_t));
	m->pat_bad = xcalloc(lexicon_n_entries(lx) + 1, sizeof(uint32_t));
	m->filt_seen = xcalloc(lexicon_n_entries(lx) + 1, sizeof(uint32_t));
	m->term_seen = xcalloc(lexicon_n_terms(lx) + 1, sizeof(uint32_t));
	m->live_gen = xcalloc(lexicon_n_terms(lx) + 1, sizeof(uint32_t));
	m->live_off = xcalloc(lexicon_n_terms(lx) + 1, sizeof(uint32_t));
	m->live_n = xcalloc(lexicon_n_terms(lx) + 1, sizeof(uint32_t));
	m->lit_tok = xcalloc(lexicon_n_literals(lx) + 1, sizeof(uint32_t));
	m->lit_last = xcalloc(lexicon_n_literals(lx) + 1, sizeof(uint32_t));
	m->lit_occ = xcalloc(lexicon_n_literals(lx) + 1, sizeof(uint32_t));
	m->lit_occ_tail = xcalloc(lexicon_n_literals(lx) + 1, sizeof(uint32_t));
	m->lit_need_occ = xcalloc(lexicon_n_literals(lx) + 1, sizeof(bool));
	for (uint32_t q = 0; q < nr; q++) {
		const struct lex_entry *e = lexicon_entry(lx, rids[q]);
		if (e->n_clauses && e->ws_runs != RXSCAN_WS_UNKNOWN)
			for (uint32_t k = 0; k < e->clause_n[0]; k++)
				m->lit_need_occ[e->lits[k]] = true;
	}
	build_triggers(m);
	m->term_turns = xcalloc(lexicon_n_terms(lx) + 1, sizeof(uint32_t));
	build_filters(m, false);
	if (lexicon_liwc_mode(lx))
		for (uint32_t i = 0; i < lexicon_n_themes(lx); i++)
			if (lexicon_theme(lx, i)->liwc)
				m->liwc_any = true;
	*out = m;
	return LT_OK;
}

void matcher_free(struct matcher *m)
{
	if (!m)
		return;
	stemmer_free(m->st);
	free(m->trig);
	free(m->trig_term);
	intern_release(&m->words);
	intern_release(&m->default_first);
	lt_vec_release(&m->default_first_nx);
	lt_vec_release(&m->info);
	lt_vec_release(&m->wflags);
	lt_vec_release(&m->wterm_bits);
	lt_vec_release(&m->pool);
	arena_release(&m->arena);
	rx_scratch_free(m->rs);
	free(m->rx_mark);
	lt_vec_release(&m->rx_always);
	free(m->lit_mark);
	free(m->pat_mark);
	free(m->pat_ok);
	free(m->pat_bad);
	free(m->filt_off);
	free(m->filt_ids);
	free(m->filt_seen);
	free(m->filt_slot);
	free(m->term_turns);
	free(m->term_seen);
	free(m->live_gen);
	free(m->live_off);
	free(m->live_n);
	lt_vec_release(&m->live);
	lt_vec_release(&m->clause_end);
	lt_vec_release(&m->nxs);
	lt_vec_release(&m->fill);
	free(m->lit_tok);
	free(m->lit_last);
	free(m->lit_occ);
	free(m->lit_occ_tail);
	free(m->lit_need_occ);
	lt_vec_release(&m->occ);
	lt_vec_release(&m->rx_tok);
	lt_vec_release(&m->toks);
	lt_vec_release(&m->cands);
	lt_vec_release(&m->excl);
	lt_vec_release(&m->excl_maxend);
	lt_vec_release(&m->taken);
	lt_vec_release(&m->folded);
	lt_vec_release(&m->fmap);
	lt_vec_release(&m->scratch);
	free(m);
}

size_t matcher_vocabulary(const struct matcher *m)
{
	return m->info.n;
}

size_t matcher_memory(const struct matcher *m)
{
	return m->arena.held + m->words.arena.held + (m->words.mask + 1) * sizeof(struct intern_slot) +
	       m->info.cap * sizeof(struct word_info) + m->pool.cap * sizeof(uint32_t);
}

/* ------------------------------------------------------------ word memo */

/*
 * Folded turn text, and for text with non-ASCII characters a map from its
 * byte offsets to the turn's (ASCII folds byte for byte: no map needed).
 */
static void fold_turn(struct matcher *m, const char *text, uint32_t len)
{
	m->folded.n = 0;
	m->fmap.n = 0;
	m->fmap_identity = true;
	lt_vec_reserve(&m->folded, (size_t)len + 1);
	char *o = m->folded.v;
	uint32_t i = 0;
	/* ASCII, eight bytes at a time: add 0x20 to the bytes in 'A'..'Z' */
	while (i + 8 <= len) {
		uint64_t w;
		memcpy(&w, text + i, 8);
		if (w & 0x8080808080808080ULL)
			break;
		uint64_t ge_a = w + 0x3F3F3F3F3F3F3F3FULL;   /* high bit: byte >= 'A' */
		uint64_t gt_z = w + 0x2525252525252525ULL;   /* high bit: byte > 'Z' */
		uint64_t up = ge_a & ~gt_z & 0x8080808080808080ULL;
		w |= up >> 2;
		memcpy(o + i, &w, 8);
		i += 8;
	}
	while (i < len && (unsigned char)text[i] < 0x80) {
		unsigned char b = (unsigned char)text[i];
		o[i] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
		i++;
	}
	m->folded.n = i;
	if (i < len) {
		/* non-ASCII: per character case folding, with the offset map */
		m->fmap_identity = false;
		lt_vec_reserve(&m->fmap, (size_t)len + 1);
		for (uint32_t k = 0; k < i; k++)
			m->fmap.v[k] = k;
		m->fmap.n = i;
		while (i < len) {
			unsigned char b = (unsigned char)text[i];
			if (b < 0x80) {
				lt_vec_push(&m->folded, (char)(b >= 'A' && b <= 'Z' ? b + 32 : b));
				lt_vec_push(&m->fmap, i);
				i++;
				continue;
			}
			uint32_t cp;
			size_t k = tokenize_decode(text + i, len - i, &cp);
			utf8proc_int32_t buf[8];
			int bc = 0;
			utf8proc_ssize_t nc;
			if (cp == 0x2019) {
				buf[0] = '\'';
				nc = 1;
			} else {
				nc = utf8proc_decompose_char((utf8proc_int32_t)cp, buf, 8,
							     UTF8PROC_CASEFOLD, &bc);
				if (nc <= 0 || nc > 8) {
					buf[0] = (utf8proc_int32_t)cp;
					nc = 1;
				}
			}
			for (utf8proc_ssize_t q = 0; q < nc; q++) {
				utf8proc_uint8_t enc[4];
				utf8proc_ssize_t el = utf8proc_encode_char(buf[q], enc);
				for (utf8proc_ssize_t r = 0; r < el; r++) {
					lt_vec_push(&m->folded, (char)enc[r]);
					lt_vec_push(&m->fmap, i);
				}
			}
			i += (uint32_t)k;
		}
		lt_vec_push(&m->fmap, len);
	}
	lt_vec_reserve(&m->folded, m->folded.n + 1);
	m->folded.v[m->folded.n] = '\0';
}

static bool word_is(const struct word_info *w, const char *s, size_t n)
{
	return w->flen == n && memcmp(w->folded, s, n) == 0;
}

/* The first word of a default sequence: up to its first space. */
static size_t first_word_len(const char *s)
{
	const char *sp = strchr(s, ' ');
	return sp ? (size_t)(sp - s) : strlen(s);
}

/* The bit of negation_bits for a word that begins a default sequence of role r. */
static uint8_t default_nx_bit(uint8_t r)
{
	return r == ROLE_NEGATION_RAISER ? NX_RAISE
					 : (uint8_t)(NX_START << (r - ROLE_PSEUDO_NEGATOR));
}

/*
 * The first words of the default pseudo-negator, terminator, post-negator
 * and raiser sequences, each with the bits of the roles it can begin, so a
 * new word type takes one lookup instead of a comparison with each
 * sequence.
 */
static void default_nx(struct matcher *m)
{
	intern_init(&m->default_first);
	for (uint8_t r = ROLE_PSEUDO_NEGATOR; r <= ROLE_NEGATION_RAISER; r++) {
		size_t n;
		const char *const *d = lexicon_default_negation(r, &n);
		for (size_t i = 0; i < n; i++) {
			uint32_t id = intern_put(&m->default_first, d[i], first_word_len(d[i]));
			if (id == m->default_first_nx.n)
				lt_vec_push(&m->default_first_nx, 0);
			m->default_first_nx.v[id] |= default_nx_bit(r);
		}
	}
}

/* word_info.nx for w (its folded form and terms set) */
static uint8_t negation_bits(const struct matcher *m, const struct word_info *w)
{
	size_t nlead;
	const char *const *lead = lexicon_negation_list(NEGL_LEAD, &nlead);
	uint8_t nx = 0;
	if (word_is(w, "neither", 7) || word_is(w, "nor", 3))
		nx |= NX_COORD;
	if (tokenize_is_nt(w->folded, w->flen))
		nx |= NX_NT;
	for (size_t i = 0; i < nlead; i++)
		if (word_is(w, lead[i], strlen(lead[i])))
			nx |= NX_LEAD;
	/* the first word of a default sequence of each role (default_nx) */
	uint32_t dw = intern_find(&m->default_first, w->folded, w->flen);
	if (dw != INTERN_NONE)
		nx |= m->default_first_nx.v[dw];
	for (uint32_t i = 0; i < w->n_terms; i++) /* (pool.v is NULL while empty) */
		nx |= (uint8_t)((lexicon_negation_first(m->lx, m->pool.v[w->terms_off + i]) & 7) *
				NX_START);
	if (nx & NX_NT) /* "not" in a default pseudo-negator matches an n't word too */
		nx |= NX_START;
	return nx;
}

/* word_info.nx2 for w */
static uint8_t negation_bits2(const struct word_info *w)
{
	static const uint8_t bit[] = { [NEGL_FILLER] = NX2_FILLER, [NEGL_DEFINITE] = NX2_DEF,
				       [NEGL_HOLDER] = NX2_HOLDER, [NEGL_OPENER] = NX2_OPENER,
				       [NEGL_RELATIONAL] = NX2_REL };
	uint8_t nx = 0;
	for (int l = NEGL_FILLER; l <= NEGL_RELATIONAL; l++) {
		size_t n;
		const char *const *d = lexicon_negation_list((enum lex_neg_list)l, &n);
		for (size_t i = 0; i < n; i++) {
			bool phrase = strchr(d[i], ' ') != NULL;
			if (!word_is(w, d[i], first_word_len(d[i])))
				continue;
			nx |= phrase ? NX2_FPHRASE : bit[l];
		}
	}
	size_t na, nb;
	const char *const *andor = lexicon_negation_list(NEGL_ANDOR, &na);
	const char *const *be = lexicon_negation_list(NEGL_BE, &nb);
	for (size_t i = 0; i < na; i++)
		if (word_is(w, andor[i], strlen(andor[i])))
			nx |= NX2_ANDOR;
	for (size_t i = 0; i < nb; i++)
		if (word_is(w, be[i], strlen(be[i])))
			nx |= NX2_BE;
	return nx;
}

/*
 * The word memo's own hash (intern_get_h): a word of up to 8 bytes - most
 * tokens - is one 8-byte load (when 'avail' bytes from raw may be read;
 * else a copy, which gives the same value), a multiply and a fold;
 * longer words take lt_hash32. Ids are given in insertion order, so the
 * hash decides nothing but where a word sits in the table.
 */
static inline uint32_t memo_hash(const char *raw, size_t len, size_t avail)
{
	if (len > 8)
		return lt_hash32(raw, len);
	uint64_t w = 0;
	if (avail >= 8) {
		memcpy(&w, raw, 8);
		if (len < 8) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
			w &= ~0ULL << (8 * (8 - len));
#else
			w &= (1ULL << (8 * len)) - 1;
#endif
		}
	} else {
		memcpy(&w, raw, len);
	}
	uint64_t h = (w + len) * 0x9e3779b97f4a7c15ULL;
	return (uint32_t)(h ^ (h >> 32));
}

/* A new word type raw[0..len) (memo hash h): folded, stemmed and looked
 * up in the lexicon once. Returns its id. */
static LT_NOINLINE uint32_t new_word(struct matcher *m, const char *raw, size_t len,
				     uint32_t h)
{
	uint32_t id = intern_put_h(&m->words, raw, len, h);
	struct word_info w;
	memset(&w, 0, sizeof(w));
	size_t flen;
	char *f = tokenize_fold(raw, len, &flen);
	w.folded = arena_strndup(&m->arena, f, flen);
	w.flen = (uint32_t)flen;
	free(f);
	size_t slen;
	const char *stem = stemmer_stem(m->st, w.folded, flen, &slen);
	w.terms_off = (uint32_t)m->pool.n;
	lexicon_word_terms(m->lx, w.folded, flen, stem, slen, &m->pool.v, &m->pool.n,
			   &m->pool.cap);
	w.n_terms = (uint32_t)(m->pool.n - w.terms_off);
	w.neg_all = lexicon_is_default_negator(w.folded, flen);
	w.nx = negation_bits(m, &w);
	w.nx2 = negation_bits2(&w);
	w.neg_off = (uint32_t)m->pool.n;
	for (uint32_t i = 0; i < w.n_terms; i++) {
		const uint32_t *th;
		uint32_t nth;
		lexicon_negator_themes(m->lx, m->pool.v[w.terms_off + i], &th, &nth);
		for (uint32_t k = 0; k < nth; k++) {
			bool dup = false;
			for (size_t q = w.neg_off; q < m->pool.n; q++)
				dup |= m->pool.v[q] == th[k];
			if (!dup)
				lt_vec_push(&m->pool, th[k]);
		}
	}
	w.n_neg = (uint32_t)(m->pool.n - w.neg_off);
	w.lits_off = (uint32_t)m->pool.n;
	/* regexes see each character folded on its own, without NFC
	 * recomposition ("AJ" + U+030C folds to a "j" and a caron there, but
	 * to U+01F0 in the token's form): look for literals in that text */
	bool ascii = true;
	for (size_t i = 0; i < len && ascii; i++)
		ascii = (unsigned char)raw[i] < 0x80;
	if (ascii) {
		lexicon_word_literals(m->lx, w.folded, flen, &m->pool.v, &m->pool.n, &m->pool.cap);
	} else {
		fold_turn(m, raw, (uint32_t)len);
		lexicon_word_literals(m->lx, m->folded.v, m->folded.n, &m->pool.v, &m->pool.n,
				      &m->pool.cap);
	}
	w.n_lits = (uint32_t)(m->pool.n - w.lits_off);
	lt_vec_push(&m->info, w);
	uint8_t flags = (w.n_terms ? WF_TERMS : 0) | (w.n_lits ? WF_LITS : 0);
	for (uint32_t i = 0; i < w.n_terms; i++) {
		const struct trig_term *tt = &m->trig_term[m->pool.v[w.terms_off + i]];
		if (tt->n_single || tt->n_phrase || tt->n_pattern)
			flags |= WF_TRIG;
	}
	lt_vec_push(&m->wflags, flags);
	uint64_t bits = 0;
	for (uint32_t i = 0; i < w.n_terms; i++)
		bits |= 1ULL << (m->pool.v[w.terms_off + i] & 63);
	lt_vec_push(&m->wterm_bits, bits);
	return id;
}

/* The word id of token raw[0..len) (avail bytes from raw are readable):
 * one memo lookup, inline; a new word type goes through new_word. */
static inline uint32_t word_id(struct matcher *m, const char *raw, size_t len, size_t avail)
{
	uint32_t h = memo_hash(raw, len, avail);
	uint32_t id = intern_get_h(&m->words, raw, len, h);
	return id != INTERN_NONE ? id : new_word(m, raw, len, h);
}

void matcher_word(struct matcher *m, const char *w, size_t len, const char **folded,
		  const char **stem)
{
	uint32_t id = word_id(m, w, len, len);
	*folded = m->info.v[id].folded;
	size_t slen;
	const char *s = stemmer_stem(m->st, m->info.v[id].folded, m->info.v[id].flen, &slen);
	/* copy: the stemmer's buffer is reused by the next call */
	*stem = arena_strndup(&m->arena, s, slen);
}

static bool word_has_term(const struct matcher *m, const struct word_info *w, uint32_t t)
{
	if (!w->n_terms)
		return false;
	const uint32_t *p = m->pool.v + w->terms_off;
	for (uint32_t i = 0; i < w->n_terms; i++)
		if (p[i] == t)
			return true;
	return false;
}

static bool is_negator(const struct matcher *m, const struct word_info *w, uint32_t theme)
{
	if (w->neg_all)
		return true;
	if (!w->n_neg)
		return false;
	const uint32_t *p = m->pool.v + w->neg_off;
	for (uint32_t i = 0; i < w->n_neg; i++)
		if (p[i] == theme)
			return true;
	return false;
}

/* ------------------------------------------------------------ candidates */

static void add_cand_e(struct matcher *m, uint32_t start, uint32_t end, uint32_t e,
		       const struct lex_entry *en)
{
	if (en->role == ROLE_NEGATOR)
		return;
	if (en->role == ROLE_COUNT) {
		struct cand c = { start, end, e, en->target, en->role };
		lt_vec_push(&m->cands, c);
	} else {
		struct span s = { start, end, en->target, en->role };
		lt_vec_push(&m->excl, s);
	}
}

static void add_cand(struct matcher *m, uint32_t start, uint32_t end, uint32_t e)
{
	add_cand_e(m, start, end, e, lexicon_entry(m->lx, e));
}

/* ------------------------------------------------------------ patterns
 *
 * docs/counting-rules.md 3.1 and 3.2. A pattern is run from a start token
 * over bit sets of positions (bit k: k tokens consumed), one slot at a
 * time - a small NFA whose states are the slots, simulated on every
 * possible position at once, so each (pattern, start) costs one pass over
 * the pattern, without backtracking.
 */

/* tokens from i to the end of i's clause, at most cap (clause_end_: the
 * matcher's per-token clause ends, set by clause_ends for the turn) */
#define clause_room(tk, ntok, i, cap) clause_room_(m->clause_end.v, (tk), (ntok), (i), (cap))
static uint32_t clause_room_(const uint32_t *clause_end_, const struct token *tk, uint32_t ntok,
			     uint32_t i, uint32_t cap)
{
	(void)tk;
	(void)ntok;
	return LT_MIN(cap, clause_end_[i] - i);
}

static bool alt_matches(const struct matcher *m, const struct lex_pat *p,
			const struct pat_alt *a, uint32_t at)
{
	for (uint32_t q = 0; q < a->n; q++)
		if (!word_has_term(m, &m->info.v[m->toks.v[at + q].word], p->terms[a->off + q]))
			return false;
	return true;
}

/*
 * The alternatives of group s that match at token 'at' with at most room
 * tokens: bit n set for a match of n tokens. Only the alternatives whose
 * first term is one of the token's terms are tried (both lists sorted).
 */
static uint64_t group_ends(const struct matcher *m, const struct lex_pat *p,
			   const struct pat_slot *s, uint32_t at, uint32_t room)
{
	const struct word_info *w = &m->info.v[m->toks.v[at].word];
	const uint32_t *wt = m->pool.v + w->terms_off;
	const uint32_t *ft = p->first_term + s->by_first;
	uint64_t out = 0;
	uint32_t j = 0;
	for (uint32_t k = 0; k < w->n_terms && j < s->n_alts; k++) {
		uint32_t hi = s->n_alts; /* first ft[j] >= wt[k], by bisection */
		while (j < hi) {
			uint32_t mid = j + (hi - j) / 2;
			if (ft[mid] < wt[k])
				j = mid + 1;
			else
				hi = mid;
		}
		for (uint32_t q = j; q < s->n_alts && ft[q] == wt[k]; q++) {
			const struct pat_alt *al = &p->alts[p->first_alt[s->by_first + q]];
			if (al->n <= room && (al->n == 1 || alt_matches(m, p, al, at)))
				out |= 1ULL << al->n;
		}
	}
	return out;
}

/*
 * Where pattern p can end when it starts at token i: bit k of the result
 * is set when tokens [i, i + k) match. A match lies in i's clause and
 * begins and ends with an element's token; gap tokens come after some
 * element's token. 'reach' holds every position reached so far, 'ends'
 * those whose last token belongs to an element.
 */
static uint64_t pat_ends(const struct matcher *m, const struct lex_pat *p, uint32_t i,
			 uint32_t ntok)
{
	uint32_t room = clause_room(m->toks.v, ntok, i, p->max_len);
	uint64_t valid = (2ULL << room) - 1; /* room <= PAT_MAX_LEN < 63 */
	uint64_t reach = 1, ends = 0;
	for (uint32_t k = 0; k < p->n_slots && reach; k++) {
		const struct pat_slot *s = &p->slots[k];
		uint64_t nr = 0, ne = 0;
		if (s->kind == PAT_GAP) {
			uint64_t from = reach & ~1ULL; /* a gap never comes first */
			nr = reach;
			for (uint32_t g = 1; g <= s->gap; g++)
				nr |= from << g;
			nr &= valid;
			ne = ends;
		} else {
			for (uint32_t pos = 0; pos < room && reach >> pos; pos++)
				if (reach >> pos & 1)
					nr |= group_ends(m, p, s, i + pos, room - pos) << pos;
			ne = nr;
			if (s->optional) {
				nr |= reach;
				ne |= ends;
			}
		}
		reach = nr;
		ends = ne;
	}
	return ends;
}

/*
 * Is there a match of e's second operand within e->near_dist tokens of
 * tokens [s, en), sharing none of them? Distance: 1 for adjacent spans,
 * one more per token between them; the whole turn, across clauses.
 */
static bool near_found(const struct matcher *m, const struct lex_entry *e, uint32_t s,
		       uint32_t en, uint32_t ntok)
{
	uint32_t N = e->near_dist;
	const struct lex_pat *b = e->near;
	uint32_t back = N - 1 + b->max_len;
	uint32_t lo = s > back ? s - back : 0;
	uint32_t hi = LT_MIN(ntok, en + N);
	for (uint32_t j = lo; j < hi; j++) {
		if (j >= s && j < en)
			continue; /* would share A's tokens */
		uint64_t ends = pat_ends(m, b, j, ntok);
		for (uint32_t L = 1; L < 64 && ends >> L; L++) {
			if (!(ends >> L & 1))
				continue;
			uint32_t bend = j + L;
			if ((bend <= s && bend + N > s) || (j >= en && j < en + N))
				return true;
		}
	}
	return false;
}

/* Is one of group s's alternatives' first terms on some token of the turn? */
static bool group_seen(const struct matcher *m, const struct lex_pat *p, const struct pat_slot *s)
{
	for (uint32_t a = 0; a < s->n_alts; a++)
		if (m->term_seen[p->first_term[s->by_first + a]] == m->turn_gen)
			return true;
	return false;
}

/* pattern_possible past the filter group: the other required groups */
static LT_NOINLINE bool pattern_groups_seen(struct matcher *m, uint32_t id,
					    const struct lex_pat *p)
{
	bool ok = true, first_req = false;
	for (uint32_t k = 0; k < p->n_slots && ok; k++) {
		const struct pat_slot *s = &p->slots[k];
		if (s->kind != PAT_GROUP || s->optional)
			continue;
		if (first_req && k != m->filt_slot[id])
			ok = group_seen(m, p, s);
		first_req = true;
	}
	if (ok)
		m->pat_ok[id] = m->turn_gen;
	else
		m->pat_bad[id] = m->turn_gen;
	return ok;
}

/*
 * Can pattern entry id match in this turn at all? Every required group
 * after the first needs one of its alternatives' first terms on some token
 * of the turn (the first is the token the pattern starts at; a necessary
 * condition only). The lexicon's filter group is checked first, by one
 * lookup: the turn's terms marked the patterns it can pass (filt_seen,
 * build_filters); the answer for the other groups is kept for the turn.
 */
static inline bool pattern_possible(struct matcher *m, uint32_t id, const struct lex_pat *p)
{
	if (p->filter_slot == UINT32_MAX)
		return true;
	if (m->filt_seen[id] != m->turn_gen)
		return false;
	if (m->pat_ok[id] == m->turn_gen)
		return true;
	if (m->pat_bad[id] == m->turn_gen)
		return false;
	return pattern_groups_seen(m, id, p);
}

/* candidates of pattern or NEAR entry id (e) starting at token i (the
 * pattern can match in the turn: pattern_possible) */
static void pattern_cands(struct matcher *m, uint32_t id, const struct lex_entry *e, uint32_t i,
			  uint32_t ntok)
{
	uint64_t ends = pat_ends(m, e->pat, i, ntok);
	for (uint32_t L = 1; L < 64 && ends >> L; L++) {
		if (!(ends >> L & 1))
			continue;
		if (e->kind == ENTRY_NEAR && !near_found(m, e, i, i + L, ntok))
			continue;
		if (e->kind == ENTRY_NOT_NEAR && near_found(m, e, i, i + L, ntok))
			continue;
		add_cand_e(m, i, i + L, id, e);
	}
}

/*
 * Candidates of the phrases tr[0..n) (sorted by second term) that start at
 * token i: only those whose second term is one of token i + 1's terms are
 * looked at, and only when they fit in i's clause.
 */
static void phrase_cands(struct matcher *m, const struct trig *tr, uint32_t n, uint32_t i)
{
	const struct token *tk = m->toks.v;
	uint32_t room = m->clause_end.v[i] - i;
	if (room < 2)
		return;
	const struct word_info *w = &m->info.v[tk[i + 1].word];
	const uint32_t *wt = m->pool.v + w->terms_off;
	uint32_t j = 0;
	for (uint32_t k = 0; k < w->n_terms && j < n; k++) {
		uint32_t hi = n; /* first tr[j].key2 >= wt[k], by bisection */
		while (j < hi) {
			uint32_t mid = j + (hi - j) / 2;
			if (tr[mid].key2 < wt[k])
				j = mid + 1;
			else
				hi = mid;
		}
		for (uint32_t q = j; q < n && tr[q].key2 == wt[k]; q++) {
			const struct lex_entry *e = tr[q].e;
			if (e->n_terms > room)
				continue;
			bool ok = true;
			for (uint32_t t = 2; t < e->n_terms && ok; t++)
				ok = word_has_term(m, &m->info.v[tk[i + t].word], e->terms[t]);
			if (ok)
				add_cand_e(m, i, i + e->n_terms, tr[q].id, e);
		}
	}
}

/*
 * Candidates of the patterns tr[0..n) of term t at token i. At t's first
 * token in the turn, the patterns that can match in it (pattern_possible)
 * are listed; its later tokens try only those. A pattern reached through
 * two of the word's terms runs once.
 */
static void term_patterns(struct matcher *m, uint32_t t, const struct trig *tr, uint32_t n,
			  uint32_t i, uint32_t ntok)
{
	if (m->live_gen[t] != m->turn_gen) {
		m->live_gen[t] = m->turn_gen;
		m->live_off[t] = (uint32_t)m->live.n;
		uint32_t base = (uint32_t)(tr - m->trig);
		for (uint32_t q = 0; q < n; q++)
			if (pattern_possible(m, tr[q].id, tr[q].e->pat))
				lt_vec_push(&m->live, base + q);
		m->live_n[t] = (uint32_t)m->live.n - m->live_off[t];
	}
	const uint32_t *lv = m->live.v + m->live_off[t];
	for (uint32_t k = 0; k < m->live_n[t]; k++) {
		const struct trig *x = &m->trig[lv[k]];
		if (m->pat_mark[x->id] != m->pat_stamp) {
			m->pat_mark[x->id] = m->pat_stamp;
			pattern_cands(m, x->id, x->e, i, ntok);
		}
	}
}

static void word_candidates(struct matcher *m, uint32_t ntok)
{
	const struct token *tk = m->toks.v;
	const uint8_t *wf = m->wflags.v;
	for (uint32_t i = 0; i < ntok; i++) {
		if (!(wf[tk[i].word] & WF_TRIG))
			continue;
		const struct word_info *w = &m->info.v[tk[i].word];
		if (++m->pat_stamp == 0) {
			memset(m->pat_mark, 0, lexicon_n_entries(m->lx) * sizeof(uint32_t));
			m->pat_stamp = 1;
		}
		for (uint32_t k = 0; k < w->n_terms; k++) {
			uint32_t t = m->pool.v[w->terms_off + k];
			const struct trig_term *tt = &m->trig_term[t];
			const struct trig *tr = m->trig + tt->off;
			for (uint32_t q = 0; q < tt->n_single; q++)
				add_cand_e(m, i, i + 1, tr[q].id, tr[q].e);
			tr += tt->n_single;
			/* a phrase needs its second term on the next token: most
			 * tokens rule all of t's phrases out by one test */
			if (tt->n_phrase && i + 1 < ntok &&
			    (tt->key2_bits & m->wterm_bits.v[tk[i + 1].word]))
				phrase_cands(m, tr, tt->n_phrase, i);
			tr += tt->n_phrase;
			if (tt->n_pattern && (m->live_gen[t] != m->turn_gen || m->live_n[t]))
				term_patterns(m, t, tr, tt->n_pattern, i, ntok);
		}
	}
}

static inline uint32_t fmap_begin(const struct matcher *m, size_t b)
{
	return m->fmap_identity ? (uint32_t)b : m->fmap.v[b];
}

/*
 * turn offset just after the character folded byte e - 1 belongs to, so a
 * match ending inside one character's case-fold expansion ("fi" of U+FB01)
 * still covers that character
 */
static inline uint32_t fmap_end(const struct matcher *m, const char *text, size_t e)
{
	if (m->fmap_identity || e == 0)
		return (uint32_t)e;
	uint32_t o = m->fmap.v[e - 1];
	unsigned char b = (unsigned char)text[o];
	uint32_t k = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
	return o + k;
}

/* the first folded byte that comes from turn byte o or later */
static size_t folded_offset(const struct matcher *m, uint32_t o)
{
	if (m->fmap_identity)
		return o;
	size_t lo = 0, hi = m->folded.n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (m->fmap.v[mid] < o)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* First token whose end is after byte b (tokens sorted by start). */
static uint32_t first_token_ending_after(const struct token *tk, uint32_t n, uint32_t b)
{
	uint32_t lo = 0, hi = n;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (tk[mid].start + tk[mid].len <= b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The candidate of a regex match [b, en) of the folded turn: the tokens it
 * touches. */
static void regex_match_cand(struct matcher *m, const char *text, uint32_t ntok, size_t b,
			     size_t en, uint32_t id)
{
	uint32_t ob = fmap_begin(m, b), oe = fmap_end(m, text, en);
	uint32_t t0 = first_token_ending_after(m->toks.v, ntok, ob);
	uint32_t t1 = t0;
	while (t1 < ntok && m->toks.v[t1].start < oe)
		t1++;
	if (t1 > t0)
		add_cand(m, t0, t1, id);
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* Turn offset just after the n-th run of white space (rxscan_is_ws)
 * before offset 'from', or 0 when there are fewer. */
static uint32_t ws_runs_back(const char *text, uint32_t from, uint32_t n)
{
	uint32_t runs = 0;
	bool in_run = false;
	for (uint32_t i = from; i > 0;) {
		uint32_t j = i - 1;
		while (j > 0 && ((unsigned char)text[j] & 0xC0) == 0x80)
			j--;
		uint32_t c;
		tokenize_decode(text + j, i - j, &c);
		if (rxscan_is_ws(c)) {
			if (!in_run && ++runs == n)
				return i;
			in_run = true;
		} else {
			in_run = false;
		}
		i = j;
	}
	return 0;
}

/* A regex search that failed (r < 0): the turn's line is warned about and
 * the entry's further matches in the turn are not counted. */
static void regex_failed(struct lt_msgs *msgs, uint32_t line, const struct lex_entry *e, int r)
{
	msgs_add(msgs, LT_SEV_WARNING, line,
		 "regex %s (%s:%u) %s; its further matches in this turn are not counted",
		 e->text, e->file, e->line,
		 r == RX_ELIMIT ? "stopped by the PCRE2 match limit" : "failed");
}

/*
 * regex_candidates' search for a regex whose matches touch at most
 * e->ws_runs runs of white space: every match holds a literal of its
 * first clause inside a token that contains it, so it starts no earlier
 * than just after the (ws_runs + 1)-th run of white space before such a
 * token, and no later than the token's end. Only those windows are
 * searched, in token order, from 'start' on; what a search from 'start'
 * over the whole turn would find, without trying the places in between.
 * Returns false (nothing added) when the plain search must decide: an
 * empty match, which a match holding a literal cannot be.
 */
static bool regex_windows(struct matcher *m, const struct lex_entry *e, uint32_t id,
			  const char *text, uint32_t ntok, size_t start, size_t until,
			  uint32_t line, struct lt_msgs *msgs)
{
	uint32_t gen = m->rx_gen;
	m->rx_tok.n = 0;
	for (uint32_t k = 0; k < e->clause_n[0]; k++) {
		uint32_t lit = e->lits[k];
		if (m->lit_mark[lit] != gen)
			continue;
		for (uint32_t o = m->lit_occ[lit]; o != UINT32_MAX; o = m->occ.v[o].next)
			lt_vec_push(&m->rx_tok, m->occ.v[o].tok);
	}
	if (e->clause_n[0] > 1 && m->rx_tok.n > 1) {
		lt_qsort(m->rx_tok.v, m->rx_tok.n, sizeof(uint32_t), cmp_u32);
		size_t w = 1;
		for (size_t i = 1; i < m->rx_tok.n; i++)
			if (m->rx_tok.v[i] != m->rx_tok.v[w - 1])
				m->rx_tok.v[w++] = m->rx_tok.v[i];
		m->rx_tok.n = w;
	}
	const char *ft = m->folded.v;
	size_t fl = m->folded.n, pos = start;
	/* the matches found before an empty one are kept back until the end */
	size_t first_cand = m->cands.n, first_excl = m->excl.n;
	for (size_t k = 0; k < m->rx_tok.n; k++) {
		const struct token *t = &m->toks.v[m->rx_tok.v[k]];
		size_t lim = LT_MIN(folded_offset(m, t->start + t->len), until);
		if (pos > lim)
			continue;
		size_t from = LT_MAX(pos, folded_offset(m, ws_runs_back(text, t->start,
									 e->ws_runs + 1)));
		while (from <= lim) {
			int r = rx_match_until(e->rx, m->rs, ft, fl, from, false, lim);
			if (r == RX_NOMATCH)
				break;
			if (r < 0) {
				regex_failed(msgs, line, e, r);
				return true;
			}
			size_t b, en;
			rx_group(m->rs, 0, &b, &en);
			if (en == b) {
				m->cands.n = first_cand;
				m->excl.n = first_excl;
				return false;
			}
			regex_match_cand(m, text, ntok, b, en, id);
			pos = en;
			from = en;
		}
		pos = LT_MAX(pos, lim);
	}
	return true;
}

/* Mark the literals inside the turn's tokens (lit_mark, lit_tok,
 * lit_last, their occurrences where a regex needs them) and push every
 * regex one of them serves onto m->scratch, once. */
static void mark_literals(struct matcher *m, uint32_t ntok, uint32_t gen)
{
	const uint8_t *wf = m->wflags.v;
	for (uint32_t i = 0; i < ntok; i++) {
		if (!(wf[m->toks.v[i].word] & WF_LITS))
			continue;
		const struct word_info *w = &m->info.v[m->toks.v[i].word];
		for (uint32_t k = 0; k < w->n_lits; k++) {
			uint32_t lit = m->pool.v[w->lits_off + k];
			m->lit_last[lit] = i;
			if (m->lit_need_occ[lit]) {
				if (m->lit_mark[lit] == gen)
					m->occ.v[m->lit_occ_tail[lit]].next = (uint32_t)m->occ.n;
				else
					m->lit_occ[lit] = (uint32_t)m->occ.n;
				m->lit_occ_tail[lit] = (uint32_t)m->occ.n;
				lt_vec_push(&m->occ, ((struct occ){ i, UINT32_MAX }));
			}
			if (m->lit_mark[lit] == gen)
				continue;
			m->lit_mark[lit] = gen;
			m->lit_tok[lit] = i;
			const uint32_t *pos;
			uint32_t np;
			lexicon_literal_regexes(m->lx, lit, &pos, &np);
			for (uint32_t q = 0; q < np; q++)
				if (m->rx_mark[pos[q]] != gen) {
					m->rx_mark[pos[q]] = gen;
					lt_vec_push(&m->scratch, pos[q]);
				}
		}
	}
}

/* Can regex e match this turn? Every match holds a literal of each
 * prefilter clause, inside a token that contains it: false when a clause
 * has none; else *last_start is the end of the last such token of the
 * clause whose last one ends first (turn offset; UINT32_MAX without a
 * prefilter), where no match starts after, and *lead_tok the first token
 * holding a lead literal (0 without lead literals), where none starts
 * before. */
static bool regex_bounds(const struct matcher *m, const struct lex_entry *e, uint32_t gen,
			 uint32_t *last_start, uint32_t *lead_tok)
{
	*last_start = UINT32_MAX;
	const uint32_t *lit = e->lits;
	for (uint32_t c = 0; c < e->n_clauses; c++) {
		bool any = false;
		uint32_t last = 0;
		for (uint32_t k = 0; k < e->clause_n[c]; k++)
			if (m->lit_mark[lit[k]] == gen) {
				const struct token *t = &m->toks.v[m->lit_last[lit[k]]];
				any = true;
				last = LT_MAX(last, t->start + t->len);
			}
		if (!any)
			return false;
		*last_start = LT_MIN(*last_start, last);
		lit += e->clause_n[c];
	}
	*lead_tok = 0;
	if (!e->n_lead)
		return true;
	*lead_tok = UINT32_MAX;
	for (uint32_t k = 0; k < e->n_lead; k++)
		if (m->lit_mark[e->lead[k]] == gen)
			*lead_tok = LT_MIN(*lead_tok, m->lit_tok[e->lead[k]]);
	return *lead_tok != UINT32_MAX;
}

/* Search regex e (entry id) over the folded turn from 'start', no match
 * starting past 'until': PCRE2's global matching (pcre2demo): after an
 * empty match, try a non-empty one at the same place, then move one
 * character on; empty matches never count. */
static void regex_scan(struct matcher *m, const struct lex_entry *e, uint32_t id,
		       const char *text, uint32_t ntok, size_t start, size_t until,
		       uint32_t line, struct lt_msgs *msgs)
{
	const char *ft = m->folded.v;
	size_t fl = m->folded.n;
	bool after_empty = false;
	while (start <= fl) {
		int r = rx_match_until(e->rx, m->rs, ft, fl, start, after_empty, until);
		if (r == RX_NOMATCH && after_empty) {
			after_empty = false;
			size_t nx = start + 1;
			while (nx < fl && ((unsigned char)ft[nx] & 0xC0) == 0x80)
				nx++;
			if (nx > fl)
				break;
			start = nx;
			continue;
		}
		if (r == RX_NOMATCH)
			break;
		if (r < 0) {
			regex_failed(msgs, line, e, r);
			break;
		}
		size_t b, en;
		rx_group(m->rs, 0, &b, &en);
		if (en == b) {
			start = b;
			after_empty = true;
			continue;
		}
		regex_match_cand(m, text, ntok, b, en, id);
		start = en;
		after_empty = false;
	}
}

static void regex_candidates(struct matcher *m, const char *text, uint32_t len,
			     uint32_t ntok, uint32_t line, struct lt_msgs *msgs)
{
	const uint32_t *ids;
	uint32_t n;
	lexicon_regex_entries(m->lx, &ids, &n);
	if (!n || !ntok)
		return;
	/* which regexes can match: mark the literals inside the turn's tokens,
	 * then check the conjunctive prefilter of each regex they serve */
	if (++m->rx_gen == 0) {
		memset(m->rx_mark, 0, n * sizeof(uint32_t));
		memset(m->lit_mark, 0, lexicon_n_literals(m->lx) * sizeof(uint32_t));
		m->rx_gen = 1;
	}
	uint32_t gen = m->rx_gen;
	m->scratch.n = 0;
	m->occ.n = 0;
	mark_literals(m, ntok, gen);
	/* candidates: the regexes without a prefilter, then those a literal
	 * marked (order does not matter: candidates are sorted later) */
	for (size_t k = 0; k < m->rx_always.n; k++)
		lt_vec_push(&m->scratch, m->rx_always.v[k]);
	bool folded = false;
	for (size_t qi = 0; qi < m->scratch.n; qi++) {
		uint32_t q = m->scratch.v[qi];
		const struct lex_entry *e = lexicon_entry(m->lx, ids[q]);
		uint32_t last_start, lead_tok;
		if (!regex_bounds(m, e, gen, &last_start, &lead_tok))
			continue;
		if (!folded) {
			fold_turn(m, text, len);
			folded = true;
		}
		size_t until = last_start == UINT32_MAX ? SIZE_MAX : folded_offset(m, last_start);
		size_t start = e->n_lead ? folded_offset(m, m->toks.v[lead_tok].start) : 0;
		if (e->n_clauses && e->ws_runs != RXSCAN_WS_UNKNOWN &&
		    regex_windows(m, e, ids[q], text, ntok, start, until, line, msgs))
			continue;
		regex_scan(m, e, ids[q], text, ntok, start, until, line, msgs);
	}
}

/* ------------------------------------------------------------ selection */

static int cmp_cand(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	if (x->target != y->target)
		return x->target < y->target ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	uint32_t lx_ = x->end - x->start, ly = y->end - y->start;
	if (lx_ != ly)
		return lx_ > ly ? -1 : 1;
	return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/* Theme-row and LIWC sorts need the entry's LIWC rank and key; the entry
 * id order already follows the lexicon, so rank ties fall back to it. */
struct rank_cand {
	struct cand c;
	uint32_t rank, key;
};

static int cmp_rank_cand(const void *a, const void *b)
{
	const struct rank_cand *x = a, *y = b;
	if (x->c.start != y->c.start)
		return x->c.start < y->c.start ? -1 : 1;
	uint32_t lx_ = x->c.end - x->c.start, ly = y->c.end - y->c.start;
	if (lx_ != ly)
		return lx_ > ly ? -1 : 1;
	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	if (x->c.target != y->c.target)
		return x->c.target < y->c.target ? -1 : 1;
	return x->c.entry < y->c.entry ? -1 : x->c.entry > y->c.entry;
}

static int cmp_hit_theme(const void *a, const void *b)
{
	const struct hit *x = a, *y = b;
	if (x->tok_start != y->tok_start)
		return x->tok_start < y->tok_start ? -1 : 1;
	uint32_t lx_ = x->tok_end - x->tok_start, ly = y->tok_end - y->tok_start;
	if (lx_ != ly)
		return lx_ > ly ? -1 : 1;
	if (x->category != y->category)
		return x->category < y->category ? -1 : 1;
	return x->entry < y->entry ? -1 : x->entry > y->entry;
}

static int cmp_hit_out(const void *a, const void *b)
{
	const struct hit *x = a, *y = b;
	if (x->category != y->category)
		return x->category < y->category ? -1 : 1;
	if (x->tok_start != y->tok_start)
		return x->tok_start < y->tok_start ? -1 : 1;
	return x->tok_end < y->tok_end ? -1 : x->tok_end > y->tok_end;
}

static int cmp_span(const void *a, const void *b)
{
	const struct span *x = a, *y = b;
	if (x->role != y->role)
		return x->role < y->role ? -1 : 1;
	if (x->target != y->target)
		return x->target < y->target ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}

/*
 * Exclusion spans sorted by (role, target, start), with the largest end so
 * far within each (role, target) group: a candidate [s, e) overlaps one of
 * a group's spans iff the last span starting before e reaches past s by
 * that running maximum. Makes each check O(log n) instead of a scan of
 * every span (a transcript with no labels is one long turn).
 */
static void prepare_exclusions(struct matcher *m)
{
	lt_qsort(m->excl.v, m->excl.n, sizeof(struct span), cmp_span);
	m->excl_maxend.n = 0;
	lt_vec_reserve(&m->excl_maxend, m->excl.n + 1);
	for (size_t i = 0; i < m->excl.n; i++) {
		const struct span *s = &m->excl.v[i];
		uint32_t mx = s->end;
		if (i && m->excl.v[i - 1].role == s->role && m->excl.v[i - 1].target == s->target)
			mx = LT_MAX(mx, m->excl_maxend.v[i - 1]);
		m->excl_maxend.v[i] = mx;
	}
	m->excl_maxend.n = m->excl.n;
}

static bool overlaps_group(const struct matcher *m, uint8_t role, uint32_t target,
			   uint32_t start, uint32_t end)
{
	/* first span with (role, target, start) >= (role, target, end) */
	size_t lo = 0, hi = m->excl.n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct span *s = &m->excl.v[mid];
		bool before = s->role < role || (s->role == role && (s->target < target ||
				(s->target == target && s->start < end)));
		if (before)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return false;
	const struct span *p = &m->excl.v[lo - 1];
	return p->role == role && p->target == target && m->excl_maxend.v[lo - 1] > start;
}

static bool excluded(const struct matcher *m, const struct cand *c, uint32_t theme)
{
	if (!m->excl.n)
		return false;
	return overlaps_group(m, ROLE_EXCLUDE_THEME, theme, c->start, c->end) ||
	       overlaps_group(m, ROLE_EXCLUDE_CATEGORY, c->target, c->start, c->end);
}

/* ------------------------------------------------------------ negation
 *
 * docs/counting-rules.md 6 (counting rules version 3), NegEx-style. Only
 * hits with a negator before them in their clause, or a word that can
 * start a post-negator after them, look further.
 */

/* NEG_WINDOW, RAISE_GAP, POST_GAP, DEF_BACK: lexicon.h (part of the counting key) */

/* Is token i a filler (m->fill, set for the hit's clauses by mark_fillers)? */
static bool filler(const struct matcher *m, uint32_t i)
{
	return i >= m->fill_base && i - m->fill_base < m->fill.n && m->fill.v[i - m->fill_base];
}

/* Does the word of token i equal default word w[0..wl), where "not" in a
 * pseudo-negator (nt_too) also matches a word ending in n't? */
static bool default_word_is(const struct matcher *m, uint32_t i, const char *w, size_t wl,
			    bool nt_too)
{
	const struct word_info *wi = &m->info.v[m->toks.v[i].word];
	return word_is(wi, w, wl) || (nt_too && (wi->nx & NX_NT) && wl == 3 && !memcmp(w, "not", 3));
}

/* Does default sequence ph (folded words, one space apart) match at token
 * a, inside [a, ce)? Post-negators (role) may have fillers between their
 * words; in pseudo-negators "not" also matches an n't word. Sets *end. */
static bool default_seq_at(const struct matcher *m, uint32_t a, uint32_t ce, const char *ph,
			   uint8_t role, uint32_t *end)
{
	uint32_t i = a;
	for (const char *p = ph;; i++) {
		size_t wl = first_word_len(p);
		if (p != ph && role == ROLE_POST_NEGATOR) /* skip fillers that are not the word */
			while (i < ce && filler(m, i) && !default_word_is(m, i, p, wl, false))
				i++;
		if (i >= ce || !default_word_is(m, i, p, wl, role == ROLE_PSEUDO_NEGATOR))
			return false;
		if (!p[wl])
			break;
		p += wl + 1;
	}
	*end = i + 1;
	return true;
}

/* Does lexicon entry e (words, a phrase) match at token a, inside [a, ce)?
 * Post-negators may have fillers between their words. */
static bool entry_seq_at(const struct matcher *m, uint32_t a, uint32_t ce,
			 const struct lex_entry *e, uint8_t role, uint32_t *end)
{
	uint32_t i = a;
	for (uint32_t k = 0; k < e->n_terms; k++, i++) {
		if (k && role == ROLE_POST_NEGATOR) /* skip fillers that are not the word */
			while (i < ce && filler(m, i) &&
			       !word_has_term(m, &m->info.v[m->toks.v[i].word], e->terms[k]))
				i++;
		if (i >= ce || !word_has_term(m, &m->info.v[m->toks.v[i].word], e->terms[k]))
			return false;
	}
	*end = i;
	return true;
}

/* Mark the fillers of tokens [a, b) in m->fill (single words, and the
 * words of filler phrases matched wholly inside one clause). */
static void mark_fillers(struct matcher *m, uint32_t a, uint32_t b)
{
	m->fill_base = a;
	m->fill.n = 0;
	lt_vec_reserve(&m->fill, b - a);
	for (uint32_t i = a; i < b; i++)
		m->fill.v[m->fill.n++] = (m->info.v[m->toks.v[i].word].nx2 & NX2_FILLER) != 0;
	size_t nf;
	const char *const *fl = lexicon_negation_list(NEGL_FILLER, &nf);
	for (uint32_t i = a; i < b; i++) {
		if (!(m->info.v[m->toks.v[i].word].nx2 & NX2_FPHRASE))
			continue;
		for (size_t k = 0; k < nf; k++) {
			if (!strchr(fl[k], ' '))
				continue;
			uint32_t j = i;
			const char *p = fl[k];
			bool ok = true;
			for (;; j++) {
				size_t wl = first_word_len(p);
				ok = j < b && m->toks.v[j].clause == m->toks.v[i].clause &&
				     word_is(&m->info.v[m->toks.v[j].word], p, wl);
				if (!ok || !p[wl])
					break;
				p += wl + 1;
			}
			for (uint32_t q = i; ok && q <= j; q++)
				m->fill.v[q - a] = 1;
		}
	}
}

/* Append to m->nxs the pseudo-negator, terminator and post-negator
 * sequences of theme th in the clause [cs, ce). */
static void clause_sequences(struct matcher *m, uint32_t cs, uint32_t ce, uint32_t th)
{
	for (uint32_t a = cs; a < ce; a++) {
		uint8_t nx = m->info.v[m->toks.v[a].word].nx;
		for (uint8_t r = ROLE_PSEUDO_NEGATOR; r <= ROLE_POST_NEGATOR; r++) {
			if (!(nx & (NX_START << (r - ROLE_PSEUDO_NEGATOR))))
				continue;
			size_t nd;
			const char *const *d = lexicon_default_negation(r, &nd);
			uint32_t b;
			for (size_t i = 0; i < nd; i++)
				if (default_seq_at(m, a, ce, d[i], r, &b))
					lt_vec_push(&m->nxs, ((struct nx_span){ a, b, r }));
			const uint32_t *ids;
			uint32_t ne;
			lexicon_negation_entries(m->lx, th, r, &ids, &ne);
			for (uint32_t i = 0; i < ne; i++)
				if (entry_seq_at(m, a, ce, lexicon_entry(m->lx, ids[i]), r, &b))
					lt_vec_push(&m->nxs, ((struct nx_span){ a, b, r }));
		}
	}
}

static bool in_sequence(const struct matcher *m, uint8_t role, uint32_t j)
{
	for (size_t i = 0; i < m->nxs.n; i++)
		if (m->nxs.v[i].role == role && m->nxs.v[i].a <= j && j < m->nxs.v[i].b)
			return true;
	return false;
}

/* Is token r a negation raiser for theme th? */
static bool is_raiser(const struct matcher *m, uint32_t r, uint32_t th)
{
	const struct word_info *w = &m->info.v[m->toks.v[r].word];
	if (w->nx & NX_RAISE)
		return true;
	const uint32_t *ids;
	uint32_t n;
	lexicon_negation_entries(m->lx, th, ROLE_NEGATION_RAISER, &ids, &n);
	for (uint32_t i = 0; i < n; i++)
		if (word_has_term(m, w, lexicon_entry(m->lx, ids[i])->terms[0]))
			return true;
	return false;
}

/* Does the clause ending before token ce end with '?' (the first clause
 * character after its last token)? */
static bool clause_is_question(const struct matcher *m, uint32_t ce)
{
	const struct token *last = &m->toks.v[ce - 1];
	for (uint32_t i = last->start + last->len; i < m->text_len; i++) {
		unsigned char c = (unsigned char)m->text[i];
		if (c == '?')
			return true;
		if (tok_ascii_class[c] == TOK_CLAUSE)
			return false;
		if (c == 0xE2 && i + 2 < m->text_len && (unsigned char)m->text[i + 1] == 0x80 &&
		    (unsigned char)m->text[i + 2] == 0xA6)
			return false; /* U+2026 */
	}
	return false;
}

static bool lead_word(const struct matcher *m, uint32_t i)
{
	return (m->info.v[m->toks.v[i].word].nx & NX_LEAD) != 0;
}

/* An n't negator j that opens a question clause [cs, ce) (after at most
 * one lead word): a rhetorical question, "wasn't there tension?" */
static bool rhetorical(const struct matcher *m, uint32_t j, uint32_t cs, uint32_t ce)
{
	bool opens = j == cs || (j == cs + 1 && lead_word(m, cs));
	return opens && clause_is_question(m, ce);
}

/* Is there a dash between tokens i and i + 1: "--", U+2013, U+2014, or a
 * '-' with a space on each side (a self-repair in transcribed speech)? */
static bool dash_after(const struct matcher *m, uint32_t i)
{
	const struct token *tk = m->toks.v;
	const unsigned char *p = (const unsigned char *)m->text;
	uint32_t a = tk[i].start + tk[i].len, b = tk[i + 1].start;
	for (uint32_t k = a; k < b; k++) {
		if (p[k] == '-' && k + 1 < b && (p[k + 1] == '-' || (k > a && p[k - 1] == ' ' &&
								 p[k + 1] == ' ')))
			return true;
		if (p[k] == 0xE2 && k + 2 < b && p[k + 1] == 0x80 &&
		    (p[k + 2] == 0x93 || p[k + 2] == 0x94))
			return true;
	}
	return false;
}

/* Words (tokens that are not fillers) in (j, s): how far back negator j is, 1 when adjacent. */
static uint32_t words_between(const struct matcher *m, uint32_t j, uint32_t s)
{
	uint32_t n = 1;
	for (uint32_t k = j + 1; k < s; k++)
		n += !filler(m, k);
	return n;
}

/* 6.1 step 4: the definite determiner in [max(b, s - DEF_BACK), s] nearest
 * the hit's first token s, when the hit is a definite description outside
 * a holder's reach; UINT32_MAX when there is none. */
static uint32_t definite_at(const struct matcher *m, uint32_t s, uint32_t b,
			    uint32_t th)
{
	uint32_t d = UINT32_MAX;
	for (uint32_t k = s;; k--) {
		if (m->info.v[m->toks.v[k].word].nx2 & NX2_DEF) {
			d = k;
			break;
		}
		if (k < s && is_negator(m, &m->info.v[m->toks.v[k].word], th))
			return UINT32_MAX;
		if (k == b || k + DEF_BACK == s)
			break;
	}
	if (d == UINT32_MAX)
		return UINT32_MAX;
	/* the nearest word before the determiner that is not a filler */
	uint32_t p = d;
	while (p > b && filler(m, p - 1))
		p--;
	if (p == b)
		return UINT32_MAX; /* nothing before it in the scope: no trigger anyway */
	const struct word_info *w = &m->info.v[m->toks.v[p - 1].word];
	if (is_negator(m, w, th) || (w->nx2 & NX2_HOLDER))
		return UINT32_MAX;
	return d;
}

/* Is the word of token i in built-in list l? */
static bool in_list(const struct matcher *m, uint32_t i, enum lex_neg_list l)
{
	size_t n;
	const char *const *w = lexicon_negation_list(l, &n);
	for (size_t k = 0; k < n; k++)
		if (word_is(&m->info.v[m->toks.v[i].word], w[k], strlen(w[k])))
			return true;
	return false;
}

/* Do only fillers and relational words (NX2_REL: of, from, with, ...) stand
 * between negator j and determiner d ("not from the remit", "not part of
 * the remit")? A quantifier negator followed by "of" is a partitive
 * ("none of the", "neither of those"): no; a nominal one is not ("an
 * absence of these meetings", "lack of the funding" deny them). */
static bool only_relational(const struct matcher *m, uint32_t j, uint32_t d)
{
	if (j + 1 < d && word_is(&m->info.v[m->toks.v[j + 1].word], "of", 2) &&
	    in_list(m, j, NEGL_PARTITIVE))
		return false;
	for (uint32_t k = j + 1; k < d; k++)
		if (!filler(m, k) && !(m->info.v[m->toks.v[k].word].nx2 & NX2_REL))
			return false;
	return true;
}

/* Is the terminator at token a "whether" right after a raiser ("not sure
 * whether", "don't recall whether"): then it does not end the scope. */
static bool whether_raised(const struct matcher *m, uint32_t a, uint32_t cs, uint32_t th)
{
	return a > cs && word_is(&m->info.v[m->toks.v[a].word], "whether", 7) &&
	       is_raiser(m, a - 1, th);
}

/* Is negator j the "not" of "too X not to" ("too important not to speak
 * up": a degree construction that asserts what follows)? */
static bool too_not_to(const struct matcher *m, uint32_t j, uint32_t cs, uint32_t ce)
{
	return j >= cs + 2 && j + 1 < ce && word_is(&m->info.v[m->toks.v[j].word], "not", 3) &&
	       word_is(&m->info.v[m->toks.v[j + 1].word], "to", 2) &&
	       word_is(&m->info.v[m->toks.v[j - 2].word], "too", 3);
}

/* Is negator j the "no" of a negative inversion: a preposition before it,
 * one word and an auxiliary after it, all in [b, ce) ("at no point did
 * anyone reach for ...", "in no way were we pressured")? */
static bool inverted(const struct matcher *m, uint32_t j, uint32_t b, uint32_t ce)
{
	return j > b && j + 2 < ce && word_is(&m->info.v[m->toks.v[j].word], "no", 2) &&
	       in_list(m, j - 1, NEGL_INV_PREP) && in_list(m, j + 2, NEGL_INV_AUX);
}

/* Is negator j existential: "there's no", "there wasn't", "there was
 * nobody" (after "there" and at most one form of be, in the scope)? */
static bool existential(const struct matcher *m, uint32_t j, uint32_t b)
{
	uint32_t k = j;
	if (k > b && (m->info.v[m->toks.v[k - 1].word].nx2 & NX2_BE))
		k--;
	if (k == b)
		return false;
	const struct word_info *t = &m->info.v[m->toks.v[k - 1].word];
	return word_is(t, "there", 5) || word_is(t, "there's", 7);
}

/* Steps 1-3: where the negation scope of a hit starting at s begins in its
 * clause [cs, ce): after the last terminator wholly before the hit, the
 * last dash, or at the last negator repeated after "and" / "or". */
static uint32_t scope_start(const struct matcher *m, uint32_t s, uint32_t cs, uint32_t ce,
			    uint32_t th)
{
	const struct token *tk = m->toks.v;
	uint32_t b = cs;
	for (size_t i = 0; i < m->nxs.n; i++) {
		const struct nx_span *x = &m->nxs.v[i];
		if (x->role == ROLE_NEGATION_TERMINATOR && x->a >= cs && x->b <= s && x->b > b &&
		    !whether_raised(m, x->a, cs, th))
			b = x->b;
	}
	for (uint32_t j = s; j > b; j--)
		if (dash_after(m, j - 1)) {
			b = j;
			break;
		}
	for (uint32_t j = s; j-- > b + 1;)
		if ((m->info.v[tk[j - 1].word].nx2 & NX2_ANDOR) &&
		    is_negator(m, &m->info.v[tk[j].word], th) &&
		    !in_sequence(m, ROLE_PSEUDO_NEGATOR, j) && !too_not_to(m, j, cs, ce))
			return j;
	return b;
}

/* Step 5, post-negation: does a post-negator start at most POST_GAP words
 * after the hit ending at e, before pe (its last token's clause end),
 * with no terminator or dash between? */
static bool post_negated(const struct matcher *m, uint32_t e, uint32_t pe)
{
	for (size_t i = 0; i < m->nxs.n; i++) {
		const struct nx_span *x = &m->nxs.v[i];
		if (x->role != ROLE_POST_NEGATOR || x->a < e || x->a >= pe ||
		    (x->a > e && words_between(m, e - 1, x->a) - 1 > POST_GAP))
			continue;
		bool cut = false;
		for (uint32_t k = e - 1; k < x->a && !cut; k++)
			cut = dash_after(m, k);
		for (size_t k = 0; k < m->nxs.n && !cut; k++)
			cut = m->nxs.v[k].role == ROLE_NEGATION_TERMINATOR && m->nxs.v[k].a >= e &&
			      m->nxs.v[k].b <= x->a;
		if (!cut)
			return true;
	}
	return false;
}

/* Is there a negator (or post-negator) in the hit's clauses at all? The
 * cheap test before the scope is worked out. */
static bool any_cue(const struct matcher *m, uint32_t cs, uint32_t s, uint32_t e, uint32_t pe,
		    uint32_t th)
{
	const struct token *tk = m->toks.v;
	for (uint32_t j = cs; j < s; j++)
		if (is_negator(m, &m->info.v[tk[j].word], th))
			return true;
	/* a post-negator can start after fillers: look to the clause end */
	for (uint32_t p = e; p < pe; p++)
		if (m->info.v[tk[p].word].nx & (NX_START << (ROLE_POST_NEGATOR - ROLE_PSEUDO_NEGATOR)))
			return true;
	return false;
}

/* Is the hit [s, e) of theme th negated? (docs/counting-rules.md 6) */
static bool negated(struct matcher *m, uint32_t s, uint32_t e, uint32_t th)
{
	const struct token *tk = m->toks.v;
	uint32_t cs = s;
	while (cs > 0 && tk[cs - 1].clause == tk[s].clause)
		cs--;
	uint32_t ce = m->clause_end.v[s], pe = m->clause_end.v[e - 1];
	if (!any_cue(m, cs, s, e, pe, th))
		return false;
	mark_fillers(m, cs, LT_MAX(ce, pe));
	m->nxs.n = 0;
	clause_sequences(m, cs, ce, th);
	if (pe != ce) /* a regex hit across clauses: the post-negator's clause too */
		clause_sequences(m, e, pe, th);
	uint32_t b = scope_start(m, s, cs, ce, th);
	/* 4. a definite description: no pre-negation reaches past its determiner */
	uint32_t def = definite_at(m, s, b, th);
	uint32_t coord = 0, other = 0, first_trig = UINT32_MAX;
	for (uint32_t j = b; j < s; j++) {
		const struct word_info *w = &m->info.v[tk[j].word];
		if (!is_negator(m, w, th) || in_sequence(m, ROLE_PSEUDO_NEGATOR, j) ||
		    too_not_to(m, j, cs, ce))
			continue;
		bool raised = false;
		for (uint32_t r = j + 1; r < s && !raised && words_between(m, j, r) <= RAISE_GAP; r++)
			raised = !filler(m, r) && is_raiser(m, r, th);
		bool opener = ((w->nx2 & NX2_OPENER) && (j == b || (j == b + 1 && lead_word(m, b)))) ||
			      existential(m, j, b) || inverted(m, j, b, ce);
		if (words_between(m, j, s) > NEG_WINDOW && !raised && !opener)
			continue;
		if (def != UINT32_MAX && j < def && !only_relational(m, j, def))
			continue;
		if (w->nx & NX_COORD)
			coord++;
		else if (!((w->nx & NX_NT) && rhetorical(m, j, cs, ce))) {
			other++;
			if (first_trig == UINT32_MAX)
				first_trig = j;
		}
	}
	other += post_negated(m, e, pe);
	/* 6. a negative predicate in the scope before the first counted
	 * trigger is one more: "hard to think ... without that conversation",
	 * "naive not to be aware" (double negation) */
	if (other > 0 && first_trig != UINT32_MAX)
		for (uint32_t k = b; k < first_trig; k++)
			if (in_list(m, k, NEGL_NEG_PRED)) {
				other++;
				break;
			}
	return coord > 0 || other % 2 == 1;
}

static void make_hit(struct matcher *m, struct hit *h, uint32_t turn, uint32_t start,
		     uint32_t end, uint32_t category, uint32_t entry, struct arena *a)
{
	const struct token *tk = m->toks.v;
	h->turn = turn;
	h->tok_start = start;
	h->tok_end = end;
	h->byte_start = tk[start].start;
	h->byte_end = tk[end - 1].start + tk[end - 1].len;
	h->category = category;
	h->entry = entry;
	if (end - start == 1) {
		const struct word_info *w = &m->info.v[tk[start].word];
		h->form = w->folded;
		h->form_len = w->flen;
	} else {
		size_t n = 0;
		for (uint32_t i = start; i < end; i++)
			n += m->info.v[tk[i].word].flen + 1;
		char *f = arena_alloc(a, n);
		size_t w = 0;
		for (uint32_t i = start; i < end; i++) {
			const struct word_info *wi = &m->info.v[tk[i].word];
			if (i > start)
				f[w++] = ' ';
			memcpy(f + w, wi->folded, wi->flen);
			w += wi->flen;
		}
		f[w] = '\0';
		h->form = f;
		h->form_len = (uint32_t)w;
	}
	h->negated = false;
}

/* Leftmost-longest over cands[0..n) of one category (sorted by cmp_cand). */
static void select_category(struct matcher *m, const struct cand *c, size_t n, uint32_t turn,
			    struct arena *a)
{
	uint32_t last_end = 0;
	bool any = false;
	const struct lex_category *cat = lexicon_category(m->lx, c[0].target);
	for (size_t i = 0; i < n; i++) {
		if (any && c[i].start < last_end)
			continue;
		if (excluded(m, &c[i], cat->theme))
			continue;
		struct hit h;
		make_hit(m, &h, turn, c[i].start, c[i].end, c[i].target, c[i].entry, a);
		h.negated = negated(m, c[i].start, c[i].end, cat->theme);
		lt_vec_push(&m->taken, h);
		last_end = c[i].end;
		any = true;
	}
}

/*
 * --liwc for a LIWC theme: one entry per token position across the whole
 * dictionary - the longest span, then an exact word over any wildcard and
 * the longest wildcard; every category listing that same entry gets the hit.
 */
static void select_liwc_theme(struct matcher *m, const struct cand *c, size_t n, uint32_t turn,
			      struct arena *a, uint32_t theme)
{
	struct rank_cand *rc = xmalloc(xmul(n, sizeof(*rc)));
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (excluded(m, &c[i], theme))
			continue;
		const struct lex_entry *e = lexicon_entry(m->lx, c[i].entry);
		rc[k].c = c[i];
		rc[k].rank = e->liwc_rank;
		rc[k].key = e->key;
		k++;
	}
	lt_qsort(rc, k, sizeof(*rc), cmp_rank_cand);
	uint32_t last_end = 0;
	bool any = false;
	for (size_t i = 0; i < k;) {
		if (any && rc[i].c.start < last_end) {
			i++;
			continue;
		}
		size_t j = i;
		uint32_t prev_target = UINT32_MAX;
		while (j < k && rc[j].c.start == rc[i].c.start && rc[j].c.end == rc[i].c.end &&
		       rc[j].rank == rc[i].rank && rc[j].key == rc[i].key) {
			if (rc[j].c.target != prev_target) {
				struct hit h;
				make_hit(m, &h, turn, rc[j].c.start, rc[j].c.end, rc[j].c.target,
					 rc[j].c.entry, a);
				h.negated = negated(m, rc[j].c.start, rc[j].c.end, theme);
				lt_vec_push(&m->taken, h);
				prev_target = rc[j].c.target;
			}
			j++;
		}
		last_end = rc[i].c.end;
		any = true;
		i = j;
	}
	free(rc);
}

/* THEME.* rows: leftmost-longest again over the theme's taken hits. */
static void select_themes(struct matcher *m, struct hit_vec *hits)
{
	size_t n = m->taken.n;
	struct hit *h = m->taken.v;
	if (!n)
		return;
	lt_qsort(h, n, sizeof(*h), cmp_hit_theme);
	/* hits of different themes interleave: one pass per theme present */
	m->scratch.n = 0;
	for (size_t i = 0; i < n; i++) {
		uint32_t th = lexicon_category(m->lx, h[i].category)->theme;
		bool seen = false;
		for (size_t q = 0; q < m->scratch.n; q++)
			seen |= m->scratch.v[q] == th;
		if (!seen)
			lt_vec_push(&m->scratch, th);
	}
	for (size_t q = 0; q < m->scratch.n; q++) {
		uint32_t th = m->scratch.v[q];
		uint32_t row = lexicon_theme(m->lx, th)->row;
		uint32_t last_end = 0;
		bool any = false;
		for (size_t i = 0; i < n; i++) {
			if (lexicon_category(m->lx, h[i].category)->theme != th)
				continue;
			if (any && h[i].tok_start < last_end)
				continue;
			struct hit t = h[i];
			t.category = row;
			lt_vec_push(hits, t);
			last_end = h[i].tok_end;
			any = true;
		}
	}
	for (size_t i = 0; i < n; i++)
		lt_vec_push(hits, h[i]);
}

uint32_t matcher_turn(struct matcher *m, const char *text, uint32_t len, uint32_t turn,
		      uint32_t line, struct arena *a, struct hit_vec *hits, struct lt_msgs *msgs)
{
	/* a guess that fits ordinary text (a token per 4 bytes or fewer), and
	 * the bound only when the text is denser than that */
	m->toks.n = 0;
	size_t guess = LT_MIN(tokenize_max_tokens(len), (size_t)len / 4 + 16);
	lt_vec_reserve(&m->toks, guess);
	size_t nt = tokenize_cap(text, len, m->toks.v, m->toks.cap);
	if (nt == SIZE_MAX) {
		lt_vec_reserve(&m->toks, tokenize_max_tokens(len));
		nt = tokenize(text, len, m->toks.v);
	}
	uint32_t ntok = (uint32_t)nt;
	m->toks.n = ntok;
	for (uint32_t i = 0; i < ntok; i++)
		m->toks.v[i].word = word_id(m, text + m->toks.v[i].start, m->toks.v[i].len,
					    len - m->toks.v[i].start);

	m->cands.n = 0;
	m->live.n = 0;
	m->excl.n = 0;
	m->taken.n = 0;
	m->text = text;
	m->text_len = len;
	lt_vec_reserve(&m->clause_end, (size_t)ntok + 1);
	for (uint32_t i = ntok; i-- > 0;)
		m->clause_end.v[i] = i + 1 < ntok && m->toks.v[i + 1].clause == m->toks.v[i].clause
				     ? m->clause_end.v[i + 1] : i + 1;
	m->clause_end.n = ntok;
	/* the filter groups chosen again from the terms seen: after a few
	 * hundred turns, and once more when the figures are firmer */
	if (++m->n_turns == 500 || m->n_turns == 5000)
		build_filters(m, true);
	if (++m->turn_gen == 0) {
		uint32_t ne = lexicon_n_entries(m->lx);
		memset(m->pat_ok, 0, ne * sizeof(uint32_t));
		memset(m->pat_bad, 0, ne * sizeof(uint32_t));
		memset(m->filt_seen, 0, ne * sizeof(uint32_t));
		memset(m->term_seen, 0, lexicon_n_terms(m->lx) * sizeof(uint32_t));
		memset(m->live_gen, 0, lexicon_n_terms(m->lx) * sizeof(uint32_t));
		m->turn_gen = 1;
	}
	for (uint32_t i = 0; i < ntok; i++) {
		if (!(m->wflags.v[m->toks.v[i].word] & WF_TERMS))
			continue;
		const struct word_info *w = &m->info.v[m->toks.v[i].word];
		for (uint32_t k = 0; k < w->n_terms; k++) {
			uint32_t t = m->pool.v[w->terms_off + k];
			if (m->term_seen[t] == m->turn_gen)
				continue;
			m->term_seen[t] = m->turn_gen;
			m->term_turns[t]++;
			for (uint32_t q = m->filt_off[t]; q < m->filt_off[t + 1]; q++)
				m->filt_seen[m->filt_ids[q]] = m->turn_gen;
		}
	}
	word_candidates(m, ntok);
	regex_candidates(m, text, len, ntok, line, msgs);
	if (!m->cands.n)
		return ntok;
	prepare_exclusions(m);
	lt_qsort(m->cands.v, m->cands.n, sizeof(struct cand), cmp_cand);
	const struct lexicon *lx = m->lx;
	size_t first_out = hits->n;
	for (size_t i = 0; i < m->cands.n;) {
		size_t j = i;
		uint32_t target = m->cands.v[i].target;
		const struct lex_category *cat = lexicon_category(lx, target);
		const struct lex_theme *th = lexicon_theme(lx, cat->theme);
		if (m->liwc_any && th->liwc) {
			/* the whole theme at once: its categories are consecutive */
			uint32_t hi = th->first_cat + th->n_cats;
			while (j < m->cands.n && m->cands.v[j].target < hi)
				j++;
			select_liwc_theme(m, m->cands.v + i, j - i, turn, a, cat->theme);
		} else {
			while (j < m->cands.n && m->cands.v[j].target == target)
				j++;
			select_category(m, m->cands.v + i, j - i, turn, a);
		}
		i = j;
	}
	select_themes(m, hits);
	/* stable output order: category, then position */
	if (hits->n > first_out)
		lt_qsort(hits->v + first_out, hits->n - first_out, sizeof(struct hit), cmp_hit_out);
	return ntok;
}

const struct token *matcher_tokens(const struct matcher *m, uint32_t *n)
{
	*n = (uint32_t)m->toks.n;
	return m->toks.v;
}
