#!/usr/bin/env bash
# How lextab merge scales: a synthetic corpus (gen_corpus, seed 42) of each
# size is coded in 64 shards (and the largest also in 16), then merged; the
# merge's wall time and peak memory are printed as a Markdown table for
# tests/bench/RESULTS.md. Merge time should grow with the corpus, not with
# shards x corpus. Not part of make test (minutes, gigabytes of disk).
#   tests/bench/merge_scale.sh [MB...]      default: 250 500 1000
# Env: BUILD (default build), WORK (default /tmp/lextab-merge-scale),
#      THREADS per shard run (default 2).
set -eu
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
LEXTAB="$PWD/$BUILD/lextab"
GEN="$PWD/$BUILD/tests/gen_corpus"
WORK=${WORK:-/tmp/lextab-merge-scale}
THREADS=${THREADS:-2}
[ -x "$LEXTAB" ] && [ -x "$GEN" ] || { echo "run 'make $BUILD/lextab $BUILD/tests/gen_corpus' first" >&2; exit 2; }
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(250 500 1000)
mkdir -p "$WORK"

# shard_and_merge MB N: prints "| MB | N | docs | shard MB | merge s | merge peak MB |"
shard_and_merge() {
	local mb=$1 n=$2 dir="$WORK/c$1" sd="$WORK/s$1-$2"
	rm -rf "$sd"; mkdir -p "$sd"
	local k
	for ((k = 1; k <= n; k++)); do
		"$LEXTAB" run -q --threads "$THREADS" --shard "$k/$n" --meta "$dir/metadata.csv" \
			--db "$sd/s$k.db" --no-tables "$dir" || [ $? = 1 ]
	done
	local shard_mb docs
	shard_mb=$(du -cm "$sd"/s*.db | tail -n 1 | cut -f1)
	rm -f "$sd/m.db"
	/usr/bin/time -f '%e %M' -o "$sd/time.txt" "$LEXTAB" merge -q --no-tables "$sd/m.db" "$sd"/s*.db
	docs=$(sqlite3 "$sd/m.db" 'SELECT count(*) FROM documents')
	read -r secs kb < "$sd/time.txt"
	printf '| %s | %s | %s | %s | %s | %s |\n' "$mb" "$n" "$docs" "$shard_mb" "$secs" "$((kb / 1024))"
	rm -rf "$sd"
}

echo "| corpus MB | shards | documents | shard databases MB | merge s | merge peak MB |"
echo "|---|---|---|---|---|---|"
for mb in "${sizes[@]}"; do
	[ -f "$WORK/c$mb/metadata.csv" ] || "$GEN" --out "$WORK/c$mb" --mb "$mb" --seed 42 > /dev/null
	shard_and_merge "$mb" 64
done
last=${sizes[${#sizes[@]}-1]}
shard_and_merge "$last" 16
