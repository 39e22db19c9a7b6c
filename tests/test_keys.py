"""The identity core (regkg.keys): one rule per idea, shared by extract and graph.

Table-driven rows per rule, properties of the canonical 发文字号, a check that no other module spells
these rules, and the record round trip (``Record.from_dict(r.to_dict()) == r``).
"""

from __future__ import annotations

import ast
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from regkg.extract.models import Citation, Document, Duty, Gazette, LawCitation, Record, Repeal, Validity, Warning
from regkg.graph.places import Places
from regkg.graph.resolve import resolve
from regkg.keys.chars import normalise_chars, printed_forms, search_form
from regkg.keys.kinds import KIND_END
from regkg.keys.numbers import Number, canonical, code_of, issuer_of, number_key, parse, trim_code, year_of
from regkg.keys.orgs import ORG_NAME, issuer_in_title
from regkg.keys.pages import page_stems, slug
from regkg.keys.places import (
    NATIONAL, NATIONAL_BODY_SUFFIXES, NATIONAL_PREFIXES, abbreviation_chars, abbreviation_of, city_initials,
    jurisdiction_of, level_of, place_name, short_name,
)
from regkg.keys.titles import title_key, titles_differ

PACKAGE = Path(__file__).resolve().parents[1] / "regkg"

# ── 发文字号 ───────────────────────────────────────────────────────────────────────────────────
CANONICAL = [
    # (as printed, canonical)
    ("泸市府办规〔2024〕7号", "泸市府办规〔2024〕7号"),
    ("泸市府办规[2024]7号", "泸市府办规〔2024〕7号"),
    ("吕政办发 [2020] 69 号", "吕政办发〔2020〕69号"),  # spaces anywhere
    ("晋办发〔2013〕 20號", "晋办发〔2013〕20号"),
    ("临政规发[2023]3 号", "临政规发〔2023〕3号"),
    ("国办发（2015）96号", "国办发〔2015〕96号"),  # full-width brackets
    ("川医保规［2022］11号", "川医保规〔2022〕11号"),
    ("晋政办发﹝2019﹞26號", "晋政办发〔2019〕26号"),  # GB/T 9704 variant bracket
    ("国办发〖2009〗3号", "国办发〔2009〕3号"),
    ("泸市府办发【２０２２】６７号", "泸市府办发〔2022〕67号"),  # full-width digits
    ("國辦發〔2018〕33號", "国办发〔2018〕33号"),  # traditional script, folded
    ("瀘市府辦發〔2024〕9號", "泸市府办发〔2024〕9号"),
    ("闽政[1998]文333号", "闽政〔1998〕文333号"),  # 文 before the serial
    ("泸市府发〔2020〕第3号", "泸市府发〔2020〕3号"),  # 第 before the serial
    ("泸市府发〔2020〕003号", "泸市府发〔2020〕3号"),  # leading zeros
    ("(国函[2000]31号)", "国函〔2000〕31号"),  # the parentheses it is cited in
    ("根据吕发〔2018〕32号", "吕发〔2018〕32号"),  # glue word trimmed
    ("叙府〔2024〕62号", "叙府〔2024〕62号"),
    ("环办大气函〔2018〕875号", "环办大气函〔2018〕875号"),
    ("同政发〔2016〕37号", "同政发〔2016〕37号"),  # 大同 abbreviates to 同, which is no glue word
]


@pytest.mark.parametrize("printed, expected", CANONICAL)
def test_canonical(printed, expected):
    assert canonical(printed) == expected


NOT_NUMBERS = ["GB3095-2012", "2024年第1期", "第十五条", "河北省人民政府令〔2011〕第10号", "国发〔2012〕1号和国发〔2013〕2号", ""]


@pytest.mark.parametrize("printed", NOT_NUMBERS)
def test_not_a_number(printed):
    assert canonical(printed) is None


