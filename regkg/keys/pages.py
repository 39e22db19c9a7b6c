"""The file name of each node's page: one rule for the exports, the server's pages and the index that
keeps the names, so a link drawn anywhere finds the page written anywhere.

>>> slug("https://w3id.org/regkg/id/doc/泸市府办发〔2024〕44号")
'doc_泸市府办发〔2024〕44号'
>>> slug("https://w3id.org/regkg/id/doc/x/rule/../../etc")
'doc_x_rule_.._.._etc'

Two IRIs whose stems differ only in case would be one file on a case-insensitive file system: the later
one, in IRI order, takes its rank among all the IRIs as a suffix.

>>> names = PageNames(page_stems(["https://x.org/id/doc/GB-1", "https://x.org/id/doc/a", "https://x.org/id/doc/gb-1"]))
>>> list(names.values())
['doc_GB-1', 'doc_a', 'doc_gb-1_2']
>>> names.iri_of("doc_gb-1_2"), names.iri_of("doc_b")
('https://x.org/id/doc/gb-1', None)
>>> [stem for _, stem in page_stems(["https://x.org/id/doc/X", "https://x.org/id/doc/X_2", "https://x.org/id/doc/x"])]
['doc_X', 'doc_X_2', 'doc_x_3']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from hashlib import blake2b
from typing import Protocol

__all__ = ["slug", "page_stems", "PageNames", "PageNaming"]

# Where data IRIs keep their local part: everything after ".../id/" (the default base) or, for another
# base, after the last of the type segments regkg mints (doc/, ref/, org/).
_LOCAL = re.compile(r"/(?=(?:doc|ref|org)/)")
# Characters kept in a file name: word characters (CJK included), the brackets of a 发文字号, "-" and ".".
_UNSAFE_FILE = re.compile(r"[^\w〔〕\-.]+")


def slug(iri: str) -> str:
    """A file name stem for a node's page: its IRI's local part, with no path separators in it."""
    parts = _LOCAL.split(iri, maxsplit=1)
    local = parts[1] if len(parts) > 1 else iri
    return _UNSAFE_FILE.sub("_", local.replace("/", "_")).strip("_") or "_"


def page_stems(iris: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(IRI, file name stem) of each of ``iris``, given sorted, one at a time: unique without regard to case,
    the same for the same IRIs (what it keeps is the stems taken, not the pairs: an index fills its table
    from this stream)."""
    taken: set[int] = set()
    for iri in iris:
        stem = plain = slug(iri)
        rank, folded = len(taken), _folded(stem)
        while folded in taken:  # case-insensitive file systems; a suffixed stem may be taken too
            stem, rank = f"{plain}_{rank}", rank + 1
            folded = _folded(stem)
        taken.add(folded)
        yield iri, stem


def _folded(stem: str) -> int:
    """A stem as a case-insensitive file system sees it, as 64 bits of its BLAKE2b: what :func:`page_stems`
    keeps of every stem taken (a national corpus's million, ~150 bytes each as lower-cased strings, ~60 as
    these). Two stems that differ sharing 64 bits would give the later a suffix it did not need: the same
    suffix every time, and not seen in a million stems' 2**-25 odds."""
    return int.from_bytes(blake2b(stem.lower().encode("utf-8"), digest_size=8).digest(), "big")


class PageNames(dict):
    """IRI -> page stem, held whole (a view in memory); :meth:`iri_of` goes the other way, as an index's
    table of page names does by SQL."""

    _by_stem: dict[str, str] | None = None

    def iri_of(self, stem: str) -> str | None:
        if self._by_stem is None:
            self._by_stem = {s: iri for iri, s in self.items()}
        return self._by_stem.get(stem)


class PageNaming(Protocol):
    """What links and pages ask of the page names: IRI -> stem as a read-only mapping, and stem -> IRI. A view
    in memory holds them whole (:class:`PageNames`); an index looks each one up."""

    def __getitem__(self, iri: str) -> str: ...

    def get(self, iri: str, default: str | None = None) -> str | None: ...

    def items(self) -> Iterable[tuple[str, str]]: ...

    def values(self) -> Iterable[str]: ...

    def __len__(self) -> int: ...

    def iri_of(self, stem: str) -> str | None: ...
