/* statfile.h - one table as a Stata .dta (format 118) or SPSS .sav file,
 * written by ReadStat; statfile.c is the only file that includes readstat.h.
 *
 * The caller describes the columns (name, variable label, kind) and hands
 * the cells as text, row-major, exactly as the CSV tables hold them: this
 * module only decides how each kind is stored:
 *   STAT_STRING  a string variable, as wide as its longest value (Stata
 *                strL above 2045 bytes); an empty cell is "" (strings have
 *                no missing value in Stata);
 *   STAT_INT     a whole number (int32 when every value fits, else double);
 *   STAT_REAL    a double;
 *   STAT_CODED   a categorical text column (role, group, ...): stored as
 *                integer codes 1..n, numbered in byte order of the distinct
 *                non-empty values, with those values as value labels.
 * For the numeric kinds an empty cell is a missing value (Stata '.', SPSS
 * system-missing), never 0 or "". Files depend only on the table and the
 * timestamp given, so equal tables give byte-identical files.
 *
 * Owns nothing after a call returns (the file is the output).
 * Threading: no shared state; any thread, one table at a time per call
 * (tables.c calls it on the main thread).
 */
#ifndef LT_STATFILE_H
#define LT_STATFILE_H

#include <stdio.h>
#include <time.h>
#include "lt.h"
#include "diag.h"

enum stat_format { STAT_DTA, STAT_SAV };
enum stat_kind { STAT_STRING, STAT_INT, STAT_REAL, STAT_CODED };

struct stat_column {
	const char *name;     /* a name statfile_name_ok accepts */
	const char *label;    /* variable label, or NULL */
	enum stat_kind kind;
};

struct stat_table {
	const char *label;             /* file label, or NULL */
	time_t timestamp;              /* stored in the file header */
	const struct stat_column *cols;
	size_t n_cols;
	const char *const *cells;      /* n_rows * n_cols, row-major; NULL = "" */
	size_t n_rows;
};

/* True when name is usable as a variable name in Stata, SPSS, R and SAS:
 * 1 to 32 ASCII letters, digits and '_', a letter first, no '_' last, not
 * a reserved word of any of them (if, in, with, by, to, NA, str12, ...). */
bool statfile_name_ok(const char *name);

/*
 * Write t to f in the given format. Returns LT_OK, or a negative status with d set
 * (a bad column name, a number that does not parse, a ReadStat or write
 * error); f is left open either way and its content is then undefined.
 */
int statfile_write(FILE *f, const char *path_for_messages, enum stat_format fmt,
		   const struct stat_table *t, struct lt_diag *d);

#endif /* LT_STATFILE_H */
