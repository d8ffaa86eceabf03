/* cli.c - option parsing, subcommands, help texts, exit codes.
 *
 * The only module that knows about getopt_long, exit codes and stdout as
 * the place for requested output. Every help text here is pinned by a
 * golden test (tests/golden/help-*), and must agree with README.md.
 */
#define _GNU_SOURCE /* realpath with a NULL buffer is POSIX 2008; glibc wants this */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "dicfile.h"
#include "diag.h"
#include "kwic.h"
#include "lexicon.h"
#include "merge.h"
#include "par.h"
#include "report_html.h"
#include "run.h"
#include "speakers.h"
#include "rx.h"
#include "stem.h"
#include "store.h"
#include "tables.h"
#include "validate.h"
#include "qdpx.h"
#include "decode.h"
#include "xalloc.h"
#include "banned.h"

static const char usage_main[] =
	"usage: lextab COMMAND [options] [ARGS]\n"
	"\n"
	"Count lexicon categories per speaker and role in interview and meeting\n"
	"transcripts, and write indicator tables for R, Stata, SPSS and pandas.\n"
	"\n"
	"commands:\n"
	"  run PATH...        code transcripts (files or folders) into the database and tables\n"
	"  speakers PATH...   list the speakers of each transcript, and their roles\n"
	"  tables             write the tables again from the database\n"
	"  kwic               keyword-in-context lines for a category, from the database\n"
	"  report             role x theme rates per 1,000 words, on the terminal\n"
	"  lexicon check      validate lexicon files and print their categories\n"
	"  lexicon list       list the categories of lexicon files\n"
	"  lexicon import     convert a dictionary (.dic .dicx .yml .cat .tsv .csv) to .lex\n"
	"  merge OUT IN...    combine shard databases (run --shard K/N) into one\n"
	"  validate sample    a coding sheet of sampled hits and turns, to mark by hand\n"
	"  validate score     precision, recall and coder agreement from marked sheets\n"
	"  export --qdpx OUT  the coding as a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA\n"
	"\n"
	"  lextab COMMAND --help   options of a command\n"
	"  lextab --version        versions of lextab and its libraries\n"
	"\n"
	"exit codes: 0 success; 1 finished but some inputs were rejected; 2 usage or\n"
	"configuration error; 3 another run holds the database lock; 4 I/O or\n"
	"database failure.\n";

static const char usage_run[] =
	"usage: lextab run [options] PATH...\n"
	"\n"
	"Code transcripts (files, or folders walked recursively) into the database,\n"
	"then write the tables. Unchanged inputs are skipped on later runs.\n"
	"\n"
	"options:\n"
	"  -l, --lexicons PATH     lexicon file or folder (.lex, or a dictionary: .dic,\n"
	"                          .dicx, .yml, .yaml, .cat, .tsv, .csv); repeatable;\n"
	"                          default: the bundled lexicons/\n"
	"      --db FILE           SQLite database, created or updated (default: lextab.db)\n"
	"  -o, --out DIR           folder for the tables (default: tables/ next to the db)\n"
	"      --meta FILE         metadata CSV: doc_id, speaker, attribute columns\n"
	"      --by FIELD          grouping field of the role tables; repeatable (default: role)\n"
	"  -j, --threads N         worker threads (default: all cores)\n"
	"      --full              reprocess every input, changed or not\n"
	"      --shard K/N         process only shard K of N (1-based)\n"
	"  -q, --quiet             nothing on stderr but errors (for cron)\n"
	"      --strict            exit 1 when there was any warning (for cron)\n"
	"      --lang NAME         Snowball stemmer language (default: english)\n"
	"      --list-languages    print the stemmer languages and exit\n"
	"      --speaker-pattern RE  PCRE2 pattern for speaker labels at line start;\n"
	"                          group 'speaker' (else 1) is the label, other named\n"
	"                          groups become speaker attributes\n"
	"      --speaker-pattern-for GLOB=RE  the pattern for documents whose doc_id or\n"
	"                          relative path matches GLOB; repeatable, first match wins\n"
	"      --ext LIST          file extensions taken from folders\n"
	"                          (default: .txt,.md,.vtt,.srt,.docx)\n"
	"      --include-interviewer  keep interviewers in the grouped tables\n"
	"      --liwc              count LIWC dictionaries (.dic/.dicx) the LIWC way\n"
	"      --tsv               write tab-separated .tsv tables (= --format tsv)\n"
	"      --format FMT        csv (default) or tsv text tables; dta (Stata 118) and\n"
	"                          sav (SPSS) files of the model tables; repeatable\n"
	"      --turn-table        also write turn_category (one row per turn x category)\n"
	"      --excel-safe        guard text cells that start with = + - @\n"
	"      --wide-by document|speaker  rows of document_wide (default: document)\n"
	"      --max-file-size MB  reject larger inputs (default: 256)\n"
	"      --no-tables         update the database only\n"
	"      --allow-empty       let a folder with no transcripts remove the database's\n"
	"                          documents (refused by default: an unmounted share)\n"
	"      --log FILE          append timestamped log lines to FILE\n"
	"      --stats             print throughput and time per stage on stdout\n"
	"      --progress          progress bar on stderr (default: when a terminal)\n"
	"      --no-progress       no progress bar\n"
	"  -h, --help              this help\n";

static const char usage_speakers[] =
	"usage: lextab speakers [options] PATH...\n"
	"\n"
	"List the speakers of each transcript as lextab reads them, with the role\n"
	"and group each will get and where from; no lexicons, no database. One CSV\n"
	"row per speaker per document: doc_id, label, turns, words, first_line,\n"
	"interviewer (0/1), role, role_source, group, group_source (a source is\n"
	"META:LINE, label, front matter or none). Warnings as in run, on stderr.\n"
	"\n"
	"options:\n"
	"      --meta FILE         metadata CSV: doc_id, speaker, attribute columns\n"
	"      --speaker-pattern RE  PCRE2 pattern for speaker labels (as in run)\n"
	"      --speaker-pattern-for GLOB=RE  the pattern for documents whose doc_id or\n"
	"                          relative path matches GLOB; repeatable, first match wins\n"
	"      --ext LIST          file extensions taken from folders\n"
	"                          (default: .txt,.md,.vtt,.srt,.docx)\n"
	"  -o, --out FILE          write the CSV to FILE (default: stdout)\n"
	"      --template FILE     also write a metadata skeleton (doc_id, speaker, role,\n"
	"                          group) to complete and pass to --meta\n"
	"      --force             let --template replace an existing file\n"
	"  -j, --threads N         worker threads (default: all cores)\n"
	"      --max-file-size MB  reject larger inputs (default: 256)\n"
	"  -q, --quiet             nothing on stderr but errors\n"
	"  -h, --help              this help\n";

static const char usage_tables[] =
	"usage: lextab tables [options]\n"
	"\n"
	"Write the tables again from the database, without reading transcripts.\n"
	"\n"
	"options:\n"
	"      --db FILE           database (default: lextab.db)\n"
	"  -o, --out DIR           folder for the tables (default: tables/ next to the db)\n"
	"      --by FIELD          grouping field; repeatable (default: role)\n"
	"      --include-interviewer  keep interviewers in the grouped tables\n"
	"      --tsv               write tab-separated .tsv tables (= --format tsv)\n"
	"      --format FMT        csv (default) or tsv text tables; dta (Stata 118) and\n"
	"                          sav (SPSS) files of the model tables; repeatable\n"
	"      --turn-table        also write turn_category (one row per turn x category)\n"
	"      --excel-safe        guard text cells that start with = + - @\n"
	"      --wide-by document|speaker  rows of document_wide (default: document)\n"
	"  -h, --help              this help\n";

static const char usage_merge[] =
	"usage: lextab merge [options] OUT.db IN.db...\n"
	"\n"
	"Combine the databases of 'lextab run --shard K/N' (one per machine) into\n"
	"OUT.db, then write the tables: the same database content and tables as one\n"
	"run over the whole corpus. The inputs must have been counted the same way\n"
	"(lexicons, --lang, --speaker-pattern, --meta, --liwc) and hold disjoint\n"
	"documents; they are only read. OUT.db's previous documents are replaced,\n"
	"in one transaction.\n"
	"\n"
	"options:\n"
	"  -o, --out DIR           folder for the tables (default: tables/ next to OUT.db)\n"
	"      --by FIELD          grouping field of the role tables; repeatable (default: role)\n"
	"      --include-interviewer  keep interviewers in the grouped tables\n"
	"      --tsv               write tab-separated .tsv tables (= --format tsv)\n"
	"      --format FMT        csv (default) or tsv text tables; dta (Stata 118) and\n"
	"                          sav (SPSS) files of the model tables; repeatable\n"
	"      --turn-table        also write turn_category (one row per turn x category)\n"
	"      --excel-safe        guard text cells that start with = + - @\n"
	"      --wide-by document|speaker  rows of document_wide (default: document)\n"
	"      --no-tables         write the database only\n"
	"  -q, --quiet             nothing on stderr but errors\n"
	"  -h, --help              this help\n";

