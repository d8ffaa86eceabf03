/* dic_yaml.c - quanteda-style YAML dictionaries, through libyaml (the only
 * file that includes <yaml.h>; see dicfile_int.h and
 * docs/dictionary-formats.md "quanteda YAML").
 *
 * The top level is a mapping of keys. A key whose value is a list (or one
 * scalar) is a category holding those words; a key whose value is a
 * mapping is a group of the keys inside it. Anchors and aliases, nested
 * lists inside a word list, and documents after the first are skipped
 * with a warning. Read with libyaml's event parser, so no tree is built
 * and nothing recurses; nesting is limited to YAML_MAX_DEPTH.
 *
 * libyaml allocates with malloc (it has no allocator hook); every event is
 * deleted before the next is read and the parser is deleted on every path.
 * Pure; one parser per call.
 */
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "dicfile_int.h"
#include "xalloc.h"
#include "banned.h"

#define YAML_MAX_DEPTH 100

enum frame_kind { FR_MAP, FR_SEQ, FR_SKIP };

struct frame {
	enum frame_kind kind;
	int32_t cat;          /* FR_MAP: the group (-1 at the top); FR_SEQ: the category */
	bool have_key;        /* FR_MAP: a key was read, its value comes next */
	bool skip_value;      /* FR_MAP: that key cannot be used; skip its value */
	uint32_t key;         /* FR_MAP: offset of the key in the key buffer */
	size_t key_len;
	uint32_t key_line;
	uint32_t depth;       /* FR_SKIP: open collections still to close */
};

struct yctx {
	struct parser *p;
	LT_VEC(struct frame) st;
	LT_VEC(char) keys;    /* key text, appended; one per open FR_MAP frame */
};

static uint32_t line_of(const yaml_event_t *e)
{
	return (uint32_t)(e->start_mark.line + 1);
}

