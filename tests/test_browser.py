"""The views in a real browser: headless Debian chromium driven over the DevTools protocol by
Playwright (its own browser downloads are never used). Opens the neighbourhood view, a document page,
the report and a 2,000-node view from files, with the network cut off: the canvas must draw, no
request may leave the file, nothing from a hostile title may run. Screenshots go to outputs/screenshots/.

Skips (with the reason) only when chromium or the playwright package is missing.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from regkg.views import corpus, network_html
from regkg.views.templates import write_atomic
from regkg.views.write import write_all
from views_support import AS_OF, DOC, hostile_kg, sample_outputs, synthetic_kg

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "outputs" / "screenshots"
CHROMIUM = os.environ.get("REGKG_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
# Seconds the 2,000-node view may take to open and draw (it takes about 2 s on a small CI machine).
OPEN_LIMIT_S = 10
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-extensions"]

if CHROMIUM is None:
    pytest.skip("chromium is not installed (apt-get install -y chromium); the browser test needs it",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with sync_api.sync_playwright() as p:
        # launch_persistent_context gives a fresh --user-data-dir of our own
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, headless=True, args=FLAGS,
            viewport={"width": 1400, "height": 900}, offline=True)
        yield context
        context.close()


class Page:
    """A page that records every request, aborts any that would leave the machine, and every dialog."""

    def __init__(self, context) -> None:
        self.page = context.new_page()
        self.requests: list[str] = []
        self.external: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "about:")):
            route.continue_()
        else:
            self.external.append(url)
            route.abort()

    def open(self, path: Path, fragment: str = "") -> None:
        self.page.goto(path.resolve().as_uri() + fragment)

    def assert_offline(self) -> None:
        assert not self.external, self.external
        assert all(u.startswith(("file:", "data:", "about:")) for u in self.requests), self.requests
        assert not self.errors, self.errors

    def canvas_pixels(self) -> int:
        return self.page.evaluate("""() => {
            const c = document.querySelector('#network canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
            return n; }""")


def _shot(page: Page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    page.page.screenshot(path=str(path))
    return path


def test_neighbourhood_view_draws_offline(browser, tmp_path):
    out = sample_outputs()
    from regkg.views import neighbourhood

    view = out / "views" / "neighbourhood.html"
    write_atomic(view, network_html(neighbourhood(__import__("views_support").sample_kg(), DOC, depth=2, as_of=AS_OF),
                                    link_prefix="../docs/"))
    page = Page(browser)
    page.open(view)
    page.page.wait_for_selector("body[data-rendered='1']", timeout=15_000)
    assert page.canvas_pixels() > 5_000
    page.page.fill("#search", "泸市府办发〔2022〕14号")
    assert "1 match" in page.page.text_content("#matches")
    page.page.click("#focus")
    assert "nodes shown" in page.page.text_content("#counts")
    page.page.click("#reset")
    assert _shot(page, "neighbourhood.png").stat().st_size > 10_000
    page.assert_offline()


def test_document_page_and_report_offline(browser):
    out = sample_outputs()
    page = Page(browser)
    page.open(out / "docs" / f"doc_{DOC}.html")
    assert page.page.locator("h1").text_content().startswith("泸州市人民政府办公室关于印发")
    assert page.page.locator(".ev").count() > 5
    assert page.page.locator("a[href='doc_泸市府办发〔2022〕14号.html']").count() >= 1
    _shot(page, "document_page.png")
    page.page.locator("#ev1").scroll_into_view_if_needed()
    page.page.click("a[href='doc_泸市府办发〔2022〕14号.html'] >> nth=0")
    assert "泸市府办发〔2022〕14号" in page.page.locator(".number").text_content()
    page.open(out / "report.html")
    assert page.page.locator("svg").count() == 3
    _shot(page, "report.png")
    page.open(out / "graph.html", "#focus=" + "https%3A%2F%2Fw3id.org%2Fregkg%2Fid%2Fdoc%2F" + DOC)
    page.page.wait_for_selector("body[data-rendered='1']", timeout=15_000)
    _shot(page, "graph_focus.png")
    page.assert_offline()


def test_hostile_titles_do_not_run(browser, tmp_path):
    write_all(hostile_kg(), tmp_path, as_of=AS_OF)
    page = Page(browser)
    for name in ("graph.html", "duties.html", "report.html", "docs/doc_泸市府发〔2024〕2号.html", "docs/doc_泸市府发〔2019〕1号.html"):
        page.open(tmp_path / name)
        if name.endswith(("graph.html", "duties.html")):
            page.page.wait_for_selector("body[data-rendered='1']", timeout=15_000)
            page.page.fill("#search", "泸市府发")
            page.page.mouse.move(900, 450)
            page.page.wait_for_timeout(300)
    assert not page.dialogs
    page.assert_offline()


def test_two_thousand_node_view_opens_in_seconds(browser, tmp_path):
    scope = corpus(synthetic_kg(), as_of=AS_OF)
    assert len(scope.nodes) >= 1900
    path = tmp_path / "big.html"
    write_atomic(path, network_html(scope))
    page = Page(browser)
    import time

    start = time.perf_counter()
    page.open(path)
    page.page.wait_for_selector("body[data-rendered='1']", timeout=OPEN_LIMIT_S * 1000)
    elapsed = time.perf_counter() - start
    drawn_ms = page.page.evaluate("window.regkgDrawnMs")
    print(f"2,000-node view: {len(scope.nodes)} nodes, opened and drawn in {elapsed:.2f} s (script {drawn_ms:.0f} ms)")
    assert elapsed < OPEN_LIMIT_S
    _shot(page, "two_thousand_nodes.png")
    page.assert_offline()
