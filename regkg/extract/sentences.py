"""Sentences of a document's flowing text, with their offsets: the unit of evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "sentences"]

# A sentence ends at 。!? or a line break; 《》 and () never hold a break (titles wrap inside them).
_END = re.compile(r"[。!?]+|\n+")


@dataclass(frozen=True)
class Sentence:
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
        end = m.end() if m.group().strip() else m.start()
        text = s[pos:end].strip()
        if text:
            lead = len(s[pos:end]) - len(s[pos:end].lstrip())
            out.append(Sentence(text, pos + lead, pos + lead + len(text)))
        pos = m.end()
    tail = s[pos:].strip()
    if tail:
        lead = len(s[pos:]) - len(s[pos:].lstrip())
        out.append(Sentence(tail, pos + lead, pos + lead + len(tail)))
    return out
