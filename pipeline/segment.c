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
#include <stdarg.h>
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
	char **roles;                  /* seg_rules_add_roles: folded (norm_fold) */
	size_t n_roles;
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

static int rules_new(struct seg_rules **out, const char *speaker_pattern,
		     const char *what, struct lt_diag *d);

int seg_rules_new(struct seg_rules **out, const char *speaker_pattern,
		  struct lt_diag *d)
{
	return rules_new(out, speaker_pattern, "--speaker-pattern", d);
}

int seg_rules_new_named(struct seg_rules **out, const char *speaker_pattern,
			const char *what, struct lt_diag *d)
{
	if (!speaker_pattern) {
		*out = NULL;
		return lt_diag_set(d, LT_EUSAGE, "%s: no pattern", what);
	}
	return rules_new(out, speaker_pattern, what, d);
}

static int rules_new(struct seg_rules **out, const char *speaker_pattern,
		     const char *what, struct lt_diag *d)
{
	*out = NULL;
	struct seg_rules *r = xcalloc(1, sizeof(*r));
	if (!speaker_pattern) {
		*out = r;
		return LT_OK;
	}
	if (!speaker_pattern[0]) {
		seg_rules_free(r);
		return lt_diag_set(d, LT_EUSAGE, "%s: empty pattern", what);
	}
	struct lt_diag rd;
	lt_diag_init(&rd);
	if (rx_compile(&r->rx, speaker_pattern, strlen(speaker_pattern), RX_ANCHORED,
		       &rd) < 0) {
		seg_rules_free(r);
		return lt_diag_set(d, LT_EUSAGE, "%s: %s", what, rd.msg);
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
	for (size_t i = 0; i < r->n_roles; i++)
		free(r->roles[i]);
	free(r->roles);
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
	bool caps;          /* two or more letters, none lower case */
};

enum {
	SW_TO_END = 1,  /* the end of the range ends the label (time-mark lines) */
	SW_COMMA = 2    /* "Surname, Given": a comma after the first word */
};

/*
 * Scan label words at *sp (within [.., end)): words of word characters
 * separated by runs of spaces/tabs, up to the first ':', '(' or '*' after
 * optional spaces (or the end with SW_TO_END). On success *sp is at that
 * character, *lend at the end of the last word, *w1 at the end of the
 * first word, and the words pass the standard rule's checks. A comma may
 * follow the first word when it is in capitals (WHITFIELD, James) or
 * with SW_COMMA.
 */
static bool scan_words(const char **sp, const char *end, const char **lend,
		       const char **w1, unsigned flags)
{
	const char *s = *sp, *start = *sp;
	struct word_info w[LABEL_MAX_WORDS];
	uint32_t n_words = 0;
	for (;;) {
		const char *ws = s;
		struct word_info wi = { WC_NONE, false, true, false, true };
		uint32_t n_letters = 0;
		if (*s == '&') {
			s++;
		} else {
			size_t n;
			enum wcase c;
			while (s < end && (c = word_char(s, end, &n)) != WC_NONE) {
				if (s == ws)
					wi.first = c;
				if (c == WC_UPPER || c == WC_LOWER || c == WC_UNCASED) {
					wi.letter = true;
					n_letters++;
				}
				if (c == WC_LOWER)
					wi.caps = false;
				if (c != WC_DIGIT)
					wi.digits = false;
				s += n;
			}
		}
		if (s == ws)
			return false;
		wi.connector = is_connector(ws, (size_t)(s - ws));
		wi.caps = wi.caps && n_letters >= 2;
		if (n_words == LABEL_MAX_WORDS)
			return false;
		w[n_words++] = wi;
		if (n_words == 1)
			*w1 = s;
		const char *we = s;
		bool comma = false;
		if (n_words == 1 && s < end && *s == ',' && ((flags & SW_COMMA) || wi.caps) &&
		    end - s >= 2 && is_hspace(s[1])) {
			s++; /* "Surname, Given" */
			comma = true;
		}
		while (s < end && is_hspace(*s))
			s++;
		if (s >= end && (flags & SW_TO_END) && !comma) {
			*lend = we;
			*sp = s;
			break;
		}
		if (s >= end)
			return false;
		if ((*s == ':' || *s == '(' || *s == '*') && !comma) {
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

/* ASCII case-insensitive: [b, e) equals the lower-case word w. */
static bool word_is(const char *b, const char *e, const char *w)
{
	size_t n = strlen(w);
	if ((size_t)(e - b) != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (to_lower(b[i]) != w[i])
			return false;
	return true;
}

static int cmp_word(const void *key, const void *elt)
{
	return strcmp(key, *(const char *const *)elt);
}

/* [b, e), ASCII lower-cased, is in list (sorted, lower case). */
static bool word_in(const char *b, const char *e, const char *const *list, size_t n)
{
	char w[24];
	size_t len = (size_t)(e - b);
	if (len < 1 || len >= sizeof(w))
		return false;
	for (size_t i = 0; i < len; i++)
		w[i] = to_lower(b[i]);
	w[len] = '\0';
	return bsearch(w, list, n, sizeof(*list), cmp_word) != NULL;
}
/*
 * First words that never start a label: pronouns, conjunctions, adverbs
 * of sequence, "At" (a time), references to documents (docs 3.1).
 */
static bool stop_word(const char *b, const char *e)
{
	static const char *const words[] = {
		"also", "and", "annex", "appendix", "as", "at", "but", "by", "fifthly", "finally",
		"firstly", "footnote", "fourthly", "from", "he", "her", "here", "him", "his", "how",
		"if", "in", "including", "it", "its", "lastly", "next", "no", "now", "ok", "okay",
		"on", "or", "our", "page", "pages", "para", "paragraph", "paragraphs", "said",
		"says", "secondly", "she", "so", "that", "their", "them", "then", "there", "these",
		"they", "thirdly", "this", "those", "to", "we", "well", "what", "when", "where",
		"which", "why", "yes", "you"
	};
	if (e > b && e[-1] == '.')
		e--;
	bool number = b < e;
	for (const char *q = b; q < e; q++)
		if (!is_digit(*q) && *q != '.')
			number = false;
	return number || word_in(b, e, words, LT_ARRAY_SIZE(words));
}

/* Words that make "(Y)" a role (docs 3.2); interviewer words count too. */
static bool role_word(const char *b, const char *e)
{
	static const char *const words[] = {
		"administrator", "adviser", "advisor", "advocate", "analyst", "carer", "chair",
		"chairman", "chairperson", "chairs", "chairwoman", "chief", "clerk", "commissioner",
		"consultant", "coordinator", "counsel", "deputy", "director", "directors", "doctor",
		"executive", "governor", "head", "host", "inspector", "interpreter", "interviewee",
		"judge", "justice", "lead", "manager", "matron", "member", "midwife", "minister",
		"note-taker", "notetaker", "nurse", "observer", "officer", "participant", "patient",
		"pharmacist", "physician", "presenter", "president", "registrar", "respondent",
		"secretary", "student", "superintendent", "supervisor", "surgeon", "teacher",
		"therapist", "translator", "treasurer", "trustee", "witness"
	};
	char c = to_lower(*b);
	return word_in(b, e, words, LT_ARRAY_SIZE(words)) ||
	       ((c == 'i' || c == 'q' || c == 'm' || c == 'f' || c == 'r') &&
		seg_is_interviewer_label(b, (size_t)(e - b)));
}

/* Words that make "(Y)" an organisation (docs 3.2). */
static bool org_word(const char *b, const char *e)
{
	static const char *const words[] = {
		"agency", "association", "authority", "board", "center", "centre", "college",
		"commission", "company", "corporation", "council", "department", "foundation",
		"gmbh", "government", "group", "hospital", "hospitals", "inc", "institute",
		"limited", "llp", "ltd", "ministry", "nhs", "office", "partnership", "plc",
		"services", "society", "trust", "university"
	};
	return word_in(b, e, words, LT_ARRAY_SIZE(words));
}

/* Lower-case ASCII copy of [b, e), runs of white space as one space, trimmed. */
static char *norm_fold(const char *b, const char *e)
{
	trim(&b, &e);
	char *o = xmalloc((size_t)(e - b) + 1);
	size_t w = 0;
	while (b < e) {
		size_t k = space_at(b, e);
		if (k) {
			while (b < e && (k = space_at(b, e)) > 0)
				b += k;
			o[w++] = ' ';
			continue;
		}
		o[w++] = to_lower(*b++);
	}
	o[w] = '\0';
	return o;
}

void seg_rules_add_roles(struct seg_rules *r, const char *const *roles, size_t n)
{
	r->roles = xrealloc(r->roles, xmul(r->n_roles + n + 1, sizeof(*r->roles)));
	for (size_t i = 0; i < n; i++) {
		if (!roles[i])
			continue;
		char *f = norm_fold(roles[i], roles[i] + strlen(roles[i]));
		if (!f[0]) {
			free(f);
			continue;
		}
		r->roles[r->n_roles++] = f;
	}
}

/* Call fn on each word (letters, digits, - ' ) of [b, e); true if one says so. */
static bool any_word(const char *b, const char *e, bool (*fn)(const char *, const char *))
{
	while (b < e) {
		while (b < e && !(is_upper(*b) || is_lower(*b) || is_digit(*b)))
			b++;
		const char *w = b;
		while (b < e && (is_upper(*b) || is_lower(*b) || is_digit(*b) || *b == '-' ||
				 *b == '\''))
			b++;
		if (b > w && fn(w, b))
			return true;
	}
	return false;
}

static bool is_role(const struct seg_rules *r, const char *b, const char *e)
{
	if (r->n_roles) {
		char *f = norm_fold(b, e);
		bool hit = false;
		for (size_t i = 0; i < r->n_roles && !hit; i++)
			hit = !strcmp(f, r->roles[i]);
		free(f);
		if (hit)
			return true;
	}
	return any_word(b, e, role_word);
}

/* An organisation: an organisation word, or two or more words all in capitals. */
static bool is_org(const char *b, const char *e)
{
	if (any_word(b, e, org_word))
		return true;
	bool lower = false, space = false;
	for (const char *q = b; q < e; q++) {
		lower |= is_lower(*q);
		space |= is_hspace(*q);
	}
	return space && !lower;
}

struct label_hit {
	const char *label, *label_end;  /* trimmed */
	const char *role, *role_end;    /* role from "(Y)" or "Role (Name)"; NULL: none */
	const char *org, *org_end;      /* organisation from "(Y)"; NULL: none */
	const char *text;               /* turn text start (label: after it; else
					 * after a leading timestamp) */
	const char *text_end;           /* end of the line (set by the caller) */
	bool bold;                      /* "**Name**:" */
	bool timed;                     /* a time mark with the label (Otter, Rev...) */
};

/*
 * "X (Y)": words [lb, le) and the parenthesis contents [ib, ie). Sets the
 * label and role or organisation of h (docs 3.2); false when Y is not
 * acceptable.
 */
static bool paren_part(const struct seg_rules *r, const char *lb, const char *le,
		       const char *ib, const char *ie, struct label_hit *h)
{
	h->label = lb;
	h->label_end = le;
	if (is_clock(ib, ie)) {
		h->timed = true;
		return true;
	}
	trim(&ib, &ie);
	if (ib == ie || memchr(ib, ':', (size_t)(ie - ib)) || ie - ib > LABEL_MAX_NAME)
		return false;
	size_t n;
	enum wcase c = word_char(ib, ie, &n);
	if (c != WC_UPPER && c != WC_UNCASED)
		return true; /* a note such as "(laughs)": dropped */
	if (is_role(r, ib, ie)) {
		h->role = ib;
		h->role_end = ie;
	} else if (is_org(ib, ie)) {
		h->org = ib;
		h->org_end = ie;
	} else {
		h->role = lb;
		h->role_end = le;
		h->label = ib;
		h->label_end = ie;
	}
	return true;
}

/* [b, e) after "(": the ")" closing it within the name limit, or NULL. */
static const char *paren_close(const char *b, const char *e)
{
	const char *q = b;
	while (q < e && *q != ')' && *q != '(' && q - b <= LABEL_MAX_NAME + 40)
		q++;
	return q < e && *q == ')' ? q : NULL;
}

/*
 * A time-mark line [s, te) (te trimmed): "Name  0:11" (Otter, Teams: two
 * or more spaces or a tab before the time) or "[Name] 10:01:02" (Zoom).
 */
static bool time_label(const struct seg_rules *r, const char *s, const char *te,
		       struct label_hit *h)
{
	const char *q = te;
	while (q > s && !is_hspace(q[-1]))
		q--;
	if (q == s || clock_end(q, te) != te)
		return false;
	const char *gb = q;
	while (gb > s && is_hspace(gb[-1]))
		gb--;
	const char *hb = s, *he = gb;
	if (he - hb >= 3 && *hb == '[' && he[-1] == ']') {
		hb++;
		he--;
		trim(&hb, &he);
		if (hb == he)
			return false;
	} else if (q - gb < 2 && !memchr(gb, '\t', (size_t)(q - gb))) {
		return false;
	}
	const char *p = hb, *lend, *w1;
	if (!scan_words(&p, he, &lend, &w1, SW_TO_END | SW_COMMA) || stop_word(hb, w1))
		return false;
	if (p < he) {
		const char *c;
		if (*p != '(' || (c = paren_close(p + 1, he)) == NULL)
			return false;
		if (!paren_part(r, hb, lend, p + 1, c, h))
			return false;
		p = c + 1;
		while (p < he && is_hspace(*p))
			p++;
		if (p != he)
			return false;
	} else {
		h->label = hb;
		h->label_end = lend;
	}
	h->timed = true;
	h->text = te;
	return true;
}

/*
 * The standard label rule on the line [line, end). Returns true on a label;
 * either way h->text is where the turn text starts.
 */
static bool std_label(const struct seg_rules *r, const char *line, const char *end,
		      struct label_hit *h)
{
	const char *s = line;
	size_t k;
	while (s < end && (k = space_at(s, end)) > 0)
		s += k;
	memset(h, 0, sizeof(*h));
	h->text = s;
	const char *te = end;
	while (te > s && is_hspace(te[-1]))
		te--;
	if (te > s && is_digit(te[-1]) && te - s <= LABEL_WINDOW && time_label(r, s, te, h))
		return true;
	const char *t = timestamp_end(s, end);
	if (t) {
		h->timed = true;
		s = t;
		while (s < end && is_hspace(*s))
			s++;
	}
	h->text = s;
	const char *win = end - s > LABEL_WINDOW ? s + LABEL_WINDOW : end;
	if (s >= win || !memchr(s, ':', (size_t)(win - s)))
		return false;

	bool bold = false, closed = false;
	if (win - s >= 2 && s[0] == '*' && s[1] == '*') {
		bold = true;
		s += 2;
		if (!t && (t = timestamp_end(s, win)) != NULL) {
			h->timed = true;
			s = t;
			while (s < win && is_hspace(*s))
				s++;
		}
	}
	if (s >= win)
		return false;
	const char *lbeg = s, *lend, *w1;
	if (!scan_words(&s, win, &lend, &w1, 0) || stop_word(lbeg, w1))
		return false;
	h->label = lbeg;
	h->label_end = lend;
	if (*s == '(') {
		const char *q = paren_close(s + 1, win);
		if (!q || !paren_part(r, lbeg, lend, s + 1, q, h))
			return false;
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
	h->bold = bold;
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
	const struct seg_rules *r;     /* the standard rule's role values */
	const struct seg_rules *pat;   /* the pattern in use; NULL: standard rule */
	struct rx_scratch *rs;         /* scratch for pat */
	struct arena *a;
	struct lt_msgs *msgs;
	char *out;                     /* turn texts, in the arena */
	size_t out_len, out_cap;
	bool open;                     /* the last turn's text is not terminated yet */
	LT_VEC(struct turn) turns;
	LT_VEC(struct speaker) speakers;
	LT_VEC(bool) warned;           /* per speaker: attribute conflict reported */
	struct intern labels;
	struct intern raw_labels;      /* labels as written -> index into raw_ids */
	LT_VEC(uint32_t) raw_ids;      /* their speaker ids (label_key done once each) */
	LT_VEC(struct kv) attr_tmp;    /* attributes of the current label */
	LT_VEC(char) attr_buf;         /* NUL-terminated copies behind attr_tmp values */
	char *buf;                     /* caption line scratch: cleaned text | names */
	size_t buf_cap;
	struct voice {
		size_t pos;            /* offset in the cleaned text */
		size_t name, name_len; /* offset and length in the names part */
	} *voices;
	size_t voices_cap;
	uint32_t n_limit, first_limit_line;
	bool too_long_warned;
	LT_VEC(uint32_t) first_line;   /* per speaker: line of its first turn */
	LT_VEC(bool) variant_warned;   /* per speaker: a second spelling reported */
	LT_VEC(struct seg_finding) findings; /* texts in the arena */
	bool want_findings;
	bool text_mode;                /* plain text: the pseudo-label checks apply */
	uint32_t n_same, n_alone;      /* label lines with / without text after ':' */
	uint32_t n_bold, n_plain;      /* label lines in **bold** / not */
	uint32_t n_after_blank, n_tight; /* label lines after the first with / without
					  * a blank line before them */
	bool prev_blank;               /* the line before this one is blank */
	LT_VEC(struct kv) doc_kvs;     /* document attributes (front matter, header) */
	struct seg_rules *own_pat;     /* front matter speaker-pattern, compiled */
	struct rx_scratch *own_rs;
	uint32_t n_nonblank;           /* non-blank lines of the body */
	char *key;                     /* normalised label scratch */
	size_t key_cap;
};

static void finding_add(struct seg_state *st, enum seg_finding_kind kind, uint32_t line,
			const char *fmt, ...) LT_PRINTF(4, 5);

static void finding_add(struct seg_state *st, enum seg_finding_kind kind, uint32_t line,
			const char *fmt, ...)
{
	if (!st->want_findings)
		return;
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	size_t len = (size_t)n < sizeof(buf) ? (size_t)n : sizeof(buf) - 1;
	struct seg_finding f = { kind, line, arena_strndup(st->a, buf, len) };
	lt_vec_push(&st->findings, f);
}

/* Titles whose dot does not make another speaker (docs 3.1). */
static bool title_word(const char *b, const char *e)
{
	static const char *const words[] = {
		"capt", "cllr", "col", "dr", "fr", "gen", "hon", "jr", "lt", "mr", "mrs", "ms", "mx",
		"prof", "rev", "revd", "rt", "sgt", "sr", "st"
	};
	return word_in(b, e, words, LT_ARRAY_SIZE(words));
}

/*
 * The label's identity: [b, b+n) with the dot after a title word removed
 * ("Dr. Khan" -> "Dr Khan"). Returns st->key or b itself; *klen set.
 */
static const char *label_key(struct seg_state *st, const char *b, size_t n, size_t *klen)
{
	const char *e = b + n, *d = NULL;
	for (const char *q = b; q < e; q++)
		if (*q == '.') {
			d = q;
			break;
		}
	*klen = n;
	if (!d)
		return b;
	if (n + 1 > st->key_cap) {
		st->key_cap = 2 * n + 16;
		free(st->key);
		st->key = xmalloc(st->key_cap);
	}
	size_t w = 0;
	const char *ws = b;
	for (const char *q = b; q < e; q++) {
		if (*q == '.' && q > ws && title_word(ws, q) && (q + 1 == e || is_hspace(q[1])))
			continue;
		st->key[w++] = *q;
		if (is_hspace(*q) || *q == ',')
			ws = q + 1;
	}
	*klen = w;
	return st->key;
}

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
	/* a label seen before as written: its id without normalising it again */
	uint32_t id, rid = intern_find(&st->raw_labels, label, len);
	if (rid != INTERN_NONE) {
		id = st->raw_ids.v[rid];
	} else {
		size_t klen;
		const char *key = label_key(st, label, len, &klen);
		id = intern_put(&st->labels, key, klen);
		intern_put(&st->raw_labels, label, len);
		lt_vec_push(&st->raw_ids, id);
	}
	uint32_t n_attrs = (uint32_t)st->attr_tmp.n;
	if (id < st->speakers.n) {
		struct speaker *sp = &st->speakers.v[id];
		if (!st->variant_warned.v[id] && (strlen(sp->label) != len ||
						  memcmp(sp->label, label, len))) {
			st->variant_warned.v[id] = true;
			finding_add(st, SEG_FIND_LABEL_VARIANTS, line,
				    "labels '%s' (line %u) and '%.*s' read as one speaker '%s'",
				    sp->label, st->first_line.v[id], (int)len, label, sp->label);
		}
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
	lt_vec_push(&st->variant_warned, false);
	lt_vec_push(&st->first_line, line);
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
static bool pattern_label(struct seg_state *st, const char *b, const char *e, uint32_t line,
			  uint32_t *speaker, const char **text);

/* Text after the label starts with a double quotation mark. */
static bool starts_quote(const char *b, const char *e)
{
	trim(&b, &e);
	if (b == e)
		return false;
	if (*b == '"')
		return true;
	uint32_t cp;
	return utf8_at(b, e, &cp) && (cp == 0x201C || cp == 0x00AB || cp == 0x201E);
}

/*
 * A label-shaped line that the document's layout says is not a label
 * (docs 3.4): checked only in plain text, for a label that is not yet a
 * speaker, once the document has two (bold) or three label lines.
 */
static bool pseudo_label(struct seg_state *st, const struct label_hit *h)
{
	if (!st->text_mode || st->n_same + st->n_alone < 2)
		return false;
	const char *tb = h->text, *tend = h->text_end;
	trim(&tb, &tend);
	bool alone = tb == tend, pseudo;
	if (!h->bold && st->n_bold >= 2 && !st->n_plain)
		pseudo = true; /* the document's labels are bold; this one is not */
	else if (st->n_same + st->n_alone < 3)
		pseudo = false;
	else if (alone)
		/* a new name alone on its line among same-line labels */
		pseudo = !h->timed && st->n_same >= 3 && st->n_alone * 4 <= st->n_same;
	else
		/* a name introducing a quotation inside a paragraph, where turns
		 * are paragraphs of their own (a blank line before each) */
		pseudo = starts_quote(tb, tend) && !st->prev_blank && st->n_after_blank >= 3 &&
			 !st->n_tight;
	if (!pseudo)
		return false;
	size_t klen;
	const char *key = label_key(st, h->label, (size_t)(h->label_end - h->label), &klen);
	return intern_find(&st->labels, key, klen) == INTERN_NONE; /* known: a label */
}

/* The speaker named by h, with its organisation and role attributes. */
static uint32_t hit_speaker(struct seg_state *st, const struct label_hit *h, uint32_t line)
{
	char *org = NULL, *role = NULL;
	/* sorted by key: organisation < role */
	if (h->org) {
		org = xstrndup(h->org, (size_t)(h->org_end - h->org));
		struct kv kv = { "organisation", org };
		lt_vec_push(&st->attr_tmp, kv);
	}
	if (h->role) {
		role = xstrndup(h->role, (size_t)(h->role_end - h->role));
		struct kv kv = { "role", role };
		lt_vec_push(&st->attr_tmp, kv);
	}
	uint32_t id = speaker_get(st, h->label, (size_t)(h->label_end - h->label), line);
	free(org);
	free(role);
	return id;
}

/* Register the standard rule's label h as a speaker. */
static uint32_t std_speaker(struct seg_state *st, const struct label_hit *h, uint32_t line)
{
	uint32_t id = hit_speaker(st, h, line);
	const char *tb = h->text, *te = h->text_end;
	trim(&tb, &te);
	if (tb == te)
		st->n_alone++;
	else
		st->n_same++;
	if (h->bold)
		st->n_bold++;
	else
		st->n_plain++;
	if (st->n_bold + st->n_plain > 1) {
		if (st->prev_blank)
			st->n_after_blank++;
		else
			st->n_tight++;
	}
	return id;
}

/* Skip a timestamp at the start of [b, e) (after white space). */
static const char *skip_timestamp(const char *b, const char *e)
{
	const char *s = b;
	size_t k;
	while (s < e && (k = space_at(s, e)) > 0)
		s += k;
	const char *t = timestamp_end(s, e);
	return t ? t : b;
}

/*
 * Run the label rule on [b, e). On a label returns true with *speaker set
 * (attributes registered) and *text at the turn text; otherwise *text is
 * where continuation text starts.
 */
static bool line_label(struct seg_state *st, const char *b, const char *e, uint32_t line,
		       uint32_t *speaker, const char **text)
{
	st->attr_tmp.n = 0;
	if (!st->pat) {
		struct label_hit h;
		bool hit = std_label(st->r, b, e, &h);
		h.text_end = e;
		if (hit && pseudo_label(st, &h)) {
			hit = false;
			h.text = skip_timestamp(b, e);
		}
		*text = h.text;
		if (!hit)
			return false;
		*speaker = std_speaker(st, &h, line);
		return true;
	}
	return pattern_label(st, b, e, line, speaker, text);
}

/* line_label with a --speaker-pattern (or a per-document pattern). */
static bool pattern_label(struct seg_state *st, const char *b, const char *e, uint32_t line,
			  uint32_t *speaker, const char **text)
{
	const struct seg_rules *r = st->pat;
	*text = skip_timestamp(b, e);
	int rc = rx_match(r->rx, st->rs, b, (size_t)(e - b), 0, false);
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
	for (uint32_t i = 0; i < r->n_label_groups && !have; i++)
		have = rx_group(st->rs, r->label_groups[i], &lb, &le);
	if (!r->n_label_groups) {
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

	size_t first_attr = st->attr_tmp.n;
	for (uint32_t i = 0; i < r->n_attrs; i++) {
		const struct rule_attr *ra = &r->attrs[i];
		if (st->attr_tmp.n && !strcmp(st->attr_tmp.v[st->attr_tmp.n - 1].key, ra->key))
			continue; /* a duplicate name: the first group that took part wins */
		size_t vb, ve;
		if (!rx_group(st->rs, ra->group, &vb, &ve))
			continue;
		const char *p = b + vb, *q = b + ve;
		trim(&p, &q);
		if (p == q)
			continue;
		/* the value's offset in attr_buf for now: the buffer may move */
		struct kv kv = { ra->key, (const char *)(uintptr_t)st->attr_buf.n };
		for (const char *c = p; c < q; c++)
			lt_vec_push(&st->attr_buf, *c);
		lt_vec_push(&st->attr_buf, '\0');
		lt_vec_push(&st->attr_tmp, kv);
	}
	for (size_t i = first_attr; i < st->attr_tmp.n; i++)
		st->attr_tmp.v[i].value = st->attr_buf.v + (uintptr_t)st->attr_tmp.v[i].value;
	*speaker = speaker_get(st, lab, (size_t)(lab_end - lab), line);
	st->attr_buf.n = 0;
	st->attr_tmp.n = 0;
	*text = skip_timestamp(b + me, e);
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

static void doc_pattern(struct seg_state *st, const char *vb, const char *ve, uint32_t line);

/*
 * Front matter at the start of text. Returns the offset where the body
 * starts (0 when there is none) and sets *next_line to its line number.
 */
static size_t front_matter(struct seg_state *st, const char *text, size_t len,
			   uint32_t *next_line)
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
		for (size_t i = 0; i < st->doc_kvs.n && !dup; i++)
			dup = !strcmp(st->doc_kvs.v[i].key, key);
		if (dup) {
			if (st->msgs)
				msgs_add(st->msgs, LT_SEV_WARNING, line,
					 "front matter: duplicate key '%s'; the first is kept", key);
			continue;
		}
		if (!strcmp(key, "speaker-pattern")) {
			doc_pattern(st, vb, ve, line);
			continue;
		}
		struct kv kv = { key, arena_strndup(st->a, vb, (size_t)(ve - vb)) };
		lt_vec_push(&st->doc_kvs, kv);
	}
	const char *ce = line_end(close, end);
	*next_line = line + 1;
	return ce < end ? (size_t)(ce + 1 - text) : len;
}

/* Match limit of a front matter speaker-pattern (segment.h). */
#define DOC_PATTERN_MATCH_LIMIT 1000000

/* Front matter "speaker-pattern: RE": this document's label rule. */
static void doc_pattern(struct seg_state *st, const char *vb, const char *ve, uint32_t line)
{
	if (st->own_pat)
		return;
	char *pat = xstrndup(vb, (size_t)(ve - vb));
	struct lt_diag d;
	lt_diag_init(&d);
	struct seg_rules *r = NULL;
	if (rules_new(&r, pat, "speaker-pattern", &d) < 0) {
		finding_add(st, SEG_FIND_PATTERN, line, "front matter %s; the document is read "
			    "without it", d.msg);
		if (st->msgs)
			msgs_add(st->msgs, LT_SEV_WARNING, line, "front matter %s; ignored", d.msg);
	} else {
		st->own_pat = r;
		st->own_rs = rx_scratch_new(seg_rules_max_groups(r), DOC_PATTERN_MATCH_LIMIT);
		st->pat = r;
		st->rs = st->own_rs;
	}
	free(pat);
}

/* Count of code points in [b, e). */
static size_t n_chars(const char *b, const char *e)
{
	size_t n = 0;
	for (; b < e; b++)
		n += ((unsigned char)*b & 0xC0) != 0x80;
	return n;
}

#define ADORN_CHARS "=-~^*+#_`:'\""

/* A line of one punctuation character repeated 3+ times: an rst adornment. */
static size_t adornment(const char *b, const char *e)
{
	trim(&b, &e);
	if (e - b < 3 || !strchr(ADORN_CHARS, *b) || !*b)
		return 0;
	for (const char *q = b; q < e; q++)
		if (*q != *b)
			return 0;
	return (size_t)(e - b);
}

/* A Markdown ATX heading: 1 to 6 '#' then white space or the end. */
static bool md_heading(const char *b, const char *e)
{
	trim(&b, &e);
	const char *q = b;
	while (q < e && *q == '#' && q - b < 7)
		q++;
	return q > b && q - b <= 6 && (q == e || is_hspace(*q));
}

/* "am", "pm", "a.m.", "p.m." (any case) at [b, e) exactly. */
static bool ampm(const char *b, const char *e)
{
	return word_is(b, e, "am") || word_is(b, e, "pm") || word_is(b, e, "a.m.") ||
	       word_is(b, e, "p.m.") || word_is(b, e, "a.m") || word_is(b, e, "p.m");
}

/*
 * A line that is only a time mark: optional emphasis (* _) and brackets
 * around a clock (0:11, 00:01:02) or an "H.MM am" / "H:MM" / "H am" time.
 */
static bool time_only(const char *b, const char *e)
{
	trim(&b, &e);
	while (e - b >= 2 && (*b == '*' || *b == '_') && e[-1] == *b)
		b++, e--;
	if (e - b >= 2 && ((*b == '(' && e[-1] == ')') || (*b == '[' && e[-1] == ']')))
		b++, e--;
	trim(&b, &e);
	if (b == e || !is_digit(*b))
		return false;
	const char *c = clock_end(b, e);
	if (c == e)
		return true;
	const char *q = b;
	while (q < e && q - b < 2 && is_digit(*q))
		q++;
	bool sep = false;
	if (e - q >= 3 && (*q == '.' || *q == ':') && is_digit(q[1]) && is_digit(q[2])) {
		q += 3;
		sep = true;
	}
	while (q < e && is_hspace(*q))
		q++;
	if (q == e)
		return false;
	return ampm(q, e) || (sep && q == e);
}

/* A service's footer on the last line: "Transcribed by https://otter.ai". */
static bool footer_line(const char *b, const char *e)
{
	static const char *const heads[] = {
		"transcribed by ", "transcribed with ", "transcription by ", "generated by "
	};
	trim(&b, &e);
	if (e - b > 120)
		return false;
	for (size_t i = 0; i < LT_ARRAY_SIZE(heads); i++) {
		size_t n = strlen(heads[i]);
		if ((size_t)(e - b) > n && word_is(b, b + n, heads[i]))
			return true;
	}
	return false;
}

/* Keys of a preamble header line (docs 2.1); the speaker keys come first. */
static const char *const header_keys[] = {
	"interviewer", "interviewers", "interviewee", "participant", "participants",
	"respondent", "moderator", "facilitator", "researcher",
#define N_SPEAKER_KEYS 9
	"date", "time", "duration", "length", "location", "place", "venue", "setting",
	"participant id", "interview id", "transcriber", "transcribed by", "transcription",
	"recorded", "recording", "recorded by", "file", "filename", "audio", "project",
	"study", "site", "title", "subject", "topic", "interview", "session", "language",
	"mode", "format", "present", "attendees", "role", "group", "organisation",
	"organization", "trust", "department", "id", "case", "code", "speakers", "notes"
};

struct header {
	const char *kb, *ke, *vb, *ve;
	bool speaker_key;       /* Interviewer:, Participant: ... */
};

/* Words of a value that reads as a name, date or id: no lower-case start. */
static bool name_like(const char *b, const char *e)
{
	uint32_t words = 0;
	while (b < e) {
		while (b < e && is_hspace(*b))
			b++;
		if (b >= e)
			break;
		const char *w = b;
		while (b < e && !is_hspace(*b))
			b++;
		words++;
		if (is_lower(*w) && !is_connector(w, (size_t)(b - w)))
			return false;
	}
	return words && words <= 5;
}

/*
 * A header line: "Key: value" with a known key (any case), a value of at
 * most 8 words and 80 bytes that does not end in '?' or '!'; for a
 * speaker key (Interviewer, Participant...) the value must read as a
 * name, date or id (name_like).
 */
static bool header_line(const char *b, const char *e, struct header *hd)
{
	trim(&b, &e);
	const char *colon = memchr(b, ':', (size_t)(e - b) < 40 ? (size_t)(e - b) : 40);
	if (!colon || colon + 1 >= e || !is_hspace(colon[1]))
		return false;
	const char *kb = b, *ke = colon, *vb = colon + 1, *ve = e;
	trim(&kb, &ke);
	trim(&vb, &ve);
	if (vb == ve || ve - vb > 80 || ve[-1] == '?' || ve[-1] == '!')
		return false;
	char key[40];
	size_t kn = 0;
	for (const char *q = kb; q < ke && kn < sizeof(key) - 1; q++)
		key[kn++] = to_lower(*q);
	key[kn] = '\0';
	size_t i = 0;
	while (i < LT_ARRAY_SIZE(header_keys) && strcmp(key, header_keys[i]))
		i++;
	if (i == LT_ARRAY_SIZE(header_keys))
		return false;
	uint32_t words = 1;
	for (const char *q = vb; q < ve; q++)
		words += is_hspace(*q) && !is_hspace(q[-1]);
	if (words > 8)
		return false;
	hd->speaker_key = i < N_SPEAKER_KEYS;
	if (hd->speaker_key && !name_like(vb, ve))
		return false;
	hd->kb = kb;
	hd->ke = ke;
	hd->vb = vb;
	hd->ve = ve;
	return true;
}

/* A line that is not words (docs 2.1); *skip_next when the next line is its underline. */
static bool not_words(const char *b, const char *e, const char *next, const char *end,
		      bool *skip_next)
{
	*skip_next = false;
	const char *f = b;
	while (f < e && is_hspace(*f))
		f++;
	char c = f < e ? *f : ' ';
	/* cheap first-character tests before the real ones (hot path) */
	if ((c == '#' && md_heading(b, e)) ||
	    ((is_digit(c) || c == '(' || c == '[' || c == '*' || c == '_') && time_only(b, e)) ||
	    (strchr(ADORN_CHARS, c) && adornment(b, e)))
		return true;
	const char *n = next;
	while (n < end && is_hspace(*n))
		n++;
	if (n >= end || !strchr(ADORN_CHARS, *n) || !*n)
		return false;
	const char *ne = line_end(next, end);
	size_t u = adornment(next, ne);
	if (!u)
		return false;
	const char *tb = b, *tend = e;
	trim(&tb, &tend);
	if (u < n_chars(tb, tend))
		return false;
	*skip_next = true;
	return true;
}

/* Add a header line's key (lower case, spaces as '_') and value to the document. */
static void header_attr(struct seg_state *st, const struct header *hd)
{
	char *key = arena_strndup(st->a, hd->kb, (size_t)(hd->ke - hd->kb));
	for (char *k = key; *k; k++)
		*k = is_hspace(*k) ? '_' : to_lower(*k);
	for (size_t i = 0; i < st->doc_kvs.n; i++)
		if (!strcmp(st->doc_kvs.v[i].key, key))
			return; /* front matter or an earlier line wins */
	struct kv kv = { key, arena_strndup(st->a, hd->vb, (size_t)(hd->ve - hd->vb)) };
	lt_vec_push(&st->doc_kvs, kv);
}

/* Is [b, e) a label line (without registering anything)? */
static bool is_label_line(struct seg_state *st, const char *b, const char *e)
{
	if (!st->pat) {
		struct label_hit h;
		return std_label(st->r, b, e, &h);
	}
	return rx_match(st->pat->rx, st->rs, b, (size_t)(e - b), 0, false) == RX_MATCH;
}

/* The preamble (docs 2.1): where it ends and which of its lines are header lines. */
struct preamble {
	uint32_t first_line;    /* line of the first turn; 0: no turn */
	LT_VEC(uint32_t) hdr;   /* header lines, in order */
	bool text;              /* its other lines are words of speaker "" */
};

#define PREAMBLE_MAX_LINES 20

static void find_preamble(struct seg_state *st, const char *p, const char *end,
			  uint32_t line, struct preamble *pr)
{
	uint32_t run_start = 0, run_n = 0, n_text = 0;
	bool run_ok = false, run_fixed = false, prev_hdr = false, long_line = false;
	pr->first_line = 0;
	for (; p < end; line++) {
		const char *e = line_end(p, end), *b = p;
		p = e < end ? e + 1 : end;
		bool skip;
		if (is_blank(b, e)) {
			prev_hdr = false;
			continue;
		}
		struct header hd;
		if (header_line(b, e, &hd)) {
			if (!prev_hdr) {
				run_start = (uint32_t)pr->hdr.n;
				run_n = 0;
				run_ok = run_fixed = false;
			}
			lt_vec_push(&pr->hdr, line);
			run_n++;
			run_ok |= !hd.speaker_key || run_n >= 2;
			run_fixed |= !hd.speaker_key;
			prev_hdr = true;
			continue;
		}
		bool label = !not_words(b, e, p, end, &skip) && is_label_line(st, b, e);
		if ((label && prev_hdr && !run_fixed) || (!prev_hdr && run_n && !run_ok) ||
		    (label && run_n && !run_ok)) {
			/* the last run was turns, not a header: the first turn is its start */
			pr->first_line = pr->hdr.v[run_start];
			pr->hdr.n = run_start;
			break;
		}
		if (label) {
			pr->first_line = line;
			break;
		}
		prev_hdr = false;
		run_n = 0;
		if (skip) {
			p = p < end ? line_end(p, end) : end;
			p = p < end ? p + 1 : end;
			line++;
		} else if (!not_words(b, e, b, b, &skip)) {
			n_text++;
			long_line |= e - b > LABEL_WINDOW;
		}
	}
	pr->text = !pr->first_line || n_text > PREAMBLE_MAX_LINES || long_line;
}

/* Start of the last non-blank line of [p, end), or end. */
static const char *last_line(const char *p, const char *end)
{
	const char *e = end;
	while (e > p) {
		const char *b = e;
		while (b > p && b[-1] != '\n')
			b--;
		if (!is_blank(b, e))
			return b;
		e = b > p ? b - 1 : p;
	}
	return end;
}

static void parse_text(struct seg_state *st, const char *text, size_t len)
{
	uint32_t line;
	size_t off = front_matter(st, text, len, &line);
	const char *p = text + off, *end = text + len;
	const char *lastb = last_line(p, end);
	struct preamble pr;
	memset(&pr, 0, sizeof(pr));
	find_preamble(st, p, end, line, &pr);
	size_t hi = 0;
	for (; p < end; line += line < UINT32_MAX) {
		const char *e = line_end(p, end);
		const char *b = p;
		p = e < end ? e + 1 : end;
		if (is_blank(b, e)) {
			st->prev_blank = true;
			continue;
		}
		st->n_nonblank++;
		bool skip;
		if (b == lastb && footer_line(b, e))
			continue;
		if (not_words(b, e, p, end, &skip)) {
			if (skip && p < end) {
				const char *ne = line_end(p, end);
				p = ne < end ? ne + 1 : end;
				line++;
				st->n_nonblank++;
			}
			continue;
		}
		if (!pr.first_line || line < pr.first_line) {
			struct header hd;
			if (hi < pr.hdr.n && pr.hdr.v[hi] == line && header_line(b, e, &hd)) {
				header_attr(st, &hd);
				hi++;
			} else if (pr.text) {
				continue_turn(st, skip_timestamp(b, e), e, line);
			}
			continue;
		}
		uint32_t speaker;
		const char *t;
		if (line_label(st, b, e, line, &speaker, &t))
			labelled_turn(st, speaker, t, e, line, false);
		else
			continue_turn(st, t, e, line);
		st->prev_blank = false;
	}
	lt_vec_release(&pr.hdr);
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

/*
 * The speaker of a voice tag <v NAME>: "Name (Organisation)" or "Name
 * (Role)" split as a label line's "X (Y)" is (docs 3.2), so a Teams
 * caption file and the same meeting's Word transcript name the same
 * speakers; any other name whole.
 */
static uint32_t voice_speaker(struct seg_state *st, const char *name, size_t len, uint32_t line)
{
	const char *b = name, *e = name + len;
	trim(&b, &e);
	const char *open = e > b && e[-1] == ')' ? e - 1 : NULL;
	while (open && open > b && *open != '(')
		open--;
	if (open && *open == '(') {
		const char *le = open;
		while (le > b && is_hspace(le[-1]))
			le--;
		struct label_hit h;
		memset(&h, 0, sizeof(h));
		if (le > b && paren_close(open + 1, e) == e - 1 &&
		    paren_part(st->r, b, le, open + 1, e - 1, &h) && h.label_end > h.label)
			return hit_speaker(st, &h, line);
	}
	return speaker_get(st, name, len, line);
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
		uint32_t speaker = voice_speaker(st, names + v->name, v->name_len, line);
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
		st->n_nonblank++;
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

const char *seg_finding_kind_name(enum seg_finding_kind k)
{
	switch (k) {
	case SEG_FIND_SINGLE_SPEAKER:
		return "single-speaker";
	case SEG_FIND_ALL_INTERVIEWERS:
		return "all-interviewers";
	case SEG_FIND_LABEL_VARIANTS:
		return "label-variants";
	case SEG_FIND_ONCE_LABEL:
		return "once-label";
	case SEG_FIND_PATTERN:
		return "speaker-pattern";
	}
	return "?";
}

/* Lower-case ASCII letters and digits of s (other ASCII dropped; UTF-8 kept). */
static char *loose_key(const char *s)
{
	char *o = xmalloc(strlen(s) + 1);
	size_t w = 0;
	for (; *s; s++)
		if (is_upper(*s) || is_lower(*s) || is_digit(*s) || (unsigned char)*s >= 0x80)
			o[w++] = to_lower(*s);
	o[w] = '\0';
	return o;
}

static bool speaker_is_interviewer(const struct speaker *sp)
{
	if (sp->interviewer_label)
		return true;
	for (uint32_t i = 0; i < sp->attrs.n; i++)
		if (!strcmp(sp->attrs.v[i].key, "role")) {
			const char *v = sp->attrs.v[i].value;
			return seg_is_interviewer_label(v, strlen(v));
		}
	return false;
}

/* Findings about the whole document (docs 13), after parsing. */
static void doc_findings(struct seg_state *st)
{
	size_t ns = st->speakers.n, nt = st->turns.n;
	const struct speaker *sp = st->speakers.v;
	if (st->n_nonblank >= 20 && ns == 1)
		finding_add(st, SEG_FIND_SINGLE_SPEAKER, 0,
			    "%u non-blank lines but a single speaker '%s': are the speaker "
			    "labels recognised?", st->n_nonblank, sp[0].label);
	bool all = ns > 0;
	for (size_t i = 0; i < ns && all; i++)
		all = sp[i].label[0] && speaker_is_interviewer(&sp[i]);
	if (all)
		finding_add(st, SEG_FIND_ALL_INTERVIEWERS, 0,
			    "all %zu speaker(s) are interviewers (first: '%s'): the answers "
			    "would count for no one", ns, sp[0].label);
	char **keys = xcalloc(ns + 1, sizeof(*keys));
	for (size_t i = 0; i < ns; i++)
		keys[i] = loose_key(sp[i].label);
	for (size_t i = 0; i < ns; i++)
		for (size_t j = i + 1; j < ns && keys[i][0]; j++)
			if (!strcmp(keys[i], keys[j]))
				finding_add(st, SEG_FIND_LABEL_VARIANTS, st->first_line.v[j],
					    "labels '%s' (line %u) and '%s' (line %u) differ only "
					    "in case, spaces or punctuation", sp[i].label,
					    st->first_line.v[i], sp[j].label, st->first_line.v[j]);
	for (size_t i = 0; i < ns; i++)
		free(keys[i]);
	free(keys);
	if (nt < 20)
		return;
	uint32_t *count = xcalloc(ns + 1, sizeof(*count));
	for (size_t t = 0; t < nt; t++)
		count[st->turns.v[t].speaker]++;
	for (size_t i = 0; i < ns; i++)
		if (count[i] == 1 && sp[i].label[0] && st->first_line.v[i] > st->turns.v[0].line)
			finding_add(st, SEG_FIND_ONCE_LABEL, st->first_line.v[i],
				    "label '%s' appears only once in %zu turns: a speaker, or a "
				    "heading or quotation read as one?", sp[i].label, nt);
	free(count);
}

/* Stable sort by line (insertion: a document has few findings). */
static void sort_findings(struct seg_finding *v, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct seg_finding f = v[i];
		size_t j = i;
		while (j > 0 && v[j - 1].line > f.line) {
			v[j] = v[j - 1];
			j--;
		}
		v[j] = f;
	}
}

static void doc_attrs_out(struct seg_state *st, struct parsed_doc *out)
{
	if (!st->doc_kvs.n)
		return;
	qsort(st->doc_kvs.v, st->doc_kvs.n, sizeof(*st->doc_kvs.v), cmp_kv_key);
	out->attrs.v = arena_memdup(st->a, st->doc_kvs.v, st->doc_kvs.n * sizeof(struct kv));
	out->attrs.n = (uint32_t)st->doc_kvs.n;
}

int segment_parse(const struct seg_rules *r, struct rx_scratch *rs, const char *text,
		  size_t len, enum doc_format fmt, struct arena *a, struct parsed_doc *out,
		  struct lt_msgs *msgs)
{
	return segment_parse_opts(r, rs, text, len, fmt, NULL, a, out, msgs);
}

int segment_parse_opts(const struct seg_rules *r, struct rx_scratch *rs, const char *text,
		       size_t len, enum doc_format fmt, const struct seg_opts *o,
		       struct arena *a, struct parsed_doc *out, struct lt_msgs *msgs)
{
	struct seg_state st;
	memset(&st, 0, sizeof(st));
	st.r = r;
	st.pat = o && o->doc_rule && o->doc_rule->rx ? o->doc_rule : r->rx ? r : NULL;
	st.rs = rs;
	st.a = a;
	st.msgs = msgs;
	st.want_findings = o && o->findings;
	st.text_mode = fmt == DOC_FORMAT_TEXT;
	st.out_cap = len + 1;
	st.out = arena_alloc(a, st.out_cap);
	intern_init(&st.labels);
	intern_init(&st.raw_labels);
	memset(out, 0, sizeof(*out));
	out->format = fmt;

	if (st.pat && !rs)
		LT_BUG("segment_parse: a --speaker-pattern needs an rx_scratch");
	if (fmt == DOC_FORMAT_TEXT)
		parse_text(&st, text, len);
	else
		parse_captions(&st, text, len, fmt == DOC_FORMAT_VTT);
	turn_close(&st);
	doc_attrs_out(&st, out);

	if (st.n_limit > 1 && msgs)
		msgs_add(msgs, LT_SEV_WARNING, st.first_limit_line,
			 "--speaker-pattern: %u lines in all hit the match limit", st.n_limit);
	if (st.want_findings) {
		doc_findings(&st);
		sort_findings(st.findings.v, st.findings.n);
		o->findings->n = (uint32_t)st.findings.n;
		o->findings->v = arena_memdup(a, st.findings.v,
					      st.findings.n * sizeof(struct seg_finding));
	}
	out->n_speakers = (uint32_t)st.speakers.n;
	out->speakers = arena_memdup(a, st.speakers.v, st.speakers.n * sizeof(struct speaker));
	out->n_turns = (uint32_t)st.turns.n;
	out->turns = arena_memdup(a, st.turns.v, st.turns.n * sizeof(struct turn));

	intern_release(&st.labels);
	intern_release(&st.raw_labels);
	lt_vec_release(&st.raw_ids);
	lt_vec_release(&st.turns);
	lt_vec_release(&st.speakers);
	lt_vec_release(&st.warned);
	lt_vec_release(&st.attr_tmp);
	lt_vec_release(&st.attr_buf);
	lt_vec_release(&st.first_line);
	lt_vec_release(&st.variant_warned);
	lt_vec_release(&st.findings);
	lt_vec_release(&st.doc_kvs);
	seg_rules_free(st.own_pat);
	rx_scratch_free(st.own_rs);
	free(st.key);
	free(st.buf);
	free(st.voices);
	return LT_OK;
}
