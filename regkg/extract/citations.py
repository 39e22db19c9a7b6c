"""Finder: references to other documents — by 发文字号 (citations) and by title alone (law citations)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING

from regkg.extract import cues
from regkg.extract.anchored import finditer_at
from regkg.extract.docnum import DocNum
from regkg.extract.models import Citation, LawCitation, Repeal, Warning
from regkg.extract.printed import printed
from regkg.keys.titles import normalise_title, title_key, titles_differ

if TYPE_CHECKING:  # the document's text is built from this module's find_titles
    from regkg.extract.clean import Text
    from regkg.extract.document_text import DocumentText

__all__ = [
    "NumberedCitations",
    "TitleRef",
    "find_titles",
    "is_bare_kind",
    "numbered_citations",
    "law_citations",
    "repealed_works",
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
_BARE_KIND = re.compile(cues.BARE_KIND_TITLE)
_LEVEL_IN_BRACKETS = re.compile(r"\([省市县区乡镇]级\)$")


def is_bare_kind(title: str) -> bool:
    """Whether a 《》 title is a kind alone, a short name of a document named elsewhere (cues.BARE_KIND_TITLE).

    >>> is_bare_kind("决定"), is_bare_kind("实施意见"), is_bare_kind("某市规范性文件管理办法")
    (True, True, False)
    """
    return _BARE_KIND.fullmatch(title) is not None


_FORM_AFTER = re.compile(rf"^(?:{'|'.join(cues.FORM_AFTER_TITLE)})")
# A title the text points to its attachment for is the document's own attachment, not a work it cites: 「请按照《…激励措施实施
# 办法》(详见附件)积极组织申报」 (HA03, AI04), 「填写《…登记表》(见附件2)」; every key of the set but one (EW03) reads it so.
_SEE_ATTACHMENT = re.compile(r" ?[((](?:详|詳)?(?:见|見)附件")
_PERIODICAL_BEFORE = re.compile(cues.PERIODICAL_BEFORE)
# a document's or a rule's title, which a periodical's is not (its edition in brackets after it: 「…办法(试行)」), or a
# statute's (「中华人民共和国民法典」; not any 法, 「人民司法」 being a journal: review)
_DOCUMENT_OR_RULE_END = re.compile(rf"(?:{'|'.join(cues.KINDS + cues.RULE_KINDS)})(?:\([^()]{{1,10}}\))?$|^中华人民共和国")
_VERB_REACH = 4  # characters before a title its publishing verb stands in, 的有 included: 「发行的有《…》」
_ABBREVIATION = re.compile(r"(?:简称|以下称|下称)[\"“]?$")
# The rest of a title that holds 《X》, up to its 文种 and the bracket its number stands in: 「》(试行)的通知(」
# 「》等13个食品卫生标准的通知(」 「》和《Y》的通知(」 「》有关事宜的通知(」
# (only other titles joined to it between: 「根据《X法》和省政府关于…的通知(鲁政发〔2020〕1号)」 cites X, the law)
_IN_NUMBERED_TITLE = re.compile(r"(?:[^。,;:\n《》和及、]|[和及、]《[^《》\n]{1,60}》){0,40}?的(?:通知|决定|意见|批复|函|公告|通告|报告)[ \t]*\(")
_TITLE_OPENING = re.compile(r"关于[^。,;:\n《》]{0,30}$")  # the title holding 《X》 opens with 关于 before it


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


# What stands between a title and the number printed with it: a bracket and spaces, or the kind of the covering
# notice whose title the 《》 leave out: 「原《…的意见(试行)》的通知(青建整办〔2024〕1号)」 (AD06).
# or the date it was issued on before the number, as 清理 lists print it: 「《X》(1987年12月24日桂政发〔1987〕130号发布)」 (AP07)
# or the field's label, as a 解读 lists what a decision repealed: 「1.《X》(文号:河府办〔2004〕84号,发布日期:…)」 (EB01)
# (the issuer may stand before its own code in the bracket: 「《X》(水利部水建〔1995〕128号)」, IC03)
_TITLE_TO_NUMBER = re.compile(r"[ \t]*(?:的(?:通知|决定|意见|函|批复|公告|通告))?[ \t(]*(?:(?<=\()(?:发文字号|文号)[::][ \t]*"
                              r"|(?<=\()[\u4e00-\u9fff]{2,16}(?:部|委|局|厅|署|办公室|政府|院)"
                              rf"|(?P<on>(?<=\(){cues.DATE}[ \t]*))?")
# ...when the bracket says the number issued it, not one that repealed or revised it: 「(2015年1月1日某政办发〔2020〕1号宣布失效)」
_ISSUED_BY_NUMBER = re.compile(r"(?![^()]{1,30}?号[ \t]*(?:宣布失效|宣布废止|予以废止|废止|失效|停止执行|修订|修正|修改))")
_LONGEST_GAP = 20


def numbered_by(s: str, title_end: int, number_start: int) -> bool:
    """Whether the number at ``number_start`` is printed with the title ending at ``title_end``.

    >>> s = "原《某意见(试行)》的通知(青建整办〔2024〕1号)、《某通知》(青建整办〔2024〕3号),《某办法》第三条(某发〔2020〕1号)"
    >>> [numbered_by(s, s.index(a) + len(a), s.index(b)) for a, b in (("试行)》", "青建整办〔2024〕1"),
    ...  ("某通知》", "青建整办〔2024〕3"), ("某办法》", "某发"))]
    [True, True, False]
    >>> s = "一、《某通知》(1987年12月24日桂政发〔1987〕130号发布)"
    >>> numbered_by(s, s.index("》") + 1, s.index("桂政发"))
    True
    >>> s = "按《某项目管理规定》(水利部水建〔1995〕128号)明确的程序执行"  # its issuer before its code (IC03)
    >>> numbered_by(s, s.index("》") + 1, s.index("水建"))
    True
    """
    if not 0 <= number_start - title_end <= _LONGEST_GAP or not (gap := _TITLE_TO_NUMBER.fullmatch(s, title_end, number_start)):
        return False
    return not gap.group("on") or bool(_ISSUED_BY_NUMBER.match(s, number_start))


_start, _end = attrgetter("start"), attrgetter("end")


def title_before(s: str, pos: int, titles: list[TitleRef]) -> TitleRef | None:
    """The 《…》 printed right before position ``pos`` (「《X》(泸委办[2018]41号)」), if any; ``titles`` in order, as
    :func:`find_titles` gives them (those ending after ``pos`` are passed over by a bisection, not one by one)."""
    for k in range(bisect_right(titles, pos, key=_end) - 1, -1, -1):
        if numbered_by(s, titles[k].end, pos):
            return titles[k]
        if titles[k].end < pos - _LONGEST_GAP:
            break
    return None


# A number printed before its title: 「湖北省物价局鄂价法规[2002]98号文《湖北省定价目录》规定」 (BI08); one printed after its
# title is that title's, whatever follows it (「《X办法》建城〔2005〕43号《国家园林城市标准》」, U09)
_NUMBER_TO_TITLE = re.compile(r"(?:文件?|印发的|发布的|的)?")
# A law or an administrative regulation is made by a congress or an order, never under a 发文字号: 「依据国发〔2019〕3号
# 《中华人民共和国森林法》…」 cites both (review)
_LAW_TITLE = re.compile(r"^中华人民共和国|(?<!办)法$|条例$")


def title_after(s: str, number_end: int, titles: list[TitleRef]) -> TitleRef | None:
    """The 《…》 printed right after the number ending at ``number_end``, joined to it by 文 or 的 at most (no space, no
    line break), unless it names a law or a regulation.

    >>> s = "根据鄂价法规〔2002〕98号文《湖北省定价目录》规定"
    >>> title_after(s, s.index("文《"), find_titles(s)).title
    '湖北省定价目录'
    """
    k = bisect_left(titles, number_end, key=_start)  # the first title after it (``titles`` in order)
    t = titles[k] if k < len(titles) else None
    return t if t is not None and _NUMBER_TO_TITLE.fullmatch(s, number_end, t.start) and not _LAW_TITLE.search(t.title) else None


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


_FILE_NAME = re.compile(r"\.(?:docx?|pdf|wps|xlsx?|txt|ofd)(?![a-z])", re.I)


_CLEAN_UP_LIST = re.compile(cues.CLEAN_UP_LIST)
_KEPT_LIST = re.compile(cues.KEPT_LIST)
_LISTS_MADE = re.compile(cues.LISTS_MADE)
_LIST_ENDS = ("目录", "清单")


def is_cited_work(
    s: str, ref: TitleRef, numbers: list[DocNum], exclude: set[str], exclude_keys: set[str] | None = None
) -> bool:
    """Whether 《…》 at ``ref`` cites a work by title alone (a law citation).

    Not one: a title with a number right after it (that is a numbered citation), the document's own
    attached rules (``exclude``), forms and certificates (「《出生医学证明》申请表」), columns, short
    forms the text defines (「(以下简称《条例》)」). ``numbers`` are the text's, in order (find_docnums); ``exclude_keys``
    are the title keys of ``exclude``, given by a caller that asks about many titles (computed here otherwise).
    """
    t = ref.title
    if exclude_keys is None:
        exclude_keys = {title_key(x) for x in exclude}
    # (a form's ending may stand before its level in brackets: 「《2006年免疫规划督导检查表(市级)》」, EL03)
    base = t[:-4] if t.endswith("级)") and _LEVEL_IN_BRACKETS.search(t) else t
    if len(t) < 3 or t in exclude or title_key(t) in exclude_keys or \
            (base.endswith(cues.NOT_CITED_TITLE_ENDINGS) and not base.endswith(cues.CITED_LIST_ENDINGS)):
        return False
    if t.endswith(_LIST_ENDS) and (_CLEAN_UP_LIST.search(t) or _KEPT_LIST.search(t)) and \
            _LISTS_MADE.search(s, s.rfind("。", 0, ref.start) + 1, s.find("。", ref.end) % (len(s) + 1)):
        return False  # a clean-up's own list, which the text says it made: 「制作了《…废止和失效文件目录》」 (FZ10)
    if s[max(0, ref.start - 4) : ref.start].endswith(cues.TO_BE_MADE):  # 「出台《…三年行动计划》」: not yet a work
        return False
    if s[max(0, ref.start - 2) : ref.start].endswith(cues.FILLED_IN) or s.startswith(cues.FORM_AFTER, ref.end):
        return False  # 「填写《…报送稿》」 「《…通行证边境旅游专用》证件」: a form
    if s.startswith(cues.PERIODICAL_AFTER, ref.end) or ("关于" not in t and not _DOCUMENT_OR_RULE_END.search(t) and
                                                          _PERIODICAL_BEFORE.search(s, max(0, ref.start - _VERB_REACH), ref.start)):
        return False  # 「主办《经济要参》杂志」 「对外发行的有《中国发展评论》」: a periodical
    if _SEE_ATTACHMENT.match(s, ref.end):  # 「《…实施办法》(详见附件)」: the document's own attachment
        return False
    if s[ref.start - 1 : ref.start] == "本":  # 「特制定本《实施方案》」: the document itself, by its short name (EA01)
        return False
    if is_bare_kind(t):  # 「本次《决定》废止了…」: a short name of a document named elsewhere (EB02)
        return False
    if _FILE_NAME.search(t):  # a file's name, a sharing site's chrome: 「《…应急预案.docx(14页珍藏版)》」 (ES09)
        return False
    after = s[ref.end : ref.end + 8].lstrip(" (")
    if _FORM_AFTER.match(after):
        return False
    if after.startswith(("http", "www.")):  # a link's text: 「附:某局发布《信访工作办法》https://…」 (BP10), not a work cited
        return False
    if _INSIDE_BARE_TITLE.match(s, ref.end) and s[max(0, ref.start - 2) : ref.start] in ("转发", "印发"):
        return False  # 「临汾市财政局关于转发《X》的通知(临财综〔2023〕38号)」: X is part of a title, cited by its number
    if (inside := _IN_NUMBERED_TITLE.match(s, ref.end)) and _TITLE_OPENING.search(s, max(0, ref.start - 30), ref.start) \
            and any(inside.end() - 1 <= n.start <= inside.end() for n in numbers):
        return False  # 「卫生部关于颁发《X》(试行)的通知((85)卫防字第78号)」: X is part of a title cited by its number (AT07)
    return not any(numbered_by(s, ref.end, n.start) for n in _numbers_after(numbers, ref.end))  # 「《X》(泸委办[2018]41号)」


def defined_short_forms(s: str, titles: list[TitleRef]) -> set[str]:
    """Titles the text defines as short forms (「(以下简称《保密法》)」): never citations themselves; a list of
    them after one 以下简称 too (W01).

    >>> text = "根据《中华人民共和国海关法》、《中华人民共和国药品管理法实施条例》(以下简称《海关法》、《药品管理法实施条例》)"
    >>> sorted(defined_short_forms(text, find_titles(text)))
    ['海关法', '药品管理法实施条例']
    >>> text = "根据《立法法》(以下简称《立法》)、《规章制定程序条例》的规定。按照《立法》、《行政法规制定程序条例》"
    >>> sorted(defined_short_forms(text, find_titles(text)))  # a list after the definition's bracket defines none
    ['立法']
    """
    out: set[str] = set()
    defining_end = -1  # where the last title this list defines ends
    for t in titles:
        if _ABBREVIATION.search(s[max(0, t.start - 6) : t.start]) or \
                (defining_end >= 0 and s[defining_end : t.start] in _LISTED):
            out.add(t.title)
            defining_end = t.end
    return out


_LISTED = ("、", ",", "和", "及")  # what stands between two short forms defined in one list


def numbered_titles(s: str, titles: list[TitleRef], numbers: list[DocNum]) -> set[str]:
    """Titles printed somewhere with their number: a mention elsewhere by title alone is the same citation."""
    return {t.title for t in titles if any(numbered_by(s, t.end, n.start) for n in _numbers_after(numbers, t.end))} | \
        {t.title for n in numbers if (t := title_after(s, n.end, titles)) is not None and not title_before(s, n.start, titles)}


def _numbers_after(numbers: list[DocNum], title_end: int) -> list[DocNum]:
    """The numbers that may be printed with a title ending at ``title_end`` (:func:`numbered_by`): those starting at
    most _LONGEST_GAP after it, found by bisection in ``numbers`` (in order, as find_docnums gives them), where a test of
    each number is a call per title and number."""
    return numbers[bisect_left(numbers, title_end, key=_start) : bisect_right(numbers, title_end + _LONGEST_GAP, key=_start)]


@dataclass(frozen=True)
class NumberedCitations:
    """A document's citations by 发文字号, and what the titles printed with the numbers say."""

    citations: list[Citation]
    title_of: dict[str, str]  # cited number -> the title first printed with it
    conflicts: list[Warning]  # a number printed with two different titles


