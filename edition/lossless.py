"""Check that the TEI holds every word of the source, in order, and no word the source lacks.

Words are compared after unwrapping and de-hyphenation (a hyphen and the space after it do not
split a word: `self-\\ncriticism`, `self-criticism` and `selfcriticism` are one word). Matter
moved to the header is followed there; omitted boilerplate must be quoted in `encodingDesc`.
Notes and page breaks contribute their printed number (`@n`).
"""
from __future__ import annotations

import bisect
import difflib
import re

from lxml import etree

from edition import model
from edition.errors import SourceError
from edition.tei.ns import tei

_WORD = re.compile(r"\w+(?:-\s*\w+)*")
_JOIN = re.compile(r"-\s*")


_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")  # a printed ¹² is the number 12


def words(text: str) -> list[str]:
    return [_JOIN.sub("", w) for w in _WORD.findall(text.translate(_SUPERSCRIPT))]


def _located_words(text: str, skip: set[int]) -> list[tuple[str, int]]:
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    located = []
    for match in _WORD.finditer(text.translate(_SUPERSCRIPT)):
        line = bisect.bisect_right(starts, match.start())
        if line not in skip:
            located.append((_JOIN.sub("", match.group(0)), line))
    return located


# Elements whose edges separate words; inline elements (hi, ref, supplied...) do not.
_BLOCKS = {tei(t) for t in ("p", "head", "item", "label", "note", "bibl", "docTitle", "titlePart", "docDate",
                            "byline", "opener", "closer", "signed", "list", "div", "front", "body", "back",
                            "abstract", "language", "q")}


def _tei_words(element: etree._Element) -> list[str]:
    """The words of an element's text, reading `pb`/`lb` with break="no" as inside a word."""
    out: list[str] = []

    def walk(el):
        if el.tag in (tei("pb"), tei("lb")):
            inside_word = el.get("break") == "no"
            if el.get("n"):  # the printed page number; inside a word it reads as the source does
                out.append(f"{el.get('n')} " if inside_word else f" {el.get('n')} ")
            elif not inside_word:
                out.append(" ")
            return
        block = el.tag in _BLOCKS or (el.tag == tei("ref") and el.get("type") in ("noteAnchor", "noteCrossRef"))
        if block:
            out.append(" ")
        if el.tag == tei("note") and el.get("place") in ("foot", "end"):
            out.append(f" {el.get('n', '')} ")
        out.append(el.text or "")
        for child in el:
            if isinstance(child.tag, str):
                walk(child)
            out.append(child.tail or "")
        if block:
            out.append(" ")

    walk(element)
    return words("".join(out))


def check_lossless(document: model.Document, tei_root: etree._Element,
                   destinations: dict[str, etree._Element]) -> None:
    """Raise SourceError naming the first words lost or added."""
    skip = _moved_lines(document)
    source = _located_words(document.text, skip)
    text_words = _tei_words(tei_root.find(tei("text")))
    _compare(document, source, text_words, "the TEI text")
    for moved in document.moved:
        where = destinations.get(moved.label)
        found = _tei_words(where) if where is not None else []
        _compare(document, [(w, moved.line) for w in words(moved.text)], found, f"the header ({moved.label})")
    declarations = " ".join(tei_root.find(f"{tei('teiHeader')}/{tei('encodingDesc')}").itertext())
    for omitted in document.omitted:
        if not set(words(omitted.text)) <= set(words(declarations)):
            raise SourceError(document.path, f"omitted text {omitted.text!r} is not declared in encodingDesc",
                              line=omitted.line)


def _moved_lines(document: model.Document) -> set[int]:
    """The source lines whose words went to the header (labels and values) or were left out."""
    skip: set[int] = {o.line for o in document.omitted}
    for moved in document.moved:
        skip.add(moved.line)
        skip.update(moved.value_lines)
    return skip


def _compare(document, source: list[tuple[str, int]], found: list[str], where: str) -> None:
    expected = [w for w, _ in source]
    if expected == found:
        return
    matcher = difflib.SequenceMatcher(a=expected, b=found, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag in ("delete", "replace"):
            missing = " ".join(expected[a1:a2][:12])
            raise SourceError(document.path, f"words of the source missing from {where}: {missing!r}"
                              + (f" (found instead: {' '.join(found[b1:b2][:12])!r})" if b2 > b1 else ""),
                              line=source[a1][1])
        if tag == "insert":
            line = source[min(a1, len(source) - 1)][1] if source else None
            raise SourceError(document.path, f"words in {where} that the source does not have: "
                              f"{' '.join(found[b1:b2][:12])!r}", line=line)
