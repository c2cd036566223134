"""Model inline nodes -> mixed TEI content appended to an lxml element."""
from __future__ import annotations

from lxml import etree

from edition import model
from edition.tei.ns import tei


def append_inline(parent: etree._Element, nodes: list[model.Inline]) -> None:
    for node in nodes:
        if isinstance(node, str):
            _append_text(parent, node)
            continue
        element = etree.SubElement(parent, tei(node.tag))
        for name, value in node.attributes().items():
            element.set(name, value)
        if isinstance(node, model.BiblRef):
            _bibl_ref_parts(element, node)
        append_inline(element, node.children)


def _bibl_ref_parts(element: etree._Element, bibl: model.BiblRef) -> None:
    """The author and date an introducing sentence gives: pointers, no words of their own."""
    for ref in bibl.author_refs:
        etree.SubElement(element, tei("author")).set("ref", "#" + ref)
    if bibl.when:
        etree.SubElement(element, tei("date")).set("when", bibl.when)


def _append_text(parent: etree._Element, text: str) -> None:
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def strip_outer_space(element: etree._Element) -> None:
    """Block content starts and ends with a word, not a space left by unwrapping."""
    if element.text:
        element.text = element.text.lstrip()
    if len(element):
        last = element[-1]
        if last.tail:
            last.tail = last.tail.rstrip()
    elif element.text:
        element.text = element.text.rstrip()
