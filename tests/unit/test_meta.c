/* test_meta.c - unit tests for meta.c (metadata CSV loading, attribute
 * precedence, interviewers).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "meta.h"
#include "segment.h"

static struct arena A;
static struct lt_diag D;

/* Load a CSV from a string; NULL on error (D holds the message). */
static struct meta *load(const char *text, char delim)
{
	struct meta *m = (struct meta *)1;
	lt_diag_init(&D);
	int rc = meta_load_buffer(&m, "m.csv", text, strlen(text), delim, &D);
	if (rc) {
		CHECK_EQ(rc, LT_EUSAGE);
		CHECK(m == NULL);
		return NULL;
	}
	return m;
}

/* The load must fail with exactly 'msg'. */
static void check_error(const char *text, const char *msg, int at)
{
	struct meta *m = load(text, ',');
	th_check(m == NULL, text, __FILE__, at);
	th_check_str(D.msg, msg, "diag", msg, __FILE__, at);
	meta_free(m);
}

static struct parsed_doc parse_doc(const char *text)
{
	struct seg_rules *r;
	struct parsed_doc doc;
	struct lt_diag d;
	CHECK_EQ(seg_rules_new(&r, NULL, &d), LT_OK);
	CHECK_EQ(segment_parse(r, NULL, text, strlen(text), DOC_FORMAT_TEXT, &A, &doc, NULL),
		 LT_OK);
	seg_rules_free(r);
	return doc;
}

static uint32_t speaker_index(const struct parsed_doc *doc, const char *label)
{
	for (uint32_t i = 0; i < doc->n_speakers; i++)
		if (!strcmp(doc->speakers[i].label, label))
			return i;
	CHECK(!"speaker not found");
	return 0;
}

/* Resolve and render as "k=v;k=v" (sorted by key) plus "!" for an interviewer. */
static const char *resolve(const struct meta *m, const char *doc_id,
			   const struct parsed_doc *doc, const char *label)
{
	static char buf[1024];
	struct kv_list l;
	bool iv = true;
	meta_resolve(m, doc_id, doc, speaker_index(doc, label), &A, &l, &iv);
	size_t n = 0;
	buf[0] = '\0';
	for (uint32_t i = 0; i < l.n; i++) {
		if (i)
			CHECK(strcmp(l.v[i - 1].key, l.v[i].key) < 0);
		CHECK(l.v[i].value[0] != '\0');
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%s=%s", i ? ";" : "",
				      l.v[i].key, l.v[i].value);
	}
	if (iv)
		snprintf(buf + n, sizeof(buf) - n, "!");
	return buf;
}

/* ------------------------------------------------------------------ */

static void test_meta__columns(void)
{
	struct meta *m = load(" Doc_ID , Speaker ,Role,Site, GROUP \n", ',');
	CHECK(m != NULL);
	if (!m)
		return;
	CHECK_EQ(meta_n_columns(m), 3);
	CHECK_STREQ(meta_column(m, 0), "role");
	CHECK_STREQ(meta_column(m, 1), "site");
	CHECK_STREQ(meta_column(m, 2), "group");
	CHECK_EQ(meta_n_rows(m), 0);
	meta_free(m);
	meta_free(NULL);
}

static void test_meta__quoting(void)
{
	struct meta *m = load("doc_id,speaker,role,note\n"
			      "d1,\"Roberts, John\",Chief Justice,\"said \"\"hi\"\"\"\n"
			      "d1,  Ann  ,\"  spaced  \",\"two\nlines\"\n"
			      "\n"
			      ",,,\n"
			      "d1,Bob,,\n",
			      ',');
	CHECK(m != NULL);
	if (!m)
		return;
	CHECK_EQ(meta_n_rows(m), 3);
	/* "Roberts, John:" is not a standard label (comma): take labels by a pattern */
	struct parsed_doc doc;
	struct seg_rules *r;
	struct lt_diag d;
	CHECK_EQ(seg_rules_new(&r, "(?<speaker>[^:]+): ", &d), LT_OK);
	struct rx_scratch *rs = rx_scratch_new(seg_rules_max_groups(r), 0);
	const char *t = "Roberts, John: hi\nAnn: yo\nBob: ok\n";
	CHECK_EQ(segment_parse(r, rs, t, strlen(t), DOC_FORMAT_TEXT, &A, &doc, NULL), LT_OK);
	rx_scratch_free(rs);
	seg_rules_free(r);
	CHECK_STREQ(resolve(m, "d1", &doc, "Roberts, John"),
		    "note=said \"hi\";role=Chief Justice");
	CHECK_STREQ(resolve(m, "d1", &doc, "Ann"), "note=two\nlines;role=spaced");
	CHECK_STREQ(resolve(m, "d1", &doc, "Bob"), "");
	meta_free(m);
}

