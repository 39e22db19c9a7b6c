"""Stable IRIs for everything the graph names, under a configurable base.

A numbered document's IRI is its canonical 发文字号, so the same number is one node in every build and
every gazette; a document without a number is named by a hash of issuer + date + title. IRIs keep
Chinese characters readable (IRIs, not URIs) and percent-encode only what an IRI cannot hold.

>>> m = Minter("https://example.org/kg/")
>>> m.document(number="泸市府办发〔2022〕67号")
'https://example.org/kg/doc/泸市府办发〔2022〕67号'
>>> m.organization("泸州市", "泸州市生态环境局")
'https://example.org/kg/org/泸州市/泸州市生态环境局'
>>> m.document(issuer="泸州市人民政府", date="2024-01-01", title="某通知") == m.document(
...     issuer="泸州市人民政府", date="2024-01-01", title="某通知")
True
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from urllib.parse import quote

__all__ = ["DEFAULT_BASE", "Minter"]

# Default base for data IRIs; `regkg build --base-iri` overrides it.
DEFAULT_BASE = "https://w3id.org/regkg/id/"

# Hex digits of SHA-1 kept in hashed IRIs: 64 bits, no collision risk at gazette scale.
_HASH_CHARS = 16

# Characters an IRI path segment cannot hold unescaped (RFC 3987 minus the ASCII unreserved set),
# plus "/" "?" "#" "%" which would change the IRI's structure.
_UNSAFE = set(' <>"{}|\\^`/?#%[]') | {chr(c) for c in range(0x20)} | {"\x7f"}


@lru_cache(maxsize=1 << 16)  # bodies, places and sources are named again and again
def _segment(text: str) -> str:
    return "".join(quote(ch, safe="") if ch in _UNSAFE else ch for ch in text.strip())


def _digest(*parts: object) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:_HASH_CHARS]


class Minter:
    """Makes the graph's IRIs from what identifies each thing; same input, same IRI."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"
        # what every evidence node's and duty's IRI begins with, and no other's: graph.ttl holds each kind
        # in one run of subjects (regkg.graph.turtle_splice)
        self.evidence_prefix, self.duty_prefix = f"{self.base}evidence/", f"{self.base}duty/"

    def document(
        self,
        *,
        number: str | None = None,
        issuer: str | None = None,
        date: str | None = None,
        title: str | None = None,
    ) -> str:
        """A document: by canonical number, else by issuer + date + title."""
        if number:
            return f"{self.base}doc/{_segment(number)}"
        return f"{self.base}doc/n/{_digest(issuer, date, title)}"

    def reference(self, title_key: str) -> str:
        """An unresolved title-only reference, one per distinct normalised title."""
        return f"{self.base}ref/{_digest(title_key)}"

    def rule(self, notice: str, title_key: str) -> str:
        """An attached rule of a covering notice."""
        return f"{notice}/rule/{_digest(title_key)}"

    def organization(self, jurisdiction: str | None, name: str) -> str:
        """A body, scoped by its jurisdiction: 市生态环境局 in 泸州 and in 临汾 are two IRIs."""
        return f"{self.base}org/{_segment(jurisdiction or '_')}/{_segment(name)}"

    def jurisdiction(self, name: str) -> str:
        return f"{self.base}place/{_segment(name)}"

    def source(self, name: str) -> str:
        return f"{self.base}source/{_segment(name)}"

    def evidence(self, *parts: object) -> str:
        """An evidence node, named by what it states and where."""
        return f"{self.evidence_prefix}{_digest(*parts)}"

    def duty(self, *parts: object) -> str:
        return f"{self.duty_prefix}{_digest(*parts)}"

    def warning(self, *parts: object) -> str:
        """A warning, named by its kind, what it says, where and about what."""
        return f"{self.base}warning/{_digest(*parts)}"
