/* test_rxscan.c - unit tests for the regex pattern analysis (rxscan.c):
 * tables of pattern -> prefilter clauses and lead literals, worked out by
 * hand from docs/counting-rules.md and rxscan.h; braces whose reading
 * changed in PCRE2 10.43 ({,n}, { n , m }) under every reading a PCRE2
 * may give (a stand-in for rx_brace_kind) and under the installed PCRE2,
 * which the test asks independently through rx.h; and rx_brace_kind.
 *
 * A prefilter is rendered as its clauses joined by " & ", each clause's
 * literals by "|"; "" is "no prefilter". Lead literals are joined by ",".
 */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "rx.h"
#include "rxscan.h"

static char *render_cnf(const char *pat, rxscan_brace_fn brace)
{
	static char buf[512];
	struct rxscan_cnf c;
	rxscan_prefilter(pat, strlen(pat), brace, &c);
	buf[0] = '\0';
	size_t k = 0;
	for (size_t i = 0; i < c.n_clauses; i++) {
		if (i)
			strncat(buf, " & ", sizeof(buf) - strlen(buf) - 1);
		for (size_t j = 0; j < c.clause_n[i]; j++, k++) {
			if (j)
				strncat(buf, "|", sizeof(buf) - strlen(buf) - 1);
			strncat(buf, c.lits[k], sizeof(buf) - strlen(buf) - 1);
		}
	}
	CHECK_EQ(k, c.n_lits);
	rxscan_cnf_release(&c);
	return buf;
}

static char *render_lead(const char *pat)
{
	static char buf[512];
	lt_str r[RXSCAN_MAX_LEAD];
	size_t n = rxscan_lead(pat, strlen(pat), r);
	buf[0] = '\0';
	for (size_t i = 0; i < n; i++)
		snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf), "%s%.*s", i ? "," : "",
			 (int)r[i].len, r[i].ptr);
	return buf;
}

/* Shapes that read the same in every PCRE2 version. */
static const struct {
	const char *pat, *prefilter, *lead;
} cases[] = {
	{ "trust", "trust", "trust" },
	{ "TRUST", "trust", "" },                      /* lower-cased; lead reads a-z only */
	{ "\\btrust\\w*", "trust", "trust" },
	{ "\\b(?:said|told)\\s+\\w+", "said|told", "said,told" },
	{ "(trust|faith)\\W+\\w", "trust|faith", "trust,faith" },
	{ "rel|trust", "rel|trust", "" },              /* a top-level | : one clause, no lead */
	{ "x*|rel", "", "" },                          /* a branch with no literal */
	{ "on the", "the", "on" },                     /* the longest word run of "on the" */
	{ "rely, on", "rely", "rely" },
	{ "(?:rel)?", "", "" },                        /* an optional group is not required */
	{ "\\b(?:on|in)?\\s*the", "the", "" },
	{ "d.{0,2}t", "", "" },                        /* one-letter runs are no literal */
	{ "trusts{1,2}", "trusts", "trust" },          /* min 1: the s is required */
	{ "trusts{0,1}", "trust", "trust" },           /* min 0: it is not */
	{ "trusts{2}", "trusts", "trust" },
	{ "trusts{0}", "trust", "trust" },
	{ "trusts+", "trusts", "trust" },
	{ "trusts*?", "trust", "trust" },
	{ "trust\\w*(?:worthy|ing)", "trust & worthy|ing", "trust" },
	{ "(?=trust)rel", "rel", "" },                 /* lookahead skipped */
	{ "(?<g>trust)\\k'g'", "trust", "" },
	{ "\\b(?:3|5)", "", "3,5" },                   /* one digit is a lead, not a literal */
	{ "\\d", "", "" },
	{ "(?i)trust", "trust", "" },                  /* options: no lead */
	{ "(?x)trust", "", "" },                       /* (?x) changes the syntax: give up */
	{ "\\Qtrust\\E", "", "" },
	{ "(*UCP)trust", "", "" },
	{ "said[\\c\\]|x]", "", "" },                  /* [\c\] then a top-level |x] */
	{ "said[\\Q]|(\\E]", "", "" },                 /* \Q in a class: not read */
	{ "said[[:alpha:]]", "", "" },                 /* POSIX class: not read */
	{ "trust\\.worthy", "worthy", "trust" },      /* "trust.worthy": its longest word run */
	{ "ab{1x}cde", "cde", "" },                    /* {1x} is literal text; "ab" is 2 letters */
	{ "^{,2}trust", "trust", "" },                 /* a brace no atom precedes: skipped */
};

