/* dicfile.h - dictionaries (LIWC .dic/.dicx, quanteda YAML, WordStat .cat,
 * Empath TSV, General Inquirer CSV) -> a neutral structure.
 *
 * dicfile_parse reads one dictionary into a struct dicfile: its categories
 * (number, name, parent) and its terms (text as written, categories, and
 * weights when the file gives them). It knows nothing of lextab matching:
 * lexicon.c turns the result into entries, and dicfile_write_lex prints the
 * equivalent .lex file for `lextab lexicon import`. What is accepted, how
 * each construct maps and what is skipped: docs/dictionary-formats.md.
 *
 * Memory: a struct dicfile owns everything it points to (one arena;
 * dicfile_release). Files are read through reader.h.
 * Threading: no shared state. Distinct structs may be used on distinct
 * threads; a parsed struct dicfile is read-only and may be shared.
 * lextab calls it on the main thread (lexicon loading, lexicon import).
 */
#ifndef LT_DICFILE_H
#define LT_DICFILE_H

#include <stdio.h>
#include "lt.h"
#include "arena.h"
#include "diag.h"

enum dic_format {
	DIC_FORMAT_NONE = 0,
	DIC_FORMAT_DIC = 1,   /* LIWC 2001/2007/2015 .dic: '%' header, then terms */
	DIC_FORMAT_DICX = 2,  /* LIWC-22 .dicx: CSV, one column per category (also a
			       * .csv whose header is not the General Inquirer's) */
	DIC_FORMAT_YAML = 3,  /* quanteda YAML (.yml, .yaml): nested keys, word lists */
	DIC_FORMAT_CAT = 4,   /* WordStat .cat: tab-indented categories, "TERM (1)" */
	DIC_FORMAT_TSV = 5,   /* Empath-style .tsv: a category, then its words */
	DIC_FORMAT_GI = 6     /* Harvard General Inquirer .csv: Entry, Source, then
			       * one column per category; "WORD#N" senses */
};

struct dic_category {
	uint32_t number;      /* the LIWC category number; .dicx and GI: its position
			       * among the category columns, from 1 (the term column
			       * is not counted); YAML, .cat, TSV: its position among
			       * the file's categories and groups, from 1; 0 for a
			       * LIWC group */
	const char *name;     /* as written, trimmed, inner runs of white space made
			       * one space ("function (Function Words)") */
	int32_t parent;       /* index into categories of the enclosing category
			       * in a tab-indented (LIWC2015) header, or -1 */
	bool is_group;        /* a LIWC2015 header line without a number that only
			       * groups the indented lines below it; a YAML or .cat
			       * key that holds only sub-categories. No term refers
			       * to it and it never has terms */
	uint32_t line;        /* 1-based line where it is defined */
};

struct dic_term {
	const char *text;     /* as written: trimmed, inner runs of white space made
			       * one space (a space means a phrase); may end in '*' */
	uint32_t line;        /* 1-based line of its first occurrence; never
			       * decreasing (several terms may share a line in
			       * YAML, TSV) */
	uint32_t *cats;       /* indices into categories (not numbers), distinct,
			       * in order of appearance; never a group */
	double *weights;      /* NULL unless the file has weights (see has_weights);
			       * else weights[k] goes with cats[k] */
	uint32_t n_cats;      /* >= 1 */
};

struct dicfile {
	const char *path;                 /* copy of the path given to parse */
	enum dic_format format;
	struct dic_category *categories;  /* in header (.dic) or column (.dicx) order */
	uint32_t n_categories;
	struct dic_term *terms;           /* in order of first line, lines increasing */
	uint32_t n_terms;
	bool has_weights;                 /* a .dicx with at least one numeric cell, or a
					   * .cat with a weight other than (1): then every
					   * term has weights (an X cell is 1) */
	uint32_t n_senses_merged;         /* GI: "WORD#N" rows merged into their word */
	uint32_t n_sense_conflicts;       /* GI: words whose senses disagree on a category */
	uint32_t n_conditional_skipped;   /* LIWC2007 conditional entries, e.g.
					   * "like  02 134/125/464/253" or "(02 134)125/464" */
	uint32_t n_undefined_refs;        /* references to category numbers the header
					   * does not define (each one dropped) */
	struct arena arena;               /* owns every string and array above */
};

/*
 * The dictionary format of 'path' from its extension, any case: .dic,
 * .dicx, .yml/.yaml, .cat, .tsv, .csv (DIC_FORMAT_GI: dicfile_parse reads
 * a .csv whose header does not start Entry,Source as a .dicx), or
 * DIC_FORMAT_NONE. Never fails.
 */
enum dic_format dicfile_format_of(const char *path);

