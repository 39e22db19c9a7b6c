"""The input stage, ``regkg.extract.read``: a path becomes decoded text, or an InputError saying why not.

Every text fixture is a real excerpt of a seed gazette in ``samples/``, written to ``tmp_path`` in the
encoding under test; PDFs are made from seed text with reportlab's built-in CID font STSong-Light.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from regkg.errors import InputError
from regkg.extract.decode import decode_text
from regkg.extract.html_text import html_main_text
from regkg.extract.read import Decoded, expand_inputs, read_input

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "read"


def seed_lines(sample: str, first: int, last: int) -> str:
    """Lines first..last (1-based, inclusive) of a seed gazette, joined with \\n."""
    lines = (SAMPLES / sample).read_text(encoding="utf-8").splitlines()
    return "\n".join(lines[first - 1 : last]) + "\n"


# 泸州市人民政府2024年森林防火命令 (泸市府规[2024]1号): heading, number and first two articles.
LUZHOU_ORDER = seed_lines("001_41a536a263fc176f.txt", 83, 91)
# A notice that repeals its predecessor: 「…(泸市府办发〔2020〕14号)同时废止」.
LUZHOU_REPEAL = seed_lines("001_41a536a263fc176f.txt", 860, 860)
# 吕梁 food-safety plan notice, printed number with spaces 「吕政办发 [2020] 78 号」 and a repeal.
LVLIANG_NOTICE = seed_lines("004_1353083119d7ceb2.txt", 1213, 1219)
# samples/003 lines 62–68 (临汾 notice that repeals 临政办发〔2017〕66号), converted to traditional
# characters by hand: Big5 cannot hold simplified characters, and Taiwan/Hong Kong gazettes print these.
LINFEN_TRADITIONAL = (
    "臨汾市人民政府\n"
    "\n"
    "關於印發臨汾市網絡預約出租汽車經營服務管理實施辦法的通知\n"
    "\n"
    "臨政規發〔2023〕3號\n"
    "\n"
    "各縣(市、區)人民政府,臨汾經濟開發區管委會,市直有關部門:\n"
    "\n"
    "現將《臨汾市網絡預約出租汽車經營服務管理實施辦法》印發給你們,請認真遵照執行。2017年7月19日原臨汾市"
    "人民政府辦公廳印發的《臨汾市網絡預約出租汽車經營服務管理實施辦法》(臨政辦發〔2017〕66號)同時廢止。\n"
)
# A GB18030-only character (CJK Extension A, four bytes in GB18030, absent from GBK) in a seed sentence.
GB18030_ONLY = LUZHOU_REPEAL.replace("市人民政府办公室负责解释", "市人民政府办公室（联系人：王䶮）负责解释")

GB_FAMILY = {"gb18030"}
BIG5_FAMILY = {"big5", "cp950", "big5hkscs"}

# (case id, text, how the file is written, encodings the reader may report)
ENCODING_CASES = [
    ("utf-8", LUZHOU_ORDER, lambda t: t.encode("utf-8"), {"utf-8"}),
    ("utf-8-bom", LUZHOU_ORDER, lambda t: t.encode("utf-8-sig"), {"utf-8-sig"}),
    ("utf-8-crlf", LVLIANG_NOTICE, lambda t: t.replace("\n", "\r\n").encode("utf-8"), {"utf-8"}),
    ("utf-16-bom", LUZHOU_ORDER, lambda t: t.encode("utf-16"), {"utf-16"}),
    ("utf-16-le-no-bom", LUZHOU_ORDER, lambda t: t.encode("utf-16-le"), {"utf-16-le"}),
    ("utf-16-be-no-bom", LUZHOU_ORDER, lambda t: t.encode("utf-16-be"), {"utf-16-be"}),
    ("utf-16-le-no-bom-crlf", LVLIANG_NOTICE, lambda t: t.replace("\n", "\r\n").encode("utf-16-le"), {"utf-16-le"}),
    ("utf-16-le-cut-short", LUZHOU_ORDER[:-1], lambda t: (t + "\n").encode("utf-16-le")[:-1], {"utf-16-le"}),
    ("utf-16-le-traditional", LINFEN_TRADITIONAL, lambda t: t.encode("utf-16-le"), {"utf-16-le"}),
    ("utf-32-bom", LUZHOU_ORDER, lambda t: t.encode("utf-32"), {"utf-32"}),
    ("gb18030", LUZHOU_ORDER, lambda t: t.encode("gb18030"), GB_FAMILY),
    ("gb18030-4-byte", GB18030_ONLY, lambda t: t.encode("gb18030"), GB_FAMILY),
    ("gbk", LUZHOU_REPEAL, lambda t: t.encode("gbk"), GB_FAMILY),
    ("gbk-crlf", LVLIANG_NOTICE, lambda t: t.replace("\n", "\r\n").encode("gbk"), GB_FAMILY),
    ("gbk-cr", LVLIANG_NOTICE, lambda t: t.replace("\n", "\r").encode("gbk"), GB_FAMILY),
    ("big5", LINFEN_TRADITIONAL, lambda t: t.encode("big5"), BIG5_FAMILY),
    ("big5-crlf", LINFEN_TRADITIONAL, lambda t: t.replace("\n", "\r\n").encode("big5"), BIG5_FAMILY),
    ("cp950", LINFEN_TRADITIONAL, lambda t: t.encode("cp950"), BIG5_FAMILY),
    ("big5-short", "臨政辦發〔2017〕66號同時廢止\n", lambda t: t.encode("big5"), BIG5_FAMILY),
    ("gbk-short", "泸市府办发〔2020〕14号同时废止\n", lambda t: t.encode("gbk"), GB_FAMILY),
]


@pytest.mark.parametrize(
    ("text", "encode", "encodings"), [case[1:] for case in ENCODING_CASES], ids=[case[0] for case in ENCODING_CASES]
)
def test_text_is_decoded_back_exactly(tmp_path, text, encode, encodings):
    path = tmp_path / "gazette.txt"
    path.write_bytes(encode(text))
    decoded = read_input(path)
    assert decoded == Decoded(str(path), text, decoded.encoding, "txt")
    assert decoded.encoding in encodings


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.txt")))
@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig"])  # the seeds hold ₂ ² •, which GBK lacks
def test_whole_seed_gazettes_round_trip(tmp_path, sample, encoding):
    text = (SAMPLES / sample).read_text(encoding="utf-8")
    path = tmp_path / sample
    path.write_bytes(text.encode(encoding))
    decoded = read_input(path)
    assert decoded.text == text
    assert decoded.encoding == ("utf-8-sig" if encoding == "utf-8-sig" else "gb18030")


def test_seed_text_in_big5_is_not_taken_for_gbk(tmp_path):
    # Seed sentences restricted to the characters Big5 has (those written alike in both scripts) are the
    # hard case: every byte pair is also valid GBK.
    for sample in sorted(SAMPLES.glob("*.txt")):
        text = sample.read_text(encoding="utf-8")[5000:8000]
        data = text.encode("big5", errors="ignore")
        path = tmp_path / sample.name
        path.write_bytes(data)
        decoded = read_input(path)
        assert decoded.encoding in BIG5_FAMILY, sample.name
        assert decoded.text == data.decode("big5")


def test_big5_page_is_read_by_its_declared_charset(tmp_path):
    page = '<html><head><meta charset="big5"></head><body><div id="zoom"><p>臨政辦發〔2017〕66號同時廢止</p></div></body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("big5"))
    decoded = read_input(path)
    assert (decoded.text, decoded.encoding, decoded.format) == ("臨政辦發〔2017〕66號同時廢止", "big5", "html")


# One NUL byte (a transfer glitch) in a whole gazette: the gazette is read, the byte kept as U+FFFD so
# every offset still matches the file's characters. (case id, bytes, text read, encoding)
_SEED = (SAMPLES / "001_41a536a263fc176f.txt").read_text(encoding="utf-8")
STRAY_NUL_CASES = [
    ("utf-8-one-nul", _SEED.encode("utf-8").replace("泸市府办发".encode(), "泸市府\x00办发".encode(), 1),
     _SEED.replace("泸市府办发", "泸市府\ufffd办发", 1), "utf-8"),
    ("gbk-two-nuls", LUZHOU_REPEAL.encode("gbk") + b"\x00\x00",
     LUZHOU_REPEAL + "\ufffd\ufffd", "gb18030"),
    ("nul-at-start", b"\x00" + LUZHOU_ORDER.encode("utf-8"), "\ufffd" + LUZHOU_ORDER, "utf-8"),
]


@pytest.mark.parametrize(("data", "text", "encoding"), [c[1:] for c in STRAY_NUL_CASES], ids=[c[0] for c in STRAY_NUL_CASES])
def test_stray_nul_bytes_do_not_refuse_a_gazette(tmp_path, data, text, encoding):
    path = tmp_path / "gazette.txt"
    path.write_bytes(data)
    assert read_input(path) == Decoded(str(path), text, encoding, "txt")


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.txt")))
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_whole_seed_gazettes_in_utf16_without_bom(tmp_path, sample, codec):
    text = (SAMPLES / sample).read_text(encoding="utf-8")
    path = tmp_path / sample
    path.write_bytes(text.encode(codec))
    assert read_input(path) == Decoded(str(path), text, codec, "txt")


@settings(max_examples=100, deadline=None)
@given(start=st.integers(0, len(_SEED) - 1), length=st.integers(1, 2000), at=st.integers(0, 2000))
def test_one_nul_anywhere_in_a_gazette_is_kept_in_place(start, length, at):
    text = _SEED[start : start + length]
    at = at % (len(text) + 1)
    data = text[:at].encode("utf-8") + b"\x00" + text[at:].encode("utf-8")
    assert decode_text(data) == (text[:at] + "\ufffd" + text[at:], "utf-8")


# --- PDF -------------------------------------------------------------------------------------------

FONT = "STSong-Light"
FONT_SIZE = 11
CHARS_PER_LINE = 38  # an A4 text column at 11 pt


def make_pdf(path: Path, pages: list[str]) -> Path:
    """A PDF with one page per string, set in STSong-Light, lines wrapped at CHARS_PER_LINE."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for text in pages:
        pdf.setFont(FONT, FONT_SIZE)
        y = height - 72
        for paragraph in text.split("\n"):
            for start in range(0, len(paragraph), CHARS_PER_LINE):
                pdf.drawString(72, y, paragraph[start : start + CHARS_PER_LINE])
                y -= FONT_SIZE * 1.6
        pdf.showPage()
    pdf.save()
    return path


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_pdf_text_layer_holds_number_and_title(tmp_path):
    decoded = read_input(make_pdf(tmp_path / "order.pdf", [LUZHOU_ORDER]))
    assert (decoded.format, decoded.encoding) == ("pdf", "pdf-text-layer")
    assert "泸州市人民政府2024年森林防火命令" in decoded.text
    assert "泸市府规[2024]1号" in decoded.text
    # wrapped lines come back in reading order
    assert squeeze(LUZHOU_ORDER) == squeeze(decoded.text)


