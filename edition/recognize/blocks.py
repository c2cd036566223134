"""Block recognizers: each looks at one `SourceBlock` and, if it knows the shape, says what
model block it is. `BlockContext` tells a recognizer where the block stands in the text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from edition.sources.layout import Line, PageMark, SourceBlock

SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# A note as printed in a notes list: "[12] …" or "¹² …".
NOTE_START = re.compile(r"^\s*(?:\[(\d{1,4})\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}))\s*")
# Under a "Notes" heading, notes may also be numbered like a list: "12. …".
NUMBERED_NOTE_START = re.compile(r"^\s*(?:\[(\d{1,4})\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})|(\d{1,4})[.)]|(\d{1,3})(?=\s+[A-Z“\"‘]))\s+")
LIST_ITEM = re.compile(r"^\s*(\d{1,3}[.)]|[a-z][.)]|[•·*-])\s+\S")
NOTES_HEADING = re.compile(r"^\s*(notes|endnotes|footnotes|references|sources)\s*:?\s*$", re.I)
BIBLIOGRAPHY_HEADING = re.compile(r"^\s*(bibliography|select bibliography|works cited|further reading|sources|"
                                  r"references|literature)\s*:?\s*$", re.I)
ABOUT_AUTHOR = re.compile(r"^\s*(about the (?:writer|author|authors)|about the contributors?)\b[:.]?\s*", re.I)
BYLINE = re.compile(r"^\s*[Bb]y\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*$")
BOILERPLATE = {"comments", "comment", "leave a comment", "leave a reply", "share", "share this", "print",
               "tweet", "related", "related articles", "related posts", "subscribe", "read more", "back to top",
               "tags", "like this", "loading...", "loading", "email", "facebook", "twitter", "reddit",
               "print this page", "categories", "filed under", "advertisement", "more from this author"}
_END_PUNCTUATION = re.compile(r"""[.,;:!?]["”’)]?$""")


@dataclass
class BlockContext:
    kind: str
    index: int
    blocks: list[SourceBlock]
    typical_width: int  # the usual length of a wrapped line (0 when lines are not wrapped)


@dataclass
class BlockRecognizer:
    name: str
    test: Callable[[SourceBlock, BlockContext], bool]


def heading_like(block: SourceBlock, ctx: BlockContext) -> bool:
    """One short line that does not end like a sentence and starts with a capital or a number."""
    lines = block.lines
    if len(lines) != 1 or any(isinstance(i, PageMark) for i in block.items[1:]):
        return False
    text = NOTE_START.sub("", lines[0].text.strip())
    text = re.sub(r"\s*\[\d{1,4}\]\s*$", "", text).strip("* ")
    if re.search(r"\S\s{2,}\S", lines[0].text.strip()) or sum(c.isdigit() for c in text) > len(text) / 3:
        return False  # columns of a table, or figures: "1957  195.0  46.0"
    if text.endswith("?") and _title_case(text[:-1]):
        text = text[:-1]  # a heading may ask a question: "Was the Split Inevitable?"
    if text.endswith("!") and text.isupper():
        text = text[:-1]  # a title in capitals may exclaim: "LONG LIVE LENINISM!"
    if not text or len(text) > 120 or _END_PUNCTUATION.search(text):
        return False
    if ctx.typical_width and len(text) > 0.8 * ctx.typical_width and not text.isupper():
        return False
    words = text.split()
    if len(words) > 16:
        return False
    first = text.lstrip("“\"‘'«")[:1]  # a heading may be a quotation: “Overtake Britain in Fifteen Years”
    return first.isupper() or first.isdigit()


def is_block_quotation(block: SourceBlock, ctx: BlockContext) -> bool:
    """A paragraph standing alone in quotation marks; or, in wrapped text, one introduced by a
    paragraph ending in a colon and set narrower than the text (or indented)."""
    text = block.text.strip()
    if len(text) > 40 and text[0] in "“\"«" and text[-1] in "”\"»" and text.count(text[0]) <= 2:
        return True
    if all(line.text.lstrip().startswith(">") for line in block.lines):
        return True  # a quotation marked as in e-mail and Markdown
    if ctx.index == 0 or not ctx.blocks[ctx.index - 1].lines:
        return False
    if not ctx.blocks[ctx.index - 1].lines[-1].text.rstrip().endswith(":"):
        return False
    lines = block.lines
    indented = all(line.text[:1] in " \t" and line.text[:2].strip() == "" for line in lines) and \
        not ctx.blocks[ctx.index - 1].lines[0].text[:2].strip() == ""
    narrower = ctx.typical_width and len(lines) >= 2 and \
        max(len(line.text.strip()) for line in lines) <= 0.95 * ctx.typical_width
    return bool(indented or narrower)


