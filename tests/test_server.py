"""``regkg serve``: a real server on a free loopback port, queried by real SPARQL clients
(SPARQLWrapper, rdflib's SPARQLStore) with their defaults and compared with the in-process API;
hostile input (updates, LOAD, SERVICE, FROM, huge and slow queries, script tags, odd paths, other
Host names) answered with clear 4xx/5xx and nothing written; slow queries stopped at a deadline
counted from arrival while quick ones keep being answered; the served pages run in chromium under
their Content-Security-Policy."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
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
from SPARQLWrapper import CSV, JSON, JSONLD, N3, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, Unauthorized

import regkg.graph as graph
from regkg.ontology import ELI
from regkg.server import Limits, Settings, create_app
from regkg.server.runner import Runner
from regkg.server.protocol import Rejected, parse
from regkg.orchestrate import load_sources
from views_support import AS_OF, DOC, hostile_kg, sample_outputs

ROOT = Path(__file__).resolve().parents[1]
# Seconds a query may run in these tests: the sample graph's answers take a fraction of it even on a machine
# busy with the rest of the suite (at 1.5 s a clean clone's CI got one 503 there), the slow query is stopped at it.
TIMEOUT = 5.0
MAX_ROWS = 500
TITLES = "SELECT ?doc ?title WHERE { ?d eli:id_local ?doc ; eli:title ?title } ORDER BY ?doc ?title"
# A query that runs for minutes on the sample graph (a three-way cross product of ~10,000 triples).
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
TITLE_OF_DOC = f"CONSTRUCT {{ ?d eli:title ?t }} WHERE {{ ?d eli:id_local '{DOC}' ; eli:title ?t }}"


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
    # the RDF store opens at the first query, within that query's TIMEOUT: on a busy machine the opening alone
    # may take longer, and the queries these tests ask are about answers, not about the opening (which
    # test_the_rdf_store_is_opened_by_the_first_sparql_query_not_at_start checks)
    deadline = time.time() + 60
    while get(f"{running.base}/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}))[0] == 503:
        assert time.time() < deadline, "the SPARQL store did not open in 60 s"
        time.sleep(0.2)
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


START = """
import sys
import regkg
from regkg.orchestrate import load_sources
from regkg.server import create_app
create_app(regkg.load(sys.argv[1]), sources=load_sources(sys.argv[1]))
print(sorted(m for m in ("pyvis", "networkx", "numpy", "pdfminer", "bs4", "spacy") if m in sys.modules))
"""


def test_a_server_starts_without_the_extractors_readers_or_the_network_drawing(outdir):
    """Drawn or read only when a page asks: pyvis with networkx, numpy for the layout, the PDF and HTML
    readers for a sentence's file (0.5 s of imports at start, half of a server's readiness)."""
    done = subprocess.run([sys.executable, "-c", START, str(outdir)], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


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
    query = SLOW
    start = time.perf_counter()
    status, _h, body = get(f"{server.base}/sparql?" + urllib.parse.urlencode({"query": query}))
    elapsed = time.perf_counter() - start
    assert status == 503 and f"longer than {TIMEOUT:g} s" in body
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


def test_a_document_page_is_found_by_its_name_never_reading_every_name(server, monkeypatch):
    """A loaded build's index looks a page's name up either way: every document's name read at once (the
    export's map) took 1.1 s and 102 MB at 1,000 gazettes, and would be 2 GB at a national corpus."""
    from regkg.graph import index_read

    for whole in ("__iter__", "items", "values"):
        monkeypatch.setattr(index_read._Table, whole, lambda table: pytest.fail("every page name read"))
    status, _h, body = get(f"{server.base}/docs/" + urllib.parse.quote(f"doc_{DOC}.html"))
    assert status == 200 and "泸州市重污染天气应急预案" in body
    with urllib.request.urlopen(f"{server.base}/doc?" + urllib.parse.urlencode({"ref": DOC}), timeout=30) as found:
        assert found.url == f"{server.base}/docs/" + urllib.parse.quote(f"doc_{DOC}.html")
    assert get(f"{server.base}/docs/" + urllib.parse.quote("doc_泸市府发〔1999〕1号.html"))[0] == 404


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
        script_src = re.search(r"script-src ([^;]*)", headers["content-security-policy"]).group(1)
        assert "unsafe-inline" not in script_src and script_src.count("'sha256-") == 2, script_src
    status, _h, body = get(hostile_server.base + "/sparql?" + urllib.parse.urlencode(
        {"query": "SELECT ?t WHERE { ?d eli:title ?t }", "format": "html"}))
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in body


