/* dicfile.c - LIWC .dic / .dicx reader and .lex writer (see dicfile.h).
 *
 * Parsing has two steps. The input is first made valid UTF-8 without a
 * BOM (UTF-16 through decode.c, stray bytes read as Windows-1252); then
 * the format's reader walks it line by line (.dic) or record by record
 * (.dicx, through csv.h). Categories and terms are built in heap vectors
 * and copied into the dicfile's arena at the end, so on error nothing but
 * the diag is left. Terms are found by text in an intern table, so a
 * duplicate merges into the first occurrence and term lines stay
 * increasing. Category numbers are looked up the same way (4-byte keys).
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dicfile_int.h"
#include "csv.h"
#include "decode.h"
#include "reader.h"
#include "intern.h"
#include "tokenize.h"
#include "xalloc.h"
#include "banned.h"

/* A header line waiting for its category to be made. */
struct hline {
	const char *s;        /* trimmed content */
	size_t n;
	uint32_t line;
	uint32_t depth;       /* leading tabs */
};

/* ------------------------------------------------------------- helpers */

bool dicp_is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' || c == '\n';
}

bool dicp_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

void dicp_trim(const char **s, size_t *n)
{
	while (*n && dicp_is_ws((*s)[0])) {
		(*s)++;
		(*n)--;
	}
	while (*n && dicp_is_ws((*s)[*n - 1]))
		(*n)--;
}

/* Bytes of s[0..n) to quote in a message: at most SHOW_MAX, cut on a character. */
int dicp_show_len(const char *s, size_t n)
{
	if (n <= SHOW_MAX)
		return (int)n;
	size_t k = SHOW_MAX;
	while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	return (int)k;
}


void dicp_warn(struct parser *p, uint32_t line, const char *fmt, ...)
{
	if (!p->warnings)
		return;
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	msgs_add(p->warnings, LT_SEV_WARNING, line, "%s", buf);
}

int dicp_fail(struct parser *p, uint32_t line, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	return lt_diag_set(p->d, LT_ELEXICON, "%s:%u: %s", p->path, line, buf);
}

/*
 * s[0..n) trimmed, with every inner run of white space made one space,
 * into p->text (NUL-terminated). Returns the length.
 */
size_t dicp_normalise(struct parser *p, const char *s, size_t n)
{
	dicp_trim(&s, &n);
	p->text.n = 0;
	lt_vec_reserve(&p->text, n + 1);
	for (size_t i = 0; i < n; i++) {
		if (dicp_is_ws(s[i])) {
			if (p->text.v[p->text.n - 1] != ' ')
				p->text.v[p->text.n++] = ' ';
		} else {
			p->text.v[p->text.n++] = s[i];
		}
	}
	p->text.v[p->text.n] = '\0';
	return p->text.n;
}

/* Take a new generation of category marks (clears them all in O(1)). */
void dicp_marks_next(struct parser *p)
{
	if (p->mark_cap < p->cats.n) {
		size_t cap = p->cats.n * 2 + 8;
		p->mark = xrealloc(p->mark, xmul(cap, sizeof(*p->mark)));
		memset(p->mark + p->mark_cap, 0, (cap - p->mark_cap) * sizeof(*p->mark));
		p->mark_cap = cap;
	}
	if (++p->mark_gen == 0) {
		memset(p->mark, 0, p->mark_cap * sizeof(*p->mark));
		p->mark_gen = 1;
	}
}

/* Warn about category names used twice (exact text; in YAML and .cat, the
 * same name within the same parent). */
void dicp_check_names(struct parser *p)
{
	struct intern names;
	intern_init(&names);
	LT_VEC(uint32_t) first = { 0 };
	LT_VEC(char) key = { 0 };
	bool nested = dicfile_nested_names(p->f->format);
	for (uint32_t i = 0; i < p->cats.n; i++) {
		const struct dic_category *c = &p->cats.v[i];
		size_t before = intern_count(&names);
		int32_t parent = nested ? c->parent : -1;
		size_t nl0 = strlen(c->name);
		lt_vec_reserve(&key, sizeof(parent) + nl0 + 1);
		memcpy(key.v, &parent, sizeof(parent));
		memcpy(key.v + sizeof(parent), c->name, nl0);
		uint32_t id = intern_put(&names, key.v, sizeof(parent) + nl0);
		if (id == before) {
			lt_vec_push(&first, i);
			continue;
		}
		const struct dic_category *o = &p->cats.v[first.v[id]];
		size_t nl = strlen(c->name);
		if (p->f->format == DIC_FORMAT_DICX || p->f->format == DIC_FORMAT_GI) {
			uint32_t off = p->f->format == DIC_FORMAT_GI ? 2 : 1;
			dicp_warn(p, c->line, "category name '%.*s%s' is used by columns %u and %u",
			     SHOW(c->name, nl), o->number + off, c->number + off);
		} else
			dicp_warn(p, c->line, "category name '%.*s%s' is used twice (also on line %u)",
			     SHOW(c->name, nl), o->line);
	}
	lt_vec_release(&first);
	lt_vec_release(&key);
	intern_release(&names);
}

/* -------------------------------------------------------------- input */

/*
 * Length of the valid UTF-8 sequence at u (n bytes available), or 0 when
 * it is invalid (bad lead or continuation, overlong, surrogate, beyond
 * U+10FFFF, truncated).
 */
