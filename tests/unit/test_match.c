/* test_match.c - the counting rules (docs/counting-rules.md) checked on
 * lexicon.c + match.c through their public headers.
 *
 * Part 1: hand-worked cases, one per rule. Each writes a tiny lexicon to
 * /tmp, loads it, runs matcher_turn on a few turns and compares the hits,
 * rendered as one string in lextab's order (category, then position):
 *   "CATEGORY [TS,TE) BS-BE L<entry line> 'form'[ neg]" joined by " | ".
 * Part 2: a property test. A deliberately naive matcher written from
 * counting-rules.md (every entry tried at every token, regexes run on the
 * folded text built here, exclusions, leftmost-longest, theme rows,
 * negation) is compared with matcher_turn on random lexicons and turns
 * drawn from a small vocabulary (fixed seed, deterministic). It uses the
 * project's tokenize(), tokenize_fold(), stemmer_stem() and rx.h, which
 * have their own tests; it does not use lexicon.c's parsed entries: the
 * random lexicon is generated as a structure and rendered to .lex text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "arena.h"
#include "diag.h"
#include "lexicon.h"
#include "match.h"
#include "rx.h"
#include "stem.h"
#include "tokenize.h"

/* ------------------------------------------------------------ fixture */

struct fx {
	struct stemmer *st;
	struct lexicon *lx;
	struct matcher *m;
	struct arena a;
	struct hit_vec hits;
	struct lt_msgs msgs;
	struct lt_diag d;
	bool loaded;
};

static struct fx F;

static void fx_release(struct fx *f)
{
	if (!f->loaded)
		return;
	matcher_free(f->m);
	lexicon_free(f->lx);
	stemmer_free(f->st);
	arena_release(&f->a);
	free(f->hits.v);
	msgs_release(&f->msgs);
	memset(f, 0, sizeof(*f));
}

static bool write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "wb");
	if (!fp)
		return false;
	size_t n = strlen(text);
	bool ok = fwrite(text, 1, n, fp) == n;
	return fclose(fp) == 0 && ok;
}

/*
 * Load the given lexicon files (paths in the order given) into f, and
 * unlink them once read if unlink_files. Returns the status of the first
 * failing call; f->d holds its message.
 */
static int fx_load_paths(struct fx *f, const char *const *paths, size_t n, bool liwc,
			 bool unlink_files)
{
	fx_release(f);
	lt_diag_init(&f->d);
	arena_init(&f->a);
	msgs_init(&f->msgs);
	f->loaded = true;
	int rc = stemmer_new(&f->st, "english", &f->d);
	if (rc < 0)
		return rc;
	f->lx = lexicon_new(f->st);
	struct lt_msgs w;
	msgs_init(&w);
	for (size_t i = 0; i < n && rc == LT_OK; i++)
		rc = lexicon_add_path(f->lx, paths[i], &w, &f->d);
	msgs_release(&w);
	/* read: remove now, so that a crash below leaves no files behind */
	for (size_t i = 0; i < n && unlink_files; i++)
		unlink(paths[i]);
	if (rc == LT_OK)
		rc = lexicon_finish(f->lx, liwc, &f->d);
	if (rc == LT_OK)
		rc = matcher_new(&f->m, f->lx, "english", &f->d);
	return rc;
}

/* One .lex file written with mkstemps; text should carry a "theme:" line. */
static int fx_load_ext(const char *text, const char *ext, bool liwc)
{
	char path[64];
	snprintf(path, sizeof(path), "/tmp/lextab-test-match-XXXXXX%s", ext);
	int fd = mkstemps(path, (int)strlen(ext));
	CHECK(fd >= 0);
	if (fd < 0)
		return LT_EIO;
	close(fd);
	CHECK(write_file(path, text));
	const char *p = path;
	return fx_load_paths(&F, &p, 1, liwc, true);
}

static bool load(const char *text)
{
	int rc = fx_load_ext(text, ".lex", false);
	CHECK_EQ(rc, LT_OK);
	if (rc != LT_OK)
		printf("#   %s\n", F.d.msg);
	return rc == LT_OK;
}

/* Files name[i] with text[i] in a fresh folder, loaded in the given order. */
static bool load_files(const char *const *names, const char *const *texts, size_t n, bool liwc)
{
	char dir[] = "/tmp/lextab-test-match-XXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	char paths[4][128];
	const char *pp[4];
	for (size_t i = 0; i < n && i < 4; i++) {
		snprintf(paths[i], sizeof(paths[i]), "%s/%s", dir, names[i]);
		CHECK(write_file(paths[i], texts[i]));
		pp[i] = paths[i];
	}
	int rc = fx_load_paths(&F, pp, n, liwc, true);
	rmdir(dir);
	CHECK_EQ(rc, LT_OK);
	if (rc != LT_OK)
		printf("#   %s\n", F.d.msg);
	return rc == LT_OK;
}

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

/*
 * Run one turn and render its hits, in lextab's order. only: one category
 * name (then the name is left out of the rendering) or NULL for all.
 * with_file: prefix the entry line with the lexicon's base name.
 */
static const char *render(const char *only, bool with_file)
{
	static char bufs[4][8192];
	static int k;
	k = (k + 1) % 4;
	char *b = bufs[k];
	size_t o = 0;
	b[0] = '\0';
	for (size_t i = 0; i < F.hits.n && o < sizeof(bufs[0]) - 256; i++) {
		const struct hit *h = &F.hits.v[i];
		const char *name = lexicon_category(F.lx, h->category)->name;
		if (only && strcmp(only, name) != 0)
			continue;
		const struct lex_entry *e = lexicon_entry(F.lx, h->entry);
		o += (size_t)snprintf(b + o, sizeof(bufs[0]) - o, "%s%s%s[%u,%u) %u-%u %s%sL%u '%.*s'%s",
				      o ? " | " : "", only ? "" : name, only ? "" : " ", h->tok_start,
				      h->tok_end, h->byte_start, h->byte_end,
				      with_file ? base_name(e->file) : "", with_file ? ":" : "", e->line,
				      (int)h->form_len, h->form, h->negated ? " neg" : "");
	}
	return b;
}

static void turn(const char *text)
{
	F.hits.n = 0;
	msgs_release(&F.msgs);
	msgs_init(&F.msgs);
	matcher_turn(F.m, text, (uint32_t)strlen(text), 0, 1, &F.a, &F.hits, &F.msgs);
}

/* Run text; the hits of one category ("t.c"), rendered without its name. */
static const char *hits_of(const char *text, const char *cat)
{
	turn(text);
	return render(cat, false);
}

/* Run text; the hits of every category, theme rows included. */
static const char *all_hits(const char *text)
{
	turn(text);
	return render(NULL, false);
}

/* ------------------------------------------------------------ part 1: rules by hand */

/* 4.3: leftmost first, then longest; a longer candidate starting later loses. */
static void test_match__overlapping_phrases(void)
{
	if (!load("theme: t\n"
		  "[c]\n"
		  "faith\n"               /* 3 */
		  "\"faith in\"\n"        /* 4 */
		  "\"have faith in\"\n"   /* 5 */
		  "\"good faith\"\n"      /* 6 */
		  "\"in good faith\"\n")) /* 7 */
		return;
	/* have faith in [1,4) beats faith in [2,4) and faith [2,3); then
	 * "good faith" [4,6) and "in good faith" [3,6) overlaps the first */
	CHECK_STREQ(all_hits("I have faith in good faith"),
		    "t.* [1,4) 2-15 L5 'have faith in' | t.* [4,6) 16-26 L6 'good faith' | "
		    "t.c [1,4) 2-15 L5 'have faith in' | t.c [4,6) 16-26 L6 'good faith'");
	CHECK_STREQ(hits_of("faith in faith", "t.c"),
		    "[0,2) 0-8 L4 'faith in' | [2,3) 9-14 L3 'faith'");
	/* leftmost wins over longer: "faith in" [0,2) is taken, "in good
	 * faith" [1,4) (3 tokens) overlaps it, "good faith" [2,4) is next */
	CHECK_STREQ(hits_of("faith in good faith", "t.c"),
		    "[0,2) 0-8 L4 'faith in' | [2,4) 9-19 L6 'good faith'");
}

/* 2.4 + 3: a phrase never crosses a clause end; hyphens are not clause ends. */
static void test_match__phrase_clause(void)
{
	if (!load("theme: t\n[c]\n\"rely on\"\n"))
		return;
	CHECK_STREQ(hits_of("we rely on them", "t.c"), "[1,3) 3-10 L3 'rely on'");
	CHECK_STREQ(hits_of("we rely, on them", "t.c"), "");
	CHECK_STREQ(hits_of("rely. on", "t.c"), "");
	CHECK_STREQ(hits_of("rely; on", "t.c"), "");
	CHECK_STREQ(hits_of("rely? on", "t.c"), "");
	CHECK_STREQ(hits_of("rely (on)", "t.c"), "");
	CHECK_STREQ(hits_of("rely \xe2\x80\xa6 on", "t.c"), "");
	CHECK_STREQ(hits_of("rely-on", "t.c"), "[0,2) 0-7 L3 'rely on'");
	CHECK_STREQ(hits_of("RELIES  \"on\"", "t.c"), "[0,2) 0-11 L3 'relies on'");
	/* an entry with clause punctuation can never match: rejected with file:line */
	int rc = fx_load_ext("theme: t\n[c]\ntrust\n\"well, actually\"\n", ".lex", false);
	CHECK_EQ(rc, LT_ELEXICON);
	CHECK(strstr(F.d.msg, ".lex:4") != NULL);
}

/* 3: prefix on the folded form vs Snowball stem. */
static void test_match__glob_vs_stem(void)
{
	if (!load("theme: t\n[glob]\nconfid*\n[stem]\nconfidence\n"))
		return;
	const char *t = "confidential confidence confident confide";
	CHECK_STREQ(hits_of(t, "t.glob"),
		    "[0,1) 0-12 L3 'confidential' | [1,2) 13-23 L3 'confidence' | "
		    "[2,3) 24-33 L3 'confident' | [3,4) 34-41 L3 'confide'");
	/* stem confid: confidence, confident, confide; confidential is confidenti */
	CHECK_STREQ(hits_of(t, "t.stem"),
		    "[1,2) 13-23 L5 'confidence' | [2,3) 24-33 L5 'confident' | "
		    "[3,4) 34-41 L5 'confide'");
	/* prefix includes equality */
	CHECK_STREQ(hits_of("confid", "t.glob"), "[0,1) 0-6 L3 'confid'");
}

/* 3: =word is the exact folded form. */
static void test_match__exact(void)
{
	if (!load("theme: t\n[c]\n=trust\n"))
		return;
	CHECK_STREQ(hits_of("trust trusted Trust TRUSTS trust's", "t.c"),
		    "[0,1) 0-5 L3 'trust' | [2,3) 14-19 L3 'trust'");
}

/* 3: a bare word is a stem entry. */
static void test_match__stem(void)
{
	if (!load("theme: t\n[c]\ntrust\n"))
		return;
	CHECK_STREQ(hits_of("trusts trusted trusting trustworthy Trust trust's", "t.c"),
		    "[0,1) 0-6 L3 'trusts' | [1,2) 7-14 L3 'trusted' | [2,3) 15-23 L3 'trusting' | "
		    "[4,5) 36-41 L3 'trust' | [5,6) 42-49 L3 'trust's'");
}

/*
 * 3: the prefilter and lead-literal analysis read classes as PCRE2 does:
 * \cX takes the next character, ']' included, and \Q..\E quotes. Each of
 * these patterns is two alternatives, the second matching without any
 * "said" in the turn, or before it (found in review: a misread class
 * hid the top-level '|', and the second alternative was never searched).
 */
static void test_match__regex_class_escapes(void)
{
	if (!load("theme: t\n"
		  "[c1]\n/said[\\c\\]|x]/\n"                 /* 3 */
		  "[c2]\n/said[\\c](]|x[\\c])]/\n"           /* 5 */
		  "[q]\n/said[\\Q]([\\E]|x[\\Q])[\\E]/\n"))  /* 7 */
		return;
	CHECK_STREQ(hits_of("see x] here", "t.c1"), "[1,2) 4-5 L3 'x'");
	CHECK_STREQ(hits_of("x] then said", "t.c1"), "[0,1) 0-1 L3 'x'");
	/* [\c])] is the class of \c] and ')': the second alternative is x) */
	CHECK_STREQ(hits_of("see x) here", "t.c2"), "[1,2) 4-5 L5 'x'");
	CHECK_STREQ(hits_of("see x) here", "t.q"), "[1,2) 4-5 L7 'x'");
}

/* 3: regexes on the folded turn text, covering the tokens they overlap. */
static void test_match__regex(void)
{
	if (!load("theme: t\n"
		  "[part]\n/rel/\n"        /* 3 */
		  "[none]\n/ - /\n"        /* 5 */
		  "[punct]\n/[,.]/\n"      /* 7 */
		  "[span]\n/st tr/\n"      /* 9 */
		  "[cross]\n/rely, on/\n"  /* 11 */
		  "[empty]\n/x*/\n"        /* 13 */
		  "[opt]\n/(?:rel)?/\n"    /* 15 */
		  "[upper]\n/TRUST/\n"     /* 17 */
		  "[brace]\n/d.{0,2}t/\n"  /* 19 */
		  "[ellipsis]\n/\\x{2026}\\s*\\w+/\n" /* 21 */
		  "[fold]\n/\\bf/\n"       /* 23 */
		  "[emptyalt]\n/x*|trust/\n")) /* 25 */
		return;
	/* inside a token: covers that token; folded, so "Reliable" matches */
	CHECK_STREQ(hits_of("Reliable unreliable rely", "t.part"),
		    "[0,1) 0-8 L3 'reliable' | [1,2) 9-19 L3 'unreliable' | [2,3) 20-24 L3 'rely'");
	/* a match that overlaps no token is ignored */
	CHECK_STREQ(hits_of("co - op", "t.none"), "");
	CHECK_STREQ(hits_of("trust, trust.", "t.punct"), "");
	/* a match overlapping two tokens by a byte or two: one candidate over both */
	CHECK_STREQ(hits_of("trust trust", "t.span"), "[0,2) 0-11 L9 'trust trust'");
	/* a regex may cross a clause end */
	CHECK_STREQ(hits_of("I rely, on it", "t.cross"), "[1,3) 2-10 L11 'rely on'");
	/* empty matches never count; x* on "x" is not empty */
	CHECK_STREQ(hits_of("a rel x", "t.empty"), "[2,3) 6-7 L13 'x'");
	CHECK_STREQ(hits_of("a rel", "t.empty"), "");
	CHECK_STREQ(hits_of("a rel x", "t.opt"), "[1,2) 2-5 L15 'rel'");
	/* counted quantifiers and \x{...} escapes are not literal text */
	CHECK_STREQ(hits_of("dent", "t.brace"), "[0,1) 0-4 L19 'dent'");
	CHECK_STREQ(hits_of("so \xe2\x80\xa6 trust", "t.ellipsis"), "[1,2) 7-12 L21 'trust'");
	/* a match inside the folding of one character (U+FB01 -> "fi") still
	 * overlaps that character's token */
	CHECK_STREQ(hits_of("\xef\xac\x81ne fine", "t.fold"),
		    "[0,1) 0-5 L23 'fine' | [1,2) 6-10 L23 'fine'");
	/* section 3: PCRE2's global matching - after an empty match a non-empty
	 * one is tried at the same place, then the search moves one character
	 * on; empty matches never count. So /x*|trust/ finds "trust" wherever
	 * it is, and the result does not depend on what precedes the word */
	CHECK_STREQ(hits_of("trust", "t.emptyalt"), "[0,1) 0-5 L25 'trust'");
	CHECK_STREQ(hits_of("a trust", "t.emptyalt"), "[1,2) 2-7 L25 'trust'");
	CHECK_STREQ(hits_of("ab trust", "t.emptyalt"), "[1,2) 3-8 L25 'trust'");
	/* the pattern is not folded: upper-case literals never match */
	CHECK_STREQ(hits_of("TRUST trust", "t.upper"), "");
}

/* Does PCRE2 match pattern against all of subject? Asked through rx.h. */
static bool pcre2_says(const char *pattern, const char *subject)
{
	struct rx *r;
	struct lt_diag d;
	lt_diag_init(&d);
	if (rx_compile(&r, pattern, strlen(pattern), 0, &d) < 0)
		return false;
	struct rx_scratch *s = rx_scratch_new(rx_capture_count(r), 0);
	bool m = rx_match(r, s, subject, strlen(subject), 0, false) == RX_MATCH;
	rx_scratch_free(s);
	rx_free(r);
	return m;
}

/*
 * Section 3: braces PCRE2 10.43 made quantifiers ({,n}, blanks inside),
 * literal text before. The hits follow the installed PCRE2, asked here;
 * /(?x).../ is the same pattern (it has no blank or #) with no prefilter
 * (rxscan gives up on (?x)), so both must give the same hits.
 */