static void test_meta__crlf_bom_tsv(void)
{
	struct meta *m = load("\xEF\xBB\xBF" "doc_id,speaker,role\r\nd1,A,x\r\n\r\nd1,B,y\r\n", ',');
	CHECK(m != NULL);
	if (!m)
		return;
	CHECK_EQ(meta_n_columns(m), 1);
	CHECK_STREQ(meta_column(m, 0), "role");
	struct parsed_doc doc = parse_doc("A: 1\nB: 2\n");
	CHECK_STREQ(resolve(m, "d1", &doc, "A"), "role=x");
	CHECK_STREQ(resolve(m, "d1", &doc, "B"), "role=y");
	meta_free(m);

	/* tab-separated, from a file whose name ends in .tsv */
	char path[] = "/tmp/lt_test_metaXXXXXX.TSV";
	int fd = mkstemps(path, 4);
	CHECK(fd >= 0);
	if (fd < 0)
		return;
	const char *tsv = "doc_id\tspeaker\trole\nd1\tA\tx, with comma\n";
	CHECK_EQ(write(fd, tsv, strlen(tsv)), (long long)strlen(tsv));
	close(fd);
	CHECK_EQ(meta_load(&m, path, &D), LT_OK);
	if (m) {
		CHECK_STREQ(resolve(m, "d1", &doc, "A"), "role=x, with comma");
		meta_free(m);
	}
	unlink(path);

	/* UTF-16LE with BOM (Excel's "Unicode text") */
	const char u16[] = "\xFF\xFE" "d\0o\0c\0_\0i\0d\0\t\0r\0o\0l\0e\0\n\0d\0\x31\0\t\0x\0\n\0";
	CHECK_EQ(meta_load_buffer(&m, "u.tsv", u16, sizeof(u16) - 1, '\t', &D), LT_OK);
	if (m) {
		CHECK_STREQ(resolve(m, "d1", &doc, "A"), "role=x");
		meta_free(m);
	}
}

