"""Variations of the three kinds of source that real texts have and the seeds do not, each
found by converting new texts: the smallest input that showed it, and what it must give."""
from __future__ import annotations

import re

import pytest
from lxml import etree

from edition.convert import build_document, to_tei
from edition.project import Project


def tei(tmp_path, text: str, kind: str | None = None):
    path = tmp_path / "v.txt"
    path.write_text(text, encoding="utf-8")
    document, _ = build_document(path, path.read_bytes(), kind)
    root = etree.fromstring(to_tei(document, Project(), "v.txt"))
    for el in root.iter():
        if isinstance(el.tag, str):
            el.tag = etree.QName(el).localname
    etree.cleanup_namespaces(root)
    body = re.sub(r"\s+", " ", etree.tostring(root.find("text"), encoding="unicode"))
    header = re.sub(r"\s+", " ", etree.tostring(root.find("teiHeader"), encoding="unicode"))
    return document, body, header


def test_a_word_split_across_a_numbered_page(tmp_path):
    _, body, _ = tei(tmp_path, " A TITLE OF THE ARTICLE  \n\n \n\nThe first paragraph of the text runs over two lines "
                               "and speaks of produc-\n\n23 \n\n\n\ntion in the villages of the district, which grew this "
                               "year.  \n\n \n\nThe second paragraph.  \n")
    assert 'produc<pb n="23" break="no"/>tion' in body


def test_a_running_head_is_left_out_and_declared(tmp_path):
    document, body, header = tei(tmp_path, "PEKING REVIEW\nA TITLE OF THE ARTICLE\n\nThe first paragraph of the text "
                                           "runs over two lines and ends\non the first page of the original document "
                                           "here.\n\n\fPEKING REVIEW\nThe second paragraph begins on the next page of "
                                           "the original and\nit also ends here.\n", kind="pdf")
    assert "PEKING" not in body and '<titlePart type="main">A TITLE OF THE ARTICLE</titlePart>' in body
    assert "<q>PEKING REVIEW</q> (lines 1, 7)" in header


def test_paragraphs_without_whitespace_marks_are_told_from_page_breaks(tmp_path):
    _, body, _ = tei(tmp_path, " A TITLE OF THE ARTICLE \n\n\n\nThe first paragraph of the text runs over two lines and "
                               "ends on the \n\nfirst page of the original document here. \n\n\n\nThe second paragraph "
                               "begins here and it \n\n\n\nalso ends on the next page. \n", kind="pdf")
    assert body.count("<p ") == 2 and "begins here and it<pb/> also ends" in body


def test_a_page_number_before_a_form_feed(tmp_path):
    _, body, _ = tei(tmp_path, " A TITLE \n\n \n\nThe first paragraph runs over two lines and ends on the \n\nfirst "
                               "page here.  \n\n \n\n23 \n\n\fThe second paragraph begins on the next page.  \n", kind="pdf")
    assert '<pb n="23"/>' in body and "<head>23</head>" not in body


def test_superscript_note_markers(tmp_path):
    _, body, _ = tei(tmp_path, " A TITLE OF THE ARTICLE \n\n \n\nThe first paragraph of the text runs over two lines and "
                               "ends on the \n\nfirst page of the original document here.¹ \n\n \n\n¹ First note. \n")
    assert '<ref type="noteAnchor" n="1" target="#note.1" xml:id="noteref.1">¹</ref>' in body
    assert '<note xml:id="note.1" n="1" place="end" target="#noteref.1">First note.</note>' in body


@pytest.mark.parametrize("heading", ["Notes:", "Footnotes", "References"])
def test_web_notes_numbered_like_a_list(tmp_path, heading):
    _, body, _ = tei(tmp_path, f"A Title of the Article\nIntroduction\nThe first paragraph of the article has a note."
                               f"[1]\n{heading}\n1. First note.\n2. Second note.\n", kind="web")
    assert 'n="1" place="end" target="#noteref.1">First note.</note>' in body
    assert 'n="2" place="end">Second note.</note>' in body


def test_web_title_byline_date_and_question_heading(tmp_path):
    _, body, _ = tei(tmp_path, "Why Did the Alliance Fail?\nMarch 3, 2021\nby the Editorial Board\nIntroduction\n"
                               "The first paragraph of the article is here and it is long enough.\n"
                               "Was the Split Inevitable?\nThe second paragraph of the article is here too.\n")
    assert '<titlePart type="main">Why Did the Alliance Fail?</titlePart>' in body
    assert '<docDate when="2021-03-03">March 3, 2021</docDate>' in body
    assert "<byline>by <docAuthor>the Editorial Board</docAuthor></byline>" in body
    assert "<head>Was the Split Inevitable?</head>" in body


