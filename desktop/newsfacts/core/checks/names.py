"""Names: the same person given two ranks, a place or body written two ways on one page."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from ..model import Article, Fact, Finding, Kind, Severity
from . import check
from ._text import CJK, tokens

_RANK = re.compile(r"(常务副|副)?(书记|主任|主席|区长|市长|县长|省长|局长|部长|厅长|镇长|乡长|院长|校长|社长|总经理|董事长|秘书长)$")


def _ranks(role: str) -> list[tuple[str, str, bool]]:
    """(organisation, title, deputy) of each part of a title: 解放区委副书记、区长."""
    out = []
    for part in re.split(r"[、,\uff0c兼]", role):
        m = _RANK.search(part)
        if m:
            out.append((part[: m.start()], m.group(2), bool(m.group(1))))
    return out


@check
def person_roles(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """区委书记赵某 here, 区委副书记赵某 there: the same post given two ranks."""
    by_name: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.kind == Kind.PERSON and f.role and f.role not in ("记者", "通讯员", "摄影记者"):
            by_name[f.text].append(f)
    out = []
    for name, mentions in by_name.items():
        seen: dict[tuple[str, str], tuple[bool, Fact]] = {}
        reported = False
        for f in mentions:
            for org, title, deputy in _ranks(f.role or ""):
                key = (org[-4:], title)
                if key in seen and seen[key][0] != deputy and not reported:
                    g = seen[key][1]
                    out.append(Finding(
                        "person_role_conflict", Severity.MEDIUM,
                        (article.span(g.start, g.end), article.span(f.start, f.end)),
                        f"{name}前文是“{g.role}”,后文是“{f.role}”:同一职务一处有“副”一处没有,请核对职务。",
                    ))
                    reported = True
                seen.setdefault(key, (deputy, f))
    return out


def _same_post(a: str, b: str) -> bool:
    """Two titles that can be one post: the same title, rank and body, or one naming no body
    (市委书记 / 书记)."""
    for org_a, title_a, deputy_a in _ranks(a):
        for org_b, title_b, deputy_b in _ranks(b):
            if title_a == title_b and deputy_a == deputy_b and (org_a == org_b or not org_a or not org_b):
                return True
    return False


def _same_shape_pairs(facts: Iterable[Fact]) -> Iterator[tuple[Fact, Fact]]:
    """Each pair of names of the same length and first character, by their first mentions."""
    first: dict[str, Fact] = {}
    for f in facts:
        first.setdefault(f.text, f)
    by_shape: dict[tuple[int, str], list[Fact]] = defaultdict(list)
    for f in first.values():
        by_shape[(len(f.text), f.text[0])].append(f)
    for group in by_shape.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                yield a, b


@check
def person_variants(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """市委书记张建国 here, 张建民书记 there: the same leader's name written two ways, one character
    apart, with the same post."""
    posted = (f for f in facts if f.kind == Kind.PERSON and f.role and 2 <= len(f.text) <= 4 and not f.extra)
    out = []
    for a, b in _same_shape_pairs(posted):
        if sum(x != y for x, y in zip(a.text, b.text)) == 1 and _same_post(a.role or "", b.role or ""):
            out.append(Finding(
                "name_inconsistency", Severity.MEDIUM,
                (article.span(a.start, a.end), article.span(b.start, b.end)),
                f"同一版面上“{a.role}{a.text}”与“{b.role}{b.text}”只差一个字:若是同一人,姓名应统一,请核对。",
            ))
    return out


_SUFFIXES = ("西路", "东路", "南路", "北路", "中路", "路", "街", "大道", "社区", "小区", "公园", "广场", "大桥", "桥")


def _road_names(article: Article) -> list[tuple[int, int, str]]:
    """Road and community names found by the segmenter: 韩愈路, 韩愈西路, 沁泉湖社区."""
    text = article.text
    out = []
    for p in article.paragraphs:
        seg = text[p.start : p.end]
        toks = tokens(seg)
        for k, (s, e, w) in enumerate(toks):
            if w in ("路", "街", "社区", "小区", "东路", "西路", "南路", "北路", "中路") and k > 0:
                ps, pe, pw = toks[k - 1]
                if k > 1 and len(pw) == 1 and pw in "东西南北中" and len(toks[k - 2][2]) >= 2:
                    ps = toks[k - 2][0]
                name = seg[ps:e]
                if 3 <= len(name) <= 9 and re.fullmatch(rf"[{CJK}]+", name):
                    out.append((p.start + ps, p.start + e, name))
            elif len(w) >= 3 and w.endswith(("路", "街", "社区", "小区")) and re.fullmatch(rf"[{CJK}]+", w):
                out.append((p.start + s, p.start + e, w))
    return out


def _variant(a: str, b: str) -> bool:
    """b is a with one to three characters inserted before the shared suffix (韩愈路 / 韩愈西路)."""
    if len(b) <= len(a) or len(b) - len(a) > 3:
        return False
    for suf in _SUFFIXES:
        if a.endswith(suf) and b.endswith(suf):
            stem_a, stem_b = a[: -len(suf)], b[: -len(suf)]
            return len(stem_a) >= 2 and stem_b.startswith(stem_a)
    # 韩愈路 / 韩愈西路: the direction belongs to the suffix
    for d in "东西南北中":
        if b.endswith(d + a[-1:]) and b[: -2] == a[:-1]:
            return len(a) >= 3
    return False


@check
def name_variants(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """A place written two ways on the page: 韩愈路 and 韩愈西路, 沁泉湖社区 and 沁泉湖南北苑社区."""
    names: dict[str, tuple[int, int]] = {}
    for f in facts:
        if f.kind == Kind.PLACE and "\n" not in f.text:
            names.setdefault(f.text, (f.start, f.end))
    for s, e, w in _road_names(article):
        names.setdefault(w, (s, e))
    out = []
    items = sorted(names.items(), key=lambda kv: kv[1][0])
    # a variant shares its first two characters (_variant): compare only within those groups
    by_head: dict[str, list[tuple[str, tuple[int, int]]]] = {}
    for item in items:
        by_head.setdefault(item[0][:2], []).append(item)
    for a, (sa, ea) in items:
        for b, (sb, eb) in by_head[a[:2]]:
            if a != b and _variant(a, b):
                spans = tuple(sorted((article.span(sa, ea), article.span(sb, eb)), key=lambda s: s.start))
                out.append(Finding(
                    "name_inconsistency", Severity.LOW, spans,
                    f"同一版面上既有“{a}”又有“{b}”:若是同一地点,名称应统一;若是两处,请确认无误。",
                ))
    return out


_LEVELS = frozenset("省市县区州盟旗乡镇村")


def _level_apart(a: str, b: str) -> bool:
    """The same name of four characters or more with one administrative level changed: 省市县委 /
    省市区委, 解放区人民法院 / 解放县人民法院 (not its first character: 市委 / 县委 are two bodies)."""
    if len(a) != len(b) or len(a) < 4:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 1 and diff[0] > 0 and a[diff[0]] in _LEVELS and b[diff[0]] in _LEVELS


@check
def body_variants(article: Article, facts: Sequence[Fact]) -> list[Finding]:
    """One body written at two administrative levels on the page: 省市县委 in a district's report
    that elsewhere says 省市区委."""
    out = []
    for a, b in _same_shape_pairs(f for f in facts if f.kind == Kind.ORG and "\n" not in f.text):
        if _level_apart(a.text, b.text):
            one, two = sorted((a, b), key=lambda f: f.start)
            out.append(Finding(
                "name_inconsistency", Severity.LOW, (article.span(one.start, one.end), article.span(two.start, two.end)),
                f"同一版面上既有“{one.text}”又有“{two.text}”:行政级别差一字,若指同一机构,名称应统一,请核对。",
            ))
    return out
