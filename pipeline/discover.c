/* discover.c - corpus walking (see discover.h). */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "discover.h"
#include "intern.h"
#include "xalloc.h"
#include "banned.h"

/* Formats a researcher may expect lextab to read, but it cannot: found in
 * a folder, they are counted and named in one warning. */
static const char *const unreadable_exts[] = {
	".doc", ".docm", ".pdf", ".rtf", ".odt", ".pages", NULL
};
#define UNREAD_NAMED 3

struct dirid {
	dev_t dev;
	ino_t ino;
};

/* A file reached by the walk; the same file may be reached several times. */
struct reached {
	struct input in;
	dev_t dev;
	ino_t ino;
	uint32_t arg;             /* index of the PATH argument it was found under */
};

struct walk {
	const struct discover_opts *o;
	struct input_list *out;
	LT_VEC(struct dirid) stack;   /* folders on the current walk, for loops */
	LT_VEC(struct reached) files; /* every file reached, before deduplication */
	uint32_t arg;
	size_t n_unread;              /* files of a format lextab cannot read */
	char *unread[UNREAD_NAMED];   /* the first of them, in walk order */
};

LT_PRINTF(3, 4)
static void add_error(struct input_list *l, const char *path, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (l->n_err == l->cap_err)
		lt_vec_grow_((void **)&l->err, &l->cap_err, l->n_err + 1, sizeof(*l->err));
	l->err[l->n_err].path = xstrdup(path);
	l->err[l->n_err].message = xstrdup(buf);
	l->n_err++;
}

static bool has_ext(const char *name, const char *const *exts)
{
	const char *dot = strrchr(name, '.');
	if (!dot || dot == name)
		return false;
	for (const char *const *e = exts; *e; e++)
		if (strcasecmp(dot, *e) == 0)
			return true;
	return false;
}

static char *strip_ext(const char *rel)
{
	const char *slash = strrchr(rel, '/');
	const char *base = slash ? slash + 1 : rel;
	const char *dot = strrchr(base, '.');
	size_t n = dot && dot != base ? (size_t)(dot - rel) : strlen(rel);
	return xstrndup(rel, n);
}

bool discover_in_shard(const char *doc_id, uint32_t k, uint32_t n)
{
	if (!n)
		return true;
	return lt_hash64(doc_id, strlen(doc_id)) % n == (uint64_t)(k - 1);
}

/*
 * With --shard, a problem met while listing (a broken symlink, a folder that
 * cannot be opened) belongs to the shard of the doc_id its path would have
 * had: each is reported by exactly one shard, so merged shards count it once.
 */
static bool listing_error_in_shard(const struct walk *w, const char *rel)
{
	if (!w->o->shard_n)
		return true;
	char *id = strip_ext(rel);
	bool in = discover_in_shard(id, w->o->shard_k, w->o->shard_n);
	free(id);
	return in;
}

static void add_file(struct walk *w, const char *path, const char *rel, const struct stat *st)
{
	struct reached r;
	r.in.path = xstrdup(path);
	r.in.doc_id = strip_ext(rel);
	r.in.size = (uint64_t)st->st_size;
	r.in.mtime_ns = (int64_t)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
	r.dev = st->st_dev;
	r.ino = st->st_ino;
	r.arg = w->arg;
	lt_vec_push(&w->files, r);
}

/* The same file first, then the route with the shortest doc_id, then the
 * smallest path: which route wins never depends on the argument order. */
static int cmp_reached(const void *a, const void *b)
{
	const struct reached *x = a, *y = b;
	if (x->dev != y->dev)
		return x->dev < y->dev ? -1 : 1;
	if (x->ino != y->ino)
		return x->ino < y->ino ? -1 : 1;
	size_t lx = strlen(x->in.doc_id), ly = strlen(y->in.doc_id);
	if (lx != ly)
		return lx < ly ? -1 : 1;
	int r = strcmp(x->in.doc_id, y->in.doc_id);
	return r ? r : strcmp(x->in.path, y->in.path);
}

/* Two PATH arguments that reached one file (a == b: one argument twice). */
struct overlap {
	uint32_t a, b;
};

