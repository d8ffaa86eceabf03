#!/usr/bin/env python3
"""rx2pat.py - translate the bundled lexicons' regexes into token patterns.

A one-off helper kept for review (issue 14): reads a .lex file, and for
every /regex/ entry whose pattern is a finite sequence of words separated
by white space - literal words, (?:a|b c) groups, optional groups, s?-style
suffixes, \\w* / \\w+ word endings, (?:\\w+\\s+){0,N} gaps with N <= 5 -
writes the token pattern that matches the same word sequences (every word
exact, =word, or a prefix, word*). Anything else (lookarounds, clause
punctuation, ^/$ anchors, classes, gaps over 5, unbounded repeats) keeps
the regex, with a comment saying why. Usage: rx2pat.py IN.lex > OUT.lex
"""
import re
import sys

MAX_ALTS = 60


class Fail(Exception):
    pass


WS = ('WS',)
PFX = ('PFX',)


def parse(rx):
    """regex text -> list of alternatives, each a list of atoms"""
    pos = 0

    def alt():
        nonlocal pos
        alts = [[]]
        while pos < len(rx):
            c = rx[pos]
            if c == '|':
                pos += 1
                alts.append([])
                continue
            if c == ')':
                break
            atom = one()
            atom = quant(atom)
            alts[-1].append(atom)
        return alts

    def one():
        nonlocal pos
        c = rx[pos]
        if c == '(':
            if rx.startswith('(?:', pos):
                pos += 3
            elif rx.startswith('(?', pos):
                raise Fail('a lookaround or inline option')
            else:
                pos += 1
            a = alt()
            if pos >= len(rx) or rx[pos] != ')':
                raise Fail('unbalanced')
            pos += 1
            return ('group', a)
        if c == '\\':
            e = rx[pos + 1]
            pos += 2
            if e == 'b':
                return ('b',)
            if e == 's':
                return ('s',)
            if e == 'w':
                return ('w',)
            if e in ".-'?()|*+":
                return ('lit', e)
            raise Fail('escape \\' + e)
        if c == '[':
            end = rx.index(']', pos)
            cls = rx[pos:end + 1]
            pos = end + 1
            if cls in ('[- ]', '[ -]', '[-\\s]', '[\\s-]'):
                return ('sep',)
            if re.fullmatch(r'\[[a-z]+\]', cls):
                return ('group', [[('lit', ch)] for ch in cls[1:-1]])
            raise Fail('a character class ' + cls)
        if c in '^$.':
            raise Fail("'%s' (an anchor or any character)" % c)
        pos += 1
        if c == ' ':
            return ('s1',)
        return ('lit', c)

    def quant(atom):
        nonlocal pos
        if pos >= len(rx):
            return atom
        c = rx[pos]
        q = None
        if c == '?':
            q = (0, 1)
            pos += 1
        elif c == '*':
            q = (0, None)
            pos += 1
        elif c == '+':
            q = (1, None)
            pos += 1
        elif c == '{':
            m = re.match(r'\{(\d*),(\d+)\}|\{(\d+)\}', rx[pos:])
            if not m:
                raise Fail('a brace')
            if m.group(3):
                q = (int(m.group(3)), int(m.group(3)))
            else:
                q = (int(m.group(1) or 0), int(m.group(2)))
            pos += m.end()
        if q is None:
            return atom
        if pos < len(rx) and rx[pos] in '?+':
            pos += 1  # lazy or possessive: the same set of matches
        return ('q', atom, q)

    a = alt()
    if pos != len(rx):
        raise Fail('unbalanced')
    return a


def lang(atom):
    """finite set of symbol tuples an atom matches"""
    k = atom[0]
    if k == 'lit':
        return {(atom[1],)}
    if k in ('s', 's1', 'sep'):
        return {(WS,)}
    if k == 'b':
        return {()}
    if k == 'group':
        out = set()
        for seq in atom[1]:
            out |= seq_lang(seq)
        return out
    if k == 'q':
        inner, (lo, hi) = atom[1], atom[2]
        if inner[0] == 'w' and hi is None:
            return {(PFX,)} if lo == 0 else {(PFX, 'PLUS')}
        if inner[0] == 's' and lo == 1 and hi is None:
            return {(WS,)}
        if hi is None:
            raise Fail('an unbounded repeat')
        if inner[0] == 'group' and is_word_ws(inner):
            if lo == 0 and hi <= 5:
                return {(('GAP', hi),)}
            raise Fail('a gap of up to %d words (more than 5)' % hi)
        base = lang(inner)
        out = set()
        for n in range(lo, hi + 1):
            cur = {()}
            for _ in range(n):
                cur = {a + b for a in cur for b in base}
            out |= cur
        return out
    if k == 'w':
        raise Fail('a lone \\w')
    raise Fail('unsupported ' + k)


