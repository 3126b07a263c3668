"""The fact sheet as a Word document (python-docx).

A4 landscape (the fact tables are wide), a header with the page number, a summary, one table per
article with the header row repeated on every page, then the findings.  Chinese text is set in a
CJK font on every style and run: ``w:eastAsia`` on ``rFonts`` with the theme attributes removed,
because Word lets ``eastAsiaTheme`` win over ``eastAsia``.

The big tables are written as WordprocessingML text: python-docx's ``add_row`` and ``cell()`` walk
the whole table on each call, which makes 5,000 rows take minutes.  ``write_docx`` does not even
parse that text: the document is saved with a marker (an XML comment) where each table goes, and
the tables' text replaces the markers in ``word/document.xml`` as the file is written; parsing and
serialising them again was a third of the export.  ``build_document`` parses them into the
python-docx Document, for a caller that wants the object; the tests check that both agree.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor, Twips
from lxml import etree

from ..model import Status
from ..review import FactReview
from .atomic import atomic_write
from .sheet import (
    COLUMNS,
    SEVERITY_ZH,
    STATUS_ZH,
    VERDICT_ZH,
    FactRow,
    FactSheet,
    finding_kind_zh,
    finding_text,
    kind_zh,
    one_line,
    review_time,
    value_text,
)


@dataclass(frozen=True)
class DocxStyle:
    """Fonts of the document: what a Chinese newsroom's Word has (宋体 body, 黑体 headings)."""

    body_cjk: str = "宋体"
    body_latin: str = "Times New Roman"
    heading_cjk: str = "黑体"
    heading_latin: str = "Arial"
    table_size: float = 9
    body_size: float = 10.5


# Word columns: the sheet's columns, with value/unit/date shown together as one "规范值" column.
# Relative widths; the table fills the text width.
_WORD_COLUMNS: dict[str, tuple[str, float]] = {
    "kind": ("类型", 1.3),
    "text": ("原文", 2.4),
    "value": ("规范值", 2.8),
    "role": ("职务/身份", 2.2),
    "status": ("状态", 1.3),
    "correction": ("更正为", 2.2),
    "note": ("备注", 2.6),
    "context": ("上下文", 6.6),
    "by": ("核对人", 1.4),
    "at": ("核对时间", 3.0),
}

_STATUS_FILL = {
    Status.UNCHECKED: None,
    Status.VERIFIED: "E2EFDA",
    Status.CORRECTED: "DDEBF7",
    Status.DISPUTED: "FCE4D6",
}
_HEADER_FILL = "D9D9D9"
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_THEME_ATTRS = ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme", "w:cstheme")
_HEADING_STYLES = {"Title", "Subtitle"} | {f"Heading {i}" for i in range(1, 10)}
_TABLE_TEXT = "FactTableText"


def word_columns(columns: tuple[str, ...]) -> list[str]:
    """The Word table's columns for a choice of sheet columns."""
    chosen = set(columns)
    if chosen & {"unit", "date"}:
        chosen.add("value")
    return [c for c in _WORD_COLUMNS if c in chosen]


def meta_line(paragraph, sheet: FactSheet, *more: tuple[str, str]) -> None:
    """文件：… 日期：… 核对人：… (and ``more`` such pairs), the labels in bold, on one line."""
    for label, value in (*sheet.meta_zh(), *more):
        paragraph.add_run(label + "：").bold = True
        paragraph.add_run(value + "    ")


# fonts ---------------------------------------------------------------------------------------------


def set_run_fonts(rPr, latin: str, cjk: str) -> None:
    """Latin and East Asian font on an rPr (a style's or a run's), with no theme attribute left."""
    rFonts = rPr.get_or_add_rFonts()
    for attr in _THEME_ATTRS:
        rFonts.attrib.pop(qn(attr), None)
    rFonts.set(qn("w:ascii"), latin)
    rFonts.set(qn("w:hAnsi"), latin)
    rFonts.set(qn("w:cs"), latin)
    rFonts.set(qn("w:eastAsia"), cjk)


