"""The 发文字号 finder: numbers found in cleaned text, each with its span.

The canonical form and the 机关代字 grammar the finder reads with are tested in ``test_keys.py``.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkg.extract.clean import clean
from regkg.extract.docnum import _TAIL, find_docnums, tails

NOT_NUMBERS = ["GB3095-2012", "GB3095—2012", "(DBJ51/T—2023)", "2024年第1期", "HJ1235—2021", "第十五条",
               "根据2011年10月20日河北省人民政府令〔2011〕第10号修正",
               # a year first needs a code after it: a word, or a year out of the form's time, is none
               "(88)本市第3号", "(2019)财商字第3号", "(12)财商字第3号", "(60)分钟内第3号",
               # digits run together after words that end no 机关代字 (reading both brackets lost needs a code's ending)
               "许可证第2019117号", "本市2019117号已登记",
               # an announcement's serial after its issuer, as 令 and 公告 (DW10); 「临政通告〔2023〕2号」 is a code (sample 003)
               "云和县人民政府通告〔2022〕1号", "农业部通告〔2015〕1号",  # a ministry's too (FA02)
               # two years run together, their dash lost (FD06)
               "十四五时期(20212025),是全面建设的关键时期",
               # with neither bracket a year and a serial are one number: no 发文字号
               "第20201号", "截至2020年3号",
               # 号 lost: only a year printed in brackets, closed, and the citation's bracket after the serial
               "(见2009]25)", "宁政办发〔2009〕259,"]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_standards_dates_and_orders_are_not_numbers(text):
    assert find_docnums(clean(text).s) == []


IN_TEXT = [
    # (cleaned sentence, numbers found) — codes glued to the word before them are trimmed
    ("根据吕发〔2018〕32号文件精神", ["吕发〔2018〕32号"]),
    ("临汾市人民政府临政通告〔2023〕2号", ["临政通告〔2023〕2号"]),
    # 日 glues a date to a code after it, but opens 日照's codes, its government's mark after it (DT07)
    ("(日政办发〔2017〕61号)", ["日政办发〔2017〕61号"]),
    ("根据日政发〔2016〕5号文件", ["日政发〔2016〕5号"]),
    ("1995年6月13日川府发〔1995〕95号", ["川府发〔1995〕95号"]),
    # a court's one-character code after a date, their space gone in cleaning (HX06); a court or procuratorate printed
    # right before its own code (HX04)
    ("1996年8月13日 法〔1996〕83号", ["法〔1996〕83号"]),
    ("最高人民检察院高检发释字〔2018〕2号", ["高检发释字〔2018〕2号"]),
    ("最高人民法院法发〔1996〕3号", ["法发〔1996〕3号"]),
    # a ministry before its own code, which opens with the ministry's first character (IC03); not a code that opens with
    # the ministry's short name (CO09, GC09)
    ("根据水利部水建〔1995〕128号文件", ["水建〔1995〕128号"]),
    ("根据民政部民发〔2010〕2号", ["民发〔2010〕2号"]),
    ("人社部发〔2019〕1号", ["人社部发〔2019〕1号"]),
    ("按照《关于…的通知》(泸委[2024]20号)等要求", ["泸委〔2024〕20号"]),
    ("市政府办公室印发的泸市府办发〔2022〕67号同时废止", ["泸市府办发〔2022〕67号"]),
    ("依据国发〔2022〕11号和晋政发〔2019〕26号", ["国发〔2022〕11号", "晋政发〔2019〕26号"]),
    ("经研究,现将云发改价〔2013〕708号文件打表计费内容调整为", ["云发改价〔2013〕708号"]),  # 现将 (CK08)
    # both brackets lost: the year's four digits, then the serial (CN05, BF06, J05)
    ("根据《关于成立某委员会的通知》(城府办发2019117号)和渝减办20191号文件要求", ["城府办发〔2019〕117号", "渝减办〔2019〕1号"]),
    # a stray 的 for 第 after the year's bracket (JT05, JR01)
    ("根据鲁汛旱办明电[2020]的43号要求", ["鲁汛旱办明电〔2020〕43号"]),
    # any code, in a title's brackets where a number stands (JM06); not a bare code elsewhere
    ("根据《关于印发某实施方案的通知》(青政202060号)要求", ["青政〔2020〕60号"]),
    ("(青政202060号)", []),
    ("(泸委办[2018]\n41号)", ["泸委办〔2018〕41号"]),
    # a county's initial that is also a glue word, the number alone on its line (BE08)
    ("于府办发〔2022〕33号\n", ["于府办发〔2022〕33号"]),
    ("认真贯彻省政府文件\n和市府发〔2022〕3号文件要求", ["市府发〔2022〕3号"]),  # a wrapped line's 和 is glue
    # a sub-code in brackets is part of the code, in traditional script too (O08); a bracketed word before a
    # code is not: 「(试行)」 is three characters
    ("依據寧農(計)發[2019]48號文件", ["宁农(计)发〔2019〕48号"]),
    ("《某办法(试行)》(苏财〔2019〕8号)", ["苏财〔2019〕8号"]),
    # the opening bracket lost, the closing one printed (U01)
    ("(2020年6月15日定府办规2020〕3号印发", ["定府办规〔2020〕3号"]),
    ("（矿安〔2023〕1号）", ["矿安〔2023〕1号"]),
    ("《若干意见》(国发〔201221号,以下简称《意见》)", ["国发〔2012〕21号"]),  # closing bracket lost
    ("落实《某意见》(中发〔201632,以下简称《意见》)精神", ["中发〔2016〕32号"]),  # and its 号 too, before 以下简称 (EH07)
    ("截至〔2016年底,以下简称", []),
    ("你局《关于调整某收费标准的申请函》(宁质技监函?2003?25号)收悉", ["宁质技监函〔2003〕25号"]),  # 〔〕 lost as ? (W03)
    ("按照《关于做好2021年城乡居民基本医疗保障工作的通知》(医保发〔2020〕32)号要求", ["医保发〔2020〕32号"]),  # ) before 号 (Y02)
    ("闽政[1998]文333号", ["闽政〔1998〕文333号"]),
    # a series' 字 between the year and the serial, 第 maybe after it (DY07): the code's number, no year-first reading
    ("(闽价[2000]商字295号 2000年8月7日)", ["闽价〔2000〕商字295号"]),
    ("鲁价〔1998〕费字第123号", ["鲁价〔1998〕费字123号"]),
    # the year first, in two digits or four, as numbers were printed into the early 1990s (N03)
    ("《关于国家专业银行建立贷款呆帐准备金的暂行规定》〔(88)〕财商字第277号,以下简称", ["财商字〔1988〕277号"]),
    ("根据(87)国办发第12号和国发〔1988〕5号", ["国办发〔1987〕12号", "国发〔1988〕5号"]),
    ("(1990)川府发第5号", ["川府发〔1990〕5号"]),
    ("〔81〕法民字第2号 〔81〕宗发字第16号", ["法民字〔1981〕2号", "宗发字〔1981〕16号"]),  # the code whole after its year (EP01)
    ("((1990)农(检疫)字第14号)", ["农(检疫)字〔1990〕14号"]),  # a unit in brackets inside the code (EZ11)
    ("〔1991〕国土〔法规〕字第45号", ["国土〔法规〕字〔1991〕45号"]),  # in square brackets (JE02)
    # two digits of a year in a 发文字号's own brackets, whatever the code (EJ08); not an order's number
    ("安徽省人民政府文件\n政秘〔93〕3号\n", ["政秘〔1993〕3号"]),
    ("公安部〔89〕第5号令发布", []),
    # a bureau's name printed before its code (BL06)
    ("经国家广电总局电影局电字〔2000〕404号文批准", ["电字〔2000〕404号"]),
    ("根据上海市公安局交通警察总队沪公交〔2020〕12号文件", ["沪公交〔2020〕12号"]),  # a unit after the bureau (review)
    # a reply names the addressee's number, or its own earlier one, after a pronoun (BI01)
    ("你院粤法经行字〔1988〕第294号请示报告收悉", ["粤法经行字〔1988〕294号"]),
    ("经研究,根据民法通则及我院法(办)发〔1988〕6号《关于贯彻执行民法通则若干问题的意见》", ["法(办)发〔1988〕6号"]),
    # a national commission's short name, the last of joint issuers, before the code (DF03); a code holding 部 keeps it
    ("1995年11月13日水利部、财政部、国家计委水政资〔1995〕457号发布", ["水政资〔1995〕457号"]),
    ("根据工信部联科〔2024〕11号文件", ["工信部联科〔2024〕11号"]),
    # the Party's Central Committee, or one of its departments, before the code (DG05)
    ("根据中共中央中发〔1993〕6号《关于当前经济情况和加强宏观调控的意见》", ["中发〔1993〕6号"]),
    ("中共中央组织部组通字〔2019〕1号", ["组通字〔2019〕1号"]),
    # serials sharing the code and year printed once (DY03); a 、 before a number of another code is no such serial
    ("已完成开垦补充的耕地(粤国土资(验)函〔2008〕30号、42号)应切实确保质量", ["粤国土资(验)函〔2008〕30号", "粤国土资(验)函〔2008〕42号"]),
    ("依据国发〔2001〕5号、第6号和7号文件", ["国发〔2001〕5号", "国发〔2001〕6号"]),
    ("依据国发〔2001〕5号、国办发〔2002〕6号", ["国发〔2001〕5号", "国办发〔2002〕6号"]),
    # 号 lost where the citation's bracket closes, the year's brackets printed (BI07); not without them
    ("《关于印发〈某考核实施办法〉的通知》(宁政办发[2009]259)的规定", ["宁政办发〔2009〕259号"]),
]


@pytest.mark.parametrize("text, expected", IN_TEXT)
def test_numbers_in_text(text, expected):
    assert [d.canonical for d in find_docnums(clean(text).s)] == expected


def test_spans_point_at_the_number():
    s = clean("根据吕发〔2018〕32号文件精神").s
    (d,) = find_docnums(s)
    assert (d.start, d.end, s[d.start : d.end]) == (2, 13, "吕发〔2018〕32号")


def test_codes_learned_from_the_gazette_win():
    # 「府办发」 alone is a plausible code; the gazette's own numbers say the code is 「泸市府办发」
    s = clean("市泸市府办发〔2022〕67号").s
    assert [d.code for d in find_docnums(s, frozenset({"泸市府办发"}))] == ["泸市府办发"]


# Pieces a number is made of, and what breaks one: brackets of every kind, spaces of every kind
# (str.isspace is re's \s: \x1c and \u3000 too), years, digits, the 号 and 第 and 文 of a serial.
_PIECES = st.sampled_from([*"〔〕[]()【】〈〉<>?号第文 \t\n\u3000\xa0\x1c\u2003\u200b发政府字a",
                           "19", "20", "2019", "1999", "2024", "0", "1", "12", "9"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=30))
def test_the_year_anchored_scan_finds_what_the_pattern_finds(pieces):
    text = "".join(pieces)
    assert [(m.span(), m.groupdict()) for m in tails(text)] == [(m.span(), m.groupdict()) for m in _TAIL.finditer(text)]
