"""本报用词规范: the desk's own usage rules, kept in the newsroom memory and checked on every draft."""

from __future__ import annotations

import pytest
from deskfixtures import make_window, open_and_wait, select_text
from PySide6.QtCore import Qt

from newsfacts.core.pipeline import analyse
from newsfacts.core.store import HOUSE_STYLE, StyleRule, read_memory
from newsfacts.ui.dialogs import HouseStyleDialog, HouseStyleModel

PAGE = "本报讯(记者詹长松)解放区财政局为老百姓办实事,专款专用。\n"


def style_findings(w):
    return [f for f in w.ctx.analysis.findings if f.kind == HOUSE_STYLE]


def select(w, word: str) -> None:
    start = w.ctx.article.text.index(word)
    select_text(w, start, start + len(word))


def test_a_rule_made_from_the_selection_marks_the_draft_and_is_kept(qtbot, tmp_path):
    page = tmp_path / "draft.txt"
    page.write_text(PAGE, encoding="utf-8")
    w = make_window(qtbot, analyser=analyse)
    open_and_wait(qtbot, w, page)
    assert style_findings(w) == []
    select(w, "老百姓")
    dialog = w.house_style_from_selection()
    qtbot.addWidget(dialog)
    assert dialog.written.text() == "老百姓"
    # Chinese arrives from the input method as committed text (QTest types ASCII only)
    dialog.preferred.setText("群众")
    dialog.note.setText("本报稿件用语")
    with qtbot.waitSignal(w.ctx.findingsChanged):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    found = style_findings(w)
    assert [f.spans[0].text for f in found] == ["老百姓"] and "应写作“群众”" in found[0].message
    assert any("老百姓" in w.findings_model.finding(r).message for r in range(w.findings_model.rowCount()))
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 1).data() == "群众"
    # kept in the memory the command line and the next window read
    assert read_memory().style == (StyleRule("老百姓", "群众", "本报稿件用语"),)
    # and taken back
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    with qtbot.waitSignal(w.ctx.findingsChanged):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert style_findings(w) == [] and dialog.model.rowCount() == 0
    assert read_memory().style == ()


def test_a_rule_needs_two_different_forms(qtbot):
    w = make_window(qtbot, analyser=analyse)
    dialog = w.edit_house_style()
    qtbot.addWidget(dialog)
    dialog.written.setText("账户")
    dialog.preferred.setText("账户")
    assert dialog.save_rule() is False
    assert "不同" in dialog.message.text() and dialog.model.rowCount() == 0


@pytest.mark.parametrize("rules", [(), (StyleRule("帐户", "账户", "词典"), StyleRule("解放区委", "中共解放区委"))])
def test_the_rules_model_passes_qtmodeltester(qtmodeltester, rules):
    qtmodeltester.check(HouseStyleModel(rules), force_py=True)


def test_the_dialog_opens_from_the_tools_menu(qtbot):
    w = make_window(qtbot, analyser=analyse)
    w.house_style_action.trigger()
    dialog = w.findChild(HouseStyleDialog, "houseStyleDialog")
    assert dialog is not None and dialog.isVisible() and dialog.written.text() == ""
    dialog.close()