def _fix_styles(doc, st: DocxStyle) -> None:
    styles_el = doc.styles.element
    # Document defaults: CJK font and Chinese language, so Word breaks lines the Chinese way.
    rpr_default = styles_el.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rFonts = rpr_default.find(qn("w:rFonts"))
    for attr in _THEME_ATTRS:
        rFonts.attrib.pop(qn(attr), None)
    for attr, val in (("w:ascii", st.body_latin), ("w:hAnsi", st.body_latin), ("w:cs", st.body_latin), ("w:eastAsia", st.body_cjk)):
        rFonts.set(qn(attr), val)
    lang = rpr_default.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")
        lang.set(qn("w:val"), "zh-CN")
    for style in doc.styles:
        el = style.element
        if el.get(qn("w:type")) == "numbering":
            continue
        rPr = el.get_or_add_rPr()
        if style.name in _HEADING_STYLES:
            set_run_fonts(rPr, st.heading_latin, st.heading_cjk)
        else:
            set_run_fonts(rPr, st.body_latin, st.body_cjk)
    # Any rFonts left anywhere in the styles part loses its theme attributes too.
    for el in styles_el.iter(qn("w:rFonts")):
        for attr in _THEME_ATTRS:
            el.attrib.pop(qn(attr), None)

    normal = doc.styles["Normal"]
    normal.font.size = Pt(st.body_size)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.15
    for name, size in (("Title", 20), ("Heading 1", 15), ("Heading 2", 12)):
        s = doc.styles[name]
        s.font.size = Pt(size)
        s.font.bold = True
        s.font.italic = False
        s.font.color.rgb = RGBColor(0x1F, 0x1F, 0x1F)
        s.paragraph_format.space_before = Pt(12 if name != "Title" else 0)
        s.paragraph_format.space_after = Pt(6)
    title_el = doc.styles["Title"].element
    pPr = title_el.find(qn("w:pPr"))
    if pPr is not None:  # the template's Title has a blue rule under it: not for a newsroom sheet
        for b in pPr.findall(qn("w:pBdr")):
            pPr.remove(b)
    from docx.enum.style import WD_STYLE_TYPE

    tt = doc.styles.add_style(_TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
    tt.base_style = normal
    tt.font.size = Pt(st.table_size)
    tt.paragraph_format.space_after = Pt(0)
    tt.paragraph_format.space_before = Pt(0)
    tt.paragraph_format.line_spacing = 1.0
    set_run_fonts(tt.element.get_or_add_rPr(), st.body_latin, st.body_cjk)


# tables as XML -------------------------------------------------------------------------------------


def _clean(s: str) -> str:
    return escape(_BAD_XML.sub("", s))


class _Table:
    """WordprocessingML for one table, built as text."""

    def __init__(self, st: DocxStyle, headers: list[str], widths_twips: list[int]) -> None:
        self.st = st
        self.widths = widths_twips
        # The Latin font comes from the paragraph style; each run names its East Asian font.
        fonts = f'<w:rFonts w:eastAsia="{st.body_cjk}"/>'
        self._fonts = fonts
        self.parts: list[str] = []
        total = sum(widths_twips)
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths_twips)
        self.parts.append(
            f"<w:tbl {nsdecls('w')}><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"{total}\" w:type=\"dxa\"/>"
            '<w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="70" w:type="dxa"/>'
            '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
        )
        self.row([[(h, True, None)] for h in headers], header=True, fills=[_HEADER_FILL] * len(headers))

    def run(self, text: str, bold: bool = False, color: str | None = None) -> str:
        if not text:
            return ""
        props = self._fonts + ("<w:b/><w:bCs/>" if bold else "") + (f'<w:color w:val="{color}"/>' if color else "")
        return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{_clean(text)}</w:t></w:r>'

    def row(self, cells: list[list[tuple[str, bool, str | None]]], *, header: bool = False, fills=None, center=()) -> None:
        out = ["<w:tr><w:trPr><w:cantSplit/>" + ("<w:tblHeader/>" if header else "") + "</w:trPr>"]
        for i, runs in enumerate(cells):
            fill = fills[i] if fills else None
            # Widths come from the table grid (fixed layout); a cell has properties only when shaded.
            tcpr = f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{fill}"/></w:tcPr>' if fill else ""
            jc = '<w:jc w:val="center"/>' if (header or i in center) else ""
            body = "".join(self.run(t, b, c) for t, b, c in runs)
            out.append(f'<w:tc>{tcpr}<w:p><w:pPr><w:pStyle w:val="{_TABLE_TEXT}"/>{jc}</w:pPr>{body}</w:p></w:tc>')
        out.append("</w:tr>")
        self.parts.append("".join(out))

    def xml(self) -> str:
        return "".join(self.parts) + "</w:tbl>"

    def element(self):
        return parse_xml(self.xml())


def _widths(keys: list[str], weights: dict[str, float], text_width_twips: int) -> list[int]:
    total = sum(weights[k] for k in keys)
    return [int(text_width_twips * weights[k] / total) for k in keys]


