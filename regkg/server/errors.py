"""The one exception the server's layers raise for a request they refuse.

>>> Rejected(400, "malformed SPARQL query: Expected end of text, " + chr(10) + "  found 'X'").message
"malformed SPARQL query: Expected end of text, found 'X'"
"""

from __future__ import annotations

__all__ = ["Rejected"]


class Rejected(Exception):
    """A request the endpoint refuses: an HTTP status and a one-line message for the client (parser
    messages come with line breaks and indentation; a client shows the first line only)."""

    def __init__(self, status: int, message: str) -> None:
        message = " ".join(message.split())
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message
