"""Tools on the article text: find (Ctrl+Shift+F, every match marked, Enter / F3 through them, Esc)
and the length of the selection in the status bar."""

from __future__ import annotations

from deskfixtures import make_active_window, open_and_wait, select_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor

from conftest import seed_path
from newsfacts.ui.find_bar import find_all
from newsfacts.ui.style import FIND_COLOUR, FIND_CURRENT_COLOUR, MARK_COLOUR


def test_matches_are_code_points_and_full_width_forms_match_ascii():
    text = "𠀀２０２３年，解放区2023年投资。ＡＢＣ abc"
    assert find_all(text, "2023") == [(1, 5), (10, 14)]  # 𠀀 is one code point (two in UTF-16)
    assert [text[s:e] for s, e in find_all(text, "abc")] == ["ＡＢＣ", "abc"]
    assert find_all(text, "") == [] and find_all(text, "焦作") == []


def painted(w) -> list[tuple[str, str]]:
    """(text, background) of what the view paints over the text: find matches and the mark."""
    out = []
    for sel in w.article_view.extraSelections():
        c: QTextCursor = sel.cursor
        out.append((c.selectedText(), sel.format.background().color().name()))
    return out


select = select_text


def open_window(qtbot):
    w = make_active_window(qtbot)
    open_and_wait(qtbot, w, seed_path("000"))
    return w


def test_ctrl_shift_f_marks_every_match_and_enter_steps_through_them(qtbot):
    w = open_window(qtbot)
    text = w.ctx.article.text
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    bar = w.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    bar.field.setText("解放区")
    n = text.count("解放区")
    assert n > 5
    assert bar.count.text() == f"第 1 处，共 {n} 处"
    marks = painted(w)
    assert len(marks) == n and all(t == "解放区" for t, _ in marks)
    assert marks.count(("解放区", QColor(FIND_CURRENT_COLOUR).name())) == 1
    assert marks.count(("解放区", QColor(FIND_COLOUR).name())) == n - 1
    first = text.find("解放区")
    second = text.find("解放区", first + 3)
    assert w.article_view.umap.from_qt(w.article_view.textCursor().position()) == first
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == f"第 2 处，共 {n} 处"
    assert w.article_view.umap.from_qt(w.article_view.textCursor().position()) == second
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"第 {n} 处，共 {n} 处"  # round to the last

    # the fact under review keeps its mark beside the matches
    fact = w.ctx.review.facts[0]
    w.select_fact(fact.key)
    assert (fact.text, QColor(MARK_COLOUR).name()) in painted(w)
    assert len(painted(w)) == n + 1

    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert painted(w) == [(fact.text, QColor(MARK_COLOUR).name())]


def test_the_selection_is_searched_and_no_match_is_said(qtbot):
    w = open_window(qtbot)
    text = w.ctx.article.text
    select(w, text.index("104.5亿元"), text.index("104.5亿元") + 7)
    w.find_text_action.trigger()
    assert w.find_bar.field.text() == "104.5亿元"
    assert w.find_bar.count.text() == f"第 1 处，共 {text.count('104.5亿元')} 处"
    w.find_bar.field.setText("没有这句话")
    assert w.find_bar.count.text() == "没有找到" and painted(w) == []
    # F3 from the text steps on once there are matches again
    w.find_bar.field.setText("焦作")
    w.article_view.setFocus()
    qtbot.keyClick(w.article_view, Qt.Key.Key_F3)
    assert w.find_bar.count.text().startswith("第 2 处")


def test_a_new_draft_clears_the_matches(qtbot, tmp_path):
    w = open_window(qtbot)
    w.find_text_action.trigger()
    w.find_bar.field.setText("解放区")
    assert painted(w)
    other = tmp_path / "other.txt"
    other.write_text("本报讯 焦作市解放区今天开会。解放区委书记讲话。\n", encoding="utf-8")
    open_and_wait(qtbot, w, other)
    # the bar stays open and searches the new text
    assert w.find_bar.count.text() == "第 1 处，共 2 处"
    assert [t for t, _ in painted(w)] == ["解放区", "解放区"]


def test_the_status_bar_counts_the_selected_characters(qtbot):
    """已选 N 字: every character but spaces and line breaks, as a headline's length is counted."""
    w = open_window(qtbot)
    text = w.ctx.article.text
    start = text.index("104.5亿元")
    cursor = select(w, start, start + 7)
    assert w.selection_label.isVisible() and w.selection_label.text() == "已选 7 字"
    # across a paragraph break: the line breaks are not counted
    end = text.index("\n", start) + 1
    cursor.setPosition(w.article_view.umap.to_qt(end + 4), QTextCursor.MoveMode.KeepAnchor)
    w.article_view.setTextCursor(cursor)
    want = sum(1 for c in text[start : end + 4] if not c.isspace())
    assert w.selection_label.text() == f"已选 {want} 字" and want < end + 4 - start
    cursor.clearSelection()
    w.article_view.setTextCursor(cursor)
    assert not w.selection_label.isVisible()


def test_typing_in_the_find_bar_is_not_taken_for_review_keys(qtbot):
    """V, D, J typed into the find field are letters, not verify / dispute / next fact."""
    w = open_window(qtbot)
    fact = w.ctx.review.facts[0]
    w.select_fact(fact.key)
    w.find_text_action.trigger()
    before = dict(w.ctx.review.counts())
    qtbot.keyClicks(w.find_bar.field, "vdjk")
    assert w.find_bar.field.text() == "vdjk"
    assert dict(w.ctx.review.counts()) == before and w.current_key == fact.key
    # the same keys in the text itself do review (the test would see them)
    w.article_view.setFocus()
    qtbot.keyClick(w.article_view, Qt.Key.Key_V)
    assert dict(w.ctx.review.counts()) != before


def test_on_a_very_long_draft_the_search_waits_for_a_pause_in_the_typing(qtbot, tmp_path):
    from newsfacts.ui import find_bar

    w = open_window(qtbot)
    page = tmp_path / "long.txt"
    seed = seed_path("000").read_text(encoding="utf-8")
    page.write_text((seed * (find_bar.LONG_TEXT // len(seed) + 2)), encoding="utf-8")
    open_and_wait(qtbot, w, page, timeout=30000)
    w.find_text_action.trigger()
    w.find_bar.field.setText("解")
    w.find_bar.field.setText("解放区")
    assert w.find_bar.count.text() == ""  # nothing searched yet: typing goes on
    n = w.ctx.article.text.count("解放区")
    qtbot.waitUntil(lambda: w.find_bar.count.text() == f"第 1 处，共 {n} 处", timeout=3000)
