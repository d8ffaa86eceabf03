#!/bin/sh
# Draw the seeded samples of the word trust/trusts used to measure how often
# the trust lexicon counts the organisation "trust" (lexicons/validation/trust.md).
# usage: lexicons/validation/trust-org.sh WORKDIR
#   needs build/lextab and WORKDIR/inquiry.db and WORKDIR/inquiry-meta.csv
#   from lexicons/validation/run-inquiry.sh WORKDIR
# Writes WORKDIR/occ.db (every trust, trusts, trust's, trusts' as one
# category) and three sheets to code (column `organisation`, 1 or 0):
# witness turns seed 2026, counsel turns seed 2026 and 2126 (200 each).
# Then: trust-org-count.py WORKDIR/occ.db WORKDIR/inquiry.db SHEET > RESULT
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
work=$1
corpus=${INQUIRY:-$here/../shared/corpora/inquiry}
mkdir -p "$work/occ-lex"
cat > "$work/occ-lex/occ.lex" <<'LEX'
theme: occ
description: every occurrence of the word trust / trusts (measurement of organisation uses)
version: 1

[trustword]
# definition: the word trust, trusts, trust's or trusts' (any sense)
=trust
=trusts
=trust's
=trusts'
LEX
"$here/build/lextab" run -q --ext .rst --meta "$work/inquiry-meta.csv" \
    --lexicons "$work/occ-lex" --db "$work/occ.db" --no-tables "$corpus"
s() { "$here/build/lextab" validate sample --db "$work/occ.db" -c occ.trustword \
    --hits 200 --turns 0 --force "$@"; }
s --seed 2026 --out "$work/org-witness-2026.csv"
s --seed 2026 --include-interviewer --role interviewer --out "$work/org-counsel-2026.csv"
s --seed 2126 --include-interviewer --role interviewer --out "$work/org-counsel-2126.csv"
