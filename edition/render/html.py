"""TEI files -> the static web edition: a page per document, the index, the register of
persons with a page per person, About, and a search page with a static index (pagefind).

Stylesheets are compiled once per build; every page is written atomically; the site works
from any plain web server, and everything but search works when opened from disk."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from edition import __version__
from edition.convert import write_atomically
from edition.errors import EditionError
from edition.project import Project
from edition.render.manifest import collect, write_manifest
from edition.render.xslt import XSLT_DIR, stylesheet
from edition.tei.ns import TEI_NS

_NS = {"tei": TEI_NS}


@dataclass
class Site:
    output: Path
    pages: list[Path]


def build_date() -> str:
    """The date pages give for "how to cite": SOURCE_DATE_EPOCH when set (reproducible builds), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return moment.date().isoformat()


def build_site(paths: list[Path], output: Path, project: Project, date: str | None = None,
               base_url: str = "", custom_css: Path | None = None) -> Site:
    """The whole site in `output`; `custom_css` is copied in and loaded after the edition's CSS."""
    documents, registers = collect(paths)
    output.mkdir(parents=True, exist_ok=True)
    manifest = write_manifest(output / ".manifest.xml", project.title, documents, registers)
    sheet = stylesheet("html/html.xsl")
    common = {"manifest-uri": manifest.resolve().as_uri(), "edition-title": project.title,
              "edition-version": __version__, "build-date": date if date is not None else build_date(),
              "base-url": base_url,
              "custom-css": "css/custom.css" if custom_css else ""}
    pages: list[Path] = []

    def page(relative: str, markup: str) -> None:
        target = output / relative
        write_atomically(target, markup.encode("utf-8"))
        pages.append(target)

    for file in documents:
        page(f"{file.stem}.html", sheet.transform(file, {**common, "stem": file.stem, "root": ""}))
    for name in ("index", "register", "about", "search"):
        page(f"{'persons' if name == 'register' else name}.html", sheet.call(name, {**common, "root": ""}))
    for person_id in _persons_mentioned(documents, registers):
        page(f"persons/{person_id}.html", sheet.call("person", {**common, "root": "../", "person-id": person_id}))
    _copy_assets(output, documents + registers)
    if custom_css:
        shutil.copyfile(custom_css, output / "css" / "custom.css")
    manifest.unlink()
    _index_for_search(output)
    return Site(output, pages)


def _persons_mentioned(documents: list[Path], registers: list[Path]) -> list[str]:
    """The persons that get a page: those a document names, known to a register or its standOff."""
    known = {p for f in registers + documents
             for p in etree.parse(str(f)).xpath("//tei:listPerson/tei:person/@xml:id", namespaces=_NS)}
    used: dict[str, None] = {}
    for file in documents:
        for ref in etree.parse(str(file)).xpath("/tei:TEI/*[not(self::tei:standOff)]//tei:persName/@ref",
                                                namespaces=_NS):
            if ref.lstrip("#") in known:
                used[ref.lstrip("#")] = None
    return sorted(used)


def _copy_assets(output: Path, tei_files: list[Path]) -> None:
    for folder in ("css", "js"):
        target = output / folder
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(XSLT_DIR / folder, target)
    (output / "tei").mkdir(exist_ok=True)
    for file in tei_files:
        shutil.copyfile(file, output / "tei" / file.name)


def _index_for_search(output: Path) -> None:
    """A static search index of the documents' text (the pages mark it with data-pagefind-body),
    built offline by pagefind; the search page links each hit to its paragraph."""
    result = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(output), "--quiet"],
                            capture_output=True, text=True, check=False)
    if result.returncode:
        raise EditionError(f"{output}: error: the search index could not be built: "
                           f"{(result.stderr or result.stdout).strip()}")
