#!/usr/bin/env bash
# lextab merge: shard databases combined give what one run gives - tables
# byte for byte and database content row for row - whatever the argument
# order; bad combinations are refused with exit 2, locks give exit 3, and a
# merge killed midway leaves the output as it was.
. "$(dirname "$0")/lib.sh"
require sqlite3
cd "$TMP"
CORPUS="$ROOT/corpora/nhs"
META="$ROOT/corpora/nhs-metadata.csv"

# content that must not depend on how the database was built (doc_pk
# included: merge numbers documents in doc_id order, as a fresh run does)
dump() { sqlite3 "$1" \
	"SELECT doc_pk, doc_id, path, size, mtime_ns, hash, encoding, format, n_speakers, n_turns, n_tokens FROM documents ORDER BY doc_pk" \
	"SELECT * FROM document_attrs ORDER BY doc_pk, key" \
	"SELECT * FROM speakers ORDER BY doc_pk, speaker" \
	"SELECT * FROM speaker_attrs ORDER BY doc_pk, speaker, key" \
	"SELECT * FROM turns ORDER BY doc_pk, turn" \
	"SELECT * FROM hits ORDER BY doc_pk, turn, category_id, tok_start" \
	"SELECT * FROM counts ORDER BY doc_pk, speaker, category_id" \
	"SELECT * FROM themes ORDER BY theme_id" \
	"SELECT * FROM categories ORDER BY category_id" \
	"SELECT * FROM entries ORDER BY entry_id" \
	"SELECT key, value FROM meta WHERE key <> 'versions' ORDER BY key"; }

for k in 1 2 3; do
	$LEXTAB run -q --shard $k/3 --meta "$META" --db s$k.db --no-tables "$CORPUS"
	check "shard $k/3 runs" [ $? = 0 ]
done
$LEXTAB run -q --meta "$META" --db full.db --out tfull "$CORPUS"

$LEXTAB merge m.db s3.db s1.db s2.db 2>err.txt
check "merging three shards exits 0" [ $? = 0 ]
check "... says how many documents it merged" grep -q "merged 3 databases: 25 documents" err.txt
check "... tables equal one run's, byte for byte" same_tables tfull tables
dump full.db > full.sql
dump m.db > m.sql
check "... and the database content equals one run's" cmp -s full.sql m.sql
check "... with every hit" [ "$(sqlite3 m.db 'SELECT count(*) FROM hits')" = "$(sqlite3 full.db 'SELECT count(*) FROM hits')" ]
check "the merge is recorded in runs" [ "$(sqlite3 m.db "SELECT rematch_reason FROM runs")" = "merge of 3 databases" ]
check "... and documents point at it" [ "$(sqlite3 m.db 'SELECT DISTINCT run_id FROM documents')" = 1 ]

$LEXTAB merge -q --out t2 m2.db s1.db s2.db s3.db
dump m2.db > m2.sql
check "another argument order gives the same content" cmp -s m.sql m2.sql
check "... and the same tables" same_tables tfull t2
$LEXTAB tables --db m.db --out again
check "lextab tables on the merged database reproduces them" same_tables tfull again

mkdir nt
$LEXTAB merge -q --no-tables nt/m3.db s1.db s2.db s3.db
check "--no-tables writes the database" [ "$(sqlite3 nt/m3.db 'SELECT count(*) FROM documents')" = 25 ]
check "... and no tables" [ ! -e nt/tables ]

# many small shards (issue 19: every input open, each table written in
# doc_id order across them): 40 shards of 25 documents, most holding 0 or
# 1 document, give one run's tables and database content
for k in $(seq 1 40); do
	$LEXTAB run -q --shard $k/40 --meta "$META" --db many$k.db --no-tables "$CORPUS"
done
$LEXTAB merge -q --out tmany many.db $(for k in $(seq 40 -1 1); do echo many$k.db; done)
check "40 shards merged (exit 0)" [ $? = 0 ]
check "... give one run's tables, byte for byte" same_tables tfull tmany
dump many.db > many.sql
check "... and one run's database content" cmp -s full.sql many.sql
# every input is open at once (4 descriptors each): too many for the
# open-file limit is refused up front, and merging groups, then the groups'
# outputs, gives the same database
if [ -z "${LEXTAB_WRAP:-}" ]; then   # a wrapper (valgrind) needs descriptors of its own
	(ulimit -n 150; $LEXTAB merge -q --no-tables fd.db many*.db) 2>err.txt
	check "40 inputs under an open-file limit of 150 are refused (exit 2)" [ $? = 2 ]
	check "... saying what to do" grep -q "limit (ulimit -n) is 150: merge them in groups" err.txt
	check "... before the output is created" [ ! -e fd.db ]
