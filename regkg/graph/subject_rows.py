"""A build's triples between making them and writing them: distinct rows (:mod:`regkg.graph.terms`)
filed by subject, each subject's sorted as Turtle writes them (:mod:`regkg.graph.turtle`).

Filed once, they are what the view reads, what the store is loaded from and what graph.ttl is
written from. One set of all rows (to drop the few the model states twice) and then the Turtle
writer's own filing by subject were both held at once: at 1,000 gazettes (7.5 M triples) the set's
table alone is ~270 MB, the second filing ~100 MB more at the build's peak. A subject's rows are held
as one flat tuple (predicate, object, kind, predicate, …), not a tuple per row: 24 bytes a triple
instead of ~100 (a row's tuple and its place in a list): with the view filing no row tuples either,
a 1,000-gazette build's view step peaked 2,000 -> 1,590 MB. Rows are made again, one at a time, when
asked for.

>>> rows = SubjectRows([("b", "p", "2", ""), ("a", "p", "1", ""), ("b", "p", "2", ""), ("b", "o", "3", "")])
>>> len(rows), [(s, list(r)) for s, r in rows.by_subject()]
(3, [('a', [('a', 'p', '1', '')]), ('b', [('b', 'o', '3', ''), ('b', 'p', '2', '')])])
>>> rows.add([("b", "p", "0", ""), ("b", "p", "2", ""), ("c", "p", "1", "")]); len(rows), sorted(rows)[1:4]
(5, [('b', 'o', '3', ''), ('b', 'p', '0', ''), ('b', 'p', '2', '')])
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from heapq import merge
from itertools import chain, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from regkg.graph.terms import Row

__all__ = ["SubjectRows", "MergedRows"]

_WIDTH = 3  # predicate, object, kind: a row less its subject


def _sorted_distinct(flat: Iterable[str]) -> tuple[str, ...]:
    """A subject's (predicate, object, kind) triples, flattened, sorted and each once."""
    it = iter(flat)
    return tuple(chain.from_iterable(sorted(set(zip(it, it, it)))))


def _holds(flat: tuple[str, ...], row: tuple[str, ...]) -> bool:
    """Whether the sorted flat rows ``flat`` hold ``row`` (predicate, object, kind)."""
    it = iter(flat)
    statements = list(zip(it, it, it))
    at = bisect_left(statements, row)
    return at < len(statements) and statements[at] == row


def _rows(subject: str, flat: tuple[str, ...]) -> Iterator[Row]:
    it = iter(flat)
    return zip(repeat(subject), it, it, it)


class SubjectRows:
    """Distinct rows filed by subject, each subject's in sorted order."""

    def __init__(self, rows: Iterable[Row]) -> None:
        by_subject: dict[str, Any] = defaultdict(list)  # a subject's rows as a list, until packed as a tuple
        for s, p, o, kind in rows:
            by_subject[s] += p, o, kind
        for subject, flat in by_subject.items():  # a few rows each: sorted and made distinct as they are packed
            by_subject[subject] = tuple(flat) if len(flat) == _WIDTH else _sorted_distinct(flat)
        self._by_subject = by_subject
        self._count = sum(map(len, by_subject.values())) // _WIDTH
        # rows added after filing, by subject, each subject's sorted and distinct, merged into its own as
        # they are read: a new tuple for each subject given one more row (a status for every document)
        # was 140 MB of churn at 10,000 gazettes
        self._added: dict[str, tuple[str, ...]] = {}

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Row]:
        """Every row, subjects in no particular order."""
        return chain(chain.from_iterable(_rows(s, flat) for s, flat in self._by_subject.items()),
                     chain.from_iterable(_rows(s, flat) for s, flat in self._added.items()))

    def add(self, rows: Iterable[Row]) -> None:
        """Add ``rows``, each in its subject's sorted place; one already held is not added again."""
        for s, *rest in rows:
            row = tuple(rest)
            if _holds(self._by_subject.get(s, ()), row) or _holds(self._added.get(s, ()), row):
                continue
            self._added[s] = _sorted_distinct((*self._added.get(s, ()), *row))
            self._count += 1

    def by_subject(self) -> Iterator[tuple[str, Iterator[Row]]]:
        """(subject, its rows in order), subjects in sorted order."""
        filed, added = self._by_subject, self._added
        subjects = filed.keys() if added.keys() <= filed.keys() else filed.keys() | added.keys()
        for subject in sorted(subjects):
            flat = filed.get(subject, ())
            if subject in added:
                flat = _sorted_distinct((*flat, *added[subject]))
            yield subject, _rows(subject, flat)


class MergedRows:
    """Rows filed by subject in memory and more filed elsewhere (a large build's duties and evidence
    nodes, read from disk by subject: :func:`regkg.graph.build.duty_rows`), as one filing; no subject
    is in two of them. Each of ``more`` is (a function giving (subject, its sorted rows) by subject,
    called once per pass; how many rows it gives).

    >>> merged = MergedRows(SubjectRows([("a", "p", "1", ""), ("d", "p", "4", "")]),
    ...                     [(lambda: iter([("b", [("b", "p", "2", "")])]), 1),
    ...                      (lambda: iter([("c", [("c", "p", "3", "")])]), 1)])
    >>> len(merged), [s for s, _ in merged.by_subject()], sorted(merged)[1]
    (4, ['a', 'b', 'c', 'd'], ('b', 'p', '2', ''))
    """

    def __init__(self, rows: SubjectRows, more: list[tuple[Callable[[], Iterator[tuple[str, list[Row]]]], int]]) -> None:
        self.rows, self._more = rows, more

    def __len__(self) -> int:
        return len(self.rows) + sum(count for _, count in self._more)

    def __iter__(self) -> Iterator[Row]:
        return chain(self.rows, *(chain.from_iterable(rows for _, rows in filed()) for filed, _ in self._more))

    def by_subject(self) -> Iterator[tuple[str, Iterable[Row]]]:
        return merge(self.rows.by_subject(), *(filed() for filed, _ in self._more), key=itemgetter(0))
