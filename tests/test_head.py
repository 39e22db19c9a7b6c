"""A document's head on web pages and database pages: own number, title, issuers, date; no refusals.

Each row is a phenomenon seen in real pages (the shapes, not the strings, of ../shared/realdocs and
tests/realdocs), run through the whole extractor.
"""

from __future__ import annotations

import pytest

from regkg.extract import extract_text
from regkg.extract.clean import clean
from regkg.extract.head import metadata, number_in_file_names, slot_number, title_in
from regkg.extract.pipeline import split_joint

BODY = "各区县人民政府:\n现将有关事项通知如下。\n特此通知。\n"

# (phenomenon, text, expected (doc_number, title, issuers, date))
HEADS = [
    (
        # (解释 ended no heading: a judicial interpretation printed with no number had no title, IQ02, E16, HX01)
        "a judicial interpretation's heading, its adoption and promulgation lines under it",
        "# 最高人民法院、最高人民检察院关于办理抢夺刑事案件适用法律若干问题的解释\n\n2013年9月30日 最高人民法院审判委员会第1592次会议、"
        "2013年10月22日最高人民检察院第十二届检察委员会第12次会议通过\n\n2013年11月11日 最高人民法院、最高人民检察院公告公布\n\n"
        "2013年11月18日 施行\n\n<!-- INFO END -->\n\n为依法惩治抢夺犯罪,根据《中华人民共和国刑法》的有关规定,现就办理此类刑事案件适用法律的若干问题解释如下:\n",
        (None, "最高人民法院、最高人民检察院关于办理抢夺刑事案件适用法律若干问题的解释", ("最高人民法院", "最高人民检察院"), "2013-10-22"),
    ),
    (
        # (the number after the ministry's name was taken for no own number once the ministry was read apart from its code:
        # IC03, as DF03's key reads the note)
        "a rule's own number in its history note after its date and issuer",
        "水利工程建设程序管理暂行规定\n\n1998年1月7日 水利部公布\n\n水利工程建设程序管理暂行规定\n\n"
        "(1998年1月7日水利部水建〔1998〕16号发布 根据2014年8月19日《水利部关于废止和修改部分规章的决定》第一次修正)\n\n"
        "第一条 为加强水利建设市场管理,制定本规定。\n",
        ("水建〔1998〕16号", "水利工程建设程序管理暂行规定", ("水利部",), "1998-01-07"),
    ),
    (
        # (规范 ended no rule's heading: the page's document had no title, HZ02)
        "a rule headed as a 规范, a database's history line under it",
        "# 医疗机构制剂配制质量管理规范（试行）\n\n2001年3月13日 国家药品监督管理局令第27号公布\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n"
        "第一条 根据《中华人民共和国药品管理法》的规定,制定本规范。\n",
        (None, "医疗机构制剂配制质量管理规范（试行）", ("国家药品监督管理局",), "2001-03-13"),
    ),
    (
        # (a name's characters spaced out on its line were taken for joint issuers one character each: 「国,务,院」 in GE01,
        # O03, S02, B29, DZ02, FR06)
        "a signature's names with their characters spaced out",
        "关于印发某纲要的通知\n\n发改社会〔2019〕1427号\n\n各省有关部门:\n\n  现印发给你们,请认真贯彻执行。\n\n  国家发展改革委\n\n"
        "  教  育  部\n\n  人 民 银 行\n\n  2019年8月28日\n",
        ("发改社会〔2019〕1427号", "关于印发某纲要的通知", ("国家发展改革委", "教育部", "人民银行"), "2019-08-28"),
    ),
    (
        # (six at most were read, the nearest the date: HW02's nine, BW03's thirteen, FR06's twenty-one)
        "nine joint issuers signed a line each",
        "甲市应急管理局等关于加强管理的通知\n\n(甲应急发〔2021〕9号)\n\n各区县应急管理局:\n\n现将有关事项通知如下,请认真抓好贯彻落实。\n"
        + "\n\n".join(f"甲市{x}" for x in ("应急管理局", "财政局", "发展和改革委员会", "工业和信息化局", "自然资源和规划局",
                                          "住房和城乡建设局", "交通运输局", "市场监管局", "消防救援支队"))
        + "\n\n2021年4月20日\n",
        ("甲应急发〔2021〕9号", "甲市应急管理局等关于加强管理的通知", tuple(f"甲市{x}" for x in (
            "应急管理局", "财政局", "发展和改革委员会", "工业和信息化局", "自然资源和规划局", "住房和城乡建设局", "交通运输局",
            "市场监管局", "消防救援支队")), "2021-04-20"),
    ),
    (
        # (a date and a court's number on one line under the heading: the number was not read, HX06)
        "a court's date and number on one line under its heading",
        "最高人民法院 最高人民检察院 公安部\n\n关于对冻结存款的执法活动\n\n加强监督的通知\n\n1996年8月13日 法〔1996〕83号\n\n"
        "各省、自治区、直辖市高级人民法院:\n\n为了加强执法监督,特通知如下:\n一、有关法院应当立即执行。\n",
        ("法〔1996〕83号", "最高人民法院最高人民检察院公安部关于对冻结存款的执法活动加强监督的通知",
         ("最高人民法院", "最高人民检察院", "公安部"), "1996-08-13"),
    ),
    (
        # (an unsigned document's date was read only from a line without brackets: HE06, EO01)
        "an unsigned document's date in brackets on a line of its own in its head",
        "某区人民政府办公室关于印发2008年政府工作目标任务分解的通知\n(二OO八年二月二十六日)\n某府办〔2008〕18号\n"
        "各镇人民政府,各街道办事处:\n现将《2008年政府工作目标任务分解》印发给你们,请认真对照分解的任务。\n特此通知\n",
        ("某府办〔2008〕18号", "某区人民政府办公室关于印发2008年政府工作目标任务分解的通知", ("某区人民政府办公室",), "2008-02-26"),
    ),
    (
        # (the field's number was taken for the page's own: DN02)
        "a 解读 page's number field is the number of the document it explains",
        "《某县人民政府关于公布规范性文件清理结果的通知》的政策解读\n索引号:331121/2017-90609 发布机构:县府办 发布时间:2017-10-29\n"
        "文号:青政发〔2017〕159号\n《某县人民政府关于公布规范性文件清理结果的通知》的政策解读\n一、清理的背景\n为维护法制统一,开展清理。\n",
        (None, "《某县人民政府关于公布规范性文件清理结果的通知》的政策解读", (), "2017-10-29"),
    ),
    (
        # (the verb before the title was not read, nor the note below comments: the order was taken for the document, DL06)
        "an order's cover that promulgates its one decision verb first, the decision printed below",
        "中华人民共和国某部令2018年第2号\n\n2018年12月6日 某部公布\n\n<!-- SOURCE: 国务院公报 -->\n\n<!-- STATUS: 现行有效 -->\n\n"
        "中华人民共和国某部令\n\n## 2018 年 第 2 号\n\n现公布《某部关于修改部分规章的决定》,自公布之日起施行。\n\n部 长 张某\n\n"
        "2018年12月6日\n\n某部关于修改部分规章的决定\n\n经过清理,某部决定:对2部规章的部分条款予以修改。\n\n"
        "一、删去《甲管理办法》(某部令2017年第4号)第九条第二款。\n\n本决定自公布之日起施行。\n",
        (None, "某部关于修改部分规章的决定", ("某部",), "2018-12-06"),
    ),
    (
        # (three issuers side by side, longer than one name may be, were no signature: DI02; a national body's local office
        # is one issuer, DI09, Y02)
        "joint issuers printed side by side over the date",
        "关于某事的通知\n各区人民政府:\n现将有关事项通知如下,请遵照执行。\n"
        "蚌埠市住房和城乡建设局 蚌埠市发展和改革委员会 国家税务总局蚌埠市税务局\n2023 年 9 月 28 日\n",
        (None, "关于某事的通知", ("蚌埠市住房和城乡建设局", "蚌埠市发展和改革委员会", "国家税务总局蚌埠市税务局"), "2023-09-28"),
    ),
    (
        # (the 文种 alone on the heading's last line, spaced: no heading was read, DJ03)
        "a heading whose 文种 stands alone on its last line",
        "熊口镇关于禁止燃放烟花爆竹的\n通 告\n为加强烟花爆竹安全管理,现将有关事项通告如下:\n一、公安机关要加强巡查。\n",
        (None, "熊口镇关于禁止燃放烟花爆竹的通告", (), None),
    ),
    (
        # (the page's heading, fields and body on one line: no title, no citation, DG04)
        "a page printed on one line, a table's row",
        "| 某局关于对权利许可证照如何贴花问题的复函 文号:国税地函发[1991]2号 发文日期:1991-1-8 青海省税务局: 你局青税政二字[1990]816号"
        "文收悉。现函复如下:为了明确权利许可证照的贴花问题,经研究,凡属于应税凭证的各种证照,均应按照规定贴花,不论其是否在有效期内,"
        "一律按件贴花,请你局按此执行。特此函复。\n",
        ("国税地函发〔1991〕2号", "某局关于对权利许可证照如何贴花问题的复函", ("某局",), "1991-01-08"),
    ),
    (
        # (the second line alone was taken: DH07)
        "a rule's heading wrapped before its joining word",
        "某县森林防火指挥部成员单位职责\n和工作规则\n第一条 为明确职责,制定本规则。\n第二条 县林业局负责日常工作。\n",
        (None, "某县森林防火指挥部成员单位职责和工作规则", (), None),
    ),
    (
        # (the plan's heading, matched to the handover's 〈〉 only as printed, was taken for the notice's: DH06, DH07)
        "a page starting at the salutation prints no heading of its own, the plan below it wrapped",
        "各县(市)区人民政府,市政府各部门:\n《2025年市〈政府工作报告〉任务分解和责任分工方案》已经市政府常务会议审议通过,现印发给你们,"
        "请认真贯彻落实。\n某市人民政府\n2025年1月25日\n(此件公开发布)\n2025年市《政府工作报告》任务分解\n和责任分工方案\n一、主要目标\n"
        "1.地区生产总值增长6%。\n牵头单位:市发展改革委\n",
        (None, "", ("某市人民政府",), "2025-01-25"),
    ),
    (
        # (the page's title was taken, the issuer left out: CF08)
        "a page's title, then the document's heading printed again under its issuer",
        "关于某市中心城区禁止燃放烟花爆竹的通告\n\n来源:某市日报\n\n某市人民政府\n\n关于某市中心城区禁止燃放烟花爆竹的通告\n\n"
        "为保障公共安全,特通告如下:\n一、禁放范围内的区人民政府应当加强管理。\n\n某市人民政府\n2024年1月5日\n",
        (None, "某市人民政府关于某市中心城区禁止燃放烟花爆竹的通告", ("某市人民政府",), "2024-01-05"),
    ),
    (
        # (the date under 「(此页无正文)」 was read as no signature's, and the forwarding office's colophon gave the day: BX01)
        "a reply's date under the mark of a signature's page, a colophon's later day under it",
        "关于某事的批复\n某市人民政府:\n你市的请示收悉。现批复如下:\n一、同意。\n(此页无正文)\n2025年6月17日\n抄送:某局。\n"
        "某市人民政府办公室 2025年6月24日印发\n",
        (None, "关于某事的批复", (), "2025-06-17"),
    ),
    (
        # (the title's kind glued to the number's code, 「通告桂政通」, and no date: EI01; the heading is the document's own,
        # its issuer's line over 「关于…」, which the page's title ends with: CY04)
        "a page's title with its number after a space, and the day printed only in the colophon's 「…印发」 line",
        "资讯首页 > 农业快讯\n\n某县关于禁止露天焚烧秸秆的通告 桂政通〔2017〕6号\n\n2017年10月23日 09:24来源:某县人民政府点击量:0\n\n"
        "桂政通〔2017〕6号\n\n某县人民政府\n\n关于禁止露天焚烧秸秆的通告\n\n为切实做好秸秆禁烧工作,特通告如下:\n\n"
        "一、本县行政区域内禁止任何单位和个人露天焚烧秸秆。\n\n二、本通告自发布之日起施行。\n\n某县人民政府办公室2017年5月27日印发\n",
        ("桂政通〔2017〕6号", "某县人民政府关于禁止露天焚烧秸秆的通告", ("某县人民政府",), "2017-05-27"),
    ),
    (
        # (the heading was taken for a link to a reading and cut, and a reading naming its document without 《》 went
        # unread: EB07)
        "a reading's page headed by its label, naming the document it explains without 《》",
        "您当前的位置:首页 > 政务公开 > 政策解读\n【文字解读】关于某区人民政府关于公布2022年度规范性文件清理结果的通告的政策解读\n"
        "2023-02-03 09:41 阅读人数:1\n\n一、制定背景\n根据上级要求,对规范性文件进行了清理。\n",
        (None, "关于某区人民政府关于公布2022年度规范性文件清理结果的通告的政策解读", (), None),
    ),
    (
        # (the file was refused, no heading nor number found: FD10)
        "a news item printing a plan whole after 「《X》全文如下」",
        "近日,中共某市委办公厅、某市人民政府办公厅印发了《某市推进城镇化建设实施方案》,并发出通知。\n"
        "《某市推进城镇化建设实施方案》全文如下。\n为深入贯彻落实《关于推进城镇化建设的意见》,结合我市实际,制定本实施方案。\n"
        "一、总体要求\n",
        (None, "某市推进城镇化建设实施方案", (), None),
    ),
    (
        # (the site's status word was read as the title's first words: FE03)
        "a site's status word before the heading",
        "当前位置:首页 > 政务公开 > 法规公文\n\n已被修改 某市门楼号牌管理规定\n\n  • 2017-04-05\n  • 来源: 本网\n\n"
        "某市人民政府令\n\n第147号\n\n《某市门楼号牌管理规定》已经市政府常务会议修订通过,现将修订后的《某市门楼号牌管理规定》公布,"
        "自2017年5月1日起施行。\n\n市长:某某\n\n2017年3月27日\n",
        (None, "某市门楼号牌管理规定", ("某市人民政府",), "2017-03-27"),  # (the order's cover names the issuer, as FE03's key)
    ),
    (
        # (the trail, its separators folded to 》, was read as the heading's first line: EZ09)
        "a site's trail with » separators over the heading",
        "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n印发某市政府信息公开工作考核办法(试行)等制度的通知\n\n"
        "作者:法律资料网 时间:2024-07-12 05:09:11\n\n各县(市、区)人民政府:\n\n现将有关制度印发给你们,请认真贯彻执行。\n",
        (None, "印发某市政府信息公开工作考核办法(试行)等制度的通知", (), None),
    ),
    (
        # (a news page's own lines stand above the heading, its kind alone on its last line: EX11)
        "a heading broken before its kind, under a news page's lines",
        "禁渔期 某县境内天然水域的鱼钓不得了\n2017年03月03日 14:43:36来源:生态某县 作者:\n网络图片。\n劝君莫食三月鲫,万千鱼仔在腹中。\n"
        "某县人民政府\n关于实施2017年境内天然水域禁渔期的\n通告\n为加强我县渔业资源保护,现将有关事项通告如下:\n一、禁渔时间另行通知。\n",
        (None, "某县人民政府关于实施2017年境内天然水域禁渔期的通告", ("某县人民政府",), None),
    ),
    (
        # (the reprint's headline and the byline above it were taken for the title: DY05)
        "a reprint's headline, then the document's own heading under its issuer, a salutation under it",
        "某村庄将发生大变化!\n\n转载自:某官方实播台时间:2023-11-09 14:531000人浏览\n\n《某镇某村村庄规划(2021-2035)》批后公告\n\n"
        "某区人民政府\n\n关于《某镇某村\n\n村庄规划(2021-2035年)》的批复\n\n某镇人民政府:\n\n你镇《关于呈请批复的请示》收悉。经研究,现批复如下:"
        "\n\n一、原则同意该规划。\n\n某市某区人民政府\n\n2023年10月9日\n",
        (None, "某区人民政府关于《某镇某村村庄规划(2021-2035年)》的批复", ("某市某区人民政府",), "2023-10-09"),
    ),
    (
        # (the issuers' line was left out of the heading: BO05)
        "an issuers' line naming the first and how many more above 「关于…」",
        "甘肃省发展和改革委员会等10部门\n关于印发甘肃省特色小镇创建清单的通知\n甘发改规划〔2020〕1号\n"
        "省直各部门,各市(州)人民政府:\n现将《甘肃省特色小镇创建清单》印发给你们,请认真贯彻执行。\n",
        ("甘发改规划〔2020〕1号", "甘肃省发展和改革委员会等10部门关于印发甘肃省特色小镇创建清单的通知", (), None),
    ),
    (
        # (the meetings' line names two dates; none was read: BL10)
        "a joint interpretation adopted by two bodies' meetings: the later date",
        "最高人民法院、最高人民检察院关于某事项的批复\n\n2025年4月28日 最高人民法院审判委员会第1948次会议、2025年5月28日"
        "最高人民检察院第十四届检察委员会第五十五次会议通过\n\n法释〔2025〕9号\n\n各省、自治区、直辖市高级人民法院、人民检察院:\n"
        "近来,部分高级人民法院就某事项请示。经研究,批复如下:\n",
        ("法释〔2025〕9号", "最高人民法院、最高人民检察院关于某事项的批复", ("最高人民法院", "最高人民检察院"), "2025-05-28"),
    ),
    (
        "the meetings listed later date first",
        "最高人民法院、最高人民检察院关于某事项的批复\n\n2025年5月28日 最高人民检察院第十四届检察委员会第五十五次会议、2025年4月28日"
        "最高人民法院审判委员会第1948次会议通过\n\n法释〔2025〕9号\n\n各省、自治区、直辖市高级人民法院、人民检察院:\n"
        "近来,部分高级人民法院就某事项请示。经研究,批复如下:\n",
        ("法释〔2025〕9号", "最高人民法院、最高人民检察院关于某事项的批复", ("最高人民法院", "最高人民检察院"), "2025-05-28"),
    ),
    (
        # (the heading was read as a rule an untitled notice issues: BJ01)
        "an order's cover printed without its 令 heading: the rule below its signature is the document",
        "《庆元县殡葬管理实施办法》已经县十三届人民政府第1次县长办公会议审议通过,现予发布,自2003年8月1日起施行。\n"
        "县 长:陈 建 波\n二○○三年五月十五日\n庆元县殡葬管理实施办法\n第一章 总 则\n"
        "第一条 为了加强殡葬管理,根据国务院《殡葬管理条例》,结合我县实际,制定本办法。\n",
        (None, "庆元县殡葬管理实施办法", (), "2003-05-15"),
    ),
    (
        # (a site's column ending like a title stood first: BJ04)
        "a rule's heading right above its first chapter over a site's column above it",
        "档案管理制度\n\n三亚物业管理条例全文,最新三亚物业管理条例(修订版)\n\n发布时间:2023-09-19 05:44:44\n\n"
        "三亚市物业管理实施办法(2011)\n\n  第一章总则\n\n  第一条为了规范物业管理活动,结合本市实际,制定本办法。\n",
        (None, "三亚市物业管理实施办法", (), None),
    ),
    (
        "a heading wrapped over two lines above the first article, its whole printed at the top too",
        "某自治县城区燃放烟花爆竹管理条例\n\n2020年6月24日 某自治县第十六届人民代表大会第五次会议通过\n\n"
        "某自治县城区燃放烟花爆竹\n\n管理条例\n\n第一条 为了加强城区燃放烟花爆竹管理,制定本条例。\n",
        (None, "某自治县城区燃放烟花爆竹管理条例", ("某自治县人民代表大会",), "2020-06-24"),
    ),
    (
        # (「26.」 was read as an item's number, ending the head above the number: BI06)
        "a site's posting time printed day first between the heading and the number",
        "甘肃省林业厅关于临时增加兰州市红古区人工林采伐限额的批复\n\n26.11.2015  09:44\n"
        "                                甘林资函〔2015〕634号\n兰州市生态建设管理局:\n"
        "    你局《关于增加红古区国有公益林采伐限额的请示》(兰生态资字〔2015〕31号)收悉。现批复如下:\n"
        "    一、同意临时增加采伐限额94立方米。\n                                                  甘肃省林业厅\n"
        "                                                  2015年10月30日\n",
        ("甘林资函〔2015〕634号", "甘肃省林业厅关于临时增加兰州市红古区人工林采伐限额的批复", ("甘肃省林业厅",), "2015-10-30"),
    ),
    (
        # (the gazette page's 成文日期, the issue's, had been taken: BI09)
        "a gazette's bracketed date on the heading's line over the page's 成文日期",
        "關(guān)于印發(fā)《某市耕地保護(hù)責(zé)任目標(biāo)考核辦法》的通知(二○○七年六月二十八日)\n字體大小: 打印\n"
        "  • 成文日期 2007-08-01\n  • 發(fā)布日期 2007-08-01\n  • 發(fā)文字號(hào) 青政辦發(fā)〔2007〕22號(hào)\n"
        "  • 各區(qū)、市人民政府,市政府各部門(mén):\n      《某市耕地保護(hù)責(zé)任目標(biāo)考核辦法》已經(jīng)市政府同意,現(xiàn)印發(fā)給你們,望認(rèn)真貫徹執(zhí)行。\n",
        ("青政办发〔2007〕22号", "關于印發《某市耕地保護責任目標考核辦法》的通知", (), "2007-06-28"),
    ),
    (
        # (a title ending in no 文种, the field's value, was read from the field and shown simplified: BH04)
        "a page printing its metadata title as its heading, in traditional script, no 文种 at its end",
        "名稱: 池州市貴池區2020年食品安全重點工作安排 文號:\n成文日期: 發布日期: 2020-06-04\n生效日期: 廢止日期:\n\n"
        "池州市貴池區2020年食品安全重點工作安排\n\n閱讀次數: 來源:貴池區杏花村街道辦事處\n"
        "一、年度重點任務\n1.完善食品安全標準管理制度。(區衛生健康委負責)\n",
        (None, "池州市貴池區2020年食品安全重點工作安排", (), "2020-06-04"),
    ),
    (
        "labelled lines with table pipes, no heading",
        "索引号: | TCXXGK-2020-011721 | 主题分类: | 政务公开 |\n发文机构: | 铜川市人民政府办公室 | 发文文号: | 铜政发〔2020〕33号 |\n"
        "发文日期: | 2020年09月28日 | 发布日期: | 2020-09-30 15:34 |\n" + BODY + "铜川市人民政府\n2020年9月28日\n",
        ("铜政发〔2020〕33号", "", ("铜川市人民政府",), "2020-09-28"),
    ),
    (
        "bullet list with each value on the line below its label, a site as publisher",
        "镇巴县人民政府工作规则\n\n• 索引号:\n\n6107280000/2024-001005\n• 发文机构:\n\n县政府网站\n• 发文字号:\n\n镇政发〔2024〕7号\n"
        "• 发文日期:\n\n2024年04月06日 16:40\n• 有效性:\n\n• 发布日期:\n\n2024年04月06日 16:34\n\n第一章 总则\n\n"
        "一、根据《中华人民共和国宪法》,结合本县实际,制定本规则。\n",
        ("镇政发〔2024〕7号", "镇巴县人民政府工作规则", ("镇巴县人民政府",), "2024-04-06"),
    ),
    (
        # (the plan's own 目录 below was read as a gazette's table of contents, and the page's head left out: BB09)
        "labels and values with no colon above the heading, the signing date broken, the issued plan's contents below",
        "您所在的位置:首页 > 行署办公室 > 信息公开目录\n发文机关 行署办公室\n发文字号 锡署发〔2016〕152号\n成文日期 2016-12-01\n"
        "锡林郭勒盟行政公署关于印发《某某政策实施指导意见》的通知\n锡署发〔2016〕152号\n各旗县市人民政府:\n"
        "现将《某某政策实施指导意见》印发给你们,请认真贯彻执行。\n锡林郭勒盟行政公署\n2016121\n某某政策实施指导意见\n"
        "目 录\n一、重大意义(1)\n二、总体要求(2)\n一、重大意义\n实施草原补奖政策意义重大。\n",
        ("锡署发〔2016〕152号", "锡林郭勒盟行政公署关于印发《某某政策实施指导意见》的通知", ("锡林郭勒盟行政公署",),
         "2016-12-01"),
    ),
    (
        "a ministry's department signs (司, BC01)",
        "国家药监局综合司关于某问题的复函\n药监综药注函〔2019〕237号\n浙江省药品监督管理局:\n你局请示收悉。现函复如下:\n同意。\n"
        "国家药监局综合司\n\n2019年5月8日\n",
        ("药监综药注函〔2019〕237号", "国家药监局综合司关于某问题的复函", ("国家药监局综合司",), "2019-05-08"),
    ),
    (
        "the distribution note before the date on its line (「(此件发至乡)   2017年6月13日」, BD05)",
        "某市人民政府办公室关于印发《某方案》的通知\n某办发〔2017〕19号\n各乡镇人民政府:\n《某方案》已经市政府同意,现印发给你们。\n"
        "某市人民政府办公室\n(此件发至乡)   2017年6月13日\n",
        ("某办发〔2017〕19号", "某市人民政府办公室关于印发《某方案》的通知", ("某市人民政府办公室",), "2017-06-13"),
    ),
    (
        "several label:value on one line, a placeholder date passed over for the next date field",
        "文 号: 筑府办函〔2020〕78号 发布机构: 市政府办公厅\n成文时间: 1970-01-01 发布时间: 2020-09-15 14:50\n"
        "市人民政府办公厅关于印发贵阳市气象灾害应急预案的通知\n" + BODY,
        # (its place given as the shared R20's key gives it: the city its heading names)
        ("筑府办函〔2020〕78号", "市人民政府办公厅关于印发贵阳市气象灾害应急预案的通知", ("贵阳市人民政府办公厅",), "2020-09-15"),
    ),
    (
        "database line: title, number, state-named issuer and date run together",
        "国务院关于同意广西壮族自治区桂林市和桂林地区合并的批复\n"
        "国务院关于同意广西壮族自治区桂林市和桂林地区合并的批复 国函〔1998〕73号 中华人民共和国国务院 1998年8月27日 |\n|\n"
        "广西壮族自治区人民政府:\n你区《关于广西桂林市和桂林地区合并的请示》(桂政报〔1998〕119号)收悉。\n",
        ("国函〔1998〕73号", "国务院关于同意广西壮族自治区桂林市和桂林地区合并的批复", ("国务院",), "1998-08-27"),
    ),
    (
        "number in brackets under the title, a letter O in the year",
        "国务院关于同意福建省设立泉州市泉港区的批复\n(国函[20O0]31号)\n\n福建省人民政府:\n  你省《关于设立泉州市泉港区的请示》"
        "(闽政[1998]文333号)收悉。同意设立泉州市泉港区。\n",
        ("国函〔2000〕31号", "国务院关于同意福建省设立泉州市泉港区的批复", ("国务院",), None),
    ),
    (
        "number run into the title, then the 版头 with the issuer's mark",
        "筑府办函〔2020〕78号市人民政府办公厅关于印发贵阳市气象灾害应急预案的通知\n\n贵阳市人民政府办公厅\n——————\n"
        "筑府办函〔2020〕78号\n\n市人民政府办公厅关于印发\n\n贵阳市气象灾害应急预案的通知\n\n" + BODY,
        ("筑府办函〔2020〕78号", "市人民政府办公厅关于印发贵阳市气象灾害应急预案的通知", ("贵阳市人民政府办公厅",), None),
    ),
    (
        "number after the title in brackets on the same line; joint issuers signed on two lines",
        "中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)\n\n"
        "各县市区委、人民政府:\n《关于全面推进政务公开工作的实施意见》已经同意,现印发给你们。\n中共岳阳市委办公室\n岳阳市人民政府办公室\n2017年1月10日\n",
        ("岳办发〔2017〕2号", "中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知",
         ("中共岳阳市委办公室", "岳阳市人民政府办公室"), "2017-01-10"),
    ),
    (
        "joint issuers glued in the heading",
        "财政部 国家发展和改革委员会 工业和信息化部\n财政部国家发展和改革委员会工业和信息化部关于开展节能环保汽车推广工作的通知\n"
        "财建〔2013〕644号\n" + BODY,
        ("财建〔2013〕644号", "财政部国家发展和改革委员会工业和信息化部关于开展节能环保汽车推广工作的通知",
         ("财政部", "国家发展和改革委员会", "工业和信息化部"), None),
    ),
    (
        "a 政府令 signed by the head of government, the rule's title under the order",
        "《宣城市数字化城市管理实施办法》已经2011年4月15日市政府第2次常务会议通过,现予公布,自2011年7月1日起施行。\n"
        "市 长 : 虞爱华\n2011年6月6日\n宣城市数字化城市管理实施办法\n第一条 为加强数字化城市管理,制定本办法。\n",
        (None, "宣城市数字化城市管理实施办法", (), "2011-06-06"),
    ),
    (
        "a heading wrapped before its 《, under a newsletter's contents (I05)",
        "税收信息\n2012年第12期 目 录 总134期\n一、国家税务总局关于修改《某申请表》的公告\n二、财政部关于印发《某准则》的通知\n"
        "国家税务总局关于修改\n《某申请表》的公告\n2012-12-06 国家税务总局公告2012年第54号\n"
        "为适应试点工作的需要,现就有关问题公告如下:\n特此公告。\n",
        (None, "国家税务总局关于修改《某申请表》的公告", ("国家税务总局",), None),
    ),
    (
        "a law collection's line naming a bank (AE06)",
        "某某业务审批管理办法\n\n2025年9月26日 中国人民银行公布\n\n第一条 为了加强管理,制定本办法。\n第二条 本办法自公布之日起施行。\n",
        (None, "某某业务审批管理办法", ("中国人民银行",), "2025-09-26"),
    ),
    (
        "a law collection's line naming several bodies (AB04)",
        "边境旅游管理办法\n\n2025年4月9日 文化和旅游部、外交部、公安部、海关总署公布\n\n第一条 为了加强管理,制定本办法。\n第二条 本办法自公布之日起施行。\n",
        (None, "边境旅游管理办法", ("文化和旅游部", "外交部", "公安部", "海关总署"), "2025-04-09"),
    ),
    (
        "a law collection's line naming the first of several bodies (GC09)",
        "某某管理办法\n\n2025年12月31日 工业和信息化部等六部门公布\n\n第一条 为了加强管理,制定本办法。\n第二条 本办法自公布之日起施行。\n",
        (None, "某某管理办法", ("工业和信息化部",), "2025-12-31"),
    ),
    (
        "a law collection's line naming no body (AC08)",
        "校外培训行政处罚暂行办法\n\n2023年8月23日 公布\n\n第一条 为了加强管理,制定本办法。\n第二条 本办法自公布之日起施行。\n",
        (None, "校外培训行政处罚暂行办法", (), "2023-08-23"),
    ),
    (
        "a law collection's line of a meeting's 审议通过 (HU03)",
        "某市某某条例\n\n2016年8月30日 某市第七届人民代表大会常务委员会第40次会议审议通过\n\n第一条 为了加强管理,制定本条例。\n"
        "第二条 本条例自公布之日起施行。\n",
        (None, "某市某某条例", ("某市人民代表大会常务委员会",), "2016-08-30"),
    ),
    (
        # (the congress was named by no field: the regulation had no issuer, AJ01, AR09 and 125 more)
        "a collection's meeting line names the people's congress that passed the regulation",
        "某某自治县某某条例\n\n2020年6月24日 某某自治县第十六届人民代表大会第四次会议通过\n\n第一条 为了加强管理,制定本条例。\n",
        (None, "某某自治县某某条例", ("某某自治县人民代表大会",), "2020-06-24"),
    ),
    (
        # (the heading prints its place short, the meeting the congress's short name: HZ06, IM07, HP03)
        "a collection's meeting line under a heading that prints the place short",
        "宁波某某开发区条例\n\n1994年6月30日 宁波市第十届人大常委会第十次会议通过\n\n第一条 为了加强管理,制定本条例。\n",
        (None, "宁波某某开发区条例", ("宁波市人民代表大会常务委员会",), "1994-06-30"),
    ),
    (
        # (the first meeting on a line of its own was no collection's line, and the second not under the heading: E15 had
        # no date; the collection's 施行 line is not the text's, as BL09 and BL10 read it)
        "two bodies' meetings a line each under the heading, the later the document's date (E15)",
        "# 最高人民法院、最高人民检察院关于修改某解释的决定\n\n2018年7月30日 最高人民法院审判委员会第1745次会议\n\n"
        "2018年10月19日 最高人民检察院第十三届检察委员会第七次会议通过\n\n2018年12月1日 施行\n\n<!-- INFO END -->\n\n"
        "根据司法实践情况,现决定对《某解释》作如下修改:\n",
        (None, "最高人民法院、最高人民检察院关于修改某解释的决定", ("最高人民法院", "最高人民检察院"), "2018-10-19"),
    ),
    (
        "a collection's meeting line of the province that approved a city's regulation names no issuer (BN04)",
        "某市燃放烟花爆竹管理规定\n\n2017年9月29日 某省第十二届人民代表大会常务委员会第四十次会议通过\n\n第一条 为了加强管理,制定本规定。\n",
        (None, "某市燃放烟花爆竹管理规定", (), "2017-09-29"),
    ),
    (
        # (the notice of the page's source was taken for the body's first line, and the note under the heading was not read:
        # ED01–ED06, AB06, AB07, HI03 had no date and no issuer)
        "a promulgation note under the heading below a scraped page's notice of its source (ED01)",
        "---\n标题: 某市厂房仓库消防安全管理若干规定\n发布单位: 某市人民政府\n发布日期: -\n---\n\n"
        "本文正文由脚本自某市官方公开页面提取，仅供检索查阅；以官方链接为准。\n\n某市厂房仓库消防安全管理若干规定\n\n"
        "（2025年12月29日某市人民政府令第25号公布 自2026年3月1日起施行）\n\n第一条（目的和依据）\n\n为了加强消防安全管理，制定本规定。\n",
        (None, "某市厂房仓库消防安全管理若干规定", ("某市人民政府",), "2025-12-29"),
    ),
    (
        # (only 「DATE X令第N号公布」 was read: AB01, BA02, IL07, FB04, IC06 and IW05 had no date)
        "a promulgation note that prints the order first and its date after it (AB01)",
        "快递市场管理办法\n\n（中华人民共和国交通运输部令2023年第22号，2023年12月17日公布，自2024年3月1日起施行）\n\n"
        "第一章 总则\n第一条 为了加强快递市场管理,制定本办法。\n",
        (None, "快递市场管理办法", ("交通运输部",), "2023-12-17"),
    ),
    (
        "a promulgation note whose order's number prints its year (IW05)",
        "兽药产品批准文号管理办法\n\n（2015年12月3日中华人民共和国农业部令2015年第4号发布）\n\n"
        "第一章 总则\n第一条 为了加强兽药产品批准文号的管理,制定本办法。\n",
        (None, "兽药产品批准文号管理办法", ("农业部",), "2015-12-03"),
    ),
    (
        # (the line was read only whole, 「DATE …会议通过」 alone, and not below a repository's comments: FY02 and IX03 had no
        # date and no issuer)
        "a regulation passed by its congress and approved by the province's, run on into its first article (FY02)",
        "某某蒙古族自治县草原管理条例\n\n<!-- INFO END -->\n<!-- SOURCE: 国家法律法规数据库(flk.npc.gov.cn) -->\n\n"
        "2013年12月28日某某蒙古族自治县第十七届人民代表大会第三次会议通过2014年5月30日某省第十二届人民代表大会常务委员会"
        "第八次会议批准第一条为加强草原管理工作,结合本自治县实际,制定本条例。\n第二条 本条例适用于本自治县。\n",
        (None, "某某蒙古族自治县草原管理条例", ("某某蒙古族自治县人民代表大会",), "2013-12-28"),
    ),
    (
        # (the heading was read to its first line's 「报告」: a title 「…关于印发2021年区政府工作报告」, a 报告, C23)
        "a heading wrapped after a 文种 its title goes on past, 「…政府工作报告」 over 「…方案的通知」 (C23)",
        "某府办发〔2021〕12号\n某区人民政府办公室\n关于印发2021年区政府工作报告\n目标任务分解方案的通知\n"
        "各乡镇人民政府、街道办事处,区级各部门:\n现将《分解方案》印发给你们,请认真贯彻执行。\n某区人民政府办公室\n2021年3月1日\n",
        ("某府办发〔2021〕12号", "某区人民政府办公室关于印发2021年区政府工作报告目标任务分解方案的通知", ("某区人民政府办公室",),
         "2021-03-01"),
    ),
    (
        # (the site's name at the top was read as a 版头 over a heading naming another issuer: KT01, Q01, DR10, KH01 and six more)
        "a site's name above a heading that names another body: the heading's issuer",
        "怒江州人民政府\n\n云南省民政厅办公室关于印发重新修订的《某编制规则》的通知\n\n浏览:0  来源: 作者:\n\n"
        "厅机关各处(室、局),各直属事业单位:\n\n现将重新修订的《某编制规则》印发给你们,请遵照执行。\n",
        (None, "云南省民政厅办公室关于印发重新修订的《某编制规则》的通知", ("云南省民政厅办公室",), None),
    ),
    (
        # (the governments of every level a rule is about are no issuer: DR02)
        "a rule about every level's governments under its maker's 版头",
        "江西省人民政府\n\n江西省各级人民政府行政机构设置和编制管理办法\n\n第一条 为了规范行政机构设置,制定本办法。\n",
        (None, "江西省各级人民政府行政机构设置和编制管理办法", ("江西省人民政府",), None),
    ),
    (
        # (its 会 a body's ending, the cut heading was read as a 版头: issuer 「东丽区人民政府关于印发国民经济和社会」, FD08)
        "a heading's line cut short above the plan it issues: no 版头",
        "某区国民经济和社会发展规划\n\n详情\n\n某区人民政府关于印发 国民经济和社会\n\n天津市某区国民经济和社会发展第十四个五年规划纲要\n\n"
        "二〇二一年一月\n\n前 言\n\n“十三五”时期是某区全面建成小康社会的决胜五年。\n",
        (None, "某区国民经济和社会发展规划", (), None),
    ),
    (
        # (a rule's own page listing the notice that issued it among its related documents is the rule's, second review)
        "a rule's page, the notice that issued it under 【相关文件】, a label after it: the rule",
        "某市城市绿化管理办法\n发布时间:2020-01-01\n【相关文件】\n关于印发《某市城市绿化管理办法》的通知\n附件下载:\n"
        "某市城市绿化管理办法.doc\n第一条 为了加强城市绿化管理,制定本办法。\n",
        (None, "某市城市绿化管理办法", (), "2020-01-01"),
    ),
    (
        # (a menu's opening link is no heading's: 「网站首页改版试运行公告」 is one, second review)
        "a heading that opens with 首页 and ends with its 文种",
        "网站首页改版试运行公告\n为方便公众浏览,本网站首页改版试运行。\n某市人民政府办公室\n2020年1月1日\n",
        (None, "网站首页改版试运行公告", ("某市人民政府办公室",), "2020-01-01"),
    ),
    (
        # (a page's control and its menu end like a 目录 and a 制度: each was taken for the heading, FK03, CY08)
        "a page's control to close its contents above the heading (FK03)",
        "轻触这里\n关闭目录\n\n某市在线\n\n某市市场监督管理局关于印发《某规定的通知》等9份规范性文件续期的通知\n\n"
        "来源:某市市场监督管理局网站发布时间:2020-09-15\n\n分享到:\n\n  某市监规〔2020〕5号\n\n  各有关单位:\n\n"
        "  为确保依法有效履行职责,现将9份规范性文件予以续期。\n",
        ("某市监规〔2020〕5号", "某市市场监督管理局关于印发《某规定的通知》等9份规范性文件续期的通知", ("某市市场监督管理局",),
         "2020-09-15"),
    ),
    (
        "a site's menu, its home page's link first, above the heading (CY08)",
        "欢迎访问某学院人事处\n 首页  部门简介  人才招聘  规章制度  师资队伍  教师发展  服务大厅 \n规章制度\n 部委文件 \n 省厅文件 \n"
        " 市级文件 \n\n某市人民政府关于调整最低工资标准执行时间的通知\n\n2008年07月02日  点击:[]\n\n某府函〔2008〕45号\n\n"
        "各区、县人民政府:\n现就有关事项通知如下。\n",
        ("某府函〔2008〕45号", "某市人民政府关于调整最低工资标准执行时间的通知", ("某市人民政府",), None),
    ),
    (
        # (the headline, the rule's name, was taken for the document: AN06 was a 方案 issued by no one)
        "a news page's headline naming a rule, then the notice that issues it over its salutation (AN06)",
        "首页 > 资讯\n\n某地区秋冬季大气污染综合治理攻坚行动方案\n\n来源:网\n时间:2020-11-04 09:02:36\n\n"
        "某网讯:日前获悉,《某地区秋冬季大气污染综合治理攻坚行动方案》印发。全文如下:\n\n"
        "关于印发《某地区秋冬季大气污染综合治理攻坚行动方案》的通知\n\n甲市、乙市、丙市人民政府,有关中央企业:\n\n"
        "现将《某地区秋冬季大气污染综合治理攻坚行动方案》印发给你们,请认真贯彻执行。\n",
        (None, "关于印发《某地区秋冬季大气污染综合治理攻坚行动方案》的通知", (), None),
    ),
    (
        "a handing over's heading wrapped after a 文种 its title goes on past (review)",
        "某府办发〔2021〕12号\n某区人民政府办公室印发2021年区政府工作报告\n目标任务分解方案的通知\n各乡镇人民政府:\n"
        "现将《分解方案》印发给你们,请认真贯彻执行。\n某区人民政府办公室\n2021年3月1日\n",
        ("某府办发〔2021〕12号", "某区人民政府办公室印发2021年区政府工作报告目标任务分解方案的通知", ("某区人民政府办公室",),
         "2021-03-01"),
    ),
    (
        # (a title ending 「的紧急通知」 is whole: the next line is another heading's, review)
        "a whole title over another heading: not run together",
        "某府办发〔2021〕12号\n某区人民政府关于开展安全大检查的紧急通知\n某区安委会办公室关于开展安全大检查的通知\n各乡镇人民政府:\n"
        "现将方案印发给你们,请认真贯彻执行。\n某区人民政府\n2021年3月1日\n",
        ("某府办发〔2021〕12号", "某区人民政府关于开展安全大检查的紧急通知", ("某区人民政府",), "2021-03-01"),
    ),
    (
        # (a heading's issuer was read only as 人民政府's: 「辽阳市政府关于…」 gave none, EH01; 「县委县政府关于…」 names no place)
        "a place's government by its short name opening the heading, no signature (EH01)",
        "辽阳市政府关于明确安全生产职责的通知\n(辽市政发〔2007〕51号)\n各县(市)区人民政府,市政府各部门:\n为落实安全生产责任,现通知如下:\n"
        "一、市安全生产监督管理部门负责综合监管。\n",
        ("辽市政发〔2007〕51号", "辽阳市政府关于明确安全生产职责的通知", ("辽阳市人民政府",), None),
    ),
    (
        # (what opens a title's matter is no place: 「转发市政府关于…」 gave 「转发市人民政府」, review)
        "a heading handing on the short-named government's notice: no issuer",
        "转发市政府关于加强安全生产工作的通知\n各乡镇人民政府:\n现将市政府通知转发给你们,请认真贯彻执行。\n",
        (None, "转发市政府关于加强安全生产工作的通知", (), None),
    ),
    (
        # (the heading's lines were read as they wrap: 「…委员\n会关于」 named no body, FI07, KF05)
        "a heading wrapped inside its issuer's name, no signature (FI07)",
        "某通市卫生健康委员\n会关于预防野生菌中毒的预警公告\n雨季来临,野生菌中毒事件进入高发期。现公告如下:\n"
        "一、各县市区卫健部门要开展宣传。\n",
        (None, "某通市卫生健康委员会关于预防野生菌中毒的预警公告", ("某通市卫生健康委员会",), None),
    ),
    (
        "the party's committee and the government by their short names open the heading: no issuer",
        "县委县政府关于加强秸秆禁烧工作的意见\n各乡镇党委、政府:\n为加强秸秆禁烧工作,提出如下意见。\n",
        (None, "县委县政府关于加强秸秆禁烧工作的意见", (), None),
    ),
    (
        # (it was read only before the first article or the line's end: AS07, GP08, FG07, AW09 had no date, review)
        "a decision's note, passed and approved, run on into its body (AS07)",
        "某市人民代表大会常务委员会关于废止《某市农业机械化促进条例》等五部地方性法规的决定\n\n<!-- INFO END -->\n\n"
        "2022年8月24日某市第十六届人民代表大会常务委员会第三次会议通过2022年11月3日某省第十三届人民代表大会常务委员会第三十六次"
        "会议批准某市第十六届人民代表大会常务委员会第三次会议决定废止下列地方性法规:\n一、《某市农业机械化促进条例》\n",
        (None, "某市人民代表大会常务委员会关于废止《某市农业机械化促进条例》等五部地方性法规的决定", ("某市人民代表大会常务委员会",),
         "2022-08-24"),
    ),
    (
        # (which day a revised regulation's key reads is not settled: BZ09 reads the last amendment's; whose it is is)
        "a regulation's note, passed and approved, then an amendment's: its day not read (BZ09)",
        "某市建筑垃圾管理条例\n\n2013年6月28日某市第十四届人民代表大会常务委员会第五次会议通过 2013年7月31日某自治区第十一届"
        "人民代表大会常务委员会第五次会议批准 根据2018年4月28日某市第十五届人民代表大会常务委员会第十次会议修正\n\n第一条 为了加强管理,"
        "制定本条例。\n",
        (None, "某市建筑垃圾管理条例", ("某市人民代表大会常务委员会",), None),
    ),
    (
        # (only 「…令第N号」 was read: W01, AQ07 and HR03 print the number before 令)
        "a promulgation note whose order's number comes before 令, under a collection's heading (W01)",
        "# 某某进口管理办法\n\n2003年8月18日 食品药品监管局、海关总署第4号令公布\n\n2004年1月1日 施行\n\n<!-- INFO END -->\n\n"
        "## 第一章 总则\n\n第一条 为规范进口备案,制定本办法。\n",
        (None, "某某进口管理办法", ("食品药品监管局", "海关总署"), "2003-08-18"),
    ),
    (
        "a promulgation note whose order's number comes before 令 with its year (review)",
        "某某检验管理办法\n\n(2003年9月19日国家质量监督检验检疫总局2003年第39号令公布)\n\n第一条 为加强检验管理,制定本办法。\n",
        (None, "某某检验管理办法", ("国家质量监督检验检疫总局",), "2003-09-19"),
    ),
    (
        # (the meeting before it is no issuer: 「…第七次常务会议审议通过市政府第98号令发布」 gave 「市第十届人民政府第七次常务会」, G15)
        "a promulgation note whose order's number comes before 令, after the meeting that passed it (G15)",
        "某市市容管理条例实施细则\n\n(1998年6月26日市第十届人民政府第七次常务会议审议通过 市政府第98号令发布)\n\n"
        "第一条 为加强市容管理,制定本细则。\n",
        (None, "某市市容管理条例实施细则", (), None),
    ),
    (
        # (each spaced character was read as a body: 「市」 「某市安」 「某市局」…, B24; and 「商 務(wù) 部」 as three, Q05)
        "a joint signature whose shorter name is spaced out to the width of the other's (B24)",
        "某人社〔2021〕125号\n各区镇、街道人社服务机构:\n现将《某市就业补助资金使用管理实施细则》印发给你们,请认真贯彻执行。\n"
        "某市人力资源和社会保障局 某 市 财 政 局\n2021年8月30日\n",
        ("某人社〔2021〕125号", "", ("某市人力资源和社会保障局", "某市财政局"), "2021-08-30"),
    ),
    (
        # (the line was read as no date: the document had none, K09, DF09, K12, BI01, CW06, N03)
        "a law database's date and issuer after a comma under the heading (法律资料网)",
        "热门站点| 世界资料网 | 专利资料网\n某某用具准运证管理办法\n下载地址: 点击此处下载\n某某用具准运证管理办法\n铁道部\n"
        "某某用具准运证管理办法\n1990年3月10日,铁道部\n第1条 为加强管理,制定本办法。\n",
        (None, "某某用具准运证管理办法", ("铁道部",), "1990-03-10"),
    ),
    (
        # (the trail's first piece, 「1. 当前位置:」, was read as an article: the head ended before the field block, LD01)
        "a breadcrumb trail whose pieces a page's list numbers, a field table under the heading (LD01)",
        "1. 当前位置:\n  2. 首页 > 信息公开 > 某州人民政府 > 文件\n  3. > 正文\n\n关于印发《某州人民政府工作规则》的通知\n\n"
        "索  引  号 01047834X/2023-03544 主题分类 州政府\n名        称 关于印发《某州人民政府工作规则》的通知\n"
        "成文日期 2023-11-05 10:54 发布日期 2023-11-13 10:49\n文        号 某政发〔2023〕43号 有  效  性 有效\n"
        "发文单位 某州人民政府 发布机构 某州人民政府\n\n各县(市)人民政府:\n\n现将《某州人民政府工作规则》印发给你们,请认真贯彻执行。\n",
        ("某政发〔2023〕43号", "关于印发《某州人民政府工作规则》的通知", ("某州人民政府",), "2023-11-05"),
    ),
    (
        "a field block printing the title wrapped after its label, no issuer line (A17)",
        "当前位置:首页>>政务公开\n标题 某市人民政府办公室\n关于印发《某实施方案》\n的通知\n成文日期 2019-10-25\n"
        "某市人民政府办公室\n关于印发《某实施方案》\n的通知\n" + BODY,
        (None, "关于印发《某实施方案》的通知", ("某市人民政府办公室",), "2019-10-25"),
    ),
    (
        "a heading wrapped over four lines whose third opens like a place, 「共同推进兰西城市群…」 (W06)",
        "首页 > 政府信息公开\n海东市人民政府办公室\n关于印发海东市与兰州市、临夏州\n共同推进兰西城市群建设2020年\n重点任务清单的通知\n"
        "来源:    时间:2020年10月16日\n" + BODY,
        (None, "海东市人民政府办公室关于印发海东市与兰州市、临夏州共同推进兰西城市群建设2020年重点任务清单的通知",
         ("海东市人民政府办公室",), "2020-10-16"),
    ),
    (
        "a handover's line ending in the 《》 its heading goes on after (BR09)",
        "鄂温克族自治旗人民政府办公室\n关于印发2022年《政府工作报告》\n重点任务责任落实分工的通知\n各苏木乡镇人民政府,旗政府各部门:\n"
        "经旗人民政府同意,现将《2022年<政府工作报告>重点任务责任落实分工》印发给你们,请认真贯彻落实。\n2022年2月21日\n",
        (None, "鄂温克族自治旗人民政府办公室关于印发2022年《政府工作报告》重点任务责任落实分工的通知",
         ("鄂温克族自治旗人民政府办公室",), "2022-02-21"),
    ),
    (
        "a reply titled 「…的批覆」, as traditional script prints 批复 (BT01, C07, R06)",
        "重慶市人民政府關於設立重慶永川高新技術產業開發區的批覆\n渝府〔2015〕52號\n永川區人民政府:\n"
        "你區《關於申請設立高新技術產業開發區的請示》收悉。現批覆如下:\n一、同意設立。\n重慶市人民政府\n2015年10月23日\n",
        ("渝府〔2015〕52号", "重慶市人民政府關於設立重慶永川高新技術產業開發區的批覆", ("重庆市人民政府",), "2015-10-23"),
    ),
    (
        "a title known only from its metadata field is printed as its label prints it, traditional script kept (H15)",
        "首頁 > 2016\n索引號:ND001-0202-2016-020140\n標題:內鄉縣人民政府辦公室關于發放城鄉困難群眾生活補貼資金的通知\n"
        "發布日期:2016-12-20\n各鄉鎮人民政府,縣政府有關部門:\n為確保低收入群眾基本生活,經研究決定,發放補貼資金。\n",
        (None, "內鄉縣人民政府辦公室關于發放城鄉困難群眾生活補貼資金的通知", ("内乡县人民政府办公室",), "2016-12-20"),
    ),
    (
        "a plan's title wrapped before its second part, 「及重点任务分工」 (W10)",
        "吉林省2020年政务公开工作要点\n及重点任务分工\n深入贯彻党中央国务院关于政务公开工作决策部署,全面落实条例。\n",
        (None, "吉林省2020年政务公开工作要点及重点任务分工", (), None),
    ),
    (
        "joint issuers heading a title, the second printed without its place (W03, B26)",
        "宁夏回族自治区物价局、财政厅关于调整标准情报资料部分收费标准的复函\n" + BODY,
        (None, "宁夏回族自治区物价局、财政厅关于调整标准情报资料部分收费标准的复函", ("宁夏回族自治区物价局", "宁夏回族自治区财政厅"), None),
    ),
    (
        "a national law above the order that promulgates it, its title ending in 法 (K08)",
        "中华人民共和国国家通用语言文字法\n全国人民代表大会常务委员会\n中华人民共和国主席令(九届第37号)\n"
        "《中华人民共和国国家通用语言文字法》已由全国人民代表大会常务委员会通过,现予公布,自2001年1月1日起施行。\n"
        "中华人民共和国主席 江泽民\n2000年10月31日\n第一章 总则\n第一条 为推动国家通用语言文字的规范化,制定本法。\n",
        (None, "中华人民共和国国家通用语言文字法", ("全国人民代表大会常务委员会",), "2000-10-31"),
    ),
    (
        "a body-only excerpt starting at the salutation",
        "各乡镇人民政府,县政府各部门:\n经县政府同意,现将有关事项通知如下。\n一、…\n特此通知。\n",
        (None, "", (), None),
    ),
    (
        "the signing date run onto the last sentence, the page's line break lost (M07)",
        "琼府〔2005〕9号\n\n各市、县、自治县人民政府:\n现将有关事项通知如下。\n希望受表彰的市、县再接再厉。其他市、县要进一步抓好造林绿化工作,"
        "为生态省建设作出更大贡献。 二○○五年二月七日\n",
        ("琼府〔2005〕9号", "", (), "2005-02-07"),
    ),
    (
        "a sentence that ends with a date, more sentences after it: no signature",
        "琼府〔2005〕9号\n\n各市、县、自治县人民政府:\n现将有关事项通知如下。本次检查结束于2005年2月7日\n"
        "各市县要认真总结检查中发现的问题,抓紧制定整改措施,切实加强造林绿化工作的管理,确保完成全年任务。\n",
        ("琼府〔2005〕9号", "", (), None),
    ),
    (
        "a notice printed from its salutation, then the rule it issues under its date: the rule's heading is no title of the notice (M08)",
        "各县市人民政府,州人民政府各部门:\n《某州人民政府工作规则》已经自治州人民政府审议通过,现予印发。\n2024年10月22日\n(此件公开发布)\n"
        "某州人民政府工作规则\n第一章 总则\n一、根据《中华人民共和国宪法》,结合自治州实际,制定本规则。\n",
        (None, "", ("某州人民政府",), "2024-10-22"),
    ),
    (
        "a page run into one line, spaces where its breaks were: title (number) salutation: body (Q07)",
        "绵阳市人民政府办公室关于进一步规范公文处理工作的通知 (绵府办发[2006]15号) 各区市县人民政府、各园区管委会: "
        "现就有关问题通知如下: 一、进一步规范文件报送 (一)公文一律通过秘书一处收文。 (二)秘书一处落实专人签收。\n",
        ("绵府办发〔2006〕15号", "绵阳市人民政府办公室关于进一步规范公文处理工作的通知", ("绵阳市人民政府办公室",), None),
    ),
    (
        "a row of a database dump: its fields lines, the title first, escaped breaks and quotes (P12, AL02)",
        "INSERT INTO `procurement_list` VALUES (16, '关于印发《某资金管理办法》的通知', '2022-11-09 00:00:00', "
        "'<p>各省财政厅:</p>\\r\\n    <p style=\\\"text-indent: 2em\\\">我们制定了《某资金管理办法》。现予印发。</p>',2, NULL, "
        "'我们制定了《某资金管理办法》。');",
        (None, "关于印发《某资金管理办法》的通知", (), None),
    ),
    (
        "a heading wrapped issuer / 转发… / 关于…, printed twice by the page, then its number (AG07)",
        "山东省人民政府办公厅\n转发省人力资源社会保障厅等部门\n关于做好普通高校毕业生\n就业工作的意见的通知\n"
        "转发省人力资源社会保障厅等部门\n关于做好普通高校毕业生\n就业工作的意见的通知\n鲁政办发〔2010〕21号\n" + BODY
        + "山东省人民政府办公厅\n二○一○年四月三十日\n",
        ("鲁政办发〔2010〕21号", "山东省人民政府办公厅转发省人力资源社会保障厅等部门关于做好普通高校毕业生就业工作的意见的通知",
         ("山东省人民政府办公厅",), "2010-04-30"),
    ),
    (
        "a page's greeting above the title is no 版头: the issuer is the heading's; a signing date that lost its 年月日 (AI04)",
        "欢迎来到中国领先的工业云服务平台\n\n平台新闻\n\n工业和信息化部办公厅关于组织申报某事项的通知\n\n工信厅规函[2018]56\n\n"
        "各省、自治区、直辖市工业和信息化主管部门:\n\n有关事项通知如下。\n\n特此通知。\n\n工业和信息化部办公厅\n\n201827\n",
        ("工信厅规函〔2018〕56号", "工业和信息化部办公厅关于组织申报某事项的通知", ("工业和信息化部办公厅",), "2018-02-07"),
    ),
    (
        "the same page with its signing date lost: still the heading's issuer, not the greeting",
        "欢迎来到中国领先的工业云服务平台\n\n平台新闻\n\n工业和信息化部办公厅关于组织申报某事项的通知\n\n工信厅规函[2018]56\n\n"
        "各省、自治区、直辖市工业和信息化主管部门:\n\n有关事项通知如下。\n\n特此通知。\n",
        ("工信厅规函〔2018〕56号", "工业和信息化部办公厅关于组织申报某事项的通知", ("工业和信息化部办公厅",), None),
    ),
    (
        "a portal's menu of every department above the page, a link a line, then its search box: the heading still found, "
        "its issuer the heading's, not the menu's first department nor 「搜本站」 (GV06)",
        "某自治区人民政府网站\n政务微信\n|\n部门网站导航\n\n自治区政府组成部门\n\n"
        + "".join(f"  • {d}\n" for d in ("发展和改革委员会", "教育厅", "科学技术厅", "工业和信息化厅", "民族事务委员会", "公安厅",
                                          "民政厅", "司法厅", "财政厅", "人力资源和社会保障厅", "自然资源厅", "住房和城乡建设厅",
                                          "生态环境厅", "外事办公室", "交通运输厅", "水利厅", "农牧厅", "商务厅", "文化和旅游厅",
                                          "卫生健康委员会", "退役军人事务厅", "应急管理厅", "审计厅", "国有资产监督管理委员会",
                                          "市场监督管理局", "广播电视局", "体育局", "统计局", "医疗保障局", "林业和草原局"))
        + "\n搜本站\n\n首页 > 政务公开 > 应急预案 正文\n某自治区应急管理厅关于印发《某地震灾害应急处置工作预案》的通知\n"
        "发布日期:2020-05-18\n\n厅机关各处室、直属单位:\n\n现将《某地震灾害应急处置工作预案》印发给你们,请认真贯彻落实。\n\n"
        "2020年5月15日\n",
        (None, "某自治区应急管理厅关于印发《某地震灾害应急处置工作预案》的通知", ("某自治区应急管理厅",), "2020-05-15"),
    ),
    (
        "a site's link that reads like a body's name, far above the heading: no 版头, the issuer the heading's (BU09's 「注册公司」)",
        "首页\n注册公司\n" + "".join(f"{x}\n\n" for x in ("政务公开", "政务服务", "政民互动", "走进某区", "专题专栏", "无障碍"))
        + "某区人民政府关于印发某区民政事业发展规划的通知\n各乡镇人民政府、街道办事处:\n现将《某区民政事业发展规划》印发给你们。\n"
        "2021年11月29日\n",
        (None, "某区人民政府关于印发某区民政事业发展规划的通知", ("某区人民政府",), "2021-11-29"),
    ),
    # a page's 发布机构 or front matter's author is an issuer when it names one body in full (ED04, Z05); it often names the
    # office or site that posted the page, short, or runs on into the page's counters, and then none
    (
        "a scraped corpus's front matter naming the rule's maker in full",
        "---\n标题: 上海市城市雕塑建设管理办法\n文号: -\n发布单位: 上海市人民政府\n发布日期: -\n---\n\n上海市城市雕塑建设管理办法\n\n"
        "第一条 为了更好地进行本市城市雕塑建设,制定本办法。\n第二条 市规划资源局负责本办法的组织实施。\n",
        (None, "上海市城市雕塑建设管理办法", ("上海市人民政府",), None),
    ),
    (
        "a site generator's front matter: its author in full",
        "---\ntitle: 广东省行政执法公示办法\ndate: 2021-05-21\nauthor: 广东省人民政府\ncategory:\n  - 规章\n---\n\n"
        "广东省行政执法公示办法\n\n第一条 为了规范行政执法公示,制定本办法。\n第二条 县级以上人民政府负责本行政区域内的行政执法公示工作。\n",
        (None, "广东省行政执法公示办法", ("广东省人民政府",), "2021-05-21"),
    ),
    (
        "a page's 发布机构 naming the posting office short: no issuer",
        "固原市草原火灾应急预案\n发布机构: 固原市政府办\n\n1 总则\n为了有效预防和扑救草原火灾,制定本预案。\n市林草局负责草原防火工作。\n",
        (None, "固原市草原火灾应急预案", (), None),
    ),
    # an order's cover over the one rule it promulgates names the rule's issuer (Y08, AE05)
    (
        "an order's cover, its number in brackets on the next line",
        "广东省公共数据管理办法\n广东省人民政府令\n(第290号)\n《广东省公共数据管理办法》已经2021年9月22日广东省人民政府第162次常务会议"
        "审议通过,现予公布,自2021年11月25日起施行。\n省长 马兴瑞\n2021年10月18日\n广东省公共数据管理办法\n第一章 总则\n"
        "第一条 为了规范公共数据管理,制定本办法。\n第二条 省政务服务数据管理局负责本省公共数据的统筹管理。\n",
        (None, "广东省公共数据管理办法", ("广东省人民政府",), "2021-10-18"),
    ),
    (
        "a run-in signature before the heading of the rule the notice issues, as its 《》 above names it (LO08, BU09, GR04)",
        "当前位置： 首页政务公开最新文件部门文件 关于印发平潭综合实验区用电容量1250千伏安及以下企业外线建设专项资金管理办法的通知(有效期二年) 时间：2021-12-06 15:36 微信 微博 QQ空间 岚经发〔2021〕265号 平潭综合实验区经济发展局 平潭综合实验区财政金融局 关于印发平潭综合实验区用电容量1250千伏安 及以下企业外线建设专项资金管理办法的通知 国网平潭供电公司、各有关企业： 根据《福建省人民政府关于印发福建省优化营商环境行动方案的通知》（闽政〔2021〕9号）、《福建省发展改革委员会等七部门关于印发全面提升“获得电力”服务水平 持续优化用电营商环境行动方案的通知》（闽发改能源〔2021〕38号）等相关文件精神，为促进中小微企业发展，降低企业用电成本，营造良好营商环境，经区管委会研究同意，现将《平潭综合实验区用电容量1250千伏安及以下企业外线建设专项资金管理办法》印发给你们，请遵照执行。 平潭综合实验区经济发展局 平潭综合实验区财政金融局 2021年11月26日 平潭综合实验区用电容量1250千伏安 及以下企业外线建设专项资金管理办法 第一章 总则 第一条 为持续提升实验区营商环境建设，扶持平潭综合实验区新增用电容量1250千伏安及以下企业电力外线建设，根据《福建省人民政府关于印发福建省优化营商环境行动方案的通知》（闽政〔2021〕9号）、《平潭综合实验区管委会关于印发平潭综合实验区优化营商环境行动计划（2021-2023年）的通知》（岚综管综〔2021〕103号）等文件精神，制定本办法。 第二条 本专项资金由实验区财政安排，用于补助在我区注册登记企业办理新装10千伏1250千伏安及以下非高耗能永久性新装用电的外接电力设施建设（不含纳入我区负面清单企业，以及国有企业、集团企业分公司），以及因项目管理需要发生的招投标、审计监督、绩效评价等费用支出。 备注：国有企业指国有独资及国有绝对控股企业；集团企业分公司指集团企业在我区设立的不具有独立法人资格的分支机构。 ",
        ("岚经发〔2021〕265号", "平潭综合实验区经济发展局平潭综合实验区财政金融局关于印发平潭综合实验区用电容量1250千伏安及以下企业外线建设专项资金管理办法的通知",
         ("平潭综合实验区经济发展局", "平潭综合实验区财政金融局"), "2021-11-26"),
    ),
    (
        "a run-in signature after an attachments' label with no stop on its line (second review)",
        "山东省人民政府办公厅关于做好黄河防凌工作的通知\n各市人民政府,省政府各部门:\n为确保黄河防凌安全,经省政府同意,现就有关事项通知如下。一、各级要落实防凌责任。二、省水利厅负责统筹协调。\n附件:黄河防凌责任人名单山东省人民政府办公厅2021年1月8日\n",
        (None, "山东省人民政府办公厅关于做好黄河防凌工作的通知", ("山东省人民政府办公厅",), "2021-01-08"),
    ),
    (
        "a page's 发布机构 naming a national maker as it was named (second review)",
        "索 引 号: 000013381/2016-00123 发布机构: 原国家食品药品监督管理总局 发布日期: 2016-05-06\n关于进一步加强药品流通监管的通知\n各省、自治区、直辖市食品药品监督管理局:\n为进一步加强药品流通监管,现就有关事项通知如下。\n一、各地要加强组织领导。\n",
        (None, "关于进一步加强药品流通监管的通知", ("国家食品药品监督管理总局",), "2016-05-06"),
    ),
    (
        "an order's cover with its number on its line",
        "药品召回管理办法\n2007-12-10形成文本\n国家食品药品监督管理局令第29号\n《药品召回管理办法》于2007年12月6日经国家食品药品监督管理局"
        "局务会审议通过,现予公布,自公布之日起施行。\n局长 邵明立\n2007年12月10日\n药品召回管理办法\n第一章 总则\n"
        "第一条 为加强药品安全监管,制定本办法。\n第二条 国家食品药品监督管理局负责全国药品召回的监督管理工作。\n",
        (None, "药品召回管理办法", ("国家食品药品监督管理局",), "2007-12-10"),
    ),
    # a congress's note of passing and approval names the congress whose regulation it is (HU05, HU02, HY07)
    (
        "a congress's note wrapped over lines, in double brackets",
        "怀化市城市公园条例\n\n((2018年10月26日怀化市第五届人民代表大会\n\n常务委员会第十七次会议通过,2018年11月30日\n\n"
        "湖南省第十三届人民代表大会常务委员会第八次会议\n\n批准))\n\n第一章 总则\n\n第一条 为了加强城市公园的管理,制定本条例。\n"
        "第二条 市人民政府城市管理主管部门负责本市城市公园的监督管理。\n",
        (None, "怀化市城市公园条例", ("怀化市人民代表大会常务委员会",), "2018-10-26"),
    ),
    (
        "a congress's note with no dates, its regulation made (制定) and approved",
        "南京市养犬管理条例\n\n(南京市第十三届人民代表大会常务委员会第二十九次会议制定 江苏省第十届人民代表大会常务委员会第三十一次会议批准)\n\n"
        "第一章 总则\n\n第一条 为了规范养犬行为,制定本条例。\n第二条 市公安机关是养犬管理的主管部门。\n",
        (None, "南京市养犬管理条例", ("南京市人民代表大会常务委员会",), None),
    ),
    # a signature a page that lost its breaks ran into the text dates it (JR02, JR06), a 版记's printing line does not (BL04)
    (
        "a signature run into the text after its last sentence",
        "山东省人民政府办公厅关于做好黄河防凌工作的通知\n鲁政办字〔2021〕3号\n各市人民政府:\n目前黄河山东段已进入凌汛期。各市要加强巡查,"
        "确保黄河防凌安全。山东省人民政府办公厅2021年1月8日\n",
        ("鲁政办字〔2021〕3号", "山东省人民政府办公厅关于做好黄河防凌工作的通知", ("山东省人民政府办公厅",), "2021-01-08"),
    ),
    (
        "a signature run in with the body that stamps for it, before the attachments",
        "某省专项小组办公室关于调整某项目审批事项的通知\n某审改办〔2021〕2号\n各市住房城乡建设局:\n现将有关事项通知如下。"
        "某省专项小组办公室(某省住房和城乡建设厅代章)2021年3月29日附件某项目审批事项清单\n",
        ("某审改办〔2021〕2号", "某省专项小组办公室关于调整某项目审批事项的通知", ("某省专项小组办公室",), "2021-03-29"),
    ),
    (
        "a day a sentence names after a body, and a 版记's printing line: neither signs",
        "某市人民政府关于某事的通知\n某府发〔2021〕5号\n各区人民政府:\n经市人民政府2021年1月8日常务会议研究,现将有关事项通知如下。"
        "抄送:市委办公室。某市人民政府办公室2021年1月12日印发\n",
        ("某府发〔2021〕5号", "某市人民政府关于某事的通知", ("某市人民政府",), None),
    ),
    # an issuer printed without its place gets the one a reader gives it (shared R18, R20; DA05, C19, BQ08, EJ04)
    (
        "a city's office printed without its place, the city named in full in its heading as its matter",
        "市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案的通知\n六盘水府办发〔2020〕15号\n各县、区人民政府:\n现将《六盘水市"
        "新型基础设施建设三年行动方案》印发给你们,请认真贯彻执行。\n2020年8月3日\n",
        ("六盘水府办发〔2020〕15号", "市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案的通知", ("六盘水市人民政府办公室",),
         "2020-08-03"),
    ),
    # but not from a city its text names otherwise, a short name inside ordinary words, nor a heading's city that is not its
    # matter (a second review: 「长治久安」 「与深圳市对口合作」 「江西安全」 read as 西安, 「转发孝感市人民政府办公室…」 under 安陆市's)
    *[(f"a place its print leaves out, not given from {why}", text, (None, title, issuer, None)) for why, text, title, issuer in (
        ("an ordinary word", "市人民政府办公室关于维护社会长治久安的通知\n各县(区)人民政府:\n为推广安全生产,现通知如下。\n",
         "市人民政府办公室关于维护社会长治久安的通知", ("市人民政府办公室",)),
        ("another city its heading names", "市人民政府关于深化与深圳市对口合作的实施意见\n各区人民政府:\n为深化合作,提出如下意见。\n",
         "市人民政府关于深化与深圳市对口合作的实施意见", ("市人民政府",)),
        ("a province read inside words", "省人民政府办公厅关于加强江西安全生产监管工作的通知\n各设区市人民政府:\n为加强监管,现通知如下。\n",
         "省人民政府办公厅关于加强江西安全生产监管工作的通知", ("省人民政府办公厅",)),
        ("the body a heading forwards", "市人民政府办公室关于转发孝感市人民政府办公室关于加强安全生产工作的通知\n各乡镇人民政府:\n现将《孝感市人民"
         "政府办公室关于加强安全生产工作的通知》转发给你们,请结合安陆市实际,认真贯彻执行。\n",
         "市人民政府办公室关于转发孝感市人民政府办公室关于加强安全生产工作的通知", ("市人民政府办公室",)),
    )],
    (
        "a province's government printed without its place, the province its number's code stands for",
        "省人民政府关于进一步优化营商环境的若干意见\n鄂政发〔2018〕26号\n各市、州、县人民政府,省政府各部门:\n为优化营商环境,提出如下意见。\n"
        "2018年8月21日\n",
        ("鄂政发〔2018〕26号", "省人民政府关于进一步优化营商环境的若干意见", ("湖北省人民政府",), "2018-08-21"),
    ),
    (
        "a province's government named short, no place, a city it names telling nothing (review)",
        "省政府关于同意将淮安市楚州区部分村组划归清河区管辖的批复\n淮安市人民政府:\n你市《关于将淮安市楚州区小堆等村划归清河区管辖的请示》收悉。"
        "经研究,同意你市意见。\n2003年3月5日\n",
        (None, "省政府关于同意将淮安市楚州区部分村组划归清河区管辖的批复", ("省人民政府",), "2003-03-05"),
    ),
    (
        "a district's office printed without its place, named in full by the page's 发布机构",
        "发布机构: 洪山区人民政府办公室\n标题: 区人民政府办公室关于印发重点工作分解方案的通知\n区人民政府办公室关于印发重点工作分解方案的通知\n"
        "洪政办〔2025〕1号\n各街道办事处:\n现将方案印发给你们,请认真贯彻执行。\n2025年2月10日\n",
        ("洪政办〔2025〕1号", "区人民政府办公室关于印发重点工作分解方案的通知", ("洪山区人民政府办公室",), "2025-02-10"),
    ),
    (
        "a city's government printed without its place, its heading naming two cities: as printed",
        "市人民政府关于襄阳至十堰铁路建设的意见\n各县(市、区)人民政府:\n为加快建设,提出如下意见。\n2018年1月5日\n",
        (None, "市人民政府关于襄阳至十堰铁路建设的意见", ("市人民政府",), "2018-01-05"),
    ),
    # a review's: a forwarding notice's own run-in signature refused (a clause before it) leaves the one of the notice it
    # forwards unread (JT04); a table's row signs nothing
    (
        "a forwarding notice's run-in signature after a clause: the forwarded notice's is not read",
        "某某市人民政府办公室关于转发省政府办公厅关于做好春季森林防火工作的通知的通知各县(市、区)人民政府,市直各单位:现将《山东省人民政府办公厅关于做好春季森林防火工作的通知》转发给你们,请结合实际,认真贯彻落实。联系人:张三,电话:0531-1234567附件:山东省人民政府办公厅关于做好春季森林防火工作的通知某某市人民政府办公室2021年2月3日(此件公开发布)山东省人民政府办公厅关于做好春季森林防火工作的通知各市人民政府:为做好春季森林防火工作,现通知如下:一、加强火源管控。二、落实责任。山东省人民政府办公厅2021年1月8日\n",
        (None, "某某市人民政府办公室关于转发省政府办公厅关于做好春季森林防火工作的通知的通知", ("某某市人民政府办公室",), None),
    ),
    (
        "a table's row, a body then a day in cells: no signature",
        "关于公布现行有效规范性文件目录的通知\n各乡镇人民政府,县直各部门:\n经清理,现将现行有效的规范性文件目录予以公布。\n附件:现行有效规范性文件目录\n序号\t文件名称\t发文机关\t发文日期\n1\t关于加强农村饮水安全管理的通知\t某某县人民政府办公室\t2015年3月1日\n2\t关于做好秸秆禁烧工作的通知\t某某县人民政府办公室\t2016年4月2日\n",
        (None, "关于公布现行有效规范性文件目录的通知", (), None),
    ),
    (
        "an order's cover and the note under the rule's heading: the note's day is read",
        "广东省人民政府令\n第290号\n《广东省公共数据管理办法》已经2021年9月29日十三届广东省人民政府第150次常务会议通过,现予公布。\n省长 马兴瑞\n广东省公共数据管理办法\n(2021年10月18日广东省人民政府令第290号公布 自2021年11月25日起施行)\n第一章 总则\n第一条 为了规范公共数据管理,制定本办法。\n第二条 本办法适用于本省行政区域内公共数据管理活动。\n",
        (None, "广东省公共数据管理办法", ("广东省人民政府",), "2021-10-18"),
    ),
    # a page that lost its breaks runs its heading, or the number it opens with, into the opening clause after a space (LN08,
    # LN06, traditional script with pinyin glosses)
    (
        "a heading run into its opening clause after a space",
        "玉田縣人民政府關(guān)于在縣中心城區(qū)實施限制性交通管理措施的通告 為進(jìn)一步改善城區(qū)環境空氣質量,縣政府決定實施限制性交通管理"
        "措施,現(xiàn)將限行措施通告如下:\n一、限行時間\n決定于2016年7月29日至31日。\n玉田縣人民政府\n2016年7月28日\n",
        (None, "玉田縣人民政府關于在縣中心城區實施限制性交通管理措施的通告", ("玉田县人民政府",), "2016-07-28"),
    ),
    (
        "a number a one-line page opens with, run into its opening clause after a space",
        "香政通【2012】3號(hào) 為緩解香格里拉縣城區(qū)道路交通壓力,改善城區(qū)道路通行環(huán)境,根據(jù)《中華人民共和國(guó)道路交通安全法》第三十九條的規(guī)定,決定從2012年4月20日8時(shí)起禁止貨車(chē)、客車(chē)等車(chē)輛進(jìn)入縣城區(qū)主干道通行,現(xiàn)就有關(guān)事項(xiàng)通告如下: 一、本通告所稱的貨車(chē)是指大中小型載貨汽車(chē)、拖拉機(jī)、三輪貨車(chē)、牽引車(chē)和專項(xiàng)作業(yè)車(chē)。 二、本通告所稱的客車(chē)是指大中型客運(yùn)汽車(chē)。 三、本通告所稱城區(qū)主干道,是指長(zhǎng)征大道、池慈卡街、香巴拉大道、格咱路、陽(yáng)塘路、東旺路、建塘路、金沙路、達(dá)娃路。 四、禁止通行時(shí)間:早08:00—晚20:00",
        ("香政通〔2012〕3号", "", (), None),
    ),
]


