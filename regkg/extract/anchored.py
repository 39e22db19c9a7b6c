"""Scanning a text for a pattern other than from its start: from a literal every match holds, or from the few
characters every match opens with, in place of ``finditer``, or for the last match; and for a literal alone, with no
pattern compiled for it.

Python's regex engine scans fast only for a pattern that opens with a literal or a class; one that opens
with a lookbehind (「(?<=号\\))」 「(?<![^\\n。])附件」) is tried at every character. Where each match
starts at a fixed distance from a literal, ``str.find`` walks the literal and the pattern is tried
there alone: the same matches, as ``finditer`` gives them (a lookbehind still sees the text before).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def finditer_at(pattern: re.Pattern[str], s: str, literal: str, offset: int = 0) -> Iterator[re.Match[str]]:
    """``pattern.finditer(s)`` for a pattern whose every match, never empty, starts ``offset`` characters
    after an occurrence of ``literal`` (before it, when ``offset`` is negative: a date's year before its 年).

    >>> rx = re.compile(r"(?<=号\\))[ ]+(?=关)")
    >>> [m.span() for m in finditer_at(rx, "甲(1号) 关乙(2号)  关", "号)", 2)] == [m.span() for m in rx.finditer("甲(1号) 关乙(2号)  关")]
    True
    >>> year = re.compile(r"\\d{4}(?=年)")
    >>> [m.group() for m in finditer_at(year, "99年 2024年 12345年", "年", -4)] == year.findall("99年 2024年 12345年")
    True
    """
    end = 0
    at = s.find(literal)
    while at >= 0:
        start = at + offset
        if start >= max(end, 0) and (m := pattern.match(s, start)):
            yield m
            end = m.end()
        at = s.find(literal, at + 1)


def finditer_from(pattern: re.Pattern[str], s: str, openers: str) -> Iterator[re.Match[str]]:
    r"""``pattern.finditer(s)`` for a pattern whose every match, never empty, opens with one of the characters ``openers``:
    tried at each of them alone, found by ``str.find``. Where a text prints few of them, that is faster than the scan for
    a pattern opening with their class, which tests every character.

    >>> dash = re.compile(r"[-—]\s*\d+\s*[-—]")
    >>> s = "保 - 18 -值—3—x-1-2-"
    >>> [m.group() for m in finditer_from(dash, s, "-—")] == dash.findall(s)
    True
    """
    end = 0
    for at in sorted(at for opener in openers for at in find_all(s, opener)):
        if at >= end and (m := pattern.match(s, at)):
            yield m
            end = m.end()


def finditer_before(pattern: re.Pattern[str], s: str, literals: Iterable[str], reach: int, start: int = 0,
                    end: int | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(s, start, end)`` for a pattern whose every match, never empty, starts at most ``reach``
    characters before an occurrence of one of ``literals`` that stands whole in ``s[start:end]`` (a lookahead reads up
    to it): tried only where that allows, ``str.find`` walking the literals. Where the literals are few, that spares
    the pattern, its lookahead and all, being tried at every character.

    >>> rx = re.compile(r"(?=[a-z]{1,3}!)[a-z]+")
    >>> s = "abcd! efgh!! x"
    >>> [m.span() for m in finditer_before(rx, s, ["!"], 3, 1)] == [m.span() for m in rx.finditer(s, 1)]
    True
    """
    end = len(s) if end is None else end
    found = sorted({at for literal in literals for at in _finds(s, literal, start, end)})
    pos = start  # where the scan stands: a match's end, or past the positions tried
    for at in found:
        for x in range(max(pos, at - reach), at + 1):
            if x >= pos and (m := pattern.match(s, x, end)):
                yield m
                pos = m.end()
        pos = max(pos, at + 1)


def _finds(s: str, literal: str, start: int, end: int) -> Iterator[int]:
    """Where ``literal`` stands whole in ``s[start:end]``, overlapping occurrences too."""
    at = s.find(literal, start, end)
    while at >= 0:
        yield at
        at = s.find(literal, at + 1, end)


def last_match(pattern: re.Pattern[str], s: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The last of ``pattern.finditer(s, start, end)``, or None.

    >>> last_match(re.compile(r"\\d+"), "1 22 333 4444", 0, 8).group()
    '333'
    """
    found = None
    for found in pattern.finditer(s, start, len(s) if end is None else end):
        pass
    return found


def find_all(s: str, literal: str) -> Iterator[int]:
    """Where ``re.finditer(re.escape(literal), s)`` finds ``literal``: each occurrence that does not overlap the
    one before, found by ``str.find``. A pattern made of a text (a title) is compiled anew for each text, at some
    hundred times the cost of the search, and pushes the finders' own patterns out of ``re``'s cache.

    >>> list(find_all("aaaa", "aa")) == [m.start() for m in re.finditer("aa", "aaaa")]
    True
    >>> list(find_all("ab", "")) == [m.start() for m in re.finditer("", "ab")]
    True
    """
    at = s.find(literal)
    while at >= 0:
        yield at
        at = s.find(literal, at + max(len(literal), 1))
