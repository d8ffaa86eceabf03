/* test_dicformats.c - the dictionary readers beyond LIWC (dic_yaml.c,
 * dic_cat.c, dic_tsv.c through dicfile_parse) and their .lex names.
 *
 * Every dictionary is written inline (the real files of
 * ../shared/corpora/lexicons may not be copied into the project; the e2e
 * script tests/e2e/dictionaries.sh reads them when present). Expected
 * values are worked out by hand from the inline text:
 *   term      "TEXT@LINE:NAME,NAME"   (NAME=WEIGHT when the file has weights;
 *                                      NAME is the lextab category name)
 *   category  "NAME^PARENT_INDEX"     (G:NAME for a group, ^- no parent)
 *   warning   "LINE:TEXT"
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "dicfile.h"

#define PARSE(f, path, lit, w, d) dicfile_parse((f), (path), (lit), sizeof(lit) - 1, (w), (d))

static char bufs[8][1024];
static int nb;

static char *next_buf(void)
{
	nb = (nb + 1) % 8;
	return bufs[nb];
}

static const char *term_desc(const struct dicfile *f, uint32_t i)
{
	if (i >= f->n_terms)
		return "(no such term)";
	struct arena a;
	arena_init(&a);
	const char **names = dicfile_lex_names(f, &a);
	char *b = next_buf();
	const struct dic_term *t = &f->terms[i];
	int n = snprintf(b, 1024, "%s@%u:", t->text, t->line);
	for (uint32_t k = 0; k < t->n_cats && n < 900; k++) {
		n += snprintf(b + n, 1024 - (size_t)n, "%s%s", k ? "," : "", names[t->cats[k]]);
		if (t->weights)
			n += snprintf(b + n, 1024 - (size_t)n, "=%g", t->weights[k]);
	}
	arena_release(&a);
	return b;
}

static const char *cat_desc(const struct dicfile *f, uint32_t i)
{
	if (i >= f->n_categories)
		return "(no such category)";
	struct arena a;
	arena_init(&a);
	const char **names = dicfile_lex_names(f, &a);
	const struct dic_category *c = &f->categories[i];
	char *b = next_buf();
	char par[16] = "-";
	if (c->parent >= 0)
		snprintf(par, sizeof(par), "%d", c->parent);
	snprintf(b, 1024, "%s%s^%s", c->is_group ? "G:" : "", c->is_group ? c->name : names[i],
		 par);
	arena_release(&a);
	return b;
}

static const char *warn_desc(const struct lt_msgs *w, size_t i)
{
	if (i >= w->n)
		return "(no such warning)";
	char *b = next_buf();
	snprintf(b, 1024, "%u:%s", w->v[i].line, w->v[i].text);
	return b;
}

/* The .lex text dicfile_write_lex gives for f. */
static char *lex_text(const struct dicfile *f, struct lt_msgs *w)
{
	char *text = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&text, &len);
	struct lt_diag d;
	lt_diag_init(&d);
	CHECK_EQ(dicfile_write_lex(f, m, w, &d), LT_OK);
	fclose(m);
	return text;
}

/* ------------------------------------------------------------------ YAML */

static const char yaml_small[] =
	"# a quanteda dictionary\n"              /* 1 */
	"trust:\n"                               /* 2 */
	"  - trust*\n"                           /* 3 */
	"  - rely on\n"                          /* 4 */
	"  - \"Faith\"\n"                        /* 5 */
	"conflict:\n"                            /* 6 */
	"  dispute: [argu*, disagree]\n"         /* 7 */
	"  open:\n"                              /* 8 */
	"    words: [fight, trust*]\n"           /* 9 */
	"empty:\n"                               /* 10 */
	"single: truth\n"                        /* 11 */
	"bad: &a [x]\n"                          /* 12 */
	"alias: *a\n"                            /* 13 */
	"nested: [a, [b, c], d, 'wom?n']\n";     /* 14 */