fi
$LEXTAB merge -q --no-tables ga.db $(for k in $(seq 1 20); do echo many$k.db; done)
$LEXTAB merge -q --no-tables gb.db $(for k in $(seq 21 40); do echo many$k.db; done)
$LEXTAB merge -q --out tgroups groups.db gb.db ga.db
check "merging two groups' merged outputs gives one run's tables" same_tables tfull tgroups
dump groups.db > groups.sql
check "... and database content" cmp -s full.sql groups.sql
rm -f many*.db many*.db.lock

# a shard whose doc_pks are not in doc_id order (issue 19: merge reads its
# rows by doc_pk lookups, the other shards' in one scan each): the document
# that sorts first, added by a later run of its shard, gets that shard's
# highest doc_pk. The merge still equals one run, in any argument order.
mkdir late && cp -r "$CORPUS"/. late/ && mv late/focus-group-1.txt first.txt
for k in 1 2 3; do $LEXTAB run -q --shard $k/3 --meta "$META" --db late$k.db --no-tables late 2>/dev/null; done
mv first.txt late/focus-group-1.txt
for k in 1 2 3; do $LEXTAB run -q --shard $k/3 --meta "$META" --db late$k.db --no-tables late; done
out_of_order=0
for k in 1 2 3; do
	n=$(sqlite3 late$k.db "SELECT count(*) FROM documents a JOIN documents b ON a.doc_pk < b.doc_pk AND a.doc_id > b.doc_id")
	out_of_order=$((out_of_order + n))
done
check "a shard run again numbers a new document out of doc_id order" [ "$out_of_order" -gt 0 ]
$LEXTAB run -q --meta "$META" --db latefull.db --out tlatefull late
dump latefull.db > latefull.sql
$LEXTAB merge -q --out tlate1 late1.db late2.db late1.db 2>/dev/null   # refused: same database twice
$LEXTAB merge -q --out tlate1 late1m.db late2.db late1.db late3.db
check "merging it exits 0" [ $? = 0 ]
dump late1m.db > late1m.sql
check "... gives one run's database content" cmp -s latefull.sql late1m.sql
check "... and one run's tables, byte for byte" same_tables tlatefull tlate1
$LEXTAB merge -q --out tlate2 late2m.db late3.db late1.db late2.db
dump late2m.db > late2m.sql
check "... in another argument order too" cmp -s latefull.sql late2m.sql
check "... tables included" same_tables tlatefull tlate2

# rows of a document that table documents does not list (its documents and
# counts rows deleted): a damaged input, exit 4, read either way
orphan_doc() {  # DB: delete its first document in doc_id order, keeping its other rows
	sqlite3 "$1" "CREATE TEMP TABLE gone AS SELECT doc_pk FROM documents ORDER BY doc_id LIMIT 1;
		DELETE FROM counts WHERE doc_pk IN (SELECT doc_pk FROM gone);
		DELETE FROM documents WHERE doc_pk IN (SELECT doc_pk FROM gone)"
}
rest=""
for k in 1 2 3; do
	if [ "$(sqlite3 late$k.db "SELECT count(*) FROM documents WHERE doc_id = 'focus-group-1'")" = 1 ]; then
		cp late$k.db orph-late.db
	else
		rest="$rest late$k.db"
	fi
done
cp s1.db orph-scan.db
orphan_doc orph-scan.db
orphan_doc orph-late.db
$LEXTAB merge -q --no-tables orph1.db orph-scan.db s2.db s3.db 2>err.txt
check "a shard with rows of an unlisted document is refused (exit 4)" [ $? = 4 ]
check "... naming it and what is wrong" grep -q "orph-scan.db.*which documents does not list" err.txt
check "... and leaving no run row" [ "$(sqlite3 orph1.db 'SELECT count(*) FROM runs')" = 0 ]
$LEXTAB merge -q --no-tables orph2.db orph-late.db $rest 2>err.txt
check "... also when it is read by doc_pk lookups (exit 4)" [ $? = 4 ]
check "... naming it" grep -q "orph-late.db.*which documents does not list" err.txt

