/* dicfile_int.h - internals shared by the dictionary readers.
 *
 * dicfile.c owns the parse driver (input decoding, the result's arena) and
 * the LIWC readers; dic_cat.c (WordStat .cat), dic_tsv.c (Empath TSV,
 * General Inquirer CSV) and dic_yaml.c (quanteda YAML, the only file that
 * includes <yaml.h>) fill the same struct parser through these helpers.
 * Nothing here is for use outside the dictionary readers and their tests.
 *
 * Threading: a struct parser belongs to one call of dicfile_parse.
 */
#ifndef LT_DICFILE_INT_H
#define LT_DICFILE_INT_H

#include "dicfile.h"
#include "csv.h"
#include "intern.h"

/* Terms and names quoted in messages are cut to this many bytes. */
#define SHOW_MAX 60
/* Three printf arguments for "%.*s%s": the quoted text and "..." if cut. */
#define SHOW(s, n) dicp_show_len((s), (n)), (s), ((n) > SHOW_MAX ? "..." : "")

struct parser {
	struct dicfile *f;
	const char *path;                  /* the caller's, for messages */
	struct lt_msgs *warnings;          /* may be NULL */
	struct lt_diag *d;
	struct arena tmp;                  /* converted input, CSV unescaping */
	LT_VEC(struct dic_category) cats;
	LT_VEC(struct dic_term) terms;
	struct intern term_ids;            /* term text -> index in terms */
	struct intern numbers;             /* category number -> id */
	LT_VEC(uint32_t) number_cat;       /* id in numbers -> index in cats */
	struct intern warned;              /* undefined numbers already reported */
	uint32_t *mark;                    /* per category: == mark_gen when taken */
	uint32_t mark_gen;
	size_t mark_cap;                   /* grown by dicp_marks_next to cover cats */
	LT_VEC(uint32_t) line_cats;        /* scratch: one entry's categories */
	LT_VEC(double) line_weights;
	LT_VEC(char) text;                 /* scratch: a normalised term or name */
	bool listed;                       /* category-major format (.cat, TSV, GI,
					    * YAML): a term met again in another
					    * category merges without a warning */
};

/* A line iterator over LF, CRLF or CR-terminated text. */
struct line_iter {
	const char *p, *end;
	uint32_t line; /* of the next line */
};

bool dicp_is_ws(char c);
bool dicp_is_digit(char c);
void dicp_trim(const char **s, size_t *n);
int dicp_show_len(const char *s, size_t n);
void dicp_warn(struct parser *p, uint32_t line, const char *fmt, ...) LT_PRINTF(3, 4);
int dicp_fail(struct parser *p, uint32_t line, const char *fmt, ...) LT_PRINTF(3, 4);
/* s[0..n) trimmed, inner white space runs made one space, into p->text; its length. */
size_t dicp_normalise(struct parser *p, const char *s, size_t n);
void dicp_marks_next(struct parser *p);
/* Warn about category names used twice (exact text). */
void dicp_check_names(struct parser *p);
/*
 * Add the term text[0..n) found on 'line' with categories cats[0..nc)
 * (indices into p->cats) and weights w (or NULL). A known text merges
 * into the term of its first line: with a warning unless p->listed; when
 * p->listed and the term already has one of the categories, the warning
 * says it is listed twice in that category (counted once).
 */
void dicp_add_term(struct parser *p, const char *text, size_t n, uint32_t line,
		   const uint32_t *cats, const double *w, uint32_t nc);
/* Append a category (number, name normalised from s[0..n), parent, line); its index. */
uint32_t dicp_add_category(struct parser *p, uint32_t number, const char *s, size_t n,
			   int32_t parent, bool is_group, uint32_t line);
bool dicp_next_line(struct line_iter *it, const char **s, size_t *n, uint32_t *line);
/* A decimal number, '.' as the point, into *out; false if it is not one. */
bool dicp_parse_number(const char *s, size_t n, double *out);
bool dicp_record_blank(const struct csv_record *r);
/* csv.h's "LINE: reason" as "PATH:LINE: reason", LT_ELEXICON. */
int dicp_csv_fail(struct parser *p, const struct lt_diag *cd);

/* The readers: each fills p->cats and p->terms from valid UTF-8 text. */
int dicp_parse_cat(struct parser *p, const char *buf, size_t len);    /* dic_cat.c */
int dicp_parse_tsv(struct parser *p, const char *buf, size_t len);    /* dic_tsv.c */
int dicp_parse_gi(struct parser *p, const char *buf, size_t len);     /* dic_tsv.c */
int dicp_parse_yaml(struct parser *p, const char *buf, size_t len);   /* dic_yaml.c */
/* The LIWC-22 .dicx reader (dicfile.c), also for a .csv that is not GI. */
int dicp_parse_dicx(struct parser *p, const char *buf, size_t len);

#endif /* LT_DICFILE_INT_H */
