/* diag.h - error values that travel with a status, and per-input message lists.
 *
 * A struct lt_diag carries one failure ("path:line: reason") from where it
 * happens to the place that reports it (it owns its fixed-size message:
 * no allocation). Nothing here prints except msgs_print, lt_error and
 * lt_warning, called on the main thread; `run`'s writer prints each
 * document's list itself (run.c report_msgs), in document order.
 * A struct lt_msgs collects warnings and errors for one input on a worker
 * thread, to be printed later in document order (STYLE B.7); the list owns
 * its texts (msgs_release). Not shared between threads: each document
 * owns its list, handed over whole when the worker is done.
 */
#ifndef LT_DIAG_H
#define LT_DIAG_H

#include <stdio.h>
#include "lt.h"

struct lt_diag {
	int code;       /* an enum lt_status; LT_OK when empty */
	char msg[1024]; /* "path:line: reason", no "lextab: error:" prefix */
};

static inline void lt_diag_init(struct lt_diag *d)
{
	d->code = LT_OK;
	d->msg[0] = '\0';
}

/* Format the message into d (if d is not NULL) and return code. */
int lt_diag_set(struct lt_diag *d, int code, const char *fmt, ...) LT_PRINTF(3, 4);

enum lt_severity { LT_SEV_WARNING = 1, LT_SEV_ERROR = 2 };

struct lt_msg {
	int severity;   /* enum lt_severity */
	uint32_t line;  /* 1-based line in the input; 0 when not about a line */
	char *text;     /* the reason, without path and line; owned by the list */
};

struct lt_msgs {
	struct lt_msg *v;
	size_t n, cap;
};

void msgs_init(struct lt_msgs *m);
void msgs_release(struct lt_msgs *m);      /* accepts NULL */
void msgs_add(struct lt_msgs *m, int severity, uint32_t line,
	      const char *fmt, ...) LT_PRINTF(4, 5);

/*
 * Print "lextab: warning: PATH:LINE: text" (or error) for each message.
 * Used only on the main thread.
 */
void msgs_print(const struct lt_msgs *m, const char *path, FILE *to);

/* "lextab: error: msg" / "lextab: warning: msg" on stderr. Main thread only. */
void lt_error(const char *fmt, ...) LT_PRINTF(1, 2);
void lt_warning(const char *fmt, ...) LT_PRINTF(1, 2);
/* The current UTC time as 2026-01-31T12:00:00Z (runs table, logs). */
void lt_utc_now(char *buf, size_t n);
/* Seconds on the monotonic clock (durations). */
double lt_now_s(void);

/*
 * Test hooks, for deterministic crash-safety and locking tests (never set
 * in normal use; docs/testing.md). lt_test_point(name) counts its calls per
 * name; with LEXTAB_CRASH=name:N in the environment, the N-th call kills
 * the process with SIGKILL; with LEXTAB_PAUSE=name:FIFO, the first call
 * blocks until a byte can be read from FIFO. Main thread only.
 */
void lt_test_point(const char *name);

#endif /* LT_DIAG_H */
