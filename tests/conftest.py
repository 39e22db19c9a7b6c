"""Shared fixtures: the real pipeline run once per session on the real sample gazettes."""

from __future__ import annotations

from pathlib import Path

import pytest

from regkg.extract import extract_file
from regkg.extract.models import Record

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


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
