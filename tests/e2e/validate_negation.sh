#!/usr/bin/env bash
# lextab validate sample --negation and the scoring of negation sheets on
# a small corpus worked out by hand: which hits are drawn (a negator,
# a theme negator, a pseudo-negator or a post-negator in the clause;
# interviewers and hits without a cue left out), the sheet (no negated
# column, a denied column), one coder's score (share right with its
# Wilson interval, false and missed negations, flag precision and
# recall), two coders (kappa, alpha, disagreements) with a reconciled
# sheet, and what scoring must not do (store figures, mix sheet kinds).
. "$(dirname "$0")/lib.sh"
require sqlite3 python3
cd "$TMP"

mkdir corpus
cat > corpus/a.txt <<'TXT'
Interviewer: Was there no pressure on you at all?
P1: I do not trust them.
P1: We trust them completely.
P1: There was hardly any pressure.
P1: Not only pressure, trust too.
P1: The pressure was missing.
P1: No, trust is fine.
P1: The pressure was real but we did not trust the board.
TXT
cat > corpus/b.txt <<'TXT'
P2: I wasn't involved in the pressure talks.
TXT
cat > t.lex <<'TXT'
theme: t
[c]
# definition: trust and pressure
trust
pressure
[negators]
=hardly
TXT
$LEXTAB run -q -l t.lex --db v.db corpus
check "run succeeds" [ $? = 0 ]
# By hand (counting rules 6): the hits and their flags -
#   a:0 pressure (interviewer)           not drawn
#   a:1 "do not trust"                   cue not          negated 1
#   a:2 "We trust them completely"       no cue           not drawn
#   a:3 "hardly any pressure"            cue hardly ([negators])  1
#   a:4 "Not only pressure"              cue not only (pseudo)    0
#   a:4 "trust too"                      no cue (the comma)       not drawn
#   a:5 "pressure was missing"           cue was missing (post)   1
#   a:6 "No, trust is fine"              No is its own clause     not drawn
#   a:7 "pressure was real but ... not"  cue not after it         0
#   a:7 "did not trust the board"        cue not                  1
#   b:0 "involved in the pressure talks" cue wasn't; the definite 0
# so 7 rows, negated 1 1 0 1 0 1 0 in document, turn, token order.
$LEXTAB validate sample --negation --db v.db --out n.csv --seed 3 2>err.txt
check "sample --negation succeeds" [ $? = 0 ]
check "... and says how many rows of how many hits with a cue" \
	grep -q "wrote 'n.csv': 7 negation rows, drawn from 7 hits with a negation cue" err.txt
check "header: denied to mark, no negated column" \
	grep -q "^.*kind,key,coder,doc_id,speaker,role,category,left,match,right,denied,note,sample"$'\r$' n.csv
check "no negated column anywhere" bash -c "! head -1 n.csv | grep -q negated"
check "7 negation rows, every hit with a cue (fewer than --hits)" [ "$(grep -c '^negation,' n.csv)" = 7 ]
check "no interviewer row" bash -c "! grep -q 'at all' n.csv"
check "hits without a cue are not drawn" bash -c "! grep -q 'completely\|is fine' n.csv"
check "rows in document, turn, token order with hit keys" \
	[ "$(cut -d, -f2 n.csv | sed 1d | cut -d: -f2-4 | tr '\n' ' ')" = \
	  "a:1:3-4 a:3:4-5 a:4:2-3 a:5:1-2 a:7:1-2 a:7:8-9 b:0:5-6 " ]
