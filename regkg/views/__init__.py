"""Views of the knowledge graph for people: interactive network pages (pyvis/vis-network, one
self-contained offline file each), a page per document with its evidence in context, and a report
with charts — written by ``regkg build`` and ``regkg view``, served by ``regkg serve``, shown inline
in Jupyter by :func:`show` (``show(kg, doc=..., depth=2)``).

Data flows one way: the graph (:mod:`regkg.graph`) -> :mod:`regkg.views.scopes` (what a view shows)
-> HTML (:mod:`~regkg.views.network`, :mod:`~regkg.views.page`, :mod:`~regkg.views.report_page`).
"""

from __future__ import annotations

from regkg.views.scopes import MAX_NODES, Scope, corpus, department, duty_network, neighbourhood
from regkg.views.network import network_html
from regkg.views.notebook import Inline, show
from regkg.views.page import PageLinks, document_page
from regkg.views.report_page import report_html
from regkg.views.write import load_sources, write_all

__all__ = [
    "write_all",
    "load_sources",
    "show",
    "Inline",
    "corpus",
    "neighbourhood",
    "department",
    "duty_network",
    "network_html",
    "document_page",
    "report_html",
    "PageLinks",
    "Scope",
    "MAX_NODES",
]
