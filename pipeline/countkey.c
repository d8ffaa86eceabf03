/* countkey.c - the counting key (see countkey.h). */
#include <stdio.h>
#include <utf8proc.h>

#include "countkey.h"
#include "lexicon.h"
#include "xalloc.h"
#include "banned.h"

/* The text form's field names, in its fixed order. */
static const char *const names[CK_N] = {
	[CK_RULES] = "rules", [CK_LEXICONS] = "lexicons", [CK_LANG] = "lang",
	[CK_SPEAKER_PATTERN] = "speaker_pattern", [CK_META] = "meta", [CK_LIWC] = "liwc",
	[CK_PCRE2] = "pcre2", [CK_STEMMER] = "libstemmer", [CK_UTF8PROC] = "utf8proc",
	[CK_UNICODE] = "unicode", [CK_NEGATION] = "negation",
	[CK_PATTERN_FOR] = "speaker_pattern_for",
};

const char *countkey_name(enum countkey_field f)
{
	return f < CK_N ? names[f] : "?";
}

void countkey_build(struct countkey *k, const struct countkey_src *src)
{
	memset(k, 0, sizeof(*k));
	k->v[CK_RULES] = xasprintf("%d", LT_RULES_VERSION);
	k->v[CK_LEXICONS] = xasprintf("%016llx", (unsigned long long)src->lexicon_hash);
	k->v[CK_LANG] = xstrdup(src->lang);
	k->v[CK_SPEAKER_PATTERN] = xstrdup(src->speaker_pattern ? src->speaker_pattern : "");
	k->v[CK_META] = xstrdup(src->meta_hash ? src->meta_hash : "none");
	k->v[CK_LIWC] = xstrdup(src->liwc ? "1" : "0");
	k->v[CK_PCRE2] = xstrdup(src->pcre2 ? src->pcre2 : "");
	k->v[CK_STEMMER] = xstrdup(src->stemmer ? src->stemmer : "");
	k->v[CK_UTF8PROC] = xstrdup(src->utf8proc ? src->utf8proc : "");
	k->v[CK_UNICODE] = xstrdup(utf8proc_unicode_version());
	k->v[CK_NEGATION] = xasprintf("%016llx", (unsigned long long)lexicon_negation_hash());
	k->v[CK_PATTERN_FOR] = src->pattern_for ? xstrdup(src->pattern_for) : NULL;
}

char *countkey_format(const struct countkey *k)
{
	char *s = xstrdup("");
	for (int i = 0; i < CK_N; i++) {
		if (!k->v[i])
			continue;
		char *t = xasprintf("%s%s%s=%s", s, s[0] ? ";" : "", names[i], k->v[i]);
		free(s);
		s = t;
	}
	return s;
}

/* "name=value" at p (value up to ';' or the end); returns the field or CK_N. */
static int field_at(const char *p, const char **val, size_t *len)
{
	for (int i = 0; i < CK_N; i++) {
		size_t nl = strlen(names[i]);
		if (strncmp(p, names[i], nl) == 0 && p[nl] == '=') {
			*val = p + nl + 1;
			const char *e = strchr(*val, ';');
			*len = e ? (size_t)(e - *val) : strlen(*val);
			return i;
		}
	}
	return CK_N;
}

/* Fields without ';' in their values, "a=1;b=2", from p to end. */
static void parse_plain(struct countkey *k, const char *p, const char *end)
{
	while (p < end) {
		const char *val;
		size_t len;
		int f = field_at(p, &val, &len);
		if (val + len > end)
			len = (size_t)(end - val);
		if (f < CK_N && !k->v[f] && f != CK_SPEAKER_PATTERN)
			k->v[f] = xstrndup(val, len);
		const char *semi = memchr(p, ';', (size_t)(end - p));
		if (!semi)
			break;
		p = semi + 1;
	}
}

void countkey_parse(struct countkey *k, const char *text)
{
	memset(k, 0, sizeof(*k));
	const char *end = text + strlen(text);
	const char *sp = strstr(text, "speaker_pattern=");
	if (sp && sp != text && sp[-1] != ';')
		sp = NULL;
	if (!sp) {
		parse_plain(k, text, end);
		return;
	}
	/* the fields after the pattern start at its last ";meta=" */
	const char *after = NULL;
	for (const char *q = strstr(sp, ";meta="); q; q = strstr(q + 1, ";meta="))
		after = q;
	parse_plain(k, text, sp);
	const char *pv = sp + strlen("speaker_pattern=");
	const char *pe = after ? after : end;
	k->v[CK_SPEAKER_PATTERN] = xstrndup(pv, (size_t)(pe - pv));
	if (after)
		parse_plain(k, after + 1, end);
}

static bool same(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

bool countkey_equal(const struct countkey *a, const struct countkey *b)
{
	for (int i = 0; i < CK_N; i++)
		if (!same(a->v[i], b->v[i]))
			return false;
	return true;
}

static char *quoted(const char *v)
{
	return v ? xasprintf("'%s'", v) : xstrdup("(none)");
}

char *countkey_diff(const struct countkey *a, const struct countkey *b, const char *sep)
{
	char *s = xstrdup("");
	for (int i = 0; i < CK_N; i++) {
		if (same(a->v[i], b->v[i]))
			continue;
		char *qa = quoted(a->v[i]), *qb = quoted(b->v[i]);
		char *t = xasprintf("%s%s%s %s%s%s", s, s[0] ? ", " : "", names[i], qa, sep, qb);
		free(qa);
		free(qb);
		free(s);
		s = t;
	}
	return s;
}

void countkey_release(struct countkey *k)
{
	if (!k)
		return;
	for (int i = 0; i < CK_N; i++)
		free(k->v[i]);
	memset(k, 0, sizeof(*k));
}
