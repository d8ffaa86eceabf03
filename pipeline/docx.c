/* docx.c - Word .docx -> transcript lines (see docx.h).
 *
 * Two layers. The ZIP layer (libzip, from memory) rejects OLE files
 * (legacy .doc, encrypted documents) and macro-enabled documents, then
 * streams word/document.xml out of the archive, counting inflated bytes as
 * they come so a zip bomb stops early. The XML layer walks that stream with
 * libxml2's xmlTextReader (no DTD loading, no entity substitution, no
 * network, external entities refused) and keeps, per paragraph, its text
 * and the length of its leading bold text. Tables are held until their end
 * so a speaker table can be told from any other table; everything is
 * rendered into lines at the end, when every bold label of the document is
 * known. Only this file includes <zip.h> and libxml2 headers.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <zip.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlreader.h>

#include "docx.h"
#include "xmlzip.h"
#include "xalloc.h"
#include "banned.h"

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_W_STRICT "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define NS_MC "http://schemas.openxmlformats.org/markup-compatibility/2006"
#define MAX_LABEL 100          /* bytes of a bold or table speaker label */
#define MAX_FIELD_DEPTH 64     /* nested complex fields */
#define RATIO_MIN (4u << 20)   /* the ratio rule applies past 4 MiB inflated */
#define RATIO_MAX 100          /* inflated / compressed past this is a bomb */
#define XC(s) ((const xmlChar *)(s))
#define CT_MAX (1u << 20)      /* [Content_Types].xml larger than this: damaged */

/* ------------------------------------------------------------ buffers */

struct buf {
	char *p;
	size_t len, cap;
};

static void buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->cap - b->len < n + 1) {
		size_t c = b->cap ? b->cap : 256;
		while (c - b->len < n + 1)
			c = xmul(c, 2);
		b->p = xrealloc(b->p, c);
		b->cap = c;
	}
	if (n)
		memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

/* Append bytes [off, off + n) of b itself (buf_add's source must not move). */
static void buf_add_self(struct buf *b, size_t off, size_t n)
{
	buf_add(b, "", 0);
	if (b->cap - b->len < n + 1) {
		size_t c = b->cap;
		while (c - b->len < n + 1)
			c = xmul(c, 2);
		b->p = xrealloc(b->p, c);
		b->cap = c;
	}
	memmove(b->p + b->len, b->p + off, n);
	b->len += n;
	b->p[b->len] = '\0';
}

enum item_kind { IT_PARA, IT_TURN };

/* A paragraph (IT_PARA) or a speaker-table row (IT_TURN); text in the pool. */
struct item {
	uint8_t kind;
	size_t off, len;       /* text */
	size_t bold;           /* IT_PARA: bytes of leading bold text */
	size_t loff, llen;     /* IT_TURN: speaker label */
	uint32_t row, cell;    /* inside a table: where the paragraph was */
};

struct items {
	struct item *v;
	size_t n, cap;
};

static struct item *items_push(struct items *it)
{
	if (it->n == it->cap) {
		it->cap = it->cap ? xmul(it->cap, 2) : 64;
		it->v = xrealloc(it->v, xmul(it->cap, sizeof(*it->v)));
	}
	struct item *x = &it->v[it->n++];
	memset(x, 0, sizeof(*x));
	return x;
}

/* ------------------------------------------------------------ walker state */

struct walk {
	struct buf pool;       /* text of every finished item */
	struct items doc;      /* finished items in document order */
	struct items tbl;      /* paragraphs of the outermost open table */
	uint32_t *row_cells;   /* cells per row of that table */
	size_t n_rows, cap_rows;
	int tbl_depth;
	uint32_t cell;         /* current cell in the current row */

	struct buf para;       /* paragraph being read */
	bool para_open;
	bool mark_deleted;     /* its paragraph mark is a tracked deletion */
	int bold_phase;        /* 0 nothing visible yet, 1 in bold prefix, 2 past it */
	size_t bold_end;

	bool in_run, in_rpr, in_ppr, in_t;
	int b, bcs;            /* w:b, w:bCs of the run: -1 unset, 0 off, 1 on */
	bool run_bold;
	bool run_hidden;       /* w:vanish: hidden text, not displayed */

	uint64_t fld_instr;    /* bit i: field i still in its instruction part */
	int fld_depth;
};

static void walk_release(struct walk *w)
{
	free(w->pool.p);
	free(w->doc.v);
	free(w->tbl.v);
	free(w->row_cells);
	free(w->para.p);
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t';
}

static void para_finish(struct walk *w)
{
	if (!w->para_open)
		return;
	struct item *x = items_push(w->tbl_depth ? &w->tbl : &w->doc);
	x->kind = IT_PARA;
	x->off = w->pool.len;
	x->len = w->para.len;
	x->bold = w->bold_phase ? w->bold_end : 0;
	x->row = w->n_rows ? (uint32_t)(w->n_rows - 1) : 0;
	x->cell = w->cell;
	buf_add(&w->pool, w->para.p ? w->para.p : "", w->para.len);
	w->para.len = 0;
	w->para_open = false;
	w->mark_deleted = false;
}

