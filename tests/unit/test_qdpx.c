/* test_qdpx.c - unit tests for the REFI-QDA helpers: code-point counting,
 * GUIDs (format, stability, version and variant bits), the alignment
 * tokenizer (positions in code points, folding, punctuation) and the
 * matcher (labels and timestamps skipped, a word only one side has).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "qdpx.h"

static void test_qdpx__cp_count(void)
{
	CHECK_EQ(qdpx_cp_count("", 0), 0);
	CHECK_EQ(qdpx_cp_count("abc", 3), 3);
	/* é (2 bytes), € (3 bytes), 😀 (4 bytes): one code point each */
	CHECK_EQ(qdpx_cp_count("caf\xC3\xA9", 5), 4);
	CHECK_EQ(qdpx_cp_count("\xE2\x82\xAC" "5", 4), 2);
	CHECK_EQ(qdpx_cp_count("\xF0\x9F\x98\x80!", 5), 2);
}

static void test_qdpx__guid(void)
{
	char a[37], b[37], c[37];
	qdpx_guid(a, "code", "trust.rely");
	qdpx_guid(b, "code", "trust.rely");
	qdpx_guid(c, "code", "trust.relx");
	CHECK_STREQ(a, b);
	CHECK(strcmp(a, c) != 0);
	CHECK_EQ(strlen(a), 36);
	CHECK(a[8] == '-' && a[13] == '-' && a[18] == '-' && a[23] == '-');
	CHECK(a[14] == '8');                        /* version 8 */
	CHECK(strchr("89ab", a[19]) != NULL);       /* variant 10 */
	qdpx_guid(c, "source", "trust.rely");        /* the kind is part of the name */
	CHECK(strcmp(a, c) != 0);
}

static void test_qdpx__tokenize(void)
{
	/* "P1: Café’s “fine”, isn't it?" */
	const char *s = "P1: Caf\xC3\xA9\xE2\x80\x99s \xE2\x80\x9C" "fine\xE2\x80\x9D, isn't it?";
	struct qdpx_tok *t = NULL;
	size_t n = qdpx_tokenize(s, strlen(s), &t);
	CHECK_EQ(n, 7); /* P1 Café s fine isn t it */
	CHECK_EQ(t[0].cp_start, 0);
	CHECK_EQ(t[0].cp_end, 2);
	CHECK_EQ(t[1].cp_start, 4);   /* Café: code points 4-8 */
	CHECK_EQ(t[1].cp_end, 8);
	CHECK_EQ(t[1].b_len, 5);
	CHECK_EQ(t[2].cp_start, 9);   /* s after the curly apostrophe */
	CHECK_EQ(t[3].cp_start, 12);  /* fine after the opening curly quote */
	CHECK_EQ(t[3].cp_end, 16);
	struct qdpx_tok *u = NULL;
	size_t m = qdpx_tokenize("FINE", 4, &u);
	CHECK_EQ(m, 1);
	CHECK(u[0].hash == t[3].hash); /* ASCII case folded */
	free(t);
	free(u);
}

static void test_qdpx__match(void)
{
	/* the source has labels and timestamps; the document only turn texts,
	 * and one word ("really") the source lacks */
	const char *a = "[00:00:01] Interviewer: How are you?\r\n[00:00:05] P1: I am fine thanks.";
	const char *b = "How are you really I am fine thanks";
	struct qdpx_tok *ta = NULL, *tb = NULL;
	size_t na = qdpx_tokenize(a, strlen(a), &ta);
	size_t nb = qdpx_tokenize(b, strlen(b), &tb);
	int64_t *m = malloc(na * sizeof(int64_t));
	size_t got = qdpx_match(ta, na, tb, nb, m);
	CHECK_EQ(got, 7); /* How are you I am fine thanks */
	/* a: 00 00 01 Interviewer How are you 00 00 05 P1 I am fine thanks */
	CHECK_EQ(na, 15);
	CHECK_EQ(m[0], -1);
	CHECK_EQ(m[3], -1);
	CHECK_EQ(m[4], 0);  /* How */
	CHECK_EQ(m[6], 2);  /* you */
	CHECK_EQ(m[7], -1); /* 00 */
	CHECK_EQ(m[10], -1); /* P1 */
	CHECK_EQ(m[11], 4); /* I: past "really" (3) */
	CHECK_EQ(m[14], 7); /* thanks */
	free(m);
	free(ta);
	free(tb);
}

int main(void)
{
	RUN(test_qdpx__cp_count);
	RUN(test_qdpx__guid);
	RUN(test_qdpx__tokenize);
	RUN(test_qdpx__match);
	return th_done();
}
