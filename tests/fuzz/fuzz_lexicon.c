/* fuzz_lexicon.c - fuzz target for the .lex parser and compiler.
 *
 * The input is written to a .lex file in a private temporary folder and
 * loaded with lexicon_add_path + lexicon_finish, then lexicon_check runs
 * on small results. It must never crash, and:
 *   - a failure is LT_ELEXICON or LT_EREGEX with a message that starts
 *     with "PATH:LINE: " where LINE is a line of the (decoded) file, or
 *     "PATH: " when the decoder rejects the whole file;
 *   - categories are numbered as lexicon.h says: themes sorted by name,
 *     each theme's row "THEME.*" first, then its categories; every
 *     category belongs to the theme whose range holds it;
 *   - entries are in line order and lie in the file's lines; non-regex
 *     entries have terms (a phrase exactly when more than one), regex
 *     entries a compiled pattern; targets and themes are in range and
 *     agree with the role; negators and negation raisers are single-token,
 *     the other negation sections ([pseudo-negators], [negation-terminators],
 *     [post-negators]) words or phrases, never patterns or regexes, and
 *     lexicon_negation_entries lists exactly each theme's entries of each
 *     such section, in entry order, and lexicon_negation_first agrees;
 *   - token patterns and NEAR rules are well formed (check_pat);
 *   - terms are non-empty, and valid UTF-8 when the file is;
 *   - regex prefilters are clauses of [a-z0-9]{2,} literals;
 *   - lexicon_check's warnings start with "PATH:LINE: ", a line of the file.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "decode.h"
#include "lexicon.h"
#include "stem.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define FUZZ_NAME "fuzz_lexicon"
#include "fuzz_util.h"

static char dir[64];
static char path[128];
static struct stemmer *st;
static FILE *devnull;

static void cleanup(void)
{
	unlink(path);
	rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	snprintf(dir, sizeof(dir), "/tmp/fuzz_lexicon.XXXXXX");
	if (!mkdtemp(dir)) {
		perror("fuzz_lexicon: mkdtemp");
		abort();
	}
	snprintf(path, sizeof(path), "%s/fuzz.lex", dir);
	atexit(cleanup);
	struct lt_diag d;
	if (stemmer_new(&st, "english", &d) < 0) {
		fprintf(stderr, "fuzz_lexicon: %s\n", d.msg);
		abort();
	}
	devnull = fopen("/dev/null", "w");
	return 0;
}

/*
 * Lines of the file: a lexicon is decoded like a transcript (decode.h:
 * UTF-16, CRLF, CR, U+2028...), so count the decoded text's lines; raw
 * line ends when it does not decode.
 */
static uint32_t count_lines(const uint8_t *p, size_t n)
{
	struct arena a;
	struct lt_msgs m;
	struct lt_diag d;
	struct decoded dec;
	arena_init(&a);
	msgs_init(&m);
	uint32_t lines = 1;
	if (decode_bytes(p, n, &a, &dec, &m, &d) == LT_OK) {
		for (size_t i = 0; i < dec.len; i++)
			lines += dec.text[i] == '\n';
		if (dec.len && dec.text[dec.len - 1] == '\n')
			lines--; /* "a\n" is one line */
	} else {
		for (size_t i = 0; i < n; i++)
			lines += p[i] == '\n' || (p[i] == '\r' && !(i + 1 < n && p[i + 1] == '\n'));
		if (n && (p[n - 1] == '\n' || p[n - 1] == '\r'))
			lines--;
	}
	msgs_release(&m);
	arena_release(&a);
	return lines;
}

/*
 * "PATH:LINE: ..." with 1 <= LINE <= max_line, or "PATH: ..." for a file
 * rejected as a whole by the decoder (binary, UTF-32).
 */
