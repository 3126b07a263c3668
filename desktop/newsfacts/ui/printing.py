"""The printed proof (批注稿 on paper, or as PDF): the draft with the review on it.

Editors still read a page on paper before it goes out.  The proof is the annotated draft of
``core/export/markup.py`` (the same runs, shading and notes as the Word 批注稿) drawn through Qt:
every fact shaded by its verdict, a numbered mark in red after the words a note is about, and the
notes (corrections, disputes, the editors' notes, the findings still open) listed at the end.
Qt's ``QTextDocument.print_`` lays it out on A4 and numbers the pages.  The text is inserted
piece by piece from the article's own strings, so no offset is converted here.
"""

from __future__ import annotations

import errno
import os

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from ..core.export.atomic import atomic_write
from ..core.export.markup import mark_up
from ..core.export.sheet import STATUS_ZH, FactSheet, build_fact_sheet
from ..core.model import Article, Status
from ..core.review import current_user
from .style import cjk_font

# The Word 批注稿's highlight colours (green, turquoise, pink, grey), in tints a printer renders
# without drowning the characters.
SHADE_RGB = {
    Status.VERIFIED: "#C6EFCE",
    Status.CORRECTED: "#B8EDED",
    Status.DISPUTED: "#F9C9DD",
    Status.UNCHECKED: "#E3E3E3",
}
MARK_RGB = "#C00000"  # the note numbers
POINT_SIZE = 11  # the body text; headlines larger
# QTextDocument.print_ keeps 2 cm of margin inside the printer's page rectangle (and puts the page
# number in it): the page itself gets none of its own, or the margins double.
MARGIN_MM = 0


def proof_document(article: Article, sheet: FactSheet, font: QFont) -> QTextDocument:
    """The proof as a QTextDocument: title, who and when, the tally and the legend; the draft's
    paragraphs with their shading and note marks; the notes."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, f"批注稿：{sheet.title}")
    size = font.pointSizeF() if font.pointSizeF() > 0 else 11.0
    cur = QTextCursor(doc)

    def fmt(*, bold=False, scale=1.0, colour: str | None = None, shade: str | None = None, sup=False) -> QTextCharFormat:
        f = QTextCharFormat()
        f.setFontPointSize(size * scale)
        if bold:
            f.setFontWeight(QFont.Weight.Bold)
        if colour:
            f.setForeground(QColor(colour))
        if shade:
            f.setBackground(QColor(shade))
        if sup:
            f.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        return f

    def block(space_before: float = 0, space_after: float = 0) -> None:
        b = QTextBlockFormat()
        b.setTopMargin(space_before)
        b.setBottomMargin(space_after)
        b.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cur.insertBlock(b)

    plain = fmt()
    cur.setBlockFormat(QTextBlockFormat())
    cur.insertText(f"批注稿：{sheet.title}", fmt(bold=True, scale=1.6))
    block(space_before=6)
    for label, value in sheet.meta_zh():
        cur.insertText(label + "：", fmt(bold=True))
        cur.insertText(value + "    ", plain)
    marked = mark_up(article, sheet)
    n_notes = sum(len(p.notes) for p in marked)
    block(space_before=4)
    cur.insertText(f"{sheet.tally_zh()}；批注 {n_notes} 条，见文末。", plain)
    block(space_before=4, space_after=10)
    cur.insertText("底色：", plain)
    for status in (Status.VERIFIED, Status.CORRECTED, Status.DISPUTED, Status.UNCHECKED):
        cur.insertText(STATUS_ZH[status], fmt(shade=SHADE_RGB[status]))
        cur.insertText("  ", plain)
    cur.insertText("  红色编号：文末批注", fmt(colour=MARK_RGB))

    notes: list[tuple[int, str, str]] = []
    for mp in marked:
        block(space_before=10 if mp.level else 4, space_after=4 if mp.level else 0)
        scale = {0: 1.0, 1: 1.4, 2: 1.15}[mp.level]
        ends: dict[int, list[int]] = {}
        for note in mp.notes:
            said = note.text
            if note.finding:  # far from the words it is on: quote them
                words = "".join(r.text for r in mp.runs[note.first : note.last + 1]).strip().strip("“”\"")
                said = f"“{words[:20]}{'…' if len(words) > 20 else ''}”　{said}"
            notes.append((len(notes) + 1, said, note.author))
            ends.setdefault(note.last, []).append(len(notes))
        for k, run in enumerate(mp.runs):
            shade = SHADE_RGB[run.status] if run.status is not None else None
            cur.insertText(run.text, fmt(bold=bool(mp.level), scale=scale, shade=shade))
            for n in ends.get(k, ()):
                cur.insertText(f"[{n}]", fmt(bold=True, colour=MARK_RGB, sup=True))

    if notes:
        block(space_before=18, space_after=6)
        cur.insertText("批注", fmt(bold=True, scale=1.3))
        for n, text, author in notes:
            block(space_before=3)
            cur.insertText(f"[{n}] ", fmt(bold=True, colour=MARK_RGB))
            cur.insertText(text, plain)
            if author:
                cur.insertText(f"（{author}）", fmt(colour="#555555"))
    return doc


def proof_of(ctx, font: QFont | None = None) -> QTextDocument:
    """The proof of the draft open in ``ctx`` (an AppContext with its analysis done), as it stands
    now: every fact not removed, with its verdict; the reviewer the export dialog remembers."""
    font = font or cjk_font(POINT_SIZE)
    sheet = build_fact_sheet(
        ctx.analysis,
        tuple(ctx.review),
        dict(ctx.finding_verdicts),
        reviewer=ctx.settings.get("export/reviewer") or current_user(),
    )
    return proof_document(ctx.analysis.article, sheet, font)


def proof_pdf(article: Article, sheet: FactSheet, path: str) -> str:
    """The proof of ``sheet`` written as a PDF at ``path`` (the export dialog's PDF target)."""
    return write_pdf(proof_document(article, sheet, cjk_font(POINT_SIZE)), path)


def setup_printer(printer) -> None:
    """A4 portrait, 2 cm margins all round (see MARGIN_MM; the editor may change them in the dialogs)."""
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )


def write_pdf(doc: QTextDocument, path: str) -> str:
    """Print ``doc`` to a PDF at ``path`` (replaced only once the new one is complete); the absolute
    path.  ExportError with a message for the editor when it cannot be written."""
    from PySide6.QtPrintSupport import QPrinter

    def write(tmp: str) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(tmp)
        printer.setDocName(doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
        setup_printer(printer)
        doc.print_(printer)
        if os.path.getsize(tmp) == 0:  # Qt says nothing when its painter could not start
            raise OSError(errno.EIO, "PDF 没有生成")

    return atomic_write(path, write)
