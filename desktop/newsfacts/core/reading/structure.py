"""Paragraphs, headlines, bylines and stories of a page.

Works on a list of ``Line``: one paragraph of the original text each, with its markup already
told apart (``#`` headings in .txt/.md, heading styles in .docx); ``infer_headlines`` finds the
headings of a draft that marks none from its layout.  Everything here is in original offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Byline, Paragraph, Span, Story

_HEADING = re.compile(r"(#{1,6})[ \t\u3000]+")
_BOLD = re.compile(r"^\*\*(.+?)\*\*$")
# 本报讯(记者詹长松)  本报讯 (记者 詹长松 通讯员 王某)  本报讯(记者郭树勋)
_NEWS_BYLINE = re.compile(r"^(?:本报讯|本报[^\s(\uff08]{0,8}电)[ \u3000]*[(\uff08]([^()\uff08\uff09]{1,40})[)\uff09]")
# 本报记者 詹长松 / 本报记者 刘金元 摄 / 本报通讯员 王某
_STAFF_BYLINE = re.compile(r"^本报(记者|通讯员|特约记者|见习记者)[ \u3000]*([\u4e00-\u9fff·][\u4e00-\u9fff· \u3000、]{1,30}?)[ \u3000]*(摄影?|报道|文/图|文)?$")
# A wire story's dateline: 新华社北京1月14日电（记者孙杰）, 据中新社广州5月3日电, 人民网北京1月3日电
_WIRE_DATELINE = re.compile(
    r"^据?(?:新华社|中新社|中国新闻社|人民网|新华网|中新网|央视网|央广网|光明网)[^\s(\uff08,\uff0c。]{0,16}?电"
    r"(?:[ \u3000]*[(\uff08]([^()\uff08\uff09]{1,40})[)\uff09])?"
)
# An editorial's or a commentary's byline on a line of its own: 本报评论员, 本报编辑部
_DESK_BYLINE = re.compile(r"^本报(特约评论员|评论员|编辑部)$")
# What opens a news story's first paragraph: its byline or a wire's dateline
_DATELINES = (_NEWS_BYLINE, _WIRE_DATELINE)
_ROLE_WORDS = ("特约记者", "见习记者", "实习生", "通讯员", "记者")
_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·]{1,5}")


@dataclass(frozen=True, slots=True)
class Line:
    """A paragraph as the reader found it: where its visible text is, and what it is."""

    start: int
    end: int
    kind: str = "body"  # heading / body / caption (a line set apart in bold)
    level: int = 0
    # True where the source ends the line on purpose (Markdown hard break: two trailing spaces).
    hard_break: bool = False


def split_lines(text: str) -> list[Line]:
    """Markdown-ish paragraphs of a .txt/.md draft."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        body = raw.rstrip(" \t\u3000")
        if not body.strip():
            continue
        hard = len(raw) - len(body) >= 2 and raw.endswith("  ")
        lead = len(body) - len(body.lstrip(" \t\u3000"))
        s, e = start + lead, start + len(body)
        m = _HEADING.match(text, s, e)
        if m:
            lines.append(Line(m.end(), e, "heading", len(m.group(1)), hard))
            continue
        b = _BOLD.match(text[s:e])
        if b:
            lines.append(Line(s + 2, e - 2, "caption", 0, True))
            continue
        lines.append(Line(s, e, "body", 0, hard))
    return lines


_SENTENCE_MARKS = frozenset("。!?\uff01\uff1f;\uff1b")


def title_like(words: str) -> bool:
    """Words that can stand as a title: short, with no sentence's punctuation, not stopping on a
    comma or a colon."""
    return 0 < len(words) <= 40 and not _SENTENCE_MARKS.intersection(words) and words[-1] not in ",\uff0c、:\uff1a"


def _headline_like(text: str, ln: Line) -> bool:
    """A line that can be a headline: plain body text, title-like, no byline."""
    return ln.kind == "body" and title_like(text[ln.start : ln.end]) and find_byline(text, ln.start, ln.end) is None


def infer_headlines(text: str, lines: list[Line]) -> list[Line]:
    """Headlines of a draft that marks none (a plain .txt, a Word file in one style): the short
    lines without a sentence's punctuation right above a byline (本报讯（记者…）, 本报记者 詹长松),
    up to three of them (引题, 主题, 副题).  Without this the headline reads as the start of the
    byline's sentence, and the headline checks never see it.  A photo credit (本报记者 刘金元 摄)
    is no byline of a story: the caption above it stays text."""
    out = list(lines)
    for j, ln in enumerate(lines):
        if ln.kind != "body":
            continue
        b = find_byline(text, ln.start, ln.end)
        if b is None or b.role == "摄影记者" or text[ln.start : ln.end].rstrip().endswith(("摄", "摄影")):
            continue
        i = j - 1
        while i >= 0 and j - i <= 3 and _headline_like(text, out[i]):
            out[i] = replace(out[i], kind="heading", level=1)
            i -= 1
    if any(ln.kind == "heading" for ln in lines):
        return out  # a draft that marks its headings marks its subheads too
    for i, ln in enumerate(out):
        if _subhead(text, out, i):
            out[i] = replace(ln, kind="heading", level=3)
    return out


