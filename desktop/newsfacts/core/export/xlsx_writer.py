"""The fact sheet as an Excel workbook (openpyxl).

Sheets (Chinese titles, see ``SHEET_TITLES``): 概要 (summary), 事实 (one fact a row), 实体 (each
name once, with how often and how it was checked), 问题 (findings).  Cells are typed: numbers are
numbers, a date naming a whole day is a date, partial dates (2024, 2021-11) and intervals stay
text.  Text is never a formula: a string beginning with = + - @ is stored as a string with Excel's
quote prefix, so opening the file never runs what an article happened to contain.

openpyxl makes the workbook: styles, column widths, frozen header, filter, drop-down lists,
conditional colours, page setup.  The cells are gathered per sheet (their values decide the column
widths and row heights) and written as SpreadsheetML text into each sheet's empty ``<sheetData>``
as the file is saved.  openpyxl spends some 25 µs on each cell (a Cell object, its style looked up
again, an element per value), which for 5,000 facts was most of the export; its write-only mode
streams the same per-cell work and was no faster.  ``build_workbook`` gives the same workbook with
the cells as openpyxl objects, for a caller that wants to change it; the tests check that both agree.
"""

from __future__ import annotations

import datetime as _dt
import io
import math
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from copy import copy
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.compat import safe_string
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.datavalidation import DataValidation

from ..model import Kind, Status
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
    full_date,
    is_entity,
    kind_zh,
    review_time,
)

SHEET_TITLES = {"summary": "概要", "facts": "事实", "entities": "实体", "findings": "问题"}

_FORMULA_START = ("=", "+", "-", "@")
# Chinese Excel's own body font.  Set by name with no theme "scheme": a scheme font would be
# replaced by the theme's, the same trap as Word's eastAsiaTheme.
FONT_NAME = "等线"
_BASE_FONT = Font(name=FONT_NAME, sz=11, family=2)


def _font(**kw) -> Font:
    return Font(name=FONT_NAME, sz=kw.pop("sz", 11), family=2, **kw)


_HEADER_FONT = _font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="44546A")
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_WRAP = Alignment(vertical="top", wrap_text=True)
_TOP = Alignment(vertical="top")
_CENTER = Alignment(horizontal="center", vertical="top")
_BOLD = _font(bold=True)
_RED_BOLD = _font(bold=True, color="C00000")
_THIN = Side(style="thin", color="BFBFBF")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_STATUS_FILLS = {
    STATUS_ZH[Status.VERIFIED]: "E2EFDA",
    STATUS_ZH[Status.CORRECTED]: "DDEBF7",
    STATUS_ZH[Status.DISPUTED]: "FCE4D6",
}
_DATE_FMT = "yyyy-mm-dd"
_TIME_FMT = "yyyy-mm-dd hh:mm"


def display_width(s: str) -> int:
    """Width in Excel's units: a wide (Chinese) character counts 2, any other 1."""
    if s.isascii():
        return len(s)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# What openpyxl refuses (control characters), and what cannot be written as XML at all (lone
# surrogates, U+FFFE/U+FFFF): neither can be typed by an editor, both can come from a damaged file.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_MAX_TEXT = 32767  # Excel's limit on a cell; openpyxl cuts longer text there too


def safe_text(s: str) -> str:
    return _NOT_XML.sub("", ILLEGAL_CHARACTERS_RE.sub("", s))[:_MAX_TEXT]


_DATE_TYPES = (_dt.datetime, _dt.date, _dt.time, _dt.timedelta)


