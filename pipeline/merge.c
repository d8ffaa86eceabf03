/* merge.c - lextab merge (see merge.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "merge.h"
#include "countkey.h"
#include "exitcode.h"
#include "diag.h"
#include "store.h"
#include "xalloc.h"
#include "banned.h"

struct src {
	const char *path;
	struct store *st;
	struct doc_key *keys;         /* doc_pk order */
	size_t n_keys;
	bool in_order;                /* keys are in doc_id order too */
	char *key;                    /* counting key */
	int64_t failed;               /* documents_failed of its latest run */
	char *shard;                  /* "K/N" of its run, or NULL */
	const char *min_doc_id;       /* NULL: no documents */
};

struct doc_ref {
	const char *doc_id;
	uint32_t src;                 /* index in canonical order */
	uint32_t k;                   /* index in that source's keys */
};

/* "lexicons '1a2b...' vs '3c4d...', lang 'english' vs 'german'"; "" when the
 * keys are the same. */
static char *key_difference(const char *a, const char *b)
{
	struct countkey ka, kb;
	countkey_parse(&ka, a);
	countkey_parse(&kb, b);
	char *s = countkey_diff(&ka, &kb, " vs ");
	countkey_release(&ka);
	countkey_release(&kb);
	return s;
}

/* ------------------------------------------------------------ ordering */

static int cmp_src(const void *x, const void *y)
{
	const struct src *a = x, *b = y;
	if (a->min_doc_id && b->min_doc_id) {
		int r = strcmp(a->min_doc_id, b->min_doc_id);
		if (r)
			return r;
	} else if (a->min_doc_id || b->min_doc_id) {
		return a->min_doc_id ? -1 : 1;
	}
	return strcmp(a->path, b->path);
}

static int cmp_ref(const void *x, const void *y)
{
	const struct doc_ref *a = x, *b = y;
	int r = strcmp(a->doc_id, b->doc_id);
	if (r)
		return r;
	return a->src < b->src ? -1 : a->src > b->src;
}

/* Every input is open at once, holding its lock file, its database, WAL
 * and WAL index: raise the descriptor limit to that, or say it is too low
 * (a limit: exit 2). */
static int raise_fd_limit(size_t n_inputs)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
		return LT_EXIT_OK;
	rlim_t want = (rlim_t)(n_inputs * 4 + 64);
	if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < want) {
		rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max > want ? want : rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
		if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
		    rl.rlim_cur < want) {
			lt_error("merging %zu databases needs %llu open files, and the limit (ulimit "
				 "-n) is %llu: merge them in groups, then merge the groups' outputs",
				 n_inputs, (unsigned long long)want,
				 (unsigned long long)rl.rlim_cur);
			return LT_EXIT_USAGE;
		}
	}
	return LT_EXIT_OK;
}

/* ------------------------------------------------------------ main */

/* a lock: 3; the system (descriptors, a lock file): 4; not a lextab
 * database of this version: 2 */
static int input_exit(const struct lt_diag *d)
{
	return lt_exit_for_db(d->code);
}

/* Inputs: existing, distinct, not the output. */
static int check_paths(const struct merge_opts *o)
{
	struct stat *st = xcalloc(o->n_inputs, sizeof(*st));
	int rc = LT_EXIT_OK;
	struct stat ost;
	bool out_exists = stat(o->out_db, &ost) == 0;
	for (size_t i = 0; i < o->n_inputs && rc == LT_EXIT_OK; i++) {
		if (stat(o->inputs[i], &st[i]) != 0) {
			lt_error("cannot read database '%s': %s", o->inputs[i], strerror(errno));
			rc = LT_EXIT_USAGE;
			break;
		}
		if (!S_ISREG(st[i].st_mode)) {
			lt_error("'%s' is not a database file", o->inputs[i]);
			rc = LT_EXIT_USAGE;
			break;
		}
		if (out_exists && st[i].st_dev == ost.st_dev && st[i].st_ino == ost.st_ino) {
			lt_error("'%s' is both the output and an input", o->inputs[i]);
			rc = LT_EXIT_USAGE;
			break;
		}
		for (size_t j = 0; j < i; j++)
			if (st[i].st_dev == st[j].st_dev && st[i].st_ino == st[j].st_ino) {
				lt_error("'%s' and '%s' are the same database", o->inputs[j],
					 o->inputs[i]);
				rc = LT_EXIT_USAGE;
				break;
			}
	}
	free(st);
	return rc;
}

