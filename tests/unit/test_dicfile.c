/* test_dicfile.c - LIWC .dic / .dicx reader and .lex writer (pipeline/dicfile.c).
 *
 * Every dictionary here is written inline; nothing is read from outside
 * the test (the real LIWC files may not be copied into the repository).
 * Terms, categories and warnings are compared as compact strings:
 *   term      "TEXT@LINE:NUM,NUM"          (NUM=WEIGHT when weighted)
 *   category  "NUM:NAME^PARENT"            (G:NAME for a group, ^- no parent)
 *   warning   "LINE:TEXT"
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"
#include "dicfile.h"

#define PARSE(f, path, lit, w, d) dicfile_parse((f), (path), (lit), sizeof(lit) - 1, (w), (d))

/* Rotating result buffers, so several descriptions fit in one CHECK. */
static char *next_buf(void)
{
	static char bufs[4][1024];
	static int k;
	k = (k + 1) % 4;
	return bufs[k];
}

static const char *term_desc(const struct dicfile *f, uint32_t i)
{
	char *b = next_buf();
	if (i >= f->n_terms)
		return "(no such term)";
	const struct dic_term *t = &f->terms[i];
	int n = snprintf(b, 1024, "%s@%u:", t->text, t->line);
	for (uint32_t k = 0; k < t->n_cats && n < 1000; k++) {
		n += snprintf(b + n, 1024 - (size_t)n, "%s%u", k ? "," : "",
			      f->categories[t->cats[k]].number);
		if (t->weights)
			n += snprintf(b + n, 1024 - (size_t)n, "=%g", t->weights[k]);
	}
	return b;
}

static const char *cat_desc(const struct dicfile *f, uint32_t i)
{
	char *b = next_buf();
	if (i >= f->n_categories)
		return "(no such category)";
	const struct dic_category *c = &f->categories[i];
	char parent[16] = "-";
	if (c->parent >= 0)
		snprintf(parent, sizeof(parent), "%d", c->parent);
	if (c->is_group)
		snprintf(b, 1024, "G:%s^%s", c->name, parent);
	else
		snprintf(b, 1024, "%u:%s^%s", c->number, c->name, parent);
	return b;
}

static const char *warn_desc(const struct lt_msgs *w, size_t i)
{
	char *b = next_buf();
	if (i >= w->n)
		return "(no such warning)";
	snprintf(b, 1024, "%u:%s", w->v[i].line, w->v[i].text);
	return b;
}

/* The .lex text dicfile_write_lex prints (caller frees). */
static char *lex_of(const struct dicfile *f, struct lt_msgs *w)
{
	char *text = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&text, &len);
	struct lt_diag d;
	lt_diag_init(&d);
	int rc = dicfile_write_lex(f, m, w, &d);
	fclose(m);
	CHECK_EQ(rc, LT_OK);
	return text;
}

/* ------------------------------------------------------------ .dic basics */

/* The original Moral Foundations Dictionary's shapes: space-padded header,
 * several tabs, a term followed by spaces then a tab, numbers separated by
 * spaces, a blank line between groups. */
#define MFD_STYLE(E)                         \
	"%" E                                \
	"01                    HarmVirtue" E \
	"   02   HarmVice" E                 \
	"07\tAuthorityVirtue" E              \
	"  %  " E                            \
	"safe*\t\t\t01" E                    \
	"benefit*        \t01" E             \
	E                                    \
	"preserve\t\t01 07 02" E             \
	"kill\t\t\t02"

static void check_mfd_style(const char *buf, size_t len, uint32_t first_line)
{
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	CHECK_EQ(dicfile_parse(&f, "mfd.dic", buf, len, &w, &d), LT_OK);
	CHECK_EQ(f.format, DIC_FORMAT_DIC);
	CHECK_STREQ(f.path, "mfd.dic");
	CHECK_EQ(f.n_categories, 3);
	CHECK_STREQ(cat_desc(&f, 0), "1:HarmVirtue^-");
	CHECK_STREQ(cat_desc(&f, 1), "2:HarmVice^-");
	CHECK_STREQ(cat_desc(&f, 2), "7:AuthorityVirtue^-");
	CHECK_EQ(f.categories[1].line, 2 + first_line);
	CHECK_EQ(f.n_terms, 4);
	char exp[64];
	snprintf(exp, sizeof(exp), "safe*@%u:1", 5 + first_line);
	CHECK_STREQ(term_desc(&f, 0), exp);
	snprintf(exp, sizeof(exp), "benefit*@%u:1", 6 + first_line);
	CHECK_STREQ(term_desc(&f, 1), exp);
	snprintf(exp, sizeof(exp), "preserve@%u:1,7,2", 8 + first_line);
	CHECK_STREQ(term_desc(&f, 2), exp);
	snprintf(exp, sizeof(exp), "kill@%u:2", 9 + first_line);
	CHECK_STREQ(term_desc(&f, 3), exp);
	CHECK(f.terms[0].weights == NULL);
	CHECK(!f.has_weights);
	CHECK_EQ(f.n_conditional_skipped, 0);
	CHECK_EQ(f.n_undefined_refs, 0);
	CHECK_EQ(w.n, 0);
	dicfile_release(&f);
	msgs_release(&w);
}

static void test_dicfile__mfd_style_lf(void)
{
	static const char s[] = MFD_STYLE("\n") "\n";
	check_mfd_style(s, sizeof(s) - 1, 1);
}

static void test_dicfile__cr_only(void)
{
	/* MFD 2.0 is distributed with CR-only line ends */
	static const char s[] = MFD_STYLE("\r") "\r";
	check_mfd_style(s, sizeof(s) - 1, 1);
}

static void test_dicfile__crlf_and_bom(void)
{
	static const char s[] = "\xEF\xBB\xBF" MFD_STYLE("\r\n");
	check_mfd_style(s, sizeof(s) - 1, 1);
	/* blank lines before the header shift every line */
	static const char t[] = "\r\n  \r\n" MFD_STYLE("\r\n") "\r\n";
	check_mfd_style(t, sizeof(t) - 1, 3);
}

