"""Persons and quotations on small inputs: each rule of the register matcher, the person
transform and the quotation transform, with the traps a new text may hold."""
from __future__ import annotations

import re

import pytest
from lxml import etree

from edition.convert import build_document, to_tei
from edition.project import Project
from edition.registers.persons import load_register

REGISTER_XML = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>R</title>
</titleStmt><publicationStmt><p>test</p></publicationStmt><sourceDesc><p>test</p></sourceDesc></fileDesc>
</teiHeader><text><body><listPerson>
<person xml:id="person.lenin"><persName type="preferred">Vladimir Lenin</persName>
  <persName type="variant">Lenin</persName><persName type="variant">V. I. Lenin</persName></person>
<person xml:id="person.stalin"><persName type="preferred">Joseph Stalin</persName>
  <persName type="variant">Stalin</persName></person>
<person xml:id="person.mao"><persName type="preferred">Mao Zedong</persName>
  <persName type="variant">Mao</persName><persName type="variant">Zedong Mao</persName></person>
<person xml:id="person.mikoyan"><persName type="preferred">Anastas Mikoyan</persName>
  <persName type="variant">Mikoyan</persName></person>
<person xml:id="person.jiang-jieshi"><persName type="preferred">Jiang Jieshi</persName>
  <persName type="variant" xml:lang="zh-Latn-wadegile">Chiang Kai-shek</persName>
  <persName type="variant" xml:lang="zh-Latn-pinyin">Jiang Jieshi</persName></person>
<person xml:id="person.yang-shangkun"><persName type="preferred">Yang Shangkun</persName>
  <persName type="variant">Yang</persName></person>
<person xml:id="person.yang-jisheng"><persName type="preferred">Yang Jisheng</persName>
  <persName type="variant">Yang</persName></person>
