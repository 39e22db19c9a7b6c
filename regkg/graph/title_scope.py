"""Which document a title-only reference (《…》 with no 发文字号) names: the candidates the title index
offers (exact on the normalised title, else fuzzy), kept only when in scope — of the area the title
names, else of the citing document's area or one above it, and not dated after the citing document.

>>> from regkg.graph.model import DocNode
>>> from regkg.graph.places import Places
>>> docs = {"a": DocNode("a", title="泸州市某预案", jurisdiction="泸州市", in_corpus=True, date="2020-01-01"),
...         "b": DocNode("b", title="关于某事的通知", jurisdiction="泸州市", in_corpus=True, date="2024-01-01")}
>>> scope = TitleScope(docs, Places.from_data())
>>> for node in docs.values():
...     scope.index(node)
>>> scope.find("泸州市某预案", citing="b")
('a', 'title-exact', 1.0)
>>> scope.find("泸州市某预案", citing="a") is None  # a document does not cite itself
True
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping

from regkg.graph.model import DocNode
from regkg.graph.places import Places
from regkg.graph.titles import TitleIndex
from regkg.keys.numbers import year_of
from regkg.keys.titles import named_titles, title_key

__all__ = ["TitleScope"]

Match = tuple[str, str, float]  # (IRI, method, confidence)


class TitleScope:
    """The corpus's titles by jurisdiction, and the scoped look-up of a title-only reference."""

    def __init__(self, docs: Mapping[str, DocNode], places: Places) -> None:
        self.docs, self.places = docs, places
        # one title index per jurisdiction (None: documents of no known area), so a reference is only
        # compared with the titles of the areas in its scope
        self.indexes: dict[str | None, TitleIndex] = defaultdict(TitleIndex)
        self._cache: dict[tuple[str, tuple[str | None, ...]], list[Match]] = {}

    def index(self, node: DocNode) -> None:
        """Index ``node`` under its title, other titles printed for it, its attached rules, and the
        titles these name in 《》."""
        index = self.indexes[node.jurisdiction]
        for key in self._keys(node):
            index.add(key, node.iri)

    def unindex(self, node: DocNode) -> None:
        """Take ``node`` out of the index, as :meth:`index` put it in."""
        index = self.indexes[node.jurisdiction]
        for key in self._keys(node):
            index.remove(key, node.iri)
        self._cache.clear()

    @staticmethod
    def _keys(node: DocNode) -> Iterator[str]:
        for title in (node.title, *sorted(node.alt_titles), *node.attached):
            if title:
                yield title_key(title)
                yield from named_titles(title)

    def find(self, title: str, citing: str) -> Match | None:
        """The best document in scope for ``title`` cited by ``citing``, or None."""
        for iri, method, confidence in self._candidates(title_key(title), self._areas(title, citing)):
            if self._in_scope(iri, citing, title):
                return iri, method, confidence
        return None

    def _areas(self, title: str, citing: str) -> tuple[str | None, ...]:
        """The jurisdictions a title-only reference may name: the area the title names, else the
        citing document's area and those above it; documents of no known area always."""
        named_area = self.places.of_name(title)
        areas = [named_area] if named_area else self.places.chain(self.docs[citing].jurisdiction)
        return (*areas, None)

    def _candidates(self, key: str, areas: tuple[str | None, ...]) -> list[Match]:
        """Exact matches (by preference), then fuzzy ones (best first), before the date check;
        cached, since the same law is cited by many documents."""
        cached = self._cache.get((key, areas))
        if cached is None:
            exact = [iri for area in areas for iri in self.indexes[area].exact(key)]
            fuzzy = sorted(
                (hit for area in areas for hit in self.indexes[area].fuzzy(key)), key=lambda si: (-si[0], si[1])
            )
            cached = [(iri, "title-exact", 1.0) for iri in self._preferred(exact)]
            cached += [(iri, "title-fuzzy", round(score, 3)) for score, iri in fuzzy if iri not in exact]
            self._cache[(key, areas)] = cached
        return cached

    def _in_scope(self, candidate: str, citing: str, title: str) -> bool:
        """A candidate must be another document, of the area the title names (else of the citing
        document's area or above), and not dated after the citing document."""
        if candidate == citing:
            return False
        cand, by = self.docs[candidate], self.docs[citing]
        named_area = self.places.of_name(title)
        if cand.jurisdiction:
            if named_area and cand.jurisdiction != named_area:
                return False
            if not named_area and by.jurisdiction and cand.jurisdiction not in self.places.chain(by.jurisdiction):
                return False
        cand_when = cand.date or str(year_of(cand.number or "") or "")
        by_when = by.date or str(year_of(by.number or "") or "")
        return not (cand_when and by_when and cand_when[:4] > by_when[:4]) and not (
            cand.date and by.date and cand.date > by.date
        )

    def _preferred(self, candidates: list[str]) -> list[str]:
        """Exact matches in order of preference: documents the corpus holds, then the latest, then IRI."""
        docs = self.docs
        return sorted(set(candidates), key=lambda i: (docs[i].in_corpus, docs[i].date or "", i), reverse=True)
