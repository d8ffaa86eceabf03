#!/usr/bin/env bash
# Thread-count determinism on a corpus of several chunks (issue 11).
#
# run.c processes documents in chunks of 256 (CHUNK_DOCS) and, with more
# than one worker, writes chunk k on its own writer thread while the
# workers match chunk k+1; with a single chunk that overlap never happens.
# This script builds a corpus of 1,100 documents (5 chunks; more with
# LEXTAB_CHUNK_DOCS) and checks that 1, 2 and 4 threads, and other chunk
# sizes, give byte-identical tables and the same database, every column of
# every table. `make check` runs it under ThreadSanitizer (with LLVM's
# Archer) and under ASan+UBSan with OpenMP on, so the overlap is checked for
# races as well as for results.
. "$(dirname "$0")/lib.sh"
require sqlite3
GEN="$ROOT/$BUILD/tests/gen_corpus"
[ -x "$GEN" ] || { not_ok "$GEN is not built (make test-bins)"; e2e_done; exit; }
if [ -n "${LEXTAB_WRAP:-}" ]; then
	skip "threads: not under valgrind (the sanitizer builds in make check run it)"
	e2e_done; exit
fi
if ! "$LEXTAB_BIN" --version | grep -q 'parallelism: OpenMP'; then
	skip "threads: a serial build (OPENMP=0) has one thread"
	e2e_done; exit
fi
cd "$TMP"

# Columns that may differ between runs of the same input, with the reason.
# Nothing else is left out: the runs below use identical command lines
# (the thread count comes from OMP_NUM_THREADS, the paths are relative and
# the same), so command, options and paths must match too.
VOLATILE=(
	runs.started_at  # wall-clock time of the run
	runs.finished_at # wall-clock time of the run
)

# 1,100 generated transcripts (seeded: the same bytes every time), two
# bad inputs in different chunks (errors rows, exit 1) and an empty one
"$GEN" --out corpus --mb 1.5 --files 1100 --seed 11 >/dev/null
check "the generator wrote the corpus" [ "$(find corpus -name '*.txt' | wc -l)" = 1100 ]
head -c 3000 /dev/urandom > corpus/000/t000300-bin.txt
printf '%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n' > corpus/001/t001050-pdf.txt
: > corpus/001/t001020-empty.txt
n_docs=$(( $(find corpus -name '*.txt' | wc -l) - 2 ))

# run_in DIR THREADS [ENV...]: `lextab run` in DIR with the same relative
# arguments every time; leaves the exit code in DIR/rc and stats in DIR/out
run_in() {
	local dir=$1 threads=$2
	shift 2
	mkdir -p "$dir"
	(cd "$dir" && env OMP_NUM_THREADS="$threads" "$@" $LEXTAB run -q --stats \
		--meta ../corpus/metadata.csv --db out.db --out tables ../corpus >out 2>err
	echo $? >rc)
}
dump() { db_dump "$1" "${VOLATILE[@]}"; }

for j in 1 2 4; do
	run_in j$j $j
	check "$j thread(s): exit 1 (two inputs rejected), got $(cat j$j/rc)" [ "$(cat j$j/rc)" = 1 ]
	check "$j thread(s): the run used $j thread(s)" grep -q "^stats: threads $j," j$j/out
done
docs=$(sqlite3 j1/out.db 'SELECT count(*) FROM documents')
check "every good document is stored ($docs of $n_docs)" [ "$docs" = "$n_docs" ]
check "... more than 3 chunks of 256, so the writer thread overlaps matching" [ "$docs" -gt 768 ]
check "both bad inputs are in the errors table" \
	[ "$(sqlite3 j1/out.db "SELECT count(*) FROM errors WHERE severity = 'error'")" = 2 ]
check "hits are found in every block of 256 documents" [ "$(sqlite3 j1/out.db \
	"SELECT count(DISTINCT (doc_pk - 1) / 256) FROM hits")" = "$(( (docs + 255) / 256 ))" ]
dump j1/out.db > j1.dump
check "the dump names every table" [ "$(grep -c '^== ' j1.dump)" = \
	"$(sqlite3 j1/out.db "SELECT count(*) FROM sqlite_master WHERE type = 'table'")" ]
check "... and holds their rows" [ "$(wc -l < j1.dump)" -gt "$docs" ]
cp j1/out.db probe.db
sqlite3 probe.db "UPDATE counts SET turns_with_hit = turns_with_hit + 1 WHERE (doc_pk, speaker,
	category_id) = (SELECT doc_pk, speaker, category_id FROM counts ORDER BY doc_pk DESC LIMIT 1)"
dump probe.db > probe.dump
check "the dump sees one value changed in one row" [ "$(diff j1.dump probe.dump | grep -c '^[<>]')" = 2 ]
for j in 2 4; do
	check "$j threads: tables byte-identical to 1 thread" same_tables j1/tables j$j/tables
	dump j$j/out.db > j$j.dump
	check "$j threads: database identical to 1 thread (all columns but ${VOLATILE[*]})" \
		cmp -s j1.dump j$j.dump
done
cmp -s j1.dump j4.dump || diff j1.dump j4.dump | head -n 10 | sed 's/^/# /'

# smaller chunks: many more writer hand-overs, the same results
run_in c37 2 LEXTAB_CHUNK_DOCS=37
check "2 threads, chunks of 37 documents: tables identical" same_tables j1/tables c37/tables
dump c37/out.db > c37.dump
check "... and the database identical" cmp -s j1.dump c37.dump

# an incremental run (edits in three chunks, one file removed, one added):
# 1 and 4 threads agree, and agree with a fresh run on the edited corpus
echo "Interviewer: Do you trust the board? We were never on the same page." >> corpus/000/t000010.txt
echo "P1: I don't trust them, and the tension shows." >> corpus/000/t000600.txt
echo "P2: Honestly the role is unclear." >> corpus/001/t001090.txt
rm corpus/000/t000400.txt
cp corpus/000/t000010.txt corpus/000/t000999a.txt
for j in 1 4; do
	run_in j$j $j
	check "incremental, $j thread(s): exit 1, got $(cat j$j/rc)" [ "$(cat j$j/rc)" = 1 ]
	check "incremental, $j thread(s): 4 documents processed" [ "$(sqlite3 j$j/out.db \
		'SELECT documents_processed FROM runs ORDER BY run_id DESC LIMIT 1')" = 4 ]
done
check "incremental: 4 threads' tables identical to 1 thread's" same_tables j1/tables j4/tables
dump j1/out.db > i1.dump
dump j4/out.db > i4.dump
check "incremental: 4 threads' database identical to 1 thread's" cmp -s i1.dump i4.dump
run_in fresh 4
check "incremental tables equal a fresh run's" same_tables fresh/tables j4/tables
e2e_done
