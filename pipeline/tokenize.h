/* tokenize.h - turn text -> tokens and clauses (DESIGN.md "Counting rules").
 *
 * A token is a maximal run of letters (L*), digits/numbers (N*) and
 * combining marks (M*) that starts with a letter or number (a mark extends
 * a token, never starts one); an apostrophe (U+0027 or U+2019) stays inside a
 * token when the character before it is part of the token and the one
 * after it is a letter or number. Everything else separates tokens. The
 * characters . , ; : ? ! ( ) [ ] { } and U+2026 end a clause. ASCII is
 * classified by a 256-entry table; other code points by utf8proc.
 * No allocation: tokens go into the caller's array.
 * Pure functions, thread-safe (workers call them on their own buffers).
 */
#ifndef LT_TOKENIZE_H
#define LT_TOKENIZE_H

#include "lt.h"

struct token {
	uint32_t start;   /* byte offset in the turn text */
	uint32_t len;     /* bytes */
	uint32_t clause;  /* clause number within the turn, from 0, non-decreasing */
	uint32_t word;    /* the caller's word-type id (set after tokenising) */
};

/* Upper bound of tokens in len bytes of text. */
static inline size_t tokenize_max_tokens(size_t len)
{
	return len / 2 + 1;
}

/*
 * Tokenise text[0..len) (valid UTF-8) into out, which has room for
 * tokenize_max_tokens(len) tokens. Returns the number of tokens; word is
 * left 0.
 */
size_t tokenize(const char *text, size_t len, struct token *out);

/* Like tokenize, with room for only 'cap' tokens: SIZE_MAX if more are needed. */
size_t tokenize_cap(const char *text, size_t len, struct token *out, size_t cap);

/*
 * Fold one token for matching: NFC, full Unicode case folding, U+2019 ->
 * U+0027. s[0..len) must be valid UTF-8 (LT_BUG otherwise). Returns a
 * malloc'd NUL-terminated string and its length in *out_len. Caller owns
 * (free). ASCII takes a fast path. Never fails: out of memory, utf8proc's
 * buffer included, is fatal (xalloc.h).
 */
char *tokenize_fold(const char *s, size_t len, size_t *out_len);

/*
 * True when the folded token ends in "n't" (a negator by DESIGN.md).
 */
bool tokenize_is_nt(const char *folded, size_t len);

/* Character classes of ASCII bytes; bytes >= 0x80 are TOK_HIGH. */
enum tok_class {
	TOK_SPACE = 0,  /* separators without clause meaning */
	TOK_WORD = 1,   /* letters and digits */
	TOK_CLAUSE = 2, /* . , ; : ? ! ( ) [ ] { } */
	TOK_APOS = 3,   /* ' */
	TOK_HIGH = 4,   /* start of a multibyte sequence */
	TOK_MARK = 5    /* a combining mark (non-ASCII only) */
};
extern const unsigned char tok_ascii_class[256];

/* Classify a code point: TOK_WORD, TOK_MARK, TOK_CLAUSE, TOK_APOS or TOK_SPACE. */
int tokenize_classify(uint32_t cp);

/* Decode one UTF-8 code point at s (valid UTF-8); returns its length. */
size_t tokenize_decode(const char *s, size_t avail, uint32_t *cp);

#endif /* LT_TOKENIZE_H */
