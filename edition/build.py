"""Run the pipeline over many files: convert each source, report, never stop at the first bad one."""
from __future__ import annotations

import sys
from pathlib import Path

from edition.convert import convert_file
from edition.errors import EditionError
from edition.project import load_project

SEEDS = Path("seeds")


def default_sources() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def convert_all(files: list[Path], output_dir: Path, reporter, kind: str | None = None, force: bool = False) -> int:
    """Convert every file into output_dir/<stem>.xml; return the number that failed."""
    if not files:
        reporter.problem(f"error: no source files (looked for {SEEDS}/*.txt)")
        return 1
    project = load_project(Path("."))
    failures = 0
    for source in _progress(files, reporter):
        target = output_dir / f"{source.stem}.xml"
        try:
            result = convert_file(source, target, project, kind=kind, force=force)
        except EditionError as exc:
            reporter.problem(str(exc))
            failures += 1
            continue
        for warning in result.warnings:
            reporter.problem(str(warning))
        state = "written" if result.written else "unchanged"
        reporter.info(f"{source} -> {target} ({result.kind}; {state})")
        reporter.detail(f"  kind {result.kind}: {result.kind_reason}")
    if failures:
        reporter.problem(f"{failures} of {len(files)} files failed")
    return failures


def _progress(files: list[Path], reporter):
    """A progress bar on a terminal when there are many files; plain iteration otherwise."""
    if len(files) < 10 or not sys.stderr.isatty() or reporter.verbosity == 0:
        return files
    from rich.progress import track

    return track(files, description="Converting", transient=True, console=None)
