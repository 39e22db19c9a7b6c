"""``regkg serve``: the graph over HTTP — a read-only SPARQL 1.1 Protocol endpoint, the views and
document pages, a query page, ``/healthz`` (Starlette app, run by uvicorn).

One module per concern: :mod:`~regkg.server.app` (routes and pages), :mod:`~regkg.server.protocol`
(checking and answering a query), :mod:`~regkg.server.formats` (content negotiation),
:mod:`~regkg.server.runner` (worker processes, deadlines, fairness), :mod:`~regkg.server.security`
(headers, Content-Security-Policy, allowed hosts), :mod:`~regkg.server.listen` (the socket).
"""

from __future__ import annotations

from regkg.server.app import DEFAULT_HOST, DEFAULT_PORT, Settings, create_app
from regkg.server.protocol import Limits

__all__ = ["create_app", "Settings", "Limits", "DEFAULT_HOST", "DEFAULT_PORT"]
