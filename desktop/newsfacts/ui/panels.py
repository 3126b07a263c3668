"""Dock panels whose contents are built the first time they are shown (Frescobaldi's pattern)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDockWidget, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from ..core.model import Kind, Status
from .models import CHANGED
from .style import kind_name, status_name


class Panel(QDockWidget):
    def __init__(self, title: str, name: str, factory: Callable[[], QWidget], parent: QWidget) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self._factory = factory
        self._content: QWidget | None = None
        self.visibilityChanged.connect(self._visible)

    def _visible(self, visible: bool) -> None:
        if visible:
            self.content()

    @property
    def built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        if self._content is None:
            self._content = self._factory()
            self.setWidget(self._content)
        return self._content


def make_table(name: str, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class _ListKeys(QObject):
    """↑/↓, Page Up/Down, Home and End go to the list that has the focus, not to the window's
    shortcuts (↓/↑ step through the facts wherever else the focus is)."""

    KEYS = frozenset((Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in self.KEYS:
            if not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                event.accept()  # the list wants the key: no shortcut, a key press instead
        return False


def own_list_keys(view: QWidget) -> None:
    """The list moves its own selection with the arrow keys (the entities, the findings, recent files)."""
    f = _ListKeys(view)
    view.installEventFilter(f)


def fit_columns(view: QAbstractItemView, widths: Iterable[int], labels: Mapping[int, Iterable[str]] | None = None) -> None:
    """Starting column widths, widened where the header or one of the column's labels would be clipped.

    The widths suit Chinese; English headers and kind names ("Organisation") are longer, so each
    column is at least as wide as its header (with room for the sort arrow) and its known labels.
    """
    model = view.model()
    hfm = view.horizontalHeader().fontMetrics()
    fm = view.fontMetrics()
    for col, width in enumerate(widths):
        header = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        need = hfm.horizontalAdvance(header) + hfm.height() + 12
        for label in (labels or {}).get(col, ()):
            need = max(need, fm.horizontalAdvance(label) + 14)
        view.setColumnWidth(col, max(width, need))


def kind_names() -> list[str]:
    return [kind_name(k) for k in Kind]


class FactsPanel(QWidget):
    """Filter row (kind, status, search) over the facts table."""

    def __init__(self, proxy, parent=None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.kind = QComboBox(self)
        self.kind.setObjectName("kindFilter")
        self.kind.addItem(self.tr("全部类型"), None)
        for k in Kind:
            self.kind.addItem(kind_name(k), k)
        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("全部状态"), None)
        for s in Status:
            self.status.addItem(status_name(s), s)
        self.status.addItem(self.tr("变更"), CHANGED)  # changed since the review (a revised draft)
        self.search = QLineEdit(self)
        self.search.setObjectName("factsSearch")
        self.search.setPlaceholderText(self.tr("搜索（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.status)
        row.addWidget(self.search, 1)
        self.view = make_table("factsView", self)
        self.view.setModel(proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # text order until the editor sorts
        fit_columns(self.view, (56, 105, 95, 44, 85, 60, 90), {0: kind_names(), 5: [status_name(s) for s in Status]})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.search.textChanged.connect(proxy.set_search)

    def _kind_changed(self) -> None:
        k = self.kind.currentData()
        self.proxy.set_kinds(None if k is None else {k})

    def _status_changed(self) -> None:
        s = self.status.currentData()
        changed = s == CHANGED
        self.proxy.set_changed_only(changed)
        self.proxy.set_statuses(None if s is None or changed else {s})


class FindingsPanel(QWidget):
    def __init__(self, model, parent=None) -> None:
        super().__init__(parent)
        self.view = make_table("findingsView", self)
        own_list_keys(self.view)
        self.view.setModel(model)
        fit_columns(self.view, (40, 260, 120, 120), {0: [self.tr("高"), self.tr("中"), self.tr("低")]})
        self.fixed = QPushButton(self.tr("已改(&G)"), self)
        self.fixed.setObjectName("findingFixed")
        self.not_a_problem = QPushButton(self.tr("不是问题(&B)"), self)
        self.not_a_problem.setObjectName("findingNotAProblem")
        self.clear = QPushButton(self.tr("取消处理(&Q)"), self)
        self.clear.setObjectName("findingClear")
        # the right form a check gives (普丁 -> 普京): taken with one key, the fact there corrected;
        # on a row of its own, saying what it will write, so the panel stays as narrow as it was
        self.adopt = QPushButton(self)
        self.adopt.setObjectName("findingAdopt")
        self.show_suggestion(None)
        self.fixed.setToolTip(self.tr("改好了（Alt+G），然后转到下一条"))
        self.not_a_problem.setToolTip(self.tr("不是问题（Alt+B），然后转到下一条"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for b in (self.fixed, self.not_a_problem, self.clear):
            row.addWidget(b)
        row.addStretch(1)
        adopt_row = QHBoxLayout()
        adopt_row.setContentsMargins(0, 0, 0, 0)
        adopt_row.addWidget(self.adopt)
        adopt_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        layout.addLayout(adopt_row)
        layout.addLayout(row)

    def show_suggestion(self, right: str | None) -> None:
        """The adopt button for the selected finding's right form (None: it has none)."""
        self.adopt.setEnabled(right is not None)
        if right is None:
            self.adopt.setText(self.tr("按建议改(&A)"))
            self.adopt.setToolTip(self.tr("这条提示没有现成的改法"))
            return
        shown = right if len(right) <= 10 else right[:9] + "…"
        self.adopt.setText(self.tr("改为“{right}”(&A)").format(right=shown))
        self.adopt.setToolTip(
            self.tr("改为“{right}”（Alt+A）：记为已改，此处的事实记为更正，然后转到下一条").format(right=right)
        )
