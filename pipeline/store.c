/* store.c - SQLite schema, writer, lock and query wrapper (see store.h). */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "store.h"
#include "discover.h"
#include "lexicon.h"
#include "result.h"
#include "xalloc.h"
#include "banned.h"

static const char schema_sql[] =
	"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;\n"
	"CREATE TABLE IF NOT EXISTS runs(run_id INTEGER PRIMARY KEY, started_at TEXT NOT NULL,"
	" finished_at TEXT, command TEXT, options TEXT, lexicon_hash TEXT, lexicon_files TEXT,"
	" versions TEXT, rematch_reason TEXT, documents_seen INTEGER NOT NULL DEFAULT 0,"
	" documents_processed INTEGER NOT NULL DEFAULT 0, documents_skipped INTEGER NOT NULL DEFAULT 0,"
	" documents_removed INTEGER NOT NULL DEFAULT 0, documents_failed INTEGER NOT NULL DEFAULT 0,"
	" exit_code INTEGER);\n"
	"CREATE TABLE IF NOT EXISTS documents(doc_pk INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE,"
	" path TEXT NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, hash TEXT NOT NULL,"
	" encoding TEXT NOT NULL, format TEXT NOT NULL, n_speakers INTEGER NOT NULL,"
	" n_turns INTEGER NOT NULL, n_tokens INTEGER NOT NULL, run_id INTEGER);\n"
	"CREATE TABLE IF NOT EXISTS document_attrs(doc_pk INTEGER NOT NULL, key TEXT NOT NULL,"
	" value TEXT NOT NULL, PRIMARY KEY(doc_pk, key)) WITHOUT ROWID;\n"
	"CREATE TABLE IF NOT EXISTS speakers(doc_pk INTEGER NOT NULL, speaker INTEGER NOT NULL,"
	" label TEXT NOT NULL, interviewer INTEGER NOT NULL, n_turns INTEGER NOT NULL,"
	" n_tokens INTEGER NOT NULL, PRIMARY KEY(doc_pk, speaker)) WITHOUT ROWID;\n"
	"CREATE TABLE IF NOT EXISTS speaker_attrs(doc_pk INTEGER NOT NULL, speaker INTEGER NOT NULL,"
	" key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY(doc_pk, speaker, key)) WITHOUT ROWID;\n"
	"CREATE TABLE IF NOT EXISTS turns(doc_pk INTEGER NOT NULL, turn INTEGER NOT NULL,"
	" speaker INTEGER NOT NULL, line INTEGER NOT NULL, n_tokens INTEGER NOT NULL,"
	" text TEXT NOT NULL, PRIMARY KEY(doc_pk, turn)) WITHOUT ROWID;\n"
	"CREATE TABLE IF NOT EXISTS themes(theme_id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
	" description TEXT NOT NULL, version TEXT NOT NULL, files TEXT NOT NULL,"
	" liwc INTEGER NOT NULL);\n"
	"CREATE TABLE IF NOT EXISTS categories(category_id INTEGER PRIMARY KEY,"
	" name TEXT NOT NULL UNIQUE, theme TEXT NOT NULL, short_name TEXT NOT NULL,"
	" is_theme_row INTEGER NOT NULL, description TEXT NOT NULL, lexicon_file TEXT NOT NULL,"
	" line INTEGER NOT NULL);\n"
	"CREATE TABLE IF NOT EXISTS entries(entry_id INTEGER PRIMARY KEY, role TEXT NOT NULL,"
	" theme TEXT NOT NULL, category_id INTEGER, source TEXT NOT NULL, kind TEXT NOT NULL,"
	" text TEXT NOT NULL, weight REAL);\n"
	"CREATE TABLE IF NOT EXISTS hits(doc_pk INTEGER NOT NULL, turn INTEGER NOT NULL,"
	" category_id INTEGER NOT NULL, tok_start INTEGER NOT NULL, tok_end INTEGER NOT NULL,"
	" speaker INTEGER NOT NULL, byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,"
	" entry_id INTEGER NOT NULL, form TEXT NOT NULL, negated INTEGER NOT NULL,"
	" PRIMARY KEY(doc_pk, turn, category_id, tok_start)) WITHOUT ROWID;\n"
	"CREATE TABLE IF NOT EXISTS counts(doc_pk INTEGER NOT NULL, speaker INTEGER NOT NULL,"
	" category_id INTEGER NOT NULL, hits INTEGER NOT NULL, matched_tokens INTEGER NOT NULL,"
	" negated INTEGER NOT NULL, turns_with_hit INTEGER NOT NULL,"
	" weighted_score REAL NOT NULL DEFAULT 0,"
	" PRIMARY KEY(doc_pk, speaker, category_id)) WITHOUT ROWID;\n"
	"CREATE TABLE IF NOT EXISTS errors(error_id INTEGER PRIMARY KEY, run_id INTEGER,"
	" input TEXT NOT NULL, line INTEGER, severity TEXT NOT NULL, message TEXT NOT NULL);\n";

enum {
	ST_DOC_FIND, ST_DOC_INSERT, ST_DOC_UPDATE, ST_DOC_TOUCH,
	ST_DEL_ATTRS, ST_DEL_SPK, ST_DEL_SPKATTRS, ST_DEL_TURNS, ST_DEL_HITS, ST_DEL_COUNTS,
	ST_DEL_DOC,
	ST_ATTR, ST_ERROR,
	ST_N
};

static const char *const stmt_sql[ST_N] = {
	[ST_DOC_FIND] = "SELECT doc_pk FROM documents WHERE doc_id = ?1",
	[ST_DOC_INSERT] = "INSERT INTO documents(doc_id, path, size, mtime_ns, hash, encoding, format,"
			  " n_speakers, n_turns, n_tokens, run_id) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
	[ST_DOC_UPDATE] = "UPDATE documents SET path=?2, size=?3, mtime_ns=?4, hash=?5, encoding=?6,"
			  " format=?7, n_speakers=?8, n_turns=?9, n_tokens=?10, run_id=?11 WHERE doc_pk=?1",
	[ST_DOC_TOUCH] = "UPDATE documents SET path=?2, size=?3, mtime_ns=?4 WHERE doc_id=?1",
	[ST_DEL_ATTRS] = "DELETE FROM document_attrs WHERE doc_pk=?1",
	[ST_DEL_SPK] = "DELETE FROM speakers WHERE doc_pk=?1",
	[ST_DEL_SPKATTRS] = "DELETE FROM speaker_attrs WHERE doc_pk=?1",
	[ST_DEL_TURNS] = "DELETE FROM turns WHERE doc_pk=?1",
	[ST_DEL_HITS] = "DELETE FROM hits WHERE doc_pk=?1",
	[ST_DEL_COUNTS] = "DELETE FROM counts WHERE doc_pk=?1",
	[ST_DEL_DOC] = "DELETE FROM documents WHERE doc_pk=?1",
	[ST_ATTR] = "INSERT INTO document_attrs(doc_pk, key, value) VALUES(?1,?2,?3)",
	[ST_ERROR] = "INSERT INTO errors(run_id, input, line, severity, message)"
		     " VALUES(?1,?2,?3,?4,?5)",
};

/*
 * Multi-row INSERT: rows are collected (values borrowed until the flush)
 * and written BATCH_ROWS at a time by one statement. The rows of several
 * documents share a batch (the tables are WITHOUT ROWID: their content
 * does not depend on the order of inserts); what is left is written one
 * row at a time by store_commit, or before a document is deleted, so a
 * document's memory must stay valid until its transaction is committed.
 * One statement per 32 rows instead of per row saves most of SQLite's
 * per-statement work. The statements are INSERT OR FAIL: a plain INSERT
 * of several rows may abort half-way (a constraint), so SQLite keeps a
 * statement journal for it and copies every page the statement touches
 * there first (4% of a run's instructions); with FAIL it need not, and a
 * failed batch fails the chunk, whose transaction the writer rolls back.
 */
#define BATCH_ROWS 32
#define BATCH_MAXCOLS 11

struct bval {
	const char *text;   /* NULL: a number, i or (is_real) f */
	size_t len;
	int64_t i;
	double f;
	bool is_real;
};

struct batch {
	const char *table_cols;  /* "hits(doc_pk, ...)" */
	int ncols;
	sqlite3_stmt *one, *many;
	struct bval v[BATCH_ROWS * BATCH_MAXCOLS];
	int rows;
};

enum { B_SPK, B_SPKATTR, B_TURN, B_HIT, B_COUNT, B_N };

struct store {
	struct batch batch[B_N];
	sqlite3 *db;
	char *path;
	int lock_fd;
	char *lock_path;
	enum store_mode mode;
	sqlite3_stmt *st[ST_N];
	bool in_tx;
	bool created;         /* STORE_WRITE found no lextab table: made here */
};

struct store_stmt {
	sqlite3_stmt *st;
	struct store *s;
};

/*
 * SQLite's message for its last error, made specific where its own text is
 * misleading: allocation failures inside the I/O layer (SQLITE_IOERR_NOMEM)
 * and a WAL index that cannot be mapped (SQLITE_IOERR_SHMMAP, what an
 * address-space limit causes) both read "disk I/O error"; a hot journal
 * that a read-only connection cannot roll back (a merge into a new
 * output killed midway, store_bulk_journal) reads "attempt to write a
 * readonly database".
 */
static const char *sql_msg(struct store *s, const char *fallback)
{
	if (!s->db)
		return fallback ? fallback : "cannot open";
	switch (sqlite3_extended_errcode(s->db)) {
	case SQLITE_IOERR_NOMEM:
		return "out of memory";
	case SQLITE_IOERR_SHMMAP:
	case SQLITE_IOERR_MMAP:
		return "out of memory (cannot map the WAL index into memory)";
	case SQLITE_READONLY_ROLLBACK:
		return "a write to it was killed midway and is not rolled back yet (its "
		       "-journal file): the next lextab run or merge into it rolls it back";
	default:
		return fallback ? fallback : sqlite3_errmsg(s->db);
	}
}

