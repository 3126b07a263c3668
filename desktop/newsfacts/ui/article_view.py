"""The article view: the draft as opened, read-only, every fact highlighted by kind and review state.

``FactHighlighter`` is thin: extraction happened in core; it only maps spans (code points,
converted once through ``Utf16Map``) to text formats.  On a long text the whole-document pass runs
in slices from the event loop, so the window never freezes.
"""

from __future__ import annotations

import time
from bisect import bisect_left, bisect_right
from collections import Counter

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from ..core.model import Article, Fact, Kind, Status
from .offsets import Utf16Map
from .style import FIND_COLOUR, FIND_CURRENT_COLOUR, MARK_COLOUR, MARKUP_COLOUR, cjk_font, fact_format

SLICE_SECONDS = 0.02  # longest run of highlighting between two turns of the event loop


class FactHighlighter(QSyntaxHighlighter):
    finished = Signal()  # a whole-document pass is done: every highlight is shown

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._starts: list[int] = []  # UTF-16 starts, sorted
        self._items: list[tuple[int, int, Kind, str]] = []  # (qt_start, qt_end, kind, key)
        self._status: dict[str, Status] = {}
        self._hidden: set[Kind] = set()
        self._headings: list[tuple[int, int, int]] = []  # (qt_start, qt_end, level), sorted
        self._heading_starts: list[int] = []
        self._formats: dict[tuple[Kind, Status], QTextCharFormat] = {}
        self._pending_block = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_slice)
        self.max_len = 0  # longest fact in UTF-16 units, bounds the search per block

    # data
    def set_data(self, umap: Utf16Map, facts: list[Fact], status: dict[str, Status], article: Article | None) -> None:
        items = []
        for f in facts:
            s, e = umap.span_to_qt(f.start, f.end)
            items.append((s, e, f.kind, f.key))
        items.sort()
        self._items = items
        self._starts = [it[0] for it in items]
        self.max_len = max((e - s for s, e, _, _ in items), default=0)
        self._status = dict(status)
        self._headings = []
        if article is not None:
            for p in article.paragraphs:
                if p.kind == "heading":
                    s, e = umap.span_to_qt(p.start, p.end)
                    self._headings.append((s, e, p.level or 1))
        self._headings.sort()
        self._heading_starts = [h[0] for h in self._headings]
        self.rehighlight_all()

    def clear_data(self) -> None:
        self._timer.stop()
        self._items, self._starts, self._status, self._headings, self._heading_starts = [], [], {}, [], []

    def set_status(self, key: str, status: Status) -> None:
        self._status[key] = status
        for s, e, _, k in self._items:
            if k == key:
                self._rehighlight_range(s, e)
                break

    def set_hidden(self, kinds: set[Kind]) -> None:
        if kinds != self._hidden:
            self._hidden = set(kinds)
            self.rehighlight_all()

    def _rehighlight_range(self, start: int, end: int) -> None:
        doc = self.document()
        block = doc.findBlock(start)
        while block.isValid() and block.position() <= end:
            self.rehighlightBlock(block)
            block = block.next()

    # whole-document pass, in slices
    @property
    def busy(self) -> bool:
        return self._timer.isActive()

    def rehighlight_all(self) -> None:
        self._pending_block = self.document().firstBlock()
        self._timer.start()

    def _next_slice(self) -> None:
        block = self._pending_block
        deadline = time.perf_counter() + SLICE_SECONDS
        while block is not None and block.isValid():
            self.rehighlightBlock(block)
            block = block.next()
            if time.perf_counter() > deadline:
                break
        if block is None or not block.isValid():
            self._timer.stop()
            self._pending_block = None
            self.finished.emit()
        else:
            self._pending_block = block

    # what the view shows
    def visible_counts(self) -> dict[str, int]:
        c = Counter(kind.value for _, _, kind, _ in self._items if kind not in self._hidden)
        return dict(sorted(c.items()))

    def visible_spans(self) -> list[tuple[int, int, Kind]]:
        """(qt_start, qt_end, kind) of every highlight shown."""
        return [(s, e, k) for s, e, k, _ in self._items if k not in self._hidden]

    def _format(self, kind: Kind, status: Status) -> QTextCharFormat:
        key = (kind, status)
        if key not in self._formats:
            self._formats[key] = fact_format(kind, status)
        return self._formats[key]

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt name)
        if not self._items and not self._headings:
            return  # setPlainText runs every block through here at once: nothing to do yet
        block = self.currentBlock()
        pos = block.position()
        end = pos + block.length()
        # headings are sorted and never overlap: the one that can reach this block starts last before its end
        h = bisect_left(self._heading_starts, end) - 1
        for hs, he, level in self._headings[max(h, 0) : h + 1]:
            if hs < end and he > pos:
                size = self.document().defaultFont().pointSizeF() * (1.45 if level <= 1 else 1.25)
                fmt = QTextCharFormat()
                fmt.setFontWeight(QFont.Weight.Bold)
                fmt.setFontPointSize(size)
                self.setFormat(max(hs, pos) - pos, min(he, end) - max(hs, pos), fmt)
                heading = fmt
                if hs > pos:  # the Markdown marks before the headline ("## "): in the text, drawn faint
                    marks = QTextCharFormat()
                    marks.setForeground(QColor(MARKUP_COLOUR))
                    marks.setFontPointSize(size)
                    self.setFormat(0, hs - pos, marks)
                break
        else:
            heading = None
        if not self._items:
            return
        i = bisect_left(self._starts, pos - self.max_len)
        j = bisect_right(self._starts, end)
        for s, e, kind, key in self._items[i:j]:
            if e <= pos or s >= end or kind in self._hidden:
                continue
            fmt = QTextCharFormat(self._format(kind, self._status.get(key, Status.UNCHECKED)))
            if heading is not None:
                merged = QTextCharFormat(heading)
                merged.merge(fmt)
                fmt = merged
            a, b = max(s, pos), min(e, end)
            self.setFormat(a - pos, b - a, fmt)


