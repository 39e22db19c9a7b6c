"""Each phenomenon as rows of (text, expected): short real or realistic snippets through extract_text."""

from __future__ import annotations

import pytest

from regkg.extract.clean import clean
from regkg.extract import extract_text


def notice(body: str, number: str = "泸市府办发〔2024〕9号", title: str = "泸州市人民政府办公室关于印发《泸州市某某管理办法》的通知",
           date: str = "2024年3月1日", issuer: str = "泸州市人民政府办公室") -> str:
    """A minimal covering notice around ``body``, laid out as gazettes print it."""
    return f"{title}\n{number}\n各区县人民政府,市级有关部门:\n{body}\n{issuer}\n{date}\n"


REPEALS = [
    # (body, expected (target_number, target_title) set)
    # a revised edition issued replaces the one revised, named with the day it was issued (DS03; CM05's three rules)
    ("我局对2022年1月27日发布的《某资质许可告知承诺实施细则》进行了修订,现印发给你们,请遵照执行。",
     {(None, "某资质许可告知承诺实施细则")}),
    ("《泸州市某办法》(泸市府办发[2019]3号)同时废止。", {("泸市府办发〔2019〕3号", "泸州市某办法")}),
    ("本办法自印发之日起施行,2019年印发的《泸州市某办法》(泸市府办发〔2019〕3号)同时废止。",
     {("泸市府办发〔2019〕3号", "泸州市某办法")}),
    ("《泸州市重污天气应急预案(2021修订)》同时废止。", {(None, "泸州市重污天气应急预案(2021修订)")}),
    ("原《泸州市某规定》(泸市府发〔2015〕8号)停止执行。", {("泸市府发〔2015〕8号", "泸州市某规定")}),
    ("《泸州市某细则》(泸市府办发〔2016〕2号)不再执行。", {("泸市府办发〔2016〕2号", "泸州市某细则")}),
    ("《泸州市某意见》(泸市府办发〔2016〕5号)自行失效。", {("泸市府办发〔2016〕5号", "泸州市某意见")}),
    ("此前有关规定与本通知不一致的,以本通知为准。", set()),
    # the original, given a short name, that a revision replaces (KG01)
    ("市局对原《泸州市某实施办法》(以下简称《办法》)进行了修订,并经局长办公会审议通过。现将修订后的《办法》印发给你们,请遵照执行。",
     {(None, "泸州市某实施办法")}),
    # a revision of years before, reported, replaces nothing now; a dated revision the notice issues does (KL03)
    ("2015年财政部、国家档案局修订了《会计档案管理办法》,重点增加了电子会计档案的内容。", set()),
    ("2024年我局修订了《泸州市某办法》,现印发给你们,请遵照执行。", {(None, "泸州市某办法")}),
    ("《泸州市某通知》(泸市府发〔2017〕8号)停止实施。", {("泸市府发〔2017〕8号", "泸州市某通知")}),  # (DW04)
    # the kind of document named between the cue and the title (DD08)
    ("现决定废止我县规范性文件《泸县某办法》(泸县府发〔2020〕3号)。", {("泸县府发〔2020〕3号", "泸县某办法")}),
    ("废止市政府规范性文件《泸州市某办法》。", {(None, "泸州市某办法")}),
    # a rule or its provision suspended ceases to apply (BT05, KB03)
    ("决定暂停实施《南宁市出租汽车客运管理条例》第八条第二款。", {(None, "南宁市出租汽车客运管理条例")}),
    ("《泸州市某公告》(泸市府发〔2012〕1号)暂停执行。", {("泸市府发〔2012〕1号", "泸州市某公告")}),
    # list heads of every shape clean-up decisions print (review): the kinds joined, a table, a count, 具体如下
    *((head + "\n1.《某市城市绿化管理办法》(某府发〔2001〕1号)\n2.《某市市容管理规定》(某府发〔2003〕2号)",
       {("某府发〔2001〕1号", "某市城市绿化管理办法"), ("某府发〔2003〕2号", "某市市容管理规定")})
      for head in ("市政府决定废止的规章和规范性文件目录", "决定废止的规范性文件一览表", "予以废止的政策文件清单",
                   "决定废止的规范性文件具体如下:", "决定废止的规范性文件共计2件:", "现将决定废止的规范性文件公布如下:",
                   "决定废止的规范性文件,具体如下:", "决定废止的规范性文件共2件,分别是:", "决定废止的规范性文件见下表:")),
    # a head's words inside a sentence head no list: the bases below are no repeals (third review)
    *((head + "\n1.《中华人民共和国立法法》\n2.《某省行政规范性文件管理办法》(某省政府令第10号)", set())
      for head in ("截至2023年底现行有效和已经失效的规范性文件,均列入清理范围。\n二、清理依据",
                   "对拟废止的规范性文件,各区县要对照以下依据逐件审查:")),
    ("市政府决定废止下列市政府规章,并对以下规章进行修改:1.《某甲规定》(某府发〔2001〕1号)2.《某乙规定》(某府发〔2003〕2号)",
     set()),
    ("专项清理市政府规范性文件129件,确定废止、失效73件。", set()),
    ("建立规范性文件定期清理制度。", set()),
]


@pytest.mark.parametrize("body, expected", REPEALS)
def test_repeals(body, expected):
    r = extract_text(notice(body))
    assert {(x.target_number, x.target_title) for x in r.repeals} == expected
    assert all(x.by == "泸市府办发〔2024〕9号" for x in r.repeals)


VALIDITY = [
    # (body, signing date, (from, until))
    ("本办法自2024年10月19日起施行,有效期5年。", "2024年9月19日", ("2024-10-19", "2029-10-18")),
    ("本通知自印发之日起施行。", "2024年3月1日", ("2024-03-01", None)),
    ("本细则自印发之日起30日后施行,有效期2年。", "2023年9月3日", ("2023-10-03", "2025-10-02")),
    # a case another document's start makes is no statement of this one's (DX03)
    ("法律、法规、规章为自公布之日起生效的,各环节的时限均缩短为2个工作日。\n第十八条 本办法自印发之日起30日后施行。", "2015年11月4日",
     ("2015-12-04", None)),
    ("本通知自2024年10月15日起施行,试行期两年。", "2024年10月12日", ("2024-10-15", "2026-10-14")),
    ("本意见自2024年2月18日起施行,有效期至2026年12月31日。", "2024年2月1日", ("2024-02-18", "2026-12-31")),
    ("到2025年,全市细颗粒物浓度下降10%。", "2024年3月1日", None),
    ("2024年全市森林防火期为1月1日至5月31日。", "2024年1月1日", None),
    ("请于2024年5月31日前报送市政府。", "2024年3月1日", None),
    # a start in a month, no day: its first day (C27); a deadline in a month is none
    ("调整后的最低工资标准自2015年1月起执行。", "2015年3月26日", ("2015-01-01", None)),
    ("本政策自2021年开始执行。", "2021年9月2日", ("2021-01-01", None)),  # in a year: its first day (T01)
    ("力争自2025年起全面实行。", "2024年3月1日", None),  # a goal, no effect verb
    ("我国从2016年开始实施新的会计准则。", "2024年3月1日", None),  # a year alone, not the document's own
    ("请于2024年5月底前报送市政府。", "2024年3月1日", None),
    # the period in a sentence of its own after the start's (BK01); a later sentence's other period is no validity
    ("本办法自2023年4月1日起施行。有效期五年。", "2023年3月31日", ("2023-04-01", "2028-03-31")),
    ("本办法自2023年4月1日起施行。项目建设期五年,分期实施。", "2023年3月31日", ("2023-04-01", None)),
    # a measure's start and term are no rule's (second review)
    ("对符合条件的企业,自2023年1月1日起执行新标准。执行期三年。本办法自2023年4月1日起施行,有效期五年。", "2023年3月31日",
     ("2023-04-01", "2028-03-31")),
    # 于 or 从 as 自 (CB12); days after issue printed 「印发后30日」 (AZ03)
    ("本办法于公布之日起实施。", "2025年6月6日", ("2025-06-06", None)),
    ("本办法自印发后30日起施行。", "2025年5月28日", ("2025-06-27", None)),
    ("本通知规定从发文之日起开始试行。", "2013年7月26日", ("2013-07-26", None)),  # 开始 before the verb (DY10)
    ("本通知自即日起执行。", "2017年3月6日", ("2017-03-06", None)),  # 即日: the day it is issued (GL05)
    ("此标准自下文之日起执行。", "2014年3月3日", ("2014-03-03", None)),  # 下文: sending it out (JI01)
    ("本规定自行文之日起施行。", "2014年3月3日", ("2014-03-03", None)),
    # a last day printed as the rule's own repeal (GK04); another rule's repeal printed with its date is none
    ("本办法自2021年1月1日起施行,2025年12月31日废止。", "2020年12月31日", ("2021-01-01", "2025-12-31")),
    ("本办法自2021年1月1日起施行,2015年3月1日印发的《某市办法》同时废止。", "2020年12月31日", ("2021-01-01", None)),
    # nor another work's, printed in brackets after its title (E18)
    ("本意见自印发之日起施行。修订前的《某某条例》(自1998年11月29日起施行,2017年10月1日废止)第二十八条规定的处罚,不再适用。",
     "2019年1月1日", ("2019-01-01", None)),
    ("本预案自区政府批准后,印发之日起实施。", "2023年12月29日", ("2023-12-29", None)),  # approval, then issue (EG03)
    # a start without its year: the document's year, or the next when it would fall well before the date (H06, CE02)
    ("经研究,同意调整收费标准,于九月一日起执行。", "1990年8月27日", ("1990-09-01", None)),
    ("现决定从11月1日起,将我市最低月工资标准调整为1860元。", "2015年10月20日", ("2015-11-01", None)),
    ("本通知自1月1日起施行。", "2015年12月20日", ("2016-01-01", None)),
    ("请各单位于5月20日前报送。", "2015年3月1日", None),
    # a routine the text sets up starts on its day, not the document (GD09)
    ("四、建立报告制度。从5月1日起执行日报制度,各片区管理局要明确专人负责。", "2022年5月1日", None),
    ("自2022年6月1日起实行旬报制度。", "2022年5月1日", None),
    ("本制度自2020年6月1日起施行。自2020年6月1日起施行本制度。", "2020年5月1日", ("2020-06-01", None)),  # its own (review)
    # the hour a 通告 starts at, between the day and 起 (GS02, FA04)
    ("此次调整内容自2021年5月1日0时起实施。", "2021年4月25日", ("2021-05-01", None)),
    ("本通告自5月1日零时起施行,有效期至2023年4月30日24时。", "2021年4月25日", ("2021-05-01", "2023-04-30")),
    # a span from the day it is issued to a day printed, its verb left out: the document's or its ban's (FA01); not an
    # application window's
    ("本通告自公布之日起至2030年12月31日24时止。", "2022年4月28日", ("2022-04-28", "2030-12-31")),
    ("一、禁渔期:自公布之日起至2030年12月31日24时止。", "2022年4月28日", ("2022-04-28", "2030-12-31")),
    ("申报时间自发布之日起至2023年5月31日止。", "2022年4月28日", None),
    # a tender's period, a contract's, a licence's, is no document's (EM05); a measure's under its heading is (below)
    ("经公开招标确定运输单位,中标有效期限自2024年1月1日起至2027年12月31日止。", "2024年2月29日", None),
    ("二、管控时间 2023年10月30日至2024年3月31日。", "2023年10月1日", ("2023-10-30", "2024-03-31")),
    # a notice's operative clause that opens with the day its measure starts, after the decision, the formula that opens
    # the items or an item's number (DJ08, GF09, JG06, KS05); a measure's start after another sentence is none, nor is a span
    # with no verb of effect
    ("决定自2020年11月9日起在花门街道辖区范围内禁止燃放烟花爆竹。", "2020年11月2日", ("2020-11-09", None)),
    ("现将有关事项通告如下:一、自2021年2月1日起,大城县实行全域禁放。", "2021年1月20日", ("2021-02-01", None)),
    ("经研究,自2020年5月1日起,下调现行工伤保险费率。", "2020年4月20日", ("2020-05-01", None)),
    ("决定自2020年1月29日15时起,对我县部分营运车辆实行管控。", "2020年1月28日", ("2020-01-29", None)),
    ("原有企业应积极进行技术改造。自2003年9月1日起,全市禁止生产实心粘土砖。", "2003年6月1日", None),
    ("一、自2018年6月1日起至2019年5月31日,继续阶段性降低失业保险费率。", "2018年5月20日", None),  # (a span: JG05, left)
    # (review) its other printings: after 决定 and a comma or a colon, an item's other numbers, an item's label, an hour 整
    ("经研究决定,自2021年2月1日起,全县实行禁放。", "2021年1月20日", ("2021-02-01", None)),
    ("(一)自2021年2月1日起,全县实行禁放。", "2021年1月20日", ("2021-02-01", None)),
    ("三、禁止通行时间:自2021年2月1日0时整起,禁止货车通行。", "2021年1月20日", ("2021-02-01", None)),
    ("一、自2021年2月1日起全县最低工资标准提高到1800元。", "2021年1月20日", ("2021-02-01", None)),
    # (review) not what stops then, a repeal's day (AT05, DB01); nor a span after a comma; nor what a report counts since
    ("决定自2026年1月1日起废止《某办法》。", "2025年12月1日", None),
    ("一、自2023年9月28日起,不再执行《某通知》。", "2023年9月20日", None),
    ("一、自2021年2月1日起,至2021年2月28日止,全县禁止燃放。", "2021年1月20日", None),
    ("一、自2020年1月1日起,截至2020年12月31日,全县共查处案件10起。", "2021年1月20日", None),
    ("一、自2020年3月1日起全县开展专项整治以来,成效明显。", "2021年1月20日", None),
]