</listPerson></body></text></TEI>"""


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    path = tmp_path_factory.mktemp("reg") / "persons.xml"
    path.write_text(REGISTER_XML, encoding="utf-8")
    return load_register(path)


def convert(tmp_path, register, text, kind="web"):
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    document, _ = build_document(path, path.read_bytes(), kind, register)
    root = etree.fromstring(to_tei(document, Project(), "t.txt"))
    body = root.find("{*}text")
    for el in body.iter():
        if isinstance(el.tag, str):
            el.tag = etree.QName(el).localname
    etree.cleanup_namespaces(body)
    return document, root, re.sub(r"\s+", " ", etree.tostring(body, encoding="unicode"))


# ---------------------------------------------------------------- persons

@pytest.mark.parametrize("text,expected", [
    ("Stalin's line was wrong.", '<persName ref="#person.stalin">Stalin</persName>\'s line'),
    ("Stalin’s line was wrong.", '<persName ref="#person.stalin">Stalin</persName>’s line'),
    ("Then Comrade Mikoyan spoke.", '<persName ref="#person.mikoyan"><roleName>Comrade</roleName> Mikoyan</persName>'),
    ("So wrote V.I. Lenin in 1921.", '<persName ref="#person.lenin">V.I. Lenin</persName>'),
    ("So wrote V. I. Lenin in 1921.", '<persName ref="#person.lenin">V. I. Lenin</persName>'),
    ("See Zedong Mao, Selected Works.", '<persName ref="#person.mao">Zedong Mao</persName>'),
    ("Mao Zedong answered and Mao smiled.", '<persName ref="#person.mao">Mao Zedong</persName> answered and '
                                            '<persName ref="#person.mao">Mao</persName> smiled'),
    ("He met with [A.I.] Mikoyan in Moscow.",
     '<persName ref="#person.mikoyan"><supplied reason="name-completion" resp="#resp.source-editor" '
     'rend="brackets">A.I.</supplied> Mikoyan</persName>'),
    ("Peace with Chiang Kai-shek's [Jiang Jieshi's] supporters.",
     '<persName ref="#person.jiang-jieshi">Chiang Kai-shek</persName>\'s <note type="editorial" subtype="gloss" '
     'place="inline" resp="#resp.source-editor" rend="brackets"><persName ref="#person.jiang-jieshi">Jiang Jieshi'
     '</persName>\'s</note> supporters'),
])
def test_person_mentions(tmp_path, register, text, expected):
    _, _, tei = convert(tmp_path, register, text + "\n")
    assert expected in tei


@pytest.mark.parametrize("text", [
    "Leninism and Stalinism are doctrines.",
    "The Marxist-Leninist line of the Leninist party.",
    "He won the Lenin Prize at the Marx-Engels-Lenin Institute.",
    "The battle of Stalingrad and Maoist slogans.",
])
def test_words_derived_from_names_are_not_persons(tmp_path, register, text):
    _, _, tei = convert(tmp_path, register, text + "\n")
    assert "persName" not in tei


def test_a_shared_name_is_resolved_by_context_or_reported(tmp_path, register):
    document, _, tei = convert(tmp_path, register, "Yang Shangkun arrived. Later Yang spoke.\nYang left.\n")
    assert tei.count('ref="#person.yang-shangkun"') == 3  # the full name earlier decides
    document, _, tei = convert(tmp_path, register, "Yang spoke first.\n")
    assert "persName" not in tei
    assert any("'Yang' may be person.yang-shangkun or person.yang-jisheng" in str(w) for w in document.warnings)


def test_unknown_names_are_listed_with_a_reason(tmp_path, register):
    document, _, _ = convert(tmp_path, register, "Comrade Peng Dehuai wrote a letter. Mikoyan agreed.\n"
                                                 "Liu Shaoqi said nothing, and L. M. Kaganovich left.\n")
    found = {(u.name, u.reason) for u in document.unknown_names}
    assert ("Peng Dehuai", "follows the title 'Comrade'") in found
    assert ("Liu Shaoqi", "a Chinese family name followed by a given name") in found
    assert ("L. M. Kaganovich", "initials before a surname") in found
    assert not any(u.name == "Mikoyan" for u in document.unknown_names)
    assert all(u.line in (1, 2) for u in document.unknown_names)


def test_standoff_holds_exactly_the_persons_used(tmp_path, register):
    _, root, _ = convert(tmp_path, register, "Stalin and Mao met; Stalin spoke.\n")
    ids = root.xpath("//t:standOff/t:listPerson/t:person/@xml:id", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert ids == ["person.stalin", "person.mao"] or sorted(ids) == ["person.mao", "person.stalin"]


# ---------------------------------------------------------------- quotations

@pytest.mark.parametrize("text,expected", [
    # a term in scare quotes; the marks are out of the text and in @rend
    ('They called it the "mass line" then.', '<soCalled rend="double-straight">mass line</soCalled>'),
    ("They called it the “mass line” then.", '<soCalled rend="double-curly">mass line</soCalled>'),
    # nested single marks inside double ones; apostrophes stay text
    ("He wrote “the Party’s ‘new course’ is over and it’s done now” in May.",
     '<q rend="double-curly">the Party’s <soCalled rend="single-curly">new course</soCalled> is over and it’s '
     'done now</q>'),
    # followed by a note marker: a quote in a cit with the ref
    ("It was “a turning point in the history of the movement.”[1]\nNotes:\n[1] A prose note here.\n",
     '<cit type="inline"><quote rend="double-curly" source="#note.1">a turning point in the history of the '
     'movement.</quote><ref type="noteAnchor" n="1" target="#note.1" xml:id="noteref.1">1</ref></cit>'),
    # an attribution in brackets
    ('"The force of habit is a most terrible force" (Lenin). So it is.',
     '<cit type="inline"><quote rend="double-straight">The force of habit is a most terrible force</quote>'
     '<bibl>(<persName ref="#person.lenin">Lenin</persName>)</bibl></cit>. So it is.'),
    # a named speaker and a verb of saying
    ('Stalin said, "That\'s good! We can be calm now."',
     '<q rend="double-straight" who="#person.stalin">That\'s good! We can be calm now.</q>'),
    # a possessive is not the speaker
    ('He argued that Stalin’s rule had "brought huge harms to the whole country and the party."',
     '<q rend="double-straight">brought huge harms to the whole country and the party.</q>'),
])
def test_quotations(tmp_path, register, text, expected):
    _, _, tei = convert(tmp_path, register, text if text.endswith("\n") else text + "\n")
    assert expected in tei


def test_unbalanced_marks_are_reported_and_kept(tmp_path, register):
    document, _, tei = convert(tmp_path, register, 'He spoke of the "new line and never closed it.\n')
    assert '"new line' in tei
    assert any("unbalanced or ambiguous quotation mark" in str(w) and ":1:" in str(w) for w in document.warnings)


def test_a_quoted_day_of_a_date_is_not_a_quotation(tmp_path, register):
    document, _, tei = convert(tmp_path, register, 'Dated "5" April 1956 in Beijing and filed.\n')
    assert '"5" April' in tei and not document.warnings


def test_block_quotation_introduced_by_a_named_person(tmp_path, register):
    lines = ["Lenin said in October 1921:  ", "", " ", "",
             "We shall struggle unremittingly to set our reverses and mistakes ", "",
             "right and to improve our practical application of Soviet principles. [1]  ", "", " ", "",
             "And the text of the article goes on after the quotation for a while, and its ", "",
             "lines are set to the full width of the page, longer than those of the quotation ", "",
             "above it, which is set narrower, as printed books and pamphlets set quotations.  ", "", " ", "",
             "[1] V. I. Lenin, Collected Works, Volume II, Part 2, Moscow, 1952, p 597.", ""]
    _, _, tei = convert(tmp_path, register, "\n".join(lines), kind="pdf")
    assert re.search(r'<cit type="block"> <quote rend="block" source="#bibl.1">We shall struggle .*?</quote> '
                     r'<ref type="noteAnchor" n="1" target="#note.1" xml:id="noteref.1">1</ref> '
                     r'<bibl corresp="#p.1"> <author ref="#person.lenin"/> <date when="1921-10"/> </bibl> </cit>', tei)
