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
