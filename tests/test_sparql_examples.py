"""Every examples/queries/*.rq runs against the seed graph with its expected answer, and agrees with
the Python function that asks the same question."""

from __future__ import annotations

from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "examples" / "queries"


@pytest.fixture(scope="module")
def kg(sample_kg):
    return sample_kg


def run(kg, name):
    return kg.sparql((QUERIES / f"{name}.rq").read_text("utf-8"))


def test_there_are_at_least_eight_questions_each_with_a_comment():
    files = sorted(QUERIES.glob("*.rq"))
    assert len(files) >= 8
    for f in files:
        assert f.read_text("utf-8").startswith("# "), f.name


def test_repealed_and_who_repealed_them(kg):
    rows = [(r[0], r[2], r[3]) for r in run(kg, "repealed").rows]
    assert ("泸市府办发〔2022〕14号", "泸市府办发〔2024〕44号", "title-fuzzy") in rows
    assert ("泸市府办发〔2022〕67号", "泸市府办发〔2024〕41号", "number") in rows
    assert sorted({(r[0], r[1]) for r in rows}) == [(r.document, r.repealed_by) for r in kg.repealed(as_of="2099-01-01")]


def test_in_force_on_a_date(kg):
    rows = {r[0] for r in run(kg, "in_force_on_date").rows}
    assert "泸市府办发〔2024〕3号" in rows  # in force from 2024-02-18
    assert "临政通告〔2023〕2号" not in rows  # expired after 2024-03-31
    assert "泸市府办规〔2024〕7号" not in rows  # not before 2024-10-19
    python = {d.number for d in kg.view.docs.values()
              if d.number and not d.notice and d.title and kg.status(d.iri, as_of="2024-06-01").state == "in_force"}
    assert rows == python


def test_everything_that_cites_a_repealed_document(kg):
    rows = {(r[0], r[2]) for r in run(kg, "cites_repealed").rows}
    assert rows == {("泸市府办发〔2024〕39号", "泸市府办发〔2022〕14号")}
    assert rows == {(d.document, d.cites) for d in kg.dangling(as_of="2099-01-01") if d.cited_state == "repealed"}


def test_duties_of_a_department(kg):
    rows = {(r[0], r[1], r[2]) for r in run(kg, "duties_of_department").rows}
    assert ("lead", "严把大气污染物排放总量关,严格落实涉气建设项目主要污染物总量替代", "泸市府办发〔2024〕39号") in rows
    assert rows == {(d.role, d.task, d.document) for d in kg.duties("市生态环境局", jurisdiction="泸州市")}


def test_transitive_dependency_chain(kg):
    rows = {r[0]: r[2] for r in run(kg, "dependency_chain").rows}
    assert rows["晋政发〔2019〕26号"] == "provincial" and rows["发改环资规〔2019〕695号"] == "national"
    assert set(rows) == {d.document for d in kg.dependencies("吕政办发〔2020〕69号")}


def test_most_cited_documents(kg):
    rows = run(kg, "most_cited").rows
    assert rows[0] == ("环办大气函〔2020〕340号", 3)


def test_documents_by_issuer(kg):
    rows = dict(run(kg, "documents_by_issuer").rows)
    assert rows["吕梁市人民政府办公室"] == 11 and rows["临汾市人民政府"] == 2


def test_unresolved_references(kg):
    rows = dict(run(kg, "unresolved_references").rows)
    assert rows["中华人民共和国突发事件应对法"] == 5
    assert set(rows) <= {d.title for d in kg.view.docs.values() if d.unresolved}


def test_fuzzy_resolutions(kg):
    rows = run(kg, "fuzzy_resolutions").rows
    assert ("泸州市重污天气应急预案(2021修订)", "泸市府办发〔2022〕14号", 0.974) in rows


def test_warnings(kg):
    rows = [tuple(str(v) if v is not None else None for v in r) for r in run(kg, "warnings").rows]
    assert rows == [("impossible_date", "impossible date 2024年11月31日", "002_c2c7c1da57e4fc76.txt", "45657",
                     "泸市医保规〔2024〕3号")]
    assert [(w.kind, w.message, w.source, w.span[0], w.about[0]) for w in kg.warnings] == [
        (k, m, f, int(s), d) for k, m, f, s, d in rows]
