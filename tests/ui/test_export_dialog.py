"""Ctrl+E as an editor uses it: review with the keys, export to Word and Excel, open the files again."""

from __future__ import annotations

import errno
import os
import stat
import tempfile

import docx
from docx.enum.text import WD_COLOR_INDEX
import openpyxl
import pytest
from deskfixtures import fake_analyser, make_active_window, open_and_wait
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from conftest import seed_path
from newsfacts.app.context import AppContext
from newsfacts.core.model import Status
from newsfacts.ui.export_dialog import ExportDialog
from newsfacts.ui.main_window import MainWindow


@pytest.fixture
def desk(qtbot):
    return make_active_window(qtbot)


@pytest.fixture
def warnings(monkeypatch):
    """QMessageBox.warning and .question, stubbed: the texts shown; questions answered Yes."""
    seen: list[str] = []

    def warning(parent, title, text, *a, **k):
        seen.append(text)
        return QMessageBox.StandardButton.Ok

    def question(parent, title, text, *a, **k):
        seen.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "question", question)
    return seen


def press(qtbot, w: MainWindow, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(w.focusWidget() or w.article_view, key, modifier)


def review_two(qtbot, w: MainWindow):
    """J V on the first fact, C on the next one (corrected to 第十六届); returns both facts."""
    w.article_view.setFocus()
    keys = w.facts_proxy.keys()
    press(qtbot, w, Qt.Key.Key_J)
    press(qtbot, w, Qt.Key.Key_V)
    press(qtbot, w, Qt.Key.Key_C)
    w.detail.correction.setText("第十六届")
    qtbot.keyClick(w.detail.correction, Qt.Key.Key_Return)
    review = w.ctx.review
    verified, corrected = review.fact(keys[0]), review.fact(keys[1])
    assert review.state(verified.key).status is Status.VERIFIED
    assert review.state(corrected.key).status is Status.CORRECTED
    return verified, corrected


def open_dialog(qtbot, w: MainWindow) -> ExportDialog:
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    press(qtbot, w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dlg = w.export_dialog
    qtbot.waitUntil(dlg.isVisible)
    return dlg


def only(dlg: ExportDialog, output, path) -> None:
    """Export only ``output`` (dlg.annotated, dlg.pdf, ...) to ``path``: Word and Excel unticked."""
    dlg.word.check.setChecked(False)
    dlg.excel.check.setChecked(False)
    output.check.setChecked(True)
    output.path.setText(str(path))


def export_and_wait(qtbot, dlg: ExportDialog) -> None:
    assert dlg.export_button.isEnabled(), dlg.hint.text()
    dlg.export_button.click()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=20000)


def table_rows(path) -> list[list[str]]:
    return [[c.text for c in row.cells] for t in docx.Document(str(path)).tables for row in t.rows]


def xlsx_facts(path) -> list[dict]:
    ws = openpyxl.load_workbook(path)["事实"]
    header = [c.value for c in ws[1]]
    return [dict(zip(header, (c.value for c in r))) for r in ws.iter_rows(min_row=2)]


def test_export_is_enabled_only_with_an_analysis_and_sits_in_the_file_menu(qtbot, desk):
    assert not desk.export_action.isEnabled()
    file_menu = desk.menuBar().actions()[0].menu()
    assert desk.export_action in file_menu.actions()
    assert desk.export_action.shortcut().toString() == "Ctrl+E"
    assert "Ctrl+E" not in [s.toString() for s in desk.add_action.shortcuts()]  # one key, one action
    open_and_wait(qtbot, desk, seed_path("000"))
    assert desk.export_action.isEnabled()


def test_review_with_the_keys_then_export_both_files(qtbot, desk, tmp_path, warnings, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    open_and_wait(qtbot, desk, seed_path("000"))
    verified, corrected = review_two(qtbot, desk)
    # the finding marked 不是问题 in the window says so in the sheet
    finding = desk.ctx.analysis.findings[0]
    desk.ctx.set_finding_verdict(finding.key, "not a problem")

    dlg = open_dialog(qtbot, desk)
    assert dlg.word.path.text().endswith("000_51b227bd1f4d3619_核稿表.docx")
    assert dlg.excel.path.text().endswith("000_51b227bd1f4d3619_核稿表.xlsx")
    n = len(desk.ctx.review.facts)
    assert f"（{n} 条）" in dlg.all_facts.text() and "（2 条）" in dlg.only_verified.text()
    dlg.word.path.setText(str(tmp_path / "核稿表"))  # the suffix is added
    dlg.excel.path.setText(str(tmp_path / "明细.xlsx"))
    dlg.reviewer.setText("李明")
    export_and_wait(qtbot, dlg)
    assert warnings == []
    word, excel = tmp_path / "核稿表.docx", tmp_path / "明细.xlsx"
    assert word.exists() and excel.exists()
    assert not dlg.isVisible()
    assert "核稿表.docx" in desk.statusBar().currentMessage()

    # the success box names both files and opens their folder
    box = dlg.done_box
    assert box.isVisible() and str(word) in box.informativeText() and str(excel) in box.informativeText()
    dlg.open_folder_button.click()
    assert opened == [str(tmp_path)]

    # Word: the verified fact, the corrected one with its correction; the reviewer on the sheet
    rows = table_rows(word)
    assert any(verified.text in r and "已核实" in r for r in rows)
    assert any(corrected.text in r and "已更正" in r and "第十六届" in r for r in rows)
    assert any("未核" in r for r in rows)
    assert any("李明" in p.text for p in docx.Document(str(word)).paragraphs)
    # Excel: one fact a row, the same verdicts
    facts = xlsx_facts(excel)
    assert len(facts) == n
    assert any(r["原文"] == verified.text and r["状态"] == "已核实" for r in facts)
    assert any(r["原文"] == corrected.text and r["状态"] == "已更正" and r["更正为"] == "第十六届" for r in facts)
    ws = openpyxl.load_workbook(excel)["问题"]
    assert [c.value for c in ws[2]][-1] == "不是问题"


def test_only_verified_leaves_out_unchecked_facts(qtbot, desk, tmp_path, warnings):
    open_and_wait(qtbot, desk, seed_path("000"))
    verified, corrected = review_two(qtbot, desk)
    dlg = open_dialog(qtbot, desk)
    dlg.word.check.setChecked(False)
    assert not dlg.word.path.isEnabled()
    dlg.excel.path.setText(str(tmp_path / "verified.xlsx"))
    dlg.only_verified.setChecked(True)
    export_and_wait(qtbot, dlg)
    assert not (tmp_path / "verified.docx").exists()
    facts = xlsx_facts(tmp_path / "verified.xlsx")
    assert sorted((r["原文"], r["状态"]) for r in facts) == sorted([(verified.text, "已核实"), (corrected.text, "已更正")])


def test_what_is_exported_is_what_the_window_shows_at_that_moment(qtbot, desk, tmp_path, warnings):
    open_and_wait(qtbot, desk, seed_path("000"))
    verified, _ = review_two(qtbot, desk)
    dlg = open_dialog(qtbot, desk)
    dlg.word.check.setChecked(False)
    dlg.excel.path.setText(str(tmp_path / "now.xlsx"))
    request = dlg.request()
    desk.ctx.undo_stack.undo()  # a decision taken back after the snapshot does not change it
    desk.ctx.undo_stack.undo()
    states = {f.key: s.status for f, s in request.rows}
    assert states[verified.key] is Status.VERIFIED
    # and an export started now writes the window's current state
    export_and_wait(qtbot, dlg)
    assert all(r["状态"] == "未核" for r in xlsx_facts(tmp_path / "now.xlsx"))


def test_a_folder_that_cannot_be_written_gives_a_message_and_keeps_the_dialog(qtbot, desk, tmp_path, warnings, monkeypatch):
    open_and_wait(qtbot, desk, seed_path("000"))
    review_two(qtbot, desk)
    locked = tmp_path / "只读"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.access(locked, os.W_OK):  # running as root: make the system refuse, as it would anyone else
        real = tempfile.mkstemp

        def refuse(*a, dir=None, **k):
            if dir is not None and os.path.samefile(dir, locked):
                raise PermissionError(errno.EACCES, "Permission denied", dir)
            return real(*a, dir=dir, **k)

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    dlg = open_dialog(qtbot, desk)
    dlg.word.path.setText(str(locked / "a.docx"))
    dlg.excel.path.setText(str(tmp_path / "b.xlsx"))
    export_and_wait(qtbot, dlg)
    assert len(warnings) == 1
    assert "a.docx" in warnings[0] and "没有写入权限" in warnings[0]
    assert str(tmp_path / "b.xlsx") in warnings[0]  # the other file was written, and says so
    assert (tmp_path / "b.xlsx").exists() and not list(locked.iterdir())
    assert dlg.isVisible() and dlg.export_button.isEnabled()
    assert dlg.word.path.hasFocus()
    assert "失败" in desk.statusBar().currentMessage()
    # the editor picks another folder and exports again
    dlg.word.path.setText(str(tmp_path / "a.docx"))
    export_and_wait(qtbot, dlg)
    assert (tmp_path / "a.docx").exists() and not dlg.isVisible()
    assert any("已经存在" in w for w in warnings)  # b.xlsx: asked before replacing it
    locked.chmod(stat.S_IRWXU)


def test_declining_to_replace_a_file_leaves_it_alone(qtbot, desk, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    open_and_wait(qtbot, desk, seed_path("000"))
    old = tmp_path / "old.xlsx"
    old.write_bytes(b"kept")
    dlg = open_dialog(qtbot, desk)
    dlg.word.check.setChecked(False)
    dlg.excel.path.setText(str(old))
    assert dlg.export() is False
    assert old.read_bytes() == b"kept" and dlg.isVisible() and not dlg.busy


def test_nothing_to_export_says_why(qtbot, desk, tmp_path):
    open_and_wait(qtbot, desk, seed_path("000"))
    dlg = open_dialog(qtbot, desk)
    dlg.word.check.setChecked(False)
    dlg.excel.check.setChecked(False)
    assert not dlg.export_button.isEnabled() and dlg.hint.text() == "请至少选择一种导出文件"
    dlg.excel.check.setChecked(True)
    dlg.excel.path.clear()
    assert not dlg.export_button.isEnabled() and "保存位置" in dlg.hint.text()
    dlg.excel.path.setText(str(tmp_path / "x.xlsx"))
    dlg.columns_model.set_chosen([])
    assert not dlg.export_button.isEnabled() and "一列" in dlg.hint.text()
    dlg.default_columns.click()
    assert dlg.export_button.isEnabled() and dlg.hint.text() == ""


def test_the_annotated_draft_carries_the_verdicts_of_the_window(qtbot, desk, tmp_path, warnings):
    open_and_wait(qtbot, desk, seed_path("000"))
    verified, corrected = review_two(qtbot, desk)
    dlg = open_dialog(qtbot, desk)
    assert not dlg.annotated.check.isChecked()  # off until asked for
    assert dlg.annotated.path.text().endswith("000_51b227bd1f4d3619_批注稿.docx")
    only(dlg, dlg.annotated, tmp_path / "批注稿")
    export_and_wait(qtbot, dlg)
    assert warnings == []
    doc = docx.Document(str(tmp_path / "批注稿.docx"))
    said = [c.text for c in doc.comments]
    assert f"更正：“{corrected.text}”应为“第十六届”" in said
    assert sum(t.startswith("编校提示") for t in said) == len(desk.ctx.analysis.findings)
    green = [r.text for p in doc.paragraphs for r in p.runs if r.font.highlight_color == WD_COLOR_INDEX.BRIGHT_GREEN]
    assert verified.text in green
    assert desk.ctx.settings.get("export/annotated") == 1  # asked for again next time


def test_the_annotated_draft_as_a_pdf_to_print(qtbot, desk, tmp_path, warnings):
    """Written in the background like the others; a folder that is not there gets the exports'
    message and the other files are still written."""
    import re

    open_and_wait(qtbot, desk, seed_path("000"))
    review_two(qtbot, desk)
    dlg = open_dialog(qtbot, desk)
    assert not dlg.pdf.check.isChecked()  # off until asked for
    assert dlg.pdf.path.text().endswith("000_51b227bd1f4d3619_批注稿.pdf")
    only(dlg, dlg.pdf, tmp_path / "打印稿")  # the suffix is added
    export_and_wait(qtbot, dlg)
    assert warnings == []
    data = (tmp_path / "打印稿.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", data)) >= 3
    assert "打印稿.pdf" in desk.statusBar().currentMessage()
    assert desk.ctx.settings.get("export/pdf") == 1
    dlg.done_box.close()

    desk.export_fact_sheet()  # (the menu entry; Ctrl+E is tested above)
    qtbot.waitUntil(dlg.isVisible)
    assert dlg.pdf.check.isChecked()
    dlg.excel.check.setChecked(True)
    dlg.excel.path.setText(str(tmp_path / "明细.xlsx"))
    dlg.pdf.path.setText(str(tmp_path / "没有这个文件夹" / "打印稿.pdf"))
    export_and_wait(qtbot, dlg)
    assert warnings and "不存在" in warnings[-1]
    assert (tmp_path / "明细.xlsx").exists()


def test_two_exports_to_one_file_are_refused(qtbot, desk, tmp_path):
    open_and_wait(qtbot, desk, seed_path("000"))
    dlg = open_dialog(qtbot, desk)
    dlg.annotated.check.setChecked(True)
    dlg.annotated.path.setText(dlg.word.path.text())
    assert not dlg.export_button.isEnabled() and dlg.hint.text() == "两种导出文件不能用同一个文件名"


def test_choices_are_kept_on_reopen_and_remembered_next_time(qtbot, desk, tmp_path, warnings):
    open_and_wait(qtbot, desk, seed_path("000"))
    dlg = open_dialog(qtbot, desk)
    assert dlg.reviewer.text()  # the login name, or what was typed last
    defaults = dlg.columns_model.chosen()
    assert "context" in defaults and "by" not in defaults
    dlg.columns_model.set_chosen(["text", "status", "correction"])
    dlg.only_verified.setChecked(True)
    dlg.word.check.setChecked(False)
    dlg.reviewer.setText("王芳")
    dlg.excel.path.setText(str(tmp_path / "自定.xlsx"))
    dlg.reject()
    assert not dlg.isVisible()
    # reopened in the same session: everything as the editor left it, even without exporting
    again = open_dialog(qtbot, desk)
    assert again is dlg
    assert dlg.columns_model.chosen() == ("text", "status", "correction")
    assert dlg.only_verified.isChecked() and not dlg.word.check.isChecked()
    assert dlg.reviewer.text() == "王芳" and dlg.excel.path.text() == str(tmp_path / "自定.xlsx")
    export_and_wait(qtbot, dlg)
    header = [c.value for c in openpyxl.load_workbook(tmp_path / "自定.xlsx")["事实"][1]]
    assert header == ["所在稿件", "原文", "状态", "更正为"]

    # a new window (next start of the program): the same choices, the last export folder
    w2 = MainWindow(AppContext(analyser=fake_analyser))
    qtbot.addWidget(w2)
    w2.show()
    qtbot.waitExposed(w2)
    open_and_wait(qtbot, w2, seed_path("003"))
    d2 = open_dialog(qtbot, w2)
    assert d2.columns_model.chosen() == ("text", "status", "correction")
    assert d2.only_verified.isChecked() and not d2.word.check.isChecked() and d2.excel.check.isChecked()
    assert d2.reviewer.text() == "王芳"
    assert d2.excel.path.text() == str(tmp_path / "003_aa133b16483350d9_核稿表.xlsx")


def test_browse_uses_the_file_dialog_and_adds_the_suffix(qtbot, desk, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked = []

    def save_name(parent, title, start, pattern, *a, **k):
        asked.append((title, start, pattern))
        return str(tmp_path / "选的名字"), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    open_and_wait(qtbot, desk, seed_path("000"))
    dlg = open_dialog(qtbot, desk)
    start = dlg.word.path.text()
    dlg.word.browse.click()
    assert asked == [("保存 Word 核稿表", start, "Word 文档 (*.docx)")]
    assert dlg.word.path.text() == str(tmp_path / "选的名字.docx")


def test_the_columns_model_passes_qtmodeltester(qtbot, qtmodeltester, desk):
    open_and_wait(qtbot, desk, seed_path("000"))
    dlg = open_dialog(qtbot, desk)
    qtmodeltester.check(dlg.columns_model)
    labels = [dlg.columns_model.item(r).text() for r in range(dlg.columns_model.rowCount())]
    assert labels[:3] == ["类型", "原文", "规范值"] and "更正为" in labels
