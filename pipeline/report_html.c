/* report_html.c - render the HTML report (see report_html.h).
 *
 * The page is built in one growable buffer and written through a
 * temporary file renamed into place. Sections: heatmap (+ legend),
 * group comparison per theme (SVG + table), evidence, top forms,
 * validation, data quality, provenance, codebook. Colours: reversed
 * viridis in "nice" steps (report_stats.h), so a low rate is light and a
 * high rate dark, and the classes stay apart in grey and for the common
 * colour-vision deficiencies; every cell also prints its number.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_html.h"
#include "report_stats.h"
#include "store.h"
#include "validate_int.h"
#include "xalloc.h"
#include "banned.h"

#define HEAT_CLASSES 8

/* ------------------------------------------------------------ buffer */

struct hb {
	char *v;
	size_t n, cap;
};

static void hb_put(struct hb *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 1 << 16;
		while (b->n + n + 1 > cap)
			cap *= 2;
		b->v = xrealloc(b->v, cap);
		b->cap = cap;
	}
	memcpy(b->v + b->n, s, n);
	b->n += n;
	b->v[b->n] = '\0';
}

static void hb_puts(struct hb *b, const char *s)
{
	hb_put(b, s, strlen(s));
}

static void hb_printf(struct hb *b, const char *fmt, ...) LT_PRINTF(2, 3);
static void hb_printf(struct hb *b, const char *fmt, ...)
{
	char small[256];
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (k < 0)
		return;
	if ((size_t)k < sizeof(small)) {
		hb_put(b, small, (size_t)k);
		return;
	}
	char *big = xmalloc((size_t)k + 1);
	va_start(ap, fmt);
	vsnprintf(big, (size_t)k + 1, fmt, ap);
	va_end(ap);
	hb_put(b, big, (size_t)k);
	free(big);
}

/* text from the data, safe in element content and quoted attributes;
 * control characters (which HTML forbids) become spaces */
static void hb_escn(struct hb *b, const char *s, size_t n)
{
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		const char *rep = NULL;
		switch (c) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default:
			if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
				rep = " ";
		}
		if (!rep)
			continue;
		hb_put(b, s + run, i - run);
		hb_puts(b, rep);
		run = i + 1;
	}
	hb_put(b, s + run, n - run);
}

static void hb_esc(struct hb *b, const char *s)
{
	hb_escn(b, s, strlen(s));
}

/* an integer with thousands separators: 1,234,567 */
static void hb_int(struct hb *b, int64_t v)
{
	char raw[32], out[48];
	int k = snprintf(raw, sizeof(raw), "%lld", (long long)(v < 0 ? -v : v));
	size_t w = 0;
	if (v < 0)
		out[w++] = '-';
	for (int i = 0; i < k; i++) {
		if (i && (k - i) % 3 == 0)
			out[w++] = ',';
		out[w++] = raw[i];
	}
	hb_put(b, out, w);
}

/* 1000 * hits / tokens as role_category.csv prints it (4 decimals) */
static void hb_rate4(struct hb *b, int64_t hits, int64_t tokens)
{
	if (tokens <= 0)
		return;
	if (hits == 0)
		hb_puts(b, "0.0000");
	else
		hb_printf(b, "%.4f", 1000.0 * (double)hits / (double)tokens);
}

static double rate(int64_t hits, int64_t tokens)
{
	return tokens > 0 ? 1000.0 * (double)hits / (double)tokens : 0.0;
}

static const char *group_label(const struct rd_group *g)
{
	return g->value[0] ? g->value : "(none)";
}

/* ------------------------------------------------------------ page frame */

static const char css[] =
	"body{font:15px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,"
	"sans-serif;color:#1a1a1a;background:#fff;margin:0 auto;max-width:1280px;padding:16px 24px}\n"
	"h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.3em;margin-top:2em;border-bottom:2px solid"
	" #ddd}h3{font-size:1.1em}h4{font-size:1em;margin:1.2em 0 .3em}\n"
	"nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3em 1.2em}\n"
	"caption{text-align:left;font-style:italic;padding:2px 0}table.heat tbody th{min-width:11em}\n"
	"table{border-collapse:collapse;margin:.5em 0}th,td{padding:3px 6px;border:1px solid #ccc;"
	"vertical-align:top}th{background:#f3f3f3;text-align:left}td.n,th.n{text-align:right;"
	"font-variant-numeric:tabular-nums}\n"
	"table.heat td.h{text-align:right;border:1px solid #fff;min-width:3.2em;"
	"font-variant-numeric:tabular-nums}table.heat td.h a{color:inherit;text-decoration:none;"
	"display:block}table.heat td.na{background:#eee;color:#666;text-align:center}\n"
	"table.heat thead th{font-weight:600;font-size:.85em}table.heat th.theme{text-align:center;"
	"background:#e4e4e4}\n"
	".scroll{overflow-x:auto}\n"
	".flag{color:#a40000;font-weight:700}.muted{color:#555}.note{color:#444;max-width:60em}\n"
	"mark{background:#ffe08a;padding:0 2px}mark.neg{background:#d9d9d9;text-decoration:"
	"line-through}.neglabel{font-size:.8em;border:1px solid #777;border-radius:3px;padding:0 3px;"
	"margin-left:.4em}\n"
	"ol.ex{padding-left:1.6em}ol.ex li{margin:.25em 0}.src{color:#555;font-size:.85em}\n"
	"figure{margin:1em 0}svg text{font:12px system-ui,Arial,sans-serif;fill:#1a1a1a}\n"
	"code{font-size:.9em;word-break:break-all}\n"
	"@media print{@page{margin:12mm}body{max-width:none;padding:0;font-size:10pt}nav{display:"
	"none}h2{break-after:avoid}figure,section.ex{break-inside:avoid}.scroll{overflow:visible}table.heat{font-size:8pt}*{-webkit-print-"
	"color-adjust:exact;print-color-adjust:exact}a{color:inherit;text-decoration:none}}\n";

