"""Copy-editor checks: pure functions (Article, facts) -> findings.

Each family lives in its own module and registers its checks with ``@check``; ``run_checks``
runs them all.  A check reads ``article.text`` (original offsets) and the facts extraction found;
where a small pattern finds its own evidence in the text it does so, so the checks work before
and beside extraction.  A check that fails on an odd page is skipped and logged: the editor
still gets the other findings.

Finding kinds (``Finding.kind``) are stable identifiers: the Findings panel, the exports and the
benchmark group by them.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Sequence

from ..model import Article, Fact, Finding
from ._text import one_reading

Check = Callable[[Article, Sequence[Fact]], list[Finding]]

# Each check module appends its functions here (through ``check``).
CHECKS: list[Check] = []

log = logging.getLogger(__name__)


def check(fn: Check) -> Check:
    CHECKS.append(fn)
    return fn


def run_checks(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    findings: list[Finding] = []
    with one_reading():  # the page's figures and sentences, worked out once for all the checks
        for fn in CHECKS:
            try:
                findings.extend(fn(article, facts))
            except Exception:  # a check must never cost the editor the page
                log.exception("check %s failed on %s", getattr(fn, "__name__", fn), article.name)
    findings = [chinese_punctuation(f) for f in _dedupe(findings)]
    findings.sort(key=lambda f: (f.start, f.kind))
    return findings


_ASCII_TO_FULL = str.maketrans(
    {",": "\uff0c", ":": "\uff1a", ";": "\uff1b", "(": "\uff08", ")": "\uff09", "?": "\uff1f"}
)


def chinese_punctuation(f: Finding) -> Finding:
    """Chinese punctuation in the message, outside the quoted text (quotes show the page as it is)."""
    parts = re.split(r"(“[^”]*”)", f.message)
    msg = "".join(p if p.startswith("“") else p.translate(_ASCII_TO_FULL) for p in parts)
    return f if msg == f.message else dataclasses.replace(f, message=msg)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[str] = set()
    out = []
    for f in findings:
        if f.key not in seen:
            seen.add(f.key)
            out.append(f)
    return out


# Registration order is the order findings of equal position are listed in.
from . import (  # noqa: E402,F401
    characters,
    dates,
    duplicates,
    figures,
    foreign_names,
    formulations,
    gbt15835,
    headline,
    layout,
    marks,
    names,
    protocol,
    usage,
)
