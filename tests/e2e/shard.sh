#!/usr/bin/env bash
# --shard K/N: every document lands in exactly one shard, by a hash of its
# doc_id (stable across machines: no path prefix involved).
. "$(dirname "$0")/lib.sh"
require sqlite3
cd "$TMP"
all=$(mktemp)
for k in 1 2 3; do
	$LEXTAB run -q --shard $k/3 --db s$k.db --out t$k "$ROOT/corpora/nhs"
	check "shard $k/3 runs" [ $? = 0 ]
	sqlite3 s$k.db "SELECT doc_id FROM documents" >> "$all"
done
$LEXTAB run -q --db full.db --out tf "$ROOT/corpora/nhs"
sort "$all" > shards.txt
sqlite3 full.db "SELECT doc_id FROM documents ORDER BY doc_id" > full.txt
check "the shards together hold every document exactly once" cmp -s shards.txt full.txt
n1=$(sqlite3 s1.db 'SELECT COUNT(*) FROM documents')
check "no shard is empty or holds everything" test "$n1" -gt 0 -a "$n1" -lt "$(wc -l < full.txt)"
mkdir -p moved && cp -r "$ROOT/corpora/nhs" moved/elsewhere
$LEXTAB run -q --shard 2/3 --db moved.db --out tm moved/elsewhere
check "a shard holds the same documents wherever the corpus lives" [ "$(sqlite3 moved.db 'SELECT doc_id FROM documents ORDER BY doc_id')" = "$(sqlite3 s2.db 'SELECT doc_id FROM documents ORDER BY doc_id')" ]
# a folder whose transcripts all belong to other shards is not an unmounted
# share: the second run must not refuse it
mkdir -p two/a two/b && cp -r "$ROOT/corpora/nhs"/. two/a/ && cp "$ROOT/corpora/nhs/int01-coo.txt" two/b/solo.txt
$LEXTAB run -q --shard 1/2 --db probe.db --no-tables two/b
other=$([ "$(sqlite3 probe.db 'SELECT count(*) FROM documents')" = 1 ] && echo 2 || echo 1)
$LEXTAB run -q --shard $other/2 --db other.db --no-tables two/a two/b
$LEXTAB run -q --shard $other/2 --db other.db --no-tables two/a two/b 2>err.txt
check "a folder holding only other shards' files is not taken for an unmounted one" [ $? = 0 ]
# --meta with --shard: a metadata row of another shard's document is not
# reported by this shard; a doc_id that matches no document anywhere is
# reported once, by the one shard that would hold it
cp "$ROOT/corpora/nhs-metadata.csv" meta.csv
printf 'no-such-interview,Someone,Medical Director,,\n' >> meta.csv
unmatched=0
for k in 1 2 3; do
	$LEXTAB run -q --shard $k/3 --meta meta.csv --db m$k.db --no-tables "$ROOT/corpora/nhs"
	n=$(sqlite3 m$k.db "SELECT count(*) FROM errors WHERE message LIKE '%matches no document%'")
	unmatched=$((unmatched + n))
	check "shard $k/3 reports no other shard's documents" [ "$(sqlite3 m$k.db "SELECT count(*) FROM errors WHERE message LIKE '%doc_id ''int%matches no document%'")" = 0 ]
done
check "a doc_id that matches nothing is reported by exactly one shard" [ "$unmatched" = 1 ]
$LEXTAB run -q --meta meta.csv --db mfull.db --no-tables "$ROOT/corpora/nhs"
check "... as by one run of the whole corpus" [ "$(sqlite3 mfull.db "SELECT count(*) FROM errors WHERE message LIKE '%matches no document%'")" = 1 ]
# a '*' row's speaker missing from one shard may be in another: the shard
# says so, and names itself; one run of the whole corpus finds every one
star() { sqlite3 "$1" "SELECT count(*) FROM errors WHERE message LIKE '%of a ''*'' row%$2%'"; }
check "shard 2/3 lacks '*' row speakers that other shards have" [ "$(star m2.db '')" -gt 0 ]
check "... and says which shard it judged" [ "$(star m2.db '')" = "$(star m2.db 'in no document of shard 2/3%other shards may have it')" ]
check "the whole corpus has every '*' row's speaker" [ "$(star mfull.db '')" = 0 ]
$LEXTAB run -q --shard 4/3 --db x.db "$ROOT/corpora/nhs" 2>err.txt
check "--shard 4/3 is a usage error" [ $? = 2 ]
e2e_done
