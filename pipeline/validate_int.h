/* validate_int.h - internals shared by validate.c, validate_score.c,
 * qdpx_align.c and the unit tests: the seeded hash, the row keys, the
 * sheet's fixed columns, and the database and file helpers.
 * Memory: keys, categories and hashes are malloc'd for the caller (their
 * _release/_free functions, or free).
 * Threads: the hash and key functions are pure (any thread); the
 * category, lexicon-hash, schema and file helpers use the database or the
 * file system: main thread only.
 */
#ifndef LT_VALIDATE_INT_H
#define LT_VALIDATE_INT_H

#include "lt.h"
#include "diag.h"

struct store;

/*
 * The one source of randomness: FNV-1a 64 over the bytes, started from
 * 'seed' mixed by splitmix64's finaliser, then the finaliser again. The
 * same (seed, bytes) give the same value on every machine.
 */
uint64_t vkey_hash(uint64_t seed, const char *s, size_t len);
/* splitmix64's finaliser (Steele, Lea and Flood 2014) */
uint64_t vkey_mix(uint64_t z);

/*
 * Keys, ASCII only so that no spreadsheet encoding can change them: every
 * byte outside '!'..'~', and '%' ':' ',' ';' '"' '\'', is written %XX.
 *   hit:  H:DOC:TURN:TOKSTART-TOKEND:CATEGORY:TEXTHASH
 *   turn: T:DOC:TURN:TEXTHASH
 * TEXTHASH is 8 hex digits of the turn text's hash (seed 0): a key whose
 * document was edited since sampling no longer matches.
 * Caller frees the result.
 */
char *vkey_hit(const char *doc_id, int64_t turn, int64_t tok_start, int64_t tok_end,
	       const char *category, const char *text, size_t text_len);
char *vkey_turn(const char *doc_id, int64_t turn, const char *text, size_t text_len);

struct vkey {
	char kind;                       /* 'H' or 'T' */
	char *doc_id, *category;         /* decoded; category NULL for 'T' */
	int64_t turn, tok_start, tok_end;
	uint32_t text_hash;
};
/* Parse a key; false for anything malformed. Release with vkey_release. */
bool vkey_parse(const char *s, size_t len, struct vkey *k);
void vkey_release(struct vkey *k);
uint32_t vkey_text_hash(const char *text, size_t len);

/* The sample column: "seed:S/lexicon:HASH" (letters first, so a
 * spreadsheet keeps it as text). */
char *vkey_sample(uint64_t seed, const char *lexicon_hash);
bool vkey_parse_sample(const char *s, size_t len, uint64_t *seed, char *hash, size_t hash_cap);

/* The categories table, in category_id order (ids are dense from 0). */
struct vcat {
	int64_t id;
	char *name, *theme, *short_name, *description;
	bool theme_row;
	bool selected;                   /* sample: chosen by --category (or all) */
};
int vcats_load(struct store *s, struct vcat **out, size_t *n, struct lt_diag *d);
void vcats_free(struct vcat *v, size_t n);
/* Index of the category named exactly 'name', or SIZE_MAX. */
size_t vcats_find(const struct vcat *v, size_t n, const char *name);

/* The database's meta.lexicon_hash (caller frees); LT_EUSAGE when it has
 * none (no run yet). */
int vlexicon_hash(struct store *s, char **out, struct lt_diag *d);

/* Write buf to path through a temporary file renamed into place. */
int validate_write_file(const char *path, const char *buf, size_t n, struct lt_diag *d);

/* CREATE TABLE IF NOT EXISTS validation (docs/database.md). */
int validate_schema(struct store *s, struct lt_diag *d);

/*
 * Negation cues for `validate sample --negation` (validate_negation.c):
 * the built-in negators, pseudo-negators and post-negators, and the
 * themes' own [negators], [pseudo-negators] and [post-negators] entries
 * read from the database. vneg_turn memoises one turn's folded tokens;
 * vneg_cue then says whether the hit [s, e) of theme has a cue outside it
 * in the clauses it spans. Errors of vneg_open: LT_ESQLITE, LT_EUSAGE (an
 * unknown stemmer language).
 */
struct vneg;
struct token;
int vneg_open(struct store *s, struct vneg **out, struct lt_diag *d);
void vneg_turn(struct vneg *v, const char *text, const struct token *tk, size_t nt);
bool vneg_cue(struct vneg *v, const char *theme, const struct token *tk, size_t nt,
	      size_t s, size_t e);
void vneg_free(struct vneg *v); /* accepts NULL */

#endif /* LT_VALIDATE_INT_H */
