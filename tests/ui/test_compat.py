"""Thousands of Qt calls do not bring the interpreter down (see newsfacts.app.compat)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QTextCharFormat

from newsfacts.app.compat import guard_none_refcount


def test_many_void_qt_calls_keep_none_alive():
    guard_none_refcount()
    fmt = QTextCharFormat()
    colour = QColor("red")
    for _ in range(20_000):  # without the guard, PySide6 6.12 on Python 3.11 aborts here
        fmt.setBackground(colour)
    assert sys.getrefcount(None) > 1000
    assert sys.getrefcount(True) > 1000 and sys.getrefcount(False) > 1000
    assert fmt.background().color() == colour