def is_word_ws(g):
    """(?:\\w+\\s+) - one arbitrary word and its space"""
    return (len(g[1]) == 1 and len(g[1][0]) == 2 and g[1][0][0] == ('q', ('w',), (1, None))
            and g[1][0][1] in (('q', ('s',), (1, None)), ('s1',)))


def seq_lang(seq):
    cur = {()}
    for atom in seq:
        nxt = set()
        for b in lang(atom):
            for a in cur:
                nxt.add(a + b)
        if len(nxt) > 5000:
            raise Fail('too many alternatives')
        cur = nxt
    return cur


def to_tokens(s):
    """symbol tuple -> list of items: ('w', text, prefix) or ('gap', n)"""
    items, word = [], ''
    pending_pfx = False

    def flush():
        nonlocal word, pending_pfx
        if word or pending_pfx:
            if not word:
                raise Fail('a word of \\w only')
            items.append(('w', word, pending_pfx))
        word, pending_pfx = '', False
    for sym in s:
        if sym == WS:
            flush()
        elif sym == PFX:
            pending_pfx = True
        elif sym == 'PLUS':
            raise Fail('\\w+ (at least one more letter)')
        elif isinstance(sym, tuple) and sym[0] == 'GAP':
            flush()
            items.append(('gap', sym[1]))
        else:
            if pending_pfx:
                raise Fail('\\w* inside a word')
            word += sym
    flush()
    return items


CLAUSE = set('.,;:?!()[]{}\u2026')


def element(text, prefix):
    if any(ch in CLAUSE for ch in text):
        raise Fail('clause punctuation inside a match')
    if not re.search(r'[a-z0-9]', text):
        raise Fail('a word without letters')
    return (text + '*') if prefix else ('=' + text)


def is_ws(atom):
    return atom[0] in ('s1', 'sep') or (atom[0] == 'q' and atom[1] == ('s',) and atom[2] == (1, None)) \
        or atom == ('s',)


def ws_edges(atom):
    """'end' when every string of a group ends with white space (the group
    is a word slot of its own), 'start' when every one starts with it"""
    if atom[0] not in ('group', 'q') or (atom[0] == 'q' and atom[1][0] != 'group'):
        return None
    try:
        strs = [x for x in lang(atom) if x]
    except Fail:
        return None
    if strs and all(x[-1] == WS for x in strs):
        return 'end'
    if strs and all(x[0] == WS for x in strs):
        return 'start'
    return None


def translate(rx):
    """the regex's top-level word slots, one pattern slot each"""
    alts = parse(rx)
    if len(alts) != 1:
        raise Fail('a top-level alternation')
    seq = alts[0]
    if not seq or seq[0] != ('b',) or not (seq[-1] == ('b',) or
                                           (seq[-1][0] == 'q' and seq[-1][1] == ('w',))):
        raise Fail('no \\b at both ends (a match may start or end inside a word)')
    chunks, cur = [], []
    for atom in seq:
        if atom == ('b',):
            continue
        if is_ws(atom):
            if cur:
                chunks.append(cur)
            cur = []
            continue
        edge = ws_edges(atom)
        if edge == 'start' and cur:
            chunks.append(cur)
            cur = []
        cur.append(atom)
        if edge == 'end':
            chunks.append(cur)
            cur = []
    if cur:
        chunks.append(cur)
    slots = []
    for ch in chunks:
        seqs = set()
        for st in seq_lang(ch):
            seqs.add(tuple(to_tokens(st)))
        slots += chunk_slots(seqs)
    kinds = [k for k, _ in slots]
    if kinds[0] == 'gap' or kinds[-1] == 'gap':
        raise Fail('a gap at an end')
    for a, b in zip(kinds, kinds[1:]):
        if a == b == 'gap':
            raise Fail('two gaps in a row')
    if all(k == 'opt' for k in kinds if k != 'gap'):
        raise Fail('every word optional')
    return ' '.join(text for _, text in slots)


