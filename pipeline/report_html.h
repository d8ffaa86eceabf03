/* report_html.h - `lextab report --html`: one self-contained HTML page
 * (inline CSS and SVG, no fetched resource, readable with scripting off)
 * with the group x category heatmap, per-theme group comparison with
 * bootstrap intervals, evidence lines, top forms, validation, data
 * quality, provenance and the codebook (docs/report.md).
 *
 * The page depends only on the database, the options and the seed: no
 * wall-clock time, no locale, no thread count (byte-identical output).
 * Every text from the data is HTML-escaped. Owns nothing after
 * report_html_write returns (the page is the output file). Main thread only.
 */
#ifndef LT_REPORT_HTML_H
#define LT_REPORT_HTML_H

#include "lt.h"
#include "diag.h"
#include "report_data.h"

struct store;

struct report_html_opts {
	const char *out;                 /* the page to write (replaced atomically) */
	struct report_data_opts data;
	double min_precision;            /* flag categories below it (0: 0.8) */
	const char *command_line;        /* the report's own command, shown in provenance */
};

/* What was written, for the caller's summary line. */
struct report_html_result {
	size_t bytes, groups, categories, examples;
};

/*
 * Read the database and write the page. Errors: LT_EUSAGE (unknown or
 * ambiguous --category), LT_ESQLITE, LT_EIO (the page cannot be written;
 * an existing file is left as it was).
 */
int report_html_write(struct store *s, const struct report_html_opts *o,
		      struct report_html_result *res, struct lt_diag *d);

#endif /* LT_REPORT_HTML_H */
