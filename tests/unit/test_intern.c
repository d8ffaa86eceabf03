/* test_intern.c - unit tests for intern.c: dense and stable ids, find and
 * put, growth to a million strings, strings with NUL bytes, the hash.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "intern.h"

static uint32_t put(struct intern *t, const char *s)
{
	return intern_put(t, s, strlen(s));
}

static uint32_t find(const struct intern *t, const char *s)
{
	return intern_find(t, s, strlen(s));
}

static void test_intern__dense_ids(void)
{
	struct intern t;
	intern_init(&t);
	CHECK_EQ(intern_count(&t), 0);
	CHECK_EQ(find(&t, "trust"), INTERN_NONE);
	CHECK_EQ(put(&t, "trust"), 0);
	CHECK_EQ(put(&t, "distrust"), 1);
	CHECK_EQ(put(&t, "Trust"), 2);
	CHECK_EQ(put(&t, "trust"), 0);
	CHECK_EQ(put(&t, "distrust"), 1);
	CHECK_EQ(put(&t, ""), 3);
	CHECK_EQ(put(&t, ""), 3);
	CHECK_EQ(intern_count(&t), 4);
	CHECK_EQ(find(&t, "Trust"), 2);
	CHECK_EQ(find(&t, ""), 3);
	CHECK_EQ(find(&t, "trus"), INTERN_NONE);
	CHECK_EQ(find(&t, "trusts"), INTERN_NONE);
	/* intern_str: an own NUL-terminated copy */
	char buf[] = "volatile";
	uint32_t id = put(&t, buf);
	CHECK_EQ(id, 4);
	memcpy(buf, "XXXXXXXX", 8);
	lt_str s = intern_str(&t, id);
	CHECK(s.ptr != buf);
	CHECK_EQ(s.len, 8);
	CHECK_STREQ(s.ptr, "volatile");
	CHECK_STREQ(intern_str(&t, 0).ptr, "trust");
	CHECK_EQ(intern_str(&t, 3).len, 0);
	CHECK_STREQ(intern_str(&t, 3).ptr, "");
	/* the length, not the NUL, delimits */
	CHECK_EQ(intern_put(&t, "trustee", 5), 0);
	CHECK_EQ(intern_find(&t, "distrustful", 8), 1);
	intern_release(&t);
	intern_release(NULL);
}

static void test_intern__nul_bytes(void)
{
	struct intern t;
	intern_init(&t);
	uint32_t a = intern_put(&t, "a\0b", 3);
	uint32_t b = intern_put(&t, "a\0c", 3);
	uint32_t c = intern_put(&t, "a", 1);
	uint32_t d = intern_put(&t, "a\0", 2);
	uint32_t e = intern_put(&t, "\0", 1);
	uint32_t f = intern_put(&t, "", 0);
	CHECK_EQ(a, 0);
	CHECK_EQ(b, 1);
	CHECK_EQ(c, 2);
	CHECK_EQ(d, 3);
	CHECK_EQ(e, 4);
	CHECK_EQ(f, 5);
	CHECK_EQ(intern_find(&t, "a\0b", 3), 0);
	CHECK_EQ(intern_find(&t, "a\0c", 3), 1);
	CHECK_EQ(intern_find(&t, "a\0", 2), 3);
	CHECK_EQ(intern_find(&t, "\0", 1), 4);
	CHECK_EQ(intern_find(&t, "a\0d", 3), INTERN_NONE);
	CHECK_EQ(intern_find(&t, "\0\0", 2), INTERN_NONE);
	lt_str s = intern_str(&t, a);
	CHECK(s.len == 3 && memcmp(s.ptr, "a\0b", 4) == 0);
	s = intern_str(&t, e);
	CHECK(s.len == 1 && s.ptr[0] == '\0' && s.ptr[1] == '\0');
	CHECK_EQ(intern_count(&t), 6);
	intern_release(&t);
}

