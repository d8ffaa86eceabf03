/* diag.c - lt_diag formatting and per-input message lists. */
#include <stdarg.h>
#include <stdio.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"
#include "xalloc.h"
#include "banned.h"

int lt_diag_set(struct lt_diag *d, int code, const char *fmt, ...)
{
	if (d) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(d->msg, sizeof(d->msg), fmt, ap);
		va_end(ap);
		d->code = code;
	}
	return code;
}

void msgs_init(struct lt_msgs *m)
{
	m->v = NULL;
	m->n = m->cap = 0;
}

void msgs_release(struct lt_msgs *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->n; i++)
		free(m->v[i].text);
	free(m->v);
	msgs_init(m);
}

void msgs_add(struct lt_msgs *m, int severity, uint32_t line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	char *text = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(text, (size_t)n + 1, fmt, ap);
	va_end(ap);
	struct lt_msg msg = { severity, line, text };
	lt_vec_push(m, msg);
}

void msgs_print(const struct lt_msgs *m, const char *path, FILE *to)
{
	for (size_t i = 0; i < m->n; i++) {
		const struct lt_msg *g = &m->v[i];
		const char *sev = g->severity == LT_SEV_ERROR ? "error" : "warning";
		if (g->line)
			fprintf(to, "lextab: %s: %s:%u: %s\n", sev, path,
				(unsigned)g->line, g->text);
		else
			fprintf(to, "lextab: %s: %s: %s\n", sev, path, g->text);
	}
}

LT_PRINTF(2, 0) static void vreport(const char *sev, const char *fmt, va_list ap)
{
	char buf[2048];
	vsnprintf(buf, sizeof(buf), fmt, ap);
	fprintf(stderr, "lextab: %s: %s\n", sev, buf);
}

void lt_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport("error", fmt, ap);
	va_end(ap);
}

void lt_warning(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport("warning", fmt, ap);
	va_end(ap);
}

/* "name:value" in env var 'var' for this name: the value, else NULL */
static const char *hook_value(const char *var, const char *name)
{
	const char *v = getenv(var);
	size_t n = strlen(name);
	if (!v || strncmp(v, name, n) != 0 || v[n] != ':')
		return NULL;
	return v + n + 1;
}

void lt_utc_now(char *buf, size_t n)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	struct tm tm;
	gmtime_r(&ts.tv_sec, &tm);
	strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

double lt_now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void lt_test_point(const char *name)
{
	static struct {
		char name[32];
		unsigned long calls;
	} seen[16];
	unsigned long calls = 0;
	for (size_t i = 0; i < LT_ARRAY_SIZE(seen); i++) {
		if (!seen[i].name[0])
			snprintf(seen[i].name, sizeof(seen[i].name), "%s", name);
		if (strcmp(seen[i].name, name) == 0) {
			calls = ++seen[i].calls;
			break;
		}
	}
	const char *crash = hook_value("LEXTAB_CRASH", name);
	if (crash && strtoul(crash, NULL, 10) == calls) {
		fflush(NULL);
		raise(SIGKILL);
	}
	const char *fifo = hook_value("LEXTAB_PAUSE", name);
	if (fifo && calls == 1) {
		int fd = open(fifo, O_RDONLY);
		if (fd >= 0) {
			char c;
			while (read(fd, &c, 1) < 0)
				;
			close(fd);
		}
	}
}
