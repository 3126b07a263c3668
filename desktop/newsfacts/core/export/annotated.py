"""The draft itself with the review on it, as a Word document: 批注稿.

The fact sheet lists the facts; the annotated draft is what goes back to the reporter or on to
the page editor: the draft's own paragraphs (headings as headings, the Markdown marks left out),
every fact shaded by its verdict (verified green, corrected turquoise, disputed pink, not yet
checked grey), a Word comment on every correction, dispute and note, and one on every finding
still open, anchored on the words it is about.  Word and WPS show the comments in the margin.

It is built from the same ``FactSheet`` as the fact sheet (all facts, whatever the sheet's scope)
and the article as opened; spans are the article's code-point offsets, cut into runs at every
fact and finding boundary.
"""

from __future__ import annotations

import datetime as _dt
import re

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Mm

from ..model import Article, Status
from .atomic import atomic_write
from .docx_writer import DocxStyle, _fix_styles, meta_line
from .markup import mark_up
from .sheet import STATUS_ZH, FactSheet

SHADE = {
    Status.VERIFIED: WD_COLOR_INDEX.BRIGHT_GREEN,
    Status.CORRECTED: WD_COLOR_INDEX.TURQUOISE,
    Status.DISPUTED: WD_COLOR_INDEX.PINK,
    Status.UNCHECKED: WD_COLOR_INDEX.GRAY_25,
}
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def build_annotated(article: Article, sheet: FactSheet, style: DocxStyle | None = None):
    """The annotated draft as a python-docx Document."""
    st = style or DocxStyle()
    doc = Document()
    _fix_styles(doc, st)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(25))
    section.top_margin, section.bottom_margin = Mm(25), Mm(22)

    cp = doc.core_properties
    cp.title = f"批注稿：{sheet.title}"
    cp.subject = sheet.file_name
    cp.author = cp.last_modified_by = sheet.reviewer
    cp.comments = "核稿助手 NewsFacts"
    cp.created = cp.modified = _dt.datetime.now().replace(microsecond=0)

    marked = mark_up(article, sheet)
    n_open = sum(1 for f in sheet.findings if f.is_open and f.finding.spans)

    doc.add_paragraph(f"批注稿：{sheet.title}", style="Title")
    meta_line(doc.add_paragraph(), sheet)
    doc.add_paragraph(f"{sheet.tally_zh()}；待处理的编校提示 {n_open} 条。更正、存疑、备注和编校提示见页边批注。")
    legend = doc.add_paragraph()
    legend.add_run("底色：")
    for status in (Status.VERIFIED, Status.CORRECTED, Status.DISPUTED, Status.UNCHECKED):
        run = legend.add_run(STATUS_ZH[status])
        run.font.highlight_color = SHADE[status]
        legend.add_run("  ")
    doc.add_paragraph()

    for mp in marked:
        para = doc.add_paragraph(style=("Heading 1" if mp.level == 1 else "Heading 2") if mp.level else None)
        runs = []
        for r in mp.runs:
            run = para.add_run(_BAD_XML.sub("", r.text))
            if r.status is not None:
                run.font.highlight_color = SHADE[r.status]
            runs.append(run)
        for note in mp.notes:
            who = "核" if note.finding else note.author[:1]
            doc.add_comment(runs[note.first : note.last + 1], text=note.text, author=note.author, initials=who)
    return doc


def write_annotated(article: Article, sheet: FactSheet, path, style: DocxStyle | None = None) -> str:
    """Write the annotated draft at ``path`` (atomically); return the absolute path written."""
    doc = build_annotated(article, sheet, style)
    return atomic_write(path, lambda tmp: doc.save(tmp))
