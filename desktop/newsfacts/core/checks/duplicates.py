"""Text printed twice: a whole paragraph, a sentence, or a fragment pasted into another item."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from ..model import Article, Fact, Finding, Severity
from . import check
from ._text import CJK, SENTENCE_END, is_prose, sentences, story_of

# Set phrases a page repeats on purpose; a repeat made only of these is not a pasted fragment.
STOCK_PHRASES = (
    "以习近平同志为核心的党中央",
    "习近平新时代中国特色社会主义思想",
    "中国特色社会主义",
    "马克思列宁主义、毛泽东思想、邓小平理论",
    "“三个代表”重要思想",
    "党的二十大精神",
    "党的十九大精神",
    "二十届二中全会",
    "中华民族伟大复兴",
    "全面建设社会主义现代化国家",
    "人民日益增长的美好生活需要",
    "坚持稳中求进工作总基调",
    "完整、准确、全面贯彻新发展理念",
    "加快构建新发展格局",
    "推动高质量发展",
)
_K = 14
_MIN_FRAGMENT = 20


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s)


@check
def duplicated_text(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """A paragraph printed twice (or a headless copy of one), and sentences printed twice."""
    text = article.text
    paras = [p for p in article.paragraphs if p.kind == "body" and is_prose(text[p.start : p.end])]
    out = []
    covered: set[int] = set()
    holders = _holders([text[p.start : p.end] for p in paras])
    for i, a in enumerate(paras):
        ta = text[a.start : a.end]
        if len(ta) < 20:
            continue
        for j in holders.get(i, ()):
            b = paras[j]
            if i == j or j in covered and i in covered:
                continue
            tb = text[b.start : b.end]
            if len(tb) < len(ta) or (len(tb) == len(ta) and j < i):
                continue
            k = tb.find(ta)
            if k < 0:
                continue
            if len(tb) != len(ta) and story_of(article, a.start) != story_of(article, b.start):
                continue  # a sentence quoted again in another story
            covered.update((i, j))
            where = article.span(b.start + k, b.start + k + len(ta))
            whole = article.span(a.start, a.end)
            if len(tb) == len(ta):
                msg = "同一段文字印了两遍:删去其中一段。"
            else:
                msg = (f"这一段与另一段的后半部分完全相同(“{ta[:12]}…”):"
                       "像是残缺的重复段落,应删去残段。")
            spans = tuple(sorted((whole, where), key=lambda s: s.start))
            out.append(Finding("duplicated_paragraph", Severity.HIGH, spans, msg))
    # sentences printed twice, outside paragraphs already reported
    seen: dict[str, list] = defaultdict(list)
    for p_i, p in enumerate(paras):
        if p_i in covered:
            continue
        for s in sentences(article, p.start, p.end):
            key = _norm(s.text)
            if sum(1 for c in key if "\u4e00" <= c <= "\u9fff") >= 15:
                seen[key].append(s)
    for key, spans in seen.items():
        if len(spans) >= 2:
            out.append(Finding(
                "duplicated_sentence", Severity.MEDIUM, tuple(spans[:2]),
                f"同一句话出现了两次(“{key[:14]}…”):可能是重复粘贴,请删去一处。",
            ))
    return out


_PREFIX = 8


def _holders(texts: list[str]) -> dict[int, list[int]]:
    """For each paragraph i of 20 characters or more, the paragraphs j (in order) whose text holds
    its first _PREFIX characters: the only ones that can hold the whole of it.  One pass over the
    page instead of searching every paragraph in every other."""
    by_prefix: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(texts):
        if len(t) >= 20:
            by_prefix[t[:_PREFIX]].append(i)
    found: dict[int, set[int]] = defaultdict(set)
    for j, t in enumerate(texts):
        for k in range(len(t) - _PREFIX + 1):
            for i in by_prefix.get(t[k : k + _PREFIX], ()):
                found[i].add(j)
    return {i: sorted(js) for i, js in found.items()}


def _mid_clause(text: str, k: int) -> bool:
    return k > 0 and (re.match(rf"[{CJK}、]", text[k - 1]) is not None or text[k] == "、")


def _masked(text: str) -> str:
    for ph in STOCK_PHRASES:
        text = text.replace(ph, "\0" * len(ph))
    return text


@check
def pasted_fragments(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """A run of 20 or more characters that also stands in another paragraph, beginning mid-clause:
    a fragment of one item pasted into another."""
    text = article.text
    masked = _masked(text)
    paras = [p for p in article.paragraphs if p.kind == "body"]
    index: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for pi, p in enumerate(paras):
        for k in range(p.start, p.end - _K + 1):
            g = masked[k : k + _K]
            if "\0" not in g:
                index[g].append((pi, k))
    found: dict[tuple[int, int], tuple[int, int, int]] = {}
    for occ in index.values():
        if len(occ) < 2 or len(occ) > 6:
            continue
        for x in range(len(occ)):
            for y in range(x + 1, len(occ)):
                (pa, ka), (pb, kb) = occ[x], occ[y]
                if pa == pb:
                    continue
                # extend to the maximal common run
                s_a, s_b = ka, kb
                while s_a > paras[pa].start and s_b > paras[pb].start and masked[s_a - 1] == masked[s_b - 1] != "\0":
                    s_a, s_b = s_a - 1, s_b - 1
                key = (s_a, s_b)
                if key in found:
                    continue
                e_a, e_b = ka + _K, kb + _K
                while e_a < paras[pa].end and e_b < paras[pb].end and masked[e_a] == masked[e_b] != "\0":
                    e_a, e_b = e_a + 1, e_b + 1
                found[key] = (e_a - s_a, pa, pb)
    out = []
    reported: list[tuple[int, int]] = []
    for (s_a, s_b), (n, pa, pb) in sorted(found.items(), key=lambda kv: -kv[1][0]):
        if n < _MIN_FRAGMENT or sum(1 for c in text[s_a : s_a + n] if "\u4e00" <= c <= "\u9fff") < 14:
            continue
        pa_t = text[paras[pa].start : paras[pa].end]
        pb_t = text[paras[pb].start : paras[pb].end]
        if pa_t in pb_t or pb_t in pa_t:
            continue  # a paragraph printed twice: duplicated_text reports it
        # A pasted fragment starts inside a clause and runs to the end of a sentence in both copies;
        # a phrase repeated on purpose (a formula, a parallel opening) starts a clause somewhere.
        if not all(_mid_clause(text, k) for k in (s_a, s_b)):
            continue
        # keep the run up to its last sentence end: both copies then end the same sentence
        last = max((i for i in range(n) if text[s_a + i] in SENTENCE_END), default=-1)
        if last + 1 < _MIN_FRAGMENT:
            continue
        n = last + 1
        if any(s_a < e and s < s_a + n for s, e in reported):
            continue
        reported.append((s_a, s_a + n))
        reported.append((s_b, s_b + n))
        spans = tuple(sorted((article.span(s_a, s_a + n), article.span(s_b, s_b + n)), key=lambda s: s.start))
        out.append(Finding(
            "pasted_fragment", Severity.HIGH, spans,
            f"“{text[s_a:s_a + 14]}…”这段{n}字的文字在另一段里一字不差地出现:"
            "可能是从别的条目误贴过来的片段,请核对两处上下文是否通顺。",
        ))
    return out
