"""The model's front, body and back -> TEI `text`."""
from __future__ import annotations

from lxml import etree

from edition import model
from edition.sources.dates import iso_date
from edition.tei.inline import append_inline, strip_outer_space
from edition.tei.ns import sub

_BIBL_TAGS = {"author": "author", "title": "title", "pubPlace": "pubPlace", "publisher": "publisher",
              "date": "date", "biblScope": "biblScope", "editor": "editor"}


def write_text(root: etree._Element, document: model.Document) -> None:
    text = sub(root, "text", xml_lang=document.metadata.language)
    if document.front:
        front = sub(text, "front")
        for block in document.front:
            write_block(front, block)
    body = sub(text, "body")
    for div in document.body:
        write_block(body, div)
    if document.back:
        back = sub(text, "back")
        for div in document.back:
            write_block(back, div)


def _inline_block(parent, tag: str, nodes, **attrs) -> etree._Element:
    """A block of inline content; page breaks that open it are placed before it, between blocks."""
    nodes = list(nodes)
    while nodes and (isinstance(nodes[0], model.PageBreak) or (isinstance(nodes[0], str) and not nodes[0].strip())):
        node = nodes.pop(0)
        if isinstance(node, model.PageBreak):
            append_inline(parent, [node])
    element = sub(parent, tag, **attrs)
    append_inline(element, nodes)
    strip_outer_space(element)
    return element


def write_block(parent: etree._Element, block: model.Block) -> None:
    if isinstance(block, model.Div):
        div = sub(parent, "div", type=block.type, xml_id=block.id)
        if block.head:
            _inline_block(div, "head", block.head.children)
        for child in block.blocks:
            write_block(div, child)
    elif isinstance(block, model.Paragraph):
        _inline_block(parent, "p", block.children, xml_id=block.id)
    elif isinstance(block, model.Head):
        _inline_block(parent, "head", block.children)
    elif isinstance(block, model.DocTitle):
        title = sub(parent, "docTitle")
        _inline_block(title, "titlePart", block.children, type="main")
    elif isinstance(block, model.DocDate):
        _inline_block(parent, "docDate", block.children, when=block.when)
    elif isinstance(block, model.Byline):
        byline = _inline_block(parent, "byline", block.children)
        byline.text = (byline.text or "") + (" " if byline.text and not byline.text.endswith(" ") else "")
        sub(byline, "docAuthor", block.author)
    elif isinstance(block, model.List):
        lst = sub(parent, "list", rend=block.rend, xml_id=block.id)
        for item in block.items:
            sub(lst, "label", item.n)
            _inline_block(lst, "item", item.children)
    elif isinstance(block, model.Opener):
        opener = sub(parent, "opener")
        for i, line in enumerate(block.lines):
            if i:
                sub(opener, "lb")
            append_inline(opener, line)
    elif isinstance(block, model.Closer):
        closer = sub(parent, "closer")
        _inline_block(closer, "signed", block.signed)
    elif isinstance(block, model.Note):
        _write_note(parent, block)
    elif isinstance(block, model.BlockQuote):
        append_inline(parent, block.children)
    else:  # pragma: no cover - a new block type without a writer is a bug
        raise TypeError(f"no TEI writer for {type(block).__name__}")


def _write_note(parent: etree._Element, note: model.Note) -> None:
    targets = " ".join("#" + ref for ref in note.anchor_ids) or None
    element = sub(parent, "note", xml_id=note.id, n=note.n, place=note.place, target=targets)
    if note.bibl is not None:
        _write_bibl(element, note.bibl)
    elif len(note.paragraphs) == 1:
        append_inline(element, note.paragraphs[0])
        strip_outer_space(element)
    else:
        for paragraph in note.paragraphs:
            _inline_block(element, "p", paragraph)


def _write_bibl(parent: etree._Element, bibl: model.Bibl) -> None:
    element = sub(parent, "bibl", xml_id=bibl.id, corresp="#" + bibl.corresp if bibl.corresp else None)
    for index, part in enumerate(bibl.parts):
        nodes = bibl.nodes[index] if bibl.nodes else [part if isinstance(part, str) else part.text]
        if isinstance(part, str) or part.field is None:
            append_inline(element, nodes)
        elif part.field == "url":
            sub(element, "ref", part.text, target=part.text)
        else:
            attrs = {}
            if part.field == "title" and part.level:
                attrs["level"] = part.level
            if part.field == "biblScope" and part.unit:
                attrs["unit"] = part.unit
            if part.field == "date" and iso_date(part.text):
                attrs["when"] = iso_date(part.text)
            if part.field == "editor" and getattr(part, "role", None):
                attrs["role"] = part.role
            if part.field == "date" and getattr(part, "role", None) == "access":
                attrs["type"] = "access"
            append_inline(sub(element, _BIBL_TAGS[part.field], **attrs), nodes)
    strip_outer_space(element)