/* sorting by a click on a column head; the page is complete without it */
static const char script[] =
	"document.querySelectorAll('table.sortable').forEach(function(t){\n"
	" t.querySelectorAll('thead th').forEach(function(th,i){\n"
	"  th.style.cursor='pointer';th.title='sort by this column';\n"
	"  th.addEventListener('click',function(){\n"
	"   var b=t.tBodies[0],r=Array.prototype.slice.call(b.rows),d=th.dataset.dir==='a'?-1:1;\n"
	"   th.dataset.dir=d===1?'a':'d';\n"
	"   r.sort(function(x,y){var p=x.cells[i],q=y.cells[i];\n"
	"    var u=p.dataset.v!==undefined?parseFloat(p.dataset.v):p.textContent,\n"
	"        v=q.dataset.v!==undefined?parseFloat(q.dataset.v):q.textContent;\n"
	"    if(typeof u==='number'&&isNaN(u))u=-1;if(typeof v==='number'&&isNaN(v))v=-1;\n"
	"    return (u<v?-1:u>v?1:0)*d;});\n"
	"   r.forEach(function(x){b.appendChild(x);});});});});\n";

static void page_head(struct hb *b, const char *db)
{
	hb_puts(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
		   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
		   "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
		   "<title>lextab report: ");
	hb_esc(b, db);
	hb_puts(b, "</title>\n<style>\n");
	hb_puts(b, css);
	hb_puts(b, "</style>\n</head>\n<body>\n<header>\n<h1>lextab report: ");
	hb_esc(b, db);
	hb_puts(b, "</h1>\n");
}

static void page_nav(struct hb *b)
{
	hb_puts(b, "<nav aria-label=\"sections\"><ul>"
		   "<li><a href=\"#heatmap\">Heatmap</a></li>"
		   "<li><a href=\"#compare\">Group comparison</a></li>"
		   "<li><a href=\"#evidence\">Evidence</a></li>"
		   "<li><a href=\"#forms\">Top forms</a></li>"
		   "<li><a href=\"#validation\">Validation</a></li>"
		   "<li><a href=\"#quality\">Data quality</a></li>"
		   "<li><a href=\"#provenance\">Provenance</a></li>"
		   "<li><a href=\"#codebook\">Codebook</a></li></ul></nav>\n</header>\n<main>\n");
}

/* ------------------------------------------------------------ heatmap */

struct page {
	struct hb b;
	const struct report_data *rd;
	const struct report_html_opts *o;
	double minp;
	double step;                     /* legend step */
	unsigned classes;
	double *lo, *hi;                 /* bootstrap, [group * n_themes + theme] */
	size_t n_examples;
};

enum flag { FLAG_OK, FLAG_BELOW, FLAG_UNVALIDATED };

static enum flag cat_flag(const struct page *p, size_t ci)
{
	const struct validation_fig *f = &p->rd->val[ci];
	if (!f->has_precision)
		return FLAG_UNVALIDATED;
	return f->precision < p->minp ? FLAG_BELOW : FLAG_OK;
}

static void flag_mark(struct hb *b, enum flag f)
{
	if (f == FLAG_UNVALIDATED)
		hb_puts(b, " <span class=\"flag\" title=\"not validated\">&#8224;</span>");
	else if (f == FLAG_BELOW)
		hb_puts(b, " <span class=\"flag\" title=\"precision below the threshold\">!</span>");
}

static void class_colour(const struct page *p, unsigned k, unsigned char rgb[3])
{
	double t = p->classes > 1 ? (double)k / (double)(p->classes - 1) : 0.0;
	rstats_viridis(1.0 - t, rgb);
}

static unsigned rate_class(const struct page *p, double r)
{
	unsigned k = (unsigned)floor(r / p->step);
	return k >= p->classes ? p->classes - 1 : k;
}

/*
 * Classes of a "nice" width up to the 95th percentile of the cell rates,
 * the last one open: one outlying cell (a group of a few words) must not
 * push every other cell into the first colour.
 */
static void heat_scale(struct page *p)
{
	const struct report_data *rd = p->rd;
	LT_VEC(double) r = { 0 };
	for (size_t g = 0; g < rd->n_groups; g++)
		for (size_t c = 0; c < rd->n_cats; c++)
			if (rd->cats[c].shown && rd->groups[g].tokens > 0)
				lt_vec_push(&r, rate(rd->groups[g].cnt[c].hits, rd->groups[g].tokens));
	double top = r.n ? rstats_quantile(r.v, r.n, 0.95) : 0;
	lt_vec_release(&r);
	p->step = rstats_nice_step(top, HEAT_CLASSES - 1);
	p->classes = 1 + (unsigned)LT_MAX(1.0, ceil(top / p->step - 1e-9));
	p->classes = LT_MIN(p->classes, (unsigned)HEAT_CLASSES);
}

static void legend(struct page *p)
{
	struct hb *b = &p->b;
	const unsigned w = 64, h = 18;
	unsigned width = p->classes * w + 2;
	hb_printf(b, "<figure id=\"legend\">\n<svg role=\"img\" aria-label=\"colour scale: rate "
		  "per 1,000 words\" width=\"%u\" height=\"%u\" viewBox=\"0 0 %u %u\">\n",
		  width, h + 20, width, h + 20);
	for (unsigned k = 0; k < p->classes; k++) {
		unsigned char c[3];
		class_colour(p, k, c);
		hb_printf(b, "<rect x=\"%u\" y=\"0\" width=\"%u\" height=\"%u\" fill=\"#%02x%02x%02x\""
			  " data-class=\"%u\"/>\n", 1 + k * w, w, h, c[0], c[1], c[2], k);
		hb_printf(b, "<text x=\"%u\" y=\"%u\">%s%g</text>\n", 1 + k * w, h + 14,
			  k + 1 == p->classes && k ? "&#8805; " : "", k * p->step);
	}
	hb_printf(b, "</svg>\n<figcaption>Rate per 1,000 words: each colour is one class of width "
		  "%g from 0 (light) upward (dark); a class holds the rates from its label up "
		  "to the next label, the last one every rate above its label (the scale ends near "
		  "the 95th percentile of the cells, so one outlying cell does not wash out the "
		  "others). Grey: a group without words.</figcaption>\n"
		  "</figure>\n", p->step);
}

