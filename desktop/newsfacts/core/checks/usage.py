"""Words a newspaper does not print: sovereignty and Taiwan usage (台湾政府 for 台湾当局, 两岸三地),
slurs on disabled people and minorities (残废人, 瞎子, 回回), with the form to print instead.

The list is ``resources/dictionaries/usage.tsv``, after the prohibited and cautioned usages
newsrooms follow; the desk's own rules (本报用词规范) come on top through the newsroom memory.
A form counts where it stands as a word of its own (吃哑巴亏 holds no 哑巴), and not inside a
《title》 or quoted on its own (所谓“中华民国”: a word the paper puts in quotes); a slur inside
someone's quoted words is the speaker's, a sovereignty usage there still the paper's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..model import Article, Fact, Finding, Severity
from . import check
from ..paths import dictionary_rows
from .characters import listed_words, word_list

_SEVERITY = {"高": Severity.HIGH, "中": Severity.MEDIUM, "低": Severity.LOW}
RULE = "新闻报道禁用词"


@lru_cache(maxsize=1)
def usage_rules() -> tuple[dict[str, tuple[str, Severity, str]], re.Pattern[str] | None]:
    """form -> (what to print instead, severity, why), and a pattern finding any form, longest first."""
    return word_list({
        row[0]: (row[1], _SEVERITY.get(row[2], Severity.MEDIUM), row[3] if len(row) > 3 else "")
        for row in dictionary_rows("usage.tsv")
        if len(row) >= 3
    })


def quoted(text: str, s: int, e: int, *, speech: bool = True) -> bool:
    """Inside a 《title》 on its line, or quoted on its own (所谓“中华民国”): the paper's words about
    the word, not the word used.  With ``speech``, inside someone's quoted words as well: the
    speaker's (我是哑巴吃饺子，心里有数)."""
    before = text[text.rfind("\n", 0, s) + 1 : s]
    if before.count("《") > before.count("》"):
        return True
    if s > 0 and e < len(text) and text[s - 1] in "“「\"" and text[e] in "”」\"":
        return True
    return speech and before.count("“") > before.count("”")


@check
def banned_usage(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    text = article.text
    out = []
    for m, (instead, severity, why) in listed_words(text, usage_rules()):
        s, e = m.span()
        # a sovereignty usage (high) is the paper's to answer for even inside someone's words
        if quoted(text, s, e, speech=severity is not Severity.HIGH):
            continue
        said = f"，应为「{instead}」" if not instead.startswith("（") else "：" + instead.strip("（）")
        out.append(Finding(
            "banned_usage", severity, (article.span(s, e),),
            f"「{m.group()}」新闻报道不用{said}（{why}）。", RULE,
            suggestion=None if instead.startswith("（") else instead,
        ))
    return out
