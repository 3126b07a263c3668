"""Foreign names in the form the mainland press prints them: 川普 for 特朗普, 纽西兰 for 新西兰,
杜拜 for 迪拜, 东协 for 东盟.

A draft picks such forms up from Taiwan or Hong Kong sources or from an older translation; the
paper prints the standard translated name (新华社译名, 《外国地名译名手册》).  The list is
``resources/dictionaries/translated_names.tsv``.  A form counts where it stands as a word of its
own (宣布希望 holds no 布希), not inside a longer person's name (张永珍), a 《title》, or quoted on
its own; inside someone's quoted words it is still the paper's translation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..extraction import lexicon
from ..model import Article, Fact, Finding, Kind, Severity
from . import check
from .characters import listed_words, word_list
from .usage import quoted

RULE = "外国人名地名以新华社译名为准"


@lru_cache(maxsize=1)
def translated_names() -> tuple[dict[str, tuple[str, str, str]], re.Pattern[str] | None]:
    """written form -> (standard form, what it is: 人名 / 国名 / 地名 / 机构, note), and a pattern
    finding any written form, longest first."""
    return word_list(lexicon.translated_names())


def _inside_a_longer_name(facts: Sequence[Fact], s: int, e: int) -> bool:
    return any(f.kind == Kind.PERSON and f.start <= s and e <= f.end and f.end - f.start > e - s for f in facts)


@check
def translated_name_forms(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """普丁 for 普京, 义大利 for 意大利: a foreign name not in its standard translation (medium)."""
    text = article.text
    out = []
    for m, (standard, what, note) in listed_words(text, translated_names()):
        s, e = m.span()
        if quoted(text, s, e, speech=False) or _inside_a_longer_name(facts, s, e):
            continue
        aside = f"；{note}" if note else ""
        out.append(Finding(
            "translated_name", Severity.MEDIUM, (article.span(s, e),),
            f"「{m.group()}」不是规范译名，应为「{standard}」（外国{what}以新华社译名为准{aside}）。", RULE,
            suggestion=standard,
        ))
    return out
