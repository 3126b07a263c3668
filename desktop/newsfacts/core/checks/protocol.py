"""Leaders named out of their official order (排名顺序).

A newspaper prints the members of the Politburo Standing Committee, and any list the desk keeps
in ``resources/dictionaries/ranked.tsv``, in the order of protocol; a list printed out of order is
a political error, the kind a copy editor is there to catch.  The check looks at enumerations
only (习近平、李强、赵乐际…; 江泽民李鹏朱镕基… run together in a headline; 同志 or 和 between
them): names far apart in a story may come in any order.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from functools import lru_cache

from ..model import Article, Fact, Finding, Severity
from . import check

# what may stand between two names of one enumeration
_JOINT = re.compile(r"(同志)?[、，,\s]?(和|与|及|以及)?")


@lru_cache(maxsize=1)
def ranked_lists() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(what the list is, its names in order) of resources/dictionaries/ranked.tsv."""
    from ..paths import resources_dir

    out = []
    try:
        with open(os.path.join(resources_dir(), "dictionaries", "ranked.tsv"), encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or "\t" not in line:
                    continue
                label, names = line.rstrip("\n").split("\t", 1)
                members = tuple(n.strip() for n in names.split("、") if n.strip())
                if len(members) >= 2:
                    out.append((label.strip(), members))
    except OSError:
        return ()
    return tuple(out)


def out_of_order(text: str, label: str, members: Sequence[str]) -> list[tuple[list[tuple[int, int]], str]]:
    """(the spans of one enumeration, the message) for each enumeration of ``members`` in ``text``
    that does not follow their order."""
    rank = {name: i for i, name in enumerate(members)}
    pattern = re.compile("|".join(sorted(map(re.escape, members), key=len, reverse=True)))
    found = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    runs: list[list[tuple[int, int, str]]] = []
    for item in found:
        if runs and _JOINT.fullmatch(text, runs[-1][-1][1], item[0]):
            runs[-1].append(item)
        else:
            runs.append([item])
    out = []
    for run in runs:
        names = [n for _, _, n in run]
        if len(names) < 2 or len(set(names)) < len(names):
            continue
        for a, b in zip(names, names[1:]):
            if rank[a] > rank[b]:
                order = "、".join(n for n in members if n in names)
                out.append((
                    [(s, e) for s, e, _ in run],
                    f"“{b}”应排在“{a}”之前:按{label}的顺序,这里应为“{order}”。领导人排序不能有误,请核对。",
                ))
                break
    return out


@check
def leaders_order(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    text = article.text
    out = []
    for label, members in ranked_lists():
        for spans, message in out_of_order(text, label, members):
            out.append(Finding("name_order", Severity.HIGH, tuple(article.span(s, e) for s, e in spans), message))
    return out
