"""The literal-anchored scans give what ``finditer`` gives, on texts made of the pieces their patterns read."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from regkg.extract.anchored import finditer_at, finditer_from
from regkg.extract.citations import _ANNEX_LINE
from regkg.extract.clean import _AFTER_ITEM, _INLINE_PAGE

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
