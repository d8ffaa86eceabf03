/* store.h - the SQLite database: schema, the single writer, the run lock,
 * and a small query interface for the table writers. store.c is the only
 * file that includes sqlite3.h (STYLE B.1).
 *
 * The database is the source of truth: documents with their size, mtime
 * and content hash (incremental state), speakers and their attributes,
 * turns with their text, the compiled lexicon (themes, categories,
 * entries), every hit, per-speaker counts, errors and one row per run.
 * The schema is documented in docs/database.md.
 *
 * Opening checks an existing database for damage (its tables against the
 * schema, the schema version, values no run writes), so a damaged one is
 * an LT_ESQLITE with a message in every command (docs/architecture.md).
 *
 * Memory: a struct store owns its statements (store_close); text read
 * from a statement is borrowed until its next step, reset or finalize;
 * what a function says is the caller's (store_categories, store_meta_get,
 * stored documents) is malloc'd with its own _free.
 * Threading: a struct store is used by one thread at a time: the main
 * thread, except while `run` hands it to its writer thread for a chunk
 * (run.h; the main thread does not touch it until it joins the writer).
 * merge holds several stores, all on the main thread.
 * Locking: opening for writing takes an exclusive flock() on "DB.lock"
 * (pid and start time written inside); the kernel drops it when the
 * holder dies, so a stale lock from a killed run is simply taken over.
 */
#ifndef LT_STORE_H
#define LT_STORE_H

#include "lt.h"
#include "diag.h"

struct store;
struct store_stmt;
struct lexicon;
struct input;
struct doc_result;

/* 2: counts.weighted_score and entries.weight (a version 1 database is
 * upgraded in place by the first writer that opens it) */
#define STORE_SCHEMA_VERSION 2

enum store_mode {
	STORE_READ = 0,   /* existing database, read-only queries */
	STORE_WRITE = 1,  /* create if missing, take the run lock */
	STORE_READ_LOCKED = 2 /* existing database, read-only, with its run lock held
			       * (a merge input: no run may change it meanwhile) */
};

/*
 * Open (and for STORE_WRITE create and lock) the database. Errors:
 * LT_ELOCK when another process holds the lock (d names its pid and start
 * time), LT_ESQLITE for a database SQLite cannot open or that is not a
 * lextab database of this schema version, LT_EIO for a missing file in
 * STORE_READ mode. Caller owns *out (store_close).
 */
int store_open(struct store **out, const char *path, enum store_mode mode, struct lt_diag *d);
/* Finalises statements, closes the database, releases the lock. Accepts NULL. */
void store_close(struct store *s);
/* A STORE_WRITE store whose file held no lextab table when opened (made
 * by store_open: empty but for the schema). */
bool store_created(const struct store *s);
/*
 * For one large transaction into a store_created database (a merge's
 * output): on, a rollback journal instead of WAL; off, WAL again. A
 * transaction that adds pages past the end of the file journals none of
 * them, so each page is written once, where WAL writes it twice (to the
 * WAL, then to the file at the checkpoint). Crash safety is the same: a
 * process killed inside the transaction leaves a hot journal, which the
 * next writer rolls back (a read-only opener is refused until then), so
 * the file never shows part of the transaction; synchronous=FULL while on
 * (NORMAL again when off) keeps that true across a power loss, as WAL's
 * NORMAL does. Best effort (another connection holding the file keeps it
 * in WAL). Outside a transaction; the caller turns it off on every path,
 * failure included. merge calls it, on the main thread.
 */
void store_bulk_journal(struct store *s, bool on);
int store_begin(struct store *s, struct lt_diag *d);
int store_commit(struct store *s, struct lt_diag *d);
void store_rollback(struct store *s);
/* Run a statement that returns no rows. */
int store_exec(struct store *s, const char *sql, struct lt_diag *d);

/* meta table: *value is NULL when the key is absent; caller frees. */
int store_meta_get(struct store *s, const char *key, char **value, struct lt_diag *d);
int store_meta_set(struct store *s, const char *key, const char *value, struct lt_diag *d);

/* One row of table categories (docs/database.md). */
struct store_category {
	int64_t id, line;
	char *name, *theme, *short_name, *description, *lexicon_file; /* malloc'd */
	bool theme_row;
};

/*
 * Every category in category_id order: the one query of the categories
 * table that tables, report and validate share. *out is malloc'd (NULL
 * when there are none); free it with store_categories_free, which frees
 * the strings too: a caller that keeps a string sets its pointer to NULL.
 */
int store_categories(struct store *s, struct store_category **out, size_t *n,
		     struct lt_diag *d);
void store_categories_free(struct store_category *v, size_t n);

/* Replace the themes, categories and entries tables with lx's. */
int store_put_lexicon(struct store *s, const struct lexicon *lx, struct lt_diag *d);

/*
 * Write one processed document (replacing any earlier version of its
 * doc_id). Its turns, hits and counts may be held in batches until
 * store_commit: r's memory is borrowed until then (or store_rollback).
 */
int store_put_doc(struct store *s, const struct input *in, const struct doc_result *r,
		  int64_t run_id, struct lt_diag *d);