# --- what SPARQL clients send by default, and what they get --------------------------------------

FORMS = {
    "SELECT": f"SELECT ?t WHERE {{ ?d eli:id_local '{DOC}' ; eli:title ?t }}",
    "ASK": f"ASK {{ ?d eli:id_local '{DOC}' }}",
    "CONSTRUCT": TITLE_OF_DOC,
    "DESCRIBE": f"DESCRIBE ?d WHERE {{ ?d eli:id_local '{DOC}' }}",
}


@pytest.fixture(scope="module")
def title(kg) -> str:
    return kg.sparql(FORMS["SELECT"]).rows[0][0]


def _check_answer(form: str, answer, title: str) -> None:
    """``answer``: rows, a boolean or a graph, whatever the client turned the response into."""
    if form == "SELECT":
        assert [str(row[0]) for row in answer] == [title]
    elif form == "ASK":
        assert answer is True
    else:
        assert (None, ELI.title, Literal(title)) in answer
        assert len(answer) == 1 if form == "CONSTRUCT" else len(answer) > 5  # DESCRIBE: the document's triples


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("return_format", [None, "json"])  # None: rdflib's default (XML)
@pytest.mark.parametrize("method", ["GET", "POST", "POST_FORM"])
def test_rdflib_sparqlstore_every_form(server, title, form, return_format, method):
    options = {"method": method, **({"returnFormat": return_format} if return_format else {})}
    result = Graph(store=SPARQLStore(f"{server.base}/sparql", **options)).query(FORMS[form])
    answer = {"SELECT": lambda: list(result), "ASK": lambda: result.askAnswer}.get(form, lambda: result.graph)()
    _check_answer(form, answer, title)


def _from_wrapper(form: str, converted, fmt):
    if form == "SELECT" and fmt is None:  # SPARQL results XML, as a DOM
        return [(b.getElementsByTagName("literal")[0].firstChild.data,) for b in converted.getElementsByTagName("result")]
    if form == "SELECT":
        return [(b["t"]["value"],) for b in converted["results"]["bindings"]]
    if form == "ASK":
        return converted.getElementsByTagName("boolean")[0].firstChild.data == "true" if fmt is None else converted["boolean"]
    if isinstance(converted, Graph):  # RDF/XML and JSON-LD come back parsed
        return converted
    return Graph().parse(data=converted, format="turtle")  # Turtle (and "*/*") come back as bytes


# Return formats per form (None: SPARQLWrapper's default, XML); graph formats only for a graph.
WRAPPER_FORMATS = [(form, fmt) for form in FORMS
                   for fmt in ((None, JSON) if form in ("SELECT", "ASK") else (None, JSON, TURTLE, JSONLD, N3, RDFXML))]


@pytest.mark.parametrize("form, fmt", WRAPPER_FORMATS)
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_every_form(server, title, form, fmt, method):
    client = SPARQLWrapper(f"{server.base}/sparql")
    client.setQuery(FORMS[form])
    client.setMethod(method)
    if fmt:
        client.setReturnFormat(fmt)
    _check_answer(form, _from_wrapper(form, client.queryAndConvert(), fmt), title)


@pytest.mark.parametrize("query, triples", [
    ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", 1),
    (f"CONSTRUCT WHERE {{ ?d eli:id_local '{DOC}' ; eli:title ?t }} ORDER BY ?t", 2),
])
def test_short_construct_where(server, query, triples):
    result = Graph(store=SPARQLStore(f"{server.base}/sparql")).query(query)
    assert len(result.graph) == triples


@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+xml, application/rdf+xml", "application/rdf+xml"),
    ("application/sparql-results+json", "application/ld+json"),
    ("text/turtle;q=0.5, application/n-triples", "application/n-triples"),
    ("*/*", "text/turtle"),
    ("", "text/turtle"),
])
def test_graph_negotiation(server, accept, media):
    status, headers, _b = get(f"{server.base}/sparql?" + urllib.parse.urlencode({"query": TITLE_OF_DOC}),
                              {"Accept": accept} if accept else {})
    assert status == 200 and headers["content-type"].split(";")[0] == media


