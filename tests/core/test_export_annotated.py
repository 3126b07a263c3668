"""The annotated draft (批注稿): the draft as opened, facts shaded by verdict, comments in the margin."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX
from export_fixtures import PAGE, page_analysis, reviewed

from conftest import run_cli, seed_path
from newsfacts.core.export import build_fact_sheet
from newsfacts.core.export.annotated import write_annotated


@pytest.fixture
def written(tmp_path):
    analysis = page_analysis()
    review, verdicts = reviewed(analysis)
    # the sheet's scope leaves facts out; the annotated draft still shows every one
    sheet = build_fact_sheet(analysis, review, verdicts, reviewer="李明", date=dt.date(2024, 2, 24), only_verified=True)
    path = tmp_path / "批注稿.docx"
    assert write_annotated(analysis.article, sheet, path) == str(path)
    return docx.Document(str(path))


def body(doc):
    """The paragraphs after the head (title, file line, summary, legend, a blank line)."""
    return doc.paragraphs[5:]


def shade_of(paragraph, text: str):
    runs = [r for r in paragraph.runs if r.text == text]  # runs are cut at every fact's edges
    assert runs, (text, [r.text for r in paragraph.runs])
    return runs[0].font.highlight_color


def test_the_draft_is_there_as_written_with_headings(written):
    paras = body(written)
    assert [p.text for p in paras] == [line.lstrip("# ") for line in PAGE.split("\n") if line.strip()]
    assert [p.style.name for p in paras if p.style.name.startswith("Heading")] == ["Heading 1", "Heading 1"]
    head = [p.text for p in written.paragraphs[:5]]
    assert head[0] == "批注稿：解放区经济稳步增长"
    assert "李明" in head[1] and "2024-02-24" in head[1]
    # every fact on the page is counted, whatever the sheet's scope; 2024年 was removed
    assert "共 8 项事实：已核实 2，已更正 1，存疑 1，未核 4" in head[2] and "待处理的编校提示 1 条" in head[2]


def test_facts_are_shaded_by_verdict(written):
    story = body(written)[1]
    assert shade_of(story, "赵海燕") == WD_COLOR_INDEX.BRIGHT_GREEN
    assert shade_of(story, "104.5亿元") == WD_COLOR_INDEX.TURQUOISE
    assert shade_of(story, "145.5%") == WD_COLOR_INDEX.PINK
    assert shade_of(story, "詹长松") == WD_COLOR_INDEX.GRAY_25
    plain = [r for r in story.runs if r.text.startswith("说,全年生产总值")]
    assert plain and plain[0].font.highlight_color is None
    # the removed fact is not shaded
    later = body(written)[2]
    assert all(r.font.highlight_color is None for r in later.runs if "2024年" in r.text)


def test_corrections_disputes_notes_and_open_findings_are_comments(written):
    said = {c.text: c.author for c in written.comments}
    assert said["更正：“104.5亿元”应为“140.5亿元”（=对照统计公报）"] == "李明"
    assert said["存疑：“145.5%”（待问记者）"] == "李明"
    assert said["编校提示（高）：增幅超过百分之百,请核对。"] == "核稿助手"
    # the finding the editor marked fixed, and verified facts without a note, have none
    assert not any("标题符号" in t for t in said) and len(said) == 3
    # each comment sits on the words it is about
    xml = written.element.body.xml
    start = xml.index('w:commentRangeStart w:id="0"')
    end = xml.index('w:commentRangeEnd w:id="0"')
    assert "104.5亿元" in xml[start:end] and "145.5%" not in xml[start:end]


def test_a_seed_page_from_the_command_line(tmp_path):
    out = tmp_path / "批注稿.docx"
    r = run_cli("export", str(seed_path("003")), "--annotated", str(out))
    assert r.returncode == 0, r.stderr
    doc = docx.Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "高新区经济工作会议召开" in text and "本报讯(记者郭树勋)" in text
    assert len(doc.comments) >= 10  # the page's open findings, each in the margin
    shaded = [r.text for p in doc.paragraphs for r in p.runs if r.font.highlight_color == WD_COLOR_INDEX.GRAY_25]
    assert "郭树勋" in shaded and "2023年12月30日" in shaded
