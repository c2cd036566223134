"""Inline recognizers: a regular expression and a handler that turns a match into model nodes.

`InlineProcessor` scans running text for the earliest match of any registered pattern (ties go
to the higher priority), so patterns never see text another pattern already consumed. Handlers
may process the inside of their match again (bold inside brackets, brackets inside bold).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from edition import model
from edition.recognize.registry import Registry
from edition.sources.unwrap import PAGE_BREAK, PAGE_BREAK_IN_WORD, RunningText


@dataclass
class InlineContext:
    """What a handler may need: the running text (for lines), the document, the page numbers."""

    running: RunningText
    document: model.Document
    in_note: bool = False
    page_numbers: list[str | None] = field(default_factory=list)

    def line_at(self, offset: int) -> int | None:
        return self.running.line_at(offset)


@dataclass
class InlinePattern:
    name: str
    regex: re.Pattern
    handle: Callable[[re.Match, InlineContext, "InlineProcessor"], list[model.Inline]]


class InlineProcessor:
    def __init__(self, patterns: Registry[InlinePattern]):
        self.patterns = list(patterns)

    def process(self, text: str, ctx: InlineContext, offset: int = 0) -> list[model.Inline]:
        """Nodes for `text`, which starts at `offset` in `ctx.running.value`."""
        nodes: list[model.Inline] = []
        position = 0
        while position < len(text):
            best: tuple[re.Match, InlinePattern] | None = None
            for pattern in self.patterns:
                match = pattern.regex.search(text, position)
                if match and (best is None or match.start() < best[0].start()):
                    best = (match, pattern)
            if best is None:
                break
            match, pattern = best
            if match.start() > position:
                nodes.append(text[position:match.start()])
            shifted = _Shifted(match, offset)
            nodes.extend(pattern.handle(shifted, ctx, self))
            position = match.end() if match.end() > match.start() else match.end() + 1
        if position < len(text):
            nodes.append(text[position:])
        return _merge_strings(nodes)


class _Shifted:
    """A match whose `start()` is an offset into the running text (for line numbers)."""

    def __init__(self, match: re.Match, offset: int):
        self._match, self._offset = match, offset

    def group(self, *args):
        return self._match.group(*args)

    def start(self, group: int | str = 0) -> int:
        return self._match.start(group) + self._offset

    def end(self, group: int | str = 0) -> int:
        return self._match.end(group) + self._offset


def _merge_strings(nodes: list[model.Inline]) -> list[model.Inline]:
    merged: list[model.Inline] = []
    for node in nodes:
        if isinstance(node, str) and merged and isinstance(merged[-1], str):
            merged[-1] += node
        elif node != "":
            merged.append(node)
    return merged


def page_break_pattern() -> InlinePattern:
    def handle(match, ctx: InlineContext, processor):
        n = ctx.page_numbers.pop(0) if ctx.page_numbers else None
        in_word = PAGE_BREAK_IN_WORD in match.group(0)
        return [model.PageBreak(n=n, in_word=in_word, line=ctx.line_at(match.start()))]

    return InlinePattern("page-break", re.compile(f" ?[{PAGE_BREAK}{PAGE_BREAK_IN_WORD}] ?"), _keep_space(handle))


def _keep_space(handle):
    """A page break between two words keeps one space (after the `pb`) so words stay apart."""
    def wrapped(match, ctx, processor):
        nodes = handle(match, ctx, processor)
        text = match.group(0)
        return nodes + ([" "] if text.startswith(" ") or text.endswith(" ") else [])
    return wrapped
