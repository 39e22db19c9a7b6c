"""Text as printed: what records show, while finders match on the cleaned text.

Cleaning folds traditional characters, widths and brackets one character for one, so every cleaned
character of such a run maps back to the character the input printed. Titles and evidence are given
back in the input's script (「國家環境保護標準制修訂工作管理辦法」 stays traditional), with what cleaning
took out for good reason kept out: line wraps, stray spaces, running page headers, pinyin glosses.
"""

from __future__ import annotations

import re

from regkg.extract.clean import Text, normalise_chars

__all__ = ["printed", "printed_title", "GLOSS"]

_CN_DIGITS = "〇○零一二三四五六七八九"

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
    """
    out = []
    for i in range(start, end):
        ch = t.s[i]
        o = t.orig(i)
        src = raw[o] if 0 <= o < len(raw) else ch
        folded = normalise_chars(src) == ch or (ch.isdigit() and src in _CN_DIGITS)  # 「二〇三五年」 read as 2035年
        out.append(src if src != ch and folded else ch)
    return "".join(out)


def printed_title(raw: str, t: Text, start: int, end: int) -> str:
    """A title as printed: the input's script, no line breaks, spaces or pinyin glosses
    (「國務院關(guān)於」 -> 「國務院關於」)."""
    return GLOSS.sub("", re.sub(r"\s+", "", printed(raw, t, start, end)))
