#!/usr/bin/env python3
"""Benchmarks that print figures.  Each ``bench/bench_*.py`` is one benchmark.

    .venv/bin/python bench/run.py            # every benchmark
    .venv/bin/python bench/run.py numbers    # bench_numbers.py only
    .venv/bin/python bench/run.py --list

A benchmark module defines ``TITLE`` and ``main(argv: list[str]) -> None`` and prints its figures.
Timing lives here, never in tests.
"""

from __future__ import annotations

import importlib
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "desktop"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def available() -> list[str]:
    return sorted(p.stem[len("bench_") :] for p in HERE.glob("bench_*.py"))


def main(argv: list[str]) -> int:
    if "--list" in argv:
        for name in available():
            mod = importlib.import_module(f"bench_{name}")
            print(f"{name:12} {getattr(mod, 'TITLE', '')}")
        return 0
    names = [a for a in argv if not a.startswith("-")] or available()
    rest = [a for a in argv if a.startswith("-")]
    for name in names:
        if name not in available():
            print(f"unknown benchmark {name!r}; --list shows them", file=sys.stderr)
            return 2
        mod = importlib.import_module(f"bench_{name}")
        print(f"== {name}: {getattr(mod, 'TITLE', '')}")
        t0 = time.perf_counter()
        mod.main(rest)
        print(f"   ({time.perf_counter() - t0:.1f} s)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
