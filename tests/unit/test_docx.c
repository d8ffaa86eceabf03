/* test_docx.c - the Word reader: each fixture in tests/docx/ (made by
 * tests/docx/make_fixtures.py) against the text worked out by hand from
 * what the generator put in, and document.xml snippets for the rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docx.h"
#include "harness.h"

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
#define DOC(body) "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " W_NS "><w:body>" \
	body "</w:body></w:document>"
#define MIB ((uint64_t)1 << 20)

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "cannot open %s (run from the repository root)\n", path);
		*n = 0;
		return NULL;
	}
	size_t cap = 1 << 16, len = 0, r;
	char *b = malloc(cap);
	while ((r = fread(b + len, 1, cap - len, f)) > 0) {
		len += r;
		if (len == cap)
			b = realloc(b, cap *= 2);
	}
	fclose(f);
	*n = len;
	return b;
}

/* Text of fixture 'name', or NULL with the reason in d. */
static char *fixture(const char *name, uint64_t cap, int *rc, struct lt_diag *d)
{
	char path[256];
	snprintf(path, sizeof(path), "tests/docx/%s", name);
	size_t n;
	char *b = slurp(path, &n);
	char *t = NULL;
	size_t tl = 0;
	lt_diag_init(d);
	*rc = b ? docx_extract(b, n, cap, &t, &tl, d) : -100;
	free(b);
	if (t)
		CHECK_EQ(strlen(t), tl);
	return t;
}

static void expect_text(const char *name, const char *want)
{
	int rc;
	struct lt_diag d;
	char *t = fixture(name, 16 * MIB, &rc, &d);
	CHECK_EQ(rc, LT_OK);
	if (rc)
		fprintf(stderr, "# %s: %s\n", name, d.msg);
	CHECK_STREQ(t ? t : "(null)", want);
	free(t);
}

static void expect_reject(const char *name, uint64_t cap, int code, const char *reason)
{
	int rc;
	struct lt_diag d;
	char *t = fixture(name, cap, &rc, &d);
	CHECK_EQ(rc, code);
	CHECK(t == NULL);
	if (!strstr(d.msg, reason))
		fprintf(stderr, "# %s: '%s' lacks '%s'\n", name, d.msg, reason);
	CHECK(strstr(d.msg, reason) != NULL);
	free(t);
}

static void test_bold_labels(void)
{
	expect_text("bold_labels.docx",
		    "Interview with P3\n"                      /* bold alone: a heading */
		    "Interviewer: How did you find the ward?\n" /* colon inside the bold */
		    "P3: It was fine, honestly.\n"              /* no colon, P3 used twice */
		    "Interviewer: And the staff?\n"             /* colon after the bold */
		    "P3: They were kind.\n"                     /* tab after the label */
		    "I said never again.\n"                     /* bold not at the start */
		    "Really important point here.\n"            /* once, no colon: no label */
		    "Note this is plain.\n"                     /* w:b w:val=0 */
		    "\n"                                        /* empty paragraph */
		    "Dr. Smith: Hello.\n"                       /* label over two runs */
		    "Interviewer: First line\nsecond line\n");  /* w:br */
}

static void test_tables(void)
{
	expect_text("table2.docx",
		    "Transcript 2\n"
		    "Interviewer: Can you describe a typical day?\n"
		    "P1: I start at seven.\nThen rounds.\n"
		    "Continuation without a speaker.\n"
		    "Dr. Lee: Thanks.\n"
		    "End of transcript\n");
	expect_text("table3.docx",
		    "Interviewer: Welcome.\n"
		    "Priya Raman: Thank you for having me.\n"
		    "Interviewer: Next question.\n"
		    "Codes\n"
		    "Code\nCount\nNotes\nFlag\nA1\n3\nseen twice\nno\n");
}

static void test_left_out(void)
{
	expect_text("tracked.docx",
		    "Interviewer: We really talked about it.\n"
		    "P2: I think so too.\n"
		    "Interviewer: Thanks. Moved here.\n");
	expect_text("comment.docx", "P1: The food was cold.\n");
	expect_text("header_footer.docx", "Interviewer: Hello again.\nP4: Hello.\n");
	expect_text("footnote.docx", "P1: I moved here in 2019.\n");
	expect_text("field.docx",
		    "Recorded on 12 March 2024.\n"
		    "Page 3 of the notes.\n"
		    "Ref yes\n"
		    "See the website for details.\n");
	expect_text("unicode.docx",
		    "\xC3\x89lodie Martin: I didn\xE2\x80\x99t know \xE2\x80\x94 caf\xC3\xA9, "
		    "na\xC3\xAFve, \xCE\xA9mega.\n"
		    "P2: a well-known place next\xC3\xA9!\n");
}

