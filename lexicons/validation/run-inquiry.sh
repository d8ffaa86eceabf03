#!/bin/sh
# Code the UK Covid-19 Inquiry hearings with the bundled lexicons, witnesses
# only (counsel and the Chair are interviewers), for `lextab validate`.
# usage: lexicons/validation/run-inquiry.sh [WORKDIR]   (default /tmp/lextab-inquiry)
# Needs build/lextab (make) and ../shared/corpora/inquiry.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/lextab-inquiry}
corpus=${INQUIRY:-$here/../shared/corpora/inquiry}
mkdir -p "$work"
python3 "$here/lexicons/validation/inquiry-meta.py" "$here/build/lextab" "$corpus" \
    > "$work/inquiry-meta.csv"
"$here/build/lextab" run -q --ext .rst --meta "$work/inquiry-meta.csv" \
    --lexicons "$here/lexicons" --db "$work/inquiry.db" --out "$work/tables" "$corpus"
echo "database: $work/inquiry.db  tables: $work/tables"
