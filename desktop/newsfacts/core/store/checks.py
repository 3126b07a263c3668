"""Checks against the newsroom memory: pure functions (article, facts, memory) -> findings.

* ``role_conflicts``: a verified person named with a different role (赵海燕 was verified as
  解放区委书记; this draft says 区长).
* ``near_duplicates``: a name one character away from a verified name (吕沛 / 吕培): the
  character sounds the same (any reading, tones ignored), or the draft's text there is itself a
  name the extractor found.
* ``desk_posts``: a post one person holds at a time (解放区委书记, 焦作市市长, 焦作日报社社长),
  verified with one name, written before another (解放区委书记李明, when the desk verified
  赵海燕).  A verified role names who holds the post; verifying the new holder when a post
  changes hands makes them the holder, and the one before is then given it only as 时任.
* ``house_style``: a form the desk's usage rules replace (老百姓 -> 群众), wherever it stands as a
  word of its own (a two-character form inside two words, 超过|份额, is not one), unless the
  built-in misspellings or usage list says the same there already (帐户 -> 账户).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..checks import chinese_punctuation
from ..checks._text import sounds_alike
from ..checks import formulations as fm
from ..checks.protocol import (
    ROLE_PARTS,
    PastPosts,
    bare_post,
    out_of_order,
    shipped_posts,
    sole_posts,
    use_desk_holders,
    use_desk_lists,
)
from ..model import Analysis, Article, Fact, Finding, Kind, Severity, Span
from .memory import KnownName, MemorySnapshot

ROLE_CONFLICT = "memory-role"
NEAR_DUPLICATE = "memory-spelling"
HOUSE_STYLE = "memory-style"
DESK_ORDER = "memory-order"
DESK_POST = "memory-post"
DESK_FORMULATION = "memory-formulation"
MEMORY_KINDS = (ROLE_CONFLICT, NEAR_DUPLICATE, HOUSE_STYLE, DESK_ORDER, DESK_POST, DESK_FORMULATION)

# Titles a role ends with; the longest first so 副书记 wins over 书记.
TITLES = tuple(
    sorted(
        (
            "书记 副书记 区长 副区长 市长 副市长 县长 副县长 省长 副省长 镇长 乡长 村长 主任 副主任 局长 副局长"
            " 部长 副部长 厅长 处长 科长 院长 副院长 校长 副校长 所长 主席 副主席 委员 常委 秘书长 董事长 总经理"
            " 副总经理 经理 总裁 主编 社长 行长 会长 理事长 司令员 政委 检察长 庭长 队长 站长 馆长 组长 州长 旗长"
        ).split(),
        key=len,
        reverse=True,
    )
)
# Where a role in front of a name stops when read backwards: punctuation and these words.
_ROLE_STOPS = set("由和与及、,\uff0c。;\uff1b:\uff1a \u3000\n“”\"()\uff08\uff09是在对向为被将把让请经据同跟")
_MAX_ROLE = 16
_KIND_ZH = {Kind.PERSON: "人名", Kind.ORG: "机构名", Kind.PLACE: "地名"}


def _is_han(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff" or "\U00020000" <= c <= "\U0003134f"


def _occurrences(text: str, word: str) -> list[int]:
    out, pos = [], text.find(word)
    while pos >= 0:
        out.append(pos)
        pos = text.find(word, pos + 1)
    return out


def role_before(text: str, start: int) -> tuple[int, str] | None:
    """The role written just before a name at ``start`` (解放区区长|赵海燕), if there is one."""
    s = start
    while s > 0 and start - s < _MAX_ROLE and text[s - 1] not in _ROLE_STOPS:
        s -= 1
    run = text[s:start]
    if not any(run.endswith(t) for t in TITLES):
        return None
    return s, run


def _agrees(role: str, verified: frozenset[str]) -> bool:
    return any(role.endswith(v) or v.endswith(role) for v in verified)


def role_conflicts(article: Article, facts: Sequence[Fact], memory: MemorySnapshot) -> list[Finding]:
    text = article.text
    seen: set[tuple[int, int]] = set()
    findings: list[Finding] = []

    def check(name: str, start: int, end: int, role: str | None, role_start: int | None) -> None:
        verified = memory.roles_of(name)
        if not verified or not role or (start, end) in seen or _agrees(role, verified):
            return
        seen.add((start, end))
        spans = [Span(start, end, name)]
        if role_start is not None:
            spans.insert(0, Span(role_start, role_start + len(role), role))
        known = "”或“".join(sorted(verified))
        findings.append(
            Finding(
                ROLE_CONFLICT,
                Severity.HIGH,
                tuple(spans),
                f"{name}已核实的职务是“{known}”,此稿写作“{role}”,请核对。",
            )
        )

    for f in facts:
        if f.kind is Kind.PERSON and f.role:
            got = role_before(text, f.start)
            if got and got[1].endswith(f.role):
                check(f.text, f.start, f.end, f.role, f.start - len(f.role))
            else:
                check(f.text, f.start, f.end, f.role, None)
    for name in {n.name for n in memory.names if n.kind is Kind.PERSON and n.role}:
        for pos in _occurrences(text, name):
            got = role_before(text, pos)
            if got:
                check(name, pos, pos + len(name), got[1], got[0])
    return findings


# Titles one person holds at a time in a body (the deputies' 副 left out: there are several).
_SOLE_TITLES = tuple(
    sorted(
        (
            "书记 区长 市长 县长 省长 州长 盟长 旗长 镇长 乡长 村长 主任 局长 厅长 部长 处长 科长 院长 校长 所长"
            " 主席 秘书长 董事长 总经理 总裁 社长 总编辑 行长 会长 理事长 司令员 政委 检察长 庭长 站长 馆长"
        ).split(),
        key=len,
        reverse=True,
    )
)
_PARTY = re.compile(r"^(中共|中国共产党)")


def sole_post(part: str) -> bool:
    """Whether one part of a role is a post only one person holds: a sole title of a body that
    starts with its place (解放区委书记, 河南理工大学校长, 美国国防部长; not 区委书记, 医院院长,
    组织部长, 解放区委副书记, 代区长, 名誉会长, 团中央书记处书记: many hold those)."""
    if "副" in part or part.startswith(("代", "常务", "名誉", "荣誉", "执行")):
        return False
    title = next((t for t in _SOLE_TITLES if part.endswith(t)), None)
    if title is None:
        return False
    body = _PARTY.sub("", part[: -len(title)])
    if len(body) < 2 or body.endswith("书记处"):
        return False
    from ..extraction.entities.rules import gazetteer

    places = gazetteer()
    return any(body[:k] in places for k in range(2, min(len(body), 7) + 1))


def _posts(role: str) -> list[str]:
    return [p for p in ROLE_PARTS.split(role) if sole_post(p)]


def post_holders(names: Iterable[KnownName]) -> dict[str, str]:
    """Post -> who holds it, of ``names`` in the order verified: a later holder of a post is today's."""
    holders: dict[str, str] = {}
    for n in names:
        if n.kind is Kind.PERSON and n.role:
            for post in _posts(n.role):
                holders[post] = n.name
    return holders