static size_t utf8_len(const unsigned char *u, size_t n)
{
	unsigned b = u[0];
	if (b >= 0xC2 && b <= 0xDF)
		return n >= 2 && (u[1] & 0xC0) == 0x80 ? 2 : 0;
	if (b >= 0xE0 && b <= 0xEF) {
		if (n < 3 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
			return 0;
		if ((b == 0xE0 && u[1] < 0xA0) || (b == 0xED && u[1] >= 0xA0))
			return 0;
		return 3;
	}
	if (b >= 0xF0 && b <= 0xF4) {
		if (n < 4 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80 ||
		    (u[3] & 0xC0) != 0x80)
			return 0;
		if ((b == 0xF0 && u[1] < 0x90) || (b == 0xF4 && u[1] >= 0x90))
			return 0;
		return 4;
	}
	return 0;
}

/*
 * Windows-1252 for 0x80-0x9F (WHATWG's table: the five unassigned bytes
 * keep their C1 code points); 0xA0-0xFF are Latin-1, the same code point.
 */
static const uint16_t cp1252_80[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/* UTF-8 for a code point from U+0080 to U+FFFF. */
static size_t put_utf8(char *o, uint32_t cp)
{
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	o[0] = (char)(0xE0 | (cp >> 12));
	o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
	o[2] = (char)(0x80 | (cp & 0x3F));
	return 3;
}

/* Does the byte at u[i] end a line (LF, CR not followed by LF)? */
static bool ends_line(const unsigned char *u, size_t i, size_t n)
{
	return u[i] == '\n' || (u[i] == '\r' && !(i + 1 < n && u[i + 1] == '\n'));
}

/*
 * Make buf[0..len) valid UTF-8 without BOM: *text is buf itself when it
 * already is, else a converted copy in p->tmp.
 */
static int prepare_input(struct parser *p, const char *buf, size_t len, const char **text,
			 size_t *n)
{
	const unsigned char *u = (const unsigned char *)buf;
	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		struct decoded dec;
		struct lt_diag dd;
		struct lt_msgs local;
		lt_diag_init(&dd);
		msgs_init(&local);
		int rc = decode_bytes(u, len, &p->tmp, &dec, p->warnings ? p->warnings : &local,
				      &dd);
		msgs_release(&local);
		if (rc < 0)
			return dicp_fail(p, 1, "%s", dd.msg);
		*text = dec.text;
		*n = dec.len;
		return LT_OK;
	}
	size_t start = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	uint32_t line = 1, first_line = 0;
	size_t n_bad = 0;
	unsigned first_byte = 0;
	for (size_t i = start; i < len;) {
		if (u[i] < 0x80) {
			if (u[i] == 0)
				return dicp_fail(p, line, "NUL byte: this is not a text dictionary "
					    "(UTF-16 without a byte-order mark?)");
			if (ends_line(u, i, len))
				line++;
			i++;
			continue;
		}
		size_t k = utf8_len(u + i, len - i);
		if (k) {
			i += k;
			continue;
		}
		if (!n_bad++) {
			first_line = line;
			first_byte = u[i];
		}
		i++;
	}
	if (!n_bad) {
		*text = buf + start;
		*n = len - start;
		return LT_OK;
	}
	char *o = arena_alloc(&p->tmp, xmul(len - start, 3) + 1);
	size_t w = 0;
	for (size_t i = start; i < len;) {
		size_t k = u[i] < 0x80 ? 1 : utf8_len(u + i, len - i);
		if (k) {
			memcpy(o + w, u + i, k);
			w += k;
			i += k;
			continue;
		}
		w += put_utf8(o + w, u[i] < 0xA0 ? cp1252_80[u[i] - 0x80] : u[i]);
		i++;
	}
	o[w] = '\0';
	dicp_warn(p, first_line,
	     "invalid UTF-8 byte 0x%02X read as Windows-1252 (Latin-1); %zu such byte%s "
	     "converted (first here)", first_byte, n_bad, n_bad == 1 ? "" : "s");
	*text = o;
	*n = w;
	return LT_OK;
}

/* ---------------------------------------------------------------- terms */

/*
 * Add the term text[0..n) (normalised) found on 'line' with categories
 * cats[0..nc) and weights w (or NULL). A known text merges into the term
 * of its first line.
 */
void dicp_add_term(struct parser *p, const char *text, size_t n, uint32_t line,
		     const uint32_t *cats, const double *w, uint32_t nc)
{
	struct arena *a = &p->f->arena;
	uint32_t id = intern_find(&p->term_ids, text, n);
	if (id == INTERN_NONE) {
		id = intern_put(&p->term_ids, text, n);
		if (id != p->terms.n)
			LT_BUG("term ids out of step");
		struct dic_term t;
		t.text = arena_strndup(a, text, n);
		t.line = line;
		t.cats = arena_memdup(a, cats, nc * sizeof(*cats));
		t.weights = w ? arena_memdup(a, w, nc * sizeof(*w)) : NULL;
		t.n_cats = nc;
		lt_vec_push(&p->terms, t);
		return;
	}
	struct dic_term *t = &p->terms.v[id];
	if (!p->listed)
		dicp_warn(p, line, "duplicate term '%.*s%s' (first on line %u): categories "
			  "merged", SHOW(text, n), t->line);
	dicp_marks_next(p);
	for (uint32_t k = 0; k < t->n_cats; k++)
		p->mark[t->cats[k]] = p->mark_gen;
	for (uint32_t k = 0; k < nc && p->listed; k++)
		if (p->mark[cats[k]] == p->mark_gen) {
			const char *cn = p->cats.v[cats[k]].name;
			dicp_warn(p, line, "term '%.*s%s' is listed twice in category "
				  "'%.*s%s': counted once", SHOW(text, n), SHOW(cn, strlen(cn)));
		}
	uint32_t add = 0;
	for (uint32_t k = 0; k < nc; k++)
		if (p->mark[cats[k]] != p->mark_gen)
			add++;
	if (!add)
		return;
	uint32_t total = t->n_cats + add;
	uint32_t *nc_v = arena_alloc(a, total * sizeof(*nc_v));
	double *nw = NULL;
	memcpy(nc_v, t->cats, t->n_cats * sizeof(*nc_v));
	if (t->weights || w) {
		nw = arena_alloc(a, total * sizeof(*nw));
		for (uint32_t k = 0; k < t->n_cats; k++)
			nw[k] = t->weights ? t->weights[k] : 1.0;
	}
	uint32_t m = t->n_cats;
	for (uint32_t k = 0; k < nc; k++) {
		if (p->mark[cats[k]] == p->mark_gen)
			continue;
		p->mark[cats[k]] = p->mark_gen;
		if (nw)
			nw[m] = w ? w[k] : 1.0;
		nc_v[m++] = cats[k];
	}
	t->cats = nc_v;
	t->weights = nw;
	t->n_cats = total;
}

uint32_t dicp_add_category(struct parser *p, uint32_t number, const char *s, size_t n,
			   int32_t parent, bool is_group, uint32_t line)
{
	struct dic_category c;
	memset(&c, 0, sizeof(c));
	c.number = number;
	size_t nn = dicp_normalise(p, s, n);
	c.name = arena_strndup(&p->f->arena, p->text.v, nn);
	c.parent = parent;
	c.is_group = is_group;
	c.line = line;
	lt_vec_push(&p->cats, c);
	return (uint32_t)(p->cats.n - 1);
}

/* ----------------------------------------------------------------- .dic */

/* The next line (without its end) in s, n and its number; false at the end. */
bool dicp_next_line(struct line_iter *it, const char **s, size_t *n, uint32_t *line)
{
	if (it->p >= it->end)
		return false;
	const char *q = it->p;
	while (q < it->end && *q != '\n' && *q != '\r')
		q++;
	*s = it->p;
	*n = (size_t)(q - it->p);
	*line = it->line++;
	if (q < it->end) {
		if (*q == '\r' && q + 1 < it->end && q[1] == '\n')
			q++;
		q++;
	}
	it->p = q;
	return true;
}

static bool is_percent_line(const char *s, size_t n)
{
	dicp_trim(&s, &n);
	return n == 1 && s[0] == '%';
}

static bool all_digits(const char *s, size_t n)
{
	if (!n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!dicp_is_digit(s[i]))
			return false;
	return true;
}

/* Value of a run of digits, saturated above UINT32_MAX. */
static uint64_t digits_value(const char *s, size_t n)
{
	uint64_t v = 0;
	for (size_t i = 0; i < n; i++) {
		v = v * 10 + (uint64_t)(s[i] - '0');
		if (v > UINT32_MAX)
			return (uint64_t)UINT32_MAX + 1;
	}
	return v;
}

/* A LIWC2007 conditional expression: "134/125", "(02", "134)126", "<of>131". */
static bool is_conditional(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] == '/' || s[i] == '(' || s[i] == ')' || s[i] == '<' || s[i] == '>')
			return true;
	return false;
}

