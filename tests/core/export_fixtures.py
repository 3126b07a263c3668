"""A small page with a fact of each sort the sheets treat differently, and an editor's decisions."""

from __future__ import annotations

from newsfacts.core.model import Analysis, Fact, Finding, Kind, Severity, Span
from newsfacts.core.reading import article_from_text
from newsfacts.core.review import Action, Decision, Review

PAGE = (
    "# 解放区经济稳步增长\n\n"
    "本报讯(记者詹长松)2023年12月30日,解放区委书记赵海燕说,全年生产总值104.5亿元,增长145.5%。\n\n"
    "2024年,全区将新建1~2个公园。\n\n"
    "# 寒潮来袭\n\n"
    "=SUM(A1)样的字样也会出现在稿件里,气温降到-5℃。\n"
)


def fact(text: str, kind: Kind, nth: int = 0, **kw) -> Fact:
    start = -1
    for _ in range(nth + 1):
        start = PAGE.index(text, start + 1)
    return Fact(kind, start, start + len(text), text, **kw)


def page_analysis():
    article = article_from_text(PAGE, name="经济版.txt", path="/drafts/经济版.txt")
    facts = (
        fact("詹长松", Kind.PERSON, role="记者"),
        fact("2023年12月30日", Kind.DATE, date="2023-12-30"),
        fact("赵海燕", Kind.PERSON, role="解放区委书记"),
        fact("104.5亿元", Kind.MONEY, value=10450000000, unit="元"),
        fact("145.5%", Kind.PERCENT, value=145.5, unit="%"),
        fact("2024年", Kind.DATE, date="2024"),
        fact("1~2个", Kind.COUNT, value=1, value_max=2, unit="个"),
        fact("=SUM(A1)", Kind.ORG),
        fact("-5℃", Kind.MEASURE, value=-5, unit="℃"),
    )
    s = PAGE.index("145.5%")
    findings = (
        Finding("figure_conflict", Severity.HIGH, (Span(s, s + 6, "145.5%"),), "增幅超过百分之百,请核对。"),
        Finding("wrong_term", Severity.LOW, (Span(0, 1, "#"),), "标题符号多余。"),
    )
    return Analysis(article, facts, findings)


def reviewed(analysis):
    """赵海燕 verified, 104.5亿元 corrected, 145.5% disputed, 2024年 removed; one finding fixed."""
    review = Review(analysis)
    by_text = {f.text: f for f in analysis.facts}
    at = "2024-02-24T09:30:00+08:00"
    review.apply(Decision(Action.VERIFY, by_text["赵海燕"], by="李明", at=at))
    review.apply(Decision(Action.CORRECT, by_text["104.5亿元"], correction="140.5亿元", note="=对照统计公报", by="李明", at=at))
    review.apply(Decision(Action.DISPUTE, by_text["145.5%"], note="待问记者", by="李明", at=at))
    review.apply(Decision(Action.VERIFY, by_text["2023年12月30日"], by="李明", at=at))
    review.apply(Decision(Action.REMOVE, by_text["2024年"], by="李明", at=at))
    verdicts = {analysis.findings[1].key: "fixed"}
    return review, verdicts
