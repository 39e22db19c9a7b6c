"""发文字号: the one canonical form 机关代字〔YYYY〕N号, the 机关代字 grammar, and code → issuer.

GB/T 9704-2012 §7.2.5 prints a number as 机关代字 + 〔年份〕 + 序号 + 号. In gazettes converted from PDF
the brackets vary ([] () 【】 ﹝﹞), spaces fall anywhere, digits are full width, and the code runs into
the word before it (「根据吕发〔2018〕32号」). The code is trimmed by a small grammar: the longest tail
of the CJK run before the bracket that is a known code, or starts with a jurisdiction abbreviation
or a national body's code, with the words that glue onto codes in print (根据, 按照, 的 …) cut off.

>>> canonical("吕政办发 [2020] 69 号"), number_key("省政府令 第226号")
('吕政办发〔2020〕69号', '省政府令第226号')
>>> parse("闽政〔1998〕文333号")
Number(code='闽政', year=1998, serial=333, prefix='文')
>>> code_of("晋政办发〔2023〕31号"), year_of("晋政办发〔2023〕31号"), issuer_of("国发")
('晋政办发', 2023, '国务院')
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files
from typing import NamedTuple

from regkg.keys.chars import normalise_chars
from regkg.keys.places import abbreviation_chars, city_initials

__all__ = [
    "CODE_BREAKERS",
    "CODE_GLUE_PREFIXES",
    "CODE_TYPE_SUFFIXES",
    "MAX_RUN",
    "OPENING",
    "NATIONAL_CODE_STARTS",
    "Number",
    "OLD_CODE_KINDS",
    "TAIL",
    "YEAR_FIRST",
    "canonical",
    "code_of",
    "issuer_of",
    "number_key",
    "parse",
    "trim_code",
    "year_first",
    "year_of",
]

# A number from its bracket on; the code is read backwards from there (a pattern that starts with the
# code's character class would be tried at every CJK character of a text). Some provinces print 文
# before the serial: 「闽政[1998]文333号」, or a series' 字: 「闽价[2000]商字295号」 (DY07). The closing bracket is lost in some copies:
# 「(国发〔201221号,以下简称《意见》)」 is 国发〔2012〕21号. Written for folded text (chars.normalise_chars).
# The opening bracket may be lost if the closing one is printed: 「定府办规2020〕3号」 (U01) is 定府办规〔2020〕3号.
# A page whose encoding had no 〔〕 prints 「?」 for each: 「宁质技监函?2003?25号」 (W03). The bracket round a
# number may close before its 号: 「(医保发〔2020〕32)号要求」 (Y02), or print none before it closes: 「《…的通知》(宁政办发
# [2009]259)的规定」 (BI07; the year's own brackets both printed), or its year's close lost too: 「(辽政〔199687)收悉」 (CE01),
# and its 号 with it before a short name's definition: 「(中发〔201632,以下简称《意见》)」 (EH07).
# What a province prints between the year and the serial: 文, or a series' 字 (商字, 费字)
SERIAL_PREFIX = r"文|[\u4e00-\u9fff]{1,2}字"
OPENING = "〔[(【〈<?"  # the brackets a year may open with: TAIL's, and what a scan anchored at the year looks back for
# (a stray 的 for 第 after the year's bracket, a typist's slip: 「鲁汛旱办明电[2020]的43号」, JT05)
TAIL = (rf"(?:(?P<open>[{re.escape(OPENING)}])|(?<=[\u4e00-\u9fff]))"
        r"\s*(?P<year>(?:19|20)\d{2})\s*(?(open)|(?=[〕\])】〉>?]|\d{1,4}号))"
        rf"(?:(?P<close>[〕\])】〉>?])\s*[第的]?\s*(?P<pre>{SERIAL_PREFIX})?\s*第?)?(?P<num>\d{{1,5}})(?:\s*\)?\s*号|(?(open)(?=\)|,以下简称)|(?!)))")
# Numbers of the 1980s and early 1990s print the year first, often in two digits, the code after it:
# 「(88)财商字第277号」 「〔(88)〕财商字第277号」 is 财商字〔1988〕277号.
# (a unit in brackets inside the code, round or square: 「(1990)农(检疫)字第14号」 EZ11, 「〔1991〕国土〔法规〕字第45号」 JE02)
YEAR_FIRST = (r"[〔\[(【]\s*\(?\s*(?P<year>(?:19)?[5-9]\d)\s*\)?\s*[〕\])】]\s*"
              r"(?P<code>[\u4e00-\u9fff]{1,8}(?:\([\u4e00-\u9fff]{1,4}\)|〔[\u4e00-\u9fff]{1,4}〕)[\u4e00-\u9fff]{1,4}?"
              r"|[\u4e00-\u9fff]{2,10}?)"
              r"\s*第?\s*(?P<num>\d{1,5})\s*号")
# What an old code (a number of the 1980s and early 1990s) ends with, its kind: 「财商字」 「卫人发」 「国办函」
OLD_CODE_KINDS = ("字", "发", "函")
MAX_RUN = 14  # CJK characters read back from the bracket
_MAX_CODE = 10  # the longest 机关代字 seen: 「泸污防攻坚办」 6, 「川发改价格」 5; provincial joint codes reach 9
# What follows a city's initial in its government's codes (达市府发, 宝政办发, 襄府发, 宜委发): the sign that
# the initial opens a code rather than ends a word (「规定陕政规」, 「医保办发」).
_CITY_SECOND = "市政府委"
# Glue characters that open a wrapped line far more often than a place's name: 「…省政府文件\n和市府发〔2022〕3号」
_NEVER_INITIALS = "和为的由及将与或并在对以经是等了号日据按照见即"
_SLACK = 2  # characters around one number that canonical() forgives: 「(国函[2000]31号)」

# Words that run into a 机关代字 in print and are not part of it: 「根据吕发〔2018〕32号」.
CODE_GLUE_PREFIXES = (
    "根据", "依据", "按照", "参照", "对照", "遵照", "执行", "落实", "贯彻", "结合", "详见", "见", "即",
    "以及", "及", "和", "与", "或", "并", "的", "文件", "原", "印发", "转发", "发布", "为", "是", "现将", "将", "撤销",
    "以", "由", "经", "在", "对", "于", "等", "号", "了", "规定", "要求", "精神", "出台", "制定", "下发",
    "印发了", "出台了", "颁发", "制发", "按", "照", "据", "日",  # 「1995年6月13日川府发〔1995〕95号」
)
# Words never found inside a 机关代字: a tail of the run that contains one is not a code.
# 「石家庄市政府石政呈〔2009〕236号」: a body's name before the code is no part of it.
# 「价格监管等仍按苏价服〔2007〕264号」: a run with 等 or 按 in it is a sentence, not a code.
CODE_BREAKERS = ("的", "实施", "根据", "依据", "按照", "参照", "印发", "转发", "关于", "文件", "通知", "和", "及", "与", "号", "了", "是", "在", "政府", "人民", "等", "按", "仍")
# A county's government named in full in its code (云县政府发, 某区政府办发): 政府 breaks any other code.
_COUNTY_GOVERNMENT_CODE = re.compile(r"[\u4e00-\u9fff]{1,4}[县区旗]政府办?[发函字]")
# Characters a 机关代字 ends with: its document type (发 办发 函 规 通告 字 …) or a body abbreviation.
CODE_TYPE_SUFFIXES = (
    "发", "函", "规", "字", "府", "告", "布", "办", "委", "电", "复", "通", "综", "基", "函字", "明电",
    "传", "呈", "报", "示", "议", "纪", "便", "价", "财", "教", "医", "卫", "险", "资", "环", "建", "农",
)
# 机关代字 of national bodies, used to accept a code without a local abbreviation: 「国发〔2022〕11号」.
NATIONAL_CODE_STARTS = (
    "国", "中", "财", "发改", "工信", "教", "科", "公", "民", "司", "人社", "自然资", "环", "住建", "建",
    "交", "水", "农", "商", "文旅", "卫", "国卫", "应急", "审计", "市监", "医保", "税", "银", "证",
)
# 「石家庄市政府石政呈」 「县政府办绩政办」 「根据国务院国发〔2014〕60号文件」: a body's name printed right before its code
_AFTER_BODY = re.compile(r".*(?:政府办(?![发函字])|政府|国务院|办公厅|办公室|检察院|法院|(?<=[\u4e00-\u9fff]{3})局(?=[\u4e00-\u9fff]{2})"
                         r"|(?P<first>[\u4e00-\u9fff])[\u4e00-\u9fff]{1,5}部(?=(?P=first)[\u4e00-\u9fff])"
                         r"|国家[\u4e00-\u9fff]{1,6}?委(?=[\u4e00-\u9fff]{2})|中共中央(?:[\u4e00-\u9fff]{2,4}部)?(?=[\u4e00-\u9fff]{2}))")
# (and a bureau's name, three characters or more: 「国家广电总局电影局电字〔2000〕404号」 is 电字〔2000〕404号, BL06)
# (and a national commission's short name, the last of joint issuers: 「水利部、财政部、国家计委水政资〔1995〕457号」, DF03;
# the Party's Central Committee before its code: 「根据中共中央中发〔1993〕6号《…》」, DG05; a court or procuratorate before its
# own: 「最高人民检察院高检发释字〔2018〕2号」, HX04; a ministry before its own, which opens with the ministry's first
# character: 「水利部水建〔1995〕128号」 (IC03), not 「工信部联科」 「人社部发」, whose codes open with the ministry's short name)
# 「你院粤法经行字〔1988〕第294号请示报告收悉」 「我院法(办)发〔1988〕6号」: a reply names the addressee's or its own number
# by pronoun, and no code opens with one (BI01)
_PRONOUN = re.compile(r".*[你我][院省市县区局厅部委办司所府处室会]")
_SPACES = re.compile(r"\s+")
_CJK = "\u4e00-\u9fff"
_PRINTED = re.compile(rf"(?P<lead>.*?)(?P<run>[{_CJK}]+)(?:{TAIL})(?P<trail>.*)", re.S)
_YEAR_FIRST = re.compile(YEAR_FIRST)
_CANONICAL = re.compile(rf"(?P<code>[{_CJK}]{{1,{MAX_RUN}}})〔(?P<year>(?:19|20)\d{{2}})〕(?P<pre>{SERIAL_PREFIX})?(?P<num>\d{{1,5}})号")


class Number(NamedTuple):
    """A 发文字号's parts; ``str()`` writes the canonical form."""

    code: str
    year: int
    serial: int
    prefix: str = ""  # 「闽政〔1998〕文333号」 prints 文 before the serial

    def __str__(self) -> str:
        return f"{self.code}〔{self.year}〕{self.prefix}{self.serial}号"


