"""Did you mean …: the documents nearest a reference that names none.

A clerk types a number as it was printed or remembered: brackets and widths of any kind, traditional
script, spaces, a 号 left off (「泸市府办发〔2022〕67」), a serial or a code one character off
(「泸市府办发〔2022〕68号」, 「沪市府办发〔2022〕67号」), or a few words of a title with a slip in them.
:func:`suggest` tries, nearest first: the canonical number after folding (:mod:`regkg.keys.numbers`,
which folds widths, brackets and script through :mod:`regkg.keys.chars`) with a missing 号 added; the
same 机关代字 and year with the nearest serials; codes one character apart (one substituted, added,
dropped or two swapped) with that year and serial; then titles sharing the text or most of its
character trigrams. It works alike on the in-memory view and on a build's index, where every step
is a key or range look-up (codes are read once per index and kept).

>>> from regkg.graph.api import build_records
>>> kg = build_records([{"source": "a.txt", "jurisdiction": "泸州市", "documents": [
...     {"doc_number": "泸市府办发〔2022〕67号", "title": "泸州市自然灾害救助应急预案", "date": "2022-05-01"},
...     {"doc_number": "泸市府办发〔2022〕69号", "title": "泸州市防汛应急预案", "date": "2022-06-01"}]}])
>>> [(s.number, s.why) for s in suggest(kg, "瀘市府辦發[2022]67")]
[('泸市府办发〔2022〕67号', 'same number'), ('泸市府办发〔2022〕69号', 'same code and year')]
>>> [(s.number, s.why) for s in suggest(kg, "沪市府办发〔2022〕69号", limit=1)]
[('泸市府办发〔2022〕69号', 'code one character apart')]
>>> [(s.number, s.why) for s in suggest(kg, "泸州市自然灾害应急预案")]
[('泸市府办发〔2022〕67号', 'title')]
>>> find_or_suggest(kg, "泸市府办发〔2022〕68号", as_of="2025-01-01")
Traceback (most recent call last):
regkg.errors.DocumentNotFound: no document 泸市府办发〔2022〕68号; did you mean 泸市府办发〔2022〕67号 (in force), 泸市府办发〔2022〕69号 (in force)?
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from regkg.errors import DocumentNotFound, one_line
from regkg.graph.status import as_of_date, state_on
from regkg.graph.memory_view import Doc
from regkg.graph.text_index import phrase
from regkg.keys.chars import normalise_chars, search_form
from regkg.keys.numbers import canonical, parse

__all__ = ["Suggestion", "suggest", "find_or_suggest", "did_you_mean", "SAME_NUMBER", "NEAR_SERIAL", "NEAR_CODE", "TITLE"]

# Why a document is suggested, in the order suggest() tries them.
SAME_NUMBER = "same number"  # 「泸市府办发〔2022〕67」 (号 left off) is 泸市府办发〔2022〕67号
NEAR_SERIAL = "same code and year"  # 「泸市府办发〔2022〕68号」 -> 泸市府办发〔2022〕67号, 69号
NEAR_CODE = "code one character apart"  # 「沪市府办发〔2022〕67号」 -> 泸市府办发〔2022〕67号
TITLE = "title"  # 「泸州市自然灾害应急预案」 -> 《泸州市自然灾害救助应急预案》

# A title is suggested when it holds at least this share of the typed text's character trigrams:
# 「泸州市自然灾害应急预案」 shares 6 of its 9 with 「泸州市自然灾害救助应急预案」.
MIN_TRIGRAM_SHARE = 0.5
# Titles the full-text index ranks before the share is checked, per suggestion asked for.
_TITLE_CANDIDATES = 20


@dataclass(frozen=True)
class Suggestion:
    """A document a reference may have meant: what a person calls it, its state on the date asked,
    and why it is suggested (one of SAME_NUMBER, NEAR_SERIAL, NEAR_CODE, TITLE)."""

    document: str
    iri: str
    number: str | None
    title: str | None
    state: str
    why: str


def suggest(kg, text: str, limit: int = 5, *, as_of: str | dt.date | None = None) -> list[Suggestion]:
    """Up to ``limit`` documents nearest ``text`` (a number, title or IRI that may name none), nearest
    first, each with its state on ``as_of`` (default today). A text that names a document gives it
    first."""
    view = getattr(kg, "view", kg)
    day = as_of_date(as_of)
    found: dict[str, Suggestion] = {}
    for doc, why in _candidates(view, text, limit):
        if doc.iri not in found and doc.notice is None:
            found[doc.iri] = Suggestion(doc.label, doc.iri, doc.number, doc.title, state_on(view, doc, day), why)
            if len(found) == limit:
                break
    return list(found.values())


def did_you_mean(found: list[Suggestion]) -> str:
    """``did you mean A (repealed), B (in force)?``, or nothing when there is no suggestion."""
    named = ", ".join(f"{s.document} ({s.state.replace('_', ' ')})" for s in found)
    return f"did you mean {named}?" if found else ""


# Suggestions a one-line "no document" message names.
MESSAGE_SUGGESTIONS = 3


def find_or_suggest(kg, text: str, *, as_of: str | dt.date | None = None) -> Doc:
    """The document ``text`` names, else :class:`DocumentNotFound` saying, on one line, which documents
    it may have meant (with their state on ``as_of``): what the CLI prints for a near miss."""
    view = getattr(kg, "view", kg)
    try:
        return view.find(text)
    except DocumentNotFound:
        hint = did_you_mean(suggest(kg, text, MESSAGE_SUGGESTIONS, as_of=as_of))
        raise DocumentNotFound(f"no document {one_line(text)}" + (f"; {hint}" if hint else "")) from None


def _candidates(view, text: str, limit: int) -> Iterator[tuple[Doc, str]]:
    folded = search_form(text)
    number = canonical(folded) or canonical(folded + "号")
    parts = parse(number or "")
    try:
        yield view.find(text), SAME_NUMBER if parts else TITLE
    except DocumentNotFound:
        pass
    if parts is None:
        yield from ((doc, TITLE) for doc in _titles(view, folded, limit))
        return
    for doc in _docs(view, [number]):
        yield doc, SAME_NUMBER
    nearest = sorted(_numbers_of(view, parts.code, parts.year), key=lambda n: _serial_distance(n, parts.serial))
    yield from ((doc, NEAR_SERIAL) for doc in _docs(view, nearest[: limit + 1]))
    exact, near = [], []
    for code in sorted(_codes_near(view, parts.code)):
        numbers = sorted(_numbers_of(view, code, parts.year), key=lambda n: _serial_distance(n, parts.serial))
        same = str(parts._replace(code=code))
        (exact if same in numbers else near).extend(numbers[:1])
    yield from ((doc, NEAR_CODE) for doc in _docs(view, exact + near))


def _docs(view, numbers: Iterable[str]) -> Iterator[Doc]:
    for number in numbers:
        try:
            yield view.find(number)
        except DocumentNotFound:
            continue


def _serial_distance(number: str, serial: int) -> tuple[int, int]:
    parts = parse(number)
    return (abs(parts.serial - serial), parts.serial) if parts else (1 << 30, 0)


# ---------------------------------------------------------------------- numbers by code and year


def _numbers_of(view, code: str, year: int) -> list[str]:
    """The canonical numbers of documents under ``code`` in ``year``."""
    prefix = f"{code}〔{year}〕"
    if view.indexed:  # a range of the numbers table's key
        rows = view.sql("SELECT number FROM numbers WHERE number > ? AND number < ?", (prefix, prefix + "\U0010ffff"))
        return [n for (n,) in rows if (p := parse(n)) and p.code == code and p.year == year]
    return view.memo("suggest.numbers", _numbers_by_code_year).get((code, year), [])


def _numbers_by_code_year(view) -> dict[tuple[str, int], list[str]]:
    found: dict[tuple[str, int], list[str]] = defaultdict(list)
    for doc in view.docs.values():
        if doc.notice is None and (parts := parse(doc.number or "")):
            found[(parts.code, parts.year)].append(doc.number)
    return dict(found)


def _codes(view) -> frozenset[str]:
    if view.indexed:  # one pass over the numbers table, once per index
        return frozenset(code for (code,) in view.sql(
            "SELECT DISTINCT substr(number, 1, instr(number, '〔') - 1) FROM numbers WHERE instr(number, '〔') > 1"))
    return frozenset(code for code, _ in view.memo("suggest.numbers", _numbers_by_code_year))


def _deletions(code: str) -> set[str]:
    return {code[:i] + code[i + 1 :] for i in range(len(code))}


def _codes_by_deletion(view) -> dict[str, set[str]]:
    """Each code and each of its one-character deletions -> the codes: two codes one edit apart share
    a key (the symmetric-delete method), so a near code is found by len(code) + 1 look-ups."""
    index: dict[str, set[str]] = defaultdict(set)
    for code in _codes(view):
        for key in (code, *_deletions(code)):
            index[key].add(code)
    return dict(index)


def _codes_near(view, code: str) -> set[str]:
    """Known codes one substitution, insertion, deletion or swap of neighbours from ``code``.

    >>> _one_apart("泸市府办发", "沪市府办发"), _one_apart("泸市府办发", "泸市府发"), _one_apart("泸府办发", "泸办府发")
    (True, True, True)
    >>> _one_apart("泸市府办发", "泸市府办规函")
    False
    """
    index = view.memo("suggest.code_deletions", _codes_by_deletion)
    found = set().union(*(index.get(key, ()) for key in (code, *_deletions(code))))
    return {other for other in found if other != code and _one_apart(code, other)}


def _one_apart(a: str, b: str) -> bool:
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    return len(long) - len(short) == 1 and any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# ---------------------------------------------------------------------- titles


def _trigrams(text: str) -> set[str]:
    return {text[i : i + 3] for i in range(len(text) - 2)}


def _share(typed: set[str], title: str) -> float:
    return len(typed & _trigrams(normalise_chars(title))) / len(typed) if typed else 0.0


def _holds(doc: Doc, folded: str) -> bool:
    return folded in normalise_chars(doc.title or "")


def _shortest_first(docs: Iterable[Doc]) -> list[Doc]:
    """The titles holding the text, the nearest (shortest) first, alike from the index and the view."""
    return sorted(docs, key=lambda d: (len(d.title or ""), d.iri))


def _titles(view, folded: str, limit: int) -> Iterator[Doc]:
    """Documents whose title holds ``folded``, then those whose title holds most of its trigrams."""
    typed = _trigrams(folded)
    if view.indexed:
        if folded:  # titles holding the text (three characters or more: the trigram index, else a scan)
            yield from _shortest_first(d for d in view.search(folded, limit=limit) if _holds(d, folded))
        if not typed:
            return
        query = "title : (" + " OR ".join(map(phrase, sorted(typed))) + ")"
        rows = view.sql("SELECT d.iri FROM doc_text JOIN doc_rows d ON d.rowid = doc_text.rowid WHERE doc_text "
                        "MATCH ? ORDER BY rank LIMIT ?", (query, limit * _TITLE_CANDIDATES)).fetchall()
        candidates = [view.docs[iri] for iri in dict.fromkeys(iri for (iri,) in rows)]
    else:
        candidates = [d for d in view.docs.values() if d.title]
        yield from _shortest_first(d for d in candidates if folded and _holds(d, folded))
    scored = [(share, d.iri, d) for d in candidates if (share := _share(typed, d.title or "")) >= MIN_TRIGRAM_SHARE]
    yield from (d for _, _, d in sorted(scored, key=lambda s: (-s[0], s[1])))