static void test_dicfile__utf16(void)
{
	static const char ascii[] = "%\r\n1\tsocial\r\n%\r\nfriend*\t1\r\n";
	char buf[2 + 2 * sizeof(ascii)];
	size_t n = 0;
	buf[n++] = (char)0xFF;
	buf[n++] = (char)0xFE;
	for (size_t i = 0; i + 1 < sizeof(ascii); i++) {
		buf[n++] = ascii[i];
		buf[n++] = 0;
	}
	struct dicfile f;
	struct lt_diag d;
	lt_diag_init(&d);
	CHECK_EQ(dicfile_parse(&f, "u16.DIC", buf, n, NULL, &d), LT_OK);
	CHECK_EQ(f.n_categories, 1);
	CHECK_STREQ(cat_desc(&f, 0), "1:social^-");
	CHECK_EQ(f.n_terms, 1);
	CHECK_STREQ(term_desc(&f, 0), "friend*@4:1");
	dicfile_release(&f);
}

/* A LIWC2015-style header: tabs give the hierarchy, and a line without a
 * number ("othergram (Other Grammar)") groups the lines indented below it. */
static void test_dicfile__nested_header(void)
{
	static const char s[] =
		"%\n"
		"1\tfunction (Function Words)\n"
		"\t2\tpronoun (Pronouns)\n"
		"\t\t3\tppron (Personal Pronouns)\n"
		"\t\t\t4\ti (I)\n"
		"\t\t9\tipron (Impersonal Pronouns)\n"
		"\t10\tarticle (Articles)\n"
		"othergram (Other Grammar)\n"
		"\t20\tverb (Verbs)\n"
		"30\taffect (Affect)\n"
		"\t\t\t31\tdeep (Deep)\n"
		"%\n"
		"i\t1\t2\t3\t4\n"
		"the\t1\t10\n"
		"go\t20\n";
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "liwc2015.dic", s, &w, &d), LT_OK);
	CHECK_EQ(f.n_categories, 10);
	CHECK_STREQ(cat_desc(&f, 0), "1:function (Function Words)^-");
	CHECK_STREQ(cat_desc(&f, 1), "2:pronoun (Pronouns)^0");
	CHECK_STREQ(cat_desc(&f, 2), "3:ppron (Personal Pronouns)^1");
	CHECK_STREQ(cat_desc(&f, 3), "4:i (I)^2");
	CHECK_STREQ(cat_desc(&f, 4), "9:ipron (Impersonal Pronouns)^1");
	CHECK_STREQ(cat_desc(&f, 5), "10:article (Articles)^0");
	CHECK_STREQ(cat_desc(&f, 6), "G:othergram (Other Grammar)^-");
	CHECK_EQ(f.categories[6].number, 0);
	CHECK_STREQ(cat_desc(&f, 7), "20:verb (Verbs)^6");
	CHECK_STREQ(cat_desc(&f, 8), "30:affect (Affect)^-");
	/* a jump of several levels still finds the nearest shallower line */
	CHECK_STREQ(cat_desc(&f, 9), "31:deep (Deep)^8");
	CHECK_EQ(f.n_terms, 3);
	CHECK_STREQ(term_desc(&f, 0), "i@13:1,2,3,4");
	CHECK_STREQ(term_desc(&f, 1), "the@14:1,10");
	CHECK_STREQ(term_desc(&f, 2), "go@15:20");
	CHECK_EQ(w.n, 0);
	dicfile_release(&f);
	msgs_release(&w);
}

static void test_dicfile__phrases_and_wildcards(void)
{
	static const char s[] =
		"%\n"
		"12\tsocial\n"
		"34\tcogproc\n"
		"%\n"
		"kind of  12 34\n"       /* 5: space-separated phrase */
		"you   know\t12\n"       /* 6: tab-separated, inner spaces collapsed */
		"a lot of 34\n"          /* 7 */
		"911 12\n"               /* 8: the first token is always the term's */
		"24/7\t34\n"             /* 9: with a tab, the term may hold anything */
		"abc*\t12\n"             /* 10 */
		"co-operat*   34  12\n"  /* 11 */
		"  indented*\t 12 \n";   /* 12 */
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "p.dic", s, &w, &d), LT_OK);
	CHECK_EQ(f.n_terms, 8);
	CHECK_STREQ(term_desc(&f, 0), "kind of@5:12,34");
	CHECK_STREQ(term_desc(&f, 1), "you know@6:12");
	CHECK_STREQ(term_desc(&f, 2), "a lot of@7:34");
	CHECK_STREQ(term_desc(&f, 3), "911@8:12");
	CHECK_STREQ(term_desc(&f, 4), "24/7@9:34");
	CHECK_STREQ(term_desc(&f, 5), "abc*@10:12");
	CHECK_STREQ(term_desc(&f, 6), "co-operat*@11:34,12");
	CHECK_STREQ(term_desc(&f, 7), "indented*@12:12");
	CHECK_EQ(w.n, 0);
	dicfile_release(&f);
	msgs_release(&w);
}

static void test_dicfile__conditional(void)
{
	static const char s[] =
		"%\n"
		"1\tfunct\n"
		"2\tpronoun\n"
		"125\taffect\n"
		"126\tposemo\n"
		"%\n"
		"like\t02 134/125/464/253 (02 134)126\n" /* 7 */
		"kind\t(02 134)125/464\n"                /* 8 */
		"sort\t<of>131/125\t126\n"               /* 9 */
		"well 02 125/126\n"                      /* 10: no tab */
		"good\t125 126\n";                       /* 11 */
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "c.dic", s, &w, &d), LT_OK);
	CHECK_EQ(f.n_conditional_skipped, 4);
	CHECK_EQ(f.n_undefined_refs, 0); /* skipped entries are not resolved */
	CHECK_EQ(f.n_terms, 1);
	CHECK_STREQ(term_desc(&f, 0), "good@11:125,126");
	CHECK_EQ(w.n, 4);
	CHECK_STREQ(warn_desc(&w, 0), "7:conditional entry 'like' skipped: LIWC2007 conditional "
		    "categories such as '134/125/464/253' are not supported");
	CHECK_STREQ(warn_desc(&w, 1), "8:conditional entry 'kind' skipped: LIWC2007 conditional "
		    "categories such as '(02' are not supported");
	CHECK_STREQ(warn_desc(&w, 2), "9:conditional entry 'sort' skipped: LIWC2007 conditional "
		    "categories such as '<of>131/125' are not supported");
	CHECK_STREQ(warn_desc(&w, 3), "10:conditional entry 'well' skipped: LIWC2007 conditional "
		    "categories such as '125/126' are not supported");
	dicfile_release(&f);
	msgs_release(&w);
}

