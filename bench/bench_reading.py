"""Opening a long draft: .txt in each encoding and .docx, read into an Article (no extraction).

    .venv/bin/python bench/run.py reading

The page is seed page 000 repeated to about 300,000 characters; the .docx has one paragraph a
line and a heading every story, as a newsroom's Word draft has.  Where LibreOffice is installed,
the same page as an old Word .doc (converted by LibreOffice, then read), and seed page 000 alone.
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
        _doc(tmp, path, text)


def _doc(tmp: str, docx_path: Path, text: str) -> None:
    """The .docx saved as .doc by LibreOffice, opened through it (read_article converts it back)."""
    import subprocess

    from newsfacts.core.reading import read_article
    from newsfacts.core.reading.convert import find_office

    office = find_office()
    if office is None:
        print("   .doc           (LibreOffice is not installed: not measured)")
        return
    import docx

    page = Path(tmp) / "page.docx"
    d = docx.Document()
    for line in SEED.read_text(encoding="utf-8").split("\n"):
        d.add_paragraph(line)
    d.save(page)
    for source, what in ((page, "seed page 000"), (docx_path, f"{len(text):,} characters")):
        subprocess.run(
            [office, "-env:UserInstallation=" + (Path(tmp) / "profile").as_uri(), "--headless", "--convert-to", "doc",
             "--outdir", tmp, str(source)],
            check=True, capture_output=True, timeout=300,
        )
        doc = source.with_suffix(".doc")
        secs = _best(lambda d=doc: read_article(str(d)), runs=2)
        print(f"   .doc           {secs:.2f} s  ({what}, converted by LibreOffice)")
