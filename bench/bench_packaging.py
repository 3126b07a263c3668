"""The packaged app: bundle size and the time from start to window shown, next to `python -m newsfacts`.

    .venv/bin/python bench/run.py packaging                      # needs a build: bash packaging/build
    .venv/bin/python bench/run.py packaging --runs=5
    .venv/bin/python bench/bench_packaging.py --compare=OTHER/dist/newsfacts   # size by part, two builds

"Window shown" is the line NEWSFACTS_EXIT_AFTER_SHOWN=1 makes the app print once its window is up
(ui/launch.py); the time runs from starting the process to reading that line. The first run after a
build or a reboot is the cold one; the median of the others shows a warm start. Targets: bundle under
150 MB, window under 1 s.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

TITLE = "packaged app: bundle size, start to window shown (vs python -m newsfacts)"
ROOT = Path(__file__).resolve().parents[1]
APP_DIR = ROOT / "dist" / "newsfacts"
SEED = ROOT / "seeds" / "000_51b227bd1f4d3619.txt"
SHOWN = "newsfacts: window shown"
TARGET_MB, TARGET_S = 150, 1.0


def bundle_bytes(app_dir: Path) -> int:
    return sum(p.stat().st_size for p in app_dir.rglob("*") if p.is_file() and not p.is_symlink())


def parts(app_dir: Path) -> dict[str, int]:
    """Bundle size by part (what the spec's exclusions act on)."""
    out: dict[str, int] = {}
    base = app_dir / "_internal"
    for p in base.rglob("*"):
        if p.is_symlink() or not p.is_file():
            continue
        r = p.relative_to(base).as_posix()
        if "/plugins/" in r:
            part = "Qt plugins: " + r.split("/plugins/")[1].split("/")[0]
        elif "/translations/" in r:
            part = "Qt translations"
        elif r.startswith("PySide6/Qt/lib/"):
            part = "Qt library " + p.name.split(".")[0]
        elif r.startswith(("PySide6/", "shiboken6/")) or "pyside6" in r or "shiboken6" in r:
            part = "PySide6 bindings"
        elif r.startswith("python3"):
            part = "Python extension modules"
        elif r.startswith("libpython"):
            part = "libpython"
        elif "/" not in r and r.startswith("lib"):
            part = "system libraries"
        else:
            part = r.split("/")[0] if "/" in r else "(top-level files)"
        out[part] = out.get(part, 0) + p.stat().st_size
    return out


def time_to_shown(cmd: list[str], env: dict[str, str], limit: float = 30.0) -> float | None:
    """Seconds from starting ``cmd`` to its window-shown line; None if it never comes (killed after ``limit``)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True)
    watchdog = threading.Timer(limit, proc.kill)
    watchdog.start()
    try:
        for line in proc.stdout:
            if line.strip() == SHOWN:
                return time.perf_counter() - t0
        return None
    finally:
        proc.stdout.close()
        proc.wait()
        watchdog.cancel()


def measure(label: str, cmd: list[str], env: dict[str, str], runs: int) -> None:
    times = [time_to_shown(cmd, env) for _ in range(runs)]
    if any(t is None for t in times):
        print(f"   {label:28} the window never reported being shown (a build older than ui/launch.py's hook?)")
        return
    first, rest = times[0], times[1:]
    warm = f", then median {statistics.median(rest):.2f} s of {len(rest)}" if rest else ""
    verdict = "ok" if first < TARGET_S else f"over the {TARGET_S:.0f} s target"
    print(f"   {label:28} first run {first:.2f} s{warm}  ({verdict})")


JIEBA_LOAD = """
import sys, time
sys.path.insert(0, sys.argv[1])
from newsfacts.core import paths
from newsfacts.core.extraction import segmenter
paths.resources_dir = lambda: sys.argv[2]
t0 = time.perf_counter()
tk = segmenter.tokenizer()
assert tk.lcut("解放区委书记赵海燕")
print(f"{time.perf_counter() - t0:.3f}")
"""


def jieba_load_seconds(resources: Path) -> float:
    """jieba's prefix dictionary loaded in a fresh process: from ``resources``' cache, or parsed if none."""
    import tempfile

    with tempfile.TemporaryDirectory() as empty:
        env = {**os.environ, "NEWSFACTS_CACHE_DIR": empty}
        out = subprocess.run([sys.executable, "-c", JIEBA_LOAD, str(ROOT / "desktop"), str(resources)],
                             capture_output=True, text=True, env=env, timeout=120)
    return float(out.stdout.strip()) if out.returncode == 0 else float("nan")


def main(argv: list[str]) -> None:
    runs = next((int(a.split("=", 1)[1]) for a in argv if a.startswith("--runs=")), 3)
    compare = next((Path(a.split("=", 1)[1]) for a in argv if a.startswith("--compare=")), None)
    env = {**os.environ, "NEWSFACTS_EXIT_AFTER_SHOWN": "1"}
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    print(f"   platform: {env.get('QT_QPA_PLATFORM') or 'default (a screen)'}; page: {SEED.name}")

    exe = APP_DIR / ("newsfacts.exe" if sys.platform == "win32" else "newsfacts")
    if exe.exists():
        size = bundle_bytes(APP_DIR)
        verdict = "ok" if size / 1e6 < TARGET_MB else f"over the {TARGET_MB} MB target"
        print(f"   bundle dist/newsfacts:       {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)  ({verdict})")
        mine = parts(APP_DIR)
        other = parts(compare / "") if compare else {}
        keys = sorted(set(mine) | set(other), key=lambda k: -max(mine.get(k, 0), other.get(k, 0)))
        for k in keys[:14]:
            line = f"      {k:40} {mine.get(k, 0) / 1e6:6.1f} MB"
            if compare:
                line += f"   ({other.get(k, 0) / 1e6:6.1f} MB in {compare.name})"
            print(line)
        if compare:
            print(f"      {'total':40} {size / 1e6:6.1f} MB   ({bundle_bytes(compare) / 1e6:6.1f} MB in {compare.name})")
        measure("packaged app", [str(exe), str(SEED)], env, runs)
        shipped = APP_DIR / "_internal" / "newsfacts" / "resources"
        print(f"   jieba prefix dictionary:     {jieba_load_seconds(shipped):.2f} s from the shipped cache, "
              f"{jieba_load_seconds(ROOT / 'no-such-folder'):.2f} s parsing dict.txt")
    else:
        print(f"   no build in {APP_DIR.relative_to(ROOT)}: run `bash packaging/build` first")
    src_env = {**env, "PYTHONPATH": str(ROOT / "desktop") + os.pathsep + env.get("PYTHONPATH", "")}
    measure("python -m newsfacts", [sys.executable, "-m", "newsfacts", str(SEED)], src_env, runs)


if __name__ == "__main__":
    main(sys.argv[1:])
