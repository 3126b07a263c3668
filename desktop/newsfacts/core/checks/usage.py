"""Words a newspaper does not print: sovereignty and Taiwan usage (台湾政府 for 台湾当局, 两岸三地),
slurs on disabled people and minorities (残废人, 瞎子, 回回), with the form to print instead.

The list is ``resources/dictionaries/usage.tsv``, after the prohibited and cautioned usages
newsrooms follow; the desk's own rules (本报用词规范) come on top through the newsroom memory.
A form counts where it stands as a word of its own (吃哑巴亏 holds no 哑巴), and not inside 《》
or quotation marks (a title, or a word the paper quotes: “中华民国”).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from functools import lru_cache

from ..model import Article, Fact, Finding, Severity
from . import check
from .characters import on_word_boundaries

_SEVERITY = {"高": Severity.HIGH, "中": Severity.MEDIUM, "低": Severity.LOW}
RULE = "新闻报道禁用词"


@lru_cache(maxsize=1)
def usage_rules() -> tuple[dict[str, tuple[str, Severity, str]], re.Pattern[str] | None]:
    """form -> (what to print instead, severity, why), and a pattern finding any form, longest first."""
    from ..paths import resources_dir

    table: dict[str, tuple[str, Severity, str]] = {}
    try:
        with open(os.path.join(resources_dir(), "dictionaries", "usage.tsv"), encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if line.startswith("#") or len(parts) < 3:
                    continue
                table[parts[0]] = (parts[1], _SEVERITY.get(parts[2], Severity.MEDIUM), parts[3] if len(parts) > 3 else "")
    except OSError:
        return {}, None
    if not table:
        return {}, None
    return table, re.compile("|".join(sorted(map(re.escape, table), key=len, reverse=True)))


def _quoted(text: str, s: int, e: int) -> bool:
    """Inside 《》 or quotation marks on its line."""
    line_start = text.rfind("\n", 0, s) + 1
    before = text[line_start:s]
    for left, right in (("《", "》"), ("“", "”"), ("「", "」"), ('"', '"')):
        if before.count(left) > (before.count(right) if left != right else 0) and (left != right or before.count(left) % 2):
            return True
    return False


@check
def banned_usage(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    table, pattern = usage_rules()
    if pattern is None:
        return []
    text = article.text
    out = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if e - s == 2 and not on_word_boundaries(text, s, e):
            continue
        if _quoted(text, s, e):
            continue
        instead, severity, why = table[m.group()]
        said = f"，应为「{instead}」" if not instead.startswith("（") else "：" + instead.strip("（）")
        out.append(Finding(
            "banned_usage", severity, (article.span(s, e),),
            f"「{m.group()}」新闻报道不用{said}（{why}）。", RULE,
        ))
    return out
