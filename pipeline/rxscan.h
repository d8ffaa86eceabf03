/* rxscan.h - what every match of a lexicon regex must contain, read from
 * the pattern text: the regex prefilter of docs/counting-rules.md.
 *
 * Two analyses of a PCRE2 pattern (as written between the slashes, UTF and
 * UCP on, no other option): its *prefilter*, literals in conjunctive
 * normal form that every match contains, and its *lead literals*, one of
 * which every match starts with. Both are necessary conditions only: a
 * construct the analysis does not understand makes a claim weaker or
 * absent ("no prefilter": the regex runs on every turn), never wrong.
 * Brace syntax that differs between PCRE2 versions ({,n}, { n , m }) is
 * decided by asking the installed PCRE2 (rx_brace_kind).
 *
 * Owns nothing between calls: results are caller-owned or point into the
 * pattern. Threads: every function is reentrant and may be called from any
 * thread; lextab calls them on the main thread from lexicon_finish.
 */
#ifndef LT_RXSCAN_H
#define LT_RXSCAN_H

#include "lt.h"
#include "rx.h"

#define RXSCAN_MAX_CLAUSES 4   /* clauses a prefilter keeps */
#define RXSCAN_MAX_LEAD 64     /* lead literals a pattern may have */

/*
 * How a brace {...} right after an atom is read: given the brace text
 * ("{,1}", len 4), one of enum rx_brace. rx_brace_kind asks the installed
 * PCRE2; tests pass their own to check the analysis under another PCRE2.
 */
typedef enum rx_brace (*rxscan_brace_fn)(const char *brace, size_t len);

/*
 * A prefilter in conjunctive normal form: clause i holds clause_n[i]
 * literals, stored one clause after another in lits. A match is possible
 * only if every clause has a literal inside some token's folded form.
 * Every literal is a run of [a-z0-9] at least 2 bytes long. Clauses are
 * sorted most selective first (longest shortest literal, word literals
 * first). n_clauses 0: no prefilter.
 */
struct rxscan_cnf {
	char **lits;                          /* caller owns: rxscan_cnf_release */
	size_t n_lits;
	uint16_t clause_n[RXSCAN_MAX_CLAUSES];
	size_t n_clauses;
};

/*
 * The prefilter of pattern pat[0..len) (no slashes). brace: how to read
 * version-dependent braces, NULL for rx_brace_kind. Never fails: a pattern
 * not understood gets n_clauses 0. Release out with rxscan_cnf_release.
 */
void rxscan_prefilter(const char *pat, size_t len, rxscan_brace_fn brace,
		      struct rxscan_cnf *out);
void rxscan_cnf_release(struct rxscan_cnf *c); /* accepts NULL */

/*
 * Lead literals of pat[0..len): runs of [a-z0-9] one of which every match
 * begins with (`\b(?:said|told)\s+...` gives "said", "told"), in pattern
 * order without duplicates. Writes up to RXSCAN_MAX_LEAD slices into out
 * (borrowed: they point into pat) and returns how many; 0 when the pattern
 * has no such shape.
 */
size_t rxscan_lead(const char *pat, size_t len, lt_str out[RXSCAN_MAX_LEAD]);

/*
 * The most separate runs of white space (rxscan_is_ws) a match of
 * pat[0..len) can touch, or RXSCAN_WS_UNKNOWN (unbounded, or a construct
 * not read): `\b\w+'s\s+roles?\b` gives 1, `(?:\w+\s+){0,4}on` 4,
 * `[^.?!]{0,80}\?` 80, `.*` unknown. A match touching more runs than this
 * does not exist, so none starts before the (bound + 1)-th run of white
 * space before a token it must contain. brace as for rxscan_prefilter.
 */
#define RXSCAN_WS_UNKNOWN UINT32_MAX
uint32_t rxscan_ws_runs(const char *pat, size_t len, rxscan_brace_fn brace);
/* The characters \s, \h, \v and \R match (UTF and UCP on), U+180E
 * included: white space for rxscan_ws_runs. */
bool rxscan_is_ws(uint32_t c);

/*
 * True when NUL-terminated pat has an upper-case ASCII letter that is
 * literal text (escapes, group names and braces skipped): it can never
 * match the case-folded turn (`lextab lexicon check` warns).
 */
bool rxscan_has_upper_literal(const char *pat);

#endif /* LT_RXSCAN_H */
