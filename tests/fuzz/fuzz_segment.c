/* fuzz_segment.c - fuzz target for segment_parse (and meta_resolve without
 * metadata) over all three formats and several label rules.
 *
 * Input: byte 0 chooses the run; the rest is the file, made valid NFC
 * UTF-8 by decode_bytes as in a real run (binary rejects are skipped).
 *   bits 0-1: 0 plain text, 1 WebVTT, 2 SRT, 3 seg_detect_format
 *   bits 2-3: 0 the standard label rule, 1 a Role (Name) pattern,
 *             2 a pattern with group 1 and a named group, 3 the file's
 *             first line is the pattern (the rest is the text)
 * The standard rule knows two role values; findings are collected.
 * Invariants: findings sorted by line, within the input, with a text;
 * speaker indexes in range, every speaker has a turn and
 * speakers appear in order of first turn, labels unique and trimmed,
 * lines non-decreasing and within the input, texts NUL-terminated with
 * strlen == len, no line feed, valid UTF-8; attribute lists sorted.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "segment.h"
#include "decode.h"
#include "meta.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_NAME "fuzz_segment"
#include "fuzz_util.h"

/* The white space segment.c trims (segment.h / docs/input-formats.md). */
static bool is_space_cp(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\v' || cp == '\f' || cp == '\r' ||
	       cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) ||
	       cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
	       cp == 0x3000 || cp == 0xFEFF;
}

static uint32_t decode_at(const unsigned char *p, size_t k)
{
	if (k == 1)
		return p[0];
	uint32_t cp = p[0] & (0x7F >> k);
	for (size_t i = 1; i < k; i++)
		cp = (cp << 6) | (p[i] & 0x3F);
	return cp;
}

/* s[0..n) (valid UTF-8, n > 0) starts or ends with white space */
static bool padded(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t k = p[0] < 0x80 ? 1 : p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : 2;
	if (is_space_cp(decode_at(p, k)))
		return true;
	size_t b = n - 1;
	while (b > 0 && (p[b] & 0xC0) == 0x80)
		b--;
	return is_space_cp(decode_at(p + b, n - b));
}

static void check_kv(const struct kv_list *l)
{
	for (uint32_t i = 0; i < l->n; i++) {
		FUZZ_ASSERT(l->v[i].key && l->v[i].value);
		FUZZ_ASSERT(fuzz_valid_utf8(l->v[i].key, strlen(l->v[i].key), NULL));
		FUZZ_ASSERT(fuzz_valid_utf8(l->v[i].value, strlen(l->v[i].value), NULL));
		FUZZ_ASSERT(l->v[i].value[0] != '\0');
		FUZZ_ASSERT(!padded(l->v[i].value, strlen(l->v[i].value)));
		if (i)
			FUZZ_ASSERT(strcmp(l->v[i - 1].key, l->v[i].key) < 0);
	}
}

static struct seg_rules *fixed_rules[3];

