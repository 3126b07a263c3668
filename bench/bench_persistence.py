"""The window side of the review store: a seed page with 200 decisions shown, one decision committed.

Figures: ``AppContext.set_analysis`` (what runs when the analysis arrives) without a store (the
review desk before persistence) and with the store (open_review + replay of 200 decisions +
finding verdicts); ``AppContext.record`` (a decision applied, written with synchronous=FULL, shown).
"""

from __future__ import annotations

import os
import re
import statistics
import tempfile
import time
from pathlib import Path

TITLE = "window + store: show a seed page's review with 200 decisions (target < 0.5 s); one decision, written"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _analysis(article):
    from newsfacts.core.model import Analysis, Fact, Kind

    facts = [
        Fact(Kind.COUNT, m.start(), m.end(), m.group(0))
        for m in re.finditer(r"\d+(?:\.\d+)?(?:亿元|万元|%|个|人次|万人|家|项|年)?", article.text)
    ]
    return Analysis(article, tuple(facts))


def main(argv: list[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from newsfacts.app.compat import guard_none_refcount

    guard_none_refcount()
    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - signals need one
    from newsfacts.app.context import AppContext
    from newsfacts.app.settings import Settings
    from newsfacts.core.reading import read_article
    from newsfacts.core.review import Action, Decision, Review

    page = sorted(SEEDS.glob("*.txt"))[0]
    article = read_article(page)
    analysis = _analysis(article)
    facts = analysis.facts
    with tempfile.TemporaryDirectory() as folder:
        os.environ["NEWSFACTS_DATA_DIR"] = os.path.join(folder, "data")
        settings = Settings(os.path.join(folder, "newsfacts.ini"))
        before = []
        for _ in range(7):
            t0 = time.perf_counter()
            Review(analysis)
            before.append(time.perf_counter() - t0)

        ctx = AppContext(settings)
        ctx.set_analysis(analysis)
        actions = (Action.VERIFY, Action.CORRECT, Action.DISPUTE, Action.NOTE)
        record = []
        for i in range(200):
            a = actions[i % 4]
            d = Decision(a, facts[i % len(facts)], correction="1" if a is Action.CORRECT else None,
                         note="核对" if a is Action.NOTE else None)
            t0 = time.perf_counter()
            ctx.record(d)
            record.append(time.perf_counter() - t0)
        ctx.shutdown()

        after = []
        for _ in range(7):
            fresh = AppContext(settings)  # a new window: the store is opened on first use
            t0 = time.perf_counter()
            fresh.set_analysis(analysis)
            after.append(time.perf_counter() - t0)
            assert sum(1 for f in fresh.review.facts if fresh.review.state(f.key).by) == len(facts)
            fresh.shutdown()
    print(f"   page {page.name}: {len(article.text)} chars, {len(facts)} facts, 200 decisions")
    print(f"   review shown without a store (before): median {statistics.median(before) * 1000:.2f} ms")
    print(f"   review shown from the store (after: open + replay + verdicts): median {statistics.median(after) * 1000:.1f} ms,"
          f" worst {max(after) * 1000:.1f} ms (target < 500 ms)")
    print(f"   AppContext.record (applied, written, shown): median {statistics.median(record) * 1000:.2f} ms,"
          f" worst {max(record) * 1000:.2f} ms")
