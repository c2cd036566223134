"""axe-core on every kind of page (and on a document with a note open): no serious or critical
violation of WCAG 2.0/2.1/2.2 A and AA."""
from __future__ import annotations

import pytest

from .browser_support import KIND_NAMES, NOTES_DOCUMENT, kinds_of_page

TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]


def violations(p, axe_source: str) -> list[dict]:
    p.add_script_tag(content=axe_source)
    result = p.evaluate("tags => axe.run(document, {runOnly: tags})", TAGS)
    return [v for v in result["violations"] if v.get("impact") in {"serious", "critical"}]


def readable(found: list[dict]) -> str:
    lines = []
    for v in found:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:8]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['html'][:160]}\n        {summary[:300]}")
        if len(v["nodes"]) > 8:
            lines.append(f"    … and {len(v['nodes']) - 8} more")
    return "\n".join(lines)


@pytest.mark.parametrize("kind", KIND_NAMES)
def test_no_serious_accessibility_violation(site, page, axe_source, kind):
    relative = kinds_of_page(site)[kind]
    page.goto(site.page(relative))
    found = violations(page.page, axe_source)
    assert not found, f"{relative}: axe finds {len(found)} serious or critical violations:\n{readable(found)}"


def test_no_serious_accessibility_violation_with_a_note_open(site, page, axe_source):
    page.goto(site.page(f"{NOTES_DOCUMENT}.html"))
    page.page.locator("sup > a.noteref[role=doc-noteref]").first.click()
    page.page.wait_for_timeout(300)
    found = violations(page.page, axe_source)
    assert not found, (f"{NOTES_DOCUMENT}.html with a note open: axe finds {len(found)} serious or critical "
                       f"violations:\n{readable(found)}")
