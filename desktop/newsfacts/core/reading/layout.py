"""Repair print-layout breaks, keeping a map back to the original offsets.

A page laid out for print breaks words at the end of a column: 党的二 / 十大, 吕 / 沛,
更 / 新提质增智.  The reading text joins such paragraphs so that extraction sees 二十大 and 吕沛;
``ReadingText.to_orig`` maps every reading character back to where it stands in the original,
so a span found across a repaired break covers the break in the original text.
"""

from __future__ import annotations

from ..model import LayoutBreak, ReadingText
from .structure import Line

# A paragraph that ends with one of these ends on purpose.
# ASCII and full-width forms: drafts come with either.
_TERMINAL = set("。!?;:…”’」』》)】\"'\uff01\uff1f\uff1b\uff1a\uff09\u3011")
_CLAUSE_SEPARATORS = ",、:;\uff0c\uff1a\uff1b"


def _is_text_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch.isdigit() or ch in "“‘《(\uff08"


def _looks_like_label(line: str) -> bool:
    """高新区头条 微信公众号: words set apart by spaces, no punctuation: a caption, not prose."""
    inner = line.strip()
    return (" " in inner or "\u3000" in inner) and not any(c in inner for c in "。\uff0c,、\uff1b;\uff1a:")


def _is_break_candidate(text: str, a: Line, b: Line, byline_ends: set[int]) -> bool:
    if a.hard_break or a.end in byline_ends:
        return False
    last, first = text[a.end - 1], text[b.start]
    if last in _TERMINAL or not _is_text_char(first):
        return False
    if b.kind != "body" or a.kind == "caption":
        return False
    if _looks_like_label(text[a.start : a.end]):
        return False
    if text.startswith("——", a.start):  # a headline's dek line ends without punctuation
        return False
    if a.kind == "heading":
        # A headline broken by layout leaves a stub of one or two characters after its last
        # comma (聚焦基础设施,更 / 新提质增智); a complete headline does not.
        head = text[a.start : a.end]
        cut = max(head.rfind(c) for c in _CLAUSE_SEPARATORS)
        return cut >= 0 and 0 < len(head) - cut - 1 <= 2
    return _is_text_char(last) or last in ",、\uff0c"


def repair(text: str, lines: list[Line], byline_ends: set[int] = frozenset()) -> tuple[ReadingText, tuple[LayoutBreak, ...]]:
    """Join paragraphs split by layout; return the reading text and the breaks joined."""
    cuts: list[tuple[int, int]] = []
    breaks: list[LayoutBreak] = []
    for a, b in zip(lines, lines[1:]):
        if _is_break_candidate(text, a, b, set(byline_ends)):
            cuts.append((a.end, b.start))
            breaks.append(LayoutBreak(a.end, b.start, text[a.end - 1], text[b.start]))
    if not cuts:
        return ReadingText.identity(text), ()
    parts: list[str] = []
    to_orig: list[int] = []
    pos = 0
    for s, e in cuts:
        parts.append(text[pos:s])
        to_orig.extend(range(pos, s))
        pos = e
    parts.append(text[pos:])
    to_orig.extend(range(pos, len(text)))
    to_orig.append(len(text))
    return ReadingText("".join(parts), tuple(to_orig)), tuple(breaks)