class _Styles:
    """The looks a workbook's cells share.

    A cell's look is a StyleArray of indexes into the workbook's fonts, fills, borders...; openpyxl
    finds each index by hashing the Font or Alignment on every assignment.  Each combination is
    worked out once, on the first cell that has it, with its number in the workbook's list of cell
    formats (a cell's ``s`` attribute).
    """

    def __init__(self, wb: Workbook) -> None:
        self.wb = wb
        self._cache: dict[tuple, tuple[object, int]] = {}
        self._keep: list[object] = []  # the objects whose ids are keys stay alive while cached

    def get(self, ws, value, font, align, fmt, fill, border, quote) -> tuple[object, int]:
        """(StyleArray, format number; 0 for a cell with no style of its own)."""
        # A date with no format of its own takes the default date format openpyxl gives it.
        key = (id(font), id(align), fmt, id(fill), id(border), quote, fmt is None and isinstance(value, _DATE_TYPES))
        found = self._cache.get(key)
        if found is not None:
            return found
        cell = Cell(ws, value=value)
        if font is not None:
            cell.font = font
        if align is not None:
            cell.alignment = align
        if fmt is not None:
            cell.number_format = fmt
        if fill is not None:
            cell.fill = fill
        if border is not None:
            cell.border = border
        if quote:
            cell.quotePrefix = True
        array = cell._style
        sid = self.wb._cell_styles.add(array) if cell.has_style else 0
        self._cache[key] = found = (array, sid)
        self._keep.append((font, align, fill, border))
        return found


def _xml_text(s: str) -> str:
    # What lxml writes for text: & < > escaped, and a carriage return kept as a reference (a bare
    # one would be read back as a line feed).
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


class _Sheet:
    """One worksheet: openpyxl's (everything but the cells) and its cells, gathered by row."""

    def __init__(self, ws, styles: _Styles) -> None:
        self.ws = ws
        self.styles = styles
        self.rows: dict[int, list[tuple[int, object, object, int, bool]]] = {}  # row -> [(col, value, array, s, text)]
        self.heights: dict[int, float] = {}

    def put(self, row: int, col: int, value, *, font=None, align=None, fmt=None, fill=None, border=None) -> None:
        """One cell; text that looks like a formula is stored as text (with Excel's quote prefix)."""
        quote = False
        if isinstance(value, str):
            value = safe_text(value)
            quote = value.startswith(_FORMULA_START)
        elif isinstance(value, _dt.datetime) and value.tzinfo is not None:
            raise TypeError("Excel has no time zones: give the local time without tzinfo")
        if font is None and align is None and fmt is None and fill is None and border is None and not quote \
                and not isinstance(value, _DATE_TYPES):
            array, sid = None, 0
        else:
            array, sid = self.styles.get(self.ws, value, font, align, fmt, fill, border, quote)
        self.rows.setdefault(row, []).append((col, value, array, sid, quote))

    def dimension(self) -> str:
        if not self.rows:
            return "A1:A1"
        cols = [c for cells in self.rows.values() for c, *_ in cells]
        return f"{get_column_letter(min(cols))}{min(self.rows)}:{get_column_letter(max(cols))}{max(self.rows)}"

    def sheet_data(self) -> str:
        """The ``<sheetData>`` element as openpyxl writes it (inline strings, dates as serial numbers)."""
        epoch = self.ws.parent.epoch
        letters: dict[int, str] = {}
        out = ["<sheetData>"]
        for r in sorted(self.rows.keys() | self.heights.keys()):
            h = self.heights.get(r)
            out.append(f'<row r="{r}" ht="{safe_string(h)}" customHeight="1">' if h is not None else f'<row r="{r}">')
            for col, value, _array, sid, _quote in sorted(self.rows.get(r, ()), key=lambda c: c[0]):
                letter = letters.get(col)
                if letter is None:
                    letter = letters[col] = get_column_letter(col)
                at = f'{letter}{r}"' + (f' s="{sid}"' if sid else "")
                if isinstance(value, str):
                    if not value:
                        out.append(f'<c r="{at} t="inlineStr"/>')
                    elif value != value.strip():
                        out.append(f'<c r="{at} t="inlineStr"><is><t xml:space="preserve">{_xml_text(value)}</t></is></c>')
                    else:
                        out.append(f'<c r="{at} t="inlineStr"><is><t>{_xml_text(value)}</t></is></c>')
                elif value is None:
                    out.append(f'<c r="{at} t="n"/>')
                elif isinstance(value, bool):
                    out.append(f'<c r="{at} t="b"><v>{safe_string(value)}</v></c>')
                elif isinstance(value, _DATE_TYPES):
                    out.append(f'<c r="{at} t="n"><v>{safe_string(to_excel(value, epoch))}</v></c>')
                else:
                    out.append(f'<c r="{at} t="n"><v>{safe_string(value)}</v></c>')
            out.append("</row>")
        out.append("</sheetData>")
        return "".join(out)

    def fill_in(self) -> None:
        """Put the cells into openpyxl's worksheet as Cell objects (the slow way, for build_workbook)."""
        ws = self.ws
        for r, cells in self.rows.items():
            for col, value, array, _sid, quote in cells:
                cell = ws.cell(row=r, column=col, value=value)
                if quote:
                    cell.data_type = "s"
                if array is not None:
                    cell._style = copy(array)
        for r, h in self.heights.items():
            ws.row_dimensions[r].height = h