static void test_match__regex_new_braces(void)
{
	if (!load("theme: t\n"
		  "[pre]\n/trusts{,1}/\n"             /* 3 */
		  "[nopre]\n/(?x)trusts{,1}/\n"       /* 5 */
		  "[blank]\n/trusts{ 0 , 1 }/\n"))    /* 7 */
		return;
	bool min_omitted = pcre2_says("^a{,1}$", "");
	bool blanks = pcre2_says("^a{ 0 , 1 }$", "");
	CHECK(min_omitted != pcre2_says("^a{,1}$", "a{,1}"));
	CHECK(blanks != pcre2_says("^a{ 0 , 1 }$", "a{ 0 , 1 }"));
	static const char *const texts[] = { "trust", "trusts", "trusts{,1}", "trusts{ 0 , 1 }" };
	for (size_t i = 0; i < LT_ARRAY_SIZE(texts); i++) {
		char pre[256], nopre[256];
		snprintf(pre, sizeof(pre), "%s", hits_of(texts[i], "t.pre"));
		snprintf(nopre, sizeof(nopre), "%s", hits_of(texts[i], "t.nopre"));
		char *l5 = strstr(nopre, "L5");
		if (l5)
			l5[1] = '3';
		CHECK_STREQ(pre, nopre);
	}
	if (min_omitted) {
		CHECK_STREQ(hits_of("trust", "t.pre"), "[0,1) 0-5 L3 'trust'");
		CHECK_STREQ(hits_of("trusts", "t.pre"), "[0,1) 0-6 L3 'trusts'");
		CHECK_STREQ(hits_of("trusts{,1}", "t.pre"), "[0,1) 0-6 L3 'trusts'");
	} else {
		CHECK_STREQ(hits_of("trust", "t.pre"), "");
		CHECK_STREQ(hits_of("trusts", "t.pre"), "");
		/* the literal text overlaps the tokens "trusts" (0-6) and "1" (8-9) */
		CHECK_STREQ(hits_of("trusts{,1}", "t.pre"), "[0,2) 0-9 L3 'trusts 1'");
	}
	if (blanks) {
		CHECK_STREQ(hits_of("trust", "t.blank"), "[0,1) 0-5 L7 'trust'");
	} else {
		CHECK_STREQ(hits_of("trust", "t.blank"), "");
		CHECK_STREQ(hits_of("trusts{ 0 , 1 }", "t.blank"), "[0,3) 0-13 L7 'trusts 0 1'");
	}
}

/* 4.2: an exclusion drops every candidate it overlaps, before selection. */
static void test_match__exclusion(void)
{
	if (!load("theme: t\n"
		  "[c]\n"
		  "trust\n"                 /* 3 */
		  "\"trust the board\"\n"   /* 4 */
		  "[exclude]\n"
		  "\"board meeting\"\n"))   /* 6 */
		return;
	/* without the exclusion the phrase is the longest */
	CHECK_STREQ(hits_of("we trust the board", "t.c"), "[1,4) 3-18 L4 'trust the board'");
	/* the exclusion [3,5) overlaps the phrase: dropped whole; the shorter
	 * candidate "trust" [1,2) does not overlap it and survives */
	CHECK_STREQ(all_hits("we trust the board meeting"),
		    "t.* [1,2) 3-8 L3 'trust' | t.c [1,2) 3-8 L3 'trust'");
}

/* 4.2: [exclude NAME] cancels only NAME's hits. */
static void test_match__exclude_category(void)
{
	if (!load("theme: t\n"
		  "[c1]\ntrust\n"                 /* 3 */
		  "[c2]\ntrust\n"                 /* 5 */
		  "[exclude c1]\n\"trust board\"\n"))
		return;
	CHECK_STREQ(all_hits("trust board"), "t.* [0,1) 0-5 L5 'trust' | t.c2 [0,1) 0-5 L5 'trust'");
	CHECK_STREQ(all_hits("trust"),
		    "t.* [0,1) 0-5 L3 'trust' | t.c1 [0,1) 0-5 L3 'trust' | t.c2 [0,1) 0-5 L5 'trust'");
}

/* 6.1: up to 5 tokens back, in the same clause. */
static void test_match__negation_window(void)
{
	if (!load("theme: t\n[c]\ntrust\n"))
		return;
	CHECK_STREQ(hits_of("not a b c d trust. not a b c d e trust. not, trust", "t.c"),
		    "[5,6) 12-17 L3 'trust' neg | [12,13) 33-38 L3 'trust' | [14,15) 45-50 L3 'trust'");
	CHECK_STREQ(hits_of("trust not", "t.c"), "[0,1) 0-5 L3 'trust'");
	CHECK_STREQ(hits_of("Never trust", "t.c"), "[1,2) 6-11 L3 'trust' neg");
	CHECK_STREQ(hits_of("nobody I trust", "t.c"), "[2,3) 9-14 L3 'trust' neg");
	CHECK_STREQ(hits_of("without trust", "t.c"), "[1,2) 8-13 L3 'trust' neg");
	CHECK_STREQ(hits_of("cannot trust", "t.c"), "[1,2) 7-12 L3 'trust' neg");
	CHECK_STREQ(hits_of("notice trust", "t.c"), "[1,2) 7-12 L3 'trust'");
	CHECK_STREQ(hits_of("no (trust)", "t.c"), "[1,2) 4-9 L3 'trust'");
	/* the theme row keeps its hit's negation */
	CHECK_STREQ(hits_of("no trust", "t.*"), "[1,2) 3-8 L3 'trust' neg");
}

/* 6: any token ending in n't, straight or curly apostrophe, any case. */
static void test_match__negation_nt(void)
{
	if (!load("theme: t\n[c]\ntrust\n"))
		return;
	CHECK_STREQ(hits_of("don't trust. I DON\xe2\x80\x99T trust, isn't trusted", "t.c"),
		    "[1,2) 6-11 L3 'trust' neg | [4,5) 23-28 L3 'trust' neg | "
		    "[6,7) 36-43 L3 'trusted' neg");
	/* "dont" and "don" are not negators */
	CHECK_STREQ(hits_of("dont trust don trust", "t.c"),
		    "[1,2) 5-10 L3 'trust' | [3,4) 15-20 L3 'trust'");
}

/* 6.1, 6.3: the v2 rules one by one, with the default lists. */
static void test_match__negation_v2(void)
{
	if (!load("theme: t\n[c]\ntension\npressure\nconflict\ntrust\n"))
		return;
	/* a raiser extends don't past the window (6 tokens) */
	CHECK_STREQ(hits_of("I don't think there was any real tension.", "t.c"),
		    "[7,8) 33-40 L3 'tension' neg");
	/* without the raiser, 6 tokens back is out of scope */
	CHECK_STREQ(hits_of("I don't have there was any real tension.", "t.c"),
		    "[7,8) 32-39 L3 'tension'");
	CHECK_STREQ(hits_of("I wouldn't say there was a tension.", "t.c"),
		    "[6,7) 27-34 L3 'tension' neg");
	/* pseudo-negators */
	CHECK_STREQ(hits_of("Whether or not there was pressure, we went on.", "t.c"),
		    "[5,6) 25-33 L4 'pressure'");
	CHECK_STREQ(hits_of("There was not only pressure but conflict.", "t.c"),
		    "[4,5) 19-27 L4 'pressure' | [6,7) 32-40 L5 'conflict'");
	CHECK_STREQ(hits_of("no doubt pressure; not every conflict", "t.c"),
		    "[2,3) 9-17 L4 'pressure' | [5,6) 29-37 L5 'conflict'");
	/* not necessarily is not a pseudo-negator: it does not affirm */
	CHECK_STREQ(hits_of("not necessarily conflict", "t.c"), "[2,3) 16-24 L5 'conflict' neg");
	/* a dash ends the scope (a self-repair), before the hit and after it */
	CHECK_STREQ(hits_of("no -- pressure", "t.c"), "[1,2) 6-14 L4 'pressure'");
	CHECK_STREQ(hits_of("no \xe2\x80\x94 pressure", "t.c"), "[1,2) 7-15 L4 'pressure'");
	CHECK_STREQ(hits_of("no - pressure", "t.c"), "[1,2) 5-13 L4 'pressure'");
	CHECK_STREQ(hits_of("pressure -- wasn't there", "t.c"), "[0,1) 0-8 L4 'pressure'");
	/* wh-words and because start a new proposition */
	CHECK_STREQ(hits_of("not because of pressure", "t.c"), "[3,4) 15-23 L4 'pressure'");
	CHECK_STREQ(hits_of("I don't know what the conflict was", "t.c"),
		    "[5,6) 22-30 L5 'conflict'");
	/* terminators end the scope before the hit, not after */
	CHECK_STREQ(hits_of("no pressure however conflict", "t.c"),
		    "[1,2) 3-11 L4 'pressure' neg | [3,4) 20-28 L5 'conflict'");
	CHECK_STREQ(hits_of("never apart from conflict", "t.c"), "[3,4) 17-25 L5 'conflict'");
	/* double negation cancels; neither ... nor always negates */
	CHECK_STREQ(hits_of("It was not without tension.", "t.c"), "[4,5) 19-26 L3 'tension'");
	CHECK_STREQ(hits_of("There was neither trust nor conflict.", "t.c"),
		    "[3,4) 18-23 L6 'trust' neg | [5,6) 28-36 L5 'conflict' neg");
	CHECK_STREQ(hits_of("not trust nor conflict", "t.c"),
		    "[1,2) 4-9 L6 'trust' neg | [3,4) 14-22 L5 'conflict' neg");
	/* an n't opening a question does not negate; Why ... wasn't does */
	CHECK_STREQ(hits_of("Wasn't there tension? Why wasn't there trust?", "t.c"),
		    "[2,3) 13-20 L3 'tension' | [6,7) 39-44 L6 'trust' neg");
	CHECK_STREQ(hits_of("And isn't that pressure ? isn't that pressure.", "t.c"),
		    "[3,4) 15-23 L4 'pressure' | [6,7) 37-45 L4 'pressure' neg");
	/* post-negators: up to 2 tokens after, same clause, no terminator between */
	CHECK_STREQ(hits_of("The pressure was not the case.", "t.c"),
		    "[1,2) 4-12 L4 'pressure' neg");
	CHECK_STREQ(hits_of("pressure a b wasn't there", "t.c"), "[0,1) 0-8 L4 'pressure' neg");
	CHECK_STREQ(hits_of("pressure a b c wasn't there", "t.c"), "[0,1) 0-8 L4 'pressure'");
	CHECK_STREQ(hits_of("pressure but wasn't there", "t.c"), "[0,1) 0-8 L4 'pressure'");
	CHECK_STREQ(hits_of("pressure, wasn't there", "t.c"), "[0,1) 0-8 L4 'pressure'");
	/* a post-negator adds to the pre-negators: no ... was not the case is even */
	CHECK_STREQ(hits_of("no pressure was not the case", "t.c"), "[1,2) 3-11 L4 'pressure'");
	/* the theme row keeps the category hit's flag */
	CHECK_STREQ(hits_of("I don't think there was any real tension.", "t.*"),
		    "[7,8) 33-40 L3 'tension' neg");
}

/* 6.2: the negation sections add to the defaults for their own theme only. */
static void test_match__negation_sections(void)
{
	const char *names[] = { "a.lex", "b.lex" };
	const char *texts[] = {
		"[c]\ntension\n"                                   /* 2 */
		"[negators]\n=hardly\n"
		"[pseudo-negators]\n\"hardly surprising\"\n"
		"[negation-terminators]\n\"having said that\"\n"
		"[post-negators]\n\"was overstated\"\n"
		"[negation-raisers]\nsuspect\n",
		"[c]\ntension\n"
	};
	if (!load_files(names, texts, 2, false))
		return;
	const char *t = "I don't suspect there being so much tension. the tension was overstated. "
			"hardly surprising tension. never having said that tension. hardly tension";
	/* a: suspect raises don't (6 words back); was overstated post-negates;
	 * hardly is shielded by hardly surprising; having said that ends
	 * never's scope */
	CHECK_STREQ(hits_of(t, "a.c"),
		    "[7,8) 36-43 L2 'tension' neg | [9,10) 49-56 L2 'tension' neg | "
		    "[14,15) 91-98 L2 'tension' | [19,20) 123-130 L2 'tension' | "
		    "[21,22) 139-146 L2 'tension' neg");
	/* b: the defaults only (never is 4 tokens before its tension) */
	CHECK_STREQ(hits_of(t, "b.c"),
		    "[7,8) 36-43 L2 'tension' | [9,10) 49-56 L2 'tension' | "
		    "[14,15) 91-98 L2 'tension' | [19,20) 123-130 L2 'tension' neg | "
		    "[21,22) 139-146 L2 'tension'");
}

/* 5: THEME.* re-selects the union of the categories' hits. */
static void test_match__theme_union(void)
{
	if (!load("theme: t\n"
		  "[c1]\ntrust\n"            /* 3 */
		  "[c2]\n\"trust the\"\n"    /* 5 */
		  "[c3]\n\"the board\"\n"    /* 7 */
		  "[c4]\n=trust\n"))         /* 9 */
		return;
	/* a token hit by two categories counts once in t.*, credited to the
	 * first category */
	CHECK_STREQ(all_hits("trust"),
		    "t.* [0,1) 0-5 L3 'trust' | t.c1 [0,1) 0-5 L3 'trust' | t.c4 [0,1) 0-5 L9 'trust'");
	/* leftmost-longest over the pooled hits: c2's [0,2) wins; c1's and
	 * c4's [0,1) and c3's [1,3) overlap it */
	CHECK_STREQ(all_hits("trust the board"),
		    "t.* [0,2) 0-9 L5 'trust the' | t.c1 [0,1) 0-5 L3 'trust' | "
		    "t.c2 [0,2) 0-9 L5 'trust the' | t.c3 [1,3) 6-15 L7 'the board' | "
		    "t.c4 [0,1) 0-5 L9 'trust'");
	CHECK_STREQ(all_hits("the board trust"),
		    "t.* [0,2) 0-9 L7 'the board' | t.* [2,3) 10-15 L3 'trust' | "
		    "t.c1 [2,3) 10-15 L3 'trust' | t.c3 [0,2) 0-9 L7 'the board' | "
		    "t.c4 [2,3) 10-15 L9 'trust'");
	/* the stem category alone: the exact one does not match "trusts" */
	CHECK_STREQ(all_hits("trusts"), "t.* [0,1) 0-6 L3 'trusts' | t.c1 [0,1) 0-6 L3 'trusts'");
}

/* 3: co-operat* is the phrase stem "co" + prefix "operat". */
static void test_match__hyphenated_entry(void)
{
	if (!load("theme: t\n[c]\nco-operat*\n[x]\n=co-operate\n[s]\nco-operate\n"))
		return;
	const char *t = "co-operation, cooperation; co operate Co-Operating co-op co-operat";
	CHECK_STREQ(hits_of(t, "t.c"),
		    "[0,2) 0-12 L3 'co operation' | [3,5) 27-37 L3 'co operate' | "
		    "[5,7) 38-50 L3 'co operating' | [9,11) 57-66 L3 'co operat'");
	/* = applies to every part */
	CHECK_STREQ(hits_of("co-operate co-operates CO OPERATE", "t.x"),
		    "[0,2) 0-10 L5 'co operate' | [4,6) 23-33 L5 'co operate'");
	/* a bare hyphenated word is a phrase of stems */
	CHECK_STREQ(hits_of("co-operates, co-operation", "t.s"),
		    "[0,2) 0-11 L7 'co operates' | [2,4) 13-25 L7 'co operation'");
	CHECK_STREQ(hits_of("co-, operate", "t.c"), "");
}

/* 2.2, 2.5: apostrophes inside tokens; U+2019 folds to '. */
static void test_match__apostrophes(void)
{
	if (!load("theme: t\n[c]\n=don't\n[curly]\n=don\xe2\x80\x99t\n[s]\nleader\n"))
		return;
	/* (each don't after the first is negated when an odd number of
	 * don'ts comes before it: 1, 2 (double negation), 3) */
	const char *t = "don't don\xe2\x80\x99t DON'T dont 'don't' don";
	CHECK_STREQ(hits_of(t, "t.c"),
		    "[0,1) 0-5 L3 'don't' | [1,2) 6-13 L3 'don't' neg | [2,3) 14-19 L3 'don't' | "
		    "[4,5) 26-31 L3 'don't' neg");
	CHECK_STREQ(hits_of(t, "t.curly"),
		    "[0,1) 0-5 L5 'don't' | [1,2) 6-13 L5 'don't' neg | [2,3) 14-19 L5 'don't' | "
		    "[4,5) 26-31 L5 'don't' neg");
	/* leader's is one token (stem leader); leaders' ends before the apostrophe */
	CHECK_STREQ(hits_of("the leader's leaders' leaders", "t.s"),
		    "[1,2) 4-12 L7 'leader's' | [2,3) 13-20 L7 'leaders' | [3,4) 22-29 L7 'leaders'");
}

/* 2.5: full case folding of text and entries. */
static void test_match__case_folding(void)
{
	if (!load("theme: t\n[c]\nTRUST\n[s]\n=strasse\n[x]\n=STRA\xc3\x9f" "E\n"))
		return;
	const char *t = "Trust TRUST Stra\xc3\x9f" "e STRASSE strasse";
	CHECK_STREQ(hits_of(t, "t.c"), "[0,1) 0-5 L3 'trust' | [1,2) 6-11 L3 'trust'");
	CHECK_STREQ(hits_of(t, "t.s"),
		    "[2,3) 12-19 L5 'strasse' | [3,4) 20-27 L5 'strasse' | [4,5) 28-35 L5 'strasse'");
	CHECK_STREQ(hits_of(t, "t.x"),
		    "[2,3) 12-19 L7 'strasse' | [3,4) 20-27 L7 'strasse' | [4,5) 28-35 L7 'strasse'");
}

