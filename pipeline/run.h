/* run.h - `lextab run`: the whole pipeline for a set of inputs.
 *
 * Phase 0 (main thread): load lexicons, metadata and the label rule, walk
 * the inputs, open and lock the database, decide what changed. Phase 1
 * (OpenMP, chunks of documents, dynamic schedule): read, decode, parse
 * turns, resolve attributes, tokenise and match, each document into its
 * own result slot with per-thread state only. Phase 2 (main thread, per
 * chunk): print diagnostics and write the chunk in document order in one
 * transaction. Finally the tables are exported from the database.
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
	const char *const *exts;       /* NULL-terminated */
	bool include_interviewer;
	bool tsv;
	bool excel_safe;
	bool liwc;
	const char *wide_by;           /* "document" or "speaker" */
	uint64_t max_file_size;
	bool no_tables;
	bool allow_empty;              /* an empty PATH folder may empty the database */
	const char *log_file;
	const char *command_line;      /* recorded in the runs table */
	const char *options_text;      /* the options, recorded in the runs table */
};

/* Run the pipeline; returns an exit code (enum lt_exit in cli.h). */
int run_main(const struct run_opts *o);

#endif /* LT_RUN_H */