def numbered_citations(doc: DocumentText, key: str, own_number: str | None, kind: str | None) -> NumberedCitations:
    """One citation per number ``doc`` prints other than its own, with the title printed before it (the
    first one printed, or a later one when the first mention had none); ``kind`` is the citing document's
    (a 批复 replies to the 请示 it quotes)."""
    title_of: dict[str, str] = {}
    conflicts: list[Warning] = []
    found: dict[str, Citation] = {}
    for n in doc.numbers:
        num = n.canonical
        if num == own_number:
            continue
        t = title_before(doc.s, n.start, doc.titles) or title_after(doc.s, n.end, doc.titles)
        if t and num not in title_of:
            title_of[num] = t.title
        elif t and titles_differ(t.title, title_of[num]):
            conflicts.append(Warning("number_with_two_titles", f"{num} is printed with different titles: 《{title_of[num]}》 / 《{t.title}》",
                                     doc.span(t.start, n.end)))
        if num in found:
            if found[num].cited_title is None and t:
                old = found[num]
                found[num] = Citation(key, num, doc.title_shown(t.title), old.evidence, old.span, old.kind)
            continue
        sent, a, b = doc.sentence_at(n.start)
        found[num] = Citation(key, num, doc.title_shown(t.title) if t else None, doc.shown(a, b), doc.span(a, b),
                              citation_kind(sent, n.start - a, kind))
    return NumberedCitations(list(found.values()), title_of, conflicts)


