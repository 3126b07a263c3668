"""Build the QApplication and show the main window (kept free of logic)."""

from __future__ import annotations

import argparse
import os
import sys


def run(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from .. import APP_NAME, ORG_NAME, __version__
    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    window = MainWindow()
    window.show()
    if args.path:
        window.open_path(os.path.abspath(args.path))
    if os.environ.get("NEWSFACTS_EXIT_AFTER_SHOWN"):  # bench/bench_packaging.py: start to window shown
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: (print("newsfacts: window shown", flush=True), app.quit()))
    return app.exec()
