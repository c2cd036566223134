"""TEI files -> print-ready PDFs: one PDF per document and the book (`edition.pdf`). XSLT
(xslt/print/print.xsl) makes print HTML; WeasyPrint lays it out with xslt/print/print.css.

Safety: WeasyPrint gets a URL fetcher that serves only the edition's own print assets and
refuses everything else (file:, http(s):, data: ...), so a URL written in a source is never
fetched or read. Deterministic: dates come from SOURCE_DATE_EPOCH (or the `date` given), the
PDF identifier from the input, so the same input gives the same bytes."""
from __future__ import annotations

import hashlib
import io
import logging
import os
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from lxml import html as lxml_html

from edition import __version__
from edition.convert import write_atomically
from edition.errors import EditionError
from edition.project import Project
from edition.render.manifest import collect, write_manifest
from edition.render.xslt import XSLT_DIR, stylesheet

PRINT_DIR = XSLT_DIR / "print"
PAPERS = {"a4": "A4", "letter": "letter"}
NOTES = ("foot", "end")
#: PDF variants WeasyPrint 70 writes; the default is PDF/A-3b (archival, the TEI attached) with
#: tagged structure (pdf_tags), which PDF/UA also requires.
VARIANTS = ("pdf/a-3b", "pdf/a-3a", "pdf/ua-1", "pdf/ua-2", "none")
DEFAULT_VARIANT = "pdf/a-3b"


class RefusedURL(ValueError):
    """A URL the print edition does not fetch."""


def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class AssetFetcher(URLFetcher):
        """Serves the edition's own print assets, by exact URL, and refuses every other URL.
        `requested` records every URL WeasyPrint asked for (the tests read it)."""

        def __init__(self, assets: dict[str, tuple[bytes, str]]):
            super().__init__(timeout=1, allow_redirects=False)
            self.assets = assets
            self.requested: list[str] = []

        def fetch(self, url, headers=None):  # noqa: D102 - see the class docstring
            self.requested.append(url)
            if url not in self.assets:
                raise RefusedURL(f"the print edition fetches only its own assets, not {url[:200]!r}")
            body, content_type = self.assets[url]
            return URLFetcherResponse(url, body, {"Content-Type": content_type})

    return AssetFetcher


def asset_fetcher(extra_css: str = ""):
    """A fetcher that serves xslt/print/print.css (and `extra_css` as print-extra.css)."""
    assets = {(PRINT_DIR / "print.css").resolve().as_uri(): ((PRINT_DIR / "print.css").read_bytes(), "text/css")}
    if extra_css:
        assets[(PRINT_DIR / "print-extra.css").resolve().as_uri()] = (extra_css.encode("utf-8"), "text/css")
    return _fetcher_class()(assets)