static void para_start(struct walk *w)
{
	if (w->para_open && w->mark_deleted) {
		w->mark_deleted = false; /* accepted deletion of the mark: one paragraph */
		return;
	}
	para_finish(w);
	w->para_open = true;
	w->para.len = 0;
	w->bold_phase = 0;
	w->bold_end = 0;
}

static bool fields_visible(const struct walk *w)
{
	return w->fld_instr == 0;
}

/* Visible run text: control characters other than tab dropped, a newline
 * inside w:t shown as a space (only w:br and w:cr break lines). */
static void para_text(struct walk *w, const char *s, size_t n, bool bold)
{
	if (!n || !fields_visible(w) || w->run_hidden)
		return;
	if (!w->para_open)
		para_start(w);
	bool blank = true;
	for (size_t i = 0; i < n; i++)
		blank = blank && (is_space(s[i]) || s[i] == '\n');
	if (w->bold_phase == 0 && !blank)
		w->bold_phase = bold ? 1 : 2;
	else if (w->bold_phase == 1 && !bold)
		w->bold_phase = 2;
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		while (j < n && ((unsigned char)s[j] >= 0x20 || s[j] == '\t'))
			j++;
		buf_add(&w->para, s + i, j - i);
		if (j < n && s[j] == '\n')
			buf_add(&w->para, " ", 1);
		i = j + 1;
	}
	if (w->bold_phase == 1)
		w->bold_end = w->para.len;
}

static void para_break(struct walk *w)
{
	if (!fields_visible(w) || w->run_hidden)
		return;
	if (!w->para_open)
		para_start(w);
	buf_add(&w->para, "\n", 1);
	w->bold_phase = 2; /* a label never spans a line break */
}

/* ------------------------------------------------------------ tables */

static void table_start(struct walk *w)
{
	para_finish(w);
	if (w->tbl_depth++ == 0) {
		w->tbl.n = 0;
		w->n_rows = 0;
		w->cell = 0;
	}
}

static void row_start(struct walk *w)
{
	para_finish(w);
	if (w->tbl_depth != 1)
		return;
	if (w->n_rows == w->cap_rows) {
		w->cap_rows = w->cap_rows ? xmul(w->cap_rows, 2) : 32;
		w->row_cells = xrealloc(w->row_cells, xmul(w->cap_rows, sizeof(*w->row_cells)));
	}
	w->row_cells[w->n_rows++] = 0;
	w->cell = 0;
}

static void cell_start(struct walk *w)
{
	para_finish(w);
	if (w->tbl_depth != 1)
		return;
	if (w->n_rows == 0)
		row_start(w);
	w->cell = w->row_cells[w->n_rows - 1]++;
}

/* A cell's paragraphs as one trimmed line; false when it has two non-empty
 * paragraphs or a line break. */
static bool cell_line(const struct walk *w, const struct item *v, size_t n, const char **p,
		      size_t *len)
{
	*p = "";
	*len = 0;
	for (size_t i = 0; i < n; i++) {
		const char *s = w->pool.p + v[i].off;
		size_t l = v[i].len;
		while (l && is_space(*s))
			s++, l--;
		while (l && is_space(s[l - 1]))
			l--;
		if (!l)
			continue;
		if (*len || memchr(s, '\n', l))
			return false;
		*p = s;
		*len = l;
	}
	return true;
}

static bool eq_nocase(const char *s, size_t n, const char *z)
{
	size_t zl = strlen(z);
	if (n != zl)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != z[i])
			return false;
	}
	return true;
}

/* "00:01:02", "[1:02]", "(00:01:02.5)", "00:01 - 00:05": digits and clock
 * punctuation only, with at least one digit-colon-digit. */
static bool is_time_mark(const char *s, size_t n)
{
	bool clock = false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == ':' && i > 0 && i + 1 < n && s[i - 1] >= '0' && s[i - 1] <= '9' &&
		    s[i + 1] >= '0' && s[i + 1] <= '9')
			clock = true;
		if ((c >= '0' && c <= '9') || strchr(":.,[]()-> ", c))
			continue;
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] == 0x93) { /* en dash */
			i += 2;
			continue;
		}
		return false;
	}
	return clock;
}

static bool is_header_speaker(const char *s, size_t n)
{
	return eq_nocase(s, n, "speaker") || eq_nocase(s, n, "name") ||
	       eq_nocase(s, n, "speaker name") || eq_nocase(s, n, "who");
}

/* Label of a speaker cell: trimmed, one trailing ':' dropped. */
static void strip_label(const char **p, size_t *n)
{
	if (*n && (*p)[*n - 1] == ':')
		(*n)--;
	while (*n && is_space((*p)[*n - 1]))
		(*n)--;
}

struct tshape {
	int cols;              /* 2 (speaker | text) or 3 (time | speaker | text); 0: other */
	bool header;           /* row 0 is a header row */
	size_t *first, *count; /* items of cell (row, col) at row * cols + col */
};

