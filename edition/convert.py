"""One source file -> one TEI file: read, recognize, transform, write, check, save atomically.

The saved file carries a checksum of its own bytes (`<?edition generated-sha256=...?>`), so a
later conversion can tell a file edited by hand from one it made, and refuse to overwrite it.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from edition import model
from edition.errors import OverwriteRefused, SourceError, SourceWarning
from edition.lossless import check_lossless
from edition.project import Project
from edition.registers.persons import PersonRegister
from edition.recognize.archival_fields import participants, read_fields
from edition.recognize.structure import StructureBuilder
from edition.sources import detect_kind
from edition.sources.archival_record import read_archival_record
from edition.sources.decode import decode_source
from edition.sources.metadata import apply_metadata_file
from edition.sources.pdf_text import read_pdf_text, running_heads
from edition.sources.web_article import read_web_article
from edition.tei.header import write_header
from edition.tei.ns import TEI_NS
from edition.tei.standoff import write_stand_off
from edition.tei.text import write_text
from edition.transforms import apply_transforms

TEI_ALL_URL = "https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng"
_CHECKSUM = re.compile(rb'<\?edition generated-sha256="([0-9a-f]{64})"\?>')
_PLACEHOLDER = b"0" * 64


@dataclass
class Conversion:
    source: Path
    target: Path
    kind: str
    kind_reason: str
    written: bool
    warnings: list[SourceWarning] = field(default_factory=list)
    unknown_names: list[model.UnknownName] = field(default_factory=list)


def build_document(path: Path, data: bytes, kind: str | None = None,
                   register: PersonRegister | None = None) -> tuple[model.Document, str]:
    """The document model of a source file (raises SourceError for bad input)."""
    text = decode_source(path, data)
    detected, reason = detect_kind(text)
    if kind is None:
        kind = detected
    else:
        reason = "given with --kind"
    document = model.Document(path=path, kind=kind, sha256=hashlib.sha256(data).hexdigest(), text=text)
    builder = StructureBuilder(document)
    if kind == "archival":
        page = read_archival_record(text)
        read_fields(page, document)
        apply_metadata_file(path, document.metadata)
        builder.build(page.blocks, page)
        document.metadata.participants = document.metadata.participants or participants(
            document.metadata.title or "")
    else:
        apply_metadata_file(path, document.metadata)
        if kind == "pdf":
            furniture = running_heads(text.split("\n"))
            for number, line in enumerate(text.split("\n"), start=1):
                if line.replace("\f", "").strip() in furniture:
                    document.omitted.append(model.Omitted(line.replace("\f", "").strip(), number,
                                                          "a running head of the printed page"))
            builder.build(read_pdf_text(text, furniture))
        else:
            builder.build(read_web_article(text))
    apply_transforms(document, register)
    document.register = register
    return document, reason


def to_tei(document: model.Document, project: Project, source_ref: str) -> bytes:
    root = etree.Element(f"{{{TEI_NS}}}TEI", nsmap={None: TEI_NS})
    destinations = write_header(root, document, project, source_ref)
    write_text(root, document)
    write_stand_off(root, document)
    check_lossless(document, root, destinations)
    tree = etree.ElementTree(root)
    root.addprevious(etree.ProcessingInstruction(
        "xml-model", f'href="{TEI_ALL_URL}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"'))
    root.addprevious(etree.ProcessingInstruction("edition", f'generated-sha256="{_PLACEHOLDER.decode()}"'))
    data = etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data.replace(_PLACEHOLDER, hashlib.sha256(data).hexdigest().encode(), 1)


def edited_by_hand(existing: bytes) -> bool:
    """True when a TEI file was changed after `edition` wrote it (or was not written by it)."""
    match = _CHECKSUM.search(existing)
    if not match:
        return True
    blank = existing[:match.start(1)] + _PLACEHOLDER + existing[match.end(1):]
    return hashlib.sha256(blank).hexdigest().encode() != match.group(1)


def convert_file(source: Path, target: Path, project: Project, kind: str | None = None,
                 force: bool = False, register: PersonRegister | None = None) -> Conversion:
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise SourceError(source, f"cannot read the file: {exc.strerror}") from None
    document, reason = build_document(source, data, kind, register)
    source_ref = os.path.relpath(source.resolve(), target.parent.resolve()).replace(os.sep, "/")
    output = to_tei(document, project, source_ref)
    result = Conversion(source, target, document.kind, reason, written=False, warnings=document.warnings,
                        unknown_names=document.unknown_names)
    if target.exists():
        existing = target.read_bytes()
        if existing == output:
            return result
        if edited_by_hand(existing) and not force:
            raise OverwriteRefused(f"{target}: error: edited by hand since it was generated (or not made by "
                                   f"edition); not overwritten. Use --force to replace it.")
    write_atomically(target, output)
    result.written = True
    return result


def write_atomically(target: Path, data: bytes) -> None:
    """Write to a temporary file beside the target and rename it: never a half-written file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
