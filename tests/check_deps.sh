#!/bin/sh
# Third-party headers stay behind their wrapper modules (STYLE B.1).
# Prints "N passed, M failed" like every test layer.
cd "$(dirname "$0")/.." || exit 2
pass=0 fail=0
rule() { # rule HEADER ALLOWED-FILES...
	h=$1; shift
	found=$(grep -l "#include <$h>" pipeline/*.c pipeline/*.h 2>/dev/null | sort)
	bad=""
	for f in $found; do
		ok=0
		for a in "$@"; do [ "$f" = "pipeline/$a" ] && ok=1; done
		[ $ok = 1 ] || bad="$bad $f"
	done
	if [ -z "$bad" ]; then echo "ok - <$h> only in: $*"; pass=$((pass + 1))
	else echo "not ok - <$h> included by:$bad (allowed: $*)"; fail=$((fail + 1)); fi
}
rule pcre2.h rx.c
rule sqlite3.h store.c
rule libstemmer.h stem.c
rule omp.h par.h
rule getopt.h cli.c
rule readstat.h statfile.c
rule utf8proc.h decode.c tokenize.c match.c countkey.c
rule xxhash.h lexicon.c run.c
rule zip.h docx.c xmlzip.c
# libxml2's headers are all under libxml/ (the writer in qdpx_export.c, the
# reader in qdpx_import.c, the shared safety set-up in xmlzip.c)
found=$(grep -l '#include <libxml/' pipeline/*.c pipeline/*.h 2>/dev/null |
	grep -vE '^pipeline/(docx|xmlzip|qdpx_export|qdpx_import)\.c$')
if [ -z "$found" ]; then echo "ok - <libxml/*.h> only in: docx.c xmlzip.c qdpx_export.c qdpx_import.c"; pass=$((pass + 1))
else echo "not ok - <libxml/*.h> included by: $found (allowed: docx.c xmlzip.c qdpx_export.c qdpx_import.c)"; fail=$((fail + 1)); fi
rule yaml.h dic_yaml.c
# utilities include only libc and each other
for f in lt.h xalloc.c xalloc.h diag.c diag.h arena.c arena.h intern.c intern.h csv.c csv.h; do
	if grep -E '#include "' "pipeline/$f" | grep -vqE '"(lt|xalloc|diag|arena|intern|csv|banned)\.h"'; then
		echo "not ok - utility $f includes a stage header"; fail=$((fail + 1))
	else pass=$((pass + 1)); fi
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