/* Open the inputs and read what the merge needs from each. */
static int read_inputs(const struct merge_opts *o, struct src *srcs)
{
	struct lt_diag d;
	lt_diag_init(&d);
	for (size_t i = 0; i < o->n_inputs; i++) {
		struct src *s = &srcs[i];
		s->path = o->inputs[i];
		if (store_open(&s->st, s->path, STORE_READ_LOCKED, &d) < 0) {
			lt_error("%s", d.msg);
			return input_exit(&d);
		}
		struct last_run lr;
		if (store_meta_get(s->st, "counting_key", &s->key, &d) < 0 ||
		    store_meta_get(s->st, "shard", &s->shard, &d) < 0 ||
		    store_doc_keys(s->st, &s->keys, &s->n_keys, &d) < 0 ||
		    store_last_run(s->st, &lr, &d) < 0) {
			lt_error("%s", d.msg);
			return LT_EXIT_IO;
		}
		s->failed = lr.failed;
		if (lr.exists && !lr.finished) {
			/* a killed shard run (a job time limit) left only the
			 * documents it had committed */
			lt_error("'%s': its latest run, started %s, did not finish; run it again "
				 "before merging", s->path, lr.started_at);
			return LT_EXIT_USAGE;
		}
		if (!s->key) {
			lt_error("'%s' holds no results (no counting key): it is not the database "
				 "of a finished lextab run", s->path);
			return LT_EXIT_USAGE;
		}
		char *diff = key_difference(srcs[0].key, s->key);
		if (diff[0]) {
			lt_error("'%s' and '%s' were counted differently (%s); merge needs the same "
				 "lexicon files at the same paths, --lang, --speaker-pattern, --meta, "
				 "--liwc, lextab counting rules and library versions", srcs[0].path,
				 s->path, diff);
			free(diff);
			return LT_EXIT_USAGE;
		}
		free(diff);
		/* a fresh run numbers documents in doc_id order; documents
		 * added by a later run come last whatever their doc_id */
		s->in_order = true;
		for (size_t k = 0; k < s->n_keys; k++) {
			if (!s->min_doc_id || strcmp(s->keys[k].doc_id, s->min_doc_id) < 0)
				s->min_doc_id = s->keys[k].doc_id;
			if (k && strcmp(s->keys[k - 1].doc_id, s->keys[k].doc_id) >= 0)
				s->in_order = false;
		}
	}
	return LT_EXIT_OK;
}

/*
 * Reset OUT from the first input, then write the documents table by table,
 * each in the new doc_pk order with every input open (an append to each
 * B-tree, however the shards split the documents), then each input's
 * errors.
 */
static int copy_inputs(struct store *out, struct src *srcs, size_t n,
		       const struct merge_doc *docs, size_t n_docs, int64_t run_id,
		       struct lt_diag *d)
{
	struct store **st = xcalloc(n, sizeof(*st));
	bool *in_order = xcalloc(n, sizeof(*in_order));
	for (size_t i = 0; i < n; i++) {
		st[i] = srcs[i].st;
		in_order[i] = srcs[i].in_order;
	}
	int rc = store_merge_reset(out, srcs[0].st, d);
	for (size_t t = 0; t < store_merge_n_tables() && rc == LT_OK; t++) {
		rc = store_merge_table(out, st, in_order, n, docs, n_docs, t, run_id, d);
		lt_test_point("merge-table");
	}
	for (size_t i = 0; i < n && rc == LT_OK; i++) {
		rc = store_merge_errors(out, srcs[i].st, d);
		lt_test_point("merge-input");
	}
	free(st);
	free(in_order);
	return rc;
}

/* New doc_pks in doc_id order; a doc_id in two inputs is an error.
 * *ids: every doc_id, sorted (pointers into srcs); *docs: where each
 * comes from. */
