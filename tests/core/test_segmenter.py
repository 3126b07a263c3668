"""The tokenizer reads the prefix-dictionary cache a packaged app ships, and falls back safely."""

from __future__ import annotations

import marshal
import os

import pytest

from newsfacts.core import paths
from newsfacts.core.extraction import segmenter

WORD = "核稿助手"  # not one word in jieba's own dictionary


def tiny_cache(words: dict[str, int]) -> bytes:
    freq: dict[str, int] = {}
    for w, n in words.items():
        for i in range(1, len(w)):
            freq.setdefault(w[:i], 0)
        freq[w] = n
    return marshal.dumps((freq, sum(words.values())))


@pytest.fixture
def shipped(tmp_path, monkeypatch):
    """A resources folder like the packaged app's; returns where its jieba cache goes."""
    res = tmp_path / "resources"
    (res / "jieba").mkdir(parents=True)
    monkeypatch.setattr(paths, "resources_dir", lambda: str(res))
    segmenter.configure()
    yield res / segmenter.BUNDLED_CACHE
    segmenter.configure()


def user_cache_files() -> list[str]:
    d = paths.cache_dir()
    return sorted(os.listdir(d)) if os.path.isdir(d) else []


def test_the_shipped_cache_is_read_and_nothing_is_written(shipped, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(tmp_path / "user-cache"))
    shipped.write_bytes(tiny_cache({WORD: 100, "记者": 50}))
    assert segmenter.bundled_cache_file() == str(shipped)
    tk = segmenter.tokenizer()
    assert tk.lcut(WORD + "记者", HMM=False) == [WORD, "记者"]
    assert user_cache_files() == []


def test_without_a_shipped_cache_jieba_dictionary_is_used(shipped):
    assert segmenter.bundled_cache_file() is None
    words = segmenter.tokenizer().lcut("解放区委书记赵海燕出席会议", HMM=False)
    assert words[:2] == ["解放", "区委书记"]
    assert "jieba.cache" in user_cache_files()


def test_a_damaged_shipped_cache_falls_back_to_jieba_dictionary(shipped):
    shipped.write_bytes(b"\x00not a marshal dump")
    words = segmenter.tokenizer().lcut("解放区委书记赵海燕出席会议", HMM=False)
    assert words[:2] == ["解放", "区委书记"]


def test_a_configured_dictionary_is_not_replaced_by_the_shipped_cache(shipped, tmp_path):
    shipped.write_bytes(tiny_cache({WORD: 100}))
    own = tmp_path / "own.txt"
    own.write_text("核稿 10\n助手 10\n", encoding="utf-8")
    segmenter.configure(dictionary=str(own), cache_file=str(tmp_path / "own.cache"))
    assert segmenter.tokenizer().lcut(WORD, HMM=False) == ["核稿", "助手"]


def test_the_users_cache_is_read_in_one_go_when_nothing_is_shipped(shipped, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(tmp_path / "user-cache"))
    (tmp_path / "user-cache").mkdir()
    (tmp_path / "user-cache" / "jieba.cache").write_bytes(tiny_cache({WORD: 100}))
    assert segmenter.tokenizer().lcut(WORD, HMM=False) == [WORD]


def test_the_chunked_cache_round_trips_and_is_what_a_first_start_writes(shipped, tmp_path, monkeypatch):
    """Decoding chunk by chunk gives the same dictionary; the user's cache is written in that format."""
    freq = {f"词{i}": i for i in range(1, 45001)}
    data = segmenter.dump_cache(freq, 123)
    assert data.startswith(segmenter.MAGIC)
    assert segmenter._decode(data) == (freq, 123)
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(tmp_path / "fresh"))
    segmenter.configure()
    tk = segmenter.tokenizer()
    written = (tmp_path / "fresh" / "jieba.cache").read_bytes()
    assert written.startswith(segmenter.MAGIC)
    assert segmenter._decode(written)[0] == tk.FREQ
    segmenter.configure()
    again = segmenter.tokenizer()  # a later start reads it
    assert again.lcut("解放区委书记赵海燕") == tk.lcut("解放区委书记赵海燕")


def test_a_cache_in_jiebas_own_format_is_read_then_rewritten_chunked(shipped, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(tmp_path / "old"))
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "jieba.cache").write_bytes(tiny_cache({WORD: 100}))
    segmenter.configure()
    assert segmenter.tokenizer().lcut(WORD, HMM=False) == [WORD]
    assert (tmp_path / "old" / "jieba.cache").read_bytes().startswith(segmenter.MAGIC)
