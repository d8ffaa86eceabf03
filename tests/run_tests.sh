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
# CI=true to make a missing tool a failure (tests/e2e/lib.sh).
# Sanitizer reports go to files (log_path) under $BUILD/sanitizer-logs; a
# suite during which any appears fails, even if every check in it passed
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
for v in ASAN_OPTIONS UBSAN_OPTIONS TSAN_OPTIONS; do
	export "$v=${!v:+${!v} }log_path=$SANLOG/report"
done

run_suite() {
	local name=$1; shift
	local out rc
	out=$("$@" 2>&1); rc=$?
	local last p=0 f=0 s=0 logs
	last=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$' | tail -n 1)
	if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed(,\ ([0-9]+)\ skipped)?$ ]]; then
		p=${BASH_REMATCH[1]} f=${BASH_REMATCH[2]} s=${BASH_REMATCH[4]:-0}
	fi
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1
	fi
	logs=$(find "$SANLOG" -type f | sort)
	if [ -n "$logs" ]; then
		out+=$'\n'"# sanitizer reports:"$'\n'$(head -n 60 $logs)
		f=$((f + 1))
		mkdir -p "$SANLOG.failed/$name" && mv $logs "$SANLOG.failed/$name/"
	fi
	printf '%s\n' "$out" | grep -E '^skip ' | sed "s|^|  $name: |"
	if [ "$f" -ne 0 ]; then
		printf '%s\n' "$out" | grep -v -E '^(ok|skip) ' | tail -n 60
		failed_suites+=("$name")
		printf 'FAIL %-28s %s passed, %s failed, %s skipped (exit %s)\n' "$name" "$p" "$f" "$s" "$rc"
	else
		printf 'ok   %-28s %s passed%s\n' "$name" "$p" "$([ "$s" = 0 ] || echo ", $s skipped")"
	fi
	total_pass=$((total_pass + p))
	total_fail=$((total_fail + f))
	total_skip=$((total_skip + s))
}

for layer in "${layers[@]}"; do
	case $layer in
	deps)
		run_suite check-deps tests/check_deps.sh ;;
	unit)
		for t in "$BUILD"/tests/test_*; do
			[ -x "$t" ] || continue
			run_suite "unit/$(basename "$t")" "$t"
		done ;;
	e2e)
		for t in tests/e2e/*.sh; do
			[ -f "$t" ] && [ "$t" != tests/e2e/lib.sh ] || continue
			run_suite "e2e/$(basename "$t" .sh)" bash "$t"
		done ;;
	e2e/*)
		run_suite "$layer" bash "tests/$layer.sh" ;;
	golden)
		[ -x tests/golden/run.sh ] && run_suite golden tests/golden/run.sh ;;
	fuzz)
		for r in "$BUILD"/tests/replay_fuzz_*; do
			[ -x "$r" ] || continue
			t=${r##*/replay_}
			run_suite "fuzz-replay/$t" "$r" "tests/fuzz/corpus/$t"
		done ;;
	*) echo "unknown layer '$layer'" >&2; exit 2 ;;
	esac
done

if [ ${#failed_suites[@]} -gt 0 ]; then
	echo "failed: ${failed_suites[*]}"
fi
echo "$total_pass passed, $total_fail failed, $total_skip skipped"
[ "$total_fail" -eq 0 ]
