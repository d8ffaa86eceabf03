#!/usr/bin/env python3
"""Check a lextab .qdpx export against its database, independently of lextab.

usage: check_export.py DB EXPORT.qdpx [--include-interviewer]

Works the expected selections out from the database alone: for every hit of
a category (not a theme row) by a non-interviewer speaker, the matched words
are turns.text[byte_start:byte_end] (bytes, decoded as UTF-8), and in the
exported source, where turn k of the document is the k-th paragraph
"Label: text" (paragraphs separated by a blank line), they start at
len("Label: ") + len(text[:byte_start]) code points into that paragraph.

Then reads the archive with zipfile and xml.etree, cuts every coded
selection's text from its source at startPosition:endPosition (code points,
as REFI-QDA 1.5 section 10.2 counts them) and requires:
  - the cut text equals the hit's matched words, for every hit;
  - the selection is in the right turn and at the right place;
  - it is coded with the category's code ("theme/name" through the
    codebook) and, for negated hits, also with "lextab: negated";
  - every turn selection of a case covers exactly its turn's text.
Prints "ok - ..." lines and "N passed, M failed".
"""
import sqlite3
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = "{urn:QDA-XML:project:1.0}"
passed = failed = 0


def check(what, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
        print("ok - " + what)
    else:
        failed += 1
        print("not ok - " + what + (": " + detail if detail else ""))


def expected(db, include_interviewer):
    con = sqlite3.connect(db)
    con.text_factory = bytes
    docs = {}
    for pk, doc_id in con.execute("SELECT doc_pk, doc_id FROM documents"):
        docs[pk] = doc_id.decode()
    labels = {}
    for pk, sp, label, iv in con.execute("SELECT doc_pk, speaker, label, interviewer FROM speakers"):
        labels[(pk, sp)] = (label.decode(), iv)
    turn_index = {}
    turn_text = {}
    for pk, turn, sp, text in con.execute("SELECT doc_pk, turn, speaker, text FROM turns ORDER BY doc_pk, turn"):
        turn_index[(pk, turn)] = sum(1 for k in turn_index if k[0] == pk)
        turn_text[(pk, turn)] = (sp, text)
    hits = []
    q = ("SELECT h.doc_pk, h.turn, h.byte_start, h.byte_end, h.negated, h.speaker,"
         " c.theme, c.short_name FROM hits h JOIN categories c USING(category_id)"
         " WHERE c.is_theme_row = 0")
    for pk, turn, bs, be, neg, sp, theme, short in con.execute(q):
        label, iv = labels[(pk, sp)]
        if iv and not include_interviewer:
            continue
        text = turn_text[(pk, turn)][1]
        prefix = len(label) + 2 if label else 0
        start = prefix + len(text[:bs].decode("utf-8"))
        words = text[bs:be].decode("utf-8")
        hits.append((docs[pk], turn_index[(pk, turn)], start, words,
                     theme.decode() + "/" + short.decode(), bool(neg)))
    return sorted(hits)


def code_paths(root):
    paths = {}

    def walk(el, prefix):
        for c in el.findall(NS + "Code"):
            p = prefix + c.get("name")
            paths[c.get("guid")] = p
            walk(c, p + "/")
    cb = root.find(NS + "CodeBook")
    if cb is not None:
        walk(cb.find(NS + "Codes"), "")
    return paths


def exported(path):
    z = zipfile.ZipFile(path)
    root = ET.fromstring(z.read("project.qde"))
    paths = code_paths(root)
    hits, turn_sels, texts = [], {}, {}
    for src in root.iter(NS + "TextSource"):
        name = src.get("name")
        ip = src.get("plainTextPath")
        assert ip.startswith("internal://"), ip
        text = z.read("sources/" + ip[len("internal://"):]).decode("utf-8")
        texts[name] = text
        paras = text.rstrip("\n").split("\n\n")
        starts, pos = [], 0
        for p in paras:
            starts.append(pos)
            pos += len(p) + 2
        for sel in src.findall(NS + "PlainTextSelection"):
            s, e = int(sel.get("startPosition")), int(sel.get("endPosition"))
            codes = sorted(paths[c.find(NS + "CodeRef").get("targetGUID")]
                           for c in sel.findall(NS + "Coding"))
            k = max(i for i, st in enumerate(starts) if st <= s)
            if not codes:
                turn_sels[sel.get("guid")] = (name, k, s - starts[k], text[s:e], paras[k])
                continue
            neg = "lextab: negated" in codes
            cat = [c for c in codes if c != "lextab: negated"]
            hits.append((name, k, s - starts[k], text[s:e], cat[0] if len(cat) == 1 else str(cat), neg))
    cases = [(c.get("name"), [r.get("targetGUID") for r in c.findall(NS + "SelectionRef")])
             for c in root.iter(NS + "Case")]
    return sorted(hits), turn_sels, cases


def main():
    db, qdpx = sys.argv[1], sys.argv[2]
    include = "--include-interviewer" in sys.argv[3:]
    want = expected(db, include)
    got, turn_sels, cases = exported(qdpx)
    check("the database has hits to compare (%d)" % len(want), len(want) > 0)
    check("as many coded selections as hits (%d, %d)" % (len(got), len(want)), len(got) == len(want))
    bad = [(w, g) for w, g in zip(want, got) if w != g]
    check("every selection's text, turn, place, code and negation match its hit",
          not bad, "first difference: want %r got %r" % bad[0] if bad else "")
    nonascii = sum(1 for h in want if any(ord(ch) > 127 for ch in h[3]))
    print("# %d hits, %d with non-ASCII matched words" % (len(want), nonascii))
    badturn = [t for t in turn_sels.values() if not t[4].endswith(t[3]) or
               t[4][:t[2]] + t[3] != t[4]]
    check("every case's turn selection covers its paragraph's turn text (%d)" % len(turn_sels),
          turn_sels and not badturn, repr(badturn[:1]))
    dangling = [g for _, refs in cases for g in refs if g not in turn_sels]
    check("every case selection ref names a turn selection", cases and not dangling)
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


main()
