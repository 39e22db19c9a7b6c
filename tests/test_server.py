"""``regkg serve``: a real server on a free loopback port, queried by real SPARQL clients
(SPARQLWrapper, rdflib's SPARQLStore) and compared with the in-process API; hostile input
(updates, LOAD, SERVICE, FROM, huge and slow queries, script tags, odd paths) answered with clear
4xx/5xx and nothing written."""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import uvicorn
from rdflib import Graph, Literal
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, Unauthorized

import regkg.graph as graph
from regkg.server import Limits, Settings, create_app
from regkg.views import load_sources
from views_support import AS_OF, DOC, hostile_kg, sample_outputs

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 1.5  # seconds a query may run in these tests
MAX_ROWS = 500
TITLES = "SELECT ?doc ?title WHERE { ?d eli:id_local ?doc ; eli:title ?title } ORDER BY ?doc ?title"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Running:
    def __init__(self, app) -> None:
        self.port = _free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.time() + 10
        while not self.server.started:
            if time.time() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.02)
        self.base = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(folder.rglob("*"))}


@pytest.fixture(scope="module")
def outdir():
    return sample_outputs()


@pytest.fixture(scope="module")
def kg(outdir):
    return graph.load(outdir)


@pytest.fixture(scope="module")
def server(outdir, kg):
    before = _snapshot(outdir)
    settings = Settings(limits=Limits(seconds=TIMEOUT, rows=MAX_ROWS), as_of=AS_OF)
    running = Running(create_app(kg, sources=load_sources(outdir), settings=settings))
    yield running
    running.stop()
    assert _snapshot(outdir) == before, "the server wrote into the output folder"


@pytest.fixture(scope="module")
def hostile_server():
    running = Running(create_app(hostile_kg(), settings=Settings(as_of=AS_OF)))
    yield running
    running.stop()


def get(url: str, headers: dict | None = None, data: bytes | None = None, method: str | None = None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read().decode("utf-8")


def wrapper(server, query: str, fmt) -> SPARQLWrapper:
    client = SPARQLWrapper(f"{server.base}/sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


def test_binds_to_loopback_by_default():
    from click.testing import CliRunner

    import regkg.cli.view_cmds  # noqa: F401
    from regkg.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert "127.0.0.1" in result.output and result.exit_code == 0


def test_healthz(server, kg):
    status, headers, body = get(f"{server.base}/healthz")
    assert status == 200 and json.loads(body) == {"status": "ok", "triples": len(kg.store), "documents": len(kg.view.docs)}


def test_sparqlwrapper_json_matches_the_api(server, kg):
    result = wrapper(server, TITLES, JSON).queryAndConvert()
    rows = [(b["doc"]["value"], b["title"]["value"]) for b in result["results"]["bindings"]]
    assert rows == [tuple(r) for r in kg.sparql(TITLES).rows]
    assert len(rows) > 100


@pytest.mark.parametrize("fmt", [XML, CSV, TSV])
def test_sparqlwrapper_other_formats(server, kg, fmt):
    converted = wrapper(server, TITLES + " LIMIT 20", fmt).queryAndConvert()
    expected = [tuple(r) for r in kg.sparql(TITLES + " LIMIT 20").rows]
    if fmt == XML:
        rows = [tuple(b.getElementsByTagName("literal")[0].firstChild.data for b in [r])
                for r in converted.getElementsByTagName("result")]
        assert [r[0] for r in rows] == [e[0] for e in expected]
    elif fmt == CSV:
        rows = list(csv.reader(io.StringIO(converted.decode("utf-8"))))
        assert rows[0] == ["doc", "title"] and [tuple(r) for r in rows[1:]] == expected
    else:
        lines = converted.decode("utf-8").splitlines()
        assert lines[0] == "?doc\t?title"
        assert lines[1] == "\t".join(Literal(v).n3() for v in expected[0])


def test_ask_construct_and_describe(server):
    ask = wrapper(server, f"ASK {{ ?d eli:id_local '{DOC}' }}", JSON).queryAndConvert()
    assert ask["boolean"] is True
    turtle = wrapper(server, f"CONSTRUCT {{ ?d eli:title ?t }} WHERE {{ ?d eli:id_local '{DOC}' ; eli:title ?t }}",
                     TURTLE).queryAndConvert()
    g = Graph().parse(data=turtle, format="turtle")
    assert len(g) == 1 and "泸州市重污染天气应急预案" in str(next(iter(g))[2])
    status, headers, body = get(f"{server.base}/sparql?" + urllib.parse.urlencode(
        {"query": f"DESCRIBE <https://w3id.org/regkg/id/doc/{DOC}>"}), {"Accept": "application/ld+json"})
    assert status == 200 and headers["content-type"].startswith("application/ld+json")
    assert len(Graph().parse(data=body, format="json-ld")) > 5


def test_rdflib_sparqlstore_matches_the_api(server, kg):
    store = SPARQLStore(f"{server.base}/sparql", returnFormat="json")
    remote = Graph(store=store)
    query = ("PREFIX eli: <http://data.europa.eu/eli/ontology#> "
             "SELECT ?doc WHERE { ?by eli:repeals ?d . ?d eli:id_local ?doc } ORDER BY ?doc")
    assert [str(r[0]) for r in remote.query(query)] == [r[0] for r in kg.sparql(query).rows]
    count = next(iter(remote.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0]
    assert int(count) == len(kg.store)


def test_post_form_and_sparql_query_bodies(server):
    form = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?d eli:id_local ?x }"}).encode()
    status, _h, body = get(f"{server.base}/sparql", {"Content-Type": "application/x-www-form-urlencoded",
                                                     "Accept": "application/sparql-results+json"}, form)
    n = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
    status2, _h, body2 = get(f"{server.base}/sparql", {"Content-Type": "application/sparql-query", "Accept": "text/csv"},
                             b"SELECT (COUNT(*) AS ?n) WHERE { ?d eli:id_local ?x }")
    assert status == status2 == 200 and body2.splitlines()[1] == str(n)


@pytest.mark.parametrize("query", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL",
    "DROP GRAPH <urn:g>",
])
def test_updates_are_refused_with_403(server, kg, query):
    triples = len(kg.store)
    status, _h, body = get(f"{server.base}/sparql?" + urllib.parse.urlencode({"query": query}))
    assert status == 403 and "read-only" in body
    status, _h, body = get(f"{server.base}/sparql", {"Content-Type": "application/sparql-update"}, query.encode())
    assert status == 403
    status, _h, body = get(f"{server.base}/sparql", {"Content-Type": "application/x-www-form-urlencoded"},
                           urllib.parse.urlencode({"update": query}).encode())
    assert status == 403
    with pytest.raises((Unauthorized, QueryBadFormed, urllib.error.HTTPError)):
        client = SPARQLWrapper(f"{server.base}/sparql")
        client.setMethod("POST")
        client.setQuery(query)
        client.query()
    assert len(kg.store) == triples


@pytest.mark.parametrize("query, status, words", [
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", 403, "SERVICE"),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", 403, "FROM"),
    ("SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }", 403, "FROM"),
    ("SELEKT ?x WHERE { }", 400, "malformed"),
    ("SELECT * WHERE { ?s ?p ?o }", 400, f"more than {MAX_ROWS} rows"),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 5 " + "#" * 30_000, 413, "limit is"),
])
def test_hostile_queries_get_clear_errors(server, query, status, words):
    got, _h, body = get(f"{server.base}/sparql", {"Content-Type": "application/sparql-query"}, query.encode())
    assert got == status and words in body, body


