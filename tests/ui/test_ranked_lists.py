"""本报排名顺序: the desk's own ranked lists (a city's leadership), kept in the newsroom memory and
checked in every enumeration of the open draft."""

from __future__ import annotations

from deskfixtures import findings_of, make_window, open_text

from newsfacts.core.store import DESK_ORDER, read_memory

PAGE = "# 市领导调研项目建设\n\n本报讯 市领导赵海燕、吕沛、于怀贵调研项目建设。\n"


def order_findings(w):
    return findings_of(w, DESK_ORDER)


def test_a_list_saved_marks_the_draft_at_once_is_kept_and_can_be_removed(qtbot, tmp_path):
    w = open_text(qtbot, tmp_path, PAGE)
    assert order_findings(w) == []
    assert w.ranked_action in w.tools_menu.actions()

    dialog = w.edit_ranked_lists()
    dialog.label.setText("市委常委")
    dialog.names.setText("赵海燕、于怀贵，吕沛")  # a comma too is taken as a separator
    assert dialog.save_rule()
    found = order_findings(w)
    assert len(found) == 1 and found[0].severity.value == "high"
    assert [s.text for s in found[0].spans] == ["赵海燕", "吕沛", "于怀贵"]
    assert "赵海燕、于怀贵、吕沛" in found[0].message and "市委常委" in found[0].message
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 1).data() == "赵海燕、于怀贵、吕沛"
    # kept in the memory: a command line run sees it too
    memory = read_memory(str(w.ctx.data_folder()))
    assert [(r.label, r.names) for r in memory.ranked] == [("市委常委", ("赵海燕", "于怀贵", "吕沛"))]

    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.label.text() == "市委常委"  # picked into the form to change it
    assert dialog.remove_rule()
    assert order_findings(w) == [] and dialog.model.rowCount() == 0


def test_a_list_of_one_name_or_without_a_name_is_refused(qtbot, tmp_path):
    w = make_window(qtbot)
    dialog = w.edit_ranked_lists()
    dialog.label.setText("市委常委")
    dialog.names.setText("赵海燕")
    assert dialog.save_rule() is False and "两个以上" in dialog.message.text()
    dialog.label.setText("")
    dialog.names.setText("赵海燕、吕沛")
    assert dialog.save_rule() is False and dialog.model.rowCount() == 0


def test_a_long_draft_is_checked_against_the_changed_memory_off_the_window_thread(qtbot, tmp_path):
    from newsfacts.app.context import SYNC_MEMORY_CHECK_CHARS

    filler = "本报讯 全区各项工作稳步推进，群众满意度持续提升。\n\n" * (SYNC_MEMORY_CHECK_CHARS // 20)
    w = open_text(qtbot, tmp_path, PAGE + "\n" + filler)
    dialog = w.edit_ranked_lists()
    dialog.label.setText("市委常委")
    dialog.names.setText("赵海燕、于怀贵、吕沛")
    assert dialog.save_rule()
    assert order_findings(w) == []  # not yet: the check runs in the background, the window goes on
    qtbot.waitUntil(lambda: len(order_findings(w)) == 1, timeout=10000)
    assert [s.text for s in order_findings(w)[0].spans] == ["赵海燕", "吕沛", "于怀贵"]


def test_a_new_standing_committee_kept_by_the_desk_replaces_the_shipped_order(qtbot, tmp_path):
    from newsfacts.core.pipeline import analyse

    w = open_text(qtbot, tmp_path, "# 会议召开\n\n本报讯 习近平、赵乐际、李强出席会议。\n", analyse)
    assert len(findings_of(w, "name_order")) == 1
    dialog = w.edit_ranked_lists()
    dialog.label.setText("二十一届中央政治局常委")
    dialog.names.setText("习近平、赵乐际、李强、王某")
    assert dialog.save_rule()
    assert findings_of(w, "name_order") == [] and order_findings(w) == []  # the desk's order is printed here
