#!/usr/bin/env bash
# Runs every test layer and sums them: unit tests (build/tests/test_*),
# end-to-end scripts (tests/e2e/*.sh), golden cases (tests/golden/run.sh),
# fuzz corpus replays (build/tests/replay_*). Each layer prints lines and
# ends with "N passed, M failed"; this script ends with the total line.
# Usage: tests/run_tests.sh [unit|e2e|golden|fuzz]...   (default: all)
# Env: BUILD (default build), VALGRIND=1 to run the binary under valgrind.
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
failed_suites=()

run_suite() {
	local name=$1; shift
	local out rc
	out=$("$@" 2>&1); rc=$?
	local last
	last=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -n 1)
	local p=0 f=0
	if [ -n "$last" ]; then
		p=${last%% passed*}
		f=${last#*, }; f=${f%% failed}
	fi
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1
	fi
	if [ "$f" -ne 0 ]; then
		printf '%s\n' "$out" | grep -v -E '^ok ' | tail -n 40
		failed_suites+=("$name")
		printf 'FAIL %-28s %s passed, %s failed (exit %s)\n' "$name" "$p" "$f" "$rc"
	else
		printf 'ok   %-28s %s passed\n' "$name" "$p"
	fi
	total_pass=$((total_pass + p))
	total_fail=$((total_fail + f))
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
			[ -f "$t" ] || continue
			run_suite "e2e/$(basename "$t" .sh)" bash "$t"
		done ;;
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
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