class ArticleView(QPlainTextEdit):
    """Read-only article text.  Emits ``factClicked(key)`` when the editor clicks a highlight."""

    factClicked = Signal(str)
    zoomRequested = Signal(int)  # Ctrl+wheel: +1 larger, -1 smaller

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFont(cjk_font(13))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(18)
        self.umap = Utf16Map("")
        self.highlighter = FactHighlighter(self.document())
        self._facts: list[Fact] = []
        self._fact_starts: list[int] = []
        self._mark: tuple[int, int] | None = None  # the fact or finding under review
        self._find: list[tuple[int, int]] = []  # the find bar's matches
        self._find_current = -1
        self.setAccessibleName(self.tr("稿件正文"))

    def set_point_size(self, size: int) -> None:
        self.setFont(cjk_font(size))
        self.highlighter.rehighlight_all()

    # the text
    def show_article(self, article: Article | None) -> None:
        self.highlighter.clear_data()
        self._facts, self._fact_starts = [], []
        self._mark, self._find, self._find_current = None, [], -1
        self.setExtraSelections([])
        text = article.text if article else ""
        self.umap = Utf16Map(text)
        self.setPlainText(text)
        if article is not None and article.paragraphs:
            self.highlighter.set_data(self.umap, [], {}, article)

    def show_facts(self, article: Article, facts: list[Fact], status: dict[str, Status]) -> None:
        self._facts = sorted(facts, key=lambda f: (f.start, f.end))
        self._fact_starts = [f.start for f in self._facts]
        self.highlighter.set_data(self.umap, self._facts, status, article)

    # positions
    def fact_at(self, offset: int) -> Fact | None:
        """The shortest fact that holds code point ``offset``."""
        best = None
        i = bisect_right(self._fact_starts, offset)
        for f in reversed(self._facts[max(0, i - 50) : i]):
            if f.start <= offset < f.end and (best is None or f.end - f.start < best.end - best.start):
                best = f
        return best

    def selected_span(self) -> tuple[int, int] | None:
        """The editor's selection in code points, or None."""
        c = self.textCursor()
        if not c.hasSelection():
            return None
        return self.umap.from_qt(c.selectionStart()), self.umap.from_qt(c.selectionEnd())

    def mark(self, start: int, end: int) -> None:
        """Scroll to [start, end) and mark it as the fact under review."""
        self._mark = (start, end)
        self._apply_selections()
        self._bring_into_view(start, end)

    def clear_mark(self) -> None:
        self._mark = None
        self._apply_selections()

    def marked_span(self) -> tuple[int, int] | None:
        return self._mark

    def set_find(self, spans: list[tuple[int, int]], current: int) -> None:
        """Mark the find bar's matches (code points), the current one strongly, and bring it into view."""
        self._find = list(spans)
        self._find_current = current
        self._apply_selections()
        if 0 <= current < len(spans):
            self._bring_into_view(*spans[current])

    def _selection(self, start: int, end: int, background: str) -> QTextEdit.ExtraSelection:
        s, e = self.umap.span_to_qt(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(s)
        cursor.setPosition(e, QTextCursor.MoveMode.KeepAnchor)
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(background))
        fmt.setForeground(QColor("#000000"))
        sel.format = fmt
        return sel

    def _apply_selections(self) -> None:
        sels = [self._selection(s, e, FIND_COLOUR) for i, (s, e) in enumerate(self._find) if i != self._find_current]
        if 0 <= self._find_current < len(self._find):
            sels.append(self._selection(*self._find[self._find_current], FIND_CURRENT_COLOUR))
        if self._mark is not None:
            sels.append(self._selection(*self._mark, MARK_COLOUR))
        self.setExtraSelections(sels)

    def _bring_into_view(self, start: int, end: int) -> None:
        # a span already in full view stays where it is; any other is brought to the middle, with
        # the text around it (scrolled in just far enough it would sit on the bottom edge)
        s, e = self.umap.span_to_qt(start, end)
        view = self.viewport().rect()
        in_view = True
        for pos in (s, e):
            c = QTextCursor(self.document())
            c.setPosition(pos)
            in_view = in_view and view.contains(self.cursorRect(c).center())
        plain = QTextCursor(self.document())
        plain.setPosition(s)
        self.setTextCursor(plain)
        if not in_view:
            self.centerCursor()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        pos = self.umap.from_qt(self.cursorForPosition(event.position().toPoint()).position())
        fact = self.fact_at(pos) or (self.fact_at(pos - 1) if pos > 0 else None)
        if fact is not None:
            self.factClicked.emit(fact.key)

    def wheelEvent(self, event) -> None:  # noqa: N802
        # Ctrl+wheel: the window changes the size, so it is kept and Ctrl+0 undoes it (Qt's own
        # zoom of a read-only view would change the font behind the settings' back)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            dy = event.angleDelta().y()
            if dy:
                self.zoomRequested.emit(1 if dy > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.document().setDefaultFont(self.font())
