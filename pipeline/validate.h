/* validate.h - `lextab validate`: coding sheets that measure the precision
 * and recall of the lexicon categories on the study's own transcripts
 * (docs/validation.md).
 *
 * sample: a seeded sample of hits per category (stratified over documents)
 * and of speaker turns, written as one spreadsheet-safe CSV sheet (UTF-8
 * with BOM, formulas neutralised) for people to mark 1/0.
 * score: the marked sheets read back (',' ';' or tab, CRLF, BOM, any
 * encoding decode.c reads), hit precision and turn-level precision, recall
 * and F1 with Wilson intervals, agreement between coders (Cohen's kappa,
 * Krippendorff's alpha), stored in the database's `validation` table under
 * the lexicon hash and seed, printed and written as CSV.
 *
 * Keys are derived from doc_id, turn number, token span, category name and
 * a hash of the turn text - never from rowids - so they are stable across
 * re-runs and machines. All randomness is a hash of the seed and those
 * keys (splitmix64 over FNV-1a, validate_int.h): no rand(), no state that
 * depends on the thread count. Sheets are read through reader.h.
 * Results are the caller's (validate_score_result_release). Main thread only.
 */
#ifndef LT_VALIDATE_H
#define LT_VALIDATE_H

#include <stdio.h>
#include "lt.h"
#include "diag.h"

struct store;

struct validate_sample_opts {
	const char *out;                 /* the sheet to write */
	uint32_t hits;                   /* hits per category (default 40) */
	uint32_t turns;                  /* turns (default 100) */
	uint64_t seed;
	const char *const *categories;   /* THEME.NAME, NAME when unique, THEME.*; none: all */
	size_t n_categories;
	const char *role;                /* only speakers with this role, or NULL */
	bool include_interviewer;
	bool turn_categories;            /* one turn column per category too */
	bool force;                      /* replace an existing sheet */
	const char *const *carry;        /* earlier sheets whose marks are carried */
	size_t n_carry;                  /* (validate_carry.h) */
	bool negation;                   /* a negation sheet instead: 'hits' hits in all,
					  * drawn among those with a negation cue in
					  * their clause, to mark 'denied' */
};

struct validate_sample_result {
	uint64_t hit_rows, turn_rows, categories, themes;
	uint64_t short_categories;       /* categories with fewer hits than asked */
	uint64_t carried_rows;           /* rows given marks from the carried sheets */
	uint64_t rows_to_code;           /* rows with a mark column still blank */
	uint64_t negation_rows;          /* negation: rows written */
	uint64_t negation_population;    /* negation: hit spans with a cue */
	uint64_t negation_unmatched;     /* negation: hits outside their turn's tokens, left out */
	struct lt_msgs carry_notes;      /* conflicts between carried sheets
					  * ("SHEET:LINE: ..."); msgs_release */
};

/*
 * Write the coding sheet (to a temporary name, renamed into place).
 * Errors: LT_EUSAGE (unknown or ambiguous category, the sheet exists and
 * force is off, a database without a lexicon hash), LT_EIO, LT_ESQLITE.
 */
int validate_sample(struct store *s, const struct validate_sample_opts *o,
		    struct validate_sample_result *res, struct lt_diag *d);

struct validate_score_opts {
	const char *const *sheets;       /* coders' sheets */
	size_t n_sheets;
	const char *reconciled;          /* a sheet whose marks settle disagreements, or NULL */
	const char *out;                 /* figures CSV; NULL: validation.csv, or
					  * validation-negation.csv for negation sheets */
	bool tsv;
	/* instead of sheets: human codings of a REFI-QDA project (docs/qda.md),
	 * sheets[0] naming it in messages; map: its code,category rows */
	const char *qdpx, *map;
	const char *role;                /* qdpx: only turns of this role */
	bool include_interviewer;        /* qdpx: interviewers' turns too */
};

/* One problem found in a sheet: printed by the caller as SHEET:LINE: text. */
struct validate_problem {
	const char *sheet;               /* borrowed from the options */
	uint32_t line;                   /* 1-based; 0: about the whole sheet */
	bool error;                      /* an error rejects rows (exit 1); else a note */
	char *text;
};

struct validate_score_result {
	LT_VEC(struct validate_problem) problems;
	uint64_t rejected_rows;          /* rows left out: malformed, missing key, stale */
	uint64_t scored_units;
	uint64_t disagreements;
};

/*
 * Read the sheets, score them, store the figures (replacing those of the
 * same lexicon hash and seed), print the table and the disagreements to
 * 'out' and write o->out. Problems with rows go to res (not fatal).
 * Errors: LT_EUSAGE (a sheet without kind/key/sample columns, sheets from
 * different samples, nothing left to score), LT_EIO (unreadable sheet,
 * unwritable output), LT_ESQLITE. Caller releases res with
 * validate_score_result_release (also after an error).
 */
int validate_score(struct store *s, const struct validate_score_opts *o, FILE *out,
		   struct validate_score_result *res, struct lt_diag *d);
void validate_score_result_release(struct validate_score_result *res);

/* The current validation of one category or theme, for the tables. */
struct validation_fig {
	bool has_precision;              /* a hit sample was scored */
	uint64_t n;                      /* hits judged */
	double precision, precision_low, precision_high;
	bool has_recall;                 /* a turn sample was scored */
	uint64_t turns;                  /* turns judged */
	double recall, recall_low, recall_high;
};

/*
 * Figures for each name (a category "THEME.NAME", or "THEME.*" for a
 * theme) from the latest scoring under the database's current lexicon
 * hash; all empty when there is none (or no validation table). figs has
 * n entries. Errors: LT_ESQLITE.
 */
int validate_lookup(struct store *s, const char *const *names, size_t n,
		    struct validation_fig *figs, struct lt_diag *d);

#endif /* LT_VALIDATE_H */
