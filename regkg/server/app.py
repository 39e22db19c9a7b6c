"""``regkg serve``: a Starlette app over one built graph — the workbench (:mod:`regkg.server.workbench`:
search, documents, the 清理 work list, document pages, departments, overview), the SPARQL 1.1
Protocol at ``/sparql``, the static export's views and pages, a query page with the example
queries, and ``/healthz``. Read-only: nothing a request sends reaches the file system or the graph;
pages are rendered from the graph, documents looked up by the names the graph gives them. Pages run
no script but regkg's own (:mod:`regkg.server.security`); a request naming a host the server was not
told of gets 400; queries run as :mod:`regkg.server.runner` says.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import anyio
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from regkg.errors import DocumentNotFound, RegkgError
from regkg.graph.status import as_of_date
from regkg.graph.store import OxigraphStore
from regkg.server import formats, protocol
from regkg.server.runner import Runner
from regkg.server.security import LOOPBACK_HOSTS, SECURITY_HEADERS, page_csp, script_hashes
from regkg.server.workbench import workbench_routes
from regkg.views import assets
from regkg.views.templates import DOC_DIR, render
from regkg.views.evidence import SourceTexts
from regkg.views.scopes import MAX_NODES, Scope, corpus, department, duty_network, neighbourhood, page_names
from regkg.views.network import network_html
from regkg.views.page import PageLinks, document_page
from regkg.views.report_page import report_html
from regkg.views.write import DUTIES_VIEW, GRAPH_VIEW, INDEX, NAV, REPORT_VIEW, index_html

__all__ = ["create_app", "Settings", "DEFAULT_HOST", "DEFAULT_PORT", "EXAMPLES_DIR"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
# The README's example queries, beside the package in a checkout.
EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples" / "queries"
# Neighbourhood depths a request may ask for.
MAX_DEPTH = 4
# Bytes a POST body may have (a form-encoded query is up to ~9 bytes per character).
_BODY_FACTOR = 9


@dataclass
class Settings:
    limits: protocol.Limits = field(default_factory=protocol.Limits)
    as_of: str | None = None  # None: today, decided per request
    examples_dir: Path = EXAMPLES_DIR
    max_nodes: int = MAX_NODES
    # Host header values answered (security.allowed_hosts makes the list for a bound address)
    allowed_hosts: tuple[str, ...] = LOOPBACK_HOSTS


def _text(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message + "\n", status_code=status, headers=SECURITY_HEADERS)


def _examples(folder: Path) -> list[tuple[str, str, str]]:
    """(name, first comment line, query) for each examples/queries/*.rq."""
    out = []
    if folder.is_dir():
        for path in sorted(folder.glob("*.rq")):
            text = path.read_text(encoding="utf-8")
            first = text.splitlines()[0] if text else ""
            out.append((path.stem, first.lstrip("# ").strip() if first.startswith("#") else "", text))
    return out


def create_app(kg, *, sources: SourceTexts | None = None, settings: Settings | None = None,
               previous=None) -> Starlette:
    """The app for ``kg`` (a loaded :class:`regkg.graph.KnowledgeGraph`); ``previous``, an earlier
    build of the same corpus, is what the workbench's ``/changes`` compares it with."""
    settings = settings or Settings()
    sources = sources or SourceTexts({})
    view = kg.view

    def source():
        """The graph SPARQL runs over. Oxigraph answers in Rust (a COUNT over a million triples in
        0.3 s where rdflib takes 17 s, see regkg.graph.store); a graph small enough for rdflib is
        queried through rdflib's own graph. A graph read through its index opens its store here."""
        store = getattr(kg.store, "opened", lambda: kg.store)()
        return store.ox_store if isinstance(store, OxigraphStore) else store.rdflib_graph()

    # The static export's page names cover every document: made on the first request for one of its
    # pages, not at start (a million documents' names take seconds to read).
    names = lru_cache(maxsize=1)(lambda: page_names(view))
    by_stem = lru_cache(maxsize=1)(lambda: {stem: iri for iri, stem in names().items()})
    examples = _examples(settings.examples_dir)
    runner = Runner(source, settings.limits)
    # The network pages' inline scripts (vis-network, view.js) are the same in every page: hashed once
    # from an empty one, they are the only scripts the pages' policy lets run.
    # The workbench's pages add the server's own script files (regkg.server.workbench).
    csp = page_csp(script_hashes(network_html(Scope(title=""))), own_files=True)
    doc_links = PageLinks(docs="", graph=f"/{GRAPH_VIEW}", report=f"/{REPORT_VIEW}", index="/",
                          neighbourhood="/view?doc=")
    nav = {**{k: f"/{v}" for k, v in NAV.items()}, "SPARQL": "/sparql"}
    nav["index"] = "/"

    def _html(text: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(text, status_code=status, headers={**SECURITY_HEADERS, "Content-Security-Policy": csp})

    def _error_page(status: int, message: str) -> HTMLResponse:
        return _html(f"<!DOCTYPE html><meta charset=utf-8><title>{status}</title><h1>{status}</h1>"
                     f'<p>{html.escape(message)}</p><p><a href="/">regkg</a></p>', status)

    def today() -> str:
        return settings.as_of or dt.date.today().isoformat()

    @lru_cache(maxsize=16)
    def top_page(name: str, day: str) -> str:
        if name == GRAPH_VIEW:
            return network_html(corpus(kg, as_of=day, max_nodes=settings.max_nodes), link_prefix=f"/{DOC_DIR}/", links=nav)
        if name == DUTIES_VIEW:
            return network_html(duty_network(kg, as_of=day), link_prefix=f"/{DOC_DIR}/", links=nav)
        if name == REPORT_VIEW:
            return report_html(kg, as_of=day, links=nav).replace('href="docs/', f'href="/{DOC_DIR}/')
        return index_html(kg, as_of=day).replace('href="docs/', f'href="/{DOC_DIR}/')

    async def page(request: Request) -> Response:
        name = request.url.path.lstrip("/")
        return _html(await anyio.to_thread.run_sync(top_page, name, today()))

    async def doc_page(request: Request) -> Response:
        stem = request.path_params["stem"]
        iri = (await anyio.to_thread.run_sync(by_stem)).get(stem)
        if iri is None:
            return _error_page(404, f"no document page {stem!r}")
        text = await anyio.to_thread.run_sync(
            lambda: document_page(kg, iri, as_of=today(), sources=sources, links=doc_links, names=names()))
        return _html(text)

    async def find_doc(request: Request) -> Response:
        ref = request.query_params.get("ref", "")
        try:
            found = view.find(ref)
        except DocumentNotFound as exc:
            return _error_page(404, str(exc))
        stem = (await anyio.to_thread.run_sync(names))[found.iri]
        return RedirectResponse(f"/{DOC_DIR}/{quote(stem)}.html", status_code=303)

    async def network_view(request: Request) -> Response:
        params = request.query_params
        try:
            depth = int(params.get("depth", "1"))
            day = as_of_date(params.get("as_of") or today())
        except ValueError:
            return _error_page(400, "depth must be a whole number and as_of a date (YYYY-MM-DD)")
        if not 1 <= depth <= MAX_DEPTH:
            return _error_page(400, f"depth must be between 1 and {MAX_DEPTH}")
        try:
            if params.get("doc"):
                scope = await anyio.to_thread.run_sync(
                    lambda: neighbourhood(kg, params["doc"], depth=depth, as_of=day, max_nodes=settings.max_nodes))
            elif params.get("department"):
                scope = await anyio.to_thread.run_sync(
                    lambda: department(kg, params["department"], jurisdiction=params.get("jurisdiction") or None, as_of=day))
            else:
                return RedirectResponse(f"/{GRAPH_VIEW}", status_code=303)
        except RegkgError as exc:
            return _error_page(404, str(exc))
        return _html(await anyio.to_thread.run_sync(lambda: network_html(scope, link_prefix=f"/{DOC_DIR}/", links=nav)))

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "triples": len(kg.store), "documents": len(view.docs)},
                            headers=SECURITY_HEADERS)

    async def _body(request: Request) -> bytes:
        cap = settings.limits.query_chars * _BODY_FACTOR
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise protocol.Rejected(413, f"request body over {cap} bytes")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > cap:
                raise protocol.Rejected(413, f"request body over {cap} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    async def _query_text(request: Request) -> tuple[str | None, list[str]]:
        """(query, format) from a GET or POST request, per the SPARQL 1.1 Protocol."""
        params = request.query_params
        if "update" in params:
            raise protocol.Rejected(403, "this endpoint is read-only: the update operation is not accepted")
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            raise protocol.Rejected(400, "default-graph-uri and named-graph-uri are not supported: the endpoint serves one graph")
        if request.method == "GET":
            return params.get("query"), params.getlist("format")
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await _body(request)
        if media == "application/sparql-update":
            raise protocol.Rejected(403, "this endpoint is read-only: the update operation is not accepted")
        if media == "application/sparql-query":
            try:
                return body.decode("utf-8"), params.getlist("format")
            except UnicodeDecodeError:
                raise protocol.Rejected(400, "the query is not UTF-8") from None
        if media == "application/x-www-form-urlencoded":
            from urllib.parse import parse_qs

            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=20)
            except (UnicodeDecodeError, ValueError) as exc:
                raise protocol.Rejected(400, f"bad form body: {exc}") from None
            if "update" in form:
                raise protocol.Rejected(403, "this endpoint is read-only: the update operation is not accepted")
            if form.get("default-graph-uri") or form.get("named-graph-uri"):
                raise protocol.Rejected(400, "default-graph-uri and named-graph-uri are not supported")
            return (form.get("query") or [None])[0], form.get("format") or params.getlist("format")
        raise protocol.Rejected(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded")

    async def endpoint(request: Request) -> Response:
        arrived = time.monotonic()  # the query's deadline counts from here, waiting included
        try:
            text, wanted = await _query_text(request)
            if text is None:
                if request.method == "GET":
                    return _html(render("query.html", examples=examples, nav=nav, limits=settings.limits,
                                        css=assets.static("page.css")))
                raise protocol.Rejected(400, "no query given (the query parameter is missing)")
            # parsing is pure Python (pyparsing): in a thread, so a long query text cannot hold the loop
            parsed = await anyio.to_thread.run_sync(protocol.parse, text, settings.limits)
            fmt = formats.negotiate(parsed.kind, request.headers.get("accept"), wanted or None)
            body = await runner.run(parsed, "json" if fmt == "html" else fmt, arrived=arrived)
        except protocol.Rejected as exc:
            return _text(exc.status, exc.message)
        if fmt == "html":
            return _html(render("results.html", query=text, result=json.loads(body), nav=nav, css=assets.static("page.css")))
        return Response(body, media_type=formats.MEDIA_TYPES[fmt], headers={**SECURITY_HEADERS, "Vary": "Accept"})

    routes = [
        *workbench_routes(kg, today=today, sources=sources, html=_html, error_page=_error_page, previous=previous),
        Route("/healthz", healthz),
        Route("/sparql", endpoint, methods=["GET", "POST"]),
        Route("/doc", find_doc),
        Route("/view", network_view),
        Route(f"/{DOC_DIR}/{{stem}}.html", doc_page),
        *(Route(f"/{name}", page) for name in (INDEX, GRAPH_VIEW, DUTIES_VIEW, REPORT_VIEW)),
    ]
    # A request naming another host is refused (400): a page elsewhere cannot rebind its name to us.
    app = Starlette(routes=routes, middleware=[
        Middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts), www_redirect=False)])

    async def not_found(request: Request, exc) -> Response:
        return _error_page(404, f"nothing at {request.url.path}")

    async def not_allowed(request: Request, exc) -> Response:
        return _text(405, f"{request.method} is not allowed here")

    app.add_exception_handler(404, not_found)
    app.add_exception_handler(405, not_allowed)
    return app
