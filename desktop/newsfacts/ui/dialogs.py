"""Settings dialog, the newsroom memory's dialogs (用词规范, 排名顺序, 核实名录, 词典), About box and the
keyboard help overlay."""

from __future__ import annotations

import html
import os
import re

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget,
)

from .. import APP_NAME, APP_NAME_ZH, __version__
from ..app.settings import FONT_SIZES, Settings
from ..core.errors import NewsFactsError
from ..core.model import Kind
from ..core.paths import data_dir
from ..core.store import KnownName
from ..core.store.checks import post_holders, succeeded
from .style import kind_cell, kind_name

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


class RulesModel(QAbstractTableModel):
    """Rows of the newsroom memory (usage rules, ranked lists) under their column headers."""

    def __init__(self, rows=(), parent=None, headers: tuple[str, ...] = (), cells=lambda row: (), kind=None) -> None:
        super().__init__(parent)
        self.rows = list(rows)
        self.headers = headers
        self.cells = cells
        self.kind = kind  # (column, row -> Kind): a 类型 column shaded in the kind's colour, as in the panels

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(self.rows[index.row()])[index.column()]
        if self.kind is not None and index.column() == self.kind[0] and role in (
            Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole
        ):
            return kind_cell(role, self.kind[1](self.rows[index.row()]))
        return None


class HouseStyleModel(RulesModel):
    """The desk's usage rules (written form, preferred form, note) as the store holds them."""

    def __init__(self, rules=(), parent=None) -> None:
        super().__init__(
            rules, parent, (self.tr("不用的写法"), self.tr("规范写法"), self.tr("说明")), lambda r: (r.written, r.preferred, r.note)
        )

    @property
    def rules(self):
        return self.rows

    def set_rules(self, rules) -> None:
        self.set_rows(rules)


