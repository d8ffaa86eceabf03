/* rx.c - PCRE2 wrapper (see rx.h). The only file that includes pcre2.h.
 *
 * Memory for compiled patterns and match data comes from PCRE2's default
 * allocator (malloc); its failures are turned into our OOM exit.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rx.h"
#include "xalloc.h"
#include "banned.h"

struct rx {
	pcre2_code *code;
	bool jit;
	bool start_limit;   /* compiled with PCRE2_USE_OFFSET_LIMIT */
};

struct rx_scratch {
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jstack;
	uint32_t n_pairs;
};

#define RX_DEFAULT_MATCH_LIMIT 10000000u
#define RX_DEPTH_LIMIT 100000u
#define RX_HEAP_LIMIT_KIB (64u * 1024u)

int rx_compile(struct rx **out, const char *pattern, size_t len, unsigned flags,
	       struct lt_diag *d)
{
	*out = NULL;
	uint32_t opts = PCRE2_UTF | PCRE2_UCP;
	if (flags & RX_CASELESS)
		opts |= PCRE2_CASELESS;
	if (flags & RX_ANCHORED)
		opts |= PCRE2_ANCHORED;
	if (flags & RX_MULTILINE)
		opts |= PCRE2_MULTILINE;
	if (flags & RX_START_LIMIT)
		opts |= PCRE2_USE_OFFSET_LIMIT;
	int err = 0;
	PCRE2_SIZE off = 0;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, len, opts, &err, &off, NULL);
	if (!code) {
		PCRE2_UCHAR buf[256];
		if (pcre2_get_error_message(err, buf, sizeof(buf)) < 0)
			snprintf((char *)buf, sizeof(buf), "error %d", err);
		return lt_diag_set(d, LT_EREGEX, "%s at offset %zu", (const char *)buf,
				   (size_t)off);
	}
	struct rx *r = xcalloc(1, sizeof(*r));
	r->code = code;
	r->start_limit = (flags & RX_START_LIMIT) != 0;
	/* LEXTAB_PCRE2_JIT=0 turns JIT off: valgrind cannot follow JIT code
	 * and reports false errors in it (make valgrind-check sets it) */
	const char *jit = getenv("LEXTAB_PCRE2_JIT");
	r->jit = !(jit && strcmp(jit, "0") == 0) &&
		 pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
	*out = r;
	return LT_OK;
}

void rx_free(struct rx *r)
{
	if (!r)
		return;
	pcre2_code_free(r->code);
	free(r);
}

uint32_t rx_capture_count(const struct rx *r)
{
	uint32_t n = 0;
	pcre2_pattern_info(r->code, PCRE2_INFO_CAPTURECOUNT, &n);
	return n;
}

void rx_each_name(const struct rx *r,
		  void (*fn)(const char *name, uint32_t group, void *ctx), void *ctx)
{
	uint32_t count = 0, entry_size = 0;
	PCRE2_SPTR table = NULL;
	pcre2_pattern_info(r->code, PCRE2_INFO_NAMECOUNT, &count);
	if (!count)
		return;
	pcre2_pattern_info(r->code, PCRE2_INFO_NAMEENTRYSIZE, &entry_size);
	pcre2_pattern_info(r->code, PCRE2_INFO_NAMETABLE, &table);
	for (uint32_t i = 0; i < count; i++) {
		PCRE2_SPTR e = table + (size_t)i * entry_size;
		uint32_t group = ((uint32_t)e[0] << 8) | e[1];
		fn((const char *)(e + 2), group, ctx);
	}
}

uint32_t rx_group_number(const struct rx *r, const char *name)
{
	int n = pcre2_substring_number_from_name(r->code, (PCRE2_SPTR)name);
	return n > 0 ? (uint32_t)n : 0;
}

struct rx_scratch *rx_scratch_new(uint32_t max_groups, uint32_t match_limit)
{
	struct rx_scratch *s = xcalloc(1, sizeof(*s));
	s->n_pairs = max_groups + 1;
	s->md = pcre2_match_data_create(s->n_pairs, NULL);
	s->mctx = pcre2_match_context_create(NULL);
	if (!s->md || !s->mctx) {
		fprintf(stderr, "lextab: fatal: out of memory (PCRE2 match data)\n");
		abort();
	}
	pcre2_set_match_limit(s->mctx, match_limit ? match_limit : RX_DEFAULT_MATCH_LIMIT);
	pcre2_set_depth_limit(s->mctx, RX_DEPTH_LIMIT);
	pcre2_set_heap_limit(s->mctx, RX_HEAP_LIMIT_KIB);
	s->jstack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	if (s->jstack)
		pcre2_jit_stack_assign(s->mctx, NULL, s->jstack);
	return s;
}