def test_slow_query_is_stopped_at_the_deadline(server):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    start = time.perf_counter()
    status, _h, body = get(f"{server.base}/sparql?" + urllib.parse.urlencode({"query": query}))
    elapsed = time.perf_counter() - start
    assert status == 503 and "longer than 1.5 s" in body
    assert elapsed < TIMEOUT + 3
    with pytest.raises(urllib.error.HTTPError) as caught:  # what SPARQLWrapper raises for a 503
        wrapper(server, query, JSON).query()
    assert caught.value.code == 503
    ok, _h, _b = get(f"{server.base}/healthz")  # and the server still answers
    assert ok == 200


def test_unacceptable_format_is_406(server):
    status, _h, body = get(f"{server.base}/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}),
                           {"Accept": "text/csv"})
    assert status == 406 and "application/sparql-results+json" in body


def test_pages_are_served(server):
    for path in ("/", "/graph.html", "/duties.html", "/report.html", "/sparql",
                 "/view?" + urllib.parse.urlencode({"doc": DOC, "depth": "2"}),
                 "/view?" + urllib.parse.urlencode({"department": "市生态环境局", "jurisdiction": "泸州市"})):
        status, headers, body = get(server.base + path)
        assert status == 200, path
        assert headers["content-type"].startswith("text/html") and headers["x-content-type-options"] == "nosniff"
    status, _h, body = get(f"{server.base}/sparql")
    assert "repealed" in body and "dependency_chain" in body  # the README's example queries
    status, headers, _b = get(f"{server.base}/doc?" + urllib.parse.urlencode({"ref": DOC}))
    assert status == 200  # redirected to the page
    status, _h, body = get(f"{server.base}/docs/" + urllib.parse.quote(f"doc_{DOC}.html"))
    assert status == 200 and "泸州市重污染天气应急预案" in body and 'class="ev"' in body


@pytest.mark.parametrize("path", [
    "/docs/../graph.ttl", "/docs/..%2Fgraph.ttl.html", "/docs/%2e%2e%2f%2e%2e%2fetc%2fpasswd.html",
    "/docs/....//....//etc/passwd", "/graph.ttl", "/records.jsonl", "/sources.json", "/../../etc/passwd",
    "/docs/doc_%00.html", "/view?doc=../../etc/passwd", "/doc?ref=../../../../etc/passwd", "/static/../graph.ttl",
])
def test_odd_paths_do_not_leak(server, path):
    status, _h, body = get(server.base + path)
    assert status in (400, 404), (path, status)
    assert "@prefix" not in body and "root:" not in body


def test_bad_view_parameters(server):
    for query in ({"doc": DOC, "depth": "99"}, {"doc": DOC, "depth": "x"}, {"doc": DOC, "as_of": "tomorrow"}):
        status, _h, _b = get(f"{server.base}/view?" + urllib.parse.urlencode(query))
        assert status == 400


def test_script_tags_in_titles_show_as_text(hostile_server):
    for path in ("/docs/" + urllib.parse.quote("doc_泸市府发〔2024〕2号.html"), "/graph.html", "/report.html",
                 "/view?" + urllib.parse.urlencode({"department": "市生态环境局"}), "/",
                 "/sparql?" + urllib.parse.urlencode({"query": "SELECT ?t WHERE { ?d eli:title ?t }", "format": "html"})):
        status, headers, body = get(hostile_server.base + path)
        assert status == 200, path
        assert "<script>alert" not in body and "<img src=x" not in body, path
        assert "script-src 'unsafe-inline'" in headers["content-security-policy"]
    status, _h, body = get(hostile_server.base + "/sparql?" + urllib.parse.urlencode(
        {"query": "SELECT ?t WHERE { ?d eli:title ?t }", "format": "html"}))
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in body
