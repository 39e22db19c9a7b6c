"""The extractor end to end: read -> clean -> segment -> find -> records.

``extract_text`` is the pure core (a string in, a :class:`Record` out); ``extract_file`` adds reading
and decoding; ``extract`` walks many inputs and never lets one bad file stop the others.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from regkg.errors import InputError, RegkgError
from regkg.extract import bodies, cues, head
from regkg.extract.anchored import finditer_at
from regkg.extract.attached import find_attached
from regkg.extract.citations import explained_citation, history_works, law_citations, numbered_citations, repealed_works
from regkg.extract.clean import Text, clean
from regkg.extract.consistency import check
from regkg.extract.document_text import document_text
from regkg.extract.duty_finder import duties_in
from regkg.extract.models import (
    Citation,
    Document,
    Duty,
    Gazette,
    LawCitation,
    Record,
    Repeal,
    Warning,
)
from regkg.extract.printed import printed_title
from regkg.extract.read import expand_inputs, read_input
from regkg.extract.repeals import history_repeals, remark_repeals, repeals_in
from regkg.extract.segment import DATE, Segment, segment
from regkg.extract.validity import in_force, parse_date
from regkg.keys.kinds import KIND_END as _KIND
from regkg.keys.numbers import code_of
from regkg.keys.orgs import ORG_NAME
from regkg.keys.places import NATIONAL_PREFIXES, jurisdiction_of, level_of, places
from regkg.keys.titles import title_key

__all__ = ["Result", "clear_caches", "extract", "extract_file", "extract_text"]

# How a rule names itself in its first article, and how far into the text that article is looked for.
_NAMES_ITSELF = re.compile(cues.SELF_NAMING_ARTICLE)
_FIRST_ARTICLE_CHARS = 400
_REPLIES = frozenset(("批复", "复函"))  # the kinds whose items that name no one ask the addressee (duty_finder)
_ORDER_TITLE = re.compile(cues.ORDER_HEADING)
_LAW = re.compile(cues.LAW_TITLE)
_RULE_KIND = re.compile(rf"(?:{'|'.join(cues.RULE_KINDS)})$")
# Notes in brackets after the kind: an edition, a part, the number (「…的通知(2019修订)」 「…实施意见（试行）」 「…的意见（二）」
# 「…的通知(…〔2021〕25号)(统一编号:…)」: C17, E17, AQ08, CQ07)
_TRAILING_NOTES = re.compile(r"(?:[(（][^()（）]{1,40}[)）]\s*)+$")
# The state's name before a national body's (「中华人民共和国国务院」 signs what the keys call 国务院).
_STATE_PREFIX = re.compile(r"^中华人民共和国(?=\S{2,})")


@dataclass(frozen=True)
class Result:
    """One input's outcome: a record, or the error that stopped it."""

    path: str
    record: Record | None
    error: InputError | None


def extract(inputs: Iterable[str | Path]) -> Iterator[Result]:
    """Extract every input (files, folders, globs), one :class:`Result` per file, bad ones included."""
    paths, errors = expand_inputs(inputs)
    for err in errors:
        yield Result(err.path, None, err)
    for p in paths:
        try:
            yield Result(str(p), extract_file(p), None)
        except InputError as exc:
            yield Result(str(p), None, exc)


def extract_file(path: str | Path, *, source: str | None = None) -> Record:
    """Read, decode and extract one file; raises :class:`InputError` naming the file and the reason.

    ``source`` names the file in the record and its evidence (a build passes the path relative to its
    inputs, so that ``a/x.txt`` and ``b/x.txt`` stay two sources); by default the file's name."""
    decoded = read_input(path)
    try:
        record = extract_text(decoded.text, source=source or Path(path).name, encoding=decoded.encoding)
    except RegkgError:
        raise
    except Exception as exc:  # a finder bug must not cost the user the other files
        raise InputError(str(path), f"extraction failed: {type(exc).__name__}: {exc}") from exc
    if not record.documents:
        raise InputError(str(path), "not a gazette or government document: no document title or 发文字号 found")
    return record


def clear_caches() -> None:
    """Forget every name, list and line the finders have read (each stage keeps what it reads again and again; a
    benchmark's repetitions each start cold, as a worker meeting a text does)."""
    bodies.clear_caches()
    head.clear_caches()


