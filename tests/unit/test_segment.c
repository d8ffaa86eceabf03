/* test_segment.c - unit tests for segment.c (turns, labels, front matter,
 * WebVTT, SRT, --speaker-pattern, interviewer labels).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "segment.h"
#include "xalloc.h"

static struct arena A;
static struct parsed_doc D;
static struct lt_msgs M;
static bool ready;

/* Parse text with a label rule (pattern NULL: standard) into D and M. */
static void parse_fmt(const char *pattern, enum doc_format fmt, const char *text, size_t len)
{
	if (ready) {
		arena_release(&A);
		msgs_release(&M);
	}
	arena_init(&A);
	msgs_init(&M);
	ready = true;
	struct seg_rules *r = NULL;
	struct lt_diag d;
	int rc = seg_rules_new(&r, pattern, &d);
	CHECK_EQ(rc, LT_OK);
	if (rc)
		return;
	struct rx_scratch *rs = rx_scratch_new(seg_rules_max_groups(r), 0);
	CHECK_EQ(segment_parse(r, rs, text, len, fmt, &A, &D, &M), LT_OK);
	rx_scratch_free(rs);
	seg_rules_free(r);
}

static void parse(const char *text)
{
	parse_fmt(NULL, DOC_FORMAT_TEXT, text, strlen(text));
}

static void parse_vtt(const char *text)
{
	parse_fmt(NULL, DOC_FORMAT_VTT, text, strlen(text));
}

static void parse_srt(const char *text)
{
	parse_fmt(NULL, DOC_FORMAT_SRT, text, strlen(text));
}

static const char *lab(uint32_t t)
{
	return t < D.n_turns ? D.speakers[D.turns[t].speaker].label : "(no such turn)";
}

static const char *txt(uint32_t t)
{
	return t < D.n_turns ? D.turns[t].text : "(no such turn)";
}

static const char *attr(const struct kv_list *l, const char *key)
{
	for (uint32_t i = 0; i < l->n; i++)
		if (!strcmp(l->v[i].key, key))
			return l->v[i].value;
	return NULL;
}

/* Label of a one-line document under the standard rule; NULL when none. */
static const char *label1(const char *line)
{
	parse(line);
	if (D.n_turns != 1 || !D.speakers[D.turns[0].speaker].label[0])
		return NULL;
	return lab(0);
}

/* The line must not be a label: one turn of speaker "" with text 'want'. */
static void check_not_label(const char *line, const char *want, int at)
{
	parse(line);
	th_check(D.n_turns == 1 && D.n_speakers == 1 && D.speakers[0].label[0] == '\0',
		 line, __FILE__, at);
	th_check_str(txt(0), want, "text", "want", __FILE__, at);
}

/* Every turn's text is NUL-terminated with strlen == len. */
static void check_texts(void)
{
	for (uint32_t t = 0; t < D.n_turns; t++) {
		CHECK(D.turns[t].speaker < D.n_speakers);
		CHECK_EQ(strlen(D.turns[t].text), D.turns[t].len);
	}
}

/* ------------------------------------------------------------------ */

static void test_segment__label_forms(void)
{
	static const struct {
		const char *line, *label, *text;
	} cases[] = {
		{ "Name: hello there", "Name", "hello there" },
		{ "Interviewer: So tell me.", "Interviewer", "So tell me." },
		{ "interviewer: lower case", "interviewer", "lower case" },
		{ "interviewee: yes", "interviewee", "yes" },
		{ "Q: Why?", "Q", "Why?" },
		{ "A: Because.", "A", "Because." },
		{ "P01: fine", "P01", "fine" },
		{ "Participant 3: ok", "Participant 3", "ok" },
		{ "Interviewer1 : spaced colon", "Interviewer1", "spaced colon" },
		{ "Interviewer 2: two", "Interviewer 2", "two" },
		{ "interviewer 1: lower with number", "interviewer 1", "lower with number" },
		{ "Dr. Smith: doctor", "Dr. Smith", "doctor" },
		{ "Project Manager: Okay right", "Project Manager", "Okay right" },
		{ "Director of Nursing: we met", "Director of Nursing", "we met" },
		{ "Head of the Department: yes", "Head of the Department", "yes" },
		{ "R & D Lead: fine", "R & D Lead", "fine" },
		{ "Professor B: so", "Professor B", "so" },
		{ "PhD A: hmm", "PhD A", "hmm" },
		{ "Sandra Day O'Connor: well", "Sandra Day O'Connor", "well" },
		{ "Jean-Luc Picard: engage", "Jean-Luc Picard", "engage" },
		{ "Ludwig van Beethoven: da", "Ludwig van Beethoven", "da" },
		{ "[00:01:23] Name: stamped", "Name", "stamped" },
		{ "00:01:23 Name: bare stamp", "Name", "bare stamp" },
		{ "(00:01:23) Name: paren stamp", "Name", "paren stamp" },
		{ "[01:23.456] Name: millis", "Name", "millis" },
		{ "[1:02:03,5] Name: comma", "Name", "comma" },
		{ "**Name:** bold", "Name", "bold" },
		{ "**Name**: bold out", "Name", "bold out" },
		{ "**[00:10] Ann:** both", "Ann", "both" },
		{ "  Interviewee: indented", "Interviewee", "indented" },
		{ "Speaker 1 (00:03): rev style", "Speaker 1", "rev style" },
		{ "Interviewer (laughs): noted", "Interviewer", "noted" },
		{ "Élodie Martin: bonjour", "Élodie Martin", "bonjour" },
		{ "José María: hola", "José María", "hola" },
		{ "Олег: привет", "Олег", "привет" },
		{ "主持人: 你好", "主持人", "你好" },
		{ "Name:\ttab after", "Name", "tab after" },
		{ "Name:\xC2\xA0nbsp after", "Name", "nbsp after" },
		{ "Agent_7: under", "Agent_7", "under" },
		{ "2nd Interviewer: ordinal", "2nd Interviewer", "ordinal" },
	};
	for (size_t i = 0; i < LT_ARRAY_SIZE(cases); i++) {
		const char *l = label1(cases[i].line);
		th_check_str(l, cases[i].label, cases[i].line, cases[i].label, __FILE__, __LINE__);
		th_check_str(txt(0), cases[i].text, cases[i].line, cases[i].text, __FILE__,
			     __LINE__);
		CHECK_EQ(D.turns[0].line, 1);
	}
	/* a label at the end of the line: a turn with no text */
	CHECK_STREQ(label1("Name:"), "Name");
	CHECK_EQ(D.turns[0].len, 0);
	CHECK_STREQ(txt(0), "");
	CHECK_STREQ(label1("**Name:**"), "Name");
	CHECK_EQ(D.turns[0].len, 0);
	/* exactly 40 bytes in one word, 60 in several */
	CHECK_STREQ(label1("Abcdefghijabcdefghijabcdefghijabcdefghij: x"),
		    "Abcdefghijabcdefghijabcdefghijabcdefghij");
	CHECK_STREQ(label1("Abcdefghijklmn Abcdefghijklmn Abcdefghijklmn Abcdefghijklmno: x"),
		    "Abcdefghijklmn Abcdefghijklmn Abcdefghijklmn Abcdefghijklmno");
	CHECK_STREQ(label1("One Two Three Four Five: five words"), "One Two Three Four Five");
}

