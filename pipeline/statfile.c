/* statfile.c - Stata .dta and SPSS .sav through ReadStat (see statfile.h). */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <readstat.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "statfile.h"
#include "xalloc.h"
#include "banned.h"

#define DTA_STR_MAX 2045   /* longest fixed-width str# in format 118 */

/* What one column becomes once its values have been looked at. */
struct colplan {
	readstat_type_t type;
	size_t width;              /* strings: longest value in bytes */
	const char **codes;        /* STAT_CODED: distinct values, sorted; code = index + 1 */
	size_t n_codes;
	readstat_variable_t *var;
};

struct wctx {
	FILE *f;
	bool failed;
	char err[256];
};

static ssize_t write_bytes(const void *bytes, size_t len, void *ctx)
{
	struct wctx *w = ctx;
	if (fwrite(bytes, 1, len, w->f) != len) {
		w->failed = true;
		return -1;
	}
	return (ssize_t)len;
}

static void on_error(const char *msg, void *ctx)
{
	struct wctx *w = ctx;
	if (!w->err[0])
		snprintf(w->err, sizeof(w->err), "%s", msg);
}

/* words no package lets a variable be called: Stata's reserved names,
 * SPSS's reserved keywords, R's reserved words (compared ignoring case,
 * as SPSS and SAS do) */
static const char *const reserved[] = {
	"_all", "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int", "long",
	"_n", "_pi", "_pred", "_rc", "_skip", "strl", "using", "with",
	"all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or", "to",
	"else", "repeat", "while", "function", "for", "next", "break", "true", "false", "null",
	"inf", "nan", "na", "na_integer_", "na_real_", "na_complex_", "na_character_",
};

bool statfile_name_ok(const char *name)
{
	size_t n = strlen(name);
	if (n == 0 || n > 32)
		return false;
	/* a letter first: R takes no leading '_', SAS and SPSS no digit */
	if (!((name[0] >= 'A' && name[0] <= 'Z') || (name[0] >= 'a' && name[0] <= 'z')))
		return false;
	for (size_t i = 1; i < n; i++) {
		char c = name[i];
		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
			return false;
	}
	if (name[n - 1] == '_')
		return false;   /* SPSS: a trailing '_' can clash with its own variables */
	for (size_t k = 0; k < sizeof(reserved) / sizeof(reserved[0]); k++)
		if (strcasecmp(name, reserved[k]) == 0)
			return false;
	/* Stata's str1..str2045 are type names */
	if ((name[0] == 's' || name[0] == 'S') && strncasecmp(name, "str", 3) == 0 && n > 3 &&
	    strspn(name + 3, "0123456789") == n - 3)
		return false;
	return true;
}

static const char *cell(const struct stat_table *t, size_t row, size_t col)
{
	const char *c = t->cells[row * t->n_cols + col];
	return c ? c : "";
}

static bool parse_int(const char *s, long long *out)
{
	errno = 0;
	char *end;
	long long v = strtoll(s, &end, 10);
	if (errno || end == s || *end)
		return false;
	*out = v;
	return true;
}