# A scraped corpus's Markdown: front matter of fields (labels this table did not know: 类型, 层级, 状态,
# 官方链接), the scraper's note quoting a law, then the heading (L01, L02).
_FRONT_MATTER = ("---\n标题: 上海市嘉定区文物局关于延长《嘉定区某暂行规定》有效期的通知\n文号: 嘉文物〔2024〕30号\n"
                 "发布单位: 上海市嘉定区文化和旅游局\n发布日期: 2024-10-31\n层级: 区级\n类型: 规定\n状态: 有效\n"
                 "官方链接: https://www.shanghai.gov.cn/zhengce/detail/0080\n---\n\n"
                 "> 本文正文由脚本自官方公开页面提取。\n> 依《中华人民共和国著作权法》第五条第一项,具有立法、行政、司法性质的文件不适用著作权法。\n\n"
                 "# 上海市嘉定区文物局关于延长《嘉定区某暂行规定》有效期的通知\n\n")
HEADS.append((
    "front matter, a scraper's note, then the heading: the title whole, the note no part of the document",
    _FRONT_MATTER + BODY + "上海市嘉定区文物局\n2024年10月31日\n",
    ("嘉文物〔2024〕30号", "上海市嘉定区文物局关于延长《嘉定区某暂行规定》有效期的通知", ("上海市嘉定区文物局",), "2024-10-31"),
))


