"""The data every layer shares: articles, spans, facts, findings, review decisions.

All objects are frozen: extraction builds them once, the UI and the store only read them.

Offsets
-------
Every ``start``/``end`` in a Span, Fact or Finding is a Python code-point offset into
``Article.text``, the text exactly as opened (universal newlines; for .docx the paragraphs
joined by "\\n").  ``Article.text[start:end] == text`` always holds.  Extractors work on the
*reading text* (layout breaks repaired, see ``reading.layout``) and map their offsets back with
``ReadingText.to_original`` before a Fact is built; nothing else ever sees reading offsets.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property
from typing import Any


class Kind(str, enum.Enum):
    PERSON = "PERSON"
    ORG = "ORG"
    PLACE = "PLACE"
    MONEY = "MONEY"
    PERCENT = "PERCENT"
    COUNT = "COUNT"
    MEASURE = "MEASURE"
    DATE = "DATE"
    TIME = "TIME"  # a time of day: 上午9时30分, 20时, 下午3点半 (``date`` holds it as HH:MM)
    TIME_SPAN = "TIME_SPAN"
    ORDINAL = "ORDINAL"
    SCORE = "SCORE"  # a match score: 以81∶72战胜 (the score as 81:72 in ``extra``)

    def __str__(self) -> str:  # json / display use the bare name
        return self.value


ENTITY_KINDS = frozenset({Kind.PERSON, Kind.ORG, Kind.PLACE})
NUMBER_KINDS = frozenset(Kind) - ENTITY_KINDS


class Status(str, enum.Enum):
    UNCHECKED = "unchecked"
    VERIFIED = "verified"
    CORRECTED = "corrected"
    DISPUTED = "disputed"

    def __str__(self) -> str:
        return self.value


class Severity(str, enum.Enum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph (or heading line) of the original text.

    ``kind`` is "heading", "byline" or "body"; ``level`` is the heading level (1 for ``#``),
    0 for other paragraphs.  ``start``/``end`` exclude the markup (``## ``, ``**``) and trailing
    white space, so ``Article.text[start:end]`` is the paragraph's visible text.
    """

    start: int
    end: int
    kind: str = "body"
    level: int = 0


@dataclass(frozen=True, slots=True)
class Byline:
    """本报讯(记者詹长松) / 本报记者 刘金元 摄: where it stands and the reporters it names."""

    span: Span
    reporters: tuple[Span, ...]
    role: str = "记者"


@dataclass(frozen=True, slots=True)
class Story:
    """One article of a page: its headline(s) and the range of its body."""

    headlines: tuple[Span, ...]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class LayoutBreak:
    """A line break inside a word or sentence that layout repair joined.

    ``start``/``end`` cover the removed characters in the original text (the newlines and any
    white space around them); ``before``/``after`` are the characters either side.
    """

    start: int
    end: int
    before: str
    after: str


@dataclass(frozen=True)
class ReadingText:
    """The text extraction reads, and a map from its offsets back to the original.

    ``to_orig[i]`` is the original offset of reading character ``i``; ``to_orig[len(text)]``
    is the original length, so an end offset maps the same way as a start offset.
    """

    text: str
    to_orig: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a reading-text range [start, end) to the original text.

        The result covers every original character between the first and the last mapped
        character, so a span across a repaired break covers the break as well.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"range {start}:{end} outside reading text of {len(self.text)}")
        if start == end:
            o = self.to_orig[start]
            return o, o
        return self.to_orig[start], self.to_orig[end - 1] + 1

    @classmethod
    def identity(cls, text: str) -> "ReadingText":
        return cls(text, tuple(range(len(text) + 1)))


