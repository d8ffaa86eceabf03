#!/usr/bin/env bash
# Runs every test layer and sums them: unit tests (build/tests/test_*),
# end-to-end scripts (tests/e2e/*.sh), golden cases (tests/golden/run.sh),
# fuzz corpus replays (build/tests/replay_*). Each layer prints lines and
# ends with "N passed, M failed" (optionally ", K skipped"); this script
# prints every skip and failure and ends with the total line,
# "N passed, M failed, K skipped". Exit status 0 when nothing failed.
# Usage: tests/run_tests.sh [deps|unit|e2e|e2e/NAME|golden|fuzz]...
#        (default: all; e2e/NAME is one script, tests/e2e/NAME.sh)
# Env: BUILD (default build), VALGRIND=1 to run the binary under valgrind,
# CI=true to make a missing tool a failure (tests/e2e/lib.sh), TEST_JOBS=N
# suites run at once (default: the number of cores; every suite works in
# its own temporary directory). Results are printed in the fixed suite order
# whatever order the suites finish in, each with its wall time.
# Sanitizer reports go to files (log_path) under $BUILD/sanitizer-logs/SUITE;
# a suite during which any appears fails, even if every check in it passed
# (a script that ignores an exit code cannot hide a report).
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
export BUILD
export LEXTAB="$PWD/$BUILD/lextab"
if [ "${VALGRIND:-0}" = 1 ]; then
	export LEXTAB_WRAP="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite"
	# valgrind cannot follow PCRE2's JIT code (false "uninitialised" reports)
	export LEXTAB_PCRE2_JIT=0
fi
layers=("$@")
[ ${#layers[@]} -eq 0 ] && layers=(deps unit e2e golden fuzz)

total_pass=0
total_fail=0
total_skip=0
failed_suites=()

SANLOG="$PWD/$BUILD/sanitizer-logs"
rm -rf "$SANLOG" "$SANLOG.failed"; mkdir -p "$SANLOG"
OUTDIR=$(mktemp -d "${TMPDIR:-/tmp}/lextab-suites.XXXXXX")
trap 'rm -rf "$OUTDIR"' EXIT
JOBS=${TEST_JOBS:-$(nproc 2>/dev/null || echo 1)}
names=()

# add_suite NAME CMD...: list a suite (reported in listing order)
cmds=()
add_suite() {
	names+=("$1"); shift
	local IFS=$'\x1f'
	cmds+=("$*")
}

# start_suite N: run suite N in the background, its output, exit status and
# wall time in $OUTDIR/N.*, its sanitizer reports in $SANLOG/N; at most
# $JOBS at once.
start_suite() {
	local n=$1 cmd
	IFS=$'\x1f' read -r -a cmd <<<"${cmds[$n]}"
	while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n 2>/dev/null || true; done
	(
		mkdir -p "$SANLOG/$n"
		for v in ASAN_OPTIONS UBSAN_OPTIONS TSAN_OPTIONS; do
			export "$v=${!v:+${!v} }log_path=$SANLOG/$n/report"
		done
		t0=$(date +%s)
		"${cmd[@]}" >"$OUTDIR/$n.out" 2>&1
		echo $? >"$OUTDIR/$n.rc"
		echo $(( $(date +%s) - t0 )) >"$OUTDIR/$n.sec"
	) &
}

# report_suite N: print suite N's skips, failures and counts; add them up
report_suite() {
	local n=$1 name=${names[$1]}
	local out rc sec last p=0 f=0 s=0 logs
	out=$(cat "$OUTDIR/$n.out"); rc=$(cat "$OUTDIR/$n.rc"); sec=$(cat "$OUTDIR/$n.sec")
	last=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$' | tail -n 1)
	if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed(,\ ([0-9]+)\ skipped)?$ ]]; then
		p=${BASH_REMATCH[1]} f=${BASH_REMATCH[2]} s=${BASH_REMATCH[4]:-0}
	fi
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1
	fi
	logs=$(find "$SANLOG/$n" -type f | sort)
	if [ -n "$logs" ]; then
		out+=$'\n'"# sanitizer reports:"$'\n'$(head -n 60 $logs)
		f=$((f + 1))
		mkdir -p "$SANLOG.failed/$name" && mv $logs "$SANLOG.failed/$name/"
	fi
	printf '%s\n' "$out" | grep -E '^skip ' | sed "s|^|  $name: |"
	if [ "$f" -ne 0 ]; then
		printf '%s\n' "$out" | grep -v -E '^(ok|skip) ' | tail -n 60
		failed_suites+=("$name")
		printf 'FAIL %-28s %s passed, %s failed, %s skipped (exit %s, %ss)\n' "$name" "$p" "$f" "$s" "$rc" "$sec"
	else
		printf 'ok   %-28s %s passed%s (%ss)\n' "$name" "$p" "$([ "$s" = 0 ] || echo ", $s skipped")" "$sec"
	fi
	total_pass=$((total_pass + p))
	total_fail=$((total_fail + f))
	total_skip=$((total_skip + s))
}

for layer in "${layers[@]}"; do
	case $layer in
	deps)
		add_suite check-deps tests/check_deps.sh ;;
	unit)
		for t in "$BUILD"/tests/test_*; do
			[ -x "$t" ] || continue
			add_suite "unit/$(basename "$t")" "$t"
		done ;;
	e2e)
		for t in tests/e2e/*.sh; do
			[ -f "$t" ] && [ "$t" != tests/e2e/lib.sh ] || continue
			add_suite "e2e/$(basename "$t" .sh)" bash "$t"
		done ;;
	e2e/*)
		add_suite "$layer" bash "tests/$layer.sh" ;;
	golden)
		[ -x tests/golden/run.sh ] && add_suite golden tests/golden/run.sh ;;
	fuzz)
		for r in "$BUILD"/tests/replay_fuzz_*; do
			[ -x "$r" ] || continue
			t=${r##*/replay_}
			add_suite "fuzz-replay/$t" "$r" "tests/fuzz/corpus/$t"
		done ;;
	*) echo "unknown layer '$layer'" >&2; exit 2 ;;
	esac
done
# the longest suites first (a 2-core run ends when the last one does)
SLOW_FIRST=" e2e/tables e2e/threads e2e/slurm e2e/validate golden e2e/report_html e2e/stats_clients "
for n in "${!names[@]}"; do
	[[ $SLOW_FIRST == *" ${names[$n]} "* ]] && start_suite "$n"
done
for n in "${!names[@]}"; do
	[[ $SLOW_FIRST == *" ${names[$n]} "* ]] || start_suite "$n"
done
wait
for n in "${!names[@]}"; do
	report_suite "$n"
done

if [ ${#failed_suites[@]} -gt 0 ]; then
	echo "failed: ${failed_suites[*]}"
fi
echo "$total_pass passed, $total_fail failed, $total_skip skipped"
[ "$total_fail" -eq 0 ]