@pytest.mark.parametrize(
    "printed, key",
    [("泸市府办发 [2022] 67 号", "泸市府办发〔2022〕67号"), ("省政府令 第226号", "省政府令第226号")],
)
def test_number_key_falls_back_to_the_print_without_spaces(printed, key):
    assert number_key(printed) == key


@pytest.mark.parametrize(
    "number, parts, code, year",
    [
        ("吕政办发〔2020〕69号", Number("吕政办发", 2020, 69), "吕政办发", 2020),
        ("闽政〔1998〕文333号", Number("闽政", 1998, 333, "文"), "闽政", 1998),
        ("吕政办发[2020]69号", None, None, None),  # parse reads canonical numbers only
    ],
)
def test_parse(number, parts, code, year):
    assert (parse(number), code_of(number), year_of(number)) == (parts, code, year)


TRIM = [
    # (CJK run before the bracket, learned codes, whole run, 机关代字)
    ("根据吕发", (), False, "吕发"),
    ("市政府办公室印发的泸市府办发", (), False, "泸市府办发"),
    ("出台冀政发", (), False, "冀政发"),
    ("印发的国办发", (), False, "国办发"),
    ("环办大气函", (), True, "环办大气函"),
    ("矿安", (), True, "矿安"),
    ("石家庄市政府石政呈", (), False, "石政呈"),
    ("根据国务院国发", (), False, "国发"),  # the State Council named before its own code (CW07: 「国务院国民[1993]51号」)
    ("国务院国民", (), True, "国民"),
    ("县政府办绩政办", (), False, "绩政办"),
    ("价格监管等仍按苏价服", (), False, "苏价服"),
    ("市泸市府办发", ("泸市府办发",), False, "泸市府办发"),  # the gazette's own codes win
    # a city's initial opens a code when its government's mark follows (H04, 达州市: 「…的通知达市府发」),
    # not when it ends a word before a province's code (「规定陕政规」: 定西市; 「出台陕政规」: 台州市)
    ("关于废止部分政策性文件的通知达市府发", (), False, "达市府发"),
    ("印发的宝政办发", (), False, "宝政办发"),
    ("有关规定陕政规", (), False, "陕政规"),
    ("同时出台陕政规", (), False, "陕政规"),
    ("国家医疗保障局办公室医保办发", (), False, "医保办发"),
    # a glue word that is a place's declared abbreviation opens a code standing alone: 并 is 太原's (并州, BX04),
    # while 和 stays glue (「…省政府文件\n和市府发〔2022〕3号」)
    ("并政办发", (), True, "并政办发"),
    ("并政发", (), True, "并政发"),
    ("和市府发", (), True, "市府发"),
    # a county's code may spell its government (BY07), standing alone; 政府 run on before a code is still no part of it
    ("云县政府发", (), True, "云县政府发"),
    ("某区政府办发", (), True, "某区政府办发"),
    ("县政府办公室印发的泸县府发", (), False, "泸县府发"),
    ("云县人民政府文件云县政府发", (), False, "云县政府发"),
    # a city's initial right after a glue word opens its code, whatever follows it (丽水's 丽教办, CD01)
    ("根据丽教办", (), False, "丽教办"),
    ("关于撤销平环批字", (), False, "平环批字"),  # 撤销 is glue too (CE06)
    ("和县政府发", (), True, "和县政府发"),
    # a code begins after a glue word, never inside one: 平潭's 岚 is no abbreviation the tables know (GD07)
    ("平潭综合实验区管委会办公室文件岚综管办", (), False, "岚综管办"),
    ("文件岚综管办", (), True, "岚综管办"),
    ("办公室关于印发某某办法的通知岚综管办", (), False, "岚综管办"),  # nor inside the kind a heading ends with (review)
    ("本市", (), False, None),
    ("河北省人民政府令", (), False, None),  # numbers an order
    ("海关总署公告", (), True, None),  # numbers an announcement (I02)
]


@pytest.mark.parametrize("run, known, whole, code", TRIM)
def test_trim_code(run, known, whole, code):
    assert trim_code(run, frozenset(known), whole) == code


