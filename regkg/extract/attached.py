"""Finder: the rules a notice issues (印发《…办法》的通知), by its title and by its covering sentence.

A covering notice names what it issues twice: in its title (「关于印发《A》和《B》的通知」, or with no
brackets, 「关于印发X的通知」) and in the sentence that hands it over (「现将《A》《B》印发给你们」,
「《A》、《B》已经省政府同意,现印发给你们」, 「现印发你们」). Every 《…》 of that sentence is issued, except a
basis cited in the same clause (「根据《…》,…现印发给你们」).
"""

from __future__ import annotations

import re

from regkg.extract import cues
from regkg.extract.citations import find_titles
from regkg.keys.titles import title_key

__all__ = ["find_attached"]

_VERBS = "|".join(cues.ISSUE_VERBS)
# 「关于公布…价格的通知」 publishes prices, not a rule: only these verbs issue one by title alone
_RULE_VERBS = "印发|转发|发布|颁布"
_IN_TITLE = re.compile(rf"(?:{_VERBS})(?P<rest>[^。]*)")
_PLAIN = re.compile(rf"(?:{_RULE_VERBS})(?P<t>[^《》]{{4,80}}?)的(?:通知|决定|通告|公告)$")
_HANDOVER = re.compile(cues.HANDOVER)
_TITLE_MARKS = re.compile("[《》〈〉]")
_BASED_ON = re.compile("|".join(cues.BASED_ON_CUES))
# 「转发市发展改革委X的通知」: the forwarding body's name is no part of the rule's title
_LEADING_BODY = re.compile(r"^(?:市|省|县|区)[\u4e00-\u9fff]{1,12}?(?:局|委|办|厅|中心)")


# A title right after these is named, not handed over: a short form defined (「以下简称《条例》」), or what a decision
# repeals or amends (「关于废止《X》的决定」: a page run into one line holds its heading in the sentence that
# promulgates the decision, BP02)
_NOT_HANDED = ("简称", "废止", "修改")


def _named(s: str, start: int, end: int, own: str | None) -> list[str]:
    """The titles ``s[start:end]`` hands over: not a basis cited in the same clause (「根据《…》,…」), a short
    form defined, nor ``own`` (a rule printed under its own promulgation note, 「《X》已经…通过,现予公布」, is X)."""
    out = []
    for ref in find_titles(s[start:end]):
        at = start + ref.start
        clause_start = max(s.rfind(",", 0, at), s.rfind(";", 0, at)) + 1
        if _BASED_ON.search(s, clause_start, at) or s.endswith(_NOT_HANDED, 0, at):
            continue
        if own is None or title_key(ref.title) != title_key(own):
            out.append(ref.title)
    return out


def _unopened(s: str, start: int, end: int) -> str | None:
    """The title a handover names whose opening mark was lost, from where the clause starts to its 》:
    「2025年区〈政府工作报告〉确定的…责任分解方案》已经区人民政府同意,现印发给你们」 (BQ08), else None."""
    close = s.find("》", start, end)
    if close < 0 or "《" in s[start:close]:
        return None
    begin = max(start, *(s.rfind(mark, start, close) + 1 for mark in ",;:"))  # after the clause's opening stop
    if s.startswith("现将", begin):
        begin += 2
    title = s[begin:close]
    return title if len(title) >= 4 else None


_EDITION = re.compile(r"\([^()]*\)$")  # 「(试行)」「(2024年版)」 after a title's 文种


def _of_kind(titles: list[str], said: str) -> list[str]:
    """``titles`` of a kind ``said`` names (「五个专项行动方案」: 方案), all of them where it names none."""
    kinds = [kind for kind in cues.RULE_KINDS if kind in said]
    if not kinds:
        return titles
    return [t for t in titles if _EDITION.sub("", t).endswith(tuple(kinds))]


def _outer(title: str) -> str:
    """``title`` with its 〈〉 read as 《》 when it prints no 《》: a title quoted in 《》 (a page's heading, a
    citation) keeps its inner marks once the outer ones are taken off (S06)."""
    return title if "《" in title else title.replace("〈", "《").replace("〉", "》")


# What stands between two titles of one list: 「《A》、《B》和《C》」
_LIST_JOINS = ("", "、", "和", "及", "以及", ",")


def _listed_with(first: str, sentences: list[str]) -> list[str]:
    """The titles a sentence lists from ``first`` on, when the notice's title names only the first of them
    and 等 (「关于印发《A》等的通知」, 「制定了《A》、《B》、《C》。请…按照工作方案…执行」: BU11); [] when no
    sentence lists ``first`` with others."""
    key = title_key(first)
    for s in sentences:
        refs = find_titles(s) if first in s else []
        for i, ref in enumerate(refs):
            if title_key(ref.title) != key:
                continue
            run = [ref.title]
            for before, after in zip(refs[i:], refs[i + 1:]):
                if s[before.end : after.start].strip() not in _LIST_JOINS:
                    break
                run.append(after.title)
            if len(run) > 1:
                return run
    return []


_REPEALED = re.compile(r"废止|失效|停止执行|不再执行")


