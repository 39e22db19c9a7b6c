"""Stage 1: normalise a gazette's text without losing track of where each character came from.

PDF conversion leaves full-width digits, six kinds of brackets, spaces inside words (「贯 彻执行」),
running page headers in mid-sentence (「市政府办公室文件」) and line wraps everywhere. The finders want
none of that, but every fact must point back into the file as printed. So each transformation here
returns a :class:`Text`: the new string plus a map from its offsets to the input's.

Two views are built:

* :func:`clean` — one-to-one character normalisation (width, bracket variants, a few traditional
  characters), spaces inside CJK runs removed, running headers and page numbers blanked. Line
  structure is kept: segmentation reads lines.
* :func:`flow` — a cleaned slice with PDF line wraps joined, for the sentence-level finders.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from regkg.extract import cues

__all__ = ["Text", "clean", "flow", "normalise_chars"]


@dataclass(frozen=True)
class Text:
    """A string with a piecewise map of its offsets to the offsets of the original input.

    ``anchors`` are ``(offset_here, offset_in_original)`` pairs, sorted, one at the start of every
    run of characters that were copied unchanged; a position maps by its nearest anchor to the left.
    """

    s: str
    anchors: tuple[tuple[int, int], ...] = ((0, 0),)
    _keys: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_keys", [a for a, _ in self.anchors])

    def orig(self, i: int) -> int:
        """Offset in the original input of position ``i`` of this text."""
        k = bisect_right(self._keys, i) - 1
        here, there = self.anchors[max(k, 0)]
        return there + (i - here)

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the slice ``s[start:end]`` (``end`` exclusive)."""
        if end <= start:
            o = self.orig(start)
            return (o, o)
        return (self.orig(start), self.orig(end - 1) + 1)

    def sub(self, start: int, end: int) -> "Text":
        """The slice ``s[start:end]`` as a Text that still maps to the original input."""
        return _slice(self, start, end)


def _slice(t: Text, start: int, end: int) -> Text:
    keys = t._keys
    first = bisect_right(keys, start) - 1
    anchors = [(0, t.orig(start))]
    for here, there in t.anchors[first + 1 :]:
        if here >= end:
            break
        anchors.append((here - start, there))
    return Text(t.s[start:end], tuple(anchors))


def _rewrite(t: Text, pattern: re.Pattern[str], repl) -> Text:
    """Apply ``pattern.sub(repl)`` to ``t`` and keep the offset map.

    ``repl(match) -> str | None`` (``None`` keeps the match as it is): the returned characters map onto the match from its start (any beyond
    its length onto its last character) and the text after it maps unchanged.
    """
    out: list[str] = []
    anchors: list[tuple[int, int]] = []
    pos = 0  # position in t.s
    n = 0  # length of output so far

    keys = t._keys

    def copy(a: int, b: int) -> None:
        # the run keeps every anchor ``t`` has inside it: earlier passes' edits stay mapped
        nonlocal n
        if b > a:
            anchors.append((n, t.orig(a)))
            k = bisect_right(keys, a)
            while k < len(keys) and keys[k] < b:
                anchors.append((n + keys[k] - a, t.anchors[k][1]))
                k += 1
            out.append(t.s[a:b])
            n += b - a

    for m in pattern.finditer(t.s):
        a, b = m.span()
        r = repl(m)
        if r is None:  # keep the match as it is
            continue
        copy(pos, a)
        if r:
            anchors.append((n, t.orig(a)))
            # a replacement longer than its match (「十月」 -> 「10月」): the extra characters map to
            # the match's last character, so no span reaches past it
            for extra in range(b - a, len(r)):
                anchors.append((n + extra, t.orig(b - 1)))
            out.append(r)
            n += len(r)
        pos = b
    copy(pos, len(t.s))
    if not anchors:
        anchors = [(0, t.orig(0) if t.s else 0)]
    return Text("".join(out), _merge(anchors))


