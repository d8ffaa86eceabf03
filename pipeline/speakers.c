/* speakers.c - per-file label patterns, findings as messages, and
 * `lextab speakers` (see speakers.h). */
#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "speakers.h"
#include "arena.h"
#include "csv.h"
#include "decode.h"
#include "exitcode.h"
#include "meta.h"
#include "par.h"
#include "reader.h"
#include "tokenize.h"
#include "xalloc.h"
#include "banned.h"

/* ------------------------------------------------------------ patterns */

struct pattern_for {
	size_t n;
	char **glob;
	char **spec;                /* "GLOB=RE" as given (messages, the key) */
	struct seg_rules **rules;
};

int patfor_new(struct pattern_for **out, const char *const *specs, size_t n,
	       struct lt_diag *d)
{
	*out = NULL;
	if (!n)
		return LT_OK;
	struct pattern_for *p = xcalloc(1, sizeof(*p));
	p->glob = xcalloc(n, sizeof(char *));
	p->spec = xcalloc(n, sizeof(char *));
	p->rules = xcalloc(n, sizeof(struct seg_rules *));
	p->n = n;
	for (size_t i = 0; i < n; i++) {
		const char *eq = strchr(specs[i], '=');
		p->spec[i] = xstrdup(specs[i]);
		if (!eq || eq == specs[i] || !eq[1]) {
			patfor_free(p);
			return lt_diag_set(d, LT_EUSAGE, "--speaker-pattern-for '%s': not GLOB=RE "
					   "(a file pattern, '=', a regular expression)", specs[i]);
		}
		p->glob[i] = xstrndup(specs[i], (size_t)(eq - specs[i]));
		char *what = xasprintf("--speaker-pattern-for '%s'", p->glob[i]);
		int rc = seg_rules_new_named(&p->rules[i], eq + 1, what, d);
		free(what);
		if (rc < 0) {
			patfor_free(p);
			return rc;
		}
	}
	*out = p;
	return LT_OK;
}

void patfor_free(struct pattern_for *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n; i++) {
		free(p->glob[i]);
		free(p->spec[i]);
		seg_rules_free(p->rules[i]);
	}
	free(p->glob);
	free(p->spec);
	free(p->rules);
	free(p);
}

const struct seg_rules *patfor_rule(const struct pattern_for *p, const struct input *in)
{
	if (!p)
		return NULL;
	const char *slash = strrchr(in->path, '/');
	const char *base = slash ? slash + 1 : in->path;
	const char *dot = strrchr(base, '.');
	char *rel = xasprintf("%s%s", in->doc_id, dot && dot != base ? dot : "");
	const struct seg_rules *r = NULL;
	for (size_t i = 0; i < p->n && !r; i++)
		if (fnmatch(p->glob[i], in->doc_id, 0) == 0 || fnmatch(p->glob[i], rel, 0) == 0)
			r = p->rules[i];
	free(rel);
	return r;
}

uint32_t patfor_max_groups(const struct pattern_for *p)
{
	uint32_t g = 0;
	for (size_t i = 0; p && i < p->n; i++)
		g = LT_MAX(g, seg_rules_max_groups(p->rules[i]));
	return g;
}

char *patfor_specs(const struct pattern_for *p, size_t *len, size_t *n)
{
	*len = *n = 0;
	if (!p)
		return NULL;
	for (size_t i = 0; i < p->n; i++)
		*len += strlen(p->spec[i]) + 1;
	char *all = xmalloc(*len), *q = all;
	for (size_t i = 0; i < p->n; i++) { /* each with its NUL */
		size_t l = strlen(p->spec[i]) + 1;
		memcpy(q, p->spec[i], l);
		q += l;
	}
	*n = p->n;
	return all;
}

void speakers_findings_to_msgs(const struct seg_findings *f, struct lt_msgs *msgs)
{
	for (uint32_t i = 0; f && i < f->n; i++)
		msgs_add(msgs, LT_SEV_WARNING, f->v[i].line, "%s", f->v[i].text);
}

/* ------------------------------------------------------------ the command */

#define SP_CHUNK 256

struct sp_worker {
	struct arena a;
	struct rx_scratch *rs;
	LT_VEC(struct token) toks;
};

struct sp_spk {
	uint32_t turns, words, first_line;
	bool iv;
	struct kv_list attrs;
	struct meta_src *src;
};

enum sp_state { SP_PENDING = 0, SP_DONE, SP_FAILED };

struct sp_doc {
	enum sp_state state;
	struct lt_diag diag;
	struct lt_msgs msgs;
	struct parsed_doc doc;
	struct sp_spk *spk;
};

