"""A revised draft: unchanged decisions carry over, edited figures and names are flagged, cut ones listed."""

from __future__ import annotations

import pytest

from newsfacts.core.model import Fact, Kind, Status
from newsfacts.core.reading import article_from_text
from newsfacts.core.review import Action, Decision, Review
from newsfacts.core.store import ReviewStore, carry_over
from store_helpers import analysis_of

REMOVED_PARAGRAPH = "成功引进袁老四火锅"
CUT_LENGTH = 109  # the cut paragraph and the blank line after it
ADDED_PARAGRAPH = "本版稿件经区政府办公室核对。\n\n"


def facts_spec(name: str, visitors: str, *, revised: bool = False):
    cut = [] if revised else [
        (Kind.COUNT, "40个", 0),  # in the paragraph that is cut
        (Kind.MONEY, "50万元", 0),
    ]
    return cut + [
        (Kind.PERSON, name, 0, {"role": "解放区委书记"}),  # 解放区委书记赵海燕指出 (first mention)
        (Kind.MONEY, "104.5亿元", 0),  # the heading
        (Kind.COUNT, "21个", 0),
        (Kind.PERCENT, "145.5%", 0),
        (Kind.COUNT, visitors, 0),
        (Kind.MONEY, "2亿元", 1),  # same sentence as the visitors figure
        (Kind.MONEY, "9.16亿元", 1),
        (Kind.PERCENT, "73%", 0),
    ]


def revise(text: str) -> str:
    """What the reporter sent back: a figure and a name changed, a paragraph cut, one added on top."""
    first = text.index("赵海燕")
    text = text[:first] + "赵海艳" + text[first + 3 :]
    text = text.replace("702万人次", "720万人次", 1)
    start = text.index(REMOVED_PARAGRAPH)
    end = text.index("\n", start) + 1
    text = text[:start] + text[end:].lstrip("\n")
    body = text.index("本报讯")
    return text[:body] + ADDED_PARAGRAPH + text[body:]


@pytest.fixture
def versions(seed_text, tmp_path):
    old_text = seed_text("000")
    new_text = revise(old_text)
    assert REMOVED_PARAGRAPH not in new_text and "720万人次" in new_text
    old = article_from_text(old_text, name="page.txt", path=str(tmp_path / "page.txt"))
    new = article_from_text(new_text, name="page.txt", path=str(tmp_path / "page.txt"))
    return analysis_of(old, facts_spec("赵海燕", "702万人次")), analysis_of(new, facts_spec("赵海艳", "720万人次", revised=True))


def decisions_on(analysis) -> tuple[Review, list[Decision]]:
    f = {x.text: x for x in analysis.facts}
    review = Review(analysis)
    text = analysis.article.text
    pos = text.index("焦作市融媒体中心")
    editor_fact = Fact(Kind.ORG, pos, pos + 8, "焦作市融媒体中心", source="editor")
    acts = [
        Decision(Action.VERIFY, f["赵海燕"]),
        Decision(Action.VERIFY, f["104.5亿元"]),
        Decision(Action.VERIFY, f["21个"]),
        Decision(Action.DISPUTE, f["145.5%"], note="计划数待核"),
        Decision(Action.VERIFY, f["702万人次"]),
        Decision(Action.VERIFY, f["2亿元"]),
        Decision(Action.VERIFY, f["40个"]),
        Decision(Action.NOTE, f["50万元"], note="问商务局"),
        Decision(Action.CORRECT, f["9.16亿元"], correction="9.61亿元"),
        Decision(Action.ADD, editor_fact),
        Decision(Action.VERIFY, editor_fact),
    ]
    applied = [review.apply(d) for d in acts]
    return review, applied


