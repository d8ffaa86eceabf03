/* fuzz_decode.c - fuzz target for decode_bytes on any bytes.
 *
 * Invariants. On success: the text is valid UTF-8 (no surrogates, nothing
 * above U+10FFFF, no overlong forms), NUL-terminated at len with no NUL
 * inside, no '\r', U+0085/U+2028/U+2029 turned into '\n', and in NFC; the
 * encoding is one of the five; warnings carry a line no greater than the
 * number of lines; n_replaced > 0 exactly when a replacement warning was
 * given. Input that is already valid UTF-8 in NFC without BOM, CR, NUL or
 * Unicode line ends, and not mistaken for UTF-16, comes back byte for
 * byte. Decoding the output again gives the output (when it is not
 * rejected and does not start with a BOM). Decoding is deterministic. On
 * failure: LT_EINPUT with a non-empty message.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "decode.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_NAME "fuzz_decode"
#include "fuzz_util.h"

static bool is_nfc(const char *s, size_t n)
{
	utf8proc_uint8_t *m = NULL;
	utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &m,
					  UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	bool ok = r >= 0 && (size_t)r == n && memcmp(m, s, n) == 0;
	free(m);
	return ok;
}

static bool same(const struct decoded *a, const struct decoded *b)
{
	return a->len == b->len && memcmp(a->text, b->text, a->len) == 0 && a->enc == b->enc &&
	       a->n_replaced == b->n_replaced && a->nfc_changed == b->nfc_changed;
}

static bool has_replacement_warning(const struct lt_msgs *m)
{
	for (size_t i = 0; i < m->n; i++)
		if (strstr(m->v[i].text, "U+FFFD"))
			return true;
	return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct lt_msgs msgs;
	struct lt_diag d;
	struct decoded dec;
	arena_init(&a);
	msgs_init(&msgs);
	lt_diag_init(&d);
	int rc = decode_bytes(data, size, &a, &dec, &msgs, &d);
	if (rc < 0) {
		FUZZ_ASSERT(rc == LT_EINPUT);
		FUZZ_ASSERT(d.code == LT_EINPUT);
		FUZZ_ASSERT(d.msg[0] != '\0');
		goto out;
	}
	FUZZ_ASSERT(rc == LT_OK);
	FUZZ_ASSERT(dec.text != NULL);
	FUZZ_ASSERT(dec.text[dec.len] == '\0');
	FUZZ_ASSERT(memchr(dec.text, '\0', dec.len) == NULL);
	FUZZ_ASSERT(memchr(dec.text, '\r', dec.len) == NULL);
	bool special = false;
	FUZZ_ASSERT(fuzz_valid_utf8((const unsigned char *)dec.text, dec.len, &special));
	FUZZ_ASSERT(!strstr(dec.text, "\xC2\x85") && !strstr(dec.text, "\xE2\x80\xA8") &&
		    !strstr(dec.text, "\xE2\x80\xA9"));
	FUZZ_ASSERT(is_nfc(dec.text, dec.len));
	FUZZ_ASSERT(dec.enc >= ENC_UTF8 && dec.enc <= ENC_CP1252);
	FUZZ_ASSERT((dec.n_replaced > 0) == has_replacement_warning(&msgs));

	/* lines named by warnings exist in the output */
	size_t n_lines = 1;
	for (size_t i = 0; i < dec.len; i++)
		n_lines += dec.text[i] == '\n';
	for (size_t i = 0; i < msgs.n; i++) {
		FUZZ_ASSERT(msgs.v[i].line <= n_lines);
		FUZZ_ASSERT(msgs.v[i].severity == LT_SEV_WARNING);
	}

	/* clean UTF-8 in NFC comes back unchanged */
	bool in_special = false;
	if (dec.enc == ENC_UTF8 && fuzz_valid_utf8(data, size, &in_special) && !in_special &&
	    is_nfc((const char *)data, size)) {
		FUZZ_ASSERT(dec.len == size && memcmp(dec.text, data, size) == 0);
		FUZZ_ASSERT(dec.n_replaced == 0 && !dec.nfc_changed && msgs.n == 0);
	}

	/* deterministic */
	{
		struct arena a2;
		struct lt_msgs m2;
		struct decoded dec2;
		arena_init(&a2);
		msgs_init(&m2);
		FUZZ_ASSERT(decode_bytes(data, size, &a2, &dec2, &m2, &d) == LT_OK);
		FUZZ_ASSERT(same(&dec, &dec2));
		FUZZ_ASSERT(m2.n == msgs.n);
		for (size_t i = 0; i < m2.n; i++)
			FUZZ_ASSERT(strcmp(m2.v[i].text, msgs.v[i].text) == 0 &&
				    m2.v[i].line == msgs.v[i].line);
		msgs_release(&m2);
		arena_release(&a2);
	}

	/* idempotent */
	if (!(dec.len >= 3 && memcmp(dec.text, "\xEF\xBB\xBF", 3) == 0)) {
		struct arena a2;
		struct lt_msgs m2;
		struct decoded dec2;
		arena_init(&a2);
		msgs_init(&m2);
		if (decode_bytes((const unsigned char *)dec.text, dec.len, &a2, &dec2, &m2, &d) ==
		    LT_OK) {
			FUZZ_ASSERT(dec2.len == dec.len && memcmp(dec2.text, dec.text, dec.len) == 0);
			FUZZ_ASSERT(dec2.n_replaced == 0 && !dec2.nfc_changed);
			FUZZ_ASSERT(dec2.enc == ENC_UTF8);
		}
		msgs_release(&m2);
		arena_release(&a2);
	}
out:
	msgs_release(&msgs);
	arena_release(&a);
	return 0;
}
