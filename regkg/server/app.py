"""``regkg serve``: a Starlette app over one built graph — the workbench (:mod:`regkg.server.workbench`:
search, documents, the 清理 work list, document pages, departments, overview), the SPARQL 1.1
Protocol at ``/sparql`` (:mod:`regkg.server.sparql_routes`), the static export's views and pages
(:mod:`regkg.server.view_routes`), a query page with the example queries, and ``/healthz``.
Read-only: nothing a request sends reaches the file system or the graph; pages are rendered from
the graph, documents looked up by the names the graph gives them. Pages run no script but regkg's
own (:mod:`regkg.server.security`); a request naming a host the server was not told of gets 400;
queries run as :mod:`regkg.server.runner` says.
"""

from __future__ import annotations

from functools import partial

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from regkg.server.context import EXAMPLES_DIR, AppContext, Settings, plain_text
from regkg.server.security import SECURITY_HEADERS
from regkg.server.sparql_routes import sparql_routes
from regkg.server.view_routes import view_routes
from regkg.server.workbench import workbench_routes
from regkg.views.evidence import SourceTexts

__all__ = ["create_app", "Settings", "DEFAULT_HOST", "DEFAULT_PORT", "EXAMPLES_DIR"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def create_app(kg, *, sources: SourceTexts | None = None, settings: Settings | None = None,
               previous=None) -> Starlette:
    """The app for ``kg`` (a loaded :class:`regkg.graph.KnowledgeGraph`); ``previous``, an earlier
    build of the same corpus, is what the workbench's ``/changes`` compares it with."""
    ctx = AppContext.open(kg, sources=sources, settings=settings, previous=previous)
    routes = [
        *workbench_routes(ctx.kg, today=ctx.today, sources=ctx.sources, html=ctx.html, error_page=ctx.error_page,
                          previous=ctx.previous),
        Route("/healthz", partial(_healthz, ctx)),
        *sparql_routes(ctx),
        *view_routes(ctx),
    ]
    # A request naming another host is refused (400): a page elsewhere cannot rebind its name to us.
    app = Starlette(routes=routes, middleware=[
        Middleware(TrustedHostMiddleware, allowed_hosts=list(ctx.settings.allowed_hosts), www_redirect=False)])
    app.add_exception_handler(404, partial(_not_found, ctx))
    app.add_exception_handler(405, _not_allowed)
    return app


async def _healthz(ctx: AppContext, request: Request) -> Response:
    return JSONResponse({"status": "ok", "triples": len(ctx.kg.store), "documents": len(ctx.kg.view.docs)},
                        headers=SECURITY_HEADERS)


async def _not_found(ctx: AppContext, request: Request, exc: Exception) -> Response:
    return ctx.error_page(404, f"nothing at {request.url.path}")


async def _not_allowed(request: Request, exc: Exception) -> Response:
    return plain_text(405, f"{request.method} is not allowed here")