def canonical(printed: str) -> str | None:
    """The canonical form of one printed 发文字号, or ``None`` when it is not one.

    >>> canonical("晋办发〔2013〕 20號"), canonical("泸市府办规（２０２４）７号"), canonical("闽政[1998]文333号")
    ('晋办发〔2013〕20号', '泸市府办规〔2024〕7号', '闽政〔1998〕文333号')
    >>> canonical("GB3095-2012") is None, canonical("河北省人民政府令〔2011〕第10号") is None
    (True, True)
    >>> canonical("(88)财商字第277号"), canonical("(87)国办发第12号")  # the year first (YEAR_FIRST)
    ('财商字〔1988〕277号', '国办发〔1987〕12号')
    """
    s = _SPACES.sub("", normalise_chars(printed))
    m = _PRINTED.fullmatch(s)
    if not m:
        first = _YEAR_FIRST.fullmatch(s)
        number = year_first(first) if first else None
        return str(number) if number else None
    run = m["run"]
    whole = len(run) <= MAX_RUN  # the run starts the text or follows a non-CJK character
    code = trim_code(run[-MAX_RUN:], whole=whole)
    if code is None or len(s) - len(code) - (m.start("trail") - m.end("run")) > _SLACK:
        return None
    return str(Number(code, int(m["year"]), int(m["num"]), m["pre"] or ""))


