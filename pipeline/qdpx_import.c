/* qdpx_import.c - a REFI-QDA project (.qdpx) from NVivo, ATLAS.ti, MAXQDA,
 * QualCoder or lextab read into its codes, text sources and coded
 * selections (see qdpx.h).
 *
 * The archive comes from anywhere, so: entry names are checked before
 * anything is read (xmlzip.c), every part is inflated under a cap and the
 * zip-bomb ratio rule, the total read is bounded, project.qde is parsed
 * with libxml2's xmlTextReader without DTD loading, entity substitution or
 * network, a document with a DOCTYPE (where entity declarations, and so
 * "billion laughs", live) is refused, and nesting is bounded. Sources
 * outside the archive (relative://, absolute://) are never opened.
 * Pure: no file system, no database; thread-compatible.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>

#include "qdpx.h"
#include "xmlzip.h"
#include "xalloc.h"
#include "banned.h"

#define XC(s) ((const xmlChar *)(s))
#define XML_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOWARNING)

struct rd {
	struct qdpx_project *p;
	struct lt_diag *d;
	const char *what;
	LT_VEC(uint32_t) code_stack;     /* open Code elements */
	LT_VEC(char *) paths;            /* per source: plainTextPath ("" if none) */
	LT_VEC(bool) has_content;        /* per source: PlainTextContent given */
	int64_t src;                     /* open TextSource, -1 */
	int64_t sel;                     /* open PlainTextSelection, -1 */
	bool in_coding_src;              /* a Coding directly under the TextSource */
	char err[300];
	int err_line;
};

static void note(struct qdpx_project *p, const char *fmt, ...) LT_PRINTF(2, 3);
static void note(struct qdpx_project *p, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	lt_vec_push(&p->notes, xstrdup(buf));
}

void qdpx_project_release(struct qdpx_project *p)
{
	free(p->origin);
	for (size_t i = 0; i < p->codes.n; i++) {
		free(p->codes.v[i].guid);
		free(p->codes.v[i].name);
		free(p->codes.v[i].path);
	}
	lt_vec_release(&p->codes);
	for (size_t i = 0; i < p->sources.n; i++) {
		struct qdpx_source *s = &p->sources.v[i];
		free(s->guid);
		free(s->name);
		free(s->text);
		for (size_t j = 0; j < s->sels.n; j++)
			lt_vec_release(&s->sels.v[j].codes);
		lt_vec_release(&s->sels);
	}
	lt_vec_release(&p->sources);
	for (size_t i = 0; i < p->notes.n; i++)
		free(p->notes.v[i]);
	lt_vec_release(&p->notes);
	memset(p, 0, sizeof(*p));
}

static char *get_attr(xmlTextReaderPtr r, const char *name)
{
	xmlChar *v = xmlTextReaderGetAttribute(r, XC(name));
	char *s = xstrdup(v ? (const char *)v : "");
	xmlFree(v);
	return s;
}

static bool parse_pos(const char *s, uint64_t *out)
{
	if (!*s)
		return false;
	uint64_t v = 0;
	for (; *s; s++) {
		if (*s < '0' || *s > '9' || v > UINT64_MAX / 10 - 10)
			return false;
		v = v * 10 + (uint64_t)(*s - '0');
	}
	*out = v;
	return true;
}

static uint32_t find_code(const struct qdpx_project *p, const char *guid)
{
	for (size_t i = 0; i < p->codes.n; i++)
		if (!strcasecmp(p->codes.v[i].guid, guid))
			return (uint32_t)i;
	return UINT32_MAX;
}

static void on_code(struct rd *x, xmlTextReaderPtr r)
{
	struct qdpx_code c;
	c.guid = get_attr(r, "guid");
	c.name = get_attr(r, "name");
	c.parent = x->code_stack.n ? x->code_stack.v[x->code_stack.n - 1] : UINT32_MAX;
	c.path = c.parent == UINT32_MAX ? xstrdup(c.name)
		 : xasprintf("%s/%s", x->p->codes.v[c.parent].path, c.name);
	lt_vec_push(&x->p->codes, c);
	lt_vec_push(&x->code_stack, (uint32_t)(x->p->codes.n - 1)); /* popped by on_end */
}

static void on_text_source(struct rd *x, xmlTextReaderPtr r)
{
	struct qdpx_source s;
	memset(&s, 0, sizeof(s));
	s.guid = get_attr(r, "guid");
	s.name = get_attr(r, "name");
	lt_vec_push(&x->p->sources, s);
	lt_vec_push(&x->paths, get_attr(r, "plainTextPath"));
	lt_vec_push(&x->has_content, false);
	x->src = (int64_t)x->p->sources.n - 1;
}

