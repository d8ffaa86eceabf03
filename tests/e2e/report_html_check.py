#!/usr/bin/env python3
"""Checks of lextab's HTML report for tests/e2e/report_html.sh (python3
standard library only: the PNG is decoded with zlib).

  report_html_check.py cells DOM.html ROLE_CATEGORY.csv
      every heatmap cell of the DOM dump equals role_category.csv's row
      (rate_per_1000 as printed, hits), every group row its words and
      speakers; every CSV row of a shown category has its cell
  report_html_check.py png SHOT.png DOM.html WIDTH HEIGHT
      the screenshot has the window's size, is not blank, shows the legend
      (its colours side by side, in order, in one pixel row) and the cells
      of the lowest and highest rate in two different colours, each a
      solid block of at least 16x8 pixels
  report_html_check.py anchors DOM.html
      every link to an example section finds its target
"""
import csv, html.parser, re, struct, sys, zlib


class Dom(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.cells, self.legend, self.rows, self.ids, self.hrefs = [], [], [], set(), []
        self._row, self._cell, self._in_heat = None, None, False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if 'id' in a:
            self.ids.add(a['id'])
        if tag == 'a' and a.get('href', '').startswith('#'):
            self.hrefs.append(a['href'][1:])
        if tag == 'table' and 'heat' in a.get('class', '').split():
            self._in_heat = True
        if tag == 'rect' and 'data-class' in a:
            self.legend.append(a['fill'].lower())
        if not self._in_heat:
            return
        if tag == 'tr':
            self._row = []
        elif tag in ('td', 'th') and self._row is not None:
            self._cell = [a, '']
            self._row.append(self._cell)
    def handle_endtag(self, tag):
        if tag in ('td', 'th'):
            self._cell = None
        if tag == 'table':
            self._in_heat = False
        if tag == 'tr' and self._row is not None:
            self.rows.append(self._row)
            self._row = None
    def handle_data(self, data):
        if self._cell is not None:
            self._cell[1] += data


def parse(path):
    d = Dom()
    d.feed(open(path, encoding='utf-8').read())
    d.cells = [c for r in d.rows for c in r if 'h' in c[0].get('class', '').split()]
    return d


def check_cells(dom_path, csv_path):
    d = parse(dom_path)
    fails = 0
    want = {}
    groups = {}
    for r in csv.DictReader(open(csv_path, encoding='utf-8')):
        if r['field'] != 'role':
            continue
        want[(r['value'], r['category'])] = r
        groups[r['value']] = r
    cats = set()
    for a, text in d.cells:
        key = (a['data-value'], a['data-category'])
        cats.add(a['data-category'])
        r = want.get(key)
        if r is None:
            print('# no CSV row for cell', key); fails += 1; continue
        if a['data-rate'] != r['rate_per_1000'] or a['data-hits'] != r['hits']:
            print('# cell', key, a['data-rate'], a['data-hits'], '!= csv', r['rate_per_1000'], r['hits']); fails += 1
        shown = '%.1f' % (1000.0 * int(r['hits']) / int(r['tokens']))
        if text.strip() != shown:
            print('# cell text', key, repr(text.strip()), '!=', shown); fails += 1
    n_csv = sum(1 for k in want if k[1] in cats)
    if n_csv != len(d.cells) or not d.cells:
        print('# %d cells, %d CSV rows of their categories' % (len(d.cells), n_csv)); fails += 1
    for row in d.rows:
        if len(row) < 3 or row[0][0].get('scope') != 'row':
            continue
        name = row[0][1].strip()
        value = '' if name == '(none)' else name
        r = groups.get(value)
        if r is None:
            print('# group row without CSV rows:', name); fails += 1; continue
        sp, words = row[1][1].replace(',', ''), row[2][1].replace(',', '')
        if sp != r['speakers'] or words != r['tokens']:
            print('# group', name, sp, words, '!= csv', r['speakers'], r['tokens']); fails += 1
    print('# %d cells checked' % len(d.cells))
    return fails == 0


def read_png(path):
    data = open(path, 'rb').read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    pos, idat, w = 8, b'', 0
    while pos < len(data):
        n, typ = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if typ == b'IHDR':
            w, h, depth, ctype, _, _, interlace = struct.unpack('>IIBBBBB', body)
            assert depth == 8 and ctype in (2, 6) and interlace == 0, 'unsupported PNG'
            bpp = 3 if ctype == 2 else 4
        elif typ == b'IDAT':
            idat += body
        pos += 12 + n
    raw, stride = zlib.decompress(idat), w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(['%02x%02x%02x' % tuple(line[x * bpp:x * bpp + 3]) for x in range(w)])
        prev = line
    return w, h, rows


def has_block(rows, colour, bw=16, bh=8):
    want = colour.lstrip('#').lower()
    h, w = len(rows), len(rows[0])
    run = [0] * w     # consecutive rows of 'want' ending here, per column
    for y in range(h):
        streak = 0
        for x in range(w):
            run[x] = run[x] + 1 if rows[y][x] == want else 0
            streak = streak + 1 if run[x] >= bh else 0
            if streak >= bw:
                return True
    return False


def legend_row(rows, colours, min_run=40):
    want = [c.lstrip('#') for c in colours]
    for row in rows:
        runs, x = [], 0
        while x < len(row):
            x0 = x
            while x < len(row) and row[x] == row[x0]:
                x += 1
            runs.append((row[x0], x - x0))
        for i in range(len(runs) - len(want) + 1):
            if all(runs[i + k][0] == want[k] and runs[i + k][1] >= min_run for k in range(len(want))):
                return True
    return False


def check_png(png, dom_path, width, height):
    w, h, rows = read_png(png)
    ok = True
    if (w, h) != (width, height):
        print('# screenshot is %dx%d, not %dx%d' % (w, h, width, height)); return False
    white = sum(px == 'ffffff' for r in rows for px in r)
    if white > 0.95 * w * h:
        print('# blank: %d of %d pixels white' % (white, w * h)); ok = False
    d = parse(dom_path)
    if len(d.legend) < 2 or not legend_row(rows, d.legend):
        print('# legend colours', d.legend, 'not found side by side'); ok = False
    cells = [(float(a['data-rate']), re.search(r'background:#([0-9a-f]{6})', a['style']).group(1))
             for a, _ in d.cells]
    lo, hi = min(cells), max(cells)
    if lo[1] == hi[1]:
        print('# lowest and highest rate have one colour', lo, hi); ok = False
    for rate, col in (lo, hi):
        if not has_block(rows, col):
            print('# no %s block for the cell of rate %g' % (col, rate)); ok = False
    print('# %dx%d, %d%% white, legend %s, cells %s' % (w, h, 100 * white // (w * h), d.legend, (lo, hi)))
    return ok


def check_anchors(dom_path):
    d = parse(dom_path)
    ex = [h for h in d.hrefs if h.startswith('ex-')]
    missing = [h for h in d.hrefs if h not in d.ids]
    if missing or not ex:
        print('# %d example links, missing targets: %s' % (len(ex), missing[:5]))
        return False
    return True


if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd == 'cells':
        ok = check_cells(sys.argv[2], sys.argv[3])
    elif cmd == 'png':
        ok = check_png(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
    elif cmd == 'anchors':
        ok = check_anchors(sys.argv[2])
    else:
        sys.exit('unknown check ' + cmd)
    sys.exit(0 if ok else 1)