static void test_segment__label_rejects(void)
{
	check_not_label("So the thing is: we never met.", "So the thing is: we never met.",
			__LINE__);
	check_not_label("Note that: we agreed.", "Note that: we agreed.", __LINE__);
	check_not_label("http://example.org is down", "http://example.org is down", __LINE__);
	check_not_label("Meet at noon:30 sharp", "Meet at noon:30 sharp", __LINE__);
	check_not_label("Name:text without space", "Name:text without space", __LINE__);
	check_not_label("Director of: nothing", "Director of: nothing", __LINE__);
	check_not_label("the Interviewer: lower first", "the Interviewer: lower first",
			__LINE__);
	check_not_label("One Two Three Four Five Six: too many",
			"One Two Three Four Five Six: too many", __LINE__);
	check_not_label("Abcdefghijabcdefghijabcdefghijabcdefghijk: 41 bytes",
			"Abcdefghijabcdefghijabcdefghijabcdefghijk: 41 bytes", __LINE__);
	check_not_label("Abcdefghijklmn Abcdefghijklmn Abcdefghijklmn Abcdefghijklmnop: 61",
			"Abcdefghijklmn Abcdefghijklmn Abcdefghijklmn Abcdefghijklmnop: 61",
			__LINE__);
	check_not_label("We said, Name: no", "We said, Name: no", __LINE__);
	check_not_label("Really? Yes: sure", "Really? Yes: sure", __LINE__);
	check_not_label("42: the answer", "42: the answer", __LINE__);
	check_not_label("- Name: list item", "- Name: list item", __LINE__);
	check_not_label("...: dots", "...: dots", __LINE__);
	check_not_label("Name (with: colon): x", "Name (with: colon): x", __LINE__);
	check_not_label("Name (unclosed: x", "Name (unclosed: x", __LINE__);
	check_not_label("Ask me at 10:30", "Ask me at 10:30", __LINE__);
	/* a leading clock time is dropped from any line under the standard rule */
	check_not_label("10:30 we met", "we met", __LINE__);
	check_not_label("[00:00:05] so it goes: on", "so it goes: on", __LINE__);
}

static void test_segment__role_name(void)
{
	parse("Chief Justice (John G. Roberts, Jr.): We'll hear argument.\n"
	      "Advocate (Juan C. Basombrio): Mr. Chief Justice...\n"
	      "Chief Justice (John G. Roberts, Jr.): Thank you.\n"
	      "Justice (John G. Roberts, Jr.): conflicting role\n");
	CHECK_EQ(D.n_speakers, 2);
	CHECK_EQ(D.n_turns, 4);
	CHECK_STREQ(D.speakers[0].label, "John G. Roberts, Jr.");
	CHECK_STREQ(attr(&D.speakers[0].attrs, "role"), "Chief Justice");
	CHECK_EQ(D.speakers[0].attrs.n, 1);
	CHECK_STREQ(D.speakers[1].label, "Juan C. Basombrio");
	CHECK_STREQ(attr(&D.speakers[1].attrs, "role"), "Advocate");
	CHECK_STREQ(txt(1), "Mr. Chief Justice...");
	CHECK_STREQ(txt(3), "conflicting role");
	CHECK_EQ(D.turns[3].speaker, 0);
	/* one warning for the conflicting role, on its line */
	CHECK_EQ(M.n, 1);
	if (M.n) {
		CHECK_EQ(M.v[0].line, 4);
		CHECK(strstr(M.v[0].text, "John G. Roberts, Jr.") != NULL);
	}
	/* a plain occurrence of the label does not conflict; the first with a role sets it */
	parse("Ann: hi\nChair (Ann): again\nAnn: third\n");
	CHECK_EQ(D.n_speakers, 1);
	CHECK_STREQ(attr(&D.speakers[0].attrs, "role"), "Chair");
	CHECK_EQ(M.n, 0);
	/* Interviewer (Name): the name is the label, the role is Interviewer */
	parse("Interviewer (Jane Doe): hello");
	CHECK_STREQ(D.speakers[0].label, "Jane Doe");
	CHECK_STREQ(attr(&D.speakers[0].attrs, "role"), "Interviewer");
	CHECK(!D.speakers[0].interviewer_label);
}

static void test_segment__continuation_and_blank(void)
{
	parse("A: one\n   two   \n\n\t \nthree\nB: four\n\n");
	CHECK_EQ(D.n_speakers, 2);
	CHECK_EQ(D.n_turns, 2);
	CHECK_STREQ(lab(0), "A");
	CHECK_STREQ(txt(0), "one two three");
	CHECK_EQ(D.turns[0].len, 13);
	CHECK_EQ(D.turns[0].line, 1);
	CHECK_STREQ(lab(1), "B");
	CHECK_STREQ(txt(1), "four");
	CHECK_EQ(D.turns[1].line, 6);
	/* a timestamp before continuation text is dropped */
	parse("A: x\n[00:00:05] more\n00:00:07 again\n");
	CHECK_STREQ(txt(0), "x more again");
	/* a line holding only a timestamp is blank */
	parse("[00:00:05]\nA: x\n");
	CHECK_EQ(D.n_speakers, 1);
	CHECK_STREQ(lab(0), "A");
	CHECK_EQ(D.turns[0].line, 2);
	/* the same speaker twice in a row: two turns in plain text */
	parse("A: one\nA: two\n");
	CHECK_EQ(D.n_turns, 2);
	CHECK_EQ(D.n_speakers, 1);
	check_texts();
}

static void test_segment__text_before_first_label(void)
{
	/* a preamble: free text before the first label is neither speaker nor words */
	parse("Transcript of the meeting\nrecorded in May\n\nA: hi\n");
	CHECK_EQ(D.n_speakers, 1);
	CHECK_STREQ(D.speakers[0].label, "A");
	CHECK_EQ(D.n_turns, 1);
	CHECK_STREQ(txt(0), "hi");
	CHECK_EQ(D.turns[0].line, 4);
	/* without any label, the text is speaker "" */
	parse("Transcript of the meeting\nrecorded in May\n");
	CHECK_EQ(D.n_speakers, 1);
	CHECK_STREQ(D.speakers[0].label, "");
	CHECK(!D.speakers[0].interviewer_label);
	CHECK_EQ(D.n_turns, 1);
	CHECK_STREQ(txt(0), "Transcript of the meeting recorded in May");
	CHECK_EQ(D.turns[0].line, 1);
	/* more than 20 lines before the first label are not a preamble */
	{
		char buf[2048];
		size_t n = 0;
		for (int i = 0; i < 21; i++)
			n += (size_t)snprintf(buf + n, sizeof(buf) - n, "some words\n");
		snprintf(buf + n, sizeof(buf) - n, "A: hi\n");
		parse(buf);
		CHECK_EQ(D.n_turns, 2);
		CHECK_STREQ(lab(0), "");
		CHECK_EQ(D.turns[0].len, 21 * 11 - 1);
		CHECK_STREQ(lab(1), "A");
	}
	/* only blank lines before the first label: no speaker "" */
	parse("\n  \n\nA: hi\n");
	CHECK_EQ(D.n_speakers, 1);
	CHECK_STREQ(D.speakers[0].label, "A");
	CHECK_EQ(D.turns[0].line, 4);
	/* empty document */
	parse("");
	CHECK_EQ(D.n_speakers, 0);
	CHECK_EQ(D.n_turns, 0);
	parse("\n\n");
	CHECK_EQ(D.n_turns, 0);
}