/* Index of the category numbered 'num', or -1. */
static int64_t find_number(const struct parser *p, uint64_t num)
{
	if (num > UINT32_MAX)
		return -1;
	uint32_t key = (uint32_t)num;
	uint32_t id = intern_find(&p->numbers, (const char *)&key, sizeof(key));
	return id == INTERN_NONE ? -1 : (int64_t)p->number_cat.v[id];
}


struct depth_ent {
	uint32_t depth;
	uint32_t cat;
};

/*
 * Categories from the header lines h[0..nh). A line is NUMBER NAME; in a
 * tab-indented (LIWC2015) header, a line without a number whose next line
 * is more deeply indented is a group. The parent of a line is the nearest
 * line above it that is less indented.
 */
static int parse_header(struct parser *p, const struct hline *h, size_t nh, uint32_t close_line)
{
	struct arena *a = &p->f->arena;
	if (nh == 0)
		return dicp_fail(p, close_line, "the category header defines no categories");
	LT_VEC(struct depth_ent) stack = { 0 };
	int rc = LT_OK;
	for (size_t i = 0; i < nh; i++) {
		const char *s = h[i].s;
		size_t n = h[i].n;
		size_t k = 0;
		while (k < n && dicp_is_digit(s[k]))
			k++;
		struct dic_category c;
		memset(&c, 0, sizeof(c));
		c.line = h[i].line;
		c.parent = -1;
		if (k > 0 && k < n && dicp_is_ws(s[k])) {
			uint64_t num = digits_value(s, k);
			if (num > UINT32_MAX) {
				rc = dicp_fail(p, c.line, "category number '%.*s%s' is too large",
					  SHOW(s, k));
				goto out;
			}
			uint32_t key = (uint32_t)num;
			size_t before = intern_count(&p->numbers);
			uint32_t id = intern_put(&p->numbers, (const char *)&key, sizeof(key));
			if (id != before) {
				rc = dicp_fail(p, c.line, "category number %u is defined twice (first on "
					  "line %u)", key, p->cats.v[p->number_cat.v[id]].line);
				goto out;
			}
			lt_vec_push(&p->number_cat, (uint32_t)p->cats.n);
			c.number = key;
			size_t nn = dicp_normalise(p, s + k, n - k);
			c.name = arena_strndup(a, p->text.v, nn);
		} else if (k == 0 && i + 1 < nh && h[i + 1].depth > h[i].depth) {
			c.is_group = true;
			size_t nn = dicp_normalise(p, s, n);
			c.name = arena_strndup(a, p->text.v, nn);
		} else if (k == n) {
			rc = dicp_fail(p, c.line, "header line '%.*s%s' has a category number but no "
				  "name", SHOW(s, n));
			goto out;
		} else {
			rc = dicp_fail(p, c.line, "header line '%.*s%s' is not NUMBER NAME",
				  SHOW(s, n));
			goto out;
		}
		while (stack.n && stack.v[stack.n - 1].depth >= h[i].depth)
			stack.n--;
		if (stack.n)
			c.parent = (int32_t)stack.v[stack.n - 1].cat;
		struct depth_ent e = { h[i].depth, (uint32_t)p->cats.n };
		lt_vec_push(&stack, e);
		lt_vec_push(&p->cats, c);
	}
out:
	lt_vec_release(&stack);
	return rc;
}

/*
 * One entry line s[0..n) (trimmed, not empty). With a tab, the term is
 * what comes before the first tab; without, it runs up to the first token
 * after its first that is a number or a conditional expression. The rest
 * is category numbers, unless a conditional expression makes it a LIWC2007
 * conditional entry, which is skipped.
 */
