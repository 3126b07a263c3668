"""The Excel fact sheet, opened again with openpyxl: sheets, typed cells, filter, freeze, validation."""

from __future__ import annotations

import datetime as dt
import zipfile

import openpyxl
import pytest
from export_fixtures import page_analysis, reviewed

from newsfacts.core.export import SHEET_TITLES, build_fact_sheet, write_xlsx
from newsfacts.core.export.xlsx_writer import display_width


@pytest.fixture
def path(tmp_path):
    analysis = page_analysis()
    review, verdicts = reviewed(analysis)
    sheet = build_fact_sheet(analysis, review, verdicts, reviewer="李明", date=dt.date(2024, 2, 24))
    out = tmp_path / "核对单.xlsx"
    assert write_xlsx(sheet, out) == str(out)
    return out


@pytest.fixture
def wb(path):
    return openpyxl.load_workbook(path)


def rows_of(ws):
    header = [c.value for c in ws[1]]
    return header, [dict(zip(header, r)) for r in ws.iter_rows(min_row=2)]


def test_the_four_sheets(wb):
    assert SHEET_TITLES == {"summary": "概要", "facts": "事实", "entities": "实体", "findings": "问题"}
    assert wb.sheetnames == ["概要", "事实", "实体", "问题"]
    summary = wb["概要"]
    values = [c.value for row in summary.iter_rows() for c in row if c.value is not None]
    assert "解放区经济稳步增长" in values and "经济版.txt" in values and "李明" in values
    assert dt.datetime(2024, 2, 24) in values
    assert ["合计", 4, 2, 1, 1, 8] in [[c.value for c in row][:6] for row in summary.iter_rows()]


def test_one_fact_a_row_with_typed_cells(wb):
    header, rows = rows_of(wb["事实"])
    assert header[:4] == ["所在稿件", "类型", "原文", "数值"]
    assert "数值上限" in header  # 1~2个 is a range
    by_text = {r["原文"].value: r for r in rows}
    assert "2024年" not in by_text and len(rows) == 8
    money = by_text["104.5亿元"]
    assert money["数值"].data_type == "n" and money["数值"].value == 10450000000
    assert money["单位"].value == "元" and money["状态"].value == "已更正" and money["更正为"].value == "140.5亿元"
    assert money["所在稿件"].value == "解放区经济稳步增长"
    assert by_text["145.5%"]["数值"].value == pytest.approx(145.5)
    assert by_text["1~2个"]["数值"].value == 1 and by_text["1~2个"]["数值上限"].value == 2
    day = by_text["2023年12月30日"]["日期"]
    assert day.is_date and day.value == dt.datetime(2023, 12, 30)
    assert by_text["赵海燕"]["职务/身份"].value == "解放区委书记"
    assert by_text["赵海燕"]["核对时间"].is_date
    assert by_text["赵海燕"]["上下文"].value.startswith("本报讯")
    assert by_text["詹长松"]["状态"].value == "未核" and by_text["詹长松"]["核对人"].value is None


def test_partial_dates_stay_text(tmp_path):
    analysis = page_analysis()
    sheet = build_fact_sheet(analysis, None, None)  # nothing removed: 2024年 is on the sheet
    write_xlsx(sheet, tmp_path / "p.xlsx")
    _, rows = rows_of(openpyxl.load_workbook(tmp_path / "p.xlsx")["事实"])
    year = next(r for r in rows if r["原文"].value == "2024年")["日期"]
    assert year.value == "2024" and year.data_type == "s"


def test_article_text_that_looks_like_a_formula_is_stored_as_text(wb, path):
    _, rows = rows_of(wb["事实"])
    by_text = {r["原文"].value: r for r in rows}
    cell = by_text["=SUM(A1)"]["原文"]
    assert cell.value == "=SUM(A1)" and cell.data_type == "s" and cell.quotePrefix
    assert by_text["-5℃"]["原文"].data_type == "s" and by_text["-5℃"]["数值"].value == -5
    assert by_text["=SUM(A1)"]["上下文"].value.startswith("=SUM(A1)样")
    assert by_text["104.5亿元"]["备注"].value == "=对照统计公报"
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any("<f>" in z.read(n).decode() for n in sheets)


def test_header_styled_frozen_and_filtered(wb):
    ws = wb["事实"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(ws.max_column)}{ws.max_row}"
    assert all(c.font.b for c in ws[1]) and ws["A1"].fill.fgColor.rgb.endswith("44546A")
    for name in ("实体", "问题"):
        assert wb[name].freeze_panes == "A2" and wb[name].auto_filter.ref.startswith("A1:")


def test_status_column_offers_the_four_statuses(wb):
    ws = wb["事实"]
    header = [c.value for c in ws[1]]
    letter = openpyxl.utils.get_column_letter(header.index("状态") + 1)
    dvs = ws.data_validations.dataValidation
    status = [dv for dv in dvs if f"{letter}2:{letter}{ws.max_row}" in str(dv.sqref)]
    assert len(status) == 1
    assert status[0].type == "list" and status[0].formula1 == '"未核,已核实,已更正,存疑"'


