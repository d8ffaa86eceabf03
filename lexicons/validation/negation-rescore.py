#!/usr/bin/env python3
"""Score every negation development sheet against one lextab binary.

usage: negation-rescore.py LEXTAB WORKDIR [--rows OUT.tsv] [SHEET ...]

The sheets were drawn under earlier lexicons, so `lextab validate score`
calls them stale. This re-creates each row's hit: every bundled lexicon is
copied with one more category, `zzprobe`, whose entries are the rows'
matched words as exact phrases (`=w1 =w2 ...`), and the inquiry corpus is
coded with LEXTAB (witnesses and interviewers as run-inquiry.sh does).
A row's flag is the `negated` of the hit at its document, turn and tokens
in a category of its theme (the bundled category's own hit when it still
exists, else the probe's). Negation depends only on the hit's tokens and
theme, so both give the flag the rule gives that row. Prints, per sheet,
share right, false negations (flag 1, denied 0) and missed (flag 0,
denied 1); --rows writes one line per row (sheet, key, denied, flag).
"""
import csv, glob, os, shutil, sqlite3, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
DEFAULT = ["negation-dev-seed1501.csv", "negation-final-seed20261202.csv",
           "negation-dev-seed1502.csv", "negation-dev-seed1503.csv",
           "negation-final-seed804271.csv", "negation-dev-seed1504.csv"]


def rows_of(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            k = r["key"]
            if k.startswith("H:"):
                rest, cat, _h = k[2:].rsplit(":", 2)
                doc, turn, se = rest.rsplit(":", 2)
                s, e = se.split("-")
            else:
                doc, turn, s, e = k.split("|")
                cat = r["category"]
            if r["denied"].strip() == "":
                continue
            yield dict(key=k, doc=doc, turn=int(turn), s=int(s), e=int(e),
                       theme=cat.split(".")[0], match=r["match"],
                       denied=int(r["denied"]))


def corpus_dir():
    c = os.environ.get("INQUIRY")
    if c:
        return c
    d = root
    while d != "/" and not os.path.isdir(os.path.join(d, "../shared/corpora/inquiry")):
        d = os.path.dirname(d)
    return os.path.join(d, "../shared/corpora/inquiry")


def main():
    a = sys.argv[1:]
    out_rows = None
    if "--rows" in a:
        i = a.index("--rows")
        out_rows = a[i + 1]
        del a[i:i + 2]
    lextab, work = os.path.abspath(a[0]), a[1]
    sheets = a[2:] or [os.path.join(here, s) for s in DEFAULT
                       if os.path.exists(os.path.join(here, s))]
    data = {s: list(rows_of(s)) for s in sheets}
    os.makedirs(work, exist_ok=True)
    lexd = os.path.join(work, "lexicons")
    shutil.rmtree(lexd, ignore_errors=True)
    os.makedirs(lexd)
    probes = {}
    for rs in data.values():
        for r in rs:
            words = r["match"].split()
            probes.setdefault(r["theme"], set()).add(
                " ".join("=" + w for w in words))
    for lex in glob.glob(os.path.join(root, "lexicons", "*.lex")):
        text = open(lex, encoding="utf-8").read()
        theme = None
        for line in text.splitlines():
            if line.startswith("theme:"):
                theme = line.split(":", 1)[1].strip()
                break
        extra = ""
        if theme in probes:
            extra = "\n[zzprobe]\n" + "\n".join('"%s"' % p for p in sorted(probes[theme])) + "\n"
        with open(os.path.join(lexd, os.path.basename(lex)), "w", encoding="utf-8") as f:
            f.write(text + extra)
    meta = os.path.join(work, "inquiry-meta.csv")
    corpus = corpus_dir()
    with open(meta, "w") as f:
        subprocess.run(["python3", os.path.join(here, "inquiry-meta.py"), lextab, corpus],
                       stdout=f, check=True)
    db = os.path.join(work, "probe.db")
    for p in (db, db + "-wal", db + "-shm"):
        if os.path.exists(p):
            os.remove(p)
    subprocess.run([lextab, "run", "-q", "--ext", ".rst", "--meta", meta, "--lexicons", lexd,
                    "--db", db, "--out", os.path.join(work, "tables"), corpus], check=True,
                   stderr=subprocess.DEVNULL)
    con = sqlite3.connect(db)
    q = """select h.negated from hits h
           join documents d on d.doc_pk = h.doc_pk
           join categories c on c.category_id = h.category_id
           where d.doc_id = ? and h.turn = ? and h.tok_start = ? and h.tok_end = ?
             and c.theme = ? order by c.short_name = 'zzprobe'"""
    fo = open(out_rows, "w") if out_rows else None
    tot = [0, 0, 0, 0, 0]
    for s, rs in data.items():
        n = right = fal = mis = lost = 0
        for r in rs:
            got = con.execute(q, (r["doc"], r["turn"], r["s"], r["e"], r["theme"])).fetchone()
            if got is None:
                lost += 1
                if fo:
                    fo.write("%s\t%s\t%d\t?\n" % (os.path.basename(s), r["key"], r["denied"]))
                continue
            flag = got[0]
            n += 1
            right += flag == r["denied"]
            fal += flag == 1 and r["denied"] == 0
            mis += flag == 0 and r["denied"] == 1
            if fo:
                fo.write("%s\t%s\t%d\t%d\n" % (os.path.basename(s), r["key"], r["denied"], flag))
        for i, v in enumerate((n, right, fal, mis, lost)):
            tot[i] += v
        print("%-36s n=%3d right=%3d (%.1f%%) false=%d missed=%d not found=%d"
              % (os.path.basename(s), n, right, 100.0 * right / max(n, 1), fal, mis, lost))
    n, right, fal, mis, lost = tot
    print("%-36s n=%3d right=%3d (%.1f%%) false=%d missed=%d not found=%d"
          % ("all", n, right, 100.0 * right / max(n, 1), fal, mis, lost))


main()
