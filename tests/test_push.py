"""``regkg push`` against a real Virtuoso (Debian's virtuoso-opensource, started on loopback here,
once per session), and the README's example queries answered alike by Virtuoso, Oxigraph and rdflib."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import regkg
import regkg.graph as graph
import regkg.scale.push as push_module
from regkg.cli import cli
from regkg.errors import StoreError
from regkg.ontology import PREFIXES
from regkg.scale.push import PushError, endpoints_for, ntriples_ascii, push

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "examples" / "queries").glob("*.rq"))
GRAPH_IRI = "https://w3id.org/regkg/graph/test"
USER, PASSWORD = "dba", "dba"  # a fresh Virtuoso database's administrator
START_TIMEOUT_S = 60
XSD = "http://www.w3.org/2001/XMLSchema#"

VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxQueryMem = 500M
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def _running_virtuoso(folder: Path, parameters: str = "") -> Iterator[str]:
    """A Virtuoso serving from ``folder`` on free loopback ports, its base URL; ``parameters``: more
    lines of virtuoso.ini's [Parameters]."""
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.skip("virtuoso-t is not installed (apt-get install virtuoso-opensource; .ci/run installs it)")
    http_port, sql_port = _free_port(), _free_port()
    ini = VIRTUOSO_INI.format(d=folder, http_port=http_port, sql_port=sql_port)
    (folder / "virtuoso.ini").write_text(ini.replace("[Parameters]\n", f"[Parameters]\n{parameters}"))
    process = subprocess.Popen([binary, "+foreground", "+configfile", str(folder / "virtuoso.ini")], cwd=folder,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http_port}"
    deadline = time.monotonic() + START_TIMEOUT_S
    try:
        while True:
            if process.poll() is not None:
                log = (folder / "virtuoso.log").read_text(errors="replace")[-2000:]
                pytest.fail(f"virtuoso-t exited with {process.returncode}: {log}")
            try:
                if httpx.get(f"{base}/sparql", params={"query": "ASK {}"}, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"Virtuoso did not answer within {START_TIMEOUT_S} s")
            time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    with _running_virtuoso(tmp_path_factory.mktemp("virtuoso")) as base:
        yield base


@pytest.fixture(scope="module")
def small_log_virtuoso(tmp_path_factory):
    """A Virtuoso whose transactions may log little: what a national graph is to a stock one (its 50 MB
    limit refuses to move the 7.5 M triples of 1,000 gazettes in one transaction)."""
    with _running_virtuoso(tmp_path_factory.mktemp("virtuoso_small"), "TransactionAfterImageLimit = 100000\n") as base:
        yield base


@pytest.fixture(scope="module")
def kg(sample_kg):
    return sample_kg


