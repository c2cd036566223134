"""The print edition read back from its PDFs: notes on the page of their marker, the table of
contents and the index of persons point to the right pages, fonts embedded, metadata, nothing
outside the page, no URL of a source fetched, the same bytes twice."""
from __future__ import annotations

import re
import subprocess

import pytest
from lxml import etree

from edition.project import load_project
from edition.render.pdf import PRINT_DIR, PrintOptions, build_pdfs

from .pdf_support import ARTIFACTS, FIXED_DATE, ROOT, TEI, read_pdf, squash

NS = {"tei": "http://www.tei-c.org/ns/1.0"}
DOCUMENTS = sorted(p.stem for p in TEI.glob("*.xml") if p.stem != "persons")


def tei(stem: str) -> etree._ElementTree:
    return etree.parse(str(TEI / f"{stem}.xml"))


def notes_with_markers(stem: str):
    """(note id, marker id, first words of the note) for every note a marker points to."""
    tree = tei(stem)
    for note in tree.xpath("//tei:note[@place = ('foot', 'end')]".replace("('foot', 'end')", "'foot' or @place = 'end'"),
                           namespaces=NS):
        markers = tree.xpath(f"//tei:ref[@type = 'noteAnchor'][@target = '#{note.get('{http://www.w3.org/XML/1998/namespace}id')}']",
                             namespaces=NS)
        if markers:
            words = " ".join(" ".join(note.itertext()).split()[:6])
            yield note.get("{http://www.w3.org/XML/1998/namespace}id"), markers[0].get("{http://www.w3.org/XML/1998/namespace}id"), words


@pytest.mark.parametrize("stem", [s for s in DOCUMENTS if any(notes_with_markers(s))])
def test_every_footnote_is_on_the_page_of_its_marker(documents, book, stem):
    notes = list(notes_with_markers(stem))
    assert notes
    for pdf, prefix in ((documents[stem], stem), (book, stem)):
        for note_id, marker_id, words in notes:
            marker_page = pdf.page_of(f"{prefix}.{marker_id}")
            note_page = pdf.page_of(f"{prefix}.{note_id}")
            assert note_page == marker_page, f"{pdf.path.name}: note {note_id} on p. {note_page}, marker on p. {marker_page}"
            assert squash(words) in squash(pdf.pages[marker_page - 1]), \
                f"{pdf.path.name}: the text of {note_id} ({words!r}) is not on p. {marker_page}"


def test_the_table_of_contents_gives_the_page_where_each_document_begins(book):
    contents = next(i for i, text in enumerate(book.pages) if text.lstrip().startswith("Contents"))
    toc = " ".join(book.pages[contents].split())
    for stem in DOCUMENTS:
        title = " ".join("".join(tei(stem).xpath("(//tei:titleStmt/tei:title)[1]//text()", namespaces=NS)).split())
        last_words = " ".join(title.split()[-2:])
        match = re.search(re.escape(last_words) + r"[\s.]*?(\d+)", toc)
        assert match, f"{title!r} is not in the table of contents: {toc!r}"
        printed = int(match.group(1))
        assert printed == book.page_of(f"{stem}.title"), f"{title}: the contents say p. {printed}"
        assert squash(title[:40]) in squash(book.pages[printed - 1])
    printed_index = int(re.search(r"Index of persons[\s.]*?(\d+)", toc).group(1))
    assert book.pages[printed_index - 1].lstrip().startswith("Index of persons")


def index_entries(edition_pdfs):
    """(heading, [mention ids]) of every entry of the index in the book's print HTML."""
    from lxml import html

    tree = html.parse(str(edition_pdfs.book.path.with_name("edition.print.html")))
    for entry in tree.getroot().find_class("ix-entry"):
        links = [a.get("href")[1:] for a in entry.find_class("ix-page")]
        if links:
            yield entry.find_class("ix-name")[0].text_content(), links


