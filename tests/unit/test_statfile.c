/* test_statfile.c - unit tests for statfile.c: a small table written as
 * .dta and .sav and read back with ReadStat's own parsers: names, variable
 * labels, storage types, value labels (codes in byte order of the values),
 * missing values for empty numeric and coded cells, strings kept; bad names
 * and non-numbers refused; equal tables give equal bytes. (R haven, pandas
 * and PSPP read the real tables in tests/e2e.)
 */
#include <readstat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "statfile.h"

/* what the parser saw, rendered as text */
struct seen {
	char vars[1024];    /* "name|label|type;" */
	char labels[1024];  /* "set:code=label;" */
	char cells[2048];   /* "r,c=value;" with "." for missing */
	int rows;
};

#define APPEND(buf, ...) snprintf((buf) + strlen(buf), sizeof(buf) - strlen(buf), __VA_ARGS__)

static int on_meta(readstat_metadata_t *m, void *ctx)
{
	((struct seen *)ctx)->rows = readstat_get_row_count(m);
	return READSTAT_HANDLER_OK;
}

static int on_var(int index, readstat_variable_t *v, const char *val_labels, void *ctx)
{
	(void)index;
	struct seen *s = ctx;
	const char *label = readstat_variable_get_label(v);
	readstat_type_t t = readstat_variable_get_type(v);
	APPEND(s->vars, "%s|%s|%s|%s;", readstat_variable_get_name(v), label ? label : "",
	       t == READSTAT_TYPE_STRING ? "str" : t == READSTAT_TYPE_INT32 ? "int32"
	       : t == READSTAT_TYPE_DOUBLE ? "double" : "other",
	       val_labels ? val_labels : "");
	return READSTAT_HANDLER_OK;
}

static int on_value_label(const char *set, readstat_value_t value, const char *label, void *ctx)
{
	struct seen *s = ctx;
	APPEND(s->labels, "%s:%d=%s;", set, readstat_int32_value(value), label);
	return READSTAT_HANDLER_OK;
}

static int on_value(int obs, readstat_variable_t *v, readstat_value_t value, void *ctx)
{
	struct seen *s = ctx;
	int col = readstat_variable_get_index(v);
	if (readstat_value_is_missing(value, v)) {
		APPEND(s->cells, "%d,%d=.;", obs, col);
		return READSTAT_HANDLER_OK;
	}
	switch (readstat_value_type(value)) {
	case READSTAT_TYPE_STRING:
		APPEND(s->cells, "%d,%d=%s;", obs, col, readstat_string_value(value));
		break;
	case READSTAT_TYPE_INT32:
		APPEND(s->cells, "%d,%d=%d;", obs, col, readstat_int32_value(value));
		break;
	case READSTAT_TYPE_DOUBLE:
		APPEND(s->cells, "%d,%d=%g;", obs, col, readstat_double_value(value));
		break;
	default:
		APPEND(s->cells, "%d,%d=?;", obs, col);
	}
	return READSTAT_HANDLER_OK;
}

static void read_back(const char *path, enum stat_format fmt, struct seen *s)
{
	memset(s, 0, sizeof(*s));
	readstat_parser_t *p = readstat_parser_init();
	readstat_set_metadata_handler(p, on_meta);
	readstat_set_variable_handler(p, on_var);
	readstat_set_value_label_handler(p, on_value_label);
	readstat_set_value_handler(p, on_value);
	readstat_error_t e = fmt == STAT_DTA ? readstat_parse_dta(p, path, s)
					     : readstat_parse_sav(p, path, s);
	CHECK(e == READSTAT_OK);
	readstat_parser_free(p);
}

static const struct stat_column cols[] = {
	{ "doc_id", "Document", STAT_STRING },
	{ "role", "Speaker role", STAT_CODED },
	{ "tokens", "Tokens spoken", STAT_INT },
	{ "rate_per_1000", NULL, STAT_REAL },
};

/* three rows; "Nurse" < "director" in byte order, so Nurse is code 1 */
static const char *const cells[] = {
	"int01", "director", "1200", "2.5",
	"int02", "", "0", "",
	"int03", "Nurse", "", "0.125",
};

static int write_file(const char *path, enum stat_format fmt, const struct stat_table *t,
		      struct lt_diag *d)
{
	FILE *f = fopen(path, "wb");
	CHECK(f != NULL);
	if (!f)
		return -1;
	int rc = statfile_write(f, path, fmt, t, d);
	fclose(f);
	return rc;
}

static char dir[] = "/tmp/lextab-statfile.XXXXXX";

