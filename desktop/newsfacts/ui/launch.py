"""Build the QApplication and show the main window (kept free of logic).

``--snapshot OUT.png``: open PATH, wait until extraction and highlighting are done, save a
screenshot of the main window, print one JSON line with what is shown, exit.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INPUT = 3


def i18n_dir() -> str:
    from ..core.paths import resources_dir

    return os.path.join(resources_dir(), "i18n")


def install_translator(app, language: str):
    """Chinese is the source language of NewsFacts, English that of Qt: in Chinese, Qt's own words
    (the 关闭 and 取消 of standard buttons, 复制 in the text's menu, the file dialogs) come from Qt's
    qtbase_zh_CN.qm; any other language loads resources/i18n/newsfacts_LANG.qm.  Returns the
    translator installed, or None."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    if not language or language.startswith("zh"):
        qt = QTranslator(app)
        name = "qtbase_zh_TW" if language in ("zh_TW", "zh_HK") else "qtbase_zh_CN"
        if qt.load(name, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            return qt
        return None
    translator = QTranslator(app)
    if translator.load(f"newsfacts_{language}", i18n_dir()):
        app.installTranslator(translator)
        return translator
    return None


def snapshot_summary(window) -> dict:
    ctx = window.ctx
    review = ctx.review
    return {
        "file": ctx.article.name if ctx.article else None,
        "highlights": window.article_view.highlighter.visible_counts(),
        "facts": len(review.facts) if review else 0,
        "findings": len(ctx.analysis.findings) if ctx.analysis else 0,
        "status": review.counts() if review else {},
    }


def take_snapshot(window, out: str) -> int:
    """Called when highlights are shown: save the window, print the summary, return the exit code."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    pixmap = window.grab()
    if not pixmap.save(out):
        print(f"newsfacts: 无法保存截图 {out} / cannot save the screenshot", file=sys.stderr)
        return EXIT_FAILED
    print(json.dumps(snapshot_summary(window), ensure_ascii=False), flush=True)
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from .. import APP_NAME, ORG_NAME, __version__
    from ..app.compat import guard_none_refcount

    guard_none_refcount()
    from ..app.settings import Settings

    settings = Settings()
    path = os.path.abspath(args.path) if args.path else None
    # A screenshot, a start-up measurement or NEWSFACTS_NEW_INSTANCE=1 runs a program of its own;
    # otherwise a NewsFacts already running for this desk takes the draft and this one exits
    # (before it makes an application or a window).
    own = bool(args.snapshot or os.environ.get("NEWSFACTS_EXIT_AFTER_SHOWN") or os.environ.get("NEWSFACTS_NEW_INSTANCE"))
    where = None
    if not own:
        from .instance import address, forward

        where = address(settings.qsettings.fileName())
        if forward(where, [path] if path else []):
            return EXIT_OK
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    install_translator(app, args.lang or settings.get("ui/language"))
    from .desk import Desk

    desk = Desk(settings, app)
    window = desk.new_window()
    if args.snapshot:
        return _run_snapshot(app, window, args)
    window.show()
    if where is not None:
        from .instance import InstanceServer

        server = InstanceServer(where, app)
        if server.listen():
            server.openRequested.connect(desk.open)
            server.raiseRequested.connect(desk.bring_to_front)
    if path:
        window.open_path(path)
    if os.environ.get("NEWSFACTS_EXIT_AFTER_SHOWN"):  # bench/bench_packaging.py: start to window shown
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: (print("newsfacts: window shown", flush=True), app.quit()))
    return app.exec()


def _run_snapshot(app, window, args) -> int:
    from PySide6.QtCore import QTimer

    if not args.path:
        print("newsfacts: --snapshot 需要一个稿件路径 / --snapshot needs a PATH", file=sys.stderr)
        return EXIT_INPUT
    result = {"code": EXIT_FAILED}

    def done() -> None:
        result["code"] = take_snapshot(window, args.snapshot)
        app.exit(result["code"])

    def failed(message: str) -> None:
        print(f"newsfacts: {message}", file=sys.stderr)
        app.exit(EXIT_FAILED)

    window.highlightsShown.connect(lambda: QTimer.singleShot(0, done))
    window.ctx.analysisFailed.connect(failed)
    # Modal boxes would wait for a click that never comes: print instead.
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning = staticmethod(lambda _parent, _title, text, *a, **k: print(f"newsfacts: {text}", file=sys.stderr))
    window.show()
    if not window.open_path(os.path.abspath(args.path)):
        return EXIT_INPUT
    return app.exec()
