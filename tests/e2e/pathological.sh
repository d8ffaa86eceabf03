#!/usr/bin/env bash
# A pathological corpus (issue 8): the run finishes with exit 0 or 1, every
# input is either processed or listed in the errors table and on stderr with
# a reason, and the good files' counts are exactly those of a run on them
# alone.
. "$(dirname "$0")/lib.sh"
require sqlite3
cd "$TMP"
cat > lex.lex <<'LEX'
theme: t
[trust]
trust
[conflict]
conflict*
"us and them"
LEX
mkdir -p good bad
cat > good/g1.txt <<'TXT'
Interviewer: Do you trust them?
P01: I don't trust them; there is conflict, us and them.
TXT
cat > good/g2.txt <<'TXT'
Q: And the board?
A: We trust the board. No conflict.
TXT
$LEXTAB run -q -l lex.lex --db alone.db --out alone-t good
check "the good files alone: exit 0" [ $? = 0 ]

c=bad
cp good/g1.txt good/g2.txt $c/
head -c 20000 /dev/urandom > $c/random.txt                         # binary named .txt
printf 'P01: caf\xc3 trust \xff\xfe conflict caf\xc3\xa9\n' > $c/invalid.txt  # invalid UTF-8 (the valid é keeps it UTF-8, not Windows-1252)
printf 'P01: over\xc0\xaflong \xe0\x80\xafmore trust\n' > $c/overlong.txt
printf 'P01: lone \xed\xa0\x80 surrogate trust\n' > $c/surrogate.txt # UTF-8-encoded surrogate
{ printf '\xff\xfe'; printf 'P01: lone \x00\xd8 x\x00\n\x00' ; } > $c/utf16-lone.txt  # UTF-16 lone surrogate
printf 'P01: before\0after trust\n' > $c/nul.txt                      # NUL inside a turn
{ printf 'P01: '; head -c 20000000 /dev/zero | tr '\0' 'a'; printf ' trust\n'; } > $c/long-line.txt
{ printf '\xff\xfe'; printf 'P01: trust and conflict\n' | iconv -f UTF-8 -t UTF-16LE; } > $c/u16bom.txt
printf 'P01: trust and conflict\n' | iconv -f UTF-8 -t UTF-16LE > $c/u16nobom.txt
printf 'P01: trust\rP02: conflict\r' > $c/cr-only.txt
: > $c/empty.txt
printf 'Interviewer:\nP01:\nP02:\n' > $c/labels-only.txt
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "P%d: trust\n", i % 7 }' > $c/many-turns.txt
{ printf '%s: trust\n' "$(head -c 300 /dev/zero | tr '\0' 'L')"; printf 'Speaker: conflict\n'; } > $c/long-label.txt
printf 'P01: trust\n' > "$c/name with spaces é.txt"
ln -s .. $c/loop
printf 'P01: trust\n' > $c/unreadable.txt; chmod 000 $c/unreadable.txt
$LEXTAB run -l lex.lex --db all.db --out all-t $c $c 2>err.txt
rc=$?
check "the run finishes with exit 0 or 1 (exit $rc)" [ $rc -le 1 ]
check "the folder given twice is taken once" grep -q "'$c' was given twice; taken once" err.txt
check "the symlink loop is named" grep -q "symlink loop" err.txt
# every warning printed is a row of the run's errors table, discovery's too
nwarn=$(grep -c '^lextab: warning: ' err.txt)
check "the warnings printed ($nwarn) are stored in errors" \
	[ "$nwarn" -gt 1 ] && [ "$(sqlite3 all.db "SELECT COUNT(*) FROM errors WHERE severity = 'warning'")" = "$nwarn" ]
check "... the folder given twice among them, about the run (input '')" \
	[ "$(sqlite3 all.db "SELECT COUNT(*) FROM errors WHERE input = '' AND message LIKE '%was given twice; taken once'")" = 1 ]

