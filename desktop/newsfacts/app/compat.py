"""Work-arounds for defects of the Qt binding, each detected before it is applied.

PySide6 6.12.0 wheels on Python 3.11 drop one reference to ``None`` on every call of a method
that returns nothing (``setFormat``, ``setText``, ``setObjectName``...), and to ``True``/``False``
on some paths that hand a bool to Python.  Python 3.12 made
``None`` immortal, so there it is harmless; on 3.11 ``None``'s count (a few thousand at start)
reaches zero after a few thousand such calls and the interpreter aborts ("none_dealloc").
``guard_none_refcount`` measures the leak and, only when it is there, gives ``None`` the same
effectively infinite count that Python 3.12 gives it.  The real fix is a binding without the
defect (another PySide6 release) or Python 3.12+; this keeps the editor's session alive meanwhile.
"""

from __future__ import annotations

import sys

_applied = False


def none_leak_per_call(calls: int = 64) -> float:
    """How many references to None one void Qt call loses (0 on a sound binding)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    return (before - sys.getrefcount(None)) / calls


def guard_none_refcount() -> bool:
    """Apply the work-around when the running binding needs it; True when applied (once)."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or none_leak_per_call() < 0.5:
        return False
    import ctypes

    # ob_refcnt is the first field of every object in a release build of CPython 3.11.  The same
    # binding code hands out True and False as it does None (bool signal arguments, QVariant
    # results), so all three singletons get the count Python 3.12 gives them.
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    _applied = True
    return True