@pytest.fixture(scope="module")
def pushed(virtuoso, kg, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    kg.write(out)
    result = push(out, f"{virtuoso}/sparql-graph-crud-auth", graph=GRAPH_IRI, user=USER, password=PASSWORD,
                  chunk_triples=2_000)
    return out, result


def _virtuoso_rows(base: str, query: str) -> tuple[list[str], list[tuple]]:
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    r = httpx.post(f"{base}/sparql", data={"query": prefixes + query, "default-graph-uri": GRAPH_IRI},
                   headers={"Accept": "application/sparql-results+json"}, timeout=60)
    assert r.status_code == 200, r.text[:500]
    data = r.json()
    names = data["head"]["vars"]
    return names, [tuple(_value(b.get(n)) for n in names) for b in data["results"]["bindings"]]


def _value(binding: dict | None):
    """A JSON result value as regkg's QueryResult gives it (ints, floats, bools, ISO dates as str)."""
    if binding is None:
        return None
    value, datatype = binding["value"], binding.get("datatype", "")
    if datatype in (f"{XSD}integer", f"{XSD}int", f"{XSD}long"):
        return int(value)
    if datatype in (f"{XSD}decimal", f"{XSD}double", f"{XSD}float"):
        return float(value)
    if datatype == f"{XSD}boolean":
        return value in ("true", "1")
    return value


def test_endpoints_are_found_beside_the_graph_store():
    assert endpoints_for("http://h:8890/sparql-graph-crud") == ("http://h:8890/sparql", "http://h:8890/sparql")
    assert endpoints_for("http://h:7878/store") == ("http://h:7878/query", "http://h:7878/update")
    assert endpoints_for("http://h/unknown") == (None, None)


def test_push_loads_every_triple_in_slices(pushed, kg):
    _, result = pushed
    assert result.triples == len(kg.store) and result.chunks == -(-len(kg.store) // 2_000)


def test_the_store_reads_every_text_as_written(virtuoso, pushed, kg):
    # escaped in slices (\\u662f, and \\u00d7 for the × of a duty's formula), read back as the characters
    query = "SELECT ?t WHERE { { ?x regkg:task ?t } UNION { ?x regkg:evidenceText ?t } }"
    _, rows = _virtuoso_rows(virtuoso, query)
    texts = {t for (t,) in rows}
    assert texts == {t for (t,) in kg.sparql(query).rows} and any("×" in t for t in texts) and len(texts) > 500


def test_push_replaces_the_graph_and_leaves_no_staging(virtuoso, pushed, tmp_path):
    small = regkg.build([ROOT / "samples" / "002_c2c7c1da57e4fc76.txt"])
    result = push(small, f"{virtuoso}/sparql-graph-crud-auth", graph=GRAPH_IRI + "-replaced", user=USER,
                  password=PASSWORD)
    again = push(small, f"{virtuoso}/sparql-graph-crud-auth", graph=GRAPH_IRI + "-replaced", user=USER,
                 password=PASSWORD)
    assert result.triples == again.triples == len(small.store)
    assert GRAPH_IRI + "-replaced" in _graphs(virtuoso) and _staging_graphs(virtuoso) == []


def _select(base: str, query: str) -> list[dict]:
    """The bindings of a query over all of the store's graphs (those of _virtuoso_rows read GRAPH_IRI only)."""
    r = httpx.post(f"{base}/sparql", data={"query": query}, headers={"Accept": "application/sparql-results+json"},
                   timeout=60)
    assert r.status_code == 200, r.text[:500]
    return r.json()["results"]["bindings"]


def _count(base: str, graph: str) -> int:
    (row,) = _select(base, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(row["n"]["value"])


def _graphs(base: str) -> set[str]:
    return {row["g"]["value"] for row in _select(base, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}


def _staging_graphs(base: str) -> list[str]:
    return sorted(g for g in _graphs(base) if "-staging-" in g)


def test_push_holds_two_slices_at_most(virtuoso, kg, monkeypatch):
    """The triples are read as they are sent (a national graph's 150 M would not fit in memory as objects):
    each slice is sent while the next one is read, no further ahead."""

    class Counted:  # a graph whose store counts the triples read from it
        read = 0

        @property
        def store(self):
            return self

        def rows(self):
            for row in kg.store.rows():
                Counted.read += 1
                yield row

    read_at_each_slice = []
    serialise = push_module.ntriples_ascii
    monkeypatch.setattr(push_module, "ntriples_ascii",
                        lambda chunk: (read_at_each_slice.append(Counted.read), serialise(chunk))[1])
    read_at_each_send = []
    post = httpx.Client.post

    def counted_post(self, url, **options):
        if "graph" in (options.get("params") or {}):  # a slice, not a count or an update
            read_at_each_send.append(Counted.read)
        return post(self, url, **options)

    monkeypatch.setattr(httpx.Client, "post", counted_post)
    result = push(Counted(), f"{virtuoso}/sparql-graph-crud-auth", graph=GRAPH_IRI + "-sliced", user=USER,
                  password=PASSWORD, chunk_triples=1_000)
    assert result.triples == len(kg.store) and len(read_at_each_slice) == len(read_at_each_send) == result.chunks > 10
    assert read_at_each_slice[:3] == [1_000, 2_000, 3_000]
    assert all(read <= (sent + 2) * 1_000 for sent, read in enumerate(read_at_each_send))


@given(st.text(st.characters(blacklist_categories=("Cs",))), st.text(st.characters(blacklist_categories=("Cs",))))
def test_escaped_ntriples_read_back_as_the_same_terms(text, name):
    # every character past ASCII escaped, a run at a time: Latin-1 (·, ×), CJK, beyond the BMP
    triple = (ox.NamedNode("https://x.org/" + "".join(c for c in name if c.isalnum())), ox.NamedNode("https://x.org/p"),
              ox.Literal(text))
    written = ntriples_ascii([triple])
    assert written.isascii()
    assert [(q.subject, q.predicate, q.object) for q in ox.parse(written, format=ox.RdfFormat.N_TRIPLES)] == [triple]


def test_a_graph_ttl_broken_midway_keeps_the_named_graph(virtuoso, pushed, kg, tmp_path):
    out, _ = pushed
    text = (out / "graph.ttl").read_bytes()
    broken = tmp_path / "graph.ttl"
    broken.write_bytes(text[: len(text) * 2 // 3] + b" .\n<x")  # slices are sent before the break is read
    with pytest.raises(StoreError, match=f"cannot read graph {broken}"):
        push(broken, f"{virtuoso}/sparql-graph-crud-auth", graph=GRAPH_IRI, user=USER, password=PASSWORD,
             chunk_triples=2_000)
    _, rows = _virtuoso_rows(virtuoso, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert rows == [(len(kg.store),)] and _staging_graphs(virtuoso) == []


def test_a_move_beyond_virtuosos_transaction_limit_goes_row_by_row(small_log_virtuoso, pushed, kg):
    # a national graph is past what Virtuoso can log in one transaction at any setting (~60 M triples)
    result = push(kg, f"{small_log_virtuoso}/sparql-graph-crud-auth", graph=GRAPH_IRI, user=USER,
                  password=PASSWORD, chunk_triples=200)  # each slice within the limit, one MOVE of all beyond it
    assert not result.atomic and result.triples == len(kg.store)
    _, rows = _virtuoso_rows(small_log_virtuoso, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert rows == [(len(kg.store),)] and _staging_graphs(small_log_virtuoso) == []
    said = CliRunner().invoke(cli, ["push", "-g", str(pushed[0]), "--endpoint",
                                    f"{small_log_virtuoso}/sparql-graph-crud-auth", "--user", USER, "--password",
                                    PASSWORD, "--chunk", "200"])
    assert said.exit_code == 0 and "moved row by row" in said.stderr and "count verified" in said.stdout


def _updates_sent(monkeypatch) -> list[str]:
    """The SPARQL Updates push sends from now on, as sent."""
    sent: list[str] = []
    update = push_module._Client.update

    def recorded(self, endpoint, text, **options):
        sent.append(text)
        return update(self, endpoint, text, **options)

    monkeypatch.setattr(push_module._Client, "update", recorded)
    return sent


def test_a_graph_virtuoso_cannot_move_at_once_goes_row_by_row_without_trying(virtuoso, kg, monkeypatch):
    # a national graph (149 M triples) is past the ~60 M Virtuoso can log at any setting: attempting the
    # one MOVE first would only hold the store's memory until it refused
    limit = push_module._Dialect("DEFINE sql:log-enable 3 ", "SR325", atomic_limit=len(kg.store) - 1)
    monkeypatch.setitem(push_module._DIALECTS, "virtuoso", limit)
    sent = _updates_sent(monkeypatch)
    result = push(kg, f"{virtuoso}/sparql-graph-crud-auth", graph=GRAPH_IRI + "-national", user=USER,
                  password=PASSWORD, chunk_triples=5_000)
    assert not result.atomic and result.triples == len(kg.store)
    assert [text.split(" <")[0] for text in sent] == ["DEFINE sql:log-enable 3 MOVE"]
    assert _count(virtuoso, GRAPH_IRI + "-national") == len(kg.store) and _staging_graphs(virtuoso) == []


def test_a_short_count_names_the_predicate_and_drops_the_staging_graph_row_by_row(virtuoso, kg, monkeypatch):
    class Repeated:  # a source that gives one triple twice: the store keeps it once
        store = property(lambda self: self)

        def rows(self):
            rows = kg.store.rows()
            first = next(rows)
            yield first
            yield from rows
            yield first

    first = next(kg.store.rows())
    sent_of_first = sum(1 for row in kg.store.rows() if row[1] == first[1]) + 1
    sent = _updates_sent(monkeypatch)
    with pytest.raises(PushError) as raised:
        push(Repeated(), f"{virtuoso}/sparql-graph-crud-auth", graph=GRAPH_IRI + "-short", user=USER,
             password=PASSWORD, chunk_triples=5_000)
    assert str(raised.value) == (f"the staging graph holds {len(kg.store)} triples, {len(kg.store) + 1} were sent: "
                                 f"{first[1]} {sent_of_first - 1} of {sent_of_first}")
    assert [text.split(" <")[0] for text in sent] == ["DEFINE sql:log-enable 3 DROP SILENT GRAPH"]
    assert _staging_graphs(virtuoso) == []


def test_a_slice_beyond_virtuosos_transaction_limit_says_what_to_raise(small_log_virtuoso, kg):
    with pytest.raises(PushError) as raised:
        push(kg, f"{small_log_virtuoso}/sparql-graph-crud-auth", graph=GRAPH_IRI + "-big-slices", user=USER,
             password=PASSWORD, chunk_triples=len(kg.store))
    message = str(raised.value)
    assert message.startswith("loading slice 1: HTTP 500") and "SR325" in message
    assert "raise TransactionAfterImageLimit" in message and "\n" not in message
    assert not [g for g in _graphs(small_log_virtuoso) if g.startswith(GRAPH_IRI + "-big-slices")]  # none moved, none staged


def test_anonymous_push_is_refused_cleanly(virtuoso, kg):
    with pytest.raises(PushError, match="HTTP 40"):
        push(kg, f"{virtuoso}/sparql-graph-crud-auth", graph=GRAPH_IRI + "-anon")


def test_push_command(virtuoso, pushed):
    out, _ = pushed
    result = CliRunner().invoke(cli, ["push", "-g", str(out), "--endpoint", f"{virtuoso}/sparql-graph-crud-auth",
                                      "--named-graph", GRAPH_IRI, "--user", USER, "--password", PASSWORD])
    assert result.exit_code == 0, result.output
    assert "triples" in result.output


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_example_queries_agree_on_virtuoso_oxigraph_and_rdflib(virtuoso, pushed, kg, query):
    out, _ = pushed
    text = query.read_text("utf-8")
    ours = kg.sparql(text)  # rdflib (the seed graph is small: the memory store)
    oxigraph = graph.load(out, store="oxigraph").sparql(text)
    names, theirs = _virtuoso_rows(virtuoso, text)
    assert ours.vars == oxigraph.vars == names
    assert sorted(ours.rows, key=repr) == sorted(oxigraph.rows, key=repr) == sorted(theirs, key=repr)
    assert ours.rows, f"{query.name} has no answer on the seed graph"
