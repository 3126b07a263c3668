"""The draft with the review on it, laid out once for every medium: Word's 批注稿 and the printed
(or PDF) proof.

``mark_up`` cuts each paragraph of the article, as reading built it, into runs at every fact and
finding boundary; each run knows the verdict of the fact it belongs to (for its shading), and each
note (a correction, a dispute, an editor's note, a finding still open) knows the runs it is about.
Word anchors a margin comment on them; a printed page puts a numbered mark after them and the
note at the end.  Offsets are the article's code points; nothing here knows about Word or Qt.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass

from ..model import Article, Status
from .sheet import SEVERITY_ZH, FactRow, FactSheet, FindingRow

TOOL = "核稿助手"  # the author of the findings' notes


@dataclass(frozen=True)
class Run:
    text: str
    status: Status | None  # the verdict of the fact this stretch of text belongs to; None: no fact


@dataclass(frozen=True)
class Note:
    text: str
    author: str
    first: int  # the runs it is about: runs[first : last + 1] of its paragraph
    last: int
    finding: bool  # a copy-editor's finding (by the tool), not the editor's word


@dataclass(frozen=True)
class MarkedParagraph:
    level: int  # 0 for body text, 1 for a headline, 2 for a subhead
    runs: tuple[Run, ...]
    notes: tuple[Note, ...]


def fact_comment(row: FactRow) -> str | None:
    """What the editor said about a fact, for its note; None when there is nothing to say."""
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


def mark_up(article: Article, sheet: FactSheet) -> list[MarkedParagraph]:
    """Every paragraph of the article (empty ones left out), cut into runs, with its notes: the
    facts' (in the order of the text, once, in the paragraph where the fact starts), then the open
    findings' (on the paragraph of a finding's first span)."""
    rows = sorted(sheet.all_rows, key=lambda r: (r.fact.start, r.fact.end))
    open_findings = [f for f in sheet.findings if f.is_open and f.finding.spans]
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
        sp = fr.finding.first_span
        i = index_of(sp.start)
        p = paragraphs[i]
        # a span on the break between two paragraphs (a word split by a line break): its paragraph's end
        a, b = max(sp.start, p.start), min(max(sp.end, sp.start + 1), p.end)
        if a >= b:
            a, b = max(p.end - 1, p.start), p.end
        anchors[i].append((fr, a, b))

    text = article.text
    reviewer = sheet.reviewer or ""
    out = []
    for i, p in enumerate(paragraphs):
        cuts = {p.start, p.end}
        for r in facts_in.get(i, ()):
            cuts.update(c for c in (r.fact.start, r.fact.end) if p.start < c < p.end)
        for _fr, a, b in anchors.get(i, ()):
            cuts.update((a, b))
        edges = sorted(cuts)
        status: list[Status | None] = [None] * (len(edges) - 1)

        def covering(a: int, b: int, edges=edges) -> list[int]:
            return [k for k, e in enumerate(edges[:-1]) if a <= e < b]

        notes = []
        for r in facts_in.get(i, ()):
            span = covering(max(r.fact.start, p.start), min(r.fact.end, p.end))
            for k in span:
                status[k] = r.status
            said = fact_comment(r)
            if said and span and index_of(r.fact.start) == i:  # the note once, where the fact starts
                notes.append(Note(said, r.review.by or reviewer, span[0], span[-1], False))
        for fr, a, b in anchors.get(i, ()):
            span = covering(a, b)
            if span:
                notes.append(Note(finding_comment(fr), TOOL, span[0], span[-1], True))
        runs = tuple(Run(text[a:b], status[k]) for k, (a, b) in enumerate(zip(edges, edges[1:])))
        level = (1 if p.level <= 1 else 2) if p.kind == "heading" else 0
        out.append(MarkedParagraph(level, runs, tuple(notes)))
    return out