# A line naming one of the document's own annexes: 「附件2：X」 「附件1-X.pdf」, a web page's link 「[附件2-X.pdf](…)」
# (in the flow text a line the page did not close may run on from the one before). Opening with its word,
# the pattern is tried only where 附件 stands.
_ANNEX_LINE = re.compile(r"(?<![^\n。\[ \t*\-])附件\s*[0-9一二三四五六七八九十]*\s*[-—:：、.．]?\s*(?:[0-9]+[.、．]\s*)?(?P<t>[^\n《》()\[\]]{4,80}?)"
                         r"\s*(?:\.(?:pdf|docx?|xlsx?|wps|ofd))?\s*(?:\]|\(|$)", re.IGNORECASE | re.MULTILINE)


# 「附件:」 alone on its line, then the annexes one a line, numbered, in 《》 or not: 「1.《X》」 「2.Y」 (BU06)
_ANNEX_BLOCK = re.compile(r"(?<![^\n])附件[ \t]*[:：]?[ \t]*\n(?P<items>(?:\s*[0-9]+[.、．][^\n]{4,84}(?:\n|$))+)")
_ANNEX_ITEM = re.compile(r"[0-9]+[.、．][ \t]*《?(?P<t>[^\n《》]{4,80}?)》?[ \t]*$", re.MULTILINE)


