"""Repeals in all the forms real documents print them, one row per phenomenon, through the whole extractor.

Each row's text is shaped like a real one (../shared/realdocs, tests/realdocs): the heading and the
sentence forms are what matters, not the names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from regkg.extract import extract_text

HEAD = "某省人民政府关于某事项的决定\n某政发〔2022〕9号\n各市人民政府:\n"

# (phenomenon, body, expected {(target_number, target_title)})
REPEALS = [
    (
        "同时废止 with title and number",
        "本通知自2021年8月1日起施行,《某省人民政府关于调整最低工资标准的通知》(某政发〔2017〕43号)同时废止。\n",
        {("某政发〔2017〕43号", "某省人民政府关于调整最低工资标准的通知")},
    ),
    (
        "clean-up list: counted heading, items in brackets by title, orders by number in brackets",
        "经过清理,现决定:\n一、废止9部省政府规章\n(一)《某省乡镇船舶和渡口安全管理办法》(1989年省政府令第4号,1998年省政府令第11号修正)。\n"
        "(二)《某省按比例安排残疾人就业规定》(1999年省政府令第2号)。\n二、修改3部省政府规章\n",
        {(None, "某省乡镇船舶和渡口安全管理办法"), (None, "某省按比例安排残疾人就业规定")},
    ),
    (
        # a legislature's annex of laws, its heading counted, its groups numbered, its titles bare and long, ending 法, 解释 or
        # 决定, each with its adoption in brackets; one printed with no number (DB03)
        "clean-up annex of laws: bare titles of laws, interpretations and decisions after a counted heading",
        "附件:\n失效的法律、法律解释、有关法律问题的决定目录\n(104件)\n一、已经被新法替代、覆盖或者吸收,不再适用的13件\n"
        "1.全国人民代表大会常务委员会关于处理违法的图书杂志的决定(1955年11月8日一届全国人大常委会第二十三次会议通过)\n"
        "2.中华人民共和国乡镇企业法(1996年10月29日八届全国人大常委会第二十二次会议通过)\n"
        "3.全国人民代表大会常务委员会关于《中华人民共和国民法通则》第九十九条第一款的解释(2014年11月1日十二届全国人大常委会第十一次会议通过)\n"
        "4.全国人民代表大会常务委员会关于授权国务院在北京市大兴区等232个试点县(市、区)、天津市蓟县等59个试点县(市、区)行政区域分别暂时"
        "调整实施有关法律规定的决定(2015年12月27日十二届全国人大常委会第十八次会议通过)\n"
        "(六)全国人民代表大会常务委员会作出的有关机构设置和职权的决定1件\n"
        "全国人民代表大会常务委员会关于海南省人民代表会议代行海南省人民代表大会职权的决定(1988年7月1日七届全国人大常委会第二次会议通过)\n",
        {(None, "全国人民代表大会常务委员会关于处理违法的图书杂志的决定"), (None, "中华人民共和国乡镇企业法"),
         (None, "全国人民代表大会常务委员会关于《中华人民共和国民法通则》第九十九条第一款的解释"),
         (None, "全国人民代表大会常务委员会关于授权国务院在北京市大兴区等232个试点县(市、区)、天津市蓟县等59个试点县(市、区)行政区域"
                "分别暂时调整实施有关法律规定的决定"),
         (None, "全国人民代表大会常务委员会关于海南省人民代表会议代行海南省人民代表大会职权的决定")},
    ),
    (
        # both titles of a decision's list are repealed, the decision published by the sentence after it (DD04); a certificate
        # that lapses is no document repealed (DF07)
        "a decision repealing two rules, the second's title opening with the first's in 〈〉",
        "住房城乡建设部决定废止《外商投资城市规划服务企业管理规定》(建设部、对外贸易经济合作部令第116号)、《〈外商投资城市规划服务企业"
        "管理规定〉的补充规定》(建设部、商务部令第123号)。现予发布,自发布之日起施行。\n逾期提出申请的,原《人民防空防护设备生产资质证书》"
        "到期自动失效。\n",
        {(None, "外商投资城市规划服务企业管理规定"), (None, "〈外商投资城市规划服务企业管理规定〉的补充规定")},
    ),
    (
        "clean-up annex: bare titles as 一、 items, order numbers are no 发文字号",
        "省人民政府决定废止的省政府规章\n一、某省耕地占用税实施办法\n(1987年10月27日省人民政府发布根据2011年10月20日某省人民政府令〔2011〕第10号修正)\n"
        "二、某省盐业管理实施办法\n(1992年8月24日某省人民政府令第75号公布)\n",
        {(None, "某省耕地占用税实施办法"), (None, "某省盐业管理实施办法")},
    ),
    (
        # (the line-breaking of 「:一、…二、…」 lists in clean stops at items this long and at the lost 二)
        "a list head's items run on in its own sentence, long histories, an item's mark lost (a database's one line, BB02)",
        "某市人大常委会决定,废止下列地方性法规:一、《某市盐业管理条例》1997年10月22日某市第十二届人民代表大会常务委员会第三十六次"
        "会议通过根据2000年9月14日某市第十三届人民代表大会常务委员会第十九次会议《关于修改〈某市盐业管理条例〉的决定》第一次修正"
        "根据2005年2月24日某市第十四届人民代表大会常务委员会第十八次会议《关于修改部分地方性法规的决定》第二次修正"
        "HYPERLINKsystem030009329某市市场监督管理若干规定》(2017年9月27日通过)三、《某开发区土地管理规定》(1985年7月20日通过)"
        " 本决定自公布之日起施行。\n",
        {(None, "某市盐业管理条例"), (None, "某开发区土地管理规定")},
    ),
    (
        "决定对以下N件…予以废止: with section items",
        "为维护法治统一,市政府决定对以下2件市政府规章予以废止:\n一、《某市城市市容管理办法》(2017年12月5日市人民政府令第3号公布)\n"
        "二、《某市生活垃圾分类管理办法》(2019年市人民政府令第1号公布)\n",
        {(None, "某市城市市容管理办法"), (None, "某市生活垃圾分类管理办法")},
    ),
    (
        "a revision names the editions it integrates; numbers printed elsewhere are theirs",
        "环保部对《甲管理办法》《乙计划管理办法》进行修订和整合,制定了新的《甲管理办法》,现予发布。\n"
        "《乙计划管理办法》(环办〔2010〕86号)同时废止。\n",
        {(None, "甲管理办法"), ("环办〔2010〕86号", "乙计划管理办法")},
    ),
    (
        "a plan made on the revision of an earlier numbered one",
        "在对《某市冷链物流发展规划(2018-2025年)》(某商务流通〔2018〕1号)修订的基础上,制定形成本实施方案。\n",
        {("某商务流通〔2018〕1号", "某市冷链物流发展规划(2018-2025年)")},
    ),
    (
        "the citing clause of a basis is no repeal, nor is 废止 used as a verb with its object after it",
        "根据新修订的《中华人民共和国预算法》和《国务院办公厅关于清理工作的通知》(国办发〔2017〕40号)等要求,"
        "做好与国家废止、修改法律的衔接。\n",
        set(),
    ),
    (
        "a site's inserted note is chrome",
        "根据《某省省级预算审查监督条例》【已废止,最新为:《某省预算审查监督条例》】,制定本办法。\n",
        set(),
    ),
    (
        "废止 a dated issuance: the title's number after it (F15)",
        "建设项目环境监理试点工作已结束,经研究决定,废止2012年1月10日发布的《关于进一步推进建设项目环境监理试点工作的通知》(环办〔2012〕5号)。\n",
        {("环办〔2012〕5号", "关于进一步推进建设项目环境监理试点工作的通知")},
    ),
    (
        "the edition a notice issues, revised: the earlier one of that title is repealed (F07)",
        "《某市人民政府工作规则》已于2011年3月24日经市政府第74次常务会议修订通过,现予印发。\n",
        {(None, "某市人民政府工作规则")},
    ),
    (
        "a clean-up list a page ran into one line, a law's title inside a bare one (G02)",
        "经过清理,省政府决定:废止2件省政府规章。\n一、废止2件省政府规章 (一)江西省实施《退役士兵安置条例》办法(2016年12月8日"
        "江西省人民政府令第225号公布) (二)江西省长江河道采砂管理实施办法(2003年8月8日江西省人民政府令第121号公布) "
        "二、对7件省政府规章的部分条款予以修改\n",
        {(None, "江西省实施《退役士兵安置条例》办法"), (None, "江西省长江河道采砂管理实施办法")},
    ),
    (
        "the section of amendments after a repeal list ends it: its items are amended, not repealed (G01)",
        "一、废止2件省政府规章\n(一)江西省人事争议处理办法(2006年11月16日江西省人民政府令第153号公布)。\n"
        "(二)江西省粮食收购资格许可管理办法(2004年12月11日江西省人民政府令第136号公布)。\n"
        "二、对16件省政府规章的部分条款予以修改\n(一)江西省行政执法监督实施办法。\n1.将第十二条第一款修改为:“规范性文件应当依法向社会公布。”\n",
        {(None, "江西省人事争议处理办法"), (None, "江西省粮食收购资格许可管理办法")},
    ),
    (
        "a reason clause between the target and a cue opening its own clause: the laws it conflicts with are no targets (O12)",
        "经对文件清理,原省质量技术监督局于2015年9月29日印发的《吉林省联盟标准管理办法》(吉质监标函〔2015〕292号),"
        "其内容与现行《中华人民共和国标准化法》和《团体标准管理办法》相抵触,予以废止。\n",
        {("吉质监标函〔2015〕292号", "吉林省联盟标准管理办法")},
    ),
    (
        "…,因上位法已修改,决定予以废止",
        "《某市农药管理办法》(某政发〔2009〕12号),因上位法已修改,决定予以废止。\n",
        {("某政发〔2009〕12号", "某市农药管理办法")},
    ),
    (
        "a reason clause without a cue of its own clause repeals nothing: 「…,其内容与…相抵触的,以…为准」",
        "《某市农药管理办法》(某政发〔2009〕12号),其内容与本办法不一致的,以本办法为准。\n",
        set(),
    ),
    (
        "a clean-up list item: the title, then in brackets the day its number issued it (Q01)",
        "附件1\n自治区人民政府决定废止的政府规章\n"
        "一、《某自治区森林防火实施办法》(1989年12月29日某政发〔1989〕141号发布,1997年12月25日某自治区人民政府令第16号第一次修正)\n",
        {("某政发〔1989〕141号", "某自治区森林防火实施办法")},
    ),
    (
        "a work plan to revise is no revision",
        "加强立法工作,修订《某市物业管理条例》,开展立法调研。\n",
        set(),
    ),
    (
        "an edition amended and issued again replaces the one it amends (X02)",
        "报经市政府同意,决定对《某市规划土地管理实施细则》(沪规土资风〔2018〕380号)作如下修改:\n"
        "将文中涉及“定向挂牌方式”的表述,统一修改为“定向挂牌、协议等方式”。\n现将修改后的文件重新印发,自印发之日起施行。\n",
        {("沪规土资风〔2018〕380号", "某市规划土地管理实施细则")},
    ),
    (
        "but amendments alone leave the rule in force",
        "决定对《某市规划土地管理实施细则》(沪规土资风〔2018〕380号)作如下修改:\n将第三条中的“三十日”修改为“二十日”。\n",
        set(),
    ),
    (
        "titles whose 《》 leave out the covering notice's 的通知, each numbered after it (AD06)",
        "本意见自发布之日起施行,原《某区关于加强建筑垃圾管理工作的意见(试行)》的通知(某建整办〔2024〕1号)、"
        "《某区关于加强消纳场所管理工作的通知》(某建整办〔2024〕3号)同时废止。\n",
        {("某建整办〔2024〕1号", "某区关于加强建筑垃圾管理工作的意见(试行)"),
         ("某建整办〔2024〕3号", "某区关于加强消纳场所管理工作的通知")},
    ),
    (
        "dated rules listed with commas before one cue (AC02)",
        "本办法自2019年5月1日起施行。原某总局2007年1月31日公布的《某检测检验机构管理规定》(原某总局令第12号),"
        "2009年7月1日公布的《某评价机构管理规定》(原某总局令第22号)同时废止。\n",
        {(None, "某检测检验机构管理规定"), (None, "某评价机构管理规定")},
    ),
    (
        "dated rules listed with commas before one cue, each maker named before its date (CP01)",
        "本办法自2025年3月1日起施行。某部2008年2月13日发布的《某员注册管理办法》(某部令2008年第2号),"
        "某运输部2013年12月24日发布的《关于修改〈某员注册管理办法〉的决定》(某运输部令2013年第20号)同时废止。\n",
        {(None, "某员注册管理办法"), (None, "关于修改〈某员注册管理办法〉的决定")},
    ),
    (
        "a revision under way or to come replaces nothing yet (Y03)",
        "你省的工作已纳入《三峡库区及其上游水污染防治规划》(以下简称《规划》)。目前,环保总局正在对《规划》进行修订。"
        "我部将对《某省水污染防治办法》进行修订。\n",
        set(),
    ),
    (
        "an issued rule tagged as a revised edition replaces the edition before it (AN11)",
        "经研究,制定《某镇突发公共事件总体应急预案(修订)》,现印发给你们,请认真贯彻执行。\n附件:某镇突发公共事件总体应急预案(修订)\n",
        {(None, "某镇突发公共事件总体应急预案")},
    ),
    (
        "the edition amended whole, then issued as amended (EW03)",
        "我局对《某国家湿地公园管理办法(试行)》进行了修改。现将修改后的《某国家湿地公园管理办法》(见附件)印发给你们,请遵照执行。\n",
        {(None, "某国家湿地公园管理办法(试行)")},
    ),
    (
        "an issued rule tagged as a revision's draft, (修订稿) (ES03)",
        "《某市涉外突发公共事件应急预案(修订稿)》已经市人民政府同意,现印发给你们,请认真贯彻实施。\n",
        {(None, "某市涉外突发公共事件应急预案")},
    ),
    (
        "the revision printed on the line below the attached rule's heading (AM02)",
        "现将《某市公文处理有关规定》印发给你们,请认真参照执行。\n2013年2月27日\n某市公文处理有关规定\n(2013年2月修订)\n"
        "一、公文形式\n",
        {(None, "某市公文处理有关规定")},
    ),
    (
        "a revised edition that names what it repeals repeals that alone (sample 002)",
        "现将《某市重污染天气应急预案(2024年修订)》印发给你们。《某市重污天气应急预案(2021修订)》同时废止。\n",
        {(None, "某市重污天气应急预案(2021修订)")},
    ),
    (
        "a clean-up list whose item's bracket holds a stop before it closes (AP07)",
        "一、对3部政府规章予以废止(附件1)。\n附件1\n某区人民政府决定废止的政府规章\n一、《某区散装水泥管理规定》(1996年10月25日某区人民政府令第6号发布)\n"
        "二、《某区国家赔偿费用管理办法》(1997年4月23日某区人民政府令第2号发布。)\n"
        "三、《某区事业单位登记管理办法》(1999年4月14日某区人民政府令第2号发布,2004年6月29日修订)\n",
        {(None, "某区散装水泥管理规定"), (None, "某区国家赔偿费用管理办法"), (None, "某区事业单位登记管理办法")},
    ),
    (
        "repealed and declared void at once, one title named before the annex's count (AR05)",
        "经部务会议审议通过,决定废止和宣布失效《改水防治地方性氟中毒暂行办法》等48件部门规章(见附件)。\n",
        {(None, "改水防治地方性氟中毒暂行办法")},
    ),
    (
        "a list after a colon run into one line, its closing clause run onto the last item (AS07)",
        "会议决定废止下列地方性法规:一、某市农业机械化促进条例二、某市再生资源回收利用管理条例三、某市重点污染物排放总量控制条例"
        "本决定自公布之日起施行。\n",
        {(None, "某市农业机械化促进条例"), (None, "某市再生资源回收利用管理条例"), (None, "某市重点污染物排放总量控制条例")},
    ),
    (
        "an annex's items printed with no number before them, under a heading naming their batch (AT07)",
        "经清理,决定将第二批48件委文件宣布失效。\n附件:宣布失效的第二批某委文件目录\n某委\n2016年11月4日\n宣布失效的第二批某委文件目录\n"
        "关于职工因工负伤致残抚恤问题的通知((79)卫政字第1587号)\n副霍乱防治方案(卫生部1981年5月27日发布)\n"
        "卫生部关于颁发《职业病诊断管理办法》的通知((84)卫防字第16号)\n",
        {(None, None), ("卫政字〔1979〕1587号", "关于职工因工负伤致残抚恤问题的通知"), (None, "副霍乱防治方案"),
         ("卫防字〔1984〕16号", "卫生部关于颁发《职业病诊断管理办法》的通知")},
    ),
    (
        "an annex's items printed in a row, a space after each number (AT06)",
        "经清理,决定将第一批20份委文件宣布失效。\n宣布失效的第一批某委文件目录\n\n"
        "某委关于深入开展创建幸福家庭活动的通知(国卫家庭发﹝2013﹞5号) 某委关于开展新农合制度建设活动的通知(国卫基层发﹝2013﹞15号) "
        "关于印发2014年国家食品安全风险监测计划的通知(国卫食品发﹝2013﹞38号) 关于做好某项工作的通知(国卫办发﹝2014﹞1号)\n",
        {(None, None), ("国卫家庭发〔2013〕5号", "某委关于深入开展创建幸福家庭活动的通知"),
         ("国卫办发〔2014〕1号", "关于做好某项工作的通知"),
         ("国卫基层发〔2013〕15号", "某委关于开展新农合制度建设活动的通知"),
         ("国卫食品发〔2013〕38号", "关于印发2014年国家食品安全风险监测计划的通知")},
    ),
    # what the review of the AS/AT rules found: a PDF's wrap after a number, two titles joined by 和 with spaces, numerals
    # inside an item, a heading that ends the list, a closing clause dated in brackets
    ("a sentence wrapped right after a number (review)", "经研究,原《某市安全生产管理办法》(某政发〔2015〕12号)\n同时废止。\n",
     {("某政发〔2015〕12号", "某市安全生产管理办法")}),
    ("two titles joined by 和, spaces after their numbers (review)",
     "《某市A办法》(某政发〔2015〕1号) 和《某市B办法》(某政发〔2016〕2号) 同时废止。\n",
     {("某政发〔2015〕1号", "某市A办法"), ("某政发〔2016〕2号", "某市B办法")}),
    ("an annex headed with no 的, its items bare titles with their numbers (CB02)",
     "经清理,现对《关于调整本市深井水费有关事项的复函》等文件予以废止(详见附件)。\n附件\n废止文件目录\n"
     "1.关于调整本市深井水费有关事项的复函(沪发改价管〔2024〕8号)\n2.关于水源热泵取水水资源费征收问题的复函(沪价管〔2014〕021号)\n",
     {("沪发改价管〔2024〕8号", "关于调整本市深井水费有关事项的复函"), ("沪价管〔2014〕21号", "关于水源热泵取水水资源费征收问题的复函")}),
    ("a clean-up table run into one line, its rules listed by order, its documents by number after their issuers (CA08)",
     "民航总局决定:一、废止2件民用航空规章,目录见本决定附件。附件一:某局决定废止的民用航空规章目录(2件)序号规章名称发布机关及日期理由"
     "1湿租外国民用航空器从事商业运输的暂行规定1993年1月22日民航总局令第30号发布大部分内容已被新规定取代。2某学院招收飞行学生实施办法"
     "1989年6月30日民航局、国家教委、公安部联合,民航局发【1989】191号已被新规定取代。\n",
     {(None, "湿租外国民用航空器从事商业运输的暂行规定"), ("民航局发〔1989〕191号", "某学院招收飞行学生实施办法")}),
    ("a run-in list whose items carry their history in brackets (BX08)",
     "会议决定,废止以下两部地方性法规:一、某市矿产资源开采管理条例(1997年10月24日某市第十届人民代表大会常务委员会第三十次会议通过,"
     "经1997年12月22日某省第八届人民代表大会常务委员会第三十一次会议批准,于1997年12月25日公布施行;根据2011年12月31日某市第十三届"
     "人民代表大会常务委员会第三十次会议关于修改部分法规的决定修正)二、某市粉煤灰综合利用管理条例(1996年6月26日某市第十届人民代表大会"
     "常务委员会第二十二次会议通过,于1996年9月16日公布、自1996年11月20日起施行)本决定自公布之日起施行。\n",
     {(None, "某市矿产资源开采管理条例"), (None, "某市粉煤灰综合利用管理条例")}),
    ("a list head run into its titles numbered in brackets, on one line (GH02)",
     "二、废止二件地方性法规(一)《某市非税收入管理条例》(二)《某市幼儿教育管理条例》本决定自公布之日起施行。\n",
     {(None, "某市非税收入管理条例"), (None, "某市幼儿教育管理条例")}),
    ("titles numbered in brackets inside a sentence, no list head before them (review)",
     "经市政府同意,决定对(一)《某市甲办法》(二)《某市乙办法》予以废止。\n", {(None, "某市甲办法"), (None, "某市乙办法")}),
    ("numerals inside a run-in item (review)",
     "决定废止下列规范性文件:一、关于做好二、三季度安全生产工作的通知二、某市城市绿化管理办法三、某市市容管理办法本决定自公布之日起施行。\n",
     {(None, "关于做好二、三季度安全生产工作的通知"), (None, "某市城市绿化管理办法"), (None, "某市市容管理办法")}),
    ("a heading with a colon ends the list (review)",
     "一、决定废止以下文件:\n1.关于A的通知(某政发〔2011〕1号)\n二、以下文件继续有效:\n某市人民政府关于加强C工作的通知(某政发〔2017〕3号)\n",
     {("某政发〔2011〕1号", "关于A的通知")}),  # (the item's bare title read since CB02)
    ("a closing clause dated in brackets is no item (review)",
     "决定废止下列文件:\n关于A的通知(某政发〔2011〕1号)\n关于B的通知(某政发〔2011〕2号)\n本决定自公布之日起施行(2016年1月1日发布)\n",
     {("某政发〔2011〕1号", "关于A的通知"), ("某政发〔2011〕2号", "关于B的通知")}),
    (
        "the revision tag after the book marks, handed over (review)",
        "现将《某县防汛应急预案》(2022年修订)印发给你们,请认真贯彻执行。\n",
        {(None, "某县防汛应急预案")},
    ),
    (
        "an earlier edition the text cites is no revision it issues (review)",
        "现将《某市城市管理办法》印发给你们。\n某市城市管理办法\n第二十条 本办法自2023年5月1日起施行。《某市城市管理办法》(2015年修订)"
        "执行中的问题由市城市管理局负责解释。\n",
        set(),
    ),
    (
        "a repeal of something else does not stand in for the revision (review)",
        "现将《某市政府采购管理办法(修订)》印发给你们。《某市人民政府关于调整市级行政许可事项的决定》(某政发〔2018〕3号)第五项同时废止。\n",
        {(None, "某市政府采购管理办法"), ("某政发〔2018〕3号", "某市人民政府关于调整市级行政许可事项的决定")},
    ),
    (
        "a revision to come is no repeal yet",
        "现予以公布《某市物业管理办法(修订)》(征求意见稿),公开征求社会各界意见。\n",
        set(),
    ),
    (
        # (a title read up to its first bracket lost the law's name: BI04)
        "a clean-up list item whose title holds a short bracket of its own",
        "第十一届全国人民代表大会常务委员会第九次会议决定,废止下列法律和有关法律问题的决定:\n"
        "七、全国人民代表大会常务委员会关于加强对法律实施情况检查监督的若干规定(1993年9月2日第八届全国人民代表大会常务委员会第三次会议通过)\n"
        "八、全国人民代表大会常务委员会关于严惩组织、运送他人偷越国(边)境犯罪的补充规定(1994年3月5日第八届全国人民代表大会常务委员会第六次会议通过)\n",
        {(None, "全国人民代表大会常务委员会关于加强对法律实施情况检查监督的若干规定"),
         (None, "全国人民代表大会常务委员会关于严惩组织、运送他人偷越国(边)境犯罪的补充规定")},
    ),
    (
        "a revision done names the edition it replaces",
        "我部对《某省水污染防治办法》进行了修订,现印发给你们。\n",
        {(None, "某省水污染防治办法")},
    ),
    (
        "two rules one notice issued under one number, each repealed by its title and that number (BU12)",
        "本办法自2021年8月15日起施行,原《某市运输单位招投标管理办法》(某绿容规〔2017〕6号)自本办法施行之日起废止。\n"
        "本规定自2021年8月15日起施行,原《某市运输许可证吊销程序规定》(某绿容规〔2017〕6号)自本规定施行之日起废止。\n",
        {("某绿容规〔2017〕6号", "某市运输单位招投标管理办法"), ("某绿容规〔2017〕6号", "某市运输许可证吊销程序规定")},
    ),
    (
        "an amending notice's 「作如下修订」 names the rule its items change, as 「作如下修改」 does (BV08)",
        "决定对《某市临时建设用地规划管理规定》(某规土资建规〔2015〕303号)作如下修订并重新发布,自2025年5月1日起施行。\n"
        "1.第十条第四款中,“环保”修改为“生态环境”。\n2.删除第十六条(施行日期)。\n特此通知。\n",
        {("某规土资建规〔2015〕303号", "某市临时建设用地规划管理规定")},
    ),
    (
        "listed titles each with its number, printed year first in brackets inside brackets (CJ07)",
        "某部决定废止《某某管理条例施行细则》((83)银发字第381号文印发)和《某某储蓄管理办法》(银发〔2000〕102号文印发)2件规章。\n",
        {("银发字〔1983〕381号", "某某管理条例施行细则"), ("银发〔2000〕102号", "某某储蓄管理办法")},
    ),
    (
        "作废 ends an earlier notice named by its number (CY08); certificates voided are no document repealed",
        "调整后的标准从2007年12月26日起执行。某府办函〔2008〕4号作废。\n原核发的各类通行证自本通告发布之日起作废。\n",
        {("某府办函〔2008〕4号", None)},
    ),
    (
        "a 解读's list: its head with an aside and 分别为, each item's number after a label and its reason under it (EB01)",
        "废止的市政府(含市府办公室)规范性文件有2件,分别为:\n1.《某市甲办法》(文号:某府办〔2004〕84号,发布日期:2004年11月8日)"
        "废止理由:一是该办法未写明有效期。且上位法已修改。\n2.《某市乙办法》(文号:某府〔2008〕148号,发布日期:2008年12月17日)\n",
        {("某府办〔2004〕84号", "某市甲办法"), ("某府〔2008〕148号", "某市乙办法")},
    ),
    (
        "a reason whose subject is the target, the cue's clause opening on 自即日起 (FM05)",
        "经镇政府行政办公会议审议决定,由于《关于某镇店招店牌管理的实施意见》(某府〔2009〕42号)文件有效期届满,自即日起停止执行。\n",
        {("某府〔2009〕42号", "关于某镇店招店牌管理的实施意见")},
    ),
    (
        "a list head's titles with no marks run on after its colon, each with its history in brackets (FG09)",
        "某州人民代表大会决定废止以下两部单行条例:《某州施行〈中华人民共和国婚姻法〉补充规定》(1987年1月17日某州人民代表大会"
        "常务委员会通过2005年7月29日某区人民代表大会常务委员会批准)。《某州制定单行条例程序规定》(2004年3月29日某州人民代表大会"
        "通过)。本决定自公布之日起施行。\n",
        {(None, "某州施行〈中华人民共和国婚姻法〉补充规定"), (None, "某州制定单行条例程序规定")},
    ),
    (
        "unmarked titles after a list head, one a sentence, the second with its number (FG09)",
        "决定废止下列文件:\n《关于甲的通知》。\n《关于乙的通知》(某政发〔2011〕2号)。\n",
        {(None, "关于甲的通知"), ("某政发〔2011〕2号", "关于乙的通知")},
    ),
    (
        "废除 as 废止, part of a notice's articles, its number broken (GO02)",
        "《某市公安局交通管理支队关于对部份车辆市区通行管理的通告》(年41号)中的第四条、第五条有关限行规定自本通告发布之日起废除。\n",
        {(None, "某市公安局交通管理支队关于对部份车辆市区通行管理的通告")},
    ),
    (
        "a repeal another body made before, reported as the reason for this one, is not this one's (GO11)",
        "《关于进一步做好简易升降机安全监管工作的通知》(浙质特发〔2008〕241号)是根据《关于起重机械专项治理工作有关问题的通知》"
        "(国质检特函〔2007〕901号)制定的转发文件。由于国质检特函〔2007〕901号文件已在2011年5月由国家质检总局公告废止,"
        "该文件事实上已失效。现决定废止《关于进一步做好简易升降机安全监管工作的通知》(浙质特发〔2008〕241号)。\n",
        {("浙质特发〔2008〕241号", "关于进一步做好简易升降机安全监管工作的通知")},
    ),
    (
        "废除 as a policy verb, not ending its clause nor before a title, repeals nothing (review)",
        "为贯彻落实《国务院关于在市场体系建设中建立公平竞争审查制度的意见》(国发〔2016〕34号)关于清理废除妨碍统一市场和公平竞争的"
        "各种规定和做法的要求,现通知如下。\n",
        set(),
    ),
    (
        "a repeal another made, reported with 已被, is not this one's; the cue after it still is (review)",
        "由于国质检特函〔2007〕901号文件已被国家质检总局公告废止,现决定废止《关于进一步做好简易升降机安全监管工作的通知》"
        "(浙质特发〔2008〕241号)。\n",
        {("浙质特发〔2008〕241号", "关于进一步做好简易升降机安全监管工作的通知")},
    ),
    (
        "what a body was asked to repeal is (已经…同意由), and a clean-up's 已被…替代的 documents are its own (review, J10)",
        "《某市甲办法》(某政发〔2010〕5号)已经市政府同意由市司法局予以废止。\n",
        {("某政发〔2010〕5号", "某市甲办法")},
    ),
    (
        "被 alone is the document's own reading of its clean-up (second review)",
        "经清理,《某市甲办法》(某政发〔2010〕5号)被确定为废止。\n",
        {("某政发〔2010〕5号", "某市甲办法")},
    ),
    (
        # a revision of a rule of its own, after the higher bodies' rules it rests on: none of those is its earlier edition,
        # however alike their titles (HT02)
        "the bases a revision is made by are no earlier editions",
        "现将《某县财政专项扶贫资金管理办法》印发给你们,请认真贯彻执行。\n第一条 为规范资金管理,根据《某省财政专项扶贫资金管理办法》"
        "(某政办发〔2017〕42号)、《某省财政专项扶贫资金管理细则》(某财农〔2018〕192号)、《某市财政专项扶贫资金管理办法》"
        "(某府办〔2017〕84号)等有关规定,修订本办法。\n",
        set(),
    ),
    (
        "and 依照 names them as 根据 does (cues.BASIS_WORDS)",
        "现将《某县财政专项扶贫资金管理办法》印发给你们,请认真贯彻执行。\n第一条 为规范资金管理,依照《某省财政专项扶贫资金管理办法》"
        "(某政办发〔2017〕42号)、《某市财政专项扶贫资金管理办法》(某府办〔2017〕84号)等有关规定,修订本办法。\n",
        set(),
    ),
    (
        # the rules a list names may speak of others repealed before: 「…引用已纳入刑法并被废止的…决定的规定修改为…」 (HS03)
        "a list head's 废止的 describes what the listed rules cite, it repeals nothing",
        "二、将下列法律中引用已纳入刑法并被废止的关于惩治犯罪的决定的规定修改为“依照刑法有关规定”\n"
        "43.《中华人民共和国野生动物保护法》第三十一条\n44.《中华人民共和国铁路法》第六十九条\n",
        set(),
    ),
    (
        # a counted list's head closing the sentence that gives the reason, its items bare titles with their orders (IW01)
        "决定废止N部规章。 at a sentence's end over bare titles",
        "为推动健全科技政策法规体系,科技部全面清理现行有效规章,决定废止2部规章。\n"
        "1. 基因工程安全管理办法(1993年12月24日国家科学技术委员会令第17号公布)\n"
        "2. 国家科技计划管理暂行规定(2001年1月20日科学技术部令第4号公布)\n本决定自公布之日起施行。\n",
        {(None, "基因工程安全管理办法"), (None, "国家科技计划管理暂行规定")},
    ),
    (
        # a report that another's decision amended some of a rule's articles: the rule stays, amended (IK03)
        "修订了《X》的部分条款 repeals nothing",
        "2016年《国务院关于修改部分行政法规的决定》(国务院令第666号)修订了《粮食流通管理条例》的部分条款,增加了粮食行政管理部门的行政职权。\n",
        set(),
    ),
    (
        "a kind alone in 《》 is the repealing decision by its short name, no target (EB02)",
        "《决定》公布了以市政府或市政府办公室名义发布的废止、失效和需要修改的文件目录,并就清理结果的运用提出了具体要求。\n",
        set(),
    ),
]

@pytest.mark.parametrize("phenomenon,body,expected", REPEALS, ids=[r[0] for r in REPEALS])
def test_repeal_forms(phenomenon, body, expected):
    r = extract_text(HEAD + body)
    assert {(x.target_number, x.target_title) for x in r.repeals} == expected


def test_a_clean_up_lists_each_rule_of_one_notice_by_its_title():
    # a 目录's rows: four rules one notice issued under 卫监发〔1998〕第19号, each declared invalid (AT07)
    r = extract_text("某委关于宣布失效第二批委文件的决定\n某委发〔2016〕9号\n各司局:\n经清理,决定宣布失效一批文件(见附件)。\n"
                     "某委\n2016年1月2日\n附件\n宣布失效的第二批某委文件目录\n甲设备及防护材料安全性评价规定(卫监发〔1998〕第19号)\n"
                     "乙处理剂卫生安全评价规定(卫监发〔1998〕第19号)\n丙部关于加快某项目建设的通知(卫办发〔2001〕133号)\n")
    assert [(x.target_number, x.target_title) for x in r.repeals] == [
        ("卫监发〔1998〕19号", "甲设备及防护材料安全性评价规定"), ("卫监发〔1998〕19号", "乙处理剂卫生安全评价规定"),
        ("卫办发〔2001〕133号", "丙部关于加快某项目建设的通知")]


# a clean-up result whose page lost every line break (JC01): the items run on after their numbers' brackets, the first
# after its section's count, the section that heads them after the colon before it; the next section keeps its rules to
# amend them, and the sentence after the last item names the repealed ones again
RUN_ON = ("某区管委会关于公布规范性文件清理结果的通知\n某综管〔2018〕112号\n各乡镇人民政府:现将清理结果公布如下:一、废止规范性文件共2份"
          "1.《某区管委会关于印发〈某区甲办法〉的通知》(某综管〔2011〕52号)2.《某区管委会关于乙的若干意见》(某综管〔2014〕105号)"
          "二、适时修改规范性文件共2份1.《某区管委会关于丙的通知》(某综管〔2015〕46号)责任单位:区财政局2.《某区丁办法》(某综管〔2016〕83号)"
          "责任单位:区审批局对于废止的规范性文件,自本通知印发之日起一律停止执行。\n某区管委会\n2018年8月27日\n")


def test_a_clean_up_list_run_on_in_one_line_repeals_its_own_sections_items_only():
    assert [(x.target_number, x.target_title) for x in extract_text(RUN_ON).repeals] == [
        ("某综管〔2011〕52号", "某区管委会关于印发〈某区甲办法〉的通知"), ("某综管〔2014〕105号", "某区管委会关于乙的若干意见")]
    # an item whose history names an amendment is no section of rules kept to be amended (BX08)
    r = extract_text((Path(__file__).parent / "realdocs" / "texts" / "BX08.txt").read_text("utf-8"))
    assert [x.target_title for x in r.repeals] == ["唐山市矿产资源开采管理条例", "唐山市粉煤灰综合利用管理条例"]


def test_a_forwarded_revision_is_its_makers():
    # 「关于转发《某省…预案(2021年修订)》的通知」: the forwarding notice repeals nothing (review)
    r = extract_text("某市人民政府办公室关于转发《某省突发事件总体应急预案(2021年修订)》的通知\n某政办发〔2021〕12号\n各县人民政府:\n"
                     "现将《某省突发事件总体应急预案(2021年修订)》转发给你们,请结合实际认真贯彻执行。\n某市人民政府办公室\n2021年6月3日\n")
    assert r.repeals == ()


def test_a_rule_replaces_the_earlier_edition_of_its_own_title_dated_as_made_before():
    # AB01, AB02: the title is the rule's own; the date and 公布的 before it make it the earlier edition
    rule = ("快递市场管理办法\n第一条 为了加强快递市场管理,制定本办法。\n"
            "第五十七条 本办法自2024年3月1日起施行。交通运输部于2013年1月11日以交通运输部令2013年第1号公布的《快递市场管理办法》同时废止。\n")
    r = extract_text(rule)
    assert [(x.target_number, x.target_title) for x in r.repeals] == [(None, "快递市场管理办法")]
    assert [x.cited_title for x in r.law_citations] == ["快递市场管理办法"]  # a repeal by title cites its target
    undated = "快递市场管理办法\n第一条 为了加强快递市场管理,制定本办法。\n第二条 违反《快递市场管理办法》的,不再执行。\n"
    assert not extract_text(undated).repeals
    # dated by when it took effect (BZ09)
    rule = ("银川市建筑垃圾管理条例\n第一条 为了加强建筑垃圾管理,制定本条例。\n"
            "第三十七条 本条例自2018年10月1日起施行。2013年10月1日施行的《银川市建筑垃圾管理条例》同时废止。\n")
    assert [(x.target_number, x.target_title) for x in extract_text(rule).repeals] == [(None, "银川市建筑垃圾管理条例")]


@pytest.mark.parametrize("opening", ["为维护法治统一,市政府决定对以下2件市政府规章予以废止:", "经研究,决定废止下列规章:"])
def test_a_list_head_under_a_heading_with_no_salutation_opens_the_body(opening):
    # a short line with a clause before its colon is a sentence, not a line of the head, nor a salutation
    r = extract_text(f"某市人民政府关于废止两件规章的决定\n\n{opening}\n一、《某市甲办法》(2017年12月5日市人民政府令第3号公布)\n"
                     "二、《某市乙规定》(2019年市人民政府令第1号公布)\n")
    assert [(x.target_number, x.target_title) for x in r.repeals] == [(None, "某市甲办法"), (None, "某市乙规定")]
    assert r.documents[0].addressees == ()


@pytest.mark.parametrize("sentence, repealed", [
    # 原 marks the rule's own title as its former edition (FH02), with its order's number in brackets or without
    ("原《某高等学校学生管理规定》(教育部令第21号)同时废止。", True),
    ("原《某高等学校学生管理规定》同时废止。", True),
    ("与《某高等学校学生管理规定》不一致的,不再执行。", False),  # the rule itself: no former edition named
])
def test_a_rule_replaces_its_former_edition_marked_by_yuan(sentence, repealed):
    rule = ("某高等学校学生管理规定\n第一条 为规范学生管理,制定本规定。\n"
            f"第六十八条 本规定自2017年9月1日起施行。{sentence}\n")
    r = extract_text(rule)
    assert [(x.target_number, x.target_title) for x in r.repeals] == ([(None, "某高等学校学生管理规定")] if repealed else [])


def test_a_repealed_work_named_with_marks_inside_is_cited_once():
    # the target as printed (「«…«X»…»」) and the work cited as cleaned are one title (review)
    r = extract_text("某市人民政府关于废止部分规章的决定\n市政府决定废止«某市人民政府关于修改«某市甲办法»等148件规章的决定»。\n")
    assert len(r.law_citations) == 1


def test_a_document_never_repeals_itself():
    r = extract_text("某市人民政府关于某办法的通知\n某府发〔2020〕1号\n各区:\n《某市人民政府关于某办法的通知》(某府发〔2020〕1号)自发布之日起施行,"
                     "原《某办法》(某府发〔2015〕2号)同时废止。\n")
    assert [x.target_number for x in r.repeals] == ["某府发〔2015〕2号"]
    assert [c.cited_number for c in r.citations] == ["某府发〔2015〕2号"]


@pytest.mark.parametrize("note,by", [
    ("*注:本篇法规已被《某市人民政府关于废止部分政府规章的决定》(发布日期:2002年4月13日)废止(原因:与实际不符)", "某市人民政府关于废止部分政府规章的决定"),
    ("历史沿革:本文件已被某税〔2009〕17号文件宣布失效", "某税〔2009〕17号"),
    # a bare title after a colon, the dates in brackets (F10)
    ("*注:本篇法规已被:某自治区人民代表大会常务委员会人事任免办法(发布日期:1999年7月30日,实施日期:1999年7月30日)废止",
     "某自治区人民代表大会常务委员会人事任免办法"),
    # a law database's status line (F16)
    ("根据1997年9月8日财政部发布的关于公布废止和失效的财政规章目录(第六批)的通知失效",
     "关于公布废止和失效的财政规章目录(第六批)的通知"),
    # a tax database's note, the later document's number in a bracket it never closes (CM02)
    ("税谱®提示:根据《 某省财政厅关于印发某办法的通知》 ( 某财社〔2019〕38号 规定, 全文废止。", "某财社〔2019〕38号"),
    # a law database's field naming the document it lapsed by (CM07)
    ("【时效性】失效\n【失效依据】某市人民政府办公厅关于废止和宣布失效部分市政府行政规范性文件的通知",
     "某市人民政府办公厅关于废止和宣布失效部分市政府行政规范性文件的通知"),
    # a note that sends the reader to it, in traditional script kept as printed (DG08)
    ("注釋:全文廢止。參見:《財政部關于公布廢止和失效的財政規章和規范性文件目錄(第十二批)的決定》(中華人民共和國財政部令第83號)",
     "財政部關于公布廢止和失效的財政規章和規范性文件目錄(第十二批)的決定"),
    # a box giving it as the grounds, when it was issued, its number after it (LK04)
    ("全文废止,废止依据:2020年3月28日发布的《某部关于做好某项服务工作的意见》(某部发〔2020〕22号)", "某部发〔2020〕22号"),
])
def test_a_history_box_is_a_repeal_by_the_later_document(note, by):
    text = note + "\n某市外地驻某办事机构管理暂行办法\n第一条 为加强管理,制定本办法。\n"
    r = extract_text(text)
    assert r.documents[0].title == "某市外地驻某办事机构管理暂行办法"
    assert [(x.by, x.target_title) for x in r.repeals] == [(by, "某市外地驻某办事机构管理暂行办法")]


def test_a_deletion_after_another_change_of_an_item_is_a_partial_repeal():
    # 「六、将第三章并入第二章,删去第二十四条。」 in an amending decision (GE12)
    r = extract_text("全国人民代表大会常务委员会关于修改《中华人民共和国某法》的决定\n(2024年6月28日第十四届全国人民代表大会常务委员会第十次会议通过)\n"
                     "第十四届全国人民代表大会常务委员会第十次会议决定对《中华人民共和国某法》作如下修改:\n"
                     "一、将第三条修改为:“国家实行统一的制度。”\n二、将第三章并入第二章,删去第二十四条。\n本决定自2024年7月1日起施行。\n")
    assert [(x.target_title, x.partial) for x in r.repeals] == [("中华人民共和国某法", True)]


def test_a_congress_decision_repealing_and_amending_several_regulations():
    # a list of regulations repealed, bare titles under 「废止3件地方性法规」 (GH04); one repealed with its passing and amendments
    # before its title (GH06); each rule's section headed 「对《X》作出修改」 with no numeral, the quote closing the item before run
    # in (GH10)
    text = ("某市人民代表大会常务委员会关于废止和修改部分地方性法规的决定\n(2024年6月28日某市第十六届人民代表大会常务委员会第二十一次会议通过)\n"
            "某市第十六届人民代表大会常务委员会第二十一次会议决定:\n一、废止3件地方性法规\n(一)某市市级预算审查监督条例\n(二)某市蔬菜质量安全管理办法\n"
            "二、废止1997年10月21日某市第十届人民代表大会常务委员会第三十九次会议通过、2010年9月17日某市第十三届人民代表大会常务委员会第二十一次"
            "会议第一次修正的《某市酒类商品产销管理条例》。\n三、修改下列地方性法规\n对《某市节约用水条例》作出修改\n(一)将第六条修改为:“市水务部门负责节约用水工作。”\n"
            "对《某市海岸带保护条例》作出修改\n(一)删去第七条第二款。\n本决定自公布之日起施行。\n")
    r = extract_text(text)
    assert [(x.target_title, x.partial) for x in r.repeals] == [
        ("某市市级预算审查监督条例", False), ("某市蔬菜质量安全管理办法", False), ("某市酒类商品产销管理条例", False),
        ("某市海岸带保护条例", True)]


def test_an_amending_decision_deletes_articles_as_partial_repeals():
    text = ("某市人民政府关于修改《某市机动车市场管理暂行规定》等2项规章部分条款的决定\n"
            "某市人民政府决定对《某市机动车市场管理暂行规定》等2项规章的部分条款作如下修改:\n"
            "一、某市机动车市场管理暂行规定(1990年5月28日某市人民政府第9号令发布)\n1.删去第八条。\n2.删去第十三条第(二)项。\n"
            "二、某市劳动就业服务企业管理实施办法(1993年8月25日某市人民政府第11号令发布)\n1.删去第五条。\n")
    r = extract_text(text)
    assert [(x.target_title, x.evidence, x.cue, x.partial) for x in r.repeals] == [
        ("某市机动车市场管理暂行规定", "1.删去第八条。", "删去", True),
        ("某市劳动就业服务企业管理实施办法", "1.删去第五条。", "删去", True),
    ]
    assert r.repeals[0].to_dict()["partial"] is True


# (phenomenon, text, expected (target title, evidence, partial)): which rule an amending decision's deletion changes
AMENDING = [
    (
        # words deleted, then another change after a comma: no whole article goes (second review)
        "a deletion of words, then a rewording after a comma",
        "某省人民代表大会常务委员会关于修改部分地方性法规的决定\n(一)将《某省甲条例》第二条修改为:“本条例适用于本省。”\n"
        "删去第三条中的“甲”,将第五条中的“乙”、第六条修改为:“丙。”\n",
        [],
    ),
    (
        # words deleted inside articles, then whole articles in the same list: the whole ones repeal in part (GP06)
        "a deletion list of words inside articles and whole articles",
        "某省人民代表大会常务委员会关于废止和修改部分地方性法规的决定\n二、修改下列地方性法规\n"
        "(二)将《某省建设工程招标投标管理条例》第二十条改为第十九条,并将第三款修改为:“自中标通知书发出之日起订立合同。”\n"
        "删去第六条第三项、第十八条第二款中的“最后公布标底”、第十二条、第二十二条。\n",
        [("某省建设工程招标投标管理条例", "删去第六条第三项、第十八条第二款中的“最后公布标底”、第十二条、第二十二条。", True)],
    ),
    (
        # a notice clearing its rules deletes an article of one it names, no amending decision around it (EU01)
        "a deletion naming its rule in a notice",
        "某区财政局关于某事的通知\n某财〔2021〕726号\n各单位:\n一、按照要求做好清理工作。\n"
        "二、删除《某市财政局关于重新发布收费项目的通知》(某财综〔2016〕114号)文件中第八条“八、社会抚养费。”\n",
        [("某市财政局关于重新发布收费项目的通知",
          "二、删除《某市财政局关于重新发布收费项目的通知》(某财综〔2016〕114号)文件中第八条“八、社会抚养费。", True)],
    ),
    (
        # the rule's order number in brackets between its title and the article (DL06)
        "a deletion naming the rule and its order's number",
        "某部关于修改部分规章的决定\n经过清理,某部决定:对2部规章的部分条款予以修改。\n"
        "一、将《甲办法》(某部令2017年第3号)第十二条修改为:“申请人应当按规定提交材料。”\n"
        "二、删去《乙办法》(某部令2017年第4号)第九条第二款。\n本决定自公布之日起施行。\n",
        [("乙办法", "二、删去《乙办法》(某部令2017年第4号)第九条第二款。", True)],
    ),
    (
        # words deleted inside an article amend it, an article deleted whole repeals part of the rule (FG02; BS10, AW07)
        "words deleted inside an article are no partial repeal",
        "某市人大常委会关于修改《某市甲条例》等2部地方性法规的决定\n某市人大常委会决定:\n"
        "一、删除《某市甲条例》第二十一条中的“在松花湖沿岸第一层山脊以内和”。\n二、删除《某市乙条例》第九条第二款。\n"
        "三、删去《某市丙条例》第三条、第五条中的“和”字。\n",
        [("某市乙条例", "二、删除《某市乙条例》第九条第二款。", True)],
    ),
    (
        # the article named first, the verb after it: 「将第九条第一款删除」 (DD01)
        "a deletion naming the article before its verb",
        "某自治县人民代表大会关于修改和废止某自治县甲条例等3件单行条例的决定\n二、修改《某自治县乙条例》有关内容:\n"
        "1、将第五条修改为:“本条例适用于本县。”\n2、将第九条第一款删除。\n3、将第十五条、第十九条删除。\n",
        [("某自治县乙条例", "2、将第九条第一款删除。", True)],
    ),
    (
        # each section names the rule it changes, its one deletion on the line under it, joined to it (CO07)
        "each section changes another rule by deleting one article",
        "某市人民代表大会常务委员会关于修改《某市甲条例》等2件地方性法规的决定\n某市人民代表大会常务委员会决定:\n"
        "一、对《某市甲条例》作出修改\n删去第三十七条。\n二、对《某市乙条例》作出修改\n删去第七十七条。\n本决定自公布之日起施行。\n",
        [("某市甲条例", "一、对《某市甲条例》作出修改删去第三十七条。", True),
         ("某市乙条例", "二、对《某市乙条例》作出修改删去第七十七条。", True)],
    ),
    (
        # (「删去原第二十四条」: the article numbered before the change, BL01)
        "a deletion names the article by its old number",
        "唐山市人民代表大会常务委员会关于修改、废止部分地方性法规的决定\n一、对《唐山市某某条例》作出修改\n"
        "1.将第三条修改为:“本条例适用于本市。”\n2.删去原第二十四条。\n",
        [("唐山市某某条例", "2.删去原第二十四条。", True)],
    ),
    (
        # 「(一)删去《X》…」, and a deletion under 「(二)将《Y》…修改为“…。”」 whose closing quote opens its sentence
        "items in brackets name the rule they change (G13)",
        "长春市人民政府关于修改和废止部分政府规章的决定\n经过清理,市政府决定对2部政府规章予以修改。\n"
        "(一)删去《长春市城乡居民最低生活保障办法》第十四条第二款第八项。\n"
        "(二)将《长春市献血管理办法》第十四条第一款修改为“献血者本人用血的,到市中心血站办理报销手续。”\n"
        "删去第十四条第二款。\n",
        [("长春市城乡居民最低生活保障办法", "(一)删去《长春市城乡居民最低生活保障办法》第十四条第二款第八项。", True),
         ("长春市献血管理办法", "删去第十四条第二款。", True)],
    ),
    (
        "no 「作如下修改」: the title says it amends; sections name the rule they change first (F20)",
        "某市人民政府关于修改某市散装水泥管理办法等3部市政府规章的决定\n经过清理,市政府决定:\n"
        "一、删去《某市散装水泥管理办法》第十七条第二款。\n"
        "二、将《某市市区污水处理费征收管理办法》第三条修改为:“污水处理费由市城市供排水行政主管部门征收。”\n"
        "将第八条中的“水行政主管部门”修改为“城市供排水行政主管部门”。\n删去第十一条第二项。\n删去第十六条。\n",
        [("某市散装水泥管理办法", "一、删去《某市散装水泥管理办法》第十七条第二款。", True),
         ("某市市区污水处理费征收管理办法", "删去第十一条第二项。", True)],
    ),
    (
        "the title names the one rule; its sections delete articles and never name it again (I04)",
        "住房城乡建设部关于修改《某工程施工招标投标管理办法》的决定\n"
        "住房城乡建设部决定对《某工程施工招标投标管理办法》(建设部令第89号)作如下修改:\n"
        "一、将第二条第一款修改为:“依法必须进行招标的工程,其施工招标投标活动,适用本办法”。\n"
        "二、删去第三条。\n三、删去第十一条第二款中的“具有相应资格的”。\n",
        [("某工程施工招标投标管理办法", "二、删去第三条。", True)],
    ),
    (
        "the deletion in the amending sentence itself, after 作以下修改: (Q04)",
        "某市人民政府关于公布市政府规范性文件清理结果的通知\n四、修改的市政府规范性文件1件。\n"
        "对《某市行政应诉工作规定》(某政发〔2022〕16号)作以下修改:删除第十八条第二款。\n",
        [("某市行政应诉工作规定", "对《某市行政应诉工作规定》(某政发〔2022〕16号)作以下修改:删除第十八条第二款。", True)],
    ),
    (
        "「决定对《X》作如下修改:」, then sections naming no rule change X (AX03)",
        "江西省人民政府令\n第223号\n省人民政府第66次常务会议决定对《某省流动人口服务和管理办法》作如下修改:\n"
        "一、将第六条修改为:“公安机关负责流动人口的居住登记。”\n七、删除第十二条。\n",
        [("某省流动人口服务和管理办法", "七、删除第十二条。", True)],
    ),
    (
        "「决定对《X》作如下修改:」 after the basis's title: X is the title next to the verb",
        "某市人民政府令\n第12号\n根据《某省行政规范性文件管理办法》,市人民政府决定对《某市甲管理办法》作如下修改:\n"
        "一、删去第三条。\n",
        [("某市甲管理办法", "一、删去第三条。", True)],
    ),
    (
        "「决定对《X》(以下简称《办法》)作如下修改:」: X, not its short form (review)",
        "某市人民政府令\n第12号\n市政府决定对《某市城市房屋拆迁管理办法》(以下简称《办法》)作如下修改:\n一、删去第八条。\n",
        [("某市城市房屋拆迁管理办法", "一、删去第八条。", True)],
    ),
    (
        "「关于废止、修改…的决定」 amends too (review)",
        "某市人民代表大会常务委员会关于废止、修改部分地方性法规的决定\n某市人大常委会决定:\n一、对《某市名城保护条例》作出修改\n"
        "(一)将第三条修改为:“本条例所称名城,是指…。”\n(二)删除第五条。\n",
        [("某市名城保护条例", "(二)删除第五条。", True)],
    ),
    (
        "a title naming one rule and others (「关于修改《X》等地方性法规的决定」), sections 「一、对《X》作出修改」 (AW07)",
        "某市人民代表大会常务委员会关于修改《某市名城保护条例》等地方性法规的决定\n某市人大常委会决定:\n"
        "一、对《某市名城保护条例》作出修改\n(一)将第三条修改为:“本条例所称名城,是指…。”\n(二)删除第五条。\n",
        [("某市名城保护条例", "(二)删除第五条。", True)],
    ),
    (
        "a repeal and 「二、对《X》作出修改」 on a database's one line, the deletions under X (BB01)",
        "某市人民代表大会常务委员会关于废止和修改部分地方性法规的决定\n"
        "某市人大常委会决定:一、废止《某市关于加强公路管理的决议》(1998年3月28日通过)二、对《某市公路管理条例》作出修改"
        "(一)将第十条第二款修改为:“进行公路养护作业,应当制定疏导预案。”(二)删除第二十三条第一款第十项。\n",
        [("某市关于加强公路管理的决议", "一、废止《某市关于加强公路管理的决议》(1998年3月28日通过)", False),
         ("某市公路管理条例", "(二)删除第二十三条第一款第十项。", True)],
    ),
    (
        "sections headed 「X、修改《Y》」, the first run into the annex's heading on a PDF's one line (AV05)",
        "某委关于修改和废止部分部门规章的决定\n某委决定:一、对2件部门规章的部分条款予以修改。\n"
        "附件:某委决定修改的部门规章附件某委决定修改的部门规章一、修改《某执业注册管理办法》(一)将“某委”统一修改为“某部”。\n"
        "(三)将第十条修改为:“医师应当注明所在执业机构的名称。”(七)删去第十七条 第一款。\n二、修改《某站管理办法》\n"
        "(一)将第三条修改为:“某站由某部门设置。”\n(二)删去第六十一条 第十一项。\n",
        # the first deletion run on after a closing quote and its item's number: 「…名称。”(七)删去第十七条」
        [("某执业注册管理办法", "(七)删去第十七条第一款。", True), ("某站管理办法", "(二)删去第六十一条第十一项。", True)],
    ),
    (
        "a page run into one line, its one deletion in the amending sentence, the rule named by the title too (BT07)",
        "某市人民代表大会常务委员会关于修改《某市大气污染防治条例》的决定\n"
        "(2021年8月26日某市人大常委会第五十六次会议通过)某市人大常委会第五十六次会议决定,对《某市大气污染防治条例》作如下修改:"
        "删去第九条 。本决定自公布之日起施行。\n",
        [("某市大气污染防治条例", "(2021年8月26日某市人大常委会第五十六次会议通过)某市人大常委会第五十六次会议决定,"
                                "对《某市大气污染防治条例》作如下修改:删去第九条。", True)],
    ),
    (
        "the rule renamed by its kind alone, 「将《条例》名称修改为《Y》」; 「删除第四十八条之规定」 strikes an article (BT09)",
        "某市人民代表大会常务委员会关于修改《某市河流域生态修复与保护条例》的决定\n"
        "某市人大常委会决定对《某市河流域生态修复与保护条例》作如下修改:\n一、将《条例》名称修改为《某市河流域生态保护与修复条例》。\n"
        "二、将第三十五条修改为:“市行政审批主管部门负责审批。”\n三、删除第四十八条之规定。\n",
        [("某市河流域生态修复与保护条例", "三、删除第四十八条之规定。", True)],
    ),
    (
        # no item names the rule amended after the repeals' list: the sentence changing its first article does (CU03)
        "a sentence changing an article of a rule names it, after a list of repeals",
        "某省人民代表大会常务委员会关于废止和修改部分地方性法规的决定\n某省人大常委会第十二次会议决定:\n一、废止下列1件地方性法规\n"
        "(一)《某省甲管理条例》(1994年11月30日通过)\n二、修改下列1件地方性法规\n"
        "将《某省乙鉴定管理条例》第五条第三款中的“质监部门”修改为“市场监管部门”。\n删去第十四条第二款。\n",
        [("某省甲管理条例", "(一)《某省甲管理条例》(1994年11月30日通过)", False),
         ("某省乙鉴定管理条例", "删去第十四条第二款。", True)],
    ),
]


@pytest.mark.parametrize("phenomenon, text, expected", AMENDING, ids=[a[0] for a in AMENDING])
def test_an_amending_decisions_deletion_repeals_part_of_the_rule_it_changes(phenomenon, text, expected):
    assert [(x.target_title, x.evidence, x.partial) for x in extract_text(text).repeals] == expected


@pytest.mark.parametrize("sentence", [
    "经清理,省政府决定,对不符合现行法律法规规章、适用期已过的2274件省政府文件宣布失效。",
    "现决定废止15件司法解释和司法解释性质文件。",
])
def test_a_decision_whose_list_is_an_annex_is_one_repeal_without_target(sentence):
    r = extract_text(HEAD + sentence + "\n")
    assert [(x.target_number, x.target_title) for x in r.repeals] == [(None, None)]


def test_a_report_of_past_clean_up_is_no_repeal():
    r = extract_text(HEAD + "今年以来开展专项清理,确定废止、失效73件,修改12件。\n")
    assert r.repeals == ()


def test_an_issued_revision_replaces_the_edition_its_history_note_numbers():
    # the notice issues a revised rule (「…修订通过,现印发给你们」, no 予); the rule's history note under its heading
    # prints the first edition's number, its opening bracket lost (U01)
    r = extract_text("某县人民政府办公室关于修订某县公共租赁住房保障管理办法(试行)的通知\n某府办规〔2021〕1号\n各镇人民政府:\n"
                     "《某县公共租赁住房保障管理办法(试行)》已经县政府第109次常务会议修订通过,现印发给你们,请认真贯彻实施。\n"
                     "某县人民政府办公室\n2021年3月13日\n某县公共租赁住房保障管理办法(试行)\n"
                     "(2020年6月15日某府办规2020〕3号印发,2021年2月1日县政府第109次常务会第一次修订)\n"
                     "第一章 总则\n第一条 为规范公共租赁住房管理,制定本办法。\n")
    assert {(x.target_number, x.target_title) for x in r.repeals} == {("某府办规〔2020〕3号", "某县公共租赁住房保障管理办法(试行)")}


# AU08: a 清理 decision whose annex tables a PDF ran into one line, its own number only in the page header a converter
# set after the imprint
_RUN_TOGETHER = (
    "某院关于废止部分规范性文件的决定\n现决定:一、对单独制发的2件规范性文件予以废止(见附件1)。二、已经被废止的1件一并予以公布(见附件2)。"
    "决定废止的单独制发的规范性文件目录(2件)发文日期及文号某院关于对“公捕”问题的意见1983年7月12日(83)某检一函第26号"
    "现行《中华人民共和国刑事诉讼法》对执行逮捕的方式已有明确规定。某院关于印发《某院关于免予起诉工作的规定》的通知"
    "1992年1月7日某检发〔1992〕2号免予起诉制度已被1996年《中华人民共和国刑事诉讼法》废止。"
    "已被废止的联合制发的规范性文件目录HYPERLINKjavascript发文日期及文号某院、某署关于加强工作联系的通知1990年8月7日"
    "某审发〔1990〕228号该文件已被《某署办公厅关于废止协作制度文件的通知》(某审办发〔2019〕6号)废止。"
    "某院办公厅2019年7月16日印发PAGEPAGE某人民检察院某检发释字〔2019〕3号\n"
)


def test_a_run_together_clean_up_table_is_read_row_by_row():
    r = extract_text(_RUN_TOGETHER)
    assert r.documents[0].doc_number == "某检发释字〔2019〕3号"
    assert sorted((x.by, x.target_number, x.target_title) for x in r.repeals) == [
        ("某审办发〔2019〕6号", "某审发〔1990〕228号", "某院、某署关于加强工作联系的通知"),  # a row's history: not this decision's
        ("某检发释字〔2019〕3号", "某检一函〔1983〕26号", "某院关于对“公捕”问题的意见"),
        ("某检发释字〔2019〕3号", "某检发〔1992〕2号", "某院关于印发《某院关于免予起诉工作的规定》的通知"),
    ]
    # the reasons cite the law; the notice's rule inside a row's title is the notice's, no work cited
    assert {x.cited_title for x in r.law_citations} == {"中华人民共和国刑事诉讼法"}


# FW01: a clean-up announcement whose annex tables print a cell to a line (序号 标题 发文日期 文号), the second table's last
# cell what part of each document goes, run into the next row's title by the flow
_CELL_TABLES = (
    "某省地税局关于公布全文失效废止和部分条款失效废止的税收规范性文件目录的公告\n(某地税规〔2016〕6号)\n"
    "经清理,现将两个目录予以公布。\n特此公告。\n某省地方税务局\n2016年9月8日\n附件1\n全文失效废止的税收规范性文件目录\n"
    "序号\n标  题\n发文日期\n文号\n1\n某省地方税务局转发《国家税务总局关于甲问题的通知》的通知\n1997年9月8日\n某地税发〔1997〕142号\n"
    "2\n某省地方税务局关于乙问题的补充通知(一)\n2003年5月12日\n某地税发〔2003〕100号\n附件2\n部分条款失效废止的税收规范性文件目录\n"
    "序号\n标  题\n发文日期\n文号\n失效废止内容\n1\n某省地方税务局关于丙问题的通知\n1996年9月4日\n某地税发〔1996〕120号\n"
    "与发票相关的规定失效\n2\n关于丁问题的公告\n2011年12月23日\n某地税规〔2011〕14号\n第七条废止。\n"
)


def test_a_clean_up_table_printed_a_cell_to_a_line_is_read_row_by_row():
    r = extract_text(_CELL_TABLES)
    assert [d.doc_number for d in r.documents] == ["某地税规〔2016〕6号"]  # a row's number is no document's
    assert [(x.target_number, x.target_title, x.partial) for x in r.repeals] == [
        ("某地税发〔1997〕142号", "某省地方税务局转发《国家税务总局关于甲问题的通知》的通知", False),
        ("某地税发〔2003〕100号", "某省地方税务局关于乙问题的补充通知(一)", False),
        ("某地税发〔1996〕120号", "某省地方税务局关于丙问题的通知", True),  # its table repeals some articles of each
        ("某地税规〔2011〕14号", "关于丁问题的公告", True),
    ]
    assert not any("甲问题" in x.cited_title for x in r.law_citations)  # a row's inner title is the listed notice's


# (phenomenon, a whole text, its repeals' targets in order (number, title))
_HISTORY = ("(1997年10月22日某市第十二届人民代表大会常务委员会第三十六次会议通过根据2000年9月14日某市第十三届人民代表大会常务委员会"
            "第十九次会议《关于修改〈某条例〉的决定》第一次修正根据2005年2月24日某市第十四届人民代表大会常务委员会第十八次会议"
            "《关于修改部分地方性法规的决定》第二次修正)")  # longer than clean's line-breaking of a run-on list reaches

# A covering notice issuing its rule revised: the earlier edition is replaced (the rule's title, no number).
ISSUES = "某区人民政府关于印发修订后的《某区甲管理办法》的通知\n某府规〔2023〕7号\n各街道办事处:\n"
# A rule whose earlier edition bore its title: what marks that edition in the repeal (the rule cannot repeal itself).
RULE = "某事项检举管理办法\n第一条 为了规范检举工作,制定本办法。\n"
TARGETS = [
    # a list run on in one sentence (review of BB02): only after its head's colon, only repeals, items after an item too
    ("a list of bases after a purpose clause that names 失效 is no repeal list",
     "某市人民政府关于某事项的决定\n某政发〔2022〕9号\n各县区人民政府:\n为做好失效的规范性文件清理工作,请各单位对照以下依据开展自查:一、《中华人民共和国立法法》" + _HISTORY
     + "二、《规章制定程序条例》" + _HISTORY + "\n", []),
    ("what a clean-up keeps in force is no repeal", "某市人民政府关于某事项的决定\n某政发〔2022〕9号\n各县区人民政府:\n经清理,以下规章不予废止,继续有效:一、《某市甲条例》" + _HISTORY
     + "二、《某市乙条例》" + _HISTORY + "\n", []),
    ("the list turns to amendments", "某市人民政府关于某事项的决定\n某政发〔2022〕9号\n各县区人民政府:\n会议决定,废止下列地方性法规:一、《某市甲条例》" + _HISTORY
     + "会议同时决定,对下列地方性法规作出修改:二、《某市乙条例》" + _HISTORY + "第五条修改为“……。”\n",
     [(None, "某市甲条例")]),
    # (clean sets each item on its own line, however long the history in its brackets: BX08)
    ("items run on, each with its history", "某市人民政府关于某事项的决定\n某政发〔2022〕9号\n各县区人民政府:\n会议决定,废止下列地方性法规:一、《某市丁条例》(2001年通过)"
     "二、《某市甲条例》" + _HISTORY + "三、《某市乙条例》" + _HISTORY + "\n",
     [(None, "某市丁条例"), (None, "某市甲条例"), (None, "某市乙条例")]),
    # what a clean-up keeps in force, its items short: on lines or run on, no repeal
    ("what a clean-up keeps in force, on lines", "某市人民政府关于某事项的决定\n某政发〔2022〕9号\n各县区人民政府:\n经清理,以下规章不予废止,"
     "继续有效:\n一、《某市甲条例》(2001年通过)\n二、《某市乙条例》(2002年通过)\n", []),
    ("what a clean-up keeps in force, run on", "某市人民政府关于某事项的决定\n某政发〔2022〕9号\n各县区人民政府:\n经清理,以下规章不予废止,"
     "继续有效:一、《某市甲条例》(2001年通过)二、《某市乙条例》(2002年通过)\n", []),
    ("items numbered in brackets", "某市人民政府关于某事项的决定\n某政发〔2022〕9号\n各县区人民政府:\n会议决定,废止下列地方性法规:(一)《某市甲条例》" + _HISTORY + "(二)《某市乙条例》"
     + _HISTORY + "\n", [(None, "某市甲条例"), (None, "某市乙条例")]),
    ("a list head whose colon stands far from its verb (review)",
     "某省人民政府关于某事项的决定\n某政发〔2022〕9号\n各市人民政府:\n省人民政府决定废止下列省人民政府规章和行政规范性文件:一、《某甲办法》"
     + _HISTORY + "二、《某乙办法》" + _HISTORY + "\n", [(None, "某甲办法"), (None, "某乙办法")]),
    ("items numbered 1. run on", "某市人民政府关于某事项的决定\n某政发〔2022〕9号\n各县区人民政府:\n会议决定,废止下列地方性法规:"
     "1.《某市甲条例》" + _HISTORY + "2.《某市乙条例》" + _HISTORY + "\n", [(None, "某市甲条例"), (None, "某市乙条例")]),
    # earlier editions of the rule's own title
    ("the order that published the earlier edition stands between 公布的 and its title (AQ07)",
     "防雷减灾管理办法\n第一条 为了加强防雷减灾工作,制定本办法。\n"
     "第二十八条 本办法自2025年6月1日起施行。2011年7月21日公布的中国气象局第20号令《防雷减灾管理办法》同时废止。\n",
     [(None, "防雷减灾管理办法")]),
    ("the earlier edition named with the decision that amended it (BA01)",
     "某市工伤保险实施办法\n第六十条 本办法自2013年1月1日起施行。2004年6月27日某市人民政府令第29号发布、并根据2010年12月20日"
     "某市人民政府令第52号《某市人民政府关于修改〈某市甲规定〉等148件市政府规章的决定》修正的《某市工伤保险实施办法》同时废止。\n",
     [(None, "某市工伤保险实施办法")]),
    ("the earlier edition named with the order that amended it (BA02)",
     "某市工伤保险实施办法\n第六十条 本办法自2013年1月1日起施行。1999年11月2日某市人民政府第43号令发布、根据2007年11月23日"
     "某市人民政府第200号令修改的《某市工伤保险实施办法》同时废止。\n",
     [(None, "某市工伤保险实施办法")]),
    ("« » set for 《 》 (BA09)",
     "某市工伤保险实施办法\n第六十条 本办法自2013年1月1日起施行。2004年6月27日某市人民政府令第29号发布的«某市工伤保险实施办法»同时废止。\n",
     [(None, "某市工伤保险实施办法")]),
    ("「经…令第52号修正的《X》自…起施行」 names the edition in force: no self-repeal (review)",
     "某市工伤保险实施办法\n第六十条 经2010年12月20日某市人民政府令第52号修正的《某市工伤保险实施办法》自2011年1月1日起施行,"
     "1998年发布的《某市工伤保险暂行办法》同时废止。\n",
     [(None, "某市工伤保险暂行办法")]),
    # what amending texts do not repeal
    ("the decision that amended a repealed rule is no target (AW09)",
     "某市农业机械化促进条例\n第四十七条 本条例自2008年9月1日起施行。1995年4月14日市人大常委会发布并根据2004年12月18日公布的"
     "《关于修改〈某市开发区条例〉等十六部地方性法规的决定》修正的《某市大中型农机具管理条例》同时废止。\n",
     [(None, "某市大中型农机具管理条例")]),
    ("the amender named with its number and the amendment counted (review)",
     "某市条例\n第四十条 本条例自2008年9月1日起施行。根据《关于修改〈甲〉的决定》(某政发〔2010〕12号)第二次修正的《某市乙条例》同时废止。\n",
     [(None, "某市乙条例")]),
    ("a reason in a repeal list's item (「上位法已作出修改」 「已予以修改」) does not end the list (review)",
     "某市人民政府关于废止部分规范性文件的决定\n某府发〔2024〕1号\n经清理,市政府决定废止下列规范性文件:\n"
     "1.《某市甲管理办法》(某政发〔2010〕1号)(上位法已作出修改)\n2.《某市乙办法》(某政发〔2010〕2号)(上位法已予以修改)\n"
     "3.《某市丙办法》(某政发〔2010〕3号)\n",
     [("某政发〔2010〕1号", "某市甲管理办法"), ("某政发〔2010〕2号", "某市乙办法"), ("某政发〔2010〕3号", "某市丙办法")]),
    ("a numbered heading 「(二)…予以修改」 ends a repeal list (review)",
     "某市人民政府关于修改和废止部分规章的决定\n某府发〔2024〕1号\n(一)对下列2件市政府规章予以废止:\n1.《甲》(某府发〔2010〕1号)\n"
     "2.《乙》(某府发〔2010〕2号)\n(二)对下列2件市政府规章的部分条款予以修改\n1.《丙》(某府发〔2012〕3号)\n2.《丁》(某府发〔2012〕4号)\n",
     [("某府发〔2010〕1号", "甲"), ("某府发〔2010〕2号", "乙")]),
    ("the one title before 作如下修改 is the basis, not the rule amended; the section names it (review)",
     "某市人民政府关于修改部分规章的决定\n根据《国务院关于取消一批行政许可事项的决定》,市人民政府决定对本市有关规章作如下修改:\n"
     "一、关于《某市甲办法》的修改\n(一)删去第十条。\n",
     [(None, "某市甲办法")]),
    ("news of an amending decision amends nothing (review)",
     "某市人大常委会表决通过关于修改《某市甲条例》等三部地方性法规的决定\n会议决定:\n一、对《某市甲条例》作出修改\n(一)删去第十条。\n",
     []),
    # run-together clean-up tables
    ("a row's reason ends at its line's end: the statement on the next line is the decision's own (review)",
     "某市人民政府关于废止部分规范性文件的决定\n某府发〔2024〕1号\n"
     "一、决定废止的规范性文件目录(1件)文件名称发文日期及文号某市人民政府关于加强甲管理的通知2010年1月5日某府发〔2010〕1号\n"
     "二、《某市丙办法》(某府发〔2015〕3号)同时废止。\n",
     [("某府发〔2010〕1号", "某市人民政府关于加强甲管理的通知"), ("某府发〔2015〕3号", "某市丙办法")]),
    ("a table of amended documents after the repealed ones lists no repeals; a 序号 is no part of a title (review)",
     "某院关于废止和修改部分文件的决定\n某院发〔2024〕2号\n"
     "一、决定废止的文件目录(1件)序号文件名称发文日期及文号1某院关于甲问题的批复1990年1月7日某院发〔1990〕2号已有新规定。"
     "二、决定修改的文件目录(1件)发文日期及文号某院关于乙问题的规定1995年3月2日某院发〔1995〕8号依新法修改。\n",
     [("某院发〔1990〕2号", "某院关于甲问题的批复")]),
    # a congress's statute named with the days it was passed and approved between 废止 and its title (BT08, BT11)
    ("a statute's passing and approval between 废止 and its title",
     "某市人民代表大会常务委员会关于废止《某市政务信息公开条例》的决定\n某市人大常委会第六次会议决定,废止2004年3月30日由某市人大"
     "常委会第五次会议通过,某省人大常委会第十一次会议批准的《某市政务信息公开条例》。本决定自公布后生效。\n",
     [(None, "某市政务信息公开条例")]),
    ("a table of documents already repealed publishes them: no repeals of the notice's (review)",
     "某省人民政府办公厅关于公布规范性文件清理结果的通知\n某政办发〔2024〕3号\n"
     "已废止的行政规范性文件目录(1件)发文日期及文号某省人民政府关于甲的通知2010年1月5日某政发〔2010〕1号已到期。\n",
     []),
    # an annex's list headed after its mark on the same line, 「附件:废止文件目录」 (FZ01)
    ("an annex's mark before its list's heading",
     "某市人民政府关于废止有关文件的通知\n某政发〔2004〕9号\n各区县人民政府:\n市人民政府决定废止《某市甲办法》等2个文件。\n"
     "附件:废止文件目录\n1、《某市人民政府关于调整乙标准的通知》(某政发[2000]6号,2000年3月7日发文)\n"
     "2、《某市人民政府关于调整乙标准的补充通知》(某政发[2000]18号,2000年12月4日发文)\n",
     [(None, "某市甲办法"), ("某政发〔2000〕6号", "某市人民政府关于调整乙标准的通知"),
      ("某政发〔2000〕18号", "某市人民政府关于调整乙标准的补充通知")]),
    # a section's line that breaks inside the title it repeals runs on (FZ02)
    ("a title broken after its inner mark on a section's line",
     "某市人民政府关于公布清理结果的公告\n(某政发〔2011〕20号)\n现将清理结果公布如下:\n一、市人民政府决定,废止《某市人民政府关于印发〈\n"
     "某市强制拆迁操作规程〉的通知》(某政发〔2005〕31号)等2个规范性文件(见附件1)。\n",
     [("某政发〔2005〕31号", "某市人民政府关于印发〈某市强制拆迁操作规程〉的通知")]),
    # a cue among a series of acts named as a matter repeals nothing (FZ08)
    ("制定、修改、废止情况 is a matter, no repeal",
     "某市司法局关于清理工作的解读\n根据《某省规范性文件管理办法》(某政办〔2025〕27号)相关规定和上级文件制定、修改、废止情况,"
     "某市司法局牵头组织开展规范性文件清理。\n", []),
    # the list of a clean-up's own lists names no targets, the list of what stays in force neither (FZ06)
    ("a list of the annexes' names",
     "某县人民政府关于开展规范性文件清理工作的通知\n各乡镇人民政府:\n请按时报送。\n附件:\n1. 废止的规范性文件目录\n"
     "2. 宣布失效的规范性文件目录\n3. 现行有效的规范性文件目录\n二00九年四月二日\n", []),
    # (review) an earlier clean-up's list a text repeals is a target, its own lists only are not
    ("an earlier list of rules in force repealed",
     "某市人民政府关于做好规范性文件管理的通知\n某政发〔2023〕5号\n各区县人民政府:\n本通知印发后,《某市现行有效规章目录》同时废止。\n",
     [(None, "某市现行有效规章目录")]),
    # (review) a title's own 废止 in a table of partial repeals is no cell of the row before
    ("a partial repeals' table whose row titles name 废止",
     "某省地税局关于公布部分条款失效废止的税收规范性文件目录的公告\n(某地税规〔2016〕6号)\n经清理,现将目录予以公布。\n特此公告。\n"
     "附件\n部分条款失效废止的税收规范性文件目录\n序号\n标  题\n发文日期\n文号\n失效废止内容\n1\n某省地方税务局关于废止和修改部分税收"
     "规范性文件的公告\n2012年9月4日\n某地税规〔2012〕20号\n第三条废止\n2\n某省地方税务局关于停止执行和失效部分税收规范性文件的通知\n"
     "2011年12月23日\n某地税发〔2011〕14号\n第七条废止。\n",
     [("某地税规〔2012〕20号", "某省地方税务局关于废止和修改部分税收规范性文件的公告"),
      ("某地税发〔2011〕14号", "某省地方税务局关于停止执行和失效部分税收规范性文件的通知")]),
    # (a second review) a table's rows that are rules, and an annex's mark with its colon after a row
    ("a cell-per-line table whose rows are rules", '某省地税局关于公布全文失效废止和部分条款失效废止的税收规范性文件目录的公告\n(某地税规〔2016〕6号)\n经清理,现将两个目录予以公布。\n特此公告。\n某省地方税务局\n2016年9月8日\n附件1\n全文失效废止的税收规范性文件目录\n序号\n标  题\n发文日期\n文号\n1\n某省地方税务局发票管理办法\n1997年9月8日\n某地税发〔1997〕142号\n2\n某省地方税务局关于乙问题的补充通知(一)\n2003年5月12日\n某地税发〔2003〕100号\n3\n某省契税征收管理暂行规定\n2004年5月12日\n某地税发〔2004〕10号\n4\n某省地方税务局关于戊问题的通知\n2005年5月12日\n某地税发〔2005〕11号\n',
     [("某地税发〔1997〕142号", "某省地方税务局发票管理办法"), ("某地税发〔2003〕100号", "某省地方税务局关于乙问题的补充通知(一)"),
      ("某地税发〔2004〕10号", "某省契税征收管理暂行规定"), ("某地税发〔2005〕11号", "某省地方税务局关于戊问题的通知")]),
    ("an annex's mark with a colon after a row", '某省地税局关于公布全文失效废止和部分条款失效废止的税收规范性文件目录的公告\n(某地税规〔2016〕6号)\n经清理,现将两个目录予以公布。\n特此公告。\n某省地方税务局\n2016年9月8日\n附件1:\n全文失效废止的税收规范性文件目录\n序号\n标  题\n发文日期\n文号\n1\n某省地方税务局转发《国家税务总局关于甲问题的通知》的通知\n1997年9月8日\n某地税发〔1997〕142号\n2\n某省地方税务局关于乙问题的补充通知(一)\n2003年5月12日\n某地税发〔2003〕100号\n附件2:\n部分条款失效废止的税收规范性文件目录\n序号\n标  题\n发文日期\n文号\n失效废止内容\n1\n某省地方税务局关于丙问题的通知\n1996年9月4日\n某地税发〔1996〕120号\n与发票相关的规定失效\n2\n关于丁问题的公告\n2011年12月23日\n某地税规〔2011〕14号\n第七条废止。\n',
     [("某地税发〔1997〕142号", "某省地方税务局转发《国家税务总局关于甲问题的通知》的通知"),
      ("某地税发〔2003〕100号", "某省地方税务局关于乙问题的补充通知(一)"), ("某地税发〔1996〕120号", "某省地方税务局关于丙问题的通知"),
      ("某地税规〔2011〕14号", "关于丁问题的公告")]),
    # a covering notice issuing its rule revised replaces the earlier edition
    # 现将 is 'hereby', not 'will': 「现将新修订的《X》印发给你们」 issues it now (AY07)
    ("现将新修订的 issues the revised edition", ISSUES + "现将新修订的《某区甲管理办法》印发给你们,请认真遵照执行。\n",
     [(None, "某区甲管理办法")]),
    ("修订后的 without 新 (AD01)", ISSUES + "现将修订后的《某区甲管理办法》印发给你们,请认真按照执行。\n",
     [(None, "某区甲管理办法")]),
    ("a revision to come replaces nothing yet", ISSUES + "区政府将对《某区甲管理办法》进行修订。\n", []),
    # the earlier edition repealed in so many words (its covering notice, by number) is not repealed twice (CS01)
    ("the earlier edition's notice repealed by number", ISSUES.replace("印发修订后的《某区甲管理办法》", "印发某区甲管理办法")
     + "修订后的《某区甲管理办法》已经区政府常务会议审议通过,现印发给你们。《某区人民政府关于印发某区甲管理办法的通知》"
     "(某府发〔2012〕35号)同时废止。\n", [("某府发〔2012〕35号", "某区人民政府关于印发某区甲管理办法的通知")]),
    # a rule whose earlier edition bore its title: what marks that edition in the repeal (the rule cannot repeal itself)
    ("the order that published it in brackets after it (CU01)",
     RULE + "第四十六条 本办法自2020年1月1日起施行。《某事项检举管理办法》(国家某总局令第24号公布)同时废止。\n",
     [(None, "某事项检举管理办法")]),
    ("amended as dated, the next repealed after a comma (CU02)",
     RULE + "第二十九条 本办法自2021年11月1日起施行。2007年3月2日某署令第158号公布、2014年3月13日某署令第218号修改的"
     "《某事项检举管理办法》,2008年10月13日某署令第176号公布的《某事项分类决定管理办法》同时废止。\n",
     [(None, "某事项检举管理办法"), (None, "某事项分类决定管理办法")]),
    # (or with no verb in the bracket: GC07)
    ("the order's number alone in brackets after it (GC07)",
     RULE + "第二十三条 本办法自2025年5月1日起施行。《某事项检举管理办法》(环境保护部、商务部、海关总署令第26号)同时废止。\n",
     [(None, "某事项检举管理办法")]),
    # a list of rules each with a long history before one cue (GC10)
    ("six dated rules before one cue", RULE + "第三十八条 本办法自2025年4月1日起施行。" + "，".join(
        f"19{90 + k}年9月2日某署令第{k}号公布、根据2010年11月26日某署令第198号、2017年12月20日某署令第235号、"
        f"2018年4月28日某署令第238号、2018年5月29日某署令第240号修改的《某事项第{k}号管理规定》" for k in range(1, 7)) + "同时废止。\n",
     [(None, f"某事项第{k}号管理规定") for k in range(1, 7)]),
    ("its title in a sentence that repeals another is not a target",
     RULE + "第三十条 依照《某事项检举管理办法》受理的检举,按照原规定办理;《某事项旧办法》同时废止。\n",
     [(None, "某事项旧办法")]),
    # a page of one line: the heading's own cue run into the sentence is no repeal's; the decision's cue after it is (CJ07)
    ("a cue in the document's own heading run into the sentence",
     "# 某银行关于废止部分规章的决定\n某银行规章某银行发布某银行关于废止部分规章的决定为加强法治建设,某银行决定废止《某某管理条例施行细则》"
     "((83)银发字第381号文印发)和《某某储蓄管理办法》2件规章。本决定自公布之日起施行。\n",
     [("银发字〔1983〕381号", "某某管理条例施行细则"), (None, "某某储蓄管理办法")]),
]


@pytest.mark.parametrize("phenomenon, text, expected", TARGETS, ids=[t[0] for t in TARGETS])
def test_repeal_targets(phenomenon, text, expected):
    assert [(r.target_number, r.target_title) for r in extract_text(text).repeals] == expected


def test_a_readings_repeals_are_the_explained_documents():
    # a 解读 reports what the document it explains repealed, naming it by number: the repeal is that document's, and the
    # page cites it (EU04; AH06 and EB01 key them so)
    r = extract_text("《某市城市管理局关于公布第五批规范性文件清理结果的通知》(某城管局〔2020〕143号)政策解读\n"
                     "根据有关规定,我局开展清理,印发《某市城市管理局关于公布第五批规范性文件清理结果的通知》(某城管局〔2020〕143号),"
                     "废止《某市市政管理委员会关于加强技术管理的通知》(某市政委发〔2011〕12号)等6件部门行政规范性文件。\n")
    [d] = r.documents
    assert (d.doc_number, d.title.endswith("政策解读")) == (None, True)
    assert [(x.by, x.target_number) for x in r.repeals] == [("某城管局〔2020〕143号", "某市政委发〔2011〕12号")]
    assert "某城管局〔2020〕143号" in {c.cited_number for c in r.citations}


def test_a_databases_note_that_a_later_document_ended_this_one_cites_nothing():
    # the note is the site's words (CM02): a repeal by the later document, not a citation of it by this one
    r = extract_text("某省财政厅关于印发某办法的通知\n某财社〔2016〕182号\n"
                     "税谱®提示:根据《 某省财政厅关于印发某新办法的通知》 ( 某财社〔2019〕38号 规定, 全文废止。\n"
                     "各市财政局:\n为贯彻落实,现印发给你们。\n某省财政厅\n2016年10月1日")
    assert [(x.by, x.target_number) for x in r.repeals] == [("某财社〔2019〕38号", "某财社〔2016〕182号")]
    assert r.citations == () and r.law_citations == ()


def test_a_decisions_own_words_are_no_databases_notes():
    # a review's: an item's grounds (「…全文废止,废止依据:《…》(国发〔2016〕72号)」) are the decision's basis, no repeal of it;
    # a body's 「根据《…》(…号)规定,继续执行…」 cites; a clean-up list's 「【全文废止】」 tags repeal
    r = extract_text("某某市人民政府关于废止部分市政府规范性文件的决定\n某政发〔2021〕8号\n各区县人民政府,市政府各部门:\n经清理,市政府决定废止以下规范性文件:\n1.《某某市企业投资项目核准管理办法》(某政发〔2010〕3号)全文废止,废止依据:《国务院关于发布政府核准的投资项目目录(2016年本)的通知》(国发〔2016〕72号)\n2.《某某市城市供水管理办法》(某政发〔2011〕5号)\n本决定自公布之日起施行。\n某某市人民政府\n2021年3月1日\n")
    assert [(x.by, x.target_number) for x in r.repeals] == [("某政发〔2021〕8号", "某政发〔2010〕3号"), ("某政发〔2021〕8号", "某政发〔2011〕5号")]
    assert "国发〔2016〕72号" in {c.cited_number for c in r.citations}
    assert "某政发〔2019〕12号" in {c.cited_number for c in extract_text("国家税务总局某某省税务局关于小型微利企业所得税优惠政策有关事项的公告\n某某省税务局公告2021年第3号\n为贯彻落实税收优惠政策,现将有关事项公告如下:\n一、对小型微利企业年应纳税所得额不超过100万元的部分,根据《财政部 税务总局关于延续实施普惠金融有关税收优惠政策的公告》(财政部 税务总局公告2020年第22号)规定,继续执行至2023年12月31日。\n二、根据《某某省人民政府关于印发某某省促进中小企业发展若干措施的通知》(某政发〔2019〕12号)规定,继续执行原有减免措施。\n三、本公告自发布之日起施行。\n国家税务总局某某省税务局\n2021年4月2日\n").citations}
    r = extract_text("某某市人民政府关于公布规范性文件清理结果的通知\n某政发〔2021〕3号\n各区县人民政府,市政府各部门:\n根据有关规定,市政府对2020年底前制发的规范性文件进行了清理。现将清理结果公布如下:\n1.《某某市城市绿化管理办法》(某政发〔2010〕3号)【全文废止】\n2.《某某市城市供水管理办法》(某政发〔2011〕5号)【部分废止】\n3.《某某市城市排水管理办法》(某政发〔2012〕7号)【继续有效】\n某某市人民政府\n2021年3月1日\n")
    assert [(x.by, x.target_number) for x in r.repeals] == [("某政发〔2021〕3号", "某政发〔2010〕3号"), ("某政发〔2021〕3号", "某政发〔2011〕5号")]


def test_a_databases_notes_that_clean_ups_kept_this_one_cite_nothing():
    # a site's 【全文废止】 after the heading is the site's too, and the notes stand between the number and the salutation (JG02)
    r = extract_text("某市人力资源和社会保障局关于继续降低某项费率的通知【全文废止】\n某人社发〔2018〕116号\n"
                     "税谱®提示:根据2020年12月10日《 某市人力资源和社会保障局关于废止第九批行政规范性文件的通知》 ( 某人社发〔2020〕110号)规定,继续有效\n"
                     "税谱®提示:根据《 某市人力资源和社会保障局关于废止第十一批行政规范性文件的通知》 ( 某人社发〔2023〕8号)规定,全文废止\n"
                     "各区县人力资源和社会保障局:\n根据《某部关于降低某项费率的通知》(某部发〔2018〕25号),现将有关事项通知如下:\n"
                     "一、从2018年5月1日起,费率从2%降至1%。\n某市人力资源和社会保障局\n2018年7月10日")
    [d] = r.documents
    assert (d.title, d.addressees) == ("某市人力资源和社会保障局关于继续降低某项费率的通知", ("各区县人力资源和社会保障局",))
    assert [c.cited_number for c in r.citations] == ["某部发〔2018〕25号"]
    assert [(x.by, x.target_number) for x in r.repeals] == [("某人社发〔2023〕8号", "某人社发〔2018〕116号")]


@pytest.mark.parametrize("body, expected", [
    # the reason names the law the target conflicts with, the target in the clause before it (review)
    ("《某市甲办法》(某府〔2015〕2号),因《某省乙条例》(某省发〔2014〕1号)已修改,予以废止。\n", {("某府〔2015〕2号", "某市甲办法")}),
    # the annex listing the targets is none of them (review)
    ("现决定,对以下文件予以废止:\n《某市废止的规范性文件目录》。\n", set()),
])
def test_what_the_sessions_repeal_rules_do_not_reach(body, expected):
    r = extract_text(HEAD + body)
    assert {(x.target_number, x.target_title) for x in r.repeals} == expected
