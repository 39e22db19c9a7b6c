"""The real pipeline on the real sample gazettes: concrete values a reader can check in the text."""

from __future__ import annotations

import pytest

GAZETTES = [
    # (file stem, title, issue, serial, jurisdiction, number of documents)
    ("000_8f9db98c5e447b9a", "泸州市人民政府公报", "2024年第9/10期", 67, "泸州市", 6),
    ("001_41a536a263fc176f", "泸州市人民政府公报", "2024年第1期", 59, "泸州市", 12),  # the forwarded 《关于恢复和扩大消费的若干措施》 is its own document
    ("002_c2c7c1da57e4fc76", "泸州市人民政府公报", "2024年第11期", 68, "泸州市", 7),
    ("003_3de8dff089b265f1", "临汾市人民政府公报", "2023年第10期", 47, "临汾市", 14),
    ("004_1353083119d7ceb2", "吕梁市人民政府公报", "2020年第5期", 8, "吕梁市", 11),
]


@pytest.mark.parametrize("stem, title, issue, serial, jurisdiction, n_docs", GAZETTES)
def test_gazette_front_matter(records, stem, title, issue, serial, jurisdiction, n_docs):
    r = records[stem]
    assert (r.gazette.title, r.gazette.issue, r.gazette.serial, r.gazette.jurisdiction) == (
        title, issue, serial, jurisdiction
    )
    assert len(r.documents) == n_docs


DOCUMENTS = [
    # (number, title, issuers, date, kind, attached)
    ("泸市府办规〔2024〕7号", "泸州市人民政府办公室关于印发《泸州市历史风貌建筑修缮补助资金管理办法》的通知",
     ("泸州市人民政府办公室",), "2024-09-19", "通知", ("泸州市历史风貌建筑修缮补助资金管理办法",)),
    ("泸市府规〔2024〕1号", "泸州市人民政府2024年森林防火命令", ("泸州市人民政府",), "2024-01-01", "命令", ()),
    ("泸市府函〔2024〕20号", "泸州市人民政府关于江阳区分水岭镇道路命名的批复", ("泸州市人民政府",), "2024-01-18", "批复", ()),
    ("泸市医保规〔2024〕2号", None, ("泸州市医疗保障局", "泸州市财政局", "泸州市卫生健康委员会"), None, "通知", None),
    ("临卫医函〔2023〕22号", None, ("临汾市卫生健康委员会",), None, "通知", ("临汾市无偿献血者临床用血费用直接减免工作实施方案",)),
    ("临政通告〔2023〕2号", None, ("临汾市人民政府",), "2023-10-22", "通告", ()),
    ("吕政办发〔2020〕69号", "吕梁市人民政府办公室关于印发国家节水行动吕梁实施方案的通知",
     ("吕梁市人民政府办公室",), "2020-10-15", "通知", ("国家节水行动吕梁实施方案",)),
    # signed 「日梁市人民政府办公室」 (OCR): the heading's spelling wins
    ("吕政办发〔2020〕72号", None, ("吕梁市人民政府办公室",), "2020-10-22", "通知", None),
    # date printed on the signature line with (此件公开发布) after it
    ("吕政办发〔2020〕73号", None, None, "2020-11-09", "通知", ()),
]


@pytest.mark.parametrize("number, title, issuers, date, kind, attached", DOCUMENTS)
def test_document_fields(all_docs, number, title, issuers, date, kind, attached):
    d = all_docs[number]
    for field, want in (("title", title), ("issuers", issuers), ("date", date), ("kind", kind),
                        ("issues_attached", attached)):
        if want is not None:
            got = getattr(d, field)
            assert (tuple(got) if isinstance(want, tuple) else got) == want, field


def _repeals(records):
    return {(x.by, x.target_number, x.target_title) for r in records.values() for x in r.repeals}


REPEALS = [
    ("泸市府办发〔2024〕41号", "泸市府办发〔2022〕67号", "泸州市自然灾害救助应急预案(试行)"),
    ("泸市府办发〔2024〕44号", None, "泸州市重污天气应急预案(2021修订)"),  # title only, typo kept
    ("泸市府办发〔2024〕39号", "泸委办〔2018〕41号", "泸州市大气环境质量限期达标规划(2018—2025年)"),  # revision
    ("泸市府办发〔2024〕3号", "泸市府办发〔2020〕14号",
     "泸州市人民政府办公室关于印发泸州市人民政府办公室公文公开属性源头认定办法的通知"),
    ("临政规发〔2023〕3号", "临政办发〔2017〕66号", "临汾市网络预约出租汽车经营服务管理实施办法"),
    ("临应急发〔2023〕50号", "临应急发〔2021〕196号", "临汾市非煤矿山行业领域安全生产分类分级监管实施办法的通知"),
    ("吕政办发〔2020〕77号", "吕政办发〔2019〕75号", "吕梁市重污染天气应急预案"),
    ("吕政办发〔2020〕78号", "吕政办发〔2018〕45号", "吕梁市食品安全突发事件应急预案"),
]


def test_exactly_the_eight_repeals(records):
    assert _repeals(records) == set(REPEALS)