static bool is_null(const yaml_event_t *e)
{
	const char *v = (const char *)e->data.scalar.value;
	size_t n = e->data.scalar.length;
	if (e->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return n == 0;
	return n == 0 || (n == 1 && v[0] == '~') ||
	       (n == 4 && (!memcmp(v, "null", 4) || !memcmp(v, "Null", 4) || !memcmp(v, "NULL", 4)));
}

static int push(struct yctx *y, enum frame_kind kind, int32_t cat, uint32_t line)
{
	if (y->st.n >= YAML_MAX_DEPTH)
		return dicp_fail(y->p, line, "YAML nested deeper than %d levels", YAML_MAX_DEPTH);
	struct frame f;
	memset(&f, 0, sizeof(f));
	f.kind = kind;
	f.cat = cat;
	f.depth = kind == FR_SKIP ? 1 : 0;
	f.key = (uint32_t)y->keys.n;
	lt_vec_push(&y->st, f);
	return LT_OK;
}

static void add_word(struct yctx *y, const yaml_event_t *e, uint32_t cat)
{
	if (is_null(e))
		return;
	size_t n = dicp_normalise(y->p, (const char *)e->data.scalar.value, e->data.scalar.length);
	if (n && memchr(y->p->text.v, '?', n))
		dicp_warn(y->p, line_of(e), "term '%.*s%s' skipped: quanteda's '?' glob (one "
			  "character) is not supported", SHOW(y->p->text.v, n));
	else if (n)
		dicp_add_term(y->p, y->p->text.v, n, line_of(e), &cat, NULL, 1);
}

/* The value of the key just read in the mapping frame f. */
static int map_value(struct yctx *y, struct frame *f, const yaml_event_t *e)
{
	struct parser *p = y->p;
	f->have_key = false;
	bool open = e->type == YAML_MAPPING_START_EVENT || e->type == YAML_SEQUENCE_START_EVENT;
	if (f->skip_value)
		return open ? push(y, FR_SKIP, -1, line_of(e)) : LT_OK;
	const char *key = y->keys.v + f->key;
	int32_t parent = f->cat;
	uint32_t line = f->key_line;
	if (e->type == YAML_ALIAS_EVENT) {
		dicp_warn(p, line_of(e), "the value of '%.*s%s' is a YAML alias: skipped (anchors "
			  "and aliases are not supported)", SHOW(key, f->key_len));
		return LT_OK;
	}
	uint32_t c = dicp_add_category(p, (uint32_t)p->cats.n + 1, key, f->key_len, parent,
				       e->type == YAML_MAPPING_START_EVENT, line);
	if (e->type == YAML_MAPPING_START_EVENT)
		return push(y, FR_MAP, (int32_t)c, line_of(e));
	if (e->type == YAML_SEQUENCE_START_EVENT)
		return push(y, FR_SEQ, (int32_t)c, line_of(e));
	add_word(y, e, c);
	return LT_OK;
}

static int map_event(struct yctx *y, struct frame *f, const yaml_event_t *e)
{
	if (f->have_key)
		return map_value(y, f, e);
	if (e->type == YAML_MAPPING_END_EVENT) {
		y->keys.n = f->key;
		y->st.n--;
		return LT_OK;
	}
	f->have_key = true;
	f->skip_value = false;
	f->key_line = line_of(e);
	y->keys.n = f->key;
	if (e->type == YAML_SCALAR_EVENT) {
		size_t n = dicp_normalise(y->p, (const char *)e->data.scalar.value,
					  e->data.scalar.length);
		if (n) {
			lt_vec_reserve(&y->keys, y->keys.n + n + 1);
			memcpy(y->keys.v + y->keys.n, y->p->text.v, n + 1);
			y->keys.n += n + 1;
			f->key_len = n;
			return LT_OK;
		}
		dicp_warn(y->p, f->key_line, "empty YAML key: its value is skipped");
	} else {
		dicp_warn(y->p, f->key_line, "a YAML key that is not plain text (a list, "
			  "mapping or alias): it and its value are skipped");
	}
	f->skip_value = true;
	if (e->type == YAML_MAPPING_START_EVENT || e->type == YAML_SEQUENCE_START_EVENT) {
		/* the key itself is a collection: skip it; the value is skipped after */
		LT_TRY(push(y, FR_SKIP, -1, f->key_line));
	}
	return LT_OK;
}

static int seq_event(struct yctx *y, struct frame *f, const yaml_event_t *e)
{
	struct parser *p = y->p;
	const char *cn = p->cats.v[f->cat].name;
	switch (e->type) {
	case YAML_SEQUENCE_END_EVENT:
		y->st.n--;
		return LT_OK;
	case YAML_SCALAR_EVENT:
		add_word(y, e, (uint32_t)f->cat);
		return LT_OK;
	case YAML_ALIAS_EVENT:
		dicp_warn(p, line_of(e), "a YAML alias in the words of '%.*s%s' is skipped "
			  "(anchors and aliases are not supported)", SHOW(cn, strlen(cn)));
		return LT_OK;
	default:
		dicp_warn(p, line_of(e), "a %s inside the words of '%.*s%s' is skipped (a word "
			  "list holds words; sub-categories are keys of a mapping)",
			  e->type == YAML_MAPPING_START_EVENT ? "mapping" : "list",
			  SHOW(cn, strlen(cn)));
		return push(y, FR_SKIP, -1, line_of(e));
	}
}

/* One event after the top-level mapping opened; *done at its end. */
static int event(struct yctx *y, const yaml_event_t *e, bool *done)
{
	struct frame *f = &y->st.v[y->st.n - 1];
	int rc;
	if (f->kind == FR_SKIP) {
		if (e->type == YAML_MAPPING_START_EVENT || e->type == YAML_SEQUENCE_START_EVENT)
			f->depth++;
		else if (e->type == YAML_MAPPING_END_EVENT || e->type == YAML_SEQUENCE_END_EVENT)
			if (--f->depth == 0)
				y->st.n--;
		rc = LT_OK;
	} else if (f->kind == FR_MAP) {
		rc = map_event(y, f, e);
	} else {
		rc = seq_event(y, f, e);
	}
	*done = y->st.n == 0;
	return rc;
}

static int yaml_error(struct parser *p, const yaml_parser_t *yp)
{
	const char *what = yp->problem ? yp->problem : "cannot be parsed";
	if (yp->context)
		return dicp_fail(p, (uint32_t)yp->problem_mark.line + 1, "YAML: %s %s", yp->context,
				 what);
	return dicp_fail(p, (uint32_t)yp->problem_mark.line + 1, "YAML: %s", what);
}

int dicp_parse_yaml(struct parser *p, const char *buf, size_t len)
{
	p->listed = true;
	yaml_parser_t yp;
	if (!yaml_parser_initialize(&yp))
		LT_BUG("yaml_parser_initialize failed");
	yaml_parser_set_input_string(&yp, (const unsigned char *)buf, len);
	yaml_parser_set_encoding(&yp, YAML_UTF8_ENCODING);
	struct yctx y;
	memset(&y, 0, sizeof(y));
	y.p = p;
	int rc = LT_OK;
	bool started = false, done = false;
	uint32_t last = 1;
	while (rc == LT_OK && !done) {
		yaml_event_t e;
		if (!yaml_parser_parse(&yp, &e)) {
			rc = yaml_error(p, &yp);
			break;
		}
		last = line_of(&e);
		if (e.type == YAML_STREAM_END_EVENT) {
			done = true;
		} else if (started) {
			rc = event(&y, &e, &done);
		} else if (e.type == YAML_MAPPING_START_EVENT) {
			started = true;
			rc = push(&y, FR_MAP, -1, last);
		} else if (e.type == YAML_SCALAR_EVENT || e.type == YAML_SEQUENCE_START_EVENT ||
			   e.type == YAML_ALIAS_EVENT) {
			rc = dicp_fail(p, last, "the top level of a YAML dictionary must be a "
				       "mapping of category names (key: [words])");
		}
		yaml_event_delete(&e);
	}
	if (rc == LT_OK && started) {
		/* anything after the first document is not read */
		yaml_event_t e;
		if (yaml_parser_parse(&yp, &e)) {
			if (e.type == YAML_DOCUMENT_END_EVENT) {
				yaml_event_delete(&e);
				if (yaml_parser_parse(&yp, &e) && e.type == YAML_DOCUMENT_START_EVENT)
					dicp_warn(p, line_of(&e), "only the first YAML document is "
						  "read: the rest of the file is ignored");
			}
			yaml_event_delete(&e);
		}
	}
	yaml_parser_delete(&yp);
	lt_vec_release(&y.st);
	lt_vec_release(&y.keys);
	if (rc == LT_OK && !p->cats.n)
		rc = dicp_fail(p, last, "no category: a YAML dictionary is a mapping of category "
			       "names to lists of words");
	if (rc == LT_OK)
		dicp_check_names(p);
	return rc;
}
