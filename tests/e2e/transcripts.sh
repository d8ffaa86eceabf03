#!/usr/bin/env bash
# Real transcripts read right, or loudly wrong (issue 12), end to end:
#  - `lextab speakers` on tests/transcripts/ (34 transcripts in every
#    layout, tests/transcripts/README) gives exactly expected.csv, whose
#    speakers, roles, turns and words were counted by hand from the files;
#  - each segmentation finding and metadata warning, with its file:line;
#  - --template; --strict; the warnings stored in the errors table; an
#    incremental run reports no false mismatches for unchanged documents;
#  - --speaker-pattern-for chooses a pattern per file.
. "$(dirname "$0")/lib.sh"
require sqlite3
T="$ROOT/tests/transcripts"
cd "$TMP"
cp -r "$T" tr
LEX="$ROOT/lexicons"
# in the corpus folder, as expected.csv was written: paths ./..., metadata.csv:LINE
in_tr() { (cd tr && $LEXTAB "$@"); }

# ---- the speaker inventory against the hand-made expectation
in_tr speakers --meta metadata.csv . >got.csv 2>err.txt
check "speakers: exit 0 (warnings do not change it)" [ $? = 0 ]
if diff tr/expected.csv got.csv >diff.txt; then ok "speakers output equals expected.csv"
else not_ok "speakers output equals expected.csv"; sed 's/^/# /' diff.txt | head -20; fi
OMP_NUM_THREADS=1 in_tr speakers -j 1 --meta metadata.csv . >got1.csv 2>err1.txt
check "the same bytes with one thread" cmp -s got.csv got1.csv
notime() { sed -E 's/; [0-9.]+ s; exit/; N s; exit/' "$1"; }
check "... and the same messages" [ "$(notime err.txt)" = "$(notime err1.txt)" ]

has() { grep -qF -- "$2" "$1" || { echo "# missing in $1: $2"; return 1; }; }
check "finding: all speakers interviewers" has err.txt \
	"./errors/er01.txt: all 2 speaker(s) are interviewers (first: 'Interviewer')"
check "finding: labels differing only in case, with both lines" has err.txt \
	"./errors/er02.txt:4: labels 'Dr Khan' (line 2) and 'DR KHAN' (line 4) differ only in case"
check "finding: 20 non-blank lines, one speaker" has err.txt \
	"./errors/er03.txt: 20 non-blank lines but a single speaker ''"
check "finding: a label seen once in a long document, with its line" has err.txt \
	"./errors/er04.txt:11: label 'Ms Grey' appears only once in 21 turns"
check "finding: 'Dr Khan' and 'Dr. Khan' read as one speaker" has err.txt \
	"./plain/p04.txt:4: labels 'Dr Khan' (line 2) and 'Dr. Khan' read as one speaker 'Dr Khan'"
check "Windows-1252 transcript named" has err.txt \
	"./cp1252/w01.txt:2: not valid UTF-8; decoded as Windows-1252 (first non-ASCII byte 0xEB here)"
check "Windows-1252 metadata (';', CRLF, Excel's empty columns) named" has err.txt \
	"metadata.csv:14: not valid UTF-8; decoded as Windows-1252 (Latin-1)"
check "metadata: 'Dr Priya Raman' for 'Dr. Priya Raman' matched after normalisation" has err.txt \
	"metadata.csv:8: speaker 'Dr Priya Raman' matched label 'Dr. Priya Raman' in document 'otter/ot01' only after normalisation"
check "metadata: 'helen carter' for 'Helen Carter'" has err.txt \
	"metadata.csv:9: speaker 'helen carter' matched label 'Helen Carter' in document 'otter/ot02' only after"
check "metadata: doc_id one character away" has err.txt \
	"metadata.csv:16: doc_id 'trint/tr2' matches no document; did you mean 'trint/tr02'? (one character away)"
check "metadata: doc_id with an extension" has err.txt \
	"metadata.csv:17: doc_id 'errors/er01.txt' matches no document; did you mean 'errors/er01'?"
