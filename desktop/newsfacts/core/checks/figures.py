"""Figures that disagree, and arithmetic the page lets a reader check."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ..model import Article, Fact, Finding, Kind, Severity, Span
from . import check
from ._text import CJK, TO_ASCII, ByStart, Figure, cn_to_int, figures, fmt, qualifier_sense, sentences
from .layout import split_heading_pairs

_COUNT_WORDS = {"个", "家", "项", "所", "座", "处", "批", "件", "台", "套", "户", "条"}


def _context(text: str, g: Figure, sent: Span, width: int = 12) -> set[str]:
    """Character bigrams of the words around a figure in its sentence (figures removed)."""
    left = text[max(sent.start, g.start - width) : g.start]
    right = text[g.end : min(sent.end, g.end + width)]
    grams = set()
    for part in (left, right):
        part = re.sub(rf"[^{CJK}]+", "|", part)
        for w in part.split("|"):
            grams.update(w[i : i + 2] for i in range(len(w) - 1))
    return grams - _STOP_GRAMS


_STOP_GRAMS = {"投资", "全区", "该区", "我们", "同时", "其中", "共有", "达到", "完成", "累计", "总计", "共计", "以上", "还投"}


def _without(text: str, s: Span, g: Figure) -> str:
    return text[s.start : g.start] + "#" + text[g.end : s.end]


def _sentence_of(sents: list[Span], offset: int) -> Span | None:
    for s in sents:
        if s.start <= offset < s.end:
            return s
    return None


def _conflict_candidates(text: str, ctx: list) -> list[tuple[int, int]]:
    """The pairs (i < j, in order) figure_conflicts must look at: the same value (within 1e-9), or
    the same sentence around both figures.  No other pair can conflict; comparing every figure with
    every other took seconds on a long page."""
    live = [i for i, (g, s, c) in enumerate(ctx) if s is not None and c]
    partners: dict[int, set[int]] = {}  # i -> every j > i
    by_unit: dict[tuple, list[int]] = {}  # _same_unit holds exactly within a group
    for i in live:
        g = ctx[i][0]
        by_unit.setdefault((g.kind, None if g.unit in _COUNT_WORDS else g.unit), []).append(i)
    for group in by_unit.values():
        by_value = sorted(group, key=lambda i: ctx[i][0].value)
        for x, i in enumerate(by_value):
            v = ctx[i][0].value
            for j in by_value[x + 1 :]:
                if not ctx[j][0].value - v < 1e-9:
                    break
                partners.setdefault(min(i, j), set()).add(max(i, j))
    same_words: dict[str, list[int]] = {}
    for i in live:
        g, s, _c = ctx[i]
        same_words.setdefault(_without(text, s, g), []).append(i)
    for group in same_words.values():
        for x, i in enumerate(group):
            partners.setdefault(i, set()).update(group[x + 1 :])
    # in order, one small sort per figure: one sort of every pair held the interpreter lock (and
    # with it the window) for 40 ms on a long page that repeats its figures
    return [(i, j) for i in sorted(partners) for j in sorted(partners[i])]


def _arithmetic(article: Article, figs: Sequence[Figure], message: str) -> Finding:
    """Figures that do not add up: a high finding on each of them."""
    return Finding("arithmetic", Severity.HIGH, tuple(article.span(g.start, g.end) for g in figs), message)


def _same_unit(a: Figure, b: Figure) -> bool:
    return a.kind == b.kind and (a.unit == b.unit or (a.unit in _COUNT_WORDS and b.unit in _COUNT_WORDS))


@check
def figure_conflicts(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """The same figure about the same thing given twice, once exact and once approximate (1200万元 /
    近1200万元), or with different values in the same words."""
    text = article.text
    sents = ByStart(sentences(article))
    figs = [g for g in figures(article, facts) if g.kind in (Kind.MONEY, Kind.COUNT, Kind.MEASURE, Kind.PERCENT)]
    ctx = []
    for g in figs:
        s = sents.containing(g.start)
        ctx.append((g, s, _context(text, g, s) if s else set()))
    # a figure in a headline against the body is headline_figures' to say (in its words, with a
    # headline's licence to round); looked up once a figure, not once a pair (a long page that
    # repeats its figures has hundreds of thousands of pairs)
    heads = sorted((p.start, p.end) for p in article.paragraphs if p.kind == "heading")
    head_starts = [h[0] for h in heads]

    def in_heading(g: Figure) -> bool:
        k = bisect_right(head_starts, g.start) - 1
        return k >= 0 and g.start < heads[k][1]

    headed = [in_heading(g) for g, _s, _c in ctx]
    out = []
    for i, j in _conflict_candidates(text, ctx):
        if headed[i] or headed[j]:
            continue
        (a, sa, ca), (b, sb, cb) = ctx[i], ctx[j]
        if sa is None or sb is None or sa == sb or not _same_unit(a, b) or not ca or not cb:
            continue
        shared = ca & cb
        sim = len(shared) / min(len(ca), len(cb))
        if abs(a.value - b.value) < 1e-9:
            if qualifier_sense(a.qualifier) == qualifier_sense(b.qualifier) or len(shared) < 3 or sim < 0.5:
                continue
            msg = (f"同一事项前文写“{a.text}”,后文写“{b.text}”:一处是"
                   f"{'确数' if not a.qualifier else '约数'},一处是{'确数' if not b.qualifier else '约数'},应统一。")
            sev = Severity.MEDIUM
        else:
            # a different value: only where the two sentences are the same words around it
            if _without(text, sa, a) != _without(text, sb, b):
                continue
            msg = f"同一事项前文写“{a.text}”,后文写“{b.text}”:数字不一致,请核对。"
            sev = Severity.HIGH
        out.append(Finding("figure_conflict", sev, (article.span(a.start, a.end), article.span(b.start, b.end)), msg))
    return out


_TOTAL_BEFORE = re.compile(r"(总投资|总投入|总计|合计|共计|累计|总额|共投入|共投资)[约近达为]?$")


def _total_money(text: str, s: Span, figs: list[Figure]) -> Figure | None:
    for g in figs:
        if s.start <= g.start < s.end and g.kind == Kind.MONEY and _TOTAL_BEFORE.search(text[max(s.start, g.start - 6) : g.start]):
            return g
    return None


def _count_in(text: str, s: Span, figs: list[Figure]) -> Figure | None:
    for g in figs:
        if s.start <= g.start < s.end and g.kind == Kind.COUNT and g.unit in _COUNT_WORDS and not g.qualifier:
            return g
    return None


@check
def subset_exceeds_total(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """12条路总投资7500万元, but 三条道路总投资8500万元: a part costs more than the whole."""
    text = article.text
    figs = ByStart(figures(article, facts))
    out = []
    for story in article.stories or ():
        rows = []
        for s in sentences(article, story.start, story.end):
            in_s = figs.between(s.start, s.end)
            t, c = _total_money(text, s, in_s), _count_in(text, s, in_s)
            if t and c:
                noun = set(re.sub(rf"[^{CJK}]", "", text[c.end : c.end + 6])[:4])
                rows.append((t, c, noun))
        for i, (ta, ca, na) in enumerate(rows):
            for tb, cb, nb in rows[i + 1 :]:
                if ca.unit != cb.unit or not (na & nb):
                    continue
                big, small = ((ta, ca), (tb, cb)) if ca.value > cb.value else ((tb, cb), (ta, ca))
                if big[1].value > small[1].value and small[0].value > big[0].value:
                    out.append(Finding(
                        "figure_conflict", Severity.HIGH,
                        (article.span(big[0].start, big[0].end), article.span(small[0].start, small[0].end)),
                        f"{fmt(big[1].value)}{big[1].unit}共“{big[0].text}”,其中{fmt(small[1].value)}{small[1].unit}"
                        f"却是“{small[0].text}”:部分大于总数,至少有一个数字有误。",
                    ))
    return out


# 总投资5亿元,完成投资28.6亿元: what was spent cannot pass what the projects cost in all
_WHOLE_COST = re.compile(r"(?:计划)?总投(?:资|入)(?:约|近|达|为)?$")
_SPENT = re.compile(r"(?:已|累计|今年|全年|当年|年度|年内)?完成(?:了)?(?:投资|投入)?(?:约|近|达|为)?$")


@check
def spent_exceeds_cost(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """总投资5亿元,完成投资28.6亿元: the investment completed passes the projects' whole cost."""
    text = article.text
    figs = ByStart(figures(article, facts))
    out = []
    for s in sentences(article):
        in_s = [g for g in figs.between(s.start, s.end) if g.kind == Kind.MONEY and not g.qualifier]
        for i, whole in enumerate(in_s):
            if not _WHOLE_COST.search(text, max(s.start, whole.start - 6), whole.start):
                continue
            for spent in in_s[i + 1 :]:
                if _WHOLE_COST.search(text, max(s.start, spent.start - 6), spent.start):
                    break  # another project's cost: what follows is its own
                if not _SPENT.search(text, max(s.start, spent.start - 8), spent.start) or spent.unit != whole.unit:
                    continue
                if spent.value - _half_unit(spent) > whole.value + _half_unit(whole):
                    out.append(_arithmetic(
                        article, (whole, spent),
                        f"完成“{spent.text}”超过了总投资“{whole.text}”:完成的不能多于总数,至少有一个数字有误。",
                    ))
                break
    return out