static void test_dicformats__yaml(void)
{
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "dir/Small.yml", yaml_small, &w, &d), LT_OK);
	CHECK_EQ(f.format, DIC_FORMAT_YAML);
	CHECK_EQ(f.n_categories, 9);
	CHECK_STREQ(cat_desc(&f, 0), "trust^-");
	CHECK_STREQ(cat_desc(&f, 1), "G:conflict^-");
	CHECK_STREQ(cat_desc(&f, 2), "conflict.dispute^1");
	CHECK_STREQ(cat_desc(&f, 3), "G:open^1");
	CHECK_STREQ(cat_desc(&f, 4), "conflict.open.words^3");
	CHECK_STREQ(cat_desc(&f, 5), "empty^-");
	CHECK_STREQ(cat_desc(&f, 6), "single^-");
	CHECK_STREQ(cat_desc(&f, 7), "bad^-");
	CHECK_STREQ(cat_desc(&f, 8), "nested^-");
	CHECK_EQ(f.n_terms, 10);
	CHECK_STREQ(term_desc(&f, 0), "trust*@3:trust,conflict.open.words");
	CHECK_STREQ(term_desc(&f, 1), "rely on@4:trust");
	CHECK_STREQ(term_desc(&f, 2), "Faith@5:trust");
	CHECK_STREQ(term_desc(&f, 3), "argu*@7:conflict.dispute");
	CHECK_STREQ(term_desc(&f, 4), "disagree@7:conflict.dispute");
	CHECK_STREQ(term_desc(&f, 5), "fight@9:conflict.open.words");
	CHECK_STREQ(term_desc(&f, 6), "truth@11:single");
	CHECK_STREQ(term_desc(&f, 7), "x@12:bad");
	CHECK_STREQ(term_desc(&f, 8), "a@14:nested");
	CHECK_STREQ(term_desc(&f, 9), "d@14:nested");
	CHECK_STREQ(term_desc(&f, 10), "(no such term)");
	CHECK_EQ(w.n, 3);
	CHECK_STREQ(warn_desc(&w, 2), "14:term 'wom?n' skipped: quanteda's '?' glob (one "
		    "character) is not supported");
	CHECK_STREQ(warn_desc(&w, 0), "13:the value of 'alias' is a YAML alias: skipped (anchors "
		    "and aliases are not supported)");
	CHECK_STREQ(warn_desc(&w, 1), "14:a list inside the words of 'nested' is skipped (a word "
		    "list holds words; sub-categories are keys of a mapping)");
	CHECK(!f.has_weights);
	dicfile_release(&f);
	msgs_release(&w);
}

static void test_dicformats__yaml_errors(void)
{
	static const struct {
		const char *text, *msg;
	} cases[] = {
		{ "- a\n- b\n", "e.yaml:1: the top level of a YAML dictionary must be a mapping "
				"of category names (key: [words])" },
		{ "", "e.yaml:1: no category: a YAML dictionary is a mapping of category names "
		      "to lists of words" },
		{ "a: [b\n", "e.yaml:2: YAML: while parsing a flow sequence did not find expected ',' "
			     "or ']'" },
		{ "a: b\n  c: d\n", "e.yaml:2: YAML: mapping values are not allowed in this context" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct dicfile f;
		struct lt_diag d;
		lt_diag_init(&d);
		CHECK_EQ(dicfile_parse(&f, "e.yaml", cases[i].text, strlen(cases[i].text), NULL, &d),
			 LT_ELEXICON);
		CHECK_STREQ(d.msg, cases[i].msg);
		CHECK(f.n_terms == 0 && f.terms == NULL);
		dicfile_release(&f);
	}
	/* a second document is not read */
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "two.yaml", "a: [b]\n---\nc: [d]\n", &w, &d), LT_OK);
	CHECK_EQ(f.n_categories, 1);
	CHECK_EQ(w.n, 1);
	CHECK_STREQ(warn_desc(&w, 0), "2:only the first YAML document is read: the rest of "
		    "the file is ignored");
	dicfile_release(&f);
	msgs_release(&w);
}

/* ------------------------------------------------------------------- .cat */

static const char cat_small[] =
	"TRUST\r\n"                 /* 1 */
	"\tRELY_ON (1)\r\n"         /* 2 */
	"\tFAITH* (2)\r\n"          /* 3 */
	"\tSUB\r\n"                 /* 4 */
	"\t\tBELIEF (1)\r\n"        /* 5 */
	"CONFLICT\r\n"              /* 6 */
	"\tOPEN\r\n"                /* 7 */
	"\t\tFIGHT* (1)\r\n"        /* 8 */
	"\r\n"                      /* 9 */
	"\tCLOSED\r\n"              /* 10 */
	"\t\tQUARREL\r\n"           /* 11 */
	"\t\tFIGHT* (1)\r\n"        /* 12 */
	"\t\tFIGHT* (1)\r\n"        /* 13 */
	"ORPHAN (1)\r\n";           /* 14 */

