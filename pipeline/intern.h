/* intern.h - string interning: byte strings -> dense uint32 ids.
 *
 * Ids are given in insertion order from 0. Strings are copied into the
 * table's own arena and stay valid ("interned: never free") until
 * intern_release. Open addressing, power-of-two table, linear probing,
 * with the 32-bit hash stored so most probes skip the byte comparison.
 * Not thread-safe: each thread interns into its own table, or a table is
 * filled before the threads start and only read afterwards.
 */
#ifndef LT_INTERN_H
#define LT_INTERN_H

#include <string.h>

#include "lt.h"
#include "arena.h"

#define INTERN_NONE UINT32_MAX

/*
 * One slot is 32 bytes: keys of up to INTERN_INLINE bytes (nearly every
 * word) are stored in the slot itself, so a lookup usually reads one cache
 * line instead of following the id to the string.
 */
#define INTERN_INLINE 22

struct intern_slot {
	uint32_t hash;
	uint32_t id1;               /* id + 1; 0 = empty */
	uint16_t len;               /* key length, or UINT16_MAX when not inline */
	char inl[INTERN_INLINE];    /* the key when len != UINT16_MAX */
};

struct intern {
	struct intern_slot *slots;
	size_t mask;             /* slots - 1 */
	LT_VEC(lt_str) strs;     /* id -> interned string (NUL-terminated) */
	struct arena arena;
};

void intern_init(struct intern *t);
void intern_release(struct intern *t); /* accepts NULL */

/* Id of s, adding it if new. */
uint32_t intern_put(struct intern *t, const char *s, size_t len);
/* Id of s, or INTERN_NONE. */
uint32_t intern_find(const struct intern *t, const char *s, size_t len);
/* Like intern_find with a precomputed lt_hash32 of s. */
uint32_t intern_find_h(const struct intern *t, const char *s, size_t len, uint32_t h);
uint32_t intern_put_h(struct intern *t, const char *s, size_t len, uint32_t h);

static inline lt_str intern_str(const struct intern *t, uint32_t id)
{
	return t->strs.v[id];
}

static inline size_t intern_count(const struct intern *t)
{
	return t->strs.n;
}

/*
 * a[0..n) == b[0..n) for a short key, without a call: two overlapping
 * loads for 4 to 16 bytes, three bytes for 1 to 3 (first, middle, last
 * cover every position)
 */
static inline bool intern_same_bytes(const char *a, const char *b, size_t n)
{
	if (n > 16)
		return memcmp(a, b, n) == 0;
	if (n >= 8) {
		uint64_t x, y, u, v;
		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		memcpy(&u, a + n - 8, 8);
		memcpy(&v, b + n - 8, 8);
		return x == y && u == v;
	}
	if (n >= 4) {
		uint32_t x, y, u, v;
		memcpy(&x, a, 4);
		memcpy(&y, b, 4);
		memcpy(&u, a + n - 4, 4);
		memcpy(&v, b + n - 4, 4);
		return x == y && u == v;
	}
	return n == 0 || (a[0] == b[0] && a[n >> 1] == b[n >> 1] && a[n - 1] == b[n - 1]);
}

/*
 * intern_find_h inlined, for a caller's hot loop (the matcher's word memo:
 * one lookup per token). h is whatever hash the table's keys were put
 * with (intern_put_h): a table may use its own hash function, as long as
 * every key of it gets its hash from that one function.
 */
static inline uint32_t intern_get_h(const struct intern *t, const char *s, size_t len,
				    uint32_t h)
{
	size_t j = h & t->mask;
	for (;;) {
		const struct intern_slot *sl = &t->slots[j];
		if (!sl->id1)
			return INTERN_NONE;
		if (sl->hash == h) {
			if (sl->len != UINT16_MAX) {
				if (sl->len == len && intern_same_bytes(sl->inl, s, len))
					return sl->id1 - 1;
			} else {
				lt_str x = t->strs.v[sl->id1 - 1];
				if (x.len == len && memcmp(x.ptr, s, len) == 0)
					return sl->id1 - 1;
			}
		}
		j = (j + 1) & t->mask;
	}
}

/* Our string hash (not for adversarial keys: seeded with a constant). */
uint64_t lt_hash64(const void *p, size_t n);
static inline uint32_t lt_hash32(const void *p, size_t n)
{
	uint64_t h = lt_hash64(p, n);
	return (uint32_t)(h ^ (h >> 32));
}

#endif /* LT_INTERN_H */