def annex_titles(s: str) -> set[str]:
    r"""Titles of the document's own annexes, as its 附件 lines print them: referred to by title in its body
    (「符合《…目录》情形的」, T05; 「结合《…编写提纲》(附件三)」, BU06), each is the document's own, not a work it cites.

    >>> sorted(annex_titles("第二十五条 本规定自2022年1月1日起施行。\n[附件2-某某轻微违法行为目录.pdf](/static/a.pdf)\n附件：某某申请表"))
    ['某某申请表', '某某轻微违法行为目录']
    >>> sorted(annex_titles("各单位要认真落实。\n\n附件:\n\n1.《某区情况统计表》\n\n2.《某预案编写提纲》\n"))
    ['某区情况统计表', '某预案编写提纲']
    """
    found = {m.group("t").strip() for m in finditer_at(_ANNEX_LINE, s, "附件")}
    for block in finditer_at(_ANNEX_BLOCK, s, "附件"):
        found.update(m.group("t").strip() for m in _ANNEX_ITEM.finditer(block.group("items")))
    return found


def law_citations(doc: DocumentText, key: str, issued: set[str]) -> dict[str, LawCitation]:
    """Works ``doc`` cites by title alone, by title: not those it ``issued`` (its own title, the rules it
    issues and its annexes), short forms it defines, nor titles it prints somewhere with their number."""
    own = issued | annex_titles(doc.s) | defined_short_forms(doc.s, doc.titles) | numbered_titles(doc.s, doc.titles, doc.numbers)
    own_keys = {title_key(x) for x in own}
    # a title inside a clean-up table's row title is the listed notice's: 「…关于印发《X》的通知1992年1月7日…号」 (AU08)
    in_rows = [(r.start, r.start + len(r.title)) for r in doc.rows]
    laws: dict[str, LawCitation] = {}
    starts = [n.start for n in doc.numbers]
    for t in doc.titles:
        if t.title in laws or not is_cited_work(doc.s, t, doc.numbers, own, own_keys) or \
                any(a <= t.start < b for a, b in in_rows) or _inside_own_heading(doc.s, t, own_keys):
            continue
        if (k := bisect_left(starts, t.start)) < len(starts) and starts[k] < t.end and \
                doc.s[doc.numbers[k].end : t.end] in (")》", "》"):
            continue  # its number printed last inside its 《》, 「《…实施方案意见(国办发〔2015〕13号)》」: cited by that number (KN02)
        sent, a, b = doc.sentence_at(t.start)
        based_on = citation_kind(sent, t.start - a, None) == "based_on"
        laws[t.title] = LawCitation(key, doc.title_shown(t.title), doc.shown(a, b), doc.span(a, b), "based_on" if based_on else "cites")
    return laws


