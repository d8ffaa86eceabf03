/* reader.c - reading input files (see reader.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "reader.h"
#include "docx.h"
#include "xalloc.h"
#include "banned.h"

/* "cannot read lexicon 'x': reason" or, what == NULL, "cannot read: reason" */
static int fail(struct lt_diag *d, int code, const char *verb, const char *what,
		const char *path, const char *reason)
{
	if (what)
		return lt_diag_set(d, code, "cannot %s %s%s'%s': %s", verb, what, what[0] ? " " : "",
				   path, reason);
	return lt_diag_set(d, code, "cannot %s: %s", verb, reason);
}

static int too_large(struct lt_diag *d, const char *what, const char *path, uint64_t size,
		     uint64_t max)
{
	if (what)
		return lt_diag_set(d, LT_ELIMIT, "%s%s'%s' of %llu bytes is larger than the limit "
				   "(%llu MiB)", what, what[0] ? " " : "", path,
				   (unsigned long long)size, (unsigned long long)(max >> 20));
	return lt_diag_set(d, LT_ELIMIT, "file of %llu bytes is larger than the limit (%llu MiB)",
			   (unsigned long long)size, (unsigned long long)(max >> 20));
}

static void *grab(struct arena *a, size_t n)
{
	return a ? arena_alloc(a, n) : xmalloc(n);
}

/*
 * Read st_size bytes, then probe for one more so a file that grew is read
 * on (bounded by max); a shrunk file simply ends early.
 */
static int read_all(int fd, size_t size, const char *what, const char *path, uint64_t max,
		    struct arena *a, struct reader_bytes *out, struct lt_diag *d)
{
	size_t cap = size + 1, n = 0;
	char *p = grab(a, cap);
	int rc = LT_OK;
	for (;;) {
		if (n + 1 == cap) {
			char probe;
			ssize_t r = read(fd, &probe, 1);
			if (r < 0 && errno == EINTR)
				continue;
			if (r < 0) {
				rc = fail(d, LT_EIO, "read", what, path, strerror(errno));
				break;
			}
			if (r == 0)
				break;
			if (max && n + 1 > max) {
				rc = too_large(d, what, path, n + 1, max);
				break;
			}
			size_t ncap = xmul(cap, 2);
			char *q = grab(a, ncap);
			memcpy(q, p, n);
			if (!a)
				free(p);
			q[n++] = probe;
			p = q;
			cap = ncap;
			continue;
		}
		ssize_t r = read(fd, p + n, cap - n - 1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			rc = fail(d, LT_EIO, "read", what, path, strerror(errno));
			break;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	if (rc < 0) {
		if (!a)
			free(p);
		return rc;
	}
	p[n] = '\0';
	out->data = p;
	out->len = n;
	return LT_OK;
}

int reader_read(const char *path, const char *what, uint64_t max, struct arena *a,
		struct reader_bytes *out, struct lt_diag *d)
{
	memset(out, 0, sizeof(*out));
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return fail(d, LT_EIO, what ? "read" : "open", what, path, strerror(errno));
	struct stat st;
	int rc = LT_OK;
	if (fstat(fd, &st) != 0)
		rc = fail(d, LT_EIO, what ? "read" : "stat", what, path, strerror(errno));
	else if (S_ISDIR(st.st_mode))
		rc = fail(d, LT_EIO, "read", what, path, strerror(EISDIR));
	else if (max && (uint64_t)st.st_size > max)
		rc = too_large(d, what, path, (uint64_t)st.st_size, max);
	else
		rc = read_all(fd, (size_t)st.st_size, what, path, max, a, out, d);
	if (rc == LT_OK)
		out->mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
	close(fd);
	return rc;
}

/* A Word file's text, in 'a': docx.h extracts it, bounded by max * DOCX_INFLATE_FACTOR. */
static int word_text(const char *path, const char *what, uint64_t max, struct arena *a,
		     const char **buf, size_t *len, struct lt_diag *d)
{
	char *t;
	size_t tl;
	struct lt_diag dd;
	lt_diag_init(&dd);
	int rc = docx_extract(*buf, *len, max * DOCX_INFLATE_FACTOR, &t, &tl, &dd);
	if (rc < 0) {
		if (what)
			return lt_diag_set(d, rc, "%s%s'%s': %s", what, what[0] ? " " : "", path, dd.msg);
		*d = dd;
		return rc;
	}
	*buf = arena_strndup(a, t, tl);
	*len = tl;
	free(t);
	return LT_OK;
}

int reader_decode(const char *path, const char *what, uint64_t max,
		  const struct reader_bytes *b, struct arena *a, struct decoded *out,
		  struct lt_msgs *msgs, struct lt_diag *d)
{
	const char *buf = b->data ? b->data : "";
	size_t len = b->len;
	memset(out, 0, sizeof(*out));
	if (docx_wanted(path))
		LT_TRY(word_text(path, what, max, a, &buf, &len, d));
	struct lt_diag dd;
	lt_diag_init(&dd);
	int rc = decode_bytes((const unsigned char *)buf, len, a, out, msgs, &dd);
	if (rc < 0) {
		if (what)
			return lt_diag_set(d, rc, "%s%s'%s': %s", what, what[0] ? " " : "", path, dd.msg);
		*d = dd;
	}
	return rc;
}

int reader_read_text(const char *path, const char *what, uint64_t max, struct arena *a,
		     struct decoded *out, struct lt_msgs *msgs, struct lt_diag *d)
{
	struct reader_bytes b;
	memset(out, 0, sizeof(*out));
	LT_TRY(reader_read(path, what, max, a, &b, d));
	return reader_decode(path, what, max, &b, a, out, msgs, d);
}
