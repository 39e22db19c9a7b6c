"""spaCy as the container: a ``spacy.blank("zh")`` pipeline with regkg's own registered components.

Each component runs one of the extractor's finders over ``doc.text`` and sets typed spans — DOCNUM,
TITLE, ORG, DATE — in ``doc.spans["regkg"]`` (overlaps allowed) and the non-overlapping ones in
``doc.ents``, with character offsets. The tokenizer makes one token per character, so a character
offset is a token index and ``doc.char_span`` never has to guess; it also skips spaCy's Chinese
segmenter, which costs more than all the finders together (see ``benchmarks/bench_extract.py``).

The extractor itself works on strings; Docs are built where they pay: for the evidence shown on a
document page (displacy) and for anyone who wants regkg's spans inside their own spaCy pipeline.

>>> doc = annotate("根据《中华人民共和国森林法》和泸市府办规〔2024〕7号,市应急管理局于2024年9月19日发布。")
>>> [(e.label_, e.text) for e in doc.ents]
[('TITLE', '《中华人民共和国森林法》'), ('DOCNUM', '泸市府办规〔2024〕7号'), ('ORG', '市应急管理局'), ('DATE', '2024年9月19日')]
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from regkg.extract.citations import find_titles
from regkg.extract.docnum import find_docnums
from regkg.extract.duties import ORG_LIST
from regkg.extract.segment import DATE

__all__ = ["CharTokenizer", "make_nlp", "annotate", "SPAN_KEY", "COMPONENTS"]

SPAN_KEY = "regkg"
COMPONENTS = ("regkg_docnum", "regkg_title", "regkg_org", "regkg_date")
_ORG = re.compile(r"(?:市|县|区|省|国家)[\u4e00-\u9fff]{1,14}?(?:委员会|办公室|局|委|办|厅|中心|公司)")


class CharTokenizer:
    """One token per character: character offsets and token indices coincide."""

    def __init__(self, vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words = list(text)
        return Doc(self.vocab, words=words, spaces=[False] * len(words))

    # spaCy serialises tokenizers; this one has no state beyond the vocab
    def to_bytes(self, **_) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_) -> "CharTokenizer":
        return self


def _add(doc: Doc, spans: list[tuple[int, int]], label: str) -> Doc:
    found = [Span(doc, a, b, label=label) for a, b in spans if b > a]
    group = list(doc.spans.get(SPAN_KEY, [])) + found
    doc.spans[SPAN_KEY] = group
    doc.ents = filter_spans(list(doc.ents) + found)
    return doc


@Language.component("regkg_docnum")
def docnum_component(doc: Doc) -> Doc:
    """DOCNUM: every 发文字号 (regkg.extract.docnum.find_docnums)."""
    return _add(doc, [(d.start, d.end) for d in find_docnums(doc.text)], "DOCNUM")


@Language.component("regkg_title")
def title_component(doc: Doc) -> Doc:
    """TITLE: every outermost 《…》 (regkg.extract.citations.find_titles)."""
    return _add(doc, [(t.start, t.end) for t in find_titles(doc.text)], "TITLE")


@Language.component("regkg_org")
def org_component(doc: Doc) -> Doc:
    """ORG: department and body names (市应急管理局, 泸州市人民政府办公室)."""
    spans = [m.span() for m in _ORG.finditer(doc.text) if ORG_LIST.fullmatch(m.group())]
    return _add(doc, spans, "ORG")


@Language.component("regkg_date")
def date_component(doc: Doc) -> Doc:
    """DATE: 2024年9月19日."""
    return _add(doc, [m.span() for m in DATE.finditer(doc.text)], "DATE")


@lru_cache(maxsize=1)
def make_nlp() -> Language:
    """The pipeline: blank Chinese, character tokens, regkg's four components (no model download)."""
    nlp = spacy.blank("zh")
    nlp.tokenizer = CharTokenizer(nlp.vocab)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def annotate(text: str) -> Doc:
    """A Doc of ``text`` with regkg's typed spans set."""
    return make_nlp()(text)
