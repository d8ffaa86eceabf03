/* test_csv.c - unit tests for csv.c: the RFC 4180 reader (quotes, doubled
 * quotes, line ends inside and outside quotes, BOM, errors with their line)
 * and csv_write_field (quoting, the excel_safe guard); csv_format_4dp
 * against snprintf "%.4f" on 2.4 million values.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "csv.h"

static struct arena A;

/*
 * Read every record of buf with delim and render them as
 * "LINE:[f1][f2]...\n" per record; on an error, append "ERR <code> <msg>".
 * Valid until the next call.
 */
static const char *rd(const char *buf, size_t len, char delim)
{
	static char out[4096];
	size_t w = 0;
	struct csv_reader r;
	struct csv_record rec = { 0 };
	struct lt_diag d;
	lt_diag_init(&d);
	arena_release(&A);
	arena_init(&A);
	csv_init(&r, buf, len, delim);
	out[0] = '\0';
	int rc, guard = 0;
	while ((rc = csv_next(&r, &rec, &A, &d)) == 1 && guard++ < 100) {
		w += (size_t)snprintf(out + w, sizeof(out) - w, "%u:", rec.line);
		for (uint32_t i = 0; i < rec.n; i++)
			w += (size_t)snprintf(out + w, sizeof(out) - w, "[%.*s]",
					      (int)rec.f[i].len, rec.f[i].ptr);
		w += (size_t)snprintf(out + w, sizeof(out) - w, "\n");
	}
	if (rc < 0)
		snprintf(out + w, sizeof(out) - w, "ERR %d %s", rc, d.msg);
	else if (rc == 0)
		/* the end stays the end */
		CHECK_EQ(csv_next(&r, &rec, &A, &d), 0);
	csv_record_release(&rec);
	return out;
}

static const char *rds(const char *s)
{
	return rd(s, strlen(s), ',');
}

static void test_csv__simple(void)
{
	CHECK_STREQ(rds("doc_id,speaker,role\nint01,Ann,manager\n"),
		    "1:[doc_id][speaker][role]\n2:[int01][Ann][manager]\n");
	/* no final line end */
	CHECK_STREQ(rds("a,b"), "1:[a][b]\n");
	/* empty fields, at the start, middle and end */
	CHECK_STREQ(rds(",x,,\n"), "1:[][x][][]\n");
	/* a blank line is a record with one empty field */
	CHECK_STREQ(rds("a\n\nb\n"), "1:[a]\n2:[]\n3:[b]\n");
	/* empty input: no record */
	CHECK_STREQ(rds(""), "");
	/* spaces are kept */
	CHECK_STREQ(rds(" a , b \n"), "1:[ a ][ b ]\n");
}

static void test_csv__quoted(void)
{
	CHECK_STREQ(rds("\"a,b\",c\n"), "1:[a,b][c]\n");
	CHECK_STREQ(rds("\"say \"\"hi\"\"\",x\n"), "1:[say \"hi\"][x]\n");
	CHECK_STREQ(rds("\"\"\"\"\n"), "1:[\"]\n");
	CHECK_STREQ(rds("\"\",\"\"\n"), "1:[][]\n");
	CHECK_STREQ(rds("x,\"\"\n"), "1:[x][]\n");
	/* a quote inside an unquoted field is text */
	CHECK_STREQ(rds("a\"b,c\n"), "1:[a\"b][c]\n");
	/* a quoted field at the very end, no line end */
	CHECK_STREQ(rds("a,\"b\""), "1:[a][b]\n");
}

static void test_csv__newlines_in_quotes(void)
{
	CHECK_STREQ(rds("\"line1\nline2\",z\nnext,row\n"),
		    "1:[line1\nline2][z]\n3:[next][row]\n");
	/* CRLF inside quotes is kept as written and counts as one line */
	CHECK_STREQ(rds("\"a\r\nb\",c\r\nd\r\n"), "1:[a\r\nb][c]\n3:[d]\n");
	/* a lone CR inside quotes counts as a line */
	CHECK_STREQ(rds("\"a\rb\"\nc\n"), "1:[a\rb]\n3:[c]\n");
	/* doubled quotes and a newline in one field */
	CHECK_STREQ(rds("\"x\"\"\ny\"\"\"\nz\n"), "1:[x\"\ny\"]\n3:[z]\n");
}

