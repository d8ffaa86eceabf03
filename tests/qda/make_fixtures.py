#!/usr/bin/env python3
"""Generate the .qdpx fixtures of tests/e2e/qda.sh (run from anywhere;
writes next to this script). Deterministic: fixed GUIDs and zip dates.

Projects laid out as NVivo, MAXQDA and QualCoder write them (REFI-QDA 1.0,
read from the standard, section 9-10 and the schema), all holding the hand
coding of corpus/a.txt described in tests/e2e/qda.sh:
  code Reliance on turns 1 and 4, code Trust on turn 3
each with the transcript as that tool keeps it (CRLF and a BOM; timestamps;
collapsed white space), codes nested in folders or parents, non-text
sources, and one source of another interview that cannot be aligned.
Then hostile archives: a zip bomb, path traversal entry names, billion
laughs, an external entity, deep nesting, malformed XML, not a zip.
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
DATE = (2024, 5, 1, 12, 0, 0)

TURNS = [
    ("Interviewer", "How do you find working with the ward managers?"),
    ("P1", "I rely on the ward managers because they deliver what they promise."),
    ("P1", "The car park floods every winter and nobody fixes the drains."),
    ("P1", "We trust the estates team at the caf\u00e9 with repairs, na\u00efve as that sounds."),
    ("P1", "Nobody listens to us about the budget, so we lean on each other."),
]
OTHER = "Someone: An unrelated meeting about parking permits and canteen hours.\n"


def corpus_text():
    return "".join("%s: %s\n" % t for t in TURNS)


def write_zip(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def sel(text, needle, guid, code_guids, name=None):
    s = text.index(needle)
    e = s + len(needle)
    codings = "".join('<Coding guid="%s-c%d"><CodeRef targetGUID="%s"/></Coding>' % (guid[:-4], i, g)
                      for i, g in enumerate(code_guids))
    return ('<PlainTextSelection guid="%s"%s startPosition="%d" endPosition="%d">%s</PlainTextSelection>'
            % (guid, ' name="%s"' % name if name else "", s, e, codings))


def project(origin, codes, sources, extra=""):
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<Project xmlns="urn:QDA-XML:project:1.0" name="fixture" origin="%s">'
            '<Users><User guid="00000000-0000-4000-8000-000000000001" name="Alice"/></Users>'
            '<CodeBook><Codes>%s</Codes></CodeBook><Sources>%s</Sources>%s</Project>\n'
            % (origin, codes, sources, extra))


G_FOLDER = "10000000-0000-4000-8000-000000000001"
G_TRUST = "10000000-0000-4000-8000-000000000002"
G_REL = "10000000-0000-4000-8000-000000000003"
G_OTHER = "10000000-0000-4000-8000-000000000004"


def coded_sources(text, prefix):
    """The three coded passages (turns 1, 3, 4) of text; turn 4 partly."""
    return (sel(text, "rely on the ward managers", prefix + "0001-0000-0000-000000000001", [G_REL], "q1")
            + sel(text, "trust the estates team", prefix + "0001-0000-0000-000000000002", [G_TRUST])
            + sel(text, "listens to us about the budget", prefix + "0001-0000-0000-000000000003", [G_REL]))


def nvivo():
    # NVivo: codes under a non-codable folder code, CRLF and a BOM in the
    # plain text, upper-case GUIDs, a picture source, an unrelated source
    text = corpus_text().replace("\n", "\r\n")
    codes = ('<Code guid="%s" name="Codes" isCodable="false"><Code guid="%s" name="Trust" isCodable="true">'
             '<Code guid="%s" name="Reliance" isCodable="true"><Description>relying on others</Description></Code>'
             '</Code></Code><Code guid="%s" name="Other" isCodable="true"/>' % (G_FOLDER, G_TRUST, G_REL, G_OTHER))
    src = ('<TextSource guid="A0000000-0000-4000-8000-000000000001" name="a" '
           'plainTextPath="internal://A0000000-0000-4000-8000-000000000001.txt">%s</TextSource>'
           % coded_sources(text, "B000"))
    src += ('<PictureSource guid="A0000000-0000-4000-8000-000000000002" name="ward photo" '
            'path="internal://A0000000-0000-4000-8000-000000000002.png"/>')
    src += ('<TextSource guid="A0000000-0000-4000-8000-000000000003" name="parking meeting" '
            'plainTextPath="internal://A0000000-0000-4000-8000-000000000003.txt">%s</TextSource>'
            % sel(OTHER, "parking permits", "B0000000-0000-4000-8000-000000000009", [G_REL]))
    write_zip(os.path.join(OUT, "nvivo.qdpx"), [
        ("project.qde", project("NVivo 14", codes, src)),
        ("sources/A0000000-0000-4000-8000-000000000001.txt", "\ufeff" + text),
        ("sources/A0000000-0000-4000-8000-000000000002.png", b"\x89PNG\r\n\x1a\nnot really"),
        ("sources/A0000000-0000-4000-8000-000000000003.txt", OTHER),
    ])


def maxqda():
    # MAXQDA: timestamps before every paragraph, a richTextPath .docx next
    # to the plain text, nested codes (Trust > Reliance), an audio source
    text = "".join("[00:%02d:%02d] %s: %s\n\n" % (i // 60, i * 7 % 60, l, t)
                   for i, (l, t) in enumerate(TURNS))
    codes = ('<Code guid="%s" name="Trust" isCodable="true" color="#ff0000"><Code guid="%s" '
             'name="Reliance" isCodable="true"/></Code>' % (G_TRUST, G_REL))
    src = ('<TextSource guid="c1000000-0000-4000-8000-000000000001" name="a.docx" '
           'richTextPath="internal://c1000000-0000-4000-8000-000000000001.docx" '
           'plainTextPath="internal://c1000000-0000-4000-8000-000000000002.txt">%s</TextSource>'
           % coded_sources(text, "d100"))
    src += ('<AudioSource guid="c1000000-0000-4000-8000-000000000003" name="a.mp3" '
            'path="relative://a.mp3"/>')
    write_zip(os.path.join(OUT, "maxqda.qdpx"), [
        ("project.qde", project("MAXQDA 2024", codes, src)),
        ("sources/c1000000-0000-4000-8000-000000000001.docx", b"PK not a real docx"),
        ("sources/c1000000-0000-4000-8000-000000000002.txt", text),
    ])


def qualcoder():
    # QualCoder: the file name as source name, the turns run together on
    # one line (white space collapsed), a PDF source
    text = " ".join("%s: %s" % t for t in TURNS)
    codes = ('<Code guid="%s" name="Trust" isCodable="true"><Description>trust</Description>'
             '<Code guid="%s" name="Reliance" isCodable="true"/></Code>' % (G_TRUST, G_REL))
    src = ('<TextSource guid="e1000000-0000-4000-8000-000000000001" name="a.txt" '
           'plainTextPath="internal://e1000000-0000-4000-8000-000000000001.txt">%s</TextSource>'
           % coded_sources(text, "f100"))
    src += ('<PDFSource guid="e1000000-0000-4000-8000-000000000002" name="policy.pdf" '
            'path="internal://e1000000-0000-4000-8000-000000000002.pdf"/>')
    write_zip(os.path.join(OUT, "qualcoder.qdpx"), [
        ("project.qde", project("QualCoder 3.5", codes, src)),
        ("sources/e1000000-0000-4000-8000-000000000001.txt", text),
    ])


def hostile():
    h = os.path.join(OUT, "hostile")
    os.makedirs(h, exist_ok=True)
    head = '<?xml version="1.0"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="x">'
    # zip bomb: 64 MiB of spaces in project.qde, deflated about 1000 times
    write_zip(os.path.join(h, "bomb.qdpx"), [("project.qde", head + " " * (64 << 20) + "</Project>")])
    write_zip(os.path.join(h, "traversal.qdpx"), [
        ("project.qde", head + "</Project>"), ("../../lextab-traversal-x", "owned")])
    write_zip(os.path.join(h, "absolute.qdpx"), [
        ("project.qde", head + "</Project>"), ("/tmp/lextab-absolute-x", "owned")])
    write_zip(os.path.join(h, "backslash.qdpx"), [
        ("project.qde", head + "</Project>"), ("sources\\..\\..\\x", "owned")])
    lol = ('<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa">'
           + "".join('<!ENTITY %s "%s">' % (chr(98 + i), ("&%s;" % chr(97 + i)) * 10) for i in range(9))
           + ']>\n<Project xmlns="urn:QDA-XML:project:1.0" name="&j;"/>\n')
    write_zip(os.path.join(h, "laughs.qdpx"), [("project.qde", lol)])
    xxe = ('<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
           '<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>\n')
    write_zip(os.path.join(h, "xxe.qdpx"), [("project.qde", xxe)])
    write_zip(os.path.join(h, "deep.qdpx"), [("project.qde", head + "<Code>" * 2000 + "</Code>" * 2000 + "</Project>")])
    write_zip(os.path.join(h, "malformed.qdpx"), [("project.qde", head + "<CodeBook><Codes></CodeBook>")])
    write_zip(os.path.join(h, "noqde.qdpx"), [("sources/x.txt", "hello")])
    with open(os.path.join(h, "notzip.qdpx"), "wb") as f:
        f.write(b"<Project/> this is not a zip archive\n")


def docx():
    # a minimal Word document (the two parts docx.c reads) whose turns hit
    # the bundled lexicons, with non-ASCII text before the hits
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paras = ["Interviewer: How do the wards and the managers get on?",
             "R\u00e9spondent: At the caf\u00e9 na\u00efvely, we work together and I trust the "
             "managers, though there was conflict over the budget and the targets."]
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % p for p in paras)
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="'
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    doc = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="%s"><w:body>%s</w:body>'
           '</w:document>' % (W, body))
    write_zip(os.path.join(OUT, "corpus-docx", "hits.docx"),
              [("[Content_Types].xml", ct), ("word/document.xml", doc.encode("utf-8"))])


def main():
    os.makedirs(os.path.join(OUT, "corpus"), exist_ok=True)
    with open(os.path.join(OUT, "corpus", "a.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(corpus_text())
    os.makedirs(os.path.join(OUT, "corpus-docx"), exist_ok=True)
    docx()
    nvivo()
    maxqda()
    qualcoder()
    hostile()


main()
