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
	st->lang = xstrdup(lang);
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
