"""The web edition's stylesheet on small TEI fragments: one test per behaviour, and the HTML it
must give (read as a tree, so that the assertions say what matters, not how it is spelled)."""
from __future__ import annotations

import pytest
from lxml import html

from edition.render.xslt import stylesheet

HEADER = """<teiHeader><fileDesc><titleStmt><title type="main">A test</title></titleStmt>
<publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>"""


def render(tmp_path, body: str, back: str = "", stand_off: str = "") -> html.HtmlElement:
    source = tmp_path / "doc.xml"
    source.write_text(f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER}<text xml:lang="en"><body><div type="article" '
                      f'xml:id="div.1">{body}</div></body>{back}</text>{stand_off}</TEI>', encoding="utf-8")
    result = stylesheet("html/html.xsl").transform(source, {"stem": "doc", "root": ""})
    assert result.upper().startswith("<!DOCTYPE HTML>")
    return html.fromstring(result)


def only(page, query):
    found = page.xpath(query)
    assert len(found) == 1, f"{query}: {len(found)} found"
    return found[0]


def test_paragraph_has_its_id_and_a_permalink(tmp_path):
    page = render(tmp_path, '<p xml:id="p.1">Some text.</p>')
    p = only(page, "//p[@id='p.1']")
    assert p.get("class") == "p" and only(p, "a[@class='permalink']").get("href") == "#p.1"


def test_heading_and_contents(tmp_path):
    page = render(tmp_path, '<head>First</head><p xml:id="p.1">a</p></div><div type="section" xml:id="div.2">'
                            '<head>Second</head><p xml:id="p.2">b</p>')
    assert [h.text_content() for h in page.xpath("//div[@class='text']//section/h2")] == ["First", "Second"]
    assert [a.get("href") for a in page.xpath("//nav[@class='contents']//a")] == ["#div.1.head", "#div.2.head"]


def test_note_marker_and_note_link_both_ways(tmp_path):
    page = render(tmp_path, '<p xml:id="p.1">Text.<ref type="noteAnchor" n="1" target="#note.1" xml:id="noteref.1">1</ref></p>',
                  back='<back><div type="notes" xml:id="div.2"><note xml:id="note.1" n="1" place="end" '
                       'target="#noteref.1">The note.</note></div></back>')
    marker = only(page, "//a[@role='doc-noteref']")
    assert marker.get("href") == "#note.1" and marker.get("id") == "noteref.1" and marker.text_content() == "1"
    note = only(page, "//aside[@role='doc-footnote']")
    assert note.get("id") == "note.1" and "The note." in note.text_content()
    assert only(note, ".//a[@role='doc-backlink']").get("href") == "#noteref.1"
    assert only(page, "//section[@role='doc-endnotes']") is not None


def test_page_break_shows_its_number(tmp_path):
    page = render(tmp_path, '<p xml:id="p.1">one <pb n="12"/>two <pb/>three</p>')
    breaks = page.xpath("//div[@class='text']//span[@class='pb']")
    assert [b.text_content() for b in breaks] == ["[p. 12]", "[page]"]
    assert breaks[0].get("aria-label") == "Page 12 of the original begins"


@pytest.mark.parametrize("rend,marks", [("double-curly", "“”"), ("single-curly", "‘’"),
                                        ("double-straight", '""'), ("single-straight", "''")])
def test_quotation_marks_come_from_rend(tmp_path, rend, marks):
    page = render(tmp_path, f'<p xml:id="p.1">He said <q rend="{rend}">words</q> then.</p>')
    q = only(page, "//span[contains(@class, 'q ')]")
    assert q.text_content() == f"{marks[0]}words{marks[1]}"


def test_block_quotation_and_its_source(tmp_path):
    page = render(tmp_path, '<p xml:id="p.1">Lenin said:</p><cit type="block"><quote rend="block">Long words.</quote>'
                            '<bibl corresp="#p.1"><author ref="#person.lenin"/><date when="1921-10"/></bibl></cit>',
                  stand_off='<standOff><listPerson><person xml:id="person.lenin"><persName type="preferred">Vladimir '
                            'Lenin</persName></person></listPerson></standOff>')
    figure = only(page, "//figure[contains(@class, 'cit')]")
    assert only(figure, "blockquote").text_content() == "Long words."
    caption = only(figure, "figcaption")
    assert only(caption, "a[@class='person']").get("href") == "persons/person.lenin.html"
    assert "Vladimir Lenin" in caption.text_content() and "1921-10" in caption.text_content()
    assert only(caption, "a[@class='intro']").get("href") == "#p.1"


