"""本报核实名录: the names the desk verified, listed with who verified them and where; entered by
hand, changed and removed there, and the open draft checked against them at once."""

from __future__ import annotations

from deskfixtures import facts_in, findings_of, open_and_wait, open_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from newsfacts.core.model import Analysis, Article, Kind
from newsfacts.core.review import Action
from newsfacts.core.store import DESK_POST, KnownName, read_memory
from newsfacts.ui.style import KIND_COLOURS

PAGE = "# 区领导调研项目建设\n\n本报讯 解放区委书记王刚调研项目建设，焦作地理信息产业园负责人陪同。\n"
FACTS = [(Kind.PERSON, "王刚", {"role": "解放区委书记"}), (Kind.ORG, "焦作地理信息产业园", {})]


def analyser(article: Article, *, lexicon=None, progress=None) -> Analysis:
    return Analysis(article, tuple(facts_in(article, FACTS)), ())


def post_findings(w):
    return findings_of(w, DESK_POST)


def open_page(qtbot, tmp_path):
    return open_text(qtbot, tmp_path, PAGE, analyser)


def cells(dialog, row: int) -> list[str]:
    return [dialog.model.index(row, c).data() for c in range(dialog.model.columnCount())]


def test_a_name_entered_by_hand_checks_the_draft_at_once_and_a_role_changed_clears_it(qtbot, tmp_path):
    w = open_page(qtbot, tmp_path)
    assert w.verified_action in w.tools_menu.actions()
    dialog = w.edit_verified_names()
    assert dialog.model.rowCount() == 0 and post_findings(w) == []

    # the district has a secretary the draft does not name: entered before any draft verified her
    dialog.name.setText("赵海燕")
    dialog.kind.setCurrentText("人名")
    dialog.role.setText("解放区委书记")
    assert dialog.save_rule() and "已记入" in dialog.message.text()
    assert cells(dialog, 0)[:3] == ["赵海燕", "人名", "解放区委书记"]
    shade = dialog.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole)
    assert shade.color() == QColor(KIND_COLOURS[Kind.PERSON])  # the kind's colour, as in the panels
    found = post_findings(w)
    assert [[s.text for s in f.spans] for f in found] == [["解放区委书记", "王刚"]]
    assert "赵海燕" in found[0].message
    memory = read_memory(str(w.ctx.data_folder()))  # kept: the command line sees it too
    assert [(n.name, n.role) for n in memory.names] == [("赵海燕", "解放区委书记")]

    # picked and given another role: changed in place, not added; the draft is fine again
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.name.text() == "赵海燕" and dialog.role.text() == "解放区委书记"
    dialog.role.setText("解放区委副书记、区长")
    assert dialog.save_rule() and "已改为" in dialog.message.text()
    assert dialog.model.rowCount() == 1 and cells(dialog, 0)[2] == "解放区委副书记、区长"
    assert post_findings(w) == []

    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.remove_rule() and dialog.model.rowCount() == 0
    assert read_memory(str(w.ctx.data_folder())).names == ()


def test_a_name_verified_in_the_draft_appears_with_its_draft_and_the_search_narrows_the_list(qtbot, tmp_path):
    w = open_page(qtbot, tmp_path)
    dialog = w.edit_verified_names()
    for text in ("王刚", "焦作地理信息产业园"):
        w.select_fact(next(f for f in w.ctx.review.facts if f.text == text).key)
        w.decide(Action.VERIFY)
    assert dialog.model.rowCount() == 2  # the open list follows the desk
    assert cells(dialog, 0)[:3] == ["王刚", "人名", "解放区委书记"] and cells(dialog, 0)[6] == "draft.txt"
    assert cells(dialog, 1)[:2] == ["焦作地理信息产业园", "机构"]
    dialog.search.setText("产业园")
    assert dialog.model.rowCount() == 1 and cells(dialog, 0)[0] == "焦作地理信息产业园"
    dialog.search.setText("")
    assert dialog.model.rowCount() == 2


def test_an_organisation_with_a_role_or_a_name_left_empty_is_refused(qtbot, tmp_path):
    w = open_page(qtbot, tmp_path)
    dialog = w.edit_verified_names()
    dialog.name.setText("")
    assert dialog.save_rule() is False and "名称" in dialog.message.text()
    dialog.name.setText("焦作地理信息产业园")
    dialog.role.setText("园区")
    dialog.kind.setCurrentText("机构")
    assert not dialog.role.isEnabled() and dialog.role.text() == ""  # only a person has a role
    assert dialog.save_rule() and cells(dialog, 0)[:3] == ["焦作地理信息产业园", "机构", ""]


def test_verifying_the_new_holder_in_the_draft_clears_the_finding_at_once(qtbot, tmp_path):
    w = open_page(qtbot, tmp_path)
    w.ctx.save_verified_name(KnownName("赵海燕", Kind.PERSON, "解放区委书记"))
    assert len(post_findings(w)) == 1 and w.findings_model.rowCount() == 1
    assert "1" in w.findings_dock.windowTitle()
    # the post changed hands: the editor verifies the draft's 王刚 in it
    w.select_fact(next(f for f in w.ctx.review.facts if f.text == "王刚").key)
    with qtbot.waitSignal(w.ctx.findingsChanged, timeout=5000):  # once the editor pauses
        w.decide(Action.VERIFY)
    assert post_findings(w) == [] and w.findings_model.rowCount() == 0
    assert w.findings_dock.windowTitle() == "编校提示"
    assert w.ctx.review.state(next(f for f in w.ctx.review.facts if f.text == "王刚").key).status.value == "verified"


