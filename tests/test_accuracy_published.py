"""The accuracy the README publishes is today's, and the real-set figures keep their floors.

`python tests/accuracy.py --markdown` prints the tables the README holds between its accuracy markers;
a change in accuracy without a README update fails here. The sample floors are in test_answer_key.py;
the floors below are per relation on the two real sets, set a little under the figures measured when
they were written (shared realdocs / tests/realdocs, F1: documents 0.962 / 0.925, repeals 1.000 / 0.838,
citations 1.000 / 0.920, law_citations 0.986 / 0.887, duties 0.940 / 0.488, doc_fields 1.000 / 0.851).
"""

from __future__ import annotations

import json
import re

import pytest
from accuracy import REAL_SETS, Measured, measure, report, sections
from keys_scoring import compare, key_files

from conftest import ROOT

BEGIN, END = "<!-- accuracy:begin -->", "<!-- accuracy:end -->"
OURS = ROOT / "tests" / "realdocs"

FLOORS = {
    # the shared set is small (6 repeals, 20 documents with fields): a floor leaves room for one slip
    "shared realdocs": {"documents": 0.92, "repeals": 0.90, "citations": 0.97, "law_citations": 0.95,
                        "duties": 0.90, "doc_fields": 0.93},
    # duties 0.82 -> 0.77 when L01-L12 joined, unseen (whole local rules: their duty articles, a notice
    # printing a rule it does not issue; tests/realdocs/README.md), not by a change of the extractor
    "tests/realdocs": {"documents": 0.92, "repeals": 0.85, "citations": 0.92, "law_citations": 0.89,
                       "duties": 0.77, "doc_fields": 0.84},
}


@pytest.fixture(scope="module")
def measured() -> Measured:
    return measure()


def published_block() -> str | None:
    """What the README prints between its accuracy markers, None when it has no such section."""
    found = re.search(re.escape(BEGIN) + r"\n(.*?)" + re.escape(END), (ROOT / "README.md").read_text("utf-8"), re.S)
    return found.group(1).strip() if found else None


def test_readme_publishes_todays_figures(measured):
    block = published_block()
    if block is None:
        pytest.skip(f"README.md has no accuracy section between {BEGIN} and {END}")
    fix = "run `python tests/accuracy.py --markdown` and put its output between the README's accuracy markers"
    if all(score is not None for score in measured.real.values()):
        assert block == report(measured, markdown=True).strip(), fix
    else:  # a clone without ../shared: the tables measured here must still be the published ones
        for name, table in sections(measured, markdown=True).items():
            if name == "samples" or measured.real[name] is not None:
                assert table in block, f"{name}: {fix}"


@pytest.mark.parametrize(
    "set_name, kind, floor", [(s, k, f) for s, floors in FLOORS.items() for k, f in floors.items()]
)
def test_real_set_f1_floor(measured, set_name, kind, floor):
    score = measured.real[set_name]
    if score is None:
        pytest.skip(f"{set_name} is absent beside this clone")
    t = score.totals[kind]
    assert t.f1 >= floor, f"{set_name} {kind}: P={t.precision:.3f} R={t.recall:.3f} F1={t.f1:.3f} < {floor}"


def test_every_real_set_has_a_floor_per_relation():
    assert {s.name for s in REAL_SETS} == set(FLOORS)
    assert all(set(floors) == {"documents", "repeals", "citations", "law_citations", "duties", "doc_fields"}
               for floors in FLOORS.values())


def test_our_real_set_has_the_shape_of_the_shared_one():
    """One sources.json naming every text, each key pointing at its text; no collector's part left over."""
    assert not sorted(OURS.glob("sources-*.json")), "run keys_scoring.merge_sources('tests/realdocs')"
    sources = json.loads((OURS / "sources.json").read_text("utf-8"))
    texts = {p.name for p in (OURS / "texts").glob("*.txt")}
    keyed = {json.loads(p.read_text("utf-8"))["source"] for p in key_files(OURS)}
    assert set(sources) == texts == keyed
    assert all(origin.strip() for origin in sources.values())


# The matching rules of score-keys on rows from the keys: (relation, key facts, extracted facts, tp, misses, false)
_PLACEHOLDER = "[无标题]黑龙江省人民政府"
_DECISION = "黑龙江省人民政府关于废止和修改部分省政府规章的决定"
MATCHING = [
    # width and bracket variants of one number are one document
    ("documents", {"documents": [{"doc_number": "京政办发〔2016〕26号", "title": None}]},
     {"documents": [{"doc_number": "京政办发[2016]26号", "title": "北京市人民政府办公厅关于印发…的通知"}]}, 1, 0, 0),
    # a key's untitled document accepts any name the extractor gives it; 《》 do not count
    ("repeals", {"repeals": [{"by": _PLACEHOLDER, "target_number": None, "target_title": "黑龙江省犬类管理规定"}]},
     {"repeals": [{"by": _DECISION, "target_number": None, "target_title": "《黑龙江省犬类管理规定》"}]}, 1, 0, 0),
    # a pair counts once however often it is printed
    ("citations", {"citations": [{"by": _PLACEHOLDER, "cited_number": "国办发〔2017〕40号"}]},
     {"citations": [{"by": _DECISION, "cited_number": "国办发〔2017〕40号"}] * 2}, 1, 0, 0),
    # 市生态环境局 is 泸州市生态环境局 by its level; duties of a document the key does not cover are not judged
    ("duties", {"duties": [{"by": "泸市府办发〔2024〕9号", "lead": ["市生态环境局"], "support": []}]},
     {"duties": [{"by": "泸市府办发[2024]9号", "lead": ["泸州市生态环境局"], "support": []},
                 {"by": "泸市府办发〔2024〕10号", "lead": ["市财政局"], "support": []}]}, 1, 0, 0),
    # fields are judged on documents found in both: a wrong date is one miss and one false hit
    ("doc_fields", {"documents": [{"doc_number": "鹤政发〔2025〕4号", "date": "2025-04-30", "in_force": None}]},
     {"documents": [{"doc_number": "鹤政发〔2025〕4号", "date": "2025-04-03", "in_force": None},
                    {"doc_number": "鹤政发〔2025〕5号", "date": "2025-05-01", "in_force": None}]}, 0, 1, 1),
]


@pytest.mark.parametrize("kind, gold, pred, tp, misses, false", MATCHING)
def test_matching_as_score_keys(kind, gold, pred, tp, misses, false):
    got_tp, got_misses, got_false = compare(gold, pred, kind)
    assert (got_tp, len(got_misses), len(got_false)) == (tp, misses, false)
