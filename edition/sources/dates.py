"""Dates as printed ("April 5, 1956", "31 March 1956", "1956-04-05") -> ISO 8601."""
from __future__ import annotations

import re

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_M = "(" + "|".join(MONTHS) + ")"
_PATTERNS = [
    (re.compile(rf"\b{_M}\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I), ("month", "day", "year")),
    (re.compile(rf"\b(\d{{1,2}})\s+{_M},?\s+(\d{{4}})\b", re.I), ("day", "month", "year")),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("year", "month", "day")),
]
DATE_LINE = re.compile(rf"^\s*(?:{_M}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_M},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\s*$", re.I)


def iso_date(text: str) -> str | None:
    """The first full date in `text`, as YYYY-MM-DD, or None."""
    found = []
    for regex, order in _PATTERNS:
        match = regex.search(text)
        if match:
            parts = dict(zip(order, match.groups()))
            month = parts["month"]
            month = MONTHS[month.lower()] if not month.isdigit() else int(month)
            found.append((match.start(), f"{int(parts['year']):04d}-{month:02d}-{int(parts['day']):02d}"))
    return min(found)[1] if found else None
