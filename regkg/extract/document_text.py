"""One document's text as the finders read it, and the way back from it to the page as printed.

A segment of the cleaned gazette is read in two views: the line view (tables: a row is a line) and the
flow view (PDF line wraps joined: sentences). On the flow text the 发文字号 and 《…》 titles are found once
and its sentences split once, and every finder reads them from here; a record shows its evidence as the
input printed it (traditional script kept) and points into the input, which :class:`DocumentText` does
for any span of the flow text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from regkg.extract import cues
from regkg.extract.anchored import find_all
from regkg.extract.citations import TitleRef, find_titles
from regkg.extract.clean import Text, flow
from regkg.extract.docnum import DocNum, find_docnums
from regkg.extract.printed import printed, printed_title
from regkg.extract.segment import Segment
from regkg.extract.sentences import Sentence, sentences
from regkg.extract.table_rows import TableRow, table_rows

__all__ = ["DocumentText", "document_text", "history_notes"]

_SITE_NOTE = re.compile(cues.SITE_NOTE)
_COPYRIGHT_NOTE = re.compile(cues.COPYRIGHT_NOTE)
_HISTORY = re.compile(cues.HISTORY_NOTE)
_ENDED_BY = re.compile(cues.ENDED_BY_NOTE, re.M)
_KEPT_BY = re.compile(cues.KEPT_BY_NOTE)
# A duty table flattened one cell a line whose column heads (「事项」 「责任单位」 「牵头单位」) stand where a page's head
# is read, above its first row (AG08): its rows are read from the first head on.
# (a label a line, or a row of cells that opens with 序号: 「序号\t目标任务\t责任单位\t上半年推进情况」, FL06)
_TABLE_HEAD = re.compile(rf"^(?:{'|'.join(cues.BODY_COLUMN_LABELS)})$"
                         rf"|^序号\t[^\n]*?\t(?:{'|'.join(cues.BODY_COLUMN_LABELS)})(?:\t|$)", re.M)
_NEAR = 40  # characters either side of a position that stand as its evidence when no sentence holds it
# A table of contents' entry: its title, dot leaders and a page number, a line of its own (「2.…实施《自然灾害救助条例》办法……6」)
_CONTENTS_LINE = re.compile(r"(?m)^[^\n]{2,120}?(?:…{2,}|\.{4,}|·{4,})[ \t]*\d{1,4}[ \t]*$")
_LEADERS_THEN_PAGE = re.compile(r"(?:……|\.\.\.\.)[ \t]*\d{1,4}[ \t]*(?:\n|$)")


# How far before its 「被」 a history note starts: its subject (「本篇法规」), then 「已」.
_NOTE_LEAD = max(map(len, cues.HISTORY_SUBJECTS)) + len("已")


def ended_by_notes(s: str) -> list[re.Match[str]]:
    """A database's notes and fields that a later document ended this one (cues.ENDED_BY_NOTE), in ``s``.

    >>> [m.group("seen") for m in ended_by_notes("注释:全文废止。参见:《某部关于废止部分规章的决定》(某部令第83号)")]
    ['《某部关于废止部分规章的决定》']
    """
    return list(_ENDED_BY.finditer(s)) if "全文" in s or "依据】" in s else []  # what each prints: most texts print neither


def history_notes(s: str) -> list[re.Match[str]]:
    """The history notes in ``s`` (「本文件已被《…》废止」), as ``_HISTORY.finditer(s)`` finds them.

    Each prints 「被」 a few characters from its start, and _HISTORY, opening with optional words, would be
    tried at every character: it is tried only at the starts each 「被」 allows, the leftmost first.

    >>> [m.group() for m in history_notes("注:本篇法规已被财税〔2009〕17号文件宣布失效。被告")]
    ['本篇法规已被财税〔2009〕17号文件宣布失效']
    """
    out: list[re.Match[str]] = []
    pos = 0
    at = s.find("被")
    while at >= 0:
        m = next((m for a in range(max(pos, at - _NOTE_LEAD), at + 1) if (m := _HISTORY.match(s, a))), None)
        if m is not None:
            out.append(m)
            pos = m.end()
        at = s.find("被", max(at + 1, pos))
    return out


@dataclass(frozen=True)
class DocumentText:
    """A document's body in both views, with what every finder reads from its flow text."""

    raw: str  # the input as printed
    lines: Text  # the line view of the body
    tables: Text  # the line view duty tables are read in: the body's, or from a table's head the document's head took
    body: Text  # the flow view of the body
    s: str  # body.s with site notes and history boxes blanked, offsets kept: evidence still reads body.s
    sentences: list[Sentence]
    notice: list[Sentence]  # the covering notice's sentences: up to the signature, or all of them
    numbers: list[DocNum]
    titles: list[TitleRef]
    _starts: list[int] = field(repr=False)
    _shown_titles: dict[str, str] = field(default_factory=dict, repr=False)

    def shown(self, a: int, b: int) -> str:
        """``s[a:b]`` as the input printed it."""
        return printed(self.raw, self.body, a, b)

    def span(self, a: int, b: int) -> tuple[int, int]:
        """The input's offsets of ``s[a:b]``."""
        return self.body.orig_span(a, b)

    def title_shown(self, title: str | None) -> str | None:
        """A title found in the text as printed (traditional script kept); its last printing when it is
        printed more than once. Worked out for the titles a record names, not for every 《…》."""
        if not title:
            return title
        if title not in self._shown_titles:
            ref = next((t for t in reversed(self.titles) if t.title == title), None)
            self._shown_titles[title] = printed_title(self.raw, self.body, ref.start + 1, ref.end - 1) if ref else title
        return self._shown_titles[title]

    @cached_property
    def rows(self) -> list[TableRow]:
        """The rows of the run-together clean-up tables in its text, read once for its repeals and its law citations."""
        return table_rows(self.s, self.numbers)

    def holding(self, words: Iterable[str]) -> set[int]:
        """The indices of the sentences that print one of ``words`` (words of characters, no space or stop in them:
        each stands inside a sentence). Found by a ``str.find`` walk through the text per word, where a regex search of
        each sentence for them all is a call per sentence, its scan testing each character against a class.

        >>> from regkg.extract.clean import clean
        >>> from regkg.extract.segment import segment
        >>> c = clean("泸州市人民政府关于废止某办法的通知\\n泸府发〔2024〕9号\\n《某办法》同时废止。请认真执行。\\n原办法不再执行。")
        >>> doc = document_text(c, segment(c)[1][0], c.s, frozenset())
        >>> [x.text for x in doc.sentences], sorted(doc.holding(["废止", "不再"]))
        (['《某办法》同时废止。', '请认真执行。', '原办法不再执行。'], [0, 2])
        """
        return {bisect_right(self._starts, at) - 1 for word in words for at in find_all(self.s, word)}

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence that holds ``pos``, or the text around it when none does."""
        # sentences are disjoint and in order: the one that can hold ``pos`` is the last to start at or before it
        k = bisect_right(self._starts, pos) - 1
        if k >= 0 and pos < self.sentences[k].end:
            return self.sentences[k]
        a = max(0, pos - _NEAR)
        return Sentence(self.s[a : pos + _NEAR], a, min(len(self.s), pos + _NEAR))


def document_text(c: Text, seg: Segment, raw: str, known: frozenset[str]) -> DocumentText:
    """The body of ``seg`` in the cleaned gazette ``c``; ``known`` are the gazette's 机关代字."""
    lines = c.sub(seg.body_start, seg.end)
    head = _TABLE_HEAD.search(c.s, seg.start, seg.body_start) if seg.body_start > seg.start else None
    body = flow(lines)
    # site notes and history boxes are the site's words, not the document's; offsets kept: evidence reads body.s (clean
    # takes a note out of its line already; here one a line break split, which the flow joins)
    s = _SITE_NOTE.sub(lambda m: " " * len(m.group()), body.s)
    if "著作权法》第五条" in s:
        s = _COPYRIGHT_NOTE.sub(lambda m: " " * len(m.group()), s)
    for m in history_notes(s):
        s = s[: m.start()] + " " * len(m.group()) + s[m.end() :]
    for m in ended_by_notes(s):
        s = s[: m.start()] + " " * len(m.group()) + s[m.end() :]
    if "继续有效" in s or "现行有效" in s:
        s = _KEPT_BY.sub(lambda m: " " * len(m.group()), s)
    # a table of contents cites nothing: its entries are the parts' own titles (DR06); its leaders then a page number are
    # looked for first (an ellipsis is common, a page number after one is not)
    if ("……" in s or "...." in s) and _LEADERS_THEN_PAGE.search(s):
        s = _CONTENTS_LINE.sub(lambda m: " " * len(m.group()), s)
    sents = sentences(s)
    notice_end = (seg.signature_end - seg.body_start) if seg.signature_end else len(s)
    tables = c.sub(head.start(), seg.end) if head else lines
    return DocumentText(raw, lines, tables, body, s, sents, _up_to(sents, s, notice_end), find_docnums(s, known),
                        find_titles(s), [x.start for x in sents])


def _up_to(sents: list[Sentence], s: str, end: int) -> list[Sentence]:
    """``sentences(s[:end])`` read off the sentences of ``s``: those that end by ``end``, and the one ``end``
    cuts, cut there (a document without a signature is its own notice)."""
    if end >= len(s):
        return sents
    out = []
    for x in sents:
        if x.end <= end:
            out.append(x)
        elif x.start < end:
            text = s[x.start : end].rstrip()
            out.append(Sentence(text, x.start, x.start + len(text)))
        else:
            break
    return out