/* Is the outermost table just finished a speaker table? Fills sh. */
static void table_shape(const struct walk *w, struct tshape *sh)
{
	sh->cols = 0;
	if (!w->n_rows || (w->row_cells[0] != 2 && w->row_cells[0] != 3))
		return;
	const int cols = (int)w->row_cells[0];
	for (size_t r = 0; r < w->n_rows; r++)
		if (w->row_cells[r] != (uint32_t)cols)
			return;
	size_t nc = xmul(w->n_rows, (size_t)cols);
	sh->first = xcalloc(nc, sizeof(size_t));
	sh->count = xcalloc(nc, sizeof(size_t));
	for (size_t i = w->tbl.n; i-- > 0;) {
		size_t k = (size_t)w->tbl.v[i].row * (size_t)cols + w->tbl.v[i].cell;
		sh->first[k] = i;
		sh->count[k]++;
	}
	const struct item *v = w->tbl.v;
	size_t n_spk = 0, n_time = 0;
	for (size_t r = 0; r < w->n_rows; r++) {
		size_t ks = r * (size_t)cols + (size_t)cols - 2;
		const char *s, *t = "";
		size_t sl, tl = 0;
		if (!cell_line(w, v + sh->first[ks], sh->count[ks], &s, &sl))
			return;
		strip_label(&s, &sl);
		if (cols == 3 && !cell_line(w, v + sh->first[ks - 1], sh->count[ks - 1], &t, &tl))
			return;
		if (r == 0 && is_header_speaker(s, sl) && (cols == 2 || !is_time_mark(t, tl))) {
			sh->header = true;
			continue;
		}
		if (sl > MAX_LABEL || (cols == 3 && tl && !is_time_mark(t, tl)))
			return;
		n_spk += sl > 0;
		n_time += tl > 0;
	}
	if (n_spk && (cols == 2 || n_time))
		sh->cols = cols;
}

/* The finished outermost table: speaker rows become IT_TURN items, any
 * other table gives its paragraphs, row by row and cell by cell. */
static void table_emit(struct walk *w)
{
	struct tshape sh = { 0, false, NULL, NULL };
	table_shape(w, &sh);
	if (!sh.cols) {
		for (size_t i = 0; i < w->tbl.n; i++)
			*items_push(&w->doc) = w->tbl.v[i];
		goto out;
	}
	const size_t cols = (size_t)sh.cols;
	for (size_t r = sh.header ? 1 : 0; r < w->n_rows; r++) {
		size_t ks = r * cols + cols - 2, kt = ks + 1;
		const char *s;
		size_t sl;
		cell_line(w, w->tbl.v + sh.first[ks], sh.count[ks], &s, &sl);
		strip_label(&s, &sl);
		const struct item *tv = w->tbl.v + sh.first[kt];
		if (sl == 0) { /* no speaker: the text continues the previous turn */
			for (size_t i = 0; i < sh.count[kt]; i++)
				*items_push(&w->doc) = tv[i];
			continue;
		}
		struct item *x = items_push(&w->doc);
		x->kind = IT_TURN;
		x->loff = (size_t)(s - w->pool.p);
		x->llen = sl;
		x->off = w->pool.len;
		for (size_t i = 0; i < sh.count[kt]; i++) {
			if (w->pool.len > x->off)
				buf_add(&w->pool, "\n", 1);
			buf_add_self(&w->pool, tv[i].off, tv[i].len);
		}
		x->len = w->pool.len - x->off;
	}
out:
	free(sh.first);
	free(sh.count);
}

static void table_end(struct walk *w)
{
	para_finish(w);
	if (w->tbl_depth > 0 && --w->tbl_depth == 0)
		table_emit(w);
}

/* ------------------------------------------------------------ elements */

enum tag {
	T_OTHER, T_SKIP, T_P, T_R, T_RPR, T_PPR, T_T, T_TAB, T_BR, T_SYM, T_NBH,
	T_FLDCHAR, T_TBL, T_TR, T_TC
};

/* WordprocessingML elements that matter, sorted by strcmp for bsearch.
 * T_SKIP subtrees hold no body text: deletions, field instructions,
 * properties, ruby guides, and drawings/text boxes (other objects). */
static const struct tagname {
	const char *name;
	enum tag tag;
} tags[] = {
	{ "br", T_BR },          { "cr", T_BR },          { "customXmlPr", T_SKIP },
	{ "del", T_SKIP },       { "delInstrText", T_SKIP }, { "delText", T_SKIP },
	{ "drawing", T_SKIP },   { "fldChar", T_FLDCHAR }, { "instrText", T_SKIP },
	{ "moveFrom", T_SKIP },  { "noBreakHyphen", T_NBH }, { "object", T_SKIP },
	{ "p", T_P },            { "pPr", T_PPR },        { "pict", T_SKIP },
	{ "ptab", T_TAB },       { "r", T_R },            { "rPr", T_RPR },
	{ "rt", T_SKIP },        { "sdtEndPr", T_SKIP },  { "sdtPr", T_SKIP },
	{ "sectPr", T_SKIP },    { "sym", T_SYM },        { "t", T_T },
	{ "tab", T_TAB },        { "tbl", T_TBL },        { "tblGrid", T_SKIP },
	{ "tblPr", T_SKIP },     { "tblPrEx", T_SKIP },   { "tc", T_TC },
	{ "tcPr", T_SKIP },      { "tr", T_TR },          { "trPr", T_SKIP },
	{ "txbxContent", T_SKIP },
};

static int cmp_tag(const void *k, const void *e)
{
	return strcmp(k, ((const struct tagname *)e)->name);
}

/* The tag of the reader's current element; T_OTHER outside w: (mc:Fallback,
 * a copy of mc:Choice for older readers, is T_SKIP). */
