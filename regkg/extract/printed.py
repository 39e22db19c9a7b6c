"""Text as printed: what records show, while finders match on the cleaned text.

Cleaning folds traditional characters, widths and brackets one character for one, so every cleaned
character of such a run maps back to the character the input printed. Titles and evidence are given
back in the input's script (「國家環境保護標準制修訂工作管理辦法」 stays traditional), with what cleaning
took out for good reason kept out: line wraps, stray spaces, running page headers, pinyin glosses.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from regkg.extract import cues
from regkg.extract.clean import Text
from regkg.keys.chars import char_table, normalise_chars

__all__ = ["printed", "printed_title", "GLOSS"]

_CN_DIGITS = "〇○零一二三四五六七八九"
# A date the cleaner rewrote in digits (clean._arabic_date), as it stands in the cleaned text, and as the input printed
# it in numerals: 「二○○五年十一月二十一日」 is 2005年11月21日, one character shorter, so no character maps onto one
_DIGIT_DATE = re.compile(cues.DATE)
_NUMERAL_DATE = re.compile(r"[0-9〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日")

# A gloss is lower-case pinyin with a tone mark after a hard character (「關(guān)于」); 「(microRNA)」 is none.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
GLOSS = re.compile(rf"[((][a-zü]{{0,6}}[{_TONED}][a-zü{_TONED}]{{0,6}}[))]")


def printed(raw: str, t: Text, start: int, end: int) -> str:
    """``t.s[start:end]`` with each folded character given back as the input printed it.

    >>> from regkg.extract.clean import clean
    >>> raw = "晉政辦發〔2017〕120號\\n同時廢止。"
    >>> c = clean(raw)
    >>> printed(raw, c, 0, len(c.s))
    '晉政辦發〔2017〕120號\\n同時廢止。'
    >>> raw = "见到实效。 二○○五年十一月二十一日 附:"
    >>> c = clean(raw)
    >>> c.s, printed(raw, c, 0, len(c.s))
    ('见到实效。2005年11月21日附:', '见到实效。二○○五年十一月二十一日附:')
    >>> raw = "序号 目标任务 责任单位\\n1 地区生产总值增长6%以上。 区发展改革委"  # a table's cells joined by spaces
    >>> c = clean(raw)
    >>> c.s[-23:], printed(raw, c, 0, len(c.s))[-23:]
    ('\\n1\\t地区生产总值增长6%以上。\\t区发展改革委', '\\n1 地区生产总值增长6%以上。 区发展改革委')
    """
    # (「年」 looked for in place first: a slice of every span would copy it)
    if t.s.find("年", start, end) >= 0 and (dates := list(_DIGIT_DATE.finditer(t.s, start, end))):
        # a date printed in numerals is given back whole (DQ05), the rest around it character by character
        out, at = [], start
        for m in dates:
            if (was := _NUMERAL_DATE.match(raw, t.orig(m.start()))) is not None:
                out += _mapped(raw, t, at, m.start()), was.group()
                at = m.end()
        return "".join(out) + _mapped(raw, t, at, end)
    return _mapped(raw, t, start, end)


def _mapped(raw: str, t: Text, start: int, end: int) -> str:
    """:func:`printed` of a span, character by character."""
    if start >= end:
        return ""
    s, keys, anchors = t.s, t._keys, t.anchors
    k = max(bisect_right(keys, start) - 1, 0)
    last = len(keys) - 1
    if k == last or keys[k + 1] >= end:  # one run (most spans: a sentence, a name, a character)
        here, there = anchors[k]
        return _run(raw[there + (start - here) : there + (end - here)], s[start:end])
    out: list[str] = []
    i = start
    while i < end:  # run by run: inside a run the cleaned text maps one to one onto the input
        here, there = anchors[k]
        stop = min(end, keys[k + 1]) if k < last else end
        if stop <= i:
            k += 1
            continue
        out.append(_run(raw[there + (i - here) : there + (stop - here)], s[i:stop]))
        i = stop
        k += 1
    return "".join(out)


def _run(src: str, mine: str) -> str:
    """``mine``, cleaned text that maps one to one onto ``src`` as printed, with each folded character given back."""
    if src == mine or len(src) != len(mine):
        return mine
    if normalise_chars(src) == mine:  # every change a fold (widths, script): the run as printed, in one pass
        return src
    folded = char_table()  # looked up per character: normalise_chars(a) for one character
    return "".join(
        a if a != b and (folded.get(ord(a), a) == b or (b.isdigit() and a in _CN_DIGITS) or (b == "\t" and a in " \u3000"))
        else b for a, b in zip(src, mine)
    )  # 「二〇三五年」 read as 2035年 keeps its printed digits; a table's cells joined by spaces (clean._spaced_tables) theirs


def printed_title(raw: str, t: Text, start: int, end: int) -> str:
    """A title as printed: the input's script, no line breaks, spaces or pinyin glosses
    (「國務院關(guān)於」 -> 「國務院關於」)."""
    return GLOSS.sub("", "".join(printed(raw, t, start, end).split()))  # str.split() takes what \s takes
