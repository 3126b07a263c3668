"""Small text helpers the checks share: sentences, numerals, a figure scanner, segmentation.

Everything works on original offsets (``Article.text``).  The figure scanner is the checks' own
evidence where the extracted facts do not cover a figure: it finds the few shapes the arithmetic
and consistency checks need (7500万元, 近1200万元, 40余家, 145.5%), nothing more.
"""

from __future__ import annotations

import contextlib
import functools
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..model import NUMBER_KINDS, Article, Fact, Kind, Paragraph, Span

CJK = "\u4e00-\u9fff\u3400-\u4dbf"
SENTENCE_END = "。!?\uff01\uff1f;\uff1b…"
TERMINAL = set("。!?\uff01\uff1f…;\uff1b:\uff1a”’」』》)】\uff09\"'")
CLAUSE_PUNCT = ",\uff0c、;\uff1b:\uff1a"

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUM = "零〇○一二两三四五六七八九十百千"


def cn_to_int(s: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百零八 -> 108, 二〇二四 -> 2024 (digit by digit); None if not a numeral."""
    if not s or any(c not in CN_DIGITS and c not in CN_UNITS for c in s):
        return None
    if not any(c in CN_UNITS for c in s):
        v = 0
        for c in s:
            v = v * 10 + CN_DIGITS[c]
        return v
    total, digit = 0, None
    for c in s:
        if c in CN_DIGITS:
            digit = CN_DIGITS[c]
        else:
            total += (1 if digit is None else digit) * CN_UNITS[c]
            digit = None
    return total + (digit or 0)


def to_number(s: str) -> float | None:
    """An Arabic or Chinese numeral (full-width digits too)."""
    s = s.translate(TO_ASCII)
    try:
        return float(s.replace(",", ""))
    except ValueError:
        v = cn_to_int(s)
        return None if v is None else float(v)


# Full-width digits, point and per cent sign as ASCII (１２．３％ -> 12.3%).
TO_ASCII = str.maketrans("\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19\uff0e\uff05", "0123456789.%")


def sentences(article: Article, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of text[start:end] (ending at 。!?; or a paragraph end), blanks trimmed."""
    return _memo(("sentences", id(article), start, end), (article,), lambda: _sentences(article, start, end))


def _sentences(article: Article, start: int, end: int | None) -> list[Span]:
    text = article.text
    end = len(text) if end is None else end
    out = []
    s = start
    for i in range(start, end):
        c = text[i]
        if c in SENTENCE_END or c == "\n":
            j = i + 1 if c != "\n" else i
            while j < end and text[j] in "”’」』":
                j += 1
            _add(article, out, s, j)
            s = max(j, i + 1)
    _add(article, out, s, end)
    return out


def _add(article: Article, out: list[Span], s: int, e: int) -> None:
    text = article.text
    while s < e and text[s] in " \t\u3000\n#*":
        s += 1
    while e > s and text[e - 1] in " \t\u3000\n*":
        e -= 1
    if e > s and (not out or out[-1].end <= s):
        out.append(article.span(s, e))


def body_paragraphs(article: Article) -> list[Paragraph]:
    return [p for p in article.paragraphs if p.kind == "body"]


def paragraph_index(article: Article, offset: int) -> int:
    for i, p in enumerate(article.paragraphs):
        if p.start <= offset < p.end:
            return i
    return -1


def story_of(article: Article, offset: int) -> int:
    for i, s in enumerate(article.stories):
        if s.start <= offset < s.end:
            return i
    return -1


def is_prose(text: str) -> bool:
    """A paragraph of running text, not a caption or label (高新区头条 微信公众号)."""
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    return cjk >= 12 and any(c in text for c in ",\uff0c。;\uff1b、")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """jieba tokens of ``text`` with their offsets."""
    from ..extraction.segmenter import tokenizer

    out = []
    pos = 0
    for w in tokenizer().cut(text, HMM=True):
        out.append((pos, pos + len(w), w))
        pos += len(w)
    return out


def is_word(w: str) -> bool:
    from ..extraction.segmenter import tokenizer

    return bool(tokenizer().FREQ.get(w))


# ----------------------------------------------------------------------------- figures

@dataclass(frozen=True)
class Figure:
    """A number with its unit as the checks compare them."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    qualifier: str | None
    kind: Kind


_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)"
_MONEY_UNITS = "元|美元"
_COUNT_UNITS = (
    "人次|平方米|平方公里|公里|千米|米|吨|个|家|条|项|所|座|户|套|人|名|位|台|件|处|村|次|场|批|辆|间|张|株|亩|棵"
)
FIGURE_RE = re.compile(
    rf"(?P<pre>近|约|超过|超|逾|突破|不少于|不到|不足|将近|多达|达到|达)?"
    rf"(?P<num>\d+(?:[.\uff0e]\d+)?|[一二两三四五六七八九十百千]+(?:点[一二三四五六七八九零]+)?)"
    rf"(?P<mag>万亿|亿|万|千)?(?P<post>余|多)?"
    rf"(?P<unit>[%\uff05]|{_MONEY_UNITS}|{_COUNT_UNITS})(?P<after>以上|以下|左右|上下)?"
)
_UNIT_KIND = {"%": Kind.PERCENT, "元": Kind.MONEY, "美元": Kind.MONEY}
_APPROX_UP = {"余", "多", "以上", "超过", "超", "逾", "突破", "不少于", "多达"}
_APPROX_DOWN = {"近", "将近", "不到", "不足", "以下"}
_APPROX = _APPROX_UP | _APPROX_DOWN | {"约", "左右", "上下"}


def qualifier_sense(q: str | None) -> str:
    """"=" exact, ">" at least / more than, "<" under / nearly, "~" about."""
    if not q:
        return "="
    parts = set(q.split("/"))
    if parts & _APPROX_DOWN:
        return "<"
    if parts & _APPROX_UP:
        return ">"
    if parts & {"约", "左右", "上下"}:
        return "~"
    return "="


def scan_figures(article: Article) -> list[Figure]:
    text = article.text
    out = []
    for m in FIGURE_RE.finditer(text):
        if m.start() > 0 and text[m.start() - 1] == "第":
            continue  # 第十一条: an ordinal, not a quantity
        num = m.group("num").translate(TO_ASCII)
        if not re.fullmatch(r"\d+(?:\.\d+)?", num):
            if num in ("一", "十") and not m.group("mag"):
                continue  # 一个, 十分: too often not a figure
            v = cn_to_int(num)
            if v is None:
                continue
            value = float(v)
        else:
            if m.start("num") > 0 and (text[m.start("num") - 1].isdigit() or text[m.start("num") - 1] in ".-"):
                continue
            value = float(num)
        mag = m.group("mag")
        value *= {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, None: 1}[mag]
        unit = m.group("unit").translate(TO_ASCII)
        kind = _UNIT_KIND.get(unit, Kind.COUNT)
        quals = [q for q in (m.group("pre"), m.group("post"), m.group("after")) if q in _APPROX]
        start = m.start() if m.group("pre") in _APPROX else m.start("num")
        end = m.end("after") if m.group("after") in _APPROX else m.end("unit")
        out.append(Figure(start, end, text[start:end], value, unit, "/".join(quals) or None, kind))
    return out


_run = threading.local()


@contextlib.contextmanager
def one_reading():
    """While open, ``figures`` and ``sentences`` of the same article and facts are worked out once
    and shared (``run_checks`` opens it around all the checks of a page: a dozen of them read the
    same figures).  Callers never change what they get back."""
    outer = getattr(_run, "memo", None)
    if outer is None:
        _run.memo = {}
    try:
        yield
    finally:
        if outer is None:
            _run.memo = None


def _memo(key: tuple, inputs: tuple, work):
    memo = getattr(_run, "memo", None)
    if memo is None:
        return work()
    got = memo.get(key)
    if got is None:
        # the inputs are kept with the result: while the memo lives their ids cannot be reused
        got = memo[key] = (inputs, work())
    return got[1]


def figures(article: Article, facts: Sequence[Fact]) -> list[Figure]:
    """Number facts as Figures, completed by the scanner where no fact covers a figure."""
    return _memo(("figures", id(article), id(facts)), (article, facts), lambda: _figures(article, facts))


def _figures(article: Article, facts: Sequence[Fact]) -> list[Figure]:
    out: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for f in facts:
        if f.kind in NUMBER_KINDS and f.kind not in (Kind.DATE, Kind.ORDINAL) and f.value is not None:
            unit = f.unit or ""
            if f.kind == Kind.MONEY and unit.endswith("元"):
                unit = "元" if unit in ("元", "万元", "亿元") else unit
            out.append(Figure(f.start, f.end, f.text, float(f.value), unit, f.qualifier, f.kind))
            taken.append((f.start, f.end))
    for g in scan_figures(article):
        if not any(s < g.end and g.start < e for s, e in taken):
            out.append(g)
    out.sort(key=lambda g: g.start)
    return out


class ByStart:
    """Items sorted by ``.start`` (figures(), sentences()), looked up by position in O(log n).

    ``between(lo, hi)`` is ``[x for x in items if lo <= x.start < hi]``, in the same order: the
    checks look up the figures of each sentence without walking the whole page every time.
    """

    def __init__(self, items: Sequence) -> None:
        self.items = items
        self.starts = [x.start for x in items]

    def between(self, lo: int, hi: int) -> Sequence:
        return self.items[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def up_to(self, lo: int, hi: int) -> Sequence:
        """``[x for x in items if lo <= x.start <= hi]``."""
        return self.items[bisect_left(self.starts, lo) : bisect_right(self.starts, hi)]

    def containing(self, offset: int):
        """The item with ``start <= offset < end`` when items do not overlap (sentences), else None."""
        k = bisect_right(self.starts, offset) - 1
        if k >= 0 and offset < self.items[k].end:
            return self.items[k]
        return None


def fmt(v: float) -> str:
    if v >= 1e8 and (v / 1e8) == round(v / 1e8, 4):
        return f"{v / 1e8:g}亿"
    if v >= 1e4 and (v / 1e4) == round(v / 1e4, 4):
        return f"{v / 1e4:g}万"
    return f"{v:g}"


def iter_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    return pattern.finditer(text)


@functools.lru_cache(maxsize=8192)
def _readings(c: str) -> frozenset[str]:
    try:
        from pypinyin import Style, pinyin
    except ImportError:  # without pypinyin nothing sounds alike
        return frozenset()
    got = pinyin(c, style=Style.NORMAL, heteronym=True, errors="ignore")
    return frozenset(got[0]) if got else frozenset()


def sounds_alike(a: str, b: str) -> bool:
    """Two characters with a reading in common, tones ignored (沛 pèi / 培 péi)."""
    return bool(_readings(a) & _readings(b))
