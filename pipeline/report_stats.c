/* report_stats.c - bootstrap intervals and colour scales (report_stats.h). */
#include <math.h>
#include <stdlib.h>

#include "report_stats.h"
#include "xalloc.h"
#include "banned.h"

uint64_t rstats_next(uint64_t *state)
{
	uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

double rstats_quantile(double *v, size_t n, double p)
{
	if (n == 0)
		return NAN;
	lt_qsort(v, n, sizeof(*v), cmp_double);
	double h = (double)(n - 1) * p;
	size_t i = (size_t)floor(h);
	if (i + 1 >= n)
		return v[n - 1];
	return v[i] + (h - (double)i) * (v[i + 1] - v[i]);
}

/* uniform in [0, n) without modulo bias worth measuring: Lemire's
 * multiply-shift on the high 32 bits (n < 2^32 units per group) */
static size_t draw(uint64_t *state, size_t n)
{
	uint64_t r = rstats_next(state) >> 32;
	return (size_t)((r * (uint64_t)n) >> 32);
}

void rstats_bootstrap(const int64_t *tokens, const int64_t *hits, size_t n, size_t n_rates,
		      uint32_t replicates, uint64_t seed, double *lo, double *hi)
{
	if (n == 0 || replicates == 0) {
		for (size_t k = 0; k < n_rates; k++)
			lo[k] = hi[k] = NAN;
		return;
	}
	double *rep = xcalloc(xmul(replicates, n_rates ? n_rates : 1), sizeof(double));
	int64_t *sum = xcalloc(n_rates ? n_rates : 1, sizeof(int64_t));
	uint64_t state = seed;
	for (uint32_t b = 0; b < replicates; b++) {
		int64_t tok = 0;
		for (size_t k = 0; k < n_rates; k++)
			sum[k] = 0;
		for (size_t i = 0; i < n; i++) {
			size_t u = draw(&state, n);
			tok += tokens[u];
			for (size_t k = 0; k < n_rates; k++)
				sum[k] += hits[u * n_rates + k];
		}
		for (size_t k = 0; k < n_rates; k++)
			rep[k * replicates + b] = tok > 0 ? 1000.0 * (double)sum[k] / (double)tok : 0.0;
	}
	for (size_t k = 0; k < n_rates; k++) {
		lo[k] = rstats_quantile(rep + k * replicates, replicates, 0.025);
		hi[k] = rstats_quantile(rep + k * replicates, replicates, 0.975);
	}
	free(sum);
	free(rep);
}

/* viridis at 0, 1/9, ..., 1 (R's viridisLite::viridis(10)) */
static const unsigned char viridis[10][3] = {
	{ 0x44, 0x01, 0x54 }, { 0x48, 0x28, 0x78 }, { 0x3E, 0x4A, 0x89 }, { 0x31, 0x68, 0x8E },
	{ 0x26, 0x82, 0x8E }, { 0x1F, 0x9E, 0x89 }, { 0x35, 0xB7, 0x79 }, { 0x6D, 0xCD, 0x59 },
	{ 0xB4, 0xDE, 0x2C }, { 0xFD, 0xE7, 0x25 }
};

void rstats_viridis(double t, unsigned char rgb[3])
{
	if (!(t > 0))
		t = 0;
	if (t > 1)
		t = 1;
	double x = t * 9.0;
	int i = (int)floor(x);
	if (i >= 9)
		i = 8;
	double f = x - i;
	for (int c = 0; c < 3; c++)
		rgb[c] = (unsigned char)lround(viridis[i][c] + f * (viridis[i + 1][c] - viridis[i][c]));
}

static double lin(unsigned char c)
{
	double s = c / 255.0;
	return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4);
}

bool rstats_dark_text(const unsigned char rgb[3])
{
	double l = 0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2]);
	return l > 0.179;
}

double rstats_nice_step(double max, unsigned max_classes)
{
	if (!(max > 0) || max_classes == 0)
		return 1;
	static const double m[] = { 1, 2, 2.5, 5 };
	double p = pow(10, floor(log10(max / max_classes)) - 1);
	for (;;) {
		for (size_t i = 0; i < LT_ARRAY_SIZE(m); i++) {
			double step = m[i] * p;
			if (ceil(max / step - 1e-9) <= max_classes)
				return step;
		}
		p *= 10;
	}
}
