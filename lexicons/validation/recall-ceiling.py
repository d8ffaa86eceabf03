#!/usr/bin/env python3
"""Recall ceiling helper (lexicons/validation/recall-ceiling.md).

  recall-ceiling.py hits DB THEME SHEET...
      one row per positive turn (theme:THEME = 1) of the sheets: key, sheet,
      whether DB has a hit of THEME (any category of the theme) in it, the
      forms matched, and the turn text. DB is looked up by document and turn
      number; the turn text's hash is not recomputed, the text is compared.
"""
import csv, sqlite3, sys


def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        yield from csv.DictReader(f)


def hits(db, theme, sheets):
    con = sqlite3.connect(db)
    w = csv.writer(sys.stdout)
    w.writerow(["key", "sheet", "hit", "forms", "text"])
    for sheet in sheets:
        for r in rows(sheet):
            if r["kind"] != "turn" or r.get("theme:" + theme, "").strip() != "1":
                continue
            parts = r["key"].split(":")
            doc, turn = ":".join(parts[1:-2]), int(parts[-2])
            t = con.execute(
                "SELECT t.doc_pk, t.text FROM turns t JOIN documents d USING(doc_pk)"
                " WHERE d.doc_id = ? AND t.turn = ?", (doc, turn)).fetchone()
            if t is None or t[1].strip() != r["text"].lstrip("'").strip():
                sys.exit("turn not found or text differs: " + r["key"])
            forms = [f"{c}:{fm}" for c, fm in con.execute(
                "SELECT c.name, h.form FROM hits h JOIN categories c USING(category_id)"
                " WHERE h.doc_pk = ? AND h.turn = ? AND c.theme = ?"
                " AND NOT c.is_theme_row ORDER BY h.tok_start", (t[0], turn, theme))]
            w.writerow([r["key"], sheet.rsplit("/", 1)[-1], 1 if forms else 0,
                        "; ".join(forms), r["text"]])


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1] == "hits":
        hits(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        sys.exit(__doc__)
