#!/usr/bin/env bash
# Dictionary formats (issue 14, docs/dictionary-formats.md): a small
# dictionary in each format, written here, is read directly by --lexicons
# and converted by `lextab lexicon import`; both give the hand-worked
# counts below on one small transcript. Then, when ../shared/corpora is
# present, each real public dictionary loads and imports with the number
# of categories counted by hand from the file and the expected warnings
# (a skip is counted and printed when the folder is missing).
. "$(dirname "$0")/lib.sh"
cd "$TMP"
mkdir t
# tokens per clause (lextab's rules): L1 i trust them and we rely on each
# other | L2 they argue and fight | a real dispute | faith helps |
# L3 trusting is hard | i fought back
printf '%s\n' 'P01: I trust them and we rely on each other.' \
	'P02: They argue and fight, a real dispute. Faith helps.' \
	'P01: Trusting is hard; I fought back.' > t/a.txt

# counts DB: "category speaker hits" per line, categories only (no THEME.* rows)
counts() {
	sqlite3 -separator ' ' "$1" "SELECT c.name, s.label, k.hits FROM counts k
		JOIN categories c USING (category_id) JOIN speakers s USING (doc_pk, speaker)
		WHERE NOT c.is_theme_row ORDER BY c.name, s.label" | tr '\n' ';'
}
# one DICT EXPECTED: run directly, import, run the .lex; both counts = EXPECTED
one() {
	local dict=$1 want=$2 base
	base=$(basename "$dict")
	$LEXTAB run -q -l "$dict" --db "$base.db" --out "$base.t" t 2>"$base.err"
	check "$base: read by --lexicons (exit 0)" [ $? = 0 ]
	local got; got=$(counts "$base.db")
	check "$base: counts as worked by hand" [ "$got" = "$want" ]
	[ "$got" = "$want" ] || echo "#   got:  $got"$'\n'"#   want: $want"
	$LEXTAB lexicon import "$dict" -o "$base.lex" 2>"$base.imp.err"
	check "$base: lexicon import (exit 0)" [ $? = 0 ]
	$LEXTAB run -q -l "$base.lex" --db "$base.lex.db" --out "$base.lex.t" t 2>/dev/null
	check "$base: the imported .lex counts the same" [ "$(counts "$base.lex.db")" = "$want" ]
}

# quanteda YAML: trust* matches trust and trusting (P01), "rely on" P01;
# conflict.open: argue, fight (P02; fought is not fight); named: dispute
printf '%s\n' 'trust:' '  - trust*' '  - rely on' 'conflict:' '  open: [argu*, fight]' \
	'  named: [dispute]' 'faith: faith' > dq.yml
one dq.yml "dq.conflict.named P02 1;dq.conflict.open P02 2;dq.faith P02 1;dq.trust P01 3;"

# WordStat .cat: the same dictionary as an outline (RELY_ON is a phrase)
printf 'TRUST\r\n\tTRUST* (1)\r\n\tRELY_ON (1)\r\nCONFLICT\r\n\tOPEN\r\n\t\tARGU* (1)\r\n\t\tFIGHT (1)\r\n\tNAMED\r\n\t\tDISPUTE (1)\r\nFAITH\r\n\tFAITH (2)\r\n' > dw.cat
one dw.cat "dw.conflict.named P02 1;dw.conflict.open P02 2;dw.faith P02 1;dw.trust P01 3;"
check "dw.cat: FAITH (2) is a weight, kept in the .lex comment" grep -q $'^=FAITH\t# weight 2$' dw.cat.lex

# Empath TSV: trust = trust, trusting (P01 2); conflict = argue fight
# dispute (P02 3) and fought (P01 1); faith (P02 1)
printf 'trust\ttrust\ttrusting\nconflict\targue\tfight\tdispute\tfought\nfaith\tfaith\n' > de.tsv
one de.tsv "de.conflict P01 1;de.conflict P02 3;de.faith P02 1;de.trust P01 2;"

# General Inquirer: TRUST#2 has no category (skipped); FIGHT's senses
# differ (Negativ+Hostile vs Hostile): the word counts for both.
# positiv: trust P01, faith P02; negativ: argue fight P02, hard P01; hostile: argue fight
printf 'Entry,Source,Positiv,Negativ,Hostile\r\nTRUST#1,H4,Positiv,,\r\nTRUST#2,H4,,,\r\nARGUE,H4,,Negativ,Hostile\r\nFIGHT#1,H4,,Negativ,Hostile\r\nFIGHT#2,H4,,,Hostile\r\nFAITH,H4,Positiv,,\r\nHARD,H4,,Negativ,\r\n' > dg.csv
one dg.csv "dg.hostile P02 2;dg.negativ P01 1;dg.negativ P02 2;dg.positiv P01 1;dg.positiv P02 1;"
check "dg.csv: the skipped entry is reported at its line" \
	grep -q 'warning: dg.csv:3: 1 entry with no category marked skipped (first here)' dg.csv.imp.err