check "speakers without a role counted" has err.txt "25 of 70 speakers have no role: 'Hélène Dubois' (cp1252/w02)"
check "a .doc in the folder is not silent" has err.txt \
	"1 file in a format lextab cannot read was skipped: './errors/old-notes.doc' (save Word files as .docx"
check "summary line counts speakers and warnings" has err.txt \
	"lextab: 34 documents, 70 speakers (31 interviewers), 0 failed; 14 warnings;"
check "14 warning lines" [ "$(grep -c '^lextab: warning: ' err.txt)" = 14 ]

# ---- --template: a metadata skeleton; never overwritten without --force
$LEXTAB speakers -q --template tmpl.csv tr/plain >/dev/null
check "--template exit 0" [ $? = 0 ]
printf '%s\n' 'doc_id,speaker,role,group' 'p01,Interviewer,interviewer,' 'p01,P01,,' \
	'p02,Q,interviewer,' 'p02,A,,' 'p03,interviewer 1,interviewer,' 'p03,Speaker Two,,' \
	'p04,Interviewer,interviewer,' 'p04,Dr Khan,,' >want.csv
check "--template rows: one per speaker, known roles filled" cmp -s want.csv tmpl.csv
$LEXTAB speakers -q --template tmpl.csv tr/plain >/dev/null 2>e2.txt
check "an existing template is not overwritten: exit 2" [ $? = 2 ]
check "... with a message" has e2.txt "--template: 'tmpl.csv' exists; --force replaces it"
sed -i 's/^p01,P01,,$/p01,P01,Nurse,non-physician/' tmpl.csv
$LEXTAB speakers -q --meta tmpl.csv tr/plain >t2.csv
check "the completed template is usable metadata" grep -qx 'p01,P01,2,10,2,0,Nurse,tmpl.csv:3,non-physician,tmpl.csv:3' t2.csv
$LEXTAB speakers -q --force --template tmpl.csv tr/plain >/dev/null
check "--force replaces it" cmp -s want.csv tmpl.csv

# ---- the run: the same warnings, stored; --strict; the summary counts them
in_tr run -l "$LEX" --db ../r.db --out ../tab --meta metadata.csv . >/dev/null 2>run.txt
check "run: exit 0 with warnings" [ $? = 0 ]
check "run: summary counts 14 warnings" has run.txt "0 failed, 14 warnings;"
check "run: findings in the errors table with file and line" [ "$(sqlite3 r.db \
	"SELECT input || ':' || line FROM errors WHERE message LIKE 'label ''Ms Grey''%'")" = ./errors/er04.txt:11 ]
check "run: metadata report in the errors table" [ "$(sqlite3 r.db \
	"SELECT input || ':' || line FROM errors WHERE message LIKE 'doc_id ''trint/tr2''%'")" = metadata.csv:16 ]
check "run: role summary in the errors table" [ "$(sqlite3 r.db \
	"SELECT COUNT(*) FROM errors WHERE message LIKE '25 of 70 speakers have no role%'")" = 1 ]
check "run: Word transcripts read (4 .docx)" [ "$(sqlite3 r.db \
	"SELECT COUNT(*) FROM documents WHERE path LIKE '%.docx'")" = 4 ]
in_tr run --strict -l "$LEX" --db ../r.db --out ../tab --meta metadata.csv . >/dev/null 2>run2.txt
check "--strict: exit 1 when there are warnings" [ $? = 1 ]
check "incremental: every document unchanged" has run2.txt "0 processed, 34 unchanged"
check "incremental: no false 'not in document' warnings for unchanged documents" \
	bash -c "! grep -q 'is not in document' run2.txt"
check "incremental: the same metadata report and role summary as the first run" \
	[ "$(grep -c 'metadata.csv:\|speakers have no role' run2.txt)" = "$(grep -c 'metadata.csv:\|speakers have no role' run.txt)" ]
