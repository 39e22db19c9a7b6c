"""``regkg push``: the graph into any SPARQL 1.1 Graph Store Protocol endpoint (Virtuoso, Fuseki,
GraphDB, Oxigraph server), replacing a named graph atomically.

Large single requests are what real stores handle worst (Virtuoso 7.2 hangs on a 1 M-triple Turtle
PUT and keeps what it had parsed), so the graph goes in slices of :data:`CHUNK_TRIPLES` as N-Triples
with every non-ASCII character escaped (``\\uXXXX``: no parser can misread it, and no Turtle
local-name escapes to be kept literally), into a fresh staging graph. The triples are read as they
are sent, one slice held at a time (a national graph is 150 M triples: as Python objects, tens of GB),
from graph.ttl by Oxigraph's streaming parser. Its triple count is checked (short: the predicates
whose counts differ are named); then one SPARQL Update ``MOVE <staging> TO <graph>`` swaps it in, so
readers see the old graph or the new one, never half (where the store refuses one transaction that
large, or cannot take one, as Virtuoso cannot past ~60 M triples, it is moved row by row and the
result says so); then the count of the graph itself is checked. A push that fails drops its staging
graph, row by row where the store can. An endpoint that cannot be reached (refused, timed out, not a
URL) is a :class:`PushError` naming it and the reason.
"""

from __future__ import annotations

import re
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox

from regkg.errors import PushError, StoreError
from regkg.graph.store import Triple
from regkg.graph.terms import ox_triple

__all__ = ["PushError", "PushResult", "push", "endpoints_for", "ntriples_ascii", "CHUNK_TRIPLES"]

CHUNK_TRIPLES = 100_000  # per request; Virtuoso 7.2 loads 200 k-triple slices reliably, not 1 M
TIMEOUT_S = 600.0
T = TypeVar("T")
_LATIN1_ESCAPE = re.compile(rb"\\(?:\\|x([0-9a-f]{2}))")
# Graph Store Protocol path -> (query path, update path), for the stores whose layout is known.
_KNOWN_LAYOUTS = {
    "sparql-graph-crud-auth": ("sparql-auth", "sparql-auth"),  # Virtuoso, digest auth
    "sparql-graph-crud": ("sparql", "sparql"),  # Virtuoso, anonymous
    "data": ("query", "update"),  # Fuseki /DATASET/data
    "store": ("query", "update"),  # Oxigraph server
}


@dataclass(frozen=True)
class PushResult:
    endpoint: str
    graph: str
    triples: int
    chunks: int
    seconds: float
    atomic: bool = True  # False: moved into place row by row (the store refused one transaction that large)


def _latin1(match: re.Match[bytes]) -> bytes:
    return match.group() if match.group(1) is None else b"\\u00" + match.group(1)