_EMPTY_SHEET_DATA = re.compile(rb"<sheetData\s*/>|<sheetData>\s*</sheetData>")
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"\s*/>')


def _splice(xml: bytes, sheet: _Sheet) -> bytes:
    """A worksheet part openpyxl wrote without cells, with the sheet's cells put in."""
    xml, n = _EMPTY_SHEET_DATA.subn(lambda m: sheet.sheet_data().encode("utf-8"), xml, count=1)
    if n != 1:  # openpyxl changed what it writes: fail loudly rather than lose the cells
        raise RuntimeError(f"no empty sheetData in {sheet.ws.title}")
    return _DIMENSION.sub(lambda m: f'<dimension ref="{sheet.dimension()}"/>'.encode(), xml, count=1)


@dataclass(frozen=True)
class Col:
    """A column of a table: header, widest it may grow (Excel units), whether long text wraps."""

    header: str
    cap: int = 32
    wrap: bool = False


class _Grid:
    """A table on a sheet: header row 1, data below.

    Column widths follow the content (a Chinese character counts 2) up to each column's cap;
    rows get the height their wrapped text needs, since neither Excel nor LibreOffice re-measures
    rows when it opens a file.
    """

    LINE_HEIGHT = 16.0  # points per line of 11 pt text with Chinese glyphs (their line is about 1.4 em)

    def __init__(self, sheet: _Sheet, cols: list[Col]) -> None:
        self.sheet = sheet
        self.ws = sheet.ws
        self.cols = cols
        self.widths = [display_width(c.header) + 4 for c in cols]  # room for the filter button
        self.n = 1
        self._aligns = [_WRAP if c.wrap else _TOP for c in cols]
        self._wrapped: list[tuple[int, list[tuple[int, int]]]] = []  # (row, [(column, text width)])
        for i, c in enumerate(cols, 1):
            sheet.put(1, i, c.header, font=_HEADER_FONT, align=_HEADER_ALIGN, fill=_HEADER_FILL, border=_BOX)

    def add(self, values: Iterable, styles: dict[int, dict] | None = None) -> int:
        self.n += 1
        long: list[tuple[int, int]] = []
        put = self.sheet.put
        styles = styles or {}
        for i, v in enumerate(values):
            if v is None:  # an empty cell needs no element at all
                continue
            col = self.cols[i]
            kw = styles.get(i)
            if kw is None:
                put(self.n, i + 1, v, align=self._aligns[i])
            elif "align" in kw:
                put(self.n, i + 1, v, **kw)
            else:
                put(self.n, i + 1, v, align=self._aligns[i], **kw)
            w = _cell_width(v)
            if w > self.widths[i]:
                self.widths[i] = w
            if col.wrap and w > col.cap - 2:
                long.append((i, w))
        if long:
            self._wrapped.append((self.n, long))
        return self.n

    def finish(self, *, landscape: bool = True) -> None:
        ws = self.ws
        final = [min(c.cap, w + 2) for c, w in zip(self.cols, self.widths)]
        for i, w in enumerate(final):
            ws.column_dimensions[get_column_letter(i + 1)].width = w
        for row, long in self._wrapped:
            # A Chinese character is nearer 1.8 units than 2 once laid out.
            lines = max(math.ceil(w * 0.9 / max(1, final[i] - 1)) for i, w in long)
            if lines > 1:
                self.sheet.heights[row] = round(self.LINE_HEIGHT * lines + 3, 1)
        last = get_column_letter(len(self.cols))
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{last}{max(self.n, 2)}"
        self.sheet.heights[1] = 22
        _print_setup(ws, landscape)


def _cell_width(v) -> int:
    if isinstance(v, str):
        return max(display_width(line) for line in v.split("\n")) if v else 0
    if isinstance(v, _dt.datetime):
        return 16
    if isinstance(v, _dt.date):
        return 10
    if isinstance(v, (int, float)):
        return len(f"{v:,}")
    return len(str(v))