struct sp_ctx {
	const struct speakers_opts *o;
	struct meta *meta;
	struct seg_rules *rules;
	struct pattern_for *pf;
	struct input_list inputs;
	struct sp_worker *w;
	int n_workers;
	FILE *out, *tmpl;
	struct meta_report *rep;
	size_t failed, warnings, speakers, interviewers;
};

static uint32_t count_words(struct sp_worker *w, const char *text, uint32_t len)
{
	lt_vec_reserve(&w->toks, LT_MIN(tokenize_max_tokens(len), (size_t)len / 4 + 16));
	size_t nt = tokenize_cap(text, len, w->toks.v, w->toks.cap);
	if (nt == SIZE_MAX) {
		lt_vec_reserve(&w->toks, tokenize_max_tokens(len));
		nt = tokenize(text, len, w->toks.v);
	}
	return (uint32_t)nt;
}

/* Worker: one document into r, everything in w->a. */
static void sp_process(struct sp_ctx *c, struct sp_worker *w, const struct input *in,
		       struct sp_doc *r)
{
	struct decoded dec; /* as run reads it: reader.h, a Word file's text included */
	if (reader_read_text(in->path, NULL, c->o->max_file_size, &w->a, &dec, &r->msgs,
			     &r->diag) < 0) {
		r->state = SP_FAILED;
		return;
	}
	struct seg_findings f = { NULL, 0 };
	struct seg_opts so = { patfor_rule(c->pf, in), &f };
	enum doc_format fmt = seg_detect_format(in->path, dec.text, dec.len);
	segment_parse_opts(c->rules, w->rs, dec.text, dec.len, fmt, &so, &w->a, &r->doc, &r->msgs);
	speakers_findings_to_msgs(&f, &r->msgs);
	uint32_t ns = r->doc.n_speakers;
	r->spk = arena_calloc(&w->a, ns ? ns : 1, sizeof(*r->spk));
	for (uint32_t s = 0; s < ns; s++)
		meta_resolve_src(c->meta, in->doc_id, &r->doc, s, &w->a, &r->spk[s].attrs,
				 &r->spk[s].iv, &r->spk[s].src);
	for (uint32_t t = 0; t < r->doc.n_turns; t++) {
		const struct turn *tu = &r->doc.turns[t];
		struct sp_spk *sp = &r->spk[tu->speaker];
		if (!sp->turns)
			sp->first_line = tu->line;
		sp->turns++;
		sp->words += count_words(w, tu->text, tu->len);
	}
	r->state = SP_DONE;
}

static void put_field(FILE *f, const char *s, bool last)
{
	csv_write_field(f, s, strlen(s), ',', false);
	fputc(last ? '\n' : ',', f);
}

/* The value of 'key' in attrs and where it came from ("none" when absent). */
static const char *attr_src(const struct sp_ctx *c, const struct sp_spk *sp, const char *key,
			    char *buf, size_t n, const char **src)
{
	for (uint32_t i = 0; i < sp->attrs.n; i++) {
		if (strcmp(sp->attrs.v[i].key, key))
			continue;
		const struct meta_src *m = &sp->src[i];
		if (m->level == 3)
			*src = "label";
		else if (m->level == 5)
			*src = "front matter";
		else {
			snprintf(buf, n, "%s:%u", c->o->meta ? c->o->meta : "?", m->line);
			*src = buf;
		}
		return sp->attrs.v[i].value;
	}
	*src = "none";
	return "";
}

static void put_speaker(struct sp_ctx *c, const struct input *in, const struct sp_doc *r,
			uint32_t s)
{
	const struct sp_spk *sp = &r->spk[s];
	const char *label = r->doc.speakers[s].label;
	char rb[1100], gb[1100];
	const char *rs, *gs;
	const char *role = attr_src(c, sp, "role", rb, sizeof(rb), &rs);
	const char *group = attr_src(c, sp, "group", gb, sizeof(gb), &gs);
	put_field(c->out, in->doc_id, false);
	put_field(c->out, label, false);
	fprintf(c->out, "%u,%u,%u,%d,", sp->turns, sp->words, sp->first_line, sp->iv ? 1 : 0);
	put_field(c->out, role, false);
	put_field(c->out, rs, false);
	put_field(c->out, group, false);
	put_field(c->out, gs, true);
	if (c->tmpl) {
		put_field(c->tmpl, in->doc_id, false);
		put_field(c->tmpl, label, false);
		put_field(c->tmpl, role, false);
		put_field(c->tmpl, group, true);
	}
	c->speakers++;
	c->interviewers += sp->iv;
	if (c->rep)
		meta_report_speaker(c->rep, label, &sp->attrs);
}

