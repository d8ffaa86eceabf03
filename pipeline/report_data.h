/* report_data.h - everything the HTML report shows, read from the database
 * in a few streaming passes (report_html.h renders it).
 *
 * Groups are the values of one speaker attribute (--by, default role), in
 * byte order, computed exactly as role_category.csv computes them
 * (docs/tables.md): speaker-in-document units, interviewers left out
 * unless include_interviewer. Examples are a seeded bottom-k sample per
 * heatmap cell (group x category): every hit gets the key vkey_hash(seed,
 * "doc_id:turn:tok_start:category"), the N smallest keys are kept, so the
 * same database and seed give the same lines whatever the row order.
 * Memory: O(speakers x themes) for the bootstrap, O(cells x N) for the
 * examples, O(distinct forms) for the top forms; hits and turns are
 * streamed. struct report_data owns everything it points to
 * (report_data_release). Main thread only.
 */
#ifndef LT_REPORT_DATA_H
#define LT_REPORT_DATA_H

#include "lt.h"
#include "diag.h"
#include "validate.h"

struct store;

struct rd_cat {
	int64_t id;
	char *name, *theme, *short_name, *description, *lexicon_file;
	int64_t line;
	bool theme_row;
	size_t theme_ix;                 /* index in rd->themes */
	bool shown;                      /* a heatmap column (--category filter) */
};

struct rd_theme {
	char *name;
	size_t row;                      /* index of its THEME.* category */
};

struct rd_counts {
	int64_t hits, matched, negated, turns_with_hit;
};

struct rd_group {
	char *value;                     /* "" for speakers without the field */
	int64_t documents, speakers, turns, tokens;
	struct rd_counts *cnt;           /* per category */
	size_t first_unit, n_units;      /* its units in rd->unit_order */
};

/* One speaker-in-document unit that is in a group. */
struct rd_unit {
	int64_t tokens;
	uint32_t group;
};

struct rd_example {
	char *doc_id, *speaker;
	int64_t turn, line;              /* turn from 0; line of its label in the file */
	char *text;                      /* a window of the turn text */
	size_t mark_start, mark_end;     /* the matched words within text */
	bool cut_left, cut_right;        /* text is cut there */
	bool negated;
};

/* The examples of one heatmap cell, sorted by doc_id, turn, position. */
struct rd_cell_ex {
	struct rd_example *v;
	size_t n;
};

struct rd_form {
	char *form;
	int64_t n;
};

struct rd_error {
	char *input, *severity, *message;
	int64_t line;                    /* 0: none */
};

struct rd_no_role {
	char *doc_id, *label;
};

struct rd_run {
	bool exists;
	int64_t run_id, exit_code, documents_failed;
	char *started_at, *finished_at, *command, *lexicon_hash, *rematch_reason;
};

#define RD_MAX_LISTED 200        /* errors and speakers without a role listed */
#define RD_TOP_FORMS 8

struct report_data {
	const char *by;                  /* the grouping field */
	bool include_interviewer;
	uint32_t examples;
	uint64_t seed;

	struct rd_cat *cats;
	size_t n_cats;
	struct rd_theme *themes;
	size_t n_themes;
	struct rd_group *groups;
	size_t n_groups;

	/* units of the groups, grouped (group 0's first), for the bootstrap:
	 * unit_hits[u * n_themes + t] the theme row's hits of unit u */
	struct rd_unit *units;
	size_t n_units;
	int64_t *unit_hits;

	struct rd_cell_ex *ex;           /* [group * n_cats + cat] */
	struct rd_form *forms;           /* [cat * RD_TOP_FORMS + k] */
	size_t *n_forms;                 /* per category */
	struct validation_fig *val;      /* per category */

	/* data quality (all speakers, interviewers included) */
	int64_t documents, speakers, interviewers, turns, tokens;
	int64_t no_role;                 /* non-interviewers without a role value */
	LT_VEC(struct rd_no_role) no_role_list;   /* the first RD_MAX_LISTED */
	int64_t n_errors, n_error_rows, n_warning_rows;
	LT_VEC(struct rd_error) errors;  /* the first RD_MAX_LISTED */
	int64_t meta_unmatched;          /* errors rows about metadata matching nothing */

	/* provenance */
	char *tool_version, *versions, *language, *lexicon_hash, *lexicon_files,
	     *counting_key;
	struct rd_run run;               /* the latest run */
	int64_t n_runs;
};

struct report_data_opts {
	const char *by;                  /* NULL: "role" */
	const char *const *categories;   /* THEME.NAME, NAME when unique, THEME.*; none: all */
	size_t n_categories;
	bool include_interviewer;
	uint32_t examples;               /* lines per heatmap cell */
	uint64_t seed;
};

/*
 * Read everything, in one read transaction. Errors: LT_EUSAGE (an unknown
 * or ambiguous --category, d names it), LT_ESQLITE. On error *rd is
 * partly filled; release it with report_data_release either way.
 */
int report_data_load(struct store *s, const struct report_data_opts *o,
		     struct report_data *rd, struct lt_diag *d);
void report_data_release(struct report_data *rd);

#endif /* LT_REPORT_DATA_H */
