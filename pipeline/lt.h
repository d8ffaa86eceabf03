/* lt.h - shared basics: fixed-width types, the lt_str slice, status codes,
 * small macros. Included by every module; includes only libc headers.
 * Owns no memory (LT_VEC vectors are their holder's: lt_vec_release);
 * no state, so any thread.
 */
#ifndef LT_LT_H
#define LT_LT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define LT_VERSION "0.1.0"
/*
 * Version of the counting rules (DESIGN.md "Counting rules" as implemented
 * here). Bumped whenever a change could alter any count; recorded in every
 * database, and a change forces incremental runs to re-match everything.
 */
#define LT_RULES_VERSION 4

/* A borrowed byte slice; not NUL-terminated unless said so. */
typedef struct {
	const char *ptr;
	size_t len;
} lt_str;

#define LT_STR(lit) ((lt_str){ (lit), sizeof(lit) - 1 })

static inline lt_str lt_str_make(const char *p, size_t n)
{
	lt_str s = { p, n };
	return s;
}

static inline bool lt_str_eq(lt_str a, lt_str b)
{
	return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0);
}

static inline bool lt_str_eqz(lt_str a, const char *z)
{
	return lt_str_eq(a, lt_str_make(z, strlen(z)));
}

/* qsort that accepts an empty (possibly NULL) array: qsort(NULL, 0, ...)
 * is undefined behaviour. */
static inline void lt_qsort(void *base, size_t n, size_t size,
			    int (*cmp)(const void *, const void *))
{
	if (n > 1)
		qsort(base, n, size, cmp);
}

/* Status codes: 0 is success, failures are negative. */
enum lt_status {
	LT_OK = 0,
	LT_EIO = -1,      /* reading or writing a file failed */
	LT_EINPUT = -2,   /* an input was rejected (binary, undecodable...) */
	LT_ELEXICON = -3, /* a lexicon file is invalid */
	LT_EREGEX = -4,   /* a regular expression failed to compile */
	LT_ESQLITE = -5,  /* the database reported an error */
	LT_EUSAGE = -6,   /* bad option, argument or configuration */
	LT_ELOCK = -7,    /* another run holds the database lock */
	LT_ELIMIT = -8    /* a resource limit was hit (size, match limit) */
};

#define LT_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define LT_MIN(a, b) ((a) < (b) ? (a) : (b))
#define LT_MAX(a, b) ((a) > (b) ? (a) : (b))

#if defined(__GNUC__)
#define LT_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define LT_NORETURN __attribute__((noreturn))
#define LT_NOINLINE __attribute__((noinline)) /* a rare path kept out of a hot loop */
#define LT_LIKELY(x) __builtin_expect(!!(x), 1)
#define LT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define LT_PRINTF(f, a)
#define LT_NORETURN
#define LT_LIKELY(x) (x)
#define LT_UNLIKELY(x) (x)
#endif

/* Impossible state: print file and line, abort. */
LT_NORETURN void lt_bug(const char *file, int line, const char *msg);
#define LT_BUG(msg) lt_bug(__FILE__, __LINE__, (msg))

/* Forward a negative status. */
#define LT_TRY(expr)                 \
	do {                         \
		int lt_try_rc_ = (expr); \
		if (lt_try_rc_ < 0)      \
			return lt_try_rc_;   \
	} while (0)

/*
 * A growable array of T: LT_VEC(T) declares { T *v; size_t n, cap; }.
 * lt_vec_push grows it by doubling through xrealloc (OOM is fatal).
 */
#define LT_VEC(T)             \
	struct {              \
		T *v;         \
		size_t n, cap; \
	}

/* The one named vector type, for passing uint32 lists between functions. */
struct lt_u32vec {
	uint32_t *v;
	size_t n, cap;
};

void lt_vec_grow_(void **v, size_t *cap, size_t need, size_t elem);
#define lt_vec_reserve(vec, need) \
	lt_vec_grow_((void **)&(vec)->v, &(vec)->cap, (need), sizeof(*(vec)->v))
#define lt_vec_push(vec, x)                                      \
	do {                                                     \
		if ((vec)->n == (vec)->cap)                      \
			lt_vec_reserve((vec), (vec)->n + 1);     \
		(vec)->v[(vec)->n++] = (x);                      \
	} while (0)
#define lt_vec_release(vec)              \
	do {                             \
		free((vec)->v);          \
		(vec)->v = NULL;         \
		(vec)->n = (vec)->cap = 0; \
	} while (0)

#endif /* LT_LT_H */
