#!/usr/bin/env python3
"""Write a coder's marks into a validation sheet (CSV), row by row.

usage: apply-marks.py SHEET.csv MARKS.txt

MARKS.txt: one line per data row, "INDEX MARK [note...]", INDEX the 0-based
data row, MARK 0 or 1. Hit rows get MARK in `relevant` and the note in
`note`; turn rows get MARK in the single `theme:NAME` column. Every row
must get a mark; the other columns are written back unchanged. The marks
are the coder's own judgements, typed after reading each row; this script
only writes them.
"""
import csv, io, sys

sheet, marks = sys.argv[1], sys.argv[2]
with open(sheet, newline='', encoding='utf-8') as f:
    raw = f.read()
rows = list(csv.reader(io.StringIO(raw)))
head, data = rows[0], rows[1:]
m = {}
for line in open(marks, encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip():
        continue
    parts = line.split(' ', 2)
    i, v = int(parts[0]), parts[1]
    if v not in ('0', '1'):
        sys.exit(f'bad mark on line: {line}')
    if i in m:
        sys.exit(f'row {i} marked twice')
    m[i] = (v, parts[2] if len(parts) > 2 else '')
if sorted(m) != list(range(len(data))):
    missing = sorted(set(range(len(data))) - set(m))
    sys.exit(f'{len(data)} rows, {len(m)} marks; missing {missing[:20]}')
theme = [c for c in head if c.startswith('theme:')]
ri, ni = head.index('relevant'), head.index('note')
ti = head.index(theme[0])
for i, r in enumerate(data):
    v, note = m[i]
    if r[0] == 'hit':
        r[ri], r[ni] = v, note
    else:
        r[ti] = v
        if note:
            r[ni] = note
out = io.StringIO()
w = csv.writer(out, lineterminator='\r\n' if '\r\n' in raw else '\n')
w.writerows([head] + data)
with open(sheet, 'w', newline='', encoding='utf-8') as f:
    f.write(out.getvalue())
print(f'{sheet}: {len(data)} rows marked')
