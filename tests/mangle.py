"""Mangled copies of a gazette, the way PDF conversion and re-typing damage real ones (seeded, repeatable)."""

from __future__ import annotations

import random
import re

HEADERS = ("市政府办公室文件", "部门文件", "- 12 -")
BRACKETS = (("〔", "〕"), ("[", "]"), ("（", "）"), ("【", "】"), ("﹝", "﹞"), ("(", ")"))
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")
_NUMBER = re.compile(r"[〔\[(（【﹝]\s*(\d{4})\s*[〕\])）】﹞]\s*(\d+)\s*号")


def mangle(text: str, seed: int, *, breaks: float = 0.004, headers: float = 0.001, deletions: float = 0.0005) -> str:
    """``text`` with random line breaks and running headers inserted, bracket and width variants
    swapped in 发文字号, and a few characters deleted."""
    rng = random.Random(seed)

    def variant(m: re.Match[str]) -> str:
        o, c = rng.choice(BRACKETS)
        year, num = m.group(1), m.group(2)
        if rng.random() < 0.3:
            year, num = year.translate(_FULL), num.translate(_FULL)
        sp = " " if rng.random() < 0.3 else ""
        return f"{sp}{o}{year}{c}{sp}{num}{sp}{'號' if rng.random() < 0.2 else '号'}"

    text = _NUMBER.sub(variant, text)
    out: list[str] = []
    for ch in text:
        r = rng.random()
        if r < deletions:
            continue
        out.append(ch)
        r = rng.random()
        if r < breaks:
            out.append("\n")
        elif r < breaks + headers:
            out.append(f"\n\n{rng.choice(HEADERS)}\n\n")
    return "".join(out)
