#!/usr/bin/env python3
"""Counts and percent agreement between the released tension sheets and the
second coder's, per category (hits) and for the theme (turns).

usage: tension-agreement.py RELEASE_DIR CODER2_DIR [OUT.csv] [DISAGREE.csv]

Reads tension-hits-{2226,3126,3128}.csv and tension-turns.csv from
RELEASE_DIR and the matching *-coder2.csv from CODER2_DIR, pairs rows by
key, and writes per unit: n, rows each coder marked 1, rows alike, percent
agreement; and the disagreeing rows with both marks and both notes.
Kappa and alpha come from `lextab validate score` (score/*-agreement.txt).
"""
import csv
import sys

SHEETS = ['hits-2226', 'hits-3126', 'hits-3128', 'turns']


def mark(row):
    return row['relevant'] if row['kind'] == 'hit' else row['theme:tension']


def main():
    rel_dir, c2_dir = sys.argv[1], sys.argv[2]
    out = sys.argv[3] if len(sys.argv) > 3 else None
    dis_out = sys.argv[4] if len(sys.argv) > 4 else None
    stats, dis = {}, []
    for s in SHEETS:
        first = {r['key']: r for r in
                 csv.DictReader(open('%s/tension-%s.csv' % (rel_dir, s),
                                     encoding='utf-8-sig'))}
        for i, r in enumerate(csv.DictReader(
                open('%s/tension-%s-coder2.csv' % (c2_dir, s),
                     encoding='utf-8-sig')), 1):
            f = first[r['key']]
            unit = r['category'] if r['kind'] == 'hit' else 'tension (turns)'
            a, b = mark(f), mark(r)
            st = stats.setdefault(unit, [0, 0, 0, 0])
            st[0] += 1
            st[1] += a == '1'
            st[2] += b == '1'
            st[3] += a == b
            if a != b:
                what = (r['match'] if r['kind'] == 'hit'
                        else ' '.join(r['text'].split()[:12]) + ' ...')
                dis.append([s, i, r['key'], unit, what, a, b,
                            f['note'], r['note']])
    head = ['unit', 'n', 'first_1', 'second_1', 'first_precision',
            'second_precision', 'alike', 'agreement']
    rows = []
    for unit, (n, a, b, same) in stats.items():
        rows.append([unit, n, a, b, '%.3f' % (a / n), '%.3f' % (b / n), same,
                     '%.1f%%' % (100.0 * same / n)])
    w = csv.writer(open(out, 'w', newline='') if out else sys.stdout,
                   lineterminator='\n')
    w.writerow(head)
    w.writerows(rows)
    if dis_out:
        d = csv.writer(open(dis_out, 'w', newline=''), lineterminator='\n')
        d.writerow(['sheet', 'row', 'key', 'unit', 'words', 'first',
                    'second', 'first_note', 'second_note'])
        d.writerows(dis)


if __name__ == '__main__':
    main()
