"""Readers, one per kind of source, and the detection of the kind from the text itself."""
from __future__ import annotations

import statistics

from edition.sources.archival_record import looks_like_archival
from edition.sources.pdf_text import is_double_spaced


def detect_kind(text: str) -> tuple[str, str]:
    """(kind, why): 'archival' (catalogue fields), 'pdf' (hard-wrapped lines) or 'web' (a paragraph a line)."""
    if looks_like_archival(text):
        return "archival", "catalogue fields such as Citation:/Summary: in its first lines"
    lines = text.split("\n")
    content = [line.strip() for line in lines if line.strip()]
    long_lines = [len(line) for line in content if len(line) > 40]
    sentence_ends = sum(1 for line in content if len(line) > 40 and line.rstrip()[-1] in ".!?:;\"”’)]")
    if is_double_spaced(lines):
        ends = sentence_ends / len(long_lines) if long_lines else 0
        if ends == 1 or (ends >= 0.6 and statistics.median(long_lines) > 90):
            return "web", "one paragraph a line, with blank lines between (lines end sentences)"
        return "pdf", "every line is followed by an empty line (PDF extraction)"
    if long_lines and sentence_ends < 0.5 * len(long_lines):  # wrapped lines mostly end mid-sentence
        median = statistics.median(long_lines)
        wrapped = sum(1 for n in long_lines if abs(n - median) < 0.25 * median) / len(long_lines)
        if median <= 110 and wrapped > 0.6 and max(long_lines) <= 1.5 * median + 20:
            return "pdf", f"hard-wrapped lines of about {int(median)} characters"
    return "web", "one paragraph a line"