def test_about_the_author_on_its_own_line_and_page_furniture(tmp_path):
    document, body, header = tei(tmp_path, "A Title of the Article\nIntroduction\nThe first paragraph of the article "
                                           "has a note.[1]\nAbout the Author\nThe Editorial Board writes test texts.\n"
                                           "Notes:\n[1] First note.\nLike this:\nLoading...\nRelated\n", kind="web")
    assert re.search(r'<div type="about-author"[^>]*> <head>About the Author</head> <p[^>]*>The Editorial Board', body)
    assert "Like this" not in body and "<q>Like this:</q>" in header and "<q>Loading...</q>" in header


def test_a_marker_on_a_heading(tmp_path):
    _, body, _ = tei(tmp_path, "A Title of the Article\nIntroduction[1]\nThe first paragraph.\nNotes:\n[1] A note.\n")
    assert '<head>Introduction<ref type="noteAnchor" n="1"' in body


def test_a_quotation_marked_with_a_greater_than_sign(tmp_path):
    _, body, _ = tei(tmp_path, "A Title of the Article\nIntroduction\nHe said:\n> A quoted paragraph of some length "
                               "that stands alone in the article.\nThe end.\n", kind="web")
    assert '<quote rend="block">A quoted paragraph of some length' in body and "&gt;" not in body


ARCHIVAL = ("\n\nMay 16, 1956\n\n**A Record, 16 May 1956**\n\nCitation:\n\n\"A Record, 16 May 1956\", May 16, 1956, Wilson "
            "Center Digital Archive, Archive of the President of the Russian Federation (APRF), f. 3, op. 65, d. 123, "
            "ll. 1-5.\n\n{fields}\n\nTop Secret\nTELEGRAM\n\n{text}\n\n{closing}\n")


def test_archival_fields_on_one_line_and_unknown_fields(tmp_path):
    fields = "Original Language: Russian\n\nAuthor(s):\n\nCentral Committee of the Chinese Communist Party\n\n" \
             "Contents:\n\nTranslation - English"
    document, body, header = tei(tmp_path, ARCHIVAL.format(fields=fields, text="The record text.", closing="END"))
    assert document.metadata.original_language == "ru"
    assert "<author>Central Committee of the Chinese Communist Party</author>" in header
    assert "Original Language" not in body and "Author(s)" not in body
    assert '<idno type="fond">3</idno>' in header


@pytest.mark.parametrize("bracket,encoded", [
    ("[illegible]", '<note type="editorial" subtype="illegible" place="inline"'),
    ("[sic]", '<note type="editorial" subtype="sic" place="inline"'),
    ("[...]", '<note type="editorial" subtype="omission" place="inline"'),
    ("[handwritten:]", '<note type="editorial" subtype="hand" place="inline"'),
    ("[pokazukha]", '<foreign xml:lang="ru-Latn">pokazukha</foreign>'),
    ("[had been]", '<supplied reason="omitted"'),
])
def test_kinds_of_bracketed_insertion(tmp_path, bracket, encoded):
    text = f"The measures {bracket} taken by the committee were discussed at length by the members present."
    _, body, _ = tei(tmp_path, ARCHIVAL.format(fields="Original Language:\n\nRussian", text=text, closing="END"))
    assert encoded in body


@pytest.mark.parametrize("closing,signed", [
    ("AMBASSADOR OF THE USSR TO THE PRC\nP. YUDIN", "AMBASSADOR OF THE USSR TO THE PRC<lb/>P. YUDIN"),
    ("With communist greetings,\nCentral Committee of the CPC", "With communist greetings,<lb/>Central Committee of the CPC"),
    ("Zhou Enlai\nPremier of the State Council", "Zhou Enlai<lb/>Premier of the State Council"),
])
def test_signatures_and_dockets(tmp_path, closing, signed):
    _, body, _ = tei(tmp_path, ARCHIVAL.format(fields="Original Language:\n\nRussian", text="The record text.",
                                               closing=closing))
    assert f"<closer> <signed>{signed}</signed> </closer>" in body
    assert "<opener>Top Secret<lb/>TELEGRAM</opener>" in body


# ---------------------------------------------------------------- found in a second round