static int renumber(struct src *srcs, size_t n, const char ***ids, struct merge_doc **docs,
		    size_t *total)
{
	size_t nd = 0;
	for (size_t i = 0; i < n; i++)
		nd += srcs[i].n_keys;
	struct doc_ref *all = xcalloc(nd ? nd : 1, sizeof(*all));
	size_t w = 0;
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < srcs[i].n_keys; k++)
			all[w++] = (struct doc_ref){ srcs[i].keys[k].doc_id, (uint32_t)i, (uint32_t)k };
	lt_qsort(all, nd, sizeof(*all), cmp_ref);
	*ids = xcalloc(nd ? nd : 1, sizeof(char *));
	*docs = xcalloc(nd ? nd : 1, sizeof(**docs));
	size_t dups = 0;
	for (size_t r = 0; r < nd; r++) {
		(*ids)[r] = all[r].doc_id;
		(*docs)[r] = (struct merge_doc){ all[r].src, srcs[all[r].src].keys[all[r].k].pk };
		if (r && strcmp(all[r].doc_id, all[r - 1].doc_id) == 0 && dups++ < 5)
			lt_error("document '%s' is in both '%s' and '%s'", all[r].doc_id,
				 srcs[all[r - 1].src].path, srcs[all[r].src].path);
	}
	free(all);
	*total = nd;
	if (dups) {
		if (dups > 5)
			lt_error("... and %zu more documents in two inputs", dups - 5);
		lt_error("shards must hold disjoint documents (lextab run --shard K/N with one N)");
		return LT_EXIT_USAGE;
	}
	return LT_EXIT_OK;
}

/* A warning when the inputs are shards of one split with some missing:
 * allowed (a partial merge), but more often a mistake. */
static void check_shard_set(const struct src *srcs, size_t n, bool quiet)
{
	unsigned long total = 0;
	unsigned char *seen = NULL;
	for (size_t i = 0; i < n; i++) {
		unsigned long k, nn;
		if (!srcs[i].shard || sscanf(srcs[i].shard, "%lu/%lu", &k, &nn) != 2 || !k ||
		    k > nn || nn > 1000000 || (total && nn != total)) {
			free(seen);
			return; /* not all shards of one split: nothing to say */
		}
		if (!total) {
			total = nn;
			seen = xcalloc(total + 1, 1);
		}
		seen[k] = 1;
	}
	size_t missing = 0;
	for (unsigned long k = 1; seen && k <= total; k++)
		missing += !seen[k];
	if (missing && !quiet) {
		LT_VEC(char) list = { 0 };
		size_t shown = 0;
		for (unsigned long k = 1; k <= total && shown < 10; k++) {
			if (seen[k])
				continue;
			char num[32];
			snprintf(num, sizeof(num), "%s%lu", shown ? ", " : "", k);
			for (const char *p = num; *p; p++)
				lt_vec_push(&list, *p);
			shown++;
		}
		lt_vec_push(&list, '\0');
		lt_warning("the inputs are %zu of %lu shards; missing: %s%s", n, total, list.v,
			   missing > shown ? ", ..." : "");
		lt_vec_release(&list);
	}
	free(seen);
}

/* Documents the output held before that the merge leaves out: both
 * lists are in doc_id order. */
static int count_removed(struct store *out, const char *const *ids, size_t n, uint64_t *removed,
			 struct lt_diag *d)
{
	struct stored_doc *old = NULL;
	size_t n_old = 0;
	*removed = 0;
	LT_TRY(store_documents(out, &old, &n_old, d));
	size_t j = 0;
	for (size_t i = 0; i < n_old; i++) {
		while (j < n && strcmp(ids[j], old[i].doc_id) < 0)
			j++;
		*removed += j == n || strcmp(ids[j], old[i].doc_id) != 0;
	}
	stored_docs_free(old, n_old);
	return LT_OK;
}

