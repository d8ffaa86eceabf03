#!/usr/bin/env python3
"""Check lextab's `negated` flag by hand on a seeded sample of hits.

Superseded by `lextab validate sample --negation` and `lextab validate
score` (docs/validation.md, "Checking the negation flag"); kept because it
reads the sheets committed before that command existed
(negation-dev-seed1501.csv, negation-final-seed20261202.csv, keyed
doc|turn|start|end). Rows whose hit the database no longer has (the
lexicons changed since) are left out of `score` and counted.

usage:
  negation-sample.py sample --db DB --lexicons DIR --seed N [--n 100] > sheet.csv
  negation-sample.py score [--errors] sheet.csv LABEL=DB [LABEL=DB ...]

`sample` draws N hits (category hits, not THEME.* rows; interviewers left
out) whose clause holds a negator or a pseudo-negator (a default one of
docs/counting-rules.md 6.2, or a word of the hit's theme's [negators]
section in DIR/*.lex), one row per hit span (two categories hitting the
same words are one row). The draw is random.Random(seed).sample over the
hits in (doc_id, turn, tok_start, category) order, so the same database
and seed give the same sheet. A coder reads `left`, `match` and `right` and
puts in `denied` 1 when the speaker denies (negates) what the matched words
name, 0 when not; the hit's `negated` flag is right when it equals
`denied`.

`score` reads a marked sheet and, for each database given (the same corpus
counted under different counting rules: the hits are the same, only
`negated` differs), prints n, the share of rows whose flag is right with a
Wilson 95% interval, false negations (flag 1, denied 0) and missed ones
(flag 0, denied 1); `--errors` lists the wrong rows.

The clause test here is a close reading of docs/counting-rules.md 2.4
(clause punctuation . , ; : ? ! ( ) [ ] { } and U+2026); stem entries of
[negators] are read as prefixes (`lack` also finds `lacking`), which only
widens the population a little.
"""
import csv
import glob
import math
import os
import random
import re
import sqlite3
import sys

CLAUSE = set(".,;:?!()[]{}\u2026")
TOKEN = re.compile(r"[^\W_](?:[^\W_]|['\u2019](?=[^\W_]))*")
NEGATORS = {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor",
            "nowhere", "without", "cannot"}
PSEUDO_FIRST = {"whether", "or", "if", "no", "not", "without", "nothing"}
PSEUDO = ["not only", "not just", "not merely", "not simply", "not necessarily",
          "not least", "whether or not", "or not", "if not", "no doubt",
          "without doubt", "without a doubt", "no matter", "no wonder",
          "nothing but", "not to mention"]


def fold(w):
    return w.replace("\u2019", "'").casefold()


def theme_negators(lexdir):
    """theme -> (exact words, prefixes) of its [negators] section"""
    out = {}
    for path in sorted(glob.glob(os.path.join(lexdir, "*.lex"))):
        theme = os.path.splitext(os.path.basename(path))[0]
        sec = None
        exact, pref = set(), []
        with open(path, encoding="utf-8") as f:
            for line in f:
                s = line.strip()
                m = re.match(r"theme:\s*(\S+)", s)
                if m and sec is None:
                    theme = m.group(1)
                if s.startswith("["):
                    sec = s
                    continue
                if sec != "[negators]" or not s or s.startswith("#"):
                    continue
                w = fold(s.split("#")[0].strip().strip('"'))
                if w.startswith("="):
                    exact.add(w[1:])
                else:
                    pref.append(w.rstrip("*"))
        out[theme] = (exact, pref)
    return out


def is_negator(w, extra):
    if w in NEGATORS or w.endswith("n't"):
        return True
    exact, pref = extra
    return w in exact or any(w.startswith(p) for p in pref)


def clause_bounds(text, start, end):
    a = start
    while a > 0 and text[a - 1] not in CLAUSE:
        a -= 1
    b = end
    while b < len(text) and text[b] not in CLAUSE:
        b += 1
    return a, b


def has_negation(text, start, end, extra):
    """a negator or pseudo-negator in the hit's clause, outside the hit"""
    a, b = clause_bounds(text, start, end)
    words = [fold(m.group()) for m in TOKEN.finditer(text[a:start])]
    words += [fold(m.group()) for m in TOKEN.finditer(text[end:b])]
    if any(is_negator(w, extra) for w in words):
        return True
    joined = " " + " ".join(words) + " "
    return any(" " + p + " " in joined for p in PSEUDO)


