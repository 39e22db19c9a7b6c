"""The records the extractor produces: frozen dataclasses, each carrying its evidence.

A record's ``to_dict()`` is the JSON object of ``shared/spec/extraction.schema.json``; the fields the
schema does not name (``span``, ``kind``, ``warnings`` …) are additions the schema allows. Every fact
has ``span = (start, end)``: character offsets into the text the extractor read (the input file as
decoded), so ``text[start:end]`` is the sentence given as ``evidence``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = [
    "Span",
    "Validity",
    "Document",
    "Repeal",
    "Citation",
    "LawCitation",
    "Duty",
    "Warning",
    "Gazette",
    "Record",
]

Span = tuple[int, int]


@dataclass(frozen=True)
class Validity:
    """When a document takes effect and, when the text sets a period, its last day in force."""

    from_: str | None
    until: str | None
    evidence: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"from": self.from_, "until": self.until, "evidence": self.evidence, "span": list(self.span)}


@dataclass(frozen=True)
class Document:
    """One document of a gazette: a notice, a 批复, an order …, with the rule it issues, if any."""

    doc_number: str | None
    title: str
    issuers: tuple[str, ...]
    date: str | None
    kind: str | None
    issues_attached: tuple[str, ...]
    in_force: Validity | None
    span: Span
    addressees: tuple[str, ...] = ()
    # printed form of the number, before canonicalisation (「吕政办发 [2020] 69 号」)
    number_as_printed: str | None = None

    @property
    def key(self) -> str:
        """What other records name this document by (``by``): its number, else its title."""
        return self.doc_number or self.title

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_number": self.doc_number,
            "title": self.title,
            "issuers": list(self.issuers),
            "date": self.date,
            "kind": self.kind,
            "issues_attached": list(self.issues_attached),
            "in_force": self.in_force.to_dict() if self.in_force else None,
            "span": list(self.span),
            "addressees": list(self.addressees),
            "number_as_printed": self.number_as_printed,
        }


@dataclass(frozen=True)
class Repeal:
    """A statement that a document or rule is repealed, ceases to apply, or is replaced."""

    by: str
    target_number: str | None
    target_title: str | None
    evidence: str
    span: Span
    cue: str = ""  # the phrase that made it a repeal (同时废止, 停止执行 …)

    def to_dict(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "target_number": self.target_number,
            "target_title": self.target_title,
            "evidence": self.evidence,
            "span": list(self.span),
            "cue": self.cue,
        }


@dataclass(frozen=True)
class Citation:
    """A reference to another document by its 发文字号.

    ``kind`` is ``cites`` (plain mention), ``based_on`` (根据/依据/按照…) or ``replies_to`` (a 批复
    quoting the 请示 it answers).
    """

    by: str
    cited_number: str
    cited_title: str | None
    evidence: str
    span: Span
    kind: str = "cites"

    def to_dict(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "cited_number": self.cited_number,
            "cited_title": self.cited_title,
            "evidence": self.evidence,
            "span": list(self.span),
            "kind": self.kind,
        }


@dataclass(frozen=True)
class LawCitation:
    """A reference by title alone: 《中华人民共和国森林法》."""

    by: str
    cited_title: str
    evidence: str
    span: Span
    kind: str = "cites"

    def to_dict(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "cited_title": self.cited_title,
            "evidence": self.evidence,
            "span": list(self.span),
            "kind": self.kind,
        }


@dataclass(frozen=True)
class Duty:
    """A task assigned to departments: ``lead`` lead it, ``support`` co-operate."""

    by: str
    task: str
    lead: tuple[str, ...]
    support: tuple[str, ...]
    evidence: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "task": self.task,
            "lead": list(self.lead),
            "support": list(self.support),
            "evidence": self.evidence,
            "span": list(self.span),
        }


@dataclass(frozen=True)
class Warning:
    """Something odd in the input that did not stop extraction (an impossible date, …)."""

    kind: str
    message: str
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.message, "span": list(self.span) if self.span else None}


@dataclass(frozen=True)
class Gazette:
    """The gazette issue a file is, when it is one."""

    title: str | None
    issue: str | None
    serial: int | None
    jurisdiction: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "issue": self.issue, "serial": self.serial, "jurisdiction": self.jurisdiction}


@dataclass(frozen=True)
class Record:
    """Everything extracted from one input file."""

    source: str
    gazette: Gazette | None
    documents: tuple[Document, ...]
    repeals: tuple[Repeal, ...]
    citations: tuple[Citation, ...]
    law_citations: tuple[LawCitation, ...]
    duties: tuple[Duty, ...]
    warnings: tuple[Warning, ...] = ()
    encoding: str = "utf-8"
    jurisdiction: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "gazette": self.gazette.to_dict() if self.gazette else None,
            "jurisdiction": self.jurisdiction,
            "encoding": self.encoding,
            "documents": [d.to_dict() for d in self.documents],
            "repeals": [r.to_dict() for r in self.repeals],
            "citations": [c.to_dict() for c in self.citations],
            "law_citations": [c.to_dict() for c in self.law_citations],
            "duties": [d.to_dict() for d in self.duties],
            "warnings": [w.to_dict() for w in self.warnings],
        }
