#!/usr/bin/env bash
# Dictionary weights (issue 14, docs/dictionary-formats.md "Weights"): a
# LIWC-22 .dicx with numeric cells and a WordStat .cat with "(2)" give each
# count row a weighted_score (the sum of the credited entries' weights, 1
# for an unweighted entry), and the tables weighted_score and
# weighted_rate_per_1000 columns, all worked out by hand below. Weighted
# tables are the same from one run, from shards merged, and after an
# incremental run; a weight change re-matches; a dictionary whose weights
# are all 1 gives the unweighted tables; a schema version 1 database is
# upgraded in place by a run.
. "$(dirname "$0")/lib.sh"
require sqlite3
cd "$TMP"
mkdir t
# tokens: a/P01: "i trust them and we rely on each other" (9) + "trusting is
# hard i fought back" (6) = 15; a/P02: "they argue and fight a real dispute
# faith helps" = 9; b/P03: "we cannot trust the board they fight and fight"
# = 9; b/P04: "rely on me i argue less" = 6. 39 tokens in all.
printf '%s\n' 'P01: I trust them and we rely on each other.' \
	'P02: They argue and fight, a real dispute. Faith helps.' \
	'P01: Trusting is hard; I fought back.' > t/a.txt
printf '%s\n' 'P03: We cannot trust the board. They fight and fight.' \
	'P04: Rely on me; I argue less.' > t/b.txt
# weights: trust* 2, "rely on" 1.5, argu* X (1), fight 0.5 (whole word:
# "fought" is not it), dispute -1
printf 'DicTerm,trust,conflict\r\ntrust*,2,\r\nrely on,1.5,\r\nargu*,,X\r\nfight,,0.5\r\ndispute,,-1\r\n' > dx.dicx

# rows DB: "doc speaker category hits weighted_score;" for every count row
rows() {
	sqlite3 -separator ' ' "$1" "SELECT d.doc_id, s.label, c.name, k.hits, printf('%.4f',
		k.weighted_score) FROM counts k JOIN categories c USING (category_id)
		JOIN speakers s USING (doc_pk, speaker) JOIN documents d USING (doc_pk)
		ORDER BY d.doc_id, s.label, c.name" | tr '\n' ';'
}
row() { grep -F -x -- "$2" "$1" >/dev/null || { echo "# no row '$2' in $1"; return 1; }; }

$LEXTAB run -q -l dx.dicx --db x.db --out tx t
check "a weighted .dicx runs (exit 0)" [ $? = 0 ]
# a/P01 trust: trust 2 + rely on 1.5 + trusting 2 = 5.5 (3 hits); a/P02
# conflict: argue 1 + fight 0.5 + dispute -1 = 0.5 (3 hits); b/P03 trust:
# trust 2 (negated, still weighed); conflict: fight 0.5 twice = 1; b/P04:
# rely on 1.5, argue 1. dx.* (theme rows): no token in two categories, so
# the sum of the two.
want="a P01 dx.* 3 5.5000;a P01 dx.trust 3 5.5000;a P02 dx.* 3 0.5000;a P02 dx.conflict 3 0.5000;"
want+="b P03 dx.* 3 3.0000;b P03 dx.conflict 2 1.0000;b P03 dx.trust 1 2.0000;"
want+="b P04 dx.* 2 2.5000;b P04 dx.conflict 1 1.0000;b P04 dx.trust 1 1.5000;"
got=$(rows x.db)
check "counts.weighted_score as worked by hand" [ "$got" = "$want" ]
[ "$got" = "$want" ] || echo "#   got:  $got"$'\n'"#   want: $want"
check "entries.weight holds the cells (NULL never: every cell of a weighted file has one)" \
	[ "$(sqlite3 x.db "SELECT group_concat(weight, ' ') FROM (SELECT weight FROM entries ORDER BY entry_id)")" = "2.0 1.5 1.0 0.5 -1.0" ]