@dataclass(frozen=True)
class Article:
    """A draft page as opened: the original text and its structure."""

    path: str
    name: str
    text: str
    encoding: str
    paragraphs: tuple[Paragraph, ...] = ()
    stories: tuple[Story, ...] = ()
    bylines: tuple[Byline, ...] = ()
    breaks: tuple[LayoutBreak, ...] = ()
    reading: ReadingText | None = None

    @property
    def headlines(self) -> tuple[Span, ...]:
        return tuple(
            Span(p.start, p.end, self.text[p.start : p.end])
            for p in self.paragraphs
            if p.kind == "heading"
        )

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def paragraph_at(self, offset: int) -> Paragraph | None:
        for p in self.paragraphs:
            if p.start <= offset < p.end or (p.start == p.end == offset):
                return p
        return None

    def sentence_around(self, start: int, end: int) -> Span:
        """The sentence that holds [start, end): for context in panels and exports."""
        stops = "。!?;\uff01\uff1f\uff1b\n"
        s = start
        while s > 0 and self.text[s - 1] not in stops:
            s -= 1
        e = end
        n = len(self.text)
        while e < n and self.text[e] not in stops:
            e += 1
        if e < n and self.text[e] != "\n":
            e += 1
        while s < start and self.text[s] in " \u3000#*":
            s += 1
        return self.span(s, e)


@dataclass(frozen=True)
class Fact:
    """A checkable statement found in the text: a figure or a named entity."""

    kind: Kind
    start: int
    end: int
    text: str
    value: float | int | None = None
    value_max: float | int | None = None
    unit: str | None = None
    date: str | None = None
    role: str | None = None
    qualifier: str | None = None
    # How a DATE got its year: "text" (written), "dateline" (the page's date),
    # "context" (other dates in the article); None where it does not apply.
    date_source: str | None = None
    part_of_day: str | None = None
    # "auto" for what extraction found, "editor" for a fact the editor added.
    source: str = "auto"
    extra: tuple[tuple[str, Any], ...] = field(default=(), compare=False)

    @property
    def is_entity(self) -> bool:
        return self.kind in ENTITY_KINDS

    @property
    def score(self) -> str | None:
        """A SCORE's two sides as N:M (the text may write ∶ or ：)."""
        return dict(self.extra).get("score") if self.kind is Kind.SCORE else None

    @cached_property
    def key(self) -> str:
        """Identity of a fact within one text: kind and span (worked out once: the panels, the
        highlighter and the review look facts up by it thousands of times on a long page)."""
        return f"{self.kind.value}:{self.start}:{self.end}"

    def with_(self, **changes: Any) -> "Fact":
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The fact as the `extract --json` contract spells it."""
        d: dict[str, Any] = {
            "kind": self.kind.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "unit": self.unit,
            "date": self.date,
            "role": self.role,
            "qualifier": self.qualifier,
        }
        if self.value_max is not None:
            d["value_max"] = self.value_max
        if self.date_source is not None:
            d["date_source"] = self.date_source
        if self.part_of_day is not None:
            d["part_of_day"] = self.part_of_day
        if self.source != "auto":
            d["source"] = self.source
        for k, v in self.extra:  # in_role, in_fixed_name, problem: flags extractors attach
            if isinstance(v, (str, int, float, bool)) and k not in d:
                d[k] = v
        return d


@dataclass(frozen=True)
class Finding:
    """Something a careful copy editor would point out."""

    kind: str
    severity: Severity
    spans: tuple[Span, ...]
    message: str
    # The rule it cites, e.g. "GB/T 15835-2011 4.1.2"; None where there is none.
    rule: str | None = None
    # What to print in place of the first span's text, where the check knows the right form
    # (按装 -> 安装, 普丁 -> 普京); the editor can take it with one key.
    suggestion: str | None = None

    @property
    def first_span(self) -> Span:
        """The span that comes first in the text (where a finding has spans)."""
        return min(self.spans, key=lambda s: s.start)

    @property
    def start(self) -> int:
        return self.first_span.start if self.spans else 0

    @property
    def key(self) -> str:
        spans = ",".join(f"{s.start}-{s.end}" for s in self.spans)
        return f"{self.kind}:{spans}"

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "kind": self.kind,
            "severity": self.severity.value,
            "spans": [s.to_json() for s in self.spans],
            "message": self.message,
        }
        if self.rule:
            d["rule"] = self.rule
        if self.suggestion is not None:
            d["suggestion"] = self.suggestion
        return d


@dataclass(frozen=True)
class Analysis:
    """What extraction and the checks found in one article."""

    article: Article
    facts: tuple[Fact, ...]
    findings: tuple[Finding, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.article.name,
            "length": len(self.article.text),
            "encoding": self.article.encoding,
            "facts": [f.to_json() for f in self.facts],
            "findings": [f.to_json() for f in self.findings],
        }


def as_dict(obj: Any) -> dict[str, Any]:
    return asdict(obj)