static void test_round_trip(enum stat_format fmt)
{
	struct stat_table t = { "lextab test", 1700000000, cols, 4, cells, 3 };
	char path[256];
	snprintf(path, sizeof(path), "%s/t.%s", dir, fmt == STAT_DTA ? "dta" : "sav");
	struct lt_diag d;
	lt_diag_init(&d);
	CHECK_EQ(write_file(path, fmt, &t, &d), LT_OK);
	struct seen s;
	read_back(path, fmt, &s);
	CHECK_EQ(s.rows, 3);
	/* Stata keeps int32 storage and the label set's name; SPSS stores
	 * every number as a double and names label sets itself */
	if (fmt == STAT_DTA) {
		CHECK_STREQ(s.vars, "doc_id|Document|str|;role|Speaker role|int32|role;"
				    "tokens|Tokens spoken|int32|;rate_per_1000||double|;");
		CHECK_STREQ(s.labels, "role:1=Nurse;role:2=director;");
	} else {
		CHECK_STREQ(s.vars, "doc_id|Document|str|;role|Speaker role|double|labels0;"
				    "tokens|Tokens spoken|double|;rate_per_1000||double|;");
		CHECK_STREQ(s.labels, "labels0:1=Nurse;labels0:2=director;");
	}
	CHECK_STREQ(s.cells, "0,0=int01;0,1=2;0,2=1200;0,3=2.5;"
			     "1,0=int02;1,1=.;1,2=0;1,3=.;"
			     "2,0=int03;2,1=1;2,2=.;2,3=0.125;");
}

static void test_dta(void) { test_round_trip(STAT_DTA); }
static void test_sav(void) { test_round_trip(STAT_SAV); }

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	static char buf[1 << 16];
	*n = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	char *copy = malloc(*n ? *n : 1);
	memcpy(copy, buf, *n);
	return copy;
}

static void test_deterministic(void)
{
	for (int fmt = STAT_DTA; fmt <= STAT_SAV; fmt++) {
		struct stat_table t = { "x", 1700000000, cols, 4, cells, 3 };
		char a[256], b[256];
		snprintf(a, sizeof(a), "%s/a", dir);
		snprintf(b, sizeof(b), "%s/b", dir);
		struct lt_diag d;
		lt_diag_init(&d);
		CHECK_EQ(write_file(a, (enum stat_format)fmt, &t, &d), LT_OK);
		CHECK_EQ(write_file(b, (enum stat_format)fmt, &t, &d), LT_OK);
		size_t na, nb;
		char *x = slurp(a, &na), *y = slurp(b, &nb);
		CHECK(x && y && na == nb && memcmp(x, y, na) == 0);
		free(x);
		free(y);
	}
}

static void test_refusals(void)
{
	struct lt_diag d;
	char path[256];
	snprintf(path, sizeof(path), "%s/bad.dta", dir);
	static const struct stat_column bad_name[] = { { "1role", NULL, STAT_STRING } };
	static const char *const one[] = { "x" };
	struct stat_table t = { NULL, 0, bad_name, 1, one, 1 };
	lt_diag_init(&d);
	CHECK_EQ(write_file(path, STAT_DTA, &t, &d), LT_EUSAGE);
	CHECK(strstr(d.msg, "'1role' is not a valid Stata/SPSS variable name") != NULL);

	static const struct stat_column num[] = { { "tokens", NULL, STAT_INT } };
	static const char *const word[] = { "12x" };
	struct stat_table u = { NULL, 0, num, 1, word, 1 };
	lt_diag_init(&d);
	CHECK_EQ(write_file(path, STAT_SAV, &u, &d), LT_EUSAGE);
	CHECK(strstr(d.msg, "row 1, tokens: '12x' is not a whole number") != NULL);

	CHECK(statfile_name_ok("trust_distrust_suspicion"));
	CHECK(statfile_name_ok("x_9"));
	CHECK(!statfile_name_ok("_x9"));     /* not a syntactic name in R */
	CHECK(!statfile_name_ok("x9_"));     /* SPSS */
	CHECK(!statfile_name_ok("with"));    /* Stata, SPSS */
	CHECK(!statfile_name_ok("BY"));      /* SPSS, any case */
	CHECK(!statfile_name_ok("NA"));      /* R */
	CHECK(!statfile_name_ok("str12"));   /* a Stata type */
	CHECK(statfile_name_ok("strength"));
	CHECK(!statfile_name_ok(""));
	CHECK(!statfile_name_ok("a-b"));
	CHECK(!statfile_name_ok("abcdefghijklmnopqrstuvwxyz0123456")); /* 33 */
	CHECK(statfile_name_ok("abcdefghijklmnopqrstuvwxyz012345"));   /* 32 */
}

int main(void)
{
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	RUN(test_dta);
	RUN(test_sav);
	RUN(test_deterministic);
	RUN(test_refusals);
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	return th_done();
}
