"""Entity resolution, one phenomenon per row, on small hand-made records (the extraction contract)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regkg.graph import build_records


def _doc(number, title, issuer, date, **extra):
    return {"doc_number": number, "title": title, "issuers": [issuer], "date": date, "kind": "通知",
            "issues_attached": extra.pop("attached", []), "in_force": extra.pop("in_force", None), "span": [0, 10], **extra}


def _record(source, jurisdiction, documents, **lists):
    return {"source": source, "gazette": None, "jurisdiction": jurisdiction, "documents": documents, **lists}


PLAN_2021 = _doc("泸市府办发〔2022〕14号", "泸州市人民政府办公室关于印发《泸州市重污染天气应急预案(2021修订)》的通知",
                 "泸州市人民政府办公室", "2022-03-01", attached=["泸州市重污染天气应急预案(2021修订)"])
PLAN_2024 = _doc("泸市府办发〔2024〕44号", "泸州市人民政府办公室关于印发《泸州市重污染天气应急预案(2024年修订)》的通知",
                 "泸州市人民政府办公室", "2024-11-28", attached=["泸州市重污染天气应急预案(2024年修订)"])
LINFEN_PLAN = _doc("临政办发〔2022〕9号", "临汾市人民政府办公室关于印发《临汾市重污染天气应急预案(2021修订)》的通知",
                   "临汾市人民政府办公室", "2022-01-01", attached=["临汾市重污染天气应急预案(2021修订)"])


def _repeal(by, title=None, number=None):
    return {"by": by, "target_number": number, "target_title": title, "evidence": f"《{title}》同时废止。",
            "span": [5, 9], "cue": "同时废止"}


# (case, records, expected target number or None when unresolved, expected method); 44号 repeals
TITLE_ROWS = [
    ("exact title of an attached rule",
     [_record("a.txt", "泸州市", [PLAN_2021]), _record("b.txt", "泸州市", [PLAN_2024], repeals=[
         _repeal("泸市府办发〔2024〕44号", "泸州市重污染天气应急预案(2021修订)")])],
     "泸市府办发〔2022〕14号", "title-exact"),
    ("typo 重污天气 resolves fuzzily",
     [_record("a.txt", "泸州市", [PLAN_2021]), _record("b.txt", "泸州市", [PLAN_2024], repeals=[
         _repeal("泸市府办发〔2024〕44号", "泸州市重污天气应急预案(2021修订)")])],
     "泸市府办发〔2022〕14号", "title-fuzzy"),
    ("another city's plan of the same name is out of scope",
     [_record("a.txt", "临汾市", [LINFEN_PLAN]), _record("b.txt", "泸州市", [PLAN_2024], repeals=[
         _repeal("泸市府办发〔2024〕44号", "泸州市重污天气应急预案(2021修订)")])],
     None, "unresolved"),
    ("a different edition year does not match",
     [_record("a.txt", "泸州市", [PLAN_2021]), _record("b.txt", "泸州市", [PLAN_2024], repeals=[
         _repeal("泸市府办发〔2024〕44号", "泸州市重污染天气应急预案(2018修订)")])],
     None, "unresolved"),
    ("number printed with square brackets and spaces",
     [_record("b.txt", "泸州市", [PLAN_2024], repeals=[
         _repeal("泸市府办发〔2024〕44号", "泸州市自然灾害救助应急预案(试行)", "泸市府办发 [2022] 67 号")])],
     "泸市府办发〔2022〕67号", "number"),
]


@pytest.mark.parametrize("case, records, expected, method", TITLE_ROWS, ids=[r[0] for r in TITLE_ROWS])
def test_repeal_targets_resolve(case, records, expected, method):
    kg = build_records(records)
    (rep,) = kg.repealed(as_of="2030-01-01")
    assert rep.repealed_by == "泸市府办发〔2024〕44号"
    assert rep.evidence[0].method == method
    target = kg.view.docs[rep.iri]
    if expected is None:
        assert target.unresolved and target.number is None
    else:
        assert target.number == expected


def test_same_number_in_two_gazettes_is_one_node():
    reprint = dict(PLAN_2024, doc_number="泸市府办发[2024]44号")
    kg = build_records([_record("a.txt", "泸州市", [PLAN_2024]), _record("b.txt", "泸州市", [reprint])])
    docs = [d for d in kg.view.docs.values() if d.number == "泸市府办发〔2024〕44号"]
    assert len(docs) == 1 and docs[0].sources == ["a.txt", "b.txt"]


def test_unnumbered_document_gets_a_stable_iri_from_issuer_date_title():
    doc = _doc(None, "泸州市人民政府2024年森林防火命令", "泸州市人民政府", "2024-01-01")
    first = build_records([_record("a.txt", "泸州市", [doc])])
    second = build_records([_record("z.txt", "泸州市", [doc])])
    assert first.find("泸州市人民政府2024年森林防火命令").iri == second.find("泸州市人民政府2024年森林防火命令").iri


def test_issuer_learned_from_corpus_wins_for_cited_numbers():
    citing = _doc("临政发〔2023〕1号", "通知", "临汾市人民政府", "2023-05-01")
    record = _record("a.txt", "临汾市", [citing, LINFEN_PLAN], citations=[
        {"by": "临政发〔2023〕1号", "cited_number": "临政办发〔2019〕3号", "cited_title": None, "evidence": "…",
         "span": [1, 2], "kind": "based_on"}])
    kg = build_records([record])
    cited = kg.find("临政办发〔2019〕3号")
    assert [kg.view.org_name(o) for o in cited.issuers] == ["临汾市人民政府办公室"]


def test_same_department_name_in_two_cities_is_two_bodies():
    duty = {"task": "预警", "lead": ["市生态环境局"], "support": [], "evidence": "市生态环境局负责", "span": [1, 3]}
    kg = build_records([
        _record("a.txt", "泸州市", [PLAN_2024], duties=[dict(duty, by="泸市府办发〔2024〕44号")]),
        _record("b.txt", "临汾市", [LINFEN_PLAN], duties=[dict(duty, by="临政办发〔2022〕9号")]),
    ])
    names = {d.name for d in kg.departments() if "生态环境局" in d.name}
    assert names == {"泸州市生态环境局", "临汾市生态环境局"}


@pytest.mark.parametrize("printed", [
    ["市生态环境局", "市生態環境局"],  # traditional script (a 繁體 page of the same city)
    ["市生态环境局", "市生态环境局 "],  # a stray space
    ["市生态环境局", "市生态环境局"],
])
def test_one_department_however_its_name_is_printed(printed):
    """A body printed in traditional script is the same body: one node, named in simplified characters,
    whose printed form stays a label (found by either)."""
    duties = [{"task": "预警", "lead": [name], "support": [], "evidence": f"{name}负责", "span": [1, 3],
               "by": "泸市府办发〔2024〕44号"} for name in printed]
    kg = build_records([_record("a.txt", "泸州市", [PLAN_2024], duties=duties)])
    assert [d.name for d in kg.departments() if "生" in d.name] == ["泸州市生态环境局"]
    (body,) = [o for o in kg.view.orgs.values() if "生" in o.name]
    assert set(body.alt_labels) == set(printed)  # as printed, each found by its own name


def test_validity_window_decides_status():
    notice = _doc("临政通告〔2023〕2号", "通告", "临汾市人民政府", "2023-10-22",
                  in_force={"from": "2023-10-30", "until": "2024-03-31", "evidence": "2023年10月30日至2024年3月31日。",
                            "span": [3, 8]})
    kg = build_records([_record("a.txt", "临汾市", [notice])])
    assert [kg.status("临政通告〔2023〕2号", as_of=d).state for d in ("2023-10-29", "2024-03-31", "2024-04-01")] == [
        "not_yet_in_force", "in_force", "expired"]


def test_a_partial_repeal_leaves_its_target_in_force():
    partial = {**_repeal("泸市府办发〔2024〕44号", number="泸市府办发〔2022〕14号"), "cue": "删去", "partial": True,
               "evidence": "1.删去第八条。"}
    kg = build_records([_record("a.txt", "泸州市", [PLAN_2021]), _record("b.txt", "泸州市", [PLAN_2024], repeals=[partial])])
    status = kg.status("泸市府办发〔2022〕14号", as_of="2025-01-01")
    assert status.state != "repealed" and status.repealed_by is None
    assert [d.document for d in kg.dependents("泸市府办发〔2022〕14号")] == ["泸市府办发〔2024〕44号"]


@pytest.mark.parametrize("added, key, exact, fuzzy", [
    # one key, two documents (an edition and its reprint): both found, exact and fuzzy, in IRI order
    ([("某市应急预案(2021修订)", "doc:b"), ("某市应急预案(2021修订)", "doc:a")], "某市应急预案(2021修订)",
     ["doc:a", "doc:b"], [("doc:a", 1.0), ("doc:b", 1.0)]),
    # the same document under one key twice is one IRI
    ([("某市应急预案", "doc:a"), ("某市应急预案", "doc:a")], "某市应急预案", ["doc:a"], [("doc:a", 1.0)]),
    # a near title is found fuzzily, not exactly; another year is not found at all
    ([("泸州市重污染天气应急预案(2021修订)", "doc:a"), ("泸州市重污染天气应急预案(2024修订)", "doc:b")],
     "泸州市重污天气应急预案(2021修订)", [], [("doc:a", 0.97)]),
    ([], "某市应急预案", [], []),
    ([("某市应急预案", "doc:a")], "", [], []),
])
def test_the_title_index_finds_every_document_under_a_key(added, key, exact, fuzzy):
    from regkg.graph.titles import TitleIndex

    index = TitleIndex()
    for title, iri in added:
        index.add(title, iri)
    assert index.exact(key) == exact
    assert [(iri, round(score, 2)) for score, iri in index.fuzzy(key)] == fuzzy


_TITLE = st.text(alphabet="关于印发泸州市应急预案的通知2021修订", min_size=0, max_size=14)


@given(st.lists(st.tuples(_TITLE, st.sampled_from(["doc:a", "doc:b", "doc:c"])), max_size=15), _TITLE,
       st.sampled_from([0.0, 0.5, 0.85, 0.95]))
def test_the_title_index_compares_every_title_sharing_enough_pairs(added, key, threshold):
    """The compact index (numbered keys, arrays of them per character pair) finds exactly what comparing
    the reference with every title sharing half its pairs finds (low thresholds: every title compared
    is then found; high ones: the cheap upper bounds it rules titles out by lose none)."""

    from difflib import SequenceMatcher

    from regkg.graph.titles import TitleIndex, _pairs
    from regkg.keys.titles import years

    index = TitleIndex()
    for title, iri in added:
        index.add(title, iri)
    best: dict[str, float] = {}
    for title, iri in added:
        pairs = _pairs(key)
        if not title or not pairs or len(pairs & _pairs(title)) < 0.5 * len(pairs) or years(title) != years(key):
            continue
        score = SequenceMatcher(None, key, title, autojunk=False).ratio()
        if score >= threshold:
            best[iri] = max(score, best.get(iri, 0.0))
    assert index.fuzzy(key, threshold) == sorted(((s, i) for i, s in best.items()), key=lambda si: (-si[0], si[1]))
