"""How things look: colours by status, shapes by node type, line styles by relation — data, one table
each, shared by the network views, the legend, the document pages and the charts.

>>> STATUS_STYLE["repealed"].label
'repealed'
>>> category("in_force", in_corpus=False)
'in_force'
>>> category("unknown", in_corpus=False)
'external'
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["StatusStyle", "NodeType", "EdgeStyle", "STATUS_STYLE", "NODE_TYPES", "EDGE_STYLE", "category"]


@dataclass(frozen=True)
class StatusStyle:
    label: str
    color: str  # fill
    border: str


@dataclass(frozen=True)
class NodeType:
    label: str
    shape: str  # a vis-network shape
    size: int


@dataclass(frozen=True)
class EdgeStyle:
    label: str
    color: str
    dashes: bool | list[int]
    width: float
    arrow: str  # "to" or "" (undirected look)


# Status categories a node is coloured by. "external" is a document outside the inputs whose status
# the graph cannot decide (cited only, or a title-only reference); a cited document the inputs repeal
# is "repealed" like any other.
STATUS_STYLE: dict[str, StatusStyle] = {
    "in_force": StatusStyle("in force", "#4caf50", "#2e7d32"),
    "not_yet_in_force": StatusStyle("not yet in force", "#aed581", "#689f38"),
    "repealed": StatusStyle("repealed", "#e53935", "#b71c1c"),
    "expired": StatusStyle("expired", "#ffa726", "#e65100"),
    "unknown": StatusStyle("unknown", "#bdbdbd", "#616161"),
    "external": StatusStyle("external (not in the inputs)", "#90caf9", "#1565c0"),
    "department": StatusStyle("department or body", "#ce93d8", "#6a1b9a"),
    "group": StatusStyle("documents of a jurisdiction (overview)", "#fff9c4", "#f9a825"),
}

NODE_TYPES: dict[str, NodeType] = {
    "document": NodeType("document", "dot", 14),
    "rule": NodeType("attached rule (印发的办法/规定)", "diamond", 12),
    "reference": NodeType("title-only reference", "triangle", 10),
    "department": NodeType("department or body", "box", 12),
    "group": NodeType("jurisdiction: its documents, counted by status", "box", 16),
}

# Relations between nodes. The first five are regkg.graph.memory_view.RELATIONS; "attaches" links a covering
# notice to the rule it issues (印发), "issues" a body to what it issued, "lead"/"support" a document to
# the departments it gives a duty to.
EDGE_STYLE: dict[str, EdgeStyle] = {
    "cites": EdgeStyle("cites", "#78909c", False, 1.0, "to"),
    "based_on": EdgeStyle("based on (根据)", "#1e88e5", False, 2.0, "to"),
    "replies_to": EdgeStyle("replies to (批复)", "#00897b", [2, 4], 1.5, "to"),
    "repeals": EdgeStyle("repeals (废止)", "#d32f2f", False, 3.0, "to"),
    "replaces": EdgeStyle("replaces", "#f57c00", [8, 4], 2.5, "to"),
    "attaches": EdgeStyle("issues attached rule (印发)", "#8e24aa", [1, 3], 1.5, "to"),
    "issues": EdgeStyle("issued by body", "#ab47bc", [4, 4], 1.0, "to"),
    "lead": EdgeStyle("duty: lead (牵头)", "#6a1b9a", False, 2.5, "to"),
    "support": EdgeStyle("duty: support (配合)", "#ba68c8", [6, 3], 1.5, "to"),
}


def category(state: str, *, in_corpus: bool) -> str:
    """The colour category of a document whose status is ``state``."""
    if state == "unknown" and not in_corpus:
        return "external"
    return state