void rx_scratch_free(struct rx_scratch *s)
{
	if (!s)
		return;
	pcre2_match_data_free(s->md);
	pcre2_match_context_free(s->mctx);
	pcre2_jit_stack_free(s->jstack);
	free(s);
}

int rx_match(const struct rx *r, struct rx_scratch *s, const char *subject,
	     size_t len, size_t start, bool retry_nonempty)
{
	return rx_match_until(r, s, subject, len, start, retry_nonempty, SIZE_MAX);
}

int rx_match_until(const struct rx *r, struct rx_scratch *s, const char *subject,
		   size_t len, size_t start, bool retry_nonempty, size_t last_start)
{
	uint32_t opts = PCRE2_NO_UTF_CHECK;
	if (retry_nonempty)
		opts |= PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED;
	bool limit = r->start_limit && last_start != SIZE_MAX;
	if (limit) {
		if (start > last_start)
			return RX_NOMATCH;
		pcre2_set_offset_limit(s->mctx, (PCRE2_SIZE)last_start);
	}
	int rc = pcre2_match(r->code, (PCRE2_SPTR)subject, len, start, opts, s->md, s->mctx);
	if (limit)
		pcre2_set_offset_limit(s->mctx, PCRE2_UNSET);
	if (rc >= 0)
		return RX_MATCH;
	switch (rc) {
	case PCRE2_ERROR_NOMATCH:
		return RX_NOMATCH;
	case PCRE2_ERROR_MATCHLIMIT:
	case PCRE2_ERROR_DEPTHLIMIT:
	case PCRE2_ERROR_HEAPLIMIT:
	case PCRE2_ERROR_JIT_STACKLIMIT:
		return RX_ELIMIT;
	case PCRE2_ERROR_NOMEMORY:
		fprintf(stderr, "lextab: fatal: out of memory (PCRE2 match)\n");
		abort();
	default:
		return RX_EOTHER;
	}
}

bool rx_group(const struct rx_scratch *s, uint32_t g, size_t *begin, size_t *end)
{
	if (g >= s->n_pairs || g >= pcre2_get_ovector_count(s->md))
		return false;
	const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(s->md);
	if (ov[2 * g] == PCRE2_UNSET)
		return false;
	*begin = ov[2 * g];
	*end = ov[2 * g + 1];
	return true;
}

/* does code match all of subject[0..len), with no limit to fear (tiny patterns) */
static bool probe_match(const pcre2_code *code, pcre2_match_data *md, const char *subject,
			size_t len)
{
	return pcre2_match(code, (PCRE2_SPTR)subject, len, 0, 0, md, NULL) >= 0;
}

enum rx_brace rx_brace_kind(const char *brace, size_t len)
{
	char pat[96], lit[80];
	if (len > 64)
		return RX_BRACE_UNKNOWN;
	/* \A x BRACE \z: "" matches when the minimum is 0, "x" BRACE when
	 * BRACE is literal text; a quantifier with a minimum >= 1 matches
	 * neither and has a minimum subject length of at least 1 */
	int pl = snprintf(pat, sizeof(pat), "\\Ax%.*s\\z", (int)len, brace);
	int ll = snprintf(lit, sizeof(lit), "x%.*s", (int)len, brace);
	int err = 0;
	PCRE2_SIZE off = 0;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)pat, (size_t)pl, PCRE2_UTF | PCRE2_UCP, &err,
					 &off, NULL);
	if (!code)
		return RX_BRACE_UNKNOWN;
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(code, NULL);
	if (!md) {
		fprintf(stderr, "lextab: fatal: out of memory (PCRE2 match data)\n");
		abort();
	}
	enum rx_brace k = RX_BRACE_UNKNOWN;
	uint32_t minlen = 0;
	if (probe_match(code, md, "", 0))
		k = RX_BRACE_OPTIONAL;
	else if (probe_match(code, md, lit, (size_t)ll))
		k = RX_BRACE_LITERAL;
	else if (pcre2_pattern_info(code, PCRE2_INFO_MINLENGTH, &minlen) == 0 && minlen >= 1)
		k = RX_BRACE_REPEAT;
	pcre2_match_data_free(md);
	pcre2_code_free(code);
	return k;
}

const char *rx_version(void)
{
	static char buf[64];
	/* written once; every call writes the same bytes */
	if (!buf[0])
		pcre2_config(PCRE2_CONFIG_VERSION, buf);
	return buf;
}
