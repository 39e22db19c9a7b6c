"""The SPARQL 1.1 Protocol's query operation over one read-only rdflib graph, made safe: queries are
parsed and checked before they run (no Update, no LOAD, no SERVICE, no FROM — rdflib would otherwise
fetch and parse any IRI or file a query names), run in a forked worker process that is killed at the
deadline, capped in rows and memory, and serialised by content negotiation.

>>> parse("SELECT ?s WHERE { ?s a eli:LegalResource } LIMIT 1").kind
'SELECT'
>>> try:
...     parse("INSERT DATA { <a:a> <a:b> <a:c> }")
... except Rejected as exc:
...     print(exc.status, exc.message[:30])
403 this endpoint is read-only: SP
>>> negotiate("SELECT", "text/csv;q=0.9, application/sparql-results+json")
'json'
"""

from __future__ import annotations

import io
import multiprocessing
import os
import pickle
import resource
from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result

from regkg.ontology import PREFIXES

__all__ = ["Rejected", "Parsed", "Limits", "parse", "negotiate", "run", "MEDIA_TYPES", "FORMAT_NAMES"]

# Result formats by name, with the media type each is sent as.
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "json-ld": "application/ld+json",
    "ntriples": "application/n-triples",
    "html": "text/html; charset=utf-8",
}
# Formats each query form can be answered in, the default first.
FORMAT_NAMES = {
    "SELECT": ("json", "xml", "csv", "tsv", "html"),
    "ASK": ("json", "xml", "html"),
    "CONSTRUCT": ("turtle", "json-ld", "ntriples"),
    "DESCRIBE": ("turtle", "json-ld", "ntriples"),
}
# Media types clients send, and the format each asks for.
_ACCEPTED = {
    "application/sparql-results+json": "json", "application/json": "json", "text/javascript": "json",
    "application/javascript": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/ld+json": "json-ld",
    "application/n-triples": "ntriples", "text/plain": "ntriples",
    "text/html": "html", "application/xhtml+xml": "html",
}
_UPDATE_MESSAGE = ("this endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, COPY, "
                   "MOVE, ADD) is not accepted")


