# Shared helpers for the end-to-end scripts.
#
# Sourced by tests/e2e/*.sh: each script prints "ok - ..."/"not ok - ..."/
# "skip - ..." lines and ends with "N passed, M failed, K skipped" through
# e2e_done. Also run directly, for the one tool check outside the scripts:
#   tests/e2e/lib.sh need WHAT TOOL...   (see need_tools below; the Makefile
#                                         uses it before a sanitizer build)
#
# Missing tools (issue 11: no check passes when a tool it needs is missing):
# every check that needs a program or file beyond the lextab binary asks
# need/require first. A missing tool is a printed, counted skip locally and a
# failure in CI (CI=true, as .ci/run sets it), where `make deps` installs
# everything. A check that cannot run for a reason other than a missing tool
# (not root, a sanitizer that forbids it) calls skip: counted and printed, in
# CI too.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BUILD:-build}
LEXTAB_BIN="$ROOT/$BUILD/lextab"
LEXTAB="${LEXTAB_WRAP:+$LEXTAB_WRAP }$LEXTAB_BIN"
E2E_PASS=0
E2E_FAIL=0
E2E_SKIP=0

ok() { echo "ok - $*"; E2E_PASS=$((E2E_PASS + 1)); }
not_ok() { echo "not ok - $*"; E2E_FAIL=$((E2E_FAIL + 1)); }
skip() { echo "skip - $*"; E2E_SKIP=$((E2E_SKIP + 1)); }
in_ci() { [ "${CI:-}" = true ]; }

# has_tool TOOL: TOOL is a command on PATH, an existing file (a path with a
# '/'), "R:PKG" (an R package Rscript can load) or "locale:NAME" (a UTF-8
# locale the C library knows; an unknown LC_ALL silently means "C")
has_tool() {
	case $1 in
	locale:*) [ "$(LC_ALL=${1#locale:} locale charmap 2>/dev/null)" = UTF-8 ] ;;
	R:*) command -v Rscript >/dev/null 2>&1 &&
		Rscript -e "suppressMessages(library(${1#R:}))" >/dev/null 2>&1 ;;
	*/*) [ -e "$1" ] ;;
	*) command -v "$1" >/dev/null 2>&1 ;;
	esac
}

# need WHAT TOOL...: true when every TOOL is there; otherwise reports WHAT
# (the checks that cannot run) as a skip, or as a failure in CI, and is false.
#   if need "R reads the tables" Rscript R:RSQLite; then ...; fi
need() {
	local what=$1 t missing=""
	shift
	for t in "$@"; do
		has_tool "$t" || missing="$missing $t"
	done
	[ -z "$missing" ] && return 0
	if in_ci; then
		not_ok "$what: missing$missing (CI installs it: make deps)"
	else
		skip "$what: missing$missing (make deps installs it)"
	fi
	return 1
}

# require TOOL...: the whole script needs these; when one is missing the
# script ends here, its checks counted as one skip (a failure in CI).
require() {
	need "$(basename "$0" .sh): every check" "$@" && return 0
	e2e_done
	exit
}

e2e_done() {
	echo "$E2E_PASS passed, $E2E_FAIL failed, $E2E_SKIP skipped"
	[ "$E2E_FAIL" = 0 ]
}

# run directly: `lib.sh need WHAT TOOL...` prints the usual lines and exits
# 0 when every tool is there, 3 when one is missing locally (a skip), 1 in CI
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	[ "${1:-}" = need ] && [ $# -ge 3 ] || { echo "usage: $0 need WHAT TOOL..." >&2; exit 2; }
	shift
	need "$@" && exit 0
	e2e_done
	in_ci && exit 1
	exit 3
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/lextab-e2e.XXXXXX")
trap 'chmod -R u+rwx "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT

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

# db_dump DB [TABLE.COLUMN...]: a canonical text dump of every table of DB -
# the schema, then each table's rows (every column as an SQL literal,
# .mode quote) ordered by all their columns, so the dump does not depend on
# insertion order or rowids. The TABLE.COLUMN arguments are left out; a
# caller lists them with the reason they may differ.
db_dump() {
	local db=$1 t cols c
	shift
	local skip_cols=" $* "
	sqlite3 "$db" "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
	for t in $(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"); do
		cols=""
		for c in $(sqlite3 "$db" "SELECT name FROM pragma_table_info('$t') ORDER BY cid"); do
			case $skip_cols in *" $t.$c "*) continue ;; esac
			cols="${cols:+$cols, }\"$c\""
		done
		echo "== $t ($cols)"
		[ -n "$cols" ] && sqlite3 -cmd '.mode quote' "$db" "SELECT $cols FROM \"$t\" ORDER BY $cols"
	done
}
