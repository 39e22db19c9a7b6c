"""Everything ``regkg build`` writes besides the graph: ``graph.html`` (all documents), ``duties.html``
(documents × departments), ``report.html`` (charts), ``docs/*.html`` (one page per document),
``index.html``, and ``sources.json`` (where the input texts are, relative to the output folder, so
``regkg serve`` and ``regkg view`` can show evidence in context later). Each file atomically.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import multiprocessing
import os
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from regkg.processes import die_with_parent
from regkg.graph.index_read import DutiesOf
from regkg.graph.status import as_of_date, state_on
from regkg.keys.pages import PageNaming
from regkg.progress import Steps, wanted
from regkg.views import assets
from regkg.views.templates import DOC_DIR, render, write_atomic
from regkg.views.evidence import Reader, SourceTexts, relative_paths
from regkg.views.scopes import MAX_NODES, corpus, duty_network, page_names
from regkg.views.network import network_html
from regkg.views.page import PageLinks, document_page
from regkg.views.report_page import report_html
from regkg.views.search_fold import fold_data
from regkg.views.style import STATUS_STYLE, category

__all__ = ["write_all", "load_sources", "GRAPH_VIEW", "DUTIES_VIEW", "REPORT_VIEW", "INDEX", "SOURCES_FILE", "NAV"]

GRAPH_VIEW = "graph.html"
DUTIES_VIEW = "duties.html"
REPORT_VIEW = "report.html"
INDEX = "index.html"
SOURCES_FILE = "sources.json"
# Document pages written in one process below this many; above, shared among --jobs processes.
_PARALLEL_PAGES = 500
_PAGES_PER_TASK = 200
# Header links of the top-level pages (text -> file name).
NAV = {"index": INDEX, "all documents": GRAPH_VIEW, "duties": DUTIES_VIEW, "report": REPORT_VIEW}


def load_sources(outdir: str | Path, *, read: Reader | None = None, extra: Mapping[str, Path] | None = None
                 ) -> SourceTexts:
    """The input texts of the build in ``outdir`` (from its sources.json), plus ``extra`` (source name ->
    file), read by ``read``."""
    outdir = Path(outdir)
    paths: dict[str, Path] = {}
    manifest = outdir / SOURCES_FILE
    if manifest.is_file():
        try:
            recorded = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            recorded = {}
        if isinstance(recorded, dict):
            paths.update({str(name): outdir / str(rel) for name, rel in recorded.items()})
    paths.update(extra or {})
    return SourceTexts(paths, read)


@dataclass(frozen=True)
class _Pages:
    """What writing a document's page needs; a forked worker inherits it."""

    kg: Any
    outdir: Path
    day: str
    sources: SourceTexts
    names: PageNaming
    duties_of: Callable[[str], Any] | None = None  # each page's duties, read from the build's index

    def write(self, items: list[tuple[str, str]]) -> list[Path]:
        links = PageLinks()
        written = []
        for iri, stem in items:
            path = self.outdir / DOC_DIR / f"{stem}.html"
            write_atomic(path, document_page(self.kg, iri, as_of=self.day, sources=self.sources, links=links,
                                             names=self.names, duties_of=self.duties_of))
            written.append(path)
        return written


_PAGES: _Pages | None = None  # set in the parent before forking: workers inherit it instead of unpickling a graph


def _write_chunk(items: list[tuple[str, str]]) -> list[Path]:
    assert _PAGES is not None
    return _PAGES.write(items)


def _write_pages(pages: _Pages, jobs: int, bar=None) -> list[Path]:
    """Every document's page. A page takes milliseconds and a national corpus has tens of thousands,
    so past a few hundred they are shared among processes (forked: each inherits the graph)."""
    global _PAGES
    items = list(pages.names.items())
    chunks = [items[i : i + _PAGES_PER_TASK] for i in range(0, len(items), _PAGES_PER_TASK)]
    if jobs <= 1 or len(items) < _PARALLEL_PAGES or "fork" not in multiprocessing.get_all_start_methods():
        written = []
        for chunk in chunks:
            written += pages.write(chunk)
            if bar is not None:
                bar.update(len(chunk))
        return written
    _PAGES = pages
    gc.freeze()  # the graph's objects stay where they are: the collector touching them would copy every page
    # an executor, not multiprocessing.Pool: a page that cannot be written (a full disk) ends the writing with
    # its error, queued pages dropped (with a Pool one build on a full tmpfs hung 10 minutes, 1 run in 4; not
    # reproduced since)
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"), initializer=die_with_parent,
                               initargs=(os.getpid(),))
    try:
        written = []
        for done in pool.map(_write_chunk, chunks):
            written += done
            if bar is not None:
                bar.update(len(done))
        return written
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # what is queued is dropped; what runs ends by itself
        _PAGES = None
        gc.unfreeze()


