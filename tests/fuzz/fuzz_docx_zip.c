/* fuzz_docx_zip.c - fuzz target for the whole Word reader: any bytes as a
 * .docx file (docx_extract), with a 4 MiB bound on the inflated
 * document.xml so a found zip bomb stays quick.
 *
 * Invariants. On success: the text is NUL-terminated at its length, valid
 * UTF-8 without control characters but tab and newline, and the same
 * bytes give the same text. On failure: LT_EINPUT or LT_ELIMIT with a
 * non-empty message and no text; LT_ELIMIT only for ZIP input (a bomb).
 * Input that is not a ZIP is always rejected (a .docx is one).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docx.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_NAME "fuzz_docx_zip"
#include "fuzz_util.h"

#define CAP ((uint64_t)4 << 20)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *t = (char *)1, *t2 = NULL;
	size_t tl = 1, tl2 = 0;
	struct lt_diag d;
	lt_diag_init(&d);
	int rc = docx_extract(data, size, CAP, &t, &tl, &d);
	bool zip = size >= 4 && memcmp(data, "PK\3\4", 4) == 0;
	if (rc < 0) {
		FUZZ_ASSERT(rc == LT_EINPUT || (rc == LT_ELIMIT && zip));
		FUZZ_ASSERT(d.code == rc && d.msg[0] != '\0');
		FUZZ_ASSERT(t == NULL && tl == 0);
		return 0;
	}
	FUZZ_ASSERT(zip);
	FUZZ_ASSERT(rc == LT_OK && t != NULL);
	FUZZ_ASSERT(t[tl] == '\0');
	FUZZ_ASSERT(fuzz_valid_utf8(t, tl, NULL));
	for (size_t i = 0; i < tl; i++)
		FUZZ_ASSERT((unsigned char)t[i] >= 0x20 || t[i] == '\t' || t[i] == '\n');
	FUZZ_ASSERT(docx_extract(data, size, CAP, &t2, &tl2, &d) == LT_OK);
	FUZZ_ASSERT(tl2 == tl && memcmp(t, t2, tl) == 0);
	free(t);
	free(t2);
	return 0;
}
