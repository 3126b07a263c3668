"""Qt models over the review: facts, entities, findings.  They wrap core data and own none of it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from ..app.context import FINDING_FIXED, FINDING_NOT_A_PROBLEM, AppContext
from ..core.model import ENTITY_KINDS, Fact, Finding, Kind, Status
from .style import kind_cell, kind_name, status_colour, status_name

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # Fact.key / Finding.key
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # Kind
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # Status
SORT_ROLE = Qt.ItemDataRole.UserRole + 4  # comparable value of the cell
CHANGED_ROLE = Qt.ItemDataRole.UserRole + 5  # ChangedFact when the fact changed since the review, else None

CHANGED = "changed"  # the status filter's entry for facts changed since the review
CHANGED_COLOUR = "#e65100"

_STATUS_ORDER = {s: i for i, s in enumerate(Status)}
_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


def format_value(f: Fact) -> str:
    if f.kind in (Kind.DATE, Kind.TIME) and f.date:
        return f.date
    if f.kind is Kind.SCORE:
        return f.score or ""
    if f.value is None:
        return ""

    def num(v):
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        return f"{v:,}" if isinstance(v, int) and abs(v) >= 10000 else str(v)

    s = num(f.value)
    if f.value_max is not None:
        s += "–" + num(f.value_max)
    if f.qualifier:
        s = f"{f.qualifier} {s}"
    return s


class _RowsModel(QAbstractTableModel):
    """A read-only table over a list of core objects (``_rows``), one per row, ``COLUMNS`` wide."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
            return self.headers()[section]
        return None

    def _row_at(self, index):
        """The row's object, or None for an index outside the table."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        return self._rows[index.row()]


class FactsModel(_RowsModel):
    COLUMNS = ("kind", "text", "value", "unit", "role", "status", "correction", "note")

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self._rows: list[Fact] = []
        self._row: dict[str, int] = {}
        ctx.analysisReady.connect(self.reload)
        ctx.documentOpened.connect(self.reload)
        ctx.factsChanged.connect(self.reload)
        ctx.factChanged.connect(self._fact_changed)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("类型"), self.tr("原文"), self.tr("数值"), self.tr("单位"), self.tr("身份"),
                self.tr("状态"), self.tr("更正为"), self.tr("备注"))

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list(self.ctx.review.facts) if self.ctx.review else []
        self._row = {f.key: i for i, f in enumerate(self._rows)}
        self.endResetModel()

    def _fact_changed(self, key: str) -> None:
        row = self._row.get(key)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def fact(self, row: int) -> Fact:
        return self._rows[row]

    def row_of(self, key: str) -> int | None:
        return self._row.get(key)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        f = self._row_at(index)
        if f is None:
            return None
        state = self.ctx.review.state(f.key) if self.ctx.review else None
        status = state.status if state else Status.UNCHECKED
        changed = self.ctx.changed.get(f.key)
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "kind": kind_name(f.kind),
                "text": ("△ " if changed else "") + f.text.replace("\n", " "),
                "value": format_value(f),
                "unit": f.unit or "",
                "role": f.role or "",
                "status": status_name(status) + (self.tr(" · 变更") if changed else ""),
                "correction": (state.correction or "") if state else "",
                "note": (state.note or "") if state else "",
            }[col]
        if role == SORT_ROLE:
            if col == "value":
                return float(f.value) if isinstance(f.value, (int, float)) else float("-inf")
            if col == "status":
                return _STATUS_ORDER[status]
            if col == "text":
                return f.start
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == KEY_ROLE:
            return f.key
        if role == KIND_ROLE:
            return f.kind
        if role == STATUS_ROLE:
            return status
        if role == CHANGED_ROLE:
            return changed
        if col == "kind" and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return kind_cell(role, f.kind)
        if role == Qt.ItemDataRole.ForegroundRole and col in ("status", "text") and changed:
            return QBrush(QColor(CHANGED_COLOUR))
        if role == Qt.ItemDataRole.ForegroundRole and col == "status":
            return QBrush(status_colour(status))
        if role == Qt.ItemDataRole.ToolTipRole and changed and col in ("text", "status"):
            return self.tr("核稿后有变更：原为“{old}”（{verdict}），现为“{new}”").format(
                old=changed.old.text, verdict=status_name(changed.state.status), new=f.text
            )
        if role == Qt.ItemDataRole.ToolTipRole and col == "text" and self.ctx.article is not None:
            return self.ctx.article.sentence_around(f.start, f.end).text
        return None


class FactsFilter(QSortFilterProxyModel):
    """Sort, filter by kind and status, search in text, role, correction and note."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.kinds: set[Kind] | None = None  # None: every kind
        self.statuses: set[Status] | None = None
        self.changed_only = False  # only facts changed since the review (a revised draft)
        self.search = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def _refilter(self, **changes) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated there
            self.beginFilterChange()
            self.__dict__.update(changes)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.__dict__.update(changes)
            self.invalidateFilter()

    def set_kinds(self, kinds: set[Kind] | None) -> None:
        self._refilter(kinds=kinds)

    def set_statuses(self, statuses: set[Status] | None) -> None:
        self._refilter(statuses=statuses)

    def set_changed_only(self, on: bool) -> None:
        self._refilter(changed_only=on)

    def set_search(self, text: str) -> None:
        self._refilter(search=text.strip().lower())

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        model: FactsModel = self.sourceModel()
        if row >= model.rowCount():
            return False
        f = model.fact(row)
        if self.kinds is not None and f.kind not in self.kinds:
            return False
        if self.statuses is not None and model.data(model.index(row, 0), STATUS_ROLE) not in self.statuses:
            return False
        if self.changed_only and model.data(model.index(row, 0), CHANGED_ROLE) is None:
            return False
        if self.search:
            hay = " ".join(str(model.data(model.index(row, c)) or "") for c in range(model.columnCount()))
            return self.search in hay.lower()
        return True

    def keys(self) -> list[str]:
        return [self.data(self.index(r, 0), KEY_ROLE) for r in range(self.rowCount())]

    def row_of(self, key: str) -> int | None:
        model: FactsModel = self.sourceModel()
        src = model.row_of(key)
        if src is None:
            return None
        idx = self.mapFromSource(model.index(src, 0))
        return idx.row() if idx.isValid() else None


