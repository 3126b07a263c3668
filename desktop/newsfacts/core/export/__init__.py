"""Fact sheets in Word and Excel: what the editor verified, ready to hand on.

    sheet = build_fact_sheet(analysis, review, finding_verdicts, reviewer="张三", only_verified=False,
                             columns=["kind", "text", "value", "status", "context"])
    write_docx(sheet, "page.docx")
    write_xlsx(sheet, "page.xlsx")

Both writers replace the target only when the new file is complete; failures raise ExportError
with a message for the editor.  Nothing here imports Qt.
"""

from __future__ import annotations

from .atomic import atomic_write
from .docx_writer import DocxStyle, build_document, write_docx
from .sheet import (
    COLUMNS,
    DEFAULT_COLUMNS,
    KIND_ZH,
    STATUS_ZH,
    VERDICT_FIXED,
    VERDICT_NOT_A_PROBLEM,
    ExportError,
    FactRow,
    FactSheet,
    FindingRow,
    Section,
    build_fact_sheet,
    page_title,
    parse_columns,
)
from .source import load_review_for
from .xlsx_writer import SHEET_TITLES, build_workbook, write_xlsx

__all__ = [
    "COLUMNS",
    "DEFAULT_COLUMNS",
    "KIND_ZH",
    "SHEET_TITLES",
    "STATUS_ZH",
    "VERDICT_FIXED",
    "VERDICT_NOT_A_PROBLEM",
    "DocxStyle",
    "ExportError",
    "FactRow",
    "FactSheet",
    "FindingRow",
    "Section",
    "atomic_write",
    "build_document",
    "build_fact_sheet",
    "build_workbook",
    "load_review_for",
    "page_title",
    "parse_columns",
    "write_docx",
    "write_xlsx",
]
