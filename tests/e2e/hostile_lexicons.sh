#!/usr/bin/env bash
# Hostile lexicons (issue 8): catastrophic regexes are bounded by PCRE2
# limits (a warning with file:line, the run goes on); category names with
# quotes, semicolons, commas, SQL keywords and a leading '=' survive into
# every table and the database; a 1 MB line and 100,000 entries load.
. "$(dirname "$0")/lib.sh"
require sqlite3 python3
cd "$TMP"
mkdir -p corpus
{ printf 'P01: '; head -c 30000 /dev/zero | tr '\0' 'a'; printf '! trust\n'; } > corpus/evil.txt
printf 'P01: We trust the board; DROP TABLE hits; "quoted" words, =SUM(A1)\n' > corpus/plain.txt
cat > evil.lex <<'LEX'
theme: evil
[backtrack]
/(a+)+b/
/(a|aa)+$/
[trust]
trust
LEX
$LEXTAB run -l evil.lex --db evil.db --out evil-t corpus 2>err.txt
rc=$?
check "a catastrophic regex does not stop the run (exit $rc)" [ $rc = 0 ]
check "... it is reported with its lexicon file:line and the document" grep -qF 'evil.txt:1: regex /(a|aa)+$/ (evil.lex:4) stopped by the PCRE2 match limit' err.txt
check "... and the other categories are still counted" [ "$(sqlite3 evil.db "SELECT SUM(hits) FROM counts JOIN categories USING(category_id) WHERE name='evil.trust'")" = 2 ]

cat > names.lex <<'LEX'
theme: weird
[say "hello", friend]
hello
[a;b;DROP TABLE hits;--]
board
[SELECT * FROM categories]
trust
[=SUM(A1)]
quoted
['); DELETE FROM documents; --]
words
LEX
$LEXTAB run -q -l names.lex --db names.db --out names-t corpus
check "odd category names load and run" [ $? = 0 ]
check "the hits table still exists and holds rows" [ "$(sqlite3 names.db 'SELECT COUNT(*) FROM hits')" -gt 0 ]
check "no document was deleted" [ "$(sqlite3 names.db 'SELECT COUNT(*) FROM documents')" = 2 ]
python3 - names-t names.db <<'PY'
import csv, sqlite3, sys
d, db = sys.argv[1], sys.argv[2]
names = ['weird.say "hello", friend', 'weird.a;b;DROP TABLE hits;--', 'weird.SELECT * FROM categories',
         'weird.=SUM(A1)', "weird.'); DELETE FROM documents; --"]
con = sqlite3.connect(db)
have = {r[0] for r in con.execute("SELECT name FROM categories")}
bad = [n for n in names if n not in have]
for t in ["speaker_category", "role_category", "theme_summary", "entries"]:
    rows = list(csv.DictReader(open(f"{d}/{t}.csv", newline="", encoding="utf-8")))
    got = {r["category"] for r in rows}
    bad += [f"{t}: {n}" for n in names if n not in got and t != "entries"]
    if t == "entries":
        bad += [f"entries: {n}" for n in names if n not in got and n != 'weird.say "hello", friend']
hdr = next(csv.reader(open(f"{d}/cooccurrence.csv", newline="", encoding="utf-8")))
co = {r["category_a"] for r in csv.DictReader(open(f"{d}/cooccurrence.csv", newline="", encoding="utf-8"))}
bad += [f"cooccurrence: {n}" for n in names[:-1] if n not in co]
print("\n".join("# missing " + b for b in bad))
sys.exit(1 if bad else 0)
PY
check "every odd name survives into the database and every table" [ $? = 0 ]
# formula-like text cells: raw by default, guarded with --excel-safe
printf 'doc_id,speaker,role,site\nplain,P01,"=HYPERLINK(""http://x"",""y"")",@SUM(1)\n' > formula.csv
$LEXTAB run -q -l names.lex --meta formula.csv --db f.db --out f-raw corpus
check "without --excel-safe a cell keeps its leading '='" grep -q ',"=HYPERLINK(""http://x"",""y"")",' f-raw/speaker_category.csv
$LEXTAB tables --db f.db --out f-safe --excel-safe
check "--excel-safe prefixes it with a quote" grep -q ",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"," f-safe/speaker_category.csv
python3 -c "
import csv,sys,os
bad=[]
for f in os.listdir('f-safe'):
    for r in csv.reader(open('f-safe/'+f,newline='',encoding='utf-8')):
        for c in r:
            if c[:1] in ('=','+','@') or (c[:1]=='-' and not c[1:].replace('.','').isdigit()):
                bad.append((f,c))
print(bad[:3]); sys.exit(1 if bad else 0)"
check "--excel-safe leaves no text cell starting with = + - @ in any table" [ $? = 0 ]

# a 1 MB lexicon line and 100,000 entries
python3 -c "
print('theme: big'); print('[huge]')
print('\"' + ' '.join(['w%d' % i for i in range(100000)])[:1000000] + '\"')
print('[many]')
for i in range(100000): print('word%d' % i)
print('trust')" > big.lex
$LEXTAB lexicon check big.lex > check.txt 2>&1
check "a 1 MB line and 100,000 entries pass lexicon check" [ $? = 0 ]
check "... with all entries counted" grep -q "big.many *100001 entries" check.txt
$LEXTAB run -q -l big.lex --db big.db --out big-t corpus
check "... and run" [ "$(sqlite3 big.db "SELECT SUM(hits) FROM counts JOIN categories USING(category_id) WHERE name='big.many'")" = 2 ]

# a bad regex and an unknown section name the file and line, exit 2
printf 'theme: x\n[a]\nok\n/(unclosed/\n' > badrx.lex
$LEXTAB run -q -l badrx.lex --db x.db corpus 2>err.txt
check "a bad regex exits 2" [ $? = 2 ]
check "... with PCRE2's message and offset at file:line" grep -qE "badrx.lex:4: invalid regex /\(unclosed/: missing closing parenthesis at offset [0-9]+" err.txt
printf 'theme: x\nword\n' > outside.lex
$LEXTAB run -q -l outside.lex --db x.db corpus 2>err.txt
check "an entry outside a category exits 2 naming file:line" grep -q "outside.lex:2: entry 'word' outside a category" err.txt
e2e_done