static int parse_dic_entry(struct parser *p, const char *s, size_t n, uint32_t line)
{
	size_t term_n, rest;
	const char *tab = memchr(s, '\t', n);
	if (tab) {
		term_n = (size_t)(tab - s);
		rest = term_n + 1;
	} else {
		size_t i = 0;
		while (i < n && !dicp_is_ws(s[i]))
			i++;
		term_n = i;
		while (i < n) {
			while (i < n && dicp_is_ws(s[i]))
				i++;
			size_t j = i;
			while (j < n && !dicp_is_ws(s[j]))
				j++;
			if (all_digits(s + i, j - i) || is_conditional(s + i, j - i))
				break;
			term_n = j;
			i = j;
		}
		rest = term_n;
	}
	size_t tn = dicp_normalise(p, s, term_n);
	const char *text = p->text.v;

	/* a conditional token anywhere makes the whole entry conditional */
	const char *cond = NULL;
	size_t cond_n = 0;
	bool any = false;
	for (size_t i = rest; i < n && !cond;) {
		while (i < n && dicp_is_ws(s[i]))
			i++;
		size_t j = i;
		while (j < n && !dicp_is_ws(s[j]))
			j++;
		if (j == i)
			break;
		any = true;
		if (is_conditional(s + i, j - i)) {
			cond = s + i;
			cond_n = j - i;
		}
		i = j;
	}
	if (cond) {
		p->f->n_conditional_skipped++;
		dicp_warn(p, line, "conditional entry '%.*s%s' skipped: LIWC2007 conditional "
		     "categories such as '%.*s%s' are not supported", SHOW(text, tn),
		     SHOW(cond, cond_n));
		return LT_OK;
	}
	if (!any)
		return dicp_fail(p, line, "term '%.*s%s' has no category number", SHOW(text, tn));
	/* second pass: every token is a number */
	dicp_marks_next(p);
	p->line_cats.n = 0;
	for (size_t i = rest; i < n;) {
		while (i < n && dicp_is_ws(s[i]))
			i++;
		size_t j = i;
		while (j < n && !dicp_is_ws(s[j]))
			j++;
		if (j == i)
			break;
		if (!all_digits(s + i, j - i))
			return dicp_fail(p, line, "'%.*s%s' in the entry for '%.*s%s' is not a category "
				    "number", SHOW(s + i, j - i), SHOW(text, tn));
		uint64_t num = digits_value(s + i, j - i);
		int64_t c = find_number(p, num);
		if (c < 0) {
			p->f->n_undefined_refs++;
			size_t before = intern_count(&p->warned);
			intern_put(&p->warned, (const char *)&num, sizeof(num));
			if (intern_count(&p->warned) != before)
				dicp_warn(p, line, "category number %.*s%s is not defined in the header: "
				     "references to it are dropped (reported once)",
				     SHOW(s + i, j - i));
		} else if (p->mark[(size_t)c] != p->mark_gen) {
			p->mark[(size_t)c] = p->mark_gen;
			lt_vec_push(&p->line_cats, (uint32_t)c);
		}
		i = j;
	}
	if (!p->line_cats.n) {
		dicp_warn(p, line, "term '%.*s%s' skipped: none of its categories is defined",
		     SHOW(text, tn));
		return LT_OK;
	}
	dicp_add_term(p, text, tn, line, p->line_cats.v, NULL, (uint32_t)p->line_cats.n);
	return LT_OK;
}

static int parse_dic(struct parser *p, const char *buf, size_t len)
{
	struct line_iter it = { buf, buf + len, 1 };
	const char *s;
	size_t n;
	uint32_t line = 1, open_line;
	for (;;) {
		if (!dicp_next_line(&it, &s, &n, &line))
			return dicp_fail(p, line, "no category header: a LIWC .dic file starts with "
				    "a line holding only '%%'");
		dicp_trim(&s, &n);
		if (!n)
			continue;
		if (n == 1 && s[0] == '%')
			break;
		return dicp_fail(p, line, "expected a line holding only '%%' to open the category "
			    "header, found '%.*s%s'", SHOW(s, n));
	}
	open_line = line;

	LT_VEC(struct hline) hl = { 0 };
	bool closed = false;
	while (dicp_next_line(&it, &s, &n, &line)) {
		if (is_percent_line(s, n)) {
			closed = true;
			break;
		}
		uint32_t depth = 0;
		size_t k = 0;
		while (k < n && dicp_is_ws(s[k]))
			if (s[k++] == '\t')
				depth++;
		dicp_trim(&s, &n);
		if (!n)
			continue;
		struct hline h = { s, n, line, depth };
		lt_vec_push(&hl, h);
	}
	int rc;
	if (!closed)
		rc = dicp_fail(p, open_line, "the category header opened here is never closed by a "
			  "line holding only '%%'");
	else
		rc = parse_header(p, hl.v, hl.n, line);
	lt_vec_release(&hl);
	if (rc < 0)
		return rc;
	dicp_check_names(p);

	while (dicp_next_line(&it, &s, &n, &line)) {
		dicp_trim(&s, &n);
		if (n)
			LT_TRY(parse_dic_entry(p, s, n, line));
	}
	return LT_OK;
}

/* ---------------------------------------------------------------- .dicx */

static const double pow10_exact[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/*
 * A decimal number ([+-]digits[.digits][e[+-]digits], '.' as the point
 * whatever the locale) into *out. False if s[0..n) is not one or is not
 * finite. Exact for up to 15 significant digits and exponents within
 * +-22, which covers every weight a person types.
 */
bool dicp_parse_number(const char *s, size_t n, double *out)
{
	size_t i = 0;
	bool neg = false, digits = false;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		neg = s[i++] == '-';
	uint64_t mant = 0;
	long exp10 = 0;
	for (; i < n && dicp_is_digit(s[i]); i++) {
		digits = true;
		if (mant < 100000000000000ull)
			mant = mant * 10 + (uint64_t)(s[i] - '0');
		else
			exp10++;
	}
	if (i < n && s[i] == '.') {
		for (i++; i < n && dicp_is_digit(s[i]); i++) {
			digits = true;
			if (mant < 100000000000000ull) {
				mant = mant * 10 + (uint64_t)(s[i] - '0');
				exp10--;
			}
		}
	}
	if (!digits)
		return false;
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		bool eneg = false;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			eneg = s[i++] == '-';
		if (i >= n || !dicp_is_digit(s[i]))
			return false;
		long e = 0;
		for (; i < n && dicp_is_digit(s[i]); i++)
			if (e < 100000)
				e = e * 10 + (s[i] - '0');
		exp10 += eneg ? -e : e;
	}
	if (i != n)
		return false;
	double v = (double)mant;
	long ae = exp10 < 0 ? -exp10 : exp10;
	double scale = ae < (long)LT_ARRAY_SIZE(pow10_exact) ? pow10_exact[ae]
							    : pow(10.0, (double)ae);
	v = exp10 < 0 ? v / scale : v * scale;
	if (!isfinite(v))
		return false;
	*out = neg ? -v : v;
	return true;
}

bool dicp_record_blank(const struct csv_record *r)
{
	for (uint32_t i = 0; i < r->n; i++) {
		const char *s = r->f[i].ptr;
		size_t n = r->f[i].len;
		dicp_trim(&s, &n);
		if (n)
			return false;
	}
	return true;
}

