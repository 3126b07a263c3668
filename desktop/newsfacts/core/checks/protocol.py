"""Leaders named out of their official order (排名顺序), and given another leader's post.

A newspaper prints the members of the Politburo Standing Committee, and any list the desk keeps
in ``resources/dictionaries/ranked.tsv``, in the order of protocol; a list printed out of order is
a political error, the kind a copy editor is there to catch.  The check looks at enumerations
only (习近平、李强、赵乐际…; 江泽民李鹏朱镕基… run together in a headline; 同志 or 和 between
them): names far apart in a story may come in any order.

A post only one person holds at a time (国务院总理, 全国人大常委会委员长: ``resources/dictionaries/
leaders.tsv``) written before someone else's name is the other error of the kind: 国务院总理赵乐际.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from ..model import Article, Fact, Finding, Kind, Severity
from . import check
from ..paths import dictionary_rows
from ._text import ByStart, sentences

# what may stand between two names of one enumeration
_JOINT = re.compile(r"(同志)?[、，,\s]?(和|与|及|以及)?")


@lru_cache(maxsize=1)
def ranked_lists() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(what the list is, its names in order) of resources/dictionaries/ranked.tsv."""
    out = []
    for row in dictionary_rows("ranked.tsv"):
        if len(row) < 2:
            continue
        members = tuple(n.strip() for n in row[1].split("、") if n.strip())
        if len(members) >= 2:
            out.append((row[0].strip(), members))
    return tuple(out)


def out_of_order(text: str, label: str, members: Sequence[str]) -> list[tuple[list[tuple[int, int]], str]]:
    """(the spans of one enumeration, the message) for each enumeration of ``members`` in ``text``
    that does not follow their order."""
    rank = {name: i for i, name in enumerate(members)}
    pattern = re.compile("|".join(sorted(map(re.escape, members), key=len, reverse=True)))
    found = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    runs: list[list[tuple[int, int, str]]] = []
    for item in found:
        if runs and _JOINT.fullmatch(text, runs[-1][-1][1], item[0]):
            runs[-1].append(item)
        else:
            runs.append([item])
    out = []
    for run in runs:
        names = [n for _, _, n in run]
        if len(names) < 2 or len(set(names)) < len(names):
            continue
        for a, b in zip(names, names[1:]):
            if rank[a] > rank[b]:
                order = "、".join(n for n in members if n in names)
                out.append((
                    [(s, e) for s, e, _ in run],
                    f"“{b}”应排在“{a}”之前:按{label}的顺序,这里应为“{order}”。领导人排序不能有误,请核对。",
                ))
                break
    return out


# Names of the desk's own ranked lists (the newsroom memory's 本报排名顺序).  A shipped list that
# shares two or more names with one of them is the desk's to check (a new Standing Committee,
# kept by the desk before a release ships it); one desk a program, so one set a process.
_desk_lists: tuple[frozenset[str], ...] = ()


def use_desk_lists(lists) -> bool:
    """The desk's ranked lists (each a sequence of names) from now on; True when they changed."""
    global _desk_lists
    new = tuple(sorted((frozenset(names) for names in lists), key=sorted))
    changed = new != _desk_lists
    _desk_lists = new
    return changed


