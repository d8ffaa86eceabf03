/* xalloc.h - allocation that never returns NULL.
 *
 * Out of memory is fatal (STYLE B.4.5): these print
 * "lextab: fatal: out of memory (N bytes)" and abort. What they return
 * is the caller's to free(). Thread-safe.
 */
#ifndef LT_XALLOC_H
#define LT_XALLOC_H

#include <stdlib.h>
#include "lt.h"

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
/* NUL-terminated copy of the first n bytes of s. Caller owns. */
char *xstrndup(const char *s, size_t n);
char *xstrdup(const char *s);
/* Copy of s[0..n) with white space runs folded to one space, trimmed. Caller owns. */
char *xstrflat(const char *s, size_t n);
/* Overflow-checked a * b; aborts like OOM on overflow. */
size_t xmul(size_t a, size_t b);

/* printf into a fresh heap string. Caller owns. */
char *xasprintf(const char *fmt, ...) LT_PRINTF(1, 2);

#endif /* LT_XALLOC_H */