def test_past_cleanup_work_and_conflict_clauses_are_not_repeals(records):
    # 001 reports 「确定废止、失效73件」; its price notice says 「…不一致的,以本通知为准」
    assert {x.by for x in records["001_41a536a263fc176f"].repeals} == {"泸市府办发〔2024〕3号"}


VALIDITY = [
    ("泸市府办规〔2024〕7号", "2024-10-19", "2029-10-18"),  # 自2024年10月19日起施行,有效期5年
    ("泸市府办函〔2024〕54号", "2024-09-30", None),  # 自印发之日起施行 = signing date
    ("泸市医保规〔2024〕1号", "2024-10-15", "2026-10-14"),  # 试行期两年
    ("泸市府规〔2024〕2号", "2024-02-10", "2027-02-09"),  # 有效期三年
    ("泸市府办发〔2024〕44号", "2024-11-28", "2029-11-27"),  # 自公布之日起实施,有效期5年
    ("临财综〔2023〕39号", "2023-10-03", "2025-10-02"),  # 自印发之日起30日后施行,有效期2年
    ("临政通告〔2023〕2号", "2023-10-30", "2024-03-31"),  # 管控时间 2023年10月30日至2024年3月31日
    ("泸市府规〔2024〕1号", None, None),  # fire season 1月1日至5月31日 is not validity
]


@pytest.mark.parametrize("number, start, until", VALIDITY)
def test_validity(all_docs, number, start, until):
    v = all_docs[number].in_force
    assert (v.from_ if v else None, v.until if v else None) == (start, until)


def test_reply_cites_the_request_it_answers(records):
    kinds = {(c.by, c.cited_number): c.kind for r in records.values() for c in r.citations}
    assert kinds[("泸市府函〔2024〕235号", "叙府〔2024〕62号")] == "replies_to"
    assert kinds[("泸市府函〔2024〕20号", "泸江府〔2024〕1号")] == "replies_to"


def test_glued_code_and_spaced_number(records):
    cited = {c.cited_number for c in records["004_1353083119d7ceb2"].citations}
    assert {"吕发〔2018〕32号", "晋办发〔2013〕20号", "晋政发〔2019〕26号"} <= cited
    assert not any(n.startswith("根据") for n in cited)


def test_own_number_and_table_of_contents_are_not_citations(records):
    for r in records.values():
        own = {d.doc_number for d in r.documents}
        assert not {(c.by, c.cited_number) for c in r.citations if c.by == c.cited_number}
        # the table of contents lists every own number; none becomes a citation of another document
        assert sum(c.cited_number in own for c in r.citations) <= 2


DUTIES = [
    # (by, lead, support) — one printed form each
    ("吕政办发〔2020〕69号", ("市水利局",), ("市发展和改革委员会", "市财政局")),  # (A牵头,B、C…配合)
    ("泸市府办发〔2024〕44号", ("市公安局",), ()),  # (7)市公安局:组织落实…
    ("泸市府办发〔2024〕41号", ("市财政局",), ("市应急管理局",)),  # 市财政局会同市应急管理局…
    ("吕政办发〔2020〕84号", ("市应急管理局",), ()),  # "应急指挥"模块由市应急管理局负责
    ("吕政办发〔2020〕72号", ("市生态环境局",), ("市公安局", "市应急管理局", "市气象局")),  # group table
]


@pytest.mark.parametrize("by, lead, support", DUTIES)
def test_duty_forms(records, by, lead, support):
    found = [(d.lead, d.support) for r in records.values() for d in r.duties if d.by == by]
    assert any(set(lead) <= set(l) and set(support) <= set(s) for l, s in found), found


def test_comma_rule_stated_once_holds_for_the_list(records):
    # 〔责任单位:市商务会展局、…,市发展改革委、…(逗号前为牵头单位,下同)〕 in the measures 泸市府办发〔2024〕1号 forwards
    rows = [d for d in records["001_41a536a263fc176f"].duties if d.by == "关于恢复和扩大消费的若干措施" and d.support]
    assert len(rows) >= 5
    assert all(d.lead and d.support for d in rows)


def test_impossible_date_is_a_warning_not_a_crash(records):
    assert [w.message for w in records["002_c2c7c1da57e4fc76"].warnings] == ["impossible date 2024年11月31日"]


def test_every_span_points_at_its_evidence(records, sample_paths):
    """text[span] of every fact, normalised, contains the evidence's first characters, normalised the
    same way (evidence keeps the printed widths and script)."""
    from regkg.extract.clean import clean, flow

    for p in sample_paths:
        raw = p.read_text("utf-8")
        r = records[p.stem]
        for fact in (*r.repeals, *r.citations, *r.duties):
            a, b = fact.span
            printed = flow(clean(raw[a:b])).s
            assert clean(fact.evidence).s[:8].replace(" ", "") in printed.replace(" ", ""), (p.stem, fact)


@pytest.mark.parametrize("stem", [g[0] for g in GAZETTES])
def test_table_of_contents_agrees_with_the_documents_found(records, stem):
    assert not [w for w in records[stem].warnings if w.kind == "toc_entry_not_found"]