static enum tag tag_of(xmlTextReaderPtr r, const char **ns)
{
	*ns = (const char *)xmlTextReaderConstNamespaceUri(r);
	const char *n = (const char *)xmlTextReaderConstLocalName(r);
	if (!*ns || !n)
		return T_OTHER;
	if (!strcmp(*ns, NS_MC))
		return strcmp(n, "Fallback") ? T_OTHER : T_SKIP;
	if (strcmp(*ns, NS_W) && strcmp(*ns, NS_W_STRICT))
		return T_OTHER;
	const struct tagname *t = bsearch(n, tags, LT_ARRAY_SIZE(tags), sizeof(tags[0]), cmp_tag);
	return t ? t->tag : T_OTHER;
}

/* w:val of an on/off property: absent, "1", "true", "on" are on. */
static int on_off(xmlTextReaderPtr r, const char *ns)
{
	xmlChar *v = xmlTextReaderGetAttributeNs(r, XC("val"), XC(ns));
	if (!v)
		return 1;
	const char *s = (const char *)v;
	int on = !strcmp(s, "1") || !strcmp(s, "true") || !strcmp(s, "on");
	xmlFree(v);
	return on;
}

static void utf8_put(struct buf *b, uint32_t cp)
{
	char u[4];
	size_t n;
	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		u[0] = (char)(0xF0 | (cp >> 18));
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	buf_add(b, u, n);
}

/* w:sym: a character of a symbol font. Private-use code points (Symbol,
 * Wingdings: arrows, bullets) and anything invalid show as a space, so the
 * words on either side stay apart; others as themselves. */
static void on_sym(struct walk *w, xmlTextReaderPtr r, const char *ns)
{
	xmlChar *v = xmlTextReaderGetAttributeNs(r, XC("char"), XC(ns));
	uint32_t cp = 0;
	bool ok = v && v[0];
	for (const xmlChar *s = v; ok && *s; s++) {
		int h = (*s >= '0' && *s <= '9') ? *s - '0'
			: (*s >= 'a' && *s <= 'f') ? *s - 'a' + 10
			: (*s >= 'A' && *s <= 'F') ? *s - 'A' + 10 : -1;
		ok = h >= 0 && cp <= 0xFFFFF;
		cp = cp * 16 + (uint32_t)(h < 0 ? 0 : h);
	}
	xmlFree(v);
	if (!ok || cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0xD800 && cp <= 0xF8FF) ||
	    cp > 0x10FFFF || (cp & 0xFFFE) == 0xFFFE) {
		para_text(w, " ", 1, w->run_bold);
		return;
	}
	struct buf u = { NULL, 0, 0 };
	utf8_put(&u, cp);
	para_text(w, u.p, u.len, w->run_bold);
	free(u.p);
}

/* w:fldChar: begin / separate / end of a complex field. Only the result
 * part (after separate) of every open field is displayed text. */
static int on_fldchar(struct walk *w, xmlTextReaderPtr r, const char *ns, struct lt_diag *d)
{
	xmlChar *v = xmlTextReaderGetAttributeNs(r, XC("fldCharType"), XC(ns));
	const char *s = v ? (const char *)v : "";
	int rc = LT_OK;
	if (!strcmp(s, "begin")) {
		if (w->fld_depth == MAX_FIELD_DEPTH)
			rc = lt_diag_set(d, LT_EINPUT, "word/document.xml: fields nested deeper "
					 "than %d", MAX_FIELD_DEPTH);
		else
			w->fld_instr |= (uint64_t)1 << w->fld_depth++;
	} else if (!strcmp(s, "separate") && w->fld_depth > 0) {
		w->fld_instr &= ~((uint64_t)1 << (w->fld_depth - 1));
	} else if (!strcmp(s, "end") && w->fld_depth > 0) {
		w->fld_depth--;
		w->fld_instr &= ~((uint64_t)1 << w->fld_depth);
	}
	xmlFree(v);
	return rc;
}

/* An element starts. Returns 1 to skip its subtree, 0 to go on, or an error. */
static int on_start(struct walk *w, xmlTextReaderPtr r, struct lt_diag *d)
{
	const char *ns;
	enum tag t = tag_of(r, &ns);
	if (w->in_ppr) { /* only the paragraph mark's tracked deletion matters */
		const char *n = (const char *)xmlTextReaderConstLocalName(r);
		bool wns = ns && (!strcmp(ns, NS_W) || !strcmp(ns, NS_W_STRICT));
		if (wns && (!strcmp(n, "del") || !strcmp(n, "moveFrom")))
			w->mark_deleted = true;
		return t == T_SKIP || (wns && (!strcmp(n, "pPrChange") || !strcmp(n, "rPrChange")));
	}
	if (w->in_rpr) {
		const char *n = (const char *)xmlTextReaderConstLocalName(r);
		if (t == T_OTHER && ns && (!strcmp(ns, NS_W) || !strcmp(ns, NS_W_STRICT))) {
			if (!strcmp(n, "b"))
				w->b = on_off(r, ns);
			else if (!strcmp(n, "bCs"))
				w->bcs = on_off(r, ns);
			else if (!strcmp(n, "vanish"))
				w->run_hidden = on_off(r, ns);
			else if (!strcmp(n, "rPrChange"))
				return 1;
		}
		return 0;
	}
	switch (t) {
	case T_OTHER: return 0;
	case T_SKIP: return 1;
	case T_P: para_start(w); return 0;
	case T_R:
		w->in_run = true;
		w->b = w->bcs = -1;
		w->run_bold = w->run_hidden = false;
		return 0;
	case T_RPR:
		if (!w->in_run)
			return 1;
		w->in_rpr = true;
		return 0;
	case T_PPR: w->in_ppr = true; return 0;
	case T_T: w->in_t = w->in_run; return 0;
	case T_TAB:
		if (w->in_run)
			para_text(w, "\t", 1, w->run_bold);
		return 0;
	case T_BR:
		if (w->in_run)
			para_break(w);
		return 0;
	case T_SYM:
		if (w->in_run)
			on_sym(w, r, ns);
		return 0;
	case T_NBH:
		if (w->in_run)
			para_text(w, "-", 1, w->run_bold);
		return 0;
	case T_FLDCHAR: return on_fldchar(w, r, ns, d);
	case T_TBL: table_start(w); return 0;
	case T_TR: row_start(w); return 0;
	case T_TC: cell_start(w); return 0;
	}
	return 0;
}

