"""One NewsFacts per desk: a draft opened while it runs goes to the running program.

Double-clicking a second draft in the file manager (or ``newsfacts PATH`` on the command line)
used to start a second program: another second of start-up, the dictionaries and the model loaded
twice, two programs writing one review database.  Now the new process hands the path to the
running one and exits; the running one opens it in a new window (or in its window if that has no
draft yet), where the tables are already loaded.

The hand-over is the standard library's ``multiprocessing.connection`` (a Unix socket in the
user's runtime folder, a named pipe on Windows): QtNetwork would do the same but adds 5 MB of
libraries (Kerberos among them) to the packaged app.  The address is per user and per settings
folder, so a desk set up with its own ``NEWSFACTS_CONFIG_DIR`` (and every test) has its own;
``NEWSFACTS_NEW_INSTANCE=1`` starts a separate program regardless.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import sys
import tempfile
import threading
from multiprocessing.connection import Client, Listener

from PySide6.QtCore import QObject, Signal

TIMEOUT_S = 2.0
_MAX_MESSAGE = 64 * 1024


def address(settings_path: str) -> tuple[str, str]:
    """(address, family) of the desk whose settings live at ``settings_path``."""
    try:
        user = getpass.getuser()
    except Exception:  # no login name in some sandboxes
        user = ""
    key = hashlib.sha1(f"{user}|{os.path.abspath(settings_path)}".encode("utf-8")).hexdigest()[:16]
    if sys.platform == "win32":
        return rf"\\.\pipe\newsfacts-{key}", "AF_PIPE"
    folder = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return os.path.join(folder, f"newsfacts-{key}.sock"), "AF_UNIX"


def forward(where: tuple[str, str], paths: list[str], timeout: float = TIMEOUT_S) -> bool:
    """Hand ``paths`` (absolute) to the NewsFacts listening at ``where``; True when it took them.
    With no paths the running program comes to the front."""
    addr, family = where
    if family == "AF_UNIX" and not os.path.exists(addr):
        return False
    try:
        conn = Client(addr, family)
    except OSError:  # nobody listening (a socket file left by a crash), or no such pipe
        return False
    try:
        conn.send_bytes(json.dumps({"open": paths}, ensure_ascii=False).encode("utf-8"))
        return conn.poll(timeout) and conn.recv_bytes(64).startswith(b"ok")
    except (OSError, EOFError):
        return False
    finally:
        conn.close()


class InstanceServer(QObject):
    """Listens for drafts handed over by later launches: ``openRequested`` per path,
    ``raiseRequested`` for a launch without one.  The listening thread only reads; the signals
    arrive on the UI thread."""

    openRequested = Signal(str)
    raiseRequested = Signal()
    _received = Signal(list)

    def __init__(self, where: tuple[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.where = where
        self._listener: Listener | None = None
        self._received.connect(self._deliver)

    def listen(self) -> bool:
        """Start listening (call it after ``forward`` found nobody answering: a socket file left
        by a program that crashed is cleared first).  False when the address cannot be taken."""
        addr, family = self.where
        try:
            if family == "AF_UNIX" and os.path.exists(addr):
                os.unlink(addr)
            self._listener = Listener(addr, family)
            if family == "AF_UNIX":
                os.chmod(addr, 0o600)
        except OSError:
            return False
        threading.Thread(target=self._serve, args=(self._listener,), name="newsfacts-instance", daemon=True).start()
        return True

    def close(self) -> None:
        if self._listener is not None:
            try:
                self._listener.close()
            except OSError:
                pass
            self._listener = None

    def _serve(self, listener: Listener) -> None:  # the listening thread: no widgets here
        while True:
            try:
                conn = listener.accept()
            except OSError:  # closed
                return
            try:
                if not conn.poll(TIMEOUT_S):
                    continue
                message = json.loads(conn.recv_bytes(_MAX_MESSAGE).decode("utf-8"))
                paths = [p for p in message.get("open", []) if isinstance(p, str)]
                conn.send_bytes(b"ok")
            except (OSError, EOFError, ValueError, AttributeError):
                continue
            finally:
                conn.close()
            try:
                self._received.emit(paths)
            except RuntimeError:  # the program is closing
                return

    def _deliver(self, paths: list) -> None:
        if paths:
            for p in paths:
                self.openRequested.emit(p)
        else:
            self.raiseRequested.emit()