def extract_text(text: str, source: str = "<text>", encoding: str = "utf-8") -> Record:
    """Extract the record of one gazette (or one document) given as text.

    >>> r = extract_text("泸州市人民政府办公室关于废止某办法的通知\\n泸市府办发〔2024〕9号\\n"
    ...                  "各区县人民政府:\\n《泸州市某办法》(泸市府办发[2019]3号)同时废止。\\n"
    ...                  "本通知自印发之日起施行。\\n泸州市人民政府办公室\\n2024年3月1日")
    >>> d = r.documents[0]
    >>> d.doc_number, d.kind, d.issuers, d.date, d.in_force.from_
    ('泸市府办发〔2024〕9号', '通知', ('泸州市人民政府办公室',), '2024-03-01', '2024-03-01')
    >>> [(x.by, x.target_number, x.target_title) for x in r.repeals]
    [('泸市府办发〔2024〕9号', '泸市府办发〔2019〕3号', '泸州市某办法')]
    """
    c = clean(text)
    front, segs = segment(c)
    segs = _first_printings(c, segs)
    if len(segs) == 1 and segs[0].number is None and (named := head.number_in_file_names(text)) is not None:
        segs[0].number, segs[0].number_printed = named  # a page's number printed only in its files' names
    jurisdiction = jurisdiction_of(front.title or "") or next(
        (j for s in segs for j in [jurisdiction_of(s.title)] if j), None
    )
    known = frozenset(filter(None, map(code_of, [*(s.number for s in segs), *(n for _, n in front.toc)])))
    warnings: list[Warning] = _date_warnings(c)
    warnings += [
        Warning("toc_entry_not_found", f"table of contents lists 《{t}》{f'({n})' if n else ''} but no such document was found")
        for t, n in front.toc_not_found
    ]
    facts = _Facts(warnings=warnings)
    docs = [_document(c, seg, known, text, facts, jurisdiction) for seg in segs]
    facts.repeals += remark_repeals(c, text, docs, facts.repeals) + history_repeals(c, text, docs)
    facts.warnings += check(docs, facts.repeals, facts.citations)
    gazette = None
    if front.title or front.issue:
        gazette = Gazette(front.title, front.issue, front.serial, jurisdiction_of(front.title or "") or jurisdiction)
    return Record(
        source=source,
        gazette=gazette,
        documents=tuple(docs),
        repeals=tuple(facts.repeals),
        citations=tuple(facts.citations),
        law_citations=tuple(facts.law_citations),
        duties=tuple(facts.duties),
        warnings=tuple(facts.warnings),
        encoding=encoding,
        jurisdiction=jurisdiction,
    )


# Where every DATE starts: its year's four digits before its 年, which the scan skips to (digits 1 and 2 stand everywhere)
_DATE_AT = ("年", -4)


def _date_warnings(c: Text) -> list[Warning]:
    out = []
    for m in finditer_at(DATE, c.s, *_DATE_AT):
        if parse_date(m.group()) is None:
            out.append(Warning("impossible_date", f"impossible date {m.group()}", c.orig_span(*m.span())))
    return out


def _issuers(c: Text, seg: Segment, raw: str, jurisdiction: str | None) -> tuple[str, ...]:
    names: list[str] = []
    for ln in seg.issuer_lines:
        a, b = c.orig_span(ln.start, ln.end)
        # print separates joint issuers by spaces, or spaces out a short name's characters to the width of the others':
        # 「商  务  部」 「人 民 银 行」 (FR06), 「海安市人力资源和社会保障局 海 安 市 財 政 局」 (B24)
        # (each piece read as the extractor reads text first: a gloss makes no character two, 「商 務(wù) 部」, Q05)
        names += _spaced_out([piece for p in raw[a:b].split() if (piece := clean(p).s.strip())])
    heading_issuer = _heading_issuer(seg.title)
    # a 版头 names the heading's issuer; a body's name above a heading that names another is the site's (「怒江州人民政府」 over
    # 「云南省民政厅办公室关于…」, KT01)
    site_name = bool(heading_issuer) and not any(heading_issuer in m or m in heading_issuer for m in seg.masthead)
    if not names and not site_name:
        names += seg.masthead
    if heading_issuer and not any(n.endswith(heading_issuer) for n in names) and not names:
        names.append(heading_issuer)
    listed = seg.metadata.get("issuer", "") or _publisher_named_in_full(seg.metadata.get("publisher", ""))
    if not names and listed and not _PUBLISHER.search(listed):
        names += [p for p in re.split(r"[\s、,,;]+", listed) if p]  # a web page's metadata block
    if heading_issuer:  # OCR slips in a signature (「日梁市人民政府办公室」) yield to the heading's spelling
        names = [heading_issuer if _one_char_apart(n, heading_issuer) else n for n in names]
    named = _placed([p for n in names for q in n.split("、") for p in split_joint(_STATE_PREFIX.sub("", q))])
    if any(n.startswith(_BARE_LEVELS) and not n.startswith("市场") for n in named):
        named = [_with_place(n, seg, jurisdiction) for n in named]
    return tuple(dict.fromkeys(_without_province(x) for x in named))