def find_attached(title: str, sentences: list[str]) -> tuple[str, ...]:
    """Titles of the rules a notice issues, from its covering ``sentences`` (first) or its ``title``.

    >>> find_attached("关于印发两项制度的通知", ["《A制度》、《B制度》已经市政府同意,现印发给你们,请认真执行。"])
    ('A制度', 'B制度')
    >>> find_attached("关于印发两个方案的通知", ["按照《某通知》要求,有关部门制定了《A方案》《B方案》。",
    ...                                          "两个方案已经县政府同意,现印发给你们,请认真贯彻落实。"])
    ('A方案', 'B方案')
    >>> find_attached("关于印发分解方案的通知", ["为实现2024年《政府工作报告》提出的目标,对重点工作进行了责任分解。",
    ...                                          "现将相关分解落实方案印发给你们,请认真贯彻落实。"])
    ('分解方案',)
    >>> find_attached("关于印发分解方案的通知", ["2025年区〈政府工作报告〉确定的主要目标任务责任分解方案》已经区人民政府同意,"
    ...                                          "现印发给你们,请一并贯彻执行。"])
    ('2025年区〈政府工作报告〉确定的主要目标任务责任分解方案',)
    >>> find_attached("关于印发某方案的通知", ["根据《某条例》,现将《某方案》印发给你们。"])
    ('某方案',)
    >>> find_attached("关于印发某目录的通知", ["为深入贯彻实施《某条例》(以下简称《条例》),经省政府同意,现将《某目录》印发给你们。"])
    ('某目录',)
    >>> find_attached("关于印发《甲办法》和《乙办法》的通知", [])
    ('甲办法', '乙办法')
    >>> find_attached("某区人民政府关于批转区财政局《某办法》的通知", ["区财政局《某办法》已经区政府常务会议通过,现批转给你们,请遵照执行。"])
    ('某办法',)
    >>> find_attached("关于印发《A方案》等的通知", ["根据《某法》,制定了《A方案》、《B方案》和《C方案》。", "请按照工作方案执行。"])
    ('A方案', 'B方案', 'C方案')
    >>> find_attached("关于印发《A方案》等的通知", ["请按照《A方案》执行。"])
    ('A方案',)
    >>> find_attached("关于印发行政处罚程序规定的通知", [])
    ('行政处罚程序规定',)
    >>> find_attached("某市人民政府办公厅印发关于加快推进第三产业发展的实施意见的通知", [])  # (FF06)
    ('关于加快推进第三产业发展的实施意见',)
    >>> find_attached("关于公布2024年收费标准的通知", [])
    ()
    >>> find_attached("山东省发展和改革委员会关于公布〈山东省定价成本监审目录〉的通知", [])
    ('山东省定价成本监审目录',)
    >>> find_attached("某局关于废止《甲办法》的决定", ["某局关于废止《甲办法》的决定(2025年6月7日某局令第6号公布)"
    ...     "《某局关于废止〈甲办法〉的决定》已经局务会议审议通过,现予公布,自公布之日起施行。"])
    ()
    >>> note = "《某规定》已于2006年6月7日经第7次部务会议通过,现予公布,自2006年8月1日起施行。"
    >>> find_attached("交通部令2006年第8号", [note]), find_attached("某规定", [note])
    (('某规定',), ())
    """
    found: list[str] = []
    for i, s in enumerate(sentences):
        hand = _HANDOVER.search(s) if "发" in s or "颁" in s or "公布" in s or "批转" in s else None  # each handover prints one
        if hand is None:
            continue
        # 「…,现将《A》《B》印发给你们」 hands over what stands between 现将 and the verb; the purpose before it
        # (「为深入贯彻实施《X》(以下简称《条例》),…」) issues nothing
        start = max(s.rfind("现将", 0, hand.start()), 0)
        promulgated = hand.group().endswith("公布")  # a rule's own promulgation note names the rule itself
        unopened = None if promulgated else _unopened(s, start, hand.start())
        named = [unopened] if unopened else _named(s, start, hand.start(), title if promulgated else None)
        if not named and i and not _TITLE_MARKS.search(s, 0, hand.start()):
            # 「…分别牵头制定了《A》《B》。五个专项行动方案已经县政府同意,现印发给你们」: what the sentence before names,
            # of the kind the handover names (its purpose's 《政府工作报告》 is no 方案 handed over, BQ03)
            before = sentences[i - 1]
            # (not what it repeals: 「决定废止《A》(…令第116号)、《B》(…令第123号)。现予发布,自发布之日起施行」 publishes the
            # decision itself, DD04)
            named = [] if _HANDOVER.search(before) or _REPEALED.search(before) else \
                _of_kind(_named(before, 0, len(before), None), s[:hand.start()])
        found += named
    if not found and (m := _IN_TITLE.search(_outer(title))):
        found = [t.title for t in find_titles(m.group("rest"))]
        if found and "》等" in m.group("rest"):
            found = _listed_with(found[-1], sentences) or found
    if not found and (m := _PLAIN.search(title)):
        t = m.group("t")
        # (a title opening 关于 is issued only when it ends with a rule's kind: 「印发关于加快推进…的实施意见的通知」 (FF06))
        if t.startswith("关于") and not _EDITION.sub("", t).endswith((*cues.RULE_KINDS, "意见")):
            return ()
        found = [_LEADING_BODY.sub("", t) if "转发" in title else t]
    return tuple(dict.fromkeys("".join(t.split()) for t in found))  # spaces out
