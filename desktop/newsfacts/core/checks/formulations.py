"""Standard formulations written wrong: 专题会议生活会 for 专题民主生活会, 零稳定家庭 for 零就业家庭,
一代一路 for 一带一路.

A paper prints the names of the Party's theories, policies, meetings and institutions and the
fixed terms of policy (规范提法) exactly as they stand; a word changed in one is among the worst
errors a page can carry.  The list is ``resources/dictionaries/formulations.txt``.  A draft's
words count as a mangled formulation when they keep its length, its first and its last
character and differ inside it by

- one character that sounds the same (the typing slip of a pinyin input: 一代一路), or
- one two-character word of it swapped for another word (in five characters or more), unless
  the formulation is made of ordinary words that other right names share (marked 通用 in the
  list: 中央经济工作会议 / 中央民族工作会议), running text fills that place with other words
  (formulation_frames.txt, built from the 1998 corpus by tools/build_formulations.py:
  民主生活会 / 民主促进会), the formulation names a body (…学院, …公司: 北京建工学院 /
  北京电影学院), or both words are places (武警湖南总队 / 武警广东总队);

never by a numeral (二十届三中全会 and 十四五 change their numbers), never across punctuation or a
line break, and only where the words stand on word boundaries.  Every listed form is right, so two
listed forms are never taken for each other's mistakes (民主生活会 / 组织生活会).  A character
missing or added is left to the reader: a shorter or longer form is too often another right
phrase (现代产业体系, 基层组织).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from ..model import Article, Fact, Finding, Severity
from . import check
from ..paths import dictionary_rows
from ._text import is_word, sounds_alike
from .characters import _around, on_word_boundaries, one_character_two_scripts

KIND = "wrong_formulation"
_NUMERALS = frozenset("零〇一二两三四五六七八九十百千万亿0123456789\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19")


def _cjk(s: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in s)


ORDINARY = "通用"  # the list's mark of a formulation made of ordinary words


def _words(form: str) -> list[str]:
    from ..extraction import segmenter

    return list(segmenter.tokenizer().cut(form, HMM=False))


def inner_words(form: str) -> list[tuple[int, str]]:
    """(offset, word) of the two-character words inside ``form``, neither its first word nor its
    last, with no numeral: the words a writer may swap for another by mistake."""
    out, pos = [], 0
    words = _words(form)
    for k, w in enumerate(words):
        if 0 < k < len(words) - 1 and len(w) == 2 and not _NUMERALS & set(w):
            out.append((pos, w))
        pos += len(w)
    return out


@lru_cache(maxsize=1)
def open_frames() -> frozenset[tuple[str, str]]:
    """(before, after) of the formulations' words that other words fill in running text
    (resources/dictionaries/formulation_frames.txt, written by tools/build_formulations.py)."""
    return frozenset((row[0], row[2]) for row in dictionary_rows("formulation_frames.txt") if len(row) >= 3)


# The name of a body is one of a family (北京建工学院, 北京电影学院; 广东核电集团公司, 广东核电
# 投资公司): a word swapped in it more likely names another body than a slip.
_BODY = re.compile(r"(?:[院部局委厅社团队所办处行司厂校馆站]|机构|中心|集团)$")


def _both_places(a: str, b: str) -> bool:
    """Two place names: 武警湖南总队 beside 武警广东总队 is the same body of another province."""
    from ..extraction.entities.rules import word_tags

    return word_tags([a, b]) == ["ns", "ns"]


class Formulations:
    """A list of formulations to find mangled in a text: the shipped one (``formulations()``) or
    a desk's own (the newsroom memory's 本报规范提法), which may name other right forms besides."""

    def __init__(self, table: dict[str, str], ordinary: frozenset[str] = frozenset(),
                 also_right: frozenset[str] = frozenset()) -> None:
        self.table = {form: what for form, what in table.items() if len(form) >= 4}
        self.ordinary = ordinary
        self.right = frozenset(self.table) | also_right
        index: dict[str, dict[tuple[int, str], list[str]]] = defaultdict(lambda: defaultdict(list))
        for form in self.table:
            index[form[0]][(len(form), form[-1])].append(form)
        # by first character, (length, last character) -> the formulations a variant of that
        # shape may stand for
        self.index = {c: dict(v) for c, v in index.items()}
        self._swappable: dict[str, frozenset[tuple[int, str]]] = {}

    def swappable(self, form: str) -> frozenset[tuple[int, str]]:
        """The inner words of ``form`` in a frame running text never fills with another word
        (formulation_frames.txt lists the frames it does: 民主生活会 stands beside 民主促进会);
        none in a formulation marked 通用 or in the name of a body."""
        got = self._swappable.get(form)
        if got is None:
            frames = open_frames()
            got = frozenset() if form in self.ordinary or _BODY.search(form) else frozenset(
                (pos, w) for pos, w in inner_words(form) if (form[:pos], form[pos + 2 :]) not in frames
            )
            self._swappable[form] = got
        return got

    def variant_of(self, written: str, form: str) -> bool:
        """Whether ``written`` is ``form`` with one character changed for one that sounds the
        same, or one of its words changed for another, as the module says."""
        n = len(form)
        if len(written) != n or written == form or written[0] != form[0] or written[-1] != form[-1]:
            return False
        a = 0
        while written[a] == form[a]:
            a += 1
        b = 0
        while written[n - 1 - b] == form[n - 1 - b]:
            b += 1
        got, want = written[a : n - b], form[a : n - b]
        if not _cjk(got) or _NUMERALS & set(got + want):
            return False
        if len(got) == 1:  # 高质量發展 is a traditional character, which script_mix reports
            return sounds_alike(got, want) and not one_character_two_scripts(got, want)
        return (
            len(got) == 2 and n >= 5 and (a, want) in self.swappable(form) and is_word(got)
            and not _both_places(got, want)
        )

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, the formulation meant) of each mangled formulation in ``text``."""
        out = []
        i = 0
        while i < len(text):
            hit = self._at(text, i)
            if hit is None:
                i += 1
                continue
            out.append((i, hit[0], hit[1]))
            i = hit[0]
        return out

    def _at(self, text: str, i: int) -> tuple[int, str] | None:
        for (m, last), forms in self.index.get(text[i], {}).items():
            j = i + m
            if j > len(text) or text[j - 1] != last:
                continue
            written = text[i:j]
            if written in self.right:
                continue
            for form in forms:
                if self.variant_of(written, form) and on_word_boundaries(text, i, j):
                    return j, form
        return None


@lru_cache(maxsize=1)
def formulations() -> Formulations:
    """The shipped list, read once."""
    table, ordinary = {}, set()
    for row in dictionary_rows("formulations.txt"):
        form = row[0].strip()
        table[form] = row[1].strip() if len(row) > 1 else ""
        if len(row) > 2 and row[2].strip() == ORDINARY:
            ordinary.add(form)
    return Formulations(table, frozenset(ordinary))


def message(written: str, form: str, what: str, text: str, start: int, end: int, whose: str = "规范提法") -> str:
    """「专题会议生活会」与规范提法「专题民主生活会」（党内政治生活）不符… (``whose``: 本报规范提法 for
    the desk's own)."""
    return (
        f"「{written}」与{whose}「{form}」{'（' + what + '）' if what else ''}不符：提法须一字不差，"
        f"请核对（“{_around(text, start, end)}”）。"
    )


@check
def wrong_formulations(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """A standard formulation with a character or a word changed (专题会议生活会)."""
    shipped = formulations()
    text = article.text
    return [
        Finding(
            KIND, Severity.MEDIUM, (article.span(i, j),), message(text[i:j], form, shipped.table[form], text, i, j),
            suggestion=form,
        )
        for i, j, form in shipped.find(text)
    ]