_BODY_IN_PLACE = re.compile(r"[局委办厅府部室会院处]")
_CLAUSE_IN_PLACE = re.compile(r"关于|同志|的|贯彻|转发|印发|同意")
_PROVINCE_OF_CODE = {a: p.name for p in places().values() if p.level == "provincial" for a in p.abbr}
# A place a page's 发布机构 or source opens with, its own site's or government's: 「襄阳市政府门户网站」 「随州市人民政府」
_SITE_PLACE = re.compile(r"^(?P<p>[\u4e00-\u9fff]{2,10}?[省市州县区])(?=人民政府|政府|门户|网站|网$|[\u4e00-\u9fff]{0,12}(?:局|委|办|厅))")
# A city a heading names in full as what it is about, after the words that open its matter: 「关于印发六盘水市新型基础设施…」
# (not after 与/对/赴, 「…深化与深圳市对口合作…」, nor inside a longer name, 「峨眉山市」, nor a body's, 「转发孝感市人民政府办公室…」)
_CITY_IN_HEADING = re.compile(
    r"(?:^|关于|印发|转发|《|做好|加快|推进|成立|开展|全面|进一步|加强)(?:《)?(?P<c>"
    + "|".join(sorted((re.escape(p.name) for p in places().values() if p.level == "municipal" and p.name.endswith("市")),
                      key=len, reverse=True))
    + r")(?![\u4e00-\u9fff]{0,4}(?:人民政府|政府|委员会|办公室|局|委|厅))")


def _with_place(name: str, seg: Segment, jurisdiction: str | None = None) -> str:
    """``name`` with the place its print leaves out, as a reader of the page gives it, where the page says it: a body of the
    same name in full on it (its 版头, its 发布机构: 「洪山区人民政府办公室」, BQ08), the place the page's own 发布机构 or site opens
    with (「襄阳市政府门户网站」, CV06); for a province's body the province its number's code stands for (「鄂政发」 is 湖北省's,
    C19); for a city's the one city its heading names in full as its matter (「关于印发六盘水市新型基础设施建设三年行动方案的
    通知」, FL08); last, the ``jurisdiction`` the input is of, its gazette's or the government a heading in it names (「市发展改革委」
    in 泸州's gazette, 「市文化局」 under 「厦门市人民政府办公厅转发…」, GO04), of the name's level. ``name`` as printed otherwise: a city its body names may be another's, a short name an ordinary word's
    (「长治久安」 「推广安全」: review), and a county-level city's is in no table.

    >>> seg = Segment(title="市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案的通知", start=0, end=0, body_start=0)
    >>> _with_place("市人民政府办公室", seg), _with_place("区人民政府", seg)
    ('六盘水市人民政府办公室', '区人民政府')
    >>> seg.title = "市人民政府关于深化与深圳市对口合作的实施意见"
    >>> _with_place("市人民政府", seg)
    '市人民政府'
    """
    level, rest = name[0], name[1:]
    if not rest or level not in _BARE_LEVELS:
        return name
    named = [seg.metadata.get("publisher", ""), seg.metadata.get("issuer", "")]
    for full in (*seg.masthead, *named):
        full = full.strip()
        place = full[: -len(rest)] if full.endswith(rest) else ""
        # (a place alone before it, no body: 「区财政局区规划土地局」, two bodies run together, names none, CC07)
        if len(place) > 1 and place.endswith(level) and not _BODY_IN_PLACE.search(place):
            return full
    sites = {m.group("p") for value in named if (m := _SITE_PLACE.match(value.strip())) and m.group("p").endswith(level)}
    if len(sites) == 1:
        return f"{sites.pop()}{rest}"
    if level == "省" and (code := code_of(seg.number)) and (province := _PROVINCE_OF_CODE.get(code[0], "")).endswith("省"):
        return f"{province}{rest}"
    if level == "市" and len(cities := {m.group("c") for m in _CITY_IN_HEADING.finditer(seg.title)}) == 1:
        return f"{cities.pop()}{rest}"
    # (the input's jurisdiction as keys.places reads it may run on from a heading's words, 「市人民政府办公室关于转发孝感市」: a
    # place's name holds no body's nor a clause's, review)
    if jurisdiction and jurisdiction.endswith(level) and not _BODY_IN_PLACE.search(jurisdiction) and not _CLAUSE_IN_PLACE.search(jurisdiction):
        return f"{jurisdiction}{rest}"
    return name


_CITY = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:市|自治州|州|地区|盟)")


def _without_province(name: str) -> str:
    """``name`` without the province a database prints before a city's body: 「河北省石家庄市人民政府」 is 石家庄市人民政府, as the
    body names itself (U03, N10, I09 and a dozen more); a province's own bodies keep it.

    >>> _without_province("河北省石家庄市人民政府"), _without_province("河北省人民政府"), _without_province("河北省财政厅")
    ('石家庄市人民政府', '河北省人民政府', '河北省财政厅')
    """
    for province in _PROVINCES:
        if name.startswith(province) and (city := _CITY.match(name, len(province))) and level_of(city.group()) == "municipal":
            return name[len(province) :]
    return name


_PROVINCES = tuple(sorted((p.name for p in places().values() if p.level == "provincial"), key=len, reverse=True))


_MAKERS_ENDINGS = ("政府", "办公室", "办公厅", "局", "厅", "委员会", "委", "办", "管委会", "人民代表大会", "常务委员会", "法院", "检察院",
                   "办事处", "中心", "总工会")
