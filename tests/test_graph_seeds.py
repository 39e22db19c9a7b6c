"""The graph of the five real seed gazettes, built through the real extractor: known answers."""

from __future__ import annotations

from pathlib import Path

import pytest

import regkg.graph as graph
from regkg.errors import DocumentNotFound
from regkg.graph.duties import DepartmentNotFound

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# (repealed document, repealing document): all eight repeals the seeds state.
REPEALS = [
    ("临应急发〔2021〕196号", "临应急发〔2023〕50号"),
    ("临政办发〔2017〕66号", "临政规发〔2023〕3号"),
    ("吕政办发〔2018〕45号", "吕政办发〔2020〕78号"),
    ("吕政办发〔2019〕75号", "吕政办发〔2020〕77号"),
    ("泸委办〔2018〕41号", "泸市府办发〔2024〕39号"),
    ("泸市府办发〔2020〕14号", "泸市府办发〔2024〕3号"),
    ("泸市府办发〔2022〕14号", "泸市府办发〔2024〕44号"),  # title-only, 「重污天气」 typo
    ("泸市府办发〔2022〕67号", "泸市府办发〔2024〕41号"),
]


@pytest.fixture(scope="module")
def kg(sample_kg):
    return sample_kg


def test_all_eight_repeals_resolve_to_numbered_nodes(kg):
    found = [(r.document, r.repealed_by) for r in kg.repealed(as_of="2025-01-01")]
    assert found == REPEALS


def test_title_only_repeal_resolves_fuzzily_with_method_and_confidence(kg):
    (rep,) = [r for r in kg.repealed(as_of="2025-01-01") if r.document == "泸市府办发〔2022〕14号"]
    (ev,) = rep.evidence
    assert ev.method == "title-fuzzy" and 0.9 <= ev.confidence < 1
    assert ev.cited_as == "泸州市重污天气应急预案(2021修订)"
    assert ev.cue == "同时废止" and ev.source == "002_c2c7c1da57e4fc76.txt" and ev.span


@pytest.mark.parametrize(
    "doc, as_of, state",
    [
        ("临政通告〔2023〕2号", "2023-10-29", "not_yet_in_force"),
        ("临政通告〔2023〕2号", "2024-03-31", "in_force"),
        ("临政通告〔2023〕2号", "2024-04-01", "expired"),
        ("泸市府办发〔2022〕67号", "2024-11-07", "unknown"),  # cited only: no start known until repealed
        ("泸市府办发〔2022〕67号", "2024-11-08", "repealed"),
        ("吕政办发〔2019〕75号", "2020-11-25", "repealed"),
        ("临应急发〔2021〕196号", "2023-04-13", "repealed"),
        ("泸市府办规〔2024〕7号", "2024-10-18", "not_yet_in_force"),
        ("泸市府办规〔2024〕7号", "2029-10-18", "in_force"),
        ("泸市府办规〔2024〕7号", "2029-10-19", "expired"),
        ("泸市医保规〔2024〕1号", "2026-10-15", "expired"),
        ("泸市府办发〔2024〕44号", "2024-12-01", "in_force"),
        ("国发〔2022〕11号", "2024-12-01", "unknown"),
    ],
)
def test_status_on_dates(kg, doc, as_of, state):
    assert kg.status(doc, as_of=as_of).state == state


def test_status_carries_the_evidence_that_decided_it(kg):
    expired = kg.status("临政通告〔2023〕2号", as_of="2024-04-01")
    assert "2024-03-31" in expired.reason and "2024年3月31日" in expired.evidence[0].text
    repealed = kg.status("泸市府办发〔2022〕67号", as_of="2025-01-01")
    assert repealed.repealed_by == "泸市府办发〔2024〕41号" and "同时废止" in repealed.evidence[0].text


def test_attached_rule_shares_its_notice_status(kg):
    rule = kg.status("泸州市历史风貌建筑修缮补助资金管理办法", as_of="2029-10-19")
    assert rule.state == kg.status("泸市府办规〔2024〕7号", as_of="2029-10-19").state == "expired"
    assert "泸市府办规〔2024〕7号" in rule.reason


def test_same_number_is_one_node_however_printed(kg):
    assert kg.find("泸市府办发 [2022] 67 号").iri == kg.find("泸市府办发〔2022〕67号").iri
    assert kg.find("泸市府办发〔2022〕67号").iri.endswith("doc/泸市府办发〔2022〕67号")


@pytest.mark.parametrize(
    "number, issuer, jurisdiction",
    [
        ("国发〔2022〕11号", "国务院", "中国"),
        ("晋政发〔2019〕26号", "山西省人民政府", "山西省"),
        ("晋政办发〔2021〕12号", "山西省人民政府办公厅", "山西省"),
        ("泸市府办发〔2022〕67号", "泸州市人民政府办公室", "泸州市"),
    ],
)
def test_cited_documents_outside_the_inputs_get_issuer_and_jurisdiction(kg, number, issuer, jurisdiction):
    doc = kg.find(number)
    assert not doc.in_corpus
    assert [kg.view.org_name(o) for o in doc.issuers] == [issuer]
    assert kg.view.place_name(doc.jurisdiction) == jurisdiction


