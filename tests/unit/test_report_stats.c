/* test_report_stats.c - unit tests for the HTML report's statistics
 * (report_stats.c): R type-7 quantiles, splitmix64 against its published
 * reference outputs, the speaker-level bootstrap on groups whose interval
 * is known exactly, viridis end points and the text-contrast rule, and the
 * legend's "nice" steps. Expected values worked out by hand (see comments).
 */
#include <math.h>
#include <stdint.h>

#include "harness.h"
#include "report_stats.h"

static void test_quantile(void)
{
	/* type 7: h = (n - 1) p, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]) */
	double v[] = { 4, 1, 3, 2 };
	CHECK(rstats_quantile(v, 4, 0.5) == 2.5);  /* h 1.5: 2 + 0.5 (3 - 2) */
	CHECK(v[0] == 1 && v[3] == 4);             /* sorted in place */
	CHECK(rstats_quantile(v, 4, 0.25) == 1.75); /* h 0.75: 1 + 0.75 (2 - 1) */
	CHECK(rstats_quantile(v, 4, 0.0) == 1);
	CHECK(rstats_quantile(v, 4, 1.0) == 4);
	double one[] = { 7 };
	CHECK(rstats_quantile(one, 1, 0.975) == 7);
	CHECK(isnan(rstats_quantile(one, 0, 0.5)));
}

static void test_splitmix(void)
{
	/* Vigna's splitmix64 from state 0: the reference's first three outputs */
	uint64_t s = 0;
	CHECK(rstats_next(&s) == UINT64_C(0xe220a8397b1dcdaf));
	CHECK(rstats_next(&s) == UINT64_C(0x6e789e6aa1b965f4));
	CHECK(rstats_next(&s) == UINT64_C(0x06c45d188009454f));
}

static void test_bootstrap_exact(void)
{
	/* one unit: every replicate is that unit, rate 1000 * 3 / 200 = 15 */
	int64_t t1[] = { 200 }, h1[] = { 3 };
	double lo, hi;
	rstats_bootstrap(t1, h1, 1, 1, RSTATS_BOOT_REPLICATES, 42, &lo, &hi);
	CHECK(lo == 15 && hi == 15);

	/* two units of 100 tokens, rates 10 and 30 (measure 0) and 0 and 50
	 * (measure 1): a replicate is AA, AB or BB with probability 1/4, 1/2,
	 * 1/4, so about 250 of 1,000 replicates sit at each end; the 2.5% and
	 * 97.5% quantiles (order statistics 25-26 and 975-976) are the ends */
	int64_t t2[] = { 100, 100 }, h2[] = { 1, 0, 3, 5 };
	double lo2[2], hi2[2];
	rstats_bootstrap(t2, h2, 2, 2, RSTATS_BOOT_REPLICATES, 7, lo2, hi2);
	CHECK(lo2[0] == 10 && hi2[0] == 30);
	CHECK(lo2[1] == 0 && hi2[1] == 50);

	/* the same seed gives the same interval; n 0 gives NaN */
	double lo3[2], hi3[2];
	rstats_bootstrap(t2, h2, 2, 2, RSTATS_BOOT_REPLICATES, 7, lo3, hi3);
	CHECK(lo3[0] == lo2[0] && hi3[1] == hi2[1]);
	rstats_bootstrap(t2, h2, 0, 1, RSTATS_BOOT_REPLICATES, 7, &lo, &hi);
	CHECK(isnan(lo) && isnan(hi));

	/* units without tokens: every replicate's rate is 0, not NaN */
	int64_t t0[] = { 0, 0 }, h0[] = { 0, 0 };
	rstats_bootstrap(t0, h0, 2, 1, RSTATS_BOOT_REPLICATES, 1, &lo, &hi);
	CHECK(lo == 0 && hi == 0);
}

static void test_bootstrap_bounds(void)
{
	/* a pooled rate (sum of hits / sum of tokens) always lies between the
	 * smallest and largest unit rate: 1000 * {1/50, 2/80, 9/120, 0/40} =
	 * {20, 25, 75, 0} */
	int64_t t[] = { 50, 80, 120, 40 }, h[] = { 1, 2, 9, 0 };
	double lo, hi;
	rstats_bootstrap(t, h, 4, 1, RSTATS_BOOT_REPLICATES, 3, &lo, &hi);
	CHECK(lo >= 0 && lo <= hi && hi <= 75);
	/* the point estimate 1000 * 12 / 290 = 41.4 lies inside */
	CHECK(lo < 41.4 && hi > 41.4);
}

static void test_viridis(void)
{
	unsigned char rgb[3];
	rstats_viridis(0.0, rgb); /* matplotlib viridis starts at #440154 */
	CHECK(rgb[0] == 0x44 && rgb[1] == 0x01 && rgb[2] == 0x54);
	rstats_viridis(1.0, rgb); /* and ends at #fde725 */
	CHECK(rgb[0] == 0xfd && rgb[1] == 0xe7 && rgb[2] == 0x25);
	rstats_viridis(-3.0, rgb); /* clamped */
	CHECK(rgb[0] == 0x44 && rgb[2] == 0x54);
	CHECK(!rstats_dark_text((unsigned char[]){ 0x44, 0x01, 0x54 })); /* white on purple */
	CHECK(rstats_dark_text((unsigned char[]){ 0xfd, 0xe7, 0x25 }));  /* black on yellow */
	CHECK(rstats_dark_text((unsigned char[]){ 255, 255, 255 }));
	CHECK(!rstats_dark_text((unsigned char[]){ 0, 0, 0 }));
}

static void test_nice_step(void)
{
	/* 17 in <= 5 classes: 1 -> 17, 2 -> 9, 2.5 -> 7, 5 -> 4 classes */
	CHECK(rstats_nice_step(17, 5) == 5);
	/* 100 in <= 4: 20 -> 5 classes, 25 -> 4 */
	CHECK(rstats_nice_step(100, 4) == 25);
	/* 0.3 in <= 5: 0.05 -> 6 classes, 0.1 -> 3 */
	CHECK(fabs(rstats_nice_step(0.3, 5) - 0.1) < 1e-12);
	CHECK(rstats_nice_step(0, 5) == 1);
	CHECK(rstats_nice_step(-2, 5) == 1);
}

int main(void)
{
	RUN(test_quantile);
	RUN(test_splitmix);
	RUN(test_bootstrap_exact);
	RUN(test_bootstrap_bounds);
	RUN(test_viridis);
	RUN(test_nice_step);
	return th_done();
}
