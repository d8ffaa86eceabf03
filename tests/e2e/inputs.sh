#!/usr/bin/env bash
# Input handling end to end: encodings, label patterns, metadata, rejected
# inputs, exit codes (README "Exit codes").
. "$(dirname "$0")/lib.sh"
require sqlite3
cd "$TMP"
cat > lex.lex <<'LEX'
theme: t
[trust]
trust
confid*
[roles]
"medical director"
LEX

# --- the same transcript in four encodings gives identical counts
mkdir -p enc
cat > enc/base.txt <<'TXT'
Interviewer: Do you trust the medical director?
P01: I don’t trust him, not at all. Confidence is low; café culture, naïve.
P01: The Medical Director and I — we talk.
TXT
printf '\xef\xbb\xbf' > enc/bom.txt; cat enc/base.txt >> enc/bom.txt
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE enc/base.txt; } > enc/utf16.txt
{ printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE enc/base.txt; } > enc/utf16be.txt
sed 's/$/\r/' enc/base.txt > enc/crlf.txt
tr '\n' '\r' < enc/base.txt > enc/cr.txt
iconv -f UTF-8 -t UTF-16LE enc/base.txt > enc/nobom16.txt
$LEXTAB run -q -l lex.lex --db enc.db --out enc-t enc
check "encodings run exits 0" [ $? = 0 ]
per_speaker() { sqlite3 enc.db "SELECT s.label, s.n_tokens, s.n_turns, (SELECT COALESCE(SUM(hits),0) FROM counts c WHERE c.doc_pk=s.doc_pk AND c.speaker=s.speaker), (SELECT COALESCE(SUM(negated),0) FROM counts c WHERE c.doc_pk=s.doc_pk AND c.speaker=s.speaker) FROM speakers s JOIN documents d USING(doc_pk) WHERE d.doc_id='$1' ORDER BY s.speaker"; }
base=$(per_speaker base)
check "base transcript has 2 speakers with tokens" [ "$(echo "$base" | wc -l)" = 2 ]
for v in bom utf16 utf16be crlf cr nobom16; do
	check "$v gives the same per-speaker tokens, turns, hits and negations" [ "$(per_speaker $v)" = "$base" ]
done
check "encodings are recorded" [ "$(sqlite3 enc.db "SELECT encoding FROM documents WHERE doc_id IN ('bom','utf16','utf16be') ORDER BY doc_id" | tr '\n' ' ')" = "UTF-8 with BOM UTF-16LE UTF-16BE " ]
# P01: trust, Confidence (trust.trust), Medical Director (t.roles); theme row 3;
# "don’t trust" negated in trust.trust and in t.*
check "P01: 20 tokens, 2 turns, 6 hits with theme row, 2 negated (don’t trust)" [ "$(echo "$base" | sed -n 2p)" = "P01|20|2|6|2" ] || echo "# got: $(echo "$base" | sed -n 2p)"

# --- Role (Name): pattern with named groups
mkdir -p pat
cat > pat/arg.txt <<'TXT'
Chief Justice (John G. Roberts, Jr.): We trust counsel.
Advocate (Juan C. Basombrio): Confidence, Your Honor.
Justice (Ruth Bader Ginsburg): I trust that.
TXT
$LEXTAB run -q -l lex.lex --db pat.db --out pat-t --speaker-pattern '^(?<role>[^(:]+) \((?<speaker>[^)]+)\): ' pat
check "pattern run exits 0" [ $? = 0 ]
got=$(sqlite3 pat.db "SELECT s.label || '=' || a.value FROM speakers s JOIN speaker_attrs a USING(doc_pk, speaker) WHERE a.key='role' ORDER BY s.speaker" | tr '\n' ';')
check "named groups give speaker and role" [ "$got" = "John G. Roberts, Jr.=Chief Justice;Juan C. Basombrio=Advocate;Ruth Bader Ginsburg=Justice;" ]
$LEXTAB run -q -l lex.lex --db pat2.db --out pat2-t --speaker-pattern '^(?<role' pat 2>err.txt
check "a bad --speaker-pattern exits 2" [ $? = 2 ]
check "... with PCRE2's message" grep -q 'speaker-pattern' err.txt

# --- metadata CSV with quoted labels containing commas
mkdir -p meta
cat > meta/m1.txt <<'TXT'
Interviewer: Tell me about trust.
Director (Roberts, John): I trust the board.
Smith: No confidence.
TXT
cat > meta.csv <<'CSV'
doc_id,speaker,role,site
m1,"Roberts, John","Director, Operations",North
*,Smith,Clinical Director,
m1,,,"South ""B"""
CSV
$LEXTAB run -q -l lex.lex --db meta.db --out meta-t --meta meta.csv meta
check "metadata run exits 0" [ $? = 0 ]
got=$(sqlite3 meta.db "SELECT s.label, group_concat(a.key || '=' || a.value, ';') FROM speakers s LEFT JOIN speaker_attrs a USING(doc_pk, speaker) GROUP BY s.doc_pk, s.speaker ORDER BY s.speaker")
# the document row (site South "B") applies to the interviewees, not the interviewer
want='Interviewer|role=interviewer
Roberts, John|role=Director, Operations;site=North
Smith|role=Clinical Director;site=South "B"'
check "metadata maps quoted labels, * rows and document rows" [ "$got" = "$want" ] || echo "# got: $got"
# (a row with fewer fields has empty cells at its end: docs/input-formats.md 8)
printf 'doc_id,speaker,role\nm1,Smith,x,y\n' > bad.csv
$LEXTAB run -q -l lex.lex --db bad.db --meta bad.csv meta 2>err.txt
check "a metadata row with a value beyond the header's columns exits 2" [ $? = 2 ]
check "... naming bad.csv:2" grep -q 'bad.csv:2' err.txt