static int sql_err(struct store *s, struct lt_diag *d, const char *what)
{
	return lt_diag_set(d, LT_ESQLITE, "database '%s': %s: %s", s->path, what,
			   sql_msg(s, NULL));
}

const char *store_sqlite_version(void)
{
	return sqlite3_libversion();
}

const char *store_path(const struct store *s)
{
	return s->path;
}

int store_exec(struct store *s, const char *sql, struct lt_diag *d)
{
	char *err = NULL;
	if (sqlite3_exec(s->db, sql, NULL, NULL, &err) != SQLITE_OK) {
		int rc = lt_diag_set(d, LT_ESQLITE, "database '%s': %s", s->path, sql_msg(s, err));
		sqlite3_free(err);
		return rc;
	}
	return LT_OK;
}

/* ------------------------------------------------------------ locking */

/*
 * The run lock: exclusive for a writer; shared for a merge reading the
 * database (several merges may read one shard; no run may write it
 * meanwhile). A reader on a read-only file system, where no run can write
 * either, goes on without the lock file.
 */
static int take_lock(struct store *s, bool shared, struct lt_diag *d)
{
	s->lock_path = xasprintf("%s.lock", s->path);
	int fd = open(s->lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
	if (fd < 0 && shared) {
		if (errno == EROFS || errno == EACCES) {
			fd = open(s->lock_path, O_RDONLY | O_CLOEXEC);
			if (fd < 0)
				return LT_OK;
		}
	}
	if (fd < 0)
		return lt_diag_set(d, LT_EIO, "cannot create lock file '%s': %s", s->lock_path,
				   strerror(errno));
	if (flock(fd, (shared ? LOCK_SH : LOCK_EX) | LOCK_NB) != 0) {
		int e = errno;
		char holder[256] = "";
		ssize_t n = pread(fd, holder, sizeof(holder) - 1, 0);
		holder[n > 0 ? n : 0] = '\0';
		char *nl = strchr(holder, '\n');
		if (nl)
			*nl = '\0';
		close(fd);
		if (e == EWOULDBLOCK)
			return lt_diag_set(d, LT_ELOCK,
					   "database '%s' is in use by another lextab run (%s)",
					   s->path, holder[0] ? holder : "holder unknown");
		return lt_diag_set(d, LT_EIO, "cannot lock '%s': %s", s->lock_path, strerror(e));
	}
	/* the lock is ours (a stale lock from a killed run is released by the
	 * kernel, so taking it over needs nothing more) */
	if (shared) {
		s->lock_fd = fd;
		return LT_OK;
	}
	char buf[256];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	char ts[32];
	strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%SZ", &tm);
	char host[128] = "";
	gethostname(host, sizeof(host) - 1);
	int len = snprintf(buf, sizeof(buf), "pid %ld on %s, started %s\n", (long)getpid(), host, ts);
	if (ftruncate(fd, 0) != 0 || pwrite(fd, buf, (size_t)len, 0) != len) {
		/* the lock holds regardless; the note is only for other runs' messages */
	}
	s->lock_fd = fd;
	return LT_OK;
}

/* ------------------------------------------------------------ open/close */

static int batch_prepare(struct store *s, struct batch *b, const char *table_cols, int ncols,
			 struct lt_diag *d)
{
	b->table_cols = table_cols;
	b->ncols = ncols;
	b->rows = 0;
	LT_VEC(char) sql = { 0 };
	for (int many = 0; many < 2; many++) {
		sql.n = 0;
		char *head = xasprintf("INSERT OR FAIL INTO %s VALUES", table_cols);
		for (const char *p = head; *p; p++)
			lt_vec_push(&sql, *p);
		free(head);
		int rows = many ? BATCH_ROWS : 1;
		for (int r = 0; r < rows; r++) {
			lt_vec_push(&sql, r ? ',' : ' ');
			lt_vec_push(&sql, '(');
			for (int c = 0; c < ncols; c++) {
				if (c)
					lt_vec_push(&sql, ',');
				lt_vec_push(&sql, '?');
			}
			lt_vec_push(&sql, ')');
		}
		lt_vec_push(&sql, '\0');
		sqlite3_stmt **st = many ? &b->many : &b->one;
		if (sqlite3_prepare_v3(s->db, sql.v, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) !=
		    SQLITE_OK) {
			lt_vec_release(&sql);
			return sql_err(s, d, "preparing statements");
		}
	}
	lt_vec_release(&sql);
	return LT_OK;
}

static void bind_bval(sqlite3_stmt *st, int i, const struct bval *v)
{
	if (v->text)
		sqlite3_bind_text64(st, i, v->text, v->len, SQLITE_STATIC, SQLITE_UTF8);
	else if (v->is_real)
		sqlite3_bind_double(st, i, v->f);
	else
		sqlite3_bind_int64(st, i, v->i);
}

static int batch_flush(struct store *s, struct batch *b, struct lt_diag *d)
{
	int done = 0;
	while (b->rows - done >= BATCH_ROWS) {
		sqlite3_stmt *st = b->many;
		for (int k = 0; k < BATCH_ROWS * b->ncols; k++)
			bind_bval(st, k + 1, &b->v[done * b->ncols + k]);
		int r = sqlite3_step(st);
		sqlite3_reset(st);
		if (r != SQLITE_DONE) {
			b->rows = 0;
			return sql_err(s, d, "writing rows");
		}
		done += BATCH_ROWS;
	}
	for (; done < b->rows; done++) {
		sqlite3_stmt *st = b->one;
		for (int k = 0; k < b->ncols; k++)
			bind_bval(st, k + 1, &b->v[done * b->ncols + k]);
		int r = sqlite3_step(st);
		sqlite3_reset(st);
		if (r != SQLITE_DONE) {
			b->rows = 0;
			return sql_err(s, d, "writing rows");
		}
	}
	b->rows = 0;
	return LT_OK;
}

/* The next row's values; call batch_row_done when they are filled. */
static struct bval *batch_row(struct batch *b)
{
	return &b->v[b->rows * b->ncols];
}

static int batch_row_done(struct store *s, struct batch *b, struct lt_diag *d)
{
	if (++b->rows == BATCH_ROWS)
		return batch_flush(s, b, d);
	return LT_OK;
}

static inline struct bval bv_int(int64_t i)
{
	struct bval v = { NULL, 0, i, 0.0, false };
	return v;
}

static inline struct bval bv_real(double f)
{
	struct bval v = { NULL, 0, 0, f, true };
	return v;
}

static inline struct bval bv_text(const char *t, size_t n)
{
	struct bval v = { t ? t : "", t ? n : 0, 0, 0.0, false };
	return v;
}

static int prepare_all(struct store *s, struct lt_diag *d)
{
	LT_TRY(batch_prepare(s, &s->batch[B_SPK], "speakers(doc_pk, speaker, label, interviewer,"
			     " n_turns, n_tokens)", 6, d));
	LT_TRY(batch_prepare(s, &s->batch[B_SPKATTR], "speaker_attrs(doc_pk, speaker, key, value)",
			     4, d));
	LT_TRY(batch_prepare(s, &s->batch[B_TURN], "turns(doc_pk, turn, speaker, line, n_tokens,"
			     " text)", 6, d));
	LT_TRY(batch_prepare(s, &s->batch[B_HIT], "hits(doc_pk, turn, category_id, tok_start,"
			     " tok_end, speaker, byte_start, byte_end, entry_id, form, negated)", 11, d));
	LT_TRY(batch_prepare(s, &s->batch[B_COUNT], "counts(doc_pk, speaker, category_id, hits,"
			     " matched_tokens, negated, turns_with_hit, weighted_score)", 8, d));
	for (int i = 0; i < ST_N; i++)
		if (sqlite3_prepare_v3(s->db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT, &s->st[i],
				       NULL) != SQLITE_OK)
			return sql_err(s, d, "preparing statements");
	return LT_OK;
}

static int check_schema(struct store *s, struct lt_diag *d)
{
	char *v = NULL;
	LT_TRY(store_meta_get(s, "schema_version", &v, d));
	if (!v) {
		char buf[16];
		snprintf(buf, sizeof(buf), "%d", STORE_SCHEMA_VERSION);
		return store_meta_set(s, "schema_version", buf, d);
	}
	int have = atoi(v);
	free(v);
	if (have != STORE_SCHEMA_VERSION)
		return lt_diag_set(d, LT_ESQLITE,
				   "database '%s' has schema version %d; this lextab uses version %d",
				   s->path, have, STORE_SCHEMA_VERSION);
	return LT_OK;
}

/* ------------------------------------------------------------ damage checks */

/* "name TYPE NOT NULL PK, ..." of table t in db: "" when db has no such table. */
static char *table_shape(sqlite3 *db, const char *t, int *rc)
{
	sqlite3_stmt *st = NULL;
	LT_VEC(char) v = { 0 };
	*rc = sqlite3_prepare_v2(db, "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1)"
				     " ORDER BY cid", -1, &st, NULL);
	if (*rc == SQLITE_OK) {
		sqlite3_bind_text(st, 1, t, -1, SQLITE_STATIC);
		while ((*rc = sqlite3_step(st)) == SQLITE_ROW) {
			const char *name = (const char *)sqlite3_column_text(st, 0);
			const char *type = (const char *)sqlite3_column_text(st, 1);
			char *col = xasprintf("%s%s %s%s%s", v.n ? ", " : "", name ? name : "?",
					      type ? type : "", sqlite3_column_int(st, 2) ? " NOT NULL" : "",
					      sqlite3_column_int(st, 3) ? " KEY" : "");
			for (const char *c = col; *c; c++)
				lt_vec_push(&v, *c);
			free(col);
		}
		if (*rc == SQLITE_DONE)
			*rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	lt_vec_push(&v, '\0');
	return v.v;
}

/*
 * Compare the database's tables with schema_sql (made in a private
 * in-memory database): the name, type, NOT NULL and key of every column of
 * every table. *fresh: none of the tables exist (a new or empty file).
 * Some but not all, or a table of other columns, is a damaged database
 * (a dropped table, a dropped column, a constraint removed): every later
 * statement would fail or, worse, a `run` would recreate an empty table and
 * skip the unchanged documents whose rows it held.
 */
static int check_structure(struct store *s, bool *fresh, struct lt_diag *d)
{
	*fresh = false;
	sqlite3 *ref = NULL;
	sqlite3_stmt *st = NULL;
	int rc = LT_OK;
	if (sqlite3_open_v2(":memory:", &ref, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
	    sqlite3_exec(ref, schema_sql, NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(ref, "SELECT name FROM sqlite_schema WHERE type = 'table'"
				    " ORDER BY name", -1, &st, NULL) != SQLITE_OK) {
		rc = lt_diag_set(d, LT_ESQLITE, "database '%s': cannot build the reference schema: %s",
				 s->path, ref ? sqlite3_errmsg(ref) : "out of memory");
		goto out;
	}
	size_t n = 0, missing = 0;
	char *first_missing = NULL;
	while (rc == LT_OK && sqlite3_step(st) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 0);
		int r1, r2;
		char *want = table_shape(ref, t, &r1), *have = table_shape(s->db, t, &r2);
		n++;
		if (r2 != SQLITE_OK)
			rc = sql_err(s, d, "reading the schema");
		else if (!have[0] && !first_missing)
			first_missing = xstrdup(t);
		if (!have[0])
			missing++;
		else if (rc == LT_OK && strcmp(want, have) != 0)
			rc = lt_diag_set(d, LT_ESQLITE, "database '%s' is damaged: table '%s' has "
					 "columns (%s) where this lextab expects (%s)", s->path, t,
					 have, want);
		free(want);
		free(have);
	}
	if (rc == LT_OK && missing == n)
		*fresh = true;
	else if (rc == LT_OK && missing)
		rc = lt_diag_set(d, LT_ESQLITE, "database '%s' is damaged: table '%s' is missing",
				 s->path, first_missing);
	free(first_missing);
out:
	sqlite3_finalize(st);
	sqlite3_close(ref);
	return rc;
}

/*
 * Values no lextab run writes: negative counts or offsets, rows of a
 * category, entry or document the database does not list, numbers stored
 * as text. Four scans, one per table (the conditions of a table in one
 * query, except a document lookup: OR-ed with the others SQLite no longer
 * builds its temporary index and takes 20 times as long).
 * "Listed" is a range test when the keys of the listed table are
 * contiguous, as lextab writes them (its keys are INTEGER PRIMARY KEYs:
 * count = max - min + 1 means every id in [min, max] exists), else a
 * lookup ("col NOT IN (SELECT ...)"); @C, @E and @D below stand for the
 * category, entry and document test. The range test saves a
 * b-tree probe per row. Measured on a 142 MB database of 2,500 documents
 * (130,531 counts, 605,615 hits; `lextab kwic -c nosuch`, which only opens
 * it, median of 7 on a loaded machine): 0.367 s user with lookups, 0.212 s
 * with range tests; the hits scan alone (sqlite3 .timer) 0.17 -> 0.07 s.
 * PRAGMA quick_check takes 0.29 s user + 0.34 s system there and finds
 * none of these values: not a replacement (docs/architecture.md).
 */
static const struct {
	const char *sql, *what;
} value_checks[] = {
	{ "SELECT 1 FROM counts WHERE typeof(hits) <> 'integer' OR hits < 0 OR"
	  " typeof(matched_tokens) <> 'integer' OR matched_tokens < 0 OR"
	  " typeof(negated) <> 'integer' OR negated < 0 OR"
	  " typeof(turns_with_hit) <> 'integer' OR turns_with_hit < 0 OR"
	  " typeof(weighted_score) NOT IN ('real', 'integer') OR"
	  " @C LIMIT 1",
	  "table 'counts' holds a count that is negative or not a number, or refers to a "
	  "category that table 'categories' does not list" },
	{ "SELECT 1 FROM counts WHERE @D LIMIT 1",
	  "table 'counts' refers to a document that table 'documents' does not list" },
	{ "SELECT 1 FROM hits WHERE @C OR @E OR tok_start < 0"
	  " OR tok_end < tok_start OR byte_start < 0 OR byte_end < byte_start"
	  " OR typeof(byte_end) <> 'integer' LIMIT 1",
	  "table 'hits' holds a hit of a category or entry the database does not list, or "
	  "whose tokens or bytes end before they start" },
	{ "SELECT 1 FROM documents WHERE typeof(n_tokens) <> 'integer' OR n_tokens < 0 OR"
	  " typeof(size) <> 'integer' OR size < 0 LIMIT 1",
	  "table 'documents' holds a size or token count that is negative or not a number" },
};

/*
 * The condition "col is not a key of table": a range test when the keys
 * (an INTEGER PRIMARY KEY, so integers and unique) are contiguous, else a
 * lookup. Caller frees.
 */
static char *unlisted(struct store *s, const char *col, const char *key, const char *table,
		      int *rc)
{
	char *q = xasprintf("SELECT count(*), min(%s), max(%s) FROM %s", key, key, table);
	sqlite3_stmt *st = NULL;
	int64_t n = -1, lo = 0, hi = 0;
	*rc = sqlite3_prepare_v2(s->db, q, -1, &st, NULL);
	if (*rc == SQLITE_OK && (*rc = sqlite3_step(st)) == SQLITE_ROW) {
		n = sqlite3_column_int64(st, 0);
		lo = sqlite3_column_int64(st, 1);
		hi = sqlite3_column_int64(st, 2);
		*rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	free(q);
	if (n == 0) /* nothing listed: every row refers to something missing */
		return xasprintf("(typeof(%s) IS NOT NULL)", col);
	if (n > 0 && hi - lo == n - 1)
		return xasprintf("(typeof(%s) <> 'integer' OR %s NOT BETWEEN %lld AND %lld)", col,
				 col, (long long)lo, (long long)hi);
	return xasprintf("%s NOT IN (SELECT %s FROM %s)", col, key, table);
}

/* sql with @C, @E, @D replaced by the three conditions. Caller frees. */
static char *fill_checks(const char *sql, const char *cat, const char *ent, const char *doc)
{
	LT_VEC(char) v = { 0 };
	for (const char *p = sql; *p; p++) {
		const char *with = NULL;
		if (p[0] == '@' && p[1] == 'C')
			with = cat;
		else if (p[0] == '@' && p[1] == 'E')
			with = ent;
		else if (p[0] == '@' && p[1] == 'D')
			with = doc;
		if (!with) {
			lt_vec_push(&v, *p);
			continue;
		}
		for (; *with; with++)
			lt_vec_push(&v, *with);
		p++;
	}
	lt_vec_push(&v, '\0');
	return v.v;
}

static int check_values(struct store *s, struct lt_diag *d)
{
	int r1, r2, r3;
	char *cat = unlisted(s, "category_id", "category_id", "categories", &r1);
	char *ent = unlisted(s, "entry_id", "entry_id", "entries", &r2);
	char *doc = unlisted(s, "doc_pk", "doc_pk", "documents", &r3);
	int rc = LT_OK;
	if (r1 != SQLITE_OK || r2 != SQLITE_OK || r3 != SQLITE_OK)
		rc = sql_err(s, d, "checking the rows");
	for (size_t i = 0; rc == LT_OK && i < sizeof(value_checks) / sizeof(value_checks[0]); i++) {
		char *sql = fill_checks(value_checks[i].sql, cat, ent, doc);
		sqlite3_stmt *st = NULL;
		int r = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK ? SQLITE_ERROR
										  : sqlite3_step(st);
		sqlite3_finalize(st);
		free(sql);
		if (r == SQLITE_ROW)
			rc = lt_diag_set(d, LT_ESQLITE, "database '%s' is damaged: %s", s->path,
					 value_checks[i].what);
		else if (r != SQLITE_DONE)
			rc = sql_err(s, d, "checking the rows");
	}
	free(cat);
	free(ent);
	free(doc);
	return rc;
}

/* The schema version in meta: absent or another number is an error. */
static int check_version(struct store *s, struct lt_diag *d)
{
	char *v = NULL;
	LT_TRY(store_meta_get(s, "schema_version", &v, d));
	if (!v)
		return lt_diag_set(d, LT_ESQLITE, "database '%s' is damaged: it has lextab's tables "
				   "but no schema version", s->path);
	char *end;
	long have = strtol(v, &end, 10);
	bool bad = end == v || *end != '\0';
	free(v);
	if (bad || have != STORE_SCHEMA_VERSION)
		return lt_diag_set(d, LT_ESQLITE,
				   "database '%s' has schema version %s%ld; this lextab uses version %d",
				   s->path, bad ? "(not a number) " : "", bad ? 0L : have,
				   STORE_SCHEMA_VERSION);
	return LT_OK;
}

/* meta.schema_version as a number; 0 when there is none (a new file, not
 * a lextab database, or no such row) */
static long peek_version(struct store *s)
{
	sqlite3_stmt *st = NULL;
	long v = 0;
	if (sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key = 'schema_version'", -1,
			       &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 0);
		char *end;
		v = t ? strtol(t, &end, 10) : 0;
		if (!t || end == t || *end)
			v = 0;
	}
	sqlite3_finalize(st);
	return v;
}

/*
 * Schema version 1 -> 2, by the writer (it holds the run lock), in one
 * transaction: counts gain weighted_score, entries gain weight. Version 1
 * knew no weights, and the lexicon hash of a lexicon without weights is
 * what it was, so a stored count row's weighted score is its hits: an
 * unchanged document is not re-matched. A lexicon with weights has a new
 * hash, and its next run re-matches everything. A database that is not
 * exactly version 1 is left to check_damage.
 */
static int upgrade_v1(struct store *s, struct lt_diag *d)
{
	if (peek_version(s) != 1)
		return LT_OK;
	int r1, r2;
	char *counts = table_shape(s->db, "counts", &r1), *entries = table_shape(s->db, "entries", &r2);
	bool v1 = r1 == SQLITE_OK && r2 == SQLITE_OK && counts[0] && entries[0] &&
		  !strstr(counts, "weighted_score") && !strstr(entries, "weight");
	free(counts);
	free(entries);
	if (!v1)
		return LT_OK;
	int rc = store_exec(s, "BEGIN IMMEDIATE;"
			       " ALTER TABLE counts ADD COLUMN weighted_score REAL NOT NULL DEFAULT 0;"
			       " UPDATE counts SET weighted_score = hits;"
			       " ALTER TABLE entries ADD COLUMN weight REAL;"
			       " UPDATE meta SET value = '2' WHERE key = 'schema_version';"
			       " COMMIT;", d);
	if (rc < 0) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	return LT_OK;
}

/*
 * An existing database, before anything reads or writes it: the tables,
 * the schema version, the rows' values. *fresh when it has none of
 * lextab's tables (STORE_WRITE then creates them; the read modes refuse it).
 */
static int check_damage(struct store *s, bool *fresh, struct lt_diag *d)
{
	long v = peek_version(s);
	if (v > 0 && v < STORE_SCHEMA_VERSION)
		return lt_diag_set(d, LT_ESQLITE, "database '%s' has schema version %ld; this lextab "
				   "uses version %d (a `lextab run` with this --db upgrades it in "
				   "place)", s->path, v, STORE_SCHEMA_VERSION);
	LT_TRY(check_structure(s, fresh, d));
	if (*fresh)
		return LT_OK;
	LT_TRY(check_version(s, d));
	return check_values(s, d);
}

/* The SQLite connection of s in s->mode, with its pragmas. */
static int connect_db(struct store *s, struct lt_diag *d)
{
	int flags = s->mode != STORE_WRITE ? SQLITE_OPEN_READONLY
					   : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(s->path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
		return sql_err(s, d, "cannot open");
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, 5000);
	/* a quick look at the file: SQLite reports "file is not a database" here */
	LT_TRY(store_exec(s, "SELECT count(*) FROM sqlite_schema", d));
	/* page size only takes effect on a new database, before WAL; a merge
	 * input is read once, in key order, with every other input open: a
	 * small cache (docs/memory.md) */
	const char *pragmas =
		s->mode == STORE_WRITE ? "PRAGMA page_size=16384; PRAGMA journal_mode=WAL;"
					 " PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768;"
					 " PRAGMA temp_store=MEMORY;"
		: s->mode == STORE_READ_LOCKED ? "PRAGMA cache_size=-128; PRAGMA temp_store=MEMORY;"
					       : "PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY;";
	return store_exec(s, pragmas, d);
}

/*
 * Process-wide SQLite settings, before its first use: no memory statistics
 * (they take a global mutex on every allocation: 1% of a run's
 * instructions, and nothing here reads them).
 */
static void sqlite_setup(void)
{
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int store_open(struct store **out, const char *path, enum store_mode mode, struct lt_diag *d)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, sqlite_setup);
	*out = NULL;
	struct store *s = xcalloc(1, sizeof(*s));
	s->path = xstrdup(path);
	s->lock_fd = -1;
	int rc = LT_OK;
	if (mode != STORE_WRITE) {
		struct stat st;
		if (stat(path, &st) != 0) {
			rc = lt_diag_set(d, LT_EIO, "cannot open database '%s': %s", path,
					 strerror(errno));
			goto fail;
		}
	}
	s->mode = mode;
	if (mode != STORE_READ) {
		rc = take_lock(s, mode == STORE_READ_LOCKED, d);
		if (rc < 0)
			goto fail;
	}
	bool fresh = false;
	if ((rc = connect_db(s, d)) < 0 ||
	    (mode == STORE_WRITE && (rc = upgrade_v1(s, d)) < 0) ||
	    (rc = check_damage(s, &fresh, d)) < 0)
		goto fail;
	if (fresh && mode != STORE_WRITE) {
		rc = lt_diag_set(d, LT_ESQLITE, "'%s' is not a lextab database", path);
		goto fail;
	}
	if (mode == STORE_WRITE && ((rc = store_exec(s, schema_sql, d)) < 0 ||
				    (rc = check_schema(s, d)) < 0 || (rc = prepare_all(s, d)) < 0))
		goto fail;
	s->created = fresh && mode == STORE_WRITE;
	*out = s;
	return LT_OK;
fail:
	store_close(s);
	return rc;
}

void store_close(struct store *s)
{
	if (!s)
		return;
	for (int i = 0; i < ST_N; i++)
		sqlite3_finalize(s->st[i]);
	for (int i = 0; i < B_N; i++) {
		sqlite3_finalize(s->batch[i].one);
		sqlite3_finalize(s->batch[i].many);
	}
	if (s->db) {
		if (s->in_tx)
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		sqlite3_close(s->db);
	}
	if (s->lock_fd >= 0) {
		/* leave the file: removing it would race with a run taking it */
		flock(s->lock_fd, LOCK_UN);
		close(s->lock_fd);
	}
	free(s->lock_path);
	free(s->path);
	free(s);
}

bool store_created(const struct store *s)
{
	return s->created;
}

void store_bulk_journal(struct store *s, bool on)
{
	if (s->mode != STORE_WRITE || s->in_tx)
		LT_BUG("store_bulk_journal: only a writer, outside a transaction");
	/* best effort: a reader holding the file open keeps it in WAL mode,
	 * which is as safe, only slower */
	sqlite3_exec(s->db,
		     on ? "PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL"
			: "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
		     NULL, NULL, NULL);
}

int store_begin(struct store *s, struct lt_diag *d)
{
	LT_TRY(store_exec(s, "BEGIN IMMEDIATE", d));
	s->in_tx = true;
	return LT_OK;
}

/* Write the rows the batches still hold. */
static int flush_batches(struct store *s, struct lt_diag *d)
{
	for (int i = 0; i < B_N; i++)
		LT_TRY(batch_flush(s, &s->batch[i], d));
	return LT_OK;
}

static void drop_batches(struct store *s)
{
	for (int i = 0; i < B_N; i++)
		s->batch[i].rows = 0;
}

int store_commit(struct store *s, struct lt_diag *d)
{
	LT_TRY(flush_batches(s, d));
	int rc = store_exec(s, "COMMIT", d);
	if (rc == LT_OK)
		s->in_tx = false;
	return rc;
}

void store_rollback(struct store *s)
{
	drop_batches(s);
	if (s->in_tx)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	s->in_tx = false;
}

/* ------------------------------------------------------------ helpers */

static void bind_text(sqlite3_stmt *st, int i, const char *v, size_t n)
{
	sqlite3_bind_text64(st, i, v ? v : "", v ? n : 0, SQLITE_STATIC, SQLITE_UTF8);
}

static void bind_z(sqlite3_stmt *st, int i, const char *v)
{
	bind_text(st, i, v, v ? strlen(v) : 0);
}

static int step_done(struct store *s, sqlite3_stmt *st, struct lt_diag *d, const char *what)
{
	int r = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (r != SQLITE_DONE && r != SQLITE_ROW)
		return sql_err(s, d, what);
	return LT_OK;
}

static void hex64(char out[17], uint64_t v)
{
	static const char hx[] = "0123456789abcdef";
	for (int i = 15; i >= 0; i--) {
		out[i] = hx[v & 15];
		v >>= 4;
	}
	out[16] = '\0';
}

/*
 * Column i's text where the schema says NOT NULL: a NULL there (a record
 * SQLite reads short, a table rebuilt without the constraint) or an
 * allocation failure inside SQLite is a damaged database, never a crash.
 */
static int col_req(struct store *s, sqlite3_stmt *st, int i, const char **out,
		   struct lt_diag *d)
{
	*out = (const char *)sqlite3_column_text(st, i);
	if (*out)
		return LT_OK;
	if (sqlite3_errcode(s->db) == SQLITE_NOMEM)
		return sql_err(s, d, "reading");
	return lt_diag_set(d, LT_ESQLITE, "database '%s' is damaged: column '%s' is NULL",
			   s->path, sqlite3_column_name(st, i));
}

static char *text_dup(sqlite3_stmt *st, int i)
{
	const char *t = (const char *)sqlite3_column_text(st, i);
	return xstrndup(t ? t : "", t ? (size_t)sqlite3_column_bytes(st, i) : 0);
}

int store_categories(struct store *s, struct store_category **out, size_t *n,
		     struct lt_diag *d)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, "SELECT category_id, name, theme, short_name, is_theme_row,"
				      " description, lexicon_file, line FROM categories"
				      " ORDER BY category_id", -1, &st, NULL) != SQLITE_OK)
		return sql_err(s, d, "reading the categories");
	LT_VEC(struct store_category) v = { 0 };
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		struct store_category c = {
			.id = sqlite3_column_int64(st, 0), .name = text_dup(st, 1),
			.theme = text_dup(st, 2), .short_name = text_dup(st, 3),
			.theme_row = sqlite3_column_int64(st, 4) != 0,
			.description = text_dup(st, 5), .lexicon_file = text_dup(st, 6),
			.line = sqlite3_column_int64(st, 7),
		};
		lt_vec_push(&v, c);
	}
	int rc = r == SQLITE_DONE ? LT_OK : sql_err(s, d, "reading the categories");
	sqlite3_finalize(st);
	if (rc < 0) {
		store_categories_free(v.v, v.n);
		return rc;
	}
	*out = v.v;
	*n = v.n;
	return LT_OK;
}

