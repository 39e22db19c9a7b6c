"""Did you mean: the documents nearest a reference that names none, alike on the built graph (in
memory) and on its index (what `regkg.load` opens)."""

from __future__ import annotations

import pytest

import regkg
from regkg.graph.suggest import NEAR_CODE, NEAR_SERIAL, SAME_NUMBER, TITLE, suggest

AS_OF = "2025-06-01"

# (typed, limit, [(number or title, state on AS_OF, why), …]) — the samples hold 泸市府办发〔2022〕14号,
# 67号 (repealed by 〔2024〕41号) and 69号, and 泸市府办发〔2024〕1号, 3号, 15号 …, no 〔2024〕9号.
CASES = [
    # 号 left off: the number itself, then its neighbours
    ("泸市府办发〔2022〕67", 3, [("泸市府办发〔2022〕67号", "repealed", SAME_NUMBER),
                             ("泸市府办发〔2022〕69号", "unknown", NEAR_SERIAL),
                             ("泸市府办发〔2022〕14号", "repealed", NEAR_SERIAL)]),
    # other brackets, full-width digits, spaces and traditional script fold to the same number
    ("瀘市府辦發［２０２２］ 67", 1, [("泸市府办发〔2022〕67号", "repealed", SAME_NUMBER)]),
    # no 〔2024〕9号: the nearest serials of that code and year, ties to the lower serial
    ("瀘市府辦發〔2024〕9號", 3, [("泸市府办发〔2024〕3号", "in_force", NEAR_SERIAL),
                             ("泸市府办发〔2024〕15号", "unknown", NEAR_SERIAL),
                             ("泸市府办发〔2024〕1号", "in_force", NEAR_SERIAL)]),
    ("泸市府办发〔2022〕68号", 2, [("泸市府办发〔2022〕67号", "repealed", NEAR_SERIAL),
                              ("泸市府办发〔2022〕69号", "unknown", NEAR_SERIAL)]),
    # a code one character off (沪 for 泸), the same year and serial
    ("沪市府办发〔2022〕67号", 5, [("泸市府办发〔2022〕67号", "repealed", NEAR_CODE)]),
    # a title with a word left out: most of its trigrams
    ("泸州市自然灾害应急预案", 5, [("泸市府办发〔2022〕67号", "repealed", TITLE),
                             ("泸市府办发〔2024〕41号", "in_force", TITLE)]),
    ("无〔2099〕1号", 5, []),
]


@pytest.fixture(scope="module", params=["memory", "index"])
def kg(request, sample_kg, sample_outputs):
    graph = sample_kg if request.param == "memory" else regkg.load(sample_outputs)
    assert graph.view.indexed == (request.param == "index")
    return graph


@pytest.mark.parametrize("typed, limit, expected", CASES)
def test_suggestions(kg, typed, limit, expected):
    found = suggest(kg, typed, limit=limit, as_of=AS_OF)
    assert [(s.number, s.state, s.why) for s in found] == expected


def test_a_reference_that_names_a_document_gives_it_first(kg):
    first = suggest(kg, "泸市府办发[2022]67号", limit=1, as_of=AS_OF)[0]
    assert (first.number, first.why, first.title) == ("泸市府办发〔2022〕67号", SAME_NUMBER, "泸州市自然灾害救助应急预案(试行)")


def test_a_title_fragment_finds_titles_holding_it(kg):
    found = suggest(kg, "自然灾害救助应急预案", limit=3, as_of=AS_OF)
    assert [s.document for s in found] == ["四川省自然灾害救助应急预案", "泸市府办发〔2022〕67号", "泸市府办发〔2024〕41号"]
    assert {s.why for s in found} == {TITLE}
