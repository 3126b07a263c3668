"""Copy-editor checks: pure functions (Article, facts) -> findings (see the checks issue)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Article, Fact, Finding

Check = Callable[[Article, Sequence[Fact]], list[Finding]]

# Each check module appends its function here.
CHECKS: list[Check] = []


def run_checks(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    findings: list[Finding] = []
    for check in CHECKS:
        findings.extend(check(article, facts))
    findings.sort(key=lambda f: (f.start, f.kind))
    return findings