int dicp_csv_fail(struct parser *p, const struct lt_diag *cd)
{
	/* csv.h reports "LINE: reason" */
	return lt_diag_set(p->d, LT_ELEXICON, "%s:%s", p->path, cd->msg);
}

int dicp_parse_dicx(struct parser *p, const char *buf, size_t len)
{
	struct arena *a = &p->f->arena;
	struct csv_reader r;
	struct csv_record rec = { 0 };
	struct lt_diag cd;
	lt_diag_init(&cd);
	csv_init(&r, buf, len, ',');
	int rc;
	for (;;) {
		rc = csv_next(&r, &rec, &p->tmp, &cd);
		if (rc < 0) {
			rc = dicp_csv_fail(p, &cd);
			goto out;
		}
		if (rc == 0) {
			rc = dicp_fail(p, r.line > 1 ? r.line - 1 : 1, "no header row: a .dicx file "
				  "starts with a row naming the term column, then one column "
				  "per category");
			goto out;
		}
		if (!dicp_record_blank(&rec))
			break;
	}
	uint32_t header_line = rec.line;
	uint32_t ncol = rec.n;
	while (ncol > 1) {
		const char *s = rec.f[ncol - 1].ptr;
		size_t n = rec.f[ncol - 1].len;
		dicp_trim(&s, &n);
		if (n)
			break;
		ncol--;
	}
	if (ncol < 2) {
		rc = dicp_fail(p, header_line, "the header row has no category column (expected "
			  "the term column, then one column per category)");
		goto out;
	}
	for (uint32_t j = 1; j < ncol; j++) {
		size_t nn = dicp_normalise(p, rec.f[j].ptr, rec.f[j].len);
		if (!nn) {
			rc = dicp_fail(p, header_line, "column %u of the header row has no category "
				  "name", j + 1);
			goto out;
		}
		struct dic_category c;
		memset(&c, 0, sizeof(c));
		c.number = j;
		c.name = arena_strndup(a, p->text.v, nn);
		c.parent = -1;
		c.line = header_line;
		lt_vec_push(&p->cats, c);
	}
	dicp_check_names(p);

	for (;;) {
		rc = csv_next(&r, &rec, &p->tmp, &cd);
		if (rc < 0) {
			rc = dicp_csv_fail(p, &cd);
			goto out;
		}
		if (rc == 0)
			break;
		if (dicp_record_blank(&rec))
			continue;
		uint32_t line = rec.line;
		size_t tn = dicp_normalise(p, rec.f[0].ptr, rec.f[0].len);
		if (!tn) {
			dicp_warn(p, line, "row with no term skipped");
			continue;
		}
		p->line_cats.n = 0;
		p->line_weights.n = 0;
		bool beyond = false;
		for (uint32_t j = 1; j < rec.n; j++) {
			const char *s = rec.f[j].ptr;
			size_t n = rec.f[j].len;
			dicp_trim(&s, &n);
			if (!n)
				continue;
			if (j >= ncol) {
				beyond = true;
				continue;
			}
			double w = 1.0;
			if (n == 1 && (s[0] == 'X' || s[0] == 'x')) {
				w = 1.0;
			} else if (dicp_parse_number(s, n, &w)) {
				if (w == 0)
					continue;
				p->f->has_weights = true;
			} else {
				const char *cn = p->cats.v[j - 1].name;
				dicp_warn(p, line, "cell '%.*s%s' in column '%.*s%s' is neither X nor a "
				     "number: ignored", SHOW(s, n), SHOW(cn, strlen(cn)));
				continue;
			}
			lt_vec_push(&p->line_cats, j - 1);
			lt_vec_push(&p->line_weights, w);
		}
		if (beyond)
			dicp_warn(p, line, "cells after the last named column are ignored");
		if (!p->line_cats.n) {
			dicp_warn(p, line, "term '%.*s%s' skipped: no category marked",
			     SHOW(p->text.v, tn));
			continue;
		}
		dicp_add_term(p, p->text.v, tn, line, p->line_cats.v, p->line_weights.v,
			 (uint32_t)p->line_cats.n);
	}
	if (!p->f->has_weights)
		for (size_t i = 0; i < p->terms.n; i++)
			p->terms.v[i].weights = NULL;
	rc = LT_OK;
out:
	csv_record_release(&rec);
	return rc;
}

/* --------------------------------------------------------------- public */

enum dic_format dicfile_format_of(const char *path)
{
	const char *b = strrchr(path, '/');
	b = b ? b + 1 : path;
	const char *dot = strrchr(b, '.');
	if (!dot || dot == b)
		return DIC_FORMAT_NONE;
	if (strcasecmp(dot, ".dic") == 0)
		return DIC_FORMAT_DIC;
	if (strcasecmp(dot, ".dicx") == 0)
		return DIC_FORMAT_DICX;
	if (strcasecmp(dot, ".yml") == 0 || strcasecmp(dot, ".yaml") == 0)
		return DIC_FORMAT_YAML;
	if (strcasecmp(dot, ".cat") == 0)
		return DIC_FORMAT_CAT;
	if (strcasecmp(dot, ".tsv") == 0)
		return DIC_FORMAT_TSV;
	if (strcasecmp(dot, ".csv") == 0)
		return DIC_FORMAT_GI;
	return DIC_FORMAT_NONE;
}

static void dicfile_clear(struct dicfile *f)
{
	memset(f, 0, sizeof(*f));
	arena_init(&f->arena);
}

int dicfile_parse(struct dicfile *out, const char *path, const char *buf, size_t len,
		  struct lt_msgs *warnings, struct lt_diag *d)
{
	dicfile_clear(out);
	struct parser p;
	memset(&p, 0, sizeof(p));
	p.f = out;
	p.path = path;
	p.warnings = warnings;
	p.d = d;
	arena_init(&p.tmp);
	intern_init(&p.term_ids);
	intern_init(&p.numbers);
	intern_init(&p.warned);

