/* segment.c - transcript text -> speakers and turns (see segment.h).
 *
 * One pass over the lines, no recursion. Turn texts go into a single arena
 * buffer sized from the input: every byte written (text, the space joining
 * two pieces, a turn's NUL) is paid for by an input byte of the same line
 * (its text, its line end, or the label or markup that was removed), and
 * removing markup or decoding an entity only shrinks text, so len + 1
 * bytes suffice and turn texts never move. Labels are deduplicated through
 * an intern table local to the call; the speaker and turn arrays grow on
 * the heap and are copied into the arena at the end.
 *
 * The standard label rule is a hand-written scanner (docs/input-formats.md
 * has the grammar): a line without ':' in its first LABEL_WINDOW bytes is
 * rejected by one memchr, so ordinary text costs a few nanoseconds a line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "segment.h"
#include "intern.h"
#include "xalloc.h"
#include "banned.h"

/* Standard label rule limits (documented in docs/input-formats.md). */
#define LABEL_WINDOW 256     /* the ':' must lie within this many bytes */
#define LABEL_MAX_WORD 40    /* a one-word label */
#define LABEL_MAX_WORDS 5
#define LABEL_MAX_MULTI 60   /* a label of several words, spaces included */
#define LABEL_MAX_NAME 100   /* the Name of "Role (Name):" */
#define FRONT_MATTER_MAX_LINES 200
#define MARKUP_MAX 256       /* longest tag or {\...} override we remove */

/* ------------------------------------------------------------------ */
/* Label rules                                                         */
/* ------------------------------------------------------------------ */

struct rule_attr {
	char *key;       /* group name, ASCII lower case */
	uint32_t group;
};

struct seg_rules {
	struct rx *rx;                 /* NULL: the standard label rule */
	uint32_t n_groups;             /* capture groups of rx */
	uint32_t *label_groups;        /* groups giving the label, tried in order */
	uint32_t n_label_groups;       /* 0: the whole match is the label */
	struct rule_attr *attrs;       /* the other named groups, sorted by key */
	uint32_t n_attrs;
};

struct name_entry {
	char *name;
	uint32_t group;
};

struct name_list {
	LT_VEC(struct name_entry) v;
};

static void collect_name(const char *name, uint32_t group, void *ctx)
{
	struct name_list *nl = ctx;
	size_t n = strlen(name);
	struct name_entry e = { xstrndup(name, n), group };
	for (size_t i = 0; i < n; i++)
		if (e.name[i] >= 'A' && e.name[i] <= 'Z')
			e.name[i] = (char)(e.name[i] - 'A' + 'a');
	lt_vec_push(&nl->v, e);
}

static int cmp_rule_attr(const void *a, const void *b)
{
	const struct rule_attr *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (c)
		return c;
	return x->group < y->group ? -1 : x->group > y->group;
}

int seg_rules_new(struct seg_rules **out, const char *speaker_pattern,
		  struct lt_diag *d)
{
	*out = NULL;
	struct seg_rules *r = xcalloc(1, sizeof(*r));
	if (!speaker_pattern) {
		*out = r;
		return LT_OK;
	}
	if (!speaker_pattern[0]) {
		seg_rules_free(r);
		return lt_diag_set(d, LT_EUSAGE, "--speaker-pattern: empty pattern");
	}
	struct lt_diag rd;
	lt_diag_init(&rd);
	if (rx_compile(&r->rx, speaker_pattern, strlen(speaker_pattern), RX_ANCHORED,
		       &rd) < 0) {
		seg_rules_free(r);
		return lt_diag_set(d, LT_EUSAGE, "--speaker-pattern: %s", rd.msg);
	}
	r->n_groups = rx_capture_count(r->rx);

	struct name_list nl = { { NULL, 0, 0 } };
	rx_each_name(r->rx, collect_name, &nl);
	r->label_groups = xcalloc(nl.v.n + 1, sizeof(*r->label_groups));
	r->attrs = xcalloc(nl.v.n + 1, sizeof(*r->attrs));
	for (size_t i = 0; i < nl.v.n; i++)
		if (!strcmp(nl.v.v[i].name, "speaker"))
			r->label_groups[r->n_label_groups++] = nl.v.v[i].group;
	if (!r->n_label_groups && r->n_groups >= 1)
		r->label_groups[r->n_label_groups++] = 1;
	for (size_t i = 0; i < nl.v.n; i++) {
		bool is_label = false;
		for (uint32_t j = 0; j < r->n_label_groups; j++)
			if (r->label_groups[j] == nl.v.v[i].group)
				is_label = true;
		if (is_label || !strcmp(nl.v.v[i].name, "speaker")) {
			free(nl.v.v[i].name);
			continue;
		}
		r->attrs[r->n_attrs].key = nl.v.v[i].name;
		r->attrs[r->n_attrs].group = nl.v.v[i].group;
		r->n_attrs++;
	}
	qsort(r->attrs, r->n_attrs, sizeof(*r->attrs), cmp_rule_attr);
	lt_vec_release(&nl.v);
	*out = r;
	return LT_OK;
}

void seg_rules_free(struct seg_rules *r)
{
	if (!r)
		return;
	rx_free(r->rx);
	for (uint32_t i = 0; i < r->n_attrs; i++)
		free(r->attrs[i].key);
	free(r->attrs);
	free(r->label_groups);
	free(r);
}

uint32_t seg_rules_max_groups(const struct seg_rules *r)
{
	return r->n_groups;
}

/* ------------------------------------------------------------------ */
/* Characters                                                          */
/* ------------------------------------------------------------------ */

static inline bool is_hspace(char c)
{
	return c == ' ' || c == '\t';
}

static inline bool is_digit(char c)
{
	return (unsigned char)(c - '0') < 10;
}

static inline bool is_upper(char c)
{
	return (unsigned char)(c - 'A') < 26;
}

