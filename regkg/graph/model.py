"""The resolved graph before it becomes RDF: documents, bodies, duties and edges, each edge with its
evidence. :mod:`regkg.graph.resolve` makes it from records; :mod:`regkg.graph.build` writes it as RDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regkg.graph.duty_table import DutyTable
    from regkg.graph.edge_table import EdgeTable

__all__ = ["Provenance", "DocNode", "RuleNode", "OrgNode", "Edge", "DutyNode", "WarningNode", "Model"]


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a fact was read: file, character span [start, end), the sentence as printed."""

    source: str | None = None
    span: tuple[int, int] | None = None
    text: str | None = None


@dataclass(slots=True)
class DocNode:
    """A document: in the corpus, only cited (external), or an unresolved title-only reference."""

    # The collections are tuples, replaced, never changed in place (``node.sources += (name,)``): a
    # national corpus has a million document nodes, most with one source and no alternative title or
    # attached rule, and a set or list each (empty, or a set of one: 216 bytes) were 38 MB of a
    # 1,000-gazette build's 280 MB model.
    iri: str
    number: str | None = None
    title: str | None = None
    alt_titles: tuple[str, ...] = ()
    issuers: tuple[str, ...] = ()  # org IRIs
    date: str | None = None
    kind: str | None = None
    jurisdiction: str | None = None
    agency_code: str | None = None
    in_corpus: bool = False
    unresolved: bool = False
    sources: tuple[str, ...] = ()
    attached: tuple[str, ...] = ()  # titles of the rules it issues


@dataclass(slots=True)
class RuleNode:
    """An attached rule (《…办法》) issued by a covering notice."""

    iri: str
    title: str
    notice: str


@dataclass(slots=True)
class OrgNode:
    iri: str
    name: str
    jurisdiction: str | None
    alt_labels: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Edge:
    """One statement ``subject predicate object`` with the evidence that supports it.

    ``obj`` is an IRI for relations, an ISO date for validity facts. ``predicate`` is a term name
    understood by :mod:`regkg.graph.build` (``cites``, ``based_on``, ``replies_to``, ``repeals``,
    ``replaces``, ``passed_by``, ``from``, ``until``).
    """

    subject: str
    predicate: str
    obj: str
    provenance: Provenance
    method: str = "extracted"
    confidence: float = 1.0
    cue: str | None = None
    cited_as: str | None = None


@dataclass(slots=True)
class DutyNode:
    """A duty as resolved: its task, the document assigning it (IRI), the bodies leading and
    supporting it (IRIs), and where it was read."""

    iri: str
    task: str
    by: str  # document IRI
    lead: list[str]  # org IRIs
    support: list[str]
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class WarningNode:
    """Something a careful reader would flag: read in one file (an impossible date, a self-repeal), or
    seen across the corpus (a cycle of repeals); ``about`` names the documents involved (IRIs)."""

    kind: str
    message: str
    provenance: Provenance = Provenance()
    about: tuple[str, ...] = ()


@dataclass(slots=True)
class Model:
    docs: dict[str, DocNode] = field(default_factory=dict)
    rules: dict[str, RuleNode] = field(default_factory=dict)
    orgs: dict[str, OrgNode] = field(default_factory=dict)
    places: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # name -> (level, parent)
    edges: EdgeTable = field(default_factory=lambda: _edge_table())  # on disk, with their sentences
    duties: DutyTable = field(default_factory=lambda: _duty_table())  # on disk: most of a large build
    sources: list[str] = field(default_factory=list)
    warnings: list[WarningNode] = field(default_factory=list)


def _duty_table() -> DutyTable:
    from regkg.graph.duty_table import DutyTable  # it files DutyNodes: imported when a model is made

    return DutyTable()


def _edge_table() -> EdgeTable:
    from regkg.graph.edge_table import EdgeTable  # it files Edges: imported when a model is made

    return EdgeTable()