def test_pdf_pages_are_joined_in_order(tmp_path):
    pages = [f"第{n}页\n{LUZHOU_REPEAL}" for n in range(1, 11)]
    decoded = read_input(make_pdf(tmp_path / "ten.pdf", pages))
    positions = [decoded.text.index(f"第{n}页") for n in range(1, 11)]
    assert positions == sorted(positions)
    assert "\f" not in decoded.text
    assert decoded.text.count("泸市府办发〔2020〕14号") == 10


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda data: data[: len(data) // 2], "truncated or damaged PDF"),
        (lambda data: data[:-40], "truncated or damaged PDF"),
        (lambda data: data[:200] + data[-200:], "PDF"),
        (lambda data: b"%PDF-1.4\n" + b"\x00garbage" * 50 + b"\n%%EOF\n", "PDF"),
    ],
    ids=["half", "tail-cut", "middle-cut", "garbage-body"],
)
def test_damaged_pdf_is_an_input_error(tmp_path, damage, reason):
    whole = make_pdf(tmp_path / "order.pdf", [LUZHOU_ORDER]).read_bytes()
    path = tmp_path / "damaged.pdf"
    path.write_bytes(damage(whole))
    with pytest.raises(InputError) as caught:
        read_input(path)
    assert reason in caught.value.reason
    assert caught.value.path == str(path)