static void test_dicfile__undefined_numbers(void)
{
	static const char s[] =
		"%\n"
		"1\ta\n"
		"2\tb\n"
		"%\n"
		"x\t1 99\n"    /* 5 */
		"y\t99 2 98\n" /* 6 */
		"z\t99\n"      /* 7 */
		"w\t98 098\n"  /* 8 */
		"v\t1 1 01\n"; /* 9: repeated references count once */
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "u.dic", s, &w, &d), LT_OK);
	CHECK_EQ(f.n_undefined_refs, 6);
	CHECK_EQ(f.n_terms, 3);
	CHECK_STREQ(term_desc(&f, 0), "x@5:1");
	CHECK_STREQ(term_desc(&f, 1), "y@6:2");
	CHECK_STREQ(term_desc(&f, 2), "v@9:1");
	CHECK_EQ(w.n, 4);
	CHECK_STREQ(warn_desc(&w, 0), "5:category number 99 is not defined in the header: "
		    "references to it are dropped (reported once)");
	CHECK_STREQ(warn_desc(&w, 1), "6:category number 98 is not defined in the header: "
		    "references to it are dropped (reported once)");
	CHECK_STREQ(warn_desc(&w, 2), "7:term 'z' skipped: none of its categories is defined");
	CHECK_STREQ(warn_desc(&w, 3), "8:term 'w' skipped: none of its categories is defined");
	dicfile_release(&f);
	msgs_release(&w);
}

static void test_dicfile__duplicates(void)
{
	static const char s[] =
		"%\n"
		"1\ta\n"
		"2\tb\n"
		"3\ta\n"
		"%\n"
		"trust\t1\n"        /* 6 */
		"faith\t2\n"        /* 7 */
		"trust\t2 1 3\n"    /* 8 */
		"trust\t1\n"        /* 9 */
		"rely  on\t3\n"     /* 10 */
		"rely on 2\n";      /* 11: same text once normalised */
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "dup.dic", s, &w, &d), LT_OK);
	CHECK_EQ(f.n_terms, 3);
	CHECK_STREQ(term_desc(&f, 0), "trust@6:1,2,3");
	CHECK_STREQ(term_desc(&f, 1), "faith@7:2");
	CHECK_STREQ(term_desc(&f, 2), "rely on@10:3,2");
	CHECK_EQ(w.n, 4);
	CHECK_STREQ(warn_desc(&w, 0), "4:category name 'a' is used twice (also on line 2)");
	CHECK_STREQ(warn_desc(&w, 1), "8:duplicate term 'trust' (first on line 6): categories merged");
	CHECK_STREQ(warn_desc(&w, 2), "9:duplicate term 'trust' (first on line 6): categories merged");
	CHECK_STREQ(warn_desc(&w, 3), "11:duplicate term 'rely on' (first on line 10): categories "
		    "merged");
	dicfile_release(&f);
	msgs_release(&w);
}

static void test_dicfile__latin1(void)
{
	static const char s[] =
		"%\n"
		"1\tcaf\xE9\n"          /* Latin-1 e acute */
		"%\n"
		"caf\xE9*\t1\n"
		"d\x92" "accord\t1\n"   /* Windows-1252 right single quote */
		"na\xC3\xAFve\t1\n"     /* already UTF-8: kept */
		"\xFF\t1\n";            /* y diaeresis */
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "l1.dic", s, &w, &d), LT_OK);
	CHECK_STREQ(cat_desc(&f, 0), "1:caf\xC3\xA9^-");
	CHECK_EQ(f.n_terms, 4);
	CHECK_STREQ(term_desc(&f, 0), "caf\xC3\xA9*@4:1");
	CHECK_STREQ(term_desc(&f, 1), "d\xE2\x80\x99" "accord@5:1");
	CHECK_STREQ(term_desc(&f, 2), "na\xC3\xAFve@6:1");
	CHECK_STREQ(term_desc(&f, 3), "\xC3\xBF@7:1");
	CHECK_EQ(w.n, 1);
	CHECK_STREQ(warn_desc(&w, 0), "2:invalid UTF-8 byte 0xE9 read as Windows-1252 (Latin-1); "
		    "4 such bytes converted (first here)");
	dicfile_release(&f);
	msgs_release(&w);

	/* the warning's line counts CR-only and CRLF line ends too */
	static const char t[] = "%\r1\ta\r\n%\r\rna\xEFve\t1\r";
	msgs_init(&w);
	CHECK_EQ(PARSE(&f, "l1cr.dic", t, &w, &d), LT_OK);
	CHECK_STREQ(term_desc(&f, 0), "na\xC3\xAFve@5:1");
	CHECK_EQ(w.n, 1);
	CHECK_STREQ(warn_desc(&w, 0), "5:invalid UTF-8 byte 0xEF read as Windows-1252 (Latin-1); "
		    "1 such byte converted (first here)");
	dicfile_release(&f);
	msgs_release(&w);
}