static void on_selection(struct rd *x, xmlTextReaderPtr r)
{
	struct qdpx_source *s = &x->p->sources.v[x->src];
	char *a = get_attr(r, "startPosition"), *b = get_attr(r, "endPosition");
	struct qdpx_sel sel;
	memset(&sel, 0, sizeof(sel));
	bool ok = parse_pos(a, &sel.start) && parse_pos(b, &sel.end);
	if (!ok || sel.end < sel.start) {
		note(x->p, "text source '%s': a selection with positions '%s'-'%s' ignored",
		     s->name, a, b);
		x->sel = -1;
	} else {
		lt_vec_push(&s->sels, sel);
		x->sel = (int64_t)s->sels.n - 1;
	}
	free(a);
	free(b);
}

static void on_code_ref(struct rd *x, xmlTextReaderPtr r)
{
	struct qdpx_source *s = &x->p->sources.v[x->src];
	char *g = get_attr(r, "targetGUID");
	uint32_t ci = find_code(x->p, g);
	if (ci == UINT32_MAX) {
		note(x->p, "text source '%s': a coding with the unknown code '%s' ignored", s->name, g);
	} else if (x->sel >= 0) {
		lt_vec_push(&s->sels.v[x->sel].codes, ci);
	} else if (x->in_coding_src) {
		struct qdpx_sel sel;
		memset(&sel, 0, sizeof(sel));
		sel.end = UINT64_MAX; /* the whole source: clamped once its text is read */
		lt_vec_push(&sel.codes, ci);
		lt_vec_push(&s->sels, sel);
	}
	free(g);
}

static const char *const non_text[] = { "PictureSource", "PDFSource", "AudioSource",
					"VideoSource" };

/* One element start; 1: skip its subtree. */
static int on_start(struct rd *x, xmlTextReaderPtr r, const char *n)
{
	if (!strcmp(n, "Project")) {
		free(x->p->origin);
		x->p->origin = get_attr(r, "origin");
	} else if (!strcmp(n, "Code")) {
		on_code(x, r);
	} else if (!strcmp(n, "Notes") || !strcmp(n, "Graphs") || !strcmp(n, "Links")) {
		return 1;
	} else if (!strcmp(n, "TextSource")) {
		on_text_source(x, r);
	} else if (x->src >= 0 && !strcmp(n, "PlainTextSelection")) {
		on_selection(x, r);
	} else if (x->src >= 0 && !strcmp(n, "Coding")) {
		x->in_coding_src = x->sel < 0;
	} else if (x->src >= 0 && !strcmp(n, "CodeRef")) {
		on_code_ref(x, r);
	} else if (x->src >= 0 && !strcmp(n, "PlainTextContent")) {
		xmlChar *t = xmlTextReaderReadString(r);
		struct qdpx_source *s = &x->p->sources.v[x->src];
		free(s->text);
		s->text = xstrdup(t ? (const char *)t : "");
		s->len = strlen(s->text);
		x->has_content.v[x->src] = true;
		xmlFree(t);
		return 1;
	} else {
		for (size_t i = 0; i < LT_ARRAY_SIZE(non_text); i++)
			if (!strcmp(n, non_text[i])) {
				char *nm = get_attr(r, "name");
				note(x->p, "%s '%s' ignored: only text sources are read", non_text[i], nm);
				free(nm);
				return 1;
			}
	}
	return 0;
}

static void on_end(struct rd *x, const char *n)
{
	if (!strcmp(n, "Code") && x->code_stack.n)
		x->code_stack.n--;
	else if (!strcmp(n, "TextSource"))
		x->src = -1;
	else if (!strcmp(n, "PlainTextSelection"))
		x->sel = -1;
	else if (!strcmp(n, "Coding"))
		x->in_coding_src = false;
}

static void on_xml_error(void *arg, xmlErrorPtr e)
{
	struct rd *x = arg;
	if (x->err[0] || !e || e->level < XML_ERR_ERROR)
		return;
	x->err_line = e->line;
	snprintf(x->err, sizeof(x->err), "%s", e->message ? e->message : "parse error");
	size_t n = strlen(x->err);
	while (n && (x->err[n - 1] == '\n' || x->err[n - 1] == ' '))
		x->err[--n] = '\0';
}

