"""The one search box: what a clerk types, resolved as a number first, then searched.

- a 发文字号 typed any way (「泸市府办发[2022]67号」, 「瀘市府辦發〔2024〕9號」, 「泸市府办发〔2022〕67」
  with 号 left off, spaces anywhere) folds to its canonical form (:mod:`regkg.keys.numbers` after
  :func:`regkg.keys.chars.normalise_chars`): when a document has it, the box goes to its page;
- else the results: numbers starting as typed (「泸市府办发[2022]」), then titles and bodies holding
  the text (the index's full-text search), each with its state on the day;
- nothing found: "did you mean" (:func:`regkg.graph.suggest.suggest`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from regkg.errors import DocumentNotFound
from regkg.graph.status import state_on
from regkg.graph.suggest import Suggestion, suggest
from regkg.keys.chars import search_form
from regkg.keys.numbers import canonical
from regkg.server.catalogue import number_prefix

__all__ = ["Hit", "Found", "resolve", "search", "RESULTS"]

RESULTS = 20  # results per page
# Text that is a document's IRI, looked up as is.
_IRI = re.compile(r"^https?://\S+$")


def resolve(view, text: str) -> str | None:
    """The IRI of the document ``text`` names by its number (typed any way) or IRI, or None."""
    text = text.strip()
    if _IRI.match(text):
        return text if text in view.docs else None
    folded = search_form(text)
    for number in dict.fromkeys((canonical(folded), canonical(folded + "号"))):
        if number:
            try:
                return view.find(number).iri
            except DocumentNotFound:
                continue
    return None


@dataclass(frozen=True)
class Hit:
    iri: str
    label: str
    title: str | None
    date: str | None
    in_corpus: bool
    state: str
    how: str  # "number" or "text"


@dataclass(frozen=True)
class Found:
    text: str
    hits: list[Hit] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    page: int = 1
    more: bool = False  # another page of text matches


def search(view, text: str, *, day: str, page: int = 1) -> Found:
    """Documents for ``text`` (see the module), one page, each with its state on ``day``."""
    text = text.strip()
    if not text:
        return Found(text)
    folded = search_form(text)
    iris: dict[str, str] = {}
    if page == 1:
        iris.update((iri, "number") for iri in number_prefix(view, folded, RESULTS))
    matched = view.search(folded, limit=RESULTS + 1, offset=(page - 1) * RESULTS)
    more = len(matched) > RESULTS
    for doc in matched[:RESULTS]:
        iris.setdefault(doc.iri, "text")
    view.docs.prefetch(iris)
    hits = []
    for iri, how in iris.items():
        doc = view.docs[iri]
        target = view.docs[doc.notice] if doc.notice else doc  # an attached rule has its notice's state
        hits.append(Hit(iri, doc.label, doc.title, doc.date, doc.in_corpus, state_on(view, target, day), how))
    suggestions = suggest(view, text, as_of=day) if not hits and page == 1 else []
    return Found(text, hits, suggestions, page, more)