def _inside_own_heading(s: str, ref: TitleRef, own_keys: set[str]) -> bool:
    """Whether 《…》 at ``ref`` stands inside a line that is the heading of a rule the document issues, the inner title
    marked as a title: 「2007年《政府工作报告》要求重点做好的工作事项」 heads the rule a notice issues as 《2007年〈政府工作报告〉
    要求重点做好的工作事项》 (FL02; DC03 keys it so): part of that title, no work cited."""
    if ref.title.endswith(_STATUTE_ENDINGS):  # 「某市实施《中华人民共和国水法》办法」: a rule carrying out a statute cites it
        return False
    start, end = s.rfind("\n", 0, ref.start) + 1, s.find("\n", ref.end)
    line = s[start : end if end >= 0 else len(s)].strip()
    return line != f"《{ref.title}》" and title_key(line) in own_keys


_STATUTE_ENDINGS = ("法", "条例")


# A rule's history note under its heading names the decisions that amended it: 「(2011年2月18日水利部令第43号发布 根据2015年
# 12月16日《水利部关于废止和修改部分规章的决定》修正)」 (DF03, DF04, DF10). The note is the head's, not the body's: read there.
_AMENDED_BY_WORK = re.compile(r"根据[^《》\n]{0,60}?《(?P<t>[^《》\n]{4,120})》(?:第[一二三四五六七八九十]+次)?(?:修正|修订|修改)")