@pytest.mark.parametrize("body, signed, expected", VALIDITY)
def test_validity(body, signed, expected):
    d = extract_text(notice(body, date=signed)).documents[0]
    assert ((d.in_force.from_, d.in_force.until) if d.in_force else None) == expected


# A statute in force from its approval by a higher congress: the day its heading's note prints (BT02); none when the note
# prints no approval (V01's key: the day is not guessed)
APPROVALS = [
    ("某自治州人民代表大会关于废止《某自治州文化市场管理条例》的决定\n(2025年1月16日 某自治州第十五届人民代表大会第六次会议通过\n"
     "2025年3月27日 某省第十四届人民代表大会常务委员会第十四次会议批准)\n某自治州人民代表大会决定:废止《某自治州文化市场管理条例》。\n"
     "本决定自某省人民代表大会常务委员会批准之日起施行。\n", ("2025-03-27", None)),
    ("某自治县某条例\n(2024年5月6日 某自治县人民代表大会通过)\n第一条 为了保护河流,制定本条例。\n第二十条 本条例自批准之日起施行。\n",
     None),
]


@pytest.mark.parametrize("text, expected", APPROVALS)
def test_a_start_from_approval_is_the_day_the_note_prints(text, expected):
    d = extract_text(text).documents[0]
    assert ((d.in_force.from_, d.in_force.until) if d.in_force else None) == expected


CITATIONS = [
    # (body, {(number, title, kind)})
    ("根据《国务院关于某事项的通知》(国发〔2022〕11号)精神,制定本办法。",
     {("国发〔2022〕11号", "国务院关于某事项的通知", "based_on")}),
    ("参见《关于印发〈某方案〉的通知》(川办发[2023]40号)。", {("川办发〔2023〕40号", "关于印发〈某方案〉的通知", "cites")}),
    ("根据吕发〔2018〕32号文件精神,", {("吕发〔2018〕32号", None, "based_on")}),
    ("本通知由泸市府办发〔2024〕9号印发。", set()),  # its own number
    # a number printed before its title, joined by 文 (BI08): the title is the number's, no work cited by title
    ("根据《中华人民共和国价格法》第十八条和湖北省物价局鄂价法规[2002]98号文《湖北省定价目录》规定,",
     {("鄂价法规〔2002〕98号", "湖北省定价目录", "based_on")}),
]


@pytest.mark.parametrize("body, expected", CITATIONS)
def test_citations(body, expected):
    r = extract_text(notice(body))
    assert {(c.cited_number, c.cited_title, c.kind) for c in r.citations} == expected


def test_reply_to_a_request():
    text = notice("你区《关于某道路命名的请示》(泸江府〔2024〕1号)收悉。经研究,同意。",
                  number="泸市府函〔2024〕20号", title="泸州市人民政府关于某道路命名的批复", issuer="泸州市人民政府")
    r = extract_text(text)
    assert r.documents[0].kind == "批复"
    assert [(c.cited_number, c.kind) for c in r.citations] == [("泸江府〔2024〕1号", "replies_to")]