def sample(args):
    db, lexdir, seed, n = args["db"], args["lexicons"], int(args["seed"]), int(args.get("n", 100))
    negs = theme_negators(lexdir)
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT d.doc_id, h.turn, h.tok_start, h.tok_end, h.byte_start, h.byte_end, c.name,"
        " c.theme, t.text, h.negated FROM hits h JOIN categories c USING(category_id)"
        " JOIN documents d ON d.doc_pk = h.doc_pk"
        " JOIN turns t ON t.doc_pk = h.doc_pk AND t.turn = h.turn"
        " JOIN speakers s ON s.doc_pk = h.doc_pk AND s.speaker = h.speaker"
        " WHERE NOT c.is_theme_row AND NOT s.interviewer"
        " ORDER BY d.doc_id, h.turn, h.tok_start, c.name").fetchall()
    pop, seen = [], set()
    for doc, turn, ts, te, bs, be, cat, theme, text, neg in rows:
        key = (doc, turn, ts, te)
        if key in seen:
            continue
        raw = text.encode("utf-8")
        left = raw[:bs].decode("utf-8", "replace")
        match = raw[bs:be].decode("utf-8", "replace")
        right = raw[be:].decode("utf-8", "replace")
        full = left + match + right
        if not has_negation(full, len(left), len(left) + len(match), negs.get(theme, (set(), []))):
            continue
        seen.add(key)
        pop.append((doc, turn, ts, te, cat, left[-160:], match, right[:160], neg))
    rnd = random.Random(seed)
    picked = sorted(rnd.sample(range(len(pop)), min(n, len(pop))))
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["sample", "key", "category", "left", "match", "right", "negated", "denied",
                "note"])
    for i in picked:
        doc, turn, ts, te, cat, left, match, right, neg = pop[i]
        w.writerow([f"negation seed={seed} population={len(pop)}", f"{doc}|{turn}|{ts}|{te}",
                    cat, left, match, right, neg, "", ""])


def wilson(k, n, z=1.959964):
    if n == 0:
        return (float("nan"),) * 2
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return c - h, c + h


def score(argv):
    errors = "--errors" in argv
    argv = [a for a in argv if a != "--errors"]
    sheet, dbs = argv[0], argv[1:]
    with open(sheet, encoding="utf-8") as f:
        marked = [r for r in csv.DictReader(f) if r["denied"].strip() in ("0", "1")]
    for spec in dbs:
        label, db = spec.split("=", 1)
        con = sqlite3.connect(db)
        ok = fneg = miss = missing = 0
        wrong = []
        for r in marked:
            doc, turn, ts, te = r["key"].split("|")
            got = con.execute(
                "SELECT h.negated FROM hits h JOIN categories c USING(category_id)"
                " JOIN documents d ON d.doc_pk = h.doc_pk WHERE d.doc_id = ? AND h.turn = ?"
                " AND h.tok_start = ? AND h.tok_end = ? AND c.name = ?",
                (doc, int(turn), int(ts), int(te), r["category"])).fetchone()
            if got is None:
                missing += 1
                continue
            flag, denied = int(got[0]), int(r["denied"])
            if flag == denied:
                ok += 1
            else:
                fneg += flag == 1
                miss += flag == 0
                wrong.append((r, flag))
        n = len(marked) - missing
        if n == 0:
            sys.exit(f"{sheet}: no row's hit is in {db}")
        lo, hi = wilson(ok, n)
        print(f"{label}: n={n} right={ok} accuracy={ok / n:.3f} "
              f"wilson95=[{lo:.3f}, {hi:.3f}] false_negations={fneg} missed={miss}"
              + (f" (rows whose hit {db} no longer has: {missing})" if missing else ""))
        if errors:
            for r, flag in wrong:
                print(f"  {r['key']} flag={flag} denied={r['denied']} note={r['note']}: "
                      f"...{r['left'][-70:]}[{r['match']}]{r['right'][:70]}...")


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("sample", "score"):
        sys.exit(__doc__)
    if sys.argv[1] == "score":
        score(sys.argv[2:])
        return
    args, it = {}, iter(sys.argv[2:])
    for a in it:
        args[a.lstrip("-")] = next(it)
    for k in ("db", "lexicons", "seed"):
        if k not in args:
            sys.exit(f"sample: --{k} is required")
    sample(args)


if __name__ == "__main__":
    main()