S=tx/speaker_category.csv
check "speaker_category: the weighted columns follow affirmed_rate_per_1000" \
	[ "$(head -n 1 $S)" = "doc_id,speaker,role,theme,category,tokens,hits,matched_tokens,negated,affirmed,rate_per_1000,affirmed_rate_per_1000,weighted_score,weighted_rate_per_1000" ]
# 1000 * 0.5 / 9 = 55.5556; 1000 * 2 / 9 = 222.2222
check "speaker_category: a/P02 conflict 0.5 over 9 tokens" row $S "a,P02,,dx,dx.conflict,9,3,3,0,3,333.3333,333.3333,0.5000,55.5556"
check "speaker_category: b/P03 trust, negated, still weighs 2" row $S "b,P03,,dx,dx.trust,9,1,1,1,0,111.1111,0.0000,2.0000,222.2222"
check "speaker_category: a zero row" row $S "a,P02,,dx,dx.trust,9,0,0,0,0,0.0000,0.0000,0.0000,0.0000"
R=tx/role_category.csv
# role "": 39 tokens, 5 turns; trust 5 hits covering 7 tokens (two "rely
# on"), 5.5 + 2 + 1.5 = 9 -> 230.7692;
# conflict 6 hits, 0.5 + 1 + 1 = 2.5 -> 64.1026; dx.* 11 hits, 11.5 -> 294.8718
check "role_category: trust 9 over 39 tokens" row $R "role,,dx,dx.trust,2,4,5,39,5,7,1,4,128.2051,102.5641,9.0000,230.7692,4,0.8000,2"
check "role_category: conflict 2.5" row $R "role,,dx,dx.conflict,2,4,5,39,6,6,0,6,153.8462,153.8462,2.5000,64.1026,3,0.6000,2"
check "role_category: theme row 11.5" row $R "role,,dx,dx.*,2,4,5,39,11,13,1,10,282.0513,256.4103,11.5000,294.8718,5,1.0000,2"
W=tx/document_wide.csv
check "document_wide: a CATEGORY_wsum column per category" \
	[ "$(head -n 1 $W)" = "doc_id,role,speakers,turns,tokens,dx_all_hits,dx_all_aff,dx_all_pct,dx_all_wsum,dx_conflict_hits,dx_conflict_aff,dx_conflict_pct,dx_conflict_wsum,dx_trust_hits,dx_trust_aff,dx_trust_pct,dx_trust_wsum" ]
# b: 2 turns, 15 tokens; dx.* 5 hits (6 tokens: 2 phrases), conflict 3 (2.0), trust 2 (3.5)
check "document_wide: b's weighted sums" row $W "b,,2,2,15,5,4,40.0000,5.5000,3,3,20.0000,2.0000,2,1,20.0000,3.5000"
T=tx/theme_summary.csv
check "theme_summary: trust 9 over the corpus's 39 tokens" \
	grep -q '^dx,dx.trust,5,7,1,4,2,3,39,128.2051,102.5641,9.0000,230.7692,' $T
check "codebook: weighted_score described for the four tables" \
	[ "$(grep -c -E '^(speaker_category|role_category|theme_summary),weighted_(score|rate_per_1000),decimal,' tx/codebook.csv)" = 6 ]
check "codebook: document_wide's dx_trust_wsum" grep -q '^document_wide,dx_trust_wsum,decimal,' tx/codebook.csv

# shards merged: the same tables, byte for byte (weighted sums included)
cp t/a.txt t/c.txt; cp t/b.txt t/d.txt; cp t/a.txt t/e.txt
$LEXTAB run -q -l dx.dicx --db full.db --out tfull t
for k in 1 2 3; do
	$LEXTAB run -q -l dx.dicx --shard $k/3 --db s$k.db --no-tables t
done
$LEXTAB merge -q --out tmerged m.db s1.db s2.db s3.db
check "shards merged: the weighted tables equal one run's" same_tables tfull tmerged
check "... and so do the stored scores" [ "$(rows m.db)" = "$(rows full.db)" ]