int merge_main(const struct merge_opts *o)
{
	double t_start = lt_now_s();
	char started[32];
	lt_utc_now(started, sizeof(started));
	int exit_code = raise_fd_limit(o->n_inputs);
	if (exit_code == LT_EXIT_OK)
		exit_code = check_paths(o);
	if (exit_code != LT_EXIT_OK)
		return exit_code;
	struct src *srcs = xcalloc(o->n_inputs, sizeof(*srcs));
	struct store *out = NULL;
	struct lt_diag d;
	lt_diag_init(&d);
	size_t total = 0;
	const char **ids = NULL;
	struct merge_doc *docs = NULL;
	struct run_counts counts = { 0 };
	int64_t run_id = 0;

	exit_code = read_inputs(o, srcs);
	if (exit_code != LT_EXIT_OK)
		goto out;
	/* the order of the arguments must not matter: inputs in order of their
	 * first doc_id, documents numbered in doc_id order */
	lt_qsort(srcs, o->n_inputs, sizeof(*srcs), cmp_src);
	exit_code = renumber(srcs, o->n_inputs, &ids, &docs, &total);
	if (exit_code != LT_EXIT_OK)
		goto out;
	check_shard_set(srcs, o->n_inputs, o->quiet);
	/* a tables folder that cannot be one: say so before OUT is replaced */
	struct stat ost;
	if (!o->no_tables && o->tables.out_dir && stat(o->tables.out_dir, &ost) == 0 &&
	    !S_ISDIR(ost.st_mode)) {
		lt_error("--out '%s' is not a folder", o->tables.out_dir);
		exit_code = LT_EXIT_USAGE;
		goto out;
	}

	if (store_open(&out, o->out_db, STORE_WRITE, &d) < 0) {
		lt_error("%s", d.msg);
		exit_code = d.code == LT_ELOCK ? LT_EXIT_LOCKED : LT_EXIT_IO;
		goto out;
	}
	char *reason = xasprintf("merge of %zu databases", o->n_inputs);
	int rc = count_removed(out, ids, total, &counts.removed, &d);
	/* a new output: every page written once (store_bulk_journal) */
	bool bulk = store_created(out);
	if (bulk)
		store_bulk_journal(out, true);
	/* the run row too is in the transaction: a failed merge leaves none */
	if (rc == LT_OK)
		rc = store_begin(out, &d);
	if (rc == LT_OK)
		rc = store_run_start(out, started, o->command_line, o->command_line, reason, &run_id,
				     &d);
	free(reason);
	if (rc == LT_OK)
		rc = copy_inputs(out, srcs, o->n_inputs, docs, total, run_id, &d);
	if (rc == LT_OK)
		rc = store_run_provenance(out, run_id, &d);
	if (rc == LT_OK)
		rc = store_commit(out, &d);
	if (rc < 0)
		store_rollback(out);
	if (bulk)
		store_bulk_journal(out, false);
	if (rc < 0) {
		lt_error("%s", d.msg);
		exit_code = LT_EXIT_IO;
		goto out;
	}
	/* the inputs are no longer needed: let their runs go on */
	for (size_t i = 0; i < o->n_inputs; i++) {
		store_close(srcs[i].st);
		srcs[i].st = NULL;
		counts.failed += (uint64_t)srcs[i].failed;
	}
	counts.seen = counts.processed = total;
	exit_code = counts.failed ? LT_EXIT_PARTIAL : LT_EXIT_OK;

	if (!o->no_tables && tables_export(out, &o->tables, &d) < 0) {
		lt_error("%s", d.msg);
		exit_code = d.code == LT_ESQLITE || d.code == LT_EIO ? LT_EXIT_IO : LT_EXIT_USAGE;
	}
	char finished[32];
	lt_utc_now(finished, sizeof(finished));
	if (store_run_finish(out, run_id, finished, &counts, exit_code, &d) < 0) {
		lt_error("%s", d.msg);
		exit_code = LT_EXIT_IO;
	}
	if (!o->quiet || exit_code != LT_EXIT_OK)
		fprintf(stderr, "lextab: merged %zu databases: %zu documents, %llu removed from "
				"'%s', %llu failed in the shard runs; %.2f s; exit %d\n",
			o->n_inputs, total, (unsigned long long)counts.removed, o->out_db,
			(unsigned long long)counts.failed, lt_now_s() - t_start, exit_code);
out:
	for (size_t i = 0; i < o->n_inputs; i++) {
		store_close(srcs[i].st);
		doc_keys_free(srcs[i].keys, srcs[i].n_keys);
		free(srcs[i].key);
		free(srcs[i].shard);
	}
	free(srcs);
	free(ids);
	free(docs);
	store_close(out);
	return exit_code;
}
