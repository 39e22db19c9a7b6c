"""Jurisdictions: which government a gazette belongs to, and the abbreviations 机关代字 start with."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

NATIONAL = "中华人民共和国"  # the jurisdiction of 国务院 and the central bodies

__all__ = ["NATIONAL", "Jurisdictions", "abbreviation_chars", "load", "jurisdiction_of", "abbreviation_of"]


@dataclass(frozen=True)
class Jurisdictions:
    provinces: dict[str, tuple[str, ...]]  # name -> abbreviations
    cities: dict[str, str]  # city -> province
    city_abbreviations: dict[str, str]
    national_codes: dict[str, str]  # 机关代字 -> issuing body


@lru_cache(maxsize=1)
def load() -> Jurisdictions:
    """The jurisdiction table shipped in ``regkg/extract/data/jurisdictions.json``."""
    data = json.loads(resources.files("regkg.extract").joinpath("data/jurisdictions.json").read_text("utf-8"))
    return Jurisdictions(
        provinces={p["name"]: tuple(p["abbr"]) for p in data["provinces"]},
        cities={c["name"]: c["province"] for c in data["cities"]},
        city_abbreviations=dict(data["city_abbreviations"]),
        national_codes=dict(data["national_codes"]),
    )


def abbreviation_of(name: str) -> str:
    """The one-character abbreviation a jurisdiction's 机关代字 start with.

    >>> abbreviation_of("泸州市"), abbreviation_of("山西省"), abbreviation_of("石家庄市")
    ('泸', '晋', '石')
    """
    j = load()
    if name in j.provinces:
        return j.provinces[name][0]
    return j.city_abbreviations.get(name, name[:1])


@lru_cache(maxsize=1)
def abbreviation_chars() -> frozenset[str]:
    """Characters a local 机关代字 can start with: provinces' and listed cities' abbreviations."""
    j = load()
    chars = {a for abbrs in j.provinces.values() for a in abbrs}
    chars |= {abbreviation_of(c) for c in j.cities}
    return frozenset(chars)


# 「泸州市人民政府公报」 「山西省人民政府公报」 「国务院公报」 「XX县人民政府公报」
_GOVERNMENT = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,12}?(?:自治区|自治州|特别行政区|省|市|州|盟|地区|自治县|县|区|旗))"
    r"(?:人民政府|政府|人民代表大会常务委员会)"
)


def jurisdiction_of(text: str) -> str | None:
    """The first government named in ``text`` (a gazette title, an issuer), as its place name.

    >>> jurisdiction_of("泸州市人民政府公报")
    '泸州市'
    >>> jurisdiction_of("临汾市人民政府办公室")
    '临汾市'
    >>> jurisdiction_of("国务院办公厅")
    '中华人民共和国'
    >>> jurisdiction_of("市生态环境局") is None
    True
    """
    m = _GOVERNMENT.search(text)
    if m:
        return m.group("name")
    return NATIONAL if text.startswith(("国务院", "中共中央")) else None
