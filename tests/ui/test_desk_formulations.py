"""本报规范提法: the desk's own standard formulations, kept in the newsroom memory and found
mangled in the open draft like the shipped list's."""

from __future__ import annotations

from deskfixtures import findings_of, make_window, open_text, select_text

from newsfacts.core.store import DESK_FORMULATION, read_memory

PAGE = "# 全市动员部署\n\n本报讯 全市开展全域卫生创建行动，推动郑焦一体化发展。\n"


def test_a_formulation_saved_marks_the_draft_at_once_is_kept_and_can_be_removed(qtbot, tmp_path):
    w = open_text(qtbot, tmp_path, PAGE)
    assert findings_of(w, DESK_FORMULATION) == []
    assert w.formulations_action in w.tools_menu.actions()

    dialog = w.edit_desk_formulations()
    dialog.form.setText("全域文明创建行动")
    dialog.note.setText("本市三年行动")
    assert dialog.save_rule()
    found = findings_of(w, DESK_FORMULATION)
    assert [f.spans[0].text for f in found] == ["全域卫生创建行动"]
    assert "「全域文明创建行动」" in found[0].message and found[0].severity.value == "medium"
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 1).data() == "本市三年行动"
    # kept in the memory: a command line run sees it too
    memory = read_memory(str(w.ctx.data_folder()))
    assert [f.form for f in memory.formulations] == ["全域文明创建行动"]

    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.form.text() == "全域文明创建行动"  # picked into the form to change it
    assert dialog.remove_rule()
    assert findings_of(w, DESK_FORMULATION) == [] and dialog.model.rowCount() == 0


def test_a_formulation_under_four_characters_is_refused(qtbot):
    w = make_window(qtbot)
    dialog = w.edit_desk_formulations()
    dialog.form.setText("文明城")
    assert dialog.save_rule() is False and "四个字" in dialog.message.text()
    assert dialog.model.rowCount() == 0


def test_the_selection_is_offered_as_a_formulation(qtbot, tmp_path):
    from PySide6.QtCore import QPoint

    w = open_text(qtbot, tmp_path, PAGE)
    start = w.ctx.article.text.index("郑焦一体化发展")
    select_text(w, start, start + len("郑焦一体化发展"))
    menu = w.article_menu(QPoint(5, 5))
    item = next(a for a in menu.actions() if a.text() == "把选中文字加入规范提法…")
    assert item.isEnabled()
    dialog = w.formulation_from_selection()
    assert dialog.form.text() == "郑焦一体化发展"
    assert dialog.save_rule() and [f.form for f in w.ctx.desk_formulations()] == ["郑焦一体化发展"]


def test_the_desk_can_overrule_the_shipped_list_and_take_it_back(qtbot, tmp_path):
    from newsfacts.core.pipeline import analyse

    w = open_text(qtbot, tmp_path, "# 会议\n\n本报讯 中央政治局专题会议生活会为全党树立了标杆。\n", analyse)
    assert [f.spans[0].text for f in findings_of(w, "wrong_formulation")] == ["专题会议生活会"]
    dialog = w.edit_desk_formulations()
    dialog.form.setText("专题会议生活会")
    assert dialog.save_rule()
    assert findings_of(w, "wrong_formulation") == []  # the desk's word stands
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.remove_rule()
    assert [f.spans[0].text for f in findings_of(w, "wrong_formulation")] == ["专题会议生活会"]
