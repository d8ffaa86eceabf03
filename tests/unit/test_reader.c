/* test_reader.c - unit tests for reader.c: whole files read into an arena
 * or the heap, the size limit, a folder and a missing file (messages with
 * and without the path), decoding (BOM, UTF-16, CRLF), and Word files'
 * text (docx.h) through the same calls.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "reader.h"

static char dir[] = "/tmp/lt_reader_XXXXXX";

static const char *put(const char *name, const void *bytes, size_t n)
{
	static char path[256];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	fwrite(bytes, 1, n, f);
	fclose(f);
	return path;
}

static void test_reader__bytes(void)
{
	const char *p = put("a.txt", "hello\r\nworld", 12);
	struct reader_bytes b;
	struct lt_diag d;
	lt_diag_init(&d);
	CHECK_EQ(reader_read(p, "transcript", 0, NULL, &b, &d), LT_OK);
	CHECK_EQ(b.len, 12);
	CHECK_STREQ(b.data, "hello\r\nworld");
	CHECK(b.mtime_ns > 0);
	free(b.data);
	struct arena a;
	arena_init(&a);
	CHECK_EQ(reader_read(p, NULL, 12, &a, &b, &d), LT_OK);
	CHECK_EQ(b.len, 12);
	/* one byte over the limit */
	CHECK_EQ(reader_read(p, NULL, 11, &a, &b, &d), LT_ELIMIT);
	CHECK(b.data == NULL);
	arena_release(&a);
}

static void test_reader__errors(void)
{
	struct reader_bytes b;
	struct lt_diag d;
	char path[300], want[400];
	snprintf(path, sizeof(path), "%s/missing.lex", dir);
	CHECK_EQ(reader_read(path, "lexicon", 0, NULL, &b, &d), LT_EIO);
	snprintf(want, sizeof(want), "cannot read lexicon '%s': No such file or directory", path);
	CHECK_STREQ(d.msg, want);
	CHECK_EQ(reader_read(path, NULL, 0, NULL, &b, &d), LT_EIO);
	CHECK_STREQ(d.msg, "cannot open: No such file or directory");
	CHECK_EQ(reader_read(dir, "dictionary", 0, NULL, &b, &d), LT_EIO);
	snprintf(want, sizeof(want), "cannot read dictionary '%s': Is a directory", dir);
	CHECK_STREQ(d.msg, want);
}

static void test_reader__text(void)
{
	/* UTF-16LE with BOM: "A\r\nB" */
	const unsigned char u16[] = { 0xFF, 0xFE, 'A', 0, '\r', 0, '\n', 0, 'B', 0 };
	const char *p = put("u16.txt", u16, sizeof(u16));
	struct arena a;
	arena_init(&a);
	struct decoded dec;
	struct lt_msgs m;
	msgs_init(&m);
	struct lt_diag d;
	lt_diag_init(&d);
	CHECK_EQ(reader_read_text(p, NULL, 0, &a, &dec, &m, &d), LT_OK);
	CHECK_STREQ(dec.text, "A\nB");
	CHECK_EQ(dec.enc, ENC_UTF16LE);
	/* a PDF is rejected, the path named when asked */
	p = put("x.pdf", "%PDF-1.4\n", 9);
	CHECK_EQ(reader_read_text(p, "transcript", 0, &a, &dec, &m, &d), LT_EINPUT);
	CHECK(strstr(d.msg, "x.pdf") != NULL);
	msgs_release(&m);
	arena_release(&a);
}

/* A Word file's text comes through the reader, as docx_extract gives it;
 * a rejected one fails with docx.h's reason, named by path when asked. */
static void test_reader__docx(void)
{
	struct arena a;
	arena_init(&a);
	struct decoded dec;
	struct lt_msgs m;
	msgs_init(&m);
	struct lt_diag d;
	lt_diag_init(&d);
	CHECK_EQ(reader_read_text("tests/docx/table2.docx", NULL, 0, &a, &dec, &m, &d), LT_OK);
	/* as test_docx.c expects of docx_extract (worked out from make_fixtures.py) */
	CHECK_STREQ(dec.text, "Transcript 2\n"
		    "Interviewer: Can you describe a typical day?\n"
		    "P1: I start at seven.\nThen rounds.\n"
		    "Continuation without a speaker.\n"
		    "Dr. Lee: Thanks.\n"
		    "End of transcript\n");
	CHECK_EQ(m.n, 0);
	/* the run's way: bytes first (hashed there), then the text: the same */
	struct reader_bytes b;
	struct decoded dec2;
	CHECK_EQ(reader_read("tests/docx/table2.docx", NULL, 0, &a, &b, &d), LT_OK);
	CHECK(memcmp(b.data, "PK\x03\x04", 4) == 0);
	CHECK_EQ(reader_decode("tests/docx/table2.docx", NULL, 0, &b, &a, &dec2, &m, &d), LT_OK);
	CHECK_EQ(dec2.len, dec.len);
	CHECK(memcmp(dec2.text, dec.text, dec.len) == 0);
	/* the same bytes under a .txt name are a ZIP archive, not text */
	const char *p = put("table2.txt", b.data, b.len);
	CHECK_EQ(reader_read_text(p, NULL, 0, &a, &dec, &m, &d), LT_EINPUT);
	CHECK(strstr(d.msg, "ZIP archive") != NULL);
	/* rejected Word files: the reason, with the path when what is given */
	CHECK_EQ(reader_read_text("tests/docx/legacy.doc", NULL, 0, &a, &dec, &m, &d), LT_EINPUT);
	CHECK(strstr(d.msg, "legacy Word .doc") != NULL);
	CHECK(strstr(d.msg, "tests/docx") == NULL);
	CHECK_EQ(reader_read_text("tests/docx/encrypted.docx", "transcript", 0, &a, &dec, &m, &d),
		 LT_EINPUT);
	CHECK(strstr(d.msg, "transcript 'tests/docx/encrypted.docx': encrypted") == d.msg);
	/* the inflate bound is 16 x max: a 1-byte limit stops the zip bomb */
	CHECK_EQ(reader_read_text("tests/docx/bomb.docx", NULL, 1 << 20, &a, &dec, &m, &d),
		 LT_ELIMIT);
	msgs_release(&m);
	arena_release(&a);
}

int main(void)
{
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	RUN(test_reader__bytes);
	RUN(test_reader__errors);
	RUN(test_reader__text);
	RUN(test_reader__docx);
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		return 1;
	return th_done();
}
