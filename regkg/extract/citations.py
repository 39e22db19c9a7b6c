"""Finder: references to other documents — by 发文字号 (citations) and by title alone (law citations)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from regkg.extract import cues
from regkg.extract.docnum import DocNum
from regkg.keys.titles import normalise_title, title_key

__all__ = [
    "TitleRef",
    "find_titles",
    "title_before",
    "citation_kind",
    "is_cited_work",
    "defined_short_forms",
    "numbered_titles",
]

_OPEN, _CLOSE = "《", "》"
_INNER_OPEN, _INNER_CLOSE = "〈<‹", "〉>›"
_TITLE_MARKS = re.compile("[《》。\n]")
_BASED_ON = re.compile("|".join(cues.BASED_ON_CUES))
_FORM_AFTER = re.compile(rf"^(?:{'|'.join(cues.FORM_AFTER_TITLE)})")
_ABBREVIATION = re.compile(r"(?:简称|以下称|下称)[\"“]?$")


@dataclass(frozen=True)
class TitleRef:
    """A 《…》 in the text: the title inside (normalised) and the span of the whole bracket."""

    title: str
    start: int
    end: int


def find_titles(s: str) -> list[TitleRef]:
    """Every outermost 《…》 in ``s``; nested 《》 inside are kept in the title.

    >>> [t.title for t in find_titles("依据《关于印发〈A办法〉的通知》和《B法》")]
    ['关于印发〈A办法〉的通知', 'B法']
    """
    out: list[TitleRef] = []
    pos = 0
    # outside a title only its opening matters: the marks between titles are skipped in one find
    while (start := s.find(_OPEN, pos)) >= 0:
        depth, pos = 1, start + 1
        while depth and (m := _TITLE_MARKS.search(s, pos)):
            ch, pos = m.group(), m.end()
            if ch == _OPEN:
                depth += 1
            elif ch == _CLOSE:
                depth -= 1
                if depth == 0 and (title := normalise_title(s[start + 1 : m.start()])):
                    out.append(TitleRef(title, start, m.end()))
            else:  # an unclosed 《 does not swallow the next sentence
                depth = 0
    return out


def title_before(s: str, pos: int, titles: list[TitleRef]) -> TitleRef | None:
    """The 《…》 printed right before position ``pos`` (「《X》(泸委办[2018]41号)」), if any."""
    gap_start = pos
    while gap_start > 0 and s[gap_start - 1] in " (\t":
        gap_start -= 1
    for t in reversed(titles):
        if t.end == gap_start:
            return t
        if t.end < gap_start:
            break
    return None


def citation_kind(sentence: str, at: int, doc_kind: str | None) -> str:
    """``replies_to`` for the 请示 a 批复 answers, ``based_on`` after 根据/依据…, else ``cites``."""
    if doc_kind == "批复" and any(c in sentence for c in cues.REPLY_CUES):
        return "replies_to"
    clause_start = max(sentence.rfind(",", 0, at), sentence.rfind(";", 0, at), sentence.rfind(",", 0, at)) + 1
    if _BASED_ON.search(sentence, clause_start, at):
        return "based_on"
    return "cites"


# The end of a bare title that carries its own number: 「…关于转发《X》的通知(临财综〔2023〕38号)」
_INSIDE_BARE_TITLE = re.compile(r"的(?:通知|决定|意见|函|批复|公告|通告)\s*\([^()]{0,30}号\s*\)")


def is_cited_work(
    s: str, ref: TitleRef, numbers: list[DocNum], exclude: set[str], exclude_keys: set[str] | None = None
) -> bool:
    """Whether 《…》 at ``ref`` cites a work by title alone (a law citation).

    Not one: a title with a number right after it (that is a numbered citation), the document's own
    attached rules (``exclude``), forms and certificates (「《出生医学证明》申请表」), columns, short
    forms the text defines (「(以下简称《条例》)」). ``exclude_keys`` are the title keys of ``exclude``,
    given by a caller that asks about many titles (computed here otherwise).
    """
    t = ref.title
    if exclude_keys is None:
        exclude_keys = {title_key(x) for x in exclude}
    if len(t) < 3 or t in exclude or title_key(t) in exclude_keys or t.endswith(cues.NOT_CITED_TITLE_ENDINGS):
        return False
    if s[max(0, ref.start - 4) : ref.start].endswith(cues.TO_BE_MADE):  # 「出台《…三年行动计划》」: not yet a work
        return False
    after = s[ref.end : ref.end + 8].lstrip(" (")
    if _FORM_AFTER.match(after):
        return False
    if _INSIDE_BARE_TITLE.match(s, ref.end) and s[max(0, ref.start - 2) : ref.start] in ("转发", "印发"):
        return False  # 「临汾市财政局关于转发《X》的通知(临财综〔2023〕38号)」: X is part of a title, cited by its number
    return not any(_numbered(s, ref, n) for n in numbers)  # 「《X》(泸委办[2018]41号)」


def defined_short_forms(s: str, titles: list[TitleRef]) -> set[str]:
    """Titles the text defines as short forms (「(以下简称《保密法》)」): never citations themselves."""
    return {t.title for t in titles if _ABBREVIATION.search(s[max(0, t.start - 6) : t.start])}


def numbered_titles(s: str, titles: list[TitleRef], numbers: list[DocNum]) -> set[str]:
    """Titles printed somewhere with their number: a mention elsewhere by title alone is the same citation."""
    return {t.title for t in titles for n in numbers if _numbered(s, t, n)}


def _numbered(s: str, ref: TitleRef, n: DocNum) -> bool:
    """Whether number ``n`` is printed right after title ``ref``, only brackets or spaces between."""
    return 0 <= n.start - ref.end <= 3 and not s[ref.end : n.start].strip(" (")
