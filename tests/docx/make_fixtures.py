#!/usr/bin/python3
"""Dev-time generator of the .docx test files in tests/docx/ (committed, so
the tests never need Python). Run from anywhere:

    /usr/bin/python3 tests/docx/make_fixtures.py

Needs Debian's python3-docx (and its lxml). The documents are written the
way Word and transcription services write them: python-docx for the body,
tables, bold runs, headers and footers; lxml edits of the XML python-docx
produced for what it has no API for (tracked changes, comments, footnotes,
fields, symbols), and every package saved through Python's zipfile. The
text each file must give is worked out by hand in tests/unit/test_docx.c,
from what this script puts in. Re-running gives the same text (ZIP
timestamps may differ).
"""
import io
import os
import zipfile

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"


def out(name):
    return os.path.join(HERE, name)


def el(tag, text=None, **attrs):
    """A w: element; attrs name w: attributes (val='x' -> w:val)."""
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn("w:" + k), v)
    if text is not None:
        e.text = text
        if text != text.strip():
            e.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return e


def run(text=None, bold=False, child=None):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        rpr.append(OxmlElement("w:bCs"))
        r.append(rpr)
    if text is not None:
        r.append(el("w:t", text))
    if child is not None:
        r.append(child)
    return r


def save(doc, name, extra_parts=()):
    """Save doc, then add parts [(partname, xml, content type, rel type)]
    through zipfile, with their overrides and relationships."""
    raw = io.BytesIO()
    doc.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    files = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    order = [i.filename for i in zin.infolist()]
    if extra_parts:
        ct = etree.fromstring(files["[Content_Types].xml"])
        rels = etree.fromstring(files["word/_rels/document.xml.rels"])
        for n, (part, xml, ctype, rtype) in enumerate(extra_parts):
            o = etree.SubElement(ct, "{%s}Override" % CT)
            o.set("PartName", "/" + part)
            o.set("ContentType", ctype)
            rel = etree.SubElement(rels, "{%s}Relationship" % PR)
            rel.set("Id", "rIdX%d" % n)
            rel.set("Type", rtype)
            rel.set("Target", part[len("word/"):])
            files[part] = xml.encode("utf-8")
            order.append(part)
        files["[Content_Types].xml"] = etree.tostring(ct, xml_declaration=True,
                                                      encoding="UTF-8", standalone=True)
        files["word/_rels/document.xml.rels"] = etree.tostring(
            rels, xml_declaration=True, encoding="UTF-8", standalone=True)
    write_zip(out(name), [(f, files[f]) for f in order])


