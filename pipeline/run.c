/* run.c - `lextab run` (see run.h).
 *
 * Determinism: inputs are sorted by doc_id before anything happens; each
 * document is processed into its own slot by whichever thread takes it,
 * with state that never depends on other documents' order (the word memo
 * only caches pure functions of the word); the writer consumes slots in
 * order. So the database and tables do not depend on --threads.
 * Memory: at most two chunks of documents (each bounded in count and bytes)
 * are held at a time - one being written while the next is processed -
 * plus each thread's word memo.
 */
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

#include "run.h"
#include "arena.h"
#include "aggregate.h"
#include "countkey.h"
#include "exitcode.h"
#include "decode.h"
#include "diag.h"
#include "discover.h"
#include "lexicon.h"
#include "match.h"
#include "meta.h"
#include "par.h"
#include "reader.h"
#include "result.h"
#include "rx.h"
#include "segment.h"
#include "speakers.h"
#include "stem.h"
#include "store.h"
#include "tables.h"
#include "xalloc.h"
#include "banned.h"

#define CHUNK_DOCS 256
#define CHUNK_BYTES (8u * 1024u * 1024u)

struct worker {
	struct arena chunk[2];     /* one per result buffer (double buffering) */
	struct matcher *m;
	struct rx_scratch *rs;
};

/* What phase 0 decided for one input. */
enum plan {
	PLAN_PROCESS = 0,
	PLAN_CHECK_HASH,   /* size or mtime changed, or mtime not older than the previous
			    * run's start (racy): read, skip if the hash is the same */
	PLAN_UNCHANGED     /* same path, size and mtime: not read */
};

struct ctx {
	const struct run_opts *o;
	struct stemmer *st;
	const char *lang;          /* canonical stemmer language */
	struct lexicon *lx;
	struct meta *meta;
	struct seg_rules *rules;
	struct pattern_for *pf;    /* --speaker-pattern-for, NULL when none */
	struct meta_report *rep;   /* with --meta: fed by the writer in document order */
	size_t warnings;           /* printed (or, with --quiet, not printed) warnings */
	struct lt_msgs lexwarn;    /* the lexicons' warnings, stored with the run's */
	struct input_list inputs;
	enum plan *plan;
	uint64_t *old_hash;
	struct worker *workers;
	int n_workers;
	struct store *store;
	int64_t run_id;
	char *key_text;            /* this run's counting key, stored form */
	char *old_key;             /* the database's, NULL when none */
	char *reason_text;         /* why everything is re-matched, NULL: incremental */
	bool reason_failed;        /* reading the old key failed (d set) */
	FILE *log;
	struct run_counts counts;
	double t_read, t_decode, t_parse, t_match, t_write;
	uint64_t bytes, tokens;
};


LT_PRINTF(2, 3) static void logf_(struct ctx *c, const char *fmt, ...)
{
	if (!c->log)
		return;
	char ts[32];
	lt_utc_now(ts, sizeof(ts));
	fprintf(c->log, "%s ", ts);
	va_list ap;
	va_start(ap, fmt);
	vfprintf(c->log, fmt, ap);
	va_end(ap);
	fputc('\n', c->log);
	fflush(c->log);
}

/* ------------------------------------------------------------ worker */

static void process_doc(struct ctx *c, struct worker *w, struct arena *ar, size_t idx,
			struct doc_result *r)
{
	const struct input *in = &c->inputs.v[idx];
	double t0 = lt_now_s();
	struct reader_bytes raw;
	r->mtime_ns = in->mtime_ns;
	if (reader_read(in->path, NULL, c->o->max_file_size, ar, &raw, &r->diag) < 0) {
		r->state = RESULT_FAILED;
		return;
	}
	r->mtime_ns = raw.mtime_ns;
	r->size = raw.len;
	r->hash = XXH3_64bits(raw.data, raw.len); /* of the raw bytes: a .docx too */
	double t1 = lt_now_s();
	r->t_read = t1 - t0;
	if (c->plan[idx] == PLAN_CHECK_HASH && r->hash == c->old_hash[idx]) {
		r->state = RESULT_UNCHANGED;
		return;
	}
	/* the text (a Word file's extracted first), decoded: through the one reader */
	struct decoded dec;
	if (reader_decode(in->path, NULL, c->o->max_file_size, &raw, ar, &dec, &r->msgs,
			  &r->diag) < 0) {
		r->state = RESULT_FAILED;
		return;
	}
	r->enc = dec.enc;
	double t2 = lt_now_s();
	r->t_decode = t2 - t1;
	enum doc_format fmt = seg_detect_format(in->path, dec.text, dec.len);
	struct seg_findings f = { NULL, 0 };
	struct seg_opts so = { patfor_rule(c->pf, in), &f };
	segment_parse_opts(c->rules, w->rs, dec.text, dec.len, fmt, &so, ar, &r->doc, &r->msgs);
	speakers_findings_to_msgs(&f, &r->msgs);
	uint32_t ns = r->doc.n_speakers;
	r->spk = arena_calloc(ar, ns ? ns : 1, sizeof(*r->spk));
	for (uint32_t s = 0; s < ns; s++)
		meta_resolve(c->meta, in->doc_id, &r->doc, s, ar, &r->spk[s].attrs,
			     &r->spk[s].interviewer);
	double t3 = lt_now_s();
	r->t_parse = t3 - t2;
	r->turn_tokens = arena_calloc(ar, r->doc.n_turns ? r->doc.n_turns : 1,
				      sizeof(uint32_t));
	for (uint32_t t = 0; t < r->doc.n_turns; t++) {
		const struct turn *tu = &r->doc.turns[t];
		uint32_t nt = matcher_turn(w->m, tu->text, tu->len, t, tu->line, ar, &r->hits,
					   &r->msgs);
		r->turn_tokens[t] = nt;
		r->spk[tu->speaker].n_turns++;
		r->spk[tu->speaker].n_tokens += nt;
		r->n_tokens += nt;
	}
	aggregate_doc(r, ar, c->lx);
	r->t_match = lt_now_s() - t3;
	r->state = RESULT_DONE;
}