/* 6: a [negators] section negates for its own theme only. */
static void test_match__theme_negators(void)
{
	const char *names[] = { "a.lex", "b.lex" };
	const char *texts[] = { "[c]\ntrust\n[negators]\nlack\n=hardly\n", "[c]\ntrust\n" };
	if (!load_files(names, texts, 2, false))
		return;
	const char *t = "lack trust. lacking trust. hardly trust. hardly, trust";
	CHECK_STREQ(hits_of(t, "a.c"),
		    "[1,2) 5-10 L2 'trust' neg | [3,4) 20-25 L2 'trust' neg | "
		    "[5,6) 34-39 L2 'trust' neg | [7,8) 49-54 L2 'trust'");
	CHECK_STREQ(hits_of(t, "a.*"),
		    "[1,2) 5-10 L2 'trust' neg | [3,4) 20-25 L2 'trust' neg | "
		    "[5,6) 34-39 L2 'trust' neg | [7,8) 49-54 L2 'trust'");
	CHECK_STREQ(hits_of(t, "b.c"),
		    "[1,2) 5-10 L2 'trust' | [3,4) 20-25 L2 'trust' | "
		    "[5,6) 34-39 L2 'trust' | [7,8) 49-54 L2 'trust'");
	/* the hit is credited to the right file */
	turn("trust");
	CHECK_STREQ(render(NULL, true),
		    "a.* [0,1) 0-5 a.lex:L2 'trust' | a.c [0,1) 0-5 a.lex:L2 'trust' | "
		    "b.* [0,1) 0-5 b.lex:L2 'trust' | b.c [0,1) 0-5 b.lex:L2 'trust'");
}

/* 4.3: same span, same length: the earlier entry (line) is credited. */
static void test_match__entry_order(void)
{
	if (!load("theme: t\n"
		  "[c1]\ntrust\n=trust\n"          /* 3, 4 */
		  "[c2]\n=trust\ntrust\n"          /* 6, 7 */
		  "[c3]\n/rely on/\n\"rely on\"\nrely on\n")) /* 9, 10, 11 */
		return;
	CHECK_STREQ(all_hits("trust trusted"),
		    "t.* [0,1) 0-5 L3 'trust' | t.* [1,2) 6-13 L3 'trusted' | "
		    "t.c1 [0,1) 0-5 L3 'trust' | t.c1 [1,2) 6-13 L3 'trusted' | "
		    "t.c2 [0,1) 0-5 L6 'trust' | t.c2 [1,2) 6-13 L7 'trusted'");
	CHECK_STREQ(hits_of("we rely on it", "t.c3"), "[1,3) 3-10 L9 'rely on'");
}

/* 7: --liwc: the single best entry per position (exact before prefix).
 * Category names are lower-cased (docs/dictionary-formats.md "Names"). */
static void test_match__liwc(void)
{
	const char *names[] = { "liwc.dic" };
	const char *texts[] = { "%\n1\tcatA\n2\tcatB\n%\nabandon*\t1\nabandonment\t2\n" };
	if (!load_files(names, texts, 1, true))
		return;
	CHECK_STREQ(all_hits("abandonment abandoned"),
		    "liwc.* [0,1) 0-11 L6 'abandonment' | liwc.* [1,2) 12-21 L5 'abandoned' | "
		    "liwc.cata [1,2) 12-21 L5 'abandoned' | liwc.catb [0,1) 0-11 L6 'abandonment'");
	if (!load_files(names, texts, 1, false))
		return;
	CHECK_STREQ(all_hits("abandonment abandoned"),
		    "liwc.* [0,1) 0-11 L5 'abandonment' | liwc.* [1,2) 12-21 L5 'abandoned' | "
		    "liwc.cata [0,1) 0-11 L5 'abandonment' | liwc.cata [1,2) 12-21 L5 'abandoned' | "
		    "liwc.catb [0,1) 0-11 L6 'abandonment'");
	/* a term listed in two categories gives both a hit (--liwc) */
	const char *t2[] = { "%\n1\tcatA\n2\tcatB\n%\nabandon*\t1\nabandonment\t1\t2\n" };
	if (!load_files(names, t2, 1, true))
		return;
	CHECK_STREQ(all_hits("abandonment"),
		    "liwc.* [0,1) 0-11 L6 'abandonment' | liwc.cata [0,1) 0-11 L6 'abandonment' | "
		    "liwc.catb [0,1) 0-11 L6 'abandonment'");
}

/* ------------------------------------------------------------ part 2: naive matcher */

/* splitmix64: fixed seed, the same sequence everywhere */
static uint64_t rng_state;
static uint64_t rnd64(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}
static unsigned rnd(unsigned n)
{
	return (unsigned)(rnd64() % n);
}
#define PICK(arr) ((arr)[rnd(LT_ARRAY_SIZE(arr))])

enum { EL_STEM = 1, EL_EXACT = 2, EL_PREFIX = 3 };
/* SEC_NEG and after: the negation sections, in docs/counting-rules.md 6.2's order */
enum { SEC_CAT, SEC_XTHEME, SEC_XCAT, SEC_NEG, SEC_PSEUDO, SEC_TERM, SEC_POST, SEC_RAISE };

#define MAX_FILES 3
#define MAX_SECS 40
#define MAX_CATS 12
#define MAX_ENTRIES 96
#define MAX_PARTS 8
#define MAX_PIECES 24

struct g_part {
	int kind;
	char word[24];       /* as written; folded and stemmed by the naive matcher */
	char *folded, *stem; /* set by model_prepare */
};

enum { PT_NONE, PT_PATTERN, PT_NEAR, PT_NOT_NEAR };
#define MAX_PP 40
#define MAX_SLOTS 5

/* a pattern slot: a group of alternatives (parts pp[first[a] .. + len[a])) or a gap */
struct g_slot {
	bool gap;
	int n;               /* gap: ~n; group: number of alternatives */
	bool opt;
	int first[3], len[3];
};

struct g_pat {
	int n_slots;
	struct g_slot s[MAX_SLOTS];
};

struct g_entry {
	int sec;
	bool removed;
	bool regex;
	char pat[48];
	int n;
	struct g_part p[MAX_PARTS];
	int ptype;           /* PT_*: a token pattern or a NEAR rule instead of parts */
	struct g_pat pa, pb; /* the pattern, or NEAR's two operands */
	int dist;            /* NEAR/dist */
	int n_pp;
	struct g_part pp[MAX_PP]; /* the patterns' elements */
	char text[512];      /* the line as written */
	int line;            /* set by model_render */
	struct rx *rx;       /* set by model_prepare */
};

struct g_sec {
	int file, kind, cat; /* cat: SEC_CAT / SEC_XCAT */
	bool removed;        /* by shrinking, once it has no entries */
};

struct g_cat {
	char name[8];
	int theme, file;
};

struct model {
	int n_files;
	bool file_removed[MAX_FILES];  /* by shrinking, once it has no sections */
	char theme_line[MAX_FILES][8]; /* "" when the theme is the base name */
	int file_theme[MAX_FILES];
	int n_themes;
	char themes[MAX_FILES][8];
	int n_secs;
	struct g_sec secs[MAX_SECS];
	int n_cats;
	struct g_cat cats[MAX_CATS];
	int n_entries;
	struct g_entry e[MAX_ENTRIES];
	char text[MAX_FILES][32768];
};

/* Words of entries: as written (case and apostrophes vary). */
static const char *const stem_words[] = {
	"trust", "trusted", "TRUST", "rely", "relies", "faith", "have", "good", "the", "board",
	"co", "operate", "confidence", "confident", "leader", "leader's", "don't", "not",
	"lack", "strasse", "Stra\xc3\x9f" "e", "meeting", "on", "in", "a"
};
static const char *const exact_words[] = {
	"trust", "trusts", "Trust", "reliable", "rely", "on", "faith", "the", "board", "co",
	"operate", "don't", "don\xe2\x80\x99t", "isn't", "STRASSE", "stra\xc3\x9f" "e", "no",
	"leader's", "confidence", "a", "\xc4\xb0nan", "\xef\xac\x81ne", "ain't",
	"\xcf\x83\xce\xbf\xcf\x86\xce\xb9\xce\xb1"
};
static const char *const prefix_words[] = {
	"tru", "trust", "rel", "reli", "con", "confid", "co", "op", "operat", "don", "no", "str",
	"stra\xc3\x9f", "lead", "meet", "un", "o", "TRU", "boa", "fai", "isn", "i\xcc\x87", "fi",
	"\xef\xac\x81", "na\xc3\xaf", "\xce\xa3", "3"
};
/* hyphenated element pairs */
static const char *const pair_words[][2] = {
	{ "co", "operat" }, { "co", "operate" }, { "trust", "board" }, { "rely", "on" },
	{ "good", "faith" }, { "the", "board" }
};
static const char *const negator_words[][2] = {
	/* kind letter, word */
	{ "s", "lack" }, { "e", "hardly" }, { "s", "zero" }, { "p", "tru" }, { "e", "board" },
	{ "s", "meeting" }, { "p", "co" }, { "e", "a" }
};
static const char *const regex_pats[] = {
	"rel", "trust", "\\btrust\\w*", "rely, on", "on the", ", ", " ", "x*", "(?:rel)?", "n't",
	"ss", "'", "e\\b", "t\\s+t", "[.,;?]", "st ", "\\w+'\\w+", "\xc3\x9f", "TRUST", "^\\w+",
	"\\w+$", "o\\W+o", "\\bco\\b", "d.{0,6}t", "(?i)TRUST", "\\x{2019}", "\\x{2026}\\s*\\w+",
	"a", "\\bthe board\\b", "n", "x*|rel", "(?:)|trust", "i\\x{307}", "fi", "in", "\\d",
	"\\bna\\w+", "\\x{3c3}", "s'", "t's\\b",
	/* shapes with lead literals (every match starts with one of them) */
	"\\b(?:trust|rel)\\w*", "\\b(?:the|co)\\s+\\w+", "\\b(?:3|5)", "(?:rel|trust)s?",
	"\\btrust(?:s|ed)?\\b", "\\b(?:rel|co)+", "\\b(?:on|in)?\\s*the", "(trust|faith)\\W+\\w",
	"\\b(?>co|op)\\w*", "\\bfaith|trust", "\\bn't", "\\b(?:trusts?|op)e",
	/* braces PCRE2 10.43 made quantifiers (literal text before) */
	"trusts{,1}", "trust{ 0 , 2 }s", "(?:rel|co){,1}\\w+", "trusts{1,}", "\\btrusts{ 1 }",
	"(?:trust){ ,2 }ed", "co{,}op"
};
/* Words of [pseudo-negators], [negation-terminators] and [post-negators]
 * entries (one to three elements each), and of [negation-raisers]. */
static const char *const seq_words[] = {
	"hardly", "surprising", "having", "said", "that", "was", "overstated", "trust", "not",
	"lack", "never", "a", "board", "no", "whether", "meeting"
};
static const char *const raiser_words[][2] = {
	{ "s", "recall" }, { "e", "reckon" }, { "p", "lack" }, { "e", "a" }, { "s", "trust" }
};
/* Turn words. */
static const char *const turn_words[] = {
	"trust", "trusts", "trusted", "trusting", "trustworthy", "rely", "relies", "reliable",
	"unreliable", "on", "in", "faith", "have", "good", "the", "board", "meeting", "co",
	"operate", "operation", "operating", "cooperation", "confidence", "confident",
	"confidential", "not", "no", "never", "nothing", "without", "cannot", "don't", "isn't",
	"can't", "lack", "lacking", "hardly", "stra\xc3\x9f" "e", "strasse", "leader's", "leaders",
	"a", "x", "zero", "op", "ain't", "n't", "'tis", "students'", "rock'n'roll", "3.5", "e.g.",
	"\xc4\xb0nan",          /* U+0130 folds to i + U+0307: 2 bytes become 3 */
	"\xef\xac\x81ne",      /* U+FB01 folds to "fi": 3 bytes become 2 */
	"na\xc3\xafve", "\xce\xa3\xce\x9f\xce\xa6\xce\x99\xce\x91", "caf\xc3\xa9",
	"trust\xe2\x80\x99s", "co-operate", "trusts{,1}", "{,1}",
	/* negation v2: defaults and section words */
	"neither", "nor", "only", "whether", "or", "doubt", "but", "however", "apart", "from",
	"think", "say", "said", "wouldn't", "was", "wasn't", "there", "case", "and", "so", "well",
	"hardly", "surprising", "having", "that", "overstated", "recall", "reckon", "Wasn\xe2\x80\x99t",
	/* negation v3: fillers, definites, holders, relational words, openers,
	 * existentials, terminators and raisers it added */
	"really", "simply", "ever", "any", "sense", "at", "all", "the", "those", "our", "have", "got",
	"within", "of", "none", "nobody", "there", "there's", "were", "is", "sure", "case", "mean",
	"when", "terms", "able", "involved", "as", "if",
	/* negation v4: partitives, raisers, pseudo-negators, too ... not to,
	 * fillers, the fact that, inversion, negative predicates */
	"absence", "know", "suggest", "unique", "too", "important", "to", "obviously", "fact",
	"point", "did", "hard", "naive"
};
static const char *const seps[] = {
	" ", " ", " ", " ", " ", " ", " ", " ", ", ", ". ", "; ", "? ", "-", " \xe2\x80\xa6 ", "  ",
	" (", ") ", ":", " -- ", " \xe2\x80\x94 ", " - ", "--"
};

static void ascii_upper(char *s, bool all)
{
	for (char *p = s; *p; p++) {
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
		if (!all)
			break;
	}
}

/* Replace ' by U+2019 in s (room for the longer form). */
static void curly(char *s, size_t cap)
{
	char tmp[64];
	size_t o = 0;
	for (const char *p = s; *p && o + 4 < sizeof(tmp); p++) {
		if (*p == '\'') {
			memcpy(tmp + o, "\xe2\x80\x99", 3);
			o += 3;
		} else {
			tmp[o++] = *p;
		}
	}
	if (o >= cap)
		o = cap - 1;
	memcpy(s, tmp, o);
	s[o] = '\0';
}

static void add_part(struct g_entry *e, int kind, const char *w)
{
	if (e->n >= MAX_PARTS)
		return;
	e->p[e->n].kind = kind;
	snprintf(e->p[e->n].word, sizeof(e->p[e->n].word), "%s", w);
	e->n++;
}

/* Append s to the string in dst[cap], truncating. */
static void cat_text(char *dst, size_t cap, const char *s)
{
	size_t n = strlen(dst), k = strlen(s);
	if (n + k >= cap)
		k = cap - 1 - n;
	memmove(dst + n, s, k);
	dst[n + k] = '\0';
}

/*
 * A random regex for the prefilter's sake: literal words, escaped
 * punctuation, escapes with arguments (\cA, \x41, \141, \x{2019}),
 * classes, anchors, groups of alternatives, captures and back-references,
 * lookarounds, quantifiers of every kind (braces PCRE2 10.43 reads
 * differently from older versions too) and inline flags - every shape
 * the prefilter's analysis has to get right or give up on.
 */
static void gen_piece(char *out, size_t cap, int depth)
{
	static const char *const atoms[] = {
		"trust", "rel", "the", "on", "x", "ab", "co", "n't", "s", "\\.", "\\-", "\\'", "\\b",
		"\\s+", "\\w*", "\\w+", "\\d", "\\cA", "\\x41", "\\141", "\\x{2019}", "\\x{74}",
		"[a-c]", "[^ ]", "[.,]", ".", "^", "$", " ", "\\W", "\\pL", "\\p{Lu}", "\\N{U+74}",
		"\\o{164}", "rust", "i\\x{307}", "fi", "3", "5", "[\\c]|]", "[\\Q]|(\\E]", "\\c)"
	};
	static const char *const quants[] = {
		"", "", "", "?", "*", "+", "{0,2}", "{1,2}", "??", "*+",
		/* PCRE2 >= 10.43 reads these as quantifiers, older ones as text */
		"{,1}", "{,2}", "{1,}", "{ 0 , 2 }", "{ 1 , 2 }", "{ 2 }", "{,}", "{ 1,}?"
	};
	char buf[96];
	unsigned kind = depth > 2 ? 0 : rnd(7);
	if (kind <= 2) {
		snprintf(buf, sizeof(buf), "%s", PICK(atoms));
	} else if (kind == 3) {
		char a[40] = "", b[40] = "";
		gen_piece(a, sizeof(a), depth + 1);
		gen_piece(b, sizeof(b), depth + 1);
		snprintf(buf, sizeof(buf), "(?:%s|%s)", a, b);
	} else if (kind == 4) {
		char a[40] = "";
		gen_piece(a, sizeof(a), depth + 1);
		static const char *const open[] = { "(", "(?<g>", "(?=", "(?!", "(?<=x)(?:" };
		snprintf(buf, sizeof(buf), "%s%s)%s", PICK(open), a,
			 rnd(3) == 0 ? "\\1" : rnd(2) ? "\\k'g'" : "\\g{1}");
	} else if (kind == 5) {
		char a[40] = "", b[40] = "";
		gen_piece(a, sizeof(a), depth + 1);
		gen_piece(b, sizeof(b), depth + 1);
		snprintf(buf, sizeof(buf), "%s%s", a, b);
	} else {
		snprintf(buf, sizeof(buf), "(?i)%s", PICK(atoms));
	}
	snprintf(out + strlen(out), cap - strlen(out), "%s%s", buf, PICK(quants));
}

