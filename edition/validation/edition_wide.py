"""Checks across the files of one run: a register id is defined once in the whole edition, and
every document's standOff copy of a register entry still equals the entry (the register is
curated by hand; a stale copy means the document should be rebuilt)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from edition.tei.ns import TEI_NS, XML_ID
from edition.validation.problems import Problem

_NS = {"tei": TEI_NS}


@dataclass(frozen=True)
class Entries:
    """(id, line, digest of the canonical XML) of the register entries a file defines or copies."""

    defined: tuple[tuple[str, int, str], ...] = ()
    copied: tuple[tuple[str, int, str], ...] = ()


def entries(tree: etree._ElementTree) -> Entries:
    def read(query: str) -> tuple[tuple[str, int, str], ...]:
        return tuple((el.get(XML_ID), el.sourceline or 0,
                      hashlib.sha256(etree.tostring(el, method="c14n", with_comments=False)).hexdigest())
                     for el in tree.iterfind(query, _NS) if el.get(XML_ID))

    return Entries(defined=read("tei:text/tei:body//tei:listPerson/tei:person"),
                   copied=read("tei:standOff/tei:listPerson/tei:person"))


def check(files: list[tuple[Path, Entries]]) -> list[Problem]:
    problems: list[Problem] = []
    defined: dict[str, tuple[Path, int, str]] = {}
    for path, found in files:
        for ident, line, digest in found.defined:
            if ident in defined:
                first = defined[ident]
                problems.append(Problem(path, line, 0, "error", f"the id {ident!r} is already defined in "
                                        f"{first[0]}:{first[1]}; ids are unique across the edition",
                                        "id-unique-edition"))
            else:
                defined[ident] = (path, line, digest)
    if not defined:
        return problems  # no register among the files: copies cannot be compared
    for path, found in files:
        for ident, line, digest in found.copied:
            if ident not in defined:
                problems.append(Problem(path, line, 0, "error", f"the standOff copy {ident!r} is in no register "
                                        "of the edition", "standoff-copy-in-register"))
            elif defined[ident][2] != digest:
                problems.append(Problem(path, line, 0, "warning", f"the standOff copy of {ident!r} differs from "
                                        f"the register ({defined[ident][0]}); run edition build to refresh it",
                                        "standoff-copy-current"))
    return problems
