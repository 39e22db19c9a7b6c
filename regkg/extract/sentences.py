"""Sentences of a document's flowing text, with their offsets: the unit of evidence."""

from __future__ import annotations

import re
from itertools import repeat
from re import Match
from typing import NamedTuple

__all__ = ["Sentence", "sentences"]

# A sentence ends at 。!? (kept in it) or a line break (not); 《》 and () never hold a break (titles wrap inside
# them). Spaces at either end are no part of it, except those before its closing mark.
_END_MARKS = "。!?"
# One match per sentence, found by the regex engine rather than by slicing and stripping around each stop in
# Python: closing marks alone, or from its first character that is no space and no break up to its last such
# character before the break, then the spaces and closing marks after it if marks come before the break (the line
# read once: read up to its marks first, a line without any would be read again for its last character).
_SENTENCE = re.compile(rf"[{_END_MARKS}]+|[^\s{_END_MARKS}](?:[^{_END_MARKS}\n]*[^\s{_END_MARKS}])?(?:[^\S\n]*[{_END_MARKS}]+)?")


class Sentence(NamedTuple):
    """A named tuple rather than a frozen dataclass: a gazette splits into tens of thousands of them, and the
    finders read them as ``(text, start, end)`` tuples."""

    text: str
    start: int  # offsets in the flow text the sentence came from
    end: int


_new_tuple = tuple.__new__


def sentences(s: str) -> list[Sentence]:
    """Split ``s`` into sentences, each keeping its closing mark.

    >>> [x.text for x in sentences("本办法自印发之日起施行。原办法同时废止。\\n第二条 X")]
    ['本办法自印发之日起施行。', '原办法同时废止。', '第二条 X']
    >>> [tuple(x) for x in sentences(" 甲 。\\n\\n?乙 \\n")]
    [('甲 。', 1, 4), ('?', 6, 7), ('乙', 7, 8)]
    """
    # tuple.__new__ makes each Sentence in C, and map and zip feed it in C: the generated Sentence.__new__, or a
    # comprehension, is a Python step per sentence
    found = list(_SENTENCE.finditer(s))
    return list(map(_new_tuple, repeat(Sentence), zip(map(Match.group, found), map(Match.start, found), map(Match.end, found))))
