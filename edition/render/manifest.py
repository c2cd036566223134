"""Which TEI files are documents and which are registers, and the manifest that tells the
stylesheets (web and print) what the edition holds."""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from edition.convert import write_atomically
from edition.tei.ns import TEI_NS

KIND_LABELS = {"pdf": "Text from a PDF", "web": "Web article", "archival": "Archival record"}
_NS = {"tei": TEI_NS}


def is_register(tree: etree._ElementTree) -> bool:
    """A register: a TEI whose body is a listPerson (no standOff)."""
    return bool(tree.xpath("/tei:TEI/tei:text/tei:body/tei:listPerson", namespaces=_NS))


def collect(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """(documents, registers) among the TEI files and folders given."""
    documents, registers = [], []
    for path in paths:
        for file in (sorted(path.glob("*.xml")) if path.is_dir() else [path]):
            tree = etree.parse(str(file), etree.XMLParser(resolve_entities=False, no_network=True))
            (registers if is_register(tree) else documents).append(file)
    return documents, registers


def kind_label(file: Path) -> str:
    change = " ".join(etree.parse(str(file)).xpath("//tei:revisionDesc//text()", namespaces=_NS))
    for kind, words in (("pdf", "from a PDF"), ("web", "web article"), ("archival", "archival record")):
        if words in change:
            return KIND_LABELS[kind]
    return "TEI document"


def write_manifest(target: Path, title: str, documents: list[Path], registers: list[Path]) -> Path:
    root = etree.Element("edition", title=title)
    for file in documents:
        etree.SubElement(root, "document", href=file.resolve().as_uri(), stem=file.stem, **{"kind-label": kind_label(file)})
    for file in registers:
        etree.SubElement(root, "register", href=file.resolve().as_uri())
    write_atomically(target, etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
    return target
