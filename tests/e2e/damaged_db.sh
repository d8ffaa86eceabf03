#!/usr/bin/env bash
# A damaged database, in every command that opens one: exit 4 with a
# message naming the database, never a signal (abort 134, segfault 139)
# and never a silent success. Damage kinds: bytes that are not a
# database, a truncated file, a dropped table, a missing column, a wrong
# schema version, a NULL where the schema says NOT NULL, and rows with
# impossible values (a negative count, a category that does not exist or
# is missing from the middle of the ids, a fractional category id, counts
# of documents that are gone;
# for kwic, a hit outside its turn's text or in a turn that is missing).
# Commands: run (the database it updates), tables, report, kwic, merge (as an input and as the output),
# validate sample and validate score.
# Run it under ASan with BUILD=build/asan (make BUILD=build/asan
# SANITIZE=address,undefined OPENMP=0): a sanitizer report ends the
# process with a signal or a non-4 code and fails the check.
. "$(dirname "$0")/lib.sh"
cd "$TMP"
command -v sqlite3 >/dev/null || { echo "not ok - sqlite3 (the CLI) is needed to damage databases; tests/deps.sh installs it"; echo "0 passed, 1 failed"; exit 1; }

mkdir corpus
cat > corpus/a.txt <<'EOF'
Interviewer: Tell me about the people you work with.
P1: I rely on the ward managers because they deliver what they promise.
P1: We trust the estates people and rely on them for the heating.
EOF
cat > trust.lex <<'EOF'
theme: trust
[rely]
=rely
[trusting]
=trust
EOF
$LEXTAB run -q -l trust.lex --db good.db --no-tables corpus
check "the undamaged database is built" [ $? = 0 ]
mkdir corpus2
cat > corpus2/b.txt <<'EOF'
Interviewer: And the managers?
P2: I rely on them and trust them.
EOF
$LEXTAB run -q -l trust.lex --db other.db --no-tables corpus2
check "a second database of other documents (a merge input)" [ $? = 0 ]
$LEXTAB validate sample --db good.db --out blank.csv --seed 1 2>/dev/null
check "a coding sheet is sampled from it" [ $? = 0 ]
# every hit marked relevant, every turn marked for every theme
python3 - blank.csv sheet.csv <<'PY'
import csv, sys
src, out = sys.argv[1:3]
with open(src, encoding='utf-8-sig', newline='') as f:
    rows = list(csv.reader(f))
h = rows[0]
ri = h.index('relevant')
th = [i for i, c in enumerate(h) if c.startswith('theme:')]
for r in rows[1:]:
    if r[0] == 'hit':
        r[ri] = '1'
    elif r[0] == 'turn':
        for i in th:
            r[i] = '1'
with open(out, 'w', encoding='utf-8-sig', newline='') as f:
    csv.writer(f).writerows(rows)
PY
cp good.db scored.db
$LEXTAB validate score --db scored.db --out score.csv sheet.csv >/dev/null 2>&1
check "the marked sheet scores on the undamaged database" [ $? = 0 ]
CAT=$(sqlite3 good.db "SELECT name FROM categories WHERE is_theme_row = 0 ORDER BY category_id LIMIT 1")
check "it has a category to look up ($CAT)" [ -n "$CAT" ]