# A site generator's page (O01, O02): English front-matter keys, the generator's own keys, container
# fences with captions (「::: details 目录」 ends with a 文种-like word), tabs and attribute lists are no heading;
# the front matter's title is the document's when the page prints none.
_SITE_PAGE = ('---\ntitle: 危险废物转移管理办法\nshortTitle: 危废转移办法\nicon: article\ndate: 2022-01-01\n'
              'author: 生态环境部等\ncategory:\n  - 规章\ntag:\n  - 部门规章\n---\n\n::: tip 修订信息\n\n'
              '(2021年11月30日生态环境部、公安部、交通运输部令第23号公布 自2022年1月1日起施行)\n\n:::\n\n'
              '::: details 目录\n\n@tab 章节\n\n[[toc]]\n\n:::\n\n## 第一章 总 则{align="center"}\n\n'
              '<p id="t1">&emsp;&emsp;<b>第一条</b>&emsp;为加强对危险废物转移活动的监督管理,制定本办法。</p>\n'
              '<p id="t4">&emsp;&emsp;<b>第四条</b>&emsp;生态环境部负责建设、运行和维护信息系统。</p>\n')
HEADS.append((
    "a bare date under an 附: line signs the notice (P06: 「附:…办法(试行)」, then 「一九七八年三月二十三日」)",
    "关于颁发《某办法》(试行)的通知\n(交公路字〔1978〕412号)\n各省交通局:\n  为了加强管理工作,现制订出《某办法》,定于一九七八年四月一日起试行.\n"
    "  某院为统一管理单位,在试行过程中,有什么修改意见,希随时函告该院.\n  请各地认真组织试行.\n  附:某办法(试行)\n"
    "                        一九七八年三月二十三日\n\n             某办法\n第一条 为加强管理,制定本办法.\n",
    ("交公路字〔1978〕412号", "关于颁发《某办法》(试行)的通知", (), "1978-03-23"),
))
# (its promulgation note names three bodies: read as a note only since session 36, the front matter's day in force was
# taken for its date, O01, BY11, BY12)
HEADS.append(("a site generator's front matter and markup", _SITE_PAGE,
              (None, "危险废物转移管理办法", ("生态环境部", "公安部", "交通运输部"), "2021-11-30")))
