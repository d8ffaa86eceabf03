/* merge.h - lextab merge: shard databases into one (DESIGN.md "Scale-out").
 *
 * `lextab run --shard K/N` on N machines gives N databases with disjoint
 * documents; merging them gives the database, and so the tables, that one
 * run over the whole corpus gives. The inputs must share a counting key
 * (countkey.h: lexicons, --lang, speaker patterns, --meta content, --liwc,
 * counting rules, library versions) and hold no doc_id twice. Documents are numbered in doc_id order,
 * as a fresh run numbers them, so the argument order does not matter.
 * Everything is copied in one transaction: OUT holds its old content or
 * the merged one, never a mixture. Inputs are locked (shared run lock)
 * from the first read to the end and only read. Every input is open at
 * once (a 128 KB page cache each: memory grows by about 0.3 MB an input)
 * because each table of OUT is written in the new doc_pk order, taking
 * each document's rows from its input: every insert appends to OUT's
 * B-trees, so the time is linear in the data (writing shard after shard
 * scattered rows across B-trees larger than the page cache). The doc_id
 * list grows with the documents. merge_main closes them all and owns
 * nothing after it returns.
 * Single-threaded (main thread); the counting keys are compared by
 * countkey.c, the same code that builds them for `run`.
 */
#ifndef LT_MERGE_H
#define LT_MERGE_H

#include "lt.h"
#include "tables.h"

struct merge_opts {
	const char *out_db;
	const char *const *inputs;
	size_t n_inputs;
	struct table_opts tables;
	bool no_tables;
	bool quiet;
	const char *command_line;     /* recorded in the runs table */
};

/* Returns an exit code (enum lt_exit, exitcode.h). */
int merge_main(const struct merge_opts *o);

#endif /* LT_MERGE_H */