def write_zip(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 12, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def zip_entries(path):
    with zipfile.ZipFile(path) as z:
        return [(i.filename, z.read(i.filename)) for i in z.infolist()]


def part_xml(root_tag, body):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:%s xmlns:w="%s">%s</w:%s>' % (root_tag, W, body, root_tag))


# ------------------------------------------------------------ well-formed


def bold_labels():
    d = Document()
    p = d.add_paragraph()
    p.add_run("Interview with P3").bold = True
    p = d.add_paragraph()
    p.add_run("Interviewer:").bold = True
    p.add_run(" How did you find the ward?")
    p = d.add_paragraph()
    p.add_run("P3").bold = True
    p.add_run(" It was fine, honestly.")
    p = d.add_paragraph()
    p.add_run("Interviewer").bold = True
    p.add_run(": And the staff?")
    p = d.add_paragraph()
    p.add_run("P3").bold = True
    p.add_run("\tThey were kind.")
    p = d.add_paragraph()
    p.add_run("I said ")
    p.add_run("never").bold = True
    p.add_run(" again.")
    p = d.add_paragraph()
    p.add_run("Really").bold = True
    p.add_run(" important point here.")
    p = d.add_paragraph()
    p.add_run("Note").bold = False
    p.add_run(" this is plain.")
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Dr.").bold = True
    p.add_run(" Smith").bold = True
    p.add_run(": Hello.")
    p = d.add_paragraph()
    p.add_run("Interviewer:").bold = True
    r = p.add_run(" First line")
    r.add_break()
    p.add_run("second line")
    save(d, "bold_labels.docx")


def table2():
    d = Document()
    d.add_paragraph("Transcript 2")
    t = d.add_table(rows=5, cols=2)
    rows = [("Speaker", "Text"),
            ("Interviewer", "Can you describe a typical day?"),
            ("P1", "I start at seven."),
            ("", "Continuation without a speaker."),
            ("Dr. Lee:", "Thanks.")]
    for i, (s, x) in enumerate(rows):
        t.cell(i, 0).text = s
        t.cell(i, 1).text = x
    t.cell(2, 1).add_paragraph("Then rounds.")
    d.add_paragraph("End of transcript")
    save(d, "table2.docx")


def table3():
    d = Document()
    t = d.add_table(rows=4, cols=3)
    rows = [("Time", "Speaker", "Text"),
            ("00:00:05", "Interviewer", "Welcome."),
            ("00:00:09", "Priya Raman", "Thank you for having me."),
            ("[00:01:12]", "Interviewer", "Next question.")]
    for i, row in enumerate(rows):
        for j, s in enumerate(row):
            t.cell(i, j).text = s
    d.add_paragraph("Codes")
    t = d.add_table(rows=2, cols=4)
    for i, row in enumerate([("Code", "Count", "Notes", "Flag"),
                             ("A1", "3", "seen twice", "no")]):
        for j, s in enumerate(row):
            t.cell(i, j).text = s
    save(d, "table3.docx")


def tracked():
    d = Document()
    p = d.add_paragraph()
    p._p.append(run("Interviewer: We "))
    ins = el("w:ins", id="1", author="Editor", date="2024-03-12T10:00:00Z")
    ins.append(run("really "))
    p._p.append(ins)
    p._p.append(run("talked"))
    dl = el("w:del", id="2", author="Editor", date="2024-03-12T10:00:00Z")
    r = OxmlElement("w:r")
    r.append(el("w:delText", " never"))
    dl.append(r)
    p._p.append(dl)
    p._p.append(run(" about it."))
    # a deleted paragraph mark: accepted, the two paragraphs are one
    p = d.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    rpr.append(el("w:del", id="3", author="Editor", date="2024-03-12T10:00:00Z"))
    ppr.append(rpr)
    p._p.append(run("P2: I think "))
    p = d.add_paragraph()
    p._p.append(run("so too."))
    # a moved sentence: kept where it went, dropped where it was
    p = d.add_paragraph()
    mf = el("w:moveFrom", id="4", author="Editor", date="2024-03-12T10:00:00Z")
    mf.append(run("Moved away. "))
    p._p.append(mf)
    p._p.append(run("Interviewer: Thanks."))
    mt = el("w:moveTo", id="5", author="Editor", date="2024-03-12T10:00:00Z")
    mt.append(run(" Moved here."))
    p._p.append(mt)
    save(d, "tracked.docx")


def comment():
    d = Document()
    p = d.add_paragraph()
    p._p.append(run("P1: The "))
    p._p.append(el("w:commentRangeStart", id="0"))
    p._p.append(run("food"))
    p._p.append(el("w:commentRangeEnd", id="0"))
    p._p.append(run(child=el("w:commentReference", id="0")))
    p._p.append(run(" was cold."))
    body = ('<w:comment w:id="0" w:author="Reviewer" w:initials="R">'
            '<w:p><w:r><w:t>REVIEWER NOTE check this</w:t></w:r></w:p></w:comment>')
    save(d, "comment.docx", [(
        "word/comments.xml", part_xml("comments", body),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
        R + "/comments")])


def header_footer():
    d = Document()
    s = d.sections[0]
    s.header.paragraphs[0].text = "CONFIDENTIAL header text"
    s.footer.paragraphs[0].text = "Footer page text"
    d.add_paragraph("Interviewer: Hello again.")
    d.add_paragraph("P4: Hello.")
    save(d, "header_footer.docx")


def footnote():
    d = Document()
    p = d.add_paragraph()
    p._p.append(run("P1: I moved here in 2019"))
    ref = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rpr.append(el("w:vertAlign", val="superscript"))
    ref.append(rpr)
    ref.append(el("w:footnoteReference", id="1"))
    p._p.append(ref)
    p._p.append(run("."))
    body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            '<w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p>'
            '<w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Footnote checked '
            'with HR</w:t></w:r></w:p></w:footnote>')
    save(d, "footnote.docx", [(
        "word/footnotes.xml", part_xml("footnotes", body),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        R + "/footnotes")])


def fldchar(kind):
    return run(child=el("w:fldChar", fldCharType=kind))


