/* test_lexicon.c - unit tests for the .lex parser and compiler (lexicon.c)
 * through lexicon_add_path on files in a temporary folder: every error with
 * its exact "file:line: reason", comments, header lines, the default theme,
 * category and entry order, CRLF, folders, the element rules of
 * docs/counting-rules.md section 3, lexicon_check warnings, and size.
 */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <xxhash.h>

#include "harness.h"
#include "lexicon.h"
#include "stem.h"

/* XXH3-64 of test_lexicon__hash_canonical's bytes */
#define HASH_PIN 0xdce7497e33d93d74ULL

static char DIR_[64];
static struct stemmer *ST;
static struct lexicon *LX;  /* the last loaded lexicon (finished), or NULL */
static int RC;              /* status of the last load */
static struct lt_diag DG;
static struct lt_msgs W;

/* DIR_/name, in a rotating buffer (valid for a few calls). */
static const char *P(const char *name)
{
	static char bufs[8][512];
	static int k;
	char *b = bufs[k++ % 8];
	snprintf(b, 512, "%s/%s", DIR_, name);
	return b;
}

static void write_file_n(const char *name, const char *content, size_t len)
{
	FILE *f = fopen(P(name), "wb");
	CHECK(f != NULL);
	if (!f)
		return;
	fwrite(content, 1, len, f);
	fclose(f);
}

static void write_file(const char *name, const char *content)
{
	write_file_n(name, content, strlen(content));
}

static void reset(void)
{
	lexicon_free(LX);
	LX = NULL;
	msgs_release(&W);
	msgs_init(&W);
	lt_diag_init(&DG);
}

/*
 * Load the given paths (relative to DIR_, NULL-terminated) into a new
 * lexicon and finish it. Sets LX (NULL on failure), RC and DG.
 */
static int load_paths(const char *first, ...)
{
	reset();
	struct lexicon *lx = lexicon_new(ST);
	RC = LT_OK;
	va_list ap;
	va_start(ap, first);
	for (const char *p = first; p && RC == LT_OK; p = va_arg(ap, const char *))
		RC = lexicon_add_path(lx, P(p), &W, &DG);
	va_end(ap);
	if (RC == LT_OK)
		RC = lexicon_finish(lx, false, &DG);
	if (RC == LT_OK)
		LX = lx;
	else
		lexicon_free(lx);
	return RC;
}

/* Write name with content and load it alone. */
static int load1(const char *name, const char *content)
{
	write_file(name, content);
	return load_paths(name, (const char *)NULL);
}

/* The expected error: code and "DIR_/name:line: reason". */
static void expect_err(int code, const char *name, unsigned line, const char *reason,
		       const char *file, int src_line)
{
	char want[1024];
	snprintf(want, sizeof(want), "%s:%u: %s", P(name), line, reason);
	th_check_int(RC, code, "load rc", "expected code", file, src_line);
	th_check_str(DG.msg, want, "diag message", "expected", file, src_line);
	th_check(LX == NULL, "no lexicon on error", file, src_line);
}
#define EXPECT_ERR(code, name, line, reason) \
	expect_err((code), (name), (line), (reason), __FILE__, __LINE__)

/* "S:stem E:exact P:prefix" for an entry's terms; "R:/regex/" for a regex. */
static const char *terms_of(const struct lex_entry *e)
{
	static char buf[2048];
	size_t w = 0;
	buf[0] = '\0';
	if (e->kind == ENTRY_REGEX) {
		snprintf(buf, sizeof(buf), "R:%s", e->text);
		return buf;
	}
	for (uint32_t i = 0; i < e->n_terms && w < sizeof(buf) - 80; i++) {
		const struct lex_term *t = lexicon_term(LX, e->terms[i]);
		char k = t->kind == TERM_STEM ? 'S' : t->kind == TERM_EXACT ? 'E' :
			 t->kind == TERM_PREFIX ? 'P' : '?';
		w += (size_t)snprintf(buf + w, sizeof(buf) - w, "%s%c:%.*s", i ? " " : "", k,
				      (int)t->len, t->text);
	}
	return buf;
}

static const char *warning(size_t i)
{
	return i < W.n ? W.v[i].text : "(no such warning)";
}

/* ------------------------------------------------------------ errors */