_NEWS = re.compile(r"融媒体|新闻|传媒|报社|电视台|广播")  # a 来源's outlet, no maker: 「南京市融媒体中心」
_PLACE_END = ("省", "自治区", "市", "自治州", "州", "地区", "盟", "县", "自治县", "旗", "区")
_FORMER = "原"  # 「原环境保护部」: a ministry since reorganised, named as it was


def _publisher_named_in_full(value: str) -> str:
    """A page's 发布机构 or front matter's ``author`` as an issuer, when it names one body in full: a place's body with its
    place (「上海市人民政府」 「广东省生态环境厅」, ED04, Z05) or a national one (「原环境保护部」 is 环境保护部, CP05); else "". The
    field often names the office or site that posted the page (「市政府办」 「县府办」 「政府办公室」) or runs on into the page's
    counters (「…浏览量发表」), which name no issuer.

    >>> _publisher_named_in_full("上海市人民政府"), _publisher_named_in_full("原环境保护部"), _publisher_named_in_full("市政府办")
    ('上海市人民政府', '环境保护部', '')
    >>> _publisher_named_in_full("固原市政府办"), _publisher_named_in_full("灵璧县卫生健康委员会浏览量发表")
    ('', '')

    A department of a site or a party committee is none, nor the first of makers cut short (「财政部等」), nor a media centre
    a 来源 names (review):

    >>> [_publisher_named_in_full(x) for x in ("综合部", "县委宣传部", "财政部等", "南京市融媒体中心")]
    ['', '', '', '']
    >>> [_publisher_named_in_full(x) for x in ("教育部办公厅", "原国家质检总局", "泸州市住房公积金管理中心")]
    ['教育部办公厅', '国家质检总局', '泸州市住房公积金管理中心']
    """
    name = value.strip()
    former = name.removeprefix(_FORMER)
    if former.startswith(NATIONAL_PREFIXES) or former.removesuffix("办公厅") in cues.NATIONAL_MINISTRIES:
        return former if ORG_NAME.fullmatch(former) and not _PUBLISHER.search(former) else ""
    if not ORG_NAME.fullmatch(name) or _PUBLISHER.search(name) or _NEWS.search(name) or name.endswith("府办") or \
            not name.endswith(_MAKERS_ENDINGS):
        return ""  # (「固原市政府办」: printed short)
    placed = any(name[:k].endswith(_PLACE_END) and level_of(name[:k]) is not None for k in range(2, min(len(name) - 1, 13)))
    return name if placed else ""


def _heading_issuer(title: str) -> str | None:
    """The issuer a heading opens with, or None. A heading opening with 关于 names none before its matter (「关于某区人民政府
    关于…的通告的政策解读」, EB07); one wrapped over lines is read joined (「昭通市卫生健康委员」 over 「会关于…的预警公告」,
    FI07); a place's government named short is its 人民政府 (「辽阳市政府关于…」, EH01), the place one the places' table knows.

    >>> _heading_issuer("辽阳市政府关于做好征兵工作的通知"), _heading_issuer("关于转发市政府关于加强安全生产工作的通知")
    ('辽阳市人民政府', None)
    >>> _heading_issuer("宜兴市贯彻落实无锡市政府关于加强管理的实施意见") is None
    True
    """
    heading = title.replace("\n", "")
    if heading.startswith("关于"):
        return None
    if m := _HEADING_ISSUERS.match(heading) or _GOVERNMENT_FIRST.match(heading):
        return m.group(1)
    if (short := _SHORT_GOVERNMENT.match(heading)) and _is_place(place := short.group("place")):
        return f"{place}人民政府"
    if heading[:1] in _BARE_LEVELS and _LEVEL_GOVERNMENT.match(heading):
        return f"{heading[0]}人民政府"  # 「市政府关于…」: the place left out, as in 「市人民政府关于…」, for _with_place
    return None


def _is_place(name: str) -> bool:
    """Whether ``name`` is a place the places' table knows as such (its government a 人民政府: not a 地区's 行政公署, nor a zone's
    管委会, 「苏州工业园区」 「高新区」)."""
    return not name.endswith(("地区", "园区", "新区", "开发区")) and level_of(name) is not None


def _spaced_out(pieces: list[str]) -> list[str]:
    """``pieces`` with each run of single characters joined: one name spaced out.

    >>> _spaced_out(["海安市人力资源和社会保障局", "海", "安", "市", "財", "政", "局"]), _spaced_out(["商", "务", "部"])
    (['海安市人力资源和社会保障局', '海安市財政局'], ['商务部'])
    """
    out: list[str] = []
    for single, run in itertools.groupby(pieces, key=lambda p: len(p) == 1):
        out += ["".join(run)] if single else list(run)
    return out