static void gen_regex(char *out, size_t cap)
{
	out[0] = '\0';
	unsigned n = 1 + rnd(3);
	for (unsigned i = 0; i < n; i++)
		gen_piece(out, cap, 0);
	if (rnd(4) == 0) {
		char alt[64] = "";
		gen_piece(alt, sizeof(alt), 1);
		snprintf(out + strlen(out), cap - strlen(out), "|%s", alt);
	}
}

/* a random pattern over e->pp: groups of 1-3 alternatives of 1-2 elements,
 * optional groups, gaps ~1..~3 between groups */
static void gen_pat(struct g_entry *e, struct g_pat *p, int max_slots)
{
	memset(p, 0, sizeof(*p));
	int want = 1 + (int)rnd((unsigned)max_slots);
	bool required = false;
	for (int k = 0; k < want && k < MAX_SLOTS; k++) {
		struct g_slot *s = &p->s[p->n_slots++];
		if (k > 0 && k < want - 1 && !p->s[k - 1].gap && rnd(100) < 35) {
			s->gap = true;
			s->n = 1 + (int)rnd(3);
			continue;
		}
		s->n = 1 + (int)rnd(3);
		s->opt = rnd(100) < 25;
		required |= !s->opt;
		for (int a = 0; a < s->n; a++) {
			s->first[a] = e->n_pp;
			int len = 1 + (rnd(100) < 25);
			for (int j = 0; j < len && e->n_pp < MAX_PP; j++) {
				struct g_part *gp = &e->pp[e->n_pp++];
				gp->kind = 1 + (int)rnd(3);
				const char *w = gp->kind == EL_STEM ? PICK(stem_words)
						: gp->kind == EL_EXACT ? PICK(exact_words) : PICK(prefix_words);
				snprintf(gp->word, sizeof(gp->word), "%s", w);
			}
			s->len[a] = e->n_pp - s->first[a];
		}
	}
	if (!required)
		for (int k = 0; k < p->n_slots; k++)
			if (!p->s[k].gap) {
				p->s[k].opt = false;
				break;
			}
}

static void render_pat(const struct g_entry *e, const struct g_pat *p, char *out, size_t cap)
{
	out[0] = '\0';
	for (int k = 0; k < p->n_slots; k++) {
		const struct g_slot *s = &p->s[k];
		if (k)
			cat_text(out, cap, " ");
		if (s->gap) {
			char g[8];
			snprintf(g, sizeof(g), "~%d", s->n);
			cat_text(out, cap, g);
			continue;
		}
		bool paren = s->n > 1 || s->opt || rnd(5) == 0;
		if (paren)
			cat_text(out, cap, "(");
		for (int a = 0; a < s->n; a++) {
			if (a)
				cat_text(out, cap, "|");
			for (int j = 0; j < s->len[a]; j++) {
				const struct g_part *gp = &e->pp[s->first[a] + j];
				char el[40];
				snprintf(el, sizeof(el), "%s%s%s%s", j ? " " : "",
					 gp->kind == EL_EXACT ? "=" : "", gp->word,
					 gp->kind == EL_PREFIX ? "*" : "");
				cat_text(out, cap, el);
			}
		}
		if (paren)
			cat_text(out, cap, s->opt ? ")?" : ")");
	}
}

static bool pat_is_single(const struct g_pat *p)
{
	return p->n_slots == 1 && p->s[0].n == 1 && !p->s[0].opt && p->s[0].len[0] == 1;
}

/* a token pattern, or a NEAR / NOT NEAR rule of two patterns */
static void gen_pattern_entry(struct g_entry *e)
{
	char a[224], b[224];
	unsigned r = rnd(100);
	e->ptype = r < 55 ? PT_PATTERN : r < 80 ? PT_NEAR : PT_NOT_NEAR;
	if (e->ptype == PT_PATTERN) {
		gen_pat(e, &e->pa, 4);
		render_pat(e, &e->pa, a, sizeof(a));
		bool quote = rnd(100) < 70;
		snprintf(e->text, sizeof(e->text), "%s%s%s", quote ? "\"" : "", a, quote ? "\"" : "");
		return;
	}
	gen_pat(e, &e->pa, 3);
	gen_pat(e, &e->pb, 2);
	e->dist = 1 + (int)rnd(4);
	render_pat(e, &e->pa, a, sizeof(a));
	render_pat(e, &e->pb, b, sizeof(b));
	bool qa = !pat_is_single(&e->pa) || rnd(4) == 0, qb = !pat_is_single(&e->pb) || rnd(4) == 0;
	snprintf(e->text, sizeof(e->text), "%s%s%s %sNEAR/%d %s%s%s", qa ? "\"" : "", a,
		 qa ? "\"" : "", e->ptype == PT_NOT_NEAR ? "NOT " : "", e->dist, qb ? "\"" : "", b,
		 qb ? "\"" : "");
}

/*
 * A random entry: one to three elements, each a stem word, an =exact word,
 * a prefix* or a hyphenated pair with the same markers; or a regex.
 * single: negator entries (one element, no pair, no regex).
 */
/* A random entry of negation section kind (SEC_PSEUDO .. SEC_RAISE). */
static void gen_seq_entry(struct g_entry *e, int kind)
{
	memset(e, 0, sizeof(*e));
	char body[128] = "";
	if (kind == SEC_RAISE) {
		const char *const *rw = raiser_words[rnd(LT_ARRAY_SIZE(raiser_words))];
		int k = rw[0][0] == 's' ? EL_STEM : rw[0][0] == 'e' ? EL_EXACT : EL_PREFIX;
		add_part(e, k, rw[1]);
		snprintf(e->text, sizeof(e->text), "%s%s%s", k == EL_EXACT ? "=" : "", rw[1],
			 k == EL_PREFIX ? "*" : "");
		return;
	}
	unsigned n_el = 1 + (rnd(100) < 60) + (rnd(100) < 30);
	for (unsigned i = 0; i < n_el; i++) {
		int k = rnd(100) < 60 ? EL_EXACT : rnd(2) ? EL_STEM : EL_PREFIX;
		const char *w = PICK(seq_words);
		add_part(e, k, w);
		char el[64];
		snprintf(el, sizeof(el), "%s%s%s", k == EL_EXACT ? "=" : "", w,
			 k == EL_PREFIX ? "*" : "");
		if (i)
			cat_text(body, sizeof(body), " ");
		cat_text(body, sizeof(body), el);
	}
	bool quote = e->n > 1 ? rnd(100) < 75 : rnd(100) < 15;
	snprintf(e->text, sizeof(e->text), "%s%s%s", quote ? "\"" : "", body, quote ? "\"" : "");
}

static void gen_entry(struct g_entry *e, bool single)
{
	memset(e, 0, sizeof(*e));
	if (single) {
		const char *const *nw = negator_words[rnd(LT_ARRAY_SIZE(negator_words))];
		int k = nw[0][0] == 's' ? EL_STEM : nw[0][0] == 'e' ? EL_EXACT : EL_PREFIX;
		add_part(e, k, nw[1]);
		snprintf(e->text, sizeof(e->text), "%s%s%s", k == EL_EXACT ? "=" : "", nw[1],
			 k == EL_PREFIX ? "*" : "");
		return;
	}
	if (rnd(100) < 18) {
		gen_pattern_entry(e);
		return;
	}
	if (rnd(100) < 14) {
		e->regex = true;
		for (;;) {
			if (rnd(2))
				snprintf(e->pat, sizeof(e->pat), "%s", PICK(regex_pats));
			else
				gen_regex(e->pat, sizeof(e->pat));
			/* only patterns PCRE2 accepts (a generated one may not be) */
			struct rx *r = NULL;
			struct lt_diag d;
			if (strlen(e->pat) < 48 &&
			    rx_compile(&r, e->pat, strlen(e->pat), 0, &d) == LT_OK) {
				rx_free(r);
				break;
			}
		}
		char t[64];
		snprintf(t, sizeof(t), "/%s/", e->pat);
		memcpy(e->text, t, strlen(t) + 1);
		return;
	}
	unsigned n_el = 1 + (rnd(100) < 45) + (rnd(100) < 20);
	char body[128] = "";
	for (unsigned i = 0; i < n_el; i++) {
		int k = 1 + (int)rnd(3);
		char el[64];
		if (rnd(100) < 12) {
			const char *const *pw = pair_words[rnd(LT_ARRAY_SIZE(pair_words))];
			/* =a-b: exact both; a-b*: stem a, prefix b; a-b: stems */
			add_part(e, k == EL_EXACT ? EL_EXACT : EL_STEM, pw[0]);
			add_part(e, k, pw[1]);
			snprintf(el, sizeof(el), "%s%s-%s%s", k == EL_EXACT ? "=" : "", pw[0], pw[1],
				 k == EL_PREFIX ? "*" : "");
		} else {
			const char *w = k == EL_STEM ? PICK(stem_words)
				      : k == EL_EXACT ? PICK(exact_words) : PICK(prefix_words);
			add_part(e, k, w);
			char ww[32];
			snprintf(ww, sizeof(ww), "%s", w);
			if (rnd(100) < 10)
				ascii_upper(ww, true);
			snprintf(el, sizeof(el), "%s%s%s", k == EL_EXACT ? "=" : "", ww,
				 k == EL_PREFIX ? "*" : "");
		}
		if (i)
			cat_text(body, sizeof(body), rnd(4) ? " " : "  ");
		cat_text(body, sizeof(body), el);
	}
	bool quote = e->n > 1 ? rnd(100) < 75 : rnd(100) < 15;
	snprintf(e->text, sizeof(e->text), "%s%s%s", quote ? "\"" : "", body, quote ? "\"" : "");
}

static int theme_index(struct model *m, const char *name)
{
	for (int i = 0; i < m->n_themes; i++)
		if (!strcmp(m->themes[i], name))
			return i;
	size_t n = strlen(name);
	if (n >= sizeof(m->themes[0]))
		n = sizeof(m->themes[0]) - 1;
	memmove(m->themes[m->n_themes], name, n);
	m->themes[m->n_themes][n] = '\0';
	return m->n_themes++;
}

static void gen_model(struct model *m)
{
	memset(m, 0, sizeof(*m));
	m->n_files = 1 + (rnd(100) < 40) + (rnd(100) < 20);
	static const char *const shared_themes[] = { "tq", "tr" };
	for (int f = 0; f < m->n_files; f++) {
		char base[16];
		snprintf(base, sizeof(base), "f%d", f);
		if (rnd(100) < 50)
			snprintf(m->theme_line[f], sizeof(m->theme_line[f]), "%s", PICK(shared_themes));
		m->file_theme[f] = theme_index(m, m->theme_line[f][0] ? m->theme_line[f] : base);
	}
	/* categories first (exclusions may name any category of the theme) */
	int cat_secs[MAX_SECS];
	int n_cat_secs = 0;
	for (int f = 0; f < m->n_files; f++) {
		int nc = 1 + (int)rnd(3);
		for (int c = 0; c < nc && m->n_cats < MAX_CATS; c++) {
			struct g_cat *gc = &m->cats[m->n_cats];
			/* numbered within the theme: two themes both have a c0 */
			int k = 0;
			for (int j = 0; j < m->n_cats; j++)
				k += m->cats[j].theme == m->file_theme[f];
			snprintf(gc->name, sizeof(gc->name), "c%d", k % 100);
			gc->theme = m->file_theme[f];
			gc->file = f;
			cat_secs[n_cat_secs++] = m->n_cats++;
		}
	}
	/* sections per file: its categories in order, with exclusion and
	 * negator sections put before, between or after them */
	for (int f = 0; f < m->n_files; f++) {
		struct g_sec extra[8];
		int n_extra = 0;
		if (rnd(100) < 45)
			extra[n_extra++] = (struct g_sec){ f, SEC_XTHEME, -1, false };
		for (int k = 0; k < 2; k++)
			if (rnd(100) < 30) {
				/* a category of the same theme, possibly from another file */
				int cands[MAX_CATS], nc = 0;
				for (int c = 0; c < m->n_cats; c++)
					if (m->cats[c].theme == m->file_theme[f])
						cands[nc++] = c;
				extra[n_extra++] = (struct g_sec){ f, SEC_XCAT, cands[rnd((unsigned)nc)], false };
			}
		if (rnd(100) < 40)
			extra[n_extra++] = (struct g_sec){ f, SEC_NEG, -1, false };
		for (int k = SEC_PSEUDO; k <= SEC_RAISE; k++)
			if (rnd(100) < 25 && n_extra < (int)LT_ARRAY_SIZE(extra))
				extra[n_extra++] = (struct g_sec){ f, k, -1, false };
		int e = 0;
		for (int i = 0; i < n_cat_secs; i++) {
			int c = cat_secs[i];
			if (m->cats[c].file != f)
				continue;
			while (e < n_extra && rnd(3) == 0)
				m->secs[m->n_secs++] = extra[e++];
			m->secs[m->n_secs++] = (struct g_sec){ f, SEC_CAT, c, false };
		}
		while (e < n_extra)
			m->secs[m->n_secs++] = extra[e++];
	}
	/* entries */
	for (int s = 0; s < m->n_secs; s++) {
		int kind = m->secs[s].kind;
		int ne = kind == SEC_CAT ? 1 + (int)rnd(5) : 1 + (int)rnd(2);
		for (int i = 0; i < ne && m->n_entries < MAX_ENTRIES; i++) {
			struct g_entry *ge = &m->e[m->n_entries++];
			if (kind >= SEC_PSEUDO)
				gen_seq_entry(ge, kind);
			else
				gen_entry(ge, kind == SEC_NEG);
			ge->sec = s;
			if (rnd(100) < 15)
				cat_text(ge->text, sizeof(ge->text), "   # note");
		}
	}
}

/* Render the .lex files; assigns each entry its line. */
static void model_render(struct model *m)
{
	static char t[32768]; /* not inside *m: the compiler cannot prove no overlap */
	const size_t cap = sizeof(t);
	for (int f = 0; f < m->n_files; f++) {
		int line = 0;
		t[0] = '\0';
		cat_text(t, cap, "# random lexicon\n");
		line++;
		if (m->theme_line[f][0]) {
			cat_text(t, cap, "theme: ");
			cat_text(t, cap, m->theme_line[f]);
			cat_text(t, cap, "\n");
			line++;
		}
		for (int s = 0; s < m->n_secs; s++) {
			const struct g_sec *sec = &m->secs[s];
			if (sec->file != f || sec->removed)
				continue;
			switch (sec->kind) {
			case SEC_CAT:
				cat_text(t, cap, "\n[");
				cat_text(t, cap, m->cats[sec->cat].name);
				cat_text(t, cap, "]\n");
				break;
			case SEC_XTHEME:
				cat_text(t, cap, "\n[exclude]\n");
				break;
			case SEC_XCAT:
				cat_text(t, cap, "\n[exclude ");
				cat_text(t, cap, m->cats[sec->cat].name);
				cat_text(t, cap, "]\n");
				break;
			case SEC_PSEUDO:
				cat_text(t, cap, "\n[pseudo-negators]\n");
				break;
			case SEC_TERM:
				cat_text(t, cap, "\n[negation-terminators]\n");
				break;
			case SEC_POST:
				cat_text(t, cap, "\n[post-negators]\n");
				break;
			case SEC_RAISE:
				cat_text(t, cap, "\n[negation-raisers]\n");
				break;
			default:
				cat_text(t, cap, "\n[negators]\n");
				break;
			}
			line += 2;
			for (int i = 0; i < m->n_entries; i++) {
				struct g_entry *e = &m->e[i];
				if (e->sec != s || e->removed)
					continue;
				cat_text(t, cap, e->text);
				cat_text(t, cap, "\n");
				e->line = ++line;
			}
		}
		memcpy(m->text[f], t, strlen(t) + 1);
	}
}

/* ---- the naive matcher, straight from docs/counting-rules.md ---- */

struct ntok {
	uint32_t start, end, clause;
	char *folded, *stem;
	uint32_t fstart, fend; /* span in the folded turn text */
};

struct nturn {
	const char *text;
	uint32_t len;
	struct ntok *t;
	uint32_t n;
	char *ftext; /* folded turn text (section 3: per character) */
	size_t flen;
};

struct cand {
	uint32_t s, e;  /* [s, e) */
	int entry;      /* index in the model */
	int cat;        /* model category */
	bool neg;
};

/* What the naive matcher saw, to show the random cases exercise the rules. */
static struct {
	long cand, excluded, overlapped, hits, multi, regex, neg, theme_dropped, pat, near;
	/* negation v2: triggers shielded by a pseudo-negator, cut off by a
	 * terminator, counted through a raiser beyond the window, neither/nor,
	 * rhetorical n't, post-negators, hits with an even count >= 2 */
	long nx_shield, nx_term, nx_raise, nx_coord, nx_rhet, nx_post, nx_even;
	/* negation v3: scope restarted at a negator after and/or, a trigger
	 * beyond the window counted as an opener or existential, a trigger in
	 * the window only because of fillers, triggers a definite description
	 * voided, post-negators with fillers before or inside them */
	long nx_andor, nx_open, nx_fill, nx_def, nx_postfill;
	long nx_too, nx_inv, nx_partnom, nx_pred; /* version 4 */
} STAT;

