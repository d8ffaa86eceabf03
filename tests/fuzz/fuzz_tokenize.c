/* fuzz_tokenize.c - fuzz target for tokenize and tokenize_fold.
 *
 * The input is decoded first (decode_bytes, as a real run does), so the
 * tokenizer sees valid NFC UTF-8; each line is one turn. The tokens are
 * checked against an independent reading of docs/counting-rules.md
 * section 2, with utf8proc categories as the oracle:
 *   - count within tokenize_max_tokens; word left 0;
 *   - every token inside the text, non-empty, on code point boundaries,
 *     in increasing order, not touching the previous one;
 *   - the tokens equal those of a reference tokenizer written from the
 *     rules: a maximal run of letters, numbers and marks that starts with
 *     a letter or number, an apostrophe (' or U+2019) staying inside when
 *     the token goes on with a letter or number right after it;
 *   - every code point of a token is a letter, number or mark, or such an
 *     apostrophe; it starts with a letter or number; the code point after
 *     it is neither a letter, number or mark nor a kept apostrophe;
 *   - every letter or number of the text lies in some token;
 *   - clause = the number of clause characters (. , ; : ? ! ( ) [ ] { }
 *     U+2026) before the token, so clauses never decrease;
 *   - tokenize_fold of each token: valid UTF-8, no U+2019, no ASCII
 *     upper case, idempotent (folding a folded token changes nothing).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "decode.h"
#include "tokenize.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_NAME "fuzz_tokenize"
#include "fuzz_util.h"

/* Decode one code point of valid UTF-8 at s[i]; returns its length. */
static size_t cp_at(const unsigned char *s, size_t i, uint32_t *cp)
{
	unsigned c = s[i];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c < 0xE0) {
		*cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
		return 2;
	}
	if (c < 0xF0) {
		*cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
		return 3;
	}
	*cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) |
	      (s[i + 3] & 0x3Fu);
	return 4;
}

static bool is_ln(uint32_t cp)
{
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
		return true;
	default:
		return false;
	}
}

