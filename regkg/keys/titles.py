"""Titles: the one folding two printings of a title are compared by, and whether they differ.

>>> title_key("《泸州市重污染天气应急预案 （2024年修订）》")
'泸州市重污染天气应急预案(2024年修订)'
>>> named_titles("泸州市人民政府办公室关于印发〈泸州市重污染天气应急预案(2021修订)〉的通知")
['泸州市重污染天气应急预案(2021修订)']
>>> title_stem("泸州市大气环境质量限期达标规划(2018—2025年)")
'泸州市大气环境质量限期达标规划'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from regkg.keys.chars import normalise_chars

__all__ = ["named_titles", "normalise_title", "title_key", "title_stem", "titles_differ", "years"]

_WS = re.compile(r"\s+")
# Marks that are print, not words: book-title marks, quotes, spaces. 「《A》」 and 「〈A〉」 are one title.
_TITLE_DROP = re.compile(r"[\s《》〈〉<>‹›「」“”\"'‘’]")
# Dashes and tildes of a year range print in many widths: (2018—2025年), (2018-2025年), (2018~2025年)
_DASHES = ("—", "–", "~", "－")  # folded to "-" by str.replace: str.translate looks up every character of the title
# Inner titles a notice names: 关于印发《X》的通知, 〈X〉 when nested inside a cited title.
_NAMED = re.compile(r"[《〈<]([^《》〈〉<>]+)[》〉>]")
# Edition markers dropped to compare editions of one plan: (2021修订), (2018—2025年), (试行).
_EDITION = re.compile(r"\([^()]*(?:\d{4}|修订|修正|试行|暂行)[^()]*\)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def normalise_title(t: str) -> str:
    """A title as stored: whitespace gone, brackets and script kept as printed.

    >>> normalise_title("国家发展改革 委、水利部关于印发<国家节水行动方案> 的通知")
    '国家发展改革委、水利部关于印发<国家节水行动方案>的通知'
    """
    return _WS.sub("", t)


@lru_cache(maxsize=1 << 16)  # asked again for the same titles: 723,000 times at 1,000 gazettes
def title_key(title: str) -> str:
    """A title folded for comparison: width, script and brackets folded, dashes one, no spaces or marks.

    >>> title_key("《关于印发〈某 辦法〉的通知》"), title_key("“十四五”规划(2021—2025年)")
    ('关于印发某办法的通知', '十四五规划(2021-2025年)')
    """
    text = unicodedata.normalize("NFKC", normalise_chars(title))
    for dash in _DASHES:
        text = text.replace(dash, "-")
    return _TITLE_DROP.sub("", text)


def titles_differ(a: str, b: str) -> bool:
    """Whether two printings of a title name different documents: not when, folded, one contains the
    other (「…办法」 and 「关于印发…办法的通知」).

    >>> titles_differ("《泸州市甲办法》", "关于印发〈泸州市甲办法〉的通知"), titles_differ("泸州市甲办法", "泸州市乙规定")
    (False, True)
    """
    a, b = title_key(a), title_key(b)
    return a not in b and b not in a


def named_titles(title: str) -> list[str]:
    """Keys of the titles a document's title names in 《》/〈〉 (the rules a notice issues)."""
    return [title_key(t) for t in _NAMED.findall(unicodedata.normalize("NFKC", normalise_chars(title)))]


def title_stem(title: str) -> str:
    """A title key without edition markers, so two editions of one plan share it."""
    return _EDITION.sub("", title_key(title))


def years(text: str) -> frozenset[str]:
    """The four-digit years a title prints; editions differ by them."""
    return frozenset(_YEAR.findall(text))