static const char usage_report[] =
	"usage: lextab report [options]\n"
	"\n"
	"Print a compact table from the database: one row per value of the\n"
	"grouping field, one column per theme, each cell the theme's rate per\n"
	"1,000 words and the share of its hits that are negated. With --html,\n"
	"write a self-contained HTML report instead (docs/report.md).\n"
	"\n"
	"options:\n"
	"      --db FILE           database (default: lextab.db)\n"
	"      --by FIELD          grouping field (default: role)\n"
	"      --include-interviewer  keep interviewers\n"
	"      --min-precision P   flag categories whose validated precision is below P\n"
	"                          (default: 0.8), and those not validated\n"
	"      --html FILE         write the HTML report to FILE\n"
	"  -c, --category NAME     (--html) heatmap columns: THEME.NAME, THEME.* or NAME;\n"
	"                          repeatable (default: every category)\n"
	"      --examples N        (--html) example lines per heatmap cell, 0-50 (default: 3)\n"
	"      --seed S            (--html) seed of the examples and intervals (default: 1)\n"
	"  -h, --help              this help\n";

static const char usage_export[] =
	"usage: lextab export --db FILE --qdpx OUT.qdpx [options]\n"
	"\n"
	"Write the coded transcripts as a REFI-QDA project (.qdpx) to open in NVivo,\n"
	"ATLAS.ti, MAXQDA or QualCoder: the transcripts as lextab read them (one\n"
	"paragraph 'Label: text' per turn), a code per theme with its categories as\n"
	"child codes, one coded selection per hit (negated hits also carry the code\n"
	"'lextab: negated'), one case per speaker with the metadata as variables.\n"
	"The same database gives the same file, byte for byte (docs/qda.md).\n"
	"\n"
	"options:\n"
	"      --db FILE             the database (default: lextab.db)\n"
	"      --qdpx OUT.qdpx       the project to write (replaced if it exists)\n"
	"  -c, --category NAME       export this category only (THEME.NAME, NAME, THEME.*;\n"
	"                            repeatable; default: all)\n"
	"      --role VALUE          hits and cases of speakers with this role only\n"
	"      --include-interviewer keep the interviewers' hits and cases\n"
	"      --cases-by document|label  one case per speaker of each document (default)\n"
	"                            or per speaker label across documents\n"
	"  -h, --help                this help\n";

static const char usage_kwic[] =
	"usage: lextab kwic --category NAME [options]\n"
	"\n"
	"Keyword-in-context lines for the hits of a category, from the database:\n"
	"CSV with a header on stdout, or aligned text when stdout is a terminal.\n"
	"\n"
	"options:\n"
	"      --db FILE           database (default: lextab.db)\n"
	"  -c, --category NAME     category, as THEME.NAME (or NAME when unique, or THEME.*)\n"
	"      --role VALUE        only speakers whose role is VALUE\n"
	"  -w, --window N          words of context on each side (default: 8)\n"
	"  -n, --limit N           at most N lines (default: all)\n"
	"      --sample N          N hits drawn at random (reproducible with --seed)\n"
	"      --seed S            seed for --sample (default: 1)\n"
	"      --exclude-interviewer  leave out interviewers' hits\n"
	"      --csv               CSV even on a terminal\n"
	"  -h, --help              this help\n";

static const char usage_lexicon[] =
	"usage: lextab lexicon check [PATH...]\n"
	"       lextab lexicon list [PATH...]\n"
	"       lextab lexicon import DICTIONARY [-o OUT.lex]\n"
	"\n"
	"check   validate lexicon files or folders (default: the bundled lexicons/),\n"
	"        print entries per category, warn about duplicate entries, entries\n"
	"        another entry always covers, and regexes that can never match;\n"
	"        exit 0 when valid (warnings included), 2 on an error\n"
	"list    print theme, category and definition, one per line (TSV)\n"
	"import  write the .lex equivalent of a dictionary (stdout or -o): LIWC .dic,\n"
	"        .dicx; quanteda .yml/.yaml; WordStat .cat; Empath .tsv; General\n"
	"        Inquirer .csv (docs/dictionary-formats.md)\n"
	"\n"
	"options:\n"
	"      --lang NAME         stemmer language for stem entries (default: english)\n"
	"      --liwc              (check) report as loaded for --liwc counting\n"
	"  -o, --out FILE          (import) output file\n"
	"  -h, --help              this help\n";

static const char usage_validate[] =
	"usage: lextab validate sample --out SHEET.csv [options]\n"
	"       lextab validate score [options] SHEET.csv [SHEET2.csv...]\n"
	"       lextab validate score --qdpx HUMAN.qdpx --map MAP.csv [options]\n"
	"\n"
	"Measure how well the lexicons work on your transcripts (docs/validation.md).\n"
	"sample  writes one coding sheet (UTF-8 CSV with BOM, safe for Excel and\n"
	"        LibreOffice): hit rows, a seeded sample of each category's hits\n"
	"        stratified over documents, to mark 'relevant' 1 or 0; and turn rows,\n"
	"        a seeded sample of speaker turns of 10-300 words, to mark 1 or 0 per\n"
	"        theme (does the turn express it, whatever the lexicon says)\n"
	"        With --negation: a seeded sample of hits with a negation cue in their\n"
	"        clause, to mark 'denied' 1 or 0 (does the speaker deny or withhold\n"
	"        what the words name?), without the negated flag\n"
	"score   reads marked sheets back (one per coder, or a 'coder' column; ',' ';'\n"
	"        or tab, any encoding a spreadsheet saves), prints hit precision and\n"
	"        turn-level precision, recall and F1 with Wilson 95% intervals, Cohen's\n"
	"        kappa and Krippendorff's alpha between coders, lists disagreements,\n"
	"        stores the figures in the database for the tables and writes --out;\n"
	"        a negation sheet: the share of negated flags right (Wilson 95%),\n"
	"        false and missed negations, agreement, the wrong rows (--out default\n"
	"        validation-negation.csv; not stored)\n"
	"\n"
	"options:\n"
	"      --db FILE           database (default: lextab.db)\n"
	"  -o, --out FILE          sample: the sheet (required); score: the figures\n"
	"                          (default: validation.csv; validation-negation.csv\n"
	"                          for a negation sheet)\n"
	"      --hits N            (sample) hits per category (default: 40); with\n"
	"                          --negation hits in all (default: 100)\n"
	"      --turns N           (sample) turns (default: 100)\n"
	"      --seed S            (sample) seed of the random sample (default: 1)\n"
	"  -c, --category NAME     (sample) only this category (THEME.NAME, NAME when\n"
	"                          unique, THEME.*); repeatable (default: all)\n"
	"      --role VALUE        (sample, --qdpx) only speakers whose role is VALUE\n"
	"      --include-interviewer  (sample, --qdpx) interviewers' turns too\n"
	"      --turn-categories   (sample) turn columns per category, not only per theme\n"
	"      --negation          (sample) a negation sheet instead (docs/validation.md,\n"
	"                          \"Checking the negation flag\")\n"
	"      --force             (sample) replace an existing sheet\n"
	"      --carry SHEET       (sample) start from the marks of an earlier coded\n"
	"                          sheet for every row with the same key (same words,\n"
	"                          text and category); repeatable; one coder's sheets\n"
	"      --reconciled FILE   (score) a sheet whose marks settle the coders'\n"
	"                          disagreements\n"
	"      --qdpx FILE         (score) human codings of a REFI-QDA project from\n"
	"                          NVivo, ATLAS.ti, MAXQDA or QualCoder as the gold\n"
	"                          standard: turn-level precision, recall and F1 per\n"
	"                          mapped category (docs/qda.md)\n"
	"      --map MAP.csv       (score, with --qdpx) code,category rows: a code (by\n"
	"                          name or PARENT/NAME path) and the category or theme\n"
	"  -h, --help              this help\n"
	"\n"
	"exit codes (score): 0 every row scored; 1 scored, but rows were left out\n"
	"(malformed marks, keys no longer in the database, stale sheets: listed with\n"
	"their line); 2 usage error (not a coding sheet, sheets of different samples);\n"
	"3 database locked; 4 I/O or database failure.\n";

