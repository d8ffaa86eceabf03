#!/usr/bin/env bash
# The Stata/SPSS files and the starter analyses (issue 16, docs/tables.md):
# every .dta and .sav of the demo read back by R haven, pandas and PSPP
# equals its CSV; the files are byte-identical whatever the thread count;
# every column name of every table is one Stata, SPSS, R and SAS accept,
# also with long category names; contrib/analysis's R, Python and PSPP
# scripts run and give the same rate ratio.
# A missing client is a counted skip locally and a failure when CI=true.
. "$(dirname "$0")/lib.sh"
CORPUS="$ROOT/corpora/nhs"
META="$ROOT/corpora/nhs-metadata.csv"
AN="$ROOT/contrib/analysis"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
# pymod WHAT MODULE...: the Python modules import; else a skip (failure in CI)
pymod() {
	local what=$1 m; shift
	for m in "$@"; do
		$PY -c "import $m" 2>/dev/null || { need "$what" "python3:$m"; return 1; }
	done
}
cd "$TMP"

$LEXTAB run -q --threads 1 --meta "$META" --db one.db --out t1 --format dta --format sav \
	--turn-table "$CORPUS"
check "run --format dta --format sav --turn-table succeeds" [ $? = 0 ]
for t in speaker_category role_category document_wide turn_category; do
	check "$t.dta and $t.sav written" [ -s "t1/$t.dta" -a -s "t1/$t.sav" ]
done
$LEXTAB run -q --threads 2 --meta "$META" --db two.db --out t2 --format dta --format sav \
	--turn-table "$CORPUS"
check "1 and 2 threads give byte-identical .csv, .dta and .sav files" same_tables t1 t2
$LEXTAB tables --db one.db --out again --format sav --format dta --turn-table
check "lextab tables reproduces the run's files byte for byte" same_tables t1 again
$LEXTAB tables --db one.db --out both --format csv --format tsv 2>err.txt
check "csv and tsv together are a usage error (exit 2)" [ $? = 2 ]
$LEXTAB tables --db one.db --out bad --format xlsx 2>err.txt
check "an unknown --format is a usage error" [ $? = 2 ] && grep -q "'xlsx' is not csv, tsv, dta or sav" err.txt

# document_wide carries the attributes (by hand from corpora/nhs-metadata.csv:
# int02-md's respondent is a Medical Director, physician; the focus group
# mixes physicians and non-physicians, so its group is missing there and
# listed in document_attributes)
row() { awk -F, -v id="$2" 'NR==1{for(i=1;i<=NF;i++)c[$i]=i} $1==id{print $c["role"] "|" $c["group"]}' "$1"; }
check "document_wide: int02-md role and group" [ "$(row t1/document_wide.csv int02-md)" = "Medical Director|physician" ]
check "document_wide: the focus group's group is empty (several values)" [ "$(row t1/document_wide.csv focus-group-1)" = "|" ]
check "document_attributes lists the focus group's 2 physicians and 2 non-physicians" \
	[ "$(grep -c '^focus-group-1,group,\(non-\)\?physician,2,' t1/document_attributes.csv)" = 2 ]

# affirmed = hits - negated, rates from tokens (speaker_category, any row)
$PY - t1 <<'PY'
import csv, sys
bad = 0
for r in csv.DictReader(open(sys.argv[1] + "/speaker_category.csv", encoding="utf-8")):
    h, n, a, t = int(r["hits"]), int(r["negated"]), int(r["affirmed"]), int(r["tokens"])
    bad += a != h - n
    want = "" if t == 0 else "%.4f" % (1000.0 * a / t)
    bad += r["affirmed_rate_per_1000"] != want
sys.exit(bad != 0)
PY
check "speaker_category: affirmed = hits - negated, affirmed_rate = 1000 * affirmed / tokens" [ $? = 0 ]
# turn_category adds up to speaker_category
$PY - t1 <<'PY'
import csv, sys, collections
s = collections.Counter(); tok = collections.Counter()
for r in csv.DictReader(open(sys.argv[1] + "/turn_category.csv", encoding="utf-8")):
    k = (r["doc_id"], r["speaker"], r["category"])
    s[k + ("h",)] += int(r["hits"]); s[k + ("a",)] += int(r["affirmed"]); tok[k] += int(r["tokens"])
bad = 0
for r in csv.DictReader(open(sys.argv[1] + "/speaker_category.csv", encoding="utf-8")):
    k = (r["doc_id"], r["speaker"], r["category"])
    bad += s[k + ("h",)] != int(r["hits"]) or s[k + ("a",)] != int(r["affirmed"]) or tok[k] != int(r["tokens"])
sys.exit(bad != 0)
PY
check "turn_category's hits, affirmed and tokens add up to speaker_category's" [ $? = 0 ]