static struct stemmer *N_ST;
static struct rx_scratch *N_RS;

static char *stem_of(const char *folded, size_t len)
{
	size_t sl;
	const char *s = stemmer_stem(N_ST, folded, len, &sl);
	char *r = malloc(sl + 1);
	memcpy(r, s, sl);
	r[sl] = '\0';
	return r;
}

static void nturn_make(struct nturn *nt, const char *text)
{
	memset(nt, 0, sizeof(*nt));
	nt->text = text;
	nt->len = (uint32_t)strlen(text);
	struct token *tk = malloc(tokenize_max_tokens(nt->len) * sizeof(*tk));
	nt->n = (uint32_t)tokenize(text, nt->len, tk);
	nt->t = calloc(nt->n + 1, sizeof(*nt->t));
	for (uint32_t i = 0; i < nt->n; i++) {
		struct ntok *t = &nt->t[i];
		t->start = tk[i].start;
		t->end = tk[i].start + tk[i].len;
		t->clause = tk[i].clause;
		size_t fl;
		t->folded = tokenize_fold(text + t->start, tk[i].len, &fl);
		t->stem = stem_of(t->folded, fl);
	}
	free(tk);
	/* folded turn text, character by character, with an offset map */
	uint32_t *map = malloc((nt->len + 1) * sizeof(*map));
	size_t cap = nt->len * 3 + 16, o = 0;
	nt->ftext = malloc(cap);
	for (uint32_t i = 0; i < nt->len;) {
		uint32_t cp;
		size_t cl = tokenize_decode(text + i, nt->len - i, &cp);
		size_t fl;
		char *f = tokenize_fold(text + i, cl, &fl);
		if (o + fl + 1 > cap) {
			cap = (o + fl + 1) * 2;
			nt->ftext = realloc(nt->ftext, cap);
		}
		for (size_t k = 0; k < cl; k++)
			map[i + k] = (uint32_t)o;
		memcpy(nt->ftext + o, f, fl);
		o += fl;
		free(f);
		i += (uint32_t)cl;
	}
	map[nt->len] = (uint32_t)o;
	nt->ftext[o] = '\0';
	nt->flen = o;
	for (uint32_t i = 0; i < nt->n; i++) {
		nt->t[i].fstart = map[nt->t[i].start];
		nt->t[i].fend = map[nt->t[i].end];
	}
	free(map);
}

static void nturn_free(struct nturn *nt)
{
	for (uint32_t i = 0; i < nt->n; i++) {
		free(nt->t[i].folded);
		free(nt->t[i].stem);
	}
	free(nt->t);
	free(nt->ftext);
}

static bool part_matches(const struct g_part *p, const struct ntok *t)
{
	switch (p->kind) {
	case EL_STEM:
		return !strcmp(p->stem, t->stem);
	case EL_EXACT:
		return !strcmp(p->folded, t->folded);
	default:
		return !strncmp(t->folded, p->folded, strlen(p->folded));
	}
}

/* Folded forms and stems of every part, compiled regexes. */
static bool model_prepare(struct model *m)
{
	struct lt_diag d;
	for (int i = 0; i < m->n_entries; i++) {
		struct g_entry *e = &m->e[i];
		if (e->regex) {
			if (rx_compile(&e->rx, e->pat, strlen(e->pat), 0, &d) < 0) {
				printf("# bad test regex /%s/: %s\n", e->pat, d.msg);
				return false;
			}
			continue;
		}
		for (int k = 0; k < e->n; k++) {
			size_t fl;
			e->p[k].folded = tokenize_fold(e->p[k].word, strlen(e->p[k].word), &fl);
			e->p[k].stem = stem_of(e->p[k].folded, fl);
		}
		for (int k = 0; k < e->n_pp; k++) {
			size_t fl;
			e->pp[k].folded = tokenize_fold(e->pp[k].word, strlen(e->pp[k].word), &fl);
			e->pp[k].stem = stem_of(e->pp[k].folded, fl);
		}
	}
	return true;
}

static void model_unprepare(struct model *m)
{
	for (int i = 0; i < m->n_entries; i++) {
		struct g_entry *e = &m->e[i];
		rx_free(e->rx);
		e->rx = NULL;
		for (int k = 0; k < e->n; k++) {
			free(e->p[k].folded);
			free(e->p[k].stem);
			e->p[k].folded = e->p[k].stem = NULL;
		}
		for (int k = 0; k < e->n_pp; k++) {
			free(e->pp[k].folded);
			free(e->pp[k].stem);
			e->pp[k].folded = e->pp[k].stem = NULL;
		}
	}
}

typedef LT_VEC(struct cand) cand_vec;

/*
 * Section 3.1, read literally: a pattern is the set of phrases it expands
 * to (one alternative per group, each optional group kept or dropped,
 * each ~N replaced by 0 to N arbitrary tokens); an expansion whose first
 * or last token is a gap token is not used; all tokens lie in one clause.
 * Marks ends[L] for every expansion matching tokens [start, start + L).
 */
static void naive_pat(const struct g_entry *e, const struct g_pat *p, int slot,
		      const struct nturn *nt, uint32_t start, uint32_t pos, bool started,
		      bool last_el, bool *ends)
{
	if (slot == p->n_slots) {
		if (last_el)
			ends[pos - start] = true;
		return;
	}
	const struct g_slot *s = &p->s[slot];
	if (s->gap) {
		naive_pat(e, p, slot + 1, nt, start, pos, started, last_el, ends);
		for (int k = 1; k <= s->n && started; k++) {
			uint32_t q = pos + (uint32_t)k - 1;
			if (q >= nt->n || nt->t[q].clause != nt->t[start].clause)
				break;
			naive_pat(e, p, slot + 1, nt, start, pos + (uint32_t)k, true, false, ends);
		}
		return;
	}
	if (s->opt)
		naive_pat(e, p, slot + 1, nt, start, pos, started, last_el, ends);
	for (int a = 0; a < s->n; a++) {
		bool ok = true;
		for (int j = 0; j < s->len[a] && ok; j++) {
			uint32_t q = pos + (uint32_t)j;
			ok = q < nt->n && nt->t[q].clause == nt->t[start].clause &&
			     part_matches(&e->pp[s->first[a] + j], &nt->t[q]);
		}
		if (ok)
			naive_pat(e, p, slot + 1, nt, start, pos + (uint32_t)s->len[a], true, true, ends);
	}
}

static void pat_spans(const struct g_entry *e, const struct g_pat *p, const struct nturn *nt,
		      int idx, cand_vec *out)
{
	for (uint32_t i = 0; i < nt->n; i++) {
		bool ends[64] = { false };
		naive_pat(e, p, 0, nt, i, i, false, false, ends);
		for (uint32_t L = 1; L < 64; L++)
			if (ends[L])
				lt_vec_push(out, ((struct cand){ i, i + L, idx, -1, false }));
	}
}

/* Section 3.2: A NEAR/N B keeps A's spans with a B span within N tokens
 * (1 = adjacent), sharing no token, in either order; NOT NEAR the others */
static void near_spans(const struct g_entry *e, const struct nturn *nt, int idx, cand_vec *out)
{
	cand_vec a = { 0 }, b = { 0 };
	pat_spans(e, &e->pa, nt, idx, &a);
	pat_spans(e, &e->pb, nt, idx, &b);
	uint32_t N = (uint32_t)e->dist;
	for (size_t i = 0; i < a.n; i++) {
		bool near = false;
		for (size_t k = 0; k < b.n && !near; k++) {
			const struct cand *x = &a.v[i], *y = &b.v[k];
			if (y->s >= x->e)
				near = y->s - x->e + 1 <= N;
			else if (y->e <= x->s)
				near = x->s - y->e + 1 <= N;
		}
		if (near == (e->ptype == PT_NEAR))
			lt_vec_push(out, a.v[i]);
	}
	lt_vec_release(&a);
	lt_vec_release(&b);
}

/* Section 3: every (start, end) the entry matches in the turn. */
static void entry_spans(const struct g_entry *e, const struct nturn *nt, int idx, cand_vec *out)
{
	if (e->ptype == PT_PATTERN) {
		pat_spans(e, &e->pa, nt, idx, out);
		return;
	}
	if (e->ptype != PT_NONE) {
		near_spans(e, nt, idx, out);
		return;
	}
	if (e->regex) {
		size_t pos = 0;
		while (pos <= nt->flen) {
			int r = rx_match(e->rx, N_RS, nt->ftext, nt->flen, pos, false);
			if (r != RX_MATCH)
				break;
			size_t b, en;
			rx_group(N_RS, 0, &b, &en);
			if (en == b) {
				/* empty: never counts; a non-empty match at the same
				 * place is tried, else the search moves one character on */
				r = rx_match(e->rx, N_RS, nt->ftext, nt->flen, b, true);
				if (r == RX_MATCH) {
					rx_group(N_RS, 0, &b, &en);
				} else {
					if (b >= nt->flen)
						break;
					uint32_t cp;
					pos = b + tokenize_decode(nt->ftext + b, nt->flen - b, &cp);
					continue;
				}
			}
			uint32_t first = UINT32_MAX, last = 0;
			for (uint32_t i = 0; i < nt->n; i++)
				if (b < nt->t[i].fend && en > nt->t[i].fstart) {
					if (first == UINT32_MAX)
						first = i;
					last = i;
				}
			if (first != UINT32_MAX)
				lt_vec_push(out, ((struct cand){ first, last + 1, idx, -1, false }));
			pos = en;
		}
		return;
	}
	for (uint32_t i = 0; i + (uint32_t)e->n <= nt->n; i++) {
		bool ok = true;
		for (int k = 0; k < e->n && ok; k++)
			ok = part_matches(&e->p[k], &nt->t[i + (uint32_t)k]) &&
			     nt->t[i + (uint32_t)k].clause == nt->t[i].clause;
		if (ok)
			lt_vec_push(out, ((struct cand){ i, i + (uint32_t)e->n, idx, -1, false }));
	}
}

static bool overlaps(const struct cand *a, const struct cand *b)
{
	return a->s < b->e && b->s < a->e;
}

/* entry order: files in path order, then line */
static const struct model *SORT_M;
static int entry_cmp(int a, int b)
{
	const struct g_entry *ea = &SORT_M->e[a], *eb = &SORT_M->e[b];
	int fa = SORT_M->secs[ea->sec].file, fb = SORT_M->secs[eb->sec].file;
	if (fa != fb)
		return fa - fb;
	return ea->line - eb->line;
}
static int cand_cmp(const void *pa, const void *pb)
{
	const struct cand *a = pa, *b = pb;
	if (a->s != b->s)
		return a->s < b->s ? -1 : 1;
	if (a->e - a->s != b->e - b->s)
		return (a->e - a->s) > (b->e - b->s) ? -1 : 1;
	if (a->cat != b->cat)
		return a->cat - b->cat; /* theme rows: category order */
	return entry_cmp(a->entry, b->entry);
}

/* Leftmost-longest: sort, then take each that overlaps nothing taken. */
static void select_ll(cand_vec *in, cand_vec *out)
{
	if (in->n > 1)
		qsort(in->v, in->n, sizeof(*in->v), cand_cmp);
	for (size_t i = 0; i < in->n; i++) {
		bool free_ = true;
		for (size_t k = 0; k < out->n && free_; k++)
			free_ = !overlaps(&in->v[i], &out->v[k]);
		if (free_)
			lt_vec_push(out, in->v[i]);
	}
}

static bool is_negator(const struct model *m, int theme, const struct ntok *t)
{
	static const char *const defaults[] = { "not", "no", "never", "none", "nobody", "nothing",
						"neither", "nor", "nowhere", "without", "cannot" };
	for (size_t i = 0; i < LT_ARRAY_SIZE(defaults); i++)
		if (!strcmp(t->folded, defaults[i]))
			return true;
	size_t n = strlen(t->folded);
	if (n >= 3 && !strcmp(t->folded + n - 3, "n't"))
		return true;
	for (int i = 0; i < m->n_entries; i++) {
		const struct g_entry *e = &m->e[i];
		const struct g_sec *s = &m->secs[e->sec];
		if (!e->removed && s->kind == SEC_NEG && m->file_theme[s->file] == theme &&
		    part_matches(&e->p[0], t))
			return true;
	}
	return false;
}

/* docs/counting-rules.md 6.2: the built-in lists, copied from the tables */
static const char *const d_pseudo[] = {
	"not only", "not just", "not merely", "not simply", "not least", "not every",
	"whether or not", "or not", "if not", "no doubt", "without doubt", "without a doubt",
	"no matter", "no wonder", "nothing but", "not to mention", "no more than", "no less than",
	"not as if", "not as though", "not so much", "zero covid", "not surprising",
	"not surprisingly", "no surprise", "not uncommon", "not unusual", "had it not been for",
	"if it had not been for", "if it hadn't been for", "were it not for", "if not for",
	"nothing short of", "not all", "not unique"
};
static const char *const d_term[] = {
	"but", "however", "although", "though", "nevertheless", "nonetheless", "except",
	"whereas", "whilst", "apart from", "aside from", "because", "whether", "what", "how",
	"why", "where", "in terms of", "with regard to", "in relation to", "in respect of",
	"with respect to", "as regards", "and so", "when", "the fact that"
};
static const char *const d_post[] = {
	"was not the case", "wasn't the case", "is not the case", "isn't the case",
	"was not there", "wasn't there", "were not there", "weren't there", "is not there",
	"isn't there", "are not there", "aren't there", "was absent", "were absent",
	"was lacking", "were lacking", "was missing", "were missing", "did not exist",
	"didn't exist", "does not exist", "doesn't exist", "never happened", "did not happen",
	"didn't happen", "never arose", "did not arise", "didn't arise", "was not an issue",
	"wasn't an issue", "was never an issue", "was not a problem", "wasn't a problem",
	"was never a problem"
};
static const char *const d_raise[] = {
	"think", "thinks", "thought", "believe", "believes", "believed", "suppose", "supposed",
	"imagine", "imagined", "expect", "expected", "reckon", "reckoned", "feel", "feels", "felt",
	"seem", "seems", "seemed", "appear", "appears", "appeared", "say", "says", "saying", "said",
	"recall", "recalls", "recalled", "remember", "remembers", "remembered", "sure", "aware",
	"case", "able", "mean", "means", "meant", "know", "knows", "knew", "suggest", "suggests",
	"suggested", "suggesting"
};
/* the built-in-only lists */
static const char *const d_fill[] = {
	"really", "actually", "quite", "particularly", "necessarily", "always", "ever", "even",
	"just", "simply", "fully", "entirely", "wholly", "totally", "directly", "personally",
	"specifically", "exactly", "certainly", "genuinely", "truly", "obviously", "clearly",
	"frankly", "honestly"
};
static const char *const d_fill_phrase[] = { "in any sense", "in any way", "at all", "as such" };
static const char *const d_def[] = {
	"the", "this", "these", "those", "my", "our", "your", "his", "her", "its", "their"
};
static const char *const d_hold[] = {
	"have", "has", "had", "having", "get", "gets", "got", "getting", "gotten", "give", "gives",
	"gave", "given", "giving", "provide", "provides", "provided", "providing", "receive",
	"receives", "received", "receiving", "find", "finds", "found", "finding", "see", "sees",
	"saw", "seen", "seeing", "obtain", "obtained", "secure", "secured", "recall", "recalled",
	"remember", "remembered"
};
static const char *const d_rel[] = {
	"of", "from", "with", "within", "in", "into", "on", "at", "for", "by", "under", "to", "about",
	"among", "between", "over", "be", "been", "being", "is", "was", "were", "are", "have", "has",
	"had"
};
static const char *const d_open[] = { "no", "none", "nobody", "nothing", "neither", "never",
				      "nowhere" };
static const char *const d_lead[] = { "and", "so", "or", "but", "well" };
static const char *const d_be[] = { "is", "was", "were", "are", "be", "been" };
/* version 4 */
static const char *const d_default_neg[] = { "not", "no", "never", "none", "nobody", "nothing",
					     "neither", "nor", "nowhere", "without", "cannot" };
static const char *const d_partitive[] = { "none", "neither" };
static const char *const d_inv_prep[] = { "at", "in", "on", "under", "by" };
static const char *const d_inv_aux[] = { "did", "do", "does", "was", "were", "is", "are", "have",
					 "has", "had", "would", "could", "should", "will", "can",
					 "might", "must", "shall", "may" };
static const char *const d_neg_pred[] = { "hard", "difficult", "impossible", "naive",
					  "doubtful", "unlikely" };

static bool in_list(const char *w, const char *const *l, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(w, l[i]))
			return true;
	return false;
}
#define IN(w, l) in_list((w), (l), LT_ARRAY_SIZE(l))

static bool nt_word(const char *w)
{
	size_t n = strlen(w);
	return n >= 3 && !strcmp(w + n - 3, "n't");
}

/* 6.1 step 0: the fillers of the turn (words, and the words of phrases
 * matched in one clause) */
