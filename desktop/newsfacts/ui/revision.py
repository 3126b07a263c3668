"""What a revised draft changed since the review: the message bar above the article and a list.

``MessageBar`` is a non-modal strip at the top of the article view (file changed on disk, review
database problems, a revised draft); ``RevisionDialog`` lists the decided facts that changed or
were removed, with the verdict they had and the sentence around them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from ..core.review import FactReview
from ..core.store import ChangedFact, RemovedFact
from .panels import fit_columns, kind_names
from .style import kind_name, status_name

_BAR_COLOURS = {
    "info": ("#e3f2fd", "#0d47a1"),
    "warning": ("#fff3e0", "#e65100"),
    "error": ("#ffebee", "#b71c1c"),
}


def verdict_text(state: FactReview) -> str:
    """An earlier verdict in a few words: 已核实, 已更正为…, 存疑, 备注…, 已删除."""
    if state.removed:
        return QCoreApplication.translate("RevisionDialog", "已删除")
    out = status_name(state.status)
    if state.correction:
        out += "→" + state.correction
    if state.note:
        out += "(" + state.note + ")"
    return out


class MessageBar(QFrame):
    """A message with a few buttons above the article; closing it changes nothing else."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setObjectName(name + "Text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(8, 4, 4, 4)
        self._row.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        close = QToolButton(self)
        close.setObjectName(name + "Close")
        close.setText("×")
        close.setToolTip(self.tr("关闭此提示"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        self._close = close
        self._row.addWidget(close)
        self.hide()

    def show_message(self, text: str, kind: str = "info", actions: Sequence[tuple[str, Callable[[], None]]] = ()) -> None:
        bg, fg = _BAR_COLOURS[kind]
        self.setStyleSheet(f"#{self.objectName()} {{ background: {bg}; border: 1px solid {fg}; }} QLabel {{ color: {fg}; }}")
        self.label.setText(text)
        for b in self._buttons:
            self._row.removeWidget(b)
            b.deleteLater()
        self._buttons = []
        for label, slot in actions:
            b = QPushButton(label, self)
            b.clicked.connect(slot)
            self._row.insertWidget(self._row.count() - 1, b)
            self._buttons.append(b)
        self.show()

    def button(self, text: str) -> QPushButton | None:
        return next((b for b in self._buttons if b.text() == text), None)

    @property
    def text(self) -> str:
        return self.label.text()


class RevisionDialog(QDialog):
    """Changed and removed facts of a revised draft, each with its earlier verdict."""

    COLUMNS = 6

    def __init__(self, changed: Sequence[ChangedFact], removed: Sequence[RemovedFact], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionDialog")
        self.setWindowTitle(self.tr("修订稿的变更"))
        self.resize(820, 420)
        intro = QLabel(
            self.tr("与上次核查的版本相比：{changed} 处事实有变更（需重新核查），{removed} 处已删去。").format(
                changed=len(changed), removed=len(removed)
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(changed) + len(removed), self.COLUMNS, self)
        self.table.setObjectName("revisionTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("变化"), self.tr("类型"), self.tr("原为"), self.tr("现为"), self.tr("原结论"), self.tr("原语境")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        rows = [
            (self.tr("变更"), kind_name(c.new.kind), c.old.text, c.new.text, verdict_text(c.state), c.old_context)
            for c in changed
        ] + [(self.tr("删去"), kind_name(r.fact.kind), r.fact.text, "—", verdict_text(r.state), r.context) for r in removed]
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value.replace("\n", " "))
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        fit_columns(self.table, (50, 60, 110, 110, 130), {0: [self.tr("变更"), self.tr("删去")], 1: kind_names()})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def rows(self) -> list[list[str]]:
        return [[self.table.item(r, c).text() for c in range(self.COLUMNS)] for r in range(self.table.rowCount())]
