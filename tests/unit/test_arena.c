/* test_arena.c - unit tests for arena.c: alignment, large allocations,
 * mark/reset, many blocks, the copy helpers and the fatal overflow path.
 * Checks hold both in normal builds and with LT_ARENA_DEBUG (sanitizer
 * builds, one block per allocation).
 */
#include <signal.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"
#include "arena.h"

#define ALIGN (alignof(max_align_t))

static bool aligned(const void *p)
{
	return ((uintptr_t)p % ALIGN) == 0;
}

/* Fill p[0..n) with a pattern derived from seed; check it later. */
static void fill(void *p, size_t n, unsigned seed)
{
	unsigned char *c = p;
	for (size_t i = 0; i < n; i++)
		c[i] = (unsigned char)(seed * 31u + i * 7u);
}

static bool intact(const void *p, size_t n, unsigned seed)
{
	const unsigned char *c = p;
	for (size_t i = 0; i < n; i++)
		if (c[i] != (unsigned char)(seed * 31u + i * 7u))
			return false;
	return true;
}

static void test_arena__alignment(void)
{
	struct arena a;
	arena_init(&a);
	CHECK(a.head == NULL);
	CHECK_EQ(a.held, 0);
	static const size_t sizes[] = { 1, 3, 7, 8, 9, 15, 16, 17, 31, 33, 63, 100, 1000, 4095 };
	void *p[200];
	size_t sz[200];
	int n_misaligned = 0;
	for (size_t i = 0; i < 200; i++) {
		sz[i] = sizes[i % LT_ARRAY_SIZE(sizes)];
		p[i] = arena_alloc(&a, sz[i]);
		if (!aligned(p[i]))
			n_misaligned++;
		fill(p[i], sz[i], (unsigned)i);
	}
	CHECK_EQ(n_misaligned, 0);
	int n_broken = 0;
	for (size_t i = 0; i < 200; i++)
		if (!intact(p[i], sz[i], (unsigned)i))
			n_broken++;
	CHECK_EQ(n_broken, 0);
	/* distinct, non-overlapping blocks */
	int n_overlap = 0;
	for (size_t i = 0; i < 200; i++)
		for (size_t j = i + 1; j < 200; j++) {
			const char *x = p[i], *y = p[j];
			if (x < y + sz[j] && y < x + sz[i])
				n_overlap++;
		}
	CHECK_EQ(n_overlap, 0);
	/* zero bytes: a valid, aligned, distinct pointer */
	void *z1 = arena_alloc(&a, 0), *z2 = arena_alloc(&a, 0);
	CHECK(z1 != NULL && z2 != NULL && z1 != z2);
	CHECK(aligned(z1) && aligned(z2));
	/* a max_align_t-typed object fits */
	max_align_t *m = arena_alloc(&a, sizeof(max_align_t) * 3);
	memset(m, 0, sizeof(max_align_t) * 3);
	CHECK(aligned(m));
	CHECK(a.held >= 200 * 17);
	arena_release(&a);
	CHECK(a.head == NULL);
	CHECK_EQ(a.held, 0);
}

static void test_arena__large(void)
{
	struct arena a;
	arena_init(&a);
	char *small = arena_alloc(&a, 10);
	memcpy(small, "before big", 10);
	/* bigger than a 64 KiB block */
	size_t big = 5u * 1024u * 1024u + 3u;
	char *p = arena_alloc(&a, big);
	CHECK(aligned(p));
	fill(p, big, 7);
	CHECK(a.held >= big + 10);
	/* small allocations after it still work and do not overlap it */
	char *q = arena_alloc(&a, 100);
	fill(q, 100, 9);
	CHECK(q + 100 <= p || q >= p + big);
	CHECK(intact(p, big, 7));
	CHECK(intact(q, 100, 9));
	CHECK(memcmp(small, "before big", 10) == 0);
	/* exactly one block's worth, and one byte more */
	char *b1 = arena_alloc(&a, 64u * 1024u);
	char *b2 = arena_alloc(&a, 64u * 1024u + 1u);
	fill(b1, 64u * 1024u, 1);
	fill(b2, 64u * 1024u + 1u, 2);
	CHECK(intact(b1, 64u * 1024u, 1));
	CHECK(intact(b2, 64u * 1024u + 1u, 2));
	CHECK(intact(p, big, 7));
	arena_release(&a);
	CHECK_EQ(a.held, 0);
}

