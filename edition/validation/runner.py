"""Validate files and folders: every schema compiled once per run (once per worker process
when a large folder is validated in parallel), problems sorted by file, line and column."""
from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from edition.validation.edition_wide import Entries, entries
from edition.validation.edition_wide import check as check_edition
from edition.validation.parse import parse_for_validation
from edition.validation.problems import Problem

PARALLEL_FROM = 24  # files; below this, starting worker processes costs more than it saves


@dataclass(frozen=True)
class Options:
    tei_all: bool = False
    schema: Path | None = None      # another RELAX NG instead of ours
    schematron: bool = True
    jobs: int | None = None         # worker processes; None: as many as useful


@dataclass
class Report:
    files: list[Path]
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if p.severity == "warning")


def collect_files(paths: list[Path]) -> list[Path]:
    """Files as given, and every *.xml below each folder, sorted, each once."""
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(path.rglob("*.xml")) if path.is_dir() else [path])
    return list(dict.fromkeys(found))


class FileValidator:
    """The compiled validators of one run."""

    def __init__(self, options: Options):
        from edition.validation.relaxng import EDITION_SCHEMA, RelaxNGValidator

        self.options = options
        self.relaxng = RelaxNGValidator(options.schema or EDITION_SCHEMA,
                                        "schema" if options.schema else "edition-rng")
        self.schematron = None
        if options.schematron:
            from edition.validation.schematron import SchematronValidator

            self.schematron = SchematronValidator()
        self.tei_all = None
        if options.tei_all and not _jing_usable():
            from edition.validation.relaxng import RelaxNGValidator as _R
            from edition.validation.tei_all import tei_all_schema

            self.tei_all = _R(tei_all_schema(), "tei_all")

    def validate(self, path: Path) -> tuple[list[Problem], Entries | None]:
        """(problems, register entries for the edition-wide checks; None when it did not parse)."""
        tree, problems = parse_for_validation(path)
        if tree is None:
            return problems, None
        problems = self.relaxng.validate(tree, path)
        if self.schematron is not None:
            problems += self.schematron.validate(tree, path)
        if self.tei_all is not None:
            problems += self.tei_all.validate(tree, path)
        return problems, entries(tree)


def _jing_usable() -> bool:
    from edition.validation.tei_all import jing_available

    return jing_available()


_worker: FileValidator | None = None


def _start_worker(options: Options) -> None:
    global _worker
    _worker = FileValidator(options)


def _validate_in_worker(path: Path) -> tuple[list[Problem], Entries | None]:
    return _worker.validate(path)


def validate_paths(paths: list[Path], options: Options = Options()) -> Report:
    started = time.perf_counter()
    files = collect_files(paths)
    report = Report(files)
    jobs = options.jobs or min(os.cpu_count() or 1, 8)
    if len(files) >= PARALLEL_FROM and jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(options,)) as pool:
            results = list(pool.map(_validate_in_worker, files, chunksize=max(1, len(files) // (jobs * 4))))
    else:
        validator = FileValidator(options)
        results = [validator.validate(path) for path in files]
    parsed = []
    for path, (problems, found) in zip(files, results):
        report.problems.extend(problems)
        if found is not None:
            parsed.append((path, found))
    report.problems.extend(check_edition([(path, found) for path, found in parsed]))
    parsed = [path for path, _ in parsed]
    if options.tei_all and _jing_usable():
        from edition.validation.tei_all import validate_with_jing

        report.problems.extend(validate_with_jing(parsed))
    report.problems.sort()
    report.seconds = time.perf_counter() - started
    return report