static void print_msgs(struct sp_ctx *c, const struct lt_msgs *m, const char *path)
{
	for (size_t i = 0; i < m->n; i++)
		c->warnings += m->v[i].severity == LT_SEV_WARNING;
	if (!c->o->quiet)
		msgs_print(m, path, stderr);
}

/* Main thread, in document order. */
static void sp_write(struct sp_ctx *c, const struct input *in, struct sp_doc *r)
{
	print_msgs(c, &r->msgs, in->path);
	if (r->state == SP_FAILED) {
		fprintf(stderr, "lextab: error: %s: %s\n", in->path, r->diag.msg);
		c->failed++;
		if (c->rep)
			meta_report_doc(c->rep, in->doc_id, false);
		return;
	}
	if (c->rep)
		meta_report_doc(c->rep, in->doc_id, true);
	for (uint32_t s = 0; s < r->doc.n_speakers; s++)
		put_speaker(c, in, r, s);
}

static void sp_all(struct sp_ctx *c)
{
	struct sp_doc *res = xcalloc(SP_CHUNK, sizeof(*res));
	for (size_t first = 0; first < c->inputs.n; first += SP_CHUNK) {
		size_t cnt = LT_MIN((size_t)SP_CHUNK, c->inputs.n - first);
		memset(res, 0, cnt * sizeof(*res));
		for (size_t k = 0; k < cnt; k++) {
			msgs_init(&res[k].msgs);
			lt_diag_init(&res[k].diag);
		}
		long long lcnt = (long long)cnt;
#pragma omp parallel for schedule(dynamic, 1)
		for (long long k = 0; k < lcnt; k++) {
			struct sp_worker *w = &c->w[par_thread_id()];
			sp_process(c, w, &c->inputs.v[first + (size_t)k], &res[k]);
		}
		for (size_t k = 0; k < cnt; k++) {
			sp_write(c, &c->inputs.v[first + k], &res[k]);
			msgs_release(&res[k].msgs);
		}
		for (int i = 0; i < c->n_workers; i++) {
			struct arena_mark m0 = { NULL, 0 };
			arena_reset(&c->w[i].a, m0);
		}
	}
	free(res);
}

/* Metadata, label rules, inputs: a failure is a usage error (printed). */
static int sp_setup(struct sp_ctx *c)
{
	const struct speakers_opts *o = c->o;
	struct lt_diag d;
	lt_diag_init(&d);
	int rc = LT_OK;
	if (o->meta)
		rc = meta_load(&c->meta, o->meta, &d);
	if (rc == LT_OK && c->meta && !o->quiet)
		msgs_print(meta_messages(c->meta), o->meta, stderr);
	if (rc == LT_OK && c->meta)
		c->warnings += meta_messages(c->meta)->n;
	if (rc == LT_OK)
		rc = seg_rules_new(&c->rules, o->speaker_pattern, &d);
	if (rc == LT_OK && c->meta) {
		size_t n;
		const char **roles = meta_column_values(c->meta, "role", &n);
		seg_rules_add_roles(c->rules, roles, n);
		free(roles);
	}
	if (rc == LT_OK)
		rc = patfor_new(&c->pf, o->pattern_for, o->n_pattern_for, &d);
	struct discover_opts dopts = { o->exts, 0, 0, o->max_file_size };
	if (rc == LT_OK)
		rc = discover(o->paths, o->n_paths, &dopts, &c->inputs, &d);
	if (rc < 0) {
		lt_error("%s", d.msg);
		return rc;
	}
	c->warnings += c->inputs.warnings.n;
	if (!o->quiet)
		for (size_t i = 0; i < c->inputs.warnings.n; i++)
			lt_warning("%s", c->inputs.warnings.v[i].text);
	for (size_t i = 0; i < c->inputs.n_err; i++) {
		fprintf(stderr, "lextab: error: %s: %s\n", c->inputs.err[i].path,
			c->inputs.err[i].message);
		c->failed++;
	}
	return LT_OK;
}

static void sp_workers(struct sp_ctx *c)
{
	if (c->o->threads > 0)
		par_set_threads(c->o->threads);
	c->n_workers = LT_MAX(par_max_threads(), 1);
	c->w = xcalloc((size_t)c->n_workers, sizeof(*c->w));
	uint32_t groups = LT_MAX(seg_rules_max_groups(c->rules), patfor_max_groups(c->pf));
	for (int i = 0; i < c->n_workers; i++) {
		arena_init(&c->w[i].a);
		c->w[i].rs = rx_scratch_new(groups, 1000000);
	}
}

