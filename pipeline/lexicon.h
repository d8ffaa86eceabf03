/* lexicon.h - lexicon files: parse, compile, query (DESIGN.md "Lexicon files").
 *
 * A struct lexicon is built once on the main thread (lexicon_new, then
 * lexicon_add_path for each --lexicons argument, then lexicon_finish) and
 * is read-only afterwards, so worker threads share it without locks.
 *
 * Model. Every single-token matcher is a *term*: (kind, text) where kind is
 * stem, exact or prefix and text is the Snowball stem, the folded form or
 * the folded prefix. Terms are deduplicated lexicon-wide. An *entry* is
 * one lexicon line: a sequence of terms (one = single token, several = a
 * phrase) or a compiled regex, with a role (counts for a category, or
 * excludes for a whole theme or one category) and its source file:line.
 * *Categories* are numbered in output order: themes sorted by name; within
 * a theme its theme-level row (THEME.*) first, then its categories in the
 * order the files define them (files in sorted path order).
 *
 * Memory: a struct lexicon owns its terms, entries, regexes and strings
 * (lexicon_free); what queries return is borrowed until then. Threads:
 * building and lexicon_check/list on the main thread; the read-only
 * queries on any worker after lexicon_finish.
 */
#ifndef LT_LEXICON_H
#define LT_LEXICON_H

#include <stdio.h>
#include "lt.h"
#include "diag.h"

struct stemmer;
struct rx;

enum term_kind {
	TERM_STEM = 1,   /* Snowball stem of the folded token equals text */
	TERM_EXACT = 2,  /* folded token equals text */
	TERM_PREFIX = 3  /* folded token starts with text */
};

enum entry_kind {
	ENTRY_STEM = 1,
	ENTRY_EXACT = 2,
	ENTRY_PREFIX = 3,
	ENTRY_PHRASE = 4,
	ENTRY_REGEX = 5,
	ENTRY_PATTERN = 6,  /* a token pattern: alternatives, optional groups, gaps */
	ENTRY_NEAR = 7,     /* A NEAR/N B: pat = A, near = B */
	ENTRY_NOT_NEAR = 8  /* A NOT NEAR/N B */
};

/*
 * Token patterns (docs/counting-rules.md section 3.1). A pattern is a
 * sequence of slots; a slot is a group of alternatives (a plain element is
 * a group of one alternative), optional or not, or a gap of 0..gap
 * arbitrary tokens. An alternative is a sequence of one or more terms.
 */
#define PAT_MAX_GAP 5      /* ~N: N <= 5 */
#define PAT_MAX_LEN 32     /* the longest match a pattern may have, in tokens */
#define NEAR_MAX_DIST 50   /* NEAR/N: 1 <= N <= 50 */

enum pat_slot_kind {
	PAT_GROUP = 1,
	PAT_GAP = 2
};

struct pat_alt {
	uint32_t off, n;       /* terms [off, off + n) of lex_pat.terms, n >= 1 */
};

struct pat_slot {
	uint8_t kind;          /* enum pat_slot_kind */
	bool optional;         /* PAT_GROUP written (...)? */
	uint8_t gap;           /* PAT_GAP: 1..PAT_MAX_GAP */
	uint32_t alt_off, n_alts; /* PAT_GROUP: alts [alt_off, alt_off + n_alts) */
	uint32_t by_first;     /* PAT_GROUP: first_term/first_alt [by_first, + n_alts):
				* the alternatives sorted by their first term */
};

struct lex_pat {
	const struct pat_slot *slots;
	uint32_t n_slots;
	const struct pat_alt *alts;
	const uint32_t *terms;
	const uint32_t *first_term; /* per group, its alternatives' first terms, ascending */
	const uint32_t *first_alt;  /* the alternative (index into alts) of each */
	uint32_t max_len;      /* longest possible match in tokens (<= PAT_MAX_LEN) */
	uint32_t filter_slot;  /* a required group after the first one (the last such),
				* one of whose alternatives' first terms every match
				* contains; UINT32_MAX: none */
};