def _placed(names: list[str]) -> list[str]:
    """Joint issuers printed after the first without its place share the first's: 「宁夏回族自治区物价局、财政厅关于…」
    (W03) is 宁夏回族自治区财政厅's too; a national body (「国家税务总局」) stays as it is.

    >>> _placed(["安徽省物价局", "财政厅"]), _placed(["财政部", "国家税务总局"])
    (['安徽省物价局', '安徽省财政厅'], ['财政部', '国家税务总局'])
    >>> _placed(["市场监管总局", "国家发展改革委", "公安部"])  # 市场's 市 is no place (O11)
    ['市场监管总局', '国家发展改革委', '公安部']
    """
    place = _BODY_OPENING.match(names[0]) if len(names) > 1 else None
    if place is None or place.group() in _BARE_LEVELS:  # a level alone names no place to share
        return names
    shared = place.group().removeprefix("中共")
    return [names[0], *(x if _BODY_OPENING.match(x) or x.startswith(_NATIONAL) else shared + x for x in names[1:])]


# The national bodies' openings (keys.places) and the print forms they lack: 「中国人民银行」 「中华全国总工会」 「中央…」
_NATIONAL = (*NATIONAL_PREFIXES, "中国", "中华", "中央")


def split_joint(name: str) -> list[str]:
    """Joint issuers printed side by side, each a body of a place or a national body.

    >>> split_joint("财政部国家发展和改革委员会工业和信息化部")
    ['财政部', '国家发展和改革委员会', '工业和信息化部']
    >>> split_joint("泸州市生态环境局泸州市财政局"), split_joint("泸州市人民政府办公室")
    (['泸州市生态环境局', '泸州市财政局'], ['泸州市人民政府办公室'])
    >>> split_joint("中共岳阳市委办公室岳阳市人民政府办公室"), split_joint("全国人民代表大会常务委员会")
    (['中共岳阳市委办公室', '岳阳市人民政府办公室'], ['全国人民代表大会常务委员会'])
    >>> split_joint("苏州市医疗保障局苏州市财政局国家税务总局苏州市税务局")
    ['苏州市医疗保障局', '苏州市财政局', '国家税务总局苏州市税务局']
    >>> split_joint("中国银行业监督管理委员会"), split_joint("中国银行保险监督管理委员会")
    (['中国银行业监督管理委员会'], ['中国银行保险监督管理委员会'])
    >>> split_joint("最高人民法院最高人民检察院")
    ['最高人民法院', '最高人民检察院']

    Not inside a longer ending, nor before a level alone after a place's own name, nor before a people's name without its
    place (KJ06, GE09, EN11):

    >>> split_joint("中共黑龙江省委办公厅黑龙江省人民政府办公厅"), split_joint("江门市新会区地名委员会")
    (['中共黑龙江省委办公厅', '黑龙江省人民政府办公厅'], ['江门市新会区地名委员会'])
    >>> split_joint("中共西盟佤族自治县委办公室西盟佤族自治县人民政府办公室"), split_joint("北京市财政局市水利局")
    (['中共西盟佤族自治县委办公室', '西盟佤族自治县人民政府办公室'], ['北京市财政局', '市水利局'])
    """
    return _split(name) or [name]


def _split(name: str) -> list[str] | None:
    """``name`` cut into whole bodies, each ending where a body's name may end, or ``None``."""
    if _is_body(name) and len(name) <= 8:
        return [name]
    for i in range(3, len(name) - 2):
        head = name[:i]
        # (what follows a body opens as a body's name does, with a place, the state's prefix or 中共, or is a ministry: not
        # 「中国银行」 then 「业监督管理委员会」 or 「保险监督管理委员会」, HM01, review)
        if name[i - 1 : i + 1] in _INSIDE_ENDING:
            continue
        if _opens_a_body(head, name[i:]) and ORG_NAME.fullmatch(head) and _is_body(head) and (rest := _split(name[i:])) is not None:
            # a national body's local office prints its parent first: 「国家税务总局苏州市税务局」 is one body (DI09)
            return [head + rest[0], *rest[1:]] if head in _VERTICAL_PARENTS and _BODY_OPENING.match(rest[0]) else [head, *rest]
    return [name] if _is_body(name) else None


def _opens_a_body(head: str, rest: str) -> bool:
    """Whether ``rest``, what follows the body ``head`` in joint issuers printed together, opens a body's name: with a place
    (a level alone, 「北京市财政局市水利局」, only after a body's plain ending: 「江门市新会」 then 「区地名委员会」 is 江门市新会区's
    committee, the 会 of 新会 no body's ending, GE09; 「…现代农业园」 then 「区建设推进工作领导小组办公室」, B19), not an autonomous area's
    people without their place (「中共西盟」 then 「佤族自治县委办公室」, EN11); the state's prefix, 中共, 最高, or a ministry's 部."""
    if (opening := _BODY_OPENING.match(rest)) and not _PEOPLE_FIRST.match(rest) and \
            (opening.group() not in _BARE_LEVELS or head.endswith(_PLAIN_ENDINGS)):
        return True
    return rest.startswith((*_NATIONAL, "中共", "最高")) or bool(_MINISTRY.match(rest))


