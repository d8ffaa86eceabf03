/* test_validate.c - unit tests for validate_stats.c (Wilson interval,
 * F1, Cohen's kappa, Krippendorff's alpha) and the row keys of
 * validate.c. Every expected value is worked out by hand in the comments.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "validate_int.h"
#include "validate_stats.h"

#define NEAR(a, b) (fabs((a) - (b)) < 5e-7)

static void test_validate__wilson(void)
{
	double lo, hi;
	/*
	 * 8 of 10, z = 1.959964 (z^2 = 3.841459): z^2/n = 0.3841459,
	 * denominator 1.3841459; centre = (0.8 + 0.1920729) / 1.3841459
	 * = 0.7167402; half = (1.959964 / 1.3841459) * sqrt(0.16/10 + 3.841459/400)
	 * = 1.4160086 * sqrt(0.0256036) = 1.4160086 * 0.1600113 = 0.2265777;
	 * so 0.4901625 .. 0.9433178.
	 */
	vstats_wilson(8, 10, VSTATS_Z95, &lo, &hi);
	CHECK(NEAR(lo, 0.4901625));
	CHECK(NEAR(hi, 0.9433178));
	/* 0 of 10: lo 0; hi = 2 * (z^2/2n) / (1 + z^2/n) = 0.3841459 / 1.3841459 = 0.2775328 */
	vstats_wilson(0, 10, VSTATS_Z95, &lo, &hi);
	CHECK(lo == 0.0);
	CHECK(NEAR(hi, 0.2775328));
	/* 40 of 40: hi 1; lo = 1 / (1 + z^2/n) = 40 / 43.841459 = 0.9123784 */
	vstats_wilson(40, 40, VSTATS_Z95, &lo, &hi);
	CHECK(NEAR(lo, 0.9123784));
	CHECK(hi == 1.0);
	/*
	 * 3 of 4: z^2/n = 0.9603650, denominator 1.9603650; centre = (0.75 +
	 * 0.4801825) / 1.9603650 = 0.6275272; half = (1.959964 / 1.9603650)
	 * * sqrt(0.1875/4 + 3.841459/64) = 0.9997955 * sqrt(0.1068978)
	 * = 0.9997955 * 0.3269523 = 0.3268854; so 0.3006418 .. 0.9544126.
	 */
	vstats_wilson(3, 4, VSTATS_Z95, &lo, &hi);
	CHECK(fabs(lo - 0.3006418) < 2e-6);
	CHECK(fabs(hi - 0.9544126) < 2e-6);
	vstats_wilson(0, 0, VSTATS_Z95, &lo, &hi);
	CHECK(isnan(lo) && isnan(hi));
}

static void test_validate__ratios(void)
{
	CHECK(NEAR(vstats_ratio(3, 4), 0.75));
	CHECK(isnan(vstats_ratio(0, 0)));
	/* tp 6, fp 2, fn 4: P = 0.75, R = 0.6, F1 = 2PR/(P+R) = 0.9/1.35 = 12/18 */
	CHECK(NEAR(vstats_f1(6, 2, 4), 12.0 / 18.0));
	/* tp 4, fp 1, fn 1: P = R = 0.8, F1 = 8/10 */
	CHECK(NEAR(vstats_f1(4, 1, 1), 0.8));
	CHECK(isnan(vstats_f1(0, 0, 0)));
	CHECK(vstats_f1(0, 3, 2) == 0.0);
}

