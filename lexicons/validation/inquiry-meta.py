#!/usr/bin/env python3
"""Metadata for validating the bundled lexicons on the UK Covid-19 Inquiry
hearings (../shared/corpora/inquiry, read with --ext .rst).

Witnesses are the people sworn in or affirmed ("*MRS CATRIONA MYLES
(sworn).*"); everyone else who speaks (the Chair, Counsel to the Inquiry,
counsel for core participants) is marked role=interviewer so that lextab
leaves them out of the grouped tables and `validate sample` samples
witness turns only.  A label is a witness when every word of it (titles
included) is a word of one sworn name anywhere in the corpus (a witness
sworn on one day goes on the next) and the label is not a questioner
named in a "Questions From ..." heading.  A short label (a title and a
surname: "Mr Dawson") must match a name sworn in the same document: Mr
Dawson of counsel is not Mr Aidan Dawson the witness.  Labels that fit both are
reported on stderr and kept as interviewer.

usage: inquiry-meta.py LEXTAB INQUIRY_DIR > inquiry-meta.csv
"""
import csv, io, os, re, subprocess, sys

def words(s):
    return [w for w in re.split(r"[^A-Z'-]+", s.upper().replace("\u2019", "'")) if w]

def main():
    lextab, root = sys.argv[1], sys.argv[2]
    sworn, questioners = [], set()
    sworn_in = {}
    for dirpath, _, files in os.walk(root):
        for f in files:
            if not f.endswith(".rst"):
                continue
            with open(os.path.join(dirpath, f), encoding="utf-8") as fh:
                for line in fh:
                    m = re.match(r"^\*(.+?)\s*\((?:sworn|affirmed)\)\.?\*", line.strip(), re.I)
                    if m:
                        sworn.append(set(words(m.group(1))))
                        doc = os.path.relpath(os.path.join(dirpath, f[:-4]), root)
                        sworn_in.setdefault(doc, []).append(sworn[-1])
                    m = re.match(r"^Questions [Ff]rom (.+)$", line.strip())
                    if m:
                        q = re.sub(r"\s+KC$|\s*\(continued\)$", "", m.group(1).strip())
                        questioners.add(tuple(words(q)))
    out = subprocess.run([lextab, "speakers", "-q", "--ext", ".rst", root],
                         check=True, capture_output=True, text=True).stdout
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["doc_id", "speaker", "role"])
    nwit = nint = 0
    for row in csv.DictReader(io.StringIO(out)):
        lab = words(row["label"])
        is_q = tuple(lab) in questioners
        pool = sworn if len(lab) > 2 else sworn_in.get(row["doc_id"], [])
        is_w = bool(lab) and any(set(lab) <= s for s in pool)
        if is_w and is_q:
            print(f"{row['doc_id']}: {row['label']!r} is both sworn and a questioner: interviewer",
                  file=sys.stderr)
        role = "witness" if is_w and not is_q else "interviewer"
        nwit += role == "witness"
        nint += role != "witness"
        w.writerow([row["doc_id"], row["label"], role])
    print(f"{nwit} witness rows, {nint} interviewer rows", file=sys.stderr)

main()