static void test_csv__line_ends(void)
{
	CHECK_STREQ(rds("a,b\r\nc,d\r\n"), "1:[a][b]\n2:[c][d]\n");
	CHECK_STREQ(rds("a,b\rc,d\r"), "1:[a][b]\n2:[c][d]\n");
	CHECK_STREQ(rds("a\r\n\r\nb"), "1:[a]\n2:[]\n3:[b]\n");
	CHECK_STREQ(rds("a\rb\nc\r\nd"), "1:[a]\n2:[b]\n3:[c]\n4:[d]\n");
	CHECK_STREQ(rds("\"q\"\r\n\"r\"\r"), "1:[q]\n2:[r]\n");
}

static void test_csv__bom(void)
{
	CHECK_STREQ(rds("\xEF\xBB\xBF" "doc_id,speaker\nx,y\n"), "1:[doc_id][speaker]\n2:[x][y]\n");
	CHECK_STREQ(rds("\xEF\xBB\xBF\"q,1\"\n"), "1:[q,1]\n");
	/* only at the start */
	CHECK_STREQ(rds("a\n\xEF\xBB\xBF" "b\n"), "1:[a]\n2:[\xEF\xBB\xBF" "b]\n");
	CHECK_STREQ(rds("\xEF\xBB\xBF"), "");
}

static void test_csv__errors(void)
{
	CHECK_STREQ(rds("a,b\nc,\"open\nmore\n"), "1:[a][b]\nERR -2 2: unterminated quoted field");
	CHECK_STREQ(rds("\"never closed"), "ERR -2 1: unterminated quoted field");
	/* a doubled quote at the end is not a closing quote */
	CHECK_STREQ(rds("x\n\"abc\"\""), "1:[x]\nERR -2 2: unterminated quoted field");
	CHECK_STREQ(rds("x\n\"a\"b,c\n"), "1:[x]\nERR -2 2: unexpected text after a closing quote");
	CHECK_STREQ(rds("\"a\" ,b\n"), "ERR -2 1: unexpected text after a closing quote");
	/* the line of the closing quote, after a field spanning lines */
	CHECK_STREQ(rds("\"a\nb\nc\"x\n"), "ERR -2 3: unexpected text after a closing quote");
}

static void test_csv__tab(void)
{
	const char *tsv = "a\tb,c\t\"q\tq\"\n1\t\t2\n";
	CHECK_STREQ(rd(tsv, strlen(tsv), '\t'),
		    "1:[a][b,c][q\tq]\n2:[1][][2]\n");
	/* with ',' as the delimiter a tab is text */
	CHECK_STREQ(rds("a\tb,c\n"), "1:[a\tb][c]\n");
}

static void test_csv__many_fields(void)
{
	/* more fields than the first allocation holds */
	char buf[1024];
	size_t w = 0;
	for (int i = 0; i < 100; i++)
		w += (size_t)snprintf(buf + w, sizeof(buf) - w, "%s%d", i ? "," : "", i);
	struct csv_reader r;
	struct csv_record rec = { 0 };
	struct lt_diag d;
	arena_release(&A);
	arena_init(&A);
	csv_init(&r, buf, w, ',');
	CHECK_EQ(csv_next(&r, &rec, &A, &d), 1);
	CHECK_EQ(rec.n, 100);
	CHECK(rec.n == 100 && rec.f[99].len == 2 && memcmp(rec.f[99].ptr, "99", 2) == 0);
	CHECK(rec.n == 100 && rec.f[0].len == 1 && rec.f[0].ptr[0] == '0');
	/* unescaped fields point into the input */
	CHECK(rec.f[5].ptr >= buf && rec.f[5].ptr < buf + w);
	CHECK_EQ(csv_next(&r, &rec, &A, &d), 0);
	csv_record_release(&rec);
	csv_record_release(&rec);
}

/* ------------------------------------------------------------ writing */

static const char *wr(const char *s, size_t len, char delim, bool excel_safe)
{
	static char out[512];
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);
	csv_write_field(f, s, len, delim, excel_safe);
	fclose(f);
	snprintf(out, sizeof(out), "%.*s", (int)n, buf);
	CHECK_EQ(strlen(out), n); /* no NUL written */
	free(buf);
	return out;
}

static const char *wrs(const char *s, bool excel_safe)
{
	return wr(s, strlen(s), ',', excel_safe);
}

