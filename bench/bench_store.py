"""Opening a seed page's review with 200 decisions (load + replay), and recording one decision."""

from __future__ import annotations

import os
import re
import statistics
import tempfile
import time
from pathlib import Path

TITLE = "review store: open a seed page's review with 200 decisions (target < 0.5 s); record() latency"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _facts(text: str):
    from newsfacts.core.model import Fact, Kind

    # every figure-looking run stands in for the extractor's facts
    facts = [
        Fact(Kind.COUNT, m.start(), m.end(), m.group(0))
        for m in re.finditer(r"\d+(?:\.\d+)?(?:亿元|万元|%|个|人次|万人|家|项|年)?", text)
    ]
    return tuple(facts)


def main(argv: list[str]) -> None:
    from newsfacts.core.model import Analysis
    from newsfacts.core.reading import read_article
    from newsfacts.core.review import Action, Decision
    from newsfacts.core.store import ReviewStore

    page = sorted(SEEDS.glob("*.txt"))[0]
    article = read_article(page)
    analysis = Analysis(article, _facts(article.text))
    facts = analysis.facts
    with tempfile.TemporaryDirectory() as folder:
        os.environ["NEWSFACTS_DATA_DIR"] = folder
        store = ReviewStore()
        opened = store.open_review(article, analysis)
        actions = (Action.VERIFY, Action.CORRECT, Action.DISPUTE, Action.NOTE)
        record_times = []
        for i in range(200):
            a = actions[i % 4]
            d = Decision(a, facts[i % len(facts)], correction="1" if a is Action.CORRECT else None, note="核对" if a is Action.NOTE else None)
            t0 = time.perf_counter()
            store.record(opened.document_id, opened.review.apply(d))
            record_times.append(time.perf_counter() - t0)
        store.close()

        opens = []
        for _ in range(7):
            t0 = time.perf_counter()
            with ReviewStore() as again:
                review = again.load(article, analysis)
            opens.append(time.perf_counter() - t0)
        assert sum(review.counts().values()) == len(facts)
        # a revised draft: one figure edited and a paragraph added on top; first open carries over
        from newsfacts.core.reading import article_from_text

        first = facts[len(facts) // 2]
        text = "补充说明一段。\n\n" + article.text[: first.start] + "9" + article.text[first.start :]
        revised = article_from_text(text, name=article.name, path=article.path)
        t0 = time.perf_counter()
        with ReviewStore() as again:
            opened = again.open_review(revised, Analysis(revised, _facts(revised.text)))
        carry_time = time.perf_counter() - t0
        size = os.path.getsize(os.path.join(folder, "newsfacts.sqlite3"))
    print(f"   page {page.name}: {len(article.text)} chars, {len(facts)} facts, 200 decisions")
    print(f"   open (connect + quick_check + load + replay): median {statistics.median(opens) * 1000:.1f} ms,"
          f" worst {max(opens) * 1000:.1f} ms (target < 500 ms)")
    print(f"   record() committed with synchronous=FULL: median {statistics.median(record_times) * 1000:.2f} ms,"
          f" worst {max(record_times) * 1000:.2f} ms")
    print(f"   first open of a revised draft (carry_over + write): {carry_time * 1000:.1f} ms;"
          f" {len(opened.carry.carried_keys)} facts carried, {len(opened.carry.changed)} changed,"
          f" {len(opened.carry.removed)} removed")
    print(f"   database size {size / 1024:.0f} KiB (before checkpoint)")
