"""Facts built in the tests: a stand-in analyser that finds known strings of the seed pages, and
the windows the UI tests open on it.

The real extractors are built elsewhere; the desk must be right for whatever the pipeline returns,
so these tests feed it facts whose positions are known exactly.
"""

from __future__ import annotations

import re

from newsfacts.app.context import AppContext
from newsfacts.core.model import Analysis, Article, Fact, Finding, Kind, Severity
from newsfacts.ui.main_window import MainWindow

SEED_FACTS: list[tuple[Kind, str, dict]] = [
    (Kind.PERSON, "赵海燕", {"role": "解放区委书记"}),
    (Kind.ORDINAL, "第十五届", {"value": 15}),
    (Kind.DATE, "2024年", {"date": "2024", "date_source": "text"}),
    (Kind.MONEY, "104.5亿元", {"value": 10450000000, "unit": "元"}),
    (Kind.PLACE, "焦作", {}),
    (Kind.ORG, "解放区人民法院", {}),
]


def facts_in(article: Article, specs=SEED_FACTS) -> list[Fact]:
    out = []
    for kind, text, extra in specs:
        for m in re.finditer(re.escape(text), article.text):
            out.append(Fact(kind, m.start(), m.end(), text, **extra))
    out.sort(key=lambda f: (f.start, f.end, f.kind.value))
    return out


def findings_in(article: Article) -> list[Finding]:
    i = article.text.find("“4433”")
    if i < 0:
        return []
    return [Finding("quote", Severity.LOW, (article.span(i, i + 6),), "引号内的数字请核对原文")]


def fake_analyser(article: Article, *, lexicon=None, progress=None) -> Analysis:
    if progress:
        progress(50, "facts")
    return Analysis(article, tuple(facts_in(article)), tuple(findings_in(article)))


def make_window(qtbot, analyser=fake_analyser, **ctx_args) -> MainWindow:
    """A main window on ``analyser``, shown."""
    w = MainWindow(AppContext(analyser=analyser, **ctx_args))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def make_active_window(qtbot) -> MainWindow:
    """A main window on the stand-in analyser, shown and with the keyboard focus (for key tests)."""
    w = make_window(qtbot)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def open_and_wait(qtbot, w: MainWindow, path, timeout: int = 10000) -> None:
    with qtbot.waitSignal(w.highlightsShown, timeout=timeout):
        assert w.open_path(str(path))


def open_text(qtbot, tmp_path, text: str, analyser=fake_analyser, name: str = "draft.txt") -> MainWindow:
    """A window with ``text`` open as a draft file (the real pipeline when ``analyser`` is
    ``pipeline.analyse``)."""
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    w = make_window(qtbot, analyser=analyser)
    open_and_wait(qtbot, w, page)
    return w


def select_text(w: MainWindow, start: int, end: int):
    """Select [start, end) (code points of the draft) in the article view, as the mouse would."""
    from PySide6.QtGui import QTextCursor

    view = w.article_view
    cursor = view.textCursor()
    cursor.setPosition(view.umap.to_qt(start))
    cursor.setPosition(view.umap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    return cursor


def findings_of(w: MainWindow, kind: str) -> list[Finding]:
    """The open draft's findings of one kind."""
    return [f for f in w.ctx.analysis.findings if f.kind == kind]


def open_seed_window(qtbot) -> MainWindow:
    """A main window with seed page 000 open and highlighted."""
    from conftest import seed_path  # here: a window in a child process imports this module without it

    w = make_window(qtbot)
    open_and_wait(qtbot, w, seed_path("000"))
    return w