class MemoryRulesDialog(QDialog):
    """A table of the newsroom memory's rules of one kind, a form to add or change one, and a
    button to remove the selected one.  Each change is written to the memory at once (and the open
    draft checked again); the table follows every change, a desk's file merged too.  Subclasses
    say what the rows are (``rows``), what a row puts in the form (``values``), and how a rule is
    saved and removed (``store``, ``drop``: the message to show, ValueError for a form to fix).
    A field given choices instead of a placeholder is a drop-down; ``search`` (its placeholder)
    adds a box above the table that keeps the rows with those words in a cell."""

    def __init__(self, ctx, parent, *, name: str, title: str, intro: str, model: RulesModel,
                 fields: list[tuple[str, str, str | tuple[str, ...]]], buttons: tuple[str, str], prefill: str = "",
                 search: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.ctx = ctx
        self.model = model
        model.setParent(self)
        ctx.memoryChanged.connect(self._reload)  # saved here, removed here, or a desk's file merged
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        self.search = None
        if search:
            self.search = QLineEdit(self)
            self.search.setObjectName("memorySearchEdit")
            self.search.setPlaceholderText(search)
            self.search.setClearButtonEnabled(True)
            self.search.textChanged.connect(self._reload)
        self.fields: list[QLineEdit | QComboBox] = []
        form = QFormLayout()
        for object_name, label, hint in fields:
            if isinstance(hint, tuple):
                edit = QComboBox(self)
                edit.addItems(list(hint))
            else:
                edit = QLineEdit(self)
                edit.setPlaceholderText(hint)
            edit.setObjectName(object_name)
            form.addRow(label, edit)
            self.fields.append(edit)
        self.fields[0].setText(prefill)
        self.save_button = QPushButton(buttons[0], self)
        self.save_button.clicked.connect(self.save_rule)
        self.remove_button = QPushButton(buttons[1], self)
        self.remove_button.clicked.connect(self.remove_rule)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.button_row = row  # a subclass may add its own buttons at the end
        self.message = QLabel(self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel(intro, self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        if self.search is not None:
            layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(640, 460)
        self._fit_columns()
        (self.fields[1] if prefill else self.fields[0]).setFocus()

    # what a subclass says
    def rows(self) -> list:
        raise NotImplementedError

    def values(self, row) -> tuple[str, ...]:
        raise NotImplementedError

    def store(self, values: list[str]) -> str:
        raise NotImplementedError

    def drop(self, row) -> str:
        raise NotImplementedError

    # the rest
    def _reload(self) -> None:
        rows = self.rows()
        words = self.search.text().split() if self.search is not None else []
        if words:
            rows = [r for r in rows if all(any(w in str(c) for c in self.model.cells(r)) for w in words)]
        self.model.set_rows(rows)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column but the last (which takes the rest) as wide as its widest cell, up to a third
        of the table: 全域文明创建行动 whole, not 全域文明创建…"""
        cap = max(120, self.table.viewport().width() // 3)
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(cap, self.table.columnWidth(column) + 12))

    def selected(self):
        """The row picked in the table, or None."""
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _picked(self, current, _previous) -> None:
        if current.isValid():
            for edit, value in zip(self.fields, self.values(self.model.rows[current.row()])):
                if isinstance(edit, QComboBox):
                    edit.setCurrentText(value)
                else:
                    edit.setText(value)

    def save_rule(self) -> bool:
        try:
            said = self.store([
                edit.currentText() if isinstance(edit, QComboBox) else edit.text().strip() for edit in self.fields
            ])
        except ValueError as exc:
            self.message.setText(str(exc))
            return False
        except NewsFactsError as exc:
            self.message.setText(exc.message_zh)
            return False
        self.message.setText(said)
        for edit in self.fields:
            if isinstance(edit, QLineEdit):
                edit.clear()
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.fields[0].setFocus()
        return True

    def remove_rule(self) -> bool:
        row = self.selected()
        if row is None:
            self.message.setText(self.tr("先在表中选中要删除的一行"))
            return False
        try:
            said = self.drop(row)
        except NewsFactsError as exc:
            self.message.setText(exc.message_zh)
            return False
        self.message.setText(said)
        return True


class HouseStyleDialog(MemoryRulesDialog):
    """本报用词规范: forms the desk does not print and what it prints instead."""

    def __init__(self, ctx, parent=None, written: str = "") -> None:
        super().__init__(
            ctx, parent, name="houseStyleDialog", title=self.tr("本报用词规范"),
            intro=self.tr("稿件中出现“不用的写法”时，编校提示会给出本报的规范写法。"),
            model=HouseStyleModel(ctx.house_style()),
            fields=[
                ("styleWrittenEdit", self.tr("不用的写法"), self.tr("稿件里的写法，如：老百姓")),
                ("stylePreferredEdit", self.tr("规范写法"), self.tr("应写作，如：群众")),
                ("styleNoteEdit", self.tr("说明"), self.tr("依据或说明（可不填）")),
            ],
            buttons=(self.tr("保存这条规范"), self.tr("删除选中的规范")),
            prefill=written,
        )
        self.table.setObjectName("houseStyleTable")
        self.save_button.setObjectName("styleSaveButton")
        self.remove_button.setObjectName("styleRemoveButton")
        self.message.setObjectName("styleMessage")
        self.written, self.preferred, self.note = self.fields

    def rows(self) -> list:
        return self.ctx.house_style()

    def values(self, row) -> tuple[str, ...]:
        return (row.written, row.preferred, row.note)

    def store(self, values: list[str]) -> str:
        written, preferred, note = values
        if not written or not preferred or written == preferred:
            raise ValueError(self.tr("请填写不用的写法和与之不同的规范写法"))
        self.ctx.set_house_style(written, preferred, note)
        return self.tr("已保存：“{a}”应写作“{b}”").format(a=written, b=preferred)

    def drop(self, row) -> str:
        self.ctx.remove_house_style(row.written)
        return self.tr("已删除“{a}”的规范").format(a=row.written)


class RankedListsDialog(MemoryRulesDialog):
    """本报排名顺序: lists of names the desk prints in one order (a city's leadership), checked in
    every enumeration like the shipped Standing Committee list."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(
            ctx, parent, name="rankedListsDialog", title=self.tr("本报排名顺序"),
            intro=self.tr("稿件里并列写出一份名单中的两人以上时，若次序与这里不同，编校提示会给出正确的顺序。"
                          "中央政治局常委的顺序已内置。"),
            model=RulesModel(ctx.ranked_lists(), None, (self.tr("名单"), self.tr("顺序")), self.values),
            fields=[
                ("rankedLabelEdit", self.tr("名单"), self.tr("如：市委常委")),
                ("rankedNamesEdit", self.tr("顺序"), self.tr("按排名先后写人名，用顿号隔开")),
            ],
            buttons=(self.tr("保存这份名单"), self.tr("删除选中的名单")),
        )
        self.label, self.names = self.fields

    def rows(self) -> list:
        return self.ctx.ranked_lists()

    def values(self, row) -> tuple[str, ...]:
        return (row.label, "、".join(row.names))

    def store(self, values: list[str]) -> str:
        label, names = values[0], [n.strip() for n in re.split(r"[、，,\s]+", values[1]) if n.strip()]
        if not label or len(names) < 2 or len(set(names)) < len(names):
            raise ValueError(self.tr("请填写名单的名称和两个以上不同的人名（用顿号隔开）"))
        self.ctx.set_ranked_list(label, names)
        return self.tr("已保存“{a}”：{b}").format(a=label, b="、".join(names))

    def drop(self, row) -> str:
        self.ctx.remove_ranked_list(row.label)
        return self.tr("已删除名单“{a}”").format(a=row.label)


class DeskFormulationsDialog(MemoryRulesDialog):
    """本报规范提法: the desk's own standard formulations (a city's strategies and slogans), found
    mangled in every draft like the shipped list's."""

    def __init__(self, ctx, parent=None, form: str = "") -> None:
        super().__init__(
            ctx, parent, name="deskFormulationsDialog", title=self.tr("本报规范提法"),
            intro=self.tr("本地的战略、口号、工作品牌和会议名称等须一字不差的提法。稿件里写得差一个词或一个同音字时"
                          "（如“专题会议生活会”之于“专题民主生活会”），编校提示会给出规范提法。"
                          "党和国家的常用规范提法已内置；机构、人名请记入本报核实名录。"),
            model=RulesModel(ctx.desk_formulations(), None, (self.tr("规范提法"), self.tr("说明")), self.values),
            fields=[
                ("formulationFormEdit", self.tr("规范提法"), self.tr("四个字以上，如：郑焦一体化发展")),
                ("formulationNoteEdit", self.tr("说明"), self.tr("出处或说明（可不填）")),
            ],
            buttons=(self.tr("保存这条提法"), self.tr("删除选中的提法")),
            prefill=form,
        )
        self.table.setObjectName("deskFormulationsTable")
        self.save_button.setObjectName("formulationSaveButton")
        self.remove_button.setObjectName("formulationRemoveButton")
        self.message.setObjectName("formulationMessage")
        self.form, self.note = self.fields

    def rows(self) -> list:
        return self.ctx.desk_formulations()

    def values(self, row) -> tuple[str, ...]:
        return (row.form, row.note)

    def store(self, values: list[str]) -> str:
        form, note = values
        if len(form) < 4:
            raise ValueError(self.tr("规范提法至少四个字"))
        self.ctx.set_desk_formulation(form, note)
        return self.tr("已保存提法“{a}”").format(a=form)

    def drop(self, row) -> str:
        self.ctx.remove_desk_formulation(row.form)
        return self.tr("已删除提法“{a}”").format(a=row.form)


def _entity_kinds() -> dict[str, Kind]:
    """The names' kinds as a drop-down offers them: 人名, 机构, 地名."""
    return {kind_name(k): k for k in (Kind.PERSON, Kind.ORG, Kind.PLACE)}


def _with_role(name: str, role: str) -> str:
    """赵海燕（解放区委书记）, or the name alone."""
    return f"{name}\uff08{role}\uff09" if role else name


def _when(at: str) -> str:
    """2026-12-05T06:44:10 -> 2026-12-05 06:44: when a name or a correction was kept."""
    return at[:16].replace("T", " ")


class VerifiedNamesDialog(MemoryRulesDialog):
    """本报核实名录: the names the desk verified (persons with their roles, organisations, places),
    which every draft is checked against.  A name can be entered by hand (a new official before any
    draft names them), a person's role changed (the post changed hands), a wrong one removed."""

    def __init__(self, ctx, parent=None) -> None:
        self.kinds = _entity_kinds()
        super().__init__(
            ctx, parent, name="verifiedNamesDialog", title=self.tr("本报核实名录"),
            intro=self.tr("编辑核实过的人名（连同职务）、机构名和地名都记在这里，以后的稿件据此核对："
                          "职务不符、写法差一字、某职务另有其人。可补录新任人员，可改职务，也可删除核错的一条。"),
            model=RulesModel(
                self._with_holders(ctx.verified_names()), None,
                (self.tr("名称"), self.tr("类型"), self.tr("职务"), self.tr("现状"), self.tr("核实人"), self.tr("时间"),
                 self.tr("稿件")),
                lambda r: (r.name, kind_name(r.kind), r.role, self._now.get(r.known, ""), r.by, _when(r.at), r.source),
                kind=(1, lambda r: r.kind),
            ),
            fields=[
                ("verifiedNameEdit", self.tr("名称"), self.tr("如：赵海燕、焦作地理信息产业园")),
                ("verifiedKindBox", self.tr("类型"), tuple(self.kinds)),
                ("verifiedRoleEdit", self.tr("职务"), self.tr("人名的职务，如：解放区委书记（可不填）")),
            ],
            buttons=(self.tr("保存"), self.tr("删除选中的一条")),
            search=self.tr("筛选：人名、职务、稿件…"),
        )
        self.table.setObjectName("verifiedNamesTable")
        self.name, self.kind, self.role = self.fields
        self.kind.currentTextChanged.connect(self._kind_picked)
        self.roster_button = QPushButton(self.tr("从名单导入…"), self)
        self.roster_button.setObjectName("rosterButton")
        self.roster_button.setToolTip(self.tr("本报的领导名单（.txt、.csv、Excel 或 Word）：每行一人，姓名和职务"))
        self.roster_button.clicked.connect(self.import_roster)
        self.button_row.addWidget(self.roster_button)
        self.table.doubleClicked.connect(self._open_source)
        self.table.setToolTip(self.tr("双击一行，打开核实它的那篇稿件"))
        self.resize(820, 520)

    opened = Signal(str)  # the draft a name was verified in, asked for by a double click

    def _open_source(self, index) -> None:
        row = self.model.rows[index.row()] if index.isValid() else None
        if row is None or not row.path:
            self.message.setText(self.tr("这一条不是在稿件中核实的（手工记入或从名单导入）"))
        elif not os.path.exists(row.path):
            self.message.setText(self.tr("找不到稿件“{name}”：它已被移走或删除").format(name=row.source or row.path))
        else:
            self.opened.emit(row.path)

    def import_roster(self, path: str = "") -> bool:
        """Read the desk's roster (a person and post a line) into the list, each as verified now."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("从名单导入"), "", self.tr("名单") + " (*.txt *.csv *.tsv *.xlsx *.docx)"
            )
            if not path:
                return False
        try:
            added, unread = self.ctx.import_roster(path)
        except NewsFactsError as exc:
            self.message.setText(exc.message_zh)
            return False
        said = self.tr("已从名单记入 {n} 人").format(n=added)
        if unread:
            said += self.tr("；{lines}没有读出姓名和职务").format(lines=unread)
        self.message.setText(said)
        self.table.scrollToBottom()  # the names just entered are the last ones
        return True

    def _kind_picked(self, text: str) -> None:
        person = self.kinds[text] is Kind.PERSON
        if not person:
            self.role.clear()  # only a person has a role
        self.role.setEnabled(person)

    def rows(self) -> list:
        return self._with_holders(self.ctx.verified_names())

    def _with_holders(self, rows: list) -> list:
        """The rows, with 现状 worked out once for them: a post of a row's role that someone verified
        later holds now (解放区委书记现为李明)."""
        holders = post_holders(r.known for r in rows)
        self._now = {}
        for r in rows:
            later = succeeded(r.known, holders)
            if later:
                self._now[r.known] = "；".join(self.tr("{post}现为{holder}").format(post=p, holder=h) for p, h in later)
        return rows

    def values(self, row) -> tuple[str, ...]:
        return (row.name, kind_name(row.kind), row.role)

    def store(self, values: list[str]) -> str:
        name, kind, role = values[0], self.kinds[values[1]], values[2]
        if not name:
            raise ValueError(self.tr("请填写名称"))
        if role and kind is not Kind.PERSON:
            raise ValueError(self.tr("只有人名才填职务"))
        picked = self.selected()
        # the row picked, with its name and kind unchanged: its role is changed; anything else is added
        same = picked is not None and (picked.name, picked.kind) == (name, kind)
        self.ctx.save_verified_name(KnownName(name, kind, role), picked.known if same else None)
        said = _with_role(name, role)
        return (self.tr("已改为：{a}") if same else self.tr("已记入：{a}")).format(a=said)

    def drop(self, row) -> str:
        self.ctx.forget_verified_name(row.known)
        return self.tr("已删除：{a}").format(a=_with_role(row.name, row.role))


class DeskDictionaryDialog(MemoryRulesDialog):
    """本报词典: the desk's corrections to the names dictionary (a name the tool missed, a word that
    is never a person), made in drafts or here; one made by mistake is taken back here."""

    def __init__(self, ctx, parent=None) -> None:
        self.kinds = _entity_kinds()
        self.verdicts = {self.tr("是这类名称"): True, self.tr("不是这类名称"): False}
        self.said = {v: t for t, v in self.verdicts.items()}  # added? -> its label
        super().__init__(
            ctx, parent, name="deskDictionaryDialog", title=self.tr("本报词典"),
            intro=self.tr("编辑在稿件中添加的漏标名称、删除的误报（如“养老”不是人名）都记在这里，以后的稿件照此标注。"
                          "误删或误加的一条，在这里删除即可恢复；改动后当前稿件会重新标注，已做的核稿决定不变。"),
            model=RulesModel(
                ctx.lexicon_records(), None,
                (self.tr("词语"), self.tr("类型"), self.tr("处理"), self.tr("修改人"), self.tr("时间")),
                lambda r: (r.entry.word, kind_name(r.entry.kind), self.said[r.entry.verdict == "add"], r.by, _when(r.at)),
                kind=(1, lambda r: r.entry.kind),
            ),
            fields=[
                ("dictionaryWordEdit", self.tr("词语"), self.tr("如：小蜗牛、焦作地理信息产业园")),
                ("dictionaryKindBox", self.tr("类型"), tuple(self.kinds)),
                ("dictionaryVerdictBox", self.tr("处理"), tuple(self.verdicts)),
            ],
            buttons=(self.tr("保存"), self.tr("删除选中的一条")),
            search=self.tr("筛选：词语…"),
        )
        self.table.setObjectName("deskDictionaryTable")
        self.word, self.kind, self.verdict = self.fields

    def rows(self) -> list:
        return self.ctx.lexicon_records()

    def values(self, row) -> tuple[str, ...]:
        return (row.entry.word, kind_name(row.entry.kind), self.said[row.entry.verdict == "add"])

    def store(self, values: list[str]) -> str:
        word, kind, accepted = values[0], self.kinds[values[1]], self.verdicts[values[2]]
        if not word:
            raise ValueError(self.tr("请填写词语"))
        self.ctx.set_lexicon_entry(word, kind, accepted)
        return self.tr("已保存：“{a}”{b}（{c}）").format(a=word, b=values[2], c=values[1])

    def drop(self, row) -> str:
        self.ctx.clear_lexicon_entry(row.entry.word, row.entry.kind)
        return self.tr("已删除“{a}”的更正").format(a=row.entry.word)
