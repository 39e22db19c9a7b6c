"""发文字号 recognition and canonicalisation: table-driven cases and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regkg.extract.clean import clean
from regkg.extract.docnum import canonical, find_docnums, parse, trim_code

CANONICAL = [
    # (as printed, canonical)
    ("泸市府办规〔2024〕7号", "泸市府办规〔2024〕7号"),
    ("泸市府办规[2024]7号", "泸市府办规〔2024〕7号"),
    ("吕政办发 [2020] 69 号", "吕政办发〔2020〕69号"),
    ("晋办发〔2013〕 20号", "晋办发〔2013〕20号"),
    ("临政规发[2023]3 号", "临政规发〔2023〕3号"),
    ("国办发（2015）96号", "国办发〔2015〕96号"),
    ("川医保规［2022］11号", "川医保规〔2022〕11号"),
    ("晋政办发﹝2019﹞26號", "晋政办发〔2019〕26号"),
    ("泸市府办发【２０２２】６７号", "泸市府办发〔2022〕67号"),
    ("國辦發〔2018〕33號", "国办发〔2018〕33号"),
    ("叙府〔2024〕62号", "叙府〔2024〕62号"),
    ("环办大气函〔2018〕875号", "环办大气函〔2018〕875号"),
    ("同政发〔2016〕37号", "同政发〔2016〕37号"),  # 大同 abbreviates to 同, which is no glue word
]


@pytest.mark.parametrize("printed, expected", CANONICAL)
def test_canonical(printed, expected):
    assert canonical(printed) == expected


NOT_NUMBERS = ["GB3095-2012", "GB3095—2012", "(DBJ51/T—2023)", "2024年第1期", "HJ1235—2021", "第十五条"]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_standards_and_dates_are_not_numbers(text):
    assert find_docnums(clean(text).s) == []


IN_TEXT = [
    # (cleaned sentence, numbers found) — codes glued to the word before them are trimmed
    ("根据吕发〔2018〕32号文件精神", ["吕发〔2018〕32号"]),
    ("按照《关于…的通知》(泸委[2024]20号)等要求", ["泸委〔2024〕20号"]),
    ("市政府办公室印发的泸市府办发〔2022〕67号同时废止", ["泸市府办发〔2022〕67号"]),
    ("依据国发〔2022〕11号和晋政发〔2019〕26号", ["国发〔2022〕11号", "晋政发〔2019〕26号"]),
    ("(泸委办[2018]\n41号)", ["泸委办〔2018〕41号"]),
    ("（矿安〔2023〕1号）", ["矿安〔2023〕1号"]),
]


@pytest.mark.parametrize("text, expected", IN_TEXT)
def test_numbers_in_text(text, expected):
    assert [d.canonical for d in find_docnums(clean(text).s)] == expected


def test_learned_codes_win_over_the_grammar():
    # 「府办发」 alone is a plausible code; the corpus says the code is 「泸市府办发」
    assert trim_code("市泸市府办发", frozenset({"泸市府办发"})) == "泸市府办发"


def test_parse_round_trips():
    assert parse("吕政办发〔2020〕69号") == ("吕政办发", 2020, 69)


_BRACKETS = [("〔", "〕"), ("[", "]"), ("(", ")"), ("（", "）"), ("［", "］"), ("﹝", "﹞"), ("【", "】")]
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")
_CODES = ["泸市府办规", "吕政办发", "临政办函", "国办发", "晋政发", "川医保规", "泸污防攻坚办"]


@given(
    code=st.sampled_from(_CODES),
    year=st.integers(1990, 2035),
    num=st.integers(1, 9999),
    brackets=st.sampled_from(_BRACKETS),
    full_width=st.booleans(),
    spaces=st.lists(st.sampled_from(["", " ", "  "]), min_size=4, max_size=4),
    hao=st.sampled_from(["号", "號"]),
)
def test_every_printed_variant_canonicalises(code, year, num, brackets, full_width, spaces, hao):
    y, n = str(year), str(num)
    if full_width:
        y, n = y.translate(_FULL), n.translate(_FULL)
    printed = f"{code}{spaces[0]}{brackets[0]}{spaces[1]}{y}{brackets[1]}{spaces[2]}{n}{spaces[3]}{hao}"
    assert canonical(printed) == f"{code}〔{year}〕{num}号"


@given(st.text(alphabet="泸市府办规发政〔〕[]()0123456789号 年", max_size=40))
def test_canonicalisation_is_idempotent(s):
    c = canonical(s)
    if c is not None:
        assert canonical(c) == c
