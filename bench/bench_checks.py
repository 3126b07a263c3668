"""Copy-editor checks: recall of the seed pages' gold issues, and the finding rate on clean text.

    .venv/bin/python bench/run.py checks            # seeds (pipeline facts and gold facts) + People's Daily
    .venv/bin/python bench/run.py checks --lines=20000

Seeds: the share of gold issues of severity high and medium that some finding overlaps (a span of
the finding shares at least one character with a span of the issue), once with the facts the
pipeline extracts and once with facts built from the gold annotation (a stand-in for extraction,
to see what the checks do once extraction is good).  Every finding that overlaps no gold issue
is listed, for review.  People's Daily: the 199801 corpus (clean, edited text) laid out as pages
of 30 paragraphs; findings per 10,000 characters by kind.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from evaldata import EVAL, peoples_daily_sentences, seed_gold

from newsfacts.core.checks import run_checks
from newsfacts.core.model import Fact, Kind
from newsfacts.core.pipeline import extract_facts
from newsfacts.core.reading import article_from_text, read_article

TITLE = "checks: gold-issue recall on the seeds, findings per 10k characters on People's Daily"

_KINDS = {"PERSON": Kind.PERSON, "ORG": Kind.ORG, "PLACE": Kind.PLACE}


def gold_facts(gold: dict) -> list[Fact]:
    """Facts as the gold annotation gives them: a stand-in for extraction."""
    out = []
    for n in gold["numbers"]:
        out.append(Fact(Kind(n["kind"]), n["start"], n["end"], n["text"], value=n.get("value"),
                        value_max=n.get("value_max"), unit=n.get("unit"), date=n.get("date"),
                        qualifier=n.get("qualifier")))
    for e in gold["entities"]:
        out.append(Fact(_KINDS[e["type"]], e["start"], e["end"], e["text"], role=e.get("role")))
    return sorted(out, key=lambda f: (f.start, f.end))


def _overlaps(finding, issue) -> bool:
    return any(s.start < g["end"] and g["start"] < s.end for s in finding.spans for g in issue["spans"])


def seeds(label: str, use_gold: bool) -> None:
    hit = total = 0
    unmatched = []
    missed = []
    for path, _text, gold in seed_gold():
        article = read_article(path)
        facts = gold_facts(gold) if use_gold else extract_facts(article)
        findings = run_checks(article, facts)
        for issue in gold["issues"]:
            if issue["severity"] not in ("high", "medium"):
                continue
            total += 1
            if any(_overlaps(f, issue) for f in findings):
                hit += 1
            else:
                missed.append((path.name[:3], issue))
        for f in findings:
            if not any(_overlaps(f, i) for i in gold["issues"]):
                unmatched.append((path.name[:3], f))
    print(f"   seeds, {label}: {hit}/{total} gold issues (high+medium) overlapped = {hit / max(total, 1):.2f}")
    for name, issue in missed:
        sp = issue["spans"][0]
        print(f"      missed  {name} {issue['severity']:6} {issue['kind']:26} {sp['start']}-{sp['end']} {sp['text'][:24]!r}")
    print(f"      findings that overlap no gold issue (each should still be worth an editor's look): {len(unmatched)}")
    for name, f in unmatched:
        sp = f.spans[0]
        print(f"      no gold {name} {f.severity.value:6} {f.kind:26} {sp.start}-{sp.end} {sp.text[:20]!r}: {f.message[:60]}")


_SENTENCE_END = "。！？!?…”』"


def _is_title_line(line: str) -> bool:
    """A short line with no closing punctuation that is not a note in brackets: a title,
    a subtitle, a byline."""
    if len(line) >= 50 or line[-1:] in _SENTENCE_END:
        return False
    return not (line[:1] in "（(" and line[-1:] in "）)")


def _is_subheading(line: str) -> bool:
    """A line inside an article that reads as a subheading: short, no punctuation that a
    sentence, a caption or a signature would have (历史关头的战略决断, 第六章法律责任)."""
    if len(line) > 30 or line.startswith("—") or any(c in line for c in "，。！？；：,;:!?"):
        return False
    return _is_title_line(line) and not line.endswith(("摄）", "电）"))


def _as_draft(article: list[str]) -> list[str]:
    """One article's paragraphs as a draft carries them: the title lines it opens with (short,
    no closing punctuation) as headings, and a subheading standing alone between paragraphs
    as a heading one level down, the way editors' drafts mark them.  Datelines such as
    （新华社北京１月１日电）, photo credits, a signature ———王文西（山东） and runs of short
    lines (a list of prize-winners, a table of share prices, a table of contents, a poem)
    stay paragraphs: a draft does not set them as headings either."""
    out = []
    leading = True
    sub = [_is_subheading(line) for line in article]
    for i, line in enumerate(article):
        leading = leading and _is_title_line(line)
        alone = sub[i] and not (i > 0 and sub[i - 1]) and not (i + 1 < len(article) and sub[i + 1])
        if leading:
            out.append("## " + line)
        elif alone:
            out.append("### " + line)
        else:
            out.append(line)
    return out


def _pd_pages(n_lines: int, page_chars: int = 4000) -> list[list[str]]:
    """The corpus's paragraphs, as drafts, grouped into pages of whole articles (by the line ids
    19980101-01-001-002: date, page, article, paragraph), about ``page_chars`` a page."""
    raw = (EVAL / "peoples-daily-1998" / "199801.txt").read_bytes().decode("gbk", errors="replace")
    ids = [ln.split(None, 1)[0] for ln in raw.splitlines() if ln.strip()][:n_lines]
    texts = peoples_daily_sentences(limit=n_lines)
    articles: list[list[str]] = []
    prev = None
    for pid, t in zip(ids, texts):
        art = pid.rsplit("-", 1)[0]
        if art != prev:
            articles.append([])
        articles[-1].append(t)
        prev = art
    pages: list[list[str]] = []
    cur: list[str] = []
    size = 0
    for article in articles:
        if cur and size >= page_chars:
            pages.append(cur)
            cur, size = [], 0
        cur.extend(_as_draft(article))
        size += sum(map(len, article))
    if cur:
        pages.append(cur)
    return pages


# The Standing Committee of January 1998, for the corpus of that month (the shipped list is today's).
PBSC_1998 = ["江泽民", "李鹏", "朱镕基", "李瑞环", "胡锦涛", "尉健行", "李岚清"]
POSTS_1998 = {"中共中央总书记": "江泽民", "总书记": "江泽民", "国家主席": "江泽民", "中央军委主席": "江泽民",
              "国务院总理": "李鹏", "总理": "李鹏", "全国人大常委会委员长": "乔石", "委员长": "乔石",
              "全国政协主席": "李瑞环", "中央纪委书记": "尉健行", "国家副主席": "荣毅仁"}


def peoples_daily(n_lines: int, per_page: int = 30) -> None:
    """Findings per 10,000 characters of the corpus, read as of its day: the leaders' checks with
    the leadership of January 1998 (today's would flag every 江泽民 as 总书记)."""
    from newsfacts.core.checks import protocol

    saved = protocol.sole_posts, protocol.ranked_lists
    protocol.sole_posts = lambda: protocol.longest_first(POSTS_1998)
    protocol.ranked_lists = lambda: (("十五届中央政治局常委", tuple(PBSC_1998)),)
    try:
        _peoples_daily(n_lines)
    finally:
        protocol.sole_posts, protocol.ranked_lists = saved


def _peoples_daily(n_lines: int) -> None:
    lines = _pd_pages(n_lines)
    chars = 0
    kinds: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for i, page in enumerate(lines):
        text = "\n\n".join(page) + "\n"
        article = article_from_text(text, name=f"pd{i}.txt")
        chars += len(text)
        for f in run_checks(article, extract_facts(article)):
            kinds[f.kind] += 1
            examples.setdefault(f.kind, f.spans[0].text[:30].replace("\n", "⏎") + " | " + f.message[:50])
    total = sum(kinds.values())
    print(f"   People's Daily 199801, {sum(map(len, lines))} paragraphs in {len(lines)} pages, {chars} characters: "
          f"{total} findings = {total / chars * 1e4:.2f} per 10,000 characters")
    for k, n in kinds.most_common():
        print(f"      {k:26} {n:5}  {n / chars * 1e4:6.2f}/10k   e.g. {examples[k]}")


def leaders_order() -> None:
    """The order check on the whole corpus with the leadership of its day: People's Daily prints
    its leaders in order, so every finding would be a false alarm."""
    from newsfacts.core.checks.protocol import _JOINT, out_of_order

    text = "\n".join(peoples_daily_sentences())
    found = out_of_order(text, "十五届中央政治局常委", PBSC_1998)
    pattern = re.compile("|".join(PBSC_1998))
    runs: list[list[re.Match]] = []
    for m in pattern.finditer(text):
        if runs and _JOINT.fullmatch(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    checked = sum(1 for r in runs if len(r) >= 2)
    print(f"   leaders' order on all of 199801 (its Standing Committee): {checked} enumerations checked, "
          f"{len(found)} findings (each would be a false alarm)")


def leaders_posts(n_lines: int) -> None:
    """The post check on the corpus's pages with the holders of January 1998: every finding would
    be a false alarm (or a slip the paper printed)."""
    from newsfacts.core.checks import protocol

    saved = protocol.sole_posts
    protocol.sole_posts = lambda: protocol.longest_first(POSTS_1998)
    try:
        persons = found = 0
        for i, page in enumerate(_pd_pages(n_lines)):
            article = article_from_text("\n\n".join(page) + "\n", name=f"pd{i}.txt")
            facts = extract_facts(article)
            persons += sum(1 for f in facts if f.kind == Kind.PERSON and f.role and f.text in POSTS_1998.values())
            found += len(protocol.leaders_posts(article, facts))
    finally:
        protocol.sole_posts = saved
    print(f"   leaders' posts on {n_lines} paragraphs of 199801 (its holders): {persons} mentions of them with a "
          f"title checked, {found} findings (each would be a false alarm)")


def main(argv: list[str]) -> None:
    n_lines = 6000
    for a in argv:
        if a.startswith("--lines="):
            n_lines = int(a.split("=", 1)[1])
    seeds("pipeline facts", use_gold=False)
    seeds("gold facts (stand-in for extraction)", use_gold=True)
    if "--seeds-only" not in argv:
        peoples_daily(n_lines)
        leaders_order()
        leaders_posts(n_lines)


if __name__ == "__main__":
    main(sys.argv[1:])