# AN03: a gazette page prints the unsigned document's own date in brackets under its heading; the page's 成文日期
# is the issue's
HEADS.append((
    "a date in brackets under the heading over the page's 成文日期",
    "某市人民政府公报(2019年第3、4期)\n  • 成文日期 2019-02-28\n  •   某市人民政府\n\n      关于2019年重点办好10件实事的通知\n\n"
    "      (2019年1月29日)\n\n      某政发〔2019〕1号\n\n      各区、市人民政府:\n\n      市政府决定,2019年重点办好10件实事。\n",
    ("某政发〔2019〕1号", "某市人民政府关于2019年重点办好10件实事的通知", ("某市人民政府",), "2019-01-29"),
))
# AV04: a 复函 on a static site: the front matter names it, its body opens at a numbered section
HEADS.append((
    "front matter's title over a section heading below it",
    "---\ntitle: 关于某气体超标排放法律适用有关问题的复函\ndate: 2020-03-20\nauthor: 生态环境部办公厅\ncategory:\n  - 法律解释\n---\n\n"
    "## 一、相关法律规定\n\n### (一)关于超标排放\n\n某法第十八条规定:“企业应当符合排放标准。”\n\n生态环境部办公厅\n2020年3月20日\n",
    (None, "关于某气体超标排放法律适用有关问题的复函", ("生态环境部办公厅",), "2020-03-20"),
))
# AT03, AS01, AV10: a law collection prints under the heading the day and the publisher, or the meeting that passed it;
# and files a notice's annex under the notice's title
HEADS.append((
    "a collection's line: the day and the body that published it",
    "# 政府某储备安全风险事项报告管理办法(试行)\n\n2025年9月28日 国家发展和改革委员会公布\n\n<!-- LEGAL_HEADER_END -->\n\n"
    "第一条 为规范某储备安全风险事项报告工作,制定本办法。\n",
    (None, "政府某储备安全风险事项报告管理办法(试行)", ("国家发展和改革委员会",), "2025-09-28"),
))
HEADS.append((
    "a collection's line: the day a meeting passed it",
    "某省某条例\n\n2025年5月28日 某省第十四届人民代表大会常务委员会第十七次会议通过\n\n第一条 为了规范某工作,制定本条例。\n",
    (None, "某省某条例", ("某省人民代表大会常务委员会",), "2025-05-28"),
))
HEADS.append((
    "a notice's annex filed under the notice's title",
    "# 商务部关于实施“振兴老字号工程”的通知/附件一\n\n2006年4月10日 中华人民共和国商务部公布\n\n"
    "“中华老字号”是指历史悠久的品牌。\n\n一、重要意义\n\n商务部组织各地商务主管部门对全国老字号进行普查。\n",
    (None, "商务部关于实施“振兴老字号工程”的通知/附件一", ("商务部",), "2006-04-10"),
))
HEADS.append((
    "a page with no heading: what its annex prints under 「附件1」 is no title of it (BQ03's table header)",
    "各街道,区各部门:\n现将相关分解落实方案印发给你们,请认真落实。\n某区人民政府\n2024年3月11日\n附件1\n目标任务责任分解表\n"
    "序号\n目标名称\n工 作 标 准\n牵头单位\n",
    (None, "", ("某区人民政府",), "2024-03-11"),
))
HEADS.append((
    "but not over a date printed above it (review)",
    "某市人民政府关于印发某市X办法的通知\n2020年3月2日\n(2019年12月30日)\n各区人民政府,市政府各部门:\n现将《某市X办法》印发给你们,请认真贯彻执行。\n",
    (None, "某市人民政府关于印发某市X办法的通知", ("某市人民政府",), "2020-03-02"),
))