LAW_CITATIONS = [
    # a title printing its own number last inside its 《》 is cited by that number; a title that names another's number
    # inside it is cited by title (KN02, R26)
    ("根据《国务院办公厅关于进一步加强乡村医生队伍建设的实施方案意见(国办发〔2015〕13号)》要求,现予公示。", set()),
    ("会议办理了《关于协调省直有关部门全面落实湘政发[2016]22号文件已经明确扶持政策的建议》。",
     {"关于协调省直有关部门全面落实湘政发[2016]22号文件已经明确扶持政策的建议"}),
    # what a developer hands over is no work cited (DX02)
    ("住宅工程还应当提交《住宅质量保证书》和《住宅使用说明书》,并依照《建设工程质量管理条例》办理。", {"建设工程质量管理条例"}),
    # a table of contents' entries, dot leaders and a page, are its parts' titles: nothing they print is cited (DR06)
    ("目录\n\n1.新疆维吾尔自治区商品条码管理办法……………3\n\n2.新疆维吾尔自治区实施《自然灾害救助条例》办法……6\n\n"
     "第一条 根据《中华人民共和国标准化法》,制定本办法。", {"中华人民共和国标准化法"}),
    # the annexes a bare 「附件:」 line lists, numbered, are the document's own, named in its body (BU06)
    ("请各单位根据《中华人民共和国防洪法》,结合《某预案编写提纲》(附件二),做好编写工作。\n\n附件:\n\n1.《某区情况统计表》\n\n"
     "2.《某预案编写提纲》\n", {"中华人民共和国防洪法"}),
    # a letter an office issues in a case is its instrument, no work (BU12)
    ("办案人员需要有关部门协助的,应当出具《协助调查函》,并依照《中华人民共和国行政处罚法》办理。", {"中华人民共和国行政处罚法"}),
    # a union's instruments are forms it fills in, no works (BL02)
    ("工会可以向用人单位发出《工会劳动法律监督提示函》或者《工会劳动法律监督建议书》。", set()),
    # and a rule's bodies' instruments: a settlement, a commission, an approval (CA03, CA07)
    ("调解达成协议的,应当制作《旅游投诉调解书》;需要委托的,出具《旅游投诉调查取证委托书》,依照《旅游法》办理。", {"旅游法"}),
    # a government's letterheads, the forms its documents are printed in (CO08)
    ("(一)《黑龙江省人民政府令》,用于发布省政府规章。(二)《黑龙江省人民政府文件》有黑政发等4种。(三)《黑龙江省人民政府》有黑政函等3种,"
     "依照《黑龙江省行政机关公文处理办法》执行。", {"黑龙江省行政机关公文处理办法"}),
    ("持有《渔业船网工具指标批准书》的,可以申请。", set()),
    # a number printed before its title names it (BI08); one printed after a title is that title's, and the title
    # after it is a work of its own (U09)
    ("根据《中华人民共和国价格法》第十八条和湖北省物价局鄂价法规[2002]98号文《湖北省定价目录》规定,", {"中华人民共和国价格法"}),
    ("是按照《国家园林城市申报与评审办法》建城〔2005〕43号《国家园林城市标准》制定的。", {"国家园林城市标准"}),
    ("依据国发〔2019〕3号 《中华人民共和国森林法》 《森林防火条例》等规定。", {"中华人民共和国森林法", "森林防火条例"}),
    ("根据财预〔2020〕12号的《中华人民共和国预算法实施条例》第十条规定。", {"中华人民共和国预算法实施条例"}),
    ("根据《中华人民共和国森林法》《森林防火条例》等规定,", {"中华人民共和国森林法", "森林防火条例"}),
    ("凭《出生医学证明》申请表办理。", set()),  # a form
    ("开设《领导信箱》《区县动态》等栏目。", set()),  # columns
    ("依据《中华人民共和国保守国家秘密法》(以下简称《保密法》),按《保密法》办理。", {"中华人民共和国保守国家秘密法"}),
    ("现将《泸州市某某管理办法》印发给你们。", set()),  # its own attached rule
    ("执行《环境空气质量标准》(GB3095—2012)。", {"环境空气质量标准"}),  # a standard code is no 发文字号
    # the document's own annex, named on its 附件 line (as a page's link too), is no work it cites (T05)
    ("符合《某某不予处罚的轻微违法行为目录》情形的不予处罚。\n\n[附件2-某某不予处罚的轻微违法行为目录.pdf](/static/a.pdf)",
     set()),
    ("请按《某某项目申报表》填报。\n附件:某某项目申报表", set()),
    # records and letters an office fills in, contracts it signs, a site (AD08, Z03, AY08, AY07, I05)
    ("约谈应当制作《某市安全生产约谈记录》,填写《继续盘问笔录》,送达《违法情况告知函》,签订《清运处理服务合同》,"
     "见《国家税务总局网》。依据《国家危险废物名录》处理。", {"国家危险废物名录"}),
    # a form one fills in, whatever its name ends with (FH06; Z03, EQ02, W01 key none)
    ("接报信息后,应当填写《某市交通行业生产安全突发事件信息报送稿》(见附件3)报委指挥中心,按照《某市安全生产条例》处理。",
     {"某市安全生产条例"}),
    # a title the text sends to its attachment for is the document's own attachment (HA03, AI04)
    ("请各地主管部门按照《某部关于对成效明显市(州)的激励措施实施办法》(详见附件),积极组织申报,依据《某市管理办法》执行。",
     {"某市管理办法"}),
    ("請按照《某部激勵措施實施辦法》(詳見附件)組織申報。", set()),
    # or a title a certificate's kind follows (GL01)
    ("持《中华人民共和国出入境通行证边境旅游专用》证件的游客,按照《某市旅游条例》办理。", {"某市旅游条例"}),
    # certificates and permits (W01); short forms defined in one list after 以下简称 (W01)
    ("持《进口药品批件》《企业法人营业执照》和《进口药品检验报告书》办理。", set()),
    ("根据《中华人民共和国海关法》、《中华人民共和国药品管理法实施条例》(以下简称《海关法》、《药品管理法实施条例》),"
     "按照《海关法》处理。", {"中华人民共和国海关法", "中华人民共和国药品管理法实施条例"}),
    # a published list of matters is a work, a list of materials a form (Y02, L06); lists the text itself
    # publishes, 「…现予以公布」, are its own (N09)
    ("全面落实《全国医疗保障经办政务服务事项淸单》,按《申报资料清单》提交。", {"全国医疗保障经办政务服务事项淸单"}),
    ("《某市市级权力清单》《某市行政备案事项清单》于2024年6月27日经市人民政府常务会审议通过,现予以公布。", set()),
    # the 请示 a 批复 answers, quoted by title alone (H14, AO07), and a draft put out for comment (AN07, B19), cite no work
    ("你州呈报的《关于某县乡镇行政区划调整的请示》(州政〔20xx〕87号)收悉,按照《关于行政区划管理的规定》办理。",
     {"关于行政区划管理的规定"}),
    ("现就《某区扶持现代农业园区项目实施管理细则(征求意见稿)》公开征求意见。", set()),
    ("我部组织编制了《某某发展规划》(征求意见稿),请提出意见。", set()),
    # a site's or a repository's copyright note cites the law for the page (AD05, A04's Wikisource note)
    ("依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。\n根据《森林防火条例》执行。",
     {"森林防火条例"}),
    # the notes split over lines or with a prefix, and the line's other sentences kept (second review)
    ("本作品是中华人民共和国的法律法规,国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件,及其官方正式译文。\n"
     "根据《中华人民共和国著作权法》第五条,本作品不适用于该法,在中国大陆和其他地区属于公有领域。\n根据《森林防火条例》执行。",
     {"森林防火条例"}),
    ("版权声明:依据《中华人民共和国著作权法》第五条第一项,具有立法、行政、司法性质的文件不适用著作权法。根据《民法典》执行。",
     {"民法典"}),
    # a number in the bracket after a title that repealed it, not issued it, is no number of the title's (second review)
    ("《某市市容管理规定》(2015年1月1日某政办发〔2020〕1号宣布失效)不再执行。", {"某市市容管理规定"}),
    ("根据《某市甲管理办法》(2018年5月1日某府办发〔2018〕9号)规定执行。", set()),  # issued by it, though no verb says so
    # but a law cited before an untitled notice with its number is cited (review)
    ("根据《中华人民共和国食品安全法》、《食品安全法实施条例》和省政府关于加强工作的通知(鲁政发〔2020〕1号)执行。",
     {"中华人民共和国食品安全法", "食品安全法实施条例"}),
    # a 《》 title inside a title cited by its number is part of it (AT07; B19, C29, U05 read it so)
    ("废止卫生部关于颁发《食品安全性毒理学评价程序》(试行)的通知((85)卫防字第78号)和卫生部关于印发《职业病危害因素分类目录》"
     "和《建设项目职业病危害评价规范》的通知(卫法监发〔2002〕63号)。", set()),
    # but a document that cites the law itself keeps its sentence, and a 草案 a congress approved is a work (review)
    ("根据《中华人民共和国著作权法》第五条规定,文件不适用该法;依据《著作权法实施条例》第二条,各单位要加强作品登记。",
     {"中华人民共和国著作权法", "著作权法实施条例"}),
    ("根据会议审议批准的《某市国民经济和社会发展第十四个五年规划纲要(草案)》,制定本方案。",
     {"某市国民经济和社会发展第十四个五年规划纲要(草案)"}),
    # a kind alone in 《》 is a short name of a document named elsewhere (EB02)
    ("依据《某市规范性文件管理办法》,《决定》公布了以市政府名义发布的废止、失效和需要修改的文件目录。", {"某市规范性文件管理办法"}),
    # a form's ending before its level in brackets is a form's still (EL03); an edition or a trial in brackets is no level
    ("请填写《2006年免疫规划督导检查表(市级)》,依据《某市管理办法(试行)》执行。", {"某市管理办法(试行)"}),
    # 本《X》 is the document itself, by its short name (EA01, BF09)
    ("依据《棉花质量监督管理条例》等法律法规,特制定本《实施方案》。", {"棉花质量监督管理条例"}),
    # a link's text, its address after it, is no work cited (BP10's closing line)
    ("本办法自2025年6月1日起施行。附:某局发布《信访工作办法》https://w.example.gov.cn/view?docId=1", set()),
    # a handover naming a 方案 hands over no title of another kind the sentence before names (BQ03), and one that
    # lost its opening mark hands over the title it closes, not the 《》 inside it (BQ08): both are cited
    ("为确保全面实现2024年《政府工作报告》提出的目标,对重点工作进行了责任分解。现将相关分解落实方案印发给你们,请认真落实。",
     {"政府工作报告"}),
    ("2025年区〈政府工作报告〉确定的主要目标任务责任分解方案》已经区人民政府同意,现印发给你们。区绩效考评部门要将区《政府"
     "工作报告》确定的目标任务纳入考评。", {"政府工作报告"}),
    # a periodical an office edits or publishes is no work cited (KW01); a rule it publishes is
    ("信息中心主办《经济要参》杂志;出版和发行《新经济导刊》;对外发行的有《中国发展评论》。依据《某市政务信息工作办法》执行。",
     {"某市政务信息工作办法"}),
    ("发行《某市安全生产管理办法》单行本,组织编印《中华人民共和国民法典》学习读本。负责编辑《人民司法》。",
     {"某市安全生产管理办法", "中华人民共和国民法典"}),
    # nor a site by its name (LM04)
    ("各部门重点工作及责任分工将在《白龙江林业》网站进行公示,按照《某省政务公开办法》执行。", {"某省政务公开办法"}),
    # a file's name, a sharing site's chrome, is no work cited (ES09)
    ("《某县安全生产事故灾难应急预案.docx》由会员分享,更多相关《某县安全生产事故灾难应急预案.docx(14页珍藏版)》请搜索。"
     "依据《中华人民共和国安全生产法》制定本预案。", {"中华人民共和国安全生产法"}),
]


@pytest.mark.parametrize("body, expected", LAW_CITATIONS)
def test_law_citations(body, expected):
    assert {c.cited_title for c in extract_text(notice(body)).law_citations} == expected


def test_a_rules_history_note_under_its_heading_cites_the_decisions_that_amended_it():
    # (the note is the head's, read for the order's number and date; its amending decision was not cited: DF03, DF04, DF10)
    text = ("水文监测环境和设施保护办法\n\n(2011年2月18日水利部令第43号发布 根据2015年12月16日《水利部关于废止和修改部分规章的决定》"
            "修正)\n\n第一条 为了加强水文监测环境和设施保护,根据《中华人民共和国水法》,制定本办法。\n")
    laws = {c.cited_title: c.evidence for c in extract_text(text).law_citations}
    assert set(laws) == {"水利部关于废止和修改部分规章的决定", "中华人民共和国水法"}
    assert laws["水利部关于废止和修改部分规章的决定"].startswith("(2011年2月18日水利部令第43号发布")


@pytest.mark.parametrize("remark, expected", [
    # a database's remark field states what the page's document repeals, its text cut before it or not (KG01)
    ("备注  《某市食品药品监督管理局关于印发某办法的通知》(某食药监〔2016〕8号)同时废止。",
     {("某食药监〔2016〕8号", "某市食品药品监督管理局关于印发某办法的通知")}),
    ("备注: 某食药监〔2016〕8号文件同时废止。", {("某食药监〔2016〕8号", None)}),
    ("备注  附件:1.某方案", set()),  # a remark that repeals nothing
    # a cue inside a title is no cue; each number goes with the title before it (review)
    ("备注  《关于废止部分餐饮文件的通知》(某食药监〔2017〕2号)同时废止。", {("某食药监〔2017〕2号", "关于废止部分餐饮文件的通知")}),
    ("备注  《甲通知》(某食药监〔2016〕8号)、《乙通知》同时废止。", {("某食药监〔2016〕8号", "甲通知"), (None, "乙通知")}),
])
def test_a_databases_remark_field_states_the_documents_repeals(remark, expected):
    text = ("某市市场监督管理局关于印发某办法的通知 (某市监发〔2023〕45号)\n发布文号 某市监发〔2023〕45号\n发布日期 2023-06-09\n"
            f"{remark}\n\n各区县市场监管局:\n现将《某办法》印发给你们,请遵照执行。\n\n某市市场监督管理局\n\n2023年6月9日\n")
    r = extract_text(text)
    assert {(x.target_number, x.target_title) for x in r.repeals} == expected
    assert all(x.by == "某市监发〔2023〕45号" and x.evidence.endswith("同时废止。") for x in r.repeals)