def year_first(found: re.Match[str]) -> Number | None:
    """The number a match of :data:`YEAR_FIRST` prints, if its code is one by the grammar, whole; two
    digits of a year are the 1900s (the form was out of use by 2000)."""
    code = found["code"]
    # (or whole after the year's bracket, when an old code's kind ends it: 「〔81〕法民字第2号」, EP01; not 「(88)本市第3号」)
    if trim_code(code) != code and not (code.endswith(OLD_CODE_KINDS) and trim_code(code, whole=True) == code):
        return None
    year = found["year"]
    return Number(found["code"], int(year) if len(year) == 4 else 1900 + int(year), int(found["num"]))


# A build asks again and again for the same numbers' keys (every duty names its document by number:
# 646,000 keys asked for at 1,000 gazettes, a tenth of resolution's time); bounded, as the numbers a file
# prints are mostly its own and its neighbours'.
@lru_cache(maxsize=1 << 16)
def number_key(printed: str) -> str:
    """What a printed number is matched by: its canonical form, else the print without spaces."""
    return canonical(printed) or _SPACES.sub("", printed)


def parse(number: str) -> Number | None:
    """The parts of a canonical number.

    >>> parse("泸市府办规〔2024〕7号")
    Number(code='泸市府办规', year=2024, serial=7, prefix='')
    """
    m = _CANONICAL.fullmatch(number)
    return Number(m["code"], int(m["year"]), int(m["num"]), m["pre"] or "") if m else None