static const char *const fixed_patterns[3] = {
	NULL,
	"^(?<role>[^(:]+) \\((?<speaker>[^)]+)\\): ",
	"^(\\w+)(?: \\[(?<Site>[^\\]]*)\\])? > ",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	unsigned ctl = data[0];
	data++;
	size--;

	struct arena a;
	struct lt_msgs msgs;
	struct lt_diag d;
	struct decoded dec;
	arena_init(&a);
	msgs_init(&msgs);
	if (decode_bytes(data, size, &a, &dec, &msgs, &d) < 0)
		goto out_arena;

	const char *text = dec.text;
	size_t len = dec.len;
	struct seg_rules *own = NULL, *r;
	unsigned rule = (ctl >> 2) & 3;
	if (rule == 3) {
		const char *nl = memchr(text, '\n', len);
		size_t plen = nl ? (size_t)(nl - text) : len;
		char *pat = malloc(plen + 1);
		memcpy(pat, text, plen);
		pat[plen] = '\0';
		if (seg_rules_new(&own, pat, &d) != LT_OK) {
			FUZZ_ASSERT(own == NULL);
			FUZZ_ASSERT(!strncmp(d.msg, "--speaker-pattern: ", 19));
			rule = 0;
		}
		free(pat);
		text += nl ? plen + 1 : plen;
		len -= nl ? plen + 1 : plen;
	}
	if (own) {
		r = own;
	} else {
		if (!fixed_rules[rule]) {
			static const char *const roles[] = { "Porter", "ward  clerk" };
			FUZZ_ASSERT(seg_rules_new(&fixed_rules[rule], fixed_patterns[rule], &d) == LT_OK);
			seg_rules_add_roles(fixed_rules[rule], roles, 2);
		}
		r = fixed_rules[rule];
	}
	struct rx_scratch *rs = rx_scratch_new(seg_rules_max_groups(r), 100000);

	enum doc_format fmt;
	switch (ctl & 3) {
	case 0: fmt = DOC_FORMAT_TEXT; break;
	case 1: fmt = DOC_FORMAT_VTT; break;
	case 2: fmt = DOC_FORMAT_SRT; break;
	default: fmt = seg_detect_format(NULL, text, len); break;
	}

	size_t n_lines = 1;
	for (size_t i = 0; i < len; i++)
		n_lines += text[i] == '\n';

	struct parsed_doc doc;
	struct seg_findings f = { NULL, 0 };
	struct seg_opts so = { NULL, &f };
	FUZZ_ASSERT(segment_parse_opts(r, rs, text, len, fmt, &so, &a, &doc, &msgs) == LT_OK);
	/* findings: in line order, lines within the input, a known kind and a text */
	for (uint32_t i = 0; i < f.n; i++) {
		FUZZ_ASSERT(f.v[i].line <= n_lines);
		FUZZ_ASSERT(!i || f.v[i - 1].line <= f.v[i].line);
		FUZZ_ASSERT(f.v[i].text && f.v[i].text[0]);
		FUZZ_ASSERT(strcmp(seg_finding_kind_name(f.v[i].kind), "?"));
	}
	FUZZ_ASSERT(doc.format == fmt);
	check_kv(&doc.attrs);
	if (fmt != DOC_FORMAT_TEXT)
		FUZZ_ASSERT(doc.attrs.n == 0);

	uint32_t *first = malloc((doc.n_speakers + 1) * sizeof(*first));
	for (uint32_t s = 0; s < doc.n_speakers; s++)
		first[s] = UINT32_MAX;
	uint32_t prev_line = 0;
	for (uint32_t t = 0; t < doc.n_turns; t++) {
		const struct turn *tu = &doc.turns[t];
		FUZZ_ASSERT(tu->speaker < doc.n_speakers);
		FUZZ_ASSERT(tu->line >= 1 && tu->line >= prev_line && tu->line <= n_lines);
		prev_line = tu->line;
		FUZZ_ASSERT(tu->text != NULL);
		FUZZ_ASSERT(tu->text[tu->len] == '\0');
		FUZZ_ASSERT(strlen(tu->text) == tu->len);
		FUZZ_ASSERT(!memchr(tu->text, '\n', tu->len));
		FUZZ_ASSERT(fuzz_valid_utf8(tu->text, tu->len, NULL));
		if (tu->len)
			FUZZ_ASSERT(!padded(tu->text, tu->len));
		if (first[tu->speaker] == UINT32_MAX)
			first[tu->speaker] = t;
	}
	for (uint32_t s = 0; s < doc.n_speakers; s++) {
		const struct speaker *sp = &doc.speakers[s];
		size_t ll = strlen(sp->label);
		FUZZ_ASSERT(first[s] != UINT32_MAX);
		if (s)
			FUZZ_ASSERT(first[s - 1] < first[s]);
		FUZZ_ASSERT(fuzz_valid_utf8(sp->label, ll, NULL));
		FUZZ_ASSERT(!memchr(sp->label, '\n', ll));
		if (ll)
			FUZZ_ASSERT(!padded(sp->label, ll));
		FUZZ_ASSERT(sp->interviewer_label == (ll && seg_is_interviewer_label(sp->label, ll)));
		check_kv(&sp->attrs);
		/* labels are unique; quadratic, so only for small documents */
		if (doc.n_speakers <= 64)
			for (uint32_t o = 0; o < s; o++)
				FUZZ_ASSERT(strcmp(doc.speakers[o].label, sp->label) != 0);
		struct kv_list res;
		bool iv;
		meta_resolve(NULL, "doc", &doc, s, &a, &res, &iv);
		check_kv(&res);
		if (iv)
			FUZZ_ASSERT(ll > 0);
	}
	free(first);
	rx_scratch_free(rs);
	seg_rules_free(own);
out_arena:
	msgs_release(&msgs);
	arena_release(&a);
	return 0;
}
