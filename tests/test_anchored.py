"""The literal-anchored scans give what ``finditer`` gives, on texts made of the pieces their patterns read."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from regkg.extract import cues
from regkg.extract.anchored import finditer_at, finditer_before, finditer_from
from regkg.extract.citations import _ANNEX_LINE
from regkg.extract.clean import _AFTER_ITEM, _INLINE_PAGE
from regkg.extract.duty_finder import _BARE_OWNED, _BARE_REACH

_PIECES = st.sampled_from(["附件", "号)", "号", ")", " ", "\u3000", "\t", "\n", "。", "[", "*", "-", "1", "2.", "、",
                           ":", "《", "》", "(", "和", "同时", "关于甲的通知", "目录", ".pdf", "]", "a", "某某申请表"])


@settings(max_examples=2000, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_anchored_scans_match_finditer(pieces):
    s = "".join(pieces)
    for pattern, literal, offset in ((_ANNEX_LINE, "附件", 0), (_AFTER_ITEM, "号)", 2)):
        assert [(m.span(), m.groups()) for m in finditer_at(pattern, s, literal, offset)] == \
            [(m.span(), m.groups()) for m in pattern.finditer(s)]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["-", "—", " ", "1", "18", "页", "第", "值", "\n", "x"]), max_size=30))
def test_scans_from_openers_match_finditer(pieces):
    """The inline page numbers clean() takes out are found from the dashes they open with."""
    s = "".join(pieces)
    assert [m.span() for m in finditer_from(_INLINE_PAGE, s, "-—")] == [m.span() for m in _INLINE_PAGE.finditer(s)]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["办公室", "法院", "海关", "市", "国家粮食应急工作指挥部", "局", "委员会", "(", ")", "和", "。",
                                 "\n", "a", "省人民政府", "区"]), max_size=30), st.integers(0, 20), st.integers(0, 20))
def test_scans_before_literals_match_finditer(pieces, start, cut):
    """An office named in full before its bare name is found from the bare names, in any window of the text."""
    s = "".join(pieces)
    end = max(start, len(s) - cut)
    assert [(m.span(), m.group("bare")) for m in finditer_before(_BARE_OWNED, s, cues.BARE_BODIES, _BARE_REACH, start, end)] \
        == [(m.span(), m.group("bare")) for m in _BARE_OWNED.finditer(s, start, end)]