check "dg.csv: the sense conflict is reported at FIGHT's first line" \
	grep -q "warning: dg.csv:5: 1 word (first: 'FIGHT', here) has senses in different categories" dg.csv.imp.err

# LIWC-22 .dicx with weights: counts are hits, whatever the weights
printf 'DicTerm,trust,conflict\ntrust*,2,\nrely on,1.5,\nargu*,,X\nfight,,0.5\n' > dx.dicx
one dx.dicx "dx.conflict P02 2;dx.trust P01 3;"

# all five in one folder: every extension is picked up
mkdir all && cp dq.yml dw.cat de.tsv dg.csv dx.dicx all/
$LEXTAB run -q -l all --db all.db --out all.t t 2>/dev/null
check "a folder of dictionaries loads all five themes" \
	[ "$(sqlite3 all.db "SELECT COUNT(*) FROM categories WHERE is_theme_row")" = 5 ]

# ------------------------------------------------------------ real files
# ../shared/corpora beside the project (from a worktree in wt/, ../../shared)
L=${LEXTAB_CORPORA:-$ROOT/../shared/corpora}/lexicons
[ -d "$L" ] || L=$ROOT/../../shared/corpora/lexicons
if ! need "18 checks on the real dictionaries (../shared/corpora/lexicons)" "$L/yaml"; then
	e2e_done
	exit $?
fi
# real FILE N_CATEGORIES: loads, N categories (counted by hand, see the
# notes), and the import has N sections
real() {
	local f=$L/$1 n=$2 b; b=$(basename "$1")
	$LEXTAB lexicon list "$f" >"$b.list" 2>"$b.err"
	local got=$(($(wc -l <"$b.list") - 1))
	check "$1: loads with $n categories (got $got)" [ "$got" = "$n" ]
	$LEXTAB lexicon import "$f" -o "$b.lex" 2>"$b.imp"
	check "$1: import writes $n sections" [ "$(grep -c '^\[' "$b.lex")" = "$n" ]
}
# english.yml: one category per key holding a list ('XX': [...]), 241 lines
real yaml/english.yml 241
# Laver-Garry: 26 outline nodes (lines without a weight), of which ECONOMY,
# ENVIRONMENT, GROUPS, INSTITUTIONS, LAW_AND_ORDER, VALUES hold only
# sub-categories: 20 categories
real wordstat-cat/Laver_and_Garry_2000.cat 20
# RID: 52 lines without a weight; TEST5 is a term (nothing below it);
# PRIMARY NEED SENSATION DEFENSIVE_SYMBOL REGR_KNOL ICARIAN_IM SECONDARY
# EMOTIONS are groups: 51 - 8 = 43
real wordstat-cat/RID.CAT 43
check "RID.CAT: PENITEN*(CIARY is reported as not convertible" \
	grep -q "RID.CAT:2329: term 'PENITEN\*(CIARY' not converted" RID.CAT.imp
# RID's 3,150 weights are all (1): an unweighted dictionary, so no
# weighted columns (docs/dictionary-formats.md "Weights")
$LEXTAB run -q -l "$L/wordstat-cat/RID.CAT" --db rid.db --out rid.t t 2>/dev/null
no_weighted() { [ -s "$1" ] && ! grep -q weighted "$1"; }
check "RID.CAT: weights all 1, so no weighted_score column" no_weighted rid.t/role_category.csv
check "RID.CAT: ... and no entry stores a weight other than 1" \
	[ "$(sqlite3 rid.db 'SELECT count(*) FROM entries WHERE weight <> 1')" = 0 ]
# Empath: 194 rows, one category each
real empath/categories.tsv 194
# General Inquirer: 184 header columns - Entry - Source = 182
real general-inquirer/inquireraugmented.csv 182
check "GI: senses in different categories are reported" \
	grep -q "1410 words (first: 'ABOUT', here) have senses in different categories" \
	inquireraugmented.csv.imp
# MFD: 11 numbered header lines; MFD 2.0: 10
real liwc-dic/moral_foundations_dictionary.dic 11
real liwc-dic/mfd2.0.dic 10
e2e_done
