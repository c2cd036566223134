"""Sites built from TEI that is not the edition's: hostile text and links are shown as text and
never run; a document without a register and a folder of another project's TEI render."""
from __future__ import annotations

import pytest

from .browser_support import build, crawl, watch

HEADER = """<teiHeader><fileDesc>
    <titleStmt><title>{title}</title></titleStmt>
    <publicationStmt><p>Published by nobody in particular.</p></publicationStmt>
    <sourceDesc><p>Written for a test.</p></sourceDesc>
  </fileDesc></teiHeader>"""


def tei(title: str, body: str, lang: str = "en") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="{lang}">'
            f'{HEADER.format(title=title)}<text><body>{body}</body></text></TEI>\n')


HOSTILE = tei(
    "A title with &lt;script&gt;alert(1)&lt;/script&gt; in it",
    '<div xml:id="div.1"><head>Heading &lt;img src=x onerror=alert(1)&gt;</head>'
    '<p xml:id="p.1">Text: &lt;script&gt;alert(1)&lt;/script&gt; and onerror="alert(2)" and '
    '&lt;img src=x onerror=alert(3)&gt; and &amp;lt;b&amp;gt; stay text.</p>'
    '<p xml:id="p.2"><ref target="javascript:alert(4)">a javascript link</ref>, '
    '<ref target=" JavaScript:alert(5)">a spaced javascript link</ref>, '
    '<ref target="data:text/html,&lt;script&gt;alert(6)&lt;/script&gt;">a data link</ref>, '
    '<ref target="vbscript:msgbox(7)">a vbscript link</ref> and '
    '<ref target="x&quot; onmouseover=&quot;alert(8)">an attribute breaker</ref>.</p>'
    '<p xml:id="p.3">A person <persName ref="javascript:alert(9)">Nobody</persName> '
    'and a note<note xml:id="note.1" n="1" place="foot">A note with &lt;script&gt;alert(10)&lt;/script&gt;.</note>.</p>'
    '</div>')

SITE_SCRIPTS = ("js/", "pagefind/")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory, servers):
    project = tmp_path_factory.mktemp("hostile")
    (project / "tei").mkdir()
    (project / "tei" / "hostile.xml").write_text(HOSTILE, encoding="utf-8")
    return servers.serve(build(project / "tei", project / "html"))


def test_hostile_text_is_shown_as_text_and_never_runs(hostile_site, context):
    page = watch(context.new_page())
    page.goto(hostile_site.page("hostile.html"))
    p = page.page
    text = p.locator("main").inner_text()
    assert "<script>alert(1)</script>" in p.title(), f"the title lost the text: {p.title()!r}"
    assert "<script>alert(1)</script>" in text, "the script text is not shown as text"
    assert "<img src=x onerror=alert(3)>" in text, "the img text is not shown as text"
    assert 'onerror="alert(2)"' in text
    assert "&lt;b&gt;" in text, "an escaped entity in the source is unescaped twice"
    scripts = p.eval_on_selector_all("script", "els => els.map(e => e.getAttribute('src') || e.textContent)")
    foreign = [s for s in scripts if not (s or "").startswith(SITE_SCRIPTS)]
    assert not foreign, f"script elements that are not the site's: {foreign}"
    assert p.locator("main img, iframe, object, embed").count() == 0
    handlers = p.evaluate("""() => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
        .filter(a => a.name.toLowerCase().startsWith('on')).map(a => e.tagName + '@' + a.name + '=' + a.value))""")
    assert not handlers, f"event-handler attributes: {handlers}"
    # Anything a reader can follow or that loads a document (a <link rel=icon href="data:,"> of the site's is fine).
    dangerous = p.evaluate("""() => [...document.querySelectorAll(
            'a[href], area[href], iframe[src], frame[src], embed[src], object[data], form[action], [formaction]')]
        .map(e => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('data') ?? e.getAttribute('action')
               ?? e.getAttribute('formaction'))
        .filter(v => /^\\s*(javascript|data|vbscript):/i.test(v.replace(/[\\u0000-\\u001f]/g, '')))""")
    assert not dangerous, f"links with a dangerous scheme: {dangerous}"
    assert p.locator("a[href^=javascript i], a[href^=data i]").count() == 0
    # Select everything the hostile links became (a link to a page of the site is left again).
    for label in ("a javascript link", "a spaced javascript link", "a data link", "a vbscript link",
                  "an attribute breaker", "Nobody"):
        p.get_by_text(label, exact=True).first.click()
        p.wait_for_timeout(150)
        assert p.url.startswith(hostile_site.url), f"selecting {label!r} leaves the site for {p.url}"
        if p.url.split("#")[0] != hostile_site.page("hostile.html"):
            page.goto(hostile_site.page("hostile.html"))
    p.locator("main h1").hover()
    for marker in p.locator("sup > a.noteref").all():
        marker.click()
        p.keyboard.press("Escape")
    p.wait_for_timeout(300)
    assert page.dialogs == [], f"a script from the source ran: {page.dialogs}"


