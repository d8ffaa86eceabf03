/* xalloc.c - allocation wrappers; OOM prints a message and aborts. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "banned.h"

LT_NORETURN static void oom(size_t n)
{
	/* No allocation here: we are out of memory. */
	char buf[96];
	int len = snprintf(buf, sizeof(buf),
			   "lextab: fatal: out of memory (%zu bytes)\n", n);
	if (len > 0)
		fwrite(buf, 1, (size_t)len, stderr);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom(n);
	return p;
}

void *xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);
	if (!p)
		oom(nmemb * size);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		oom(n);
	return q;
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

size_t xmul(size_t a, size_t b)
{
	if (b && a > SIZE_MAX / b)
		oom(SIZE_MAX);
	return a * b;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		LT_BUG("vsnprintf failed");
	char *p = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void lt_vec_grow_(void **v, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap)
		return;
	size_t c = *cap ? *cap : 8;
	while (c < need)
		c = c > SIZE_MAX / 2 ? need : c * 2;
	*v = xrealloc(*v, xmul(c, elem));
	*cap = c;
}

void lt_bug(const char *file, int line, const char *msg)
{
	fprintf(stderr, "lextab: BUG: %s:%d: %s\n", file, line, msg);
	abort();
}

char *xstrflat(const char *s, size_t n)
{
	char *o = xmalloc(n + 1);
	size_t w = 0;
	bool sp = false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
			sp = w > 0;
			continue;
		}
		if (sp)
			o[w++] = ' ';
		sp = false;
		o[w++] = c;
	}
	o[w] = '\0';
	return o;
}