static inline bool is_lower(char c)
{
	return (unsigned char)(c - 'a') < 26;
}

static inline char to_lower(char c)
{
	return is_upper(c) ? (char)(c - 'A' + 'a') : c;
}

/* Decode the code point at p (valid UTF-8 expected); 0 bytes if cut by end. */
static size_t utf8_at(const char *p, const char *end, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t avail = (size_t)(end - p);
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	size_t n = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 1;
	if (n > avail || n == 1) {
		*cp = 0xFFFD;
		return n > avail ? 0 : 1;
	}
	uint32_t c = s[0] & (0x7F >> n);
	for (size_t i = 1; i < n; i++)
		c = (c << 6) | (s[i] & 0x3F);
	*cp = c;
	return n;
}

/*
 * Length of the white-space character at p, 0 if none: ASCII space, tab,
 * VT, FF, CR, and U+00A0, U+1680, U+2000-U+200B, U+2028, U+2029, U+202F,
 * U+205F, U+3000, U+FEFF.
 */
static size_t space_at(const char *p, const char *end)
{
	unsigned char c = (unsigned char)*p;
	if (c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r')
		return 1;
	if (c < 0xC2)
		return 0;
	uint32_t cp;
	size_t n = utf8_at(p, end, &cp);
	if (n == 0)
		return 0;
	if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 ||
	    cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF)
		return n;
	return 0;
}

/* Start of the code point that ends just before p (p > start). */
static const char *utf8_prev(const char *start, const char *p)
{
	const char *q = p - 1;
	while (q > start && p - q < 4 && ((unsigned char)*q & 0xC0) == 0x80)
		q--;
	return q;
}

static void trim(const char **b, const char **e)
{
	const char *s = *b, *t = *e;
	size_t n;
	while (s < t && (n = space_at(s, t)) > 0)
		s += n;
	while (t > s) {
		const char *q = utf8_prev(s, t);
		if (space_at(q, t) != (size_t)(t - q))
			break;
		t = q;
	}
	*b = s;
	*e = t;
}

static bool is_blank(const char *b, const char *e)
{
	trim(&b, &e);
	return b == e;
}

/* ------------------------------------------------------------------ */
/* The standard label rule                                             */
/* ------------------------------------------------------------------ */

enum wcase {
	WC_NONE = 0,   /* not a word character */
	WC_UPPER,
	WC_LOWER,
	WC_UNCASED,    /* a letter of a script without case (or not known to us) */
	WC_DIGIT,
	WC_INNER       /* . - _ ' and U+2019, U+2010, U+2011 */
};

/* Case of a letter outside ASCII: Latin-1, Latin Extended-A, Greek, Cyrillic. */
static enum wcase cp_case(uint32_t cp)
{
	if (cp >= 0xC0 && cp <= 0xDE)
		return WC_UPPER;
	if (cp >= 0xDF && cp <= 0xFF)
		return WC_LOWER;
	if (cp >= 0x100 && cp <= 0x17F) {
		if (cp == 0x138 || cp == 0x149 || cp == 0x17F)
			return WC_LOWER;
		if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
			return (cp & 1) ? WC_UPPER : WC_LOWER;
		return (cp & 1) ? WC_LOWER : WC_UPPER;
	}
	if (cp >= 0x386 && cp <= 0x3AB)
		return WC_UPPER;
	if (cp >= 0x3AC && cp <= 0x3CE)
		return WC_LOWER;
	if (cp >= 0x400 && cp <= 0x42F)
		return WC_UPPER;
	if (cp >= 0x430 && cp <= 0x45F)
		return WC_LOWER;
	return WC_UNCASED;
}

