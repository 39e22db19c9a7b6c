"""Finder: when a document takes effect and until when (自…起施行, 有效期N年, 试行期两年)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from regkg.extract import cues
from regkg.extract.clean import Text
from regkg.extract.document_text import DocumentText
from regkg.extract.head import ANY_DATE
from regkg.extract.models import Validity
from regkg.extract.segment import Segment

__all__ = ["ValidityFact", "find_validity", "in_force", "parse_date", "add_years", "chinese_number"]

# (its first character first, 自 of the second form looked for behind it: a pattern opening with an alternation whose
# forms open with a class and a character is tried at every character, one opening with a class only at those)
# (a verb whose object is a routine the text sets up starts that, not the document: 「从5月1日起执行日报制度」, GD09)
_NOT_ITSELF = r"(?!(?!本)[\u4e00-\u9fff“”]{1,12}制度)"  # (「…起施行本制度」 is the document's own: review)
_HOUR = cues.START_HOUR  # the hour a 通告 starts at, between the day and 起
_FROM_DATE = re.compile(rf"[自从于](?:(?P<from>{cues.DATE}){_HOUR}(?:起|开始)(?:正式)?{cues.EFFECT_VERBS}{_NOT_ITSELF}"
                        rf"|(?<=自)(?P<from2>{cues.DATE})(?:正式)?{cues.EFFECT_VERBS}{_NOT_ITSELF})")
# A start in a month, no day: 「调整后的最低工资标准自2015年1月起执行」 (C27) starts on its first day; a start in
# a year, its first month: 「本政策自2021年开始执行」 (T01).
_FROM_MONTH = re.compile(rf"(?:自|从|于)(?P<y>(?:19|20)\d{{2}})年(?:(?P<m>\d{{1,2}})月份?)?(?:起|开始)(?:正式)?"
                         rf"{cues.EFFECT_VERBS}")
# (「于公布之日起实施」 「从印发之日起执行」 (CB12) 「从发文之日起开始试行」 (DY10) as 「自…」; 「自印发后30日起施行」 (AZ03) as
# 「自印发之日起30日后」; 「自区政府批准后,印发之日起实施」 (EG03) from its issue)
# (not a case another document's start makes: 「法律、法规、规章为自公布之日起生效的,…」, DX03)
_FROM_ISSUE = re.compile(rf"[自于从](?:[\u4e00-\u9fff]{{2,10}}批准后,?)?(?:{cues.FROM_ISSUE}(?:起)?(?:(?P<days>[0-9一二三四五六七八九十]+)日后)?"
                         rf"|(?:印发|发布|公布|颁布|发文)后(?P<after>[0-9一二三四五六七八九十]+)日)(?:起)?(?:开始)?(?:正式)?{cues.EFFECT_VERBS}(?!的)")
# A span from the day it is issued to a day printed, its verb left out: what the document or its ban holds for (FA01)
_FROM_ISSUE_TO = re.compile(rf"[自从]{cues.FROM_ISSUE}起(?=至{cues.DATE})")
_BANNED = re.compile(r"禁[\u4e00-\u9fff]{0,3}期")  # 「禁渔期」 「禁捕期」 「禁牧期」
# A start printed without its year, in the year of the document's date: 「决定从11月1日起,将我市市区最低月工资标准调整为…」
# (H06) 「同意…于九月一日起执行」 (CE02). A verb of effect makes it the document's start; a change 「将…」 a policy's.
_FROM_DAY = re.compile(rf"[自从于](?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
                       rf"(?P<d>[12][0-9]|3[01]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日{_HOUR}(?:起|开始)[,]?(?:正式)?"
                       rf"(?:(?P<effect>{cues.EFFECT_VERBS}){_NOT_ITSELF}|将|对|调整|提高)")
_YEAR_BEFORE = 31  # a day without its year this long before the document's date is the next year's (「自1月1日起」 in December)
_PERIOD = re.compile(cues.PERIOD)
_LATER_PERIOD = re.compile(rf"\s*(?:{cues.VALIDITY_SUBJECT})?\s*(?:{cues.PERIOD})\s*[。;]?\s*$")  # a sentence that is the period alone
_UNTIL = re.compile(cues.UNTIL_DATE)
_SUBJECT = re.compile(cues.VALIDITY_SUBJECT)
_MEASURE = re.compile(cues.MEASURE_PERIOD)
_ANOTHER_THINGS = re.compile(rf"(?:{cues.OTHER_VALIDITY})$")
_RANGE = re.compile(cues.RANGE_PERIOD)
_POLICY_FROM = re.compile(cues.POLICY_FROM)
_DATE = re.compile(cues.DATE_PARTS)
_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _of_another_thing(text: str, period: re.Match[str]) -> bool:
    """Whether the measure's ``period`` is printed of a thing not the document: 「中标有效期限自…至…」 (EM05)."""
    return _ANOTHER_THINGS.search(text, 0, period.start()) is not None


