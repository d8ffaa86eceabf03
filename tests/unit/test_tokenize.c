/* test_tokenize.c - unit tests for tokenize.c against docs/counting-rules.md
 * section 2: token and clause boundaries as exact "start,len,clause" lists,
 * folding, the n't test, the classifier and the decoder.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"
#include "tokenize.h"

/*
 * Tokenise s and render the tokens as "start,len,clause" separated by
 * spaces ("" for none). Also checks the word field is 0 and the count is
 * within tokenize_max_tokens. Valid until the next call.
 */
static const char *toks(const char *s)
{
	static char buf[4096];
	size_t len = strlen(s);
	size_t max = tokenize_max_tokens(len);
	struct token *t = malloc((max + 1) * sizeof(*t));
	/* a canary after the promised room */
	memset(&t[max], 0xA5, sizeof(*t));
	size_t n = tokenize(s, len, t);
	CHECK(n <= max);
	unsigned char canary[sizeof(*t)];
	memset(canary, 0xA5, sizeof(canary));
	CHECK(memcmp(&t[max], canary, sizeof(canary)) == 0);
	size_t w = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < n && w < sizeof(buf) - 64; i++) {
		CHECK_EQ(t[i].word, 0);
		w += (size_t)snprintf(buf + w, sizeof(buf) - w, "%s%u,%u,%u", i ? " " : "",
				      t[i].start, t[i].len, t[i].clause);
	}
	free(t);
	return buf;
}

/* Tokens rendered as their text, "|"-separated. */
static const char *words(const char *s)
{
	static char buf[4096];
	size_t len = strlen(s);
	struct token *t = malloc((tokenize_max_tokens(len)) * sizeof(*t));
	size_t n = tokenize(s, len, t);
	size_t w = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < n && w + t[i].len + 2 < sizeof(buf); i++) {
		if (i)
			buf[w++] = '|';
		memcpy(buf + w, s + t[i].start, t[i].len);
		w += t[i].len;
		buf[w] = '\0';
	}
	free(t);
	return buf;
}

/* Fold s; the length must agree with strlen. Valid until the next call. */
static const char *fold(const char *s)
{
	static char buf[1024];
	size_t n = 12345;
	char *f = tokenize_fold(s, strlen(s), &n);
	CHECK(f != NULL);
	if (!f)
		return "(null)";
	CHECK_EQ(n, strlen(f));
	snprintf(buf, sizeof(buf), "%s", f);
	free(f);
	return buf;
}

/* ------------------------------------------------------------ tokens */

static void test_tokenize__basic(void)
{
	CHECK_STREQ(toks("We trust them"), "0,2,0 3,5,0 9,4,0");
	CHECK_STREQ(toks("  leading and trailing  "), "2,7,0 10,3,0 14,8,0");
	CHECK_STREQ(toks("tab\tnew\nline"), "0,3,0 4,3,0 8,4,0");
	CHECK_STREQ(toks("x"), "0,1,0");
}

static void test_tokenize__empty(void)
{
	CHECK_STREQ(toks(""), "");
	CHECK_STREQ(toks("   \t "), "");
	CHECK_STREQ(toks("-- / @ #"), "");
	CHECK_STREQ(toks("..."), "");
}

static void test_tokenize__apostrophes(void)
{
	CHECK_STREQ(toks("don't"), "0,5,0");
	CHECK_STREQ(toks("the leader's view"), "0,3,0 4,8,0 13,4,0");
	CHECK_STREQ(toks("rock'n'roll"), "0,11,0");
	/* not extended at the start or the end */
	CHECK_STREQ(toks("'tis"), "1,3,0");
	CHECK_STREQ(toks("students' work"), "0,8,0 10,4,0");
	CHECK_STREQ(toks("'quoted'"), "1,6,0");
	CHECK_STREQ(toks("it'"), "0,2,0");
	/* two apostrophes in a row: the first is not followed by a letter */
	CHECK_STREQ(toks("don''t"), "0,3,0 5,1,0");
	/* an apostrophe after a space is not inside a token */
	CHECK_STREQ(toks("a 'b"), "0,1,0 3,1,0");
	/* digits count on both sides */
	CHECK_STREQ(toks("90's 'n' rock'90"), "0,4,0 6,1,0 9,7,0");
	/* curly apostrophe U+2019 (3 bytes) */
	CHECK_STREQ(toks("don\xE2\x80\x99t"), "0,7,0");
	CHECK_STREQ(toks("\xE2\x80\x99tis"), "3,3,0");
	CHECK_STREQ(toks("students\xE2\x80\x99 x"), "0,8,0 12,1,0");
	/* followed by a multibyte letter */
	CHECK_STREQ(toks("l'\xC3\xA9t\xC3\xA9"), "0,7,0");
	/* U+2018 and U+02BC-like quotes: U+2018 is punctuation, a separator */
	CHECK_STREQ(toks("don\xE2\x80\x98t"), "0,3,0 6,1,0");
}

