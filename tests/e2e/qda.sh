#!/usr/bin/env bash
# REFI-QDA bridge (docs/qda.md): `lextab export --qdpx` on the demo corpus
# (with a UTF-16 transcript, non-ASCII text and .docx inputs) - schema-valid,
# every hit's selection cut from the exported source equals its matched
# words (tests/qda/check_export.py, independent of lextab), byte-identical
# twice and in any time zone; the round trip (export, import as human
# codings, 100% precision and recall); `validate score --qdpx` on projects
# laid out as NVivo, MAXQDA and QualCoder write them (tests/qda/
# make_fixtures.py), figures worked out by hand; ATLAS.ti's samples from
# ../shared when present; hostile archives rejected.
. "$(dirname "$0")/lib.sh"
Q="$ROOT/tests/qda"
cd "$TMP"

# The schema is MIT-licensed (notice inside the file): a copy is in
# tests/qda. It must equal the one in ../shared when that is present.
XSD="$Q/Project-mrt2019.xsd"
SHARED="$ROOT/../shared/refi-qda"
[ -d "$SHARED" ] || SHARED="$ROOT/../../shared/refi-qda"
if [ -f "$SHARED/Project-mrt2019.xsd" ]; then
	check "tests/qda's schema is the REFI-QDA 1.0 schema of ../shared" cmp -s "$XSD" "$SHARED/Project-mrt2019.xsd"
fi
require python3 sqlite3
have_xmllint=0
need "the REFI-QDA schema checks" xmllint && have_xmllint=1
valid() { # valid QDPX: project.qde validates against the schema
	rm -rf v && mkdir v && python3 -c "import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extract('project.qde', 'v')" "$1" &&
		xmllint --noout --schema "$XSD" v/project.qde 2>/dev/null
}