static int cmp_overlap(const void *x, const void *y)
{
	const struct overlap *p = x, *q = y;
	if (p->a != q->a)
		return p->a < q->a ? -1 : 1;
	return p->b < q->b ? -1 : p->b > q->b;
}

/* One warning per pair of arguments, in (a, b) order, from the sorted
 * pairs: a count per distinct pair without an n x n matrix, so 10,000
 * file arguments cost O(n log n), not 400 MB. */
static void warn_overlaps(struct input_list *l, struct overlap *ov, size_t n_ov,
			  const char *const *paths)
{
	lt_qsort(ov, n_ov, sizeof(*ov), cmp_overlap);
	for (size_t i = 0; i < n_ov;) {
		size_t j = i;
		while (j < n_ov && ov[j].a == ov[i].a && ov[j].b == ov[i].b)
			j++;
		uint32_t k = (uint32_t)(j - i);
		const char *pa = paths[ov[i].a], *pb = paths[ov[i].b];
		if (ov[i].a == ov[i].b)
			msgs_add(&l->warnings, LT_SEV_WARNING, 0,
				 "%u file%s under '%s' %s reached twice (through a symlink); "
				 "taken once", k, k == 1 ? "" : "s", pa, k == 1 ? "was" : "were");
		else if (strcmp(pa, pb) == 0)
			msgs_add(&l->warnings, LT_SEV_WARNING, 0, "'%s' was given twice; taken once",
				 pa);
		else
			msgs_add(&l->warnings, LT_SEV_WARNING, 0,
				 "'%s' and '%s' overlap: %u file%s reached through both %s taken "
				 "once, with the shorter doc_id", pa, pb, k, k == 1 ? "" : "s",
				 k == 1 ? "was" : "were");
		i = j;
	}
}

/* Keep one route per file, with one warning per pair of overlapping
 * arguments; then the per-file checks (shard, size, readable). */
