#!/usr/bin/env python3
"""Write resources/dictionaries/formulation_frames.txt: the frames of the standard formulations
that running text fills with other words.

A word swapped inside a formulation (专题会议生活会 for 专题民主生活会) is a finding, unless the
formulation is one of a family: 全国组织工作会议 stands beside 全国金融工作会议, 以人民为中心
beside 以效益为中心, 国家监察委员会 beside 国家计划委员会.  A frame (the formulation with one of
its inner words taken out) is open when the 1998 People's Daily corpus or jieba's dictionary
fills it with another word; the check then leaves that word alone.

    .venv/bin/python tools/build_formulations.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "tools"))

from newsfacts.core.checks import formulations as fm  # noqa: E402
from newsfacts.core.extraction import segmenter  # noqa: E402
from train_ner import CORPUS, read_corpus  # noqa: E402

OUT = ROOT / "resources" / "dictionaries" / "formulation_frames.txt"


def open_frames(shipped: fm.Formulations, texts: list[str]) -> list[tuple[str, str, str, list[str]]]:
    """(before, the formulation's word, after, the other words ``texts`` put in its place) of each
    frame of a checked word that the texts fill otherwise."""
    rows = []
    for form in sorted(shipped.table):
        if form in shipped.ordinary or fm._BODY.search(form):
            continue  # no word of it is checked: its frames do not matter
        for pos, word in fm.inner_words(form):
            before, after = form[:pos], form[pos + 2 :]
            pattern = re.compile(re.escape(before) + "([\u4e00-\u9fff]{2})" + re.escape(after))
            fillers = {m.group(1) for source in texts for m in pattern.finditer(source)}
            fillers = sorted(
                f for f in fillers if f != word and not fm._NUMERALS & set(f) and before + f + after not in shipped.table
            )
            if fillers:
                rows.append((before, word, after, fillers))
    return rows


def main() -> int:
    text = "\n".join(sentence for sentence, _spans in read_corpus(CORPUS))
    words = "\n".join(w for w in segmenter.tokenizer().FREQ if len(w) >= 5)
    shipped = fm.formulations()
    rows = open_frames(shipped, [text, words])
    OUT.write_text(
        "# Frames of the standard formulations that running text fills with other words (tools/build_formulations.py):\n"
        "# before <TAB> the formulation's word <TAB> after <TAB> words found in its place\n"
        + "".join(f"{b}\t{w}\t{a}\t{'、'.join(f[:8])}\n" for b, w, a, f in rows),
        encoding="utf-8",
    )
    print(f"{len(rows)} open frames of {len(shipped.table)} formulations -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
