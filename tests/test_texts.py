"""Every seed and every test text of our own, checked against expectations a person wrote by
reading the text (`*.expect.toml`): structure, notes, page breaks, lists, hyphenation, Ibid.
links, editorial interventions, header, tei_all validity."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from conftest import NS, ROOT, convert_tree
from edition.lossless import words

CASES = sorted((ROOT / "tests" / "texts").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))


def expectations(path: Path) -> dict:
    beside = path.with_suffix(".expect.toml")
    expect = beside if beside.exists() else ROOT / "tests" / "expect" / f"{path.stem}.expect.toml"
    return tomllib.loads(expect.read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=CASES, ids=lambda p: p.stem)
def case(request):
    path = request.param
    return path, expectations(path), convert_tree(path)


def text_of(element) -> str:
    return " ".join("".join(element.itertext()).split())


def xp(tree, query):
    return tree.xpath(query, namespaces=NS)


def test_kind_is_detected(case):
    path, expect, tree = case
    change = text_of(xp(tree, "//tei:revisionDesc/tei:change")[0])
    wording = {"pdf": "extracted from a PDF", "web": "web article", "archival": "archival record"}
    assert wording[expect["kind"]] in change


def test_title(case):
    path, expect, tree = case
    if "title" not in expect:
        assert xp(tree, "//tei:titleStmt/tei:title/@type") == ["desc"]
        return
    assert text_of(xp(tree, "//tei:titleStmt/tei:title")[0]) == expect["title"]
    printed = xp(tree, "//tei:front/tei:docTitle")
    words_without_markers = "".join(xp(printed[0], ".//text()[not(ancestor::tei:ref)]"))
    assert " ".join(words_without_markers.split()) == expect["title"]


def test_headings(case):
    path, expect, tree = case
    heads = [text_of(h) for h in xp(tree, "//tei:body//tei:div/tei:head")]
    assert [h.rstrip(":") for h in heads] == expect.get("headings", [])


def test_paragraphs(case):
    path, expect, tree = case
    assert len(xp(tree, "//tei:body//tei:p")) >= expect["paragraphs_min"]


def test_block_quotations(case):
    path, expect, tree = case
    blocks = xp(tree, "//tei:body//tei:cit[@type='block']")
    assert len(blocks) == expect.get("block_quotes", 0)
    for cit in blocks:
        assert xp(cit, "tei:quote[contains(@rend, 'block')]")
        assert not xp(cit, "ancestor::tei:p"), "a block quotation stands outside paragraphs"


def test_notes_are_linked_both_ways(case):
    path, expect, tree = case
    notes = xp(tree, "//tei:note[@place='end' or @place='foot']")
    assert len(notes) == expect.get("notes", 0)
    assert [n.get("n") for n in notes] == [str(i) for i in range(1, len(notes) + 1)]
    ids = {el.get("{http://www.w3.org/XML/1998/namespace}id"): el for el in xp(tree, "//*[@xml:id]")}
    refs = xp(tree, "//tei:ref[@type='noteAnchor']")
    for ref in refs:
        note = ids[ref.get("target").lstrip("#")]
        assert note.get("n") == ref.get("n") == text_of(ref)
        assert "#" + ref.get("{http://www.w3.org/XML/1998/namespace}id") in note.get("target").split()
    for note in notes:
        assert note.get("target"), f"note {note.get('n')} has no marker"
        for target in note.get("target").split():
            assert ids[target.lstrip("#")].get("n") == note.get("n")


def test_note_with_two_paragraphs(case):
    path, expect, tree = case
    with_paragraphs = [n.get("n") for n in xp(tree, "//tei:note[@place='end'][tei:p]")]
    expected = [str(expect["note_with_two_paragraphs"])] if "note_with_two_paragraphs" in expect else []
    assert with_paragraphs == expected
    for n in expected:
        assert len(xp(tree, f"//tei:note[@n='{n}']/tei:p")) == 2


def test_page_breaks(case):
    path, expect, tree = case
    breaks = xp(tree, "//tei:text//tei:pb")
    assert len(breaks) == expect.get("page_breaks", 0)
    numbered = [pb.get("n") for pb in breaks if pb.get("n")]
    assert numbered == expect.get("page_numbers", [])


def test_lists(case):
    path, expect, tree = case
    lists = xp(tree, "//tei:body//tei:list")
    assert [len(xp(lst, "tei:item")) for lst in lists] == expect.get("list_items", [])
    for lst in lists:
        assert len(xp(lst, "tei:label")) == len(xp(lst, "tei:item"))


def test_hyphenation(case):
    path, expect, tree = case
    body = text_of(xp(tree, "//tei:text")[0])
    for word in expect.get("rejoined", []):
        assert word in body, f"{word} not rejoined"
    for word in expect.get("kept_hyphens", []):
        assert word in body, f"{word} lost its hyphen"


def test_ibid_points_to_the_citation_it_repeats(case):
    path, expect, tree = case
    for ibid, original in expect.get("ibid", {}).items():
        bibl = xp(tree, f"//tei:note[@n='{ibid}']/tei:bibl")
        assert bibl, f"note {ibid} has no bibl"
        assert bibl[0].get("corresp") == f"#bibl.{original}"
        assert text_of(bibl[0]).lower().startswith("ibid")


def test_citations_are_structured(case):
    path, expect, tree = case
    bibls = xp(tree, "//tei:note[@place='end']/tei:bibl[not(starts-with(normalize-space(.), 'Ibid'))]")
    for bibl in bibls:
        assert xp(bibl, "tei:title"), f"citation without title: {text_of(bibl)}"


def test_editorial_interventions(case):
    path, expect, tree = case
    supplied = [text_of(s) for s in xp(tree, "//tei:supplied")]
    assert supplied == expect.get("supplied", [])
    assert all(s.get("resp") and s.get("reason") for s in xp(tree, "//tei:supplied"))
    glosses = [text_of(n) for n in xp(tree, "//tei:note[@type='editorial'][not(tei:foreign)]")]
    assert glosses == expect.get("editorial_notes", [])
    foreign = xp(tree, "//tei:note[@type='editorial']/tei:foreign")
    assert [text_of(f) for f in foreign] == expect.get("foreign", [])
    for element in foreign:
        assert element.get("{http://www.w3.org/XML/1998/namespace}lang", "").endswith("-Latn")
    assert "*" not in text_of(xp(tree, "//tei:text")[0])


def test_signature_and_authors(case):
    path, expect, tree = case
    if "signature" in expect:
        assert text_of(xp(tree, "//tei:closer/tei:signed")[0]) == expect["signature"]
    if "byline" in expect:
        assert expect["byline"] in [text_of(a) for a in xp(tree, "//tei:titleStmt/tei:author")]
    if "translator" in expect:
        assert text_of(xp(tree, "//tei:respStmt[@xml:id='resp.translator']/*[2]")[0]) == expect["translator"]
    if "participants" in expect:
        assert [text_of(p) for p in xp(tree, "//tei:particDesc//tei:persName")] == expect["participants"]


@pytest.mark.parametrize("path", [c for c in CASES if c.parent.name == "texts"], ids=lambda p: p.stem)
def test_persons_of_the_register_are_linked(path):
    """Our own texts: the persons they name (the seeds: every mention, in test_checklists.py)."""
    tree = convert_tree(path)
    refs = {r.lstrip("#") for r in xp(tree, "//tei:text//tei:persName/@ref")}
    assert sorted(refs) == sorted(expectations(path).get("persons", []))


def test_archival_references(case):
    path, expect, tree = case
    found = [[i.get("type"), i.text] for i in xp(tree, "//tei:msIdentifier/tei:idno")]
    assert found == expect.get("archival_ids", found if expect["kind"] == "archival" else [])


def test_omitted_matter_is_declared(case):
    path, expect, tree = case
    declared = text_of(xp(tree, "//tei:encodingDesc")[0])
    body = words(text_of(xp(tree, "//tei:text")[0]))
    for line in expect.get("omitted", []):
        assert line in declared
        assert line not in body[-3:]


def test_valid_against_tei_all(case, tei_all):
    path, expect, tree = case
    assert tei_all.validate(tree.getroottree()), str(tei_all.error_log)
