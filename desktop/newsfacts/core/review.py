"""Review decisions: what the editor said about each fact, as pure data.

A ``Decision`` is one act of the editor (verify, correct, dispute, note, reset, add or remove a
fact).  A ``Review`` applies decisions to the facts of one analysis and answers "what is the state
of this fact now".  The store (``core.store``) writes each decision the moment it is made and
replays them when the file is opened again; the UI only calls ``Review.apply`` and shows the
result.  Undo is a decision too: it restores the earlier ``FactReview``.
"""

from __future__ import annotations

import datetime as _dt
import enum
import getpass
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from .model import Analysis, Fact, Status


class Action(str, enum.Enum):
    VERIFY = "verify"
    CORRECT = "correct"
    DISPUTE = "dispute"
    NOTE = "note"
    RESET = "reset"  # back to unchecked
    ADD = "add"  # a fact the tool missed
    REMOVE = "remove"  # a false fact
    RESTORE = "restore"  # undo: put back an earlier FactReview exactly

    def __str__(self) -> str:
        return self.value


_STATUS_OF = {
    Action.VERIFY: Status.VERIFIED,
    Action.CORRECT: Status.CORRECTED,
    Action.DISPUTE: Status.DISPUTED,
    Action.RESET: Status.UNCHECKED,
}


def now_iso() -> str:
    return _dt.datetime.now(_dt.timezone.utc).astimezone().isoformat(timespec="seconds")


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes
        return ""


@dataclass(frozen=True)
class FactReview:
    """The editor's verdict on one fact."""

    status: Status = Status.UNCHECKED
    correction: str | None = None
    note: str | None = None
    removed: bool = False
    by: str = ""
    at: str = ""


UNCHECKED = FactReview()
REMOVED = FactReview(removed=True)


@dataclass(frozen=True)
class Decision:
    """One act of the editor on one fact.

    ``fact`` is the fact as it stood when the decision was made (for ADD: the new fact).
    ``previous`` is the FactReview it replaced, kept so that undo and the audit log need no
    other source.  For RESTORE, ``restore_to`` is the FactReview put back.
    """

    action: Action
    fact: Fact
    correction: str | None = None
    note: str | None = None
    by: str = field(default_factory=current_user)
    at: str = field(default_factory=now_iso)
    previous: FactReview | None = None
    restore_to: FactReview | None = None


class Review:
    """The state of review for one analysis: facts (auto and added) and their verdicts."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._facts: dict[str, Fact] = {f.key: f for f in analysis.facts}
        self._states: dict[str, FactReview] = {}
        self._visible: list[Fact] | None = None  # `facts`, until the next decision

    # reading
    @property
    def facts(self) -> list[Fact]:
        """Every fact not removed, in text order."""
        if self._visible is None:
            self._visible = sorted(
                (f for k, f in self._facts.items() if not self.state(k).removed),
                key=lambda f: (f.start, f.end, f.kind.value),
            )
        return list(self._visible)

    def all_facts(self) -> list[Fact]:
        return sorted(self._facts.values(), key=lambda f: (f.start, f.end, f.kind.value))

    def fact(self, key: str) -> Fact | None:
        return self._facts.get(key)

    def state(self, key: str) -> FactReview:
        return self._states.get(key, UNCHECKED)

    def counts(self) -> dict[str, int]:
        c = Counter(self.state(f.key).status.value for f in self.facts)
        return {s.value: c.get(s.value, 0) for s in Status}

    def __iter__(self) -> Iterator[tuple[Fact, FactReview]]:
        for f in self.facts:
            yield f, self.state(f.key)

    # changing
    def apply(self, decision: Decision) -> Decision:
        """Apply a decision; return it with ``previous`` filled in (what undo restores)."""
        fact = decision.fact
        key = fact.key
        new_fact = key not in self._facts
        if decision.action is Action.ADD:
            self._facts[key] = fact
        elif new_fact:
            raise KeyError(f"no fact {key}")
        # A fact that did not exist before ADD was, in effect, removed: undo hides it again.
        before = REMOVED if new_fact else self.state(key)
        decision = replace(decision, previous=before)
        self._states[key] = self.next_state(before, decision)
        self._visible = None
        return decision

    @staticmethod
    def next_state(before: FactReview, d: Decision) -> FactReview:
        stamp = {"by": d.by, "at": d.at}
        if d.action is Action.RESTORE:
            return d.restore_to or UNCHECKED
        if d.action in _STATUS_OF:
            status = _STATUS_OF[d.action]
            correction = d.correction if d.action is Action.CORRECT else None
            note = d.note if d.note is not None else before.note
            return FactReview(status, correction, note, False, **stamp)
        if d.action is Action.NOTE:
            return replace(before, note=d.note or None, **stamp)
        if d.action is Action.REMOVE:
            return replace(before, removed=True, **stamp)
        if d.action is Action.ADD:
            return FactReview(Status.UNCHECKED, None, d.note, False, **stamp)
        raise ValueError(d.action)

    def undo_of(self, applied: Decision) -> Decision:
        """The decision that undoes ``applied`` (which must have ``previous`` set)."""
        return Decision(Action.RESTORE, applied.fact, restore_to=applied.previous or UNCHECKED)

    def replay(self, decisions: Iterable[Decision]) -> int:
        """Apply stored decisions in order; skip those whose fact is not in this analysis."""
        n = 0
        for d in decisions:
            if d.action is not Action.ADD and d.fact.key not in self._facts:
                continue
            self.apply(d)
            n += 1
        return n
