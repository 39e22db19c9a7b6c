"""Who issued a document the corpus only cites: inferred from its 机关代字.

Two sources, in order: what the corpus prints (a document's own number and signature; a citation that
prints a title opening with the issuer, 《山西省人民政府办公厅关于…》(晋政办发〔2021〕12号)), then the
table in ``data/agency_codes.json`` (国发 -> 国务院).

>>> table = IssuerTable.from_data()
>>> table.learn("临政办发", "临汾市人民政府办公室")
>>> table.infer("临政办发")
('临汾市人民政府办公室', 'learned from the corpus')
>>> table.infer("国发")
('国务院', 'agency-code table')
>>> issuer_in_title("山西省人民政府办公厅关于印发山西省政府购买服务实施办法的通知")
'山西省人民政府办公厅'
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib.resources import files

__all__ = ["IssuerTable", "issuer_in_title"]

# A cited title that opens with its issuer: 「X关于…」 where X ends like the name of a body.
_ISSUER_IN_TITLE = re.compile(
    r"^(?P<issuer>[^《》〈〉关]{2,30}?(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|局|厅|部|委|署|院))"
    r"(?:[、,][^关]{2,30})?关于"
)


def issuer_in_title(title: str | None) -> str | None:
    """The issuer a title opens with (the first of several for a joint title), or None."""
    if not title:
        return None
    match = _ISSUER_IN_TITLE.match(title.strip().lstrip("《"))
    return match["issuer"] if match else None


@dataclass
class IssuerTable:
    """机关代字 -> issuer: learned pairs first, then the data table."""

    table: dict[str, str]
    learned: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    @classmethod
    def from_data(cls) -> "IssuerTable":
        data = json.loads((files("regkg.graph") / "data" / "agency_codes.json").read_text("utf-8"))
        return cls({k: v for k, v in data.items() if not k.startswith("_")})

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