# --- bad inputs are reported, the rest processed, exit 1
mkdir -p mixed/sub
cp enc/base.txt mixed/good.txt
head -c 4000 /dev/urandom > mixed/random.txt
printf '%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n' > mixed/paper.txt
: > mixed/empty.txt
printf 'Interviewer:\nP01:\n' > mixed/labels-only.txt
cp enc/base.txt mixed/locked.txt; chmod 000 mixed/locked.txt
cp enc/base.txt mixed/sub/good.md
cp enc/base.txt "mixed/sub/name with spaces é.txt"
ln -s .. mixed/sub/loop
$LEXTAB run -l lex.lex --db mixed.db --out mixed-t mixed 2>err.txt
rc=$?
if [ "$(id -u)" = 0 ]; then
	# root reads mode-000 files: only the binary files are rejected
	check "bad inputs give exit 1" [ $rc = 1 ]
	check "2 inputs failed (random, pdf)" [ "$(sqlite3 mixed.db 'SELECT documents_failed FROM runs')" = 2 ]
else
	check "bad inputs give exit 1" [ $rc = 1 ]
	check "3 inputs failed (random, pdf, unreadable)" [ "$(sqlite3 mixed.db 'SELECT documents_failed FROM runs')" = 3 ]
	check "the unreadable file is named" grep -q "locked.txt.*cannot read" err.txt
fi
check "random bytes are rejected as binary" grep -q "random.txt: binary file rejected" err.txt
check "a PDF is named as such" grep -q "paper.txt: binary file rejected: looks like a PDF" err.txt
check "the symlink loop is reported, not followed" grep -q "symlink loop" err.txt
check "the errors table lists the rejected inputs" [ "$(sqlite3 mixed.db "SELECT COUNT(*) FROM errors WHERE severity='error'")" -ge 2 ]
check "good files are processed, also with spaces and non-ASCII names" [ "$(sqlite3 mixed.db "SELECT group_concat(doc_id, ';') FROM (SELECT doc_id FROM documents ORDER BY doc_id)")" = "empty;good;labels-only;locked;sub/good;sub/name with spaces é" ] || [ "$(id -u)" != 0 ]
check "the good file's counts equal those of a run on it alone" [ "$(sqlite3 mixed.db "SELECT n_tokens FROM documents WHERE doc_id='good'")" = "$(sqlite3 enc.db "SELECT n_tokens FROM documents WHERE doc_id='base'")" ]
chmod 644 mixed/locked.txt

# --- duplicate doc_ids are both rejected
mkdir -p dup; cp enc/base.txt dup/x.txt; cp enc/base.txt dup/x.md
$LEXTAB run -q -l lex.lex --db dup.db dup 2>err.txt
check "duplicate doc_ids give exit 1" [ $? = 1 ]
check "... and name the other file" grep -q "doc_id 'x' is also the doc_id of" err.txt

# --- configuration errors exit 2, before anything is written
$LEXTAB run -q -l lex.lex --db none.db does-not-exist 2>err.txt
check "a missing input path exits 2" [ $? = 2 ]
check "... and creates no database" [ ! -e none.db ]
printf 'theme: x\n[a]\n"unclosed\n' > broken.lex
$LEXTAB run -q -l broken.lex --db none.db enc 2>err.txt
check "a broken lexicon exits 2" [ $? = 2 ]
check "... naming broken.lex:3" grep -q "broken.lex:3: " err.txt
$LEXTAB run -q -l lex.lex --lang klingon --db none.db enc 2>err.txt
check "an unknown --lang exits 2" [ $? = 2 ]
check "... listing the known languages" grep -q "english" err.txt

# --- names that would lose the database or the tables are refused
$LEXTAB run -q -l lex.lex --db "" enc 2>err.txt
check "--db '' exits 2" [ $? = 2 ]
$LEXTAB run -q -l lex.lex --db ":memory:" enc 2>err.txt
check "--db :memory: exits 2" [ $? = 2 ]
$LEXTAB tables --db enc.db --out "" 2>err.txt
check "--out '' exits 2" [ $? = 2 ]
# --- requested output that cannot be written is a failure, not a success
$LEXTAB report --db enc.db > /dev/full 2>err.txt
check "report to a full device exits 4" [ $? = 4 ]
$LEXTAB kwic --db enc.db --category t.trust --csv > /dev/full 2>err.txt
check "kwic to a full device exits 4" [ $? = 4 ]
$LEXTAB lexicon list lex.lex > /dev/full 2>err.txt
check "lexicon list to a full device exits 4" [ $? = 4 ]

# --- a second writer on the same database exits 3
exec 9>enc.db.lock
flock -n 9
$LEXTAB run -q -l lex.lex --db enc.db enc 2>err.txt
check "a locked database exits 3" [ $? = 3 ]
check "... naming the holder" grep -q "in use by another lextab run" err.txt
exec 9>&-
$LEXTAB run -q -l lex.lex --db enc.db enc
check "once released, the database is usable again" [ $? = 0 ]

# --- a corrupt database exits 4 and leaves the tables alone
cp -r enc-t enc-t.before
head -c 8192 /dev/urandom > corrupt.db
$LEXTAB run -q -l lex.lex --db corrupt.db --out enc-t enc 2>err.txt
check "a corrupt database exits 4" [ $? = 4 ]
check "... the previous tables are intact" same_tables enc-t.before enc-t
e2e_done