def _print_setup(ws, landscape: bool = True, titles: bool = True) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if titles:
        ws.print_title_rows = "1:1"
    ws.oddHeader.right.text = "第 &P 页 / 共 &N 页"
    ws.oddHeader.left.text = "&A"
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3


def _number_format(v) -> str:
    if isinstance(v, int) or (isinstance(v, float) and v.is_integer()):
        return "#,##0"
    return "#,##0.0#####"


# The Facts sheet: the sheet's columns, with a second number column for ranges (1~2个).
# Widest each Facts column may grow, in Excel's units (about one Latin character; a Chinese
# character counts 2), and whether its text wraps.
_FACT_COLS = {
    "story": Col("所在稿件", 20),
    "kind": Col(COLUMNS["kind"], 8),
    "text": Col(COLUMNS["text"], 22, wrap=True),
    "value": Col("数值", 18),
    "value_max": Col("数值上限", 12),
    "unit": Col(COLUMNS["unit"], 12, wrap=True),
    "date": Col(COLUMNS["date"], 12, wrap=True),
    "role": Col(COLUMNS["role"], 18, wrap=True),
    "status": Col(COLUMNS["status"], 9),
    "correction": Col(COLUMNS["correction"], 20, wrap=True),
    "note": Col(COLUMNS["note"], 24, wrap=True),
    "context": Col(COLUMNS["context"], 50, wrap=True),
    "by": Col(COLUMNS["by"], 10),
    "at": Col(COLUMNS["at"], 17),
}


def _fact_columns(sheet: FactSheet) -> list[str]:
    cols = ["story"] + list(sheet.columns)
    if "value" in cols and any(r.fact.value_max is not None for r in sheet.rows):
        cols.insert(cols.index("value") + 1, "value_max")
    return cols


def _fact_values(row: FactRow, cols: list[str], story: str) -> tuple[list, dict[int, dict]]:
    f, r = row.fact, row.review
    out: list = []
    styles: dict[int, dict] = {}
    for i, c in enumerate(cols):
        if c == "story":
            v = story
        elif c == "kind":
            v = kind_zh(f.kind)
            styles[i] = {"align": _CENTER}
        elif c == "text":
            v = " ".join(f.text.split())
            styles[i] = {"font": _BOLD}
        elif c in ("value", "value_max"):
            v = f.value if c == "value" else f.value_max
            if isinstance(v, bool):
                v = int(v)
            if v is not None:
                styles[i] = {"fmt": _number_format(v)}
        elif c == "unit":
            v = f.unit
        elif c == "date":
            d = full_date(f.date)
            if d is not None:
                v = d
                styles[i] = {"fmt": _DATE_FMT}
            else:
                v = f.date
        elif c == "role":
            v = f.role
        elif c == "status":
            v = STATUS_ZH[r.status]
            styles[i] = {"align": _CENTER}
        elif c == "correction":
            v = r.correction
            styles[i] = {"font": _RED_BOLD}
        elif c == "note":
            v = r.note
        elif c == "context":
            v = row.context
        elif c == "by":
            v = r.by or None
        elif c == "at":
            v = review_time(r.at)
            if v is not None:
                styles[i] = {"fmt": _TIME_FMT}
        else:  # pragma: no cover - parse_columns admits only known names
            raise KeyError(c)
        out.append(v if v != "" else None)
    return out, styles


def _facts(wb: Workbook, styles: _Styles, sheet: FactSheet) -> _Sheet:
    ws = wb.create_sheet(SHEET_TITLES["facts"])
    out = _Sheet(ws, styles)
    cols = _fact_columns(sheet)
    grid = _Grid(out, [_FACT_COLS[c] for c in cols])
    for sec in sheet.sections:
        for row in sec.rows:
            values, styles = _fact_values(row, cols, sec.title)
            grid.add(values, styles)
    grid.finish()
    ws.column_dimensions["A"].width = min(ws.column_dimensions["A"].width, 24)
    if "status" in cols:
        letter = get_column_letter(cols.index("status") + 1)
        rng = f"{letter}2:{letter}{max(grid.n, 2)}"
        dv = DataValidation(
            type="list",
            formula1='"' + ",".join(STATUS_ZH[s] for s in Status) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="状态",
            error="请从列表中选择：" + "、".join(STATUS_ZH[s] for s in Status),
            promptTitle="状态",
            prompt=" / ".join(STATUS_ZH[s] for s in Status),
        )
        dv.add(rng)
        ws.add_data_validation(dv)
        for text, colour in _STATUS_FILLS.items():
            ws.conditional_formatting.add(
                rng, CellIsRule(operator="equal", formula=[f'"{text}"'], fill=PatternFill("solid", fgColor=colour, bgColor=colour))
            )
    return out