# merging again replaces the output's content; fewer shards remove documents
rm -rf tables
$LEXTAB merge -q m.db s1.db s2.db s3.db
check "merging again into the same output" [ $? = 0 ]
check "... gives the same tables" same_tables tfull tables
n3=$(sqlite3 s3.db 'SELECT count(*) FROM documents')
$LEXTAB merge m.db s1.db s2.db 2>err.txt
check "merging fewer shards succeeds" [ $? = 0 ]
check "... and says how many documents left" grep -q "$n3 removed from 'm.db'" err.txt
check "... leaving the other shards' documents" [ "$(sqlite3 m.db 'SELECT count(*) FROM documents')" = $((25 - n3)) ]
check "... and recording the removal" [ "$(sqlite3 m.db 'SELECT documents_removed FROM runs ORDER BY run_id DESC LIMIT 1')" = "$n3" ]

# refused combinations: exit 2, nothing written
$LEXTAB merge x.db s1.db full.db 2>err.txt
check "overlapping inputs are refused (exit 2)" [ $? = 2 ]
check "... naming a document and both inputs" grep -Eq "is in both '(s1|full).db' and '(s1|full).db'" err.txt
check "... and no output is created" [ ! -e x.db ]
$LEXTAB run -q --shard 1/3 --lang german --meta "$META" --db de.db --no-tables "$CORPUS"
$LEXTAB merge x.db s2.db de.db 2>err.txt
check "inputs counted differently are refused (exit 2)" [ $? = 2 ]
check "... naming what differs" grep -q "lang 'english' vs 'german'" err.txt
# a shard counted with another libstemmer (faked in its stored key)
cp s1.db oldstem.db
key=$(sqlite3 oldstem.db "SELECT value FROM meta WHERE key = 'counting_key'")
now=$(printf '%s' "$key" | sed -n 's/.*;libstemmer=\([^;]*\).*/\1/p')
sqlite3 oldstem.db "UPDATE meta SET value = '$(printf '%s' "$key" | sed 's/;libstemmer=[^;]*/;libstemmer=0.9-old/')' WHERE key = 'counting_key'"
$LEXTAB merge x.db s2.db oldstem.db 2>err.txt
check "shards built with different library versions are refused (exit 2)" [ $? = 2 ]
check "... naming both versions" grep -Fq "libstemmer '$now' vs '0.9-old'" err.txt
check "... and no output is created" [ ! -e x.db ]
$LEXTAB run -q --shard 1/3 --db nometa.db --no-tables "$CORPUS"
$LEXTAB merge x.db s2.db nometa.db 2>err.txt
rc=$?
check "a different --meta file is refused" [ $rc = 2 ]
check "... saying so" grep -q "meta '" err.txt
$LEXTAB merge x.db s1.db s1.db 2>err.txt
rc=$?
check "the same input twice is refused" [ $rc = 2 ]
check "... saying so" grep -q "are the same database" err.txt
$LEXTAB merge s1.db s1.db s2.db 2>err.txt
rc=$?
check "the output among the inputs is refused" [ $rc = 2 ]
check "... saying so" grep -q "both the output and an input" err.txt
printf 'not a database %.0s' {1..300} > junk.db
$LEXTAB merge x.db s1.db junk.db 2>err.txt
rc=$?
check "a file that is not a database is refused (exit 4: a database failure)" [ $rc = 4 ]
check "... saying so" grep -q "junk.db" err.txt
$LEXTAB merge x.db s1.db missing.db 2>err.txt
rc=$?
check "a missing input is refused" [ $rc = 2 ]
check "... saying so" grep -q "missing.db" err.txt
sqlite3 empty.db "CREATE TABLE t(x)"
$LEXTAB merge x.db s1.db empty.db 2>err.txt
check "a database that is not lextab's is refused" [ $? = 4 ]
$LEXTAB merge x.db 2>err.txt
check "no input database is a usage error" [ $? = 2 ]
check "nothing refused created the output" [ ! -e x.db ]

