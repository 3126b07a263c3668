"""The review desk as an editor uses it: highlights, keyboard review, undo, filters, click-through."""

from __future__ import annotations

import dataclasses

import pytest
from deskfixtures import fake_analyser, facts_in, make_active_window, open_and_wait, select_text
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMessageBox, QTableView

from conftest import seed_path
from newsfacts.app.context import AppContext
from newsfacts.core.model import Finding, Kind, Severity, Status
from newsfacts.ui.main_window import MainWindow
from newsfacts.ui.models import KEY_ROLE
from newsfacts.ui.style import KIND_COLOURS


@pytest.fixture
def desk(qtbot):
    return make_active_window(qtbot)


def shown_ranges(w: MainWindow) -> list[tuple[int, int, str]]:
    """(UTF-16 start, end, background colour) of every highlight the document actually shows."""
    doc = w.article_view.document()
    out = []
    block = doc.firstBlock()
    while block.isValid():
        for r in block.layout().formats():
            bg = r.format.background()
            if bg.style() != Qt.BrushStyle.NoBrush:
                out.append((block.position() + r.start, block.position() + r.start + r.length, bg.color().name()))
        block = block.next()
    return sorted(out)


def qt_text(w: MainWindow, start: int, end: int) -> str:
    c = QTextCursor(w.article_view.document())
    c.setPosition(start)
    c.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return c.selectedText()