# damage KIND DB: a copy of good.db damaged one way
damage() {
	local kind=$1 db=$2
	cp good.db "$db"
	case $kind in
	garbage)
		head -c 65536 /dev/urandom > "$db" ;;
	truncated)
		# the header survives, most pages do not
		truncate -s 8192 "$db" ;;
	dropped_table)
		sqlite3 "$db" "DROP TABLE hits" ;;
	missing_column)
		sqlite3 "$db" "ALTER TABLE counts DROP COLUMN negated" ;;
	schema_version)
		sqlite3 "$db" "UPDATE meta SET value = '99' WHERE key = 'schema_version'" ;;
	no_schema_version)
		sqlite3 "$db" "DELETE FROM meta WHERE key = 'schema_version'" ;;
	null_not_null)
		# a table rebuilt without its NOT NULL, then a NULL stored in it
		sqlite3 "$db" "PRAGMA writable_schema = ON;
			UPDATE sqlite_schema SET sql = replace(sql, 'started_at TEXT NOT NULL', 'started_at TEXT')
			 WHERE name = 'runs';" &&
		sqlite3 "$db" "UPDATE runs SET started_at = NULL" ;;
	negative_count)
		sqlite3 "$db" "UPDATE counts SET hits = -5 WHERE rowid IN (SELECT rowid FROM counts LIMIT 1)" 2>/dev/null ||
		sqlite3 "$db" "UPDATE counts SET hits = -5 WHERE category_id = (SELECT min(category_id) FROM counts)" ;;
	unknown_category)
		sqlite3 "$db" "UPDATE counts SET category_id = 9999 WHERE category_id = (SELECT min(category_id) FROM counts);
			UPDATE hits SET category_id = 9999 WHERE category_id = (SELECT min(category_id) FROM hits)" ;;
	category_hole)
		# a category in the middle gone: its ids are no longer contiguous,
		# so the check looks each row's category up (store.c unlisted)
		sqlite3 "$db" "DELETE FROM categories WHERE category_id = (SELECT min(category_id) + 1 FROM categories)" ;;
	fractional_category)
		# within the range of the ids, but no id
		sqlite3 "$db" "UPDATE counts SET category_id = 1.5 WHERE category_id = 1" ;;
	no_documents)
		sqlite3 "$db" "DELETE FROM documents" ;;
	hit_outside_turn)
		sqlite3 "$db" "UPDATE hits SET byte_start = 100000, byte_end = 100005" ;;
	hit_without_turn)
		sqlite3 "$db" "DELETE FROM turns WHERE (doc_pk, turn) IN (SELECT doc_pk, turn FROM hits)" ;;
	*) echo "unknown damage $kind" >&2; return 1 ;;
	esac
}

# expect4 WHAT DB CMD...: exit 4, no signal, the database named on stderr
expect4() {
	local what=$1 db=$2; shift 2
	"$@" >out.txt 2>err.txt
	local rc=$?
	if [ "$rc" = 4 ] && grep -q "$db" err.txt && ! grep -qi 'BUG\|AddressSanitizer\|runtime error' err.txt; then
		ok "$what: exit 4 naming $db"
	else
		not_ok "$what: exit $rc (want 4 and '$db' named)"
		sed 's/^/#   /' err.txt | head -5
	fi
}

KINDS="garbage truncated dropped_table missing_column schema_version no_schema_version
	null_not_null negative_count unknown_category category_hole fractional_category
	no_documents"
for k in $KINDS; do
	damage "$k" "$k.db" || { not_ok "damaging $k"; continue; }
	cp "$k.db" "$k.orig"
	expect4 "$k: tables" "$k.db" $LEXTAB tables --db "$k.db" --out "t-$k"
	expect4 "$k: report" "$k.db" $LEXTAB report --db "$k.db"
	expect4 "$k: kwic" "$k.db" $LEXTAB kwic --db "$k.db" -c "$CAT"
	expect4 "$k: merge input" "$k.db" $LEXTAB merge -q --no-tables "m-$k.db" other.db "$k.db"
	check "$k: a failed merge leaves no output database" [ ! -e "m-$k.db" ]
	cp "$k.orig" "o-$k.db"
	expect4 "$k: merge output" "o-$k.db" $LEXTAB merge -q --no-tables "o-$k.db" good.db
	expect4 "$k: validate sample" "$k.db" $LEXTAB validate sample --db "$k.db" --out "s-$k.csv" --seed 1
	cp "$k.orig" "$k.db"
	expect4 "$k: validate score" "$k.db" $LEXTAB validate score --db "$k.db" --out "v-$k.csv" sheet.csv
	cp "$k.orig" "$k.db"
	expect4 "$k: run" "$k.db" $LEXTAB run -q -l trust.lex --db "$k.db" --out "r-$k" corpus
done

# kwic alone reads a hit's bytes within its turn's text: checked there
# (checking every hit against its turn on open would read every turn)
for k in hit_outside_turn hit_without_turn; do
	damage "$k" "$k.db" || { not_ok "damaging $k"; continue; }
	expect4 "$k: kwic" "$k.db" $LEXTAB kwic --db "$k.db" -c "$CAT"
	expect4 "$k: kwic --sample" "$k.db" $LEXTAB kwic --db "$k.db" -c "$CAT" --sample 1
done

e2e_done
