"""Build the print edition once per test session (tei/ -> a temporary folder) and read it back."""
from __future__ import annotations

import pytest

from .pdf_support import FIXED_DATE, ROOT, TEI, ReadPdf, read_pdf

from edition.project import load_project
from edition.render.pdf import PrintOptions, build_pdfs

@pytest.fixture(scope="session")
def edition_pdfs(tmp_path_factory):
    output = tmp_path_factory.mktemp("pdf")
    result = build_pdfs([TEI], output, load_project(ROOT), PrintOptions(date=FIXED_DATE), keep_html=True)
    return result


@pytest.fixture(scope="session")
def book(edition_pdfs) -> ReadPdf:
    return read_pdf(edition_pdfs.book.path)


@pytest.fixture(scope="session")
def documents(edition_pdfs) -> dict[str, ReadPdf]:
    return {item.path.stem: read_pdf(item.path) for item in edition_pdfs.documents}
