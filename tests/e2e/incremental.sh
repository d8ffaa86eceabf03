#!/usr/bin/env bash
# Cron-safe incremental runs (DESIGN.md "Incremental runs", issue 7):
# change detection, re-matching on lexicon edits, crash safety under
# SIGKILL at many moments, locking, quiet runs and logs.
. "$(dirname "$0")/lib.sh"
require sqlite3
cd "$TMP"
cp -r "$ROOT/corpora/nhs" corpus
cp -r "$ROOT/lexicons" lex
n_docs=$(find corpus -type f | wc -l)
runq() { sqlite3 "$1" "SELECT $2 FROM runs ORDER BY run_id DESC LIMIT 1"; }
clean_tables() { # clean_tables OUTDIR: a fresh full run over the current corpus
	rm -rf clean.db* "$1"
	$LEXTAB run -q -l lex --db clean.db --out "$1" corpus
}

$LEXTAB run -q -l lex --db a.db --out ta corpus
check "first run exits 0" [ $? = 0 ]
check "first run processes every document" [ "$(runq a.db documents_processed)" = "$n_docs" ]
cp -r ta ta.first

# an unchanged re-run does nothing and writes the same tables
$LEXTAB run -q -l lex --db a.db --out ta corpus
check "unchanged re-run exits 0" [ $? = 0 ]
check "unchanged re-run processes 0 documents" [ "$(runq a.db documents_processed)" = 0 ]
check "... and skips all of them" [ "$(runq a.db documents_skipped)" = "$n_docs" ]
check "... and writes identical tables" same_tables ta.first ta

# touching a file (same content) reprocesses nothing
touch corpus/int01-coo.txt
$LEXTAB run -q -l lex --db a.db --out ta corpus
check "a touched but unchanged file is not reprocessed" [ "$(runq a.db documents_processed)" = 0 ]

# edit one, add one, delete one
victim=$(find corpus -name '*.txt' | sort | sed -n 2p)
edited=$(find corpus -name '*.txt' | sort | sed -n 3p)
echo "Interviewer: And do you trust the board now? We were never on the same page." >> "$edited"
cp "$edited" corpus/added-one.txt
rm "$victim"
$LEXTAB run -q -l lex --db a.db --out ta corpus
check "edit+add+delete run exits 0" [ $? = 0 ]
check "exactly 2 documents processed" [ "$(runq a.db documents_processed)" = 2 ]
check "exactly 1 document removed" [ "$(runq a.db documents_removed)" = 1 ]
check "the others are skipped" [ "$(runq a.db documents_skipped)" = $((n_docs - 2)) ]
clean_tables tclean
check "every table equals a clean full run byte for byte" same_tables tclean ta

# a lexicon edit re-matches everything
printf '\n[extra]\n# definition: added by the test\nboard\n' >> lex/trust.lex
$LEXTAB run -q -l lex --db a.db --out ta corpus
n_now=$(find corpus -type f | wc -l)
check "a lexicon edit re-matches all documents" [ "$(runq a.db documents_processed)" = "$n_now" ]
check "... and the runs table says why" [ -n "$(runq a.db rematch_reason)" ]
clean_tables tclean
check "... giving the tables of a clean run" same_tables tclean ta
$LEXTAB run -q -l lex --db a.db --out ta --full corpus
check "--full reprocesses everything" [ "$(runq a.db documents_processed)" = "$n_now" ]

# renaming a lexicon file renames its theme: everything is re-matched and the
# tables equal a clean run's (the file's bytes alone did not change)
mv lex/trust.lex lex/confidence.lex
$LEXTAB run -q -l lex --db a.db --out ta corpus
check "a renamed lexicon file re-matches all documents" [ "$(runq a.db documents_processed)" = "$n_now" ]
clean_tables tclean
check "... giving a clean run's tables (theme confidence.*)" same_tables tclean ta
check "... and the runs row records this run's lexicon files" grep -q confidence.lex <(sqlite3 a.db "SELECT lexicon_files FROM runs ORDER BY run_id DESC LIMIT 1")
mv lex/confidence.lex lex/trust.lex
$LEXTAB run -q -l lex --db a.db --out ta corpus
clean_tables tclean