def test_the_desks_roster_is_imported_and_checks_the_draft(qtbot, tmp_path):
    w = open_page(qtbot, tmp_path)
    dialog = w.edit_verified_names()
    roster = tmp_path / "区领导名单.txt"
    roster.write_text("姓名\t职务\n赵海燕\t解放区委书记\n于怀贵\t解放区委副书记、区长\n名单待补充\n", encoding="utf-8")
    assert dialog.import_roster(str(roster))
    assert "2 人" in dialog.message.text() and "第 4 行（名单待补充）" in dialog.message.text()
    assert [cells(dialog, r)[:3] for r in range(dialog.model.rowCount())] == [
        ["赵海燕", "人名", "解放区委书记"], ["于怀贵", "人名", "解放区委副书记、区长"]
    ]
    found = post_findings(w)  # the draft's 解放区委书记王刚: the roster says 赵海燕
    assert len(found) == 1 and "赵海燕" in found[0].message
    assert cells(dialog, 0)[3] == ""  # 现状: she holds the post
    # a file that is no roster: said in the dialog, nothing entered
    bad = tmp_path / "notes.txt"
    bad.write_text("今天天气很好。\n", encoding="utf-8")
    assert dialog.import_roster(str(bad)) is False
    assert "没有读出人名和职务" in dialog.message.text() and dialog.model.rowCount() == 2


def test_a_double_click_opens_the_draft_a_name_was_verified_in(qtbot, tmp_path):
    w = open_page(qtbot, tmp_path)
    w.select_fact(next(f for f in w.ctx.review.facts if f.text == "王刚").key)
    w.decide(Action.VERIFY)
    other = tmp_path / "other.txt"
    other.write_text("# 另一篇\n\n本报讯 焦作地理信息产业园开园。\n", encoding="utf-8")
    open_and_wait(qtbot, w, other)
    dialog = w.edit_verified_names()
    w.ctx.save_verified_name(KnownName("赵海燕", Kind.PERSON, "解放区委书记"))
    rows = {cells(dialog, r)[0]: r for r in range(dialog.model.rowCount())}
    with qtbot.waitSignal(w.highlightsShown, timeout=10000):
        dialog.table.doubleClicked.emit(dialog.model.index(rows["王刚"], 5))
    assert w.ctx.article.name == "draft.txt"
    dialog.table.doubleClicked.emit(dialog.model.index(rows["赵海燕"], 0))  # entered by hand: no draft
    assert "手工记入" in dialog.message.text()
    (tmp_path / "draft.txt").unlink()
    dialog.table.doubleClicked.emit(dialog.model.index(rows["王刚"], 0))
    assert "找不到稿件“draft.txt”" in dialog.message.text()


def test_the_list_says_who_holds_a_post_now(qtbot, tmp_path):
    w = open_page(qtbot, tmp_path)
    w.ctx.save_verified_name(KnownName("赵海燕", Kind.PERSON, "解放区委书记"))
    w.ctx.save_verified_name(KnownName("李明", Kind.PERSON, "解放区委书记、区长"))  # verified later
    dialog = w.edit_verified_names()
    now = {cells(dialog, r)[0]: cells(dialog, r)[3] for r in range(dialog.model.rowCount())}
    assert now == {"赵海燕": "解放区委书记现为李明", "李明": ""}


def test_a_closed_window_opens_no_database_when_its_memory_check_comes_due(qtbot, tmp_path, monkeypatch):
    import os

    w = open_page(qtbot, tmp_path)
    w.select_fact(next(f for f in w.ctx.review.facts if f.text == "王刚").key)
    w.decide(Action.VERIFY)  # the memory's findings are due again shortly
    assert w.close()
    other = tmp_path / "other-desk"
    other.mkdir()
    db = other / "newsfacts.sqlite3"
    db.write_bytes(b"not a database" * 200)
    monkeypatch.setenv("NEWSFACTS_DATA_DIR", str(other))  # the next window's desk
    qtbot.wait(w.ctx.MEMORY_RECHECK_MS + 300)
    assert os.listdir(other) == ["newsfacts.sqlite3"] and db.read_bytes().startswith(b"not a database")


def test_a_new_leader_entered_by_the_desk_is_no_longer_an_error_in_the_open_draft(qtbot, tmp_path):
    from newsfacts.core.pipeline import analyse

    w = open_text(qtbot, tmp_path, "# 国务院常务会议召开\n\n国务院总理王某主持召开国务院常务会议。\n", analyse)
    assert len(findings_of(w, "person_role_conflict")) == 1  # leaders.tsv as shipped gives the post to 李强
    w.select_fact(next(f for f in w.ctx.review.facts if f.text == "王某").key)
    w.decide(Action.DISPUTE)  # a decision made before: kept, and still undoable
    dialog = w.edit_verified_names()
    dialog.name.setText("王某")
    dialog.role.setText("国务院总理")
    assert dialog.save_rule()
    assert findings_of(w, "person_role_conflict") == []
    assert w.findings_model.rowCount() == len(w.ctx.analysis.findings)
    assert w.ctx.undo_stack.canUndo() and len(w.ctx.review.facts) > 0