_PARTS = re.compile(r"其中")


@check
def parts_exceed_total(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """共X…,其中A…B…: the parts listed after 其中 add up to more than the total."""
    text = article.text
    figs = ByStart(figures(article, facts))
    out = []
    for s in sentences(article):
        m = _PARTS.search(text, s.start, s.end)
        if not m:
            continue
        before = [g for g in figs.between(s.start, m.start()) if not g.qualifier]
        after = [g for g in figs.between(m.end(), s.end) if not g.qualifier]
        if not before or len(after) < 2:
            continue
        total = before[-1]
        parts = [g for g in after if _same_unit(g, total) and g.unit == total.unit]
        if len(parts) >= 2 and total.kind != Kind.PERCENT and sum(p.value for p in parts) > total.value * 1.0001:
            out.append(_arithmetic(
                article, (total, *parts),
                f"总数为“{total.text}”,其中各项相加却是{fmt(sum(p.value for p in parts))}{total.unit}:分项之和大于总数。",
            ))
    return out


# 占 as "makes up": not inside 占有率, 占据, 占领, 占用, 占地, 抢占, 侵占
_SHARE = re.compile(r"(?<![抢侵霸独])占(?![有据领用地线])")
_CLAUSE_BREAK = re.compile(r"[,，;；:：]")
# What may stand between a clause break and the verb of a clause that carries on the figure
# before the break (…9.16亿元,占…的73% / …9.8亿元,比上年增长10.4%).
_CARRIED_ON = re.compile(
    r"(同比|环比|比上年|比去年|较上年|较去年|比\d{4}年|较\d{4}年|年均|平均|累计|共|约|仅|只|已|均|即|则|又|再)*了?"
)


def _new_subject(text: str, start: int, end: int) -> bool:
    """Whether the clause that ``end`` stands in has a subject of its own, begun after ``start``:
    …８４个委办局减至５３个,人员减少了１５％ (the 15% is the staff's, not the offices')."""
    breaks = list(_CLAUSE_BREAK.finditer(text, start, end))
    if not breaks:
        return False
    lead = text[breaks[-1].end() : end].strip()
    return not _CARRIED_ON.fullmatch(lead)


@check
def percentage_of_base(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """A占B的p%: with A and B both stated, p should be A/B."""
    text = article.text
    figs = ByStart(figures(article, facts))
    out = []
    for s in sentences(article):
        for m in _SHARE.finditer(text, s.start, s.end):
            pct = next((g for g in figs.between(m.end(), s.end) if g.kind == Kind.PERCENT), None)
            if pct is None or pct.qualifier:
                continue
            a = next((g for g in reversed(figs.between(s.start, m.start())) if g.kind != Kind.PERCENT), None)
            b = next((g for g in figs.between(m.end(), pct.start) if g.kind != Kind.PERCENT), None)
            if a is None or b is None or a.unit != b.unit or a.qualifier or b.qualifier or not b.value:
                continue
            if _new_subject(text, a.end, m.start()):  # 469户企业效益突出,利润和资产分别占…: not the 469
                continue
            actual = a.value / b.value * 100
            if abs(actual - pct.value) > 0.5 * 10 ** (-_decimals(pct)) + 0.05:
                out.append(_arithmetic(
                    article, (a, b, pct),
                    f"“{a.text}”占“{b.text}”应为{actual:.1f}%,文中写“{pct.text}”:百分比与两个数字对不上。",
                ))
    return out


# 一般公共预算收入186亿元,其中税收收入128亿元,占比68.8% (占68.8%, 占总额的68.8%): the part's
# share of the total before 其中
_SHARE_OF_TOTAL = re.compile(
    r"[,\uff0c、]?\s*(?:占比|占比重|所占比重|比重|占总(?:量|数|额|值|收入|人数)的?(?:比重)?|占)(?:为|达到?|是)?了?$"
)


_FULL_STOP = re.compile("[。!?\uff01\uff1f\n]")


@check
def share_of_total(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """T, 其中A, 占比p%(; B, 占比q%): each share should be the part over the total, allowing for
    the places the figures are written to."""
    text = article.text
    figs = ByStart(figures(article, facts))
    out = []
    prev = None
    for s in sentences(article):
        for m in re.finditer("其中", text[s.start : s.end]):
            at = s.start + m.start()
            stop = _FULL_STOP.search(text, at)  # the parts may run on past a semicolon
            after = list(figs.between(at + 2, stop.start() if stop else len(text)))
            # 其中 opening a sentence takes the total the sentence before gave
            first = prev is not None and not text[s.start : at].strip()
            before = figs.between(prev.start if first else s.start, at)
            for part, pct in zip(after, after[1:]):
                if pct.kind != Kind.PERCENT or part.kind == Kind.PERCENT or pct.qualifier or part.qualifier:
                    continue
                share = _SHARE_OF_TOTAL.search(text, part.end, pct.start)
                if share is None or share.start() != part.end:
                    continue
                total = next((g for g in reversed(before) if g.kind != Kind.PERCENT and g.unit == part.unit), None)
                if total is None or total.qualifier or not total.value or part.value > total.value:
                    continue
                t, dt = total.value, _half_unit(total)
                a, da = part.value, _half_unit(part)
                if _outside(pct.value, (a - da) / (t + dt) * 100, (a + da) / (t - dt) * 100, pct):
                    out.append(_arithmetic(
                        article, (total, part, pct),
                        f"“{part.text}”占“{total.text}”应为{a / t * 100:.1f}%,文中写“{pct.text}”:占比与两个数字对不上。",
                    ))
        prev = s
    return out


# A rate that is itself a percentage (增速, 利率, 比重, 城镇化率) changes by percentage points:
# 增速比上年回落0.5% is 回落0.5个百分点.  Only rates whose relative change a paper never means are
# listed (not 效率, 汇率, nor 发案率 or 上座率, whose change the 1998 corpus gives in per cent).
_RATE = (
    "增速|增长速度|增幅|增长幅度|涨幅|降幅|跌幅|增长率|利率|准备金率|税率|费率|贴现率|收益率|比重|占比|份额|比例|"
    "占有率|城镇化率|失业率|通胀率|通货膨胀率|覆盖率|普及率|贫困发生率"
)
_RATE_CHANGE = re.compile(
    rf"(?<![按成])({_RATE})(?:(?:同比|环比|比|较)[\u4e00-\u9fff0-9\uff10-\uff19]{{0,8}}?)?"
    r"(?:分别)?(提高|上升|增长|增加|下降|降低|回落|提升|下调|上调|减少|回升|下滑|扩大|收窄|缩小)了?$"
)


@check
def rate_changes_in_percent(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """增速回落0.5%, 利率下调0.25%, 比重提高2%: the change of a percentage is written in
    percentage points (0.5个百分点); in per cent it reads as a relative change."""
    text = article.text
    out = []
    for g in figures(article, facts):
        if g.kind != Kind.PERCENT or g.unit != "%" or g.text.startswith("百分之"):
            continue
        m = _RATE_CHANGE.search(text, max(0, g.start - 24), g.start)
        if m is None:
            continue
        points = g.text.rstrip("%\uff05") + "个百分点"
        out.append(Finding(
            "percentage_points", Severity.MEDIUM, (article.span(g.start, g.end),),
            f"“{m.group(1)}”本身是百分数，它的{m.group(2)}应以百分点计：“{m.group(2)}{g.text}”应为"
            f"“{m.group(2)}{points}”（确指相对变化的，请改写以免误解）。",
            "百分数的增减用“百分点”表示",
            suggestion=points,
        ))
    return out


_GROWTH = re.compile(r"(增长|增加|提高|上升|下降|减少|降低)了?(?=\d)")
_FROM_TO = re.compile(r"[从由]")
_TO = re.compile(r"(增加到|增长到|提高到|上升到|下降到|减少到|降至|增至|升至|到|至)")
_COMPARE = re.compile(r"(比上年|比去年|较上年|较去年|比\d{4}年|较\d{4}年)的?$")


_NUMERAL = re.compile(r"[0-9\uff10-\uff19]+(?:[.\uff0e][0-9\uff10-\uff19]+)?")


def _written(g: Figure) -> str:
    """The figure's Arabic numeral as written, in ASCII ("" for a Chinese one): ４．６亿元 -> 4.6."""
    m = _NUMERAL.search(g.text)
    return m.group().translate(TO_ASCII) if m else ""


def _decimals(g: Figure) -> int:
    """The places after the point a figure is written to (14.4%: 1; full-width digits too)."""
    written = _written(g)
    return len(written.split(".")[1]) if "." in written else 0


def _half_unit(g: Figure) -> float:
    """Half the last place a figure is written to, in its value's terms (4.6亿元: 0.05亿)."""
    number = float(_written(g) or 0)
    return 0.5 * 10 ** (-_decimals(g)) * g.value / number if number else 0.0


def _outside(stated: float, lo: float, hi: float, pct: Figure) -> bool:
    """Whether a stated rate lies outside what the figures give (lo to hi), read to the place it is
    written to (14.4%: 14.35 to 14.45)."""
    tol = 0.5 * 10 ** (-_decimals(pct))
    return not lo - tol <= stated <= hi + tol


@check
def growth_rates(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """从A增加到B,增长p% / B,比上年的A增长p%: p against the two stated values."""
    text = article.text
    figs = ByStart(figures(article, facts))
    out = []
    for s in sentences(article):
        in_s = figs.between(s.start, s.end)
        for m in _GROWTH.finditer(text, s.start, s.end):
            pct = next((g for g in in_s if g.start == m.end() and g.kind == Kind.PERCENT), None)
            if pct is None or pct.qualifier:
                continue
            values = [g for g in in_s if g.end <= m.start() and g.kind != Kind.PERCENT and not g.qualifier]
            if len(values) < 2:
                continue
            x, y = values[-2], values[-1]
            if x.unit != y.unit or not x.value or _new_subject(text, y.end, m.start()):
                continue
            between = text[x.end : y.start]
            before_x = text[max(s.start, x.start - 6) : x.start]
            if _FROM_TO.search(before_x) and _TO.search(between):
                old, new = x, y
            elif _COMPARE.search(text[max(s.start, y.start - 8) : y.start]):
                old, new = y, x
            else:
                continue
            down = m.group(1) in ("下降", "减少", "降低")
            actual = (new.value - old.value) / old.value * 100
            stated = -pct.value if down else pct.value
            if abs(actual - stated) > 0.5 * 10 ** (-_decimals(pct)) + 0.05:
                out.append(_arithmetic(
                    article, (old, new, pct),
                    f"从“{old.text}”到“{new.text}”{'增长' if actual >= 0 else '下降'}{abs(actual):.1f}%,"
                    f"文中写{m.group(1)}“{pct.text}”:增幅与两个数字对不上。",
                ))
    return out


# 比上年增加4.6亿元,增长20%: the change and its rate stated after the new total
_BY = re.compile(
    r"[比较](?:上年|去年|上一年|前一年|年初|上年末|去年末|上年同期|去年同期|同期|上月|\d{4}年)?(?:末|底|同期)?"
    r"(增加|增长|增收|提高|上升|多|减少|下降|降低|减收|少)了?$"
)
_RATE_AFTER = re.compile(r"[,\uff0c]\s*(?:同比)?(增长|增加|提高|上升|下降|减少|降低)了?$")
_UP = {"增加", "增长", "增收", "提高", "上升", "多"}


@check
def increment_rates(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """940亿元,比上年增加88.4亿元,增长10.4%: the rate is the change over the old total
    (88.4 / (940 - 88.4)); a rate the figures cannot give, even read at the last place they are
    written to, is a finding."""
    text = article.text
    figs = ByStart(figures(article, facts))
    out = []
    for s in sentences(article):
        in_s = list(figs.between(s.start, s.end))
        for k, pct in enumerate(in_s):
            if pct.kind != Kind.PERCENT or pct.qualifier or k < 2:
                continue
            rate = _RATE_AFTER.search(text, max(s.start, pct.start - 8), pct.start)
            change, total = in_s[k - 1], in_s[k - 2]
            if not rate or rate.start() != change.end or change.kind == Kind.PERCENT:
                continue
            by = _BY.search(text, max(s.start, change.start - 14), change.start)
            if not by or change.qualifier or total.qualifier or total.unit != change.unit or not total.value:
                continue
            if text[total.end : by.start()].strip(",\uff0c ") or "年均" in text[max(s.start, pct.start - 10) : pct.start]:
                continue
            up = by.group(1) in _UP
            if up != (rate.group(1) in _UP):
                continue  # 增加…下降: another mistake, not this arithmetic
            a, da = total.value, _half_unit(total)
            b, db = change.value, _half_unit(change)
            old_lo, old_hi = (a - da) - (b + db), (a + da) - (b - db)
            if not up:
                old_lo, old_hi = (a - da) + (b - db), (a + da) + (b + db)
            if old_lo <= 0:
                continue
            if not _outside(pct.value, (b - db) / old_hi * 100, (b + db) / old_lo * 100, pct):
                continue
            actual = b / ((a - b) if up else (a + b)) * 100
            out.append(_arithmetic(
                article, (total, change, pct),
                f"“{total.text}”{by.group(1)}“{change.text}”,是{rate.group(1)}{actual:.1f}%,"
                f"文中写“{pct.text}”:增幅与数字对不上。",
            ))
    return out


# 从1990年的117.7亿美元增加到1997年的489.9亿美元,年均增长22.6%: a rate that compounds
_AVERAGE = re.compile(r"(?:年均|年平均|平均每年)(?:递)?(增长|增加|提高|上升|下降|减少|降低)了?(?=\d)")
_YEAR_BEFORE = re.compile(r"([0-9\uff10-\uff19]{4})年(?:的|底|末)?$")


@check
def average_growth(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """从1990年的117.7亿美元增加到1997年的489.9亿美元,年均增长22.6%: over 7 years the rate is
    (489.9 / 117.7) ** (1/7) - 1; one the figures cannot give, even read at the last place they
    are written to, is a finding."""
    text = article.text
    figs = ByStart(figures(article, facts))
    out = []
    for s in sentences(article):
        in_s = figs.between(s.start, s.end)
        for m in _AVERAGE.finditer(text, s.start, s.end):
            pct = next((g for g in in_s if g.start == m.end() and g.kind == Kind.PERCENT), None)
            values = [g for g in in_s if g.end <= m.start() and g.kind != Kind.PERCENT and not g.qualifier]
            if pct is None or pct.qualifier or len(values) < 2:
                continue
            old, new = values[-2], values[-1]
            if old.unit != new.unit or not old.value or not new.value:
                continue
            years = [_YEAR_BEFORE.search(text, max(s.start, g.start - 8), g.start) for g in (old, new)]
            if not all(years):
                continue
            first, last = (int(y.group(1).translate(TO_ASCII)) for y in years)
            n = last - first
            if not 0 < n <= 100:
                continue
            da, db = _half_unit(old), _half_unit(new)
            if old.value - da <= 0:
                continue
            lo = (((new.value - db) / (old.value + da)) ** (1 / n) - 1) * 100
            hi = (((new.value + db) / (old.value - da)) ** (1 / n) - 1) * 100
            stated = -pct.value if m.group(1) in ("下降", "减少", "降低") else pct.value
            if not _outside(stated, lo, hi, pct):
                continue
            actual = ((new.value / old.value) ** (1 / n) - 1) * 100
            out.append(_arithmetic(
                article, (old, new, pct),
                f"从{first}年的“{old.text}”到{last}年的“{new.text}”,{n}年间年均{'增长' if actual >= 0 else '下降'}"
                f"{abs(actual):.1f}%,文中写“{pct.text}”:年均增幅与两个数字对不上。",
            ))
    return out


# 增长-3.2%: a rise by a negative amount (and 下降-3.2%, a fall by one)
_SIGNED_CHANGE = re.compile(r"(增长|增加|提高|上升|下降|减少|降低|回落)了?\s*([-−－﹣])\s*([0-9０-９.．]+\s*[%％]?)")
_OPPOSITE = {"增长": "下降", "增加": "减少", "提高": "降低", "上升": "下降",
             "下降": "增长", "减少": "增加", "降低": "提高", "回落": "回升"}


@check
def signed_changes(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """增长-3.2% for 下降3.2%: a change says its direction in words, not with a minus sign."""
    text = article.text
    out = []
    for m in _SIGNED_CHANGE.finditer(text):
        verb, amount = m.group(1), m.group(3).strip()
        right = f"{_OPPOSITE[verb]}{amount}"
        out.append(Finding(
            "number_usage", Severity.MEDIUM, (article.span(m.start(), m.end()),),
            f"“{m.group(0)}”:变化的方向用词语表达,不用负号,应写作“{right}”。",
        ))
    return out


# 十大民生实事 / 六个方面 / 三大主导产业
_ANNOUNCED = re.compile(r"(?P<n>[两三四五六七八九十]|十[一二三四五六七八九]|二十)(?P<w>大|个方面|项|件|条)(?P<noun>[“”{0}]{{0,1}}[{0}]{{2,6}})".format(CJK))
_ENUM = re.compile(r"([一二三四五六七八九十]+)是")


@check
def list_counts(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """十大民生实事 with a list of item headings, 六个方面工作:一是…六是, 车站街、青年路、和平街3条道路:
    the items counted against the number announced."""
    text = article.text
    out = []
    # headings announced by a story's headline or lead: count the item headings below
    skip = {b.start for _a, b in split_heading_pairs(article)}  # the second half of a heading split in two
    for story in article.stories:
        lead_end = next((p.end for p in article.paragraphs if p.kind == "body" and p.start >= story.start), story.end)
        items = [p for p in article.paragraphs if p.kind == "heading" and story.start <= p.start < story.end
                 and not any(h.start == p.start for h in story.headlines)]
        if not items:
            continue
        level = max(p.level for p in items)
        items = [p for p in items if p.level == level]
        n_items = len([p for p in items if p.start not in skip])
        for h in list(story.headlines) + [article.span(story.start, lead_end)]:
            m = next((m for m in _ANNOUNCED.finditer(text, h.start, h.end) if m["w"] == "大"), None)
            if not m:
                continue
            n = cn_to_int(m["n"])
            if n and n_items >= 3 and n != n_items and abs(n - n_items) <= max(3, n // 2):
                out.append(Finding(
                    "list_count", Severity.MEDIUM, (article.span(m.start(), m.end()),),
                    f"“{m.group(0)}”宣布{n}项,下面列出的条目却有{n_items}个:条目缺漏、多出或被拆分,请核对。",
                ))
            break
    # 六个方面工作:一是…;二是…
    for p in article.paragraphs:
        seg = text[p.start : p.end]
        for m in re.finditer(r"(?P<n>[两三四五六七八九十]+)个方面", seg):
            enums = [cn_to_int(e.group(1)) for e in _ENUM.finditer(seg, m.end())]
            enums = [e for e in enums if e]
            if len(enums) >= 2 and enums[0] == 1:
                n = cn_to_int(m["n"].replace("两", "二"))
                last = max(enums)
                if n and last != n:
                    out.append(Finding(
                        "list_count", Severity.MEDIUM, (article.span(p.start + m.start(), p.start + m.end()),),
                        f"说“{m.group(0)}”,后文却列到“{_cn(last)}是”:列举的项数与宣布的不符。",
                    ))
    # 车站街、青年路、和平街3条道路 (no 等: the list is complete)
    for g in figures(article, facts):
        if g.kind != Kind.COUNT or g.unit not in _COUNT_WORDS or g.qualifier or g.value > 20:
            continue
        k = g.start
        if k == 0 or text[k - 1] in "等共计、,\uff0c":
            continue
        seg_start = k
        depth = 0
        while seg_start > 0:
            c = text[seg_start - 1]
            if c in ")\uff09":
                depth += 1
            elif c in "(\uff08":
                depth -= 1
            elif depth == 0 and c in ",\uff0c。;\uff1b:\uff1a\n":
                break
            seg_start -= 1
        seg = re.sub(r"[(\uff08][^()\uff08\uff09]*[)\uff09]", "", text[seg_start:k])
        parts = seg.split("、")
        if len(parts) < 2 or any(len(p) > 12 or re.search(r"\d", p) or "“" in p for p in parts):
            continue
        noun = text[g.end : g.end + 4]
        if not any(p and p[-1] in noun for p in parts):
            continue  # the count is of something else than the items listed
        if len(parts) != int(g.value):
            out.append(Finding(
                "list_count", Severity.MEDIUM, (article.span(seg_start, g.end),),
                f"列出了{len(parts)}项,却说“{g.text}”:项数与数字不符。",
            ))
    return out


def _cn(n: int) -> str:
    return "一二三四五六七八九十"[n - 1] if 1 <= n <= 10 else str(n)