def test_a_page_number_just_before_the_endnotes(tmp_path):
    _, body, _ = tei(tmp_path, "\u0020A TITLE OF THE ARTICLE \n\n \n\nThe first paragraph of the text runs over two lines "
                               "and \n\nends on the first page here. [1] \n\n\n\n4 \n\n\n\n[1] A note. \n\n", kind="pdf")
    assert '<pb n="4"/></p>' in body and 'place="end" target="#noteref.1">A note.</note>' in body


def test_a_notes_heading_in_capitals_with_notes_numbered_by_digits(tmp_path):
    _, body, _ = tei(tmp_path, "A TITLE OF THE ARTICLE\n\nThe first paragraph of the text runs over two lines and\n"
                               "ends on the first page here.[1]\n\nNOTES\n\n1 A note.\n", kind="pdf")
    assert "<head>NOTES</head>" in body and 'n="1" place="end" target="#noteref.1">A note.</note>' in body


def test_a_notes_heading_run_together_with_the_first_note(tmp_path):
    _, body, _ = tei(tmp_path, " A TITLE OF THE ARTICLE \n\n \n\nThe first paragraph of the text runs over two lines and "
                               "\n\nends on the first page here. [1] \n\n \n\nNOTES \n\n[1] A note. \n\n", kind="pdf")
    assert "<head>NOTES</head>" in body and 'target="#noteref.1">A note.</note>' in body


def test_a_list_item_over_two_lines(tmp_path):
    _, body, _ = tei(tmp_path, ARCHIVAL.format(fields="Original Language:\n\nRussian", closing="END",
                                               text="He made the following points:\n\n1. The first point, which is long, "
                                                    "runs over\ntwo lines of the record.\n2. The second point."))
    assert "<item>The first point, which is long, runs over two lines of the record.</item>" in body
    assert "<item>The second point.</item>" in body


def test_a_signature_and_its_date(tmp_path):
    _, body, _ = tei(tmp_path, ARCHIVAL.format(fields="Original Language:\n\nRussian", text="The record text.",
                                               closing="AMBASSADOR OF THE USSR TO THE PRC\nP. YUDIN\n\n3.III.56"))
    assert "<signed>AMBASSADOR OF THE USSR TO THE PRC<lb/>P. YUDIN<lb/>3.III.56</signed>" in body


def test_table_rows_and_an_exclaiming_title(tmp_path):
    _, body, _ = tei(tmp_path, "A Title of the Article\nIntroduction\nThe first paragraph of the article is here and "
                               "it is long enough.\nYear  Output  Procurement\n1957  195.0  46.0\nThe second paragraph "
                               "of the article is here too.\n", kind="web")
    assert "<head>1957" not in body and "<head>Year" not in body
    _, body, _ = tei(tmp_path, " LONG LIVE LENINISM! \n\n \n\nThe first paragraph of the text runs over two lines and "
                               "\n\nends on the first page here. \n\n", kind="pdf")
    assert '<titlePart type="main">LONG LIVE LENINISM!</titlePart>' in body


def test_a_short_form_is_not_the_start_of_another_name(tmp_path):
    from edition.registers.persons import load_register

    (tmp_path / "persons.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><listPerson><person xml:id="person.peng-dehuai">'
        '<persName type="preferred">Peng Dehuai</persName><persName type="variant">Peng</persName></person>'
        '</listPerson></body></text></TEI>', encoding="utf-8")
    register = load_register(tmp_path / "persons.xml")
    path = tmp_path / "p.txt"
    path.write_text("Peng Dehuai and Peng Zhen were present, and Peng spoke first at the meeting.\n", encoding="utf-8")
    document, _ = build_document(path, path.read_bytes(), "web", register)
    text = etree.tostring(etree.fromstring(to_tei(document, Project(), "p.txt")), encoding="unicode")
    assert text.count('ref="#person.peng-dehuai"') == 2 and "Peng Zhen" in text
    assert [u.name for u in document.unknown_names] == ["Peng Zhen"]


def test_a_bibliography_after_the_notes(tmp_path):
    _, body, _ = tei(tmp_path, "A Title of the Article\nIntroduction\nThe first paragraph of the article has a note.[1]\n"
                               "Notes:\n[1] Lüthi, Sino-Soviet Split, 100.\nBibliography\nLüthi, Lorenz M. The Sino-Soviet "
                               "Split. Princeton: Princeton University Press, 2008.\n", kind="web")
    assert re.search(r'<div type="bibliography" xml:id="div\.\d+"> <head>Bibliography</head> <p[^>]*>Lüthi, Lorenz M\.', body)
    assert "Bibliography" not in body.split('<div type="bibliography"')[0]


