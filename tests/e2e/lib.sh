# Shared helpers for the end-to-end scripts (sourced, not run).
# Each script prints "ok - ..."/"not ok - ..." lines and ends with
# "N passed, M failed" through e2e_done.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BUILD:-build}
LEXTAB_BIN="$ROOT/$BUILD/lextab"
LEXTAB="${LEXTAB_WRAP:+$LEXTAB_WRAP }$LEXTAB_BIN"
E2E_PASS=0
E2E_FAIL=0
TMP=$(mktemp -d "${TMPDIR:-/tmp}/lextab-e2e.XXXXXX")
trap 'chmod -R u+rwx "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT

ok() { echo "ok - $*"; E2E_PASS=$((E2E_PASS + 1)); }
not_ok() { echo "not ok - $*"; E2E_FAIL=$((E2E_FAIL + 1)); }
# check DESCRIPTION COMMAND...: ok when the command succeeds
check() {
	local what=$1; shift
	if "$@"; then ok "$what"; else not_ok "$what"; fi
}
# same_tables DIR1 DIR2: every table file byte-identical
same_tables() {
	local a=$1 b=$2 f
	[ -n "$(ls "$a")" ] || return 1
	for f in "$a"/*; do
		cmp -s "$f" "$b/$(basename "$f")" || { echo "# differs: $(basename "$f")"; return 1; }
	done
	[ "$(ls "$a" | wc -l)" = "$(ls "$b" | wc -l)" ]
}
e2e_done() {
	echo "$E2E_PASS passed, $E2E_FAIL failed"
	[ "$E2E_FAIL" = 0 ]
}
