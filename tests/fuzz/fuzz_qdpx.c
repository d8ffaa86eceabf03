/* fuzz_qdpx.c - fuzz target for the REFI-QDA importer: any bytes as a
 * .qdpx archive (qdpx_read), then the alignment tokenizer and matcher on
 * every text source read against itself.
 *
 * Invariants. On failure: LT_EINPUT or LT_ELIMIT with a non-empty message.
 * On success: every source's text is NUL-terminated at its length; every
 * selection lies inside its source (end <= code points) with start <= end
 * and codes that index the code list; every code's parent comes before
 * it; a text aligned with itself matches every one of its tokens to
 * itself.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qdpx.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_NAME "fuzz_qdpx"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct qdpx_project p;
	struct lt_diag d;
	lt_diag_init(&d);
	int rc = qdpx_read(data, size, "fuzz.qdpx", &p, &d);
	if (rc < 0) {
		FUZZ_ASSERT(rc == LT_EINPUT || rc == LT_ELIMIT);
		FUZZ_ASSERT(d.code == rc && d.msg[0] != '\0');
		qdpx_project_release(&p);
		return 0;
	}
	for (size_t i = 0; i < p.codes.n; i++) {
		uint32_t par = p.codes.v[i].parent;
		FUZZ_ASSERT(par == UINT32_MAX || par < i);
		FUZZ_ASSERT(p.codes.v[i].path != NULL);
	}
	for (size_t i = 0; i < p.sources.n; i++) {
		const struct qdpx_source *s = &p.sources.v[i];
		FUZZ_ASSERT(s->text != NULL && s->text[s->len] == '\0');
		const uint64_t n_cp = qdpx_cp_count(s->text, s->len);
		for (size_t j = 0; j < s->sels.n; j++) {
			const struct qdpx_sel *sel = &s->sels.v[j];
			FUZZ_ASSERT(sel->start <= sel->end && sel->end <= n_cp);
			for (size_t k = 0; k < sel->codes.n; k++)
				FUZZ_ASSERT(sel->codes.v[k] < p.codes.n);
		}
		struct qdpx_tok *t = NULL;
		size_t nt = qdpx_tokenize(s->text, s->len, &t);
		int64_t *m = malloc((nt ? nt : 1) * sizeof(int64_t));
		FUZZ_ASSERT(m != NULL);
		FUZZ_ASSERT(qdpx_match(t, nt, t, nt, m) == nt);
		for (size_t k = 0; k < nt; k++) {
			FUZZ_ASSERT(m[k] == (int64_t)k);
			FUZZ_ASSERT(t[k].cp_start < t[k].cp_end && t[k].cp_end <= n_cp);
			FUZZ_ASSERT(t[k].b_start + t[k].b_len <= s->len);
		}
		free(m);
		free(t);
	}
	qdpx_project_release(&p);
	return 0;
}