def _fact_cells(row: FactRow, keys: list[str]) -> list[list[tuple[str, bool, str | None]]]:
    f, r = row.fact, row.review
    cells = []
    for k in keys:
        if k == "kind":
            cells.append([(kind_zh(f.kind), False, None)])
        elif k == "text":
            cells.append([(one_line(f.text), True, None)])
        elif k == "value":
            cells.append([(value_text(f), False, None)])
        elif k == "role":
            cells.append([(f.role or "", False, None)])
        elif k == "status":
            cells.append([(STATUS_ZH[r.status], r.status is not Status.UNCHECKED, None)])
        elif k == "correction":
            cells.append([(r.correction or "", True, "C00000")])
        elif k == "note":
            cells.append([(r.note or "", False, None)])
        elif k == "context":
            a, b = row.mark
            c = row.context
            cells.append([(c[:a], False, None), (c[a:b], True, None), (c[b:], False, None)])
        elif k == "by":
            cells.append([(r.by or "", False, None)])
        elif k == "at":
            t = review_time(r.at)
            cells.append([(t.strftime("%Y-%m-%d %H:%M") if t else "", False, None)])
    return cells


def _status_fill(keys: list[str], review: FactReview) -> list[str | None]:
    fill = _STATUS_FILL[review.status]
    return [fill if k == "status" else None for k in keys]


# the document --------------------------------------------------------------------------------------


_MARKER = "newsfacts-table-{}"
_MARKER_RE = re.compile(rb"<!--newsfacts-table-(\d+)-->")


def _compose(sheet: FactSheet, style: DocxStyle | None) -> tuple[object, list[_Table]]:
    """The Document with a marker comment where each table goes, and the tables."""
    st = style or DocxStyle()
    doc = Document()
    _fix_styles(doc, st)
    # Paragraph styles by id: python-docx looks a style name up by walking every style, twice,
    # for each paragraph given one (a tenth of a second for a hundred headings).
    style_id = {s.name: s.style_id for s in doc.styles}
    heading_ids = {style_id[n] for n in _HEADING_STYLES if n in style_id}

    def para(text: str = "", name: str | None = None):
        p = doc.add_paragraph(text)
        if name is not None:
            p._p.style = style_id[name]
        return p

    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Twips(16838), Twips(11906)  # A4 as Word spells it
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(18))
    section.top_margin, section.bottom_margin = Mm(20), Mm(18)
    section.header_distance = Mm(10)
    text_width = section.page_width - section.left_margin - section.right_margin
    text_twips = int(text_width / 635)  # EMU -> twips

    _header(doc, section, sheet, text_width, st)

    cp = doc.core_properties
    cp.title = f"事实核对单：{sheet.title}"
    cp.subject = sheet.file_name
    cp.author = sheet.reviewer
    cp.last_modified_by = sheet.reviewer
    cp.comments = "核稿助手 NewsFacts"
    now = _dt.datetime.now().replace(microsecond=0)
    cp.created = cp.modified = now
    cp.revision = 1

    body = doc.element.body
    sectPr = body.sectPr
    tables: list[_Table] = []

    def add_table(t: _Table) -> None:
        sectPr.addprevious(etree.Comment(_MARKER.format(len(tables))))
        tables.append(t)

    para(sheet.title, "Title")
    scope = "仅已核实与已更正的事实" if sheet.only_verified else "全部事实"
    meta_line(para(), sheet, ("范围", scope))

    # summary
    para("概要", "Heading 1")
    counts = sheet.counts()
    totals = sheet.status_totals()
    n_open = len(sheet.open_findings)
    para(f"{sheet.tally_zh()}。问题 {len(sheet.findings)} 条，待处理 {n_open} 条。")
    if counts:
        keys = ["类型"] + [STATUS_ZH[s] for s in Status] + ["合计"]
        widths = [int(text_twips * 0.5 / len(keys))] * len(keys)
        t = _Table(st, keys, widths)
        centre = range(1, len(keys))
        for kind, by_status in counts.items():
            vals = [by_status[s] for s in Status]
            t.row([[(kind_zh(kind), False, None)]] + [[(str(v), False, None)] for v in vals + [sum(vals)]], center=centre)
        vals = [totals[s] for s in Status]
        t.row([[("合计", True, None)]] + [[(str(v), True, None)] for v in vals + [sum(vals)]], center=centre)
        add_table(t)

    # facts, one table per article
    para("事实核对", "Heading 1")
    keys = word_columns(sheet.columns)
    weights = {k: w for k, (_, w) in _WORD_COLUMNS.items()}
    widths = _widths(keys, weights, text_twips)
    headers = [_WORD_COLUMNS[k][0] for k in keys]
    centre = {i for i, k in enumerate(keys) if k in ("kind", "status")}
    if not sheet.rows:
        para("没有要导出的事实。" if not sheet.only_verified else "还没有已核实或已更正的事实。")
    for sec in sheet.sections:
        para(sec.title, "Heading 2")
        t = _Table(st, headers, widths)
        for row in sec.rows:
            t.row(_fact_cells(row, keys), fills=_status_fill(keys, row.review), center=centre)
        add_table(t)

    # findings
    para("问题", "Heading 1")
    if not sheet.findings:
        para("没有发现问题。")
    else:
        fkeys = [("严重程度", 1.2), ("类型", 1.8), ("原文", 4.6), ("说明", 6.4), ("所在稿件", 4.2), ("处理", 1.4)]
        t = _Table(st, [h for h, _ in fkeys], _widths([h for h, _ in fkeys], dict(fkeys), text_twips))
        for fr in sheet.findings:
            f = fr.finding
            sev = SEVERITY_ZH.get(f.severity, str(f.severity))
            msg = f.message + (f"（依据：{f.rule}）" if f.rule else "")
            fill = None if fr.is_open else "E2EFDA"
            t.row(
                [
                    [(sev, f.severity.value == "high", "C00000" if f.severity.value == "high" else None)],
                    [(finding_kind_zh(f.kind), False, None)],
                    [(finding_text(f), True, None)],
                    [(msg, False, None)],
                    [(fr.section, False, None)],
                    [(VERDICT_ZH.get(fr.verdict, str(fr.verdict)), fr.is_open, None)],
                ],
                fills=[None] * 5 + [fill],
                center={0, 5},
            )
        add_table(t)

    # Runs python-docx made (title, meta, headings, summary line): fonts on the run as well.
    for p in body.iterchildren(qn("w:p")):
        heading = p.style in heading_ids
        for r in p.iterchildren(qn("w:r")):
            set_run_fonts(r.get_or_add_rPr(), st.heading_latin if heading else st.body_latin, st.heading_cjk if heading else st.body_cjk)
    return doc, tables


