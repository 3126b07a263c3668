"""A fact sheet: what the editor hands on, built once from an analysis and its review.

Both writers (``docx_writer``, ``xlsx_writer``) read only a ``FactSheet``; neither looks at the
store, the pipeline or the UI.  Building the sheet is where the options apply (only verified facts,
which columns), so the two files always say the same thing.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..errors import NewsFactsError
from ..model import ENTITY_KINDS, Analysis, Article, Fact, Finding, Kind, Severity, Span, Status
from ..review import FactReview, Review, current_user

KIND_ZH: dict[Kind, str] = {
    Kind.PERSON: "人名",
    Kind.ORG: "机构",
    Kind.PLACE: "地名",
    Kind.MONEY: "金额",
    Kind.PERCENT: "百分比",
    Kind.COUNT: "数量",
    Kind.MEASURE: "度量",
    Kind.DATE: "日期",
    Kind.TIME: "时刻",
    Kind.TIME_SPAN: "时长",
    Kind.ORDINAL: "序数",
    Kind.SCORE: "比分",
}

STATUS_ZH: dict[Status, str] = {
    Status.UNCHECKED: "未核",
    Status.VERIFIED: "已核实",  # as the window says it
    Status.CORRECTED: "已更正",
    Status.DISPUTED: "存疑",
}

SEVERITY_ZH: dict[Severity, str] = {Severity.HIGH: "高", Severity.MEDIUM: "中", Severity.LOW: "低"}

# What the editor said about a finding (Finding.key -> verdict); no verdict means still open.
VERDICT_FIXED = "fixed"
VERDICT_NOT_A_PROBLEM = "not a problem"
VERDICT_ZH = {VERDICT_FIXED: "已改", VERDICT_NOT_A_PROBLEM: "不是问题", None: "待处理"}

# The columns an editor can choose, in the order they appear, with their Chinese headers.
COLUMNS: dict[str, str] = {
    "kind": "类型",
    "text": "原文",
    "value": "规范值",
    "unit": "单位",
    "date": "日期",
    "role": "职务/身份",
    "status": "状态",
    "correction": "更正为",
    "note": "备注",
    "context": "上下文",
    "by": "核对人",
    "at": "核对时间",
}
DEFAULT_COLUMNS: tuple[str, ...] = tuple(COLUMNS)

# Context longer than this is cut around the fact (…), so a table row stays readable.
CONTEXT_LIMIT = 90


class ExportError(NewsFactsError):
    """An export that could not be written: names the file and says why."""

    def __init__(self, name: str, why_zh: str, why_en: str | None = None) -> None:
        self.name = name
        self.why_zh = why_zh
        self.why_en = why_en or why_zh
        if name:
            super().__init__(f"无法导出“{name}”：{why_zh}", f"Cannot export “{name}”: {self.why_en}")
        else:
            super().__init__(f"无法导出：{why_zh}", f"Cannot export: {self.why_en}")


def parse_columns(spec: str | Iterable[str] | None) -> tuple[str, ...]:
    """Column keys from "kind,text,status" or a list; unknown names raise ExportError."""
    if spec is None:
        return DEFAULT_COLUMNS
    parts = re.split(r"[,,\s]+", spec) if isinstance(spec, str) else [p for s in spec for p in re.split(r"[,,\s]+", s)]
    wanted = [p.strip() for p in parts if p.strip()]
    unknown = [p for p in wanted if p not in COLUMNS]
    if unknown:
        names = ", ".join(COLUMNS)
        raise ExportError(
            "",
            f"没有这些列：{', '.join(unknown)}（可选：{names}）",
            f"unknown columns: {', '.join(unknown)} (choose from {names})",
        )
    if not wanted:
        raise ExportError("", "至少要选一列", "choose at least one column")
    # Keep the sheet's own order, drop repeats.
    return tuple(c for c in COLUMNS if c in wanted)


@dataclass(frozen=True)
class FactRow:
    """One fact with its verdict and the sentence it stands in."""

    fact: Fact
    review: FactReview
    context: str
    # Where the fact stands inside ``context`` (code points), for bold in Word.
    mark: tuple[int, int]

    @property
    def status(self) -> Status:
        return self.review.status


@dataclass(frozen=True)
class Section:
    """One article of the page and its facts."""

    title: str
    start: int
    end: int
    rows: tuple[FactRow, ...]


@dataclass(frozen=True)
class FindingRow:
    finding: Finding
    verdict: str | None  # VERDICT_FIXED, VERDICT_NOT_A_PROBLEM or None (open)
    section: str  # the title of the article it stands in

    @property
    def is_open(self) -> bool:
        return self.verdict is None


@dataclass(frozen=True)
class FactSheet:
    title: str
    file_name: str
    date: _dt.date
    reviewer: str
    sections: tuple[Section, ...]
    findings: tuple[FindingRow, ...]
    columns: tuple[str, ...] = DEFAULT_COLUMNS
    only_verified: bool = False
    # Facts on the page before ``only_verified`` left some out: the summary counts every fact.
    all_rows: tuple[FactRow, ...] = ()

    @property
    def rows(self) -> list[FactRow]:
        return [r for s in self.sections for r in s.rows]

    def counts(self) -> dict[Kind, dict[Status, int]]:
        """Facts on the page by kind and status (all facts, whatever was exported)."""
        c = Counter((r.fact.kind, r.status) for r in self.all_rows)
        return {k: {s: c.get((k, s), 0) for s in Status} for k in Kind if any(c.get((k, s)) for s in Status)}

    def status_totals(self) -> dict[Status, int]:
        c = Counter(r.status for r in self.all_rows)
        return {s: c.get(s, 0) for s in Status}

    def tally_zh(self) -> str:
        """共 229 项事实：已核实 129，已更正 5，存疑 6，未核 89: the first line of every summary."""
        t = self.status_totals()
        return (
            f"共 {sum(t.values())} 项事实：已核实 {t[Status.VERIFIED]}，已更正 {t[Status.CORRECTED]}，"
            f"存疑 {t[Status.DISPUTED]}，未核 {t[Status.UNCHECKED]}"
        )

    def meta_zh(self) -> tuple[tuple[str, str], ...]:
        """文件 / 日期 / 核对人 and their values, as every export heads its pages."""
        return (("文件", self.file_name), ("日期", self.date.isoformat()), ("核对人", self.reviewer or "—"))

    @property
    def open_findings(self) -> list[FindingRow]:
        return [f for f in self.findings if f.is_open]

    def section_of(self, row: FactRow) -> str:
        for s in self.sections:
            if row in s.rows:
                return s.title
        return ""


def page_title(article: Article) -> str:
    """The page's first headline, or the file name when it has none."""
    for h in article.headlines:
        t = " ".join(h.text.split())
        if t:
            return t
    return article.name