static void test_rxscan__table(void)
{
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		CHECK_STREQ(render_cnf(cases[i].pat, NULL), cases[i].prefilter);
		CHECK_STREQ(render_lead(cases[i].pat), cases[i].lead);
	}
}

/* The readings a PCRE2 may give a brace that is not {n}, {n,} or {n,m}. */
static int n_asked;
static enum rx_brace brace_literal(const char *b, size_t n)
{
	(void)b, (void)n;
	n_asked++;
	return RX_BRACE_LITERAL;
}
static enum rx_brace brace_optional(const char *b, size_t n)
{
	(void)b, (void)n;
	n_asked++;
	return RX_BRACE_OPTIONAL;
}
static enum rx_brace brace_repeat(const char *b, size_t n)
{
	(void)b, (void)n;
	n_asked++;
	return RX_BRACE_REPEAT;
}
static enum rx_brace brace_unknown(const char *b, size_t n)
{
	(void)b, (void)n;
	n_asked++;
	return RX_BRACE_UNKNOWN;
}

static const struct {
	const char *pat;
	const char *literal, *optional, *repeat; /* unknown: always "" */
} brace_cases[] = {
	/* PCRE2 < 10.43: "trusts{,1}" is literal text, so "trusts" is
	 * required; >= 10.43: the s is optional, "trust" matches */
	{ "trusts{,1}", "trusts", "trust", "trusts" },
	{ "trusts{ 0 , 2 }", "trusts", "trust", "trusts" },
	{ "trusts{ 1 , 2 }", "trusts", "trust", "trusts" },
	{ "trusts{,}", "trusts", "trust", "trusts" },
	/* a group: required unless the brace makes it optional */
	{ "(?:trust){,1}rely", "trust & rely", "rely", "trust & rely" },
	{ "(?:trust|faith){ 0 }rely", "trust|faith & rely", "rely", "trust|faith & rely" },
};

static void test_rxscan__braces(void)
{
	for (size_t i = 0; i < sizeof(brace_cases) / sizeof(brace_cases[0]); i++) {
		const char *p = brace_cases[i].pat;
		CHECK_STREQ(render_cnf(p, brace_literal), brace_cases[i].literal);
		CHECK_STREQ(render_cnf(p, brace_optional), brace_cases[i].optional);
		CHECK_STREQ(render_cnf(p, brace_repeat), brace_cases[i].repeat);
		CHECK_STREQ(render_cnf(p, brace_unknown), "");
	}
	/* {n}, {n,} and {n,m} mean the same in every version: never asked */
	n_asked = 0;
	CHECK_STREQ(render_cnf("trusts{0,1}x{3}y{2,}", brace_unknown), "trust");
	CHECK_EQ(n_asked, 0);
	/* braces of escapes are their arguments, not quantifiers */
	CHECK_STREQ(render_cnf("trust\\x{2019}s", brace_unknown), "trust");
	CHECK_EQ(n_asked, 0);
}

/* Does PCRE2 match pattern against all of subject? Asked through rx.h. */
static bool pcre2_says(const char *pattern, const char *subject)
{
	struct rx *r;
	struct lt_diag d;
	lt_diag_init(&d);
	if (rx_compile(&r, pattern, strlen(pattern), 0, &d) < 0) {
		CHECK(!"probe pattern compiles");
		return false;
	}
	struct rx_scratch *s = rx_scratch_new(rx_capture_count(r), 0);
	bool m = rx_match(r, s, subject, strlen(subject), 0, false) == RX_MATCH;
	rx_scratch_free(s);
	rx_free(r);
	return m;
}

