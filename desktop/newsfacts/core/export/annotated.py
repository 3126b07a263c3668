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

import bisect
import datetime as _dt
import re
from collections import defaultdict

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Mm

from ..model import Article, Status
from .atomic import atomic_write
from .docx_writer import DocxStyle, _fix_styles, meta_line
from .sheet import SEVERITY_ZH, STATUS_ZH, FactRow, FactSheet, FindingRow

SHADE = {
    Status.VERIFIED: WD_COLOR_INDEX.BRIGHT_GREEN,
    Status.CORRECTED: WD_COLOR_INDEX.TURQUOISE,
    Status.DISPUTED: WD_COLOR_INDEX.PINK,
    Status.UNCHECKED: WD_COLOR_INDEX.GRAY_25,
}
TOOL = "核稿助手"
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def fact_comment(row: FactRow) -> str | None:
    """What the editor said about a fact, for its comment; None when there is nothing to say."""
    r, text = row.review, row.fact.text
    note = f"（{r.note}）" if r.note else ""
    if r.status is Status.CORRECTED and r.correction:
        return f"更正：“{text}”应为“{r.correction}”{note}"
    if r.status is Status.DISPUTED:
        return f"存疑：“{text}”{note}"
    if r.note:
        return f"备注：{r.note}"
    return None


def finding_comment(row: FindingRow) -> str:
    f = row.finding
    rule = f"（依据：{f.rule}）" if f.rule else ""
    return f"编校提示（{SEVERITY_ZH.get(f.severity, '')}）：{f.message}{rule}"


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

    rows = sorted(sheet.all_rows, key=lambda r: (r.fact.start, r.fact.end))
    open_findings = [f for f in sheet.findings if f.is_open and f.finding.spans]
    totals = sheet.status_totals()

    doc.add_paragraph(f"批注稿：{sheet.title}", style="Title")
    meta_line(doc.add_paragraph(), sheet)
    doc.add_paragraph(
        f"共 {len(rows)} 项事实：已核实 {totals[Status.VERIFIED]}，已更正 {totals[Status.CORRECTED]}，"
        f"存疑 {totals[Status.DISPUTED]}，未核 {totals[Status.UNCHECKED]}；"
        f"待处理的编校提示 {len(open_findings)} 条。更正、存疑、备注和编校提示见页边批注。"
    )
    legend = doc.add_paragraph()
    legend.add_run("底色：")
    for status in (Status.VERIFIED, Status.CORRECTED, Status.DISPUTED, Status.UNCHECKED):
        run = legend.add_run(STATUS_ZH[status])
        run.font.highlight_color = SHADE[status]
        legend.add_run("  ")
    doc.add_paragraph()

    paragraphs = [p for p in article.paragraphs if p.end > p.start]  # as reading built them
    starts = [p.start for p in paragraphs]

    def index_of(offset: int) -> int:
        return max(bisect.bisect_right(starts, offset) - 1, 0)

    # every fact and finding under each paragraph it touches
    facts_in: dict[int, list[FactRow]] = defaultdict(list)
    for r in rows:
        for i in range(index_of(r.fact.start), index_of(max(r.fact.end - 1, r.fact.start)) + 1):
            facts_in[i].append(r)
    anchors: dict[int, list[tuple[FindingRow, int, int]]] = defaultdict(list)
    for fr in (open_findings if paragraphs else ()):  # an empty draft has nothing to anchor them on
        sp = min(fr.finding.spans, key=lambda s: s.start)
        i = index_of(sp.start)
        p = paragraphs[i]
        # a span on the break between two paragraphs (a word split by a line break): its paragraph's end
        a, b = max(sp.start, p.start), min(max(sp.end, sp.start + 1), p.end)
        if a >= b:
            a, b = max(p.end - 1, p.start), p.end
        anchors[i].append((fr, a, b))

    text = article.text
    reviewer = sheet.reviewer or ""
    for i, p in enumerate(paragraphs):
        heading = p.kind == "heading"
        para = doc.add_paragraph(style=("Heading 1" if p.level <= 1 else "Heading 2") if heading else None)
        cuts = {p.start, p.end}
        for r in facts_in.get(i, ()):
            cuts.update(c for c in (r.fact.start, r.fact.end) if p.start < c < p.end)
        for _fr, a, b in anchors.get(i, ()):
            cuts.update((a, b))
        edges = sorted(cuts)
        runs = {}
        for a, b in zip(edges, edges[1:]):
            runs[a] = para.add_run(_BAD_XML.sub("", text[a:b]))

        def covering(a: int, b: int, edges=edges, runs=runs) -> list:
            return [runs[e] for e in edges[:-1] if a <= e < b]

        for r in facts_in.get(i, ()):
            span = covering(max(r.fact.start, p.start), min(r.fact.end, p.end))
            for run in span:
                run.font.highlight_color = SHADE[r.status]
            said = fact_comment(r)
            if said and span and index_of(r.fact.start) == i:  # the comment once, where the fact starts
                doc.add_comment(span, text=said, author=r.review.by or reviewer, initials=(r.review.by or reviewer)[:1])
        for fr, a, b in anchors.get(i, ()):
            span = covering(a, b)
            if span:
                doc.add_comment(span, text=finding_comment(fr), author=TOOL, initials="核")
    return doc


def write_annotated(article: Article, sheet: FactSheet, path, style: DocxStyle | None = None) -> str:
    """Write the annotated draft at ``path`` (atomically); return the absolute path written."""
    doc = build_annotated(article, sheet, style)
    return atomic_write(path, lambda tmp: doc.save(tmp))
