/* test_countkey.c - unit tests for countkey.c: the stored text form, its
 * parsing (a speaker pattern holding ';' and "meta="; an older key with
 * fewer fields), equality and the named difference.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "countkey.h"
#include "lexicon.h"
#include "xalloc.h"

static void build(struct countkey *k, const char *lang, const char *pattern, bool liwc)
{
	struct countkey_src src = { 0x0123456789abcdefULL, lang, pattern, NULL, liwc, "10.42",
				    "2.2.0", "2.8.0", NULL };
	countkey_build(k, &src);
}

static void test_countkey__format(void)
{
	struct countkey k;
	build(&k, "english", NULL, false);
	char *s = countkey_format(&k);
	char want[256];
	snprintf(want, sizeof(want), "rules=%d;lexicons=0123456789abcdef;lang=english;"
		 "speaker_pattern=;meta=none;liwc=0", LT_RULES_VERSION);
	CHECK(strncmp(s, want, strlen(want)) == 0);
	CHECK(strstr(s, ";liwc=0;pcre2=10.42;libstemmer=2.2.0;utf8proc=2.8.0;unicode=") != NULL);
	free(s);
	countkey_release(&k);
}

static void test_countkey__round_trip(void)
{
	/* a pattern that holds the separators of the text form */
	const char *pat = "^(?<speaker>[A-Z]+);meta=x;liwc=1:";
	struct countkey a, b;
	build(&a, "german", pat, true);
	char *s = countkey_format(&a);
	countkey_parse(&b, s);
	CHECK(countkey_equal(&a, &b));
	CHECK_STREQ(b.v[CK_SPEAKER_PATTERN], pat);
	CHECK_STREQ(b.v[CK_META], "none");
	CHECK_STREQ(b.v[CK_LIWC], "1");
	CHECK_STREQ(b.v[CK_LANG], "german");
	free(s);
	countkey_release(&a);
	countkey_release(&b);
}

static void test_countkey__older_key(void)
{
	struct countkey k;
	countkey_parse(&k, "rules=1;lexicons=00000000000000ff;lang=english;speaker_pattern=;"
			   "meta=none;liwc=0");
	CHECK_STREQ(k.v[CK_RULES], "1");
	CHECK_STREQ(k.v[CK_LEXICONS], "00000000000000ff");
	CHECK_STREQ(k.v[CK_SPEAKER_PATTERN], "");
	CHECK_STREQ(k.v[CK_LIWC], "0");
	CHECK(k.v[CK_PCRE2] == NULL && k.v[CK_UNICODE] == NULL);
	countkey_release(&k);
	countkey_parse(&k, "");
	for (int i = 0; i < CK_N; i++)
		CHECK(k.v[i] == NULL);
	countkey_release(&k);
}

static void test_countkey__diff(void)
{
	struct countkey a, b;
	build(&a, "english", NULL, false);
	build(&b, "german", NULL, false);
	CHECK(!countkey_equal(&a, &b));
	char *s = countkey_diff(&a, &b, " vs ");
	CHECK_STREQ(s, "lang 'english' vs 'german'");
	free(s);
	free(b.v[CK_LIWC]);
	b.v[CK_LIWC] = NULL;
	s = countkey_diff(&a, &b, " -> ");
	CHECK_STREQ(s, "lang 'english' -> 'german', liwc '0' -> (none)");
	free(s);
	free(b.v[CK_PCRE2]);
	b.v[CK_PCRE2] = xstrdup("10.43");
	s = countkey_diff(&b, &a, " -> ");
	CHECK_STREQ(s, "lang 'german' -> 'english', liwc (none) -> '0', pcre2 '10.43' -> '10.42'");
	free(s);
	s = countkey_diff(&a, &a, " -> ");
	CHECK_STREQ(s, "");
	free(s);
	countkey_release(&a);
	countkey_release(&b);
}

/* --speaker-pattern-for: absent without it (the key an older lextab
 * wrote still equals), present and compared with it, parsed back after a
 * speaker pattern holding the separators */
