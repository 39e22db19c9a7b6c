"""The records the extractor produces: frozen dataclasses, each carrying its evidence.

A record's ``to_dict()`` is the JSON object of ``shared/spec/extraction.schema.json``; the fields the
schema does not name (``span``, ``kind``, ``warnings`` …) are additions the schema allows. Every fact
has ``span = (start, end)``: character offsets into the text the extractor read (the input file as
decoded), so ``text[start:end]`` is the sentence given as ``evidence``. ``from_dict`` also reads the
small records people write by hand (tests, examples): what they leave out is empty, a span None.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

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
    "RecordLine",
    "as_record",
]

Span = tuple[int, int]


def _span(v: Any) -> Span | None:
    """A span read from JSON (a list; a record holds the tuple); None where a hand-made record gives none."""
    if not v or len(v) != 2:
        return None
    start, end = v
    return (int(start), int(end))


def _list(span: Span | None) -> list[int] | None:
    return list(span) if span else None


@dataclass(frozen=True)
class Validity:
    """When a document takes effect and, when the text sets a period, its last day in force."""

    from_: str | None
    until: str | None
    evidence: str
    span: Span | None

    def to_dict(self) -> dict[str, Any]:
        return {"from": self.from_, "until": self.until, "evidence": self.evidence, "span": _list(self.span)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Validity:
        return cls(d.get("from"), d.get("until"), d.get("evidence", ""), _span(d.get("span")))


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
    span: Span | None
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
            "span": _list(self.span),
            "addressees": list(self.addressees),
            "number_as_printed": self.number_as_printed,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Document:
        return cls(
            d.get("doc_number"),
            d.get("title", ""),
            tuple(d.get("issuers") or ()),
            d.get("date"),
            d.get("kind"),
            tuple(d.get("issues_attached") or ()),
            Validity.from_dict(d["in_force"]) if d.get("in_force") else None,
            _span(d.get("span")),
            tuple(d.get("addressees") or ()),
            d.get("number_as_printed"),
        )


@dataclass(frozen=True)
class Repeal:
    """A statement that a document or rule is repealed, ceases to apply, or is replaced."""

    by: str
    target_number: str | None
    target_title: str | None
    evidence: str
    span: Span | None
    cue: str = ""  # the phrase that made it a repeal (同时废止, 停止执行 …)
    partial: bool = False  # 「删去第八条」: part of the target is repealed; the rest stays in force

    def to_dict(self) -> dict[str, Any]:
        out = {
            "by": self.by,
            "target_number": self.target_number,
            "target_title": self.target_title,
            "evidence": self.evidence,
            "span": _list(self.span),
            "cue": self.cue,
        }
        if self.partial:
            out["partial"] = True
        return out

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Repeal:
        return cls(d.get("by", ""), d.get("target_number"), d.get("target_title"), d.get("evidence", ""), _span(d.get("span")),
                   d.get("cue", ""), bool(d.get("partial", False)))


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
    span: Span | None
    kind: str = "cites"

    def to_dict(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "cited_number": self.cited_number,
            "cited_title": self.cited_title,
            "evidence": self.evidence,
            "span": _list(self.span),
            "kind": self.kind,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Citation:
        return cls(d.get("by", ""), d.get("cited_number", ""), d.get("cited_title"), d.get("evidence", ""), _span(d.get("span")), d.get("kind", "cites"))


@dataclass(frozen=True)
class LawCitation:
    """A reference by title alone: 《中华人民共和国森林法》."""

    by: str
    cited_title: str
    evidence: str
    span: Span | None
    kind: str = "cites"

    def to_dict(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "cited_title": self.cited_title,
            "evidence": self.evidence,
            "span": _list(self.span),
            "kind": self.kind,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> LawCitation:
        return cls(d.get("by", ""), d.get("cited_title", ""), d.get("evidence", ""), _span(d.get("span")), d.get("kind", "cites"))


@dataclass(frozen=True)
class Duty:
    """A task assigned to departments: ``lead`` lead it, ``support`` co-operate."""

    by: str
    task: str
    lead: tuple[str, ...]
    support: tuple[str, ...]
    evidence: str
    span: Span | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "task": self.task,
            "lead": list(self.lead),
            "support": list(self.support),
            "evidence": self.evidence,
            "span": _list(self.span),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Duty:
        return cls(d.get("by", ""), d.get("task", ""), tuple(d.get("lead") or ()), tuple(d.get("support") or ()),
                   d.get("evidence", ""), _span(d.get("span")))


@dataclass(frozen=True)
class Warning:
    """Something odd in the input that did not stop extraction (an impossible date, …)."""

    kind: str
    message: str
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.message, "span": _list(self.span) if self.span else None}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Warning:
        return cls(d.get("kind", "warning"), d.get("message", ""), _span(d.get("span")))


@dataclass(frozen=True)
class Gazette:
    """The gazette issue a file is, when it is one."""

    title: str | None
    issue: str | None
    serial: int | None
    jurisdiction: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "issue": self.issue, "serial": self.serial, "jurisdiction": self.jurisdiction}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Gazette:
        serial = d.get("serial")
        return cls(d.get("title"), d.get("issue"), int(serial) if serial is not None else None, d.get("jurisdiction"))


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

    def line(self) -> RecordLine:
        """The record as one line of records.jsonl: its :meth:`to_dict`, dumped."""
        data = (json.dumps(self.to_dict(), ensure_ascii=False) + "\n").encode("utf-8")
        return RecordLine(self.source, len(self.documents), data)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Record:
        """The record a :meth:`to_dict` wrote (or a JSON file of one): ``Record.from_dict(r.to_dict()) == r``."""
        return cls(
            d["source"],
            Gazette.from_dict(d["gazette"]) if d.get("gazette") else None,
            tuple(Document.from_dict(x) for x in d.get("documents", ())),
            tuple(Repeal.from_dict(x) for x in d.get("repeals", ())),
            tuple(Citation.from_dict(x) for x in d.get("citations", ())),
            tuple(LawCitation.from_dict(x) for x in d.get("law_citations", ())),
            tuple(Duty.from_dict(x) for x in d.get("duties", ())),
            tuple(Warning.from_dict(x) for x in d.get("warnings", ())),
            d.get("encoding", "utf-8"),
            d.get("jurisdiction"),
        )


class RecordLine(NamedTuple):
    """A record as its line of records.jsonl (UTF-8 bytes), with the two things a build files it by.
    Extraction workers send these rather than the record's objects: the bytes are made on their cores,
    and the build's own process, which has every record to take in, only writes them down."""

    source: str
    documents: int
    data: bytes


def as_record(record: Record | Mapping[str, Any]) -> Record:
    """``record`` as a :class:`Record`: itself, or read from its dict (:meth:`Record.from_dict`)."""
    return record if isinstance(record, Record) else Record.from_dict(record)