enum entry_role {
	ROLE_COUNT = 0,        /* a category entry */
	ROLE_EXCLUDE_THEME,    /* [exclude]: cancels hits of every category of the theme */
	ROLE_EXCLUDE_CATEGORY, /* [exclude NAME]: cancels hits of category NAME */
	ROLE_NEGATOR,          /* [negators]: a negator word for the theme */
	/* negation v2 (docs/counting-rules.md 6): word sequences for the theme */
	ROLE_PSEUDO_NEGATOR,   /* [pseudo-negators]: shields the negators it covers */
	ROLE_NEGATION_TERMINATOR, /* [negation-terminators]: ends the scope before a hit */
	ROLE_POST_NEGATOR,     /* [post-negators]: negates the hit just before it */
	ROLE_NEGATION_RAISER   /* [negation-raisers]: one word; extends a negator's scope */
};

/* Is r one of the negation roles (ROLE_NEGATOR and the four after it)? */
static inline bool lex_role_is_negation(uint8_t r)
{
	return r >= ROLE_NEGATOR && r <= ROLE_NEGATION_RAISER;
}

struct lex_term {
	uint8_t kind;          /* enum term_kind */
	const char *text;      /* NUL-terminated */
	uint32_t len;
};

struct lex_entry {
	uint8_t kind;          /* enum entry_kind */
	uint8_t role;          /* enum entry_role */
	uint32_t target;       /* category index (ROLE_COUNT, ROLE_EXCLUDE_CATEGORY) or theme index */
	uint32_t theme;
	const char *file;      /* source lexicon path */
	uint32_t line;         /* 1-based line in file */
	const char *text;      /* the entry as written (trimmed, without comment) */
	const uint32_t *terms; /* term ids, n_terms >= 1, unless ENTRY_REGEX */
	uint32_t n_terms;
	struct rx *rx;         /* ENTRY_REGEX: compiled pattern */
	const uint32_t *lits;  /* ENTRY_REGEX prefilter, in conjunctive normal form: */
	uint32_t n_lits;       /* n_clauses clauses of clause_n[i] word literals each,
				* concatenated in lits; a match is possible only if
				* every clause has a literal inside some token's
				* folded form. No clause: the regex runs on every turn */
	const uint16_t *clause_n;
	uint32_t n_clauses;
	const uint32_t *lead;  /* ENTRY_REGEX: literals one of which every match starts
				* with (`\b(?:said|told)\s+...`), or n_lead 0. Each lies
				* inside one token's folded form, so no match starts
				* before the first token containing one of them */
	uint32_t n_lead;
	uint32_t ws_runs;      /* ENTRY_REGEX: the most runs of white space a match can
				* touch (rxscan_ws_runs), or RXSCAN_WS_UNKNOWN */
	const struct lex_pat *pat;  /* ENTRY_PATTERN, ENTRY_(NOT_)NEAR: the (first) operand */
	const struct lex_pat *near; /* ENTRY_(NOT_)NEAR: the second operand */
	uint32_t near_dist;    /* ENTRY_(NOT_)NEAR: N */
	uint32_t key;          /* entries with the same kind and terms (or pattern) share a key */
	uint32_t liwc_rank;    /* --liwc preference among one-token entries: lower wins */
	double weight;         /* the dictionary's weight for this entry in its category
				* (LIWC-22 .dicx numeric cell, WordStat .cat "(2)"),
				* never 0; 0 means none was given and the entry weighs 1
				* (lex_entry_weight). Counts ignore it; a weighted score
				* is the sum of the weights of the credited hits */
};

/* The weight of an entry's hits: e->weight, or 1 when none was given. */
static inline double lex_entry_weight(const struct lex_entry *e)
{
	return e->weight != 0 ? e->weight : 1.0;
}

struct lex_category {
	const char *name;      /* "theme.name", or "theme.*" for the theme row */
	const char *short_name;/* "name", or "*" */
	uint32_t theme;
	bool is_theme_row;
	const char *description; /* "# definition:" comment or "" */
	const char *file;      /* file that opened it ("" for theme rows) */
	uint32_t line;
	uint32_t n_entries;    /* ROLE_COUNT entries */
};

struct lex_theme {
	const char *name;
	const char *description;
	const char *version;
	const char *files;     /* "a.lex;b.lex" */
	uint32_t row;          /* category index of THEME.* */
	uint32_t first_cat, n_cats; /* its categories: [first_cat, first_cat + n_cats), after the row */
	bool liwc;             /* loaded from .dic/.dicx: --liwc rules apply when enabled */
};

struct lex_file {
	const char *path;
	uint64_t hash;         /* XXH3-64 of the file's bytes */
	uint64_t size;
};