static void test_arena__mark_reset(void)
{
	struct arena a;
	arena_init(&a);
	/* a mark of an empty arena: reset frees everything */
	struct arena_mark m0 = arena_mark(&a);
	arena_alloc(&a, 1000);
	arena_alloc(&a, 200000);
	CHECK(a.held > 0);
	arena_reset(&a, m0);
	CHECK(a.head == NULL);
	CHECK_EQ(a.held, 0);

	char *keep = arena_alloc(&a, 64);
	fill(keep, 64, 3);
	struct arena_mark m1 = arena_mark(&a);
	size_t held1 = a.held;
	char *x = arena_alloc(&a, 48);
	fill(x, 48, 4);
	for (int i = 0; i < 100; i++)
		arena_alloc(&a, 10000); /* several new blocks */
	CHECK(a.held > held1);
	struct arena_mark m2 = arena_mark(&a);
	size_t held2 = a.held;
	arena_alloc(&a, 300000);
	CHECK(a.held > held2);
	arena_reset(&a, m2);
	CHECK_EQ(a.held, held2);
	arena_reset(&a, m1);
	CHECK_EQ(a.held, held1);
	CHECK(intact(keep, 64, 3));
	/* the space after the mark is usable again */
	char *y = arena_alloc(&a, 48);
	fill(y, 48, 5);
	CHECK(intact(keep, 64, 3));
	CHECK(intact(y, 48, 5));
#ifndef LT_ARENA_DEBUG
	/* without the debug allocator the bump pointer is rewound exactly */
	CHECK(y == x);
#endif
	/* reset to the same mark twice is harmless */
	arena_reset(&a, m1);
	arena_reset(&a, m1);
	CHECK_EQ(a.held, held1);
	CHECK(intact(keep, 64, 3));
	arena_release(&a);
	arena_release(NULL);
}

/* A reset keeps one freed block (at most 64 MiB) for the next allocations. */
static void test_arena__spare_block(void)
{
	struct arena a;
	arena_init(&a);
	char *keep = arena_alloc(&a, 32);
	fill(keep, 32, 11);
	struct arena_mark m = arena_mark(&a);
	size_t held = a.held;
	char *big = arena_alloc(&a, 300000);
	fill(big, 300000, 12);
	arena_reset(&a, m);
	/* the spare is not counted as held */
	CHECK_EQ(a.held, held);
	char *again = arena_alloc(&a, 250000);
	fill(again, 250000, 13);
	CHECK(aligned(again));
	CHECK(intact(again, 250000, 13));
	CHECK(intact(keep, 32, 11));
#ifndef LT_ARENA_DEBUG
	/* the freed block came back: no new allocation */
	CHECK(again == big);
	CHECK_EQ(a.held, held + 300000);
#endif
	/* a request larger than the spare gets a new block; both usable */
	arena_reset(&a, m);
	char *bigger = arena_alloc(&a, 400000);
	fill(bigger, 400000, 14);
	char *small = arena_alloc(&a, 100);
	fill(small, 100, 15);
	CHECK(intact(bigger, 400000, 14));
	CHECK(intact(small, 100, 15));
	/* release frees the spare too (LeakSanitizer and valgrind check it) */
	arena_reset(&a, m);
	arena_release(&a);
	CHECK(a.head == NULL);
	CHECK_EQ(a.held, 0);
}