static void test_meta__errors(void)
{
	check_error("speaker,role\nA,x\n", "m.csv:1: no doc_id column in the header", __LINE__);
	check_error("\n\ndoc_id,speaker,role\nd1,A\n", "m.csv:4: 2 fields, the header has 3",
		    __LINE__);
	check_error("doc_id,speaker,role\nd1,A,x,y\n", "m.csv:2: 4 fields, the header has 3",
		    __LINE__);
	check_error("doc_id,speaker\nd1,A\nd2,\"B\n\n", "m.csv:3: unterminated quoted field",
		    __LINE__);
	check_error("doc_id,speaker,role\nd1,A,\"two\nlines\"\nd1,B\n",
		    "m.csv:4: 2 fields, the header has 3", __LINE__);
	check_error("doc_id,speaker,role\nd1,A,x\n\nd1, A ,y\n",
		    "m.csv:4: second row for doc_id 'd1' and speaker 'A' (first on line 2)",
		    __LINE__);
	check_error("doc_id,role\nd1,x\nd1,y\n",
		    "m.csv:3: second document-level row for doc_id 'd1' (first on line 2)",
		    __LINE__);
	check_error("doc_id,speaker,role\nd1,,x\nd1,,y\n",
		    "m.csv:3: second document-level row for doc_id 'd1' (first on line 2)",
		    __LINE__);
	check_error("doc_id,Role,role\n", "m.csv:1: duplicate column 'role'", __LINE__);
	check_error("doc_id,speaker,DOC_ID\n", "m.csv:1: duplicate column 'doc_id'", __LINE__);
	check_error("doc_id,,role\n", "m.csv:1: empty column name (column 2)", __LINE__);
	check_error("doc_id,speaker\n,A\n", "m.csv:2: empty doc_id", __LINE__);
	check_error("doc_id,speaker,role\n*,,x\n",
		    "m.csv:2: a row with doc_id '*' needs a speaker", __LINE__);
	check_error("", "m.csv:1: no header row (doc_id, speaker, ...)", __LINE__);
	check_error("\n \n", "m.csv:1: no header row (doc_id, speaker, ...)", __LINE__);
	check_error("doc_id,\"x\"y\n", "m.csv:1: unexpected text after a closing quote",
		    __LINE__);

	/* invalid UTF-8 is an error on its line */
	struct meta *m = load("doc_id,role\nd1,ok\nd2,\xFF\n", ',');
	CHECK(m == NULL);
	CHECK(strncmp(D.msg, "m.csv:3: ", 9) == 0);
	meta_free(m);

	/* an unreadable file */
	m = (struct meta *)1;
	CHECK_EQ(meta_load(&m, "/nonexistent/lt/meta.csv", &D), LT_EUSAGE);
	CHECK(m == NULL);
	CHECK_STREQ(D.msg, "cannot read '/nonexistent/lt/meta.csv': No such file or directory");
	CHECK_EQ(meta_load(&m, "/tmp", &D), LT_EUSAGE);
	CHECK_STREQ(D.msg, "cannot read '/tmp': Is a directory");
}

static const char *const PREC_DOC =
	"---\n"
	"role: Manager\n"
	"site: Leeds\n"
	"group: G5\n"
	"dept: X\n"
	"---\n"
	"opening remarks\n"
	"Interviewer: q\n"
	"Chair (Ann): a\n"
	"Bob: b\n"
	"Cat: c\n"
	"Dan: d\n"
	"Q: e\n"
	"Lead (Eve): f\n"
	"Moderator: g\n";

static const char *const PREC_META =
	"doc_id,speaker,role,site,group,tier\n"
	"d1,Bob,Director,,,\n"
	"*,Bob,Nurse,York,,T2\n"
	"*,Ann,,Hull,,\n"
	"d1,,Clinician,Bristol,G4,T1\n"
	"d2,Bob,Porter,,,\n"
	"d1,Dan,INTERVIEWER,,,\n"
	"d1,Q,Manager,,,\n"
	"*,Eve,,,,T9\n"
	"*,Moderator,,Sheffield,,\n";

static void test_meta__precedence(void)
{
	struct meta *m = load(PREC_META, ',');
	CHECK(m != NULL);
	if (!m)
		return;
	struct parsed_doc doc = parse_doc(PREC_DOC);
	CHECK_EQ(doc.n_speakers, 9);
	/* level 1 role, level 2 site and tier, level 4 group, level 5 dept */
	CHECK_STREQ(resolve(m, "d1", &doc, "Bob"),
		    "dept=X;group=G4;role=Director;site=York;tier=T2");
	/* level 2 site, level 3 role (from the label), level 4 group and tier */
	CHECK_STREQ(resolve(m, "d1", &doc, "Ann"),
		    "dept=X;group=G4;role=Chair;site=Hull;tier=T1");
	/* document level only: level 4 beats level 5 */
	CHECK_STREQ(resolve(m, "d1", &doc, "Cat"),
		    "dept=X;group=G4;role=Clinician;site=Bristol;tier=T1");
	/* speaker "" gets the document's attributes, never interviewer by label */
	CHECK_STREQ(resolve(m, "d1", &doc, ""),
		    "dept=X;group=G4;role=Clinician;site=Bristol;tier=T1");
	/* another document: only the "*" rows and the front matter */
	CHECK_STREQ(resolve(m, "d9", &doc, "Bob"),
		    "dept=X;group=G5;role=Nurse;site=York;tier=T2");
	CHECK_STREQ(resolve(m, "d9", &doc, "Cat"), "dept=X;group=G5;role=Manager;site=Leeds");
	/* doc_id matching is exact and case-sensitive */
	CHECK_STREQ(resolve(m, "D1", &doc, "Cat"), "dept=X;group=G5;role=Manager;site=Leeds");
	/* level 2 value over level 3's: "*" row tier beats nothing, label role kept */
	CHECK_STREQ(resolve(m, "d1", &doc, "Eve"),
		    "dept=X;group=G4;role=Lead;site=Bristol;tier=T9");
	/* without --meta */
	CHECK_STREQ(resolve(NULL, "d1", &doc, "Bob"), "dept=X;group=G5;role=Manager;site=Leeds");
	CHECK_STREQ(resolve(NULL, "d1", &doc, "Ann"), "dept=X;group=G5;role=Chair;site=Leeds");
	meta_free(m);
}

