"""spaCy as the container: a ``spacy.blank("zh")`` pipeline with regkg's own registered components.

Each component runs one of the extractor's finders over ``doc.text`` and sets typed spans — DOCNUM,
TITLE, ORG, DATE — in ``doc.spans["regkg"]`` (overlaps allowed) and the non-overlapping ones in
``doc.ents``, with character offsets. The tokenizer makes one token per character, so a character
offset is a token index and ``doc.char_span`` never has to guess; it also skips spaCy's Chinese
segmenter, which costs more than all the finders together (see ``benchmarks/bench_extract.py``).

The extractor itself works on strings; Docs are for anyone who wants regkg's spans inside their own
spaCy pipeline (and for ``kg.view`` in a notebook). The evidence marked on tens of thousands of
document pages uses :func:`regkg.extract.entities.entity_spans`: the same finders and the same choice of
spans, no Doc, and no spaCy imported.

>>> doc = annotate("根据《中华人民共和国森林法》和泸市府办规〔2024〕7号,市应急管理局于2024年9月19日发布。")
>>> [(e.label_, e.text) for e in doc.ents]
[('TITLE', '《中华人民共和国森林法》'), ('DOCNUM', '泸市府办规〔2024〕7号'), ('ORG', '市应急管理局'), ('DATE', '2024年9月19日')]
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from regkg.extract.entities import COMPONENTS, FINDERS, entity_spans

__all__ = ["CharTokenizer", "make_nlp", "annotate", "entity_spans", "SPAN_KEY", "COMPONENTS", "FINDERS"]

SPAN_KEY = "regkg"
_TEXT = "regkg_text"  # Doc.user_data key: the text the Doc was made from


class CharTokenizer:
    """One token per character: character offsets and token indices coincide."""

    def __init__(self, vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words = list(text)
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        doc.user_data[_TEXT] = text  # Doc.text joins every token again on each read
        return doc

    # spaCy serialises tokenizers; this one has no state beyond the vocab
    def to_bytes(self, **_) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_) -> "CharTokenizer":
        return self


def _text(doc: Doc) -> str:
    return doc.user_data.get(_TEXT) or doc.text


def _add(doc: Doc, spans: list[tuple[int, int]], label: str) -> Doc:
    found = [Span(doc, a, b, label=label) for a, b in spans if b > a]
    group = list(doc.spans.get(SPAN_KEY, [])) + found
    doc.spans[SPAN_KEY] = group
    # every span so far, not doc.ents + found: reading doc.ents walks every token of the Doc
    doc.ents = filter_spans(group)
    return doc


def _found(doc: Doc, component: str) -> Doc:
    """``doc`` with the spans of ``component``'s finder (:data:`FINDERS`) added."""
    label, find = FINDERS[component]
    return _add(doc, find(_text(doc)), label)


@Language.component("regkg_docnum")
def docnum_component(doc: Doc) -> Doc:
    """DOCNUM: every 发文字号 (regkg.extract.docnum.find_docnums)."""
    return _found(doc, "regkg_docnum")


@Language.component("regkg_title")
def title_component(doc: Doc) -> Doc:
    """TITLE: every outermost 《…》 (regkg.extract.citations.find_titles)."""
    return _found(doc, "regkg_title")


@Language.component("regkg_org")
def org_component(doc: Doc) -> Doc:
    """ORG: department and body names (市应急管理局, 泸州市人民政府办公室)."""
    return _found(doc, "regkg_org")


@Language.component("regkg_date")
def date_component(doc: Doc) -> Doc:
    """DATE: 2024年9月19日."""
    return _found(doc, "regkg_date")


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