static void test_tokenize__hyphens_and_symbols(void)
{
	CHECK_STREQ(toks("co-operate"), "0,2,0 3,7,0");
	/* en dash U+2013, em dash U+2014, non-breaking hyphen U+2011 */
	CHECK_STREQ(toks("a\xE2\x80\x93" "b\xE2\x80\x94" "c\xE2\x80\x91" "d"),
		    "0,1,0 4,1,0 8,1,0 12,1,0");
	CHECK_STREQ(words("snake_case a/b me@nhs.uk #tag \"q\" *x* 50% a+b"),
		    "snake|case|a|b|me|nhs|uk|tag|q|x|50|a|b");
	/* no-break space U+00A0 separates */
	CHECK_STREQ(toks("a\xC2\xA0" "b"), "0,1,0 3,1,0");
}

static void test_tokenize__digits(void)
{
	CHECK_STREQ(toks("3.5"), "0,1,0 2,1,1");
	CHECK_STREQ(toks("1,000 people"), "0,1,0 2,3,1 6,6,1");
	CHECK_STREQ(toks("covid19 2024"), "0,7,0 8,4,0");
	/* other numbers: U+00BD (No), U+0663 Arabic-Indic three (Nd), U+2167 (Nl) */
	CHECK_STREQ(toks("\xC2\xBD \xD9\xA3 \xE2\x85\xA7"), "0,2,0 3,2,0 6,3,0");
}

static void test_tokenize__marks(void)
{
	/* e + U+0301 stays in the token */
	CHECK_STREQ(toks("cafe\xCC\x81 ok"), "0,6,0 7,2,0");
	/* Devanagari with spacing (Mc) and non-spacing (Mn) marks: one token */
	CHECK_STREQ(toks("\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\xA8\xE0\xA5\x8D\xE0\xA4\xA6"
			 "\xE0\xA5\x80 x"),
		    "0,18,0 19,1,0");
}

/* counting rules 2.1: a mark extends a token but never starts one */
static void test_tokenize__marks_never_start(void)
{
	CHECK_STREQ(toks("a \xCC\x81" "b"), "0,1,0 4,1,0");
	CHECK_STREQ(toks("\xCC\x81\xCC\x81" "abc"), "4,3,0");
	CHECK_STREQ(toks("\xCC\x81"), "");
	/* after an apostrophe that ends the token */
	CHECK_STREQ(toks("a'\xCC\x81" "x"), "0,1,0 4,1,0");
	/* a keycap: digit, VS16, enclosing keycap - one token */
	CHECK_STREQ(toks("1\xEF\xB8\x8F\xE2\x83\xA3 x"), "0,7,0 8,1,0");
	/* marks after a digit and inside a word stay */
	CHECK_STREQ(toks("x\xCC\x81y\xCC\x81"), "0,6,0");
}

static void test_tokenize__scripts(void)
{
	/* CJK: no word segmentation, a run of Lo is one token */
	CHECK_STREQ(toks("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E \xE3\x83\x86\xE3\x82\xB9\xE3\x83\x88"),
		    "0,9,0 10,9,0");
	/* Cyrillic, with a comma */
	CHECK_STREQ(toks("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82, \xD0\xBC\xD0\xB8\xD1\x80"),
		    "0,12,0 14,6,1");
	/* Arabic */
	CHECK_STREQ(toks("\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 "
			 "\xD8\xA8\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85"),
		    "0,10,0 11,14,0");
	/* Greek and Latin-1 letters next to ASCII */
	CHECK_STREQ(toks("\xCE\xB1\xCE\xB2\xCE\xB3" "abc \xC3\x9F"), "0,9,0 10,2,0");
	/* CJK punctuation is not in the clause list: U+3002 separates only */
	CHECK_STREQ(toks("\xE6\x97\xA5\xE3\x80\x82\xE6\x9C\xAC"), "0,3,0 6,3,0");
}

