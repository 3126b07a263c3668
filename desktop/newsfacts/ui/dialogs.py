"""Settings dialog, the house style (用词规范) dialog, About box and the keyboard help overlay."""

from __future__ import annotations

import html
import os

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget,
)

from .. import APP_NAME, APP_NAME_ZH, __version__
from ..app.settings import FONT_SIZES, Settings
from ..core.errors import NewsFactsError
from ..core.paths import data_dir

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
        self.font_size.setRange(*FONT_SIZES)
        self.font_size.setValue(settings.get("ui/font_size"))
        form.addRow(self.tr("界面语言（重启后生效）"), self.language)
        form.addRow(self.tr("正文字号"), self.font_size)
        # where the review database and the newsroom memory live (a local folder: SQLite's write-ahead
        # log needs memory shared on one machine, so not a network share)
        self.chosen_folder = settings.get("store/data_dir")
        self.data_dir = QLineEdit(self)
        self.data_dir.setObjectName("dataDir")
        self.data_dir.setReadOnly(True)
        self.data_dir.setMinimumWidth(360)
        self.change_data_dir = QPushButton(self.tr("更改…"), self)
        self.change_data_dir.setObjectName("changeDataDir")
        self.change_data_dir.clicked.connect(self._browse_data_dir)
        self.default_data_dir = QPushButton(self.tr("恢复默认"), self)
        self.default_data_dir.setObjectName("defaultDataDir")
        self.default_data_dir.clicked.connect(lambda: self.choose_data_folder(""))
        row = QHBoxLayout()
        row.addWidget(self.data_dir, 1)
        row.addWidget(self.change_data_dir)
        row.addWidget(self.default_data_dir)
        form.addRow(self.tr("数据文件夹"), row)
        self.data_note = QLabel(self)
        self.data_note.setWordWrap(True)
        self.data_note.setStyleSheet("color: palette(mid);")
        form.addRow("", self.data_note)
        self._show_data_folder()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _show_data_folder(self) -> None:
        forced = os.environ.get("NEWSFACTS_DATA_DIR")
        self.data_dir.setText(forced or self.chosen_folder or data_dir())
        self.change_data_dir.setEnabled(not forced)
        self.default_data_dir.setEnabled(not forced and bool(self.chosen_folder))
        if forced:
            self.data_note.setText(self.tr("由环境变量 NEWSFACTS_DATA_DIR 指定。"))
        else:
            self.data_note.setText(self.tr("核稿记录和新闻库记忆保存在这里。请选本机上的文件夹：数据库不宜放在网络共享盘上；全组共用新闻库记忆，请用“工具 > 导出/导入新闻库记忆”。"))

    def _browse_data_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择数据文件夹"), self.data_dir.text())
        if folder:
            self.choose_data_folder(folder)

    def choose_data_folder(self, folder: str) -> bool:
        """Take ``folder`` ("" for the platform's) if NewsFacts can write there; else say why."""
        if folder:
            folder = os.path.abspath(folder)
            if not os.path.isdir(folder) or not os.access(folder, os.W_OK | os.X_OK):
                QMessageBox.warning(
                    self, self.tr("无法使用这个文件夹"), self.tr("无法在“{folder}”中写入，请另选一个文件夹。").format(folder=folder)
                )
                return False
        self.chosen_folder = folder
        self._show_data_folder()
        return True

    def save(self) -> bool:
        """Store the choices; True when the data folder changed (it takes effect with the next draft)."""
        self.settings.set("ui/language", self.language.currentData())
        self.settings.set("ui/font_size", self.font_size.value())
        moved = self.chosen_folder != self.settings.get("store/data_dir")
        self.settings.set("store/data_dir", self.chosen_folder)
        return moved


def about(parent: QWidget) -> None:
    title = QCoreApplication.translate("About", "关于核稿助手")
    version = QCoreApplication.translate("About", "版本")
    blurb = QCoreApplication.translate("About", "报纸稿件核查工具：找出数字与人名、机构、地名，逐条核实、更正、存疑。")
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


