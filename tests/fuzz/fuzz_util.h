/* fuzz_util.h - checks shared by the fuzz targets (header only: each target
 * is one .c file, linked with libFuzzer or with replay.c). Define FUZZ_NAME
 * before including it. */
#ifndef LEXTAB_FUZZ_UTIL_H
#define LEXTAB_FUZZ_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define FUZZ_ASSERT(c)                                                          \
	do {                                                                    \
		if (!(c)) {                                                     \
			fprintf(stderr, FUZZ_NAME ": %s (line %d)\n", #c, __LINE__); \
			abort();                                                \
		}                                                               \
	} while (0)

/*
 * Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
 * has_special, when not NULL, is set for NUL, CR, U+0085, U+2028, U+2029
 * and U+FEFF - characters decoded text never contains.
 */
static inline bool fuzz_valid_utf8(const void *s, size_t n, bool *has_special)
{
	const unsigned char *p = s;
	size_t i = 0;
	if (has_special)
		*has_special = false;
	while (i < n) {
		unsigned c = p[i];
		size_t k;
		uint32_t cp;
		if (c < 0x80) {
			if (has_special && (c == 0 || c == '\r'))
				*has_special = true;
			i++;
			continue;
		} else if (c >= 0xC2 && c <= 0xDF) {
			k = 1;
			cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			k = 2;
			cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			k = 3;
			cp = c & 0x07;
		} else {
			return false;
		}
		if (n - i < k + 1)
			return false;
		for (size_t j = 1; j <= k; j++) {
			if ((p[i + j] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (p[i + j] & 0x3F);
		}
		if ((k == 2 && cp < 0x800) || (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			return false;
		if (has_special && (cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF))
			*has_special = true;
		i += k + 1;
	}
	return true;
}

#endif
