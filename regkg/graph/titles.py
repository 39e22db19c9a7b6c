"""Find documents by title: exact on the normalised key, else fuzzy over candidates that share
enough character pairs (so 5,000 titles are not each compared with every reference).

>>> index = TitleIndex()
>>> index.add("泸州市重污染天气应急预案(2021修订)", "doc:a")
>>> index.add("泸州市重污染天气应急预案(2024年修订)", "doc:b")
>>> index.exact("泸州市重污染天气应急预案(2021修订)")
['doc:a']
>>> [(iri, round(score, 2)) for score, iri in index.fuzzy("泸州市重污天气应急预案(2021修订)")]
[('doc:a', 0.97)]
"""

from __future__ import annotations

from array import array
from collections import Counter
from difflib import SequenceMatcher

from regkg.keys.titles import years

__all__ = ["TitleIndex", "FUZZY_THRESHOLD"]

# Lowest similarity (difflib ratio) a title-only reference needs to resolve fuzzily. 「重污天气」 for
# 「重污染天气」 scores 0.97; two different plans of one city typically score below 0.8.
FUZZY_THRESHOLD = 0.85

# Share of a reference's character pairs a candidate must contain to be compared at all.
_BLOCKING_SHARE = 0.5


def _pairs(key: str) -> set[str]:
    return {key[i : i + 2] for i in range(len(key) - 1)}


class TitleIndex:
    """Normalised title keys -> document IRIs.

    Held compactly, since it lives through a whole build's resolution: a key is a number, a pair's
    keys an array of those numbers (4 bytes each), and a key names one IRI as a string, more as a
    tuple. A set of key strings per pair and a set of IRIs per key were 117 MB of a 1,000-gazette
    build's resolution (of 385 MB), growing with the corpus.
    """

    def __init__(self) -> None:
        self._exact: dict[str, str | tuple[str, ...]] = {}
        self._keys: list[str] = []  # a key's number -> the key
        self._by_pair: dict[str, array[int]] = {}

    def add(self, key: str, iri: str) -> None:
        if not key:
            return
        held = self._exact.get(key)
        if held is None:
            number = len(self._keys)
            self._keys.append(key)
            for pair in _pairs(key):
                self._by_pair.setdefault(pair, array("I")).append(number)
            self._exact[key] = iri
        elif isinstance(held, str):
            if held != iri:
                self._exact[key] = (held, iri)
        elif iri not in held:
            self._exact[key] = (*held, iri)

    def remove(self, key: str, iri: str) -> None:
        """``key`` no longer names ``iri`` (a document an update resolves anew); the key's number stays,
        naming no document until one is added under it again."""
        held = self._iris(key)
        if iri in held:
            self._exact[key] = tuple(i for i in held if i != iri)

    def exact(self, key: str) -> list[str]:
        return sorted(self._iris(key))

    def _iris(self, key: str) -> tuple[str, ...]:
        held = self._exact.get(key, ())
        return (held,) if isinstance(held, str) else held

    def fuzzy(self, key: str, threshold: float = FUZZY_THRESHOLD) -> list[tuple[float, str]]:
        """(score, IRI) of titles at least ``threshold`` similar and printing the same years, best first."""
        pairs = _pairs(key)
        if not pairs:
            return []
        counts: Counter[int] = Counter()
        for pair in pairs:  # counted in C: a pair such as 「关于」 is in most titles of a corpus
            counts.update(self._by_pair.get(pair, ()))
        wanted_years = years(key)
        scored: dict[str, float] = {}
        least = _BLOCKING_SHARE * len(pairs)
        matcher = SequenceMatcher(None, key, autojunk=False)  # the reference first, as ratio() was always asked
        for number, shared in counts.items():
            if shared < least:
                continue
            candidate = self._keys[number]
            if years(candidate) != wanted_years:
                continue
            matcher.set_seq2(candidate)
            # each ratio bounds the next from above: the cheap ones rule most candidates out
            if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                continue
            score = matcher.ratio()
            if score >= threshold:
                for iri in self._iris(candidate):
                    scored[iri] = max(score, scored.get(iri, 0.0))
        return sorted(((s, i) for i, s in scored.items()), key=lambda si: (-si[0], si[1]))