void store_categories_free(struct store_category *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].theme);
		free(v[i].short_name);
		free(v[i].description);
		free(v[i].lexicon_file);
	}
	free(v);
}

int store_meta_get(struct store *s, const char *key, char **value, struct lt_diag *d)
{
	*value = NULL;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key = ?1", -1, &st, NULL) !=
	    SQLITE_OK) {
		/* no meta table: not a lextab database (or an empty new file) */
		if (strstr(sqlite3_errmsg(s->db), "no such table"))
			return LT_OK;
		return sql_err(s, d, "reading meta");
	}
	bind_z(st, 1, key);
	int r = sqlite3_step(st);
	const char *v = NULL;
	int rc = LT_OK;
	if (r == SQLITE_ROW && (rc = col_req(s, st, 0, &v, d)) == LT_OK)
		*value = xstrdup(v);
	else if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = sql_err(s, d, "reading meta");
	sqlite3_finalize(st);
	return rc;
}

int store_meta_set(struct store *s, const char *key, const char *value, struct lt_diag *d)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, "INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)", -1,
			       &st, NULL) != SQLITE_OK)
		return sql_err(s, d, "writing meta");
	bind_z(st, 1, key);
	bind_z(st, 2, value);
	int r = sqlite3_step(st);
	sqlite3_finalize(st);
	if (r != SQLITE_DONE)
		return sql_err(s, d, "writing meta");
	return LT_OK;
}

