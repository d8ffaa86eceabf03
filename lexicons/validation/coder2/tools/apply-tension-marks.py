#!/usr/bin/env python3
"""Write a typed marks file into a blank tension validation sheet.

usage: apply-tension-marks.py SHEET.csv MARKS.marks

MARKS has one line per data row of SHEET, in sheet order:
    INDEX<TAB>MARK<TAB>NOTE
INDEX is the 1-based row number (checked), MARK is 0 or 1, NOTE is optional
free text. Lines starting with '#' and blank lines are ignored.
Hit rows get MARK in `relevant`, turn rows in `theme:tension`; NOTE goes to
`note`. Every other column is written back as read (the sheets round-trip
byte for byte through Python's csv module with '\\n' line ends). The script
decides nothing: it only copies the marks the coder typed.
"""
import csv
import io
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sheet, marks = sys.argv[1], sys.argv[2]
    raw = open(sheet, newline='', encoding='utf-8').read()
    rows = list(csv.reader(io.StringIO(raw, newline='')))
    head, data = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(head)}
    typed = []
    for n, line in enumerate(open(marks, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        parts = line.split('\t')
        if len(parts) < 2:
            sys.exit('%s:%d: want INDEX<TAB>MARK[<TAB>NOTE]' % (marks, n))
        idx, mark = int(parts[0]), parts[1].strip()
        note = parts[2].strip() if len(parts) > 2 else ''
        if mark not in ('0', '1'):
            sys.exit('%s:%d: mark must be 0 or 1' % (marks, n))
        if idx != len(typed) + 1:
            sys.exit('%s:%d: index %d out of order' % (marks, n, idx))
        typed.append((mark, note))
    if len(typed) != len(data):
        sys.exit('%s: %d marks for %d rows' % (marks, len(typed), len(data)))
    for row, (mark, note) in zip(data, typed):
        target = 'relevant' if row[col['kind']] == 'hit' else 'theme:tension'
        row[col[target]] = mark
        row[col['note']] = note
    out = io.StringIO()
    csv.writer(out, lineterminator='\n').writerows([head] + data)
    open(sheet, 'w', newline='', encoding='utf-8').write(out.getvalue())
    ones = sum(m == '1' for m, _ in typed)
    print('%s: %d rows, %d marked 1, %d marked 0' %
          (sheet, len(data), ones, len(data) - ones))


if __name__ == '__main__':
    main()
