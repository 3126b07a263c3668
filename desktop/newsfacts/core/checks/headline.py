"""Headline against body: session numbers, figures and names the body states differently or never."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ..model import Article, Fact, Finding, Kind, Paragraph, Severity
from . import check
from ._text import ByStart, Figure, cn_to_int, figures, qualifier_sense

# 十届二次会议 / 第十届…第三次会议 / 十二届五次全会
_SESSION = re.compile(
    r"第?(?P<term>[一二三四五六七八九十百\d]+)届(?P<body>[^\s,\uff0c。;\uff1b、届“”]{0,14}?)第?(?P<sitting>[一二三四五六七八九十\d]+)次"
)
_COUNT_WORDS = {"个", "家", "项", "所", "座", "处", "批", "件", "台", "套", "户"}


def _num(s: str) -> int | None:
    return int(s) if s.isdigit() else cn_to_int(s)


def sections(article: Article) -> list[tuple[Paragraph, int, int]]:
    """(heading, start, end) of the text each heading stands over: to the next heading of its
    level or above, within its story."""
    paras = article.paragraphs
    out = []
    for i, p in enumerate(paras):
        if p.kind != "heading":
            continue
        story_end = next((s.end for s in article.stories if s.start <= p.start < s.end), len(article.text))
        end = story_end
        for k in range(i + 1, len(paras)):
            q = paras[k]
            if q.start >= story_end:
                break
            # a second headline line directly under the first belongs to the same title
            if q.kind == "heading" and q.level <= p.level and paras[k - 1].kind != "heading":
                end = q.start
                break
        out.append((p, p.end, end))
    return out


@check
def headline_sessions(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """政协解放区十届二次会议 in the headline, 第十届…第三次会议 in the body."""
    text = article.text
    out = []
    for story in article.stories:
        body_start = max((h.end for h in story.headlines), default=story.start)
        body = [(m, _num(m["term"]), _num(m["sitting"])) for m in _SESSION.finditer(text, body_start, story.end)]
        for h in story.headlines:
            for m in _SESSION.finditer(text, h.start, h.end):
                term, sitting = _num(m["term"]), _num(m["sitting"])
                same_term = [b for b in body if b[1] == term]
                if not same_term or any(b[2] == sitting for b in same_term):
                    continue
                b = same_term[0]
                out.append(Finding(
                    "headline_body_mismatch", Severity.HIGH,
                    (article.span(m.start(), m.end()), article.span(b[0].start(), b[0].end())),
                    f"标题写“{m.group(0)}”,正文写“{b[0].group(0)}”:同一届会议的次数不一致"
                    f"(第{sitting}次还是第{b[2]}次),请核对会议名称。",
                ))
    return out


def _compatible(a: Figure, b: Figure) -> bool:
    if a.kind != b.kind:
        return False
    return a.unit == b.unit or (a.unit in _COUNT_WORDS and b.unit in _COUNT_WORDS)


@check
def headline_figures(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """A figure in a heading that its section gives differently (40余家 / 近40个) or never."""
    text = article.text
    figs = ByStart(figures(article, facts))
    out = []
    for head, start, end in sections(article):
        in_head = [g for g in figs.up_to(head.start, head.end) if g.end <= head.end]
        in_body = figs.between(start, end)
        if not in_body:
            continue
        for g in in_head:
            if re.search(r"[(\uff08][^)\uff09]*$", text[head.start : g.start]):
                continue  # (附图片1张): a note in brackets, not the headline's claim
            same = [b for b in in_body if _compatible(g, b) and abs(b.value - g.value) < 1e-9]
            if same:
                q = [b for b in same if qualifier_sense(b.qualifier) != qualifier_sense(g.qualifier)]
                if len(q) == len(same):
                    b = q[0]
                    # 40余家 over 近40个 says two things; 1600名 over 1600多名 is a headline that
                    # dropped the body's 多, as headlines do: worth a look, less urgent
                    sev = Severity.LOW if qualifier_sense(g.qualifier) == "=" else Severity.MEDIUM
                    out.append(Finding(
                        "figure_conflict", sev,
                        (article.span(g.start, g.end), article.span(b.start, b.end)),
                        f"标题写“{g.text}”,正文写“{b.text}”:"
                        f"{_sense_zh(g.qualifier)}与{_sense_zh(b.qualifier)}说法矛盾,请核对准确数字。",
                    ))
                continue
            if not any(c.isdigit() for c in g.text):
                continue  # 三家公司: a headline's count in words, the body usually lists them
            near = [b for b in in_body if _compatible(g, b)]
            what = f"标题中的“{g.text}”在正文中没有出现"
            if near and g.kind in (Kind.MONEY, Kind.PERCENT):
                what += f"(正文同类数字为“{near[0].text}”等)"
            out.append(Finding(
                "unsupported_headline_claim", Severity.LOW, (article.span(g.start, g.end),),
                what + ":标题的数字应能在正文中找到出处,请核对。",
            ))
    return out


def _sense_zh(q: str | None) -> str:
    return {"=": "确数", ">": f"“{q}”(多于)", "<": f"“{q}”(不足)", "~": f"“{q}”(约数)"}[qualifier_sense(q)]


_CREDIT = re.compile(r"(?:记者|通讯员|作者|撰稿|撰文|摄影|特约|实习生|编辑|文/|图/|文图/)\s*$")
_NOTE = re.compile(r"[(\uff08][^)\uff09]*[)\uff09]")


def _byline(line: str, f_start: int, f_end: int) -> bool:
    """The name is the line's author, not its subject: 本报记者许宏治, 林业部部长陈耀邦 or
    ———孙道权 alone at the end of the line, a credit in brackets (吴明摄)."""
    if any(m.start() <= f_start and f_end <= m.end() for m in _NOTE.finditer(line)):
        return True
    if _CREDIT.search(line[:f_start]):
        return True
    rest = _NOTE.sub("", line[f_end:]).strip(" \t\u3000")
    return rest == ""


def _written_otherwise(name: str, body_persons: list[Fact]) -> Fact | None:
    """A person in the body whose name differs from ``name`` in one character (赵海燕 / 赵海艳)."""
    for b in body_persons:
        t = b.text
        if len(t) == len(name) >= 2 and t != name and sum(x != y for x, y in zip(t, name)) == 1:
            return b
    return None


@check
def headline_names(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """A person named in a headline whom the story under it calls otherwise or never mentions.

    Bylines and credits set as heading lines (本报记者许宏治, 林业部部长陈耀邦, （吴明摄）) name the
    author, not the subject, and are left alone.  Places are not checked: a headline shortens
    or nicknames them (沪, 蓉城, 美加) where the body writes them out, so a place missing from
    the body says little."""
    text = article.text
    persons = [f for f in facts if f.kind == Kind.PERSON and f.text and "\n" not in f.text]
    out = []
    # persons by position: each heading looks only at the names inside it, in the facts' order
    named = sorted(range(len(persons)), key=lambda i: persons[i].start)
    starts = [persons[i].start for i in named]
    for head, start, end in sections(article):
        body = text[start:end]
        if len(body.strip()) < 20:
            continue  # a heading with no text under it: layout reports that
        line = text[head.start : head.end]
        for f in (persons[i] for i in sorted(named[bisect_left(starts, head.start) : bisect_right(starts, head.end)])):
            if not (head.start <= f.start and f.end <= head.end) or f.text in body:
                continue
            if _byline(line, f.start - head.start, f.end - head.start):
                continue
            other = _written_otherwise(f.text, [b for b in persons if start <= b.start < end])
            if other is not None:
                out.append(Finding(
                    "headline_body_mismatch", Severity.MEDIUM,
                    (article.span(f.start, f.end), article.span(other.start, other.end)),
                    f"标题写“{f.text}”,正文写“{other.text}”:同一人名两种写法,请核对。",
                ))
            else:
                out.append(Finding(
                    "headline_body_mismatch", Severity.LOW, (article.span(f.start, f.end),),
                    f"标题中的“{f.text}”在正文中没有出现:正文的写法可能不同,或标题写错了。",
                ))
    return out