/* The installed PCRE2, asked directly: the analysis follows its reading. */
static void test_rxscan__installed_pcre2(void)
{
	bool min_omitted = pcre2_says("^a{,1}$", "");
	bool blanks = pcre2_says("^a{ 1 , 2 }$", "aa");
	printf("# PCRE2 %s: {,n} %s, { n , m } %s\n", rx_version(),
	       min_omitted ? "a quantifier" : "literal text", blanks ? "a quantifier" : "literal text");
	/* exactly one reading each */
	CHECK(min_omitted != pcre2_says("^a{,1}$", "a{,1}"));
	CHECK(blanks != pcre2_says("^a{ 1 , 2 }$", "a{ 1 , 2 }"));

	CHECK_EQ(rx_brace_kind("{,1}", 4), min_omitted ? RX_BRACE_OPTIONAL : RX_BRACE_LITERAL);
	CHECK_EQ(rx_brace_kind("{ 1 , 2 }", 9), blanks ? RX_BRACE_REPEAT : RX_BRACE_LITERAL);
	CHECK_EQ(rx_brace_kind("{ 0 , 2 }", 9), blanks ? RX_BRACE_OPTIONAL : RX_BRACE_LITERAL);
	/* the classic shapes, as every version reads them */
	CHECK_EQ(rx_brace_kind("{1,2}", 5), RX_BRACE_REPEAT);
	CHECK_EQ(rx_brace_kind("{0,2}", 5), RX_BRACE_OPTIONAL);
	CHECK_EQ(rx_brace_kind("{3}", 3), RX_BRACE_REPEAT);
	CHECK_EQ(rx_brace_kind("{2,}", 4), RX_BRACE_REPEAT);
	CHECK_EQ(rx_brace_kind("{1,2,3}", 7), RX_BRACE_LITERAL);

	CHECK_STREQ(render_cnf("trusts{,1}", NULL), min_omitted ? "trust" : "trusts");
	CHECK_STREQ(render_cnf("trusts{ 0 , 2 }", NULL), blanks ? "trust" : "trusts");
	CHECK_STREQ(render_cnf("trusts{ 1 , 2 }", NULL), "trusts");
}

/* rxscan_ws_runs: the most runs of white space a match can touch, worked
 * out by hand; U (RXSCAN_WS_UNKNOWN) where the analysis must not claim one */
