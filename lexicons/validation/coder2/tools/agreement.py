#!/usr/bin/env python3
"""Per-category (hits) and per-theme (turns) counts and percent agreement
between two coded sheets, matched by key. usage: agreement.py A.csv B.csv"""
import csv, sys
from collections import defaultdict

def load(p):
    rows = {}
    with open(p, newline='', encoding='utf-8-sig') as f:
        for r in csv.DictReader(f):
            if r['kind'] == 'hit':
                rows[r['key']] = (r['category'], r['relevant'])
            else:
                col = [c for c in r if c.startswith('theme:')][0]
                rows[r['key']] = (col[6:] + '.*', r[col])
    return rows

a, b = load(sys.argv[1]), load(sys.argv[2])
assert set(a) == set(b), 'sheets hold different keys'
st = defaultdict(lambda: [0, 0, 0, 0])  # n, a1, b1, agree
for k in a:
    name = a[k][0]
    s = st[name]
    s[0] += 1
    s[1] += a[k][1] == '1'
    s[2] += b[k][1] == '1'
    s[3] += a[k][1] == b[k][1]
print('name,n,ones_first,ones_second,agree,percent_agree')
for name, (n, x, y, g) in st.items():
    print(f'{name},{n},{x},{y},{g},{100.0 * g / n:.1f}')