LH=$(sqlite3 v.db "SELECT value FROM meta WHERE key = 'lexicon_hash'")
check "every row names seed and lexicon" [ "$(grep -c ",seed:3/lexicon:$LH"$'\r$' n.csv)" = 7 ]
$LEXTAB validate sample --negation --db v.db --out n2.csv --seed 3 2>/dev/null
check "the same seed gives the same sheet" cmp -s n.csv n2.csv
$LEXTAB validate sample --negation --db v.db --out n3.csv --hits 2 --seed 3 2>err.txt
check "--hits 2 draws 2 of the 7" [ "$(grep -c '^negation,' n3.csv)" = 2 ]
$LEXTAB validate sample --negation --db v.db --out iv.csv --include-interviewer 2>/dev/null
check "--include-interviewer draws the interviewer's hit too" grep -q "at all" iv.csv
$LEXTAB validate sample --negation --db v.db --out c.csv --carry n.csv 2>err.txt
check "--carry with --negation is a usage error (exit 2)" [ $? = 2 ]
for o in "--turns 5" --turn-categories; do
	$LEXTAB validate sample --negation --db v.db --out t.csv $o 2>err.txt
	check "$o with --negation is a usage error (exit 2)" [ $? = 2 ]
	check "$o with --negation says why" grep -q "hits only" err.txt
	check "$o with --negation writes no sheet" [ ! -e t.csv ]
done

