"""Dates that cannot be (2月30日), weekdays that do not match their date, and an age that does
not match the year of birth."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence

from ..extraction.numbers import lexicon as lx
from ..model import Article, Fact, Finding, Kind, Severity
from . import check
from ._text import cn_to_int

_N = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_DATE = re.compile(
    rf"(?:(?P<y>\d{{4}}|[〇零一二三四五六七八九]{{4}})年)?(?P<m>{_N})月(?P<d>{_N}|[二三]十[一二三四五六七八九]?)日"
    r"(?:[(\uff08]?(?:星期|周|礼拜)(?P<w>[一二三四五六日天])[)\uff09]?)?"
)
_WEEKDAYS = "一二三四五六日"


def _int(s: str | None) -> int | None:
    if not s:
        return None
    return int(s) if s.isdigit() else cn_to_int(s)


def _page_year(article: Article, facts: Sequence[Fact]) -> int | None:
    for f in facts:
        if f.kind == Kind.DATE and f.date and f.date[:4].isdigit() and f.date_source in (None, "text"):
            return int(f.date[:4])
    m = re.search(r"(\d{4})年\d{1,2}月\d{1,2}日", article.text)
    return int(m.group(1)) if m else None


@check
def impossible_dates(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    text = article.text
    out = []
    year_default = _page_year(article, facts)
    for m in _DATE.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        y, mo, d = _int(m["y"]), _int(m["m"]), _int(m["d"])
        if mo is None or d is None:
            continue
        span = article.span(m.start(), m.end())
        if not 1 <= mo <= 12:
            out.append(Finding("impossible_date", Severity.HIGH, (span,), f"“{m.group(0)}”:没有{mo}月,日期有误。"))
            continue
        leap_year = y if y else 2024  # without a year, 2月29日 may be right
        last = calendar.monthrange(leap_year, mo)[1]
        if not 1 <= d <= last:
            why = f"{y}年{mo}月只有{last}天" if y else f"{mo}月最多{last}天"
            out.append(Finding("impossible_date", Severity.HIGH, (span,), f"“{m.group(0)}”:{why},日期不可能成立。"))
            continue
        if m["w"]:
            year = y or year_default
            if year is None:
                continue
            actual = dt.date(year, mo, d).weekday()
            stated = _WEEKDAYS.index("日" if m["w"] == "天" else m["w"])
            if actual != stated:
                assumed = "" if y else f"(按本版的{year}年计)"
                out.append(Finding(
                    "weekday_mismatch", Severity.HIGH, (span,),
                    f"{year}年{mo}月{d}日{assumed}是星期{_WEEKDAYS[actual]},文中写星期{m['w']}:日期或星期有一处错了。",
                ))
    return out


_MORNING, _EVENING = lx.MORNING, lx.AFTERNOON  # one reading of the parts of the day, the extractor's
_CLOCK = re.compile(
    r"(?P<pod>" + "|".join(sorted((*_MORNING, *_EVENING, "中午"), key=len, reverse=True)) + r")?"
    # 七八点 (seven or eight) is no 78 o'clock: a Chinese hour or minute is a numeral as read aloud
    r"(?<![\d.零一二两三四五六七八九十])(?P<h>\d{1,2}|(?:二十|十)[一二两三四五六七八九]?|[一二两三四五六七八九])"
    r"(?P<w>时|点)(?!期|代|候|节|令|刻|尚|髦|势|速)"
    r"(?:(?P<m>\d{1,3}|[一二三四五六七八九]?十[一二三四五六七八九]?|零?[一二三四五六七八九])分)?"
)


@check
def impossible_times(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """9时70分, 25时 (no such time), 上午14时 (the morning has no 14 o'clock), 下午15时 (two clocks
    at once: GB/T 15835 writes 15时 or 下午3时)."""
    text = article.text
    out = []
    for m in _CLOCK.finditer(text):
        pod, minutes = m["pod"], m["m"]
        if not (pod or minutes):
            continue  # 3点意见, 两点要求: without a part of the day or minutes it may be no time at all
        h, mi = _int(m["h"]), _int(minutes)
        if h is None or (minutes and mi is None):
            continue
        start = m.start("h") if not pod else m.start()
        span = article.span(start, m.end())
        said = m.group(0)[start - m.start() :]
        if h > 24 or (mi is not None and mi > 59) or (h == 24 and mi):
            out.append(Finding("impossible_time", Severity.HIGH, (span,), f"“{said}”:没有这个时刻,时间有误。"))
        elif pod in _MORNING and h > 12:
            out.append(Finding(
                "impossible_time", Severity.MEDIUM, (span,),
                f"“{said}”:{pod}没有{h}{m['w']},请核对是“下午{h - 12}{m['w']}”还是钟点写错了。",
            ))
        elif pod in _EVENING and 12 < h <= 24:
            rest = said[len(pod) + len(m["h"]) :]
            out.append(Finding(
                "impossible_time", Severity.LOW, (span,),
                f"“{said}”:12小时制的“{pod}”与24小时制的“{h}{rest}”同时使用,"
                f"应写“{h}{rest}”或“{pod}{h - 12}{rest}”。",
                "GB/T 15835-2011 出版物上数字用法(时分秒)",
            ))
    return out


# 1962年出生 / 生于1962年3月 and, in the same clause, the age now: 现年58岁, 今年已85岁, or an age
# standing alone in a profile (王某，男，58岁，…).  享年 and 时年 count from another year.
_BORN = re.compile(r"(?:生于(?P<a>\d{4})年|(?P<b>\d{4})年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:出生|生(?![产活日态效长命物肖成意气病])))")
_AGE_NOW = re.compile(
    r"(?:(?:现年|今年|年仅|年已|已经|已)+(?P<a>\d{1,3}|[一二三四五六七八九十]{1,3})岁"
    r"|(?<=[,，(\uff08])(?P<b>\d{1,3}|[一二三四五六七八九十]{1,3})岁(?=[,，)\uff09。;\uff1b]|$))"
)
_CLAUSE = re.compile(r"[^。!?;\uff01\uff1f\uff1b\n]+")


@check
def age_against_birth_year(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """王某，1965年出生，现年50岁 on a page dated 2023: the age is 57 or 58 (the birthday may not
    have come yet).  Only one birth year and one present age in a clause are compared, against
    the year of the page's own date."""
    year = _page_year(article, facts)
    if year is None:
        return []
    text = article.text
    out = []
    for clause in _CLAUSE.finditer(text):
        born = list(_BORN.finditer(text, clause.start(), clause.end()))
        ages = list(_AGE_NOW.finditer(text, clause.start(), clause.end()))
        if len(born) != 1 or len(ages) != 1:
            continue
        b, a = born[0], ages[0]
        birth = int(b["a"] or b["b"])
        age = _int(a["a"] or a["b"])
        if age is None or not 1800 < birth <= year:
            continue
        right = (year - birth - 1, year - birth)
        if age not in right:
            first, second = sorted((b, a), key=lambda m: m.start())
            out.append(Finding(
                "age_mismatch", Severity.MEDIUM,
                (article.span(first.start(), first.end()), article.span(second.start(), second.end())),
                f"{birth}年出生，到本版的{year}年应为{right[0]}或{right[1]}岁，文中写{age}岁：年龄与出生年份对不上。",
            ))
    return out