HEADS.append((
    "a gazette's masthead printing its issue between its names is no heading (CW07)",
    "中国税务 1993年 第11期 税务法规公报\n\n国家税务总局关于某业务收入征收营业税的通知\n\n1993年9月16日 国税发[1993]080号\n\n"
    "各省、自治区、直辖市税务局:\n经研究决定,从今年10月1日起恢复征收营业税。\n请遵照执行。\n",
    ("国税发〔1993〕80号", "国家税务总局关于某业务收入征收营业税的通知", ("国家税务总局",), "1993-09-16"),
))


def test_a_covering_notice_that_starts_at_its_handover_is_untitled():
    # 「《X》已经省政府同意,现印发给你们」 opens a page with no heading: X is the rule it issues (AY02, AX05, AU09, W09)
    text = ("《关于金融支持防控疫情稳定经济增长的若干措施》已经省政府同意,现印发给你们,请认真贯彻执行。\n2020年2月9日\n(此件主动公开)\n"
            "为深入贯彻落实党中央、国务院的重大部署,提出如下措施。\n一、加大信贷支持力度。\n")
    d = extract_text(text).documents[0]
    assert (d.title, d.issues_attached, d.date) == ("", ("关于金融支持防控疫情稳定经济增长的若干措施",), "2020-02-09")
    # nor is a rule named after it (「《Y》经…批准施行以来」) its title: Y is cited (review)
    r = extract_text("各县(市、区)人民政府:\n《某市城市道路挖掘管理办法》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
                     "《某市城市道路管理条例》经省人大常委会批准施行以来,我市城市道路管理工作取得明显成效。\n某市人民政府办公室\n2020年3月5日\n")
    assert (r.documents[0].title, [x.cited_title for x in r.law_citations]) == ("", ["某市城市道路管理条例"])


def test_a_site_generators_markup_is_no_part_of_the_text():
    record = extract_text(_SITE_PAGE)
    assert [(d.lead, d.task) for d in record.duties] == [(("生态环境部",), "建设、运行和维护信息系统")]
    assert "shortTitle" not in clean(_SITE_PAGE).s and "::: " not in clean(_SITE_PAGE).s


def test_a_scrapers_note_above_the_heading_cites_nothing():
    assert extract_text(_FRONT_MATTER + BODY).law_citations == ()


def test_a_repositorys_comment_sets_no_first_day():
    # its words are the store's, not the text's: 「自公布之日起施行」 in a comment read as the rule's start left its own
    # article unread (AQ04, HF04)
    text = ("某市工资支付规定\n\n由低风险单版本现行工作流起草；正式写入前已经过批次批准。\n\n<!-- LEGAL_HEADER_END -->\n"
            "<!-- EFFECTIVE_FROM_BASIS: 某市人民政府第200号令明确自公布之日起施行 -->\n\n"
            "某市工资支付规定(2003 年 12 月 22 日某市人民政府第 142 号令公布 根据2007 年 11 月 23 日某市人民政府第 200 号令修改)\n"
            "第一条 为了规范工资支付行为,制定本规定。\n第二条 市人力资源和社会保障局负责本规定的组织实施。\n"
            "第三条 本规定自2004年1月22日起施行。\n")
    (doc,) = extract_text(text).documents
    assert (doc.in_force.from_, doc.in_force.evidence) == ("2004-01-22", "第三条本规定自2004年1月22日起施行。")


@pytest.mark.parametrize("line,fields", [
    # a label word inside a value is the value's: 「…》有效期的通知」 is a title, not a validity field
    ("标题: 关于延长《某规定》有效期的通知", {"title": "关于延长《某规定》有效期的通知"}),
    # a table without colons: each label ends its cell
    ("索引号 0031 主题分类 政务公开 发文字号 国办发〔2019〕3号", {"other": "0031", "number": "国办发〔2019〕3号"}),
    ("类型: 规定 层级: 区级", {"other": "规定"}),
    # the number of the document that approved, not this one's (HD02)
    ("新增城乡道路名称,批准文号:丹政函〔2023〕67号", {"other": "丹政函〔2023〕67号"}),
    # cells run together with no separator: each label still starts one
    ("发文机关国务院办公厅成文日期2019年1月3日", {"issuer": "国务院办公厅", "written": "2019年1月3日"}),
])
def test_a_label_is_a_label_where_it_ends_a_cell(line, fields):
    assert metadata(line) == fields


@pytest.mark.parametrize("phenomenon,text,expected", HEADS, ids=[h[0] for h in HEADS])
def test_head(phenomenon, text, expected):
    docs = extract_text(text).documents
    assert len(docs) == 1
    d = docs[0]
    assert (d.doc_number, d.title, d.issuers, d.date) == expected


# (phenomenon, text, expected doc_number) — own numbers printed broken in the slot a page keeps for them
SLOTS = [
    ("digits run together", "秦价费字200995", "秦价费字〔2009〕95号"),
    ("closing bracket lost", "牟政办发〔201746", "牟政办发〔2017〕46号"),
    ("〇 in the year", "川府发〔2〇20〕26号", "川府发〔2020〕26号"),
    ("odd brackets and spaces", "国办发 〖 2019 〗 3 号", "国办发〔2019〕3号"),
    ("an order number is not a 发文字号", "省政府令第226号", None),
]


@pytest.mark.parametrize("phenomenon,value,expected", SLOTS, ids=[s[0] for s in SLOTS])
def test_slot_number(phenomenon, value, expected):
    found = slot_number(value)
    assert (found[0] if found else None) == expected


def test_metadata_in_brackets_and_empty_fields():
    assert metadata("【发文字号】国办发〔2019〕3号【成文日期】2019-01-12【有效性】") == {
        "number": "国办发〔2019〕3号", "written": "2019-01-12"}
    # a number's year in 【】 ends no field (DG05)
    assert metadata("颁布时间:1994-07-01发文字号:财税字【1994】第045号")["number"] == "财税字【1994】第045号"


def test_an_empty_date_field_takes_no_heading_below_it():
    # 「生效日期: 廢止日期:」 empty, the page's heading two lines down (BH04); a date on the next line is the field's
    assert metadata("名称: 某区2020年食品安全重点工作安排\n生效日期: 废止日期:\n\n某区2020年食品安全重点工作安排\n") == {
        "title": "某区2020年食品安全重点工作安排"}
    assert metadata("发文日期:\n\n2024年04月06日\n") == {"written": "2024年04月06日"}


@pytest.mark.parametrize("line,title", [
    ("《贵州省人民政府办公厅关于印发某办法的通知》", "贵州省人民政府办公厅关于印发某办法的通知"),
    ("国务院关于同意重庆市江北区人民政府驻地迁移的批复(2007年)", "国务院关于同意重庆市江北区人民政府驻地迁移的批复"),
    ("環保部发布環境标准制修訂办法", None),  # a news headline announces a rule; it is no document's title
    ("2024年4月6日", None),
    # an order's number annotated after the rule's title, and a 总署's order cover (AP03, AP02)
    ("中华人民共和国海关关徽使用管理办法(海关总署第64号令)", "中华人民共和国海关关徽使用管理办法"),
    ("中华人民共和国海关总署令第269号", None),
    # a heading with no 文种, its own number after it in brackets (AN08)
    ("2021年县政府重点工作任务(华政发〔2021〕2号)", "2021年县政府重点工作任务"),
    # an announcement's heading: its serial, then its title in brackets (CJ08); the serial alone is no title
    ("海关总署公告2018年第135号(关于发布进出境运输工具申报电子报文格式V1.3的公告)",
     "海关总署公告2018年第135号(关于发布进出境运输工具申报电子报文格式V1.3的公告)"),
    ("国家税务总局公告2018年第31号", None),
    # a reprinting site's region in brackets before the heading (CN01, CN02)
    ("(湖北省)武汉市2023年《政府工作报告》目标任务责任分解方案", "武汉市2023年《政府工作报告》目标任务责任分解方案"),
    ("(湖北省)2023年咸宁市《政府工作报告》确定的主要目标任务责任分解方案", "2023年咸宁市《政府工作报告》确定的主要目标任务责任分解方案"),
    # a section's heading behind a markdown mark is no title, whatever its last word (AV04)
    ("## 一、相关法律规定", None),
    ("### (二)关于未采取措施的规定", None),
    # what a page sets before a heading on its line: a label, cells up to the last 「|」, a tag, a site's step, a day (AH01,
    # BM02, BM07, CY05, DC10, G07, U02, C07); a field's cell is no heading (DA02, DC06)
    ("标??题:|安徽省人民政府关于铜陵市省级以上开发区优化整合方案的批复", "安徽省人民政府关于铜陵市省级以上开发区优化整合方案的批复"),
    ("1500字范文 > 「通告」前郭尔罗斯蒙古族自治县人民政府关于严禁露天焚烧农作物秸秆的通告",
     "前郭尔罗斯蒙古族自治县人民政府关于严禁露天焚烧农作物秸秆的通告"),
    ("【重要通告】隆德县人民政府关于春节期间部分区域禁限放烟花爆竹的通告", "隆德县人民政府关于春节期间部分区域禁限放烟花爆竹的通告"),
    ("【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知", "滁州市人民政府关于2020年市政府重点工作及责任分解的通知"),
    ("3月21日永登县公安局关于对县城部分道路实施临时交通管制的通告", "永登县公安局关于对县城部分道路实施临时交通管制的通告"),
    ("[浙江]浙江省关于2012年度规模以上工业总产值上台阶的县(市、区)的通报", "浙江省关于2012年度规模以上工业总产值上台阶的县(市、区)的通报"),
    ("公开时限|长期公开|主题词|兴平市人民政府办公室印发某规划任务分工方案的通知", "兴平市人民政府办公室印发某规划任务分工方案的通知"),
    ("权威发布:国家林业局关于修改部分部门规章的决定", "国家林业局关于修改部分部门规章的决定"),
    ("政策文件:中坦府规字〔2024〕4号中山市坦洲镇人民政府关于废止《某办法(试行)》的通知",
     "中山市坦洲镇人民政府关于废止《某办法(试行)》的通知"),  # the label, the number, the title (DD08)
    ("关于西藏自治区拟申报全国双拥模范城(县)名单的公示", "关于西藏自治区拟申报全国双拥模范城(县)名单的公示"),  # 公示 is a 文种 (DK01)
    # a page that explains a document it names in 《》 (DN01–DN06); a site's headline naming none is no heading (BJ06)
    ("《莆田市交通运输局关于公布规范性文件清理结果的通知》文字解读", "《莆田市交通运输局关于公布规范性文件清理结果的通知》文字解读"),
    ("关于《某市人民政府关于公布规范性文件清理结果的通知》的政策解读", "关于《某市人民政府关于公布规范性文件清理结果的通知》的政策解读"),
    ("2016年内蒙古殡葬管理条例实施办法细则全文解读", None),
    # an order numbered in brackets after its issuer, no 文种 printed (EX02)
    ("某市新型冠状病毒感染的肺炎疫情防控指挥部(17号令)", "某市新型冠状病毒感染的肺炎疫情防控指挥部(17号令)"),
    # its number in brackets after the title, and a reading of its issuing (EU04, EU05)
    ("《某市城市管理局关于公布第五批规范性文件清理结果的通知》(某城管局〔2020〕143号)政策解读",
     "《某市城市管理局关于公布第五批规范性文件清理结果的通知》(某城管局〔2020〕143号)政策解读"),
    ("关于发布《某县人民政府关于公布2020年第二批规范性文件废止目录的通知》的解读说明",
     "关于发布《某县人民政府关于公布2020年第二批规范性文件废止目录的通知》的解读说明"),
    ("公文种类:建设规划", None),
    ("文件类别|通知", None),
    # a title label's end, its start on the line above in a flattened field block (CQ06)
    ("称: 区政府办公室关于印发《上饶市广丰区森林火灾应急预案》的通知", "区政府办公室关于印发《上饶市广丰区森林火灾应急预案》的通知"),
    # a heading the site cut short with an ellipsis is the title as far as it is printed (DA01); a line of chrome is none
    ("黑龍江省人民政府辦公廳關於印發黑龍江省防汛應急預案等3部應急...", "黑龍江省人民政府辦公廳關於印發黑龍江省防汛應急預案等3部應急"),
    ("关于印发某市防汛应急预案等3部应急…", "关于印发某市防汛应急预案等3部应急"),
    ("各旗区人民政府,市人民政府...", None),
    ("特此通告", None),  # a closing formula over the signature, its stop left out (DQ09)
    ("特此公告", None),
    ("Loading...", None),
    # a reprinting site's part of the series it posts the notice in (BU09)
    ("某区人民政府关于印发某事业发展“十四五”规划等11个专项规划的通知(1.民政篇)",
     "某区人民政府关于印发某事业发展“十四五”规划等11个专项规划的通知"),
])
def test_title_in_a_head_line(line, title):
    ab = title_in(line)
    assert (line[ab[0] : ab[1]] if ab else None) == title


@pytest.mark.parametrize("page,number", [
    # a page's document for download: its number opens the file's name, after the date (CK06), with 附件 (CG03),
    # behind a 【word版】 label and in traditional script (BX07)
    ("…\n2023年4月17日\n(此件公开发布)\n连政复〔2023〕12号.doc", "连政复〔2023〕12号"),
    ("閩建筑〔2022〕4號附件.doc\n", "闽建筑〔2022〕4号"),
    ("【word版】濟兗政字〔2024〕8號 關于調整的通知.doc\n【PDF版】濟兗政字〔2024〕8號 關于調整的通知.pdf\n【附件】附件:清單.doc",
     "济兖政字〔2024〕8号"),
    ("附件:某某申请表.doc", None),  # a file named without a number
    ("见附件某政发〔2020〕1号文件.doc的说明。", None),  # a sentence, not a link
    ("甲〔2020〕1号.doc\n乙〔2021〕2号.pdf", None),  # two numbers: neither is the page's own
])
def test_a_page_prints_its_number_in_its_files_names(page, number):
    found = number_in_file_names(page)
    assert (found[0] if found else None) == number


@pytest.mark.parametrize("name,parts", [
    ("财政部国家税务总局", ["财政部", "国家税务总局"]),
    ("泸州市生态环境局泸州市财政局", ["泸州市生态环境局", "泸州市财政局"]),
    ("国家发展和改革委员会", ["国家发展和改革委员会"]),
    ("泸州市人民政府办公室", ["泸州市人民政府办公室"]),
    # (a name holding a bank's before the trade's 业 is one body, HM01)
    ("中国人民银行中国银行业监督管理委员会", ["中国人民银行", "中国银行业监督管理委员会"]),
])
def test_joint_issuers_split(name, parts):
    assert split_joint(name) == parts


@pytest.mark.parametrize("text", [
    "从前有座山,山里有座庙,庙里有个老和尚在给小和尚讲故事。\n",
    "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳\n",
])
def test_text_without_the_marks_of_a_document_is_refused(text):
    assert extract_text(text).documents == ()


@pytest.mark.parametrize("text,documents", [
    # a mirror's second page of a document, from mid-body: a section's heading on a line of its own and bodies asked to act,
    # sentence after sentence (GT02, GT03): untitled, its duties read
    ("县(市、区)和乡(镇)政府要加大对农民自建房修建的引导和管理。司法、住房城乡建设部门要在职责范围内提供政策支持。\n"
     "四、注重防范,建设长效机制\n各市(州)人民政府要抓紧完善企业工资支付的相关政策规定。各地要在工程建设领域积极推行工程担保制度。\n",
     [""]),
    # a news item's paragraphs: one body asked to act, no section of a document's
    ("记者从市里获悉,今年全市新增就业岗位一万个。市人社局要求各企业按时足额支付工资。\n据介绍,该市还将开展专项检查。\n", []),
    # a section's heading but one body asked: no document's body is read
    ("四、注重防范\n各地要在工程建设领域积极推行工程担保制度。\n", []),
    # a plan's page from mid-body: a numbered section and its member units' duties, a line each (HH04), or the groups each
    # unit leads (HH03)
    ("2.3 市安委会成员单位与职责\n市安全生产监督管理局:指导、协调、指挥事故灾难的应急救援工作。\n"
     "市公安局:负责组织、指挥、协调公安部门维护灾区社会治安。\n市环境保护局:负责对大气、水源、土壤进行监测。\n", [""]),
    ("2.5综合应急工作机构\n(1)综合协调组。由市政府办公厅牵头,公安局、研究室等单位组成,负责传达应急处置指令。\n"
     "(2)应急抢险组。由应急主管部门牵头,公安局、交通局等部门组成,负责现场应急抢险工作。\n"
     "(3)维护治安组。由市公安局牵头,交管局等组成,负责维护治安。\n", [""]),
    # or a list of member units' duties alone, a line each (HH06); two such lines are no document
    ("2.市发展改革委:负责将应急避难场所建设规划纳入总体规划。\n3.市城建委:严格应急避难场所建设标准的落实。\n"
     "4.市公安局:指导相关单位进行直升机起降场的规划。\n5.市城管局:负责应急避难场所内环卫设施的建设和管理。\n"
     "6.市财政局:负责做好应急避难场所建设所需资金保障工作。\n7.市规划局:负责编制全市应急避难场所总体建设规划。\n", [""]),
    ("2.市发展改革委:负责将应急避难场所建设规划纳入总体规划。\n3.市城建委:严格应急避难场所建设标准的落实。\n", []),
])
def test_a_documents_body_printed_without_its_head_is_a_document(text, documents):
    assert [d.title for d in extract_text(text).documents] == documents


def test_a_published_list_of_duties_without_a_heading_is_a_document():
    # a page of a task breakdown, its heading no 公文's (O09): read, untitled, not refused
    text = ("2023年区政府工作报告重点工作目标任务分解\n一、主要预期指标\n1.地区生产总值增长5%左右。\n牵头单位:区发改委\n"
            "责任单位:各产业主管部门\n2.区级一般公共预算收入增长5%。\n牵头单位:区财政局\n责任单位:区税务局、区国资委等\n")
    r = extract_text(text)
    assert [d.title for d in r.documents] == [""]
    assert {(x.lead, x.support) for x in r.duties} == {(("区发改委",), ("各产业主管部门",)),
                                                      (("区财政局",), ("区税务局", "区国资委"))}


@pytest.mark.parametrize("text", [
    "本网讯 近日,我市召开安全生产会议。\n会议要求,各部门要压实责任。\n责任单位:市应急管理局\n记者 张三\n",
    "责任单位\n",
])
def test_one_label_line_makes_no_document(text):
    assert extract_text(text).documents == ()


def test_a_field_above_a_heading_is_no_part_of_it():
    text = "印发日期:2021年3月1日\n关于加强安全生产管理工作的通知\n某府发〔2021〕5号\n各区县人民政府:\n现通知如下。\n"
    assert [d.title for d in extract_text(text).documents] == ["关于加强安全生产管理工作的通知"]


def test_traditional_script_keeps_evidence_as_printed():
    text = ("山西省人民政府辦公廳關于調整我省最低工資標準的通知\n晉政辦發〔2017〕120號\n各市、縣人民政府:\n"
            "《山西省人民政府辦公廳關于調整我省最低工資標準的通知》(晉政辦發〔2015〕63號)同時廢止。\n")
    r = extract_text(text)
    assert r.documents[0].doc_number == "晋政办发〔2017〕120号"
    assert r.documents[0].title == "山西省人民政府辦公廳關于調整我省最低工資標準的通知"
    (rep,) = r.repeals
    assert (rep.target_number, rep.target_title) == ("晋政办发〔2015〕63号", "山西省人民政府辦公廳關于調整我省最低工資標準的通知")
    assert rep.evidence.endswith("同時廢止。")
    assert text[rep.span[0] : rep.span[1]].endswith("同時廢止。")


def test_a_site_note_is_neither_repeal_nor_citation():
    text = ("贵州省人民政府办公厅关于印发某办法的通知\n黔府办发〔2012〕34号\n各市人民政府:\n"
            "根据《贵州省省级预算审查监督条例》【已废止,最新为:《贵州省预算审查监督条例》】,制定本办法。\n")
    r = extract_text(text)
    assert r.repeals == ()
    assert [c.cited_title for c in r.law_citations] == ["贵州省省级预算审查监督条例"]


def test_a_document_printed_twice_in_a_row_is_one():
    # a page's head (heading, number, date, fields) over the notice printed whole (EW04), or the notice printed whole
    # twice (EJ08)
    head = "某市林业局关于印发某通则的通知\n某林发〔2021〕59号\n2021年7月5日\n发布机关:某市林业局\n\n"
    notice = ("某市林业局关于印发某通则的通知\n\n某林发〔2021〕59号\n\n各县林业主管部门:\n\n为贯彻落实有关要求,制定本通则。\n\n"
              "特此通知。\n\n某市林业局\n\n2021年7月5日\n")
    for text in (head + notice, notice + notice):
        assert [(d.doc_number, d.title, d.date) for d in extract_text(text).documents] == [
            ("某林发〔2021〕59号", "某市林业局关于印发某通则的通知", "2021-07-05")]