@pytest.mark.parametrize("query, words", [
    ("SELEKT ?x WHERE { }", "malformed SPARQL query"),
    ("SELECT ?x\nWHERE {\n  ?x eli:title\n}", "malformed SPARQL query"),
    ("SELECT ?x WHERE { ?x nope:title ?t }", "malformed SPARQL query"),
])
def test_errors_are_400_with_one_line(server, query, words):
    for method in ("GET", "POST"):
        if method == "GET":
            status, _h, body = get(f"{server.base}/sparql?" + urllib.parse.urlencode({"query": query}))
        else:
            status, _h, body = get(f"{server.base}/sparql", {"Content-Type": "application/sparql-query"}, query.encode())
        assert status == 400 and body.startswith(words) and body.count("\n") == 1, body


# --- Host names --------------------------------------------------------------------------------

@pytest.mark.parametrize("host, status", [
    ("127.0.0.1:{port}", 200), ("localhost:{port}", 200), ("[::1]:{port}", 200), ("localhost", 200),
    ("evil.example", 400), ("127.0.0.1.evil.example:{port}", 400), ("localhost.:{port}", 400),
])
def test_host_header_is_checked(server, host, status):
    got, _h, _b = get(f"{server.base}/healthz", {"Host": host.format(port=server.port)})
    assert got == status


# --- deadlines and fairness --------------------------------------------------------------------

def test_waiting_counts_against_the_deadline(kg):
    limits = Limits(seconds=1.0, quick_seconds=0.2, workers=2, long_workers=1)
    runner = Runner(kg.store.rdflib_graph(), limits)

    async def slow_after_waiting(waited: float) -> tuple[float, Rejected]:
        start = time.monotonic()
        with pytest.raises(Rejected) as caught:
            await runner.run(parse(SLOW), "json", arrived=start - waited)
        return time.monotonic() - start, caught.value

    elapsed, rejected = asyncio.run(slow_after_waiting(0.7))
    assert rejected.status == 503 and "counted from its arrival" in rejected.message
    assert 0.25 <= elapsed < 0.8  # the 0.3 s left, not a fresh second


@pytest.fixture(scope="module")
def busy_server(kg):
    limits = Limits(seconds=4.0, rows=MAX_ROWS, quick_seconds=0.3, workers=4, long_workers=2)
    running = Running(create_app(kg, settings=Settings(limits=limits, as_of=AS_OF)))
    yield running
    running.stop()


def test_slow_queries_do_not_starve_quick_ones(busy_server):
    # the order of the answers, not their seconds, is what is checked: a loaded machine slows every answer alike
    slow_answers: list[tuple[int, str, float]] = []

    def slow() -> None:
        status, _h, body = get(f"{busy_server.base}/sparql?" + urllib.parse.urlencode({"query": SLOW}))
        slow_answers.append((status, body, time.perf_counter()))

    threads = [threading.Thread(target=slow) for _ in range(3)]
    for t in threads:
        t.start()
    time.sleep(0.8)  # two are long queries now; the third found the long lane full
    answered = []
    for _ in range(10):
        status, _h, body = get(f"{busy_server.base}/sparql?" + urllib.parse.urlencode(
            {"query": f"ASK {{ ?d eli:id_local '{DOC}' }}"}), {"Accept": "application/sparql-results+json"})
        answered.append(time.perf_counter())
        assert status == 200 and json.loads(body)["boolean"] is True
    for t in threads:
        t.join()
    refused = [a for a in slow_answers if "already running 2 long queries" in a[1]]
    stopped = [a for a in slow_answers if "longer than 4 s" in a[1]]
    assert len(refused) == 1 and refused[0][0] == 503
    assert len(stopped) == 2 and all(a[0] == 503 for a in stopped)
    # the third long query was refused at once, and a quick one answered, while the two long ones still ran
    assert refused[0][2] < min(a[2] for a in stopped) and answered[0] < min(a[2] for a in stopped)


# --- the real command ------------------------------------------------------------------------------