static void test_meta__interviewers(void)
{
	struct meta *m = load(PREC_META, ',');
	CHECK(m != NULL);
	if (!m)
		return;
	struct parsed_doc doc = parse_doc(PREC_DOC);
	/* by label: role interviewer; document-level attributes (front matter,
	 * document rows) describe the interviewee and never apply */
	CHECK_STREQ(resolve(m, "d1", &doc, "Interviewer"), "role=interviewer!");
	CHECK_STREQ(resolve(NULL, "d1", &doc, "Interviewer"), "role=interviewer!");
	/* by a metadata role, any case; the role is written "interviewer" */
	CHECK_STREQ(resolve(m, "d1", &doc, "Dan"), "role=interviewer!");
	CHECK_STREQ(resolve(m, "d2", &doc, "Dan"), "dept=X;group=G5;role=Manager;site=Leeds");
	/* an interviewer label with a role from levels 1-3 is not an interviewer */
	CHECK_STREQ(resolve(m, "d1", &doc, "Q"),
		    "dept=X;group=G4;role=Manager;site=Bristol;tier=T1");
	CHECK_STREQ(resolve(m, "d2", &doc, "Q"), "role=interviewer!");
	/* a "*" row with no role keeps the label rule; its own attributes apply */
	CHECK_STREQ(resolve(m, "d1", &doc, "Moderator"), "role=interviewer;site=Sheffield!");
	meta_free(m);

	/* "Interviewer (Name):" gives role Interviewer: an interviewer; so does
	 * any role that reads like an interviewer label */
	struct parsed_doc d2 = parse_doc("Interviewer (Jane Doe): hello\nResearcher (Tom): x\n"
					 "Facilitator (Bo Li): y\nNurse (Ann): z\n");
	CHECK_STREQ(resolve(NULL, "x", &d2, "Jane Doe"), "role=interviewer!");
	CHECK_STREQ(resolve(NULL, "x", &d2, "Tom"), "role=interviewer!");
	CHECK_STREQ(resolve(NULL, "x", &d2, "Bo Li"), "role=interviewer!");
	CHECK_STREQ(resolve(NULL, "x", &d2, "Ann"), "role=Nurse");
	/* a document-level role of interviewer does not make speaker "" one */
	m = load("doc_id,role\nx,interviewer\n", ',');
	struct parsed_doc d3 = parse_doc("before\nA: hi\n");
	CHECK_STREQ(resolve(m, "x", &d3, ""), "role=interviewer");
	CHECK_STREQ(resolve(m, "x", &d3, "A"), "role=interviewer");
	meta_free(m);
}

int main(void)
{
	arena_init(&A);
	RUN(test_meta__columns);
	RUN(test_meta__quoting);
	RUN(test_meta__crlf_bom_tsv);
	RUN(test_meta__errors);
	RUN(test_meta__precedence);
	RUN(test_meta__interviewers);
	arena_release(&A);
	return th_done();
}
