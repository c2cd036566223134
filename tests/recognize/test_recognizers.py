"""Each recognizer on small inputs, bad inputs included. `converts` runs the whole converter on a
few lines and returns the TEI `text` serialised without namespaces, for readable assertions."""
from __future__ import annotations

import re

import pytest
from lxml import etree

from edition.convert import build_document, to_tei
from edition.errors import SourceError
from edition.project import Project
from edition.recognize.registry import Registry
from edition.sources import detect_kind
from edition.sources.archival_record import read_archival_record
from edition.sources.decode import decode_source
from edition.sources.hyphenation import HyphenationOracle
from edition.sources.layout import PageMark
from edition.sources.pdf_text import read_pdf_text


def double_spaced(*paragraphs: list[str], page_break_after: tuple[int, int] | None = None) -> str:
    """PDF extraction layout: each line then an empty line; paragraphs end with '  ', '', ' ', ''."""
    out = []
    for p, lines in enumerate(paragraphs):
        for i, line in enumerate(lines):
            last = i == len(lines) - 1
            out += [line + ("  " if last else " "), ""]
            if page_break_after == (p, i):
                out += ["", ""]
        out += [" ", ""]
    return "\n".join(out)


def converts(tmp_path, text: str, kind: str | None = None, name: str = "t.txt") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document, _ = build_document(path, path.read_bytes(), kind)
    root = etree.fromstring(to_tei(document, Project(), name))
    body = root.find("{*}text")
    for el in body.iter():
        if isinstance(el.tag, str):
            el.tag = etree.QName(el).localname
    etree.cleanup_namespaces(body)
    return re.sub(r"\s+", " ", etree.tostring(body, encoding="unicode"))


# ---------------------------------------------------------------- hyphenation

@pytest.mark.parametrize("left,right,keep", [
    ("self", "criticism", True),      # a real compound: both parts are words, the join is not
    ("Marxist", "Leninist", True),    # a capital after the hyphen
    ("anti", "Japanese", True),
    ("well", "known", True),
    ("produc", "tion", False),        # fragments: rejoin
    ("govern", "ment", False),
    ("import", "ance", False),        # 'importance' is a word
    ("Zino", "viev", False),          # fragments of a name
])
def test_line_end_hyphen(left, right, keep):
    assert HyphenationOracle("").keep_hyphen(left, right) is keep


def test_the_text_itself_decides_first():
    assert HyphenationOracle("the co-existence of states").keep_hyphen("co", "existence") is True
    assert HyphenationOracle("peaceful coexistence").keep_hyphen("co", "existence") is False


# ---------------------------------------------------------------- pdf reader

def test_pdf_paragraphs_and_page_break_inside_a_paragraph():
    text = double_spaced(["First line of one", "paragraph goes on."], ["Second one", "ends here."],
                         page_break_after=(1, 0))
    blocks = read_pdf_text(text)
    assert [b.text for b in blocks] == ["First line of one paragraph goes on.", "Second one ends here."]
    assert [type(i).__name__ for i in blocks[1].items] == ["Line", "PageMark", "Line"]


def test_pdf_page_number_line_becomes_a_numbered_break():
    text = "A paragraph that goes\n\n\n12\n\n\non after the page.\n"
    blocks = read_pdf_text(text)
    marks = [i for b in blocks for i in b.items if isinstance(i, PageMark)]
    assert [m.n for m in marks] == ["12"]
    assert len(blocks) == 1


def test_single_spaced_pdf_with_form_feed(tmp_path):
    text = ("The first paragraph is wrapped over\nthree lines of text that the reader\njoins.\n\n"
            "A second paragraph runs across a\n\fpage break and ends.\n")
    tei = converts(tmp_path, text, kind="pdf")
    assert "wrapped over three lines" in tei
    assert "across a<pb/> page break" in tei


def test_rejoined_and_kept_hyphens_in_running_text(tmp_path):
    text = double_spaced(["The produc-", "tion of self-", "criticism grew."])
    tei = converts(tmp_path, text, kind="pdf")
    assert "The production of self-criticism grew." in tei