def test_columns_fit_chinese_text(wb):
    ws = wb["事实"]
    header = [c.value for c in ws[1]]
    letter = {h: openpyxl.utils.get_column_letter(i + 1) for i, h in enumerate(header)}
    width = {h: ws.column_dimensions[letter[h]].width for h in header}
    # 解放区委书记 is six wide characters: twelve units, and the column holds it.
    assert width["职务/身份"] >= display_width("解放区委书记")
    assert width["原文"] >= display_width("2023年12月30日")
    assert width["上下文"] > width["类型"]
    assert width["类型"] >= display_width("类型") + 2  # the filter button does not cover the header


def test_entities_and_findings(wb):
    _, ents = rows_of(wb["实体"])
    zhao = next(r for r in ents if r["名称"].value == "赵海燕")
    assert zhao["类型"].value == "人名" and zhao["职务/身份"].value == "解放区委书记"
    assert zhao["出现次数"].value == 1 and zhao["已核实"].value == 1
    assert {r["名称"].value for r in ents} == {"詹长松", "赵海燕", "=SUM(A1)"}
    _, finds = rows_of(wb["问题"])
    assert [(r["类型"].value, r["处理"].value) for r in finds] == [("数字矛盾", "待处理"), ("用词错误", "已改")]
    assert finds[0]["说明"].value == "增幅超过百分之百,请核对。" and finds[0]["严重程度"].value == "高"


def test_a_findings_right_form_has_a_column_of_its_own(tmp_path):
    import dataclasses

    from newsfacts.core.model import Finding, Severity

    analysis = page_analysis()
    at = analysis.article.text.index("增长")
    wrong = Finding("misspelled_word", Severity.MEDIUM, (analysis.article.span(at, at + 2),), "「增长」应为「增加」。", suggestion="增加")
    analysis = dataclasses.replace(analysis, findings=(*analysis.findings, wrong))
    review, verdicts = reviewed(analysis)
    write_xlsx(build_fact_sheet(analysis, review, verdicts), tmp_path / "f.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "f.xlsx")["问题"]
    header, rows = rows_of(ws)
    assert header[:5] == ["严重程度", "类型", "原文", "改为", "说明"]
    assert [(r["原文"].value, r["改为"].value) for r in rows if r["改为"].value] == [("增长", "增加")]
    # the verdict column keeps its list of choices
    letter = openpyxl.utils.get_column_letter(header.index("处理") + 1)
    assert any(f"{letter}2:" in str(dv.sqref) for dv in ws.data_validations.dataValidation)


def test_only_verified_and_chosen_columns(tmp_path):
    analysis = page_analysis()
    review, verdicts = reviewed(analysis)
    sheet = build_fact_sheet(analysis, review, verdicts, only_verified=True, columns="text,status")
    write_xlsx(sheet, tmp_path / "v.xlsx")
    header, rows = rows_of(openpyxl.load_workbook(tmp_path / "v.xlsx")["事实"])
    assert header == ["所在稿件", "原文", "状态"]
    assert sorted(r["状态"].value for r in rows) == ["已更正", "已核实", "已核实"]


def test_the_saved_file_holds_what_build_workbook_holds(tmp_path, path):
    """write_xlsx writes the cells itself; openpyxl's own objects (build_workbook) must agree."""
    from newsfacts.core.export import build_workbook

    analysis = page_analysis()
    review, verdicts = reviewed(analysis)
    sheet = build_fact_sheet(analysis, review, verdicts, reviewer="李明", date=dt.date(2024, 2, 24))
    build_workbook(sheet).save(tmp_path / "objects.xlsx")
    ours, theirs = openpyxl.load_workbook(path), openpyxl.load_workbook(tmp_path / "objects.xlsx")
    assert ours.sheetnames == theirs.sheetnames
    for a, b in zip(ours, theirs):
        assert (a.max_row, a.max_column) == (b.max_row, b.max_column) and a.dimensions == b.dimensions
        for ra, rb in zip(a.iter_rows(), b.iter_rows()):
            for x, y in zip(ra, rb):
                assert (x.value, x.data_type, x.number_format, x.quotePrefix) == (y.value, y.data_type, y.number_format, y.quotePrefix)
                assert repr((x.font, x.fill, x.alignment, x.border)) == repr((y.font, y.fill, y.alignment, y.border)), x.coordinate
        heights = {r: d.height for r, d in a.row_dimensions.items() if d.height}
        assert heights == {r: d.height for r, d in b.row_dimensions.items() if d.height}
    facts = ours["事实"].row_dimensions
    assert facts[1].height == 22 and any(d.height and d.height > 22 for r, d in facts.items() if r > 1)  # wrapped text


def test_notes_with_markup_line_breaks_and_broken_characters(tmp_path):
    analysis = page_analysis()
    review, _ = reviewed(analysis)
    zhao = next(f for f in analysis.facts if f.text == "赵海燕")
    from newsfacts.core.review import Action, Decision

    review.apply(Decision(Action.VERIFY, zhao, note="见<通报> & 会议纪要\r\n第二页 \ud800", by="李明"))
    write_xlsx(build_fact_sheet(analysis, review, None), tmp_path / "n.xlsx")
    _, rows = rows_of(openpyxl.load_workbook(tmp_path / "n.xlsx")["事实"])
    note = next(r for r in rows if r["原文"].value == "赵海燕")["备注"]
    assert note.value == "见<通报> & 会议纪要\r\n第二页 " and note.data_type == "s"
