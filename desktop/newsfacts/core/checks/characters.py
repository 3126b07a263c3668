"""Wrong characters: a traditional character in simplified text (and the reverse), 一 (one)
written for a dash between two names (新园路一林园路), the misspellings a copy editor knows by
heart (再接再励, 按装; 成份 and 帐户, variant forms the norms replaced), from
resources/dictionaries/misspellings.tsv, and a word typed twice (在在北京)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..model import Article, Fact, Finding, Severity
from . import check
from ._hanzi import SIMP_TO_TRAD, TRAD_TO_SIMP
from ..paths import dictionary_rows
from ._text import is_word


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    t2s = {TRAD_TO_SIMP[i]: TRAD_TO_SIMP[i + 1] for i in range(0, len(TRAD_TO_SIMP), 2)}
    s2t = {SIMP_TO_TRAD[i]: SIMP_TO_TRAD[i + 1] for i in range(0, len(SIMP_TO_TRAD), 2)}
    return t2s, s2t


def one_character_two_scripts(a: str, b: str) -> bool:
    """發 and 发: one character written in its traditional and its simplified form (which
    script_mix reports, and no other check should again)."""
    t2s, s2t = _tables()
    return t2s.get(a) == b or t2s.get(b) == a or s2t.get(a) == b or s2t.get(b) == a


@check
def script_mix(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """如果說 in simplified text; 说 in a traditional text."""
    t2s, s2t = _tables()
    text = article.text
    trad = [i for i, c in enumerate(text) if c in t2s]
    simp = [i for i, c in enumerate(text) if c in s2t]
    out = []
    if len(trad) <= len(simp):
        for i in trad:
            c = text[i]
            out.append(Finding(
                "traditional_character", Severity.MEDIUM, (article.span(i, i + 1),),
                f"简体文本中出现繁体字“{c}”,应为“{t2s[c]}”({_context(text, i)})。",
                suggestion=t2s[c],
            ))
    else:
        for i in simp:
            c = text[i]
            out.append(Finding(
                "simplified_character", Severity.MEDIUM, (article.span(i, i + 1),),
                f"繁体文本中出现简体字“{c}”,应为“{s2t[c]}”({_context(text, i)})。",
                suggestion=s2t[c],
            ))
    return out


def _context(text: str, i: int) -> str:
    s = max(0, i - 3)
    while s < i and text[s] in "\n":
        s += 1
    return "“" + text[s : i + 3].split("\n")[0 if i - s < 3 else -1] + "”"


_PLACE_END = "路|街|大道|巷|道|桥|站|村|镇|乡|县|市|省|区"
_DASH_ONE = re.compile(rf"([\u4e00-\u9fff]{{1,6}}?(?:{_PLACE_END}))一([\u4e00-\u9fff]{{1,6}}?(?:{_PLACE_END}))(?=[)\uff09、,\uff0c。;\uff1b段\s]|$)")


@check
def dash_written_as_one(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """新园路一林园路: 一 where a dash (—) joins the two ends of a road section or route."""
    text = article.text
    out = []
    for m in _DASH_ONE.finditer(text):
        right = m.group(2)
        if is_word("一" + right[0]) or is_word("一" + right[:2]):
            continue  # 一直, 一带, 一路: the word 一, not a dash
        out.append(Finding(
            "wrong_character", Severity.MEDIUM, (article.span(m.start(), m.end()),),
            f"“{m.group(0)}”中的“一”应为连接号“—”(写作“{m.group(1)}—{right}”):"
            "表示起止的连接号误打成了数字“一”。",
            suggestion=f"{m.group(1)}—{right}",
        ))
    return out


@lru_cache(maxsize=1)
def misspellings() -> tuple[dict[str, tuple[str, str]], re.Pattern[str] | None]:
    """resources/dictionaries/misspellings.tsv: written form -> (right form, 错 or 异), and a pattern
    that finds any written form, longest first."""
    return word_list({row[0]: (row[1], row[2]) for row in dictionary_rows("misspellings.tsv") if len(row) == 3})


def word_list(table: dict) -> tuple[dict, re.Pattern[str] | None]:
    """A word list as ``listed_words`` reads it: the table, and a pattern finding any of its forms,
    longest first (None for an empty table)."""
    if not table:
        return {}, None
    return table, re.compile("|".join(sorted(map(re.escape, table), key=len, reverse=True)))


def _around(text: str, s: int, e: int) -> str:
    """The written form with a few characters either side, on its own line."""
    lo = text.rfind("\n", max(0, s - 5), s) + 1 or max(0, s - 5)
    hi = text.find("\n", e, e + 5)
    return text[max(lo, s - 5) : hi if hi >= 0 else e + 5]


def _bounds_around(text: str, s: int, e: int) -> set[int]:
    """Where jieba's words start and end in text[s:e] and eight characters either side."""
    from ..extraction import segmenter

    lo, hi = max(0, s - 8), min(len(text), e + 8)
    bounds, pos = set(), lo
    for w in segmenter.tokenizer().cut(text[lo:hi], HMM=False):
        bounds.add(pos)
        pos += len(w)
    bounds.add(pos)
    return bounds


