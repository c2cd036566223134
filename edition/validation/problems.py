"""A problem found in a file, located by line and column, with the rule that found it."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    path: Path
    line: int
    column: int
    severity: str = field(default="error", compare=False)  # "error" | "warning"
    message: str = ""
    rule: str = ""  # e.g. "edition-rng", "tei_all", "note-has-marker", "not-well-formed"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message} [{self.rule}]"
