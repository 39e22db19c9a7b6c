"""Shared fixtures: the real pipeline run once per session on the real sample gazettes.

The sample graph is built once for the whole suite (:func:`build_sample_kg`, the ``sample_kg``
fixture) and written once with every view (:func:`write_sample_outputs`, ``sample_outputs``); test
modules take these instead of building their own. Tests that check building itself (determinism,
options, bad inputs) still build.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import settings

import regkg
from regkg.extract import extract_file
from regkg.extract.models import Record

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
# The date the written views show statuses for (views_support.AS_OF).
VIEWS_AS_OF = "2025-06-01"

# Property tests explore new examples on every run here, where a counterexample is a bug found; under CI they
# draw the same ones each time, so a run passes or fails by the code alone (a counterexample found here is
# pinned with @example, as test_duties' are).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@lru_cache(maxsize=1)
def build_sample_kg() -> regkg.KnowledgeGraph:
    """The graph of samples/, built once per test process (read-only: tests must not change it)."""
    return regkg.build([SAMPLES])


@lru_cache(maxsize=1)
def write_sample_outputs() -> Path:
    """An output folder of the sample graph (graph.ttl & co. plus every view), written once per process."""
    from regkg.orchestrate import source_texts
    from regkg.views import write_all

    out = Path(tempfile.mkdtemp(prefix="regkg-samples-"))
    atexit.register(shutil.rmtree, out, ignore_errors=True)  # each test process's own copy, gone with it
    kg = build_sample_kg()
    with kg.writing(out) as staging:
        write_all(kg, staging, as_of=VIEWS_AS_OF, sources=source_texts(kg.input_paths), home=out)
    return out


@pytest.fixture(scope="session")
def sample_kg() -> regkg.KnowledgeGraph:
    return build_sample_kg()


@pytest.fixture(scope="session")
def sample_outputs() -> Path:
    return write_sample_outputs()


@pytest.fixture(scope="session")
def sample_paths() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


@pytest.fixture(scope="session")
def records(sample_paths) -> dict[str, Record]:
    """Extraction record per sample gazette, keyed by file stem."""
    return {p.stem: extract_file(p) for p in sample_paths}


@pytest.fixture(scope="session")
def all_docs(records):
    return {d.doc_number: d for r in records.values() for d in r.documents if d.doc_number}


@pytest.fixture
def tmpfs(tmp_path):
    """A small tmpfs of its own, for a full disk (needs root and mount); its size is set by each test
    (:func:`remount`)."""
    where = tmp_path / "disk"
    where.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(where)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield where
    subprocess.run(["umount", "-l", str(where)], check=True)


def remount(where: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(where)], check=True)