/* An element ends (for an empty element, right after on_start). */
static void on_end(struct walk *w, xmlTextReaderPtr r)
{
	const char *ns;
	enum tag t = tag_of(r, &ns);
	if (w->in_ppr) {
		w->in_ppr = t != T_PPR;
		return;
	}
	if (w->in_rpr) {
		if (t == T_RPR) {
			w->in_rpr = false;
			w->run_bold = w->b >= 0 ? w->b == 1 : w->bcs == 1;
		}
		return;
	}
	switch (t) {
	case T_P:
		if (!w->mark_deleted)
			para_finish(w);
		break;
	case T_R:
		w->in_run = w->run_hidden = false;
		break;
	case T_T: w->in_t = false; break;
	case T_TBL: table_end(w); break;
	case T_TR:
	case T_TC: para_finish(w); break;
	default: break;
	}
}

/* ------------------------------------------------------------ rendering */

struct blab {
	const char *lab, *rest;
	size_t lab_len, rest_len;
	bool colon;
};

/*
 * A paragraph's leading bold text as a speaker label: trimmed, with its
 * colon (inside the bold text or right after it) dropped. Without a colon
 * it must be followed by white space and more text (a bold paragraph alone
 * is a heading). Never more than MAX_LABEL bytes, never a ':' tab or line
 * break inside.
 */
static bool bold_label(const char *t, size_t len, size_t bold, struct blab *o)
{
	if (!bold || bold > len)
		return false;
	const char *l = t, *r = t + bold;
	size_t ll = bold, rl = len - bold;
	bool sep = bold == len || is_space(t[bold]) || t[bold] == '\n' || is_space(t[bold - 1]);
	while (ll && is_space(*l))
		l++, ll--;
	while (ll && is_space(l[ll - 1]))
		ll--;
	o->colon = false;
	if (ll && l[ll - 1] == ':') {
		o->colon = true;
		ll--;
		while (ll && is_space(l[ll - 1]))
			ll--;
	} else {
		while (rl && is_space(*r))
			r++, rl--;
		if (rl && *r == ':') {
			o->colon = true;
			r++, rl--;
		}
	}
	while (rl && is_space(*r))
		r++, rl--;
	if (!ll || ll > MAX_LABEL || memchr(l, ':', ll) || memchr(l, '\n', ll) ||
	    memchr(l, '\t', ll))
		return false;
	if (!o->colon && (!sep || !rl))
		return false;
	o->lab = l;
	o->lab_len = ll;
	o->rest = r;
	o->rest_len = rl;
	return true;
}

struct known {
	const char *p;
	size_t n;
	bool colon;
};

static int cmp_known(const void *a, const void *b)
{
	const struct known *x = a, *y = b;
	int c = memcmp(x->p, y->p, LT_MIN(x->n, y->n));
	if (c)
		return c;
	return x->n < y->n ? -1 : x->n > y->n;
}

/* A colon-less bold label counts when the document uses it elsewhere too:
 * with a colon, as a table speaker, or as another colon-less bold label. */
