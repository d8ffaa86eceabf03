#!/usr/bin/python3
"""Dev-time generator of the Word transcripts in tests/transcripts/ (committed,
so `make test` never needs Python). Run from anywhere:

    /usr/bin/python3 tests/transcripts/make_docx.py

Needs Debian's python3-docx; reuses the helpers of tests/docx/make_fixtures.py
(runs, tracked-change elements, extra parts, fixed ZIP timestamps). Each file
is built the way Word or the service writes it; the speakers, turns and words
it must give are worked out by hand in tests/transcripts/expected.csv.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "docx"))
import make_fixtures as mf  # noqa: E402
from docx import Document  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402


def save(doc, rel, extra=()):
    """mf.save writes next to make_fixtures.py; redirect it here."""
    old = mf.out
    mf.out = lambda name: os.path.join(HERE, name)
    try:
        mf.save(doc, rel, extra)
    finally:
        mf.out = old


def dx01():
    """Bold labels with the colon inside or after the bold run, a tracked
    insertion and deletion, and a comment (left out)."""
    d = Document()
    p = d.add_paragraph()
    p._p.append(mf.run("Interviewer:", bold=True))
    p._p.append(mf.run(" How was the audit?"))
    p = d.add_paragraph()
    p._p.append(mf.run("Dr Omar Said:", bold=True))
    p._p.append(mf.run(" It went "))
    ins = mf.el("w:ins", id="1", author="Editor", date="2024-03-12T10:00:00Z")
    ins.append(mf.run("very "))
    p._p.append(ins)
    p._p.append(mf.run("well"))
    dl = mf.el("w:del", id="2", author="Editor", date="2024-03-12T10:00:00Z")
    r = OxmlElement("w:r")
    r.append(mf.el("w:delText", " badly"))
    dl.append(r)
    p._p.append(dl)
    p._p.append(mf.run("."))
    p = d.add_paragraph()
    p._p.append(mf.run("Interviewer", bold=True))
    p._p.append(mf.run(": Any surprises?"))
    p = d.add_paragraph()
    p._p.append(mf.run("Dr Omar Said:", bold=True))
    p._p.append(mf.run(" None "))
    p._p.append(mf.el("w:commentRangeStart", id="0"))
    p._p.append(mf.run("at all"))
    p._p.append(mf.el("w:commentRangeEnd", id="0"))
    p._p.append(mf.run(child=mf.el("w:commentReference", id="0")))
    p._p.append(mf.run("."))
    body = ('<w:comment w:id="0" w:author="Reviewer" w:initials="R">'
            '<w:p><w:r><w:t>Check the audit date with the trust</w:t></w:r></w:p>'
            '</w:comment>')
    save(d, "docx/dx01.docx", [(
        "word/comments.xml", mf.part_xml("comments", body),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
        mf.R + "/comments")])


def dx02():
    """A two-column speaker | text table, as transcription services deliver
    it: a header row, and a row with an empty speaker cell continuing the
    previous turn."""
    d = Document()
    rows = [("Speaker", "Text"), ("Interviewer", "What is your role?"),
            ("Kate Bell", "I run the pharmacy team."), ("", "Twelve people in all."),
            ("Interviewer", "Thank you.")]
    t = d.add_table(rows=len(rows), cols=2)
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    save(d, "docx/dx02.docx")


def dx03():
    """Bold labels without a colon, the same labels throughout."""
    d = Document()
    for who, what in (("Interviewer", " Tell me about training."),
                      ("Sara Lind", " It is patchy."),
                      ("Interviewer", " Patchy how?"),
                      ("Sara Lind", " Depends on the ward.")):
        p = d.add_paragraph()
        p._p.append(mf.run(who, bold=True))
        p._p.append(mf.run(what))
    save(d, "docx/dx03.docx")


def tm02():
    """A Teams transcript downloaded as .docx: title lines, then a
    'Name   0:05' paragraph before each turn's text."""
    d = Document()
    for line in ("Ward review-20240312_100102-Meeting Recording",
                 "March 12, 2024, 10:01AM", "3m 4s",
                 "Adebayo, Ruth   0:03", "Shall we look at the figures?",
                 "WHITFIELD, James (BRACKENMOOR TEACHING HOSPITALS NHS FOUNDATION TRUST)"
                 "   0:09", "Yes. They are better than last month.",
                 "Adebayo, Ruth   0:15", "Good to hear."):
        d.add_paragraph(line)
    save(d, "teams/tm02.docx")


if __name__ == "__main__":
    for make in (dx01, dx02, dx03, tm02):
        make()
    print("Word transcripts written to", HERE)
