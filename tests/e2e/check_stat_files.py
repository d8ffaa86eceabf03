"""python3 check_stat_files.py TABLES_DIR: every .dta read back with pandas
(read_stata) and every .sav read back by PSPP (exported with its value
labels as text) equals its CSV table: rows, column names, variable labels
(the codebook's label column), value labels and every value (an empty CSV
cell is a declared missing value). Prints "ok - ..." / "not ok - ..." lines."""
import csv, math, os, shutil, subprocess, sys, tempfile
import pandas as pd

folder = os.path.abspath(sys.argv[1])
fails = 0


def check(ok, what):
    global fails
    print(("ok - " if ok else "not ok - ") + what)
    fails += not ok


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


codebook, types = {}, {}
for r in csv.DictReader(open(os.path.join(folder, "codebook.csv"), newline="", encoding="utf-8")):
    codebook[(r["table"], r["column"])] = r["label"]
    types[(r["table"], r["column"])] = r["type"]


def is_num(v):
    try:
        return math.isfinite(float(v))
    except ValueError:
        return False


def same_number(got, want):
    if want == "":
        return got is None or (isinstance(got, float) and math.isnan(got)) or got == ""
    try:
        g = float(got)
    except (TypeError, ValueError):
        return False
    return abs(g - float(want)) <= 1e-9 * max(1.0, abs(float(want)))


def compare(name, table, header, rows, cols, data, kinds):
    """data[c][r]: value read back; kinds[c]: 'num' or 'text'"""
    check(len(data[0]) == len(rows) if data else not rows, f"{name} rows")
    check(cols == header, f"{name} column names")
    bad = []
    for c, col in enumerate(header):
        for r, row in enumerate(rows):
            got, want = data[c][r], row[c]
            ok = same_number(got, want) if kinds[c] == "num" else \
                (("" if got is None or (isinstance(got, float) and math.isnan(got)) else str(got)) == want)
            if not ok:
                bad.append(f"{col} row {r + 1}: {got!r} != {want!r}")
                break
    for b in bad[:5]:
        print("# " + b)
    check(not bad, f"{name} values equal the CSV")


for f in sorted(os.listdir(folder)):
    table, ext = os.path.splitext(f)
    if ext not in (".dta", ".sav"):
        continue
    header, rows = read_csv(os.path.join(folder, table + ".csv"))
    labels = [codebook.get((table, c)) for c in header]
    if ext == ".dta":
        with pd.io.stata.StataReader(os.path.join(folder, f)) as rd:
            d = rd.read(convert_categoricals=False, convert_missing=False)
            d = d  # the label set of each variable (pandas 1.x: lbllist, 2.x: _lbllist)
            vl_names = getattr(rd, "lbllist", None) or getattr(rd, "_lbllist")
            vlabels = rd.value_labels()
            varlabels = rd.variable_labels()
        check([varlabels.get(c) for c in header] == labels, f"{f} variable labels (pandas)")
        data, kinds, vl_ok = [], [], True
        for i, col in enumerate(header):
            s = d[col]
            lbl = vlabels.get(vl_names[i]) if vl_names[i] else None
            if lbl is not None:
                distinct = sorted({r[i] for r in rows if r[i] != ""}, key=lambda v: v.encode())
                vl_ok &= list(lbl.keys()) == list(range(1, len(distinct) + 1)) and list(lbl.values()) == distinct
                data.append([None if pd.isna(v) else lbl[int(v)] for v in s])
                kinds.append("text")
            elif s.dtype == object:
                data.append(list(s))
                kinds.append("text")
            else:
                data.append([None if pd.isna(v) else float(v) for v in s])
                kinds.append("num")
        check(vl_ok, f"{f} value labels (pandas)")
        compare(f + " (pandas)", table, header, rows, list(d.columns), data, kinds)
    else:
        pspp = shutil.which("pspp")
        with tempfile.TemporaryDirectory() as tmp:
            syn = os.path.join(tmp, "x.sps")
            with open(syn, "w", encoding="utf-8") as s:
                s.write(f"GET FILE='{os.path.join(folder, f)}'.\nDISPLAY LABELS.\n"
                        f"SAVE TRANSLATE /OUTFILE='{tmp}/x.csv' /TYPE=CSV /FIELDNAMES /CELLS=LABELS /REPLACE.\n")
            subprocess.run([pspp, "-O", "format=csv", "-o", f"{tmp}/out.csv", syn], check=True,
                           stdout=subprocess.DEVNULL)
            with open(f"{tmp}/out.csv", newline="", encoding="utf-8") as o:
                out = list(csv.reader(o))
            got_labels = {r[0]: r[2] for r in out if len(r) == 3 and r[1].isdigit()}
            check([got_labels.get(c) for c in header] == labels, f"{f} variable labels (PSPP)")
            cols, prow = read_csv(f"{tmp}/x.csv")
        # PSPP writes a missing value as " " and numbers in their print format
        data = [[None if r[c].strip() == "" else r[c] for r in prow] for c in range(len(cols))]
        kinds = []
        for c, col in enumerate(header):
            vals = [r[c] for r in rows if r[c] != ""]
            numeric = types[(table, col)] in ("integer", "decimal") or (
                col not in ("doc_id", "speaker") and vals and all(is_num(v) for v in vals))
            kinds.append("num" if numeric else "text")
        data = [[(v.rstrip() if isinstance(v, str) else v) for v in col] for col in data]
        compare(f + " (PSPP)", table, header, rows, cols, data, kinds)

sys.exit(1 if fails else 0)
