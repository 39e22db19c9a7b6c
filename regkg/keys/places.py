"""Places: the one table of jurisdictions, their levels, and the characters their 机关代字 start with.

Extract names a gazette's jurisdiction and graph files documents under places from this same table,
so a 国务院 gazette and 《中华人民共和国森林法》 both land in the one national place, 中国.

>>> jurisdiction_of("泸州市人民政府公报"), jurisdiction_of("国务院办公厅"), jurisdiction_of("市生态环境局")
('泸州市', '中国', None)
>>> place_name("中华人民共和国"), level_of("山西省"), abbreviation_of("石家庄市")
('中国', 'provincial', '石')
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from regkg.keys.chars import openings

__all__ = [
    "LEVELS",
    "NATIONAL",
    "NATIONAL_BODY_SUFFIXES",
    "NATIONAL_PREFIXES",
    "Place",
    "abbreviation_chars",
    "abbreviation_of",
    "city_initials",
    "jurisdiction_of",
    "level_of",
    "place_name",
    "places",
    "short_name",
]

# The country's one name, in records and in the graph; 中华人民共和国 is an alias of it in the table.
NATIONAL = "中国"
# Levels from the top down; a document "rests on" documents at its own level or above.
LEVELS = ("national", "provincial", "municipal", "county")
# A body's name that opens with one of these, or ends like a ministry, is national: 「国家发展改革委」 「生态环境部」.
NATIONAL_PREFIXES = ("国务院", "国家", "中华人民共和国", "中共中央", "全国")
NATIONAL_BODY_SUFFIXES = ("部", "部办公厅", "总局", "总署")
# Endings a place name drops in short print: 泸州市 -> 泸州, 广西壮族自治区 -> 广西.
_SHORT_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市", "县", "区")

# 「泸州市人民政府公报」 「山西省人民政府公报」 「XX县人民政府公报」: the government a title names
_PLACE_ENDINGS = ("自治区", "自治州", "特别行政区", "省", "市", "州", "盟", "地区", "自治县", "县", "区", "旗")
_GOVERNMENT = re.compile(
    rf"(?P<name>[\u4e00-\u9fff]{{2,12}}?(?={openings(_PLACE_ENDINGS)})(?:{'|'.join(_PLACE_ENDINGS)}))"
    r"(?:人民政府|政府|人民代表大会常务委员会)"
)


@dataclass(frozen=True)
class Place:
    """One jurisdiction: ``abbr`` are the characters its 机关代字 start with (晋 for 山西省)."""

    name: str
    level: str
    parent: str | None
    abbr: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def places() -> dict[str, Place]:
    """The table shipped in ``regkg/keys/data/places.json``, by name."""
    data = json.loads((files("regkg.keys") / "data" / "places.json").read_text("utf-8"))
    return {
        name: Place(name, v["level"], v.get("parent"), tuple(v.get("abbr", ())), tuple(v.get("aliases", ())))
        for name, v in data["places"].items()
    }


@lru_cache(maxsize=1)
def _alias_names() -> dict[str, str]:
    return {alias: p.name for p in places().values() for alias in p.aliases}


def place_name(name: str) -> str:
    """The table's name for a place printed under an alias (中华人民共和国 -> 中国); other names as given."""
    return _alias_names().get(name, name)


def level_of(name: str | None) -> str | None:
    place = places().get(place_name(name or ""))
    return place.level if place else None


def short_name(name: str) -> str:
    """泸州市 -> 泸州, 山西省 -> 山西 (the form some titles print)."""
    for suffix in _SHORT_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def abbreviation_of(name: str) -> str:
    """The one-character abbreviation a jurisdiction's 机关代字 start with.

    >>> abbreviation_of("泸州市"), abbreviation_of("山西省"), abbreviation_of("成都市")
    ('泸', '晋', '成')
    """
    place = places().get(name)
    return place.abbr[0] if place and place.abbr else name[:1]


@lru_cache(maxsize=1)
def abbreviation_chars() -> frozenset[str]:
    """Characters a local 机关代字 is known to start with: every province's abbreviation and each city's
    the table declares (泸 for 泸州市, 石 for 石家庄市).

    The national place is left out: national codes (国发, 财预 …) have their own list in
    :mod:`regkg.keys.numbers`, and 国 as a local start would let 「全国晋政发」 trim to 国晋政发.
    """
    return frozenset(a for place in places().values() if place.level != "national" for a in place.abbr)


@lru_cache(maxsize=1)
def city_initials() -> frozenset[str]:
    """The first characters of the cities the table declares no abbreviation for: a weaker sign of a
    code's start than :func:`abbreviation_chars` (达市府发 is 达州市's, but 定 opens 规定 as often as 定西市).

    >>> {"达", "宝"} <= city_initials(), "泸" in city_initials()
    (True, False)
    """
    return frozenset(abbreviation_of(p.name) for p in places().values() if p.level == "municipal" and not p.abbr)


def jurisdiction_of(text: str) -> str | None:
    """The first government named in ``text`` (a gazette title, an issuer), as its place name.

    >>> jurisdiction_of("临汾市人民政府办公室"), jurisdiction_of("中华人民共和国国务院公报")
    ('临汾市', '中国')
    """
    m = _GOVERNMENT.search(text)
    if m:
        return m.group("name")
    # not 「中国…」 itself: 「中国人民银行泸州市中心支行」 is a local branch
    return NATIONAL if text.startswith(places()[NATIONAL].aliases) else None
