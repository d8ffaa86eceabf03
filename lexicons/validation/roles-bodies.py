#!/usr/bin/env python3
"""Body names ("board", "executive", "chair", "commission") in witness turns:
how often does the roles lexicon count them as role talk?  (issue 15)

  roles-bodies.py sample DB SEED N OUT.csv   draw N occurrences of each word
  roles-bodies.py score SHEET.csv DB [DB ...] count the coded body names each
                                             database's roles hits cover

DB is a database of lexicons/validation/run-inquiry.sh (witnesses are the
speakers not marked as interviewers).  An occurrence is a whole word of the
turn text, case-insensitive: board(s), executive(s), chair(s), chairman,
chairwoman, commission(s).  Occurrences are listed in (doc_id, turn, offset)
order and N are drawn per word with Python's random.Random(SEED).sample, so
the same database and seed give the same sheet.  The coder fills `body`
(1 = the word names a body, an organisation or a government - "the Board of
the Public Health Agency", "Health and Safety Executive", "the Executive" in
Stormont, "the Care Quality Commission", the Inquiry's Chair as the Inquiry;
0 = anything else: a post or person, "across the board", a verb).  `score`
prints, for each word and database, the body names that a hit of any roles
category covers (shares a byte with), with a Wilson 95% interval.
"""
import csv
import math
import random
import re
import sqlite3
import sys

WORDS = {
    "board": "board", "boards": "board",
    "executive": "executive", "executives": "executive",
    "chair": "chair", "chairs": "chair", "chairman": "chair", "chairwoman": "chair",
    "commission": "commission", "commissions": "commission",
}
WORD_RE = re.compile(r"\b(" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")\b", re.I)
FIELDS = ["key", "word", "doc_id", "turn", "speaker", "left", "match", "right", "body", "note"]


def witness_turns(db):
    return db.execute(
        "SELECT d.doc_id, t.turn, s.label, t.text FROM turns t "
        "JOIN documents d ON d.doc_pk = t.doc_pk "
        "JOIN speakers s ON s.doc_pk = t.doc_pk AND s.speaker = t.speaker "
        "WHERE s.interviewer = 0 ORDER BY d.doc_id, t.turn")


def occurrences(db):
    occ = {}
    for doc_id, turn, label, text in witness_turns(db):
        for m in WORD_RE.finditer(text):
            w = WORDS[m.group(1).lower()]
            occ.setdefault(w, []).append((doc_id, turn, label, text, m.start(), m.end()))
    return occ


def sample(dbfile, seed, n, out):
    db = sqlite3.connect(dbfile)
    occ = occurrences(db)
    rnd = random.Random(int(seed))
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, FIELDS)
        w.writeheader()
        for word in sorted(occ):
            rows = occ[word]
            picked = sorted(rnd.sample(range(len(rows)), min(int(n), len(rows))))
            print(f"{word}: {len(rows)} occurrences, {len(picked)} drawn", file=sys.stderr)
            for i in picked:
                doc_id, turn, label, text, s, e = rows[i]
                w.writerow({"key": f"{doc_id}:{turn}:{s}", "word": word, "doc_id": doc_id,
                            "turn": turn, "speaker": label, "left": text[max(0, s - 160):s],
                            "match": text[s:e], "right": text[e:e + 120], "body": "", "note": ""})


def wilson(k, n, z=1.959964):
    if n == 0:
        return (float("nan"), float("nan"))
    p = k / n
    c = (p + z * z / (2 * n)) / (1 + z * z / n)
    h = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (max(0.0, c - h), min(1.0, c + h))


def covered(db, doc_id, turn, text, start, end):
    """True when a hit of a roles category (not the THEME.* row) overlaps the word."""
    b0 = len(text[:start].encode("utf-8"))
    b1 = len(text[:end].encode("utf-8"))
    row = db.execute(
        "SELECT count(*) FROM hits h JOIN documents d ON d.doc_pk = h.doc_pk "
        "JOIN categories c ON c.category_id = h.category_id "
        "WHERE d.doc_id = ? AND h.turn = ? AND c.theme = 'roles' AND c.is_theme_row = 0 "
        "AND h.byte_start < ? AND h.byte_end > ?", (doc_id, turn, b1, b0)).fetchone()
    return row[0] > 0


def score(sheet, dbfiles):
    with open(sheet, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        if r["body"] not in ("0", "1"):
            sys.exit(f"{sheet}: key {r['key']}: body must be 1 or 0, not '{r['body']}'")
    print("word,database,occurrences_sampled,body_names,counted_by_roles,share,wilson_low,wilson_high")
    for dbfile in dbfiles:
        db = sqlite3.connect(dbfile)
        texts = {(d, t): x for d, t, _, x in witness_turns(db)}
        tot = {}
        for r in rows:
            doc_id, turn, start = r["key"].rsplit(":", 2)
            text = texts[(doc_id, int(turn))]
            start = int(start)
            t = tot.setdefault(r["word"], [0, 0, 0])
            t[0] += 1
            if r["body"] == "1":
                t[1] += 1
                t[2] += covered(db, doc_id, int(turn), text, start, start + len(r["match"]))
        allk = [sum(v[i] for v in tot.values()) for i in range(3)]
        for word, (n, b, k) in sorted(tot.items()) + [("all", allk)]:
            lo, hi = wilson(k, b)
            share = k / b if b else float("nan")
            print(f"{word},{dbfile},{n},{b},{k},{share:.3f},{lo:.3f},{hi:.3f}")


def main(argv):
    if len(argv) == 6 and argv[1] == "sample":
        sample(argv[2], argv[3], argv[4], argv[5])
    elif len(argv) >= 4 and argv[1] == "score":
        score(argv[2], argv[3:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
