"""regkg's exceptions: one small hierarchy, turned into CLI messages in one place (``regkg.cli``) and
into HTTP answers in another (``regkg.server``, :class:`Rejected`).

>>> Rejected(400, "malformed SPARQL query: Expected end of text, " + chr(10) + "  found 'X'").message
"malformed SPARQL query: Expected end of text, found 'X'"
"""

from __future__ import annotations

import unicodedata

__all__ = ["RegkgError", "InputError", "DocumentNotFound", "QueryError", "StoreError", "OutputError", "PushError",
           "Rejected", "one_line"]

# Characters that break or hide part of a line on a terminal: controls (a newline in a file name),
# format characters (bidi overrides, zero-width joiners) and the line and paragraph separators.
_UNSHOWN = frozenset({"Cc", "Cf", "Zl", "Zp"})


def one_line(text: str) -> str:
    r"""``text`` with every character that would break or hide part of the line escaped as Python
    writes it in a string literal, so an error naming ``a\nb.txt`` stays one line. Chinese, spaces
    and punctuation are kept as they are.

    >>> print(one_line("gazettes/泸州\n2024.txt: not a gazette"))
    gazettes/泸州\n2024.txt: not a gazette
    >>> one_line("a\u202eb\tc") == "a\\u202eb\\tc"
    True
    """
    if not any(unicodedata.category(c) in _UNSHOWN for c in text):
        return text
    return "".join(repr(c)[1:-1] if unicodedata.category(c) in _UNSHOWN else c for c in text)


class RegkgError(Exception):
    """Base class of every error regkg raises on purpose."""


class InputError(RegkgError):
    """An input file could not be read or is not a gazette; names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{one_line(str(path))}: {reason}")
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
