"""The packaged app (dist/newsfacts/newsfacts) works on its own: builds, extracts, shows its window.

Builds with `bash packaging/build` (about 30 s here), or reuses a build newer than every source.
Runs in the main suite; marked slow.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, seed_path

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the build here is the Linux one"),
]

APP = ROOT / "dist" / "newsfacts" / "newsfacts"
SOURCES = [ROOT / "desktop", ROOT / "resources", ROOT / "packaging", ROOT / "pyproject.toml"]
SEED = seed_path("000")


def newest_source() -> float:
    stamps = []
    for src in SOURCES:
        files = [src] if src.is_file() else [p for p in src.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        stamps += [p.stat().st_mtime for p in files]
    return max(stamps)


@pytest.fixture(scope="module")
def app() -> Path:
    if not (APP.exists() and APP.stat().st_mtime > newest_source()):
        venv = Path(sys.prefix)
        assert venv != Path(sys.base_prefix), "the tests run in a virtual environment that the build can use"
        proc = subprocess.run(["bash", str(ROOT / "packaging" / "build"), str(venv)],
                              capture_output=True, text=True, cwd=ROOT, timeout=900)
        assert proc.returncode == 0, "packaging/build failed:\n" + (proc.stdout + proc.stderr)[-3000:]
    assert os.access(APP, os.X_OK)
    return APP


def run_app(app: Path, *args: str, tmp_path: Path, timeout: float = 120, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    clean.update(QT_QPA_PLATFORM="offscreen", NEWSFACTS_DATA_DIR=str(tmp_path / "data"),
                 NEWSFACTS_CONFIG_DIR=str(tmp_path / "config"), NEWSFACTS_CACHE_DIR=str(tmp_path / "cache"), **env)
    return subprocess.run([str(app), *args], capture_output=True, text=True, encoding="utf-8",
                          cwd=tmp_path, env=clean, timeout=timeout)


def assert_spans_match(data: dict, original: str) -> None:
    assert data["length"] == len(original)
    for fact in data["facts"]:
        assert original[fact["start"] : fact["end"]] == fact["text"]
    for finding in data["findings"]:
        for span in finding["spans"]:
            assert original[span["start"] : span["end"]] == span["text"]


def test_packaged_extract_prints_json_whose_spans_match_the_text(app, tmp_path):
    proc = run_app(app, "extract", str(SEED), "--json", tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["file"] == SEED.name
    assert_spans_match(data, SEED.read_text(encoding=data["encoding"]))


def test_packaged_extract_finds_what_the_source_finds(app, tmp_path):
    """The bundle carries the models and dictionaries, and finds them: persons, organisations and
    places, every figure and every finding, exactly as `python -m newsfacts` does on the same page."""
    from conftest import run_cli

    proc = run_app(app, "extract", str(SEED), "--json", tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    packaged = json.loads(proc.stdout)
    source = json.loads(run_cli("extract", str(SEED), "--json").stdout)
    assert packaged["facts"] == source["facts"]
    assert packaged["findings"] == source["findings"] and packaged["findings"]
    kinds = {f["kind"] for f in packaged["facts"]}
    assert {"PERSON", "ORG", "PLACE", "MONEY", "DATE"} <= kinds
    roles = {(f["text"], f["role"]) for f in packaged["facts"] if f["kind"] == "PERSON"}
    assert ("赵海燕", "解放区委书记") in roles and ("詹长松", "记者") in roles
    # the checks' own tables (usage.tsv, ranked.tsv, leaders.tsv) are in the bundle: a check that
    # cannot read its table finds nothing, silently
    page = tmp_path / "leaders.txt"
    page.write_text("# 标题\n\n台湾政府日前宣布。习近平、李强、王沪宁、赵乐际等出席。国务院总理赵乐际讲话。\n", encoding="utf-8")
    proc = run_app(app, "extract", str(page), "--json", tmp_path=tmp_path)
    kinds = {f["kind"] for f in json.loads(proc.stdout)["findings"]}
    assert {"banned_usage", "name_order", "person_role_conflict"} <= kinds


def test_packaged_export_writes_the_fact_sheets_and_the_annotated_draft(app, tmp_path):
    import docx
    import openpyxl

    out_docx, out_xlsx, out_ann = tmp_path / "核对单.docx", tmp_path / "核对单.xlsx", tmp_path / "批注稿.docx"
    out_pdf = tmp_path / "批注稿.pdf"
    proc = run_app(
        app, "export", str(SEED), "--docx", str(out_docx), "--xlsx", str(out_xlsx), "--annotated", str(out_ann),
        "--pdf", str(out_pdf), tmp_path=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    # the printed proof: Qt's print support and the offscreen platform are in the bundle
    assert out_pdf.read_bytes().startswith(b"%PDF")
    text = "\n".join(p.text for p in docx.Document(out_docx).paragraphs)
    assert "解放区十五届人大四次会议召开" in text
    # the annotated draft's comments part comes from python-docx's templates, in the bundle too
    annotated = docx.Document(out_ann)
    assert "解放区十五届人大四次会议召开" in "\n".join(p.text for p in annotated.paragraphs)
    assert any(c.text.startswith("编校提示") for c in annotated.comments)
    book = openpyxl.load_workbook(out_xlsx)
    assert book.sheetnames[:2] == ["概要", "事实"]
    assert any(row[1:3] == ("人名", "赵海燕") for row in book["事实"].iter_rows(values_only=True))


def test_packaged_extract_reads_a_word_draft(app, tmp_path):
    import docx

    text = "解放区委书记赵海燕表示,全区投资104.5亿元,同比增长145.5%。"
    document = docx.Document()
    document.add_paragraph(text)
    document.save(tmp_path / "draft.docx")
    proc = run_app(app, "extract", str(tmp_path / "draft.docx"), "--json", tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["encoding"] == "docx"
    assert_spans_match(data, text)


def test_packaged_extract_reads_a_wps_draft_through_libreoffice(app, tmp_path, monkeypatch):
    """The bundle runs LibreOffice (here the stand-in) as the source does: the frozen program's
    environment must not keep it from starting."""
    from fake_office import install

    log, _ = install(tmp_path, monkeypatch)
    text = "解放区委书记赵海燕表示,全区投资104.5亿元。"
    (tmp_path / "draft.wps").write_text(text, encoding="utf-8")
    proc = run_app(app, "extract", str(tmp_path / "draft.wps"), "--json", tmp_path=tmp_path,
                   NEWSFACTS_SOFFICE=os.environ["NEWSFACTS_SOFFICE"], FAKE_OFFICE_LOG=str(log))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["encoding"] == "wps"
    assert_spans_match(data, text)
    assert "赵海燕" in [f["text"] for f in data["facts"]]


def test_packaged_extract_rejects_bad_input_in_one_line(app, tmp_path):
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04broken")
    proc = run_app(app, "extract", str(tmp_path / "bad.docx"), "--json", tmp_path=tmp_path)
    assert proc.returncode != 0
    assert proc.stdout == "" and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_packaged_app_shows_its_window_on_a_seed_page(app, tmp_path):
    proc = run_app(app, str(SEED), tmp_path=tmp_path, NEWSFACTS_EXIT_AFTER_SHOWN="1")
    assert proc.returncode == 0, proc.stderr
    assert "newsfacts: window shown" in proc.stdout.splitlines()
    assert "Traceback" not in proc.stderr
    assert "Could not load the Qt platform plugin" not in proc.stderr


def test_the_bundle_ships_the_parsed_jieba_dictionary_and_the_icon(app):
    resources = app.parent / "_internal" / "newsfacts" / "resources"
    cache = resources / "jieba" / "jieba.cache"
    assert cache.stat().st_size > 1_000_000  # the whole prefix dictionary, not a stub
    assert (app.parent / "_internal" / "jieba" / "dict.txt").exists()  # the fallback if the cache is unusable
    assert not (app.parent / "_internal" / "jieba" / "analyse" / "idf.txt").exists()  # the 30 MB the stock hook adds
    assert (resources / "icons" / "newsfacts.svg").exists()


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def dark_fraction(picture: Path) -> float:
    """Share of clearly dark pixels (text) on a grid over the picture."""
    from PySide6.QtGui import QImage

    image = QImage(str(picture))
    points = [(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)]
    return sum(image.pixelColor(x, y).lightness() < 100 for x, y in points) / len(points)


@pytest.mark.skipif("snapshot" not in (ROOT / "desktop/newsfacts/ui/launch.py").read_text(encoding="utf-8"),
                    reason="--snapshot is not implemented in ui/launch.py yet")
def test_packaged_snapshot_prints_the_json_line_and_saves_the_picture(app, tmp_path):
    out = tmp_path / "out.png"
    proc = run_app(app, str(SEED), "--snapshot", str(out), tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    line = next(s for s in reversed(proc.stdout.splitlines()) if s.startswith("{"))
    data = json.loads(line)
    assert data["file"] == SEED.name
    assert isinstance(data["highlights"], dict) and all(isinstance(n, int) for n in data["highlights"].values())
    assert isinstance(data["facts"], int) and isinstance(data["findings"], int) and isinstance(data["status"], dict)
    # What the window highlights agrees with what the same packaged app extracts from the page.
    extracted = json.loads(run_app(app, "extract", str(SEED), "--json", tmp_path=tmp_path).stdout)
    assert (sum(data["highlights"].values()) > 0) == (len(extracted["facts"]) > 0)
    assert (data["facts"] > 0) == (len(extracted["facts"]) > 0)
    picture = out.read_bytes()
    width, height = png_size(picture)
    assert width >= 600 and height >= 400
    assert len(picture) > 20_000  # a page of text, not an empty window
    assert dark_fraction(out) > 0.01  # text is drawn (3 % on a seed page here)


def test_install_linux_puts_a_menu_entry_icon_and_command_in_the_users_home(app, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    proc = subprocess.run(["bash", str(ROOT / "packaging" / "install-linux")], capture_output=True, text=True,
                          env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    installed = home / ".local" / "opt" / "newsfacts" / "newsfacts"
    entry = (home / ".local" / "share" / "applications" / "newsfacts.desktop").read_text(encoding="utf-8")
    assert f'Exec="{installed}" %f' in entry.splitlines()
    mime = next(line for line in entry.splitlines() if line.startswith("MimeType="))
    for kind in ("text/plain", "text/markdown", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "application/msword", "application/wps-office.wps"):  # "Open with" offers it for .doc and .wps too
        assert kind in mime.split("=", 1)[1].split(";")
    icons = home / ".local" / "share" / "icons" / "hicolor"
    assert png_size((icons / "48x48" / "apps" / "newsfacts.png").read_bytes()) == (48, 48)
    assert (icons / "scalable" / "apps" / "newsfacts.svg").exists()

    # The installed copy runs on its own, from the menu's path and from ~/.local/bin.
    for exe in (installed, home / ".local" / "bin" / "newsfacts"):
        run = run_app(exe, "extract", str(SEED), "--json", tmp_path=tmp_path)
        assert run.returncode == 0, run.stderr
        assert json.loads(run.stdout)["file"] == SEED.name

    proc = subprocess.run(["bash", str(ROOT / "packaging" / "install-linux"), "--uninstall"], capture_output=True,
                          text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert not installed.exists() and not (home / ".local" / "share" / "applications" / "newsfacts.desktop").exists()
    assert not list(icons.rglob("newsfacts.*"))
