"""Facts, verdicts and decisions as JSON: how the database and the review files spell them."""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

from ..model import Fact, Kind, Status
from ..review import Action, Decision, FactReview

_FACT_FIELDS = tuple(f.name for f in fields(Fact) if f.name != "extra")


def fact_to_dict(f: Fact) -> dict[str, Any]:
    d: dict[str, Any] = {}
    for name in _FACT_FIELDS:
        v = getattr(f, name)
        if v is None or (name == "source" and v == "auto"):
            continue
        d[name] = v.value if isinstance(v, Kind) else v
    if f.extra:
        try:
            json.dumps(f.extra)
            d["extra"] = [list(p) for p in f.extra]
        except (TypeError, ValueError):
            pass
    return d


def fact_from_dict(d: dict[str, Any]) -> Fact:
    kw = {k: d[k] for k in _FACT_FIELDS if k in d}
    kw["kind"] = Kind(d["kind"])
    if "extra" in d:
        kw["extra"] = tuple(tuple(p) for p in d["extra"])
    return Fact(**kw)


def state_to_dict(s: FactReview | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {
        "status": s.status.value,
        "correction": s.correction,
        "note": s.note,
        "removed": s.removed,
        "by": s.by,
        "at": s.at,
    }


def state_from_dict(d: dict[str, Any] | None) -> FactReview | None:
    if d is None:
        return None
    return FactReview(
        Status(d.get("status", "unchecked")),
        d.get("correction"),
        d.get("note"),
        bool(d.get("removed", False)),
        d.get("by", ""),
        d.get("at", ""),
    )


def decision_to_dict(d: Decision) -> dict[str, Any]:
    return {
        "action": d.action.value,
        "fact": fact_to_dict(d.fact),
        "correction": d.correction,
        "note": d.note,
        "by": d.by,
        "at": d.at,
        "previous": state_to_dict(d.previous),
        "restore_to": state_to_dict(d.restore_to),
    }


def decision_from_dict(d: dict[str, Any]) -> Decision:
    return Decision(
        Action(d["action"]),
        fact_from_dict(d["fact"]),
        d.get("correction"),
        d.get("note"),
        d.get("by", ""),
        d.get("at", ""),
        state_from_dict(d.get("previous")),
        state_from_dict(d.get("restore_to")),
    )


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
