/* fuzz_dicfile.c - dictionary readers and .lex writer (pipeline/dicfile.c,
 * dic_yaml.c, dic_cat.c, dic_tsv.c).
 *
 * Each input is parsed six times, as a .dic, .dicx, .yml, .cat, .tsv and
 * .csv (General Inquirer, or a .dicx-style table when the header is not
 * GI's). A parse either
 * fails with LT_ELEXICON, a "PATH:..." message and an empty struct, or
 * gives a dicfile whose invariants hold: categories and terms well formed
 * and valid UTF-8, category references in range and never to a group,
 * term lines increasing, texts distinct, weights present exactly when the
 * file has them. The parsed dictionary is then written as .lex and every
 * output line must be one of the shapes the .lex loader expects.
 * Leaks are found by the sanitizer build (libFuzzer + ASan/LSan).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dicfile.h"

#define FUZZ_NAME "fuzz_dicfile"
#include "fuzz_util.h"

#define REQUIRE(cond)                                                            \
	do {                                                                     \
		if (!(cond)) {                                                   \
			fprintf(stderr, "fuzz_dicfile: %s:%d: %s\n", __FILE__, __LINE__, \
				#cond);                                          \
			abort();                                                 \
		}                                                                \
	} while (0)

/* Trimmed, no tab or line end, no double space, not empty. */
static bool normalised(const char *s)
{
	size_t n = strlen(s);
	if (!n || s[0] == ' ' || s[n - 1] == ' ')
		return false;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f')
			return false;
		if (s[i] == ' ' && s[i + 1] == ' ')
			return false;
	}
	return true;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

static void check_dicfile(const struct dicfile *f, enum dic_format fmt)
{
	REQUIRE(f->format == fmt);
	REQUIRE(f->n_categories >= 1);
	uint32_t *nums = malloc((f->n_categories + 1) * sizeof(*nums));
	uint32_t n_nums = 0;
	for (uint32_t i = 0; i < f->n_categories; i++) {
		const struct dic_category *c = &f->categories[i];
		REQUIRE(c->name && normalised(c->name) && fuzz_valid_utf8(c->name, strlen(c->name), NULL));
		REQUIRE(c->line >= 1);
		REQUIRE(c->parent == -1 || (c->parent >= 0 && (uint32_t)c->parent < i));
		if (fmt == DIC_FORMAT_DIC && c->is_group)
			REQUIRE(c->number == 0);
		else
			nums[n_nums++] = c->number;
		if (c->is_group)
			REQUIRE(fmt == DIC_FORMAT_DIC || fmt == DIC_FORMAT_YAML || fmt == DIC_FORMAT_CAT);
		if (fmt != DIC_FORMAT_DIC)
			REQUIRE(c->number == i + 1);
		if (fmt == DIC_FORMAT_DICX || fmt == DIC_FORMAT_GI || fmt == DIC_FORMAT_TSV)
			REQUIRE(c->parent == -1);
	}
	qsort(nums, n_nums, sizeof(*nums), cmp_u32);
	for (uint32_t i = 1; i < n_nums; i++)
		REQUIRE(nums[i] != nums[i - 1]);
	free(nums);

	const char **texts = malloc((f->n_terms + 1) * sizeof(*texts));
	uint8_t *seen = calloc(f->n_categories, 1);
	for (uint32_t i = 0; i < f->n_terms; i++) {
		const struct dic_term *t = &f->terms[i];
		REQUIRE(t->text && normalised(t->text) && fuzz_valid_utf8(t->text, strlen(t->text), NULL));
		REQUIRE(t->line >= 1);
		if (i && (fmt == DIC_FORMAT_DIC || fmt == DIC_FORMAT_DICX))
			REQUIRE(t->line > f->terms[i - 1].line);
		else if (i)
			REQUIRE(t->line >= f->terms[i - 1].line);
		REQUIRE(t->n_cats >= 1 && t->n_cats <= f->n_categories);
		REQUIRE((t->weights != NULL) == f->has_weights);
		for (uint32_t k = 0; k < t->n_cats; k++) {
			REQUIRE(t->cats[k] < f->n_categories);
			REQUIRE(!f->categories[t->cats[k]].is_group);
			REQUIRE(!seen[t->cats[k]]);
			seen[t->cats[k]] = 1;
			if (t->weights)
				REQUIRE(t->weights[k] == t->weights[k] && t->weights[k] != 0 &&
					t->weights[k] - t->weights[k] == 0);
		}
		for (uint32_t k = 0; k < t->n_cats; k++)
			seen[t->cats[k]] = 0;
		texts[i] = t->text;
	}
	qsort(texts, f->n_terms, sizeof(*texts), cmp_str);
	for (uint32_t i = 1; i < f->n_terms; i++)
		REQUIRE(strcmp(texts[i], texts[i - 1]) != 0);
	free(texts);
	free(seen);
	if (fmt != DIC_FORMAT_DICX && fmt != DIC_FORMAT_CAT)
		REQUIRE(!f->has_weights);
}

