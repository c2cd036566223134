"""Source blocks -> the document's front, body and back.

Every block is classified by the registered block recognizers, then placed: title and byline
in `front`; sections (a new `div` at each heading), paragraphs and lists in `body`; endnotes
and the note on the writer in `back`; web boilerplate declared as omitted.
"""
from __future__ import annotations

import re

from edition import model
from edition.recognize import blocks as B
from edition.recognize.archival_fields import participants
from edition.recognize.defaults import block_recognizers, classify, inline_patterns_registry
from edition.recognize.inline import InlineContext, InlineProcessor
from edition.sources.archival_record import ArchivalPage
from edition.sources.dates import DATE_LINE, iso_date
from edition.sources.hyphenation import HyphenationOracle
from edition.sources.layout import Line, PageMark, SourceBlock
from edition.sources.unwrap import unwrap

_AUTHOR_IN_ABOUT = re.compile(r"^\s*([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s+(?:is|was|has|teaches|works|studies|writes|wrote)\b")


class StructureBuilder:
    def __init__(self, document: model.Document):
        self.document = document
        self.oracle = HyphenationOracle(document.text)
        self.inline = InlineProcessor(inline_patterns_registry())
        self.recognizers = block_recognizers()

    # ------------------------------------------------------------ inline

    def inline_nodes(self, items, in_note: bool = False) -> list[model.Inline]:
        return self.inline_with_text(items, in_note)[0]

    def inline_with_text(self, items, in_note: bool = False) -> tuple[list[model.Inline], str]:
        """Inline nodes and the unwrapped plain text they were read from."""
        running = unwrap(items, self.oracle)
        self.document.rejoined.extend(running.rejoined)
        ctx = InlineContext(running, self.document, in_note, list(running.page_numbers))
        return self.inline.process(running.value, ctx), running.value

    # ------------------------------------------------------------ blocks

    def build(self, blocks: list[SourceBlock], page: ArchivalPage | None = None) -> None:
        doc = self.document
        blocks = _split_notes_headings(blocks)
        width = B.typical_width(blocks)
        names = [classify(b, B.BlockContext(doc.kind, i, blocks, width), self.recognizers)
                 for i, b in enumerate(blocks)]
        B.mark_list_items(blocks, names)
        start = self._front(blocks, names, page)
        notes_at = _notes_start(names, start)
        self._body(blocks[start:notes_at], names[start:notes_at])
        self._back(blocks[notes_at:], names[notes_at:])

    def _front(self, blocks, names, page) -> int:
        """Place title, date and byline in `front`; return the index where the body begins."""
        doc = self.document
        if page is not None:
            for block in page.preamble:
                text = block.text.strip()
                if DATE_LINE.match(text):
                    doc.front.append(model.DocDate(line=block.first_line, children=[text], when=iso_date(text)))
                elif text.startswith("**") and text.endswith("**"):
                    title = text.strip("*").strip()
                    doc.front.append(model.DocTitle(line=block.first_line,
                                                    children=self.inline_nodes(_strip_stars(block))))
                    doc.metadata.title = doc.metadata.title or title
                    doc.metadata.participants = doc.metadata.participants or participants(title)
                else:
                    doc.front.append(model.Paragraph(line=block.first_line, children=self.inline_nodes(block.items)))
            for moved in doc.moved:  # prose fields (a summary) are read like the text
                if moved.destination == "summary":
                    moved.nodes = self.inline_nodes([Line(moved.line, moved.text)])
            return 0
        index = 0
        if blocks and names[0] == "heading":
            second = blocks[1].text.strip() if len(blocks) > 1 else ""
            followed_by_title_matter = len(names) > 1 and (names[1] in ("byline", "heading")
                                                           or bool(DATE_LINE.match(second))
                                                           or second[:1] in "“\"«")  # an epigraph
            if doc.kind == "pdf" or followed_by_title_matter:
                nodes = self.inline_nodes(blocks[0].items)
                doc.front.append(model.DocTitle(line=blocks[0].first_line, children=nodes))
                doc.metadata.title = doc.metadata.title or _plain(nodes)
                index = 1
        while index < len(blocks) and (names[index] == "byline" or DATE_LINE.match(blocks[index].text.strip())):
            if DATE_LINE.match(blocks[index].text.strip()):
                text = blocks[index].text.strip()
                doc.front.append(model.DocDate(line=blocks[index].first_line, children=[text], when=iso_date(text)))
                doc.metadata.date = doc.metadata.date or iso_date(text)
                index += 1
                continue
            match = B.BYLINE.match(blocks[index].lines[0].text)
            printed = blocks[index].lines[0].text[:match.start(1)].strip() + " "  # "By " or "by "
            doc.front.append(model.Byline(line=blocks[index].first_line, children=[printed], author=match.group(1)))
            if match.group(1) not in doc.metadata.authors:
                doc.metadata.authors.append(match.group(1))
            index += 1
        return index

    def _body(self, blocks, names) -> None:
        doc = self.document
        top_type = {"pdf": "article", "web": "article", "archival": "record"}[doc.kind]
        current = model.Div(type=top_type)
        doc.body.append(current)
        last = len(blocks) - 1
        about_open = False  # a label "About the author" on its own line opens that division
        attributed: set[int] = set()
        for i, (block, name) in enumerate(zip(blocks, names)):
            line = block.first_line
            if i in attributed:
                continue
            if name == "about-author":
                self._about_author(block)
                about_open = not B.ABOUT_AUTHOR.sub("", block.text).strip()  # the label alone
            elif about_open and name == "paragraph":
                doc.back[-1].blocks.append(model.Paragraph(line=line, children=self.inline_nodes(block.items)))
            elif name == "boilerplate" and i == last:
                doc.omitted.append(model.Omitted(block.text.strip(), line, "web-page boilerplate"))
            elif name == "heading" and doc.kind != "archival":
                about_open = False
                if current.blocks or current.head:
                    current = model.Div(type="section")
                    doc.body.append(current)
                else:
                    current.type = "section"
                current.head = model.Head(line=line, children=self.inline_nodes(block.items))
            elif doc.kind == "archival" and i == 0 and B.is_docket(block, None):
                current.blocks.append(model.Opener(line=line, lines=[self.inline_nodes([ln]) for ln in block.lines]))
            elif name == "signature" and doc.kind == "archival":
                signed: list[model.Inline] = []
                for number, source_line in enumerate(block.lines):
                    if number:
                        signed.append(model.LineBreak())
                    signed.extend(self.inline_nodes([source_line]))
                if current.blocks and isinstance(current.blocks[-1], model.Closer):
                    current.blocks[-1].signed.extend([model.LineBreak()] + signed)  # its date
                else:
                    current.blocks.append(model.Closer(line=line, signed=signed))
            elif name == "block-quote":
                items = [Line(item.number, re.sub(r"^\s*>\s?", "", item.text)) if isinstance(item, Line) else item
                         for item in block.items]
                current.blocks.append(model.BlockQuote(line=line, children=self.inline_nodes(items),
                                                       source_lines=[ln.text for ln in block.lines]))
                following = blocks[i + 1] if i + 1 < len(blocks) else None
                if following is not None and _ATTRIBUTION.match(following.text) and len(following.text) <= 80:
                    current.blocks[-1].attribution = self.inline_nodes(following.items)  # "— Mao Zedong"
                    attributed.add(i + 1)
            elif name == "list":
                current.blocks.append(self._list_block(block))
            elif name == "list-item":
                if i and names[i - 1] == "list-item":
                    continue
                run = [b for b, _ in _run(blocks[i:], names[i:], "list-item")]
                current.blocks.append(self._list([_item_line(b) for b in run], line))
            else:
                current.blocks.append(model.Paragraph(line=line, children=self.inline_nodes(block.items),
                                                      source_lines=[ln.text for ln in block.lines]))
        if len(doc.body) > 1 and not doc.body[0].blocks and not doc.body[0].head:
            doc.body.pop(0)

    def _list_block(self, block: SourceBlock) -> model.List:
        """A block of list items, each with the lines that continue it."""
        entries: list = []
        for item in block.items:
            if isinstance(item, Line) and B.LIST_ITEM.match(item.text):
                entries.append((item, []))
            elif entries:
                entries[-1][1].append(item)
        return self._list(entries, block.first_line)

    def _list(self, entries: list, first_line: int) -> model.List:
        """`entries`: one Line per item, or (first Line, further items) for wrapped items."""
        items = []
        for entry in entries:
            line, more = entry if isinstance(entry, tuple) else (entry, [])
            match = B.LIST_ITEM.match(line.text)
            label = match.group(1)
            rest = line.text[match.start(1) + len(label):]
            items.append(model.Item(line=line.number, n=label,
                                    children=self.inline_nodes([Line(line.number, rest)] + more)))
        return model.List(line=first_line, items=items)

    def _page_breaks_at_end(self, marks: list, notes: model.Div) -> None:
        """Page marks between the text and its notes go at the end of what precedes them."""
        breaks = [model.PageBreak(n=mark.n, line=mark.number) for mark in marks if isinstance(mark, PageMark)]
        if notes.blocks:
            notes.blocks[-1].paragraphs[-1].extend(breaks)
        else:
            target = next((b for b in reversed(self.document.body[-1].blocks)
                           if isinstance(b, (model.Paragraph, model.BlockQuote))), None)
            if target is not None:
                target.children.extend(breaks)

    def _about_author(self, block: SourceBlock) -> None:
        doc = self.document
        first = block.lines[0]
        match = B.ABOUT_AUTHOR.match(first.text)
        label = first.text[:match.end()].strip()
        rest = [Line(first.number, first.text[match.end():])] + block.items[1:]
        paragraphs = [model.Paragraph(line=first.number, children=self.inline_nodes(rest))] \
            if "".join(getattr(i, "text", "") for i in rest).strip() else []
        doc.back.append(model.Div(type="about-author", line=first.number,
                                  head=model.Head(line=first.number, children=[label]), blocks=paragraphs))
        author = _AUTHOR_IN_ABOUT.match(first.text[match.end():])
        if author and not doc.metadata.authors:
            doc.metadata.authors.append(author.group(1))

    def _back(self, blocks, names) -> None:
        if not blocks:
            return
        doc = self.document
        notes = model.Div(type="notes", line=blocks[0].first_line)
        doc.back.append(notes)
        headed = names[0] == "notes-heading"
        bibliography: model.Div | None = None  # a bibliography after the notes takes what follows
        for block, name in zip(blocks, names):
            if bibliography is None and notes.blocks and len(block.lines) == 1 \
                    and B.BIBLIOGRAPHY_HEADING.match(block.lines[0].text):
                bibliography = model.Div(type="bibliography", line=block.first_line,
                                         head=model.Head(line=block.first_line, children=[block.text.strip().rstrip(":")]))
                doc.back.append(bibliography)
                continue
            if bibliography is not None and name != "boilerplate":
                bibliography.blocks.append(model.Paragraph(line=block.first_line, children=self.inline_nodes(block.items)))
                continue
            numbered = headed and name not in ("boilerplate", "about-author") and block.lines and \
                B.NUMBERED_NOTE_START.match(block.lines[0].text)
            if name == "notes-heading":
                notes.head = model.Head(line=block.first_line, children=[block.text.strip().rstrip(":")])
            elif name == "note" or numbered:
                for number, paragraphs in B.split_notes(block, B.NUMBERED_NOTE_START if headed else B.NOTE_START):
                    if not number:  # a page break before the notes: it ends what comes before them
                        self._page_breaks_at_end(paragraphs[0], notes)
                        continue
                    read = [self.inline_with_text(p, in_note=True) for p in paragraphs]
                    notes.blocks.append(model.Note(line=paragraphs[0][0].number, n=number,
                                                   paragraphs=[nodes for nodes, _ in read],
                                                   texts=[text for _, text in read]))
            elif name == "boilerplate":
                doc.omitted.append(model.Omitted(block.text.strip(), block.first_line, "web-page boilerplate"))
            elif name == "about-author":
                self._about_author(block)
            elif notes.blocks:  # a further paragraph of the note before it
                nodes, text = self.inline_with_text(block.items, in_note=True)
                notes.blocks[-1].paragraphs.append(nodes)
                notes.blocks[-1].texts.append(text)
            else:
                doc.body[-1].blocks.append(model.Paragraph(line=block.first_line,
                                                           children=self.inline_nodes(block.items)))
        if not (notes.blocks or notes.head):
            doc.back.remove(notes)