# shards with rejected inputs: merge exits 1, as one run would, and keeps their errors
mkdir -p bad && cp -r "$CORPUS"/. bad/
printf '%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n' > bad/zz-scan.txt     # a PDF named .txt
for k in 1 2; do
	$LEXTAB run -q --shard $k/2 --db b$k.db --no-tables bad 2>/dev/null
	echo $? >> shard_rc.txt
done
$LEXTAB run -q --db bfull.db --out tbfull bad 2>/dev/null
$LEXTAB merge --out tb bm.db b1.db b2.db 2>err.txt
rc=$?
check "a shard with a rejected input makes merge exit 1" [ $rc = 1 ]
check "... saying so" grep -q "1 failed in the shard runs" err.txt
check "... its error rows are carried over" [ "$(sqlite3 bm.db "SELECT count(*) FROM errors WHERE input LIKE '%zz-scan.txt'")" -ge 1 ]
check "... and the tables equal one run's" same_tables tbfull tb

# only the errors that describe a shard as it is: an input rejected once and
# fixed since leaves no error behind
cp bad/zz-scan.txt fixed-later.txt
for k in 1 2; do $LEXTAB run -q --shard $k/2 --db f$k.db --no-tables bad 2>/dev/null; done
printf 'Alice: I trust the board now.\n' > bad/zz-scan.txt
for k in 1 2; do $LEXTAB run -q --shard $k/2 --db f$k.db --no-tables bad; done
$LEXTAB merge -q --no-tables fm.db f1.db f2.db
check "an input fixed since its rejection: merge exits 0" [ $? = 0 ]
check "... and carries no stale error over" [ "$(sqlite3 fm.db "SELECT count(*) FROM errors WHERE severity = 'error'")" = 0 ]
cp fixed-later.txt bad/zz-scan.txt

# a problem met while listing (a broken symlink) is reported by one shard only
mkdir -p sl && cp -r "$CORPUS"/. sl/ && ln -s /nonexistent/x.txt sl/dangling.txt
for k in 1 2 3; do $LEXTAB run -q --shard $k/3 --db l$k.db --no-tables sl 2>/dev/null; done
check "a broken symlink is reported by exactly one of three shards" \
	[ "$(for k in 1 2 3; do sqlite3 l$k.db "SELECT count(*) FROM errors WHERE input LIKE '%dangling.txt'"; done | awk "{s += \$1} END {print s}")" = 1 ]
$LEXTAB merge --no-tables lm.db l1.db l2.db l3.db 2>err.txt
rc=$?
check "... so the merge counts it once" grep -q "1 failed in the shard runs" err.txt
check "... and exits 1, as one run would" [ $rc = 1 ]

# a shard whose run was killed (a job time limit) is refused: its documents are incomplete
LEXTAB_CHUNK_DOCS=2 LEXTAB_CRASH=commit:2 $LEXTAB run -q --shard 1/3 --meta "$META" --db killed.db --no-tables "$CORPUS" 2>/dev/null
$LEXTAB merge x.db killed.db s2.db s3.db 2>err.txt
rc=$?
check "a shard whose latest run did not finish is refused (exit 2)" [ $rc = 2 ]
check "... saying so" grep -q "did not finish" err.txt

# a subset of one split's shards: merged, with a warning naming the missing ones
$LEXTAB merge --no-tables sub.db s1.db s3.db 2>err.txt
check "two of three shards merge" [ $? = 0 ]
check "... with a warning naming the missing shard" grep -q "missing: 2" err.txt

# --out that cannot be a folder is refused before the output is replaced
n_before=$(sqlite3 m.db 'SELECT count(*) FROM documents')
touch notadir
$LEXTAB merge --out notadir m.db s1.db 2>err.txt
rc=$?
check "--out naming a file is refused (exit 2)" [ $rc = 2 ]
check "... before the output is touched" [ "$(sqlite3 m.db 'SELECT count(*) FROM documents')" = "$n_before" ]