def history_works(laws: dict[str, LawCitation], raw: str, c: Text, start: int, end: int, key: str) -> None:
    """Add to ``laws`` the amending decisions the history note in ``c.s[start:end]`` (a document's head) names."""
    if "根据" not in c.s[start:end]:
        return
    cited = {title_key(x) for x in laws}
    for m in _AMENDED_BY_WORK.finditer(c.s, start, end):
        if title_key(m.group("t")) in cited:
            continue
        shown = printed(raw, c, m.start("t"), m.end("t"))
        laws[shown] = LawCitation(key, shown, *_head_line(raw, c, m.start(), m.end(), start, end), "cites")
        cited.add(title_key(m.group("t")))


def explained_citation(raw: str, c: Text, start: int, end: int, key: str, number: str, printed_number: str | None,
                       title: str) -> Citation:
    """A 解读 page's citation of the document it explains (``title``), by the ``number`` its field prints in the head
    ``c.s[start:end]``: the field's line is the evidence (none when the field is not found there)."""
    at = c.s.find(printed_number, start, end) if printed_number else -1
    evidence, span = _head_line(raw, c, at, at, start, end) if at >= 0 else ("", None)
    return Citation(key, number, title, evidence, span)


def _head_line(raw: str, c: Text, a: int, b: int, start: int, end: int) -> tuple[str, tuple[int, int]]:
    """The line of ``c.s`` that holds ``[a, b)``, cut to the head ``[start, end)``: as printed, and its input span."""
    lo = max(c.s.rfind("\n", start, a) + 1, start)
    hi = c.s.find("\n", b, end)
    hi = end if hi < 0 else hi
    return printed(raw, c, lo, hi).strip(), c.orig_span(lo, hi)


def repealed_works(laws: dict[str, LawCitation], repeals: list[Repeal], key: str, attached: tuple[str, ...]) -> None:
    """Add to ``laws`` the targets of ``repeals`` named by title alone: a repeal cites its target too."""
    # (a target is named as printed, the works cited as cleaned: 「«X»」 「２０１０」 are one title either way)
    cited = {title_key(t) for t in laws}
    for r in repeals:
        if r.target_title and not r.target_number and title_key(r.target_title) not in cited and r.target_title not in attached:
            laws[r.target_title] = LawCitation(key, r.target_title, r.evidence, r.span, "cites")
            cited.add(title_key(r.target_title))
