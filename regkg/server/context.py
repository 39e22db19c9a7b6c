"""What every route of ``regkg serve`` shares: the :class:`Settings` it was started with and the
:class:`AppContext` made from them once per app — the graph, the source texts, the earlier build,
the query runner, and the policy and navigation every HTML answer carries."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from starlette.responses import HTMLResponse, PlainTextResponse

from regkg.graph.store import OxigraphStore
from regkg.server import protocol
from regkg.server.runner import Runner
from regkg.server.security import LOOPBACK_HOSTS, SECURITY_HEADERS, page_csp, script_hashes
from regkg.views.evidence import SourceTexts
from regkg.views.network import network_html
from regkg.views.scopes import MAX_NODES, Scope
from regkg.views.write import NAV

__all__ = ["Settings", "AppContext", "EXAMPLES_DIR", "plain_text"]

# The README's example queries, beside the package in a checkout.
EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples" / "queries"


@dataclass
class Settings:
    """How the app answers: the query limits, the day its pages are drawn for, the example queries'
    folder, the most nodes a network view draws, and the hosts it serves."""

    limits: protocol.Limits = field(default_factory=protocol.Limits)
    as_of: str | None = None  # None: today, decided per request
    examples_dir: Path = EXAMPLES_DIR
    max_nodes: int = MAX_NODES
    # Host header values answered (security.allowed_hosts makes the list for a bound address)
    allowed_hosts: tuple[str, ...] = LOOPBACK_HOSTS


def plain_text(status: int, message: str) -> PlainTextResponse:
    """A short answer for a program (the endpoint's refusals, a wrong method): the message and a newline."""
    return PlainTextResponse(message + "\n", status_code=status, headers=SECURITY_HEADERS)


def _query_graph(kg):
    """The graph SPARQL runs over. Oxigraph answers in Rust (a COUNT over a million triples in
    0.3 s where rdflib takes 17 s, see regkg.graph.store); a graph small enough for rdflib is
    queried through rdflib's own graph. A graph read through its index opens its store here."""
    store = getattr(kg.store, "opened", lambda: kg.store)()
    return store.ox_store if isinstance(store, OxigraphStore) else store.rdflib_graph()


@dataclass(frozen=True)
class AppContext:
    """One app's shared state; :meth:`open` makes it for a loaded graph."""

    kg: object  # a loaded regkg.graph.KnowledgeGraph
    settings: Settings
    sources: SourceTexts
    previous: object | None  # an earlier build of the same corpus, for the workbench's /changes
    runner: Runner
    csp: str  # the Content-Security-Policy header of every HTML page
    nav: dict[str, str]  # the views' navigation links, as the server's paths

    @classmethod
    def open(cls, kg, *, sources: SourceTexts | None, settings: Settings | None, previous) -> AppContext:
        settings = settings or Settings()
        # The network pages' inline scripts (vis-network, view.js) are the same in every page: hashed
        # once from an empty one, they are the only scripts the pages' policy lets run. The
        # workbench's pages add the server's own script files (regkg.server.workbench).
        csp = page_csp(script_hashes(network_html(Scope(title=""))), own_files=True)
        nav = {**{k: f"/{v}" for k, v in NAV.items()}, "SPARQL": "/sparql"}
        nav["index"] = "/"
        return cls(kg=kg, settings=settings, sources=sources or SourceTexts({}), previous=previous,
                   runner=Runner(partial(_query_graph, kg), settings.limits), csp=csp, nav=nav)

    def today(self) -> str:
        """The date pages are drawn for: the settings' ``as_of``, else today's date on each request."""
        return self.settings.as_of or dt.date.today().isoformat()

    def html(self, text: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(text, status_code=status,
                            headers={**SECURITY_HEADERS, "Content-Security-Policy": self.csp})

    def error_page(self, status: int, message: str) -> HTMLResponse:
        return self.html(f"<!DOCTYPE html><meta charset=utf-8><title>{status}</title><h1>{status}</h1>"
                         f'<p>{html.escape(message)}</p><p><a href="/">regkg</a></p>', status)
