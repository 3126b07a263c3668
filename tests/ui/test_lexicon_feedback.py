"""The editor's corrections teach the extractor: a false name removed is never found again,
a missed name added is found from then on, in the window and on the command line alike."""

from __future__ import annotations

import json

import pytest
from test_persistence import decide, make_window, open_and_wait

from newsfacts.core.model import Fact, Kind
from newsfacts.core.pipeline import analyse
from newsfacts.core.review import Action, Decision
from newsfacts.core.store import read_memory

PAGE = "本报讯(记者詹长松)解放区委书记赵海燕在袁老四火锅调研。赵海燕说,要抓落实。\n"


def names(w, kind):
    return {f.text for f in w.ctx.review.facts if f.kind is kind}


@pytest.mark.slow
def test_removed_name_stays_gone_and_added_name_is_found(qtbot, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    w = make_window(qtbot, analyser=analyse)  # the real pipeline
    open_and_wait(qtbot, w, page)
    assert "赵海燕" in names(w, Kind.PERSON)
    decide(w, next(f for f in w.ctx.review.facts if f.text == "赵海燕"), Action.REMOVE)
    start = PAGE.index("袁老四火锅")
    w.ctx.record(Decision(Action.ADD, Fact(Kind.ORG, start, start + 5, "袁老四火锅", source="editor")))

    memory = read_memory()
    assert memory is not None and memory.editor_lexicon().rejects("赵海燕", Kind.PERSON)

    # A new window on another draft naming her: she is no longer taken for a person.
    other = tmp_path / "other.txt"
    other.write_text("赵海燕代表中共解放区委讲话。袁老四火锅新店开业。\n", encoding="utf-8")
    w2 = make_window(qtbot, analyser=analyse)
    open_and_wait(qtbot, w2, other)
    assert "赵海燕" not in names(w2, Kind.PERSON)
    assert "袁老四火锅" in names(w2, Kind.ORG)


def test_the_command_line_applies_the_same_corrections(tmp_path):
    from newsfacts.core.store import ReviewStore
    from conftest import run_cli

    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    before = json.loads(run_cli("extract", str(page), "--json").stdout)
    assert "赵海燕" in {f["text"] for f in before["facts"] if f["kind"] == "PERSON"}
    with ReviewStore() as store:
        store.memory.lexicon_reject("赵海燕", "PERSON")
        store.memory.lexicon_add("袁老四火锅", "ORG")
    after = json.loads(run_cli("extract", str(page), "--json").stdout)
    persons = {f["text"] for f in after["facts"] if f["kind"] == "PERSON"}
    assert "赵海燕" not in persons
    assert "袁老四火锅" in {f["text"] for f in after["facts"] if f["kind"] == "ORG"}
    assert "袁老四火锅" not in {f["text"] for f in before["facts"] if f["kind"] == "ORG"}


@pytest.mark.slow
def test_the_desk_dictionary_lists_corrections_adds_a_name_and_takes_one_back(qtbot, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    w = make_window(qtbot, analyser=analyse)
    open_and_wait(qtbot, w, page)
    assert "袁老四火锅" not in names(w, Kind.ORG)
    decide(w, next(f for f in w.ctx.review.facts if f.text == "赵海燕"), Action.REMOVE)
    dialog = w.edit_desk_dictionary()
    assert w.dictionary_action in w.tools_menu.actions()
    row = [dialog.model.index(0, c).data() for c in range(3)]
    assert row == ["赵海燕", "人名", "不是这类名称"]  # the removal made in the draft

    # a name the tool missed, entered here: the open draft is read again and has it
    dialog.word.setText("袁老四火锅")
    dialog.kind.setCurrentText("机构")
    dialog.verdict.setCurrentText("是这类名称")
    with qtbot.waitSignal(w.highlightsShown, timeout=20000):
        assert dialog.save_rule()
    assert "袁老四火锅" in names(w, Kind.ORG) and dialog.model.rowCount() == 2
    assert "赵海燕" not in names(w, Kind.PERSON)

    # the removal taken back: found again, except where this draft's own decision removed her
    dialog.search.setText("赵海燕")
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    with qtbot.waitSignal(w.highlightsShown, timeout=20000):
        assert dialog.remove_rule()
    again = [f.start for f in w.ctx.review.facts if f.text == "赵海燕" and f.kind is Kind.PERSON]
    assert again == [PAGE.index("赵海燕说")]
    memory = read_memory()
    assert not memory.editor_lexicon().rejects("赵海燕", Kind.PERSON)
    other = tmp_path / "other.txt"
    other.write_text("解放区委书记赵海燕讲话。\n", encoding="utf-8")
    w2 = make_window(qtbot, analyser=analyse)
    open_and_wait(qtbot, w2, other)
    assert "赵海燕" in names(w2, Kind.PERSON)
