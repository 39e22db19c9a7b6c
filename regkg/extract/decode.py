"""Bytes become text: the encodings Chinese government sites serve, told apart without a declaration.

UTF-8 with or without a byte-order mark, UTF-16 and UTF-32 with a mark, UTF-16 without one (saved
from Windows tools as "Unicode"), GB18030 (which reads GB2312 and GBK) and Big5 (with its Windows and
Hong Kong extensions). A stray NUL byte in a text file is damage, not a sign of binary; it is kept as
U+FFFD so offsets stay in step with the bytes' characters.

>>> decode_text("废止\\r\\n".encode("gbk"))
('废止\\n', 'gb18030')
>>> decode_text("泸市府规〔2024〕1号\\n".encode("utf-16-le"))
('泸市府规〔2024〕1号\\n', 'utf-16-le')
"""

from __future__ import annotations

import re

__all__ = ["decode_text", "declares_big5", "normalise_newlines"]

# Byte-order marks, longest first (a UTF-32 LE mark begins like UTF-16 LE's); the codec strips the mark.
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

# The legacy Chinese encodings tried when the bytes are not UTF-8, each family's codecs in order; the
# first that decodes the whole file is the family's reading. GB2312 and GBK are subsets of GB18030, so
# GB18030 reads all three. cp950 (Windows Big5) and Big5-HKSCS add characters plain Big5 lacks.
_GB_CODECS = ("gb18030",)
_BIG5_CODECS = ("big5", "cp950", "big5hkscs")
_TRIED = "utf-8, gb18030, big5"  # UTF-16 is tried only on bytes with NULs, see _utf16_without_bom

# Characters a Chinese government text almost never holds but that reading GB bytes as Big5, or Big5
# bytes as GB, produces in bulk — so the candidate with fewer of them is the right reading:
#   Big5 「中」 A4A4 read as GBK is kana 「い」; Big5 「，」 A141 read as GB18030 is a private-use character;
#   GBK 「，」 A3AC read as Big5 is bopomofo 「ㄐ」; GBK 「期」 C6DA read as Big5 is kana 「ぶ」.
# Cyrillic and box drawing are GB rows A7 and A9. Greek (GB row A6) is left out, since gazettes print
# 「μg/m³」, and so is the katakana middle dot 「・」 U+30FB, used in foreign names.
_MOJIBAKE = re.compile("[\u0400-\u04ff\u2500-\u257f\u3040-\u30fa\u30fc-\u30ff\u3100-\u312f\ue000-\uf8ff\ufffd]")

# The GB-or-Big5 choice looks at this many characters of each reading: a megabyte of text settles it,
# and it keeps a 20 MB file fast (matching the pattern costs about 0.1 s per million characters).
_DETECTION_SAMPLE_CHARS = 1 << 20

# A file whose non-ASCII bytes are valid UTF-8 but for at most one in this many is UTF-8 with damage
# (a stray byte, a cut-off last character), not GB or Big5: GB or Big5 text fails UTF-8 on most bytes.
_UTF8_DAMAGE_RATIO = 100
_ASCII_BYTES = bytes(range(128))

# C0 control bytes that no text encoding here uses for text (tab, newlines, form feed and escape are
# text). Binary files are full of them — a PNG or a Word file is several per cent NUL alone — while a
# gazette damaged in transfer holds one or two. A file with more than a few, and more than one byte in
# this many, is binary.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_BINARY_CONTROL_RATIO = 100
_STRAY_CONTROLS = 4
_STRAY_NUL = "\x00"
_DAMAGE_MARK = "\ufffd"  # Unicode's own sign for "a character that could not be read stood here"

# UTF-16 without a byte-order mark: ASCII characters (digits, line breaks) put a NUL in every other byte,
# on the odd offsets in little-endian order and the even ones in big-endian. A reading is taken when at
# least this share of its NUL bytes fall on its side …
_UTF16_NUL_SIDE_SHARE = 0.8
# … and all but this share of its characters are ones a Chinese text is made of; UTF-8 or GB bytes read
# as UTF-16 give Hangul, Yi, private-use and rare-plane characters instead.
_UTF16_MAX_STRANGE_SHARE = 0.02
_UTF16_CODECS = (("utf-16-le", 1), ("utf-16-be", 0))  # (codec, the parity of its ASCII NULs)
_NOT_CHINESE_TEXT = re.compile(
    "[^\t\n\r\f\x20-\x7e\xa0-\xff\u2000-\u206f\u2100-\u24ff\u25a0-\u27bf\u3000-\u303f\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
)