def context_of(article: Article, fact: Fact, limit: int = CONTEXT_LIMIT) -> tuple[str, tuple[int, int]]:
    """The sentence around a fact (cut to ``limit`` around it) and where the fact stands in it."""
    sent: Span = article.sentence_around(fact.start, fact.end)
    s, e = min(sent.start, fact.start), max(sent.end, fact.end)
    if e - s > limit:
        room = max(0, limit - (fact.end - fact.start))
        before = min(fact.start - s, room // 2)
        after = min(e - fact.end, room - before)
        before = min(fact.start - s, room - after)
        s2, e2 = fact.start - before, fact.end + after
        lead = "…" if s2 > s else ""
        tail = "…" if e2 < e else ""
        s, e = s2, e2
    else:
        lead = tail = ""
    raw = article.text[s:e]
    # One line in a table cell: layout breaks inside the sentence become nothing, other white space one space.
    pieces = [lead]
    mark_start = mark_end = 0
    pos = len(lead)
    for i, ch in enumerate(raw):
        at = s + i
        if at == fact.start:
            mark_start = pos
        if ch in "\r\n":
            ch = ""
        pieces.append(ch)
        pos += len(ch)
        if at + 1 == fact.end:
            mark_end = pos
    if fact.start == fact.end:
        mark_start = mark_end = pos
    pieces.append(tail)
    return "".join(pieces), (mark_start, mark_end)


def _section_index(stories: Sequence[tuple[int, int]], offset: int) -> int:
    for i, (s, e) in enumerate(stories):
        if s <= offset < e:
            return i
    return -1


def build_fact_sheet(
    analysis: Analysis,
    review: Review | None = None,
    finding_verdicts: Mapping[str, str] | None = None,
    *,
    reviewer: str | None = None,
    date: _dt.date | None = None,
    only_verified: bool = False,
    columns: str | Iterable[str] | None = None,
    title: str | None = None,
) -> FactSheet:
    """The sheet of one page: facts grouped by article, findings with the editor's verdicts.

    ``only_verified`` keeps the facts the editor verified or corrected; the summary still
    counts every fact.  Facts the editor removed never appear.
    """
    article = analysis.article
    review = review if review is not None else Review(analysis)
    verdicts = dict(finding_verdicts or {})
    cols = parse_columns(columns)

    stories = [(s.start, s.end) for s in article.stories]
    titles = [" ".join(" ".join(h.text.split()) for h in s.headlines) or f"第{i + 1}篇" for i, s in enumerate(article.stories)]

    all_rows: list[FactRow] = []
    grouped: dict[int, list[FactRow]] = {}
    for fact, state in review:
        ctx, mark = context_of(article, fact)
        row = FactRow(fact, state, ctx, mark)
        all_rows.append(row)
        if only_verified and state.status not in (Status.VERIFIED, Status.CORRECTED):
            continue
        grouped.setdefault(_section_index(stories, fact.start), []).append(row)

    sections: list[Section] = []
    if -1 in grouped:  # facts outside any story: the page head, or a page without headlines
        label = "页面其他部分" if stories else page_title(article)
        sections.append(Section(label, 0, len(article.text), tuple(grouped[-1])))
    for i, (s, e) in enumerate(stories):
        if i in grouped:
            sections.append(Section(titles[i], s, e, tuple(grouped[i])))

    findings = []
    for f in analysis.findings:
        i = _section_index(stories, f.start)
        findings.append(FindingRow(f, verdicts.get(f.key), titles[i] if i >= 0 else ""))

    return FactSheet(
        title=title or page_title(article),
        file_name=article.name,
        date=date or _dt.date.today(),
        reviewer=current_user() if reviewer is None else reviewer,
        sections=tuple(sections),
        findings=tuple(findings),
        columns=cols,
        only_verified=only_verified,
        all_rows=tuple(all_rows),
    )


# Cell values shared by both writers --------------------------------------------------------------


def format_number(v: float | int) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, int):
        return f"{v:,}"
    return f"{v:,.6f}".rstrip("0").rstrip(".")