/* ------------------------------------------------------------ helpers */

LT_PRINTF(1, 2) static int usage_error(const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	fprintf(stderr, "lextab: error: %s (see --help)\n", buf);
	return LT_EXIT_USAGE;
}

/* --db FILE: a file name (SQLite would give "" and ":memory:" a database
 * that vanishes at exit, and read "file:" as a URI) */
static int check_db_name(const char *db)
{
	if (!db[0] || strcmp(db, ":memory:") == 0 || strncmp(db, "file:", 5) == 0)
		return usage_error("--db: '%s' is not a database file name", db);
	return LT_EXIT_OK;
}

/* getopt_long's ':' (an option without its value) or '?' (an unknown
 * option), as a usage error naming the option */
static int bad_option(int c, char **argv)
{
	if (c == ':')
		return usage_error("option '%s' needs a value", argv[optind - 1]);
	return usage_error("unknown option '%s'", argv[optind - 1]);
}

/* stdout was requested output: a write error (a full disk, a closed pipe
 * being written to a file) must not pass for success */
static int finish_stdout(int rc)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		lt_error("cannot write the output: %s", strerror(errno ? errno : EIO));
		return LT_EXIT_IO;
	}
	return rc;
}

static bool parse_long(const char *s, long lo, long hi, long *out)
{
	if (!s || !*s)
		return false;
	errno = 0;
	char *end;
	long v = strtol(s, &end, 10);
	if (errno || *end || v < lo || v > hi)
		return false;
	*out = v;
	return true;
}

static void print_version(void)
{
	printf("lextab %s (counting rules %d)\n", LT_VERSION, LT_RULES_VERSION);
	printf("PCRE2 %s\n", rx_version());
	printf("SQLite %s\n", store_sqlite_version());
	printf("utf8proc %s\n", decode_utf8proc_version());
	printf("libstemmer (Snowball) %s\n", stemmer_version());
	printf("parallelism: %s\n", par_runtime());
}

/* p made canonical, and relative to the working folder when inside it,
 * so tables cite "lexicons/trust.lex:12" rather than "build/../lexicons". */
static char *tidy_path(char *p)
{
	char *real = realpath(p, NULL);
	if (!real)
		return p;
	free(p);
	char cwd[PATH_MAX];
	if (getcwd(cwd, sizeof(cwd))) {
		size_t n = strlen(cwd);
		if (strncmp(real, cwd, n) == 0 && real[n] == '/') {
			char *rel = xstrdup(real + n + 1);
			free(real);
			return rel;
		}
	}
	return real;
}

/* The bundled lexicons: $LEXTAB_LEXICONS, else lexicons/ one to three
 * folders above the executable (build/lextab, build/asan/lextab), else the
 * installed share folder. */
static char *bundled_lexicons(void)
{
	const char *env = getenv("LEXTAB_LEXICONS");
	if (env && *env)
		return xstrdup(env);
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	struct stat st;
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			/* build/lextab, build/asan/lextab: lexicons/ up the tree */
			const char *up = "/..";
			for (int k = 1; k <= 3; k++) {
				char *p = xasprintf("%s%s/lexicons", exe, k == 1 ? up : k == 2 ? "/../.." : "/../../..");
				if (stat(p, &st) == 0 && S_ISDIR(st.st_mode))
					return tidy_path(p);
				free(p);
			}
			char *p = xasprintf("%s/../share/lextab/lexicons", exe);
			if (stat(p, &st) == 0 && S_ISDIR(st.st_mode))
				return tidy_path(p);
			free(p);
		}
	}
	if (stat("lexicons", &st) == 0 && S_ISDIR(st.st_mode))
		return xstrdup("lexicons");
	return NULL;
}

static void list_languages(void)
{
	for (const char **l = stemmer_languages(); *l; l++)
		printf("%s\n", *l);
}

/* "txt,.md" -> NULL-terminated {".txt", ".md"} */
static char **parse_exts(const char *s)
{
	size_t n = 1;
	for (const char *p = s; *p; p++)
		n += *p == ',';
	char **v = xcalloc(n + 1, sizeof(char *));
	size_t k = 0;
	const char *p = s;
	while (*p) {
		const char *e = strchr(p, ',');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		while (len && *p == ' ') {
			p++;
			len--;
		}
		while (len && p[len - 1] == ' ')
			len--;
		if (len) {
			if (*p == '.')
				v[k++] = xstrndup(p, len);
			else
				v[k++] = xasprintf(".%.*s", (int)len, p);
		}
		if (!e)
			break;
		p = e + 1;
	}
	v[k] = NULL;
	return v;
}

static void free_strv(char **v)
{
	if (!v)
		return;
	for (char **p = v; *p; p++)
		free(*p);
	free(v);
}

/* Shell-quoted command line, for the runs table and the log. */
struct cbuf {
	char *v;
	size_t n, cap;
};

static void push_str(struct cbuf *b, const char *s, size_t n)
{
	lt_vec_reserve(b, b->n + n);
	memcpy(b->v + b->n, s, n);
	b->n += n;
}

/* The command line as a shell would need it typed; one growing buffer, so
 * 10,000 arguments cost linear time. */
static char *join_args(int argc, char **argv)
{
	struct cbuf s = { 0 };
	push_str(&s, "lextab", 6);
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		bool plain = *a != '\0';
		for (const char *p = a; *p; p++)
			if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
			      (*p >= '0' && *p <= '9') || strchr("-_./=:,+%@", *p)))
				plain = false;
		lt_vec_push(&s, ' ');
		if (plain) {
			push_str(&s, a, strlen(a));
			continue;
		}
		/* single quotes, with ' written as '\'' */
		lt_vec_push(&s, '\'');
		for (const char *p = a; *p; p++) {
			if (*p == '\'')
				push_str(&s, "'\\''", 4);
			else
				lt_vec_push(&s, *p);
		}
		lt_vec_push(&s, '\'');
	}
	lt_vec_push(&s, '\0');
	return s.v;
}

/* ------------------------------------------------------------ run */

enum {
	OPT_DB = 256, OPT_META, OPT_BY, OPT_FULL, OPT_SHARD, OPT_LANG, OPT_LIST_LANG,
	OPT_SPEAKER_PATTERN, OPT_EXT, OPT_INCLUDE_INTERVIEWER, OPT_LIWC, OPT_TSV,
	OPT_EXCEL_SAFE, OPT_WIDE_BY, OPT_FORMAT, OPT_TURN_TABLE, OPT_MAX_FILE_SIZE, OPT_NO_TABLES,
	OPT_LOG, OPT_STATS,
	OPT_PROGRESS, OPT_NO_PROGRESS, OPT_ROLE, OPT_SAMPLE, OPT_SEED, OPT_CSV, OPT_ALLOW_EMPTY,
	OPT_STRICT, OPT_PATTERN_FOR, OPT_TEMPLATE, OPT_FORCE
};

static const char *const default_exts[] = { ".txt", ".md", ".vtt", ".srt", ".docx", NULL };

/* ---------------------------------------------------- shared options */

/* the long options of every command that writes tables (tables, merge) */
#define TABLE_LONG_OPTIONS                                                           \
	{ "out", required_argument, NULL, 'o' },                                     \
	{ "by", required_argument, NULL, OPT_BY },                                   \
	{ "include-interviewer", no_argument, NULL, OPT_INCLUDE_INTERVIEWER },       \
	{ "tsv", no_argument, NULL, OPT_TSV },                                       \
	{ "excel-safe", no_argument, NULL, OPT_EXCEL_SAFE },                         \
	{ "wide-by", required_argument, NULL, OPT_WIDE_BY },                         \
	{ "format", required_argument, NULL, OPT_FORMAT },                           \
	{ "turn-table", no_argument, NULL, OPT_TURN_TABLE }

struct strs {
	const char **v;
	size_t n, cap;
};

/* One of TABLE_LONG_OPTIONS: stored in *to or *by, true returned; a bad
 * value sets *rc to the usage error. */