def test_a_remark_that_a_later_document_repealed_this_one_is_that_documents_repeal():
    # the history note's direction, not this document's repeal of the later one (review)
    text = ("某市市场监督管理局关于印发某办法的通知 (某市监发〔2019〕12号)\n发布文号 某市监发〔2019〕12号\n"
            "备注:该文件已被《某市市场监督管理局关于公布规范性文件清理结果的通知》(某市监发〔2023〕5号)废止。\n\n"
            "各区县市场监管局:\n现将《某办法》印发给你们,请遵照执行。\n\n某市市场监督管理局\n\n2019年6月9日\n")
    assert {(x.by, x.target_number) for x in extract_text(text).repeals} == {("某市监发〔2023〕5号", "某市监发〔2019〕12号")}


def test_a_suspension_is_a_partial_repeal():
    # the suspended rule still stands (review)
    [r] = extract_text(notice("疫情防控期间,《泸州市某办法》(泸市府规〔2018〕5号)暂停执行。")).repeals
    assert (r.target_number, r.partial) == ("泸市府规〔2018〕5号", True)


def test_a_pages_explanation_cites_the_document_it_explains():
    # by the number its field prints (DN02), or by title where it prints none (DN01, DN06)
    text = ("《某县人民政府关于公布规范性文件清理结果的通知》的政策解读\n文号:青政发〔2017〕159号\n"
            "《某县人民政府关于公布规范性文件清理结果的通知》的政策解读\n一、清理的背景\n为维护法制统一,开展清理。\n")
    r = extract_text(text)
    assert [(c.cited_number, c.cited_title, c.evidence) for c in r.citations] == [
        ("青政发〔2017〕159号", "某县人民政府关于公布规范性文件清理结果的通知", "文号:青政发〔2017〕159号")]
    r = extract_text("《某局关于公布规范性文件清理结果的通知》文字解读\n一、清理的背景\n为维护法制统一,开展清理。\n")
    assert [c.cited_title for c in r.law_citations] == ["某局关于公布规范性文件清理结果的通知"]


# (phenomenon, the notice's title, its body, the rules it issues)
HANDOVERS = [
    ("下发 hands rules over as 印发 does (DP02)", "某市市场监督管理局关于下发三项裁量基准的通知",
     "现将《某市行政强制裁量基准》(试行)《某市行政许可裁量基准》(试行)下发给你们,请认真贯彻执行。",
     ("某市行政强制裁量基准", "某市行政许可裁量基准")),
    ("a handover naming a 方案 takes no title of another kind from the sentence before; the title says what (BQ03)",
     "某区人民政府关于印发责任分解方案的通知",
     "为确保全面实现2024年《政府工作报告》提出的目标,对重点工作进行了责任分解。现将相关分解落实方案印发给你们,请认真落实。",
     ("责任分解方案",)),
    ("the sentence before names plans the handover counts", "某县人民政府关于印发专项行动方案的通知",
     "县应急局、县消防救援大队分别牵头制定了《甲专项行动方案》《乙专项行动方案》。两个方案已经县政府同意,现印发给你们。",
     ("甲专项行动方案", "乙专项行动方案")),
    ("a title whose opening mark was lost is the whole title it closes (BQ08)", "某区人民政府办公室关于印发分解方案的通知",
     "2025年区〈政府工作报告〉确定的主要目标任务责任分解方案》已经区人民政府同意,现印发给你们,请一并贯彻执行。",
     ("2025年区〈政府工作报告〉确定的主要目标任务责任分解方案",)),
    ("a decision published after the sentence that repeals two rules issues neither (DD04)",
     "住房城乡建设部关于废止部分部门规章的决定",
     "住房城乡建设部决定废止《外商投资城市规划服务企业管理规定》(建设部、对外贸易经济合作部令第116号)、《〈外商投资城市规划服务企业"
     "管理规定〉的补充规定》(建设部、商务部令第123号)。现予发布,自发布之日起施行。",
     ()),
    ("a title naming its first rule and 等 issues the rules a sentence lists from it on (BU11)",
     "某区农业农村委员会关于印发《甲工作方案》等的通知",
     "根据《某法》,结合我区实际,制定了《甲工作方案》、《乙工作方案》、《丙工作方案》。请各街镇按照工作方案认真贯彻执行。",
     ("甲工作方案", "乙工作方案", "丙工作方案")),
]


@pytest.mark.parametrize("phenomenon, title, body, expected", HANDOVERS, ids=[h[0] for h in HANDOVERS])
def test_what_a_handover_issues(phenomenon, title, body, expected):
    (doc,) = extract_text(notice(body, title=title)).documents
    assert doc.issues_attached == expected


DUTIES = [
    # (body, {(lead, support)})
    ("1.强化节水约束管理。健全指标体系。(市水利局牵头,市财政局、市生态环境局配合)",
     {(("市水利局",), ("市财政局", "市生态环境局"))}),
    ("(一)优化产业结构。(牵头单位:市发展改革委;责任单位:市财政局、市生态环境局)",
     {(("市发展改革委",), ("市财政局", "市生态环境局"))}),
    ("(一)扩大消费。〔责任单位:市商务会展局、市财政局,市发展改革委(逗号前为牵头单位,下同)〕\n"
     "(二)稳定就业。(责任单位:市人力资源社会保障局,市教育局)",
     {(("市商务会展局", "市财政局"), ("市发展改革委",)), (("市人力资源社会保障局",), ("市教育局",))}),
    ("(三)淘汰落后产能。(市经济和信息化局、市发展改革委等按职责分工负责)",
     {(("市经济和信息化局", "市发展改革委"), ())}),
    ("(7)市公安局:组织落实重污染天气机动车限行方案。", {(("市公安局",), ())}),
    ("日常统筹协调工作由市生态环境局负责。", {(("市生态环境局",), ())}),
    ("各有关部门要加强协作。", {(("各有关部门",), ())}),  # a generic body counts when it is the one assigned
    # a body named in a lead-in, its duties enumerated below
    ("第五条 市工信局是市医药储备主要管理部门。其主要职责是:\n1.会同市卫健委、市财政局,确定储备药品目录;\n"
     "2.负责组织编制本市医药储备年度计划;\n第六条 其他。",
     {(("市工信局",), ("市卫健委", "市财政局")), (("市工信局",), ())}),
    # the closing formula asks its addressees no task, named or not (BQ05, BB09, BM08, O08); a request of more does
    ("现将《某方案》印发给你们,请各地、各部门、各有关单位认真贯彻落实。", set()),
    ("请各地、各有关部门结合实际,认真贯彻执行。", set()),
    ("请各单位按照工作规则要求,认真贯彻执行。", set()),
    ("请各区县加强领导,认真贯彻落实。", {(("各区县",), ())}),
    ("2.请各医疗机构确定一名联系人,并将相关信息于2月15日之前报送给市中心血站联系人。", {(("各医疗机构",), ())}),
    # a case (「…的,」) whose provision names its own actor is no task of the case's subject (BP08); one that goes on
    # without a subject is the subject's task (AQ05, Y01)
    ("有关防汛指挥机构依法要求停航的,市交通运输局应当通知停航。", {(("市交通运输局",), ())}),
    ("各县(市、区)根据需求需要变更模块的,由模块管理部门提出申请。", {(("模块管理部门",), ())}),
    ("市政务数据主管部门协调不成的,报请市政府决定。", {(("市政务数据主管部门",), ())}),
    # places named by their kind (cues.PLACE_BODY) open a clause as the other bodies do (the list reader looked
    # for a name's last character among the bodies' endings, which lacked 方, 街, 场 and 居)
    ("各地方要加强组织领导。", {(("各地方",), ())}),
    ("各街要做好宣传。", {(("各街",), ())}),
    # a 经济技术开发区 by its short name is a zone, as 高新区 and 开发区 are (BQ03's table)
    ("(四)优化营商环境。(牵头单位:区发改局;配合单位:经开区、高新园)", {(("区发改局",), ("经开区", "高新园"))}),
    # a committee's members are one body with it (BQ03, the samples' 004)
    ("区安委会各成员单位要加强协调。", {(("区安委会各成员单位",), ())}),
    # a table's mark before one body of a cell is no part of its name, and marks it the lead (BQ05)
    ("1.地区生产总值增长5%以上。(责任单位:★区发改委、统计局)", {(("区发改委",), ("统计局",))}),
    ("1.地区生产总值增长5%以上。\n责任单位\n★区发改委、统计局\n2.一般公共预算收入增长6%以上。\n★区财政局、税务局\n",
     {(("区发改委",), ("统计局",)), (("区财政局",), ("税务局",))}),
]


@pytest.mark.parametrize("body, expected", DUTIES)
def test_duties(body, expected):
    r = extract_text(notice(body))
    assert {(d.lead, d.support) for d in r.duties} == expected


def test_duties_inside_the_attached_rule_belong_to_the_notice():
    body = "现将《泸州市某某管理办法》印发给你们。"
    text = notice(body) + "泸州市某某管理办法\n第五条 市住房城乡建设局负责本办法的组织实施。\n"
    r = extract_text(text)
    assert [(d.by, d.lead) for d in r.duties] == [("泸市府办发〔2024〕9号", ("市住房城乡建设局",))]


NOISE = [
    # running header in mid-sentence, stray spaces, mixed widths, number broken by a page break
    "《泸州市某办法》(泸市府办发〔2019〕\n\n市政府办公室文件\n\n3号)同时废止。",
    "《泸州市某办法》（泸市府办发［２０１９］３号）同 时废止。",
    "《泸州市某 办法》(泸市府办发 [2019] 3 号)同时废止。",
]


@pytest.mark.parametrize("body", NOISE)
def test_noise_does_not_hide_a_repeal(body):
    r = extract_text(notice(body))
    assert [(x.target_number, x.target_title) for x in r.repeals] == [("泸市府办发〔2019〕3号", "泸州市某办法")]


