#!/usr/bin/env bash
# Results do not depend on the locale (issue 11): the same corpus and
# lexicons under LC_ALL=C and LC_ALL=C.UTF-8 give byte-identical tables,
# database content, messages, kwic lines, report and lexicon listing.
# The corpus is chosen to trip whatever a locale changes: non-ASCII file
# names and folders that strcoll() would order differently from bytes,
# upper-case non-ASCII words (towlower/toupper), non-ASCII speaker labels and
# metadata, decimals in the tables (LC_NUMERIC), curly apostrophes and a
# rejected input (strerror-style messages).
. "$(dirname "$0")/lib.sh"
require sqlite3 locale:C.UTF-8
cd "$TMP"
mkdir -p corpus/Équipe corpus/zeta
cp "$ROOT"/corpora/nhs/* corpus/
cat > corpus/Équipe/Émile.txt <<'EOF'
Zoë: I TRUST the ÉQUIPE, and the équipe trusts me. The Straße is long.
Émile: I don’t trust the board. Honestly, the tension is real; ÉCOLE.
Zoë: Our rôle is unclear, and İstanbul sent its regards.
EOF
cat > corpus/éclair.txt <<'EOF'
Interviewer: Do you trust them?
Ørjan: Trust? Not really. The Straße team, the STRASSE team: tension everywhere.
EOF
printf 'Interviewer: And you?\nZed: I trust the équipe.\n' > corpus/zeta/Zed.txt
printf 'Interviewer: Fine.\nab: No tension.\n' > corpus/apple.txt
head -c 2000 /dev/urandom > corpus/zeta/ünreadable.txt
cat > extra.lex <<'EOF'
theme: intl
[team]
équipe
straße
[school]
/[ÉE]COLE/
[city]
istanbul
EOF
printf 'doc_id,site\nÉquipe/Émile,Montréal\néclair,Zürich\nzeta/Zed,Oslo\napple,Åre\n' > meta.csv

# one run per locale, the same relative arguments in folders of the same
# name length, everything a user sees collected in the folder
for loc in C C.UTF-8; do
	d=run-$loc
	mkdir -p "$d"
	(
		cd "$d" || exit
		export LC_ALL=$loc
		$LEXTAB run -l "$ROOT/lexicons" -l ../extra.lex --meta ../meta.csv \
			--db out.db --out tables ../corpus >run.out 2>run.err.raw
		echo $? >rc
		# the summary line's elapsed time is the one thing that may differ
		sed -E 's/ in [0-9]+\.[0-9]+ s;/ in N s;/' run.err.raw >run.err
		$LEXTAB kwic --db out.db --csv -c trust.* >kwic.csv 2>&1
		$LEXTAB kwic --db out.db --csv -c intl.* >kwic-intl.csv 2>&1
		$LEXTAB report --db out.db >report.txt 2>&1
		$LEXTAB lexicon list -l "$ROOT/lexicons" -l ../extra.lex >lexicon.txt 2>&1
	)
done
a=run-C b=run-C.UTF-8
check "LC_ALL=C: exit 1 (one input rejected)" [ "$(cat $a/rc)" = 1 ]
check "the run sees the non-ASCII files" [ "$(sqlite3 $a/out.db \
	"SELECT count(*) FROM documents WHERE doc_id IN ('Équipe/Émile', 'éclair', 'zeta/Zed')")" = 3 ]
check "... folds ÉQUIPE and Straße/STRASSE onto the lexicon's words" [ "$(sqlite3 $a/out.db \
	"SELECT count(*) FROM hits JOIN categories USING(category_id) WHERE name = 'intl.team'")" -ge 4 ]
check "the run's summary line is there to compare" grep -qE "1 failed, [0-9]+ warnings?; 0.2 MB in N s; exit 1" $a/run.err
check "C.UTF-8 gives the same exit code" [ "$(cat $b/rc)" = "$(cat $a/rc)" ]
for f in run.out run.err kwic.csv kwic-intl.csv report.txt lexicon.txt; do
	check "$f byte-identical under C and C.UTF-8" cmp -s $a/$f $b/$f
done
check "the tables byte-identical under C and C.UTF-8" same_tables $a/tables $b/tables
check "... and there are tables" [ "$(ls $a/tables | wc -l)" -ge 3 ]
db_dump $a/out.db runs.started_at runs.finished_at > a.dump
db_dump $b/out.db runs.started_at runs.finished_at > b.dump
check "the database identical under C and C.UTF-8 (all but the run's timestamps)" cmp -s a.dump b.dump
check "... and the dump holds the documents" grep -q "'Équipe/Émile'" a.dump
e2e_done
