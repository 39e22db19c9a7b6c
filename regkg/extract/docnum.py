"""发文字号: finding them in text and writing them the one canonical way, 机关代字〔YYYY〕N号.

GB/T 9704-2012 §7.2.5 prints a number as 机关代字 + 〔年份〕 + 序号 + 号. In gazettes converted from PDF
the brackets vary ([] () 【】 ﹝﹞), spaces fall anywhere, digits are full width, and the code runs into
the word before it (「根据吕发〔2018〕32号」). The code is trimmed by a small grammar: the longest tail
of the CJK run before the bracket that is a known code, or starts with a jurisdiction abbreviation
or a national body's code, with the words that glue onto codes in print (根据, 按照, 的 …) cut off.
Codes are learned per gazette from the lines where a document prints its own number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from regkg.extract import cues
from regkg.extract.clean import normalise_chars
from regkg.extract.jurisdiction import abbreviation_chars

__all__ = ["DocNum", "canonical", "find_docnums", "parse", "trim_code"]

_DOCNUM = re.compile(cues.DOCNUM, re.S)
_TAIL = re.compile(cues.DOCNUM_TAIL)
_MAX_RUN = 14  # CJK characters read back from the bracket
_SPACES = re.compile(r"\s+")
_AFTER_BODY = re.compile(r".*(?:政府办(?![发函字])|政府|办公厅|办公室)")  # 「县政府办绩政办〔2009〕92号」
_MAX_CODE = 10  # the longest 机关代字 seen: 「泸污防攻坚办」 6, 「川发改价格」 5; provincial joint codes reach 9


@dataclass(frozen=True)
class DocNum:
    """A 发文字号 found in a text: ``canonical`` form and where it stands (``start``, ``end``)."""

    code: str
    year: int
    num: int
    start: int
    end: int
    prefix: str = ""  # 「闽政〔1998〕文333号」 prints 文 before the serial

    @property
    def canonical(self) -> str:
        return f"{self.code}〔{self.year}〕{self.prefix}{self.num}号"


def canonical(printed: str) -> str | None:
    """The canonical form of one printed 发文字号, or ``None`` when it is not one.

    >>> canonical("吕政办发 [2020] 69 号")
    '吕政办发〔2020〕69号'
    >>> canonical("晋办发〔2013〕 20號")
    '晋办发〔2013〕20号'
    >>> canonical("泸市府办规（２０２４）７号")
    '泸市府办规〔2024〕7号'
    >>> canonical("闽政[1998]文333号")
    '闽政〔1998〕文333号'
    >>> canonical("GB3095-2012") is None
    True
    """
    s = _SPACES.sub("", normalise_chars(printed))
    found = find_docnums(s)
    if len(found) != 1 or found[0].end - found[0].start < len(s) - 2:
        return None
    return found[0].canonical


def parse(number: str) -> tuple[str, int, int] | None:
    """``(code, year, serial)`` of a canonical number.

    >>> parse("泸市府办规〔2024〕7号")
    ('泸市府办规', 2024, 7)
    """
    m = _DOCNUM.fullmatch(number)
    if not m:
        return None
    return m.group("code"), int(m.group("year")), int(m.group("num"))


@lru_cache(maxsize=4096)
def trim_code(run: str, known: frozenset[str] = frozenset(), whole: bool = False) -> str | None:
    """The 机关代字 at the end of ``run``, the CJK characters printed before a number's bracket.

    ``whole`` says the run starts after a non-CJK character (「(矿安〔2023〕1号」): then the run itself
    is the code unless it carries a word codes never contain.

    >>> trim_code("根据吕发")
    '吕发'
    >>> trim_code("市政府办公室印发的泸市府办发")
    '泸市府办发'
    >>> trim_code("环办大气函", whole=True), trim_code("矿安", whole=True)
    ('环办大气函', '矿安')
    >>> trim_code("本市") is None, trim_code("石家庄市政府石政呈")
    (True, '石政呈')
    """
    # the gazette's own codes tell which abbreviations are local (「许政发」 makes 许 one)
    starts = abbreviation_chars() | {k[0] for k in known}
    if (m := _AFTER_BODY.match(run)) and len(run) - m.end() >= 2:  # 「石家庄市政府石政呈」: the code follows the body
        run, whole = run[m.end() :], True
    tails = [run[i:] for i in range(max(0, len(run) - _MAX_CODE), len(run) - 1)]
    for tail in tails:  # longest first: a code learned from this corpus wins
        if tail in known:
            return tail
    if whole and len(run) <= _MAX_CODE and _clean(run):  # 「(矿安〔2023〕1号)」 「(环大气〔2012〕25号)」
        return run
    for tail in tails:  # then the longest that starts with a jurisdiction (「出台冀政发」 -> 冀政发)
        if tail[0] in starts and _plausible(tail, starts):
            return tail
    for tail in tails:  # a national body's code (「印发的国办发」)
        if tail.startswith(cues.NATIONAL_CODE_STARTS) and _plausible(tail, starts):
            return tail
    for tail in tails:
        if _plausible(tail, starts):
            return tail
    return None


def _clean(code: str) -> bool:
    return not code.startswith(cues.CODE_GLUE_PREFIXES) and not any(b in code for b in cues.CODE_BREAKERS)


def _plausible(code: str, starts: frozenset[str]) -> bool:
    if len(code) < 2 or not _clean(code):
        return False
    # a code starts with a jurisdiction's abbreviation or a national body's code, and ends with the
    # document type or the body; a run of ordinary words before a bracket does neither
    return code[0] in starts or code.startswith(cues.NATIONAL_CODE_STARTS) or code.endswith(cues.CODE_TYPE_SUFFIXES)


def find_docnums(text: str, known: frozenset[str] = frozenset()) -> list[DocNum]:
    """Every 发文字号 in ``text`` (cleaned text), in order, with its span.

    >>> [d.canonical for d in find_docnums("根据吕发〔2018〕32号和《关于…》(国办发[2015]96号)")]
    ['吕发〔2018〕32号', '国办发〔2015〕96号']
    >>> find_docnums("执行《环境空气质量标准》(GB3095—2012)")
    []
    >>> find_docnums("根据2011年10月20日河北省人民政府令〔2011〕第10号修正")
    []
    >>> [d.canonical for d in find_docnums("《若干意见》(国发〔201221号,以下简称《意见》)")]
    ['国发〔2012〕21号']
    """
    out: list[DocNum] = []
    # Match from the bracketed year (rare) and read the code backwards: a pattern that starts with
    # the code's character class would be tried at every CJK character of the text.
    for m in _TAIL.finditer(text):
        a = m.start()
        while a > 0 and text[a - 1] in " \t\n":
            a -= 1
        run_end = a
        while a > 0 and run_end - a < _MAX_RUN and "\u4e00" <= text[a - 1] <= "\u9fff":
            a -= 1
        if a == run_end:
            continue
        whole = a == 0 or not ("\u4e00" <= text[a - 1] <= "\u9fff")
        run = text[a:run_end]
        code = trim_code(run, known, whole)
        if code is None or code.endswith("令"):  # 「河北省人民政府令〔2011〕第10号」 numbers an order, not a document
            continue
        out.append(DocNum(code, int(m.group("year")), int(m.group("num")), run_end - len(code), m.end(), m.group("pre") or ""))
    return out