def test_title_broken_across_lines_and_joint_issuers():
    text = ("泸州市医疗保障局 泸州市财政局\n关于某事项的\n通知\n泸市医保规〔2024〕2号\n各区县医保局:\n正文。\n"
            "泸州市医疗保障局 泸州市财政局\n2024年10月8日\n")
    d = extract_text(text).documents[0]
    assert d.title == "泸州市医疗保障局泸州市财政局关于某事项的通知"
    assert d.issuers == ("泸州市医疗保障局", "泸州市财政局")
    assert d.date == "2024-10-08"


def test_web_page_with_metadata_block():
    text = ("索引号:11510500/2024-00123\n发文机关:泸州市人民政府办公室\n发文字号:泸市府办规〔2024〕7号\n"
            "成文日期:2024年09月19日\n时效性:有效\n"
            "泸州市人民政府办公室关于印发《泸州市历史风貌建筑修缮补助资金管理办法》的通知\n"
            "各区县人民政府:\n《泸州市历史风貌建筑修缮补助资金管理办法》已经市政府同意,现印发给你们。\n")
    d = extract_text(text).documents[0]
    assert (d.doc_number, d.date, d.kind) == ("泸市府办规〔2024〕7号", "2024-09-19", "通知")
    assert d.issues_attached == ("泸州市历史风貌建筑修缮补助资金管理办法",)


def test_impossible_date_warns():
    r = extract_text(notice("请于2024年11月31日前完成。"))
    assert [w.kind for w in r.warnings] == ["impossible_date"]


NOT_GAZETTES = [
    "hello world\nthis is not a gazette\n",
    "今天天气很好,我们去公园散步。\n" * 20,
    "泸州" * 100_000,  # one long line, no title, no number
]


def test_a_news_page_reprinting_a_notices_text_holds_that_document():
    # 「…就2023年秸秆禁烧工作通告如下:」 marks the text as a document's, its heading not printed (FA07)
    text = ("某市最新通告:全年全面全域禁烧秸秆\n大皖新闻讯 近日,某市人民政府就2023年秸秆禁烧工作通告如下:\n"
            "一、实行全年全面全域禁烧。\n二、县(市)区人民政府、开发区管委会按照属地管理原则,建立禁烧工作常态化管理机制。\n")
    r = extract_text(text)
    assert len(r.documents) == 1
    assert [d.lead for d in r.duties] == [("县(市)区人民政府", "开发区管委会")]


@pytest.mark.parametrize("text", NOT_GAZETTES)
def test_text_that_is_no_government_document_has_no_documents(text):
    assert extract_text(text).documents == ()


# A work plan's excerpt on a news page, its only mark the bodies bracketed after a task, a lead and supports (DR08)
def test_a_tasks_bracketed_bodies_mark_a_document():
    text = ("某报消息:今天,自治区人民政府网站发布了工作计划。\n一、基础设施互联互通\n(一)道路畅通工程。加快建设都市圈快速通道。"
            "(自治区交通运输厅牵头,自治区发展改革委、自然资源厅、银川市、石嘴山市、吴忠市人民政府、宁东管委会配合)\n")
    [doc] = extract_text(text).documents
    assert doc.title == ""


# A document printed without its heading takes its kind from the formula it opens or closes its matter with (CW10,
# AH03, BU08: replies); a rule's from its first article; a meeting's minutes are a document (DO02)
@pytest.mark.parametrize("text, kind", [
    ("渝卫复〔2015〕11号\n合川区卫生计生委:\n你委报送的《关于某事的请示》(合川卫文〔2014〕85号)收悉。现批复如下:\n"
     "同意。\n特此批复\n重庆市卫生和计划生育委员会\n2015年1月15日\n", "批复"),
    ("各有关单位:\n现将有关事项通知如下:\n一、加强管理。\n特此通知。\n某市人民政府\n2015年1月15日\n", "通知"),
    ("第一条 为了加强殡葬管理,根据国务院《殡葬管理条例》,结合我县实际,制定本办法。\n第二条 本办法自公布之日起施行。\n", "办法"),
    # 「…通知如下」 without 现 before it (AH05, BI03, CN10), and a notice handing over what it issues (A07, JQ01)
    ("各有关单位:\n为做好有关工作,现就有关事项通知如下:\n一、加强管理。\n某市人民政府\n2015年1月15日\n", "通知"),
    ("各区县人民政府:\n现将《某市住房公积金贷款管理办法》印发给你们,请认真贯彻执行。\n某市人民政府办公厅\n2015年1月15日\n", "通知"),
    # or what it issues named before its handing over, 「现印发给你们」 「现予印发」 (BO09, Q06, J11); a rule it hands over is not
    # what it is, though the rule's first article names itself (CG06)
    ("各县(区)人民政府:\n《某市工程建设项目审批制度改革实施方案》已经市政府常务会议讨论通过,现印发给你们,请认真组织实施。\n"
     "某市人民政府\n2019年4月29日\n", "通知"),
    ("新区各单位:\n为规范棚户区改造工作,新区制定了《某新区棚户区改造实施细则(试行)》,现予印发,请遵照执行。\n某新区管理委员会\n"
     "2019年12月17日\n", "通知"),
    ("各市、州自然资源局:\n现将《某省地质专家库管理办法(试行)》印发给你们,请遵照执行。\n某省自然资源厅\n2020年1月6日\n"
     "某省地质专家库管理办法(试行)\n第一条 为加强地质专家库管理,制定本办法。\n", "通知"),
    # (second review) 现 ending another word hands nothing over, 「发现印发给各单位的…」; a rule's annex after its first article,
    # 「特此公告」, is the rule's; 「现予以印发」 「现将…予以转发」 「现下发给你们」 hand over too; a draft handed over for comments
    # is no 通知
    ("各单位:\n近期检查中发现印发给各单位的部分文件存在格式不规范问题。现将检查情况通报如下:\n一、总体情况。\n某县人民政府办公室\n"
     "2020年1月1日\n", "通报"),
    ("各乡镇:\n现将《某市集体土地征收补偿办法》印发给你们,请遵照执行。\n某市人民政府\n2020年1月1日\n某市集体土地征收补偿办法\n"
     "第一条 为规范征收补偿,制定本办法。\n附件:征收补偿安置方案公告(样式)\n特此公告。\n", "通知"),
    ("各单位:\n《某办法》已经局务会议审议通过,现予以印发,自印发之日起施行。\n某局\n2020年1月1日\n", "通知"),
    ("各单位:\n现将《某办法》予以转发,请遵照执行。\n某局\n2020年1月1日\n", "通知"),
    ("各单位:\n现将《某方案》下发给你们,请遵照执行。\n某局\n2020年1月1日\n", "通知"),
    ("各单位:\n《某办法(征求意见稿)》已经起草完成,现印发给你们,请于5月1日前反馈修改意见。\n某局\n2020年1月1日\n", None),
    # the closing formula names the kind before an opening one (review)
    ("各乡镇人民政府:\n现将督查情况通报如下:\n一、总体情况。\n特此通知。\n某县人民政府办公室\n2015年1月15日\n", "通知"),
    ("第21次\n某县人民政府办公室 2016-4-13\n3月24日,县长主持召开县人民政府第21次常务会议。现将会议形成的一致意见纪要如下:\n"
     "一、研究迎接复审工作。\n", None),
    # a page of an office's divisions, each named on a line of its own over its duties (KW06, KW02)
    ("(十七)电子政务处。\n负责市政府门户网站建设和管理。\n(十八)新闻处。\n负责联络新闻单位。\n(十九)市政府督查室。\n"
     "负责督促检查工作。\n(二十)人事处。\n负责人事和机构编制管理工作。\n(二十一)保卫处。\n负责机关安全保卫。\n", None),
    ("安庆市政府办公室设14个内设机构:\n一、文秘科(保密办)\n负责文电收发、分办和印鉴管理。\n二、行政科\n负责机关财务管理。\n三、信息科\n"
     "负责政务信息的收集。\n四、人事科\n负责机构编制、人事管理工作。\n五、市政府研究室\n负责重大课题的调查研究。\n", None),
    # a decision printed without its heading that repeals from a day (KU04)
    ("某省人民代表大会常务委员会第三十次会议审议了关于废止《某省邮电通信条例》等三项地方性法规的议案。会议认为,这些法规已无存在的"
     "必要,决定自即日起废止下列地方性法规:\n", None),
])
def test_an_untitled_documents_kind(text, kind):
    [doc] = extract_text(text).documents
    assert (doc.title, doc.kind) == ("", kind)


# A titled document's kind is its title's, named one way however printed (「…禁火令」 a 命令 as 「…令第5号」 is: BD04, KQ02;
# 「…实施细则」 a 细则: BA05, BL05, R12), and a ministry's 办法 named after the state is no law (AP03, AP10, BP09)
@pytest.mark.parametrize("title, kind", [
    ("某县人民政府森林防火禁火令", "命令"),
    ("某市国有土地上房屋征收与补偿实施细则", "细则"),
    ("中华人民共和国海关关徽使用管理办法", "办法"),
    ("中华人民共和国森林法", "法"),
    # notes in brackets after the kind: an edition (C17, E17; a part, 「…的意见（二）」, AQ08: the doctest of pipeline._kind)
    ("清远市人民政府关于印发《清远市人民政府工作规则》的通知(2019修订)", "通知"),
    ("关于生态环境执法中建设项目认定问题的指导意见（试行）", "意见"),
    # a page explaining a document it names is a 解读, whatever that document's kind (DN01, EB03, AH06)
    ("《某县人民政府关于公布规范性文件清理结果的通知》的政策解读", "解读"),
])
def test_a_titled_documents_kind(title, kind):
    [doc] = extract_text(f"{title}\n\n第一条 为了加强管理,制定本规定。\n第二条 本规定自公布之日起施行。\n").documents
    assert (doc.title, doc.kind) == (title, kind)


def test_a_companys_departments_are_no_government_document():
    # a company's departments over their duties share no division's ending: its page is refused (review)
    text = "某某科技有限公司组织架构\n" + "".join(f"{n}、{d}\n负责公司{d[:2]}工作。\n" for n, d in
                                               zip("一二三四五", ("财务部", "人力资源部", "市场部", "技术部", "行政部")))
    assert extract_text(text).documents == ()


