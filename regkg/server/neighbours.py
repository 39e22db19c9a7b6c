"""A document's neighbourhood as JSON for the workbench's "draw neighbourhood" button: the documents
within ``depth`` steps through the five relations (cites, based on, replies to, repeals, replaces,
either way), read level by level from the index (one query per relation and level), cut at
``max_nodes`` nearest first, coloured as the static views colour them (:mod:`regkg.views.style`).
"""

from __future__ import annotations

from regkg.graph.status import state_on
from regkg.graph.memory_view import RELATIONS
from regkg.views.style import EDGE_STYLE, STATUS_STYLE, category

__all__ = ["neighbourhood_json", "MAX_NODES", "MAX_DEPTH"]

# Nodes drawn at most: a hub (a law cited by thousands) shows its nearest, never a hairball.
MAX_NODES = 150
MAX_DEPTH = 3


def neighbourhood_json(view, iri: str, *, day: str, depth: int = 1, max_nodes: int = MAX_NODES) -> dict:
    """``{"nodes": [...], "edges": [...], "cut": bool}`` around ``iri`` in vis-network's shape."""
    seen = {iri: 0}
    edges: set[tuple[str, str, str]] = set()
    frontier, cut = [iri], False
    for level in range(1, depth + 1):
        found: list[str] = []
        for relation in RELATIONS.values():
            for forward in (True, False):
                for near, others in view.edges_of(relation, frontier, forward).items():
                    for other in others:
                        if other not in seen:
                            if len(seen) >= max_nodes:
                                cut = True
                                continue
                            seen[other] = level
                            found.append(other)
                        edges.add((near, other, relation) if forward else (other, near, relation))
        frontier = found
        if not frontier:
            break
    view.docs.prefetch(seen)
    nodes = []
    for node, level in seen.items():
        doc = view.docs[node]
        target = view.docs[doc.notice] if doc.notice else doc
        style = STATUS_STYLE[category(state_on(view, target, day), in_corpus=doc.in_corpus or bool(doc.notice))]
        nodes.append({"id": node, "label": doc.label, "title": doc.title or doc.label, "level": level,
                      "color": {"background": style.color, "border": style.border}, "state": style.label,
                      "size": 22 if node == iri else 14})
    return {"nodes": nodes, "cut": cut,
            "edges": [{"from": s, "to": o, "relation": r, "label": EDGE_STYLE[r].label, "color": EDGE_STYLE[r].color,
                       "dashes": EDGE_STYLE[r].dashes, "width": EDGE_STYLE[r].width, "arrows": EDGE_STYLE[r].arrow}
                      for s, o, r in sorted(edges) if s in seen and o in seen]}
