#!/usr/bin/env bash
# make bench: throughput and peak memory of `lextab run` on fixed corpora,
# next to `wc -w` and the tidytext peer (../shared/peers/tidytext_count.R)
# on the same files, for 1 and 2 threads.
#
# Corpora: a seeded synthetic corpus (tests/bench/gen_corpus.c, BENCH_MB MB,
# default 300, seed 42, cached in build/bench/), and the Supreme Court
# arguments in ../shared/corpora/scotus when that folder exists.
# The tidytext peer needs R with tidytext, SnowballC, readr and dplyr
# (`make bench-deps` installs them); without them it is reported skipped.
# Environment: BENCH_MB, BENCH_RUNS (runs per measurement, best kept;
# default 3), BENCH_TIDYTEXT=0 to skip the R peer, BENCH_CORPORA (space-
# separated subset of "synthetic scotus"), BENCH_SHARED (the shared folder,
# default ../shared: set it when running from a worktree elsewhere).
# Output: a Markdown report on stdout and in build/bench/latest.md.
# Timing lives here, never in pass/fail tests.
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
LEXTAB="$PWD/$BUILD/lextab"
GEN="$PWD/$BUILD/tests/gen_corpus"
OUT="$PWD/build/bench"
MB=${BENCH_MB:-300}
RUNS=${BENCH_RUNS:-3}
SHARED=${BENCH_SHARED:-$(cd .. && pwd)/shared}
mkdir -p "$OUT"

synth="$OUT/synth-${MB}mb-seed42"
if [ ! -f "$synth/.complete" ]; then
	rm -rf "$synth"
	echo "generating the ${MB} MB synthetic corpus in $synth ..." >&2
	"$GEN" --out "$synth" --mb "$MB" --seed 42 >&2 || exit 1
	touch "$synth/.complete"
fi

corpora=${BENCH_CORPORA:-"synthetic scotus"}
report="$OUT/latest.md"
: > "$report"
say() { echo "$*" | tee -a "$report"; }

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain -- pipeline 2>/dev/null | head -1)
say "## $(date -u +%Y-%m-%d) - commit $commit${dirty:+ (+ uncommitted pipeline changes)}"
say ""
say "Machine: $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/Mem:/{print $2}') GiB; best of $RUNS runs; file cache warm."
say ""
say "| corpus | tool | threads | seconds | MB/s | tokens/s | docs/s | peak RSS | vs wc -w |"
say "|---|---|---|---|---|---|---|---|---|"

best() { sort -n | head -1; }

