"""An archival record page (catalogue fields, then the document) -> fields and `SourceBlock`s.

The page opens with a date and a bold title, then catalogue fields ("Citation:" followed by its
value), then the document itself in blank-line separated paragraphs. A paragraph that stops in
mid-sentence and goes on after a blank line was cut by a page of the original: the two halves
are joined with a page mark.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from edition.sources.layout import Line, PageMark, SourceBlock

FIELD_LABEL = re.compile(r"^\s*([A-Z][A-Za-z()]+(?: [A-Za-z()]+){0,2}):\s*$")
# A known field with its value on the same line: "Original Language: Russian".
FIELD_WITH_VALUE = re.compile(r"^\s*([A-Z][A-Za-z()]+(?: [A-Za-z()]+){0,2}):[ \t]+(\S.*)$")
KNOWN_FIELDS = ("Citation", "Summary", "Credits", "Original Language", "Contents", "Source",
                "Rights", "Language", "Keywords", "Authors", "Author", "Author(s)", "Date", "Description",
                "Original Archive", "Original Date", "Subjects", "Associated People & Organizations")
_SENTENCE_END = re.compile(r"""[.!?:;"”’)\]]\s*$""")


@dataclass
class ArchivalPage:
    preamble: list[SourceBlock] = field(default_factory=list)  # date line, bold title
    fields: list[tuple[Line, SourceBlock]] = field(default_factory=list)  # (label line, value)
    blocks: list[SourceBlock] = field(default_factory=list)


def looks_like_archival(text: str) -> bool:
    labels = [m.group(1) for m in (FIELD_LABEL.match(line) for line in text.split("\n")[:80]) if m]
    return sum(1 for label in labels if label in KNOWN_FIELDS) >= 2


def _split_blocks(numbered: list[Line]) -> list[SourceBlock]:
    blocks: list[SourceBlock] = []
    current: list[Line] = []
    for line in numbered:
        if line.text.strip():
            current.append(line)
        elif current:
            blocks.append(SourceBlock(list(current)))
            current = []
    if current:
        blocks.append(SourceBlock(current))
    return blocks


def read_archival_record(text: str) -> ArchivalPage:
    blocks = _split_blocks([Line(n, t) for n, t in enumerate(text.split("\n"), start=1)])
    page = ArchivalPage()
    index = 0
    while index < len(blocks) and not _label(blocks[index]):
        page.preamble.append(blocks[index])
        index += 1
    while index < len(blocks) and (_label(blocks[index]) or _inline_field(blocks[index])):
        inline = _inline_field(blocks[index])
        if inline:
            label_line, value = inline
            page.fields.append((label_line, value))
            index += 1
            continue
        label_line = blocks[index].lines[0]
        value = blocks[index + 1] if index + 1 < len(blocks) and not _label(blocks[index + 1]) \
            and not _inline_field(blocks[index + 1]) else None
        page.fields.append((label_line, value or SourceBlock()))
        index += 2 if value else 1
    page.blocks = join_split_paragraphs(blocks[index:])
    return page


def _inline_field(block: SourceBlock) -> tuple[Line, SourceBlock] | None:
    """A known field and its value on one line: (the label as a line, the value as a block)."""
    lines = block.lines
    match = FIELD_WITH_VALUE.match(lines[0].text) if len(lines) == 1 else None
    if not match or match.group(1) not in KNOWN_FIELDS:
        return None
    number = lines[0].number
    return Line(number, match.group(1) + ":"), SourceBlock([Line(number, match.group(2))])


def _label(block: SourceBlock) -> str | None:
    lines = block.lines
    if len(lines) != 1:
        return None
    match = FIELD_LABEL.match(lines[0].text)
    return match.group(1) if match else None


_SPEAKER_LINE = re.compile(r"^\s*[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}:\s+\S")


def _split_exchanges(blocks: list[SourceBlock]) -> list[SourceBlock]:
    """Lines that each begin with a speaker or a label ("Q: …", "A: …", "Mao Zedong: …") are
    paragraphs of their own, not one paragraph."""
    out: list[SourceBlock] = []
    for block in blocks:
        lines = block.lines
        if len(lines) >= 2 and all(_SPEAKER_LINE.match(line.text) for line in lines):
            out.extend(SourceBlock([line]) for line in lines)
        else:
            out.append(block)
    return out


def join_split_paragraphs(blocks: list[SourceBlock]) -> list[SourceBlock]:
    """Rejoin a paragraph cut in mid-sentence by a page break of the original."""
    joined: list[SourceBlock] = []
    blocks = _split_exchanges(blocks)
    for block in blocks:
        if joined and _continues(joined[-1], block):
            joined[-1] = SourceBlock(joined[-1].items + [PageMark(block.first_line)] + block.items)
        else:
            joined.append(block)
    return joined


def _continues(previous: SourceBlock, block: SourceBlock) -> bool:
    last = previous.lines[-1].text.rstrip()
    is_prose = len(previous.lines) == 1 and len(last) > 120 or len(previous.text) > 200
    first = block.lines[0].text.lstrip()
    if not first or _SENTENCE_END.search(last) or len(previous.text.split()) < 4:
        return False
    return first[0].islower() or (is_prose and first[0].isalpha())  # "…of the party" / "to China in…"
