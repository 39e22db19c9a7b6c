"""Stage 1: normalise a gazette's text without losing track of where each character came from.

PDF conversion leaves full-width digits, six kinds of brackets, spaces inside words (「贯 彻执行」),
running page headers in mid-sentence (「市政府办公室文件」) and line wraps everywhere. The finders want
none of that, but every fact must point back into the file as printed. So each transformation here
returns a :class:`Text`: the new string plus a map from its offsets to the input's.

Two views are built:

* :func:`clean` — one-to-one character normalisation (width, bracket variants, traditional script
  to simplified, invisible characters), pinyin glosses and spaces inside CJK runs removed, a year's
  letter O and Chinese numerals made digits, running headers and page numbers blanked. Line
  structure is kept: segmentation reads lines.
* :func:`flow` — a cleaned slice with PDF line wraps joined, for the sentence-level finders.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import accumulate, compress, count, groupby
from dataclasses import dataclass, field
from operator import add

from regkg.extract import cues
from regkg.extract.anchored import find_all, finditer_at, finditer_from
from regkg.keys.chars import normalise_chars

__all__ = ["Text", "clean", "flow", "line_starts", "normalise_chars"]


@dataclass(frozen=True)
class Text:
    """A string with a piecewise map of its offsets to the offsets of the original input.

    ``anchors`` are ``(offset_here, offset_in_original)`` pairs, sorted, one at the start of every
    run of characters that were copied unchanged; a position maps by its nearest anchor to the left.
    """

    s: str
    anchors: tuple[tuple[int, int], ...] = ((0, 0),)
    _keys: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_keys", [a for a, _ in self.anchors])

    def orig(self, i: int) -> int:
        """Offset in the original input of position ``i`` of this text."""
        k = bisect_right(self._keys, i) - 1
        here, there = self.anchors[max(k, 0)]
        return there + (i - here)

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the slice ``s[start:end]`` (``end`` exclusive): ``orig`` of its first and its last
        character, read here rather than by two calls (a record maps a span for every fact it holds)."""
        keys, anchors = self._keys, self.anchors
        here, there = anchors[max(bisect_right(keys, start) - 1, 0)]
        first = there + (start - here)
        if end <= start:
            return (first, first)
        here, there = anchors[max(bisect_right(keys, end - 1) - 1, 0)]
        return (first, there + (end - here))

    def sub(self, start: int, end: int) -> "Text":
        """The slice ``s[start:end]`` as a Text that still maps to the original input."""
        return _slice(self, start, end)


def _slice(t: Text, start: int, end: int) -> Text:
    keys = t._keys
    first = bisect_right(keys, start)  # the anchors after ``start`` and before ``end``
    inside = t.anchors[first : bisect_left(keys, end, first)]
    return Text(t.s[start:end], ((0, t.orig(start)), *[(here - start, there) for here, there in inside]))


def _rewrite(t: Text, pattern: re.Pattern[str], repl, openers: str = "") -> Text:
    """Apply ``pattern.sub(repl)`` to ``t`` and keep the offset map.

    ``repl(match) -> str | None`` (``None`` keeps the match as it is): the returned characters map onto the match from its start (any beyond
    its length onto its last character) and the text after it maps unchanged. ``openers``, the characters every match
    opens with, for :func:`finditer_from` to find them from those.
    """
    matches = finditer_from(pattern, t.s, openers) if openers else pattern.finditer(t.s)
    return _edit(t, [(m.start(), m.end(), r) for m in matches if (r := repl(m)) is not None])


def _edit(t: Text, edits: list[tuple[int, int, str]]) -> Text:
    """``t`` with each ``(start, end, replacement)`` made (in order, disjoint), the offset map kept as
    :func:`_rewrite` says.

    The map stays small: an anchor that continues the run before it (the same delta) is not kept. A run copied
    unchanged keeps every anchor ``t`` has inside it (earlier passes' edits stay mapped), shifted alike; ``t``'s map
    is kept so too, so no two of those in a row share a delta, nor the first with the anchor that opens the run,
    and only that one is compared with the anchor kept before it."""
    if not edits:  # most passes change nothing in a short text: it stands, map and all (an empty one maps to 0)
        return t if t.s else Text("")
    s, old = t.s, t.anchors
    keys = [*t._keys, len(s) + 1]  # and one past every position, so the last anchor has one after it
    out: list[str] = []
    anchors: list[tuple[int, int]] = []
    last = None  # the delta of the last anchor kept
    pos = 0  # position in s
    n = 0  # length of output so far
    k = 1  # the anchor at or before ``pos`` is k - 1 (keys[0] is 0)
    for a, b, r in (*edits, (len(s), len(s), "")):  # the last edit, empty, copies the rest
        if a > pos:
            if keys[k] <= pos:  # (an edit that passes no anchor is spared the search: most do)
                k = bisect_right(keys, pos, k)
            here, there = old[k - 1]
            if (d := there + pos - here - n) != last:
                anchors.append((n, n + d))
            if keys[k] < a:  # anchors inside the run copied
                shift = n - pos
                j = bisect_left(keys, a, k)
                anchors += [(h + shift, th) for h, th in old[k:j]]
                here, there = old[j - 1]
                d = there - here - shift
            last = d
            out.append(s[pos:a])
            n += a - pos
        if r:
            # a replacement longer than its match (「十月」 -> 「10月」): the extra characters map to the match's last
            # character, so no span reaches past it
            for at, o in ((n, t.orig(a)), *((n + extra, t.orig(b - 1)) for extra in range(b - a, len(r)))):
                if o - at != last:
                    anchors.append((at, o))
                    last = o - at
            out.append(r)
            n += len(r)
        pos = b
    return Text("".join(out), tuple(anchors) if anchors else ((0, t.orig(0) if s else 0),))


_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_PLAIN = re.compile(r"[\u4e00-\u9fff]*")  # ideographs only: no space, digit, bracket, dash or tag
_CJK_PUNCT = r"\u3001-\u303f\u2014-\u201f\u2026《》〈〉【】〔〕()（）:;,.!?、"
# Spaces with CJK on one side and CJK, a digit or a bracket on the other are PDF artefacts
# (「贯 彻执行」, 「2023 年 10 月」, 「临政规发[2023]3 号」); spaces between Latin words are not.
_CJK_SIDE = rf"[{_CJK}{_CJK_PUNCT}]"
_OTHER_SIDE = r"[0-9\[\]〔〕]"
# A space between a bracket and a digit is as much an artefact: 「国办发 [ 2009 ] 3 号」.
_BRACKET = r"[\[\]〔〕(){}<>【】〈〉]"
_DIGIT = r"[0-9]"
_SIDES = [(_CJK_SIDE, _CJK_SIDE), (_CJK_SIDE, _OTHER_SIDE), (_OTHER_SIDE, _CJK_SIDE), (_BRACKET, _DIGIT), (_DIGIT, _BRACKET)]
# A run of spaces between two CJK characters, CJK and a digit or bracket, or a bracket and a digit: each pair of sides
# one alternative, each to follow the run's first space (see _SPACES), so the scan still skips to spaces and no
# callback runs per run. The side before is looked at behind that space: a run that opens a line is an indent, which
# goes with the line's edges, and a space inside a run has a space behind it. (Spaces only: normalise_chars made the
# ideographic space and its kind a space.)
_INNER_SPACES = "|".join(f"(?<={a} ) *(?={b})" for a, b in _SIDES)


# A full stop printed as a Latin one, as some law databases and PDF conversions print every sentence's end
# (「…监督管理等工作.市和区发展改革…」 「…起施行.2001年…」, BA09; 「…定于一九七八年四月一日起试行.」, P06): a 「.」 after a
# character, a closing mark or 「%」, before another sentence, a line's end or the text's, is 「。」. The 「.」 is matched
# first, so the scan skips to it. Only a text that ends sentences so by habit (three times at least, more often than
# with 「。」) is read so: elsewhere a 「.」 between characters is a lost mark, 「对.长春市…的通知 .(长府发〔2018〕8号)」
# (A25), or a name's dot, 「拉齐尼.巴依卡」; so is one inside a title's marks. An item's number (「1.」 「一.」 「第一条.」),
# a decimal (「2.5」) and a file's name (「附件.doc」) keep it.
_LATIN_STOP = re.compile(r"\.(?<=[\u4e00-\u9fff)》”%]\.)(?=[ \t]*(?:[\u4e00-\u9fff0-9“《(—\n]|$))")
_LATIN_STOPS_MIN = 3
_ITEM_BEFORE_STOP = re.compile(r"(?:^|\n)[ \t]*[一二三四五六七八九十]+$|第[一二三四五六七八九十百零0-9]{1,6}[条章节款项]$")

# Pinyin glosses some sites set after a character: 「國(guó)務院」 「關(guān)于」 「辦發(fā)」. A gloss carries a
# tone mark, which abbreviations in brackets never do (「用(m)」 「物(VOCs)」); it goes when CJK stands before it.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_GLOSS = re.compile(rf"\((?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}}\)")
_HAN = re.compile(f"[{_CJK}]")


def _gloss(m: re.Match[str]) -> str | None:
    a = m.start()
    return "" if a and _HAN.match(m.string[a - 1]) else None


# Glosses without tone marks: 「桂(gui)農廳發〔2022〕149號」 「區(qu)(qu)」 (AI08). A bracketed syllable of pinyin after a
# character is as likely an abbreviation or a unit (「(a)项」 「(mu)」 「(ha)」), so they go only from a text that sets
# several different ones (_PLAIN_GLOSSES_MIN), each of two letters or more that pinyin spells: an initial or none,
# then a final.
_SYLLABLE = (r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
             r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ui|ao|ou|iu|ie|ue|ve|üe|er|an|en|in|un"
             r"|ia|ua|uo|a|o|e|i|u|ü|v)")
_GLOSSED = rf"(?=[a-zü]{{2}}){_SYLLABLE}\)"  # a gloss after its 「(」
# (the character before the first gloss looked for behind its 「(」: a pattern opening with a lookbehind is tried at
# every character, and this one is read over the first _PLAIN_GLOSS_LOOK characters of every text)
_PLAIN_GLOSS = re.compile(rf"\((?<=[{_CJK}]\(){_GLOSSED}(?:\({_GLOSSED})*(?![a-z])")
_PLAIN_GLOSSES_MIN = 3
_PLAIN_GLOSS_LOOK = 5_000  # a glossed page glosses from its first lines


# A 发文字号's year as print and OCR garble it, made digits one for one so the number's grammar reads it:
# the letter O or o, the Greek Ο, the circle ○ for 〇 (「国函[20O0]31号」 「〔二〇二〇〕」), and brackets
# that are quotes or braces elsewhere (「{2019}」 「„2009‟」). A year before 年 is folded the same way
# (「二〇二〇年」 「二O一九年」).
_YEAR_CHARS = "0-9〇○零OoΟ一二三四五六七八九"
_YEAR_FOLD = str.maketrans("〇○零OoΟ一二三四五六七八九{}„‟", "000000123456789〔〕〔〕")
# (a PDF's spaces may split it: 「郑政办〔 20 21 〕 15 号」, CD05)
_YEAR_IN_BRACKETS = re.compile(rf"[〔\[(【{{„<〈][ \t]*[12一二](?:[ \t]?[{_YEAR_CHARS}]){{3}}[ \t]*[〕\])】}}‟>〉]")
_INSIDE_YEAR = re.compile(r"(?<=[0-9])[ \t](?=[0-9])")
# (the year before 年 found from its 年, which the scan skips to, looking behind it: digits 1 and 2 stand everywhere, and
# 年 after a year of digits, which folding leaves as it is, everywhere in a date)
_NIAN_AFTER_YEAR = re.compile(rf"年(?<=[12一二][{_YEAR_CHARS}]{{3}}年)(?<![0-9]{{4}}年)")


def _fold_year(m: re.Match[str]) -> str | None:
    folded = _INSIDE_YEAR.sub("", m.group().translate(_YEAR_FOLD))
    return folded if folded != m.group() else None


def _years_before_nian(s: str) -> list[tuple[int, int, str]]:
    """Edits folding each year before 年 that is not digits already (「二〇二〇年」 「二O一九年」 「2O19年」).

    >>> [(s[a:b], r) for s in ["二O一九年, 2019年"] for a, b, r in _years_before_nian(s)]
    [('二O一九', '2019')]
    """
    return [(m.start() - 4, m.start(), s[m.start() - 4 : m.start()].translate(_YEAR_FOLD)) for m in _NIAN_AFTER_YEAR.finditer(s)]


# Spaces that end or open a line: a run at the text's start or after a break (the check made after its first
# space, so the scan still skips to spaces), or one a break follows. Whole runs, as 「[ \t]+」 finds them.
_EDGE_SPACES = r"(?<![^\n][ \t])[ \t]*|[ \t]*(?=\n)"
# Both kinds go in one pass: an inner run has a side at either end, no space, tab or break, so no edge run touches
# one, and the line's edges found before the inner runs go are the runs found after. Each alternative follows the
# run's first character: a space, a literal the scan skips to several times faster than to a class of two; a run
# that opens with a tab, which only some tables print, is looked for apart.
_SPACES = re.compile(rf" (?:{_INNER_SPACES}|{_EDGE_SPACES})")
_TABS = re.compile(rf"\t(?:{_EDGE_SPACES})")


