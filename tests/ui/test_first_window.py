"""The window opens a draft by path and by drag and drop, and refuses bad files politely."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from conftest import SEED_PAGES
from newsfacts.ui.main_window import MainWindow


def test_open_seed_page_shows_text_read_only(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(str(SEED_PAGES[0]))
    view = w.findChild(QPlainTextEdit, "articleView")
    assert view.isReadOnly()
    assert "解放区委书记赵海燕" in view.toPlainText()
    assert SEED_PAGES[0].name in w.windowTitle()


def test_drop_a_file_opens_it(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SEED_PAGES[1]))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    w.dropEvent(event)
    assert "高新区经济工作会议召开" in w.article_view.toPlainText()


def test_bad_file_gives_a_message_not_a_crash(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "binary.txt"
    bad.write_bytes(bytes(range(256)) * 4)
    w = MainWindow()
    qtbot.addWidget(w)
    assert not w.open_path(str(bad))
    assert shown and "binary.txt" in shown[0]


def test_the_start_page_says_which_files_open_here(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QLabel

    from newsfacts.app.context import AppContext

    def hint_of(window) -> str:
        return " ".join(label.text() for label in window.start_page.findChildren(QLabel))

    office = tmp_path / "soffice"
    office.write_text("#!/bin/sh\n", encoding="utf-8")
    monkeypatch.setenv("NEWSFACTS_SOFFICE", str(office))
    w = MainWindow(AppContext())
    qtbot.addWidget(w)
    assert ".docx" in hint_of(w) and ".doc、.wps" in hint_of(w) and "LibreOffice 转换" in hint_of(w)

    monkeypatch.setenv("NEWSFACTS_SOFFICE", "")  # no LibreOffice on this machine
    w = MainWindow(AppContext())
    qtbot.addWidget(w)
    assert "要装了 LibreOffice 才能直接打开" in hint_of(w)