static void test_dicformats__cat(void)
{
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "Small.CAT", cat_small, &w, &d), LT_OK);
	CHECK_EQ(f.format, DIC_FORMAT_CAT);
	CHECK_EQ(f.n_categories, 5);
	CHECK_STREQ(cat_desc(&f, 0), "trust^-");
	CHECK_STREQ(cat_desc(&f, 1), "trust.sub^0");
	CHECK_STREQ(cat_desc(&f, 2), "G:CONFLICT^-");
	CHECK_STREQ(cat_desc(&f, 3), "conflict.open^2");
	CHECK_STREQ(cat_desc(&f, 4), "conflict.closed^2");
	CHECK(f.has_weights);
	CHECK_EQ(f.n_terms, 5);
	CHECK_STREQ(term_desc(&f, 0), "RELY ON@2:trust=1");
	CHECK_STREQ(term_desc(&f, 1), "FAITH*@3:trust=2");
	CHECK_STREQ(term_desc(&f, 2), "BELIEF@5:trust.sub=1");
	CHECK_STREQ(term_desc(&f, 3), "FIGHT*@8:conflict.open=1,conflict.closed=1");
	CHECK_STREQ(term_desc(&f, 4), "QUARREL@11:conflict.closed=1");
	CHECK_EQ(w.n, 2);
	CHECK_STREQ(warn_desc(&w, 0), "13:term 'FIGHT*' is listed twice in category 'CLOSED': "
		    "counted once");
	CHECK_STREQ(warn_desc(&w, 1), "14:1 term line outside every category skipped (first "
		    "here): a .cat term is indented under its category");
	dicfile_release(&f);
	msgs_release(&w);

	/* all weights (1): no weights kept */
	msgs_init(&w);
	CHECK_EQ(PARSE(&f, "one.cat", "A\n\tB (1)\n\tC D (1)\n", &w, &d), LT_OK);
	CHECK(!f.has_weights);
	CHECK_STREQ(term_desc(&f, 1), "C D@3:a");
	CHECK_EQ(w.n, 0);
	dicfile_release(&f);
	msgs_release(&w);

	CHECK_EQ(PARSE(&f, "none.cat", "\n\n", NULL, &d), LT_ELEXICON);
	CHECK_STREQ(d.msg, "none.cat:1: no category: a .cat file starts with a category name, "
		    "its terms indented below it by a tab");
	dicfile_release(&f);
}

static void test_dicformats__cat_write_lex(void)
{
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "Small.cat", cat_small, NULL, &d), LT_OK);
	char *text = lex_text(&f, &w);
	CHECK_STREQ(text,
		    "# lextab lexicon converted from the dictionary 'Small.cat'\n"
		    "# (WordStat .cat: 5 categories, 5 terms) by `lextab lexicon import`.\n"
		    "# A term without '*' matches that whole word only, written =word here;\n"
		    "# word* stays a prefix; a term of several words is a \"phrase\".\n"
		    "# A nested category is named by its path of keys: parent.child.\n"
		    "# Weights are kept in comments; lextab counts hits, unweighted.\n"
		    "theme: small\n"
		    "description: WordStat .cat dictionary Small.cat\n"
		    "\n"
		    "# line 1: TRUST\n"
		    "[trust]\n"
		    "\"=RELY =ON\"\t# weight 1\n"
		    "FAITH*\t# weight 2\n"
		    "\n"
		    "# line 4: SUB (within TRUST)\n"
		    "[trust.sub]\n"
		    "=BELIEF\t# weight 1\n"
		    "\n"
		    "# group (sub-categories only, no terms): CONFLICT\n"
		    "\n"
		    "# line 7: OPEN (within CONFLICT)\n"
		    "[conflict.open]\n"
		    "FIGHT*\t# weight 1\n"
		    "\n"
		    "# line 10: CLOSED (within CONFLICT)\n"
		    "[conflict.closed]\n"
		    "FIGHT*\t# weight 1\n"
		    "=QUARREL\t# weight 1\n");
	CHECK_EQ(w.n, 0);
	free(text);
	dicfile_release(&f);
	msgs_release(&w);
}

/* -------------------------------------------------------------- Empath TSV */

static void test_dicformats__tsv(void)
{
	static const char tsv[] =
		"trust\ttrust\trely\tfaith\n"       /* 1 */
		"dispute\targue\tfight\targue\n"    /* 2 */
		"\n"                                /* 3 */
		"empty\n"                           /* 4 */
		"\tlonely\n"                        /* 5 */
		"fight_words\tfight\t\tpunch \n";   /* 6 */
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "categories.tsv", tsv, &w, &d), LT_OK);
	CHECK_EQ(f.format, DIC_FORMAT_TSV);
	CHECK_EQ(f.n_categories, 4);
	CHECK_STREQ(cat_desc(&f, 0), "trust^-");
	CHECK_STREQ(cat_desc(&f, 1), "dispute^-");
	CHECK_STREQ(cat_desc(&f, 2), "empty^-");
	CHECK_STREQ(cat_desc(&f, 3), "fight_words^-");
	CHECK_EQ(f.n_terms, 6);
	CHECK_STREQ(term_desc(&f, 0), "trust@1:trust");
	CHECK_STREQ(term_desc(&f, 1), "rely@1:trust");
	CHECK_STREQ(term_desc(&f, 2), "faith@1:trust");
	CHECK_STREQ(term_desc(&f, 3), "argue@2:dispute");
	CHECK_STREQ(term_desc(&f, 4), "fight@2:dispute,fight_words");
	CHECK_STREQ(term_desc(&f, 5), "punch@6:fight_words");
	CHECK_EQ(w.n, 2);
	CHECK_STREQ(warn_desc(&w, 0), "2:term 'argue' is listed twice in category 'dispute': "
		    "counted once");
	CHECK_STREQ(warn_desc(&w, 1), "5:row with no category name skipped");
	dicfile_release(&f);
	msgs_release(&w);
}