static bool label_known(const struct known *k, size_t n, const struct blab *b)
{
	struct known key = { b->lab, b->lab_len, false };
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cmp_known(&k[mid], &key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t same = 0;
	for (size_t i = lo; i < n && cmp_known(&k[i], &key) == 0; i++) {
		if (k[i].colon)
			return true;
		same++;
	}
	return same >= 2;
}

static void put_turn(struct buf *out, const char *lab, size_t ll, const char *t, size_t tl)
{
	buf_add(out, lab, ll);
	buf_add(out, ":", 1);
	if (tl && t[0] != '\n')
		buf_add(out, " ", 1);
	buf_add(out, t, tl);
}

static void render(const struct walk *w, struct buf *out)
{
	const char *pool = w->pool.p ? w->pool.p : "";
	struct known *k = xmalloc(xmul(w->doc.n + 1, sizeof(*k)));
	size_t nk = 0;
	struct blab b;
	for (size_t i = 0; i < w->doc.n; i++) {
		const struct item *x = &w->doc.v[i];
		if (x->kind == IT_TURN)
			k[nk++] = (struct known){ pool + x->loff, x->llen, true };
		else if (bold_label(pool + x->off, x->len, x->bold, &b))
			k[nk++] = (struct known){ b.lab, b.lab_len, b.colon };
	}
	lt_qsort(k, nk, sizeof(*k), cmp_known);
	buf_add(out, "", 0);
	for (size_t i = 0; i < w->doc.n; i++) {
		const struct item *x = &w->doc.v[i];
		if (x->kind == IT_TURN)
			put_turn(out, pool + x->loff, x->llen, pool + x->off, x->len);
		else if (bold_label(pool + x->off, x->len, x->bold, &b) &&
			 (b.colon || label_known(k, nk, &b)))
			put_turn(out, b.lab, b.lab_len, b.rest, b.rest_len);
		else
			buf_add(out, pool + x->off, x->len);
		buf_add(out, "\n", 1);
	}
	free(k);
}

/* ------------------------------------------------------------ XML */

struct xerr {
	bool have;
	int line, code;
	char msg[300];
};

static void on_xml_error(void *arg, xmlErrorPtr e)
{
	struct xerr *x = arg;
	if (x->have || !e || e->level < XML_ERR_ERROR)
		return;
	x->have = true;
	x->line = e->line;
	x->code = e->code;
	snprintf(x->msg, sizeof(x->msg), "%s", e->message ? e->message : "parse error");
	size_t n = strlen(x->msg);
	while (n && (x->msg[n - 1] == '\n' || x->msg[n - 1] == ' '))
		x->msg[--n] = '\0';
}

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

/* libxml2 initialised and its external entity loader disabled (xmlzip.c,
 * shared with the REFI-QDA importer), then our own table checked. */
static void xml_init(void)
{
	xmlzip_xml_init();
	for (size_t i = 1; i < LT_ARRAY_SIZE(tags); i++)
		if (strcmp(tags[i - 1].name, tags[i].name) >= 0)
			LT_BUG("docx.c: tags[] not sorted");
}

/* Parser options: no network, no DTD loading or entity substitution
 * (neither XML_PARSE_DTDLOAD nor XML_PARSE_NOENT), libxml2's default size
 * and depth limits (no XML_PARSE_HUGE). */
#define XML_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOWARNING)

static int malformed(const struct xerr *xe, const char *part, struct lt_diag *d)
{
	if (xe->have && xe->code == XML_ERR_NO_MEMORY) /* libxml2's 10 MB text node limit */
		return lt_diag_set(d, LT_ELIMIT, "%s, line %d: %s (libxml2's limit): a zip bomb "
				   "or not a Word document, not read", part, xe->line, xe->msg);
	if (xe->have)
		return lt_diag_set(d, LT_EINPUT, "damaged .docx: malformed XML in %s, line %d: %s",
				   part, xe->line, xe->msg);
	return lt_diag_set(d, LT_EINPUT, "damaged .docx: malformed XML in %s", part);
}

/* Walk document.xml through reader r into w. */
static int walk_doc(struct walk *w, xmlTextReaderPtr r, struct xerr *xe, struct lt_diag *d)
{
	int rc = xmlTextReaderRead(r);
	while (rc == 1) {
		int type = xmlTextReaderNodeType(r);
		if (xmlTextReaderDepth(r) > DOCX_MAX_DEPTH)
			return lt_diag_set(d, LT_EINPUT, "word/document.xml nests elements deeper "
					   "than %d", DOCX_MAX_DEPTH);
		if (type == XML_READER_TYPE_DOCUMENT_TYPE)
			return lt_diag_set(d, LT_EINPUT, "word/document.xml has a DTD (<!DOCTYPE>), "
					   "which Word never writes: not read");
		if (type == XML_READER_TYPE_ELEMENT) {
			int s = on_start(w, r, d);
			if (s < 0)
				return s;
			if (s == 1) {
				rc = xmlTextReaderNext(r);
				continue;
			}
			if (xmlTextReaderIsEmptyElement(r))
				on_end(w, r);
		} else if (type == XML_READER_TYPE_END_ELEMENT) {
			on_end(w, r);
		} else if (w->in_t && (type == XML_READER_TYPE_TEXT ||
				       type == XML_READER_TYPE_CDATA ||
				       type == XML_READER_TYPE_WHITESPACE ||
				       type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)) {
			const char *v = (const char *)xmlTextReaderConstValue(r);
			if (v)
				para_text(w, v, strlen(v), w->run_bold);
		}
		rc = xmlTextReaderRead(r);
	}
	if (rc < 0 || xe->have)
		return malformed(xe, "word/document.xml", d);
	para_finish(w);
	while (w->tbl_depth > 0)
		table_end(w);
	return LT_OK;
}

/* Walk, render, hand out the text; frees r. */
static int xml_to_text(xmlTextReaderPtr r, struct xerr *xe, char **text, size_t *text_len,
		       struct lt_diag *d)
{
	struct walk w;
	memset(&w, 0, sizeof(w));
	xmlTextReaderSetStructuredErrorHandler(r, on_xml_error, xe);
	int rc = walk_doc(&w, r, xe, d);
	xmlFreeTextReader(r);
	if (rc == LT_OK) {
		struct buf out = { NULL, 0, 0 };
		render(&w, &out);
		*text = out.p;
		*text_len = out.len;
	}
	walk_release(&w);
	return rc;
}

int docx_extract_xml(const void *xml, size_t len, char **text, size_t *text_len,
		     struct lt_diag *d)
{
	*text = NULL;
	*text_len = 0;
	pthread_once(&xml_once, xml_init);
	if (len > INT32_MAX)
		return lt_diag_set(d, LT_EINPUT, "word/document.xml larger than 2 GiB: not read");
	struct xerr xe = { false, 0, 0, "" };
	xmlSetStructuredErrorFunc(&xe, on_xml_error);
	xmlTextReaderPtr r = xmlReaderForMemory(xml, (int)len, NULL, NULL, XML_OPTIONS);
	int rc = r ? xml_to_text(r, &xe, text, text_len, d) : malformed(&xe, "word/document.xml", d);
	xmlSetStructuredErrorFunc(NULL, NULL);
	return rc;
}

/* ------------------------------------------------------------ ZIP */

enum zin_why { ZIN_OK, ZIN_CAP, ZIN_RATIO, ZIN_READ };

/* One ZIP entry being inflated, counted as it comes. */
struct zin {
	zip_file_t *zf;
	uint64_t got, cap;     /* inflated so far; bound (0: none) */
	uint64_t comp;         /* compressed size (0: unknown, no ratio rule) */
	enum zin_why why;
	char zerr[200];
};

static int zin_read(void *ctx, char *buf, int len)
{
	struct zin *z = ctx;
	if (len <= 0 || z->why != ZIN_OK)
		return z->why == ZIN_OK ? 0 : -1;
	zip_int64_t n = zip_fread(z->zf, buf, (zip_uint64_t)len);
	if (n < 0) {
		z->why = ZIN_READ;
		snprintf(z->zerr, sizeof(z->zerr), "%s", zip_file_strerror(z->zf));
		return -1;
	}
	z->got += (uint64_t)n;
	if (z->cap && z->got > z->cap) {
		z->why = ZIN_CAP;
		return -1;
	}
	if (z->comp && z->got > RATIO_MIN && z->got / RATIO_MAX > z->comp) {
		z->why = ZIN_RATIO;
		return -1;
	}
	return (int)n;
}

static int zin_reason(const struct zin *z, const char *part, struct lt_diag *d)
{
	switch (z->why) {
	case ZIN_CAP:
		return lt_diag_set(d, LT_ELIMIT, "%s inflates to more than %llu bytes: a zip "
				   "bomb or an oversized document, not read",
				   part, (unsigned long long)z->cap);
	case ZIN_RATIO:
		return lt_diag_set(d, LT_ELIMIT, "%s inflates more than %d times its compressed "
				   "size: a zip bomb, not read", part, RATIO_MAX);
	case ZIN_READ:
		return lt_diag_set(d, LT_EINPUT, "damaged .docx: cannot inflate %s: %s", part,
				   z->zerr);
	case ZIN_OK:
		break;
	}
	return LT_OK;
}

/* Open entry 'name' (any case, as OPC part names are) for streaming. */
static int zin_open(zip_t *za, const char *name, uint64_t cap, struct zin *z,
		    struct lt_diag *d)
{
	memset(z, 0, sizeof(*z));
	z->cap = cap;
	zip_int64_t i = zip_name_locate(za, name, ZIP_FL_NOCASE);
	if (i < 0)
		return lt_diag_set(d, LT_EINPUT, "not a Word document: no %s in the .docx "
				   "(damaged, or another Office format renamed)", name);
	zip_stat_t st;
	zip_stat_init(&st);
	if (zip_stat_index(za, (zip_uint64_t)i, 0, &st) == 0) {
		if ((st.valid & ZIP_STAT_SIZE) && cap && st.size > cap) {
			z->why = ZIN_CAP;
			return zin_reason(z, name, d);
		}
		if ((st.valid & ZIP_STAT_COMP_SIZE) && (st.valid & ZIP_STAT_COMP_METHOD) &&
		    st.comp_method != ZIP_CM_STORE)
			z->comp = st.comp_size ? st.comp_size : 1;
		if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
			return lt_diag_set(d, LT_EINPUT, "encrypted .docx (password-protected ZIP "
					   "entry %s): not read", name);
	}
	z->zf = zip_fopen_index(za, (zip_uint64_t)i, 0);
	if (!z->zf) {
		int ze = zip_error_code_zip(zip_get_error(za));
		if (ze == ZIP_ER_NOPASSWD || ze == ZIP_ER_WRONGPASSWD)
			return lt_diag_set(d, LT_EINPUT, "encrypted .docx (password-protected ZIP "
					   "entry %s): not read", name);
		return lt_diag_set(d, LT_EINPUT, "damaged .docx: cannot open %s: %s", name,
				   zip_strerror(za));
	}
	return LT_OK;
}

/* The content type [Content_Types].xml gives /word/document.xml ("" if none). */
static int main_content_type(zip_t *za, char *ct, size_t ct_size, struct lt_diag *d)
{
	struct zin z;
	ct[0] = '\0';
	LT_TRY(zin_open(za, "[Content_Types].xml", CT_MAX, &z, d));
	struct xerr xe = { false, 0, 0, "" };
	xmlSetStructuredErrorFunc(&xe, on_xml_error);
	xmlTextReaderPtr r = xmlReaderForIO(zin_read, NULL, &z, NULL, NULL, XML_OPTIONS);
	int rc = r ? 1 : -1;
	if (r)
		xmlTextReaderSetStructuredErrorHandler(r, on_xml_error, &xe);
	while (rc == 1 && (rc = xmlTextReaderRead(r)) == 1) {
		if (xmlTextReaderNodeType(r) == XML_READER_TYPE_DOCUMENT_TYPE) {
			rc = -1;
			break;
		}
		if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT ||
		    strcmp((const char *)xmlTextReaderConstLocalName(r), "Override"))
			continue;
		xmlChar *pn = xmlTextReaderGetAttribute(r, XC("PartName"));
		xmlChar *t = xmlTextReaderGetAttribute(r, XC("ContentType"));
		if (pn && t && !strcasecmp((const char *)pn, "/word/document.xml"))
			snprintf(ct, ct_size, "%s", (const char *)t);
		xmlFree(pn);
		xmlFree(t);
	}
	xmlFreeTextReader(r);
	xmlSetStructuredErrorFunc(NULL, NULL);
	zip_fclose(z.zf);
	if (z.why != ZIN_OK)
		return zin_reason(&z, "[Content_Types].xml", d);
	if (rc < 0 || xe.have)
		return malformed(&xe, "[Content_Types].xml", d);
	return LT_OK;
}