@pytest.mark.parametrize("serial", ["1\n\n", ""])  # the serial cell printed, or taken by the cleaner as a page's number
def test_a_table_printed_one_cell_to_a_line_lists_documents_it_does_not_print(serial):
    # a clean-up notice's annex listing what stays in force, 序号/文件名称/文号 a cell to a line (FK07)
    rows = "".join(f"{serial.replace('1', str(n))}某市物价局关于调整第{n}项医疗服务价格的通知\n\n某价费﹝2005﹞{n}号\n\n" for n in (1, 2))
    text = ("某市医疗保障局关于公布行政规范性文件清理结果的通知\n\n某医保发〔2022〕75号\n\n各县医疗保障局:\n\n"
            "我局对部分行政规范性文件进行了清理,确定继续有效的文件2件(附件1)。\n\n某市医疗保障局\n\n2022年12月12日\n\n"
            "附件1\n\n某市医疗保障局继续有效的行政规范性文件目录\n\n序号\n\n文件名称\n\n文号\n\n" + rows)
    r = extract_text(text)
    assert [d.doc_number for d in r.documents] == ["某医保发〔2022〕75号"]
    assert [c.cited_number for c in r.citations] == ["某价费〔2005〕1号", "某价费〔2005〕2号"]


def test_a_legislatures_decisions_printed_in_turn_are_each_a_document():
    # a sitting's decisions, none numbered, each heading over the note of the meeting that passed it, under the
    # signature and date of the one before (FJ04)
    note = "(2023年5月31日某市第十五届人民代表大会常务委员会第七次会议通过)\n"
    basis = "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的规定,某市第十五届人民代表大会常务委员会第七次会议决定:"
    signed = "某市人民代表大会常务委员会\n2023年5月31日\n"
    text = ("某市人民代表大会常务委员会\n关于接受李四同志辞去某市人民政府\n市长职务请求的决定\n" + note + basis + "接受李四同志辞去市长职务的请求。\n"
            + signed + "某市人民代表大会常务委员会\n关于张三同志代理某市人民政府市长\n的决定\n" + note + basis + "张三同志代理市长。\n" + signed)
    r = extract_text(text)
    assert [(d.title, d.date) for d in r.documents] == [
        ("某市人民代表大会常务委员会关于接受李四同志辞去某市人民政府市长职务请求的决定", "2023-05-31"),
        ("某市人民代表大会常务委员会关于张三同志代理某市人民政府市长的决定", "2023-05-31")]
    assert len({c.by for c in r.law_citations}) == 2


def test_far_future_validity_does_not_discard_the_file():
    text = "某县人民政府关于某事项的通知\n某政发〔2023〕1号\n各乡镇:\n本通知自2023年1月1日起施行,有效期9999年。\n"
    (d,) = extract_text(text).documents
    assert (d.in_force.from_, d.in_force.until) == ("2023-01-01", "9999-12-31")


# A notice that prints in full a document it does not issue: each such document is one of its own, from its
# heading on, with its own facts. (phenomenon, text, documents as (number, title, issuers, kind), (by, what) of
# the citations, law citations and duties found)
PRINTED_NOT_ISSUED = [
    (
        # (the request was read as the reply's, its citations the reply's: BI01, BO04)
        "an annex line heading a document printed in full, its salutation below it",
        "最高人民法院关于某问题的复函\n广东省高级人民法院:\n你院粤法经行字〔1988〕第294号请示报告收悉。经研究,答复如下。\n"
        "附一:广东省高级人民法院关于某问题的请示报告 粤法经行字〔1988〕第294号\n最高人民法院:\n"
        "上诉人提交了交通部(88)交函办字第494号文件,请示如下。\n",
        [(None, "最高人民法院关于某问题的复函", ("最高人民法院",), "函"),
         ("粤法经行字〔1988〕294号", "广东省高级人民法院关于某问题的请示报告", ("广东省高级人民法院",), "报告")],
        [("最高人民法院关于某问题的复函", "粤法经行字〔1988〕294号"), ("粤法经行字〔1988〕294号", "交函办字〔1988〕494号")],
    ),
    (
        # (the request printed under a bare 「附:」, its issuer, heading, date and number on lines of their own: EP03, EP01)
        "a bare annex mark over a document headed in full, its salutation below it",
        "最高人民法院关于某问题的答复\n江西省高级人民法院:\n你院赣高法〔1994〕110号《关于某问题的请示》收悉。经研究,答复如下。\n"
        "附:\n\n江西省高级人民法院\n\n关于某问题的\n\n请示\n\n1994年9月21日 赣高法〔1994〕110号\n\n最高人民法院:\n\n"
        "本院曾以(88)赣法研二字第3号请示报告向你院请示。\n",
        [(None, "最高人民法院关于某问题的答复", ("最高人民法院",), "答复"),
         ("赣高法〔1994〕110号", "江西省高级人民法院关于某问题的请示", ("江西省高级人民法院",), "请示")],
        [("最高人民法院关于某问题的答复", "赣高法〔1994〕110号"), ("赣高法〔1994〕110号", "赣法研二字〔1988〕3号")],
    ),
    (
        "转发: a department's document forwarded",
        "某市人民政府办公室转发市发改委等部门《支持农村邮政物流发展实施办法》的通知\n某政办字〔2009〕120号\n"
        "各县(市、区)人民政府:\n市发展改革委等部门《支持农村邮政物流发展实施办法》已经市政府同意,现转发给你们,请认真贯彻执行。\n"
        "二〇〇九年八月三十日\n支持农村邮政物流发展实施办法\n第一条 为支持农村邮政物流发展,根据《邮政法》,制定本办法。\n",
        [("某政办字〔2009〕120号", "某市人民政府办公室转发市发改委等部门《支持农村邮政物流发展实施办法》的通知", ("某市人民政府办公室",), "通知"),
         (None, "支持农村邮政物流发展实施办法", ("市发改委",), "办法")],
        [("支持农村邮政物流发展实施办法", "邮政法")],
    ),
    (
        "a forwarded document's issuer printed alone under its heading is no subject of its first sentence (BR04)",
        "某自治区人民政府办公厅转发人力资源社会保障厅关于调整我区最低工资标准意见的通知\n某政办发〔2018〕2号\n各地(市)行署:\n"
        "人力资源社会保障厅《关于调整我区最低工资标准的意见》已经自治区人民政府同意,现转发给你们,请认真贯彻执行。\n"
        "某自治区人民政府办公厅\n2018年1月2日\n关于调整我区最低工资标准的意见\n人力资源社会保障厅\n"
        "根据《最低工资规定》,结合我区实际,现就调整最低工资标准提出如下意见。\n",
        [("某政办发〔2018〕2号", "某自治区人民政府办公厅转发人力资源社会保障厅关于调整我区最低工资标准意见的通知",
          ("某自治区人民政府办公厅",), "通知"),
         (None, "关于调整我区最低工资标准的意见", ("人力资源社会保障厅",), "意见")],
        [("关于调整我区最低工资标准的意见", "最低工资规定")],
    ),
    (
        "批转: a government approves and forwards a department's document; its heading broken in two (F14)",
        "青海省人民政府关于批转省发展改革委青海省2012年经济体制改革重点工作意见的通知\n青政发〔2012〕53号\n"
        "各市人民政府:\n省政府同意省发展改革委《青海省2012年经济体制改革重点工作意见》,现转发给你们,请认真贯彻执行。\n"
        "青海省人民政府\n二○一二年四月二十八日\n青海省2012年经济体制改革\n重点工作意见\n"
        "按照国务院批转发展改革委《关于2012年深化经济体制改革重点工作的意见》(国发〔2012〕12号)的要求,推进改革。\n",
        [("青政发〔2012〕53号", "青海省人民政府关于批转省发展改革委青海省2012年经济体制改革重点工作意见的通知", ("青海省人民政府",), "通知"),
         (None, "青海省2012年经济体制改革重点工作意见", ("青海省发展改革委",), "意见")],  # (its place the government's that forwards it)
        [("青海省2012年经济体制改革重点工作意见", "国发〔2012〕12号")],
    ),
    (
        "批转 of two titles in a row, each printed after the signature (CC01)",
        "某市人民政府关于批转市发展改革委制订的《某市政府核准的投资项目目录细则(2024年本)》《某市政府备案的投资项目目录(2024年本)》的通知\n"
        "某府规〔2023〕19号\n各区人民政府:\n市政府同意市发展改革委制订的《某市政府核准的投资项目目录细则(2024年本)》"
        "《某市政府备案的投资项目目录(2024年本)》,现转发给你们,请认真按照执行。\n某市人民政府\n2023年12月28日\n"
        "某市政府核准的投资项目目录细则(2024年本)\n一、本目录细则依据《企业投资项目核准和备案管理条例》制定。\n"
        "某市政府备案的投资项目目录(2024年本)\n一、本目录依据《产业结构调整指导目录》制定。\n",
        [("某府规〔2023〕19号", "某市人民政府关于批转市发展改革委制订的《某市政府核准的投资项目目录细则(2024年本)》"
          "《某市政府备案的投资项目目录(2024年本)》的通知", ("某市人民政府",), "通知"),
         (None, "某市政府核准的投资项目目录细则(2024年本)", ("市发展改革委",), "细则"),
         (None, "某市政府备案的投资项目目录(2024年本)", ("市发展改革委",), "目录")],
        [("某市政府核准的投资项目目录细则(2024年本)", "企业投资项目核准和备案管理条例"),
         ("某市政府备案的投资项目目录(2024年本)", "产业结构调整指导目录")],
    ),
    (
        "a forwarded document's title (的 in it) named in the body after the government's consent (CC03)",
        "某市人民政府批转市住房保障房屋管理局等五部门关于本市公共租赁住房统筹建设实施意见的通知\n某府发〔2013〕57号\n各区人民政府:\n"
        "市政府同意市住房保障房屋管理局、市财政局《关于本市公共租赁住房统筹建设的实施意见》,现转发给你们,请按照执行。\n"
        "某市人民政府\n2013年7月31日\n关于本市公共租赁住房统筹建设的实施意见\n根据《某住房保障条例》,提出如下意见。\n",
        [("某府发〔2013〕57号", "某市人民政府批转市住房保障房屋管理局等五部门关于本市公共租赁住房统筹建设实施意见的通知", ("某市人民政府",), "通知"),
         (None, "关于本市公共租赁住房统筹建设的实施意见", ("市住房保障房屋管理局",), "意见")],
        [("关于本市公共租赁住房统筹建设的实施意见", "某住房保障条例")],
    ),
    (
        "「转发A管理办法和B管理办法的通知」 names two; A's heading spaced over lines and begun with a company's name (M12)",
        "新余市人民政府办公室关于转发某市城乡建设投资(集团)有限公司管理办法和某市国有资产经营有限责任公司管理办法的通知\n"
        "余府办发〔2008〕52号\n各县(区)人民政府:\n现将市国资委制定的《某市城乡建设投资(集团)有限公司管理办法》和"
        "《某市国有资产经营有限责任公司管理办法》转发给你们,请认真遵照执行。\n二○○八年十月十四日\n\n"
        "某市城乡建设投资(集团)\n\n\n有限公司管理办法\n\n(某市国有资产监督管理委员会 2008年10月6日)\n\n"
        "第一条 为加强市城投公司的规范管理,制定本办法。\n"
        "某市国有资产经营有限责任公司管理办法\n第一条 为加强市国资公司的规范管理,制定本办法。\n",
        [("余府办发〔2008〕52号", "新余市人民政府办公室关于转发某市城乡建设投资(集团)有限公司管理办法和某市国有资产经营有限责任公司管理办法的通知",
          ("新余市人民政府办公室",), "通知"),
         (None, "某市城乡建设投资(集团)有限公司管理办法", ("某市国有资产监督管理委员会",), "办法"),  # signed in brackets
         (None, "某市国有资产经营有限责任公司管理办法", (), "办法")],
        [],
    ),
    (
        "「关于延长《X》有效期的通知」: X, issued before, printed after the signature; the notice names X (L01)",
        "某区文物局关于延长《某区不可移动文物保护暂行规定》有效期的通知\n某文物〔2024〕30号\n各镇人民政府:\n"
        "经评估,《某区不可移动文物保护暂行规定》需要继续实施,有效期延长至2026年11月1日。\n特此通知。\n"
        "某区文物局\n2024年10月31日\n某区不可移动文物保护暂行规定\n"
        "第一条 为加强不可移动文物保护,根据《中华人民共和国文物保护法》,制定本规定。\n"
        "第八条 区文物局负责本区不可移动文物保护工作。\n",
        [("某文物〔2024〕30号", "某区文物局关于延长《某区不可移动文物保护暂行规定》有效期的通知", ("某区文物局",), "通知"),
         (None, "某区不可移动文物保护暂行规定", (), "规定")],
        [("某文物〔2024〕30号", "某区不可移动文物保护暂行规定"), ("某区不可移动文物保护暂行规定", "中华人民共和国文物保护法"),
         ("某区不可移动文物保护暂行规定", ("区文物局",))],
    ),
    (
        "two forwarded rules, the first unsigned: it does not take the second's signature",
        "某市人民政府办公室关于转发某市城市供水管理办法和某市城市排水管理办法的通知\n某府办发〔2009〕9号\n各区人民政府:\n"
        "市水务局制定的《某市城市供水管理办法》和《某市城市排水管理办法》已经市政府同意,现转发给你们,请认真贯彻执行。\n"
        "二〇〇九年十二月十日\n某市城市供水管理办法\n第一条 为加强城市供水管理,制定本办法。\n"
        "某市城市排水管理办法\n第一条 为加强城市排水管理,制定本办法。\n某市水务局\n2009年12月1日\n",
        [("某府办发〔2009〕9号", "某市人民政府办公室关于转发某市城市供水管理办法和某市城市排水管理办法的通知", ("某市人民政府办公室",), "通知"),
         (None, "某市城市供水管理办法", (), "办法"),
         (None, "某市城市排水管理办法", ("某市水务局",), "办法")],
        [],
    ),
    (
        "a forwarded notice that issues two rules is one document: 「转发…关于印发A和B的通知的通知」, its heading in two lines",
        "某县人民政府办公室关于转发市政府办公室关于印发某市河长制实施方案和考核办法的通知的通知\n某县政办发〔2017〕3号\n"
        "各乡镇人民政府:\n现将《市政府办公室关于印发某市河长制实施方案和考核办法的通知》转发给你们,请认真贯彻执行。\n"
        "二〇一七年三月一日\n市政府办公室关于印发某市河长制实施方案\n和考核办法的通知\n各区县人民政府:\n现将两个文件印发给你们。\n",
        [("某县政办发〔2017〕3号", "某县人民政府办公室关于转发市政府办公室关于印发某市河长制实施方案和考核办法的通知的通知",
          ("某县人民政府办公室",), "通知"),
         (None, "市政府办公室关于印发某市河长制实施方案和考核办法的通知", ("市政府办公室",), "通知")],
        [],
    ),
    (
        "a notice printed from its salutation hands 《X》(N) on in its body; X's heading carries N after it (N04)",
        "各区、县人民政府:\n现将《国务院关于同意某市调整部分行政区划的批复》(国函〔2009〕125号)转发给你们,请认真贯彻执行。\n"
        "某市人民政府\n二○○九年十一月八日\n国务院关于同意某市调整部分行政区划的批复(国函〔2009〕125号)\n某市人民政府:\n"
        "你市《关于调整某市部分行政区划的请示》(某政报〔2009〕39号)收悉。现批复如下:\n同意撤销某区。\n"
        "中华人民共和国国务院\n二○○九年十月二十一日\n",
        [(None, "", ("某市人民政府",), "通知"),
         ("国函〔2009〕125号", "国务院关于同意某市调整部分行政区划的批复", ("国务院",), "批复")],
        [("[无标题]某市人民政府2009-11-08", "国函〔2009〕125号"), ("国函〔2009〕125号", "某政报〔2009〕39号")],
    ),
    (
        "a page's notice, its number only in the field block, hands 《X》N on (「…转发你们」) and X follows with heading and "
        "number: two documents, each with its own date (P04)",
        "首页 > 信息公开 > 正文\n某县人民政府办公室转发《某省人民政府办公厅关于印发某办法的通知》的通知\n"
        "发布时间:2019-02-25 来源:某县人民政府\n文号 某政办发〔2019〕9号\n\n各镇人民政府:\n"
        "现将《某省人民政府办公厅关于印发某办法的通知》某政办发〔2018〕73号转发你们,请结合各自职责,认真贯彻执行。\n"
        "某县人民政府办公室\n2019年2月22日\n某省人民政府办公厅\n关于印发某办法的通知\n某政办发〔2018〕73号\n"
        "各市人民政府:\n现将《某办法》印发给你们,请认真贯彻执行。\n某省人民政府办公厅\n2018年12月29日\n",
        [("某政办发〔2019〕9号", "某县人民政府办公室转发《某省人民政府办公厅关于印发某办法的通知》的通知", ("某县人民政府办公室",), "通知"),
         ("某政办发〔2018〕73号", "某省人民政府办公厅关于印发某办法的通知", ("某省人民政府办公厅",), "通知")],
        [("某政办发〔2019〕9号", "某政办发〔2018〕73号"), ("某政办发〔2019〕9号", ("各镇人民政府",))],
    ),
    (
        "「现将《X》转发给你们」 names X, but X is not printed after the signature: one document",
        "各区人民政府:\n现将《某省人民政府关于加强安全生产工作的通知》转发给你们,请认真贯彻执行。\n"
        "某市人民政府\n二○○九年十一月八日\n",
        [(None, "", ("某市人民政府",), "通知")],
        [],
    ),
    (
        "a notice headed 「关于印发X的通知」 whose body says 「现转发给你们」: X printed after it is its attached rule, not a "
        "forwarded document of its own (GT01)",
        "某县人民政府办公室关于印发某县2011年能繁母猪补贴实施方案的通知\n各乡、镇人民政府,县政府有关工作部门:\n"
        "《某县2011年能繁母猪补贴实施方案》已经县人民政府研究同意,现转发给你们,请遵照执行。\n二〇一一年八月二日\n"
        "某县2011年能繁母猪补贴\n实施方案\n为组织实施好我县2011年能繁母猪补贴工作,特制定本实施方案。\n"
        "一、补贴发放方式\n补贴资金由县农牧科技局负责审核。\n",
        [(None, "某县人民政府办公室关于印发某县2011年能繁母猪补贴实施方案的通知", ("某县人民政府办公室",), "通知")],
        [("某县人民政府办公室关于印发某县2011年能繁母猪补贴实施方案的通知", ("县农牧科技局",))],
    ),
]


@pytest.mark.parametrize("phenomenon,text,documents,facts", PRINTED_NOT_ISSUED, ids=[p[0] for p in PRINTED_NOT_ISSUED])
def test_a_document_printed_in_full_but_not_issued_is_its_own_document(phenomenon, text, documents, facts):
    r = extract_text(text)
    if "P04" in phenomenon:
        assert [d.date for d in r.documents] == ["2019-02-22", "2018-12-29"]
    assert [(d.doc_number, d.title, d.issuers, d.kind) for d in r.documents] == documents
    assert [(c.by, c.cited_number) for c in r.citations] + [(c.by, c.cited_title) for c in r.law_citations] + \
        [(d.by, d.lead) for d in r.duties] == facts


@pytest.mark.parametrize("line,cited", [
    # a 《》 inside a bare title that carries its own number is part of that title, cited by the number
    ("3.临汾市财政局关于转发《山西省财政厅关于印发某目录的通知》的通知(临财综〔2023〕38号)", []),
    # without a number the inner title is the only way the text names the work
    ("九、国家卫生健康委等14部门关于印发《开展某专项活动工作方案》的通知", ["开展某专项活动工作方案"]),
])
def test_a_title_inside_a_bare_numbered_title_is_no_law_citation(line, cited):
    r = extract_text("某市人民政府关于某事项的通知\n某政发〔2023〕1号\n各县:\n现将有关文件目录公布如下:\n" + line + "\n")
    assert [c.cited_title for c in r.law_citations] == cited


def test_html_left_in_a_scraped_text_is_chrome():
    text = ('<p>山西省人民政府关于某事项的通知</p><p>晋政发〔2018〕13号</p><p>各市、县人民政府:</p>'
            '<p>&emsp;&emsp;现将《某方案》印发给你们,请认真组织实施。</p><p style="text-align: right;"> 山西省人民政府</p>'
            '<p style="text-align: right;"> 2018年3月27日</p>')
    (d,) = extract_text(text).documents
    assert (d.doc_number, d.title, d.issuers, d.date, d.issues_attached) == (
        "晋政发〔2018〕13号", "山西省人民政府关于某事项的通知", ("山西省人民政府",), "2018-03-27", ("某方案",))


def test_a_rule_printed_from_its_promulgation_note_down_is_a_document():
    # a law database's excerpt: the promulgation note, then the articles; no heading, no salutation (F21)
    text = ("(2015年1月12日西宁市人民政府令第137号公布自2015年3月1日起施行)\n第一章总则\n"
            "第一条为加强行政规范性文件的监督管理,维护法制统一,结合本市实际,制定本办法。\n"
            "第二条本办法所称行政规范性文件,是指行政机关制定的具有普遍约束力的文件。\n")
    (doc,) = extract_text(text).documents
    assert (doc.issuers, doc.date, doc.kind) == (("西宁市人民政府",), "2015-01-12", "办法")
    assert (doc.in_force.from_, doc.in_force.until, doc.in_force.evidence) == ("2015-03-01", None, "自2015年3月1日起施行")


