"""``regkg serve``: the graph over HTTP — a read-only SPARQL 1.1 Protocol endpoint, the views and
document pages, a query page, ``/healthz`` (Starlette app, run by uvicorn)."""

from __future__ import annotations

from regkg.server.app import DEFAULT_HOST, DEFAULT_PORT, Settings, create_app
from regkg.server.sparql import Limits

__all__ = ["create_app", "Settings", "Limits", "DEFAULT_HOST", "DEFAULT_PORT"]
