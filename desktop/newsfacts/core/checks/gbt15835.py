"""Number usage by GB/T 15835-2011《出版物上数字用法》; every finding cites its clause.

Clauses cited (numbers and titles of the 2011 text; section 4 is 数字形式的选用, section 5
数字形式的使用, whose 5.1 阿拉伯数字的使用 runs 5.1.1 多位数, 5.1.2 纯小数, 5.1.3 数值范围,
5.1.4 年月日, and whose 5.2 汉字数字的使用 runs 5.2.1 概数 ... 5.2.5 “零”和“〇”):
  4.2.2  概数 (under 4.2 选用汉字数字, after 4.2.1 非公历纪年) — approximate numbers (数字连用,
         含“几”的概数) are written in Chinese numerals.
  4.3    选用阿拉伯数字与汉字数字均可 — with its rule that numbers of the same kind in the same
         place take the same form (“同类别同形式”): 二〇〇八年八月八日, not 二〇〇八年8月8日.
  5.1.3  数值范围 — 9亿~16亿, not 9~16亿; 15%~30%, not 15~30%.
  5.1.4  年月日 — a four-digit year is not shortened to two digits (1990年, not 90年).
  5.2.1  概数 — two numerals joined as an approximation take no 、 between them (三四个, not 三、四个).
  5.2.5  “零”和“〇” — in a number read as an amount 0 is 零; in a year (numbering) it is 〇.
  5.3    阿拉伯数字与汉字数字同时使用 — apart from 万/亿, a number is not written half in Arabic
         digits, half in Chinese numerals (4000, not 4千).
Fixed terms with Chinese numerals (十五届, 二中全会, 十四五, 三大主导产业) are left alone (4.2.3).
Ordinals joined by 、 (第一、二位, 分列一、二名) are not approximations and are left alone too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Article, Fact, Finding, Severity
from . import check

STD = "GB/T 15835-2011"
RULES = {
    "range": f"{STD} 5.1.3 数值范围",
    "year_short": f"{STD} 5.1.4 年月日",
    "approx_chinese": f"{STD} 4.2.2 概数",
    "approx_comma": f"{STD} 5.2.1 概数",
    "zero": f"{STD} 5.2.5 “零”和“〇”",
    "mixed_number": f"{STD} 5.3 阿拉伯数字与汉字数字同时使用",
    "same_form": f"{STD} 4.3 同类别同形式",
}

_D = r"\d+(?:\.\d+)?"
_RANGE = re.compile(rf"(?<![\d.])({_D})(?P<mag1>万|亿)?(?P<sep>[~～〜])({_D})(?P<mag2>万亿|亿|万|%)")
_RANGE_DASH = re.compile(rf"(?<![\d.\-])({_D})(?P<sep>[—–-])({_D})(?P<mag2>亿|万|%)")
_YEAR_ZERO = re.compile(r"(?<![\u4e00-\u9fff\d])([一二三四五六七八九〇○零0]{4})年")
_COUNT_ZERO = re.compile(r"[一二三四五六七八九][千百]〇[一二三四五六七八九]")
_MIXED = re.compile(r"(?<![\d.])(\d+)([千百十])(?![万亿米克瓦])(?=[元个人名家件项户台次米吨斤])|(?<![\d.])\d+[百千]零\d|[一二三四五六七八九][百千]零?\d")
_APPROX_JI = re.compile(r"\d+几|几\d+")
_APPROX_COMMA = re.compile(r"(?<![一二三四五六七八九十百千、])([一二三四五六七八九])、([一二三四五六七八九])(?=[个十百千万人天年月次位名家岁])")
_YEAR_SHORT = re.compile(r"(?:['’‘](\d{2})年?|(?<![\d.~—\-])(\d{2})年(?=\d{1,2}月))")
_MIXED_DATE = re.compile(r"([〇○零一二三四五六七八九]{4})年(\d{1,2})月|(\d{4})年([一二三四五六七八九十]{1,2})月")


def _ordinal(text: str, m: re.Match[str]) -> bool:
    """一、二 as two ranks: 第一、二位, 分列一、二名, 排名在三、四位间."""
    before = text[max(0, m.start() - 4) : m.start()]
    if before.endswith("第"):
        return True
    return text[m.end() : m.end() + 1] in ("位", "名") and any(w in before for w in ("列", "排", "居", "获"))


def _f(article: Article, s: int, e: int, rule: str, msg: str, sev: Severity = Severity.LOW) -> Finding:
    return Finding("number_usage", sev, (article.span(s, e),), msg, RULES[rule])


@check
def number_usage(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    text = article.text
    out = []
    for m in _RANGE.finditer(text):
        if m["mag1"] is None and m["mag2"] in ("万", "亿", "万亿", "%"):
            a, b, mag = m.group(1), m.group(4), m["mag2"]
            out.append(_f(article, m.start(), m.end(), "range",
                          f"“{m.group(0)}”前一个数省略了“{mag}”,应写作“{a}{mag}{m['sep']}{b}{mag}”:"
                          f"否则可能读成{a}到{b}{mag}以外的意思。", Severity.MEDIUM))
    for m in _RANGE_DASH.finditer(text):
        a, b, mag = m.group(1), m.group(3), m["mag2"]
        if "." not in a + b and len(a) == 4 and len(b) == 4:
            continue  # 2023-2024: years
        out.append(_f(article, m.start(), m.end(), "range",
                      f"“{m.group(0)}”前一个数省略了“{mag}”,应写作“{a}{mag}~{b}{mag}”。", Severity.MEDIUM))
    for m in _YEAR_ZERO.finditer(text):
        y = m.group(1)
        if "0" in y or "零" in y:
            if not any(c in "一二三四五六七八九〇○" for c in y):
                continue  # 2020年: Arabic digits, fine
            fixed = y.replace("0", "〇").replace("零", "〇")
            out.append(_f(article, m.start(1), m.end(), "zero",
                          f"年份“{y}年”中的“{'0' if '0' in y else '零'}”应写作“〇”(“{fixed}年”):"
                          "年份是编号,0的汉字形式用“〇”。", Severity.MEDIUM))
    for m in _COUNT_ZERO.finditer(text):
        out.append(_f(article, m.start(), m.end(), "zero",
                      f"“{m.group(0)}”是计量的数,其中的0应写作“零”。"))
    for m in _MIXED.finditer(text):
        out.append(_f(article, m.start(), m.end(), "mixed_number",
                      f"“{m.group(0)}”把阿拉伯数字和汉字数字混在一个数里:除“万”“亿”外应统一,"
                      f"写作阿拉伯数字或全用汉字。", Severity.MEDIUM))
    for m in _APPROX_JI.finditer(text):
        out.append(_f(article, m.start(), m.end(), "approx_chinese",
                      f"“{m.group(0)}”是含“几”的概数,应使用汉字数字(如“二十几”)。"))
    for m in _APPROX_COMMA.finditer(text):
        a, b = m.group(1), m.group(2)
        if _ordinal(text, m):
            continue  # 分列第一、二位: two ranks, not an approximation
        if "一二三四五六七八九".index(b) == "一二三四五六七八九".index(a) + 1:
            out.append(_f(article, m.start(), m.end(), "approx_comma",
                          f"“{m.group(0)}”表示概数,两数之间不用顿号,应写作“{a}{b}”。"))
    for m in _YEAR_SHORT.finditer(text):
        yy = m.group(1) or m.group(2)
        c19, c20 = ("19", "20") if yy.isascii() else ("\uff11\uff19", "\uff12\uff10")
        out.append(_f(article, m.start(), m.end(), "year_short",
                      f"“{m.group(0)}”把年份简写成两位:四位数字的年份应写全(如“{c19}{yy}年”或“{c20}{yy}年”)。"))
    for m in _MIXED_DATE.finditer(text):
        out.append(_f(article, m.start(), m.end(), "same_form",
                      f"“{m.group(0)}”一个日期里年用一种数字、月用另一种:同类别的数字应采用同一形式。"))
    return out
