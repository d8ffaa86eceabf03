/* intern.c - string interning table (see intern.h). */
#include <stdlib.h>
#include <string.h>

#include "intern.h"
#include "xalloc.h"
#include "banned.h"

/* little-endian loads on every machine, so hashes (and --shard) agree
 * across architectures */
static inline uint64_t rd64(const unsigned char *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap64(v);
#endif
	return v;
}

static inline uint64_t mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h;
}

static inline uint32_t rd32(const unsigned char *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap32(v);
#endif
	return v;
}

/*
 * Word-at-a-time multiply/rotate hash with a murmur3 finaliser. The tail
 * (and any key of 1-8 bytes, which is most words) is read with at most two
 * overlapping loads instead of byte by byte.
 */
uint64_t lt_hash64(const void *data, size_t n)
{
	const unsigned char *p = data;
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ (n * 0x100000001b3ULL);
	size_t len = n;
	while (n > 8) {
		h ^= rd64(p) * 0x87c37b91114253d5ULL;
		h = (h << 31 | h >> 33) * 0x4cf5ad432745937fULL;
		p += 8;
		n -= 8;
	}
	uint64_t t;
	if (n >= 4)
		t = ((uint64_t)rd32(p) << 32) | rd32(p + n - 4);
	else if (n > 0)
		t = ((uint64_t)p[0] << 16) | ((uint64_t)p[n >> 1] << 8) | p[n - 1];
	else
		t = 0;
	(void)len;
	h ^= t * 0x87c37b91114253d5ULL;
	return mix(h);
}

void intern_init(struct intern *t)
{
	t->mask = 63;
	t->slots = xcalloc(t->mask + 1, sizeof(*t->slots));
	t->strs.v = NULL;
	t->strs.n = t->strs.cap = 0;
	arena_init(&t->arena);
}

void intern_release(struct intern *t)
{
	if (!t)
		return;
	free(t->slots);
	t->slots = NULL;
	lt_vec_release(&t->strs);
	arena_release(&t->arena);
}

static void grow(struct intern *t)
{
	size_t nmask = t->mask * 2 + 1;
	struct intern_slot *ns = xcalloc(nmask + 1, sizeof(*ns));
	for (size_t i = 0; i <= t->mask; i++) {
		struct intern_slot s = t->slots[i];
		if (!s.id1)
			continue;
		size_t j = s.hash & nmask;
		while (ns[j].id1)
			j = (j + 1) & nmask;
		ns[j] = s;
	}
	free(t->slots);
	t->slots = ns;
	t->mask = nmask;
}

static inline bool slot_is(const struct intern *t, const struct intern_slot *sl, const char *s,
			   size_t len, uint32_t h)
{
	if (sl->hash != h)
		return false;
	if (sl->len != UINT16_MAX)
		return sl->len == len && intern_same_bytes(sl->inl, s, len);
	lt_str x = t->strs.v[sl->id1 - 1];
	return x.len == len && memcmp(x.ptr, s, len) == 0;
}

uint32_t intern_find_h(const struct intern *t, const char *s, size_t len, uint32_t h)
{
	return intern_get_h(t, s, len, h);
}

uint32_t intern_find(const struct intern *t, const char *s, size_t len)
{
	return intern_find_h(t, s, len, lt_hash32(s, len));
}

uint32_t intern_put_h(struct intern *t, const char *s, size_t len, uint32_t h)
{
	size_t j = h & t->mask;
	for (;;) {
		const struct intern_slot *sl = &t->slots[j];
		if (!sl->id1)
			break;
		if (slot_is(t, sl, s, len, h))
			return sl->id1 - 1;
		j = (j + 1) & t->mask;
	}
	if (t->strs.n >= UINT32_MAX - 1)
		LT_BUG("intern table full");
	uint32_t id = (uint32_t)t->strs.n;
	lt_str copy = { arena_strndup(&t->arena, s, len), len };
	lt_vec_push(&t->strs, copy);
	struct intern_slot *sl = &t->slots[j];
	sl->hash = h;
	sl->id1 = id + 1;
	if (len <= INTERN_INLINE) {
		sl->len = (uint16_t)len;
		memcpy(sl->inl, s, len);
	} else {
		sl->len = UINT16_MAX;
	}
	/* keep the load factor under 1/2 */
	if (t->strs.n * 2 > t->mask)
		grow(t);
	return id;
}

uint32_t intern_put(struct intern *t, const char *s, size_t len)
{
	return intern_put_h(t, s, len, lt_hash32(s, len));
}
