"""Evidence sentences shown in their context: the paragraph of the input file around the sentence,
the sentence highlighted, and the 发文字号, titles, bodies and dates in it marked (regkg's spaCy
components, :func:`regkg.extract.nlp.annotate`).

The text comes from the input files, found by source name where ``regkg build`` recorded them and
read by the reader the caller hands over (:func:`regkg.orchestrate.source_texts` passes regkg's own,
which reads any encoding, PDF and HTML); when a file is not there, or no longer holds the sentence at
its span, the sentence is shown alone.

>>> texts = SourceTexts({})
>>> ctx = texts.context(Evidence("a.txt", (0, 5), "泸市府发〔2024〕2号同时废止。", "extracted", 1.0))
>>> ctx.found, [(s.text, s.evidence, s.entity) for s in ctx.segments]
(False, [('泸市府发〔2024〕2号', True, 'DOCNUM'), ('同时废止。', True, None)])
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from regkg.errors import InputError
from regkg.graph.memory_view import Evidence

__all__ = ["Segment", "Context", "SourceTexts", "Reader", "ENTITY_LABELS"]

# Characters of context kept either side of a sentence, at most (the paragraph ends sooner).
CONTEXT_CHARS = 160
# Characters at each end of a sentence that must match the input when a page header splits it.
ANCHOR_CHARS = 8
# What each entity label means, for the page's key and the marks' tooltips.
ENTITY_LABELS = {"DOCNUM": "发文字号", "TITLE": "title 《》", "ORG": "body", "DATE": "date"}
_SPACE = re.compile(r"\s+")
# How an input file's text is read (a path in, its decoded text out; InputError or OSError if it cannot be).
Reader = Callable[[Path], str]


@dataclass(frozen=True)
class Segment:
    text: str
    evidence: bool  # part of the evidence sentence
    entity: str | None  # DOCNUM, TITLE, ORG, DATE or None


@dataclass(frozen=True)
class Context:
    segments: tuple[Segment, ...]
    found: bool  # the sentence was found in its input file (else shown alone)
    source: str | None
    span: tuple[int, int] | None


def _squash(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def _same_sentence(printed: str, sentence: str) -> bool:
    """Whether ``printed`` (the input at the span) is ``sentence`` (as cleaned by the extractor): equal
    up to width and spaces, or with a running page header cut out of the middle."""
    a, b = _squash(printed), _squash(sentence)
    if a == b:
        return True
    edge = min(ANCHOR_CHARS, len(b) // 2)
    return edge > 0 and a.startswith(b[:edge]) and a.endswith(b[-edge:])


class SourceTexts:
    """Input texts by source name, read by ``read`` on first use (without a reader, none is read)."""

    def __init__(self, paths: Mapping[str, Path], read: Reader | None = None) -> None:
        self._paths = dict(paths)
        self._read = read
        self._texts: dict[str, str | None] = {}

    def paths(self) -> dict[str, Path]:
        return dict(self._paths)

    def text(self, name: str | None) -> str | None:
        if not name or name not in self._paths or self._read is None:
            return None
        if name not in self._texts:
            try:
                self._texts[name] = self._read(self._paths[name])
            except (InputError, OSError):
                self._texts[name] = None
        return self._texts[name]

    def context(self, ev: Evidence) -> Context:
        """The sentence of ``ev`` in its paragraph, split into marked segments."""
        sentence = ev.text or ""
        text = self.text(ev.source)
        if text is not None and ev.span and 0 <= ev.span[0] < ev.span[1] <= len(text) and sentence \
                and _same_sentence(text[ev.span[0]:ev.span[1]], sentence):
            start, end = ev.span
            left = max(text.rfind("\n", 0, start) + 1, start - CONTEXT_CHARS)
            right = text.find("\n", end)
            right = min(len(text) if right < 0 else right, end + CONTEXT_CHARS)
            return Context(_segments(text[left:right], start - left, end - left), True, ev.source, ev.span)
        return Context(_segments(sentence, 0, len(sentence)), False, ev.source, ev.span)


def _segments(window: str, start: int, end: int) -> tuple[Segment, ...]:
    """``window`` cut at the sentence's ends and at each entity's ends."""
    from regkg.extract.entities import entity_spans  # no spaCy: its import was 1.5 s of a server's first page

    ents = entity_spans(window)
    cuts = sorted({0, len(window), max(0, min(start, len(window))), max(0, min(end, len(window))),
                   *(i for a, b, _ in ents for i in (a, b))})
    label_at = {a: (b, label) for a, b, label in ents}
    out: list[Segment] = []
    entity: tuple[int, str] | None = None
    for i, j in zip(cuts, cuts[1:]):
        if i in label_at:
            entity = label_at[i]
        label = entity[1] if entity and i < entity[0] else None
        evidence = start <= i < end
        if out and out[-1].evidence == evidence and out[-1].entity == label:
            out[-1] = Segment(out[-1].text + window[i:j], evidence, label)
        else:
            out.append(Segment(window[i:j], evidence, label))
    return tuple(out)


def relative_paths(paths: Mapping[str, Path], base: Path) -> dict[str, str]:
    """Source name -> path relative to ``base`` (what the output folder records about its inputs)."""
    return {name: os.path.relpath(path.resolve(), base.resolve()) for name, path in sorted(paths.items())}