static void test_segment__label_without_text(void)
{
	parse("A:\nB:\nsaid this\nA:\n");
	CHECK_EQ(D.n_turns, 3);
	CHECK_STREQ(lab(0), "A");
	CHECK_EQ(D.turns[0].len, 0);
	CHECK_STREQ(txt(0), "");
	CHECK_EQ(D.turns[0].line, 1);
	CHECK_STREQ(lab(1), "B");
	CHECK_STREQ(txt(1), "said this");
	CHECK_EQ(D.turns[1].line, 2);
	CHECK_STREQ(lab(2), "A");
	CHECK_EQ(D.turns[2].len, 0);
	CHECK_EQ(D.turns[2].line, 4);
	CHECK_EQ(D.n_speakers, 2);
	check_texts();
}

static void test_segment__speaker_pattern(void)
{
	const char *pat = "^(?<role>[^(:]+) \\((?<speaker>[^)]+)\\): ";
	const char *t = "Advocate (Juan C. Basombrio): Mr. Chief Justice, and may it please.\n"
			"continued here\n"
			"Justice ( Ruth Bader Ginsburg ): Question?\n"
			"Plain: not matched by the pattern\n";
	parse_fmt(pat, DOC_FORMAT_TEXT, t, strlen(t));
	CHECK_EQ(D.n_speakers, 2);
	CHECK_EQ(D.n_turns, 2);
	CHECK_STREQ(D.speakers[0].label, "Juan C. Basombrio");
	CHECK_EQ(D.speakers[0].attrs.n, 1);
	CHECK_STREQ(attr(&D.speakers[0].attrs, "role"), "Advocate");
	CHECK_STREQ(txt(0), "Mr. Chief Justice, and may it please. continued here");
	CHECK_STREQ(D.speakers[1].label, "Ruth Bader Ginsburg");
	CHECK_STREQ(attr(&D.speakers[1].attrs, "role"), "Justice");
	CHECK_STREQ(txt(1), "Question? Plain: not matched by the pattern");
	CHECK_EQ(D.turns[1].line, 3);

	/* group 1 without a name; named groups lower-cased, sorted; empty ones absent */
	pat = "^(\\w+)(?: \\[(?<Site>[^\\]]*)\\])?(?: \\{(?<Group>[^}]*)\\})? > ";
	t = "ann [Leeds] {A} > one\nbob > two\nann [] > three\n";
	parse_fmt(pat, DOC_FORMAT_TEXT, t, strlen(t));
	CHECK_EQ(D.n_speakers, 2);
	CHECK_EQ(D.n_turns, 3);
	CHECK_STREQ(D.speakers[0].label, "ann");
	CHECK_EQ(D.speakers[0].attrs.n, 2);
	if (D.speakers[0].attrs.n == 2) {
		CHECK_STREQ(D.speakers[0].attrs.v[0].key, "group");
		CHECK_STREQ(D.speakers[0].attrs.v[0].value, "A");
		CHECK_STREQ(D.speakers[0].attrs.v[1].key, "site");
		CHECK_STREQ(D.speakers[0].attrs.v[1].value, "Leeds");
	}
	CHECK_EQ(D.speakers[1].attrs.n, 0);
	CHECK_STREQ(txt(2), "three");
	CHECK_EQ(M.n, 0);

	/* no group: the whole match is the label (trimmed) */
	t = "JOHN > hi\nMARY > yo\n";
	parse_fmt("^[A-Z]+ ", DOC_FORMAT_TEXT, t, strlen(t));
	CHECK_EQ(D.n_speakers, 2);
	CHECK_STREQ(D.speakers[0].label, "JOHN");
	CHECK_STREQ(txt(0), "> hi");

	/* the pattern is anchored: it never matches later in the line */
	t = "xx A: hi\n";
	parse_fmt("(?<speaker>[A-Z]): ", DOC_FORMAT_TEXT, t, strlen(t));
	CHECK_EQ(D.n_speakers, 1);
	CHECK_STREQ(D.speakers[0].label, "");

	/* an empty speaker group: not a label */
	t = "A: one\n: two\n";
	parse_fmt("(?<speaker>[A-Z]*): ", DOC_FORMAT_TEXT, t, strlen(t));
	CHECK_EQ(D.n_turns, 1);
	CHECK_STREQ(txt(0), "one : two");
}

static void test_segment__speaker_pattern_errors(void)
{
	struct seg_rules *r = (struct seg_rules *)1;
	struct lt_diag d;
	lt_diag_init(&d);
	CHECK_EQ(seg_rules_new(&r, "(?<speaker>abc", &d), LT_EUSAGE);
	CHECK(r == NULL);
	CHECK(strncmp(d.msg, "--speaker-pattern: ", 19) == 0);
	CHECK(strstr(d.msg, "at offset 14") != NULL);
	CHECK_EQ(seg_rules_new(&r, "", &d), LT_EUSAGE);
	CHECK_STREQ(d.msg, "--speaker-pattern: empty pattern");
	seg_rules_free(NULL);

	/* the match limit: a warning with the line, and the line is a continuation */
	CHECK_EQ(seg_rules_new(&r, "(?<speaker>([a-z]+)*)(?:: |$)", &d), LT_OK);
	struct rx_scratch *rs = rx_scratch_new(seg_rules_max_groups(r), 1000);
	parse("");
	const char *t = "az: one\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n";
	CHECK_EQ(segment_parse(r, rs, t, strlen(t), DOC_FORMAT_TEXT, &A, &D, &M), LT_OK);
	CHECK_EQ(D.n_turns, 1);
	CHECK_STREQ(txt(0),
		    "one aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa! aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!");
	CHECK_EQ(M.n, 2);
	if (M.n == 2) {
		CHECK_EQ(M.v[0].line, 2);
		CHECK(strstr(M.v[0].text, "match limit") != NULL);
		CHECK(strstr(M.v[1].text, "2 lines") != NULL);
	}
	rx_scratch_free(rs);
	seg_rules_free(r);
}

