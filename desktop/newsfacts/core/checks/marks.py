"""Punctuation (GB/T 15834-2011 标点符号用法): a quotation mark, book-title mark or bracket opened and
never closed, or closed and never opened; two marks of a pause or a stop typed one after the other
(邹家华，、杨尚昆).

Marks are paired within a paragraph, a paragraph that layout repair joined to the next counting
as one.  A quotation that runs over several paragraphs opens each of them and closes only the last
(as GB/T 15834 has it), so an open “ is not reported when the next paragraph opens with “ again.
Left alone: ’ in ’98 and an apostrophe (it’s), and the ) of a list marker (1) 2) 一) at the start of
a paragraph or after a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Article, Fact, Finding, Severity
from . import check

STD = "GB/T 15834-2011 标点符号用法"
PAIRS = {"“": "”", "‘": "’", "《": "》", "〈": "〉", "（": "）", "(": ")", "【": "】", "『": "』", "「": "」", "〔": "〕"}
CLOSERS = {v: k for k, v in PAIRS.items()}
_MARK = re.compile("[" + re.escape("".join(PAIRS) + "".join(CLOSERS)) + "]")
# Multi-paragraph quotations open again at the next paragraph.
_REOPENING = frozenset("“‘『「")
NAMES = {
    "“": "双引号", "‘": "单引号", "《": "书名号", "〈": "书名号", "（": "括号", "(": "括号",
    "【": "方头括号", "『": "引号", "「": "引号", "〔": "六角括号",
}
_LIST_ITEM = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十abcdefghijABCDEFGHIJ")
_SENTENCE_END = frozenset("。！？；：，!?;:,\n ")


def _blocks(article: Article) -> list[tuple[int, int]]:
    """The paragraphs as (start, end), two joined where a layout break lies between them."""
    joined = {b.start for b in article.breaks}
    out: list[tuple[int, int]] = []
    for p in article.paragraphs:
        if out:
            gap_start = out[-1][1]
            if any(gap_start <= j < p.start for j in joined):
                out[-1] = (out[-1][0], p.end)
                continue
        out.append((p.start, p.end))
    return out


def _apostrophe(text: str, i: int) -> bool:
    """’98, ’９８, it’s: a closing single quote that closes nothing."""
    nxt = text[i + 1 : i + 2]
    prev = text[i - 1 : i]
    return nxt.isdigit() or (prev.isascii() and prev.isalpha() and nxt.isascii() and nxt.isalpha())


def _list_marker(text: str, i: int, start: int) -> bool:
    """1) 2) 一) a) as a list marker: one or two characters after a paragraph start or a sentence."""
    j = i - 1
    while j >= start and text[j] in _LIST_ITEM and i - j <= 2:
        j -= 1
    return j < i - 1 and (j < start or text[j] in _SENTENCE_END)


def _short(piece: str) -> str:
    return piece if len(piece) <= 16 else piece[:8] + "…" + piece[-6:]


def _excerpt(text: str, s: int, end: int) -> str:
    piece = text[s:min(end, s + 12)]
    return piece + ("…" if end > s + 12 else "")


@check
def unpaired_marks(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    text = article.text
    blocks = _blocks(article)
    out = []
    for n, (start, end) in enumerate(blocks):
        stack: list[int] = []
        for m in _MARK.finditer(text, start, end):
            i, c = m.start(), m.group()
            if c in PAIRS:
                if c in "“‘" and stack and text[stack[-1]] == c:
                    # “思麦早“: “ and ‘ do not nest in their own kind (a quote in a quote takes ‘’),
                    # so the second one is the closing mark turned the wrong way (『』 may nest)
                    s0 = stack.pop()
                    out.append(Finding(
                        "unpaired_mark", Severity.MEDIUM, (article.span(s0, i + 1),),
                        f"「{_short(text[s0:i + 1])}」：后一个「{c}」方向反了，应为「{PAIRS[c]}」。",
                        STD,
                    ))
                    continue
                stack.append(i)
            else:
                opener = CLOSERS[c]
                k = len(stack) - 1
                while k >= 0 and text[stack[k]] != opener:
                    k -= 1
                if k >= 0:
                    for j in stack[k + 1 :]:  # opened inside and never closed before this one closes
                        out.append(_unclosed(article, j, end))
                    del stack[k:]
                elif not ((c == "’" and _apostrophe(text, i)) or (c in ")）" and _list_marker(text, i, start))):
                    out.append(Finding(
                        "unpaired_mark", Severity.MEDIUM, (article.span(i, i + 1),),
                        f"「{text[max(start, i - 10):i + 1]}」中的{NAMES[opener]}「{c}」前面没有与之配对的「{opener}」："
                        f"前半个漏掉了，或这半个是多余的。",
                        STD,
                    ))
        nxt = text[blocks[n + 1][0]] if n + 1 < len(blocks) and blocks[n + 1][0] < len(text) else ""
        for j in stack:
            if text[j] in _REOPENING and nxt == text[j]:
                continue  # a quotation that goes on in the next paragraph
            out.append(_unclosed(article, j, end))
    return out


def _unclosed(article: Article, i: int, end: int) -> Finding:
    text = article.text
    c = text[i]
    return Finding(
        "unpaired_mark", Severity.MEDIUM, (article.span(i, i + 1),),
        f"{NAMES[c]}「{c}」没有闭合（「{_excerpt(text, i, end)}」）：这一段里找不到与之配对的「{PAIRS[c]}」。",
        STD,
    )


# Marks of a pause or a stop: two in a row is one too many (……, ——, ？！ and ”。 are not among them).
_DOUBLED = re.compile(r"[，。；：、,;:](?=[，。；：、,;:])")


@check
def doubled_punctuation(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    text = article.text
    out = []
    for m in _DOUBLED.finditer(text):
        i = m.start()
        if text[i] in ",:" and text[i - 1 : i].isdigit() and text[i + 2 : i + 3].isdigit():
            continue  # 1,,000 is no sentence; leave number typography to the number checks
        pair = text[i : i + 2]
        out.append(Finding(
            "doubled_punctuation", Severity.MEDIUM, (article.span(i, i + 2),),
            f"「{text[max(0, i - 6):i]}{pair}{text[i + 2:i + 6]}」里「{pair}」两个标点连用：多打了一个，请删去其一。",
            STD,
        ))
    return out