def field():
    d = Document()
    p = d.add_paragraph()
    p._p.append(run("Recorded on "))
    p._p.append(fldchar("begin"))
    p._p.append(run(child=el("w:instrText", ' DATE \\@ "d MMMM yyyy" ')))
    p._p.append(fldchar("separate"))
    p._p.append(run("12 March 2024"))
    p._p.append(fldchar("end"))
    p._p.append(run("."))
    p = d.add_paragraph()
    p._p.append(run("Page "))
    fs = el("w:fldSimple", instr=" PAGE ")
    fs.append(run("3"))
    p._p.append(fs)
    p._p.append(run(" of the notes."))
    # a field whose instruction holds a nested field: only results show
    p = d.add_paragraph()
    p._p.append(run("Ref "))
    p._p.append(fldchar("begin"))
    p._p.append(run(child=el("w:instrText", " IF ")))
    p._p.append(fldchar("begin"))
    p._p.append(run(child=el("w:instrText", " PAGE ")))
    p._p.append(fldchar("separate"))
    p._p.append(run("9"))
    p._p.append(fldchar("end"))
    p._p.append(run(child=el("w:instrText", ' = 9 "yes" "no" ')))
    p._p.append(fldchar("separate"))
    p._p.append(run("yes"))
    p._p.append(fldchar("end"))
    p = d.add_paragraph()
    p._p.append(run("See "))
    h = el("w:hyperlink")
    h.set(qn("r:id"), d.part.relate_to("https://example.org/",
                                       R + "/hyperlink", is_external=True))
    h.append(run("the website"))
    p._p.append(h)
    p._p.append(run(" for details."))
    save(d, "field.docx")


def unicode_text():
    d = Document()
    d.add_paragraph("Élodie Martin: I didn’t know — café, naïve, Ωmega.")
    p = d.add_paragraph()
    p._p.append(run("P2: a well"))
    p._p.append(run(child=OxmlElement("w:noBreakHyphen")))
    p._p.append(run("known place"))
    p._p.append(run(child=el("w:sym", font="Wingdings", char="F0E0")))
    p._p.append(run("next"))
    p._p.append(run(child=el("w:sym", font="Arial", char="00E9")))
    p._p.append(run(child=OxmlElement("w:softHyphen")))
    p._p.append(run("!"))
    save(d, "unicode.docx")


# ------------------------------------------------------------ rejected


def macro():
    d = Document()
    d.add_paragraph("Interviewer: macros here.")
    raw = io.BytesIO()
    d.save(raw)
    z = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    entries = []
    for i in z.infolist():
        data = z.read(i.filename)
        if i.filename == "[Content_Types].xml":
            data = data.replace(
                b"application/vnd.openxmlformats-officedocument.wordprocessingml."
                b"document.main+xml",
                b"application/vnd.ms-word.document.macroEnabled.main+xml")
            assert b"macroEnabled" in data
        entries.append((i.filename, data))
    write_zip(out("macro.docm"), entries)