def test_an_excerpt_of_a_work_plan_assigning_bodies_in_brackets_is_a_document():
    # no heading, number, issuer or date: the tasks' bodies in brackets mark it (G08, traditional script)
    text = ("全文\n以習近平新時代中國特色社會主義思想為指導,推進“放管服”改革。\n"
            "1.深化行政許可事項清單管理。動態調整行政許可事項清單。(市政府辦公室牽頭,市級各有關部門按職責分工負責)\n")
    r = extract_text(text)
    assert len(r.documents) == 1
    assert [(d.lead, d.support) for d in r.duties] == [(("市政府辦公室",), ("市級各有關部門",))]


def test_a_text_spoiled_with_anti_copy_marks_is_read_through_them():
    # a site scatters 】【!?— through the text to spoil copying (G15); a document's own words never put 「!」
    # between two ideographs again and again
    text = ("石家庄市城市市容】和环境卫生管理【条例实施细则—(修正?)\n"
            "(》1998 年 6】 月 26 日市第!十届人?民政府第七次常务会!。议审议通过市政府】第 98 号令发】布)\n"
            "第一章 总】 则\n第一【条 :根,据石家庄市城市市】容和环境卫生管【理条例制定本细则】\n"
            "第二条 【本细则?。适用于?本,市的城区《(不含矿《。区)、开发区—的市容和环境卫生管!理\n"
            "第三条? 城市管理部门应会!同规划、计划、?财政等部门编制和?实施城?市市容和环境?卫生:发展!计划。\n")
    (doc,) = extract_text(text).documents
    assert doc.title == "石家庄市城市市容和环境卫生管理条例实施细则(修正)"


COVER = "《某某管理规定》已于2006年6月7日经第7次部务会议通过,现予公布,自2006年8月1日起施行。\n部长 李某\n2006年7月5日\n"
# (phenomenon, text, expected (title, kind, issues_attached)): an order or announcement numbered, not given a
# 发文字号, is the document when its page prints its cover only (I01, H07, I02); when it promulgates one rule
# or decision printed below it, that one is (A14, A29)
ORDERS = [
    ("an order's heading over its year and number (I01)", "中华人民共和国交通部令\n2006 年第 8 号\n" + COVER,
     ("中华人民共和国交通部令2006年第8号", "命令", ("某某管理规定",))),
    ("an order's heading and number on one line", "遵义市人民政府令第55号\n" + COVER,
     ("遵义市人民政府令第55号", "命令", ("某某管理规定",))),
    ("an order promulgating two rules, one printed (H07)",
     "某市人民政府令第5号\n《甲规定》、《乙规定》经市人民政府常务会议同意,现予公布,自2011年2月1日起施行。\n市长:王某\n"
     "2011年1月31日\n甲规定\n第一条 为加强管理,制定本规定。\n",
     ("某市人民政府令第5号", "命令", ("甲规定", "乙规定"))),
    ("an announcement numbered by year (I02)",
     "首页>政策发布\n海关总署公告2018年第138号\n现将有关事项公告如下:\n一、自2019年1月1日起停止使用。\n特此公告。\n海关总署\n2018年10月23日\n",
     ("海关总署公告2018年第138号", "公告", ())),
    ("one decision promulgated and printed below its order's cover (A14)",
     "某省人民政府令\n第296号\n《某省人民政府关于废止部分规章的决定》业经省人民政府常务会议通过,现予公布,自公布之日起施行。\n"
     "省长某某\n2022年3月13日\n为维护法治统一,省人民政府决定:\n一、对4件省政府规章予以废止。\n",
     ("某省人民政府关于废止部分规章的决定", "决定", ())),
    ("a decision's heading, then its page run into one line: the heading again, its order's cover, its body (BP02)",
     "某银行 某局关于废止《甲办法》的决定\n\n某银行规章X某银行发布某银行某局关于废止《甲办法》的决定(2025年6月7日某银行某局令〔2025〕"
     "第6号公布自公布之日起施行)《某银行某局关于废止〈甲办法〉的决定》已经2025年4月3日某银行行务会议审议通过,现予公布,自公布之日起"
     "施行。行长某某2025年6月7日为完善法治体系,现决定废止《甲办法》(某发〔2019〕17号文印发)。本决定自公布之日起施行。",
     ("某银行某局关于废止《甲办法》的决定", "决定", ())),
]


@pytest.mark.parametrize("phenomenon, text, expected", ORDERS, ids=[o[0] for o in ORDERS])
def test_an_order_printed_as_its_cover_is_the_document(phenomenon, text, expected):
    record = extract_text(text)
    (doc,) = record.documents
    assert (doc.title, doc.kind, doc.issues_attached) == expected
    if "决定废止" in text:  # what the decision repeals is repealed, not issued, once, by its number too
        assert [(r.target_number, r.target_title) for r in record.repeals] == [("某发〔2019〕17号", "甲办法")]


# (phenomenon, text, the document's addressees): the salutation, and what is none
ADDRESSEES = [
    # a salutation with the body run in after it, a page on one line: what ran in before it, a heading's number, is none of it
    ("a salutation run into the body", "某县人民政府关于印发某规则的通知\n某县政府发〔2018〕29号\n"
     "各乡镇人民政府,县直各部门:现将《某规则》印发给你们,请认真执行。\n", ("各乡镇人民政府", "县直各部门")),
    ("a number run into the salutation", "某市人民政府办公室关于印发某预案的通知\n"
     "某府办发〔2023〕53号各旗区人民政府,市人民政府各部门:现将《某预案》印发给你们。\n", ("各旗区人民政府", "市人民政府各部门")),
    ("an item's label is no salutation", "某县人民政府关于印发某预案的通知\n某县政府发〔2018〕30号\n"
     "(10)县民政局:负责受灾群众的基本生活救助。\n", ()),
    # a ministry's provinces share the departments after the last (GO06, BK06), as cities do (BR10); a province's body then
    # a national one are two (the reviews)
    ("provinces sharing departments", "某部办公厅关于某事项的复函\n某办函〔2010〕1号\n河北省、山西省发展改革委、财政厅:\n现函复如下:\n",
     ("河北省发展改革委", "河北省财政厅", "山西省发展改革委", "山西省财政厅")),
    ("a province's body then a ministry", "某部办公厅关于某事项的通知\n某办函〔2010〕2号\n江苏省商务厅、海关总署:\n现通知如下:\n",
     ("江苏省商务厅", "海关总署")),
    ("a salutation on its own line", "某市人民政府关于某事项的通知\n某政发〔2022〕9号\n各区县人民政府,市政府各部门:\n现将有关事项通知如下:\n"
     "一、加强领导。\n", ("各区县人民政府", "市政府各部门")),
    # (a 通告 opens with its purpose and basis, then 「…通告如下:」: no addressee, BC05 and the generated gazettes)
    ("a notice's opening sentence that ends 如下: names no addressee",
     "某县人民政府关于推进殡葬改革的通告\n为深化殡葬改革,根据《殡葬管理条例》等规定,结合我县实际,现就有关事项通告如下:\n一、全面推行火化。\n", ()),
    ("a salutation run into the opening sentence (Q07)",
     "某市人民政府办公室关于规范公文处理工作的通知\n某府办发〔2006〕15号\n各区市县人民政府,各园区管委会,市政府办公室各处室:根据国家"
     "行政机关公文处理有关规定,现就有关问题通知如下:\n一、规范行文。\n", ("各区市县人民政府", "各园区管委会", "市政府办公室各处室")),
    ("a salutation of areas run into the opening sentence", "某市人民政府关于某事项的通知\n某政发〔2022〕9号\n"
     "各县(市、区):为做好有关工作,现将有关事项通知如下:\n一、加强领导。\n", ("各县(市、区)",)),
    ("an opening sentence that ends 现提出以下意见: names no addressee", "某市人民政府关于某事项的意见\n某政发〔2022〕9号\n"
     "为加快发展,经市政府同意,现提出以下意见:\n一、加强领导。\n", ()),
    ("a 批复's addressee named 政府, run into its first line", "某市人民政府关于某事项的批复\n某政函〔2022〕9号\n"
     "某某区政府:你区《关于某事项的请示》收悉。经研究,批复如下:\n一、同意。\n", ("某某区政府",)),
    ("a bracket before the opening sentence's colon is no salutation", "某市人民政府关于某事项的通知\n某政发〔2022〕9号\n"
     "根据《某某法》(2021年修订):为做好工作,现通知如下:\n一、加强领导。\n", ()),
    ("levels in 〔〕 stay with their item", "某市人民政府关于某事项的通知\n某政发〔2022〕9号\n各县〔市、区〕人民政府,市直各部门:\n"
     "一、加强领导。\n", ("各县〔市、区〕人民政府", "市直各部门")),
    ("a decision's 决定: names no addressee", "某市人民政府关于某事项的决定\n某政发〔2022〕9号\n市政府决定:\n一、加强领导。\n", ()),
    # a label's word inside a title's field is the title's (「…推进全程分类体系…」 is no 分类 field): the field's title is
    # the heading's, and the salutation under it is found (AU03)
    ("a label's word inside the metadata's title", "---\n标题: 某区人民政府办公室关于印发推进全程分类体系建设实施方案的通知\n"
     "文号: 某府办〔2019〕26号\n分类: 市容绿化\n---\n\n本文正文由脚本自官方公开页面提取,仅供检索查阅。\n\n"
     "某区人民政府办公室关于印发推进全程分类体系建设实施方案的通知\n\n各镇人民政府,各街道办事处:\n现将实施方案印发给你们。\n",
     ("各镇人民政府", "各街道办事处")),
    # places share the bodies named after the last of them, and bodies named alone after it share its place (BR10, B26, M11)
    ("places share the bodies after them", "某省人民政府办公厅关于某事项的通知\n某政办发〔2022〕9号\n"
     "长春市、吉林市、珲春市长吉图办、财政局,永吉县长吉图办(发改局)及财政局,省直有关部门:\n一、加强领导。\n",
     ("长春市长吉图办", "长春市财政局", "吉林市长吉图办", "吉林市财政局", "珲春市长吉图办", "珲春市财政局",
      "永吉县长吉图办(发改局)", "永吉县财政局", "省直有关部门")),
    ("zones share the body after them", "某市人民政府关于某事项的通知\n某政发〔2022〕9号\n"
     "各县(区)人民政府,高新区、工业园区管委会,市人民政府各部门:\n一、加强领导。\n",
     ("各县(区)人民政府", "高新区管委会", "工业园区管委会", "市人民政府各部门")),
    ("a body that names its level shares no place", "某市人民政府关于某事项的通知\n某政发〔2022〕9号\n"
     "泸县人民政府、市财政局,各区人民政府:\n一、加强领导。\n", ("泸县人民政府", "市财政局", "各区人民政府")),
    # (a page quoting its title in 《》 over two lines, a blank between: the title is both lines, BC05)
    ("the title quoted in 《》 over two lines",
     "《某县人民政府关于全县\n\n推进殡葬领域综合改革的通告》\n\n为深化殡葬改革,现就有关事项通告如下:\n一、全面推行火化。\n", ()),
]


@pytest.mark.parametrize("phenomenon, text, expected", ADDRESSEES, ids=[a[0] for a in ADDRESSEES])
def test_addressees(phenomenon, text, expected):
    (doc,) = extract_text(text).documents
    assert doc.addressees == expected


@pytest.mark.parametrize("text, title", [
    ("《某县人民政府关于全县\n\n推进殡葬领域综合改革的通告》\n\n为深化殡葬改革,现就有关事项通告如下:\n一、全面推行火化。\n",
     "某县人民政府关于全县推进殡葬领域综合改革的通告"),
    ("《某县人民政府办公室\n关于印发某某工作方案\n的通知》\n\n各乡镇:\n现将方案印发给你们。\n", "某县人民政府办公室关于印发某某工作方案的通知"),
    ("《某某县人民政府关于印发某某实施方案\n的通知》\n\n各乡镇:\n现将方案印发给你们。\n", "某某县人民政府关于印发某某实施方案的通知"),
])
def test_a_title_quoted_in_title_marks_over_lines_is_read_whole(text, title):
    assert extract_text(text).documents[0].title == title


# (phenomenon, page, title): a web page's heading among its chrome (BF03, BF07)
PAGE_TITLES = [
    ("a site's status note after the heading", "某市人民政府关于印发《某市消防安全责任制规定》的通知【已废止】\n2021-07-21 文章来源: 某市人民政府办公室\n"
     "各镇人民政府:\n《某市消防安全责任制规定》已经市政府常务会议审议通过,现印发给你们。\n某市人民政府\n2021年7月20日\n",
     "某市人民政府关于印发《某市消防安全责任制规定》的通知"),
    ("a news site's headline above, the heading broken over a blank line",
     "某市“智慧消防”建设,将“智慧消防”纳入“智慧城市”建设总体规划\n\n某市消防119浏览00\n\n某市人民政府关于印发\n\n"
     "某市消防安全责任制实施细则的通知\n\n各县、市、区人民政府:\n《某市消防安全责任制实施细则》已经市人民政府常务会议审议通过,现予印发。\n"
     "某市人民政府\n2020年9月17日\n", "某市人民政府关于印发某市消防安全责任制实施细则的通知"),
]


PAGE_TITLES += [  # a site's bar or trail with 关于 above a rule's heading is no part of it (review)
    ("a navigation bar above", "网站首页 关于我们 政务公开\n\n广州市城市绿化管理办法\n\n第一条 为加强城市绿化管理,根据《城市绿化条例》,"
     "制定本办法。\n", "广州市城市绿化管理办法"),
    ("a breadcrumb ending in 关于印发", "当前位置:首页>政策文件>关于印发\n\n上海市节能减排管理办法\n\n第一条 为加强管理,制定本办法。\n",
     "上海市节能减排管理办法"),
    # a sentence whose cited titles mark inner ones with <>, 「《…关于发布<X>的公告》」, is the body, no trail: the head ends
    # above it, and the number it cites is none of the page's (DW08)
    ("inner marks in the first sentence", "某市重大税收违法案件信息公布办法(试行)\n某市国税局公告\n(2014年第1号)\n\n"
     "为贯彻落实《国务院关于印发某规划纲要的通知》(国发〔2014〕21号)精神,根据《国家税务总局关于发布<甲办法>的公告》(2014年第41号)、"
     "《某局关于发布<乙办法>的公告》,制定本办法。\n", "某市重大税收违法案件信息公布办法(试行)"),
    # a site's trail above the heading, a blank line between, is no part of it (CN09)
    ("a trail above the heading", "首页 > 范文大全 > 正文\n\n加强三夏环境管理工作意见\n\n一、管理范围\n(一)县林业局负责做好林带防护工作。\n",
     "加强三夏环境管理工作意见"),
    # a statute's heading printed whole above, then again broken over a blank line by a PDF (CL03)
    ("a heading printed whole, then broken", "# 某自治县城乡规划建设管理条例\n\n2019年1月17日 某自治县人民代表大会通过\n\n"
     "某自治县城乡规划\n\n建设管理条例\n\n## 第一章 总 则\n\n第一条 为加强城乡规划,制定本条例。\n", "某自治县城乡规划建设管理条例"),
    # a page's list of other notices' titles above the order it prints, no heading: the rule the order promulgates
    # names the page (FJ02)
    ("a list of links above an order", "市人民政府关于印发某市古树保护办法(试行)的通知\n市人民政府关于印发某市用地审批实施方案的通知\n"
     "市人民政府办公室关于成立某市文物普查领导小组的通知\n某市人民政府令\n第46号\n《某市城市生活垃圾分类管理办法》已经2024年2月6日"
     "某市人民政府常务会议审议通过,现予公布,自2024年5月1日起施行。\n市长\n2024年3月26日\n某市城市生活垃圾分类管理办法\n"
     "第一条 为了加强生活垃圾分类管理,制定本办法。\n", "某市城市生活垃圾分类管理办法"),
    # a rule's heading broken before its last words, the last line letter-spaced by a PDF (FS01)
    ("a rule's heading broken before its letter-spaced last line", "政策法规选编\n\n济南市机动车排气污染\n防 治 条 例\n\n"
     "第一章 总 则\n\n第一条 为防治机动车排气污染,根据《中华人民共和国大气污染防治法》,制定本条例。\n",
     "济南市机动车排气污染防治条例"),
    # a heading broken before its 「的决定」, alone on its line, over the note of the meeting that passed it (FJ04)
    ("a heading broken before 的决定", "某市人民代表大会常务委员会\n关于张三同志代理某市人民政府市长\n的决定\n"
     "(2023年5月31日某市第十五届人民代表大会常务委员会第七次会议通过)\n根据有关规定,会议决定:张三同志代理市长。\n",
     "某市人民代表大会常务委员会关于张三同志代理某市人民政府市长的决定"),
    # a page's headline, then the heading of the document it prints, 「…关于…」 ending in its 文种 (FI08)
    ("a headline over the document's own heading", "当前位置:某某网 - 短信 - 信阳息县全面禁止燃放烟花爆竹的通知\n\n"
     "信阳息县全面禁止燃放烟花爆竹的通知\n\n息县人民政府关于息县全面禁止燃放烟花爆竹的通告\n\n"
     "为加强烟花爆竹安全管理,现就有关事项通知如下。\n一、禁止燃放烟花爆竹的区域:息县范围内的所有区域。\n",
     "息县人民政府关于息县全面禁止燃放烟花爆竹的通告"),
    # a news page's headline that names no 文种, over its byline (FV04, AG08); a number before it on its line is the
    # document's when the fields' is broken (FP13)
    ("a headline over its byline", "您当前的位置:首页 > 信息公开 > 决策部署落实情况\n浏览量:  【字体:   】\n\n"
     "县卫健委2021年政府工作报告任务分解\n\n文章来源:某县卫生健康委员会 浏览量: 发表时间:2021-05-07 10:49\n\n"
     "1.创建国家卫生县城。\n\n牵头责任单位:县卫健委\n", "县卫健委2021年政府工作报告任务分解"),
    ("a headline with its number over its byline", "发文文号 宁政发7号\n宁政发〔2022〕7号 某县2022年防汛工作安排\n\n"
     "发布时间: 2022-06-20 00:00:00 阅读: 打印 关闭\n\n一、县水利局负责防汛物资储备。\n", "某县2022年防汛工作安排"),
    # a site's column over its trail, which names it again, is no heading (FX07)
    ("a site's column named again in its trail", "政策通知\n当前位置: 首页 | 集团资讯 | 政策通知 | 正文\n"
     "关于第三批某学校认定结果的公示\n作者:     时间:2021-11-02     资料来源:某部\n\n根据有关规定,现予以公示。\n",
     "关于第三批某学校认定结果的公示"),
    # a date without its year after the heading on its line is no part of it (FX04)
    ("a month and day after the heading", "|\n关于全省公立医疗机构监测情况的通报(7月2日) |\n各市州卫生计生委: | |||\n"
     "为推进工作,现将监测情况通报如下:一、省属医疗机构均实现一站式结报。\n", "关于全省公立医疗机构监测情况的通报"),
    # a site's banner of its support for IPv6 above the heading is no part of it (FI09)
    ("a site's IPv6 banner above", "网站支持 IPv6\n某镇2017年公路绿化的通知\n发布时间:2017-05-08 来源:某镇人民政府\n\n"
     "某镇2017年公路绿化的通知\n\n机关、各站所:\n现将绿化任务印发给你们。\n", "某镇2017年公路绿化的通知"),
    # a page's posting day on a line of its own above the heading, its time too, is no part of it (KA03)
    ("a posting day's line above", "发布时间:\n\n2022-04-17\n\n进入杂多县内非法采集虫草的通告\n\n根据有关规定,现将有关事宜通告如下:\n"
     "一、本通告自发布之日起执行。\n\n杂多县人民政府\n\n2022年4月16日\n", "进入杂多县内非法采集虫草的通告"),
    # an announcement's serial before its heading on one line is no part of it (KF04)
    ("an announcement's serial before the heading", "某市税务局公告2019年第5号 某市税务局关于税收业务专用章式样有关问题的公告\n\n"
     "现将有关问题公告如下:\n一、本公告自发布之日起施行。\n\n某市税务局\n2019年9月24日\n", "某市税务局关于税收业务专用章式样有关问题的公告"),
    ("an announcement's serial before a heading that opens with 关于", "某市税务局公告2019年第5号 关于发布某办法的公告\n\n"
     "现将有关问题公告如下:\n一、本公告自发布之日起施行。\n\n某市税务局\n2019年9月24日\n", "关于发布某办法的公告"),
    # a table of tasks published as a page of its own is a document, its heading the table's (FL06, KJ04)
    ("a table of tasks as a page", "时间:2025-09-19 来源:政府办\n2025年区政府工作报告目标任务上半年推进情况汇总表\n"
     "序号 目标任务 责任单位 上半年推进情况\n1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。\n"
     "2 规上工业增加值增长3.5%。 区经济信息委 规上工业增加值同比增长0.4%。\n",
     "2025年区政府工作报告目标任务上半年推进情况汇总表"),
    # a plan's own table of contents above its heading: the heading is the line before the contents' first entry again (KI04)
    ("a plan's table of contents above its heading", "目录\n1.总则\n" + "".join(f"{k}.{k}第{k}部分\n" for k in range(2, 30))
     + "某乡自然灾害救助应急预案\n1.总则\n1.1编制目的\n为规范紧急救助行为,根据《自然灾害救助条例》,制定本预案。\n", "某乡自然灾害救助应急预案"),
    # a trail's label alone on its line above the heading is no part of it (KF06)
    ("a trail's label on the line above", "当前位置\n某县人民代表大会常务委员会公告\n\n《某县人民代表大会常务委员会议事规则》已经县人民代表大会"
     "常务委员会第一次会议通过,现予公布,自公布之日起施行。\n\n某县人民代表大会常务委员会\n2017年4月18日\n", "某县人民代表大会常务委员会公告"),
    # a news item's pointer, a line of arrows or 「具体通告如下」, over the document's own heading, whatever headline and lead
    # stand above it (KS03, FN10), the heading wrapped over two lines too
    ("arrows over the heading under a news item's lead", "春节出行,请了解……\n\n时事 2025-01-22 07:28 宁夏\n\n1月21日\n\n"
     "某省交警发布最新通告\n\n春节假期\n\n某省高速禁止大件运输车辆通行\n\n↓↓↓\n\n\n\n"
     "关于2025年春节期间某省高速公路禁止大件运输车辆通行的通告\n\n为保障春节期间高速公路安全畅通,现通告如下:\n"
     "一、2025年1月27日至2月4日禁止大件运输车辆通行。\n", "关于2025年春节期间某省高速公路禁止大件运输车辆通行的通告"),
    ("a pointer over a heading wrapped over two lines", "查看原文\n其他\n\n某市人民政府最新通告\n\n某某日报 2023-12-20\n\n"
     "今日热点\n\n最新消息!有望年内实现全线通车……\n\n近日\n\n某市人民政府发布通告\n\n11月13日起开展城乡环境综合大整治行动\n\n"
     "具体通告如下\n\n↓↓\n\n某市人民政府关于开展城乡环境\n\n综合大整治行动的通告\n\n为加强城乡环境治理,现就有关事项通告如下:\n"
     "一、各区人民政府负责本辖区的整治工作。\n", "某市人民政府关于开展城乡环境综合大整治行动的通告"),
    ("a bare pointer over the heading", "某市人民政府最新通告\n某日报 2023-12-20\n近日,某市人民政府发布通告。\n具体通告如下\n某市人民政府关于开展环境整治行动的通告\n"
     "为加强城乡环境治理,现就有关事项通告如下:\n一、各区人民政府负责本辖区的整治工作。\n", "某市人民政府关于开展环境整治行动的通告"),
    ("a pointer under a news item's dated lead", "某某日报\n2023年12月20日\n近日,某市人民政府发布通告。\n具体通告如下\n↓↓\n"
     "某市人民政府关于开展环境整治行动的通告\n为加强城乡环境治理,现就有关事项通告如下:\n一、各区人民政府负责本辖区的整治工作。\n",
     "某市人民政府关于开展环境整治行动的通告"),
    ("a headline over a lead sentence over the heading", "某市关于实施交通管制的通告(某市交通管理局)\n近日,某市交通管理局发布通告,"
     "全文如下。\n关于实施交通管制的通告\n为保证防汛车辆安全通行,禁止一切车辆通行。\n特此通告。\n某市公安局\n2021年10月9日\n",
     "关于实施交通管制的通告"),
    # a news item's headline that adds a place and its source to the heading of the document it prints (CY04)
    ("a headline ending with the heading", "某市关于实施交通管制的通告(某市交通管理局)\n\n社会热点2022-10-12 06:32:26\n\n"
     "某市关于实施交通管制的通告(某市交通管理局)\n\n  关于实施交通管制的通告\n\n  为保证防汛车辆安全通行,禁止一切车辆通行。\n\n"
     "  特此通告。\n\n  某市公安局\n\n  2021年10月9日\n", "关于实施交通管制的通告"),
    ("a posting time's line above", "2022/04/17 10:30\n某县人民政府关于禁止采集虫草的通告\n\n根据有关规定,现将有关事宜通告如下:\n"
     "一、本通告自发布之日起执行。\n\n某县人民政府\n\n2022年4月16日\n", "某县人民政府关于禁止采集虫草的通告"),
]