class Rejected(Exception):
    """A request the endpoint refuses: an HTTP status and a message for the client."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Parsed:
    text: str
    kind: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    query: Query


@dataclass(frozen=True)
class Limits:
    """What one query may use: wall-clock seconds, result rows (or triples), query characters and
    extra memory of the worker process."""

    seconds: float = 10.0
    rows: int = 10_000
    query_chars: int = 20_000
    memory_bytes: int = 1 << 30


def _walk(node) -> Iterator:
    stack = [node]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)


def parse(text: str, limits: Limits = Limits()) -> Parsed:
    """Check ``text`` is one read-only query the endpoint will run; :class:`Rejected` otherwise."""
    if len(text) > limits.query_chars:
        raise Rejected(413, f"query is {len(text)} characters long; the limit is {limits.query_chars}")
    if not text.strip():
        raise Rejected(400, "empty query")
    try:
        tree = parseQuery(text)
    except Exception as exc:  # pyparsing's ParseException and friends
        try:
            parseUpdate(text)
        except Exception:
            raise Rejected(400, f"malformed SPARQL query: {exc}") from None
        raise Rejected(403, _UPDATE_MESSAGE) from None
    try:
        query = translateQuery(tree, initNs=PREFIXES)
    except Exception as exc:
        raise Rejected(400, f"malformed SPARQL query: {exc}") from None
    for node in _walk(query.algebra):
        name = getattr(node, "name", None)
        if name == "ServiceGraphPattern":
            raise Rejected(403, "SERVICE (federated query) is not allowed: the endpoint answers from its own graph only")
    if query.algebra.get("datasetClause"):
        raise Rejected(403, "FROM and FROM NAMED are not allowed: the endpoint serves one graph and loads nothing")
    kind = query.algebra.name.replace("Query", "").upper()
    if kind not in FORMAT_NAMES:
        raise Rejected(400, f"unsupported query form {query.algebra.name}")
    return Parsed(text, kind, query)


def negotiate(kind: str, accept: str | None, wanted: str | list[str] | None = None) -> str:
    """The format to answer a ``kind`` query in: the first of ``wanted`` (``format=`` parameters, by
    name or media type) this endpoint can send, else the best ``Accept`` entry it can send, else the
    default. :class:`Rejected` (406) if the client accepts nothing the endpoint can send."""
    allowed = FORMAT_NAMES[kind]
    wanted = [wanted] if isinstance(wanted, str) else [w for w in (wanted or []) if w]
    if wanted:
        for item in wanted:
            name = item if item in MEDIA_TYPES else _ACCEPTED.get(item.split(";")[0].strip().lower())
            if name in allowed:
                return name
        raise Rejected(406, f"a {kind} result cannot be sent as {', '.join(wanted)}; choose one of {', '.join(allowed)}")
    if not accept or not accept.strip():
        return allowed[0]
    choices = []
    for position, item in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in item.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        choices.append((-q, position, media.lower()))
    for minus_q, _position, media in sorted(choices):
        if minus_q >= 0:
            continue
        if media in ("*/*", "application/*", "text/*"):
            return allowed[0]
        name = _ACCEPTED.get(media)
        if name in allowed:
            return name
    raise Rejected(406, f"cannot answer a {kind} query as {accept!r}; this endpoint sends "
                   + ", ".join(MEDIA_TYPES[f].split(";")[0] for f in allowed))


def _tsv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, (URIRef, BNode, Literal)):
        return term.n3().replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return str(term)


def _serialise(result: Result, kind: str, fmt: str, rows: list) -> bytes:
    if kind in ("CONSTRUCT", "DESCRIBE"):
        graph = Graph(bind_namespaces="none")
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        for triple in rows:
            graph.add(triple)
        name = {"turtle": "turtle", "json-ld": "json-ld", "ntriples": "nt"}[fmt]
        return graph.serialize(format=name, encoding="utf-8")
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in result.vars or [])]
        lines += ["\t".join(_tsv_term(row.get(v)) for v in result.vars or []) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    out = Result(kind)
    if kind == "ASK":
        out.askAnswer = result.askAnswer
    else:
        out.vars = result.vars
        out.bindings = rows
    buffer = io.BytesIO()
    out.serialize(buffer, format=fmt, encoding="utf-8")
    return buffer.getvalue()


def _vm_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _worker(graph: Graph, parsed: Parsed, fmt: str, limits: Limits, conn) -> None:
    """In the forked child: run, cap, serialise, send (status, content type or message, body)."""
    try:
        try:
            limit = _vm_bytes() + limits.memory_bytes
            resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))
        except (OSError, ValueError):
            pass
        result = graph.query(parsed.query)
        rows: list = []
        if parsed.kind != "ASK":
            source = iter(result.graph) if parsed.kind in ("CONSTRUCT", "DESCRIBE") else (r.asdict() for r in result)
            for row in source:
                rows.append(row)
                if len(rows) > limits.rows:
                    what = "triples" if parsed.kind in ("CONSTRUCT", "DESCRIBE") else "rows"
                    conn.send_bytes(pickle.dumps((400, f"the result has more than {limits.rows} {what} (the server's "
                                                       "cap); narrow the query or add LIMIT", b"")))
                    return
            if parsed.kind == "SELECT":
                rows = [{Variable(str(k)): v for k, v in row.items()} for row in rows]
        conn.send_bytes(pickle.dumps((200, fmt, _serialise(result, parsed.kind, fmt, rows))))
    except MemoryError:
        conn.send_bytes(pickle.dumps((503, "the query needed more memory than the server allows a query", b"")))
    except Exception as exc:  # an evaluation error is the query's fault
        conn.send_bytes(pickle.dumps((400, f"query failed: {type(exc).__name__}: {exc}", b"")))
    finally:
        conn.close()


def run(graph: Graph, parsed: Parsed, fmt: str, limits: Limits = Limits()) -> bytes:
    """Run ``parsed`` in a forked process and return the serialised result; :class:`Rejected` on a
    time-out (503), an over-large result (400) or an evaluation error (400)."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_worker, args=(graph, parsed, fmt, limits, send), daemon=True)
    process.start()
    send.close()
    try:
        if not receive.poll(limits.seconds):
            raise Rejected(503, f"the query ran longer than {limits.seconds:g} s (the server's limit) and was stopped; "
                                "narrow it or add LIMIT")
        try:
            status, detail, body = pickle.loads(receive.recv_bytes())
        except EOFError:
            raise Rejected(503, "the query worker stopped without an answer (out of memory?)") from None
    finally:
        receive.close()
        if process.is_alive():
            process.kill()
        process.join(timeout=5)
    if status != 200:
        raise Rejected(status, detail)
    return body