def test_table_of_contents_finds_a_document_without_a_number_line():
    text = (
        "某某市人民政府公报\n2024年第3期\n目录\n"
        "某某市人民政府关于某事项的通知\n(某市府发[2024]1号) (1)\n"
        "某某市人民政府2023年度工作报告 (3)\n"
        "某某市人民政府关于某事项的通知\n某市府发〔2024〕1号\n各区县人民政府:\n正文。\n某某市人民政府\n2024年3月1日\n"
        "某某市人民政府2023年度工作报告\n2023年,市政府在市委领导下开展工作。\n某某市人民政府\n2024年3月5日\n"
    )
    r = extract_text(text)
    assert [(d.doc_number, d.title, d.date) for d in r.documents] == [
        ("某市府发〔2024〕1号", "某某市人民政府关于某事项的通知", "2024-03-01"),
        (None, "某某市人民政府2023年度工作报告", "2024-03-05"),
    ]
    assert r.warnings == ()


def test_table_of_contents_entry_with_no_document_is_a_warning():
    text = ("某某市人民政府公报\n目录\n某某市人民政府关于甲事项的通知 (1)\n某某市人民政府关于乙事项的通知 (2)\n"
            "某某市人民政府关于甲事项的通知\n某市府发〔2024〕1号\n各区县人民政府:\n正文。\n某某市人民政府\n2024年3月1日\n")
    r = extract_text(text)
    assert [w.kind for w in r.warnings] == ["toc_entry_not_found"]
    assert "乙事项" in r.warnings[0].message


def test_a_clean_up_decision_lists_its_repeals():
    body = ("经市人民政府同意,决定对下列规范性文件予以废止或者宣布失效。\n一、决定废止的规范性文件\n"
            "1.《许昌市某某办法》(许政规发 [2014] 42 号)\n2.《许昌市某某通知》(许政办发〔2015〕94号)\n"
            "二、决定宣布失效的规范性文件\n1.《许昌市某某方案》(许城管发〔2015〕34号)\n"
            "本决定自公布之日起施行。")
    r = extract_text(notice(body, number="许政发〔2016〕2号", title="许昌市人民政府关于废止和宣布失效部分规范性文件的决定",
                            issuer="许昌市人民政府"))
    assert {x.target_number for x in r.repeals} == {"许政规发〔2014〕42号", "许政办发〔2015〕94号", "许城管发〔2015〕34号"}


# A repeal cue inside a title names the decision that repeals, cited or listed: in 《》, or bare in a table's cell of
# the documents still in force (DP01), or in 《》 with the repealed title in 〈〉 (B20)
@pytest.mark.parametrize("body", [
    "根据《许昌市人民政府关于废止和宣布失效部分规范性文件的决定》(许政发[2016]2号)等文件要求,通知如下:",
    "序号 |\n名称 |\n文号 |\n2 |\n深圳市商务局关于废止《深圳市加工贸易业务管理指导办法》等规范性文件的决定 |\n深商务规〔2019〕4号 |\n",
    "《宁波市人民代表大会常务委员会关于废止〈宁波市外国企业常驻代表机构管理条例〉的决定》已报经批准,现予公布,自公布之日起施行。",
])
def test_a_repeal_cue_inside_a_title_is_not_a_repeal(body):
    assert extract_text(notice(body)).repeals == ()


WARNINGS = [
    # (body, number of the notice, expected warning kinds)
    ("《某办法》(泸市府办发〔2024〕9号)同时废止。", "泸市府办发〔2024〕9号", ["self_repeal"]),
    ("《某办法》(泸市府办发〔2025〕3号)同时废止。", "泸市府办发〔2024〕9号", ["repeals_later_document"]),
    ("依据《泸州市甲办法》(泸市府发〔2019〕3号)和《泸州市乙规定》(泸市府发〔2019〕3号)。", "泸市府办发〔2024〕9号",
     ["number_with_two_titles"]),
    ("《泸州市某办法》(泸市府办发〔2019〕3号)同时废止。", "泸市府办发〔2024〕9号", []),
]


@pytest.mark.parametrize("body, number, kinds", WARNINGS)
def test_inconsistencies_are_warnings(body, number, kinds):
    assert [w.kind for w in extract_text(notice(body, number=number)).warnings] == kinds


def test_number_printed_above_the_title_in_the_document_head():
    text = ("四川省人民政府文件\n川府发〔2023〕5号\n四川省人民政府关于印发《四川省某某办法》的通知\n"
            "各市(州)人民政府:\n现将《四川省某某办法》印发给你们。《四川省旧办法》(川府发〔2015〕3号)同时废止。\n"
            "四川省人民政府\n二〇二三年三月一日\n")
    d = extract_text(text).documents[0]
    assert (d.doc_number, d.title, d.date, d.issues_attached) == (
        "川府发〔2023〕5号", "四川省人民政府关于印发《四川省某某办法》的通知", "2023-03-01", ("四川省某某办法",))


def test_several_documents_each_with_its_number_above_the_title():
    one = ("川府发〔2023〕5号\n四川省人民政府关于甲事项的通知\n各市(州)人民政府:\n正文甲。\n四川省人民政府\n2023年3月1日\n")
    two = ("川府函〔2023〕9号\n四川省人民政府关于乙事项的批复\n成都市人民政府:\n你市《关于乙事项的请示》(成府〔2023〕2号)收悉。\n"
           "四川省人民政府\n2023年3月8日\n")
    r = extract_text(one + two)
    assert [(d.doc_number, d.kind, d.date) for d in r.documents] == [
        ("川府发〔2023〕5号", "通知", "2023-03-01"), ("川府函〔2023〕9号", "批复", "2023-03-08")]
    assert [(c.by, c.cited_number, c.kind) for c in r.citations] == [("川府函〔2023〕9号", "成府〔2023〕2号", "replies_to")]


def test_metadata_block_names_the_issuers_when_no_signature_does():
    text = ("发文机关:泸州市医疗保障局 泸州市财政局\n发文字号:泸市医保规〔2024〕2号\n成文日期:2024年10月08日\n"
            "关于某事项的通知\n各区县医保局:\n正文。\n")
    d = extract_text(text).documents[0]
    assert (d.doc_number, d.issuers, d.date) == ("泸市医保规〔2024〕2号", ("泸州市医疗保障局", "泸州市财政局"), "2024-10-08")


TOC_LAYOUTS = [
    # a 文种 word inside a wrapped title, a parenthesised edition, the number on its own line
    "某某市人民政府办公室关于印发某某市政策指导意见\n的通知 (1)\n",
    "某某市人民政府办公室关于印发某某市政策指导意见(2016年修订)的通知\n(某政办发[2016]165 号) (1)\n",
    "- 某某市人民政府办公室关于印发《某某市政策指导意见(修\n订)》的通知\n(某政办发[2016]165号) (1)\n",
]


@pytest.mark.parametrize("entry", TOC_LAYOUTS)
def test_table_of_contents_entries_match_their_documents(entry):
    title = entry.split("\n(")[0].replace("\n", "").lstrip("- ").split(" (")[0]
    text = (f"某某市人民政府公报\n目录\n{entry}{title}\n某政办发〔2016〕165号\n各区县人民政府:\n正文。\n"
            "某某市人民政府办公室\n2016年3月1日\n")
    r = extract_text(text)
    assert len(r.documents) == 1 and r.warnings == ()


def test_issuer_on_its_own_line_above_a_forwarding_title():
    text = ("荆州市人民政府办公室\n转发市卫生健康委关于加快推进传染病防控工作的若干措施的通知\n荆政办发〔2023〕106号\n"
            "各县(市、区)人民政府:\n市卫生健康委《关于加快推进传染病防控工作的若干措施》已经市人民政府同意,现转发给你们。\n"
            "荆州市人民政府办公室\n2023年5月6日\n")
    d = extract_text(text).documents[0]
    assert d.title == "荆州市人民政府办公室转发市卫生健康委关于加快推进传染病防控工作的若干措施的通知"
    assert d.issues_attached == ("关于加快推进传染病防控工作的若干措施",)


@pytest.mark.parametrize("heading", [
    "转发国家地震局\n关于防震减灾工作意见报告的通知",  # the title drops the 的 the report's heading prints (AI02)
    "转发国家地震局等部门\n关于防震减灾工作意见的报告的通知",  # 等部门 before 关于 (AG07)
])
def test_a_forwarded_report_printed_in_full_is_its_own_document(heading):
    text = (f"国务院办公厅\n{heading}\n国办发〔1996〕2号\n各省、自治区、直辖市人民政府:\n"
            "国家地震局《关于防震减灾工作意见的报告》已经国务院同意,现转发给你们,请认真贯彻执行。\n"
            "国务院办公厅\n1996年2月5日\n\n关于防震减灾工作意见的报告\n\n国务院:\n各地要尽早组织开展防震减灾宣传教育。\n"
            "国家地震局\n1996年1月25日\n")
    docs = extract_text(text).documents
    assert [(d.doc_number, d.title, d.date) for d in docs][1:] == [(None, "关于防震减灾工作意见的报告", "1996-01-25")]



def test_a_document_forwarded_from_bodies_counted_before_关于_is_its_own_document():
    # 「转发市交通运输局等四部门关于…的指导意见的通知」, the body's sentence passed by a meeting, not 同意: the title alone names
    # what it forwards, the bodies and their count before its 关于 (IA01)
    text = ("某市人民政府办公室转发市交通运输局等四部门关于加快农村客运发展的指导意见的通知\n(某府办发〔2014〕37号)\n各区县人民政府:\n"
            "市交通运输局、市财政局、市公安局、市安全监管局《关于加快农村客运发展的指导意见》已经市人民政府第34次常务会议通过,"
            "现转发你们,请认真遵照执行。\n某市人民政府办公室\n2014年7月4日\n关于加快农村客运发展的指导意见\n"
            "(市交通运输局、市财政局、市公安局、市安全监管局)\n为深入贯彻落实《国务院办公厅关于印发方案的通知》(国办发〔2005〕49号)精神,"
            "现将有关事宜通知如下。\n")
    r = extract_text(text)
    assert [d.title for d in r.documents] == ["某市人民政府办公室转发市交通运输局等四部门关于加快农村客运发展的指导意见的通知",
                                             "关于加快农村客运发展的指导意见"]
    assert [(c.by, c.cited_number) for c in r.citations] == [("关于加快农村客运发展的指导意见", "国办发〔2005〕49号")]


