"""The cleaning stage keeps every character traceable to the input."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from regkg.extract.clean import clean, flow, normalise_chars

_ALPHABET = "泸市府办规发〔〕[]()（）0123456789０１２号號年月日 \n\t。,;:《》文件部门市政府办公室贯彻执行-·"


@given(st.text(alphabet=_ALPHABET, max_size=200))
def test_every_kept_character_maps_back_to_itself(raw):
    for view in (clean(raw), flow(clean(raw))):
        for i, ch in enumerate(view.s):
            assert normalise_chars(raw[view.orig(i)]) == ch


@given(st.text(alphabet=_ALPHABET, max_size=200))
def test_spans_are_ordered_and_inside_the_input(raw):
    t = flow(clean(raw))
    for i in range(len(t.s)):
        a, b = t.orig_span(i, i + 1)
        assert 0 <= a < b <= len(raw)
    if t.s:
        assert t.orig_span(0, len(t.s))[0] <= t.orig_span(len(t.s) - 1, len(t.s))[0]


def test_running_headers_and_page_numbers_go():
    raw = "落实\n\n市政府办公室文件\n\n补助资金\n- 18 -\n管理。"
    assert flow(clean(raw)).s == "落实补助资金管理。"


def test_spaces_inside_words_go_but_latin_words_keep_theirs():
    assert clean("请认真贯 彻执行 PM 2.5 浓度").s == "请认真贯彻执行 PM 2.5浓度"