# ---------------------------------------------------------------- export
mkdir corpus
cp "$ROOT"/corpora/nhs/* corpus/
cp "$ROOT"/tests/docx/unicode.docx "$ROOT"/tests/docx/table2.docx "$Q"/corpus-docx/hits.docx corpus/
$LEXTAB run -q --meta "$ROOT/corpora/nhs-metadata.csv" --db d.db corpus
check "the demo corpus runs" [ $? = 0 ]
check "... with a UTF-16 input" [ "$(sqlite3 d.db "SELECT COUNT(*) FROM documents WHERE encoding LIKE 'UTF-16%'")" -ge 1 ]
check "... and .docx inputs with hits" [ "$(sqlite3 d.db "SELECT COUNT(*) FROM hits JOIN documents USING(doc_pk) WHERE path LIKE '%.docx'")" -ge 1 ]
$LEXTAB export --db d.db --qdpx out.qdpx 2>err.txt
check "export succeeds" [ $? = 0 ]
check "export says what it wrote" grep -q "wrote 'out.qdpx': 28 sources" err.txt
check "... with the .docx hits among them" [ "$(sqlite3 d.db "SELECT COUNT(*) FROM hits h JOIN documents USING(doc_pk) JOIN categories c USING(category_id) WHERE path LIKE '%hits.docx' AND NOT c.is_theme_row")" -ge 3 ]
if [ $have_xmllint = 1 ]; then
	check "project.qde validates against the REFI-QDA schema" valid out.qdpx
fi
python3 "$Q/check_export.py" d.db out.qdpx > chk.txt
check "every hit's selection is its matched words, in its turn and code" [ $? = 0 ]
sed 's/^/# /' chk.txt | grep -v '^# ok' || true
check "non-ASCII matched words are among them" grep -Eq '# [0-9]+ hits, [1-9][0-9]* with non-ASCII' chk.txt
python3 - out.qdpx <<'EOF' > layout.txt
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
print(names[0])
print(all(n.startswith("sources/") and n.endswith(".txt") for n in names[1:]))
print(len({i.date_time for i in z.infolist()}))
EOF
check "the archive: project.qde first, then sources/*.txt, one date" [ "$(tr '\n' ' ' < layout.txt)" = "project.qde True 1 " ]
TZ=Pacific/Auckland $LEXTAB export --db d.db --qdpx again.qdpx 2>/dev/null
check "byte-identical when exported again (another time zone)" cmp -s out.qdpx again.qdpx
$LEXTAB export --db d.db --qdpx iv.qdpx --include-interviewer --cases-by label 2>/dev/null
check "--include-interviewer --cases-by label exports" [ $? = 0 ]
python3 "$Q/check_export.py" d.db iv.qdpx --include-interviewer > /dev/null
check "... with the interviewers' hits, each one right" [ $? = 0 ]
if [ $have_xmllint = 1 ]; then check "... and validates" valid iv.qdpx; fi
check "one case per label: 'Interviewer' once" [ "$(python3 -c "
import zipfile,sys,re; t=zipfile.ZipFile('iv.qdpx').read('project.qde').decode()
print(len(re.findall(r'<Case [^>]*name=\"Interviewer\"', t)))")" = 1 ]
$LEXTAB export --db d.db --qdpx one.qdpx --category trust.* 2>/dev/null
check "--category trust.* keeps the trust codes only" python3 -c "
import zipfile,re; t=zipfile.ZipFile('one.qdpx').read('project.qde').decode()
names=re.findall(r'<Code guid=\"[^\"]*\" name=\"([^\"]*)\"', t)
assert names[0]=='trust' and 'tension' not in names and 'lextab: negated' in names, names"
$LEXTAB export --db d.db --qdpx x.qdpx --category nosuch 2>err.txt
check "an unknown category is a usage error (exit 2)" [ $? = 2 ]
$LEXTAB export --db d.db 2>/dev/null
check "--qdpx is required (exit 2)" [ $? = 2 ]
$LEXTAB export --db missing.db --qdpx m.qdpx 2>/dev/null
check "a missing database is an I/O error (exit 4)" [ $? = 4 ]

# ---------------------------------------------------------------- round trip
{ echo "code,category"; sqlite3 d.db "SELECT theme || '/' || short_name || ',' || name FROM categories WHERE is_theme_row = 0"; } > map.csv
$LEXTAB validate score --db d.db --qdpx out.qdpx --map map.csv --out rt.csv > rt.txt 2>rt.err
check "round trip: the export scored as human codings (exit 0)" [ $? = 0 ]
check "round trip: every category has precision and recall 1" python3 - <<'EOF'
import csv
rows = list(csv.DictReader(open("rt.csv")))
assert len(rows) >= 20, len(rows)
for r in rows:
    assert r["unit"] == "turns", r
    assert r["fp"] == "0" and r["fn"] == "0", r
    if int(r["tp"]):
        assert r["precision"] == "1.0000" and r["recall"] == "1.0000" and r["f1"] == "1.0000", r
EOF
check "round trip: stored in the validation table" [ "$(sqlite3 d.db "SELECT COUNT(*) FROM validation WHERE unit = 'turns' AND fp = 0 AND fn = 0")" -ge 20 ]

# ---------------------------------------------------------------- tools
$LEXTAB run -q -l "$Q/trust.lex" --db t.db "$Q/corpus"
check "the small corpus: hits in turns 1 and 3" [ "$(sqlite3 t.db "SELECT group_concat(turn) FROM (SELECT DISTINCT turn FROM hits ORDER BY turn)")" = "1,3" ]
# Hand coding in every fixture: Reliance (under Trust) on turns 1 and 4,
# Trust on turn 3. Units: the 4 turns of P1 (the interviewer left out).
#   trust.rely: lexicon turns {1}, human {1,4}: tp 1, fp 0, fn 1:
#     precision 1, recall 0.5, F1 2/3
#   trust (theme): lexicon {1,3}, human {1,3,4} (Trust and its child
#     Reliance): tp 2, fp 0, fn 1: precision 1, recall 2/3, F1 0.8
expect_scores() { # FILE
	python3 - "$1" <<'EOF'
import csv, sys
r = {x["name"]: x for x in csv.DictReader(open(sys.argv[1]))}
a, b = r["trust.rely"], r["trust.*"]
assert (a["n"], a["tp"], a["fp"], a["fn"]) == ("4", "1", "0", "1"), a
assert (a["precision"], a["recall"], a["f1"]) == ("1.0000", "0.5000", "0.6667"), a
assert (b["n"], b["tp"], b["fp"], b["fn"]) == ("4", "2", "0", "1"), b
assert (b["precision"], b["recall"], b["f1"]) == ("1.0000", "0.6667", "0.8000"), b
EOF
}
printf 'code,category\nReliance,trust.rely\nCodes/Trust,trust\n' > nvivo.csv
$LEXTAB validate score --db t.db --qdpx "$Q/nvivo.qdpx" --map nvivo.csv --out nv.csv >/dev/null 2>err.txt
check "NVivo layout: scored, one source left out (exit 1)" [ $? = 1 ]
check "NVivo: codes in a folder (by path), CRLF and BOM: the hand-worked figures" expect_scores nv.csv
check "NVivo: the picture source ignored with a note" grep -q "warning: .*PictureSource 'ward photo' ignored: only text sources" err.txt
check "NVivo: the unrelated source listed as not aligned" grep -q "error: .*source 'parking meeting' cannot be aligned" err.txt
printf 'code,category\nTrust/Reliance,trust.rely\nTrust,trust.*\n' > tools.csv
$LEXTAB validate score --db t.db --qdpx "$Q/maxqda.qdpx" --map tools.csv --out mq.csv >/dev/null 2>err.txt
check "MAXQDA layout (timestamps, a .docx beside the text): exit 0" [ $? = 0 ]
check "MAXQDA: the hand-worked figures" expect_scores mq.csv
check "MAXQDA: the audio source ignored with a note" grep -q "AudioSource 'a.mp3' ignored" err.txt
$LEXTAB validate score --db t.db --qdpx "$Q/qualcoder.qdpx" --map tools.csv --out qc.csv >/dev/null 2>err.txt
check "QualCoder layout (one line, name with extension): exit 0" [ $? = 0 ]
check "QualCoder: the hand-worked figures" expect_scores qc.csv
check "QualCoder: the PDF source ignored with a note" grep -q "PDFSource 'policy.pdf' ignored" err.txt
printf 'code,category\nNoSuchCode,trust.rely\nReliance,trust.rely\n' > bad.csv
$LEXTAB validate score --db t.db --qdpx "$Q/maxqda.qdpx" --map bad.csv --out b.csv >/dev/null 2>err.txt
check "a map code not in the project is listed (exit 1)" [ $? = 1 ]
check "... with the map's line" grep -q "bad.csv:2: no code 'NoSuchCode' in the project" err.txt
printf 'code,category\nReliance,trust.nosuch\n' > bad2.csv
$LEXTAB validate score --db t.db --qdpx "$Q/maxqda.qdpx" --map bad2.csv 2>err.txt >/dev/null
check "a map naming an unknown category is a usage error (exit 2)" [ $? = 2 ]
check "... with the map's line" grep -q "bad2.csv:2: no category 'trust.nosuch'" err.txt
$LEXTAB validate score --db t.db --qdpx "$Q/maxqda.qdpx" 2>/dev/null
check "--qdpx without --map is a usage error" [ $? = 2 ]
for s in "$SHARED"/samples/*.qdpx; do
	[ -f "$s" ] || continue
	$LEXTAB validate score --db t.db --qdpx "$s" --map tools.csv 2>err.txt >/dev/null
	rc=$?
	check "ATLAS.ti sample $(basename "$s"): read, no text source to score (exit 2)" [ $rc = 2 ]
	check "... said plainly" grep -q "no text source to score" err.txt
done
if [ -f "$SHARED/samples/target-atlas-project.qdpx" ]; then
	printf 'code,category\nCommits/2022-02-11T10:39:25Z cdbfd92,trust.rely\n' > atlas.csv
	$LEXTAB validate score --db t.db --qdpx "$SHARED/samples/target-atlas-project.qdpx" --map atlas.csv 2>err.txt >/dev/null
	check "ATLAS.ti: a child code found by its path through its parent" bash -c "! grep -q 'no code' err.txt"
fi

# ---------------------------------------------------------------- hostile
hostile() { # NAME MESSAGE-PATTERN
	$LEXTAB validate score --db t.db --qdpx "$Q/hostile/$1.qdpx" --map tools.csv --out h.csv >/dev/null 2>err.txt
	local rc=$?
	check "hostile $1: rejected (exit 2), no crash" [ $rc = 2 ]
	check "hostile $1: '$2'" grep -q "$2" err.txt
}
hostile bomb "zip bomb"
hostile traversal "path traversal"
hostile absolute "absolute entry name"
hostile backslash "backslash in an entry name"
hostile laughs "DTD (<!DOCTYPE>)"
hostile xxe "DTD (<!DOCTYPE>)"
hostile deep "nests elements deeper"
hostile malformed "malformed project.qde"
hostile noqde "no project.qde"
hostile notzip "not a ZIP archive"
check "nothing written outside the output" [ ! -e /tmp/lextab-traversal-x ] && [ ! -e /tmp/lextab-absolute-x ] && [ ! -e "$TMP/../lextab-traversal-x" ]
check "no h.csv written for a rejected project" [ ! -e h.csv ]

e2e_done