_PEOPLE_FIRST = re.compile(r"[\u4e00-\u9fff]{1,2}族")  # 「佤族自治县…」: a people, whose place is printed before it
# the endings after which a level alone opens the next body: a bureau's, a commission's, an office's, a government's
_PLAIN_ENDINGS = ("局", "委", "办", "厅", "部", "署", "室", "委员会", "管委会", "中心", "政府", "指挥部", "领导小组")
# a cut inside a longer ending, 「…办|公厅」 「…委|员会」: no body ends there (「中共黑龙江省委办」 then 「公厅黑龙江省…」, KJ06)
_INSIDE_ENDING = ("办公", "委员")


_MINISTRY = re.compile(r"[\u4e00-\u9fff]{2,8}部")  # 「工业和信息化部」 「财政部」, which print no place

# National bodies whose local offices are theirs, named after them: 「国家税务总局某市税务局」 「中国人民银行某中心支行」
_VERTICAL_PARENTS = frozenset({"国家税务总局", "中国人民银行", "国家金融监督管理总局", "国家外汇管理局", "中国证券监督管理委员会"})


def _one_char_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


# 「中共浙江省委办公厅、浙江省人民政府办公厅关于…」: joint issuers head a title, joined by 、 or nothing
_HEADING_ISSUERS = re.compile(rf"^((?:{ORG_NAME.pattern})(?:、(?:{ORG_NAME.pattern}))*)(?:关于|印发|转发|联合印发)")
# A rule published under its maker's name: 「镇巴县人民政府工作规则」
# (not the governments of every level a rule is about: 「江西省各级人民政府行政机构设置和编制管理办法」, DR02)
_GOVERNMENT_FIRST = re.compile(r"^((?:(?!各级)[\u4e00-\u9fff]){2,12}?(?:人民政府办公厅|人民政府办公室|人民政府))(?!办公)")
# A place's government by its short name, 「辽阳市政府关于…」 (EH01): its full name is 人民政府's (a level alone, 「市政府关于…」,
# names no place; nor does what opens a title's matter, 「转发市政府关于…」 「宜兴市贯彻落实无锡市政府关于…」: _is_place)
_SHORT_GOVERNMENT = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,10}?(?:省|市|县|区|州|旗|盟))政府(?:关于|印发|转发)")
_LEVEL_GOVERNMENT = re.compile(r"^[省市县区]政府(?:关于|印发|转发)")
_PUBLISHER = re.compile(cues.SITE_NAME)
# What a whole body's name found beside others opens with: a place, or a level alone (「市财政局」) or 国务院. (Named
# _PLACE_FIRST once, as was a stricter pattern defined before it that this one overrode, which _placed was written for;
# a name opening with a level alone shares no place: 「市场监管总局」's 市 gave its fellows one, 「市公安部」, O11.)
_BARE_LEVELS = ("市", "县", "区", "省")  # a level printed alone, which names no place
_BODY_OPENING = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,7}}?(?:自治区|省|市|县|区|州|盟)|{'|'.join(_BARE_LEVELS)}|国务院)")


# National bodies print no place: 「财政部」 「国家税务总局」 「中国人民银行」 「最高人民法院」
_NATIONAL_BODY = re.compile(r"^(?:国家|国务院|中国|中华|全国|最高|中共中央|中央)|^[\u4e00-\u9fff]{2,10}(?:部|总局|总署|委员会|银行)$")


# What ends a body's name never starts one: a cut inside 「委员会」 or before 「办公室」 is no boundary, nor one
# before 「常务委员会」 (「全国人民代表大会常务委员会」 is one body, K08).
_NAME_ENDINGS = ("员会", "会", "室", "办公", "公室", "局", "厅", "部", "委", "处", "署", "院", "政府", "人民政府",
                 "常务委员会", "常委会")


def _is_body(name: str) -> bool:
    """Whether a name found beside others is a whole body (「泸州市财政局」 「财政部」), not a fragment."""
    if name.startswith(_NAME_ENDINGS):
        return False
    return len(name) >= 3 and bool(_BODY_OPENING.match(name) or _NATIONAL_BODY.match(name) or name.startswith("中共"))


_ANNEX_PATH = re.compile(rf"{cues.ANNEX_PATH}$")


def _kind(title: str) -> str | None:
    """The document's kind (文种) as its title ends, an edition's bracket dropped: 「…办法(试行)」 is a 办法; a kind
    printed long or short is named one way (「…封山令」 is a 命令, 「…实施细则」 a 细则, as an order's heading is).

    >>> [_kind(t) for t in ("某县森林防火禁火令", "某市某某实施细则", "中华人民共和国海关关徽使用管理办法", "中华人民共和国森林法")]
    ['命令', '细则', '办法', '法']
    >>> [_kind(t) for t in ("关于印发某规则的通知(2019修订)", "某某指导意见（试行）", "关于执行某条例若干问题的意见（二）",
    ...                     "中华人民共和国森林法(2019修订)")]
    ['通知', '意见', '意见', '法']
    """
    if order := _ORDER_TITLE.fullmatch("".join(title.split())):  # 「遵义市人民政府令第55号」 is a 命令
        return cues.ORDER_KINDS[order.group("kind")]
    title = _TRAILING_NOTES.sub("", _ANNEX_PATH.sub("", title))
    if _LAW.fullmatch(title):  # (after the notes: 「中华人民共和国森林法(2019修订)」, review)
        return "法"
    m = _KIND.search(title) or _RULE_KIND.search(title)
    kind = m.group() if m else None
    return _KIND_NAMES.get(kind, kind)