def succeeded(name: KnownName, holders: dict[str, str]) -> list[tuple[str, str]]:
    """(post, today's holder) for each post in ``name``'s role that someone else holds now."""
    if name.kind is not Kind.PERSON or not name.role:
        return []
    return [(p, holders[p]) for p in _posts(name.role) if holders.get(p, name.name) != name.name]


def national_holders(memory: MemorySnapshot | None) -> dict[str, str]:
    """Posts of leaders.tsv (written in full: 国务院总理, not 总理) the desk verified someone else
    in since it shipped: post -> the desk's holder, the one verified last.  checks.protocol then
    takes the desk's word for it (``use_desk_holders``), so a new premier is no error."""
    shipped = shipped_posts()
    holders: dict[str, str] = {}
    for n in memory.names if memory is not None else ():
        if n.kind is Kind.PERSON and n.role:
            for part in ROLE_PARTS.split(n.role):
                post = bare_post(part.strip())
                if len(post) >= 4 and post in shipped:
                    holders[post] = n.name
    return {p: h for p, h in holders.items() if shipped[p] != h}


def apply_to_checks(memory: MemorySnapshot | None) -> bool:
    """Let the page's own checks take the desk's word where it has newer knowledge than what
    shipped: the holders of leaders' posts it verified since (national_holders) and its own ranked
    lists over a shipped list of the same leaders.  True when that changed: checks run again."""
    holders = use_desk_holders(national_holders(memory))
    lists = use_desk_lists(r.names for r in (memory.ranked if memory is not None else ()))
    return holders or lists


