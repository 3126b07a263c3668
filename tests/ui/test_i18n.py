"""The English interface: after switching, no Chinese is left in what the window itself says.

The walk covers the menus (with their tooltips), dock titles, toolbars, table headers, filter
lists, labels, buttons, placeholders and group boxes of the main window, the export dialog and
the settings dialog, with a page open.  The article and the data shown about it are left out:
they are the draft's own Chinese.  A string added without a translation fails here.
"""

from __future__ import annotations

import re

import pytest
from deskfixtures import open_seed_window
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit, QMenu, QTextEdit,
    QToolBar, QWidget,
)

from newsfacts.core.export import COLUMNS
from newsfacts.ui.dialogs import SettingsDialog
from newsfacts.ui.export_dialog import COLUMN_LABELS, ExportDialog
from newsfacts.ui.launch import install_translator

HAN = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff5e]")

# Widgets that show the draft or facts from it, not the interface's own words.
# The recent drafts list shows file names (data); its words about each file are checked on their own.
DATA_WIDGETS = {"articleView", "detailTitle", "detailContext", "detailValue", "detailDate", "detailChanged", "recentList"}
# The language list names each language in itself (中文 / English), as language pickers do.
NATIVE_NAMES = {"languageCombo"}


def _menu_texts(menu: QMenu, where: str) -> list[tuple[str, str]]:
    out = []
    for a in menu.actions():
        out.append((f"{where} > {a.text()}", a.text()))
        if a.toolTip() != a.text().replace("&", ""):
            out.append((f"{where} > {a.text()} (tooltip)", a.toolTip()))
        if a.menu() is not None and a.menu() is not menu:
            out += _menu_texts(a.menu(), f"{where} > {a.text()}")
    return out


def _model_headers(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    return [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount(QModelIndex()))]


def interface_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every string the interface shows in root and its children."""
    out: list[tuple[str, str]] = [(root.objectName() or type(root).__name__, root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        name = w.objectName() or type(w).__name__
        if name in DATA_WIDGETS or any(p.objectName() in DATA_WIDGETS for p in _parents(w)):
            continue
        if w.toolTip():
            out.append((f"{name} (tooltip)", w.toolTip()))
        if isinstance(w, QDockWidget | QToolBar):
            out.append((f"{name} title", w.windowTitle()))
        if isinstance(w, QLabel):
            out.append((name, w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QLineEdit):
            out.append((f"{name} placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox) and name not in NATIVE_NAMES:
            out += [(f"{name} item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QTextEdit):
            out += [(f"{name} header", h) for h in _model_headers(w)]
            if name == "exportColumns":  # the column check list: its items are interface, not data
                model = w.model()
                out += [(f"{name} item", str(model.index(r, 0).data())) for r in range(model.rowCount())]
        elif isinstance(w, QMenu):
            out.append((f"{name} title", w.title()))
    return out


def _parents(w: QWidget):
    p = w.parentWidget()
    while p is not None:
        yield p
        p = p.parentWidget()


def chinese_left(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(where, text) for where, text in texts if HAN.search(text or "")]


@pytest.fixture
def english(qapp):
    translator = install_translator(qapp, "en")
    assert translator is not None, "resources/i18n/newsfacts_en.qm is missing"
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def desk(qtbot):
    return open_seed_window(qtbot)


def test_english_main_window_has_no_chinese_left(english, desk):
    texts = interface_texts(desk)
    for menu_action in desk.menuBar().actions():
        texts += _menu_texts(menu_action.menu(), menu_action.text())
    texts.append(("status bar", desk.statusBar().currentMessage()))
    assert len(texts) > 80  # the walk reached menus, docks, headers and labels
    assert chinese_left(texts) == []
    docks = {d.objectName(): d.windowTitle() for d in desk.findChildren(QDockWidget)}
    assert "Facts" in docks.values() and "Findings (1 of 1 open)" in docks.values()
    assert "Kind" in _model_headers(desk.findChild(QAbstractItemView, "factsView"))


def test_english_export_and_settings_dialogs_have_no_chinese_left(english, desk, qtbot):
    dialog = ExportDialog(desk.ctx, desk)
    qtbot.addWidget(dialog)
    dialog.prepare()
    texts = interface_texts(dialog)
    assert ("exportDialog", "Export Fact Sheet") in texts
    assert chinese_left(texts) == []
    # the default file name follows the interface language too
    assert dialog.word.path.text().endswith("_fact_sheet.docx")
    settings = SettingsDialog(desk.ctx.settings, desk)
    qtbot.addWidget(settings)
    assert chinese_left(interface_texts(settings)) == []


def test_the_walk_finds_chinese_in_the_chinese_interface(desk, qtbot):
    """Without the translation the same walk sees Chinese everywhere: it is not blind."""
    texts = interface_texts(desk)
    for menu_action in desk.menuBar().actions():
        texts += _menu_texts(menu_action.menu(), menu_action.text())
    left = {where for where, _ in chinese_left(texts)}
    assert any(w.startswith("文件(&F) >") for w in left)
    assert any(w.endswith("header") for w in left)
    dialog = ExportDialog(desk.ctx, desk)
    qtbot.addWidget(dialog)
    assert len(chinese_left(interface_texts(dialog))) > 20


def test_export_column_labels_are_the_sheets_headers():
    """The literal table lupdate reads must stay the sheet's own headers, in the same order."""
    assert list(COLUMN_LABELS) == list(COLUMNS)
    assert COLUMN_LABELS == COLUMNS