static void test_segment__front_matter(void)
{
	parse("---\n"
	      "Role: Medical Director\n"
	      "site: 'Leeds'\n"
	      "group: \"A, B\"\n"
	      "# a comment\n"
	      "\n"
	      "note: plain # trailing comment\n"
	      "---\n"
	      "A: hi\n");
	CHECK_EQ(D.attrs.n, 4);
	if (D.attrs.n == 4) {
		CHECK_STREQ(D.attrs.v[0].key, "group");
		CHECK_STREQ(D.attrs.v[0].value, "A, B");
		CHECK_STREQ(D.attrs.v[1].key, "note");
		CHECK_STREQ(D.attrs.v[1].value, "plain");
		CHECK_STREQ(D.attrs.v[2].key, "role");
		CHECK_STREQ(D.attrs.v[2].value, "Medical Director");
		CHECK_STREQ(D.attrs.v[3].key, "site");
		CHECK_STREQ(D.attrs.v[3].value, "Leeds");
	}
	CHECK_EQ(M.n, 0);
	CHECK_EQ(D.n_turns, 1);
	CHECK_STREQ(lab(0), "A");
	CHECK_EQ(D.turns[0].line, 9);

	/* malformed lines: warned with their line, skipped; "..." closes */
	parse("---\nrole: x\nnot a pair\n  nested: y\n- item\nkey:value\nrole: dup\n...\n"
	      "text\n");
	CHECK_EQ(D.attrs.n, 1);
	CHECK_STREQ(attr(&D.attrs, "role"), "x");
	CHECK_EQ(M.n, 5);
	if (M.n == 5) {
		CHECK_EQ(M.v[0].line, 3);
		CHECK_EQ(M.v[1].line, 4);
		CHECK_EQ(M.v[2].line, 5);
		CHECK_EQ(M.v[3].line, 6);
		CHECK_EQ(M.v[4].line, 7);
		CHECK(strstr(M.v[4].text, "duplicate key 'role'") != NULL);
	}
	CHECK_EQ(D.n_turns, 1);
	CHECK_STREQ(lab(0), "");
	CHECK_EQ(D.turns[0].line, 9);

	/* unclosed: a warning, and everything is text */
	parse("---\nrole: x\nA: hi\n");
	CHECK_EQ(D.attrs.n, 1);
	CHECK_EQ(M.n, 1);
	if (M.n)
		CHECK_EQ(M.v[0].line, 1);
	/* "---" is an adornment line (not words); "role: x" is a header line
	 * (docs 2.1), so role=x comes from it */
	CHECK_EQ(D.n_turns, 1);
	CHECK_STREQ(lab(0), "A");
	CHECK_EQ(D.turns[0].line, 3);

	/* closing line 201 is too late; 200 is fine */
	size_t cap = 8 * 1024;
	char *big = xmalloc(cap);
	for (int close_at = 200; close_at <= 201; close_at++) {
		size_t n = 0;
		n += (size_t)snprintf(big + n, cap - n, "---\n");
		for (int l = 2; l < close_at; l++)
			n += (size_t)snprintf(big + n, cap - n, "k%d: v\n", l);
		n += (size_t)snprintf(big + n, cap - n, "---\nA: hi\n");
		parse(big);
		CHECK_EQ(D.attrs.n, close_at == 200 ? 198 : 0);
		CHECK_EQ(M.n, close_at == 200 ? 0 : 1);
	}
	free(big);

	/* front matter only in plain text */
	parse_fmt(NULL, DOC_FORMAT_SRT, "---\nrole: x\n---\n", 16);
	CHECK_EQ(D.attrs.n, 0);
}

static void test_segment__vtt(void)
{
	parse_vtt("WEBVTT - a title\n"
		  "Kind: captions\n"
		  "Language: en\n"
		  "\n"
		  "NOTE this is a comment\n"
		  "Speaker: not a cue\n"
		  "\n"
		  "STYLE\n"
		  "::cue { color: red }\n"
		  "\n"
		  "1\n"
		  "00:00:00.000 --> 00:00:02.000 align:start\n"
		  "<v Roger Bingham>We are in New York City\n"
		  "\n"
		  "intro-id\n"
		  "00:00:02.000 --> 00:00:04.000\n"
		  "<v.loud.x Roger Bingham>and it&apos;s <i>great</i> &amp; loud</v>\n"
		  "\n"
		  "00:00:04.000 --> 00:00:06.000\n"
		  "<v Neil deGrasse Tyson><c.yellow>Hi</c> <00:00:05.000>there&nbsp;&lt;3\n"
		  "second line of the cue\n"
		  "\n"
		  "00:00:06.000 --> 00:00:08.000\n"
		  "a cue with no speaker\n"
		  "\n"
		  "00:00:08.000 --> 00:00:10.000\n"
		  "Roger Bingham: label in payload\n"
		  "\n"
		  "00:00:10.000 --> 00:00:11.000\n"
		  "<v Ann>One</v><v Bob>Two\n");
	CHECK_EQ(D.format, DOC_FORMAT_VTT);
	CHECK_EQ(D.n_speakers, 4);
	CHECK_EQ(D.n_turns, 5);
	CHECK_STREQ(lab(0), "Roger Bingham");
	CHECK_STREQ(txt(0), "We are in New York City and it's great & loud");
	CHECK_EQ(D.turns[0].line, 13);
	CHECK_STREQ(lab(1), "Neil deGrasse Tyson");
	CHECK_STREQ(txt(1), "Hi there\xC2\xA0<3 second line of the cue a cue with no speaker");
	CHECK_EQ(D.turns[1].line, 20);
	CHECK_STREQ(lab(2), "Roger Bingham");
	CHECK_STREQ(txt(2), "label in payload");
	CHECK_EQ(D.turns[2].line, 27);
	CHECK_STREQ(lab(3), "Ann");
	CHECK_STREQ(txt(3), "One");
	CHECK_STREQ(lab(4), "Bob");
	CHECK_STREQ(txt(4), "Two");
	CHECK_EQ(D.turns[4].line, 30);
	CHECK_EQ(D.speakers[0].attrs.n, 0);
	check_texts();

	/* cues before any speaker go to speaker ""; &lrm; and numeric references */
	parse_vtt("WEBVTT\n\n00:01.000 --> 00:02.000\nhello&lrm; &#39;world&#x2019;s&#0;\n\n"
		  "00:02.000 --> 00:03.000\n- Ann: hi\n");
	CHECK_EQ(D.n_turns, 2);
	CHECK_STREQ(lab(0), "");
	CHECK_STREQ(txt(0), "hello\xE2\x80\x8E 'world\xE2\x80\x99s&#0;");
	CHECK_EQ(D.turns[0].line, 4);
	CHECK_STREQ(lab(1), "Ann");
	CHECK_STREQ(txt(1), "hi");

	/* voice names are trimmed after decoding; an empty <v> changes nothing */
	parse_vtt("WEBVTT\n\n00:01.000 --> 00:02.000\n<v &nbsp;Ann&nbsp;>one <v  >two\n");
	CHECK_EQ(D.n_speakers, 1);
	CHECK_STREQ(D.speakers[0].label, "Ann");
	CHECK_STREQ(txt(0), "one two");

	/* a voice name "X (Y)" splits as a label line's does (docs 3.2): a
	 * Teams display name's organisation, a role, a note; other names whole */
	parse_vtt("WEBVTT\n\n00:01.000 --> 00:02.000\n"
		  "<v WHITFIELD, James (BRACKENMOOR NHS FOUNDATION TRUST)>one</v>\n"
		  "<v Dr Ahmed (Medical Director)>two</v>\n<v Sam (laughs)>three</v>\n"
		  "<v Lee (Ann>four</v>\n<v WHITFIELD, James>five</v>\n");
	CHECK_EQ(D.n_speakers, 4);
	CHECK_STREQ(D.speakers[0].label, "WHITFIELD, James");
	CHECK_STREQ(attr(&D.speakers[0].attrs, "organisation"),
		    "BRACKENMOOR NHS FOUNDATION TRUST");
	CHECK_STREQ(D.speakers[1].label, "Dr Ahmed");
	CHECK_STREQ(attr(&D.speakers[1].attrs, "role"), "Medical Director");
	CHECK_STREQ(D.speakers[2].label, "Sam");
	CHECK(attr(&D.speakers[2].attrs, "role") == NULL);
	CHECK_STREQ(D.speakers[3].label, "Lee (Ann");
	CHECK_STREQ(lab(4), "WHITFIELD, James");

	/* no blank line between cues; an identifier right after a payload */
	parse_vtt("WEBVTT\n00:01.000 --> 00:02.000\n<v A>one\n00:02.000 --> 00:03.000\n"
		  "<v A>two\n\nx\n00:03.000 --> 00:04.000\n<v B>three\n");
	CHECK_EQ(D.n_turns, 2);
	CHECK_STREQ(txt(0), "one two");
	CHECK_STREQ(txt(1), "three");
	CHECK_EQ(D.turns[1].line, 9);
}

