/* rx.h - our interface to PCRE2; rx.c is the only file that includes pcre2.h.
 *
 * A struct rx is compiled (and JIT-compiled when available) on the main
 * thread before any worker starts and is read-only afterwards. Each thread
 * matches with its own struct rx_scratch (match data, match context with
 * match/depth/heap limits, JIT stack), as PCRE2's MULTITHREADING section
 * requires. Patterns are UTF-8 with Unicode properties (PCRE2_UTF|PCRE2_UCP).
 * A struct rx and a struct rx_scratch are their creator's (rx_free,
 * rx_scratch_free); match results are offsets, nothing to free.
 */
#ifndef LT_RX_H
#define LT_RX_H

#include "lt.h"
#include "diag.h"

struct rx;
struct rx_scratch;

enum rx_flags {
	RX_CASELESS = 1 << 0,
	RX_ANCHORED = 1 << 1,  /* match only at the start offset */
	RX_MULTILINE = 1 << 2,
	RX_START_LIMIT = 1 << 3 /* rx_match_until may bound where a match starts */
};

/*
 * Compile pattern[0..len). On failure returns LT_EREGEX with d holding
 * PCRE2's message and the offset ("... at offset N"); *out is NULL.
 * Caller owns *out (rx_free).
 */
int rx_compile(struct rx **out, const char *pattern, size_t len, unsigned flags,
	       struct lt_diag *d);
void rx_free(struct rx *r); /* accepts NULL */

/* Number of capture groups. */
uint32_t rx_capture_count(const struct rx *r);
/*
 * Named groups: calls fn(name, group_number, ctx) for each, in name order.
 */
void rx_each_name(const struct rx *r,
		  void (*fn)(const char *name, uint32_t group, void *ctx), void *ctx);
/* Group number of 'name', or 0 if there is none. */
uint32_t rx_group_number(const struct rx *r, const char *name);

/*
 * Per-thread scratch for matching any pattern with up to max_groups
 * capture groups. match_limit bounds the work of one rx_match call
 * (0: the default, 10,000,000). Owned by one thread; caller frees.
 */
struct rx_scratch *rx_scratch_new(uint32_t max_groups, uint32_t match_limit);
void rx_scratch_free(struct rx_scratch *s); /* accepts NULL */

enum rx_result {
	RX_NOMATCH = 0,
	RX_MATCH = 1,
	RX_ELIMIT = -1, /* the match, depth or heap limit was hit */
	RX_EOTHER = -2  /* any other PCRE2 matching error */
};

/*
 * Match r against subject[0..len) starting at offset 'start'. subject must
 * be valid UTF-8 (checked by the caller: we pass PCRE2_NO_UTF_CHECK).
 * On RX_MATCH, ovector pairs are readable with rx_group().
 * 'retry_nonempty' asks for PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED: a
 * non-empty match at exactly 'start' (global matching after an empty one).
 */
int rx_match(const struct rx *r, struct rx_scratch *s, const char *subject,
	     size_t len, size_t start, bool retry_nonempty);
/*
 * rx_match, for a pattern compiled with RX_START_LIMIT, where no match
 * starts after offset last_start (PCRE2's offset limit: the search stops
 * there instead of trying every later start). SIZE_MAX: no bound.
 */
int rx_match_until(const struct rx *r, struct rx_scratch *s, const char *subject,
		   size_t len, size_t start, bool retry_nonempty, size_t last_start);

/* Byte span of group g of the last match; false if the group did not take part. */
bool rx_group(const struct rx_scratch *s, uint32_t g, size_t *begin, size_t *end);

/*
 * How the installed PCRE2 reads the brace text brace[0..len) (such as
 * "{,1}" or "{ 1 , 2 }") right after a literal character: PCRE2 10.43
 * made {,n} and spaces inside braces quantifiers, older versions read
 * them as literal text. Found by compiling and matching a probe pattern
 * (no JIT); any thread may call it.
 */
enum rx_brace {
	RX_BRACE_LITERAL,   /* literal text */
	RX_BRACE_OPTIONAL,  /* a quantifier whose minimum is 0 */
	RX_BRACE_REPEAT,    /* a quantifier whose minimum is at least 1 */
	RX_BRACE_UNKNOWN    /* none of these could be established */
};
enum rx_brace rx_brace_kind(const char *brace, size_t len);

/* "10.42 2022-12-11" */
const char *rx_version(void);

#endif /* LT_RX_H */
