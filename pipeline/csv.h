/* csv.h - RFC 4180 reader (metadata CSV, LIWC-22 .dicx) and field writer.
 *
 * Reading: records separated by LF, CRLF or CR; fields by a delimiter
 * (',', ';' or '\t'); a field that starts with '"' is quoted, '""' inside it is
 * one '"', and it may span lines. A UTF-8 BOM at the start is skipped.
 * Fields point into the input when unescaped, else into the caller's
 * arena. Readers of it: the metadata CSV (meta.c), LIWC-22 .dicx
 * (dicfile.c), General Inquirer CSV (dic_tsv.c), coding sheets
 * (validate_score.c), REFI-QDA maps (qdpx_align.c); csv_detect_delim is
 * their one way of telling ',', ';' and tab apart. Writers: tables.c,
 * speakers.c, validate.c, kwic.c, report_html.c.
 * Threads: pure, thread-safe per reader (a reader belongs to one thread).
 */
#ifndef LT_CSV_H
#define LT_CSV_H

#include <stdio.h>
#include "lt.h"
#include "arena.h"
#include "diag.h"

struct csv_reader {
	const char *p, *end;
	uint32_t line;       /* line where the next record starts, 1-based */
	char delim;
};

struct csv_record {
	lt_str *f;           /* fields (not NUL-terminated); reused between calls */
	uint32_t n, cap;
	uint32_t line;       /* 1-based line where this record starts */
};

void csv_init(struct csv_reader *r, const char *buf, size_t len, char delim);
/*
 * The delimiter of the header line: of ',', ';' and tab, the one that
 * occurs most often (outside double quotes) in the first line with
 * something other than white space, ',' and ';' (after a UTF-8 BOM); ties go to ',' then ';'; ',' when none occurs.
 * Pure.
 */
char csv_detect_delim(const char *buf, size_t len);
/*
 * Read the next record into rec (fields borrowed from the input or 'a').
 * Returns 1 for a record, 0 at the end, or LT_EINPUT with d set to
 * "LINE: reason" (an unterminated quote, text after a closing quote).
 * Blank lines are returned as records with one empty field.
 */
int csv_next(struct csv_reader *r, struct csv_record *rec, struct arena *a,
	     struct lt_diag *d);
void csv_record_release(struct csv_record *rec);

/*
 * Write one field, quoted when it holds the delimiter, '"', CR or LF (or
 * leading/trailing space). With excel_safe, a text that starts with
 * = + - @ (or tab/CR) is prefixed with "'" so spreadsheets do not run it.
 */
void csv_write_field(FILE *f, const char *s, size_t len, char delim, bool excel_safe);
/* The same field into out, which has room for CSV_FIELD_MAX(len) bytes;
 * returns the number of bytes written. */
size_t csv_format_field(char *out, const char *s, size_t len, char delim, bool excel_safe);
#define CSV_FIELD_MAX(len) (2 * (size_t)(len) + 3)

/*
 * The bytes snprintf(out, 400, "%.4f", v) writes ('.' decimal point, no
 * locale), without printf: the value rounded to 4 decimals half to even
 * from its exact binary value, as glibc does. Values of 2^38 or more,
 * infinities and NaNs go through snprintf. out has room for
 * CSV_4DP_MAX bytes; returns the length (no NUL is written).
 */
#define CSV_4DP_MAX 400
size_t csv_format_4dp(char *out, double v);

#endif /* LT_CSV_H */