# locks: a run holding an input or the output makes merge exit 3
mkfifo hold
LEXTAB_PAUSE=locked:hold $LEXTAB run -q --meta "$META" --shard 2/3 --db s2.db --no-tables "$CORPUS" &
first=$!
exec 8>hold
$LEXTAB merge y.db s1.db s2.db 2>err.txt
rc=$?
check "an input being written makes merge exit 3" [ $rc = 3 ]
check "... saying so" grep -q "pid $first" err.txt
echo go >&8; exec 8>&-
wait $first
LEXTAB_PAUSE=locked:hold $LEXTAB run -q --meta "$META" --db m.db --no-tables "$CORPUS" &
first=$!
exec 8>hold
$LEXTAB merge m.db s1.db s2.db 2>err.txt
check "an output being written makes merge exit 3" [ $? = 3 ]
echo go >&8; exec 8>&-
wait $first

# two merges may read the same shards at once; a run may not write one meanwhile
LEXTAB_PAUSE=merge-input:hold $LEXTAB merge -q --no-tables p1.db s1.db s2.db s3.db &
first=$!
exec 8>hold
$LEXTAB merge -q --no-tables p2.db s1.db s2.db s3.db
check "a second merge reading the same shards succeeds" [ $? = 0 ]
$LEXTAB run -q --meta "$META" --shard 1/3 --db s1.db --no-tables "$CORPUS" 2>/dev/null
check "a run on a shard being merged exits 3" [ $? = 3 ]
echo go >&8; exec 8>&-
wait $first
check "... and the first merge succeeds" [ $? = 0 ]

# a merge killed while copying leaves the output as it was
$LEXTAB merge -q m.db s1.db s2.db s3.db
runs_before=$(sqlite3 m.db 'SELECT count(*) FROM runs')
LEXTAB_CRASH=merge-input:2 $LEXTAB merge -q m.db s1.db s2.db 2>/dev/null
check "a merge killed midway" [ $? = 137 ]
check "... leaves no run row behind" [ "$(sqlite3 m.db 'SELECT count(*) FROM runs')" = "$runs_before" ]
check "... leaves the output's documents as they were" [ "$(sqlite3 m.db 'SELECT count(*) FROM documents')" = 25 ]
check "... and a sound database" [ "$(sqlite3 m.db 'PRAGMA integrity_check')" = ok ]
$LEXTAB tables --db m.db --out tk
check "... whose tables still equal one run's" same_tables tfull tk
# a merge into a new output is written with a rollback journal (every page
# once, not twice as WAL does): killed midway, it leaves no merged content
LEXTAB_CRASH=merge-table:5 $LEXTAB merge -q fresh.db s1.db s2.db s3.db 2>/dev/null
check "a merge into a new output killed midway" [ $? = 137 ]
check "... leaves no document" [ "$(sqlite3 fresh.db 'SELECT count(*) FROM documents')" = 0 ]
check "... and no run row" [ "$(sqlite3 fresh.db 'SELECT count(*) FROM runs')" = 0 ]
check "... in a sound database" [ "$(sqlite3 fresh.db 'PRAGMA integrity_check')" = ok ]
$LEXTAB merge -q --out tfresh fresh.db s3.db s2.db s1.db
check "... which a new merge fills" [ $? = 0 ]
dump fresh.db > fresh.sql
check "... with one run's content" cmp -s full.sql fresh.sql
check "... and tables" same_tables tfull tfresh
check "... and leaves in WAL mode, as a run does" [ "$(sqlite3 fresh.db 'PRAGMA journal_mode')" = wal ]
# a killed writer's journal that a read-only command cannot roll back (the
# database file already written): exit 4, saying what to do
if need "a killed writer's hot journal" python3; then
	cp full.db hot.db
	python3 - hot.db <<'PY'
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA journal_mode=DELETE")
c.execute("PRAGMA cache_size=1")
c.execute("BEGIN")
c.execute("UPDATE turns SET text = text || 'x'")
os._exit(0)  # killed inside the transaction, its pages partly in the file
PY
	$LEXTAB report --db hot.db > /dev/null 2>err.txt
	check "a database with a killed writer's journal: a reader exits 4" [ $? = 4 ]
	check "... saying the next run or merge rolls it back" grep -q "killed midway.*rolls it back" err.txt
	dump hot.db > hot.sql   # sqlite3 opens it for writing: rolls it back
	check "... and a writer's rollback restores it" cmp -s full.sql hot.sql
fi
e2e_done