def desk_posts(article: Article, facts: Sequence[Fact], memory: MemorySnapshot) -> list[Finding]:
    holders = post_holders(memory.names)
    if not holders:
        return []
    national = sole_posts()  # the shipped leaders' posts are checked by checks.protocol
    text = article.text
    past = PastPosts(article)
    findings: list[Finding] = []
    for f in facts:
        if f.kind is not Kind.PERSON or not f.role:
            continue
        own = memory.roles_of(f.text)
        if own and not _agrees(f.role, own):
            continue  # a role other than the one verified: role_conflicts says it
        own_posts = {p for r in own for p in _posts(r)}
        for post in _posts(f.role):
            holder = holders.get(post)
            if holder is None or holder in f.text or f.text in holder or post in national or past(f):
                continue  # 鲁宾 and 罗伯特·鲁宾 are one person
            spans = [Span(f.start, f.end, f.text)]
            at = text.rfind(post, max(0, f.start - len(f.role) - 2), f.start)
            if at >= 0:
                spans.insert(0, Span(at, at + len(post), post))
            if post in own_posts:  # verified in the post once, someone else verified in it since
                message = (
                    f"本报此后核实的{post}是{holder}(此前是{f.text}):职务可能已有变动,请核对;"
                    f"写以前的事,可写作“时任{post}”。"
                )
            else:
                message = (
                    f"本报核实的{post}是{holder},此稿写作“{f.text}”:人名或职务有误,请核对"
                    f"(若职务已有变动,核实“{f.text}”后,本报即以其为准)。"
                )
            findings.append(Finding(DESK_POST, Severity.HIGH, tuple(spans), message))
            break
    return findings


# Where a name cannot run across: punctuation and white space (a verified name holding one of
# these keeps it).
_NAME_BREAKS = frozenset(",.;:?!\"'()[]<>{} \t\n\r\u3000\uff0c\uff1b\uff1a\uff1f\uff01\uff08\uff09。、“”‘’《》〈〉【】「」『』…")


def _runs(text: str, breaks: frozenset[str]) -> list[int]:
    """For each position, how many characters from there on stand before the next break."""
    out = [0] * (len(text) + 1)
    for i in range(len(text) - 1, -1, -1):
        out[i] = 0 if text[i] in breaks else out[i + 1] + 1
    return out


def near_duplicates(article: Article, facts: Sequence[Fact], memory: MemorySnapshot) -> list[Finding]:
    text = article.text
    known = memory.spellings()
    if not known:
        return []
    # where a verified name stands, nothing is a misspelling of another one
    covered = bytearray(len(text))
    for name in known:
        for pos in _occurrences(text, name):
            covered[pos : pos + len(name)] = b"\x01" * len(name)
    # A name one character off a window has its first half or its second half in common with it:
    # two look-ups a window find the candidates (one a character was a look-up a character).
    order = {name: i for i, name in enumerate(known)}
    halves: dict[tuple[int, bool, str], list[str]] = {}
    for name in known:
        size = len(name)
        if size >= 2:
            h = size // 2
            halves.setdefault((size, True, name[:h]), []).append(name)
            halves.setdefault((size, False, name[h:]), []).append(name)
    lengths = sorted({len(n) for n in known if len(n) >= 2})
    runs = _runs(text, _NAME_BREAKS - set("".join(known)))
    entity_spans = {(f.start, f.end): f for f in facts if f.is_entity}

    findings: list[Finding] = []
    for p in range(len(text)):
        if not _is_han(text[p]):
            continue
        room = runs[p]
        for length in lengths:
            if length > room:
                break
            end = p + length
            window = text[p:end]
            if window in known or any(covered[p:end]):
                continue
            h = length // 2
            candidates = halves.get((length, True, window[:h]), []) + halves.get((length, False, window[h:]), [])
            if not candidates:
                continue
            off = []  # (where it differs, name): names exactly one character off, in the memory's order
            for name in set(candidates):
                diff = [j for j in range(length) if window[j] != name[j]]
                if len(diff) == 1:
                    off.append((diff[0], order[name], name))
            for j, _i, name in sorted(off):
                c, k = window[j], name[j]
                if not _is_han(c):
                    continue
                fact = entity_spans.get((p, end))
                alike = sounds_alike(c, k)
                if not alike and fact is None:
                    continue
                kind = known[name]
                if fact is not None and fact.kind is not kind:
                    continue
                why = "读音相同" if alike else "字形或用字不同"
                findings.append(
                    Finding(
                        NEAR_DUPLICATE,
                        Severity.MEDIUM,
                        (Span(p, end, window),),
                        f"“{window}”与已核实的{_KIND_ZH.get(kind, '名称')}“{name}”只差一字(“{c}”/“{k}”,{why}),"
                        "是否写错?",
                        suggestion=name,
                    )
                )
                break
    return findings


