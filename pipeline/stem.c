/* stem.c - libstemmer wrapper (see stem.h). */
#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stem.h"
#include "xalloc.h"
#include "banned.h"

#ifndef LT_LIBSTEMMER_VERSION
#define LT_LIBSTEMMER_VERSION "unknown"
#endif

struct stemmer {
	struct sb_stemmer *sb;
	char *lang;
};

const char **stemmer_languages(void)
{
	return sb_stemmer_list();
}

const char *stemmer_version(void)
{
	return LT_LIBSTEMMER_VERSION;
}

/* ISO 639 codes libstemmer accepts for its algorithms (Snowball's
 * modules.txt), so that "en" and "english" are recorded as one language. */
static const char *const aliases[][4] = {
	{ "arabic", "ar", "ara", NULL }, { "armenian", "hy", "hye", "arm" },
	{ "basque", "eu", "eus", "baq" }, { "catalan", "ca", "cat", NULL },
	{ "danish", "da", "dan", NULL }, { "dutch", "nl", "dut", "nld" },
	{ "english", "en", "eng", NULL }, { "finnish", "fi", "fin", NULL },
	{ "french", "fr", "fre", "fra" }, { "german", "de", "ger", "deu" },
	{ "greek", "el", "gre", "ell" }, { "hindi", "hi", "hin", NULL },
	{ "hungarian", "hu", "hun", NULL }, { "indonesian", "id", "ind", NULL },
	{ "irish", "ga", "gle", NULL }, { "italian", "it", "ita", NULL },
	{ "lithuanian", "lt", "lit", NULL }, { "nepali", "ne", "nep", NULL },
	{ "norwegian", "no", "nor", NULL }, { "portuguese", "pt", "por", NULL },
	{ "romanian", "ro", "rum", "ron" }, { "russian", "ru", "rus", NULL },
	{ "serbian", "sr", "srp", NULL }, { "spanish", "es", "esl", "spa" },
	{ "swedish", "sv", "swe", NULL }, { "tamil", "ta", "tam", NULL },
	{ "turkish", "tr", "tur", NULL }, { "yiddish", "yi", "yid", NULL },
};

static const char *canonical(const char *lang)
{
	for (size_t i = 0; i < LT_ARRAY_SIZE(aliases); i++)
		for (size_t k = 1; k < 4 && aliases[i][k]; k++)
			if (strcmp(aliases[i][k], lang) == 0)
				return aliases[i][0];
	return lang;
}

int stemmer_new(struct stemmer **out, const char *lang, struct lt_diag *d)
{
	*out = NULL;
	struct sb_stemmer *sb = sb_stemmer_new(lang, "UTF_8");
	if (!sb) {
		char list[768];
		size_t used = 0;
		list[0] = '\0';
		for (const char **l = sb_stemmer_list(); *l && used + 2 < sizeof(list); l++) {
			int w = snprintf(list + used, sizeof(list) - used, "%s%s",
					 used ? ", " : "", *l);
			if (w < 0)
				break;
			used += (size_t)w;
		}
		return lt_diag_set(d, LT_EUSAGE, "unknown stemmer language '%s' (known: %s)",
				   lang, list);
	}
	struct stemmer *st = xcalloc(1, sizeof(*st));
	st->sb = sb;
	st->lang = xstrdup(canonical(lang));
	*out = st;
	return LT_OK;
}

void stemmer_free(struct stemmer *st)
{
	if (!st)
		return;
	sb_stemmer_delete(st->sb);
	free(st->lang);
	free(st);
}

const char *stemmer_language(const struct stemmer *st)
{
	return st->lang;
}

const char *stemmer_stem(struct stemmer *st, const char *w, size_t len, size_t *out_len)
{
	if (len > STEM_MAX_WORD) {
		*out_len = len;
		return w;
	}
	const sb_symbol *r = sb_stemmer_stem(st->sb, (const sb_symbol *)w, (int)len);
	if (!r) {
		/* libstemmer returns NULL only when out of memory */
		fprintf(stderr, "lextab: fatal: out of memory (libstemmer)\n");
		abort();
	}
	*out_len = (size_t)sb_stemmer_length(st->sb);
	return (const char *)r;
}