def on_word_boundaries(text: str, s: int, e: int) -> bool:
    """A two-character form is a word of its own, not the ends of two words (超过|份额 holds 过份)."""
    bounds = _bounds_around(text, s, e)
    return s in bounds and e in bounds


def listed_words(text: str, rules: tuple[dict, re.Pattern[str] | None]):
    """(match, its entry) for each form of a word list (``rules``: the table and the pattern of
    misspellings() or usage_rules()) that stands in ``text`` as a word of its own: a
    two-character match must sit on jieba's word boundaries (超过|份额 holds no 过份)."""
    table, pattern = rules
    if pattern is None:
        return
    for m in pattern.finditer(text):
        s, e = m.span()
        if e - s == 2 and not on_word_boundaries(text, s, e):
            continue
        yield m, table[m.group()]


@check
def misspelled_words(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """按装 for 安装, 再接再励 for 再接再厉 (a wrong character: medium); 成份 for 成分, 帐户 for 账户
    (a variant form the norms no longer use: low).  The list holds only forms that are never right
    in running text; a two-character form counts where it stands as a word of its own."""
    text = article.text
    out = []
    for m, (right, what) in listed_words(text, misspellings()):
        s, e = m.span()
        if what == "错":
            out.append(Finding(
                "misspelled_word", Severity.MEDIUM, (article.span(s, e),),
                f"「{m.group()}」是错别字，应为「{right}」（“{_around(text, s, e)}”）。",
                suggestion=right,
            ))
        else:
            out.append(Finding(
                "variant_form", Severity.LOW, (article.span(s, e),),
                f"「{m.group()}」是不再使用的异形写法，规范词形为「{right}」（“{_around(text, s, e)}”）。",
                suggestion=right,
            ))
    return out


# Words a sentence never has twice in a row: 在在北京, 我们的的工作, 根据根据规定.  Words that do
# double (人人, 常常, 看看, 研究研究, 如何如何) are not here, and a pair that jieba reads as other
# words (目的|的, 有|有关, 的的确确, 是是非非) is no pair.
_NEVER_TWICE = frozenset(
    "的 了 在 是 和 与 及 对 把 被 为 从 向 于 将 就 都 而 并 其 之 以 由 也 又 还 不 这 那 我 你 他 她 它 让 给 跟 同"
    " 根据 按照 通过 关于 对于 由于 因为 所以 但是 而且 并且 以及 如果 虽然 我们 他们 她们 它们 我国 这些 那些".split()
)
_TWICE = re.compile(
    "([%s])\\1|(%s)\\2"
    % ("".join(sorted(w for w in _NEVER_TWICE if len(w) == 1)), "|".join(sorted(w for w in _NEVER_TWICE if len(w) > 1)))
)


@check
def doubled_words(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """The same word typed twice in a row (在在, 根据根据): one of them is to be deleted."""
    text = article.text
    out = []
    for m in _TWICE.finditer(text):
        s, e = m.span()
        half = (e - s) // 2
        if not {s, s + half, e} <= _bounds_around(text, s, e):
            continue
        word = text[s : s + half]
        out.append(Finding(
            "doubled_word", Severity.MEDIUM, (article.span(s, e),),
            f"「{_around(text, s, e)}」里“{word}”连写了两遍:多打了一个,请删去其一。",
            suggestion=word,
        ))
    return out