static void test_segment__srt(void)
{
	parse_srt("1\n"
		  "00:00:01,000 --> 00:00:04,000\n"
		  ">> JOHN: Hello <i>there</i>.\n"
		  "\n"
		  "2\n"
		  "00:00:04,000 --> 00:00:06,000 X1:40 X2:600\n"
		  "<font color=\"#ffffff\">How are</font> you?\n"
		  "\n"
		  "3\n"
		  "00:00:06,000 --> 00:00:08,000\n"
		  "{\\an8}- MARY: Fine.\n"
		  "- JOHN: Good.\n"
		  "4\n"
		  "00:00:08,000 --> 00:00:09,000\n"
		  "<v Ann>Voice <b>tag</b>\n"
		  "00:00:09,000 --> 00:00:10,000\n"
		  ">> new speaker, unnamed\n"
		  "\n"
		  "\n"
		  "6\n"
		  "00:00:10,000 --> 00:00:11,000\n"
		  "42\n"
		  "\n"
		  "trailing garbage <b\n");
	CHECK_EQ(D.format, DOC_FORMAT_SRT);
	CHECK_EQ(D.n_speakers, 3);
	CHECK_EQ(D.n_turns, 4);
	CHECK_STREQ(lab(0), "JOHN");
	CHECK_STREQ(txt(0), "Hello there. How are you?");
	CHECK_EQ(D.turns[0].line, 3);
	CHECK_STREQ(lab(1), "MARY");
	CHECK_STREQ(txt(1), "Fine.");
	CHECK_EQ(D.turns[1].line, 11);
	CHECK_STREQ(lab(2), "JOHN");
	CHECK_STREQ(txt(2), "Good.");
	CHECK_EQ(D.turns[2].line, 12);
	CHECK_STREQ(lab(3), "Ann");
	CHECK_STREQ(txt(3), "Voice tag new speaker, unnamed 42 trailing garbage <b");
	CHECK_EQ(D.turns[3].line, 15);
	check_texts();

	/* no index lines at all; merging of one speaker's cues */
	parse_srt("00:00:01,000 --> 00:00:02,000\nA: one\n\n00:00:02,000 --> 00:00:03,000\n"
		  "A: two\n\n00:00:03,000 --> 00:00:04,000\nthree\n");
	CHECK_EQ(D.n_turns, 1);
	CHECK_STREQ(txt(0), "one two three");
}

static void test_segment__detect_format(void)
{
	CHECK_EQ(seg_detect_format("a/b.vtt", "x", 1), DOC_FORMAT_VTT);
	CHECK_EQ(seg_detect_format("a/b.VTT", "x", 1), DOC_FORMAT_VTT);
	CHECK_EQ(seg_detect_format("a/b.Srt", "x", 1), DOC_FORMAT_SRT);
	CHECK_EQ(seg_detect_format("a/b.txt", "A: x", 4), DOC_FORMAT_TEXT);
	CHECK_EQ(seg_detect_format(NULL, "WEBVTT\n\n", 8), DOC_FORMAT_VTT);
	CHECK_EQ(seg_detect_format("x.txt", "WEBVTT", 6), DOC_FORMAT_VTT);
	CHECK_EQ(seg_detect_format("x.txt", "WEBVTT - t\n", 11), DOC_FORMAT_VTT);
	CHECK_EQ(seg_detect_format("x.txt", "WEBVTTX\n", 8), DOC_FORMAT_TEXT);
	const char *srt = "\n\n12\n00:00:01,000 --> 00:00:02,000\nhi\n";
	CHECK_EQ(seg_detect_format("x.txt", srt, strlen(srt)), DOC_FORMAT_SRT);
	const char *num = "12\nA: hi\n";
	CHECK_EQ(seg_detect_format("x.txt", num, strlen(num)), DOC_FORMAT_TEXT);
	CHECK_EQ(seg_detect_format("x.txt", "12", 2), DOC_FORMAT_TEXT);
	CHECK_EQ(seg_detect_format("x.txt", "", 0), DOC_FORMAT_TEXT);
}

static void test_segment__interviewer_labels(void)
{
	static const char *const yes[] = {
		"Interviewer", "interviewer", "INTERVIEWER", "Interviewers", "Interviewer1",
		"Interviewer 2", "Interviewer2 2", "Interviewer B", "I", "Q", "Int", "int 3",
		"Moderator", "Facilitator", "Researcher", "Q1"
	};
	static const char *const no[] = {
		"Interviewee", "interviewee1", "A", "P01", "", "Intern", "Interviewer's",
		"Dr Q", "Moderators", "I B C", "Interviewer-1"
	};
	for (size_t i = 0; i < LT_ARRAY_SIZE(yes); i++)
		th_check(seg_is_interviewer_label(yes[i], strlen(yes[i])), yes[i], __FILE__,
			 __LINE__);
	for (size_t i = 0; i < LT_ARRAY_SIZE(no); i++)
		th_check(!seg_is_interviewer_label(no[i], strlen(no[i])), no[i], __FILE__,
			 __LINE__);
	parse("Interviewer 1: q\nInterviewee: a\n");
	CHECK(D.speakers[0].interviewer_label);
	CHECK(!D.speakers[1].interviewer_label);
}

static void test_segment__long_line(void)
{
	size_t n = 1024 * 1024;
	char *t = xmalloc(n + 1);
	memcpy(t, "Name: ", 6);
	for (size_t i = 6; i < n; i++)
		t[i] = "abc: <v x>&amp; "[i % 16];
	t[n] = '\0';
	parse_fmt(NULL, DOC_FORMAT_TEXT, t, n);
	CHECK_EQ(D.n_turns, 1);
	CHECK_STREQ(lab(0), "Name");
	CHECK_EQ(D.turns[0].len, n - 7);
	check_texts();
	/* no label: one long turn of speaker "" */
	t[4] = 'X';
	parse_fmt(NULL, DOC_FORMAT_TEXT, t, n);
	CHECK_EQ(D.n_turns, 1);
	CHECK_STREQ(lab(0), "");
	/* as a caption payload: markup removed; the <v x> tags make speaker x */
	parse_fmt(NULL, DOC_FORMAT_VTT, t, n);
	CHECK_EQ(D.n_turns, 2);
	CHECK_STREQ(lab(0), "");
	CHECK_STREQ(txt(0), "NameX v x>& abc:");
	CHECK_STREQ(lab(1), "x");
	CHECK(strncmp(txt(1), "& abc: & abc: & abc:", 20) == 0);
	check_texts();
	free(t);

	/* 100,000 one-word turns */
	size_t count = 100000;
	t = xmalloc(count * 16);
	size_t w = 0;
	for (size_t i = 0; i < count; i++)
		w += (size_t)snprintf(t + w, 16, "S%zu: w\n", i % 500);
	parse_fmt(NULL, DOC_FORMAT_TEXT, t, w);
	CHECK_EQ(D.n_turns, count);
	CHECK_EQ(D.n_speakers, 500);
	CHECK_EQ(D.turns[count - 1].line, count);
	CHECK_STREQ(lab(count - 1), "S499");
	free(t);
}