static void test_arena__many_blocks(void)
{
	struct arena a;
	arena_init(&a);
	enum { N = 20000 };
	static char *p[N];
	size_t total = 0;
	for (unsigned i = 0; i < N; i++) {
		size_t n = 1 + (i * 97u) % 3000u;
		p[i] = arena_alloc(&a, n);
		fill(p[i], n, i);
		total += n;
	}
	CHECK(a.held >= total);
	int n_broken = 0, n_misaligned = 0;
	for (unsigned i = 0; i < N; i++) {
		if (!intact(p[i], 1 + (i * 97u) % 3000u, i))
			n_broken++;
		if (!aligned(p[i]))
			n_misaligned++;
	}
	CHECK_EQ(n_broken, 0);
	CHECK_EQ(n_misaligned, 0);
	/* a chunk cycle as the workers do it: mark, fill, reset, 50 times */
	struct arena_mark m = arena_mark(&a);
	size_t held = a.held;
	for (int round = 0; round < 50; round++) {
		for (unsigned i = 0; i < 500; i++)
			fill(arena_alloc(&a, 700), 700, i);
		arena_reset(&a, m);
		CHECK_EQ(a.held, held);
	}
	CHECK(intact(p[N - 1], 1 + ((N - 1) * 97u) % 3000u, N - 1));
	arena_release(&a);
	CHECK(a.head == NULL);
	CHECK_EQ(a.held, 0);
}

static void test_arena__copies(void)
{
	struct arena a;
	arena_init(&a);
	char *s = arena_strndup(&a, "hello world", 5);
	CHECK_STREQ(s, "hello");
	char *e = arena_strndup(&a, "ignored", 0);
	CHECK_STREQ(e, "");
	/* strndup copies n bytes, NULs included */
	char *z = arena_strndup(&a, "a\0b", 3);
	CHECK(z[0] == 'a' && z[1] == '\0' && z[2] == 'b' && z[3] == '\0');
	int src[5] = { 1, -2, 3, -4, 5 };
	int *d = arena_memdup(&a, src, sizeof(src));
	CHECK(d != src && memcmp(d, src, sizeof(src)) == 0);
	CHECK(aligned(d));
	uint64_t *c = arena_calloc(&a, 1000, sizeof(uint64_t));
	int nonzero = 0;
	for (int i = 0; i < 1000; i++)
		nonzero += c[i] != 0;
	CHECK_EQ(nonzero, 0);
	CHECK(aligned(c));
	/* calloc after a reset over dirty memory is still zeroed */
	struct arena_mark m = arena_mark(&a);
	memset(arena_alloc(&a, 4096), 0xFF, 4096);
	arena_reset(&a, m);
	unsigned char *c2 = arena_calloc(&a, 4096, 1);
	nonzero = 0;
	for (int i = 0; i < 4096; i++)
		nonzero += c2[i] != 0;
	CHECK_EQ(nonzero, 0);
	arena_release(&a);
}

/* nmemb * size overflows: out of memory is fatal (STYLE B.4.5). */
static void test_arena__calloc_overflow_aborts(void)
{
	int fds[2];
	CHECK_EQ(pipe(fds), 0);
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		dup2(fds[1], 2);
		close(fds[0]);
		struct arena a;
		arena_init(&a);
		arena_calloc(&a, SIZE_MAX / 2 + 2, 2);
		_exit(0); /* not reached if the check works */
	}
	close(fds[1]);
	char buf[512];
	size_t n = 0;
	ssize_t r;
	while (n < sizeof(buf) - 1 && (r = read(fds[0], buf + n, sizeof(buf) - 1 - n)) > 0)
		n += (size_t)r;
	buf[n] = '\0';
	close(fds[0]);
	int status = 0;
	waitpid(pid, &status, 0);
	CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
	CHECK(strstr(buf, "lextab: fatal: out of memory") != NULL);
}

int main(void)
{
	RUN(test_arena__alignment);
	RUN(test_arena__large);
	RUN(test_arena__mark_reset);
	RUN(test_arena__spare_block);
	RUN(test_arena__many_blocks);
	RUN(test_arena__copies);
	RUN(test_arena__calloc_overflow_aborts);
	return th_done();
}
