"""Highlight persons on a document page; search the edition from search.html."""
from __future__ import annotations

import urllib.parse

from .browser_support import NOTES_DOCUMENT, YUDIN

# What highlighting may change on a person's link.
STYLE = """el => { const s = getComputedStyle(el);
    return ['background-color', 'background-image', 'color', 'outline-style', 'outline-color', 'box-shadow',
            'text-decoration-line', 'text-decoration-color', 'text-decoration-style', 'border-bottom-style',
            'border-bottom-color', 'border-bottom-width', 'font-weight', 'font-style']
           .map(p => p + ': ' + s.getPropertyValue(p)).join('; '); }"""


def test_highlight_persons_toggles(site, page):
    page.goto(site.page(f"{NOTES_DOCUMENT}.html"))
    p = page.page
    button = p.locator("button.highlight-persons")
    assert button.count() == 1, "no button.highlight-persons on the document page"
    assert button.get_attribute("aria-pressed") == "false"
    person = p.locator("main .text a.person, main a.person").first
    assert person.count() == 1, "no person link (a.person) on the document page"
    before = person.evaluate(STYLE)
    button.click()
    assert button.get_attribute("aria-pressed") == "true", "after a click aria-pressed is not \"true\""
    try:
        p.wait_for_function(f"([el, before]) => ({STYLE})(el) !== before", arg=[person.element_handle(), before],
                            timeout=3000)
    except Exception:  # noqa: BLE001 - reported just below
        pass
    after = person.evaluate(STYLE)
    assert after != before, f"highlighting changes nothing on a person's link: {after}"
    button.click()
    assert button.get_attribute("aria-pressed") == "false", "a second click does not turn highlighting off"
    assert page.errors == [], page.errors


def test_search_finds_comintern_in_the_yudin_record(site, page):
    page.goto(site.page("search.html"))
    p = page.page
    field = p.locator("main input[type=search], main input[type=text], main input:not([type])").first
    try:
        field.wait_for(state="visible", timeout=5000)
    except Exception:  # noqa: BLE001 - reported just below
        pass
    assert field.count() == 1 and field.is_visible(), (
        f"search.html shows no search field; script errors: {page.errors}; failed requests: {page.failed}")
    field.fill("Comintern")
    hit = p.locator(f"main a[href*='{YUDIN}.html#']").first
    try:
        hit.wait_for(state="visible", timeout=10_000)
    except Exception:  # noqa: BLE001 - reported just below
        pass
    links = p.eval_on_selector_all("main a[href]", "els => els.map(e => e.getAttribute('href'))")
    assert hit.count() == 1, (f"no result links to {YUDIN}.html#…; links in main: {links[:10]}; "
                              f"script errors: {page.errors}")
    href = hit.evaluate("a => a.href")
    fragment = urllib.parse.unquote(urllib.parse.urlsplit(href).fragment)
    assert fragment, href
    hit.click()
    p.wait_for_url(f"**/{YUDIN}.html#*", timeout=10_000)
    assert p.evaluate("id => !!document.getElementById(id)", fragment), f"{href}: no id {fragment!r} on the page"
    assert page.errors == [], page.errors