static bool table_option(int c, struct table_opts *to, struct strs *by, int *rc)
{
	switch (c) {
	case 'o': to->out_dir = optarg; return true;
	case OPT_BY: lt_vec_push(by, optarg); return true;
	case OPT_INCLUDE_INTERVIEWER: to->include_interviewer = true; return true;
	case OPT_TSV: to->tsv = true; return true;
	case OPT_EXCEL_SAFE: to->excel_safe = true; return true;
	case OPT_WIDE_BY:
		if (strcmp(optarg, "document") && strcmp(optarg, "speaker"))
			*rc = usage_error("--wide-by: '%s' is not 'document' or 'speaker'", optarg);
		to->wide_by = optarg;
		return true;
	case OPT_FORMAT:
		if (!tables_format_bit(optarg))
			*rc = usage_error("--format: '%s' is not csv, tsv, dta or sav", optarg);
		to->formats |= tables_format_bit(optarg);
		return true;
	case OPT_TURN_TABLE: to->turn_table = true; return true;
	default:
		return false;
	}
}

/* the long options of every command that reads transcripts (run, speakers) */
#define INPUT_LONG_OPTIONS                                                           \
	{ "meta", required_argument, NULL, OPT_META },                               \
	{ "speaker-pattern", required_argument, NULL, OPT_SPEAKER_PATTERN },         \
	{ "speaker-pattern-for", required_argument, NULL, OPT_PATTERN_FOR },         \
	{ "ext", required_argument, NULL, OPT_EXT },                                 \
	{ "threads", required_argument, NULL, 'j' },                                 \
	{ "max-file-size", required_argument, NULL, OPT_MAX_FILE_SIZE },             \
	{ "quiet", no_argument, NULL, 'q' }

/* What INPUT_LONG_OPTIONS set; exts and pfor are the caller's to release
 * (input_args_release). */
struct input_args {
	const char *meta, *speaker_pattern;
	struct strs pfor;
	char **exts;                     /* NULL: default_exts */
	int threads;
	uint64_t max_file_size;
	bool quiet;
};

static void input_args_init(struct input_args *ia)
{
	memset(ia, 0, sizeof(*ia));
	ia->max_file_size = 256ull << 20;
}

static void input_args_release(struct input_args *ia)
{
	free_strv(ia->exts);
	lt_vec_release(&ia->pfor);
}

/* One of INPUT_LONG_OPTIONS: stored in *ia, true returned; a bad value sets
 * *rc to the usage error. */
static bool input_option(int c, struct input_args *ia, int *rc)
{
	long v;
	switch (c) {
	case OPT_META: ia->meta = optarg; return true;
	case OPT_SPEAKER_PATTERN: ia->speaker_pattern = optarg; return true;
	case OPT_PATTERN_FOR: lt_vec_push(&ia->pfor, optarg); return true;
	case 'q': ia->quiet = true; return true;
	case OPT_EXT:
		free_strv(ia->exts);
		ia->exts = parse_exts(optarg);
		if (!ia->exts[0])
			*rc = usage_error("--ext: no extension in '%s'", optarg);
		return true;
	case 'j':
		if (!parse_long(optarg, 1, 1024, &v))
			*rc = usage_error("--threads: '%s' is not a number from 1 to 1024", optarg);
		else
			ia->threads = (int)v;
		return true;
	case OPT_MAX_FILE_SIZE:
		if (!parse_long(optarg, 1, 1L << 20, &v))
			*rc = usage_error("--max-file-size: '%s' is not a number of MB from 1 to "
					  "1048576", optarg);
		else
			ia->max_file_size = (uint64_t)v << 20;
		return true;
	default:
		return false;
	}
}

/* ------------------------------------------------------------ run */

/* returned by an option parser when --help or --list-languages was printed */
#define CLI_DONE (-1)

/* What `lextab run`'s options set, before they become a struct run_opts. */
struct run_args {
	struct run_opts o;
	struct input_args in;
	struct table_opts to;
	struct strs lex, by;
	int progress;                    /* -1: when stderr is a terminal */
};

static const struct option run_options[] = {
	{ "lexicons", required_argument, NULL, 'l' },
	{ "db", required_argument, NULL, OPT_DB },
	INPUT_LONG_OPTIONS,
	TABLE_LONG_OPTIONS,
	{ "full", no_argument, NULL, OPT_FULL },
	{ "shard", required_argument, NULL, OPT_SHARD },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "list-languages", no_argument, NULL, OPT_LIST_LANG },
	{ "strict", no_argument, NULL, OPT_STRICT },
	{ "liwc", no_argument, NULL, OPT_LIWC },
	{ "no-tables", no_argument, NULL, OPT_NO_TABLES },
	{ "allow-empty", no_argument, NULL, OPT_ALLOW_EMPTY },
	{ "log", required_argument, NULL, OPT_LOG },
	{ "stats", no_argument, NULL, OPT_STATS },
	{ "progress", no_argument, NULL, OPT_PROGRESS },
	{ "no-progress", no_argument, NULL, OPT_NO_PROGRESS },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

/* --shard K/N */
static int parse_shard(const char *arg, struct run_opts *o)
{
	const char *sl = strchr(arg, '/');
	long k, n;
	char *ks = sl ? xstrndup(arg, (size_t)(sl - arg)) : NULL;
	bool ok = sl && parse_long(ks, 1, 1000000, &k) && parse_long(sl + 1, 1, 1000000, &n) &&
		  k <= n;
	free(ks);
	if (!ok)
		return usage_error("--shard: '%s' is not K/N with 1 <= K <= N", arg);
	o->shard_k = (uint32_t)k;
	o->shard_n = (uint32_t)n;
	return LT_EXIT_OK;
}

/* An option of run's own (not an input or table option). */
static int run_option(int c, struct run_args *ra, char **argv)
{
	struct run_opts *o = &ra->o;
	switch (c) {
	case 'l': lt_vec_push(&ra->lex, optarg); break;
	case OPT_DB: o->db = optarg; break;
	case OPT_FULL: o->full = true; break;
	case OPT_SHARD: return parse_shard(optarg, o);
	case OPT_LANG: o->lang = optarg; break;
	case OPT_LIST_LANG: list_languages(); return CLI_DONE;
	case OPT_STRICT: o->strict = true; break;
	case OPT_LIWC: o->liwc = true; break;
	case OPT_NO_TABLES: o->no_tables = true; break;
	case OPT_ALLOW_EMPTY: o->allow_empty = true; break;
	case OPT_LOG: o->log_file = optarg; break;
	case OPT_STATS: o->stats = true; break;
	case OPT_PROGRESS: ra->progress = 1; break;
	case OPT_NO_PROGRESS: ra->progress = 0; break;
	case 'h': fputs(usage_run, stdout); return CLI_DONE;
	default: return bad_option(c, argv);
	}
	return LT_EXIT_OK;
}

/* Every option into *ra: LT_EXIT_OK, CLI_DONE or a usage error. */
static int run_parse(int argc, char **argv, struct run_args *ra)
{
	int c, rc = LT_EXIT_OK;
	opterr = 0;
	optind = 1;
	while (rc == LT_EXIT_OK &&
	       (c = getopt_long(argc, argv, ":l:o:j:qh", run_options, NULL)) != -1) {
		if (!input_option(c, &ra->in, &rc) && !table_option(c, &ra->to, &ra->by, &rc))
			rc = run_option(c, ra, argv);
	}
	if (rc != LT_EXIT_OK)
		return rc;
	if (optind >= argc)
		return usage_error("run: no transcript files or folders given");
	if ((rc = check_db_name(ra->o.db)) != LT_EXIT_OK)
		return rc;
	if (ra->to.out_dir && !ra->to.out_dir[0])
		return usage_error("--out: an empty folder name");
	return LT_EXIT_OK;
}