/* ------------------------------------------------------------ lexicon */

static const char *entry_kind_name(uint8_t k)
{
	switch (k) {
	case ENTRY_STEM: return "stem";
	case ENTRY_EXACT: return "exact";
	case ENTRY_PREFIX: return "prefix";
	case ENTRY_PHRASE: return "phrase";
	case ENTRY_PATTERN: return "pattern";
	case ENTRY_NEAR: return "near";
	case ENTRY_NOT_NEAR: return "not_near";
	default: return "regex";
	}
}

static const char *entry_role_name(uint8_t r)
{
	switch (r) {
	case ROLE_COUNT: return "count";
	case ROLE_EXCLUDE_THEME: return "exclude";
	case ROLE_EXCLUDE_CATEGORY: return "exclude_category";
	case ROLE_PSEUDO_NEGATOR: return "pseudo_negator";
	case ROLE_NEGATION_TERMINATOR: return "negation_terminator";
	case ROLE_POST_NEGATOR: return "post_negator";
	case ROLE_NEGATION_RAISER: return "negation_raiser";
	default: return "negator";
	}
}

int store_put_lexicon(struct store *s, const struct lexicon *lx, struct lt_diag *d)
{
	LT_TRY(store_exec(s, "DELETE FROM themes; DELETE FROM categories; DELETE FROM entries;", d));
	sqlite3_stmt *th = NULL, *ca = NULL, *en = NULL;
	int rc = LT_OK;
	if (sqlite3_prepare_v2(s->db, "INSERT INTO themes(theme_id, name, description, version,"
				      " files, liwc) VALUES(?1,?2,?3,?4,?5,?6)", -1, &th, NULL) ||
	    sqlite3_prepare_v2(s->db, "INSERT INTO categories(category_id, name, theme, short_name,"
				      " is_theme_row, description, lexicon_file, line)"
				      " VALUES(?1,?2,?3,?4,?5,?6,?7,?8)", -1, &ca, NULL) ||
	    sqlite3_prepare_v2(s->db, "INSERT INTO entries(entry_id, role, theme, category_id,"
				      " source, kind, text, weight) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
			       -1, &en,
			       NULL)) {
		rc = sql_err(s, d, "writing the lexicon");
		goto out;
	}
	for (uint32_t i = 0; i < lexicon_n_themes(lx) && rc == LT_OK; i++) {
		const struct lex_theme *t = lexicon_theme(lx, i);
		sqlite3_bind_int64(th, 1, i);
		bind_z(th, 2, t->name);
		bind_z(th, 3, t->description);
		bind_z(th, 4, t->version);
		bind_z(th, 5, t->files);
		sqlite3_bind_int(th, 6, t->liwc);
		rc = step_done(s, th, d, "writing themes");
	}
	for (uint32_t i = 0; i < lexicon_n_categories(lx) && rc == LT_OK; i++) {
		const struct lex_category *c = lexicon_category(lx, i);
		sqlite3_bind_int64(ca, 1, i);
		bind_z(ca, 2, c->name);
		bind_z(ca, 3, lexicon_theme(lx, c->theme)->name);
		bind_z(ca, 4, c->short_name);
		sqlite3_bind_int(ca, 5, c->is_theme_row);
		bind_z(ca, 6, c->description);
		bind_z(ca, 7, c->file);
		sqlite3_bind_int64(ca, 8, c->line);
		rc = step_done(s, ca, d, "writing categories");
	}
	for (uint32_t i = 0; i < lexicon_n_entries(lx) && rc == LT_OK; i++) {
		const struct lex_entry *e = lexicon_entry(lx, i);
		char *src = xasprintf("%s:%u", e->file, e->line);
		sqlite3_bind_int64(en, 1, i);
		bind_z(en, 2, entry_role_name(e->role));
		bind_z(en, 3, lexicon_theme(lx, e->theme)->name);
		if (e->role == ROLE_COUNT || e->role == ROLE_EXCLUDE_CATEGORY)
			sqlite3_bind_int64(en, 4, e->target);
		else
			sqlite3_bind_null(en, 4);
		bind_z(en, 5, src);
		bind_z(en, 6, entry_kind_name(e->kind));
		bind_z(en, 7, e->text);
		if (e->weight != 0)
			sqlite3_bind_double(en, 8, e->weight);
		else
			sqlite3_bind_null(en, 8);
		rc = step_done(s, en, d, "writing entries");
		free(src);
	}
out:
	sqlite3_finalize(th);
	sqlite3_finalize(ca);
	sqlite3_finalize(en);
	return rc;
}

