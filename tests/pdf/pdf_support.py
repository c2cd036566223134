"""Helpers of the PDF tests: where things are, and a PDF read back per page."""
from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("weasyprint")


ROOT = Path(__file__).resolve().parents[2]
TEI = ROOT / "tei"
ARTIFACTS = ROOT / "tests" / "artifacts" / "pdf"
FIXED_DATE = datetime(2024, 5, 1, tzinfo=timezone.utc)

if not shutil.which("pdftotext"):
    pytest.skip("poppler-utils (pdftotext, pdffonts, pdftoppm) is not installed", allow_module_level=True)


@dataclass
class ReadPdf:
    """A PDF read back: the text of each page (1-based list index 0 = page 1) and its named
    destinations (the ids of the print HTML) with their page numbers (1-based)."""
    path: Path
    pages: list[str]
    dests: dict[str, int]
    reader: "pypdf.PdfReader"

    def page_of(self, anchor: str) -> int:
        return self.dests[anchor]


def read_pdf(path: Path) -> ReadPdf:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")
    reader = pypdf.PdfReader(str(path))
    dests = {name: reader.get_destination_page_number(dest) + 1 for name, dest in reader.named_destinations.items()}
    return ReadPdf(path, pages, dests, reader)


def squash(text: str) -> str:
    """Text without white space and hyphens (pdftotext breaks and hyphenates lines)."""
    return re.sub(r"[\s\-\u2010\u00ad]+", "", text)