/* The parsed options into ra->o (pointing into ra, argv and *bundled). */
static int run_settle(int argc, char **argv, struct run_args *ra, char **bundled)
{
	struct run_opts *o = &ra->o;
	if (!ra->lex.n) {
		*bundled = bundled_lexicons();
		if (!*bundled)
			return usage_error("no --lexicons given and the bundled lexicons/ folder was "
					   "not found");
		lt_vec_push(&ra->lex, *bundled);
	}
	o->paths = (const char *const *)argv + optind;
	o->n_paths = (size_t)(argc - optind);
	o->lexicons = ra->lex.v;
	o->n_lexicons = ra->lex.n;
	o->by = ra->by.v;
	o->n_by = ra->by.n;
	o->out_dir = ra->to.out_dir;
	o->include_interviewer = ra->to.include_interviewer;
	o->tsv = ra->to.tsv;
	o->excel_safe = ra->to.excel_safe;
	o->wide_by = ra->to.wide_by;
	o->formats = ra->to.formats;
	o->turn_table = ra->to.turn_table;
	o->meta = ra->in.meta;
	o->speaker_pattern = ra->in.speaker_pattern;
	o->pattern_for = ra->in.pfor.v;
	o->n_pattern_for = ra->in.pfor.n;
	o->exts = ra->in.exts ? (const char *const *)ra->in.exts : default_exts;
	o->threads = ra->in.threads;
	o->max_file_size = ra->in.max_file_size;
	o->quiet = ra->in.quiet;
	o->progress = ra->progress == 1 || (ra->progress == -1 && !o->quiet &&
					    isatty(STDERR_FILENO));
	return LT_EXIT_OK;
}

static int cmd_run(int argc, char **argv)
{
	struct run_args ra;
	memset(&ra, 0, sizeof(ra));
	input_args_init(&ra.in);
	ra.o.db = "lextab.db";
	ra.o.lang = "english";
	ra.progress = -1;
	char *bundled = NULL;
	int rc = run_parse(argc, argv, &ra);
	if (rc == LT_EXIT_OK)
		rc = run_settle(argc, argv, &ra, &bundled);
	if (rc == LT_EXIT_OK) {
		char *cmdline = join_args(argc, argv);
		ra.o.command_line = cmdline;
		ra.o.options_text = cmdline;
		rc = run_main(&ra.o);
		free(cmdline);
	}
	free(bundled);
	input_args_release(&ra.in);
	lt_vec_release(&ra.lex);
	lt_vec_release(&ra.by);
	return rc == CLI_DONE ? LT_EXIT_OK : rc;
}

/* ------------------------------------------------------------ speakers */

static int cmd_speakers(int argc, char **argv)
{
	static const struct option opts[] = {
		INPUT_LONG_OPTIONS,
		{ "out", required_argument, NULL, 'o' },
		{ "template", required_argument, NULL, OPT_TEMPLATE },
		{ "force", no_argument, NULL, OPT_FORCE },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct speakers_opts o;
	memset(&o, 0, sizeof(o));
	struct input_args in;
	input_args_init(&in);
	int rc = LT_EXIT_OK, c;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":o:j:qh", opts, NULL)) != -1) {
		if (input_option(c, &in, &rc)) {
			if (rc != LT_EXIT_OK)
				goto out;
			continue;
		}
		switch (c) {
		case 'o': o.out = optarg; break;
		case OPT_TEMPLATE: o.template_file = optarg; break;
		case OPT_FORCE: o.force = true; break;
		case 'h': fputs(usage_speakers, stdout); goto out;
		default: rc = bad_option(c, argv); goto out;
		}
	}
	if (optind >= argc) {
		rc = usage_error("speakers: no transcript files or folders given");
		goto out;
	}
	if ((o.out && !o.out[0]) || (o.template_file && !o.template_file[0])) {
		rc = usage_error("%s: an empty file name", o.out && !o.out[0] ? "--out" : "--template");
		goto out;
	}
	o.paths = (const char *const *)argv + optind;
	o.n_paths = (size_t)(argc - optind);
	o.meta = in.meta;
	o.speaker_pattern = in.speaker_pattern;
	o.pattern_for = in.pfor.v;
	o.n_pattern_for = in.pfor.n;
	o.exts = in.exts ? (const char *const *)in.exts : default_exts;
	o.threads = in.threads;
	o.max_file_size = in.max_file_size;
	o.quiet = in.quiet;
	rc = speakers_main(&o);
	if (!o.out)
		rc = finish_stdout(rc);
out:
	input_args_release(&in);
	return rc;
}

/* ------------------------------------------------------------ tables */

static int cmd_tables(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, OPT_DB },
		TABLE_LONG_OPTIONS,
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct table_opts to;
	memset(&to, 0, sizeof(to));
	const char *db = "lextab.db";
	struct strs by = { 0 };
	int rc = LT_EXIT_OK;
	int c;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
		if (table_option(c, &to, &by, &rc)) {
			if (rc != LT_EXIT_OK)
				goto out;
			continue;
		}
		switch (c) {
		case OPT_DB: db = optarg; break;
		case 'h': fputs(usage_tables, stdout); goto out;
		default: rc = bad_option(c, argv); goto out;
		}
	}
	if (optind < argc) {
		rc = usage_error("tables: unexpected argument '%s'", argv[optind]);
		goto out;
	}
	if ((rc = check_db_name(db)) != LT_EXIT_OK)
		goto out;
	if (to.out_dir && !to.out_dir[0]) {
		rc = usage_error("--out: an empty folder name");
		goto out;
	}
	to.by = by.v;
	to.n_by = by.n;
	struct lt_diag d;
	lt_diag_init(&d);
	struct store *s = NULL;
	if (store_open(&s, db, STORE_READ, &d) < 0 || tables_export(s, &to, &d) < 0) {
		lt_error("%s", d.msg);
		rc = d.code == LT_EUSAGE ? LT_EXIT_USAGE : LT_EXIT_IO;
	}
	store_close(s);
out:
	lt_vec_release(&by);
	return rc;
}

/* ------------------------------------------------------------ merge */

static int cmd_merge(int argc, char **argv)
{
	static const struct option opts[] = {
		TABLE_LONG_OPTIONS,
		{ "no-tables", no_argument, NULL, OPT_NO_TABLES },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct merge_opts mo;
	memset(&mo, 0, sizeof(mo));
	struct strs by = { 0 };
	int rc = LT_EXIT_OK;
	int c;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":o:qh", opts, NULL)) != -1) {
		if (table_option(c, &mo.tables, &by, &rc)) {
			if (rc != LT_EXIT_OK)
				goto out;
			continue;
		}
		switch (c) {
		case OPT_NO_TABLES: mo.no_tables = true; break;
		case 'q': mo.quiet = mo.tables.quiet = true; break;
		case 'h': fputs(usage_merge, stdout); goto out;
		default: rc = bad_option(c, argv); goto out;
		}
	}
	if (argc - optind < 2) {
		rc = usage_error("merge: give the output database and at least one input database");
		goto out;
	}
	if ((rc = check_db_name(argv[optind])) != LT_EXIT_OK)
		goto out;
	if (mo.tables.out_dir && !mo.tables.out_dir[0]) {
		rc = usage_error("--out: an empty folder name");
		goto out;
	}
	mo.out_db = argv[optind];
	mo.inputs = (const char *const *)argv + optind + 1;
	mo.n_inputs = (size_t)(argc - optind - 1);
	mo.tables.by = by.v;
	mo.tables.n_by = by.n;
	char *cmdline = join_args(argc, argv);
	mo.command_line = cmdline;
	rc = merge_main(&mo);
	free(cmdline);
out:
	lt_vec_release(&by);
	return rc;
}

/* ------------------------------------------------------------ report */

/* options of report and validate (above the run options' range) */
enum {
	OPT_V_DB = 512, OPT_V_HITS, OPT_V_TURNS, OPT_V_SEED, OPT_V_ROLE, OPT_V_INTERVIEWER,
	OPT_V_TURN_CATS, OPT_V_FORCE, OPT_V_CARRY, OPT_V_RECONCILED, OPT_V_MIN_PRECISION, OPT_V_QDPX, OPT_V_MAP,
	OPT_V_NEGATION, OPT_R_HTML, OPT_R_EXAMPLES
};

/* lextab report --html: the page, and one line saying where it is */
static int report_html_main(const char *db, struct report_html_opts *ho)
{
	struct lt_diag d;
	lt_diag_init(&d);
	struct store *s = NULL;
	struct report_html_result res;
	int rc = LT_EXIT_OK;
	if (store_open(&s, db, STORE_READ, &d) < 0 || report_html_write(s, ho, &res, &d) < 0) {
		lt_error("%s", d.msg);
		rc = d.code == LT_EUSAGE ? LT_EXIT_USAGE : LT_EXIT_IO;
	} else {
		fprintf(stderr, "lextab: wrote %s (%zu bytes: %zu groups, %zu categories, %zu example "
			"lines)\n", ho->out, res.bytes, res.groups, res.categories, res.examples);
	}
	store_close(s);
	return rc;
}


