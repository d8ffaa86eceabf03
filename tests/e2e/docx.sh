#!/usr/bin/env bash
# Word .docx transcripts end to end (docs/input-formats.md "Word .docx"):
# a folder of .docx is read with the default --ext, each speaker gets the
# turns and tokens worked out by hand from tests/docx/make_fixtures.py, and
# rejected files (legacy .doc, .docm, encrypted, damaged, zip bomb) make the
# run exit 1 with their reason; `speakers` reads the same text through the
# same reader, and an incremental run re-reads a .docx only when its bytes
# change.
. "$(dirname "$0")/lib.sh"
require sqlite3
cd "$TMP"
D="$ROOT/tests/docx"
printf 'theme: t\n[care]\nkind\nfood\n' > lex.lex
mkdir in
for f in bold_labels table2 table3 tracked comment header_footer footnote field unicode; do
	cp "$D/$f.docx" in/
done
$LEXTAB run -q -l lex.lex --db d.db --out t in 2>err.txt
check "a folder of .docx runs with exit 0" [ $? = 0 ]
check "... and no message" [ ! -s err.txt ]
check "all 9 .docx are documents" [ "$(sqlite3 d.db 'SELECT COUNT(*) FROM documents')" = 9 ]
spk() { sqlite3 d.db "SELECT s.label || '|' || s.n_turns || '|' || s.n_tokens FROM speakers s JOIN documents d USING(doc_pk) WHERE d.doc_id='$1' ORDER BY s.speaker" | tr '\n' ';'; }
expect() { # DOC EXPECTED WHAT
	local got; got=$(spk "$1")
	check "$1: $3" [ "$got" = "$2" ] || echo "# got: $got"
}
# label|turns|tokens
# the title paragraphs ("Interview with P3", "Transcript 2") are preambles,
# not words (docs/input-formats.md 2.1)
expect bold_labels 'Interviewer|3|13;P3|2|19;Dr. Smith|1|1;' \
	"bold-run labels with and without colon; a bold heading is not a speaker"
expect table2 'Interviewer|1|6;P1|1|10;Dr. Lee|1|4;' \
	"speaker | text table: one turn per row, header row dropped"
expect table3 'Interviewer|2|13;Priya Raman|1|5;' \
	"time | speaker | text table: times are not words"
expect tracked 'Interviewer|2|8;P2|1|4;' "tracked changes accepted"
expect comment 'P1|1|4;' "comment text left out"
expect header_footer 'Interviewer|1|2;P4|1|1;' "header and footer left out"
expect footnote 'P1|1|5;' "footnote left out"
expect field '|1|17;' "field results in, field codes out"
expect unicode 'Élodie Martin|1|6;P2|1|5;' "accents and curly apostrophes"
check "'food' (comment.docx) and 'kind' (bold_labels.docx) are the only hits" \
	[ "$(sqlite3 d.db 'SELECT group_concat(form) FROM (SELECT DISTINCT doc_pk, turn, tok_start, form FROM hits ORDER BY form)')" = food,kind ]

# --- rejected: each with its reason, the run exits 1, good files still read
mkdir bad
cp "$D/legacy.doc" "$D/macro.docm" "$D/encrypted.docx" "$D/truncated.docx" "$D/bomb.docx" \
	"$D/comment.docx" bad/
$LEXTAB run -q -l lex.lex --db b.db --out bt --max-file-size 1 bad bad/legacy.doc bad/macro.docm \
	2>err.txt
