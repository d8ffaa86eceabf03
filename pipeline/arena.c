/* arena.c - chained-block bump allocator (see arena.h). */
#include <stdalign.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "xalloc.h"
#include "banned.h"

#define ARENA_MIN_BLOCK (64u * 1024u)
#define ARENA_ALIGN (alignof(max_align_t))

struct arena_block {
	struct arena_block *prev;
	size_t size; /* usable bytes in data */
	size_t used;
	alignas(max_align_t) unsigned char data[];
};

#define ARENA_SPARE_MAX (16u * 1024u * 1024u)

void arena_init(struct arena *a)
{
	a->head = NULL;
	a->spare = NULL;
	a->held = 0;
}

static void free_blocks_until(struct arena *a, const struct arena_block *stop, bool keep)
{
	while (a->head && a->head != stop) {
		struct arena_block *b = a->head;
		a->head = b->prev;
		a->held -= b->size;
#ifndef LT_ARENA_DEBUG
		if (keep && b->size <= ARENA_SPARE_MAX &&
		    (!a->spare || a->spare->size < b->size)) {
			free(a->spare);
			a->spare = b;
			continue;
		}
#else
		(void)keep;
#endif
		free(b);
	}
}

void arena_release(struct arena *a)
{
	if (!a)
		return;
	free_blocks_until(a, NULL, false);
	free(a->spare);
	a->spare = NULL;
}

static size_t round_up(size_t n)
{
	return (n + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
}

void *arena_alloc(struct arena *a, size_t n)
{
	size_t need = round_up(n ? n : 1);
	if (need < n)
		need = SIZE_MAX; /* overflow: let xmalloc fail */
	struct arena_block *b = a->head;
#ifndef LT_ARENA_DEBUG
	if (b && b->size - b->used >= need) {
		void *p = b->data + b->used;
		b->used += need;
		return p;
	}
	size_t size = need > ARENA_MIN_BLOCK ? need : ARENA_MIN_BLOCK;
#else
	size_t size = n ? n : 1; /* exact size: ASan catches overruns */
	need = size;
#endif
	if (size > SIZE_MAX - sizeof(*b))
		size = SIZE_MAX - sizeof(*b);
	if (a->spare && a->spare->size >= size) {
		b = a->spare;
		a->spare = NULL;
		b->used = need;
		b->prev = a->head;
		a->head = b;
		a->held += b->size;
		return b->data;
	}
	b = xmalloc(sizeof(*b) + size);
	b->size = size;
	b->used = need;
	b->prev = a->head;
	a->head = b;
	a->held += size;
	return b->data;
}

void *arena_calloc(struct arena *a, size_t nmemb, size_t size)
{
	size_t n = xmul(nmemb, size);
	void *p = arena_alloc(a, n);
	memset(p, 0, n);
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void *arena_memdup(struct arena *a, const void *p, size_t n)
{
	void *q = arena_alloc(a, n);
	if (n)
		memcpy(q, p, n);
	return q;
}

struct arena_mark arena_mark(const struct arena *a)
{
	struct arena_mark m = { a->head, a->head ? a->head->used : 0 };
	return m;
}

void arena_reset(struct arena *a, struct arena_mark m)
{
	free_blocks_until(a, m.block, true);
	if (a->head)
		a->head->used = m.used;
}