static int cmd_report(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, OPT_DB },
		{ "by", required_argument, NULL, OPT_BY },
		{ "include-interviewer", no_argument, NULL, OPT_INCLUDE_INTERVIEWER },
		{ "min-precision", required_argument, NULL, OPT_V_MIN_PRECISION },
		{ "html", required_argument, NULL, OPT_R_HTML },
		{ "category", required_argument, NULL, 'c' },
		{ "examples", required_argument, NULL, OPT_R_EXAMPLES },
		{ "seed", required_argument, NULL, OPT_SEED },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct report_html_opts ho;
	memset(&ho, 0, sizeof(ho));
	ho.data.examples = 3;
	ho.data.seed = 1;
	LT_VEC(const char *) cats = { 0 };
	long v;
	int rc;
	struct table_opts to;
	memset(&to, 0, sizeof(to));
	const char *db = "lextab.db";
	const char *by = NULL;
	double min_precision = 0.8;
	char *end;
	int c;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":c:h", opts, NULL)) != -1) {
		switch (c) {
		case OPT_DB: db = optarg; break;
		case OPT_BY: by = optarg; break;
		case OPT_INCLUDE_INTERVIEWER: to.include_interviewer = true; break;
		case OPT_V_MIN_PRECISION:
			min_precision = strtod(optarg, &end);
			if (end == optarg || *end || !(min_precision > 0 && min_precision <= 1)) {
				lt_vec_release(&cats);
				return usage_error("--min-precision: '%s' is not a number above 0 and "
						   "at most 1", optarg);
			}
			break;
		case OPT_R_HTML: ho.out = optarg; break;
		case 'c': lt_vec_push(&cats, optarg); break;
		case OPT_R_EXAMPLES:
			if (!parse_long(optarg, 0, 50, &v))
				return usage_error("--examples: '%s' is not a number from 0 to 50", optarg);
			ho.data.examples = (uint32_t)v;
			break;
		case OPT_SEED:
			if (!parse_long(optarg, 0, LONG_MAX, &v))
				return usage_error("--seed: '%s' is not a number", optarg);
			ho.data.seed = (uint64_t)v;
			break;
		case 'h': fputs(usage_report, stdout); lt_vec_release(&cats); return LT_EXIT_OK;
		default: lt_vec_release(&cats); return bad_option(c, argv);
		}
	}
	if (optind < argc || check_db_name(db) != LT_EXIT_OK || (!ho.out && cats.n)) {
		lt_vec_release(&cats);
		if (optind < argc)
			return usage_error("report: unexpected argument '%s'", argv[optind]);
		if (cats.n)
			return usage_error("report: --category needs --html");
		return LT_EXIT_USAGE;
	}
	if (ho.out) {
		char *cmdline = join_args(argc, argv);
		ho.data.by = by;
		ho.data.categories = cats.v;
		ho.data.n_categories = cats.n;
		ho.data.include_interviewer = to.include_interviewer;
		ho.min_precision = min_precision;
		ho.command_line = cmdline;
		rc = report_html_main(db, &ho);
		free(cmdline);
		lt_vec_release(&cats);
		return rc;
	}
	lt_vec_release(&cats);
	if (by) {
		to.by = &by;
		to.n_by = 1;
	}
	struct lt_diag d;
	lt_diag_init(&d);
	struct store *s = NULL;
	rc = LT_EXIT_OK;
	if (store_open(&s, db, STORE_READ, &d) < 0 || tables_report(s, &to, min_precision, stdout, &d) < 0) {
		lt_error("%s", d.msg);
		rc = LT_EXIT_IO;
	}
	store_close(s);
	return finish_stdout(rc);
}

/* ------------------------------------------------------------ kwic */

static int cmd_kwic(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, OPT_DB },
		{ "category", required_argument, NULL, 'c' },
		{ "role", required_argument, NULL, OPT_ROLE },
		{ "window", required_argument, NULL, 'w' },
		{ "limit", required_argument, NULL, 'n' },
		{ "sample", required_argument, NULL, OPT_SAMPLE },
		{ "seed", required_argument, NULL, OPT_SEED },
		{ "exclude-interviewer", no_argument, NULL, OPT_INCLUDE_INTERVIEWER },
		{ "csv", no_argument, NULL, OPT_CSV },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct kwic_opts ko;
	memset(&ko, 0, sizeof(ko));
	const char *db = "lextab.db";
	ko.window = 8;
	ko.seed = 1;
	bool force_csv = false;
	long v;
	int c;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":c:w:n:h", opts, NULL)) != -1) {
		switch (c) {
		case OPT_DB: db = optarg; break;
		case 'c': ko.category = optarg; break;
		case OPT_ROLE: ko.role = optarg; break;
		case 'w':
			if (!parse_long(optarg, 0, 1000, &v))
				return usage_error("--window: '%s' is not a number from 0 to 1000", optarg);
			ko.window = (uint32_t)v;
			break;
		case 'n':
			if (!parse_long(optarg, 1, LONG_MAX, &v))
				return usage_error("--limit: '%s' is not a positive number", optarg);
			ko.limit = (uint64_t)v;
			break;
		case OPT_SAMPLE:
			if (!parse_long(optarg, 1, LONG_MAX, &v))
				return usage_error("--sample: '%s' is not a positive number", optarg);
			ko.sample = (uint64_t)v;
			break;
		case OPT_SEED:
			if (!parse_long(optarg, 0, LONG_MAX, &v))
				return usage_error("--seed: '%s' is not a number", optarg);
			ko.seed = (uint64_t)v;
			break;
		case OPT_INCLUDE_INTERVIEWER: ko.exclude_interviewer = true; break;
		case OPT_CSV: force_csv = true; break;
		case 'h': fputs(usage_kwic, stdout); return LT_EXIT_OK;
		default: return bad_option(c, argv);
		}
	}
	if (optind < argc)
		return usage_error("kwic: unexpected argument '%s'", argv[optind]);
	if (!ko.category)
		return usage_error("kwic: --category is required");
	if (check_db_name(db) != LT_EXIT_OK)
		return LT_EXIT_USAGE;
	ko.aligned = !force_csv && isatty(STDOUT_FILENO);
	struct lt_diag d;
	lt_diag_init(&d);
	struct store *s = NULL;
	int rc = LT_EXIT_OK;
	if (store_open(&s, db, STORE_READ, &d) < 0 || kwic_print(s, &ko, stdout, &d) < 0) {
		lt_error("%s", d.msg);
		rc = d.code == LT_EUSAGE ? LT_EXIT_USAGE : LT_EXIT_IO;
	}
	store_close(s);
	return finish_stdout(rc);
}

/* ------------------------------------------------------------ lexicon */

