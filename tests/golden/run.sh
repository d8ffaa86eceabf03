#!/usr/bin/env bash
# Golden end-to-end tests (STYLE B.9). Each case is a folder tests/golden/CASE/:
#   cmd            one shell command, run in a scratch copy of the case folder,
#                  with $LEXTAB (the binary, possibly under valgrind) and
#                  $ROOT (the repository) set; e.g.
#                  $LEXTAB run -l lex.lex --db out.db corpus
#   expect/...     files the command must produce, byte for byte, at the same
#                  relative paths (e.g. expect/tables/speaker_category.csv)
#   expect.stdout  exact stdout (optional)
#   expect.stderr  exact stderr after normalising timings (optional)
#   expect.exit    exit code (default 0)
# Each case runs twice, with OMP_NUM_THREADS=1 and =2; both must match.
# Usage: tests/golden/run.sh [--update] [--keep] [CASE...]
set -u
cd "$(dirname "$0")"
GOLDEN=$PWD
ROOT=$(cd ../.. && pwd)
export ROOT
BUILD=${BUILD:-build}
BIN="$ROOT/$BUILD/lextab"
LEXTAB="${LEXTAB_WRAP:+$LEXTAB_WRAP }$BIN"
export LEXTAB
update=0 keep=0
cases=()
for a in "$@"; do
	case $a in
	--update) update=1 ;;
	--keep) keep=1 ;;
	*) cases+=("${a%/}") ;;
	esac
done
if [ ${#cases[@]} -eq 0 ]; then
	for d in */; do [ -f "$d/cmd" ] && cases+=("${d%/}"); done
fi
pass=0 fail=0
scratch_root=$(mktemp -d "${TMPDIR:-/tmp}/lextab-golden.XXXXXX")

normalise() {
	sed -E -e 's/[0-9]+\.[0-9]+ MB in [0-9]+\.[0-9]+ s/N MB in N s/' \
	       -e "s|$1/||g"
}

run_case() {
	local c=$1 threads=$2
	local dir="$scratch_root/$c.t$threads"
	rm -rf "$dir"; mkdir -p "$dir"
	(cd "$GOLDEN/$c" && tar cf - --exclude=expect --exclude=expect.stdout \
		--exclude=expect.stderr --exclude=expect.exit .) | (cd "$dir" && tar xf -)
	(cd "$dir" && OMP_NUM_THREADS=$threads bash ./cmd >"$dir/.stdout" 2>"$dir/.stderr"; \
		echo $? >"$dir/.exit")
	normalise "$dir" <"$dir/.stderr" >"$dir/.stderr.n"
	echo "$dir"
}

compare_case() {
	local c=$1 dir=$2 label=$3 ok=1
	local want_exit=0
	[ -f "$GOLDEN/$c/expect.exit" ] && want_exit=$(cat "$GOLDEN/$c/expect.exit")
	if [ "$(cat "$dir/.exit")" != "$want_exit" ]; then
		echo "  $label: exit $(cat "$dir/.exit"), expected $want_exit"; ok=0
		sed 's/^/    stderr: /' "$dir/.stderr" | head -5
	fi
	if [ -f "$GOLDEN/$c/expect.stdout" ] && ! cmp -s "$GOLDEN/$c/expect.stdout" "$dir/.stdout"; then
		echo "  $label: stdout differs"; diff -u "$GOLDEN/$c/expect.stdout" "$dir/.stdout" | head -20; ok=0
	fi
	if [ -f "$GOLDEN/$c/expect.stderr" ] && ! cmp -s "$GOLDEN/$c/expect.stderr" "$dir/.stderr.n"; then
		echo "  $label: stderr differs"; diff -u "$GOLDEN/$c/expect.stderr" "$dir/.stderr.n" | head -20; ok=0
	fi
	if [ -d "$GOLDEN/$c/expect" ]; then
		while IFS= read -r f; do
			if [ ! -f "$dir/$f" ]; then
				echo "  $label: $f was not produced"; ok=0
			elif ! cmp -s "$GOLDEN/$c/expect/$f" "$dir/$f"; then
				echo "  $label: $f differs"; diff -u "$GOLDEN/$c/expect/$f" "$dir/$f" | head -20; ok=0
			fi
		done < <(cd "$GOLDEN/$c/expect" && find . -type f | sed 's|^\./||' | sort)
	fi
	[ $ok = 1 ]
}

for c in "${cases[@]}"; do
	if [ ! -f "$GOLDEN/$c/cmd" ]; then
		echo "not ok - $c: no such case"; fail=$((fail + 1)); continue
	fi
	d1=$(run_case "$c" 1)
	d2=$(run_case "$c" 2)
	if [ $update = 1 ]; then
		cp "$d1/.stdout" "$GOLDEN/$c/expect.stdout"
		cp "$d1/.stderr.n" "$GOLDEN/$c/expect.stderr"
		[ "$(cat "$d1/.exit")" = 0 ] && rm -f "$GOLDEN/$c/expect.exit" || cp "$d1/.exit" "$GOLDEN/$c/expect.exit"
		[ -s "$GOLDEN/$c/expect.stdout" ] || rm -f "$GOLDEN/$c/expect.stdout"
		[ -s "$GOLDEN/$c/expect.stderr" ] || rm -f "$GOLDEN/$c/expect.stderr"
		if [ -d "$GOLDEN/$c/expect" ]; then
			# refresh the files the case already pins
			while IFS= read -r f; do
				[ -f "$d1/$f" ] && cp "$d1/$f" "$GOLDEN/$c/expect/$f"
			done < <(cd "$GOLDEN/$c/expect" && find . -type f | sed 's|^\./||')
		fi
		echo "updated $c"
	fi
	out1=$(compare_case "$c" "$d1" "threads=1"); r1=$?
	out2=$(compare_case "$c" "$d2" "threads=2"); r2=$?
	if [ $r1 = 0 ] && [ $r2 = 0 ]; then
		echo "ok - $c"; pass=$((pass + 1))
	else
		echo "not ok - $c"; [ -n "$out1" ] && echo "$out1"; [ -n "$out2" ] && echo "$out2"
		fail=$((fail + 1))
	fi
done
[ $keep = 1 ] && echo "scratch kept in $scratch_root" || rm -rf "$scratch_root"
echo "$pass passed, $fail failed"
[ $fail = 0 ]