def ntriples_ascii(triples: Iterable[Triple]) -> bytes:
    """N-Triples of ``triples``, every non-ASCII character written as a ``\\u`` escape.

    >>> ntriples_ascii([(ox.NamedNode("https://x.org/doc/泸"), ox.NamedNode("https://x.org/p"), ox.Literal("是·\\\\x"))])
    b'<https://x.org/doc/\\\\u6cf8> <https://x.org/p> "\\\\u662f\\\\u00b7\\\\\\\\x" .\\n'
    """
    text = ox.serialize([ox.Triple(s, p, o) for s, p, o in triples], format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    # Python's own escaping, ~90x faster than a pattern's per character (200,000 of them in a slice of
    # 16,000 triples with sentences: 3 ms against 260), writes U+0080..U+00FF as \xNN, which N-Triples
    # lacks: those (·, ×, °) are rewritten \u00NN, read past each escaped backslash (the text's own \\)
    return _LATIN1_ESCAPE.sub(_latin1, text.encode("ascii", "backslashreplace"))


def _chunks(triples: Iterable[Triple], size: int) -> Iterator[list[Triple]]:
    """``triples`` in lists of ``size``, each made as the one before is let go.

    >>> [len(c) for c in _chunks(iter(range(5)), 2)]
    [2, 2, 1]
    """
    triples = iter(triples)
    while chunk := list(islice(triples, size)):
        yield chunk


def _ahead(items: Iterator[T]) -> Iterator[T]:
    """``items``, each next one made in a thread while the caller uses this one: the next slice is read
    and written out while the store loads this one (the store's side is two thirds of a push), so two
    slices are held at most.

    >>> list(_ahead(iter("abc")))
    ['a', 'b', 'c']
    """
    done = object()
    with ThreadPoolExecutor(1, thread_name_prefix="regkg-push") as pool:
        coming = pool.submit(next, items, done)
        while (item := coming.result()) is not done:
            coming = pool.submit(next, items, done)
            yield item


def endpoints_for(gsp: str) -> tuple[str | None, str | None]:
    """(query, update) endpoints beside a Graph Store endpoint whose layout is known, else (None, None).

    >>> endpoints_for("http://127.0.0.1:8890/sparql-graph-crud-auth")
    ('http://127.0.0.1:8890/sparql-auth', 'http://127.0.0.1:8890/sparql-auth')
    >>> endpoints_for("http://localhost:3030/ds/data")
    ('http://localhost:3030/ds/query', 'http://localhost:3030/ds/update')
    """
    parts = urlsplit(gsp)
    head, _, last = parts.path.rstrip("/").rpartition("/")
    layout = _KNOWN_LAYOUTS.get(last)
    if layout is None or not layout[0]:
        return None, None
    query, update = (urlunsplit((parts.scheme, parts.netloc, f"{head}/{p}", "", "")) for p in layout)
    return query, update


def _read(source) -> Iterator[Triple]:
    """The triples of ``source``, one at a time: a KnowledgeGraph's store's, or a Turtle file's as
    Oxigraph parses it (:class:`StoreError` naming the file it cannot read, at the triple it stops)."""
    if hasattr(source, "store"):  # a KnowledgeGraph
        yield from map(ox_triple, source.store.rows())
        return
    path = Path(source)
    path = path / "graph.ttl" if path.is_dir() else path
    try:
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            yield quad.subject, quad.predicate, quad.object
    except (OSError, SyntaxError, ValueError) as exc:
        raise StoreError(f"cannot read graph {path}: {exc}") from exc


# What an endpoint's refusal means, found by its code in the message, and what to do about it.
_REMEDIES = {
    "SR325": "raise TransactionAfterImageLimit in virtuoso.ini's [Parameters]: one request logs more than it "
             "allows (its default is 50 MB)",
}


@dataclass(frozen=True)
class _Dialect:
    """What a store needs said to do work too large for one of its transactions."""

    row_by_row: str = ""  # put before an update to run it committing each row as it goes ("": none known)
    refusal: str | None = None  # the code in the message of a transaction refused for its size
    atomic_limit: int | None = None  # triples past which a MOVE cannot be one transaction, whatever the settings


# Stores known by their HTTP Server header. Virtuoso logs ~25-37 bytes a triple moved (measured: 16,192
# triples refused at 400 KB, moved at 600 KB) and reads its log limit as a 32-bit number, so no setting
# moves more than ~60 M triples at once (a national graph is 149 M), and one DROP of such a graph held
# 11 GB more memory in 6 min and was still growing. ``sql:log-enable 3``: each row committed as it goes.
_DIALECTS = {"virtuoso": _Dialect("DEFINE sql:log-enable 3 ", "SR325", 60_000_000)}


def _dialect(server: str) -> _Dialect:
    """The dialect of a store by its Server header (``Virtuoso/07.20.3233 (Linux) ...``); none known: plain SPARQL.

    >>> _dialect("Virtuoso/07.20.3233 (Linux) x86_64-pc-linux-gnu").refusal, _dialect("Fuseki (5.1.0)")
    ('SR325', _Dialect(row_by_row='', refusal=None, atomic_limit=None))
    """
    server = server.lower()
    return next((dialect for name, dialect in _DIALECTS.items() if name in server), _Dialect())


class _Client:
    def __init__(self, user: str | None, password: str | None, auth: str, timeout: float) -> None:
        import httpx

        credentials = None
        if user is not None:
            credentials = (httpx.DigestAuth if auth == "digest" else httpx.BasicAuth)(user, password or "")
        self.http = httpx.Client(auth=credentials, timeout=timeout, follow_redirects=True)
        # the final MOVE of a national graph (149 M triples, row by row) runs longer than any one slice:
        # once every slice is in, the store is waited for as long as it works
        self.patient = httpx.Timeout(timeout, read=None)

    def check(self, response, what: str) -> None:
        if response.status_code >= 300:
            body = response.text.strip().replace("\n", " ")[:300]
            remedy = "".join(f"; {remedy}" for code, remedy in _REMEDIES.items() if code in body)
            raise PushError(f"{what}: HTTP {response.status_code} from {response.request.url}: {body}{remedy}")

    def count(self, query_endpoint: str, graph: str) -> int:
        q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        (row,) = self._select(query_endpoint, q, "counting the triples")
        return int(row["n"]["value"])

    def count_by_predicate(self, query_endpoint: str, graph: str) -> Counter[str]:
        q = f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} GROUP BY ?p"
        return Counter({row["p"]["value"]: int(row["n"]["value"])
                        for row in self._select(query_endpoint, q, "counting the triples of each predicate")})

    def _select(self, query_endpoint: str, query: str, what: str) -> list[dict]:
        r = self.http.post(query_endpoint, data={"query": query}, headers={"Accept": "application/sparql-results+json"})
        self.check(r, what)
        return r.json()["results"]["bindings"]

    def update(self, update_endpoint: str, text: str, *, patient: bool = False) -> None:
        r = self.http.post(update_endpoint, data={"update": text}, **({"timeout": self.patient} if patient else {}))
        self.check(r, f"SPARQL Update {text.split()[0]}")


