"""The clerk's workbench in ``regkg serve``: server-rendered pages over a build's index, each at a
stable URL, every query a page of an indexed read (tests/test_workbench.py, benchmarks/bench_workbench.py).

==========================  =====================================================================
``/``, ``/search?q=``       one search box: a number typed any way goes to its page; else results
``/documents?…``            the documents, filtered by status on a date, jurisdiction, issuer, year, 文种
``/worklist?…``             the 清理 work list; ``/worklist.csv`` and ``/worklist.xlsx`` export it
``/doc/{number or IRI}``    the document page (:func:`regkg.views.page.document_page`) and a
                            neighbourhood drawn on demand from ``/doc/…/neighbourhood.json``
``/departments?q=``         departments with their duties; ``/department/{name}`` one department's
``/overview``               the corpus in aggregates
``/changes``                what this build changed against an earlier one (:func:`regkg.graph.diff.diff`)
==========================  =====================================================================

Pages run no inline script of their own: their scripts are files under ``/static/`` (the app's
policy adds 'self' to the hashes of the network views' scripts), and every value is escaped by the
templates.
"""

from __future__ import annotations

import re
import tempfile
import weakref
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, urlencode

import anyio
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import (FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response,
                                 StreamingResponse)
from starlette.routing import Route

from regkg.errors import DocumentNotFound
from regkg.graph.diff import diff
from regkg.graph.duties import DepartmentNotFound, departments, duties
from regkg.graph.status import STATES, as_of_date
from regkg.graph.suggest import suggest
from regkg.graph.text_index import fold
from regkg.server import catalogue, finding, neighbours, overview as overview_
from regkg.server.duty_search import tasks_mentioning
from regkg.server.security import SECURITY_HEADERS
from regkg.server.worklist import WorkFilter, csv_chunks, work_items, work_page, write_xlsx
from regkg.views import assets
from regkg.views.evidence import SourceTexts
from regkg.views.page import PageLinks, document_page
from regkg.views.style import STATUS_STYLE, category

__all__ = ["workbench_routes", "index_view", "doc_path", "STATIC", "MAX_PAGE"]

# Pages a request may ask for: past this, OFFSET walks too far into a large index to answer quickly.
MAX_PAGE = 20_000
# Departments listed per page.
DEPARTMENT_ROWS = 100
# Rows of each list of /changes shown (the counts are whole).
CHANGES_ROWS = 200
_STATIC_DIR = Path(__file__).parent / "static"
# Files served under /static/: name -> media type (anything else is 404).
STATIC = {"workbench.js": "text/javascript; charset=utf-8", "workbench.css": "text/css; charset=utf-8",
          "vis-network.min.js": "text/javascript; charset=utf-8"}
# The policy the reused document page sets in a meta element: the workbench's own (a header)
# replaces it, so the page may run /static/ scripts and fetch its neighbourhood.
_PAGE_POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?')


class BadRequest(ValueError):
    """A parameter a page cannot use (the message says which and why)."""


def index_view(kg):
    """The index ``kg`` is read through: its own, or — for a graph built in memory (tests, notebooks)
    — one written to a temporary file that goes when ``kg`` does."""
    view = kg.view
    if getattr(view, "indexed", False):
        return view
    from regkg.graph.index_read import IndexView
    from regkg.graph.index_write import write_index

    folder = tempfile.TemporaryDirectory(prefix="regkg-workbench-")
    path = Path(folder.name) / "index.sqlite"
    write_index(view, path, status_as_of=kg.status_as_of, duties=getattr(kg, "duty_table", None),
                evidence=getattr(kg, "evidence_table", None))  # a build's own, on disk: never read whole
    indexed = IndexView(path)
    weakref.finalize(indexed, folder.cleanup)
    return indexed


def doc_path(number: str | None, iri: str) -> str:
    """The stable URL of a document's page: ``/doc/`` and its number (its IRI if it has none).

    >>> doc_path("泸市府办发〔2022〕67号", "https://w3id.org/regkg/id/doc/泸市府办发〔2022〕67号")
    '/doc/%E6%B3%B8%E5%B8%82%E5%BA%9C%E5%8A%9E%E5%8F%91%E3%80%942022%E3%80%9567%E5%8F%B7'
    """
    return "/doc/" + quote(number or iri, safe="")