check "rejected Word files make the run exit 1" [ $? = 1 ]
has() { grep -q -- "$1" err.txt || { echo "# stderr:"; sed 's/^/# /' err.txt; false; }; }
check "legacy .doc: reason given" has "legacy.doc: legacy Word .doc"
check ".docm: reason given" has "macro.docm: macro-enabled Word document"
check "encrypted: reason given" has "encrypted.docx: encrypted (password-protected)"
check "truncated: reason given" has "truncated.docx: damaged .docx"
check "zip bomb: stopped at 16 x --max-file-size" has "bomb.docx: word/document.xml inflates to more than 16777216 bytes"
check "the good file is still read" [ "$(sqlite3 b.db "SELECT COUNT(*) FROM documents WHERE doc_id='comment'")" = 1 ]
check "5 failures recorded" [ "$(sqlite3 b.db "SELECT COUNT(*) FROM errors WHERE severity = 'error'")" = 5 ]

# --- one reader (reader.h): `speakers` reads the same .docx text as `run`
# (speaker, turns and words equal the run's speakers table), and the run's
# incremental check hashes the .docx bytes, not its text
$LEXTAB speakers in 2>sp_err.txt | tail -n +2 | cut -d, -f1-4 | sort > sp.csv
check "speakers reads the .docx folder: 0 failed, 0 warnings" \
	grep -q '^lextab: 9 documents, 17 speakers (5 interviewers), 0 failed; 0 warnings;' sp_err.txt
sqlite3 -csv d.db "SELECT d.doc_id, s.label, s.n_turns, s.n_tokens FROM speakers s
	JOIN documents d USING(doc_pk)" | sed 's/"//g' | sort > run.csv
check "speakers and run: the same speakers, turns and words from each .docx" \
	cmp -s sp.csv run.csv || diff sp.csv run.csv | head -n 5 | sed 's/^/# /'
check "... 17 speaker rows (worked out above)" [ "$(wc -l < sp.csv)" = 17 ]
touch in/*.docx  # new mtimes, same bytes: hash-checked, not re-read
$LEXTAB run -q -l lex.lex --db d.db --out t in 2>/dev/null
runs() { sqlite3 d.db "SELECT documents_processed || '/' || documents_skipped FROM runs ORDER BY run_id DESC LIMIT 1"; }
check "unchanged .docx bytes, new mtimes: 0 processed, 9 skipped" [ "$(runs)" = 0/9 ]
if need "re-zipped .docx (same text, new bytes) is re-read" python3; then
	# the same entries stored uncompressed: other bytes, the same text; a
	# hash of the text would call it unchanged, the raw-byte hash must not
	python3 - "$D/unicode.docx" in/unicode.docx <<'PY'
import sys, zipfile
src = zipfile.ZipFile(sys.argv[1])
parts = [(i.filename, src.read(i.filename)) for i in src.infolist()]
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_STORED) as dst:
    for name, data in parts:
        dst.writestr(name, data)
PY
	check "the re-zipped copy has other bytes" bash -c "! cmp -s '$D/unicode.docx' in/unicode.docx"
	$LEXTAB run -q -l lex.lex --db d.db --out t in 2>/dev/null
	check "re-zipped .docx (same text, new bytes): 1 processed, 8 skipped" [ "$(runs)" = 1/8 ]
	expect unicode 'Élodie Martin|1|6;P2|1|5;' "... and read to the same speakers"
fi
cp "$D/table3.docx" in/bold_labels.docx  # new bytes under the old name
$LEXTAB run -q -l lex.lex --db d.db --out t in 2>/dev/null
check "changed .docx bytes: 1 processed, 8 skipped" [ "$(runs)" = 1/8 ]
expect bold_labels 'Interviewer|2|13;Priya Raman|1|5;' "... and its new text is read"
$LEXTAB speakers in 2>/dev/null | grep '^bold_labels,' | cut -d, -f2-4 | tr '\n' ';' > sp1.txt
check "speakers reads the new text the same way" [ "$(cat sp1.txt)" = 'Interviewer,2,13;Priya Raman,1,5;' ]

# --- --ext without .docx leaves Word files alone
$LEXTAB run -q -l lex.lex --db e.db --out et --ext .txt in 2>/dev/null
check "--ext .txt skips .docx" [ "$(sqlite3 e.db 'SELECT COUNT(*) FROM documents')" = 0 ]
e2e_done
