"""What print layout did to the page: words split by a break, paragraphs that stop mid-sentence,
headlines without a body, one heading set as two, a headline dropped into a sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..extraction.segmenter import word_across
from ..model import Article, Fact, Finding, Kind, Paragraph, Severity
from . import check
from ._text import CJK, TERMINAL, is_prose, tokens

_ITEM_START = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+[.、.]|第[一二三四五六七八九十\d]+|重点工作|[(\uff08][一二三四五六七八九十\d]+[)\uff09])")
_LINE_SPAN = re.compile(r"[ \t\u3000]*#*[ \t\u3000]*")


def _line_start(text: str, p: Paragraph) -> int:
    """Start of the paragraph's line including its markup (#### ), for spans that cover it."""
    s = p.start
    while s > 0 and text[s - 1] != "\n":
        s -= 1
    return s


# Words a phrase cannot end on: a line that stops on one stops mid-sentence (对于 / 完善…).
_OPEN_ENDED = frozenset({"对于", "关于", "对", "和", "与", "及", "以及", "并", "的", "在", "将", "把", "被", "为", "从",
               "向", "由", "是", "了", "地", "得", "使", "让", "同", "跟", "而", "或", "或者", "及其", "还"})


def _short_line(line: str) -> bool:
    return 0 < len(line) <= 30 and not any(c in line for c in "。!?\uff01\uff1f;\uff1b")


def _set_apart(text: str, brk: int, article) -> bool:
    """The line before the break stands on its own: a subheading set as a plain line after a
    finished sentence (讲究方法,务求实效 / 原因之一:农电负担重), or one line of a run of short
    lines (a list, a table of contents, a poem), which reading repair joined to the next
    paragraph.  Not when the line follows a heading (it is then the start of a body cut short:
    全年完成663户城镇非居民 / 用户…), or stops on a word a phrase cannot end on (…首批重点项目,对于)."""
    ls = text.rfind("\n", 0, brk) + 1
    line = text[ls:brk].strip(" \t\u3000")
    if line.startswith("#") or not _short_line(line):
        return False
    last = tokens(line)
    if last and last[-1][2] in _OPEN_ENDED:
        return False
    k = ls - 1
    while k > 0 and text[k - 1] in "\n\r \t\u3000":
        k -= 1
    if k <= 0:
        return False
    prev = article.paragraph_at(k - 1)
    if prev is None or prev.kind != "body":
        return False
    if text[k - 1] in TERMINAL:
        return True
    prev_line = text[text.rfind("\n", 0, k) + 1 : k].strip(" \t\u3000")
    return _short_line(prev_line)


# Bullets of a list of points (要点, 提要): an item ends without a full stop, and a summary line
# strings its points together with them (…出现松懈情绪●关键是稳定党在农村的各项政策).
_BULLETS = "●○◆◇■□▲△★☆•▪▶►"


def _listed(seg: str) -> bool:
    return any(c in _BULLETS for c in seg)


