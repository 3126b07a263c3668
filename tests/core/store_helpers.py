"""Facts built from the text for store tests (extraction is not needed to test the store)."""

from __future__ import annotations

from newsfacts.core.model import Analysis, Article, Fact, Kind


def fact_at(text: str, kind: Kind, needle: str, nth: int = 0, **extra) -> Fact:
    """The ``nth`` occurrence of ``needle`` in ``text`` as a fact."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(needle, pos + 1)
        assert pos >= 0, f"{needle!r} #{nth} not in the text"
    return Fact(kind, pos, pos + len(needle), needle, **extra)


def analysis_of(article: Article, specs) -> Analysis:
    facts = sorted(
        (fact_at(article.text, *spec[:3], **(spec[3] if len(spec) > 3 else {})) for spec in specs),
        key=lambda f: (f.start, f.end),
    )
    return Analysis(article, tuple(facts))
