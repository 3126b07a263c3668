"""Background work: a plain function runs in a thread pool, results come back as signals.

The pattern of Anki's ``aqt/operations``: the function gets immutable inputs and a ``progress``
callback; it never touches widgets.  Success, failure and progress are delivered on the main
thread through queued signals, so callbacks may update the UI.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, str)
    done = Signal()


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], with_progress: bool, with_checkpoint: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until `done`, then lets go
        self.fn = fn
        self.with_progress = with_progress
        self.with_checkpoint = with_checkpoint
        self.signals = _Signals()
        self.cancelled = False

    def run(self) -> None:  # worker thread: no widgets here
        kwargs: dict[str, Any] = {}
        if self.with_progress:
            kwargs["progress"] = self._progress
        if self.with_checkpoint:
            kwargs["checkpoint"] = self.checkpoint
        try:
            result = self.fn(**kwargs)
        except _Abandoned:
            return
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the main thread
            exc.formatted = traceback.format_exc()  # type: ignore[attr-defined]
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.succeeded, result)
        self._emit(self.signals.done)

    def _progress(self, pct: int, what: str = "") -> None:
        self.checkpoint()
        if not self._emit(self.signals.progress, int(pct), str(what)):
            raise _Abandoned  # nobody is listening any more: stop the work early

    def checkpoint(self) -> None:
        """Stop the work early (raises) once its result is no longer wanted."""
        if self.cancelled:
            raise _Abandoned

    @staticmethod
    def _emit(signal, *args) -> bool:
        """Emit, unless the application quit while the work ran (its signal object is gone)."""
        try:
            signal.emit(*args)
        except RuntimeError:  # "Internal C++ object already deleted" at exit
            return False
        return True


class _Abandoned(Exception):
    """The result is no longer wanted: the window that asked for it is gone, or it was cancelled."""


# The work runs in Python threads that share the interpreter lock with the UI thread, which needs
# it for every Python slot, event filter and highlighter call Qt makes.  A CPU-bound worker keeps
# the lock for up to the switch interval each time the UI thread asks (5 ms by default), and a
# busy turn of the event loop asks hundreds of times: showing a 300,000-character page calls the
# highlighter once per paragraph, thousands of times, while the tables load behind it.  At 1 ms
# that stalled the window up to 300 ms; at 0.2 ms the longest stall is about 60 ms
# (bench/run.py ui), and the worker, which only switches when the UI thread asks, is no slower.
SWITCH_INTERVAL = 0.0002


class TaskRunner(QObject):
    """Runs plain functions off the UI thread; one runner per AppContext."""

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._running: set[Task] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, str], None] | None = None,
        stoppable: bool = False,
    ) -> Task:
        """Run ``fn`` in the pool.  With ``on_progress``, ``fn`` is called as ``fn(progress=cb)``;
        ``stoppable`` gives it ``checkpoint=``, a function to call now and then, which raises once
        the task is cancelled (so the work stops there, instead of running to the end for
        nothing)."""
        task = Task(fn, with_progress=on_progress is not None, with_checkpoint=stoppable)
        task.signals.succeeded.connect(lambda result: None if task.cancelled else on_success(result))
        task.signals.failed.connect(lambda exc: self._failed(task, exc, on_failure))
        if on_progress is not None:
            task.signals.progress.connect(lambda pct, what: None if task.cancelled else on_progress(pct, what))
        task.signals.done.connect(lambda: self._running.discard(task))
        self._running.add(task)
        self.pool.start(task)
        return task

    def _failed(self, task: Task, exc: BaseException, on_failure) -> None:
        log.error("background task failed:\n%s", getattr(exc, "formatted", exc))
        if not task.cancelled and on_failure is not None:
            on_failure(exc)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        """Drop the results of running tasks; those that report progress or look at their
        checkpoint stop at the next call, the others run to the end."""
        for task in self._running:
            task.cancelled = True

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)
