"""A :class:`~regkg.views.scopes.Scope` as one self-contained, offline HTML page: pyvis assembles the
vis-network nodes, edges and options; regkg's template inlines vis-network itself, the legend, the
search and filter controls and the data, so the file opens with no network at all (pyvis's own
templates fetch Bootstrap and vis-network from CDNs even in "local" mode).

Positions are computed in Python (:mod:`regkg.views.layout`) and physics is off, so the browser draws
at once; ids are the graph's IRIs, so the same graph and date give the same bytes.
"""

from __future__ import annotations

import json

from regkg.views import assets
from regkg.views.templates import render
from regkg.views.scopes import Scope
from regkg.views.search_fold import fold_data
from regkg.views.style import EDGE_STYLE, NODE_TYPES, STATUS_STYLE

__all__ = ["network_html", "vis_options", "LARGE_VIEW"]

# Views with more nodes than this hide edges while dragging and skip label drawing when zoomed out.
LARGE_VIEW = 400

_FONT = {"face": "Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif", "size": 12}


def vis_options(size: int) -> dict:
    """vis-network options: no physics (positions are given), straight edges, hover tooltips."""
    large = size > LARGE_VIEW
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 0},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "navigationButtons": False, "keyboard": False},
        "edges": {"smooth": False, "font": {"size": 0}, "selectionWidth": 2},
        "nodes": {"font": dict(_FONT, strokeWidth=3, strokeColor="#ffffff"),
                  "scaling": {"label": {"drawThreshold": 9 if large else 5}}},
    }


def _pyvis(scope: Scope, link_prefix: str) -> tuple[list[dict], list[dict]]:
    if not scope.nodes:  # what a server draws at its start, to hash the page's scripts for its CSP
        return [], []
    # imported when a network is first drawn: pyvis (with networkx) and the layout's numpy are 0.3 s of
    # imports a server's start, and a build without views, need not pay
    from pyvis.network import Network

    from regkg.views.layout import layout

    positions = layout(list(scope.nodes), [(e.source, e.target) for e in scope.edges])
    net = Network(directed=True)
    for node in scope.nodes.values():
        kind, status = NODE_TYPES[node.kind], STATUS_STYLE[node.status]
        x, y = positions[node.id]
        focus = node.id == scope.focus
        net.add_node(
            node.id, label=node.label, title=node.tooltip, shape=kind.shape,
            size=kind.size * (1.6 if focus else 1), x=x, y=y, physics=False, borderWidth=4 if focus else 1,
            color={"background": status.color, "border": status.border,
                   "highlight": {"background": status.color, "border": "#000000"}},
            font={"color": "#212121"},
            status=node.status, kind=node.kind, search=node.search,
            url=f"{link_prefix}{node.page}" if node.page else None,
        )
    for i, edge in enumerate(scope.edges):
        style = EDGE_STYLE[edge.relation]
        net.add_edge(
            edge.source, edge.target, id=f"e{i}", title=edge.tooltip, relation=edge.relation,
            color={"color": style.color, "highlight": "#000000", "hover": "#000000"},
            dashes=style.dashes, width=style.width, arrows=style.arrow,
        )
    nodes, edges, _heading, _height, _width, _options = net.get_network_data()
    return nodes, edges


def _legend(scope: Scope) -> dict[str, list[dict]]:
    """Legend rows for what the view holds (statuses, node types, relations), in the tables' order."""
    statuses = {n.status for n in scope.nodes.values()}
    kinds = {n.kind for n in scope.nodes.values()}
    relations = {e.relation for e in scope.edges}
    return {
        "statuses": [{"key": k, "label": s.label, "color": s.color, "border": s.border,
                      "count": sum(n.status == k for n in scope.nodes.values())}
                     for k, s in STATUS_STYLE.items() if k in statuses],
        "kinds": [{"key": k, "label": t.label, "shape": t.shape} for k, t in NODE_TYPES.items() if k in kinds],
        "relations": [{"key": k, "label": s.label, "color": s.color, "width": s.width,
                       "dash": " ".join(map(str, s.dashes)) if s.dashes else "",
                       "count": sum(e.relation == k for e in scope.edges)}
                      for k, s in EDGE_STYLE.items() if k in relations],
    }


def network_html(scope: Scope, *, link_prefix: str = "docs/", links: dict[str, str] | None = None) -> str:
    """The page. ``link_prefix`` goes before each document page's file name (``docs/`` from the output
    folder); ``links`` are extra header links (text -> relative URL)."""
    nodes, edges = _pyvis(scope, link_prefix)
    data = {"nodes": nodes, "edges": edges, "options": vis_options(len(nodes)), "focus": scope.focus,
            "fold": fold_data()}
    return render(
        "network.html",
        scope=scope,
        legend=_legend(scope),
        links=links or {},
        data=data,
        vis_js=assets.vis_network_js(),
        view_js=assets.static("fold.js") + assets.static("view.js"),
        css=assets.static("view.css"),
        sizes=json.dumps([len(nodes), len(edges)]),
    )