@pytest.mark.parametrize(
    "code, issuer",
    [("国发", "国务院"), ("国办发", "国务院办公厅"), ("晋政办发", "山西省人民政府办公厅"), ("发改环资", "国家发展改革委"), ("泸医保规", None)],
)
def test_issuer_of_code(code, issuer):
    assert issuer_of(code) == issuer


_BRACKETS = [("〔", "〕"), ("[", "]"), ("(", ")"), ("（", "）"), ("［", "］"), ("﹝", "﹞"), ("【", "】")]
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")
_CODES = ["泸市府办规", "吕政办发", "临政办函", "国办发", "晋政发", "川医保规", "泸污防攻坚办", "闽政", "矿安"]


@given(
    code=st.sampled_from(_CODES),
    year=st.integers(1990, 2035),
    num=st.integers(1, 9999),
    brackets=st.sampled_from(_BRACKETS),
    full_width=st.booleans(),
    spaces=st.lists(st.sampled_from(["", " ", "\u3000"]), min_size=4, max_size=4),
    hao=st.sampled_from(["号", "號"]),
    prefix=st.sampled_from(["", "文"]),
)
def test_every_printed_variant_canonicalises_and_round_trips(code, year, num, brackets, full_width, spaces, hao, prefix):
    y, n = str(year), str(num)
    if full_width:
        y, n = y.translate(_FULL), n.translate(_FULL)
    printed = f"{code}{spaces[0]}{brackets[0]}{spaces[1]}{y}{brackets[1]}{spaces[2]}{prefix}{n}{spaces[3]}{hao}"
    c = canonical(printed)
    assert c == f"{code}〔{year}〕{prefix}{num}号"
    assert parse(c) == Number(code, year, num, prefix) and str(parse(c)) == c


@given(st.text(alphabet="泸市府办规发政根据的国〔〕[]()（）0123456789号文第 年", max_size=40))
def test_canonical_is_idempotent_and_parses(s):
    c = canonical(s)
    if c is not None:
        assert canonical(c) == c
        assert str(parse(c)) == c


# ── titles ───────────────────────────────────────────────────────────────────────────────────
TITLE_KEYS = [
    ("《泸州市重污染天气应急预案 （2024年修订）》", "泸州市重污染天气应急预案(2024年修订)"),
    ("关于印发〈某 办法〉的通知", "关于印发某办法的通知"),
    ("关于印发<某办法>的通知", "关于印发某办法的通知"),
    ("瀘州市某辦法", "泸州市某办法"),  # script
    ("“十四五”规划(2021—2025年)", "十四五规划(2021-2025年)"),  # quotes, dashes
    ("规划（2021～2025年）", "规划(2021~2025年)".replace("~", "-")),
]


@pytest.mark.parametrize("title, key", TITLE_KEYS)
def test_title_key(title, key):
    assert title_key(title) == key


@pytest.mark.parametrize(
    "a, b, differ",
    [
        ("泸州市甲办法", "关于印发《泸州市甲办法》的通知", False),  # one contains the other
        ("《泸州市甲办法》", "关于印发〈泸州市甲办法〉的通知", False),
        ("泸州市甲办法(2021—2025年)", "泸州市甲办法（2021-2025年）", False),  # widths and dashes
        ("泸州市甲办法", "泸州市乙规定", True),
    ],
)
def test_titles_differ(a, b, differ):
    assert titles_differ(a, b) is differ


# ── places ───────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize(
    "text, place",
    [
        ("泸州市人民政府公报", "泸州市"),
        ("临汾市人民政府办公室", "临汾市"),
        ("国务院公报", NATIONAL),
        ("中华人民共和国国务院公报", NATIONAL),
        ("中共中央办公厅", NATIONAL),
        ("市生态环境局", None),
        ("中国人民银行泸州市中心支行", None),
    ],
)
def test_jurisdiction_of(text, place):
    assert jurisdiction_of(text) == place