def value_text(f: Fact) -> str:
    """The normalised value as a reader would write it: 10,450,000,000 元, 1~2 个, 2023-12-30, 15:30."""
    if f.kind in (Kind.DATE, Kind.TIME):
        return f.date or ""
    if f.kind is Kind.SCORE:
        return f.score or ""
    if f.value is None:
        return ""
    v = format_number(f.value)
    if f.value_max is not None:
        v += "~" + format_number(f.value_max)
    return f"{v} {f.unit}" if f.unit else v


def full_date(s: str | None) -> _dt.date | None:
    """A date that names one whole day (2023-12-30); None for 2024, 2021-11 or intervals."""
    if not s or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return _dt.date.fromisoformat(s)
    except ValueError:
        return None


def review_time(at: str) -> _dt.datetime | None:
    """When the editor decided, as local time without a zone (what a spreadsheet can hold)."""
    if not at:
        return None
    try:
        t = _dt.datetime.fromisoformat(at)
    except ValueError:
        return None
    if t.tzinfo is not None:
        t = t.astimezone().replace(tzinfo=None)
    return t.replace(microsecond=0)


def kind_zh(kind: Kind) -> str:
    return KIND_ZH.get(kind, str(kind))


def is_entity(f: Fact) -> bool:
    return f.kind in ENTITY_KINDS


def one_line(text: str) -> str:
    """Text for a table cell: a line break shows as ↵ (where a layout break split a word), spaces collapse."""
    return re.sub(r"[ \t\u3000]*(?:\r?\n[ \t\u3000]*)+", "↵", text).strip()


def finding_text(f: Finding) -> str:
    return " / ".join(one_line(s.text) for s in f.spans)


# Chinese names of the checks' finding kinds; a kind not listed shows as written.
FINDING_KIND_ZH: dict[str, str] = {
    "headline_body_mismatch": "标题与正文不符",
    "unsupported_headline_claim": "标题无正文支撑",
    "missing_body": "缺正文",
    "missing_lead": "缺导语",
    "misplaced_headline": "标题错位",
    "split_heading": "标题断开",
    "broken_word_linebreak": "断行拆词",
    "broken_sentence_linebreak": "断行断句",
    "duplicated_paragraph": "段落重复",
    "pasted_fragment": "误贴片段",
    "displaced_fragment": "段落错位",
    "truncated_text": "文字残缺",
    "figure_conflict": "数字矛盾",
    "name_inconsistency": "名称不一",
    "traditional_character": "繁体字",
    "wrong_character": "错字",
    "missing_character": "漏字",
    "wrong_term": "用词错误",
    "possible_wrong_term": "疑似用词错误",
    "possible_misattribution": "疑似张冠李戴",
    "awkward_phrase": "语句不通",
    "measure_word": "量词不当",
    "arithmetic": "计算不符",
    "percentage_points": "百分点误用",
    "list_count": "列举数目不符",
    "duplicated_sentence": "句子重复",
    "impossible_date": "日期有误",
    "weekday_mismatch": "星期与日期不符",
    "age_mismatch": "年龄与出生年份不符",
    "impossible_time": "时刻有误",
    "number_usage": "数字用法",
    "simplified_character": "简体字",
    "person_role_conflict": "职务不一",
    "name_order": "排名顺序",
    "banned_usage": "禁用词",
    "translated_name": "译名不规范",
    "unpaired_mark": "标点不成对",
    "doubled_punctuation": "标点连用",
    "doubled_word": "字词重复",
    "misspelled_word": "错别字",
    "variant_form": "异形词",
    "wrong_formulation": "提法有误",
    "memory-role": "职务与已核实不符",
    "memory-spelling": "与已核实名称差一字",
    "memory-style": "本报用词规范",
    "memory-order": "本报排名顺序",
    "memory-post": "职务另有其人",
    "memory-formulation": "本报规范提法",
}


def finding_kind_zh(kind: str) -> str:
    return FINDING_KIND_ZH.get(kind, kind)
