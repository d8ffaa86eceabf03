/* discover.h - walk the PATH arguments into a sorted list of inputs.
 *
 * Folders are walked recursively in byte order of names; hidden entries
 * (names starting with '.') are skipped; symlinks to files are followed,
 * symlinks to folders too, but a folder already on the walk (a loop) or
 * already walked is not entered again. Only files with one of the
 * extensions are taken from folders; a file named directly is always
 * taken. doc_id = the path relative to the PATH argument it was found
 * under, without its extension; for a file named directly, its base name
 * without extension (DESIGN.md "Inputs"). The same file reached twice is
 * taken once (warning); two different files with one doc_id are both
 * rejected (error). The result is sorted by doc_id, so the order of the
 * PATH arguments never changes the output. The struct input_list owns
 * its paths and doc_ids (input_list_release); workers read it, never
 * write it. Main thread only.
 */
#ifndef LT_DISCOVER_H
#define LT_DISCOVER_H

#include "lt.h"
#include "diag.h"

struct input {
	char *path;        /* as reached: PATH argument joined with the relative path */
	char *doc_id;
	uint64_t size;
	int64_t mtime_ns;  /* modification time, nanoseconds since the epoch */
};

/* A problem with one path found while walking (an unreadable folder...). */
struct input_error {
	char *path;
	char *message;
};

/* A folder the walk entered (or tried to): for the empty-folder guard. */
struct walked_dir {
	uint64_t dev, ino;
	size_t files;      /* transcript files found below it, any shard's */
	bool unreadable;   /* it could not be listed */
};

struct input_list {
	struct input *v;
	size_t n, cap;
	struct input_error *err;
	size_t n_err, cap_err;
	size_t *per_arg;   /* transcript files found under each PATH argument (taken
			    * or not: other shards', too large, unreadable) */
	struct lt_msgs warnings; /* e.g. a folder given twice; printed without a path */
	struct walked_dir *dirs; /* every folder walked, sorted by (dev, ino) */
	size_t n_dirs, cap_dirs;
};

struct discover_opts {
	const char *const *exts;  /* NULL-terminated, with dots: ".txt"; case-insensitive */
	uint32_t shard_k, shard_n;/* keep doc_ids with hash % n == k - 1; n == 0: all */
	uint64_t max_size;        /* larger files become input errors; 0: no limit */
};

/*
 * Walk paths[0..n). A PATH that does not exist is a usage error
 * (LT_EUSAGE, d names it) - nothing is walked then, so an incremental run
 * never mistakes an unmounted folder for deleted documents. Problems with
 * single files or subfolders become out->err entries and the walk goes on.
 */
int discover(const char *const *paths, size_t n, const struct discover_opts *o,
	     struct input_list *out, struct lt_diag *d);
void input_list_release(struct input_list *l); /* accepts NULL */

/* The walked folder (dev, ino) - reached through any PATH argument - or
 * NULL when the walk never entered it. O(log n). */
const struct walked_dir *discover_walked(const struct input_list *l, uint64_t dev,
					 uint64_t ino);

/* Is doc_id in shard k of n (1-based k)? A stable hash of the doc_id. */
bool discover_in_shard(const char *doc_id, uint32_t k, uint32_t n);

#endif /* LT_DISCOVER_H */