static bool parse_real(const char *s, double *out)
{
	errno = 0;
	char *end;
	double v = strtod(s, &end);
	if (errno || end == s || *end || !isfinite(v))
		return false;
	*out = v;
	return true;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Distinct non-empty values of column c, sorted: the codes of STAT_CODED. */
static void plan_codes(const struct stat_table *t, size_t c, struct colplan *p)
{
	const char **v = xmalloc((t->n_rows ? t->n_rows : 1) * sizeof(*v));
	size_t n = 0;
	for (size_t r = 0; r < t->n_rows; r++)
		if (cell(t, r, c)[0])
			v[n++] = cell(t, r, c);
	lt_qsort(v, n, sizeof(*v), cmp_str);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (k == 0 || strcmp(v[k - 1], v[i]) != 0)
			v[k++] = v[i];
	p->codes = v;
	p->n_codes = k;
}

static int code_of(const struct colplan *p, const char *s)
{
	size_t lo = 0, hi = p->n_codes;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(p->codes[mid], s);
		if (c == 0)
			return (int)mid + 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* Decide each column's storage from its kind and values; check numbers. */
static int plan_column(const struct stat_table *t, size_t c, enum stat_format fmt,
		       struct colplan *p, const char *path, struct lt_diag *d)
{
	const struct stat_column *col = &t->cols[c];
	memset(p, 0, sizeof(*p));
	if (!statfile_name_ok(col->name))
		return lt_diag_set(d, LT_EUSAGE, "%s: '%s' is not a valid Stata/SPSS variable name",
				   path, col->name);
	switch (col->kind) {
	case STAT_STRING:
		for (size_t r = 0; r < t->n_rows; r++)
			p->width = LT_MAX(p->width, strlen(cell(t, r, c)));
		if (p->width == 0)
			p->width = 1;
		p->type = (fmt == STAT_DTA && p->width > DTA_STR_MAX) ? READSTAT_TYPE_STRING_REF
								      : READSTAT_TYPE_STRING;
		return LT_OK;
	case STAT_CODED:
		plan_codes(t, c, p);
		if (p->n_codes > INT32_MAX - 1)
			return lt_diag_set(d, LT_ELIMIT, "%s: too many values in %s", path, col->name);
		p->type = READSTAT_TYPE_INT32;
		return LT_OK;
	case STAT_INT:
		p->type = READSTAT_TYPE_INT32;
		for (size_t r = 0; r < t->n_rows; r++) {
			const char *s = cell(t, r, c);
			long long v;
			if (!s[0])
				continue;
			if (!parse_int(s, &v))
				return lt_diag_set(d, LT_EUSAGE, "%s: row %zu, %s: '%s' is not a whole number",
						   path, r + 1, col->name, s);
			/* Stata reserves the top of the int32 range for missing codes */
			if (v < -2147483647LL || v > 2147483620LL)
				p->type = READSTAT_TYPE_DOUBLE;
		}
		return LT_OK;
	case STAT_REAL:
		p->type = READSTAT_TYPE_DOUBLE;
		for (size_t r = 0; r < t->n_rows; r++) {
			const char *s = cell(t, r, c);
			double v;
			if (s[0] && !parse_real(s, &v))
				return lt_diag_set(d, LT_EUSAGE, "%s: row %zu, %s: '%s' is not a number",
						   path, r + 1, col->name, s);
		}
		return LT_OK;
	}
	LT_BUG("unknown column kind");
}

static void add_variable(readstat_writer_t *w, const struct stat_table *t, size_t c,
			 struct colplan *p)
{
	const struct stat_column *col = &t->cols[c];
	size_t width = p->type == READSTAT_TYPE_STRING ? p->width : 0;
	p->var = readstat_add_variable(w, col->name, p->type, width);
	if (col->label && col->label[0])
		readstat_variable_set_label(p->var, col->label);
	if (col->kind == STAT_CODED) {
		readstat_label_set_t *ls = readstat_add_label_set(w, READSTAT_TYPE_INT32, col->name);
		for (size_t i = 0; i < p->n_codes; i++)
			readstat_label_int32_value(ls, (int32_t)(i + 1), p->codes[i]);
		readstat_variable_set_label_set(p->var, ls);
		readstat_variable_set_measure(p->var, READSTAT_MEASURE_NOMINAL);
	} else if (col->kind == STAT_STRING) {
		readstat_variable_set_measure(p->var, READSTAT_MEASURE_NOMINAL);
	} else {
		readstat_variable_set_measure(p->var, READSTAT_MEASURE_SCALE);
	}
}

static readstat_error_t insert_cell(readstat_writer_t *w, const struct stat_table *t,
				    size_t r, size_t c, const struct colplan *p)
{
	const char *s = cell(t, r, c);
	switch (t->cols[c].kind) {
	case STAT_STRING:
		if (p->type == READSTAT_TYPE_STRING_REF) {
			readstat_string_ref_t *ref = readstat_add_string_ref(w, s);
			return readstat_insert_string_ref(w, p->var, ref);
		}
		return readstat_insert_string_value(w, p->var, s);
	case STAT_CODED:
		if (!s[0])
			return readstat_insert_missing_value(w, p->var);
		return readstat_insert_int32_value(w, p->var, code_of(p, s));
	case STAT_INT: {
		long long v;
		if (!s[0] || !parse_int(s, &v))
			return readstat_insert_missing_value(w, p->var);
		if (p->type == READSTAT_TYPE_INT32)
			return readstat_insert_int32_value(w, p->var, (int32_t)v);
		return readstat_insert_double_value(w, p->var, (double)v);
	}
	case STAT_REAL: {
		double v;
		if (!s[0] || !parse_real(s, &v))
			return readstat_insert_missing_value(w, p->var);
		return readstat_insert_double_value(w, p->var, v);
	}
	}
	return READSTAT_ERROR_WRITE;
}

static readstat_error_t begin(readstat_writer_t *w, enum stat_format fmt, struct wctx *x,
			      long rows)
{
	if (fmt == STAT_DTA) {
		readstat_writer_set_file_format_version(w, 118);
		return readstat_begin_writing_dta(w, x, rows);
	}
	readstat_writer_set_compression(w, READSTAT_COMPRESS_ROWS);
	return readstat_begin_writing_sav(w, x, rows);
}

/* Everything after the plan: variables, rows, end. */
static readstat_error_t write_all(readstat_writer_t *w, const struct stat_table *t,
				  struct colplan *plan, enum stat_format fmt, struct wctx *x)
{
	for (size_t c = 0; c < t->n_cols; c++)
		add_variable(w, t, c, &plan[c]);
	readstat_error_t e = begin(w, fmt, x, (long)t->n_rows);
	if (e != READSTAT_OK)
		return e;
	e = readstat_validate_metadata(w);
	for (size_t c = 0; e == READSTAT_OK && c < t->n_cols; c++)
		e = readstat_validate_variable(w, plan[c].var);
	for (size_t r = 0; e == READSTAT_OK && r < t->n_rows; r++) {
		e = readstat_begin_row(w);
		for (size_t c = 0; e == READSTAT_OK && c < t->n_cols; c++)
			e = insert_cell(w, t, r, c, &plan[c]);
		if (e == READSTAT_OK)
			e = readstat_end_row(w);
	}
	if (e == READSTAT_OK)
		e = readstat_end_writing(w);
	return e;
}

int statfile_write(FILE *f, const char *path, enum stat_format fmt, const struct stat_table *t,
		   struct lt_diag *d)
{
	if (t->n_rows > (size_t)LONG_MAX / 2)
		return lt_diag_set(d, LT_ELIMIT, "%s: too many rows", path);
	struct colplan *plan = xcalloc(t->n_cols ? t->n_cols : 1, sizeof(*plan));
	int rc = LT_OK;
	for (size_t c = 0; rc == LT_OK && c < t->n_cols; c++)
		rc = plan_column(t, c, fmt, &plan[c], path, d);
	if (rc == LT_OK) {
		struct wctx x = { .f = f };
		readstat_writer_t *w = readstat_writer_init();
		if (!w) {
			rc = lt_diag_set(d, LT_EIO, "%s: out of memory", path);
			goto out;
		}
		readstat_set_data_writer(w, write_bytes);
		readstat_writer_set_error_handler(w, on_error);
		if (t->label)
			readstat_writer_set_file_label(w, t->label);
		readstat_writer_set_file_timestamp(w, t->timestamp);
		readstat_error_t e = write_all(w, t, plan, fmt, &x);
		if (e != READSTAT_OK || x.failed)
			rc = lt_diag_set(d, LT_EIO, "%s: %s", path,
					 x.failed ? strerror(errno)
						  : x.err[0] ? x.err : readstat_error_message(e));
		readstat_writer_free(w);
	}
out:
	for (size_t c = 0; c < t->n_cols; c++)
		free((void *)plan[c].codes);
	free(plan);
	return rc;
}