static int walk(struct rd *x, xmlTextReaderPtr r)
{
	int rc = xmlTextReaderRead(r);
	while (rc == 1) {
		int type = xmlTextReaderNodeType(r);
		if (type == XML_READER_TYPE_DOCUMENT_TYPE)
			return lt_diag_set(x->d, LT_EINPUT, "%s: project.qde has a DTD (<!DOCTYPE>), "
					   "where entity declarations (and 'billion laughs' entity "
					   "expansion) live; REFI-QDA projects have none: not read",
					   x->what);
		if (type == XML_READER_TYPE_ENTITY_REFERENCE)
			return lt_diag_set(x->d, LT_EINPUT, "%s: project.qde uses an entity "
					   "reference: not read", x->what);
		if (xmlTextReaderDepth(r) > QDPX_MAX_DEPTH)
			return lt_diag_set(x->d, LT_EINPUT, "%s: project.qde nests elements deeper "
					   "than %d: not read", x->what, QDPX_MAX_DEPTH);
		const char *n = (const char *)xmlTextReaderConstLocalName(r);
		if (n && type == XML_READER_TYPE_ELEMENT) {
			bool empty = xmlTextReaderIsEmptyElement(r) == 1;
			if (on_start(x, r, n) == 1) {
				rc = empty ? xmlTextReaderRead(r) : xmlTextReaderNext(r);
				continue;
			}
			if (empty)
				on_end(x, n);
		} else if (n && type == XML_READER_TYPE_END_ELEMENT) {
			on_end(x, n);
		}
		rc = xmlTextReaderRead(r);
	}
	if (rc < 0 || x->err[0]) {
		if (x->err[0])
			return lt_diag_set(x->d, LT_EINPUT, "%s: malformed project.qde, line %d: %s",
					   x->what, x->err_line, x->err);
		return lt_diag_set(x->d, LT_EINPUT, "%s: malformed project.qde", x->what);
	}
	return LT_OK;
}

/* A DOCTYPE in the prolog (before the root element): where entity
 * declarations live. Refused before libxml2 sees the document. */
static bool has_doctype(const char *s, size_t n)
{
	size_t i = n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3) ? 3 : 0;
	for (;;) {
		while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
			i++;
		if (i + 1 >= n || s[i] != '<')
			return false;
		const char *close = NULL;
		if (s[i + 1] == '?')
			close = "?>";
		else if (n - i >= 4 && !memcmp(s + i, "<!--", 4))
			close = "-->";
		else
			return n - i >= 9 && !strncasecmp(s + i, "<!DOCTYPE", 9);
		const char *e = NULL;
		for (size_t j = i + 2; !e && j + strlen(close) <= n; j++)
			if (!memcmp(s + j, close, strlen(close)))
				e = s + j;
		if (!e)
			return false;
		i = (size_t)(e - s) + strlen(close);
	}
}

static int parse_qde(struct rd *x, const char *xml, size_t len)
{
	if (has_doctype(xml, len))
		return lt_diag_set(x->d, LT_EINPUT, "%s: project.qde has a DTD (<!DOCTYPE>), "
				   "where entity declarations (and 'billion laughs' entity "
				   "expansion) live; REFI-QDA projects have none: not read", x->what);
	if (len > INT32_MAX)
		return lt_diag_set(x->d, LT_ELIMIT, "%s: project.qde larger than 2 GiB", x->what);
	xmlzip_xml_init();
	xmlSetStructuredErrorFunc(x, on_xml_error);
	xmlTextReaderPtr r = xmlReaderForMemory(xml, (int)len, NULL, NULL, XML_OPTIONS);
	int rc;
	if (!r) {
		rc = lt_diag_set(x->d, LT_EINPUT, "%s: project.qde cannot be parsed", x->what);
	} else {
		xmlTextReaderSetStructuredErrorHandler(r, on_xml_error, x);
		rc = walk(x, r);
		xmlFreeTextReader(r);
	}
	xmlSetStructuredErrorFunc(NULL, NULL);
	return rc;
}

/* Valid UTF-8 (no overlongs, surrogates or values past U+10FFFF). */
static bool utf8_valid(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned c = s[i];
		size_t k = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3
			   : (c & 0xF8) == 0xF0 ? 4 : 0;
		if (!k || i + k > n || (k == 2 && c < 0xC2) || c > 0xF4)
			return false;
		for (size_t j = 1; j < k; j++)
			if ((s[i + j] & 0xC0) != 0x80)
				return false;
		if (k == 3 && ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] >= 0xA0)))
			return false;
		if (k == 4 && ((c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] >= 0x90)))
			return false;
		i += k;
	}
	return true;
}

/* Read source i's text from the archive (or keep its PlainTextContent);
 * false: the source is dropped (a note says why). */
