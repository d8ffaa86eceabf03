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
	(void)delim;
	int rc = meta_load_buffer(&m, "m.csv", text, strlen(text), &D);
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
	CHECK_EQ(meta_load_buffer(&m, "u.tsv", u16, sizeof(u16) - 1, &D), LT_OK);
	if (m) {
		CHECK_STREQ(resolve(m, "d1", &doc, "A"), "role=x");
		meta_free(m);
	}
}

static void test_meta__errors(void)
{
	check_error("speaker,role\nA,x\n", "m.csv:1: no doc_id column in the header", __LINE__);
	check_error("doc_id,speaker,role\nd1,A,x,y\n", "m.csv:2: 4 fields, the header has 3",
		    __LINE__);
	check_error("doc_id,speaker\nd1,A\nd2,\"B\n\n", "m.csv:3: unterminated quoted field",
		    __LINE__);
	check_error("doc_id,speaker,role\nd1,A,\"two\nlines\"\nd1,B,x,y\n",
		    "m.csv:4: 4 fields, the header has 3", __LINE__);
	/* Excel's empty trailing columns: ignored in the header, but a value
	 * under no column name is an error */
	check_error("doc_id,speaker,role,,\nd1,A,x,,oops\n", "m.csv:2: 5 fields, the header has 3",
		    __LINE__);
	check_error("doc_id,speaker,alias\nd1,,Ann\n",
		    "m.csv:2: an alias needs a speaker on its row", __LINE__);
	check_error("doc_id,speaker,alias\nd1,Ann,A|Annie\nd1,Bob,Annie\n",
		    "m.csv:3: alias 'Annie' is already a spelling of speaker 'Ann' of doc_id 'd1' "
		    "(line 2)", __LINE__);
	check_error("doc_id,speaker,alias\nd1,Ann,\nd1,Bob,Ann\n",
		    "m.csv:3: alias 'Ann' is already a spelling of speaker 'Ann' of doc_id 'd1' "
		    "(line 2)", __LINE__);
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

	/* damaged UTF-8 is an error on its line (a Latin-1 file is not: below) */
	struct meta *m = load("doc_id,role\nd1,caf\xC3\xA9\nd2,\xFF\n", ',');
	CHECK(m == NULL);
	CHECK_STREQ(D.msg, "m.csv:3: invalid UTF-8 byte 0xFF; 1 invalid sequence replaced by "
			   "U+FFFD (first here)");
	meta_free(m);
	/* fewer fields than the header: the missing cells are empty */
	m = load("\n\ndoc_id,speaker,role,site\nd1,A\nd1,B,x\n", ',');
	CHECK(m != NULL);
	if (m) {
		struct parsed_doc doc = parse_doc("A: 1\nB: 2\n");
		CHECK_STREQ(resolve(m, "d1", &doc, "A"), "");
		CHECK_STREQ(resolve(m, "d1", &doc, "B"), "role=x");
		CHECK_EQ(meta_messages(m)->n, 0);
		meta_free(m);
	}

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
	CHECK_EQ(doc.n_speakers, 8); /* "opening remarks" is a preamble (no speaker "") */
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
	struct parsed_doc doc0 = parse_doc("---\ndept: X\nrole: Manager\nsite: Leeds\n"
					   "group: G5\n---\nno labels at all\n");
	CHECK_STREQ(resolve(m, "d1", &doc0, ""),
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
	struct parsed_doc d4 = parse_doc("no labels\n");
	CHECK_STREQ(resolve(m, "x", &d4, ""), "role=interviewer");
	CHECK_STREQ(resolve(m, "x", &d3, "A"), "role=interviewer");
	meta_free(m);
}

/* ------------------------------------------------------------------ */
/* Matching and the report (issue 12's mismatch cases)                 */
/* ------------------------------------------------------------------ */

/* A document with these speaker labels (no turns), for meta_resolve. */
static struct parsed_doc make_doc(const char *const *labels, uint32_t n)
{
	struct parsed_doc doc;
	memset(&doc, 0, sizeof(doc));
	doc.speakers = arena_calloc(&A, n ? n : 1, sizeof(*doc.speakers));
	for (uint32_t i = 0; i < n; i++) {
		doc.speakers[i].label = labels[i];
		doc.speakers[i].interviewer_label =
			seg_is_interviewer_label(labels[i], strlen(labels[i]));
	}
	doc.n_speakers = n;
	return doc;
}

struct rep_out {
	struct lt_msgs rows, summary;
};

/* Report documents "id:Label|Label|..." (NULL-terminated) against m. */
static void run_report(const struct meta *m, const char *const *docs, struct rep_out *o)
{
	msgs_init(&o->rows);
	msgs_init(&o->summary);
	struct meta_report *rep = meta_report_new(m);
	for (size_t i = 0; docs[i]; i++) {
		char buf[512];
		snprintf(buf, sizeof(buf), "%s", docs[i]);
		char *colon = strchr(buf, ':');
		*colon = '\0';
		const char *labels[16];
		uint32_t n = 0;
		for (char *p = colon + 1; *p && n < 16;) {
			char *bar = strchr(p, '|');
			if (bar)
				*bar = '\0';
			labels[n++] = p;
			p = bar ? bar + 1 : p + strlen(p);
		}
		struct parsed_doc doc = make_doc(labels, n);
		meta_report_doc(rep, buf, true);
		for (uint32_t s = 0; s < n; s++) {
			struct kv_list l;
			bool iv;
			meta_resolve(m, buf, &doc, s, &A, &l, &iv);
			meta_report_speaker(rep, labels[s], &l);
		}
	}
	meta_report_finish(rep, &o->rows, &o->summary);
	meta_report_free(rep);
}

static void rep_release(struct rep_out *o)
{
	msgs_release(&o->rows);
	msgs_release(&o->summary);
}

static const char *mtext(const struct lt_msgs *l, size_t i)
{
	return i < l->n ? l->v[i].text : "(no such message)";
}

static uint32_t mline(const struct lt_msgs *l, size_t i)
{
	return i < l->n ? l->v[i].line : 0;
}

static const char *const STUDY_DOCS[] = {
	"int01:Interviewer|Helen Carter",
	"int02:Interviewer|Dr. Priya Raman",
	"int03:Ruth Adebayo|Tom Price",
	NULL,
};

static void test_meta__issue12_mismatches(void)
{
	/* the six rows of issue 12: case, a title's dot, two spaces, a doc_id
	 * typo, a doc_id with ".txt"; and a speaker not in its document */
	struct meta *m = load("doc_id,speaker,role\n"
			      "int01,helen carter,patient\n"          /* 2 */
			      "int02,Dr Priya Raman,medical director\n" /* 3 */
			      "int03,Tom  Price,nurse\n"              /* 4 */
			      "int3,Ruth Adebayo,interviewer\n"       /* 5 */
			      "int01.txt,Interviewer,interviewer\n"   /* 6 */
			      "int02,Interviewer,interviewer\n"       /* 7 */
			      "int01,Helen Carters,carer\n",          /* 8 */
			      ',');
	CHECK(m != NULL);
	if (!m)
		return;
	CHECK_EQ(meta_messages(m)->n, 0);
	const char *l1[] = { "Interviewer", "Helen Carter" };
	struct parsed_doc d1 = make_doc(l1, 2);
	const char *l2[] = { "Interviewer", "Dr. Priya Raman" };
	struct parsed_doc d2 = make_doc(l2, 2);
	const char *l3[] = { "Ruth Adebayo", "Tom Price" };
	struct parsed_doc d3 = make_doc(l3, 2);
	/* the normalised spellings match */
	CHECK_STREQ(resolve(m, "int01", &d1, "Helen Carter"), "role=patient");
	CHECK_STREQ(resolve(m, "int02", &d2, "Dr. Priya Raman"), "role=medical director");
	CHECK_STREQ(resolve(m, "int03", &d3, "Tom Price"), "role=nurse");
	/* the wrong doc_ids do not */
	CHECK_STREQ(resolve(m, "int03", &d3, "Ruth Adebayo"), "");

	struct rep_out o;
	run_report(m, STUDY_DOCS, &o);
	CHECK_EQ(o.rows.n, 6);
	CHECK_EQ(mline(&o.rows, 0), 2);
	CHECK_STREQ(mtext(&o.rows, 0),
		    "speaker 'helen carter' matched label 'Helen Carter' in document 'int01' "
		    "only after normalisation (case, spaces or a title's dot); spell both alike "
		    "or add the label to the alias column");
	CHECK_EQ(mline(&o.rows, 1), 3);
	CHECK_STREQ(mtext(&o.rows, 1),
		    "speaker 'Dr Priya Raman' matched label 'Dr. Priya Raman' in document "
		    "'int02' only after normalisation (case, spaces or a title's dot); spell "
		    "both alike or add the label to the alias column");
	CHECK_EQ(mline(&o.rows, 2), 4);
	CHECK_STREQ(mtext(&o.rows, 2),
		    "speaker 'Tom  Price' matched label 'Tom Price' in document 'int03' only "
		    "after normalisation (case, spaces or a title's dot); spell both alike or "
		    "add the label to the alias column");
	CHECK_EQ(mline(&o.rows, 3), 5);
	CHECK_STREQ(mtext(&o.rows, 3),
		    "doc_id 'int3' matches no document; did you mean 'int03'? (one character "
		    "away)");
	CHECK_EQ(mline(&o.rows, 4), 6);
	CHECK_STREQ(mtext(&o.rows, 4),
		    "doc_id 'int01.txt' matches no document; did you mean 'int01'? (a doc_id is "
		    "the file name without its extension)");
	CHECK_EQ(mline(&o.rows, 5), 8);
	CHECK_STREQ(mtext(&o.rows, 5),
		    "speaker 'Helen Carters' is not in document 'int01' (its speakers: "
		    "'Interviewer', 'Helen Carter'; nearest: 'Helen Carter')");
	/* Ruth Adebayo's row named the wrong document: she has no role */
	CHECK_EQ(o.summary.n, 1);
	CHECK_EQ(mline(&o.summary, 0), 0);
	CHECK_STREQ(mtext(&o.summary, 0),
		    "1 of 6 speakers have no role: 'Ruth Adebayo' (int03)");
	rep_release(&o);
	meta_free(m);
}

static void test_meta__clean_file_no_warnings(void)
{
	struct meta *m = load("doc_id,speaker,role\n"
			      "int01,Helen Carter,patient\n"
			      "int02,Dr. Priya Raman,medical director\n"
			      "int03,Tom Price,nurse\n"
			      "*,Ruth Adebayo,interviewer\n"
			      "int02,,hospital\n",
			      ',');
	CHECK(m != NULL);
	if (!m)
		return;
	CHECK_EQ(meta_messages(m)->n, 0);
	struct rep_out o;
	run_report(m, STUDY_DOCS, &o);
	CHECK_EQ(o.rows.n, 0);
	CHECK_STREQ(mtext(&o.rows, 0), "(no such message)");
	CHECK_EQ(o.summary.n, 0);
	rep_release(&o);
	meta_free(m);
}

static void test_meta__excel_semicolon_bom_crlf(void)
{
	/* Excel in a comma-decimal locale: ';' between fields, BOM, CRLF,
	 * empty trailing columns and an empty trailing row */
	struct meta *m = load("\xEF\xBB\xBF" "doc_id;speaker;role;site;;\r\n"
			      "int01;Helen Carter;patient;Leeds;;\r\n"
			      "int01;Roberts, John;judge;;;\r\n"
			      ";;;;;\r\n",
			      ',');
	CHECK(m != NULL);
	if (!m)
		return;
	CHECK_EQ(meta_n_columns(m), 2);
	CHECK_STREQ(meta_column(m, 0), "role");
	CHECK_STREQ(meta_column(m, 1), "site");
	CHECK_EQ(meta_n_rows(m), 2);
	const char *l[] = { "Helen Carter", "Roberts, John" };
	struct parsed_doc doc = make_doc(l, 2);
	CHECK_STREQ(resolve(m, "int01", &doc, "Helen Carter"), "role=patient;site=Leeds");
	CHECK_STREQ(resolve(m, "int01", &doc, "Roberts, John"), "role=judge");
	CHECK_EQ(meta_messages(m)->n, 0);
	meta_free(m);
	/* a tab-separated file, whatever its name */
	m = load("doc_id\tspeaker\trole\nint01\tHelen Carter\tpatient, day case\n", ',');
	CHECK(m != NULL);
	if (m) {
		CHECK_STREQ(resolve(m, "int01", &doc, "Helen Carter"), "role=patient, day case");
		meta_free(m);
	}
}

/* Write len bytes to a fresh temporary .csv file; its path in path[]. */
static bool write_tmp(char path[], const char *bytes, size_t len)
{
	int fd = mkstemps(path, 4);
	if (fd < 0)
		return false;
	bool ok = write(fd, bytes, len) == (ssize_t)len;
	close(fd);
	return ok;
}

/*
 * meta_load reads files through the reader and decodes them: a UTF-16LE
 * file with BOM (Excel's "Unicode text") and a Windows-1252 file with an
 * accented name each match their speaker ("Zoë" in the transcript).
 */
static void test_meta__load_encodings(void)
{
	const char *l[] = { "Zo\xC3\xAB" };
	struct parsed_doc doc = make_doc(l, 1);
	struct meta *m = NULL;

	/* "doc_id,speaker,role\nd1,Zoë,nurse\n" in UTF-16LE: ë is U+00EB */
	const char u16[] = "\xFF\xFE" "d\0o\0c\0_\0i\0d\0,\0s\0p\0e\0a\0k\0e\0r\0,\0r\0o\0l\0e\0\n\0"
			   "d\0\x31\0,\0Z\0o\0\xEB\0,\0n\0u\0r\0s\0e\0\n\0";
	char p16[] = "/tmp/lt_test_meta16XXXXXX.csv";
	CHECK(write_tmp(p16, u16, sizeof(u16) - 1));
	CHECK_EQ(meta_load(&m, p16, &D), LT_OK);
	if (m) {
		CHECK_STREQ(resolve(m, "d1", &doc, "Zo\xC3\xAB"), "role=nurse");
		meta_free(m);
		m = NULL;
	}
	unlink(p16);

	/* the same in Windows-1252: ë is the byte 0xEB */
	const char cp[] = "doc_id,speaker,role\r\nd1,Zo\xEB,midwife\r\n";
	char pcp[] = "/tmp/lt_test_meta1252XXXXXX.csv";
	CHECK(write_tmp(pcp, cp, sizeof(cp) - 1));
	CHECK_EQ(meta_load(&m, pcp, &D), LT_OK);
	if (m) {
		CHECK_STREQ(resolve(m, "d1", &doc, "Zo\xC3\xAB"), "role=midwife");
		meta_free(m);
		m = NULL;
	}
	unlink(pcp);

	/* a missing file: a configuration error naming it */
	CHECK_EQ(meta_load(&m, "/nonexistent/meta.csv", &D), LT_EUSAGE);
	CHECK(strstr(D.msg, "/nonexistent/meta.csv") != NULL);
	CHECK(m == NULL);
}

static void test_meta__cp1252_file(void)
{
	/* Excel's "CSV (semicolon)" in Windows-1252: e diaeresis and a curly
	 * apostrophe (0x92 -> U+2019) */
	struct meta *m = load("doc_id;speaker;role\r\nint01;Zo\xEB O\x92" "Brien;nurse\r\n", ',');
	CHECK(m != NULL);
	if (!m)
		return;
	const struct lt_msgs *w = meta_messages(m);
	CHECK_EQ(w->n, 1);
	CHECK_EQ(mline(w, 0), 2);
	CHECK_STREQ(mtext(w, 0), "not valid UTF-8; decoded as Windows-1252 (first non-ASCII byte "
				 "0xEB here)");
	const char *l[] = { "Zo\xC3\xAB O\xE2\x80\x99" "Brien", "Zo\xC3\xAB O'Brien" };
	struct parsed_doc doc = make_doc(l, 2);
	CHECK_STREQ(resolve(m, "int01", &doc, "Zo\xC3\xAB O\xE2\x80\x99" "Brien"), "role=nurse");
	/* the ASCII apostrophe matches after normalisation (U+2019 -> ') */
	CHECK_STREQ(resolve(m, "int01", &doc, "Zo\xC3\xAB O'Brien"), "role=nurse");
	meta_free(m);
}

static void test_meta__alias_teams_name(void)
{
	struct meta *m = load("doc_id,speaker,alias,role\n"
			      "*,James Whitfield,\"WHITFIELD, James (BRACKENMOOR TEACHING HOSPITALS "
			      "NHS FOUNDATION TRUST) | Jim Whitfield |\",consultant\n",
			      ',');
	CHECK(m != NULL);
	if (!m)
		return;
	CHECK_EQ(meta_n_columns(m), 1); /* alias is not an attribute */
	const char *l[] = { "WHITFIELD, James (BRACKENMOOR TEACHING HOSPITALS NHS FOUNDATION "
			    "TRUST)",
			    "Jim Whitfield", "James Whitfield", "jim  whitfield", "Jim" };
	struct parsed_doc doc = make_doc(l, 5);
	CHECK_STREQ(resolve(m, "t1", &doc, l[0]), "role=consultant");
	CHECK_STREQ(resolve(m, "t1", &doc, "Jim Whitfield"), "role=consultant");
	CHECK_STREQ(resolve(m, "t1", &doc, "James Whitfield"), "role=consultant");
	CHECK_STREQ(resolve(m, "t1", &doc, "jim  whitfield"), "role=consultant");
	CHECK_STREQ(resolve(m, "t1", &doc, "Jim"), "");
	/* exact aliases are meant: only the normalised one is reported */
	static const char *const docs[] = {
		"t1:WHITFIELD, James (BRACKENMOOR TEACHING HOSPITALS NHS FOUNDATION TRUST)|"
		"jim  whitfield",
		NULL,
	};
	struct rep_out o;
	run_report(m, docs, &o);
	CHECK_EQ(o.rows.n, 1);
	CHECK_STREQ(mtext(&o.rows, 0),
		    "speaker 'James Whitfield' matched label 'jim  whitfield' in document 't1' "
		    "only after normalisation (case, spaces or a title's dot); spell both alike "
		    "or add the label to the alias column");
	CHECK_EQ(o.summary.n, 0);
	rep_release(&o);
	meta_free(m);
}

static void test_meta__normalisation(void)
{
	struct meta *m = load("doc_id,speaker,role\n"
			      "d1,Dr Khan,a\n"
			      "d1,PROF. ann lee,b\n"
			      "d1,St John Rivers,c\n"
			      "d1,J Smith,d\n"
			      "d1,Stra\xC3\x9F" "e,e\n"
			      "d1,Ann\xC2\xA0" "Bo,f\n",
			      ',');
	CHECK(m != NULL);
	if (!m)
		return;
	const char *l[] = { "Dr.Khan", "Prof Ann Lee", "St. John Rivers", "J. Smith",
			    "STRASSE", "ann bo", "Dr. Khan " };
	struct parsed_doc doc = make_doc(l, 7);
	CHECK_STREQ(resolve(m, "d1", &doc, "Dr.Khan"), "role=a");
	CHECK_STREQ(resolve(m, "d1", &doc, "Prof Ann Lee"), "role=b");
	CHECK_STREQ(resolve(m, "d1", &doc, "St. John Rivers"), "role=c");
	/* an initial's dot is not a title's: no match */
	CHECK_STREQ(resolve(m, "d1", &doc, "J. Smith"), "");
	/* Unicode case folding: sharp s folds to ss */
	CHECK_STREQ(resolve(m, "d1", &doc, "STRASSE"), "role=e");
	/* a no-break space is a space */
	CHECK_STREQ(resolve(m, "d1", &doc, "ann bo"), "role=f");
	meta_free(m);

	/* two rows alike after normalisation: a load warning; each exact
	 * spelling keeps its row, a third spelling matches neither */
	m = load("doc_id,speaker,role\nd1,Dr Khan,a\nd1,Dr. Khan,b\n", ',');
	CHECK(m != NULL);
	if (!m)
		return;
	const struct lt_msgs *w = meta_messages(m);
	CHECK_EQ(w->n, 1);
	CHECK_EQ(mline(w, 0), 3);
	CHECK_STREQ(mtext(w, 0), "'Dr. Khan' and 'Dr Khan' (line 2) of doc_id 'd1' differ only in "
				 "case, spaces or a title's dot; a label spelled like neither "
				 "matches neither");
	const char *k[] = { "Dr Khan", "Dr. Khan", "dr khan" };
	struct parsed_doc dk = make_doc(k, 3);
	CHECK_STREQ(resolve(m, "d1", &dk, "Dr Khan"), "role=a");
	CHECK_STREQ(resolve(m, "d1", &dk, "Dr. Khan"), "role=b");
	CHECK_STREQ(resolve(m, "d1", &dk, "dr khan"), "");
	meta_free(m);
}

static void test_meta__report_more(void)
{
	struct meta *m = load("doc_id,speaker,role\n"
			      "*,Moderatr,interviewer\n"      /* 2: nobody's */
			      "gone,Ann,x\n"                  /* 3: no hint */
			      "INT01,Ann,x\n"                 /* 4: case */
			      "int02,Ann,x\n"                 /* 5: unknown speakers */
			      "empty,Ann,x\n",                /* 6: no speakers */
			      ',');
	CHECK(m != NULL);
	if (!m)
		return;
	struct lt_msgs rows, summary;
	msgs_init(&rows);
	msgs_init(&summary);
	struct meta_report *rep = meta_report_new(m);
	meta_report_doc(rep, "int01", true);
	meta_report_speaker(rep, "Moderator", NULL);
	meta_report_speaker(rep, "P1", NULL);
	meta_report_doc(rep, "int02", false);
	meta_report_doc(rep, "empty", true);
	meta_report_finish(rep, &rows, &summary);
	meta_report_free(rep);
	CHECK_EQ(rows.n, 4);
	CHECK_STREQ(mtext(&rows, 0), "speaker 'Moderatr' of a '*' row is no speaker of any "
				     "document (nearest: 'Moderator')");
	CHECK_EQ(mline(&rows, 1), 3);
	CHECK_STREQ(mtext(&rows, 1), "doc_id 'gone' matches no document");
	CHECK_STREQ(mtext(&rows, 2), "doc_id 'INT01' matches no document; did you mean "
				     "'int01'? (doc_id is case-sensitive)");
	CHECK_EQ(mline(&rows, 3), 6);
	CHECK_STREQ(mtext(&rows, 3), "speaker 'Ann' is not in document 'empty' (it has no "
				     "speakers)");
	/* NULL attrs: no role */
	CHECK_STREQ(mtext(&summary, 0), "2 of 2 speakers have no role: 'Moderator' (int01), "
					"'P1' (int01)");
	msgs_release(&rows);
	msgs_release(&summary);
	meta_free(m);

	/* without --meta: the summary only, the first five named */
	rep = meta_report_new(NULL);
	msgs_init(&rows);
	msgs_init(&summary);
	meta_report_doc(rep, "d", true);
	const char *names[] = { "", "A", "B", "C", "D", "E", "F" };
	for (int i = 0; i < 7; i++)
		meta_report_speaker(rep, names[i], NULL);
	meta_report_finish(rep, &rows, &summary);
	meta_report_free(rep);
	CHECK_EQ(rows.n, 0);
	CHECK_STREQ(mtext(&summary, 0), "7 of 7 speakers have no role: '' (d), 'A' (d), 'B' (d), "
					"'C' (d), 'D' (d) and 2 more");
	msgs_release(&rows);
	msgs_release(&summary);
	meta_report_free(NULL);
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
	RUN(test_meta__issue12_mismatches);
	RUN(test_meta__clean_file_no_warnings);
	RUN(test_meta__excel_semicolon_bom_crlf);
	RUN(test_meta__cp1252_file);
	RUN(test_meta__load_encodings);
	RUN(test_meta__alias_teams_name);
	RUN(test_meta__normalisation);
	RUN(test_meta__report_more);
	arena_release(&A);
	return th_done();
}
