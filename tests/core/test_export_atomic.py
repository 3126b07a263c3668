"""A failed export leaves the old file as it was and says why in Chinese."""

from __future__ import annotations

import errno
import os
import stat
import zipfile

import pytest
from export_fixtures import page_analysis, reviewed

from newsfacts.core.errors import NewsFactsError
from newsfacts.core.export import ExportError, build_fact_sheet, write_docx, write_xlsx


@pytest.fixture
def sheet():
    analysis = page_analysis()
    review, verdicts = reviewed(analysis)
    return build_fact_sheet(analysis, review, verdicts, reviewer="李明")


_writestr = zipfile.ZipFile.writestr


def _disk_full_on_disk(self, info, data, *a, **kw):
    """The disk fills up once part of the file is on it (writing into memory still works)."""
    if getattr(self.fp, "name", None) is None:  # a BytesIO
        return _writestr(self, info, data, *a, **kw)
    self.fp.write(b"PK\x03\x04 half a file")
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_disk_full_keeps_the_old_file(tmp_path, sheet, monkeypatch, fmt):
    target = tmp_path / f"核对单.{fmt}"
    write = write_docx if fmt == "docx" else write_xlsx
    write(sheet, target)
    good = target.read_bytes()
    monkeypatch.setattr(zipfile.ZipFile, "writestr", _disk_full_on_disk)
    with pytest.raises(ExportError) as err:
        write(sheet, target)
    assert isinstance(err.value, NewsFactsError)
    assert "磁盘空间不足" in err.value.message_zh and target.name in err.value.message_zh
    assert target.read_bytes() == good
    assert sorted(os.listdir(tmp_path)) == [target.name]  # no temporary file left behind


def test_missing_folder_is_named(tmp_path, sheet):
    with pytest.raises(ExportError) as err:
        write_xlsx(sheet, tmp_path / "没有这个文件夹" / "x.xlsx")
    assert "不存在" in err.value.message_zh and "没有这个文件夹" in err.value.message_zh


def test_target_open_in_another_program(tmp_path, sheet, monkeypatch):
    target = tmp_path / "核对单.xlsx"
    write_xlsx(sheet, target)
    good = target.read_bytes()
    (tmp_path / "~$核对单.xlsx").write_bytes(b"")  # Excel's lock file
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(PermissionError(errno.EACCES, "denied")))
    with pytest.raises(ExportError) as err:
        write_xlsx(sheet, target)
    assert "其他程序" in err.value.message_zh and "关闭" in err.value.message_zh
    assert target.read_bytes() == good
    assert sorted(os.listdir(tmp_path)) == ["~$核对单.xlsx", "核对单.xlsx"]


def test_folder_not_writable(tmp_path, sheet, monkeypatch):
    import tempfile

    def refuse(*a, **kw):
        raise PermissionError(errno.EACCES, "denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError) as err:
        write_docx(sheet, tmp_path / "x.docx")
    assert "没有写入权限" in err.value.message_zh


def test_a_folder_in_the_way(tmp_path, sheet):
    (tmp_path / "x.docx").mkdir()
    with pytest.raises(ExportError) as err:
        write_docx(sheet, tmp_path / "x.docx")
    assert "文件夹" in err.value.message_zh


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_a_new_export_is_readable_by_others_like_any_saved_file(tmp_path, sheet):
    umask = os.umask(0o022)
    try:
        write_docx(sheet, tmp_path / "x.docx")
    finally:
        os.umask(umask)
    mode = stat.S_IMODE(os.stat(tmp_path / "x.docx").st_mode)
    assert mode == 0o644