@dataclass(frozen=True)
class ValidityFact:
    from_: date | None
    until: date | None
    start: int  # offsets of the sentence in the text searched
    end: int
    sentence: str


def chinese_number(s: str) -> int:
    """``5``, ``五``, ``两``, ``十二`` -> int.

    >>> [chinese_number(x) for x in ("5", "五", "两", "十", "十二", "二十")]
    [5, 5, 2, 10, 12, 20]
    """
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS[s]


def parse_date(text: str) -> date | None:
    """``2024年9月19日`` -> date; ``None`` for an impossible date (2024年11月31日).

    >>> parse_date("2024年9月19日"), parse_date("2024年11月31日")
    (datetime.date(2024, 9, 19), None)
    """
    m = _DATE.search(text)
    if not m:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def _in_year_of(m: re.Match[str], signed: date) -> date | None:
    """The day ``m`` (_FROM_DAY) names, in the year of ``signed`` or, when it would fall well before, the next.

    >>> _in_year_of(_FROM_DAY.search("从11月1日起执行"), date(2015, 10, 20)), _in_year_of(_FROM_DAY.search("自一月一日起施行"), date(2015, 12, 20))
    (datetime.date(2015, 11, 1), datetime.date(2016, 1, 1))
    """
    month, day = chinese_number(m.group("m")), chinese_number(m.group("d"))
    try:
        found = date(signed.year, month, day)
        return found if found >= signed - timedelta(days=_YEAR_BEFORE) else date(signed.year + 1, month, day)
    except ValueError:
        return None


def add_years(d: date, n: int) -> date:
    """The last day of an ``n``-year period starting on ``d``.

    >>> add_years(date(2024, 10, 19), 5), add_years(date(2024, 2, 29), 1)
    (datetime.date(2029, 10, 18), datetime.date(2025, 2, 28))
    >>> add_years(date(2023, 1, 1), 9999)
    datetime.date(9999, 12, 31)
    """
    if d.year + n > date.max.year:  # 「有效期9999年」: no end in any calendar
        return date.max
    try:
        end = d.replace(year=d.year + n)
    except ValueError:  # 29 February
        end = d.replace(year=d.year + n, day=28) + timedelta(days=1)
    return end - timedelta(days=1)


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    if d.year + y > date.max.year:
        return date.max
    day = min(d.day, [31, 29 if (d.year + y) % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m])
    return date(d.year + y, m + 1, day) - timedelta(days=1)


def _may_state(text: str) -> bool:
    """Whether a sentence could state validity: every form read below prints a year or a month (a date,
    「有效期5年」, 「有效期6个月」) or 「…之日」 or 「…后30日」. Most sentences print none, and are spared the searches."""
    return "年" in text or "月" in text or "日" in text and ("之日" in text or "后" in text)


def _heading_and_next(sentences: list[tuple[str, int, int]], i: int) -> str:
    """A short heading line and the sentence under it: 「二、管控时间及时段」 then 「2023年10月30日至2024年3月31日」."""
    text = sentences[i][0]
    return text + sentences[i + 1][0] if len(text) <= 20 and i + 1 < len(sentences) else ""