static void test_segment__unicode_edges(void)
{
	/* non-ASCII white space is trimmed, also before a label */
	parse("\xE3\x80\x80" "A: \xC2\xA0 x \xE2\x80\x83\n\xE2\x80\x8B\n");
	CHECK_EQ(D.n_turns, 1);
	CHECK_STREQ(lab(0), "A");
	CHECK_STREQ(txt(0), "x");
	/* punctuation outside ASCII ends a label word */
	check_not_label("Well\xE2\x80\xA6 Name: x", "Well\xE2\x80\xA6 Name: x", __LINE__);
	/* lower-case Latin letters do not start a capitalised word */
	check_not_label("Ann \xC3\xA9t\xC3\xA9: x", "Ann \xC3\xA9t\xC3\xA9: x", __LINE__);
	/* curly apostrophe inside a name */
	CHECK_STREQ(label1("Sandra O\xE2\x80\x99" "Connor: x"), "Sandra O\xE2\x80\x99" "Connor");
}

/* ---- issue 12: service layouts, roles, preambles, pseudo-labels, findings ---- */

static struct seg_findings F;

/* Parse plain text with the standard rule plus role values (NULL-terminated). */
static void parse_roles(const char *const *roles, const char *text)
{
	if (ready) {
		arena_release(&A);
		msgs_release(&M);
	}
	arena_init(&A);
	msgs_init(&M);
	ready = true;
	struct seg_rules *r = NULL;
	struct lt_diag d;
	CHECK_EQ(seg_rules_new(&r, NULL, &d), LT_OK);
	size_t n = 0;
	while (roles && roles[n])
		n++;
	seg_rules_add_roles(r, roles, n);
	struct rx_scratch *rs = rx_scratch_new(4, 0);
	struct seg_opts o = { NULL, &F };
	CHECK_EQ(segment_parse_opts(r, rs, text, strlen(text), DOC_FORMAT_TEXT, &o, &A, &D, &M),
		 LT_OK);
	rx_scratch_free(rs);
	seg_rules_free(r);
}

static void parse_f(const char *text)
{
	parse_roles(NULL, text);
}

/* Number of findings of kind k; *line the first one's line. */
static uint32_t findings(enum seg_finding_kind k, uint32_t *line)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < F.n; i++)
		if (F.v[i].kind == k) {
			if (!n && line)
				*line = F.v[i].line;
			n++;
		}
	return n;
}

static const char *sattr(uint32_t t, const char *key)
{
	return t < D.n_turns ? attr(&D.speakers[D.turns[t].speaker].attrs, key) : NULL;
}

static void test_segment__otter(void)
{
	parse_f("Dr. Priya Raman  0:11\n"
		"Thanks for having me. I run the unit.\n"
		"\n"
		"Speaker 1  0:03\n"
		"So tell me more.\n"
		"\n"
		"Dr. Priya Raman  1:02:33\n"
		"Well, it is busy.\n"
		"And loud.\n"
		"\n"
		"Transcribed by https://otter.ai\n");
	CHECK_EQ(D.n_speakers, 2);
	CHECK_EQ(D.n_turns, 3);
	CHECK_STREQ(lab(0), "Dr. Priya Raman");
	CHECK_STREQ(txt(0), "Thanks for having me. I run the unit.");
	CHECK_EQ(D.turns[0].line, 1);
	CHECK_STREQ(lab(1), "Speaker 1");
	CHECK_STREQ(txt(1), "So tell me more.");
	CHECK_EQ(D.turns[1].line, 4);
	CHECK_STREQ(lab(2), "Dr. Priya Raman");
	/* the footer is not the last speaker's words */
	CHECK_STREQ(txt(2), "Well, it is busy. And loud.");
	/* one space before the time is a sentence, not an Otter line */
	CHECK(label1("Meeting at 10:30") == NULL);
	CHECK(label1("We met at  10:30") == NULL);
	/* a footer line that is not the last line stays words */
	parse_f("A: one\nTranscribed by hand.\nB: two\n");
	CHECK_STREQ(txt(0), "one Transcribed by hand.");
}

static void test_segment__rev_teams_zoom_trint(void)
{
	/* Rev: time in parentheses, text on the same or the next lines */
	parse_f("Ruth Adebayo (00:00:05):\nHow are you?\n\nSpeaker 1 (00:12): Fine, thanks.\n");
	CHECK_EQ(D.n_turns, 2);
	CHECK_STREQ(lab(0), "Ruth Adebayo");
	CHECK_STREQ(txt(0), "How are you?");
	CHECK_STREQ(lab(1), "Speaker 1");
	CHECK_STREQ(txt(1), "Fine, thanks.");
	CHECK_EQ(D.speakers[0].attrs.n, 0);
	/* Teams: "Name   0:05", "SURNAME, Given (ORGANISATION)   0:05" */
	parse_f("WHITFIELD, James (BRACKENMOOR TEACHING HOSPITALS NHS FOUNDATION TRUST)   0:05\n"
		"Good morning.\n"
		"Adebayo, Ruth   0:09\n"
		"Morning. Shall we start?\n"
		"WHITFIELD, James (BRACKENMOOR TEACHING HOSPITALS NHS FOUNDATION TRUST)   1:15\n"
		"Yes.\n");
	CHECK_EQ(D.n_speakers, 2);
	CHECK_EQ(D.n_turns, 3);
	CHECK_STREQ(lab(0), "WHITFIELD, James");
	CHECK_STREQ(sattr(0, "organisation"),
		    "BRACKENMOOR TEACHING HOSPITALS NHS FOUNDATION TRUST");
	CHECK(sattr(0, "role") == NULL);
	CHECK_STREQ(txt(0), "Good morning.");
	CHECK_STREQ(lab(1), "Adebayo, Ruth");
	CHECK_STREQ(txt(1), "Morning. Shall we start?");
	CHECK_STREQ(lab(2), "WHITFIELD, James");
	/* Zoom .txt: "[Name] 10:01:02" */
	parse_f("[Dr Priya Raman] 10:01:02\nHello there.\n[Ruth Adebayo] 10:01:09\nHi.\n");
	CHECK_EQ(D.n_turns, 2);
	CHECK_STREQ(lab(0), "Dr Priya Raman");
	CHECK_STREQ(txt(0), "Hello there.");
	CHECK_STREQ(lab(1), "Ruth Adebayo");
	CHECK_STREQ(txt(1), "Hi.");
	/* Trint / Descript */
	parse_f("[00:01:02] Ruth Adebayo: Hello.\n[00:01:09] Dr Priya Raman: Hi.\n[00:01:20] more\n");
	CHECK_EQ(D.n_turns, 2);
	CHECK_STREQ(lab(1), "Dr Priya Raman");
	CHECK_STREQ(txt(1), "Hi. more");
	/* a line that is only a time mark is not words */
	parse_f("A: one\n00:01:02\n*(10.00 am)*\n(11.15 am)\n[0:11]\ntwo\n");
	CHECK_STREQ(txt(0), "one two");
}