def _entities(wb: Workbook, styles: _Styles, sheet: FactSheet) -> _Sheet:
    """Each name once: how it was written, the roles it came with, how its mentions were checked."""
    out = _Sheet(wb.create_sheet(SHEET_TITLES["entities"]), styles)
    headers = ["类型", "名称", "职务/身份", "出现次数"] + [STATUS_ZH[s] for s in Status] + ["更正为", "首次出现"]
    grid = _Grid(out, [Col(h, 8) for h in headers[:1]] + [Col(headers[1], 24, wrap=True), Col(headers[2], 24, wrap=True)]
                 + [Col(h, 9) for h in headers[3:-2]] + [Col(headers[-2], 20, wrap=True), Col(headers[-1], 50, wrap=True)])
    groups: dict[tuple[Kind, str], list[FactRow]] = {}
    for row in sheet.rows:
        if is_entity(row.fact):
            groups.setdefault((row.fact.kind, " ".join(row.fact.text.split())), []).append(row)
    order = {Kind.PERSON: 0, Kind.ORG: 1, Kind.PLACE: 2}
    for (kind, name), rows in sorted(groups.items(), key=lambda kv: (order[kv[0][0]], kv[1][0].fact.start)):
        roles = list(dict.fromkeys(r.fact.role for r in rows if r.fact.role))
        corrections = list(dict.fromkeys(r.review.correction for r in rows if r.review.correction))
        by_status = [sum(1 for r in rows if r.status is s) for s in Status]
        styles = {1: {"font": _BOLD}, 3: {"align": _CENTER}} | {4 + i: {"align": _CENTER} for i in range(len(Status))}
        if corrections:
            styles[8] = {"font": _RED_BOLD}
        grid.add(
            [kind_zh(kind), name, "、".join(roles) or None, len(rows), *by_status, "、".join(corrections) or None, rows[0].context],
            styles,
        )
    grid.finish()
    return out


def _findings(wb: Workbook, styles: _Styles, sheet: FactSheet) -> _Sheet:
    ws = wb.create_sheet(SHEET_TITLES["findings"])
    out = _Sheet(ws, styles)
    # 改为: the right form the check gives (按装 -> 安装), for whoever makes the changes in the page
    headers = ["严重程度", "类型", "原文", "改为", "说明", "依据", "所在稿件", "处理"]
    widths = [(10, False), (16, True), (30, True), (20, True), (50, True), (20, True), (24, True), (10, False)]
    grid = _Grid(out, [Col(h, cap, wrap) for h, (cap, wrap) in zip(headers, widths)])
    for fr in sheet.findings:
        f = fr.finding
        high = f.severity.value == "high"
        grid.add(
            [
                SEVERITY_ZH.get(f.severity, str(f.severity)),
                finding_kind_zh(f.kind),
                finding_text(f),
                f.suggestion,
                f.message,
                f.rule,
                fr.section or None,
                VERDICT_ZH.get(fr.verdict, str(fr.verdict)),
            ],
            {0: {"align": _CENTER, "font": _RED_BOLD if high else None}, 7: {"align": _CENTER}},
        )
    grid.finish()
    choices = list(VERDICT_ZH.values())
    dv = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
    dv.add(f"H2:H{max(grid.n, 2)}")
    ws.add_data_validation(dv)
    return out