_ATTRIBUTION = re.compile(r"^\s*(?:—|―|–|--)\s*\S")


def _split_notes_headings(blocks: list[SourceBlock]) -> list[SourceBlock]:
    """A "NOTES" line run together with the first note below it is a heading of its own."""
    out: list[SourceBlock] = []
    for block in blocks:
        lines = block.lines
        if len(lines) > 1 and B.NOTES_HEADING.match(lines[0].text) and B.NUMBERED_NOTE_START.match(lines[1].text):
            cut = block.items.index(lines[1])
            out += [SourceBlock(block.items[:cut]), SourceBlock(block.items[cut:])]
        else:
            out.append(block)
    return out


def _run(blocks, names, name):
    for block, block_name in zip(blocks, names):
        if block_name != name:
            return
        yield block, block_name


def _item_line(block: SourceBlock) -> tuple[Line, list]:
    first = block.items.index(block.lines[0])
    return block.items[first], block.items[:first] + block.items[first + 1:]


def _notes_start(names: list[str], start: int) -> int:
    """Where the endnotes begin: a "Notes" heading, or the first note after which notes dominate."""
    if "notes-heading" in names[start:]:
        return names.index("notes-heading", start)
    for i in range(start, len(names)):
        rest = names[i:]
        if names[i] == "note" and rest.count("note") * 2 >= len(rest):
            return i
    return len(names)


def _strip_stars(block: SourceBlock) -> list:
    items = list(block.items)
    lines = [i for i, item in enumerate(items) if isinstance(item, Line)]
    first, last = lines[0], lines[-1]
    items[first] = Line(items[first].number, items[first].text.replace("**", "", 1))
    text = items[last].text
    cut = text.rfind("**")
    items[last] = Line(items[last].number, text[:cut] + text[cut + 2:] if cut >= 0 else text)
    return items


def _plain(nodes: list[model.Inline]) -> str:
    """The text of inline nodes without note markers (for the title in the header)."""
    out = []
    for node in nodes:
        if isinstance(node, str):
            out.append(node)
        elif not isinstance(node, model.NoteRef):
            out.append(_plain(node.children))
    return re.sub(r"\s+", " ", "".join(out)).strip()