	int rc;
	out->format = dicfile_format_of(path);
	out->path = arena_strndup(&out->arena, path, strlen(path));
	const char *text = NULL;
	size_t n = 0;
	if (!buf) {
		buf = "";
		len = 0;
	}
	if (out->format == DIC_FORMAT_NONE) {
		rc = lt_diag_set(d, LT_ELEXICON, "%s: unknown dictionary format (expected a "
				 ".dic, .dicx, .yml, .yaml, .cat, .tsv or .csv file name)", path);
		goto out;
	}
	rc = prepare_input(&p, buf, len, &text, &n);
	if (rc < 0)
		goto out;
	switch (out->format) {
	case DIC_FORMAT_DIC: rc = parse_dic(&p, text, n); break;
	case DIC_FORMAT_DICX: rc = dicp_parse_dicx(&p, text, n); break;
	case DIC_FORMAT_YAML: rc = dicp_parse_yaml(&p, text, n); break;
	case DIC_FORMAT_CAT: rc = dicp_parse_cat(&p, text, n); break;
	case DIC_FORMAT_TSV: rc = dicp_parse_tsv(&p, text, n); break;
	case DIC_FORMAT_GI: rc = dicp_parse_gi(&p, text, n); break;
	default: LT_BUG("unhandled dictionary format");
	}
	if (rc < 0)
		goto out;
	out->n_categories = (uint32_t)p.cats.n;
	out->categories = arena_memdup(&out->arena, p.cats.v, p.cats.n * sizeof(*p.cats.v));
	out->n_terms = (uint32_t)p.terms.n;
	out->terms = arena_memdup(&out->arena, p.terms.v, p.terms.n * sizeof(*p.terms.v));
	rc = LT_OK;
out:
	if (rc < 0) {
		arena_release(&out->arena);
		dicfile_clear(out);
	}
	lt_vec_release(&p.cats);
	lt_vec_release(&p.terms);
	lt_vec_release(&p.number_cat);
	lt_vec_release(&p.line_cats);
	lt_vec_release(&p.line_weights);
	lt_vec_release(&p.text);
	free(p.mark);
	intern_release(&p.term_ids);
	intern_release(&p.numbers);
	intern_release(&p.warned);
	arena_release(&p.tmp);
	return rc;
}

int dicfile_load(struct dicfile *out, const char *path, struct lt_msgs *warnings,
		 struct lt_diag *d)
{
	dicfile_clear(out);
	struct reader_bytes b;
	LT_TRY(reader_read(path, "dictionary", 0, NULL, &b, d));
	int rc = dicfile_parse(out, path, b.data, b.len, warnings, d);
	free(b.data);
	return rc;
}

void dicfile_release(struct dicfile *f)
{
	if (!f)
		return;
	arena_release(&f->arena);
	dicfile_clear(f);
}

/* ------------------------------------------------------------ .lex text */

const char *dicfile_convert_term(const char *term, struct arena *a, const char **why)
{
	size_t n = strlen(term);
	struct token small[32];
	size_t maxt = tokenize_max_tokens(n);
	struct token *toks = maxt <= LT_ARRAY_SIZE(small) ? small
							    : xmalloc(xmul(maxt, sizeof(*toks)));
	size_t nt = tokenize(term, n, toks);
	char *o = NULL;
	if (nt == 0) {
		*why = "it has no letters or digits";
		goto out;
	}
	if (toks[nt - 1].clause != toks[0].clause) {
		*why = "punctuation between its words ends a clause, and an entry never "
		       "matches across a clause end";
		goto out;
	}
	/* every token gains at most '=' or '*' and a separator; two quotes */
	o = arena_alloc(a, n + 2 * nt + 3);
	size_t w = 1, k = 0;
	for (size_t i = 0; i < n;) {
		while (i < n && dicp_is_ws(term[i]))
			i++;
		size_t j = i;
		while (j < n && !dicp_is_ws(term[j]))
			j++;
		if (j == i)
			break;
		size_t e = j;
		while (e > i && term[e - 1] == '*')
			e--;
		bool star = e < j;
		if (memchr(term + i, '*', e - i)) {
			*why = "'*' is supported only at the end of a word";
			o = NULL;
			goto out;
		}
		size_t first = k;
		while (k < nt && toks[k].start < e)
			k++;
		if (star && (k == first || toks[k - 1].start + toks[k - 1].len != e)) {
			*why = "'*' must directly follow a letter or digit (lextab splits words "
			       "at punctuation such as '-')";
			o = NULL;
			goto out;
		}
		for (size_t t = first; t < k; t++) {
			bool prefix = star && t == k - 1;
			if (w > 1)
				o[w++] = ' ';
			if (!prefix)
				o[w++] = '=';
			memcpy(o + w, term + toks[t].start, toks[t].len);
			w += toks[t].len;
			if (prefix)
				o[w++] = '*';
		}
		i = j;
	}
	if (nt > 1) {
		o[0] = '"';
		o[w++] = '"';
		o[w] = '\0';
	} else {
		o[w] = '\0';
		o++;
	}
out:
	if (toks != small)
		free(toks);
	return o;
}

const char *dicfile_convert_name(const char *name, struct arena *a)
{
	size_t n = strlen(name);
	/* "KEY (Description)", as LIWC2015 names its categories */
	size_t k = 0;
	while (k < n && !dicp_is_ws(name[k]))
		k++;
	size_t q = k;
	while (q < n && dicp_is_ws(name[q]))
		q++;
	if (k > 0 && q > k && q < n && name[q] == '(' && name[n - 1] == ')')
		n = k;
	char *o = arena_alloc(a, n + 1);
	size_t w = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)name[i];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')
			o[w++] = (char)c;
		else if (w && o[w - 1] != '_')
			o[w++] = '_';
	}
	while (w && o[w - 1] == '_')
		w--;
	size_t lead = 0;
	while (lead < w && o[lead] == '_')
		lead++;
	o[w] = '\0';
	return o + lead;
}

/* Write s on a comment line: line ends and other controls become spaces. */
static void put_comment_text(FILE *out, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		putc(c < 0x20 || c == 0x7F ? ' ' : c, out);
	}
}

/* %.15g with '.' as the decimal point whatever LC_NUMERIC says. */
static void format_weight(char *buf, size_t cap, double w)
{
	snprintf(buf, cap, "%.15g", w);
	for (char *c = buf; *c; c++)
		if (*c == ',')
			*c = '.';
}

/* Is the entry the term itself, give or take '=' and the phrase quotes? */
static bool entry_is_term(const char *entry, const char *term)
{
	for (;;) {
		while (*entry == '=' || *entry == '"')
			entry++;
		if (!*entry || !*term)
			return !*entry && !*term;
		if (*entry++ != *term++)
			return false;
	}
}