# names: every column of every table, the demo's and with long category names
cat > long.lex <<'LEX'
theme: organisational_trust_and_distrust
[confidence in the management team's competence and good faith]
trust
[confidence in the management team's competence and honesty]
confidence
[Confidence-In-The-Management-Team's competence and good faith]
faith
[with]
with
LEX
$LEXTAB run -q -l long.lex --meta "$META" --db long.db --out tl --format dta --turn-table "$CORPUS"
check "a lexicon with long category names codes the demo" [ $? = 0 ]
names_ok() {
	$PY - "$1" <<'PY'
import csv, os, re, sys
d = sys.argv[1]; bad = 0
reserved = {"if", "in", "with", "by", "to", "all", "and", "or", "not", "eq", "ne", "lt", "le",
            "gt", "ge", "na", "null", "true", "false", "for", "while", "function", "else",
            "repeat", "next", "break", "inf", "nan", "byte", "int", "long", "float", "double",
            "using", "strl"}
for f in sorted(os.listdir(d)):
    if not f.endswith(".csv"):
        continue
    cols = next(csv.reader(open(os.path.join(d, f), encoding="utf-8")))
    for c in cols:
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,31}", c) or c.endswith("_") or c.lower() in reserved:
            print("# bad name", f, c); bad += 1
    if len({c.lower() for c in cols}) != len(cols):
        print("# names repeat (ignoring case) in", f); bad += 1
cb = list(csv.DictReader(open(os.path.join(d, "codebook.csv"), encoding="utf-8")))
for r in cb:
    if r["table"] == "document_wide" and r["column"].endswith(("_hits", "_aff", "_pct")):
        bad += not r["category"] or not r["label"].startswith(r["category"][:60])
        bad += len(r["label"].encode()) > 80
sys.exit(bad != 0)
PY
}
check "every column name of the demo's tables is valid in Stata, SPSS, R and SAS" names_ok t1
check "... and with long category names (cut, hashed, unique; codebook maps them)" names_ok tl
# the rule by hand: "organisational_trust_and_distrust.confidence in the ..." is cut
# to 22 bytes + _ + 4 hex digits of a hash of the full name, + _hits: 32
# bytes; the four categories (all longer than 27 with their theme) stay
# apart by their hashes; the theme row: 18 bytes + hash + _all_hits
check "... a long name is cut to 22 bytes + _ + 4 hex digits + _hits" \
	[ "$(head -1 tl/document_wide.csv | tr , '\n' | grep -cE '^organisational_trust_a_[0-9a-f]{4}_hits$')" = 4 ]
check "... and the theme row's too" grep -qE ',organisational_tru_[0-9a-f]{4}_all_hits,' tl/document_wide.csv

# real clients read the files back and find the CSV's content
if need "R haven reads the files" R:haven; then
	Rscript "$ROOT/tests/e2e/check_stat_files.R" t1 > r.txt 2>&1
	check "R haven reads every .dta and .sav with the CSV's content" [ $? = 0 ] || grep -v '^ok' r.txt
fi
if need "PSPP reads the .sav files" pspp && pymod "pandas reads the .dta files" pandas; then
	$PY "$ROOT/tests/e2e/check_stat_files.py" t1 > py.txt 2>&1
	check "pandas reads every .dta and PSPP every .sav with the CSV's content" [ $? = 0 ] || grep -v '^ok' py.txt
fi

# the starter analyses: the same Poisson rate ratio and interval everywhere
rr() { grep "^poisson rate_ratio" "$1" | awk '{printf "%.4f %.4f %.4f", $3, $5, $7}'; }
if need "the R starter analysis" R:MASS R:sandwich; then
	Rscript "$AN/rate_ratio.R" t1 trust > r1.txt 2>r1.err
	check "rate_ratio.R runs (Poisson and negative binomial)" [ $? = 0 ] && grep -q '^negbin rate_ratio' r1.txt
	# the speakers without a group or tokens, counted from the CSV
	unusable=$($PY - t1/speaker_category.csv <<'PY'
import csv, sys
print(sum(1 for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))
          if r["category"] == "trust.*" and r["role"] != "interviewer"
          and (r["group"] == "" or r["tokens"] == "0")))
PY
)
	if [ "$unusable" = 0 ]; then
		check "... and leaves nobody out (every speaker has a group)" [ ! -s r1.err ]
	else
		check "... and lists the $unusable speaker(s) it cannot use" grep -q "left out: $unusable speaker(s)" r1.err
	fi
	check "... using $(awk '/^poisson/{print $9}' r1.txt) speakers, all but the $unusable unusable" \
		[ "$(awk '/^poisson/{print $9}' r1.txt)" = "$(($($PY -c "import csv,sys; print(sum(1 for r in csv.DictReader(open('t1/speaker_category.csv', encoding='utf-8')) if r['category'] == 'trust.*' and r['role'] != 'interviewer'))") - unusable))" ]
	LEXTAB_PLAIN_FIT=1 Rscript "$AN/rate_ratio.R" t1 trust > r2.txt 2>/dev/null
	check "... the hand-computed cluster-robust SEs equal sandwich::vcovCL's" [ "$(rr r1.txt)" = "$(rr r2.txt)" -a -n "$(rr r1.txt)" ]
fi
if pymod "the Python starter analysis" pandas statsmodels numpy; then
	$PY "$AN/rate_ratio.py" t1 trust > p1.txt 2>/dev/null
	check "rate_ratio.py runs (statsmodels)" [ $? = 0 ]
	LEXTAB_PLAIN_FIT=1 $PY "$AN/rate_ratio.py" t1 trust > p2.txt 2>/dev/null
	check "... its plain IRLS fit gives the same rate ratio and interval" [ "$(rr p1.txt)" = "$(rr p2.txt)" -a -n "$(rr p1.txt)" ]
	[ -s r1.txt ] && check "R and Python give the same rate ratio and interval to 4 decimals ($(rr r1.txt))" \
		[ "$(rr r1.txt)" = "$(rr p1.txt)" ]
fi
if need "the PSPP starter analysis" pspp; then
	(cd t1 && pspp -o ../sps.txt "$AN/rate_ratio.sps" >/dev/null 2>&1)
	check "rate_ratio.sps runs in PSPP on the .sav" [ $? = 0 ]
	want=$(awk '/^poisson rate_ratio/{printf "%.4f", $3}' p1.txt r1.txt 2>/dev/null | head -c 6)
	got=$(awk '/poisson rate_ratio/{printf "%.4f", $3}' sps.txt)
	check "... and prints the same rate ratio as R and Python ($got)" [ -n "$got" -a "$got" = "$want" ]
fi

e2e_done
