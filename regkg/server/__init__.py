"""``regkg serve``: the graph over HTTP — the clerk's workbench, a read-only SPARQL 1.1 Protocol
endpoint, the views and document pages, a query page, ``/healthz`` (Starlette app, run by uvicorn).

One module per concern: :mod:`~regkg.server.app` (the app: its routes collected over one
:class:`~regkg.server.context.AppContext`), :mod:`~regkg.server.sparql_routes` (``/sparql`` and the query
page), :mod:`~regkg.server.view_routes` (the static export's views and pages), :mod:`~regkg.server.workbench`
(the workbench's pages) over :mod:`~regkg.server.catalogue` (the documents table),
:mod:`~regkg.server.worklist` (the 清理 list and its exports), :mod:`~regkg.server.finding` (the search
box), :mod:`~regkg.server.overview`, :mod:`~regkg.server.neighbours` and
:mod:`~regkg.server.duty_search`, :mod:`~regkg.server.protocol`
(checking and answering a query), :mod:`~regkg.server.formats` (content negotiation),
:mod:`~regkg.server.runner` (worker processes, deadlines, fairness), :mod:`~regkg.server.security`
(headers, Content-Security-Policy, allowed hosts), :mod:`~regkg.server.listen` (the socket).
"""

from __future__ import annotations

from regkg.server.app import DEFAULT_HOST, DEFAULT_PORT, Settings, create_app
from regkg.server.protocol import Limits

__all__ = ["create_app", "Settings", "Limits", "DEFAULT_HOST", "DEFAULT_PORT"]
