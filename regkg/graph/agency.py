"""Who issued a document the corpus only cites: inferred from its 机关代字.

Two sources, in order: what the corpus prints (a document's own number and signature; a citation that
prints a title opening with the issuer, 《山西省人民政府办公厅关于…》(晋政办发〔2021〕12号)), then the
code → issuer table of :mod:`regkg.keys.numbers` (国发 -> 国务院).

>>> table = IssuerTable.from_data()
>>> table.learn("临政办发", "临汾市人民政府办公室")
>>> table.infer("临政办发")
('临汾市人民政府办公室', 'learned from the corpus')
>>> table.infer("国发")
('国务院', 'agency-code table')
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from regkg.keys.numbers import issuers

__all__ = ["IssuerTable"]


@dataclass
class IssuerTable:
    """机关代字 -> issuer: learned pairs first, then the data table."""

    table: dict[str, str]
    learned: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    @classmethod
    def from_data(cls) -> "IssuerTable":
        return cls(dict(issuers()))

    def learn(self, code: str | None, issuer: str | None) -> None:
        if code and issuer:
            self.learned[code][issuer] += 1

    def infer(self, code: str | None) -> tuple[str, str] | None:
        """(issuer, how it was found), or None when neither the corpus nor the table knows the code."""
        if not code:
            return None
        seen = self.learned.get(code)
        if seen:
            # most frequent, ties broken by name so the result is deterministic
            issuer = sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            return issuer, "learned from the corpus"
        if code in self.table:
            return self.table[code], "agency-code table"
        return None