# every input is either processed or listed with a reason
missing=0
for f in $c/*; do
	[ -L "$f" ] && continue
	id=$(basename "$f"); id=${id%.*}
	if [ "$(sqlite3 all.db "SELECT COUNT(*) FROM documents WHERE doc_id = '$(echo "$id" | sed "s/'/''/g")'")" = 1 ]; then
		continue
	fi
	if grep -qF "$f" err.txt && [ "$(sqlite3 all.db "SELECT COUNT(*) FROM errors WHERE input = '$f' AND severity = 'error'")" -ge 1 ]; then
		continue
	fi
	echo "# neither processed nor listed: $f"; missing=1
done
check "every input is processed or listed in errors (db and stderr) with a reason" [ $missing = 0 ]
check "random bytes are rejected as binary" grep -q "random.txt: binary file rejected" err.txt
if [ "$(id -u)" != 0 ]; then
	check "the unreadable file is listed" grep -q "unreadable.txt.*cannot read" err.txt
fi
check "invalid UTF-8 is a warning with file:line" grep -q "invalid.txt:1: invalid UTF-8 byte 0xC3" err.txt
check "overlong sequences are replaced, with a warning" grep -q "overlong.txt:1: invalid UTF-8" err.txt
check "a UTF-8 surrogate is replaced, with a warning" grep -q "surrogate.txt:1: invalid UTF-8 byte 0xED" err.txt
check "a UTF-16 lone surrogate is replaced, with a warning" grep -q "utf16-lone.txt:1: 1 unpaired UTF-16 surrogate" err.txt
check "a NUL byte is replaced, with a warning" grep -q "nul.txt:1: 1 NUL byte replaced" err.txt
q() { sqlite3 all.db "$1"; }
check "text after the NUL byte is kept (2 hits: trust)" [ "$(q "SELECT SUM(c.hits) FROM counts c JOIN documents USING(doc_pk) JOIN categories k USING(category_id) WHERE doc_id='nul' AND k.name='t.trust'")" = 1 ]
check "the 20 MB line is one turn with its hit" [ "$(q "SELECT n_turns || ',' || n_tokens FROM documents WHERE doc_id='long-line'")" = "1,2" ]
check "UTF-16 with and without BOM give the same tokens" [ "$(q "SELECT n_tokens FROM documents WHERE doc_id='u16bom'")" = "$(q "SELECT n_tokens FROM documents WHERE doc_id='u16nobom'")" ]
check "CR-only line ends give two turns" [ "$(q "SELECT n_turns FROM documents WHERE doc_id='cr-only'")" = 2 ]
check "an empty file is processed with no turns" [ "$(q "SELECT n_turns FROM documents WHERE doc_id='empty'")" = 0 ]
check "labels with no text are turns with no tokens" [ "$(q "SELECT n_turns || ',' || n_tokens FROM documents WHERE doc_id='labels-only'")" = "3,0" ]
check "100,000 one-word turns are all counted" [ "$(q "SELECT n_turns || ',' || n_tokens FROM documents WHERE doc_id='many-turns'")" = "100000,100000" ]
check "... as 100,000 trust hits" [ "$(q "SELECT SUM(c.hits) FROM counts c JOIN documents USING(doc_pk) JOIN categories k USING(category_id) WHERE doc_id='many-turns' AND k.name='t.trust'")" = 100000 ]
check "a very long label line is kept (as text: too long for a label)" [ "$(q "SELECT n_tokens FROM documents WHERE doc_id='long-label'")" -ge 2 ]
check "non-ASCII file names with spaces are processed" [ "$(q "SELECT COUNT(*) FROM documents WHERE doc_id='name with spaces é'")" = 1 ]

# the good files' counts are exactly those of the run on them alone
per() { sqlite3 "$1" "SELECT d.doc_id, s.label, k.name, c.hits, c.matched_tokens, c.negated FROM counts c JOIN documents d USING(doc_pk) JOIN speakers s ON s.doc_pk=c.doc_pk AND s.speaker=c.speaker JOIN categories k USING(category_id) WHERE d.doc_id IN ('g1','g2') ORDER BY 1,2,3"; }
check "the good files' counts equal those of a run on them alone" [ "$(per all.db)" = "$(per alone.db)" ]
grep -F "$(sed -n 2p alone-t/speaker_category.csv)" all-t/speaker_category.csv >/dev/null
check "... and so do their speaker_category rows" [ $? = 0 ]
chmod 644 $c/unreadable.txt
e2e_done
