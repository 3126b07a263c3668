"""Never lose a decision, in the window: closing, undo, a revised draft on disk, verdicts, bad cases."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest
import deskfixtures
from deskfixtures import make_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from conftest import ROOT, seed_path
from newsfacts.core.model import Analysis, Fact, Kind, Status
from newsfacts.core.review import Action
from newsfacts.core.store import ROLE_CONFLICT, ReviewStore
from newsfacts.ui.main_window import MainWindow
from newsfacts.ui.models import CHANGED_ROLE, KEY_ROLE


def open_and_wait(qtbot, w: MainWindow, path) -> None:
    deskfixtures.open_and_wait(qtbot, w, path, timeout=15000)


def fact(w: MainWindow, text: str, nth: int = 0) -> Fact:
    return [f for f in w.ctx.review.facts if f.text == text][nth]


def decide(w: MainWindow, f: Fact, action: Action, **kw) -> None:
    w.select_fact(f.key)
    assert w.decide(action, **kw)


def state(w: MainWindow, text: str, nth: int = 0):
    return w.ctx.review.state(fact(w, text, nth).key)


def copy_seed(tmp_path, name="page.txt"):
    page = tmp_path / name
    page.write_text(seed_path("000").read_text(encoding="utf-8"), encoding="utf-8")
    return page


def save_by_replace(path, text: str) -> None:
    """How editors save: a new file written beside the old one, then renamed over it."""
    tmp = str(path) + ".saving"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    """A modal box in a test would wait for a click that never comes: record what it said."""
    said: list[str] = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: said.append(a[2]) or QMessageBox.StandardButton.Close)
    return said


def test_decisions_survive_closing_the_window(qtbot, tmp_path):
    page = copy_seed(tmp_path)
    w = make_window(qtbot)
    open_and_wait(qtbot, w, page)
    decide(w, fact(w, "104.5亿元"), Action.VERIFY)
    decide(w, fact(w, "焦作"), Action.CORRECT, correction="焦作市")
    decide(w, fact(w, "第十五届"), Action.DISPUTE)
    w.close()

    w2 = make_window(qtbot)
    open_and_wait(qtbot, w2, page)
    assert state(w2, "104.5亿元").status is Status.VERIFIED
    assert state(w2, "焦作").status is Status.CORRECTED and state(w2, "焦作").correction == "焦作市"
    assert state(w2, "第十五届").status is Status.DISPUTED
    assert w2.ctx.opened.how == "same"
    assert w2.counts_label.text().count("已核实 1") == 1  # the status bar counts the replayed decisions


def test_undo_and_redo_are_written_too(qtbot, tmp_path):
    page = copy_seed(tmp_path)
    w = make_window(qtbot)
    open_and_wait(qtbot, w, page)
    decide(w, fact(w, "104.5亿元"), Action.VERIFY)
    decide(w, fact(w, "焦作"), Action.VERIFY)
    decide(w, fact(w, "第十五届"), Action.VERIFY)
    w.ctx.undo_stack.undo()  # 第十五届 back to unchecked
    w.ctx.undo_stack.undo()  # 焦作 too
    w.ctx.undo_stack.redo()  # 焦作 verified again
    removed = fact(w, "2024年")
    w.select_fact(removed.key)
    w.remove_fact()
    w.ctx.undo_stack.undo()  # the removal taken back
    w.close()

    w2 = make_window(qtbot)
    open_and_wait(qtbot, w2, page)
    assert state(w2, "104.5亿元").status is Status.VERIFIED
    assert state(w2, "焦作").status is Status.VERIFIED
    assert state(w2, "第十五届").status is Status.UNCHECKED
    assert w2.ctx.review.fact(removed.key) in w2.ctx.review.facts


# a revised draft: a figure and a name changed, a paragraph cut
CUT = "成功引进袁老四火锅"


def figures_and_names(article, *, lexicon=None, progress=None) -> Analysis:
    """Every figure (a stand-in for the number extractor) and the names the revision touches."""
    text = article.text
    facts = [Fact(Kind.COUNT, m.start(), m.end(), m.group(0))
             for m in re.finditer(r"\d+(?:\.\d+)?(?:亿元|万元|万人次|%|个)", text)]
    for name in ("赵海燕", "赵海艳"):
        facts += [Fact(Kind.PERSON, m.start(), m.end(), name) for m in re.finditer(name, text)]
    return Analysis(article, tuple(sorted(facts, key=lambda f: (f.start, f.end))))


def revise(text: str) -> str:
    first = text.index("赵海燕")
    text = text[:first] + "赵海艳" + text[first + 3 :]
    text = text.replace("702万人次", "720万人次", 1)
    start = text.index(CUT)
    end = text.index("\n", start) + 1
    return text[:start] + text[end:].lstrip("\n")


def test_revised_draft_on_disk_is_reloaded_with_decisions_carried_and_changes_marked(qtbot, tmp_path):
    page = copy_seed(tmp_path)
    w = make_window(qtbot, analyser=figures_and_names)
    open_and_wait(qtbot, w, page)
    decide(w, fact(w, "赵海燕"), Action.VERIFY)
    decide(w, fact(w, "702万人次"), Action.VERIFY)
    decide(w, fact(w, "21个"), Action.VERIFY)
    decide(w, fact(w, "145.5%"), Action.DISPUTE, note="计划数待核")
    cut = next(f for f in w.ctx.review.facts if f.start > w.ctx.article.text.index(CUT))
    decide(w, cut, Action.VERIFY)

    save_by_replace(page, revise(page.read_text(encoding="utf-8")))
    qtbot.waitUntil(lambda: w.file_bar.isVisible(), timeout=5000)
    assert "已在磁盘上被修改" in w.file_bar.text
    with qtbot.waitSignal(w.highlightsShown, timeout=15000):
        w.file_bar.button("重新载入").click()

    ctx = w.ctx
    assert ctx.opened.how == "revised"
    assert "720万人次" in ctx.article.text
    # unchanged decisions carried over
    assert state(w, "21个").status is Status.VERIFIED
    assert state(w, "145.5%").status is Status.DISPUTED and state(w, "145.5%").note == "计划数待核"
    # the changed figure and name are marked, and start unchecked
    changed = {c.new.text: c for c in ctx.changed.values()}
    assert set(changed) == {"720万人次", "赵海艳"}
    assert changed["720万人次"].old.text == "702万人次"
    assert state(w, "720万人次").status is Status.UNCHECKED
    model = w.facts_model
    row = model.row_of(fact(w, "720万人次").key)
    assert model.data(model.index(row, 0), CHANGED_ROLE) is not None
    assert "变更" in model.data(model.index(row, model.COLUMNS.index("status")))
    # the status filter's 变更 entry shows exactly the changed facts
    panel = w.facts_panel
    panel.status.setCurrentIndex(panel.status.findText("变更"))
    shown = {w.facts_proxy.data(w.facts_proxy.index(r, 0), KEY_ROLE) for r in range(w.facts_proxy.rowCount())}
    assert shown == set(ctx.changed)
    # old and new in the fact detail
    w.detail_dock.show()
    w.detail_dock.content()
    w.select_fact(fact(w, "720万人次").key)
    assert w.detail.changed.isVisible()
    assert "702万人次" in w.detail.changed.text() and "720万人次" in w.detail.changed.text()
    # the cut paragraph's fact is listed as removed; the editor is told
    assert [r.fact.text for r in ctx.removed] == [cut.text]
    assert w.revision_bar.isVisible() and "已删去" in w.revision_bar.text
    dialog = w.show_revision()
    rows = dialog.rows()
    assert ["删去", cut.text] == [rows[-1][0], rows[-1][2]]
    assert any(r[0] == "变更" and r[2] == "702万人次" and r[3] == "720万人次" for r in rows)


def test_a_vanished_file_is_told_and_the_review_stays(qtbot, tmp_path):
    page = copy_seed(tmp_path)
    w = make_window(qtbot)
    open_and_wait(qtbot, w, page)
    n = len(w.ctx.review.facts)
    page.unlink()
    qtbot.waitUntil(lambda: w.file_bar.isVisible(), timeout=5000)
    assert "删除或移走" in w.file_bar.text
    assert len(w.ctx.review.facts) == n and w.article_view.toPlainText()
    decide(w, fact(w, "焦作"), Action.VERIFY)  # work goes on, and is kept
    with ReviewStore() as store:
        assert store.decisions(w.ctx.document_id)[-1].action is Action.VERIFY


def test_finding_verdict_persists(qtbot, tmp_path):
    page = copy_seed(tmp_path)
    w = make_window(qtbot)
    open_and_wait(qtbot, w, page)
    w.findings_dock.show()
    w.findings_dock.content()
    panel = w.findings_panel
    panel.view.setCurrentIndex(panel.view.model().index(0, 0))
    panel.not_a_problem.click()
    key = w.ctx.analysis.findings[0].key
    w.close()

    w2 = make_window(qtbot)
    open_and_wait(qtbot, w2, page)
    assert w2.ctx.finding_verdicts == {key: "not a problem"}
    assert w2.findings_model.data(w2.findings_model.index(0, 4)) == "不是问题"


def test_database_locked_by_another_window_keeps_the_decision_and_writes_it_later(qtbot, tmp_path):
    page = copy_seed(tmp_path)
    w = make_window(qtbot, busy_timeout_ms=100)
    open_and_wait(qtbot, w, page)
    other = sqlite3.connect(w.ctx.store.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    decide(w, fact(w, "104.5亿元"), Action.VERIFY)
    assert w.store_bar.isVisible() and "另一个核稿助手窗口" in w.store_bar.text and "暂存" in w.store_bar.text
    assert w.unsaved_label.isVisible() and "1 个决定尚未写入" in w.unsaved_label.text()
    assert state(w, "104.5亿元").status is Status.VERIFIED  # still shown as decided
    other.execute("COMMIT")
    other.close()
    w.store_bar.button("重试").click()
    qtbot.waitUntil(lambda: not w.unsaved_label.isVisible(), timeout=5000)
    assert not w.store_bar.isVisible()
    with ReviewStore() as store:
        assert [d.fact.text for d in store.decisions(w.ctx.document_id)] == ["104.5亿元"]


def test_disk_full_keeps_the_decision_until_there_is_room(qtbot, tmp_path):
    page = copy_seed(tmp_path)
    w = make_window(qtbot)
    open_and_wait(qtbot, w, page)
    conn = w.ctx.store.db.conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    long_note = "向区统计局核对原始报表" * 900  # ~30 KB: more than the pages there is room for
    w.detail_dock.show()
    w.detail_dock.content()
    w.select_fact(fact(w, "焦作").key)
    w.detail.note.setText(long_note)
    w.detail.note.returnPressed.emit()
    assert "磁盘已满" in w.store_bar.text and "暂存" in w.store_bar.text
    assert state(w, "焦作").note == long_note
    conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    w.store_bar.button("重试").click()
    qtbot.waitUntil(lambda: w.ctx.unsaved == 0, timeout=5000)
    w.close()
    w2 = make_window(qtbot)
    open_and_wait(qtbot, w2, page)
    assert state(w2, "焦作").note == long_note


def test_data_folder_not_writable_says_so_and_keeps_decisions(qtbot, tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the data folder should be")
    data = blocker / "data"
    monkeypatch.setenv("NEWSFACTS_DATA_DIR", str(data))
    page = copy_seed(tmp_path)
    w = make_window(qtbot)
    open_and_wait(qtbot, w, page)
    assert w.store_bar.isVisible() and "无法在数据文件夹" in w.store_bar.text
    decide(w, fact(w, "焦作"), Action.VERIFY)
    assert "暂存" in w.store_bar.text and w.ctx.unsaved == 1
    assert state(w, "焦作").status is Status.VERIFIED
    blocker.unlink()  # the editor fixes the folder
    w.store_bar.button("重试").click()
    qtbot.waitUntil(lambda: w.ctx.unsaved == 0, timeout=5000)
    w.close()
    w2 = make_window(qtbot)
    open_and_wait(qtbot, w2, page)
    assert state(w2, "焦作").status is Status.VERIFIED


def test_closing_with_unsaved_decisions_asks_first(qtbot, tmp_path, monkeypatch, _no_modal_boxes):
    page = copy_seed(tmp_path)
    w = make_window(qtbot, busy_timeout_ms=50)
    open_and_wait(qtbot, w, page)
    other = sqlite3.connect(w.ctx.store.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    decide(w, fact(w, "焦作"), Action.VERIFY)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: _no_modal_boxes.append(a[2]) or QMessageBox.StandardButton.Cancel)
    assert not w.close()  # the editor chose to stay
    assert w.isVisible() and "1 个决定" in _no_modal_boxes[-1]
    other.execute("COMMIT")
    other.close()
    assert w.close()  # written on the way out, no question


def test_corrupt_database_is_set_aside_and_the_editor_told_once(qtbot, tmp_path):
    data = os.environ["NEWSFACTS_DATA_DIR"]
    os.makedirs(data, exist_ok=True)
    with open(os.path.join(data, "newsfacts.sqlite3"), "wb") as fh:
        fh.write(b"this is not a database" * 200)
    page = copy_seed(tmp_path)
    w = make_window(qtbot)
    notices = []
    w.ctx.storeNotice.connect(notices.append)
    open_and_wait(qtbot, w, page)
    assert w.notice_bar.isVisible() and "已损坏" in w.notice_bar.text
    moved = re.search(r"已另存为“([^”]+)”", w.notice_bar.text).group(1)
    assert os.path.exists(moved)
    decide(w, fact(w, "焦作"), Action.VERIFY)  # the new database takes decisions
    open_and_wait(qtbot, w, page)
    assert len(notices) == 1
    assert state(w, "焦作").status is Status.VERIFIED


def test_memory_role_conflict_shows_as_a_finding(qtbot, tmp_path):
    page = copy_seed(tmp_path)
    w = make_window(qtbot)
    open_and_wait(qtbot, w, page)
    decide(w, fact(w, "赵海燕"), Action.VERIFY)  # verified as 解放区委书记
    other = tmp_path / "next.txt"
    other.write_text("区政府召开常务会议\n\n解放区区长赵海燕出席会议并讲话。\n", encoding="utf-8")
    open_and_wait(qtbot, w, other)
    found = [f for f in w.ctx.analysis.findings if f.kind == ROLE_CONFLICT]
    assert found and "解放区委书记" in found[0].message and "解放区区长" in found[0].message
    messages = [w.findings_model.data(w.findings_model.index(r, 1)) for r in range(w.findings_model.rowCount())]
    assert found[0].message in messages


def test_review_and_memory_files_go_to_a_colleague(qtbot, tmp_path, monkeypatch):
    page = copy_seed(tmp_path)
    review_file = tmp_path / "page.核稿记录.json"
    memory_file = tmp_path / "memory.json"
    w = make_window(qtbot)
    open_and_wait(qtbot, w, page)
    decide(w, fact(w, "104.5亿元"), Action.VERIFY)
    decide(w, fact(w, "赵海燕"), Action.VERIFY)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(review_file), ""))
    w.export_review_action.trigger()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(memory_file), ""))
    w.export_memory_action.trigger()
    assert review_file.exists() and memory_file.exists()
    w.close()

    monkeypatch.setenv("NEWSFACTS_DATA_DIR", str(tmp_path / "colleague"))  # another desk
    w2 = make_window(qtbot)
    open_and_wait(qtbot, w2, page)
    assert state(w2, "104.5亿元").status is Status.UNCHECKED
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(review_file), ""))
    with qtbot.waitSignal(w2.ctx.analysisReady):
        w2.import_review_action.trigger()
    assert state(w2, "104.5亿元").status is Status.VERIFIED
    assert "已导入核稿记录" in w2.statusBar().currentMessage()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(memory_file), ""))
    w2.import_memory_action.trigger()
    assert [n.name for n in w2.ctx.store.memory.names()] == ["赵海燕"]


def test_a_bad_review_file_is_a_message(qtbot, tmp_path, monkeypatch, _no_modal_boxes):
    bad = tmp_path / "not-a-review.json"
    bad.write_text("{}", encoding="utf-8")
    w = make_window(qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    w.import_review_action.trigger()
    assert _no_modal_boxes and "这不是核稿记录文件" in _no_modal_boxes[-1]


CHILD = textwrap.dedent(
    """
    import sys
    sys.path[:0] = [{desktop!r}, {tests!r}]
    from newsfacts.app.compat import guard_none_refcount
    guard_none_refcount()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from deskfixtures import fake_analyser
    from newsfacts.app.context import AppContext
    from newsfacts.core.review import Action
    from newsfacts.ui.main_window import MainWindow

    app = QApplication([])
    w = MainWindow(AppContext(analyser=fake_analyser))
    w.show()

    def decide():
        w.select_fact(w.facts_proxy.keys()[3])
        w.decide(Action.VERIFY)  # what the V key does
        print("decided", w.ctx.review.fact(w.facts_proxy.keys()[3]).key, flush=True)

    w.highlightsShown.connect(lambda: QTimer.singleShot(0, decide))
    w.open_path({page!r})
    app.exec()
    """
)


def test_a_killed_window_loses_no_decision(qtbot, tmp_path):
    page = copy_seed(tmp_path)
    code = CHILD.format(desktop=str(ROOT / "desktop"), tests=str(ROOT / "tests" / "ui"), page=str(page))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = child.stdout.readline()  # blocks until the window says the decision is done
        assert line.startswith("decided "), child.stderr.read() if not line else line
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    key = line.split()[1]
    w = make_window(qtbot)
    open_and_wait(qtbot, w, page)
    assert w.ctx.review.state(key).status is Status.VERIFIED


def test_start_page_lists_recent_drafts_with_their_progress_and_opens_one(qtbot, tmp_path):
    page = copy_seed(tmp_path)
    other = copy_seed(tmp_path, "other.txt")
    w = make_window(qtbot)
    assert w.pages.currentWidget() is w.start_page  # nothing open yet: how to open one
    open_and_wait(qtbot, w, other)
    open_and_wait(qtbot, w, page)
    assert w.pages.currentWidget() is w.article_area
    decide(w, fact(w, "104.5亿元"), Action.VERIFY)
    decide(w, fact(w, "焦作"), Action.CORRECT, correction="焦作市")
    w.close()
    other.unlink()  # moved away since

    w2 = make_window(qtbot)
    qtbot.waitUntil(lambda: w2.start_page.recent.count() == 2)
    recent = w2.start_page.recent
    first, second = recent.item(0), recent.item(1)
    assert first.text().startswith("page.txt\n") and "已核实 1 · 已更正 1 · 存疑 0" in first.text()
    assert "上次核查 20" in first.text()
    assert second.text().startswith("other.txt\n") and "文件已不在" in second.text()
    assert not second.flags() & Qt.ItemFlag.ItemIsEnabled  # cannot be opened from here
    assert recent.currentRow() == 0 and recent.hasFocus()
    # Enter opens it, with the decisions replayed
    with qtbot.waitSignal(w2.highlightsShown, timeout=15000):
        qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert w2.pages.currentWidget() is w2.article_area
    assert state(w2, "焦作").correction == "焦作市"


def test_a_data_folder_chosen_in_settings_is_used_from_the_next_draft(qtbot, tmp_path, monkeypatch, _no_modal_boxes):
    from newsfacts.core.store import DB_NAME
    from newsfacts.ui.dialogs import SettingsDialog

    monkeypatch.delenv("NEWSFACTS_DATA_DIR")
    first, shared = tmp_path / "first", tmp_path / "shared"
    first.mkdir()
    shared.mkdir()
    w = make_window(qtbot)
    w.ctx.settings.set("store/data_dir", str(first))
    open_and_wait(qtbot, w, copy_seed(tmp_path))
    decide(w, fact(w, "焦作"), Action.VERIFY)
    assert (first / DB_NAME).exists()

    dlg = SettingsDialog(w.ctx.settings, w)
    qtbot.addWidget(dlg)
    assert dlg.data_dir.text() == str(first)
    assert not dlg.choose_data_folder(str(tmp_path / "missing"))  # refused, and the editor told why
    assert _no_modal_boxes and "missing" in _no_modal_boxes[-1]
    assert dlg.choose_data_folder(str(shared))
    assert dlg.save() is True and w.ctx.settings.get("store/data_dir") == str(shared)

    # the draft on screen keeps the store its review came from
    decide(w, fact(w, "104.5亿元"), Action.VERIFY)
    assert not (shared / DB_NAME).exists()
    # the next draft uses the new folder
    open_and_wait(qtbot, w, copy_seed(tmp_path, "other.txt"))
    decide(w, fact(w, "焦作"), Action.DISPUTE)
    assert (shared / DB_NAME).exists()
    with ReviewStore(str(shared)) as store:
        assert [d.action for d in store.decisions(w.ctx.document_id)] == [Action.DISPUTE]


def test_the_data_folder_set_from_outside_is_shown_and_not_changeable(qtbot, tmp_path):
    from newsfacts.ui.dialogs import SettingsDialog

    w = make_window(qtbot)
    dlg = SettingsDialog(w.ctx.settings, w)
    qtbot.addWidget(dlg)
    assert dlg.data_dir.text() == os.environ["NEWSFACTS_DATA_DIR"]
    assert not dlg.change_data_dir.isEnabled() and "NEWSFACTS_DATA_DIR" in dlg.data_note.text()


def test_a_draft_pasted_from_the_clipboard_is_checked_and_kept(qtbot, tmp_path):
    from PySide6.QtGui import QGuiApplication

    text = seed_path("000").read_text(encoding="utf-8")
    w = make_window(qtbot)
    QGuiApplication.clipboard().setText("")
    assert not w.paste_draft()
    assert w.statusBar().currentMessage().startswith("剪贴板里没有文字")

    QGuiApplication.clipboard().setText(text)
    with qtbot.waitSignal(w.highlightsShown, timeout=15000):
        w.paste_action.trigger()
    assert w.ctx.article.text == text and w.ctx.review.facts
    saved = w.ctx.article.path
    assert saved.startswith(os.path.join(os.environ["NEWSFACTS_DATA_DIR"], "pasted")) and saved.endswith(".txt")
    assert w.ctx.settings.get("files/recent")[0] == saved  # on the start page and in File > Recent
    decide(w, fact(w, "焦作"), Action.CORRECT, correction="焦作市")

    # the same text pasted again (a second copy out of the editing system) gets its review back
    w2 = make_window(qtbot)
    with qtbot.waitSignal(w2.highlightsShown, timeout=15000):
        assert w2.paste_draft()
    assert w2.ctx.article.path != saved
    assert state(w2, "焦作").correction == "焦作市"


def test_a_word_97_draft_opens_through_libreoffice_and_a_new_version_is_offered(qtbot, tmp_path, monkeypatch):
    """A .doc is converted off the UI thread; a new version saved over it is noticed by its bytes
    (converting it again at every change event would hold the window seconds each time)."""
    from fake_office import install

    log, _scratch = install(tmp_path, monkeypatch)
    page = tmp_path / "page.doc"
    page.write_text(seed_path("000").read_text(encoding="utf-8"), encoding="utf-8")
    w = make_window(qtbot, analyser=figures_and_names)
    with qtbot.waitSignal(w.highlightsShown, timeout=15000):
        assert w.open_path(str(page))
        assert "正在用 LibreOffice 转换 page.doc" in w.statusBar().currentMessage()
    assert w.ctx.article.encoding == "doc" and "赵海燕" in w.ctx.article.text
    decide(w, fact(w, "21个"), Action.VERIFY)
    assert log.read_text(encoding="utf-8").count("--convert-to") == 1

    save_by_replace(page, revise(page.read_text(encoding="utf-8")))
    qtbot.waitUntil(lambda: w.file_bar.isVisible(), timeout=5000)
    assert "已在磁盘上被修改" in w.file_bar.text
    assert log.read_text(encoding="utf-8").count("--convert-to") == 1  # noticed without converting
    with qtbot.waitSignal(w.highlightsShown, timeout=15000):
        w.file_bar.button("重新载入").click()
    assert "720万人次" in w.ctx.article.text
    assert state(w, "21个").status is Status.VERIFIED  # the decision carried over


def test_a_conversion_no_longer_wanted_is_stopped(qtbot, tmp_path, monkeypatch):
    """LibreOffice converting a .doc is ended when the editor opens another draft instead, and
    when the window closes: nothing is left running or on disk, and no message comes up."""
    from fake_office import install, running, started_pids

    log, scratch = install(tmp_path, monkeypatch)
    monkeypatch.setenv("FAKE_OFFICE", "hang")
    slow = tmp_path / "slow.doc"
    slow.write_text(seed_path("000").read_text(encoding="utf-8"), encoding="utf-8")
    w = make_window(qtbot, analyser=figures_and_names)
    failures = []
    w.ctx.openFailed.connect(failures.append)

    # another draft instead
    assert w.open_path(str(slow))
    qtbot.waitUntil(lambda: len(started_pids(log)) == 2, timeout=10000)
    first = started_pids(log)
    page = copy_seed(tmp_path)
    with qtbot.waitSignal(w.highlightsShown, timeout=15000):
        assert w.open_path(str(page))
    qtbot.waitUntil(lambda: not any(running(p) for p in first), timeout=5000)
    assert w.ctx.article.path == str(page)

    # the window closes while a conversion runs
    log.unlink()
    assert w.open_path(str(slow))
    qtbot.waitUntil(lambda: len(started_pids(log)) == 2, timeout=10000)
    second = started_pids(log)
    w.close()
    qtbot.waitUntil(lambda: not any(running(p) for p in second), timeout=5000)
    qtbot.waitUntil(lambda: not list(scratch.iterdir()), timeout=5000)
    assert failures == []
