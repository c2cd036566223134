"""The `edition` command: a thin click group; each command calls one API function."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from edition import __version__
from edition.build import convert_all, default_sources
from edition.errors import EditionError
from edition.model import KINDS


class Reporter:
    """Messages to stderr at the chosen verbosity; data (none yet) to stdout."""

    def __init__(self, verbosity: int):
        self.verbosity = verbosity

    def info(self, message: str) -> None:
        if self.verbosity >= 1:
            click.echo(message, err=True)

    def detail(self, message: str) -> None:
        if self.verbosity >= 2:
            click.echo(message, err=True)

    def problem(self, message: str) -> None:
        click.echo(message, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="edition")
@click.option("-q", "--quiet", is_flag=True, help="Only errors and warnings.")
@click.option("-v", "--verbose", count=True, help="More detail (-vv: every decision).")
@click.pass_context
def main(ctx: click.Context, quiet: bool, verbose: int) -> None:
    """Turn plain-text transcriptions into a TEI P5 digital edition.

    \b
    Example:
      edition build                 # seeds/*.txt -> tei/*.xml, then validate
      edition convert my.txt -o out # one file, kind detected from the text
    """
    ctx.obj = Reporter(0 if quiet else 1 + verbose)


@main.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("tei"), show_default=True, help="Folder for the TEI files.")
@click.option("--kind", type=click.Choice(KINDS), help="The kind of source, instead of detecting it.")
@click.option("--force", is_flag=True, help="Overwrite TEI files that were edited by hand.")
@click.pass_obj
def convert(reporter: Reporter, sources: tuple[Path, ...], output_dir: Path, kind: str | None, force: bool) -> None:
    """Convert plain-text SOURCES (default: seeds/*.txt) into TEI files DIR/<stem>.xml.

    The kind of each source (pdf, web, archival) is detected from its text; a metadata file
    <stem>.toml beside a source adds what the text cannot say (title, author, licence...).

    \b
    Example:
      edition convert                                   # seeds/*.txt -> tei/
      edition convert notes/record.txt -o out --kind archival
    """
    files = list(sources) or default_sources()
    failures = convert_all(files, output_dir, reporter, kind=kind, force=force)
    if failures:
        sys.exit(1)


@main.command()
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("tei"), show_default=True, help="Folder for the TEI files.")
@click.option("--force", is_flag=True, help="Overwrite TEI files that were edited by hand.")
@click.pass_obj
def build(reporter: Reporter, output_dir: Path, force: bool) -> None:
    """Build the whole edition from seeds/: convert to TEI, then validate against tei_all.

    \b
    Example:
      edition build
    """
    from edition.validation.tei_all import validate_tei_all

    failures = convert_all(default_sources(), output_dir, reporter, force=force)
    if failures:
        sys.exit(1)
    targets = sorted(output_dir.glob("*.xml"))
    try:
        problems = validate_tei_all(targets)
    except EditionError as exc:
        reporter.problem(f"error: {exc}")
        sys.exit(1)
    for problem in problems:
        reporter.problem(str(problem))
    reporter.info(f"validated {len(targets)} TEI files against tei_all: {len(problems)} errors")
    if problems:
        sys.exit(1)


def run() -> None:
    try:
        main()
    except EditionError as exc:
        click.echo(str(exc), err=True)
        sys.exit(exc.exit_code)