static void test_rejected(void)
{
	expect_reject("legacy.doc", 16 * MIB, LT_EINPUT, "legacy Word .doc");
	expect_reject("encrypted.docx", 16 * MIB, LT_EINPUT, "encrypted");
	expect_reject("macro.docm", 16 * MIB, LT_EINPUT, "macro-enabled");
	expect_reject("truncated.docx", 16 * MIB, LT_EINPUT, "damaged .docx");
	expect_reject("notzip.docx", 16 * MIB, LT_EINPUT, "no ZIP signature");
	expect_reject("noword.docx", 16 * MIB, LT_EINPUT, "no word/document.xml");
	expect_reject("malformed.docx", 16 * MIB, LT_EINPUT, "malformed XML in word/document.xml");
	expect_reject("deep.docx", 16 * MIB, LT_EINPUT, "deeper than 128");
	/* 200 MiB of 'a': the cap while inflating, else libxml2's text limit */
	expect_reject("bomb.docx", 16 * MIB, LT_ELIMIT, "inflates to more than 16777216 bytes");
	expect_reject("bomb.docx", 0, LT_ELIMIT, "zip bomb");
	/* 115 MB of one-letter paragraphs from 360 KB: the ratio rule */
	expect_reject("bomb_paras.docx", 0, LT_ELIMIT, "more than 100 times");
	CHECK(docx_wanted("a/B.DOCX") && docx_wanted("x.doc") && docx_wanted("x.docm"));
	CHECK(!docx_wanted("x.txt") && !docx_wanted(".docx") && !docx_wanted(NULL));
}

/* document.xml text -> extracted text, or the error message */
static char *xml(const char *s, int *rc)
{
	char *t;
	size_t tl;
	struct lt_diag d;
	lt_diag_init(&d);
	*rc = docx_extract_xml(s, strlen(s), &t, &tl, &d);
	return *rc ? strdup(d.msg) : t;
}

static void expect_xml(const char *doc, const char *want)
{
	int rc;
	char *t = xml(doc, &rc);
	CHECK_EQ(rc, LT_OK);
	CHECK_STREQ(t, want);
	free(t);
}

#define R(t) "<w:r><w:t xml:space=\"preserve\">" t "</w:t></w:r>"
#define RB(props, t) "<w:r><w:rPr>" props "</w:rPr><w:t xml:space=\"preserve\">" t "</w:t></w:r>"
#define P(x) "<w:p>" x "</w:p>"

static void test_bold_rules(void)
{
	/* bCs alone is bold; w:b="false" and "off" are not; a bold paragraph
	 * mark (pPr/rPr/b) is not a bold run */
	expect_xml(DOC(P(RB("<w:bCs/>", "Ann:") R(" hi"))
		       P(RB("<w:b w:val=\"false\"/>", "Ben") R(" no"))
		       P(RB("<w:b w:val=\"off\"/>", "Ben") R(" no"))
		       P("<w:pPr><w:rPr><w:b/></w:rPr></w:pPr>" R("Cat: plain"))),
		   "Ann: hi\nBen no\nBen no\nCat: plain\n");
	/* w:b="0" overrides w:bCs; a colon-less label becomes one when the same
	 * bold text has a colon elsewhere; a bold word glued to the next is not */
	expect_xml(DOC(P(RB("<w:b w:val=\"0\"/><w:bCs/>", "Dee") R(" x"))
		       P(RB("<w:b/>", "Eve") R(" first"))
		       P(RB("<w:b/>", "Eve:") R(" second"))
		       P(RB("<w:b/>", "Fo") R("ur words"))
		       P(RB("<w:b/>", "Fo") R("ur again"))),
		   "Dee x\nEve: first\nEve: second\nFour words\nFour again\n");
	/* a bold label holding a colon, or too long, stays as written */
	expect_xml(DOC(P(RB("<w:b/>", "A: b") R(" c"))),
		   "A: b c\n");
	/* hidden text (w:vanish) is not displayed, nor its breaks */
	expect_xml(DOC(P(R("seen") RB("<w:vanish/>", " hidden") "<w:r><w:rPr><w:vanish/></w:rPr>"
			 "<w:br/></w:r>" RB("<w:vanish w:val=\"0\"/>", " shown"))),
		   "seen shown\n");
	/* a rPrChange's old bold does not count */
	expect_xml(DOC(P("<w:r><w:rPr><w:rPrChange w:id=\"1\" w:author=\"x\"><w:rPr><w:b/>"
			 "</w:rPr></w:rPrChange></w:rPr><w:t>Gus</w:t></w:r>" R(" y"))
		       P("<w:r><w:rPr><w:rPrChange w:id=\"1\" w:author=\"x\"><w:rPr><w:b/>"
			 "</w:rPr></w:rPrChange></w:rPr><w:t>Gus</w:t></w:r>" R(" z"))),
		   "Gus y\nGus z\n");
}

