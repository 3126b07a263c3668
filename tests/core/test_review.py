"""Review decisions: status changes, corrections, notes, added/removed facts and undo."""

from __future__ import annotations

from newsfacts.core.model import Analysis, Fact, Kind, Status
from newsfacts.core.reading import article_from_text
from newsfacts.core.review import Action, Decision, Review

TEXT = "解放区委书记赵海燕指出,21个项目完成投资104.5亿元。"


def make_review() -> Review:
    article = article_from_text(TEXT)
    facts = (
        Fact(Kind.PERSON, 6, 9, "赵海燕", role="解放区委书记"),
        Fact(Kind.COUNT, 12, 15, "21个", value=21, unit="个"),
        Fact(Kind.MONEY, 21, 28, "104.5亿元", value=10450000000, unit="元"),
    )
    return Review(Analysis(article, facts))


def test_verify_correct_dispute_and_counts():
    r = make_review()
    person, count, money = r.facts
    r.apply(Decision(Action.VERIFY, person))
    r.apply(Decision(Action.CORRECT, money, correction="105.4亿元"))
    r.apply(Decision(Action.DISPUTE, count, note="报告原文是20个"))
    assert r.state(person.key).status is Status.VERIFIED
    assert r.state(money.key).correction == "105.4亿元"
    assert r.state(count.key).note == "报告原文是20个"
    assert r.counts() == {"unchecked": 0, "verified": 1, "corrected": 1, "disputed": 1}


def test_note_keeps_status_and_verify_keeps_note():
    r = make_review()
    person = r.facts[0]
    r.apply(Decision(Action.NOTE, person, note="核对区委网站"))
    r.apply(Decision(Action.VERIFY, person))
    assert r.state(person.key).status is Status.VERIFIED
    assert r.state(person.key).note == "核对区委网站"


def test_undo_restores_exactly_the_earlier_state():
    r = make_review()
    money = r.facts[2]
    first = r.apply(Decision(Action.CORRECT, money, correction="105亿元"))
    second = r.apply(Decision(Action.VERIFY, money))
    r.apply(r.undo_of(second))
    assert r.state(money.key).status is Status.CORRECTED and r.state(money.key).correction == "105亿元"
    r.apply(r.undo_of(first))
    assert r.state(money.key).status is Status.UNCHECKED


def test_add_and_remove_facts():
    r = make_review()
    added = Fact(Kind.ORG, 0, 4, "解放区委", source="editor")
    r.apply(Decision(Action.ADD, added))
    assert added in r.facts
    r.apply(Decision(Action.REMOVE, r.facts[-1]))
    assert len(r.facts) == 3
    assert sum(r.counts().values()) == 3