_KIND_NAMES = {"令": cues.ORDER_KINDS["令"], "实施细则": "细则"}  # kinds printed short or long, and the one name each is given
_EXPLANATION = "解读"  # a page's kind that explains a document it names (head.explained_title)


# The formula a document closes its matter with names its kind: 「特此批复」 (CW10, a reply that prints no heading); failing
# that, the one it opens it with, 「现批复如下」 「现就有关事项通知如下」 (AH05, BI03, CN10), or a notice's handing over of what it
# issues to its addressees (cues.HANDED_TO_ADDRESSEES: A07, JQ01, BO09, Q06, J11, CX06), a 通知 (a reply may print 「现将…通报
# 如下」 or hand on an opinion: its closing says what it is, review). Only what stands before the first article of a rule it
# issues is the notice's: the rule's own words follow (「现将《…管理办法》印发给你们」, 「第一条…制定本办法」, an annex's 「特此公告」,
# CG06, review); a rule printed alone is named by its first article. A draft handed over for comments is none (「《X(征求意见稿)》
# …现印发给你们,请于…前反馈」: a 函, review).
_CLOSING_KIND = re.compile(r"特此(?P<closing>批复|通知|公告|通告|通报)")
_OPENING_KIND = re.compile(rf"(?P<opening>批复|通知|公告|通告|通报)如下|(?P<issuing>{cues.HANDED_TO_ADDRESSEES})")
_FOR_COMMENTS = re.compile(r"征求意见稿\)?》(?:已|,|现)")  # (the draft is what it hands over, not a letter about one: EL02)


def _self_named(title: str, body: str) -> str | None:
    """The kind of a document printed without its heading: a rule's as its first article names it
    (「第一条为加强…,制定本办法。」 is a 办法), or a notice's or a reply's as its formula does (「特此批复」); a titled
    document's kind is its title's."""
    if title:
        return None
    itself = _NAMES_ITSELF.search(body, 0, _FIRST_ARTICLE_CHARS)
    notice = itself.start() if itself else len(body)  # where the notice's own words end
    formula = _CLOSING_KIND.search(body, 0, notice) or _OPENING_KIND.search(body, 0, notice)
    if formula is None:
        return itself.group("kind") if itself else None
    if formula.lastgroup != "issuing":
        return formula.group(formula.lastgroup)
    sentence = body[body.rfind("。", 0, formula.start()) + 1 : formula.end()]
    return None if _FOR_COMMENTS.search(sentence) else "通知"


def _attached_heading(seg: Segment, attached: tuple[str, ...]) -> bool:
    """Whether the heading found for ``seg`` is the rule it issues, printed below its signature: a page
    that starts at the salutation (「…《X工作规则》已经自治州人民政府审议通过,现予印发。」, the date, then
    「X工作规则」) prints no heading of the notice's own, and a document does not issue itself."""
    # (matched as titles are: 「《2025年市〈政府工作报告〉…方案》」 handed over, 「2025年市《政府工作报告》…方案」 printed, DH07)
    return bool(seg.title) and title_key(seg.title) in {title_key(x) for x in attached} and seg.title_span is not None \
        and seg.signature_end is not None and seg.title_span[0] >= seg.signature_end


_PROMULGATES = re.compile(r"》(?:已于|已经|业经|已由|经)[^。]{0,60}?(?:通过|批准)[^。]{0,6}?(?:现予|予以|现)(?:公布|发布|颁布)")


def _promulgated_heading(c: Text, seg: Segment, attached: tuple[str, ...]) -> tuple[int, int] | None:
    """The heading of the one work an order's cover promulgates, when it is printed below the cover's
    signature: then the work is the document, the cover its promulgation (「中华人民共和国海关总署令 / 第235号 /
    《X》已于…通过,现予公布 / 署长 … / 日期 / X / 为…」, U10). Its span in the cleaned text, else None (a cover printed
    alone is the document, and issues what it promulgates)."""
    if len(attached) == 1 and _attached_heading(seg, attached) and _PROMULGATES.search(c.s, seg.start, seg.signature_end):
        # an order's cover printed without its 令 heading: 「《X办法》已经…会议审议通过,现予发布,自…起施行。」 signed by the
        # county head, then X (BJ01) — promulgated, not issued to addressees (「现予印发」 is a notice's)
        return seg.title_span
    if len(attached) != 1 or seg.signature_end is None or _kind(seg.title) != "命令":
        return None
    wanted, at = title_key(attached[0]), seg.signature_end
    for line in c.s[seg.signature_end : seg.end].split("\n"):
        if title_key(line) == wanted:
            start = at + len(line) - len(line.lstrip())
            return start, start + len(line.strip())
        at += len(line) + 1
    return None


