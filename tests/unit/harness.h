/* harness.h - the unit-test harness (STYLE B.9): CHECK prints "not ok N -
 * expr (file:line)" on failure ("ok N - expr" too with TEST_VERBOSE=1);
 * th_done prints "N passed, M failed" and gives the exit status.
 */
#ifndef LT_HARNESS_H
#define LT_HARNESS_H

#include <stdio.h>
#include <string.h>

void th_check(int ok, const char *expr, const char *file, int line);
void th_check_str(const char *a, const char *b, const char *ea, const char *eb,
		  const char *file, int line);
void th_check_int(long long a, long long b, const char *ea, const char *eb,
		  const char *file, int line);
void th_run(const char *name, void (*fn)(void));
int th_done(void);

#define CHECK(e) th_check(!!(e), #e, __FILE__, __LINE__)
#define CHECK_STREQ(a, b) th_check_str((a), (b), #a, #b, __FILE__, __LINE__)
#define CHECK_EQ(a, b) th_check_int((long long)(a), (long long)(b), #a, #b, __FILE__, __LINE__)
#define RUN(fn) th_run(#fn, fn)

#endif
