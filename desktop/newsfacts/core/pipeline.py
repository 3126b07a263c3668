"""From an opened article to facts and findings: the one place extraction is put together.

Extractors read ``article.reading.text`` (layout breaks repaired) and return facts in its
offsets; ``locate`` maps them to the original text, so everything after this module speaks
original offsets only.
"""

from __future__ import annotations

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


def extract_facts(article: Article, *, lexicon: object | None = None, progress: Progress | None = None) -> list[Fact]:
    reading = article.reading or ReadingText.identity(article.text)
    if progress:
        progress(10, "numbers")
    found = extract_numbers(reading.text)
    if progress:
        progress(40, "entities")
    # Names inside a 《title》 or a short quotation are not checked by the newsroom: not shown.
    found += [f for f in extract_entities(reading.text, lexicon=lexicon) if not dict(f.extra).get("in_quote")]
    facts = locate(article, found)
    facts.sort(key=lambda f: (f.start, f.end, f.kind.value))
    return facts


def analyse(article: Article, *, lexicon: object | None = None, progress: Progress | None = None) -> Analysis:
    """Facts and findings of an article: a pure function, safe to run off the UI thread."""
    facts = extract_facts(article, lexicon=lexicon, progress=progress)
    if progress:
        progress(85, "checks")
    findings = run_checks(article, facts)
    if progress:
        progress(100, "done")
    return Analysis(article, tuple(facts), tuple(findings))