/* ------------------------------------------------------------ documents */

static int64_t find_doc(struct store *s, const char *doc_id, struct lt_diag *d, int *rc)
{
	sqlite3_stmt *st = s->st[ST_DOC_FIND];
	bind_z(st, 1, doc_id);
	int r = sqlite3_step(st);
	int64_t pk = -1;
	if (r == SQLITE_ROW)
		pk = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	*rc = (r == SQLITE_ROW || r == SQLITE_DONE) ? LT_OK : sql_err(s, d, "finding a document");
	return pk;
}

static int delete_children(struct store *s, int64_t pk, struct lt_diag *d)
{
	static const int dels[] = { ST_DEL_ATTRS, ST_DEL_SPK, ST_DEL_SPKATTRS, ST_DEL_TURNS,
				    ST_DEL_HITS, ST_DEL_COUNTS };
	for (size_t i = 0; i < LT_ARRAY_SIZE(dels); i++) {
		sqlite3_bind_int64(s->st[dels[i]], 1, pk);
		LT_TRY(step_done(s, s->st[dels[i]], d, "deleting a document's rows"));
	}
	return LT_OK;
}

static const char *format_name(enum doc_format f)
{
	switch (f) {
	case DOC_FORMAT_VTT: return "webvtt";
	case DOC_FORMAT_SRT: return "srt";
	default: return "text";
	}
}

