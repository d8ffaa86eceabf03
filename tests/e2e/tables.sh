#!/usr/bin/env bash
# The tables are consistent with each other and with the database, readable
# by Python and R, identical whatever the thread count or input order, and
# `lextab tables` reproduces them byte for byte.
. "$(dirname "$0")/lib.sh"
require sqlite3 python3
CORPUS="$ROOT/corpora/nhs"
META="$ROOT/corpora/nhs-metadata.csv"
cd "$TMP"

$LEXTAB run -q --threads 1 --meta "$META" --db one.db --out t1 "$CORPUS"
check "run with 1 thread succeeds" [ $? = 0 ]
$LEXTAB run -q --threads 2 --meta "$META" --db two.db --out t2 "$CORPUS"
check "run with 2 threads succeeds" [ $? = 0 ]
check "1 and 2 threads give identical tables" same_tables t1 t2

# the same files named one by one, in reverse order
mapfile -t files < <(find "$CORPUS" -type f | sort -r)
$LEXTAB run -q --threads 2 --meta "$META" --db rev.db --out trev "${files[@]}"
check "reversed input order gives identical tables" same_tables t1 trev

dump() { sqlite3 "$1" "SELECT * FROM documents ORDER BY doc_id" \
	"SELECT * FROM speakers ORDER BY doc_pk, speaker" \
	"SELECT * FROM speaker_attrs ORDER BY doc_pk, speaker, key" \
	"SELECT * FROM turns ORDER BY doc_pk, turn" \
	"SELECT * FROM hits ORDER BY doc_pk, turn, category_id, tok_start" \
	"SELECT * FROM counts ORDER BY doc_pk, speaker, category_id" \
	"SELECT * FROM categories ORDER BY category_id" \
	"SELECT * FROM entries ORDER BY entry_id" | sed 's/|[0-9]*$//' ; }
dump one.db | grep -v "^$" > one.sql
dump two.db | grep -v "^$" > two.sql
check "1 and 2 threads give the same database content" cmp -s one.sql two.sql

$LEXTAB tables --db one.db --out again
check "lextab tables reproduces the run's tables" same_tables t1 again

python3 "$ROOT/tests/e2e/check_tables.py" t1 one.db
check "tables agree with each other and the database (python)" [ $? = 0 ]

# kwic: one line per hit, for every category
bad=0
while IFS='|' read -r id name; do
	n=$($LEXTAB kwic --db one.db --csv --category "$name" | tail -n +2 | python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(sys.stdin)))')
	m=$(sqlite3 one.db "SELECT COUNT(*) FROM hits WHERE category_id = $id")
	[ "$n" = "$m" ] || { echo "# kwic $name: $n lines, $m hits"; bad=1; }
done < <(sqlite3 one.db "SELECT category_id, name FROM categories")
check "kwic lists one line per hit in every category" [ $bad = 0 ]

if need "R reads every table (read.csv) and the database (RSQLite)" Rscript R:RSQLite; then
	Rscript "$ROOT/tests/e2e/check_tables.R" t1 one.db
	check "R reads every table (read.csv) and the database (RSQLite)" [ $? = 0 ]
fi

# --tsv writes the same content tab-separated
$LEXTAB tables --db one.db --out tsv --tsv
python3 - "$TMP/t1" "$TMP/tsv" <<'PY'
import csv, sys, os
a, b = sys.argv[1], sys.argv[2]
for f in sorted(os.listdir(a)):
    rc = list(csv.reader(open(os.path.join(a, f), newline='', encoding='utf-8')))
    rt = list(csv.reader(open(os.path.join(b, f[:-4] + '.tsv'), newline='', encoding='utf-8'), delimiter='\t'))
    assert rc == rt, f
PY
check "--tsv tables hold the same rows as the CSV tables" [ $? = 0 ]
e2e_done