/* ------------------------------------------------------------ writer */

static void report_msgs(struct ctx *c, const struct input *in, const struct lt_msgs *m,
			struct lt_diag *d, int *rc)
{
	for (size_t i = 0; i < m->n; i++) {
		const struct lt_msg *g = &m->v[i];
		bool err = g->severity == LT_SEV_ERROR;
		c->warnings += !err;
		if (err || !c->o->quiet) {
			if (g->line)
				fprintf(stderr, "lextab: %s: %s:%u: %s\n", err ? "error" : "warning",
					in->path, g->line, g->text);
			else
				fprintf(stderr, "lextab: %s: %s: %s\n", err ? "error" : "warning",
					in->path, g->text);
		}
		if (g->line)
			logf_(c, "%s: %s:%u: %s", err ? "error" : "warning", in->path, g->line, g->text);
		else
			logf_(c, "%s: %s: %s", err ? "error" : "warning", in->path, g->text);
		if (*rc == LT_OK)
			*rc = store_error(c->store, c->run_id, in->path, g->line, g->severity, g->text, d);
	}
}

static const char *col_dup(struct arena *a, struct store_stmt *st, int i)
{
	size_t n;
	const char *t = store_col_text(st, i, &n);
	return arena_strndup(a, t, n);
}

/*
 * An unchanged document's speakers, as stored by the run that processed
 * it (the counting key includes the metadata, so its attributes are this
 * metadata's), handed to the metadata report.
 */
static int report_stored_speakers(struct ctx *c, const char *doc_id, struct lt_diag *d)
{
	struct store_stmt *st;
	LT_TRY(store_prepare(c->store, "SELECT s.speaker, s.label, a.key, a.value FROM speakers s"
				       " JOIN documents d ON d.doc_pk = s.doc_pk LEFT JOIN"
				       " speaker_attrs a ON a.doc_pk = s.doc_pk AND"
				       " a.speaker = s.speaker WHERE d.doc_id = ?1"
				       " ORDER BY s.speaker, a.key", &st, d));
	store_bind_text(st, 1, doc_id);
	meta_report_doc(c->rep, doc_id, true);
	struct arena a; /* this document's labels and attributes */
	arena_init(&a);
	LT_VEC(struct kv) kv = { 0 };
	const char *label = NULL;
	int64_t cur = -1;
	int rc;
	for (;;) {
		rc = store_step(st, d);
		int64_t spk = rc == 1 ? store_col_int(st, 0) : -2;
		if (spk != cur && label) { /* the previous speaker is complete */
			struct kv_list l = { kv.v, (uint32_t)kv.n };
			meta_report_speaker(c->rep, label, &l);
			kv.n = 0;
		}
		if (rc != 1)
			break;
		if (spk != cur) {
			label = col_dup(&a, st, 1);
			cur = spk;
		}
		if (!store_col_null(st, 2)) {
			struct kv e = { col_dup(&a, st, 2),
					col_dup(&a, st, 3) };
			lt_vec_push(&kv, e);
		}
	}
	lt_vec_release(&kv);
	arena_release(&a);
	store_finalize(st);
	return rc < 0 ? rc : LT_OK;
}

/* Feed the metadata report one document of the chunk (writer, in order). */
static int report_doc(struct ctx *c, const struct input *in, const struct doc_result *r,
		      struct lt_diag *d)
{
	switch (r->state) {
	case RESULT_DONE:
		meta_report_doc(c->rep, in->doc_id, true);
		for (uint32_t s = 0; s < r->doc.n_speakers; s++)
			meta_report_speaker(c->rep, r->doc.speakers[s].label, &r->spk[s].attrs);
		return LT_OK;
	case RESULT_UNCHANGED:
		return report_stored_speakers(c, in->doc_id, d);
	default:
		meta_report_doc(c->rep, in->doc_id, false);
		return LT_OK;
	}
}

