"""Fact sheets in Word and Excel: what the editor verified, ready to hand on.

    sheet = build_fact_sheet(analysis, review, finding_verdicts, reviewer="张三", only_verified=False,
                             columns=["kind", "text", "value", "status", "context"])
    write_docx(sheet, "page.docx")
    write_xlsx(sheet, "page.xlsx")

Both writers replace the target only when the new file is complete; failures raise ExportError
with a message for the editor.  Nothing here imports Qt.

The writers (and with them python-docx and openpyxl, about 0.3 s to import) load when first
asked for, so the window can offer the export dialog without paying for them at its first
opening; the export itself then loads them off the UI thread.
"""

from __future__ import annotations

from .atomic import atomic_write
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


def __getattr__(name: str):
    """The writers' names, imported on first use (explicit imports, so packaging tools see them)."""
    if name in ("DocxStyle", "build_document", "write_docx"):
        from . import docx_writer as module
    elif name in ("SHEET_TITLES", "build_workbook", "write_xlsx"):
        from . import xlsx_writer as module
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(module, name)
    globals()[name] = value
    return value