def test_block_quotation_across_page_break_stays_one_paragraph(tmp_path):
    text = double_spaced(["Lenin said:"], ["We shall struggle to set our", "mistakes right. . . and so on."],
                         page_break_after=(1, 0))
    tei = converts(tmp_path, text, kind="pdf")
    assert tei.count("<p ") == 2 and "set our<pb/> mistakes right. . . and so on." in tei


# ---------------------------------------------------------------- web

def test_web_headings_notes_boilerplate_and_about(tmp_path):
    text = ("A Short Title\nBy the Editorial Board\nFirst Part\nA paragraph with a marker.[1] And more.[2]\n"
            "ABOUT THE WRITER The Editorial Board writes the test texts of this edition.\nNotes:\n"
            "[1] Lucien Bianco, Les Origines de la révolution chinoise (Paris: Gallimard, 1967), 12.\n"
            "[2] Ibid, 13.\nComments\n")
    tei = converts(tmp_path, text, kind="web")
    assert re.search(r'<docTitle>\s*<titlePart type="main">A Short Title</titlePart>\s*</docTitle>', tei)
    assert "<byline>By <docAuthor>the Editorial Board</docAuthor></byline>" in tei
    assert '<head>First Part</head>' in tei
    assert '<ref type="noteAnchor" n="1" target="#note.1" xml:id="noteref.1">1</ref>' in tei
    assert re.search(r'<div type="about-author" xml:id="div.2">\s*<head>ABOUT THE WRITER</head>', tei)
    assert '<bibl xml:id="bibl.2" corresp="#bibl.1">Ibid, 13.</bibl>' in tei
    assert "Comments" not in tei


def test_numbered_list_in_web_text(tmp_path):
    tei = converts(tmp_path, "Some points follow here:\n1. first point;\n2. second point.\n", kind="web")
    assert re.search(r'<list rend="numbered" xml:id="list.1">\s*<label>1.</label>\s*<item>first point;</item>'
                     r'\s*<label>2.</label>\s*<item>second point.</item>\s*</list>', tei)


# ---------------------------------------------------------------- archival

ARCHIVAL = """April 5, 1956

**From the Journal of Ambassador P. F. Yudin, Record
of Conversation with Comrade Chen Yun, 1 April 1956**

Citation:

"From the Journal", April 5, 1956, Wilson Center Digital Archive, Archive of Foreign Policy, Russian Federation (AVPRF), fond 1, opis 2, delo 3, listy 4-5. Translated by The Editorial Board. <https://example.org/document/1>

Summary:

A summary.

Original Language:

Russian

Top Secret
Copy No. 2
RECORD OF CONVERSATION

Today I met [Ivan] Arkhipov and Chiang Kai-shek's [Jiang Jieshi's] envoy, a [PRC military leader] and a spirit of [*pokazukha*], as *Pravda* editorial said; the talk went on

and on for a long time.

AMBASSADOR P. YUDIN
"""


