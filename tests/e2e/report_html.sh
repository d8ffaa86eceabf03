#!/usr/bin/env bash
# lextab report --html: the page in headless Chromium (screenshot pixels,
# DOM cells equal to role_category.csv, no network, scripting off), HTML
# validity (tidy), determinism, and a hostile transcript that must not
# inject markup. Chromium or tidy missing: a counted skip, a failure in CI
# (need, lib.sh).
. "$(dirname "$0")/lib.sh"
cd "$TMP"
CHECK="python3 $ROOT/tests/e2e/report_html_check.py"
# chrome OUTFLAG URL [extra flags]: headless, no network, fresh profile
chrome() {
	local out=$1 url=$2; shift 2
	rm -rf "$TMP/profile"
	timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$TMP/profile" --host-resolver-rules='MAP * ~NOTFOUND' \
		--proxy-server=127.0.0.1:9 --force-color-profile=srgb --hide-scrollbars \
		--window-size=1280,900 "$@" "$out" "$url" 2>/dev/null
}

$LEXTAB_BIN run -q --meta "$ROOT/corpora/nhs-metadata.csv" --db nhs.db --out tables "$ROOT/corpora/nhs"
check "the sample corpus is coded" [ $? = 0 ]
$LEXTAB report --db nhs.db --html r.html 2> r.err
check "report --html exits 0" [ $? = 0 ]
# the groups: the role values of role_category.csv (its second column)
n_groups=$(tail -n +2 tables/role_category.csv | cut -d, -f2 | sort -u | wc -l)
# the categories: the non-theme rows of theme_summary.csv (27 with the bundled
# lexicons of issue 15; counted so that a lexicon change does not break the test)
n_cats=$(tail -n +2 tables/theme_summary.csv | cut -d, -f2 | grep -vc '\.\*$')
check "... and says what it wrote ($n_groups groups, $n_cats categories)" \
	grep -q "^lextab: wrote r.html ([0-9]* bytes: $n_groups groups, $n_cats categories" r.err
cp r.html r1.html
$LEXTAB report --db nhs.db --html r.html 2>/dev/null
check "the same database, options and seed give the same bytes" cmp -s r.html r1.html
$LEXTAB report --db nhs.db --html r3.html --seed 7 2>/dev/null
check "another seed draws other example lines" \
	bash -c '! cmp -s <(grep "<li>" r.html) <(grep "<li>" r3.html)'
check "nothing is fetched: no src=, <link, @import or url()" \
	bash -c '! grep -Eiq "src=|<link|@import|url\(" r.html'
check "the page forbids every fetch itself (Content-Security-Policy default-src 'none')" \
	grep -q "content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\"" r.html
check "... no http(s) URL in any attribute" bash -c '! grep -Eiq "(href|action)=\"[a-z]+:" r.html'
check "the heatmap cells link to their example lines" \
	grep -q '<td class="h"[^>]*><a href="#ex-[0-9]*-[0-9]*">' r.html
check "the intervals say how they are computed" grep -q 'speaker-level percentile bootstrap' r.html
check "unvalidated categories are flagged in the heatmap" grep -q 'title="not validated">&#8224;' r.html
n_li=$(grep -c '^<li>' r.html)
check "examples capped: at most 3 per cell ($n_groups x $n_cats cells), $n_li lines" \
	[ "$n_li" -gt 0 -a "$n_li" -le $((3 * n_cats * n_groups)) ]
$LEXTAB report --db nhs.db --html one.html --examples 1 --category trust.confidence_reliance 2>/dev/null
check "--examples 1 --category X: one column, one line per group" \
	[ "$(grep -c '<td class="h"' one.html)" = "$n_groups" -a "$(grep -c '^<li>' one.html)" -le "$n_groups" ]
$LEXTAB report --db nhs.db --html x.html --category nosuch 2> bad.err
check "an unknown --category is a usage error (exit 2)" [ $? = 2 ]
check "... named in the message" grep -q "no category 'nosuch'" bad.err
$LEXTAB report --db nhs.db --html x.html --examples 51 2>/dev/null
check "--examples above 50 is a usage error" [ $? = 2 ]
$LEXTAB report --db nhs.db --html /nonexistent/dir/x.html 2>/dev/null
check "an unwritable page is an I/O error (exit 4)" [ $? = 4 ]