static int write_chunk(struct ctx *c, struct doc_result *res, size_t first, size_t n,
		       struct lt_diag *d)
{
	double t0 = lt_now_s();
	int rc = store_begin(c->store, d);
	for (size_t k = 0; k < n && rc == LT_OK; k++) {
		struct doc_result *r = &res[k];
		const struct input *in = &c->inputs.v[first + k];
		report_msgs(c, in, &r->msgs, d, &rc);
		if (rc < 0)
			break;
		if (rc == LT_OK && c->rep)
			rc = report_doc(c, in, r, d);
		switch (r->state) {
		case RESULT_DONE:
			rc = store_put_doc(c->store, in, r, c->run_id, d);
			lt_test_point("doc");
			c->counts.processed++;
			c->bytes += r->size;
			c->tokens += r->n_tokens;
			break;
		case RESULT_UNCHANGED:
			rc = store_touch_doc(c->store, in, d);
			c->counts.skipped++;
			break;
		case RESULT_FAILED:
			fprintf(stderr, "lextab: error: %s: %s\n", in->path, r->diag.msg);
			logf_(c, "error: %s: %s", in->path, r->diag.msg);
			c->counts.failed++;
			rc = store_error(c->store, c->run_id, in->path, 0, LT_SEV_ERROR, r->diag.msg, d);
			if (rc == LT_OK) /* what is in the db must be what this run could read */
				rc = store_delete_doc(c->store, in->doc_id, d);
			break;
		case RESULT_PENDING:
			LT_BUG("unprocessed document in a finished chunk");
		}
		c->t_read += r->t_read;
		c->t_decode += r->t_decode;
		c->t_parse += r->t_parse;
		c->t_match += r->t_match;
	}
	if (rc == LT_OK)
		rc = store_commit(c->store, d);
	else
		store_rollback(c->store);
	if (rc == LT_OK)
		lt_test_point("commit");
	c->t_write += lt_now_s() - t0;
	return rc;
}

/* ------------------------------------------------------------ phase 0 */