def test_pdf_without_text_layer(tmp_path):
    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.rect(72, 72, 300, 500, fill=1)  # stands in for a scanned page image
    pdf.showPage()
    pdf.save()
    with pytest.raises(InputError, match=r"PDF has no text layer \(scanned\?\)"):
        read_input(path)


# --- bad inputs ------------------------------------------------------------------------------------


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _write(name: str, data: bytes):
    def make(tmp_path: Path) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return make


_UTF8 = LUZHOU_ORDER.encode("utf-8")

# (case id, makes the path, the reason the error gives)
BAD_INPUTS = [
    ("binary", _write("image.txt", bytes(range(256)) * 8), "binary file (208 NUL or control bytes in 2048)"),
    # a PNG's signature and header chunk, then a deflate stream: NULs and controls everywhere
    ("png", _write("scan.txt", bytes.fromhex("89504e470d0a1a0a0000000d494844520000040000000300080200000000")
                   + bytes(range(0, 64)) * 4), "binary file ("),
    ("empty", _write("empty.txt", b""), "empty file"),
    ("whitespace", _write("blank.txt", b" \r\n\t\n"), "no text: the file holds only whitespace"),
    ("undecodable", _write("noise.txt", b"\x80\xff\x81" * 100), "undecodable text (tried utf-8, gb18030, big5)"),
    ("damaged-utf8", _write("cut.txt", _UTF8[:100] + _UTF8[101:]), "damaged UTF-8: 1 invalid byte sequence(s)"),
    ("pdf-suffix-html", _write("page.pdf", b"<html><body>404 Not Found</body></html>"), "not a PDF"),
    ("html-no-text", _write("page.html", b"<html><body><script>x()</script></body></html>"), "HTML page has no text"),
    ("directory", lambda tmp_path: tmp_path, "is a directory"),
    ("missing", lambda tmp_path: tmp_path / "missing.txt", "no such file"),
    ("under-a-file", lambda tmp_path: _write("a.txt", b"x")(tmp_path) / "b.txt", "cannot read: Not a directory"),
    ("fifo", lambda tmp_path: _fifo(tmp_path / "pipe.txt"), "not a regular file"),
]