static int read_document(zip_t *za, uint64_t max_inflated, char **text, size_t *text_len,
			 struct lt_diag *d)
{
	struct zin z;
	LT_TRY(zin_open(za, "word/document.xml", max_inflated, &z, d));
	struct xerr xe = { false, 0, 0, "" };
	xmlSetStructuredErrorFunc(&xe, on_xml_error);
	xmlTextReaderPtr r = xmlReaderForIO(zin_read, NULL, &z, NULL, NULL, XML_OPTIONS);
	int rc = r ? xml_to_text(r, &xe, text, text_len, d)
		   : malformed(&xe, "word/document.xml", d);
	xmlSetStructuredErrorFunc(NULL, NULL);
	zip_fclose(z.zf);
	if (z.why != ZIN_OK) {
		free(*text);
		*text = NULL;
		*text_len = 0;
		return zin_reason(&z, "word/document.xml", d);
	}
	return rc;
}

/* An OLE compound file: an encrypted Office document (its stream names are
 * UTF-16LE; "EncryptedPackage" is the encrypted OOXML package) or a legacy
 * binary .doc. */
static int ole_reason(const unsigned char *b, size_t len, struct lt_diag *d)
{
	static const char name[] = "EncryptedPackage";
	unsigned char u16[2 * (sizeof(name) - 1)];
	for (size_t i = 0; i < sizeof(name) - 1; i++) {
		u16[2 * i] = (unsigned char)name[i];
		u16[2 * i + 1] = 0;
	}
	bool found = false;
	for (size_t i = 0; !found && len >= sizeof(u16) && i <= len - sizeof(u16); i++)
		found = b[i] == 'E' && !memcmp(b + i, u16, sizeof(u16));
	if (found)
		return lt_diag_set(d, LT_EINPUT, "encrypted (password-protected) Word document: "
				   "not read; remove the password in Word and save again");
	return lt_diag_set(d, LT_EINPUT, "legacy Word .doc (OLE compound file), not .docx: "
			   "not read; open it in Word and save it as .docx");
}