@pytest.mark.parametrize(
    "name, canonical_name, level, abbreviation",
    [
        ("中华人民共和国", "中国", "national", "中"),
        ("中国", "中国", "national", "国"),
        ("山西省", "山西省", "provincial", "晋"),
        ("内蒙古自治区", "内蒙古自治区", "provincial", "蒙"),
        ("泸州市", "泸州市", "municipal", "泸"),
        ("石家庄市", "石家庄市", "municipal", "石"),
        ("成都市", "成都市", "municipal", "成"),  # unlisted abbreviation: the first character
    ],
)
def test_places_table(name, canonical_name, level, abbreviation):
    assert (place_name(name), level_of(name), abbreviation_of(name)) == (canonical_name, level, abbreviation)


def test_national_codes_are_not_local_abbreviations():
    # 「全国晋政发」 must trim to 晋政发, not 国晋政发
    assert "国" not in abbreviation_chars() and {"晋", "泸", "蒙"} <= abbreviation_chars()
    assert "成" in city_initials() and "国" not in city_initials()
    assert trim_code("全国晋政发") == "晋政发"


def test_a_state_council_gazette_and_the_forest_law_land_in_the_one_national_place():
    places = Places.from_data()
    places.learn(jurisdiction_of("中华人民共和国国务院公报"), ["国发", "国办发"])
    assert places.of_name("中华人民共和国森林法") == places.of_name("国务院") == NATIONAL
    assert places.level(NATIONAL) == "national" and "中华人民共和国" not in places.places


def _opening_area(places: Places, name: str) -> str | None:
    """The rule of Places.of_name stated directly: of every area's forms (name, short name, aliases) of
    two characters or more that the name opens with, the longest; on a tie the area listed first."""
    text = unicodedata.normalize("NFKC", normalise_chars(name)).replace(" ", "").removeprefix("中共").removeprefix("原")
    best = None
    for place in places.places.values():
        for form in (place.name, short_name(place.name), *place.aliases):
            if len(form) >= 2 and text.startswith(form) and (best is None or len(form) > len(best[1])):
                best = (place.name, form)
    if best:
        return best[0]
    return NATIONAL if text.startswith(NATIONAL_PREFIXES) or text.endswith(NATIONAL_BODY_SUFFIXES) else None


_AREA_FORMS = sorted({form for p in Places.from_data().places.values()
                      for form in (p.name, short_name(p.name), *p.aliases) if len(form) >= 2})


@given(st.lists(st.sampled_from([*_AREA_FORMS, "中共", "原", "人民政府", "办公室", "生态环境局", "市", "县", "关于",
                                 "国务院", "部", " ", "晋中", "泸"]), min_size=1, max_size=4),
       st.booleans())
@example(["晋中市", "人民政府"], False)
@example(["泸州", "市", "人民政府"], True)
@example(["吉林", "人民政府"], False)  # 吉林省 and 吉林市 share 吉林: the province, listed first
def test_of_name_is_the_longest_area_form_a_name_opens_with(parts, learn):
    places = Places.from_data()
    if learn:  # an area the corpus teaches: the forms are made again
        places.learn("某某新区", ["某"])
    name = "".join(parts)
    assert places.of_name(name) == _opening_area(places, name)


def test_resolve_files_national_records_under_one_place():
    # an old record that names the nation 中华人民共和国 is filed under 中国 all the same
    for jurisdiction in ("中华人民共和国", NATIONAL):
        record = {
            "source": "gwy.txt", "gazette": None, "jurisdiction": jurisdiction,
            "documents": [{"doc_number": "国发〔2020〕1号", "title": "国务院关于某事的通知", "issuers": ["国务院"]}],
            "law_citations": [{"by": "国发〔2020〕1号", "cited_title": "中华人民共和国森林法", "evidence": "依据《中华人民共和国森林法》"}],
        }
        model = resolve([Record.from_dict(record)])
        assert {p: lvl for p, (lvl, _) in model.places.items()} == {NATIONAL: "national"}
        assert {d.jurisdiction for d in model.docs.values()} == {NATIONAL}


