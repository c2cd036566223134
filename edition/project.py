"""Edition-wide settings (`[tool.edition]` in the project's pyproject.toml): who publishes the
edition and under which licence the encoding is made available. The sources' rights stay theirs."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from edition.errors import SourceError


@dataclass(frozen=True)
class Project:
    title: str = "A digital edition"
    publisher: str = "The editors of this edition"
    licence: str | None = None
    licence_url: str | None = None
    persons: str = "tei/persons.xml"  # the register of persons, relative to the project root
    root: Path = Path(".")

    @property
    def persons_path(self) -> Path:
        return self.root / self.persons


def load_project(root: Path = Path(".")) -> Project:
    path = root / "pyproject.toml"
    if not path.exists():
        return Project(root=root)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {}).get("edition", {})
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(path, f"not valid TOML: {exc}", line=getattr(exc, "lineno", None)) from None
    known = {"title", "publisher", "licence", "licence_url", "persons"}
    unknown = set(data) - known
    if unknown:
        raise SourceError(path, f"unknown keys in [tool.edition]: {', '.join(sorted(unknown))}")
    return Project(root=root, **{k: str(v) for k, v in data.items()})
