"""One program per desk: a draft opened while NewsFacts runs opens in the running program."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest
from deskfixtures import fake_analyser

from conftest import ROOT, seed_path
from newsfacts.app.settings import Settings
from newsfacts.ui.desk import Desk
from newsfacts.ui.instance import InstanceServer, address, forward

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the Unix socket tests; Windows uses a named pipe")


@pytest.fixture
def desk(qtbot):
    settings = Settings()
    d = Desk(settings, analyser=fake_analyser)
    server = InstanceServer(address(settings.qsettings.fileName()))
    assert server.listen()
    server.openRequested.connect(d.open)
    server.raiseRequested.connect(d.bring_to_front)
    first = d.new_window()
    qtbot.addWidget(first)
    first.show()
    yield d, server
    server.close()
    for w in list(d.windows):
        w.close()


def test_a_second_launch_hands_its_draft_to_the_running_program(qtbot, desk):
    d, server = desk
    first = d.windows[0]
    child = subprocess.Popen(
        [sys.executable, "-m", "newsfacts", str(seed_path("000"))],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "desktop")},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        # the running program answers while its event loop turns; the launch exits at once
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=30000)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, child.stderr.read()
    qtbot.waitUntil(lambda: first.ctx.article is not None, timeout=10000)
    assert first.ctx.article.path == str(seed_path("000"))  # the window with no draft took it
    assert len(d.windows) == 1

    # a further draft while that one is open: a new window, placed beside the first
    assert forward(server.where, [str(seed_path("003"))])
    qtbot.waitUntil(lambda: len(d.windows) == 2, timeout=10000)
    second = d.windows[1]
    qtbot.waitUntil(lambda: second.ctx.article is not None, timeout=10000)
    assert second.ctx.article.name.startswith("003") and first.ctx.article.name.startswith("000")
    assert second.isVisible() and second.pos() != first.pos()

    # the same draft again: its window comes to the front, no second review of it
    with qtbot.waitSignal(server.openRequested, timeout=5000):
        assert forward(server.where, [str(seed_path("000"))])
    assert len(d.windows) == 2 and first.ctx.article.name.startswith("000")

    # a launch without a draft brings the program to the front, no new window
    with qtbot.waitSignal(server.raiseRequested, timeout=5000):
        assert forward(server.where, [])
    assert len(d.windows) == 2
    second.close()
    qtbot.waitUntil(lambda: len(d.windows) == 1)  # a closed window is let go


def test_a_socket_left_by_a_crash_is_taken_over(qtbot, tmp_path):
    where = address(str(tmp_path / "newsfacts.ini"))
    dead = socket.socket(socket.AF_UNIX)
    dead.bind(where[0])  # bound, never listening, then gone: what a crashed program leaves
    dead.close()
    assert os.path.exists(where[0])
    assert not forward(where, ["/tmp/x.txt"])  # nobody answers: the launch starts its own program
    server = InstanceServer(where)
    assert server.listen()
    try:
        with qtbot.waitSignal(server.openRequested, timeout=5000) as got:
            assert forward(where, ["/tmp/x.txt"])
        assert got.args == ["/tmp/x.txt"]
    finally:
        server.close()


def test_desks_with_their_own_settings_do_not_share_a_program(tmp_path):
    assert address(str(tmp_path / "a" / "newsfacts.ini")) != address(str(tmp_path / "b" / "newsfacts.ini"))
    assert not forward(address(str(tmp_path / "a" / "newsfacts.ini")), ["/tmp/x.txt"])


def test_ctrl_n_opens_an_empty_window_and_ctrl_w_closes_it(qtbot, desk):
    d, _server = desk
    first = d.windows[0]
    assert first.new_window_action.isEnabled()
    first.new_window_action.trigger()
    assert len(d.windows) == 2
    second = d.windows[1]
    assert second.isVisible() and second.pages.currentWidget() is second.start_page
    second.close_window_action.trigger()
    qtbot.waitUntil(lambda: len(d.windows) == 1)
    assert first.isVisible()


def test_a_window_without_the_program_has_no_new_window_action(qtbot):
    from deskfixtures import make_window

    w = make_window(qtbot)
    assert not w.new_window_action.isEnabled()  # nothing would make the window


def test_file_open_of_a_draft_open_in_another_window_shows_that_window(qtbot, desk):
    d, _server = desk
    first = d.windows[0]
    with qtbot.waitSignal(first.highlightsShown, timeout=10000):
        d.open(str(seed_path("000")))
    second = d.another_window()
    assert second.open_path(str(seed_path("000")))  # as File > Open or a drop in the second window
    assert second.ctx.article is None  # not opened twice
    assert first.statusBar().currentMessage() == "这篇稿件已在本窗口中打开"


def drop(window, paths) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier))


def test_several_drafts_dropped_open_each_in_a_window(qtbot, desk, tmp_path):
    d, _server = desk
    first = d.windows[0]
    note = tmp_path / "notes.pdf"  # not a draft: left alone
    note.write_bytes(b"%PDF-1.4")
    drop(first, [seed_path("000"), note, seed_path("003")])
    qtbot.waitUntil(lambda: len(d.windows) == 2 and all(w.ctx.article is not None for w in d.windows), timeout=10000)
    assert sorted(w.ctx.article.name[:3] for w in d.windows) == ["000", "003"]
    assert first.ctx.article.name.startswith("000")


def test_several_drafts_chosen_in_file_open_open_each_in_a_window(qtbot, desk, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    d, _server = desk
    first = d.windows[0]
    chosen = [str(seed_path("000")), str(seed_path("003"))]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    first.choose_file()
    qtbot.waitUntil(lambda: len(d.windows) == 2 and all(w.ctx.article is not None for w in d.windows), timeout=10000)
    assert first.ctx.article.name.startswith("000")
    assert sorted(w.ctx.article.name[:3] for w in d.windows) == ["000", "003"]


def test_a_window_alone_opens_the_first_dropped_draft_and_says_so(qtbot):
    from deskfixtures import make_window

    w = make_window(qtbot)
    drop(w, [seed_path("000"), seed_path("003")])
    assert w.ctx.article is not None and w.ctx.article.name.startswith("000")
    assert w.statusBar().currentMessage().startswith("一次只打开一篇稿件")
