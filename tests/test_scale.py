"""Scale: parallel and Dask extraction give the serial records; every store gives byte-identical
graph.ttl and the same answers; a persistent Oxigraph store is what later commands open; the
progress bar stays out of pipes."""

from __future__ import annotations

import gc
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import regkg.graph as graph
from benchmarks.corpus import generate
from regkg.cli import cli
from regkg.errors import StoreError
from regkg.graph.store import AUTO_OXIGRAPH_TRIPLES, MemoryStore, OxigraphStore, open_store
from regkg.scale.workers import extract_all
from regkg.progress import Progress, wanted

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "examples" / "queries").glob("*.rq"))
GAZETTES = 3  # ~150 documents: enough for every relation, small enough for seconds


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    generate(GAZETTES, seed=5, out_dir=folder)
    return folder


@pytest.fixture(scope="module")
def serial(corpus):
    return extract_all([corpus], jobs=1)


def test_parallel_extraction_gives_the_serial_records(corpus, serial):
    records, errors = extract_all([corpus], jobs=2)
    assert records == serial[0] and not errors and len(records) == GAZETTES


def test_errors_travel_back_from_workers(tmp_path, corpus):
    (tmp_path / "empty.txt").write_bytes(b"")
    records, errors = extract_all([tmp_path / "empty.txt", next(corpus.glob("*.txt")), tmp_path / "none.txt"], jobs=2)
    assert len(records) == 1
    assert sorted(Path(e.path).name for e in errors) == ["empty.txt", "none.txt"]


def test_dask_local_cluster_gives_the_serial_records(corpus, serial):
    pytest.importorskip("distributed")
    records, errors = extract_all([corpus], dask="local:2")
    assert records == serial[0] and not errors


@pytest.mark.parametrize("spec", ["memory", "oxigraph", "oxigraph:DIR"])
def test_every_store_writes_the_same_bytes_and_answers_alike(tmp_path, serial, spec):
    reference = graph.build_records(serial[0], store="memory")
    reference.write(tmp_path / "ref")
    spec = spec.replace("DIR", str(tmp_path / "store"))
    kg = graph.build_records(serial[0], store=spec)
    kg.write(tmp_path / "out")
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (tmp_path / "ref" / "graph.ttl").read_bytes()
    assert len(kg.store) == len(reference.store)
    day = kg.status_as_of
    assert kg.dangling(as_of=day) == reference.dangling(as_of=day)
    assert kg.repealed(as_of=day) == reference.repealed(as_of=day)
    for query in QUERIES:
        text = query.read_text("utf-8")
        assert sorted(kg.sparql(text).rows, key=repr) == sorted(reference.sparql(text).rows, key=repr), query.name