static void test_validate__kappa(void)
{
	/*
	 * A: 1 1 1 1 1 1 0 0 0 0, B: 1 1 1 1 0 0 0 0 0 1. Alike on units 1-4
	 * and 7-9: p_o = 7/10. A has six 1s, B five: p_e = 0.6*0.5 + 0.4*0.5
	 * = 0.5. kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
	 */
	const int a[] = { 1, 1, 1, 1, 1, 1, 0, 0, 0, 0 };
	const int b[] = { 1, 1, 1, 1, 0, 0, 0, 0, 0, 1 };
	CHECK(NEAR(vstats_cohen_kappa(a, b, 10, 2), 0.4));
	/*
	 * five units, A: 1 1 1 0 1, B: 1 1 0 0 1: p_o = 4/5; p_e = 0.8*0.6 +
	 * 0.2*0.4 = 0.56; kappa = 0.24 / 0.44 = 0.5454545.
	 */
	const int c[] = { 1, 1, 1, 0, 1 }, e[] = { 1, 1, 0, 0, 1 };
	CHECK(NEAR(vstats_cohen_kappa(c, e, 5, 2), 0.24 / 0.44));
	/* a missing value leaves the unit out: the same as the five above */
	const int c2[] = { 1, 1, 1, 0, -1, 1 }, e2[] = { 1, 1, 0, 0, 1, 1 };
	CHECK(NEAR(vstats_cohen_kappa(c2, e2, 6, 2), 0.24 / 0.44));
	/* perfect agreement on both values: 1; one value throughout: undefined */
	const int f[] = { 1, 0, 1 };
	CHECK(NEAR(vstats_cohen_kappa(f, f, 3, 2), 1.0));
	const int g[] = { 1, 1, 1 };
	CHECK(isnan(vstats_cohen_kappa(g, g, 3, 2)));
}

static void test_validate__alpha_two_coders(void)
{
	/*
	 * The ten units of the kappa test as a units x coders matrix. 20
	 * pairable values: n_1 = 6 + 5 = 11, n_0 = 9. Each of the 3
	 * disagreeing units adds 2 ordered off-diagonal pairs / (2 - 1): 6.
	 * sum_{c != k} n_c n_k = 20^2 - (11^2 + 9^2) = 198.
	 * alpha = 1 - (20 - 1) * 6 / 198 = 1 - 114/198 = 0.4242424.
	 */
	const int a[] = { 1, 1, 1, 1, 1, 1, 0, 0, 0, 0 };
	const int b[] = { 1, 1, 1, 1, 0, 0, 0, 0, 0, 1 };
	int m[20];
	for (int u = 0; u < 10; u++) {
		m[2 * u] = a[u];
		m[2 * u + 1] = b[u];
	}
	CHECK(NEAR(vstats_alpha_nominal(m, 10, 2, 2), 1.0 - 114.0 / 198.0));
	/* one value throughout: no expected disagreement, undefined */
	const int same[] = { 1, 1, 1, 1 };
	CHECK(isnan(vstats_alpha_nominal(same, 2, 2, 2)));
	/* no pairable unit */
	const int lone[] = { 1, -1, -1, 0 };
	CHECK(isnan(vstats_alpha_nominal(lone, 2, 2, 2)));
}

static void test_validate__alpha_krippendorff_example(void)
{
	/*
	 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability",
	 * section C: 4 observers, 12 units, values 1-5 (here 0-4), missing
	 * data; the published nominal alpha is 0.743.
	 *        unit: 1 2 3 4 5 6 7 8 9 10 11 12
	 *   A:         1 2 3 3 2 1 4 1 2 .  .  .
	 *   B:         1 2 3 3 2 2 4 1 2 5  .  3
	 *   C:         . 3 3 3 2 3 4 2 2 5  1  .
	 *   D:         1 2 3 3 2 4 4 1 2 5  1  .
	 * Unit 12 has one value: not pairable. Pairable values n = 40:
	 * n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3.
	 * Off-diagonal coincidences: unit 2 (2,2,3,2): 2*3/3 = 2; unit 6
	 * (1,2,3,4): 12/3 = 4; unit 8 (1,1,2,1): 2*3/3 = 2; total 8.
	 * sum_{c != k} n_c n_k = 1600 - (81 + 169 + 100 + 25 + 9) = 1216.
	 * alpha = 1 - 39 * 8 / 1216 = 1 - 312/1216 = 0.7434211.
	 */
	enum { X = -1 };
	const int obs[4][12] = {
		{ 1, 2, 3, 3, 2, 1, 4, 1, 2, X, X, X },
		{ 1, 2, 3, 3, 2, 2, 4, 1, 2, 5, X, 3 },
		{ X, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, X },
		{ 1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, X },
	};
	int m[12 * 4];
	for (int u = 0; u < 12; u++)
		for (int c = 0; c < 4; c++)
			m[u * 4 + c] = obs[c][u] < 0 ? -1 : obs[c][u] - 1;
	double alpha = vstats_alpha_nominal(m, 12, 4, 5);
	CHECK(NEAR(alpha, 1.0 - 312.0 / 1216.0));
	CHECK(fabs(alpha - 0.743) < 0.0005);
}