/* A file written under a temporary name, renamed when complete. */
static FILE *open_tmp(const char *path, char **tmp)
{
	*tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
	FILE *f = fopen(*tmp, "w");
	if (!f) {
		lt_error("cannot write '%s': %s", *tmp, strerror(errno));
		free(*tmp);
		*tmp = NULL;
	}
	return f;
}

static int close_tmp(FILE *f, char *tmp, const char *path)
{
	int rc = LT_OK;
	if (ferror(f) | (fclose(f) != 0) || rename(tmp, path) != 0) {
		lt_error("cannot write '%s': %s", path, strerror(errno));
		unlink(tmp);
		rc = LT_EIO;
	}
	free(tmp);
	return rc;
}

static void sp_report(struct sp_ctx *c)
{
	if (!c->rep)
		return;
	struct lt_msgs rows, summary;
	msgs_init(&rows);
	msgs_init(&summary);
	meta_report_finish(c->rep, &rows, &summary);
	c->warnings += rows.n + summary.n;
	if (!c->o->quiet) {
		msgs_print(&rows, c->o->meta, stderr);
		for (size_t i = 0; i < summary.n; i++)
			lt_warning("%s", summary.v[i].text);
	}
	msgs_release(&rows);
	msgs_release(&summary);
}

static void sp_release(struct sp_ctx *c)
{
	for (int i = 0; c->w && i < c->n_workers; i++) {
		arena_release(&c->w[i].a);
		rx_scratch_free(c->w[i].rs);
		lt_vec_release(&c->w[i].toks);
	}
	free(c->w);
	meta_report_free(c->rep);
	input_list_release(&c->inputs);
	patfor_free(c->pf);
	seg_rules_free(c->rules);
	meta_free(c->meta);
}

static const char header[] = "doc_id,label,turns,words,first_line,interviewer,role,"
			     "role_source,group,group_source\n";

int speakers_main(const struct speakers_opts *o)
{
	double t0 = lt_now_s();
	struct sp_ctx c;
	memset(&c, 0, sizeof(c));
	c.o = o;
	struct stat st;
	if (o->template_file && !o->force && stat(o->template_file, &st) == 0) {
		lt_error("--template: '%s' exists; --force replaces it", o->template_file);
		return LT_EXIT_USAGE;
	}
	int ex = LT_EXIT_OK;
	char *out_tmp = NULL, *tmpl_tmp = NULL;
	if (sp_setup(&c) < 0) {
		ex = LT_EXIT_USAGE;
		goto done;
	}
	sp_workers(&c);
	c.out = o->out ? open_tmp(o->out, &out_tmp) : stdout;
	c.tmpl = o->template_file && c.out ? open_tmp(o->template_file, &tmpl_tmp) : NULL;
	if (!c.out || (o->template_file && !c.tmpl)) {
		ex = LT_EXIT_IO;
		goto done;
	}
	if (c.meta)
		c.rep = meta_report_new(c.meta);
	fputs(header, c.out);
	if (c.tmpl)
		fputs("doc_id,speaker,role,group\n", c.tmpl);
	sp_all(&c);
	sp_report(&c);
	if (c.tmpl && close_tmp(c.tmpl, tmpl_tmp, o->template_file) < 0)
		ex = LT_EXIT_IO;
	c.tmpl = NULL;
	tmpl_tmp = NULL;
	if (o->out && close_tmp(c.out, out_tmp, o->out) < 0)
		ex = LT_EXIT_IO;
	c.out = NULL;
	out_tmp = NULL;
	if (ex == LT_EXIT_OK && c.failed)
		ex = LT_EXIT_PARTIAL;
	if (!o->quiet || ex != LT_EXIT_OK)
		fprintf(stderr, "lextab: %zu documents, %zu speakers (%zu interviewers), %zu failed;"
			" %zu warning%s; %.2f s; exit %d\n", c.inputs.n + c.inputs.n_err, c.speakers,
			c.interviewers, c.failed, c.warnings, c.warnings == 1 ? "" : "s",
			lt_now_s() - t0, ex);
done:
	if (c.tmpl) {
		fclose(c.tmpl);
		unlink(tmpl_tmp);
	}
	if (c.out && o->out) {
		fclose(c.out);
		unlink(out_tmp);
	}
	free(tmpl_tmp);
	free(out_tmp);
	sp_release(&c);
	return ex;
}
