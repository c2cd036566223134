"""The `edition` command: a thin click group; each command calls one API function."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from edition import __version__
from edition.build import convert_all, default_sources
from edition.errors import EditionError
from edition.model import KINDS
from edition.validation.report import FORMATS


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
    """Build the whole edition from seeds/: convert to TEI, then validate it (our schema, our
    Schematron rules and tei_all).

    \b
    Example:
      edition build
    """
    from edition.validation.report import summary
    from edition.validation.runner import Options, validate_paths

    failures = convert_all(default_sources(), output_dir, reporter, force=force)
    if failures:
        sys.exit(1)
    report = validate_paths([output_dir], Options(tei_all=True))
    for problem in report.problems:
        reporter.problem(str(problem))
    reporter.info(summary(report))
    if report.errors:
        sys.exit(1)
    from edition.project import load_project
    from edition.render.html import build_site

    site = build_site([output_dir], Path("build") / "html", load_project(Path(".")))
    reporter.info(f"wrote the web edition: {len(site.pages)} pages in build/html")
    from edition.render.pdf import build_pdfs

    prints = build_pdfs([output_dir], Path("build") / "pdf", load_project(Path(".")))
    reporter.info(f"wrote the print edition: {len(prints.documents)} PDFs and the book in build/pdf")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("build") / "html", show_default=True, help="Folder for the web edition.")
@click.option("--base-url", default="", help="Where the site will be published (for citation URLs).")
@click.option("--css", "custom_css", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A stylesheet of your own, loaded after the edition's (change the look without XSLT).")
@click.pass_obj
def html(reporter: Reporter, paths: tuple[Path, ...], output_dir: Path, base_url: str, custom_css: Path | None) -> None:
    """Make the static web edition from TEI files or folders (default: tei/): a page per
    document, the index, the register of persons, About and search.

    \b
    Example:
      edition html                      # tei/ -> build/html/
      edition html tei/ -o site --css ours.css --base-url https://example.org/edition/
    """
    from edition.render.html import build_site
    from edition.project import load_project

    if not paths and not Path("tei").is_dir():
        raise click.UsageError("no PATH given and no tei/ folder here")
    site = build_site(list(paths) or [Path("tei")], output_dir, load_project(Path(".")), base_url=base_url,
                      custom_css=custom_css)
    reporter.info(f"wrote {len(site.pages)} pages to {output_dir}")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("build") / "pdf", show_default=True, help="Folder for the PDFs.")
@click.option("--paper", type=click.Choice(["a4", "letter"]), default="a4", show_default=True,
              help="Paper size: A4 or US Letter.")
@click.option("--notes", type=click.Choice(["foot", "end"]), default="foot", show_default=True,
              help="Notes at the foot of the page of their marker, or kept as endnotes after each text.")
@click.option("--pdf-variant", type=click.Choice(["pdf/a-3b", "pdf/a-3a", "pdf/ua-1", "pdf/ua-2", "none"]),
              default="pdf/a-3b", show_default=True,
              help="The PDF standard to write (always tagged; PDF/A embeds the TEI as an attachment).")
@click.option("--no-book", is_flag=True, help="Only the PDF of each document, not the book.")
@click.option("--keep-html", is_flag=True, help="Also keep the print HTML (<stem>.print.html) beside the PDFs.")
@click.pass_obj
def pdf(reporter: Reporter, paths: tuple[Path, ...], output_dir: Path, paper: str, notes: str,
        pdf_variant: str, no_book: bool, keep_html: bool) -> None:
    """Make the print edition from TEI files or folders (default: tei/): a PDF per document
    (DIR/<stem>.pdf) and the book of the whole edition (DIR/edition.pdf: title page, editorial
    statement, contents, the documents, an index of persons with page numbers).

    \b
    Example:
      edition pdf                          # tei/ -> build/pdf/
      edition pdf tei/ -o print --paper letter --notes end
    """
    from edition.project import load_project
    from edition.render.pdf import PrintOptions, build_pdfs

    if not paths and not Path("tei").is_dir():
        raise click.UsageError("no PATH given and no tei/ folder here")
    result = build_pdfs(list(paths) or [Path("tei")], output_dir, load_project(Path(".")),
                        PrintOptions(paper=paper, notes=notes, variant=pdf_variant),
                        book=not no_book, keep_html=keep_html)
    for item in result.documents + ([result.book] if result.book else []):
        reporter.detail(f"{item.path}: {item.pages} pages in {item.seconds:.1f} s")
    reporter.info(f"wrote {len(result.documents)} PDFs{' and the book' if result.book else ''} to {output_dir}")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--tei-all", is_flag=True, help="Also check conformance to the official tei_all schema "
                                               "(jing when Java is present, else lxml).")
@click.option("--schema", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Another RELAX NG schema instead of the edition's own.")
@click.option("--no-schematron", is_flag=True, help="Skip the edition's Schematron rules.")
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="text (default), json, junit (JUnit XML for CI servers) or github (workflow "
                   "annotations; the default when GITHUB_ACTIONS is set).")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), help="Worker processes for large folders.")
@click.pass_obj
def validate(reporter: Reporter, paths: tuple[Path, ...], tei_all: bool, schema: Path | None,
             no_schematron: bool, fmt: str | None, jobs: int | None) -> None:
    """Validate TEI files or folders (default: tei/) against the edition's RELAX NG schema and
    Schematron rules. Problems go to stdout as file:line:column: error|warning: message [rule];
    a summary goes to stderr. Exit 0 when valid, 1 when not, 2 for a usage error.

    \b
    Example:
      edition validate                       # tei/
      edition validate tei/ --tei-all --format junit > validation.xml
    """
    from edition.validation.report import render, summary
    from edition.validation.runner import Options, validate_paths

    if not paths and not Path("tei").is_dir():
        raise click.UsageError("no PATH given and no tei/ folder here")
    fmt = fmt or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    report = validate_paths(list(paths) or [Path("tei")],
                            Options(tei_all=tei_all, schema=schema, schematron=not no_schematron, jobs=jobs))
    click.echo(render(report, fmt), nl=False)
    reporter.info(summary(report))
    sys.exit(1 if report.errors else 0)


def run() -> None:
    try:
        main()
    except EditionError as exc:
        click.echo(str(exc), err=True)
        sys.exit(exc.exit_code)
