"""Span finding: every checkable figure of a text, as Facts in that text's offsets.

One left-to-right pass over the numeral runs of the text (Arabic or Chinese).  At each run the
readers are tried in turn (a date, a holiday, a fraction, an ordinal after 第, a quantity with its
measure word); the first that reads a figure takes the run and the pass goes on after it.  What
is left out on purpose: list markers (一是, 一、: no measure word), slogans and names (figures in
a short quotation, fixed names, 三番五次-like patterns), a lone 一 as the article "a" (一次, 一批),
relative dates (今年: no numeral).
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from ...model import Fact, Kind
from . import lexicon as lx
from .numerals import (
    CN_DIGITS,
    CN_NUMERAL_CHARS,
    arabic_value,
    ascii_digits,
    chinese_digit_string,
    chinese_value,
    parse_chinese,
    to_number,
)

_AR = r"[0-9０-９]{1,3}(?:,[0-9０-９]{3})+(?![0-9０-９])(?:[.．·][0-9０-９]+)?|[0-9０-９]+(?:[.．·][0-9０-９]+)?"
_CN = r"[〇零一二两三四五六七八九十百千万亿]+(?:点[〇零一二三四五六七八九]+[万亿]?)?"
NUMERAL = re.compile(f"(?P<ar>{_AR})|(?P<cn>{_CN})")

_Y = r"(?P<y>[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年(?P<yd>度)?"
_M = r"(?P<m>[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])月(?P<mf>份)?"
_D = r"(?P<d>[0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
DATE_YMD = re.compile(f"{_Y}(?:{_M}(?:{_D})?)?")
DATE_MD = re.compile(f"{_M}(?:{_D})?")
DATE_D = re.compile(_D)
DAY_ALONE = re.compile(r"(?P<d>[0-9０-９]{1,2})日")
MONTH_RANGE = re.compile(
    r"(?P<a>[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])[~～〜\-－—–至到](?P<b>[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])月(?!份?[0-9０-９一二三四五六七八九十]+[日号])"
)
YEAR_RANGE = re.compile(r"(?P<a>[0-9０-９]{4})[~～〜\-－—–至到](?P<b>[0-9０-９]{4})年")
MULTIPLIER = re.compile(r"万亿|亿|万")
_HAN_NOUN = re.compile(r"[\u4e00-\u9fff]")
_TWO_DIGITS = re.compile(r"[0-9０-９]{2}")  # the minutes of 9:30
_DENOMINATOR = re.compile(r"[0-9０-９]{1,3}")  # the 3 of 1/3
_SCORE = re.compile(r"(?P<a>[0-9０-９]{1,3})[∶:：](?P<b>[0-9０-９]{1,3})(?![0-9０-９:：∶])")
_SCORE_END = re.compile(r"[0-9０-９][∶:：][0-9０-９]{1,3}$")  # a score just before: 6∶2、 starts a list
# Around 21:19: the words of a score, and the words that make 9:30 a time.
_SCORE_LEAD = ("以", "打成", "战成")  # right before a score (and 比分 a little before)
_NOT_A_CLOCK_BEFORE = ("以", "比分", "比", "为", "打成", "战成")  # 比例为1:30 is no time either
_SCORE_AFTER = ("战胜", "击败", "负于", "告负", "取胜", "获胜", "大胜", "险胜", "力克", "拿下", "胜", "负", "的比分", "逼平",
                "战平", "打平", "结束比赛", "言和", "握手言和", "平局")
_TIME_BEFORE = ("于", "在", "从", "自", "至", "到", "—", "-", "~", "～", "、", "时间", "定于", "截至")
_TIME_AFTER = ("开始", "举行", "开幕", "闭幕", "召开", "出发", "起", "前", "后", "许", "左右", "至", "到", "—", "-", "~", "～", "，", ",", "。", "、", "；")
# After N号 these make it the number of a thing, not a day of the month: 3号楼, 5号线, 12号决议.
_NUMBERED_THINGS = frozenset("楼线院文令机车馆门站厅房室桥路街井舰议提决台卫码窗床位球队展仓库")
_PUNCT_AFTER_RANK = set("，,。；;、！!？?：:）)”’\n \u3000\0")
_ORDINAL_AFTER_CI = ("会议", "全会", "全体会议", "代表大会", "党代会", "常委会", "大会", "会")
_RELATIVE_YEARS = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
# A duration written in parts, as results and running times are: 2小时08分12秒, 4分06秒72, 10秒05,
# 1小时20分钟.  Hours, minutes, seconds (hundredths after 秒); two parts at least, or hundredths.
_D = r"[0-9０-９]{1,3}"
_DURATION = re.compile(
    rf"(?:(?P<h>{_D})小时)?(?:(?P<mi>{_D})分(?:钟)?)?(?:(?P<s>{_D}(?:[.．][0-9０-９]+)?)秒(?P<cs>[0-9０-９]{{2}}(?![0-9０-９]))?)?"
)
# A century, or a decade of one: 21世纪, 20世纪90年代, 二十世纪五十年代 (初/末 after it a qualifier).
_PERIOD = re.compile(
    r"(?P<c>[0-9０-９]{1,2}|二十一|二十|十[一二三四五六七八九]?|[一二三四五六七八九])世纪"
    r"(?:(?P<d>[1-9１-９][0０]|[一二三四五六七八九]十)年代)?"
)
_PERIOD_PART = ("上半叶", "下半叶", "中叶", "初期", "中期", "末期", "初", "末")
# A decade without its century: 八十年代, 80年代 (the 1980s; 20年代 could be the 1920s or the
# 2020s, so the decades of 00 to 20 get no years).
_DECADE = re.compile(r"(?P<d>[1-9１-９][0０]|[一二三四五六七八九]十)年代(?!表)")
# A length written in metres and centimetres: 2米35, 1米8 (a height, a jump).
_METRES = re.compile(r"(?P<m>[0-9０-９])米(?P<cm>[0-9０-９]{1,2})(?![0-9０-９.．%％])")
_AFTER_METRES = set("的，,。；;、）)”’\n \u3000左高长宽深以")


@dataclass
class _Date:
    """A date as read, before the page's year is known."""

    y: int | None = None
    m: int | None = None
    d: int | None = None
    year_offset: int | None = None  # 去年三月: the page's year - 1


