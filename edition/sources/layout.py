"""What every reader produces: source lines grouped into blocks, with page breaks kept.

A reader knows the layout conventions of one kind of source (how lines wrap, what separates
paragraphs, where pages break); the recognizers after it only see `SourceBlock`s.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line number in the source file
    text: str


@dataclass(frozen=True)
class PageMark:
    """A page break of the original between two lines; `n` is the printed page number if shown."""

    number: int
    n: str | None = None


@dataclass
class SourceBlock:
    """Lines that belong together (a paragraph, a heading, a list, a note) in reading order."""

    items: list[Line | PageMark] = field(default_factory=list)

    @property
    def lines(self) -> list[Line]:
        return [item for item in self.items if isinstance(item, Line)]

    @property
    def first_line(self) -> int:
        return self.items[0].number

    @property
    def text(self) -> str:
        return " ".join(line.text.strip() for line in self.lines)
