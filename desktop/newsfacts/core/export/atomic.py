"""Write a file so that a half-written one never replaces a good one.

The writer fills a temporary file in the target's folder; only when it has finished (and the data
is on disk) does ``os.replace`` put it in place, which is atomic on one file system.  Every failure
becomes an ``ExportError`` that says, in Chinese, what the editor can do about it.
"""

from __future__ import annotations

import errno
import os
import sys
import tempfile
from collections.abc import Callable

from .sheet import ExportError


def lock_files(path: str) -> list[str]:
    """Lock files Word, Excel, WPS or LibreOffice leave next to a document they have open."""
    folder, name = os.path.split(path)
    candidates = {"~$" + name, ".~lock." + name + "#"}
    stem, _ = os.path.splitext(name)
    if len(stem) >= 8:  # Office drops the first two characters of a long name
        candidates.add("~$" + name[2:])
    return [os.path.join(folder, c) for c in sorted(candidates) if os.path.exists(os.path.join(folder, c))]


def _explain(exc: OSError, path: str, *, replacing: bool) -> ExportError:
    name = os.path.basename(path)
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return ExportError(name, "磁盘空间不足，原有文件未改动；请清理磁盘或换一个位置", "the disk is full; the existing file is untouched")
    if code in (errno.EACCES, errno.EPERM, errno.EBUSY, errno.ETXTBSY) or isinstance(exc, PermissionError):
        in_use = replacing and os.path.exists(path) and (bool(lock_files(path)) or sys.platform == "win32")
        if in_use:
            return ExportError(
                name,
                "文件正被其他程序（Word、Excel 或 WPS）打开，请关闭后再导出",
                "the file is open in another program (Word, Excel or WPS); close it and export again",
            )
        return ExportError(name, "没有写入权限；请换一个文件夹", "not writable; choose another folder")
    if code == errno.ENOENT:
        return ExportError(name, "目标文件夹不存在", "the folder does not exist")
    if code == errno.EROFS:
        return ExportError(name, "目标位置只读；请换一个文件夹", "the location is read-only")
    if code == errno.ENAMETOOLONG:
        return ExportError(name, "文件名太长", "the file name is too long")
    return ExportError(name, f"写入失败：{exc.strerror or exc}", f"write failed: {exc.strerror or exc}")


def _give_mode(tmp: str, path: str) -> None:
    """mkstemp makes the file private (0600): give it the old file's mode, or the usual one."""
    if os.name == "nt":
        return
    try:
        mode = os.stat(path).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)


def atomic_write(path: str | os.PathLike[str], write: Callable[[str], None]) -> str:
    """Call ``write(temporary_path)``, then move the result to ``path``; return the absolute path.

    On any failure the temporary file is removed and ``path`` keeps what it held before.
    """
    path = os.path.abspath(os.fspath(path))
    folder, name = os.path.split(path)
    if not name:
        raise ExportError(path, "没有给出文件名", "no file name given")
    if not os.path.isdir(folder):
        raise ExportError(name, f"文件夹“{folder}”不存在", f"the folder “{folder}” does not exist")
    if os.path.isdir(path):
        raise ExportError(name, "同名的文件夹已经存在", "a folder of that name exists")
    if os.path.exists(path) and not os.access(path, os.W_OK) and os.name != "nt":
        # A read-only file: os.replace would silently overwrite it on POSIX; respect the editor's lock.
        raise ExportError(name, "文件是只读的；请去掉只读属性或换一个文件名", "the file is read-only")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".~" + name + ".", suffix=".part", dir=folder)
    except OSError as exc:
        raise _explain(exc, path, replacing=False) from None
    os.close(fd)
    try:
        try:
            write(tmp)
            _give_mode(tmp, path)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
        except OSError as exc:
            raise _explain(exc, path, replacing=False) from None
        try:
            os.replace(tmp, path)
        except OSError as exc:
            raise _explain(exc, path, replacing=True) from None
    finally:
        if os.path.exists(tmp):
            try:
                os.remove(tmp)
            except OSError:
                pass
    return path