def _merge(anchors: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Drop anchors that continue the previous run (same delta), so maps stay small."""
    merged: list[tuple[int, int]] = []
    for here, there in anchors:
        if merged and there - here == merged[-1][1] - merged[-1][0]:
            continue
        merged.append((here, there))
    return tuple(merged)


@lru_cache(maxsize=1)
def _char_table() -> dict[int, str]:
    """One-to-one character normalisation: full-width ASCII, bracket variants, traditional forms."""
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII block -> ASCII
        table[code] = chr(code - 0xFEE0)
    table[0x3000] = " "  # ideographic space
    table[0x00A0] = " "
    table[0x2002] = " "
    table[0x2003] = " "
    table[0x200B] = " "  # zero-width space: blanked, then removed with other spaces
    table.update({ord(a): b for a, b in cues.BRACKET_FOLD.items()})
    table.update({ord(a): b for a, b in cues.TRADITIONAL_FOLD.items()})
    return table


def normalise_chars(s: str) -> str:
    """Width, bracket-variant and traditional-character folding, one character for one.

    >>> normalise_chars("吕政办发［２０２０］６９號")
    '吕政办发[2020]69号'
    """
    return s.translate(_char_table())


_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CJK_PUNCT = r"\u3001-\u303f\u2014-\u201f\u2026《》〈〉【】〔〕()（）:;,.!?、"
# Spaces with CJK on one side and CJK, a digit or a bracket on the other are PDF artefacts
# (「贯 彻执行」, 「2023 年 10 月」, 「临政规发[2023]3 号」); spaces between Latin words are not.
_SPACES = re.compile(r"[ \u3000]+")
_CJK_SIDE = re.compile(rf"[{_CJK}{_CJK_PUNCT}]")
_OTHER_SIDE = re.compile(r"[0-9\[\]〔〕]")


def _inner_space(m: re.Match[str]) -> str | None:
    """``""`` for a space run between two CJK characters, or CJK and a digit or bracket; else keep it.

    Checked in Python around each run of spaces: a regex with lookbehinds on both sides would be
    tried at every character of the text.
    """
    s, a, b = m.string, m.start(), m.end()
    if a == 0 or b == len(s):
        return None
    left, right = s[a - 1], s[b]
    if _CJK_SIDE.match(left) and (_CJK_SIDE.match(right) or _OTHER_SIDE.match(right)):
        return ""
    if _OTHER_SIDE.match(left) and _CJK_SIDE.match(right):
        return ""
    return None
_TRAILING_SPACE = re.compile(r"[ \t]+(?=\n)|^[ \t]+", re.M)
# Markdown bullets and quote marks the PDF converter put at line starts (「- 11. 加快…」, 「> 吕梁市…」).
_LINE_MARKUP = re.compile(r"^(?:[-*>•·][ \t]+)+", re.M)
# A page number set in mid-sentence: 「要确保储备资金的安全和保 - 18 - 值」. Matched from its dash (a
# pattern opening with lookbehinds would be tried at every character); the callback checks that CJK
# stands on both sides.
_INLINE_PAGE = re.compile(r"[-—][ \t]?\d{1,3}[ \t]?[-—]")
_PAGE_SIDE = re.compile(r"[\u4e00-\u9fff()]")


def _inline_page(m: re.Match[str]) -> str | None:
    s, a, b = m.string, m.start(), m.end()
    left = s[max(0, a - 2) : a].rstrip(" \t")[-1:]  # the spaces around go with the spaces pass
    right = s[b : b + 2].lstrip(" \t")[:1]
    return "" if left and right and _PAGE_SIDE.match(left) and _PAGE_SIDE.match(right) else None


def _header_pattern() -> re.Pattern[str]:
    alts = "|".join(cues.RUNNING_HEADERS)
    return re.compile(rf"^[ \t]*(?:{alts})[ \t]*$", re.M)


_HEADERS = _header_pattern()


_CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# Signature dates in Chinese numerals (「二〇二四年三月一日」), as older and some national documents print them.
_CN_DATE = re.compile(r"([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")


def _cn_int(s: str) -> int:
    if "十" not in s:
        return _CN_DIGIT[s]
    tens, _, ones = s.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


def _arabic_date(m: re.Match[str]) -> str:
    y, mo, d = m.groups()
    return f"{''.join(str(_CN_DIGIT[c]) for c in y)}年{_cn_int(mo)}月{_cn_int(d)}日"


def clean(raw: str) -> Text:
    """The line view: normalised characters, inner spaces removed, running headers blanked.

    >>> t = clean("现印发给你们,请认真贯 彻执行。\\n部门文件\\n(临政规发[2023]3 号)")
    >>> t.s
    '现印发给你们,请认真贯彻执行。\\n\\n(临政规发[2023]3号)'
    >>> raw = "现印发给你们,请认真贯 彻执行。\\n部门文件\\n(临政规发[2023]3 号)"
    >>> s, e = t.orig_span(t.s.index("临"), t.s.index("号") + 1)
    >>> raw[s:e]
    '临政规发[2023]3 号'
    >>> clean("国务院办公厅\\n二〇二四年三月十一日").s
    '国务院办公厅\\n2024年3月11日'
    >>> clean("要确保储备资金的安全和保 - 18 - 值").s
    '要确保储备资金的安全和保值'
    """
    t = Text(raw.translate(_char_table()))
    t = _rewrite(t, _LINE_MARKUP, lambda m: "")
    t = _rewrite(t, _HEADERS, lambda m: "")
    t = _rewrite(t, _INLINE_PAGE, _inline_page)
    t = _rewrite(t, _SPACES, _inner_space)
    t = _rewrite(t, _TRAILING_SPACE, lambda m: "")
    t = _rewrite(t, _CN_DATE, _arabic_date)
    return t


# A line break is a PDF wrap unless the line ends a sentence or the next one starts a new item.
_ITEM_START = r"(?:第[一二三四五六七八九十百零0-9]+[章节条]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十0-9]+[)）]|[0-9]+(?:\.[0-9]+)*[.、．]\s*\S|附件|[0-9]+\s)"
_WRAP = re.compile(rf"(?<=[^。;:!?\n])\n+(?!{_ITEM_START})")


def flow(t: Text) -> Text:
    """Join PDF line wraps inside sentences, keep breaks after sentences and before new items.

    >>> flow(clean("(泸委办[2018]\\n\\n41号)同时废止。\\n第二条 本办法")).s
    '(泸委办[2018]41号)同时废止。\\n第二条本办法'
    """
    return _rewrite(t, _WRAP, lambda m: "")