def push(
    source,
    endpoint: str,
    *,
    graph: str = "urn:regkg:graph",
    user: str | None = None,
    password: str | None = None,
    auth: str = "digest",
    query_endpoint: str | None = None,
    update_endpoint: str | None = None,
    chunk_triples: int = CHUNK_TRIPLES,
    timeout: float = TIMEOUT_S,
) -> PushResult:
    """Replace ``graph`` at the Graph Store ``endpoint`` with the graph of ``source`` (an output
    folder, a graph.ttl, or a KnowledgeGraph), and check the endpoint then holds every triple."""
    started = time.perf_counter()
    triples = _read(source)
    guessed_query, guessed_update = endpoints_for(endpoint)
    query_endpoint = query_endpoint or guessed_query
    update_endpoint = update_endpoint or guessed_update
    client = _Client(user, password, auth, timeout)
    if query_endpoint is None or update_endpoint is None:
        raise PushError(f"cannot tell the SPARQL query and update endpoints beside {endpoint}: "
                        "give --query-endpoint and --update-endpoint")
    import httpx

    try:
        return _push(client, triples, endpoint, graph, query_endpoint, update_endpoint, chunk_triples, started)
    except (httpx.TransportError, httpx.InvalidURL) as exc:  # refused, timed out, no such host, not a URL
        raise PushError(f"cannot reach {endpoint}: {exc or type(exc).__name__}") from None


def _push(client: _Client, triples: Iterable[Triple], endpoint: str, graph: str, query_endpoint: str,
          update_endpoint: str, chunk_triples: int, started: float) -> PushResult:
    staging = f"{graph}-staging-{uuid.uuid4().hex}"
    chunks = sent = 0
    by_predicate: Counter[str] = Counter()  # what was sent, to say where a short count falls short
    dialect = _Dialect()
    atomic = True

    def slices() -> Iterator[tuple[int, bytes]]:
        for chunk in _chunks(triples, chunk_triples):
            by_predicate.update(p.value for _, p, _ in chunk)
            yield len(chunk), ntriples_ascii(chunk)

    try:
        for size, body in _ahead(slices()):
            r = client.http.post(endpoint, params={"graph": staging}, content=body,
                                 headers={"Content-Type": "text/turtle"})  # N-Triples is Turtle; every store reads it
            dialect = _dialect(r.headers.get("server", ""))  # a refusal says which store it is too
            client.check(r, f"loading slice {chunks + 1}")
            chunks += 1
            sent += size
        loaded = client.count(query_endpoint, staging) if sent else 0
        if loaded != sent:
            raise PushError(f"the staging graph holds {loaded} triples, {sent} were sent"
                            + _differences(by_predicate, client.count_by_predicate(query_endpoint, staging)))
        if sent:
            atomic = _move(client, dialect, update_endpoint, staging, graph, sent)
        else:
            client.update(update_endpoint, f"CLEAR SILENT GRAPH <{graph}>")
    except BaseException:
        try:
            client.update(update_endpoint, f"{dialect.row_by_row}DROP SILENT GRAPH <{staging}>")
        except Exception:  # the original error is the one to report
            pass
        raise
    final = client.count(query_endpoint, graph)
    if final != sent:
        raise PushError(f"{graph} holds {final} triples after the push, {sent} were sent")
    return PushResult(endpoint, graph, sent, chunks, time.perf_counter() - started, atomic)


def _differences(sent: Counter[str], held: Counter[str], shown: int = 3) -> str:
    """Where the store's count differs from what was sent, by predicate, the largest differences first.

    >>> _differences(Counter({"p": 5, "q": 2}), Counter({"p": 4, "q": 2, "r": 1}))
    ': p 4 of 5, r 1 of 0'
    """
    differ = sorted((-abs(held[p] - sent[p]), p) for p in sent.keys() | held.keys() if held[p] != sent[p])
    text = ", ".join(f"{p} {held[p]} of {sent[p]}" for _, p in differ[:shown])
    return f": {text}" + (f" (and {len(differ) - shown} more predicates)" if len(differ) > shown else "") if differ else ""


def _move(client: _Client, dialect: _Dialect, update_endpoint: str, staging: str, graph: str, triples: int) -> bool:
    """``MOVE`` the staging graph over ``graph`` in one transaction (True: readers saw the old graph or
    the new one); where the store refused a transaction that large, or cannot take one of ``triples``,
    and can move rows as it goes, so (False: readers could see part of the graph until it ended)."""
    if not (dialect.atomic_limit and triples > dialect.atomic_limit):
        try:
            client.update(update_endpoint, f"MOVE <{staging}> TO <{graph}>", patient=True)
            return True
        except PushError as exc:
            if not (dialect.row_by_row and dialect.refusal and dialect.refusal in str(exc)):
                raise
    client.update(update_endpoint, f"{dialect.row_by_row}MOVE <{staging}> TO <{graph}>", patient=True)
    return False