def test_dependency_chain_crosses_levels(kg):
    deps = {d.document: d for d in kg.dependencies("吕政办发〔2020〕69号")}
    assert deps["晋政发〔2019〕26号"].level == "provincial" and deps["晋政发〔2019〕26号"].relation == "based_on"
    assert deps["发改环资规〔2019〕695号"].level == "national"
    chain = {d.document: d for d in kg.dependencies("临政通告〔2023〕2号")}
    assert chain["环大气〔2022〕68号"].level == "national"
    assert chain["晋环委办发〔2023〕2号"].level == "provincial"
    assert chain["临政办发〔2023〕39号"].depth == 1
    assert any(d.depth == 2 and d.via == "临政办发〔2023〕39号" for d in chain.values())


def test_dependents_reverse_dependencies(kg):
    assert "临政通告〔2023〕2号" in {d.document for d in kg.dependents("临政办发〔2023〕39号")}
    assert "吕政办发〔2020〕69号" in {d.document for d in kg.dependents("晋政发〔2019〕26号")}


@pytest.mark.parametrize("question,forward", [("dependencies", True), ("dependents", False)])
def test_a_transitive_answer_comes_a_page_at_a_time(kg, question, forward):
    # a hub's dependents run to tens of thousands at national scale: a page reads only its levels
    from regkg.graph.lineage import reach

    doc = max(sorted(kg.view.docs), key=lambda iri: reach(kg, iri, forward=forward))
    whole = getattr(kg, question)(doc)
    assert len(whole) >= 4
    assert getattr(kg, question)(doc, limit=2, offset=1) == whole[1:3]
    assert getattr(kg, question)(doc, limit=3) == whole[:3]
    assert reach(kg, doc, forward=forward) == len(whole)


def test_lineage_links_editions_both_ways(kg):
    assert kg.lineage("泸市府办发〔2024〕44号").editions == ("泸市府办发〔2022〕14号", "泸市府办发〔2024〕44号")
    back = kg.lineage("泸委办〔2018〕41号")
    assert back.editions == ("泸委办〔2018〕41号", "泸市府办发〔2024〕39号")
    assert {s.relation for s in back.steps} == {"repeals", "replaces"}


def test_dangling_lists_documents_in_force_citing_repealed_ones(kg):
    rows = [(d.document, d.cites, d.cited_state) for d in kg.dangling(as_of="2025-01-01")]
    assert ("泸市府办发〔2024〕39号", "泸市府办发〔2022〕14号", "repealed") in rows
    # the repealing document citing what it repeals is not dangling
    assert not any(doc == "泸市府办发〔2024〕41号" and cited == "泸市府办发〔2022〕67号" for doc, cited, _ in rows)


def test_departments_resolve_by_jurisdiction(kg):
    luzhou = kg.duties("市生态环境局", jurisdiction="泸州市")
    linfen = kg.duties("市生态环境局", jurisdiction="临汾市")
    assert {d.department for d in luzhou} == {"泸州市生态环境局"}
    assert {d.department for d in linfen} == {"临汾市生态环境局"}
    assert ("严格错峰措施置换审核", "lead", "临政办发〔2023〕39号") in {(d.task, d.role, d.document) for d in linfen}
    every = kg.duties("市生态环境局")
    assert {d.department for d in every} == {"泸州市生态环境局", "临汾市生态环境局", "吕梁市生态环境局"}
    assert len(every) == len(luzhou) + len(linfen) + len(kg.duties("市生态环境局", jurisdiction="吕梁市"))


def test_departments_list_abbreviations(kg):
    deps = {(d.jurisdiction, d.name): d for d in kg.departments()}
    assert "市发展改革委" in deps[("临汾市", "临汾市发展和改革委员会")].abbreviations


def test_owners_of_a_task_phrase(kg):
    owners = kg.owners("错峰措施置换")
    assert ("临汾市生态环境局", "lead") in {(o.department, o.role) for o in owners}


def test_every_edge_carries_provenance(kg):
    texts = {p.name: p.read_text(encoding="utf-8") for p in SAMPLES.glob("*.txt")}
    for relation in ("repeals", "cites", "based_on", "replies_to"):
        for subject, targets in kg.view.out[relation].items():
            for target in targets:
                if relation == "repeals" or kg.view.docs[target].number:
                    evs = kg.view.evidence_for(subject, graph.memory_view.PREDICATE_OF[relation], target)
                    assert evs, (relation, subject, target)
                    for ev in evs:
                        assert ev.source in texts and ev.text and ev.span
                        assert 0 <= ev.span[0] < ev.span[1] <= len(texts[ev.source])
    for duty in kg.view.duties:
        assert duty.evidence.source in texts and duty.evidence.text and duty.evidence.span


def test_unknown_names_raise_named_errors(kg):
    with pytest.raises(DocumentNotFound):
        kg.status("不存在〔2099〕1号")
    with pytest.raises(DepartmentNotFound):
        kg.duties("市不存在局")


def test_loaded_graph_answers_like_the_built_one(kg, tmp_path):
    kg.write(tmp_path)
    loaded = graph.load(tmp_path)
    assert loaded.repealed(as_of="2025-01-01") == kg.repealed(as_of="2025-01-01")
    assert loaded.dependencies("临政通告〔2023〕2号") == kg.dependencies("临政通告〔2023〕2号")
    assert loaded.duties("市生态环境局") == kg.duties("市生态环境局")
    assert loaded.to_networkx().number_of_edges() == kg.to_networkx().number_of_edges()