static void test_segment__role_or_name(void)
{
	parse_f("Dr Priya Raman (Medical Director): I run it.\n"
		"Ruth Adebayo (Interviewer): Thanks.\n"
		"Speaker 1 (Respondent): Yes.\n"
		"Medical Director (Dr Farid Haddad): Hello.\n"
		"Ann Lee (Cabinet Office): Hi.\n"
		"Bo Chan (Porter): Hey.\n");
	CHECK_EQ(D.n_turns, 6);
	CHECK_STREQ(lab(0), "Dr Priya Raman");
	CHECK_STREQ(sattr(0, "role"), "Medical Director");
	CHECK_STREQ(lab(1), "Ruth Adebayo");
	CHECK_STREQ(sattr(1, "role"), "Interviewer");
	CHECK_STREQ(lab(2), "Speaker 1");
	CHECK_STREQ(sattr(2, "role"), "Respondent");
	CHECK_STREQ(lab(3), "Dr Farid Haddad");
	CHECK_STREQ(sattr(3, "role"), "Medical Director");
	CHECK_STREQ(lab(4), "Ann Lee");
	CHECK_STREQ(sattr(4, "organisation"), "Cabinet Office");
	CHECK(sattr(4, "role") == NULL);
	/* "Porter" is no role word: it is the name ... */
	CHECK_STREQ(lab(5), "Porter");
	CHECK_STREQ(sattr(5, "role"), "Bo Chan");
	/* ... unless the metadata's role values include it */
	static const char *const roles[] = { "porter", "Ward  Clerk", NULL };
	parse_roles(roles, "Bo Chan (Porter): Hey.\nAl Roy (ward clerk): Hi.\n");
	CHECK_STREQ(lab(0), "Bo Chan");
	CHECK_STREQ(sattr(0, "role"), "Porter");
	/* "ward clerk": lower case, a note (dropped) */
	CHECK_STREQ(lab(1), "Al Roy");
	parse_roles(roles, "Al Roy (Ward Clerk): Hi.\n");
	CHECK_STREQ(lab(0), "Al Roy");
	CHECK_STREQ(sattr(0, "role"), "Ward Clerk");
	/* the existing forms keep their meaning */
	parse_f("Chief Justice (John G. Roberts, Jr.): We'll hear.\n");
	CHECK_STREQ(lab(0), "John G. Roberts, Jr.");
	CHECK_STREQ(sattr(0, "role"), "Chief Justice");
	/* a capitalised first word with a comma starts no label */
	CHECK(label1("Well, Yes: sure") == NULL);
}

static void test_segment__preamble(void)
{
	parse_f("Interview with P3\n"
		"Date: 12 March 2024\n"
		"Participant: P3\n"
		"Location: Leeds General Infirmary\n"
		"Interviewer: Jane Smith\n"
		"\n"
		"Interviewer: So tell me about your role?\n"
		"P3: I manage the ward.\n");
	CHECK_EQ(D.n_speakers, 2);
	CHECK_EQ(D.n_turns, 2);
	CHECK_STREQ(lab(0), "Interviewer");
	CHECK_STREQ(txt(0), "So tell me about your role?");
	CHECK_EQ(D.turns[0].line, 7);
	CHECK_STREQ(lab(1), "P3");
	CHECK_EQ(D.attrs.n, 4);
	CHECK_STREQ(attr(&D.attrs, "date"), "12 March 2024");
	CHECK_STREQ(attr(&D.attrs, "participant"), "P3");
	CHECK_STREQ(attr(&D.attrs, "location"), "Leeds General Infirmary");
	CHECK_STREQ(attr(&D.attrs, "interviewer"), "Jane Smith");
	/* front matter wins over a header line; keys with spaces get '_' */
	parse_f("---\ndate: 1 May\n---\nDate: 2 May\nParticipant ID: P9\n\nA: x\n");
	CHECK_STREQ(attr(&D.attrs, "date"), "1 May");
	CHECK_STREQ(attr(&D.attrs, "participant_id"), "P9");
	CHECK_EQ(D.n_turns, 1);
	/* a non-speaker key makes a header even right before the first turn */
	parse_f("Date: 12 March\nInterviewer: So, tell me.\nP3: ok\n");
	CHECK_STREQ(attr(&D.attrs, "date"), "12 March");
	CHECK_EQ(D.n_turns, 2);
	CHECK_STREQ(lab(0), "Interviewer");
	/* one speaker key alone is a turn: "Interviewer: Hello" */
	parse_f("Interviewer: Hello\n\nP3: Hi\n");
	CHECK_EQ(D.attrs.n, 0);
	CHECK_EQ(D.n_turns, 2);
	CHECK_STREQ(txt(0), "Hello");
	/* speaker keys directly followed by a turn: turns */
	parse_f("Interviewer: Jane Smith\nParticipant: P3\nP3: Hi\n");
	CHECK_EQ(D.attrs.n, 0);
	CHECK_EQ(D.n_turns, 3);
	/* a value that is a sentence is a turn */
	parse_f("Interviewer: so how are you today then?\n\nP3: fine\n");
	CHECK_EQ(D.n_turns, 2);
	CHECK_EQ(D.attrs.n, 0);
	/* the demo's transcriber note is a preamble */
	parse_f("Transcript of interview 21. Recorded in person.\nQ: Thanks.\nA: Sure.\n");
	CHECK_EQ(D.n_speakers, 2);
	CHECK_STREQ(lab(0), "Q");
}

static void test_segment__headings(void)
{
	parse_f("# Interview 3\n\nInterviewer: hi\n## Part 2\nP3: ok\n###### six\n####### seven\n");
	CHECK_EQ(D.n_turns, 2);
	CHECK_STREQ(txt(0), "hi");
	CHECK_STREQ(txt(1), "ok ####### seven");
	parse_f("4 October 2023\n==============\n\n*(10.00 am)*\n\n**Lady Hallett**: Good.\n\n"
		"Submissions by Ms Twite\n-----------------------\n\n**Ms Twite**: Thank you.\n\n"
		"=====\nOver\n=====\nmore\n");
	CHECK_EQ(D.n_speakers, 2);
	CHECK_EQ(D.n_turns, 2);
	CHECK_STREQ(txt(0), "Good.");
	CHECK_STREQ(txt(1), "Thank you. more");
	/* an underline shorter than the line is no heading */
	parse_f("A: x\nsome longer text\n---\n");
	CHECK_STREQ(txt(0), "x some longer text");
}

static void test_segment__pseudo_labels(void)
{
	/* bold labels: a plain label-shaped line is not one */
	parse_f("**Lead**: Question one?\n\n**Witness**: Answer. He wrote:\n\n"
		"Sir Chris Whitty:\n\n\"a quote\"\n\nExperts: again.\n\n**Lead**: Thanks.\n");
	CHECK_EQ(D.n_speakers, 2);
	CHECK_EQ(D.n_turns, 3);
	CHECK_STREQ(txt(1), "Answer. He wrote: Sir Chris Whitty: \"a quote\" Experts: again.");
	/* stop words and times never start a label */
	CHECK(label1("They: x") == NULL);
	CHECK(label1("And: y") == NULL);
	CHECK(label1("At 3.11: z") == NULL);
	CHECK(label1("28 July: w") == NULL);
	CHECK(label1("Yes: that's right") == NULL);
	CHECK(label1("Paragraph 4: text") == NULL);
	CHECK_STREQ(label1("Question: why?"), "Question");
	/* same-line labels: a new name alone on its line is not a label ... */
	parse_f("Lead: Question one?\nWitness: Answer.\nLead: And?\nWitness: He wrote:\n"
		"Sir Chris Whitty:\n\"a quote\"\nLead: Thanks.\n");
	CHECK_EQ(D.n_speakers, 2);
	CHECK_EQ(D.n_turns, 5);
	CHECK_STREQ(txt(3), "He wrote: Sir Chris Whitty: \"a quote\"");
	/* ... but a known speaker alone on its line is */
	parse_f("Lead: One?\nWitness: Two.\nLead: Three?\nWitness:\nFour.\n");
	CHECK_EQ(D.n_turns, 4);
	CHECK_STREQ(txt(3), "Four.");
	/* and a document whose labels stand alone keeps new ones */
	parse_f("Lead:\nOne?\nWitness:\nTwo.\nLead:\nThree?\nJudge:\nFour.\n");
	CHECK_EQ(D.n_speakers, 3);
	/* turns as paragraphs: a new name with a quotation inside a paragraph */
	parse_f("Lead: One?\n\nWitness: Two.\n\nLead: Three?\n\nWitness: He said\n"
		"Sir Chris Whitty: \"stay home\"\n\nJudge: \"Order\" please.\n");
	CHECK_EQ(D.n_speakers, 3);
	CHECK_STREQ(txt(3), "He said Sir Chris Whitty: \"stay home\"");
	CHECK_STREQ(lab(4), "Judge");
	/* without blank lines between turns it is a speaker */
	parse_f("Lead: One?\nWitness: Two.\nLead: Three?\nBen: \"Spikes\", you mean?\n");
	CHECK_EQ(D.n_speakers, 3);
}

