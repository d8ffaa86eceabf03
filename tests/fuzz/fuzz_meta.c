/* fuzz_meta.c - fuzz target for meta_load_buffer / meta_parse,
 * meta_resolve and the report.
 *
 * Input: byte 0 bit 0 picks the entry point (the raw bytes through
 * meta_load_buffer, or decode_bytes then meta_parse as a caller with its
 * own reader does); the rest is the metadata file. A load either fails
 * with "fuzz.csv:..." in the diag and no object, or gives columns that are
 * lower-case, unique and never doc_id/speaker/alias. Each load is then
 * resolved against a fixed document (front matter, an interviewer, a Role
 * (Name) speaker, speaker "") for a few doc_ids: lists sorted by key with
 * non-empty, valid values, and an interviewer always has role
 * "interviewer". The report over those documents gives warnings whose
 * lines are rows of the file, and a summary of at most one line.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "meta.h"
#include "segment.h"
#include "decode.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_NAME "fuzz_meta"
#include "fuzz_util.h"

static const char DOC_TEXT[] =
	"---\nrole: Manager\nsite: Leeds\n---\n"
	"opening\n"
	"Interviewer: q\n"
	"Chair (A): a\n"
	"B: b\n"
	"Q: c\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	struct meta *m = NULL;
	struct lt_diag d;
	lt_diag_init(&d);
	int rc;
	if (data[0] & 1) {
		struct arena da;
		struct lt_msgs dm;
		struct decoded dec;
		arena_init(&da);
		msgs_init(&dm);
		if (decode_bytes(data + 1, size - 1, &da, &dec, &dm, &d) == LT_OK)
			rc = meta_parse(&m, "fuzz.csv", dec.text, dec.len, &d);
		else
			rc = lt_diag_set(&d, LT_EUSAGE, "fuzz.csv: undecodable");
		msgs_release(&dm);
		arena_release(&da);
	} else {
		rc = meta_load_buffer(&m, "fuzz.csv", data + 1, size - 1, &d);
	}
	if (rc != LT_OK) {
		FUZZ_ASSERT(rc == LT_EUSAGE && m == NULL);
		FUZZ_ASSERT(!strncmp(d.msg, "fuzz.csv:", 9));
		return 0;
	}
	FUZZ_ASSERT(m != NULL);
	uint32_t nc = meta_n_columns(m);
	for (uint32_t i = 0; i < nc; i++) {
		const char *c = meta_column(m, i);
		FUZZ_ASSERT(c[0] != '\0');
		FUZZ_ASSERT(strcmp(c, "doc_id") && strcmp(c, "speaker") && strcmp(c, "alias"));
		for (const char *p = c; *p; p++)
			FUZZ_ASSERT(!(*p >= 'A' && *p <= 'Z'));
		for (uint32_t j = 0; j < i; j++)
			FUZZ_ASSERT(strcmp(meta_column(m, j), c) != 0);
	}

	static struct seg_rules *rules;
	struct lt_diag sd;
	if (!rules)
		FUZZ_ASSERT(seg_rules_new(&rules, NULL, &sd) == LT_OK);
	struct arena a;
	arena_init(&a);
	struct parsed_doc doc;
	segment_parse(rules, NULL, DOC_TEXT, sizeof(DOC_TEXT) - 1, DOC_FORMAT_TEXT, &a, &doc,
		      NULL);
	static const char *const ids[] = { "d1", "d2", "*", "" };
	struct meta_report *rep = meta_report_new(m);
	for (size_t k = 0; k < sizeof(ids) / sizeof(ids[0]); k++) {
		meta_report_doc(rep, ids[k], k != 1);
		for (uint32_t s = 0; s < doc.n_speakers; s++) {
			struct kv_list l;
			bool iv;
			meta_resolve(m, ids[k], &doc, s, &a, &l, &iv);
			if (k != 1)
				meta_report_speaker(rep, doc.speakers[s].label, &l);
			bool has_role_iv = false;
			for (uint32_t i = 0; i < l.n; i++) {
				FUZZ_ASSERT(l.v[i].value[0] != '\0');
				if (i)
					FUZZ_ASSERT(strcmp(l.v[i - 1].key, l.v[i].key) < 0);
				if (!strcmp(l.v[i].key, "role") &&
				    !strcmp(l.v[i].value, "interviewer"))
					has_role_iv = true;
			}
			if (iv)
				FUZZ_ASSERT(has_role_iv);
			if (!doc.speakers[s].label[0])
				FUZZ_ASSERT(!iv);
		}
	}
	struct lt_msgs rows, summary;
	msgs_init(&rows);
	msgs_init(&summary);
	meta_report_finish(rep, &rows, &summary);
	meta_report_free(rep);
	FUZZ_ASSERT(rows.n <= meta_n_rows(m));
	size_t n_lines = 1;
	for (size_t i = 1; i < size; i++)
		n_lines += data[i] == '\n' || data[i] == '\r';
	for (size_t i = 0; i < rows.n; i++)
		FUZZ_ASSERT(rows.v[i].line >= 1 && rows.v[i].line <= n_lines);
	FUZZ_ASSERT(summary.n <= 1);
	msgs_release(&rows);
	msgs_release(&summary);
	arena_release(&a);
	meta_free(m);
	return 0;
}