static int find_stored(const struct stored_doc *v, size_t n, const char *doc_id)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int r = strcmp(v[mid].doc_id, doc_id);
		if (r == 0)
			return (int)mid;
		if (r < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

static char *lexicon_files_text(const struct lexicon *lx)
{
	char *s = xstrdup("");
	for (uint32_t i = 0; i < lexicon_n_files(lx); i++) {
		const struct lex_file *f = lexicon_file(lx, i);
		char *t = xasprintf("%s%s%s=%016llx", s, i ? ";" : "", f->path,
				    (unsigned long long)f->hash);
		free(s);
		s = t;
	}
	return s;
}

static void print_stats(const struct ctx *c, double wall)
{
	double mb = (double)c->bytes / 1e6;
	printf("stats: documents %llu, %.1f MB, %llu tokens, %.3f s wall\n",
	       (unsigned long long)c->counts.processed, mb, (unsigned long long)c->tokens, wall);
	printf("stats: %.1f MB/s, %.0f tokens/s, %.1f documents/s\n", wall > 0 ? mb / wall : 0,
	       wall > 0 ? (double)c->tokens / wall : 0,
	       wall > 0 ? (double)c->counts.processed / wall : 0);
	printf("stats: thread time: read %.3f s, decode %.3f s, parse %.3f s, match %.3f s;"
	       " writer: %.3f s\n", c->t_read, c->t_decode, c->t_parse, c->t_match, c->t_write);
	size_t vocab = 0, mem = 0;
	for (int i = 0; i < c->n_workers; i++) {
		vocab += matcher_vocabulary(c->workers[i].m);
		mem += matcher_memory(c->workers[i].m);
	}
	printf("stats: threads %d, word memo %zu types, %.1f MB\n", c->n_workers, vocab,
	       (double)mem / 1e6);
}

static void progress(const struct ctx *c, size_t done, size_t total, double t0, uint64_t bytes)
{
	double el = lt_now_s() - t0;
	double mbs = el > 0 ? (double)bytes / 1e6 / el : 0;
	double eta = done ? el * (double)(total - done) / (double)done : 0;
	(void)c;
	fprintf(stderr, "\r%zu/%zu documents  %.1f MB/s  ETA %.0f s   ", done, total, mbs, eta);
	fflush(stderr);
}

/*
 * Under an address-space limit (ulimit -v) every thread costs virtual
 * memory up front - its stack and, with glibc, a malloc arena reservation
 * of 64 MiB - so a limit that cannot hold them would make the OpenMP
 * runtime fail to start threads. Fewer threads instead, with a warning.
 * Budget (docs/memory.md): about 160 MiB for the process, plus about
 * 128 MiB of address space per extra thread.
 */
#define AS_BASE_MIB 160
#define AS_PER_THREAD_MIB 128

static int fit_address_space(int nthreads, bool quiet)
{
	struct rlimit rl;
	if (nthreads <= 1 || getrlimit(RLIMIT_AS, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
		return nthreads;
	uint64_t mib = (uint64_t)rl.rlim_cur >> 20;
	uint64_t fit = mib > AS_BASE_MIB ? 1 + (mib - AS_BASE_MIB) / AS_PER_THREAD_MIB : 1;
	if (fit >= (uint64_t)nthreads)
		return nthreads;
	if (!quiet)
		lt_warning("the address-space limit (ulimit -v) of %llu MiB fits %llu thread%s, "
			   "not %d; running with %llu", (unsigned long long)mib,
			   (unsigned long long)fit, fit == 1 ? "" : "s", nthreads,
			   (unsigned long long)fit);
	return (int)fit;
}

/* One chunk of documents in flight: its results, in input order. */
struct slot {
	struct doc_result *res;
	size_t first, cnt;
	uint64_t bytes;
};

/* The next chunk from input 'first': at most chunk_docs documents and
 * CHUNK_BYTES of input to read (at least one document). */
static void next_chunk(struct ctx *c, struct slot *s, size_t first, size_t chunk_docs)
{
	size_t n = c->inputs.n, cnt = 0;
	uint64_t bytes = 0;
	while (first + cnt < n && cnt < chunk_docs &&
	       (cnt == 0 || bytes + c->inputs.v[first + cnt].size <= CHUNK_BYTES)) {
		bytes += c->plan[first + cnt] == PLAN_UNCHANGED ? 0 : c->inputs.v[first + cnt].size;
		cnt++;
	}
	s->first = first;
	s->cnt = cnt;
	s->bytes = bytes;
	memset(s->res, 0, cnt * sizeof(*s->res));
	for (size_t k = 0; k < cnt; k++) {
		s->res[k].input = (uint32_t)(first + k);
		msgs_init(&s->res[k].msgs);
		lt_diag_init(&s->res[k].diag);
		if (c->plan[first + k] == PLAN_UNCHANGED)
			s->res[k].state = RESULT_UNCHANGED;
	}
}

/* Phase 1: the chunk's documents in parallel, into arenas 'buf'. */
static void process_slot(struct ctx *c, struct slot *s, int buf)
{
	long long lcnt = (long long)s->cnt;
	struct doc_result *res = s->res;
	size_t first = s->first;
#pragma omp parallel for schedule(dynamic, 1)
	for (long long k = 0; k < lcnt; k++) {
		if (res[k].state == RESULT_UNCHANGED)
			continue;
		struct worker *w = &c->workers[par_thread_id()];
		process_doc(c, w, &w->chunk[buf], first + (size_t)k, &res[k]);
	}
}

/* After a chunk is written: free its results and arenas. */
static void finish_slot(struct ctx *c, struct slot *s, int buf)
{
	for (size_t k = 0; k < s->cnt; k++)
		result_release(&s->res[k]);
	s->cnt = 0;
	for (int i = 0; i < c->n_workers; i++) {
		struct arena_mark m0 = { NULL, 0 };
		arena_reset(&c->workers[i].chunk[buf], m0);
	}
}

/* Phase 2 for one chunk, on the writer thread or inline. */
struct writer_job {
	struct ctx *c;
	struct slot *s;
	struct lt_diag d;
	int rc;
};

static void *writer_main(void *arg)
{
	struct writer_job *j = arg;
	j->rc = write_chunk(j->c, j->s->res, j->s->first, j->s->cnt, &j->d);
	return NULL;
}

/* ------------------------------------------------------------ phase 0 */

/* Stemmer, lexicons, metadata, label rule: any failure is a usage error. */
static int load_config(struct ctx *c, struct lt_diag *d)
{
	const struct run_opts *o = c->o;
	LT_TRY(stemmer_new(&c->st, o->lang, d));
	c->lang = stemmer_language(c->st);
	c->lx = lexicon_new(c->st);
	int rc = LT_OK;
	for (size_t i = 0; i < o->n_lexicons && rc == LT_OK; i++)
		rc = lexicon_add_path(c->lx, o->lexicons[i], &c->lexwarn, d);
	if (rc == LT_OK)
		rc = lexicon_finish(c->lx, o->liwc, d);
	if (!o->quiet)
		for (size_t i = 0; i < c->lexwarn.n; i++)
			lt_warning("%s", c->lexwarn.v[i].text);
	c->warnings += c->lexwarn.n;
	LT_TRY(rc);
	if (o->meta) {
		LT_TRY(meta_load(&c->meta, o->meta, d));
		c->warnings += meta_messages(c->meta)->n;
		if (!o->quiet)
			msgs_print(meta_messages(c->meta), o->meta, stderr);
	}
	LT_TRY(seg_rules_new(&c->rules, o->speaker_pattern, d));
	size_t nroles;
	const char **roles = meta_column_values(c->meta, "role", &nroles);
	seg_rules_add_roles(c->rules, roles, nroles); /* "Name (Role):" vs "Role (Name):" */
	free(roles);
	return patfor_new(&c->pf, o->pattern_for, o->n_pattern_for, d);
}

/* Everything a worker needs that can fail is set up here, on the main thread. */
static int setup_workers(struct ctx *c, struct lt_diag *d)
{
	int nthreads = c->o->threads > 0 ? c->o->threads : par_max_threads();
	nthreads = fit_address_space(nthreads, c->o->quiet);
	par_set_threads(nthreads);
	c->n_workers = par_max_threads();
	if (c->n_workers < 1)
		c->n_workers = 1;
	c->workers = xcalloc((size_t)c->n_workers, sizeof(*c->workers));
	uint32_t groups = LT_MAX(lexicon_max_groups(c->lx),
				 LT_MAX(seg_rules_max_groups(c->rules), patfor_max_groups(c->pf)));
	for (int i = 0; i < c->n_workers; i++) {
		arena_init(&c->workers[i].chunk[0]);
		arena_init(&c->workers[i].chunk[1]);
		LT_TRY(matcher_new(&c->workers[i].m, c->lx, c->o->lang, d));
		/* label patterns run on every line: a tighter bound than lexicon regexes */
		c->workers[i].rs = rx_scratch_new(groups, 1000000);
	}
	return LT_OK;
}

/*
 * The folder that decides whether stored document 'path', which no input
 * matches any more, may be removed: its deepest existing ancestor folder.
 * Returns that folder (malloc'd) when this run walked it and found it
 * empty or unreadable - an unmounted share or mount point - else NULL: a
 * folder the run did not walk (another corpus), or one that still holds
 * transcripts (the file, or a whole subfolder, was deleted).
 */
static char *suspicious_folder(const struct input_list *l, const char *path, bool *unreadable)
{
	char *dir = xstrdup(path);
	for (;;) {
		char *slash = strrchr(dir, '/');
		if (!slash || slash == dir)
			break;
		*slash = '\0';
		struct stat st;
		if (stat(dir, &st) != 0)
			continue; /* gone: look at its parent */
		const struct walked_dir *wd = S_ISDIR(st.st_mode)
			? discover_walked(l, (uint64_t)st.st_dev, (uint64_t)st.st_ino) : NULL;
		if (wd && (wd->unreadable || wd->files == 0)) {
			*unreadable = wd->unreadable;
			return dir;
		}
		break;
	}
	free(dir);
	return NULL;
}

/* Stored documents whose path lies below folder 'dir'. */
static size_t count_below(const struct stored_doc *sd, size_t n, const char *dir)
{
	size_t k = 0, dl = strlen(dir);
	for (size_t i = 0; i < n; i++)
		k += strncmp(sd[i].path, dir, dl) == 0 && sd[i].path[dl] == '/';
	return k;
}

/*
 * A stored document about to be removed whose folder (at any depth below
 * a PATH) is now empty or unreadable: refuse, as for a top-level folder.
 * Both lists are sorted by doc_id. Prints the error; LT_EUSAGE or LT_OK.
 */
static int check_empty_subfolders(struct ctx *c, const struct stored_doc *sd, size_t nsd)
{
	const struct input_list *l = &c->inputs;
	char *last = NULL;
	int rc = LT_OK;
	for (size_t i = 0, j = 0; i < nsd && rc == LT_OK; i++) {
		while (j < l->n && strcmp(l->v[j].doc_id, sd[i].doc_id) < 0)
			j++;
		if (j < l->n && strcmp(l->v[j].doc_id, sd[i].doc_id) == 0)
			continue;
		const char *slash = strrchr(sd[i].path, '/');
		size_t dl = slash ? (size_t)(slash - sd[i].path) : 0;
		if (last && strlen(last) == dl && strncmp(last, sd[i].path, dl) == 0)
			continue; /* this folder was looked at already */
		free(last);
		last = xstrndup(sd[i].path, dl);
		bool unreadable = false;
		char *dir = suspicious_folder(l, sd[i].path, &unreadable);
		if (!dir)
			continue;
		lt_error("'%s' %s, but the database holds %zu documents from it; is it unmounted? "
			 "Nothing was changed (--allow-empty lets an empty folder remove them)", dir,
			 unreadable ? "cannot be read" : "holds no transcripts",
			 count_below(sd, nsd, dir));
		free(dir);
		rc = LT_EUSAGE;
	}
	free(last);
	return rc;
}

/*
 * An unmounted share is an existing, empty folder: refuse to let it
 * silently remove the documents the database holds from it - a PATH
 * folder, or one below it. Returns LT_OK, LT_EUSAGE (printed here) or a
 * database failure (in d).
 */
static int check_empty_paths(struct ctx *c, struct lt_diag *d)
{
	const struct run_opts *o = c->o;
	if (o->allow_empty)
		return LT_OK;
	struct stored_doc *sd = NULL;
	size_t nsd = 0;
	LT_TRY(store_documents(c->store, &sd, &nsd, d));
	int rc = LT_OK;
	for (size_t i = 0; i < o->n_paths && nsd && rc == LT_OK; i++) {
		struct stat pst;
		if (c->inputs.per_arg[i] || stat(o->paths[i], &pst) != 0 || !S_ISDIR(pst.st_mode))
			continue;
		bool errs = false;
		for (size_t k = 0; k < c->inputs.n_err; k++)
			errs |= strncmp(c->inputs.err[k].path, o->paths[i], strlen(o->paths[i])) == 0;
		if (errs)
			continue;
		lt_error("'%s' holds no transcripts, but the database holds %zu documents; "
			 "is it unmounted? Nothing was changed (--allow-empty lets an empty "
			 "folder remove them)", o->paths[i], nsd);
		rc = LT_EUSAGE;
	}
	if (rc == LT_OK)
		rc = check_empty_subfolders(c, sd, nsd);
	stored_docs_free(sd, nsd);
	return rc;
}

/* Why everything must be re-matched (c->reason_text), or NULL; sets
 * c->key_text. A failure to read the old key sets c->reason_failed. */
static const char *rematch_reason(struct ctx *c, struct lt_diag *d)
{
	char *meta_hash = c->meta ? xasprintf("%016llx",
					      (unsigned long long)meta_content_hash(c->meta))
				  : NULL;
	size_t pf_len, pf_n;
	char *pf_specs = patfor_specs(c->pf, &pf_len, &pf_n);
	char *pf_key = pf_specs ? xasprintf("%zu:%016llx", pf_n, /* "N:HASH" */
					    (unsigned long long)XXH3_64bits(pf_specs, pf_len))
				: NULL;
	free(pf_specs);
	struct countkey_src src = { lexicon_hash(c->lx), c->lang, c->o->speaker_pattern, meta_hash,
				    c->o->liwc, rx_version(), stemmer_version(),
				    decode_utf8proc_version(), pf_key };
	struct countkey key, old;
	countkey_build(&key, &src);
	free(meta_hash);
	free(pf_key);
	c->key_text = countkey_format(&key);
	if (store_meta_get(c->store, "counting_key", &c->old_key, d) < 0) {
		c->reason_failed = true;
	} else if (c->o->full) {
		c->reason_text = xstrdup("--full");
	} else if (!c->old_key) {
		c->reason_text = xstrdup("new database");
	} else {
		/* "counting key changed: pcre2 '10.40' -> '10.42'" */
		countkey_parse(&old, c->old_key);
		if (!countkey_equal(&old, &key)) {
			char *diff = countkey_diff(&old, &key, " -> ");
			c->reason_text = xasprintf("counting key changed: %s", diff);
			free(diff);
		}
		countkey_release(&old);
	}
	countkey_release(&key);
	return c->reason_text;
}

/* In the open transaction: the provenance of this run in meta and runs. */
static int put_provenance(struct ctx *c, struct lt_diag *d)
{
	const struct run_opts *o = c->o;
	char *versions = xasprintf("lextab %s (rules %d); SQLite %s; PCRE2 %s; libstemmer %s;"
				   " utf8proc %s; %s", LT_VERSION, LT_RULES_VERSION,
				   store_sqlite_version(), rx_version(), stemmer_version(),
				   decode_utf8proc_version(), par_runtime());
	char *lexfiles = lexicon_files_text(c->lx);
	char lh[32], shard[48] = "";
	snprintf(lh, sizeof(lh), "%016llx", (unsigned long long)lexicon_hash(c->lx));
	if (o->shard_n)
		snprintf(shard, sizeof(shard), "%u/%u", o->shard_k, o->shard_n);
	int rc = store_meta_set(c->store, "versions", versions, d);
	if (rc == LT_OK)
		rc = store_meta_set(c->store, "lexicon_hash", lh, d);
	if (rc == LT_OK)
		rc = store_meta_set(c->store, "lexicon_files", lexfiles, d);
	if (rc == LT_OK)
		rc = store_meta_set(c->store, "language", c->lang, d);
	if (rc == LT_OK)
		rc = store_meta_set(c->store, "tool_version", LT_VERSION, d);
	if (rc == LT_OK)
		rc = store_meta_set(c->store, "shard", shard, d);
	if (rc == LT_OK)
		rc = store_run_provenance(c->store, c->run_id, d);
	free(versions);
	free(lexfiles);
	return rc;
}

/* In the open transaction: what each input needs (c->plan), and the
 * removal of stored documents no input has any more. */
static int plan_inputs(struct ctx *c, struct lt_diag *d)
{
	struct stored_doc *stored = NULL;
	size_t n_stored = 0;
	int64_t since_s = 0;
	LT_TRY(store_racy_since(c->store, &since_s, d));
	int64_t racy_ns = since_s > INT64_MAX / 1000000000LL ? INT64_MAX : since_s * 1000000000LL;
	LT_TRY(store_documents(c->store, &stored, &n_stored, d));
	size_t n = c->inputs.n;
	c->plan = xcalloc(n ? n : 1, sizeof(*c->plan));
	c->old_hash = xcalloc(n ? n : 1, sizeof(*c->old_hash));
	bool *keep = xcalloc(n_stored ? n_stored : 1, sizeof(bool));
	for (size_t i = 0; i < n; i++) {
		const struct input *in = &c->inputs.v[i];
		int k = find_stored(stored, n_stored, in->doc_id);
		if (k < 0)
			continue;
		keep[k] = true;
		if (strcmp(stored[k].path, in->path) != 0) {
			/* moved or renamed: its extension may decide its format */
			c->plan[i] = PLAN_PROCESS;
		} else if (stored[k].size == in->size && stored[k].mtime_ns == in->mtime_ns &&
			   in->mtime_ns < racy_ns) {
			c->plan[i] = PLAN_UNCHANGED;
		} else {
			c->plan[i] = PLAN_CHECK_HASH;
			c->old_hash[i] = stored[k].hash;
		}
	}
	int rc = LT_OK;
	for (size_t k = 0; k < n_stored && rc == LT_OK; k++)
		if (!keep[k]) {
			rc = store_delete_doc(c->store, stored[k].doc_id, d);
			c->counts.removed++;
			logf_(c, "removed: %s (%s)", stored[k].doc_id, stored[k].path);
		}
	free(keep);
	stored_docs_free(stored, n_stored);
	return rc;
}

/* Warnings of one list about 'input' (NULL: about the run) in errors. */
static int store_msgs(struct ctx *c, const char *input, const struct lt_msgs *m,
		      struct lt_diag *d)
{
	for (size_t i = 0; m && i < m->n; i++)
		LT_TRY(store_error(c->store, c->run_id, input, m->v[i].line, m->v[i].severity,
				   m->v[i].text, d));
	return LT_OK;
}

/*
 * Inputs that could not even be listed: printed and recorded; and the
 * warnings printed before the database was open (about the inputs, the
 * lexicons, the metadata file) recorded, so the errors table holds every
 * warning the run printed.
 */
static int record_listing_errors(struct ctx *c, struct lt_diag *d)
{
	LT_TRY(store_msgs(c, NULL, &c->inputs.warnings, d));
	LT_TRY(store_msgs(c, NULL, &c->lexwarn, d));
	if (c->meta)
		LT_TRY(store_msgs(c, c->o->meta, meta_messages(c->meta), d));
	for (size_t i = 0; i < c->inputs.n_err; i++) {
		const struct input_error *e = &c->inputs.err[i];
		fprintf(stderr, "lextab: error: %s: %s\n", e->path, e->message);
		logf_(c, "error: %s: %s", e->path, e->message);
		LT_TRY(store_error(c->store, c->run_id, e->path, 0, LT_SEV_ERROR, e->message, d));
		c->counts.failed++;
	}
	return LT_OK;
}

/*
 * The run row, then in one transaction: when everything is re-matched,
 * the old results cleared together with installing the new lexicon and
 * key (a killed run can never leave hits of two lexicons side by side);
 * the provenance; the plan and removals; the listing errors.
 */
static int start_run(struct ctx *c, const char *started, struct lt_diag *d)
{
	const struct run_opts *o = c->o;
	const char *reason = rematch_reason(c, d);
	if (c->reason_failed)
		return d->code;
	LT_TRY(store_run_start(c->store, started, o->command_line, o->options_text, reason,
			       &c->run_id, d));
	LT_TRY(store_begin(c->store, d));
	int rc = LT_OK;
	if (reason)
		rc = store_exec(c->store, "DELETE FROM hits; DELETE FROM counts; DELETE FROM turns;"
					  " DELETE FROM speaker_attrs; DELETE FROM speakers;"
					  " DELETE FROM document_attrs; DELETE FROM documents;", d);
	if (reason && rc == LT_OK)
		rc = store_put_lexicon(c->store, c->lx, d);
	if (reason && rc == LT_OK)
		rc = store_meta_set(c->store, "counting_key", c->key_text, d);
	if (rc == LT_OK)
		rc = put_provenance(c, d);
	if (rc == LT_OK)
		rc = plan_inputs(c, d);
	if (rc == LT_OK)
		rc = record_listing_errors(c, d);
	if (rc == LT_OK)
		rc = store_commit(c->store, d);
	else
		store_rollback(c->store);
	c->counts.seen = c->inputs.n + c->inputs.n_err;
	return rc;
}

/* ------------------------------------------------------------ phases 1 and 2 */

/*
 * Chunk by chunk. With several workers the single writer runs on its own
 * thread, writing chunk k while the workers process chunk k+1; the order
 * of the writes, and so every byte written, is the same.
 */
static int process_all(struct ctx *c, struct lt_diag *d)
{
	size_t chunk_docs = CHUNK_DOCS;
	const char *cd = getenv("LEXTAB_CHUNK_DOCS"); /* a testing knob: docs/testing.md */
	if (cd && strtoul(cd, NULL, 10) > 0)
		chunk_docs = LT_MIN((size_t)strtoul(cd, NULL, 10), (size_t)CHUNK_DOCS);
	struct slot slot[2];
	memset(slot, 0, sizeof(slot));
	slot[0].res = xcalloc(CHUNK_DOCS, sizeof(struct doc_result));
	slot[1].res = xcalloc(CHUNK_DOCS, sizeof(struct doc_result));
	bool overlap = c->n_workers > 1;
	double t_loop = lt_now_s();
	uint64_t bytes_done = 0;
	int p = 0, rc = LT_OK;
	next_chunk(c, &slot[0], 0, chunk_docs);
	process_slot(c, &slot[0], 0);
	while (slot[p].cnt) {
		int q = 1 - p;
		next_chunk(c, &slot[q], slot[p].first + slot[p].cnt, chunk_docs);
		struct writer_job job = { c, &slot[p], { LT_OK, "" }, LT_OK };
		pthread_t th;
		bool threaded = overlap && slot[q].cnt &&
				pthread_create(&th, NULL, writer_main, &job) == 0;
		if (threaded) {
			process_slot(c, &slot[q], q);
			pthread_join(th, NULL);
		} else {
			writer_main(&job);
			if (job.rc == LT_OK)
				process_slot(c, &slot[q], q);
		}
		rc = job.rc;
		if (rc < 0)
			*d = job.d;
		finish_slot(c, &slot[p], p);
		if (rc < 0) {
			finish_slot(c, &slot[q], q);
			break;
		}
		bytes_done += slot[p].bytes;
		if (c->o->progress)
			progress(c, slot[p].first + slot[p].cnt, c->inputs.n, t_loop, bytes_done);
		p = q;
	}
	if (c->o->progress && rc == LT_OK)
		fputs("\r\033[K", stderr);
	free(slot[0].res);
	free(slot[1].res);
	return rc;
}

/* ------------------------------------------------------------ the end */

static void print_summary(struct ctx *c, double wall, int exit_code)
{
	const struct run_counts *k = &c->counts;
	if (!c->o->quiet || exit_code != LT_EXIT_OK)
		fprintf(stderr, "lextab: %llu documents seen, %llu processed, %llu unchanged, "
				"%llu removed, %llu failed, %zu warning%s; %.1f MB in %.2f s; exit %d\n",
			(unsigned long long)k->seen, (unsigned long long)k->processed,
			(unsigned long long)k->skipped, (unsigned long long)k->removed,
			(unsigned long long)k->failed, c->warnings, c->warnings == 1 ? "" : "s",
			(double)c->bytes / 1e6, wall, exit_code);
	logf_(c, "done: %llu seen, %llu processed, %llu unchanged, %llu removed, %llu failed, "
		 "%zu warnings; exit %d", (unsigned long long)k->seen,
	      (unsigned long long)k->processed, (unsigned long long)k->skipped,
	      (unsigned long long)k->removed, (unsigned long long)k->failed, c->warnings,
	      exit_code);
	if (c->o->stats)
		print_stats(c, wall);
}

/*
 * The metadata report: rows that matched nothing or only after
 * normalisation, then the speakers without a role; printed (unless
 * --quiet), logged and stored as warnings of the run.
 */
static int finish_report(struct ctx *c, struct lt_diag *d)
{
	struct lt_msgs rows, summary;
	msgs_init(&rows);
	msgs_init(&summary);
	meta_report_finish(c->rep, &rows, &summary);
	if (!c->o->quiet) {
		msgs_print(&rows, c->o->meta, stderr);
		for (size_t i = 0; i < summary.n; i++)
			lt_warning("%s", summary.v[i].text);
	}
	int rc = LT_OK;
	for (int k = 0; k < 2; k++) {
		const struct lt_msgs *m = k ? &summary : &rows;
		for (size_t i = 0; i < m->n && rc == LT_OK; i++) {
			if (m->v[i].line)
				logf_(c, "warning: %s:%u: %s", c->o->meta, m->v[i].line, m->v[i].text);
			else
				logf_(c, "warning: %s", m->v[i].text);
			rc = store_error(c->store, c->run_id, c->o->meta, m->v[i].line,
					 LT_SEV_WARNING, m->v[i].text, d);
		}
		c->warnings += m->n;
	}
	msgs_release(&rows);
	msgs_release(&summary);
	return rc;
}

/* Tables, the run row's end, the summary. Returns the exit code. */
static int finish_run(struct ctx *c, double t_start, struct lt_diag *d)
{
	const struct run_opts *o = c->o;
	if (c->rep && finish_report(c, d) < 0)
		return -1;
	int exit_code = c->counts.failed || (o->strict && c->warnings) ? LT_EXIT_PARTIAL
									: LT_EXIT_OK;
	if (!o->no_tables) {
		struct table_opts to = { o->out_dir, o->by, o->n_by, o->include_interviewer, o->tsv,
					 o->excel_safe, o->wide_by, o->formats, o->turn_table,
					 o->quiet };
		if (tables_export(c->store, &to, d) < 0) {
			lt_error("%s", d->msg);
			exit_code = d->code == LT_ESQLITE || d->code == LT_EIO ? LT_EXIT_IO
									       : LT_EXIT_USAGE;
		}
	}
	char finished[32];
	lt_utc_now(finished, sizeof(finished));
	if (store_run_finish(c->store, c->run_id, finished, &c->counts, exit_code, d) < 0)
		return -1;
	print_summary(c, lt_now_s() - t_start, exit_code);
	return exit_code;
}

static void ctx_release(struct ctx *c)
{
	msgs_release(&c->lexwarn);
	free(c->key_text);
	free(c->old_key);
	free(c->reason_text);
	free(c->plan);
	free(c->old_hash);
	if (c->workers)
		for (int i = 0; i < c->n_workers; i++) {
			matcher_free(c->workers[i].m);
			rx_scratch_free(c->workers[i].rs);
			arena_release(&c->workers[i].chunk[0]);
			arena_release(&c->workers[i].chunk[1]);
		}
	free(c->workers);
	store_close(c->store);
	input_list_release(&c->inputs);
	seg_rules_free(c->rules);
	patfor_free(c->pf);
	meta_report_free(c->rep);
	meta_free(c->meta);
	lexicon_free(c->lx);
	stemmer_free(c->st);
	if (c->log)
		fclose(c->log);
}

/* A database failure: printed, logged, 3 for a lock, else 4. */
static int db_failure(struct ctx *c, const struct lt_diag *d)
{
	lt_error("%s", d->msg);
	logf_(c, "error: %s", d->msg);
	return lt_exit_for_db(d->code);
}

int run_main(const struct run_opts *o)
{
	double t_start = lt_now_s();
	struct ctx c;
	memset(&c, 0, sizeof(c));
	c.o = o;
	struct lt_diag d;
	lt_diag_init(&d);
	int exit_code = LT_EXIT_OK;
	char started[32];
	lt_utc_now(started, sizeof(started));

	if (o->log_file) {
		c.log = fopen(o->log_file, "a");
		if (!c.log) {
			lt_error("cannot open log file '%s': %s", o->log_file, strerror(errno));
			return LT_EXIT_IO;
		}
	}
	logf_(&c, "start: %s", o->command_line ? o->command_line : "lextab run");

	/* phase 0: configuration, inputs, workers: failures are usage errors */
	struct discover_opts dopts = { o->exts, o->shard_k, o->shard_n, o->max_file_size };
	if (load_config(&c, &d) < 0 || discover(o->paths, o->n_paths, &dopts, &c.inputs, &d) < 0) {
		lt_error("%s", d.msg);
		exit_code = LT_EXIT_USAGE;
		goto out;
	}
	c.warnings += c.inputs.warnings.n;
	if (!o->quiet)
		for (size_t i = 0; i < c.inputs.warnings.n; i++)
			lt_warning("%s", c.inputs.warnings.v[i].text);
	if (c.meta) {
		c.rep = meta_report_new(c.meta);
		meta_report_shard(c.rep, o->shard_k, o->shard_n);
	}
	if (setup_workers(&c, &d) < 0) {
		lt_error("%s", d.msg);
		exit_code = LT_EXIT_USAGE;
		goto out;
	}
	/* then the database */
	if (store_open(&c.store, o->db, STORE_WRITE, &d) < 0) {
		lt_error("%s", d.msg);
		exit_code = lt_exit_for_db(d.code);
		goto out;
	}
	lt_test_point("locked");
	int rc = check_empty_paths(&c, &d);
	if (rc == LT_EUSAGE) {
		exit_code = LT_EXIT_USAGE;
		goto out;
	}
	if (rc < 0 || start_run(&c, started, &d) < 0 || process_all(&c, &d) < 0) {
		exit_code = db_failure(&c, &d);
		goto out;
	}
	exit_code = finish_run(&c, t_start, &d);
	if (exit_code < 0)
		exit_code = db_failure(&c, &d);
out:
	ctx_release(&c);
	return exit_code;
}