@dataclass
class _Found:
    kind: Kind
    start: int
    end: int
    value: Decimal | None = None
    value_max: Decimal | None = None
    unit: str | None = None
    qualifier: str | None = None
    dates: tuple[_Date, ...] = ()
    part_of_day: str | None = None
    clock: str | None = None  # TIME: HH:MM, or an interval HH:MM/HH:MM
    score: str | None = None  # SCORE: N:M
    keep_in_quotes: bool = False
    single: bool = False  # the numeral is one Chinese character (for the 三番五次 test)
    period: bool = False  # DATE: a century or a decade, which says nothing of the page's year
    century_offset: int | None = None  # 上世纪80年代: -1, the century before the page's year's
    decade: int | None = None
    extra: list = field(default_factory=list)


def _cn_year(s: str) -> int | None:
    if s[0] in CN_DIGITS:
        return chinese_digit_string(s)
    return int(ascii_digits(s))


def _small(s: str | None) -> int | None:
    """A month or day: 12, １２, 十二, 三十一."""
    if s is None:
        return None
    if s[0] in CN_NUMERAL_CHARS:
        return chinese_value(s)
    return int(ascii_digits(s))


class Scanner:
    def __init__(self, text: str):
        self.text = text
        self.n = len(text)
        self.quotes = _short_quotes(text)
        self.quote_starts = [q[0] for q in self.quotes]
        self.fixed = _fixed_name_spans(text)
        self.fixed_starts = [f[0] for f in self.fixed]

    # ---- helpers -------------------------------------------------------------------------------
    def at(self, i: int) -> str:
        """The character at i; NUL outside the text (never a member of any character class here)."""
        return self.text[i] if 0 <= i < self.n else "\0"

    def startswith(self, word: str, i: int) -> bool:
        return self.text.startswith(word, i)

    def ends_with(self, word: str, i: int) -> bool:
        """Does the text just before offset i read ``word``?"""
        return i >= len(word) and self.text.startswith(word, i - len(word))

    def unit_at(self, i: int) -> str | None:
        if self.at(i) not in lx.UNIT_FIRST_CHARS:
            return None
        for u in lx.UNITS_BY_LENGTH:
            if self.text.startswith(u, i):
                veto = lx.UNIT_VETO_NEXT.get(u)
                if veto and self.at(i + len(u)) in veto:
                    continue
                return u
        return None

    def part_of_day_before(self, s: int) -> str | None:
        """上午, 当晚 … written right before offset s (the longest), or None."""
        return next((p for p in lx.PARTS_OF_DAY if self.ends_with(p, s)), None)

    def qualifier_before(self, s: int) -> str | None:
        for q in lx.QUALIFIERS_BEFORE:
            if self.ends_with(q, s):
                before = self.at(s - len(q) - 1)
                if q == "近" and before in "最附临接将":
                    continue
                if q == "约" and before in "签预合节制公条契邀相大":
                    continue
                if q == "超" and before in "赶高":
                    continue
                return q
        return None

    def qualifier_around(self, s: int, e: int) -> str | None:
        """The qualifiers written before and after a figure at [s, e) (近2小时, 约1/3), joined."""
        return self.combine(self.qualifier_before(s), None, self.qualifier_after(e))

    def qualifier_after(self, e: int) -> str | None:
        for q in lx.QUALIFIERS_AFTER:
            if self.startswith(q, e):
                return q
        return None

    def in_quote(self, s: int, e: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.quote_starts, s) - 1
        while i >= 0:
            qs, qe = self.quotes[i]
            if qs < s and e <= qe:
                return qs, qe
            if s - qs > 40:
                break
            i -= 1
        return None

    def in_fixed_name(self, s: int, e: int) -> bool:
        i = bisect.bisect_right(self.fixed_starts, e) - 1
        while i >= 0:
            fs, fe = self.fixed[i]
            if fs < e and s < fe:
                return True
            if e - fs > 12:
                break
            i -= 1
        return False

    # ---- the pass -------------------------------------------------------------------------------
    def scan(self) -> list[_Found]:
        found: list[_Found] = []
        pos = 0
        for m in NUMERAL.finditer(self.text):
            if m.start() < pos:
                continue
            m = self.without_unit_head(m)
            f = self.read_at(m)
            if f is None or not self.acceptable(f, m):
                continue
            found.append(f)
            pos = f.end
        return found

    def without_unit_head(self, m: re.Match) -> re.Match:
        """四十五亿千瓦时: the numeral run took the 千 of 千瓦时 and reads as no number; without it, it does."""
        raw = m.group("cn")
        if raw and len(raw) > 1 and raw[-1] in "千百" and parse_chinese(raw) is None and self.unit_at(m.end() - 1):
            shorter = NUMERAL.match(self.text, m.start(), m.end() - 1)
            if shorter is not None:
                return shorter
        return m

    def read_at(self, m: re.Match) -> _Found | None:
        s = m.start()
        before = self.at(s - 1)
        if before == "第":
            return self.read_ordinal(m)
        if m.group("ar") and (before.isascii() and before.isalpha() or before in ".．/／" or self.ends_with("’", s) or self.ends_with("'", s)):
            return None  # G20, COVID-19, version 2.0.1, ’98: names and shorthand, not figures
        for reader in (self.read_date, self.read_period, self.read_decade, self.read_score, self.read_duration,
                       self.read_metres, self.read_time, self.read_holiday, self.read_fraction, self.read_quantity):
            f = reader(m)
            if f is not None:
                return f
        return None

    def acceptable(self, f: _Found, m: re.Match) -> bool:
        if self.in_fixed_name(f.start, f.end):
            return False
        q = self.in_quote(f.start, f.end)
        if q is not None and not f.keep_in_quotes:
            if not (f.kind is Kind.DATE and f.dates and f.dates[0].y is not None):
                if not self.enumerated_before(q[0], f.value):
                    return False
        if f.single and self.patterned(m.start()):
            return False
        return True

    def patterned(self, i: int) -> bool:
        """三番五次, 接二连三, 六查一打: two lone Chinese numerals one character apart, that character
        not a measure word."""
        for j, between in ((i + 2, i + 1), (i - 2, i - 1)):
            if self.lone_cn_numeral(j) and not self.is_measure_char(between):
                return True
        return False

    def lone_cn_numeral(self, j: int) -> bool:
        return (
            self.at(j) in CN_DIGITS
            and self.at(j - 1) not in CN_NUMERAL_CHARS
            and self.at(j + 1) not in CN_NUMERAL_CHARS
            and self.at(j) not in "〇零"
        )

    def is_measure_char(self, j: int) -> bool:
        return self.unit_at(j) is not None or self.at(j) in "届次中大"

    def enumerated_before(self, quote_start: int, value: Decimal | None) -> bool:
        """A quoted count that counts the list right before it: A、B、C“三件大事”."""
        if value is None:
            return False
        i = quote_start - 1
        items = 1
        while i >= 0 and self.text[i] not in "，,。；;：:！!？?\n":
            if self.text[i] == "、":
                items += 1
            i -= 1
        return items >= 2 and Decimal(items) == value

    # ---- readers ----------------------------------------------------------------------------------
    def read_date(self, m: re.Match) -> _Found | None:
        s = m.start()
        text = self.text
        yr = YEAR_RANGE.match(text, s)
        if yr:
            a, b = int(ascii_digits(yr["a"])), int(ascii_digits(yr["b"]))
            if 1000 <= a < b <= 2199:
                return self.finish_date(s, yr.end(), (_Date(a), _Date(b)))
        mr = MONTH_RANGE.match(text, s)
        if mr:
            a, b = _small(mr["a"]), _small(mr["b"])
            if a and b and 1 <= a < b <= 12:
                d1, d2 = _Date(None, a), _Date(None, b)
                for word, off in _RELATIVE_YEARS.items():
                    if self.ends_with(word, s):
                        d1.year_offset = d2.year_offset = off
                return self.finish_date(s, mr.end(), (d1, d2))
        dm = DATE_YMD.match(text, s)
        if dm:
            y = _cn_year(dm["y"])
            if y is None or not 1000 <= y <= 2199 or (dm["y"][0] not in CN_DIGITS and self.year_is_span(s, dm)):
                dm = None
        if dm is None:
            dm = DATE_MD.match(text, s)
            if dm is None:
                dm = self.day_alone(s)
                if dm is None:
                    return None
        first = self.date_of(dm, s)
        if first is None:
            return None
        e = dm.end()
        dates: tuple[_Date, ...] = (first,)
        if self.at(e) in lx.RANGE_SEPARATORS:
            second = self.second_date(e + 1, first)
            if second is not None:
                d2, e2 = second
                dates = (first, d2)
                e = e2
        if len(dates) == 1 and first.y is not None and first.m is None:
            # 2023年“七一”: the year and the holiday it names
            o = self.at(e)
            if o in lx.OPEN_QUOTES:
                for name, (hm, hd) in lx.HOLIDAYS.items():
                    close = e + 1 + len(name)
                    if self.startswith(name, e + 1) and self.at(close) == lx.OPEN_QUOTES[o]:
                        dates = (_Date(first.y, hm, hd),)
                        e = close + 1
                        break
        return self.finish_date(s, e, dates)

    def year_is_span(self, s: int, dm: re.Match) -> bool:
        """近2000年, 2000多年来: a four-digit number of years, not a year."""
        if self.qualifier_before(s) in ("近", "约", "逾", "超过", "将近", "接近", "大约", "连续"):
            return True
        return dm["m"] is None and self.startswith("来", dm.end()) or self.startswith("之久", dm.end())

    def day_alone(self, s: int) -> re.Match | None:
        dm = DAY_ALONE.match(self.text, s)
        if dm is None:
            return None
        if self.startswith("元", dm.end()) and not self.startswith("元旦", dm.end()):
            return None  # 100日元
        return dm

    def date_of(self, dm: re.Match, s: int) -> _Date | None:
        gd = dm.groupdict()
        y = _cn_year(gd["y"]) if gd.get("y") else None
        mo = _small(gd.get("m"))
        d = _small(gd.get("d"))
        if mo is not None and not 1 <= mo <= 12:
            return None
        if d is not None and not 1 <= d <= 31:
            return None
        date = _Date(y, mo, d)
        if y is None:
            for word, off in _RELATIVE_YEARS.items():
                if self.ends_with(word, s):
                    date.year_offset = off
                    break
        return date

    def second_date(self, i: int, first: _Date) -> tuple[_Date, int] | None:
        for rx in (DATE_YMD, DATE_MD, DATE_D):
            dm = rx.match(self.text, i)
            if dm is None:
                continue
            d2 = self.date_of(dm, i)
            if d2 is None:
                continue
            if rx is DATE_YMD and d2.y is not None and first.y is not None and first.m is None and d2.m is None:
                return d2, dm.end()
            if rx is DATE_YMD and (first.m is None) != (d2.m is None):
                continue
            if rx is DATE_MD and first.m is None:
                continue
            if rx is DATE_D and first.d is None:
                continue
            if d2.y is None:
                d2.y, d2.year_offset = first.y, first.year_offset
            if d2.m is None:
                d2.m = first.m
            return d2, dm.end()
        return None

    def finish_date(self, s: int, e: int, dates: tuple[_Date, ...]) -> _Found:
        f = _Found(Kind.DATE, s, e, dates=dates)
        if self.startswith("度", e) and dates[-1].m is None and not self.startswith("度电", e):
            f.end = e = e + 1
        for p in lx.PARTS_OF_DAY:
            if self.startswith(p, e):
                f.part_of_day = p
                break
        q = self.qualifier_after(e)
        if q in ("以来", "以前", "前后"):
            f.qualifier = q
        return f

    def read_score(self, m: re.Match) -> _Found | None:
        """以81∶72战胜, 比分为25:23, 2:1力克; 以6∶2、5∶7和7∶5 (each set of a list after a score)."""
        s = m.start()
        sm = _SCORE.match(self.text, s)
        if sm is None or m.group("ar") is None:
            return None
        before, after = self.text[max(0, s - 4) : s], self.text[sm.end() : sm.end() + 3]
        listed = self.text[s - 1 : s] in ("、", "和") and _SCORE_END.search(self.text, max(0, s - 12), s - 1) is not None
        if not (listed or before.endswith(_SCORE_LEAD) or "比分" in before or after.startswith(_SCORE_AFTER)):
            return None  # 比例为1∶3, 比例尺1:500, 由4∶3到16∶9: ratios
        a, b = int(ascii_digits(sm["a"])), int(ascii_digits(sm["b"]))
        if a > 200 or b > 200 or after.startswith(("的比", "比例")):
            return None  # 以1∶500的比例: a scale
        return _Found(Kind.SCORE, s, sm.end(), score=f"{a}:{b}")

    def read_period(self, m: re.Match) -> _Found | None:
        """21世纪 (2001/2100), 20世纪90年代 (1990/1999): a period, its first and last year."""
        pm = _PERIOD.match(self.text, m.start())
        if pm is None or pm.end("c") != m.end():
            return None
        century = self.number_value(pm["c"])
        if century is None or not 1 <= century <= 21 or century != century.to_integral_value():
            return None
        c = int(century)
        if pm["d"] is not None:
            decade = self.number_value(pm["d"])
            first = (c - 1) * 100 + int(decade)
            last = first + 9
        else:
            first, last = (c - 1) * 100 + 1, c * 100
        return self.period_found(m.start(), pm.end(), (_Date(first), _Date(last)))

    def read_decade(self, m: re.Match) -> _Found | None:
        """八十年代, 80年代中期: the 1980s (the decades of the 1930s to the 1990s; 20年代 has no years).
        上世纪80年代, 本世纪20年代: a decade of the century before the page's year, or of its own."""
        dm = _DECADE.match(self.text, m.start())
        if dm is None or dm.end("d") != m.end():
            return None
        decade = int(self.number_value(dm["d"]))
        for word, offset in (("上世纪", -1), ("本世纪", 0), ("上个世纪", -1)):
            if self.ends_with(word, m.start()):
                f = self.period_found(m.start() - len(word), dm.end(), ())
                f.century_offset, f.decade = offset, decade
                return f
        if self.ends_with("世纪", m.start()):
            return None
        dates = (_Date(1900 + decade), _Date(1909 + decade)) if decade >= 30 else ()
        return self.period_found(m.start(), dm.end(), dates)

    def period_found(self, s: int, e: int, dates: tuple[_Date, ...]) -> _Found:
        f = _Found(Kind.DATE, s, e, dates=dates, period=True)
        part = next((w for w in _PERIOD_PART if self.startswith(w, e)), None)
        f.qualifier = part or self.combine(self.qualifier_before(s), None, None)
        return f

    def read_duration(self, m: re.Match) -> _Found | None:
        """2小时08分12秒 (7692 seconds), 4分06秒72 (246.72), 10秒05, 1小时20分钟 (80 minutes): one
        duration in the smallest unit written, not a figure for each part."""
        dm = _DURATION.match(self.text, m.start())
        if dm is None or m.group("ar") is None or dm.end() == m.start():
            return None
        h, mi, sec, cs = (dm.group(k) for k in ("h", "mi", "s", "cs"))
        if sum(x is not None for x in (h, mi, sec)) < 2 and cs is None:
            return None  # 90分钟, 12秒: a quantity read as ever
        value = Decimal(0)
        for part, seconds in ((h, 3600), (mi, 60)):
            if part is not None:
                value += Decimal(ascii_digits(part)) * seconds
        if sec is not None:
            value += Decimal(ascii_digits(sec))
            if cs is not None:
                value += Decimal(ascii_digits(cs)) / 100
            unit = "秒"
        else:
            value, unit = value / 60, "分钟"  # 1小时20分钟, 1小时20分: 80 minutes
        f = _Found(Kind.TIME_SPAN, m.start(), dm.end(), value=value, unit=unit)
        f.qualifier = self.qualifier_around(m.start(), dm.end())
        return f

    def read_metres(self, m: re.Match) -> _Found | None:
        """2米35, 1米8: a height or a jump in metres and centimetres, 2.35 and 1.8 metres."""
        mm = _METRES.match(self.text, m.start())
        if mm is None or m.group("ar") is None or m.end() != mm.start("m") + 1:
            return None
        if self.at(mm.end()) not in _AFTER_METRES and mm.end() < len(self.text):
            return None  # 400米2圈: a count follows
        value = Decimal(f"{ascii_digits(mm['m'])}.{ascii_digits(mm['cm'])}")
        f = _Found(Kind.MEASURE, m.start(), mm.end(), value=value, unit="米")
        f.qualifier = self.qualifier_around(m.start(), mm.end())
        return f

    def read_time(self, m: re.Match) -> _Found | None:
        """A time of day: 9时30分, 上午九时二十分, 下午3点半, 20时许, 9:30; 9时至11时 as one interval.
        The part of the day written before it (上午, 晚上) gives the 24-hour clock."""
        got = self.clock_at(m)
        if got is None:
            return None
        s = m.start()
        e, h, mi = got
        pod = self.part_of_day_before(s)
        h = _twenty_four(h, pod)
        if h is None:
            return None
        clock = f"{h:02d}:{mi:02d}"
        if self.at(e - 1) == "分":  # 9时30分15秒: the seconds belong to the time
            sm = NUMERAL.match(self.text, e)
            sec = self.number_value(sm.group()) if sm is not None and self.at(sm.end()) == "秒" else None
            if sec is not None and sec == sec.to_integral_value() and sec < 60:
                e, clock = sm.end() + 1, f"{clock}:{int(sec):02d}"
        if self.at(e) in lx.RANGE_SEPARATORS:
            m2 = NUMERAL.match(self.text, e + 1)
            got2 = self.clock_at(m2, in_range=True) if m2 is not None else None
            if got2 is not None:
                h2 = _twenty_four(got2[1], pod)
                if h2 is not None and (h2, got2[2]) > (h, mi):
                    e = got2[0]
                    clock += f"/{h2:02d}:{got2[2]:02d}"
        f = _Found(Kind.TIME, s, e, clock=clock, part_of_day=pod)
        if self.at(e) == "许":
            f.qualifier = "许"  # 20时许: about
        else:
            f.qualifier = self.qualifier_around(s, e)
        return f

    def clock_at(self, m: re.Match, in_range: bool = False) -> tuple[int, int, int] | None:
        """(end, hour, minute) of a clock time starting at numeral run ``m``, or None.  ``in_range``:
        the second end of 8点至10点, which the first end has shown to be a time."""
        s, e = m.start(), m.end()
        raw = m.group()
        if m.group("ar") and self.at(e) in ":：":
            mm = _TWO_DIGITS.match(self.text, e + 1)
            if mm is None or self.at(mm.end()) in ":：0123456789０１２３４５６７８９" or self.at(s - 1) in ":：":
                return None
            h, mi = arabic_value(raw), arabic_value(mm.group())
            if h is None or mi is None or h > 24 or mi > 59 or "." in raw or "．" in raw:
                return None
            # 以21:19战胜, 比分为25:23: a score, not a time; 9:30 needs a part of the day or a word of time
            before, after = self.text[max(0, s - 3) : s], self.text[mm.end() : mm.end() + 2]
            if any(w in before for w in _NOT_A_CLOCK_BEFORE) or after.startswith(_SCORE_AFTER):
                return None
            timed = in_range or self.part_of_day_before(s) is not None or any(self.ends_with(w, s) for w in _TIME_BEFORE)
            if not (timed or after.startswith(_TIME_AFTER)):
                return None
            return mm.end(), int(h), int(mi)
        word = "时" if self.at(e) == "时" else "点" if self.at(e) == "点" else None
        if word is None:
            return None
        h = self.number_value(raw)
        if h is None or h != h.to_integral_value() or h > 24:
            return None
        p = e + 1
        if word == "点" and self.at(p) == "钟":
            p += 1
        mi = 0
        minutes = False
        if self.at(p) == "半":
            mi, p, minutes = 30, p + 1, True
        else:
            mm = NUMERAL.match(self.text, p)
            if mm is not None and self.at(mm.end()) == "分":
                v = self.number_value(mm.group())
                if v is not None and v == v.to_integral_value() and v < 60:
                    mi, p, minutes = int(v), mm.end() + 1, True
        daytime = in_range or self.part_of_day_before(s) is not None
        if word == "时":
            if self.at(e + 1) in "期代候节令刻装尚髦势事速" and not minutes:
                return None  # 四时八节, 一时期: not o'clock
            if raw == "一" and not (daytime or minutes):
                return None  # 一时难以: "for a while"
        elif not (daytime or minutes or self.at(e + 1) in "钟整许"):
            return None  # 3点意见: points of a list, not o'clock
        if word == "点" and self.at(p) == "整":
            p += 1
        return p, int(h), mi

    def read_holiday(self, m: re.Match) -> _Found | None:
        name = m.group("cn")
        if not name or name not in lx.HOLIDAYS:
            return None
        s, e = m.start(), m.end()
        o = self.at(s - 1)
        quoted = o in lx.OPEN_QUOTES and self.at(e) == lx.OPEN_QUOTES[o]
        if not quoted and not any(self.startswith(w, e) for w in lx.HOLIDAY_NEXT):
            return None
        hm, hd = lx.HOLIDAYS[name]
        f = _Found(Kind.DATE, s, e, dates=(_Date(None, hm, hd),), keep_in_quotes=True)
        return f

    def read_fraction(self, m: re.Match) -> _Found | None:
        s, e = m.start(), m.end()
        if m.group("ar") and self.at(e) in "/／":
            return self.read_slash_fraction(m)
        if not self.startswith("分之", e):
            return None
        den = self.number_value(m.group())
        n2 = NUMERAL.match(self.text, e + 2)
        if den is None or n2 is None or den == 0:
            return None
        num = self.number_value(n2.group())
        if num is None:
            return None
        value = (num / den * 100).quantize(Decimal("0.01")).normalize()
        f = _Found(Kind.PERCENT, s, n2.end(), value=value, unit="%")
        f.qualifier = self.qualifier_around(s, n2.end())
        return f

    def read_slash_fraction(self, m: re.Match) -> _Found | None:
        """约1/3, ２／３的行政人员: a proper fraction with a small denominator is a share (a percentage).
        5600/6000盾 (a pair of rates) and 2024/1/3 (a date) are not."""
        s, e = m.start(), m.end()
        n2 = _DENOMINATOR.match(self.text, e + 1)
        if n2 is None or self.at(n2.end()) in "/／.．·0123456789０１２３４５６７８９" or self.at(s - 1) in "/／":
            return None
        num, den = arabic_value(m.group()), arabic_value(n2.group())
        if num is None or den is None or not 0 < num < den <= 100 or num != num.to_integral_value():
            return None
        value = (num / den * 100).quantize(Decimal("0.01")).normalize()
        f = _Found(Kind.PERCENT, s, n2.end(), value=value, unit="%")
        f.qualifier = self.qualifier_around(s, n2.end())
        return f

    def number_value(self, s: str) -> Decimal | None:
        """A single number (no range): 四, 百 (in 百分之), 1000."""
        if s in ("十", "百", "千", "万"):
            return Decimal({"十": 10, "百": 100, "千": 1000, "万": 10000}[s])
        if s[0] in CN_NUMERAL_CHARS:
            r = parse_chinese(s)
            return r[0] if r and r[1] is None else None
        return arabic_value(s)

    def read_ordinal(self, m: re.Match) -> _Found | None:
        s, e = m.start() - 1, m.end()
        v = self.number_value(m.group())
        if v is None or v != v.to_integral_value():
            return None
        unit = self.unit_at(e)
        if unit == "天" and v == 2:
            return None  # 第二天: the next day
        if unit is not None:
            kind, stored = lx.UNITS[unit]
            stored = unit if kind is Kind.TIME_SPAN else stored
            return _Found(Kind.ORDINAL, s, e + len(unit), value=v, unit=stored)
        if self.at(e) in _PUNCT_AFTER_RANK and self.at(s - 1) not in _PUNCT_AFTER_RANK and self.at(s - 1) not in "“‘#*":
            # 全市第一: a rank; 第一，…: a list marker, left out
            return _Found(Kind.ORDINAL, s, e, value=v, unit="名")
        return None

    def read_quantity(self, m: re.Match) -> _Found | None:
        s = m.start()
        raw = m.group()
        is_cn = m.group("cn") is not None
        inner: str | None = None
        if is_cn and raw[0] in "十百千万" and self.at(s - 1) in "几数":
            return None  # 几十元, 数百人: no figure to check
        if raw in ("零", "〇"):
            return None  # 零件, 零售, 零增长
        if is_cn:
            parsed = parse_chinese(raw)
            if parsed is None:
                # 百余名, 千余人: a bare 百/千/万 needs 余 or 多 after it
                if raw in ("百", "千", "万") and self.at(m.end()) in lx.INNER_QUALIFIERS:
                    parsed = (self.number_value(raw), None)
                else:
                    return None
            v, vmax = parsed
        else:
            v, vmax = arabic_value(raw), None
            if v is None:
                return None
            if self.at(m.end()).isascii() and self.at(m.end()).isalpha():
                return None  # 5G, 3D
        p = m.end()
        p, v, vmax, inner, mult = self.multiplied(p, v, vmax, inner, allow_mult=True)
        # a range: 1~2个, 9亿~16亿元, 9~16亿元, 三至五年, 20%~30%
        unit_first = self.unit_at(p)
        sep_at = p + (len(unit_first) if unit_first else 0)
        if self.at(sep_at) not in lx.RANGE_SEPARATORS:
            sep_at = p
        if vmax is None and self.at(sep_at) in lx.RANGE_SEPARATORS:
            r = self.range_end(sep_at + 1, is_cn, self.at(sep_at))
            if r is not None:
                p2, v2, mult2, inner2 = r
                if mult2 and not mult:
                    v = v * mult2
                if v2 > v:
                    unit2 = self.unit_at(p2)
                    if sep_at == p or unit2 == unit_first:
                        vmax, p = v2, p2
                        inner = inner or inner2
        unit = self.unit_at(p)
        f: _Found | None = None
        if unit is not None:
            f = self.with_unit(s, p, unit, v, vmax, raw, is_cn)
        elif is_cn and self.at(p) == "大":
            f = self.read_da(s, p, v, vmax, raw)
        elif is_cn and self.at(p) == "成" and vmax is None and raw != "一" and self.at(p + 1) not in "立员果功交就本长熟型绩品效分都龙":
            f = _Found(Kind.PERCENT, s, p + 1, value=v * 10, unit="%")  # 七成 = 70%
        elif not is_cn and mult:
            f = _Found(Kind.COUNT, s, p, value=v, value_max=vmax)  # 13.5万多: a figure without a noun
        elif is_cn and vmax is None and v >= 10000 and raw[0] in "一二两三四五六七八九" and MULTIPLIER.search(raw):
            f = _Found(Kind.COUNT, s, p, value=v)  # 上网人数六十万, 税收九百四十亿: a figure without a noun
        elif not is_cn and vmax is None and self.at(p) in "多余" and _HAN_NOUN.match(self.at(p + 1)):
            f = _Found(Kind.COUNT, s, p, value=v)  # 2000多传媒人士: 多 is the qualifier, outside the span
        if f is None:
            return None
        f.single = is_cn and len(raw) == 1 and f.value_max is None
        pre = self.qualifier_before(s)
        post = self.qualifier_after(f.end)
        if f.extra and f.extra[0][0] == "inner":
            inner = f.extra.pop()[1]
        if post is None and f.kind is Kind.TIME_SPAN and self.at(f.end) in lx.INNER_QUALIFIERS and self.at(f.end + 1) != "数":
            post = self.at(f.end)  # 5年多
        if post is None and f.kind is Kind.COUNT and f.unit is None and self.at(f.end) in "多余":
            post = self.at(f.end)
        if f.kind is Kind.COUNT and f.unit == "车道" and pre is None and self.ends_with("双向", s):
            pre = "双向"
        f.qualifier = self.combine(pre, inner, post)
        return f

    def multiplied(self, p, v, vmax, inner, *, allow_mult):
        mult = None
        if self.at(p) in lx.INNER_QUALIFIERS and (self.unit_at(p + 1) or MULTIPLIER.match(self.text, p + 1)):
            inner, p = self.at(p), p + 1
        mm = MULTIPLIER.match(self.text, p) if allow_mult else None
        if mm:
            mult = Decimal(10**8 if mm.group() == "亿" else 10**4 if mm.group() == "万" else 10**12)
            v = v * mult
            vmax = vmax * mult if vmax is not None else None
            p = mm.end()
            if mm.group() == "亿":
                # 5亿3000万元
                nm = NUMERAL.match(self.text, p)
                if nm and nm.group("ar") and self.startswith("万", nm.end()):
                    extra = arabic_value(nm.group())
                    if extra is not None and extra < 10000:
                        v += extra * 10**4
                        p = nm.end() + 1
            if self.at(p) in lx.INNER_QUALIFIERS and inner is None:
                inner, p = self.at(p), p + 1
        return p, v, vmax, inner, mult

    def range_end(self, i: int, is_cn: bool, sep: str):
        nm = NUMERAL.match(self.text, i)
        if nm is None or (nm.group("cn") is not None) != is_cn:
            return None
        if sep in "-－" and is_cn:
            return None
        raw = nm.group()
        if is_cn:
            parsed = parse_chinese(raw)
            if parsed is None or parsed[1] is not None:
                return None
            v2 = parsed[0]
        else:
            v2 = arabic_value(raw)
            if v2 is None:
                return None
        p, v2, _vmax, inner, mult = self.multiplied(nm.end(), v2, None, None, allow_mult=True)
        return p, v2, mult, inner

    def with_unit(self, s: int, p: int, unit: str, v, vmax, raw: str, is_cn: bool) -> _Found | None:
        kind, stored = lx.UNITS[unit]
        e = p + len(unit)
        lone_one = raw == "一"
        if unit == "号" and v <= 31 and self.at(e) not in _NUMBERED_THINGS:
            return None  # 5号开会 is a day of the month; 3号楼, 12号决议, 986号 are numbers
        if kind is Kind.ORDINAL:
            if unit == "届" and any(self.ends_with(w, s) for w in lx.ORDINAL_AS_COUNT_BEFORE):
                kind = Kind.COUNT
            if lone_one and unit == "届" and self.at(s - 1) in "新上下本每同历这那该":
                return None  # 新一届: the next term, not the first
            return _Found(kind, s, e, value=v, value_max=vmax, unit=stored)
        if unit == "次" and (self.at(s - 1) == "届" or not lone_one and any(self.startswith(w, e) for w in _ORDINAL_AFTER_CI)):
            return _Found(Kind.ORDINAL, s, e, value=v, unit="次")  # 十一届六次全会, 四次会议
        if lone_one:
            return None  # 一次, 一批, 一个: the article, not a count
        if unit == "点" and not self.index_points(s, v, raw):
            return None  # 下午3点, 3点意见: a time or a list, not points on an index
        if unit == "角" and is_cn and not self.ends_with("元", s):
            return None  # 三角洲, 八角亭; 1元3角 and 5角 are money
        if unit == "度" and is_cn:
            return None  # 三度夺冠: three times; degrees are written in digits (零下5度)
        if kind is Kind.TIME_SPAN and unit == "年":
            if any(self.startswith(w, e) for w in lx.YEAR_NAME_NEXT):
                return None  # 三年行动: a campaign's name
            if is_cn and chinese_digit_string(raw) is not None and vmax is None:
                return None  # 二〇二四年 reads as a date or not at all
        if len(unit) >= 3 and unit[0] == "个" and unit[1] in lx.INNER_QUALIFIERS:
            f = _Found(kind, s, e, value=v, value_max=vmax, unit=stored)
            f.extra.append(("inner", unit[1]))  # 三个多月
            return f
        if kind is Kind.PERCENT and unit == "‰":
            return _Found(kind, s, e, value=v, value_max=vmax, unit="‰")
        return _Found(kind, s, e, value=v, value_max=vmax, unit=stored)

    def index_points(self, s: int, v, raw: str) -> bool:
        """狂跌554.26点, 上涨200点: points on an index need a decimal or a number no clock shows,
        and no part of the day before them."""
        if self.part_of_day_before(s) is not None:
            return False
        return any(c in raw for c in ".．·") or v >= 25

    def read_da(self, s: int, p: int, v, vmax, raw: str) -> _Found | None:
        """X大: 党的二十大 (a congress, the n-th), 三大主导产业 (a count of the noun after it)."""
        if vmax is not None:
            return None
        e = p + 1
        if self.ends_with("党的", s) or any(self.startswith(w, e) for w in lx.CONGRESS_NEXT):
            if raw == "一" and not self.ends_with("党的", s):
                return None
            return _Found(Kind.ORDINAL, s, e, value=v, unit="次", keep_in_quotes=True)
        if raw == "一":
            return None
        j = e
        while j < self.n and j - e < 6 and self.text[j] not in lx.NOUN_STOP and self.text[j] not in CN_NUMERAL_CHARS:
            j += 1
        noun = self.text[e:j]
        if len(noun) < 1 or j - e >= 6:
            noun = noun[:4] if len(noun) >= 2 else noun
        if not noun:
            return None
        return _Found(Kind.COUNT, s, e, value=v, unit=noun, keep_in_quotes=True)

    @staticmethod
    def combine(pre: str | None, inner: str | None, post: str | None) -> str | None:
        parts = [q for q in (pre, inner, post) if q]
        return "…".join(parts) if parts else None