static void check_error(const struct lt_diag *d, int rc, uint32_t max_line)
{
	FUZZ_ASSERT(rc == LT_ELEXICON || rc == LT_EREGEX);
	FUZZ_ASSERT(d->code == rc);
	size_t pl = strlen(path);
	FUZZ_ASSERT(strncmp(d->msg, path, pl) == 0 && d->msg[pl] == ':');
	if (d->msg[pl + 1] == ' ') {
		FUZZ_ASSERT(rc == LT_ELEXICON);
		FUZZ_ASSERT(strstr(d->msg, "binary file rejected") || strstr(d->msg, "UTF-32") ||
			    strstr(d->msg, "not UTF-8, UTF-16 or Windows-1252"));
		return;
	}
	char *end = NULL;
	unsigned long line = strtoul(d->msg + pl + 1, &end, 10);
	FUZZ_ASSERT(end != d->msg + pl + 1);
	FUZZ_ASSERT(end[0] == ':' && end[1] == ' ' && end[2] != '\0');
	FUZZ_ASSERT(line >= 1 && line <= max_line);
}


/* lexicon_negation_entries / lexicon_negation_first against the entries */
static void check_negation_index(const struct lexicon *lx)
{
	const uint32_t nt = lexicon_n_themes(lx), ne = lexicon_n_entries(lx);
	for (uint32_t th = 0; th < nt; th++)
		for (uint8_t r = ROLE_PSEUDO_NEGATOR; r <= ROLE_NEGATION_RAISER; r++) {
			const uint32_t *ids;
			uint32_t n, k = 0;
			lexicon_negation_entries(lx, th, r, &ids, &n);
			for (uint32_t i = 0; i < ne; i++) {
				const struct lex_entry *e = lexicon_entry(lx, i);
				if (e->role != r || e->theme != th)
					continue;
				FUZZ_ASSERT(k < n && ids[k] == i);
				FUZZ_ASSERT(lexicon_negation_first(lx, e->terms[0]) &
					    (1u << (r - ROLE_PSEUDO_NEGATOR)));
				k++;
			}
			FUZZ_ASSERT(k == n);
		}
}

/*
 * A compiled token pattern (lexicon.h): groups of non-empty alternatives
 * with terms in range, gaps 1..PAT_MAX_GAP never first, last or doubled,
 * something required, and max_len the longest expansion (<= PAT_MAX_LEN).
 */
static void check_pat(const struct lexicon *lx, const struct lex_pat *p)
{
	FUZZ_ASSERT(p != NULL && p->n_slots >= 1);
	uint32_t len = 0;
	bool required = false;
	for (uint32_t k = 0; k < p->n_slots; k++) {
		const struct pat_slot *s = &p->slots[k];
		if (s->kind == PAT_GAP) {
			FUZZ_ASSERT(k > 0 && k + 1 < p->n_slots);
			FUZZ_ASSERT(p->slots[k - 1].kind == PAT_GROUP);
			FUZZ_ASSERT(s->gap >= 1 && s->gap <= PAT_MAX_GAP && !s->optional);
			len += s->gap;
			continue;
		}
		FUZZ_ASSERT(s->kind == PAT_GROUP && s->n_alts >= 1);
		required |= !s->optional;
		uint32_t longest = 0;
		for (uint32_t a = 0; a < s->n_alts; a++) {
			const struct pat_alt *al = &p->alts[s->alt_off + a];
			FUZZ_ASSERT(al->n >= 1);
			for (uint32_t j = 0; j < al->n; j++)
				FUZZ_ASSERT(p->terms[al->off + j] < lexicon_n_terms(lx));
			longest = longest > al->n ? longest : al->n;
		}
		len += longest;
	}
	FUZZ_ASSERT(required);
	FUZZ_ASSERT(len == p->max_len && len <= PAT_MAX_LEN);
}

