"""The layers hold: the core never imports Qt, the app layer never imports widgets."""

from __future__ import annotations

import shutil
import subprocess
import sys

from conftest import ROOT


def test_import_linter_contracts_hold():
    exe = shutil.which("lint-imports", path=str(__import__("pathlib").Path(sys.executable).parent))
    assert exe, "import-linter is part of the test dependencies"
    proc = subprocess.run(
        [exe, "--config", str(ROOT / "pyproject.toml")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT / "desktop")},
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "broken" not in proc.stdout.lower() or "0 broken" in proc.stdout.lower()


def test_core_imports_without_qt():
    code = "import sys, newsfacts.core.pipeline, newsfacts.core.reading; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**__import__("os").environ, "PYTHONPATH": str(ROOT / "desktop")})
    assert proc.returncode == 0
