/* qdpx.h - the bridge to qualitative analysis tools (NVivo, ATLAS.ti,
 * MAXQDA, QualCoder): REFI-QDA 1.0 projects (.qdpx, docs/qda.md).
 *
 * export (qdpx_export.c): the database's documents as text sources, one
 * paragraph "Label: turn text" per turn, the lexicon as a codebook (theme
 * codes with their categories as child codes), one coded PlainTextSelection
 * per hit, one case per speaker with the metadata as variables. GUIDs are
 * derived from names, the archive's dates from the latest run: the same
 * database gives the same bytes.
 *
 * import (qdpx_import.c): a project written by any of the tools, read
 * defensively (hostile archives and XML refused), into its text sources,
 * codes (with their paths through parents and folders) and coded
 * selections. Pure: no database, no file system (fuzzed).
 *
 * gold (qdpx_align.c): each imported text source aligned with the lextab
 * document of the same words (word-token sequences matched, so labels,
 * timestamps, line ends and white space may differ), the human selections
 * mapped to the turns they cover, giving one turn-level judgement per
 * turn and mapped category for validate_score.c.
 *
 * Positions are counted as the standard says (REFI-QDA 1.5, 10.2): in
 * Unicode code points of the source text, the first at 0; endPosition is
 * the code point after the last one selected (text[start:end]), as the
 * tools write it. Projects and gold judgements are the caller's
 * (qdpx_project_release, qdpx_gold_release); files are read through
 * reader.h. Main thread only.
 */
#ifndef LT_QDPX_H
#define LT_QDPX_H

#include "lt.h"
#include "diag.h"

struct store;

/* ------------------------------------------------------------ export */

enum qdpx_cases { QDPX_CASES_DOCUMENT = 0, QDPX_CASES_LABEL = 1 };

struct qdpx_export_opts {
	const char *out;                 /* the .qdpx to write (replaced) */
	const char *const *categories;   /* THEME.NAME, NAME when unique, THEME.*; none: all */
	size_t n_categories;
	const char *role;                /* hits and cases of speakers with this role only */
	bool include_interviewer;
	enum qdpx_cases cases;
};

struct qdpx_export_result {
	uint64_t sources, codes, hits, negated, cases, variables;
};

/*
 * Write the project. Errors: LT_EUSAGE (unknown or ambiguous category, a
 * database without documents or lexicon), LT_EIO (cannot write out),
 * LT_ESQLITE.
 */
int qdpx_export(struct store *s, const struct qdpx_export_opts *o,
		struct qdpx_export_result *res, struct lt_diag *d);

/* The GUID of an object of 'kind' named 'name': a version-8 UUID (RFC 9562)
 * of 128 bits of two seeded FNV-1a/splitmix64 hashes of "kind\x1fname".
 * out gets 36 characters and a NUL. Pure. */
void qdpx_guid(char out[37], const char *kind, const char *name);

/* Number of Unicode code points in UTF-8 s[0..len). Pure. */
size_t qdpx_cp_count(const char *s, size_t len);

/* ------------------------------------------------------------ import */

struct qdpx_code {
	char *guid, *name;
	char *path;                      /* names from the root, '/'-separated */
	uint32_t parent;                 /* index, UINT32_MAX for a root code */
};

struct qdpx_sel {
	uint64_t start, end;             /* code points, end exclusive */
	LT_VEC(uint32_t) codes;          /* indices into codes */
};

struct qdpx_source {
	char *guid, *name;
	char *text;                      /* UTF-8, BOM removed */
	size_t len;
	LT_VEC(struct qdpx_sel) sels;
};

struct qdpx_project {
	char *origin;                    /* the tool that wrote it ("" if not said) */
	LT_VEC(struct qdpx_code) codes;
	LT_VEC(struct qdpx_source) sources;
	LT_VEC(char *) notes;            /* things ignored (non-text sources...) */
};

/* Bounds on what an imported archive may hold. */
#define QDPX_MAX_ENTRIES 100000
#define QDPX_MAX_QDE (256u << 20)      /* project.qde, inflated */
#define QDPX_MAX_SOURCE (64u << 20)    /* one text source, inflated */
#define QDPX_MAX_TOTAL (1024ull << 20) /* everything read, inflated */
#define QDPX_MAX_DEPTH 128             /* element nesting in project.qde */

/*
 * Read the .qdpx held in bytes[0..len) ('what' names it in messages).
 * Errors: LT_EINPUT (not a ZIP, hostile entry names, no project.qde, a
 * DOCTYPE or entity declarations, malformed XML, nesting past
 * QDPX_MAX_DEPTH, a selection out of its source), LT_ELIMIT (bomb or
 * oversized parts). Caller releases p with qdpx_project_release (also
 * after an error).
 */
int qdpx_read(const void *bytes, size_t len, const char *what, struct qdpx_project *p,
	      struct lt_diag *d);
void qdpx_project_release(struct qdpx_project *p);

/* ------------------------------------------------------------ gold */

struct vcat;

/* One turn-level judgement: the turn (doc_pk, turn) of category row cat
 * (index into the vcat array) was coded by the human (value 1) or not (0);
 * lexicon: the lexicon has a hit of that row in the turn. */
struct qdpx_judgement {
	int64_t doc_pk, turn;
	uint32_t cat;
	int8_t value, lexicon;
};

struct qdpx_gold_opts {
	const char *qdpx, *map;          /* the project and the code,category map */
	const char *role;                /* only turns of speakers with this role */
	bool include_interviewer;
};

struct qdpx_gold {
	LT_VEC(struct qdpx_judgement) j;
	LT_VEC(char *) notes;            /* warnings: ignored sources... */
	LT_VEC(char *) errors;           /* rejected: unaligned documents, bad map rows */
	uint64_t aligned, turns;
};

/*
 * Read o->qdpx and o->map, align the sources with the database's
 * documents and judge every turn of the aligned documents (of the
 * selected speakers) for every mapped category or theme row of c[0..nc).
 * Errors: LT_EUSAGE (a map without usable rows, a map naming an unknown
 * category), LT_EINPUT/LT_ELIMIT (the archive), LT_EIO, LT_ESQLITE.
 * Caller releases g with qdpx_gold_release.
 */
int qdpx_gold_load(struct store *s, const struct qdpx_gold_opts *o, const struct vcat *c,
		   size_t nc, struct qdpx_gold *g, struct lt_diag *d);
void qdpx_gold_release(struct qdpx_gold *g);

/*
 * Alignment internals (qdpx_align.c), for the unit tests: the word tokens
 * of a text (ASCII letters folded, punctuation and white space dropped)
 * matched between a source a and a document b. match[i] is the index of
 * the token of b that token i of a is matched with, or -1. Pure.
 */
struct qdpx_tok {
	uint64_t cp_start, cp_end;       /* code points in the text */
	size_t b_start, b_len;           /* bytes */
	uint64_t hash;
};
size_t qdpx_tokenize(const char *s, size_t len, struct qdpx_tok **out);
size_t qdpx_match(const struct qdpx_tok *a, size_t na, const struct qdpx_tok *b, size_t nb,
		  int64_t *match);

#endif /* LT_QDPX_H */