def test_the_index_of_persons_gives_every_page_of_every_mention(edition_pdfs, book):
    index_start = next(i for i, text in enumerate(book.pages) if text.lstrip().startswith("Index of persons"))
    index = " ".join(" ".join(book.pages[index_start:]).split())
    entries = list(index_entries(edition_pdfs))
    assert len(entries) > 20
    mentions = sum(len(links) for _, links in entries)
    expected_mentions = sum(len(tei(stem).xpath("/tei:TEI/tei:text//tei:persName[@ref]", namespaces=NS)) for stem in DOCUMENTS)
    assert mentions == expected_mentions
    for heading, links in entries:
        expected = sorted({book.page_of(link) for link in links})
        match = re.search(re.escape(heading) + r"(?: \([^)]*\))? ((?:\d+, )*\d+)", index)
        assert match, f"{heading!r} is not in the index"
        printed = [int(n) for n in match.group(1).split(", ")]
        assert printed == expected, f"{heading}: the index says {printed}, the mentions are on {expected}"
        # and the name is really on those pages (or in a note on them)
    # a variant that sorts elsewhere refers to the register's preferred form
    person = etree.parse(str(TEI / "persons.xml")).xpath("//tei:person[@xml:id = 'person.jiang-jieshi']", namespaces=NS)[0]
    preferred = person.xpath("string(tei:persName[@type = 'preferred'])", namespaces=NS)
    other = "Chiang Kai-shek" if preferred == "Jiang Jieshi" else "Jiang Jieshi"
    assert f"{other}, see {preferred}" in index


