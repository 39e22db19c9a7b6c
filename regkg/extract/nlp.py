"""spaCy as the container: a ``spacy.blank("zh")`` pipeline with regkg's own registered components.

Each component runs one of the extractor's finders over ``doc.text`` and sets typed spans — DOCNUM,
TITLE, ORG, DATE — in ``doc.spans["regkg"]`` (overlaps allowed) and the non-overlapping ones in
``doc.ents``, with character offsets. The tokenizer makes one token per character, so a character
offset is a token index and ``doc.char_span`` never has to guess; it also skips spaCy's Chinese
segmenter, which costs more than all the finders together (see ``benchmarks/bench_extract.py``).

The extractor itself works on strings; Docs are for anyone who wants regkg's spans inside their own
spaCy pipeline (and for ``kg.view`` in a notebook). The evidence marked on tens of thousands of
document pages uses :func:`entity_spans`: the same finders and the same choice of spans, no Doc.

>>> doc = annotate("根据《中华人民共和国森林法》和泸市府办规〔2024〕7号,市应急管理局于2024年9月19日发布。")
>>> [(e.label_, e.text) for e in doc.ents]
[('TITLE', '《中华人民共和国森林法》'), ('DOCNUM', '泸市府办规〔2024〕7号'), ('ORG', '市应急管理局'), ('DATE', '2024年9月19日')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from regkg.extract.citations import find_titles
from regkg.extract.docnum import find_docnums
from regkg.extract.duty_finder import ORG_LIST
from regkg.extract.segment import DATE

__all__ = ["CharTokenizer", "make_nlp", "annotate", "entity_spans", "SPAN_KEY", "COMPONENTS", "FINDERS"]

SPAN_KEY = "regkg"
_TEXT = "regkg_text"  # Doc.user_data key: the text the Doc was made from
_ORG = re.compile(r"(?:市|县|区|省|国家)[\u4e00-\u9fff]{1,14}?(?:委员会|办公室|局|委|办|厅|中心|公司)")


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


def _docnums(text: str) -> list[tuple[int, int]]:
    return [(d.start, d.end) for d in find_docnums(text)]


def _titles(text: str) -> list[tuple[int, int]]:
    return [(t.start, t.end) for t in find_titles(text)]


def _orgs(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _ORG.finditer(text) if ORG_LIST.fullmatch(m.group())]


def _dates(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in DATE.finditer(text)]


# Component -> (label, finder of character spans), in pipeline order.
FINDERS: dict[str, tuple[str, Callable[[str], list[tuple[int, int]]]]] = {
    "regkg_docnum": ("DOCNUM", _docnums),
    "regkg_title": ("TITLE", _titles),
    "regkg_org": ("ORG", _orgs),
    "regkg_date": ("DATE", _dates),
}
COMPONENTS = tuple(FINDERS)


@Language.component("regkg_docnum")
def docnum_component(doc: Doc) -> Doc:
    """DOCNUM: every 发文字号 (regkg.extract.docnum.find_docnums)."""
    return _add(doc, _docnums(_text(doc)), "DOCNUM")


@Language.component("regkg_title")
def title_component(doc: Doc) -> Doc:
    """TITLE: every outermost 《…》 (regkg.extract.citations.find_titles)."""
    return _add(doc, _titles(_text(doc)), "TITLE")


@Language.component("regkg_org")
def org_component(doc: Doc) -> Doc:
    """ORG: department and body names (市应急管理局, 泸州市人民政府办公室)."""
    return _add(doc, _orgs(_text(doc)), "ORG")


@Language.component("regkg_date")
def date_component(doc: Doc) -> Doc:
    """DATE: 2024年9月19日."""
    return _add(doc, _dates(_text(doc)), "DATE")


def entity_spans(text: str) -> list[tuple[int, int, str]]:
    """``[(e.start_char, e.end_char, e.label_) for e in annotate(text).ents]`` without making a Doc:
    the same finders, and the same choice among overlapping spans as ``spacy.util.filter_spans``
    (longest first, then earliest; a span is dropped when its first or last character is taken).
    A page of evidence marks every sentence it shows; a Doc per sentence costs ~0.5 ms.

    >>> entity_spans("市应急管理局于2024年9月19日发布")
    [(0, 6, 'ORG'), (7, 17, 'DATE')]
    """
    spans = [(a, b, label) for label, find in FINDERS.values() for a, b in find(text) if b > a]
    ordered = sorted(spans, key=lambda s: (s[1] - s[0], -s[0]), reverse=True)  # stable, as filter_spans
    taken: set[int] = set()
    kept = []
    for span in ordered:
        if span[0] not in taken and span[1] - 1 not in taken:
            kept.append(span)
            taken.update(range(span[0], span[1]))
    return sorted(kept, key=lambda s: s[0])


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
