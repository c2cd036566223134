"""The seeds against checked lists written by reading them: every person mention with its
register id (`tests/expect/*.persons.toml`) and every quotation with its kind and source
(`tests/expect/*.quotes.toml`)."""
from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from conftest import NS, ROOT, convert_tree

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
# Where the source's own words are: the text, and the header fields moved out of it.
SOURCE_PLACES = "//tei:text | //tei:bibl[@type='citation'] | //tei:abstract | //tei:bibl[@type='source']/tei:note[@n]"


def checklist(seed: Path, what: str) -> dict:
    return tomllib.loads((ROOT / "tests" / "expect" / f"{seed.stem}.{what}.toml").read_text(encoding="utf-8"))


def norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


@pytest.fixture(scope="module", params=SEEDS, ids=lambda p: p.stem)
def seed(request):
    return request.param, convert_tree(request.param)


def surface(form: str) -> str:
    """A mention as printed -> as persName holds it: brackets are rendition, possessives outside."""
    return norm(re.sub(r"['’]s$", "", form.replace("[", "").replace("]", "")))


def test_every_person_mention_is_linked(seed):
    path, tree = seed
    expected = Counter((surface(form), ref) for form, ref in checklist(path, "persons")["mentions"])
    found = Counter()
    for place in tree.xpath(SOURCE_PLACES, namespaces=NS):
        for name in place.xpath(".//tei:persName", namespaces=NS):
            found[(norm("".join(name.itertext())), name.get("ref", "").lstrip("#"))] += 1
    assert found - expected == Counter(), "marked but not in the checked list"
    assert expected - found == Counter(), "in the checked list but not marked"


def test_words_derived_from_names_are_not_persons(seed):
    path, tree = seed
    names = {norm("".join(n.itertext())) for n in tree.xpath("//tei:persName", namespaces=NS)}
    text = norm("".join(tree.xpath("//tei:text", namespaces=NS)[0].itertext()))
    for word in checklist(path, "persons")["not_persons"]:
        assert word not in names
        assert not any(word in name.split() for name in names)
        assert norm(word) in text or word in ("Wilson Center", "Leon Levy Foundation")


def test_standoff_copies_equal_the_register(seed):
    from lxml import etree

    path, tree = seed
    register = etree.parse(str(ROOT / "tei" / "persons.xml"))
    entries = {p.get("{http://www.w3.org/XML/1998/namespace}id"): p
               for p in register.iterfind(".//{http://www.tei-c.org/ns/1.0}person")}
    copies = tree.xpath("//tei:standOff/tei:listPerson/tei:person", namespaces=NS)
    refs = {r.lstrip("#") for r in tree.xpath("//tei:persName/@ref", namespaces=NS)}
    assert {c.get("{http://www.w3.org/XML/1998/namespace}id") for c in copies} == refs
    for copy in copies:
        original = entries[copy.get("{http://www.w3.org/XML/1998/namespace}id")]
        assert etree.tostring(copy, method="c14n") == etree.tostring(original, method="c14n")


ELEMENTS = {"block": "cit[@type='block']/tei:quote", "cit-note": "cit[@type='inline']/tei:quote",
            "cit-bibl": "cit[@type='inline']/tei:quote", "q-who": "q", "q": "q", "soCalled": "soCalled"}


def quotations(tree):
    return tree.xpath("(//tei:abstract | //tei:text)//*[self::tei:quote or self::tei:q or self::tei:soCalled]",
                      namespaces=NS)


def test_every_quotation_is_marked_and_typed(seed):
    path, tree = seed
    expected = checklist(path, "quotes").get("quote", [])
    found = quotations(tree)
    starts = [norm("".join(q.itertext()))[:40] for q in found]
    assert len(found) == len(expected), f"found {starts}"
    for want, element in zip(expected, found):
        text = norm("".join(element.itertext()))
        assert text.startswith(norm(want["text"])[:40]), f"expected {want['text']!r}, found {text[:60]!r}"
        tag = element.tag.split("}")[1]
        parent = element.getparent()
        kind = want["element"]
        if kind in ("block", "cit-note", "cit-bibl"):
            assert tag == "quote" and parent.tag.endswith("cit"), f"{want['text']!r} is {tag}"
            assert parent.get("type") == ("block" if kind == "block" else "inline")
        else:
            assert tag == {"q-who": "q", "q": "q", "soCalled": "soCalled"}[kind], f"{want['text']!r} is {tag}"
        marks = want.get("marks", "none")
        rend = element.get("rend", "")
        assert (marks == "none" and "block" in rend) or marks in rend.split()
        if "source_note" in want:
            assert parent.xpath("tei:ref/@n", namespaces=NS) == [want["source_note"]]
        if "who" in want:
            who = (element.get("who") or "").lstrip("#")
            authors = [r.lstrip("#") for r in parent.xpath("tei:bibl//@ref", namespaces=NS)]
            assert want["who"] in [who] + authors, f"{want['text']!r}: who is {who or authors}"


def test_quotation_marks_are_out_of_the_text(seed):
    path, tree = seed
    for element in quotations(tree):
        text = "".join(element.itertext()).strip()
        assert not (text[:1] in "“\"‘" and text[-1:] in "”\"’"), f"marks left in {text[:40]!r}"


def test_the_register_is_valid_tei(tei_all):
    from lxml import etree

    tree = etree.parse(str(ROOT / "tei" / "persons.xml"))
    assert tei_all.validate(tree), str(tei_all.error_log)
    ids = tree.xpath("//tei:person/@xml:id", namespaces=NS)
    assert ids and all(re.fullmatch(r"person\.[a-z]+(?:-[a-z]+)*", i) for i in ids)
    for person in tree.xpath("//tei:person", namespaces=NS):
        assert len(person.xpath("tei:persName[@type='preferred']", namespaces=NS)) == 1
        for idno in person.xpath("tei:idno[@type='wikidata']", namespaces=NS):
            assert re.fullmatch(r"http://www\.wikidata\.org/entity/Q\d+", idno.text)