static void test_rxscan__ws_runs(void)
{
	const uint32_t U = RXSCAN_WS_UNKNOWN;
	static const struct {
		const char *pat;
		uint32_t want;
	} t[] = {
		{ "trust", 0 },
		{ "\\btrust\\b", 0 },
		{ "\\w+", 0 },
		{ "\\d{1,9}", 0 },
		{ "a b", 1 },                     /* a literal space */
		{ "a  b", 2 },                    /* two atoms: counted twice, never less */
		{ "a\\s+b", 1 },                 /* a repeat of white space only: one run */
		{ "a\\s*b\\s?c", 2 },
		{ "a[ \\t]+b", 1 },
		{ "a\\h\\v\\Rb", 3 },
		{ "a\\x20b\\x{a0}c\\tb", 3 },    /* escaped white space */
		{ "\\x{2019}+", 0 },
		{ "a\\ b", 1 },                  /* an escaped space */
		{ "\\b\\w+(?<!\\bthat)(?<!\\bit)'s\\s+roles?\\b", 1 }, /* lookbehinds: nothing */
		{ "x(?=\\s*[,.!;])", 0 },        /* lookahead: nothing */
		{ "(?:\\w+\\s+){0,4}?on", 4 },
		{ "(?:\\w+\\s+){2}", 2 },
		{ "(?:\\w+\\s+){2,}", U },
		{ "(?:a|b c|d e f)", 2 },         /* the worst branch */
		{ "(a b)?c d", 2 },
		{ "(?i:a b)", 1 },
		{ "(?i)a b", 1 },
		{ "(?<name>a b)", 1 },
		{ "(?#a comment with spaces)x", 0 },
		{ "[^.?!]{0,80}\\?", 80 },         /* a negated class matches white space */
		{ "[^.?!]*\\?", U },
		{ "a.b", 1 },
		{ ".*", U },
		{ "\\W+", U },
		{ "\\S+", U },                    /* \S: conservatively white space too */
		{ "[,\\s]+", U },                 /* white space and other characters */
		{ "[a-z]+", 0 },
		{ "[ -~]", 1 },                    /* a range holding the space */
		{ "[\\t-\\r]+", 1 },
		{ "\\p{L}", 1 },
		{ "\\N", 1 },
		{ "a{2}", 0 },
		{ "a{,3}", 0 },                    /* literal text or a quantifier: no white space */
		{ "(a)\\1", U },                  /* a back reference */
		{ "\\Qa b\\E", U },
		{ "(?x) a b", U },
		{ "\\Gfoo\\w*", U },           /* \G: a window would move its offset */
		{ "a\\Gb", U },
		{ "\\Afoo", 0 },                 /* \A: the subject's start, whatever the offset */
		{ "(*UTF)a", U },
		{ "(?1)", U },
		{ "(a|b", U },                     /* unbalanced */
		{ "(?:^|[.?!:]\\s+)who", 1 },
		{ "\\b(?:i|we)\\s+(?:(?:am|are|just)\\s+){0,3}translating\\b"
		  "(?!\\s+(?:the\\s+)?code)", 4 },
	};
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		uint32_t got = rxscan_ws_runs(t[i].pat, strlen(t[i].pat), NULL);
		if (got != t[i].want)
			printf("# %s: %u, expected %u\n", t[i].pat, got, t[i].want);
		CHECK_EQ(got, t[i].want);
	}
	CHECK(rxscan_is_ws(' ') && rxscan_is_ws('\t') && rxscan_is_ws(0x85) &&
	      rxscan_is_ws(0x3000) && rxscan_is_ws(0x180E));
	CHECK(!rxscan_is_ws('a') && !rxscan_is_ws(0x2019) && !rxscan_is_ws(0x200B));
}

/* rx_match_until: no match starts after last_start; earlier ones, and a
 * match that starts at last_start and runs past it, are found as before */
static void test_rxscan__start_limit(void)
{
	struct rx *r;
	struct lt_diag d;
	lt_diag_init(&d);
	const char *subj = "a trust b trust c";   /* "trust" at 2 and 10 */
	CHECK_EQ(rx_compile(&r, "\\btrust\\b", 9, RX_START_LIMIT, &d), LT_OK);
	struct rx_scratch *s = rx_scratch_new(rx_capture_count(r), 0);
	size_t b = 0, e = 0, n = strlen(subj);
	CHECK_EQ(rx_match_until(r, s, subj, n, 3, false, SIZE_MAX), RX_MATCH);
	CHECK(rx_group(s, 0, &b, &e) && b == 10 && e == 15);
	CHECK_EQ(rx_match_until(r, s, subj, n, 3, false, 10), RX_MATCH);
	CHECK(rx_group(s, 0, &b, &e) && b == 10 && e == 15);
	CHECK_EQ(rx_match_until(r, s, subj, n, 3, false, 9), RX_NOMATCH);
	CHECK_EQ(rx_match_until(r, s, subj, n, 0, false, 2), RX_MATCH);
	CHECK(rx_group(s, 0, &b, &e) && b == 2 && e == 7);
	CHECK_EQ(rx_match_until(r, s, subj, n, 11, false, 10), RX_NOMATCH);
	rx_scratch_free(s);
	rx_free(r);
	/* without RX_START_LIMIT the bound is not applied (and not an error) */
	CHECK_EQ(rx_compile(&r, "\\btrust\\b", 9, 0, &d), LT_OK);
	s = rx_scratch_new(rx_capture_count(r), 0);
	CHECK_EQ(rx_match_until(r, s, subj, n, 3, false, 9), RX_MATCH);
	rx_scratch_free(s);
	rx_free(r);
}

int main(void)
{
	RUN(test_rxscan__table);
	RUN(test_rxscan__braces);
	RUN(test_rxscan__installed_pcre2);
	RUN(test_rxscan__start_limit);
	RUN(test_rxscan__ws_runs);
	return th_done();
}