static int cmd_lexicon(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "liwc", no_argument, NULL, OPT_LIWC },
		{ "out", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		fputs(usage_lexicon, argc < 2 ? stderr : stdout);
		return argc < 2 ? LT_EXIT_USAGE : LT_EXIT_OK;
	}
	const char *sub = argv[1];
	if (strcmp(sub, "check") && strcmp(sub, "list") && strcmp(sub, "import"))
		return usage_error("lexicon: unknown command '%s' (check, list, import)", sub);
	const char *lang = "english", *out = NULL;
	bool liwc = false;
	int c;
	opterr = 0;
	optind = 2;
	while ((c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
		switch (c) {
		case OPT_LANG: lang = optarg; break;
		case OPT_LIWC: liwc = true; break;
		case 'o': out = optarg; break;
		case 'h': fputs(usage_lexicon, stdout); return LT_EXIT_OK;
		default: return bad_option(c, argv);
		}
	}
	struct lt_diag d;
	lt_diag_init(&d);
	struct lt_msgs warn;
	msgs_init(&warn);
	int rc = LT_EXIT_OK;
	if (strcmp(sub, "import") == 0) {
		if (optind + 1 != argc)
			return usage_error("lexicon import: give exactly one dictionary file");
		struct dicfile df;
		if (dicfile_load(&df, argv[optind], &warn, &d) < 0) {
			lt_error("%s", d.msg);
			msgs_release(&warn);
			return LT_EXIT_USAGE;
		}
		if (out && !out[0])
			return usage_error("--out: an empty file name");
		FILE *f = out ? fopen(out, "w") : stdout;
		if (!f) {
			lt_error("cannot write '%s': %s", out, strerror(errno));
			rc = LT_EXIT_IO;
		} else {
			if (dicfile_write_lex(&df, f, &warn, &d) < 0) {
				lt_error("%s", d.msg);
				rc = LT_EXIT_IO;
			}
			if (out && fclose(f) != 0 && rc == LT_EXIT_OK) {
				lt_error("cannot write '%s': %s", out, strerror(errno));
				rc = LT_EXIT_IO;
			}
		}
		for (size_t i = 0; i < warn.n; i++)
			lt_warning("%s:%u: %s", argv[optind], warn.v[i].line, warn.v[i].text);
		dicfile_release(&df);
		msgs_release(&warn);
		return out ? rc : finish_stdout(rc);
	}
	struct stemmer *st = NULL;
	if (stemmer_new(&st, lang, &d) < 0) {
		lt_error("%s", d.msg);
		return LT_EXIT_USAGE;
	}
	struct lexicon *lx = lexicon_new(st);
	char *bundled = NULL;
	int r = LT_OK;
	if (optind >= argc) {
		bundled = bundled_lexicons();
		if (!bundled) {
			rc = usage_error("no lexicon given and the bundled lexicons/ folder was not found");
			goto done;
		}
		r = lexicon_add_path(lx, bundled, &warn, &d);
	}
	for (int i = optind; i < argc && r == LT_OK; i++)
		r = lexicon_add_path(lx, argv[i], &warn, &d);
	if (r == LT_OK)
		r = lexicon_finish(lx, liwc, &d);
	if (r < 0) {
		for (size_t i = 0; i < warn.n; i++)
			lt_warning("%s", warn.v[i].text);
		lt_error("%s", d.msg);
		rc = LT_EXIT_USAGE;
		goto done;
	}
	if (strcmp(sub, "list") == 0) {
		printf("theme\tcategory\tentries\tdefinition\n");
		for (uint32_t i = 0; i < lexicon_n_categories(lx); i++) {
			const struct lex_category *cat = lexicon_category(lx, i);
			if (cat->is_theme_row)
				continue;
			printf("%s\t%s\t%u\t%s\n", lexicon_theme(lx, cat->theme)->name, cat->name,
			       cat->n_entries, cat->description);
		}
	} else {
		size_t nw = lexicon_check(lx, stdout, &warn);
		for (size_t i = 0; i < warn.n; i++)
			fprintf(stderr, "lextab: warning: %s\n", warn.v[i].text);
		printf("%u themes, %u categories, %u entries; %zu warning%s\n",
		       lexicon_n_themes(lx), lexicon_n_categories(lx) - lexicon_n_themes(lx),
		       lexicon_n_entries(lx), warn.n, warn.n == 1 ? "" : "s");
		(void)nw;
	}
done:
	free(bundled);
	lexicon_free(lx);
	stemmer_free(st);
	msgs_release(&warn);
	return finish_stdout(rc);
}

/* ------------------------------------------------------------ validate */

static int validate_exit(const struct lt_diag *d)
{
	switch (d->code) {
	case LT_EUSAGE: return LT_EXIT_USAGE;
	case LT_ELOCK: return LT_EXIT_LOCKED;
	default: return LT_EXIT_IO;
	}
}

static int validate_run(const char *sub, const char *db, struct validate_sample_opts *so,
			struct validate_score_opts *co)
{
	struct lt_diag d;
	lt_diag_init(&d);
	struct stat st;
	if (stat(db, &st) != 0) {
		lt_error("cannot open database '%s': %s", db, strerror(errno));
		return LT_EXIT_IO;
	}
	struct store *s = NULL;
	bool sample = strcmp(sub, "sample") == 0;
	int rc = LT_EXIT_OK;
	if (store_open(&s, db, sample ? STORE_READ : STORE_WRITE, &d) < 0) {
		lt_error("%s", d.msg);
		return validate_exit(&d);
	}
	if (sample) {
		struct validate_sample_result res;
		int r = validate_sample(s, so, &res, &d);
		for (size_t i = 0; i < res.carry_notes.n; i++)
			lt_warning("%s", res.carry_notes.v[i].text);
		if (r < 0) {
			lt_error("%s", d.msg);
			rc = validate_exit(&d);
		} else if (so->negation) {
			fprintf(stderr, "lextab: wrote '%s': %llu negation rows, drawn from %llu hits "
				"with a negation cue in their clause (%llu categories)\n", so->out,
				(unsigned long long)res.negation_rows,
				(unsigned long long)res.negation_population,
				(unsigned long long)res.categories);
			if (res.negation_unmatched)
				lt_warning("%llu hits were left out: their token span is not inside "
					   "their turn's tokens (a database written by another lextab "
					   "version, or damaged)",
					   (unsigned long long)res.negation_unmatched);
		} else {
			fprintf(stderr, "lextab: wrote '%s': %llu hit rows (%llu categories, %llu with "
				"fewer hits than --hits), %llu turn rows (%llu theme columns)\n", so->out,
				(unsigned long long)res.hit_rows, (unsigned long long)res.categories,
				(unsigned long long)res.short_categories, (unsigned long long)res.turn_rows,
				(unsigned long long)res.themes);
			if (so->n_carry)
				fprintf(stderr, "lextab: marks carried into %llu of %llu rows; %llu rows "
					"to code\n", (unsigned long long)res.carried_rows,
					(unsigned long long)(res.hit_rows + res.turn_rows),
					(unsigned long long)res.rows_to_code);
		}
		msgs_release(&res.carry_notes);
	} else {
		struct validate_score_result res;
		memset(&res, 0, sizeof(res));
		int r = validate_score(s, co, stdout, &res, &d);
		for (size_t i = 0; i < res.problems.n; i++) {
			const struct validate_problem *p = &res.problems.v[i];
			void (*say)(const char *, ...) = p->error ? lt_error : lt_warning;
			if (p->line)
				say("%s:%u: %s", p->sheet, p->line, p->text);
			else
				say("%s: %s", p->sheet, p->text);
			if (p->error && rc == LT_EXIT_OK)
				rc = LT_EXIT_PARTIAL;
		}
		if (r < 0) {
			lt_error("%s", d.msg);
			rc = validate_exit(&d);
		}
		validate_score_result_release(&res);
		rc = finish_stdout(rc);
	}
	store_close(s);
	return rc;
}

