"""Notes: a marker opens a popover with the note (mouse and keyboard), Escape closes it and gives
the focus back to the marker; without JavaScript the marker is a plain link to the note."""
from __future__ import annotations

import re

import pytest
from lxml import html as lxml_html

from .browser_support import DOCUMENTS, NOTES_DOCUMENT

MARKER = "sup > a.noteref[role=doc-noteref]"
POPOVER = ".note-popover"


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _note_text(p, marker) -> str:
    """The text of the note a marker points to (its aside), without the back link."""
    note_id = marker.get_attribute("href").lstrip("#")
    return _words(p.evaluate("""id => { const n = document.getElementById(id).cloneNode(true);
        n.querySelectorAll('[role=doc-backlink], .note-number').forEach(e => e.remove());
        return n.textContent; }""", note_id))


VISIBLE = """sel => [...document.querySelectorAll(sel)].filter(e => e.getClientRects().length
    && e.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}))"""


def _open_popover_text(p) -> str:
    """The text of the one visible note popover (waits for it)."""
    try:
        p.wait_for_function(f"sel => ({VISIBLE})(sel).length > 0", arg=POPOVER, timeout=5000)
    except Exception:  # noqa: BLE001 - reported as the assertion below
        pass
    texts = p.evaluate(f"sel => ({VISIBLE})(sel).map(e => e.textContent)", POPOVER)
    assert len(texts) == 1, f"{len(texts)} visible {POPOVER} after opening a note, not 1"
    return _words(texts[0])


def _closed(p) -> bool:
    try:
        p.wait_for_function(f"sel => ({VISIBLE})(sel).length === 0", arg=POPOVER, timeout=3000)
    except Exception:  # noqa: BLE001 - reported by the caller
        return False
    return True


@pytest.fixture
def notes_page(site, page):
    page.goto(site.page(f"{NOTES_DOCUMENT}.html"))
    assert page.page.locator(MARKER).count() > 0, f"{NOTES_DOCUMENT}.html has no note marker ({MARKER})"
    return page


def test_click_opens_the_note_and_escape_closes_it(notes_page):
    p = notes_page.page
    marker = p.locator(MARKER).nth(1)
    expected = _note_text(p, marker)
    marker.click()
    shown = _open_popover_text(p)
    assert expected[:60] in shown, f"the popover shows {shown[:200]!r}, not the note {expected[:200]!r}"
    p.keyboard.press("Escape")
    assert _closed(p), "Escape does not close the note popover"
    assert p.evaluate("el => document.activeElement === el", marker.element_handle()), (
        "after Escape the focus is not back on the note marker but on "
        + p.evaluate("document.activeElement ? document.activeElement.outerHTML.slice(0, 120) : 'nothing'"))
    assert notes_page.errors == [], notes_page.errors


def test_keyboard_tab_to_a_marker_and_enter_opens_it(notes_page):
    p = notes_page.page
    for _ in range(600):
        p.keyboard.press("Tab")
        if p.evaluate("document.activeElement && document.activeElement.matches('sup > a.noteref')"):
            break
    else:
        pytest.fail("no note marker is reached with Tab")
    marker_id = p.evaluate("document.activeElement.id")
    expected = _note_text(p, p.locator(f"[id='{marker_id}']"))
    p.keyboard.press("Enter")
    shown = _open_popover_text(p)
    assert expected[:60] in shown, f"Enter on {marker_id}: the popover shows {shown[:200]!r}, not {expected[:200]!r}"
    p.keyboard.press("Escape")
    assert _closed(p), "Escape does not close the note popover"
    assert p.evaluate("document.activeElement && document.activeElement.id") == marker_id, (
        "after Escape the focus is not back on the marker")


@pytest.mark.parametrize("stem", DOCUMENTS)
def test_markers_and_notes_point_at_each_other(site, stem):
    """Every marker's href is a doc-footnote aside whose doc-backlink points back at the marker
    (read from the page as served, before any script)."""
    tree = lxml_html.parse(str(site.root / f"{stem}.html"))
    markers = tree.xpath("//sup/a[contains(concat(' ', @class, ' '), ' noteref ') and @role='doc-noteref']")
    if stem == NOTES_DOCUMENT:
        assert markers, f"{stem}.html has no note marker (sup > a.noteref[role=doc-noteref])"
    problems = []
    for marker in markers:
        href, marker_id = marker.get("href", ""), marker.get("id")
        if not href.startswith("#") or not marker_id:
            problems.append(f"marker {marker.text!r}: href {href!r}, id {marker_id!r}")
            continue
        notes = tree.xpath("//aside[@role='doc-footnote'][@id=$id]", id=href[1:])
        if len(notes) != 1:
            problems.append(f"marker {marker_id}: {len(notes)} aside[role=doc-footnote] with id {href[1:]}")
            continue
        if not notes[0].xpath(".//a[@role='doc-backlink'][@href=$h]", h=f"#{marker_id}"):
            problems.append(f"note {href[1:]}: no a[role=doc-backlink] to #{marker_id}")
    assert not problems, f"{stem}.html:\n" + "\n".join(problems)


def test_without_javascript_a_marker_is_a_link_to_its_note(site, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        p = context.new_page()
        assert p.goto(site.page(f"{NOTES_DOCUMENT}.html")).status == 200
        marker = p.locator(MARKER).first
        href = marker.get_attribute("href")
        assert re.fullmatch(r"#note\.\d+", href or ""), f"the first marker's href is {href!r}"
        marker.click()
        p.wait_for_function("h => location.hash === h", arg=href, timeout=5000)
        assert p.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == href[1:]
        assert p.evaluate(f"sel => ({VISIBLE})(sel).length", POPOVER) == 0
    finally:
        context.close()
