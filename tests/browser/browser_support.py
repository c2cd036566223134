"""What the browser tests share besides their fixtures (conftest.py): building and serving a site,
watching a page for script errors and dialogs, the kinds of page."""
from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from lxml import html as lxml_html

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "tests" / "artifacts" / "screenshots"
CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}

# The documents of the edition (tei/ less the register).
DOCUMENTS = sorted(p.stem for p in (ROOT / "tei").glob("*.xml") if p.name != "persons.xml")
YUDIN = "yudin-mao-conversation-1956-03-31"
NOTES_DOCUMENT = "lyu-stalin-legacy-sino-soviet-split"  # the document with the most notes


def missing(what: str) -> None:
    """Fail in CI (the run must install it), skip on a developer's machine."""
    message = f"browser tests: {what}"
    if CI:
        pytest.fail(f"{message} (CI=true: .ci/run must install it)", pytrace=False)
    pytest.skip(message)


# ------------------------------------------------------------------ building and serving sites

def build(tei: Path, output: Path, project_root: Path | None = None) -> Path:
    """`edition html TEI -o OUTPUT`, run as a person runs it (from the project's folder)."""
    cwd = project_root or tei.parent
    script = Path(sys.executable).with_name("edition")
    command = [str(script)] if script.exists() else [sys.executable, "-c",
                                                     "import sys; from edition.cli import run; sys.exit(run())"]
    result = subprocess.run([*command, "html", str(tei), "-o", str(output)], cwd=cwd, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, (f"edition html {tei} failed ({result.returncode}):\n"
                                    f"{result.stdout}\n{result.stderr}")
    return output


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        """A browser that drops a connection (a page left while loading) is no error of the site."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@dataclass
class Served:
    root: Path
    url: str  # ends with "/"

    def page(self, relative: str) -> str:
        return urllib.parse.urljoin(self.url, relative)

    def pages(self) -> list[str]:
        return sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob("*.html")
                      if "pagefind" not in p.relative_to(self.root).parts)


@dataclass
class Servers:
    running: list[tuple[_Server, threading.Thread]] = field(default_factory=list)

    def serve(self, root: Path) -> Served:
        server = _Server(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
        thread = threading.Thread(target=server.serve_forever, name=f"http {root}", daemon=True)
        thread.start()
        self.running.append((server, thread))
        return Served(root, f"http://127.0.0.1:{server.server_address[1]}/")

    def close(self) -> None:
        for server, thread in self.running:
            server.shutdown()
            server.server_close()
            thread.join(timeout=10)


# ------------------------------------------------------------------ the browser

@dataclass
class Watched:
    """A page with what went wrong on it: uncaught script errors, dialogs, failed responses."""
    page: object
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def goto(self, url: str):
        response = self.page.goto(url, wait_until="load")
        assert response is not None, f"{url}: no response"
        assert response.status == 200, f"{url}: HTTP {response.status}"
        return response


def watch(page) -> Watched:
    watched = Watched(page)
    page.on("pageerror", lambda exc: watched.errors.append(str(exc)))

    def console(msg):
        # The browser asks for /favicon.ico by itself: no page of the site refers to it.
        where = (msg.location or {}).get("url", "")
        if msg.type == "error" and not where.endswith("/favicon.ico"):
            watched.errors.append(f"console.{msg.type}: {msg.text} ({where})")

    page.on("console", console)

    def dialog(d):
        watched.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    page.on("dialog", dialog)
    page.on("response", lambda r: watched.failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    return watched


# ------------------------------------------------------------------ the kinds of page

def first_person(site: Served) -> str:
    people = sorted((site.root / "persons").glob("*.html"))
    assert people, "no person page was written (persons/*.html)"
    mao = site.root / "persons" / "person.mao.html"
    return f"persons/{(mao if mao.exists() else people[0]).name}"


def kinds_of_page(site: Served) -> dict[str, str]:
    """One page of each kind, by a short name (for test ids and screenshot names)."""
    return {"index": "index.html", **{f"document-{stem}": f"{stem}.html" for stem in DOCUMENTS},
            "persons": "persons.html", "person": first_person(site), "about": "about.html",
            "search": "search.html"}


KIND_NAMES = ["index", *[f"document-{stem}" for stem in DOCUMENTS], "persons", "person", "about", "search"]


def http_get(url: str) -> tuple[int, bytes, str]:
    """Status, body and content type of a URL on the loopback server."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - 127.0.0.1 only
            return response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        return exc.code, b"", ""


def _ids(markup: bytes) -> set[str]:
    return set(lxml_html.fromstring(markup).xpath("//@id")) if markup.strip() else set()


def crawl(site: Served, page) -> list[str]:
    """Follow every link of every page (as the browser sees it, after its scripts ran) to the
    site; return what is broken: a target that does not answer 200, a #fragment that is no id."""
    broken: list[str] = []
    origin = urllib.parse.urlsplit(site.url).netloc
    targets: dict[str, set[str]] = {}  # URL without fragment -> pages that link to it (with fragment)
    for relative in site.pages():
        page.goto(site.page(relative))
        for href in page.page.eval_on_selector_all("a[href], area[href]", "els => els.map(e => e.href)"):
            parts = urllib.parse.urlsplit(href)
            if parts.scheme in {"http", "https"} and parts.netloc == origin:
                targets.setdefault(href, set()).add(relative)
            elif parts.scheme == "file":
                broken.append(f"{relative}: a link to the local disk: {href}")
    answered: dict[str, tuple[int, bytes, str]] = {}
    for href, sources in sorted(targets.items()):
        url, fragment = urllib.parse.urldefrag(href)
        if url not in answered:
            answered[url] = http_get(url)
        status, body, content_type = answered[url]
        where = ", ".join(sorted(sources)[:3]) + (" …" if len(sources) > 3 else "")
        if status != 200:
            broken.append(f"{where}: {href} answers {status}")
        elif fragment and "html" in content_type:
            if urllib.parse.unquote(fragment) not in _ids(body):
                broken.append(f"{where}: {href}: no id {urllib.parse.unquote(fragment)!r} on the target page")
    return broken