class _PageNames(dict):
    """IRI -> the URL stem of its page, made when a link asks (document_page's ``names``; the static
    export's ``page_names`` would read every document of the index)."""

    def __init__(self, view) -> None:
        super().__init__()
        self._view = view

    def get(self, iri, default=None):
        doc = self._view.docs.get(iri)
        return doc_path(doc.number, iri)[len("/doc/"):] if doc else default


@dataclass(frozen=True)
class _Params:
    """The query parameters of one request, checked."""

    values: dict

    def text(self, name: str, limit: int = 200) -> str | None:
        value = (self.values.get(name) or "").strip()
        if len(value) > limit:
            raise BadRequest(f"{name} is longer than {limit} characters")
        return value or None

    def day(self, default: str) -> str:
        try:
            return as_of_date(self.text("as_of") or default)
        except ValueError:
            raise BadRequest("as_of must be a date (YYYY-MM-DD)") from None

    def whole(self, name: str, default: int, low: int, high: int) -> int:
        raw = self.text(name)
        try:
            value = int(raw) if raw is not None else default
        except ValueError:
            raise BadRequest(f"{name} must be a whole number") from None
        if not low <= value <= high:
            raise BadRequest(f"{name} must be between {low} and {high}")
        return value

    def one_of(self, name: str, allowed) -> str | None:
        value = self.text(name)
        if value is not None and value not in allowed:
            raise BadRequest(f"{name} must be one of {', '.join(allowed)}")
        return value


@lru_cache(maxsize=1)
def _env() -> Environment:
    environment = Environment(loader=PackageLoader("regkg.server", "templates"),
                              autoescape=select_autoescape(default=True, default_for_string=True),
                              undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    environment.globals.update(doc_path=doc_path, style_of=_style_of, states=STATES, quote=quote)
    environment.filters["with_params"] = _with_params
    return environment


def _style_of(state: str, in_corpus: bool = True):
    return STATUS_STYLE[category(state, in_corpus=in_corpus)]


def _with_params(path: str, params: dict, **changes) -> str:
    """``path`` with the request's parameters, ``changes`` applied (None drops one)."""
    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "")}
    return path + ("?" + urlencode(merged) if merged else "")


