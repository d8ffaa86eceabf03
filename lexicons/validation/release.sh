#!/usr/bin/env bash
# Redraw every released validation sheet on the released lexicons and carry
# the coders' marks onto it (issue 15). A sheet names the lexicon hash it
# was drawn from; after any change to a lexicon file, run this: the same
# seeds draw the same rows wherever the categories' hits did not change,
# and `validate sample --carry` copies each coder's marks by row key and
# says how many rows are left to code (it must be 0 for a release).
#
#   lexicons/validation/release.sh [DB]
#
# DB: a database from lexicons/validation/run-inquiry.sh with these
# lexicons (default: runs it into /tmp/lextab-release). Writes, per sample,
# into lexicons/validation/release/: NAME.csv (first coder), NAME-coder2.csv
# (the blind second coder, where there is one), NAME-reconciled.csv (the
# settled disagreements) and NAME-score.txt (`validate score` of them all:
# precision and recall on agreed and settled marks, kappa and alpha).
set -eu
cd "$(dirname "$0")"
V=$PWD
LEXTAB=${LEXTAB:-$V/../../build/lextab}
DB=${1:-}
if [ -z "$DB" ]; then
	"$V/run-inquiry.sh" /tmp/lextab-release > /dev/null
	DB=/tmp/lextab-release/inquiry.db
fi
R=$V/release
mkdir -p "$R"
todo=0

# carry NAME SHEET OUT SAMPLE-OPTIONS...: draw, carry SHEET's marks into OUT
carry() {
	local name=$1 from=$2 out=$3
	shift 3
	local msg
	msg=$("$LEXTAB" validate sample --db "$DB" --out "$out" "$@" --carry "$from" 2>&1 | tail -n 1)
	echo "$name <- ${from#"$V"/}: $msg"
	case $msg in *" 0 rows to code"*) ;; *) todo=1 ;; esac
}

# keep_marked FILE: drop the rows a partial sheet (reconciled) has no mark for
keep_marked() {
	python3 - "$1" <<'EOF'
import csv, io, sys
p = sys.argv[1]
raw = open(p, encoding="utf-8-sig", newline="").read()
rows = list(csv.reader(io.StringIO(raw)))
h = rows[0]
marks = [i for i, c in enumerate(h) if c == "relevant" or c.startswith("theme:")]
kind = h.index("kind")
out = io.StringIO()
w = csv.writer(out, lineterminator="\r\n")
w.writerow(h)
for r in rows[1:]:
    col = marks[0] if r[kind] == "hit" else marks[-1]
    if r[col].strip():
        w.writerow(r)
open(p, "w", encoding="utf-8-sig", newline="").write(out.getvalue())
EOF
}

# sample NAME C1 C2 REC OPTIONS...: one released sample (C2, REC may be -)
sample() {
	local name=$1 c1=$2 c2=$3 rec=$4
	shift 4
	local sheets=("$R/$name.csv") recopt=()
	carry "$name" "$V/$c1" "$R/$name.csv.new" "$@"
	if [ "$c2" != - ]; then
		carry "$name-coder2" "$V/$c2" "$R/$name-coder2.csv.new" "$@"
		sheets+=("$R/$name-coder2.csv")
	fi
	if [ "$rec" != - ]; then
		"$LEXTAB" validate sample --db "$DB" --out "$R/$name-reconciled.csv.new" "$@" \
			--carry "$V/$rec" > /dev/null 2>&1
		keep_marked "$R/$name-reconciled.csv.new"
		recopt=(--reconciled "$R/$name-reconciled.csv")
	fi
	for f in "$R/$name"*.csv.new; do mv "$f" "${f%.new}"; done
	"$LEXTAB" validate score --db "$DB" --out /dev/null "${recopt[@]}" "${sheets[@]}" \
		> "$R/$name-score.txt" 2>&1
}

H=(--hits 40 --turns 0)
T=(--hits 0 --turns 100)
for th in trust roles resolution; do
	case $th in
	trust) hs=2426 ts=2327 ;;
	roles) hs=2226 ts=2227 ;;
	resolution) hs=2026 ts=2027 ;;
	esac
	sample "$th-hits" "release/$th-hits.csv" "coder2/$th-hits-coder2.csv" \
		"reconciled/$th-hits-reconciled.csv" "${H[@]}" --seed "$hs" -c "$th.*"
	sample "$th-turns" "release/$th-turns.csv" "coder2/$th-turns-coder2.csv" \
		"reconciled/$th-turns-reconciled.csv" "${T[@]}" --seed "$ts" -c "$th.*"
done
sample tension-hits-3126 release/tension-hits-3126.csv coder2/tension-hits-3126-coder2.csv \
	reconciled/tension-hits-3126-reconciled.csv "${H[@]}" --seed 3126 \
	-c tension.friction_frustration -c tension.blame
sample tension-hits-3128 release/tension-hits-3128.csv coder2/tension-hits-3128-coder2.csv \
	reconciled/tension-hits-3128-reconciled.csv "${H[@]}" --seed 3128 \
	-c tension.conflict_disagreement -c tension.resource_financial_pressure
sample tension-hits-5127 tension4-final-hits-5127.csv coder2/tension4-final-hits-5127-coder2.csv - \
	--hits 100 --turns 0 --seed 5127 -c tension.targets_vs_clinical_priorities
sample tension-turns release/tension-turns.csv coder2/tension-turns-coder2.csv \
	reconciled/tension-turns-reconciled.csv "${T[@]}" --seed 3130 -c 'tension.*'
if [ "$todo" = 1 ]; then
	echo "release.sh: some rows have no carried mark: code them before a release" >&2
	exit 1
fi
echo "release.sh: every row carried; scores in ${R#"$V"/}/*-score.txt"