bool docx_wanted(const char *name)
{
	static const char *const ext[] = { ".docx", ".docm", ".dotx", ".dotm", ".doc" };
	size_t n = name ? strlen(name) : 0;
	for (size_t i = 0; i < LT_ARRAY_SIZE(ext); i++) {
		size_t e = strlen(ext[i]);
		if (n > e && !strcasecmp(name + n - e, ext[i]))
			return true;
	}
	return false;
}

int docx_extract(const void *bytes, size_t len, uint64_t max_inflated, char **text,
		 size_t *text_len, struct lt_diag *d)
{
	static const unsigned char ole[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
	*text = NULL;
	*text_len = 0;
	if (len >= 8 && !memcmp(bytes, ole, 8))
		return ole_reason(bytes, len, d);
	if (len < 4 || memcmp(bytes, "PK\3\4", 4))
		return lt_diag_set(d, LT_EINPUT, "not a .docx: no ZIP signature (damaged, or "
				   "another format named .docx)");
	pthread_once(&xml_once, xml_init);
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(bytes, len, 0, &ze);
	zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze) : NULL;
	if (!za) {
		int rc = lt_diag_set(d, LT_EINPUT, "damaged .docx: %s", zip_error_strerror(&ze));
		zip_source_free(src);
		zip_error_fini(&ze);
		return rc;
	}
	zip_error_fini(&ze);
	char ct[256];
	int rc = main_content_type(za, ct, sizeof(ct), d);
	if (rc == LT_OK && strstr(ct, "macroEnabled"))
		rc = lt_diag_set(d, LT_EINPUT, "macro-enabled Word document (.docm): not read; "
				 "save it as a .docx (Word Document) without macros");
	if (rc == LT_OK)
		rc = read_document(za, max_inflated, text, text_len, d);
	zip_discard(za);
	return rc;
}
