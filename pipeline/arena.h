/* arena.h - chained-block bump allocator with mark/reset.
 *
 * Allocations are aligned to max_align_t and live until the arena is reset
 * past them or released. Blocks are at least 64 KiB; a larger request gets
 * a block of its own. With LT_ARENA_DEBUG (sanitizer builds) every
 * allocation is its own exactly-sized block, so AddressSanitizer sees
 * overruns and use after reset. An arena is owned by one thread.
 */
#ifndef LT_ARENA_H
#define LT_ARENA_H

#include "lt.h"

struct arena_block;

struct arena {
	struct arena_block *head; /* newest block */
	struct arena_block *spare;/* one freed block kept for reuse (not in debug builds) */
	size_t held;              /* bytes held in blocks, for memory reports */
};

struct arena_mark {
	struct arena_block *block;
	size_t used;
};

void arena_init(struct arena *a);
/* Frees every block. Accepts NULL. */
void arena_release(struct arena *a);

/* n bytes, aligned; never NULL (OOM is fatal). Borrowed until reset/release. */
void *arena_alloc(struct arena *a, size_t n);
/* Zeroed n * size bytes, overflow-checked. */
void *arena_calloc(struct arena *a, size_t nmemb, size_t size);
/* NUL-terminated copy of s[0..n). */
char *arena_strndup(struct arena *a, const char *s, size_t n);
/* Copy of n bytes. */
void *arena_memdup(struct arena *a, const void *p, size_t n);

struct arena_mark arena_mark(const struct arena *a);
/* Frees everything allocated since m (keeping one block of at most 16 MiB
 * for the next allocations, so a per-chunk reset does not return memory
 * to the system only to fault it back in). */
void arena_reset(struct arena *a, struct arena_mark m);

#endif /* LT_ARENA_H */