static const char *base_name(const char *path)
{
	const char *b = strrchr(path, '/');
	return b ? b + 1 : path;
}

/*
 * The section name for category c from 'base' (its converted name, or its
 * path of converted names in a nested format; category_NUMBER when that is
 * empty); then _NUMBER, _NUMBER_2... appended until it is not in 'used'
 * (which holds the reserved names too). Added to 'used'.
 */
static const char *section_name(const struct dic_category *c, const char *base,
				struct intern *used, struct arena *a)
{
	char fallback[32];
	if (!base[0]) {
		snprintf(fallback, sizeof(fallback), "category_%u", c->number);
		base = fallback;
	}
	size_t bl = strlen(base);
	for (uint32_t k = 0;; k++) {
		char sfx[32] = "";
		if (k == 1)
			snprintf(sfx, sizeof(sfx), "_%u", c->number);
		else if (k > 1)
			snprintf(sfx, sizeof(sfx), "_%u_%u", c->number, k);
		size_t sl = strlen(sfx);
		char *name = arena_alloc(a, bl + sl + 1);
		memcpy(name, base, bl);
		memcpy(name + bl, sfx, sl + 1);
		size_t before = intern_count(used);
		intern_put(used, name, bl + sl);
		if (intern_count(used) != before)
			return name;
	}
}

bool dicfile_nested_names(enum dic_format format)
{
	return format == DIC_FORMAT_YAML || format == DIC_FORMAT_CAT;
}

/*
 * The converted name of category i; in a nested format, prefixed by its
 * parent's path and '.' ("africa.east.bi"). A part with nothing left is
 * "category_NUMBER". Parents come before children, so path[parent] is set.
 */
static const char *category_path(const struct dicfile *f, uint32_t i, const char **path,
				 struct arena *a)
{
	const struct dic_category *c = &f->categories[i];
	const char *own = dicfile_convert_name(c->name, a);
	if (!own[0]) {
		char *fb = arena_alloc(a, 32);
		snprintf(fb, 32, "category_%u", c->number);
		own = fb;
	}
	if (!dicfile_nested_names(f->format) || c->parent < 0)
		return own;
	const char *pp = path[c->parent];
	size_t pl = strlen(pp), ol = strlen(own);
	char *o = arena_alloc(a, pl + ol + 2);
	memcpy(o, pp, pl);
	o[pl] = '.';
	memcpy(o + pl + 1, own, ol + 1);
	return o;
}

const char *dicfile_lex_theme(const struct dicfile *f, struct arena *a)
{
	const char *base = base_name(f->path);
	const char *dot = strrchr(base, '.');
	const char *stem = arena_strndup(a, base, dot && dot != base ? (size_t)(dot - base)
								       : strlen(base));
	const char *theme = dicfile_convert_name(stem, a);
	return theme[0] ? theme : "liwc";
}

const char **dicfile_lex_names(const struct dicfile *f, struct arena *a)
{
	const char **names = arena_calloc(a, f->n_categories ? f->n_categories : 1,
					  sizeof(*names));
	struct intern used;
	intern_init(&used);
	intern_put(&used, "exclude", 7);
	intern_put(&used, "negators", 8);
	const char **path = xcalloc(f->n_categories ? f->n_categories : 1, sizeof(*path));
	for (uint32_t i = 0; i < f->n_categories; i++) {
		path[i] = category_path(f, i, path, a);
		if (!f->categories[i].is_group)
			names[i] = section_name(&f->categories[i], path[i], &used, a);
	}
	free(path);
	intern_release(&used);
	return names;
}

static bool is_liwc(enum dic_format fmt)
{
	return fmt == DIC_FORMAT_DIC || fmt == DIC_FORMAT_DICX;
}

/* How the header comment and description name a format. */
static const char *format_label(enum dic_format fmt)
{
	switch (fmt) {
	case DIC_FORMAT_DIC: return "LIWC .dic";
	case DIC_FORMAT_DICX: return "LIWC-22 .dicx";
	case DIC_FORMAT_YAML: return "quanteda YAML";
	case DIC_FORMAT_CAT: return "WordStat .cat";
	case DIC_FORMAT_TSV: return "Empath-style TSV";
	case DIC_FORMAT_GI: return "General Inquirer CSV";
	default: return "unknown";
	}
}

/* The comment block at the top of an imported file, and theme/description. */
static void write_header(const struct dicfile *f, FILE *out, const char *base, const char *theme)
{
	bool liwc = is_liwc(f->format);
	fprintf(out, "# lextab lexicon converted from the %s '", liwc ? "LIWC dictionary"
									 : "dictionary");
	put_comment_text(out, base);
	fprintf(out, "'\n# (%s: %u categor%s, %u term%s) by `lextab lexicon import`.\n",
		format_label(f->format), f->n_categories, f->n_categories == 1 ? "y" : "ies",
		f->n_terms, f->n_terms == 1 ? "" : "s");
	if (liwc)
		fputs("# LIWC matches a term without '*' as that whole word only, written =word\n"
		      "# here; word* stays a prefix; a term of several words is a \"phrase\".\n",
		      out);
	else
		fputs("# A term without '*' matches that whole word only, written =word here;\n"
		      "# word* stays a prefix; a term of several words is a \"phrase\".\n", out);
	if (dicfile_nested_names(f->format))
		fputs("# A nested category is named by its path of keys: parent.child.\n", out);
	if (f->n_conditional_skipped || f->n_undefined_refs)
		fprintf(out, "# Not converted: %u conditional entr%s, %u reference%s to "
			"undefined categories.\n", f->n_conditional_skipped,
			f->n_conditional_skipped == 1 ? "y" : "ies", f->n_undefined_refs,
			f->n_undefined_refs == 1 ? "" : "s");
	if (f->format == DIC_FORMAT_GI)
		fprintf(out, "# Senses: %u sense row%s merged into their word; %u word%s with "
			"senses in\n# different categories count%s for the categories of all "
			"senses.\n", f->n_senses_merged, f->n_senses_merged == 1 ? "" : "s",
			f->n_sense_conflicts, f->n_sense_conflicts == 1 ? "" : "s",
			f->n_sense_conflicts == 1 ? "s" : "");
	if (f->has_weights && !liwc)
		fputs("# Weights are kept in comments; lextab counts hits, unweighted.\n", out);
	fprintf(out, "theme: %s\ndescription: %s dictionary ", theme,
		liwc ? "LIWC" : format_label(f->format));
	put_comment_text(out, base);
	fputs("\n", out);
}

