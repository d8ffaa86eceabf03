/* countkey.h - the counting key: everything that decides the counts of an
 * unchanged document (counting rules, lexicon content, stemmer language,
 * speaker pattern and per-file patterns, metadata content, --liwc, the built-in
 * negation word lists, and the versions of the
 * libraries that decide matches: PCRE2, libstemmer, utf8proc and its
 * Unicode version). An incremental run whose key
 * differs from the stored one re-matches everything; merge accepts only
 * shards with one key. Built, stored (as text in meta.counting_key),
 * parsed and compared here only. A struct countkey owns its strings
 * (countkey_release). Pure values: any thread (run and merge use it on
 * the main thread).
 */
#ifndef LT_COUNTKEY_H
#define LT_COUNTKEY_H

#include "lt.h"

enum countkey_field {
	CK_RULES = 0,        /* LT_RULES_VERSION */
	CK_LEXICONS,         /* lexicon_hash(), 16 hex digits */
	CK_LANG,             /* canonical stemmer language */
	CK_SPEAKER_PATTERN,  /* --speaker-pattern, "" for the default rule */
	CK_META,             /* metadata content hash, or "none" */
	CK_LIWC,             /* "1" with --liwc, else "0" */
	CK_PCRE2,            /* PCRE2 version (regex semantics) */
	CK_STEMMER,          /* libstemmer package version (Snowball algorithms) */
	CK_UTF8PROC,         /* utf8proc version (NFC, case folding, classes) */
	CK_UNICODE,          /* the Unicode version utf8proc implements */
	CK_NEGATION,         /* lexicon_negation_hash(): the built-in negation lists, 16 hex digits */
	CK_PATTERN_FOR,      /* --speaker-pattern-for list: "N:HASH"; absent when none,
			      * so keys without one stay as older lextabs wrote them */
	CK_N
};

/* One value per field, each malloc'd and owned by the key; NULL: the
 * field is absent (a key stored by an older lextab). */
struct countkey {
	char *v[CK_N];
};

/* The inputs a key is built from; borrowed. */
struct countkey_src {
	uint64_t lexicon_hash;
	const char *lang;
	const char *speaker_pattern;   /* NULL: the default rule */
	const char *meta_hash;         /* NULL: no --meta */
	bool liwc;
	const char *pcre2, *stemmer, *utf8proc; /* library versions ("" unknown) */
	const char *pattern_for;       /* NULL: no --speaker-pattern-for */
};

/* The key of this build of lextab for 'src' (the Unicode version is
 * asked of utf8proc here). Caller releases. */
void countkey_build(struct countkey *k, const struct countkey_src *src);
/* The stored text form: "rules=1;lexicons=...;...". Caller frees. */
char *countkey_format(const struct countkey *k);
/*
 * Parse a stored key. A field not found is left NULL (an older key); the
 * speaker pattern may hold ';', so the fields after it are read from the
 * end. Caller releases.
 */
void countkey_parse(struct countkey *k, const char *text);
/* Are a and b the same key (an absent field equals only an absent one)? */
bool countkey_equal(const struct countkey *a, const struct countkey *b);
/*
 * The fields that differ, "name 'a-value'SEP'b-value'" joined by ", "
 * (absent values as "(none)"), e.g. with sep " -> ":
 * "lang 'english' -> 'german'". Caller frees; "" when equal.
 */
char *countkey_diff(const struct countkey *a, const struct countkey *b, const char *sep);
/* The field's name as it appears in the text form. */
const char *countkey_name(enum countkey_field f);
void countkey_release(struct countkey *k); /* accepts NULL */

#endif /* LT_COUNTKEY_H */
