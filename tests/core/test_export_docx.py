"""The Word fact sheet, opened again with python-docx: content, CJK fonts, A4, page numbers, tables."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm
from export_fixtures import page_analysis, reviewed

from newsfacts.core.export import build_fact_sheet, write_docx

THEME_ATTRS = [qn(a) for a in ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme", "w:cstheme")]


@pytest.fixture
def written(tmp_path):
    analysis = page_analysis()
    review, verdicts = reviewed(analysis)
    sheet = build_fact_sheet(analysis, review, verdicts, reviewer="李明", date=dt.date(2024, 2, 24))
    path = tmp_path / "核对单.docx"
    assert write_docx(sheet, path) == str(path)
    return docx.Document(str(path))


def cell_texts(table):
    return [[c.text for c in row.cells] for row in table.rows]


def fact_tables(doc):
    return [t for t in doc.tables if t.rows[0].cells[0].text == "类型" and "原文" in cell_texts(t)[0]]


def test_title_metadata_and_summary(written):
    texts = [p.text for p in written.paragraphs]
    assert texts[0] == "解放区经济稳步增长"
    meta = texts[1]
    assert "经济版.txt" in meta and "2024-02-24" in meta and "李明" in meta and "全部事实" in meta
    assert any("共 8 项事实" in t and "存疑 1" in t and "待处理 1 条" in t for t in texts)
    summary = cell_texts(written.tables[0])
    assert summary[0] == ["类型", "未核", "已核实", "已更正", "存疑", "合计"]
    assert ["人名", "1", "1", "0", "0", "2"] in summary
    assert summary[-1] == ["合计", "4", "2", "1", "1", "8"]


def test_one_table_per_article_with_chinese_kinds_statuses_and_corrections(written):
    headings = [p.text for p in written.paragraphs if p.style.name == "Heading 2"]
    assert headings == ["解放区经济稳步增长", "寒潮来袭"]
    tables = fact_tables(written)
    assert len(tables) == 2
    rows = cell_texts(tables[0])
    assert rows[0] == ["类型", "原文", "规范值", "职务/身份", "状态", "更正为", "备注", "上下文", "核对人", "核对时间"]
    by_text = {r[1]: r for r in rows[1:]}
    assert by_text["104.5亿元"][:7] == ["金额", "104.5亿元", "10,450,000,000 元", "", "已更正", "140.5亿元", "=对照统计公报"]
    assert by_text["赵海燕"][0] == "人名" and by_text["赵海燕"][3] == "解放区委书记" and by_text["赵海燕"][4] == "已核实"
    assert by_text["145.5%"][4] == "存疑" and by_text["詹长松"][4] == "未核"
    assert by_text["赵海燕"][9] == "2024-02-24 " + dt.datetime.fromisoformat("2024-02-24T09:30:00+08:00").astimezone().strftime("%H:%M")
    assert "2024年" not in by_text  # removed by the editor
    assert [r[1] for r in cell_texts(tables[1])[1:]] == ["=SUM(A1)", "-5℃"]


def test_the_fact_is_bold_in_its_context_sentence(written):
    table = fact_tables(written)[0]
    row = next(r for r in table.rows if r.cells[1].text == "赵海燕")
    context = row.cells[7].paragraphs[0]
    assert context.text.startswith("本报讯") and "赵海燕说" in context.text
    bold = [r.text for r in context.runs if r.bold]
    assert bold == ["赵海燕"]


def test_findings_with_messages_and_verdicts(written):
    table = written.tables[-1]
    rows = cell_texts(table)
    assert rows[0] == ["严重程度", "类型", "原文", "说明", "所在稿件", "处理"]
    assert rows[1][:4] == ["高", "数字矛盾", "145.5%", "增幅超过百分之百,请核对。"] and rows[1][5] == "待处理"
    assert rows[2][5] == "已改"


def test_chinese_fonts_are_set_and_no_theme_font_overrides_them(written):
    styles = written.styles.element
    for el in list(styles.iter(qn("w:rFonts"))) + list(written.element.body.iter(qn("w:rFonts"))):
        assert not [a for a in THEME_ATTRS if a in el.attrib], el.attrib
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    assert defaults.get(qn("w:eastAsia")) == "宋体"
    for name, font in (("Normal", "宋体"), ("Title", "黑体"), ("Heading 1", "黑体"), ("Heading 2", "黑体"), ("Table Grid", "宋体")):
        rfonts = written.styles[name].element.rPr.find(qn("w:rFonts"))
        assert rfonts.get(qn("w:eastAsia")) == font, name
    # Every run with text names its East Asian font itself.
    runs = [r for r in written.element.body.iter(qn("w:r")) if r.find(qn("w:t")) is not None and r.find(qn("w:t")).text]
    assert runs
    for r in runs:
        rfonts = r.find(qn("w:rPr")).find(qn("w:rFonts"))
        assert rfonts is not None and rfonts.get(qn("w:eastAsia")), r.xml


def test_a4_pages_with_page_numbers_in_the_header(written):
    section = written.sections[0]
    assert {section.page_width.twips, section.page_height.twips} == {11906, 16838}  # A4 in Word's units
    assert abs(section.page_width - Mm(297)) < Mm(0.1)
    header = section.header._element
    instr = " ".join(t.text for t in header.iter(qn("w:instrText")))
    assert "PAGE" in instr.split() and "NUMPAGES" in instr.split()
    assert "事实核对单" in "".join(t.text or "" for t in header.iter(qn("w:t")))


def test_table_header_rows_repeat_on_every_page(written):
    for table in written.tables:
        first = table.rows[0]._tr
        assert first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None
        others = [r._tr for r in table.rows[1:]]
        assert all(r.trPr is None or r.trPr.find(qn("w:tblHeader")) is None for r in others)


def test_chosen_columns_only(tmp_path):
    analysis = page_analysis()
    review, verdicts = reviewed(analysis)
    sheet = build_fact_sheet(analysis, review, verdicts, columns=["kind", "text", "status"], only_verified=True)
    path = tmp_path / "short.docx"
    write_docx(sheet, path)
    doc = docx.Document(str(path))
    tables = fact_tables(doc)
    assert [cell_texts(t)[0] for t in tables] == [["类型", "原文", "状态"]]
    assert [r[1] for r in cell_texts(tables[0])[1:]] == ["2023年12月30日", "赵海燕", "104.5亿元"]
    assert any("仅已核实与已更正" in p.text for p in doc.paragraphs)


def test_a_page_with_no_facts_still_makes_a_sheet(tmp_path):
    from newsfacts.core.model import Analysis
    from newsfacts.core.reading import article_from_text

    sheet = build_fact_sheet(Analysis(article_from_text("# 空稿\n\n正文。\n", name="空.txt"), ()), reviewer="")
    write_docx(sheet, tmp_path / "empty.docx")
    texts = [p.text for p in docx.Document(str(tmp_path / "empty.docx")).paragraphs]
    assert "没有要导出的事实。" in texts and "没有发现问题。" in texts


def test_the_saved_file_holds_what_build_document_holds(tmp_path, written):
    """write_docx puts the tables' text straight into the file; python-docx's own objects must agree."""
    from lxml import etree

    from newsfacts.core.export import build_document

    analysis = page_analysis()
    review, verdicts = reviewed(analysis)
    sheet = build_fact_sheet(analysis, review, verdicts, reviewer="李明", date=dt.date(2024, 2, 24))
    build_document(sheet).save(str(tmp_path / "objects.docx"))
    theirs = docx.Document(str(tmp_path / "objects.docx"))
    assert len(written.tables) == len(theirs.tables) == 4  # summary, two articles, findings
    assert not [n for n in written.element.body.iter() if isinstance(n, etree._Comment)]  # no marker left
    assert etree.tostring(written.element.body, method="c14n") == etree.tostring(theirs.element.body, method="c14n")
