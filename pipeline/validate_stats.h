/* validate_stats.h - the statistics of `lextab validate score`: Wilson
 * score intervals, precision/recall/F1, Cohen's kappa and Krippendorff's
 * alpha (nominal). Pure functions on plain arrays; no allocation except
 * where stated; thread-safe. The formulas are written out in
 * docs/validation.md ("What each figure means").
 *
 * An undefined figure (0 of 0, no variation between coders) is NaN; the
 * writers print NaN as an empty cell.
 */
#ifndef LT_VALIDATE_STATS_H
#define LT_VALIDATE_STATS_H

#include "lt.h"

/* z for a two-sided 95% interval: the 0.975 quantile of the normal. */
#define VSTATS_Z95 1.959963984540054

/*
 * Wilson score interval for k successes in n trials at z:
 *   centre = (p + z^2/2n) / (1 + z^2/n),
 *   half   = z / (1 + z^2/n) * sqrt(p(1-p)/n + z^2/4n^2),  p = k/n.
 * Sets *lo and *hi (clamped to [0, 1]); both NaN when n is 0.
 */
void vstats_wilson(uint64_t k, uint64_t n, double z, double *lo, double *hi);

/* k / n, NaN when n is 0. */
double vstats_ratio(uint64_t k, uint64_t n);

/* F1 = 2 tp / (2 tp + fp + fn), the harmonic mean of precision and
 * recall; NaN when tp + fp + fn is 0. */
double vstats_f1(uint64_t tp, uint64_t fp, uint64_t fn);

/*
 * Cohen's kappa of two coders over n units; a[i], b[i] are values in
 * [0, n_values), or -1 for missing (the unit is then left out).
 * kappa = (p_o - p_e) / (1 - p_e), p_o the share of units coded alike,
 * p_e = sum over values of the product of the two coders' shares.
 * NaN when fewer than one unit is coded by both, or p_e is 1 (both coders
 * used one and the same value throughout: agreement cannot be told from
 * chance). n_values at most 16.
 */
double vstats_cohen_kappa(const int *a, const int *b, size_t n, int n_values);

/*
 * Krippendorff's alpha for nominal data, any number of coders, missing
 * values allowed. m is a units x coders matrix, row-major: m[u * n_coders
 * + c] in [0, n_values) or -1 for missing. Units with fewer than two
 * values are not pairable and are left out. With the coincidence matrix
 * o[c][k] = sum over units of (pairs of values c,k in the unit) / (m_u - 1),
 * n_c its margins and n their sum:
 *   alpha = 1 - (n - 1) * sum_{c != k} o[c][k] / sum_{c != k} n_c n_k.
 * NaN when no unit is pairable or only one value occurs (no expected
 * disagreement). n_values at most 16.
 */
double vstats_alpha_nominal(const int *m, size_t n_units, size_t n_coders, int n_values);

#endif /* LT_VALIDATE_STATS_H */