def index_html(kg, *, as_of: str, max_nodes: int = MAX_NODES) -> str:
    """The documents of the inputs in a table with each one's status on ``as_of`` (a badge), to filter
    by typed number or title, status and jurisdiction in the page itself."""
    view = kg.view
    names = page_names(view)
    docs = sorted((d for d in view.docs.values() if d.in_corpus and not d.notice),
                  key=lambda d: (view.place_name(d.jurisdiction) or "", d.date or "", d.label))
    rows = []
    for d in docs:
        state = state_on(view, d, as_of)
        rows.append((d, view.place_name(d.jurisdiction), f"{DOC_DIR}/{names[d.iri]}.html", state,
                     STATUS_STYLE[category(state, in_corpus=True)]))
    present = {state for *_, state, _ in rows}
    return render("index.html", as_of=as_of, nav=NAV, docs=rows, fold=fold_data(),
                  statuses=[(k, s.label) for k, s in STATUS_STYLE.items() if k in present],
                  places=sorted({place for _, place, *_ in rows if place}), large=len(view.docs) > max_nodes,
                  index_js=assets.static("fold.js") + assets.static("index.js"), css=assets.static("page.css"))


def write_all(kg, outdir: str | Path, *, as_of: str | dt.date | None = None, sources: SourceTexts | None = None,
              max_nodes: int = MAX_NODES, jobs: int = 1, progress: bool | None = False,
              home: str | Path | None = None, index: str | Path | None = None) -> list[Path]:
    """Write the views of ``kg`` into ``outdir``; statuses as of ``as_of`` (default today).

    ``sources`` are the texts of the files the graph was built from (to show evidence in context;
    recorded in sources.json); otherwise the sources.json already in ``outdir`` names them, unread.
    The document pages are written by ``jobs`` processes; ``progress`` shows a bar of them
    on a terminal (None: when stderr is one and not in CI). ``home`` is the folder the views will be
    read from when ``outdir`` is a build's staging folder (sources.json's paths are relative to it).
    ``index``: the index written for ``kg``, which the document pages read their duties from, each its
    own, where a large build's view keeps them on disk (read whole for the pages, 450,000 duties took
    500 MB at 1,000 gazettes). Returns the paths written.
    """
    outdir = Path(outdir)
    day = as_of_date(as_of)
    written: list[Path] = []

    def put(name: str, text: str) -> None:
        write_atomic(outdir / name, text)
        written.append(outdir / name)

    if sources is not None:
        put(SOURCES_FILE, json.dumps(relative_paths(sources.paths(), Path(home or outdir)), ensure_ascii=False,
                                     indent=1, sort_keys=True) + "\n")
    else:
        sources = load_sources(outdir)
    nav = {k: v for k, v in NAV.items()}
    put(GRAPH_VIEW, network_html(corpus(kg, as_of=day, max_nodes=max_nodes), link_prefix=f"{DOC_DIR}/", links=nav))
    put(DUTIES_VIEW, network_html(duty_network(kg, as_of=day, max_nodes=max_nodes), link_prefix=f"{DOC_DIR}/", links=nav))
    put(REPORT_VIEW, report_html(kg, as_of=day, links=nav))
    put(INDEX, index_html(kg, as_of=day, max_nodes=max_nodes))
    names = page_names(kg.view)
    bar = Steps(enabled=wanted(progress)).bar(len(names), "views")
    try:
        on_disk = index is not None and getattr(kg.view, "duty_table", None) is not None
        written += _write_pages(_Pages(kg, outdir, day, sources, names, DutiesOf(index) if on_disk else None), jobs,
                                bar)
    finally:
        if bar is not None:
            bar.close()
    current = {f"{stem}.html" for stem in names.values()}
    for old in sorted((outdir / DOC_DIR).glob("*.html")):  # pages of documents no longer in the graph
        if old.name not in current:
            old.unlink()
    return written