/* Edge cases of the input: long texts in messages, 4-byte UTF-8, huge numbers. */
static void test_dicfile__edges(void)
{
	static const char s[] =
		"%\n"
		"1\ta\n"
		"%\n"
		"smile \xF0\x9F\x98\x80\t1\n"                 /* 4: valid 4-byte UTF-8 */
		"bad\xF0\x80\x80\x80\t1\n"                   /* 5: overlong: 4 bytes, 0x80 is the euro sign */
		"x\t1 99999999999\n"                            /* 6: undefined, beyond 32 bits */
		/* 7, 8: 59 bytes, then an e-acute across the 60-byte cut */
		"01234567890123456789012345678901234567890123456789012345678\xC3\xA9\xC3\xA9\t1\n"
		"01234567890123456789012345678901234567890123456789012345678\xC3\xA9\xC3\xA9\t1\n";
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "edge.dic", s, &w, &d), LT_OK);
	CHECK_EQ(f.n_terms, 4);
	CHECK_STREQ(term_desc(&f, 0), "smile \xF0\x9F\x98\x80@4:1");
	CHECK_STREQ(term_desc(&f, 1), "bad\xC3\xB0\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC@5:1");
	CHECK_STREQ(term_desc(&f, 2), "x@6:1");
	CHECK_EQ(f.n_undefined_refs, 1);
	CHECK_EQ(w.n, 3);
	CHECK_STREQ(warn_desc(&w, 0), "5:invalid UTF-8 byte 0xF0 read as Windows-1252 (Latin-1); "
		    "4 such bytes converted (first here)");
	CHECK_STREQ(warn_desc(&w, 1), "6:category number 99999999999 is not defined in the header: "
		    "references to it are dropped (reported once)");
	/* a quoted text is cut at 60 bytes, on a character boundary, with "..." */
	CHECK_STREQ(warn_desc(&w, 2), "8:duplicate term '"
		    "01234567890123456789012345678901234567890123456789012345678...' "
		    "(first on line 7): categories merged");
	dicfile_release(&f);
	msgs_release(&w);

	/* UTF-32 is refused by the decoder, with its reason */
	static const char u32[] = "\xFF\xFE\x00\x00%\x00\x00\x00";
	CHECK_EQ(dicfile_parse(&f, "u32.dic", u32, sizeof(u32) - 1, NULL, &d), LT_ELEXICON);
	CHECK_STREQ(d.msg, "u32.dic:1: UTF-32 text is not supported; save it as UTF-8 or UTF-16");

	/* numbers in .dicx cells: what is and is not one */
	static const char x[] =
		"T,c\n"
		"a,1e\n"                    /* 2: exponent without digits */
		"b,1.5x\n"                  /* 3 */
		"c,1e999\n"                 /* 4: not finite */
		"d,-\n"                     /* 5 */
		"e,123456789012345678\n"    /* 6: more digits than a double keeps */
		"f,+2E+1\n"                 /* 7 */
		"g,0.000\n";                /* 8: zero */
	msgs_init(&w);
	CHECK_EQ(PARSE(&f, "num.dicx", x, &w, &d), LT_OK);
	CHECK_EQ(f.n_terms, 2);
	CHECK_STREQ(term_desc(&f, 0), "e@6:1=1.23457e+17");
	CHECK(f.terms[0].weights[0] == 123456789012345000.0);
	CHECK_STREQ(term_desc(&f, 1), "f@7:1=20");
	CHECK_EQ(w.n, 9);
	CHECK_STREQ(warn_desc(&w, 0), "2:cell '1e' in column 'c' is neither X nor a number: ignored");
	CHECK_STREQ(warn_desc(&w, 2), "3:cell '1.5x' in column 'c' is neither X nor a number: ignored");
	CHECK_STREQ(warn_desc(&w, 4), "4:cell '1e999' in column 'c' is neither X nor a number: "
		    "ignored");
	CHECK_STREQ(warn_desc(&w, 6), "5:cell '-' in column 'c' is neither X nor a number: ignored");
	CHECK_STREQ(warn_desc(&w, 8), "8:term 'g' skipped: no category marked");
	dicfile_release(&f);
	msgs_release(&w);

	/* a broken quote in the header row */
	static const char q[] = "\"DicTerm,a\n";
	CHECK_EQ(PARSE(&f, "q.dicx", q, NULL, &d), LT_ELEXICON);
	CHECK_STREQ(d.msg, "q.dicx:1: unterminated quoted field");
}

/* ------------------------------------------------------------ .dic errors */

struct err_case {
	const char *path;
	const char *text;
	size_t len;      /* 0: strlen(text) */
	int code;
	const char *msg;
};