def _title_case(text: str) -> bool:
    """Most words of more than three letters begin with a capital."""
    words = [w for w in text.split() if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.75 * len(words) and len(text.split()) <= 12


def is_list(block: SourceBlock, ctx: BlockContext) -> bool:
    """Lines that begin list items (1., a), •); an item may run over further lines."""
    lines = block.lines
    starts = [bool(LIST_ITEM.match(line.text)) for line in lines]
    return len(lines) >= 2 and starts[0] and sum(starts) >= 2 and (all(starts) or sum(starts) * 2 >= len(lines) / 2)


def is_note(block: SourceBlock, ctx: BlockContext) -> bool:
    return bool(block.lines) and bool(NOTE_START.match(block.lines[0].text))


def is_notes_heading(block: SourceBlock, ctx: BlockContext) -> bool:
    return len(block.lines) == 1 and bool(NOTES_HEADING.match(block.lines[0].text))


def is_about_author(block: SourceBlock, ctx: BlockContext) -> bool:
    return bool(block.lines) and bool(ABOUT_AUTHOR.match(block.lines[0].text))


def is_byline(block: SourceBlock, ctx: BlockContext) -> bool:
    return len(block.lines) == 1 and bool(BYLINE.match(block.lines[0].text))


def is_boilerplate(block: SourceBlock, ctx: BlockContext) -> bool:
    return len(block.lines) == 1 and block.lines[0].text.strip().strip(":").lower() in BOILERPLATE


def is_docket(block: SourceBlock, ctx: BlockContext) -> bool:
    """Short lines of a record's head: classification, copy, file number, date ("Top Secret",
    "Copy No. 1", "TELEGRAM"), none of them a sentence."""
    lines = block.lines
    if len(lines) < 2:
        return False
    if any(l.text.strip().isupper() for l in lines[:2]) and not any(l.text.rstrip().endswith((".", ";")) for l in lines):
        return True  # "MEMORANDUM OF CONVERSATION / of Comrade N. S. Khrushchev with …"
    return all(len(line.text.strip()) <= 60 and not line.text.rstrip().endswith((".", ";"))
               or re.search(r"\bNo\.\s*\d", line.text) for line in lines)


VALEDICTION = re.compile(r"^\s*(?:with\b.*\bgreetings|respectfully|sincerely|yours\b|faithfully|with respect)\b.*,\s*$",
                         re.I)


def is_signature(block: SourceBlock, ctx: BlockContext) -> bool:
    """The end of a record: one to four short lines, in capitals ("AMBASSADOR OF THE USSR TO THE
    PRC / P. YUDIN") or after a valediction ("With communist greetings,")."""
    lines = block.lines
    last = len(ctx.blocks) - 1
    dated = ctx.index == last - 1 and len(ctx.blocks[last].lines) == 1 and len(ctx.blocks[last].text) <= 20 \
        and any(c.isdigit() for c in ctx.blocks[last].text)  # the signature, then its date: "3.III.56"
    if ctx.index != last and not dated or not 1 <= len(lines) <= 4 or any(len(l.text.strip()) > 70 for l in lines):
        return False
    if VALEDICTION.match(lines[0].text):
        return True
    if len(lines) >= 2 and not any(re.search(r"[.!?;:]\s*$", l.text) for l in lines):
        return True  # a name and a title: "Zhou Enlai / Premier of the State Council"
    letters = [c for c in block.text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) / len(letters) > 0.8


def note_number(match: re.Match) -> str:
    """The printed number of a note, in ASCII digits."""
    return next(g for g in match.groups() if g).translate(SUPERSCRIPT_DIGITS)


def split_notes(block: SourceBlock, start: re.Pattern = NOTE_START) -> list[tuple[str, list[list[Line | PageMark]]]]:
    """A block of endnotes -> (number, paragraphs of items) for each note.

    A line without a number continues its note; after a line that ends a paragraph (two
    trailing spaces, as PDF extraction writes it) it begins the note's next paragraph."""
    notes: list[tuple[str, list[list]]] = []
    paragraph_ended = False
    leading: list = []  # page breaks before the first note
    for item in block.items:
        match = start.match(item.text) if isinstance(item, Line) else None
        if not notes and not match:
            leading.append(item)
            continue
        if match:
            notes.append((note_number(match), [[Line(item.number, item.text[match.end():])]]))
        elif notes:
            if paragraph_ended and isinstance(item, Line):
                notes[-1][1].append([])
            notes[-1][1][-1].append(item)
        if isinstance(item, Line):
            paragraph_ended = item.text.endswith("  ")
    if leading and notes:
        notes.insert(0, ("", [leading]))  # page breaks before the first note: number "" (no note)
    return notes


NUMBERED_ITEM = re.compile(r"^\s*(\d{1,3})[.)]\s+\S")


def mark_list_items(blocks: list[SourceBlock], names: list[str]) -> None:
    """Blocks that each hold one item of a list numbered 1, 2, 3... are named "list-item"."""
    i = 0
    while i < len(blocks):
        run = []
        while i + len(run) < len(blocks):
            block = blocks[i + len(run)]
            match = NUMBERED_ITEM.match(block.lines[0].text) if block.lines else None
            if not match or int(match.group(1)) != len(run) + 1 or names[i + len(run)] in ("note", "list"):
                break
            run.append(i + len(run))
        if len(run) >= 2:
            for index in run:
                names[index] = "list-item"
            i += len(run)
        else:
            i += 1


def typical_width(blocks: list[SourceBlock]) -> int:
    """The 90th percentile of line lengths in multi-line blocks (0 for one-line paragraphs)."""
    lengths = sorted(len(line.text.strip()) for block in blocks if len(block.lines) > 2 for line in block.lines)
    return lengths[int(len(lengths) * 0.9)] if lengths else 0