# ── bodies and kinds ─────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize(
    "text, is_body",
    [("泸州市人民政府办公室", True), ("国务院", True), ("临汾市卫生健康委员会", True), ("特此通知", False)],
)
def test_org_name(text, is_body):
    assert bool(ORG_NAME.fullmatch(text)) is is_body


@pytest.mark.parametrize(
    "title, issuer",
    [
        ("山西省人民政府办公厅关于印发山西省政府购买服务实施办法的通知", "山西省人民政府办公厅"),
        ("国家发展改革委、水利部关于印发国家节水行动方案的通知", "国家发展改革委"),
        ("关于印发某办法的通知", None),
    ],
)
def test_issuer_in_title(title, issuer):
    assert issuer_in_title(title) == issuer


@pytest.mark.parametrize("title, kind", [("关于同意设立某区的批复", "批复"), ("某某实施意见", "意见"), ("某某办法", None)])
def test_kind_end(title, kind):
    m = KIND_END.search(title)
    assert (m.group() if m else None) == kind


# ── one place for each rule ──────────────────────────────────────────────────────────────────
# Names that only regkg/keys may define (a function, or a module-level constant); `parse` is too common
# a word (server/protocol.py parses HTTP) and is caught by its callers importing it from keys.
CORE_NAMES = {
    "canonical", "canonical_number", "trim_code", "agency_code", "number_year", "title_key", "bare_title",
    "normalise_title", "titles_differ", "named_titles", "title_stem", "jurisdiction_of", "abbreviation_of",
    "abbreviation_chars", "normalise_chars", "issuer_in_title", "ORG_NAME", "ORG_SUFFIXES", "KINDS",
    "CODE_GLUE_PREFIXES", "CODE_BREAKERS", "CODE_TYPE_SUFFIXES", "NATIONAL_CODE_STARTS", "BRACKET_FOLD",
    "DOCNUM", "DOCNUM_TAIL", "NATIONAL",
}


def _defined(path: Path) -> set[str]:
    """Names a module defines at its top level (functions, classes, assignments; not imports)."""
    out: set[str] = set()
    for node in ast.parse(path.read_text("utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            out.add(node.name)
        elif isinstance(node, ast.Assign):
            out |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return out


def test_no_module_outside_keys_defines_the_core_rules():
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(_defined(p) & CORE_NAMES)
        for p in PACKAGE.rglob("*.py")
        if "keys" not in p.relative_to(PACKAGE).parts and _defined(p) & CORE_NAMES
    }
    assert offenders == {}


def test_one_places_table_and_one_code_table():
    tables = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.json")
                    if any(w in p.name for w in ("jurisdiction", "places", "agency", "issuers")))
    assert tables == ["keys/data/issuers.json", "keys/data/places.json"]
    data = json.loads((PACKAGE / "keys/data/places.json").read_text("utf-8"))["places"]
    assert [n for n, v in data.items() if v["level"] == "national"] == [NATIONAL]
    assert all(v.get("parent") in data for n, v in data.items() if n != NATIONAL)


