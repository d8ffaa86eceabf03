#!/bin/sh
# make demo: code the bundled sample corpus with the bundled lexicons and
# metadata, then show the role x theme table. Output in demo-out/.
set -e
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
mkdir -p demo-out
"$BUILD/lextab" run --meta corpora/nhs-metadata.csv --db demo-out/lextab.db \
	--out demo-out/tables corpora/nhs
echo
"$BUILD/lextab" report --db demo-out/lextab.db
echo
"$BUILD/lextab" report --db demo-out/lextab.db --html demo-out/report.html
echo "HTML report (open it in a browser): demo-out/report.html"
echo "Tables (CSV, for R, Stata, SPSS, pandas): demo-out/tables/"
ls demo-out/tables | sed 's/^/  /'
echo "Database: demo-out/lextab.db"
echo "Next: build/lextab kwic --db demo-out/lextab.db --category tension.friction_frustration"