static void naive_fillers(const struct nturn *nt, bool *f)
{
	for (uint32_t i = 0; i < nt->n; i++)
		f[i] = IN(nt->t[i].folded, d_fill);
	for (size_t q = 0; q < LT_ARRAY_SIZE(d_fill_phrase); q++) {
		char words[64];
		snprintf(words, sizeof(words), "%s", d_fill_phrase[q]);
		char *w[6];
		int nw = 0;
		for (char *p = strtok(words, " "); p && nw < 6; p = strtok(NULL, " "))
			w[nw++] = p;
		for (uint32_t a = 0; a + (uint32_t)nw <= nt->n; a++) {
			bool ok = true;
			for (int j = 0; j < nw && ok; j++)
				ok = !strcmp(nt->t[a + j].folded, w[j]) &&
				     nt->t[a + j].clause == nt->t[a].clause;
			for (int j = 0; ok && j < nw; j++)
				f[a + j] = true;
		}
	}
}

/* step 0: 1 + the tokens strictly between j and k that are not fillers */
static uint32_t nwords(const bool *f, uint32_t j, uint32_t k)
{
	uint32_t n = 1;
	for (uint32_t i = j + 1; i < k; i++)
		n += !f[i];
	return n;
}

/* Does word k of a sequence (wk tells whether token i is it) match from
 * token i on, skipping fillers that are not it (post-negators, after the
 * first word)? Returns the token, or UINT32_MAX. */
static uint32_t seq_next(const struct nturn *nt, const bool *f, uint32_t i, uint32_t cl,
			 bool skip, bool (*is)(const void *, const struct ntok *), const void *arg)
{
	while (skip && i < nt->n && nt->t[i].clause == cl && f[i] && !is(arg, &nt->t[i]))
		i++;
	if (i >= nt->n || nt->t[i].clause != cl || !is(arg, &nt->t[i]))
		return UINT32_MAX;
	return i;
}

struct dword {
	const char *w;
	bool nt_too; /* "not" in a pseudo-negator also matches an n't word */
};

static bool is_dword(const void *arg, const struct ntok *t)
{
	const struct dword *d = arg;
	return !strcmp(t->folded, d->w) || (d->nt_too && !strcmp(d->w, "not") && nt_word(t->folded));
}

static bool is_part(const void *arg, const struct ntok *t)
{
	return part_matches(arg, t);
}

/* Every match [s, e) in nt of a sequence of section kind k for theme th:
 * the defaults (space-separated words) and the theme's entries. */
static void seq_spans(const struct model *m, int th, int k, const struct nturn *nt,
		      const bool *f, struct cand *out, size_t *n, size_t cap)
{
	const char *const *d = k == SEC_PSEUDO ? d_pseudo : k == SEC_TERM ? d_term : d_post;
	size_t nd = k == SEC_PSEUDO ? LT_ARRAY_SIZE(d_pseudo)
		    : k == SEC_TERM ? LT_ARRAY_SIZE(d_term) : LT_ARRAY_SIZE(d_post);
	const bool skip = k == SEC_POST;
	for (size_t q = 0; q < nd; q++) {
		char words[64];
		snprintf(words, sizeof(words), "%s", d[q]);
		char *w[6];
		int nw = 0;
		for (char *p = strtok(words, " "); p && nw < 6; p = strtok(NULL, " "))
			w[nw++] = p;
		for (uint32_t a = 0; a < nt->n; a++) {
			uint32_t i = a;
			for (int j = 0; j < nw && i != UINT32_MAX; j++) {
				struct dword dw = { w[j], k == SEC_PSEUDO };
				i = seq_next(nt, f, j ? i + 1 : a, nt->t[a].clause, skip && j, is_dword,
					     &dw);
			}
			if (i != UINT32_MAX && *n < cap)
				out[(*n)++] = (struct cand){ a, i + 1, -1, -1, false };
		}
	}
	for (int i = 0; i < m->n_entries; i++) {
		const struct g_entry *e = &m->e[i];
		const struct g_sec *sc = &m->secs[e->sec];
		if (e->removed || sc->kind != k || m->file_theme[sc->file] != th)
			continue;
		for (uint32_t a = 0; a < nt->n; a++) {
			uint32_t t = a;
			for (int j = 0; j < e->n && t != UINT32_MAX; j++)
				t = seq_next(nt, f, j ? t + 1 : a, nt->t[a].clause, skip && j, is_part,
					     &e->p[j]);
			if (t != UINT32_MAX && *n < cap)
				out[(*n)++] = (struct cand){ a, t + 1, i, -1, false };
		}
	}
}

static bool is_raiser(const struct model *m, int th, const struct ntok *t)
{
	if (IN(t->folded, d_raise))
		return true;
	for (int i = 0; i < m->n_entries; i++) {
		const struct g_entry *e = &m->e[i];
		const struct g_sec *s = &m->secs[e->sec];
		if (!e->removed && s->kind == SEC_RAISE && m->file_theme[s->file] == th &&
		    part_matches(&e->p[0], t))
			return true;
	}
	return false;
}

/* 6.1.4: the first clause character after token last is '?' */
static bool naive_question(const struct nturn *nt, uint32_t last)
{
	for (uint32_t i = nt->t[last].end; i < nt->len; i++) {
		if (nt->text[i] == '?')
			return true;
		if (strchr(".,;:!()[]{}", nt->text[i]) && nt->text[i])
			return false;
		if (!strncmp(nt->text + i, "\xe2\x80\xa6", 3))
			return false;
	}
	return false;
}

/* 6.1.1: the text between tokens i and i + 1 holds "--", an en or em
 * dash, or " - " */
static bool naive_dash(const struct nturn *nt, uint32_t i)
{
	char gap[256];
	uint32_t a = nt->t[i].end, b = nt->t[i + 1].start;
	snprintf(gap, sizeof(gap), "%.*s", (int)(b - a), nt->text + a);
	return strstr(gap, "--") || strstr(gap, "\xe2\x80\x93") || strstr(gap, "\xe2\x80\x94") ||
	       strstr(gap, " - ");
}

static bool shielded_at(const struct cand *pseudo, size_t np, uint32_t j)
{
	for (size_t i = 0; i < np; i++)
		if (pseudo[i].s <= j && j < pseudo[i].e)
			return true;
	return false;
}

/* "too X not to": the "not" at j (6.1 step 2, version 4) */
static bool too_not_to(const struct ntok *T, uint32_t cs, uint32_t j)
{
	return j >= cs + 2 && !strcmp(T[j].folded, "not") && !strcmp(T[j + 1].folded, "to") &&
	       !strcmp(T[j - 2].folded, "too");
}

/* docs/counting-rules.md 6.1, step by step, for the hit [s, e) of theme th. */
static bool naive_negated(const struct model *m, int th, const struct nturn *nt, uint32_t s,
			  uint32_t e)
{
	static struct cand pseudo[512], term[512], post[512];
	bool *f = calloc(nt->n + 1, sizeof(bool));
	size_t np = 0, nte = 0, npo = 0;
	naive_fillers(nt, f);
	seq_spans(m, th, SEC_PSEUDO, nt, f, pseudo, &np, 512);
	seq_spans(m, th, SEC_TERM, nt, f, term, &nte, 512);
	seq_spans(m, th, SEC_POST, nt, f, post, &npo, 512);
	const struct ntok *T = nt->t;
	uint32_t cl = T[s].clause, cs = s, last = s;
	while (cs > 0 && T[cs - 1].clause == cl)
		cs--;
	while (last + 1 < nt->n && T[last + 1].clause == cl)
		last++;
	/* 1. scope start: terminators (not "whether" right after a raiser),
	 * dashes, a negator right after and/or */
	uint32_t b = cs;
	for (size_t i = 0; i < nte; i++) {
		uint32_t a = term[i].s;
		bool whether = a > cs && !strcmp(T[a].folded, "whether") &&
			       is_raiser(m, th, &T[a - 1]);
		if (T[a].clause == cl && term[i].e <= s && term[i].e > b && !whether)
			b = term[i].e;
	}
	for (uint32_t j = cs; j < s; j++)
		if (naive_dash(nt, j) && j + 1 > b)
			b = j + 1;
	for (uint32_t j = cs; j < s; j++)
		STAT.nx_term += is_negator(m, th, &T[j]) && j < b;
	for (uint32_t j = b + 1; j < s; j++)
		if ((!strcmp(T[j - 1].folded, "and") || !strcmp(T[j - 1].folded, "or")) &&
		    is_negator(m, th, &T[j]) && !shielded_at(pseudo, np, j) &&
		    !too_not_to(T, cs, j)) {
			STAT.nx_andor += b != j;
			b = j;
		}
	/* 3. a definite description */
	uint32_t d = UINT32_MAX;
	for (uint32_t k = s; k + 2 >= s && k >= b; k--) {
		if (IN(T[k].folded, d_def)) {
			d = k;
			break;
		}
		if (k < s && is_negator(m, th, &T[k]))
			break;
		if (k == 0)
			break;
	}
	if (d != UINT32_MAX) {
		uint32_t p = d;
		while (p > b && f[p - 1])
			p--;
		if (p == b || is_negator(m, th, &T[p - 1]) || IN(T[p - 1].folded, d_hold))
			d = UINT32_MAX;
	}
	/* 2., 4. triggers */
	int coord = 0, other = 0;
	uint32_t first = UINT32_MAX;
	for (uint32_t j = b; j < s; j++) {
		const struct ntok *t = &T[j];
		if (!is_negator(m, th, t))
			continue;
		bool too = too_not_to(T, cs, j);
		STAT.nx_too += too && !shielded_at(pseudo, np, j);
		bool shielded = shielded_at(pseudo, np, j) || too;
		STAT.nx_shield += shielded;
		if (shielded)
			continue;
		bool raised = false;
		for (uint32_t r = j + 1; r < s; r++)
			raised |= nwords(f, j, r) <= 3 && !f[r] && is_raiser(m, th, &T[r]);
		bool opener = IN(t->folded, d_open) &&
			      (j == b || (j == b + 1 && IN(T[b].folded, d_lead)));
		uint32_t k = j;
		if (k > b && IN(T[k - 1].folded, d_be))
			k--;
		bool exist = k > b && (!strcmp(T[k - 1].folded, "there") ||
				       !strcmp(T[k - 1].folded, "there's"));
		/* at no point did ...: "no" after a preposition, an auxiliary 2 on */
		bool inv = !strcmp(t->folded, "no") && j > b && j + 2 < nt->n &&
			   T[j + 2].clause == cl && IN(T[j - 1].folded, d_inv_prep) &&
			   IN(T[j + 2].folded, d_inv_aux);
		bool window = nwords(f, j, s) <= 5;
		if (!window && !raised && !opener && !exist && !inv)
			continue;
		STAT.nx_raise += !window && raised;
		STAT.nx_open += !window && !raised && (opener || exist || inv);
		STAT.nx_inv += !window && !raised && !opener && !exist && inv;
		STAT.nx_fill += window && s - j > 5;
		if (d != UINT32_MAX && j < d) {
			bool of = j + 1 < d && !strcmp(T[j + 1].folded, "of");
			bool rel = !(of && IN(t->folded, d_partitive));
			STAT.nx_partnom += of && rel && !IN(t->folded, d_default_neg);
			for (uint32_t q = j + 1; q < d && rel; q++)
				rel = f[q] || IN(T[q].folded, d_rel);
			STAT.nx_def += !rel;
			if (!rel)
				continue;
		}
		if (!strcmp(t->folded, "neither") || !strcmp(t->folded, "nor")) {
			coord++;
			STAT.nx_coord++;
			continue;
		}
		bool opens = j == cs || (j == cs + 1 && IN(T[cs].folded, d_lead));
		if (nt_word(t->folded) && opens && naive_question(nt, last)) {
			STAT.nx_rhet++;
			continue;
		}
		other++;
		if (first == UINT32_MAX)
			first = j;
	}
	/* 5. post-negation */
	for (size_t i = 0; i < npo; i++) {
		uint32_t a = post[i].s;
		if (a < e || T[a].clause != T[e - 1].clause)
			continue;
		uint32_t gap = 0;
		for (uint32_t q = e; q < a; q++)
			gap += !f[q];
		if (gap > 2)
			continue;
		bool cut = false;
		for (size_t k2 = 0; k2 < nte; k2++)
			cut |= term[k2].s >= e && term[k2].e <= a;
		for (uint32_t k2 = e - 1; k2 < a; k2++)
			cut |= naive_dash(nt, k2);
		if (!cut) {
			other++;
			STAT.nx_post++;
			bool fill = gap < a - e;
			for (uint32_t q = post[i].s + 1; q < post[i].e; q++)
				fill |= f[q];
			STAT.nx_postfill += fill;
			break;
		}
	}
	free(f);
	/* 6. a negative predicate in [b, first counted trigger): one more */
	for (uint32_t k = b; first != UINT32_MAX && k < first; k++)
		if (IN(T[k].folded, d_neg_pred)) {
			other++;
			STAT.nx_pred++;
			break;
		}
	STAT.nx_even += !coord && other >= 2 && other % 2 == 0;
	return coord > 0 || other % 2 == 1;
}

typedef LT_VEC(char *) str_vec;

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *hit_key(const char *cat, uint32_t ts, uint32_t te, uint32_t bs, uint32_t be,
		     const char *file, uint32_t line, bool neg, const char *form, size_t form_len)
{
	char buf[512];
	snprintf(buf, sizeof(buf), "%s [%u,%u) %u-%u %s:L%u '%.*s'%s", cat, ts, te, bs, be, file,
		 line, (int)form_len, form, neg ? " neg" : "");
	return strdup(buf);
}

static void naive_key(const struct model *m, const struct nturn *nt, const char *catname,
		      const struct cand *c, str_vec *out)
{
	char form[512] = "";
	for (uint32_t i = c->s; i < c->e; i++) {
		if (i > c->s)
			cat_text(form, sizeof(form), " ");
		cat_text(form, sizeof(form), nt->t[i].folded);
	}
	char file[16];
	snprintf(file, sizeof(file), "f%d.lex", m->secs[m->e[c->entry].sec].file);
	lt_vec_push(out, hit_key(catname, c->s, c->e, nt->t[c->s].start, nt->t[c->e - 1].end, file,
				 (uint32_t)m->e[c->entry].line, c->neg, form, strlen(form)));
}

/* The naive matcher: every hit of every category and theme row, as keys. */
static void naive_turn(const struct model *m, const struct nturn *nt, str_vec *out)
{
	SORT_M = m;
	cand_vec cands[MAX_CATS], xcat[MAX_CATS], xtheme[MAX_FILES], taken[MAX_CATS];
	memset(cands, 0, sizeof(cands));
	memset(xcat, 0, sizeof(xcat));
	memset(xtheme, 0, sizeof(xtheme));
	memset(taken, 0, sizeof(taken));
	for (int i = 0; i < m->n_entries; i++) {
		const struct g_entry *e = &m->e[i];
		if (e->removed)
			continue;
		const struct g_sec *s = &m->secs[e->sec];
		switch (s->kind) {
		case SEC_CAT:
			entry_spans(e, nt, i, &cands[s->cat]);
			break;
		case SEC_XCAT:
			entry_spans(e, nt, i, &xcat[s->cat]);
			break;
		case SEC_XTHEME:
			entry_spans(e, nt, i, &xtheme[m->file_theme[s->file]]);
			break;
		default:
			break;
		}
	}
	for (int c = 0; c < m->n_cats; c++) {
		int th = m->cats[c].theme;
		cand_vec kept = { 0 };
		for (size_t i = 0; i < cands[c].n; i++) {
			struct cand x = cands[c].v[i];
			bool drop = false;
			for (size_t k = 0; k < xcat[c].n && !drop; k++)
				drop = overlaps(&x, &xcat[c].v[k]);
			for (size_t k = 0; k < xtheme[th].n && !drop; k++)
				drop = overlaps(&x, &xtheme[th].v[k]);
			x.cat = c;
			STAT.cand++;
			if (!drop)
				lt_vec_push(&kept, x);
			else
				STAT.excluded++;
		}
		select_ll(&kept, &taken[c]);
		STAT.overlapped += (long)(kept.n - taken[c].n);
		lt_vec_release(&kept);
		for (size_t i = 0; i < taken[c].n; i++) {
			struct cand *x = &taken[c].v[i];
			x->neg = naive_negated(m, th, nt, x->s, x->e);
			STAT.hits++;
			STAT.multi += x->e - x->s > 1;
			STAT.regex += m->e[x->entry].regex;
			STAT.pat += m->e[x->entry].ptype == PT_PATTERN;
			STAT.near += m->e[x->entry].ptype >= PT_NEAR;
			STAT.neg += x->neg;
			char name[24];
			snprintf(name, sizeof(name), "%s.%s", m->themes[th], m->cats[c].name);
			naive_key(m, nt, name, x, out);
		}
	}
	for (int th = 0; th < m->n_themes; th++) {
		cand_vec pool = { 0 }, sel = { 0 };
		for (int c = 0; c < m->n_cats; c++)
			if (m->cats[c].theme == th)
				for (size_t i = 0; i < taken[c].n; i++)
					lt_vec_push(&pool, taken[c].v[i]);
		select_ll(&pool, &sel);
		STAT.theme_dropped += (long)(pool.n - sel.n);
		char name[24];
		snprintf(name, sizeof(name), "%s.*", m->themes[th]);
		for (size_t i = 0; i < sel.n; i++)
			naive_key(m, nt, name, &sel.v[i], out);
		lt_vec_release(&pool);
		lt_vec_release(&sel);
	}
	for (int c = 0; c < MAX_CATS; c++) {
		lt_vec_release(&cands[c]);
		lt_vec_release(&xcat[c]);
		lt_vec_release(&taken[c]);
	}
	for (int f = 0; f < MAX_FILES; f++)
		lt_vec_release(&xtheme[f]);
	if (out->n > 1)
		qsort(out->v, out->n, sizeof(*out->v), str_cmp);
}

