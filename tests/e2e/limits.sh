#!/usr/bin/env bash
# Resource limits (issue 8): under `ulimit -v` a run that cannot allocate
# fails with a clear message and a documented exit code, never a crash;
# a limit too small for the requested threads runs with fewer.
. "$(dirname "$0")/lib.sh"
case "$BUILD" in
*asan*|*tsan*) skip "limits: a sanitizer reserves terabytes of address space (ulimit -v)"; e2e_done; exit ;;
esac
[ -n "${LEXTAB_WRAP:-}" ] && { skip "limits: not under valgrind (ulimit -v)"; e2e_done; exit; }
cd "$TMP"
corpus="$ROOT/corpora/nhs"
# The limits sit just above the address space the binary needs to load its
# shared libraries (about 8 MB before libxml2, 49 MB with it and the ICU
# data it brings), found by bisection so they follow the libraries.
lo=0 hi=1048576
while [ $((hi - lo)) -gt 256 ]; do
	mid=$(((lo + hi) / 2))
	if ( ulimit -v $mid; exec "$LEXTAB_BIN" --version ) >/dev/null 2>&1; then hi=$mid; else lo=$mid; fi
done
echo "# loads within ulimit -v $hi"
for kb in $((hi + 1000)) $((hi + 4000)) $((hi + 8000)); do
	rm -f u.db*
	( ulimit -v $kb; exec "$LEXTAB_BIN" run --threads 1 --db u.db --out t "$corpus" ) >out.txt 2>err.txt
	rc=$?
	if [ $rc = 0 ]; then
		ok "ulimit -v $kb: the run fits"
	else
		check "ulimit -v $kb: exit $rc is 4 (database) or 134 (out of memory)" test $rc = 4 -o $rc = 134
		check "ulimit -v $kb: the message says out of memory" grep -q "out of memory" err.txt
	fi
	check "ulimit -v $kb: no segmentation fault" [ $rc != 139 ]
done
rm -f u.db*
( ulimit -v 400000; exec "$LEXTAB_BIN" run --threads 8 --db u.db --out t "$corpus" ) >out.txt 2>err.txt
check "a limit that fits fewer threads still succeeds" [ $? = 0 ]
check "... and says how many threads it uses" grep -q "address-space limit (ulimit -v) of 390 MiB fits 2 threads, not 8" err.txt
e2e_done