static void test_csv__write_quoting(void)
{
	CHECK_STREQ(wrs("plain", false), "plain");
	CHECK_STREQ(wrs("", false), "");
	CHECK_STREQ(wrs("a,b", false), "\"a,b\"");
	CHECK_STREQ(wrs("say \"hi\"", false), "\"say \"\"hi\"\"\"");
	CHECK_STREQ(wrs("\"", false), "\"\"\"\"");
	CHECK_STREQ(wrs("l1\nl2", false), "\"l1\nl2\"");
	CHECK_STREQ(wrs("l1\rl2", false), "\"l1\rl2\"");
	CHECK_STREQ(wrs(" lead", false), "\" lead\"");
	CHECK_STREQ(wrs("trail ", false), "\"trail \"");
	CHECK_STREQ(wrs("in side", false), "in side");
	CHECK_STREQ(wrs("caf\xC3\xA9;x", false), "caf\xC3\xA9;x");
	/* tab as the delimiter */
	CHECK_STREQ(wr("a,b", 3, '\t', false), "a,b");
	CHECK_STREQ(wr("a\tb", 3, '\t', false), "\"a\tb\"");
	CHECK_STREQ(wr("a\tb", 3, ',', false), "a\tb");
	/* the length bounds the field */
	CHECK_STREQ(wr("abc,def", 3, ',', false), "abc");
}

