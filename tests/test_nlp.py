"""The spaCy pipeline (blank zh + regkg's components) and its Doc-free twin ``entity_spans``, which
marks the evidence on document pages: they must agree on every text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from regkg.extract.nlp import COMPONENTS, annotate, entity_spans, make_nlp
from regkg.views.evidence import _segments

ROOT = Path(__file__).resolve().parent.parent

# Pieces that make entities, some overlapping each other (a number inside a title, a body in a date run).
_PIECES = ["泸市府办规〔2024〕7号", "《泸州市某办法》", "《关于印发〈泸州市某办法〉的通知》", "市应急管理局",
           "泸州市人民政府办公室", "2024年9月19日", "〔2019〕", "国家发展和改革委员会", "市生态环境局",
           "根据", "同时废止。", ",", "和", "由", "负责", "临政办发〔2020〕33号)", "《", "》", "年", "号"]


def _ents(text: str) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.label_) for e in annotate(text).ents]


def test_pipeline_is_blank_chinese_with_regkg_components():
    nlp = make_nlp()
    assert nlp.lang == "zh" and tuple(nlp.pipe_names) == COMPONENTS
    doc = annotate("市应急管理局负责")
    assert len(doc) == len("市应急管理局负责")  # one token per character
    assert [(e.label_, e.text) for e in doc.ents] == [("ORG", "市应急管理局")]


def test_entity_spans_are_the_pipelines_ents_on_the_seeds():
    lines = [line for path in sorted((ROOT / "samples").glob("*.txt"))
             for line in path.read_text("utf-8").splitlines() if line.strip()]
    marked = 0
    for line in lines[::7]:
        assert entity_spans(line) == _ents(line), line
        marked += bool(entity_spans(line))
    assert marked > 100


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_entity_spans_are_the_pipelines_ents_on_any_text(pieces):
    text = "".join(pieces)
    assert entity_spans(text) == _ents(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=10), st.data())
def test_segments_partition_the_window_and_mark_the_sentence(pieces, data):
    window = "".join(pieces)
    start = data.draw(st.integers(0, len(window)))
    end = data.draw(st.integers(start, len(window)))
    segments = _segments(window, start, end)
    assert "".join(s.text for s in segments) == window
    at = 0
    labels = {i: label for a, b, label in entity_spans(window) for i in range(a, b)}
    for s in segments:
        assert s.text and all((start <= i < end) == s.evidence and labels.get(i) == s.entity
                              for i in range(at, at + len(s.text)))
        at += len(s.text)
    assert all((a.evidence, a.entity) != (b.evidence, b.entity) for a, b in zip(segments, segments[1:]))