@check
def leaders_order(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    text = article.text
    out = []
    for label, members in ranked_lists():
        if any(len(desk.intersection(members)) >= 2 for desk in _desk_lists):
            continue  # the desk keeps its own list of these names: store.checks.desk_order checks it
        for spans, message in out_of_order(text, label, members):
            out.append(Finding("name_order", Severity.HIGH, tuple(article.span(s, e) for s, e in spans), message))
    return out


_FORMER = re.compile(r"(时任|原|前|曾任|历任|首任)")
# The parts of a role that each name a post (解放区委副书记、区长; 国务委员兼外交部长).
ROLE_PARTS = re.compile("[、,\uff0c兼]")
_NATION = re.compile("^(中国|中华人民共和国)")


def bare_post(part: str) -> str:
    """A post without the country it is of (中国国家主席 -> 国家主席)."""
    return _NATION.sub("", part)


_CHINESE_BODIES = ("国务院", "中共中央", "全国人大", "全国政协", "中央纪委", "中央军委")


@lru_cache(maxsize=1)
def shipped_posts() -> dict[str, str]:
    """Post -> the one person who holds it, as resources/dictionaries/leaders.tsv has it."""
    out: dict[str, str] = {}
    for row in dictionary_rows("leaders.tsv"):
        if len(row) < 2:
            continue
        for post in row[1].split("、"):
            if post.strip():
                out[post.strip()] = row[0].strip()
    return out


# Posts of leaders.tsv the desk has verified someone else in since it shipped (a new premier):
# post -> the desk's holder.  Set from the newsroom memory before a draft is checked
# (``store.checks.national_holders``); one desk a program, so one set a process.
_desk_holders: tuple[tuple[str, str], ...] = ()


def use_desk_holders(holders: dict[str, str]) -> bool:
    """The desk's holders of leaders.tsv posts from now on; True when they changed."""
    global _desk_holders
    new = tuple(sorted(holders.items()))
    changed = new != _desk_holders
    _desk_holders = new
    return changed


def sole_posts() -> dict[str, str]:
    """Post -> the one person who holds it (leaders.tsv, with the desk's later holders), the
    longest post first (国务院总理 is tried before 总理)."""
    return _with_desk_holders(_desk_holders)


@lru_cache(maxsize=4)
def _with_desk_holders(desk: tuple[tuple[str, str], ...]) -> dict[str, str]:
    posts = dict(shipped_posts())
    for post, holder in desk:
        before = posts.get(post)
        for other, who in list(posts.items()):
            # the post and its short forms held by the same person (国务院总理, 总理)
            if who == before and post.endswith(other):
                posts[other] = holder
    return longest_first(posts)


def longest_first(posts: dict[str, str]) -> dict[str, str]:
    """``posts`` in the order wrong_post tries them: the longest first."""
    return dict(sorted(posts.items(), key=lambda kv: -len(kv[0])))


def wrong_post(name: str, role: str) -> tuple[str, str] | None:
    """(the post, its holder) when ``role`` gives ``name`` a post another person holds.

    For one of the holders, any title ending in another's post counts (总理王沪宁); for anyone
    else only a post that names its Chinese body (国务院总理莫迪), as 印度总理, 以总理 and a
    Vietnamese 国家主席 are other countries' and 周总理 is history."""
    posts = sole_posts()
    holders = set(posts.values())
    for part in ROLE_PARTS.split(role):
        if _FORMER.search(part):
            continue
        bare = bare_post(part)
        post = next(
            (
                p
                for p in posts
                if (part.endswith(p) if name in holders else bare == p and p.startswith(_CHINESE_BODIES))
            ),
            None,
        )
        if post is not None and posts[post] != name:
            return post, posts[post]
    return None


_YEAR = re.compile(r"([12１２][0-9０-９]{3})年")
_FULL_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# a former post announced before the role: 原国务院总理李鹏 (the role read with the name leaves 原 out)
_FORMER_BEFORE = re.compile(r"(时任|原|前|曾任|历任|首任|已故)$")


def _history(text: str, sentence_start: int, at: int) -> bool:
    """A year two or more before this one earlier in the sentence: 1982年……全国政协主席邓小平 gave
    the post of the day."""
    this_year = date.today().year
    for m in _YEAR.finditer(text, sentence_start, at):
        if int(m.group(1).translate(_FULL_DIGITS)) <= this_year - 2:
            return True
    return False


class PastPosts:
    """Whether the role written with a person is a post of the past: 原, 前 or 时任 before it, or a
    year two or more back earlier in the sentence.  The page's sentences are cut only when asked."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._sents: ByStart | None = None

    def __call__(self, f: Fact) -> bool:
        text = self.article.text
        start = f.start - len(f.role) if f.role and text.startswith(f.role, f.start - len(f.role)) else f.start
        if _FORMER_BEFORE.search(text, max(0, start - 2), start):
            return True
        if self._sents is None:
            self._sents = ByStart(sentences(self.article))
        sent = self._sents.containing(f.start)
        return sent is not None and _history(text, sent.start, f.start)


@check
def leaders_posts(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    past = PastPosts(article)
    out = []
    for f in facts:
        if f.kind is not Kind.PERSON or not f.role:
            continue
        wrong = wrong_post(f.text, f.role)
        if wrong is not None:
            if past(f):
                continue
            post, holder = wrong
            out.append(Finding(
                "person_role_conflict", Severity.HIGH, (article.span(f.start, f.end),),
                f"“{post}”是{holder}的职务,这里写在“{f.text}”前(“{f.role}{f.text}”):人名或职务有误,请核对。",
            ))
    return out
