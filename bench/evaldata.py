"""Access to ../shared/eval: the seed gold and the corpora (read-only, never copied)."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SEEDS = ROOT / "seeds"


def seed_gold() -> list[tuple[Path, str, dict]]:
    """(seed path, its text as opened, its gold annotation) for both seed pages."""
    out = []
    for g in sorted((EVAL / "seeds-gold").glob("*.gold.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        path = SEEDS / gold["file"]
        out.append((path, path.read_text(encoding="utf-8"), gold))
    return out


_TOKEN = re.compile(r"^\[?(.+?)/([a-zA-Z]+)(?:\]\w+)?$")


def peoples_daily_tokens(limit: int | None = None) -> list[list[tuple[str, str]]]:
    """The 199801 corpus as (word, tag) tokens, one list a line (the line id left out)."""
    raw = (EVAL / "peoples-daily-1998" / "199801.txt").read_bytes().decode("gbk", errors="replace")
    out = []
    for line in raw.splitlines():
        if not line.strip():
            continue
        toks = []
        for t in line.split()[1:]:
            m = _TOKEN.match(t)
            if m:
                toks.append((m.group(1), m.group(2)))
        out.append(toks)
        if limit and len(out) >= limit:
            break
    return out


def peoples_daily_sentences(limit: int | None = None) -> list[str]:
    """Plain text of the 199801 People's Daily corpus, one string a line (tags removed)."""
    return ["".join(word for word, _tag in line) for line in peoples_daily_tokens(limit)]


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
