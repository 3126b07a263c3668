"""Find in the article text (Ctrl+Shift+F): every match marked, Enter / F3 steps through them.

The facts panel's search (Ctrl+F) filters the facts; a copy editor also looks for any word in
the text: a name's other spelling, a figure the tool did not take as one.  Matching is done on
the text as opened, in code points (the view converts); full-width letters and digits match
their ASCII forms (２０２３ for 2023), as an editor expects of a Chinese page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from .style import TEXT_ON_SHADE

LONG_TEXT = 100_000  # characters: beyond this the search waits for a pause in the typing
PAUSE_MS = 150

# Full-width forms to ASCII, one character for one, so offsets stay those of the text.
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold(text: str) -> str:
    """``text`` with full-width ASCII forms made half-width and letters lower case (same length)."""
    return text.translate(_FOLD).lower()


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Every non-overlapping match of ``query`` in ``text``: (start, end) code points."""
    if not query:
        return []
    hay, needle = fold(text), fold(query)
    out = []
    i = hay.find(needle)
    while i != -1:
        out.append((i, i + len(needle)))
        i = hay.find(needle, i + len(needle))
    return out


class FindBar(QWidget):
    """The find bar under the article.  Emits ``matchesChanged(spans, current)`` for the view to
    mark (current is -1 when there is none) and ``closed`` when it is put away."""

    matchesChanged = Signal(list, int)
    closed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.text = ""
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel(self.tr("在正文中查找"), self))
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("查找的文字（回车下一处，Shift+回车上一处）"))
        self.field.textChanged.connect(self._typed)
        self.field.installEventFilter(self)
        # on a very long draft marking thousands of matches takes a tenth of a second: wait for a
        # pause in the typing there (a page of a few thousand characters is searched at once)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(lambda: self._search(self.field.text()))
        layout.addWidget(self.field, 1)
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(90)
        layout.addWidget(self.count)
        for name, arrow, tip, slot in (
            ("findPrevious", Qt.ArrowType.UpArrow, self.tr("上一处 (Shift+F3)"), self.previous),
            ("findNext", Qt.ArrowType.DownArrow, self.tr("下一处 (F3)"), self.next),
        ):
            b = QToolButton(self)
            b.setObjectName(name)
            b.setArrowType(arrow)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            layout.addWidget(b)
        close = QToolButton(self)
        close.setObjectName("findClose")
        close.setText("×")
        close.setToolTip(self.tr("关闭 (Esc)"))
        close.clicked.connect(self.close_bar)
        layout.addWidget(close)
        self.hide()

    def set_text(self, text: str) -> None:
        """The article text to search (a new draft, or none); the search runs again."""
        self.text = text
        self._search(self.field.text())

    def open_bar(self, query: str | None = None) -> None:
        if query:
            self.field.setText(query)
        self.setVisible(True)
        self.field.setFocus()
        self.field.selectAll()
        self._search(self.field.text())

    def close_bar(self) -> None:
        self.hide()
        self.matches, self.current = [], -1
        self.matchesChanged.emit([], -1)
        self.closed.emit()

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """The field's keys: Enter next, Shift+Enter previous, F3 / Shift+F3 the same, Esc closes."""
        if obj is self.field and event.type() == QEvent.Type.KeyPress:
            key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F3):
                self.previous() if shift else self.next()
                return True
        return super().eventFilter(obj, event)

    def _typed(self, query: str) -> None:
        if len(self.text) > LONG_TEXT:
            self._pause.start()
        else:
            self._search(query)

    def _search(self, query: str) -> None:
        self._pause.stop()
        if self.isHidden():  # a new draft while the bar is put away: nothing to mark
            self.matches, self.current = [], -1
            return
        self.matches = find_all(self.text, query)
        self.current = 0 if self.matches else -1
        self._show()

    def _step(self, by: int) -> None:
        if not self.matches:
            return
        self.current = (self.current + by) % len(self.matches)
        self._show()

    def _show(self) -> None:
        query = self.field.text()
        if not query:
            self.count.setText("")
        elif self.matches:
            self.count.setText(self.tr("第 {i} 处，共 {n} 处").format(i=self.current + 1, n=len(self.matches)))
        else:
            self.count.setText(self.tr("没有找到"))
        self.field.setStyleSheet("" if self.matches or not query else f"QLineEdit {{ background: #ffebee; color: {TEXT_ON_SHADE}; }}")
        self.matchesChanged.emit(list(self.matches), self.current)