static void test_dicfile__errors(void)
{
	static const struct err_case cases[] = {
		{ "e.dic", "", 0, LT_ELEXICON,
		  "e.dic:1: no category header: a LIWC .dic file starts with a line holding only '%'" },
		{ "e.dic", "\n \n", 0, LT_ELEXICON,
		  "e.dic:2: no category header: a LIWC .dic file starts with a line holding only '%'" },
		{ "e.dic", "\nhello 1\n", 0, LT_ELEXICON,
		  "e.dic:2: expected a line holding only '%' to open the category header, found "
		  "'hello 1'" },
		{ "e.dic", "\n%\n1\ta\n2\tb\n", 0, LT_ELEXICON,
		  "e.dic:2: the category header opened here is never closed by a line holding only '%'" },
		{ "e.dic", "%\n1\ta\nfoo\n%\n", 0, LT_ELEXICON,
		  "e.dic:3: header line 'foo' is not NUMBER NAME" },
		{ "e.dic", "%\n1\ta\n% x\n%\nw\t1\n", 0, LT_ELEXICON, /* only a lone '%' closes */
		  "e.dic:3: header line '% x' is not NUMBER NAME" },
		{ "e.dic", "%\n1x a\n%\n", 0, LT_ELEXICON,
		  "e.dic:2: header line '1x a' is not NUMBER NAME" },
		{ "e.dic", "%\n\tfoo\n2\tb\n%\n", 0, LT_ELEXICON,   /* a group needs deeper lines below */
		  "e.dic:2: header line 'foo' is not NUMBER NAME" },
		{ "e.dic", "%\r12 \r%\r", 0, LT_ELEXICON,
		  "e.dic:2: header line '12' has a category number but no name" },
		{ "e.dic", "%\n1\ta\n01\tb\n%\n", 0, LT_ELEXICON,
		  "e.dic:3: category number 1 is defined twice (first on line 2)" },
		{ "e.dic", "%\n4294967296\tbig\n%\n", 0, LT_ELEXICON,
		  "e.dic:2: category number '4294967296' is too large" },
		{ "e.dic", "%\n\n%\nx\t1\n", 0, LT_ELEXICON,
		  "e.dic:3: the category header defines no categories" },
		{ "e.dic", "%\n1\ta\n%\nx\t1\nlonely\n", 0, LT_ELEXICON,
		  "e.dic:5: term 'lonely' has no category number" },
		{ "e.dic", "%\n1\ta\n%\nkind of\n", 0, LT_ELEXICON,
		  "e.dic:4: term 'kind of' has no category number" },
		{ "e.dic", "%\r\n1\ta\r\n%\r\nx\t1 b\r\n", 0, LT_ELEXICON,
		  "e.dic:4: 'b' in the entry for 'x' is not a category number" },
		{ "e.dic", "%\n1\ta\n%\nx 1 b\n", 0, LT_ELEXICON,
		  "e.dic:4: 'b' in the entry for 'x' is not a category number" },
		{ "e.dic", "%\n1\ta\n%\nx\0\t1\n", 13, LT_ELEXICON,
		  "e.dic:4: NUL byte: this is not a text dictionary (UTF-16 without a byte-order mark?)" },
		{ "e.txt", "%\n1\ta\n%\n", 0, LT_ELEXICON,
		  "e.txt: unknown dictionary format (expected a .dic, .dicx, .yml, .yaml, .cat, .tsv or .csv file name)" },
		{ "dir.dic/e", "%\n1\ta\n%\n", 0, LT_ELEXICON,
		  "dir.dic/e: unknown dictionary format (expected a .dic, .dicx, .yml, .yaml, .cat, .tsv or .csv file name)" },
		{ "e.dicx", "", 0, LT_ELEXICON,
		  "e.dicx:1: no header row: a .dicx file starts with a row naming the term column, "
		  "then one column per category" },
		{ "e.dicx", "\r\n,,\r\n", 0, LT_ELEXICON,
		  "e.dicx:2: no header row: a .dicx file starts with a row naming the term column, "
		  "then one column per category" },
		{ "e.dicx", "DicTerm\nhappy\n", 0, LT_ELEXICON,
		  "e.dicx:1: the header row has no category column (expected the term column, then "
		  "one column per category)" },
		{ "e.dicx", "\nDicTerm, , \nhappy,X\n", 0, LT_ELEXICON,
		  "e.dicx:2: the header row has no category column (expected the term column, then "
		  "one column per category)" },
		{ "e.dicx", "DicTerm,a,,b\n", 0, LT_ELEXICON,
		  "e.dicx:1: column 3 of the header row has no category name" },
		{ "e.dicx", "DicTerm,a\n\"x,X\n", 0, LT_ELEXICON,
		  "e.dicx:2: unterminated quoted field" },
		{ "e.dicx", "DicTerm,a\n\"x\"y,X\n", 0, LT_ELEXICON,
		  "e.dicx:2: unexpected text after a closing quote" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct err_case *c = &cases[i];
		struct dicfile f;
		struct lt_msgs w;
		struct lt_diag d;
		msgs_init(&w);
		lt_diag_init(&d);
		size_t len = c->len ? c->len : strlen(c->text);
		CHECK_EQ(dicfile_parse(&f, c->path, c->text, len, &w, &d), c->code);
		CHECK_EQ(d.code, c->code);
		CHECK_STREQ(d.msg, c->msg);
		/* nothing is left behind on error */
		CHECK(f.categories == NULL && f.n_categories == 0);
		CHECK(f.terms == NULL && f.n_terms == 0);
		CHECK(f.path == NULL);
		dicfile_release(&f);
		msgs_release(&w);
	}
	/* no buffer at all is an empty file */
	struct dicfile f;
	struct lt_diag d;
	lt_diag_init(&d);
	CHECK_EQ(dicfile_parse(&f, "null.dic", NULL, 0, NULL, &d), LT_ELEXICON);
	CHECK_STREQ(d.msg, "null.dic:1: no category header: a LIWC .dic file starts with a "
		    "line holding only '%'");
}

static void test_dicfile__load(void)
{
	char dir[] = "/tmp/test_dicfile.XXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	char path[128];
	snprintf(path, sizeof(path), "%s/Small.DIC", dir);
	FILE *fp = fopen(path, "wb");
	CHECK(fp != NULL);
	if (!fp)
		return;
	fputs("%\n1\tsocial\n%\nfriend*\t1\n", fp);
	fclose(fp);

	/* bigger than the first read buffer (64 KiB) */
	char big[160];
	snprintf(big, sizeof(big), "%s/big.dic", dir);
	fp = fopen(big, "wb");
	CHECK(fp != NULL);
	if (!fp)
		return;
	fputs("%\n1\tsocial\n%\n", fp);
	for (int i = 0; i < 20000; i++)
		fprintf(fp, "word%05d\t1\n", i);
	fclose(fp);

	struct dicfile f;
	struct lt_diag d;
	lt_diag_init(&d);
	CHECK_EQ(dicfile_load(&f, path, NULL, &d), LT_OK);
	CHECK_STREQ(f.path, path);
	CHECK_EQ(f.n_terms, 1);
	CHECK_STREQ(term_desc(&f, 0), "friend*@4:1");
	dicfile_release(&f);
	dicfile_release(&f); /* releasing twice is harmless */
	dicfile_release(NULL);

	CHECK_EQ(dicfile_load(&f, big, NULL, &d), LT_OK);
	CHECK_EQ(f.n_terms, 20000);
	CHECK_STREQ(term_desc(&f, 19999), "word19999@20003:1");
	dicfile_release(&f);
	unlink(big);
	dicfile_release(NULL);

	char missing[160];
	snprintf(missing, sizeof(missing), "%s/missing.dic", dir);
	char expect[256];
	snprintf(expect, sizeof(expect),
		 "cannot read dictionary '%s': No such file or directory", missing);
	CHECK_EQ(dicfile_load(&f, missing, NULL, &d), LT_EIO);
	CHECK_STREQ(d.msg, expect);
	CHECK(f.terms == NULL && f.n_terms == 0);

	/* a folder named like a dictionary cannot be read */
	char sub[160];
	snprintf(sub, sizeof(sub), "%s/folder.dic", dir);
	CHECK_EQ(mkdir(sub, 0700), 0);
	CHECK_EQ(dicfile_load(&f, sub, NULL, &d), LT_EIO);
	snprintf(expect, sizeof(expect), "cannot read dictionary '%s': Is a directory", sub);
	CHECK_STREQ(d.msg, expect);
	rmdir(sub);
	unlink(path);
	rmdir(dir);
}

static void test_dicfile__format_of(void)
{
	CHECK_EQ(dicfile_format_of("a.dic"), DIC_FORMAT_DIC);
	CHECK_EQ(dicfile_format_of("dir/LIWC2015.Dic"), DIC_FORMAT_DIC);
	CHECK_EQ(dicfile_format_of("x.DICX"), DIC_FORMAT_DICX);
	CHECK_EQ(dicfile_format_of("x.dicx.bak"), DIC_FORMAT_NONE);
	CHECK_EQ(dicfile_format_of(".dic"), DIC_FORMAT_NONE);
	CHECK_EQ(dicfile_format_of("dic"), DIC_FORMAT_NONE);
	CHECK_EQ(dicfile_format_of("a.dic/b"), DIC_FORMAT_NONE);
	CHECK_EQ(dicfile_format_of("trust.lex"), DIC_FORMAT_NONE);
}

/* ------------------------------------------------------------------ .dicx */

static void test_dicfile__dicx_marks(void)
{
	static const char s[] =
		"\xEF\xBB\xBF\"DicTerm\",\"posemo\",\"negemo\",\"social\"\r\n" /* 1 */
		"good,X,,\r\n"                    /* 2 */
		"bad,,x,\r\n"                     /* 3 */
		"\"kind, of\",X,,X\r\n"           /* 4: comma inside a quoted term */
		"\r\n"                            /* 5: blank */
		",,,\r\n"                         /* 6: empty row */
		"nothing,,,\r\n"                  /* 7: no category marked */
		"\"say \"\"hi\"\"\",,, X \r\n"    /* 8 */
		",X,,\r\n"                        /* 9: no term */
		"zero,0,X,\r\n"                   /* 10: 0 = not in the category */
		"odd,yes,X,\r\n"                  /* 11 */
		"extra,X,,,X\r\n"                 /* 12: a cell beyond the last column */
		"good,,,X\r\n"                    /* 13: duplicate, merged */
		"\"two\nlines\",X\r\n"            /* 14-15: a quoted line end */
		"short,,X";                       /* 16: missing cells, no final line end */
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "m.dicx", s, &w, &d), LT_OK);
	CHECK_EQ(f.format, DIC_FORMAT_DICX);
	CHECK_EQ(f.n_categories, 3);
	CHECK_STREQ(cat_desc(&f, 0), "1:posemo^-");
	CHECK_STREQ(cat_desc(&f, 1), "2:negemo^-");
	CHECK_STREQ(cat_desc(&f, 2), "3:social^-");
	CHECK_EQ(f.categories[2].line, 1);
	CHECK(!f.has_weights);
	CHECK_EQ(f.n_terms, 9);
	CHECK_STREQ(term_desc(&f, 0), "good@2:1,3");
	CHECK_STREQ(term_desc(&f, 1), "bad@3:2");
	CHECK_STREQ(term_desc(&f, 2), "kind, of@4:1,3");
	CHECK_STREQ(term_desc(&f, 3), "say \"hi\"@8:3");
	CHECK_STREQ(term_desc(&f, 4), "zero@10:2");
	CHECK_STREQ(term_desc(&f, 5), "odd@11:2");
	CHECK_STREQ(term_desc(&f, 6), "extra@12:1");
	CHECK_STREQ(term_desc(&f, 7), "two lines@14:1");
	CHECK_STREQ(term_desc(&f, 8), "short@16:2");
	for (uint32_t i = 0; i < f.n_terms; i++)
		CHECK(f.terms[i].weights == NULL);
	CHECK_EQ(w.n, 5);
	CHECK_STREQ(warn_desc(&w, 0), "7:term 'nothing' skipped: no category marked");
	CHECK_STREQ(warn_desc(&w, 1), "9:row with no term skipped");
	CHECK_STREQ(warn_desc(&w, 2), "11:cell 'yes' in column 'posemo' is neither X nor a number: "
		    "ignored");
	CHECK_STREQ(warn_desc(&w, 3), "12:cells after the last named column are ignored");
	CHECK_STREQ(warn_desc(&w, 4), "13:duplicate term 'good' (first on line 2): categories merged");
	dicfile_release(&f);
	msgs_release(&w);
}

