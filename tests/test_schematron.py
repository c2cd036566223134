"""The edition's Schematron rules (schemas/edition.sch) through edition.validation.schematron.

The edition's own documents pass; for each rule, a small document that breaks it makes exactly
that rule fire (its id, severity and line), and the same document mended passes."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from lxml import etree

from edition.validation.problems import Problem
from edition.validation.schematron import SchematronValidator, default_validator, validate

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = sorted((ROOT / "tei").glob("*.xml")) + sorted((ROOT / "tests" / "golden").glob("*.xml"))
SHA = "8e02132d0dac8b7c06af2a267a5f7eed2ba3c097188a877154c663376813fdbe"

# A minimal edition document: header with the required fields, three end notes (the second with
# two markers), persons copied into standOff, and one pointer of each kind.
EDITION = f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>A test</title></titleStmt>
      <publicationStmt>
        <publisher>The edition project contributors</publisher>
        <availability>
          <licence target="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</licence>
        </availability>
      </publicationStmt>
      <sourceDesc>
        <p>A source written for the tests.</p>
      </sourceDesc>
    </fileDesc>
    <encodingDesc>
      <appInfo>
        <application ident="edition" version="0.1.0" xml:id="edition"><label>edition</label></application>
      </appInfo>
    </encodingDesc>
    <revisionDesc>
      <change>Converted by <name ref="#edition">edition</name>, SHA-256 <idno type="sha256">{SHA}</idno>.</change>
    </revisionDesc>
  </teiHeader>
  <text>
    <body>
      <div xml:id="div.1">
        <p xml:id="p.1"><persName ref="#person.mao">Mao</persName> spoke.<ref type="noteAnchor" n="1" target="#note.1" xml:id="noteref.1">1</ref></p>
        <p xml:id="p.2"><persName ref="#person.zhou">Zhou</persName> agreed<ref type="noteAnchor" n="2" target="#note.2" xml:id="noteref.2">2</ref> twice<ref type="noteAnchor" n="2" target="#note.2" xml:id="noteref.2.2">2</ref>.</p>
        <p xml:id="p.3"><q who="#person.mao">We shall win.</q> <cit><quote source="#bibl.1">All power</quote><ref type="noteAnchor" n="3" target="#note.3" xml:id="noteref.3">3</ref></cit></p>
        <p xml:id="p.4">See <ref target="#p.1 #p.2">above</ref> and <ref target="https://example.org/page#top">elsewhere</ref>.</p>
      </div>
    </body>
    <back>
      <div type="notes" xml:id="div.2">
        <note xml:id="note.1" n="1" place="end" target="#noteref.1"><bibl xml:id="bibl.1"><author ref="#person.mao">Mao</author>, <title>Works</title>.</bibl></note>
        <note xml:id="note.2" n="2" place="end" target="#noteref.2 #noteref.2.2"><bibl xml:id="bibl.2" corresp="#bibl.1">Ibid.</bibl></note>
        <note xml:id="note.3" n="3" place="end" target="#noteref.3"><bibl xml:id="bibl.3" corresp="#p.1">See the first paragraph.</bibl></note>
      </div>
    </back>
  </text>
  <standOff>
    <listPerson type="register-copies">
      <person xml:id="person.mao">
        <persName type="preferred">Mao Zedong</persName>
        <persName type="variant">Mao</persName>
      </person>
      <person xml:id="person.zhou">
        <persName type="preferred">Zhou Enlai</persName>
        <persName type="variant">Zhou</persName>
      </person>
    </listPerson>
  </standOff>
</TEI>
"""

# A minimal register of persons: no standOff, the persons in the body; no provenance fields.
REGISTER = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>Register of persons</title></titleStmt>
      <publicationStmt>
        <availability><licence target="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</licence></availability>
      </publicationStmt>
      <sourceDesc><p>Compiled by the editors.</p></sourceDesc>
    </fileDesc>
  </teiHeader>
  <text>
    <body>
      <listPerson>
        <person xml:id="person.mao">
          <persName type="preferred">Mao Zedong</persName>
          <persName type="variant">Mao</persName>
        </person>
        <person xml:id="person.zhou">
          <persName type="preferred">Zhou Enlai</persName>
        </person>
      </listPerson>
    </body>
  </text>
