"""Fact detail: context sentence, normalised value, date resolution, correction and note."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..core.model import Article, Fact, Kind, Status
from ..core.review import FactReview
from ..core.store import ChangedFact
from .models import CHANGED_COLOUR, format_value
from .revision import verdict_text
from .style import MARK_COLOUR, TEXT_ON_SHADE, date_source_name, kind_name, status_colour, status_name


def stopwatch(seconds: float) -> str:
    """7692 seconds as 2:08:12, 246.72 as 4:06.72: a result as a stopwatch shows it."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    # two digits before the point, hundredths only where there are some (06.72, 05.5, 12)
    sec = f"{secs:05.2f}".rstrip("0").rstrip(".") if secs != int(secs) else f"{int(secs):02d}"
    return f"{int(hours)}:{int(minutes):02d}:{sec}" if hours else f"{int(minutes)}:{sec}"


class FactDetail(QWidget):
    verifyRequested = Signal()
    disputeRequested = Signal()
    correctionEntered = Signal(str)
    noteEntered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("factDetail")
        self.fact: Fact | None = None
        outer = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.context = QLabel(self)
        self.context.setObjectName("detailContext")
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.context.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value = QLabel(self)
        self.value.setObjectName("detailValue")
        self.value.setWordWrap(True)
        self.date = QLabel(self)
        self.date.setObjectName("detailDate")
        self.date.setWordWrap(True)
        self.changed = QLabel(self)  # a revised draft: what this fact was when it was reviewed
        self.changed.setObjectName("detailChanged")
        self.changed.setWordWrap(True)
        self.changed.setTextFormat(Qt.TextFormat.RichText)
        self.changed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.correction = QLineEdit(self)
        self.correction.setObjectName("correctionEdit")
        self.correction.setPlaceholderText(self.tr("应为……（回车确认，Esc 取消）"))
        self.note = QLineEdit(self)
        self.note.setObjectName("noteEdit")
        self.note.setPlaceholderText(self.tr("备注（回车保存）"))
        form.addRow(self.tr("语境"), self.context)
        self.changed_caption = QLabel(self.tr("变更"), self)
        form.addRow(self.changed_caption, self.changed)
        form.addRow(self.tr("规范值"), self.value)
        form.addRow(self.tr("日期"), self.date)
        form.addRow(self.tr("更正为"), self.correction)
        form.addRow(self.tr("备注"), self.note)
        outer.addLayout(form)
        buttons = QHBoxLayout()
        for text, sig in ((self.tr("核实 (V)"), self.verifyRequested), (self.tr("存疑 (D)"), self.disputeRequested)):
            b = QPushButton(text, self)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(sig.emit)
            buttons.addWidget(b)
        ok = QPushButton(self.tr("更正 (C)"), self)
        ok.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        ok.clicked.connect(lambda: self._enter_correction())
        buttons.addWidget(ok)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addStretch(1)
        self.correction.returnPressed.connect(self._enter_correction)
        self.note.returnPressed.connect(lambda: self.noteEntered.emit(self.note.text().strip()))
        self.show_fact(None, None, None)

    def _enter_correction(self) -> None:
        text = self.correction.text().strip()
        if text:
            self.correctionEntered.emit(text)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def show_fact(
        self, article: Article | None, fact: Fact | None, state: FactReview | None, changed: ChangedFact | None = None
    ) -> None:
        self.fact = fact
        enabled = fact is not None
        for w in (self.correction, self.note):
            w.setEnabled(enabled)
        self._show_changed(changed if fact is not None else None)
        if fact is None or article is None:
            self.title.setText(self.tr("未选中事实：用 ↓/J、↑/K 逐条核查"))
            for w in (self.context, self.value, self.date):
                w.setText("")
            self.correction.clear()
            self.note.clear()
            return
        status = state.status if state else None
        colour = status_colour(status or Status.UNCHECKED, QPalette.ColorRole.Window).name()
        self.title.setText(
            f"<b style='font-size:15pt'>{html.escape(fact.text)}</b>　{html.escape(kind_name(fact.kind))}"
            f"　<span style='color:{colour}'>{html.escape(status_name(status)) if status else ''}</span>"
            + (f"<br>{html.escape(fact.role)}" if fact.role else "")
        )
        sent = article.sentence_around(fact.start, fact.end)
        a, b = fact.start - sent.start, fact.end - sent.start
        self.context.setText(
            html.escape(sent.text[:a]) + f"<b style='background:{MARK_COLOUR}; color:{TEXT_ON_SHADE}'>" + html.escape(sent.text[a:b]) + "</b>"
            + html.escape(sent.text[b:])
        )
        value = format_value(fact)
        if fact.unit:
            value = f"{value} {fact.unit}".strip()
        if fact.kind is Kind.TIME and fact.part_of_day:
            value = self._aside(value, fact.part_of_day)
        elif fact.kind is Kind.TIME_SPAN and fact.unit == "秒" and fact.value is not None and fact.value >= 60:
            value = self._aside(value, stopwatch(float(fact.value)))
        self.value.setText(value or "—")
        if fact.date and fact.kind is not Kind.TIME:  # a time of day shows its clock as the value
            extra = date_source_name(fact.date_source)
            date = self._aside(fact.date, extra) if extra else fact.date
            self.date.setText(date + (f" {fact.part_of_day}" if fact.part_of_day else ""))
        else:
            self.date.setText("—")
        self.correction.setText((state.correction if state and state.correction else "") or "")
        self.note.setText((state.note if state and state.note else "") or "")

    def _aside(self, text: str, aside: str) -> str:
        """``text（aside）``: full-width brackets in Chinese, `` (aside)`` in English."""
        return self.tr("{0}（{1}）").format(text, aside)

    def _show_changed(self, c: ChangedFact | None) -> None:
        self.changed.setVisible(c is not None)
        self.changed_caption.setVisible(c is not None)
        if c is None:
            self.changed.setText("")
            return
        e = html.escape
        self.changed.setText(
            f"<span style='color:{CHANGED_COLOUR}'><b>"
            + e(self.tr("核稿后有变更"))
            + "</b></span><br>"
            + e(self.tr("原为：")) + self._aside(f"<b>{e(c.old.text)}</b>", e(verdict_text(c.state))) + "<br>"
            + e(self.tr("现为：")) + f"<b>{e(c.new.text)}</b><br>"
            + e(self.tr("原语境：")) + e(c.old_context) + "<br>"
            + e(self.tr("现语境：")) + e(c.new_context)
        )

    def begin_correction(self) -> None:
        if self.fact is None:
            return
        if not self.correction.text():
            self.correction.setText(self.fact.text)
        self.correction.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.correction.selectAll()

    def begin_note(self) -> None:
        if self.fact is None:
            return
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.note.selectAll()