# A document printed twice in one input, as a database's row prints its text and its page's markup (JV01, two copies of
# a notice and of the report it forwards): one document, its first printing's. Told by its number, its heading and the
# opening of its body, whatever fields head a printing or chrome ends it.
_OPENING = 300  # characters of a document's text, spaces aside, that tell its printings apart


def _first_printings(c: Text, segs: list[Segment]) -> list[Segment]:
    """``segs`` without those that print again a document printed before them."""
    seen: set[tuple] = set()
    kept = []
    for seg in segs:
        # (its body from the salutation on: a row's fields may head one printing, JY02; up to the signature, as what
        # follows may be either printing's chrome)
        start, end = seg.body_start, seg.signature_end or seg.end
        key = (seg.number, seg.title, "".join(c.s[start : min(end, start + 2 * _OPENING)].split())[:_OPENING])
        if key not in seen:
            seen.add(key)
            kept.append(seg)
    return kept


def _signed(seg: Segment) -> date | None:
    """The signing date, when it is a possible one."""
    try:
        return date(*seg.date) if seg.date else None
    except ValueError:
        return None


@dataclass
class _Facts:
    """What the documents of one input state, gathered in document order."""

    repeals: list[Repeal] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    law_citations: list[LawCitation] = field(default_factory=list)
    duties: list[Duty] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)


def _number_titled(title_of: dict[str, str], title: str) -> str | None:
    """The number the text cites for ``title``, if any (``title_of``: the cited numbers' titles)."""
    key = title_key(title)
    return next((n for n, t in title_of.items() if t and title_key(t) == key), None)


def _document(c: Text, seg: Segment, known: frozenset[str], raw: str, facts: _Facts, jurisdiction: str | None) -> Document:
    """The record of the document ``seg`` of the cleaned gazette ``c``; what it states goes to ``facts``.

    The stages: the document's text (views, sentences, numbers, titles), its own description (title as
    printed, kind, date, issuers, the key its facts name it by), then each finder in turn."""
    doc = document_text(c, seg, raw, known)
    attached = find_attached(seg.title, [x.text for x in doc.notice])
    span = seg.title_span
    if (promulgated := _promulgated_heading(c, seg, attached)) is not None:
        span, title, attached = promulgated, c.s[slice(*promulgated)], ()
    else:
        title = "" if _attached_heading(seg, attached) else seg.title
    shown = printed_title(raw, c, *span) if title and span else title
    # a 解读 page's number field holds the number of the document it explains, which the page cites (DN02); the page is
    # a 解读, whatever kind the title it explains ends with (「《…的通知》文字解读」, as the keys read it: AH06, DN01…)
    explains = head.explained_title(title)
    kind = _EXPLANATION if explains else _kind(title) or _self_named(title, doc.s)
    signed, issuers = _signed(seg), _issuers(c, seg, raw, jurisdiction)
    number, number_printed = (None, None) if explains and seg.number else (seg.number, seg.number_printed)
    key = number or shown or f"[无标题]{''.join(issuers[:1])}{signed.isoformat() if signed else ''}"
    issued = set(attached) | {seg.title, title or seg.title}  # matched on the cleaned title; records show it as printed

    numbered = numbered_citations(doc, key, number, kind)
    if explains and seg.number:
        numbered.citations.insert(0, explained_citation(raw, c, seg.start, seg.body_start, key, seg.number, seg.number_printed,
                                                        explains))
    laws = law_citations(doc, key, issued)
    # the page cites what it explains, by title alone where it prints no number for it (DN01, DN06; DN04 prints one)
    if explains and not seg.number and span and explains not in laws and \
            title_key(explains) not in {title_key(x) for x in numbered.title_of.values() if x}:
        laws[explains] = LawCitation(key, explains, shown, c.orig_span(*span))
    history_works(laws, raw, c, seg.start, seg.body_start, key)
    repeals, warnings = repeals_in(doc, key, number, issued, numbered.title_of, tuple(attached), seg.title)
    if explains and (explained := seg.number or _number_titled(numbered.title_of, explains)):
        # a reading reports what the document it explains repealed: the repeals are that document's, named by the
        # number the page prints for it, which it cites (AH06, EB01, EU04)
        repeals = [replace(r, by=explained) for r in repeals]
    repealed_works(laws, repeals, key, attached)
    warnings += numbered.conflicts
    if not shown:
        warnings.append(Warning("missing_heading", f"{key}: no heading is printed; the document is named by its number or issuer and date",
                                c.orig_span(seg.start, seg.body_start)))
    facts.repeals += repeals
    facts.citations += numbered.citations
    facts.law_citations += laws.values()
    facts.duties += duties_in(doc, key, seg.addressees, reply=kind in _REPLIES)
    facts.warnings += warnings
    return Document(
        doc_number=number,
        title=shown,
        issuers=issuers,
        date=signed.isoformat() if signed else None,
        kind=kind,
        issues_attached=attached,
        in_force=in_force(doc, signed, c, seg),
        span=c.orig_span(seg.start, seg.end),
        addressees=tuple(seg.addressees),
        number_as_printed=number_printed,
    )
