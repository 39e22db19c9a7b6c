"""RDF stores opened only when first used: a graph opened through its index answers every question
without its store, and a large build's store is made only if something asks SPARQL of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from regkg.graph.store import Store
    from regkg.graph.subject_rows import SubjectRows
    from regkg.graph.terms import Row

__all__ = ["DeferredStore", "PendingStore"]


class DeferredStore:
    """The RDF store of a graph opened through its index, opened on first use (SPARQL, Turtle,
    rdflib): a question never needs it. Its size is build.json's, known without opening it."""

    def __init__(self, opener: Callable[[], Store], triples: int | None) -> None:
        self._opener, self._triples, self._store = opener, triples, None

    def opened(self) -> Store:
        if self._store is None:
            self._store = self._opener()
        return self._store

    def __getattr__(self, name: str) -> Any:  # what is not here is the store's
        return getattr(self.opened(), name)

    def __len__(self) -> int:
        return self._triples if self._triples is not None else len(self.opened())


class PendingStore(DeferredStore):
    """The Oxigraph store ``auto`` gives a large graph a build made, made only when asked for (SPARQL,
    rdflib): copying the rows into it took 42 s and 2.3 GB of a 1,000-gazette build (7.6 M triples) that
    then only writes files. Made from the build's rows while the graph holds them, from the graph.ttl it
    wrote once they are dropped (:meth:`written`)."""

    kind = "oxigraph"
    path: Path | None = None  # in memory, like the store it stands for
    home: Path | None = None

    def __init__(self, rows: SubjectRows) -> None:
        super().__init__(lambda: self._from(rows), len(rows))

    @staticmethod
    def _from(rows: Iterable[Row]) -> Store:
        from regkg.graph.store import OxigraphStore

        store = OxigraphStore()
        store.add(rows)
        return store

    def spilled(self, turtle: IO[bytes]) -> None:
        """The rows are in the temporary file ``turtle`` now, and no longer held: the store is read from it."""
        if self._store is None:
            from regkg.graph.store import load_turtle

            self._opener = lambda: load_turtle(turtle, "oxigraph")

    def written(self, ttl: Path) -> None:
        """The rows are in ``ttl`` now: the store is read from it."""
        if self._store is None:
            from regkg.graph.store import load_turtle

            self._opener = lambda: load_turtle(ttl, "oxigraph")