int store_put_doc(struct store *s, const struct input *in, const struct doc_result *r,
		  int64_t run_id, struct lt_diag *d)
{
	int rc;
	int64_t pk = find_doc(s, in->doc_id, d, &rc);
	LT_TRY(rc);
	char hash[17];
	hex64(hash, r->hash);
	sqlite3_stmt *st;
	if (pk >= 0) {
		LT_TRY(delete_children(s, pk, d));
		st = s->st[ST_DOC_UPDATE];
		sqlite3_bind_int64(st, 1, pk);
	} else {
		st = s->st[ST_DOC_INSERT];
		bind_z(st, 1, in->doc_id);
	}
	bind_z(st, 2, in->path);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)r->size);
	sqlite3_bind_int64(st, 4, r->mtime_ns);
	bind_z(st, 5, hash);
	bind_z(st, 6, decode_encoding_name(r->enc));
	bind_z(st, 7, format_name(r->doc.format));
	sqlite3_bind_int64(st, 8, r->doc.n_speakers);
	sqlite3_bind_int64(st, 9, r->doc.n_turns);
	sqlite3_bind_int64(st, 10, (sqlite3_int64)r->n_tokens);
	sqlite3_bind_int64(st, 11, run_id);
	LT_TRY(step_done(s, st, d, "writing a document"));
	if (pk < 0)
		pk = sqlite3_last_insert_rowid(s->db);

	st = s->st[ST_ATTR];
	for (uint32_t i = 0; i < r->doc.attrs.n; i++) {
		sqlite3_bind_int64(st, 1, pk);
		bind_z(st, 2, r->doc.attrs.v[i].key);
		bind_z(st, 3, r->doc.attrs.v[i].value);
		LT_TRY(step_done(s, st, d, "writing document attributes"));
	}
	for (uint32_t i = 0; i < r->doc.n_speakers; i++) {
		const struct speaker_out *so = &r->spk[i];
		struct batch *b = &s->batch[B_SPK];
		struct bval *v = batch_row(b);
		const char *label = r->doc.speakers[i].label;
		v[0] = bv_int(pk);
		v[1] = bv_int(i);
		v[2] = bv_text(label, label ? strlen(label) : 0);
		v[3] = bv_int(so->interviewer);
		v[4] = bv_int(so->n_turns);
		v[5] = bv_int((int64_t)so->n_tokens);
		LT_TRY(batch_row_done(s, b, d));
		b = &s->batch[B_SPKATTR];
		for (uint32_t k = 0; k < so->attrs.n; k++) {
			const char *key = so->attrs.v[k].key, *val = so->attrs.v[k].value;
			v = batch_row(b);
			v[0] = bv_int(pk);
			v[1] = bv_int(i);
			v[2] = bv_text(key, key ? strlen(key) : 0);
			v[3] = bv_text(val, val ? strlen(val) : 0);
			LT_TRY(batch_row_done(s, b, d));
		}
	}
	struct batch *b = &s->batch[B_TURN];
	for (uint32_t i = 0; i < r->doc.n_turns; i++) {
		const struct turn *t = &r->doc.turns[i];
		struct bval *v = batch_row(b);
		v[0] = bv_int(pk);
		v[1] = bv_int(i);
		v[2] = bv_int(t->speaker);
		v[3] = bv_int(t->line);
		v[4] = bv_int(r->turn_tokens[i]);
		v[5] = bv_text(t->text, t->len);
		LT_TRY(batch_row_done(s, b, d));
	}
	b = &s->batch[B_HIT];
	for (size_t i = 0; i < r->hits.n; i++) {
		const struct hit *h = &r->hits.v[i];
		struct bval *v = batch_row(b);
		v[0] = bv_int(pk);
		v[1] = bv_int(h->turn);
		v[2] = bv_int(h->category);
		v[3] = bv_int(h->tok_start);
		v[4] = bv_int(h->tok_end);
		v[5] = bv_int(r->doc.turns[h->turn].speaker);
		v[6] = bv_int(h->byte_start);
		v[7] = bv_int(h->byte_end);
		v[8] = bv_int(h->entry);
		v[9] = bv_text(h->form, h->form_len);
		v[10] = bv_int(h->negated);
		LT_TRY(batch_row_done(s, b, d));
	}
	b = &s->batch[B_COUNT];
	for (uint32_t i = 0; i < r->n_counts; i++) {
		const struct count_row *c = &r->counts[i];
		struct bval *v = batch_row(b);
		v[0] = bv_int(pk);
		v[1] = bv_int(c->speaker);
		v[2] = bv_int(c->category);
		v[3] = bv_int(c->hits);
		v[4] = bv_int(c->matched_tokens);
		v[5] = bv_int(c->negated);
		v[6] = bv_int(c->turns_with_hit);
		v[7] = bv_real(c->weighted_score);
		LT_TRY(batch_row_done(s, b, d));
	}
	return LT_OK;
}

int store_touch_doc(struct store *s, const struct input *in, struct lt_diag *d)
{
	sqlite3_stmt *st = s->st[ST_DOC_TOUCH];
	bind_z(st, 1, in->doc_id);
	bind_z(st, 2, in->path);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)in->size);
	sqlite3_bind_int64(st, 4, in->mtime_ns);
	return step_done(s, st, d, "updating a document");
}

int store_delete_doc(struct store *s, const char *doc_id, struct lt_diag *d)
{
	int rc;
	LT_TRY(flush_batches(s, d));
	int64_t pk = find_doc(s, doc_id, d, &rc);
	LT_TRY(rc);
	if (pk < 0)
		return LT_OK;
	LT_TRY(delete_children(s, pk, d));
	sqlite3_bind_int64(s->st[ST_DEL_DOC], 1, pk);
	return step_done(s, s->st[ST_DEL_DOC], d, "deleting a document");
}

/* ------------------------------------------------------------ runs, errors */

int store_run_start(struct store *s, const char *started_at, const char *command,
		    const char *options, const char *reason, int64_t *run_id, struct lt_diag *d)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, "INSERT INTO runs(started_at, command, options,"
				      " rematch_reason) VALUES(?1,?2,?3,?4)", -1, &st,
			       NULL) != SQLITE_OK)
		return sql_err(s, d, "recording the run");
	bind_z(st, 1, started_at);
	bind_z(st, 2, command);
	bind_z(st, 3, options);
	if (reason)
		bind_z(st, 4, reason);
	int r = sqlite3_step(st);
	sqlite3_finalize(st);
	if (r != SQLITE_DONE)
		return sql_err(s, d, "recording the run");
	*run_id = sqlite3_last_insert_rowid(s->db);
	return LT_OK;
}

int store_run_provenance(struct store *s, int64_t run_id, struct lt_diag *d)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, "UPDATE runs SET"
				      " lexicon_hash = (SELECT value FROM meta WHERE key = 'lexicon_hash'),"
				      " lexicon_files = (SELECT value FROM meta WHERE key = 'lexicon_files'),"
				      " versions = (SELECT value FROM meta WHERE key = 'versions')"
				      " WHERE run_id = ?1", -1, &st, NULL) != SQLITE_OK)
		return sql_err(s, d, "recording the run");
	sqlite3_bind_int64(st, 1, run_id);
	int r = sqlite3_step(st);
	sqlite3_finalize(st);
	if (r != SQLITE_DONE)
		return sql_err(s, d, "recording the run");
	return LT_OK;
}

int store_run_finish(struct store *s, int64_t run_id, const char *finished_at,
		     const struct run_counts *c, int exit_code, struct lt_diag *d)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, "UPDATE runs SET finished_at=?2, documents_seen=?3,"
				      " documents_processed=?4, documents_skipped=?5,"
				      " documents_removed=?6, documents_failed=?7, exit_code=?8"
				      " WHERE run_id=?1", -1, &st, NULL) != SQLITE_OK)
		return sql_err(s, d, "recording the run");
	sqlite3_bind_int64(st, 1, run_id);
	bind_z(st, 2, finished_at);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)c->seen);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)c->processed);
	sqlite3_bind_int64(st, 5, (sqlite3_int64)c->skipped);
	sqlite3_bind_int64(st, 6, (sqlite3_int64)c->removed);
	sqlite3_bind_int64(st, 7, (sqlite3_int64)c->failed);
	sqlite3_bind_int(st, 8, exit_code);
	int r = sqlite3_step(st);
	sqlite3_finalize(st);
	if (r != SQLITE_DONE)
		return sql_err(s, d, "recording the run");
	return LT_OK;
}

int store_error(struct store *s, int64_t run_id, const char *input, uint32_t line,
		int severity, const char *message, struct lt_diag *d)
{
	sqlite3_stmt *st = s->st[ST_ERROR];
	sqlite3_bind_int64(st, 1, run_id);
	bind_z(st, 2, input);
	if (line)
		sqlite3_bind_int64(st, 3, line);
	else
		sqlite3_bind_null(st, 3);
	bind_z(st, 4, severity == LT_SEV_ERROR ? "error" : "warning");
	bind_z(st, 5, message);
	return step_done(s, st, d, "recording an error");
}

int store_documents(struct store *s, struct stored_doc **out, size_t *n, struct lt_diag *d)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, "SELECT doc_id, path, size, mtime_ns, hash FROM documents"
				      " ORDER BY doc_id", -1, &st, NULL) != SQLITE_OK)
		return sql_err(s, d, "reading documents");
	LT_VEC(struct stored_doc) v = { 0 };
	int r;
	int rc = LT_OK;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		const char *id, *path, *hash;
		if ((rc = col_req(s, st, 0, &id, d)) < 0 || (rc = col_req(s, st, 1, &path, d)) < 0 ||
		    (rc = col_req(s, st, 4, &hash, d)) < 0)
			break;
		struct stored_doc sd;
		sd.doc_id = xstrdup(id);
		sd.path = xstrdup(path);
		sd.size = (uint64_t)sqlite3_column_int64(st, 2);
		sd.mtime_ns = sqlite3_column_int64(st, 3);
		/* a hash that is not hex reads as 0: the file is re-read */
		sd.hash = strtoull(hash, NULL, 16);
		lt_vec_push(&v, sd);
	}
	if (rc == LT_OK && r != SQLITE_DONE)
		rc = sql_err(s, d, "reading documents");
	sqlite3_finalize(st);
	if (rc < 0) {
		stored_docs_free(v.v, v.n);
		return rc;
	}
	*out = v.v;
	*n = v.n;
	return LT_OK;
}

void stored_docs_free(struct stored_doc *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].doc_id);
		free(v[i].path);
	}
	free(v);
}

/* ------------------------------------------------------------ merge */

int store_doc_keys(struct store *s, struct doc_key **out, size_t *n, struct lt_diag *d)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, "SELECT doc_pk, doc_id FROM documents ORDER BY doc_pk", -1,
			       &st, NULL) != SQLITE_OK)
		return sql_err(s, d, "reading documents");
	LT_VEC(struct doc_key) v = { 0 };
	int r;
	int rc = LT_OK;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		const char *id;
		if ((rc = col_req(s, st, 1, &id, d)) < 0)
			break;
		struct doc_key k = { sqlite3_column_int64(st, 0), xstrdup(id) };
		lt_vec_push(&v, k);
	}
	if (rc == LT_OK && r != SQLITE_DONE)
		rc = sql_err(s, d, "reading documents");
	sqlite3_finalize(st);
	if (rc < 0) {
		doc_keys_free(v.v, v.n);
		return rc;
	}
	*out = v.v;
	*n = v.n;
	return LT_OK;
}

