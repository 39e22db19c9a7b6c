"""Word documents (.docx) in, as a legal-affairs office keeps its 规范性文件: the same records as the text they hold.

Each file is made here with python-docx from real text (the sample gazettes, their duty tables as Word tables),
so the tests need no fixture binaries and no network.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from regkg.errors import InputError
from regkg.extract import extract_file
from regkg.extract.read import expand_inputs, read_input

SAMPLES = sorted(Path(__file__).resolve().parents[1].joinpath("samples").glob("*.txt"))


def text_as_docx(text: str, path: Path) -> Path:
    """``text`` as a Word document: a line a paragraph, a run of lines of as many tab-separated cells a table."""
    document = docx.Document()
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if "\t" not in lines[i]:
            document.add_paragraph(lines[i])
            i += 1
            continue
        width = lines[i].count("\t") + 1
        j = i
        while j < len(lines) and "\t" in lines[j] and lines[j].count("\t") + 1 == width:
            j += 1
        table = document.add_table(rows=j - i, cols=width)
        for row, line in zip(table.rows, lines[i:j]):
            for cell, value in zip(row.cells, line.split("\t")):
                cell.text = value
        i = j
    document.save(path)
    return path


def _facts(record) -> dict:
    data = record.to_dict()
    data.pop("source")
    data.pop("encoding")
    return data


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
def test_a_gazette_saved_as_word_gives_the_records_of_its_text(tmp_path, sample):
    text = sample.read_text("utf-8").rstrip("\n") + "\n"
    plain = tmp_path / "gazette.txt"
    plain.write_text(text, "utf-8")
    word = text_as_docx(text.rstrip("\n"), tmp_path / "gazette.docx")
    decoded = read_input(word)
    assert (decoded.format, decoded.encoding, decoded.text) == ("docx", "docx-xml", text)
    from_word, from_text = extract_file(word), extract_file(plain)
    assert from_word.documents and _facts(from_word) == _facts(from_text)
    assert from_word.encoding == "docx-xml"


def _duty_table(merge: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("某县人民政府办公室关于印发某县秸秆禁烧工作方案的通知")
    document.add_paragraph("某政办发〔2024〕3号")
    table = document.add_table(rows=3, cols=3)
    for cell, value in zip(table._cells, ["序号", "重点任务", "牵头单位",
                                          "1", "建立秸秆禁烧巡查台账", "县农业农村局",
                                          "2", "开展秸秆综合利用宣传", ""]):
        cell.text = value
    if merge == "down":  # the lead unit's cell spans both tasks' rows
        table.cell(1, 2).merge(table.cell(2, 2))
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_cell_merged_down_a_column_is_each_rows_cell(tmp_path):
    path = tmp_path / "plan.docx"
    path.write_bytes(_duty_table("down"))
    lines = read_input(path).text.splitlines()
    assert lines[2:] == ["序号\t重点任务\t牵头单位", "1\t建立秸秆禁烧巡查台账\t县农业农村局", "2\t开展秸秆综合利用宣传\t县农业农村局"]
    duties = extract_file(path).duties
    assert sorted((d.task, d.lead) for d in duties) == [
        ("建立秸秆禁烧巡查台账", ("县农业农村局",)), ("开展秸秆综合利用宣传", ("县农业农村局",))]


def _docx(build) -> bytes:
    document = docx.Document()
    build(document)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def _tracked(document) -> None:
    p = document.add_paragraph("本办法自印发之日起施行")
    p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="司法局"><w:r><w:t>,有效期5年</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="2" w:author="司法局"><w:r><w:delText>,有效期3年</w:delText></w:r></w:del>'))
    p.add_run("。")


def _merged_across(document) -> None:
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(table._cells, ["重点任务分工表", "", "", "任务", "牵头单位", "配合单位"]):
        cell.text = value
    table.cell(0, 0).merge(table.cell(0, 2))


def _frame(document) -> None:  # a whole notice set in a one-column table, as some offices print a 红头
    table = document.add_table(rows=2, cols=1)
    table.cell(0, 0).text = "某市人民政府文件"
    table.cell(1, 0).paragraphs[0].text = "某府发〔2024〕1号"
    table.cell(1, 0).add_paragraph("关于加强森林防火工作的通知")


def _cell_of_lines(document) -> None:
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "开展联合执法"
    table.cell(0, 1).paragraphs[0].text = "市公安局"
    table.cell(0, 1).add_paragraph("市市场监管局")


def _text_box(document) -> None:
    p = document.add_paragraph("正文第一段。")
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml">'
        f'<v:textbox><w:txbxContent><w:p><w:r><w:t>内部资料 注意保存</w:t></w:r></w:p></w:txbxContent>'
        f'</v:textbox></v:shape></w:pict></w:r>'))


def _page_footer(document) -> None:
    document.add_paragraph("正文。")
    document.sections[0].footer.paragraphs[0].text = "— 1 —"


def _soft_break_in_cell(document) -> None:  # Shift+Enter between two bodies in one cell (review)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "开展联合执法"
    table.cell(0, 1).paragraphs[0].add_run("市财政局").add_break()
    table.cell(0, 1).paragraphs[0].add_run("市税务局")


def _list_number_style(document) -> None:  # Word's own numbering, by the List Number style (review)
    document.add_paragraph("决定废止下列规章:")
    document.add_paragraph("某市城市规划管理办法", style="List Number")
    document.add_paragraph("某市Y管理规定", style="List Number")


def _numbered_frame(document) -> None:  # a list numbered by Word inside a one-column frame: numbered once (review)
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "决定废止下列规章:"
    cell.add_paragraph("某市城市规划管理办法", style="List Number")
    cell.add_paragraph("某市Y管理规定", style="List Number")


def _chinese_numbering(document) -> None:  # 「一、」 「二、」 from a numbering definition of its own
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="(%2)"/></w:lvl>'
        f'</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for level, text in ((0, "总体要求"), (1, "指导思想"), (1, "基本原则"), (0, "重点任务"), (1, "加强资金保障")):
        p = document.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))


def _content_controls(document) -> None:  # a template's fields: a paragraph and a cell inside content controls
    document.add_paragraph()._p.addprevious(parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>某府发〔2024〕3号</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "开展联合执法"
    tc = table.cell(0, 1)._tc
    tc.remove(tc.find(qn("w:p")))
    tc.append(parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>市财政局</w:t></w:r></w:p></w:sdtContent></w:sdt>'))


def _tracked_move(document) -> None:  # a passage moved: read at its new place only
    p = document.add_paragraph("正文")
    p._p.insert(0, parse_xml(f'<w:moveFrom {nsdecls("w")} w:id="3" w:author="甲"><w:r><w:t>移走的文字</w:t></w:r></w:moveFrom>'))
    p._p.append(parse_xml(f'<w:moveTo {nsdecls("w")} w:id="4" w:author="甲"><w:r><w:t>移走的文字</w:t></w:r></w:moveTo>'))


def _merge_without_start(document) -> None:  # a vertical merge whose first cell is missing: its own text
    table = document.add_table(rows=2, cols=2)
    for cell, value in zip(table._cells, ["任务", "牵头单位", "开展巡查", "市城管局"]):
        cell.text = value
    table.cell(1, 1)._tc.get_or_add_tcPr().append(parse_xml(f'<w:vMerge {nsdecls("w")}/>'))


def _nested_table(document) -> None:  # a table inside a cell is read into that cell
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "开展联合执法"
    inner = table.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "市财政局"
    inner.cell(0, 1).text = "市税务局"


@pytest.mark.parametrize("name, build, lines", [
    ("tracked-changes", _tracked, ["本办法自印发之日起施行,有效期5年。"]),  # the insertion read, the deletion not
    ("merged-across", _merged_across, ["重点任务分工表", "任务\t牵头单位\t配合单位"]),  # a title row's cell once
    ("one-column-frame", _frame, ["某市人民政府文件", "某府发〔2024〕1号", "关于加强森林防火工作的通知"]),
    ("cell-of-lines", _cell_of_lines, ["开展联合执法\t市公安局 市市场监管局"]),  # the row stays one line
    ("text-box", _text_box, ["正文第一段。"]),
    ("footer", _page_footer, ["正文。"]),
    ("soft-break-in-cell", _soft_break_in_cell, ["开展联合执法\t市财政局 市税务局"]),
    ("list-number-style", _list_number_style, ["决定废止下列规章:", "1.某市城市规划管理办法", "2.某市Y管理规定"]),
    ("numbered-frame", _numbered_frame, ["决定废止下列规章:", "1.某市城市规划管理办法", "2.某市Y管理规定"]),
    ("chinese-numbering", _chinese_numbering, ["一、总体要求", "(一)指导思想", "(二)基本原则", "二、重点任务", "(一)加强资金保障"]),
    ("content-controls", _content_controls, ["某府发〔2024〕3号", "开展联合执法\t市财政局"]),
    ("tracked-move", _tracked_move, ["正文移走的文字"]),
    ("merge-without-start", _merge_without_start, ["任务\t牵头单位", "开展巡查\t市城管局"]),
    ("nested-table", _nested_table, ["开展联合执法\t市财政局 市税务局"]),
])
def test_word_layout(tmp_path, name, build, lines):
    path = tmp_path / f"{name}.docx"
    path.write_bytes(_docx(build))
    text = read_input(path).text
    assert [line for line in text.splitlines() if line] == lines


def _zip(members: dict[str, bytes]) -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


OLE = bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504


@pytest.mark.parametrize("name, data, reason", [
    ("old.doc", OLE, "a Word 97-2003 document (binary .doc): regkg reads .docx; save it as .docx, PDF or text"),
    ("old.wps", OLE, "a WPS document (binary .wps): regkg reads .docx; save it as .docx, PDF or text"),
    ("locked.docx", OLE, "not a .docx: a Word 97-2003 file renamed, or a document encrypted with a password"),
    ("no-suffix", OLE, "a Word 97-2003 document (binary .doc)"),
    ("renamed.docx", "泸市府规〔2024〕1号".encode(), "not a Word document: no ZIP header (a web page or text saved as .docx?)"),
    ("other-zip.docx", _zip({"a.txt": b"x"}), "damaged Word document: not a .docx package"),
    ("cut.docx", _docx(_frame)[:300], "damaged Word document"),
    ("empty.docx", _docx(lambda d: d.add_paragraph("   ")), "Word document has no text"),
])
def test_unreadable_word_file_is_one_line_naming_it(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_input(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: {reason}") and "\n" not in message


def test_a_zip_named_otherwise_is_read_as_word_only_when_it_is_one(tmp_path):
    (tmp_path / "saved").write_bytes(_docx(_frame))  # a download without its suffix
    assert read_input(tmp_path / "saved").format == "docx"
    (tmp_path / "archive.txt").write_bytes(_zip({"a.txt": "某府发〔2024〕1号".encode()}))
    with pytest.raises(InputError, match="binary"):  # a ZIP of other things is no text either
        read_input(tmp_path / "archive.txt")


def test_a_folder_of_word_files_gives_docx_and_names_the_binary_ones(tmp_path):
    (tmp_path / "a.docx").write_bytes(_docx(_frame))
    (tmp_path / "b.doc").write_bytes(OLE)
    (tmp_path / "c.txt").write_text("某府发〔2024〕1号", "utf-8")
    files, errors = expand_inputs([tmp_path])
    assert [f.name for f in files] == ["a.docx", "b.doc", "c.txt"] and not errors
    with pytest.raises(InputError, match="Word 97-2003"):
        read_input(files[1])


WHOLE = _docx(_frame)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(at=st.integers(0, len(WHOLE) - 1), patch=st.binary(min_size=1, max_size=64), cut=st.booleans())
def test_any_damage_to_a_word_file_gives_text_or_one_line(tmp_path, at, patch, cut):
    path = tmp_path / "damaged.docx"
    path.write_bytes(WHOLE[:at] if cut else WHOLE[:at] + patch + WHOLE[at + len(patch) :])
    try:
        decoded = read_input(path)
    except InputError as err:
        assert str(err).startswith(f"{path}: ") and "\n" not in str(err)
    else:
        assert decoded.format == "docx"
