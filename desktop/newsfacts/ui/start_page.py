"""What the window shows before a draft is open: how to open one, and the drafts opened lately
with where their review stands, so the editor picks up a half-checked page where it was left.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QStyle, QStyledItemDelegate, QVBoxLayout, QWidget,
)

from ..core.export.sheet import review_time
from ..core.store import ReviewProgress
from .panels import own_list_keys

PATH_ROLE = Qt.ItemDataRole.UserRole
DETAIL_COLOUR = "#5f6368"


class _TwoLines(QStyledItemDelegate):
    """An entry as the file's name in bold over a grey line about it."""

    PAD = 6

    def paint(self, painter, option, index) -> None:
        name, _, detail = str(index.data() or "").partition("\n")
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        r = option.rect.adjusted(self.PAD, self.PAD // 2, -self.PAD, -self.PAD // 2)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.Bold)
        painter.setFont(bold)
        painter.setPen(option.palette.color(group, role))
        h = painter.fontMetrics().height()
        painter.drawText(QRect(r.left(), r.top(), r.width(), h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        painter.setFont(option.font)
        if not selected:  # the line about the file quieter than its name; a file gone quieter still
            painter.setPen(QColor(DETAIL_COLOUR) if enabled else option.palette.color(group, role))
        elided = painter.fontMetrics().elidedText(detail, Qt.TextElideMode.ElideRight, r.width())
        painter.drawText(QRect(r.left(), r.top() + h + 2, r.width(), painter.fontMetrics().height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        h = option.fontMetrics.height()
        return QSize(200, 2 * h + 2 + self.PAD * 2)


class StartPage(QWidget):
    openRequested = Signal(str)  # a recent draft, activated (double click or Enter)
    chooseRequested = Signal()  # the open button
    pasteRequested = Signal()  # the paste button: the clipboard's text as a draft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel(self.tr("核稿助手"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.Bold)
        title.setFont(font)
        from ..core.reading.convert import find_office

        formats = self.tr("可以打开 .txt、.md（UTF-8 或 GB18030/GBK）和 .docx")
        if find_office():
            formats += self.tr("，以及 .doc、.wps、.rtf、.odt（由 LibreOffice 转换）。")
        else:
            formats += self.tr("；旧版 Word（.doc）、WPS（.wps）稿件要装了 LibreOffice 才能直接打开。")
        hint = QLabel(self.tr("打开稿件（Ctrl+O，可一次选几篇，各开一个窗口），把文件拖进窗口，或粘贴从采编系统复制的文字。") + formats, self)
        hint.setWordWrap(True)
        self.open_button = QPushButton(self.tr("打开稿件…"), self)
        self.open_button.setObjectName("startOpen")
        self.open_button.clicked.connect(self.chooseRequested)
        self.paste_button = QPushButton(self.tr("粘贴稿件（Ctrl+Shift+V）"), self)
        self.paste_button.setObjectName("startPaste")
        self.paste_button.setToolTip(self.tr("在采编系统里复制的稿件文字，直接粘贴进来核查"))
        self.paste_button.clicked.connect(self.pasteRequested)
        self.recent_label = QLabel(self.tr("最近打开（双击或回车打开）"), self)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentList")
        self.recent.setAccessibleName(self.tr("最近打开的稿件"))
        self.recent.setAlternatingRowColors(True)
        self.recent.setItemDelegate(_TwoLines(self.recent))
        self.recent.itemActivated.connect(self._activated)
        own_list_keys(self.recent)

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(title)
        column.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.paste_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addSpacing(12)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 36, 24, 24)
        outer.addStretch(1)
        outer.addLayout(column, 8)
        outer.addStretch(1)

    def fill(self, paths: Sequence[str], progress: Mapping[str, ReviewProgress]) -> None:
        """One entry per recent path: its name, then its folder and where its review stands."""
        self.recent.clear()
        for path in paths:
            exists = os.path.isfile(path)
            item = QListWidgetItem(f"{os.path.basename(path)}\n{self._detail(path, exists, progress.get(path))}")
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            if not exists:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))
        for row in range(self.recent.count()):
            if self.recent.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.recent.setCurrentRow(row)
                break

    def _detail(self, path: str, exists: bool, p: ReviewProgress | None) -> str:
        """Where the review stands, then the folder (which gives way first when the line is too long)."""
        parts = []
        if not exists:
            parts.append(self.tr("文件已不在（被移走或删除）"))
        elif p is None or (not p.decided and not p.findings_dealt_with):
            parts.append(self.tr("尚未核查"))
        else:
            parts.append(
                self.tr("已核实 {v} · 已更正 {c} · 存疑 {d}").format(v=p.verified, c=p.corrected, d=p.disputed)
            )
            if p.findings_dealt_with:
                parts.append(self.tr("已处理提示 {n}").format(n=p.findings_dealt_with))
            last = review_time(p.last_at)
            if last is not None:
                parts.append(self.tr("上次核查 {when}").format(when=last.strftime("%Y-%m-%d %H:%M")))
        parts.append(os.path.dirname(path) or ".")
        return " · ".join(parts)

    def paths(self) -> list[str]:
        return [self.recent.item(r).data(PATH_ROLE) for r in range(self.recent.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.openRequested.emit(item.data(PATH_ROLE))
