"""Text on the highlight colours stays readable when the desktop is dark.

The kinds' colours are light; a dark desktop (Windows, macOS or KDE in dark mode) gives Qt a
light text colour, and light text on a light highlight cannot be read.  Every place that paints
a highlight also says which colour the text on it takes, dark enough to read (WCAG's 4.5:1).
"""

from __future__ import annotations

import re

import pytest
from deskfixtures import open_seed_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from newsfacts.core.model import Kind, Status
from newsfacts.ui.models import KIND_ROLE
from newsfacts.ui.style import FIND_COLOUR, fact_format


def luminance(c: QColor) -> float:
    def ch(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.fixture
def dark_desktop(qapp):
    before = qapp.palette()
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
    ):
        dark.setColor(role, QColor(colour))
    QApplication.setPalette(dark)
    yield dark
    QApplication.setPalette(before)


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("kind", list(Kind))
def test_every_highlight_names_a_text_colour_that_reads_on_it(kind, status):
    fmt = fact_format(kind, status)
    assert fmt.hasProperty(fmt.Property.ForegroundBrush), "the palette's text colour would be used"
    ratio = contrast(fmt.foreground().color(), fmt.background().color())
    assert ratio >= 4.5, f"{kind.value}/{status.value}: {ratio:.2f}"


def test_the_tables_kind_cells_read_on_a_dark_desktop(qtbot, dark_desktop):
    w = open_seed_window(qtbot)
    for model in (w.facts_model, w.entities_model):
        seen = set()
        for row in range(model.rowCount()):
            index = model.index(row, model.COLUMNS.index("kind"))
            kind = model.data(index, KIND_ROLE)
            bg = model.data(index, Qt.ItemDataRole.BackgroundRole)
            fg = model.data(index, Qt.ItemDataRole.ForegroundRole)
            assert bg is not None and fg is not None, f"{model} row {row}: the palette's text on a highlight"
            assert contrast(fg.color(), bg.color()) >= 4.5
            seen.add(kind)
        assert len(seen) >= 3


def test_the_fact_in_its_sentence_and_a_failed_search_read_on_a_dark_desktop(qtbot, dark_desktop):
    w = open_seed_window(qtbot)
    w.detail_dock.show()
    w.select_fact(next(f for f in w.ctx.review.facts if f.text == "赵海燕").key)
    shown = w.detail.context.text()
    style = re.search(r"<b style='([^']*)'>赵海燕</b>", shown).group(1)
    bg = QColor(re.search(r"background:\s*(#[0-9a-fA-F]{6})", style).group(1))
    fg = QColor(re.search(r"(?<!-)color:\s*(#[0-9a-fA-F]{6})", style).group(1))
    assert contrast(fg, bg) >= 4.5

    w.find_bar.open_bar("没有这几个字")
    sheet = w.find_bar.field.styleSheet()
    bg = QColor(re.search(r"background:\s*(#[0-9a-fA-F]{6})", sheet).group(1))
    fg = QColor(re.search(r"(?<!-)color:\s*(#[0-9a-fA-F]{6})", sheet).group(1))
    assert contrast(fg, bg) >= 4.5
    assert contrast(QColor("#000000"), QColor(FIND_COLOUR)) >= 4.5  # the matches' text is black


def test_the_review_states_read_on_a_dark_desktop(qtbot, dark_desktop):
    w = open_seed_window(qtbot)
    base = dark_desktop.color(QPalette.ColorRole.Base)
    window = dark_desktop.color(QPalette.ColorRole.Window)
    model = w.facts_model
    index = model.index(0, model.COLUMNS.index("status"))
    assert contrast(model.data(index, Qt.ItemDataRole.ForegroundRole).color(), base) >= 4.5
    # the counts in the status bar and the legend's states
    shown = w.counts_label.text() + "".join(
        label.text() for label in w.legend.findChildren(type(w.counts_label)) if "span" in label.text()
    )
    colours = re.findall(r"color:\s*(#[0-9a-fA-F]{6})", shown)
    assert len(colours) >= 8
    assert [c for c in colours if contrast(QColor(c), window) < 4.5] == []