static bool is_mark(uint32_t cp)
{
	utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
	return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

static bool is_tokchar(uint32_t cp)
{
	return is_ln(cp) || is_mark(cp);
}

static bool is_apos(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019;
}

static bool is_clause(uint32_t cp)
{
	return (cp < 0x80 && cp && strchr(".,;:?!()[]{}", (int)cp)) || cp == 0x2026;
}

/* The rules of counting-rules.md section 2, code point by code point. */
static size_t ref_tokenize(const unsigned char *s, size_t len, struct token *out)
{
	size_t n = 0, i = 0;
	uint32_t clause = 0, start = 0;
	bool in_tok = false;
	while (i < len) {
		uint32_t cp;
		size_t k = cp_at(s, i, &cp);
		bool keep = false;
		if (is_ln(cp)) {
			if (!in_tok) {
				in_tok = true;
				start = (uint32_t)i;
			}
			keep = true;
		} else if (is_mark(cp)) {
			keep = in_tok;
		} else if (is_apos(cp) && in_tok && i + k < len) {
			uint32_t nx;
			cp_at(s, i + k, &nx);
			keep = is_ln(nx);
		}
		if (!keep && in_tok) {
			struct token t = { start, (uint32_t)(i - start), clause, 0 };
			out[n++] = t;
			in_tok = false;
		}
		if (!keep && is_clause(cp))
			clause++;
		i += k;
	}
	if (in_tok) {
		struct token t = { start, (uint32_t)(len - start), clause, 0 };
		out[n++] = t;
	}
	return n;
}

static void check_turn(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t max = tokenize_max_tokens(len);
	struct token *t = malloc((max + 1) * sizeof(*t));
	size_t n = tokenize(text, len, t);
	FUZZ_ASSERT(n <= max);
	struct token *r = malloc((max + 1) * sizeof(*r));
	size_t nr = ref_tokenize(s, len, r);
	FUZZ_ASSERT(nr == n);
	for (size_t i = 0; i < n; i++)
		FUZZ_ASSERT(r[i].start == t[i].start && r[i].len == t[i].len &&
			    r[i].clause == t[i].clause);
	free(r);

	/* code point starts, the class of each byte's code point, clause counts */
	unsigned char *start = calloc(len + 1, 1);
	uint32_t *cps = calloc(len + 1, sizeof(uint32_t));
	uint32_t *clause_before = calloc(len + 1, sizeof(uint32_t));
	unsigned char *covered = calloc(len + 1, 1);
	uint32_t nclause = 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t k = cp_at(s, i, &cp);
		FUZZ_ASSERT(i + k <= len);
		start[i] = 1;
		for (size_t j = 0; j < k; j++) {
			cps[i + j] = cp;
			clause_before[i + j] = nclause;
		}
		if (is_clause(cp))
			nclause++;
		i += k;
	}
	start[len] = 1;
	clause_before[len] = nclause;

	for (size_t i = 0; i < n; i++) {
		const struct token *k = &t[i];
		FUZZ_ASSERT(k->word == 0);
		FUZZ_ASSERT(k->len > 0);
		FUZZ_ASSERT((size_t)k->start + k->len <= len);
		FUZZ_ASSERT(start[k->start] && start[k->start + k->len]);
		if (i) {
			/* increasing, and separated by at least one code point */
			FUZZ_ASSERT(t[i - 1].start + t[i - 1].len < k->start);
			FUZZ_ASSERT(t[i - 1].clause <= k->clause);
		}
		FUZZ_ASSERT(k->clause == clause_before[k->start]);
		/* each code point of the token */
		for (size_t b = k->start; b < (size_t)k->start + k->len;) {
			uint32_t cp;
			size_t w = cp_at(s, b, &cp);
			if (!is_tokchar(cp)) {
				FUZZ_ASSERT(is_apos(cp));
				FUZZ_ASSERT(b > k->start);
				FUZZ_ASSERT(b + w < (size_t)k->start + k->len);
				uint32_t nx;
				cp_at(s, b + w, &nx);
				FUZZ_ASSERT(is_ln(nx));
			} else {
				FUZZ_ASSERT(!is_clause(cp));
			}
			for (size_t j = 0; j < w; j++)
				covered[b + j] = 1;
			b += w;
		}
		FUZZ_ASSERT(is_ln(cps[k->start]));
		/* maximal on the left: no letter or number right before it */
		if (k->start > 0) {
			size_t p = k->start - 1;
			while (!start[p])
				p--;
			FUZZ_ASSERT(!is_ln(cps[p]));
		}
		/* maximal on the right */
		size_t e = (size_t)k->start + k->len;
		if (e < len) {
			uint32_t cp = cps[e];
			FUZZ_ASSERT(!is_tokchar(cp));
			if (is_apos(cp)) {
				size_t w = cp_at(s, e, &cp);
				if (e + w < len) {
					uint32_t nx;
					cp_at(s, e + w, &nx);
					FUZZ_ASSERT(!is_ln(nx));
				}
			}
		}
		/* folding */
		size_t flen = 0;
		char *f = tokenize_fold(text + k->start, k->len, &flen);
		FUZZ_ASSERT(f != NULL && f[flen] == '\0' && strlen(f) == flen);
		FUZZ_ASSERT(fuzz_valid_utf8((const unsigned char *)f, flen, NULL));
		FUZZ_ASSERT(!strstr(f, "\xE2\x80\x99"));
		for (size_t j = 0; j < flen; j++)
			FUZZ_ASSERT(!(f[j] >= 'A' && f[j] <= 'Z'));
		size_t flen2 = 0;
		char *f2 = tokenize_fold(f, flen, &flen2);
		FUZZ_ASSERT(flen2 == flen && memcmp(f, f2, flen) == 0);
		free(f2);
		free(f);
	}
	/* every letter and number is in a token */
	for (size_t i = 0; i < len; i++)
		if (start[i] && is_ln(cps[i]))
			FUZZ_ASSERT(covered[i]);
	free(covered);
	free(clause_before);
	free(cps);
	free(start);
	free(t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct lt_msgs msgs;
	struct lt_diag d;
	struct decoded dec;
	arena_init(&a);
	msgs_init(&msgs);
	if (decode_bytes(data, size, &a, &dec, &msgs, &d) == LT_OK) {
		/* the whole text, then each line as its own turn */
		check_turn(dec.text, dec.len);
		const char *p = dec.text, *end = dec.text + dec.len;
		while (p < end) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
			check_turn(p, n);
			p += n + 1;
		}
	}
	msgs_release(&msgs);
	arena_release(&a);
	return 0;
}