def code_of(number: str | None) -> str | None:
    """The 机关代字 of a canonical number, or ``None``."""
    parts = parse(number or "")
    return parts.code if parts else None


def year_of(number: str | None) -> int | None:
    """The year of a canonical number, or ``None``."""
    parts = parse(number or "")
    return parts.year if parts else None


@lru_cache(maxsize=4096)
def trim_code(run: str, known: frozenset[str] = frozenset(), whole: bool = False) -> str | None:
    """The 机关代字 at the end of ``run``, the CJK characters printed before a number's bracket.

    ``whole`` says the run starts after a non-CJK character (「(矿安〔2023〕1号」): then the run itself
    is the code unless it carries a word codes never contain. Codes learned from the corpus (``known``)
    win over the grammar.

    >>> trim_code("根据吕发"), trim_code("市政府办公室印发的泸市府办发")
    ('吕发', '泸市府办发')
    >>> trim_code("环办大气函", whole=True), trim_code("矿安", whole=True), trim_code("于府办发", whole=True)
    ('环办大气函', '矿安', '于府办发')
    >>> trim_code("本市") is None, trim_code("石家庄市政府石政呈"), trim_code("河北省人民政府令") is None
    (True, '石政呈', True)
    >>> trim_code("你院粤法经行字", whole=True), trim_code("根据我院法(办)发")
    ('粤法经行字', '法(办)发')
    >>> trim_code("关于禁止露天焚烧秸秆的通告桂政通"), trim_code("临政通告", whole=True)
    ('桂政通', '临政通告')
    """
    code = _trim(run, known, whole)
    # 「河北省人民政府令〔2011〕第10号」 numbers an order, 「海关总署公告〔2018〕14号」 and 「云和县人民政府通告〔2022〕1号」
    # (DW10) an announcement: none is a 发文字号 (their titles are cited as law is)
    # (「临政通告〔2023〕2号」 is one; a ministry's or a bureau's 通告 numbered by year is its announcement's serial, 「农业部通告
    # 〔2015〕1号」, FA02)
    return None if code is None or code.endswith(("令", "公告")) or code == "通告" or \
        (code.endswith("通告") and code[-3:-2] in _ANNOUNCING) else code


_ANNOUNCING = "部局委厅署院"  # the last character of a body that numbers its 通告 by year


