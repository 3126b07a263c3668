"""A revised draft: which earlier decisions still hold, which facts changed, which are gone.

``carry_over`` is a pure function.  A decision carries over when its fact (kind and text) and the
sentence around it (``Article.sentence_around``, at the same place in that sentence) are found
unchanged in the new draft; the carried decision points at the fact's new offsets.  A decided fact
that is not found unchanged is either *changed* (a fact of the same kind in a sentence that is
otherwise the same or nearly so: the figure or the name was edited, or the sentence around it was)
or *removed*.  Only facts the editor had actually decided on are reported.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..model import Analysis, Article, Fact
from ..review import UNCHECKED, Action, Decision, FactReview, Review
from .codec import fact_from_dict, fact_to_dict, state_from_dict, state_to_dict

# How much of the text beside a fact must be the same for "the same fact, edited".
_SIDE = 4
_MIN_SIMILARITY = 0.6


@dataclass(frozen=True)
class ChangedFact:
    """A decided fact whose text or sentence changed: shown as "changed since review"."""

    old: Fact
    new: Fact
    state: FactReview  # the verdict it had before the revision
    old_context: str
    new_context: str

    @property
    def text_changed(self) -> bool:
        return self.old.text != self.new.text

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": fact_to_dict(self.old),
            "new": fact_to_dict(self.new),
            "state": state_to_dict(self.state),
            "old_context": self.old_context,
            "new_context": self.new_context,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ChangedFact":
        return cls(
            fact_from_dict(d["old"]),
            fact_from_dict(d["new"]),
            state_from_dict(d["state"]) or UNCHECKED,
            d.get("old_context", ""),
            d.get("new_context", ""),
        )


@dataclass(frozen=True)
class RemovedFact:
    """A decided fact no longer in the draft."""

    fact: Fact
    state: FactReview
    context: str

    def to_dict(self) -> dict[str, Any]:
        return {"fact": fact_to_dict(self.fact), "state": state_to_dict(self.state), "context": self.context}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "RemovedFact":
        return cls(fact_from_dict(d["fact"]), state_from_dict(d["state"]) or UNCHECKED, d.get("context", ""))


@dataclass(frozen=True)
class Carry:
    """What ``carry_over`` found.  ``carried`` are the decisions to replay on the new analysis."""

    carried: tuple[Decision, ...] = ()
    changed: tuple[ChangedFact, ...] = ()
    removed: tuple[RemovedFact, ...] = ()

    @property
    def carried_keys(self) -> frozenset[str]:
        return frozenset(d.fact.key for d in self.carried)

    def report(self) -> dict[str, Any]:
        """Changed and removed facts as JSON (the carried decisions are stored as decisions)."""
        return {
            "carried": len(self.carried_keys),
            "changed": [c.to_dict() for c in self.changed],
            "removed": [r.to_dict() for r in self.removed],
        }

    @classmethod
    def from_report(cls, d: dict[str, Any], carried: Sequence[Decision] = ()) -> "Carry":
        return cls(
            tuple(carried),
            tuple(ChangedFact.from_dict(c) for c in d.get("changed", ())),
            tuple(RemovedFact.from_dict(r) for r in d.get("removed", ())),
        )


def _groups(decisions: Iterable[Decision]) -> dict[str, list[Decision]]:
    out: dict[str, list[Decision]] = {}
    for d in decisions:
        out.setdefault(d.fact.key, []).append(d)
    return out


def _final(decisions: Sequence[Decision]) -> FactReview:
    state = UNCHECKED
    for d in decisions:
        state = Review.next_state(state, d)
    return state


def _sides(text: str, sentence_start: int, sentence_end: int, start: int, end: int) -> tuple[str, str]:
    left = text[max(sentence_start, start - _SIDE) : start]
    right = text[end : min(sentence_end, end + _SIDE)]
    return left, right


def _masked(text: str, sentence_start: int, sentence_end: int, start: int, end: int) -> str:
    return text[sentence_start:start] + "\0" + text[end:sentence_end]


def carry_over(old_article: Article, old_decisions: Sequence[Decision], new: Analysis) -> Carry:
    """Match the decisions made on ``old_article`` to the facts of a revised draft."""
    new_article = new.article
    old_text, new_text = old_article.text, new_article.text
    old_len, new_len = max(1, len(old_text)), max(1, len(new_text))
    groups = _groups(old_decisions)

    by_kind_text: dict[tuple[str, str], list[Fact]] = {}
    for f in new.facts:
        by_kind_text.setdefault((f.kind.value, f.text), []).append(f)
    new_sentence: dict[str, tuple[int, int, str]] = {}

    def sentence_of(f: Fact) -> tuple[int, int, str]:
        got = new_sentence.get(f.key)
        if got is None:
            s = new_article.sentence_around(f.start, f.end)
            got = new_sentence[f.key] = (s.start, s.end, s.text)
        return got

    claimed: set[str] = set()
    carried: dict[str, list[Decision]] = {}
    unmatched: list[tuple[str, Fact, int, int, str]] = []

    for key, decs in groups.items():
        fact = decs[0].fact
        if old_text[fact.start : fact.end] != fact.text:  # not from this text: nothing to match
            continue
        ctx = old_article.sentence_around(fact.start, fact.end)
        rel_start, rel_end = fact.start - ctx.start, fact.end - ctx.start
        where = fact.start / old_len
        candidates: list[Fact] = []
        for nf in by_kind_text.get((fact.kind.value, fact.text), ()):
            if nf.key in claimed:
                continue
            s, _e, stext = sentence_of(nf)
            if stext == ctx.text and nf.start - s == rel_start:
                candidates.append(nf)
        if not candidates and (decs[0].action is Action.ADD or fact.source == "editor"):
            pos = new_text.find(ctx.text)
            while pos >= 0:
                moved = fact.with_(start=pos + rel_start, end=pos + rel_end)
                if moved.key not in claimed and new_article.sentence_around(moved.start, moved.end).text == ctx.text:
                    candidates.append(moved)
                pos = new_text.find(ctx.text, pos + 1)
        if candidates:
            best = min(candidates, key=lambda f: abs(f.start / new_len - where))
            claimed.add(best.key)
            carried[key] = [replace(d, fact=best) for d in decs]
        else:
            unmatched.append((key, fact, ctx.start, ctx.end, ctx.text))

    # Changed: the best remaining fact of the same kind in a sentence that is the same around it.
    pairs: list[tuple[float, float, str, Fact]] = []
    by_kind: dict[str, list[Fact]] = {}
    for f in new.facts:
        by_kind.setdefault(f.kind.value, []).append(f)
    for key, fact, cs, ce, _ctext in unmatched:
        left, right = _sides(old_text, cs, ce, fact.start, fact.end)
        old_masked = _masked(old_text, cs, ce, fact.start, fact.end)
        for nf in by_kind.get(fact.kind.value, ()):
            if nf.key in claimed:
                continue
            s, e, _stext = sentence_of(nf)
            nleft, nright = _sides(new_text, s, e, nf.start, nf.end)
            if not ((left and left == nleft) or (right and right == nright)):
                continue
            ratio = difflib.SequenceMatcher(None, old_masked, _masked(new_text, s, e, nf.start, nf.end), autojunk=False).ratio()
            if ratio >= _MIN_SIMILARITY:
                distance = abs(nf.start / new_len - fact.start / old_len)
                pairs.append((ratio, -distance, key, nf))
    pairs.sort(key=lambda p: (p[0], p[1]), reverse=True)
    changed_to: dict[str, Fact] = {}
    for _ratio, _d, key, nf in pairs:
        if key in changed_to or nf.key in claimed:
            continue
        changed_to[key] = nf
        claimed.add(nf.key)

    changed: list[ChangedFact] = []
    removed: list[RemovedFact] = []
    for key, fact, _cs, _ce, ctext in unmatched:
        state = _final(groups[key])
        if state == UNCHECKED or (state.status == UNCHECKED.status and not state.note and not state.removed):
            continue  # nothing decided that the editor would miss
        nf = changed_to.get(key)
        if nf is not None:
            changed.append(ChangedFact(fact, nf, state, ctext, sentence_of(nf)[2]))
        else:
            removed.append(RemovedFact(fact, state, ctext))

    # the carried decisions keep their order across facts (the undo history reads in that order)
    ordered = sorted(
        (i, d) for i, d in enumerate(old_decisions) if d.fact.key in carried
    )
    moved_to = {key: decs[0].fact for key, decs in carried.items()}
    return Carry(
        tuple(replace(d, fact=moved_to[d.fact.key]) for _i, d in ordered),
        tuple(sorted(changed, key=lambda c: c.new.start)),
        tuple(sorted(removed, key=lambda r: r.fact.start)),
    )
