"""The build's lean forms give what the plain ones gave: rows filed by subject (SubjectRows) are the
distinct rows in Turtle's order, the view reads the same from them in any order, the index's evidence
rows come in the order one sort of them all gave, and files are written in bounded blocks."""

from __future__ import annotations

import random

import pytest

import regkg.graph as graph
from benchmarks.corpus import generate
from regkg.graph.atomic_files import utf8_blocks
from regkg.graph.index_write import _evidence_columns, _evidence_rows, _none_first
from regkg.graph.memory_view import Evidence, View
from regkg.graph.subject_rows import SubjectRows
from regkg.scale.workers import extract_all

GAZETTES = 3


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    generate(GAZETTES, seed=7, out_dir=folder)
    records, errors = extract_all([folder], jobs=1)
    assert not errors
    return list(graph.build_records(records, store="memory").store.rows())


@pytest.mark.parametrize("given, held, filed", [
    ([], 0, []),
    ([("s", "p", "o", "")], 1, [("s", [("s", "p", "o", "")])]),
    # the same triple twice is held once; a subject's rows sorted by predicate, object, kind
    ([("s", "p", "b", ""), ("s", "p", "a", "k"), ("s", "p", "b", ""), ("r", "q", "c", "")], 3,
     [("r", [("r", "q", "c", "")]), ("s", [("s", "p", "a", "k"), ("s", "p", "b", "")])]),
    # a literal and an IRI with the same text are two triples
    ([("s", "p", "x", ""), ("s", "p", "x", "xsd:string")], 2,
     [("s", [("s", "p", "x", ""), ("s", "p", "x", "xsd:string")])]),
])
def test_subject_rows_are_the_distinct_rows_in_turtle_order(given, held, filed):
    rows = SubjectRows(given)
    assert len(rows) == held and sorted(rows) == sorted(set(given))
    assert [(s, list(r)) for s, r in rows.by_subject()] == filed


def test_rows_added_go_into_their_place_once(rows):
    filed = SubjectRows(rows[::2])
    filed.add(rows)
    assert len(filed) == len(set(rows)) and sorted(filed) == sorted(set(rows))
    assert [r for _, rs in filed.by_subject() for r in rs] == sorted(set(rows))


def _seen(view: View) -> tuple:
    return (view.docs, view.orgs, view.places, view.sources, view.duties, view.warnings,
            {k: dict(v) for k, v in view.out.items()}, {k: dict(v) for k, v in view.into.items()},
            dict(view.evidence))


def test_the_view_reads_the_same_from_rows_in_any_order(rows):
    shuffled = list(rows)
    random.Random(1).shuffle(shuffled)
    assert _seen(View(SubjectRows(rows))) == _seen(View(shuffled)) == _seen(View(sorted(rows, reverse=True)))


def test_evidence_rows_come_in_the_order_of_one_sort_of_them_all(rows):
    view = View(rows)
    fact = min(view.evidence)  # a fact read three times, with gaps (None sorts first)
    view.evidence[fact] += [Evidence(None, None, None, "number", 0.5),
                            Evidence("a.txt", (5, 9), "x", "title", 0.9, cue="废止")]
    everything = sorted(((*fact, *_evidence_columns(e)) for fact, found in view.evidence.items() for e in found),
                        key=_none_first)
    assert list(_evidence_rows(view)) == everything


def test_files_are_written_in_bounded_blocks():
    record = "字" * 300_000 + "\n"  # a gazette's record: one long line
    blocks = list(utf8_blocks([record] * 10))
    assert b"".join(blocks) == (record * 10).encode("utf-8")
    assert len(blocks) > 1 and max(len(b) for b in blocks) <= 3 * ((1 << 20) + len(record))
