"""``report.md``: what a person reads after a build — what an update changed (new documents, new
repeals, statuses that moved, new dangling references), counts, repealed documents, dangling
references, duties per department, input errors and warnings (each file's and the corpus's, by kind)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from regkg.errors import InputError
from regkg.graph.diff import Changes
from regkg.graph.duties import departments
from regkg.graph.status import dangling, repealed

__all__ = ["report", "changes_section"]

T = TypeVar("T")


def _cell(text: object) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def report(kg, *, input_errors: Sequence[InputError] = (), diff: Changes | None = None) -> Iterator[str]:
    """The Markdown report of ``kg`` (statuses as of ``kg.status_as_of``), line by line, each ending in a
    newline (at 10,000 gazettes it is 75 MB: its lines and their join were the build's peak); ``diff``
    (default ``kg.diff``, set by ``regkg build --update``): what the update changed, first."""
    for line in _lines(kg, input_errors, diff if diff is not None else getattr(kg, "diff", None)):
        yield line + "\n"


# Answers read a page at a time, each with its sentences: at 10,000 gazettes the dangling references alone
# are hundreds of thousands.
_PAGE = 10_000


def _paged(ask: Callable[[int, int], list[T]]) -> Iterator[T]:
    """Every answer of ``ask(limit, offset)``, a page at a time."""
    offset = 0
    while page := ask(_PAGE, offset):
        yield from page
        if len(page) < _PAGE:
            return
        offset += len(page)


def _lines(kg, input_errors: Sequence[InputError], diff: Changes | None) -> Iterator[str]:
    view = kg.view
    as_of = kg.status_as_of
    docs = [d for d in view.docs.values() if not d.notice]
    yield from ["# regkg build report", ""]
    if as_of:
        yield from [f"Statuses are as of {as_of} (the latest document date in the inputs).", ""]
    if diff is not None:
        yield from changes_section(diff)
    methods = Counter(ev.method for evs in view.evidence.values() for ev in evs)  # on disk: one pass
    yield from [
        "## Counts",
        "",
        "| what | count |",
        "|---|---|",
        f"| input files | {len(view.sources)} |",
        f"| documents in the inputs | {sum(d.in_corpus for d in docs)} |",
        f"| documents only cited | {sum(not d.in_corpus and not d.unresolved for d in docs)} |",
        f"| unresolved title-only references | {sum(d.unresolved for d in docs)} |",
        f"| attached rules | {sum(1 for d in view.docs.values() if d.notice)} |",
        *(f"| {name} edges | {sum(len(v) for v in view.out[name].values())} |" for name in sorted(view.out)),
        f"| duties | {view.duty_count} |",
        f"| departments and bodies | {len(view.orgs)} |",
        f"| triples | {len(kg.store)} |",
        "",
        "Edge evidence by method: " + ", ".join(f"{m} {n}" for m, n in sorted(methods.items())),
        "",
        "## Repealed documents",
        "",
        "| document | title | repealed by | in effect | how resolved | evidence |",
        "|---|---|---|---|---|---|",
    ]
    for r in _paged(lambda limit, offset: repealed(kg, as_of=as_of, limit=limit, offset=offset)):
        ev = r.evidence[0] if r.evidence else None
        how = f"{ev.method} ({ev.confidence:g})" if ev else ""
        yield f"| {_cell(r.document)} | {_cell(r.title)} | {_cell(r.repealed_by)} | {_cell(r.effective)} | {how} | {_cell(ev.text if ev else '')} |"
    yield from ["", "## Dangling references", "", "Documents in force that cite a repealed or expired document.", "",
                "| document | cites | relation | cited is | evidence |", "|---|---|---|---|---|"]
    for d in _paged(lambda limit, offset: dangling(kg, as_of=as_of, limit=limit, offset=offset)):
        ev = d.evidence[0].text if d.evidence else ""
        yield f"| {_cell(d.document)} | {_cell(d.cites)} | {d.relation} | {d.cited_state} | {_cell(ev)} |"
    yield from ["", "## Duties per department", "", "| jurisdiction | department | abbreviations | leads | supports |",
                "|---|---|---|---|---|"]
    for dep in departments(kg):
        if dep.lead or dep.support:
            yield f"| {_cell(dep.jurisdiction)} | {_cell(dep.name)} | {_cell('、'.join(dep.abbreviations))} | {dep.lead} | {dep.support} |"
    yield from ["", "## Input errors", ""]
    yield from [f"- {_cell(e)}" for e in input_errors] or ["None."]
    yield from ["", "## Warnings", ""]
    by_kind = defaultdict(list)
    for w in view.warnings:
        by_kind[w.kind].append(w)
    if not by_kind:
        yield "None."
    for n, (kind, found) in enumerate(sorted(by_kind.items())):
        if n:
            yield ""
        yield from [f"### {kind} ({len(found)})", "", "| file | span | documents | message |", "|---|---|---|---|"]
        for w in found:
            span = f"{w.span[0]}–{w.span[1]}" if w.span else ""
            yield f"| {_cell(w.source)} | {span} | {_cell('、'.join(w.about))} | {_cell(w.message)} |"
    del by_kind
    unresolved = defaultdict(int)
    for d in docs:
        if d.unresolved:
            unresolved[d.title] = sum(len(view.into[r].get(d.iri, ())) for r in view.into)
    yield from ["", f"## Unresolved references ({len(unresolved)})", ""]
    for t, n in sorted(unresolved.items(), key=lambda kv: (-kv[1], kv[0])):
        yield f"- 《{_cell(t)}》 ×{n}"


def _table(heading: str, header: str, rows: list[str]) -> list[str]:
    """``### heading (n)`` and a five-column table of ``rows``, or 「None.」."""
    lines = ["", f"### {heading} ({len(rows)})", ""]
    return lines + ([header, "|---|---|---|---|---|", *rows] if rows else ["None."])


def _first_sentence(evidence) -> str:
    return evidence[0].text if evidence else ""


def changes_section(changes: Changes) -> list[str]:
    """``## What this update changed``: the lines of report.md for :func:`regkg.graph.diff.diff`."""
    lines = ["## What this update changed", "", f"Against the previous build, statuses as of {changes.as_of}: "
             f"{changes}.", "", f"### New documents ({len(changes.new_documents)})", ""]
    lines += [f"- {_cell(d.document)} {_cell(d.title if d.title != d.document else '')} ({d.state}; "
              f"{_cell('、'.join(d.sources))})" for d in changes.new_documents] or ["None."]
    if changes.removed_documents:
        lines += ["", f"### Removed documents ({len(changes.removed_documents)})", ""]
        lines += [f"- {_cell(d.document)} {_cell(d.title if d.title != d.document else '')}"
                  for d in changes.removed_documents]
    lines += _table("New repeals", "| document | title | repealed by | in effect | evidence |",
                    [f"| {_cell(r.document)} | {_cell(r.title)} | {_cell(r.repealed_by)} | {_cell(r.effective)} | "
                     f"{_cell(_first_sentence(r.evidence))} |" for r in changes.new_repeals])
    lines += _table("Status changes", "| document | was | now | why | evidence |",
                    [f"| {_cell(c.document)} | {c.old_state} | {c.new_state} | {_cell(c.reason)} | "
                     f"{_cell(_first_sentence(c.evidence))} |" for c in changes.status_changes])
    lines += _table("New dangling references", "| document | cites | relation | cited is | evidence |",
                    [f"| {_cell(d.document)} | {_cell(d.cites)} | {d.relation} | {d.cited_state} | "
                     f"{_cell(_first_sentence(d.evidence))} |" for d in changes.new_dangling])
    return lines + [""]
