"""The search folding the static pages' scripts apply to what a person types, shipped as data made
from :mod:`regkg.keys`, so the browser folds 「瀘市府辦發［2024］9號」 exactly as ``regkg status`` does
(static/fold.js reads it; no second table is written by hand).

>>> table = fold_data()
>>> table["chars"]["瀘"], table["chars"]["［"], table["chars"]["﹝"]
('泸', '[', '〔')
>>> table["open"], table["close"]  # 「?」 too: a page whose encoding had no 〔〕 prints it for each
('(<?[〈【〔', ')>?]〉】〕')
"""

from __future__ import annotations

from functools import lru_cache

from regkg.keys.chars import char_table
from regkg.keys.numbers import TAIL, canonical

__all__ = ["fold_data"]

# A number the grammar reads, with a bracket to try in place of each of its own: 「国发〔2020〕1号」.
_PROBE_CODE, _PROBE_YEAR, _PROBE_SERIAL = "国发", "2020", "1号"


@lru_cache(maxsize=1)
def fold_data() -> dict:
    """{"chars": character -> its folded form (width, brackets, script, invisibles: keys.chars), "open"
    and "close": the brackets a 发文字号's year may stand in (read off the grammar keys.numbers.TAIL by
    asking canonical() which of its characters it takes there)."""
    chars = {chr(code): folded for code, folded in sorted(char_table().items())}
    wanted = f"{_PROBE_CODE}〔{_PROBE_YEAR}〕{_PROBE_SERIAL}"
    candidates = sorted(c for c in set(TAIL) if not c.isalnum())  # a digit would read as part of the year
    return {
        "chars": chars,
        "open": "".join(c for c in candidates if canonical(f"{_PROBE_CODE}{c}{_PROBE_YEAR}〕{_PROBE_SERIAL}") == wanted),
        "close": "".join(c for c in candidates if canonical(f"{_PROBE_CODE}〔{_PROBE_YEAR}{c}{_PROBE_SERIAL}") == wanted),
    }