def test_quoted_titles_and_headings_and_an_epigraph(tmp_path):
    _, body, _ = tei(tmp_path, "A Title of the Article\n“The whole Party must pay attention to statistics.”\n— Mao Zedong\n"
                               "Introduction\nThe first paragraph of the article is here and it is long enough.\n"
                               "“Overtake Britain in Fifteen Years”\nThe second paragraph of the article is here too.\n",
                     kind="web")
    assert '<titlePart type="main">A Title of the Article</titlePart>' in body
    assert re.search(r'<cit type="block"> <quote rend="block double-curly">The whole Party must pay attention to '
                     r'statistics\.</quote> <bibl>— Mao Zedong</bibl> </cit>', body)
    assert re.search(r'<head>\s*<q rend="double-curly">Overtake Britain in Fifteen Years</q>\s*</head>', body)


def test_questions_and_answers_and_a_long_docket(tmp_path):
    text = "Q: Why did the Soviet side propose a joint fleet?\nA: Because the Soviet Union wants to help China."
    _, body, _ = tei(tmp_path, ARCHIVAL.format(fields="Original Language:\n\nRussian", text=text, closing="END")
                     .replace("Top Secret\nTELEGRAM", "Top Secret\nMEMORANDUM OF CONVERSATION\nof Comrade N. S. "
                              "Khrushchev with Comrades Mao Zedong, Liu Shaoqi, Zhou Enlai, Zhu De and Chen Yi"))
    assert re.search(r"<p[^>]*>Q: Why did the Soviet side propose a joint fleet\?</p> <p[^>]*>A: Because", body)
    assert "<opener>Top Secret<lb/>MEMORANDUM OF CONVERSATION<lb/>of Comrade N. S. Khrushchev" in body


# ---------------------------------------------------------------- found in a third round

def test_a_short_paragraph_cut_by_a_page(tmp_path):
    text = "The CC CPC decided to send a delegation of the party\n\nto China in the spring of next year."
    _, body, _ = tei(tmp_path, ARCHIVAL.format(fields="Original Language:\n\nRussian", text=text, closing="END"))
    assert "a delegation of the party<pb/> to China in the spring" in body


def test_a_cross_reference_in_a_note_is_not_a_marker(tmp_path):
    _, body, _ = tei(tmp_path, "A Title of the Article\nIntroduction\nThe first paragraph has a note.[1] The second "
                               "sentence has another.[2]\nNotes:\n[1] A note.\n[2] See note [1].\n", kind="web")
    assert '<ref type="noteCrossRef" n="1" target="#note.1">1</ref>' in body
    assert 'xml:id="note.1" n="1" place="end" target="#noteref.1">' in body  # one marker only


def test_an_introduction_naming_two_authors(tmp_path):
    from edition.registers.persons import load_register

    (tmp_path / "persons.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><listPerson>'
        '<person xml:id="person.marx"><persName type="preferred">Karl Marx</persName><persName type="variant">Marx'
        '</persName></person><person xml:id="person.engels"><persName type="preferred">Friedrich Engels</persName>'
        '<persName type="variant">Engels</persName></person></listPerson></body></text></TEI>', encoding="utf-8")
    lines = ["As is well known, Marx and Engels wrote:  ", "", " ", "",
             "The history of all hitherto existing society is the history ", "", "of class struggles.  ", "", " ", "",
             "And the text of the article goes on after the quotation for a while, and its ", "",
             "lines are set to the full width of the page, longer than those of the quotation ", "",
             "above it, which is set narrower, as printed books and pamphlets set quotations.  ", "", " ", ""]
    path = tmp_path / "m.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    document, _ = build_document(path, path.read_bytes(), "pdf", load_register(tmp_path / "persons.xml"))
    text = re.sub(r"\s+", " ", etree.tostring(etree.fromstring(to_tei(document, Project(), "m.txt")), encoding="unicode"))
    assert re.search(r'<author ref="#person.marx"/>\s*<author ref="#person.engels"/>', text)


def test_other_scripts_are_marked_with_their_language(tmp_path):
    _, body, _ = tei(tmp_path, "A Title of the Article\nIntroduction\nThe newspaper «Правда» and the leader 毛泽东 were "
                               "named in the text of the article here.\n", kind="web")
    assert '<foreign xml:lang="und-Cyrl">Правда</foreign>' in body and '<foreign xml:lang="zh">毛泽东</foreign>' in body