static void test_content_rules(void)
{
	/* text boxes and mc:Fallback copies are not body text; w:cr breaks;
	 * a newline inside w:t is a space; soft hyphen vanishes */
	expect_xml(DOC(P(R("a") "<w:r><w:drawing><w:txbxContent><w:p>" R("BOX")
			 "</w:p></w:txbxContent></w:drawing></w:r>" R("b"))
		       "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/"
		       "markup-compatibility/2006\"><mc:Choice Requires=\"w14\">" P(R("new"))
		       "</mc:Choice><mc:Fallback>" P(R("old")) "</mc:Fallback></mc:AlternateContent>"
		       P("<w:r><w:t>x</w:t><w:cr/><w:t>y&#10;z</w:t><w:softHyphen/>"
			 "<w:t>q</w:t></w:r>")),
		   "ab\nnew\nx\ny zq\n");
	/* a field left open hides the rest; field text in a deletion is gone */
	expect_xml(DOC(P(R("keep ") "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
			 "<w:r><w:instrText>PAGE</w:instrText></w:r>" R("hidden"))),
		   "keep \n");
	/* symbols: private-use -> space, invalid -> space, others as is */
	expect_xml(DOC(P(R("a") "<w:r><w:sym w:char=\"F04A\"/></w:r>" R("b")
			 "<w:r><w:sym w:char=\"zz\"/></w:r>" R("c")
			 "<w:r><w:sym w:char=\"20AC\"/></w:r>")),
		   "a b c\xE2\x82\xAC\n");
	/* a three-column table whose first column is not time marks is plain,
	 * and so is a table of only a header row */
	expect_xml(DOC("<w:tbl><w:tr><w:tc>" P(R("x")) "</w:tc><w:tc>" P(R("Ann"))
		       "</w:tc><w:tc>" P(R("hi")) "</w:tc></w:tr></w:tbl>"
		       "<w:tbl><w:tr><w:tc>" P(R("Speaker")) "</w:tc><w:tc>" P(R("Text"))
		       "</w:tc></w:tr></w:tbl>"),
		   "x\nAnn\nhi\nSpeaker\nText\n");
	/* a nested table is part of its cell; rows with a speaker cell of two
	 * paragraphs make the table plain */
	expect_xml(DOC("<w:tbl><w:tr><w:tc>" P(R("Ann")) "</w:tc><w:tc>" P(R("one"))
		       "<w:tbl><w:tr><w:tc>" P(R("in")) "</w:tc></w:tr></w:tbl>" P(R("two"))
		       "</w:tc></w:tr></w:tbl>"),
		   "Ann: one\nin\ntwo\n");
	expect_xml(DOC("<w:tbl><w:tr><w:tc>" P(R("Ann")) P(R("Bo")) "</w:tc><w:tc>" P(R("t"))
		       "</w:tc></w:tr></w:tbl>"),
		   "Ann\nBo\nt\n");
	expect_xml(DOC(""), "");
}

static void test_xml_rejected(void)
{
	int rc;
	char *m = xml("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e \"x\">]><d>&e;</d>", &rc);
	CHECK_EQ(rc, LT_EINPUT);
	CHECK(strstr(m, "DTD") != NULL);
	free(m);
	m = xml("<w:document " W_NS "><w:body><w:p>", &rc);
	CHECK_EQ(rc, LT_EINPUT);
	CHECK(strstr(m, "malformed XML") != NULL);
	free(m);
	m = xml("", &rc);
	CHECK_EQ(rc, LT_EINPUT);
	free(m);
	/* nesting: 127 sdt levels under body are fine, 200 are not */
	char *deep = malloc(200 * 40 + 400);
	for (int levels = 60; levels <= 200; levels += 140) {
		strcpy(deep, "<w:document " W_NS "><w:body>");
		for (int i = 0; i < levels; i++)
			strcat(deep, "<w:sdt>");
		strcat(deep, P(R("deep")));
		for (int i = 0; i < levels; i++)
			strcat(deep, "</w:sdt>");
		strcat(deep, "</w:body></w:document>");
		m = xml(deep, &rc);
		CHECK_EQ(rc, levels == 60 ? LT_OK : LT_EINPUT);
		CHECK_STREQ(m, levels == 60 ? "deep\n" : "word/document.xml nests elements deeper "
						       "than 128");
		free(m);
	}
	free(deep);
}

int main(void)
{
	RUN(test_bold_labels);
	RUN(test_tables);
	RUN(test_left_out);
	RUN(test_rejected);
	RUN(test_bold_rules);
	RUN(test_content_rules);
	RUN(test_xml_rejected);
	return th_done();
}