/* --------------------------------------------------------- General Inquirer */

static void test_dicformats__gi(void)
{
	static const char gi[] =
		"\xEF\xBB\xBF" "Entry,Source,Positiv,Negativ,Affil,Othtags\r"   /* 1 */
		"A,H4Lvd,,,,DET ART\r"                                         /* 2 */
		"TRUST#1,H4Lvd,Positiv,,Affil,Noun\r"                          /* 3 */
		"TRUST#2,H4,Positiv,,,SUPV\r"                                  /* 4 */
		"FIGHT,H4,,Negativ,,\r"                                        /* 5 */
		"BOND#1,H4,,,Affil,\r"                                         /* 6 */
		"BOND#2,H4,,,Affil,\r";                                        /* 7 */
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	CHECK_EQ(PARSE(&f, "inquirer.CSV", gi, &w, &d), LT_OK);
	CHECK_EQ(f.format, DIC_FORMAT_GI);
	CHECK_EQ(f.n_categories, 3);
	CHECK_STREQ(cat_desc(&f, 0), "positiv^-");
	CHECK_STREQ(cat_desc(&f, 1), "negativ^-");
	CHECK_STREQ(cat_desc(&f, 2), "affil^-");
	CHECK_EQ(f.n_terms, 3);
	CHECK_STREQ(term_desc(&f, 0), "TRUST@3:positiv,affil");
	CHECK_STREQ(term_desc(&f, 1), "FIGHT@5:negativ");
	CHECK_STREQ(term_desc(&f, 2), "BOND@6:affil");
	CHECK_EQ(f.n_senses_merged, 2);
	CHECK_EQ(f.n_sense_conflicts, 1);
	CHECK_EQ(w.n, 2);
	CHECK_STREQ(warn_desc(&w, 0), "2:1 entry with no category marked skipped (first here)");
	CHECK_STREQ(warn_desc(&w, 1), "3:1 word (first: 'TRUST', here) has senses in different "
		    "categories: lextab cannot tell senses apart, so a word counts for every "
		    "category of any of its senses");
	dicfile_release(&f);
	msgs_release(&w);

	/* a .csv that is not the General Inquirer's layout is a LIWC-22 style table */
	msgs_init(&w);
	CHECK_EQ(PARSE(&f, "liwc.csv", "DicTerm,posemo\ngood,X\nbad,\n", &w, &d), LT_OK);
	CHECK_EQ(f.format, DIC_FORMAT_DICX);
	CHECK_EQ(f.n_terms, 1);
	CHECK_STREQ(term_desc(&f, 0), "good@2:posemo");
	dicfile_release(&f);
	msgs_release(&w);
}

static void test_dicformats__format_of(void)
{
	CHECK_EQ(dicfile_format_of("a.yml"), DIC_FORMAT_YAML);
	CHECK_EQ(dicfile_format_of("a.YAML"), DIC_FORMAT_YAML);
	CHECK_EQ(dicfile_format_of("RID.CAT"), DIC_FORMAT_CAT);
	CHECK_EQ(dicfile_format_of("x/categories.tsv"), DIC_FORMAT_TSV);
	CHECK_EQ(dicfile_format_of("gi.csv"), DIC_FORMAT_GI);
	CHECK_EQ(dicfile_format_of("a.yml.bak"), DIC_FORMAT_NONE);
	CHECK(dicfile_nested_names(DIC_FORMAT_YAML) && dicfile_nested_names(DIC_FORMAT_CAT));
	CHECK(!dicfile_nested_names(DIC_FORMAT_DIC) && !dicfile_nested_names(DIC_FORMAT_TSV));
}

int main(void)
{
	RUN(test_dicformats__yaml);
	RUN(test_dicformats__yaml_errors);
	RUN(test_dicformats__cat);
	RUN(test_dicformats__cat_write_lex);
	RUN(test_dicformats__tsv);
	RUN(test_dicformats__gi);
	RUN(test_dicformats__format_of);
	return th_done();
}
