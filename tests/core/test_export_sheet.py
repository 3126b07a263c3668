"""The fact sheet both exports are written from: grouping, options, counts, context."""

from __future__ import annotations

import datetime as dt

import pytest
from export_fixtures import page_analysis, reviewed

from newsfacts.core.export import ExportError, build_fact_sheet, parse_columns
from newsfacts.core.export.sheet import context_of, one_line, value_text
from newsfacts.core.model import Kind, Status


def test_facts_are_grouped_under_their_article_with_the_editors_verdicts():
    analysis = page_analysis()
    review, verdicts = reviewed(analysis)
    sheet = build_fact_sheet(analysis, review, verdicts, reviewer="李明", date=dt.date(2024, 2, 24))
    assert sheet.title == "解放区经济稳步增长"
    assert sheet.file_name == "经济版.txt" and sheet.reviewer == "李明"
    assert [s.title for s in sheet.sections] == ["解放区经济稳步增长", "寒潮来袭"]
    first = [r.fact.text for r in sheet.sections[0].rows]
    assert "赵海燕" in first and "-5℃" not in first
    assert "2024年" not in first  # removed by the editor
    states = {r.fact.text: r.review for r in sheet.rows}
    assert states["104.5亿元"].status is Status.CORRECTED and states["104.5亿元"].correction == "140.5亿元"
    assert states["145.5%"].status is Status.DISPUTED and states["145.5%"].note == "待问记者"
    assert [(f.finding.kind, f.is_open) for f in sheet.findings] == [("figure_conflict", True), ("wrong_term", False)]
    assert len(sheet.open_findings) == 1


def test_only_verified_keeps_verified_and_corrected_but_the_summary_counts_everything():
    analysis = page_analysis()
    review, verdicts = reviewed(analysis)
    sheet = build_fact_sheet(analysis, review, verdicts, only_verified=True)
    assert {r.fact.text for r in sheet.rows} == {"赵海燕", "104.5亿元", "2023年12月30日"}
    totals = sheet.status_totals()
    assert totals[Status.UNCHECKED] == 4 and totals[Status.DISPUTED] == 1 and sum(totals.values()) == 8
    assert sheet.counts()[Kind.PERSON] == {Status.UNCHECKED: 1, Status.VERIFIED: 1, Status.CORRECTED: 0, Status.DISPUTED: 0}


def test_a_page_without_headlines_is_titled_by_its_file_name():
    from newsfacts.core.model import Analysis
    from newsfacts.core.reading import article_from_text

    article = article_from_text("全年生产总值104.5亿元。\n", name="稿子.txt")
    sheet = build_fact_sheet(Analysis(article, ()), None, None)
    assert sheet.title == "稿子.txt" and sheet.rows == [] and sheet.findings == ()


def test_context_is_the_sentence_with_the_fact_marked():
    analysis = page_analysis()
    zhao = next(f for f in analysis.facts if f.text == "赵海燕")
    ctx, (a, b) = context_of(analysis.article, zhao)
    assert ctx[a:b] == "赵海燕"
    assert ctx.startswith("本报讯") and ctx.endswith("。")


def test_a_long_sentence_is_cut_around_the_fact():
    from newsfacts.core.model import Fact
    from newsfacts.core.reading import article_from_text

    text = "甲" * 300 + "赵海燕" + "乙" * 300 + "。"
    article = article_from_text(text, name="x.txt")
    f = Fact(Kind.PERSON, 300, 303, "赵海燕")
    ctx, (a, b) = context_of(article, f, limit=40)
    assert ctx[a:b] == "赵海燕" and ctx.startswith("…") and ctx.endswith("…")
    assert len(ctx) <= 42


def test_values_read_like_a_reader_writes_them():
    by_text = {f.text: f for f in page_analysis().facts}
    assert value_text(by_text["104.5亿元"]) == "10,450,000,000 元"
    assert value_text(by_text["145.5%"]) == "145.5 %"
    assert value_text(by_text["1~2个"]) == "1~2 个"
    assert value_text(by_text["2023年12月30日"]) == "2023-12-30"
    assert one_line("党的二\n\n十大") == "党的二↵十大"


def test_columns_can_be_chosen_and_unknown_ones_are_refused():
    assert parse_columns("status, kind,text") == ("kind", "text", "status")
    assert parse_columns(["kind", "context"]) == ("kind", "context")
    with pytest.raises(ExportError) as err:
        parse_columns("kind,colour")
    assert "colour" in err.value.message_zh and "可选" in err.value.message_zh
    with pytest.raises(ExportError):
        parse_columns("")


def test_every_kind_of_finding_has_a_chinese_name_in_the_fact_sheet():
    """The 问题 sheet names each finding's kind in Chinese; a check added without a name would
    show an English identifier to the editors."""
    import re
    from pathlib import Path

    import newsfacts
    from newsfacts.core.export.sheet import FINDING_KIND_ZH, finding_kind_zh
    from newsfacts.core.store import checks as memory_checks

    src = Path(newsfacts.__file__).parent / "core"
    kinds = set()
    for path in src.rglob("*.py"):
        kinds.update(re.findall(r'Finding\(\s*"([a-z_]+)"', path.read_text(encoding="utf-8")))
    kinds |= {memory_checks.ROLE_CONFLICT, memory_checks.NEAR_DUPLICATE, memory_checks.HOUSE_STYLE}
    assert len(kinds) >= 25  # the scan found the checks
    missing = sorted(k for k in kinds if k not in FINDING_KIND_ZH)
    assert missing == []
    assert finding_kind_zh("unpaired_mark") == "标点不成对"
