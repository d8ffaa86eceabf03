/* run.h - `lextab run`: the whole pipeline for a set of inputs.
 *
 * run.c only orchestrates; the stages are other modules. Phase 0 (main
 * thread): load the stemmer, lexicons, metadata and label rule; walk the
 * inputs (discover.c); open and lock the database (store.c); decide from
 * the counting key (countkey.c) and the stored size, mtime and hash what
 * must be redone. Phase 1 (OpenMP workers, chunks of documents, dynamic
 * schedule): read and decode (reader.c), parse turns, resolve attributes,
 * tokenise and match, aggregate (aggregate.c), each document into its own
 * result slot with per-thread state only (struct worker: two chunk arenas,
 * a matcher, regex scratch). Phase 2 (the writer): print diagnostics and
 * write a chunk in document order in one transaction; with more than one
 * worker the writer is a pthread writing chunk k while the workers process
 * chunk k+1, and the store is used by that thread alone meanwhile. Finally
 * (main thread) the tables are exported from the database.
 * run_main owns everything it builds and releases it before returning;
 * call it on the main thread.
 */
#ifndef LT_RUN_H
#define LT_RUN_H

#include <stdio.h>
#include "lt.h"

struct run_opts {
	const char *const *paths;
	size_t n_paths;
	const char *const *lexicons;   /* default: the bundled lexicons/ folder */
	size_t n_lexicons;
	const char *db;
	const char *out_dir;           /* NULL: tables/ next to the db */
	const char *meta;
	const char *const *by;         /* grouping fields; default: role */
	size_t n_by;
	int threads;                   /* 0: all cores */
	bool full;
	uint32_t shard_k, shard_n;
	bool quiet;
	bool stats;                    /* per-stage timings on stdout */
	bool progress;                 /* progress bar on stderr (cli decides: a terminal) */
	const char *lang;
	const char *speaker_pattern;
	const char *const *pattern_for; /* --speaker-pattern-for "GLOB=RE", in order */
	size_t n_pattern_for;
	bool strict;                   /* any warning makes the exit code 1 */
	const char *const *exts;       /* NULL-terminated */
	bool include_interviewer;
	bool tsv;
	bool excel_safe;
	bool liwc;
	const char *wide_by;           /* "document" or "speaker" */
	unsigned formats;              /* TABLES_* bits (tables.h) */
	bool turn_table;
	uint64_t max_file_size;
	bool no_tables;
	bool allow_empty;              /* an empty PATH folder may empty the database */
	const char *log_file;
	const char *command_line;      /* recorded in the runs table */
	const char *options_text;      /* the options, recorded in the runs table */
};

/* Run the pipeline; returns an exit code (enum lt_exit, exitcode.h). */
int run_main(const struct run_opts *o);

#endif /* LT_RUN_H */
