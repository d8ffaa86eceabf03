#!/usr/bin/env bash
# lextab validate on a small corpus whose figures are worked out by hand:
# sampling (deterministic, stratified over documents, interviewers left
# out), scoring two coders (precision, recall, F1, Wilson bounds, kappa,
# alpha), a sheet saved as a spreadsheet saves it, a coder column, a
# reconciled sheet, stale sheets, missing keys, malformed marks, and the
# figures in theme_summary, codebook and report.
. "$(dirname "$0")/lib.sh"
require sqlite3 python3
cd "$TMP"

mkdir corpus
cat > corpus/a.txt <<'EOF'
Interviewer: Tell me about the people you work with every day in the hospital, please.
P1: I rely on the ward managers because they deliver what they promise to every team.
P1: We rely on the estates people for the heating and they are quick with the repairs.
P1: The consultants rely on the coders to get the activity counted right every month.
P1: You cannot rely on the weather here in winter so the car park floods most years.
P1: Patients rely on us to be there at night and at weekends when it matters most.
P1: I have confidence in the new finance director who listens before she decides things.
P1: The car park was resurfaced last spring and the new barriers work well enough now.
P1: The canteen opens at seven and closes at three, which suits the early shift well.
EOF
cat > trust.lex <<'EOF'
theme: trust
[rely]
# definition: relying on others' competence and good will
=rely
EOF
$LEXTAB run -q -l trust.lex --db v.db corpus
check "run succeeds" [ $? = 0 ]

# ---------------------------------------------------------------- sample
$LEXTAB validate sample --db v.db --out sheet.csv --seed 7 2>err.txt
check "sample succeeds" [ $? = 0 ]
check "sample names what it wrote" grep -q "5 hit rows (1 categories" err.txt
check "the sheet starts with a UTF-8 BOM" [ "$(head -c 3 sheet.csv | od -An -tx1 | tr -d ' ')" = efbbbf ]
check "header: the issue's columns, a theme column, the sample" \
	grep -q "^.*kind,key,coder,doc_id,speaker,role,category,definition,left,match,right,relevant,note,text,theme:trust,sample" sheet.csv
check "5 hit rows (every hit: fewer than --hits)" [ "$(grep -c '^hit,' sheet.csv)" = 5 ]
check "8 turn rows: P1's turns, not the interviewer's" [ "$(grep -c '^turn,' sheet.csv)" = 8 ]
check "no interviewer row" bash -c "! grep -q 'Tell me about' sheet.csv"
check "hit rows carry the definition" grep -q "relying on others' competence" sheet.csv
check "hit keys from doc, turn, tokens, category" grep -q '^hit,H:a:4:2-3:trust.rely:[0-9a-f]\{8\},' sheet.csv
LH=$(sqlite3 v.db "SELECT value FROM meta WHERE key = 'lexicon_hash'")
check "every row names seed and lexicon" [ "$(grep -c ",seed:7/lexicon:$LH"$'\r$' sheet.csv)" = 13 ]
$LEXTAB validate sample --db v.db --out sheet.csv --seed 7 2>err.txt
check "an existing sheet is not overwritten (exit 2)" [ $? = 2 ]
check "... and says why" grep -q "exists" err.txt
$LEXTAB validate sample --db v.db --out again.csv --seed 7 2>/dev/null
check "the same seed gives the same sheet" cmp -s sheet.csv again.csv
$LEXTAB validate sample --db v.db --out iv.csv --include-interviewer 2>/dev/null
check "--include-interviewer samples the interviewer's turn" grep -q "Tell me about" iv.csv

