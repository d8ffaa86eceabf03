/* report_stats.h - the statistics and colours of the HTML report: a
 * speaker-level percentile bootstrap of group rates, the viridis colour
 * scale and "nice" legend steps. Pure functions, no I/O; results go into
 * the caller's arrays (scratch memory is freed before returning);
 * thread-safe (called on the main thread by report_html.c).
 * Randomness is splitmix64 from a seed (no rand()), so the same input and
 * seed give the same intervals on every machine.
 */
#ifndef LT_REPORT_STATS_H
#define LT_REPORT_STATS_H

#include "lt.h"

#define RSTATS_BOOT_REPLICATES 1000

/*
 * Speaker-level bootstrap of the rate per 1,000 words of n_rates measures
 * at once, for one group of n units (speaker-in-document): each replicate
 * draws n units with replacement (uniform, from splitmix64 seeded with
 * 'seed'), and its rate k is 1000 * sum(hits[u * n_rates + k]) /
 * sum(tokens[u]) over the drawn units (0 when the drawn units have no
 * tokens). lo[k] and hi[k] are the 2.5% and 97.5% quantiles of the
 * replicates (linear interpolation between order statistics, R's type 7).
 * n == 0: lo and hi are NaN. The arithmetic is integer until the final
 * division, so results do not depend on summation order.
 */
void rstats_bootstrap(const int64_t *tokens, const int64_t *hits, size_t n, size_t n_rates,
		      uint32_t replicates, uint64_t seed, double *lo, double *hi);

/* The p-quantile (R type 7) of v[0..n), which is sorted in place; NaN for n 0. */
double rstats_quantile(double *v, size_t n, double p);

/* splitmix64: advances *state and returns the next number. */
uint64_t rstats_next(uint64_t *state);

/*
 * Viridis (the matplotlib colour map; perceptually uniform, readable with
 * the common colour-vision deficiencies and in grey) at t in [0, 1],
 * linearly interpolated between ten anchors: rgb[0..2] in 0..255.
 */
void rstats_viridis(double t, unsigned char rgb[3]);

/* true when black text reads better than white on this colour (WCAG
 * relative luminance above 0.179, the crossing of the two contrasts). */
bool rstats_dark_text(const unsigned char rgb[3]);

/*
 * A legend step for values 0..max in at most max_classes classes: the
 * smallest of 1, 2, 2.5, 5 x 10^k with ceil(max / step) <= max_classes.
 * max <= 0 gives 1.
 */
double rstats_nice_step(double max, unsigned max_classes);

#endif /* LT_REPORT_STATS_H */