static void test_dicfile__dicx_weights(void)
{
	static const char s[] =
		"Term,pos,neg,,\n"     /* trailing unnamed columns are dropped */
		"great,2.5,,\n"
		"awful,,-1.5e0,\n"
		"fine,X,.25\n"
		"plain,x\n"
		"tiny,1e-3,-0\n"
		"great,,7\n"           /* duplicate: merged, weights kept */
		"pos,pos,neg\n";        /* words that are not numbers: warnings */
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "w.dicx", s, &w, &d), LT_OK);
	CHECK(f.has_weights);
	CHECK_EQ(f.n_categories, 2);
	CHECK_EQ(f.n_terms, 5);
	CHECK_STREQ(term_desc(&f, 0), "great@2:1=2.5,2=7");
	CHECK_STREQ(term_desc(&f, 1), "awful@3:2=-1.5");
	CHECK_STREQ(term_desc(&f, 2), "fine@4:1=1,2=0.25");
	CHECK_STREQ(term_desc(&f, 3), "plain@5:1=1");
	CHECK_STREQ(term_desc(&f, 4), "tiny@6:1=0.001");
	CHECK(f.terms[4].weights[0] == 0.001);
	CHECK(f.terms[2].weights[1] == 0.25);
	CHECK_EQ(w.n, 4);
	CHECK_STREQ(warn_desc(&w, 0), "7:duplicate term 'great' (first on line 2): categories merged");
	CHECK_STREQ(warn_desc(&w, 1), "8:cell 'pos' in column 'pos' is neither X nor a number: ignored");
	CHECK_STREQ(warn_desc(&w, 2), "8:cell 'neg' in column 'neg' is neither X nor a number: ignored");
	CHECK_STREQ(warn_desc(&w, 3), "8:term 'pos' skipped: no category marked");
	dicfile_release(&f);
	msgs_release(&w);
}

static void test_dicfile__dicx_duplicate_names(void)
{
	static const char s[] = "DicTerm,a,b,a\nx,X,X,X\n";
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "n.dicx", s, &w, &d), LT_OK);
	CHECK_EQ(f.n_categories, 3);
	CHECK_STREQ(term_desc(&f, 0), "x@2:1,2,3");
	CHECK_EQ(w.n, 1);
	CHECK_STREQ(warn_desc(&w, 0), "1:category name 'a' is used by columns 2 and 4");
	dicfile_release(&f);
	msgs_release(&w);
}

/* ------------------------------------------------------------ .lex output */

static void test_dicfile__convert_term(void)
{
	static const struct {
		const char *term, *entry;
	} ok[] = {
		{ "care", "=care" },
		{ "abc*", "abc*" },
		{ "abc**", "abc*" },
		{ "kind of", "\"=kind =of\"" },
		{ "kind  of", "\"=kind =of\"" },
		{ "kind* of", "\"kind* =of\"" },
		{ "co-operat*", "\"=co operat*\"" },
		{ "self-esteem", "\"=self =esteem\"" },
		{ "don't", "=don't" },
		{ "caf\xC3\xA9*", "caf\xC3\xA9*" },
		{ "etc.", "=etc" },
		{ "(i)", "=i" },
		{ "rock & roll", "\"=rock =roll\"" },
		{ "24/7", "\"=24 =7\"" },
		{ "\"quoted\"", "=quoted" },
		{ "#hash", "=hash" },
		{ "/slash/", "=slash" },
		{ "[x]", "=x" },
		{ "=eq", "=eq" },
		{ "a = b", "\"=a =b\"" },
	};
	static const struct {
		const char *term, *why;
	} bad[] = {
		{ ":)", "it has no letters or digits" },
		{ "*", "it has no letters or digits" },
		{ "a*b", "'*' is supported only at the end of a word" },
		{ "*ing", "'*' is supported only at the end of a word" },
		{ "fair-*", "'*' must directly follow a letter or digit (lextab splits words at "
			    "punctuation such as '-')" },
		{ "of *", "'*' must directly follow a letter or digit (lextab splits words at "
			  "punctuation such as '-')" },
		{ "a.m.", "punctuation between its words ends a clause, and an entry never matches "
			  "across a clause end" },
		{ "theme: x", "punctuation between its words ends a clause, and an entry never "
			      "matches across a clause end" },
		{ "yes, sir", "punctuation between its words ends a clause, and an entry never "
			      "matches across a clause end" },
	};
	struct arena a;
	arena_init(&a);
	/* more tokens than the function's own small buffer holds */
	const char *long_why = NULL;
	CHECK_STREQ(dicfile_convert_term("a b c d e f g h i j k l m n o p q r s t u v w x y z "
					 "aa bb cc dd ee ff gg hh*", &a, &long_why),
		    "\"=a =b =c =d =e =f =g =h =i =j =k =l =m =n =o =p =q =r =s =t =u =v =w =x =y =z "
		    "=aa =bb =cc =dd =ee =ff =gg hh*\"");
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		const char *why = NULL;
		CHECK_STREQ(dicfile_convert_term(ok[i].term, &a, &why), ok[i].entry);
		CHECK(why == NULL);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		const char *why = NULL;
		CHECK(dicfile_convert_term(bad[i].term, &a, &why) == NULL);
		CHECK_STREQ(why, bad[i].why);
	}
	arena_release(&a);
}