# --- a hostile transcript: markup in labels, text and metadata ---------------
mkdir hostile
printf '%s\n' 'Interviewer: Do you trust them?' \
	'Dr A: We <script>document.title="pwned"</script> trust the "team" & the <b>board</b> <img src=x onerror=alert(1)>.' \
	'Ms B: I trust nobody.' > hostile/h1.txt
printf 'doc_id,speaker,role\nh1,Dr A,<i>boss</i>\n' > hostile.csv
$LEXTAB_BIN run -q --meta hostile.csv --db h.db --no-tables hostile
$LEXTAB report --db h.db --html h.html 2>/dev/null
check "the hostile report is written" [ $? = 0 ]
check "... no markup from the data survives: no <script>document, <img, <b>, <i>" \
	bash -c '! grep -Eq "<script>document|<img|<b>board|<i>boss" h.html'
check "... it is shown as text" grep -q '&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;' h.html
check "... in the group names too" grep -q '<th scope="row">&lt;i&gt;boss&lt;/i&gt;</th>' h.html
check "the speaker without a role is listed" grep -q '<tr><td>h1</td><td>Ms B</td></tr>' h.html

# --- HTML validity ------------------------------------------------------------
if need "HTML validity" tidy; then
	tidy -errors -q r.html > tidy.txt 2>&1
	check "tidy finds no error in the report (exit $?)" bash -c '! grep -q "Error:" tidy.txt && [ -z "$(cat tidy.txt)" ]'
	tidy -errors -q h.html > tidy2.txt 2>&1
	check "... nor in the hostile one" bash -c '[ -z "$(cat tidy2.txt)" ]'
fi

# --- in the browser -----------------------------------------------------------
if need "browser checks" chromium python3; then
	URL="file://$TMP/r.html"
	chrome --dump-dom "$URL" > dom.html
	check "chromium renders the page (--dump-dom)" grep -q '<td class="h"' dom.html
	check "... every heatmap cell equals role_category.csv" $CHECK cells dom.html tables/role_category.csv
	check "... every example link finds its section" $CHECK anchors dom.html
	check "... the inline script ran (sortable headers)" grep -q 'title="sort by this column"' dom.html
	# headless Chromium's --dump-dom and --screenshot need scripting on
	# (--blink-settings=scriptEnabled=false gives no output), so the page's
	# script is switched off by a Content-Security-Policy that forbids it
	sed 's|<meta charset="utf-8">|&<meta http-equiv="Content-Security-Policy" content="script-src '"'none'"'">|' \
		r.html > nojs.html
	chrome --dump-dom "file://$TMP/nojs.html" > dom-nojs.html
	check "with scripting off the page renders all its cells" $CHECK cells dom-nojs.html tables/role_category.csv
	check "... and the script did not run" bash -c '! grep -q "title=\"sort by this column\"" dom-nojs.html'
	$LEXTAB report --db nhs.db --html narrow.html --category 'trust.*' --category 'tension.*' 2>/dev/null
	chrome --screenshot="$TMP/shot.png" "file://$TMP/narrow.html"
	chrome --dump-dom "file://$TMP/narrow.html" > narrow-dom.html
	check "a screenshot is taken with networking disabled" [ -s shot.png ]
	check "... 1280x900, not blank, legend in place, low and high rates coloured apart" \
		$CHECK png shot.png narrow-dom.html 1280 900
	sed 's|<meta charset="utf-8">|&<meta http-equiv="Content-Security-Policy" content="script-src '"'none'"'">|' \
		narrow.html > narrow-nojs.html
	chrome --screenshot="$TMP/shot-nojs.png" "file://$TMP/narrow-nojs.html"
	check "... the same with scripting off" $CHECK png shot-nojs.png narrow-dom.html 1280 900
	chrome --dump-dom "file://$TMP/h.html" > h-dom.html
	check "the hostile page's DOM has no injected element and its title is intact" \
		bash -c '! grep -Eq "<img|<i>boss|pwned</title>" h-dom.html && grep -q "<title>lextab report: h.db</title>" h-dom.html'
fi
e2e_done