static int load_text(struct rd *x, struct xmlzip_reader *z, size_t i, uint64_t *budget,
		     bool *keep)
{
	struct qdpx_source *s = &x->p->sources.v[i];
	const char *path = x->paths.v[i];
	*keep = false;
	if (!x->has_content.v[i]) {
		static const char pre[] = "internal://";
		if (strncasecmp(path, pre, sizeof(pre) - 1) != 0) {
			note(x->p, "text source '%s' ignored: its text is outside the archive ('%s')",
			     s->name, path);
			return LT_OK;
		}
		char *entry = xasprintf("sources/%s", path + sizeof(pre) - 1);
		size_t e = xmlzip_find(z, entry);
		free(entry);
		if (e == SIZE_MAX) {
			note(x->p, "text source '%s' ignored: '%s' is not in the archive", s->name, path);
			return LT_OK;
		}
		uint64_t cap = LT_MIN((uint64_t)QDPX_MAX_SOURCE, *budget);
		LT_TRY(xmlzip_read(z, e, cap, &s->text, &s->len, x->d));
		*budget -= s->len;
	}
	if (!utf8_valid((const unsigned char *)s->text, s->len)) {
		note(x->p, "text source '%s' ignored: its text is not UTF-8", s->name);
		return LT_OK;
	}
	if (s->len >= 3 && !memcmp(s->text, "\xEF\xBB\xBF", 3)) {
		memmove(s->text, s->text + 3, s->len - 2);
		s->len -= 3;
	}
	const uint64_t n_cp = qdpx_cp_count(s->text, s->len);
	size_t o = 0;
	for (size_t j = 0; j < s->sels.n; j++) {
		struct qdpx_sel *sel = &s->sels.v[j];
		if (sel->end == UINT64_MAX)
			sel->end = n_cp;
		if (sel->end > n_cp || !sel->codes.n) {
			if (sel->codes.n)
				note(x->p, "text source '%s': a selection %llu-%llu past its end (%llu "
				     "characters) ignored", s->name, (unsigned long long)sel->start,
				     (unsigned long long)sel->end, (unsigned long long)n_cp);
			lt_vec_release(&sel->codes);
			continue;
		}
		s->sels.v[o++] = *sel;
	}
	s->sels.n = o;
	*keep = true;
	return LT_OK;
}

static void drop_source(struct qdpx_source *s)
{
	free(s->guid);
	free(s->name);
	free(s->text);
	for (size_t j = 0; j < s->sels.n; j++)
		lt_vec_release(&s->sels.v[j].codes);
	lt_vec_release(&s->sels);
}

static int load_texts(struct rd *x, struct xmlzip_reader *z, uint64_t budget)
{
	size_t o = 0;
	int rc = LT_OK;
	for (size_t i = 0; i < x->p->sources.n; i++) {
		bool keep = false;
		if (rc == LT_OK)
			rc = load_text(x, z, i, &budget, &keep);
		if (keep)
			x->p->sources.v[o++] = x->p->sources.v[i];
		else
			drop_source(&x->p->sources.v[i]);
	}
	x->p->sources.n = o;
	return rc;
}

int qdpx_read(const void *bytes, size_t len, const char *what, struct qdpx_project *p,
	      struct lt_diag *d)
{
	memset(p, 0, sizeof(*p));
	struct rd x;
	memset(&x, 0, sizeof(x));
	x.p = p;
	x.d = d;
	x.what = what;
	x.src = x.sel = -1;
	struct xmlzip_reader *z = NULL;
	char *qde = NULL;
	size_t qlen = 0;
	int rc = xmlzip_open(&z, bytes, len, what, QDPX_MAX_ENTRIES, d);
	size_t qi = rc == LT_OK ? xmlzip_find(z, "project.qde") : SIZE_MAX;
	if (rc == LT_OK && qi == SIZE_MAX)
		rc = lt_diag_set(d, LT_EINPUT, "%s: no project.qde in the archive: not a REFI-QDA "
				 "project", what);
	if (rc == LT_OK)
		rc = xmlzip_read(z, qi, QDPX_MAX_QDE, &qde, &qlen, d);
	if (rc == LT_OK)
		rc = parse_qde(&x, qde, qlen);
	free(qde);
	if (rc == LT_OK)
		rc = load_texts(&x, z, QDPX_MAX_TOTAL - qlen);
	if (!p->origin)
		p->origin = xstrdup("");
	xmlzip_close(z);
	for (size_t i = 0; i < x.paths.n; i++)
		free(x.paths.v[i]);
	lt_vec_release(&x.paths);
	lt_vec_release(&x.has_content);
	lt_vec_release(&x.code_stack);
	return rc;
}