/* Update the path and mtime of an unchanged document. */
int store_touch_doc(struct store *s, const struct input *in, struct lt_diag *d);
/* Remove a document and all its rows. */
int store_delete_doc(struct store *s, const char *doc_id, struct lt_diag *d);

struct run_counts {
	uint64_t seen, processed, skipped, removed, failed;
};

int store_run_start(struct store *s, const char *started_at, const char *command,
		    const char *options, const char *reason, int64_t *run_id, struct lt_diag *d);
/* Copy this run's lexicon hash, lexicon files and versions from meta. */
int store_run_provenance(struct store *s, int64_t run_id, struct lt_diag *d);
int store_run_finish(struct store *s, int64_t run_id, const char *finished_at,
		     const struct run_counts *c, int exit_code, struct lt_diag *d);
int store_error(struct store *s, int64_t run_id, const char *input, uint32_t line,
		int severity, const char *message, struct lt_diag *d);

/* The documents stored, sorted by doc_id. */
struct stored_doc {
	char *doc_id;
	char *path;
	uint64_t size;
	int64_t mtime_ns;
	uint64_t hash;
};
int store_documents(struct store *s, struct stored_doc **out, size_t *n, struct lt_diag *d);
void stored_docs_free(struct stored_doc *v, size_t n);

/*
 * The start (seconds since the epoch, rounded down) of the latest finished
 * run - or of the earliest run when none finished, 0 when there is none.
 * Every stored document's size and mtime were seen at or after it, so a
 * file whose mtime is not older than it may have been rewritten within
 * the file system's timestamp resolution after it was read ("racily
 * clean", as git calls it): `run` re-reads and hash-compares it.
 */
int store_racy_since(struct store *s, int64_t *since_s, struct lt_diag *d);

/* ---- lextab merge: shard databases copied into one ---- */

struct doc_key {
	int64_t pk;
	char *doc_id;
};
/* (doc_pk, doc_id) of every document, in doc_pk order. */
int store_doc_keys(struct store *s, struct doc_key **out, size_t *n, struct lt_diag *d);
void doc_keys_free(struct doc_key *v, size_t n);
/* The latest run: whether it finished (a killed run did not), and its
 * documents_failed. exists is false when the database has no run. */
struct last_run {
	bool exists, finished;
	char started_at[32];
	int64_t failed;
};
int store_last_run(struct store *s, struct last_run *lr, struct lt_diag *d);
/*
 * In dst's open transaction: delete every document and result, the lexicon
 * tables and meta, then copy src's meta (the same schema version: src was
 * opened by store_open) and lexicon tables (themes, categories, entries).
 */
int store_merge_reset(struct store *dst, struct store *src, struct lt_diag *d);
/*
 * The merged documents, in their new order: docs[r] (document doc_pk
 * old_pk of input src) becomes doc_pk r + 1.
 */
struct merge_doc {
	uint32_t src;
	int64_t old_pk;
};
/* The number of tables that hold a document's rows (documents first). */
size_t store_merge_n_tables(void);
/*
 * In dst's open transaction: table number `table` (< store_merge_n_tables)
 * of every document of docs[0..n), from the inputs src[0..n_src), written
 * in the new doc_pk order, so every insert appends to the output's B-tree
 * (documents.run_id set to run_id). in_order[i]: input i's documents in
 * doc_pk order are in doc_id order, so its table is read in one scan;
 * otherwise each document's rows are looked up by doc_pk and the table's
 * rows are counted after. A row of a doc_pk its input does not list is a
 * damaged database: LT_ESQLITE.
 */
int store_merge_table(struct store *dst, struct store *const *src, const bool *in_order,
		      size_t n_src, const struct merge_doc *docs, size_t n, size_t table,
		      int64_t run_id, struct lt_diag *d);
/*
 * In dst's open transaction: the errors rows that describe src as it is
 * (each document's from the run that last processed it, rejected inputs'
 * from the latest finished run), with run_id NULL (their runs are in src).
 */
int store_merge_errors(struct store *dst, struct store *src, struct lt_diag *d);

/* ---- queries for the table writers (no sqlite3.h needed) ---- */
int store_prepare(struct store *s, const char *sql, struct store_stmt **out,
		  struct lt_diag *d);
void store_bind_text(struct store_stmt *st, int i, const char *v);
void store_bind_int(struct store_stmt *st, int i, int64_t v);
/* 1: a row is ready; 0: done; LT_ESQLITE on error (d set). */
int store_step(struct store_stmt *st, struct lt_diag *d);
void store_reset(struct store_stmt *st);
int store_col_count(struct store_stmt *st);
const char *store_col_name(struct store_stmt *st, int i);
/* Column text ("" for NULL); valid until the next step. */
const char *store_col_text(struct store_stmt *st, int i, size_t *len);
int64_t store_col_int(struct store_stmt *st, int i);
double store_col_double(struct store_stmt *st, int i);
bool store_col_null(struct store_stmt *st, int i);
void store_finalize(struct store_stmt *st); /* accepts NULL */

/* Path of the database file this store has open. */
const char *store_path(const struct store *s);
/* sqlite3_libversion() */
const char *store_sqlite_version(void);

#endif /* LT_STORE_H */
