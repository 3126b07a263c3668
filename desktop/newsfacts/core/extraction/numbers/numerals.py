"""Numerals as written in Chinese news: Arabic (half or full width), Chinese, and the two mixed.

A small strict parser rather than a general converter: a figure the editor checks must be read
exactly or not at all.  ``1千3百万`` and ``十四五`` are not numbers here (a general converter
accepts the first and reads the second as 145), ``二〇二四`` is a number only as digits
(a year), and ``三四十`` is the range 30 to 40.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNITS = {"万": 10**4, "亿": 10**8}
CN_NUMERAL_CHARS = frozenset(CN_DIGITS) | frozenset(CN_SMALL_UNITS) | frozenset(CN_BIG_UNITS)
ZEROS = frozenset("〇零")

# Full-width digits and point as ASCII, for parsing only (spans keep the characters as written).
_WIDTH = str.maketrans("０１２３４５６７８９．，·", "0123456789.,.")


def ascii_digits(s: str) -> str:
    return s.translate(_WIDTH)


def arabic_value(s: str) -> Decimal | None:
    """``1,234.5`` / ``１２３４．５`` -> Decimal; None if the thousands grouping is wrong."""
    s = ascii_digits(s)
    if "," in s:
        head, *groups = s.split(",")
        last = groups[-1].split(".")[0] if groups else ""
        if not (1 <= len(head) <= 3 and all(len(g.split(".")[0]) == 3 for g in groups) and len(last) == 3):
            return None
        s = s.replace(",", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _section(s: str, *, leading_ten: bool) -> int | None:
    """A Chinese numeral below 10000: 一千二百零五, 十五, 两百, 一千二 (= 1200)."""
    if not s:
        return None
    total = 0
    digit: int | None = None
    last_unit = 10000
    zero_seen = False
    for i, ch in enumerate(s):
        if ch in CN_DIGITS:
            if digit is not None:
                return None  # two digits in a row: 一二 is not positional
            d = CN_DIGITS[ch]
            if ch in ZEROS:
                if zero_seen or i == 0 and len(s) > 1:
                    return None
                zero_seen = True
                continue
            if ch == "两" and i == len(s) - 1 and i > 0:
                return None  # 十两 reads as a weight, not 12
            digit = d
        elif ch in CN_SMALL_UNITS:
            unit = CN_SMALL_UNITS[ch]
            if unit >= last_unit:
                return None
            if digit is None:
                if ch == "十" and i == 0 and leading_ten:
                    digit = 1
                elif ch == "十" and zero_seen:
                    digit = 1  # 一百零十 is wrong, but 一千零十 reads as 1010
                else:
                    return None
            total += digit * unit
            digit = None
            last_unit = unit
            zero_seen = False
        else:
            return None
    if digit is not None:
        if zero_seen or last_unit == 10000 or last_unit == 10:
            total += digit
        else:
            # 一千二 = 1200, 两百五 = 250: a final digit counts the next smaller unit.
            total += digit * (last_unit // 10)
    return total


def chinese_value(s: str) -> int | None:
    """A positional Chinese numeral: 十五, 一千二百, 两万, 三亿五千万, 一百零五.  None if malformed."""
    if not s or s[0] in CN_BIG_UNITS or s[0] in "百千":
        return None
    total = 0
    rest = s
    leading = True
    for big in ("亿", "万"):
        if big in rest:
            head, _, rest = rest.partition(big)
            if big in rest:
                return None
            v = _section(head, leading_ten=leading) if head else None
            if v is None:
                return None
            total += v * CN_BIG_UNITS[big]
            leading = False
            if rest and rest[0] in ZEROS:
                rest = rest[1:]
                if not rest:
                    return None
            elif rest and len(rest) == 1 and rest in CN_DIGITS:
                # 三万五 = 35000, 两亿三 = 230000000
                total += CN_DIGITS[rest] * CN_BIG_UNITS[big] // 10
                return total
    if rest:
        v = _section(rest, leading_ten=leading)
        if v is None:
            return None
        total += v
    return total


def chinese_digit_string(s: str) -> int | None:
    """二〇二四 -> 2024: digits one by one (years), only 〇零一二...九."""
    if len(s) < 2 or any(ch not in CN_DIGITS or ch == "两" for ch in s):
        return None
    return int("".join(str(CN_DIGITS[ch]) for ch in s))


def chinese_decimal(s: str) -> Decimal | None:
    """三点五 -> 3.5, 一百一十六点六万 -> 1166000 (the point inside, a 万/亿 after)."""
    head, _, tail = s.partition("点")
    big = 1
    if tail and tail[-1] in CN_BIG_UNITS:
        big = CN_BIG_UNITS[tail[-1]]
        tail = tail[:-1]
    if not tail or any(ch not in CN_DIGITS or ch == "两" for ch in tail):
        return None
    whole = chinese_value(head)
    if whole is None:
        return None
    return (Decimal(whole) + Decimal("0." + "".join(str(CN_DIGITS[ch]) for ch in tail))) * big


def chinese_range(s: str) -> tuple[int, int] | None:
    """Neighbouring digits as an estimate: 三四十 -> (30, 40), 十五六 -> (15, 16), 两三 -> (2, 3)."""
    for i in range(len(s) - 1):
        a, b = s[i], s[i + 1]
        if a in CN_DIGITS and b in CN_DIGITS and a not in ZEROS and b not in ZEROS:
            da, db = CN_DIGITS[a], CN_DIGITS[b]
            if db != da + 1:
                return None
            low = chinese_value(s[: i + 1] + s[i + 2 :])
            high = chinese_value(s[:i] + s[i + 1 :])
            if low is None or high is None or low >= high:
                return None
            return low, high
    return None


def parse_chinese(s: str) -> tuple[Decimal, Decimal | None] | None:
    """Any Chinese numeral run: (value, value_max or None); None if it is not a number."""
    if "点" in s:
        v = chinese_decimal(s)
        return (v, None) if v is not None else None
    v = chinese_value(s)
    if v is not None:
        return Decimal(v), None
    r = chinese_range(s)
    if r is not None:
        return Decimal(r[0]), Decimal(r[1])
    return None


def to_number(d: Decimal) -> int | float:
    """A Decimal as the int or float a Fact holds (104.5亿 -> 10450000000, not 10450000000.000002)."""
    if d == d.to_integral_value():
        return int(d)
    return float(d.normalize())
