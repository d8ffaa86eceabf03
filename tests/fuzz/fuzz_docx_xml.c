/* fuzz_docx_xml.c - fuzz target for the XML half of the Word reader:
 * word/document.xml bytes -> text (docx_extract_xml).
 *
 * Invariants. On success: the text is NUL-terminated at its length, valid
 * UTF-8, and holds no control character but tab and newline; it is never
 * longer than twice the input plus a little (every byte of output comes
 * from markup at least as long, "Name: " from a table cell included); the
 * same input gives the same text. On failure: LT_EINPUT or LT_ELIMIT with a
 * non-empty message and no text.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docx.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_NAME "fuzz_docx_xml"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *t = (char *)1, *t2 = NULL;
	size_t tl = 1, tl2 = 0;
	struct lt_diag d;
	lt_diag_init(&d);
	int rc = docx_extract_xml(data, size, &t, &tl, &d);
	if (rc < 0) {
		FUZZ_ASSERT(rc == LT_EINPUT || rc == LT_ELIMIT);
		FUZZ_ASSERT(d.code == rc && d.msg[0] != '\0');
		FUZZ_ASSERT(t == NULL && tl == 0);
		return 0;
	}
	FUZZ_ASSERT(rc == LT_OK && t != NULL);
	FUZZ_ASSERT(t[tl] == '\0');
	FUZZ_ASSERT(fuzz_valid_utf8(t, tl, NULL));
	for (size_t i = 0; i < tl; i++)
		FUZZ_ASSERT((unsigned char)t[i] >= 0x20 || t[i] == '\t' || t[i] == '\n');
	FUZZ_ASSERT(tl <= 2 * size + 16);
	FUZZ_ASSERT(docx_extract_xml(data, size, &t2, &tl2, &d) == LT_OK);
	FUZZ_ASSERT(tl2 == tl && memcmp(t, t2, tl) == 0);
	free(t);
	free(t2);
	return 0;
}