static void test_tokenize__emoji_and_replacement(void)
{
	/* U+1F600 between words */
	CHECK_STREQ(toks("good\xF0\x9F\x98\x80" "bad"), "0,4,0 8,3,0");
	/* U+FFFD separates */
	CHECK_STREQ(toks("a\xEF\xBF\xBD" "b"), "0,1,0 4,1,0");
	/* skin tone modifier and ZWJ sequences separate and make no token */
	CHECK_STREQ(toks("ok \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD yes"), "0,2,0 12,3,0");
	CHECK_STREQ(toks("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB"), "");
}

/*
 * An emoji presentation sequence (U+2764 U+FE0F, "red heart") is one emoji,
 * and emoji separate tokens (counting rules 2.3). Its variation selector
 * U+FE0F is a mark (Mn), but it must not become a token of its own.
 */
static void test_tokenize__emoji_variation_selector(void)
{
	CHECK_STREQ(toks("I \xE2\x9D\xA4\xEF\xB8\x8F it"), "0,1,0 9,2,0");
	CHECK_STREQ(words("great \xE2\x98\xBA\xEF\xB8\x8F thanks"), "great|thanks");
}

static void test_tokenize__clauses(void)
{
	/* every clause character, U+2026 included, ends a clause */
	CHECK_STREQ(toks("a.b,c;d:e?f!g(h)i[j]k{l}m\xE2\x80\xA6n"),
		    "0,1,0 2,1,1 4,1,2 6,1,3 8,1,4 10,1,5 12,1,6 14,1,7 16,1,8 18,1,9 "
		    "20,1,10 22,1,11 24,1,12 28,1,13");
	/* each clause character counts, also in a row and at the start */
	CHECK_STREQ(toks("a...b"), "0,1,0 4,1,3");
	CHECK_STREQ(toks(". a"), "2,1,1");
	CHECK_STREQ(toks("Dr. Smith, e.g. here"), "0,2,0 4,5,1 11,1,2 13,1,3 16,4,4");
	/* other punctuation does not */
	CHECK_STREQ(toks("a\"b*c-d/e@f#g_h&i'"), "0,1,0 2,1,0 4,1,0 6,1,0 8,1,0 10,1,0 12,1,0 "
						 "14,1,0 16,1,0");
	/* line breaks inside a turn do not end a clause */
	CHECK_STREQ(toks("a\nb\r\nc"), "0,1,0 2,1,0 5,1,0");
	/* full-width and inverted punctuation are separators only */
	CHECK_STREQ(toks("a\xEF\xBC\x8C" "b \xC2\xBF" "c"), "0,1,0 4,1,0 8,1,0");
}

/* ------------------------------------------------------------ folding */

static void test_tokenize__fold(void)
{
	CHECK_STREQ(fold("HeLLo"), "hello");
	CHECK_STREQ(fold("Don't"), "don't");
	CHECK_STREQ(fold("ABC123xyz"), "abc123xyz");
	CHECK_STREQ(fold(""), "");
	/* Ä -> ä */
	CHECK_STREQ(fold("\xC3\x84rger"), "\xC3\xA4rger");
	/* ß -> ss (full folding), ẞ (U+1E9E) -> ss */
	CHECK_STREQ(fold("Stra\xC3\x9F" "e"), "strasse");
	CHECK_STREQ(fold("\xE1\xBA\x9E"), "ss");
	/* curly apostrophe -> ' */
	CHECK_STREQ(fold("DON\xE2\x80\x99T"), "don't");
	CHECK_STREQ(fold("\xE2\x80\x99\xE2\x80\x99"), "''");
	/* NFC: E + U+0301 -> é */
	CHECK_STREQ(fold("CAFE\xCC\x81"), "caf\xC3\xA9");
	/* Greek final sigma folds to sigma; Cyrillic */
	CHECK_STREQ(fold("\xCE\xA3\xCE\x91\xCE\xA3"), "\xCF\x83\xCE\xB1\xCF\x83");
	CHECK_STREQ(fold("\xD0\x9C\xD0\x98\xD0\xA0"), "\xD0\xBC\xD0\xB8\xD1\x80");
	/* a string made only of non-letters is returned as is */
	CHECK_STREQ(fold("\xE6\x97\xA5\xE6\x9C\xAC"), "\xE6\x97\xA5\xE6\x9C\xAC");
	/* the length, not the NUL, bounds the input */
	size_t n = 0;
	char *f = tokenize_fold("ABCDEF", 3, &n);
	CHECK_EQ(n, 3);
	CHECK_STREQ(f, "abc");
	free(f);
	f = tokenize_fold("\xC3\x84\xC3\x84\xC3\x84", 4, &n);
	CHECK_EQ(n, 4);
	CHECK_STREQ(f, "\xC3\xA4\xC3\xA4");
	free(f);
}

