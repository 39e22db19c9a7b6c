"""Every 发文字号 the corpus prints, on disk, not in memory: resolution gathers them in its first pass
over the records (:mod:`regkg.graph.resolve`) and reads them back twice, to make nodes for the
documents cited by number and to find numbers printed with two titles
(:mod:`regkg.graph.corpus_warnings`). At 1,000 generated gazettes they are 127,000 numbers with their
titles, ~11 MB traced, held through the whole of resolution and growing with the corpus.

>>> table = PrintedTable()
>>> table.extend([Printed("a.txt", "泸市府发〔2024〕1号", "某办法", (3, 9), False),
...               Printed("b.txt", "泸市府发〔2024〕1号", None, None, True)])
>>> [(p.source, p.title, p.span, p.cited) for p in table]
[('a.txt', '某办法', (3, 9), False), ('b.txt', None, None, True)]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from regkg.graph.corpus_warnings import Printed
from regkg.graph.scratch import ScratchDatabase, in_list, json_list, span_columns, span_of
from regkg.keys.numbers import number_key
from regkg.keys.titles import title_key

__all__ = ["PrintedTable"]

# with each printing its number's and title's keys (regkg.keys), made once as it is filed: the corpus's
# check for numbers printed with two titles (regkg.graph.corpus_warnings) asks them of every printing
_SCHEMA = ("CREATE TABLE printed(source TEXT, number TEXT, title TEXT, span_start INTEGER, span_end INTEGER, "
           "cited INTEGER, number_key TEXT, title_key TEXT);")
_INSERT = "INSERT INTO printed VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
_COLUMNS = "source, number, title, span_start, span_end, cited"


class PrintedTable(ScratchDatabase):
    """Numbers as printed, read back in source order (first printings come first), each file's in the
    order filed: the same whether an update's were filed after the earlier build's or all at once."""

    def __init__(self) -> None:
        super().__init__(_SCHEMA)

    def extend(self, printed: Iterable[Printed]) -> None:
        for p in printed:
            self.put(_INSERT, (p.source, p.number, p.title, *span_columns(p.span), p.cited, number_key(p.number),
                               title_key(p.title) if p.title else None))

    def __iter__(self) -> Iterator[Printed]:
        return self._rows(f"SELECT {_COLUMNS} FROM printed ORDER BY source, rowid")

    def titled_twice(self) -> set[str]:
        """The numbers (keys) printed beside two titles that differ once folded (:func:`title_key`)."""
        return {key for (key,) in self.sql("SELECT number_key FROM printed WHERE title_key IS NOT NULL "
                                           "GROUP BY number_key HAVING COUNT(DISTINCT title_key) > 1")}

    def printings(self, keys: Iterable[str]) -> Iterator[tuple[str, Printed]]:
        """(number key, printing) of the numbers ``keys``, in source order."""
        for key, *row in self.sql(f"SELECT number_key, {_COLUMNS} FROM printed WHERE {in_list('number_key')} "
                                  "ORDER BY source, rowid", (json_list(keys),)):
            yield key, self._printed(*row)

    def _rows(self, query: str) -> Iterator[Printed]:
        for row in self.sql(query):
            yield self._printed(*row)

    @staticmethod
    def _printed(source: str, number: str, title: str | None, start: int | None, end: int | None, cited: int) -> Printed:
        return Printed(source, number, title, span_of(start, end), bool(cited))
