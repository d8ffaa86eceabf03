/* validate_carry.h - the marks of earlier coding sheets, carried into a new
 * sample (`lextab validate sample --carry SHEET`).
 *
 * A mark belongs to a row key (validate_int.h: document, turn, token span,
 * category and a hash of the turn's text) and a mark column ("relevant",
 * "note", "theme:T", "category:C"). The same key names the same words of
 * the same text for the same category, so a coder's judgement of it does
 * not change when the lexicons or the sample do: a new sample drawn after
 * the lexicons changed starts with the marks of every row coded before,
 * and only the rows that are new are left to code.
 *
 * Rules: blank marks are not carried; two sheets that give one key and
 * column different marks are a conflict (the mark is left blank and the
 * conflict reported with both places); the sheets must come from one coder
 * (the 'coder' column, or the file name where the column is blank), since
 * one sheet row has one coder.
 *
 * Memory: struct vcarry owns everything it holds (vcarry_free).
 * Threads: main thread only (reads files).
 */
#ifndef LT_VALIDATE_CARRY_H
#define LT_VALIDATE_CARRY_H

#include "lt.h"
#include "diag.h"

struct vcarry;

/*
 * Read the sheets (any encoding and delimiter a spreadsheet saves, as
 * `validate score` reads them). Conflicts and unreadable rows are added to
 * notes ("SHEET:LINE: ..."). Returns LT_OK; LT_EIO (cannot read a sheet);
 * LT_EUSAGE (not a coding sheet; marks of more than one coder).
 */
int vcarry_load(const char *const *paths, size_t n, struct vcarry **out, struct lt_msgs *notes,
		struct lt_diag *d);

/* The mark of key in column, or NULL (none, or a conflict). c may be NULL. */
const char *vcarry_get(const struct vcarry *c, const char *key, const char *column);

/* The coder whose marks these are ("" when c is NULL). */
const char *vcarry_coder(const struct vcarry *c);

void vcarry_free(struct vcarry *c);

#endif /* LT_VALIDATE_CARRY_H */