static void test_csv__write_excel_safe(void)
{
	CHECK_STREQ(wrs("=SUM(A1:A9)", true), "'=SUM(A1:A9)");
	CHECK_STREQ(wrs("+44 20", true), "'+44 20");
	CHECK_STREQ(wrs("-1", true), "'-1");
	CHECK_STREQ(wrs("@cmd", true), "'@cmd");
	CHECK_STREQ(wrs("\tx", true), "'\tx");
	CHECK_STREQ(wrs("\rx", true), "\"'\rx\"");
	/* guarded and quoted: the guard goes inside the quotes */
	CHECK_STREQ(wrs("=HYPERLINK(\"x\",\"y\")", true), "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
	CHECK_STREQ(wr("\tx", 2, '\t', true), "\"'\tx\"");
	/* not guarded: safe first characters, or excel_safe off */
	CHECK_STREQ(wrs("a=b", true), "a=b");
	CHECK_STREQ(wrs("trust", true), "trust");
	CHECK_STREQ(wrs("", true), "");
	CHECK_STREQ(wrs("=SUM(A1)", false), "=SUM(A1)");
	CHECK_STREQ(wrs("-1", false), "-1");
}

/* What csv_write_field writes, csv_next reads back unchanged. */
static void test_csv__round_trip(void)
{
	static const char *const fields[] = {
		"plain", "", "a,b", "say \"hi\"", "l1\nl2", "l1\r\nl2", " sp ", "\"", "x\ty",
		"caf\xC3\xA9", ",,,", "\"\"",
	};
	const size_t nf = LT_ARRAY_SIZE(fields);
	for (int delim_i = 0; delim_i < 2; delim_i++) {
		char delim = delim_i ? '\t' : ',';
		char *buf = NULL;
		size_t n = 0;
		FILE *f = open_memstream(&buf, &n);
		for (size_t i = 0; i < nf; i++) {
			if (i)
				putc(delim, f);
			csv_write_field(f, fields[i], strlen(fields[i]), delim, false);
		}
		fputs("\r\n", f);
		fclose(f);
		struct csv_reader r;
		struct csv_record rec = { 0 };
		struct lt_diag d;
		arena_release(&A);
		arena_init(&A);
		csv_init(&r, buf, n, delim);
		CHECK_EQ(csv_next(&r, &rec, &A, &d), 1);
		CHECK_EQ(rec.n, nf);
		int bad = 0;
		for (size_t i = 0; i < nf && i < rec.n; i++)
			if (rec.f[i].len != strlen(fields[i]) ||
			    memcmp(rec.f[i].ptr, fields[i], rec.f[i].len) != 0)
				bad++;
		CHECK_EQ(bad, 0);
		CHECK_EQ(csv_next(&r, &rec, &A, &d), 0);
		csv_record_release(&rec);
		free(buf);
	}
}

static char detect(const char *s)
{
	return csv_detect_delim(s, strlen(s));
}

static void test_csv__detect_delim(void)
{
	CHECK_EQ(detect("doc_id,speaker,role\nd1;a;b\n"), ',');
	/* Excel with a comma-decimal locale */
	CHECK_EQ(detect("doc_id;speaker;role\r\nd1;Roberts, John;x\r\n"), ';');
	CHECK_EQ(detect("doc_id\tspeaker\trole\n"), '\t');
	/* after a BOM, blank lines and a line of only delimiters */
	CHECK_EQ(detect("\xEF\xBB\xBF\n \t \n;;;\ndoc_id;speaker\n"), ';');
	/* delimiters inside quotes do not count: 2 ';' against 1 ',' outside */
	CHECK_EQ(detect("\"a,b,c,d\";x;y\n"), ';');
	CHECK_EQ(detect("\"a;b;c\",x\n"), ',');
	/* a quoted header cell spanning lines */
	CHECK_EQ(detect("\"doc\nid\";speaker\n"), ';');
	/* ties go to ',' then ';'; nothing: ',' */
	CHECK_EQ(detect("a,b;c\n"), ',');
	CHECK_EQ(detect("a;b\tc\n"), ';');
	CHECK_EQ(detect("doc_id\n"), ',');
	CHECK_EQ(detect(""), ',');
	/* only the header line counts */
	CHECK_EQ(detect("a,b\nc;d;e;f\n"), ',');
}

/* csv_format_4dp against snprintf "%.4f" itself: ratios as the tables
 * compute them, random doubles and bit patterns, exact ties (half to even)
 * and their neighbours, signs, zeros, the snprintf fallbacks */
static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;
static uint64_t rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

static long n_4dp_bad;
static void check_4dp(double v)
{
	char want[CSV_4DP_MAX + 8], got[CSV_4DP_MAX + 8];
	int wl = snprintf(want, sizeof(want), "%.4f", v);
	size_t gl = csv_format_4dp(got, v);
	got[gl] = '\0';
	if (wl < 0 || (size_t)wl != gl || strcmp(want, got) != 0) {
		if (n_4dp_bad++ < 5)
			printf("# %.17g: snprintf '%s', csv_format_4dp '%s'\n", v, want, got);
	}
}

static void test_csv__format_4dp(void)
{
	n_4dp_bad = 0;
	long n = 0;
	static const double fixed[] = { 0.0, -0.0, 1.0, -1.0, 0.00005, 0.00015, 0.03125,
					0.09375, 1.03125, -0.03125, 123.45675, 0.5, 1e-300,
					-1e-5, 274877906943.99, 274877906944.0, 1e300, -1e300 };
	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++, n++)
		check_4dp(fixed[i]);
	check_4dp(INFINITY);
	check_4dp(-INFINITY);
	check_4dp(NAN);
	for (long i = 0; i < 300000; i++) {
		/* scale * num / den, as rate_per_1000 and the percentages */
		double num = (double)(rng() % 2000000), den = (double)(rng() % 10000000 + 1);
		static const double scale[] = { 1.0, 100.0, 1000.0 };
		check_4dp(scale[rng() % 3] * num / den);
		/* exact ties: odd multiples of 1/32 = 625/20000 are half-way at 4 decimals */
		double tie = (double)(2 * (rng() % 10000000) + 1) / 32.0;
		check_4dp(tie);
		check_4dp(nextafter(tie, 0.0));
		check_4dp(nextafter(tie, INFINITY));
		check_4dp(-tie);
		/* a random double of moderate size, and any bit pattern */
		double r = (double)(rng() >> 11) / 9007199254740992.0 * pow(10.0, (double)(rng() % 16) - 6);
		check_4dp(r);
		check_4dp(-r);
		uint64_t bits = rng();
		double any;
		memcpy(&any, &bits, sizeof(any));
		check_4dp(any);
		n += 8;
	}
	printf("# csv_format_4dp: %ld values compared with snprintf %%.4f, %ld differ\n", n,
	       n_4dp_bad);
	CHECK_EQ(n_4dp_bad, 0);
}

int main(void)
{
	RUN(test_csv__simple);
	RUN(test_csv__quoted);
	RUN(test_csv__newlines_in_quotes);
	RUN(test_csv__line_ends);
	RUN(test_csv__bom);
	RUN(test_csv__errors);
	RUN(test_csv__tab);
	RUN(test_csv__many_fields);
	RUN(test_csv__write_quoting);
	RUN(test_csv__write_excel_safe);
	RUN(test_csv__round_trip);
	RUN(test_csv__detect_delim);
	RUN(test_csv__format_4dp);
	arena_release(&A);
	return th_done();
}