def test_fonts_are_embedded(edition_pdfs):
    for item in edition_pdfs.documents + [edition_pdfs.book]:
        lines = subprocess.run(["pdffonts", str(item.path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
        assert lines
        for line in lines:
            assert re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line), line
            emb = line.split()[-5]
            assert emb == "yes", f"{item.path.name}: a font is not embedded: {line}"


def test_metadata_language_and_the_tei_attached(edition_pdfs, documents, book):
    for stem, pdf in documents.items():
        info = pdf.reader.metadata
        title = " ".join("".join(tei(stem).xpath("(//tei:titleStmt/tei:title)[1]//text()", namespaces=NS)).split())
        assert info.title == title
        assert info.author
        assert info.subject
        assert pdf.reader.trailer["/Root"]["/Lang"] == "en"
        xmp = pdf.reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
        assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="B"' in xmp
        assert "/StructTreeRoot" in pdf.reader.trailer["/Root"]  # tagged
        assert pdf.reader.attachments[f"{stem}.xml"][0] == (TEI / f"{stem}.xml").read_bytes()
        assert info["/CreationDate"].startswith("D:20240501")
    assert book.reader.metadata.title == load_project(ROOT).title
    assert set(book.reader.attachments) == {f"{stem}.xml" for stem in DOCUMENTS} | {"persons.xml"}


def test_no_text_outside_the_page(edition_pdfs, tmp_path):
    for item in edition_pdfs.documents + [edition_pdfs.book]:
        target = tmp_path / f"{item.path.stem}.bbox.html"
        subprocess.run(["pdftotext", "-bbox", str(item.path), str(target)], check=True)
        tree = etree.parse(str(target), etree.HTMLParser())
        for number, page in enumerate(tree.iter("page"), 1):
            width, height = float(page.get("width")), float(page.get("height"))
            margin = 14  # points: nothing closer to the edge of the paper than about 5 mm
            for word in page.iter("word"):
                box = [float(word.get(k)) for k in ("xmin", "ymin", "xmax", "ymax")]
                assert margin <= box[0] and box[2] <= width - margin and margin <= box[1] and box[3] <= height - margin, \
                    f"{item.path.name} p. {number}: {word.text!r} at {box} is outside the page ({width}x{height})"


HOSTILE = [
    '<graphic url="file:///etc/passwd"/>',
    '<figure><graphic url="http://127.0.0.1:9/pixel.png"/></figure>',
    '<ref target="http://127.0.0.1:9/evil.css">a link</ref>',
    '<ref target="file:///etc/passwd">a file</ref>',
    '<ref target="data:text/css,body{background:url(http://127.0.0.1:9/bg.png)}">data</ref>',
    '<ptr target="https://127.0.0.1:9/pointer"/>',
    '@import url("http://127.0.0.1:9/import.css"); &lt;link rel="stylesheet" href="file:///etc/passwd"&gt;'
    ' &lt;img src="http://127.0.0.1:9/img.png"&gt; &lt;style&gt;@import "file:///etc/shadow";&lt;/style&gt;',
    '<hi rend="bold" style="background: url(http://127.0.0.1:9/style.png)">styled</hi>',
]


def test_urls_in_a_source_are_never_fetched(tmp_path):
    source = (TEI / "yudin-mao-conversation-1956-03-31.xml").read_text(encoding="utf-8")
    hostile = source.replace('<p xml:id="p.1">', '<p xml:id="p.1">' + " ".join(HOSTILE) + " ", 1)
    hostile = hostile.replace("<title type=\"main\">", "<title type=\"main\">&lt;link href='http://127.0.0.1:9/t.css'&gt; ", 1)
    assert hostile != source
    folder = tmp_path / "tei"
    folder.mkdir()
    (folder / "hostile.xml").write_text(hostile, encoding="utf-8")
    result = build_pdfs([folder, TEI / "persons.xml"], tmp_path / "out", load_project(ROOT),
                        PrintOptions(date=FIXED_DATE), keep_html=True)
    allowed = {(PRINT_DIR / "print.css").resolve().as_uri()}
    for item in result.documents + [result.book]:
        assert set(item.requested) <= allowed, f"fetched: {set(item.requested) - allowed}"
        assert item.requested  # the print stylesheet itself did come through the fetcher
    text = read_pdf(result.documents[0].path)
    everything = "\n".join(text.pages)
    assert "root:x:0" not in everything
    assert "@import" in everything  # shown as text, not obeyed
    markup = (tmp_path / "out" / "hostile.print.html").read_text(encoding="utf-8")
    assert "file:///etc/passwd\"" not in markup.replace("&lt;", "<") or "<img" not in markup
    assert "<img" not in markup and "<style" not in markup and "style=" not in markup


def test_the_fetcher_refuses_everything_but_the_assets():
    from edition.render.pdf import asset_fetcher

    fetcher = asset_fetcher()
    assert fetcher((PRINT_DIR / "print.css").resolve().as_uri()).read().startswith(b"/*")
    for url in ("file:///etc/passwd", "http://127.0.0.1:9/x.css", "data:text/css,a{}",
                (PRINT_DIR / "print.xsl").resolve().as_uri(), (PRINT_DIR / "print.css").resolve().as_uri() + "?x"):
        with pytest.raises(ValueError):
            fetcher(url)


def test_the_same_input_gives_the_same_bytes(edition_pdfs, tmp_path):
    again = build_pdfs([TEI], tmp_path, load_project(ROOT), PrintOptions(date=FIXED_DATE))
    for first, second in zip(edition_pdfs.documents + [edition_pdfs.book], again.documents + [again.book]):
        assert first.path.read_bytes() == second.path.read_bytes(), f"{first.path.name} differs between two builds"


def test_letter_paper_and_endnotes(tmp_path):
    stem = "lyu-stalin-legacy-sino-soviet-split"
    result = build_pdfs([TEI / f"{stem}.xml", TEI / "persons.xml"], tmp_path, load_project(ROOT),
                        PrintOptions(paper="letter", notes="end", date=FIXED_DATE), book=False)
    pdf = read_pdf(result.documents[0].path)
    box = pdf.reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    last = " ".join(" ".join(pdf.pages).split())
    assert "Notes" in last
    # endnotes: each note after the text, on or after the page of its marker
    for note_id, marker_id, words in notes_with_markers(stem):
        assert pdf.page_of(f"{stem}.{note_id}") >= pdf.page_of(f"{stem}.{marker_id}")


def test_page_images_to_look_at(edition_pdfs, book):
    """Pictures of a title page, a page with footnotes and an index page (tests/artifacts/pdf/)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    footnote_page = book.page_of("lyu-stalin-legacy-sino-soviet-split.note.1")
    index_page = next(i for i, text in enumerate(book.pages, 1) if text.lstrip().startswith("Index of persons"))
    title_page = book.page_of("yudin-mao-conversation-1956-03-31.title")
    for name, page in (("book-title", 1), ("document-title", title_page), ("footnotes", footnote_page),
                       ("index", index_page)):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile",
                        str(edition_pdfs.book.path), str(ARTIFACTS / name)], check=True)
        assert (ARTIFACTS / f"{name}.png").stat().st_size > 1000
