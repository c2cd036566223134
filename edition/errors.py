"""User errors (bad input, refused overwrite) as opposed to bugs: the CLI turns these into
one clear message and an exit code, never a traceback."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class EditionError(Exception):
    """An error the user can act on; `exit_code` is what the CLI exits with."""

    exit_code = 1


class SourceError(EditionError):
    """Something wrong in a source file, located by file and line (1-based) when known."""

    def __init__(self, path: Path | str, message: str, line: int | None = None, column: int | None = None):
        self.path = Path(path)
        self.line = line
        self.column = column
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: error: {self.message}"


class OverwriteRefused(EditionError):
    """The target TEI file was edited by hand after it was generated."""


@dataclass(frozen=True)
class SourceWarning:
    """A problem worth telling the editor about that does not stop the conversion."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else str(self.path)
        return f"{where}: warning: {self.message}"