def press(qtbot, w: MainWindow, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = w.focusWidget() or w.article_view
    qtbot.keyClick(target, key, modifier)


def status_of(w: MainWindow, text: str, nth: int = 0) -> Status:
    facts = [f for f in w.ctx.review.facts if f.text == text]
    return w.ctx.review.state(facts[nth].key).status


def test_seed_page_highlights_every_fact_at_its_place(qtbot, desk):
    open_and_wait(qtbot, desk, seed_path("000"))
    article = desk.ctx.article
    expected = facts_in(article)
    assert len(expected) > 10
    ranges = shown_ranges(desk)
    kind_colours = {QColor(c).name() for c in KIND_COLOURS.values()}
    shown = [(s, e, c) for s, e, c in ranges if c in kind_colours]
    assert [(s, e) for s, e, _ in shown] == [(f.start, f.end) for f in expected]  # no astral chars: same numbers
    for (s, e, colour), f in zip(shown, expected):
        assert qt_text(desk, s, e) == f.text
        assert colour == QColor(KIND_COLOURS[f.kind]).name()
    counts = desk.article_view.highlighter.visible_counts()
    assert counts["PERSON"] == sum(1 for f in expected if f.kind is Kind.PERSON)
    assert desk.facts_panel.view.model().rowCount() == len(expected)


def test_highlights_stay_on_their_text_after_a_character_outside_the_bmp(qtbot, desk, tmp_path, seed_text):
    page = tmp_path / "astral.txt"
    page.write_text("𠀀𠀀 " + seed_text("000"), encoding="utf-8")
    open_and_wait(qtbot, desk, page)
    article = desk.ctx.article
    person = next(f for f in facts_in(article) if f.text == "赵海燕")
    ranges = shown_ranges(desk)
    colour = QColor(KIND_COLOURS[Kind.PERSON]).name()
    starts = [s for s, _, c in ranges if c == colour]
    assert person.start + 2 in starts  # two surrogate pairs before it
    assert qt_text(desk, person.start + 2, person.end + 2) == "赵海燕"
    # and the way back: clicking selects the right fact
    desk.select_fact(person.key)
    assert desk.article_view.marked_span() == (person.start, person.end)


def test_turning_a_kind_off_removes_its_highlights(qtbot, desk):
    open_and_wait(qtbot, desk, seed_path("000"))
    person_colour = QColor(KIND_COLOURS[Kind.PERSON]).name()
    assert any(c == person_colour for *_, c in shown_ranges(desk))
    with qtbot.waitSignal(desk.article_view.highlighter.finished):
        desk.kind_actions[Kind.PERSON].setChecked(False)
    assert not any(c == person_colour for *_, c in shown_ranges(desk))
    assert "PERSON" not in desk.article_view.highlighter.visible_counts()
    assert desk.ctx.settings.get("ui/hidden_kinds") == ["PERSON"]


def test_review_with_the_keys_then_undo_and_redo(qtbot, desk):
    open_and_wait(qtbot, desk, seed_path("000"))
    desk.article_view.setFocus()
    keys = desk.facts_proxy.keys()
    press(qtbot, desk, Qt.Key.Key_J)
    assert desk.current_key == keys[0]
    press(qtbot, desk, Qt.Key.Key_Down)
    assert desk.current_key == keys[1]
    press(qtbot, desk, Qt.Key.Key_K)
    assert desk.current_key == keys[0]
    press(qtbot, desk, Qt.Key.Key_V)
    assert desk.ctx.review.state(keys[0]).status is Status.VERIFIED
    assert desk.current_key == keys[1]  # moved on to the next unchecked fact
    press(qtbot, desk, Qt.Key.Key_D)
    assert desk.ctx.review.state(keys[1]).status is Status.DISPUTED
    assert desk.current_key == keys[2]
    # C opens the correction field; typing and Enter corrects and moves on
    press(qtbot, desk, Qt.Key.Key_C)
    assert desk.detail.correction.hasFocus()
    desk.detail.correction.setText("第十六届")  # QTest types ASCII only; the field takes any text
    qtbot.keyClick(desk.detail.correction, Qt.Key.Key_Return)
    state = desk.ctx.review.state(keys[2])
    assert state.status is Status.CORRECTED and state.correction == "第十六届"
    assert desk.current_key == keys[3]
    # N: a note, the status stays
    press(qtbot, desk, Qt.Key.Key_N)
    desk.detail.note.setText("待查区政府网站")
    qtbot.keyClick(desk.detail.note, Qt.Key.Key_Return)
    assert desk.ctx.review.state(keys[3]).note == "待查区政府网站"
    assert desk.ctx.review.counts() == {"unchecked": len(keys) - 3, "verified": 1, "corrected": 1, "disputed": 1}
    assert "已核实 1" in desk.counts_label.text()
    # U resets the disputed one
    desk.select_fact(keys[1])
    press(qtbot, desk, Qt.Key.Key_U)
    assert desk.ctx.review.state(keys[1]).status is Status.UNCHECKED
    # every decision undoes and redoes
    press(qtbot, desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.ctx.review.state(keys[1]).status is Status.DISPUTED
    press(qtbot, desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.ctx.review.state(keys[3]).note is None
    press(qtbot, desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert desk.ctx.review.state(keys[3]).note == "待查区政府网站"
    while desk.ctx.undo_stack.canUndo():
        press(qtbot, desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.ctx.review.counts()["unchecked"] == len(keys)
    assert "已核实 0" in desk.counts_label.text()


def test_review_state_shows_in_the_text(qtbot, desk):
    open_and_wait(qtbot, desk, seed_path("000"))
    first = desk.facts_proxy.keys()[0]
    fact = desk.ctx.review.fact(first)
    desk.select_fact(first)

    def underline_at(pos):
        block = desk.article_view.document().findBlock(pos)
        for r in block.layout().formats():
            if block.position() + r.start <= pos < block.position() + r.start + r.length:
                return r.format.underlineStyle()
        return None

    assert underline_at(fact.start) in (None, underline_at(fact.start).NoUnderline)
    press(qtbot, desk, Qt.Key.Key_D)
    assert underline_at(fact.start) == underline_at(fact.start).WaveUnderline


def test_filter_by_kind_status_and_search(qtbot, desk):
    open_and_wait(qtbot, desk, seed_path("000"))
    panel = desk.facts_panel
    total = desk.facts_proxy.rowCount()
    persons = sum(1 for f in desk.ctx.review.facts if f.kind is Kind.PERSON)
    panel.kind.setCurrentIndex(panel.kind.findData(Kind.PERSON))
    assert desk.facts_proxy.rowCount() == persons
    # J walks the filtered list only
    desk.article_view.setFocus()
    press(qtbot, desk, Qt.Key.Key_J)
    assert desk.ctx.review.fact(desk.current_key).kind is Kind.PERSON
    press(qtbot, desk, Qt.Key.Key_V)
    panel.kind.setCurrentIndex(0)
    panel.status.setCurrentIndex(panel.status.findData(Status.VERIFIED))
    assert desk.facts_proxy.rowCount() == 1
    panel.status.setCurrentIndex(0)
    qtbot.keyClicks(panel.search, "104.5")
    assert desk.facts_proxy.rowCount() == 2  # in a headline and in the story
    assert {desk.facts_proxy.data(desk.facts_proxy.index(r, 1)) for r in range(2)} == {"104.5亿元"}
    panel.search.clear()
    assert desk.facts_proxy.rowCount() == total


def test_sorting_by_value(qtbot, desk):
    open_and_wait(qtbot, desk, seed_path("000"))
    view = desk.facts_panel.view
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert desk.facts_proxy.data(desk.facts_proxy.index(0, 1)) == "104.5亿元"


def test_click_a_highlight_selects_its_row_and_a_row_marks_the_text(qtbot, desk):
    open_and_wait(qtbot, desk, seed_path("000"))
    view = desk.article_view
    fact = next(f for f in desk.ctx.review.facts if f.text == "第十五届")
    c = QTextCursor(view.document())
    c.setPosition(view.umap.to_qt(fact.start) + 1)
    rect = view.cursorRect(c)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.right() + 2, rect.center().y()))
    assert desk.current_key == fact.key
    table: QTableView = desk.findChild(QTableView, "factsView")
    assert table.model().data(table.currentIndex(), KEY_ROLE) == fact.key
    # the other way: pick a row far down, the text scrolls there and marks it
    last = table.model().rowCount() - 1
    table.setCurrentIndex(table.model().index(last, 0))
    key = table.model().data(table.model().index(last, 0), KEY_ROLE)
    target = desk.ctx.review.fact(key)
    assert view.marked_span() == (target.start, target.end)
    assert view.viewport().rect().intersects(view.cursorRect())
    assert desk.detail.fact == target
    assert "104.5亿元" in desk.detail.context.text() or target.text in desk.detail.context.text()


def test_apply_to_all_mentions_is_one_undo_step(qtbot, desk, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    open_and_wait(qtbot, desk, seed_path("000"))
    people = [f for f in desk.ctx.review.facts if f.text == "赵海燕"]
    assert len(people) > 3
    desk.select_fact(people[0].key)
    desk.article_view.setFocus()
    press(qtbot, desk, Qt.Key.Key_V)
    desk.select_fact(people[0].key)
    press(qtbot, desk, Qt.Key.Key_A)
    assert asked and "赵海燕" in asked[0]
    assert all(desk.ctx.review.state(f.key).status is Status.VERIFIED for f in people)
    desk.ctx.undo_stack.undo()
    assert [desk.ctx.review.state(f.key).status for f in people] == [Status.VERIFIED] + [Status.UNCHECKED] * (len(people) - 1)


def test_add_a_missed_fact_and_remove_a_false_one(qtbot, desk, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("机构", True))
    open_and_wait(qtbot, desk, seed_path("000"))
    start = desk.ctx.article.text.index("焦作地理信息产业园")
    select_text(desk, start, start + 9)
    before = desk.facts_proxy.rowCount()
    added = desk.add_fact_from_selection()
    assert added is not None and added.kind is Kind.ORG and added.text == "焦作地理信息产业园" and added.source == "editor"
    assert desk.facts_proxy.rowCount() == before + 1
    assert desk.current_key == added.key
    assert desk.ctx.lexicon_feedback[-1].word == "焦作地理信息产业园" and desk.ctx.lexicon_feedback[-1].accepted
    # remove a false fact: gone from the table and the text
    place = next(f for f in desk.ctx.review.facts if f.text == "焦作")
    desk.select_fact(place.key)
    press(qtbot, desk, Qt.Key.Key_Delete)
    assert desk.ctx.review.fact(place.key) is not None and desk.ctx.review.state(place.key).removed
    assert desk.facts_proxy.row_of(place.key) is None
    assert not desk.ctx.lexicon_feedback[-1].accepted
    qtbot.waitUntil(lambda: not desk.article_view.highlighter.busy)
    assert (place.start, place.end) not in [(s, e) for s, e, _ in shown_ranges(desk)]
    # both undo
    desk.ctx.undo_stack.undo()
    assert desk.facts_proxy.row_of(place.key) is not None
    desk.ctx.undo_stack.undo()
    assert desk.facts_proxy.rowCount() == before
    assert desk.ctx.review.fact(added.key) is None or desk.ctx.review.state(added.key).removed


def test_findings_click_shows_the_text_and_verdicts_are_kept(qtbot, desk):
    open_and_wait(qtbot, desk, seed_path("000"))
    panel = desk.findings_panel
    assert panel.view.model().rowCount() == 1
    panel.view.setCurrentIndex(panel.view.model().index(0, 0))
    finding = desk.ctx.analysis.findings[0]
    assert desk.article_view.marked_span() == (finding.spans[0].start, finding.spans[0].end)
    panel.not_a_problem.click()
    assert desk.ctx.finding_verdicts == {finding.key: "not a problem"}
    assert panel.view.model().data(panel.view.model().index(0, 4)) == "不是问题"


def test_entities_panel_lists_each_name_once(qtbot, desk):
    open_and_wait(qtbot, desk, seed_path("000"))
    model = desk.entities_model
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert len(names) == len(set(names))
    row = names.index("赵海燕")
    mentions = sum(1 for f in desk.ctx.review.facts if f.text == "赵海燕")
    assert model.data(model.index(row, 2)) == mentions
    assert model.data(model.index(row, 3)) == "解放区委书记"
    desk.entities_view.setCurrentIndex(model.index(row, 0))
    assert desk.ctx.review.fact(desk.current_key).text == "赵海燕"


@pytest.mark.parametrize("name", ["facts_model", "facts_proxy", "entities_model", "findings_model"])
def test_models_pass_qtmodeltester(qtbot, qtmodeltester, desk, name):
    open_and_wait(qtbot, desk, seed_path("000"))
    model = getattr(desk, name)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    # and they stay consistent while the editor works
    desk.article_view.setFocus()
    press(qtbot, desk, Qt.Key.Key_J)
    press(qtbot, desk, Qt.Key.Key_V)
    press(qtbot, desk, Qt.Key.Key_Delete)
    desk.ctx.undo_stack.undo()
    desk.findings_panel.view.setCurrentIndex(desk.findings_model.index(0, 0))
    desk.findings_panel.not_a_problem.click()
    assert desk.ctx.finding_verdicts


def test_layout_and_open_panels_are_remembered(qtbot):
    ctx = AppContext(analyser=fake_analyser)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.findings_dock.hide()
    w.resize(700, 500)
    w.close()
    w2 = MainWindow(AppContext(analyser=fake_analyser))
    qtbot.addWidget(w2)
    w2.show()
    qtbot.waitExposed(w2)
    assert not w2.findings_dock.isVisible()
    assert w2.facts_dock.isVisible()
    assert w2.size().width() == 700


def test_hidden_panel_is_built_only_when_first_shown(qtbot):
    ctx = AppContext(analyser=fake_analyser)
    ctx.settings.set("ui/hidden_kinds", [])
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.findings_dock.hide()
    w.show()
    qtbot.waitExposed(w)
    assert not w.findings_dock.built and w.findings_panel is None
    w.findings_dock.show()
    qtbot.waitUntil(lambda: w.findings_dock.built)
    assert w.findChild(QTableView, "findingsView") is not None


def test_help_overlay_lists_the_keys(qtbot, desk):
    press(qtbot, desk, Qt.Key.Key_F1)
    assert desk.help_overlay.isVisible()
    labels = " ".join(lbl.text() for lbl in desk.help_overlay.findChildren(type(desk.counts_label)))
    assert "核实" in labels and "Ctrl+Z" in labels and "Ctrl+P" in labels
    # it stays in the middle when the window is resized under it
    desk.resize(desk.width() + 300, desk.height() + 200)
    qtbot.waitUntil(
        lambda: abs(desk.help_overlay.geometry().center().x() - desk.rect().center().x()) <= 1, timeout=2000
    )
    qtbot.keyClick(desk.help_overlay, Qt.Key.Key_Escape)
    assert not desk.help_overlay.isVisible()


def test_analysis_failure_is_a_message_not_a_crash(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))

    def broken(article, **_):
        raise ValueError("模型文件缺失")

    w = MainWindow(AppContext(analyser=broken))
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ctx.analysisFailed, timeout=10000):
        assert w.open_path(str(seed_path("000")))
    assert shown and "模型文件缺失" in shown[0]
    assert "解放区委书记赵海燕" in w.article_view.toPlainText()


def test_large_file_keeps_the_window_responsive(qtbot, tmp_path, seed_text):
    """A 300,000-character page: the event loop keeps turning while facts are found and highlighted."""
    from PySide6.QtCore import QTimer

    from newsfacts.core.pipeline import analyse

    def slow_real(article, *, lexicon=None, progress=None):
        analysis = analyse(article, lexicon=lexicon, progress=progress)  # the real pipeline
        facts = facts_in(article)  # plus the test's facts, so there is plenty to highlight
        return analysis.__class__(article, tuple(sorted(set(analysis.facts) | set(facts), key=lambda f: f.start)))

    seed = seed_text("000")
    page = tmp_path / "big.txt"
    page.write_text((seed * (300_000 // len(seed) + 1))[:300_000], encoding="utf-8")
    w = MainWindow(AppContext(analyser=slow_real))
    qtbot.addWidget(w)
    w.show()
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    with qtbot.waitSignal(w.highlightsShown, timeout=60000):
        assert w.open_path(str(page))
        after_open = len(ticks)
    timer.stop()
    assert len(ticks) > after_open + 1  # events ran while extraction and highlighting went on
    n = len(w.ctx.review.facts)
    assert n > 1000
    assert sum(w.article_view.highlighter.visible_counts().values()) == n


def test_a_large_draft_that_cannot_be_read_gives_a_message(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "huge.txt"
    bad.write_bytes(bytes(range(256)) * 2000)  # 512 KB of binary: read off the UI thread, then refused
    w = MainWindow(AppContext(analyser=fake_analyser))
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ctx.openFailed, timeout=10000):
        assert w.open_path(str(bad))
    assert shown and "huge.txt" in shown[0]
    assert w.ctx.article is None


def test_right_click_offers_to_add_the_selection_and_remove_the_fact_under_the_mouse(qtbot, desk):
    open_and_wait(qtbot, desk, seed_path("000"))
    view = desk.article_view
    fact = next(f for f in desk.ctx.review.facts if f.text == "第十五届")
    c = QTextCursor(view.document())
    c.setPosition(view.umap.to_qt(fact.start) + 1)
    menu = desk.article_menu(view.cursorRect(c).center())
    texts = [a.text() for a in menu.actions()]
    assert any("把选中文字添加为" in t for t in texts)
    next(a for a in menu.actions() if "第十五届" in a.text()).trigger()
    assert desk.ctx.review.state(fact.key).removed
    menu.deleteLater()


def test_a_time_of_day_is_highlighted_and_shows_its_24_hour_clock(qtbot, tmp_path):
    from newsfacts.core.pipeline import analyse

    w = MainWindow(AppContext(analyser=analyse))
    qtbot.addWidget(w)
    w.show()
    page = tmp_path / "evening.txt"
    page.write_text("本报讯 团拜会于下午3点半开始,当晚8点至10点,3300盏彩灯点亮民主路。\n", encoding="utf-8")
    open_and_wait(qtbot, w, page)
    times = [f for f in w.ctx.review.facts if f.kind is Kind.TIME]
    assert [(f.text, f.date) for f in times] == [("3点半", "15:30"), ("8点至10点", "20:00/22:00")]
    colour = QColor(KIND_COLOURS[Kind.TIME]).name()
    assert [qt_text(w, s, e) for s, e, c in shown_ranges(w) if c == colour] == ["3点半", "8点至10点"]
    w.select_fact(times[0].key)
    assert w.findChild(QLabel, "detailValue").text() == "15:30（下午）"
    assert w.findChild(QLabel, "detailDate").text() == "—"


def test_a_result_in_seconds_shows_as_a_stopwatch_would(qtbot, tmp_path):
    from deskfixtures import open_text

    from newsfacts.core.pipeline import analyse

    w = open_text(qtbot, tmp_path, "本报讯 他以2小时08分12秒夺冠，亚军落后12秒。\n", analyse, name="marathon.txt")
    spans = {f.text: f for f in w.ctx.review.facts if f.kind is Kind.TIME_SPAN}
    w.select_fact(spans["2小时08分12秒"].key)
    assert w.findChild(QLabel, "detailValue").text() == "7692 秒（2:08:12）"
    w.select_fact(spans["12秒"].key)
    assert w.findChild(QLabel, "detailValue").text() == "12 秒"


def w_pos(w: MainWindow, offset: int) -> int:
    return w.article_view.umap.to_qt(offset)


def three_findings(article, *, lexicon=None, progress=None):
    """The stand-in facts, and a finding on the first 焦作, 赵海燕 and 2024年 of the page."""
    base = fake_analyser(article, lexicon=lexicon, progress=progress)
    found = []
    for i, word in enumerate(("焦作", "赵海燕", "2024年")):
        p = article.text.find(word)
        found.append(Finding(f"test-{i}", Severity.MEDIUM, (article.span(p, p + len(word)),), f"第{i + 1}条提示:{word}"))
    found.sort(key=lambda f: f.start)
    return dataclasses.replace(base, findings=tuple(found))


def test_f8_walks_the_open_findings_and_a_verdict_moves_on(qtbot):
    w = make_active_window(qtbot)
    w.ctx.analyser = three_findings
    open_and_wait(qtbot, w, seed_path("000"))
    order = [f.spans[0].text for f in w.ctx.analysis.findings]  # in the order of the page
    assert w.findings_dock.windowTitle() == "编校提示（待处理 3 / 共 3）"
    w.findings_dock.hide()
    w.article_view.setFocus()

    press(qtbot, w, Qt.Key.Key_F8)
    assert w.findings_dock.isVisible()  # the panel comes back to show where the editor is
    marked = w.article_view.marked_span()
    assert marked is not None and w.ctx.article.text[marked[0] : marked[1]] == order[0]
    assert w.statusBar().currentMessage().endswith(order[0])

    press(qtbot, w, Qt.Key.Key_F8)
    marked = w.article_view.marked_span()
    assert w.ctx.article.text[marked[0] : marked[1]] == order[1]
    w.findings_panel.fixed.click()  # dealt with: on to the third
    assert w.findings_dock.windowTitle() == "编校提示（待处理 2 / 共 3）"
    marked = w.article_view.marked_span()
    assert w.ctx.article.text[marked[0] : marked[1]] == order[2]

    w.article_view.setFocus()
    press(qtbot, w, Qt.Key.Key_F8)  # wraps round, and skips the one already fixed
    marked = w.article_view.marked_span()
    assert w.ctx.article.text[marked[0] : marked[1]] == order[0]
    press(qtbot, w, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)  # back: the fixed one skipped again
    marked = w.article_view.marked_span()
    assert w.ctx.article.text[marked[0] : marked[1]] == order[2]

    w.findings_panel.not_a_problem.click()
    w.findings_panel.not_a_problem.click()
    assert len(w.ctx.finding_verdicts) == 3
    w.article_view.setFocus()
    press(qtbot, w, Qt.Key.Key_F8)
    assert w.statusBar().currentMessage() == "所有编校提示都已处理"


def test_zoom_changes_the_text_size_and_keeps_it(qtbot, desk):
    open_and_wait(qtbot, desk, seed_path("000"))
    view = desk.article_view
    before = view.font().pointSize()
    desk.article_view.setFocus()
    press(qtbot, desk, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, desk, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.font().pointSize() == before + 2
    assert desk.ctx.settings.get("ui/font_size") == before + 2  # the next window opens at that size
    assert desk.statusBar().currentMessage() == f"正文字号 {before + 2}"
    # Ctrl+wheel does the same, through the window (so the setting follows)
    wheel = QWheelEvent(
        QPointF(10, 10), view.mapToGlobal(QPointF(10, 10)), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.font().pointSize() == before + 1 == desk.ctx.settings.get("ui/font_size")
    for _ in range(40):
        desk.zoom(+1)
    assert view.font().pointSize() == 28  # no larger than the settings dialog allows
    press(qtbot, desk, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.font().pointSize() == 13 == desk.ctx.settings.get("ui/font_size")
    # the headline is drawn larger than the text at the new size, and the highlights are back
    qtbot.waitUntil(lambda: not view.highlighter.busy)
    headline = view.document().findBlock(w_pos(desk, desk.ctx.article.text.index("解放区十五届")))
    sizes = {round(r.format.fontPointSize()) for r in headline.layout().formats()}
    assert sizes == {round(13 * 1.45)}
    assert shown_ranges(desk)


def test_a_fact_out_of_view_is_brought_to_the_middle_with_its_surroundings(qtbot, desk):
    open_and_wait(qtbot, desk, seed_path("000"))
    view = desk.article_view
    facts = desk.ctx.review.facts
    last = facts[len(facts) * 2 // 3]  # far down the page, out of view when it opens
    desk.select_fact(last.key)
    s, e = view.umap.span_to_qt(last.start, last.end)
    c = QTextCursor(view.document())
    c.setPosition(s)
    y = view.cursorRect(c).center().y()
    height = view.viewport().height()
    # the middle of the view, not its edge: the editor sees the sentences before and after it
    assert height * 0.25 < y < height * 0.75
    # a fact already in full view does not make the text jump
    top = view.verticalScrollBar().value()
    neighbour = next(f for f in reversed(facts[: facts.index(last)]) if view.viewport().rect().contains(
        view.cursorRect(_cursor_at(view, view.umap.to_qt(f.start))).center()))
    desk.select_fact(neighbour.key)
    assert view.verticalScrollBar().value() == top


def _cursor_at(view, pos: int) -> QTextCursor:
    c = QTextCursor(view.document())
    c.setPosition(pos)
    return c


def test_arrow_keys_move_in_the_list_that_has_the_focus(qtbot):
    w = make_active_window(qtbot)
    w.ctx.analyser = three_findings
    open_and_wait(qtbot, w, seed_path("000"))
    view = w.findings_panel.view
    view.setCurrentIndex(w.findings_model.index(0, 0))
    view.setFocus()
    fact_before = w.current_key
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1  # the findings list moved ...
    assert w.current_key == fact_before  # ... not the facts
    marked = w.article_view.marked_span()
    assert w.ctx.article.text[marked[0] : marked[1]] == w.ctx.analysis.findings[1].spans[0].text
    # in the text, ↓ still steps through the facts
    w.article_view.setFocus()
    qtbot.keyClick(w.article_view, Qt.Key.Key_Down)
    assert w.current_key is not None and w.current_key != fact_before


def test_a_findings_right_form_is_taken_with_one_key_and_corrects_the_fact_there(qtbot, tmp_path):
    from deskfixtures import open_text

    from newsfacts.core.pipeline import analyse

    page = "# 会谈\n\n本报讯 普丁与来访的客人会谈，双方还参观了新建的展厅，工人正在按装设备。\n"
    w = open_text(qtbot, tmp_path, page, analyse, name="talks.txt")
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.findings_dock.show()
    panel = w.findings_dock.content()
    rows = {w.findings_model.finding(r).spans[0].text: r for r in range(w.findings_model.rowCount())}
    assert {"普丁", "按装"} <= set(rows)
    assert not panel.adopt.isEnabled()  # nothing chosen yet

    panel.view.setCurrentIndex(w.findings_model.index(rows["普丁"], 1))
    assert panel.adopt.isEnabled() and panel.adopt.text() == "改为“普京”(&A)" and "普京" in panel.adopt.toolTip()
    taken = next(f for f in w.ctx.analysis.findings if f.spans[0].text == "普丁")
    qtbot.keyClick(panel.view, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: taken.key in w.ctx.finding_verdicts)  # a mnemonic clicks the button animated
    assert w.ctx.finding_verdicts[taken.key] == "fixed"
    person = next(f for f in w.ctx.review.facts if f.text == "普丁")
    state = w.ctx.review.state(person.key)
    assert state.status is Status.CORRECTED and state.correction == "普京"  # the fact sheet says what to print
    assert w.statusBar().currentMessage() == "“普丁”改为“普京”"
    # on to the next open finding: the misspelling, which no fact covers, is only marked fixed
    assert w.findings_model.finding(panel.view.currentIndex().row()).spans[0].text == "按装"
    panel.adopt.click()
    fixed = next(f for f in w.ctx.analysis.findings if f.spans[0].text == "按装")
    assert w.ctx.finding_verdicts[fixed.key] == "fixed"