static void test_intern__growth_million(void)
{
	enum { N = 1000000 };
	struct intern t;
	intern_init(&t);
	char buf[32];
	uint32_t id0 = put(&t, "w0");
	const char *p0 = intern_str(&t, id0).ptr;
	int wrong = 0;
	for (uint32_t i = 1; i < N; i++) {
		int n = snprintf(buf, sizeof(buf), "w%u", i);
		if (intern_put(&t, buf, (size_t)n) != i)
			wrong++;
	}
	CHECK_EQ(wrong, 0);
	CHECK_EQ(intern_count(&t), N);
	/* the table keeps its load factor under 1/2 */
	CHECK((t.mask + 1) >= 2 * (size_t)N);
	CHECK(((t.mask + 1) & t.mask) == 0);
	/* the first string did not move while the table grew */
	CHECK(intern_str(&t, id0).ptr == p0);
	CHECK_STREQ(p0, "w0");
	int wrong_find = 0, wrong_str = 0, wrong_again = 0;
	for (uint32_t i = 0; i < N; i++) {
		int n = snprintf(buf, sizeof(buf), "w%u", i);
		if (intern_find(&t, buf, (size_t)n) != i)
			wrong_find++;
		lt_str s = intern_str(&t, i);
		if (s.len != (size_t)n || memcmp(s.ptr, buf, s.len) != 0 || s.ptr[s.len] != '\0')
			wrong_str++;
		if (i % 7 == 0 && intern_put(&t, buf, (size_t)n) != i)
			wrong_again++;
	}
	CHECK_EQ(wrong_find, 0);
	CHECK_EQ(wrong_str, 0);
	CHECK_EQ(wrong_again, 0);
	CHECK_EQ(intern_count(&t), N);
	/* near misses are absent */
	CHECK_EQ(find(&t, "w1000000"), INTERN_NONE);
	CHECK_EQ(find(&t, "w"), INTERN_NONE);
	CHECK_EQ(find(&t, "x1"), INTERN_NONE);
	intern_release(&t);
}

static void test_intern__hash_variants(void)
{
	struct intern t;
	intern_init(&t);
	const char *w = "confidence";
	uint32_t h = lt_hash32(w, strlen(w));
	CHECK_EQ(intern_put_h(&t, w, strlen(w), h), 0);
	CHECK_EQ(intern_find(&t, w, strlen(w)), 0);
	CHECK_EQ(intern_find_h(&t, w, strlen(w), h), 0);
	CHECK_EQ(put(&t, w), 0);
	CHECK_EQ(intern_find_h(&t, "confident", 9, lt_hash32("confident", 9)), INTERN_NONE);
	intern_release(&t);
}

static void test_intern__hash(void)
{
	/* the hash reads bytes, not addresses or alignment: the same bytes at
	 * every offset hash alike, for every tail length */
	char a[64], b[80];
	for (int i = 0; i < 64; i++)
		a[i] = (char)('a' + i % 26);
	int differ = 0;
	for (size_t len = 0; len <= 40; len++)
		for (size_t off = 1; off < 9; off++) {
			memcpy(b + off, a, len);
			if (lt_hash64(a, len) != lt_hash64(b + off, len))
				differ++;
		}
	CHECK_EQ(differ, 0);
	/* length matters even when the extra bytes are zero */
	CHECK(lt_hash64("a", 1) != lt_hash64("a\0", 2));
	CHECK(lt_hash64("", 0) != lt_hash64("\0", 1));
	CHECK(lt_hash64("abcdefgh", 8) != lt_hash64("abcdefgh\0", 9));
	/* each byte position matters */
	int same = 0;
	for (size_t i = 0; i < 20; i++) {
		char c[20];
		memcpy(c, a, 20);
		c[i] ^= 1;
		if (lt_hash64(c, 20) == lt_hash64(a, 20))
			same++;
	}
	CHECK_EQ(same, 0);
	uint64_t h = lt_hash64("trust", 5);
	CHECK_EQ(lt_hash32("trust", 5), (uint32_t)(h ^ (h >> 32)));
}

int main(void)
{
	RUN(test_intern__dense_ids);
	RUN(test_intern__nul_bytes);
	RUN(test_intern__growth_million);
	RUN(test_intern__hash_variants);
	RUN(test_intern__hash);
	return th_done();
}
