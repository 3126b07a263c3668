"""Leaders named out of their official order (排名顺序)."""

from newsfacts.core.checks import run_checks
from newsfacts.core.pipeline import extract_facts
from newsfacts.core.checks.protocol import out_of_order, ranked_lists
from newsfacts.core.reading import article_from_text


def order_findings(sentence: str):
    article = article_from_text("# 标题\n\n" + sentence + "\n", name="t.txt")
    return [f for f in run_checks(article, []) if f.kind == "name_order"]


def test_the_standing_committee_out_of_order_is_a_high_finding():
    found = order_findings("习近平、李强、王沪宁、赵乐际、蔡奇、丁薛祥、李希等出席会议。")
    assert [f.severity.value for f in found] == ["high"]
    assert [s.text for s in found[0].spans] == ["习近平", "李强", "王沪宁", "赵乐际", "蔡奇", "丁薛祥", "李希"]
    assert "“赵乐际”应排在“王沪宁”之前" in found[0].message
    assert "习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希" in found[0].message


def test_the_right_order_a_part_of_it_and_names_far_apart_are_fine():
    assert order_findings("习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希等出席会议。") == []
    assert order_findings("习近平、李强、蔡奇出席会议。") == []
    assert order_findings("赵乐际主持会议。王沪宁出席。习近平讲话。") == []


def test_an_enumeration_with_titles_and_conjunctions_between_the_names():
    found = order_findings("李强同志和习近平同志出席。")
    assert len(found) == 1 and "“习近平”应排在“李强”之前" in found[0].message


def test_any_list_in_that_order_and_the_shipped_one():
    assert out_of_order("甲、丙、乙到会", "本报编委", ["甲", "乙", "丙"])[0][0] == [(0, 1), (2, 3), (4, 5)]
    assert out_of_order("甲、乙、丙到会", "本报编委", ["甲", "乙", "丙"]) == []
    assert ("二十届中央政治局常委", ("习近平", "李强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希")) in ranked_lists()


def post_findings(sentence: str):
    from newsfacts.core.pipeline import extract_facts

    article = article_from_text("# 标题\n\n" + sentence + "\n", name="t.txt")
    return [f for f in run_checks(article, extract_facts(article)) if f.kind == "person_role_conflict"]


def test_a_sole_post_given_to_someone_else_is_a_high_finding():
    found = post_findings("国务院总理赵乐际出席会议并讲话。")
    assert [(f.severity.value, f.spans[0].text) for f in found] == [("high", "赵乐际")]
    assert "“国务院总理”是李强的职务" in found[0].message
    assert post_findings("总理王沪宁会见外宾。")  # a holder given another's post in short


def test_the_holder_a_former_post_history_and_other_countries_are_fine():
    assert post_findings("中共中央总书记、国家主席、中央军委主席习近平发表讲话。") == []
    assert post_findings("李强总理会见外宾。") == []
    assert post_findings("时任国家副主席习近平出席。") == []
    # 原 and 前 stand before the role the extractor reads with the name
    assert post_findings("原国务院总理李鹏出席会议。前国务院总理温家宝讲话。") == []
    assert post_findings("1982年11月，全国政协主席邓小平出席会议。") == []
    assert post_findings("印度总理莫迪和越南国家主席梁强出席。") == []
    # a deputy's post is not the post: 国务院副总理 is no 国务院总理
    assert post_findings("国务院副总理丁薛祥、国家副主席韩正出席。") == []


def test_a_leader_the_desk_verified_in_a_post_since_leaders_tsv_shipped_is_no_error():
    from newsfacts.core.checks.protocol import use_desk_holders
    from newsfacts.core.model import Kind
    from newsfacts.core.store import KnownName, MemorySnapshot
    from newsfacts.core.store.checks import national_holders

    memory = MemorySnapshot((KnownName("李强", Kind.PERSON, "国务院总理"), KnownName("王某", Kind.PERSON, "国务院总理")))
    assert national_holders(memory) == {"国务院总理": "王某"}  # verified last: today's premier
    assert national_holders(MemorySnapshot((KnownName("李强", Kind.PERSON, "国务院总理"),))) == {}  # as shipped
    assert post_findings("国务院总理王某出席会议。")  # leaders.tsv alone: an error
    use_desk_holders(national_holders(memory))
    assert post_findings("国务院总理王某出席会议。") == [] and post_findings("总理王某会见外宾。") == []
    found = post_findings("国务院总理李强出席会议。")
    assert len(found) == 1 and "“国务院总理”是王某的职务" in found[0].message


def test_the_desks_own_list_of_the_same_leaders_takes_over_from_the_shipped_one():
    from newsfacts.core.checks.protocol import use_desk_lists

    text = "习近平、赵乐际、李强出席。"
    assert len(order_findings(text)) == 1  # out of the shipped order
    use_desk_lists([("市委书记甲", "市长乙")])  # a city's list: the shipped one still checks
    assert len(order_findings(text)) == 1
    use_desk_lists([("习近平", "赵乐际", "李强", "新委员")])  # a new Standing Committee the desk keeps
    assert order_findings(text) == []


def test_the_figures_of_a_page_are_read_once_for_all_checks_and_never_shared_between_pages(monkeypatch):
    from newsfacts.core.checks import _text

    calls = []
    real = _text._figures
    monkeypatch.setattr(_text, "_figures", lambda a, f: calls.append(a.name) or real(a, f))
    one = article_from_text("全年销售额从100万元增加到130万元，增长50%。", name="one.txt")
    two = article_from_text("全年销售额从100万元增加到150万元，增长50%。", name="two.txt")
    kinds_one = {f.kind for f in run_checks(one, extract_facts(one))}
    kinds_two = {f.kind for f in run_checks(two, extract_facts(two))}
    # 100 to 130 is 30%, not 50%: the first page is flagged; 100 to 150 is the 50% the second says
    assert "arithmetic" in kinds_one
    assert "arithmetic" not in kinds_two
    assert calls == ["one.txt", "two.txt"]
