"""Opening a long draft: .txt in each encoding and .docx, read into an Article (no extraction).

    .venv/bin/python bench/run.py reading

The page is seed page 000 repeated to about 300,000 characters; the .docx has one paragraph a
line and a heading every story, as a newsroom's Word draft has.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

TITLE = "a 300,000-character draft as .txt (UTF-8, GB18030) and as .docx"

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_51b227bd1f4d3619.txt"


def _best(fn, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str]) -> None:
    import docx

    from newsfacts.core.reading import read_article

    seed = SEED.read_text(encoding="utf-8")
    text = (seed * (300_000 // len(seed) + 1))[:300_000]
    with tempfile.TemporaryDirectory() as tmp:
        for enc in ("utf-8", "gb18030"):
            path = Path(tmp) / f"draft-{enc}.txt"
            path.write_bytes(text.encode(enc, errors="replace"))
            print(f"   .txt {enc:8} {_best(lambda p=path: read_article(str(p))):.2f} s")
        d = docx.Document()
        for line in text.split("\n"):
            if line.startswith("# "):
                d.add_heading(line[2:], level=1)
            else:
                d.add_paragraph(line)
        path = Path(tmp) / "draft.docx"
        d.save(path)
        article = read_article(str(path))
        secs = _best(lambda: read_article(str(path)))
        print(f"   .docx          {secs:.2f} s  ({len(article.text):,} characters, {len(article.headlines)} headlines)")
