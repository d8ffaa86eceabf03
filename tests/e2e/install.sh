#!/usr/bin/env bash
# make install: the binary, the bundled lexicons found from the installed
# location (no --lexicons, run from an unrelated folder), and a man page
# made from the --help texts that man can render.
. "$(dirname "$0")/lib.sh"
require sqlite3
cd "$TMP"
# make install rebuilds $BUILD/lextab with the default flags: in a sanitizer
# or serial build that would replace the binary the later scripts test
case $BUILD in *san*|*serial*)
	skip "install: runs in the plain build only (make test)"; e2e_done; exit ;;
esac
P="$TMP/prefix"
make -s -C "$ROOT" BUILD="$BUILD" PREFIX="$P" install > install.out 2>&1
check "make install PREFIX=... exits 0" [ $? = 0 ]
check "... installs the binary" [ -x "$P/bin/lextab" ]
check "... the bundled lexicons" [ -f "$P/share/lextab/lexicons/trust.lex" ]
check "... and a man page" [ -s "$P/share/man/man1/lextab.1" ]
mkdir -p elsewhere/corpus
printf 'Interviewer: Do you trust the board?\nMedical Director: I trust them completely.\n' > elsewhere/corpus/a.txt
cd elsewhere
env -u LEXTAB_LEXICONS "$P/bin/lextab" run -q --db s.db corpus
check "the installed lextab codes with the installed lexicons, from any folder" [ $? = 0 ]
files=$(sqlite3 s.db "SELECT lexicon_files FROM runs")
check "... read from PREFIX/share/lextab/lexicons" grep -q "$P/share/lextab/lexicons/trust.lex" <<<"$files"
check "... and found 'trust' in the director's turn" \
	[ "$(sqlite3 s.db "SELECT sum(c.hits) FROM counts c JOIN categories k USING (category_id) WHERE k.name = 'trust.*'")" -ge 1 ]
cd "$TMP"
for c in run tables kwic report merge validate; do
	grep -q "^\.SH \"lextab $c\"" "$P/share/man/man1/lextab.1" || { not_ok "the man page has a section for lextab $c"; continue; }
	ok "the man page has a section for lextab $c"
done
if need "man renders the page" man; then
	MANWIDTH=80 man -l "$P/share/man/man1/lextab.1" > man.txt 2>/dev/null
	check "man renders the page with the run options" grep -q -- '--lexicons PATH' man.txt
fi
make -s -C "$ROOT" BUILD="$BUILD" PREFIX="$P" uninstall > /dev/null 2>&1
check "make uninstall removes them" [ ! -e "$P/bin/lextab" -a ! -e "$P/share/lextab" ]
e2e_done
