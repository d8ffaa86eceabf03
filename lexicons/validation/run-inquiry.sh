#!/bin/sh
# Code the UK Covid-19 Inquiry hearings with the bundled lexicons, witnesses
# only (counsel and the Chair are interviewers), for `lextab validate`.
# usage: lexicons/validation/run-inquiry.sh [WORKDIR]   (default /tmp/lextab-inquiry)
# Needs build/lextab (make) and the inquiry corpus (INQUIRY=DIR, default
# ../shared/corpora/inquiry beside this checkout or one of its parents).
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/lextab-inquiry}
# INQUIRY=DIR, or shared/corpora/inquiry beside this checkout or a parent
corpus=${INQUIRY:-}
if [ -z "$corpus" ]; then
	d=$here
	while [ "$d" != / ] && [ ! -d "$d/../shared/corpora/inquiry" ]; do d=$(dirname "$d"); done
	corpus=$d/../shared/corpora/inquiry
fi
mkdir -p "$work"
python3 "$here/lexicons/validation/inquiry-meta.py" "$here/build/lextab" "$corpus" \
    > "$work/inquiry-meta.csv"
"$here/build/lextab" run -q --ext .rst --meta "$work/inquiry-meta.csv" \
    --lexicons "$here/lexicons" --db "$work/inquiry.db" --out "$work/tables" "$corpus"
echo "database: $work/inquiry.db  tables: $work/tables"