def test_keys_sits_below_extract_and_graph():
    imported = set()
    for p in (PACKAGE / "keys").glob("*.py"):
        for node in ast.walk(ast.parse(p.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported |= {a.name for a in node.names}
    assert {m for m in imported if m.startswith("regkg")} <= {"regkg.keys.chars", "regkg.keys.places"}


def test_chars_fold_once():
    raw = "瀘市府辦發﹝2024﹞9號（２０２４）"
    assert normalise_chars(raw) == "泸市府办发〔2024〕9号(2024)" == normalise_chars(normalise_chars(raw))


# A short search looks for each form a word may be printed in (keys.chars.printed_forms): every form folds back to the
# word, and any text printed character for character that folds to the word is among them.
@given(st.text(st.sampled_from("复發发批號号覆它其他１1Ａa〔﹝"), min_size=1, max_size=2))
def test_printed_forms_are_every_print_of_a_short_word(printed):
    word = search_form(printed)
    forms = printed_forms(word)
    assert forms[0] == word and all(search_form(form) == word for form in forms)
    assert printed in forms


# ── records round-trip ───────────────────────────────────────────────────────────────────────
def test_sample_records_round_trip(records):
    for record in records.values():
        again = Record.from_dict(json.loads(json.dumps(record.to_dict(), ensure_ascii=False)))
        assert again == record
        assert all(isinstance(d.span, tuple) and isinstance(d.issuers, tuple) for d in again.documents)


_text = st.text(max_size=12) | st.sampled_from([', "duties": [', ', "warnings": [', '"}], '])  # what a line's own keys look like
_maybe = st.none() | _text
_span = st.tuples(st.integers(0, 10**6), st.integers(0, 10**6))
_strs = st.lists(_text, max_size=3).map(tuple)
_validity = st.builds(Validity, _maybe, _maybe, _text, _span)
_records = st.builds(
    Record,
    source=_text,
    gazette=st.none() | st.builds(Gazette, _maybe, _maybe, st.none() | st.integers(0, 9999), _maybe),
    documents=st.lists(st.builds(Document, _maybe, _text, _strs, _maybe, _maybe, _strs, st.none() | _validity, _span, _strs, _maybe), max_size=3).map(tuple),
    repeals=st.lists(st.builds(Repeal, _text, _maybe, _maybe, _text, _span, _text), max_size=2).map(tuple),
    citations=st.lists(st.builds(Citation, _text, _text, _maybe, _text, _span, _text), max_size=2).map(tuple),
    law_citations=st.lists(st.builds(LawCitation, _text, _text, _text, _span, _text), max_size=2).map(tuple),
    duties=st.lists(st.builds(Duty, _text, _text, _strs, _strs, _text, _span), max_size=2).map(tuple),
    warnings=st.lists(st.builds(Warning, _text, _text, st.none() | _span), max_size=2).map(tuple),
    encoding=st.sampled_from(["utf-8", "gb18030"]),
    jurisdiction=_maybe,
)


@given(_records)
def test_any_record_round_trips_through_json(record):
    assert Record.from_dict(json.loads(json.dumps(record.to_dict()))) == record


@given(st.lists(_records, max_size=4, unique_by=lambda r: r.source))
def test_records_on_disk_come_back_whole_and_without_their_duties(tmp_path_factory, records):
    """A build's passes read records from a spill file or an earlier records.jsonl: whole, or
    without their duties (a duty's task or sentence may print `, "duties": [` itself)."""
    from dataclasses import replace

    from regkg.graph.record_file import RecordFile

    spill = RecordFile.of(records)
    path = tmp_path_factory.mktemp("records") / "records.jsonl"
    path.write_text("".join(spill.lines()), encoding="utf-8")
    in_order = sorted(records, key=lambda r: r.source)
    for read in (spill, RecordFile(path=path)):
        assert list(read) == in_order
        assert list(read.without_duties()) == [replace(r, duties=()) for r in in_order]


# --- the pages' file names -------------------------------------------------------------------------

@given(st.sets(st.text(alphabet="xXyY_/.-〔〕号1", max_size=6), max_size=12))
@example({"X", "X_2", "x"})  # x's suffix, its rank, is X_2's name folded
def test_page_names_are_unique_without_regard_to_case_and_kept_by_their_iri(locals_):
    """However IRIs collide once folded (case, the characters a file name drops, a suffix another took),
    each gets a name of its own on a case-insensitive file system, which no IRI after it changes."""
    iris = sorted(f"https://x.org/id/doc/{local}" for local in locals_)
    stems = list(page_stems(iris))
    assert len({stem.lower() for _, stem in stems}) == len(iris)
    assert all(stem.startswith(slug(iri)) for iri, stem in stems)
    assert all(list(page_stems(iris[:k])) == stems[:k] for k in range(len(iris)))