def ole(name, streams):
    """A minimal OLE compound file (header sector + one directory sector)
    with the named streams, as Word writes .doc and encrypted files."""
    hdr = bytearray(512)
    hdr[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    hdr[24:26] = (0x3E).to_bytes(2, "little")   # minor version
    hdr[26:28] = (3).to_bytes(2, "little")      # major version 3
    hdr[28:30] = (0xFFFE).to_bytes(2, "little")  # little-endian
    hdr[30:32] = (9).to_bytes(2, "little")      # 512-byte sectors
    hdr[32:34] = (6).to_bytes(2, "little")
    hdr[44:48] = (1).to_bytes(4, "little")      # one FAT sector
    hdr[48:52] = (1).to_bytes(4, "little")      # directory at sector 1
    hdr[56:60] = (4096).to_bytes(4, "little")
    hdr[60:64] = (0xFFFFFFFE).to_bytes(4, "little")
    hdr[68:72] = (0xFFFFFFFE).to_bytes(4, "little")
    hdr[76:80] = (0).to_bytes(4, "little")      # FAT at sector 0
    for i in range(1, 109):
        hdr[76 + 4 * i:80 + 4 * i] = (0xFFFFFFFF).to_bytes(4, "little")
    fat = bytearray(b"\xff" * 512)
    fat[0:4] = (0xFFFFFFFD).to_bytes(4, "little")
    fat[4:8] = (0xFFFFFFFE).to_bytes(4, "little")
    dirs = bytearray()
    for n, s in enumerate(["Root Entry"] + streams):
        e = bytearray(128)
        u = s.encode("utf-16-le") + b"\0\0"
        e[0:len(u)] = u
        e[64:66] = len(u).to_bytes(2, "little")
        e[66] = 5 if n == 0 else 2
        dirs += e
    dirs += bytes(512 - len(dirs) % 512) if len(dirs) % 512 else b""
    with open(out(name), "wb") as f:
        f.write(bytes(hdr) + bytes(fat) + bytes(dirs))


def damaged():
    good = open(out("bold_labels.docx"), "rb").read()
    with open(out("truncated.docx"), "wb") as f:
        f.write(good[:len(good) * 6 // 10])
    with open(out("notzip.docx"), "w") as f:
        f.write("Interviewer: this is plain text named .docx\n")
    # an Excel-like package: a real zip without word/document.xml
    write_zip(out("noword.docx"), [
        ("[Content_Types].xml", b'<?xml version="1.0"?><Types xmlns="%s"/>' % CT.encode()),
        ("xl/workbook.xml", b"<workbook/>")])
    entries = zip_entries(out("header_footer.docx"))
    bad = [(n, d.replace(b"</w:body>", b"</w:bod>") if n == "word/document.xml" else d)
           for n, d in entries]
    write_zip(out("malformed.docx"), bad)
    deep = ("<w:sdt><w:sdtContent>" * 70 + "<w:p><w:r><w:t>deep</w:t></w:r></w:p>"
            + "</w:sdtContent></w:sdt>" * 70)
    entries = [(n, d.replace(b"<w:body>", b"<w:body>" + deep.encode())
                if n == "word/document.xml" else d) for n, d in entries]
    write_zip(out("deep.docx"), entries)


def bomb():
    """document.xml of 200 MiB of one character: about 200 KiB deflated."""
    entries = zip_entries(out("header_footer.docx"))
    head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>' % W).encode()
    with zipfile.ZipFile(out("bomb.docx"), "w", zipfile.ZIP_DEFLATED,
                         compresslevel=9) as z:
        for n, d in entries:
            if n != "word/document.xml":
                z.writestr(zipfile.ZipInfo(n, (2024, 3, 12, 10, 0, 0)), d,
                           compress_type=zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo("word/document.xml", (2024, 3, 12, 10, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as f:
            f.write(head)
            block = b"a" * (1 << 20)
            for _ in range(200):
                f.write(block)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>")
    # the same kind of bomb made of 1.6 million one-letter paragraphs
    with zipfile.ZipFile(out("bomb_paras.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in entries:
            if n != "word/document.xml":
                z.writestr(zipfile.ZipInfo(n, (2024, 3, 12, 10, 0, 0)), d,
                           compress_type=zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo("word/document.xml", (2024, 3, 12, 10, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as f:
            f.write(head.replace(b"<w:p><w:r><w:t>", b""))
            block = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * (1 << 15)
            for _ in range(50):
                f.write(block)
            f.write(b"</w:body></w:document>")


def fuzz_seeds():
    """Seed corpora for tests/fuzz/fuzz_docx_{xml,zip}.c: each fixture's
    document.xml, and small packages (just [Content_Types].xml and
    word/document.xml, stored and deflated) so mutations reach the XML."""
    xdir = os.path.join(HERE, "..", "fuzz", "corpus", "fuzz_docx_xml")
    zdir = os.path.join(HERE, "..", "fuzz", "corpus", "fuzz_docx_zip")
    os.makedirs(xdir, exist_ok=True)
    os.makedirs(zdir, exist_ok=True)
    for name in ("bold_labels", "table2", "table3", "tracked", "comment", "field",
                 "unicode", "deep", "malformed"):
        entries = dict(zip_entries(out(name + ".docx")))
        doc = entries["word/document.xml"]
        with open(os.path.join(xdir, name + ".xml"), "wb") as f:
            f.write(doc)
        keep = [(n, entries[n]) for n in ("[Content_Types].xml", "word/document.xml")]
        for method, tag in ((zipfile.ZIP_STORED, "stored"), (zipfile.ZIP_DEFLATED, "deflated")):
            with zipfile.ZipFile(os.path.join(zdir, "%s-%s.docx" % (name, tag)), "w",
                                 method) as z:
                for n, d in keep:
                    z.writestr(zipfile.ZipInfo(n, (2024, 3, 12, 10, 0, 0)), d,
                               compress_type=method)
    for name in ("macro.docm", "legacy.doc", "encrypted.docx", "noword.docx",
                 "notzip.docx"):
        with open(os.path.join(zdir, name), "wb") as f:
            f.write(open(out(name), "rb").read())


if __name__ == "__main__":
    for make in (bold_labels, table2, table3, tracked, comment, header_footer,
                 footnote, field, unicode_text, macro, damaged, bomb):
        make()
    ole("legacy.doc", ["WordDocument", "1Table", "\x05SummaryInformation"])
    ole("encrypted.docx", ["EncryptionInfo", "EncryptedPackage",
                           "\x06DataSpaces"])
    fuzz_seeds()
    print("fixtures written to", HERE)
