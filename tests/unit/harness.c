/* harness.c - see harness.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static int n_pass, n_fail, n_checks;
static const char *current;
static int verbose = -1;

static int is_verbose(void)
{
	if (verbose < 0) {
		const char *v = getenv("TEST_VERBOSE");
		verbose = v && *v && strcmp(v, "0") != 0;
	}
	return verbose;
}

void th_check(int ok, const char *expr, const char *file, int line)
{
	n_checks++;
	if (ok) {
		n_pass++;
		if (is_verbose())
			printf("ok %d - %s\n", n_checks, expr);
	} else {
		n_fail++;
		printf("not ok %d - %s (%s:%d, in %s)\n", n_checks, expr, file, line,
		       current ? current : "?");
	}
}

void th_check_str(const char *a, const char *b, const char *ea, const char *eb,
		  const char *file, int line)
{
	int ok = (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
	th_check(ok, ea, file, line);
	if (!ok)
		printf("#   %s = \"%s\"\n#   %s = \"%s\"\n", ea, a ? a : "(null)", eb,
		       b ? b : "(null)");
}

void th_check_int(long long a, long long b, const char *ea, const char *eb,
		  const char *file, int line)
{
	th_check(a == b, ea, file, line);
	if (a != b)
		printf("#   %s = %lld, expected %s = %lld\n", ea, a, eb, b);
}

void th_run(const char *name, void (*fn)(void))
{
	current = name;
	fn();
	current = NULL;
}

int th_done(void)
{
	printf("%d passed, %d failed\n", n_pass, n_fail);
	return n_fail ? 1 : 0;
}
