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
def playwright():
    """One Playwright per module: its sync API runs one event loop, which a second would find running."""
    with sync_api.sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright, tmp_path_factory):
    # launch_persistent_context gives a fresh --user-data-dir of our own
    context = playwright.chromium.launch_persistent_context(
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


# --- the workbench of `regkg serve` (regkg/server/workbench.py) in the browser -----------------------

# The README's screenshots: written where the README shows them when REGKG_SCREENSHOTS=docs asks for it
# (`REGKG_SCREENSHOTS=docs make test` after a change to the pages), else beside the views' ones in outputs/.
WORKBENCH_SHOTS = ROOT / "docs" / "screenshots" if os.environ.get("REGKG_SCREENSHOTS") == "docs" else SHOTS / "workbench"
# An output folder of `regkg build` over 1,000 generated gazettes (benchmarks/bench_workbench.py makes
# one): building it takes 4.4 minutes on this machine, more than the suite can spend.
BIG_BUILD = os.environ.get("REGKG_WORKBENCH_BUILD")
REPEALED = "泸市府办发〔2022〕67号"


class Serving:
    """An app served by uvicorn on a free loopback port, in a thread."""

    def __init__(self, app) -> None:
        import socket
        import threading
        import time

        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.time() + 10
        while not self.server.started:
            assert time.time() < deadline, "the server did not start"
            time.sleep(0.02)
        self.base = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def served():
    from regkg import graph
    from regkg.orchestrate import load_sources
    from regkg.server import Settings, create_app

    out = sample_outputs()
    running = Serving(create_app(graph.load(out), sources=load_sources(out), settings=Settings(as_of=AS_OF)))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def online_browser(playwright, tmp_path_factory):
    """A browser that may reach the loopback server (the offline one reaches nothing); WorkbenchPage
    aborts every request to anywhere else."""
    context = playwright.chromium.launch_persistent_context(
        str(tmp_path_factory.mktemp("chromium-workbench")), executable_path=CHROMIUM, headless=True, args=FLAGS,
        viewport={"width": 1400, "height": 900}, accept_downloads=True)
    yield context
    context.close()


class WorkbenchPage(Page):
    def __init__(self, context, base: str) -> None:
        self.base = base
        super().__init__(context)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def _route(self, route) -> None:
        if route.request.url.startswith(self.base + "/"):
            route.continue_()
        else:
            self.external.append(route.request.url)
            route.abort()

    def go(self, path: str) -> None:
        self.page.goto(self.base + path)

    def assert_offline(self) -> None:
        assert not self.external, self.external
        assert not self.errors, self.errors
        assert not self.dialogs, self.dialogs


def _workbench_shot(page: WorkbenchPage, name: str) -> Path:
    WORKBENCH_SHOTS.mkdir(parents=True, exist_ok=True)
    path = WORKBENCH_SHOTS / name
    page.page.screenshot(path=str(path), full_page=False)
    return path


def test_search_a_number_with_other_brackets_to_its_repeal(online_browser, served):
    import regkg
    from regkg import graph

    said = regkg.status(graph.load(sample_outputs()), REPEALED, as_of=AS_OF)
    page = WorkbenchPage(online_browser, served.base)
    page.go("/search?q=" + "泸市府办发〔2022〕68号")  # no such number: the nearest ones
    assert "Did you mean" in page.page.text_content(".didyoumean")
    assert page.page.locator(".didyoumean a", has_text=REPEALED).count() == 1
    _workbench_shot(page, "search.png")
    page.page.fill("#q", "泸市府办发[2022]67号")
    page.page.press("#q", "Enter")
    page.page.wait_for_url("**/doc/**")
    assert page.page.locator(".number").text_content() == REPEALED
    status = page.page.locator("p.status").text_content()
    assert "repealed" in page.page.locator("p.status .badge").text_content()
    assert "repealed by 泸市府办发〔2024〕41号, in effect from 2024-11-08" in status
    page.page.click("p.status a[href='#ev1']")
    marked = "".join(page.page.locator("#ev1 .ev").all_text_contents())  # the sentence, highlighted
    assert marked == said.evidence[0].text and "同时废止" in marked
    page.page.click("#draw")
    page.page.wait_for_selector("body[data-drawn='1']", timeout=15_000)
    assert page.canvas_pixels() > 2_000
    assert "2 documents" in page.page.text_content("#drawn")
    page.page.locator("#draw").scroll_into_view_if_needed()
    _workbench_shot(page, "document.png")
    page.assert_offline()


def test_filter_the_work_list_and_download_its_csv(online_browser, served, tmp_path):
    import csv

    page = WorkbenchPage(online_browser, served.base)
    page.go("/worklist")
    assert "1 references to clear" in page.page.text_content("p.count")
    label = next(o for o in page.page.locator("#f-jurisdiction option").all_text_contents() if o.startswith("泸州市"))
    with page.page.expect_navigation():
        page.page.select_option("#f-jurisdiction", label=label)  # a filter changed submits its form
    assert "jurisdiction=" in page.page.url
    assert "1 references to clear" in page.page.text_content("p.count")
    assert "泸市府办发〔2022〕14号" in page.page.text_content("table.worklist")
    _workbench_shot(page, "worklist.png")
    with page.page.expect_download() as download:
        page.page.click("#csv")
    saved = tmp_path / "worklist.csv"
    download.value.save_as(saved)
    rows = list(csv.reader(saved.open(encoding="utf-8-sig")))
    assert len(rows) == 2 and rows[1][0] == "泸市府办发〔2024〕39号" and rows[1][5] == "泸市府办发〔2022〕14号"
    page.assert_offline()


def test_documents_and_overview_pages(online_browser, served):
    page = WorkbenchPage(online_browser, served.base)
    page.go("/documents")
    rows = page.page.locator("table.documents tr").count()
    with page.page.expect_navigation():
        page.page.select_option("#f-year", value="2024")
    assert 1 < page.page.locator("table.documents tr").count() < rows
    _workbench_shot(page, "documents.png")
    page.go("/overview")
    assert page.page.locator("svg").count() == 2 and page.page.locator("#by-status tr").count() == 5
    _workbench_shot(page, "overview.png")
    page.assert_offline()


@pytest.mark.skipif(not BIG_BUILD, reason="REGKG_WORKBENCH_BUILD names no build of 1,000 generated gazettes "
                    "(building one takes 4.4 min here; `python benchmarks/bench_workbench.py` builds it, "
                    "times this page and prints the folder)")
def test_overview_of_a_thousand_gazettes_renders(online_browser):
    import time

    from regkg import graph
    from regkg.server import Settings, create_app

    running = Serving(create_app(graph.load(BIG_BUILD), settings=Settings(as_of=AS_OF)))
    try:
        page = WorkbenchPage(online_browser, running.base)
        start = time.perf_counter()
        page.go("/overview")
        page.page.wait_for_selector("#by-status", timeout=60_000)
        print(f"overview of {BIG_BUILD}: {time.perf_counter() - start:.2f} s")
        assert page.page.locator("svg").count() == 2
        page.assert_offline()
    finally:
        running.stop()
