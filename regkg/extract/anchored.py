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
from collections.abc import Iterator


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