def test_archival_fields_go_to_the_header_and_interventions_are_typed(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(ARCHIVAL, encoding="utf-8")
    document, _ = build_document(path, path.read_bytes())
    assert document.kind == "archival"
    assert document.metadata.translators == ["The Editorial Board"]
    assert document.metadata.original_language == "ru"
    assert document.metadata.participants == ["P. F. Yudin", "Chen Yun"]
    tei = converts(tmp_path, ARCHIVAL)
    assert '<supplied reason="name-completion" resp="#resp.translator" rend="brackets">Ivan</supplied> Arkhipov' in tei
    assert 'subtype="gloss" place="inline" resp="#resp.translator" rend="brackets">Jiang Jieshi\'s</note>' in tei
    assert '<foreign xml:lang="ru-Latn">pokazukha</foreign>' in tei
    assert '<title level="j">Pravda</title>' in tei
    assert "went on<pb/> and on" in tei
    assert re.search(r"<closer>\s*<signed>AMBASSADOR P. YUDIN</signed>\s*</closer>", tei)
    assert "<opener>Top Secret<lb/>Copy No. 2<lb/>RECORD OF CONVERSATION</opener>" in tei
    assert "Citation" not in tei and "A summary." not in tei


def test_archival_page_split_only_in_mid_sentence():
    page = read_archival_record(ARCHIVAL)
    assert len(page.fields) == 3
    texts = [b.text for b in page.blocks]
    assert any(t.endswith("for a long time.") and "the talk went on" in t for t in texts)


# ---------------------------------------------------------------- inline

def test_numeric_brackets_are_markers_not_interventions(tmp_path):
    tei = converts(tmp_path, "A sentence with a marker.[12] Another one.\nNotes:\n[12] A prose note that explains it.\n",
                   kind="web")
    assert 'n="12"' in tei and "supplied" not in tei


def test_bold_and_italic_never_leave_asterisks(tmp_path):
    tei = converts(tmp_path, "Text with **strong words** and *some emphasis* and a *Book Title Here* now.\n", kind="web")
    assert '<hi rend="bold">strong words</hi>' in tei
    assert '<hi rend="italic">some emphasis</hi>' in tei
    assert '<title level="m">Book Title Here</title>' in tei
    assert "*" not in tei


# ---------------------------------------------------------------- detection and decoding

@pytest.mark.parametrize("text,kind", [
    (ARCHIVAL, "archival"),
    ("\n\n".join(["a line of hard-wrapped text from a pdf file here"] * 12), "pdf"),
    ("\n".join(["This is one whole paragraph on a single long line. " * 6] * 5), "web"),
])
def test_detect_kind(text, kind):
    assert detect_kind(text)[0] == kind


def test_decode_accepts_bom_and_crlf(tmp_path):
    assert decode_source(tmp_path / "x", b"\xef\xbb\xbfone\r\ntwo\r\n") == "one\ntwo\n"


@pytest.mark.parametrize("data,message,line", [
    (b"", "empty", 1),
    (b"   \n\n", "empty", 1),
    (b"ok\nbinary\x00data", "NUL byte at byte offset 9", 2),
    (b"line one\ncaf\xe9\n", "byte 0xe9 at byte offset 12", 2),
])
def test_decode_rejects_bad_input(tmp_path, data, message, line):
    with pytest.raises(SourceError) as caught:
        decode_source(tmp_path / "bad.txt", data)
    assert message in str(caught.value) and caught.value.line == line
    assert str(caught.value).startswith(str(tmp_path / "bad.txt") + f":{line}")


# ---------------------------------------------------------------- notes

@pytest.mark.parametrize("text,message", [
    ("A marker without its note.[3]\nNotes:\n[1] Note one.\n", "note marker [3] has no note"),
    ("Two notes.[1]\nNotes:\n[1] One.\n[1] Again.\n", "duplicate note number [1]"),
])
def test_broken_note_references_are_errors(tmp_path, text, message):
    with pytest.raises(SourceError, match=re.escape(message)):
        converts(tmp_path, text, kind="web")


def test_note_without_marker_is_a_warning(tmp_path):
    path = tmp_path / "w.txt"
    path.write_text("A text.[1]\nNotes:\n[1] One.\n[2] Two.\n", encoding="utf-8")
    document, _ = build_document(path, path.read_bytes())
    assert [str(w) for w in document.warnings] == [f"{path}:4: warning: note [2] has no marker in the text"]


# ---------------------------------------------------------------- registry

def test_registry_orders_by_priority_then_registration():
    registry: Registry[str] = Registry()
    registry.register("low", "low", 1)
    registry.register("high", "high", 10)
    registry.register("also-high", "also-high", 10)
    assert list(registry) == ["high", "also-high", "low"]
    registry.deregister("high")
    assert "high" not in registry


@pytest.mark.parametrize("word", ["civil", "I", "ill", "mix"])
def test_a_lone_word_at_a_paragraph_end_is_not_a_page_number(tmp_path, word):
    body = "".join(f"Line number {w} of the first paragraph goes on \n\n" for w in ["one", "two", "three", "four"])
    text = body + f"{word}  \n\n \n\nSecond paragraph here and more words \n\nthat follow it.  \n\n \n\n"
    tei = converts(tmp_path, text, kind="pdf")
    assert f"goes on {word}</p>" in tei and "<pb" not in tei


def test_short_web_paragraphs_of_even_length_are_web():
    text = "\n".join(f"Paragraph {i} says one thing and then ends with a full stop." for i in range(8))
    assert detect_kind(text)[0] == "web"