# a transcript renamed to another extension is read again in its new format
mkdir -p cues
printf '00:00:01.000 --> 00:00:02.000\n<v Alice>I trust you.\n\n00:00:02.000 --> 00:00:03.000\n<v Bob>No conflict.\n' > cues/x.txt
$LEXTAB run -q -l lex --db cue.db --out tcue cues
mv cues/x.txt cues/x.vtt
$LEXTAB run -q -l lex --db cue.db --out tcue cues
check "a .txt renamed to .vtt is parsed as WebVTT" [ "$(sqlite3 cue.db "SELECT format || ':' || n_speakers FROM documents")" = "webvtt:2" ]

# an empty folder (an unmounted share) does not silently empty the database
mkdir -p gone
one=$(find corpus -name '*.txt' | sort | head -1)
cp "$one" gone/
$LEXTAB run -q -l lex --db gone.db --out tgone gone
cp -r tgone tgone.before
rm gone/*
$LEXTAB run -q -l lex --db gone.db --out tgone gone 2>err.txt
check "an empty folder that would remove every document exits 2" [ $? = 2 ]
check "... says it may be unmounted" grep -q "is it unmounted" err.txt
check "... and keeps the documents" [ "$(sqlite3 gone.db 'SELECT COUNT(*) FROM documents')" = 1 ]
check "... and the tables" same_tables tgone.before tgone
$LEXTAB run -q -l lex --db gone.db --out tgone --allow-empty gone
check "--allow-empty lets it remove them" [ "$(sqlite3 gone.db 'SELECT COUNT(*) FROM documents')" = 0 ]

# SIGKILL at five moments, then one finishing run
rm -rf k.db* tk
for point in doc:3 commit:2 doc:9 commit:6 tables:1 rename:3; do
	LEXTAB_CHUNK_DOCS=2 LEXTAB_CRASH=$point $LEXTAB run -q -l lex --db k.db --out tk corpus 2>/dev/null
	rc=$?
	check "killed at $point (exit $rc)" [ $rc = 137 ]
	for f in tk/*.csv; do
		[ -e "$f" ] || continue
		# a table under its real name is always complete: it ends with a newline
		# and has as many rows as a complete one of its kind would parse to
		[ "$(tail -c 1 "$f" | od -An -c | tr -d ' ')" = '\n' ] || not_ok "half-written $f after $point"
	done
done
LEXTAB_CHUNK_DOCS=2 $LEXTAB run -q -l lex --db k.db --out tk corpus
check "the run after the kills exits 0" [ $? = 0 ]
check "... and its tables equal a clean run's" same_tables tclean tk
check "no temporary table files are left behind" [ -z "$(find tk -name '.*tmp*')" ]
check "sqlite integrity_check passes" [ "$(sqlite3 k.db 'PRAGMA integrity_check')" = ok ]

# two concurrent runs: the second exits 3 at once, the first succeeds
mkfifo hold
LEXTAB_PAUSE=locked:hold $LEXTAB run -q -l lex --db a.db --out ta corpus &
first=$!
exec 8>hold            # returns once the first run holds the lock and waits
$LEXTAB run -q -l lex --db a.db --out ta corpus 2>err.txt
check "a second concurrent run exits 3" [ $? = 3 ]
check "... naming the holder's pid" grep -q "pid $first" err.txt
echo go >&8; exec 8>&-
wait $first
check "the first run succeeds" [ $? = 0 ]

# a stale lock file from a killed run is taken over
LEXTAB_CRASH=locked:1 $LEXTAB run -q -l lex --db a.db --out ta corpus 2>/dev/null
check "a run killed while holding the lock" [ $? = 137 ]
check "... leaves its lock file" [ -s a.db.lock ]
$LEXTAB run -q -l lex --db a.db --out ta corpus
check "the next run takes the stale lock over" [ $? = 0 ]

# --quiet prints nothing on success; --log appends timestamped lines
$LEXTAB run -q -l lex --db a.db --out ta --log run.log corpus 2>quiet.txt
check "--quiet prints nothing on success" [ ! -s quiet.txt ]
$LEXTAB run -q -l lex --db a.db --out ta --log run.log corpus 2>/dev/null
check "--log appends a start and a done line per run" [ "$(grep -c ' done: ' run.log)" = 2 ]
check "log lines start with a UTC timestamp" grep -qE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z start: ' run.log
$LEXTAB run -l lex --db a.db --out ta corpus 2>summary.txt
check "without --quiet a one-line summary ends stderr" grep -qE '^lextab: [0-9]+ documents seen, 0 processed' summary.txt

# a read-only or full disk gives exit 4 and keeps the previous tables
cp -r ta ta.keep
tsize=$(du -sk ta | cut -f1)
if [ "$(id -u)" = 0 ] && mkdir -p small && mount -t tmpfs -o size=$((tsize + 96))k tmpfs small 2>/dev/null; then
	# the database does not fit next to the tables
	cp -r ta small/t
	$LEXTAB run -q -l lex --db small/x.db --out small/t corpus 2>err.txt
	rc=$?
	check "a full disk under the database exits 4 (exit $rc)" [ $rc = 4 ]
	check "... with a clear message" grep -qiE 'full|space' err.txt
	check "... and the previous tables are intact" same_tables ta small/t
	# the database fits elsewhere, the new tables do not fit
	$LEXTAB run -q -l lex --db a.db --out small/t --full corpus 2>err.txt
	rc=$?
	check "a full disk under the tables exits 4 (exit $rc)" [ $rc = 4 ]
	check "... the previous tables are intact" same_tables ta small/t
	check "... and no temporary files are left" [ -z "$(find small/t -name '.*tmp*')" ]
	umount small
else
	skip "the full-disk checks need root and a tmpfs mount"
fi
if [ "$(id -u)" != 0 ]; then
	chmod a-w ta
	$LEXTAB run -q -l lex --db a.db --out ta corpus 2>err.txt
	check "an unwritable tables folder exits 4" [ $? = 4 ]
	chmod u+w ta
elif need "an immutable tables folder exits 4" chattr && chattr +i ta 2>/dev/null; then
	$LEXTAB run -q -l lex --db a.db --out ta corpus 2>err.txt
	check "an immutable tables folder exits 4" [ $? = 4 ]
	chattr -i ta
elif has_tool chattr; then
	skip "the read-only check needs chattr +i on this filesystem"
fi
check "the previous tables stay intact" same_tables ta.keep ta
cp a.db trunc.db; truncate -s 3000 trunc.db; rm -f trunc.db-wal trunc.db-shm
$LEXTAB run -q -l lex --db trunc.db --out ta corpus 2>err.txt
check "a truncated database exits 4" [ $? = 4 ]
check "... and the tables are untouched" same_tables ta.keep ta
# racy timestamps (issue 11): a file rewritten with the same size within
# the timestamp resolution of the run that read it. Faked without sleeping:
# the content changes (same size), the mtime is set to the stored run's
# start, and the stored mtime to the same instant (what that run saw).
rm -rf racy racy.db*
mkdir racy
printf 'Ann: I trust the board.\n' > racy/r.txt
$LEXTAB run -q -l lex --db racy.db --no-tables racy
start=$(sqlite3 racy.db 'SELECT started_at FROM runs ORDER BY run_id DESC LIMIT 1')
printf 'Ann: I doubt the board.\n' > racy/r.txt
touch -d "$start" racy/r.txt
sqlite3 racy.db "UPDATE documents SET mtime_ns = $(date -u -d "$start" +%s)000000000"
$LEXTAB run -q -l lex --db racy.db --no-tables racy
check "a same-size rewrite with an mtime not older than the last run is re-read" [ "$(runq racy.db documents_processed)" = 1 ]
check "... and its new content counted" [ "$(sqlite3 racy.db "SELECT COUNT(*) FROM turns WHERE text LIKE '%doubt%'")" = 1 ]

# a library upgrade (faked: the stored key names an older PCRE2) re-matches
# everything and says which library changed
key=$(sqlite3 racy.db "SELECT value FROM meta WHERE key = 'counting_key'")
now=$(printf '%s' "$key" | sed -n 's/.*;pcre2=\([^;]*\).*/\1/p')
check "the counting key holds the PCRE2 version" [ -n "$now" ]
check "... and the Unicode version" grep -q ';unicode=[0-9]' <<<"$key"
sqlite3 racy.db "UPDATE meta SET value = '$(printf '%s' "$key" | sed 's/;pcre2=[^;]*/;pcre2=10.01/')' WHERE key = 'counting_key'"
$LEXTAB run -q -l lex --db racy.db --no-tables racy
check "after a PCRE2 change every document is re-matched" [ "$(runq racy.db documents_processed)" = 1 ]
check "... and rematch_reason names the library, old -> new" [ "$(runq racy.db rematch_reason)" = "counting key changed: pcre2 '10.01' -> '$now'" ]
$LEXTAB run -q -l lex --db racy.db --no-tables racy
check "... once: the next run is incremental" [ "$(runq racy.db "COALESCE(rematch_reason, 'none')")" = none ]

e2e_done
