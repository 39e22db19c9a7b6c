"""The workbench of `regkg serve` on a generated corpus: how long each page takes to answer (first
request and then), and how long the overview takes to load and render in chromium.

    python benchmarks/bench_workbench.py [--graph OUTDIR] [--gazettes 1000] [--repeat 3]

Without ``--graph`` it generates ``--gazettes`` gazettes (benchmarks/corpus.py, seed 0) and builds
them with ``regkg build DIR -o OUT --no-views`` into a cache folder it reuses next time (building
1,000 takes ~4.5 minutes on 2 cores). Pages are asked through Starlette's TestClient in this process;
the overview is then served by uvicorn on a loopback port and opened in Debian's chromium
(Playwright, skipped when either is missing). Set REGKG_WORKBENCH_BUILD to the printed folder to run
tests/test_browser.py's 1,000-gazette overview test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(tempfile.gettempdir()) / "regkg-bench-workbench"
AS_OF = "2025-06-01"


def built(gazettes: int) -> Path:
    """The cached build of ``gazettes`` generated gazettes, made when missing."""
    out = CACHE / f"out{gazettes}"
    if (out / "build.json").exists():
        return out
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import generate

    corpus = CACHE / f"corpus{gazettes}"
    start = time.perf_counter()
    generate(gazettes, seed=0, out_dir=corpus)
    subprocess.run([sys.executable, "-m", "regkg", "build", str(corpus), "-o", str(out), "--no-views"], check=True)
    print(f"generated and built {gazettes} gazettes in {time.perf_counter() - start:.0f} s -> {out}")
    return out


def pages(kg) -> list[str]:
    """Paths to time: one of each page, with a number, a place and a department of the corpus."""
    view = kg.view
    number = view.sql("SELECT number FROM docs WHERE in_corpus = 1 AND number IS NOT NULL ORDER BY iri LIMIT 1 "
                      "OFFSET 777").fetchone()[0]
    place = view.sql("SELECT jurisdiction FROM docs WHERE in_corpus = 1 ORDER BY iri LIMIT 1 OFFSET 777").fetchone()[0]
    typed = number.replace("〔", "[").replace("〕", "]")
    return ["/", f"/search?q={typed}", f"/search?q={number[:-2]}9999号", "/search?q=应急预案", "/search?q=大气污染防治",
            "/documents", "/documents?status=repealed", f"/documents?jurisdiction={place}", "/documents?year=2019&kind=通知",
            "/documents?sort=title&page=200", "/worklist", f"/worklist?jurisdiction={place}", "/overview",
            "/departments?q=应急管理", f"/doc/{number}", f"/doc/{number}/neighbourhood.json?depth=2"]


def time_pages(app, paths: list[str], repeat: int) -> None:
    from starlette.testclient import TestClient

    client = TestClient(app, base_url="http://127.0.0.1")
    print(f"{'first ms':>9} {'then ms':>8}  page")
    for path in paths:
        took = []
        for _ in range(repeat):
            start = time.perf_counter()
            reply = client.get(path)
            took.append((time.perf_counter() - start) * 1000)
            assert reply.status_code == 200, (path, reply.status_code)
        print(f"{took[0]:9.0f} {statistics.median(took[1:] or took):8.0f}  {path}")
    start = time.perf_counter()
    size = len(client.get("/worklist.csv").content)
    print(f"worklist.csv: {size:,} bytes in {time.perf_counter() - start:.1f} s")


def overview_in_browser(app) -> None:
    chromium = os.environ.get("REGKG_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("overview in chromium: skipped (no playwright package)")
        return
    if chromium is None:
        print("overview in chromium: skipped (no chromium)")
        return
    sys.path.insert(0, str(ROOT / "tests"))
    from test_browser import Serving

    running = Serving(app)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            for attempt in ("first", "then"):
                start = time.perf_counter()
                page.goto(running.base + "/overview")
                page.wait_for_selector("#by-status")
                print(f"overview in chromium ({attempt}): loaded and rendered in {time.perf_counter() - start:.2f} s")
            browser.close()
    finally:
        running.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, help="an output folder of `regkg build` (default: build a generated corpus)")
    parser.add_argument("--gazettes", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from regkg import graph
    from regkg.server import Settings, create_app

    out = args.graph or built(args.gazettes)
    kg = graph.load(out)
    print(f"{out}: {len(kg.view.docs):,} documents")
    start = time.perf_counter()
    app = create_app(kg, settings=Settings(as_of=AS_OF))
    print(f"app created in {time.perf_counter() - start:.2f} s")
    time_pages(app, pages(kg), args.repeat)
    overview_in_browser(create_app(graph.load(out), settings=Settings(as_of=AS_OF)))


if __name__ == "__main__":
    main()
