/* test_stem.c - unit tests for stem.c.
 *
 * The English check stems every word of Debian's snowball-data vocabulary
 * (/usr/share/snowball/data/english/voc.txt, 29,417 words) and compares it
 * with the expected stem in output.txt, as snowball's own check_utf8
 * target does. snowball-data 0+20210120 (for Snowball 2.1.0) and
 * libstemmer 2.2.0 agree on every word today, so there is no list of known
 * differences: any difference fails. Missing data files fail too, with a
 * pointer to `make deps` (package snowball-data).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "stem.h"

#define SNOWBALL_DATA "/usr/share/snowball/data"

static struct stemmer *new_stemmer(const char *lang)
{
	struct stemmer *st = NULL;
	struct lt_diag d;
	lt_diag_init(&d);
	int rc = stemmer_new(&st, lang, &d);
	CHECK_EQ(rc, LT_OK);
	if (rc)
		printf("#   %s\n", d.msg);
	return st;
}

/* Stem w with st; valid until the next call. */
static const char *stem(struct stemmer *st, const char *w)
{
	static char buf[1024];
	size_t n = 0;
	const char *s = stemmer_stem(st, w, strlen(w), &n);
	snprintf(buf, sizeof(buf), "%.*s", (int)n, s);
	return buf;
}

/* Next line of f without its line end, or NULL at the end. */
static char *read_line(FILE *f, char *buf, size_t cap)
{
	if (!fgets(buf, (int)cap, f))
		return NULL;
	buf[strcspn(buf, "\r\n")] = '\0';
	return buf;
}

/*
 * Compare stemmer_stem for lang with snowball-data's voc.txt/output.txt.
 * Returns the number of words checked; *n_match gets the matches.
 */
static size_t check_vocabulary(const char *lang, size_t *n_match)
{
	char vp[256], op[256];
	snprintf(vp, sizeof(vp), "%s/%s/voc.txt", SNOWBALL_DATA, lang);
	snprintf(op, sizeof(op), "%s/%s/output.txt", SNOWBALL_DATA, lang);
	FILE *v = fopen(vp, "r"), *o = fopen(op, "r");
	*n_match = 0;
	if (!v || !o) {
		printf("# missing %s or %s: run `make deps` (installs the Debian package "
		       "snowball-data)\n", vp, op);
		CHECK(v != NULL && o != NULL);
		if (v)
			fclose(v);
		if (o)
			fclose(o);
		return 0;
	}
	struct stemmer *st = new_stemmer(lang);
	if (!st) {
		fclose(v);
		fclose(o);
		return 0;
	}
	char w[1024], want[1024];
	size_t n = 0, n_diff = 0;
	while (read_line(v, w, sizeof(w))) {
		if (!read_line(o, want, sizeof(want))) {
			printf("# %s is shorter than %s\n", op, vp);
			CHECK(!"output.txt has as many lines as voc.txt");
			break;
		}
		n++;
		const char *got = stem(st, w);
		if (strcmp(got, want) == 0) {
			(*n_match)++;
		} else if (n_diff++ < 20) {
			printf("# %s: stem('%s') = '%s', snowball-data says '%s'\n", lang, w, got,
			       want);
		}
	}
	stemmer_free(st);
	fclose(v);
	fclose(o);
	return n;
}

static void test_stem__english_vocabulary(void)
{
	size_t n_match = 0;
	size_t n = check_vocabulary("english", &n_match);
	printf("# english: %zu of %zu snowball-data words match\n", n_match, n);
	CHECK_EQ(n, 29417);
	CHECK_EQ(n_match, n);
}

static void test_stem__english_words(void)
{
	struct stemmer *st = new_stemmer("english");
	if (!st)
		return;
	CHECK_STREQ(stem(st, "trusted"), "trust");
	CHECK_STREQ(stem(st, "trusting"), "trust");
	CHECK_STREQ(stem(st, "confidence"), "confid");
	CHECK_STREQ(stem(st, "confidential"), "confidenti");
	CHECK_STREQ(stem(st, "relies"), "reli");
	CHECK_STREQ(stem(st, "trustworthy"), "trustworthi");
	CHECK_STREQ(stem(st, "leader's"), "leader");
	CHECK_STREQ(stem(st, "generously"), "generous");
	CHECK_STREQ(stem(st, ""), "");
	/* the length, not a NUL, bounds the word */
	size_t n = 0;
	const char *s = stemmer_stem(st, "runningXYZ", 7, &n);
	CHECK(n == 3 && memcmp(s, "run", 3) == 0);
	CHECK_STREQ(stemmer_language(st), "english");
	stemmer_free(st);
}

static void test_stem__long_word(void)
{
	struct stemmer *st = new_stemmer("english");
	if (!st)
		return;
	/* over STEM_MAX_WORD: returned unchanged (the same pointer) */
	char w[STEM_MAX_WORD + 2];
	memset(w, 'a', sizeof(w));
	memcpy(w + STEM_MAX_WORD + 1 - 3, "ing", 3);
	size_t n = 0;
	const char *s = stemmer_stem(st, w, STEM_MAX_WORD + 1, &n);
	CHECK(s == w);
	CHECK_EQ(n, STEM_MAX_WORD + 1);
	/* exactly STEM_MAX_WORD: stemmed ("...ing" loses its suffix) */
	memcpy(w + STEM_MAX_WORD - 3, "ing", 3);
	s = stemmer_stem(st, w, STEM_MAX_WORD, &n);
	CHECK_EQ(n, STEM_MAX_WORD - 3);
	CHECK(s != w);
	stemmer_free(st);
}

