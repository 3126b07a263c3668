"""What a careful reader of the window notices: headers not clipped, headline marks drawn faint."""

from __future__ import annotations

import pytest
from deskfixtures import open_seed_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QAbstractItemView

from newsfacts.ui.launch import install_translator
from newsfacts.ui.style import MARKUP_COLOUR


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_table_headers_and_kind_names_are_not_clipped(qtbot, qapp, language):
    translator = install_translator(qapp, language)
    try:
        w = open_seed_window(qtbot)
        for name in ("factsView", "entitiesView", "findingsView"):
            view = w.findChild(QAbstractItemView, name)
            model = view.model()
            fm = view.horizontalHeader().fontMetrics()
            last = model.columnCount() - 1  # stretched to the panel's edge
            for col in range(last):
                header = model.headerData(col, Qt.Orientation.Horizontal)
                assert view.columnWidth(col) >= fm.horizontalAdvance(header) + fm.height(), (name, header)
        facts = w.findChild(QAbstractItemView, "factsView")
        kinds = [facts.model().index(r, 0).data() for r in range(facts.model().rowCount())]
        widest = max(kinds, key=facts.fontMetrics().horizontalAdvance)
        assert facts.columnWidth(0) > facts.fontMetrics().horizontalAdvance(widest)
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)


def test_headline_marks_are_faint_and_the_text_is_unchanged(qtbot):
    w = open_seed_window(qtbot)
    doc = w.article_view.document()
    assert doc.toPlainText() == w.ctx.article.text  # the marks stay: offsets are into the text as opened
    block = doc.firstBlock()
    while not block.text().startswith("# "):
        block = block.next()
    assert block.isValid()
    ranges = {(r.start, r.length): QTextCharFormat(r.format) for r in block.layout().formats()}
    marks = ranges[(0, 2)]
    assert marks.foreground().color() == QColor(MARKUP_COLOUR)
    headline = next(f for (start, _n), f in ranges.items() if start == 2)
    assert headline.fontWeight() == QFont.Weight.Bold
    assert headline.foreground().color() != QColor(MARKUP_COLOUR)
    # a body line has no faint marks
    body = block.next()
    while not body.text():
        body = body.next()
    assert all(r.format.foreground().color() != QColor(MARKUP_COLOUR) for r in body.layout().formats())