static void settle(struct walk *w, const char *const *paths, size_t npaths)
{
	struct input_list *l = w->out;
	l->per_arg = xcalloc(npaths ? npaths : 1, sizeof(size_t));
	lt_qsort(w->files.v, w->files.n, sizeof(struct reached), cmp_reached);
	LT_VEC(struct overlap) ov = { 0 };
	for (size_t i = 0; i < w->files.n;) {
		size_t j = i + 1;
		while (j < w->files.n && w->files.v[j].dev == w->files.v[i].dev &&
		       w->files.v[j].ino == w->files.v[i].ino) {
			struct overlap pair = { w->files.v[i].arg, w->files.v[j].arg };
			lt_vec_push(&ov, pair);
			free(w->files.v[j].in.path);
			free(w->files.v[j].in.doc_id);
			j++;
		}
		struct input in = w->files.v[i].in;
		const struct discover_opts *o = w->o;
		/* found, whether or not this shard takes it: a folder whose files
		 * all belong to other shards is not an unmounted one */
		l->per_arg[w->files.v[i].arg]++;
		if (o->shard_n && !discover_in_shard(in.doc_id, o->shard_k, o->shard_n)) {
			free(in.path);
			free(in.doc_id);
		} else if (o->max_size && in.size > o->max_size) {
			add_error(l, in.path, "file of %llu bytes is larger than --max-file-size (%llu MiB); "
				  "skipped", (unsigned long long)in.size,
				  (unsigned long long)(o->max_size >> 20));
			free(in.path);
			free(in.doc_id);
		} else if (access(in.path, R_OK) != 0) {
			add_error(l, in.path, "cannot read: %s", strerror(errno));
			free(in.path);
			free(in.doc_id);
		} else {
			lt_vec_push(l, in);
		}
		i = j;
	}
	warn_overlaps(l, ov.v, ov.n, paths);
	lt_vec_release(&ov);
	lt_vec_release(&w->files);
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_dir(struct walk *w, const struct stat *st, size_t files, bool unreadable)
{
	struct input_list *l = w->out;
	struct walked_dir wd = { (uint64_t)st->st_dev, (uint64_t)st->st_ino, files, unreadable };
	if (l->n_dirs == l->cap_dirs)
		lt_vec_grow_((void **)&l->dirs, &l->cap_dirs, l->n_dirs + 1, sizeof(*l->dirs));
	l->dirs[l->n_dirs++] = wd;
}

enum walked { WALK_LISTED, WALK_UNREADABLE, WALK_LOOP };

static enum walked walk_dir_(struct walk *w, const char *path, const char *rel,
			     const struct stat *st);

/* walk_dir_, then record the folder with the number of files found below. */
static void walk_dir(struct walk *w, const char *path, const char *rel, const struct stat *st)
{
	size_t before = w->files.n;
	enum walked r = walk_dir_(w, path, rel, st);
	if (r != WALK_LOOP)
		add_dir(w, st, w->files.n - before, r == WALK_UNREADABLE);
}

static enum walked walk_dir_(struct walk *w, const char *path, const char *rel,
			     const struct stat *st)
{
	for (size_t i = 0; i < w->stack.n; i++)
		if (w->stack.v[i].dev == st->st_dev && w->stack.v[i].ino == st->st_ino) {
			msgs_add(&w->out->warnings, LT_SEV_WARNING, 0,
				 "'%s' leads back into a folder already being walked "
				 "(symlink loop); not followed", path);
			return WALK_LOOP;
		}
	struct dirid id = { st->st_dev, st->st_ino };
	DIR *dir = opendir(path);
	if (!dir) {
		if (listing_error_in_shard(w, rel))
			add_error(w->out, path, "cannot open folder: %s", strerror(errno));
		return WALK_UNREADABLE;
	}
	lt_vec_push(&w->stack, id);
	LT_VEC(char *) names = { 0 };
	struct dirent *de;
	while ((de = readdir(dir)))
		if (de->d_name[0] != '.')
			lt_vec_push(&names, xstrdup(de->d_name));
	closedir(dir);
	lt_qsort(names.v, names.n, sizeof(char *), cmp_name);
	size_t pl = strlen(path);
	bool slash = pl && path[pl - 1] == '/';
	for (size_t i = 0; i < names.n; i++) {
		char *child = xasprintf("%s%s%s", path, slash ? "" : "/", names.v[i]);
		char *crel = rel[0] ? xasprintf("%s/%s", rel, names.v[i]) : xstrdup(names.v[i]);
		struct stat cst;
		if (stat(child, &cst) != 0) {
			struct stat lst;
			if (!listing_error_in_shard(w, crel))
				; /* another shard reports it */
			else if (lstat(child, &lst) == 0 && S_ISLNK(lst.st_mode))
				add_error(w->out, child, "broken symlink: %s", strerror(errno));
			else
				add_error(w->out, child, "cannot stat: %s", strerror(errno));
		} else if (S_ISDIR(cst.st_mode)) {
			walk_dir(w, child, crel, &cst);
		} else if (S_ISREG(cst.st_mode) && has_ext(names.v[i], w->o->exts)) {
			add_file(w, child, crel, &cst);
		} else if (S_ISREG(cst.st_mode) && has_ext(names.v[i], unreadable_exts)) {
			if (w->n_unread < UNREAD_NAMED)
				w->unread[w->n_unread] = xstrdup(child);
			w->n_unread++;
		}
		free(child);
		free(crel);
		free(names.v[i]);
	}
	lt_vec_release(&names);
	w->stack.n--;
	return WALK_LISTED;
}

static int cmp_dir(const void *a, const void *b)
{
	const struct walked_dir *x = a, *y = b;
	if (x->dev != y->dev)
		return x->dev < y->dev ? -1 : 1;
	if (x->ino != y->ino)
		return x->ino < y->ino ? -1 : 1;
	/* a folder walked twice: the walk that found most first */
	return x->files > y->files ? -1 : x->files < y->files;
}

const struct walked_dir *discover_walked(const struct input_list *l, uint64_t dev, uint64_t ino)
{
	size_t lo = 0, hi = l->n_dirs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct walked_dir *m = &l->dirs[mid];
		if (m->dev == dev && m->ino == ino) {
			while (mid > 0 && l->dirs[mid - 1].dev == dev && l->dirs[mid - 1].ino == ino)
				mid--;
			return &l->dirs[mid];
		}
		if (m->dev < dev || (m->dev == dev && m->ino < ino))
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/*
 * One warning for the files skipped because lextab cannot read their
 * format (.doc, .pdf, ...): a researcher who saved the transcripts so
 * would otherwise see them silently missing.
 */
static void warn_unreadable(struct walk *w)
{
	if (!w->n_unread)
		return;
	char *names = xstrdup("");
	size_t named = LT_MIN(w->n_unread, (size_t)UNREAD_NAMED);
	for (size_t i = 0; i < named; i++) {
		char *t = xasprintf("%s%s'%s'", names, i ? ", " : "", w->unread[i]);
		free(names);
		names = t;
		free(w->unread[i]);
	}
	char more[48] = "";
	if (w->n_unread > named)
		snprintf(more, sizeof(more), " and %zu more", w->n_unread - named);
	msgs_add(&w->out->warnings, LT_SEV_WARNING, 0,
		 "%zu file%s in a format lextab cannot read %s skipped: %s%s (save Word files "
		 "as .docx, others as plain text .txt)", w->n_unread, w->n_unread == 1 ? "" : "s",
		 w->n_unread == 1 ? "was" : "were", names, more);
	free(names);
}

static int cmp_input(const void *a, const void *b)
{
	const struct input *x = a, *y = b;
	int r = strcmp(x->doc_id, y->doc_id);
	return r ? r : strcmp(x->path, y->path);
}

int discover(const char *const *paths, size_t n, const struct discover_opts *o,
	     struct input_list *out, struct lt_diag *d)
{
	memset(out, 0, sizeof(*out));
	msgs_init(&out->warnings);
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		if (stat(paths[i], &st) != 0)
			return lt_diag_set(d, LT_EUSAGE, "cannot read input '%s': %s", paths[i],
					   strerror(errno));
	}
	struct walk w;
	memset(&w, 0, sizeof(w));
	w.o = o;
	w.out = out;
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		if (stat(paths[i], &st) != 0)
			continue;
		w.arg = (uint32_t)i;
		if (S_ISDIR(st.st_mode)) {
			walk_dir(&w, paths[i], "", &st);
		} else if (S_ISREG(st.st_mode)) {
			const char *slash = strrchr(paths[i], '/');
			add_file(&w, paths[i], slash ? slash + 1 : paths[i], &st);
		} else if (listing_error_in_shard(&w, paths[i])) {
			add_error(out, paths[i], "%s", "not a regular file or folder");
		}
	}
	lt_vec_release(&w.stack);
	warn_unreadable(&w);
	lt_qsort(out->dirs, out->n_dirs, sizeof(*out->dirs), cmp_dir);
	settle(&w, paths, n);
	lt_qsort(out->v, out->n, sizeof(struct input), cmp_input);
	/* two different files with one doc_id: reject all of them */
	size_t wr = 0;
	for (size_t i = 0; i < out->n;) {
		size_t j = i + 1;
		while (j < out->n && strcmp(out->v[j].doc_id, out->v[i].doc_id) == 0)
			j++;
		if (j - i == 1) {
			out->v[wr++] = out->v[i];
		} else {
			for (size_t k = i; k < j; k++) {
				char *others = xstrdup("");
				for (size_t q = i; q < j; q++) {
					if (q == k)
						continue;
					char *t = xasprintf("%s%s'%s'", others, others[0] ? ", " : "",
							    out->v[q].path);
					free(others);
					others = t;
				}
				char *msg = xasprintf("doc_id '%s' is also the doc_id of %s; rename one "
						      "of them (neither is processed)",
						      out->v[k].doc_id, others);
				add_error(out, out->v[k].path, "%s", msg);
				free(msg);
				free(others);
			}
			/* free only when every message of the group is written */
			for (size_t k = i; k < j; k++) {
				free(out->v[k].path);
				free(out->v[k].doc_id);
			}
		}
		i = j;
	}
	out->n = wr;
	return LT_OK;
}

void input_list_release(struct input_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].path);
		free(l->v[i].doc_id);
	}
	free(l->v);
	for (size_t i = 0; i < l->n_err; i++) {
		free(l->err[i].path);
		free(l->err[i].message);
	}
	free(l->err);
	free(l->per_arg);
	free(l->dirs);
	msgs_release(&l->warnings);
	memset(l, 0, sizeof(*l));
}