/* Class of the label-word character at p and its length in *n (0: none). */
static enum wcase word_char(const char *p, const char *end, size_t *n)
{
	char c = *p;
	*n = 1;
	if (is_upper(c))
		return WC_UPPER;
	if (is_lower(c))
		return WC_LOWER;
	if (is_digit(c))
		return WC_DIGIT;
	if (c == '.' || c == '-' || c == '_' || c == '\'')
		return WC_INNER;
	if ((unsigned char)c < 0x80) {
		*n = 0;
		return WC_NONE;
	}
	uint32_t cp;
	*n = utf8_at(p, end, &cp);
	if (*n == 0)
		return WC_NONE;
	if (cp == 0x2019 || cp == 0x2010 || cp == 0x2011)
		return WC_INNER;
	if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0x1680 ||
	    (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x2190 && cp <= 0x2BFF) ||
	    (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
	    (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
	    (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) ||
	    cp == 0xFEFF || cp == 0xFFFD || (cp >= 0x1F000 && cp <= 0x1FAFF)) {
		*n = 0;
		return WC_NONE;
	}
	return cp_case(cp);
}

/* Lower-case words allowed inside a label of several words. */
static bool is_connector(const char *w, size_t n)
{
	static const struct {
		char s[6];
		uint8_t n;
	} words[] = {
		{ "of", 2 }, { "and", 3 }, { "the", 3 }, { "for", 3 }, { "de", 2 },
		{ "del", 3 }, { "della", 5 }, { "der", 3 }, { "den", 3 }, { "des", 3 },
		{ "du", 2 }, { "da", 2 }, { "di", 2 }, { "la", 2 }, { "le", 2 },
		{ "van", 3 }, { "von", 3 }, { "y", 1 }, { "&", 1 }
	};
	if (n > 5 || !(is_lower(*w) || *w == '&'))
		return false;
	for (size_t i = 0; i < LT_ARRAY_SIZE(words); i++)
		if (words[i].n == n && !memcmp(words[i].s, w, n))
			return true;
	return false;
}

struct word_info {
	enum wcase first;   /* class of the first character */
	bool letter;        /* has a letter */
	bool digits;        /* only digits */
	bool connector;
};

/*
 * Scan label words at *sp (within [.., end)): words of word characters
 * separated by runs of spaces/tabs, up to the first ':', '(' or '*' after
 * optional spaces. On success *sp is at that character, *lend at the end of
 * the last word, and the words pass the standard rule's checks.
 */
static bool scan_words(const char **sp, const char *end, const char **lend)
{
	const char *s = *sp, *start = *sp;
	struct word_info w[LABEL_MAX_WORDS];
	uint32_t n_words = 0;
	for (;;) {
		const char *ws = s;
		struct word_info wi = { WC_NONE, false, true, false };
		if (*s == '&') {
			s++;
		} else {
			size_t n;
			enum wcase c;
			while (s < end && (c = word_char(s, end, &n)) != WC_NONE) {
				if (s == ws)
					wi.first = c;
				if (c == WC_UPPER || c == WC_LOWER || c == WC_UNCASED)
					wi.letter = true;
				if (c != WC_DIGIT)
					wi.digits = false;
				s += n;
			}
		}
		if (s == ws)
			return false;
		wi.connector = is_connector(ws, (size_t)(s - ws));
		if (n_words == LABEL_MAX_WORDS)
			return false;
		w[n_words++] = wi;
		const char *we = s;
		while (s < end && is_hspace(*s))
			s++;
		if (s >= end)
			return false;
		if (*s == ':' || *s == '(' || *s == '*') {
			*lend = we;
			*sp = s;
			break;
		}
		if (s == we)
			return false;
	}
	size_t label_len = (size_t)(*lend - start);
	bool any_letter = false;
	for (uint32_t i = 0; i < n_words; i++)
		any_letter |= w[i].letter;
	if (!any_letter || w[0].first == WC_INNER)
		return false;
	if (n_words == 1)
		return label_len <= LABEL_MAX_WORD;
	if (label_len > LABEL_MAX_MULTI || w[n_words - 1].connector)
		return false;
	if (w[0].first == WC_LOWER && !w[0].connector) {
		/* "interviewer 1": a lower-case word and a number */
		for (uint32_t i = 1; i < n_words; i++)
			if (!w[i].digits)
				return false;
		return true;
	}
	if (w[0].connector || (w[0].first != WC_UPPER && w[0].first != WC_UNCASED &&
			       w[0].first != WC_DIGIT))
		return false;
	for (uint32_t i = 1; i < n_words; i++) {
		enum wcase f = w[i].first;
		if (f == WC_UPPER || f == WC_UNCASED || f == WC_DIGIT || w[i].connector)
			continue;
		return false;
	}
	return true;
}

/* End of a clock time at p (H:MM, HH:MM:SS, optional .fff or ,fff); NULL if none. */
static const char *clock_end(const char *p, const char *end)
{
	const char *s = p;
	while (s < end && s - p < 3 && is_digit(*s))
		s++;
	if (s == p || (s < end && is_digit(*s)))
		return NULL;
	int groups = 0;
	while (groups < 2 && end - s >= 3 && s[0] == ':' && is_digit(s[1]) && is_digit(s[2]) &&
	       !(end - s > 3 && is_digit(s[3]))) {
		s += 3;
		groups++;
	}
	if (!groups)
		return NULL;
	if (end - s >= 2 && (s[0] == '.' || s[0] == ',') && is_digit(s[1])) {
		const char *f = ++s;
		while (s < end && s - f < 6 && is_digit(*s))
			s++;
	}
	if (s < end && is_digit(*s))
		return NULL;
	return s;
}

/*
 * End of a timestamp at p: "[clock]", "(clock)" or a bare clock followed
 * by white space or the end; NULL if there is none.
 */
static const char *timestamp_end(const char *p, const char *end)
{
	if (p >= end)
		return NULL;
	if (*p == '[' || *p == '(') {
		char close = *p == '[' ? ']' : ')';
		const char *s = p + 1;
		while (s < end && is_hspace(*s))
			s++;
		s = clock_end(s, end);
		if (!s)
			return NULL;
		while (s < end && is_hspace(*s))
			s++;
		return s < end && *s == close ? s + 1 : NULL;
	}
	const char *s = clock_end(p, end);
	if (s && (s == end || is_hspace(*s)))
		return s;
	return NULL;
}

/* Whole of [b, e) is a clock time (after trimming spaces). */
static bool is_clock(const char *b, const char *e)
{
	trim(&b, &e);
	const char *t = clock_end(b, e);
	return t && t == e;
}

struct label_hit {
	const char *label, *label_end;  /* trimmed */
	const char *role, *role_end;    /* "Role (Name):" form; NULL otherwise */
	const char *text;               /* turn text start (label: after it; else
					 * after a leading timestamp) */
};

/*
 * The standard label rule on the line [line, end). Returns true on a label;
 * either way h->text is where the turn text starts.
 */
static bool std_label(const char *line, const char *end, struct label_hit *h)
{
	const char *s = line;
	size_t k;
	while (s < end && (k = space_at(s, end)) > 0)
		s += k;
	const char *t = timestamp_end(s, end);
	if (t) {
		s = t;
		while (s < end && is_hspace(*s))
			s++;
	}
	h->text = s;
	h->role = h->role_end = NULL;
	const char *win = end - s > LABEL_WINDOW ? s + LABEL_WINDOW : end;
	if (s >= win || !memchr(s, ':', (size_t)(win - s)))
		return false;

	bool bold = false, closed = false;
	if (win - s >= 2 && s[0] == '*' && s[1] == '*') {
		bold = true;
		s += 2;
		if (!t && (t = timestamp_end(s, win)) != NULL) {
			s = t;
			while (s < win && is_hspace(*s))
				s++;
		}
	}
	if (s >= win)
		return false;
	const char *lbeg = s, *lend;
	if (!scan_words(&s, win, &lend))
		return false;
	h->label = lbeg;
	h->label_end = lend;
	if (*s == '(') {
		const char *ib = s + 1, *q = ib;
		while (q < win && *q != ')' && *q != '(' && q - ib <= LABEL_MAX_NAME + 40)
			q++;
		if (q >= win || *q != ')')
			return false;
		const char *ie = q;
		if (!is_clock(ib, ie)) {
			trim(&ib, &ie);
			if (ib == ie || memchr(ib, ':', (size_t)(ie - ib)) ||
			    ie - ib > LABEL_MAX_NAME)
				return false;
			size_t n;
			enum wcase c = word_char(ib, ie, &n);
			if (c == WC_UPPER || c == WC_UNCASED) {
				h->role = lbeg;
				h->role_end = lend;
				h->label = ib;
				h->label_end = ie;
			}
			/* otherwise a note such as "(laughs)": dropped */
		}
		s = q + 1;
		while (s < win && is_hspace(*s))
			s++;
	}
	if (bold && win - s >= 2 && s[0] == '*' && s[1] == '*') {
		closed = true;
		s += 2;
		while (s < win && is_hspace(*s))
			s++;
	}
	if (s >= win || *s != ':')
		return false;
	s++;
	if (bold && !closed && end - s >= 2 && s[0] == '*' && s[1] == '*')
		s += 2;
	if (s < end && !space_at(s, end))
		return false;
	h->text = s;
	return true;
}

bool seg_is_interviewer_label(const char *label, size_t len)
{
	static const char *const names[] = {
		"interviewer", "interviewers", "int", "i", "q", "moderator",
		"facilitator", "researcher"
	};
	while (len && (is_hspace(*label)))
		label++, len--;
	while (len && (is_digit(label[len - 1]) || is_hspace(label[len - 1])))
		len--;
	if (len >= 3 && (is_upper(label[len - 1]) || is_lower(label[len - 1])) &&
	    is_hspace(label[len - 2])) {
		len -= 2;
		while (len && is_hspace(label[len - 1]))
			len--;
	}
	for (size_t i = 0; i < LT_ARRAY_SIZE(names); i++) {
		if (strlen(names[i]) != len)
			continue;
		size_t j = 0;
		while (j < len && to_lower(label[j]) == names[i][j])
			j++;
		if (j == len)
			return true;
	}
	return false;
}

/* ------------------------------------------------------------------ */
/* Parser state: speakers, turns, output text                          */
/* ------------------------------------------------------------------ */

struct seg_state {
	const struct seg_rules *r;
	struct rx_scratch *rs;
	struct arena *a;
	struct lt_msgs *msgs;
	char *out;                     /* turn texts, in the arena */
	size_t out_len, out_cap;
	bool open;                     /* the last turn's text is not terminated yet */
	LT_VEC(struct turn) turns;
	LT_VEC(struct speaker) speakers;
	LT_VEC(bool) warned;           /* per speaker: attribute conflict reported */
	struct intern labels;
	LT_VEC(struct kv) attr_tmp;    /* attributes of the current label */
	LT_VEC(char *) attr_own;       /* heap copies behind attr_tmp values */
	char *buf;                     /* caption line scratch: cleaned text | names */
	size_t buf_cap;
	struct voice {
		size_t pos;            /* offset in the cleaned text */
		size_t name, name_len; /* offset and length in the names part */
	} *voices;
	size_t voices_cap;
	uint32_t n_limit, first_limit_line;
	bool too_long_warned;
};

static void out_put(struct seg_state *st, const char *s, size_t n)
{
	if (n > st->out_cap - st->out_len)
		LT_BUG("segment: turn text buffer overflow");
	memcpy(st->out + st->out_len, s, n);
	st->out_len += n;
}

static void turn_close(struct seg_state *st)
{
	if (st->open) {
		out_put(st, "", 1);
		st->open = false;
	}
}

static void turn_open(struct seg_state *st, uint32_t speaker, uint32_t line)
{
	turn_close(st);
	if (st->turns.n >= UINT32_MAX - 1)
		LT_BUG("segment: too many turns");
	struct turn t = { speaker, line, st->out + st->out_len, 0 };
	lt_vec_push(&st->turns, t);
	st->open = true;
}

/* Append text[0..n) (trimmed by the caller) to the open turn. */
static void turn_append(struct seg_state *st, const char *text, size_t n, uint32_t line)
{
	struct turn *t = &st->turns.v[st->turns.n - 1];
	if (!n)
		return;
	if ((uint64_t)t->len + n + 1 >= UINT32_MAX) {
		if (!st->too_long_warned && st->msgs)
			msgs_add(st->msgs, LT_SEV_WARNING, line,
				 "turn longer than 4 GiB; the rest of it is dropped");
		st->too_long_warned = true;
		return;
	}
	if (t->len)
		out_put(st, " ", 1);
	out_put(st, text, n);
	t->len += (uint32_t)(t->len ? n + 1 : n);
}

static bool kv_equal(const struct kv *a, uint32_t na, const struct kv *b, uint32_t nb)
{
	if (na != nb)
		return false;
	for (uint32_t i = 0; i < na; i++)
		if (strcmp(a[i].key, b[i].key) || strcmp(a[i].value, b[i].value))
			return false;
	return true;
}

/* Give speaker id the attributes in st->attr_tmp (copied into the arena). */
static void speaker_set_attrs(struct seg_state *st, uint32_t id)
{
	const struct kv *attrs = st->attr_tmp.v;
	uint32_t n = (uint32_t)st->attr_tmp.n;
	struct speaker *s = &st->speakers.v[id];
	s->attrs.v = arena_calloc(st->a, n, sizeof(struct kv));
	s->attrs.n = n;
	for (uint32_t i = 0; i < n; i++) {
		s->attrs.v[i].key = arena_strndup(st->a, attrs[i].key, strlen(attrs[i].key));
		s->attrs.v[i].value = arena_strndup(st->a, attrs[i].value,
						    strlen(attrs[i].value));
	}
}

/*
 * Index of the speaker 'label' (trimmed), adding it on first sight with
 * the attributes in st->attr_tmp (sorted by key, unique; borrowed until
 * this call returns). An occurrence without attributes never conflicts;
 * the first occurrence with attributes sets them; a later one with other
 * values is reported once and ignored.
 */
static uint32_t speaker_get(struct seg_state *st, const char *label, size_t len,
			    uint32_t line)
{
	uint32_t id = intern_put(&st->labels, label, len);
	uint32_t n_attrs = (uint32_t)st->attr_tmp.n;
	if (id < st->speakers.n) {
		struct speaker *sp = &st->speakers.v[id];
		if (!n_attrs || kv_equal(sp->attrs.v, sp->attrs.n, st->attr_tmp.v, n_attrs))
			return id;
		if (!sp->attrs.n) {
			speaker_set_attrs(st, id);
			return id;
		}
		if (!st->warned.v[id] && st->msgs)
			msgs_add(st->msgs, LT_SEV_WARNING, line,
				 "speaker '%s' seen with different attributes; keeping the first",
				 sp->label);
		st->warned.v[id] = true;
		return id;
	}
	if (id != st->speakers.n)
		LT_BUG("segment: speaker ids out of step");
	struct speaker sp = { arena_strndup(st->a, label, len), { NULL, 0 },
			      len && seg_is_interviewer_label(label, len) };
	lt_vec_push(&st->speakers, sp);
	lt_vec_push(&st->warned, false);
	if (n_attrs)
		speaker_set_attrs(st, id);
	return id;
}

/* Text without a label: continue the open turn, else start speaker "". */
static void continue_turn(struct seg_state *st, const char *b, const char *e, uint32_t line)
{
	trim(&b, &e);
	if (b == e)
		return;
	if (!st->turns.n) {
		st->attr_tmp.n = 0;
		turn_open(st, speaker_get(st, "", 0, line), line);
	}
	turn_append(st, b, (size_t)(e - b), line);
}

/* A labelled piece: a new turn, or with merge the open turn of the same speaker. */
static void labelled_turn(struct seg_state *st, uint32_t speaker, const char *b,
			  const char *e, uint32_t line, bool merge)
{
	trim(&b, &e);
	if (!merge || !st->turns.n || st->turns.v[st->turns.n - 1].speaker != speaker)
		turn_open(st, speaker, line);
	turn_append(st, b, (size_t)(e - b), line);
}

/* ------------------------------------------------------------------ */
/* Applying a label rule to one line                                   */
/* ------------------------------------------------------------------ */

/*
 * Run the label rule on [b, e). On a label returns true with *speaker set
 * (attributes registered) and *text at the turn text; otherwise *text is
 * where continuation text starts.
 */
static bool line_label(struct seg_state *st, const char *b, const char *e, uint32_t line,
		       uint32_t *speaker, const char **text)
{
	st->attr_tmp.n = 0;
	if (!st->r->rx) {
		struct label_hit h;
		bool hit = std_label(b, e, &h);
		*text = h.text;
		if (!hit)
			return false;
		if (h.role) {
			const char *rb = h.role, *re = h.role_end;
			/* role, label: both borrowed from the line; copied in speaker_get */
			char *v = xstrndup(rb, (size_t)(re - rb));
			struct kv kv = { "role", v };
			lt_vec_push(&st->attr_tmp, kv);
			*speaker = speaker_get(st, h.label, (size_t)(h.label_end - h.label), line);
			free(v);
		} else {
			*speaker = speaker_get(st, h.label, (size_t)(h.label_end - h.label), line);
		}
		return true;
	}

	*text = b;
	int rc = rx_match(st->r->rx, st->rs, b, (size_t)(e - b), 0, false);
	if (rc != RX_MATCH) {
		if (rc != RX_NOMATCH) {
			if (!st->n_limit++)
				st->first_limit_line = line;
			if (st->n_limit == 1 && st->msgs)
				msgs_add(st->msgs, LT_SEV_WARNING, line,
					 "--speaker-pattern: %s; line read as a continuation",
					 rc == RX_ELIMIT ? "match limit hit" : "matching failed");
		}
		return false;
	}
	size_t mb, me, lb = 0, le = 0;
	rx_group(st->rs, 0, &mb, &me);
	bool have = false;
	for (uint32_t i = 0; i < st->r->n_label_groups && !have; i++)
		have = rx_group(st->rs, st->r->label_groups[i], &lb, &le);
	if (!st->r->n_label_groups) {
		lb = mb;
		le = me;
		have = true;
	}
	if (!have)
		return false;
	const char *lab = b + lb, *lab_end = b + le;
	trim(&lab, &lab_end);
	if (lab == lab_end)
		return false;

	for (uint32_t i = 0; i < st->r->n_attrs; i++) {
		const struct rule_attr *ra = &st->r->attrs[i];
		if (st->attr_tmp.n && !strcmp(st->attr_tmp.v[st->attr_tmp.n - 1].key, ra->key))
			continue; /* a duplicate name: the first group that took part wins */
		size_t vb, ve;
		if (!rx_group(st->rs, ra->group, &vb, &ve))
			continue;
		const char *p = b + vb, *q = b + ve;
		trim(&p, &q);
		if (p == q)
			continue;
		char *v = xstrndup(p, (size_t)(q - p));
		struct kv kv = { ra->key, v };
		lt_vec_push(&st->attr_own, v);
		lt_vec_push(&st->attr_tmp, kv);
	}
	*speaker = speaker_get(st, lab, (size_t)(lab_end - lab), line);
	for (size_t i = 0; i < st->attr_own.n; i++)
		free(st->attr_own.v[i]);
	st->attr_own.n = 0;
	st->attr_tmp.n = 0;
	*text = b + me;
	return true;
}

/* ------------------------------------------------------------------ */
/* Front matter and plain text                                         */
/* ------------------------------------------------------------------ */

static bool line_is(const char *b, const char *e, const char *what)
{
	size_t n = strlen(what);
	if ((size_t)(e - b) < n || memcmp(b, what, n))
		return false;
	return is_blank(b + n, e);
}

static const char *line_end(const char *p, const char *end)
{
	const char *q = memchr(p, '\n', (size_t)(end - p));
	return q ? q : end;
}

static int cmp_kv_key(const void *a, const void *b)
{
	const struct kv *x = a, *y = b;
	return strcmp(x->key, y->key);
}

/*
 * Front matter at the start of text. Returns the offset where the body
 * starts (0 when there is none) and sets *next_line to its line number.
 */
static size_t front_matter(struct seg_state *st, const char *text, size_t len,
			   struct parsed_doc *out, uint32_t *next_line)
{
	const char *end = text + len, *e = line_end(text, end);
	*next_line = 1;
	if (!line_is(text, e, "---") || e == end)
		return 0;
	/* find the closing line first: without it this is not front matter */
	const char *p = e + 1, *close = NULL;
	uint32_t line = 2;
	for (; p < end && line <= FRONT_MATTER_MAX_LINES; line++) {
		const char *le = line_end(p, end);
		if (line_is(p, le, "---") || line_is(p, le, "...")) {
			close = p;
			break;
		}
		p = le < end ? le + 1 : end;
	}
	if (!close) {
		if (st->msgs)
			msgs_add(st->msgs, LT_SEV_WARNING, 1,
				 "front matter not closed by '---' within %d lines; read as text",
				 FRONT_MATTER_MAX_LINES);
		return 0;
	}
	LT_VEC(struct kv) kvs = { NULL, 0, 0 };
	line = 2;
	for (p = e + 1; p < close; line++) {
		const char *b = p, *le = line_end(p, end);
		p = le + 1;
		const char *ke = le;
		if (is_blank(b, le))
			continue;
		const char *fb = b, *fe = le;
		trim(&fb, &fe);
		if (*fb == '#')
			continue;
		const char *colon = memchr(b, ':', (size_t)(le - b));
		if (space_at(b, le) || *b == '-' || !colon) {
			if (st->msgs)
				msgs_add(st->msgs, LT_SEV_WARNING, line,
					 "front matter: expected 'key: value'; line skipped");
			continue;
		}
		ke = colon;
		const char *kb = b, *vb = colon + 1, *ve = le;
		trim(&kb, &ke);
		trim(&vb, &ve);
		if (kb == ke || (vb < ve && !space_at(colon + 1, le))) {
			if (st->msgs)
				msgs_add(st->msgs, LT_SEV_WARNING, line,
					 "front matter: expected 'key: value'; line skipped");
			continue;
		}
		if (ve - vb >= 2 && (*vb == '"' || *vb == '\'') && ve[-1] == *vb) {
			vb++;
			ve--;
			trim(&vb, &ve);
		} else {
			/* " #" starts a comment in an unquoted value (YAML) */
			for (const char *q = vb; q < ve; q++)
				if (*q == '#' && q > vb && is_hspace(q[-1])) {
					ve = q;
					trim(&vb, &ve);
					break;
				}
		}
		if (vb == ve)
			continue;
		char *key = arena_strndup(st->a, kb, (size_t)(ke - kb));
		for (char *k = key; *k; k++)
			*k = to_lower(*k);
		bool dup = false;
		for (size_t i = 0; i < kvs.n && !dup; i++)
			dup = !strcmp(kvs.v[i].key, key);
		if (dup) {
			if (st->msgs)
				msgs_add(st->msgs, LT_SEV_WARNING, line,
					 "front matter: duplicate key '%s'; the first is kept", key);
			continue;
		}
		struct kv kv = { key, arena_strndup(st->a, vb, (size_t)(ve - vb)) };
		lt_vec_push(&kvs, kv);
	}
	if (kvs.n) {
		qsort(kvs.v, kvs.n, sizeof(*kvs.v), cmp_kv_key);
		out->attrs.v = arena_memdup(st->a, kvs.v, kvs.n * sizeof(*kvs.v));
		out->attrs.n = (uint32_t)kvs.n;
	}
	lt_vec_release(&kvs);
	const char *ce = line_end(close, end);
	*next_line = line + 1;
	return ce < end ? (size_t)(ce + 1 - text) : len;
}

static void parse_text(struct seg_state *st, const char *text, size_t len,
		       struct parsed_doc *out)
{
	uint32_t line;
	size_t off = front_matter(st, text, len, out, &line);
	const char *p = text + off, *end = text + len;
	for (; p < end; line += line < UINT32_MAX) {
		const char *e = line_end(p, end);
		const char *b = p;
		p = e < end ? e + 1 : end;
		if (is_blank(b, e))
			continue;
		uint32_t speaker;
		const char *t;
		if (line_label(st, b, e, line, &speaker, &t))
			labelled_turn(st, speaker, t, e, line, false);
		else
			continue_turn(st, t, e, line);
	}
}

/* ------------------------------------------------------------------ */
/* WebVTT and SRT                                                      */
/* ------------------------------------------------------------------ */

static bool is_timing(const char *b, const char *e)
{
	while (b < e && is_hspace(*b))
		b++;
	if (b >= e || !is_digit(*b))
		return false;
	for (const char *q = b; (q = memchr(q, '-', (size_t)(e - q))) != NULL; q++)
		if (e - q >= 3 && q[1] == '-' && q[2] == '>')
			return true;
	return false;
}

static bool all_digits(const char *b, const char *e)
{
	trim(&b, &e);
	if (b == e)
		return false;
	for (; b < e; b++)
		if (!is_digit(*b))
			return false;
	return true;
}

/* "NOTE", "STYLE" or "REGION" followed by white space or the end. */
static bool is_block_keyword(const char *b, const char *e)
{
	static const char *const kw[] = { "NOTE", "STYLE", "REGION" };
	for (size_t i = 0; i < LT_ARRAY_SIZE(kw); i++) {
		size_t n = strlen(kw[i]);
		if ((size_t)(e - b) >= n && !memcmp(b, kw[i], n) &&
		    ((size_t)(e - b) == n || is_hspace(b[n])))
			return true;
	}
	return false;
}

static size_t put_utf8(char *o, uint32_t cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
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

/*
 * Decode the character reference at p ('&'): &amp; &lt; &gt; &quot; &apos;
 * &nbsp; &lrm; &rlm; and numeric ones for U+0020-U+007E, U+00A0-U+024F and
 * U+2010-U+2027 (printable, no combining marks). Writes the character to o
 * (at most 3 bytes, never more than the reference's length) and returns the
 * bytes consumed; 0 when p does not start a reference we decode.
 */
static size_t entity_decode(const char *p, const char *end, char *o, size_t *olen)
{
	static const struct {
		const char *name;
		uint32_t cp;
	} named[] = {
		{ "amp;", '&' }, { "lt;", '<' }, { "gt;", '>' }, { "quot;", '"' },
		{ "apos;", '\'' }, { "nbsp;", 0xA0 }, { "lrm;", 0x200E }, { "rlm;", 0x200F }
	};
	const char *s = p + 1;
	size_t avail = (size_t)(end - s);
	for (size_t i = 0; i < LT_ARRAY_SIZE(named); i++) {
		size_t n = strlen(named[i].name);
		if (avail >= n && !memcmp(s, named[i].name, n)) {
			*olen = put_utf8(o, named[i].cp);
			return n + 1;
		}
	}
	if (avail < 3 || *s != '#')
		return 0;
	s++;
	bool hex = *s == 'x' || *s == 'X';
	if (hex)
		s++;
	uint32_t cp = 0;
	const char *d = s;
	while (s < end && s - d < 7) {
		char c = *s;
		uint32_t v;
		if (is_digit(c))
			v = (uint32_t)(c - '0');
		else if (hex && c >= 'a' && c <= 'f')
			v = (uint32_t)(c - 'a' + 10);
		else if (hex && c >= 'A' && c <= 'F')
			v = (uint32_t)(c - 'A' + 10);
		else
			break;
		cp = cp * (hex ? 16 : 10) + v;
		s++;
	}
	if (s == d || s >= end || *s != ';')
		return 0;
	if (!((cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0x24F) ||
	      (cp >= 0x2010 && cp <= 0x2027)))
		return 0;
	*olen = put_utf8(o, cp);
	return (size_t)(s + 1 - p);
}

/* End of a markup tag "<...>" or "{\...}" at p, or NULL when it is text. */
static const char *markup_end(const char *p, const char *end)
{
	char close;
	if (*p == '<') {
		if (end - p < 3)
			return NULL;
		char c = p[1];
		if (!(is_upper(c) || is_lower(c) || is_digit(c) || c == '/'))
			return NULL;
		close = '>';
	} else if (*p == '{') {
		if (end - p < 3 || p[1] != '\\')
			return NULL;
		close = '}';
	} else {
		return NULL;
	}
	const char *lim = end - p > MARKUP_MAX ? p + MARKUP_MAX : end;
	for (const char *q = p + 1; q < lim; q++) {
		if (*q == close)
			return q + 1;
		if (*q == *p)
			return NULL;
	}
	return NULL;
}

/*
 * Clean a caption payload line into st->buf: markup removed, references
 * decoded; each voice tag <v Name> / <v.class Name> recorded in
 * st->voices (name decoded too). Returns the cleaned length; *n_voices set.
 */
static size_t caption_clean(struct seg_state *st, const char *b, const char *e,
			    size_t *n_voices)
{
	size_t n = (size_t)(e - b);
	if (2 * n + 8 > st->buf_cap) {
		st->buf_cap = 2 * n + 8;
		free(st->buf);
		st->buf = xmalloc(st->buf_cap);
	}
	char *o = st->buf, *names = st->buf + n + 4;
	size_t w = 0, nw = 0;
	*n_voices = 0;
	for (const char *p = b; p < e;) {
		const char *me;
		if ((*p == '<' || *p == '{') && (me = markup_end(p, e)) != NULL) {
			if (p[0] == '<' && p[1] == 'v' && (p[2] == '.' || is_hspace(p[2]))) {
				const char *nb = p + 2, *ne = me - 1;
				while (nb < ne && !is_hspace(*nb))
					nb++; /* skip the classes */
				/* decode the name, then trim it (&nbsp; may pad it) */
				size_t start = nw;
				for (const char *q = nb; q < ne;) {
					size_t used, ol;
					if (*q == '&' && (used = entity_decode(q, ne, names + nw, &ol))) {
						nw += ol;
						q += used;
					} else {
						names[nw++] = *q++;
					}
				}
				const char *tb = names + start, *te = names + nw;
				trim(&tb, &te);
				if (tb < te) {
					if (*n_voices == st->voices_cap) {
						st->voices_cap = st->voices_cap ? 2 * st->voices_cap : 8;
						st->voices = xrealloc(st->voices, xmul(st->voices_cap,
									     sizeof(*st->voices)));
					}
					struct voice *v = &st->voices[(*n_voices)++];
					v->pos = w;
					v->name = (size_t)(tb - names);
					v->name_len = (size_t)(te - tb);
				}
			}
			p = me;
			continue;
		}
		size_t used, ol;
		if (*p == '&' && (used = entity_decode(p, e, o + w, &ol)) != 0) {
			w += ol;
			p += used;
			continue;
		}
		o[w++] = *p++;
	}
	return w;
}

/* Strip the caption speaker-change marks ">>" / ">" and a dialogue "- ". */
static const char *caption_prefix(const char *b, const char *e)
{
	while (b < e && is_hspace(*b))
		b++;
	if (b < e && *b == '>') {
		while (b < e && *b == '>')
			b++;
	} else if (e - b >= 2 && *b == '-' && is_hspace(b[1])) {
		b++;
	}
	while (b < e && is_hspace(*b))
		b++;
	return b;
}

static void caption_payload(struct seg_state *st, const char *b, const char *e,
			    uint32_t line)
{
	size_t n_voices;
	size_t w = caption_clean(st, b, e, &n_voices);
	const char *c = st->buf, *ce = st->buf + w;
	const char *names = st->buf + (size_t)(e - b) + 4;
	if (!n_voices) {
		const char *t = caption_prefix(c, ce);
		uint32_t speaker;
		const char *text;
		if (line_label(st, t, ce, line, &speaker, &text))
			labelled_turn(st, speaker, text, ce, line, true);
		else
			continue_turn(st, text, ce, line);
		return;
	}
	continue_turn(st, caption_prefix(c, c + st->voices[0].pos), c + st->voices[0].pos, line);
	for (size_t i = 0; i < n_voices; i++) {
		const struct voice *v = &st->voices[i];
		const char *sb = c + v->pos;
		const char *se = i + 1 < n_voices ? c + st->voices[i + 1].pos : ce;
		st->attr_tmp.n = 0;
		uint32_t speaker = speaker_get(st, names + v->name, v->name_len, line);
		labelled_turn(st, speaker, caption_prefix(sb, se), se, line, true);
	}
}

static void parse_captions(struct seg_state *st, const char *text, size_t len, bool vtt)
{
	enum { BETWEEN, HEADER, CUE, SKIP } state = BETWEEN;
	const char *p = text, *end = text + len;
	uint32_t line = 1;
	if (vtt && len >= 6 && !memcmp(text, "WEBVTT", 6))
		state = HEADER;
	for (; p < end; line += line < UINT32_MAX) {
		const char *e = line_end(p, end);
		const char *b = p;
		p = e < end ? e + 1 : end;
		if (is_blank(b, e)) {
			state = BETWEEN;
			continue;
		}
		if (is_timing(b, e)) {
			state = CUE;
			continue;
		}
		if (state == HEADER || state == SKIP)
			continue;
		const char *ne = p < end ? line_end(p, end) : p;
		bool next_timing = p < end && is_timing(p, ne);
		if (state == BETWEEN) {
			if (vtt && is_block_keyword(b, e)) {
				state = SKIP;
				continue;
			}
			if (next_timing)
				continue; /* a cue identifier or SRT index */
			state = CUE;
		} else if (next_timing && all_digits(b, e)) {
			continue; /* an SRT index after a cue without a blank line */
		}
		caption_payload(st, b, e, line);
	}
}

/* ------------------------------------------------------------------ */
/* Entry points                                                        */
/* ------------------------------------------------------------------ */

static bool ext_is(const char *path, const char *ext)
{
	size_t n = strlen(path), m = strlen(ext);
	if (n < m)
		return false;
	for (size_t i = 0; i < m; i++)
		if (to_lower(path[n - m + i]) != ext[i])
			return false;
	return true;
}

enum doc_format seg_detect_format(const char *path, const char *text, size_t len)
{
	if (path && ext_is(path, ".vtt"))
		return DOC_FORMAT_VTT;
	if (path && ext_is(path, ".srt"))
		return DOC_FORMAT_SRT;
	const char *end = text + len;
	if (len >= 6 && !memcmp(text, "WEBVTT", 6) && (len == 6 || space_at(text + 6, end) ||
						       text[6] == '\n'))
		return DOC_FORMAT_VTT;
	const char *p = text;
	while (p < end) {
		const char *e = line_end(p, end);
		if (!is_blank(p, e)) {
			if (!all_digits(p, e) || e >= end)
				return DOC_FORMAT_TEXT;
			const char *q = e + 1;
			return is_timing(q, line_end(q, end)) ? DOC_FORMAT_SRT : DOC_FORMAT_TEXT;
		}
		p = e < end ? e + 1 : end;
	}
	return DOC_FORMAT_TEXT;
}

int segment_parse(const struct seg_rules *r, struct rx_scratch *rs, const char *text,
		  size_t len, enum doc_format fmt, struct arena *a, struct parsed_doc *out,
		  struct lt_msgs *msgs)
{
	struct seg_state st;
	memset(&st, 0, sizeof(st));
	st.r = r;
	st.rs = rs;
	st.a = a;
	st.msgs = msgs;
	st.out_cap = len + 1;
	st.out = arena_alloc(a, st.out_cap);
	intern_init(&st.labels);
	memset(out, 0, sizeof(*out));
	out->format = fmt;

	if (r->rx && !rs)
		LT_BUG("segment_parse: a --speaker-pattern needs an rx_scratch");
	if (fmt == DOC_FORMAT_TEXT)
		parse_text(&st, text, len, out);
	else
		parse_captions(&st, text, len, fmt == DOC_FORMAT_VTT);
	turn_close(&st);

	if (st.n_limit > 1 && msgs)
		msgs_add(msgs, LT_SEV_WARNING, st.first_limit_line,
			 "--speaker-pattern: %u lines in all hit the match limit", st.n_limit);
	out->n_speakers = (uint32_t)st.speakers.n;
	out->speakers = arena_memdup(a, st.speakers.v, st.speakers.n * sizeof(struct speaker));
	out->n_turns = (uint32_t)st.turns.n;
	out->turns = arena_memdup(a, st.turns.v, st.turns.n * sizeof(struct turn));

	intern_release(&st.labels);
	lt_vec_release(&st.turns);
	lt_vec_release(&st.speakers);
	lt_vec_release(&st.warned);
	lt_vec_release(&st.attr_tmp);
	lt_vec_release(&st.attr_own);
	free(st.buf);
	free(st.voices);
	return LT_OK;
}
