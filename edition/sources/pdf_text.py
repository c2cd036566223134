"""Text extracted from a PDF -> `SourceBlock`s.

Two layouts occur: "double-spaced" extraction (every line followed by an empty line, a
whitespace-only line between paragraphs, extra empty lines at a page break) and plain hard
wrapping (blank line between paragraphs, form feed at a page break). Standalone page-number
lines become numbered page marks.
"""
from __future__ import annotations

import re

from edition.sources.layout import Line, PageMark, SourceBlock

_SENTENCE_END = re.compile(r"""[.!?:;"”’)\]]$""")
# Arabic page numbers, or lower-case roman ones (front matter), with optional dashes or "Page".
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?(?:[Pp]age\s+)?(\d{1,4}|(?=[ivxlc])x{0,3}(?:ix|iv|v?i{0,3}))(?:\s*[-–—])?\s*$")


def is_double_spaced(lines: list[str]) -> bool:
    """No text line is followed directly by another: an empty line stands after every line."""
    content = [i for i, line in enumerate(lines[:-1]) if line.strip()]
    if len(content) < 2:
        return False
    touching = sum(1 for i in content if lines[i + 1].strip())
    single_gaps = sum(1 for i in content if lines[i + 1] == "" and (i + 2 >= len(lines) or lines[i + 2] != ""))
    return touching <= 0.1 * len(content) and single_gaps > 0


def running_heads(lines: list[str]) -> set[str]:
    """Short lines printed again and again (a running head or foot such as "PEKING REVIEW"):
    page furniture, not text. A line counts when it stands alone at least three times."""
    counts: dict[str, int] = {}
    for line in lines:
        key = line.replace("\f", "").strip()
        if key and len(key) <= 60 and not _PAGE_NUMBER.match(key) and not _SENTENCE_END.search(key):
            counts[key] = counts.get(key, 0) + 1
    edges = _page_edges(lines)
    return {key for key, count in counts.items()
            if count >= 3 or (count >= 2 and all(i in edges for i, l in enumerate(lines)
                                                   if l.replace("\f", "").strip() == key))}


def _page_edges(lines: list[str]) -> set[int]:
    """Indexes of the first text line of the file and of each page after a form feed."""
    edges, after_break = set(), True
    for i, line in enumerate(lines):
        if "\f" in line:
            after_break = True
        if line.replace("\f", "").strip():
            if after_break:
                edges.add(i)
            after_break = False
    return edges


def read_pdf_text(text: str, furniture: set[str] | None = None) -> list[SourceBlock]:
    """`furniture`: running heads to leave out (found by `running_heads`); each one marks a page."""
    lines = text.split("\n")
    double = is_double_spaced(lines)
    marks_paragraphs = any(line != "" and not line.replace("\f", "").strip() and "\f" not in line for line in lines)
    furniture = furniture or set()
    blocks: list[SourceBlock] = []
    current = SourceBlock()
    gap: list[str] = []  # the blank (or page-number) lines since the last text line
    pending: list[PageMark] = []  # page breaks not yet placed

    for number, raw in enumerate(lines, start=1):
        if "\f" in raw:  # a form feed: pdftotext's page break
            gap.append("\f")
            raw = raw.replace("\f", "")
        if not raw.strip():
            gap.append(raw)
            continue
        if raw.strip() in furniture:
            gap.append("\f")
            continue
        if _is_page_number(raw, lines, number - 1, double):
            pending.append(PageMark(number, _PAGE_NUMBER.match(raw).group(1)))
            gap.append("\f")
            continue
        paragraph_break, page_break = _read_gap(gap, double, marks_paragraphs)
        if double and not marks_paragraphs and page_break and not any("\f" in g for g in gap):
            # no whitespace-only lines mark paragraphs here: extra blank lines end a paragraph
            # when a sentence ends before them, and are a page break inside a sentence
            page_break = current.lines and _mid_sentence(current.lines[-1].text, raw)
            paragraph_break = not page_break
        if page_break and paragraph_break and current.lines and _mid_sentence(current.lines[-1].text, raw):
            paragraph_break = False  # the page cut a sentence: the paragraph goes on
        if page_break and not pending and blocks + [current] != [SourceBlock()]:
            pending.append(PageMark(number))
        if paragraph_break and current.items:
            blocks.append(current)
            current = SourceBlock()
        if current.items or blocks:
            current.items.extend(pending)
        pending, gap = [], []
        current.items.append(Line(number, raw))
    current.items.extend(pending)
    if current.items:
        blocks.append(current)
    return blocks


def _mid_sentence(previous: str, following: str) -> bool:
    return not _SENTENCE_END.search(previous.rstrip()) and following.lstrip()[:1].islower()


def _is_page_number(raw: str, lines: list[str], index: int, double: bool) -> bool:
    """A line holding only a number, set off by blank lines; in double-spaced text, where every
    line has blank lines around it, also next to the extra blank lines of a page break."""
    if index == 0 or not _PAGE_NUMBER.match(raw):
        return False
    before = lines[index - 1]
    after = lines[index + 1] if index + 1 < len(lines) else ""
    if before.replace("\f", "").strip() or (after.strip() and not after.startswith("\f")):
        return False
    nearest = [next((l for l in reversed(lines[:index]) if l.strip(" \t")), ""),
               next((l for l in lines[index + 1:] if l.strip(" \t")), "")]
    if "\f" in raw or any(l.startswith("\f") or l.endswith("\f") for l in nearest):
        return True  # next to a form feed: the number of the page that ends or begins
    if not double:
        return True
    empties_after = _leading_empty(lines[index + 1:])
    empties_before = _leading_empty(reversed(lines[:index]))
    return empties_after >= 2 or empties_before >= 2 or "\f" in before + after


def _leading_empty(lines) -> int:
    count = 0
    for line in lines:
        if line != "":
            break
        count += 1
    return count


def _read_gap(gap: list[str], double: bool, marks_paragraphs: bool = True) -> tuple[bool, bool]:
    """(is a paragraph break, is a page break) for the blank lines between two text lines."""
    form_feed = any("\f" in g for g in gap)
    whitespace_only = any(g != "" and not g.strip() for g in gap)
    empties = sum(1 for g in gap if g == "")
    if double:
        extra = empties - (2 if whitespace_only else 1)
        return whitespace_only or extra == 1, form_feed or extra >= 2
    return bool(gap) and (empties >= 1 or whitespace_only), form_feed or empties >= 3
