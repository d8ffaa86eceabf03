/* tables.h - export the indicator tables from the database (docs/tables.md).
 *
 * Everything is computed from the database alone, so `lextab tables`
 * reproduces the bytes a run wrote. Each table is written to a temporary
 * file in the output folder and renamed into place once all are complete;
 * rows and columns come in a fixed order (documents by doc_id, speakers in
 * order of appearance, grouping values in byte order, categories in
 * lexicon order), so the same database gives the same bytes.
 * Owns nothing after a call returns (the files are the output; strings
 * returned are the caller's to free where a function says so).
 * Main thread only (run calls it after its writer has been joined).
 */
#ifndef LT_TABLES_H
#define LT_TABLES_H

#include <stdio.h>
#include "lt.h"
#include "diag.h"

struct store;

struct table_opts {
	const char *out_dir;          /* NULL: "tables" next to the database */
	const char *const *by;        /* grouping fields; NULL/0: "role" */
	size_t n_by;
	bool include_interviewer;     /* keep interviewers in grouped tables */
	bool tsv;                     /* tab-separated .tsv instead of .csv */
	bool excel_safe;              /* guard text cells starting with = + - @ */
	const char *wide_by;          /* "document" (default) or "speaker" */
	unsigned formats;             /* TABLES_* bits; 0: CSV (TSV with tsv) */
	bool turn_table;              /* also write turn_category (--turn-table) */
	bool quiet;                   /* no warnings (-q) */
};

/* --format values. The text tables are always written, as CSV or (TSV
 * bit, or tsv above) TSV, never both; DTA and SAV add Stata/SPSS files of
 * the model tables (speaker_category, role_category, document_wide,
 * turn_category). */
enum {
	TABLES_CSV = 1 << 0,
	TABLES_TSV = 1 << 1,
	TABLES_DTA = 1 << 2,
	TABLES_SAV = 1 << 3,
};

/* The TABLES_* bit for a --format name, 0 when it is none. */
unsigned tables_format_bit(const char *name);

/* Names of the tables, in the order they are written. */
extern const char *const tables_names[];

/*
 * Write every table. Errors: LT_EIO (cannot create the folder or a file;
 * nothing already in place is replaced then), LT_ESQLITE, LT_EUSAGE (an
 * unknown --wide-by value, both csv and tsv asked for). Prints a warning
 * (lt_warning) when some but not all speakers have a value of a grouping
 * field: their rows hold an empty (missing) value there.
 */
int tables_export(struct store *s, const struct table_opts *o, struct lt_diag *d);

/*
 * `lextab report`: a compact terminal table, one row per value of the
 * first grouping field and one column per theme, each cell the theme-level
 * rate per 1,000 tokens and the share of those hits that are negated;
 * then each category's validation (`lextab validate`), flagged when its
 * precision is below min_precision (0: 0.8) or it has none.
 */
int tables_report(struct store *s, const struct table_opts *o, double min_precision, FILE *out,
		  struct lt_diag *d);

/* The folder tables_export writes to for these options (caller frees). */
char *tables_dir(const struct store *s, const struct table_opts *o);

#endif /* LT_TABLES_H */
