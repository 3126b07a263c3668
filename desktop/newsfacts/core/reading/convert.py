"""Drafts in formats python-docx cannot read (.doc, .wps, .rtf, .odt), through LibreOffice.

Newsrooms still pass old Word files around, and WPS Office saves .wps by default; both open in
LibreOffice, which converts them to .docx headless.  When LibreOffice is installed the draft is
converted into a temporary folder and read as a .docx; when it is not, the editor is told to save
the file as .docx or to install LibreOffice.  The conversion runs with a profile of its own, so it
works while the editor has LibreOffice open (a second soffice would otherwise hand the job to the
running one, which ignores it), and is given a time limit.  LibreOffice runs in a process group of
its own (soffice starts soffice.bin): when the time is up, or when no one waits for the draft any
more (the window closed, another draft was opened), the whole group is ended at once.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import signal
import sys
import tempfile
import time
from collections.abc import Callable

from ..errors import ReadError

CONVERTED_SUFFIXES = {".doc", ".wps", ".rtf", ".odt", ".dot", ".wpt"}
TIMEOUT_S = 120

# Where LibreOffice installs itself besides PATH (Windows, macOS).
_WINDOWS = (r"C:\Program Files\LibreOffice\program\soffice.exe", r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")
_MACOS = ("/Applications/LibreOffice.app/Contents/MacOS/soffice",)


def find_office() -> str | None:
    """The LibreOffice program (NEWSFACTS_SOFFICE overrides), or None."""
    override = os.environ.get("NEWSFACTS_SOFFICE")
    if override is not None:
        return override if override and os.path.isfile(override) else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for path in _WINDOWS if sys.platform == "win32" else _MACOS if sys.platform == "darwin" else ():
        if os.path.isfile(path):
            return path
    return None


def _unreadable(name: str, suffix: str) -> ReadError:
    kind_zh, kind_en = {
        ".doc": ("旧版 Word（.doc）文件", "an old Word (.doc) file"),
        ".dot": ("旧版 Word 模板（.dot）", "an old Word template (.dot)"),
        ".wps": ("WPS 文字（.wps）文件", "a WPS Writer (.wps) file"),
        ".wpt": ("WPS 文字模板（.wpt）", "a WPS Writer template (.wpt)"),
        ".rtf": ("RTF 文件", "an RTF file"),
        ".odt": ("OpenDocument 文本（.odt）", "an OpenDocument text (.odt)"),
    }.get(suffix, ("旧版 Office 文件", "an old Office file"))
    return ReadError(
        name,
        f"这是{kind_zh}；请另存为 .docx，或安装 LibreOffice 后直接打开",
        f"{kind_en}; save it as .docx, or install LibreOffice to open it directly",
    )


POLL_S = 0.1  # how often a running conversion looks at its checkpoint

Checkpoint = Callable[[], None]


def convert_to_docx(path: str, name: str, suffix: str, workdir: str, checkpoint: Checkpoint | None = None) -> str:
    """Convert ``path`` with LibreOffice into ``workdir``; the .docx written, or ReadError.

    ``checkpoint`` is called every POLL_S while LibreOffice works; whatever it raises ends
    LibreOffice and comes out of here."""
    office = find_office()
    if office is None:
        raise _unreadable(name, suffix)
    profile = os.path.join(workdir, "profile")
    # LibreOffice names the output after the input: a copy under a plain name keeps names with
    # spaces, brackets or a second dot out of the way
    source = os.path.join(workdir, "draft" + suffix)
    shutil.copyfile(path, source)
    out = os.path.join(workdir, "out")
    cmd = [
        office,
        "-env:UserInstallation=" + _file_url(profile),
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        out,
        source,
    ]
    try:
        returncode = _run(cmd, checkpoint)
    except subprocess.TimeoutExpired:
        raise ReadError(
            name, f"LibreOffice 转换超过 {TIMEOUT_S} 秒仍未完成", f"LibreOffice did not finish converting in {TIMEOUT_S} s"
        ) from None
    except OSError as exc:
        raise ReadError(name, f"无法运行 LibreOffice：{exc.strerror or exc}", f"cannot run LibreOffice: {exc}") from None
    produced = glob.glob(os.path.join(out, "*.docx"))
    if returncode != 0 or not produced:
        raise ReadError(
            name,
            "LibreOffice 无法转换这个文件（可能已损坏）；请用 Word 或 WPS 另存为 .docx",
            "LibreOffice could not convert the file (damaged?); save it as .docx in Word or WPS",
        )
    return produced[0]


def _run(cmd: list[str], checkpoint: Checkpoint | None) -> int:
    """Run LibreOffice in a process group of its own; its exit code.  On the time limit
    (TimeoutExpired) or whatever ``checkpoint`` raises, the group is ended first."""
    if os.name == "nt":
        group = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
    else:
        group = {"start_new_session": True}
    # nothing read from its output: a pipe soffice.bin kept open would outlive soffice
    proc = subprocess.Popen(
        cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_child_env(), **group
    )
    deadline = time.monotonic() + TIMEOUT_S
    try:
        while True:
            try:
                return proc.wait(timeout=POLL_S)
            except subprocess.TimeoutExpired:
                if checkpoint is not None:
                    checkpoint()
                if time.monotonic() >= deadline:
                    raise
    except BaseException:
        _end(proc)
        raise


def _end(proc: subprocess.Popen) -> None:
    """End LibreOffice and everything it started, and reap it."""
    try:
        if os.name == "nt":
            subprocess.run(
                ["taskkill", "/F", "/T", "/PID", str(proc.pid)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            )
        else:
            os.killpg(proc.pid, signal.SIGKILL)
    except OSError:
        pass  # gone already
    proc.kill()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


def _child_env() -> dict[str, str]:
    """The environment for LibreOffice: in the packaged app, without the library path the bundle's
    loader set for itself (LibreOffice would load the bundle's libraries instead of its own) and
    without Qt's plugin paths."""
    env = dict(os.environ)
    if getattr(sys, "frozen", False):
        for var in ("LD_LIBRARY_PATH", "LIBPATH"):
            orig = env.pop(var + "_ORIG", None)
            if orig is not None:
                env[var] = orig
            else:
                env.pop(var, None)
        for var in ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH"):
            env.pop(var, None)
    return env


def _file_url(path: str) -> str:
    from pathlib import Path

    return Path(os.path.abspath(path)).as_uri()


def read_converted(path: str, name: str, suffix: str, checkpoint: Checkpoint | None = None):
    """(text, lines) of a draft LibreOffice converts to .docx; the temporary files are removed.
    ``checkpoint``: see convert_to_docx."""
    from .docx import read_docx

    with tempfile.TemporaryDirectory(prefix="newsfacts-convert-", ignore_cleanup_errors=True) as workdir:
        docx_path = convert_to_docx(path, name, suffix, workdir, checkpoint)
        text, lines = read_docx(docx_path, name)
    if _ordinary_share(text) < 0.8:
        # LibreOffice reads a file it does not recognise as text in some encoding: random bytes
        # come out as Hangul, Yi and private-use characters, not as a draft
        raise ReadError(
            name,
            "LibreOffice 读出的不是正常文字：文件可能已损坏，或不是 Word / WPS 文档",
            "LibreOffice read no ordinary text from it: the file may be damaged, or no Word / WPS document",
        )
    return text, lines


def _ordinary_share(text: str) -> float:
    """The share of the visible characters a Chinese or English draft is written in: ASCII, the
    common CJK ideographs, CJK and full-width punctuation, general punctuation."""
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 1.0
    ordinary = sum(
        1
        for c in chars
        if " " <= c <= "~" or "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"
        or "\u2000" <= c <= "\u206f" or c in "·"
    )
    return ordinary / len(chars)