def build_document(sheet: FactSheet, style: DocxStyle | None = None):
    """The python-docx Document of a fact sheet (not saved)."""
    doc, tables = _compose(sheet, style)
    body = doc.element.body
    for node in list(body.iterchildren(etree.Comment)):
        m = _MARKER_RE.fullmatch(etree.tostring(node))
        if m:
            node.addprevious(tables[int(m.group(1))].element())
            body.remove(node)
    return doc


def _field(paragraph, instr: str, placeholder: str) -> None:
    """A complex field (PAGE, NUMPAGES) that Word and LibreOffice update when they lay out the page."""
    r = paragraph._p
    for xml in (
        '<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r %s><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
        '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r %s><w:t>{placeholder}</w:t></w:r>",
        '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        r.append(parse_xml(xml % nsdecls("w")))


def _header(doc, section, sheet: FactSheet, text_width, st: DocxStyle) -> None:
    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    # The template's Header style has its own centre and right tabs (for Letter paper): drop them.
    hpPr = doc.styles["Header"].element.find(qn("w:pPr"))
    if hpPr is not None:
        for tabs in hpPr.findall(qn("w:tabs")):
            hpPr.remove(tabs)
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
    title = sheet.title if len(sheet.title) <= 40 else sheet.title[:39] + "…"
    p.add_run(f"事实核对单 · {title}")
    p.add_run("\t第 ")
    _field(p, "PAGE", "1")
    p.add_run(" 页 / 共 ")
    _field(p, "NUMPAGES", "1")
    p.add_run(" 页")
    for r in p._p.iter(qn("w:r")):
        rPr = r.get_or_add_rPr()
        set_run_fonts(rPr, st.body_latin, st.body_cjk)
        rPr.get_or_add_sz().val = Pt(8)
        rPr.get_or_add_color().val = RGBColor(0x59, 0x59, 0x59)


def _save(doc, tables: list[_Table], path: str) -> None:
    """Save the document, putting each table's text where its marker is in word/document.xml."""
    skeleton = io.BytesIO()
    doc.save(skeleton)
    part = doc.part.partname.lstrip("/")
    with zipfile.ZipFile(skeleton) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == part:
                pieces = _MARKER_RE.split(data)  # text, number, text, number, ..., text
                if len(pieces) != 2 * len(tables) + 1:  # pragma: no cover - a marker went missing
                    raise RuntimeError("table markers not found in the document")
                for i in range(1, len(pieces), 2):
                    pieces[i] = tables[int(pieces[i])].xml().encode("utf-8")
                data = b"".join(pieces)
            dst.writestr(info, data)


def write_docx(sheet: FactSheet, path, style: DocxStyle | None = None) -> str:
    """Write the sheet as .docx at ``path`` (atomically); return the absolute path written."""
    doc, tables = _compose(sheet, style)
    return atomic_write(path, lambda tmp: _save(doc, tables, tmp))


__all__ = ["DocxStyle", "build_document", "write_docx", "word_columns", "COLUMNS"]