void doc_keys_free(struct doc_key *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].doc_id);
	free(v);
}

int store_last_run(struct store *s, struct last_run *lr, struct lt_diag *d)
{
	memset(lr, 0, sizeof(*lr));
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, "SELECT started_at, finished_at IS NOT NULL, documents_failed"
				      " FROM runs ORDER BY run_id DESC LIMIT 1", -1, &st, NULL)
	    != SQLITE_OK)
		return sql_err(s, d, "reading the runs");
	int r = sqlite3_step(st);
	int rc = LT_OK;
	const char *started;
	if (r == SQLITE_ROW && (rc = col_req(s, st, 0, &started, d)) == LT_OK) {
		lr->exists = true;
		snprintf(lr->started_at, sizeof(lr->started_at), "%s", started);
		lr->finished = sqlite3_column_int(st, 1) != 0;
		lr->failed = sqlite3_column_int64(st, 2);
	} else if (r != SQLITE_ROW && r != SQLITE_DONE) {
		rc = sql_err(s, d, "reading the runs");
	}
	sqlite3_finalize(st);
	return rc;
}

int store_racy_since(struct store *s, int64_t *since_s, struct lt_diag *d)
{
	*since_s = 0;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, "SELECT COALESCE((SELECT CAST(strftime('%s', started_at)"
				      " AS INTEGER) FROM runs WHERE finished_at IS NOT NULL ORDER BY"
				      " run_id DESC LIMIT 1), (SELECT MIN(CAST(strftime('%s',"
				      " started_at) AS INTEGER)) FROM runs), 0)", -1, &st, NULL)
	    != SQLITE_OK)
		return sql_err(s, d, "reading the runs");
	int r = sqlite3_step(st);
	if (r == SQLITE_ROW)
		*since_s = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (r != SQLITE_ROW)
		return sql_err(s, d, "reading the runs");
	return LT_OK;
}

/*
 * Rows written to one of dst's tables BATCH_ROWS at a time by one
 * statement (a statement a row takes 9% more instructions in a merge:
 * callgrind, 8 shards of the 250 MB bench corpus). Row r of a batch is
 * parameters r * nc + 1 ... r * nc + nc; the last one, BATCH_ROWS * nc + 1,
 * says how many rows hold values (a table's last batch is short):
 *   INSERT INTO t(cols) SELECT column2, ... FROM (VALUES(1, ?, ...),
 *   (2, ?, ...), ...) WHERE column1 <= ?N
 * SQLite reads VALUES rows in order: rows are inserted in the order they
 * were added (errors.error_id follows it). A bound text or blob is copied
 * by SQLite, so a value may come from a statement stepped since.
 */
struct rows_out {
	struct store *dst;
	sqlite3_stmt *ins;
	int nc, pend;
};

/* the parameter of column j of the row being added */
#define ROW_PARAM(w, j) ((w)->pend * (w)->nc + (j) + 1)

static int rows_open(struct rows_out *w, struct store *dst, const char *table, const char *cols,
		     int nc, struct lt_diag *d)
{
	*w = (struct rows_out){ .dst = dst, .nc = nc };
	LT_VEC(char) q = { 0 };
	char buf[32];
	char *head = xasprintf("INSERT INTO %s(%s) SELECT ", table, cols);
	for (const char *p = head; *p; p++)
		lt_vec_push(&q, *p);
	free(head);
	for (int r = -1; r <= BATCH_ROWS; r++) {
		/* r -1: the column list; 0 ... BATCH_ROWS - 1: a VALUES row;
		 * BATCH_ROWS: the row count test */
		if (r < 0) {
			for (int j = 0; j < nc; j++) {
				snprintf(buf, sizeof(buf), "%scolumn%d", j ? ", " : "", j + 2);
				for (const char *p = buf; *p; p++)
					lt_vec_push(&q, *p);
			}
			snprintf(buf, sizeof(buf), " FROM (VALUES");
		} else if (r < BATCH_ROWS) {
			snprintf(buf, sizeof(buf), "%s(%d", r ? ", " : "", r + 1);
			for (const char *p = buf; *p; p++)
				lt_vec_push(&q, *p);
			for (int j = 0; j < nc; j++)
				for (const char *p = ", ?"; *p; p++)
					lt_vec_push(&q, *p);
			snprintf(buf, sizeof(buf), ")");
		} else {
			snprintf(buf, sizeof(buf), ") WHERE column1 <= ?%d", BATCH_ROWS * nc + 1);
		}
		for (const char *p = buf; *p; p++)
			lt_vec_push(&q, *p);
	}
	lt_vec_push(&q, '\0');
	int pr = sqlite3_prepare_v2(dst->db, q.v, -1, &w->ins, NULL);
	lt_vec_release(&q);
	return pr == SQLITE_OK ? LT_OK : sql_err(dst, d, "merging");
}

/* Insert the rows added so far. */
static int rows_flush(struct rows_out *w, struct lt_diag *d)
{
	if (!w->pend)
		return LT_OK;
	sqlite3_bind_int(w->ins, BATCH_ROWS * w->nc + 1, w->pend);
	w->pend = 0;
	int r = sqlite3_step(w->ins);
	sqlite3_reset(w->ins);
	return r == SQLITE_DONE ? LT_OK : sql_err(w->dst, d, "merging");
}

/* The row's parameters are bound: the next row. */
static int rows_next(struct rows_out *w, struct lt_diag *d)
{
	return ++w->pend == BATCH_ROWS ? rows_flush(w, d) : LT_OK;
}

static void rows_close(struct rows_out *w)
{
	sqlite3_finalize(w->ins);
	w->ins = NULL;
}

/*
 * Every row of src's `query` (default `SELECT cols FROM table`) into dst's
 * table, column by column, values passed through unchanged (types
 * included); column null_col, when >= 0, becomes NULL.
 */
static int copy_rows(struct store *dst, struct store *src, const char *table, const char *cols,
		     const char *query, int null_col, struct lt_diag *d)
{
	char *qs = query ? xstrdup(query) : xasprintf("SELECT %s FROM %s", cols, table);
	sqlite3_stmt *sel = NULL;
	struct rows_out w = { 0 };
	int rc = LT_OK;
	if (sqlite3_prepare_v2(src->db, qs, -1, &sel, NULL) != SQLITE_OK) {
		rc = sql_err(src, d, "reading for the merge");
		goto out;
	}
	int nc = sqlite3_column_count(sel);
	if ((rc = rows_open(&w, dst, table, cols, nc, d)) < 0)
		goto out;
	int r;
	while ((r = sqlite3_step(sel)) == SQLITE_ROW) {
		for (int j = 0; j < nc; j++) {
			if (j == null_col)
				sqlite3_bind_null(w.ins, ROW_PARAM(&w, j));
			else
				sqlite3_bind_value(w.ins, ROW_PARAM(&w, j), sqlite3_column_value(sel, j));
		}
		if ((rc = rows_next(&w, d)) < 0)
			goto out;
	}
	if (r != SQLITE_DONE)
		rc = sql_err(src, d, "reading for the merge");
	else
		rc = rows_flush(&w, d);
out:
	sqlite3_finalize(sel);
	rows_close(&w);
	free(qs);
	return rc;
}

int store_merge_reset(struct store *dst, struct store *src, struct lt_diag *d)
{
	LT_TRY(store_exec(dst, "DELETE FROM hits; DELETE FROM counts; DELETE FROM turns;"
			       " DELETE FROM speaker_attrs; DELETE FROM speakers;"
			       " DELETE FROM document_attrs; DELETE FROM documents;"
			       " DELETE FROM errors; DELETE FROM entries; DELETE FROM categories;"
			       " DELETE FROM themes; DELETE FROM meta;",
			  d));
	static const char *const lex_tables[] = { "themes", "categories", "entries" };
	for (size_t i = 0; i < LT_ARRAY_SIZE(lex_tables); i++) {
		sqlite3_stmt *st = NULL;
		char *q = xasprintf("SELECT * FROM %s", lex_tables[i]);
		int pr = sqlite3_prepare_v2(src->db, q, -1, &st, NULL);
		free(q);
		if (pr != SQLITE_OK)
			return sql_err(src, d, "reading the lexicon");
		/* the column list as src has it (the same schema version) */
		LT_VEC(char) cols = { 0 };
		for (int j = 0; j < sqlite3_column_count(st); j++) {
			if (j)
				lt_vec_push(&cols, ',');
			for (const char *p = sqlite3_column_name(st, j); *p; p++)
				lt_vec_push(&cols, *p);
		}
		lt_vec_push(&cols, '\0');
		sqlite3_finalize(st);
		int rc = copy_rows(dst, src, lex_tables[i], cols.v, NULL, -1, d);
		lt_vec_release(&cols);
		LT_TRY(rc);
	}
	LT_TRY(copy_rows(dst, src, "meta", "key, value", NULL, -1, d));
	/* the merged database is no shard ("" as a run without --shard) */
	return store_exec(dst, "INSERT OR REPLACE INTO meta(key, value) VALUES('shard', '')", d);
}

/* The tables of a document's rows, in the order merge writes them: column
 * 0 is the doc_pk, key the primary key; column set_col, when >= 0, becomes
 * the merge's run_id. */