@dataclass
class Entity:
    kind: Kind
    text: str
    keys: list[str]
    roles: list[str]


class EntitiesModel(_RowsModel):
    """Each person, organisation and place once, with its mentions and the roles seen with it."""

    COLUMNS = ("text", "kind", "mentions", "roles", "checked")

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self._rows: list[Entity] = []
        ctx.analysisReady.connect(self.reload)
        ctx.documentOpened.connect(self.reload)
        ctx.factsChanged.connect(self.reload)
        ctx.factChanged.connect(self._fact_changed)

    def reload(self) -> None:
        self.beginResetModel()
        groups: dict[tuple[Kind, str], Entity] = {}
        for f in self.ctx.review.facts if self.ctx.review else []:
            if f.kind not in ENTITY_KINDS:
                continue
            e = groups.setdefault((f.kind, f.text), Entity(f.kind, f.text, [], []))
            e.keys.append(f.key)
            if f.role and f.role not in e.roles:
                e.roles.append(f.role)
        self._rows = sorted(groups.values(), key=lambda e: (-len(e.keys), e.kind.value, e.text))
        self.endResetModel()

    def _fact_changed(self, key: str) -> None:
        for r, e in enumerate(self._rows):
            if key in e.keys:
                i = self.COLUMNS.index("checked")
                self.dataChanged.emit(self.index(r, i), self.index(r, i))

    def entity(self, row: int) -> Entity:
        return self._rows[row]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("名称"), self.tr("类型"), self.tr("提及"), self.tr("身份"), self.tr("已核"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        e = self._row_at(index)
        if e is None:
            return None
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "checked":
                review = self.ctx.review
                done = sum(1 for k in e.keys if review and review.state(k).status is not Status.UNCHECKED)
                return f"{done}/{len(e.keys)}"
            return {"text": e.text, "kind": kind_name(e.kind), "mentions": len(e.keys), "roles": "、".join(e.roles)}[col]
        if role == KEY_ROLE:
            return e.keys[0]
        if role == KIND_ROLE:
            return e.kind
        if col == "kind" and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return kind_cell(role, e.kind)
        return None


class FindingsModel(_RowsModel):
    COLUMNS = ("severity", "message", "text", "rule", "verdict")

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self._rows: list[Finding] = []
        ctx.analysisReady.connect(self.reload)
        ctx.findingsChanged.connect(self.reload)
        ctx.documentOpened.connect(self.reload)
        ctx.findingVerdictChanged.connect(self._verdict_changed)

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list(self.ctx.analysis.findings) if self.ctx.analysis else []
        self.endResetModel()

    def _verdict_changed(self, key: str) -> None:
        for r, f in enumerate(self._rows):
            if f.key == key:
                self.dataChanged.emit(self.index(r, 0), self.index(r, len(self.COLUMNS) - 1))

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("级别"), self.tr("问题"), self.tr("原文"), self.tr("依据"), self.tr("处理"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        f = self._row_at(index)
        if f is None:
            return None
        col = self.COLUMNS[index.column()]
        verdict = self.ctx.finding_verdicts.get(f.key)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "severity":
                return {"high": self.tr("高"), "medium": self.tr("中"), "low": self.tr("低")}.get(f.severity.value, f.severity.value)
            if col == "message":
                return f.message
            if col == "text":
                return " … ".join(s.text for s in f.spans)
            if col == "rule":
                return f.rule or ""
            return {FINDING_FIXED: self.tr("已改"), FINDING_NOT_A_PROBLEM: self.tr("不是问题")}.get(verdict, "")
        if role == KEY_ROLE:
            return f.key
        if role == Qt.ItemDataRole.ForegroundRole and verdict is not None:
            return QBrush(QColor("#9e9e9e"))
        if role == Qt.ItemDataRole.ToolTipRole and col == "message":
            return f.message
        return None