</TEI>
"""


def parse(text: str) -> etree._ElementTree:
    return etree.ElementTree(etree.fromstring(text.encode()))


def check(text: str) -> list[Problem]:
    return validate(parse(text), Path("test.xml"))


def line_of(text: str, needle: str) -> int:
    assert text.count(needle) >= 1, f"{needle!r} is not in the document"
    return text[:text.index(needle)].count("\n") + 1


def substitute(text: str, replacements: list[tuple[str, str]]) -> str:
    for old, new in replacements:
        assert text.count(old) == 1, f"{old!r} is not once in the document"
        text = text.replace(old, new)
    return text


# ---------------------------------------------------------------------------- the valid documents


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_edition_documents_have_no_errors(path):
    problems = validate(etree.parse(str(path)), path)
    assert [str(p) for p in problems if p.severity == "error"] == []


def test_the_templates_pass():
    assert check(EDITION) == []
    assert check(REGISTER) == []


# ---------------------------------------------------------------------------- one rule at a time

# (rule, severity, document, [(old, new), ...], [needle of the line of each problem, ...])
CASES = [
    # Pointers: each attribute, a multi-valued @target, a persName's @ref.
    ("pointer-resolves", "error", EDITION, [('who="#person.mao"', 'who="#person.nobody"')],
     ['who="#person.nobody"']),
    ("pointer-resolves", "error", EDITION, [('source="#bibl.1"', 'source="#bibl.9"')], ['source="#bibl.9"']),
    ("pointer-resolves", "error", EDITION, [('corresp="#bibl.1"', 'corresp="#bibl.7"')], ['corresp="#bibl.7"']),
    ("pointer-resolves", "error", EDITION, [('<p xml:id="p.3">', '<p xml:id="p.3" sameAs="#p.33">')],
     ['sameAs="#p.33"']),
    ("pointer-resolves", "error", EDITION, [('<author ref="#person.mao">', '<author ref="#person.lin">')],
     ['<author ref="#person.lin">']),
    ("pointer-resolves", "error", EDITION, [('target="#p.1 #p.2"', 'target="#p.1 #p.22"')], ['target="#p.1 #p.22"']),
    ("pointer-resolves", "error", EDITION,
     [('target="#noteref.2 #noteref.2.2"', 'target="#noteref.2 #noteref.2.2 #noteref.2.3"')],
     ['target="#noteref.2 #noteref.2.2 #noteref.2.3"']),
    ("pointer-resolves", "error", EDITION, [('<persName ref="#person.zhou">', '<persName ref="#person.chou">')],
     ['<persName ref="#person.chou">']),
    ("pointer-resolves", "error", EDITION, [('<name ref="#edition">', '<name ref="#editor">')], ['<name ref="#editor">']),
    # Note markers.
    ("note-anchor-target", "error", EDITION,  # points to a paragraph (the note keeps its other marker)
     [('target="#note.2" xml:id="noteref.2.2"', 'target="#p.2" xml:id="noteref.2.2"'),
      ('target="#noteref.2 #noteref.2.2"', 'target="#noteref.2"')],
     ['xml:id="noteref.2.2"']),
    ("note-anchor-target", "error", EDITION,  # two pointers
     [('target="#note.2" xml:id="noteref.2.2"', 'target="#note.2 #note.3" xml:id="noteref.2.2"'),
      ('target="#noteref.2 #noteref.2.2"', 'target="#noteref.2"')],
     ['xml:id="noteref.2.2"']),
    ("note-anchor-n", "error", EDITION, [('n="2" target="#note.2" xml:id="noteref.2.2"',
                                           'n="3" target="#note.2" xml:id="noteref.2.2"')],
     ['xml:id="noteref.2.2"']),
    # Notes.
    ("note-has-marker", "warning", EDITION,
     [('</note>\n      </div>', '</note>\n        <note xml:id="note.4" n="4" place="end">A stray note.</note>\n'
                                 '      </div>')],
     ['xml:id="note.4"']),
    ("note-target-back", "error", EDITION, [('target="#noteref.2 #noteref.2.2"', 'target="#noteref.2"')],
     ['xml:id="note.2"']),
    ("note-target-back", "error", EDITION, [('n="1" place="end" target="#noteref.1"', 'n="1" place="end" target="#noteref.3"')],
     ['xml:id="note.1"']),
    ("note-target-back", "error", EDITION, [('n="1" place="end" target="#noteref.1"', 'n="1" place="end"')], ['xml:id="note.1"']),
    # Note numbers.
    ("note-numbering", "warning", EDITION,  # a gap: 1, 2, 4
     [('n="3" target="#note.3"', 'n="4" target="#note.3"'), ('xml:id="note.3" n="3"', 'xml:id="note.3" n="4"')],
     ['xml:id="note.3"']),
    ("note-numbering", "warning", EDITION,  # out of order: 1, 3, 2
     [('n="2" target="#note.2" xml:id="noteref.2"', 'n="3" target="#note.2" xml:id="noteref.2"'),
      ('n="2" target="#note.2" xml:id="noteref.2.2"', 'n="3" target="#note.2" xml:id="noteref.2.2"'),
      ('n="3" target="#note.3"', 'n="2" target="#note.3"'),
      ('xml:id="note.2" n="2"', 'xml:id="note.2" n="3"'), ('xml:id="note.3" n="3"', 'xml:id="note.3" n="2"')],
     ['xml:id="note.2"']),
    ("note-number-unique", "error", EDITION,  # 1, 2, 2
     [('n="3" target="#note.3"', 'n="2" target="#note.3"'), ('xml:id="note.3" n="3"', 'xml:id="note.3" n="2"')],
     ['xml:id="note.2"', 'xml:id="note.3"']),
    ("note-number-format", "error", EDITION,
     [('n="3" target="#note.3"', 'n="iii" target="#note.3"'), ('xml:id="note.3" n="3"', 'xml:id="note.3" n="iii"')],
     ['xml:id="note.3"']),
    ("note-numbering-start", "warning", EDITION,  # 5, 6, 7
     [('n="1" target="#note.1"', 'n="5" target="#note.1"'),
      ('n="2" target="#note.2" xml:id="noteref.2"', 'n="6" target="#note.2" xml:id="noteref.2"'),
      ('n="2" target="#note.2" xml:id="noteref.2.2"', 'n="6" target="#note.2" xml:id="noteref.2.2"'),
      ('n="3" target="#note.3"', 'n="7" target="#note.3"'),
      ('xml:id="note.1" n="1"', 'xml:id="note.1" n="5"'), ('xml:id="note.2" n="2"', 'xml:id="note.2" n="6"'),
      ('xml:id="note.3" n="3"', 'xml:id="note.3" n="7"')],
     ['xml:id="note.1"']),
    # Persons.
    ("persname-ref-person", "error", EDITION, [('<persName ref="#person.zhou">', '<persName ref="#p.2">')],
     ['<persName ref="#p.2">']),
    ("persname-ref-person", "error", EDITION, [('<persName ref="#person.zhou">', '<persName ref="person.zhou">')],
     ['<persName ref="person.zhou">']),
    ("persname-ref-preferred", "error", EDITION,
     [('<persName type="preferred">Zhou Enlai</persName>', '<persName type="variant">Zhou Enlai</persName>')],
     ['<persName ref="#person.zhou">']),
    # The header.
    ("header-present", "error", EDITION, [(EDITION[EDITION.index("  <teiHeader>"):EDITION.index("  <text>")], "  <!-- no header -->\n")],
     ['<TEI xmlns']),
    ("header-licence", "error", EDITION,
     [('<licence target="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</licence>', '<p>Ask us.</p>')],
     ["<teiHeader>"]),
    ("header-sourcedesc", "error", EDITION,
     [("<sourceDesc>\n        <p>A source written for the tests.</p>\n      </sourceDesc>", "<sourceDesc> </sourceDesc>")],
     ["<teiHeader>"]),
    ("header-sha256", "error", EDITION, [(f'SHA-256 <idno type="sha256">{SHA}</idno>', "from a file")],
     ["<teiHeader>"]),
    ("header-sha256-format", "error", EDITION, [(SHA, SHA[:-1] + "g")], ['<idno type="sha256">']),
    ("header-sha256-format", "error", EDITION, [(SHA, SHA[:40])], ['<idno type="sha256">']),
    ("header-application", "error", EDITION,
     [('<application ident="edition" version="0.1.0" xml:id="edition"><label>edition</label></application>',
       '<schemaRef key="edition" xml:id="edition"/>')],
     ["<teiHeader>"]),
    # The register.
    ("register-preferred", "error", REGISTER,
     [('<persName type="preferred">Zhou Enlai</persName>', '<persName type="variant">Zhou Enlai</persName>')],
     ['<person xml:id="person.zhou">']),
    ("register-preferred", "error", REGISTER,
     [('<persName type="variant">Mao</persName>', '<persName type="preferred">Mao</persName>')],
     ['<person xml:id="person.mao">']),
    ("register-person-id", "error", REGISTER, [('<person xml:id="person.zhou">', "<person>")], ["<person>"]),
]


@pytest.mark.parametrize("rule,severity,document,replacements,needles", CASES,
                         ids=[f"{case[0]}-{number}" for number, case in enumerate(CASES)])
def test_a_broken_document_fires_exactly_its_rule(rule, severity, document, replacements, needles):
    broken = substitute(document, replacements)
    problems = check(broken)
    assert [(p.rule, p.severity) for p in problems] == [(rule, severity)] * len(needles), \
        "\n".join(map(str, problems))
    assert [p.line for p in problems] == sorted(line_of(broken, needle) for needle in needles)
    assert all(p.path == Path("test.xml") and p.column == 0 for p in problems)
    assert all(p.message and "\n" not in p.message and "  " not in p.message for p in problems)
    mended = substitute(broken, [(new, old) for old, new in reversed(replacements)])
    assert check(mended) == []


def test_a_register_may_not_give_two_persons_one_id():
    # The XML parser refuses a repeated xml:id, so the tree is changed after parsing.
    tree = parse(REGISTER)
    zhou = tree.find(".//{http://www.tei-c.org/ns/1.0}person[2]")
    zhou.set("{http://www.w3.org/XML/1998/namespace}id", "person.mao")
    problems = validate(tree, Path("persons.xml"))
    assert [(p.rule, p.severity, p.line) for p in problems] == [
        ("register-unique-id", "error", line_of(REGISTER, '<person xml:id="person.mao">')),
        ("register-unique-id", "error", line_of(REGISTER, '<person xml:id="person.zhou">')),
    ]
    assert "person.mao" in problems[0].message
    zhou.set("{http://www.w3.org/XML/1998/namespace}id", "person.zhou")
    assert validate(tree, Path("persons.xml")) == []


def test_provenance_fields_are_not_required_of_a_register_only():
    register_with_standoff = REGISTER.replace("</text>", "</text>\n  <standOff><p>x</p></standOff>")
    assert {p.rule for p in check(register_with_standoff)} == {"header-sha256", "header-application"}


def test_messages_name_the_offending_value():
    broken = substitute(EDITION, [('who="#person.mao"', 'who="#person.nobody"')])
    (problem,) = check(broken)
    assert '"#person.nobody"' in problem.message and "@who" in problem.message and "<q>" in problem.message
    broken = substitute(EDITION, [('target="#p.1 #p.2"', 'target="#p.1 #p.22"')])
    (problem,) = check(broken)
    assert '"#p.22"' in problem.message and '@target="#p.1 #p.22"' in problem.message
    broken = substitute(EDITION, [(SHA, "abc")])
    (problem,) = check(broken)
    assert '"abc"' in problem.message and str(problem).startswith(f"test.xml:{line_of(broken, 'abc')}:0: error: ")


def test_the_default_validator_is_compiled_once():
    assert default_validator() is default_validator()
    explicit = SchematronValidator(ROOT / "schemas" / "edition.sch")
    assert explicit.validate(parse(EDITION).getroot(), Path("x.xml")) == []  # an element is accepted too


# ---------------------------------------------------------------------------- linear time


def big_document(paragraphs: int) -> str:
    """EDITION with `paragraphs` paragraphs in one div and as many end notes in one list: long
    flat runs of siblings, where anything that counts siblings per node is quadratic."""
    body, notes = [], []
    for n in range(1, paragraphs + 1):
        body.append(f'        <p xml:id="p.{n}"><persName ref="#person.mao">Mao</persName> and '
                    f'<persName ref="#person.zhou">Zhou</persName> spoke of the matter at length, as they '
                    f'had before, and agreed.<ref type="noteAnchor" n="{n}" target="#note.{n}" '
                    f'xml:id="noteref.{n}">{n}</ref> <q who="#person.mao">We shall see.</q></p>')
        notes.append(f'        <note xml:id="note.{n}" n="{n}" place="end" target="#noteref.{n}"><bibl '
                     f'xml:id="bibl.{n}" corresp="#bibl.{max(1, n - 1)}"><author ref="#person.mao">Mao</author>, '
                     f'<title>Works</title>, p. {n}.</bibl></note>')
    start, end = EDITION.index('      <div xml:id="div.1">'), EDITION.index("  <standOff>")
    return (EDITION[:start] + '      <div xml:id="div.1">\n' + "\n".join(body) + "\n      </div>\n    </body>\n"
            "    <back>\n      <div type=\"notes\" xml:id=\"div.2\">\n" + "\n".join(notes)
            + "\n      </div>\n    </back>\n  </text>\n" + EDITION[end:])


def test_a_large_document_is_validated_in_linear_time():
    text = big_document(10_000)
    assert len(text.encode()) > 5_000_000
    tree = parse(text)
    default_validator()  # compiled beforehand
    start = time.perf_counter()
    problems = validate(tree, Path("big.xml"))
    elapsed = time.perf_counter() - start
    assert problems == []
    assert elapsed < 10, f"{elapsed:.1f} s for 5 MB (about 1 s expected)"


def test_many_problems_in_a_long_list_are_located_in_linear_time():
    # Every paragraph has a broken pointer: 10,000 problems, each with its own line. The repaired
    # location paths start at the nearest unique xml:id instead of counting preceding siblings.
    text = big_document(10_000).replace('<persName ref="#person.zhou">Zhou</persName> spoke',
                                        '<persName ref="#person.nobody">Zhou</persName> spoke')
    tree = parse(text)
    default_validator()
    start = time.perf_counter()
    problems = validate(tree, Path("big.xml"))
    elapsed = time.perf_counter() - start
    assert {p.rule for p in problems} == {"pointer-resolves"}
    assert [p.line for p in problems] == [number for number, line in enumerate(text.split("\n"), 1)
                                          if "#person.nobody" in line]
    assert elapsed < 15, f"{elapsed:.1f} s for 10,000 problems (about 2.5 s expected)"


def test_an_attribute_context_is_located_at_its_element(tmp_path):
    # lxml's skeleton gives an attribute the location "/@ref"; the repaired XSLT gives its element's.
    schema = tmp_path / "attributes.sch"
    schema.write_text("""<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt">
  <sch:ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
  <sch:pattern id="who">
    <sch:rule id="who.attribute" context="@who">
      <sch:assert id="who-is-mao" test=". = '#person.mao'">@who is <sch:value-of select="."/></sch:assert>
    </sch:rule>
  </sch:pattern>
</sch:schema>""")
    broken = substitute(EDITION, [('who="#person.mao"', 'who="#person.zhou"')])
    problems = SchematronValidator(schema).validate(parse(broken), Path("test.xml"))
    assert [(p.rule, p.line, p.message) for p in problems] == [
        ("who-is-mao", line_of(broken, 'who="#person.zhou"'), "@who is #person.zhou")]