static void test_countkey__pattern_for(void)
{
	struct countkey a, b, c;
	build(&a, "english", NULL, false);
	CHECK(a.v[CK_PATTERN_FOR] == NULL);
	char *s = countkey_format(&a);
	CHECK(strstr(s, "speaker_pattern_for") == NULL);
	free(s);
	struct countkey_src src = { 0x0123456789abcdefULL, "english", "^x;meta=y:", NULL, false,
				    "10.42", "2.2.0", "2.8.0", "1:00000000000000aa" };
	countkey_build(&b, &src);
	CHECK(!countkey_equal(&a, &b));
	s = countkey_format(&b);
	CHECK(strstr(s, ";speaker_pattern_for=1:00000000000000aa") != NULL);
	countkey_parse(&c, s);
	CHECK(countkey_equal(&b, &c));
	CHECK_STREQ(c.v[CK_PATTERN_FOR], "1:00000000000000aa");
	CHECK_STREQ(c.v[CK_SPEAKER_PATTERN], "^x;meta=y:");
	free(s);
	free(b.v[CK_SPEAKER_PATTERN]);
	b.v[CK_SPEAKER_PATTERN] = xstrdup("");
	s = countkey_diff(&a, &b, " -> ");
	CHECK_STREQ(s, "speaker_pattern_for (none) -> '1:00000000000000aa'");
	free(s);
	countkey_release(&a);
	countkey_release(&b);
	countkey_release(&c);
}

/* The built-in negation word lists and numbers are part of the key (a
 * rules change that touches only them still re-matches every database):
 * the field is their hash, every list is in the hashed bytes, and a key
 * stored without the field (or with another hash) differs by name. */
static void test_countkey__negation(void)
{
	struct countkey a, b;
	build(&a, "english", NULL, false);
	char want[32];
	snprintf(want, sizeof(want), "%016llx", (unsigned long long)lexicon_negation_hash());
	CHECK_STREQ(a.v[CK_NEGATION], want);
	char *s = countkey_format(&a);
	char field[64];
	snprintf(field, sizeof(field), ";unicode=%s;negation=%s", a.v[CK_UNICODE], want);
	CHECK(strstr(s, field) != NULL);
	countkey_parse(&b, s);
	CHECK(countkey_equal(&a, &b));
	free(s);
	free(b.v[CK_NEGATION]);
	b.v[CK_NEGATION] = NULL; /* a database written before the field existed */
	CHECK(!countkey_equal(&a, &b));
	s = countkey_diff(&b, &a, " -> ");
	char d[96];
	snprintf(d, sizeof(d), "negation (none) -> '%s'", want);
	CHECK_STREQ(s, d);
	free(s);
	b.v[CK_NEGATION] = xstrdup("0000000000000000"); /* other built-in lists */
	CHECK(!countkey_equal(&a, &b));
	countkey_release(&a);
	countkey_release(&b);
	/* what is hashed: each list (one entry of each checked) and the numbers */
	size_t n;
	char *c = lexicon_negation_canonical(&n);
	CHECK_EQ(strlen(c), n);
	static const char *const parts[] = {
		"negators: not|no|", "|cannot\n", "pseudo-negators: not only|", "|not as if|",
		"negation-terminators: but|", "|in terms of|", "post-negators: was not the case|",
		"negation-raisers: think|", "|recall|", "fillers: really|", "|in any sense|",
		"definites: the|", "holders: have|", "openers: no|", "relational: of|", "lead: and|",
		"be: is|", "and-or: and|or\n", "numbers: window=5 raise=3 post=2 definite=2\n"
	};
	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
		CHECK(strstr(c, parts[i]) != NULL);
	free(c);
}

int main(void)
{
	RUN(test_countkey__negation);
	RUN(test_countkey__pattern_for);
	RUN(test_countkey__format);
	RUN(test_countkey__round_trip);
	RUN(test_countkey__older_key);
	RUN(test_countkey__diff);
	return th_done();
}