static void test_tokenize__is_nt(void)
{
	CHECK(tokenize_is_nt("don't", 5));
	CHECK(tokenize_is_nt("can't", 5));
	CHECK(tokenize_is_nt("n't", 3));
	CHECK(!tokenize_is_nt("dont", 4));
	CHECK(!tokenize_is_nt("nt", 2));
	CHECK(!tokenize_is_nt("", 0));
	CHECK(!tokenize_is_nt("t", 1));
	CHECK(!tokenize_is_nt("don't've", 8));
	/* only the folded form: U+2019 must have been folded first */
	CHECK(!tokenize_is_nt("don\xE2\x80\x99t", 7));
	/* the length bounds the test */
	CHECK(tokenize_is_nt("won'tXYZ", 5));
	CHECK(!tokenize_is_nt("won't", 4));
}

/* ------------------------------------------------------------ classes */

static void test_tokenize__classify(void)
{
	CHECK_EQ(tokenize_classify('a'), TOK_WORD);
	CHECK_EQ(tokenize_classify('Z'), TOK_WORD);
	CHECK_EQ(tokenize_classify('7'), TOK_WORD);
	CHECK_EQ(tokenize_classify('\''), TOK_APOS);
	CHECK_EQ(tokenize_classify(0x2019), TOK_APOS);
	CHECK_EQ(tokenize_classify(0x2026), TOK_CLAUSE);
	const char *clause = ".,;:?!()[]{}";
	for (const char *p = clause; *p; p++)
		CHECK_EQ(tokenize_classify((unsigned char)*p), TOK_CLAUSE);
	const char *space = " \t\n\r\"#$%&*+-/<=>@\\^_`|~";
	for (const char *p = space; *p; p++)
		CHECK_EQ(tokenize_classify((unsigned char)*p), TOK_SPACE);
	CHECK_EQ(tokenize_classify(0), TOK_SPACE);
	CHECK_EQ(tokenize_classify(0x7F), TOK_SPACE);
	CHECK_EQ(tokenize_classify(0xE9), TOK_WORD);    /* é */
	CHECK_EQ(tokenize_classify(0x0301), TOK_MARK);  /* combining acute */
	CHECK_EQ(tokenize_classify(0x0903), TOK_MARK);  /* Devanagari visarga (Mc) */
	CHECK_EQ(tokenize_classify(0x20DD), TOK_MARK);  /* enclosing circle (Me) */
	CHECK_EQ(tokenize_classify(0xFE0F), TOK_MARK);  /* variation selector 16 */
	CHECK_EQ(tokenize_classify(0x0663), TOK_WORD);  /* Arabic-Indic three */
	CHECK_EQ(tokenize_classify(0x00A0), TOK_SPACE); /* no-break space */
	CHECK_EQ(tokenize_classify(0x2013), TOK_SPACE); /* en dash */
	CHECK_EQ(tokenize_classify(0x2018), TOK_SPACE); /* left single quote */
	CHECK_EQ(tokenize_classify(0x3002), TOK_SPACE); /* ideographic full stop */
	CHECK_EQ(tokenize_classify(0xFFFD), TOK_SPACE);
	CHECK_EQ(tokenize_classify(0x1F600), TOK_SPACE);
	/* the ASCII table agrees with the classifier */
	for (unsigned c = 0; c < 0x80; c++) {
		int t = tok_ascii_class[c];
		if (t != tokenize_classify(c))
			CHECK_EQ(t, tokenize_classify(c));
	}
	for (unsigned c = 0x80; c < 0x100; c++)
		if (tok_ascii_class[c] != TOK_HIGH)
			CHECK_EQ(tok_ascii_class[c], TOK_HIGH);
}

static void test_tokenize__decode(void)
{
	uint32_t cp = 0;
	CHECK_EQ(tokenize_decode("a", 1, &cp), 1);
	CHECK_EQ(cp, 'a');
	CHECK_EQ(tokenize_decode("\xC3\xA9", 2, &cp), 2);
	CHECK_EQ(cp, 0xE9);
	CHECK_EQ(tokenize_decode("\xE2\x82\xAC!", 4, &cp), 3);
	CHECK_EQ(cp, 0x20AC);
	CHECK_EQ(tokenize_decode("\xF0\x9F\x98\x80", 4, &cp), 4);
	CHECK_EQ(cp, 0x1F600);
	CHECK_EQ(tokenize_decode("\xF4\x8F\xBF\xBF", 4, &cp), 4);
	CHECK_EQ(cp, 0x10FFFF);
}