static void test_lexicon__err_section_syntax(void)
{
	load1("t.lex", "theme: t\n[c]\n[a\ntrust\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 3, "section header '[a' has no closing ']'");
	load1("t.lex", "[c]\ntrust\n[]\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 3, "empty section name '[]'");
	load1("t.lex", "[*]\ntrust\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 1, "'*' is reserved for the theme-level row");
	load1("t.lex", "[c] extra\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 1, "unexpected text after the section header: ' extra'");
	load1("t.lex", "[c\x01]\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 1, "control character in section name");
	/* a comment after a header is fine */
	CHECK_EQ(load1("t.lex", "[c]  # the c category\ntrust\n"), LT_OK);
}

static void test_lexicon__err_empty_phrase(void)
{
	load1("t.lex", "[c]\n\"\"\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "empty phrase");
	load1("t.lex", "[c]\ntrust\n\"   \"  # blank\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 3, "empty phrase");
	load1("t.lex", "[c]\n\"rely on\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "phrase \"rely on has no closing '\"'");
	load1("t.lex", "[c]\n\"rely on\" upon\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "unexpected text after the phrase: ' upon'");
	load1("t.lex", "[c]\n---\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "'---' has no letters or digits");
	load1("t.lex", "[c]\n\"- -\"\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "'-' has no letters or digits");
}

static void test_lexicon__err_regex(void)
{
	load1("t.lex", "[c]\ntrust\n/(/\n");
	EXPECT_ERR(LT_EREGEX, "t.lex", 3, "invalid regex /(/: missing closing parenthesis at offset 1");
	load1("t.lex", "[c]\n/a{2,1}/  # comment\n");
	EXPECT_ERR(LT_EREGEX, "t.lex", 2,
		   "invalid regex /a{2,1}/: numbers out of order in {} quantifier at offset 5");
	load1("t.lex", "[c]\n/[a/\n");
	EXPECT_ERR(LT_EREGEX, "t.lex", 2,
		   "invalid regex /[a/: missing terminating ] for character class at offset 2");
	load1("t.lex", "[c]\n/abc\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "regex '/abc' has no closing '/'");
	load1("t.lex", "[c]\n/a/b\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "regex '/a/b' has no closing '/'");
	load1("t.lex", "[c]\n//\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "empty regex");
}

static void test_lexicon__err_outside_category(void)
{
	load1("t.lex", "# comment\ntheme: t\n\ntrust\n[c]\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 4,
		   "entry 'trust' outside a category (add a [category] line above it)");
	/* an unknown header key is an entry outside a category too */
	load1("t.lex", "themes: x\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 1,
		   "entry 'themes: x' outside a category (add a [category] line above it)");
}

static void test_lexicon__err_star_and_equals(void)
{
	load1("t.lex", "[c]\ncon*fide\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "'*' is allowed only at the end of a word in 'con*fide'");
	load1("t.lex", "[c]\n\"rely *on\"\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "'*' is allowed only at the end of a word in '*on'");
	load1("t.lex", "[c]\nconfid**\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "'*' is allowed only at the end of a word in 'confid**'");
	load1("t.lex", "[c]\na=b\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "'=' is allowed only at the start of a word in 'a=b'");
}

static void test_lexicon__err_clause_punctuation(void)
{
	load1("t.lex", "[c]\nwell,actually\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2,
		   "'well,actually' contains punctuation that ends a clause; an entry never "
		   "matches across a clause end");
	load1("t.lex", "[c]\n\"e.g. this\"\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2,
		   "'e.g. this' contains punctuation that ends a clause; an entry never matches "
		   "across a clause end");
	/* counting-rules.md section 3: "well, actually" is rejected at load */
	load1("t.lex", "[c]\ntrust\n\"well, actually\"\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 3,
		   "'well, actually' contains punctuation that ends a clause; an entry never "
		   "matches across a clause end");
	load1("t.lex", "[c]\nwell; actually  # c\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2,
		   "'well; actually' contains punctuation that ends a clause; an entry never "
		   "matches across a clause end");
	/* in a pattern, ( ) | ? are operators, but other clause punctuation is not */
	load1("t.lex", "[c]\n\"(rely|count) on, them\"\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2,
		   "'(rely|count) on, them' contains punctuation that ends a clause; an entry "
		   "never matches across a clause end");
	/* punctuation before the first or after the last token is a separator */
	CHECK_EQ(load1("t.lex", "[c]\ntrust.\n\"(rely on)\"\n...well\n"), LT_OK);
	if (LX) {
		CHECK_EQ(lexicon_n_entries(LX), 3);
		CHECK_STREQ(terms_of(lexicon_entry(LX, 0)), "S:trust");
		CHECK_STREQ(terms_of(lexicon_entry(LX, 1)), "S:reli S:on");
		CHECK_STREQ(terms_of(lexicon_entry(LX, 2)), "S:well");
	}
}

/* counting-rules.md 3.1, 3.2: every syntax error names file:line */
static void test_lexicon__err_patterns(void)
{
	static const struct {
		const char *line, *reason;
	} cases[] = {
		{ "\"(their|his trust\"",
		  "unbalanced parentheses: '(' without ')' in '(their|his trust'" },
		{ "\"their) trust\"", "unbalanced parentheses: ')' without '(' in 'their) trust'" },
		{ "\"((a|b)|c) trust\"", "groups cannot be nested in '((a|b)|c) trust'" },
		{ "\"(a||b) trust\"",
		  "empty alternative in '(a||b) trust' (write (a)? for an optional element)" },
		{ "\"(|b) trust\"",
		  "empty alternative in '(|b) trust' (write (a)? for an optional element)" },
		{ "\"() trust\"",
		  "empty alternative in '() trust' (write (a)? for an optional element)" },
		{ "\"a|b trust\"", "'|' outside parentheses in 'a|b trust': write (a|b)" },
		{ "\"lack ~6 trust\"", "gap ~6: the number of tokens must be 1 to 5" },
		{ "\"lack ~0 trust\"", "gap ~0: the number of tokens must be 1 to 5" },
		{ "\"lack ~ trust\"",
		  "'~' must be followed by a number of tokens, as in 'lack ~2 trust'" },
		{ "\"lack ~2x trust\"",
		  "'~' must be followed by a number of tokens, as in 'lack ~2 trust'" },
		{ "\"~2 trust\"", "a gap ~N must stand between two elements in '~2 trust'" },
		{ "\"trust ~2\"", "a gap ~N must stand between two elements in 'trust ~2'" },
		{ "\"a ~2 ~1 b\"", "two gaps in a row in 'a ~2 ~1 b': write one ~N" },
		{ "\"(a ~2 b) c\"", "a gap ~N cannot be inside parentheses in '(a ~2 b) c'" },
		{ "\"(a)? (b)?\"", "every element of '(a)? (b)?' is optional" },
		{ "\"(so)? really? trust\"",
		  "'?' is allowed only right after ')' in '(so)? really? trust'" },
		{ "\"a ~5 b ~5 c ~5 d ~5 e ~5 f ~5 g\"",
		  "'a ~5 b ~5 c ~5 d ~5 e ~5 f ~5 g' can match up to 37 tokens; a pattern may "
		  "match at most 32" },
		{ "pressure NEAR/0 targets", "NEAR/0: the distance must be 1 to 50 tokens" },
		{ "pressure NEAR/51 targets", "NEAR/51: the distance must be 1 to 50 tokens" },
		{ "pressure NEAR/ targets", "NEAR needs a distance in tokens: NEAR/N" },
		{ "pressure NEAR/5x targets", "NEAR needs a distance in tokens: NEAR/N" },
		{ "NEAR/5 targets", "NEAR/N needs an entry on each side" },
		{ "pressure NOT NEAR/5", "NEAR/N needs an entry on each side" },
		{ "a NEAR/2 b NEAR/3 c", "one NEAR/N per entry" },
		{ "b NEAR/2 /pressure/", "a regex cannot be an operand of NEAR/N" },
		{ "\"a b NEAR/2 c", "phrase \"a b NEAR/2 c has no closing '\"'" },
		{ "a NEAR/2 (b|)", "empty alternative in '(b|)' (write (a)? for an optional element)" },
	};
	for (size_t i = 0; i < LT_ARRAY_SIZE(cases); i++) {
		char buf[256];
		snprintf(buf, sizeof(buf), "[c]\n%s\n", cases[i].line);
		load1("t.lex", buf);
		EXPECT_ERR(LT_ELEXICON, "t.lex", 2, cases[i].reason);
	}
	load1("t.lex", "[negators]\n\"(hardly|barely)\"\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "a negator must be one word, not a pattern");
	load1("t.lex", "[negators]\nlack NEAR/2 trust\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "a negator must be one word, not a NEAR rule");
}

/* what a pattern compiles to: slots, alternatives, terms; plain forms stay phrases */
static void test_lexicon__patterns(void)
{
	CHECK_EQ(load1("t.lex", "[c]\n"
			"\"(their|his|each other's) (=view|point of view)\"\n"
			"\"lack ~2 trust\"  # a gap\n"
			"\"(really)? trust*\"\n"
			"\"(rely) on\"\n"
			"pressure NEAR/5 (clinical|financial)  # \"quoted\" comment\n"
			"board NOT NEAR/2 \"foundation trust\"\n"
			"near board\n"), LT_OK);
	if (!LX)
		return;
	CHECK_EQ(lexicon_n_entries(LX), 7);
	const struct lex_entry *e = lexicon_entry(LX, 0);
	CHECK_EQ(e->kind, ENTRY_PATTERN);
	CHECK_EQ(e->pat->n_slots, 2);
	CHECK_EQ(e->pat->slots[0].n_alts, 3);
	CHECK_EQ(e->pat->alts[2].n, 2);          /* each other's: 2 tokens */
	CHECK_EQ(e->pat->slots[1].n_alts, 2);
	CHECK_EQ(e->pat->alts[e->pat->slots[1].alt_off + 1].n, 3); /* point of view */
	CHECK_EQ(e->pat->max_len, 5);
	e = lexicon_entry(LX, 1);
	CHECK_EQ(e->kind, ENTRY_PATTERN);
	CHECK_STREQ(e->text, "\"lack ~2 trust\"");
	CHECK_EQ(e->pat->n_slots, 3);
	CHECK_EQ(e->pat->slots[1].kind, PAT_GAP);
	CHECK_EQ(e->pat->slots[1].gap, 2);
	CHECK_EQ(e->pat->max_len, 4);
	e = lexicon_entry(LX, 2);
	CHECK_EQ(e->kind, ENTRY_PATTERN);
	CHECK(e->pat->slots[0].optional);
	CHECK_EQ(lexicon_term(LX, e->pat->terms[1])->kind, TERM_PREFIX);
	/* one alternative, not optional: the plain phrase "rely on" */
	e = lexicon_entry(LX, 3);
	CHECK_EQ(e->kind, ENTRY_PHRASE);
	CHECK_STREQ(terms_of(e), "S:reli S:on");
	e = lexicon_entry(LX, 4);
	CHECK_EQ(e->kind, ENTRY_NEAR);
	CHECK_EQ(e->near_dist, 5);
	CHECK_STREQ(e->text, "pressure NEAR/5 (clinical|financial)");
	CHECK_EQ(e->near->slots[0].n_alts, 2);
	e = lexicon_entry(LX, 5);
	CHECK_EQ(e->kind, ENTRY_NOT_NEAR);
	CHECK_EQ(e->near_dist, 2);
	CHECK_EQ(e->near->max_len, 2);
	/* lower-case "near" is a word, not an operator */
	e = lexicon_entry(LX, 6);
	CHECK_EQ(e->kind, ENTRY_PHRASE);
	CHECK_STREQ(terms_of(e), "S:near S:board");
}

static void test_lexicon__err_exclude_unknown(void)
{
	/* the line of the [exclude NAME] header */
	load1("t.lex", "theme: t\n[c]\ntrust\n[exclude nosuch]\n\"trust fund\"\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 4, "[exclude nosuch]: theme 't' has no category 'nosuch'");
	/* a category of another theme does not count */
	write_file("other.lex", "theme: o\n[nosuch]\nx\n");
	write_file("t.lex", "theme: t\n[c]\ntrust\n[exclude nosuch]\n\"trust fund\"\n");
	load_paths("other.lex", "t.lex", (const char *)NULL);
	EXPECT_ERR(LT_ELEXICON, "t.lex", 4, "[exclude nosuch]: theme 't' has no category 'nosuch'");
	/* a category defined later in the theme (another file) does */
	write_file("t2.lex", "theme: t\n[nosuch]\nx\n");
	CHECK_EQ(load_paths("t.lex", "t2.lex", (const char *)NULL), LT_OK);
	/* header contract: an [exclude NAME] naming a missing category is an
	 * error even when the section has no entries yet */
	load1("t.lex", "theme: t\n[c]\ntrust\n[exclude nosuch]\n# to do\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 4, "[exclude nosuch]: theme 't' has no category 'nosuch'");
}

static void test_lexicon__err_negator(void)
{
	load1("t.lex", "[c]\ntrust\n[negators]\nlack\n\"not really\"\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 5, "a negator must be one word, not '\"not really\"'");
	load1("t.lex", "[negators]\nhardly ever\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "a negator must be one word, not 'hardly ever'");
	load1("t.lex", "[negators]\nco-operate\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "a negator must be one word, not 'co-operate'");
	load1("t.lex", "[negators]\n/hardly/\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "a negator must be one word, not a regex");
}

static void test_lexicon__err_header_lines(void)
{
	load1("t.lex", "theme: a.b\n[c]\nx\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 1, "theme name 'a.b' may not contain '.'");
	load1("t.lex", "theme: a*\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 1, "theme name 'a*' may not contain '*'");
	load1("t.lex", "# x\ntheme:   # nothing\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "empty theme name");
}

static void test_lexicon__err_bytes(void)
{
	/* lexicons go through the transcripts' decoder; what it would replace
	 * is an error here, with the line */
	write_file_n("t.lex", "[c]\ntr\0ust\n", 11);
	load_paths("t.lex", (const char *)NULL);
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "1 NUL byte replaced by U+FFFD (first here); lexicons "
		   "must be UTF-8 (or UTF-16 with a byte-order mark)");
	/* a Latin-1 "café" with a UTF-8 "é" is damaged UTF-8: an error */
	load1("t.lex", "[c]\ntrust \xC3\xA9\ncaf\xE9\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 3, "invalid UTF-8 byte 0xE9; 1 invalid sequence replaced "
		   "by U+FFFD (first here); lexicons must be UTF-8 (or UTF-16 with a byte-order "
		   "mark)");
	/* several problems: the first one in the file is named, as for every
	 * other lexicon error (here a Latin-1 byte on line 2, a NUL on line 4) */
	static const char two[] = "[c]\ncaf\xC3\xA9\xE9\ntrust\nx\0y\n";
	write_file_n("t.lex", two, sizeof(two) - 1);
	load_paths("t.lex", (const char *)NULL);
	EXPECT_ERR(LT_ELEXICON, "t.lex", 2, "invalid UTF-8 byte 0xE9; 1 invalid sequence replaced "
		   "by U+FFFD (first here); lexicons must be UTF-8 (or UTF-16 with a byte-order "
		   "mark)");
	/* a Windows-1252 lexicon (no UTF-8 at all) loads, with one warning */
	load1("t.lex", "[c]\ntrust\ncaf\xE9\ndidn\x92t\n");
	CHECK_EQ(RC, LT_OK);
	CHECK_EQ(W.n, 1);
	{
		char want[512];
		snprintf(want, sizeof(want), "%s:3: not valid UTF-8; decoded as Windows-1252 "
			 "(first non-ASCII byte 0xE9 here)", P("t.lex"));
		CHECK_STREQ(W.n ? W.v[0].text : "", want);
	}
	/* a binary file: the reason, after the path */
	static const char png[] = "\x89PNG\r\n\x1A\n";
	write_file_n("t.lex", png, sizeof(png) - 1);
	load_paths("t.lex", (const char *)NULL);
	char want[600];
	snprintf(want, sizeof(want), "%s: binary file rejected: looks like a PNG image", P("t.lex"));
	CHECK_EQ(RC, LT_ELEXICON);
	CHECK_STREQ(DG.msg, want);
}

/* UTF-16 with a BOM, and NFC: decoded like a transcript */
static void test_lexicon__utf16_and_nfc(void)
{
	/* "theme: u\n[c]\ncafe\u0301\n=Stra\u00DFe\n" in UTF-16LE with a BOM */
	const char *src = "theme: u\n[c]\ncafe\xCC\x81\n=Stra\xC3\x9F" "e\n";
	unsigned char buf[128];
	size_t w = 0;
	buf[w++] = 0xFF;
	buf[w++] = 0xFE;
	for (const unsigned char *p = (const unsigned char *)src; *p;) {
		uint32_t cp = *p++;
		if (cp >= 0xC0) {
			cp &= 0x1F;
			cp = (cp << 6) | (*p++ & 0x3Fu);
		}
		buf[w++] = (unsigned char)(cp & 0xFF);
		buf[w++] = (unsigned char)(cp >> 8);
	}
	write_file_n("u.lex", (const char *)buf, w);
	CHECK_EQ(load_paths("u.lex", (const char *)NULL), LT_OK);
	if (!LX)
		return;
	CHECK_STREQ(lexicon_theme(LX, 0)->name, "u");
	CHECK_EQ(lexicon_n_entries(LX), 2);
	/* the decomposed e + U+0301 was composed before stemming */
	CHECK_STREQ(terms_of(lexicon_entry(LX, 0)), "S:caf\xC3\xA9");
	CHECK_STREQ(terms_of(lexicon_entry(LX, 1)), "E:strasse");
	CHECK_EQ(lexicon_entry(LX, 1)->line, 4);
}

static void test_lexicon__err_paths(void)
{
	char want[600];
	load_paths("missing.lex", (const char *)NULL);
	CHECK_EQ(RC, LT_EIO);
	snprintf(want, sizeof(want), "cannot open lexicon '%s': No such file or directory",
		 P("missing.lex"));
	CHECK_STREQ(DG.msg, want);
	mkdir(P("empty"), 0700);
	write_file("empty/notes.txt", "[c]\nx\n");
	load_paths("empty", (const char *)NULL);
	CHECK_EQ(RC, LT_ELEXICON);
	snprintf(want, sizeof(want), "no lexicon files (.lex, .dic, .dicx) in folder '%s'",
		 P("empty"));
	CHECK_STREQ(DG.msg, want);
	/* finishing an empty lexicon */
	reset();
	struct lexicon *lx = lexicon_new(ST);
	CHECK_EQ(lexicon_finish(lx, false, &DG), LT_ELEXICON);
	CHECK_STREQ(DG.msg, "no lexicon loaded");
	lexicon_free(lx);
	lexicon_free(NULL);
}

/* ------------------------------------------------------------ structure */

static void test_lexicon__comments(void)
{
	int rc = load1("t.lex",
		       "# leading comment\n"            /* 1 */
		       "theme: t   # trailing\n"        /* 2 */
		       "description: Desc # c\n"        /* 3 */
		       "version: 2\n"                   /* 4 */
		       "\n"                             /* 5 */
		       "[c]\n"                          /* 6 */
		       "# definition: the c category\n" /* 7 */
		       "c#\n"                           /* 8 */
		       "trust # comment\n"              /* 9 */
		       "   # indented comment\n"        /* 10 */
		       "=honest\t# tab comment\n"       /* 11 */
		       "\"rely on\" # c\n"              /* 12 */
		       "/a#b/  # c\n"                   /* 13 */
		       "x#y\n"                          /* 14 */
		       "#trust\n"                       /* 15 */
		       "# definition: not the first\n"); /* 16 */
	CHECK_EQ(rc, LT_OK);
	if (!LX)
		return;
	CHECK_EQ(lexicon_n_themes(LX), 1);
	const struct lex_theme *th = lexicon_theme(LX, 0);
	CHECK_STREQ(th->name, "t");
	CHECK_STREQ(th->description, "Desc");
	CHECK_STREQ(th->version, "2");
	CHECK_STREQ(th->files, P("t.lex"));
	CHECK_EQ(lexicon_n_categories(LX), 2);
	CHECK_STREQ(lexicon_category(LX, 1)->name, "t.c");
	CHECK_STREQ(lexicon_category(LX, 1)->description, "the c category");
	CHECK_EQ(lexicon_category(LX, 1)->line, 6);
	CHECK_EQ(lexicon_n_entries(LX), 6);
	static const struct {
		unsigned line;
		const char *text, *terms;
	} want[] = {
		{ 8, "c#", "S:c" },
		{ 9, "trust", "S:trust" },
		{ 11, "=honest", "E:honest" },
		{ 12, "\"rely on\"", "S:reli S:on" },
		{ 13, "/a#b/", "R:/a#b/" },
		{ 14, "x#y", "S:x S:y" },
	};
	for (uint32_t i = 0; i < 6 && i < lexicon_n_entries(LX); i++) {
		const struct lex_entry *e = lexicon_entry(LX, i);
		CHECK_EQ(e->line, want[i].line);
		CHECK_STREQ(e->text, want[i].text);
		CHECK_STREQ(terms_of(e), want[i].terms);
		CHECK_STREQ(e->file, P("t.lex"));
	}
	CHECK_EQ(lexicon_category(LX, 1)->n_entries, 6);
}

static void test_lexicon__element_rules(void)
{
	int rc = load1("m.lex",
		       "theme: m\n"                  /* 1 */
		       "[c]\n"                       /* 2 */
		       "trust\n"                     /* 3 */
		       "=Reliable\n"                 /* 4 */
		       "Confid*\n"                   /* 5 */
		       "\"rely on\"\n"               /* 6 */
		       "co-operat*\n"                /* 7 */
		       "=co-op\n"                    /* 8 */
		       "\"=had faith in\"\n"         /* 9 */
		       "/\\bgood faith\\b/\n"        /* 10 */
		       "DON\xE2\x80\x99T\n"          /* 11 */
		       "=Stra\xC3\x9F" "e\n"         /* 12 */
		       "rely   on\n"                 /* 13 */
		       "=co-operat*\n"               /* 14 */
		       "=Trust*\n"                   /* 15 */
		       "[exclude]\n"                 /* 16 */
		       "\"foundation trust\"\n"      /* 17 */
		       "[exclude c]\n"               /* 18 */
		       "\"trust fund*\"\n"           /* 19 */
		       "[negators]\n"                /* 20 */
		       "lack\n"                      /* 21 */
		       "=hardly\n");                 /* 22 */
	CHECK_EQ(rc, LT_OK);
	if (!LX)
		return;
	static const struct {
		unsigned line;
		int kind, role;
		const char *terms;
	} want[] = {
		{ 3, ENTRY_STEM, ROLE_COUNT, "S:trust" },
		{ 4, ENTRY_EXACT, ROLE_COUNT, "E:reliable" },
		{ 5, ENTRY_PREFIX, ROLE_COUNT, "P:confid" },
		{ 6, ENTRY_PHRASE, ROLE_COUNT, "S:reli S:on" },
		{ 7, ENTRY_PHRASE, ROLE_COUNT, "S:co P:operat" },
		{ 8, ENTRY_PHRASE, ROLE_COUNT, "E:co E:op" },
		{ 9, ENTRY_PHRASE, ROLE_COUNT, "E:had S:faith S:in" },
		{ 10, ENTRY_REGEX, ROLE_COUNT, "R:/\\bgood faith\\b/" },
		{ 11, ENTRY_STEM, ROLE_COUNT, "S:don't" },
		{ 12, ENTRY_EXACT, ROLE_COUNT, "E:strasse" },
		{ 13, ENTRY_PHRASE, ROLE_COUNT, "S:reli S:on" },
		{ 14, ENTRY_PHRASE, ROLE_COUNT, "E:co P:operat" },
		{ 15, ENTRY_PREFIX, ROLE_COUNT, "P:trust" },
		{ 17, ENTRY_PHRASE, ROLE_EXCLUDE_THEME, "S:foundat S:trust" },
		{ 19, ENTRY_PHRASE, ROLE_EXCLUDE_CATEGORY, "S:trust P:fund" },
		{ 21, ENTRY_STEM, ROLE_NEGATOR, "S:lack" },
		{ 22, ENTRY_EXACT, ROLE_NEGATOR, "E:hardly" },
	};
	CHECK_EQ(lexicon_n_entries(LX), LT_ARRAY_SIZE(want));
	for (uint32_t i = 0; i < LT_ARRAY_SIZE(want) && i < lexicon_n_entries(LX); i++) {
		const struct lex_entry *e = lexicon_entry(LX, i);
		CHECK_EQ(e->line, want[i].line);
		CHECK_EQ(e->kind, want[i].kind);
		CHECK_EQ(e->role, want[i].role);
		CHECK_STREQ(terms_of(e), want[i].terms);
		CHECK_EQ(e->theme, 0);
		/* category index for counts and [exclude c]; the theme for the others */
		CHECK_EQ(e->target, want[i].role == ROLE_COUNT ||
					    want[i].role == ROLE_EXCLUDE_CATEGORY ? 1 : 0);
	}
	/* the same terms make the same key, phrase or not */
	CHECK_EQ(lexicon_entry(LX, 3)->key, lexicon_entry(LX, 10)->key);
	CHECK(lexicon_entry(LX, 0)->key != lexicon_entry(LX, 1)->key);
	CHECK(lexicon_entry(LX, 7)->rx != NULL);
	CHECK_EQ(lexicon_category(LX, 1)->n_entries, 13);
	/* lookups: "trusted" (stem trust) finds the stem term */
	uint32_t *ids = NULL;
	size_t n = 0, cap = 0;
	lexicon_word_terms(LX, "trusted", 7, "trust", 5, &ids, &n, &cap);
	/* stem trust (line 3) and prefix trust (=Trust*, line 15), sorted */
	CHECK_EQ(n, 2);
	uint32_t t_stem = lexicon_entry(LX, 0)->terms[0], t_pre = lexicon_entry(LX, 12)->terms[0];
	CHECK(n == 2 && ids[0] == LT_MIN(t_stem, t_pre) && ids[1] == LT_MAX(t_stem, t_pre));
	n = 0;
	lexicon_word_terms(LX, "confidently", 11, "confid", 6, &ids, &n, &cap);
	CHECK_EQ(n, 1); /* prefix confid (stem confid is not a stem term) */
	n = 0;
	lexicon_word_terms(LX, "lacking", 7, "lack", 4, &ids, &n, &cap);
	CHECK_EQ(n, 1);
	if (n == 1) {
		const uint32_t *th;
		uint32_t nth;
		lexicon_negator_themes(LX, ids[0], &th, &nth);
		CHECK(nth == 1 && th[0] == 0);
	}
	free(ids);
	CHECK(lexicon_is_default_negator("not", 3));
	CHECK(lexicon_is_default_negator("cannot", 6));
	CHECK(lexicon_is_default_negator("isn't", 5));
	CHECK(lexicon_is_default_negator("nowhere", 7));
	CHECK(!lexicon_is_default_negator("knot", 4));
	CHECK(!lexicon_is_default_negator("non", 3));
	CHECK(!lexicon_is_default_negator("lack", 4));
}

static void test_lexicon__default_theme(void)
{
	CHECK_EQ(load1("Trust_Words.lex", "[Conf]\ntrust\n"), LT_OK);
	if (!LX)
		return;
	CHECK_STREQ(lexicon_theme(LX, 0)->name, "trust_words");
	CHECK_STREQ(lexicon_theme(LX, 0)->description, "");
	CHECK_STREQ(lexicon_theme(LX, 0)->version, "");
	CHECK_STREQ(lexicon_category(LX, 0)->name, "trust_words.*");
	CHECK_STREQ(lexicon_category(LX, 1)->name, "trust_words.Conf");
	CHECK_STREQ(lexicon_category(LX, 1)->short_name, "Conf");
	/* a header-only file still makes its theme */
	CHECK_EQ(load1("only.lex", "theme: lonely\ndescription: nothing yet\n"), LT_OK);
	CHECK_EQ(LX ? lexicon_n_themes(LX) : 0, 1);
	CHECK_EQ(LX ? lexicon_n_categories(LX) : 0, 1);
	CHECK_STREQ(LX ? lexicon_theme(LX, 0)->name : "", "lonely");
	CHECK_STREQ(LX ? lexicon_theme(LX, 0)->description : "", "nothing yet");
	/* header lines are only read before the first section: later, "theme:
	 * other" is an entry, and its ':' ends a clause (counting rules 3) */
	load1("late.lex", "[c]\nx\ntheme: other\n");
	EXPECT_ERR(LT_ELEXICON, "late.lex", 3,
		   "'theme: other' contains punctuation that ends a clause; an entry never "
		   "matches across a clause end");
}

static void test_lexicon__order(void)
{
	write_file("b.lex", "theme: zeta\n[z2]\nx\n[z1]\ny\n");
	write_file("a.lex", "theme: alpha\n[a2]\np\n[a1]\nq\n[a2]\nr\n");
	write_file("c.lex", "theme: alpha\n[a3]\ns\n[a2]\nt\n");
	/* loaded in the order b, c, a: output order does not depend on it */
	CHECK_EQ(load_paths("b.lex", "c.lex", "a.lex", (const char *)NULL), LT_OK);
	if (!LX)
		return;
	static const char *const cats[] = { "alpha.*", "alpha.a2", "alpha.a1", "alpha.a3",
					    "zeta.*", "zeta.z2", "zeta.z1" };
	CHECK_EQ(lexicon_n_categories(LX), 7);
	for (uint32_t i = 0; i < 7 && i < lexicon_n_categories(LX); i++) {
		CHECK_STREQ(lexicon_category(LX, i)->name, cats[i]);
		CHECK_EQ(lexicon_category(LX, i)->is_theme_row, i == 0 || i == 4);
		CHECK_EQ(lexicon_category(LX, i)->theme, i < 4 ? 0 : 1);
	}
	CHECK_EQ(lexicon_n_themes(LX), 2);
	CHECK_STREQ(lexicon_theme(LX, 0)->name, "alpha");
	CHECK_EQ(lexicon_theme(LX, 0)->row, 0);
	CHECK_EQ(lexicon_theme(LX, 0)->first_cat, 1);
	CHECK_EQ(lexicon_theme(LX, 0)->n_cats, 3);
	CHECK_EQ(lexicon_theme(LX, 1)->row, 4);
	CHECK_EQ(lexicon_theme(LX, 1)->first_cat, 5);
	CHECK_EQ(lexicon_theme(LX, 1)->n_cats, 2);
	CHECK_EQ(lexicon_category(LX, 1)->n_entries, 3); /* p, r (a.lex), t (c.lex) */
	CHECK_STREQ(lexicon_category(LX, 3)->file, P("c.lex"));
	CHECK_EQ(lexicon_category(LX, 3)->line, 2);
	/* entries in (file, line) order */
	static const struct {
		const char *file;
		unsigned line;
		uint32_t target;
	} ent[] = {
		{ "a.lex", 3, 1 }, { "a.lex", 5, 2 }, { "a.lex", 7, 1 }, { "b.lex", 3, 5 },
		{ "b.lex", 5, 6 }, { "c.lex", 3, 3 }, { "c.lex", 5, 1 },
	};
	CHECK_EQ(lexicon_n_entries(LX), 7);
	for (uint32_t i = 0; i < 7 && i < lexicon_n_entries(LX); i++) {
		const struct lex_entry *e = lexicon_entry(LX, i);
		CHECK_STREQ(e->file, P(ent[i].file));
		CHECK_EQ(e->line, ent[i].line);
		CHECK_EQ(e->target, ent[i].target);
	}
	uint64_t h1 = lexicon_hash(LX);
	char files1[1024];
	snprintf(files1, sizeof(files1), "%s", lexicon_theme(LX, 0)->files);
	/* the same files in another argument order: identical lexicon */
	CHECK_EQ(load_paths("a.lex", "b.lex", "c.lex", (const char *)NULL), LT_OK);
	if (!LX)
		return;
	CHECK_EQ(lexicon_hash(LX), h1);
	CHECK_STREQ(lexicon_theme(LX, 0)->files, files1);
	char want[1100];
	snprintf(want, sizeof(want), "%s;%s", P("a.lex"), P("c.lex"));
	CHECK_STREQ(lexicon_theme(LX, 0)->files, want);
	CHECK_EQ(lexicon_n_files(LX), 3);
}

/* one theme over two files with different versions: merged, with a warning */
static void test_lexicon__theme_versions(void)
{
	write_file("v1.lex", "theme: shared\nversion: 1\n[a]\nx\n");
	write_file("v2.lex", "theme: shared\nversion: 2\n[b]\ny\n");
	CHECK_EQ(load_paths("v1.lex", "v2.lex", (const char *)NULL), LT_OK);
	if (!LX)
		return;
	CHECK_EQ(lexicon_n_themes(LX), 1);
	CHECK_STREQ(lexicon_theme(LX, 0)->version, "1");
	CHECK_EQ(W.n, 1);
	char want[600];
	snprintf(want, sizeof(want), "%s:3: theme 'shared' is version 2 here but version 1 in an "
		 "earlier file; their categories are merged", P("v2.lex"));
	CHECK_STREQ(warning(0), want);
	/* the same version: no warning */
	write_file("v2.lex", "theme: shared\nversion: 1\n[b]\ny\n");
	CHECK_EQ(load_paths("v1.lex", "v2.lex", (const char *)NULL), LT_OK);
	CHECK_EQ(W.n, 0);
}

static void test_lexicon__crlf(void)
{
	CHECK_EQ(load1("t.lex", "theme: t\r\n[c]\r\ntrust\r\n\r\n=honest # x\r\n\"rely on\"\r\n"),
		 LT_OK);
	if (LX) {
		CHECK_EQ(lexicon_n_entries(LX), 3);
		CHECK_EQ(lexicon_entry(LX, 0)->line, 3);
		CHECK_STREQ(lexicon_entry(LX, 0)->text, "trust");
		CHECK_EQ(lexicon_entry(LX, 1)->line, 5);
		CHECK_STREQ(lexicon_entry(LX, 1)->text, "=honest");
		CHECK_STREQ(lexicon_entry(LX, 2)->text, "\"rely on\"");
		CHECK_STREQ(lexicon_category(LX, 1)->name, "t.c");
	}
	/* lone CR */
	CHECK_EQ(load1("t.lex", "theme: t\r[c]\rtrust\r\r=honest\r"), LT_OK);
	if (LX) {
		CHECK_EQ(lexicon_n_entries(LX), 2);
		CHECK_EQ(lexicon_entry(LX, 1)->line, 5);
		CHECK_STREQ(lexicon_entry(LX, 1)->text, "=honest");
	}
	/* UTF-8 BOM and no final line end */
	CHECK_EQ(load1("t.lex", "\xEF\xBB\xBFtheme: t\n[c]\ntrust"), LT_OK);
	CHECK_STREQ(LX ? lexicon_theme(LX, 0)->name : "", "t");
	/* error lines count CRLF, CR and LF alike */
	load1("t.lex", "[c]\r\n\rx\n[bad\r\n");
	EXPECT_ERR(LT_ELEXICON, "t.lex", 4, "section header '[bad' has no closing ']'");
}

static void test_lexicon__folder(void)
{
	mkdir(P("lexdir"), 0700);
	mkdir(P("lexdir/sub.lex"), 0700);
	write_file("lexdir/b.lex", "[cb]\nx\n");
	write_file("lexdir/a.lex", "[ca]\ny\n");
	write_file("lexdir/C.Lex", "[cc]\nz\n");
	write_file("lexdir/notes.txt", "not a lexicon [\n");
	write_file("lexdir/.hidden.lex", "[\n");
	write_file("lexdir/sub.lex/inner.lex", "[\n");
	CHECK_EQ(load_paths("lexdir/", (const char *)NULL), LT_OK);
	if (!LX)
		return;
	CHECK_EQ(lexicon_n_files(LX), 3);
	CHECK_STREQ(lexicon_file(LX, 0)->path, P("lexdir/C.Lex"));
	CHECK_STREQ(lexicon_file(LX, 1)->path, P("lexdir/a.lex"));
	CHECK_STREQ(lexicon_file(LX, 2)->path, P("lexdir/b.lex"));
	CHECK_EQ(lexicon_file(LX, 1)->size, 7);
	CHECK(lexicon_file(LX, 1)->hash != lexicon_file(LX, 2)->hash);
	/* themes from file names, sorted */
	CHECK_EQ(lexicon_n_themes(LX), 3);
	CHECK_STREQ(lexicon_theme(LX, 0)->name, "a");
	CHECK_STREQ(lexicon_theme(LX, 1)->name, "b");
	CHECK_STREQ(lexicon_theme(LX, 2)->name, "c");
	/* an error inside a folder names the file */
	write_file("lexdir/d.lex", "[cd]\n\"\"\n");
	load_paths("lexdir", (const char *)NULL);
	EXPECT_ERR(LT_ELEXICON, "lexdir/d.lex", 2, "empty phrase");
	unlink(P("lexdir/d.lex"));
}

/* ------------------------------------------------------------ check */

/* A NEAR rule quoted whole is a phrase of its words (NEAR/5 is "near" and
 * "5"), which never matches as meant: loading warns with file:line. The
 * unquoted rule, a quoted phrase with the word near, and NEAR/x without a
 * distance inside quotes do not warn. */
static void test_lexicon__quoted_near_warns(void)
{
	int rc = load1("nq.lex",
		       "theme: t\n"                       /* 1 */
		       "[c]\n"                            /* 2 */
		       "\"pressure NEAR/5 targets\"\n"    /* 3 */
		       "pressure NEAR/5 targets\n"        /* 4 */
		       "\"near miss\"\n"                  /* 5 */
		       "\"(rely|trust) NOT NEAR/2 board\"\n" /* 6 */
		       "\"a NEAR/x b\"\n");                /* 7 */
	CHECK_EQ(rc, LT_OK);
	CHECK_EQ(W.n, 2);
	char want[512];
	snprintf(want, sizeof(want), "%s:3: \"pressure NEAR/5 targets\" quotes a whole NEAR rule: "
		 "it is one phrase of the words 'pressure NEAR/5 targets' (NEAR/N read as two "
		 "words), never a proximity rule; write it without the outer quotes: pressure "
		 "NEAR/5 targets", P("nq.lex"));
	CHECK_STREQ(warning(0), want);
	CHECK(strstr(warning(1), "nq.lex:6: ") != NULL);
	CHECK(strstr(warning(1), "write it without the outer quotes: (rely|trust) NOT NEAR/2 "
		     "board") != NULL);
}

static void test_lexicon__check_warnings(void)
{
	int rc = load1("chk.lex",
		       "theme: t\n"            /* 1 */
		       "version: 1\n"          /* 2 */
		       "[c]\n"                 /* 3 */
		       "trust\n"               /* 4 */
		       "=trusted\n"            /* 5 */
		       "confid*\n"             /* 6 */
		       "confide*\n"            /* 7 */
		       "trust  # again\n"      /* 8 */
		       "/Trust me/\n"          /* 9 */
		       "=trusting\n"           /* 10 */
		       "[empty]\n"             /* 11 */
		       "[d]\n"                 /* 12 */
		       "=reliable\n"           /* 13 */
		       "reliable\n"            /* 14 */
		       "/\\bw\\S+ (?<Name>x)\\W/\n"); /* 15 */
	CHECK_EQ(rc, LT_OK);
	if (!LX)
		return;
	char *out = NULL;
	size_t outlen = 0;
	FILE *f = open_memstream(&out, &outlen);
	size_t n = lexicon_check(LX, f, &W);
	fclose(f);
	const char *p = P("chk.lex");
	char want[8][512];
	snprintf(want[0], 512, "%s:11: category 't.empty' has no entries", p);
	snprintf(want[1], 512, "%s:5: in t.c, '=trusted' (line 5) matches only words that 'trust' "
		 "(line 4) matches too; it can never be credited with a hit", p);
	snprintf(want[2], 512, "%s:7: in t.c, 'confide*' (line 7) matches only words that "
		 "'confid*' (line 6) matches too; it can never be credited with a hit", p);
	snprintf(want[3], 512, "%s:8: duplicate entry 'trust' in t.c (first at %s:4)", p, p);
	snprintf(want[4], 512, "%s:9: regex /Trust me/ contains upper-case letters, but regexes "
		 "match the case-folded text", p);
	snprintf(want[5], 512, "%s:10: in t.c, '=trusting' (line 10) matches only words that "
		 "'trust' (line 4) matches too; it can never be credited with a hit", p);
	snprintf(want[6], 512, "%s:14: in t.d, '=reliable' (line 13) matches only words that "
		 "'reliable' (line 14) matches too; the earlier entry is credited where both "
		 "match", p);
	CHECK_EQ(n, 7);
	CHECK_EQ(W.n, 7);
	for (size_t i = 0; i < 7; i++) {
		/* the text names file and line; the line field stays 0 (lexicon.h) */
		CHECK_STREQ(warning(i), want[i]);
		CHECK_EQ(i < W.n ? W.v[i].line : 99, 0);
		CHECK_EQ(i < W.n ? W.v[i].severity : 0, LT_SEV_WARNING);
	}
	char wout[1024];
	snprintf(wout, sizeof(wout),
		 "theme t: 3 categories (%s), version 1\n"
		 "  %-40s %5u entries\n"
		 "  %-40s %5u entries\n"
		 "  %-40s %5u entries\n",
		 p, "t.c", 7u, "t.empty", 0u, "t.d", 3u);
	CHECK_STREQ(out, wout);
	free(out);
}

/* ------------------------------------------------------------ size */

static void test_lexicon__100k_entries(void)
{
	size_t cap = 4u * 1024u * 1024u, w = 0;
	char *buf = malloc(cap);
	w += (size_t)snprintf(buf + w, cap - w, "theme: big\n");
	for (unsigned i = 0; i < 100000; i++) {
		if (i % 1000 == 0)
			w += (size_t)snprintf(buf + w, cap - w, "[c%03u]\n", i / 1000);
		switch (i % 4) {
		case 0: w += (size_t)snprintf(buf + w, cap - w, "word%05u\n", i); break;
		case 1: w += (size_t)snprintf(buf + w, cap - w, "=exact%05u\n", i); break;
		case 2: w += (size_t)snprintf(buf + w, cap - w, "pre%05u*\n", i); break;
		default: w += (size_t)snprintf(buf + w, cap - w, "\"ph%05u two\"\n", i); break;
		}
	}
	write_file_n("big.lex", buf, w);
	free(buf);
	clock_t t0 = clock();
	CHECK_EQ(load_paths("big.lex", (const char *)NULL), LT_OK);
	printf("# 100,000-entry lexicon: loaded and finished in %.2f s CPU\n",
	       (double)(clock() - t0) / CLOCKS_PER_SEC);
	if (!LX)
		return;
	CHECK_EQ(lexicon_n_entries(LX), 100000);
	CHECK_EQ(lexicon_n_categories(LX), 101);
	int wrong = 0;
	for (uint32_t i = 1; i < 101; i++)
		wrong += lexicon_category(LX, i)->n_entries != 1000;
	CHECK_EQ(wrong, 0);
	/* 25,000 each of stem, exact, prefix, and 25,000 phrases sharing "two" */
	CHECK_EQ(lexicon_n_terms(LX), 100001);
	const struct lex_entry *e = lexicon_entry(LX, 99999);
	CHECK_STREQ(e->text, "\"ph99999 two\"");
	CHECK_EQ(e->line, 100000 + 100 + 1);
	CHECK_EQ(e->target, 100);
}

static void test_lexicon__1mb_line(void)
{
	const size_t mb = 1024u * 1024u;
	char *buf = malloc(3 * mb);
	/* one exact word of 1 MB */
	size_t w = (size_t)sprintf(buf, "[c]\n=");
	memset(buf + w, 'a', mb);
	w += mb;
	buf[w++] = '\n';
	write_file_n("t.lex", buf, w);
	CHECK_EQ(load_paths("t.lex", (const char *)NULL), LT_OK);
	if (LX) {
		const struct lex_term *t = lexicon_term(LX, lexicon_entry(LX, 0)->terms[0]);
		CHECK_EQ(t->len, mb);
		CHECK_EQ(t->kind, TERM_EXACT);
	}
	/* a 1 MB phrase of 2-letter words */
	w = (size_t)sprintf(buf, "[c]\n\"");
	for (size_t i = 0; i < mb / 3; i++) {
		memcpy(buf + w, "ab ", 3);
		w += 3;
	}
	w += (size_t)sprintf(buf + w, "\"\ntrust\n");
	write_file_n("t.lex", buf, w);
	CHECK_EQ(load_paths("t.lex", (const char *)NULL), LT_OK);
	if (LX) {
		CHECK_EQ(lexicon_n_entries(LX), 2);
		CHECK_EQ(lexicon_entry(LX, 0)->n_terms, mb / 3);
		CHECK_EQ(lexicon_entry(LX, 0)->kind, ENTRY_PHRASE);
		CHECK_EQ(lexicon_entry(LX, 1)->line, 3);
	}
	/* a 1 MB comment */
	w = (size_t)sprintf(buf, "[c]\n# ");
	memset(buf + w, 'z', mb);
	w += mb;
	w += (size_t)sprintf(buf + w, "\ntrust\n");
	write_file_n("t.lex", buf, w);
	CHECK_EQ(load_paths("t.lex", (const char *)NULL), LT_OK);
	CHECK_EQ(LX ? lexicon_n_entries(LX) : 0, 1);
	/* an error on a 1 MB line: the message is cut, with its prefix intact */
	w = (size_t)sprintf(buf, "[c]\n[");
	memset(buf + w, 'q', mb);
	w += mb;
	buf[w++] = '\n';
	write_file_n("t.lex", buf, w);
	load_paths("t.lex", (const char *)NULL);
	CHECK_EQ(RC, LT_ELEXICON);
	char want[600];
	snprintf(want, sizeof(want), "%s:2: section header '[qqqq", P("t.lex"));
	CHECK(strncmp(DG.msg, want, strlen(want)) == 0);
	CHECK(strlen(DG.msg) < sizeof(DG.msg));
	free(buf);
}

/* ------------------------------------------------------------ main */

static void rm_rf(const char *path)
{
	struct stat st;
	if (lstat(path, &st) != 0)
		return;
	if (S_ISDIR(st.st_mode)) {
		DIR *d = opendir(path);
		struct dirent *e;
		while (d && (e = readdir(d))) {
			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			char sub[1024];
			snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name);
			rm_rf(sub);
		}
		if (d)
			closedir(d);
		rmdir(path);
	} else {
		unlink(path);
	}
}

/* ------------------------------------------------------------ the hash */

/* Load one file by the relative path name, from inside DIR_, so the
 * paths the hash covers do not depend on the temporary folder's name. */
static int load_relative(const char *name, const char *content)
{
	write_file(name, content);
	char cwd[1024];
	CHECK(getcwd(cwd, sizeof(cwd)) != NULL);
	CHECK_EQ(chdir(DIR_), 0);
	reset();
	struct lexicon *lx = lexicon_new(ST);
	RC = lexicon_add_path(lx, name, &W, &DG);
	if (RC == LT_OK)
		RC = lexicon_finish(lx, false, &DG);
	if (RC == LT_OK)
		LX = lx;
	else
		lexicon_free(lx);
	CHECK_EQ(chdir(cwd), 0);
	return RC;
}

struct bytes {
	unsigned char v[1024];
	size_t n;
};

static void b_u8(struct bytes *b, unsigned v) { b->v[b->n++] = (unsigned char)v; }
static void b_u32(struct bytes *b, uint32_t v)
{
	b_u8(b, v & 0xFF), b_u8(b, v >> 8 & 0xFF), b_u8(b, v >> 16 & 0xFF), b_u8(b, v >> 24);
}
static void b_u64(struct bytes *b, uint64_t v)
{
	b_u32(b, (uint32_t)v), b_u32(b, (uint32_t)(v >> 32));
}
static void b_str(struct bytes *b, const char *s)
{
	b_u32(b, (uint32_t)strlen(s));
	memcpy(b->v + b->n, s, strlen(s));
	b->n += strlen(s);
}

#define H_LEX "theme: h\n[c]\n=trust\n"

/*
 * The canonical serialisation of docs/database.md, byte by byte, for a
 * one-entry lexicon; its XXH3-64 is pinned (computed with the xxHash
 * library from the bytes spelled out here), so a change of the format, or
 * a machine that would write it differently, fails here.
 */
static void test_lexicon__hash_canonical(void)
{
	if (load_relative("h.lex", H_LEX) != LT_OK || !LX)
		return;
	struct bytes want = { { 0 }, 0 };
	b_str(&want, "lextab-lexicons-4");
	b_u32(&want, 1);                      /* files */
	b_str(&want, "h.lex");
	b_u64(&want, 20);                     /* size */
	b_u64(&want, XXH3_64bits(H_LEX, 20)); /* content hash */
	b_u32(&want, 1);                      /* themes */
	b_str(&want, "h");
	b_str(&want, "");                     /* description */
	b_str(&want, "");                     /* version */
	b_str(&want, "h.lex");                /* files */
	b_u8(&want, 0);                       /* liwc */
	b_u32(&want, 2);                      /* categories */
	b_str(&want, "h.*");
	b_u32(&want, 0);
	b_u8(&want, 1);                       /* theme row */
	b_str(&want, "theme level: union of the theme's category hits, each token position once");
	b_str(&want, "");
	b_u32(&want, 0);
	b_str(&want, "h.c");
	b_u32(&want, 0);
	b_u8(&want, 0);
	b_str(&want, "");
	b_str(&want, "h.lex");
	b_u32(&want, 2);                      /* line of [c] */
	b_u32(&want, 1);                      /* entries */
	b_u8(&want, ENTRY_EXACT);
	b_u8(&want, ROLE_COUNT);
	b_u32(&want, 1);                      /* target: category h.c */
	b_u32(&want, 0);                      /* theme */
	b_str(&want, "h.lex");
	b_u32(&want, 3);
	b_str(&want, "=trust");
	CHECK_EQ(ENTRY_EXACT, 2);
	CHECK_EQ(want.n, 244);                /* counted by hand */
	size_t n;
	char *got = lexicon_canonical(LX, &n);
	CHECK_EQ(n, want.n);
	CHECK(n == want.n && memcmp(got, want.v, n) == 0);
	free(got);
	CHECK_EQ(lexicon_hash(LX), XXH3_64bits(want.v, want.n));
	CHECK_EQ(lexicon_hash(LX), HASH_PIN);
}

/* Any field of the lexicon changes the hash. */
static void test_lexicon__hash_fields(void)
{
	static const char *const variants[] = {
		H_LEX,
		"theme: h\n[c]\n=trusts\n",           /* an entry */
		"theme: h\n[d]\n=trust\n",            /* a category name */
		"theme: h\n[c]\ntrust\n",             /* a flag: stem, not =exact */
		"theme: h\n[exclude]\n=trust\n[c]\n", /* a role */
		"theme: g\n[c]\n=trust\n",            /* the theme */
		"theme: h\n\n[c]\n=trust\n",          /* a line number */
		"theme: h\nversion: 2\n[c]\n=trust\n",
	};
	uint64_t h[LT_ARRAY_SIZE(variants)];
	for (size_t i = 0; i < LT_ARRAY_SIZE(variants); i++) {
		CHECK_EQ(load_relative("h.lex", variants[i]), LT_OK);
		h[i] = LX ? lexicon_hash(LX) : 0;
		for (size_t k = 0; k < i; k++)
			CHECK(h[i] != h[k]);
	}
	/* the same bytes under another name: another file, theme and source */
	CHECK_EQ(load_relative("g.lex", "[c]\n=trust\n"), LT_OK);
	uint64_t g = LX ? lexicon_hash(LX) : 0;
	CHECK_EQ(load_relative("h2.lex", "[c]\n=trust\n"), LT_OK);
	CHECK(LX && lexicon_hash(LX) != g);
	/* and the same lexicon twice: the same hash */
	CHECK_EQ(load_relative("h.lex", H_LEX), LT_OK);
	CHECK(LX && lexicon_hash(LX) == h[0]);
}

/*
 * The hash names files by their last path component: the same lexicon
 * loaded by a relative name, through a folder, by an absolute path or
 * from a copy in another folder has the same hash (a moved lexicon folder
 * keeps its databases and validation sheets), while other content does not.
 */
static void test_lexicon__hash_path_independent(void)
{
	CHECK_EQ(load_relative("h.lex", H_LEX), LT_OK);
	uint64_t want = LX ? lexicon_hash(LX) : 0;
	CHECK(mkdir(P("moved"), 0700) == 0 || errno == EEXIST);
	CHECK(mkdir(P("moved/deeper"), 0700) == 0 || errno == EEXIST);
	write_file("moved/deeper/h.lex", H_LEX);
	CHECK_EQ(load_paths("h.lex", (const char *)NULL), LT_OK);
	CHECK(LX && lexicon_hash(LX) == want);
	CHECK_EQ(load_paths("moved/deeper/h.lex", (const char *)NULL), LT_OK);
	CHECK(LX && lexicon_hash(LX) == want);
	CHECK_EQ(load_paths("moved/deeper", (const char *)NULL), LT_OK);
	CHECK(LX && lexicon_hash(LX) == want);
	write_file("moved/deeper/h.lex", "theme: h\n[c]\n=trusts\n");
	CHECK_EQ(load_paths("moved/deeper/h.lex", (const char *)NULL), LT_OK);
	CHECK(LX && lexicon_hash(LX) != want);
}

/*
 * Weights (docs/database.md "The lexicon hash", section 6): a .dicx whose
 * weights are all 1 serialises no weights section, so its bytes are those
 * of the same lexicon before weights were hashed; one with a weight other
 * than 1 ends with "weights", the number of such entries, and per entry
 * its index and the weight's binary64 bits. Entries are in (file, line)
 * order: trust* is entry 0.
 */
static bool has_bytes(const char *b, size_t n, const char *s)
{
	size_t k = strlen(s);
	for (size_t i = 0; i + k <= n; i++)
		if (memcmp(b + i, s, k) == 0)
			return true;
	return false;
}

static void test_lexicon__hash_weights(void)
{
	CHECK_EQ(load_relative("w.dicx", "DicTerm,trust,conflict\ntrust*,X,\nrely on,1,\n"
					 "argu*,,X\n"), LT_OK);
	size_t n1 = 0;
	char *b1 = LX ? lexicon_canonical(LX, &n1) : NULL;
	CHECK(b1 && !has_bytes(b1, n1, "weights"));
	free(b1);
	CHECK_EQ(load_relative("w.dicx", "DicTerm,trust,conflict\ntrust*,2,\nrely on,1,\n"
					 "argu*,,X\n"), LT_OK);
	if (!LX)
		return;
	CHECK_EQ(lexicon_n_entries(LX), 3);
	CHECK_STREQ(lexicon_entry(LX, 0)->text, "trust*");
	CHECK(lexicon_entry(LX, 0)->weight == 2.0);
	struct bytes want = { { 0 }, 0 };
	b_str(&want, "weights");
	b_u32(&want, 1);                       /* one entry weighs other than 1 */
	b_u32(&want, 0);                       /* entry 0: trust* */
	b_u64(&want, 0x4000000000000000ULL);   /* 2.0 as IEEE-754 binary64 */
	CHECK_EQ(want.n, 4 + 7 + 4 + 4 + 8);
	size_t n;
	char *got = lexicon_canonical(LX, &n);
	CHECK(n > want.n && memcmp(got + n - want.n, want.v, want.n) == 0);
	/* without the section, the bytes are those of an unweighted lexicon */
	CHECK(!has_bytes(got, n - want.n, "weights"));
	CHECK_EQ(lexicon_hash(LX), XXH3_64bits(got, n));
	free(got);
}

int main(void)
{
	snprintf(DIR_, sizeof(DIR_), "/tmp/lt_test_lexicon.XXXXXX");
	if (!mkdtemp(DIR_)) {
		perror("mkdtemp");
		return 1;
	}
	struct lt_diag d;
	if (stemmer_new(&ST, "english", &d) < 0) {
		printf("%s\n", d.msg);
		return 1;
	}
	msgs_init(&W);
	RUN(test_lexicon__err_section_syntax);
	RUN(test_lexicon__err_empty_phrase);
	RUN(test_lexicon__err_regex);
	RUN(test_lexicon__err_outside_category);
	RUN(test_lexicon__err_star_and_equals);
	RUN(test_lexicon__err_clause_punctuation);
	RUN(test_lexicon__err_patterns);
	RUN(test_lexicon__patterns);
	RUN(test_lexicon__err_exclude_unknown);
	RUN(test_lexicon__err_negator);
	RUN(test_lexicon__err_header_lines);
	RUN(test_lexicon__err_bytes);
	RUN(test_lexicon__err_paths);
	RUN(test_lexicon__utf16_and_nfc);
	RUN(test_lexicon__comments);
	RUN(test_lexicon__element_rules);
	RUN(test_lexicon__default_theme);
	RUN(test_lexicon__order);
	RUN(test_lexicon__theme_versions);
	RUN(test_lexicon__crlf);
	RUN(test_lexicon__folder);
	RUN(test_lexicon__check_warnings);
	RUN(test_lexicon__quoted_near_warns);
	RUN(test_lexicon__100k_entries);
	RUN(test_lexicon__1mb_line);
	RUN(test_lexicon__hash_canonical);
	RUN(test_lexicon__hash_fields);
	RUN(test_lexicon__hash_path_independent);
	RUN(test_lexicon__hash_weights);
	reset();
	msgs_release(&W);
	stemmer_free(ST);
	rm_rf(DIR_);
	return th_done();
}