static void check_lexicon(const struct lexicon *lx, bool utf8, uint32_t n_lines)
{
	uint32_t nt = lexicon_n_themes(lx), nc = lexicon_n_categories(lx);
	uint32_t ne = lexicon_n_entries(lx), nterm = lexicon_n_terms(lx);
	FUZZ_ASSERT(nt == 1); /* one file, one theme */
	FUZZ_ASSERT(lexicon_n_files(lx) == 1);
	FUZZ_ASSERT(strcmp(lexicon_file(lx, 0)->path, path) == 0);
	uint32_t ci = 0;
	for (uint32_t t = 0; t < nt; t++) {
		const struct lex_theme *th = lexicon_theme(lx, t);
		if (t)
			FUZZ_ASSERT(strcmp(lexicon_theme(lx, t - 1)->name, th->name) < 0);
		FUZZ_ASSERT(th->name[0] != '\0');
		FUZZ_ASSERT(th->row == ci && th->first_cat == ci + 1);
		FUZZ_ASSERT(strcmp(th->files, path) == 0);
		const struct lex_category *row = lexicon_category(lx, ci);
		FUZZ_ASSERT(row->is_theme_row && row->theme == t);
		size_t tl = strlen(th->name);
		FUZZ_ASSERT(strncmp(row->name, th->name, tl) == 0 && strcmp(row->name + tl, ".*") == 0);
		ci++;
		uint32_t prev_line = 0;
		for (uint32_t k = 0; k < th->n_cats; k++, ci++) {
			FUZZ_ASSERT(ci < nc);
			const struct lex_category *c = lexicon_category(lx, ci);
			FUZZ_ASSERT(!c->is_theme_row && c->theme == t);
			FUZZ_ASSERT(strncmp(c->name, th->name, tl) == 0 && c->name[tl] == '.' &&
				    strcmp(c->name + tl + 1, c->short_name) == 0);
			FUZZ_ASSERT(c->short_name[0] != '\0');
			FUZZ_ASSERT(c->line >= 1 && c->line <= n_lines && c->line > prev_line);
			prev_line = c->line;
		}
	}
	FUZZ_ASSERT(ci == nc);
	for (uint32_t i = 0; i < nterm; i++) {
		const struct lex_term *t = lexicon_term(lx, i);
		FUZZ_ASSERT(t->kind >= TERM_STEM && t->kind <= TERM_PREFIX);
		FUZZ_ASSERT(t->text[t->len] == '\0');
		if (utf8) {
			FUZZ_ASSERT(t->len > 0);
			FUZZ_ASSERT(fuzz_valid_utf8((const unsigned char *)t->text, t->len, NULL));
		}
	}
	uint32_t n_count = 0;
	for (uint32_t i = 0; i < ne; i++) {
		const struct lex_entry *e = lexicon_entry(lx, i);
		FUZZ_ASSERT(strcmp(e->file, path) == 0);
		FUZZ_ASSERT(e->line >= 1 && e->line <= n_lines);
		if (i)
			FUZZ_ASSERT(lexicon_entry(lx, i - 1)->line < e->line);
		FUZZ_ASSERT(e->theme < nt);
		FUZZ_ASSERT(e->text && e->text[0] != '\0');
		switch (e->role) {
		case ROLE_COUNT:
			n_count++;
			/* fall through */
		case ROLE_EXCLUDE_CATEGORY:
			FUZZ_ASSERT(e->target < nc);
			FUZZ_ASSERT(!lexicon_category(lx, e->target)->is_theme_row);
			FUZZ_ASSERT(lexicon_category(lx, e->target)->theme == e->theme);
			break;
		case ROLE_EXCLUDE_THEME:
		case ROLE_NEGATOR:
		case ROLE_PSEUDO_NEGATOR:
		case ROLE_NEGATION_TERMINATOR:
		case ROLE_POST_NEGATOR:
		case ROLE_NEGATION_RAISER:
			FUZZ_ASSERT(e->target == e->theme);
			break;
		default:
			FUZZ_ASSERT(!"unknown role");
		}
		if (e->kind == ENTRY_REGEX) {
			FUZZ_ASSERT(e->rx != NULL && e->n_terms == 0);
			FUZZ_ASSERT(e->text[0] == '/' && e->text[strlen(e->text) - 1] == '/');
			FUZZ_ASSERT(!lex_role_is_negation(e->role));
			/* the prefilter: clauses of word literals, [a-z0-9]{2,} each */
			uint32_t sum = 0;
			for (uint32_t k = 0; k < e->n_clauses; k++) {
				FUZZ_ASSERT(e->clause_n[k] >= 1);
				sum += e->clause_n[k];
			}
			FUZZ_ASSERT(sum == e->n_lits);
			for (uint32_t k = 0; k < e->n_lits; k++) {
				FUZZ_ASSERT(e->lits[k] < lexicon_n_literals(lx));
				lt_str l = lexicon_literal(lx, e->lits[k]);
				FUZZ_ASSERT(l.len >= 2);
				for (size_t j = 0; j < l.len; j++)
					FUZZ_ASSERT((l.ptr[j] >= 'a' && l.ptr[j] <= 'z') ||
						    (l.ptr[j] >= '0' && l.ptr[j] <= '9'));
			}
		} else if (e->pat) {
			FUZZ_ASSERT(e->kind == ENTRY_PATTERN || e->kind == ENTRY_NEAR ||
				    e->kind == ENTRY_NOT_NEAR);
			FUZZ_ASSERT(e->n_terms == 0 && e->rx == NULL && !lex_role_is_negation(e->role));
			check_pat(lx, e->pat);
			if (e->kind == ENTRY_PATTERN) {
				FUZZ_ASSERT(e->near == NULL);
			} else {
				FUZZ_ASSERT(e->near != NULL);
				check_pat(lx, e->near);
				FUZZ_ASSERT(e->near_dist >= 1 && e->near_dist <= NEAR_MAX_DIST);
			}
		} else {
			FUZZ_ASSERT(e->kind <= ENTRY_PHRASE && e->near == NULL);
			FUZZ_ASSERT(e->n_terms >= 1 && e->rx == NULL);
			FUZZ_ASSERT((e->kind == ENTRY_PHRASE) == (e->n_terms > 1));
			if (e->n_terms == 1)
				FUZZ_ASSERT(e->kind == lexicon_term(lx, e->terms[0])->kind);
			for (uint32_t k = 0; k < e->n_terms; k++)
				FUZZ_ASSERT(e->terms[k] < nterm);
			if (e->role == ROLE_NEGATOR || e->role == ROLE_NEGATION_RAISER)
				FUZZ_ASSERT(e->n_terms == 1);
		}
	}
	check_negation_index(lx);
	uint32_t sum = 0;
	for (uint32_t i = 0; i < nc; i++)
		sum += lexicon_category(lx, i)->n_entries;
	FUZZ_ASSERT(sum == n_count);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *f = fopen(path, "wb");
	FUZZ_ASSERT(f != NULL);
	FUZZ_ASSERT(fwrite(data, 1, size, f) == size);
	FUZZ_ASSERT(fclose(f) == 0);

	uint32_t n_lines = count_lines(data, size);
	bool utf8 = fuzz_valid_utf8(data, size, NULL);
	struct lexicon *lx = lexicon_new(st);
	struct lt_msgs warnings;
	struct lt_diag d;
	msgs_init(&warnings);
	lt_diag_init(&d);
	int rc = lexicon_add_path(lx, path, &warnings, &d);
	if (rc == LT_OK)
		rc = lexicon_finish(lx, false, &d);
	if (rc < 0) {
		/* an error names a line of the file (at least line 1 of an empty one) */
		check_error(&d, rc, n_lines ? n_lines : 1);
	} else {
		check_lexicon(lx, utf8, n_lines);
		/* lexicon_check compares every pair of entries: keep it to small inputs */
		if (lexicon_n_entries(lx) <= 2000) {
			size_t nw = lexicon_check(lx, devnull, &warnings);
			FUZZ_ASSERT(nw <= warnings.n);
			for (size_t i = 0; i < warnings.n; i++) {
				size_t pl = strlen(path);
				const char *t = warnings.v[i].text;
				FUZZ_ASSERT(strncmp(t, path, pl) == 0 && t[pl] == ':');
				char *end = NULL;
				unsigned long line = strtoul(t + pl + 1, &end, 10);
				FUZZ_ASSERT(end != t + pl + 1 && end[0] == ':' && end[1] == ' ');
				FUZZ_ASSERT(line >= 1 && line <= n_lines);
			}
		}
	}
	msgs_release(&warnings);
	lexicon_free(lx);
	return 0;
}
