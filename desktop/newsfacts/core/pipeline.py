"""From an opened article to facts and findings: the one place extraction is put together.

Extractors read ``article.reading.text`` (layout breaks repaired) and return facts in its
offsets; ``locate`` maps them to the original text, so everything after this module speaks
original offsets only.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterable

from .checks import run_checks
from .extraction.entities import extract_entities
from .extraction.numbers import extract_numbers
from .model import Analysis, Article, Fact, ReadingText

Progress = Callable[[int, str], None]


def locate(article: Article, facts: Iterable[Fact]) -> list[Fact]:
    """Map facts from reading-text offsets to original offsets, with the original text."""
    reading = article.reading or ReadingText.identity(article.text)
    out = []
    for f in facts:
        s, e = reading.original_span(f.start, f.end)
        out.append(f.with_(start=s, end=e, text=article.text[s:e]))
    return out


_HIDDEN = frozenset(("in_quote", "in_word"))


def extract_facts(article: Article, *, lexicon: object | None = None, progress: Progress | None = None) -> list[Fact]:
    reading = article.reading or ReadingText.identity(article.text)
    if progress:
        progress(10, "numbers")
    found = extract_numbers(reading.text)
    if progress:
        progress(40, "entities")
    # Names inside a 《title》 or a short quotation, and places inside a common word (中国人), are not
    # checked by the newsroom: not shown.
    found += [f for f in extract_entities(reading.text, lexicon=lexicon) if not _HIDDEN.intersection(dict(f.extra))]
    facts = locate(article, found)
    facts.sort(key=lambda f: (f.start, f.end, f.kind.value))
    return facts


_tables_lock = threading.Lock()
_tables_loaded = threading.Event()

# A few lines that make every extractor and check load what it reads once.
_WARM_UP = "解放区委书记赵海燕在2023年12月30日召开的第十五届会议上说,全区投资104.5亿元,增长145.5%,接待游客702万人次。\n"


def load_tables() -> None:
    """Load what the extractors and checks read once (jieba's 350,000-word dictionary, the CRF,
    the gazetteer, the lexicons), then keep it out of the cyclic garbage collector's walks.

    Python's full collections walk every entry of those tables each time, with the GIL held:
    35 ms on an idle machine, over 200 ms on a busy one, during which the UI thread waits.  So the
    collector is off while they load (loading makes no cycles), and ``gc.freeze()`` then moves
    everything alive into the permanent generation, which collections skip; objects made later
    are collected as before.  Thread-safe; the first call does the work, later calls nothing.
    """
    if _tables_loaded.is_set():
        return
    with _tables_lock:
        if _tables_loaded.is_set():
            return
        from .reading import article_from_text

        enabled = gc.isenabled()
        gc.disable()
        try:
            article = article_from_text(_WARM_UP, "warm-up.txt")
            run_checks(article, extract_facts(article))
        finally:
            if enabled:
                gc.enable()
        gc.freeze()
        _tables_loaded.set()


def analyse(article: Article, *, lexicon: object | None = None, progress: Progress | None = None) -> Analysis:
    """Facts and findings of an article: a pure function, safe to run off the UI thread."""
    load_tables()
    facts = extract_facts(article, lexicon=lexicon, progress=progress)
    if progress:
        progress(85, "checks")
    findings = run_checks(article, facts)
    if progress:
        progress(100, "done")
    return Analysis(article, tuple(facts), tuple(findings))