# ---------------------------------------------------------------- coding
# mark(SHEET, OUT, CODER, DELIM, ENCODING, HITMARKS, TURNMARKS): fill the
# sheet by turn number as a coder would (marks given as turn:value lists)
mark() {
	python3 - "$@" <<'EOF'
import csv, sys
src, out, coder, delim, enc, hm, tm = sys.argv[1:8]
hm = dict(x.split(":") for x in hm.split(",") if x)
tm = dict(x.split(":") for x in tm.split(",") if x)
with open(src, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
h = rows[0]
for r in rows[1:]:
    turn = r[1].split(":")[2]
    if coder != "-":
        r[h.index("coder")] = coder
    if r[0] == "hit" and turn in hm:
        r[h.index("relevant")] = hm[turn]
    if r[0] == "turn" and turn in tm:
        r[h.index("theme:trust")] = tm[turn]
        r[h.index("note")] = "Ren\u00e9e\u2019s note"
with open(out, "w", encoding=enc, newline="") as f:
    csv.writer(f, delimiter={"c": ",", "s": ";", "t": "\t"}[delim],
               lineterminator="\r\n").writerows(rows)
EOF
}
A_HITS=1:1,2:1,3:1,4:0,5:1
B_HITS=1:1,2:1,3:0,4:0,5:1
A_TURNS=1:1,2:1,3:1,4:0,5:1,6:1,7:0,8:0
B_TURNS=1:1,2:1,3:1,4:0,5:1,6:1,7:0,8:1
mark sheet.csv alice.csv - c utf-8-sig $A_HITS $A_TURNS
mark sheet.csv bob.csv - c utf-8-sig $B_HITS $B_TURNS
# bob's sheet as a spreadsheet saves it: ';' delimiter, CRLF, Windows-1252, no BOM
mark sheet.csv bob-excel.csv - s cp1252 $B_HITS $B_TURNS
check "the spreadsheet copy is Windows-1252" grep -q $'Ren\xe9e\x92s' bob-excel.csv

# ---------------------------------------------------------------- score
$LEXTAB validate score --db v.db --out val.csv alice.csv bob.csv > out.txt 2>err.txt
check "score of two coders succeeds (exit 0)" [ $? = 0 ]
# Hand computation (docs/validation.md has the formulas).
# Hits of trust.rely: alice 1 1 1 0 1, bob 1 1 0 0 1. They disagree on turn
# 3, left out; the 4 agreed: 3 relevant, 1 not: precision 3/4 = 0.75,
# Wilson 95% 0.3006-0.9544. kappa: p_o 4/5, p_e 0.8*0.6 + 0.2*0.4 = 0.56,
# (0.8 - 0.56)/0.44 = 0.5455. alpha: n 10 values, n_1 7, n_0 3, one
# disagreeing unit gives 2 off-diagonal pairs: 1 - 9*2/(100 - 49 - 9) = 0.5714.
# Turns, theme trust: lexicon hits in turns 1-5; coders agree on turns 1-7
# (turn 8: alice 0, bob 1, left out). Coded 1: turns 1 2 3 5 6. tp = 1 2 3 5
# = 4, fp = turn 4, fn = turn 6: precision 4/5, recall 4/5, F1 0.8; Wilson
# (4 of 5) 0.3755-0.9638. kappa over 8 turns: p_o 7/8, alice five 1s, bob
# six: p_e = 5/8*6/8 + 3/8*2/8 = 0.5625, (0.875 - 0.5625)/0.4375 = 0.7143.
# alpha: 16 values, n_1 11, n_0 5: 1 - 15*2/(256 - 121 - 25) = 0.7273.
cat > expect.csv <<EOF
level,name,unit,n,tp,fp,fn,precision,precision_low,precision_high,recall,recall_low,recall_high,f1,coders,kappa,alpha,disagreements,seed,lexicon_hash
theme,trust.*,turns,7,4,1,1,0.8000,0.3755,0.9638,0.8000,0.3755,0.9638,0.8000,2,0.7143,0.7273,1,7,$LH
category,trust.rely,hits,4,3,1,,0.7500,0.3006,0.9544,,,,,2,0.5455,0.5714,1,7,$LH
EOF
check "validation.csv holds the hand-computed figures" cmp -s val.csv expect.csv
check "the table is printed" grep -q "0.7500 (0.3006-0.9544)" out.txt
check "disagreements are listed with each coder's mark and line" \
	grep -q "H:a:3:.* relevant: alice=1 (alice.csv:4) bob=0 (bob.csv:4)" out.txt
check "... turn disagreements too" grep -q "T:a:8:.* theme:trust: alice=0 (alice.csv:14) bob=1 (bob.csv:14)" out.txt
check "stored: 2 validation rows" [ "$(sqlite3 v.db 'SELECT COUNT(*) FROM validation')" = 2 ]
check "stored under the lexicon hash and seed" \
	[ "$(sqlite3 v.db "SELECT COUNT(*) FROM validation WHERE lexicon_hash = '$LH' AND seed = 7")" = 2 ]

$LEXTAB validate score --db v.db --out val-excel.csv alice.csv bob-excel.csv > /dev/null 2>err.txt
check "a sheet saved by a spreadsheet (;, CRLF, CP1252) scores (exit 0)" [ $? = 0 ]
check "... the same figures" cmp -s val-excel.csv expect.csv

# Excel's "Unicode Text": UTF-16LE with BOM, tab-separated (read by reader.h)
mark sheet.csv bob-u16.txt - t utf-16 $B_HITS $B_TURNS
check "the Unicode Text copy starts with the UTF-16LE BOM" \
	[ "$(head -c 2 bob-u16.txt | od -An -tx1 | tr -d ' ')" = fffe ]
$LEXTAB validate score --db v.db --out val-u16.csv alice.csv bob-u16.txt > /dev/null 2>err.txt
check "a UTF-16 tab-separated sheet scores (exit 0) with the same figures" cmp -s val-u16.csv expect.csv
$LEXTAB validate score --db v.db --out val-x.csv alice.csv missing.csv > /dev/null 2>err.txt
check "a missing sheet: exit 4 (a file failed)" [ $? = 4 ]
check "... with the reason" grep -q "cannot read coding sheet 'missing.csv': No such file" err.txt

# one sheet with a coder column, tab-separated
mark sheet.csv c-alice.tsv alice t utf-8 $A_HITS $A_TURNS
mark sheet.csv c-bob.tsv bob t utf-8 $B_HITS $B_TURNS
{ cat c-alice.tsv; tail -n +2 c-bob.tsv; } > both.tsv
$LEXTAB validate score --db v.db --out val-both.csv both.tsv > /dev/null 2>&1
check "a coder column in one tab-separated sheet gives the same figures" cmp -s val-both.csv expect.csv

# a reconciled sheet settles the disagreements (alice's marks taken)
$LEXTAB validate score --db v.db --out val-rec.csv --reconciled alice.csv alice.csv bob.csv > out.txt 2>&1
check "with --reconciled: 5 hits, 4 relevant (0.8)" grep -q "^category,trust.rely,hits,5,4,1,,0.8000," val-rec.csv
check "... and no disagreement left out" bash -c "! grep -q Disagreements out.txt"

# ---------------------------------------------------------------- tables
$LEXTAB validate score --db v.db --out val.csv alice.csv bob.csv > /dev/null 2>&1
$LEXTAB tables --db v.db --out tb
check "theme_summary carries precision, interval and n" \
	grep -q "^trust,trust.rely,.*,0.7500,0.3006,0.9544,4,,,,$" tb/theme_summary.csv
check "theme_summary carries the theme's recall" \
	grep -q "^trust,trust.\*,.*,,,,,0.8000,0.3755,0.9638,7$" tb/theme_summary.csv
check "codebook rows of the category carry it too" \
	grep -q "^document_wide,trust_rely_hits,.*,0.7500,0.3006,0.9544,4,,,,$" tb/codebook.csv
$LEXTAB report --db v.db > rep.txt
check "report flags a category below 0.8" grep -q "trust.rely  *0.750 (0.301-0.954)  *4  below" rep.txt
$LEXTAB report --db v.db --min-precision 0.7 > rep.txt
check "... not below --min-precision 0.7" grep -q "trust.rely  *0.750 (0.301-0.954)  *4$" rep.txt

# ---------------------------------------------------------------- problems
sed 's/^hit,H:a:1:/hit,H:gone:1:/' alice.csv > missing.csv
$LEXTAB validate score --db v.db --out m.csv missing.csv > /dev/null 2>err.txt
check "a key no longer in the database: exit 1" [ $? = 1 ]
check "... reported with its line" grep -q "missing.csv:2: key 'H:gone:1:.*' is no longer in the database" err.txt
check "... the other rows scored" grep -q "^category,trust.rely,hits,4,3,1," m.csv

python3 - <<'EOF'
import csv
with open("alice.csv", encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
h = rows[0]
rows[2][h.index("relevant")] = "yes"   # line 3
rows[3][h.index("relevant")] = "2"     # line 4
rows[4][h.index("relevant")] = ""      # line 5
rows[7][h.index("theme:trust")] = "x"  # line 8
with open("bad.csv", "w", encoding="utf-8-sig", newline="") as f:
    csv.writer(f).writerows(rows)
EOF
$LEXTAB validate score --db v.db --out b.csv bad.csv > /dev/null 2>err.txt
check "malformed marks: exit 1" [ $? = 1 ]
check "'yes' listed with its line" grep -q "bad.csv:3: relevant is 'yes' (mark 1 or 0)" err.txt
check "'2' listed with its line" grep -q "bad.csv:4: relevant is '2' (mark 1 or 0)" err.txt
check "empty listed with its line" grep -q "bad.csv:5: relevant is empty (mark 1 or 0)" err.txt
check "a turn mark listed with its line" grep -q "bad.csv:8: column 'theme:trust' is 'x'" err.txt

printf 'a,b\n1,2\n' > notasheet.csv
$LEXTAB validate score --db v.db --out n.csv notasheet.csv > /dev/null 2>err.txt
check "a CSV that is not a coding sheet: exit 2" [ $? = 2 ]
$LEXTAB validate score --db v.db 2>/dev/null
check "score without a sheet: exit 2" [ $? = 2 ]

# a changed lexicon makes the sheet and the stored figures stale
printf '=depend\n' >> trust.lex
$LEXTAB run -q -l trust.lex --db v.db --out tb2 corpus
$LEXTAB validate score --db v.db --out s.csv alice.csv > /dev/null 2>err.txt
check "a stale sheet alone: nothing to score (exit 2)" [ $? = 2 ]
check "... reported as stale" grep -q "alice.csv:2: stale sheet: sampled with lexicon $LH" err.txt
check "tables of the new lexicon carry no old validation" \
	grep -q "^trust,trust.rely,.*,,,,,,,,$" tb2/theme_summary.csv
$LEXTAB report --db v.db > rep.txt
check "report: no category validated" grep -q "No category of these lexicons is validated" rep.txt

# ---------------------------------------------------------------- carry
# The lexicon changed (=depend) but no hit did: a new sample with the same
# seed has the same rows, and --carry gives each alice's marks back.
$LEXTAB validate sample --db v.db --out carried.csv --seed 7 --carry alice.csv 2>err.txt
check "sample --carry succeeds" [ $? = 0 ]
check "... all 13 rows carried, none to code" grep -q "marks carried into 13 of 13 rows; 0 rows to code" err.txt
python3 - alice.csv carried.csv > cmp.txt <<'EOF'
import csv, sys
a, b = ([r[:2] + r[3:-1] for r in csv.reader(open(p, encoding="utf-8-sig", newline=""))] for p in sys.argv[1:])
print("same" if a == b else "differ")
EOF
check "... the carried sheet is alice's but for the coder and sample columns" grep -qx same cmp.txt
check "... the coder named (alice's sheet left it to the file name)" [ "$(grep -c "^[a-z]*,[^,]*,alice," carried.csv)" = 13 ]
check "... which names the new lexicon" grep -q ",seed:7/lexicon:$(sqlite3 v.db "SELECT value FROM meta WHERE key = 'lexicon_hash'")"$'\r$' carried.csv
$LEXTAB validate score --db v.db --out c.csv carried.csv > out.txt 2>err.txt
check "the carried sheet scores (exit 0)" [ $? = 0 ]
# alice: hits 1 1 1 0 1 -> 4 of 5; turns: tp 1 2 3 5, fp 4, fn 6 -> 0.8, 0.8
check "... precision 4 of 5" grep -q "^category,trust.rely,hits,5,4,1,,0.8000," c.csv
check "... turn precision and recall 0.8" grep -q "^theme,trust.\*,turns,8,4,1,1,0.8000,0.3755,0.9638,0.8000," c.csv
# a new document with a new hit: only the new rows are left to code
echo "P2: We depend on the porters at night and at weekends when it matters." > corpus/b.txt
$LEXTAB run -q -l trust.lex --db v.db corpus
$LEXTAB validate sample --db v.db --out carried2.csv --seed 7 --carry alice.csv 2>err.txt
check "new hit and turn rows are left to code" grep -q "marks carried into 13 of 15 rows; 2 rows to code" err.txt
check "... the new hit row is blank" grep -q '^hit,H:b:0:1-2:trust.rely:[0-9a-f]*,,b,P2,' carried2.csv
# two coders' sheets cannot be carried into one sheet
$LEXTAB validate sample --db v.db --out x.csv --seed 7 --carry alice.csv --carry bob.csv 2>err.txt
check "two coders: refused (exit 2)" [ $? = 2 ]
check "... naming both" grep -q "bob.csv:2: coder 'bob', but the marks carried so far are 'alice'" err.txt
check "... and no sheet written" [ ! -e x.csv ]
# one coder's sheets that disagree: those marks are left blank, with a warning
mark sheet.csv one1.csv carol c utf-8-sig $A_HITS $A_TURNS
mark sheet.csv one2.csv carol c utf-8-sig $B_HITS $B_TURNS
$LEXTAB validate sample --db v.db --out carried3.csv --seed 7 --carry one1.csv --carry one2.csv 2>err.txt
check "conflicting marks: sampled (exit 0)" [ $? = 0 ]
check "... each conflict named with both places" [ "$(grep -c "one2.csv:[0-9]*: '[01]' for .* but '[01]' at one1.csv:[0-9]*: left blank" err.txt)" = 2 ]
check "... the hit of turn 3 and turn 8 (its note carried) to code again, with the 2 new rows" \
	grep -q "marks carried into 12 of 15 rows; 4 rows to code" err.txt

# ---------------------------------------------------------------- strata
mkdir strata
{ echo -n "P1:"; for i in $(seq 10); do echo -n " we rely on them."; done; echo; } > strata/b1.txt
{ echo -n "P2:"; for i in $(seq 30); do echo -n " we rely on them."; done; echo; } > strata/b2.txt
$LEXTAB run -q -l trust.lex --db s.db strata
ok_strata=1
for seed in 1 2 3 4 5; do
	$LEXTAB validate sample --db s.db --out st$seed.csv --hits 8 --seed $seed 2>/dev/null
	[ "$(grep -c '^hit,H:b1:' st$seed.csv)" = 2 ] && [ "$(grep -c '^hit,H:b2:' st$seed.csv)" = 6 ] || ok_strata=0
done
check "10 and 30 hits, 8 sampled: 2 and 6, whatever the seed" [ $ok_strata = 1 ]
check "another seed, another sample" bash -c "! cmp -s st1.csv st2.csv"

e2e_done