static void heat_head(struct page *p)
{
	const struct report_data *rd = p->rd;
	struct hb *b = &p->b;
	hb_puts(b, "<thead>\n<tr><th rowspan=\"2\" scope=\"col\">");
	hb_esc(b, rd->by);
	hb_puts(b, "</th><th rowspan=\"2\" scope=\"col\" class=\"n\">speakers</th>"
		   "<th rowspan=\"2\" scope=\"col\" class=\"n\">words</th>");
	for (size_t t = 0; t < rd->n_themes; t++) {
		size_t n = 0;
		for (size_t c = 0; c < rd->n_cats; c++)
			n += rd->cats[c].shown && rd->cats[c].theme_ix == t;
		if (!n)
			continue;
		hb_printf(b, "<th colspan=\"%zu\" scope=\"colgroup\" class=\"theme\">", n);
		hb_esc(b, rd->themes[t].name);
		hb_puts(b, "</th>");
	}
	hb_puts(b, "</tr>\n<tr>");
	for (size_t t = 0; t < rd->n_themes; t++)
		for (size_t c = 0; c < rd->n_cats; c++) {
			const struct rd_cat *cat = &rd->cats[c];
			if (!cat->shown || cat->theme_ix != t)
				continue;
			hb_puts(b, "<th scope=\"col\" title=\"");
			hb_esc(b, cat->name);
			hb_puts(b, ": ");
			hb_esc(b, cat->description);
			hb_puts(b, "\">");
			for (const char *u = cat->short_name; *u; ) {
				const char *us = strchr(u, '_');
				size_t n = us ? (size_t)(us - u) + 1 : strlen(u);
				hb_escn(b, u, n);
				if (us && us[1])
					hb_puts(b, "<wbr>");
				u += n;
			}
			flag_mark(b, cat_flag(p, c));
			hb_puts(b, "</th>");
		}
	hb_puts(b, "</tr>\n</thead>\n");
}

static void heat_cell(struct page *p, size_t g, size_t c)
{
	const struct report_data *rd = p->rd;
	const struct rd_group *gr = &rd->groups[g];
	const struct rd_counts *k = &gr->cnt[c];
	struct hb *b = &p->b;
	if (gr->tokens <= 0) {
		hb_puts(b, "<td class=\"na\">&#8211;</td>");
		return;
	}
	unsigned char col[3];
	class_colour(p, rate_class(p, rate(k->hits, gr->tokens)), col);
	hb_printf(b, "<td class=\"h\" style=\"background:#%02x%02x%02x;color:%s\" data-category=\"",
		  col[0], col[1], col[2], rstats_dark_text(col) ? "#000" : "#fff");
	hb_esc(b, rd->cats[c].name);
	hb_puts(b, "\" data-value=\"");
	hb_esc(b, gr->value);
	hb_printf(b, "\" data-hits=\"%lld\" data-negated=\"%lld\" data-rate=\"", (long long)k->hits,
		  (long long)k->negated);
	hb_rate4(b, k->hits, gr->tokens);
	hb_printf(b, "\" title=\"");
	hb_esc(b, group_label(gr));
	hb_puts(b, ", ");
	hb_esc(b, rd->cats[c].name);
	hb_printf(b, ": %lld hits (%lld negated) in %lld words\">", (long long)k->hits,
		  (long long)k->negated, (long long)gr->tokens);
	bool link = rd->ex && rd->ex[g * rd->n_cats + c].n > 0;
	if (link)
		hb_printf(b, "<a href=\"#ex-%zu-%zu\">", g, c);
	hb_printf(b, "%.1f", rate(k->hits, gr->tokens));
	if (link)
		hb_puts(b, "</a>");
	hb_puts(b, "</td>");
}

static void heatmap(struct page *p)
{
	const struct report_data *rd = p->rd;
	struct hb *b = &p->b;
	hb_puts(b, "<section id=\"heatmap\">\n<h2>Rate per 1,000 words, by ");
	hb_esc(b, rd->by);
	hb_puts(b, " and category</h2>\n<p class=\"note\">Hits of each category per 1,000 words "
		   "spoken by the group's speakers (");
	hb_puts(b, rd->include_interviewer ? "interviewers included" : "interviewers left out");
	hb_puts(b, "), the <code>rate_per_1000</code> of <code>role_category.csv</code>. A number "
		   "links to example lines. <span class=\"flag\">&#8224;</span> the category is not "
		   "validated on this material; <span class=\"flag\">!</span> its validated precision is "
		   "below ");
	hb_printf(b, "%.2f", p->minp);
	hb_puts(b, " (<a href=\"#validation\">validation</a>).</p>\n");
	heat_scale(p);
	legend(p);
	hb_puts(b, "<div class=\"scroll\">\n<table class=\"heat\">\n<caption>Rate per 1,000 words; speakers and words of "
		   "each group</caption>\n");
	heat_head(p);
	hb_puts(b, "<tbody>\n");
	for (size_t g = 0; g < rd->n_groups; g++) {
		const struct rd_group *gr = &rd->groups[g];
		hb_puts(b, "<tr><th scope=\"row\">");
		hb_esc(b, group_label(gr));
		hb_puts(b, "</th><td class=\"n\">");
		hb_int(b, gr->speakers);
		hb_puts(b, "</td><td class=\"n\">");
		hb_int(b, gr->tokens);
		hb_puts(b, "</td>");
		for (size_t t = 0; t < rd->n_themes; t++)
			for (size_t c = 0; c < rd->n_cats; c++)
				if (rd->cats[c].shown && rd->cats[c].theme_ix == t)
					heat_cell(p, g, c);
		hb_puts(b, "</tr>\n");
	}
	if (!rd->n_groups)
		hb_puts(b, "<tr><td colspan=\"3\">no speakers in any group</td></tr>\n");
	hb_puts(b, "</tbody>\n</table>\n</div>\n</section>\n");
}