def chunk_slots(seqs):
    """one chunk's token sequences -> [(kind, text)]: a leading or trailing
    gap shared by every sequence becomes its own slot"""
    lead = {s[0] if s and s[0][0] == 'gap' else None for s in seqs}
    if len(lead) == 1 and None not in lead:
        g = next(iter(lead))
        return [('gap', '~%d' % g[1])] + chunk_slots({s[1:] for s in seqs})
    trail = {s[-1] if s and s[-1][0] == 'gap' else None for s in seqs}
    if len(trail) == 1 and None not in trail:
        g = next(iter(trail))
        return chunk_slots({s[:-1] for s in seqs}) + [('gap', '~%d' % g[1])]
    if seqs == {()}:
        return []
    if any(it[0] == 'gap' for s in seqs for it in s):
        raise Fail('a gap inside a group of alternatives')
    optional = () in seqs
    return [('opt' if optional else 'req', group(seqs))]


def render_alt(items):
    return ' '.join(element(t, p) for (_, t, p) in items)


def split_hyphens(seqs):
    """two-way and two way are the same tokens: one alternative. Returns the
    sequences with hyphenated words split, and whether some hyphenated form
    had no spaced twin"""
    out, lonely = set(), False
    for s in seqs:
        t = []
        hy = False
        for it in s:
            if it[0] == 'w' and '-' in it[1].strip('-'):
                hy = True
                parts = [x for x in it[1].split('-') if x]
                for i, x in enumerate(parts):
                    t.append(('w', x, it[2] and i == len(parts) - 1))
            else:
                t.append(it)
        if hy and tuple(t) not in seqs:
            lonely = True
        out.add(tuple(t))
    return out, lonely


def group(seqs):
    seqs, lonely = split_hyphens(seqs)
    if lonely and len(seqs) == 1:
        raise Fail('the hyphen is what the regex tests (tokens split on it)')
    optional = () in seqs
    alts = sorted((s for s in seqs if s), key=lambda s: [x[1] for x in s])
    if len(alts) > MAX_ALTS:
        raise Fail('%d alternatives' % len(alts))
    # try splitting into independent slots: product of first-word x rest
    split = try_product(set(alts))
    if split and not optional:
        return split
    if len(alts) == 1 and not optional:
        return render_alt(alts[0])
    body = '|'.join(render_alt(a) for a in alts)
    return '(%s)%s' % (body, '?' if optional else '')


def try_product(seqs):
    """sequences that are A x B for two word sets: '(a|b) (c|d)'"""
    if len(seqs) < 2 or any(len(s) < 2 for s in seqs):
        return None
    for k in (1,):
        heads = {s[:k] for s in seqs}
        tails = {s[k:] for s in seqs}
        if len(heads) * len(tails) == len(seqs) and len(heads) > 1 and len(tails) > 1:
            ok = all(h + t in seqs for h in heads for t in tails)
            if ok:
                return '%s %s' % (group(heads), group(tails))
    return None


def main():
    src = open(sys.argv[1], encoding='utf-8').read().split('\n')
    out = []
    stats = {'kept': 0, 'done': 0}
    for line in src:
        m = re.match(r'^(\s*)/(.*)/(\s*(#.*)?)$', line)
        if not m:
            out.append(line)
            continue
        ind, rx, rest = m.group(1), m.group(2), m.group(3)
        try:
            pat = translate(rx)
            comment = rest.strip()
            out.append('%s"%s"%s' % (ind, pat, ('    ' + comment) if comment else ''))
            stats['done'] += 1
        except Fail as e:
            comment = rest.strip()
            why = '# regex kept: %s' % e
            out.append('%s/%s/    %s%s' % (ind, rx, why, ('; ' + comment.lstrip('# ')) if comment else ''))
            stats['kept'] += 1
        except (IndexError, ValueError) as e:
            out.append(line + '    # regex kept: not understood by the translator')
            stats['kept'] += 1
    sys.stdout.write('\n'.join(out))
    print('%s: %d translated, %d kept' % (sys.argv[1], stats['done'], stats['kept']), file=sys.stderr)


if __name__ == '__main__':
    main()