/* lextab's hits of the loaded lexicon as the same keys. */
static void lextab_turn(const char *text, str_vec *out)
{
	turn(text);
	for (size_t i = 0; i < F.hits.n; i++) {
		const struct hit *h = &F.hits.v[i];
		const struct lex_entry *e = lexicon_entry(F.lx, h->entry);
		lt_vec_push(out, hit_key(lexicon_category(F.lx, h->category)->name, h->tok_start,
					 h->tok_end, h->byte_start, h->byte_end, base_name(e->file),
					 e->line, h->negated, h->form, h->form_len));
	}
	if (out->n > 1)
		qsort(out->v, out->n, sizeof(*out->v), str_cmp);
}

static void strs_free(str_vec *v)
{
	for (size_t i = 0; i < v->n; i++)
		free(v->v[i]);
	lt_vec_release(v);
}

static bool strs_equal(const str_vec *a, const str_vec *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->v[i], b->v[i]) != 0)
			return false;
	return true;
}

/* ---- random turns ---- */

struct g_turn {
	int n;
	char piece[MAX_PIECES][48]; /* a word with its separator */
	bool removed[MAX_PIECES];
};

/*
 * A random turn of up to 14 words. With m, a quarter of the time the next
 * words are taken from one of m's entries (a prefix element gets a random
 * ending), so that phrases, overlaps and exclusions actually meet.
 */
static void turn_word(struct g_turn *t);

/* words of one expansion of pattern p (gap tokens random) */
static void turn_pattern(struct g_turn *t, const struct g_entry *e, const struct g_pat *p)
{
	static const char *const endings[] = { "", "", "s", "ing", "ation", "ed", "'s" };
	for (int k = 0; k < p->n_slots; k++) {
		const struct g_slot *s = &p->s[k];
		if (s->gap) {
			int g = (int)rnd((unsigned)s->n + 1);
			for (int j = 0; j < g && t->n < MAX_PIECES; j++)
				turn_word(t);
			continue;
		}
		if (s->opt && rnd(2))
			continue;
		int a = (int)rnd((unsigned)s->n);
		for (int j = 0; j < s->len[a] && t->n < MAX_PIECES; j++) {
			const struct g_part *gp = &e->pp[s->first[a] + j];
			const char *sep = rnd(100) < 85 ? " " : PICK(seps);
			snprintf(t->piece[t->n], sizeof(t->piece[0]), "%s%s%s", gp->word,
				 gp->kind == EL_PREFIX ? PICK(endings) : "", sep);
			t->n++;
		}
	}
}

static void gen_turn(struct g_turn *t, const struct model *m)
{
	static const char *const endings[] = { "", "", "s", "ing", "ation", "ed", "'s" };
	memset(t, 0, sizeof(*t));
	int want = (int)rnd(15);
	while (t->n < want && t->n < MAX_PIECES) {
		const struct g_entry *e = m && m->n_entries ? &m->e[rnd((unsigned)m->n_entries)] : NULL;
		if (e && e->ptype != PT_NONE && !e->removed && rnd(100) < 30) {
			turn_pattern(t, e, &e->pa);
			if (e->ptype != PT_PATTERN) {
				int between = (int)rnd((unsigned)e->dist + 2);
				for (int k = 0; k < between && t->n < MAX_PIECES; k++)
					turn_word(t);
				turn_pattern(t, e, &e->pb);
			}
			continue;
		}
		if (rnd(100) < 5) {
			/* a negator, a raiser, then words of the same clause: a raised
			 * scope beyond the window (6.1.2) */
			static const char *const nr[] = { "don't think", "not say", "never recall",
							  "n't reckon", "not", "no lack" };
			char words[64];
			snprintf(words, sizeof(words), "%s", PICK(nr));
			for (char *p = strtok(words, " "); p && t->n < MAX_PIECES; p = strtok(NULL, " ")) {
				snprintf(t->piece[t->n], sizeof(t->piece[0]), "%s ", p);
				t->n++;
			}
			for (int k = 0, nw = 3 + (int)rnd(3); k < nw && t->n < MAX_PIECES; k++) {
				snprintf(t->piece[t->n], sizeof(t->piece[0]), "%s ", PICK(turn_words));
				t->n++;
			}
			continue;
		}
		if (rnd(100) < 6) {
			/* a shape of the version 3 and 4 rules (6.1), "_" a random
			 * word: fillers, repeated negators, existentials and openers,
			 * definites, post-negators with fillers; too ... not to,
			 * inversion, nominal negators before a definite, negative
			 * predicates, raisers */
			static const char *const shapes[] = {
				"not really _", "didn't in any sense _ _ _", "never at all _ _ _ _",
				"hadn't _ or hadn't _", "no _ and no _", "_ was simply not there",
				"_ were really not there", "_ wasn't at all the case", "_ was never really an issue",
				"there was nobody _ _ _ _ _", "nobody _ _ _ _ _ _", "and none _ _ _ _ _",
				"not within the _", "didn't have the _", "wasn't involved in the _",
				"none of the _", "not really _ our _", "never simply the _ _",
				"not sure whether _ _", "don't _ really _ _ _ _", "not _ _ actually _ _ _",
				/* version 4 */
				"too _ not to _", "at no _ did _ _ _ _ _ _", "in no _ was _ _ _ _ _",
				"lack of the _", "lack of those _", "zero of the _", "meeting of our _",
				"hard to _ not _", "naive not to _ _",
				"don't know that _ _ _ _ _", "none of the _"
			};
			char words[64];
			snprintf(words, sizeof(words), "%s", PICK(shapes));
			for (char *p = strtok(words, " "); p && t->n < MAX_PIECES; p = strtok(NULL, " ")) {
				const char *w = strcmp(p, "_") ? p : PICK(turn_words);
				if (!strcmp(p, "_") && e && !e->regex && !e->removed && e->n && rnd(2))
					w = e->p[0].word;
				snprintf(t->piece[t->n], sizeof(t->piece[0]), "%s%s", w,
					 rnd(100) < 92 ? " " : PICK(seps));
				t->n++;
			}
			continue;
		}
		if (rnd(100) < 6) {
			/* a built-in negation sequence (6.2), word by word */
			unsigned k = rnd(3);
			const char *seq = k == 0 ? PICK(d_pseudo) : k == 1 ? PICK(d_term) : PICK(d_post);
			char words[64];
			snprintf(words, sizeof(words), "%s", seq);
			for (char *p = strtok(words, " "); p && t->n < MAX_PIECES; p = strtok(NULL, " ")) {
				snprintf(t->piece[t->n], sizeof(t->piece[0]), "%s%s", p,
					 rnd(100) < 90 ? " " : PICK(seps));
				t->n++;
			}
			continue;
		}
		if (e && !e->regex && !e->removed && rnd(100) < 25) {
			for (int k = 0; k < e->n && t->n < MAX_PIECES; k++) {
				char w[40];
				snprintf(w, sizeof(w), "%s%s", e->p[k].word,
					 e->p[k].kind == EL_PREFIX ? PICK(endings) : "");
				const char *sep = rnd(100) < 85 ? " " : PICK(seps);
				snprintf(t->piece[t->n], sizeof(t->piece[0]), "%s%s", w, sep);
				t->n++;
			}
			continue;
		}
		turn_word(t);
	}
}

/* one random turn word with a random separator */
static void turn_word(struct g_turn *t)
{
	if (t->n >= MAX_PIECES)
		return;
	{
		char w[40];
		snprintf(w, sizeof(w), "%s", PICK(turn_words));
		unsigned r = rnd(100);
		if (r < 10)
			ascii_upper(w, true);
		else if (r < 22)
			ascii_upper(w, false);
		if (rnd(100) < 30)
			curly(w, sizeof(w));
		const char *sep = PICK(seps);
		if (rnd(100) < 5)
			snprintf(t->piece[t->n], sizeof(t->piece[0]), "'%s'%s", w, sep);
		else
			snprintf(t->piece[t->n], sizeof(t->piece[0]), "%s%s", w, sep);
		t->n++;
	}
}

static void turn_text(const struct g_turn *t, char *buf, size_t cap)
{
	buf[0] = '\0';
	for (int i = 0; i < t->n; i++)
		if (!t->removed[i])
			cat_text(buf, cap, t->piece[i]);
}

/* ---- the property test ---- */

static char DIR_[64];

/* Write and load the model's files; false when lextab rejects them. */
static bool model_load(struct model *m, bool quiet)
{
	model_render(m);
	char paths[MAX_FILES][96];
	const char *pp[MAX_FILES];
	size_t np = 0;
	for (int f = 0; f < m->n_files; f++) {
		if (m->file_removed[f])
			continue;
		snprintf(paths[f], sizeof(paths[f]), "%s/f%d.lex", DIR_, f);
		if (!write_file(paths[f], m->text[f]))
			return false;
		pp[np++] = paths[f];
	}
	int rc = fx_load_paths(&F, pp, np, false, false);
	if (rc != LT_OK && !quiet) {
		printf("# lextab rejected a random lexicon: %s\n", F.d.msg);
		for (int f = 0; f < m->n_files; f++)
			if (!m->file_removed[f])
				printf("# --- f%d.lex\n%s", f, m->text[f]);
	}
	return rc == LT_OK;
}

/* True when lextab and the naive matcher agree on text with model m loaded. */
static bool agree(struct model *m, const char *text, str_vec *got, str_vec *want)
{
	struct nturn nt;
	nturn_make(&nt, text);
	lextab_turn(text, got);
	naive_turn(m, &nt, want);
	nturn_free(&nt);
	return strs_equal(got, want);
}

/* Does the (possibly reduced) model still disagree on turn t? */
static bool still_fails(struct model *m, const struct g_turn *t)
{
	if (!model_load(m, true))
		return false;
	char text[2048];
	turn_text(t, text, sizeof(text));
	str_vec got = { 0 }, want = { 0 };
	bool ok = agree(m, text, &got, &want);
	strs_free(&got);
	strs_free(&want);
	return !ok;
}

/* Greedy shrinking: drop entries, then turn pieces, while it still fails. */
static void shrink(struct model *m, struct g_turn *t)
{
	bool progress = true;
	while (progress) {
		progress = false;
		for (int i = 0; i < m->n_entries; i++) {
			if (m->e[i].removed)
				continue;
			m->e[i].removed = true;
			if (still_fails(m, t))
				progress = true;
			else
				m->e[i].removed = false;
		}
		for (int i = 0; i < t->n; i++) {
			if (t->removed[i])
				continue;
			t->removed[i] = true;
			if (still_fails(m, t))
				progress = true;
			else
				t->removed[i] = false;
		}
		/* sections left without entries, then files left without sections */
		for (int s = 0; s < m->n_secs; s++) {
			bool empty = !m->secs[s].removed;
			for (int i = 0; i < m->n_entries && empty; i++)
				empty = m->e[i].sec != s || m->e[i].removed;
			if (!empty)
				continue;
			m->secs[s].removed = true;
			if (still_fails(m, t))
				progress = true;
			else
				m->secs[s].removed = false;
		}
		for (int f = 0; f < m->n_files; f++) {
			bool empty = !m->file_removed[f];
			for (int s = 0; s < m->n_secs && empty; s++)
				empty = m->secs[s].file != f || m->secs[s].removed;
			if (!empty)
				continue;
			m->file_removed[f] = true;
			if (still_fails(m, t))
				progress = true;
			else
				m->file_removed[f] = false;
		}
	}
}

static void print_keys(const char *who, const str_vec *v)
{
	printf("#   %s (%zu hits):\n", who, v->n);
	for (size_t i = 0; i < v->n; i++)
		printf("#     %s\n", v->v[i]);
}

static void report_case(struct model *m, const struct g_turn *t)
{
	model_load(m, false);
	char text[2048];
	turn_text(t, text, sizeof(text));
	for (int f = 0; f < m->n_files; f++) {
		if (m->file_removed[f])
			continue;
		printf("# --- f%d.lex\n", f);
		for (char *p = m->text[f]; *p;) {
			char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) : strlen(p);
			printf("#   %.*s\n", (int)n, p);
			p += n + (nl != NULL);
		}
	}
	printf("# --- turn: \"%s\"\n", text);
	str_vec got = { 0 }, want = { 0 };
	agree(m, text, &got, &want);
	print_keys("lextab", &got);
	print_keys("counting-rules.md (naive)", &want);
	strs_free(&got);
	strs_free(&want);
}