/*
 * Parse buf[0..len) (need not be NUL-terminated; borrowed for the call
 * only; NULL with len 0 is an empty file) as the dictionary 'path', in
 * the format its extension names. 'path' is used for the format and in
 * messages; nothing is read from it.
 *
 * Input: UTF-8 with or without BOM (invalid bytes are read as Windows-1252,
 * the superset of Latin-1, with one warning), or UTF-16 with a BOM; line
 * ends LF, CRLF or CR alone.
 *
 * Returns LT_OK with *out filled (caller owns: dicfile_release), or
 * LT_ELEXICON with d = "PATH:LINE: reason" (unknown extension, no '%'
 * header, header never closed, a header line that is not NUMBER NAME, a
 * duplicate or too large (> UINT32_MAX) category number, an empty header,
 * a term line with no category number or with a token that is neither a
 * number nor a conditional expression, a NUL byte; .dicx: no header row,
 * no category column, an unnamed category column, a broken quoted field).
 * On error *out holds nothing (releasing it is allowed and does nothing).
 *
 * Warnings (each with its line) are appended to 'warnings' (NULL: dropped):
 * invalid UTF-8 read as Windows-1252 (once), each conditional entry
 * skipped, each undefined category number (once per number, at its first
 * use), a term left with no defined category (skipped), duplicate terms
 * (categories merged into the first), duplicate category names, .dicx rows
 * with no category marked or no term (skipped), .dicx cells that are
 * neither empty, X nor a number (ignored).
 */
int dicfile_parse(struct dicfile *out, const char *path, const char *buf, size_t len,
		  struct lt_msgs *warnings, struct lt_diag *d);

/*
 * Read the file 'path', then dicfile_parse it. Errors as dicfile_parse,
 * plus LT_EIO with d = "cannot read dictionary 'PATH': strerror".
 */
int dicfile_load(struct dicfile *out, const char *path, struct lt_msgs *warnings,
		 struct lt_diag *d);

/* Free everything *f owns and leave it empty. Accepts NULL. */
void dicfile_release(struct dicfile *f);

/*
 * Print the equivalent lextab .lex file to 'out': a header comment naming
 * the source file, "theme: NAME" (dicfile_lex_theme), then one [section]
 * per numbered category (dicfile_lex_names; the LIWC number and name in a
 * comment above it) listing its terms through dicfile_convert_term, with
 * the weight in a trailing comment when the file has weights. A term that
 * cannot be expressed is written as a comment and reported in 'warnings'
 * (NULL: dropped) once, at its line; two terms giving the same entry in
 * one category are written once (warning). Returns LT_OK, or LT_EIO with
 * d set if writing failed.
 */
int dicfile_write_lex(const struct dicfile *f, FILE *out, struct lt_msgs *warnings,
		      struct lt_diag *d);

/*
 * The .lex entry with LIWC's meaning for the LIWC term 'term': each word
 * without a trailing '*' matches exactly (=word); "abc*" stays a prefix;
 * several words (or a word the tokenizer splits, such as "self-esteem")
 * become a quoted phrase whose elements follow the same rules
 * ("kind of" -> "\"=kind =of\"", "co-operat*" -> "\"=co operat*\"").
 * The result holds only tokens, '=', '*', spaces and quotes, so it is
 * always safe on a .lex line. Returns it NUL-terminated in 'a', or NULL
 * with *why set to a static reason (no letters or digits, a '*' that is
 * not at the end of a word, clause punctuation between words).
 * Pure; thread-safe.
 */
const char *dicfile_convert_term(const char *term, struct arena *a, const char **why);

/*
 * A lextab name for a LIWC category or theme name: "KEY (Description)" is
 * reduced to KEY; then ASCII letters are lower-cased and each run of other
 * bytes than [a-z0-9_] becomes one '_', with leading and trailing '_'
 * removed. Returns "" when nothing is left (the caller picks a fallback).
 * NUL-terminated, in 'a'. Pure; thread-safe.
 */
const char *dicfile_convert_name(const char *name, struct arena *a);

/*
 * The theme name for f: its file's base name without the extension,
 * through dicfile_convert_name, or "liwc" when nothing is left. In 'a'
 * (or static). Pure; thread-safe.
 */
const char *dicfile_lex_theme(const struct dicfile *f, struct arena *a);

/*
 * Does the format name a category by its path of keys (YAML, .cat)? Then
 * a category's lextab name is its parent's, '.', and its own converted
 * name ("africa.east.bi"). Pure.
 */
bool dicfile_nested_names(enum dic_format format);

/*
 * The lextab category name of every category, exactly as dicfile_write_lex
 * names the sections, so a loader and `lextab lexicon import` agree:
 * names[i] is for categories[i], NULL for a group; the others are
 * dicfile_convert_name of the name (category_NUMBER when that is
 * empty), in a nested format joined to its parents' by '.', made unique in category order by appending _NUMBER, then
 * _NUMBER_2, _NUMBER_3...; never "exclude" or "negators". Returns an array
 * of n_categories pointers, all in 'a'. Pure; thread-safe.
 */
const char **dicfile_lex_names(const struct dicfile *f, struct arena *a);

#endif /* LT_DICFILE_H */