struct lexicon;

/* A new, empty lexicon that stems entries with st (borrowed until lexicon_finish). */
struct lexicon *lexicon_new(struct stemmer *st);
void lexicon_free(struct lexicon *lx); /* accepts NULL */

/*
 * Load a lexicon file (.lex, .dic, .dicx) or every such file in a folder
 * (not recursive, sorted by name). Errors: LT_ELEXICON / LT_EREGEX with d =
 * "path:line: reason" ("path: reason" for a file rejected as a whole, such
 * as a binary file), LT_EIO for unreadable paths. Warnings (LIWC
 * conditional entries skipped, ...) go to warnings as "path:line: text"
 * messages with line 0.
 */
int lexicon_add_path(struct lexicon *lx, const char *path, struct lt_msgs *warnings,
		     struct lt_diag *d);

/*
 * Number categories, build the lookup tables. Call once, after the last
 * lexicon_add_path. Errors: LT_ELEXICON when nothing was loaded, or an
 * [exclude NAME] names a category its theme does not have.
 */
int lexicon_finish(struct lexicon *lx, bool liwc_mode, struct lt_diag *d);

/* Read-only accessors (after lexicon_finish). */
uint32_t lexicon_n_themes(const struct lexicon *lx);
const struct lex_theme *lexicon_theme(const struct lexicon *lx, uint32_t i);
uint32_t lexicon_n_categories(const struct lexicon *lx);
const struct lex_category *lexicon_category(const struct lexicon *lx, uint32_t i);
uint32_t lexicon_n_entries(const struct lexicon *lx);
const struct lex_entry *lexicon_entry(const struct lexicon *lx, uint32_t i);
uint32_t lexicon_n_terms(const struct lexicon *lx);
const struct lex_term *lexicon_term(const struct lexicon *lx, uint32_t i);
uint32_t lexicon_n_files(const struct lexicon *lx);
const struct lex_file *lexicon_file(const struct lexicon *lx, uint32_t i);
bool lexicon_liwc_mode(const struct lexicon *lx);
/* Largest capture count of any regex, to size per-thread match data. */
uint32_t lexicon_max_groups(const struct lexicon *lx);
/*
 * XXH3-64 of lexicon_canonical's bytes: the same lexicons give the same
 * hash on every machine (part of the counting key; docs/database.md).
 */
uint64_t lexicon_hash(const struct lexicon *lx);
/*
 * The canonical serialisation lexicon_hash hashes: files, themes,
 * categories and entries in output order, integers little-endian, strings
 * length-prefixed (docs/database.md, "The lexicon hash"). Caller frees;
 * *len is its length. After lexicon_finish.
 */
char *lexicon_canonical(const struct lexicon *lx, size_t *len);

/*
 * Terms that match one word: appends to out the ids of every stem term
 * equal to 'stem', exact term equal to 'folded' and prefix term that
 * 'folded' starts with; sorted ascending, no duplicates. Thread-safe.
 */
void lexicon_word_terms(const struct lexicon *lx, const char *folded, size_t flen,
			const char *stem, size_t slen, uint32_t **out, size_t *n, size_t *cap);

/* Entries of role ROLE_COUNT/EXCLUDE_* that are one token and use term t. */
void lexicon_single_entries(const struct lexicon *lx, uint32_t t, const uint32_t **ids,
			    uint32_t *n);
/* Phrase entries whose first term is t. */
void lexicon_phrase_entries(const struct lexicon *lx, uint32_t t, const uint32_t **ids,
			    uint32_t *n);
/* Pattern and NEAR entries (not negators) whose first operand can start with term t. */
void lexicon_pattern_entries(const struct lexicon *lx, uint32_t t, const uint32_t **ids,
			     uint32_t *n);
/* Regex entries, in entry order. */
void lexicon_regex_entries(const struct lexicon *lx, const uint32_t **ids, uint32_t *n);
/*
 * Regex prefilter literals: runs of [a-z0-9] that every match must contain
 * (see lex_entry.lits). Where such a run occurs in folded text it lies
 * inside one token's folded form, so the matcher finds them once per word
 * type.
 */
uint32_t lexicon_n_literals(const struct lexicon *lx);
lt_str lexicon_literal(const struct lexicon *lx, uint32_t id);
/* Positions in lexicon_regex_entries' list of the regexes literal id serves. */
void lexicon_literal_regexes(const struct lexicon *lx, uint32_t id, const uint32_t **pos,
			     uint32_t *n);
