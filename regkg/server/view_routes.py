"""The static export's pages, served from the graph as it is asked: the index and the corpus, duties
and report views at the names :mod:`regkg.views.write` gives them (``/index.html``, ``/graph.html``…),
each document's page under ``/docs/``, ``/doc?ref=`` (a number or title → its page) and
``/view?doc=…`` or ``?department=…`` (a neighbourhood or a department's duties, drawn on demand)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from urllib.parse import quote

import anyio
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from regkg.errors import DocumentNotFound, RegkgError
from regkg.graph.status import as_of_date
from regkg.keys.pages import PageNaming
from regkg.server.context import AppContext
from regkg.views.network import network_html
from regkg.views.page import PageLinks, document_page
from regkg.views.report_page import report_html
from regkg.views.scopes import corpus, department, duty_network, neighbourhood, page_names
from regkg.views.templates import DOC_DIR
from regkg.views.write import DUTIES_VIEW, GRAPH_VIEW, INDEX, REPORT_VIEW, index_html

__all__ = ["view_routes", "MAX_DEPTH", "WHOLE_INDEX_DOCS"]

# Neighbourhood depths a request may ask for.
MAX_DEPTH = 4
# Past this many documents the export's index.html (every document in one table: 19 MB and 4 s at
# 1,000 gazettes, the server holding 416 MB) is the workbench's documents page, which pages the same table.
WHOLE_INDEX_DOCS = 20_000
# A document page's links, as the server's paths: its neighbourhood is drawn by /view.
_DOC_LINKS = PageLinks(docs="", graph=f"/{GRAPH_VIEW}", report=f"/{REPORT_VIEW}", index="/",
                       neighbourhood="/view?doc=")


@dataclass(frozen=True)
class _Export:
    """One app's export pages and the names they are drawn under."""

    ctx: AppContext
    top_page: Callable[[str, str], str]  # (page name, day) -> the page

    @classmethod
    def of(cls, ctx: AppContext) -> _Export:
        return cls(ctx, lru_cache(maxsize=16)(partial(_top_page, ctx)))

    def names(self) -> PageNaming:
        """Document IRI -> its page's file stem, and back by ``iri_of``: a loaded build's index looks each
        one up (every document's name read at once took seconds and was a national corpus's 2 GB)."""
        return page_names(self.ctx.kg.view)


def view_routes(ctx: AppContext) -> list[Route]:
    export = _Export.of(ctx)
    return [
        Route("/doc", partial(_find_doc, export)),
        Route("/view", partial(_network_view, ctx)),
        Route(f"/{DOC_DIR}/{{stem}}.html", partial(_doc_page, export)),
        *(Route(f"/{name}", partial(_page, export)) for name in (INDEX, GRAPH_VIEW, DUTIES_VIEW, REPORT_VIEW)),
    ]


def _top_page(ctx: AppContext, name: str, day: str) -> str:
    kg, nav = ctx.kg, ctx.nav
    if name == GRAPH_VIEW:
        return network_html(corpus(kg, as_of=day, max_nodes=ctx.settings.max_nodes), link_prefix=f"/{DOC_DIR}/", links=nav)
    if name == DUTIES_VIEW:
        return network_html(duty_network(kg, as_of=day), link_prefix=f"/{DOC_DIR}/", links=nav)
    if name == REPORT_VIEW:
        return report_html(kg, as_of=day, links=nav).replace('href="docs/', f'href="/{DOC_DIR}/')
    return index_html(kg, as_of=day).replace('href="docs/', f'href="/{DOC_DIR}/')


async def _page(export: _Export, request: Request) -> Response:
    name = request.url.path.lstrip("/")
    if name == INDEX and len(export.ctx.kg.view.docs) > WHOLE_INDEX_DOCS:
        return RedirectResponse("/documents", status_code=303)  # the same table, a page at a time
    return export.ctx.html(await anyio.to_thread.run_sync(export.top_page, name, export.ctx.today()))


def _document(export: _Export, iri: str) -> str:
    ctx = export.ctx
    return document_page(ctx.kg, iri, as_of=ctx.today(), sources=ctx.sources, links=_DOC_LINKS, names=export.names())


async def _doc_page(export: _Export, request: Request) -> Response:
    stem = request.path_params["stem"]
    iri = await anyio.to_thread.run_sync(export.names().iri_of, stem)
    if iri is None:
        return export.ctx.error_page(404, f"no document page {stem!r}")
    return export.ctx.html(await anyio.to_thread.run_sync(_document, export, iri))


async def _find_doc(export: _Export, request: Request) -> Response:
    ref = request.query_params.get("ref", "")
    try:
        found = export.ctx.kg.view.find(ref)
    except DocumentNotFound as exc:
        return export.ctx.error_page(404, str(exc))
    stem = await anyio.to_thread.run_sync(export.names().__getitem__, found.iri)
    return RedirectResponse(f"/{DOC_DIR}/{quote(stem)}.html", status_code=303)


async def _network_view(ctx: AppContext, request: Request) -> Response:
    params = request.query_params
    try:
        depth = int(params.get("depth", "1"))
        day = as_of_date(params.get("as_of") or ctx.today())
    except ValueError:
        return ctx.error_page(400, "depth must be a whole number and as_of a date (YYYY-MM-DD)")
    if not 1 <= depth <= MAX_DEPTH:
        return ctx.error_page(400, f"depth must be between 1 and {MAX_DEPTH}")
    if params.get("doc"):
        draw = partial(neighbourhood, ctx.kg, params["doc"], depth=depth, as_of=day, max_nodes=ctx.settings.max_nodes)
    elif params.get("department"):
        draw = partial(department, ctx.kg, params["department"], jurisdiction=params.get("jurisdiction") or None, as_of=day)
    else:
        return RedirectResponse(f"/{GRAPH_VIEW}", status_code=303)
    try:
        scope = await anyio.to_thread.run_sync(draw)
    except RegkgError as exc:
        return ctx.error_page(404, str(exc))
    return ctx.html(await anyio.to_thread.run_sync(
        partial(network_html, scope, link_prefix=f"/{DOC_DIR}/", links=ctx.nav)))
