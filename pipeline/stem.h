/* stem.h - per-thread wrapper over libstemmer (Snowball). The only module
 * that includes libstemmer.h.
 *
 * A struct stemmer is owned by one thread (libstemmer objects are not
 * thread-safe). Results are "valid until the next call" (libstemmer's
 * rule): callers copy them out at once, normally into their word memo.
 */
#ifndef LT_STEM_H
#define LT_STEM_H

#include "lt.h"
#include "diag.h"

struct stemmer;

/*
 * A stemmer for 'lang' (a name from sb_stemmer_list(), e.g. "english",
 * or an ISO code libstemmer accepts such as "en"). Unknown names give
 * LT_EUSAGE with the list of valid names in d.
 */
int stemmer_new(struct stemmer **out, const char *lang, struct lt_diag *d);
void stemmer_free(struct stemmer *st); /* accepts NULL */

/*
 * Stem the folded word w[0..len) (UTF-8). Returns the stem and its length
 * in *out_len; valid until the next call on st. Words longer than
 * STEM_MAX_WORD bytes are returned unchanged.
 */
const char *stemmer_stem(struct stemmer *st, const char *w, size_t len, size_t *out_len);
#define STEM_MAX_WORD 512

/* NULL-terminated list of algorithm names (libstemmer's static array). */
const char **stemmer_languages(void);
/* Canonical algorithm name the stemmer was made for ("en" -> "english"). */
const char *stemmer_language(const struct stemmer *st);
/* libstemmer has no version API: the Debian package version we build against. */
const char *stemmer_version(void);

#endif /* LT_STEM_H */
