#!/usr/bin/env bash
# How lextab merge scales: a synthetic corpus (gen_corpus, seed 42) of each
# size is coded in 64 shards (and the largest also in 16), then merged; the
# merge's wall time, CPU time (user + system, from /usr/bin/time -v: the
# steadier figure on a shared machine) and peak memory are printed as a
# Markdown table for tests/bench/RESULTS.md, with the 1-minute load
# average when the merge started. Merge time should grow with the corpus,
# not with shards x corpus; peak memory grows by about 0.3 MB per shard.
# Not part of make test (an hour of coding on a loaded machine, gigabytes
# of disk).
#   tests/bench/merge_scale.sh [MB...]      default: 250 500 1000
# Env: BUILD (default build), WORK (default /tmp/lextab-merge-scale),
#      THREADS per shard run (default 2), SHARDS_LAST (default 16: the
#      largest corpus is also merged from that many shards; 0: not),
#      MERGE_RUNS (default 1: merges per row, each printed),
#      KEEP=1 keeps the shard databases in WORK (marked complete by a file
#      'done') and reuses them on the next call, so the merge alone can be
#      measured again (coding is the slow part).
set -eu
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
LEXTAB="$PWD/$BUILD/lextab"
GEN="$PWD/$BUILD/tests/gen_corpus"
WORK=${WORK:-/tmp/lextab-merge-scale}
THREADS=${THREADS:-2}
SHARDS_LAST=${SHARDS_LAST:-16}
MERGE_RUNS=${MERGE_RUNS:-1}
KEEP=${KEEP:-0}
[ -x "$LEXTAB" ] && [ -x "$GEN" ] || { echo "run 'make $BUILD/lextab $BUILD/tests/gen_corpus' first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (GNU time, for -v)" >&2; exit 2; }
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(250 500 1000)
mkdir -p "$WORK"

# code_shards MB N: the shard databases of corpus MB in $WORK/sMB-N
code_shards() {
	local mb=$1 n=$2 dir="$WORK/c$1" sd="$WORK/s$1-$2" k
	[ "$KEEP" = 1 ] && [ -f "$sd/done" ] && return 0
	rm -rf "$sd"; mkdir -p "$sd"
	for ((k = 1; k <= n; k++)); do
		"$LEXTAB" run -q --threads "$THREADS" --shard "$k/$n" --meta "$dir/metadata.csv" \
			--db "$sd/s$k.db" --no-tables "$dir" || [ $? = 1 ]
	done
	touch "$sd/done"
}

# tv FILE KEY: the value of a /usr/bin/time -v line
tv() { sed -n "s/^[[:space:]]*$2: //p" "$1"; }

# shard_and_merge MB N: prints
# "| MB | N | docs | shard MB | wall s | CPU s | peak MB | load |" per merge
shard_and_merge() {
	local mb=$1 n=$2 sd="$WORK/s$1-$2" r
	code_shards "$mb" "$n"
	local shard_mb docs wall cpu kb load
	shard_mb=$(du -cm "$sd"/s*.db | tail -n 1 | cut -f1)
	for ((r = 1; r <= MERGE_RUNS; r++)); do
		rm -f "$sd/m.db" "$sd/m.db-wal" "$sd/m.db-shm"
		load=$(cut -d ' ' -f1 /proc/loadavg)
		/usr/bin/time -v -o "$sd/time.txt" "$LEXTAB" merge -q --no-tables "$sd/m.db" "$sd"/s*.db
		docs=$(sqlite3 "$sd/m.db" 'SELECT count(*) FROM documents')
		wall=$(tv "$sd/time.txt" 'Elapsed (wall clock) time (h:mm:ss or m:ss)' |
			awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }')
		cpu=$(awk -v u="$(tv "$sd/time.txt" 'User time (seconds)')" \
			-v s="$(tv "$sd/time.txt" 'System time (seconds)')" 'BEGIN { printf "%.1f", u + s }')
		kb=$(tv "$sd/time.txt" 'Maximum resident set size (kbytes)')
		printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$mb" "$n" "$docs" "$shard_mb" \
			"$wall" "$cpu" "$((kb / 1024))" "$load"
	done
	rm -f "$sd/m.db" "$sd/m.db-wal" "$sd/m.db-shm" "$sd/m.db.lock"
	[ "$KEEP" = 1 ] || rm -rf "$sd"
}

echo "| corpus MB | shards | documents | shard databases MB | merge wall s | merge CPU s (user+sys) | merge peak MB | load (1 min) |"
echo "|---|---|---|---|---|---|---|---|"
for mb in "${sizes[@]}"; do
	[ -f "$WORK/c$mb/metadata.csv" ] || "$GEN" --out "$WORK/c$mb" --mb "$mb" --seed 42 > /dev/null
	shard_and_merge "$mb" 64
done
last=${sizes[${#sizes[@]}-1]}
[ "$SHARDS_LAST" -gt 0 ] && shard_and_merge "$last" "$SHARDS_LAST"
exit 0
