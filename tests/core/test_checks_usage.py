"""Words a newspaper does not print (新闻报道禁用词)."""

from newsfacts.core.checks import run_checks
from newsfacts.core.reading import article_from_text


def usage_findings(sentence: str):
    article = article_from_text("# 标题\n\n" + sentence + "\n", name="t.txt")
    return [f for f in run_checks(article, []) if f.kind == "banned_usage"]


def test_taiwan_usage_is_high_and_says_what_to_print():
    found = usage_findings("台湾政府日前宣布了新的措施。")
    assert [(f.severity.value, f.spans[0].text) for f in found] == [("high", "台湾政府")]
    assert "应为「台湾当局」" in found[0].message and found[0].rule and found[0].suggestion == "台湾当局"
    assert [f.severity.value for f in usage_findings("两岸三地的青年开展交流。")] == ["high"]


def test_slurs_on_disabled_people_and_the_word_to_use():
    found = usage_findings("这位残废人自强不息，还帮助村里的瞎子读报。")
    assert [(f.spans[0].text, f.severity.value) for f in found] == [("残废人", "medium"), ("瞎子", "medium")]
    assert "应为「残疾人」" in found[0].message and "应为「盲人」" in found[1].message


def test_inside_a_word_a_title_or_quotation_marks_it_is_not_the_word():
    assert usage_findings("他吃了哑巴亏，却一声不吭。") == []  # 哑巴亏 is one word
    assert usage_findings("所谓“中华民国”的说法站不住脚。") == []
    # a usage to rewrite, not to swap for one word, offers no ready correction
    assert [f.suggestion for f in usage_findings("中华民国时期的档案。")] == [None]
    assert usage_findings("他读完了《北韩纪行》这本书。") == []
    # a quoted sentence: the sovereignty usage is still the paper's to answer for, a folk saying
    # in someone's mouth is theirs
    assert [f.spans[0].text for f in usage_findings("他说：“台湾政府应当回应。”")] == ["台湾政府"]
    assert usage_findings("他说：“我是哑巴吃饺子，心里有数！”") == []
