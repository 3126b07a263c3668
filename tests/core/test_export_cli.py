"""`newsfacts export`: both files from the command line, clear refusals otherwise."""

from __future__ import annotations

import docx
import openpyxl
from test_cli import run_cli

from conftest import SEED_PAGES
from newsfacts.core.reading import read_article


def test_export_writes_word_and_excel(tmp_path):
    page = SEED_PAGES[0]
    out_docx, out_xlsx = tmp_path / "sheet.docx", tmp_path / "sheet.xlsx"
    proc = run_cli("export", str(page), "--docx", str(out_docx), "--xlsx", str(out_xlsx), "--reviewer", "李明",
                   "--columns", "kind,text", "status")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == [str(out_docx), str(out_xlsx)]
    title = read_article(page).headlines[0].text
    doc = docx.Document(str(out_docx))
    assert doc.paragraphs[0].text == " ".join(title.split())
    assert "李明" in doc.paragraphs[1].text and page.name in doc.paragraphs[1].text
    wb = openpyxl.load_workbook(out_xlsx)
    assert [c.value for c in wb["事实"][1]] == ["所在稿件", "类型", "原文", "状态"]


def test_export_refuses_unknown_columns_and_a_missing_folder(tmp_path):
    page = str(SEED_PAGES[0])
    proc = run_cli("export", page, "--xlsx", str(tmp_path / "x.xlsx"), "--columns", "kind,colour")
    assert proc.returncode != 0 and "colour" in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and not (tmp_path / "x.xlsx").exists()
    proc = run_cli("export", page, "--docx", str(tmp_path / "nowhere" / "x.docx"))
    assert proc.returncode != 0 and "不存在" in proc.stderr and "Traceback" not in proc.stderr
    proc = run_cli("export", page)
    assert proc.returncode != 0 and "--docx" in proc.stderr