static void test_dicfile__convert_name(void)
{
	struct arena a;
	arena_init(&a);
	CHECK_STREQ(dicfile_convert_name("function (Function Words)", &a), "function");
	CHECK_STREQ(dicfile_convert_name("posemo (Positive (very) Emotions)", &a), "posemo");
	CHECK_STREQ(dicfile_convert_name("care.virtue", &a), "care_virtue");
	CHECK_STREQ(dicfile_convert_name("HarmVirtue", &a), "harmvirtue");
	CHECK_STREQ(dicfile_convert_name("Social  Processes", &a), "social_processes");
	CHECK_STREQ(dicfile_convert_name("(x)", &a), "x");
	CHECK_STREQ(dicfile_convert_name("a__b", &a), "a__b");
	CHECK_STREQ(dicfile_convert_name("_x_", &a), "x");
	CHECK_STREQ(dicfile_convert_name("caf\xC3\xA9 cr\xC3\xA8me", &a), "caf_cr_me");
	CHECK_STREQ(dicfile_convert_name("\xE6\x97\xA5\xE6\x9C\xAC", &a), "");
	CHECK_STREQ(dicfile_convert_name("", &a), "");
	arena_release(&a);
}

static void test_dicfile__write_lex(void)
{
	static const char s[] =
		"%\n"
		"1\tPosEmo (Positive Emotions)\n"
		"\t2\tneg-emo\n"
		"3\texclude\n"
		"4\tposemo\n"
		"5\t\xE6\x97\xA5\xE6\x9C\xAC\n"
		"%\n"
		"happy\t1\n"         /* 8 */
		"kind of\t1 2\n"     /* 9 */
		"abc*\t2\n"          /* 10 */
		"co-operat*\t2\n"    /* 11 */
		":)\t1 2\n"          /* 12 */
		"a.m.\t2\n"          /* 13 */
		"self-esteem\t1\n"   /* 14 */
		"self esteem\t1\n"   /* 15 */
		"trust\t3\n";        /* 16 */
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "some/dir/My Dict-2.dic", s, &w, &d), LT_OK);
	CHECK_EQ(w.n, 0);
	char *lex = lex_of(&f, &w);
	CHECK_STREQ(lex,
		"# lextab lexicon converted from the LIWC dictionary 'My Dict-2.dic'\n"
		"# (LIWC .dic: 5 categories, 9 terms) by `lextab lexicon import`.\n"
		"# LIWC matches a term without '*' as that whole word only, written =word\n"
		"# here; word* stays a prefix; a term of several words is a \"phrase\".\n"
		"theme: my_dict_2\n"
		"description: LIWC dictionary My Dict-2.dic\n"
		"\n"
		"# LIWC category 1: PosEmo (Positive Emotions)\n"
		"[posemo]\n"
		"=happy\n"
		"\"=kind =of\"\n"
		"# not converted: :) (it has no letters or digits)\n"
		"\"=self =esteem\"\t# LIWC: self-esteem\n"
		"# same entry as above: self esteem\n"
		"\n"
		"# LIWC category 2: neg-emo (within PosEmo (Positive Emotions))\n"
		"[neg_emo]\n"
		"\"=kind =of\"\n"
		"abc*\n"
		"\"=co operat*\"\t# LIWC: co-operat*\n"
		"# not converted: :) (it has no letters or digits)\n"
		"# not converted: a.m. (punctuation between its words ends a clause, and an "
		"entry never matches across a clause end)\n"
		"\n"
		"# LIWC category 3: exclude\n"
		"[exclude_3]\n"
		"=trust\n"
		"\n"
		"# LIWC category 4: posemo\n"
		"[posemo_4]\n"
		"# (no terms)\n"
		"\n"
		"# LIWC category 5: \xE6\x97\xA5\xE6\x9C\xAC\n"
		"[category_5]\n"
		"# (no terms)\n");
	CHECK_EQ(w.n, 3);
	CHECK_STREQ(warn_desc(&w, 0), "12:term ':)' not converted: it has no letters or digits");
	CHECK_STREQ(warn_desc(&w, 1), "13:term 'a.m.' not converted: punctuation between its words "
		    "ends a clause, and an entry never matches across a clause end");
	CHECK_STREQ(warn_desc(&w, 2), "15:term 'self esteem' gives the same entry as 'self-esteem' "
		    "(line 14) in category 'PosEmo (Positive Emotions)': written once");
	free(lex);
	dicfile_release(&f);
	msgs_release(&w);
}

