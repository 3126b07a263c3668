"""Figures: MONEY, PERCENT, COUNT, MEASURE, DATE, TIME, TIME_SPAN, ORDINAL, SCORE.

    extract_numbers(text, default_year=None) -> list[Fact]

``text`` is the reading text (layout breaks repaired); the facts are in its offsets and
``fact.text == text[fact.start:fact.end]``.  Values are normalised (104.5亿元 -> 10450000000,
四分之一 -> PERCENT 25, 第十五届 -> 15), ranges carry ``value_max``, dates an ISO ``date``
(2023-12-30, 2021-11, 2024, or an interval a/b).  A date written without its year takes the
year of ``default_year`` (the page's date) or, failing that, of the page's dateline or the
year it writes most; ``date_source`` says which, so the editor can confirm it.  A time of day
carries its 24-hour clock in ``date`` (上午9时30分 -> 09:30, 下午3点 -> 15:00, 9时至11时 ->
09:00/11:00) and the part of the day as written.
"""

from __future__ import annotations

import re

from ...model import Fact
from .numerals import parse_chinese
from .scan import Scanner, resolve_dates

__all__ = ["extract_numbers", "parse_chinese"]


def extract_numbers(text: str, *, default_year: int | None = None) -> list[Fact]:
    """Every checkable figure of ``text``, in order, spans not overlapping."""
    if not text:
        return []
    found = Scanner(_JANUARY.sub("一月", text)).scan()
    return resolve_dates(text, found, default_year)


# 元月 is January (1998年元月1日, 元月2日): read as 一月, one character for one, so the spans stay.
# Not where 元 is money or part of a word: 3000元月薪, 单元月租金, 公元.
_JANUARY = re.compile(
    r"(?:(?<=年)|(?<![\u4e00-\u9fff0-9０-９.．]))元月"  # 1998年元月, （元月…
    r"|(?<![0-9０-９.．])元月(?=[0-9０-９一二三四五六七八九十]{1,3}[日号])"  # 北京元月2日电
)