# incremental: x.db (a, b) gains c, d, e; its tables equal the full run's
$LEXTAB run -q -l dx.dicx --db x.db --out tx t
check "incremental run: only the three new documents processed" \
	[ "$(sqlite3 x.db 'SELECT documents_processed FROM runs ORDER BY run_id DESC LIMIT 1')" = 3 ]
check "... and the tables equal a full run's" same_tables tfull tx

# a weight change re-matches everything and changes the score
sed 's/^fight,,0.5/fight,,0.25/' dx.dicx > dx2.dicx && mv dx2.dicx dx.dicx
$LEXTAB run -q -l dx.dicx --db x.db --out tx t
check "a weight change re-matches every document" \
	[ "$(sqlite3 x.db 'SELECT documents_processed FROM runs ORDER BY run_id DESC LIMIT 1')" = 5 ]
check "... b/P03 conflict: fight 0.25 twice" \
	[ "$(sqlite3 x.db "SELECT weighted_score FROM counts k JOIN documents USING (doc_pk) JOIN categories c USING (category_id) WHERE doc_id = 'b' AND speaker = 0 AND c.name = 'dx.conflict'")" = 0.5 ]

# WordStat .cat: FAITH (2) weighs 2, TRUST* (1) 1
printf 'FAITH\r\n\tFAITH (2)\r\nTRUST\r\n\tTRUST* (1)\r\n' > dw.cat
rm t/c.txt t/d.txt t/e.txt
$LEXTAB run -q -l dw.cat --db w.db --out tw t
want="a P01 dw.* 2 2.0000;a P01 dw.trust 2 2.0000;a P02 dw.* 1 2.0000;a P02 dw.faith 1 2.0000;"
want+="b P03 dw.* 1 1.0000;b P03 dw.trust 1 1.0000;"
got=$(rows w.db)
check ".cat weights: faith weighs 2, trust 1" [ "$got" = "$want" ]
[ "$got" = "$want" ] || echo "#   got:  $got"$'\n'"#   want: $want"

# weights all 1 (X cells, or the number 1): no weighted columns
printf 'DicTerm,trust,conflict\ntrust*,X,\nrely on,1,\nargu*,,X\n' > d1.dicx
$LEXTAB run -q -l d1.dicx --db one.db --out tone t
check "weights all 1: speaker_category as without weights" \
	[ "$(head -n 1 tone/speaker_category.csv)" = "doc_id,speaker,role,theme,category,tokens,hits,matched_tokens,negated,affirmed,rate_per_1000,affirmed_rate_per_1000" ]
check "... no weighted column anywhere" [ -z "$(grep -l -E 'weighted|_wsum' tone/*)" ]
check "... and the stored score is the hits" \
	[ "$(sqlite3 one.db 'SELECT count(*) FROM counts WHERE weighted_score <> hits')" = 0 ]

# schema version 1 (no weights anywhere): refused by reading commands,
# upgraded by a run, which re-matches nothing
cp one.db v1.db
sqlite3 v1.db "ALTER TABLE counts DROP COLUMN weighted_score; ALTER TABLE entries DROP COLUMN weight;
	UPDATE meta SET value = '1' WHERE key = 'schema_version'"
$LEXTAB tables --db v1.db --out tv1 2>err.txt
check "lextab tables on a version 1 database: exit 4" [ $? = 4 ]
check "... saying a run upgrades it" grep -q "has schema version 1; this lextab uses version 2 (a \`lextab run\` with this --db upgrades it in place)" err.txt
$LEXTAB run -q -l d1.dicx --db v1.db --out tv1 t
check "a run upgrades it (exit 0)" [ $? = 0 ]
check "... re-matching nothing" \
	[ "$(sqlite3 v1.db 'SELECT documents_processed FROM runs ORDER BY run_id DESC LIMIT 1')" = 0 ]
check "... to version 2" [ "$(sqlite3 v1.db "SELECT value FROM meta WHERE key = 'schema_version'")" = 2 ]
check "... its scores are the hits" \
	[ "$(sqlite3 v1.db 'SELECT count(*) FROM counts WHERE weighted_score <> hits')" = 0 ]
check "... and its tables are a fresh database's" same_tables tone tv1
e2e_done
