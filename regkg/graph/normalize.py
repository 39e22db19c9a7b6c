"""Canonical keys for matching: document numbers, titles, title stems.

The extractor already canonicalises numbers; the graph normalises again because a cited number is
printed in many ways across gazettes (「泸市府办发[2022]67号」, 「泸市府办发〔2022〕67 号」) and the same
number must become one node however printed.

>>> canonical_number("吕政办发 [2020] 69 号")
'吕政办发〔2020〕69号'
>>> agency_code("晋政办发〔2023〕31号")
'晋政办发'
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

__all__ = ["canonical_number", "agency_code", "number_year", "title_key", "named_titles", "title_stem", "years"]

# 发文字号: 机关代字 + year in any bracket + serial + 号. Brackets seen in the seeds: 〔〕 [] ［］ () （）【】.
_NUMBER = re.compile(r"^\s*(?P<code>[^\s〔\[［(（【]+?)\s*[〔\[［(（【]\s*(?P<year>\d{4})\s*[〕\]］)）】]\s*第?\s*(?P<serial>\d+)\s*号\s*$")

# Width and bracket variants folded before comparing titles (NFKC does full-width → half-width).
_TITLE_DROP = re.compile(r"[\s《》〈〉<>「」“”\"'‘’]")
# Inner titles a notice names: 关于印发《X》的通知, 〈X〉 when nested inside a cited title.
_NAMED = re.compile(r"[《〈<]([^《》〈〉<>]+)[》〉>]")
# Edition markers dropped to compare editions of one plan: (2021修订), (2018—2025年), (试行).
_EDITION = re.compile(r"\([^()]*(?:\d{4}|修订|修正|试行|暂行)[^()]*\)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def canonical_number(printed: str) -> str:
    """The canonical 发文字号 ``代字〔YYYY〕N号``; the input, stripped of spaces, when it is not one."""
    text = unicodedata.normalize("NFKC", printed)
    match = _NUMBER.match(text)
    if not match:
        return re.sub(r"\s+", "", printed)
    return f"{match['code']}〔{match['year']}〕{int(match['serial'])}号"


def agency_code(number: str) -> str | None:
    """The 机关代字 of a canonical number (the part before the year), or None."""
    head, sep, _ = number.partition("〔")
    return head if sep and head else None


def number_year(number: str) -> int | None:
    """The year inside a canonical number."""
    match = re.search(r"〔(\d{4})〕", number)
    return int(match.group(1)) if match else None


def title_key(title: str) -> str:
    """A title folded for exact comparison: NFKC width, no spaces, quotes or book-title marks."""
    text = unicodedata.normalize("NFKC", title)
    text = text.replace("—", "-").replace("–", "-").replace("~", "-")
    return _TITLE_DROP.sub("", text)


def named_titles(title: str) -> list[str]:
    """Keys of the titles a document's title names in 《》/〈〉 (the rules a notice issues)."""
    return [title_key(t) for t in _NAMED.findall(unicodedata.normalize("NFKC", title))]


def title_stem(title: str) -> str:
    """A title key without edition markers, so two editions of one plan share it."""
    return _EDITION.sub("", title_key(title))


def years(text: str) -> frozenset[str]:
    """The four-digit years a title prints; editions differ by them."""
    return frozenset(_YEAR.findall(text))