def test_the_rule_a_forwarded_notice_issues_printed_alone_is_its_own_document():
    # 「转发国家烟草专卖局关于印发X细则(试行)的通知」 printing X alone, not the notice that issues it: X is its own document,
    # the repeal and citations in it its own (IH01)
    text = ("某市烟草专卖局办公室转发国家烟草专卖局关于印发烟草专卖许可证管理办法实施细则(试行)的通知\n某烟办综[2017]13号\n各区局:\n"
            "现将《国家烟草专卖局关于印发烟草专卖许可证管理办法实施细则(试行)的通知》(国烟专〔2017〕74号)转发给你们。请认真贯彻落实。\n"
            "某市烟草专卖局办公室\n2017年3月7日\n烟草专卖许可证管理办法实施细则(试行)\n第一章 总则\n"
            "第一条 为规范烟草专卖许可证管理,根据《中华人民共和国烟草专卖法》,制定本细则。\n"
            "第六十二条 本细则自2017年5月1日起施行。国家烟草专卖局《烟草专卖许可证申请与办理程序规定》(国烟专〔2007〕549号)同时废止。\n")
    r = extract_text(text)
    assert [d.title for d in r.documents][1:] == ["烟草专卖许可证管理办法实施细则(试行)"]
    assert [(x.by, x.target_number) for x in r.repeals] == [("烟草专卖许可证管理办法实施细则(试行)", "国烟专〔2007〕549号")]


def test_a_rule_forwarded_under_its_makers_关于_is_its_own_document_headed_without_it():
    # 「转发A局B局关于X办法的通知」 over the rule headed 「X办法」, made by the bureaus, not the office that forwards it (GO04)
    text = ("厦门市人民政府办公厅转发市文化局市新闻出版局关于厦门地方文献征集管理办法的通知\n厦府办〔2008〕75号\n"
            "各区人民政府,市直各委、办、局:\n市文化局、市新闻出版局制定的《厦门地方文献征集管理办法》已经市政府常务会议研究通过,"
            "现转发给你们,请认真贯彻执行。\n厦门市人民政府办公厅\n二OO八年四月十一日\n厦门地方文献征集管理办法\n第一章 总则\n"
            "第一条 为广泛收集和有效保存厦门地方文献,制定本办法。\n")
    docs = extract_text(text).documents
    assert [(d.doc_number, d.title) for d in docs] == [
        ("厦府办〔2008〕75号", "厦门市人民政府办公厅转发市文化局市新闻出版局关于厦门地方文献征集管理办法的通知"),
        (None, "厦门地方文献征集管理办法")]
    assert docs[1].issuers == ("厦门市文化局", "厦门市新闻出版局")  # (their place, as GO04's key gives it)
    # an annex's label over the rule's name is no heading of it (review; CW08)
    docs = extract_text(text.replace("厦门市人民政府办公厅\n二OO八年四月十一日\n",
                                     "厦门市人民政府办公厅\n二OO八年四月十一日\n附件:厦门地方文献征集管理办法\n")).documents
    assert [d.title for d in docs][1:] == ["厦门地方文献征集管理办法"]


def test_a_forwarded_title_quoted_in_the_request_and_broken_over_lines_starts_no_document():
    # the 请示's title quotes the forwarded notice's, broken over lines by the page: 「…批转<」 「关于加强…的通知>」 「的请示》…收悉」;
    # with its signature's date broken too, the forwarded notice starts at its own heading, after that signature (BU06)
    text = ("某区人民政府关于批转《关于加强本区下立交防汛管理工作的通知》的通知\n某府发〔2014〕33号\n各镇人民政府,区政府有关委、办、局:\n"
            "区建交委《关于报请区政府批转<\n关于加强本区下立交防汛管理工作的通知>\n的请示》(某建交[2014]55\n号)收悉,经研究同意,"
            "现批转给你们,请按照执行。\n\n某区人民政府\n\n2014\n年6\n月28\n日\n\n关于加强本区下立交防汛管理工作的通知\n\n"
            "各镇人民政府:\n各下立交管理单位要加强巡视。\n")
    r = extract_text(text)
    assert [(d.doc_number, d.title, d.addressees) for d in r.documents] == [
        ("某府发〔2014〕33号", "某区人民政府关于批转《关于加强本区下立交防汛管理工作的通知》的通知", ("各镇人民政府", "区政府有关委、办、局")),
        (None, "关于加强本区下立交防汛管理工作的通知", ("各镇人民政府",))]
    assert [(c.by, c.cited_number) for c in r.citations] == [("某府发〔2014〕33号", "某建交〔2014〕55号")]


def test_a_reply_with_no_salutation_answers_the_body_its_quoted_request_names():
    # 「你局《X局关于…的请示》收悉」 with no salutation above it: 你局 is X局, which leads the task it is given (BU08)
    r = extract_text("你局《某区民政局关于报请审议〈某区民政设施布局规划〉的请示》收悉。经研究,现批复如下:\n"
                     "一、原则同意《某区民政设施布局规划》。\n二、你局要会同区发展改革委、区交通运输局等有关部门认真履行职责,确保规划有效实施。\n"
                     "2024年8月29日\n")
    assert r.documents[0].addressees == ("某区民政局",)
    assert [(d.lead, d.support) for d in r.duties] == [(("某区民政局",), ("区发展改革委", "区交通运输局"))]

@pytest.mark.parametrize("salutation", ["南区街道办事处", "新下陆街道办事处", "某镇农业服务站", "机关各科室、各社区"])
def test_a_street_office_a_station_or_a_community_addressed(salutation):
    # a salutation that ends with a street office's, a station's or a community's name opens the body (FX01, N11, FD06)
    r = extract_text(f"某市人民政府关于某事的批复\n\n{salutation}:\n你单位请示收悉。现批复如下:\n二、你单位要加强对实施的指导。\n"
                     "某市人民政府\n2024年6月3日\n")
    assert "、".join(r.documents[0].addressees) == salutation
    assert [d.lead for d in r.duties] == [tuple(salutation.split("、"))]


def test_a_plans_member_list_on_a_later_page_of_one_line():
    # a paged mirror's second page, marked as going on, its member list run into one line (FY05): a document, each member's duty
    r = extract_text("|\n[接上页] (10)省民政厅:核实全省干旱灾害的损失,组织安排救灾工作。 (11)省住房和城乡建设厅:负责指导各城市供水管理部门"
                     "加强供水管网建设。 (12)省交通运输厅:协调组织运力优先安排抗旱物资的运输。\n")
    assert [d.lead for d in r.duties] == [("省民政厅",), ("省住房和城乡建设厅",), ("省交通运输厅",)]


def test_a_notices_second_page_under_its_annex_list_is_a_document():
    # a page that starts at an item and ends with the list of annexes and the date (FZ05): its duties are read
    r = extract_text("(四)各县市(区)政府(管委会)、地直各部门要按照本次清理工作的原则,做好规范性文件清理工作。\n"
                     "各地、各部门应高度重视,认真组织力量,抓紧清理工作。\n附件:1.规范性文件清理工作领导小组名单\n2.规范性文件清理工作方案\n"
                     "2010年9月13日\n")
    assert [d.lead for d in r.duties] == [("各县市(区)政府(管委会)", "地直各部门"), ("各地", "各部门")]


@pytest.mark.parametrize("title", ["辽宁省财政厅继续执行的规范性文件目录", "辽宁省财政厅废止和失效文件目录", "县政府拟修改的规范性文件目录"])
def test_a_clean_ups_own_lists_are_no_works_cited(title):
    # the lists a clean-up made, named by a reading of it, are its results, not works it rests on (FZ10, EB06)
    r = extract_text(f"某厅关于规范性文件清理工作的解读\n此次清理工作现已完成,并制作了《{title}》。根据《某省规范性文件管理办法》开展。\n")
    assert [c.cited_title for c in r.law_citations] == ["某省规范性文件管理办法"]


@pytest.mark.parametrize("text", [
    # (review) a news story's list of annexes, a fair's list of stands one of them a bureau's: no document, no duty
    "学院举办2023年春季运动会\n4月20日,我院2023年春季运动会在田径场隆重开幕。\n附件:1.运动会秩序册\n2.获奖名单\n",
    "春季招聘会参会企业岗位信息\n(1)某某科技有限公司:招聘软件工程师5名。\n(2)某某贸易有限公司:招聘销售代表10名。\n(3)某某区人社局:提供政策咨询。\n",
])
def test_what_marks_a_page_a_document_does_not_reach(text):
    r = extract_text(text)
    assert (r.documents, r.duties) == ((), ())


@pytest.mark.parametrize("sentence, cited", [
    ("各地各部门要严格按照《某省保留的证明事项清单》执行,清单之外不得索要证明。", ["某省保留的证明事项清单"]),  # a list followed
    ("此次清理工作现已完成,并制作了《某厅继续执行的规范性文件目录》。", []),  # a list made
    ("继续有效的规范性文件共120件(详见附件2《某市人民政府继续有效的规范性文件目录》)。", []),  # its annex (a second review)
])
def test_a_list_a_text_follows_is_cited_one_it_made_is_not(sentence, cited):
    r = extract_text(f"某市人民政府关于某事的通知\n某政发〔2023〕5号\n各区县人民政府:\n{sentence}\n")
    assert [c.cited_title for c in r.law_citations] == cited


def test_a_crawlers_record_of_a_page_run_into_one_line():
    # a crawler's fields (栏目, 本地目录), then the page on one line: its share buttons, its number before its heading, its
    # salutation, its task labels in a row (GD02, GD07)
    text = ("标题: 关于开展专项整治工作的通知\n发布时间: 2015-09-21 11:27\n文号: \n栏目: 区管委会办公室文件\n"
            "本地目录: zwgk/201511/2523_关于开展专项整治工作的通知\n==================== 正文 ====================\n"
            "当前位置： 首页政务公开 关于开展专项整治工作的通知 时间：2015-09-21 11:27 微信 微博 QQ空间 某综管办〔2015〕180号"
            "某区管委会办公室关于开展专项整治工作的通知区直各部门、各乡镇人民政府：根据有关要求,现就有关事项通知如下：一、工作任务"
            " （一）物流贸易 链 长：张某 牵头单位：区经发局 配合单位：区交建局,区财金局 （二）数字经济 链 长：李某 牵头单位：区审批局 "
            "配合单位：区经发局\n")
    r = extract_text(text)
    assert [(d.doc_number, d.title) for d in r.documents] == [("某综管办〔2015〕180号", "关于开展专项整治工作的通知")]
    assert [(d.lead, d.support) for d in r.duties] == [(("区经发局",), ("区交建局", "区财金局")), (("区审批局",), ("区经发局",))]