def test_persistent_store_is_opened_by_load_and_the_cli(tmp_path, corpus):
    store_dir, out = tmp_path / "oxi", tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(corpus), "-o", str(out), "--store", f"oxigraph:{store_dir}",
                                      "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert json.loads((out / "build.json").read_text())["store"] == f"oxigraph:{store_dir.absolute()}"
    kg = graph.load(out)
    store = kg.store.opened()  # a loaded graph opens its RDF store on first use
    assert isinstance(store, OxigraphStore) and store.path == store_dir.resolve()
    assert len(kg.store) == len(graph.load(out / "graph.ttl").store)
    count = CliRunner().invoke(cli, ["query", "-g", str(out), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv"])
    assert count.output.splitlines()[1] == str(len(kg.store))
    rdflib_view = kg.store.rdflib_graph()  # rdflib works on the same store through oxrdflib
    assert len(rdflib_view) == len(kg.store)
    assert len(list(rdflib_view.query("SELECT ?d WHERE { ?d a eli:LegalResource }"))) == len(kg.view.docs) - sum(
        1 for d in kg.view.docs.values() if d.notice)


def test_view_of_a_persistent_store_is_read_from_its_turtle_twin(tmp_path, serial):
    built = graph.build_records(serial[0], store=f"oxigraph:{tmp_path / 'oxi'}")
    built.write(tmp_path / "out")
    del built
    gc.collect()  # pyoxigraph releases the store's lock when the object goes
    kg = graph.load(tmp_path / "out")
    assert kg.store.mirror.resolve() == (tmp_path / "out" / "graph.ttl").resolve()
    direct = graph.KnowledgeGraph(OxigraphStore(tmp_path / "oxi", read_only=True))  # the store's own indexes
    assert kg.view.docs == direct.view.docs and kg.view.evidence == direct.view.evidence
    assert kg.view.duties == direct.view.duties and kg.warnings == direct.warnings
    day = kg.status_as_of
    assert kg.dangling(as_of=day) == direct.dangling(as_of=day)
    info = json.loads((tmp_path / "out" / "build.json").read_text())
    info["triples"] += 1  # graph.ttl no longer holds what the store holds: a clean error, not a wrong view
    (tmp_path / "out" / "build.json").write_text(json.dumps(info))
    with pytest.raises(StoreError, match="does not hold the triples"):
        graph.load(tmp_path / "out")


def test_auto_store_picks_by_size():
    assert isinstance(open_store("auto", size=AUTO_OXIGRAPH_TRIPLES), MemoryStore)
    assert isinstance(open_store("auto", size=AUTO_OXIGRAPH_TRIPLES + 1), OxigraphStore)


def test_bad_store_spec_is_a_clean_error(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(ROOT / "samples"), "-o", str(tmp_path), "--store", "neo4j"])
    assert result.exit_code == 1 and "unknown store" in result.output


def test_progress_is_quiet_in_pipes_and_ci(monkeypatch):
    assert not wanted(None, io.StringIO())

    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.delenv("CI", raising=False)
    assert wanted(None, Tty())
    monkeypatch.setenv("CI", "true")
    assert not wanted(None, Tty())
    assert wanted(True, io.StringIO())


def test_progress_counts_files_documents_and_bytes():
    with Progress(total_files=2, total_bytes=3_000_000, enabled=True) as bar:
        bar.done(bytes_read=1_000_000, documents=40)
        bar.done(bytes_read=2_000_000, documents=10)
    assert (bar.files, bar.documents, bar.bytes) == (2, 50, 3_000_000)


def test_a_build_with_progress_names_every_step(tmp_path, corpus):
    result = CliRunner().invoke(cli, ["build", str(corpus), "-o", str(tmp_path), "--progress"])
    assert result.exit_code == 0, result.output
    steps = [line.split()[0] for line in result.stderr.splitlines() if line.strip() and line.split()[-1] == "s"]
    assert steps == ["resolve", "triples", "view", "store", "write", "write"]
    assert "views" in result.stderr and "extract" in result.stderr  # the two bars
    quiet = CliRunner().invoke(cli, ["build", str(corpus), "-o", str(tmp_path / "q")])
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_build_with_jobs_equals_serial_build(tmp_path, corpus):
    for jobs in ("1", "2"):
        result = CliRunner().invoke(cli, ["build", str(corpus), "-o", str(tmp_path / jobs), "--jobs", jobs])
        assert result.exit_code == 0, result.output
    assert (tmp_path / "1" / "graph.ttl").read_bytes() == (tmp_path / "2" / "graph.ttl").read_bytes()


def _dangling_by_status(kg, day):
    """The definition of ``dangling``, asked document by document (slow, obviously right)."""
    from regkg.graph.status import REFERENCE_RELATIONS

    view, out = kg.view, set()
    for relation in REFERENCE_RELATIONS:
        for citing, targets in view.out[relation].items():
            if view.docs[citing].notice or kg.status(citing, as_of=day).state != "in_force":
                continue
            for target in targets:
                if target in view.out["repeals"].get(citing, ()):
                    continue
                state = kg.status(target, as_of=day).state
                if state in ("repealed", "expired"):
                    out.add((citing, target, relation, state))
    return out


def test_dangling_spans_agree_with_status_on_every_date(serial):
    kg = graph.build_records(serial[0])
    days = sorted({d for doc in kg.view.docs.values() for d in (doc.start, doc.until, doc.date) if d})
    for day in days[:: max(1, len(days) // 40)] + ["2000-01-01", "2099-01-01"]:
        fast = {(d.iri, d.cites_iri, d.relation, d.cited_state) for d in kg.dangling(as_of=day)}
        assert fast == _dangling_by_status(kg, day), day