/* A long text: offsets stay exact far from the start. */
static void test_tokenize__long(void)
{
	size_t reps = 100000;
	char *s = malloc(reps * 6 + 1);
	for (size_t i = 0; i < reps; i++)
		memcpy(s + 6 * i, "word, ", 6);
	s[reps * 6] = '\0';
	size_t len = reps * 6;
	struct token *t = malloc(tokenize_max_tokens(len) * sizeof(*t));
	size_t n = tokenize(s, len, t);
	CHECK_EQ(n, reps);
	int bad = 0;
	for (size_t i = 0; i < n; i++)
		if (t[i].start != 6 * i || t[i].len != 4 || t[i].clause != i)
			bad++;
	CHECK_EQ(bad, 0);
	free(t);
	free(s);
}

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define UNDER_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
	__has_feature(memory_sanitizer)
#define UNDER_SANITIZER 1
#endif
#endif

#ifndef UNDER_SANITIZER
/* Address space in use now (VmSize), in bytes; 0 if unknown. */
static size_t vm_size(void)
{
	FILE *f = fopen("/proc/self/statm", "r");
	unsigned long pages = 0;
	if (!f)
		return 0;
	if (fscanf(f, "%lu", &pages) != 1)
		pages = 0;
	fclose(f);
	return (size_t)pages * (size_t)sysconf(_SC_PAGESIZE);
}
#endif

/*
 * A failed allocation while folding a non-ASCII word ends the run like any
 * other out-of-memory (xalloc.h: message, abort), instead of folding the
 * word to "" (which changed counts). The child folds 8M x "Ä" (64 MB of
 * code points) with only 24 MB of address space to spare.
 */
static void test_tokenize__fold_oom_aborts(void)
{
#ifdef UNDER_SANITIZER
	printf("# skipped: test_tokenize__fold_oom_aborts (sanitizers reserve the address space)\n");
	return;
#else
	int fds[2];
	CHECK_EQ(pipe(fds), 0);
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		dup2(fds[1], 2);
		close(fds[0]);
		const size_t reps = 8u << 20;
		char *s = malloc(reps * 2);
		if (!s)
			_exit(3);
		for (size_t i = 0; i < reps; i++)
			memcpy(s + 2 * i, "\xC3\x84", 2);
		size_t vm = vm_size();
		struct rlimit rl = { vm + (24u << 20), vm + (24u << 20) };
		if (!vm || setrlimit(RLIMIT_AS, &rl) != 0)
			_exit(4);
		size_t n = 0;
		char *f = tokenize_fold(s, reps * 2, &n);
		fprintf(stderr, "returned %zu bytes\n", n);
		free(f);
		_exit(0); /* not reached if the check works */
	}
	close(fds[1]);
	char buf[512];
	size_t n = 0;
	ssize_t r;
	while (n < sizeof(buf) - 1 && (r = read(fds[0], buf + n, sizeof(buf) - 1 - n)) > 0)
		n += (size_t)r;
	buf[n] = '\0';
	close(fds[0]);
	int status = 0;
	waitpid(pid, &status, 0);
	CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
	CHECK(strstr(buf, "lextab: fatal: out of memory") != NULL);
	if (!(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT))
		printf("# child: %s (exit %d)\n", buf, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
#endif
}

int main(void)
{
	RUN(test_tokenize__basic);
	RUN(test_tokenize__empty);
	RUN(test_tokenize__apostrophes);
	RUN(test_tokenize__hyphens_and_symbols);
	RUN(test_tokenize__digits);
	RUN(test_tokenize__marks);
	RUN(test_tokenize__marks_never_start);
	RUN(test_tokenize__scripts);
	RUN(test_tokenize__emoji_and_replacement);
	RUN(test_tokenize__emoji_variation_selector);
	RUN(test_tokenize__clauses);
	RUN(test_tokenize__fold);
	RUN(test_tokenize__is_nt);
	RUN(test_tokenize__classify);
	RUN(test_tokenize__decode);
	RUN(test_tokenize__long);
	RUN(test_tokenize__fold_oom_aborts);
	return th_done();
}