class HouseStyleModel(QAbstractTableModel):
    """The desk's usage rules (written form, preferred form, note) as the store holds them."""

    def __init__(self, rules=(), parent=None) -> None:
        super().__init__(parent)
        self.rules = list(rules)

    def set_rules(self, rules) -> None:
        self.beginResetModel()
        self.rules = list(rules)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rules)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return (self.tr("不用的写法"), self.tr("规范写法"), self.tr("说明"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rules):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            r = self.rules[index.row()]
            return (r.written, r.preferred, r.note)[index.column()]
        return None


class HouseStyleDialog(QDialog):
    """本报用词规范: forms the desk does not print and what it prints instead.  Each change is
    written to the newsroom memory at once and the open draft is checked again."""

    def __init__(self, ctx, parent=None, written: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("houseStyleDialog")
        self.setWindowTitle(self.tr("本报用词规范"))
        self.ctx = ctx
        self.model = HouseStyleModel(ctx.house_style(), self)
        ctx.memoryChanged.connect(self._reload)  # saved here, removed here, or a desk's file merged
        self.table = QTableView(self)
        self.table.setObjectName("houseStyleTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        self.written = QLineEdit(written, self)
        self.written.setObjectName("styleWrittenEdit")
        self.written.setPlaceholderText(self.tr("稿件里的写法，如：老百姓"))
        self.preferred = QLineEdit(self)
        self.preferred.setObjectName("stylePreferredEdit")
        self.preferred.setPlaceholderText(self.tr("应写作，如：群众"))
        self.note = QLineEdit(self)
        self.note.setObjectName("styleNoteEdit")
        self.note.setPlaceholderText(self.tr("依据或说明（可不填）"))
        form = QFormLayout()
        form.addRow(self.tr("不用的写法"), self.written)
        form.addRow(self.tr("规范写法"), self.preferred)
        form.addRow(self.tr("说明"), self.note)
        self.save_button = QPushButton(self.tr("保存这条规范"), self)
        self.save_button.setObjectName("styleSaveButton")
        self.save_button.clicked.connect(self.save_rule)
        self.remove_button = QPushButton(self.tr("删除选中的规范"), self)
        self.remove_button.setObjectName("styleRemoveButton")
        self.remove_button.clicked.connect(self.remove_rule)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.message = QLabel(self)
        self.message.setObjectName("styleMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("稿件中出现“不用的写法”时，编校提示会给出本报的规范写法。"), self))
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(620, 460)
        (self.preferred if written else self.written).setFocus()

    def _reload(self) -> None:
        self.model.set_rules(self.ctx.house_style())

    def _picked(self, current, _previous) -> None:
        if current.isValid():
            r = self.model.rules[current.row()]
            self.written.setText(r.written)
            self.preferred.setText(r.preferred)
            self.note.setText(r.note)

    def save_rule(self) -> bool:
        written, preferred = self.written.text().strip(), self.preferred.text().strip()
        if not written or not preferred or written == preferred:
            self.message.setText(self.tr("请填写不用的写法和与之不同的规范写法"))
            return False
        try:
            self.ctx.set_house_style(written, preferred, self.note.text())
        except NewsFactsError as exc:
            self.message.setText(exc.message_zh)
            return False
        self.message.setText(self.tr("已保存：“{a}”应写作“{b}”").format(a=written, b=preferred))
        for w in (self.written, self.preferred, self.note):
            w.clear()
        self.written.setFocus()
        return True

    def remove_rule(self) -> bool:
        index = self.table.currentIndex()
        if not index.isValid():
            self.message.setText(self.tr("先在表中选中要删除的规范"))
            return False
        written = self.model.rules[index.row()].written
        try:
            self.ctx.remove_house_style(written)
        except NewsFactsError as exc:
            self.message.setText(exc.message_zh)
            return False
        self.message.setText(self.tr("已删除“{a}”的规范").format(a=written))
        return True