static void test_validate__keys(void)
{
	const char *text = "We trust them.";
	char *k = vkey_hit("2015/a b:c", 7, 3, 5, "trust.x", text, strlen(text));
	/* '/' stays, ' ' and ':' are %-encoded; the text hash ends the key */
	CHECK(strncmp(k, "H:2015/a%20b%3Ac:7:3-5:trust.x:", 31) == 0);
	CHECK_EQ(strlen(k), 31 + 8);
	struct vkey v;
	CHECK(vkey_parse(k, strlen(k), &v));
	CHECK_EQ(v.kind, 'H');
	CHECK_STREQ(v.doc_id, "2015/a b:c");
	CHECK_STREQ(v.category, "trust.x");
	CHECK_EQ(v.turn, 7);
	CHECK_EQ(v.tok_start, 3);
	CHECK_EQ(v.tok_end, 5);
	CHECK_EQ(v.text_hash, vkey_text_hash(text, strlen(text)));
	vkey_release(&v);
	free(k);
	/* non-ASCII bytes are encoded: a key survives any re-encoding */
	k = vkey_turn("entretien-\xC3\xA9t\xC3\xA9", 12, text, strlen(text));
	CHECK(strncmp(k, "T:entretien-%C3%A9t%C3%A9:12:", 29) == 0);
	CHECK(vkey_parse(k, strlen(k), &v));
	CHECK_STREQ(v.doc_id, "entretien-\xC3\xA9t\xC3\xA9");
	CHECK(v.category == NULL);
	vkey_release(&v);
	free(k);
	/* malformed keys */
	static const char *const bad[] = {
		"", "H:", "T:a:1", "T:a:x:0000abcd", "T:a:1:0000abc", "H:a:1:3-3:c:0000abcd",
		"H:a:1:3-5::0000abcd", "H:a%2:1:3-5:c:0000abcd", "X:a:1:0000abcd",
		"H:a b:1:3-5:c:0000abcd", "T:a%00:1:0000abcd",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		bool ok = vkey_parse(bad[i], strlen(bad[i]), &v);
		if (ok)
			vkey_release(&v);
		CHECK(!ok);
	}
	/* the same input, the same hash; a different seed, another */
	CHECK_EQ(vkey_hash(1, "abc", 3), vkey_hash(1, "abc", 3));
	CHECK(vkey_hash(1, "abc", 3) != vkey_hash(2, "abc", 3));
}

static void test_validate__sample_column(void)
{
	char *s = vkey_sample(42, "c634625ba402025a");
	CHECK_STREQ(s, "seed:42/lexicon:c634625ba402025a");
	uint64_t seed = 0;
	char h[64];
	CHECK(vkey_parse_sample(s, strlen(s), &seed, h, sizeof(h)));
	CHECK_EQ(seed, 42);
	CHECK_STREQ(h, "c634625ba402025a");
	free(s);
	CHECK(!vkey_parse_sample("seed:/lexicon:ab", 16, &seed, h, sizeof(h)));
	CHECK(!vkey_parse_sample("seed:1/lexicon:", 15, &seed, h, sizeof(h)));
	CHECK(!vkey_parse_sample("1.2E+49", 7, &seed, h, sizeof(h)));
}

int main(void)
{
	RUN(test_validate__wilson);
	RUN(test_validate__ratios);
	RUN(test_validate__kappa);
	RUN(test_validate__alpha_two_coders);
	RUN(test_validate__alpha_krippendorff_example);
	RUN(test_validate__keys);
	RUN(test_validate__sample_column);
	return th_done();
}
