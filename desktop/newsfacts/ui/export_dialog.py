"""The export dialog: the open page's fact sheet in Word and/or Excel, written off the UI thread.

What is exported is what the editor sees: the dialog takes a snapshot of the window's review
(``ctx.review`` and ``ctx.finding_verdicts``) on the UI thread when 导出 is pressed, then builds
the sheet and writes the files in the TaskRunner.  A decision made while the files are being
written changes neither the snapshot nor the files.

The choices (targets, all facts or only verified, columns, reviewer, last folder) are remembered
in the settings; the window keeps one dialog, so its widgets keep their state between openings.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListView, QMessageBox, QPushButton, QRadioButton, QStyle, QVBoxLayout, QWidget,
)

from ..app.context import AppContext
from ..app.settings import OPTIONS
from ..core.export import COLUMNS, ExportError, build_fact_sheet
from ..core.model import Analysis, Fact, Status
from ..core.review import FactReview, current_user

WORD = "docx"
EXCEL = "xlsx"
ANNOTATED = "annotated"  # the draft with the review on it, as Word (core/export/annotated.py)
PDF = "pdf"  # ...and as a PDF to print (ui/printing.py)
SUFFIXES = {WORD: ".docx", EXCEL: ".xlsx", ANNOTATED: ".docx", PDF: ".pdf"}
KEY_ROLE = Qt.ItemDataRole.UserRole + 1

@dataclass(frozen=True)
class ExportRequest:
    """Everything the background export needs, frozen: no reference to the live review or a widget."""

    analysis: Analysis
    rows: tuple[tuple[Fact, FactReview], ...]  # the review as shown: facts not removed, with verdicts
    finding_verdicts: Mapping[str, str]
    targets: tuple[tuple[str, str], ...]  # (WORD, EXCEL, ANNOTATED or PDF, absolute path)
    only_verified: bool
    columns: tuple[str, ...]
    reviewer: str


@dataclass(frozen=True)
class ExportOutcome:
    fmt: str
    path: str
    error: str | None = None  # the message for the editor when this file could not be written

    @property
    def ok(self) -> bool:
        return self.error is None


def run_export(request: ExportRequest, progress: Callable[[int, str], None] | None = None) -> tuple[ExportOutcome, ...]:
    """Build the sheet once, write each target (runs in a worker thread: no widgets here).

    A target that cannot be written (open in Word, no permission, disk full) does not stop the
    others; its outcome carries the ExportError's message.
    """
    say = progress or (lambda pct, what="": None)
    say(5, "sheet")
    # Here, in the worker: python-docx and openpyxl load off the UI thread at the first export.
    from ..core.export.annotated import write_annotated
    from ..core.export.docx_writer import write_docx
    from ..core.export.xlsx_writer import write_xlsx
    from .printing import proof_pdf

    writers = {
        WORD: write_docx,
        EXCEL: write_xlsx,
        ANNOTATED: lambda sheet, path: write_annotated(request.analysis.article, sheet, path),
        # Qt lays the page out here, in the worker: QPainter on a printer is safe off the UI thread
        PDF: lambda sheet, path: proof_pdf(request.analysis.article, sheet, path),
    }

    sheet = build_fact_sheet(
        request.analysis,
        request.rows,  # build_fact_sheet only iterates (fact, state) pairs
        request.finding_verdicts,
        reviewer=request.reviewer,
        only_verified=request.only_verified,
        columns=request.columns,
    )
    out: list[ExportOutcome] = []
    n = len(request.targets)
    for i, (fmt, path) in enumerate(request.targets):
        say(10 + int(85 * i / max(n, 1)), fmt)
        try:
            written = writers[fmt](sheet, path)
        except ExportError as exc:
            out.append(ExportOutcome(fmt, path, exc.message_zh))
        else:
            out.append(ExportOutcome(fmt, written))
    say(100, "done")
    return tuple(out)


# The sheet's column headers (core.export.COLUMNS) written out as literals, so pyside6-lupdate
# extracts them; tests/ui/test_i18n.py checks that this table and COLUMNS stay the same.
COLUMN_LABELS: dict[str, str] = {
    "kind": QT_TRANSLATE_NOOP("ExportColumns", "类型"),
    "text": QT_TRANSLATE_NOOP("ExportColumns", "原文"),
    "value": QT_TRANSLATE_NOOP("ExportColumns", "规范值"),
    "unit": QT_TRANSLATE_NOOP("ExportColumns", "单位"),
    "date": QT_TRANSLATE_NOOP("ExportColumns", "日期"),
    "role": QT_TRANSLATE_NOOP("ExportColumns", "职务/身份"),
    "status": QT_TRANSLATE_NOOP("ExportColumns", "状态"),
    "correction": QT_TRANSLATE_NOOP("ExportColumns", "更正为"),
    "note": QT_TRANSLATE_NOOP("ExportColumns", "备注"),
    "context": QT_TRANSLATE_NOOP("ExportColumns", "上下文"),
    "by": QT_TRANSLATE_NOOP("ExportColumns", "核对人"),
    "at": QT_TRANSLATE_NOOP("ExportColumns", "核对时间"),
}


def _column_label(key: str) -> str:
    return QCoreApplication.translate("ExportColumns", COLUMN_LABELS.get(key, COLUMNS[key]))


class ColumnsModel(QStandardItemModel):
    """The sheet's columns as a check list, in the sheet's order, with their Chinese headers."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        for key in COLUMNS:
            item = QStandardItem(_column_label(key))
            item.setData(key, KEY_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            item.setDropEnabled(False)
            item.setToolTip(key)
            self.appendRow(item)

    def chosen(self) -> tuple[str, ...]:
        return tuple(
            self.item(r).data(KEY_ROLE) for r in range(self.rowCount()) if self.item(r).checkState() == Qt.CheckState.Checked
        )

    def set_chosen(self, keys) -> None:
        wanted = set(keys)
        for r in range(self.rowCount()):
            item = self.item(r)
            item.setCheckState(Qt.CheckState.Checked if item.data(KEY_ROLE) in wanted else Qt.CheckState.Unchecked)


class _Target(QWidget):
    """One output: a check box, the path and 浏览…"""

    changed = Signal()

    def __init__(self, fmt: str, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.check = QCheckBox(label, self)
        self.check.setObjectName(f"{fmt}Check")
        self.path = QLineEdit(self)
        self.path.setObjectName(f"{fmt}Path")
        self.path.setMinimumWidth(440)
        self.path.setClearButtonEnabled(True)
        self.browse = QPushButton(self.tr("浏览…"), self)
        self.browse.setObjectName(f"{fmt}Browse")
        self.check.toggled.connect(self._toggled)
        self.check.toggled.connect(self.changed)
        self.path.textChanged.connect(self.changed)

    def _toggled(self, on: bool) -> None:
        self.path.setEnabled(on)
        self.browse.setEnabled(on)


class ExportDialog(QDialog):
    """导出核稿表: targets, scope, columns and reviewer; the export runs in ctx.tasks."""

    exported = Signal(object)  # tuple of the paths written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, status: Callable[..., None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("导出核稿表"))
        self.ctx = ctx
        self._status = status or (lambda *a: None)
        self._prepared_for: object = None
        self.busy = False
        self.done_box: QMessageBox | None = None
        s = ctx.settings

        # built first: every change of a choice below updates them
        self.hint = QLabel(self)
        self.hint.setObjectName("exportHint")
        self.hint.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("导出"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        # targets
        self.word = _Target(WORD, self.tr("Word 核稿表（.docx）"), self)
        self.excel = _Target(EXCEL, self.tr("Excel 明细表（.xlsx）"), self)
        self.annotated = _Target(ANNOTATED, self.tr("Word 批注稿（.docx）"), self)
        self.annotated.check.setToolTip(
            self.tr("稿件原文：事实按核查结论着色，更正、存疑、备注和待处理的编校提示作为页边批注，可交记者或版面编辑")
        )
        self.pdf = _Target(PDF, self.tr("PDF 批注稿（打印用，.pdf）"), self)
        self.pdf.check.setToolTip(self.tr("与 Word 批注稿相同，批注编号列在文末：直接打印，或交给没有 Word 的同事"))
        targets = QGroupBox(self.tr("导出到"), self)
        grid = QGridLayout(targets)
        for row, t in enumerate(self.targets):
            grid.addWidget(t.check, row, 0)
            grid.addWidget(t.path, row, 1)
            grid.addWidget(t.browse, row, 2)
            t.browse.clicked.connect(partial(self.browse, t.fmt))
            t.changed.connect(self._update_state)
        grid.setColumnStretch(1, 1)
        self.word.check.setChecked(bool(s.get("export/word")))
        self.excel.check.setChecked(bool(s.get("export/excel")))
        self.annotated.check.setChecked(bool(s.get("export/annotated")))
        self.pdf.check.setChecked(bool(s.get("export/pdf")))
        for t in self.targets:
            t._toggled(t.check.isChecked())

        # scope
        scope = QGroupBox(self.tr("范围"), self)
        self.all_facts = QRadioButton(self.tr("全部事实"), scope)
        self.all_facts.setObjectName("allFacts")
        self.only_verified = QRadioButton(self.tr("只导出已核实、已更正的事实"), scope)
        self.only_verified.setObjectName("onlyVerified")
        self._scope_group = QButtonGroup(self)
        self._scope_group.addButton(self.all_facts)
        self._scope_group.addButton(self.only_verified)
        (self.only_verified if s.get("export/only_verified") else self.all_facts).setChecked(True)
        scope_layout = QVBoxLayout(scope)
        scope_layout.addWidget(self.all_facts)
        scope_layout.addWidget(self.only_verified)
        self.scope_note = QLabel(self.tr("汇总部分始终统计全部事实。"), scope)
        self.scope_note.setStyleSheet("color: palette(mid);")
        scope_layout.addWidget(self.scope_note)

        # columns
        cols = QGroupBox(self.tr("事实表的列"), self)
        self.columns_model = ColumnsModel(self)
        self.columns_model.set_chosen(_known(s.get("export/columns")))
        self.columns_model.itemChanged.connect(self._update_state)
        self.columns_view = QListView(cols)
        self.columns_view.setObjectName("exportColumns")
        self.columns_view.setModel(self.columns_model)
        self.columns_view.setFlow(QListView.Flow.LeftToRight)
        self.columns_view.setWrapping(True)
        self.columns_view.setResizeMode(QListView.ResizeMode.Adjust)
        # A grid wide enough for the longest header beside its check box; room for two or three rows.
        fm = self.columns_view.fontMetrics()
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        widest = max(fm.horizontalAdvance(_column_label(k)) for k in COLUMNS)
        cell = QSize(widest + indicator + fm.height() * 2, fm.height() + 12)
        self.columns_view.setGridSize(cell)
        frame = 2 * self.columns_view.frameWidth() + 6
        self.columns_view.setMinimumHeight(cell.height() * 2 + frame)
        self.columns_view.setMaximumHeight(cell.height() * 3 + frame)
        self.columns_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.all_columns = QPushButton(self.tr("全选"), cols)
        self.all_columns.setObjectName("allColumns")
        self.all_columns.clicked.connect(lambda: self.columns_model.set_chosen(COLUMNS))
        self.default_columns = QPushButton(self.tr("恢复默认"), cols)
        self.default_columns.setObjectName("defaultColumns")
        self.default_columns.clicked.connect(lambda: self.columns_model.set_chosen(_default_columns()))
        col_buttons = QHBoxLayout()
        col_buttons.addWidget(self.all_columns)
        col_buttons.addWidget(self.default_columns)
        col_buttons.addStretch(1)
        cols_layout = QVBoxLayout(cols)
        cols_layout.addWidget(self.columns_view)
        cols_layout.addLayout(col_buttons)

        # reviewer
        form = QFormLayout()
        self.reviewer = QLineEdit(s.get("export/reviewer") or current_user(), self)
        self.reviewer.setObjectName("reviewer")
        self.reviewer.setPlaceholderText(self.tr("核对人姓名"))
        form.addRow(self.tr("核对人"), self.reviewer)


        layout = QVBoxLayout(self)
        layout.addWidget(targets)
        layout.addWidget(scope)
        layout.addWidget(cols)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._update_state()

    # opening
    def prepare(self) -> None:
        """Before each opening: default file names for a page not exported yet, the facts counted."""
        article = self.ctx.article
        if article is not None and article is not self._prepared_for:
            self._prepared_for = article
            folder = self.default_folder()
            stem = os.path.splitext(article.name)[0] or self.tr("稿件")
            base = os.path.join(folder, stem + self.tr("_核稿表"))
            self.word.path.setText(base + SUFFIXES[WORD])
            self.excel.path.setText(base + SUFFIXES[EXCEL])
            self.annotated.path.setText(os.path.join(folder, stem + self.tr("_批注稿")) + SUFFIXES[ANNOTATED])
            self.pdf.path.setText(os.path.join(folder, stem + self.tr("_批注稿")) + SUFFIXES[PDF])
        review = self.ctx.review
        if review is not None:
            c = review.counts()
            done = c[Status.VERIFIED.value] + c[Status.CORRECTED.value]
            self.all_facts.setText(self.tr("全部事实（{n} 条）").format(n=sum(c.values())))
            self.only_verified.setText(self.tr("只导出已核实、已更正的事实（{n} 条）").format(n=done))
        self._update_state()

    def default_folder(self) -> str:
        """The folder of the last export; else the draft's folder; else the home folder."""
        last = self.ctx.settings.get("export/last_dir")
        if last and os.path.isdir(last):
            return last
        article = self.ctx.article
        if article is not None and article.path and os.path.isdir(os.path.dirname(os.path.abspath(article.path))):
            return os.path.dirname(os.path.abspath(article.path))
        return os.path.expanduser("~")

    @property
    def targets(self) -> tuple[_Target, ...]:
        return (self.word, self.excel, self.annotated, self.pdf)

    def target(self, fmt: str) -> _Target:
        return next(t for t in self.targets if t.fmt == fmt)

    def browse(self, fmt: str) -> None:
        t = self.target(fmt)
        title = {
            WORD: self.tr("保存 Word 核稿表"), EXCEL: self.tr("保存 Excel 明细表"), ANNOTATED: self.tr("保存 Word 批注稿"),
            PDF: self.tr("保存 PDF 批注稿"),
        }[fmt]
        pattern = {EXCEL: self.tr("Excel 工作簿") + " (*.xlsx)", PDF: self.tr("PDF 文件 (*.pdf)")}.get(
            fmt, self.tr("Word 文档") + " (*.docx)"
        )
        path, _ = QFileDialog.getSaveFileName(self, title, t.path.text().strip() or self.default_folder(), pattern)
        if path:
            t.path.setText(_with_suffix(path, SUFFIXES[fmt]))

    # state
    def chosen_targets(self) -> list[_Target]:
        return [t for t in self.targets if t.check.isChecked()]

    def _problem(self) -> str:
        if self.ctx.analysis is None or self.ctx.review is None:
            return self.tr("稿件分析完成后才能导出")
        if not self.chosen_targets():
            return self.tr("请至少选择一种导出文件")
        for t in self.chosen_targets():
            if not t.path.text().strip():
                return self.tr("请填写“{what}”的保存位置").format(what=t.check.text())
        paths = [os.path.abspath(os.path.expanduser(t.path.text().strip())) for t in self.chosen_targets()]
        if len(set(paths)) < len(paths):
            return self.tr("两种导出文件不能用同一个文件名")
        if not self.columns_model.chosen():
            return self.tr("请至少选择一列")
        return ""

    def _update_state(self, *_args) -> None:
        problem = self._problem()
        self.hint.setText(problem)
        self.export_button.setEnabled(not problem and not self.busy)

    def reject(self) -> None:
        if self.busy:  # the files are being written: the outcome still has to be shown
            return
        super().reject()

    # exporting
    def request(self) -> ExportRequest:
        """A frozen snapshot of the window's review and the dialog's choices."""
        ctx = self.ctx
        targets = tuple(
            (t.fmt, os.path.abspath(_with_suffix(os.path.expanduser(t.path.text().strip()), SUFFIXES[t.fmt])))
            for t in self.chosen_targets()
        )
        return ExportRequest(
            analysis=ctx.analysis,
            rows=tuple(ctx.review),
            finding_verdicts=dict(ctx.finding_verdicts),
            targets=targets,
            only_verified=self.only_verified.isChecked(),
            columns=self.columns_model.chosen(),
            reviewer=self.reviewer.text().strip(),
        )

    def export(self) -> bool:
        """Start the export (False when there is nothing to do or the editor declined to replace a file)."""
        if self.busy:
            return False
        problem = self._problem()
        if problem:
            QMessageBox.warning(self, self.tr("无法导出"), problem)
            return False
        request = self.request()
        existing = [p for _, p in request.targets if os.path.exists(p)]
        if existing:
            answer = QMessageBox.question(
                self,
                self.tr("替换文件"),
                self.tr("这些文件已经存在，要替换吗？\n{paths}").format(paths="\n".join(existing)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        for fmt, path in request.targets:
            self.target(fmt).path.setText(path)
        self._remember(request)
        self._set_busy(True)
        self._status(self.tr("正在导出核稿表…"))
        self.ctx.tasks.run(
            partial(run_export, request),
            on_success=self._finished,
            on_failure=self._failed,
            on_progress=self._progress,
        )
        return True

    def _remember(self, request: ExportRequest) -> None:
        s = self.ctx.settings
        s.set("export/word", int(self.word.check.isChecked()))
        s.set("export/excel", int(self.excel.check.isChecked()))
        s.set("export/annotated", int(self.annotated.check.isChecked()))
        s.set("export/pdf", int(self.pdf.check.isChecked()))
        s.set("export/only_verified", int(request.only_verified))
        s.set("export/columns", list(request.columns))
        s.set("export/reviewer", request.reviewer)
        s.set("export/last_dir", os.path.dirname(request.targets[0][1]))
        s.sync()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.export_button.setText(self.tr("正在导出…") if busy else self.tr("导出"))
        self.cancel_button.setEnabled(not busy)
        self._update_state()

    def _progress(self, pct: int, what: str) -> None:
        step = {
            "sheet": self.tr("整理事实"), WORD: self.tr("写入 Word"), EXCEL: self.tr("写入 Excel"), ANNOTATED: self.tr("写入批注稿"),
            PDF: self.tr("排版 PDF"),
        }.get(what)
        if step:
            self._status(self.tr("正在导出核稿表：{step}（{pct}%）").format(step=step, pct=pct))

    def _finished(self, outcomes: tuple[ExportOutcome, ...]) -> None:
        self._set_busy(False)
        written = tuple(o.path for o in outcomes if o.ok)
        failed = [o for o in outcomes if not o.ok]
        if written:
            self.exported.emit(written)
        if failed:
            self._status(self.tr("导出失败"), 8000)
            lines = [o.error for o in failed]
            if written:
                lines.append("")
                lines.append(self.tr("已导出："))
                lines += written
            lines.append("")
            lines.append(self.tr("可以换一个位置或文件名后再导出。"))
            QMessageBox.warning(self, self.tr("导出失败"), "\n".join(lines))
            bad = self.target(failed[0].fmt).path
            bad.setFocus()
            bad.selectAll()
            return
        self._status(self.tr("已导出核稿表：{names}").format(names="、".join(os.path.basename(p) for p in written)), 8000)
        self.accept()
        self._show_done(written)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        msg = getattr(exc, "message_zh", None) or f"{type(exc).__name__}: {exc}"
        self._status(self.tr("导出失败"), 8000)
        QMessageBox.warning(self, self.tr("导出失败"), self.tr("导出时出错：{msg}").format(msg=msg))

    def _show_done(self, paths: tuple[str, ...]) -> None:
        """The paths written and a button that opens their folder (non-blocking)."""
        if self.done_box is not None:
            self.done_box.deleteLater()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("导出完成"), self.tr("核稿表已导出："), parent=self.parentWidget() or self)
        box.setObjectName("exportDoneBox")
        box.setInformativeText("\n".join(paths))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Wide enough for a path on one line (a message box wraps its text narrowly otherwise).
        width = max(self.fontMetrics().horizontalAdvance(p) for p in paths) + 24
        box.setStyleSheet(f"QLabel#qt_msgbox_informativelabel {{ min-width: {min(width, 720)}px; }}")
        folder = os.path.dirname(paths[0])
        self.open_folder_button = box.addButton(self.tr("打开文件夹"), QMessageBox.ButtonRole.ActionRole)
        self.open_folder_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folder)))
        box.setDefaultButton(box.addButton(self.tr("确定"), QMessageBox.ButtonRole.AcceptRole))
        self.done_box = box
        box.open()


def _with_suffix(path: str, suffix: str) -> str:
    return path if path.lower().endswith(suffix) else path + suffix


def _known(keys) -> list[str]:
    return [k for k in keys if k in COLUMNS]


def _default_columns() -> list[str]:
    return _known(OPTIONS["export/columns"].default)
