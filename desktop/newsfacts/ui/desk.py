"""The program's windows.

One window per draft being checked: a draft handed over by a later launch (``ui/instance.py``)
opens in a window that has no draft yet, or else in a new window placed a little below and right
of the last one.  Every window has its own ``AppContext`` (its draft, its review, its undo
history) and all share the settings and the loaded dictionaries and model.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication

from ..app.context import AppContext
from ..app.settings import Settings
from .main_window import MainWindow

CASCADE = QPoint(32, 32)


class Desk(QObject):
    def __init__(self, settings: Settings, parent: QObject | None = None, analyser=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.analyser = analyser
        self.windows: list[MainWindow] = []

    def new_window(self) -> MainWindow:
        ctx = AppContext(self.settings) if self.analyser is None else AppContext(self.settings, analyser=self.analyser)
        w = MainWindow(ctx)
        w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows.append(w)
        w.destroyed.connect(lambda _obj=None, w=w: self._gone(w))
        w.shown_elsewhere = self._shown_elsewhere
        w.open_elsewhere = self.open
        w.new_window_action.setEnabled(True)
        w.newWindowRequested.connect(self.another_window)
        return w

    def another_window(self) -> MainWindow:
        """Ctrl+N: an empty window (its start page), placed below and right of the last one."""
        last = self.windows[-1] if self.windows else None
        w = self.new_window()
        self._place(w, last)
        w.show()
        self._raise(w)
        return w

    @staticmethod
    def _place(w: MainWindow, last: MainWindow | None) -> None:
        if last is not None and last.isVisible() and not last.isMaximized():
            w.resize(last.size())
            w.move(last.pos() + CASCADE)

    def _gone(self, w: MainWindow) -> None:
        if w in self.windows:
            self.windows.remove(w)

    def open(self, path: str) -> MainWindow:
        """Open ``path`` in a window with no draft, else in a new one; bring that window to the front.
        A draft already open in a window is shown there, not opened twice (two reviews of one draft
        would each miss the other's decisions)."""
        same = self._showing(path)
        if same is not None:
            self._raise(same)
            return same
        target = next((w for w in self.windows if w.ctx.article is None and not w.ctx.busy), None)
        if target is None:
            target = self.another_window()
        self._raise(target)
        target.open_path(path)
        return target

    def _showing(self, path: str, besides: MainWindow | None = None) -> MainWindow | None:
        where = os.path.abspath(path)
        for w in self.windows:
            art = w.ctx.article
            if w is not besides and art is not None and art.path and os.path.abspath(art.path) == where:
                return w
        return None

    def _shown_elsewhere(self, asking: MainWindow, path: str) -> bool:
        """File > Open of a draft another window has open: that window comes to the front."""
        other = self._showing(path, besides=asking)
        if other is None:
            return False
        self._raise(other)
        other.statusBar().showMessage(QCoreApplication.translate("Desk", "这篇稿件已在本窗口中打开"), 5000)
        return True

    def bring_to_front(self) -> None:
        """A launch without a draft: the window used last comes to the front."""
        active = QApplication.activeWindow()
        target = active if active in self.windows else (self.windows[-1] if self.windows else None)
        if target is None:
            target = self.new_window()
            target.show()
        self._raise(target)

    @staticmethod
    def _raise(w: MainWindow) -> None:
        if w.isMinimized():
            w.showNormal()
        w.raise_()
        w.activateWindow()
