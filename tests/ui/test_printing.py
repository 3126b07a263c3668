"""The printed proof: the annotated draft in the print preview (Ctrl+P) and as a PDF."""

from __future__ import annotations

import re

import pytest
from deskfixtures import open_seed_window
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from newsfacts.core.model import Status
from newsfacts.core.review import Action
from newsfacts.ui.printing import MARK_RGB, SHADE_RGB, proof_of


@pytest.fixture
def warnings(monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: said.append(text))
    return said


def fact(w, text, nth=0):
    return [f for f in w.ctx.review.facts if f.text == text][nth]


def reviewed_window(qtbot):
    w = open_seed_window(qtbot)
    for text, action, kw in (
        ("赵海燕", Action.VERIFY, {}),
        ("焦作", Action.CORRECT, {"correction": "焦作市"}),
        ("104.5亿元", Action.DISPUTE, {"note": "与统计公报核对"}),
    ):
        w.select_fact(fact(w, text).key)
        assert w.decide(action, **kw)
    return w


def shaded(doc, text: str) -> set[str]:
    """The background colours the proof gives ``text`` wherever it stands as a piece of its own."""
    out = set()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.text() == text and frag.charFormat().background().style() != 0:
                out.add(frag.charFormat().background().color().name().upper())
            it += 1
        block = block.next()
    return out


def test_the_proof_is_the_draft_with_its_verdicts_and_notes(qtbot, warnings):
    w = reviewed_window(qtbot)
    doc = proof_of(w.ctx)
    text = doc.toPlainText()
    assert text.startswith("批注稿：")
    assert "核对人：" in text
    # the draft itself, every paragraph
    assert "解放区委书记赵海燕指出" in text and "成功引进袁老四火锅" in text
    # each fact shaded by its verdict
    assert shaded(doc, "赵海燕") >= {QColor(SHADE_RGB[Status.VERIFIED]).name().upper()}
    assert QColor(SHADE_RGB[Status.CORRECTED]).name().upper() in shaded(doc, "焦作")
    assert QColor(SHADE_RGB[Status.UNCHECKED]).name().upper() in shaded(doc, "第十五届")
    # the notes at the end, numbered as marked in the text; the finding quotes its words
    notes = text[text.rindex("批注\n") :]
    assert re.search(r"\[\d+\] 更正：“焦作”应为“焦作市”", notes)
    assert re.search(r"\[\d+\] 存疑：“104.5亿元”（与统计公报核对）", notes)
    assert re.search(r"\[\d+\] “4433”\s*编校提示（低）：引号内的数字请核对原文（核稿助手）", notes)
    n = len(re.findall(r"^\[\d+\] ", notes, re.M))
    body = text[: text.rindex("批注\n")]
    assert sorted(int(m) for m in re.findall(r"\[(\d+)\]", body)) == list(range(1, n + 1))
    assert "[" + str(n) + "]" in body and warnings == []


def test_ctrl_p_opens_the_print_preview_once_the_draft_is_analysed(qtbot, warnings):
    from newsfacts.ui.main_window import MainWindow
    from newsfacts.app.context import AppContext

    idle = MainWindow(AppContext())
    qtbot.addWidget(idle)
    assert not idle.print_action.isEnabled()

    w = open_seed_window(qtbot)
    assert w.print_action.isEnabled() and w.print_action.shortcut().toString() == "Ctrl+P"
    assert w.print_action in w.menuBar().actions()[0].menu().actions()
    w.print_action.trigger()
    dialog = w.print_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "批注稿：" in dialog.proof.toPlainText()
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_proof_marks_a_note_in_red_right_after_its_words(qtbot):
    w = reviewed_window(qtbot)
    doc = proof_of(w.ctx)
    marks = []  # (the piece of text before the mark, the mark)
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        previous = None
        while not it.atEnd():
            frag = it.fragment()
            red = frag.charFormat().foreground().color().name().upper() == MARK_RGB
            if red and re.fullmatch(r"(\[\d+\])+", frag.text()):
                marks.append((previous, frag.text()))
            previous = frag.text()
            it += 1
        block = block.next()
    after = [p for p, _ in marks]  # a piece without a fact joins the text before it: its end counts
    assert "焦作" in after and "104.5亿元" in after
    assert any(p and p.endswith("“4433”") for p in after)
    assert after.index("焦作") < after.index("104.5亿元")  # numbered in the order of the text
