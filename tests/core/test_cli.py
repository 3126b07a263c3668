"""The `extract` contract: one JSON object whose every span matches the original text."""

from __future__ import annotations

import json

import pytest

from conftest import SEED_PAGES, run_cli


@pytest.mark.parametrize("page", SEED_PAGES, ids=lambda p: p.name[:3])
def test_extract_json_spans_match_the_original(page):
    proc = run_cli("extract", str(page), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    original = open(page, encoding=data["encoding"]).read()
    assert data["file"] == page.name
    assert data["length"] == len(original)
    for fact in data["facts"]:
        assert set(fact) >= {"kind", "start", "end", "text", "value", "unit", "date", "role", "qualifier"}
        assert original[fact["start"] : fact["end"]] == fact["text"]
    for finding in data["findings"]:
        assert set(finding) >= {"kind", "severity", "spans", "message"}
        for span in finding["spans"]:
            assert original[span["start"] : span["end"]] == span["text"]


def test_extract_table_is_readable():
    proc = run_cli("extract", str(SEED_PAGES[0]))
    assert proc.returncode == 0, proc.stderr
    assert SEED_PAGES[0].name in proc.stdout
    assert "kind" in proc.stdout and "facts" in proc.stdout


@pytest.mark.parametrize(
    "content, expect",
    [(b"", "empty"), (bytes(range(256)) * 4, "not a text file"), (b"PK\x03\x04broken", "damaged")],
)
def test_bad_input_is_one_line_on_stderr_and_nonzero(tmp_path, content, expect):
    path = tmp_path / ("bad.docx" if content.startswith(b"PK") else "bad.txt")
    path.write_bytes(content)
    proc = run_cli("extract", str(path), "--json")
    assert proc.returncode != 0
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert path.name in proc.stderr and expect in proc.stderr


def test_missing_file_is_reported():
    proc = run_cli("extract", "no/such/draft.txt")
    assert proc.returncode != 0 and "draft.txt" in proc.stderr and "Traceback" not in proc.stderr


def test_a_fault_of_the_program_is_one_line_not_a_traceback(tmp_path, monkeypatch, capsys, seed_text):
    """Whatever goes wrong inside (here: the Word writer), the command line says so in one line."""
    from newsfacts import cli
    from newsfacts.core import export

    def broken(sheet, path):
        raise FileNotFoundError(2, "No such file or directory", "templates/default-header.xml")

    monkeypatch.setattr(export, "write_docx", broken)
    page = tmp_path / "page.txt"
    page.write_text(seed_text("000"), encoding="utf-8")
    assert cli.main(["export", str(page), "--docx", str(tmp_path / "out.docx")]) == cli.EXIT_FAILED
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "FileNotFoundError" in err and "Traceback" not in err


def test_check_shows_where_every_draft_of_an_edition_stands(tmp_path):
    """`newsfacts check FOLDER`: a line a draft (facts not yet checked, findings still open), an
    unreadable draft's reason on its line, and the open high findings after the table."""
    import shutil

    from newsfacts.core.pipeline import analyse
    from newsfacts.core.reading import read_article
    from newsfacts.core.review import Action, Decision
    from newsfacts.core.store import ReviewStore

    edition = tmp_path / "edition"
    edition.mkdir()
    for page in SEED_PAGES:
        shutil.copy(page, edition / page.name)
    (edition / "empty.txt").write_text("", encoding="utf-8")
    (edition / "notes.pdf").write_bytes(b"%PDF-1.4")  # not a draft: not listed
    first = edition / SEED_PAGES[0].name
    article = read_article(first)
    analysis = analyse(article)
    high = next(f for f in analysis.findings if f.severity.value == "high")
    with ReviewStore() as store:  # one fact disputed and one high finding dealt with on the desk
        opened = store.open_review(article, analysis)
        store.record(opened.document_id, opened.review.apply(Decision(Action.DISPUTE, opened.review.facts[0])))
        store.set_finding_verdict(opened.document_id, high.key, "fixed")
    proc = run_cli("check", str(edition), "--json")
    assert proc.returncode == 3  # one draft could not be read; the others are reported all the same
    rows = json.loads(proc.stdout)
    assert [r["file"] for r in rows] == sorted([p.name for p in SEED_PAGES] + ["empty.txt"])
    mine = next(r for r in rows if r["file"] == first.name)
    assert mine["facts"]["disputed"] == 1 and mine["facts"]["unchecked"] == sum(mine["facts"].values()) - 1
    all_high = sum(1 for f in analysis.findings if f.severity.value == "high")
    assert mine["open_findings"]["high"] == all_high - 1 and high.message not in mine["high"]
    assert "空" in next(r for r in rows if r["file"] == "empty.txt")["error"]
    table = run_cli("check", str(first)).stdout
    assert table.splitlines()[0].split() == ["稿件", "字数", "事实", "未核", "存疑", "高", "中", "低"]
    assert f"[high] {first.name}:" in table


def test_check_without_a_draft_says_so(tmp_path):
    proc = run_cli("check", str(tmp_path))
    assert proc.returncode == 3 and "没有找到稿件" in proc.stderr
