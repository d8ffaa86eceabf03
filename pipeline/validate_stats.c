/* validate_stats.c - validation statistics (see validate_stats.h). */
#include <math.h>

#include "validate_stats.h"
#include "banned.h"

#define VSTATS_MAX_VALUES 16

void vstats_wilson(uint64_t k, uint64_t n, double z, double *lo, double *hi)
{
	if (n == 0 || k > n) {
		*lo = *hi = NAN;
		return;
	}
	const double nn = (double)n, p = (double)k / nn, z2 = z * z;
	const double denom = 1.0 + z2 / nn;
	const double centre = (p + z2 / (2.0 * nn)) / denom;
	const double half = z / denom * sqrt(p * (1.0 - p) / nn + z2 / (4.0 * nn * nn));
	*lo = centre - half < 0.0 ? 0.0 : centre - half;
	*hi = centre + half > 1.0 ? 1.0 : centre + half;
	/* p = 0 or 1: one bound is exactly 0 or 1 in exact arithmetic */
	if (k == 0)
		*lo = 0.0;
	if (k == n)
		*hi = 1.0;
}

double vstats_ratio(uint64_t k, uint64_t n)
{
	return n ? (double)k / (double)n : NAN;
}

double vstats_f1(uint64_t tp, uint64_t fp, uint64_t fn)
{
	const uint64_t den = 2 * tp + fp + fn;
	return den ? 2.0 * (double)tp / (double)den : NAN;
}

double vstats_cohen_kappa(const int *a, const int *b, size_t n, int n_values)
{
	if (n_values < 1 || n_values > VSTATS_MAX_VALUES)
		return NAN;
	uint64_t na[VSTATS_MAX_VALUES] = { 0 }, nb[VSTATS_MAX_VALUES] = { 0 };
	uint64_t both = 0, same = 0;
	for (size_t i = 0; i < n; i++) {
		if (a[i] < 0 || b[i] < 0 || a[i] >= n_values || b[i] >= n_values)
			continue;
		both++;
		same += a[i] == b[i];
		na[a[i]]++;
		nb[b[i]]++;
	}
	if (both == 0)
		return NAN;
	const double nn = (double)both;
	double pe = 0.0;
	for (int v = 0; v < n_values; v++)
		pe += ((double)na[v] / nn) * ((double)nb[v] / nn);
	const double po = (double)same / nn;
	if (pe >= 1.0)
		return NAN;
	return (po - pe) / (1.0 - pe);
}

double vstats_alpha_nominal(const int *m, size_t n_units, size_t n_coders, int n_values)
{
	if (n_values < 1 || n_values > VSTATS_MAX_VALUES)
		return NAN;
	/* per value: pairable values n_c; off-diagonal coincidences summed */
	double nc[VSTATS_MAX_VALUES] = { 0 };
	double off = 0.0;
	for (size_t u = 0; u < n_units; u++) {
		const int *row = m + u * n_coders;
		uint64_t cnt[VSTATS_MAX_VALUES] = { 0 }, mu = 0;
		for (size_t c = 0; c < n_coders; c++)
			if (row[c] >= 0 && row[c] < n_values) {
				cnt[row[c]]++;
				mu++;
			}
		if (mu < 2)
			continue;
		/* ordered pairs of different values in the unit: mu^2 - sum cnt^2 */
		uint64_t same = 0;
		for (int v = 0; v < n_values; v++) {
			same += cnt[v] * cnt[v];
			nc[v] += (double)cnt[v];
		}
		off += (double)(mu * mu - same) / (double)(mu - 1);
	}
	double n = 0.0, sq = 0.0;
	for (int v = 0; v < n_values; v++) {
		n += nc[v];
		sq += nc[v] * nc[v];
	}
	const double expected = n * n - sq; /* sum_{c != k} n_c n_k */
	if (n < 2.0 || expected <= 0.0)
		return NAN;
	return 1.0 - (n - 1.0) * off / expected;
}
