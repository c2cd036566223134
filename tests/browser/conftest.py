"""Browser tests of the web edition: the site is built once (`edition html`), served from a
loopback web server, and driven with Playwright in Debian's chromium (never a downloaded browser).

Without chromium (or Playwright, or axe-core from `npm ci --prefix tests/browser`) the browser
tests are skipped on a developer's machine and FAIL in CI (CI=true), where .ci/run installs them.
"""
from __future__ import annotations

import shutil

import pytest

from .browser_support import AXE, CHROMIUM_ARGS, DESKTOP, ROOT, Served, Servers, Watched, build, missing, watch


@pytest.fixture(scope="session")
def servers():
    running = Servers()
    yield running
    running.close()


@pytest.fixture(scope="session")
def site(tmp_path_factory, servers) -> Served:
    """The edition's own site (tei/), built once and served on 127.0.0.1."""
    output = build(ROOT / "tei", tmp_path_factory.mktemp("site") / "html", ROOT)
    return servers.serve(output)


@pytest.fixture(scope="session")
def browser():
    executable = shutil.which("chromium")
    if executable is None:
        missing("chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Playwright for Python is not installed (pip install -e '.[test]')")
    playwright = sync_playwright().start()
    try:
        launched = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
    except Exception as exc:  # noqa: BLE001 - any failure to start the browser is reported as such
        playwright.stop()
        missing(f"chromium ({executable}) could not be started: {exc}")
    yield launched
    launched.close()
    playwright.stop()


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport=DESKTOP)
    ctx.set_default_timeout(10_000)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context) -> Watched:
    return watch(context.new_page())


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.exists():
        missing(f"axe-core is not installed ({AXE.relative_to(ROOT)}): run  npm ci --prefix tests/browser")
    return AXE.read_text(encoding="utf-8")