static bool is_name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

/* A section name: name characters, with '.' only between two of them. */
static bool is_section_char(const char *p, size_t i, size_t n)
{
	if (p[i] == '.')
		return i > 1 && i + 2 < n && is_name_char(p[i - 1]) && is_name_char(p[i + 1]);
	return is_name_char(p[i]);
}

/* Every line of the .lex text is blank, a comment, a directive, a
 * [section] or an entry that cannot be mistaken for anything else. */
static void check_lex(const struct dicfile *f, const char *text, size_t len)
{
	REQUIRE(strlen(text) == len);
	REQUIRE(len > 0 && text[len - 1] == '\n');
	uint32_t n_sections = 0, n_numbered = 0;
	for (uint32_t i = 0; i < f->n_categories; i++)
		n_numbered += !f->categories[i].is_group;
	bool theme = false;
	const char *p = text;
	while (*p) {
		const char *e = strchr(p, '\n');
		REQUIRE(e);
		size_t n = (size_t)(e - p);
		for (size_t i = 0; i < n; i++)
			REQUIRE((unsigned char)p[i] >= 0x20 || p[i] == '\t');
		if (n == 0 || p[0] == '#') {
			/* blank or comment */
		} else if (n > 7 && memcmp(p, "theme: ", 7) == 0) {
			REQUIRE(!theme);
			theme = true;
			for (size_t i = 7; i < n; i++)
				REQUIRE(is_name_char(p[i]));
		} else if (n > 13 && memcmp(p, "description: ", 13) == 0) {
			REQUIRE(theme);
		} else if (p[0] == '[') {
			REQUIRE(n >= 3 && p[n - 1] == ']');
			for (size_t i = 1; i + 1 < n; i++)
				REQUIRE(is_section_char(p, i, n));
			REQUIRE(!(n == 9 && memcmp(p, "[exclude]", 9) == 0));
			REQUIRE(!(n == 10 && memcmp(p, "[negators]", 10) == 0));
			n_sections++;
		} else {
			/* an entry, then maybe "\t# comment" */
			const char *c = memchr(p, '\t', n);
			size_t en = c ? (size_t)(c - p) : n;
			if (c)
				REQUIRE(n > en + 2 && c[1] == '#' && c[2] == ' ');
			REQUIRE(n_sections > 0 && en > 0);
			bool quoted = p[0] == '"';
			if (quoted)
				REQUIRE(en >= 2 && p[en - 1] == '"');
			for (size_t i = quoted; i < en - quoted; i++) {
				char ch = p[i];
				REQUIRE(ch != '"' && ch != '#' && ch != '[' && ch != ']' && ch != '/' &&
					ch != '\t');
				if (ch == '=')
					REQUIRE(i == (size_t)quoted || p[i - 1] == ' ');
				if (ch == '*')
					REQUIRE(i + 1 == en - quoted || p[i + 1] == ' ');
				if (ch == ' ')
					REQUIRE(quoted && p[i + 1] != ' ');
			}
		}
		p = e + 1;
	}
	REQUIRE(theme);
	REQUIRE(n_sections == n_numbered);
}

static void run(const uint8_t *data, size_t size, const char *path, enum dic_format fmt)
{
	struct dicfile f;
	struct lt_msgs w;
	struct lt_diag d;
	msgs_init(&w);
	lt_diag_init(&d);
	int rc = dicfile_parse(&f, path, (const char *)data, size, &w, &d);
	if (rc != LT_OK) {
		REQUIRE(rc == LT_ELEXICON && d.code == LT_ELEXICON);
		REQUIRE(strncmp(d.msg, path, strlen(path)) == 0 && d.msg[strlen(path)] == ':');
		REQUIRE(f.terms == NULL && f.categories == NULL && f.n_terms == 0);
	} else {
		/* a .csv without GI's header is read as a .dicx */
		if (fmt == DIC_FORMAT_GI && f.format == DIC_FORMAT_DICX)
			fmt = DIC_FORMAT_DICX;
		check_dicfile(&f, fmt);
		for (size_t i = 0; i < w.n; i++)
			REQUIRE(w.v[i].text && w.v[i].severity == LT_SEV_WARNING);
		char *text = NULL;
		size_t len = 0;
		FILE *m = open_memstream(&text, &len);
		REQUIRE(m);
		REQUIRE(dicfile_write_lex(&f, m, &w, &d) == LT_OK);
		fclose(m);
		check_lex(&f, text, len);
		free(text);
	}
	dicfile_release(&f);
	msgs_release(&w);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	run(data, size, "fuzz.dic", DIC_FORMAT_DIC);
	run(data, size, "fuzz.dicx", DIC_FORMAT_DICX);
	run(data, size, "fuzz.yml", DIC_FORMAT_YAML);
	run(data, size, "fuzz.cat", DIC_FORMAT_CAT);
	run(data, size, "fuzz.tsv", DIC_FORMAT_TSV);
	run(data, size, "fuzz.csv", DIC_FORMAT_GI);
	return 0;
}