mkdir clean
cp tr/plain/p01.txt clean/
printf 'doc_id,speaker,role\np01,P01,Nurse\n' >clean.csv
$LEXTAB run --strict -l "$LEX" --db c.db --out ctab --meta clean.csv clean >/dev/null 2>c.txt
check "--strict on a clean corpus: exit 0" [ $? = 0 ]
check "... and 0 warnings" has c.txt "0 failed, 0 warnings;"
check "... and no warning line" bash -c "! grep -q warning: c.txt"

# ---- a metadata row naming a speaker its document does not have
printf 'doc_id,speaker,role\np01,P01,Nurse\np01,Helen Carters,Nurse\n*,Moderatr,interviewer\np01,Tom  Price,x\n' >m2.csv
$LEXTAB speakers -q --meta m2.csv clean >/dev/null 2>/dev/null
$LEXTAB speakers --meta m2.csv clean 2>m2.txt >/dev/null
check "row whose speaker is not in its document: its speakers and the nearest" has m2.txt \
	"m2.csv:3: speaker 'Helen Carters' is not in document 'p01' (its speakers: 'Interviewer', 'P01'"
check "'*' row matching nobody" has m2.txt "m2.csv:4: speaker 'Moderatr' of a '*' row is no speaker of any document"
check "two spaces in a speaker matching nothing is reported" has m2.txt "m2.csv:5: speaker 'Tom  Price' is not in document 'p01'"

# ---- --speaker-pattern-for: one pattern for one folder, the standard rule elsewhere
mkdir -p pf/court pf/ward
printf '%s\n' '>> JUSTICE ANN: Counsel, proceed.' '>> MR LEE: Thank you.' '[00:01:02] more from Mr Lee' >pf/court/c1.txt
cp tr/plain/p01.txt pf/ward/w1.txt
$LEXTAB speakers -q --speaker-pattern-for 'court/*=>> (?<speaker>[A-Z ]+): ' pf >pf.csv
check "--speaker-pattern-for: the folder's pattern" grep -qx 'court/c1,JUSTICE ANN,1,2,1,0,,none,,none' pf.csv
check "... a time mark on a continuation line is not words" grep -qx 'court/c1,MR LEE,1,6,2,0,,none,,none' pf.csv
check "... other files keep the standard rule" grep -qx 'ward/w1,P01,2,10,2,0,,none,,none' pf.csv
$LEXTAB speakers -q --speaker-pattern-for 'court/*' pf >/dev/null 2>pe.txt
check "--speaker-pattern-for without '=RE': exit 2" [ $? = 2 ]
$LEXTAB run -q -l "$LEX" --db p.db --out ptab pf >/dev/null
$LEXTAB run -l "$LEX" --db p.db --out ptab --speaker-pattern-for 'court/*=>> (?<speaker>[A-Z ]+): ' pf >/dev/null 2>p2.txt
check "a new --speaker-pattern-for re-matches everything" [ "$(sqlite3 p.db \
	"SELECT rematch_reason FROM runs ORDER BY run_id DESC LIMIT 1")" != "" ]
check "... and the folder's speakers are the pattern's" [ "$(sqlite3 p.db \
	"SELECT group_concat(label, '|') FROM (SELECT s.label FROM speakers s JOIN documents d USING(doc_pk) WHERE d.doc_id = 'court/c1' ORDER BY s.speaker)")" = 'JUSTICE ANN|MR LEE' ]

# ---- the demo corpus is clean: no warning, no '(none)' role row
$LEXTAB run -l "$LEX" --db demo.db --out demo --meta "$ROOT/corpora/nhs-metadata.csv" \
	"$ROOT/corpora/nhs" >/dev/null 2>demo.txt
check "make demo's corpus: 0 warnings" has demo.txt "0 failed, 0 warnings;"
$LEXTAB report --db demo.db >report.txt
check "make demo's report has no (none) row" bash -c "! grep -q '(none)' report.txt"
e2e_done