# mark(SHEET, OUT, CODER, MARKS): denied marks in row order ("-" leaves blank)
mark() {
	python3 - "$@" <<'PY'
import csv, sys
src, out, coder, marks = sys.argv[1:5]
with open(src, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
h = rows[0]
for r, m in zip(rows[1:], marks.split(",")):
    if m != "-":
        r[h.index("denied")] = m
    if coder != "-":
        r[h.index("coder")] = coder
with open(out, "w", encoding="utf-8", newline="") as f:
    csv.writer(f, lineterminator="\r\n").writerows(rows)
PY
}

# ---------------------------------------------------------------- one coder
# alice: 1 1 1 1 0 0 0 against the flags 1 1 0 1 0 1 0: row 3 (Not only
# pressure) is a missed negation, row 6 (did not trust) a false one: 5 of
# 7 right; Wilson 95% for 5/7: centre (5/7 + z^2/14) / (1 + z^2/7) =
# 0.63836, half-width 0.27943: 0.3589-0.9178. Flagged 4, 3 of them denied
# (precision 0.75); denied 4, 3 of them flagged (recall 0.75).
mark n.csv alice.csv - 1,1,1,1,0,0,0
$LEXTAB validate score --db v.db alice.csv > out.txt 2>err.txt
check "score a negation sheet: exit 0" [ $? = 0 ]
check "names the sheet's coder (the file name)" grep -q "sample seed 3; 1 coder (alice)" out.txt
check "7 hits judged" grep -q "^hits judged          7$" out.txt
check "5 right, 0.7143 (0.3589-0.9178)" grep -q "^flag right           5: 0.7143 (95% CI 0.3589-0.9178)$" out.txt
check "1 false negation" grep -q "^false negations      1 " out.txt
check "1 missed negation" grep -q "^missed negations     1 " out.txt
check "flag precision 0.75 of 4" grep -q "^flag precision       0.7500 (of 4 negated hits)$" out.txt
check "flag recall 0.75 of 4" grep -q "^flag recall          0.7500 (of 4 denied hits)$" out.txt
check "no agreement with one coder" grep -q "^agreement            kappa -, alpha -$" out.txt
check "the wrong rows are listed with their line" grep -q "H:a:4:2-3:t.c:[0-9a-f]\{8\} 'pressure' (alice.csv:4): negated=0, denied=1: a missed negation" out.txt
check "... both" grep -q "H:a:7:8-9:t.c:[0-9a-f]\{8\} 'trust' (alice.csv:7): negated=1, denied=0: a false negation" out.txt
check "the figures go to validation-negation.csv" \
	[ "$(sed -n 2p validation-negation.csv)" = "7,5,0.7143,0.3589,0.9178,1,1,4,4,0.7500,0.7500,1,,,0,3,$LH" ]
check "its header" [ "$(head -1 validation-negation.csv)" = \
	"n,right,share_right,share_right_low,share_right_high,false_negations,missed_negations,flagged,denied,flag_precision,flag_recall,coders,kappa,alpha,disagreements,seed,lexicon_hash" ]
check "nothing stored: no validation table" \
	[ "$(sqlite3 v.db "SELECT COUNT(*) FROM sqlite_master WHERE name = 'validation'")" = 0 ]
check "no validation.csv written" [ ! -e validation.csv ]

# ---------------------------------------------------------------- two coders
# bob: 1 1 0 1 0 1 1. alice and bob agree on rows 1, 2, 4, 5 (flags 1 1 1 0,
# marks 1 1 1 0: 4 of 4 right) and differ on rows 3, 6, 7 (left out).
# kappa: p_o = 4/7, p_e = 4/7 * 5/7 + 3/7 * 2/7 = 26/49: (28 - 26) / (49 -
# 26) = 2/23 = 0.0870. alpha (nominal): pairs o_11 = 6, o_00 = 2, o_01 =
# o_10 = 3, n_1 = 9, n_0 = 5, n = 14: 1 - 13 * 6 / (2 * 9 * 5) = 0.1333.
mark n.csv bob.csv - 1,1,0,1,0,1,1
$LEXTAB validate score --db v.db --out two.csv alice.csv bob.csv > out2.txt 2>&1
check "two coders: exit 0" [ $? = 0 ]
check "4 judged, 4 right: 1.0000 (0.5101-1.0000)" \
	grep -q "^flag right           4: 1.0000 (95% CI 0.5101-1.0000)$" out2.txt
check "kappa 0.0870, alpha 0.1333" grep -q "^agreement            kappa 0.0870, alpha 0.1333$" out2.txt
check "3 disagreements listed" grep -q "^Disagreements (3 units" out2.txt
check "... with each coder's mark" grep -q "H:b:0:5-6:t.c:[0-9a-f]\{8\} denied: alice=0 (alice.csv:8) bob=1 (bob.csv:8)" out2.txt
# reconciled: rows 3, 6, 7 settled as 0, 1, 0: every mark equals its flag
mark n.csv agreed.csv - -,-,0,-,-,1,0
$LEXTAB validate score --db v.db --out rec.csv --reconciled agreed.csv alice.csv bob.csv > out3.txt 2>&1
check "reconciled: 7 of 7 right, 1.0000 (0.6457-1.0000)" \
	grep -q "^flag right           7: 1.0000 (95% CI 0.6457-1.0000)$" out3.txt
check "... agreement still from the coders' own marks" \
	grep -q "^agreement            kappa 0.0870, alpha 0.1333$" out3.txt

# ---------------------------------------------------------------- problems
mark n.csv half.csv - 1,1,yes,1,-,0,0
$LEXTAB validate score --db v.db --out h.csv half.csv > /dev/null 2>err.txt
check "malformed and empty marks: exit 1" [ $? = 1 ]
check "... named with their line" grep -q "half.csv:4: denied is 'yes' (mark 1 or 0): row left out" err.txt
check "... and the empty one" grep -q "half.csv:6: denied is empty (mark 1 or 0): row left out" err.txt
$LEXTAB validate sample --db v.db --out p.csv --seed 3 2>/dev/null
python3 - <<'PY'
import csv
rows = list(csv.reader(open("p.csv", encoding="utf-8-sig")))
neg = list(csv.reader(open("alice.csv", encoding="utf-8-sig")))
h = rows[0]
out = [h + ["denied"]] + [r + [""] for r in rows[1:]]
for r in neg[1:2]:
    d = dict(zip(neg[0], r))
    out.append([d.get(c, "") for c in h] + [d["denied"]])
csv.writer(open("mixed.csv", "w", encoding="utf-8", newline=""), lineterminator="\r\n").writerows(out)
PY
$LEXTAB validate score --db v.db --out m.csv mixed.csv > /dev/null 2>err.txt
check "a sheet mixing negation rows with hit or turn rows: exit 2" [ $? = 2 ]
check "... says so" grep -q "negation rows and hit or turn rows: score negation sheets on their own" err.txt
sed '1s/,denied,/,verdict,/' alice.csv > nodenied.csv
$LEXTAB validate score --db v.db --out nd.csv nodenied.csv > /dev/null 2>err.txt
check "a negation sheet without its denied column: exit 2" [ $? = 2 ]
check "... named once, at the first negation row" grep -q "nodenied.csv:2: a negation row, but the header has no 'denied' column" err.txt
check "... not one error per row" [ "$(grep -c "denied" err.txt)" = 1 ]
e2e_done