/* Appends the ids of the word literals that occur in folded (sorted, unique). */
void lexicon_word_literals(const struct lexicon *lx, const char *folded, size_t flen,
			   uint32_t **out, size_t *n, size_t *cap);

/* Themes for which term t is a [negators] word. */
void lexicon_negator_themes(const struct lexicon *lx, uint32_t t, const uint32_t **ids,
			    uint32_t *n);
/* Default negators (DESIGN.md): not no never ... and any word ending in n't. */
bool lexicon_is_default_negator(const char *folded, size_t len);

/*
 * Negation v2 (docs/counting-rules.md 6). The entries of theme th in the
 * section of role r (ROLE_PSEUDO_NEGATOR .. ROLE_NEGATION_RAISER), in entry
 * order; plain words and phrases only (n_terms >= 1, no pattern). Thread-safe.
 */
void lexicon_negation_entries(const struct lexicon *lx, uint32_t th, uint8_t r,
			      const uint32_t **ids, uint32_t *n);
/* Bit 1 << (r - ROLE_PSEUDO_NEGATOR) for each such role r of which term t
 * is the first term of an entry (any theme). */
uint8_t lexicon_negation_first(const struct lexicon *lx, uint32_t t);
/*
 * The built-in word sequences of role r (applying to every theme, before a
 * lexicon's own sections): folded words joined by one space, static
 * storage. ROLE_NEGATION_RAISER's are single words.
 */
const char *const *lexicon_default_negation(uint8_t r, size_t *n);

/* The other built-in word lists of negation (counting rules version 3,
 * docs/counting-rules.md 6.1): fillers (words or phrases the window and
 * post-negators skip), definite determiners, holder words (a definite
 * after one of them stays in a negator's scope), and scope openers (a
 * negator that opens its clause negates to the clause end). Folded words,
 * phrases one space apart; static storage. */
enum lex_neg_list {
	NEGL_FILLER, NEGL_DEFINITE, NEGL_HOLDER, NEGL_OPENER, NEGL_RELATIONAL,
	NEGL_LEAD,      /* may stand before a question's n't or an opening negator */
	NEGL_BE,        /* forms of be in "there was no ..." */
	NEGL_ANDOR,     /* a negator right after one of them starts a new scope */
	NEGL_PARTITIVE, /* quantifier negators: "none of the ..." presupposes the ... (v4) */
	NEGL_INV_PREP,  /* "at no point did ...": the preposition before "no" (v4) */
	NEGL_INV_AUX,   /* ... and the auxiliary after its noun (v4) */
	NEGL_NEG_PRED   /* negative predicates: "hard to ... without" is double (v4) */
};
#define NEGL_N (NEGL_NEG_PRED + 1)
const char *const *lexicon_negation_list(enum lex_neg_list which, size_t *n);

/* The numbers of the negation rule (docs/counting-rules.md 6.1). */
#define NEG_WINDOW 5 /* a negator negates up to this many words after it (fillers not counted) */
#define RAISE_GAP 3  /* a raiser within this many words after its negator (fillers not counted) */
#define POST_GAP 2   /* at most this many words between a hit and its post-negator (idem) */
#define DEF_BACK 2   /* a definite determiner at most this many tokens before the hit */

/*
 * XXH3-64 of every built-in word list and number of the negation rule
 * (the default negators, lexicon_default_negation's lists,
 * lexicon_negation_list's lists, the numbers above), serialised as
 * lexicon_negation_canonical gives them: part of the counting key, so a
 * change to any of them re-matches every database (docs/database.md).
 */
uint64_t lexicon_negation_hash(void);
/* The bytes lexicon_negation_hash hashes: one line per list, "name: word|word|...",
 * then "numbers: window=5 ...". Caller frees; *len its length. */
char *lexicon_negation_canonical(size_t *len);

/*
 * `lextab lexicon check`: print per-category entry counts to out and
 * append warnings (duplicate entries, entries that can never be credited
 * because an earlier entry of the category always covers them, regexes
 * with upper-case literals) to warnings. Returns the number of warnings.
 */
size_t lexicon_check(const struct lexicon *lx, FILE *out, struct lt_msgs *warnings);

#endif /* LT_LEXICON_H */
