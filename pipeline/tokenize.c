/* tokenize.c - tokens and clauses (see tokenize.h). */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "tokenize.h"
#include "decode.h"
#include "xalloc.h"
#include "banned.h"

#define W TOK_WORD
#define C TOK_CLAUSE
#define H TOK_HIGH
const unsigned char tok_ascii_class[256] = {
	/* 0x00-0x1F: controls, separators */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	/*  sp !  "  #  $  %  &  '  (  )  *  +  ,  -  .  / */
	0, C, 0, 0, 0, 0, 0, TOK_APOS, C, C, 0, 0, C, 0, C, 0,
	/* 0-9 : ; < = > ? */
	W, W, W, W, W, W, W, W, W, W, C, C, 0, 0, 0, C,
	/* @ A-O */
	0, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
	/* P-Z [ \ ] ^ _ */
	W, W, W, W, W, W, W, W, W, W, W, C, 0, C, 0, 0,
	/* ` a-o */
	0, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
	/* p-z { | } ~ DEL */
	W, W, W, W, W, W, W, W, W, W, W, C, 0, C, 0, 0,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
};
#undef W
#undef C
#undef H

size_t tokenize_decode(const char *s, size_t avail, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned b0 = p[0];
	if (b0 < 0x80 || avail < 2) {
		*cp = b0;
		return 1;
	}
	if (b0 < 0xE0) {
		*cp = ((b0 & 0x1Fu) << 6) | (p[1] & 0x3Fu);
		return 2;
	}
	if (b0 < 0xF0 || avail < 4) {
		if (avail < 3) {
			*cp = 0xFFFD;
			return avail;
		}
		*cp = ((b0 & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
		return 3;
	}
	*cp = ((b0 & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
	      (p[3] & 0x3Fu);
	return 4;
}

int tokenize_classify(uint32_t cp)
{
	if (cp < 0x80)
		return tok_ascii_class[cp] == TOK_HIGH ? TOK_SPACE : tok_ascii_class[cp];
	if (cp == 0x2019)
		return TOK_APOS;
	if (cp == 0x2026)
		return TOK_CLAUSE;
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return TOK_WORD;
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
		return TOK_MARK;
	default:
		return TOK_SPACE;
	}
}

/* Is the code point at s a letter or number (not a mark)? */
static bool letter_or_number_at(const char *s, size_t avail)
{
	unsigned b = (unsigned char)s[0];
	if (b < 0x80)
		return tok_ascii_class[b] == TOK_WORD;
	uint32_t cp;
	tokenize_decode(s, avail, &cp);
	return tokenize_classify(cp) == TOK_WORD;
}

size_t tokenize(const char *text, size_t len, struct token *out)
{
	return tokenize_cap(text, len, out, SIZE_MAX);
}

size_t tokenize_cap(const char *text, size_t len, struct token *out, size_t cap)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t n = 0, i = 0;
	uint32_t clause = 0;
	bool in_tok = false;
	uint32_t start = 0;
	while (i < len) {
		/* fast paths: runs of ASCII word bytes, runs of ASCII spaces, and
		 * a whole ASCII word ended by an ASCII space (what the general
		 * steps below do for it, in one go) */
		if (in_tok) {
			while (i < len && tok_ascii_class[t[i]] == TOK_WORD)
				i++;
		} else {
			while (i < len && tok_ascii_class[t[i]] == TOK_SPACE)
				i++;
			if (i < len && tok_ascii_class[t[i]] == TOK_WORD) {
				start = (uint32_t)i++;
				while (i < len && tok_ascii_class[t[i]] == TOK_WORD)
					i++;
				in_tok = true;
				if (i < len && tok_ascii_class[t[i]] == TOK_SPACE) {
					if (n == cap)
						return SIZE_MAX;
					out[n].start = start;
					out[n].len = (uint32_t)(i - start);
					out[n].clause = clause;
					out[n].word = 0;
					n++;
					in_tok = false;
					i++;
					continue;
				}
			}
		}
		if (i >= len)
			break;
		int cls = tok_ascii_class[t[i]];
		size_t k = 1;
		if (cls == TOK_HIGH) {
			uint32_t cp;
			k = tokenize_decode(text + i, len - i, &cp);
			cls = tokenize_classify(cp);
		}
		if (cls == TOK_MARK) {
			/* a combining mark extends a token but never starts one (a
			 * variation selector after an emoji is not a word) */
			if (in_tok) {
				i += k;
				continue;
			}
			cls = TOK_SPACE;
		}
		if (cls == TOK_WORD) {
			if (!in_tok) {
				in_tok = true;
				start = (uint32_t)i;
			}
			i += k;
			continue;
		}
		if (cls == TOK_APOS && in_tok && i + k < len &&
		    letter_or_number_at(text + i + k, len - i - k)) {
			i += k; /* stays inside: don't, leader's */
			continue;
		}
		if (in_tok) {
			if (n == cap)
				return SIZE_MAX;
			out[n].start = start;
			out[n].len = (uint32_t)(i - start);
			out[n].clause = clause;
			out[n].word = 0;
			n++;
			in_tok = false;
		}
		if (cls == TOK_CLAUSE)
			clause++;
		i += k;
	}
	if (in_tok) {
		if (n == cap)
			return SIZE_MAX;
		out[n].start = start;
		out[n].len = (uint32_t)(len - start);
		out[n].clause = clause;
		out[n].word = 0;
		n++;
	}
	return n;
}

/*
 * NFC + full case folding of s[0..len) (valid UTF-8, no NUL) into a fresh
 * NUL-terminated heap string, through decode_map: out of memory ends the
 * run like every other allocation failure (xalloc.h), never an empty word
 * (which would change counts). utf8proc has no other failure for valid
 * UTF-8 and these options: one here is a bug. Sets *out_len.
 */
static char *fold_unicode(const char *s, size_t len, size_t *out_len)
{
	long err;
	char *r = decode_map(s, len, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD,
			     out_len, &err);
	if (!r)
		LT_BUG(utf8proc_errmsg((utf8proc_ssize_t)err));
	return r;
}

char *tokenize_fold(const char *s, size_t len, size_t *out_len)
{
	bool ascii = true;
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80) {
			ascii = false;
			break;
		}
	if (ascii) {
		char *r = xmalloc(len + 1);
		for (size_t i = 0; i < len; i++) {
			unsigned char c = (unsigned char)s[i];
			r[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		}
		r[len] = '\0';
		*out_len = len;
		return r;
	}
	size_t r;
	char *p = fold_unicode(s, len, &r);
	/* U+2019 (E2 80 99) -> ' ; in place, the result only shrinks */
	size_t w = 0;
	for (size_t i = 0; i < r;) {
		if (i + 2 < r && (unsigned char)p[i] == 0xE2 &&
		    (unsigned char)p[i + 1] == 0x80 && (unsigned char)p[i + 2] == 0x99) {
			p[w++] = '\'';
			i += 3;
		} else {
			p[w++] = p[i++];
		}
	}
	p[w] = '\0';
	*out_len = w;
	return p;
}

bool tokenize_is_nt(const char *folded, size_t len)
{
	return len >= 3 && memcmp(folded + len - 3, "n't", 3) == 0;
}