def _summary(wb: Workbook, styles: _Styles, sheet: FactSheet) -> _Sheet:
    ws = wb.active
    ws.title = SHEET_TITLES["summary"]
    out = _Sheet(ws, styles)
    put = out.put
    label = _font(bold=True, color="44546A")
    left = Alignment(horizontal="left")
    put(1, 1, "事实核对单", font=_font(bold=True, sz=16))
    put(2, 1, sheet.title, font=_font(bold=True, sz=12))
    meta = [
        ("文件", sheet.file_name, None),
        ("日期", sheet.date, _DATE_FMT),
        ("核对人", sheet.reviewer or None, None),
        ("范围", "仅已核实与已更正的事实" if sheet.only_verified else "全部事实", None),
    ]
    r = 4
    for name, value, fmt in meta:
        put(r, 1, name, font=label)
        put(r, 2, value, fmt=fmt, align=left)
        r += 1
    r += 1
    statuses = list(Status)
    heads = ["类型"] + [STATUS_ZH[s] for s in statuses] + ["合计"]
    for i, h in enumerate(heads, 1):
        put(r, i, h, font=_HEADER_FONT, fill=_HEADER_FILL, align=_HEADER_ALIGN, border=_BOX)
    for kind, by_status in sheet.counts().items():
        r += 1
        put(r, 1, kind_zh(kind), border=_BOX)
        for i, s in enumerate(statuses, 2):
            put(r, i, by_status[s], align=_CENTER, border=_BOX)
        total = sum(by_status.values())
        put(r, len(heads), total, align=_CENTER, font=_BOLD, border=_BOX)
    r += 1
    put(r, 1, "合计", font=_BOLD, border=_BOX)
    totals = sheet.status_totals()
    for i, s in enumerate(statuses, 2):
        put(r, i, totals[s], align=_CENTER, font=_BOLD, border=_BOX)
    put(r, len(heads), sum(totals.values()), align=_CENTER, font=_BOLD, border=_BOX)
    r += 2
    put(r, 1, "问题", font=label)
    put(r, 2, len(sheet.findings), align=left)
    r += 1
    put(r, 1, "待处理", font=label)
    put(r, 2, len(sheet.open_findings), align=left, font=_RED_BOLD if sheet.open_findings else None)
    ws.column_dimensions["A"].width = 12
    for i in range(2, len(heads) + 1):
        ws.column_dimensions[get_column_letter(i)].width = 10
    # The title and file name run across the narrow count columns; nothing sits to their right.
    _print_setup(ws, landscape=False, titles=False)
    return out


def _prepare(sheet: FactSheet) -> tuple[Workbook, list[_Sheet]]:
    """openpyxl's workbook without cells, and each sheet's cells."""
    wb = Workbook()
    wb._fonts = IndexedList([_BASE_FONT])  # every cell without a font of its own
    wb._named_styles["Normal"].font = _BASE_FONT
    styles = _Styles(wb)
    sheets = [make(wb, styles, sheet) for make in (_summary, _facts, _entities, _findings)]
    wb.properties.title = f"事实核对单：{sheet.title}"
    wb.properties.subject = sheet.file_name
    wb.properties.creator = sheet.reviewer or "NewsFacts"
    wb.properties.lastModifiedBy = sheet.reviewer or "NewsFacts"
    return wb, sheets


def build_workbook(sheet: FactSheet) -> Workbook:
    """The fact sheet as an openpyxl Workbook with every cell in it (slower to save than write_xlsx)."""
    wb, sheets = _prepare(sheet)
    for s in sheets:
        s.fill_in()
    return wb


def _save(wb: Workbook, sheets: list[_Sheet], path: str) -> None:
    """Save the workbook (its sheets still without cells), writing each sheet's cells into its part."""
    skeleton = io.BytesIO()
    wb.save(skeleton)
    parts = {s.ws.path.lstrip("/"): s for s in sheets}  # a sheet's part name is known once saved
    with zipfile.ZipFile(skeleton) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename in parts:
                data = _splice(data, parts.pop(info.filename))
            dst.writestr(info, data)
    if parts:  # pragma: no cover - openpyxl wrote a sheet somewhere else
        raise RuntimeError(f"sheets not written: {sorted(parts)}")


def write_xlsx(sheet: FactSheet, path) -> str:
    """Write the sheet as .xlsx at ``path`` (atomically); return the absolute path written."""
    wb, sheets = _prepare(sheet)
    return atomic_write(path, lambda tmp: _save(wb, sheets, tmp))


__all__ = ["SHEET_TITLES", "build_workbook", "write_xlsx", "display_width"]
