"""Finder: the 发文字号 printed in a text, each with its span.

The number's grammar — the canonical form 机关代字〔YYYY〕N号, the 机关代字 trimmer and its glue words —
is :mod:`regkg.keys.numbers`; this module scans a text with it. Codes are learned per gazette from the
lines where a document prints its own number, and passed in as ``known``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from regkg.keys.numbers import (CODE_TYPE_SUFFIXES, MAX_RUN, OLD_CODE_KINDS, OPENING, TAIL, YEAR_FIRST, Number, canonical,
                                 parse, trim_code, year_first)

# canonical, parse and trim_code are the core's, named here for the finder's callers
__all__ = ["DocNum", "canonical", "find_docnums", "parse", "trim_code"]

_TAIL = re.compile(TAIL)
_YEAR = re.compile(r"(?:19|20)\d\d")  # where a TAIL can be: scanned for in C, ten times as fast as TAIL itself
_YEAR_FIRST = re.compile(YEAR_FIRST)
_SHARED_SERIAL = re.compile(r"、\s*第?\s*(?P<num>\d{1,5})\s*号")
_SHORT_YEAR_AFTER = re.compile(r"\(\s*(?P<year>[5-9]\d)\s*\)\s*第\s*(?P<num>\d{1,5})\s*号"
                               r"|(?P<sq>〔)\s*(?P<year2>[5-9]\d)\s*〕\s*第?\s*(?P<num2>\d{1,5})\s*号")


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
        return str(Number(self.code, self.year, self.num, self.prefix))


def _run_start(text: str, a: int, run_end: int) -> int:
    """Where the CJK characters printed before ``a`` start, read back no further than MAX_RUN from ``run_end``."""
    while a > 0 and run_end - a < MAX_RUN and "\u4e00" <= text[a - 1] <= "\u9fff":
        a -= 1
    return a


def _sub_code_start(text: str, a: int) -> int | None:
    """Where a bracketed sub-code that ends at ``a`` opens — 「宁农(计)发」, 「苏财(预)」: one or two characters in
    brackets between CJK — or None."""
    if a < 4 or text[a - 1] != ")":
        return None
    opened = text.rfind("(", a - 4, a - 1)
    inner = text[opened + 1 : a - 1] if opened > 0 else ""
    if inner and all("\u4e00" <= ch <= "\u9fff" for ch in inner) and "\u4e00" <= text[opened - 1] <= "\u9fff":
        return opened
    return None


def tails(text: str):
    """The matches of TAIL in ``text``, as ``finditer`` gives them, found from the years printed in it.

    TAIL opens with a bracket or after any CJK character, so the regex engine tries it at every character;
    a year is rare, and each match's start is fixed by what precedes its year (the bracket, or the CJK
    character before the spaces), so TAIL is tried there alone.

    >>> [m.group() for m in tails("据吕发〔2018〕32号和国办发[2015]96号,1999年")]
    ['〔2018〕32号', '[2015]96号']
    """
    end = 0
    for y in _YEAR.finditer(text):
        b = y.start()
        while b > 0 and text[b - 1].isspace():
            b -= 1
        if b == 0:
            continue
        before = text[b - 1]
        start = b - 1 if before in OPENING else b if "\u4e00" <= before <= "\u9fff" else -1
        if start >= end and (m := _TAIL.match(text, start)):
            yield m
            end = m.end()


_LAST_YEAR = 2100  # a serial after a year, no 号 and no closing bracket, up to this is the end of a span of years


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
    >>> [d.canonical for d in find_docnums("根据宁农(计)发〔2019〕48号和苏财(预)〔2019〕8号")]  # a sub-code in brackets (O08)
    ['宁农(计)发〔2019〕48号', '苏财(预)〔2019〕8号']
    >>> [d.canonical for d in find_docnums("已完成开垦补充的耕地(粤国土资(验)函〔2008〕30号、42号)")]  # two serials, one code
    ['粤国土资(验)函〔2008〕30号', '粤国土资(验)函〔2008〕42号']
    >>> [d.canonical for d in find_docnums("《某方案的通知》(青政202060号)要求,青政2020年60项")]  # its brackets lost (JM06)
    ['青政〔2020〕60号']
    >>> [d.canonical for d in find_docnums("的通知(卫监字(89)第23号)、(卫人发(91)第43号)")]  # the year after the code (AT07)
    ['卫监字〔1989〕23号', '卫人发〔1991〕43号']
    >>> find_docnums("公安部(89)第5号令发布,详见简报(95)第3号")  # an order's number, a word before the year
    []
    """
    out: list[DocNum] = []
    # Match from the bracketed year (rare) and read the code backwards: a pattern that starts with
    # the code's character class would be tried at every CJK character of the text.
    for m in tails(text):
        a = m.start()
        while a > 0 and text[a - 1] in " \t\n":
            a -= 1
        run_end = a
        a = _run_start(text, a, run_end)
        if (opened := _sub_code_start(text, a)) is not None:  # 「宁农(计)发」: the code runs on before its bracket
            a = _run_start(text, opened, run_end)
        if a == run_end:
            continue
        whole = a == 0 or not ("\u4e00" <= text[a - 1] <= "\u9fff")
        if text[a] == "日" and a > 0 and text[a - 1].isdigit() and run_end - a >= 2:
            a, whole = a + 1, True  # a date's 日 right before the code, their space gone: 「1996年8月13日法〔1996〕83号」 (HX06)
        run = text[a:run_end]
        code = trim_code(run, known, whole)
        if code is None or text.startswith("令", m.end()):  # 「建设部〔2007〕第162号令」 numbers an order
            continue
        if not (m.group("open") or m.group("close")) and (len(code) < 2 or not code.endswith(CODE_TYPE_SUFFIXES)) \
                and not (len(code) >= 2 and text[a - 2 : a] == "》(" and text.startswith(")", m.end())):
            # both brackets lost (「城府办发2019117号」, CN05): only a code that ends as codes do is one, or any code in a
            # title's brackets, where a number stands: 「《…的通知》(青政202060号)」 (JM06)
            continue
        if not m.group("close") and not m.group().endswith("号") and int(m.group("year")) < int(m.group("num")) <= _LAST_YEAR:
            continue  # two years run together, their dash lost: 「十四五时期(20212025)」 (FD06), no number
        out.append(DocNum(code, int(m.group("year")), int(m.group("num")), run_end - len(code), m.end(), m.group("pre") or ""))
        at = m.end()
        while text.startswith("、", at) and (more := _SHARED_SERIAL.match(text, at)):
            # serials sharing the code and year printed once: 「粤国土资(验)函〔2008〕30号、42号」 (DY03)
            out.append(DocNum(code, int(m.group("year")), int(more.group("num")), more.start("num"), more.end(), m.group("pre") or ""))
            at = more.end()
    read_back = len(out)
    # 「(88)财商字第277号」: the year first (most texts a finder is given hold no 号 at all)
    read = [(n.start, n.end) for n in out]
    for m in _YEAR_FIRST.finditer(text) if "号" in text else ():
        # (not inside a number read from its code: 「鲁价〔1998〕费字第123号」 is 鲁价's, its series 费字, DY07)
        if (number := year_first(m)) is not None and not any(a <= m.start() < b for a, b in read):
            out.append(DocNum(number.code, number.year, number.serial, m.start(), m.end()))
    # 「卫监字(89)第23号」: two digits of a year in brackets after the code, 第 before the serial (AT07); or in a 发文字号's own
    # brackets, whatever the code: 「政秘〔93〕3号」 (EJ08)
    for m in _SHORT_YEAR_AFTER.finditer(text) if "第" in text or "〔" in text else ():
        a = _run_start(text, m.start(), m.start())
        whole = a == 0 or not ("\u4e00" <= text[a - 1] <= "\u9fff")
        # an old code's kind ends it (卫监字, 卫人发), and no order or notice follows (「公安部(89)第5号令」)
        if a < m.start() and (code := trim_code(text[a : m.start()], known, whole)) is not None \
                and (m.group("sq") or code.endswith(OLD_CODE_KINDS)) and not text.startswith(("令", "公告"), m.end()):
            out.append(DocNum(code, 1900 + int(m.group("year") or m.group("year2")), int(m.group("num") or m.group("num2")),
                              m.start() - len(code), m.end()))
    if len(out) > read_back:
        out.sort(key=lambda d: d.start)
    return out