def test_hostile_text_on_the_other_pages(hostile_site, context):
    page = watch(context.new_page())
    for relative in ("index.html", "persons.html", "about.html", "search.html"):
        page.goto(hostile_site.page(relative))
        scripts = page.page.eval_on_selector_all("script", "els => els.map(e => e.getAttribute('src') || e.textContent)")
        assert all((s or "").startswith(SITE_SCRIPTS) for s in scripts), f"{relative}: {scripts}"
    page.goto(hostile_site.page("index.html"))
    assert "<script>alert(1)</script>" in page.page.locator("main").inner_text(), (
        "the index does not show the hostile title as text")
    assert page.dialogs == [], page.dialogs


WITHOUT_REGISTER = tei(
    "A letter without persons",
    '<div><head>A letter</head><p>Dear friend, nothing here names a person of a register.</p>'
    '<p>Second paragraph<note place="foot">An unnumbered note without an id.</note>.</p></div>')

# Another project's TEI: valid tei_all, none of our ids, classes or registers.
FOREIGN = {
    "minimal.xml": tei("Minimal", "<p>Hello from a minimal TEI document.</p>"),
    "rich.xml": tei(
        "Another project's letter",
        '<div type="letter" n="1"><head>Letter <hi rend="italic">one</hi></head>'
        '<opener><dateline><placeName>Paris</placeName>, <date when="1900-01-01">1 January 1900</date></dateline>'
        '<salute>Dear <persName ref="#someone-unknown">X</persName>,</salute></opener>'
        '<p>Some <emph>text</emph><lb/>with a line break<pb n="2"/>and a page break, a '
        '<choice><sic>mistake</sic><corr>correction</corr></choice>, '
        '<persName ref="http://example.org/person/1">a person elsewhere</persName> and '
        '<ref target="#closing">a link to the closing</ref>.<note n="a">A note with a letter.</note></p>'
        '<list><item>one</item><item>two</item></list>'
        '<table><row><cell>a</cell><cell>b</cell></row></table>'
        '<quote>A quotation.</quote>'
        '<closer xml:id="closing"><signed>Y</signed></closer></div>',
        lang="fr"),
}


# What the browser makes of markup that HTML does not allow: a block (a note's <aside>) inside a
# <p> ends the paragraph there and its </p> becomes an empty paragraph; an empty id or label.
STRUCTURE = """() => [
    ...[...document.querySelectorAll('main article p:empty')].map(e =>
        'an empty <p> (a block inside a paragraph split it) after: '
        + (e.previousElementSibling ? e.previousElementSibling.outerHTML.slice(0, 160) : '(nothing)')),
    ...[...document.querySelectorAll('[id=""]')].map(e => 'an empty id: ' + e.outerHTML.slice(0, 120)),
    ...[...document.querySelectorAll('[aria-label]')].filter(e => /^\\s*(note)?\\s*$/i.test(e.getAttribute('aria-label')))
        .map(e => 'an empty label: ' + e.outerHTML.slice(0, 120)),
]"""

EXPECTED = {"letter.xml": "nothing here names a person", "minimal.xml": "Hello from a minimal TEI document.",
            "rich.xml": "a person elsewhere"}


@pytest.mark.parametrize("folder", ["without-register", "foreign"])
def test_other_tei_renders(tmp_path, servers, context, folder):
    (tmp_path / "tei").mkdir()
    files = {"letter.xml": WITHOUT_REGISTER} if folder == "without-register" else FOREIGN
    for name, text in files.items():
        (tmp_path / "tei" / name).write_text(text, encoding="utf-8")
    served = servers.serve(build(tmp_path / "tei", tmp_path / "html"))
    page = watch(context.new_page())
    problems: list[str] = []
    for name in files:
        relative = name.replace(".xml", ".html")
        page.goto(served.page(relative))
        assert page.page.locator("main").count() == 1, f"{relative}: no single main"
        assert page.page.locator("h1").count() == 1, f"{relative}: {page.page.locator('h1').count()} h1"
        assert EXPECTED[name] in page.page.locator("main").inner_text(), f"{relative} does not show its text"
        problems.extend(f"{relative}: {problem}" for problem in page.page.evaluate(STRUCTURE))
    for relative in ("index.html", "persons.html", "about.html", "search.html"):
        page.goto(served.page(relative))
    assert not problems, "pages the browser reads otherwise than they were written:\n" + "\n".join(problems)
    assert page.errors == [] and page.failed == [], f"script errors: {page.errors}; failed requests: {page.failed}"
    broken = crawl(served, page)
    assert not broken, f"{len(broken)} broken internal links:\n" + "\n".join(broken)
