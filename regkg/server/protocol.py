"""The SPARQL 1.1 Protocol's query operation over one read-only graph (rdflib's, or a pyoxigraph
store), made safe: a query is parsed and checked before it runs (no Update, no LOAD, no SERVICE, no
FROM — rdflib would otherwise fetch and parse any IRI or file a query names), answered capped in rows
and memory, and serialised in
the negotiated format (:mod:`regkg.server.formats`). :mod:`regkg.server.runner` runs :func:`answer`
in a worker process it can stop.

>>> parse("SELECT ?s WHERE { ?s a eli:LegalResource } LIMIT 1").kind
'SELECT'
>>> try:
...     parse("INSERT DATA { <a:a> <a:b> <a:c> }")
... except Rejected as exc:
...     print(exc.status, exc.message[:30])
403 this endpoint is read-only: SP
>>> len(parse("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1").query.algebra.template)
1
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result

from regkg.graph.store import to_rdflib
from regkg.ontology import PREFIXES
from regkg.errors import Rejected
from regkg.server.formats import FORMAT_NAMES, GRAPH_FORMS

__all__ = ["Rejected", "Parsed", "Limits", "parse", "answer"]

_UPDATE_MESSAGE = ("this endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, COPY, "
                   "MOVE, ADD) is not accepted")
# rdflib's query grammar (pyparsing) keeps state while it parses: two threads parsing at once get
# each other's tokens ("Param.postParse2() missing 1 required positional argument"). One at a time.
_PARSING = threading.Lock()
# rdflib's serializer for each graph format of formats.FORMAT_NAMES.
_GRAPH_SERIALIZERS = {"turtle": "turtle", "rdfxml": "xml", "json-ld": "json-ld", "ntriples": "nt"}


@dataclass(frozen=True)
class Parsed:
    text: str
    kind: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    query: Query


@dataclass(frozen=True)
class Limits:
    """What queries may use. One query: wall-clock seconds from the request's arrival (waiting for a
    worker counts), result rows (or triples), query characters, extra memory of its worker process.
    All queries: ``workers`` run at once; a query still running after ``quick_seconds`` is a long
    one, runs at the lowest CPU priority, and at most ``long_workers`` of those run at once, so quick
    queries always find a worker and a core."""

    seconds: float = 10.0
    rows: int = 10_000
    query_chars: int = 20_000
    memory_bytes: int = 1 << 30
    workers: int = 8
    long_workers: int = 4
    quick_seconds: float = 0.5


def _walk(node) -> Iterator:
    stack = [node]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)


def _fill_short_construct(query: Query) -> None:
    """``CONSTRUCT WHERE { … }``: the template is the WHERE clause's basic graph pattern. rdflib looks
    for it two nodes down (``query.p.p``), where a LIMIT or ORDER BY has put another node (a TypeError
    in evaluation), so it is written into the query here."""
    if query.algebra.name != "ConstructQuery" or query.algebra.get("template") is not None:
        return
    for node in _walk(query.algebra.p):
        if getattr(node, "name", None) == "BGP":
            query.algebra["template"] = node.triples
            return
    raise Rejected(400, "CONSTRUCT WHERE needs a basic graph pattern (triples only) in its WHERE clause")


def parse(text: str, limits: Limits = Limits()) -> Parsed:
    """Check ``text`` is one read-only query the endpoint will run; :class:`Rejected` otherwise."""
    if len(text) > limits.query_chars:
        raise Rejected(413, f"query is {len(text)} characters long; the limit is {limits.query_chars}")
    if not text.strip():
        raise Rejected(400, "empty query")
    with _PARSING:
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
        if getattr(node, "name", None) == "ServiceGraphPattern":
            raise Rejected(403, "SERVICE (federated query) is not allowed: the endpoint answers from its own graph only")
    if query.algebra.get("datasetClause"):
        raise Rejected(403, "FROM and FROM NAMED are not allowed: the endpoint serves one graph and loads nothing")
    kind = query.algebra.name.replace("Query", "").upper()
    if kind not in FORMAT_NAMES:
        raise Rejected(400, f"unsupported query form {query.algebra.name}")
    _fill_short_construct(query)
    return Parsed(text, kind, query)


def _tsv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, (URIRef, BNode, Literal)):
        return term.n3().replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return str(term)


def _serialise(kind: str, fmt: str, variables: list[Variable], rows: list, boolean: bool | None) -> bytes:
    """``rows``: triples of a graph query, or dicts of a SELECT's bound variables."""
    if kind in GRAPH_FORMS:
        graph = Graph(bind_namespaces="none")
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        for triple in rows:
            graph.add(triple)
        return graph.serialize(format=_GRAPH_SERIALIZERS[fmt], encoding="utf-8")
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines += ["\t".join(_tsv_term(row.get(v)) for v in variables) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    out = Result(kind)
    if kind == "ASK":
        out.askAnswer = boolean
    else:
        out.vars = variables
        out.bindings = rows
    buffer = io.BytesIO()
    out.serialize(buffer, format=fmt, encoding="utf-8")
    return buffer.getvalue()


def _capped(rows: Iterable, kind: str, limits: Limits) -> list:
    """The first rows (or triples) of a result; :class:`Rejected` if there are more than the cap."""
    out = list(islice(rows, limits.rows + 1))
    if len(out) > limits.rows:
        what = "triples" if kind in GRAPH_FORMS else "rows"
        raise Rejected(400, f"the result has more than {limits.rows} {what} (the server's cap); "
                            "narrow the query or add LIMIT")
    return out


def _by_rdflib(graph: Graph, parsed: Parsed, limits: Limits) -> tuple[list[Variable], list, bool | None]:
    result = graph.query(parsed.query)
    if parsed.kind == "ASK":
        return [], [], bool(result.askAnswer)
    if parsed.kind in GRAPH_FORMS:
        return [], _capped(result.graph, parsed.kind, limits), None
    rows = _capped((r.asdict() for r in result), parsed.kind, limits)
    return list(result.vars or []), [{Variable(str(k)): v for k, v in row.items()} for row in rows], None


def _by_oxigraph(store: ox.Store, parsed: Parsed, limits: Limits) -> tuple[list[Variable], list, bool | None]:
    """The same query run by Oxigraph itself (in Rust, as ``regkg query`` runs it on such a store),
    its answer turned into rdflib terms for the serialisers. parse() has vetted the text already."""
    result = store.query(parsed.text, prefixes=dict(PREFIXES))
    if isinstance(result, ox.QueryBoolean):
        return [], [], bool(result)
    if isinstance(result, ox.QueryTriples):
        triples = ((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in result)
        return [], _capped(triples, parsed.kind, limits), None
    variables = [Variable(v.value) for v in result.variables]
    solutions = ({v: to_rdflib(s[i]) for i, v in enumerate(variables) if s[i] is not None} for s in result)
    return variables, _capped(solutions, parsed.kind, limits), None


def answer(source: Graph | ox.Store, parsed: Parsed, fmt: str, limits: Limits = Limits()) -> bytes:
    """Run ``parsed`` over ``source`` (an rdflib graph, or a pyoxigraph store, which answers in Rust)
    and serialise its result as ``fmt``; :class:`Rejected` (400) when the result is over the row cap
    or evaluation fails (an evaluation error is the query's fault).

    >>> g = Graph(); _ = g.add((URIRef("urn:a"), URIRef("urn:b"), Literal("c")))
    >>> answer(g, parse("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"), "ntriples").decode().strip()
    '<urn:a> <urn:b> "c" .'
    >>> s = ox.Store(); s.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal("c")))
    >>> answer(s, parse("SELECT ?o WHERE { ?s ?p ?o }"), "csv").decode().split()
    ['o', 'c']
    """
    try:
        run = _by_oxigraph if isinstance(source, ox.Store) else _by_rdflib
        variables, rows, boolean = run(source, parsed, limits)  # type: ignore[arg-type]
        return _serialise(parsed.kind, fmt, variables, rows, boolean)
    except (Rejected, MemoryError):
        raise
    except Exception as exc:
        raise Rejected(400, f"query failed: {type(exc).__name__}: {exc}") from None