def house_style(article: Article, memory: MemorySnapshot) -> list[Finding]:
    from ..checks.characters import misspellings, on_word_boundaries
    from ..checks.usage import usage_rules

    text = article.text
    out = []
    taken = bytearray(len(text) + 1)
    built_in = {w: r[0] for w, r in misspellings()[0].items()}
    built_in.update({w: r[0] for w, r in usage_rules()[0].items()})
    for rule in sorted(memory.style, key=lambda r: -len(r.written)):  # the longest form first
        if built_in.get(rule.written) == rule.preferred:
            continue  # the built-in lists say the same already (帐户 -> 账户, 台湾政府 -> 台湾当局): not twice
        for p in _occurrences(text, rule.written):
            end = p + len(rule.written)
            if any(taken[p:end]) or text.startswith(rule.preferred, p) or text.endswith(rule.preferred, 0, end):
                continue  # already the preferred form (解放区委 inside 中共解放区委 -> 解放区委 is right)
            if len(rule.written) == 2 and not on_word_boundaries(text, p, end):
                continue
            taken[p:end] = b"\x01" * (end - p)
            note = f"({rule.note})" if rule.note else ""
            out.append(Finding(
                HOUSE_STYLE, Severity.MEDIUM, (Span(p, end, rule.written),),
                f"本报用词规范:“{rule.written}”应写作“{rule.preferred}”{note}。",
                suggestion=rule.preferred,
            ))
    return out


def desk_order(article: Article, memory: MemorySnapshot) -> list[Finding]:
    """The desk's ranked lists, read like the shipped ones (checks.protocol): an enumeration of a
    list's names out of its order."""
    found: list[tuple[frozenset, Finding]] = []
    for ranked in memory.ranked:
        for spans, message in out_of_order(article.text, ranked.label, ranked.names):
            names = frozenset(spans)
            # the same enumeration out of order by two of the desk's lists: said once, by the
            # list that covers more of it
            if any(names <= other for other, _f in found):
                continue
            found = [(other, f) for other, f in found if not other <= names]
            finding = Finding(
                DESK_ORDER, Severity.HIGH, tuple(Span(s, e, article.text[s:e]) for s, e in spans), "本报排名顺序:" + message
            )
            found.append((names, finding))
    return [f for _names, f in found]


def _right_forms(memory: MemorySnapshot) -> frozenset[str]:
    """What the desk says is right: its own formulations and every name it verified."""
    return frozenset(f.form for f in memory.formulations) | frozenset(n.name for n in memory.names)


def desk_formulations(article: Article, memory: MemorySnapshot) -> list[Finding]:
    """The desk's own formulations (本报规范提法) found mangled, as the shipped list's are
    (checks.formulations): the shipped list's forms and the names the desk verified (北京服装学院
    beside a listed 北京建工学院) are right forms here."""
    desk = fm.Formulations(
        {f.form: f.note for f in memory.formulations}, also_right=frozenset(fm.formulations().table) | _right_forms(memory)
    )
    text = article.text
    return [
        Finding(DESK_FORMULATION, Severity.MEDIUM, (Span(i, j, text[i:j]),),
                fm.message(text[i:j], form, desk.table[form], text, i, j, "本报规范提法"), suggestion=form)
        for i, j, form in desk.find(text)
    ]


def memory_findings(article: Article, facts: Sequence[Fact], memory: MemorySnapshot | None) -> list[Finding]:
    if memory is None or memory.is_empty:
        return []
    found = house_style(article, memory) if memory.style else []
    if memory.formulations:
        found += desk_formulations(article, memory)
    if memory.ranked:
        found += desk_order(article, memory)
    if memory.names:
        found += role_conflicts(article, facts, memory) + near_duplicates(article, facts, memory)
        found += desk_posts(article, facts, memory)
    found = [chinese_punctuation(f) for f in found]
    found.sort(key=lambda f: (f.start, f.kind))
    return found


def with_memory_findings(analysis: Analysis, memory: MemorySnapshot | None) -> Analysis:
    """The analysis with the memory's findings added (an unchanged analysis when memory is empty)."""
    extra = memory_findings(analysis.article, analysis.facts, memory)
    kept = list(analysis.findings)
    if memory is not None and any(f.kind == fm.KIND for f in kept):
        # a form the desk lists or a name it verified is right by the desk's word, whatever the
        # shipped list takes it for
        right = _right_forms(memory)
        kept = [f for f in kept if not (f.kind == fm.KIND and f.spans[0].text in right)]
    if not extra and len(kept) == len(analysis.findings):
        return analysis
    keys = {f.key for f in kept}
    merged = kept + [f for f in extra if f.key not in keys]
    merged.sort(key=lambda f: (f.start, f.kind))
    return replace(analysis, findings=tuple(merged))