/* ------------------------------------------------------------ comparison */

/* the bootstrap intervals of every group and theme */
static void compute_intervals(struct page *p)
{
	const struct report_data *rd = p->rd;
	size_t T = rd->n_themes ? rd->n_themes : 1;
	p->lo = xcalloc(xmul(rd->n_groups ? rd->n_groups : 1, T), sizeof(double));
	p->hi = xcalloc(xmul(rd->n_groups ? rd->n_groups : 1, T), sizeof(double));
	for (size_t g = 0; g < rd->n_groups; g++) {
		const struct rd_group *gr = &rd->groups[g];
		int64_t *tok = xcalloc(gr->n_units ? gr->n_units : 1, sizeof(int64_t));
		for (size_t i = 0; i < gr->n_units; i++)
			tok[i] = rd->units[gr->first_unit + i].tokens;
		/* a group's replicates depend on the seed and its own value only */
		uint64_t seed = vkey_hash(rd->seed, gr->value, strlen(gr->value));
		rstats_bootstrap(tok, rd->unit_hits + gr->first_unit * rd->n_themes, gr->n_units,
				 rd->n_themes, RSTATS_BOOT_REPLICATES, seed, p->lo + g * T,
				 p->hi + g * T);
		free(tok);
	}
}

/* at most 'max' code points of s, with an ellipsis when cut */
static void hb_esc_short(struct hb *b, const char *s, size_t max)
{
	size_t i = 0, cps = 0;
	while (s[i] && cps < max) {
		i++;
		while (((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		cps++;
	}
	hb_escn(b, s, i);
	if (s[i])
		hb_puts(b, "&#8230;");
}

static void dot_plot(struct page *p, size_t t)
{
	const struct report_data *rd = p->rd;
	struct hb *b = &p->b;
	const size_t T = rd->n_themes, row = rd->themes[t].row;
	const double left = 210, plot = 480, top = 10, rh = 24;
	double xmax = 0;
	for (size_t g = 0; g < rd->n_groups; g++) {
		xmax = LT_MAX(xmax, rate(rd->groups[g].cnt[row].hits, rd->groups[g].tokens));
		if (isfinite(p->hi[g * T + t]))
			xmax = LT_MAX(xmax, p->hi[g * T + t]);
	}
	double step = rstats_nice_step(xmax, 5);
	double xend = step * LT_MAX(1.0, ceil(xmax / step - 1e-9));
	double height = top + rh * (double)rd->n_groups + 34;
	hb_puts(b, "<svg role=\"img\" aria-label=\"");
	hb_esc(b, rd->themes[t].name);
	hb_printf(b, ": rate per 1,000 words by group with 95%% bootstrap intervals\" width=\"%.0f\" "
		  "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">\n", left + plot + 30, height,
		  left + plot + 30, height);
	double yaxis = top + rh * (double)rd->n_groups + 4;
	for (double v = 0; v <= xend + 1e-9; v += step) {
		double x = left + plot * v / xend;
		hb_printf(b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
			  "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%g</text>\n", x, top - 4,
			  x, yaxis, x, yaxis + 14, v);
	}
	hb_printf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">rate per 1,000 words</text>\n",
		  left + plot / 2, yaxis + 28);
	for (size_t g = 0; g < rd->n_groups; g++) {
		const struct rd_group *gr = &rd->groups[g];
		double y = top + rh * (double)g + rh / 2;
		hb_printf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">", left - 8, y + 4);
		hb_esc_short(b, group_label(gr), 30);
		hb_puts(b, "</text>\n");
		if (gr->tokens <= 0)
			continue;
		double lo = p->lo[g * T + t], hi = p->hi[g * T + t];
		double r = rate(gr->cnt[row].hits, gr->tokens);
		hb_printf(b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#3e4a89\" "
			  "stroke-width=\"2\"/><circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"#1a1a1a\"/>\n",
			  left + plot * lo / xend, y, left + plot * hi / xend, y, left + plot * r / xend, y);
	}
	hb_puts(b, "</svg>\n");
}

static void compare_table(struct page *p, size_t t)
{
	const struct report_data *rd = p->rd;
	struct hb *b = &p->b;
	const size_t T = rd->n_themes, row = rd->themes[t].row;
	hb_puts(b, "<table class=\"sortable\">\n<caption>");
	hb_esc(b, rd->themes[t].name);
	hb_puts(b, ": the numbers of the plot</caption>\n<thead><tr><th scope=\"col\">");
	hb_esc(b, rd->by);
	hb_puts(b, "</th><th scope=\"col\" class=\"n\">speakers</th><th scope=\"col\" class=\"n\">"
		   "words</th><th scope=\"col\" class=\"n\">hits</th><th scope=\"col\" class=\"n\">rate"
		   "</th><th scope=\"col\" class=\"n\">95% low</th><th scope=\"col\" class=\"n\">95% high"
		   "</th></tr></thead>\n<tbody>\n");
	for (size_t g = 0; g < rd->n_groups; g++) {
		const struct rd_group *gr = &rd->groups[g];
		hb_puts(b, "<tr><th scope=\"row\">");
		hb_esc(b, group_label(gr));
		hb_printf(b, "</th><td class=\"n\" data-v=\"%lld\">", (long long)gr->speakers);
		hb_int(b, gr->speakers);
		hb_printf(b, "</td><td class=\"n\" data-v=\"%lld\">", (long long)gr->tokens);
		hb_int(b, gr->tokens);
		hb_printf(b, "</td><td class=\"n\" data-v=\"%lld\">", (long long)gr->cnt[row].hits);
		hb_int(b, gr->cnt[row].hits);
		hb_puts(b, "</td>");
		if (gr->tokens > 0)
			hb_printf(b, "<td class=\"n\">%.2f</td><td class=\"n\">%.2f</td><td class=\"n\">"
				  "%.2f</td></tr>\n", rate(gr->cnt[row].hits, gr->tokens),
				  p->lo[g * T + t], p->hi[g * T + t]);
		else
			hb_puts(b, "<td></td><td></td><td></td></tr>\n");
	}
	if (!rd->n_groups)
		hb_puts(b, "<tr><td colspan=\"7\">no speakers in any group</td></tr>\n");
	hb_puts(b, "</tbody>\n</table>\n");
}

static void comparison(struct page *p)
{
	const struct report_data *rd = p->rd;
	struct hb *b = &p->b;
	hb_puts(b, "<section id=\"compare\">\n<h2>Group comparison per theme</h2>\n<p class=\"note\">"
		   "Each theme's rate per 1,000 words (all its categories, a hit counted once) for "
		   "each group, with a 95% interval from a <strong>speaker-level percentile "
		   "bootstrap</strong>: ");
	hb_printf(b, "%d", RSTATS_BOOT_REPLICATES);
	hb_puts(b, " times, the group's speakers (speaker-in-document units) are drawn with "
		   "replacement and the rate recomputed; the interval runs from the 2.5% to the 97.5% "
		   "quantile of those rates. Speakers, not words, are the unit drawn, so a few "
		   "talkative speakers widen the interval as they should. Seed ");
	hb_printf(b, "%llu", (unsigned long long)rd->seed);
	hb_puts(b, " (<code>--seed</code>): the same database and seed give the same intervals. "
		   "Groups with few speakers give wide, unreliable intervals.</p>\n");
	for (size_t t = 0; t < rd->n_themes; t++) {
		if (rd->themes[t].row == SIZE_MAX)
			continue;
		hb_puts(b, "<h3>");
		hb_esc(b, rd->themes[t].name);
		hb_puts(b, "</h3>\n<figure>\n");
		dot_plot(p, t);
		hb_puts(b, "<figcaption>Dot: the rate; line: its 95% bootstrap interval.</figcaption>\n"
			   "</figure>\n");
		compare_table(p, t);
	}
	hb_puts(b, "</section>\n");
}

/* ------------------------------------------------------------ evidence */

static void example_line(struct hb *b, const struct rd_example *e)
{
	hb_puts(b, "<li><span class=\"src\">");
	hb_esc(b, e->doc_id);
	hb_printf(b, ", line %lld, ", (long long)e->line);
	hb_esc(b, e->speaker);
	hb_puts(b, ":</span> ");
	if (e->cut_left)
		hb_puts(b, "&#8230;");
	hb_escn(b, e->text, e->mark_start);
	hb_puts(b, e->negated ? "<mark class=\"neg\">" : "<mark>");
	hb_escn(b, e->text + e->mark_start, e->mark_end - e->mark_start);
	hb_puts(b, "</mark>");
	hb_esc(b, e->text + e->mark_end);
	if (e->cut_right)
		hb_puts(b, "&#8230;");
	if (e->negated)
		hb_puts(b, "<span class=\"neglabel\">negated</span>");
	hb_puts(b, "</li>\n");
}

static void evidence(struct page *p)
{
	const struct report_data *rd = p->rd;
	struct hb *b = &p->b;
	hb_puts(b, "<section id=\"evidence\">\n<h2>Evidence</h2>\n<p class=\"note\">For each cell of "
		   "the heatmap, up to ");
	hb_printf(b, "%u", rd->examples);
	hb_puts(b, " lines drawn at random among its hits (<code>--examples</code>; a hash of the "
		   "seed and each hit's document, turn, position and category, so the same seed "
		   "gives the same lines), in document order: the matched words are <mark>marked</mark>;"
		   " a hit whose words are negated (\"not trusted\") is shown <mark class=\"neg\">"
		   "struck through</mark> with the label <span class=\"neglabel\">negated</span>. "
		   "Source: document, line of the speaker label in the file, speaker.</p>\n");
	for (size_t g = 0; g < rd->n_groups; g++)
		for (size_t c = 0; c < rd->n_cats; c++) {
			const struct rd_cell_ex *x = &rd->ex[g * rd->n_cats + c];
			if (!x->n)
				continue;
			hb_printf(b, "<section class=\"ex\" id=\"ex-%zu-%zu\">\n<h4>", g, c);
			hb_esc(b, rd->by);
			hb_puts(b, " ");
			hb_esc(b, group_label(&rd->groups[g]));
			hb_puts(b, " &#183; ");
			hb_esc(b, rd->cats[c].name);
			hb_printf(b, " <span class=\"muted\">(%zu of ", x->n);
			hb_int(b, rd->groups[g].cnt[c].hits);
			hb_puts(b, " hits)</span></h4>\n<ol class=\"ex\">\n");
			for (size_t i = 0; i < x->n; i++)
				example_line(b, &x->v[i]);
			hb_puts(b, "</ol>\n<p><a href=\"#heatmap\">back to the heatmap</a></p>\n"
				   "</section>\n");
			p->n_examples += x->n;
		}
	hb_puts(b, "</section>\n");
}

/* ------------------------------------------------------------ forms */

static int64_t total_hits(const struct report_data *rd, size_t c)
{
	int64_t n = 0;
	for (size_t g = 0; g < rd->n_groups; g++)
		n += rd->groups[g].cnt[c].hits;
	return n;
}

static void top_forms(struct page *p)
{
	const struct report_data *rd = p->rd;
	struct hb *b = &p->b;
	hb_puts(b, "<section id=\"forms\">\n<h2>Top forms per category</h2>\n<p class=\"note\">The "
		   "matched words (folded to lower case) that drove each category's count, with "
		   "their hits, in the groups above; at most ");
	hb_printf(b, "%d", RD_TOP_FORMS);
	hb_puts(b, " per category (<code>entries.csv</code> has them all, with the lexicon entry "
		   "credited).</p>\n<table class=\"sortable\">\n<thead><tr><th scope=\"col\">category"
		   "</th><th scope=\"col\" class=\"n\">hits</th><th scope=\"col\">top forms (hits)</th>"
		   "</tr></thead>\n<tbody>\n");
	for (size_t c = 0; c < rd->n_cats; c++) {
		if (!rd->cats[c].shown && !rd->cats[c].theme_row)
			continue;
		int64_t n = total_hits(rd, c);
		hb_puts(b, "<tr><th scope=\"row\">");
		hb_esc(b, rd->cats[c].name);
		hb_printf(b, "</th><td class=\"n\" data-v=\"%lld\">", (long long)n);
		hb_int(b, n);
		hb_puts(b, "</td><td>");
		for (size_t k = 0; k < rd->n_forms[c]; k++) {
			const struct rd_form *f = &rd->forms[c * RD_TOP_FORMS + k];
			if (k)
				hb_puts(b, "; ");
			hb_esc(b, f->form);
			hb_printf(b, " (%lld)", (long long)f->n);
		}
		hb_puts(b, "</td></tr>\n");
	}
	hb_puts(b, "</tbody>\n</table>\n</section>\n");
}

/* ------------------------------------------------------------ validation */

static void fig3(struct hb *b, bool has, double v)
{
	if (has && isfinite(v))
		hb_printf(b, "%.3f", v);
}

static void validation_row(struct page *p, size_t c)
{
	const struct report_data *rd = p->rd;
	const struct validation_fig *f = &rd->val[c];
	struct hb *b = &p->b;
	hb_puts(b, "<tr><th scope=\"row\">");
	hb_esc(b, rd->cats[c].name);
	hb_puts(b, "</th><td class=\"n\">");
	fig3(b, f->has_precision, f->precision);
	hb_puts(b, "</td><td class=\"n\">");
	if (f->has_precision) {
		fig3(b, true, f->precision_low);
		hb_puts(b, "&#8211;");
		fig3(b, true, f->precision_high);
	}
	hb_puts(b, "</td><td class=\"n\">");
	if (f->has_precision)
		hb_printf(b, "%llu", (unsigned long long)f->n);
	hb_puts(b, "</td><td class=\"n\">");
	fig3(b, f->has_recall, f->recall);
	hb_puts(b, "</td><td class=\"n\">");
	if (f->has_recall) {
		fig3(b, true, f->recall_low);
		hb_puts(b, "&#8211;");
		fig3(b, true, f->recall_high);
	}
	hb_puts(b, "</td><td class=\"n\">");
	if (f->has_recall)
		hb_printf(b, "%llu", (unsigned long long)f->turns);
	hb_puts(b, "</td><td>");
	if (!rd->cats[c].theme_row) {
		enum flag fl = cat_flag(p, c);
		hb_puts(b, fl == FLAG_OK ? "ok" : fl == FLAG_BELOW ? "<span class=\"flag\">! below "
			   "threshold</span>" : "<span class=\"flag\">&#8224; not validated</span>");
	}
	hb_puts(b, "</td></tr>\n");
}

static void validation(struct page *p)
{
	const struct report_data *rd = p->rd;
	struct hb *b = &p->b;
	size_t n_val = 0;
	for (size_t c = 0; c < rd->n_cats; c++)
		n_val += rd->val[c].has_precision || rd->val[c].has_recall;
	hb_puts(b, "<section id=\"validation\">\n<h2>Validation</h2>\n<p class=\"note\">From "
		   "<code>lextab validate score</code> for the current lexicons (hash <code>");
	hb_esc(b, rd->lexicon_hash);
	hb_puts(b, "</code>; docs/validation.md). <strong>Precision</strong>: share of sampled hits"
		   " the coders judged relevant, n hits judged. <strong>Recall</strong>: of the sampled "
		   "turns the coders marked as expressing the theme (or category), the share where the "
		   "lexicon has a hit, n turns judged. Intervals: Wilson 95%. Flagged: precision below ");
	hb_printf(b, "%.2f", p->minp);
	hb_puts(b, " (<code>--min-precision</code>) or not validated.</p>\n");
	if (!n_val)
		hb_puts(b, "<p><strong class=\"flag\">No category of these lexicons is validated</strong>"
			   ": their precision on this material is unknown. Run <code>lextab validate "
			   "sample</code>, code the sheet, then <code>lextab validate score</code>.</p>\n");
	hb_puts(b, "<table class=\"sortable\">\n<thead><tr><th scope=\"col\">category</th>"
		   "<th scope=\"col\" class=\"n\">precision</th><th scope=\"col\" class=\"n\">95% "
		   "interval</th><th scope=\"col\" class=\"n\">n hits</th><th scope=\"col\" class=\"n\">"
		   "recall</th><th scope=\"col\" class=\"n\">95% interval</th><th scope=\"col\" "
		   "class=\"n\">n turns</th><th scope=\"col\">status</th></tr></thead>\n<tbody>\n");
	for (size_t c = 0; c < rd->n_cats; c++)
		if (rd->cats[c].shown || rd->cats[c].theme_row)
			validation_row(p, c);
	hb_puts(b, "</tbody>\n</table>\n</section>\n");
}

/* ------------------------------------------------------------ data quality */

static void kv_int(struct hb *b, const char *k, int64_t v)
{
	hb_printf(b, "<tr><th scope=\"row\">%s</th><td class=\"n\">", k);
	hb_int(b, v);
	hb_puts(b, "</td></tr>\n");
}

static void quality_errors(struct page *p)
{
	const struct report_data *rd = p->rd;
	struct hb *b = &p->b;
	hb_puts(b, "<h3>Rejected files and warnings of the last run</h3>\n");
	if (!rd->n_errors) {
		hb_puts(b, "<p>None: the last run stored no error or warning.</p>\n");
	} else {
		hb_printf(b, "<p>%lld errors (files rejected or not read) and %lld warnings", 
			  (long long)rd->n_error_rows, (long long)rd->n_warning_rows);
		if (rd->n_errors > (int64_t)rd->errors.n)
			hb_printf(b, "; the first %zu are listed (the <code>errors</code> table has all)",
				  rd->errors.n);
		hb_puts(b, ".</p>\n<table class=\"sortable\">\n<thead><tr><th scope=\"col\">input</th>"
			   "<th scope=\"col\" class=\"n\">line</th><th scope=\"col\">severity</th><th "
			   "scope=\"col\">message</th></tr></thead>\n<tbody>\n");
		for (size_t i = 0; i < rd->errors.n; i++) {
			const struct rd_error *e = &rd->errors.v[i];
			hb_puts(b, "<tr><td>");
			hb_esc(b, e->input);
			hb_puts(b, "</td><td class=\"n\">");
			if (e->line)
				hb_printf(b, "%lld", (long long)e->line);
			hb_puts(b, "</td><td>");
			hb_esc(b, e->severity);
			hb_puts(b, "</td><td>");
			hb_esc(b, e->message);
			hb_puts(b, "</td></tr>\n");
		}
		hb_puts(b, "</tbody>\n</table>\n");
	}
	hb_puts(b, "<h3>Metadata rows that matched nothing</h3>\n");
	if (rd->meta_unmatched)
		hb_printf(b, "<p>%lld rows of the metadata named a document or speaker the corpus does "
			  "not have (listed above).</p>\n", (long long)rd->meta_unmatched);
	else
		hb_puts(b, "<p>None stored. Note: <code>lextab run</code> prints its metadata report "
			   "(rows that matched no document or speaker) on the terminal but does not yet "
			   "store it in the database, so a report cannot show it; rows of the "
			   "<code>errors</code> table about the metadata would be counted here.</p>\n");
}

static void quality(struct page *p)
{
	const struct report_data *rd = p->rd;
	struct hb *b = &p->b;
	hb_puts(b, "<section id=\"quality\">\n<h2>Data quality</h2>\n<table>\n<caption>The whole "
		   "database, interviewers included</caption>\n<tbody>\n");
	kv_int(b, "documents", rd->documents);
	kv_int(b, "speakers (speaker-in-document)", rd->speakers);
	kv_int(b, "&#8230; of them interviewers", rd->interviewers);
	kv_int(b, "turns", rd->turns);
	kv_int(b, "words (tokens)", rd->tokens);
	kv_int(b, "speakers without a role (interviewers not counted)", rd->no_role);
	if (rd->run.exists)
		kv_int(b, "files the last run could not code", rd->run.documents_failed);
	hb_puts(b, "</tbody>\n</table>\n");
	if (rd->no_role) {
		hb_puts(b, "<h3>Speakers without a role</h3>\n<p>These speakers are in the group "
			   "\"(none)\" of a role table: give them a role in the metadata file "
			   "(docs/input-formats.md).");
		if (rd->no_role > (int64_t)rd->no_role_list.n)
			hb_printf(b, " The first %zu are listed.", rd->no_role_list.n);
		hb_puts(b, "</p>\n<table class=\"sortable\">\n<thead><tr><th scope=\"col\">document</th>"
			   "<th scope=\"col\">speaker label</th></tr></thead>\n<tbody>\n");
		for (size_t i = 0; i < rd->no_role_list.n; i++) {
			hb_puts(b, "<tr><td>");
			hb_esc(b, rd->no_role_list.v[i].doc_id);
			hb_puts(b, "</td><td>");
			hb_esc(b, rd->no_role_list.v[i].label);
			hb_puts(b, "</td></tr>\n");
		}
		hb_puts(b, "</tbody>\n</table>\n");
	}
	quality_errors(p);
	hb_puts(b, "</section>\n");
}

/* ------------------------------------------------------------ provenance */

static void kv_text(struct hb *b, const char *k, const char *v, bool code)
{
	hb_printf(b, "<tr><th scope=\"row\">%s</th><td>%s", k, code ? "<code>" : "");
	hb_esc(b, v);
	hb_printf(b, "%s</td></tr>\n", code ? "</code>" : "");
}

static void lexicon_files(struct hb *b, const char *files)
{
	hb_puts(b, "<table>\n<caption>Lexicon files (XXH3-64 of each file's bytes)</caption>\n"
		   "<thead><tr><th scope=\"col\">file</th><th scope=\"col\">hash</th></tr></thead>\n"
		   "<tbody>\n");
	const char *s = files;
	while (*s) {
		const char *end = strchr(s, ';');
		size_t n = end ? (size_t)(end - s) : strlen(s);
		const char *eq = memchr(s, '=', n);
		hb_puts(b, "<tr><td><code>");
		hb_escn(b, s, eq ? (size_t)(eq - s) : n);
		hb_puts(b, "</code></td><td><code>");
		if (eq)
			hb_escn(b, eq + 1, n - (size_t)(eq + 1 - s));
		hb_puts(b, "</code></td></tr>\n");
		s += n + (end != NULL);
	}
	hb_puts(b, "</tbody>\n</table>\n");
}

static void provenance(struct page *p)
{
	const struct report_data *rd = p->rd;
	struct hb *b = &p->b;
	hb_puts(b, "<section id=\"provenance\">\n<h2>Provenance</h2>\n<table>\n<tbody>\n");
	kv_text(b, "lextab version (database)", rd->tool_version, false);
	kv_text(b, "lextab version (this report)", LT_VERSION, false);
	char rules[16];
	snprintf(rules, sizeof(rules), "%d", LT_RULES_VERSION);
	kv_text(b, "counting-rules version (this report)", rules, false);
	kv_text(b, "counting key (database)", rd->counting_key, true);
	kv_text(b, "library versions", rd->versions, false);
	kv_text(b, "language", rd->language, false);
	kv_text(b, "lexicon hash", rd->lexicon_hash, true);
	if (rd->run.exists) {
		kv_text(b, "last run: command", rd->run.command, true);
		kv_text(b, "last run: started (UTC)", rd->run.started_at, false);
		kv_text(b, "last run: finished (UTC)", rd->run.finished_at[0] ? rd->run.finished_at
				: "(not finished)", false);
		kv_text(b, "last run: why documents were re-coded", rd->run.rematch_reason[0] ?
				rd->run.rematch_reason : "(incremental)", false);
		kv_int(b, "last run: exit code", rd->run.exit_code);
		kv_int(b, "runs recorded", rd->n_runs);
	}
	kv_text(b, "this report: command", p->o->command_line ? p->o->command_line : "", true);
	hb_puts(b, "</tbody>\n</table>\n");
	lexicon_files(b, rd->lexicon_files);
	hb_puts(b, "</section>\n");
}

/* ------------------------------------------------------------ codebook */

static void codebook(struct page *p)
{
	const struct report_data *rd = p->rd;
	struct hb *b = &p->b;
	hb_puts(b, "<section id=\"codebook\">\n<h2>Codebook</h2>\n<dl>\n"
		   "<dt>words</dt><dd>tokens of the speakers' turns, by the counting tokenizer "
		   "(docs/counting-rules.md); the denominator of every rate.</dd>\n"
		   "<dt>speakers</dt><dd>speaker-in-document units: one person in two interviews "
		   "counts twice.</dd>\n"
		   "<dt>hits</dt><dd>lexicon matches of a category; a theme counts a stretch of words "
		   "matched by several of its categories once.</dd>\n"
		   "<dt>rate per 1,000 words</dt><dd>1000 &#215; hits / words of the group "
		   "(<code>role_category.csv</code>, <code>rate_per_1000</code>).</dd>\n"
		   "<dt>negated</dt><dd>hits with a negator before them in their clause; they are "
		   "counted as hits and reported separately.</dd>\n"
		   "<dt>95% interval</dt><dd>speaker-level percentile bootstrap (Group comparison).</dd>\n"
		   "<dt>precision, recall</dt><dd>from <code>lextab validate</code> (Validation).</dd>\n"
		   "</dl>\n<table class=\"sortable\">\n<caption>Categories</caption>\n<thead><tr>"
		   "<th scope=\"col\">category</th><th scope=\"col\">meaning</th><th scope=\"col\">"
		   "defined in</th></tr></thead>\n<tbody>\n");
	for (size_t c = 0; c < rd->n_cats; c++) {
		const struct rd_cat *cat = &rd->cats[c];
		hb_puts(b, "<tr><th scope=\"row\">");
		hb_esc(b, cat->name);
		hb_puts(b, "</th><td>");
		hb_esc(b, cat->description);
		hb_puts(b, "</td><td>");
		if (cat->lexicon_file[0]) {
			hb_esc(b, cat->lexicon_file);
			hb_printf(b, ":%lld", (long long)cat->line);
		}
		hb_puts(b, "</td></tr>\n");
	}
	hb_puts(b, "</tbody>\n</table>\n</section>\n");
}

/* ------------------------------------------------------------ driver */

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

int report_html_write(struct store *s, const struct report_html_opts *o,
		      struct report_html_result *res, struct lt_diag *d)
{
	struct report_data rd;
	int rc = report_data_load(s, &o->data, &rd, d);
	if (rc < 0) {
		report_data_release(&rd);
		return rc;
	}
	struct page p;
	memset(&p, 0, sizeof(p));
	p.rd = &rd;
	p.o = o;
	p.minp = o->min_precision > 0 ? o->min_precision : 0.8;
	compute_intervals(&p);
	page_head(&p.b, base_name(store_path(s)));
	hb_printf(&p.b, "<p class=\"muted\">Groups: <strong>");
	hb_esc(&p.b, rd.by);
	hb_puts(&p.b, "</strong>; ");
	hb_int(&p.b, rd.documents);
	hb_puts(&p.b, " documents, ");
	hb_int(&p.b, rd.tokens);
	hb_puts(&p.b, " words. Last run: ");
	hb_esc(&p.b, rd.run.exists ? rd.run.finished_at : "none");
	hb_puts(&p.b, " (UTC).</p>\n");
	page_nav(&p.b);
	heatmap(&p);
	comparison(&p);
	evidence(&p);
	top_forms(&p);
	validation(&p);
	quality(&p);
	provenance(&p);
	codebook(&p);
	hb_puts(&p.b, "</main>\n<footer><p class=\"muted\">Written by lextab " LT_VERSION
		      " from the database alone: the same database and seed give the same page."
		      "</p></footer>\n<script>\n");
	hb_puts(&p.b, script);
	hb_puts(&p.b, "</script>\n</body>\n</html>\n");
	rc = validate_write_file(o->out, p.b.v, p.b.n, d);
	if (res) {
		res->bytes = p.b.n;
		res->groups = rd.n_groups;
		res->examples = p.n_examples;
		res->categories = 0;
		for (size_t c = 0; c < rd.n_cats; c++)
			res->categories += rd.cats[c].shown;
	}
	free(p.b.v);
	free(p.lo);
	free(p.hi);
	report_data_release(&rd);
	return rc;
}