/* The comment line above a category's section (the only line for a group). */
static void write_category_comment(const struct dicfile *f, const struct dic_category *cat,
				   FILE *out)
{
	if (cat->is_group) {
		fputs(is_liwc(f->format) ? "# LIWC group (no number, no terms): "
					 : "# group (sub-categories only, no terms): ", out);
		put_comment_text(out, cat->name);
		fputs("\n", out);
		return;
	}
	switch (f->format) {
	case DIC_FORMAT_DIC: fprintf(out, "# LIWC category %u: ", cat->number); break;
	case DIC_FORMAT_DICX: fprintf(out, "# LIWC column %u: ", cat->number + 1); break;
	case DIC_FORMAT_GI: fprintf(out, "# column %u: ", cat->number + 2); break;
	default: fprintf(out, "# line %u: ", cat->line); break;
	}
	put_comment_text(out, cat->name);
	if (cat->parent >= 0) {
		fputs(" (within ", out);
		put_comment_text(out, f->categories[cat->parent].name);
		fputs(")", out);
	}
	fputs("\n", out);
}

int dicfile_write_lex(const struct dicfile *f, FILE *out, struct lt_msgs *warnings,
		      struct lt_diag *d)
{
	struct arena a;
	arena_init(&a);
	struct intern entries;
	intern_init(&entries);
	const char **conv = xcalloc(f->n_terms ? f->n_terms : 1, sizeof(*conv));
	const char **why = xcalloc(f->n_terms ? f->n_terms : 1, sizeof(*why));
	uint32_t *entry_id = xcalloc(f->n_terms ? f->n_terms : 1, sizeof(*entry_id));
	uint32_t *start = xcalloc((size_t)f->n_categories + 1, sizeof(*start));
	size_t n_refs = 0;

	/* each term converted once; warned once at its line */
	for (uint32_t i = 0; i < f->n_terms; i++) {
		const struct dic_term *t = &f->terms[i];
		conv[i] = dicfile_convert_term(t->text, &a, &why[i]);
		if (conv[i])
			entry_id[i] = intern_put(&entries, conv[i], strlen(conv[i]));
		else if (warnings)
			msgs_add(warnings, LT_SEV_WARNING, t->line, "term '%.*s%s' not converted: %s",
				 SHOW(t->text, strlen(t->text)), why[i]);
		n_refs += t->n_cats;
		for (uint32_t k = 0; k < t->n_cats; k++)
			start[t->cats[k] + 1]++;
	}
	/* terms of each category, in term order (counting sort) */
	for (uint32_t c = 0; c < f->n_categories; c++)
		start[c + 1] += start[c];
	uint32_t *fill = xmalloc(((size_t)f->n_categories + 1) * sizeof(*fill));
	memcpy(fill, start, ((size_t)f->n_categories + 1) * sizeof(*fill));
	uint32_t *list_t = xmalloc((n_refs ? n_refs : 1) * sizeof(*list_t));
	uint32_t *list_k = xmalloc((n_refs ? n_refs : 1) * sizeof(*list_k));
	for (uint32_t i = 0; i < f->n_terms; i++)
		for (uint32_t k = 0; k < f->terms[i].n_cats; k++) {
			uint32_t c = f->terms[i].cats[k];
			list_t[fill[c]] = i;
			list_k[fill[c]++] = k;
		}
	/* per entry: the category it was last written in, + 1; and by which term */
	uint32_t *seen_in = xcalloc(intern_count(&entries) + 1, sizeof(*seen_in));
	uint32_t *seen_by = xcalloc(intern_count(&entries) + 1, sizeof(*seen_by));

	const char *base = base_name(f->path);
	const char *theme = dicfile_lex_theme(f, &a);
	const char **names = dicfile_lex_names(f, &a);

	write_header(f, out, base, theme);

	for (uint32_t c = 0; c < f->n_categories; c++) {
		const struct dic_category *cat = &f->categories[c];
		fputs("\n", out);
		write_category_comment(f, cat, out);
		if (cat->is_group)
			continue;
		fprintf(out, "[%s]\n", names[c]);
		if (start[c] == start[c + 1])
			fputs("# (no terms)\n", out);
		for (uint32_t r = start[c]; r < start[c + 1]; r++) {
			uint32_t i = list_t[r];
			const struct dic_term *t = &f->terms[i];
			if (!conv[i]) {
				fputs("# not converted: ", out);
				put_comment_text(out, t->text);
				fprintf(out, " (%s)\n", why[i]);
				continue;
			}
			uint32_t e = entry_id[i];
			if (seen_in[e] == c + 1) {
				const struct dic_term *o = &f->terms[seen_by[e]];
				if (warnings)
					msgs_add(warnings, LT_SEV_WARNING, t->line,
						 "term '%.*s%s' gives the same entry as '%.*s%s' "
						 "(line %u) in category '%.*s%s': written once",
						 SHOW(t->text, strlen(t->text)),
						 SHOW(o->text, strlen(o->text)), o->line,
						 SHOW(cat->name, strlen(cat->name)));
				fputs("# same entry as above: ", out);
				put_comment_text(out, t->text);
				fputs("\n", out);
				continue;
			}
			seen_in[e] = c + 1;
			seen_by[e] = i;
			fputs(conv[i], out);
			bool note = !entry_is_term(conv[i], t->text);
			if (note || t->weights)
				fputs("\t# ", out);
			if (note) {
				fputs("LIWC: ", out);
				put_comment_text(out, t->text);
			}
			if (t->weights) {
				char wb[40];
				format_weight(wb, sizeof(wb), t->weights[list_k[r]]);
				fprintf(out, "%sweight %s", note ? "; " : "", wb);
			}
			fputs("\n", out);
		}
	}

	int rc = LT_OK;
	if (fflush(out) != 0 || ferror(out))
		rc = lt_diag_set(d, LT_EIO, "writing the .lex file failed: %s", strerror(errno));
	free(conv);
	free(why);
	free(entry_id);
	free(start);
	free(fill);
	free(list_t);
	free(list_k);
	free(seen_in);
	free(seen_by);
	intern_release(&entries);
	arena_release(&a);
	return rc;
}