# <meta charset="gb2312"> or <meta http-equiv="Content-Type" content="text/html; charset=big5">, looked
# for in the head of an HTML file only to break a tie between GB and Big5.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-z0-9_\-]+)""", re.IGNORECASE)
_SNIFF_WINDOW = 4096  # how far into a file the charset declaration is looked for


def decode_text(data: bytes, *, prefer_big5: bool = False) -> tuple[str, str]:
    """Decode the bytes of a text file; return ``(text, encoding)`` with line endings made ``\\n``.

    Raises ``ValueError`` with a human reason when the bytes are not text in a supported encoding.

    >>> decode_text("廢止 號".encode("big5"))
    ('廢止 號', 'big5')
    >>> decode_text("泸市府规〔2024〕1号".encode("utf-8").replace("府".encode(), b"\\x00"))
    ('泸市\\ufffd规〔2024〕1号', 'utf-8')
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _as_text(data.decode(codec)), codec
            except UnicodeDecodeError as err:
                raise ValueError(f"invalid {codec} (byte-order mark present, bad bytes at offset {err.start})") from err
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    binary = controls > _STRAY_CONTROLS and controls * _BINARY_CONTROL_RATIO > len(data)
    if b"\x00" in data:
        # UTF-8 first: 「\x00\n」 is also UTF-16 BE for 「\n」, but UTF-16 Chinese text is never valid UTF-8
        if not binary and _is_utf8(data):
            return _as_text(data.decode("utf-8")), "utf-8"
        wide = _utf16_without_bom(data)
        if wide is not None:
            return wide
    if binary:
        raise ValueError(f"binary file ({controls} NUL or control bytes in {len(data)}) — not text, PDF or HTML")
    text, codec = _decode_8bit(data, prefer_big5)
    return _as_text(text), codec


def _as_text(decoded: str) -> str:
    return normalise_newlines(decoded).replace(_STRAY_NUL, _DAMAGE_MARK)


def _decode_8bit(data: bytes, prefer_big5: bool) -> tuple[str, str]:
    """UTF-8, else whichever of GB18030 and Big5 reads the bytes with fewer impossible characters."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        first_bad = err.start
    non_ascii = len(data.translate(None, _ASCII_BYTES))
    bad = data.decode("utf-8", "replace").count("\ufffd")
    if bad * _UTF8_DAMAGE_RATIO <= non_ascii:
        raise ValueError(f"damaged UTF-8: {bad} invalid byte sequence(s) in UTF-8 text, the first at byte {first_bad}")

    families = (_BIG5_CODECS, _GB_CODECS) if prefer_big5 else (_GB_CODECS, _BIG5_CODECS)
    readings = []  # (mojibake count, preference, codec, text): the fewest mojibake wins, ties go to the first
    for preference, codecs in enumerate(families):
        for codec in codecs:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            readings.append((len(_MOJIBAKE.findall(text, 0, _DETECTION_SAMPLE_CHARS)), preference, codec, text))
            break
    if not readings:
        raise ValueError(f"undecodable text (tried {_TRIED})")
    _, _, codec, text = min(readings)
    return text, codec


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """The UTF-16 reading of BOM-less bytes whose NULs sit on one side and whose characters are Chinese text.

    A file cut short by one byte loses that half character, as a damaged UTF-8 file would lose its last.
    """
    whole = data[: len(data) - len(data) % 2]
    nuls, odd = whole.count(0), whole[1::2].count(0)
    for codec, parity in _UTF16_CODECS:
        on_side = odd if parity else nuls - odd
        if on_side < _UTF16_NUL_SIDE_SHARE * nuls:
            continue
        try:
            text = whole.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:_DETECTION_SAMPLE_CHARS]
        if len(_NOT_CHINESE_TEXT.findall(sample)) <= _UTF16_MAX_STRANGE_SHARE * len(sample):
            return _as_text(text), codec
    return None


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` (old Mac files) become ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def declares_big5(data: bytes) -> bool:
    """Whether an HTML head declares Big5 (or Windows' cp950) as its charset.

    >>> declares_big5(b'<html><head><meta charset="big5"></head>')
    True
    """
    match = _META_CHARSET.search(data[:_SNIFF_WINDOW])
    return bool(match) and match.group(1).lower().startswith((b"big5", b"cp950"))