stage_lines=()
for name in $corpora; do
	case $name in
	synthetic) dir=$synth; extra=(--meta "$synth/metadata.csv") ;;
	scotus)
		dir="$SHARED/corpora/scotus"
		[ -d "$dir" ] || { echo "(scotus corpus not found at $dir: skipped)" >&2; continue; }
		extra=(--speaker-pattern '^(?<role>[^(:]+) \((?<speaker>[^)]+)\): ') ;;
	*) echo "unknown corpus $name" >&2; continue ;;
	esac
	list="$OUT/files-$name.lst"
	find -H "$dir" -type f -name '*.txt' -print0 | sort -z > "$list"   # -H: the folder may be a symlink
	bytes=$(xargs -0 cat < "$list" | wc -c)
	ndocs=$(tr -cd '\0' < "$list" | wc -c)
	mb=$(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}')
	xargs -0 cat < "$list" > /dev/null   # warm the cache

	# wc -w
	wc_s=$(for r in $(seq "$RUNS"); do
		/usr/bin/time -f "%e" -o "$OUT/t" sh -c "xargs -0 wc -w < '$list' > '$OUT/wc.out'"
		cat "$OUT/t"; done | best)
	words=$(tail -n 1 "$OUT/wc.out" | awk '{print $1}')
	wc_mbs=$(awk -v b="$bytes" -v s="$wc_s" 'BEGIN{printf "%.1f", b/1e6/s}')
	say "| $name ($mb MB, $ndocs files) | wc -w | 1 | $wc_s | $wc_mbs | $(awk -v w="$words" -v s="$wc_s" 'BEGIN{printf "%.0f", w/s}') (words) | | | 1.00 |"

	for t in 1 2; do
		bestline=""
		for r in $(seq "$RUNS"); do
			rm -f "$OUT/bench.db" "$OUT/bench.db-wal" "$OUT/bench.db-shm"
			/usr/bin/time -f "%e %M" -o "$OUT/t" "$LEXTAB" run -q --stats --threads "$t" \
				--db "$OUT/bench.db" --out "$OUT/tables-$name" "${extra[@]}" "$dir" \
				> "$OUT/stats.out" 2> "$OUT/err.out"
			rc=$?
			if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
				echo "lextab failed (exit $rc):" >&2; cat "$OUT/err.out" >&2; exit 1
			fi
			read -r secs kb < "$OUT/t"
			line="$secs $kb $(grep -o '[0-9]* tokens' "$OUT/stats.out" | head -1 | cut -d' ' -f1)"
			stages=$(grep 'thread time' "$OUT/stats.out" | sed 's/^stats: //')
			if [ -z "$bestline" ] || awk -v a="$secs" -v b="${bestline%% *}" 'BEGIN{exit !(a<b)}'; then
				bestline="$line"; beststages="$stages"
			fi
		done
		read -r secs kb tokens <<< "$bestline"
		eval "lx_s_$t=$secs"
		say "| $name | lextab | $t | $secs | $(awk -v b="$bytes" -v s="$secs" 'BEGIN{printf "%.1f", b/1e6/s}') | $(awk -v w="$tokens" -v s="$secs" 'BEGIN{printf "%.0f", w/s}') | $(awk -v d="$ndocs" -v s="$secs" 'BEGIN{printf "%.0f", d/s}') | $((kb / 1024)) MB | $(awk -v a="$wc_s" -v s="$secs" 'BEGIN{printf "%.2f", a/s}') |"
		stage_lines+=("- $name, $t thread(s): $beststages")
	done
	speedup=$(awk -v a="$lx_s_1" -v b="$lx_s_2" 'BEGIN{printf "%.2f", a/b}')
	stage_lines+=("- $name: 2 threads = ${speedup} x 1 thread")

	if [ "${BENCH_TIDYTEXT:-1}" = 1 ] && command -v Rscript >/dev/null &&
	   Rscript -e 'suppressPackageStartupMessages({library(tidytext);library(SnowballC);library(dplyr);library(readr)})' >/dev/null 2>&1 &&
	   [ -f "$SHARED/peers/tidytext_count.R" ]; then
		/usr/bin/time -f "%e %M" -o "$OUT/t" Rscript "$SHARED/peers/tidytext_count.R" \
			"$SHARED/peers/words.csv" "$dir" "$OUT/tidytext.csv" > /dev/null 2>&1
		read -r tsecs tkb < "$OUT/t"
		say "| $name | tidytext + SnowballC | 1 | $tsecs | $(awk -v b="$bytes" -v s="$tsecs" 'BEGIN{printf "%.1f", b/1e6/s}') | | | $((tkb / 1024)) MB | $(awk -v a="$wc_s" -v s="$tsecs" 'BEGIN{printf "%.2f", a/s}') |"
		stage_lines+=("- $name: lextab (2 threads) = $(awk -v a="$tsecs" -v s="$lx_s_2" 'BEGIN{printf "%.1f", a/s}') x tidytext")
	else
		stage_lines+=("- $name: tidytext peer skipped (Rscript with tidytext, SnowballC, dplyr, readr not available, or BENCH_TIDYTEXT=0)")
	fi
done
say ""
say "Time per stage (summed over threads), ratios:"
say ""
for l in "${stage_lines[@]}"; do say "$l"; done
echo "(report saved in $report)" >&2