def _trim(run: str, known: frozenset[str], whole: bool) -> str | None:
    # the gazette's own codes tell which abbreviations are local (「许政发」 makes 许 one)
    starts = abbreviation_chars() | {k[0] for k in known}
    initials = city_initials()
    # 「云县人民政府文件 云县政府发〔2018〕29号」 (BY07): a county's code may spell its government, 政府 and all, standing
    # alone or after a glue word (文件, 根据, 印发 …); longest first, as a county's name may open with one (和县)
    for i in range(max(0, len(run) - _MAX_CODE), len(run) - 4):
        if _COUNTY_GOVERNMENT_CODE.fullmatch(run, i) and ((i == 0 and whole) or run[:i].endswith(CODE_GLUE_PREFIXES)):
            return run[i:]
    if (m := _AFTER_BODY.match(run)) and len(run) - m.end() >= 2:  # the code follows the body
        # (after a bureau, a unit of it may stand before the code: 「上海市公安局交通警察总队沪公交」, read on)
        run, whole = run[m.end() :], whole or not m.group().endswith("局")
    elif (m := _PRONOUN.match(run)) and len(run) - m.end() >= 2:  # the code follows the pronoun
        run, whole = run[m.end() :], True
    tails = [run[i:] for i in range(max(0, len(run) - _MAX_CODE), len(run) - 1)]
    for tail in tails:  # longest first: a code learned from this corpus wins
        if tail in known:
            return tail
    if whole and len(run) <= _MAX_CODE and _clean(run):  # 「(矿安〔2023〕1号)」 「(环大气〔2012〕25号)」
        return run
    if whole and 3 <= len(run) <= _MAX_CODE and run[0] in CODE_GLUE_PREFIXES \
            and (run[0] not in _NEVER_INITIALS or run[0] in abbreviation_chars()) \
            and run[1] in _CITY_SECOND + "办" and _clean(run[1:]):
        # 「于府办发〔2022〕33号」 alone: 于都县's initial, nothing before it to glue on (BE08); a glue word that is a
        # place's declared abbreviation too, as 并 is 太原's (并州): 「并政办发〔2014〕57号」 (BX04)
        return run
    for tail in tails:  # then the longest that starts with a jurisdiction (「出台冀政发」 -> 冀政发, 「通知达市府发」 -> 达市府发)
        # (a city's initial right after a glue word opens its code whatever follows: 「根据丽教办〔2013〕74号」, CD01)
        if (tail[0] in starts or (tail[0] in initials and (tail[1] in _CITY_SECOND or run[: -len(tail)].endswith(CODE_GLUE_PREFIXES)))) \
                and _plausible(tail, starts):
            return tail
    for tail in tails:  # a national body's code (「印发的国办发」)
        if tail.startswith(NATIONAL_CODE_STARTS) and _plausible(tail, starts):
            return tail
    for tail in tails:
        # (a code does not begin inside a glue word: 「…办公室文件岚综管办〔2020〕100号」 is 岚综管办, not 件岚综管办, GD07)
        if _plausible(tail, starts) and not _inside_glue(run, len(run) - len(tail)):
            return tail
    return None


# The kinds a heading ends with, a number run on after it: 「…的通知岚综管办〔2020〕100号」 (review), 「…的公告国食药监法〔2007〕153号」
# (GP01): no code begins with one, nor inside one.
_KIND_WORDS = ("通知", "意见", "决定", "批复", "通告", "公告", "办法", "规定", "方案", "报告", "请示")
_LONG_GLUE = tuple(g for g in CODE_GLUE_PREFIXES if len(g) >= 2) + _KIND_WORDS
_LONGEST_GLUE = max(map(len, _LONG_GLUE))


def _inside_glue(run: str, i: int) -> bool:
    """Whether ``run[i]`` is a glue word's second or later character: 「件」 of 「…文件岚综管办」.

    >>> _inside_glue("办公室文件岚综管办", 4), _inside_glue("办公室文件岚综管办", 5)
    (True, False)
    """
    return any(run.startswith(g, j) and j + len(g) > i for j in range(max(0, i - _LONGEST_GLUE + 1), i) for g in _LONG_GLUE)


def _clean(code: str) -> bool:
    # (日 glues a date to the code after it, 「1995年6月13日川府发」, but opens 日照's, its government's mark after it:
    # 「日政办发〔2017〕61号」, DT07)
    glued = (code.startswith(CODE_GLUE_PREFIXES) and not (code[0] == "日" and code[1:2] in _CITY_SECOND)) or code.startswith(_KIND_WORDS)
    # 通告 ends an announcement's code (「临政通告」), and a title before one: 「…秸秆的通告 桂政通〔2017〕6号」 (EI01)
    return not glued and not any(b in code for b in CODE_BREAKERS) and "通告" not in code[:-2]


def _plausible(code: str, starts: frozenset[str]) -> bool:
    if len(code) < 2 or not _clean(code):
        return False
    # a code starts with a jurisdiction's abbreviation or a national body's code, and ends with the
    # document type or the body; a run of ordinary words before a bracket does neither
    return code[0] in starts or code.startswith(NATIONAL_CODE_STARTS) or code.endswith(CODE_TYPE_SUFFIXES)


@lru_cache(maxsize=1)
def issuers() -> dict[str, str]:
    """机关代字 -> issuing body, from ``regkg/keys/data/issuers.json`` (国发 -> 国务院)."""
    data = json.loads((files("regkg.keys") / "data" / "issuers.json").read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def issuer_of(code: str | None) -> str | None:
    """The body that issues under a 机关代字, when the table knows it."""
    return issuers().get(code or "")
