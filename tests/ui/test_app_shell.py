"""Settings, English from the .qm, recent files, About, the snapshot command, the background runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from conftest import ROOT, seed_path
from newsfacts.app.context import AppContext
from newsfacts.app.settings import SETTINGS_VERSION, Settings
from newsfacts.app.tasks import TaskRunner
from newsfacts.ui.dialogs import SettingsDialog
from newsfacts.ui.launch import install_translator
from newsfacts.ui.main_window import MainWindow


def test_settings_live_in_the_config_dir_with_defaults_and_a_version(tmp_path):
    s = Settings()
    assert s.path.startswith(os.environ["NEWSFACTS_CONFIG_DIR"])
    assert s.get("ui/language") == "zh_CN" and s.get("files/recent") == []
    s.add_recent("/a/one.txt")
    s.add_recent("/a/two.txt")
    s.add_recent("/a/one.txt")
    s.sync()
    again = Settings()
    assert again.get("files/recent") == ["/a/one.txt", "/a/two.txt"]
    assert int(again.qsettings.value("settings_version")) == SETTINGS_VERSION
    with pytest.raises(KeyError):
        again.get("no/such/option")


def test_english_interface_from_the_translation(qtbot, qapp):
    translator = install_translator(qapp, "en")
    assert translator is not None
    try:
        w = MainWindow(AppContext())
        qtbot.addWidget(w)
        titles = [a.text() for a in w.menuBar().actions()]
        assert "&File" in titles and "&Review" in titles
        assert w.verify_action.text() == "Verify"
    finally:
        qapp.removeTranslator(translator)
    w2 = MainWindow(AppContext())
    qtbot.addWidget(w2)
    assert w2.verify_action.text() == "核实"


def test_settings_dialog_saves_language_and_font_size(qtbot, monkeypatch):
    w = MainWindow(AppContext())
    qtbot.addWidget(w)

    def fake_exec(dlg: SettingsDialog) -> int:
        dlg.language.setCurrentIndex(dlg.language.findData("en"))
        dlg.font_size.setValue(17)
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    w.show_settings()
    assert w.ctx.settings.get("ui/language") == "en"
    assert w.article_view.font().pointSize() == 17


def test_recent_files_menu_reopens_a_draft(qtbot):
    w = MainWindow(AppContext())
    qtbot.addWidget(w)
    assert w.open_path(str(seed_path("003")))
    w._fill_recent()
    entries = [a for a in w.recent_menu.actions() if a.isEnabled()]
    assert entries and seed_path("003").name in entries[0].text()
    w2 = MainWindow(AppContext())
    qtbot.addWidget(w2)
    w2._fill_recent()
    [a for a in w2.recent_menu.actions() if a.isEnabled()][0].trigger()
    assert "高新区经济工作会议召开" in w2.article_view.toPlainText()


def test_about_box_shows_the_version(qtbot, monkeypatch):
    from newsfacts import __version__

    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    w = MainWindow(AppContext())
    qtbot.addWidget(w)
    w.about_action.trigger()
    assert shown and __version__ in shown[0]


def test_background_runner_reports_success_failure_and_progress(qtbot):
    runner = TaskRunner()
    got, errors, steps = [], [], []

    def work(progress):
        progress(50, "half")
        return 42

    # The task may finish before a waitSignal could connect: wait on what the callbacks record.
    runner.run(work, on_success=got.append, on_progress=lambda p, w: steps.append((p, w)))
    qtbot.waitUntil(lambda: got == [42], timeout=5000)
    assert steps == [(50, "half")]

    def boom():
        raise ValueError("坏了")

    runner.run(boom, on_success=got.append, on_failure=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError) and got == [42]
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


@pytest.mark.slow
def test_snapshot_command_saves_a_picture_and_prints_counts(tmp_path):
    out = tmp_path / "shot.png"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(
        [sys.executable, "-m", "newsfacts", str(seed_path("000")), "--snapshot", str(out)],
        env=env, capture_output=True, text=True, timeout=120, cwd=str(tmp_path),
    )
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout.strip().splitlines()[-1])
    assert data["file"] == seed_path("000").name
    assert set(data["status"]) == {"unchecked", "verified", "corrected", "disputed"}
    assert data["facts"] == sum(data["status"].values()) == sum(data["highlights"].values())
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 20_000


def test_snapshot_of_a_missing_file_fails_cleanly(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(
        [sys.executable, "-m", "newsfacts", str(tmp_path / "nope.txt"), "--snapshot", str(tmp_path / "x.png")],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert r.returncode == 3
    assert "nope.txt" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "x.png").exists()


def test_work_whose_window_is_gone_ends_quietly(qtbot, capsys):
    """Quitting while a draft is analysed: the worker finds its listener gone and stops, no traceback."""
    import threading

    from newsfacts.app.tasks import Task

    steps = []
    release = threading.Event()

    def work(progress):
        release.wait(5)
        progress(10, "first")
        steps.append("after the first step")  # must not run: the listener is gone
        return 1

    task = Task(work, with_progress=True)
    task.signals.deleteLater()
    qtbot.waitUntil(lambda: _deleted(task.signals), timeout=5000)
    release.set()
    task.run()  # in this thread; what matters is that it returns quietly
    assert steps == []


def _deleted(obj) -> bool:
    from shiboken6 import isValid

    from PySide6.QtCore import QCoreApplication

    QCoreApplication.sendPostedEvents(None, 0)  # DeferredDelete
    return not isValid(obj)


def test_qt_own_words_are_chinese_in_the_chinese_interface(qtbot, qapp):
    """Standard buttons and the text's own menu come from Qt, whose source language is English."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QDialogButtonBox

    translator = install_translator(qapp, "zh_CN")
    assert translator is not None
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Close).text() == "关闭"
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
        w = MainWindow(AppContext())
        qtbot.addWidget(w)
        menu = w.article_view.createStandardContextMenu(QPoint(0, 0))
        assert any("全选" in a.text() for a in menu.actions())
    finally:
        qapp.removeTranslator(translator)


def _clashing_mnemonics(w: MainWindow) -> list[tuple[str, str, list[str]]]:
    """(menu, key, entries) where two entries of one menu answer the same Alt key."""
    import re

    out = []
    for top in w.menuBar().actions():
        by_key: dict[str, list[str]] = {}
        for a in top.menu().actions():
            m = re.search(r"&(\w)", a.text().replace("&&", ""))
            if m:
                by_key.setdefault(m.group(1).lower(), []).append(a.text())
        out += [(top.text(), k, names) for k, names in by_key.items() if len(names) > 1]
    return out


def test_no_two_entries_of_a_menu_answer_the_same_alt_key(qtbot, qapp):
    # 粘贴稿件(&P) and 打印批注稿(&P) both in the File menu: Alt+F, P could not reach the second
    w = MainWindow(AppContext())
    qtbot.addWidget(w)
    assert _clashing_mnemonics(w) == []
    translator = install_translator(qapp, "en")
    try:
        english = MainWindow(AppContext())
        qtbot.addWidget(english)
        assert _clashing_mnemonics(english) == []
    finally:
        qapp.removeTranslator(translator)
