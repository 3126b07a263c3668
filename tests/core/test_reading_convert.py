"""Drafts LibreOffice reads for us: .doc, .wps, .rtf, .odt.

A stand-in ``soffice`` (NEWSFACTS_SOFFICE) behaves as LibreOffice does on the command line: it writes
<name>.docx into --outdir, here from the UTF-8 text of the file it is given, or fails or hangs as
told.  One test runs the real LibreOffice where it is installed.
"""

from __future__ import annotations

import os

import pytest
from fake_office import install, running, started_pids

from newsfacts.core.reading import ReadError, needs_conversion, read_article
from newsfacts.core.reading import convert

PAGE = "本报讯（记者詹长松）2023年，解放区完成投资104.5亿元。\n\n河南理工大学新校区开工\n"

@pytest.fixture
def fake_office(tmp_path, monkeypatch):
    return install(tmp_path, monkeypatch)


@pytest.mark.parametrize("suffix", [".doc", ".wps", ".rtf", ".odt"])
def test_a_draft_libreoffice_reads_opens_like_a_docx(tmp_path, fake_office, suffix):
    log, scratch = fake_office
    path = tmp_path / f"二版 稿件(终).{suffix[1:]}"
    path.write_text(PAGE, encoding="utf-8")
    assert needs_conversion(path)
    article = read_article(path)
    assert article.text.startswith("本报讯（记者詹长松）2023年")
    assert "河南理工大学新校区开工" in article.text
    assert article.encoding == suffix[1:] and article.path == str(path)
    assert [[r.text for r in b.reporters] for b in article.bylines] == [["詹长松"]]
    call = log.read_text(encoding="utf-8")
    # headless, with a profile of its own (works beside an open LibreOffice), to .docx
    assert "--headless" in call and "-env:UserInstallation=file://" in call and "--convert-to docx" in call
    assert os.listdir(scratch) == []  # the converted copy and the profile are gone


def test_a_doc_under_a_txt_name_is_converted_too(tmp_path, fake_office, monkeypatch):
    path = tmp_path / "draft.txt"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64))
    assert needs_conversion(path)
    seen = []
    monkeypatch.setattr(convert, "read_converted", lambda p, n, s: seen.append(s) or ("正文\n", []))
    monkeypatch.setattr("newsfacts.core.reading.read_converted", convert.read_converted)
    assert read_article(path).encoding == "doc" and seen == [".doc"]
    assert not needs_conversion(tmp_path / "missing.txt")


def test_without_libreoffice_the_editor_is_told_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_SOFFICE", "")
    path = tmp_path / "稿件.wps"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64))
    with pytest.raises(ReadError) as info:
        read_article(path)
    assert "稿件.wps" in str(info.value)
    assert "WPS" in info.value.message_zh and "另存为 .docx" in info.value.message_zh and "LibreOffice" in info.value.message_zh


def test_a_file_libreoffice_cannot_convert_gets_a_message(tmp_path, fake_office, monkeypatch):
    monkeypatch.setenv("FAKE_OFFICE", "fail")
    path = tmp_path / "坏.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0 broken")
    with pytest.raises(ReadError, match="无法转换"):
        read_article(path)
    assert os.listdir(fake_office[1]) == []


def test_garbage_libreoffice_reads_as_text_is_refused(tmp_path, fake_office):
    # a file LibreOffice does not recognise comes out as text in some encoding: Hangul, Yi,
    # private-use characters, no draft
    path = tmp_path / "损坏.wps"
    path.write_text("ၧ氈蕿蕴㩊塰數ꢀ弑悜኶缡ᐊ郺䷱낶荜ᘌ끉♋폘︗葱⪉텻즔跃鑢⼨" * 20, encoding="utf-8")
    with pytest.raises(ReadError, match="不是正常文字"):
        read_article(path)
    # a draft in Chinese with some English and symbols reads
    ok = tmp_path / "稿件.wps"
    ok.write_text(PAGE + "GDP增长5.2%，CPI上涨0.2%。\n", encoding="utf-8")
    assert "CPI" in read_article(ok).text


def test_a_conversion_that_hangs_is_given_up(tmp_path, fake_office, monkeypatch):
    monkeypatch.setenv("FAKE_OFFICE", "hang")
    monkeypatch.setattr(convert, "TIMEOUT_S", 1)
    path = tmp_path / "慢.doc"
    path.write_text(PAGE, encoding="utf-8")
    with pytest.raises(ReadError, match="1 秒"):
        read_article(path)
    # LibreOffice is ended, the process it started too (soffice leaves soffice.bin running)
    log, scratch = fake_office
    pids = started_pids(log)
    assert len(pids) == 2
    assert not any(running(p) for p in pids)
    assert not list(scratch.iterdir())  # its temporary folder is gone


class Stop(Exception):
    pass


def test_a_conversion_no_one_waits_for_any_more_is_stopped(tmp_path, fake_office, monkeypatch):
    """The window that asked for it closed, or the editor opened another draft: the checkpoint
    the reader is given raises, and LibreOffice is ended at once rather than left to finish."""
    monkeypatch.setenv("FAKE_OFFICE", "hang")
    log, scratch = fake_office
    path = tmp_path / "慢.doc"
    path.write_text(PAGE, encoding="utf-8")

    def checkpoint():
        if started_pids(log):  # LibreOffice is running: now the window closes
            raise Stop

    with pytest.raises(Stop):
        read_article(path, checkpoint=checkpoint)
    pids = started_pids(log)
    assert not any(running(p) for p in pids)
    assert not list(scratch.iterdir())


@pytest.mark.skipif(
    not (os.environ.get("NEWSFACTS_SOFFICE") is None and convert.find_office()), reason="LibreOffice is not installed"
)
def test_a_real_doc_from_libreoffice(tmp_path):
    import subprocess

    import docx

    from newsfacts.core.reading.docx import read_docx

    source = tmp_path / "page.docx"
    d = docx.Document()
    for line in PAGE.splitlines():
        d.add_paragraph(line)
    d.save(source)
    subprocess.run(
        [convert.find_office(), "-env:UserInstallation=" + (tmp_path / "p").as_uri(), "--headless", "--convert-to", "doc",
         "--outdir", str(tmp_path / "doc"), str(source)],
        check=True, capture_output=True, timeout=120,
    )
    article = read_article(tmp_path / "doc" / "page.doc")
    assert article.encoding == "doc"
    assert article.text == read_docx(str(source), "page.docx")[0]
