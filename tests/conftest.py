"""Every test runs isolated: offscreen Qt, temporary data/settings folders, no modal dialogs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
SEED_PAGES = sorted(SEEDS.glob("*.txt"))
# The evaluation data lives beside the project (../shared/eval), not in it: tests that read it
# say so, and are skipped, not failed, in a checkout that has it elsewhere.
needs_eval = pytest.mark.skipif(not EVAL.is_dir(), reason="../shared/eval is not beside the project")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT / "desktop"))

from newsfacts.app.compat import guard_none_refcount  # noqa: E402

guard_none_refcount()  # the binding defect it guards against aborts long Qt test runs (see app/compat.py)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """Data and settings go to a fresh temporary folder for every test."""
    base = tmp_path_factory.mktemp("nf")
    monkeypatch.setenv("NEWSFACTS_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("NEWSFACTS_CONFIG_DIR", str(base / "config"))
    # jieba's parsed dictionary is shared across tests: building it is slow and it never changes.
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(_shared_cache_dir(tmp_path_factory)))
    yield
    # a desk's later holders of leaders' posts last as long as its program: here, one test
    from newsfacts.core.checks.protocol import use_desk_holders, use_desk_lists

    use_desk_holders({})
    use_desk_lists(())


_CACHE: Path | None = None


def _shared_cache_dir(factory) -> Path:
    global _CACHE
    if _CACHE is None:
        _CACHE = factory.mktemp("cache")
    return _CACHE


@pytest.fixture
def seed_text():
    def read(name: str = "000") -> str:
        path = next(p for p in SEED_PAGES if p.name.startswith(name))
        return path.read_text(encoding="utf-8")

    return read


def seed_path(prefix: str) -> Path:
    return next(p for p in SEED_PAGES if p.name.startswith(prefix))


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """``newsfacts ARGS`` in a subprocess, with this checkout's code and the test's data folder."""
    return subprocess.run(
        [sys.executable, "-m", "newsfacts", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "desktop")},
        timeout=300,
    )