static const struct {
	const char *table, *cols, *key;
	int set_col;
} doc_tables[] = {
	{ "documents", "doc_pk, doc_id, path, size, mtime_ns, hash, encoding, format,"
		       " n_speakers, n_turns, n_tokens, run_id", "doc_pk", 11 },
	{ "document_attrs", "doc_pk, key, value", "doc_pk, key", -1 },
	{ "speakers", "doc_pk, speaker, label, interviewer, n_turns, n_tokens", "doc_pk, speaker",
	  -1 },
	{ "speaker_attrs", "doc_pk, speaker, key, value", "doc_pk, speaker, key", -1 },
	{ "turns", "doc_pk, turn, speaker, line, n_tokens, text", "doc_pk, turn", -1 },
	{ "hits", "doc_pk, turn, category_id, tok_start, tok_end, speaker, byte_start,"
		  " byte_end, entry_id, form, negated", "doc_pk, turn, category_id, tok_start", -1 },
	{ "counts", "doc_pk, speaker, category_id, hits, matched_tokens, negated,"
		    " turns_with_hit, weighted_score", "doc_pk, speaker, category_id", -1 },
};

size_t store_merge_n_tables(void)
{
	return LT_ARRAY_SIZE(doc_tables);
}

static int orphan_rows(struct store *src, const char *table, int64_t pk, struct lt_diag *d)
{
	return lt_diag_set(d, LT_ESQLITE, "database '%s': %s has rows of doc_pk %lld, which "
			   "documents does not list: the database is damaged", src->path, table,
			   (long long)pk);
}

/* After a copy by document lookups: rows of src's table that no document
 * of src owns (copied fewer than the table holds) make it damaged. */
static int check_orphans(struct store *src, const char *table, int64_t copied,
			 struct lt_diag *d)
{
	char *q = xasprintf("SELECT count(*) FROM %s", table);
	sqlite3_stmt *st = NULL;
	int rc = LT_OK;
	if (sqlite3_prepare_v2(src->db, q, -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_ROW) {
		rc = sql_err(src, d, "reading for the merge");
	} else if (sqlite3_column_int64(st, 0) != copied) {
		/* name one (a rare path: a scan is fine) */
		sqlite3_finalize(st);
		st = NULL;
		free(q);
		q = xasprintf("SELECT doc_pk FROM %s WHERE doc_pk NOT IN (SELECT doc_pk FROM"
			      " documents) LIMIT 1", table);
		if (sqlite3_prepare_v2(src->db, q, -1, &st, NULL) != SQLITE_OK)
			rc = sql_err(src, d, "reading for the merge");
		else if (sqlite3_step(st) == SQLITE_ROW)
			rc = orphan_rows(src, table, sqlite3_column_int64(st, 0), d);
		else
			rc = lt_diag_set(d, LT_ESQLITE, "database '%s': %s changed while it was "
					 "merged", src->path, table);
	}
	sqlite3_finalize(st);
	free(q);
	return rc;
}

/* One input's rows of the table being merged. */
struct merge_in {
	sqlite3_stmt *sel;    /* a scan in key order, or (!in_order) a lookup */
	bool row;             /* sel holds a row */
	int64_t copied;
};

/* Step in's statement: LT_OK (in->row says whether it holds a row) or an
 * error. */
static int in_step(struct store *src, struct merge_in *in, struct lt_diag *d)
{
	int r = sqlite3_step(in->sel);
	in->row = r == SQLITE_ROW;
	return r == SQLITE_ROW || r == SQLITE_DONE ? LT_OK : sql_err(src, d, "reading for the merge");
}

int store_merge_table(struct store *dst, struct store *const *src, const bool *in_order,
		      size_t n_src, const struct merge_doc *docs, size_t n, size_t table,
		      int64_t run_id, struct lt_diag *d)
{
	if (table >= LT_ARRAY_SIZE(doc_tables) || !n_src)
		LT_BUG("store_merge_table: no such table or no input");
	const char *t = doc_tables[table].table, *cols = doc_tables[table].cols;
	int set_col = doc_tables[table].set_col;
	struct merge_in *in = xcalloc(n_src, sizeof(*in));
	struct rows_out w = { 0 };
	/* ORDER BY the primary key: SQLite reads the table in its order, no sort */
	char *scan = xasprintf("SELECT %s FROM %s ORDER BY %s", cols, t, doc_tables[table].key);
	char *seek = xasprintf("SELECT %s FROM %s WHERE doc_pk = ?1 ORDER BY %s", cols, t,
			       doc_tables[table].key);
	int rc = LT_OK;
	for (size_t i = 0; i < n_src && rc == LT_OK; i++) {
		if (sqlite3_prepare_v2(src[i]->db, in_order[i] ? scan : seek, -1, &in[i].sel,
				       NULL) != SQLITE_OK)
			rc = sql_err(src[i], d, "reading for the merge");
		else if (in_order[i])
			rc = in_step(src[i], &in[i], d);
	}
	int nc = sqlite3_column_count(in[0].sel);
	if (rc == LT_OK)
		rc = rows_open(&w, dst, t, cols, nc, d);
	/* the documents in their new order, each one's rows from its input:
	 * the next rows of its scan (its documents come in doc_pk order) or
	 * a lookup */
	for (size_t r = 0; r < n && rc == LT_OK; r++) {
		uint32_t i = docs[r].src;
		struct merge_in *m = &in[i];
		int64_t old = docs[r].old_pk;
		if (!in_order[i]) {
			sqlite3_bind_int64(m->sel, 1, old);
			rc = in_step(src[i], m, d);
		}
		while (rc == LT_OK && m->row) {
			int64_t pk = sqlite3_column_int64(m->sel, 0);
			if (pk != old) {
				if (pk < old)
					rc = orphan_rows(src[i], t, pk, d);
				break;
			}
			sqlite3_bind_int64(w.ins, ROW_PARAM(&w, 0), (int64_t)r + 1);
			for (int j = 1; j < nc; j++) {
				if (j == set_col)
					sqlite3_bind_int64(w.ins, ROW_PARAM(&w, j), run_id);
				else
					sqlite3_bind_value(w.ins, ROW_PARAM(&w, j),
							   sqlite3_column_value(m->sel, j));
			}
			m->copied++;
			if ((rc = rows_next(&w, d)) == LT_OK)
				rc = in_step(src[i], m, d);
		}
		if (!in_order[i])
			sqlite3_reset(m->sel);
	}
	if (rc == LT_OK)
		rc = rows_flush(&w, d);
	/* rows after the last document of their input, or not copied */
	for (size_t i = 0; i < n_src && rc == LT_OK; i++) {
		if (in_order[i] && in[i].row)
			rc = orphan_rows(src[i], t, sqlite3_column_int64(in[i].sel, 0), d);
		else if (!in_order[i])
			rc = check_orphans(src[i], t, in[i].copied, d);
	}
	for (size_t i = 0; i < n_src; i++)
		sqlite3_finalize(in[i].sel);
	rows_close(&w);
	free(in);
	free(scan);
	free(seek);
	return rc;
}

int store_merge_errors(struct store *dst, struct store *src, struct lt_diag *d)
{
	/* the errors that describe src as it is: a document's from the run that
	 * last processed it, a rejected input's from the latest finished run
	 * (error_id is dst's own; run_id would refer to src's runs) */
	return copy_rows(dst, src, "errors", "run_id, input, line, severity, message",
			 "SELECT e.run_id, e.input, e.line, e.severity, e.message FROM errors e"
			 " LEFT JOIN documents d ON d.path = e.input"
			 " WHERE (d.path IS NOT NULL AND d.run_id = e.run_id)"
			 " OR (d.path IS NULL AND e.run_id = (SELECT max(run_id) FROM runs"
			 " WHERE finished_at IS NOT NULL)) ORDER BY e.error_id",
			 0, d);
}

/* ------------------------------------------------------------ queries */

int store_prepare(struct store *s, const char *sql, struct store_stmt **out, struct lt_diag *d)
{
	*out = NULL;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return sql_err(s, d, "preparing a query");
	struct store_stmt *q = xcalloc(1, sizeof(*q));
	q->st = st;
	q->s = s;
	*out = q;
	return LT_OK;
}

void store_bind_text(struct store_stmt *q, int i, const char *v)
{
	sqlite3_bind_text(q->st, i, v, -1, SQLITE_TRANSIENT);
}

void store_bind_int(struct store_stmt *q, int i, int64_t v)
{
	sqlite3_bind_int64(q->st, i, v);
}

int store_step(struct store_stmt *q, struct lt_diag *d)
{
	int r = sqlite3_step(q->st);
	if (r == SQLITE_ROW)
		return 1;
	if (r == SQLITE_DONE)
		return 0;
	return sql_err(q->s, d, "query");
}

void store_reset(struct store_stmt *q)
{
	sqlite3_reset(q->st);
	sqlite3_clear_bindings(q->st);
}

int store_col_count(struct store_stmt *q)
{
	return sqlite3_column_count(q->st);
}

const char *store_col_name(struct store_stmt *q, int i)
{
	return sqlite3_column_name(q->st, i);
}

const char *store_col_text(struct store_stmt *q, int i, size_t *len)
{
	const unsigned char *t = sqlite3_column_text(q->st, i);
	size_t n = (size_t)sqlite3_column_bytes(q->st, i);
	if (!t) {
		t = (const unsigned char *)"";
		n = 0;
	}
	if (len)
		*len = n;
	return (const char *)t;
}

int64_t store_col_int(struct store_stmt *q, int i)
{
	return sqlite3_column_int64(q->st, i);
}

double store_col_double(struct store_stmt *q, int i)
{
	return sqlite3_column_double(q->st, i);
}

bool store_col_null(struct store_stmt *q, int i)
{
	return sqlite3_column_type(q->st, i) == SQLITE_NULL;
}

void store_finalize(struct store_stmt *q)
{
	if (!q)
		return;
	sqlite3_finalize(q->st);
	free(q);
}