static size_t model_size(const struct model *m, const struct g_turn *t)
{
	size_t n = 0;
	for (int i = 0; i < m->n_entries; i++)
		n += !m->e[i].removed;
	for (int i = 0; i < t->n; i++)
		n += !t->removed[i];
	for (int s = 0; s < m->n_secs; s++)
		n += !m->secs[s].removed;
	return n;
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#define N_LEXICONS 2000
#define TURNS_PER_LEXICON 25
#define MAX_KEPT 16


static void prop_begin(void)
{
	/* thousands of small lexicon files: tmpfs when there is one (on a busy
	 * disk /tmp made this test ten times slower), else /tmp */
	snprintf(DIR_, sizeof(DIR_), "/dev/shm/lextab-test-match-XXXXXX");
	if (!mkdtemp(DIR_)) {
		snprintf(DIR_, sizeof(DIR_), "/tmp/lextab-test-match-XXXXXX");
		CHECK(mkdtemp(DIR_) != NULL);
	}
	struct lt_diag d;
	CHECK_EQ(stemmer_new(&N_ST, "english", &d), LT_OK);
	N_RS = rx_scratch_new(8, 0);
}

static void prop_end(void)
{
	static const char *const names[] = { "f0.lex", "f1.lex", "f2.lex", "lw.dic" };
	for (size_t f = 0; f < LT_ARRAY_SIZE(names); f++) {
		char p[96];
		snprintf(p, sizeof(p), "%s/%s", DIR_, names[f]);
		unlink(p);
	}
	rmdir(DIR_);
	rx_scratch_free(N_RS);
	stemmer_free(N_ST);
	N_RS = NULL;
	N_ST = NULL;
}

struct failure {
	struct model m;
	struct g_turn t;
	size_t size;
	char sig[3 * 32768];
};

static int failure_cmp(const void *a, const void *b)
{
	const struct failure *x = *(struct failure *const *)a, *y = *(struct failure *const *)b;
	if (x->size != y->size)
		return x->size < y->size ? -1 : 1;
	return strcmp(x->sig, y->sig);
}

/* Shrink the kept failures and print the distinct ones, smallest first. */
static void report_failures(struct failure **kept, size_t n_kept)
{
	for (size_t i = 0; i < n_kept; i++) {
		struct failure *fl = kept[i];
		/* pointers of the copied model were not carried over */
		for (int k = 0; k < fl->m.n_entries; k++) {
			fl->m.e[k].rx = NULL;
			for (int j = 0; j < fl->m.e[k].n; j++)
				fl->m.e[k].p[j].folded = fl->m.e[k].p[j].stem = NULL;
			for (int j = 0; j < fl->m.e[k].n_pp; j++)
				fl->m.e[k].pp[j].folded = fl->m.e[k].pp[j].stem = NULL;
		}
		model_prepare(&fl->m);
		shrink(&fl->m, &fl->t);
		model_render(&fl->m);
		fl->size = model_size(&fl->m, &fl->t);
		fl->sig[0] = '\0';
		/* one report per distinct shrunk lexicon */
		for (int f = 0; f < fl->m.n_files; f++)
			if (!fl->m.file_removed[f])
				cat_text(fl->sig, sizeof(fl->sig), fl->m.text[f]);
		model_unprepare(&fl->m);
	}
	qsort(kept, n_kept, sizeof(*kept), failure_cmp);
	int shown = 0;
	for (size_t i = 0; i < n_kept && shown < 4; i++) {
		if (i && !strcmp(kept[i]->sig, kept[i - 1]->sig))
			continue;
		printf("# disagreement %d (shrunk; distinct ones among the first %zu, smallest "
		       "first):\n", ++shown, n_kept);
		model_prepare(&kept[i]->m);
		report_case(&kept[i]->m, &kept[i]->t);
		model_unprepare(&kept[i]->m);
	}
}

/*
 * The same comparison with few lexicons and many turns each: the matcher
 * chooses its patterns' filter groups again from the terms it has seen
 * after 500 turns (build_filters); the hits must not change.
 */
static void test_match__property_adaptive_filters(void)
{
	prop_begin();
	rng_state = 20261203;
	long compared = 0, failed = 0, lexicons = 0;
	static struct model m;
	static struct g_turn tt;
	while (lexicons < 12) {
		gen_model(&m);
		if (!model_load(&m, false) || !model_prepare(&m))
			continue;
		lexicons++;
		for (int ti = 0; ti < 1100; ti++) {
			gen_turn(&tt, &m);
			char text[2048];
			turn_text(&tt, text, sizeof(text));
			str_vec got = { 0 }, want = { 0 };
			if (!agree(&m, text, &got, &want)) {
				failed++;
				if (failed <= 3)
					report_case(&m, &tt);
			}
			compared++;
			strs_free(&got);
			strs_free(&want);
		}
		model_unprepare(&m);
	}
	printf("# property (adaptive filters): %ld turns, 1100 per lexicon (%ld lexicons), "
	       "%ld disagreements\n", compared, lexicons, failed);
	CHECK_EQ(failed, 0);
	prop_end();
}

static void test_match__property_naive(void)
{
	prop_begin();
	rng_state = 20240611;
	const char *env = getenv("TEST_MATCH_LEXICONS");
	long n_lex = env ? strtol(env, NULL, 10) : N_LEXICONS;
	long compared = 0, failed = 0, rejected = 0;
	static struct model m;
	static struct g_turn tt;
	struct failure *kept[MAX_KEPT];
	size_t n_kept = 0;
	memset(&STAT, 0, sizeof(STAT));
	double t0 = now_s();
	for (long li = 0; li < n_lex; li++) {
		gen_model(&m);
		if (!model_load(&m, rejected > 0) || !model_prepare(&m)) {
			rejected++;
			continue;
		}
		for (int ti = 0; ti < TURNS_PER_LEXICON; ti++) {
			gen_turn(&tt, &m);
			char text[2048];
			turn_text(&tt, text, sizeof(text));
			str_vec got = { 0 }, want = { 0 };
			bool ok = agree(&m, text, &got, &want);
			compared++;
			if (!ok) {
				failed++;
				if (n_kept < MAX_KEPT) {
					kept[n_kept] = malloc(sizeof(**kept));
					kept[n_kept]->m = m;
					kept[n_kept]->t = tt;
					n_kept++;
				}
			}
			strs_free(&got);
			strs_free(&want);
		}
		model_unprepare(&m);
	}
	double secs = now_s() - t0;
	printf("# property (.lex): %ld random turns compared against the naive matcher "
	       "(%ld lexicons, %ld rejected), %ld disagreements, %.2f s\n",
	       compared, n_lex, rejected, failed, secs);
	printf("#   naive side: %ld candidates, %ld dropped by exclusions, %ld skipped as "
	       "overlapping, %ld hits (%ld of 2+ tokens, %ld by regex, %ld by token pattern, "
	       "%ld by NEAR/NOT NEAR, %ld negated), %ld category hits not taken by the theme "
	       "row\n",
	       STAT.cand, STAT.excluded, STAT.overlapped, STAT.hits, STAT.multi, STAT.regex,
	       STAT.pat, STAT.near, STAT.neg, STAT.theme_dropped);
	printf("#   negation: %ld triggers shielded by pseudo-negators, %ld cut off by "
	       "terminators, %ld counted through a raiser, %ld neither/nor, %ld rhetorical n't, "
	       "%ld post-negators, %ld hits with an even count\n",
	       STAT.nx_shield, STAT.nx_term, STAT.nx_raise, STAT.nx_coord, STAT.nx_rhet,
	       STAT.nx_post, STAT.nx_even);
	printf("#   negation v3: %ld scopes restarted after and/or, %ld openers or existentials "
	       "beyond the window, %ld triggers in the window through fillers, %ld triggers "
	       "voided by a definite, %ld post-negators with fillers\n",
	       STAT.nx_andor, STAT.nx_open, STAT.nx_fill, STAT.nx_def, STAT.nx_postfill);
	printf("#   negation v4: %ld too ... not to, %ld negative inversions beyond the window, "
	       "%ld section negators + of before a definite, %ld negative predicates\n",
	       STAT.nx_too, STAT.nx_inv, STAT.nx_partnom, STAT.nx_pred);
	CHECK(STAT.pat > 1000);
	CHECK(STAT.near > 1000);
	CHECK(STAT.nx_shield > 100 && STAT.nx_term > 100 && STAT.nx_raise > 100);
	CHECK(STAT.nx_coord > 100 && STAT.nx_rhet > 100 && STAT.nx_post > 100);
	CHECK(STAT.nx_even > 100);
	CHECK(STAT.nx_andor > 100 && STAT.nx_open > 100 && STAT.nx_fill > 100);
	CHECK(STAT.nx_def > 100 && STAT.nx_postfill > 100);
	CHECK(STAT.nx_too > 10 && STAT.nx_inv > 10 && STAT.nx_partnom > 10 && STAT.nx_pred > 10);
	CHECK_EQ(rejected, 0);
	CHECK(compared > 0);
	CHECK_EQ(failed, 0);
	report_failures(kept, n_kept);
	for (size_t i = 0; i < n_kept; i++)
		free(kept[i]);
	prop_end();
}

/* ---- --liwc (section 7): random .dic dictionaries ---- */

struct lmodel;
static void lw_key(const struct lmodel *lm, const struct nturn *nt, const char *catname,
		   const struct cand *c, str_vec *out);

/* select_ll with .entry already an order key (a line) */
static int cand_cmp_plain(const void *pa, const void *pb)
{
	const struct cand *a = pa, *b = pb;
	if (a->s != b->s)
		return a->s < b->s ? -1 : 1;
	if (a->e - a->s != b->e - b->s)
		return (a->e - a->s) > (b->e - b->s) ? -1 : 1;
	if (a->cat != b->cat)
		return a->cat - b->cat;
	return a->entry - b->entry;
}

static void select_ll_plain(cand_vec *in, cand_vec *out)
{
	if (in->n > 1)
		qsort(in->v, in->n, sizeof(*in->v), cand_cmp_plain);
	for (size_t i = 0; i < in->n; i++) {
		bool free_ = true;
		for (size_t k = 0; k < out->n && free_; k++)
			free_ = !overlaps(&in->v[i], &out->v[k]);
		if (free_)
			lt_vec_push(out, in->v[i]);
	}
}

#define LW_MAX_TERMS 16

struct l_term {
	char text[48];           /* the term as written in the .dic */
	int n;
	struct g_part p[2];      /* EL_EXACT or EL_PREFIX (the last one only) */
	int cats[2], n_cats;     /* category numbers, 1-based */
	int line;
};

struct lmodel {
	int n_cats;
	int n_terms;
	struct l_term t[LW_MAX_TERMS];
	char text[4096];
};

static const char *const liwc_words[] = {
	"trust", "trusted", "trusts", "rely", "on", "faith", "the", "board", "good", "not",
	"don't", "confidence", "confident", "a", "in", "co", "operate", "no"
};
static const char *const liwc_prefixes[] = {
	"tru", "trust", "rel", "con", "confid", "co", "op", "fai", "boa", "don", "no", "t"
};

static void lw_gen(struct lmodel *lm)
{
	memset(lm, 0, sizeof(*lm));
	lm->n_cats = 2 + (int)rnd(2);
	lm->n_terms = 3 + (int)rnd(LW_MAX_TERMS - 3);
	for (int i = 0; i < lm->n_terms; i++) {
		struct l_term *t = &lm->t[i];
		if (i && rnd(100) < 12) {
			/* the same term again, on its own line */
			*t = lm->t[rnd((unsigned)i)];
		} else {
			int n = rnd(100) < 25 ? 2 : 1;
			t->n = n;
			t->text[0] = '\0';
			for (int k = 0; k < n; k++) {
				bool pre = k == n - 1 && rnd(100) < 40;
				const char *w = pre ? PICK(liwc_prefixes) : PICK(liwc_words);
				t->p[k].kind = pre ? EL_PREFIX : EL_EXACT;
				snprintf(t->p[k].word, sizeof(t->p[k].word), "%s", w);
				if (k)
					cat_text(t->text, sizeof(t->text), " ");
				cat_text(t->text, sizeof(t->text), w);
				if (pre)
					cat_text(t->text, sizeof(t->text), "*");
			}
		}
		t->n_cats = 1 + (rnd(100) < 30);
		t->cats[0] = 1 + (int)rnd((unsigned)lm->n_cats);
		t->cats[1] = t->cats[0] % lm->n_cats + 1;
	}
}

static void lw_render(struct lmodel *lm)
{
	static const char *const names[] = { "ca", "cb", "cc" };
	char *x = lm->text;
	size_t cap = sizeof(lm->text);
	x[0] = '\0';
	int line = 0;
	cat_text(x, cap, "%\n");
	line++;
	for (int c = 0; c < lm->n_cats; c++) {
		char b[32];
		snprintf(b, sizeof(b), "%d\t%s\n", c + 1, names[c]);
		cat_text(x, cap, b);
		line++;
	}
	cat_text(x, cap, "%\n");
	line++;
	for (int i = 0; i < lm->n_terms; i++) {
		struct l_term *t = &lm->t[i];
		char b[96];
		if (t->n_cats == 2)
			snprintf(b, sizeof(b), "%s\t%d\t%d\n", t->text, t->cats[0], t->cats[1]);
		else
			snprintf(b, sizeof(b), "%s\t%d\n", t->text, t->cats[0]);
		cat_text(x, cap, b);
		t->line = ++line;
	}
}

static void lw_prepare(struct lmodel *lm)
{
	for (int i = 0; i < lm->n_terms; i++)
		for (int k = 0; k < lm->t[i].n; k++) {
			struct g_part *p = &lm->t[i].p[k];
			size_t fl;
			p->folded = tokenize_fold(p->word, strlen(p->word), &fl);
			p->stem = NULL;
		}
}

static void lw_unprepare(struct lmodel *lm)
{
	for (int i = 0; i < lm->n_terms; i++)
		for (int k = 0; k < lm->t[i].n; k++) {
			free(lm->t[i].p[k].folded);
			lm->t[i].p[k].folded = NULL;
		}
}

static bool lw_matches(const struct l_term *t, const struct nturn *nt, uint32_t i)
{
	if (i + (uint32_t)t->n > nt->n)
		return false;
	for (int k = 0; k < t->n; k++)
		if (nt->t[i + (uint32_t)k].clause != nt->t[i].clause ||
		    !part_matches(&t->p[k], &nt->t[i + (uint32_t)k]))
			return false;
	return true;
}

/*
 * Section 7 preference: longer (tokens), then exact before prefix, then
 * the longer prefix (one-token terms), then entry order. < 0: a wins.
 */
static int lw_better(const struct l_term *a, const struct l_term *b)
{
	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	if (a->n == 1 && a->p[0].kind != b->p[0].kind)
		return a->p[0].kind == EL_EXACT ? -1 : 1;
	if (a->n == 1 && a->p[0].kind == EL_PREFIX) {
		size_t la = strlen(a->p[0].folded), lb = strlen(b->p[0].folded);
		if (la != lb)
			return la > lb ? -1 : 1;
	}
	return a->line - b->line;
}

static void lw_naive(const struct lmodel *lm, const struct nturn *nt, str_vec *out)
{
	static const char *const names[] = { "ca", "cb", "cc" };
	cand_vec hits[4] = { { 0 } };
	for (uint32_t i = 0; i < nt->n;) {
		int best = -1;
		for (int j = 0; j < lm->n_terms; j++)
			if (lw_matches(&lm->t[j], nt, i) &&
			    (best < 0 || lw_better(&lm->t[j], &lm->t[best]) < 0))
				best = j;
		if (best < 0) {
			i++;
			continue;
		}
		uint32_t len = (uint32_t)lm->t[best].n;
		/* every category that lists that same term gets a hit; a term
		 * repeated on several lines is one term with its categories
		 * merged into its first line (docs/dictionary-formats.md,
		 * "Duplicate terms"), which is the best one, so that line is
		 * credited */
		bool got[4] = { false };
		for (int j = 0; j < lm->n_terms; j++) {
			if (strcmp(lm->t[j].text, lm->t[best].text) != 0)
				continue;
			for (int k = 0; k < lm->t[j].n_cats; k++) {
				int c = lm->t[j].cats[k];
				if (got[c])
					continue;
				got[c] = true;
				lt_vec_push(&hits[c], ((struct cand){ i, i + len, best, c, false }));
			}
		}
		i += len;
	}
	cand_vec pool = { 0 }, sel = { 0 };
	for (int c = 1; c <= lm->n_cats; c++)
		for (size_t i = 0; i < hits[c].n; i++) {
			struct cand *x = &hits[c].v[i];
			/* a LIWC theme has no negation sections: the defaults */
			static const struct model no_sections;
			x->neg = naive_negated(&no_sections, 0, nt, x->s, x->e);
			lt_vec_push(&pool, *x);
		}
	/* theme row: category order, then entry order (cand_cmp uses cat, then entry) */
	for (size_t i = 0; i < pool.n; i++)
		pool.v[i].entry = lm->t[pool.v[i].entry].line;
	select_ll_plain(&pool, &sel);
	for (int c = 1; c <= lm->n_cats; c++) {
		char name[16];
		snprintf(name, sizeof(name), "lw.%s", names[c - 1]);
		for (size_t i = 0; i < hits[c].n; i++)
			lw_key(lm, nt, name, &hits[c].v[i], out);
	}
	for (size_t i = 0; i < sel.n; i++) {
		struct cand x = sel.v[i];
		for (int j = 0; j < lm->n_terms; j++)
			if (lm->t[j].line == x.entry)
				x.entry = j;
		lw_key(lm, nt, "lw.*", &x, out);
	}
	for (int c = 0; c < 4; c++)
		lt_vec_release(&hits[c]);
	lt_vec_release(&pool);
	lt_vec_release(&sel);
	if (out->n > 1)
		qsort(out->v, out->n, sizeof(*out->v), str_cmp);
}

static void lw_key(const struct lmodel *lm, const struct nturn *nt, const char *catname,
		   const struct cand *c, str_vec *out)
{
	char form[512] = "";
	for (uint32_t i = c->s; i < c->e; i++) {
		if (i > c->s)
			cat_text(form, sizeof(form), " ");
		cat_text(form, sizeof(form), nt->t[i].folded);
	}
	lt_vec_push(out, hit_key(catname, c->s, c->e, nt->t[c->s].start, nt->t[c->e - 1].end,
				 "lw.dic", (uint32_t)lm->t[c->entry].line, c->neg, form,
				 strlen(form)));
}

#define N_DICS 600

static void test_match__property_liwc(void)
{
	prop_begin();
	rng_state = 19930501;
	static struct lmodel lm;
	static struct model seeds;
	static struct g_turn tt;
	long compared = 0, failed = 0, rejected = 0, hits = 0;
	char path[96];
	snprintf(path, sizeof(path), "%s/lw.dic", DIR_);
	double t0 = now_s();
	bool shown = false;
	for (int li = 0; li < N_DICS; li++) {
		lw_gen(&lm);
		lw_render(&lm);
		const char *pp = path;
		if (!write_file(path, lm.text) || fx_load_paths(&F, &pp, 1, true, false) != LT_OK) {
			if (!rejected++)
				printf("# lextab rejected a random dictionary: %s\n%s", F.d.msg, lm.text);
			continue;
		}
		lw_prepare(&lm);
		/* the terms as a model, only to seed the turns with their words */
		memset(&seeds, 0, sizeof(seeds));
		seeds.n_entries = lm.n_terms;
		for (int i = 0; i < lm.n_terms; i++) {
			seeds.e[i].n = lm.t[i].n;
			for (int k = 0; k < lm.t[i].n; k++)
				seeds.e[i].p[k] = lm.t[i].p[k];
		}
		for (int ti = 0; ti < TURNS_PER_LEXICON; ti++) {
			gen_turn(&tt, &seeds);
			char text[2048];
			turn_text(&tt, text, sizeof(text));
			str_vec got = { 0 }, want = { 0 };
			struct nturn nt;
			nturn_make(&nt, text);
			lextab_turn(text, &got);
			lw_naive(&lm, &nt, &want);
			nturn_free(&nt);
			compared++;
			hits += (long)want.n;
			if (!strs_equal(&got, &want)) {
				failed++;
				if (!shown) {
					shown = true;
					printf("# --liwc disagreement: lw.dic\n");
					for (char *p = lm.text; *p;) {
						char *nl = strchr(p, '\n');
						size_t n = nl ? (size_t)(nl - p) : strlen(p);
						printf("#   %.*s\n", (int)n, p);
						p += n + (nl != NULL);
					}
					printf("# --- turn: \"%s\"\n", text);
					print_keys("lextab", &got);
					print_keys("counting-rules.md (naive)", &want);
				}
			}
			strs_free(&got);
			strs_free(&want);
		}
		lw_unprepare(&lm);
	}
	printf("# property (--liwc): %ld random turns compared (%d dictionaries, %ld rejected), "
	       "%ld hits, %ld disagreements, %.2f s\n",
	       compared, N_DICS, rejected, hits, failed, now_s() - t0);
	CHECK_EQ(rejected, 0);
	CHECK(compared > 0);
	CHECK_EQ(failed, 0);
	prop_end();
}

int main(void)
{
	RUN(test_match__overlapping_phrases);
	RUN(test_match__phrase_clause);
	RUN(test_match__glob_vs_stem);
	RUN(test_match__exact);
	RUN(test_match__stem);
	RUN(test_match__regex);
	RUN(test_match__regex_class_escapes);
	RUN(test_match__regex_new_braces);
	RUN(test_match__exclusion);
	RUN(test_match__exclude_category);
	RUN(test_match__negation_window);
	RUN(test_match__negation_nt);
	RUN(test_match__negation_v2);
	RUN(test_match__negation_sections);
	RUN(test_match__theme_union);
	RUN(test_match__hyphenated_entry);
	RUN(test_match__apostrophes);
	RUN(test_match__case_folding);
	RUN(test_match__theme_negators);
	RUN(test_match__entry_order);
	RUN(test_match__liwc);
	RUN(test_match__property_naive);
	RUN(test_match__property_adaptive_filters);
	RUN(test_match__property_liwc);
	fx_release(&F);
	return th_done();
}
