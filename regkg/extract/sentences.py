"""Sentences of a document's flowing text, with their offsets: the unit of evidence."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Sentence", "sentences"]

# A sentence ends at 。!? or a line break; 《》 and () never hold a break (titles wrap inside them).
_END = re.compile(r"[。!?]+|\n+")


class Sentence(NamedTuple):
    """A named tuple rather than a frozen dataclass: a gazette splits into tens of thousands of them, and the
    finders read them as ``(text, start, end)`` tuples."""

    text: str
    start: int  # offsets in the flow text the sentence came from
    end: int


def sentences(s: str) -> list[Sentence]:
    """Split ``s`` into sentences, each keeping its closing mark.

    >>> [x.text for x in sentences("本办法自印发之日起施行。原办法同时废止。\\n第二条 X")]
    ['本办法自印发之日起施行。', '原办法同时废止。', '第二条 X']
    """
    out: list[Sentence] = []
    pos = 0
    for m in _END.finditer(s):
        end = m.start() if s[m.start()] == "\n" else m.end()  # a break is no part of the sentence
        piece = s[pos:end]
        if text := piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(Sentence(text, pos + lead, pos + lead + len(text)))
        pos = m.end()
    piece = s[pos:]
    if tail := piece.strip():
        lead = len(piece) - len(piece.lstrip())
        out.append(Sentence(tail, pos + lead, pos + lead + len(tail)))
    return out
