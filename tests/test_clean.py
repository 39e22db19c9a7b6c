"""The cleaning stage folds what print varies for matching and keeps every character traceable to the input.

Rows are ``(case id, text as printed, the cleaned text)``; the printed forms are from real pages and
gazettes (the realdocs set, the seed gazettes) or the variants the issues list.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from regkg.extract import clean as clean_module
from regkg.extract.clean import clean, flow, normalise_chars
from regkg.extract.docnum import find_docnums
from regkg.extract.printed import printed

FOLD_CASES = [
    # script: traditional to simplified, whole characters, whatever the site's region
    ("traditional-number", "瀘市府辦發〔2024〕9號", "泸市府办发〔2024〕9号"),
    ("traditional-title", "山西省人民政府辦公廳關於調整我省最低工資標準的通知", "山西省人民政府办公厅关于调整我省最低工资标准的通知"),
    ("taiwan-forms", "臺灣地區為準", "台湾地区为准"),
    ("chained-reading", "薴麻", "苎麻"),
    ("simplified-kept", "实现全覆盖,成效显著,图像", "实现全覆盖,成效显著,图像"),
    ("place-name-kept", "乾县人民政府", "乾县人民政府"),
    ("variant-form", "陜政辦發〔2018〕73號", "陕政办发〔2018〕73号"),  # 陜, a variant of 陝 OpenCC does not list (P04)
    ("variant-form 淸", "《全国医疗保障经办政务服务事项淸单》", "《全国医疗保障经办政务服务事项清单》"),  # 淸, a variant of 清 (Y02)
    ("kangxi-radical", "本⽂件自印发之日起施行", "本文件自印发之日起施行"),
    ("compatibility-ideograph", "原文件同时废止,\uf967再执行", "原文件同时废止,不再执行"),  # U+F967 for 不
    # pinyin glosses go; abbreviations in brackets stay
    ("gloss", "國(guó)務院關(guān)於", "国务院关于"),
    ("gloss-full-width", "黔府辦發（fā）〔2012〕34號", "黔府办发〔2012〕34号"),
    ("gloss-after-simplified", "人(rén)民政府", "人民政府"),
    ("abbreviation-kept", "挥发性有机物(VOCs)排放量,单位用(m)表示", "挥发性有机物(VOCs)排放量,单位用(m)表示"),
    ("gloss-needs-han-before", "see (fā) here", "see (fā) here"),
    # glosses without tone marks, in a text that sets several: each a pinyin syllable (AI08)
    ("gloss-toneless", "桂(gui)農廳發〔2022〕149號,自治(zhi)區(qu)(qu)人民政(zheng)府,戰略(lve)", "桂农厅发〔2022〕149号,自治区人民政府,战略"),
    ("gloss-toneless-alone-kept", "单位用(m)表示,面积以(mu)计,重量(kg)", "单位用(m)表示,面积以(mu)计,重量(kg)"),
    ("gloss-toneless-items-kept", "第一款(a)项、第二款(a)项和第五条(e)项,耕地(mu)林地(ha)", "第一款(a)项、第二款(a)项和第五条(e)项,耕地(mu)林地(ha)"),
    # a page that lost its breaks: the signature run in between its sentence and 「(此件公开发布)」 stands apart (L04)
    ("run-on-signature", "请认真抓好贯彻落实。安顺市人民政府2023年9月5日（此件公开发布）安顺市某办法第一章",
     "请认真抓好贯彻落实。\n安顺市人民政府\n2023年9月5日\n(此件公开发布)安顺市某办法第一章"),
    # or a site's 「(信息公开属性:主动公开)」, spaces where the breaks were (DP02)
    ("run-on-signature-disclosure-note", "请认真贯彻执行。      大连市市场监督管理局 2020年8月11日 (信息公开属性:主动公开) 某基准 第一条",
     "请认真贯彻执行。\n大连市市场监督管理局\n2020年8月11日\n(信息公开属性:主动公开)某基准第一条"),
    ("run-on-date-in-a-sentence-kept", "市政府2023年9月5日召开常务会议。", "市政府2023年9月5日召开常务会议。"),
    # a title and number inside a sentence are no flattened heading (the review of Q07's rule)
    ("number-in-a-sentence-kept", "为贯彻落实省政府关于加强安全生产工作的通知 (某府发[2020]1号) 精神,现提出如下意见。",
     "为贯彻落实省政府关于加强安全生产工作的通知(某府发[2020]1号)精神,现提出如下意见。"),
    # a database dump's rows: unquoted fields, a second row and an escaped quote (P12, AL02)
    ("sql-rows", "INSERT INTO t (id, title) VALUES (1, '关于某事的通知', '正文\\'一', 2, NULL),(2, '第二行',1,0);",
     "关于某事的通知\n正文'一\n第二行"),
    # its keywords in lower case, 「insert into … values … null」 (JY02)
    ("sql-rows-lower-case", "insert into t (id, title) values (46, '关于某事的批复', '国函〔2006〕38号', null, '正文');",
     "关于某事的批复\n国函〔2006〕38号\n正文"),
    # a full stop printed as a Latin one after a character (a law database's text, a PDF's conversion: BA09, P06)
    ("latin-full-stop", "负责监督管理等工作.市和区有关部门应当配合.\n第五条 (征收主体)区人民政府负责.",
     "负责监督管理等工作。市和区有关部门应当配合。\n第五条(征收主体)区人民政府负责。"),
    ("latin-stop-before-a-page-number", "加强监察.— 66 —\n依法处理.各部门配合.\n", "加强监察。—66—\n依法处理。各部门配合。\n"),
    ("latin-stop-before-digits-after-percent-and-items", "不得低于80%.其他事项.本细则自公布之日起施行.2001年10月29日发布的",
     "不得低于80%。其他事项。本细则自公布之日起施行。2001年10月29日发布的"),
    # (a dot between a name's parts, in a text with few such dots or inside a title's marks, is no stop)
    ("latin-stop-name-dot-kept", "关于向拉齐尼.巴依卡同志学习的通知\n抓好落实。", "关于向拉齐尼.巴依卡同志学习的通知\n抓好落实。"),
    ("latin-stop-inside-title-marks-kept", "《约翰.史密斯奖学金办法》.附.附件.", "《约翰.史密斯奖学金办法》。附。附件。"),
    ("latin-stop-item-number-kept", "一.总则", "一.总则"),
    ("latin-stop-article-number-kept", "第一条.本办法所称", "第一条.本办法所称"),
    ("latin-stop-arabic-item-decimal-file-kept", "1.强化PM2.5治理,见附件.doc", "1.强化PM2.5治理,见附件.doc"),
    ("latin-stop-in-a-text-of-full-stops-kept", "一、对.某市人民政府关于某事的通知 .(某府发〔2018〕8号)作如下修改。",
     "一、对.某市人民政府关于某事的通知.(某府发〔2018〕8号)作如下修改。"),
    # character references a scraper left, with tags or none (AZ06, L07): the character; a space's goes
    ("entities-named", "提升&ldquo;四个能力&rdquo;建设水平", "提升“四个能力”建设水平"),
    ("entities-numeric", "&#8220;放管服&#8221;改革&#65288;一&#65289;", "“放管服”改革(一)"),
    ("entities-spaces", "&emsp;&emsp;修订前的办法同时废止", "修订前的办法同时废止"),
    ("entities-ampersand-in-a-page", "<p>研发&amp;试验</p>", "\n研发&试验\n"),
    ("entities-control-characters-go", "某市人民政府关于某事项的通知&#13;\n市财政局负责资金保障。&#13;\n",
     "某市人民政府关于某事项的通知\n市财政局负责资金保障。\n"),
    ("entities-a-page-escaped-twice", "资金保障&lt;br&gt;市公安局负责治安管理。", "资金保障\n市公安局负责治安管理。"),
    # a comment a repository set into the text is the store's, not printed (FY02, AQ03): it goes, its line blank
    ("comment-on-its-own-line", "某市人民政府关于某事的通知\n<!-- STATUS: 现行有效 -->\n自2024年1月1日起施行。",
     "某市人民政府关于某事的通知\n\n自2024年1月1日起施行。"),
    ("comment-inside-a-line", "市财政局<!-- 注 -->负责资金保障。", "市财政局负责资金保障。"),
    ("comment-unclosed-kept", "注:<!-- 未闭合\n市财政局负责。", "注:<!-- 未闭合\n市财政局负责。"),
    ("entities-unknown-and-bare-ampersand-kept", "R&D费用,&foo;项", "R&D费用,&foo;项"),
    # a dump's rows cut from their INSERT line (BC01)
    ("sql-rows-without-their-insert-line", "(29, 1, '关于某事的通知', '正文一', 2, NULL),(30, '第二行',1,0);",
     "关于某事的通知\n正文一\n第二行"),
    ("a-bracketed-number-list-is-no-dump", "(1, 2) 号文件", "(1,2)号文件"),
    # brackets: every pair seen in print around a 发文字号 reaches the grammar in a form it reads
    ("hexagonal", "国办发〔2009〕3号", "国办发〔2009〕3号"),
    ("small-tortoise-shell", "晋政办发﹝2019﹞26号", "晋政办发〔2019〕26号"),
    ("white-lenticular", "国办发〖2009〗3号", "国办发【2009】3号"),
    ("full-width-square", "吕政办发［２０２０］６９号", "吕政办发[2020]69号"),
    ("full-width-round", "泸市府办规（２０２４）７号", "泸市府办规(2024)7号"),
    ("braces-around-year", "国办发{2009}3号", "国办发〔2009〕3号"),
    ("low-high-quotes-around-year", "国办发„2009‟3号", "国办发〔2009〕3号"),
    ("braces-elsewhere-kept", "变量{a}与引文„原文‟", "变量{a}与引文„原文‟"),
    # spaces anywhere in a number
    ("spaces-hexagonal", "国办发 〔 2009 〕 3 号", "国办发〔2009〕3号"),
    ("spaces-square", "吕政办发 [ 2020 ] 69 号", "吕政办发[2020]69号"),
    ("latin-spaces-kept", "PM 2.5 浓度", "PM 2.5浓度"),
    # a year's zero printed as a letter or a circle, a year in Chinese numerals
    ("letter-o-in-year", "国函[20O0]31号", "国函[2000]31号"),
    ("full-width-letter-o", "国函〔２０Ｏ０〕31号", "国函〔2000〕31号"),
    ("chinese-numeral-year-bracketed", "川府函〔二〇二〇〕5号", "川府函〔2020〕5号"),
    ("chinese-numeral-year", "二〇二〇年工作要点", "2020年工作要点"),
    ("letter-o-year-before-nian", "二O一九年度", "2019年度"),
    ("item-number-kept", "(一)提高最低工资标准", "(一)提高最低工资标准"),
    ("signature-date", "国务院办公厅\n二○二四年十二月三十一日", "国务院办公厅\n2024年12月31日"),
    # what stands for nothing a reader sees
    ("zero-width-space", "泸市府\u200b办发", "泸市府办发"),
    ("stray-nul-mark", "泸市府\ufffd办发", "泸市府办发"),
    ("byte-order-mark", "\ufeff泸州市人民政府", "泸州市人民政府"),
    # a forum's anti-scraping jammer on every line, glued to a number (K07); letters or digits alone are kept
    ("forum-jammer", "国函〔2006〕29号6 Z* U* l8 Y3 t1 {: _: Q\n/ I( z\" ^+ b. P4 N8 V\n陕西省人民政府:",
     "国函〔2006〕29号\n\n陕西省人民政府:"),
    ("spaced-letters-kept", "附件 A B C D E 各一份", "附件 A B C D E 各一份"),
    # a signing date whose 年月日 a conversion dropped, on a line of its own (H01, B07, C11); an ambiguous one stays
    ("lost-date-marks", "福建省人民政府\n\n2017919\n", "福建省人民政府\n\n2017年9月19日\n"),
    ("lost-date-ambiguous", "福建省人民政府\n\n2015114\n", "福建省人民政府\n\n2015114\n"),
    # a page's links to its neighbours name other documents (BX10); a rule's own 上一条 stays
    # a site's trail whose last step is the page's heading keeps the heading (CG01, » folded to 》); one ending in a
    # column's name stays, for the head's reader
    ("trail-to-heading", "首頁»某公司»新聞中心»吉林省財政廳:吉林省省本級財政投資評審管理辦法\n正文",
     "吉林省财政厅:吉林省省本级财政投资评审管理办法\n正文"),
    ("trail-to-column", "首页>政策文件>通知\n正文", "首页>政策文件>通知\n正文"),
    # a wiki's page named by its path (JF01); a date's slashes are no steps
    ("slashed-path-to-heading", "中華人民共和國國務院公報/一九五四年/第一號/國務院關於出版「國務院公報」的决定\n正文",
     "国务院关于出版「国务院公报」的决定\n正文"),
    ("slashed-date", "2023/05/06 关于印发某办法的通知\n正文", "2023/05/06关于印发某办法的通知\n正文"),
    # or steps set apart by dashes, the site's home among them (HT02, a page copied onto a spam site); a dash in a heading
    # sets no trail apart
    ("dashed-trail-to-heading", "全站搜索\n首页『某某注册』-某某平台-首页-某县人民政府办公室关于印发某县资金管理办法的通知\n正文",
     "全站搜索\n某县人民政府办公室关于印发某县资金管理办法的通知\n正文"),
    # a word processor's hyperlink field code, its target run on, is chrome (II03, BB02, AU08, FY02)
    ("field-code", "应当依照《HYPERLINKjavascript中华人民共和国合同法》的规定", "应当依照《中华人民共和国合同法》的规定"),
    ("field-code-target", "委员会HYPERLINKsystem030009329天津市市场和质量监督管理若干规定》", "委员会天津市市场和质量监督管理若干规定》"),
    ("dash-in-a-heading", "首页\n关于印发某市2018-2025年发展规划的通知\n正文", "首页\n关于印发某市2018-2025年发展规划的通知\n正文"),
    ("trail-to-disclosure-column", "首页  >  信息公开专栏  >  办公室  >  政府信息公开目录\n正文",
     "首页  >  信息公开专栏  >  办公室  >  政府信息公开目录\n正文"),
    # a bracketed year a PDF's spaces split (CD05)
    ("spaced-year", "《某通知》(郑政办〔 20 21 〕 15 号)", "《某通知》(郑政办〔2021〕15号)"),
    ("page-navigation", "此复。\n- 上一篇:关于同意浪川乡行政村规模调整的批复\n- 下一篇:关于同意汾口镇的批复",
     "此复。\n\n"),
    ("page-navigation-bracketed", "此复。\n【下一篇】关于印发某办法的通知\n上一条: 某通知", "此复。\n\n"),
    # its links to files and to readings of the document (BX07); a database's labels in 【】 stay
    ("file-links", "(此件公開發布)\n【word版】濟兗政字〔2024〕8號 關于某事的通知.doc\n【PDF版】某通知.PDF\n【漫畫解讀】某通知\n",
     "(此件公开发布)\n\n\n\n"),
    ("database-label-kept", "【发布部门】某市人民政府\n【政策解读】\n", "【发布部门】某市人民政府\n\n"),
    # a labelled link to the reading, the title it explains after its label (KT04, DE09, BO03); a reading's sentence stays
    ("reading-label-links", "解讀文本:某市財政專項資金管理辦法(修訂)\n各鎮人民政府:\n現印發給你們。\n解读:《某县人民政府关于调整禁养区的决定》\n"
     "图文解读:局长办公会会议纪要【2021】第2号\n解读:本办法的出台,是为了规范管理。\n",
     "\n各镇人民政府:\n现印发给你们。\n\n\n解读:本办法的出台,是为了规范管理。\n"),
    # a 版头 run into one line with its heading and salutation, spaces where the breaks were (BY07); a sentence that
    # names a 文件 and a number before a heading-like phrase, no salutation after it, stays one line
    ("run-in-masthead", "某县人民政府文件 某县政府发〔2018〕29 号 某县人民政府关于印发某规则的通知 各乡镇人民政府: 现印发。",
     "某县人民政府文件\n某县政府发〔2018〕29号\n某县人民政府关于印发某规则的通知\n各乡镇人民政府:现印发。"),
    ("run-in-heading-number-date", "某厅关于印发《某办法》的通知 鲁财社[2024]56号 2024-12-30 各市财政局: 为推动实施。",
     "某厅关于印发《某办法》的通知\n鲁财社[2024]56号\n2024-12-30\n各市财政局:为推动实施。"),
    # a compilation prints each of its documents so, the date in brackets, wherever the line stands (CJ09)
    ("run-in-compilation", "某资料选编\n\n甲通知\n\n  关于同意某事的通知   公境〔2013〕2688号   (2013年10月30日)   某省人民政府:   受委托,现通知。\n"
     "\n乙意见\n\n  某省人民政府关于加快发展乡村旅游的意见   琼府〔2013〕67号   (2013年10月22日)   各市人民政府:   为贯彻落实。",
     "某资料选编\n\n甲通知\n\n关于同意某事的通知\n公境〔2013〕2688号\n(2013年10月30日)\n某省人民政府:受委托,现通知。\n"
     "\n乙意见\n\n某省人民政府关于加快发展乡村旅游的意见\n琼府〔2013〕67号\n(2013年10月22日)\n各市人民政府:为贯彻落实。"),
    # a date that lost its 年 and 月 but kept its 日, inside a sentence (CM01); two readings of it, and it stays
    # its 年 kept, its month and day run together, alone on its line under a signature (CF03); 2015年114 reads two ways
    ("year-then-month-day", "佛山市某区人民政府\n                2017年1214\n2015年114\n",
     "佛山市某区人民政府\n2017年12月14日\n2015年114\n"),
    ("run-together-date", "本批复自20141125日起执行,执行期2年。自2014115日起", "本批复自2014年11月25日起执行,执行期2年。自2014115日起"),
    # a page on one line with no fields: its heading, its salutation and body, the signing date, 「附:」, the document it
    # forwards and that one's salutation, each a line (DQ05); a sentence that names bodies before a colon stays
    ("run-on-heading-salutation", "某市人民政府办公厅转发某办公室关于某事的通报的通知 各县、区人民政府,市政府各有关部门: 现将《关于某事的通报》"
     "转发给你们,希望你们针对通报中提出的问题,结合实际,认真研究,切实整改,确保专项行动真正落到实处,见到实效。 二○○五年十一月二十一日 附: "
     "关于某专项行动督查情况的通报 各市州人民政府: 根据国务院办公厅的要求,国务院联合督查组对我省专项行动工作进行了督查。",
     "某市人民政府办公厅转发某办公室关于某事的通报的通知\n各县、区人民政府,市政府各有关部门:\n现将《关于某事的通报》转发给你们,"
     "希望你们针对通报中提出的问题,结合实际,认真研究,切实整改,确保专项行动真正落到实处,见到实效。\n2005年11月21日\n附:\n"
     "关于某专项行动督查情况的通报\n各市州人民政府:\n根据国务院办公厅的要求,国务院联合督查组对我省专项行动工作进行了督查。"),
    # the signer and date run into the heading of the rule the notice issues (JP02, GD05, GN11, JJ02, …)
    ("run-on-signature-over-rule", "各乡镇人民政府,区直各单位: 现将修订后的《某区税负差额补贴实施办法》印发给你们,请认真贯彻执行。 某区管委会 "
     "2014年3月21日某区税负差额补贴实施办法 根据有关规定,制定本办法。",
     "各乡镇人民政府,区直各单位:现将修订后的《某区税负差额补贴实施办法》印发给你们,请认真贯彻执行。\n某区管委会\n"
     "2014年3月21日\n某区税负差额补贴实施办法根据有关规定,制定本办法。"),
    # or named as its annex, or issued in the heading, signed by two (AN11, CG02)
    ("run-on-signature-over-annex", "请结合实际制定专项应急预案。 附件:某镇突发公共事件总体应急预案 某区某镇人民政府 2020年10月22日 "
     "某镇突发公共事件总体应急预案 1.总则",
     "请结合实际制定专项应急预案。附件:某镇突发公共事件总体应急预案\n某区某镇人民政府\n2020年10月22日\n某镇突发公共事件总体应急预案1.总则"),
    ("run-on-signature-of-two-over-rule", "某省财政厅 某省人社厅关于印发《某省就业补助资金管理办法》的通知 现予印发,请遵照执行。 "
     "某省财政厅 某省人社厅 2024年12月30日 某省就业补助资金管理办法 第一章 总则",
     "某省财政厅某省人社厅关于印发《某省就业补助资金管理办法》的通知现予印发,请遵照执行。\n某省财政厅某省人社厅\n2024年12月30日\n"
     "某省就业补助资金管理办法第一章总则"),
    # a word that ends 发电 is no telegram's masthead (review): 「光伏发电」
    ("run-on-no-telegram", "关于做好光伏发电项目建设管理工作的通知(某发改能源〔2021〕3号)各市发展改革委:为做好光伏发电项目建设管理工作,"
     "现将有关事项通知如下。一、加强项目管理,规范项目建设秩序,确保项目按期建成投产,切实提高项目建设质量和效益,推动光伏产业健康发展。"
     "二、强化监督检查,各市要定期开展项目检查,及时发现和纠正问题,确保各项政策措施落到实处。",
     "关于做好光伏发电项目建设管理工作的通知(某发改能源〔2021〕3号)各市发展改革委:为做好光伏发电项目建设管理工作,"
     "现将有关事项通知如下。一、加强项目管理,规范项目建设秩序,确保项目按期建成投产,切实提高项目建设质量和效益,推动光伏产业健康发展。"
     "二、强化监督检查,各市要定期开展项目检查,及时发现和纠正问题,确保各项政策措施落到实处。"),
    # the rule's heading printed in its marks after the date (JR01)
    ("run-on-signature-over-marked-rule", "关于印发《全省国有林场老旧电网改造升级工程实施方案》的通知 请遵照执行。 某省发展和改革委员会 "
     "某省林业局2021年5月11日《全省国有林场老旧电网改造升级工程实施方案》为持续深化国有林场改革",
     "关于印发《全省国有林场老旧电网改造升级工程实施方案》的通知请遵照执行。\n某省发展和改革委员会某省林业局\n2021年5月11日\n"
     "《全省国有林场老旧电网改造升级工程实施方案》为持续深化国有林场改革"),
    # a site's trail, the heading and its time run into the salutation, whose groups are parted by commas (JP05); the time
    # stays on the trail's line (no date of the document's)
    ("run-on-trail-salutation-list", "当前位置: 首页 政务公开 关于做好地方预决算公开有关数据核对工作的通知 时间: 2019-01-16 17:23 微信 "
     "各片区项目建设指挥部,区(县)直各单位,各乡镇人民政府: 根据《某省财政厅关于报送地方预决算公开有关数据的通知》精神,现将有关事项通知如下。"
     "一、请各单位认真核对数据,确保数据真实准确,按时报送,并做好解释说明工作,确保公开工作顺利开展,不断提高预决算公开工作质量和水平。",
     "当前位置:首页政务公开关于做好地方预决算公开有关数据核对工作的通知时间:2019-01-16 17:23微信\n"
     "各片区项目建设指挥部,区(县)直各单位,各乡镇人民政府:\n根据《某省财政厅关于报送地方预决算公开有关数据的通知》精神,现将有关事项通知如下。"
     "一、请各单位认真核对数据,确保数据真实准确,按时报送,并做好解释说明工作,确保公开工作顺利开展,不断提高预决算公开工作质量和水平。"),
    # the heading glued to its salutation, a company addressed; the signer before the date, a space inside it (DY10)
    ("run-on-heading-glued-to-salutation", "|\n关于某城区空调公交车票价的通知市公共交通有限责任公司: 你公司《关于空调公交车票价定价的请示》收悉。"
     "经成本监审和价格听证,并报经市政府批准同意,现就我市城区空调公交车票价等有关问题通知如下,请遵照执行。一、票价。城区空调公交车票价"
     "实行分月票价。本通知规定从发文之日起开始试行。 某市物价局 2013年7月 26日 |",
     "|\n关于某城区空调公交车票价的通知\n市公共交通有限责任公司:\n你公司《关于空调公交车票价定价的请示》收悉。"
     "经成本监审和价格听证,并报经市政府批准同意,现就我市城区空调公交车票价等有关问题通知如下,请遵照执行。一、票价。城区空调公交车票价"
     "实行分月票价。本通知规定从发文之日起开始试行。\n某市物价局2013年7月26日 |"),
    # the heading's line with its number and salutation under a site's chrome, a bullet before it (DP02)
    ("run-in-heading-under-chrome", "首页 > 政务公开 > 文件发布\n\n  • 某市市场监督管理局关于下发三项裁量基准的通知   某市监网传〔2020〕38号"
     "      各区市县市场监督管理局,市局机关各处室: 现将三项基准下发给你们,请认真贯彻执行。",
     "首页 > 政务公开 > 文件发布\n\n某市市场监督管理局关于下发三项裁量基准的通知\n某市监网传〔2020〕38号\n"
     "各区市县市场监督管理局,市局机关各处室:现将三项基准下发给你们,请认真贯彻执行。"),
    # or no salutation, the body opening after the number with a handover (FV10); a sentence opening so stays one line
    ("run-in-heading-number-body", "某省人民政府 关于明确2023年重点工作责任单位的通知 某政〔2023〕5号 现将《政府工作报告》提出的重点工作任务"
     "予以分解并明确责任单位。各责任单位要尽快制定具体落实方案。",
     "某省人民政府关于明确2023年重点工作责任单位的通知\n某政〔2023〕5号\n现将《政府工作报告》提出的重点工作任务"
     "予以分解并明确责任单位。各责任单位要尽快制定具体落实方案。"),
    # the signing date run on after the body, the rule it issues headed after it (FV02)
    ("run-in-heading-number-salutation-signature", "某市人民政府办公厅关于印发某规定的通知 某府办发〔2009〕47 号 各区人民政府: 《某规定》"
     "经市政府批准,现予印发,请认真组织实施。 某市人民政府办公厅 二〇〇九年九月十日 某规定 根据有关规定,设立某市人民政府办公厅。",
     "某市人民政府办公厅关于印发某规定的通知\n某府办发〔2009〕47号\n各区人民政府:《某规定》"
     "经市政府批准,现予印发,请认真组织实施。\n某市人民政府办公厅2009年9月10日\n某规定根据有关规定,设立某市人民政府办公厅。"),
    # a rule's heading run into its purpose clause, a page that lost its breaks (FY06); a sentence naming a plan stays
    ("heading-run-into-purpose", "某镇森林防火应急预案为进一步提高我镇森林防火能力,结合实际,特制定本预案。一、指导思想",
     "某镇森林防火应急预案\n为进一步提高我镇森林防火能力,结合实际,特制定本预案。一、指导思想"),
    ("a-sentence-naming-a-plan-before-its-purpose", "各村要按照应急预案为群众做好服务,特制定本预案。",
     "各村要按照应急预案为群众做好服务,特制定本预案。"),
    ("a-sentence-naming-a-notice-and-its-number", "按照省政府关于某事的通知 某政〔2023〕5号 现将有关事项通知如下。",
     "按照省政府关于某事的通知某政〔2023〕5号现将有关事项通知如下。"),
    ("run-on-no-salutation", "某市人民政府关于某事的通知 一、各县区人民政府要加强领导,切实做好某项工作,确保工作取得实效,"
     "各部门要各司其职,密切配合,形成工作合力,共同推进各项工作落到实处,现将有关事项通知如下:请各单位认真贯彻落实,加强督查。",
     "某市人民政府关于某事的通知一、各县区人民政府要加强领导,切实做好某项工作,确保工作取得实效,"
     "各部门要各司其职,密切配合,形成工作合力,共同推进各项工作落到实处,现将有关事项通知如下:请各单位认真贯彻落实,加强督查。"),
    ("masthead-words-in-a-sentence", "按照省政府文件 某政发〔2018〕2 号 关于某事的通知 要求,做好工作。",
     "按照省政府文件某政发〔2018〕2号关于某事的通知要求,做好工作。"),
    ("rule-own-previous-article", "第五条 依照\n上一条规定处理。", "第五条依照\n上一条规定处理。"),
    # a page number at a line's start inside a sentence, a title's even (BA09, the samples' 004); not between sentences
    ("page-number-after-a-line-break", "房屋拆迁面积\n—８３ —标准房屋调换应安置人口认定办法»同时废止。工作。\n- 18 -\n第五条",
     "房屋拆迁面积\n标准房屋调换应安置人口认定办法》同时废止。工作。\n\n第五条"),
    # a link alone on its line, or after its label, is chrome (DB09, BM06); a link inside a sentence stays
    ("link-lines", "某市人民政府令\nOriginal URL: http://lib.example.cn/bin/mse.exe?K=d70&A=12\n第77号\n"
     "原文链接:https://www.example.com/lar/7d9.html\n<http://www.gd.gov.cn/post_3324847.html#7>\n详见 http://x.cn 。",
     "某市人民政府令\n\n第77号\n\n\n详见 http://x.cn 。"),
]


@pytest.mark.parametrize(("raw", "cleaned"), [c[1:] for c in FOLD_CASES], ids=[c[0] for c in FOLD_CASES])
def test_clean_folds_for_matching(raw, cleaned):
    assert clean(raw).s == cleaned


# A date printed in numerals is read in digits and given back as printed, whole, though 「十一」 is two digits and
# 「二十一」 two (DQ05, BQ12, H04: the evidence read 「二○○五年1一月二1日」)
@pytest.mark.parametrize("raw", [
    "见到实效。 二○○五年十一月二十一日 附:",
    "于二〇一九年十二月三十日印发。",
    "自二○一五年一月一日起施行,有效期五年。",
    "于2019年十二月三十日印发",
    "签发:二〇〇八年十月十三日;印发:二〇〇八年十月二十日。",
])
def test_a_date_in_numerals_is_given_back_as_printed(raw):
    t = clean(raw)
    assert "年" in t.s and not re.search("[一二三四五六七八九十]月", t.s)  # read in digits
    assert printed(raw, t, 0, len(t.s)) == "".join(raw.split())


# (case id, text as printed, the 发文字号 the grammar finds in the cleaned text, the evidence as printed)
NUMBER_CASES = [
    ("traditional", "根據瀘市府辦發〔2024〕9號文件", "泸市府办发〔2024〕9号", "瀘市府辦發〔2024〕9號"),
    ("traditional-with-gloss", "黔府辦發(fā)〔2012〕34號", "黔府办发〔2012〕34号", "黔府辦發(fā)〔2012〕34號"),
    ("braces", "(国办发{2009}3号)", "国办发〔2009〕3号", "国办发{2009}3号"),
    ("quotes", "(国办发„2009‟3号)", "国办发〔2009〕3号", "国办发„2009‟3号"),
    ("lenticular", "(国办发〖2009〗3号)", "国办发〔2009〕3号", "国办发〖2009〗3号"),
    ("spaces", "「国办发 〔 2009 〕 3 号」", "国办发〔2009〕3号", "国办发 〔 2009 〕 3 号"),
    ("letter-o", "(国函[20O0]31号)", "国函〔2000〕31号", "国函[20O0]31号"),
    ("chinese-year", "(川府函〔二〇二〇〕5号)", "川府函〔2020〕5号", "川府函〔二〇二〇〕5号"),
    # the year's close and the 号 lost, the number closing at its bracket (CE01)
    ("year-close-lost", "的请示》(辽政〔199687)收悉", "辽政〔1996〕87号", "辽政〔199687"),
    ("spaced-year-number", "(郑政办〔 20 21 〕 15 号)", "郑政办〔2021〕15号", "郑政办〔 20 21 〕 15 号"),
]


@pytest.mark.parametrize(
    ("raw", "number", "evidence"), [c[1:] for c in NUMBER_CASES], ids=[c[0] for c in NUMBER_CASES]
)
def test_number_found_in_cleaned_text_and_traced_to_print(raw, number, evidence):
    t = clean(raw)
    [found] = find_docnums(t.s)
    assert found.canonical == number
    start, end = t.orig_span(found.start, found.end)
    assert raw[start:end] == evidence


def test_running_headers_and_page_numbers_go():
    raw = "落实\n\n市政府办公室文件\n\n补助资金\n- 18 -\n管理。"
    assert flow(clean(raw)).s == "落实补助资金管理。"
    assert flow(clean("落实\n— — — 3 —\n补助资金")).s == "落实补助资金"  # a PDF footer's spaced dashes (AN05)
    assert flow(clean("落实\n— — 12 — —\n补助资金")).s == "落实补助资金"


@pytest.mark.parametrize(("raw", "cleaned"), [
    # what markup stripped from a page left, a long run of blank lines, is one blank line (JW01)
    ("国家工商行政管理总局令\n\n\n\n\n\n第44号\n\n\n\n\n局长\n", "国家工商行政管理总局令\n\n第44号\n\n局长\n"),
    # a shorter run stays: it may part two documents, as a gazette prints them
    ("某市人民政府\n2024年3月1日\n\n\n\n某市人民政府关于某事的通知\n", "某市人民政府\n2024年3月1日\n\n\n\n某市人民政府关于某事的通知\n"),
])
def test_a_long_run_of_blank_lines_is_one(raw, cleaned):
    assert clean(raw).s == cleaned


def test_bullets_go_indented_too():
    # a page's list items, indented (AN12): the heading and the salutation are lines of their own
    assert clean("  • 文字:\n    关于印发某方案的通知\n  • 各区县(市)人民政府,各有关单位:").s == \
        "文字:\n关于印发某方案的通知\n各区县(市)人民政府,各有关单位:"


@pytest.mark.parametrize("raw, cleaned", [
    # a repository's Markdown headings (BS10: 「## 二、…条例」 heads the deletions that follow it in an amending decision)
    ("# 某市人大常委会关于修改《甲条例》等两部地方性法规的决定\n## 二、乙条例\n（一）删去第七条第三款。",
     "某市人大常委会关于修改《甲条例》等两部地方性法规的决定\n二、乙条例\n(一)删去第七条第三款。"),
    ("### （一）相关法律规定", "(一)相关法律规定"),
    # a # that marks no heading stays: no space after it, or inside a line
    ("#1 文件\n编号 #2", "#1文件\n编号 #2"),
])
def test_markdown_heading_marks_go(raw, cleaned):
    assert clean(raw).s == cleaned


def test_spaces_inside_words_go_but_latin_words_keep_theirs():
    assert clean("请认真贯 彻执行 PM 2.5 浓度").s == "请认真贯彻执行 PM 2.5浓度"


# --- properties ------------------------------------------------------------------------------------

_ALPHABET = (
    "泸市府办规发〔〕[]()（）{}„‟〖〗0123456789０１２号號年月日 \n\t。,;:《》文件部门市政府办公室贯彻执行-·"
    "國務關辦發瀘於fāguónOo〇○二一九\u200b\ufffd⽂"
)
# What a year fold makes of a character, on top of normalise_chars (the spec, written out).
_YEAR_FOLD = str.maketrans("〇○零OoΟ一二三四五六七八九{}„‟", "000000123456789〔〕〔〕")


@given(st.text(alphabet=_ALPHABET, max_size=200))
@example("某某人民政府\n\n2017919\n")
def test_every_kept_character_maps_back_to_its_source(raw):
    for view in (clean(raw), flow(clean(raw))):
        for i, ch in enumerate(view.s):
            source = normalise_chars(raw[view.orig(i)])
            # the 年月日 a conversion dropped from a signing date are put back between its digits (「2017919」)
            assert ch in (source, source.translate(_YEAR_FOLD)) or (ch in "年月日" and source.isdigit())


@given(st.text(alphabet=_ALPHABET, max_size=200))
def test_spans_are_ordered_and_inside_the_input(raw):
    t = flow(clean(raw))
    for i in range(len(t.s)):
        a, b = t.orig_span(i, i + 1)
        assert 0 <= a < b <= len(raw)
    if t.s:
        assert t.orig_span(0, len(t.s))[0] <= t.orig_span(len(t.s) - 1, len(t.s))[0]


@given(st.text())
def test_character_folding_is_one_for_one_and_idempotent(raw):
    once = normalise_chars(raw)
    assert len(once) == len(raw)
    assert normalise_chars(once) == once


@given(st.text(alphabet=_ALPHABET, max_size=200))
def test_cleaning_cleaned_text_changes_nothing_more_in_the_script(raw):
    once = clean(raw).s
    assert normalise_chars(once) == once


# (phenomenon, raw, flowed) — which line breaks the line-joining keeps
FLOW_CASES = [
    # a signature's date ends a unit, and so does the heading of the rule the notice issues under it: they ran into the
    # rule's first sentence, its evidence (sample 001, 78 real texts); the name and the date on one line too (generated)
    ("the rule a notice issues starts under the notice's date",
     "现印发给你们,请认真贯彻执行。\n\n泸州市人民政府办公室\n2024年1月17日\n\n泸州市某工作政策指导意见\n\n为深入学习贯彻,制定本意见。",
     "现印发给你们,请认真贯彻执行。\n\n泸州市人民政府办公室2024年1月17日\n\n泸州市某工作政策指导意见\n\n为深入学习贯彻,制定本意见。"),
    ("its signer and date on one line", "不再执行。\n\n安阳市人民政府办公室 2020年8月12日\n\n安阳市某工作方案\n\n为全面深化工作,制定本方案。",
     "不再执行。\n\n安阳市人民政府办公室2020年8月12日\n\n安阳市某工作方案\n\n为全面深化工作,制定本方案。"),
    ("the note under the signature, and a heading ending with its period in brackets (the samples' 003, 000)",
     "请认真贯彻执行。\n\n临汾市人民政府\n2024年3月1日\n(此件公开发布)\n\n临汾市矿产资源总体规划(2021—2025年)\n\n为深入学习贯彻,制定本规划。",
     "请认真贯彻执行。\n\n临汾市人民政府2024年3月1日\n(此件公开发布)\n\n临汾市矿产资源总体规划(2021—2025年)\n\n为深入学习贯彻,制定本规划。"),
    ("a line ending like a heading with a page break under it and no date above runs on",
     "为贯彻落实省政府印发的工作实施\n意见\n\n要求各单位认真落实。", "为贯彻落实省政府印发的工作实施意见要求各单位认真落实。"),
    ("a wrap inside a sentence is joined", "各区县要加强\n组织领导。", "各区县要加强组织领导。"),
    ("a duty label opens a line of its own (AN05)", "把党的主张转化为\n牵头单位:区委组织部\n协办单位:区委编办",
     "把党的主张转化为\n牵头单位:区委组织部\n协办单位:区委编办"),
    ("but not inside a bracket a wrap broke (review)", "(牵头单位:市市场监管局\n配合单位:市公安局)", "(牵头单位:市市场监管局配合单位:市公安局)"),
    ("a clean-up list's item ends its line, and its heading above one (AT07)",
     "某委文件目录\n关于甲的通知((79)卫政字第1587号)\n副霍乱防治方案(卫生部1981年5月27日发布)\n关于乙",
     "某委文件目录\n关于甲的通知((79)卫政字第1587号)\n副霍乱防治方案(卫生部1981年5月27日发布)\n关于乙"),
    ("a signature below a request printed with no stop (AN01)", "请认真抓好落实\n\n宁波市鄞州区人民政府办公室\n\n2024年2月21日",
     "请认真抓好落实\n\n宁波市鄞州区人民政府办公室2024年2月21日"),
    ("but an attachment list's last item runs into it, as the list readers take it (A25)",
     "附件:1.某市决定废止的文件目录\n\n2.某市现行有效的文件目录\n\n某市人民政府\n\n2022年11月21日",
     "附件:1.某市决定废止的文件目录\n2.某市现行有效的文件目录\n\n某市人民政府2022年11月21日"),
    ("a short numbered heading keeps its line", "3.2 监测\n市场监管部门开展监测。", "3.2监测\n市场监管部门开展监测。"),
    ("a section heading stopping well short of the text's wrap width ends there (U07)",
     "一、降低防疫检疫费用,保护养殖农户的积极性\n各级财政部门要严格按照规定执行,不得擅自提高标准,也不得增加收费项目,切实减轻农民负担。",
     "一、降低防疫检疫费用,保护养殖农户的积极性\n各级财政部门要严格按照规定执行,不得擅自提高标准,也不得增加收费项目,切实减轻农民负担。"),
    ("but one as long as the text's lines is a wrap",
     "一、降低防疫检疫费用,保护养殖\n农户的积极性。各级财政部门要严\n格按照规定执行,不得擅自提高。",
     "一、降低防疫检疫费用,保护养殖农户的积极性。各级财政部门要严格按照规定执行,不得擅自提高。"),
    ("so does a bracketed one, 「(一)」 (BV06)",
     "(一)提高思想认识,凝聚管护共识\n区级林业部门要强化政策宣贯力度,通过专题培训、基层宣讲等方式,向街镇及群众普及相关规定。",
     "(一)提高思想认识,凝聚管护共识\n区级林业部门要强化政策宣贯力度,通过专题培训、基层宣讲等方式,向街镇及群众普及相关规定。"),
    ("but not one a sentence runs on from (sample 004)",
     "(一)\"一键直联\"模块由市政府办\n公室负责;各县(市、区)人民政府负责本地区的推广应用工作,按时完成各项任务。",
     "(一)\"一键直联\"模块由市政府办公室负责;各县(市、区)人民政府负责本地区的推广应用工作,按时完成各项任务。"),
    ("and one holding a sentence was cut at a page's end (sample 001)",
     "十、加大监督检查力度。各级各有\n\n关部门(单位)要采取“四不两直”等方式加强督导检查,对检查发现的问题要督促限期整改。",
     "十、加大监督检查力度。各级各有关部门(单位)要采取“四不两直”等方式加强督导检查,对检查发现的问题要督促限期整改。"),
]


@pytest.mark.parametrize("phenomenon, raw, flowed", FLOW_CASES, ids=[c[0] for c in FLOW_CASES])
def test_flow_keeps_breaks_between_units(phenomenon, raw, flowed):
    assert flow(clean(raw)).s == flowed


# The spaces pass, as it was written before it became one pattern (a run from its first space, its sides checked in
# Python), then the pass over the lines' edges of what it left, as it was before the two became one scan: the scan
# removes the same runs.
_OLD_SPACES = re.compile(r"[ \u3000](?<![\n \u3000][ \u3000])[ \u3000]*")
_OLD_SIDES = re.compile("|".join(a + b for a, b in clean_module._SIDES))
_OLD_EDGES = re.compile(r"[ \t](?:(?<![^\n][ \t])[ \t]*|[ \t]*(?=\n))")


def _old_inner_spaces(s: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _OLD_SPACES.finditer(s)
            if m.start() and m.end() < len(s) and _OLD_SIDES.fullmatch(s[m.start() - 1] + s[m.end()])]


def _cut(s: str, spans: list[tuple[int, int]]) -> str:
    kept, pos = [], 0
    for a, b in spans:
        assert a >= pos  # in order, disjoint
        kept.append(s[pos:a])
        pos = b
    return "".join(kept) + s[pos:]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from([" ", "\u3000", "\n", "\t", "贯", "彻", "年", "2", "0", "[", "]", "〔", "〕", "(", ")", "a",
                                 "b", "、", "《", "》", "号", "-"]), max_size=30))
def test_the_spaces_pass_removes_what_the_side_checks_and_the_edge_pass_removed(pieces):
    s = normalise_chars("".join(pieces))  # clean's passes read it so: the ideographic space a space
    inner_gone = _cut(s, _old_inner_spaces(s))
    expected = _cut(inner_gone, [m.span() for m in _OLD_EDGES.finditer(inner_gone)])
    assert _cut(s, [(a, b) for a, b, _ in clean_module._spaces(s)]) == expected