def workbench_routes(kg, *, today, sources: SourceTexts, html, error_page, previous=None) -> list[Route]:
    """The workbench's routes over ``kg``. ``today()`` is the default date of statuses, ``html(text,
    status)`` and ``error_page(status, message)`` make the app's responses (its headers and policy);
    ``previous``: an earlier build of the corpus, what ``/changes`` compares ``kg`` with."""
    view = index_view(kg)
    # diff() reads every document of both builds: once per day asked, kept (the builds never change)
    changes_on = lru_cache(maxsize=4)(lambda day: diff(previous, kg, as_of=day))
    names = _PageNames(view)
    facets = lru_cache(maxsize=1)(lambda: catalogue.choices(view))
    corpus_overview = lru_cache(maxsize=8)(lambda day: overview_.overview(view, day))

    def page(template: str, request: Request, status: int = 200, **context) -> HTMLResponse:
        text = _env().get_template(template).render(request_path=request.url.path, params=dict(request.query_params),
                                                     css=assets.static("page.css") + _static_text("workbench.css"),
                                                     **context)
        return html(text, status)

    def off_thread(work):
        """A handler whose reads run in a worker thread (SQLite blocks), its BadRequest a 400."""
        async def handler(request: Request) -> Response:
            try:
                return await anyio.to_thread.run_sync(work, request)
            except BadRequest as exc:
                return error_page(400, str(exc))
        return handler

    def _issuers(params: _Params) -> tuple[str, ...] | None:
        name = params.text("issuer")
        return catalogue.issuer_iris(view, name) if name else None

    def search_page(request: Request) -> Response:
        params = _Params(dict(request.query_params))
        text, day = params.text("q") or "", params.day(today())
        pageno = params.whole("page", 1, 1, MAX_PAGE)
        if text and pageno == 1 and (iri := finding.resolve(view, text)):
            return RedirectResponse(_with_params(doc_path(view.docs[iri].number, iri), {"as_of": params.text("as_of")}),
                                    status_code=303)
        found = finding.search(view, text, day=day, page=pageno)
        return page("search.html", request, found=found, day=day, documents=len(view.docs) if not text else None)

    def documents_page(request: Request) -> Response:
        params = _Params(dict(request.query_params))
        wanted = catalogue.DocFilter(
            day=params.day(today()), state=params.one_of("status", STATES),
            jurisdiction=params.text("jurisdiction"), issuers=_issuers(params),
            year=params.whole("year", 0, 1900, 2100) if params.text("year") else None,
            kind=params.text("kind", 20), outside=params.text("outside") == "1",
            sort=params.one_of("sort", catalogue.SORTS) or "date")
        found = catalogue.documents(view, wanted, params.whole("page", 1, 1, MAX_PAGE))
        return page("documents.html", request, wanted=wanted, found=found, facets=facets(), sorts=catalogue.SORTS)

    def _work_filter(params: _Params) -> WorkFilter:
        return WorkFilter(params.day(today()), params.text("jurisdiction"), _issuers(params))

    def worklist_page(request: Request) -> Response:
        params = _Params(dict(request.query_params))
        wanted = _work_filter(params)
        found = work_page(view, wanted, params.whole("page", 1, 1, MAX_PAGE))
        return page("worklist.html", request, wanted=wanted, found=found, facets=facets())

    def worklist_csv(request: Request) -> Response:
        wanted = _work_filter(_Params(dict(request.query_params)))
        return StreamingResponse(_in_thread(csv_chunks(work_items(view, wanted))), media_type="text/csv; charset=utf-8",
                                 headers={**SECURITY_HEADERS, "Content-Disposition": _attachment("worklist", wanted.day, "csv")})

    def worklist_xlsx(request: Request) -> Response:
        wanted = _work_filter(_Params(dict(request.query_params)))
        folder = tempfile.mkdtemp(prefix="regkg-xlsx-")
        path = Path(folder) / "worklist.xlsx"
        write_xlsx(work_items(view, wanted), path, title=f"规范性文件清理 {wanted.day}")
        return FileResponse(path, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            headers={**SECURITY_HEADERS, "Content-Disposition": _attachment("worklist", wanted.day, "xlsx")},
                            background=BackgroundTask(_remove, path))

    def _found_doc(ref: str) -> str:
        """The IRI a /doc/ path names: a number typed any way, an IRI, or a title (DocumentNotFound)."""
        return finding.resolve(view, ref) or view.find(ref).iri

    def doc_page(request: Request) -> Response:
        ref = request.path_params["ref"]
        params = _Params(dict(request.query_params))
        day = params.day(today())
        wants_json = ref.endswith(_NEIGHBOURHOOD)
        ref = ref.removesuffix(_NEIGHBOURHOOD) if wants_json else ref.removesuffix(".html")
        try:
            iri = _found_doc(ref)
        except DocumentNotFound as exc:
            if wants_json:
                return JSONResponse({"error": str(exc)}, status_code=404, headers=SECURITY_HEADERS)
            return page("missing.html", request, 404, text=ref, message=str(exc),
                        suggestions=suggest(view, ref, as_of=day))
        doc = view.docs[iri]
        if wants_json:
            depth = params.whole("depth", 1, 1, neighbours.MAX_DEPTH)
            return JSONResponse(neighbours.neighbourhood_json(view, iri, day=day, depth=depth),
                                headers=SECURITY_HEADERS)
        stable = doc_path(doc.number, iri)
        if ref != (doc.number or iri):  # typed another way: to the page's one URL
            return RedirectResponse(_with_params(stable, dict(request.query_params)), status_code=308)
        text = document_page(graph, iri, as_of=day, sources=sources, links=_DOC_LINKS, names=names)
        return html(_workbench_document(text, stable), 200)

    graph = kg if kg.view is view else _Holder(view)

    def departments_page(request: Request) -> Response:
        params = _Params(dict(request.query_params))
        text = params.text("q") or ""
        pageno = params.whole("page", 1, 1, MAX_PAGE)
        every = departments(view)
        wanted = fold(text)
        chosen = [d for d in every if not wanted or wanted in fold(d.name) or any(wanted in fold(a) for a in d.abbreviations)]
        shown = chosen[(pageno - 1) * DEPARTMENT_ROWS: pageno * DEPARTMENT_ROWS]
        tasks = tasks_mentioning(view, text, limit=DEPARTMENT_ROWS)
        found = catalogue.Page(shown, len(chosen), False, pageno, DEPARTMENT_ROWS)
        return page("departments.html", request, text=text, found=found, tasks=tasks, total=len(every))

    def department_page(request: Request) -> Response:
        params = _Params(dict(request.query_params))
        name = request.path_params["name"]
        place = params.text("jurisdiction")
        pageno = params.whole("page", 1, 1, MAX_PAGE)
        size = catalogue.PAGE_ROWS
        try:
            rows = duties(view, name, jurisdiction=place, limit=size + 1, offset=(pageno - 1) * size)
        except DepartmentNotFound as exc:
            return page("missing.html", request, 404, text=name, message=str(exc), suggestions=[])
        return page("department.html", request, name=name, place=place, rows=rows[:size], more=len(rows) > size,
                    pageno=pageno)

    def overview_page(request: Request) -> Response:
        params = _Params(dict(request.query_params))
        day = params.day(today())
        return page("overview.html", request, o=corpus_overview(day), charts=overview_.charts(corpus_overview(day)))

    def changes_page(request: Request) -> Response:
        params = _Params(dict(request.query_params))
        day = params.day(today())
        found = changes_on(day) if previous is not None else None
        return page("changes.html", request, changes=found, day=day, shown=CHANGES_ROWS)

    async def static_file(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:
            return error_page(404, f"nothing at {request.url.path}")
        return Response(_static_text(name), media_type=STATIC[name],
                        headers={**SECURITY_HEADERS, "Cache-Control": "max-age=3600"})

    return [
        Route("/", off_thread(search_page)),
        Route("/search", off_thread(search_page)),
        Route("/documents", off_thread(documents_page)),
        Route("/worklist", off_thread(worklist_page)),
        Route("/worklist.csv", off_thread(worklist_csv)),
        Route("/worklist.xlsx", off_thread(worklist_xlsx)),
        Route("/doc/{ref:path}", off_thread(doc_page)),
        Route("/departments", off_thread(departments_page)),
        Route("/department/{name}", off_thread(department_page)),
        Route("/overview", off_thread(overview_page)),
        Route("/changes", off_thread(changes_page)),
        Route("/static/{name}", static_file),
    ]


_NEIGHBOURHOOD = "/neighbourhood.json"
# Where the links of a document page go in the workbench.
_DOC_LINKS = PageLinks(docs="/doc/", graph="/overview", report="/report.html", index="/documents",
                       neighbourhood="/view?doc=")


@dataclass(frozen=True)
class _Holder:
    """A graph whose questions read ``view`` (the temporary index of a graph built in memory)."""

    view: object


def _attachment(stem: str, day: str, suffix: str) -> str:
    return f'attachment; filename="{stem}-{day}.{suffix}"'


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.parent.rmdir()


async def _in_thread(chunks):
    """An iterator's items, each read in a worker thread (they are SQLite reads)."""
    done = object()
    while (chunk := await anyio.to_thread.run_sync(next, chunks, done)) is not done:
        yield chunk


@lru_cache(maxsize=None)
def _static_text(name: str) -> str:
    if name == "vis-network.min.js":
        return assets.vis_network_js()
    return (_STATIC_DIR / name).read_text(encoding="utf-8")


def _workbench_document(text: str, here: str) -> str:
    """The static export's document page as a workbench page: the app's policy instead of the
    page's own (which forbids every script), the workbench's bar on top, the neighbourhood section
    after the status, its script at the end."""
    bar = _env().get_template("bar.html").render(request_path="/doc/")
    section = _env().get_template("neighbourhood.html").render(url=here + _NEIGHBOURHOOD)
    text = _PAGE_POLICY.sub("", text, count=1)
    text = text.replace("</style>", _static_text("workbench.css") + "</style>", 1)
    text = text.replace("<body>", "<body>\n" + bar, 1)
    text = text.replace("</header>", "</header>\n" + section, 1)
    return text.replace("</body>", '<script src="/static/workbench.js"></script>\n</body>', 1)
