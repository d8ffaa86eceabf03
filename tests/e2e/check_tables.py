#!/usr/bin/env python3
"""Cross-checks of lextab's tables (tests/e2e/tables.sh): every table is
valid UTF-8 CSV with a header; role_category is recomputed from
speaker_category; entries.csv adds up to theme_summary; theme rows are
bounded by their categories; document_wide agrees with speaker_category;
speaker_category is dense; counts agree with the hits in the database."""
import csv, sqlite3, sys
from collections import defaultdict

tables, db = sys.argv[1], sys.argv[2]
fails = 0

def check(cond, what):
    global fails
    if not cond:
        fails += 1
        print("FAIL:", what)

def read(name):
    with open(f"{tables}/{name}.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return rows

sc = read("speaker_category")
rc = read("role_category")
ts = read("theme_summary")
en = read("entries")
dw = read("document_wide")
cb = read("codebook")
co = read("cooccurrence")
con = sqlite3.connect(db)
cats = [r[0] for r in con.execute("SELECT name FROM categories ORDER BY category_id")]
n_speakers = con.execute("SELECT COUNT(*) FROM speakers").fetchone()[0]
check(len(sc) == n_speakers * len(cats), f"speaker_category dense: {len(sc)} rows, "
      f"{n_speakers} speakers x {len(cats)} categories")

# role_category from speaker_category (interviewers left out)
agg = defaultdict(lambda: [set(), 0, 0, 0, 0, 0])
for r in sc:
    if r["role"] == "interviewer":
        continue
    a = agg[(r["role"], r["category"])]
    a[0].add(r["doc_id"])
    a[1] += 1
    a[2] += int(r["tokens"])
    a[3] += int(r["hits"])
    a[4] += int(r["matched_tokens"])
    a[5] += int(r["negated"])
role_rows = [r for r in rc if r["field"] == "role"]
check(len(role_rows) == len(agg), f"role_category has {len(role_rows)} role rows, expected {len(agg)}")
for r in role_rows:
    a = agg.get((r["value"], r["category"]))
    if a is None:
        check(False, f"unexpected role row {r['value']} {r['category']}")
        continue
    docs, spk, tok, hits, mt, neg = a
    check(int(r["documents"]) == len(docs), f"documents {r['value']} {r['category']}")
    check(int(r["speakers"]) == spk, f"speakers {r['value']} {r['category']}")
    check(int(r["tokens"]) == tok, f"tokens {r['value']} {r['category']}")
    check(int(r["hits"]) == hits, f"hits {r['value']} {r['category']}")
    check(int(r["matched_tokens"]) == mt, f"matched {r['value']} {r['category']}")
    check(int(r["negated"]) == neg, f"negated {r['value']} {r['category']}")
    want = "" if tok == 0 else "%.4f" % (1000.0 * hits / tok)
    check(r["rate_per_1000"] == want, f"rate {r['value']} {r['category']}: {r['rate_per_1000']} != {want}")
    check(int(r["turns_with_hit"]) <= int(r["turns"]), "turns_with_hit <= turns")
    check(int(r["negated"]) <= int(r["hits"]), "negated <= hits")

# entries.csv adds up to the category totals of theme_summary
tot = defaultdict(int)
for r in en:
    tot[r["category"]] += int(r["hits"])
for r in ts:
    check(int(r["hits"]) == tot.get(r["category"], 0),
          f"entries.csv sums to {tot.get(r['category'], 0)} for {r['category']}, theme_summary says {r['hits']}")

# theme rows: at least the largest category, at most the sum
by_theme = defaultdict(list)
for r in ts:
    by_theme[r["theme"]].append(r)
for theme, rows in by_theme.items():
    row = [r for r in rows if r["category"].endswith(".*")][0]
    others = [int(r["hits"]) for r in rows if not r["category"].endswith(".*")]
    check(max(others or [0]) <= int(row["hits"]) <= sum(others), f"theme row {theme}")

# document_wide from speaker_category
per_doc = defaultdict(lambda: defaultdict(int))
tokens = defaultdict(int)
seen = set()
for r in sc:
    if r["role"] == "interviewer":
        continue
    per_doc[r["doc_id"]][r["category"]] += int(r["hits"])
    if (r["doc_id"], r["speaker"]) not in seen:
        seen.add((r["doc_id"], r["speaker"]))
        tokens[r["doc_id"]] += int(r["tokens"])
cols = {c: None for c in cats}
hdr = list(dw[0].keys()) if dw else []
hit_cols = [h for h in hdr if h.endswith("_hits")]
check(len(hit_cols) == len(cats), "document_wide has a _hits column per category")
for r in dw:
    check(int(r["tokens"]) == tokens[r["doc_id"]], f"document_wide tokens {r['doc_id']}")
    for c, h in zip(cats, hit_cols):
        check(int(r[h]) == per_doc[r["doc_id"]][c], f"document_wide {h} {r['doc_id']}")

# codebook documents every column of every table
described = defaultdict(set)
for r in cb:
    described[r["table"]].add(r["column"])
for name in ["speaker_category", "role_category", "document_wide", "theme_summary",
             "cooccurrence", "entries", "codebook"]:
    with open(f"{tables}/{name}.csv", newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    for col in header:
        check(col in described[name], f"codebook describes {name}.{col}")

# counts in the database equal the hits table
for (cnt, hits) in con.execute(
        "SELECT (SELECT SUM(hits) FROM counts), (SELECT COUNT(*) FROM hits)"):
    check(cnt == hits, f"counts.hits {cnt} == hits rows {hits}")
# cooccurrence: both <= either
for r in co:
    check(int(r["turns_both"]) <= int(r["turns_either"]) <= int(r["turns"]), "cooccurrence bounds")

print(f"{len(sc)} speaker_category rows, {len(rc)} role_category rows checked; {fails} failures")
sys.exit(1 if fails else 0)