@pytest.mark.parametrize("phenomenon, text, title", PAGE_TITLES, ids=[p[0] for p in PAGE_TITLES])
def test_a_pages_heading_among_its_chrome(phenomenon, text, title):
    [doc] = extract_text(text).documents
    assert doc.title == title
    assert doc.doc_number != "国发〔2014〕21号"  # (DW08)


# A notice that hands a document on, 「原文如下:」 under its own signature, or the document's heading printed under its own
# salutation and body, keeps its heading: neither is a news item's pointer or headline (review)
@pytest.mark.parametrize("text", [
    "某县人民政府办公室关于转发市政府办公室关于加强安全生产工作的通知的通知\n各乡镇人民政府:\n现将市政府办公室《关于加强安全生产工作的"
    "通知》转发给你们,请认真贯彻执行。\n某县人民政府办公室\n2023年5月1日\n原文如下:\n关于加强安全生产工作的通知\n各县区人民政府:\n"
    "为加强安全生产工作,现通知如下。\n",
    "某县人民政府办公室转发县民政局关于做好困难群众救助工作的通知\n\n关于做好困难群众救助工作的通知\n各乡镇民政所:\n"
    "为做好救助工作,现通知如下。\n",
    "某县人民政府办公室关于转发市政府办公室关于加强安全生产工作的通知的通知\n现将市政府办公室《关于加强安全生产工作的通知》转发给你们,"
    "请认真贯彻执行。\n某县人民政府办公室\n2023年5月1日\n原文如下:\n关于加强安全生产工作的通知\n各县区人民政府:\n"
    "为加强安全生产工作,现通知如下。\n",
    "某县人民政府办公室转发县民政局关于做好困难群众救助工作的通知\n各乡镇人民政府,县直各部门:\n县民政局《关于做好困难群众救助工作的"
    "通知》已经县政府同意,现转发给你们,请认真贯彻执行。\n某县人民政府办公室\n2023年3月1日\n县民政局\n关于做好困难群众救助工作的通知\n"
    "各乡镇民政所:\n为做好救助工作,现通知如下。\n",
])
def test_a_notice_handing_on_keeps_its_heading(text):
    assert extract_text(text).documents[0].title == text.split("\n", 1)[0]


def test_references_to_line_breaks_break_lines():
    text = "某市人民政府关于某事项的通知&#10;某政发〔2022〕9号&#xA;各县区人民政府:&#10;市财政局负责资金保障。&#10;某市人民政府&#9;2022年3月1日"
    (doc,) = extract_text(text).documents
    assert (doc.title, doc.doc_number, doc.issuers, doc.date) == ("某市人民政府关于某事项的通知", "某政发〔2022〕9号",
                                                                  ("某市人民政府",), "2022-03-01")


def test_a_compilations_documents_each_dated_in_brackets_under_its_number():
    # a compilation printing each document run into one line: title, number, its date in brackets, salutation (CJ09)
    text = ("某资料选编\n\n关于同意某事的通知\n\n  关于同意某事的通知   公境〔2013〕2688号   (2013年10月30日)   某省人民政府:   "
            "受委托,现就有关事项通知如下:同意开展。\n\n某资料选编\n\n某省人民政府关于加快发展乡村旅游的意见\n\n"
            "  某省人民政府关于加快发展乡村旅游的意见   琼府〔2013〕67号   (2013年10月22日)   各市人民政府:   为贯彻落实,提出如下意见。")
    assert [(d.doc_number, d.date) for d in extract_text(text).documents] == [
        ("公境〔2013〕2688号", "2013-10-30"), ("琼府〔2013〕67号", "2013-10-22")]


# What the rules of a twenty-sixth session must not reach (its review): each (phenomenon, text, what is read)
NOT_REACHED = [
    ("a heading that names IPv6 work keeps its title",
     "某省人民政府办公厅关于加快推进政府网站支持IPv6改造工作的通知\n某政办发〔2023〕5号\n各市人民政府:\n请抓好落实。\n",
     ("titles", ["某省人民政府办公厅关于加快推进政府网站支持IPv6改造工作的通知"])),
    ("an order's cover and the decision it promulgates under one heading are one document",
     "某市人民政府令\n第12号\n《某市人民政府关于修改部分规章的决定》已经市人民政府常务会议通过,现予公布,自公布之日起施行。\n市长 张三\n"
     "2023年5月20日\n某市人民政府关于修改部分规章的决定\n(2023年5月20日市人民政府第12次常务会议通过)\n"
     "市人民政府决定对下列规章作如下修改:\n一、删去《某市甲办法》第三条。\n",
     ("titles", ["某市人民政府关于修改部分规章的决定"])),
    ("a page printing its own title three times",
     "某县人民政府关于做好防汛工作的通知\n某县人民政府关于做好防汛工作的通知\n某县人民政府关于做好防汛工作的通知\n"
     "各乡镇人民政府:\n请做好防汛工作。\n", ("titles", ["某县人民政府关于做好防汛工作的通知"])),
    ("a news story's headline of clauses over its byline names no document",
     "养老服务部际联席会议制度建立:民政部牵头,21个部门组成\n\n作者:佚名 来源:某网 日期:2019-08-06\n\n"
     "国务院办公厅同意建立养老服务部际联席会议制度。民政部要牵头做好相关工作。\n", ("titles", [""])),
    ("a body's name over a byline is no headline",
     "吉林省人力资源和社会保障厅\n来源:吉林省人力资源和社会保障厅\n吉人社联〔2020〕59号\n各市(州)人力资源和社会保障局:\n请做好工作。\n",
     ("numbers", ["吉人社联〔2020〕59号"])),
    ("a document printed right after an annex table a cell to a line",
     "某县人民政府关于公布规范性文件清理结果的通知\n某政发〔2022〕1号\n各乡镇:\n现将清理结果公布如下。\n某县人民政府\n"
     "2022年1月5日\n附件\n继续有效的文件目录\n序号\n文件名称\n文号\n1\n某县人民政府关于甲的通知\n某政发〔2015〕3号\n"
     "某县人民政府关于乙的通知\n某政发〔2022〕2号\n各乡镇:\n请认真做好乙工作。\n",
     ("numbers", ["某政发〔2022〕1号", "某政发〔2022〕2号"])),
]


# What the rules of a twenty-seventh session must not reach (its review)
NOT_REACHED += [
    ("a site's buttons over a byline are no headline",
     "【打印本页】【关闭窗口】\n来源:某市发展和改革委员会 发布时间:2023-03-02\n各区县发展改革局:\n现将名单予以公示,请抓好落实。\n"
     "某市发展和改革委员会\n2023年3月1日\n", ("titles", [""])),
    ("a footer's byline under the signature names no headline",
     "各乡镇人民政府,县直各单位:\n为做好防汛工作,县防汛抗旱指挥部决定于6月1日起进入汛期。\n请各单位严格落实24小时值班制度。\n"
     "县防汛抗旱指挥部办公室 2023年5月30日\n信息来源:县应急管理局\n", ("titles", [""])),
    ("a gazette's document numbered first under the signature of the one before, after a table's rows",
     "某市人民政府公报\n2023年第5期\n某政发〔2023〕5号\n某市人民政府关于废止部分规范性文件的决定\n各区县人民政府:\n"
     "经清理,市政府决定废止2件规范性文件(目录附后)。\n某市人民政府\n2023年5月5日\n附件\n废止的规范性文件目录\n序号\n文件名称\n文号\n1\n"
     "某市人民政府关于加强城市管理的通知\n某政发〔2010〕1号\n某政发〔2023〕6号\n某市人民政府关于做好防汛工作的通知\n各区县人民政府:\n"
     "为做好今年防汛工作,现就有关事项通知如下。\n某市人民政府\n2023年5月6日\n某政发〔2023〕7号\n某市人民政府关于加强森林防火工作的通知\n"
     "各区县人民政府:\n为做好森林防火工作,现就有关事项通知如下。\n某市人民政府\n2023年5月7日\n",
     ("numbers", ["某政发〔2023〕5号", "某政发〔2023〕6号", "某政发〔2023〕7号"])),
    ("a heading that opens with 经 on a page of one line",
     "经济技术开发区管理委员会关于做好安全生产工作的通知   经开发〔2023〕5号   各部门、各街道办事处:   为做好今年安全生产工作,"
     "现就有关事项通知如下。   经济技术开发区管理委员会   2023年5月5日", ("titles", ["经济技术开发区管理委员会关于做好安全生产工作的通知"])),
]


# a notice and the report it forwards, printed twice (JV01)
_TWICE = ("某院办公厅转发某局关于地震趋势和加强防震减灾工作意见报告的通知\n某办发〔1997〕2号\n各省、自治区、直辖市人民政府:\n"
          "某局《关于地震趋势和加强防震减灾工作意见的报告》已经同意,现转发给你们,请认真贯彻执行。\n某院办公厅\n1997年2月4日\n"
          "关于地震趋势和加强防震减灾工作意见的报告\n某院:\n各地区、各部门要切实加强防震减灾工作。\n以上意见如无不妥,请批转执行。\n某局\n"
          "1997年1月20日\n")

# a telegram's form run into one line (JR02)
_TELEGRAM = ("某省人民政府办公厅发电发电单位某省人民政府办公厅签发盖章于国安等级特急·明电某政办发明电〔2021〕1号某机发号"
             "某省人民政府办公厅关于做好黄河防凌工作的通知沿黄各市人民政府,省有关部门(单位):近日,我省黄河河段出现首封,封河发展迅速,"
             "为近年来最大值。各市各部门要切实做好防凌工作,确保安全度汛,加强巡查值守,及时报告凌情。某省人民政府办公厅2021年1月8日\n")

# (a second review)
NOT_REACHED += [
    ("a headline over its byline under a site's trail and banner",
     "您的浏览器版本过低,为获得更好的浏览体验,请升级浏览器。\n当前位置:\n首页 > 政务公开 > 部门文件\n县卫健委2021年政府工作报告任务分解\n"
     "文章来源:某县卫生健康委员会 发表时间:2021-05-07\n根据县政府工作报告,现将任务分解如下:\n1.推进紧密型县域医共体建设。\n",
     ("titles", ["县卫健委2021年政府工作报告任务分解"])),
    ("a heading's middle line opening with a label's word",
     "某县人民政府办公室关于印发某县\n时间银行互助养老服务\n管理办法(试行)的通知\n某政办发〔2022〕9号\n各乡镇人民政府:\n现印发给你们。\n",
     ("titles", ["某县人民政府办公室关于印发某县时间银行互助养老服务管理办法(试行)的通知"])),
    ("a forwarded document's number before its title, the fields printing none",
     "标题: 关于做好春节期间安全生产工作的通知\n文号: \n栏目: 区管委会办公室文件\n==== 正文 ====\n区直各部门:现将某省安全生产委员会办公室"
     "某安委办〔2016〕3号关于做好春节期间安全生产工作的通知转发给你们,请认真贯彻落实。某区管委会办公室 2016年1月20日\n",
     ("numbers", [None])),
    # (session 33)
    ("a field's title cut before its kind, the page printing it whole below (JJ05)",
     "标题: 某区减灾委员会关于印发《某区低温天气应急预案(暂行)》\n发布时间: 2021-12-16 11:12\n文号: \n==== 正文 ====\n"
     "当前位置: 首页 时间:2021-12-16 某区减灾委员会关于印发《某区低温天气应急预案(暂行)》的通知\n区减灾委各成员单位:现将《某区"
     "低温天气应急预案(暂行)》印发给你们,请认真执行。某区减灾委员会 2021年12月16日\n",
     ("titles", ["某区减灾委员会关于印发《某区低温天气应急预案(暂行)》的通知"])),
    ("a document whose breaks were all lost, its masthead, number, heading and salutation run on (JR05)",
     "共青团某省直机关工作委员会文件某直机团工字〔2021〕3号关于进一步规范团费收缴工作的通知省直各部门单位机关团委、直属团总支(支部):"
     "为贯彻落实全面从严治团要求,现就进一步规范团费收缴工作通知如下:一、以规范团费收缴工作为切入加强团员先进性建设。各级团组织要"
     "按时足额收缴团费,做好团费收缴、使用和管理工作。共青团某省直机关工作委员会2021年1月19日\n",
     ("titles", ["关于进一步规范团费收缴工作的通知"])),
    ("the same, its copy's serial (份号) before the masthead (JT02)",
     "170795某办公厅文件某办发〔2020〕39号某办公厅关于严格规范村庄撤并工作的通知各省、自治区、直辖市人民政府,各部委:近年来,各地扎实"
     "推进村庄规划工作,取得了积极成效。各地要严格规范村庄撤并,不得违背农民意愿,不得强迫农民上楼,确需撤并的村庄要充分听取意见。"
     "各有关部门要加强指导,及时研究解决工作中出现的问题。某办公厅2020年6月3日\n",
     ("titles", ["某办公厅关于严格规范村庄撤并工作的通知"])),
    ("a telegram's form run on, its fields between the masthead and the number (JR02)",
     _TELEGRAM,
     ("titles", ["某省人民政府办公厅关于做好黄河防凌工作的通知"])),
    ("the same, its number without the grade's 「明电」", _TELEGRAM, ("numbers", ["某政办发明电〔2021〕1号"])),
    ("documents printed twice in one input, as a database row prints its text and its page (JV01, JS06)",
     _TWICE + "',null,'未处理','索引号:000014349/1997-00073\n" + _TWICE + "扫一扫在手机打开当前页\n",
     ("titles", ["某院办公厅转发某局关于地震趋势和加强防震减灾工作意见报告的通知", "关于地震趋势和加强防震减灾工作意见的报告"])),
    ("a heading wrapped inside its 《》 (JM05)",
     "关于印发《某州落实〈自治区“十四五”\n城乡社区服务体系建设规划〉\n实施方案》的通知\n各县市人民政府:\n现印发你们,请认真抓好落实。\n"
     "某州人民政府办公室\n2023年5月6日\n", ("titles", ["关于印发《某州落实〈自治区“十四五”城乡社区服务体系建设规划〉实施方案》的通知"])),
    ("a heading wrapped inside its 《》 over two lines",
     "关于印发《某州落实自治区城乡社区服务体系建设规划\n实施方案》的通知\n各县市人民政府:\n现印发你们,请认真抓好落实。\n"
     "某州人民政府办公室\n2023年5月6日\n", ("titles", ["关于印发《某州落实自治区城乡社区服务体系建设规划实施方案》的通知"])),
]


@pytest.mark.parametrize("phenomenon, text, expected", NOT_REACHED, ids=[n[0] for n in NOT_REACHED])
def test_what_the_sessions_rules_do_not_reach(phenomenon, text, expected):
    docs = extract_text(text).documents
    what, values = expected
    assert [d.title if what == "titles" else d.doc_number for d in docs] == values


@pytest.mark.parametrize("label, body, date", [
    # a page's posting time with its clock, over a text that prints its year and no day (BG09, FX12, GF11)
    ("the text's year", "为做好2018年政务公开工作,经研究,决定成立领导小组。", "2018-09-04"),
    # or days after it: a deadline does not say a mirror posted the page (GO01, JP05)
    ("a later day", "请各乡镇于2018年9月30日前报送工作总结。", "2018-09-04"),
    # a day it prints within a year before (DN04, EX06)
    ("a day before", "根据2018年8月20日县政府常务会议精神,决定成立领导小组。", "2018-09-04"),
    # a rule of years before, a mirror's posting time is not its date (AP06, KE05)
    ("an old day", "根据2010年12月14日县政府常务会议精神,决定成立领导小组。", None),
    ("an old year", "为做好2012年政务公开工作,经研究,决定成立领导小组。", None),
    # nor is it when the text prints no year at all (BC10, KR04)
    ("no year", "经研究,决定成立领导小组。", None),
    # a day the text prints of itself wins: its imprint line (GD08, review) or its signature run into the text, a day after a
    # body's name (GD11, GN03, JC04)
    ("its imprint", "为做好2018年政务公开工作,决定成立领导小组。某县人民政府办公室2018年8月30日印发", "2018-08-30"),
    ("a signature run in", "现印发给你们,请认真组织实施。 某县人民政府办公室 2018年9月1日 附件:名单", "2018-09-01"),
    # a rule of years before whose term runs past the posting is not borne out by its term's end (review)
    ("an old rule's term", "本办法自2016年3月1日起施行,有效期至2025年12月31日。", None),
    # nor by what a site prints of itself: its clock, its copyright (CS01, review)
    ("a site's clock", "2018年09月04日 星期二\n经研究,决定成立领导小组。", None),
])
def test_a_posting_time_with_its_clock_is_the_date_the_text_bears_out(label, body, date):
    text = f"某县人民政府关于成立政务公开工作领导小组的通知\n发布时间:2018-09-04 10:20:33 来源:某县人民政府\n各乡镇人民政府:\n{body}\n"
    assert extract_text(text).documents[0].date == date
