"""Join the wrapped lines of a block into one running text that still knows its source lines.

Page breaks become a placeholder character (`PAGE_BREAK`) that the inline recognizers turn
into `pb`; hyphens at line ends are kept or removed by the `HyphenationOracle`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from edition.sources.hyphenation import HyphenationOracle
from edition.sources.layout import Line, PageMark

PAGE_BREAK = "\ue000"
PAGE_BREAK_IN_WORD = "\ue001"  # a page break inside a word divided at the wrap (pb break="no")

_LAST_WORD = re.compile(r"([A-Za-z]+)-$")
_FIRST_WORD = re.compile(r"^([A-Za-z]+)")


@dataclass
class RunningText:
    """Unwrapped text; `starts[i]` is the offset where source line `numbers[i]` begins."""

    value: str = ""
    starts: list[int] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    page_numbers: list[str | None] = field(default_factory=list)
    rejoined: list[tuple[int, str]] = field(default_factory=list)  # (line, word) joined across a wrap

    def line_at(self, offset: int) -> int | None:
        if not self.numbers:
            return None
        return self.numbers[max(0, bisect.bisect_right(self.starts, offset) - 1)]


def unwrap(items: list[Line | PageMark], oracle: HyphenationOracle | None) -> RunningText:
    out = RunningText()
    parts: list[str] = []
    length = 0
    pending_break = False  # a page mark sits between the previous line and the next

    def append(s: str) -> None:
        nonlocal length
        parts.append(s)
        length += len(s)

    for item in items:
        if isinstance(item, PageMark):
            out.page_numbers.append(item.n)
            pending_break = True
            continue
        text = item.text.strip()
        if not text:
            continue
        if parts:
            previous = parts[-1]
            joined = _join_hyphenated(previous, text, oracle)
            if joined is not None:
                if not joined:  # rejoin: drop the hyphen, no space
                    parts[-1] = previous[:-1]
                    length -= 1
                    out.rejoined.append((item.number, _LAST_WORD.search(previous).group(1)
                                         + _FIRST_WORD.match(text).group(1)))
                if pending_break:
                    append(PAGE_BREAK_IN_WORD)
            else:
                append(" " + PAGE_BREAK + " " if pending_break else " ")
        elif pending_break:
            append(PAGE_BREAK + " ")
        pending_break = False
        out.starts.append(length)
        out.numbers.append(item.number)
        append(text)
    if pending_break:
        append(" " + PAGE_BREAK)
    out.value = "".join(parts)
    return out


def _join_hyphenated(previous: str, text: str, oracle: HyphenationOracle | None) -> bool | None:
    """None: not a hyphenated wrap (join with a space); True: keep the hyphen; False: rejoin."""
    left = _LAST_WORD.search(previous)
    right = _FIRST_WORD.match(text)
    if not left or previous.endswith("--") or not right:
        if previous.endswith("-") and not previous.endswith("--") and previous[-2:-1].isalnum():
            return True  # 1931-/1934, co-/"ordinating": keep the hyphen, no space
        return None
    if oracle is None:
        return True
    return oracle.keep_hyphen(left.group(1), right.group(1))
