"""Warnings as data: each file's warnings and the corpus's own (cycles of repeals, repeals of later
documents, one number printed with two titles) are regkg:Warning nodes, listed in the report by kind,
answered by ``kg.warnings`` and by SPARQL, and the same after a write and load."""

from __future__ import annotations

from pathlib import Path

import pytest

import regkg.graph as graph
from regkg.graph.corpus_warnings import titles_differ

ROOT = Path(__file__).resolve().parent.parent


def doc(number, title, date, **extra):
    return {"doc_number": number, "title": title, "issuers": ["泸州市人民政府"], "date": date, **extra}


def repeal(by, target, span=(10, 20), title=None):
    return {"by": by, "target_number": target, "target_title": title, "evidence": f"《…》({target})同时废止。",
            "cue": "同时废止", "span": list(span)}


def cite(by, number, title, span=(30, 40)):
    return {"by": by, "cited_number": number, "cited_title": title, "evidence": f"根据《{title}》({number})",
            "span": list(span)}


def kinds(kg):
    return [w.kind for w in kg.warnings]


def test_cycle_of_repeals_across_gazettes():
    kg = graph.build_records([
        {"source": "a.txt", "jurisdiction": "泸州市", "documents": [doc("泸市府发〔2020〕1号", "甲办法", "2020-01-01")],
         "repeals": [repeal("泸市府发〔2020〕1号", "泸市府发〔2020〕2号")]},
        {"source": "b.txt", "jurisdiction": "泸州市", "documents": [doc("泸市府发〔2020〕2号", "乙办法", "2020-01-01")],
         "repeals": [repeal("泸市府发〔2020〕2号", "泸市府发〔2020〕3号")]},
        {"source": "c.txt", "jurisdiction": "泸州市", "documents": [doc("泸市府发〔2020〕3号", "丙办法", "2020-01-01")],
         "repeals": [repeal("泸市府发〔2020〕3号", "泸市府发〔2020〕1号")]},
    ])
    assert kinds(kg) == ["repeal_cycle"]
    (w,) = kg.warnings
    assert w.about == ("泸市府发〔2020〕1号", "泸市府发〔2020〕2号", "泸市府发〔2020〕3号")
    assert w.message == "cycle of repeals: 泸市府发〔2020〕1号 repeals 泸市府发〔2020〕2号 repeals 泸市府发〔2020〕3号 repeals 泸市府发〔2020〕1号"
    assert w.source is None and w.span is None


def test_no_cycle_in_a_chain_of_repeals():
    kg = graph.build_records([
        {"source": "a.txt", "documents": [doc("泸市府发〔2021〕1号", "甲", "2021-01-01")],
         "repeals": [repeal("泸市府发〔2021〕1号", "泸市府发〔2020〕1号")]},
        {"source": "b.txt", "documents": [doc("泸市府发〔2020〕1号", "乙", "2020-01-01")],
         "repeals": [repeal("泸市府发〔2020〕1号", "泸市府发〔2019〕1号")]},
    ])
    assert kg.warnings == []


def test_repeal_of_a_document_issued_later_by_resolved_dates():
    # the repealed document's date is known only from another gazette
    kg = graph.build_records([
        {"source": "a.txt", "documents": [doc("泸市府发〔2021〕9号", "新办法", "2021-03-01")],
         "repeals": [repeal("泸市府发〔2021〕9号", "泸市府发〔2021〕12号", span=(100, 130))]},
        {"source": "b.txt", "documents": [doc("泸市府发〔2021〕12号", "旧办法", "2021-06-01")]},
    ])
    assert kinds(kg) == ["repeals_later_document"]
    (w,) = kg.warnings
    assert (w.source, w.span, set(w.about)) == ("a.txt", (100, 130), {"泸市府发〔2021〕9号", "泸市府发〔2021〕12号"})
    assert "2021-03-01" in w.message and "2021-06-01" in w.message


def test_a_file_already_flagging_the_later_repeal_is_not_flagged_twice():
    record = {"source": "a.txt", "documents": [doc("泸市府发〔2021〕9号", "新办法", "2021-03-01"),
                                               doc("泸市府发〔2021〕12号", "旧办法", "2021-06-01")],
              "repeals": [repeal("泸市府发〔2021〕9号", "泸市府发〔2021〕12号", span=(100, 130))],
              "warnings": [{"kind": "repeals_later_document", "message": "泸市府发〔2021〕9号 repeals 泸市府发〔2021〕12号, issued after it",
                            "span": [100, 130]}]}
    kg = graph.build_records([record])
    assert kinds(kg) == ["repeals_later_document"]
    assert kg.warnings[0].message.endswith("issued after it")


def test_one_number_with_two_titles_in_two_gazettes():
    kg = graph.build_records([
        {"source": "a.txt", "documents": [doc("泸市府发〔2022〕1号", "甲", "2022-01-01")],
         "citations": [cite("泸市府发〔2022〕1号", "国办发〔2020〕5号", "关于加强大气污染防治的意见")]},
        {"source": "b.txt", "documents": [doc("泸市府发〔2022〕2号", "乙", "2022-02-01")],
         "citations": [cite("泸市府发〔2022〕2号", "国办发〔2020〕5号", "关于做好防汛工作的通知")]},
    ])
    assert kinds(kg) == ["number_with_two_titles"]
    (w,) = kg.warnings
    assert w.about == ("国办发〔2020〕5号",)
    assert "《关于加强大气污染防治的意见》 (a.txt)" in w.message and "《关于做好防汛工作的通知》 (b.txt)" in w.message