# A date line or a page number at the top of a page: the paper's furniture, not a heading.
_FURNITURE = re.compile(r"^[\d\uff10-\uff19〇一二三四五六七八九十年月日号星期天周第版期总\s\u3000:：/.\-—()（）]+$")
_PARAGRAPH_END = frozenset("。!?\uff01\uff1f;\uff1b”’」』)\uff09")
# A line that stops on one of these stops mid-phrase (…首批重点项目,对于 / …和): no subhead.
_OPEN_END = frozenset("的和与及在对把被将为从向由是了地得并或而")


def _subhead(text: str, lines: list[Line], i: int) -> bool:
    """A subhead of a draft with no markup: a short line without a sentence's punctuation, after a
    paragraph that finished its sentence (or a headline, or at the top), before a longer paragraph
    of sentences (数字中的骄人成绩 / 一、省市重点项目完成投资104.5亿元).  A run of short lines (a
    list, a table) has none; a short fragment a layout break cut off ends on a word that opens a
    phrase, or comes before no full paragraph."""
    ln = lines[i]
    line = text[ln.start : ln.end]
    if not _headline_like(text, ln) or len(line) > 30 or line[-1] in _OPEN_END or i + 1 >= len(lines):
        return False
    if _FURNITURE.match(line):
        return False
    nxt = lines[i + 1]
    body = text[nxt.start : nxt.end]
    if nxt.kind != "body" or len(body) < 2 * len(line) or not _SENTENCE_MARKS.intersection(body):
        return False
    if i > 0:
        prev = lines[i - 1]
        if not (prev.kind == "heading" or text[prev.end - 1] in _PARAGRAPH_END or _FURNITURE.match(text, prev.start, prev.end)):
            return False
    # not when the line and the next make one word across the break (推动城市更 / 新提质): a layout
    # break, which the layout check reports
    from ..extraction.segmenter import word_across

    return word_across(text[max(0, ln.end - 4) : ln.end], text[nxt.start : nxt.start + 4]) is None

def find_byline(text: str, start: int, end: int) -> Byline | None:
    seg = text[start:end]
    for pattern in _DATELINES:
        m = pattern.match(seg)
        if m:
            span = Span(start, start + m.end(), m.group(0))
            if m.group(1) is None:  # a wire dateline that names no reporter
                return Byline(span, (), "记者")
            return Byline(span, _reporters(text, start + m.start(1), start + m.end(1)), _first_role(m.group(1)))
    m = _DESK_BYLINE.match(seg)
    if m:
        return Byline(Span(start, end, seg), (), m.group(1))
    m = _STAFF_BYLINE.match(seg)
    if m:
        role = m.group(1)
        if m.group(3) and m.group(3).startswith("摄"):
            role = "摄影记者" if role == "记者" else role
        return Byline(Span(start, end, seg), _reporters(text, start + m.start(2), start + m.end(2)), role)
    return None


def _first_role(inner: str) -> str:
    for w in _ROLE_WORDS:
        if inner.lstrip().startswith(w):
            return w
    return "记者"


def _reporters(text: str, start: int, end: int) -> tuple[Span, ...]:
    """Names inside a byline's brackets: role words and separators are not names."""
    inner = text[start:end]
    masked = inner
    for w in _ROLE_WORDS:
        masked = masked.replace(w, "\0" * len(w))
    out = []
    for m in _NAME.finditer(masked):
        out.append(Span(start + m.start(), start + m.end(), m.group(0)))
    return tuple(out)


def build_structure(
    text: str, lines: list[Line]
) -> tuple[tuple[Paragraph, ...], tuple[Byline, ...], tuple[Story, ...]]:
    paragraphs: list[Paragraph] = []
    bylines: list[Byline] = []
    for ln in lines:
        kind = ln.kind
        if kind == "body":
            b = find_byline(text, ln.start, ln.end)
            if b is not None:
                bylines.append(b)
                if b.span.end == ln.end:
                    kind = "byline"
        paragraphs.append(Paragraph(ln.start, ln.end, kind, ln.level))
    return tuple(paragraphs), tuple(bylines), _stories(text, paragraphs)


def _stories(text: str, paragraphs: list[Paragraph]) -> tuple[Story, ...]:
    """Split a page into its articles.

    A story starts at a headline of level 1 or 2, or at any headline whose next paragraph opens
    with a news byline (本报讯…) or a wire dateline (新华社…电).  Headlines that follow each other belong to the same story.
    """
    if not paragraphs:
        return ()
    starts: list[int] = []
    for i, p in enumerate(paragraphs):
        if p.kind != "heading":
            continue
        nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        opens_news = nxt is not None and nxt.kind != "heading" and any(
            p.match(text, nxt.start, nxt.end) for p in _DATELINES
        )
        if p.level <= 2 or opens_news:
            if starts and all(q.kind == "heading" for q in paragraphs[starts[-1] : i]):
                continue  # a second or third headline line of the same story (引题, 主题, 副题)
            starts.append(i)
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    stories = []
    for k, i in enumerate(starts):
        j = starts[k + 1] if k + 1 < len(starts) else len(paragraphs)
        heads = []
        for p in paragraphs[i:j]:
            if p.kind != "heading":
                break
            heads.append(Span(p.start, p.end, text[p.start : p.end]))
        stories.append(Story(tuple(heads), paragraphs[i].start, paragraphs[j - 1].end))
    return tuple(stories)
