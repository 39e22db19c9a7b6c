"""Integrity on load: build.json records the SHA-256 and size of graph.ttl, records.jsonl and the
persistent store, and the triple count; a folder whose graph or store does not match (truncated, one
line removed, emptied) is refused by ``regkg.load`` and every command with one line naming the file,
never a traceback and never a wrong answer."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

import regkg
from benchmarks.corpus import generate
from regkg.cli import cli
from regkg.errors import StoreError
from regkg.graph.output_folder import current_build


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """A plain build and one with a persistent Oxigraph store, of the same two gazettes."""
    corpus = tmp_path_factory.mktemp("corpus")
    generate(2, seed=5, out_dir=corpus)
    root = tmp_path_factory.mktemp("built")
    for args in (["-o", root / "plain"], ["-o", root / "stored", "--store", f"oxigraph:{root / 'store'}"]):
        result = CliRunner().invoke(cli, ["build", str(corpus), "--jobs", "1", "--no-views", *map(str, args)])
        assert result.exit_code == 0, result.output
    return root


def copy_of(outputs: Path, tmp_path: Path) -> Path:
    """A copy of both builds (the store's link and versions with them)."""
    target = tmp_path / "built"
    shutil.copytree(outputs, target, symlinks=True)
    info = current_build(target / "stored") / "build.json"  # build.json names the store by absolute path
    info.write_text(info.read_text("utf-8").replace(str(outputs), str(target)), "utf-8")
    return target


def without_line(path: Path, needle: str) -> None:
    lines = path.read_text("utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if needle in line)
    path.write_text("".join(lines[:at] + lines[at + 1:]), "utf-8")


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def emptied(path: Path) -> None:
    path.write_bytes(b"")


def without_file_digests(folder: Path) -> None:
    """As an older regkg wrote build.json: the triple count, no digests."""
    info_path = folder / "build.json"
    info = json.loads(info_path.read_text("utf-8"))
    del info["files"]
    info_path.write_text(json.dumps(info), "utf-8")


def store_file(root: Path) -> Path:
    return max((root / "store").iterdir(), key=lambda p: p.stat().st_size if p.suffix == ".sst" else -1)


# (case, the folder to damage, the damage, what the one-line error says)
CASES: list[tuple[str, str, Callable[[Path], None], str]] = [
    ("graph.ttl truncated", "plain", lambda r: truncated(r / "plain" / "graph.ttl"),
     "{root}/plain/graph.ttl is not the file this build wrote"),
    ("one evidence line removed", "plain", lambda r: without_line(r / "plain" / "graph.ttl", "rdf:subject"),
     "{root}/plain/graph.ttl is not the file this build wrote"),
    ("graph.ttl emptied", "plain", lambda r: emptied(r / "plain" / "graph.ttl"),
     "{root}/plain/graph.ttl is not the file this build wrote (0 bytes"),
    ("emptied, build.json of an older regkg", "plain",
     lambda r: (without_file_digests(current_build(r / "plain")), emptied(r / "plain" / "graph.ttl")),
     "{root}/plain/graph.ttl holds 0 triples, build.json says"),
    ("build.json removed", "plain", lambda r: (current_build(r / "plain") / "build.json").unlink(),
     "{root}/plain/build.json is missing"),
    ("records.jsonl emptied", "plain", lambda r: emptied(r / "plain" / "records.jsonl"),
     "{root}/plain/records.jsonl is not the file this build wrote (0 bytes"),
    ("graph.ttl deleted", "plain", lambda r: (current_build(r / "plain") / "graph.ttl").unlink(),
     "cannot read {root}/plain/graph.ttl"),
    ("store file truncated", "stored", lambda r: truncated(store_file(r)),
     "the Oxigraph store {root}/store is not the one this build wrote"),
    ("graph.ttl beside a store, one line removed", "stored",
     lambda r: without_line(r / "stored" / "graph.ttl", "rdf:subject"),
     "{root}/stored/graph.ttl is not the file this build wrote"),
]


@pytest.mark.parametrize(("folder", "damage", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_damaged_build_is_refused_in_one_line(outputs, tmp_path, folder, damage, message):
    root = copy_of(outputs, tmp_path)
    assert len(regkg.load(root / folder).store) > 0  # whole, the copy loads
    damage(root)
    expected = message.format(root=root)
    with pytest.raises(StoreError) as raised:
        regkg.load(root / folder)
    assert str(raised.value).startswith(expected)
    result = CliRunner().invoke(cli, ["repealed", "-g", str(root / folder)])
    assert result.exit_code == 1
    assert result.output.startswith(f"regkg: error: {expected}") and result.output.count("\n") == 1


def pages_unsampled(index: Path) -> None:
    """The pages of the second half of ``index`` that opening does not check (it samples 64, :func:`index_digest`:
    a national index is 22 GB) overwritten, as a disk's damage after the build would: the tables a question
    reads, not those opening reads."""
    from regkg.graph.index import _PAGE, _SAMPLES, index_digest

    before = index_digest(index)
    data = bytearray(index.read_bytes())
    pages = len(data) // _PAGE
    checked = {0, *(pages * i // _SAMPLES for i in range(_SAMPLES)), pages - 1}
    for n in set(range(pages // 2, pages)) - checked:
        data[n * _PAGE : (n + 1) * _PAGE] = bytes(range(256)) * (_PAGE // 256)
    index.write_bytes(bytes(data))
    assert index_digest(index) == before and pages > 4 * len(checked)


@pytest.mark.parametrize("question", [["repealed"], ["dangling"], ["status"], ["dependents"]])
def test_an_index_damaged_past_what_opening_checks_is_one_line_when_read(outputs, tmp_path, question):
    root = copy_of(outputs, tmp_path)
    if question[0] in ("status", "dependents"):  # of the most cited document
        (number,) = regkg.load(root / "plain").view.sql(
            "SELECT iri FROM docs JOIN edges ON o = iri GROUP BY iri ORDER BY COUNT(*) DESC, iri LIMIT 1").fetchone()
        question = [*question, number]
    pages_unsampled(current_build(root / "plain") / "index.sqlite")
    result = CliRunner().invoke(cli, [*question, "-g", str(root / "plain")])
    assert result.exit_code == 1 and "Traceback" not in result.output and result.output.count("\n") == 1
    assert result.output.startswith(f"regkg: error: {root}/plain/index.sqlite is damaged (")


def test_a_bare_graph_missing_an_evidence_line_is_refused(outputs, tmp_path):
    """No build.json to compare with: the view's missing triple is the one-line error, not a KeyError."""
    ttl = tmp_path / "graph.ttl"
    shutil.copy(outputs / "plain" / "graph.ttl", ttl)
    without_line(ttl, "rdf:subject")
    result = CliRunner().invoke(cli, ["warnings", "-g", str(ttl)])
    assert result.exit_code == 1
    assert result.output.startswith(f"regkg: error: {ttl} is incomplete (no triple for 'https://")


def test_update_refuses_damaged_records(outputs, tmp_path):
    root = copy_of(outputs, tmp_path)
    without_line(root / "plain" / "records.jsonl", '"source"')
    result = CliRunner().invoke(cli, ["build", "--update", str(root / "plain"), str(tmp_path), "--jobs", "1"])
    assert result.exit_code == 1
    assert result.output.startswith(f"regkg: error: {root}/plain/records.jsonl is not the file this build wrote")


def test_a_graph_too_large_for_memory_is_refused_for_sparql_in_one_line(outputs, monkeypatch):
    # questions still answer from the index; SPARQL names the on-disk store instead of exhausting memory
    import regkg.graph.open_build as open_build

    monkeypatch.setattr(open_build, "IN_MEMORY_TRIPLES", 100)
    kg = regkg.load(outputs / "plain")
    assert kg.repealed()  # the index answers
    with pytest.raises(StoreError) as raised:
        kg.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    message = str(raised.value)
    assert "too many to load into memory for SPARQL" in message and "--store oxigraph:DIR" in message
    assert "\n" not in message
    stored = regkg.load(outputs / "stored")  # an on-disk store opens whatever its size
    assert stored.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0] > 100