def test_carry_over_keeps_unchanged_flags_changed_lists_removed(versions):
    old, new = versions
    _review, decided = decisions_on(old)
    carry = carry_over(old.article, decided, new)

    review = Review(new)
    review.replay(carry.carried)
    state = {f.text: review.state(f.key) for f in review.all_facts()}
    # unchanged fact and sentence: the verdict follows it to its new place
    assert state["104.5亿元"].status is Status.VERIFIED
    assert state["21个"].status is Status.VERIFIED
    assert state["145.5%"].status is Status.DISPUTED and state["145.5%"].note == "计划数待核"
    assert state["9.16亿元"].status is Status.CORRECTED and state["9.16亿元"].correction == "9.61亿元"
    assert state["73%"].status is Status.UNCHECKED  # never decided
    added = review.fact(next(k for k in carry.carried_keys if k.startswith("ORG")))
    assert new.article.text[added.start : added.end] == "焦作市融媒体中心" and state["焦作市融媒体中心"].status is Status.VERIFIED
    # everything moved: the new paragraph on top shifted every offset
    old_start = {d.fact.text: d.fact.start for d in decided}
    for d in carry.carried:
        assert new.article.text[d.fact.start : d.fact.end] == d.fact.text
        assert d.fact.start - old_start[d.fact.text] in (len(ADDED_PARAGRAPH), len(ADDED_PARAGRAPH) - CUT_LENGTH)
    # edited figure and name: changed since review, old and new shown
    changed = {(c.old.text, c.new.text): c for c in carry.changed}
    assert ("702万人次", "720万人次") in changed
    assert ("赵海燕", "赵海艳") in changed
    assert changed[("702万人次", "720万人次")].state.status is Status.VERIFIED
    # an unchanged figure in an edited sentence is not vouched for either
    assert ("2亿元", "2亿元") in changed and not changed[("2亿元", "2亿元")].text_changed
    for c in carry.changed:
        assert state[c.new.text].status is Status.UNCHECKED
        assert new.article.text[c.new.start : c.new.end] == c.new.text
    # the cut paragraph's decided facts are listed as removed
    assert sorted(r.fact.text for r in carry.removed) == ["40个", "50万元"]
    assert next(r for r in carry.removed if r.fact.text == "50万元").state.note == "问商务局"


def test_unrevised_text_carries_everything(versions):
    old, _new = versions
    _review, decided = decisions_on(old)
    carry = carry_over(old.article, decided, old)
    assert not carry.changed and not carry.removed
    assert len(carry.carried) == len(decided)


def test_store_carries_a_revised_file_and_remembers_what_changed(versions, tmp_path):
    old, new = versions
    path = tmp_path / "page.txt"
    path.write_text(old.article.text, encoding="utf-8")
    with ReviewStore() as store:
        opened = store.open_review(old.article, old)
        for d in decisions_on(old)[1]:
            store.record(opened.document_id, d)
    path.write_text(new.article.text, encoding="utf-8")  # the same file, changed on disk
    with ReviewStore() as store:
        revised = store.open_review(new.article, new)
    assert revised.how == "revised" and revised.parent_id == opened.document_id
    assert revised.review.counts()["verified"] == 3  # 104.5亿元, 21个 and the editor's 焦作市融媒体中心
    assert {(c.old.text, c.new.text) for c in revised.carry.changed} >= {("702万人次", "720万人次"), ("赵海燕", "赵海艳")}
    # reopening the revised file shows the same review and the same report
    with ReviewStore() as store:
        again = store.open_review(new.article, new)
    assert again.how == "same" and again.document_id == revised.document_id
    assert again.review.counts() == revised.review.counts()
    assert again.carry.changed == revised.carry.changed and again.carry.removed == revised.carry.removed
    # and the earlier version still opens with its own decisions
    with ReviewStore() as store:
        assert store.load(old.article, old).counts()["verified"] == 7


def test_new_file_of_the_same_article_is_recognised(versions, tmp_path):
    old, new = versions
    with ReviewStore() as store:
        opened = store.open_review(old.article, old)
        for d in decisions_on(old)[1]:
            store.record(opened.document_id, d)
    other = article_from_text(new.article.text, name="page-v2.txt", path=str(tmp_path / "page-v2.txt"))
    with ReviewStore() as store:
        revised = store.open_review(other, analysis_of(other, facts_spec("赵海艳", "720万人次", revised=True)))
    assert revised.how == "same article"
    assert revised.review.counts()["corrected"] == 1


def test_unrelated_article_starts_a_fresh_review(versions, seed_text, tmp_path):
    old, _new = versions
    with ReviewStore() as store:
        opened = store.open_review(old.article, old)
        store.record(opened.document_id, decisions_on(old)[1][0])
        other = article_from_text(seed_text("003"), name="other.txt", path=str(tmp_path / "other.txt"))
        from newsfacts.core.model import Analysis

        fresh = store.open_review(other, Analysis(other, ()))
        assert fresh.how == "new" and fresh.carry is None
        assert store.decisions(fresh.document_id) == []
