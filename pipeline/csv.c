/* csv.c - RFC 4180 reading and field writing (see csv.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "xalloc.h"
#include "banned.h"

void csv_init(struct csv_reader *r, const char *buf, size_t len, char delim)
{
	r->p = buf;
	r->end = buf + len;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		r->p += 3;
	r->line = 1;
	r->delim = delim;
}

char csv_detect_delim(const char *buf, size_t len)
{
	const char *p = buf, *end = buf + len;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	size_t n_comma = 0, n_semi = 0, n_tab = 0;
	bool quoted = false, any = false;
	for (; p < end; p++) {
		char c = *p;
		if (c == '"') {
			quoted = !quoted;
			any = true;
			continue;
		}
		if (quoted)
			continue;
		if (c == '\n' || c == '\r') {
			if (any)
				break;
			n_comma = n_semi = n_tab = 0; /* a blank line, or ",,," */
			continue;
		}
		n_comma += c == ',';
		n_semi += c == ';';
		n_tab += c == '\t';
		if (c != ' ' && c != '\t' && c != ',' && c != ';')
			any = true;
	}
	if (n_tab > n_comma && n_tab > n_semi)
		return '\t';
	if (n_semi > n_comma)
		return ';';
	return ',';
}

void csv_record_release(struct csv_record *rec)
{
	free(rec->f);
	rec->f = NULL;
	rec->n = rec->cap = 0;
}

static void add_field(struct csv_record *rec, const char *p, size_t n)
{
	if (rec->n == rec->cap) {
		rec->cap = rec->cap ? rec->cap * 2 : 16;
		rec->f = xrealloc(rec->f, xmul(rec->cap, sizeof(*rec->f)));
	}
	rec->f[rec->n].ptr = p;
	rec->f[rec->n].len = n;
	rec->n++;
}

/* Consume a line end at r->p if there is one; true if consumed. */
static bool eat_eol(struct csv_reader *r)
{
	if (r->p < r->end && *r->p == '\r') {
		r->p++;
		if (r->p < r->end && *r->p == '\n')
			r->p++;
		r->line++;
		return true;
	}
	if (r->p < r->end && *r->p == '\n') {
		r->p++;
		r->line++;
		return true;
	}
	return false;
}

int csv_next(struct csv_reader *r, struct csv_record *rec, struct arena *a,
	     struct lt_diag *d)
{
	rec->n = 0;
	rec->line = r->line;
	if (r->p >= r->end)
		return 0;
	for (;;) {
		if (r->p < r->end && *r->p == '"') {
			uint32_t open_line = r->line;
			const char *s = ++r->p;
			/* count the output length and find the end */
			size_t outlen = 0;
			bool escaped = false;
			const char *q = s;
			for (;;) {
				if (q >= r->end)
					return lt_diag_set(d, LT_EINPUT,
							   "%u: unterminated quoted field",
							   open_line);
				if (*q == '"') {
					if (q + 1 < r->end && q[1] == '"') {
						escaped = true;
						outlen++;
						q += 2;
						continue;
					}
					break;
				}
				if (*q == '\n' || (*q == '\r' && !(q + 1 < r->end && q[1] == '\n')))
					r->line++;
				outlen++;
				q++;
			}
			if (escaped) {
				char *o = arena_alloc(a, outlen + 1);
				size_t w = 0;
				for (const char *t = s; t < q; t++) {
					o[w++] = *t;
					if (*t == '"')
						t++;
				}
				o[w] = '\0';
				add_field(rec, o, w);
			} else {
				add_field(rec, s, (size_t)(q - s));
			}
			r->p = q + 1;
			if (r->p < r->end && *r->p == r->delim) {
				r->p++;
				continue;
			}
			if (r->p >= r->end || eat_eol(r))
				return 1;
			return lt_diag_set(d, LT_EINPUT,
					   "%u: unexpected text after a closing quote", r->line);
		}
		const char *s = r->p;
		while (r->p < r->end && *r->p != r->delim && *r->p != '\n' && *r->p != '\r')
			r->p++;
		add_field(rec, s, (size_t)(r->p - s));
		if (r->p < r->end && *r->p == r->delim) {
			r->p++;
			continue;
		}
		eat_eol(r);
		return 1;
	}
}

size_t csv_format_field(char *out, const char *s, size_t len, char delim, bool excel_safe)
{
	bool quote = false;
	bool guard = excel_safe && len > 0 &&
		     (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
		      s[0] == '\t' || s[0] == '\r');
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (c == delim || c == '"' || c == '\n' || c == '\r') {
			quote = true;
			break;
		}
	}
	if (len && (s[0] == ' ' || s[len - 1] == ' '))
		quote = true;
	size_t o = 0;
	if (quote)
		out[o++] = '"';
	if (guard)
		out[o++] = '\'';
	if (!quote) {
		memcpy(out + o, s, len);
		return o + len;
	}
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '"')
			out[o++] = '"';
		out[o++] = s[i];
	}
	out[o++] = '"';
	return o;
}

/*
 * Sign of t - m, where t = hi + lo exactly (hi the nearest double to t)
 * and m an integer-valued double: when hi differs from m, t lies on the
 * same side of m as hi does (m, representable, would be nearer to t).
 */
static int cmp_exact(double hi, double lo, double m)
{
	if (hi != m)
		return hi > m ? 1 : -1;
	return lo > 0 ? 1 : lo < 0 ? -1 : 0;
}

size_t csv_format_4dp(char *out, double v)
{
	double a = fabs(v);
	if (!(a < 274877906944.0)) { /* 2^38: a * 20000 stays below 2^53 */
		int k = snprintf(out, CSV_4DP_MAX, "%.4f", v);
		return k > 0 && k < CSV_4DP_MAX ? (size_t)k : 0;
	}
	/* k = a * 10^4 rounded half to even; c, from the rounded product, is
	 * off by at most one: decide by the exact 2a * 10^4 = hi + lo */
	double c = nearbyint(a * 10000.0);
	double hi = a * 20000.0, lo = fma(a, 20000.0, -hi);
	int64_t k = (int64_t)c;
	int up = cmp_exact(hi, lo, 2.0 * c + 1.0);    /* t vs k + 1/2 */
	int down = cmp_exact(hi, lo, 2.0 * c - 1.0);  /* t vs k - 1/2 */
	if (up > 0 || (up == 0 && (k & 1)))
		k++;
	else if (down < 0 || (down == 0 && (k & 1)))
		k--;
	char buf[32], *e = buf + sizeof(buf), *p = e;
	int64_t ip = k / 10000, fp = k % 10000;
	for (int i = 0; i < 4; i++) {
		*--p = (char)('0' + fp % 10);
		fp /= 10;
	}
	*--p = '.';
	do {
		*--p = (char)('0' + ip % 10);
		ip /= 10;
	} while (ip);
	if (signbit(v))
		*--p = '-';
	memcpy(out, p, (size_t)(e - p));
	return (size_t)(e - p);
}

void csv_write_field(FILE *f, const char *s, size_t len, char delim, bool excel_safe)
{
	char small[512];
	char *buf = CSV_FIELD_MAX(len) <= sizeof(small) ? small : xmalloc(CSV_FIELD_MAX(len));
	fwrite(buf, 1, csv_format_field(buf, s, len, delim, excel_safe), f);
	if (buf != small)
		free(buf);
}