def test_regkg_serve_on_port_zero(outdir, title):
    process = subprocess.Popen([sys.executable, "-m", "regkg.cli", "serve", "-g", str(outdir), "--port", "0",
                                "--as-of", AS_OF], stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        found = re.search(r"at http://127\.0\.0\.1:(\d+)/ ", line)
        assert found and int(found.group(1)) > 0, line
        base = f"http://127.0.0.1:{found.group(1)}"
        result = Graph(store=SPARQLStore(f"{base}/sparql")).query(FORMS["CONSTRUCT"])
        _check_answer("CONSTRUCT", result.graph, title)
        assert get(f"{base}/healthz")[0] == 200
        assert get(f"{base}/healthz", {"Host": "evil.example"})[0] == 400
    finally:
        process.terminate()
        process.wait(timeout=10)


# --- the served pages in a browser, under their policy ---------------------------------------------

CHROMIUM = os.environ.get("REGKG_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install -y chromium)")
def test_served_pages_run_under_their_policy(server, hostile_server):
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    problems: list[str] = []
    dialogs: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        local = (server.base, hostile_server.base)
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(local) else r.abort())
        for path in ("/graph.html", "/report.html", "/docs/" + urllib.parse.quote("doc_泸市府发〔2024〕2号.html")):
            page.goto(hostile_server.base + path)  # script tags in titles: shown, never run
            page.mouse.move(700, 450)
        for path in ("/graph.html", "/duties.html", "/view?" + urllib.parse.urlencode({"doc": DOC, "depth": "2"})):
            page.goto(server.base + path)
            page.wait_for_selector("body[data-rendered='1']", timeout=15_000)
        page.fill("#search", DOC)
        assert "match" in page.text_content("#matches")  # view.js ran: the search answers
        page.goto(server.base + "/docs/" + urllib.parse.quote(f"doc_{DOC}.html"))
        assert page.locator(".ev").count() > 5
        page.goto(server.base + "/sparql")
        page.click("form >> button")
        assert page.locator("table tr").count() > 5
        browser.close()
    assert not problems, problems
    assert not dialogs, dialogs


# --- a graph in Oxigraph: the same endpoint, answered by Oxigraph itself ---------------------------

@pytest.fixture(scope="module")
def ox_kg(outdir):
    return graph.load(outdir, store="oxigraph")


@pytest.fixture(scope="module")
def ox_server(ox_kg):
    running = Running(create_app(ox_kg, settings=Settings(limits=Limits(seconds=TIMEOUT, rows=MAX_ROWS), as_of=AS_OF)))
    yield running
    running.stop()


@pytest.mark.parametrize("form", FORMS)
def test_oxigraph_store_every_form(ox_server, title, form):
    result = Graph(store=SPARQLStore(f"{ox_server.base}/sparql")).query(FORMS[form])
    answer = {"SELECT": lambda: list(result), "ASK": lambda: result.askAnswer}.get(form, lambda: result.graph)()
    _check_answer(form, answer, title)


def test_oxigraph_store_matches_the_api_and_stops_slow_queries(ox_server, ox_kg):
    result = wrapper(ox_server, TITLES, JSON).queryAndConvert()
    rows = [(b["doc"]["value"], b["title"]["value"]) for b in result["results"]["bindings"]]
    assert rows == [tuple(r) for r in ox_kg.sparql(TITLES).rows] and len(rows) > 100
    status, _h, body = get(f"{ox_server.base}/sparql?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"}))
    assert status == 400 and f"more than {MAX_ROWS} rows" in body
    status, _h, body = get(f"{ox_server.base}/sparql?" + urllib.parse.urlencode({"query": SLOW}))
    assert status == 503 and f"longer than {TIMEOUT:g} s" in body


def test_the_rdf_store_is_opened_by_the_first_sparql_query_not_at_start(outdir):
    """A loaded graph answers its pages from the index; its RDF store (graph.ttl parsed into memory
    without --store oxigraph:DIR: 2.5 GB at 1,000 gazettes) is opened only when SPARQL asks."""
    kg = graph.load(outdir)
    running = Running(create_app(kg, settings=Settings(as_of=AS_OF)))
    try:
        for page in ("/healthz", "/report.html", "/duties.html"):
            assert get(f"{running.base}{page}")[0] == 200, page
        time.sleep(0.3)  # time enough for a thread opening it at start to have begun
        assert kg.store._store is None
        status, _h, body = get(f"{running.base}/sparql?" + urllib.parse.urlencode(
            {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}), headers={"Accept": "text/csv"})
        assert status == 200 and body.splitlines()[1] == str(len(kg.store)) and kg.store._store is not None
    finally:
        running.stop()


def test_a_large_graphs_index_page_is_the_workbenchs_paged_table(server, kg, monkeypatch):
    """index.html lists every document in one table; past WHOLE_INDEX_DOCS (19 MB at 1,000 gazettes) the
    server sends the workbench's documents page, which pages the same table."""
    from regkg.server import view_routes

    with urllib.request.urlopen(f"{server.base}/index.html", timeout=30) as whole:
        assert whole.url.endswith("/index.html") and whole.read().decode().count("<tr") > len(kg.view.docs) // 10
    monkeypatch.setattr(view_routes, "WHOLE_INDEX_DOCS", 10)
    with urllib.request.urlopen(f"{server.base}/index.html", timeout=30) as paged:
        assert paged.status == 200 and paged.url == f"{server.base}/documents"