def find_validity(sentences: list[tuple[str, int, int]], signed: date | None) -> ValidityFact | None:
    """The validity statement among ``(text, start, end)`` sentences, or ``None``.

    A statement needs a subject (本办法, 本通知 …) or an explicit 自…起施行; targets such as 「到2025年」
    and seasons (「森林防火期为1月1日至5月31日」) have neither. When several sentences qualify (the
    notice and its attached rule), the one that sets a period wins, then the first.

    >>> f = find_validity([("本办法自2024年10月19日起施行,有效期5年。", 0, 22)], None)
    >>> f.from_, f.until
    (datetime.date(2024, 10, 19), datetime.date(2029, 10, 18))
    >>> f = find_validity([("本细则自印发之日起30日后施行,有效期2年。", 0, 21)], date(2023, 9, 3))
    >>> f.from_, f.until
    (datetime.date(2023, 10, 3), datetime.date(2025, 10, 2))
    >>> f = find_validity([("二、管控时间及时段2023年10月30日至2024年3月31日。", 0, 30)], None)
    >>> f.from_, f.until
    (datetime.date(2023, 10, 30), datetime.date(2024, 3, 31))
    >>> find_validity([("2024年全市森林防火期为1月1日至5月31日。", 0, 20)], None) is None
    True
    >>> find_validity([("调整后的最低工资标准自2015年1月起执行。", 0, 21)], None).from_
    datetime.date(2015, 1, 1)
    >>> find_validity([("本办法自2023年4月1日起施行。", 0, 17), ("有效期五年。", 17, 23)], None).until
    datetime.date(2028, 3, 31)
    """
    found: list[ValidityFact] = []
    policy: ValidityFact | None = None  # 「从2021年8月1日起调整最低工资标准」: the weakest statement, kept last
    for i, (text, start, end) in enumerate(sentences):
        if not _may_state(text) and not (len(text) <= 20 and i + 1 < len(sentences) and _may_state(sentences[i + 1][0])):
            continue  # a short heading is read with the sentence under it
        # every form but a bare period prints a day (a date, 「之日」): a sentence without 「日」 is spared their searches
        dated = "日" in text
        if policy is None and dated and (mp := _POLICY_FROM.search(text)):
            policy = ValidityFact(parse_date(mp.group("from") or mp.group("opens")), None, start, end, text)
        frm: date | None = None
        m = _FROM_DATE.search(text) if dated else None
        if m:
            frm = parse_date(m.group("from") or m.group("from2"))
        elif dated and (m := _FROM_ISSUE.search(text)) and signed is not None:
            days = m.group("days") or m.group("after")
            frm = signed + timedelta(days=chinese_number(days)) if days else signed
        elif dated and signed is not None and (span := _FROM_ISSUE_TO.search(text)) and \
                (_SUBJECT.search(text) or _BANNED.search(text, 0, span.start())):
            m, frm = span, signed  # 「本通告自公布之日起至2030年12月31日24时止」 「禁渔期:自公布之日起至…止」 (FA01): a span, no verb
        elif dated and signed is not None and (md := _FROM_DAY.search(text)) and (day := _in_year_of(md, signed)):
            if md.group("effect"):
                m, frm = md, day
            elif policy is None:
                policy = ValidityFact(day, None, start, end, text)
        elif not dated and (mm := _FROM_MONTH.search(text)) and 1 <= int(mm.group("m") or 1) <= 12 \
                and (mm.group("m") or _SUBJECT.search(text, 0, mm.start())):  # a year alone: 「本政策自2021年…」 only
            m, frm = mm, date(int(mm.group("y")), int(mm.group("m") or 1), 1)
        if dated and (mp := _RANGE.search(text)):
            found.append(ValidityFact(parse_date(mp.group("a")), parse_date(mp.group("b")), start, end, text))
            continue
        if m is None and dated and (mp := _MEASURE.search(text)) and not _of_another_thing(text, mp):
            found.append(ValidityFact(parse_date(mp.group("a")), parse_date(mp.group("b")), start, end, text))
            continue
        if m is None and (mp := _MEASURE.search(joined := _heading_and_next(sentences, i))) \
                and not _of_another_thing(joined, mp):  # the period under its heading
            found.append(ValidityFact(parse_date(mp.group("a")), parse_date(mp.group("b")), start, sentences[i + 1][2],
                                      joined))
            continue
        period = _PERIOD.search(text)
        until_m = _UNTIL.search(text) if dated else None
        if until_m and until_m.group("repealed_on") and not _SUBJECT.search(text, 0, until_m.start()):
            until_m = None  # another work's repeal day: 「修订前的《X条例》(自1998年…起施行,2017年10月1日废止…)」 (E18)
        # without a start, a period or an end counts only for a subject (本办法…); the subject looked for last
        if m is None and not ((period or until_m) and _SUBJECT.search(text)):
            continue
        until = None
        if not period and not until_m and frm is not None and i + 1 < len(sentences) and _SUBJECT.search(text) and \
                (later := _LATER_PERIOD.match(sentences[i + 1][0])):
            # the period its own sentence after the start's: 「本办法自2023年4月1日起施行。有效期五年。」 (BK01); the rule's own
            # start only (not 「自2023年1月1日起执行新标准。执行期三年。」, a measure's)
            period, text, end = later, text + sentences[i + 1][0], sentences[i + 1][2]
        if until_m:
            until = parse_date(until_m.group("until") or until_m.group("repealed_on"))
        elif period and frm is not None:
            n = chinese_number(period.group("n"))
            until = add_years(frm, n) if period.group("unit") == "年" else _add_months(frm, n)
        found.append(ValidityFact(frm, until, start, end, text))
    if not found:
        return policy
    with_period = [f for f in found if f.until is not None]
    return (with_period or found)[0]


