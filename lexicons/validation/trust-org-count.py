#!/usr/bin/env python3
"""Which occurrences of the word trust/trusts does the trust lexicon count?

usage: trust-org-count.py OCC.db LEXTAB.db SHEET.csv > OUT.csv

OCC.db: a lextab database coded with a one-category lexicon that hits every
trust, trusts, trust's, trusts' (lexicons/validation/trust.md); LEXTAB.db:
the same corpus coded with the bundled lexicons; SHEET.csv: a `lextab
validate sample` sheet of OCC.db's hits, with a column `organisation`
(1 = the word names a body, 0 = it does not) filled in by the coder.
Writes the sheet's rows with a column `counted` (1 when a trust.* hit of
LEXTAB.db covers the occurrence's token) and prints a summary on stderr.
"""
import csv, sqlite3, sys

def main():
    occ, lex, sheet = sys.argv[1:4]
    db = sqlite3.connect(lex)
    db.execute("ATTACH ? AS o", (occ,))
    rows = list(csv.DictReader(open(sheet, encoding="utf-8-sig")))
    out = csv.DictWriter(sys.stdout, fieldnames=list(rows[0].keys()) + ["counted", "counted_by"])
    out.writeheader()
    tally = {}
    for r in rows:
        if r.get("kind") != "hit":
            continue
        # key H:DOC:TURN:START-END:CATEGORY:HASH
        parts = r["key"].split(":")
        doc, turn, span = parts[1], int(parts[2]), parts[3]
        start, end = (int(x) for x in span.split("-"))
        doc = doc.replace("%2F", "/").replace("%3A", ":")
        hit = db.execute(
            "SELECT group_concat(DISTINCT c.name) FROM hits h JOIN categories c USING(category_id)"
            " JOIN documents d USING(doc_pk) WHERE d.doc_id = ? AND h.turn = ?"
            " AND c.theme = 'trust' AND NOT c.is_theme_row"
            " AND h.tok_start < ? AND h.tok_end > ?", (doc, turn, end, start)).fetchone()[0]
        r["counted"] = "1" if hit else "0"
        r["counted_by"] = hit or ""
        out.writerow(r)
        org = r.get("organisation", "").strip()
        tally[(org, r["counted"])] = tally.get((org, r["counted"]), 0) + 1
    for (org, c), n in sorted(tally.items()):
        print(f"organisation={org or '?'} counted={c}: {n}", file=sys.stderr)

if __name__ == "__main__":
    main()