@check
def layout_breaks(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """A layout break joined by reading repair: inside a word (medium) or inside a sentence (low)."""
    text = article.text
    out = []
    persons = [f for f in facts if f.kind == Kind.PERSON]
    for b in article.breaks:
        if b.before in TERMINAL:
            continue  # the paragraph ended its sentence: not a break inside one
        para = article.paragraph_at(b.start - 1)
        lo = max(para.start if para else 0, b.start - 10)
        left = text[lo : b.start]
        right_end = b.end
        while right_end < len(text) and right_end - b.end < 10 and text[right_end] != "\n":
            right_end += 1
        right = text[b.end : right_end]
        cut = len(left)
        word = word_across(left, right)
        if word is None and (_listed(text[para.start : b.start] if para else left) or _listed(right[:1])):
            continue  # one point of a list and the next: no sentence runs across
        heading = para is not None and para.kind == "heading"
        name = next((f for f in persons if f.start < b.start and f.end > b.end), None)
        if name is not None or word is not None:
            if name is not None:
                s0, e0, shown = name.start, name.end, name.text.replace("\n", "")
                what = f"人名“{shown}”被换行拆开"
            else:
                s0 = lo + word[0]
                e0 = b.end + (word[1] - cut)
                what = f"“{word[2]}”一词被换行拆开"
            if heading:
                what += ",标题的后半截落进了正文"
            out.append(Finding(
                "broken_word_linebreak", Severity.MEDIUM, (article.span(s0, e0),),
                f"{what}(“{text[s0:b.start]}”/“{text[b.end:e0]}”):排版时断开的词,付印前应接回同一行。",
            ))
        elif _set_apart(text, b.start, article):
            continue  # 讲究方法,务求实效: a subheading set as a plain line, not half a sentence
        else:
            # a sentence continues in the next paragraph: show the words either side
            ws = [t for t in tokens(left) if t[1] <= cut]
            s0 = lo + (ws[-1][0] if ws else 0)
            rt = tokens(right)
            e0 = b.end + (rt[0][1] if rt else 0)
            out.append(Finding(
                "broken_sentence_linebreak", Severity.LOW, (article.span(s0, e0),),
                f"句子在“{text[s0:b.start]}”与“{text[b.end:e0]}”之间被分段:一句话分在两段,请确认是否应接排。",
            ))
    return out


@check
def truncated_paragraphs(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """A paragraph of running text that stops without ending its sentence (and no repair joined it)."""
    text = article.text
    joined = {b.start for b in article.breaks}
    paras = article.paragraphs
    out = []
    for i, p in enumerate(paras):
        if p.kind != "body" or p.end in joined:
            continue
        seg = text[p.start : p.end]
        if not seg or seg[-1] in TERMINAL or not is_prose(seg) or seg.startswith("——") or _listed(seg):
            continue
        if not re.match(rf"[{CJK}\d]", seg[-1]):
            continue
        if "——" in seg[-10:]:
            continue  # ———编者: a signature
        if text.startswith("  \n", p.end) or text.startswith("  \r", p.end):
            continue  # a line ended on purpose (Markdown hard break): a heading's tail, a caption
        tail = article.span(max(p.start, p.end - 10), p.end)
        # A headline set in the middle of the sentence: the sentence goes on after it.
        j = i + 1
        heads = []
        while j < len(paras) and (paras[j].kind == "heading" or text.startswith("——", paras[j].start)):
            heads.append(paras[j])
            j += 1
        if heads and j < len(paras) and paras[j].kind == "body":
            nxt = paras[j]
            across = word_across(seg[-6:], text[nxt.start : nxt.start + 6])
            word = across[2] if across else None
            if word:
                span = article.span(p.end - 3, nxt.start + 2)
                out.append(Finding(
                    "misplaced_headline", Severity.HIGH, (span,),
                    f"标题“{text[heads[0].start:heads[0].end]}”插在句子中间,把“{word}”一词拆成两半:"
                    "标题可能放错了位置,前面的段落也许属于它的正文。",
                ))
                continue
        if heads:
            msg = (f"段落在“{tail.text}”处中断,没有句末标点,紧接着就是下一个标题:"
                   "后文可能丢失,或被排到了别处。")
            sev = Severity.HIGH
        else:
            msg = f"段落在“{tail.text}”处中断,没有句末标点:句子没有写完,后文可能丢失。"
            sev = Severity.MEDIUM
        out.append(Finding("truncated_text", sev, (tail,), msg))
    return out


def heading_runs(article: Article) -> list[list[Paragraph]]:
    """Headings that follow each other with no text between (one list per run)."""
    runs: list[list[Paragraph]] = []
    cur: list[Paragraph] = []
    for p in article.paragraphs:
        if p.kind == "heading":
            cur.append(p)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur + [None])  # type: ignore[list-item]  # a run at the end: nothing follows
    return runs


def split_heading_pairs(article: Article) -> list[tuple[Paragraph, Paragraph]]:
    """Item headings (level 3 and below) set as two lines though they are one heading."""
    text = article.text
    pairs = []
    for run in heading_runs(article):
        for a, b in zip(run, run[1:]):
            if a is None or b is None or a.level < 3 or a.level != b.level:
                continue
            ta, tb = text[a.start : a.end], text[b.start : b.end]
            if len(ta) + len(tb) > 30 or _ITEM_START.match(tb) or " " in ta or "\u3000" in ta:
                continue
            if ta[-1] in TERMINAL:
                continue
            pairs.append((a, b))
    return pairs


def _two_headlines(a: str, b: str) -> bool:
    """Two lines that each read as a complete headline (高新区党政联席会议召开 / 高新区经济工作会议召开)."""
    if min(len(a), len(b)) < 8 or b.startswith(("——", "—", "(", "\uff08")) or a.endswith((":", "\uff1a", "——")):
        return False
    return a[:2] == b[:2] or a[-2:] == b[-2:]


@check
def headings(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """A headline with no body under it; one heading split over two lines."""
    text = article.text
    out = []
    split = split_heading_pairs(article)
    in_split = {id(p) for pair in split for p in pair}
    for a, b in split:
        span = article.span(_line_start(text, a), b.end)
        out.append(Finding(
            "split_heading", Severity.MEDIUM, (span,),
            f"小标题“{text[a.start:a.end]}{text[b.start:b.end]}”被拆成了两个标题:应合为一行,"
            "否则像是两个条目,其中一个没有正文。",
        ))
    for run in heading_runs(article):
        for a, b in zip(run, run[1:]):
            if a is None or id(a) in in_split:
                continue
            if b is not None and (b.level > a.level or id(b) in in_split):
                continue  # a headline and its subheading: normal
            if b is not None and a.level <= 2 and not _two_headlines(text[a.start : a.end], text[b.start : b.end]):
                continue  # a kicker, a subtitle, an author line: one headline set in several lines
            span = article.span(_line_start(text, a), a.end)
            after = "紧接着是另一个同级标题" if b is not None else "后面没有任何正文"
            out.append(Finding(
                "missing_body", Severity.HIGH if a.level <= 2 else Severity.MEDIUM, (span,),
                f"标题“{text[a.start:a.end]}”{after}:这篇稿件的正文缺失,或被排到了别处。",
            ))
    return out


# A paragraph that opens by pointing back to something the text before it must have named.
_POINTS_BACK = re.compile(
    r"(?:会议|会上|全会|他|她|他们)(?:还|也|同时|进一步|并)?(?:强调|指出|要求|认为|提出|号召|决定|表示|说)[,\uff0c:\uff1a]"
)


@check
def stranded_paragraphs(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """会议强调,… with no meeting named before it: the paragraph follows a caption, a label or a
    headline instead of running text, so its lead is missing or it was set in the wrong place."""
    text = article.text
    paras = article.paragraphs
    out = []
    for i, p in enumerate(paras):
        if p.kind != "body":
            continue
        m = _POINTS_BACK.match(text, p.start, p.end)
        if m is None:
            continue
        prev = paras[i - 1] if i > 0 else None
        if prev is not None and prev.kind == "body" and is_prose(text[prev.start : prev.end]):
            continue  # the paragraph before says who or which meeting
        opener = m.group(0)[:-1]
        if prev is None or prev.kind == "heading":
            why = "紧接在标题之后,稿件没有交代时间、地点和会议(或人物)的导语"
        else:
            why = f"前面是“{text[prev.start:prev.end][:12]}”这样的图注或标签,而不是交代会议(或人物)的正文"
        out.append(Finding(
            "displaced_fragment", Severity.MEDIUM, (article.span(p.start, min(p.end, p.start + 24)),),
            f"段落以“{opener}”开头,但{why}:导语可能丢失,或这段是从别的稿件错排过来的。",
        ))
    return out


# A headline that reports an event (…举行…仪式, …会议召开, …出炉, …获评…): a news report, whose
# first paragraph says when and where (本报讯(记者…)2023年12月29日下午,…).
_EVENT = re.compile(
    "召开|举行|举办|开幕|闭幕|启动|开工|竣工|揭牌|签约|签署|出炉|发布|获评|获批|表彰|通过|当选|成立|落成|开通|启用|开展|"
    "部署|调研|视察|会见|慰问"
)
# …and says it at once: a date, a time of day, or a word for when.
_WHEN = re.compile(
    r"\d{1,4}年|\d{1,2}月|[〇零一二三四五六七八九十]+月|\d{1,2}日|近日|日前|昨天|昨日|今天|今日|当天|当日|上午|下午|晚上|"
    r"近期|本周|上周|日内|此前|目前|元旦|春节"
)


# A report's dateline, bracketed byline or not: 本报讯, 本报北京1月1日讯, 新华社北京1月1日电.
_DATELINE = re.compile(r"(本报讯|本报[^\s,\uff0c。]{1,14}?[讯电]|新华社[^\s,\uff0c。]{1,14}?电|中新社[^\s,\uff0c。]{0,14}?电)")


# A picture story (长春举办冰雪节（图片）) opens with its caption; a note that pictures go with the
# text ((附图片１张)) is no paragraph of the story.
_PICTURE = re.compile("图片|附图|[(\uff08]图[)\uff09]|摄影报道")
_PICTURE_NOTE = re.compile("[(\uff08]附?图片")


@check
def missing_leads(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """On a page of news reports (two or more open with a dateline or a reporter's line), a report
    whose headline tells of an event but whose body opens without one and without saying when:
    its lead (本报讯……) was lost.  A headline with a dash subtitle (——写在…之际) is a commentary or
    a feature, and a picture story opens with its caption: those open as they like."""
    text = article.text
    stories = []  # (story, its first body paragraph, whether it opens as a report)
    for st in article.stories:
        first = next(
            (
                p
                for p in article.paragraphs
                if st.start <= p.start < st.end and p.kind == "body" and not _PICTURE_NOTE.match(text, p.start, p.end)
            ),
            None,
        )
        reported = any(st.start <= b.span.start < st.end for b in article.bylines) or (
            first is not None and _DATELINE.match(text, first.start, first.end) is not None
        )
        stories.append((st, first, reported))
    if sum(r for _s, _f, r in stories) < 2:
        return []
    out = []
    for st, first, reported in stories:
        if reported or first is None or not st.headlines:
            continue  # a story with no body at all: missing_body says it
        heads = "".join(h.text for h in st.headlines)
        if "—" in heads or _PICTURE.search(heads) or not _EVENT.search(heads):
            continue  # a commentary, a feature, a picture story: they open as they like
        m = re.search("[。!?\uff01\uff1f]", text[first.start : first.end])
        opening = text[first.start : first.start + (m.end() if m else min(60, first.end - first.start))]
        if _WHEN.search(opening):
            continue
        out.append(Finding(
            "missing_lead", Severity.MEDIUM, (article.span(first.start, first.start + len(opening)),),
            f"标题“{st.headlines[0].text}”报道一件事,正文却从“{opening[:16]}”开始,"
            "没有交代时间、地点的导语(本报讯……):导语可能丢失,请核对原稿。",
        ))
    return out
