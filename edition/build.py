"""Run the pipeline over many files: convert each source, report, never stop at the first bad one."""
from __future__ import annotations

import sys
from pathlib import Path

from edition.convert import convert_file
from edition.errors import EditionError
from edition.project import load_project
from edition.registers.persons import load_register

SEEDS = Path("seeds")
UNKNOWN_NAMES_REPORT = Path("build") / "reports" / "unknown-names.tsv"


def default_sources() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def convert_all(files: list[Path], output_dir: Path, reporter, kind: str | None = None, force: bool = False) -> int:
    """Convert every file into output_dir/<stem>.xml; return the number that failed."""
    if not files:
        reporter.problem(f"error: no source files (looked for {SEEDS}/*.txt)")
        return 1
    project = load_project(Path("."))
    try:
        register = load_register(project.persons_path) if project.persons_path.exists() else None
    except EditionError as exc:
        reporter.problem(str(exc))
        return len(files)
    if register is None:
        reporter.info(f"no register of persons at {project.persons_path}: persons are not linked")
    failures = 0
    unknown = []
    for source in _progress(files, reporter):
        target = output_dir / f"{source.stem}.xml"
        try:
            result = convert_file(source, target, project, kind=kind, force=force, register=register)
        except EditionError as exc:
            reporter.problem(str(exc))
            failures += 1
            continue
        for warning in result.warnings:
            reporter.problem(str(warning))
        for name in sorted(result.unknown_names, key=lambda u: u.line or 0):
            reporter.problem(f"{name.path}:{name.line}: warning: {name.name!r} looks like a person ({name.reason}) "
                             f"but is not in the register")
        unknown.extend(result.unknown_names)
        state = "written" if result.written else "unchanged"
        reporter.info(f"{source} -> {target} ({result.kind}; {state})")
        reporter.detail(f"  kind {result.kind}: {result.kind_reason}")
    _write_unknown_names(unknown, reporter)
    if failures:
        reporter.problem(f"{failures} of {len(files)} files failed")
    return failures


def _write_unknown_names(unknown, reporter) -> None:
    """A tab-separated list for the editor: file, line, name, why it looks like a person."""
    from edition.convert import write_atomically

    rows = ["file\tline\tname\treason"] + [f"{u.path}\t{u.line or ''}\t{u.name}\t{u.reason}" for u in unknown]
    write_atomically(UNKNOWN_NAMES_REPORT, ("\n".join(rows) + "\n").encode("utf-8"))
    if unknown:
        reporter.info(f"{len(unknown)} possible persons not in the register: listed in {UNKNOWN_NAMES_REPORT}")


def _progress(files: list[Path], reporter):
    """A progress bar on a terminal when there are many files; plain iteration otherwise."""
    if len(files) < 10 or not sys.stderr.isatty() or reporter.verbosity == 0:
        return files
    from rich.progress import track

    return track(files, description="Converting", transient=True, console=None)