def _spaces(s: str) -> list[tuple[int, int, str]]:
    """Edits taking out the runs of spaces inside lines (_INNER_SPACES) and at their edges (_EDGE_SPACES).

    >>> s = "汉 字\\n\\t 表 \\t\\n"
    >>> [s[a:b] for a, b, _ in _spaces(s)]
    [' ', '\\t ', ' \\t']
    """
    edits = [(m.start(), m.end(), "") for m in _SPACES.finditer(s)]
    if "\t" not in s:
        return edits
    # every run is taken from its first character: what either scan finds from a later one (「\t」 in 「 \t\n」, read
    # from its space whole) is the end of a run
    edits += [(m.start(), m.end(), "") for m in _TABS.finditer(s)]
    return sorted(e for e in edits if e[0] == 0 or s[e[0] - 1] not in " \t")


# Markdown bullets, quote marks and heading marks the PDF converter or a repository put at line starts (「- 11. 加快…」,
# 「> 吕梁市…」, 「## 二、佳木斯市餐饮业油烟污染防治条例」: BS10).
_LINE_MARKUP = re.compile(r"^[ \t]*(?:(?:[-*>•·]|#{1,6})[ \t]+)+", re.M)  # indented too: 「  • 各区县(市)人民政府,…:」 (AN12)
# the same after a line break, found from the break: the scan skips to breaks, while a pattern opening with 「^」 under
# re.M is tried at every character. A line that opens with no indent and no bullet (nearly every line) is turned away
# by the lookahead, one class tested, before the markup's repeats are set up.
_MARKUP_AFTER_BREAK = re.compile(rf"\n(?=[ \t\-*>•·#])({_LINE_MARKUP.pattern.removeprefix('^')})")


def _line_markup(s: str) -> list[tuple[int, int, str]]:
    """Edits blanking what ``_LINE_MARKUP.finditer(s)`` finds: at the text's start, then after each break.

    >>> s = "- 一、总则\\n  • 各区县:\\n甲 - 乙"
    >>> [s[a:b] for a, b, _ in _line_markup(s)] == [m.group() for m in _LINE_MARKUP.finditer(s)]
    True
    """
    edits = [(m.start(1), m.end(), "") for m in _MARKUP_AFTER_BREAK.finditer(s)]
    return [(0, first.end(), ""), *edits] if (first := _LINE_MARKUP.match(s)) else edits
# 「<p style="text-align: right;"> 山西省人民政府</p><p>2018年3月27日</p>」, 「&emsp;&emsp;修订前的…」
_SITE_NOTE = re.compile(cues.SITE_NOTE)
_SITE_NOTE_OVER_HEADING = re.compile(cues.SITE_NOTE_OVER_HEADING)
_PAGE_GOES_ON = re.compile(cues.PAGE_GOES_ON)
_SHARE_BUTTONS = re.compile(cues.SHARE_BUTTONS)
_SITE_STATUS = re.compile(cues.SITE_STATUS)
_PAGE_NAVIGATION = re.compile(cues.PAGE_NAVIGATION)
# A site's trail whose last step is the page's own heading: 「首頁»…»新聞中心»行業動態»吉林省財政廳:吉林省省本級財政投資評審管理
# 辦法」 (CG01; » is folded to 》 by now, a line of them with no 《 is no title's). The steps before it go; a trail ending in a
# column's name (「首页>政策文件>通知」 「…>办公室>政府信息公开目录」) is left to the head's reader.
_TRAIL_REACH = 600  # characters from a page's start its trail stands within
# (or by slashes, as a wiki names a page by its path: 「中華人民共和國國務院公報/一九五四年/第一號/國務院關於…的决定」, JF01;
# each such step holds a character, not a date's digits: 「2023/05/06 关于…的通知」)
_TRAIL_TO_HEADING = re.compile(rf"(?m)^(?![^\n]*《)(?:[^》>/\n]{{1,30}}(?:》|>{{1,2}})|(?=[^/\n]{{0,29}}[\u4e00-\u9fff])[^》>/\n]{{1,30}}/){{2,}}"
                               rf"(?![ \t]*(?:(?:政府)?信息公开|政务公开))(?=[^》>\n]{{8,}}(?:{'|'.join(cues.KINDS + cues.RULE_KINDS)})$)")
# or steps set apart by dashes, the site's home among them: 「首页『…』-某娱乐平台-首页-隆安县人民政府办公室关于印发…的通知」 (HT02, a
# page copied onto a spam site; a dash alone sets no trail apart: 「2018-2025年」 in a heading)
_DASHED_TRAIL_TO_HEADING = re.compile(rf"(?m)^(?![^\n]*《)[^\n]{{0,60}}?首[页頁][ \t]*[-—–][ \t]*"
                                      rf"(?=[^-—–\n]{{8,}}(?:{'|'.join(cues.KINDS + cues.RULE_KINDS)})$)")
_PAGE_LINK = re.compile(cues.PAGE_LINK)
# A word processor's hyperlink field code left in the text by its conversion, its target run on: 「《HYPERLINKjavascript中华人民共和国
# 合同法》」 (II03) 「HYPERLINKsystem030009329天津市…」 (BB02, AU08)
_FIELD_CODE = re.compile(r"HYPERLINK[\x21-\x7e]*")
# A line that is a link alone, or a link after its label: 「Original URL: http://lib.sdsqw.cn/…」 set between an order's
# header and its number by a database (DB09), 「原文链接:https://…」 「官方链接: https://…」 「<http://…>」: chrome, wherever it stands
_URL_LINE = re.compile(r"(?m)^[ \t]*(?:(?:[A-Za-z][A-Za-z ]{0,20}|[\u4e00-\u9fff]{0,6}(?:链接|地址|网址|来源|出处))[ \t]*:[ \t]*)?"
                       r"<?https?://[^\s<>]+>?[ \t]*$")
# what a text must print for _PAGE_LINK to find anything: a file's extension at a line's end, or a reading's label (two
# searches: as one alternation the engine tries both at every character, five times as long over a gazette)
_FILE_LINK = re.compile(cues.FILE_LINK, re.I | re.M)
_READING_LINK = re.compile(cues.READING_LINK)
_READING_LABEL_LINK = re.compile(cues.READING_LABEL_LINK)
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,9}(?:\s[^<>\n]{0,300})?/?>")
# A comment a repository or a page set into the text (「<!-- SOURCE: 国家法律法规数据库 -->」 「<!-- STATUS: 现行有效 -->」,
# FY02, AQ03): what it says is the store's, never printed, so it goes whole, and a line it stood alone on is blank.
_HTML_COMMENT = re.compile(r"<!--(?:(?!-->)[^\n]){0,1000}-->")
# A character reference a scraper left, tags or none (「提升&ldquo;四个能力&rdquo;」 AZ06, 「&#8220;」 L07): the character
# it stands for; a space's (「&emsp;&emsp;修订前的…」) is an indent, which goes like the other spaces inside a line.
_HTML_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_SPACE_ENTITIES = ("&emsp;", "&ensp;", "&nbsp;", "&thinsp;", "&#12288;", "&#160;")
_ENTITY_BREAKS = {"\n": "\n", "\t": " "}  # 「&#10;」 breaks a line, 「&#9;」 spaces it
_HTML_BLOCK = re.compile(r"</?(?:p|div|br|li|ul|ol|tr|table|h[1-6]|section|article)\b", re.I)
# A site generator's page (VuePress, Hugo, Jekyll) opens with YAML front matter between 「---」 lines: the
# keys the head reads as labels (cues.META_LABELS' English ones: title, date, author) stay, the generator's
# own go (「shortTitle: 江门自由裁量权规定」 「tag:」 「  - 部门规章」). Its Markdown extensions are chrome too:
# container fences with their captions (「::: tip 修订信息」 「:::」), tabs (「@tab 章节」), 「[[toc]]」, and
# attribute lists (「总则{align="center"}」).
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:(?:[A-Za-z_][\w-]*[ \t]*:[^\n]*|[ \t]+-[^\n]*|[ \t]*)\n){1,60}?---[ \t]*$", re.M)
_FRONT_KEY = re.compile(r"[A-Za-z_][\w-]*(?=[ \t]*:)")
_KNOWN_KEYS = frozenset(label for labels in cues.META_LABELS.values() for label in labels if label.isascii())
_SITE_MARKUP = re.compile(r"^(?::::[^\n]*|@tab\b[^\n]*|\[\[toc\]\])$|\{[a-z-]+=\"[^\"\n]*\"\}", re.M)


def _site_markup(s: str) -> list[tuple[int, int, str]]:
    """Edits blanking a site generator's markup (:data:`_FRONT_MATTER`, :data:`_SITE_MARKUP`), in order.

    >>> clean('---\\ntitle: 某办法\\nshortTitle: 某\\ncategory:\\n  - 规章\\n---\\n::: tip 修订信息\\n第一条{align="center"}').s
    '\\ntitle:某办法\\n\\ncategory:\\n\\n\\n\\n第一条'
    """
    edits = []
    front = _FRONT_MATTER.match(s) if s.startswith("---") else None
    if front:
        start = 0
        for line in s[: front.end()].split("\n"):
            key = _FRONT_KEY.match(line)
            if line and not (key and key.group() in _KNOWN_KEYS):
                edits.append((start, start + len(line), ""))
            start += len(line) + 1
    if ":::" in s or "@tab" in s or "[[toc]]" in s or '="' in s:
        edits += [(m.start(), m.end(), "") for m in _SITE_MARKUP.finditer(s, front.end() if front else 0)]
    return edits


# A page number set in mid-sentence: 「要确保储备资金的安全和保 - 18 - 值」. Matched from its dash (a
# pattern opening with lookbehinds would be tried at every character); the callback checks that CJK
# stands on both sides.
_INLINE_PAGE = re.compile(r"[-—][ \t]?\d{1,3}[ \t]?[-—]")
_PAGE_SIDE = re.compile(r"[\u4e00-\u9fff()]")


def _inline_page(m: re.Match[str]) -> str | None:
    s, a, b = m.string, m.start(), m.end()
    # (the spaces around go with the spaces pass; a line break is passed over too: 「…拆迁面积」, then 「—８３ —标准房屋…」 on
    # the next line, a PDF's page number inside a title, BA09)
    left = s[max(0, a - 3) : a].rstrip(" \t\n")[-1:]
    right = s[b : b + 3].lstrip(" \t\n")[:1]
    return "" if left and right and _PAGE_SIDE.match(left) and _PAGE_SIDE.match(right) else None


def _header_pattern() -> re.Pattern[str]:
    alts = "|".join(cues.RUNNING_HEADERS)
    # the indent possessive: no header opens with a space or a tab but by a run of spaces, which takes back what the
    # indent would give up, so the engine is spared giving it up space by space on every line
    return re.compile(rf"^[ \t]*+(?:{alts})[ \t]*$", re.M)


_HEADERS = _header_pattern()
# The line break before a running header: the scan skips to line breaks, while _HEADERS, opening with 「^」
# under re.M, is tried at every character.
_BEFORE_HEADER = re.compile(rf"\n(?={_HEADERS.pattern.removeprefix('^')})", re.M)


def _running_headers(s: str) -> list[tuple[int, int, str]]:
    """What ``_HEADERS.finditer(s)`` finds, as blanking edits: tried where the text starts or a match ends,
    when a line starts there, and else at the next line break that a header follows.

    >>> s = "部门文件\\n正文\\n- 2 -\\n3\\n"
    >>> [s[a:b] for a, b, _ in _running_headers(s)] == [m.group() for m in _HEADERS.finditer(s)]
    True
    """
    edits: list[tuple[int, int, str]] = []
    pos = 0
    while True:
        m = _HEADERS.match(s, pos) if pos == 0 or s.startswith("\n", pos - 1) else None  # a match may end with a break
        if m is None:
            if (before := _BEFORE_HEADER.search(s, pos)) is None:
                return edits
            m = _HEADERS.match(s, before.end())
            assert m is not None  # the lookahead is _HEADERS itself
        edits.append((m.start(), m.end(), ""))
        pos = m.end()


_CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# Signature dates in Chinese numerals (「二〇二四年三月一日」), as older and some national documents print
# them; the year is digits by now (_years_before_nian).
_CN_DATE = re.compile(r"((?:19|20)[0-9]{2})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
_CN_MONTH = re.compile("年[一二三四五六七八九十]")  # what _CN_DATE needs, found from its 年


def _cn_int(s: str) -> int:
    if "十" not in s:
        return _CN_DIGIT[s]
    tens, _, ones = s.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


def _arabic_date(m: re.Match[str]) -> str:
    y, mo, d = m.groups()
    return f"{y}年{_cn_int(mo)}月{_cn_int(d)}日"


# A signing date whose 年月日 a conversion dropped, on a line of its own after a blank one: 「福建省人民政府\n\n2017919」
# (H01, B07, C11) is 2017年9月19日, 「201827」 (AI04) 2018年2月7日. Only a reading that gives one possible month and day
# is taken: 2015114 (1-14 or 11-4) stays as printed, and so do two digits that may be a month (「202012」, or a
# postcode 「201612」).
_LOST_DATE = re.compile(r"\n\n(?:19|20)\d{2}(?P<md>\d{2,4})(?=\n|\Z)")  # run after spaces at line ends are cut
# Or inside a sentence, its 日 kept: 「本批复自20141125日起执行」 (CM01)
_LOST_DATE_IN_TEXT = re.compile(r"(?<![\d〔\[(])(?:19|20)\d{2}(?P<md>\d{2,4})(?=日)")
_DIGIT_DAY = re.compile(r"日(?<=\d{6}日)")  # what it needs, found from its 日: most texts print none
# Or its 年 kept and nothing after the day, alone on its line: 「2017年1214」 under a signature (CF03)
_LOST_MONTH_DAY = re.compile(r"(?m)^[ \t]*(?:19|20)\d{2}年(?P<md>\d{2,4})[ \t]*$")
_YEAR_THEN_DIGITS = re.compile(r"年(?=\d{2,4}[ \t]*$)", re.M)  # what it needs, found from its 年


def _lost_dates(s: str) -> list[tuple[int, int, str]]:
    """Edits putting back the 年月日 of :data:`_LOST_DATE`'s dates, each inserted after the digit it follows.

    >>> [clean(f"某某人民政府\\n\\n{x}\\n").s.split("\\n")[-2]
    ...  for x in ("2017919", "20150917", "201827", "202012", "2015114", "2015999")]
    ['2017年9月19日', '2015年09月17日', '2018年2月7日', '202012', '2015114', '2015999']
    >>> clean("本批复自20141125日起执行。自2014115日起").s
    '本批复自2014年11月25日起执行。自2014115日起'
    >>> clean("某区人民政府\\n2017年1214\\n").s
    '某区人民政府\\n2017年12月14日\\n'
    """
    # each date with what it lost: (match, 年 lost, 日 lost); each form looked for where the text prints what it needs
    dates = [(m, True, True) for m in _LOST_DATE.finditer(s)] if "\n\n1" in s or "\n\n2" in s else []
    if _DIGIT_DAY.search(s):
        dates += [(m, True, False) for m in _LOST_DATE_IN_TEXT.finditer(s)]
    if _YEAR_THEN_DIGITS.search(s):
        dates += [(m, False, True) for m in _LOST_MONTH_DAY.finditer(s)]
    edits = []
    for m, year, day in dates:
        md, at = m.group("md"), m.start("md")
        # the month's digits: one or two, where the day left is one or two digits not opening with 0
        cuts = [k for k in (1, 2) if k < len(md) and len(md) - k <= 2 and md[k] != "0"
                and 1 <= int(md[:k]) <= 12 and 1 <= int(md[k:]) <= 31]
        if len(cuts) == 1 and (len(md) > 2 or int(md) > 12):
            edits += [(at, at, "年")] * year + [(at + cuts[0], at + cuts[0], "月")] + [(m.end("md"), m.end("md"), "日")] * day
    return sorted(edits)


# A numbered list a page ran into one line: 「一、废止4件省政府规章 (一)江西省…办法(…) (二)江西省…」. The
# spaces before its items (and before the next section, 「… 二、对7件省政府规章的部分条款予以修改」) become line
# breaks again, when the line holds both (一) and (二). The run's first space stands alone, so the scan skips to
# spaces (a pattern opening with a repeat is tried at every character).
_FLAT_ITEM = re.compile(r"[ \u3000\t][ \u3000\t]*(?=\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)")
_SECOND_ITEM = re.compile(r"[ \u3000\t]\(二\)")


def _flat_item(m: re.Match[str]) -> str | None:
    s, end = m.string, m.string.find("\n", m.end())
    line = s[s.rfind("\n", 0, m.start()) + 1 : end if end >= 0 else len(s)]
    return "\n" if "(一)" in line and _SECOND_ITEM.search(line) else None


# A list numbered (1) (2) … run into one line after a sentence's stop, each item a body's duties: 「(10)省民政厅:核实…。 (11)省住房
# 和城乡建设厅:负责…。」 (FY05, a plan's member list on a page of one line). The spaces before each next number become line
# breaks, when the line holds two items numbered one after the other.
_ARABIC_ITEM = re.compile(r"(?<=[。;])[ \u3000\t]+(?=\((?P<n>[0-9]{1,2})\))")


def _arabic_items_in_a_row(s: str) -> list[tuple[int, int, str]]:
    """Line breaks before the items of a (1) (2) … list run into one line (see :data:`_ARABIC_ITEM`).

    >>> s = "(10)省民政厅:核实损失。 (11)省商务厅:负责监控。 (12)省气象局:提供信息。"
    >>> len(_arabic_items_in_a_row(s)), len(_arabic_items_in_a_row("见第三条。 (5)项规定。"))
    (2, 0)
    """
    edits: list[tuple[int, int, str]] = []
    for _, found in groupby(_ARABIC_ITEM.finditer(s), key=lambda m: s.rfind("\n", 0, m.start())):
        found = list(found)
        numbers = [int(m.group("n")) for m in found]
        line = s.rfind("\n", 0, found[0].start()) + 1
        # the item before the first space, at the line's start, counts too: 「(10)…。 (11)…」
        if (first := re.match(r"\((\d{1,2})\)", s[line:])) is not None:
            numbers.insert(0, int(first.group(1)))
        if any(b == a + 1 for a, b in zip(numbers, numbers[1:])):
            edits += [(m.start(), m.end(), "\n") for m in found]
    return edits


# A rule's heading run into its purpose clause, a page that lost its breaks: 「光华镇森林防火应急预案为进一步提高我镇森林防火能力,
# …特制定本预案。一、…」 (FY06). The heading, a kind ending it, goes on a line of its own when the clause names the rule so.
_HEADING_INTO_PURPOSE = re.compile(rf"(?P<t>(?:(?!要|按照|根据|依据|应当|必须)[\u4e00-\u9fff()]){{4,40}}?(?:{'|'.join(cues.RULE_KINDS)}))"
                                   rf"(?=为(?:了)?[^。\n]{{4,300}}?制定本(?:{'|'.join(cues.RULE_KINDS)}))")


def _heading_into_purpose(s: str) -> list[tuple[int, int, str]]:
    """A line break after a rule's heading run into its purpose clause (see :data:`_HEADING_INTO_PURPOSE`), looked for at
    the start of each line that prints 制定本 (a pattern opening with a line's start is tried at every character).

    >>> s = "某镇森林防火应急预案为进一步提高我镇森林防火能力,结合实际,特制定本预案。一、指导思想"
    >>> [s[:a] for a, _, _ in _heading_into_purpose(s)]
    ['某镇森林防火应急预案']
    """
    starts = {s.rfind("\n", 0, at) + 1 for at in find_all(s, "制定本")}
    return [(m.end("t"), m.end("t"), "\n") for p in sorted(starts) if (m := _HEADING_INTO_PURPOSE.match(s, p))]


# A notice's heading run into its opening clause by a page that lost its breaks, a space between them, on the text's first
# line: 「玉田县人民政府关于…的通告 为进一步改善城区环境空气质量,…现将限行措施通告如下:」 (LN08). The heading, its kind ending
# it, goes on a line of its own before the spaces inside lines go; the clause opens as a notice's first sentence does. So
# does a number the page opens with, its heading not printed: 「香政通【2012】3號(hào) 為緩解…」 (LN06).
_HEADING_INTO_OPENING = re.compile(rf"(?m)^[ \t]*(?P<t>[^\s。,;:!?《》]{{6,60}}(?:{'|'.join(cues.KINDS + cues.RULE_KINDS)})"
                                   r"|[\u4e00-\u9fff]{1,12}[〔\[【(]\d{4}[〕\]】)]\d{1,5}号)[ \t]+"
                                   r"(?=(?:为了?|根据|按照|依据|经|近日|近期|近年来|随着|目前|当前|鉴于)[^\n。]{6,}?[,。:])")


def _heading_into_opening(s: str) -> list[tuple[int, int, str]]:
    """A line break after a heading run into its opening clause with a space (see :data:`_HEADING_INTO_OPENING`).

    >>> s = "某县人民政府关于在县城区实施限制性交通管理措施的通告 为进一步改善城区环境空气质量,现将限行措施通告如下:"
    >>> [s[:a] for a, _, _ in _heading_into_opening(s)]
    ['某县人民政府关于在县城区实施限制性交通管理措施的通告']
    >>> s = "香政通【2012】3号 为缓解县城区道路交通压力,现就有关事项通告如下:"
    >>> [s[:a] for a, _, _ in _heading_into_opening(s)]
    ['香政通【2012】3号']
    """
    first = len(s) - len(s.lstrip())  # (the text's first line only: a rule's heading under its notice, with its purpose
    m = _HEADING_INTO_OPENING.match(s, s.rfind("\n", 0, first) + 1)  # on the same line, is the segmenter's, GD08)
    return [(m.end("t"), m.end(), "\n")] if m else []


# A table a page printed with its cells joined by spaces (FL06, BD03, JD01): its head opens with 序号 and names a body
# column, each row opens with its number. The spaces between its cells become tabs, as a table's cells are read
# (the duty finder's find_table_duties), before the spaces inside lines go; a line of the table that is no row and
# holds no space (a section's heading, a cell gone on a line down) is passed over, any other ends it.
_SPACED_HEAD = re.compile(rf"序号[ \t]+.*(?:{cues.DUTY_LABELS})")
_SPACED_ROW = re.compile(r"\d{1,3} +\S")
_CELL_GAP = re.compile(r"[ \t]+")


def _spaced_tables(s: str) -> list[tuple[int, int, str]]:
    """Edits turning the spaces between a spaced table's cells into tabs.

    >>> clean("序号 工 作 任 务 牵头负责部门\\n1 居民消费价格涨幅3%左右 发展改革委\\n二、其他\\n2 推进5万个行政村通光纤 工业和信息化部").s
    '序号\\t工\\t作\\t任\\t务\\t牵头负责部门\\n1\\t居民消费价格涨幅3%左右\\t发展改革委\\n二、其他\\n2\\t推进5万个行政村通光纤\\t工业和信息化部'
    """
    edits: list[tuple[int, int, str]] = []
    table, at = False, 0
    for line in s.split("\n"):
        if "|" in line:  # a table printed between pipes is read by them
            table = False
        elif _SPACED_HEAD.match(line) or (table and _SPACED_ROW.match(line)):
            table = True
            edits += ((at + m.start(), at + m.end(), "\t") for m in _CELL_GAP.finditer(line.rstrip()))
        elif " " in line.strip():
            table = False
        at += len(line) + 1
    return edits


# A task's labels run into one long line, a space before each: 「(一)物流贸易产业链 链 长:陈某 牵头单位:区经发局 配合单位:各片区管理局,
# 区交建局」 (GD07, a page that lost its breaks). Each label starts a line, as the labels' reader reads them.
_DUTY_LABEL_IN_LINE = re.compile(rf"(?:{cues.DUTY_LABELS})[ \t]*:")  # (every colon half-width by now: normalise_chars)


def _duty_labels_in_a_row(s: str) -> list[tuple[int, int, str]]:
    """Line breaks before the task labels of a line that holds two or more of them (see :data:`_DUTY_LABEL_IN_LINE`).

    >>> s = "(一)物流贸易产业链 链 长:陈某 牵头单位:区经发局 配合单位:各片区管理局,区交建局"
    >>> [s[b:b + 4] for _, b, _ in _duty_labels_in_a_row(s)], _duty_labels_in_a_row("由市财政局 牵头单位:某局")
    (['牵头单位', '配合单位'], [])
    """
    edits: list[tuple[int, int, str]] = []
    # (the labels found first, each with a space before it: a pattern opening with a lookbehind is tried at every character)
    spaced = (m for m in _DUTY_LABEL_IN_LINE.finditer(s) if s[m.start() - 1 : m.start()] in (" ", "\t"))
    for _, found in groupby(spaced, key=lambda m: s.rfind("\n", 0, m.start())):
        if len(found := list(found)) >= 2:
            edits += [(_space_before(s, m.start()), m.start(), "\n") for m in found]
            # and before each item after a label's value, the items run in too: 「责任单位:县市场监管局 2.推进…」 (review)
            end = s.find("\n", found[-1].end())
            edits += [(_space_before(s, m.start()), m.start(), "\n")
                      for m in _ITEM_AFTER_VALUE.finditer(s, found[0].end(), end if end >= 0 else len(s))
                      if s[m.start() - 1 : m.start()] in (" ", "\t")]
    return sorted(edits)


def _space_before(s: str, at: int) -> int:
    """Where the run of spaces and tabs ending at ``at`` starts."""
    while at > 0 and s[at - 1] in " \t":
        at -= 1
    return at


_ITEM_AFTER_VALUE = re.compile(r"\d{1,2}[.、](?!\d)")


# A clean-up list's items printed in a row, a space after each one's number: 「…的通知(国卫家庭发〔2013〕5号) 国家卫生计生委关于…
# 的通知(国卫基层发〔2013〕14号) …」 (AT06). Four or more on a line: each space run becomes a line break.
_AFTER_ITEM = re.compile(r"(?<=号\))[ \t\u3000]+(?=[\u4e00-\u9fff《])(?!和|及|与|同时|等|并|规定|要求|执行|废止|精神)")
_IN_A_ROW = 3  # spaces between items: four items or more (「《A》(…1号) 和《B》(…2号) 同时废止」 is a sentence)


def _items_in_a_row(s: str) -> list[tuple[int, int, str]]:
    """Line breaks for the spaces between items printed in a row (see :data:`_AFTER_ITEM`).

    >>> s = "目录\\n关于甲的通知(某发〔2013〕5号) 关于乙的通知(某发〔2013〕6号) 关于丙的通知(某发〔2013〕7号) 关于丁的通知(某发〔2014〕1号)"
    >>> len(_items_in_a_row(s)), len(_items_in_a_row("按(某发〔2013〕5号) 执行"))
    (3, 0)
    """
    edits: list[tuple[int, int, str]] = []
    # the spaces after each 「号)」, by line (a line break stops the spaces and the lookahead both)
    for _, found in groupby(finditer_at(_AFTER_ITEM, s, "号)", 2), key=lambda m: s.rfind("\n", 0, m.start())):
        if len(found := list(found)) >= _IN_A_ROW:
            edits += [(m.start(), m.end(), "\n") for m in found]
    return edits


# A list after a colon run into one line, no space between its items: 「决定废止下列地方性法规:一、哈尔滨市农业机械化
# 促进条例二、哈尔滨市再生资源回收利用管理条例三、…」 (AS07). Each next numeral with its 、, a name's length on, opens a line.
_NUMERALS = "一二三四五六七八九十"
# the items' numerals after 一: 二 … 十, 十一 … 二十
_NEXT_NUMERALS = [*_NUMERALS[1:], *("十" + x for x in _NUMERALS[:9]), "二十"]
_COLON_LIST = re.compile(r":一、")
_ITEM_GAP = (4, 120)  # characters an item holds, its bracketed asides not counted
# How far the next item is looked for: an item may carry its history in brackets, 「一、唐山市矿产资源开采管理条例(1997年10月
# 24日…通过,经…批准,于1997年12月25日公布施行;根据…修正,…)二、…」 (BX08, 200 characters and more)
_ITEM_REACH = 800
_BRACKETED = re.compile(r"\([^()\n]*\)")
_LIST_HEAD_INSIDE = re.compile(r"(?:下列|以下|如下)[^:\n]{0,20}:")
_LIST_CLOSE = re.compile(r"本(?:决定|办法|规定|条例|通知)自")  # 「…五、某条例本决定自公布之日起施行。」


def _item_length(s: str, a: int, b: int) -> int:
    """The characters of ``s[a:b]`` outside its bracketed asides.

    >>> _item_length("某条例(1997年通过)二、", 0, 12)
    3
    """
    return b - a if "(" not in s[a:b] else len(_BRACKETED.sub("", s[a:b]))


# A page printed on one line, a table's one row: its heading, its fields, its addressees and its body run together, spaces or
# pipes between them (「| 國家稅務局…的復函 文號:國稅地函發[1991]2號 發文日期:1991-1-8 青海省稅務局: 你局…文收悉。」, DG04). Each
# field and the salutation start a line of their own, where a space or a pipe stands before them: a line this long holding a
# field's label and then a salutation, a body's opening, is no sentence.
_RUN_ON_LONGEST_HEAD = 200  # characters a run-on page's first field stands within
_RUN_ON_SHORTEST = 150
_RUN_ON_REACH = 2000  # characters from a text's start its run-on page's fields and salutation stand within
_LONG_LINE = re.compile(rf"(?m)^[^\n]{{{_RUN_ON_SHORTEST},}}$")
_FIELD_IN_LINE = re.compile(rf"(?<=[ \t|])[ \t]*(?:{'|'.join(sorted({l for ls in cues.META_LABELS.values() for l in ls if not l.isascii()}, key=lambda l: (-len(l), l)))})[ \t]*:")
# The kind that ends a heading run into what follows it, the text's salutation: not one inside the heading's 《》, whose
# title goes on, 「关于贯彻落实《国务院…的决定》的通知各部门:」 (review)
_HEADING_KIND = rf"(?:{'|'.join(cues.KINDS)})(?![》〉的])"
# a salutation's last body, its colon, and a sentence after it
_ADDRESSEE_END = r"(?:人民政府|政府|局|厅|委|办|部|院|会|单位|部门|机构|处|室|中心|所|公司)(?:\([^()\n]{1,12}\))?:"
_ADDRESSED = _ADDRESSEE_END + r"(?=[^\n]{20,}?。)"
_SALUTATION_IN_LINE = re.compile(rf"(?<=[ \t|])[ \t]*[\u4e00-\u9fff][^\s|:。;,]{{1,60}}?{_ADDRESSED}")
# or its groups of addressees between commas, ending within a short reach of the fields, a body's text after it: 「… 时间:
# 2019-01-16 17:23 微信 微博 QQ空间 各片区项目建设指挥部,区(县)直各单位,各乡镇人民政府: 根据…」 (JP05)
# (its heading may run into it, no space between: 「…办公室关于开展…的通知区直各部门、各片区开发管理局,各乡镇人民政府:」, GD02)
_SALUTATION_LIST_IN_LINE = re.compile(rf"(?<=[ \t|])[ \t]*(?P<heading>[\u4e00-\u9fff][^\s|:。;]{{4,150}}?{_HEADING_KIND})?"
                                      rf"(?P<list>[\u4e00-\u9fff][^\s|:。;]{{1,120}}?{_ADDRESSEE_END})(?=[^\n]{{20}})")
_LIST_REACH = 250  # characters after the last field such a salutation ends within
# Or no fields: the heading, a space, the salutation (its groups of addressees between commas), the body, the signing
# date, then 「附:」, the document it forwards and that one's salutation (「兰州市人民政府办公厅转发…的通知 各县、区人民政府,市政府
# 各有关部门: …见到实效。 二○○五年十一月二十一日 附: 关于…的通报 各市州人民政府: 根据…」, DQ05). The salutation may follow the
# heading with no space: 「关于随州城区空调公交车票价的通知市公共交通有限责任公司: 你公司…」 (DY10).
_ADDRESSEES = rf"[\u4e00-\u9fff][^\s|:。;]{{1,80}}?{_ADDRESSED}"
_RUN_ON_HEADING = re.compile(rf"[ \t|]*[\u4e00-\u9fff][^\s|:。;,]{{5,150}}?{_HEADING_KIND}(?=[ \t]|{_ADDRESSEES})")
_ADDRESSEES_IN_LINE = re.compile(rf"[ \t]*{_ADDRESSEES}")
# (the signer's name may stand before the date, a stray space inside it: 「…的监督。 随州市物价局 2013年7月 26日 |」, DY10)
_SIGNED_IN_LINE = re.compile(r"(?<=[。!])[ \t]+(?:[\u4e00-\u9fff()]{2,30}?(?:局|委|办|厅|府|院|会|部|室|中心)[ \t]+)?"
                             r"[0-9〇○零一二三四五六七八九]{4}年[ \t]?[0-9一二三四五六七八九十]{1,3}月[ \t]?[0-9一二三四五六七八九十]{1,3}日"
                             r"(?=[ \t]|$)", re.M)
_ANNEX_IN_LINE = re.compile(r"(?<=[ \t])附(?:件)?[0-9]{0,2}:[ \t]+")


def _run_on_page(s: str) -> list[tuple[int, int, str]]:
    """Line breaks before the fields and the salutation of a page printed on one line (DG04).

    >>> s = ("| 某局关于某问题的复函 文号:某函发[1991]2号 发文日期:1991-1-8 青海省税务局: 你局青税政二字[1990]816号文收悉。"
    ...      "现函复如下:为了明确权利许可证照的贴花问题,经研究,凡属于应税凭证的各种证照,均应按照规定贴花,不论其是否在有效期内,"
    ...      "一律按件贴花,请你局按此执行,并转发所属各税务机关遵照执行。特此函复。")
    >>> [s[b:b + 4] for _, b, _ in _run_on_page(s)]
    ['文号:某', '发文日期', '青海省税']
    """
    edits: list[tuple[int, int, str]] = []
    for line in _LONG_LINE.finditer(s, 0, _RUN_ON_REACH):  # (a page of one line starts near the text's start)
        a, b = line.span()
        fields = list(_FIELD_IN_LINE.finditer(s, a, min(b, a + _RUN_ON_LONGEST_HEAD)))
        if fields:
            last = fields[-1].end()
            if (salutation := _SALUTATION_IN_LINE.search(s, last, b)) is not None:
                marks = [*fields, salutation]
            elif (salutation := _SALUTATION_LIST_IN_LINE.search(s, last, min(_line_end(s, last), last + _LIST_REACH + 20))) \
                    is not None and salutation.end() <= last + _LIST_REACH:
                # (a site's time or click count among the fields is no date of the document's: kept in the line; the
                # line read to its end, past the reach _LONG_LINE stops at)
                marks = [salutation, *_run_on_rest(s, salutation.end(), _line_end(s, salutation.end()))]
            else:
                continue
        elif (heading := _RUN_ON_HEADING.match(s, a)) and (salutation := _ADDRESSEES_IN_LINE.match(s, heading.end())):
            marks = [salutation, *_run_on_rest(s, salutation.end(), b)]
        else:
            continue
        edits += _breaks_before(s, marks)
    return edits


# A document whose breaks were all lost, a dataset's row (JR01, JR05): its 版头 「…文件」, its number, its heading and its
# salutation run on at the text's start, 「共青团…委员会文件鲁直机团工字〔2021〕3号关于…的通知省直各部门单位…:为贯彻…」.
# The masthead and the number right after it tell; the heading ends at its kind where the addressees after it run to
# a colon with no stop.
_MASTHEAD_REACH = 80  # characters from the text's start its masthead's 文件 stands within
# (its 份号 first, the copy's serial: 「170795中共…」, JT02; or a telegram's, 「…办公厅发电」, its form's fields before the number:
# 「发电单位…签发盖章…等级特急·明电鲁政办发明电〔2021〕1号鲁机发号…」, the empty 机要 number after it, JR02, JT05)
_RUN_ON_MASTHEAD = re.compile(r"(?:\d{4,8})?[\u4e00-\u9fff()]{2,60}?(?:文件|(?P<telegram>(?<=[厅室府会局委部省市县区])发电))")  # (not 光伏发电)
_MASTHEAD_NUMBER = re.compile(r"[\u4e00-\u9fff()]{1,12}[〔\[(【]\s*(?:19|20)\d\d\s*[〕\])】]\s*[第的]?\s*\d{1,5}\s*号"
                              r"(?:[\u4e00-\u9fff]{1,3}机发\d*号)?(?:抄报:)?")
_TELEGRAM_FORM = 80  # characters of a telegram's form between its masthead and its number
_HEADING_THEN_SALUTATION = re.compile(rf"[^\n:。;]{{4,150}}?{_HEADING_KIND}(?=[^\n:。;]{{2,250}}?:)")


def _run_on_masthead(s: str) -> list[tuple[int, int, str]]:
    """Line breaks after the masthead, the number, the heading and the salutation of a document run into its first line.

    >>> s = "某团委文件某团字〔2021〕3号关于规范团费收缴工作的通知各部门单位团委:为贯彻落实要求,现通知如下。" + "一" * 150
    >>> [s[a:a + 4] for a, _, _ in _run_on_masthead(s)]
    ['某团字〔', '关于规范', '各部门单', '为贯彻落']
    """
    line_end = _line_end(s, 0)
    if line_end < _RUN_ON_SHORTEST or (mast := _RUN_ON_MASTHEAD.match(s)) is None:
        return []
    number = _MASTHEAD_NUMBER.search(s, mast.end(), mast.end() + _TELEGRAM_FORM) if mast.group("telegram") \
        else _MASTHEAD_NUMBER.match(s, mast.end())
    if number is None:
        return []
    after = number.end()
    # (a telegram's grade ends 「·明电」, a plain telegram, before the number's own code: 「特急·明电鲁政办发明电〔2021〕1号」)
    at = number.start() + 2 if mast.group("telegram") and s.startswith("明电", number.start()) else number.start()
    edits = [(x, x, "\n") for x in dict.fromkeys((mast.end(), at, after))]
    if (heading := _HEADING_THEN_SALUTATION.match(s, after, line_end)) is not None:
        colon = s.index(":", heading.end())
        edits += [(heading.end(), heading.end(), "\n"), (colon + 1, colon + 1, "\n")]
    return edits


def _line_end(s: str, at: int) -> int:
    """Where the line holding ``at`` ends."""
    end = s.find("\n", at)
    return len(s) if end < 0 else end


def _breaks_before(s: str, marks: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    """Edits starting a line at each mark of a run-on page: a field's label, the salutation, the signing date…"""
    edits = []
    for m in marks:
        at = m.start() + len(m.group()) - len(m.group().lstrip(" \t"))  # the label's or the name's first character
        edits.append((at - 1, at, "\n") if s[at - 1] in " \t" else (at, at, "\n"))  # the space before it, or a pipe
        if m.re is _ANNEX_IN_LINE:
            edits.append((m.end() - 1, m.end(), "\n"))  # the forwarded document's heading after 「附:」
        elif m.re is _ADDRESSEES_IN_LINE:
            edits.append((m.end(), m.end(), "\n"))  # the body under its salutation
        elif m.re is _SALUTATION_LIST_IN_LINE:
            if m.group("heading"):
                edits.append((m.start("list"), m.start("list"), "\n"))  # the salutation under the heading run into it
            edits.append((m.end(), m.end(), "\n"))
        elif m.re is _SIGNED_IN_LINE and (after := _HEADING_AFTER_DATE.match(s, m.end())):
            edits.append((m.end(), after.end(), "\n"))  # the rule it issues, headed under the date (FV02)
    return edits


_HEADING_AFTER_DATE = re.compile(r"[ \t]+(?=[\u4e00-\u9fff])(?!附)")


def _run_on_rest(s: str, a: int, b: int) -> list[re.Match[str]]:
    """The signing date, 「附:」 and the forwarded document's salutation of a run-on page with no fields, after its body
    opens at ``a`` (its line ending at ``b``)."""
    if (date := _SIGNED_IN_LINE.search(s, a, b)) is None:
        return []
    if (annex := _ANNEX_IN_LINE.match(s, date.end() + 1)) is None:
        return [date]
    heading = _RUN_ON_HEADING.match(s, annex.end() - 1)
    forwarded = _ADDRESSEES_IN_LINE.match(s, heading.end()) if heading else None
    return [date, annex] + ([forwarded] if forwarded else [])


# A list whose page lost its line breaks: each item 「N.《title》(number)」 runs on right after the item before closes its
# number's bracket, the first right after its section's count, and the next section after the last item's number
# (「一、废止规范性文件共19份1.《…》(…〔2011〕52号)2.《…》(…号)…二、适时修改规范性文件共10份1.《…》」, JC01). A line breaks
# where each match ends; tried only at 号, 份 and 件 (anchored.finditer_from), the scan of every character a third of it.
_RUN_ON_LIST_ITEM = re.compile(r"号\)(?=\d{1,3}[.、]《|[一二三四五六七八九十]{1,3}、)"
                               r"|(?<=[0-9一二三四五六七八九十])[份件](?=(?:\d{1,3}[.、]|[一二三四五六七八九十]{1,3}、)《)")
_ITEM_NUMBER = 3  # the digits of a list item's number at most: 「19.《…》」


# A page flattened to one line, its breaks lost with no space left where they were (a site's archive, JJ03): its items
# start after a stop, 「…管理指令。2.区农村发展局(1)部署、指导…」, and a member's short heading runs into its first
# item. Looked for only in a line longer than any paragraph prints.
_FLAT_LINE = 1500
_FLAT_LINES = re.compile(rf"(?m)^[^\n]{{{_FLAT_LINE},}}$")
_ITEM_AFTER_STOP = re.compile(r"(?<=[。;])(?:\d{1,2}[.、](?![\d.])|\d{1,2}(?:\.\d{1,2}){1,2}(?=[\u4e00-\u9fff])(?![亿万千百元倍个名人项家次年月日])|"
                              r"\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|第[一二三四五六七八九十]{1,3}[章节])")
_FIRST_ITEM = re.compile(r"[^。;,:()\n]{2,24}?(?=\(1\)|①)")


def _run_on_items(s: str) -> list[tuple[int, int, str]]:
    """Line breaks before the items of a flattened page (:data:`_FLAT_LINE`), and before the first sub-item a short
    heading runs into.

    >>> s = "总则。" * 500 + "指令。2.区农村发展局(1)部署抗旱。(2)调度。3.区林业办部署保苗。2.3成员单位。2.5亿元。"
    >>> [s[a:a + 3] for a, _, _ in _run_on_items(s)]
    ['2.区', '(1)', '(2)', '3.区', '2.3']
    """
    edits = []
    for line in _FLAT_LINES.finditer(s):
        for m in _ITEM_AFTER_STOP.finditer(s, *line.span()):
            edits.append((m.start(), m.start(), "\n"))
            if (first := _FIRST_ITEM.match(s, m.end(), line.end())) is not None:
                edits.append((first.end(), first.end(), "\n"))
    return edits


def _run_on_list_items(s: str) -> list[tuple[int, int, str]]:
    """Line breaks before the items of a list run on after numbers (:data:`_RUN_ON_LIST_ITEM`), and then before each
    item numbered next after one that opens a line, whatever the item before ends with (「…责任单位:区行政审批局2.《…》」).

    >>> s = "一、废止规范性文件共2份1.《甲办法》(某发〔2011〕52号)2.《乙办法》(某发〔2012〕3号)二、修改规范性文件共2份1.《丙》"
    >>> s += "责任单位:区财政局2.《丁》责任单位:区审批局"
    >>> [s[a:a + 3] for a, _, _ in _run_on_list_items(s)]
    ['1.《', '2.《', '二、修', '1.《', '2.《']
    """
    breaks = {m.end() for m in finditer_from(_RUN_ON_LIST_ITEM, s, "号份件")}
    if not breaks:  # no list run on after a number (most texts): nothing more is looked for
        return []
    last, before = None, 0  # the number of the item before, on the line, and where it starts
    for q in find_all(s, "《"):  # an item 「N.《」, its number read back from the mark
        at = q - 1
        if s[at : q] not in (".", "、"):
            continue
        while at > 0 and s[at - 1].isdigit() and q - at <= _ITEM_NUMBER:
            at -= 1
        if at == q - 1 or (at > 0 and (s[at - 1].isdigit() or s[at - 1] == ".")):
            continue  # no number, or one that goes on (a longer number, 「1.2.《」)
        n = int(s[at : q - 1])
        if at == 0 or s[at - 1] == "\n" or at in breaks:
            last = n
        elif last is not None and n == last + 1 and s.find("\n", before, at) < 0:
            breaks.add(at)
            last = n
        else:
            last = None
        before = at
    return [(at, at, "\n") for at in sorted(breaks)]


def _colon_list(s: str) -> list[tuple[int, int, str]]:
    """Line breaks before the items of each list run in after 「:一、」 (two items at least).

    >>> s = "决定废止下列法规:一、某市甲条例二、某市乙条例三、某市丙条例本决定自公布之日起施行。"
    >>> [s[a:a + 2] for a, _, _ in _colon_list(s)]
    ['一、', '二、', '三、', '本决']
    >>> _colon_list("分为:一、二、三类")
    []
    >>> s = "废止以下两部地方性法规:一、某市甲条例(1997年通过,2012年修正)二、某市乙条例(1996年通过)本决定自公布之日起施行。"
    >>> [s[a:a + 2] for a, _, _ in _colon_list(s)]  # an item's history in brackets counts for nothing (BX08)
    ['一、', '二、', '本决']
    """
    edits: list[tuple[int, int, str]] = []
    for m in _COLON_LIST.finditer(s):
        pos, breaks = m.end(), []
        for numeral in _NEXT_NUMERALS:
            at = s.find(numeral + "、", pos + _ITEM_GAP[0], pos + _ITEM_REACH)
            # not a run of numerals inside an item: 「关于做好二、三季度…的通知」 「一、二、三级」
            while at >= 0 and (s[at - 1] == "、" or s[at + len(numeral) + 1 : at + len(numeral) + 2] in _NUMERALS):
                at = s.find(numeral + "、", at + 1, pos + _ITEM_REACH)
            # (an item holds no head of a list of its own: 「一、《甲》(…)会议同时决定,对下列地方性法规作出修改:二、…」; a colon
            # of its own it may, 「一、翁玉耀党组书记、主任:主持委全面工作。二、…」)
            if at < 0 or "\n" in s[pos:at] or _item_length(s, pos, at) + len(numeral) + 1 > _ITEM_GAP[1] \
                    or (":" in s[pos:at] and _LIST_HEAD_INSIDE.search(s, pos, at)):
                break
            breaks.append(at)
            pos = at + len(numeral) + 1
        if breaks:  # the first item opens its line too, and the closing clause run onto the last item its own
            edits += [(m.start() + 1, m.start() + 1, "\n"), *((at, at, "\n") for at in breaks), *_closing_clause(s, pos)]
    return edits


def _closing_clause(s: str, pos: int) -> list[tuple[int, int, str]]:
    """A line break before the closing clause run onto a run-in list's last item, which starts at ``pos``: 「…三、某市丙条例
    本决定自公布之日起施行。」 (:data:`_LIST_CLOSE`), if the item before it is an item's length; else none."""
    if (close := _LIST_CLOSE.search(s, pos, pos + _ITEM_REACH)) and "\n" not in s[pos : close.start()] \
            and _item_length(s, pos, close.end()) <= _ITEM_GAP[1]:
        return [(close.start(), close.start(), "\n")]
    return []


_BRACKETED_LIST_HEAD = re.compile(r"(?:法规|规章|文件|:)$")  # what such a list's head ends with, right before its (一)


def _bracketed_title_list(s: str) -> list[tuple[int, int, str]]:
    """Line breaks before the items of each list of titles numbered in brackets that runs on in one line, 「(一)《…》(二)《…》」
    (two items at least), and before the closing clause run onto the last: a clean-up decision's list under its head, 「二、废止
    五件地方性法规(一)《鞍山市非税收入管理条例》(二)《…》…本决定自公布之日起施行。」 (GH02, a page that lost its breaks).

    >>> s = "二、废止二件地方性法规(一)《某市甲条例》(二)《某市乙条例》本决定自公布之日起施行。"
    >>> [s[a:a + 3] for a, _, _ in _bracketed_title_list(s)]
    ['(一)', '(二)', '本决定']
    >>> _bracketed_title_list("根据(一)《某条例》的规定")
    []
    """
    edits: list[tuple[int, int, str]] = []
    for first in find_all(s, "(一)《"):
        if first == 0 or s[first - 1] == "\n" or not _BRACKETED_LIST_HEAD.search(s, max(0, first - 6), first):
            continue  # (a sentence naming titles in turn, 「决定对(一)《甲》(二)《乙》予以废止」, is no list: review)
        pos, breaks = first + 3, []
        for numeral in _NEXT_NUMERALS:
            at = s.find(f"({numeral})《", pos + _ITEM_GAP[0], pos + _ITEM_REACH)
            if at < 0 or "\n" in s[pos:at] or _item_length(s, pos, at) > _ITEM_GAP[1]:
                break
            breaks.append(at)
            pos = at + len(numeral) + 2
        if breaks:
            edits += [(first, first, "\n"), *((at, at, "\n") for at in breaks), *_closing_clause(s, pos)]
    return edits


# A row of a database dump: 「INSERT INTO `list` VALUES (16, '关于印发《…》的通知', '2022-11-09 00:00:00', '<p>各省…')」 (P12, AL02).
# Its fields become lines (the title first), its escaped line breaks breaks, its escaped quotes quotes.
# Rows after the first (「'),(17, '」) start new lines too; unquoted fields (numbers, NULL) between or after go.
_SQL_VALUE = r"(?:(?i:NULL)|-?\d+(?:\.\d+)?)"  # (its keywords in either case: 「insert into … values (46, …, null, …」, JY02)
_SQL_ROW_OPEN = rf"\({_SQL_VALUE},\s*(?:{_SQL_VALUE},\s*)*'"  # a row's opening: its leading numbers, then its first text
_SQL_ROW = re.compile(
    rf"(?P<head>^\s*(?:(?i:INSERT INTO) \S+(?: \([^()]*\))? (?i:VALUES)\s*)?{_SQL_ROW_OPEN})"
    rf"|(?P<field>'\s*,\s*(?:{_SQL_VALUE}\s*,\s*)*'|'(?:\s*,\s*{_SQL_VALUE})*\s*\),\s*\({_SQL_VALUE}\s*,\s*')"
    rf"|(?P<br>(?:\\r)?\\n)|(?P<quote>\\[\"'])|(?P<tail>'(?:\s*,\s*{_SQL_VALUE})*\s*\);?\s*\Z)")


# a dump's rows, with their INSERT line or cut from it (BC01)
_SQL_DUMP = re.compile(rf"\s*(?:(?i:INSERT INTO)|{_SQL_ROW_OPEN})")


def _sql_row(m: re.Match[str]) -> str:
    return {"head": "", "tail": "", "quote": m.group()[1:]}.get(m.lastgroup or "", "\n")


# A page run into one line opens 「title (number) salutation: …」, spaces where its breaks were (Q07): the spaces
# around the bracketed number become breaks again when a heading, a kind's name at its end, opens the text before
# it and a salutation follows (「…的通知 (某府发[2020]1号) 精神,」 inside a sentence is no heading).
_FLAT_NUMBER = re.compile(r"[ \u3000]+\([^()\n]{4,24}号\)[ \u3000]+(?=[^。\n:]{2,80}:)")
_HEADING_END = re.compile(rf"(?:{'|'.join(cues.KINDS + cues.RULE_KINDS)})$")


def _flat_heading(s: str) -> list[tuple[int, int, str]]:
    """Edits breaking the line before and after a number bracketed after a heading that opens the line.

    >>> clean("某市人民政府办公室关于规范公文处理工作的通知 (某府办发[2006]15号) 各区县人民政府: 现通知如下:").s
    '某市人民政府办公室关于规范公文处理工作的通知\\n(某府办发[2006]15号)\\n各区县人民政府:现通知如下:'
    """
    edits = []
    opening = len(s) - len(s.lstrip())
    for m in _FLAT_NUMBER.finditer(s, opening, opening + 200):
        title = s[opening : m.start()]
        if 8 <= len(title) <= 100 and "。" not in title and "\n" not in title and _HEADING_END.search(title):
            inner = m.group().strip(" \u3000")
            at = m.start() + m.group().index(inner)
            edits += [(m.start(), at, "\n"), (at + len(inner), m.end(), "\n")]
    return edits


# The same page opening with its 版头, masthead and number before the heading, spaces where the breaks were: 「云县人民政府文件
# 云县政府发〔2018〕29 号 云县人民政府关于印发云县人民政府 工作规则的通知 各乡、民族乡、镇人民政府,县级各部门:…」 (BY07, a PDF
# run into one line). Masthead, number and heading go on lines of their own when a salutation follows the heading.
_RUN_IN_NUMBER = r"[\u4e00-\u9fff()]{1,14}[〔\[]\s*(?:19|20)\d{2}\s*[〕\]]\s*\d{1,5}\s*号"  # a 版头's number, spaces and all
_FLAT_MASTHEAD = re.compile(rf"(?m)^[ \u3000]*[\u4e00-\u9fff]{{2,30}}文件(?P<a>[ \u3000]+){_RUN_IN_NUMBER}"
                            rf"(?P<b>[ \u3000]+)[^。\n:]{{6,100}}?(?:{'|'.join(cues.KINDS + cues.RULE_KINDS)})"
                            rf"(?P<c>[ \u3000]+)(?=[^。\n:]{{2,80}}:)")
# Or the heading first, its number and date after it: 「山东省财政厅 山东省人力资源和社会保障厅关于印发《…》的通知 鲁财社[2024]56号
# 2024-12-30 各市财政局、…: 为推动…」 (CG02).
# A compilation prints each of its documents so, the date in brackets: 「关于同意…的通知   公境〔2013〕2688号   (2013年10月30日)
# 海南省人民政府:   受国务院委托…」 (CJ09), wherever the line stands.
# Or no salutation, the body opening after the number: 「河南省人民政府 关于明确…责任单位的通知 豫政〔2023〕5号 现将《政府工作报告》
# 提出的…予以分解并明确责任单位。」 (FV10): a handover or a purpose clause, then a sentence.
_BODY_OPENS_WORDS = r"现将|现就|为了?|根据|按照|依据|依照|经"  # (which open no heading: 「按照…的通知 某政〔2023〕5号 现将…」)
_BODY_OPENS = rf"(?:{_BODY_OPENS_WORDS})[^\n:]{{8,200}}?。"
_FLAT_NUMBER_PARTS = (rf"[^。\n:]{{8,120}}?(?:{'|'.join(cues.KINDS)})(?P<a>[ \u3000]+){_RUN_IN_NUMBER}(?P<b>[ \u3000]+)"
                      rf"(?:\(?(?:(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}|{cues.DATE})\)?(?P<c>[ \u3000]+))?")
_FLAT_NUMBER_AFTER = re.compile(rf"^[ \u3000]*(?!现将|现就|根据|按照|依据|依照){_FLAT_NUMBER_PARTS}(?=[^。\n:]{{2,120}}:)", re.M)
# (its body's opening words open no heading: 「按照…的通知 某政〔2023〕5号 现将…」 is a sentence, before a salutation too; a
# heading may open with 经 or 为, 「经济技术开发区管理委员会关于…的通知」: review)
_FLAT_NUMBER_BODY = re.compile(rf"^[ \u3000]*(?!{_BODY_OPENS_WORDS}){_FLAT_NUMBER_PARTS}(?={_BODY_OPENS})", re.M)
# Or the number first, its heading then its salutation, after a site's chrome on the same line: 「…时间:2016-04-20 11:56
# 微信 微博 QQ空间 岚农发〔2016〕101号 平潭综合实验区农村发展局关于印发…的通知 区海洋与渔业执法支队及所属中队: 为加快…」
# (GN07, GD07: a crawl of one site's pages, each run into one line). (Read from each number's 号 and a space, which the scan
# skips to; the number must open after a space.)
# (the salutation after it maybe on its line already: review)
_FLAT_NUMBER_FIRST = re.compile(rf"(?P<number>{_RUN_IN_NUMBER})(?P<b>[ \u3000]+)(?!{_BODY_OPENS_WORDS})[^。\n:]{{6,100}}?"
                                rf"(?:{'|'.join(cues.KINDS)})(?P<c>[ \u3000]+|\n)(?P<to>[^。\n:]{{2,80}}):")
_NUMBER_END = re.compile(r"号[ \u3000]+")
_NUMBER_FIRST_REACH = 2000  # characters from the text's start such a number may stand within (the crawl's fields above it)
# where such a line may be: its number then its date in brackets, spaces between
_FLAT_DATED_NUMBER = re.compile(r"号[ \u3000]+\((?:19|20)\d{2}年")
_MASTHEAD_REACH = 400  # characters from the text's start its 版头 may stand within (a page's title line above it)


def _flat_masthead(s: str) -> list[tuple[int, int, str]]:
    """Edits breaking the line after a run-in 版头's masthead, its number and its heading (or after its heading, its
    number and its date).

    >>> clean("某县人民政府文件 某县政府发〔2018〕29 号 某县人民政府关于印发某规则的通知 各乡镇人民政府: 现印发给你们。").s
    '某县人民政府文件\\n某县政府发〔2018〕29号\\n某县人民政府关于印发某规则的通知\\n各乡镇人民政府:现印发给你们。'
    """
    m = _FLAT_MASTHEAD.search(s, 0, _MASTHEAD_REACH + 200)
    if m is None or m.start() >= _MASTHEAD_REACH:
        # the heading's line first in the text, or under a site's chrome: 「首页 > 政务公开 > 文件发布」 over
        # 「• 大连市…的通知   大市监网传〔2020〕38号   各区市县…:」 (DP02)
        head = s[:_MASTHEAD_REACH].split("\n")
        m = next((m for p in line_starts(head)[: len(head)] if (m := _FLAT_NUMBER_AFTER.match(s, p) or _FLAT_NUMBER_BODY.match(s, p))),
                 None)
    if m is None:
        m = _number_first(s)
    found = [m] if m else []
    for dated in _FLAT_DATED_NUMBER.finditer(s, found[0].end() if found else 0):  # a compilation's every document
        if (m := _FLAT_NUMBER_AFTER.match(s, s.rfind("\n", 0, dated.start()) + 1)) is not None:
            found.append(m)
    edits = [(m.start(g), m.end(g), "\n") for m in found for g in ("a", "b", "c")
             if g in m.re.groupindex and m.end(g) > m.start(g) >= 0]
    edits += [(m.start() - 1, m.start(), "\n") for m in found if m.re is _FLAT_NUMBER_FIRST]  # the space before the number
    for m in found:  # the signing date run on after the body, and what it forwards (FV02: a page on one line)
        if (b := s.find("\n", m.end())) < 0:
            b = len(s)
        edits += _breaks_before(s, _run_on_rest(s, m.end(), b))
    return sorted(edits)  # (the number-first break stands before the others: _edit takes them in order)


def _number_first(s: str) -> re.Match[str] | None:
    """:data:`_FLAT_NUMBER_FIRST` within the reach of the text's start, its number opening after a space."""
    for end in _NUMBER_END.finditer(s, 0, _NUMBER_FIRST_REACH):
        line = s.rfind("\n", 0, end.start()) + 1
        opening = max(s.rfind(" ", line, end.start()), s.rfind("\u3000", line, end.start())) + 1
        # (in a page's header, no sentence before it: not a table's row in the body, 「1 某政发〔2016〕1号 …的通知 废止 理由:…」,
        # nor one of a row of them, a second number before the colon: review)
        if opening > line and "。" not in s[:opening] and (m := _FLAT_NUMBER_FIRST.match(s, opening)) \
                and m.end("number") == end.start() + 1 and not _NUMBER_END.search(m.group("to")):
            return m
    return None


# A signature run into the sentence before it and the note after it, a page that lost its breaks: 「…请认真抓好贯彻落实。
# 安顺市人民政府2023年9月5日(此件公开发布)安顺市市级储备粮管理办法第一章…」 (L04). The signer and date go on lines
# of their own; the note is what says it is a signature. (After the annex's line too: 「…请认真贯彻执行。附件:《X方案》平潭综合
# 实验区农村发展局2016年4月19日(联系人:…)」, GN07.)
# Read back from each 「(此件」: a pattern that opens with a lookbehind is tried at every character of the text.
_RUN_ON_SIGNATURE = re.compile(r"[。!\n》][ \u3000]*(?P<org>[\u4e00-\u9fff]{2,30}?(?:人民政府|办公室|办公厅|委员会|局|厅|委))[ \u3000]*"
                               rf"(?P<date>{cues.DATE})[ \u3000]*$")  # (spaces where breaks were: DP02)
# 「(信息公开属性:主动公开)」 (DP02); the contact a notice prints under its date, 「(联系人:吴某,联系电话:23155917)」 (GN07, GN08)
_NOTE_OPENING = re.compile(r"\((?:此件|信息公开(?:属性|选项|方式)|联系人|联系电话)")
_SIGNATURE_REACH = 50  # characters before the note a run-on signer and date may take


def _run_on_signatures(s: str) -> list[tuple[int, int, str]]:
    """Edits putting the signer and the date of :data:`_RUN_ON_SIGNATURE` on lines of their own."""
    edits = []
    for note in _NOTE_OPENING.finditer(s):
        a = max(0, note.start() - _SIGNATURE_REACH)
        if m := _RUN_ON_SIGNATURE.search(s, a, note.start()):
            edits += [(x, x, "\n") for x in (m.start("org"), m.start("date"), m.end())]
    return edits


# Or the signer and date run into the heading of the rule the notice issues, 「…请认真贯彻执行。 平潭综合实验区管委会
# 2014年3月21日在平潭工作的台湾居民…实施办法 根据…」 (JP02): the title it quotes as issued 「现将…《X》印发给你们」 printed again
# right after the date. The signer, the date and the heading go on lines of their own.
# (or issued in its heading, 「关于印发《X》的通知」, or named as its annex, 「附件:X 某镇人民政府 2020年10月22日 X」, AN11; signed by
# two, 「山东省财政厅 山东省人力资源和社会保障厅 2024年12月30日 山东省就业补助资金管理办法」, CG02)
_ISSUED_TITLE = re.compile(r"《(?P<t>[^《》\n]{4,80})》[^。\n]{0,12}?印发|(?<=印发)《(?P<h>[^《》\n]{4,80})》"
                           r"|附件\d{0,2}:[ \u3000]*(?P<a>[^\s《》:。]{4,80})(?=[ \u3000])")
_ISSUE_REACH = 3000  # characters from the text's start the notice's words of issuing stand within
_SIGNER = r"[\u4e00-\u9fff]{2,30}?(?:人民政府|办公室|办公厅|委员会|管委会|局|厅|委|会)"
# (the signer and date right before where the heading is printed again, 「《」 and all: searched in a window that ends there)
_SIGNED_BEFORE = re.compile(rf"(?:(?<=[。!])[ \u3000]*|[ \u3000]+)(?P<org>{_SIGNER}(?:[ \u3000]+{_SIGNER})?)[ \u3000]*"
                            rf"(?P<date>{cues.DATE})[ \u3000]*(?P<heading>《?)\Z")
_SIGNED_REACH = 80  # characters before the heading its signer and date stand within


def _signed_over_rule(s: str) -> list[tuple[int, int, str]]:
    """Line breaks before the signer, and before and after the date, of a notice whose signature runs into the heading of
    the rule it issues.

    >>> s = "现将《某市物业管理办法》印发给你们,请认真贯彻执行。 某市人民政府 2014年3月21日某市物业管理办法 第一条 为了规范管理,制定本办法。"
    >>> [s[a:a + 3] for a, _, _ in _signed_over_rule(s)]
    ['某市人', '201', '某市物']
    """
    for issued in _ISSUED_TITLE.finditer(s, 0, _ISSUE_REACH):
        title = issued.group(issued.lastgroup)
        at = s.find(title, issued.end())
        while at >= 0:
            # (the heading printed in its marks too, 「…陕西省林业局2021年5月11日《全省…实施方案》为持续…」, JR01)
            if (m := _SIGNED_BEFORE.search(s, max(0, at - _SIGNED_REACH), at)) is not None:
                heading = m.start("heading")
                return [(m.start("org"), m.start("org"), "\n"), (m.start("date"), m.start("date"), "\n"), (heading, heading, "\n")]
            at = s.find(title, at + 1)
    return []


# Some sites scatter punctuation through a text to spoil copying: 「石家庄市城市市容】和环境卫生管理【条例」
# 「第七次常务会!。议审议通过」. A text is read as so spoiled when 「!」 or 「?」 stands between two ideographs again
# and again (no document's own words do that); then the marks no document prints inside a word go, each with a
# stop or comma standing right against it.
_SPOILED = re.compile(r"[\u4e00-\u9fff][!?][\u4e00-\u9fff]")
_SPOILED_MIN = 8  # such places in a text
# (each found from its mark, which the scan skips to: _SPOILED opens with an ideograph, and is tried at each one)
_SPOILED_MARK = re.compile(r"[!?](?<=[\u4e00-\u9fff][!?])(?=[\u4e00-\u9fff])")
_SPOILER = re.compile(r"[。,:]?[!?】【—]+[。,:]?")


# A forum's anti-scraping jammer: runs of one- or two-character ASCII tokens, most with a mark, on every line and
# glued to the text (「国函〔2006〕29号6 Z* U* l8 Y3 t1 {: _: Q」, K07). No document prints five such tokens in a row,
# a third of them and at least three with a mark; a run of letters or digits alone (「A B C D E」) is left as printed.
# (found from a space, which the scan skips to: a pattern opening with a token would be tried at every character)
_JAMMER = re.compile(r" [!-~]{1,2}(?: [!-~]{1,2}){3,}")
_JAMMER_MARK = re.compile(r"[^0-9A-Za-z ]")
_JAMMER_LOOK = 3000  # characters looked at for one before a whole text is
_ASCII_TOKEN = frozenset(map(chr, range(0x21, 0x7F)))


def _jammer_edits(s: str) -> list[tuple[int, int, str]]:
    """Blanking edits for each jammer run: the token before the first space, then the rest."""
    edits = []
    for m in _JAMMER.finditer(s):
        a = m.start()
        while a > m.start() - 2 and a > 0 and s[a - 1] in _ASCII_TOKEN:
            a -= 1
        tokens = s[a : m.end()].split(" ")
        marked = sum(bool(_JAMMER_MARK.search(x)) for x in tokens)
        if a < m.start() and marked >= 3 and marked * 3 >= len(tokens) and (not edits or edits[-1][1] <= a):
            edits.append((a, m.end(), ""))
    return edits


def _spoiled(s: str) -> bool:
    """Whether ``s`` is so spoiled: ``len(_SPOILED.findall(s))`` places, counted as findall counts them (one that
    shares its ideograph with the place before, 「中!中?中」, is not one).

    >>> _count_spoiled("中!中?中!中") == len(_SPOILED.findall("中!中?中!中"))
    True
    """
    need = max(_SPOILED_MIN, -(-len(s) // 200))  # a place in every 200 characters
    # (each place holds a mark: a text with fewer is not read for them)
    return s.count("!") + s.count("?") >= need and _count_spoiled(s) >= need


def _count_spoiled(s: str) -> int:
    found, last = 0, -3
    for m in _SPOILED_MARK.finditer(s):
        if m.start() >= last + 3:  # a place takes the ideographs either side of its mark
            found, last = found + 1, m.start()
    return found


def _entity(m: re.Match[str]) -> str | None:
    """The character an HTML reference stands for, nothing for a space's or a control character's (「&#13;」 at a
    scraped line's end; 「&#10;」 breaks the line), the reference itself if unknown."""
    ref = m.group()
    if ref in _SPACE_ENTITIES:
        return ""
    char = html.unescape(ref)
    if char == ref:
        return None
    if char in _ENTITY_BREAKS:
        return _ENTITY_BREAKS[char]
    return "" if not char.isprintable() else normalise_chars(char)


def _latin_stops(s: str) -> list[tuple[int, int, str]]:
    """The edits that make each Latin full stop of ``s`` a 「。」 (_LATIN_STOP), but an item's number's and a dot
    inside a title's marks."""
    out = []
    for m in _LATIN_STOP.finditer(s):
        at = m.start()
        if _ITEM_BEFORE_STOP.search(s, max(0, at - 12), at) or s.rfind("《", 0, at) > s.rfind("》", 0, at):
            continue
        out.append((at, at + 1, "。"))
    return out


# A long run of blank lines is what markup or a page's chrome left when stripped: one blank line (JW01). (Runs of three
# collapsed too cost the set two documents: a gazette's blank lines may part its documents.)
_BLANK_RUN = re.compile(r"\n{5,}")


def clean(raw: str) -> Text:
    """The line view: normalised characters, inner spaces removed, running headers blanked.

    >>> t = clean("现印发给你们,请认真贯 彻执行。\\n部门文件\\n(临政规发[2023]3 号)")
    >>> t.s
    '现印发给你们,请认真贯彻执行。\\n\\n(临政规发[2023]3号)'
    >>> raw = "现印发给你们,请认真贯 彻执行。\\n部门文件\\n(临政规发[2023]3 号)"
    >>> s, e = t.orig_span(t.s.index("临"), t.s.index("号") + 1)
    >>> raw[s:e]
    '临政规发[2023]3 号'
    >>> clean("国务院办公厅\\n二〇二四年三月十一日").s
    '国务院办公厅\\n2024年3月11日'
    >>> clean("要确保储备资金的安全和保 - 18 - 值").s
    '要确保储备资金的安全和保值'
    >>> clean("黔府辦發(fā)〔2012〕34號 國函 [ 20O0 ] 31 号").s
    '黔府办发〔2012〕34号国函[2000]31号'
    >>> clean("国函〔2006〕29号6 Z* U* l8 Y3 t1 {: _: Q\\n+ S' E' ]$ D- @2 G 陕西省人民政府:").s
    '国函〔2006〕29号\\n陕西省人民政府:'
    """
    t = Text(normalise_chars(raw))
    if ("!" in t.s or "?" in t.s) and _spoiled(t.s):
        t = _rewrite(t, _SPOILER, lambda m: "")
    if _jammer_edits(t.s[:_JAMMER_LOOK]):  # a jammer stands on every line: the first lines tell
        t = _edit(t, _jammer_edits(t.s))
    if _PLAIN.fullmatch(t.s) and "文件" not in t.s and "年" not in t.s:
        return t  # 「泸州市人民政府办公室」, an issuer's name: every pass below needs a mark, a space, 文件 or 年
    if _SQL_DUMP.match(t.s):
        t = _rewrite(t, _SQL_ROW, _sql_row)
    if "&" in t.s:  # first: a page escaped twice prints its tags as references, 「资金保障&lt;br&gt;市公安局…」
        t = _rewrite(t, _HTML_ENTITY, _entity)
    if "【" in t.s:  # a site's status note set into the text, a title's end too: 「…的通知【已废止】」 (BF07)
        t = _rewrite(t, _SITE_NOTE, lambda m: "")
        t = _edit(t, [(m.start("tag"), m.end("tag"), "") for m in _SITE_NOTE_OVER_HEADING.finditer(t.s, 0, _TRAIL_REACH)])
    if "上页" in t.s or "上一页" in t.s:
        t = _rewrite(t, _PAGE_GOES_ON, lambda m: "")
    if "QQ空间" in t.s or "分享到" in t.s:  # (what a row of share buttons prints; 微博 alone a text may name)
        t = _rewrite(t, _SHARE_BUTTONS, lambda m: " ")
    if "已" in t.s[:_TRAIL_REACH] or "现行" in t.s[:_TRAIL_REACH]:  # or its status word before the heading (FE03)
        t = _rewrite(t, _SITE_STATUS, lambda m: "" if m.start() < _TRAIL_REACH else m.group())  # (a list's 已废止 stays)
    if "<!--" in t.s:
        t = _rewrite(t, _HTML_COMMENT, lambda m: "")
    if "<" in t.s:  # HTML left in a scraped text: a block tag ends a line, other tags are chrome
        t = _rewrite(t, _HTML_TAG, lambda m: "\n" if _HTML_BLOCK.match(m.group()) else "")
    if t.s.startswith("---") or ":::" in t.s or '="' in t.s or "[[toc]]" in t.s:
        t = _edit(t, _site_markup(t.s))
    if "》" in t.s[:_TRAIL_REACH] or ">" in t.s[:_TRAIL_REACH] or "/" in t.s[:_TRAIL_REACH]:  # a trail's steps, above the heading
        t = _edit(t, [(m.start(), m.end(), "") for m in _TRAIL_TO_HEADING.finditer(t.s, 0, _TRAIL_REACH)])
    if "首页" in t.s[:_TRAIL_REACH] or "首頁" in t.s[:_TRAIL_REACH]:
        t = _edit(t, [(m.start(), m.end(), "") for m in _DASHED_TRAIL_TO_HEADING.finditer(t.s, 0, _TRAIL_REACH)])
    if any(word in t.s for word in cues.NEIGHBOUR_LINK_WORDS):  # a page's links to the documents beside it in its column
        t = _rewrite(t, _PAGE_NAVIGATION, lambda m: "")
    # its links to files and readings (the characters folded: 解讀 is 解读 by now)
    if _FILE_LINK.search(t.s) or ("】" in t.s and _READING_LINK.search(t.s)):
        t = _rewrite(t, _PAGE_LINK, lambda m: "")
    if "解读" in t.s or "图解" in t.s:
        t = _rewrite(t, _READING_LABEL_LINK, lambda m: "")
    if "http" in t.s:
        t = _rewrite(t, _URL_LINE, lambda m: "")
    if "HYPERLINK" in t.s:
        t = _rewrite(t, _FIELD_CODE, lambda m: "")
    # a pass whose pattern needs what the text does not print is skipped: most texts print no dash or date in
    # Chinese numerals, and a pattern opening with a common character is slow to scan
    t = _edit(t, _line_markup(t.s))
    t = _edit(t, _running_headers(t.s))
    if "-" in t.s or "—" in t.s:
        t = _rewrite(t, _INLINE_PAGE, _inline_page, openers="-—")  # a text prints few dashes
    if " (二)" in t.s or "\t(二)" in t.s:  # what _flat_item needs (the ideographic space a space by now)
        t = _rewrite(t, _FLAT_ITEM, _flat_item)
    if ("文件" in t.s[:_MASTHEAD_REACH] or "发电" in t.s[:_MASTHEAD_REACH]) and (run_on := _run_on_masthead(t.s)):
        t = _edit(t, run_on)
    if ":" in t.s and (run_on := _run_on_page(t.s)):
        t = _edit(t, run_on)
    if ":一、" in t.s:
        t = _edit(t, _colon_list(t.s))
    if "(二)《" in t.s:
        t = _edit(t, _bracketed_title_list(t.s))
    if "号)" in t.s and (run_on := _run_on_list_items(t.s)):
        t = _edit(t, run_on)
    if len(t.s) > _FLAT_LINE and (run_on := _run_on_items(t.s)):
        t = _edit(t, run_on)
    if "号) " in t.s:
        t = _edit(t, _flat_heading(t.s))
    if "号 " in t.s or "号\u3000" in t.s:  # a number run into its 版头's line
        t = _edit(t, _flat_masthead(t.s))
    if "此件" in t.s or "(信息公开" in t.s or "(联系" in t.s:
        t = _edit(t, _run_on_signatures(t.s))
    if ("印发" in t.s or "附件" in t.s) and (run_on := _signed_over_rule(t.s)):
        t = _edit(t, run_on)
    if "." in t.s and len(stops := _latin_stops(t.s)) >= _LATIN_STOPS_MIN and len(stops) > t.s.count("。"):
        t = _edit(t, stops)
    t = _rewrite(t, _GLOSS, _gloss)
    if "(" in t.s and len(set(_PLAIN_GLOSS.findall(t.s, 0, _PLAIN_GLOSS_LOOK))) >= _PLAIN_GLOSSES_MIN:
        t = _rewrite(t, _PLAIN_GLOSS, lambda m: "")
    t = _rewrite(t, _YEAR_IN_BRACKETS, _fold_year)
    t = _edit(t, _years_before_nian(t.s))
    if "号) " in t.s:  # (the ideographic space a space by now)
        t = _edit(t, _items_in_a_row(t.s))
    if "。 (" in t.s or "; (" in t.s:
        t = _edit(t, _arabic_items_in_a_row(t.s))
    if "制定本" in t.s:
        t = _edit(t, _heading_into_purpose(t.s))
    if "单位:" in t.s or "部门:" in t.s:
        t = _edit(t, _duty_labels_in_a_row(t.s))
    if "序号 " in t.s:
        t = _edit(t, _spaced_tables(t.s))
    if (" " in (top := t.s[:_TRAIL_REACH]) or "\t" in top) and (run_on := _heading_into_opening(top)):
        t = _edit(t, run_on)
    t = _edit(t, _spaces(t.s))
    if _CN_MONTH.search(t.s):
        t = _rewrite(t, _CN_DATE, _arabic_date)
    if lost := _lost_dates(t.s):  # (each form looked for only where the text prints what it needs)
        t = _edit(t, lost)
    if doubled := _doubled_lines(t.s):
        t = _edit(t, doubled)
    if "\n\n\n\n\n" in t.s:  # a long run of blank lines, what markup stripped from a page left (JW01), is one
        t = _rewrite(t, _BLANK_RUN, lambda m: "\n\n")
    return t


# A page that prints a run of lines twice over, one right after the other (a heading, a sentence, a signing
# date's block: AG07, AH04): the second printing goes. A table's cells repeat (the same bodies as 责任单位 and
# 牵头单位, AG08), so a run is two lines or more, or a sentence, and holds _DOUBLED_MIN characters; runs of up to
# _DOUBLED_REACH lines are looked for.
_DOUBLED_MIN = 20
_DOUBLED_REACH = 8


def _doubled_lines(s: str) -> list[tuple[int, int, str]]:
    """Edits blanking each run of lines printed again right after itself (blank lines between are passed over).

    >>> clean("转发省人力资源社会保障厅等部门\\n关于做好就业工作的意见的通知\\n转发省人力资源社会保障厅等部门\\n"
    ...       "关于做好就业工作的意见的通知\\n鲁政办发〔2010〕21号").s
    '转发省人力资源社会保障厅等部门\\n关于做好就业工作的意见的通知\\n\\n\\n鲁政办发〔2010〕21号'
    >>> clean("区发改局\\n\\n区发改局\\n").s
    '区发改局\\n\\n区发改局\\n'
    >>> clean("市发展和改革委员会、市财政局、市粮食和物资储备局\\n市发展和改革委员会、市财政局、市粮食和物资储备局\\n").s.count("市财政局")
    2
    """
    lines = s.split("\n")
    texts = list(filter(None, lines))  # the blank lines are passed over, the others numbered here
    if len(set(texts)) == len(texts):  # no line is printed twice (most texts)
        return []
    times = Counter(texts)
    # only a line printed again can open a run printed twice: the others are passed over in C, not one by one
    repeated = list(compress(count(), map((1).__lt__, map(times.__getitem__, texts))))
    later: dict[str, int] = {}
    following: dict[int, int] = {}  # the index of the next line with the same text, or 0
    for i in reversed(repeated):
        following[i] = later.get(texts[i], 0)
        later[texts[i]] = i
    runs: list[tuple[int, int]] = []  # the first line and the length of each second printing
    end = 0
    for i in repeated:
        n = following[i] - i
        if i >= end and 0 < n <= _DOUBLED_REACH and (n > 1 or texts[i].endswith("。")) \
                and texts[i : i + n] == texts[i + n : i + 2 * n] and sum(map(len, texts[i : i + n])) >= _DOUBLED_MIN:
            runs.append((i + n, n))
            end = i + 2 * n
    if not runs:
        return []
    kept = list(compress(count(), lines))  # each text's number among the lines
    starts = line_starts(lines)
    return [(starts[k], starts[k] + len(lines[k]), "") for first, n in runs for k in kept[first : first + n]]


def line_starts(lines: list[str]) -> list[int]:
    """Where each of ``lines``, a text split at its line breaks, starts in the text (a break after each line
    before it), and last where a line after them would start.

    >>> line_starts("通知\\n\\n第一条".split("\\n"))
    [0, 3, 4, 8]
    """
    return list(map(add, accumulate(map(len, lines), initial=0), count()))


# A line break is a PDF wrap unless the line ends a sentence or the next one starts a new item.
_ITEM_START = r"(?:第[一二三四五六七八九十百零0-9]+[章节条]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十0-9]+[)）]|[0-9]+(?:\.[0-9]+)*[.、．]\s*\S|附件|[0-9]+\s)"
# A duty label opens a line of its own: 「…社区党组织书记…\n牵头单位:区委组织部\n协办单位:…」 (AN05), where the name
# before a label would run into it (「区委组织部协办单位」)
# (not inside a bracket a line wrap broke: 「(牵头单位:市市场监管局\n配合单位:…)」 is one group)
_LABEL_LINE = re.compile(rf"(?:{'|'.join(cues.BODY_COLUMN_LABELS)}|牵头领导|责任领导)[:]")
_NEW_ITEM = re.compile(_ITEM_START)


def _new_item(s: str, a: int, b: int) -> bool:
    """Whether the line at ``b`` opens a new unit, the line before ending at ``a``."""
    if _NEW_ITEM.match(s, b):
        return True
    if not _LABEL_LINE.match(s, b):
        return False
    line = s[s.rfind("\n", 0, a) + 1 : a]
    return line.count("(") <= line.count(")")
# A run of breaks that no sentence's end stands before (checked after its first break, so the scan still
# skips to breaks): a run after 「。」 ends its sentence, and is passed over without a Python step.
_BREAKS = re.compile(r"\n(?<![。;:!?\n]\n)\n*")


def flow(t: Text) -> Text:
    """Join PDF line wraps inside sentences, keep breaks after sentences and before new items.

    >>> flow(clean("(泸委办[2018]\\n\\n41号)同时废止。\\n第二条 本办法")).s
    '(泸委办[2018]41号)同时废止。\\n第二条本办法'

    Each run of breaks is read once (a pattern opening with a lookbehind would be tried at every
    character): before a new item the run keeps its last break, so 「…\\n\\n第二条」 loses one.
    """
    s, edits = t.s, []
    width = None  # the text's wrap width, measured when a section heading needs it
    for m in _BREAKS.finditer(s):
        a, b = m.span()
        if a == 0:
            continue
        if _new_item(s, a, b):
            b -= 1
        if b > a and not _heading_line(s, a) and not _signature_at(s, a, b) and not _listed_line(s, a, b) \
                and not _unit_ends(s, a, b):
            # (no heading ends inside a title it opens: 「一、市人民政府决定,废止《长沙市人民政府关于印发〈」, FZ02)
            if (line := _SECTION_LINE.fullmatch(s, s.rfind("\n", 0, a) + 1, a)) and \
                    len(line.group()) < _ENDED_EARLY * (width := width or _wrap_width(s)) and \
                    line.group().count("《") <= line.group().count("》"):
                continue
            edits.append((a, b, ""))
    return _edit(t, edits)


# A signature below a closing formula with no stop: 「…请认真抓好落实\n\n宁波市鄞州区人民政府办公室\n\n2024年2月21日」 (AN01), a
# body's name alone on its line, then a date line; the request is not run into the name.
_SIGNERS = ("政府", "办公室", "办公厅", "局", "委员会", "委", "厅", "办")  # the endings of the body's name
# A signature's two parts, its signer's name and its date, as both patterns below read them
_SIGNER = rf"[\u4e00-\u9fff()]{{2,40}}(?:{'|'.join(_SIGNERS)})[ \t]*"
_SIGNED_ON = rf"{cues.DATE}[ \t]*"
_SIGNATURE_LINES = re.compile(rf"{_SIGNER}\n+[ \t]*{_SIGNED_ON}(?:\n|$)")


# A date alone on its line ends a unit, a signature's: what follows it is no wrap of it (the rule a notice issues, under
# the notice's signature: 「泸州市人民政府办公室」 「2024年1月17日」, then the rule's heading and first sentence, were one
# sentence of evidence, sample 001 and 78 texts of the real set); so does that rule's heading, a line ending in its
# kind with a blank line under it and the date above it (a wrapped sentence's page break falls anywhere: 「…各级各有」
# then 「关部门…」).
_DATE_LINE = re.compile(rf"[ \t]*(?:{_SIGNER})?\(?{_SIGNED_ON}\)?[ \t]*"  # its signer's name before it
                        r"|[ \t]*\((?:此件|信息公开)[^()\n]{0,20}\)[ \t]*")  # or the note under it: 「(此件公开发布)」 (the samples' 003)
_HEADING_ABOVE_BLANK = re.compile(cues.HEADING_LINE + r"[ \t]*")


def _unit_ends(s: str, a: int, b: int) -> bool:
    """Whether the line ending at ``a`` ends a unit: a date alone, or a heading with a blank line under it and a
    signature's date above it (the breaks run from ``a`` to ``b``)."""
    line = s.rfind("\n", 0, a) + 1
    if s[a - 1 : a] in ("日", ")") and _DATE_LINE.fullmatch(s, line, a):
        return True
    if b - a < 2 or s[a - 1 : a] not in _KIND_LAST_CHARS or not _HEADING_ABOVE_BLANK.fullmatch(s, line, a):
        return False
    end = line - 1  # the line above, blank ones passed over: a signature's date, the notice's that issues what it heads
    while end > 0 and s[end - 1] in "\n \t":
        end -= 1
    return _DATE_LINE.fullmatch(s, s.rfind("\n", 0, end) + 1, end) is not None


_KIND_LAST_CHARS = frozenset(k[-1] for k in cues.KINDS + cues.RULE_KINDS) | {")"}


# A clean-up list's item alone on its line, ending with its document's number or issue in brackets and no stop:
# 「卫生部关于职工休假问题的通知(卫人发(91)第43号)」 (AT07); the break after it ends the item, and the break after the
# list's heading (「宣布失效的第二批国家卫生计生委文件目录」) when such an item follows.
_LIST_HEADING = re.compile(r"[^\n。,:]{4,40}(?:目录|清单)$")
_ITEM_LINE = re.compile(rf"[^\n。,;]{{4,160}}?(?:号|{cues.DATE}(?:发布|印发|公布))\)[ \t]*(?=\n|$)")


def _listed_line(s: str, a: int, b: int) -> bool:
    """Whether the line ending at ``a`` is a list's item with another item or its heading beside it, or its heading
    above an item (at ``b``). A PDF may wrap a sentence right after a number (「…(某政发〔2015〕12号)\\n同时废止。」): one
    item-shaped line alone is no list."""
    line = s.rfind("\n", 0, a) + 1
    # an item's line ends with its bracket, a heading's with 目录 or 清单: another line is spared the patterns, which read
    # it whole
    last = s[line:a].rstrip(" \t")[-2:]
    if last.endswith(")") and _ITEM_LINE.fullmatch(s, line, a):
        above = s.rfind("\n", 0, max(0, line - 1)) + 1
        return bool(_ITEM_LINE.match(s, b)) or (line > 0 and (
            bool(_ITEM_LINE.fullmatch(s, above, line - 1)) or bool(_LIST_HEADING.fullmatch(s, above, line - 1))))
    return last in ("目录", "清单") and bool(_LIST_HEADING.fullmatch(s, line, a) and _ITEM_LINE.match(s, b))


def _signature_at(s: str, a: int, b: int) -> bool:
    """Whether a signature's two lines, name then date, start at ``b`` after a line of prose ending at ``a``
    (not an attachment list's last item, 「3. 长春市人民政府现行有效的…目录」, which the list readers take whole)."""
    # the name's line ends with a body's name, as _SIGNATURE_LINES needs: another line is spared the pattern, which reads
    # back through every ending from forty characters on
    end = s.find("\n", b)
    if end < 0 or not s[b:end].rstrip(" \t").endswith(_SIGNERS) or _SIGNATURE_LINES.match(s, b) is None:
        return False
    line = s.rfind("\n", 0, a) + 1
    while s.startswith((" ", "\t", "\u3000"), line):
        line += 1
    return _NEW_ITEM.match(s, line) is None


# A section heading, 「一、…」, that stops well short of the text's wrap width ends there, however long: 「一、降低畜禽及畜禽
# 产品防疫检疫费用,保护畜禽养殖农户和养殖企业的积极性」 then 「各级财政部门要…」 (U07, a web page whose lines are
# paragraphs). In a PDF's text wrapped at 38 characters, a heading line of 34 runs on.
# No sentence inside (「十、加大…力度。各级各有」 is cut at a page's end), and a heading's length: a longer line is a
# sentence a page broke (「二、各公立医疗机构在具备…的情况下,严格按照…除外」, sample 001).
# (and 「(一)提高思想认识,凝聚管护共识」 (BV06), but not a sentence cut at a line's end: 「(一)"一键直联"模块由市政府办」)
# A line whose words make it a sentence, no heading: a heading names a measure, and assigns or provides for nothing.
_SENTENCE_AHEAD = r"(?![^\n]*(?:由|对|按照|根据|将|把|被|应当|负责))"
_SECTION_LINE = re.compile(rf"(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\){_SENTENCE_AHEAD})[^\n。;!?]{{2,38}}")
_ENDED_EARLY = 0.8


def _wrap_width(s: str) -> int:
    """The length nine lines in ten of ``s`` stay within: the wrap width of a PDF's text, a long paragraph's on a web page."""
    lengths = sorted(len(x) for x in s.split("\n") if x)
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


# A short numbered heading keeps its own line: 「3.2 监测」 then 「市场监管…部门按照职责分工开展…」 are two units.
# A line cut mid-sentence is no heading: 「(一)"一键直联"模块由市政府办」 (then 「公室负责;」) goes on.
_HEADING_LINE = re.compile(rf"{_ITEM_START}{_SENTENCE_AHEAD}[^。;,:!?\n]{{0,18}}")


def _heading_line(s: str, end: int) -> bool:
    """Whether the line that ends at ``end`` is a short numbered heading."""
    return bool(_HEADING_LINE.fullmatch(s, s.rfind("\n", 0, end) + 1, end))
