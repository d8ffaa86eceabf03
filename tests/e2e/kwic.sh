#!/usr/bin/env bash
# kwic (issue 11, defect 7): lines are right on a small multi-speaker
# document (worked out by hand) and on one giant unlabelled turn with
# 10,000 hits (expected lines built by construction), and kwic on the giant
# turn fits in an address space far smaller than one copy of the turn per
# hit.
. "$(dirname "$0")/lib.sh"
require sqlite3
cd "$TMP"
cat > lex.lex <<'LEX'
theme: t
[trust]
trust
LEX

# ---- a small document: turns, speakers and their attributes, negation
printf 'P1: trust me. I trust you\nP2: no trust here\nP1: fine, trust\n' > a.txt
printf 'doc_id,speaker,role,site\na,P1,Medical Director,North\na,P2,"Clinical Director, surgery",South\n' > meta.csv
$LEXTAB run -q -l lex.lex --meta meta.csv --db a.db --no-tables a.txt
check "small document: run exit 0" [ $? = 0 ]
# window 8 reaches the ends of each turn; "no" just before a hit negates it
# (docs/counting-rules.md section 6); P1's attributes come back after P2's
cat > want.csv <<'CSV'
doc_id,speaker,role,site,turn,line,left,match,right,negated,source,entry
a,P1,Medical Director,North,0,1,,trust,me. I trust you,0,lex.lex:3,trust
a,P1,Medical Director,North,0,1,trust me. I,trust,you,0,lex.lex:3,trust
a,P2,"Clinical Director, surgery",South,1,2,no,trust,here,1,lex.lex:3,trust
a,P1,Medical Director,North,2,3,"fine,",trust,,0,lex.lex:3,trust
CSV
$LEXTAB kwic --db a.db --csv -c t.trust > got.csv
check "small document: every line as worked out by hand" cmp -s want.csv got.csv
$LEXTAB kwic --db a.db --csv -c t.trust -w 1 > got.csv
check "small document, -w 1: one token of context" \
	[ "$(sed -n 3p got.csv)" = "a,P1,Medical Director,North,0,1,I,trust,you,0,lex.lex:3,trust" ]
$LEXTAB kwic --db a.db --csv -c t.trust --role "Clinical Director, surgery" > got.csv
check "small document, --role: only P2's line" \
	[ "$(tail -n +2 got.csv)" = 'a,P2,"Clinical Director, surgery",South,1,2,no,trust,here,1,lex.lex:3,trust' ]

# ---- one turn of about 600 KB with 10,000 hits: group i is
# "ai bi ci di ei fi gi hi ii trust", hit i is the group's 10th token
N=10000
awk -v n=$N 'BEGIN { for (i = 0; i < n; i++)
	printf "%sa%d b%d c%d d%d e%d f%d g%d h%d i%d trust", i ? " " : "", i, i, i, i, i, i, i, i, i
	printf "\n" }' > big.txt
$LEXTAB run -q -l lex.lex --db big.db --no-tables big.txt
check "giant turn: run exit 0" [ $? = 0 ]
check "giant turn: one turn" [ "$(sqlite3 big.db 'SELECT count(*) FROM turns')" = 1 ]

# window 8: the 8 tokens before "trust" are bi..ii, after it a(i+1)..h(i+1)
awk -v n=$N 'BEGIN {
	print "doc_id,speaker,role,turn,line,left,match,right,negated,source,entry"
	for (i = 0; i < n; i++) {
		right = i + 1 < n ? sprintf("a%d b%d c%d d%d e%d f%d g%d h%d", i+1, i+1, i+1, i+1, i+1, i+1, i+1, i+1) : ""
		printf "big,,,0,1,b%d c%d d%d e%d f%d g%d h%d i%d,trust,%s,0,lex.lex:3,trust\n",
			i, i, i, i, i, i, i, i, right
	} }' > want.csv
$LEXTAB kwic --db big.db --csv -c t.trust > got.csv
check "giant turn: exit 0" [ $? = 0 ]
check "giant turn: header and $N lines" [ "$(wc -l < got.csv)" = $((N + 1)) ]
check "giant turn: every line as constructed" cmp -s want.csv got.csv
check "giant turn: hit 5000 by hand" [ "$(sed -n 5002p got.csv)" = \
	"big,,,0,1,b5000 c5000 d5000 e5000 f5000 g5000 h5000 i5000,trust,a5001 b5001 c5001 d5001 e5001 f5001 g5001 h5001,0,lex.lex:3,trust" ]
check "giant turn: last hit has no right context" [ "$(tail -n 1 got.csv)" = \
	"big,,,0,1,b9999 c9999 d9999 e9999 f9999 g9999 h9999 i9999,trust,,0,lex.lex:3,trust" ]

# window 12 reaches into the previous group (h, i and its trust)
$LEXTAB kwic --db big.db --csv -c t.trust -w 12 > got12.csv
check "giant turn, -w 12: first hit" [ "$(sed -n 2p got12.csv)" = \
	"big,,,0,1,a0 b0 c0 d0 e0 f0 g0 h0 i0,trust,a1 b1 c1 d1 e1 f1 g1 h1 i1 trust a2 b2,0,lex.lex:3,trust" ]
check "giant turn, -w 12: hit 7" [ "$(sed -n 9p got12.csv)" = \
	"big,,,0,1,h6 i6 trust a7 b7 c7 d7 e7 f7 g7 h7 i7,trust,a8 b8 c8 d8 e8 f8 g8 h8 i8 trust a9 b9,0,lex.lex:3,trust" ]

$LEXTAB kwic --db big.db --csv -c t.trust -n 3 > got.csv
check "giant turn, --limit 3: the first 3 lines" cmp -s got.csv <(head -n 4 want.csv)

$LEXTAB kwic --db big.db --csv -c t.trust --sample 5 --seed 7 > s1.csv
$LEXTAB kwic --db big.db --csv -c t.trust --sample 5 --seed 7 > s2.csv
check "giant turn, --sample 5: header and 5 lines" [ "$(wc -l < s1.csv)" = 6 ]
check "giant turn, --sample 5: same seed, same lines" cmp -s s1.csv s2.csv
# each sampled line is one of the hits, and they come in hit order
pos=$(tail -n +2 s1.csv | while IFS= read -r l; do grep -n -x -F -- "$l" want.csv | cut -d: -f1; done)
check "giant turn, --sample 5: real hits, in order, no repeats" \
	[ "$(printf '%s\n' $pos | wc -l)" = 5 -a "$(printf '%s\n' $pos | sort -n -u | tr '\n' ' ')" = "$(printf '%s\n' $pos | tr '\n' ' ')" ]

# Memory: one copy of the 600 KB turn per hit would be 6 GB; streaming
# needs the turn and its tokens once. 100 MB of address space leaves
# room for the libraries (sanitizers and valgrind reserve far more).
case "$BUILD" in
*san*) skip "kwic memory bound: not under a sanitizer build (ulimit -v)" ;;
*)
	if [ -n "${LEXTAB_WRAP:-}" ]; then
		skip "kwic memory bound: not under valgrind (ulimit -v)"
	else
		( ulimit -v 100000; exec "$LEXTAB_BIN" kwic --db big.db --csv -c t.trust ) > got.csv 2> err.txt
		check "giant turn under ulimit -v 100000: exit 0" [ $? = 0 ]
		check "giant turn under ulimit -v 100000: same lines" cmp -s want.csv got.csv
	fi ;;
esac
e2e_done