def _short_quotes(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of quotations short enough to be a name or slogan: “4433”, “两个确立”.

    A long quotation (speech) is not listed: figures in it are facts.
    """
    out = []
    for opener, closer in lx.OPEN_QUOTES.items():
        start = 0
        while True:
            i = text.find(opener, start)
            if i < 0:
                break
            limit = 30 if opener == "《" else 15
            j = text.find(closer, i + 1, i + 2 + limit)
            start = i + 1
            if j < 0:
                continue
            inner = text[i + 1 : j]
            if len(inner) <= limit and "\n" not in inner and not (lx.SENTENCE_PUNCT & set(inner)):
                out.append((i, j))
    for i, j in _ascii_quotes(text):
        out.append((i, j))
    out.sort()
    return out


def _ascii_quotes(text: str) -> list[tuple[int, int]]:
    out = []
    for line_start, line in _lines(text):
        idx = [k for k, ch in enumerate(line) if ch == '"']
        for a, b in zip(idx[::2], idx[1::2]):
            inner = line[a + 1 : b]
            if len(inner) <= 15 and not (lx.SENTENCE_PUNCT & set(inner)):
                out.append((line_start + a, line_start + b))
    return out


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


_FIXED = re.compile("|".join(sorted(map(re.escape, lx.FIXED_NAMES), key=len, reverse=True)))


def _fixed_name_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _FIXED.finditer(text)]


# ---- dates: the page's year ------------------------------------------------------------------------

_BYLINE_BEFORE = re.compile(r"(?:本报讯|本报[^\s，。]{0,8}电|新华社[^\s，。]{0,8}电)[ \u3000]*(?:[(（][^()（）\n]{0,40}[)）])?[ \u3000]*$")


def page_year(text: str, found: list[_Found]) -> tuple[int | None, str | None]:
    """The year a date without one belongs to: the dateline's, else the year the page writes most."""
    years: Counter[int] = Counter()
    for f in found:
        if f.kind is not Kind.DATE or f.period:
            continue
        first = f.dates[0]
        if first.y is not None and first.m is not None and first.d is not None:
            if _BYLINE_BEFORE.search(text, max(0, f.start - 60), f.start):
                return first.y, "dateline"
        for d in f.dates:
            if d.y is not None:
                years[d.y] += 1
    if not years:
        return None, None
    best = max(years.items(), key=lambda kv: (kv[1], kv[0]))
    return best[0], "context"


def iso(d: _Date) -> tuple[str | None, bool]:
    """ISO text of a date, and whether it names a real day (2月30日 does not)."""
    if d.y is None:
        return None, True
    if d.m is None:
        return f"{d.y:04d}", True
    if d.d is None:
        return f"{d.y:04d}-{d.m:02d}", True
    if d.d > calendar.monthrange(d.y, d.m)[1]:
        return None, False
    return f"{d.y:04d}-{d.m:02d}-{d.d:02d}", True


def resolve_dates(text: str, found: list[_Found], default_year: int | None) -> list[Fact]:
    """Facts from what the pass found, each date given the year (and month) it leaves out."""
    if default_year is not None:
        year, source = default_year, "dateline"
    else:
        year, source = page_year(text, found)
    facts = []
    last_month: tuple[int, int] | None = None
    for f in found:
        if f.kind is not Kind.DATE:
            facts.append(_fact(text, f))
            continue
        if f.period:  # 1990/1999 as written, or no years (20年代)
            dates, period_source = f.dates, "text" if f.dates else None
            if f.century_offset is not None and year is not None:
                first = ((year - 1) // 100 + f.century_offset) * 100 + (f.decade or 0)
                dates, period_source = (_Date(first), _Date(first + 9)), source or "context"
            facts.append(_fact(text, f, date="/".join(iso(d)[0] for d in dates) or None, date_source=period_source))
            continue
        date_source = "text"
        resolved = []
        unknown = False
        for d in f.dates:
            d = _Date(d.y, d.m, d.d, d.year_offset)
            if d.y is None:
                if d.m is None:
                    if last_month is None:
                        unknown = True  # 23日, and no month named before it
                    else:
                        d.y, d.m = last_month
                        date_source = "context"
                elif year is None:
                    unknown = True
                elif d.year_offset is not None:
                    d.y, date_source = year + d.year_offset, "context"
                else:
                    d.y, date_source = year, source or "context"
            resolved.append(d)
        texts = [iso(d) for d in resolved] if not unknown else []
        valid = all(ok for _, ok in texts) and not (unknown and any(_never_a_day(d) for d in resolved))
        date = "/".join(t for t, _ in texts) if texts and valid else None
        if not unknown and resolved[-1].m is not None:
            last_month = (resolved[-1].y, resolved[-1].m)
        fact = _fact(text, f, date=date, date_source=None if unknown else date_source)
        if not valid:
            fact = fact.with_(extra=(("problem", "no_such_day"),))
        facts.append(fact)
    return facts


def _never_a_day(d: _Date) -> bool:
    """2月30日, 4月31日: no year has that day (2000 was a leap year)."""
    return d.m is not None and d.d is not None and d.d > calendar.monthrange(2000, d.m)[1]


def _twenty_four(h: int, part_of_day: str | None) -> int | None:
    """The hour on a 24-hour clock: 下午3点 is 15, 晚上8时 20, 中午1时 13, 深夜2点 2."""
    if part_of_day in lx.AFTERNOON and h < 12:
        h += 12
    elif part_of_day in lx.NIGHT and 6 <= h < 12:
        h += 12
    elif part_of_day == "中午" and h <= 2:
        h += 12
    return h if h <= 24 else None


def _fact(text: str, f: _Found, *, date: str | None = None, date_source: str | None = None) -> Fact:
    value = to_number(f.value) if f.value is not None else None
    vmax = to_number(f.value_max) if f.value_max is not None else None
    if f.kind is Kind.ORDINAL and isinstance(value, float):
        value = int(value)
    return Fact(
        kind=f.kind,
        start=f.start,
        end=f.end,
        text=text[f.start : f.end],
        value=value,
        value_max=vmax,
        unit=f.unit,
        date=f.clock if f.kind is Kind.TIME else date,
        extra=(("score", f.score),) if f.score else (),
        qualifier=f.qualifier,
        date_source=date_source if f.kind is Kind.DATE else None,
        part_of_day=f.part_of_day,
    )
