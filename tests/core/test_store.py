"""The review store: nothing the editor decided is lost, whatever happens to the process or the disk."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT
from newsfacts.core.model import Kind, Status
from newsfacts.core.reading import article_from_text
from newsfacts.core.review import Action, Decision
from newsfacts.core.store import (
    DB_NAME,
    MIGRATIONS,
    SCHEMA_VERSION,
    DatabaseLocked,
    DatabaseRecovered,
    DatabaseTooNew,
    DataDirNotWritable,
    DiskFull,
    ReviewStore,
    TransferFileError,
)
from newsfacts.core.store.codec import decision_to_dict, dumps
from store_helpers import analysis_of

TEXT = "解放区委书记赵海燕指出,21个项目完成投资104.5亿元。全年接待游客702万人次。"
SPECS = [
    (Kind.PERSON, "赵海燕", 0, {"role": "解放区委书记"}),
    (Kind.COUNT, "21个", 0),
    (Kind.MONEY, "104.5亿元", 0),
    (Kind.COUNT, "702万人次", 0),
]


def draft(tmp_path, text: str = TEXT, name: str = "page.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    article = article_from_text(text, name=name, path=str(path))
    return article, analysis_of(article, SPECS)


def decide(store: ReviewStore, article, analysis):
    opened = store.open_review(article, analysis)
    person, count, money, visitors = analysis.facts
    for d in (
        Decision(Action.VERIFY, person),
        Decision(Action.CORRECT, money, correction="105.4亿元"),
        Decision(Action.DISPUTE, count, note="报告原文是20个"),
        Decision(Action.NOTE, visitors, note="问文旅局"),
    ):
        store.record(opened.document_id, opened.review.apply(d))
    return opened


def test_decisions_survive_closing_and_reopening(tmp_path):
    article, analysis = draft(tmp_path)
    with ReviewStore() as store:
        decide(store, article, analysis)
    with ReviewStore() as store:
        opened = store.open_review(article, analysis)
    review = opened.review
    person, count, money, visitors = analysis.facts
    assert opened.how == "same"
    assert review.state(person.key).status is Status.VERIFIED
    assert review.state(money.key).correction == "105.4亿元"
    assert review.state(count.key).status is Status.DISPUTED and review.state(count.key).note == "报告原文是20个"
    assert review.state(visitors.key).note == "问文旅局" and review.state(visitors.key).status is Status.UNCHECKED
    assert review.counts() == {"unchecked": 1, "verified": 1, "corrected": 1, "disputed": 1}


def test_undo_added_and_removed_facts_survive_reopening(tmp_path):
    article, analysis = draft(tmp_path)
    added = article.span(0, 3)
    with ReviewStore() as store:
        opened = store.open_review(article, analysis)
        r = opened.review
        from newsfacts.core.model import Fact

        org = Fact(Kind.PLACE, added.start, added.end, added.text, source="editor")
        store.record(opened.document_id, r.apply(Decision(Action.ADD, org)))
        store.record(opened.document_id, r.apply(Decision(Action.REMOVE, analysis.facts[1])))
        applied = r.apply(Decision(Action.VERIFY, analysis.facts[2]))
        store.record(opened.document_id, applied)
        store.record(opened.document_id, r.apply(r.undo_of(applied)))
    with ReviewStore() as store:
        review = store.load(article, analysis)
    assert [f.text for f in review.facts] == ["解放区", "赵海燕", "104.5亿元", "702万人次"]
    assert review.state(analysis.facts[2].key).status is Status.UNCHECKED


KILLED_CHILD = textwrap.dedent(
    """
    import sys, time
    from newsfacts.core.reading import article_from_text
    from newsfacts.core.model import Analysis, Fact, Kind
    from newsfacts.core.review import Action, Decision
    from newsfacts.core.store import ReviewStore
    text = sys.argv[1]
    article = article_from_text(text, name="page.txt", path=sys.argv[2])
    fact = Fact(Kind.MONEY, 21, 28, text[21:28])
    store = ReviewStore()
    opened = store.open_review(article, Analysis(article, (fact,)))
    store.record(opened.document_id, opened.review.apply(Decision(Action.CORRECT, fact, correction="105.4亿元")))
    print("recorded", flush=True)
    time.sleep(600)
    """
)


@pytest.mark.slow
def test_decision_survives_sigkill_right_after_record(tmp_path):
    article, analysis = draft(tmp_path)
    money = analysis.facts[2]
    assert (money.start, money.end) == (21, 28)
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_CHILD, TEXT, article.path],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "desktop")},
    )
    try:
        assert child.stdout.readline().strip() == "recorded"
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
    with ReviewStore() as store:
        review = store.load(article, analysis)
    assert review.state(money.key).status is Status.CORRECTED
    assert review.state(money.key).correction == "105.4亿元"


def test_upgrade_from_schema_version_1_keeps_decisions(tmp_path):
    article, analysis = draft(tmp_path)
    folder = os.environ["NEWSFACTS_DATA_DIR"]
    os.makedirs(folder)
    conn = sqlite3.connect(os.path.join(folder, DB_NAME))
    for sql in MIGRATIONS[0]:
        conn.execute(sql)
    from newsfacts.core.store.reviews import fingerprint, signature

    cur = conn.execute(
        "INSERT INTO documents (path, name, fingerprint, signature, text, created_at) VALUES (?,?,?,?,?,?)",
        (article.path, article.name, fingerprint(article.text), signature(article), article.text, "2024-02-21T10:00:00+08:00"),
    )
    d = Decision(Action.VERIFY, analysis.facts[2], by="老王", at="2024-02-21T10:01:00+08:00")
    conn.execute(
        "INSERT INTO decisions (document_id, fact_key, action, fact, by, at) VALUES (?,?,?,?,?,?)",
        (cur.lastrowid, d.fact.key, "verify", dumps(decision_to_dict(d)["fact"]), d.by, d.at),
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()

    with ReviewStore() as store:
        review = store.load(article, analysis)
        assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
        assert store.db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        state = review.state(analysis.facts[2].key)
        assert state.status is Status.VERIFIED and state.by == "老王"
        # what later versions added works on the upgraded file
        store.set_finding_verdict(article, "punctuation:3-4", "fixed")
        store.memory.remember("赵海燕", Kind.PERSON, "解放区委书记")
        store.memory.style_set("帐户", "账户")
    with ReviewStore() as store:
        assert store.finding_verdicts(article) == {"punctuation:3-4": "fixed"}
        assert store.memory.snapshot().roles_of("赵海燕") == {"解放区委书记"}
        assert [(r.written, r.preferred) for r in store.memory.style_rules()] == [("帐户", "账户")]


def test_database_from_a_newer_version_is_refused_and_left_alone():
    folder = os.environ["NEWSFACTS_DATA_DIR"]
    os.makedirs(folder)
    path = os.path.join(folder, DB_NAME)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = open(path, "rb").read()
    with pytest.raises(DatabaseTooNew) as err:
        ReviewStore()
    assert "更新版本" in err.value.message_zh
    assert open(path, "rb").read() == before


def test_data_folder_not_writable_is_a_clear_message(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("NEWSFACTS_DATA_DIR", str(blocker / "data"))
    with pytest.raises(DataDirNotWritable) as err:
        ReviewStore()
    msg = err.value.message_zh
    assert str(blocker / "data") in msg and "无法" in msg and "设置" in msg


def test_corrupt_database_is_set_aside_and_a_new_one_started(tmp_path):
    article, analysis = draft(tmp_path)
    folder = os.environ["NEWSFACTS_DATA_DIR"]
    os.makedirs(folder)
    path = os.path.join(folder, DB_NAME)
    garbage = b"this is not what SQLite wrote" * 200
    with open(path, "wb") as fh:
        fh.write(garbage)
    with ReviewStore() as store:
        assert isinstance(store.notice, DatabaseRecovered)
        assert "损坏" in store.notice.message_zh and store.notice.moved_to in store.notice.message_zh
        with open(store.notice.moved_to, "rb") as fh:
            assert fh.read() == garbage  # the damaged file is kept for rescue
        decide(store, article, analysis)
    with ReviewStore() as store:
        assert store.notice is None
        assert store.load(article, analysis).counts()["verified"] == 1


def test_damaged_pages_are_noticed_too(tmp_path):
    article, analysis = draft(tmp_path)
    with ReviewStore() as store:
        decide(store, article, analysis)
        path = store.path
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = os.path.getsize(path)
    with open(path, "r+b") as fh:  # keep the header, wreck every page after the first
        fh.seek(4096)
        fh.write(b"\xff" * (size - 4096))
    with ReviewStore() as store:
        assert isinstance(store.notice, DatabaseRecovered)
        assert store.load(article, analysis).counts()["unchecked"] == 4


def test_locked_by_a_second_instance_keeps_the_decision_and_writes_it_later(tmp_path):
    article, analysis = draft(tmp_path)
    store = ReviewStore(busy_timeout_ms=100)
    opened = store.open_review(article, analysis)
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # the other window is in the middle of a write
    decision = opened.review.apply(Decision(Action.VERIFY, analysis.facts[0]))
    with pytest.raises(DatabaseLocked) as err:
        store.record(opened.document_id, decision)
    assert "另一个核稿助手窗口" in err.value.message_zh and "暂存" in err.value.message_zh
    assert len(store.pending) == 1
    # the decision is still part of the review while it waits
    assert store.decisions(opened.document_id)[-1].action is Action.VERIFY
    other.execute("COMMIT")
    other.close()
    store.record(opened.document_id, opened.review.apply(Decision(Action.VERIFY, analysis.facts[1])))
    assert store.pending == []
    store.close()
    with ReviewStore() as again:
        assert again.load(article, analysis).counts()["verified"] == 2


def test_disk_full_writes_nothing_half_and_keeps_the_decision(tmp_path):
    article, analysis = draft(tmp_path)
    store = ReviewStore()
    opened = store.open_review(article, analysis)
    store.record(opened.document_id, opened.review.apply(Decision(Action.VERIFY, analysis.facts[0])))
    conn = store.db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk has no room for one more page
    long_note = "核对记录" * 20000
    with pytest.raises(DiskFull) as err:
        store.record(opened.document_id, opened.review.apply(Decision(Action.NOTE, analysis.facts[1], note=long_note)))
    assert "磁盘已满" in err.value.message_zh
    outside = sqlite3.connect(store.path)
    assert outside.execute("SELECT count(*) FROM decisions").fetchone()[0] == 1  # nothing half-written
    outside.close()
    conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    assert store.flush() == 1
    store.close()
    with ReviewStore() as again:
        review = again.load(article, analysis)
    assert review.state(analysis.facts[1].key).note == long_note


def test_review_file_lets_a_colleague_continue(tmp_path, monkeypatch):
    article, analysis = draft(tmp_path)
    out = tmp_path / "page.review.json"
    with ReviewStore() as store:
        decide(store, article, analysis)
        store.set_finding_verdict(article, "quote-pair:5-6", "not a problem")
        store.set_finding_verdict(article, "punctuation:9-10", "fixed")
        assert store.export_review(article, out) == 4
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "newsfacts-review" and len(data["decisions"]) == 4

    monkeypatch.setenv("NEWSFACTS_DATA_DIR", str(tmp_path / "colleague"))
    (tmp_path / "mine").mkdir()  # the colleague's own copy of the same draft
    article2, analysis2 = draft(tmp_path / "mine")
    with ReviewStore() as store:
        store.import_review(out)
        store.import_review(out)  # importing twice does not repeat decisions
        review = store.load(article2, analysis2)
        assert store.finding_verdicts(article2) == {"quote-pair:5-6": "not a problem", "punctuation:9-10": "fixed"}
        assert len(store.decisions(article2)) == 4
    assert review.counts() == {"unchecked": 1, "verified": 1, "corrected": 1, "disputed": 1}


@pytest.mark.parametrize(
    "content, expect",
    [
        ("not json at all", "这不是核稿记录文件"),
        ('{"format": "something-else", "version": 1}', "这不是核稿记录文件"),
        ('{"format": "newsfacts-review", "version": 99}', "升级"),
        ('{"format": "newsfacts-review", "version": 1, "article": {"text": "改过", "fingerprint": "0"}}', "改动"),
    ],
)
def test_bad_review_file_is_refused_with_a_reason(tmp_path, content, expect):
    bad = tmp_path / "bad.review.json"
    bad.write_text(content, encoding="utf-8")
    with ReviewStore() as store:
        with pytest.raises(TransferFileError) as err:
            store.import_review(bad)
        assert "bad.review.json" in err.value.message_zh and expect in err.value.message_zh
        assert store.db.conn.execute("SELECT count(*) FROM decisions").fetchone()[0] == 0


def test_progress_of_recent_files_counts_what_the_verdicts_leave(tmp_path):
    article, analysis = draft(tmp_path)
    with ReviewStore() as store:
        opened = decide(store, article, analysis)  # verified, corrected, disputed, and a note
        person = analysis.facts[0]
        applied = opened.review.apply(Decision(Action.RESET, person))
        store.record(opened.document_id, applied)
        store.record(opened.document_id, opened.review.apply(opened.review.undo_of(applied)))  # undo the reset
        store.set_finding_verdict(article, "punctuation:3-4", "fixed")
        never = str(tmp_path / "never-opened.txt")
        got = store.progress([article.path, never])
    assert set(got) == {article.path}
    p = got[article.path]
    assert (p.verified, p.corrected, p.disputed, p.decided, p.findings_dealt_with) == (1, 1, 1, 3, 1)
    assert p.last_at.startswith("20")
    # a revised version of the file: its progress is the new version's (the carried verdicts)
    revised_text = TEXT.replace("全年", "今年全年")
    path = tmp_path / "page.txt"
    path.write_text(revised_text, encoding="utf-8")
    revised = article_from_text(revised_text, name="page.txt", path=str(path))
    with ReviewStore() as store:
        store.open_review(revised, analysis_of(revised, SPECS))
        p = store.progress([article.path])[article.path]
    assert (p.verified, p.corrected, p.disputed) == (1, 1, 1)
