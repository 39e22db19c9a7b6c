"""The extractor never crashes, and damaged copies of the seeds still give up their 发文字号."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mangle import mangle
from regkg.extract import extract_text
from regkg.extract.docnum import canonical

_GAZETTE_CHARS = "泸州市人民政府办公室关于印发《》〈〉的通知号〔〕[]()0123456789年月日,。;:、\n 第一条同时废止自起施行有效期责任单位牵头配合负责"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_on_arbitrary_text(text):
    extract_text(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_GAZETTE_CHARS, max_size=600))
def test_never_raises_on_gazette_like_text(text):
    r = extract_text(text)
    for fact in (*r.repeals, *r.citations, *r.duties):
        assert 0 <= fact.span[0] <= fact.span[1] <= len(text)


@given(st.text(alphabet="泸市府办规发政〔〕[]()（）【】０１２0123456789号號 年", max_size=40))
def test_canonical_form_is_a_fixed_point(s):
    c = canonical(s)
    assert c is None or canonical(c) == c


def _numbers(record) -> set[str]:
    return {d.doc_number for d in record.documents if d.doc_number} | {c.cited_number for c in record.citations}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_docnum_recall_on_mangled_seeds(sample_paths, records, seed):
    """Random line breaks, header insertion, bracket/width changes and deleted characters: recall ≥ 0.95."""
    found = expected = 0
    for p in sample_paths:
        want = _numbers(records[p.stem])
        got = _numbers(extract_text(mangle(p.read_text("utf-8"), seed)))
        expected += len(want)
        found += len(want & got)
    assert found / expected >= 0.95, f"recall {found}/{expected} = {found / expected:.3f}"