static void test_segment__findings(void)
{
	uint32_t line = 0;
	/* a title's dot does not split a speaker; the finding names both */
	parse_f("Dr Khan: a\nInterviewer: b\nDr. Khan: c\n");
	CHECK_EQ(D.n_speakers, 2);
	CHECK_STREQ(lab(2), "Dr Khan");
	CHECK_EQ(findings(SEG_FIND_LABEL_VARIANTS, &line), 1);
	CHECK_EQ(line, 3);
	CHECK(F.n && strstr(F.v[0].text, "'Dr Khan'") && strstr(F.v[0].text, "'Dr. Khan'"));
	/* case and spaces: two speakers and a finding */
	parse_f("Dr Khan: a\nInterviewer: b\nDR  KHAN: c\nInterviewer1: d\n");
	CHECK_EQ(D.n_speakers, 4);
	CHECK_EQ(findings(SEG_FIND_LABEL_VARIANTS, &line), 1);
	CHECK_EQ(line, 3);
	CHECK_EQ(findings(SEG_FIND_SINGLE_SPEAKER, NULL), 0);
	/* 20 non-blank lines, one speaker */
	char buf[4096];
	size_t n = 0;
	for (int i = 0; i < 20; i++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "line %d of a monologue\n", i);
	parse_f(buf);
	CHECK_EQ(D.n_speakers, 1);
	CHECK_EQ(findings(SEG_FIND_SINGLE_SPEAKER, &line), 1);
	CHECK_EQ(line, 0);
	buf[n - 24] = '\0'; /* 19 lines */
	parse_f(buf);
	CHECK_EQ(findings(SEG_FIND_SINGLE_SPEAKER, NULL), 0);
	/* all interviewers */
	parse_f("Interviewer: a\nQ: b\nRuth (Interviewer): c\n");
	CHECK_EQ(findings(SEG_FIND_ALL_INTERVIEWERS, NULL), 1);
	parse_f("Interviewer: a\nP1: b\n");
	CHECK_EQ(findings(SEG_FIND_ALL_INTERVIEWERS, NULL), 0);
	/* a label seen once in 20+ turns */
	n = 0;
	for (int i = 0; i < 10; i++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "Ann: q\nBob: a\n");
	n += (size_t)snprintf(buf + n, sizeof(buf) - n, "Cy: once\nAnn: q\n");
	parse_f(buf);
	CHECK_EQ(findings(SEG_FIND_ONCE_LABEL, &line), 1);
	CHECK_EQ(line, 21);
	/* captions and the old entry point give no findings */
	CHECK_STREQ(seg_finding_kind_name(SEG_FIND_ONCE_LABEL), "once-label");
}

static void test_segment__doc_patterns(void)
{
	/* front matter speaker-pattern; timestamps on continuation lines dropped */
	parse_f("---\nspeaker-pattern: '^(?<speaker>[A-Z]+)> '\nsite: X\n---\n"
		"AB> hello\n[00:01:02] more\nCD> bye\nEF: no\n");
	CHECK_EQ(D.n_turns, 2);
	CHECK_STREQ(lab(0), "AB");
	CHECK_STREQ(txt(0), "hello more");
	CHECK_STREQ(txt(1), "bye EF: no");
	CHECK_EQ(D.attrs.n, 1);
	CHECK_STREQ(attr(&D.attrs, "site"), "X");
	/* a pattern that does not compile: a finding and the standard rule */
	parse_f("---\nspeaker-pattern: '(('\n---\nA: x\n");
	CHECK_EQ(findings(SEG_FIND_PATTERN, NULL), 1);
	CHECK_EQ(F.n ? F.v[0].line : 0, 2);
	CHECK_STREQ(lab(0), "A");
	/* a caller's per-document pattern; a --speaker-pattern drops timestamps too */
	struct seg_rules *r = NULL, *dr = NULL;
	struct lt_diag d;
	CHECK_EQ(seg_rules_new(&r, NULL, &d), LT_OK);
	CHECK_EQ(seg_rules_new_named(&dr, "((", "--speaker-pattern-for 'a/*'", &d), LT_EUSAGE);
	CHECK(strstr(d.msg, "--speaker-pattern-for 'a/*': ") == d.msg);
	CHECK_EQ(seg_rules_new_named(&dr, "^(\\w+)> ", "--speaker-pattern-for x", &d), LT_OK);
	struct rx_scratch *rs = rx_scratch_new(seg_rules_max_groups(dr), 0);
	struct seg_opts o = { dr, &F };
	const char *t = "Ann> hi\n00:00:05 there\nBob: x\n";
	arena_release(&A);
	arena_init(&A);
	CHECK_EQ(segment_parse_opts(r, rs, t, strlen(t), DOC_FORMAT_TEXT, &o, &A, &D, NULL),
		 LT_OK);
	CHECK_EQ(D.n_turns, 1);
	CHECK_STREQ(lab(0), "Ann");
	CHECK_STREQ(txt(0), "hi there Bob: x");
	rx_scratch_free(rs);
	seg_rules_free(dr);
	seg_rules_free(r);
	parse_fmt("^(\\w+)> ", DOC_FORMAT_TEXT, t, strlen(t));
	CHECK_STREQ(txt(0), "hi there Bob: x");
}

int main(void)
{
	RUN(test_segment__label_forms);
	RUN(test_segment__label_rejects);
	RUN(test_segment__role_name);
	RUN(test_segment__continuation_and_blank);
	RUN(test_segment__text_before_first_label);
	RUN(test_segment__label_without_text);
	RUN(test_segment__speaker_pattern);
	RUN(test_segment__speaker_pattern_errors);
	RUN(test_segment__front_matter);
	RUN(test_segment__vtt);
	RUN(test_segment__srt);
	RUN(test_segment__detect_format);
	RUN(test_segment__interviewer_labels);
	RUN(test_segment__long_line);
	RUN(test_segment__unicode_edges);
	RUN(test_segment__otter);
	RUN(test_segment__rev_teams_zoom_trint);
	RUN(test_segment__role_or_name);
	RUN(test_segment__preamble);
	RUN(test_segment__headings);
	RUN(test_segment__pseudo_labels);
	RUN(test_segment__findings);
	RUN(test_segment__doc_patterns);
	if (ready) {
		arena_release(&A);
		msgs_release(&M);
	}
	return th_done();
}
