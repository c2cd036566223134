"""A web article saved as text -> `SourceBlock`s: one paragraph (or heading) a line."""
from __future__ import annotations

from edition.sources.layout import Line, SourceBlock


def read_web_article(text: str) -> list[SourceBlock]:
    return [SourceBlock([Line(number, line)])
            for number, line in enumerate(text.split("\n"), start=1) if line.strip()]