static void test_dicfile__write_lex_groups_and_weights(void)
{
	static const char dic[] =
		"%\n"
		"othergram (Other Grammar)\n"
		"\t20\tverb (Verbs)\n"
		"%\n"
		"go\t20\n";
	struct dicfile f;
	struct lt_diag d;
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "LIWC2015.dic", dic, NULL, &d), LT_OK);
	struct arena a;
	arena_init(&a);
	const char **names = dicfile_lex_names(&f, &a);
	CHECK(names[0] == NULL); /* the group */
	CHECK_STREQ(names[1], "verb");
	CHECK_STREQ(dicfile_lex_theme(&f, &a), "liwc2015");
	arena_release(&a);
	dicfile_release(&f);
	/* a file name with nothing usable gives the theme "liwc" */
	CHECK_EQ(PARSE(&f, "dir/\xE6\x97\xA5.dic", dic, NULL, &d), LT_OK);
	arena_init(&a);
	CHECK_STREQ(dicfile_lex_theme(&f, &a), "liwc");
	arena_release(&a);
	dicfile_release(&f);
	CHECK_EQ(PARSE(&f, "LIWC2015.dic", dic, NULL, &d), LT_OK);
	char *lex = lex_of(&f, NULL);
	CHECK_STREQ(lex,
		"# lextab lexicon converted from the LIWC dictionary 'LIWC2015.dic'\n"
		"# (LIWC .dic: 2 categories, 1 term) by `lextab lexicon import`.\n"
		"# LIWC matches a term without '*' as that whole word only, written =word\n"
		"# here; word* stays a prefix; a term of several words is a \"phrase\".\n"
		"theme: liwc2015\n"
		"description: LIWC dictionary LIWC2015.dic\n"
		"\n"
		"# LIWC group (no number, no terms): othergram (Other Grammar)\n"
		"\n"
		"# LIWC category 20: verb (Verbs) (within othergram (Other Grammar))\n"
		"[verb]\n"
		"=go\n");
	free(lex);
	dicfile_release(&f);

	static const char dicx[] =
		"DicTerm,Pos Emo,neg\n"
		"great,2.5,\n"
		"kind of,X,0.125\n"
		"co-op,,-1\n"
		"\"Name\nWith Newline\",X,\n";
	CHECK_EQ(PARSE(&f, "/abs/.hidden.dicx", dicx, NULL, &d), LT_OK);
	lex = lex_of(&f, NULL);
	CHECK_STREQ(lex,
		"# lextab lexicon converted from the LIWC dictionary '.hidden.dicx'\n"
		"# (LIWC-22 .dicx: 2 categories, 4 terms) by `lextab lexicon import`.\n"
		"# LIWC matches a term without '*' as that whole word only, written =word\n"
		"# here; word* stays a prefix; a term of several words is a \"phrase\".\n"
		"theme: hidden\n"
		"description: LIWC dictionary .hidden.dicx\n"
		"\n"
		"# LIWC column 2: Pos Emo\n"
		"[pos_emo]\n"
		"=great\t# weight 2.5\n"
		"\"=kind =of\"\t# weight 1\n"
		"\"=Name =With =Newline\"\t# weight 1\n"
		"\n"
		"# LIWC column 3: neg\n"
		"[neg]\n"
		"\"=kind =of\"\t# weight 0.125\n"
		"\"=co =op\"\t# LIWC: co-op; weight -1\n");
	free(lex);
	dicfile_release(&f);

	/* conditional and undefined counts are announced in the header comment */
	static const char cond[] = "%\n1\ta\n%\nlike\t1 2/3\nx\t1 9\n";
	CHECK_EQ(PARSE(&f, "c.dic", cond, NULL, &d), LT_OK);
	lex = lex_of(&f, NULL);
	CHECK(strstr(lex, "\n# Not converted: 1 conditional entry, 1 reference to undefined "
		      "categories.\ntheme: c\n") != NULL);
	free(lex);
	dicfile_release(&f);
}

static void test_dicfile__write_lex_name_collisions(void)
{
	static const char s[] =
		"%\n"
		"1\ta.b\n"
		"2\ta_b\n"
		"3\tA B\n"
		"4\ta_b_2\n"
		"5\tnegators\n"
		"6\tz\n"
		"7\tz_9\n"
		"9\tZ\n"
		"%\n"
		"x\t1 2 3 4 5 6 7 9\n";
	struct dicfile f;
	struct lt_diag d;
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "n.dic", s, NULL, &d), LT_OK);
	char *lex = lex_of(&f, NULL);
	CHECK(strstr(lex, "\n[a_b]\n") != NULL);
	CHECK(strstr(lex, "\n[a_b_2]\n") != NULL);   /* category 2 */
	CHECK(strstr(lex, "\n[a_b_3]\n") != NULL);   /* category 3 */
	CHECK(strstr(lex, "\n[a_b_2_4]\n") != NULL); /* "a_b_2" was taken by category 2 */
	CHECK(strstr(lex, "\n[negators_5]\n") != NULL);
	CHECK(strstr(lex, "# LIWC category 4: a_b_2\n[a_b_2_4]\n") != NULL);
	CHECK(strstr(lex, "# LIWC category 9: Z\n[z_9_2]\n") != NULL); /* z and z_9 taken */
	free(lex);

	/* the same names, for a loader */
	struct arena a;
	arena_init(&a);
	const char **names = dicfile_lex_names(&f, &a);
	static const char *const expect[] = { "a_b", "a_b_2", "a_b_3", "a_b_2_4", "negators_5",
					      "z", "z_9", "z_9_2" };
	CHECK_EQ(f.n_categories, 8);
	for (uint32_t i = 0; i < 8; i++)
		CHECK_STREQ(names[i], expect[i]);
	CHECK_STREQ(dicfile_lex_theme(&f, &a), "n");
	arena_release(&a);

	/* a failed write is LT_EIO */
	FILE *full = fopen("/dev/full", "w");
	if (full) {
		CHECK_EQ(dicfile_write_lex(&f, full, NULL, &d), LT_EIO);
		CHECK_STREQ(d.msg, "writing the .lex file failed: No space left on device");
		fclose(full);
	}
	dicfile_release(&f);
}

int main(void)
{
	RUN(test_dicfile__mfd_style_lf);
	RUN(test_dicfile__cr_only);
	RUN(test_dicfile__crlf_and_bom);
	RUN(test_dicfile__utf16);
	RUN(test_dicfile__nested_header);
	RUN(test_dicfile__phrases_and_wildcards);
	RUN(test_dicfile__conditional);
	RUN(test_dicfile__undefined_numbers);
	RUN(test_dicfile__duplicates);
	RUN(test_dicfile__latin1);
	RUN(test_dicfile__edges);
	RUN(test_dicfile__errors);
	RUN(test_dicfile__load);
	RUN(test_dicfile__format_of);
	RUN(test_dicfile__dicx_marks);
	RUN(test_dicfile__dicx_weights);
	RUN(test_dicfile__dicx_duplicate_names);
	RUN(test_dicfile__convert_term);
	RUN(test_dicfile__convert_name);
	RUN(test_dicfile__write_lex);
	RUN(test_dicfile__write_lex_groups_and_weights);
	RUN(test_dicfile__write_lex_name_collisions);
	return th_done();
}
