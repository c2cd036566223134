"""Find words in quotation marks, straight or curly, nested ‘…’ inside “…”, without taking an
apostrophe (Stalin's, it’s, the Soviets’ plans) for a quotation mark.

`QuoteFinder` has the `search(text, pos)` of a compiled regex, so the inline processor treats it
like any pattern; the marks become `Quoted(marks=...)`, classified later by a transform.
"""
from __future__ import annotations

from edition import model
from edition.recognize.inline import InlineContext, InlinePattern, InlineProcessor

# opening mark -> (closing mark, the name recorded in @rend)
MARKS = {"“": ("”", "double-curly"), "‘": ("’", "single-curly"), "„": ("“", "double-low"),
         '"': ('"', "double-straight"), "'": ("'", "single-straight"), "«": ("»", "guillemets")}
_BEFORE_OPENING = set(" \t\n([{—–-/\ue000") | set(MARKS)


class QuoteMatch:
    """What `re.Match` offers the inline processor: the whole quotation and its inside (group 1)."""

    def __init__(self, text: str, start: int, end: int):
        self._text, self._start, self._end = text, start, end  # end: index of the closing mark

    def group(self, index: int = 0) -> str:
        return self._text[self._start:self._end + 1] if index == 0 else self._text[self._start + 1:self._end]

    def start(self, index: int = 0) -> int:
        return self._start if index == 0 else self._start + 1

    def end(self, index: int = 0) -> int:
        return self._end + 1 if index == 0 else self._end


class QuoteFinder:
    """An opening mark with its closing mark; a mark that never closes stays text (and is
    reported by the quotation transform)."""

    def search(self, text: str, pos: int = 0) -> QuoteMatch | None:
        for i in range(pos, len(text)):
            if text[i] in MARKS and _opens(text, i):
                close = _closing(text, i)
                if close is not None and not text[i + 1:close].isdigit():  # "5" April 1956: a date
                    return QuoteMatch(text, i, close)
        return None


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    if text[i] in "'‘":  # a single mark after a letter is an apostrophe or a closing mark
        return before in _BEFORE_OPENING and (after.isalpha() or after in "“\"")
    if text[i] == '"':
        return before in _BEFORE_OPENING
    return not before.isalnum()


def _closes(text: str, j: int, mark: str) -> bool:
    before = text[j - 1]
    after = text[j + 1] if j + 1 < len(text) else " "
    if before.isspace():
        return False
    if mark in "’'" and after.isalpha():
        return False  # it’s, Stalin's: an apostrophe
    return not after.isalnum()


def _closing(text: str, i: int) -> int | None:
    mark, _ = MARKS[text[i]]
    depth = 0
    for j in range(i + 1, len(text)):
        c = text[j]
        if c == mark and _closes(text, j, mark) and (mark != text[i] or j > i + 1):
            if depth == 0:
                return j
            depth -= 1
        elif c == text[i] and mark != text[i] and _opens(text, j):
            depth += 1  # the same kind of quotation opens inside (“ … “ … ” … ”)
    return None


def quote_pattern() -> InlinePattern:
    finder = QuoteFinder()

    def handle(match, ctx: InlineContext, processor: InlineProcessor):
        opening = match.group(0)[0]
        inner = processor.process(match.group(1), ctx, match.start(1))
        return [model.Quoted(children=inner, marks=MARKS[opening][1], line=ctx.line_at(match.start()))]

    return InlinePattern("quotation", finder, handle)