static void test_stem__other_languages(void)
{
	/* expected stems from snowball-data's french, german, spanish, russian lists */
	struct stemmer *st = new_stemmer("french");
	if (st) {
		CHECK_STREQ(stem(st, "fournisseurs"), "fournisseur");
		CHECK_STREQ(stem(st, "port\xC3\xA9s"), "port");
		CHECK_STREQ(stem(st, "mal\xC3\xA9" "diction"), "mal\xC3\xA9" "dict");
		CHECK_STREQ(stem(st, "croyais"), "croi");
		CHECK_STREQ(stemmer_language(st), "french");
		stemmer_free(st);
	}
	st = new_stemmer("german");
	if (st) {
		CHECK_STREQ(stem(st, "gerichten"), "gericht");
		CHECK_STREQ(stem(st, "neuigkeit"), "neuig");
		CHECK_STREQ(stem(st, "str\xC3\xB6mt"), "stromt");
		CHECK_STREQ(stem(st, "scharfsinnigkeit"), "scharfsinn");
		stemmer_free(st);
	}
	st = new_stemmer("russian");
	if (st) {
		/* увеличились -> увелич */
		CHECK_STREQ(stem(st, "\xD1\x83\xD0\xB2\xD0\xB5\xD0\xBB\xD0\xB8\xD1\x87\xD0\xB8"
				     "\xD0\xBB\xD0\xB8\xD1\x81\xD1\x8C"),
			    "\xD1\x83\xD0\xB2\xD0\xB5\xD0\xBB\xD0\xB8\xD1\x87");
		stemmer_free(st);
	}
	/* every stored vocabulary of these languages agrees too */
	static const char *const langs[] = { "french", "german", "spanish", "dutch" };
	for (size_t i = 0; i < sizeof(langs) / sizeof(langs[0]); i++) {
		size_t m = 0;
		size_t n = check_vocabulary(langs[i], &m);
		printf("# %s: %zu of %zu snowball-data words match\n", langs[i], m, n);
		CHECK(n > 10000);
		CHECK_EQ(m, n);
	}
}

static void test_stem__iso_code(void)
{
	/* libstemmer accepts ISO 639 codes; the stemmer reports the canonical name */
	struct stemmer *st = new_stemmer("en");
	if (!st)
		return;
	CHECK_STREQ(stem(st, "relationships"), "relationship");
	CHECK_STREQ(stemmer_language(st), "english");
	stemmer_free(st);
}

static void test_stem__unknown_language(void)
{
	struct stemmer *st = (struct stemmer *)&st; /* must be reset to NULL */
	struct lt_diag d;
	lt_diag_init(&d);
	CHECK_EQ(stemmer_new(&st, "klingon", &d), LT_EUSAGE);
	CHECK(st == NULL);
	CHECK_EQ(d.code, LT_EUSAGE);
	const char *want = "unknown stemmer language 'klingon' (known: ";
	CHECK(strncmp(d.msg, want, strlen(want)) == 0);
	CHECK(d.msg[strlen(d.msg) - 1] == ')');
	/* every language is listed, in libstemmer's order */
	const char *prev = d.msg;
	for (const char **l = stemmer_languages(); *l; l++) {
		char needle[64];
		snprintf(needle, sizeof(needle), "%s%s", l == stemmer_languages() ? "(known: " : ", ",
			 *l);
		const char *at = strstr(prev, needle);
		CHECK(at != NULL);
		if (!at)
			printf("#   '%s' missing from: %s\n", *l, d.msg);
		else
			prev = at;
	}
	/* the wrong case and an empty name are unknown too */
	CHECK_EQ(stemmer_new(&st, "English", &d), LT_EUSAGE);
	CHECK_EQ(stemmer_new(&st, "", &d), LT_EUSAGE);
	CHECK(strncmp(d.msg, "unknown stemmer language '' (known: ", 36) == 0);
}

static void test_stem__languages(void)
{
	const char **l = stemmer_languages();
	CHECK(l != NULL);
	size_t n = 0;
	bool english = false, french = false, german = false, porter = false;
	for (; l && *l; l++, n++) {
		english |= strcmp(*l, "english") == 0;
		french |= strcmp(*l, "french") == 0;
		german |= strcmp(*l, "german") == 0;
		porter |= strcmp(*l, "porter") == 0;
	}
	CHECK(english);
	CHECK(french);
	CHECK(german);
	CHECK(porter);
	CHECK(n >= 20);
	/* a stemmer can be made for every listed name */
	for (l = stemmer_languages(); l && *l; l++) {
		struct stemmer *st = new_stemmer(*l);
		if (st) {
			size_t k;
			stemmer_stem(st, "test", 4, &k);
			CHECK(k <= 4);
		}
		stemmer_free(st);
	}
	stemmer_free(NULL);
	/* the package version we build against, e.g. "2.2.0-2" */
	const char *v = stemmer_version();
	CHECK(v && v[0] >= '0' && v[0] <= '9');
}

int main(void)
{
	RUN(test_stem__english_vocabulary);
	RUN(test_stem__english_words);
	RUN(test_stem__long_word);
	RUN(test_stem__other_languages);
	RUN(test_stem__iso_code);
	RUN(test_stem__unknown_language);
	RUN(test_stem__languages);
	return th_done();
}
