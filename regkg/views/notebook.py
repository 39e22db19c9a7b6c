"""Views inline in a Jupyter notebook: the same self-contained pages, shown in a sandboxed iframe
(``srcdoc``), so their scripts run as they do in a browser and cannot touch the notebook.

>>> from regkg.graph.api import build_records
>>> kg = build_records([{"source": "a.txt", "jurisdiction": "泸州市", "documents": [
...     {"doc_number": "泸市府发〔2024〕2号", "title": "办法", "issuers": ["泸州市人民政府"], "date": "2024-01-02"}]}])
>>> shown = show(kg, doc="泸市府发〔2024〕2号", as_of="2024-06-01")
>>> shown._repr_html_().startswith("<iframe")
True
>>> show(kg.view, "page", doc="泸市府发〔2024〕2号", as_of="2024-06-01").html == show(
...     kg, "page", doc="泸市府发〔2024〕2号", as_of="2024-06-01").html
True
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape
from types import SimpleNamespace

from regkg.views.scopes import MAX_NODES, corpus, department, neighbourhood
from regkg.views.network import network_html
from regkg.views.page import document_page
from regkg.views.report_page import report_html

__all__ = ["Inline", "show"]


@dataclass(frozen=True)
class Inline:
    """A page Jupyter displays inline (``_repr_html_``); ``html`` is the page itself."""

    html: str
    height: int = 650

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{escape(self.html, quote=True)}" sandbox="allow-scripts" '
                f'style="width:100%;height:{self.height}px;border:1px solid #ccc"></iframe>')

    def save(self, path) -> None:
        from regkg.views.templates import write_atomic

        write_atomic(path, self.html)


def show(kg, what: str = "graph", *, doc: str | None = None, department_name: str | None = None,
         depth: int = 1, jurisdiction: str | None = None, as_of: str | dt.date | None = None,
         height: int = 650) -> Inline:
    """``what`` is "graph" (all documents, or ``doc``'s neighbourhood at ``depth``), "page" (``doc``'s
    page), "duties" (``department_name``'s duties) or "report". ``kg`` is a KnowledgeGraph or its
    :class:`~regkg.graph.memory_view.View`."""
    if not hasattr(kg, "view"):  # a View: the questions and views need only its indexes
        kg = SimpleNamespace(view=kg)
    if what == "report":
        return Inline(report_html(kg, as_of=as_of), height)
    if what == "page":
        if doc is None:
            raise ValueError('what="page" needs doc=')
        return Inline(document_page(kg, doc, as_of=as_of), height)
    if what == "duties" or department_name:
        if department_name is None:
            raise ValueError('what="duties" needs department_name=')
        return Inline(network_html(department(kg, department_name, jurisdiction=jurisdiction, as_of=as_of)), height)
    if what != "graph":
        raise ValueError(f"what must be graph, page, duties or report, not {what!r}")
    scope = neighbourhood(kg, doc, depth=depth, as_of=as_of) if doc else corpus(kg, as_of=as_of, max_nodes=MAX_NODES)
    return Inline(network_html(scope), height)