static int cmd_validate(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, OPT_V_DB },
		{ "out", required_argument, NULL, 'o' },
		{ "hits", required_argument, NULL, OPT_V_HITS },
		{ "turns", required_argument, NULL, OPT_V_TURNS },
		{ "seed", required_argument, NULL, OPT_V_SEED },
		{ "category", required_argument, NULL, 'c' },
		{ "role", required_argument, NULL, OPT_V_ROLE },
		{ "include-interviewer", no_argument, NULL, OPT_V_INTERVIEWER },
		{ "turn-categories", no_argument, NULL, OPT_V_TURN_CATS },
		{ "force", no_argument, NULL, OPT_V_FORCE },
		{ "carry", required_argument, NULL, OPT_V_CARRY },
		{ "reconciled", required_argument, NULL, OPT_V_RECONCILED },
		{ "qdpx", required_argument, NULL, OPT_V_QDPX },
		{ "map", required_argument, NULL, OPT_V_MAP },
		{ "negation", no_argument, NULL, OPT_V_NEGATION },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		fputs(usage_validate, argc < 2 ? stderr : stdout);
		return argc < 2 ? LT_EXIT_USAGE : LT_EXIT_OK;
	}
	const char *sub = argv[1];
	bool sample = !strcmp(sub, "sample");
	if (!sample && strcmp(sub, "score"))
		return usage_error("validate: unknown command '%s' (sample, score)", sub);
	struct validate_sample_opts so = { .hits = 40, .turns = 100, .seed = 1 };
	struct validate_score_opts co = { .out = NULL }; /* validate_score picks the default */
	struct strs cats = { 0 }, carry = { 0 };
	const char *db = "lextab.db", *out = NULL;
	bool sample_only = false, hits_given = false, turns_given = false;
	bool speaker_opt = false; /* --role, --include-interviewer: sample or --qdpx */
	long v;
	int c, rc = LT_EXIT_OK;
	opterr = 0;
	optind = 2;
	while ((c = getopt_long(argc, argv, ":o:c:h", opts, NULL)) != -1) {
		switch (c) {
		case OPT_V_DB: db = optarg; break;
		case 'o': out = optarg; break;
		case OPT_V_HITS:
		case OPT_V_TURNS:
			if (!parse_long(optarg, 0, 1000000, &v)) {
				rc = usage_error("%s: '%s' is not a number from 0 to 1000000",
						 c == OPT_V_HITS ? "--hits" : "--turns", optarg);
				goto out;
			}
			*(c == OPT_V_HITS ? &so.hits : &so.turns) = (uint32_t)v;
			hits_given |= c == OPT_V_HITS;
			turns_given |= c == OPT_V_TURNS;
			sample_only = true;
			break;
		case OPT_V_NEGATION: so.negation = true; sample_only = true; break;
		case OPT_V_SEED:
			if (!parse_long(optarg, 0, LONG_MAX, &v)) {
				rc = usage_error("--seed: '%s' is not a number", optarg);
				goto out;
			}
			so.seed = (uint64_t)v;
			sample_only = true;
			break;
		case 'c': lt_vec_push(&cats, optarg); sample_only = true; break;
		case OPT_V_ROLE: so.role = co.role = optarg; speaker_opt = true; break;
		case OPT_V_INTERVIEWER:
			so.include_interviewer = co.include_interviewer = true;
			speaker_opt = true;
			break;
		case OPT_V_QDPX:
		case OPT_V_MAP:
			if (sample) {
				rc = usage_error("--qdpx and --map belong to 'validate score'");
				goto out;
			}
			*(c == OPT_V_QDPX ? &co.qdpx : &co.map) = optarg;
			break;
		case OPT_V_TURN_CATS: so.turn_categories = true; sample_only = true; break;
		case OPT_V_FORCE: so.force = true; sample_only = true; break;
		case OPT_V_CARRY: lt_vec_push(&carry, optarg); sample_only = true; break;
		case OPT_V_RECONCILED:
			if (sample) {
				rc = usage_error("--reconciled belongs to 'validate score'");
				goto out;
			}
			co.reconciled = optarg;
			break;
		case 'h': fputs(usage_validate, stdout); goto out;
		default: rc = bad_option(c, argv); goto out;
		}
	}
	if ((rc = check_db_name(db)) != LT_EXIT_OK)
		goto out;
	if (out && !out[0]) {
		rc = usage_error("--out: an empty file name");
		goto out;
	}
	if (sample) {
		if (optind < argc) {
			rc = usage_error("validate sample: unexpected argument '%s'", argv[optind]);
			goto out;
		}
		if (!out) {
			rc = usage_error("validate sample: --out SHEET.csv is required");
			goto out;
		}
		so.out = out;
		so.categories = cats.v;
		so.n_categories = cats.n;
		so.carry = carry.v;
		so.n_carry = carry.n;
		if (so.negation && (turns_given || so.turn_categories)) {
			rc = usage_error("validate sample: a --negation sheet has hits only: "
					 "--turns and --turn-categories do not apply");
			goto out;
		}
		if (so.negation && !hits_given)
			so.hits = 100;
	} else {
		if (co.qdpx || co.map) {
			if (!co.qdpx || !co.map) {
				rc = usage_error("validate score: --qdpx and --map go together");
				goto out;
			}
			if (optind < argc || co.reconciled) {
				rc = usage_error("validate score: --qdpx scores a project, not sheets");
				goto out;
			}
		} else if (speaker_opt) {
			sample_only = true;
		}
		if (co.qdpx) {
			co.sheets = &co.qdpx;
			co.n_sheets = 1;
		}
		if (sample_only) {
			rc = usage_error("validate score: --hits, --turns, --seed, --category, --role, "
					 "--include-interviewer, --turn-categories, --force, --carry and "
					 "--negation belong to 'validate sample'");
			goto out;
		}
		if (optind >= argc && !co.qdpx) {
			rc = usage_error("validate score: give at least one coding sheet");
			goto out;
		}
		if (!co.qdpx) {
			co.sheets = (const char *const *)argv + optind;
			co.n_sheets = (size_t)(argc - optind);
		}
		if (out)
			co.out = out;
	}
	rc = validate_run(sub, db, &so, &co);
out:
	lt_vec_release(&cats);
	lt_vec_release(&carry);
	return rc;
}

/* ------------------------------------------------------------ export */

enum { OPT_X_DB = 600, OPT_X_QDPX, OPT_X_ROLE, OPT_X_INTERVIEWER, OPT_X_CASES };

static int cmd_export(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, OPT_X_DB },
		{ "qdpx", required_argument, NULL, OPT_X_QDPX },
		{ "category", required_argument, NULL, 'c' },
		{ "role", required_argument, NULL, OPT_X_ROLE },
		{ "include-interviewer", no_argument, NULL, OPT_X_INTERVIEWER },
		{ "cases-by", required_argument, NULL, OPT_X_CASES },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct qdpx_export_opts o;
	memset(&o, 0, sizeof(o));
	struct strs cats = { 0 };
	const char *db = "lextab.db";
	int c, rc = LT_EXIT_OK;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":c:h", opts, NULL)) != -1) {
		switch (c) {
		case OPT_X_DB: db = optarg; break;
		case OPT_X_QDPX: o.out = optarg; break;
		case 'c': lt_vec_push(&cats, optarg); break;
		case OPT_X_ROLE: o.role = optarg; break;
		case OPT_X_INTERVIEWER: o.include_interviewer = true; break;
		case OPT_X_CASES:
			if (!strcmp(optarg, "document")) {
				o.cases = QDPX_CASES_DOCUMENT;
			} else if (!strcmp(optarg, "label")) {
				o.cases = QDPX_CASES_LABEL;
			} else {
				rc = usage_error("--cases-by: '%s' is not 'document' or 'label'", optarg);
				goto out;
			}
			break;
		case 'h': fputs(usage_export, stdout); goto out;
		default: rc = bad_option(c, argv); goto out;
		}
	}
	if (optind < argc) {
		rc = usage_error("export: unexpected argument '%s'", argv[optind]);
		goto out;
	}
	if (!o.out || !o.out[0]) {
		rc = usage_error("export: --qdpx OUT.qdpx is required");
		goto out;
	}
	if ((rc = check_db_name(db)) != LT_EXIT_OK)
		goto out;
	o.categories = cats.v;
	o.n_categories = cats.n;
	struct lt_diag d;
	lt_diag_init(&d);
	struct store *s = NULL;
	struct qdpx_export_result res;
	if (store_open(&s, db, STORE_READ, &d) < 0 || qdpx_export(s, &o, &res, &d) < 0) {
		lt_error("%s", d.msg);
		rc = d.code == LT_EUSAGE ? LT_EXIT_USAGE : LT_EXIT_IO;
	} else {
		fprintf(stderr, "lextab: wrote '%s': %llu sources, %llu codes, %llu coded hits "
			"(%llu negated), %llu cases, %llu variables\n", o.out,
			(unsigned long long)res.sources, (unsigned long long)res.codes,
			(unsigned long long)res.hits, (unsigned long long)res.negated,
			(unsigned long long)res.cases, (unsigned long long)res.variables);
	}
	store_close(s);
out:
	lt_vec_release(&cats);
	return rc;
}

/* ------------------------------------------------------------ main */

int cli_main(int argc, char **argv)
{
	if (argc < 2) {
		fputs(usage_main, stderr);
		return LT_EXIT_USAGE;
	}
	const char *cmd = argv[1];
	if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
		fputs(usage_main, stdout);
		return LT_EXIT_OK;
	}
	if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version")) {
		print_version();
		return LT_EXIT_OK;
	}
	if (!strcmp(cmd, "run"))
		return cmd_run(argc - 1, argv + 1);
	if (!strcmp(cmd, "speakers"))
		return cmd_speakers(argc - 1, argv + 1);
	if (!strcmp(cmd, "tables"))
		return cmd_tables(argc - 1, argv + 1);
	if (!strcmp(cmd, "kwic"))
		return cmd_kwic(argc - 1, argv + 1);
	if (!strcmp(cmd, "report"))
		return cmd_report(argc - 1, argv + 1);
	if (!strcmp(cmd, "lexicon"))
		return cmd_lexicon(argc - 1, argv + 1);
	if (!strcmp(cmd, "merge"))
		return cmd_merge(argc - 1, argv + 1);
	if (!strcmp(cmd, "validate"))
		return cmd_validate(argc - 1, argv + 1);
	if (!strcmp(cmd, "export"))
		return cmd_export(argc - 1, argv + 1);
	return usage_error("unknown command '%s'", cmd);
}
