"""Parse a file to validate, safely: no DTD, no entity is ever resolved or fetched, and every
failure (not XML, a DOCTYPE, not TEI) becomes a located problem instead of an exception."""
from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from edition.tei.ns import TEI_NS
from edition.validation.problems import Problem

_DOCTYPE = re.compile(rb"<!DOCTYPE", re.I)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=True, remove_blank_text=False)


def parse_for_validation(path: Path) -> tuple[etree._ElementTree | None, list[Problem]]:
    """(the tree, []) or (None, [the problem that stops validation])."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(path, 0, 0, "error", f"cannot read the file: {exc.strerror}", "unreadable")]
    if not data.strip():
        return None, [Problem(path, 1, 0, "error", "the file is empty", "not-well-formed")]
    doctype = _DOCTYPE.search(data)
    if doctype:
        line = data.count(b"\n", 0, doctype.start()) + 1
        return None, [Problem(path, line, 0, "error", "a DOCTYPE declaration is not accepted: DTDs and entities "
                                                      "are never loaded, resolved or fetched; remove it", "doctype")]
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as exc:
        line, column = (exc.position if exc.position else (exc.lineno or 0, exc.offset or 0))
        return None, [Problem(path, line or 0, column or 0, "error", f"not well-formed XML: {exc.msg}",
                              "not-well-formed")]
    root = tree.getroot()
    if etree.QName(root).namespace != TEI_NS or etree.QName(root).localname not in ("TEI", "teiCorpus"):
        return None, [Problem(path, root.sourceline or 1, 0, "error",
                              f"not a TEI document: the root element is {root.tag!r}", "not-tei")]
    return tree, []
