"""Tasks whose text mentions a phrase, a page at a time, for the departments page: the index's
trigram table of duty texts (:mod:`regkg.graph.index`) asked for one page of tasks, each once, where
:func:`regkg.owners` lists every body of every matching task (76,754 for 「应急」 on a 1,000-gazette corpus).
"""

from __future__ import annotations

from dataclasses import dataclass

from regkg.graph.index import unpack
from regkg.graph.text_index import fold, phrase

__all__ = ["Task", "tasks_mentioning", "MIN_CHARS"]

# The trigram index finds text of three characters or more; shorter phrases match too much anyway.
MIN_CHARS = 3


@dataclass(frozen=True)
class Task:
    task: str
    lead: tuple[str, ...]  # body names
    support: tuple[str, ...]
    document: str
    document_iri: str
    sentence: str


def tasks_mentioning(view, text: str, *, limit: int, offset: int = 0) -> list[Task]:
    """Tasks whose task or sentence holds ``text`` (folded as the index folds them: 启动Ⅱ级响应 is stored
    as 启动II级响应), in the duties' order."""
    folded = fold(text)
    if len(folded) < MIN_CHARS:
        return []
    rows = view.sql("SELECT d.task, d.by_doc, d.lead, d.support, d.text FROM duty_text JOIN duties d ON d.seq = duty_text.rowid "
                    "WHERE duty_text MATCH ? ORDER BY duty_text.rowid LIMIT ? OFFSET ?",
                    (phrase(folded), limit, offset)).fetchall()
    view.docs.prefetch(by for _, by, _, _, _ in rows)
    return [Task(task, tuple(view.org_name(o) for o in unpack(lead)), tuple(view.org_name(o) for o in unpack(support)),
                 view.docs[by].label, by, sentence or "")
            for task, by, lead, support, sentence in rows]
