"""Headline against body."""

from newsfacts.core.checks.headline import headline_figures, headline_names, headline_sessions
from newsfacts.core.model import Fact, Kind
from newsfacts.core.reading import article_from_text

SESSION = "# 政协解放区十届二次会议召开\n\n本报讯(记者詹长松)2月20日,政协第十届解放区委员会{n}次会议召开。\n"


def test_session_number_in_headline_differs_from_body():
    found = headline_sessions(article_from_text(SESSION.format(n="第三")), [])
    assert [f.kind for f in found] == ["headline_body_mismatch"]
    assert [s.text for s in found[0].spans] == ["十届二次", "第十届解放区委员会第三次"]


def test_session_number_that_agrees_is_fine():
    assert headline_sessions(article_from_text(SESSION.format(n="第二")), []) == []


ITEM = "## 要览\n\n#### 四、40余家首店品牌成效初显\n\n成功引进喜茶等{body}品牌的焦作首店。\n"


def test_headline_more_than_body_nearly():
    found = headline_figures(article_from_text(ITEM.format(body="近40个")), [])
    assert [f.kind for f in found] == ["figure_conflict"]
    assert [s.text for s in found[0].spans] == ["40余家", "近40个"]


def test_headline_that_drops_the_body_s_qualifier_is_a_lesser_matter():
    # 40余家 over 近40个: two claims (medium); 40家 over 40余家: the headline rounded (low)
    assert [f.severity.value for f in headline_figures(article_from_text(ITEM.format(body="近40个")), [])] == ["medium"]
    exact = ITEM.replace("40余家", "40家").format(body="40余个")
    found = headline_figures(article_from_text(exact), [])
    assert [(f.kind, f.severity.value) for f in found] == [("figure_conflict", "low")]


def test_headline_figure_the_body_repeats():
    assert headline_figures(article_from_text(ITEM.format(body="40余个")), []) == []


def test_headline_figure_the_body_never_gives():
    text = "## 要览\n\n#### 九、安装燃气自闭阀11万户\n\n扎实开展集中攻坚行动,排查隐患300处。\n"
    found = headline_figures(article_from_text(text), [])
    assert [f.kind for f in found] == ["unsupported_headline_claim"]
    assert found[0].spans[0].text == "11万户"


def test_person_in_headline_absent_from_body():
    text = "# 赵海燕调研高新区\n\n本报讯 区委书记于怀贵到高新区调研,察看项目进展情况。\n"
    person = Fact(Kind.PERSON, 2, 5, "赵海燕")
    found = headline_names(article_from_text(text), [person])
    assert [f.kind for f in found] == ["headline_body_mismatch"]
    ok = text.replace("于怀贵", "赵海燕")
    assert headline_names(article_from_text(ok), [person]) == []


def _persons(text, *names):
    return [Fact(Kind.PERSON, text.index(n), text.index(n) + len(n), n) for n in names]


def test_byline_under_a_headline_is_not_a_headline_name():
    for byline in ("本报驻俄罗斯记者许宏治", "林业部部长陈耀邦", "陈耀邦", "———孙道权(江苏)"):
        name = byline.strip("—").split("(")[0][-3:]
        text = f"## 俄罗斯外交拓宽经贸路\n\n## {byline}\n\n去年岁末,中俄两国签署了关于建设连云港核电站的总合同,金额约达30亿美元。\n"
        assert headline_names(article_from_text(text), _persons(text, name)) == [], byline


def test_person_in_headline_written_otherwise_in_body():
    text = "# 赵海燕调研高新区\n\n本报讯 区委书记赵海艳到高新区调研,察看项目进展情况。\n"
    found = headline_names(article_from_text(text), _persons(text, "赵海燕", "赵海艳"))
    assert [f.kind for f in found] == ["headline_body_mismatch"]
    assert [s.text for s in found[0].spans] == ["赵海燕", "赵海艳"]
    assert found[0].severity.value == "medium"


def test_place_in_headline_shortened_in_body_is_not_reported():
    text = "# 华夏城乡游首迎式在沪举行\n\n本报上海1月1日电 华夏城乡游首迎式今天在上海举行,近千名游客出席。\n"
    place = Fact(Kind.PLACE, text.index("沪"), text.index("沪") + 1, "沪")
    assert headline_names(article_from_text(text), [place]) == []