def test_a_crawled_page_run_into_one_line_its_number_first_and_its_signature_before_a_contact_note():
    # the number after the site's chrome, then the heading and the salutation; the signer and date after the annex's line,
    # a contact note after them (GN07, GN08; GD01, GD07 of the set)
    text = ("标题: 某局关于印发某专项行动实施方案的通知\n发布时间: 2016-04-20 11:56\n文号: \n栏目: 部门文件\n"
            "==================== 正文 ====================\n当前位置： 首页政务公开最新文件部门文件 某局关于印发某专项行动实施方案的通知"
            " 时间：2016-04-20 11:56 微信 微博 QQ空间 岚农发〔2016〕101号 平潭综合实验区农村发展局关于印发某专项行动实施方案的通知"
            " 区海洋与渔业执法支队及所属中队： 为保护海洋生态环境,我局制订了《某专项行动实施方案》,现印发给你们,请认真贯彻执行。"
            " 附件：《某专项行动实施方案》 平潭综合实验区农村发展局 2016年4月19日 （联系人：吴某,联系电话：23155917）"
            " 抄送：省海洋与渔业厅。\n")
    r = extract_text(text)
    d = r.documents[0]
    assert (d.doc_number, d.title, d.date) == ("岚农发〔2016〕101号", "平潭综合实验区农村发展局关于印发某专项行动实施方案的通知", "2016-04-19")
    assert clean(text).s.count("岚农发〔2016〕101号") == 1  # the edits in order: nothing printed twice (review)


@pytest.mark.parametrize("row", [
    "清理结果目录 序号 文号 文件名称 处理意见 1 某政发〔2016〕1号 某市人民政府关于加强管理的通知 废止 2 某政发〔2016〕2号 某市人民政府"
    "关于规范收费的通知 废止 备注:以上文件自公布之日起废止。",
    "1 某政发〔2016〕1号 某市人民政府关于加强管理的通知 废止 理由:已被新文件替代。",
])
def test_a_table_row_in_the_body_opens_no_document_at_its_number(row):
    # a number, a heading, then a column's colon, after the body's first sentence: no page's header (both reviews)
    docs = extract_text(f"某市人民政府关于公布清理结果的通知\n某政发〔2016〕9号\n各区县人民政府:\n现将清理结果公布如下。\n{row}\n").documents
    assert [d.doc_number for d in docs] == ["某政发〔2016〕9号"]


def test_a_crawled_pages_number_first_its_salutation_on_a_line_of_its_own():
    # (the second review: the salutation may stand on its line already)
    text = ("当前位置:首页 政务公开 时间:2016-04-20 11:56 微信 微博 QQ空间 岚农发〔2016〕101号 平潭综合实验区农村发展局关于印发某方案的通知\n"
            "区海洋与渔业执法支队及所属中队:\n为保护海洋生态环境,现印发给你们,请认真贯彻执行。\n")
    d = extract_text(text).documents[0]
    assert (d.doc_number, d.title, d.addressees) == (
        "岚农发〔2016〕101号", "平潭综合实验区农村发展局关于印发某方案的通知", ("区海洋与渔业执法支队及所属中队",))


def test_a_news_page_that_names_the_document_it_prints_after_如下():
    # 「…公布《X》,批文如下:」 then X's salutation: X is the document (FR10, FR04); a reading's own text after 如下 is none (EB01)
    page = ("全国假日办撤销 国务院旅游联席办接棒\n9月15日晚,中国政府网公布《国务院关于同意建立国务院旅游工作部际联席会议制度的批复》,"
            "批文如下:\n旅游局:\n你局关于建立国务院旅游工作部际联席会议机制的请示收悉。现批复如下:\n同意建立联席会议制度。\n"
            "国务院\n2014年9月9日\n")
    assert [d.title for d in extract_text(page).documents] == ["国务院关于同意建立国务院旅游工作部际联席会议制度的批复"]
    reading = ("政策解读\n近日,市政府印发《某市人民政府关于废止一批行政规范性文件的决定》,现将有关内容解读如下:\n"
               "一、清理的背景。为维护法制统一,市政府开展了清理。\n")
    assert [d.title for d in extract_text(reading).documents] != ["某市人民政府关于废止一批行政规范性文件的决定"]


def test_a_databases_part_label_over_the_heading():
    # 「正文」 alone over the heading it prints is no line of it (GE06)
    r = extract_text("文章属性\n•【制定机关】某省人民政府\n•【字号】某政函〔2018〕177号\n正文\n省人民政府关于某港总体规划修编有关问题的批复\n"
                     "某政函〔2018〕177号\n某市人民政府:\n你市请示收悉。现批复如下:\n")
    assert r.documents[0].title == "省人民政府关于某港总体规划修编有关问题的批复"


@pytest.mark.parametrize("label", ["歸檔時間", "归档日期", "采集时间", "收录时间"])
def test_a_mirrors_archive_time_is_no_date_of_the_document(label):
    # 「歸檔時間:2021年12月27日」 over a page a mirror kept, which prints no signature (GO07)
    text = (f"{label}:2021年12月27日\n穗府办规〔2021〕12号\n广州市人民政府办公厅关于促进科技金融与产业融合发展的实施意见\n"
            "各区人民政府,市政府各部门、各直属机构:\n为进一步促进科技、金融与产业融合发展,现提出以下实施意见:\n")
    d = extract_text(text).documents[0]
    assert (d.doc_number, d.date) == ("穗府办规〔2021〕12号", None)


def test_metadata_dates_in_iso_form():
    text = ("标　　题：广州市人民政府关于某事项的通知\n发文字号：穗府规〔2023〕5号\n成文日期：2023-08-15\n"
            "广州市人民政府关于某事项的通知\n各区人民政府:\n正文。\n")
    d = extract_text(text).documents[0]
    assert (d.doc_number, d.date, d.title) == ("穗府规〔2023〕5号", "2023-08-15", "广州市人民政府关于某事项的通知")


def test_an_order_cover_over_a_rule_printed_on_one_line_prints_that_rule():
    # the cover on its own line, then the promulgation note, the signature and the rule run into one line (AP02)
    text = ("中华人民共和国海关总署令第269号\n\n2024年7月29日 公布\n\n《某某证书制度管理规定》已于2024年7月23日经海关总署署务会议"
            "审议通过,现予公布,自2024年9月1日起施行。署长俞建华2024年7月29日某某证书制度管理规定第一条为了履行国际义务,制定本规定。"
            "第二条本规定由海关总署负责解释。\n")
    [d] = extract_text(text).documents
    assert (d.title, d.kind) == ("某某证书制度管理规定", "规定")


def test_an_order_cover_over_the_decision_it_promulgates_prints_that_decision():
    # the cover, its number, the promulgation note and its signature, then the decision's own heading and text:
    # the decision is the document (U10); a cover printed alone stays the document (I04, the 交通部令 ones)
    text = ("中华人民共和国海关总署令\n第235号\n《海关总署关于修改部分规章的决定》已于2017年11月20日经海关总署署务会议审议通过,"
            "现予公布,自2018年2月1日起施行。\n署长 于广洲\n2017年12月20日\n海关总署关于修改部分规章的决定\n"
            "海关总署决定对《中华人民共和国海关对进出境旅客行李物品监管办法》进行修改,具体内容如下:\n"
            "一、删去第十八条第一款。\n")
    [d] = extract_text(text).documents
    assert (d.title, d.kind, d.date, d.issues_attached, d.in_force.from_) == (
        "海关总署关于修改部分规章的决定", "决定", "2017-12-20", (), "2018-02-01")


def test_a_printed_day_is_spelled_once():
    """Every finder reads a day printed 「2024年3月1日」 with cues.DATE (or its parts named, cues.DATE_PARTS): no other
    module of the extractor spells one, so a change to what a day may be is made in one place."""
    import re
    from pathlib import Path

    from regkg.extract import cues

    day = re.compile(r"年\\d\{\{?1,2\}\}?月\\d\{\{?1,2\}\}?日")
    folder = Path(cues.__file__).parent
    assert sorted(p.name for p in folder.glob("*.py") if day.search(p.read_text("utf-8"))) == ["cues.py"]
    assert [m.group() for m in re.finditer(cues.DATE, "2024年3月1日起施行,1999年12月31日止;3024年1月1日")] == [
        "2024年3月1日", "1999年12月31日"]
    assert re.fullmatch(cues.DATE_PARTS, "2005年11月21日").group("y", "m", "d") == ("2005", "11", "21")


def test_an_inner_title_of_the_documents_own_attachment_is_no_citation():
    # the rule a notice issues, its title marking an inner one (〈〉 in the notice, 《》 on its own heading), cites nothing
    # by it (FL02, DC03, EY06, G05, DH06); the same work named in a sentence is cited
    text = ("某市人民政府关于印发2007年政府工作报告要求重点做好的工作事项的通知\n某府〔2007〕7号\n各区人民政府:\n"
            "现将《2007年〈政府工作报告〉要求重点做好的工作事项》印发给你们,请抓好落实工作。\n某市人民政府\n2007年2月1日\n"
            "2007年《政府工作报告》要求重点做好的工作事项\n一、抓好经济工作。(牵头单位:市发展改革委)\n")
    assert extract_text(text).law_citations == ()
    cited = text + "二、认真落实《政府工作报告》提出的各项任务。\n"
    assert [c.cited_title for c in extract_text(cited).law_citations] == ["政府工作报告"]


def test_a_statute_inside_the_title_of_the_rule_a_notice_issues_is_cited():
    # a rule carrying out a statute cites it, though the statute is marked inside the rule's own title (review)
    text = ("某市人民政府关于印发某市实施中华人民共和国水法办法的通知\n某府〔2020〕3号\n各区人民政府:\n"
            "现将《某市实施〈中华人民共和国水法〉办法》印发给你们,请认真贯彻执行。\n某市人民政府\n2020年3月1日\n"
            "某市实施《中华人民共和国水法》办法\n第一条 为了保护水资源,制定本办法。\n")
    assert [c.cited_title for c in extract_text(text).law_citations] == ["中华人民共和国水法"]