def test_person_links_to_the_register_page(tmp_path):
    page = render(tmp_path, '<p xml:id="p.1"><persName ref="#person.mao"><roleName>Comrade</roleName> Mao</persName>\'s '
                            '<persName ref="#person.unknown">Nobody</persName></p>',
                  stand_off='<standOff><listPerson><person xml:id="person.mao"><persName type="preferred">Mao Zedong'
                            '</persName></person></listPerson></standOff>')
    link = only(page, "//div[@class='text']//a[@class='person']")
    assert link.get("href") == "persons/person.mao.html" and link.get("data-person") == "person.mao"
    assert link.text_content() == "Comrade Mao"
    assert only(page, "//div[@class='text']//span[@class='persName']").text_content() == "Nobody"  # no page to link


def test_interventions_foreign_and_titles(tmp_path):
    page = render(tmp_path, '<p xml:id="p.1"><supplied reason="name-completion" resp="#r" rend="brackets">Pavel</supplied> '
                            'Mif <note type="editorial" subtype="gloss" place="inline" resp="#r" rend="brackets">a gloss'
                            '</note> <note type="editorial" subtype="original-term" place="inline" resp="#r" '
                            'rend="brackets"><foreign xml:lang="ru-Latn">slovo</foreign></note> <title level="j">Pravda'
                            '</title></p>')
    assert only(page, "//div[@class='text']//span[@class='supplied']").text_content() == "Pavel"
    assert only(page, "//div[@class='text']//span[contains(@class, 'editorial-note gloss')]").text_content() == "a gloss"
    assert only(page, "//span[@class='foreign']").get("lang") == "ru-Latn"
    assert only(page, "//span[@class='title level-j']").text_content() == "Pravda"


def test_text_from_the_source_cannot_inject_markup_or_script(tmp_path):
    page = render(tmp_path, '<p xml:id="p.1">&lt;script&gt;alert(1)&lt;/script&gt; <hi rend="italic">x</hi> onerror=alert(2) '
                            '<ref target="javascript:alert(3)">click</ref> <ref target="data:text/html,hi">data</ref> '
                            '<ref target="https://example.org/a">safe</ref></p>')
    assert "<script>alert(1)</script>" in only(page, "//p[@id='p.1']").text_content()
    assert not page.xpath("//main//script") and not page.xpath("//*[@onerror]")
    assert [a.get("href") for a in page.xpath("//p[@id='p.1']//a[not(@class='permalink')]")] == ["https://example.org/a"]


def test_the_page_declares_its_language_and_landmarks(tmp_path):
    page = render(tmp_path, '<p xml:id="p.1">x</p>')
    assert page.get("lang") == "en"
    assert only(page, "//a[@class='skip-link']").get("href") == "#main"
    assert only(page, "//main").get("id") == "main"
    assert len(page.xpath("//h1")) == 1


def test_a_note_written_in_the_text_gets_a_marker_and_goes_to_the_notes(tmp_path):
    page = render(tmp_path, '<p xml:id="p.1">Before <note place="foot">A note in place.</note> after.</p>')
    paragraph = only(page, "//p[@id='p.1']")
    marker = only(paragraph, ".//a[@role='doc-noteref']")
    assert "A note in place" not in paragraph.text_content() and "after." in paragraph.text_content()
    note = only(page, "//section[contains(@class, 'attached')]/aside[@role='doc-footnote']")
    assert marker.get("href") == "#" + note.get("id") and "A note in place." in note.text_content()
    assert only(note, "a[@role='doc-backlink']").get("href") == "#" + marker.get("id")


def test_choice_shows_the_correction_and_keeps_the_original(tmp_path):
    page = render(tmp_path, '<p xml:id="p.1"><choice><sic>mistak</sic><corr>mistake</corr></choice></p>')
    choice = only(page, "//span[@class='choice']")
    assert choice.text_content() == "mistake" and choice.get("title") == "mistak"
