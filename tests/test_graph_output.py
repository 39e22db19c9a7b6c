"""graph.ttl: byte-identical for the same input, valid against the SHACL shapes, readable by a second,
independent parser (pyoxigraph)."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
import pyshacl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

import regkg
import regkg.graph as graph
from regkg.graph.turtle import to_turtle
from regkg.graph.terms import IRI, XSD_STRING, as_row
from regkg.ontology import ELI, REGKG, shapes_path

# pyshacl's use of rdflib's Dataset emits one DeprecationWarning per triple; they slow the run ten-fold
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def built(tmp_path_factory, sample_kg):
    out = tmp_path_factory.mktemp("out")
    kg = sample_kg
    kg.write(out)
    return kg, out


def test_same_input_gives_byte_identical_turtle(built, tmp_path):
    kg, out = built
    again = regkg.build(sorted(SAMPLES.glob("*.txt"), reverse=True))
    again.write(tmp_path)
    assert (tmp_path / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()
    assert (tmp_path / "records.jsonl").read_bytes() == (out / "records.jsonl").read_bytes()


def test_every_file_is_the_same_bytes_whatever_the_hash_seed(tmp_path):
    # Python's str hashes change per process (PYTHONHASHSEED): a set or dict walked while writing would
    # give another order, and another index.sqlite, from the same input
    import os
    import subprocess
    import sys

    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        subprocess.run([sys.executable, "-c", "import sys, regkg.cli; sys.argv[0] = 'regkg'; regkg.cli.main()",
                        "build", str(SAMPLES / "002_c2c7c1da57e4fc76.txt"), str(SAMPLES / "004_1353083119d7ceb2.txt"),
                        "-o", str(out), "--no-views"], check=True, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        outs.append(out)
    for name in ("graph.ttl", "records.jsonl", "report.md", "index.sqlite"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_outputs_written(built):
    _, out = built
    records = [json.loads(line) for line in (out / "records.jsonl").read_text("utf-8").splitlines()]
    assert [r["source"] for r in records] == sorted(p.name for p in SAMPLES.glob("*.txt"))
    report = (out / "report.md").read_text("utf-8")
    for heading in ("## Counts", "## Repealed documents", "## Dangling references", "## Duties per department",
                    "## Input errors"):
        assert heading in report
    assert "泸市府办发〔2022〕14号" in report and "title-fuzzy" in report
    assert not list(out.glob("*.tmp"))


def test_graph_validates_against_shapes(built):
    _, out = built
    data = Graph().parse(out / "graph.ttl", format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=str(shapes_path()), advanced=True)
    assert conforms, text


def test_shapes_catch_a_broken_graph(built):
    _, out = built
    data = Graph().parse(out / "graph.ttl", format="turtle")
    doc = URIRef(graph.load(out).find("泸市府办发〔2024〕44号").iri)
    data.add((doc, ELI.id_local, Literal("not a number")))
    evidence = next(data.subjects(REGKG.method, Literal("title-fuzzy")))
    data.remove((evidence, REGKG.spanStart, None))
    conforms, _, text = pyshacl.validate(data, shacl_graph=str(shapes_path()), advanced=True)
    assert not conforms
    assert "id_local" in text and "spanStart" in text


def test_second_parser_reads_the_same_triples(built):
    kg, out = built
    store = pyoxigraph.Store()
    store.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(Graph().parse(out / "graph.ttl", format="turtle")) == len(kg.store)
    rows = list(store.query(
        'PREFIX eli: <http://data.europa.eu/eli/ontology#> '
        'SELECT ?by WHERE { ?d eli:id_local "泸市府办发〔2022〕67号" ; eli:repealed_by/eli:id_local ?by }'
    ))
    assert [row["by"].value for row in rows] == ["泸市府办发〔2024〕41号"]


def test_base_iri_is_configurable():
    kg = regkg.build([SAMPLES / "002_c2c7c1da57e4fc76.txt"], base_iri="https://example.org/kg/")
    assert kg.find("泸市府办发〔2022〕67号").iri == "https://example.org/kg/doc/泸市府办发〔2022〕67号"


def test_outputs_are_ordinary_readable_files(tmp_path):
    """Atomic writes go through mkstemp (0600); the outputs end up with the umask's usual mode."""
    import os

    from regkg.graph.atomic_files import write_atomic

    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "x.txt", "x")
    finally:
        os.umask(old)
    mode = (tmp_path / "x.txt").stat().st_mode & 0o777
    assert mode == 0o644 or mode == 0o666 & ~old


def test_turtle_holds_each_triple_once(built):
    kg, out = built
    parsed = [(t.subject, t.predicate, t.object) for t in
              pyoxigraph.parse(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)]
    assert len(parsed) == len(set(parsed)) == len(kg.store)


_IRIS = st.sampled_from(["https://ex.org/a", "https://ex.org/b", str(RDF.type), str(ELI.title),
                         "http://data.europa.eu/eli/ontology#LegalResource", "https://ex.org/doc/泸市府发〔2024〕1号",
                         str(ELI) + "1st", str(ELI) + "a/b", str(ELI) + "in-force_2", str(ELI)])
_KINDS = st.sampled_from([IRI, XSD_STRING, "http://www.w3.org/2001/XMLSchema#date", "@zh"])


@st.composite
def _rows(draw):
    s, p, kind = draw(_IRIS), draw(_IRIS), draw(_KINDS)
    o = draw(_IRIS) if kind == IRI else draw(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8))
    return s, p, o, kind


@pytest.mark.parametrize("iri, text", [
    ("http://data.europa.eu/eli/ontology#LegalResource", "eli:LegalResource"),
    ("http://data.europa.eu/eli/ontology#in_force", "eli:in_force"),
    ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "rdf:type"),
    ("http://data.europa.eu/eli/ontology#1st", "<http://data.europa.eu/eli/ontology#1st>"),  # a local name's first character
    ("http://data.europa.eu/eli/ontology#a/b", "<http://data.europa.eu/eli/ontology#a/b>"),
    ("http://data.europa.eu/eli/ontology#", "<http://data.europa.eu/eli/ontology#>"),
    ("https://w3id.org/regkg/id/doc/泸市府发〔2024〕1号", "<https://w3id.org/regkg/id/doc/泸市府发〔2024〕1号>"),
])
def test_an_iri_is_written_with_its_prefix_only_when_its_local_name_is_simple(iri, text):
    assert to_turtle([(iri, "https://ex.org/p", iri, IRI)]).splitlines()[-1] == f"{text} <https://ex.org/p> {text} ."


@pytest.mark.parametrize("iri", ["https://ex.org/a b", "https://ex.org/a\nb", "https://ex.org/<a>", "https://ex.org/a\tb",
                                 "http://data.europa.eu/eli/ontology#title\n"])
def test_an_iri_turtle_cannot_hold_is_refused(iri):
    with pytest.raises(regkg.errors.StoreError, match="cannot be written"):
        to_turtle([(iri, str(RDF.type), str(ELI.LegalResource), IRI)])


@settings(max_examples=200, deadline=None)
@given(st.sets(_rows(), max_size=12))
def test_turtle_writer_round_trips_any_rows(rows):
    """Whatever the rows (types first or not, escapes, language tags), a second parser reads back
    exactly them, each once."""
    text = to_turtle(rows, header="test")
    parsed = [as_row(t.subject, t.predicate, t.object) for t in
              pyoxigraph.parse(text.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)]
    assert sorted(parsed) == sorted(rows)
    assert to_turtle(list(reversed(sorted(rows))), header="test") == text
