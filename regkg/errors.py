"""regkg's exceptions: one small hierarchy, turned into CLI messages in one place (``regkg.cli``) and
into HTTP answers in another (``regkg.server``, :class:`Rejected`).

>>> Rejected(400, "malformed SPARQL query: Expected end of text, " + chr(10) + "  found 'X'").message
"malformed SPARQL query: Expected end of text, found 'X'"
"""

from __future__ import annotations

__all__ = ["RegkgError", "InputError", "DocumentNotFound", "QueryError", "StoreError", "OutputError", "PushError",
           "Rejected"]


class RegkgError(Exception):
    """Base class of every error regkg raises on purpose."""


class InputError(RegkgError):
    """An input file could not be read or is not a gazette; names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class DocumentNotFound(RegkgError, KeyError):
    """No document in the graph has this number, IRI or title."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else "document not found"


class QueryError(RegkgError):
    """A SPARQL query is malformed, not allowed, or over its limits."""


class StoreError(RegkgError):
    """The graph store could not be opened, read or written."""


class OutputError(RegkgError):
    """An output folder could not be written (read-only, full, a file in the way, another build at
    work in it); names the path and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"cannot write {path}: {reason}")
        self.path = path
        self.reason = reason


class PushError(RegkgError):
    """The endpoint refused the graph, or holds a different number of triples after the push."""


class Rejected(RegkgError):
    """A request the SPARQL endpoint refuses: an HTTP status and a one-line message for the client
    (parser messages come with line breaks and indentation; a client shows the first line only)."""

    def __init__(self, status: int, message: str) -> None:
        message = " ".join(message.split())
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message