# A statute in force from its approval by a higher congress: 「本决定自青海省人民代表大会常务委员会批准之日起施行」, the day its
# heading's note prints with the approval (「2025年3月27日 青海省第十四届人民代表大会常务委员会第十四次会议批准」, BT02)
_FROM_APPROVAL = re.compile(rf"自[^,。;]{{0,30}}?批准之日起(?:正式)?{cues.EFFECT_VERBS}")
_APPROVED_ON = re.compile(rf"(?P<day>{cues.DATE})[^。\n]{{0,60}}?批准")
_HEAD_NOTE = 400  # characters of a document's opening read for its approval note


def _approved(doc: DocumentText, c: Text, seg: Segment) -> Validity | None:
    """A start 「自…批准之日起施行」 states, on the day the document's opening notes its approval; None when either is
    not printed (the day is not guessed)."""
    stated = next(((text, start, end) for text, start, end in doc.sentences if "批准之日" in text and _FROM_APPROVAL.search(text)),
                  None)
    day = _APPROVED_ON.search(c.s, seg.start, min(seg.end, seg.start + _HEAD_NOTE)) if stated else None
    if stated is None or day is None or (begins := parse_date(day.group("day"))) is None:
        return None
    return Validity(begins.isoformat(), None, doc.shown(stated[1], stated[2]), doc.span(stated[1], stated[2]))


def in_force(doc: DocumentText, signed: date | None, c: Text, seg: Segment) -> Validity | None:
    """When the document in ``seg`` is in force: what its text states, the end a database's fields set
    when the text sets none."""
    v = find_validity(doc.sentences, signed)
    stated = None
    if v is not None:
        stated = Validity(v.from_.isoformat() if v.from_ else None, v.until.isoformat() if v.until else None,
                          doc.shown(v.start, v.end), doc.span(v.start, v.end))
    elif (approved := _approved(doc, c, seg)) is not None:
        stated = approved
    if (stated is None or stated.until is None) and (listed := _field_validity(c, seg, doc.raw)) is not None:
        return listed if stated is None else Validity(stated.from_, listed.until, stated.evidence, stated.span)
    return stated or _promulgated(c, seg, doc.raw)


def _promulgated(c: Text, seg: Segment, raw: str) -> Validity | None:
    """The start a rule's promulgation note states (「…令第137号公布自2015年3月1日起施行」), when its text
    states none: that note is the rule's own words in a database's copy."""
    note = seg.metadata.get("in_force_note", "")
    begins = _iso(note)
    at = c.s.find(note, max(0, seg.start - 2000)) if note else -1
    if begins is None or at < 0:
        return None
    a, b = c.orig_span(at, at + len(note))
    return Validity(begins, None, raw[a:b], (a, b))


def _field_validity(c: Text, seg: Segment, raw: str) -> Validity | None:
    """A database's 实施日期/失效日期 fields, when they set an end (a lone 实施日期 is the posting's day)."""
    expires = _iso(seg.metadata.get("expires", ""))
    if expires is None:
        return None
    at = c.s.find(seg.metadata["expires"], max(0, seg.start - 2000))
    a, b = c.orig_span(at, at + len(seg.metadata["expires"])) if at >= 0 else (seg.start, seg.start)
    return Validity(_iso(seg.metadata.get("effective", "")), expires, raw[a:b], (a, b))


def _iso(value: str) -> str | None:
    m = ANY_DATE.search(value)
    if not m:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
    except ValueError:
        return None