def test_export_column_labels_in_english(english):
    assert QCoreApplication.translate("ExportColumns", COLUMN_LABELS["role"]) == "Title/role"


# ASCII punctuation against a Chinese character: 未选中事实:用…, 已打开 x:12 字,编码…, 备注(回车保存)
_ASCII_BY_HAN = re.compile(r"[\u4e00-\u9fff”][,:;?!]|[,;?!][\u4e00-\u9fff“]|[\u4e00-\u9fff”]\((?!&|[A-Z]\))|\([\u4e00-\u9fff]")


def test_the_chinese_interface_writes_chinese_punctuation(desk, qtbot):
    """A newsroom reads punctuation for a living: the interface's own Chinese uses ，：（）？ as the
    copy does (the menus' mnemonics, 文件(&F), stay as Qt writes them)."""
    texts = interface_texts(desk)
    for menu_action in desk.menuBar().actions():
        texts += _menu_texts(menu_action.menu(), menu_action.text())
    dialog = ExportDialog(desk.ctx, desk)
    qtbot.addWidget(dialog)
    dialog.prepare()
    texts += interface_texts(dialog)
    texts += [("keys", f"{k} {v}") for k, v in desk.key_rows()]
    assert len(texts) > 100
    assert [(where, text) for where, text in texts if _ASCII_BY_HAN.search(text or "")] == []


@pytest.mark.parametrize(("lang", "want"), [("zh", "15:30（下午）"), ("en", "15:30 (下午)")])
def test_the_detail_panel_brackets_an_aside_as_the_interface_language_does(qapp, qtbot, tmp_path, lang, want):
    """下午 beside a time of day is the draft's word; the brackets around it are the interface's."""
    from newsfacts.core.model import Kind
    from newsfacts.core.pipeline import extract_facts
    from newsfacts.core.reading import article_from_text
    from newsfacts.ui.detail import FactDetail

    translator = install_translator(qapp, "en") if lang == "en" else None
    try:
        article = article_from_text("本报讯 团拜会于下午3点半开始。\n", name="evening.txt")
        fact = next(f for f in extract_facts(article) if f.kind is Kind.TIME)
        panel = FactDetail()
        qtbot.addWidget(panel)
        panel.show_fact(article, fact, None)
        assert panel.value.text() == want
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
