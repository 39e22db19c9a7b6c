"""A build's triples between making them and writing them: distinct rows (:mod:`regkg.graph.terms`)
filed by subject, each subject's sorted as Turtle writes them (:mod:`regkg.graph.turtle`).

Filed once, they are what the view reads, what the store is loaded from and what graph.ttl is
written from. One set of all rows (to drop the few the model states twice) and then the Turtle
writer's own filing by subject were both held at once: at 1,000 gazettes (7.5 M triples) the set's
table alone is ~270 MB, the second filing ~100 MB more at the build's peak.

>>> rows = SubjectRows([("b", "p", "2", ""), ("a", "p", "1", ""), ("b", "p", "2", ""), ("b", "o", "3", "")])
>>> len(rows), list(rows.by_subject())
(3, [('a', [('a', 'p', '1', '')]), ('b', [('b', 'o', '3', ''), ('b', 'p', '2', '')])])
>>> rows.add([("b", "p", "0", ""), ("b", "p", "2", ""), ("c", "p", "1", "")]); len(rows), dict(rows.by_subject())["b"]
(5, [('b', 'o', '3', ''), ('b', 'p', '0', ''), ('b', 'p', '2', '')])
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regkg.graph.terms import Row

__all__ = ["SubjectRows"]


class SubjectRows:
    """Distinct rows filed by subject, each subject's in sorted order."""

    def __init__(self, rows: Iterable[Row]) -> None:
        by_subject: dict[str, list[Row]] = defaultdict(list)
        for row in rows:
            by_subject[row[0]].append(row)
        for subject, statements in by_subject.items():  # a few rows each: sorted and made distinct at once
            if len(statements) > 1:
                by_subject[subject] = sorted(set(statements))
        self._by_subject = by_subject
        self._count = sum(map(len, by_subject.values()))

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Row]:
        """Every row, subjects in no particular order."""
        return chain.from_iterable(self._by_subject.values())

    def add(self, rows: Iterable[Row]) -> None:
        """Add ``rows``, each in its subject's sorted place; one already held is not added again."""
        for row in rows:
            statements = self._by_subject[row[0]]
            at = bisect_left(statements, row)
            if at == len(statements) or statements[at] != row:
                statements.insert(at, row)
                self._count += 1

    def by_subject(self) -> Iterator[tuple[str, list[Row]]]:
        """(subject, its sorted rows), subjects in sorted order."""
        for subject in sorted(self._by_subject):
            yield subject, self._by_subject[subject]