@pytest.mark.parametrize(("make", "reason"), [c[1:] for c in BAD_INPUTS], ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_is_an_input_error_naming_file_and_reason(tmp_path, make, reason):
    path = make(tmp_path)
    with pytest.raises(InputError) as caught:
        read_input(path)
    assert caught.value.path == str(path)
    assert reason in caught.value.reason
    assert str(caught.value) == f"{path}: {caught.value.reason}"


@pytest.mark.skipif(os.geteuid() == 0, reason="running as root: chmod 000 does not stop root reading the file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_bytes(_UTF8)
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            read_input(path)
    finally:
        path.chmod(0o600)


MEGABYTE = 1024 * 1024
# The bound on reading a 20 MB one-line file; it takes about 0.1 s (UTF-8) to 0.7 s (GB18030).
BIG_FILE_SECONDS = 5


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_20_mb_without_newline_is_read_quickly(tmp_path, encoding):
    line = (SAMPLES / "001_41a536a263fc176f.txt").read_text(encoding="utf-8").replace("\n", "")
    unit = line.encode(encoding)
    path = tmp_path / "one-line.txt"
    path.write_bytes(unit * (20 * MEGABYTE // len(unit) + 1))
    started = time.perf_counter()
    decoded = read_input(path)
    assert time.perf_counter() - started < BIG_FILE_SECONDS
    assert "\n" not in decoded.text
    assert decoded.text.startswith(line)
    assert decoded.encoding == encoding


# --- HTML ------------------------------------------------------------------------------------------

LUZHOU_PAGE_TEXT = """\
索引号:11510500008584011R/2024-00017
主题分类:综合政务
发文机关:泸州市人民政府
成文日期:2024年01月05日
标题:泸州市人民政府2024年森林防火命令
发文字号:泸市府规〔2024〕1号
发布日期:2024年01月08日
有效性:有效
泸州市人民政府2024年森林防火命令
泸市府规〔2024〕1号
为有效预防和扑救森林火灾，全力维护人民生命财产安全和生态安全，根据《中华人民共和国森林法》《森林防火条例》\
《四川省森林防火条例》《四川省人民政府2024年森林防火命令》等有关规定，结合我市实际，发布如下命令。
一、明确森林防火期。2024年全市森林防火期为1月1日至5月31日，其中2月1日至5月10日为森林高火险期。
二、划定森林防火区。森林防火区、森林高火险区由区县人民政府划定，并向社会公布。
本命令自发布之日起施行，有效期至2024年12月31日。
泸州市人民政府
2024年1月5日"""


def test_saved_government_page_gives_main_text_and_metadata(tmp_path):
    decoded = read_input(FIXTURES / "luzhou_order.html")
    assert (decoded.format, decoded.encoding) == ("html", "utf-8")
    assert decoded.text == LUZHOU_PAGE_TEXT
    for noise in ("首页", "当前位置", "分享到", "打印本页", "版权所有", "不应出现", "相关文件", "浏览次数"):
        assert noise not in decoded.text


def test_saved_page_in_gb2312_is_decoded(tmp_path):
    page = (FIXTURES / "luzhou_order.html").read_text(encoding="utf-8").replace("charset=utf-8", "charset=gb2312")
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("gbk"))
    decoded = read_input(path)
    assert (decoded.text, decoded.encoding) == (LUZHOU_PAGE_TEXT, "gb18030")


BODY = "<p>　　现将《泸州市历史风貌建筑修缮补助资金管理办法》印发给你们，请认真贯彻执行。</p>"
BODY_TEXT = "现将《泸州市历史风貌建筑修缮补助资金管理办法》印发给你们，请认真贯彻执行。"

# (case id, page markup, main text)
HTML_CASES = [
    (
        "label-and-value-in-one-cell",
        "<table><tr><td>发文字号：泸市府办规〔2024〕7号</td><td>成文日期：2024年09月19日</td></tr></table>"
        f'<div class="TRS_Editor">{BODY}</div>',
        f"发文字号:泸市府办规〔2024〕7号\n成文日期:2024年09月19日\n{BODY_TEXT}",
    ),
    (
        "th-labels",
        "<table><tr><th>发文机关</th><td>泸州市人民政府办公室</td></tr><tr><th>发文字号</th><td>泸市府办规〔2024〕7号</td></tr></table>"
        f'<div id="UCAP-CONTENT">{BODY}</div>',
        f"发文机关:泸州市人民政府办公室\n发文字号:泸市府办规〔2024〕7号\n{BODY_TEXT}",
    ),
    (
        "list-of-spans",
        '<ul class="xxgk"><li><span>索 引 号：</span><span>000014349/2024-00042</span></li>'
        "<li><span>发文字号：</span><span>泸市府办规〔<b>2024</b>〕7号</span></li></ul>"
        f'<div class="content">{BODY}</div>',
        f"索引号:000014349/2024-00042\n发文字号:泸市府办规〔2024〕7号\n{BODY_TEXT}",
    ),
    (
        "definition-list",
        "<dl><dt>发文字号:</dt><dd>泸市府办规〔2024〕7号</dd><dt>成文日期:</dt><dd>2024年09月19日</dd></dl>"
        f"<article>{BODY}</article>",
        f"发文字号:泸市府办规〔2024〕7号\n成文日期:2024年09月19日\n{BODY_TEXT}",
    ),
    (
        "empty-value",
        "<table><tr><td>发文字号：</td><td></td><td>成文日期：</td><td>2024年09月19日</td></tr></table>"
        f'<div id="zoom">{BODY}</div>',
        f"发文字号:\n成文日期:2024年09月19日\n{BODY_TEXT}",
    ),
    (
        "metadata-inside-main",
        '<div class="content"><table><tr><td>发文机关：</td><td>泸州市人民政府</td><td>文号：</td><td>泸市府函〔2024〕235号</td></tr></table>'
        f"{BODY}</div>",
        f"发文机关:泸州市人民政府\n文号:泸市府函〔2024〕235号\n{BODY_TEXT}",
    ),
    (
        "no-main-hint-falls-back-to-body",
        '<div id="nav"><a>首页</a></div><div class="wrap"><h1>关于开展征地社会稳定风险评估的通知</h1>'
        f'{BODY}<p>吕梁市人民政府办公室<br/>2020年11月27日</p></div><footer>版权所有</footer>',
        f"关于开展征地社会稳定风险评估的通知\n{BODY_TEXT}\n吕梁市人民政府办公室\n2020年11月27日",
    ),
    (
        "prose-mentioning-labels-is-not-metadata",
        f'<div id="zoom"><p>公文应当标注发文字号、成文日期和发文机关。</p>{BODY}</div>',
        f"公文应当标注发文字号、成文日期和发文机关。\n{BODY_TEXT}",
    ),
    (
        "table-in-body-keeps-rows",
        '<div id="zoom"><table><tr><td>序号</td><td>牵头单位</td><td>责任单位</td></tr>'
        "<tr><td>1</td><td>市林业局</td><td>各区县人民政府</td></tr></table></div>",
        "序号 牵头单位 责任单位\n1 市林业局 各区县人民政府",
    ),
]


@pytest.mark.parametrize(("markup", "expected"), [c[1:] for c in HTML_CASES], ids=[c[0] for c in HTML_CASES])
def test_html_main_text(markup, expected):
    assert html_main_text(f"<html><body>{markup}</body></html>") == expected


@pytest.mark.parametrize("before", ["", "<!-- saved from url -->\n",
                                    # a server page's directives before its markup: JSP's, ASP's, PHP's (JU02)
                                    '<%@page language="java" contentType="text/html; charset=UTF-8"%>\n<%@ include file="inc.jsp" %>\n',
                                    "<?php include('head.php'); ?>\n"])
def test_html_is_recognised_by_content_whatever_the_suffix(tmp_path, before):
    path = tmp_path / "saved.txt"
    path.write_text(f'{before}<!DOCTYPE html>\n<html><body><div id="zoom">{BODY}</div></body></html>', encoding="utf-8")
    assert read_input(path).format == "html"


# --- expand_inputs ---------------------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path):
    """gazettes/{a.txt, b.PDF, notes.md, .hidden.txt, 2024/{c.htm, d.html}, .cache/e.json}"""
    root = tmp_path / "gazettes"
    for name in ("a.txt", "b.PDF", "notes.md", ".hidden.txt", "2024/c.htm", "2024/d.html", ".cache/e.json"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x", encoding="utf-8")
    return root


def names(files: list[Path], root: Path) -> list[str]:
    return [f.relative_to(root).as_posix() for f in files]


def test_folder_is_walked_recursively_sorted(tree):
    files, errors = expand_inputs([tree])
    assert names(files, tree) == ["2024/c.htm", "2024/d.html", "a.txt", "b.PDF"]
    assert errors == []


# (case id, inputs relative to the tree, files found, (input, reason) of each error)
EXPAND_CASES = [
    ("file-as-given-any-suffix", ["notes.md"], ["notes.md"], []),
    ("glob", ["*.txt"], ["a.txt"], []),
    ("recursive-glob", ["**/*.htm*"], ["2024/c.htm", "2024/d.html"], []),
    ("double-star-filters-suffixes", ["**"], ["2024/c.htm", "2024/d.html", "a.txt", "b.PDF"], []),
    ("dedup-keeps-first-mention", ["a.txt", ".", "*.txt"], ["a.txt", "2024/c.htm", "2024/d.html", "b.PDF"], []),
    ("missing", ["none.txt", "a.txt"], ["a.txt"], [("none.txt", "no such file or directory")]),
    ("glob-without-match", ["*.doc"], [], [("*.doc", "no file matches this pattern")]),
    ("glob-without-inputs", ["*.md"], [], [("*.md", "the pattern matches no .docx, .htm, .html, .pdf, .text, .txt file")]),
    ("folder-without-inputs", [".cache"], [], [(".cache", "the folder holds no .docx, .htm, .html, .pdf, .text, .txt file")]),
]


@pytest.mark.parametrize(("given", "found", "failed"), [c[1:] for c in EXPAND_CASES], ids=[c[0] for c in EXPAND_CASES])
def test_expand_inputs(tree, given, found, failed):
    files, errors = expand_inputs([os.path.join(tree, item) for item in given])
    assert names(files, tree) == found
    assert [(Path(e.path).relative_to(tree).as_posix(), e.reason) for e in errors] == failed


def test_expand_inputs_is_deterministic_and_accepts_str_and_path(tree):
    first = expand_inputs([str(tree / "2024"), tree / "a.txt"])
    assert first == expand_inputs([str(tree / "2024"), tree / "a.txt"])
    assert names(first[0], tree) == ["2024/c.htm", "2024/d.html", "a.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="running as root: chmod 000 does not stop root listing a folder")
def test_unreadable_folder_is_reported(tree):
    locked = tree / "2024"
    locked.chmod(0)
    try:
        files, errors = expand_inputs([tree])
    finally:
        locked.chmod(0o700)
    assert names(files, tree) == ["a.txt", "b.PDF"]
    assert [(e.path, e.reason) for e in errors] == [(str(locked), "permission denied")]


# --- properties ------------------------------------------------------------------------------------

SUFFIXES = [".txt", ".html", ".pdf", ".docx", ".doc", ""]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_give_decoded_or_input_error(tmp_path, data, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    try:
        decoded = read_input(path)
    except InputError as err:
        assert err.path == str(path) and err.reason and "\n" not in str(err)
    else:
        assert isinstance(decoded.text, str) and "\r" not in decoded.text


# Pieces of government pages, shuffled into arbitrary (often broken) markup.
HTML_PIECES = [
    "<table>", "</table>", "<tr>", "<td>", "</td>", "<th>", "<div id='zoom'>", "<div class='nav'>", "</div>",
    "<p>", "</p>", "<br>", "<ul>", "<li>", "<dl>", "<dt>", "<dd>", "<script>", "</script>", "<!--", "-->",
    "发文字号：", "成文日期", "索 引 号:", "泸市府规〔2024〕1号", "同时废止。", "　", "&nbsp;", "\r\n", " ",
]  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.sampled_from(HTML_PIECES), max_size=60))
def test_any_markup_gives_decoded_or_input_error(tmp_path, pieces):
    path = tmp_path / "page.html"
    path.write_text("".join(pieces), encoding="utf-8")
    try:
        decoded = read_input(path)
    except InputError as err:
        assert err.reason
    else:
        assert decoded.format == "html" and decoded.text.strip()


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory) -> bytes:
    return make_pdf(tmp_path_factory.mktemp("pdf") / "order.pdf", [LUZHOU_ORDER]).read_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cuts=st.lists(st.tuples(st.integers(0, 1 << 16), st.binary(max_size=8)), min_size=1, max_size=4))
def test_damaged_pdfs_give_decoded_or_input_error(tmp_path, seed_pdf, cuts):
    data = bytearray(seed_pdf)
    for position, replacement in cuts:
        at = position % len(data)
        data[at : at + len(replacement) + 1] = replacement
    path = tmp_path / "damaged.pdf"
    path.write_bytes(bytes(data))
    try:
        read_input(path)
    except InputError as err:
        assert err.reason and "\n" not in str(err)
