"""Settings dialog, About box and the keyboard help overlay."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QLabel, QMessageBox, QSpinBox, QVBoxLayout, QWidget,
)

from .. import APP_NAME, APP_NAME_ZH, __version__
from ..app.settings import Settings

LANGUAGES = (("zh_CN", "中文"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("设置"))
        self.settings = settings
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("ui/language"))))
        self.font_size = QSpinBox(self)
        self.font_size.setRange(9, 28)
        self.font_size.setValue(settings.get("ui/font_size"))
        form.addRow(self.tr("界面语言(重启后生效)"), self.language)
        form.addRow(self.tr("正文字号"), self.font_size)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.settings.set("ui/language", self.language.currentData())
        self.settings.set("ui/font_size", self.font_size.value())


def about(parent: QWidget) -> None:
    title = QCoreApplication.translate("About", "关于核稿助手")
    version = QCoreApplication.translate("About", "版本")
    blurb = QCoreApplication.translate("About", "报纸稿件核查工具:找出数字与人名、机构、地名,逐条核实、更正、存疑。")
    QMessageBox.about(parent, title, f"<h3>{APP_NAME_ZH} {APP_NAME}</h3><p>{version} {__version__}</p><p>{blurb}</p>")


class HelpOverlay(QFrame):
    """The keys of keyboard review, over the window; any key or click closes it."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "#helpOverlay { background: rgba(30, 30, 30, 225); border-radius: 10px; }"
            "#helpOverlay QLabel { color: white; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        title = QLabel(self.tr("键盘核查"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        body = "".join(
            f"<tr><td style='padding:3px 18px 3px 0'><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows
        )
        table = QLabel(f"<table>{body}</table>", self)
        table.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(table)
        hint = QLabel(self.tr("按任意键关闭"), self)
        hint.setStyleSheet("color: #bbbbbb;")
        layout.addWidget(hint)
        self.hide()

    def popup(self) -> None:
        self.adjustSize()
        self._centre()
        # follow the window's size only while shown: a filter on the window is a Python call for
        # every event it gets, paid on the UI thread while the analysis runs
        self.parentWidget().installEventFilter(self)
        self.show()
        self.raise_()
        self.setFocus()

    def _centre(self) -> None:
        p = self.parentWidget()
        self.move(max(0, (p.width() - self.width()) // 2), max(0, (p.height() - self.height()) // 2))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._centre()
        return False

    def hideEvent(self, event) -> None:  # noqa: N802
        self.parentWidget().removeEventFilter(self)
        super().hideEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        self.hide()
        event.accept()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.hide()
