"""`newsfacts export`: both files from the command line, clear refusals otherwise."""

from __future__ import annotations

import docx
import openpyxl
from conftest import run_cli

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



def test_export_prints_the_annotated_draft_to_a_pdf_without_a_screen(tmp_path, monkeypatch):
    import re

    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):  # a server, a cron job
        monkeypatch.delenv(var, raising=False)
    out = tmp_path / "批注稿.pdf"
    proc = run_cli("export", str(SEED_PAGES[0]), "--pdf", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == [str(out)]
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", data)) >= 3
    assert b"NotoSansCJK" in data or b"CJK" in data  # the Chinese text is set in a CJK font
    # a folder that is not there: one line on stderr, nothing written
    proc = run_cli("export", str(SEED_PAGES[0]), "--pdf", str(tmp_path / "nowhere" / "x.pdf"))
    assert proc.returncode == 3 and "不存在" in proc.stderr and "Traceback" not in proc.stderr


def test_export_uses_the_decisions_stored_for_that_file(tmp_path):
    """Decisions recorded through the store appear in the exported sheet."""
    import openpyxl

    from newsfacts.core.pipeline import analyse
    from newsfacts.core.reading import read_article
    from newsfacts.core.review import Action, Decision
    from newsfacts.core.store import ReviewStore

    page = SEED_PAGES[0]
    article = read_article(page)
    analysis = analyse(article)
    with ReviewStore() as store:
        opened = store.open_review(article, analysis)
        first = opened.review.facts[0]
        store.record(opened.document_id, opened.review.apply(Decision(Action.CORRECT, first, correction="更正值")))
    out = tmp_path / "sheet.xlsx"
    proc = run_cli("export", str(page), "--xlsx", str(out))
    assert proc.returncode == 0, proc.stderr
    wb = openpyxl.load_workbook(out)
    values = [c.value for row in wb.worksheets[1].iter_rows() for c in row]
    assert "更正值" in values
