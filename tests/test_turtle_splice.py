"""graph.ttl of an update spliced into the previous build's (regkg.graph.turtle_splice): the file is the one
sorted Turtle of the rows as they are now gives, byte for byte, whichever of a section's blocks were kept,
changed, gone, new or unsure; the previous file's blocks are found by bisection; and the evidence nodes an
update must write anew are those the previous build's index does not hold as they are now.

The whole path (a resumed update of a large build, its graph.ttl against a whole build's) is
tests/test_resolve_update.py's."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkg.graph.evidence_table import EvidenceNode, EvidenceTable
from regkg.graph.index import SCHEMA
from regkg.graph.subject_rows import SubjectRows
from regkg.graph.terms import IRI, XSD_STRING
from regkg.graph.turtle import to_turtle, turtle_blocks
from regkg.graph.turtle_splice import Section, old_blocks, spliced_turtle

E = "http://e/"
S = f"{E}s/"  # the section
P, Q = f"{E}p", f"{E}q"


def _rows(subject: str, *objects: str, predicate: str = P) -> list[tuple[str, str, str, str]]:
    return [(subject, predicate, o, XSD_STRING) for o in objects]


# (what happened to the section's node s/2, its rows before, its rows now, whether the section names it changed)
CASES = [
    ("kept", _rows(f"{S}2", "甲"), _rows(f"{S}2", "甲"), False),
    ("changed", _rows(f"{S}2", "甲"), _rows(f"{S}2", "乙"), True),
    ("gone", _rows(f"{S}2", "甲"), [], False),
    ("new", [], _rows(f"{S}2", "乙"), True),
    # several values where the index holds the least: the block is written anew though not named changed
    ("unsure, one value fewer", _rows(f"{S}2", "甲", "乙"), _rows(f"{S}2", "甲"), False),
    ("unsure, as it was", _rows(f"{S}2", "甲", "乙"), _rows(f"{S}2", "甲", "乙"), False),
]


@pytest.mark.parametrize("case, before, now, changed", CASES, ids=[c[0] for c in CASES])
def test_a_spliced_file_is_the_sorted_turtle_of_the_rows_now(case, before, now, changed, tmp_path):
    # around s/2: a node in memory before the section (written anew, its rows changed), one kept on each side
    # of it, and one in memory after it
    fresh_before, fresh_now = _rows(f"{E}a/1", "旧"), _rows(f"{E}a/1", "新") + _rows(f"{E}t/1", "后")
    section = _rows(f"{S}1", "一") + _rows(f"{S}3", "三", predicate=Q)
    previous = tmp_path / "graph.ttl"
    previous.write_text(to_turtle(fresh_before + section + before, header="before"), encoding="utf-8")
    rows_now = section + now
    by_subject = {s: sorted(r for r in rows_now if r[0] == s) for s in {r[0] for r in rows_now}}
    spliced = b"".join(spliced_turtle(previous, "now", SubjectRows(fresh_now), [Section(
        S, lambda: sorted(by_subject), {f"{S}2"} if changed else set(),
        lambda among: ((iri, by_subject[iri]) for iri in among), unsure=b" , ")]))
    assert spliced.decode("utf-8") == to_turtle(fresh_now + rows_now, header="now")


# subjects under three prefixes, each with a row or two: any graph.ttl's shape
_SUBJECTS = st.lists(st.tuples(st.sampled_from([f"{E}a/", S, f"{E}z/"]), st.text("0123ab", min_size=1, max_size=4),
                               st.lists(st.text("天地人\"\n ,", max_size=5), min_size=1, max_size=3)), max_size=30)


@settings(max_examples=60, deadline=None)
@given(_SUBJECTS, st.sampled_from([f"{E}a/", S, f"{E}z/", f"{E}m/"]))
def test_the_previous_files_blocks_of_a_prefix_are_found_whole(tmp_path_factory, subjects, prefix):
    rows = [(first + rest, P, o, XSD_STRING) for first, rest, objects in subjects for o in objects]
    path = tmp_path_factory.mktemp("ttl") / "graph.ttl"
    path.write_text(to_turtle(rows, header="h"), encoding="utf-8")
    filed = SubjectRows(rows)
    wanted = [(s, block.encode("utf-8")) for s, block in turtle_blocks(filed.by_subject()) if s.startswith(prefix)]
    with open(path, "rb") as handle:
        assert list(old_blocks(handle, prefix)) == wanted


def _node(iri: str, confidence: str = "1", cue: str | None = None) -> EvidenceNode:
    return EvidenceNode(iri, f"{E}doc/{iri}", f"{E}cites", f"{E}doc/x", IRI, "a.txt", (1, 5), "依据…", "number",
                        confidence, cue, None)


def test_the_evidence_written_anew_is_what_the_previous_index_does_not_hold_as_it_is(tmp_path):
    before = EvidenceTable()
    for node in (_node("kept"), _node("changed"), _node("gone"), _node("several"), _node("several", "0.9"), _node("cued")):
        before.add(node)
    index = tmp_path / "index.sqlite"
    sqlite3.connect(index).executescript(SCHEMA).close()
    before.copy_index_rows(index, "evidence")
    now = EvidenceTable()
    for node in (_node("kept"), _node("changed", "0.8"), _node("new"), _node("several"), _node("several", "0.9"),
                 _node("cued"), _node("cued", cue="同时废止")):
        now.add(node)
    # "several" is made of two edges as it was: the index holds the least confidence, the Turtle both, so
    # whether one changed is not seen there; "cued" gained an edge with a cue, which the index's row shows
    assert now.changed_from(index) == {"changed", "new", "several", "cued"}
    assert list(now.iris()) == ["changed", "cued", "kept", "new", "several"]