def source_date() -> datetime:
    """The build date: SOURCE_DATE_EPOCH when set (reproducible builds), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc).replace(microsecond=0)


@dataclass
class PrintOptions:
    paper: str = "a4"
    notes: str = "foot"
    variant: str = DEFAULT_VARIANT
    date: datetime | None = None

    def __post_init__(self):
        if self.paper not in PAPERS:
            raise EditionError(f"error: unknown paper {self.paper!r} (a4 or letter)")
        if self.notes not in NOTES:
            raise EditionError(f"error: unknown notes placement {self.notes!r} (foot or end)")
        if self.variant not in VARIANTS:
            raise EditionError(f"error: unknown PDF variant {self.variant!r} ({', '.join(VARIANTS)})")


@dataclass
class Rendered:
    path: Path
    pages: int
    seconds: float
    requested: list[str] = field(default_factory=list)


@dataclass
class PrintEdition:
    output: Path
    documents: list[Rendered]
    book: Rendered | None


def build_pdfs(paths: list[Path], output: Path, project: Project, options: PrintOptions | None = None,
               book: bool = True, keep_html: bool = False) -> PrintEdition:
    """A PDF per document (`<stem>.pdf`) and the book (`edition.pdf`) in `output`."""
    options = options or PrintOptions()
    documents, registers = collect(paths)
    if not documents:
        raise EditionError("error: no TEI document to print")
    date = options.date or source_date()
    output.mkdir(parents=True, exist_ok=True)
    manifest = write_manifest(output / ".print-manifest.xml", project.title, documents, registers)
    sheet = stylesheet("print/print.xsl")
    params = {"manifest-uri": manifest.resolve().as_uri(), "edition-title": project.title,
              "edition-version": __version__, "build-date": date.date().isoformat(),
              "notes": options.notes, "print-css": "print.css"}
    try:
        rendered = []
        for file in documents:
            markup = sheet.transform(file, {**params, "stem": file.stem})
            if keep_html:
                write_atomically(output / f"{file.stem}.print.html", markup.encode("utf-8"))
            rendered.append(render_pdf(markup, output / f"{file.stem}.pdf", options, date,
                                       attachments=[file], identifier=_digest(markup, options)))
        book_result = None
        if book:
            markup = sheet.call("book", params)
            if keep_html:
                write_atomically(output / "edition.print.html", markup.encode("utf-8"))
            book_result = render_pdf(markup, output / "edition.pdf", options, date,
                                     attachments=documents + registers, identifier=_digest(markup, options),
                                     index=True)
    finally:
        manifest.unlink(missing_ok=True)
    return PrintEdition(output, rendered, book_result)


def _digest(markup: str, options: PrintOptions) -> bytes:
    return hashlib.sha256(f"{options}\n{markup}".encode("utf-8")).hexdigest()[:32].encode("ascii")


class _Warnings(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def render_pdf(markup: str, target: Path, options: PrintOptions, date: datetime,
               attachments: list[Path] = (), identifier: bytes | None = None, index: bool = False,
               fetcher=None) -> Rendered:
    """Lay out print HTML and write the PDF atomically. With `index`, a page number that an
    index entry already gives is hidden (a first layout says on which page each mention is)."""
    from weasyprint import HTML, Attachment

    started = time.perf_counter()
    extra = f"@page {{ size: {PAPERS[options.paper]}; }}" if options.paper != "a4" else ""
    if extra:
        markup = markup.replace('<link rel="stylesheet" href="print.css">',
                                '<link rel="stylesheet" href="print.css"><link rel="stylesheet" href="print-extra.css">', 1)
    fetcher = fetcher or asset_fetcher(extra)
    base_url = PRINT_DIR.resolve().as_uri() + "/"
    variant = None if options.variant == "none" else options.variant
    render_options = {"pdf_tags": True, "pdf_variant": variant}
    logger = logging.getLogger("weasyprint")
    warnings = _Warnings()
    logger.addHandler(warnings)
    try:
        document = HTML(string=markup, base_url=base_url, url_fetcher=fetcher).render(**render_options)
        for _ in range(4):  # each pass moves at least one block; rarely more than one is needed
            moved = _keep_notes_with_markers(markup, document)
            if moved is None:
                break
            markup = moved
            document = HTML(string=markup, base_url=base_url, url_fetcher=fetcher).render(**render_options)
        if index:
            deduplicated = _hide_repeated_pages(markup, document)
            if deduplicated is not None:
                document = HTML(string=deduplicated, base_url=base_url, url_fetcher=fetcher).render(**render_options)
        files = [Attachment(file_obj=io.BytesIO(path.read_bytes()), name=path.name, url_fetcher=fetcher,
                            description=f"The TEI P5 source of this PDF: {path.name}",
                            created=date, modified=date, relationship="Source")
                 for path in attachments]
        data = document.write_pdf(attachments=files or None, pdf_identifier=identifier, **render_options)
    finally:
        logger.removeHandler(warnings)
    write_atomically(target, data)
    return Rendered(target, len(document.pages), time.perf_counter() - started, list(fetcher.requested))


def _pages_of_anchors(document) -> dict[str, int]:
    page_of: dict[str, int] = {}
    for number, page in enumerate(document.pages, 1):
        for anchor in page.anchors:
            page_of.setdefault(anchor, number)
    return page_of


BLOCKS = {"p", "blockquote", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd"}


def _keep_notes_with_markers(markup: str, document) -> str | None:
    """WeasyPrint 70 sometimes sets a footnote on the page after its call when the call stands
    near the foot of a full page (in a block quotation, say). Such a block is moved to the next
    page (`break-before: page`), together with its note: a note is always on its marker's page."""
    page_of = _pages_of_anchors(document)
    tree = lxml_html.document_fromstring(markup)
    moved = False
    for note in tree.find_class("footnote"):
        anchor = note.getprevious()
        if anchor is None or "noteref-anchor" not in (anchor.get("class") or ""):
            continue
        marker_page, note_page = page_of.get(anchor.get("id")), page_of.get(note.get("id"))
        if marker_page is None or note_page is None or marker_page == note_page:
            continue
        block = next((e for e in anchor.iterancestors() if e.tag in BLOCKS), None)
        if block is None or "keep-with-note" in (block.get("class") or ""):
            continue
        block.set("class", ((block.get("class") or "") + " keep-with-note").strip())
        moved = True
    if not moved:
        return None
    return lxml_html.tostring(tree, doctype="<!DOCTYPE html>", encoding="unicode")


def _hide_repeated_pages(markup: str, document) -> str | None:
    """Put the page references of each index entry in the order of their pages (a mention in a
    note may come after the text in the TEI but before it on paper) and mark `dup` a reference
    to a page already given: each page is named once ("12, 14", not "12, 12, 14")."""
    page_of = _pages_of_anchors(document)
    tree = lxml_html.document_fromstring(markup)
    changed = False
    for entry in tree.find_class("ix-entry"):
        links = entry.find_class("ix-page")
        if not links:
            continue
        parent, start = links[0].getparent(), links[0].getparent().index(links[0])
        ordered = sorted(links, key=lambda link: page_of.get(link.get("href", "")[1:], 0))
        seen = set()
        for link in links:
            parent.remove(link)
        for offset, link in enumerate(ordered):
            page = page_of.get(link.get("href", "")[1:])
            if page in seen:
                link.set("class", link.get("class") + " dup")
            seen.add(page)
            link.tail = None
            parent.insert(start + offset, link)
        changed = True
    if not changed:
        return None
    return lxml_html.tostring(tree, doctype="<!DOCTYPE html>", encoding="unicode")
