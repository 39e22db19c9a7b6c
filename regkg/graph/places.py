"""Jurisdictions and the bodies in them: which area a name or a 机关代字 belongs to, and the one
canonical name of a department within its area.

The table of areas is :mod:`regkg.keys.places` (the one extract reads too); the corpus adds what it
teaches: each input's jurisdiction and the first character of its own documents' 机关代字 (泸 -> 泸州市).

>>> places = Places.from_data()
>>> places.of_name("山西省人民政府办公厅")
'山西省'
>>> places.of_code("晋政办发")
'山西省'
>>> places.of_name("生态环境部"), places.of_name("中华人民共和国森林法")
('中国', '中国')
>>> places.department("市发展改革委", "泸州市")
'泸州市发展和改革委员会'
>>> places.department("市生态环境局", "临汾市")
'临汾市生态环境局'
>>> places.chain("泸州市")
['泸州市', '四川省', '中国']
>>> places.learn("中华人民共和国", ["国发"]); places.level("中华人民共和国"), len(places.places) == len(Places.from_data().places)
('national', True)
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from importlib.resources import files

from regkg.keys.chars import normalise_chars
from regkg.keys.places import NATIONAL, NATIONAL_BODY_SUFFIXES, NATIONAL_PREFIXES, place_name, places, short_name

__all__ = ["Place", "Places"]

# 市政府办公室 in a municipal area: the leading 市/省/县/区 stands for the area's own name.
_AREA_LETTER = {"municipal": "市", "provincial": "省", "county": "县"}


@dataclass
class Place:
    name: str
    level: str | None
    parent: str | None
    codes: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass
class Places:
    """The known areas, and the abbreviations that name departments in them."""

    places: dict[str, Place]
    aliases: dict[str, str] = field(default_factory=dict)
    # of_name is asked for every issuer and title; answers change only when learn() adds an area
    _names: dict[str, str | None] = field(default_factory=dict, repr=False)
    # every form an area is named by (name, short name, aliases of two characters or more) -> the first
    # area in the table printing it: a name's longest opening form is then a few look-ups, where trying
    # every area's forms was half of resolution's time on places (1.6 M short_name calls at 1,000 gazettes)
    _forms: dict[str, str] = field(default_factory=dict, repr=False)
    _longest: int = field(default=0, repr=False)

    @classmethod
    def from_data(cls) -> "Places":
        # a code traces back to a place only by an abbreviation the table states: a city listed
        # without one (晋中市) would make 晋 ambiguous
        table = {
            p.name: Place(p.name, p.level, p.parent, p.abbr, p.aliases)
            for p in places().values()
        }
        aliases = json.loads((files("regkg.graph") / "data" / "department_aliases.json").read_text("utf-8"))
        return cls(table, {k: v for k, v in aliases.items() if not k.startswith("_")})

    def learn(self, jurisdiction: str, codes: list[str]) -> None:
        """Add an input's area, with the first characters of its own documents' codes."""
        jurisdiction = place_name(jurisdiction)  # 中华人民共和国 is the national place, not a new city
        place = self.places.get(jurisdiction)
        if place is None:
            self._names.clear()  # only a new area can change what a name opens with
            self._forms.clear()
            level = "county" if jurisdiction.endswith(("县", "区")) else "municipal"
            place = self.places[jurisdiction] = Place(jurisdiction, level, None)
        if not place.codes:
            firsts = sorted({c[0] for c in codes if c})
            if len(firsts) == 1:  # only when the corpus is unambiguous
                place.codes = (firsts[0],)

    def of_name(self, name: str | None) -> str | None:
        """The area a body's or a title's name opens with; national bodies are 中国."""
        if not name:
            return None
        if name not in self._names:
            self._names[name] = self._of_name(name)
        return self._names[name]

    def _of_name(self, name: str) -> str | None:
        text = unicodedata.normalize("NFKC", normalise_chars(name)).replace(" ", "")
        text = text.removeprefix("中共").removeprefix("原")
        forms = self._forms or self._index_forms()
        for length in range(min(len(text), self._longest), 1, -1):
            found = forms.get(text[:length])
            if found is not None:
                return found
        if text.startswith(NATIONAL_PREFIXES) or text.endswith(NATIONAL_BODY_SUFFIXES):
            return NATIONAL
        return None

    def _index_forms(self) -> dict[str, str]:
        for place in self.places.values():
            for form in (place.name, short_name(place.name), *place.aliases):
                if len(form) >= 2:
                    self._forms.setdefault(form, place.name)
        self._longest = max(map(len, self._forms), default=0)
        return self._forms

    def of_code(self, code: str | None) -> str | None:
        """The area a 机关代字 belongs to, by its first character (国 -> 中国, 晋 -> 山西省)."""
        if not code:
            return None
        matches = sorted(p.name for p in self.places.values() if code[0] in p.codes)
        return matches[0] if len(matches) == 1 else None

    def level(self, name: str | None) -> str | None:
        place = self.places.get(place_name(name or ""))
        return place.level if place else None

    def chain(self, name: str | None) -> list[str]:
        """The area and every area above it."""
        out: list[str] = []
        name = place_name(name) if name else name
        while name and name not in out:
            out.append(name)
            place = self.places.get(name)
            name = place.parent if place else None
        return out

    def department(self, printed: str, jurisdiction: str | None) -> str:
        """The canonical name of a body printed in ``jurisdiction``: in simplified characters (「商務部」 is
        商务部, one body whichever script printed it), area spelled out, short forms expanded."""
        name = normalise_chars(unicodedata.normalize("NFKC", printed)).replace(" ", "").strip()
        if not jurisdiction:
            return name
        place = self.places.get(jurisdiction)
        # Only the full area name or its one-letter stand-in are expanded: 「临汾公路分局」 is not a body of
        # the city (it belongs to the provincial highway bureau), so a bare short name is kept as printed.
        if name.startswith(jurisdiction):
            rest = name[len(jurisdiction):]
        elif place and _AREA_LETTER.get(place.level or "") == name[:1] and len(name) > 2:
            rest = name[1:]
        else:
            return name
        return jurisdiction + self.aliases.get(rest, rest)