@pytest.mark.parametrize("first, second", [
    ("泸州市重污染天气应急预案", "关于印发《泸州市重污染天气应急预案》的通知"),  # one contains the other
    ("泸州市重污染天气应急预案(2021年修订)", "《泸州市重污染天气应急预案 （2021年修订）》"),  # brackets, widths, spaces
])
def test_titles_that_only_differ_in_print_are_no_conflict(first, second):
    assert not titles_differ(first, second)
    kg = graph.build_records([
        {"source": "a.txt", "documents": [doc("泸市府发〔2022〕1号", "甲", "2022-01-01")],
         "citations": [cite("泸市府发〔2022〕1号", "泸市府办发〔2021〕5号", first)]},
        {"source": "b.txt", "documents": [doc("泸市府发〔2022〕2号", "乙", "2022-02-01")],
         "citations": [cite("泸市府发〔2022〕2号", "泸市府办发〔2021〕5号", second)]},
    ])
    assert kg.warnings == []


def test_two_titles_within_one_gazette_are_left_to_the_extractor():
    kg = graph.build_records([
        {"source": "a.txt", "documents": [doc("泸市府发〔2022〕1号", "甲", "2022-01-01")],
         "citations": [cite("泸市府发〔2022〕1号", "国办发〔2020〕5号", "关于加强大气污染防治的意见"),
                       cite("泸市府发〔2022〕1号", "国办发〔2020〕5号", "关于做好防汛工作的通知", span=(50, 60))]},
    ])
    assert kg.warnings == []


def test_own_title_against_a_title_another_gazette_cites_it_by():
    kg = graph.build_records([
        {"source": "a.txt", "documents": [doc("泸市府发〔2022〕1号", "泸州市扬尘污染防治办法", "2022-01-01")]},
        {"source": "b.txt", "documents": [doc("泸市府发〔2023〕2号", "乙", "2023-02-01")],
         "citations": [cite("泸市府发〔2023〕2号", "泸市府发〔2022〕1号", "泸州市城市供水管理办法")]},
    ])
    assert kinds(kg) == ["number_with_two_titles"]


@pytest.fixture(scope="module")
def flagged():
    """A small corpus with a file warning and every corpus-level kind."""
    return graph.build_records([
        {"source": "a.txt", "jurisdiction": "泸州市",
         "documents": [{**doc("泸市府发〔2020〕1号", "甲办法", "2020-01-01"), "span": [0, 500]}],
         "repeals": [repeal("泸市府发〔2020〕1号", "泸市府发〔2020〕2号")],
         "citations": [cite("泸市府发〔2020〕1号", "国办发〔2019〕5号", "关于加强大气污染防治的意见")],
         "warnings": [{"kind": "impossible_date", "message": "impossible date 2019年2月30日", "span": [200, 210]}]},
        {"source": "b.txt", "jurisdiction": "泸州市",
         "documents": [doc("泸市府发〔2020〕2号", "乙办法", "2020-05-01")],
         "repeals": [repeal("泸市府发〔2020〕2号", "泸市府发〔2020〕1号")],
         "citations": [cite("泸市府发〔2020〕2号", "国办发〔2019〕5号", "关于做好防汛工作的通知")]},
    ])


def test_file_warnings_keep_their_file_span_and_document(flagged):
    (w,) = [w for w in flagged.warnings if w.kind == "impossible_date"]
    assert (w.source, w.span, w.about, w.message) == ("a.txt", (200, 210), ("泸市府发〔2020〕1号",), "impossible date 2019年2月30日")
    assert str(w) == "a.txt [200, 210): impossible date 2019年2月30日"


def test_warnings_are_in_the_graph_the_report_and_survive_a_load(flagged, tmp_path):
    assert kinds(flagged) == ["impossible_date", "number_with_two_titles", "repeal_cycle", "repeals_later_document"]
    query = (ROOT / "examples" / "queries" / "warnings.rq").read_text("utf-8")
    rows = flagged.sparql(query).rows
    assert sorted({str(r[0]) for r in rows}) == kinds(flagged)
    flagged.write(tmp_path)
    loaded = graph.load(tmp_path)
    assert loaded.warnings == flagged.warnings
    report = (tmp_path / "report.md").read_text("utf-8")
    section = report[report.index("## Warnings"):]
    for kind in kinds(flagged):
        assert f"### {kind} (1)" in section
    assert "| a.txt | 200–210 | 泸市府发〔2020〕1号 | impossible date 2019年2月30日 |" in section


def test_warnings_validate_against_the_shapes(flagged):
    pyshacl = pytest.importorskip("pyshacl")
    from rdflib import Graph

    from regkg.ontology import shapes_path

    conforms, _, text = pyshacl.validate(flagged.store.rdflib_graph(), shacl_graph=Graph().parse(shapes_path()),
                                         advanced=True)
    assert conforms, text


def test_the_seed_gazettes_give_one_impossible_date(sample_kg):
    kg = sample_kg
    assert [(w.kind, w.source, w.about) for w in kg.warnings] == [
        ("impossible_date", "002_c2c7c1da57e4fc76.txt", ("泸市医保规〔2024〕3号",))]


def test_warnings_command(flagged, tmp_path):
    import json

    from click.testing import CliRunner

    from regkg.cli import cli

    flagged.write(tmp_path)
    result = CliRunner().invoke(cli, ["warnings", "-g", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [w["kind"] for w in json.loads(result.output)] == kinds(flagged)
    result = CliRunner().invoke(cli, ["warnings", "-g", str(tmp_path), "--kind", "impossible_date"])
    assert result.exit_code == 0 and "a.txt" in result.output and "repeal_cycle" not in result.output
    assert len(cli.commands["warnings"].help.strip()) > 20
