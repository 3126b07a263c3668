"""Foreign names in their standard translation (新华社译名): 普丁 is printed 普京, 纽西兰 新西兰."""

import re

from conftest import EVAL, needs_eval

from newsfacts.core.checks import run_checks
from newsfacts.core.checks.characters import on_word_boundaries
from newsfacts.core.checks.foreign_names import translated_names
from newsfacts.core.extraction.entities import extract_entities
from newsfacts.core.model import Fact, Kind
from newsfacts.core.reading import article_from_text


def _article(sentence: str):
    return article_from_text("# 标题\n\n" + sentence + "\n", name="t.txt")


def translation_findings(sentence: str, facts=None):
    article = _article(sentence)
    if facts is None:
        facts = extract_entities(article.text)
    return [f for f in run_checks(article, facts) if f.kind == "translated_name"]


def test_a_taiwan_form_of_a_leader_country_city_and_body_gets_the_standard_name():
    found = translation_findings("美国总统川普与普丁通电话，谈及纽西兰、杜拜和东协的事务。")
    assert [f.spans[0].text for f in found] == ["川普", "普丁", "纽西兰", "杜拜", "东协"]
    assert [f.severity.value for f in found] == ["medium"] * 5
    assert "应为「特朗普」" in found[0].message and "人名" in found[0].message
    assert [f.suggestion for f in found] == ["特朗普", "普京", "新西兰", "迪拜", "东盟"]
    assert "应为「新西兰」" in found[2].message and found[2].rule
    assert "应为「东盟」" in found[4].message


def test_standard_names_and_the_same_characters_inside_other_words_are_left_alone():
    assert translation_findings("美国总统特朗普与普京通电话，新西兰、迪拜和东盟的代表出席。") == []
    # 四川|普通话 and 宣布|希望 hold the characters of 川普 and 布希, not the names
    assert translation_findings("她说一口四川普通话，宣布希望明年再来。") == []


def test_a_title_or_a_longer_chinese_name_is_not_the_translation():
    assert translation_findings("他读完了《义大利游记》这本书。") == []
    article = _article("张肯亚同志出席会议。")
    person = Fact(Kind.PERSON, article.text.index("张肯亚"), article.text.index("张肯亚") + 3, "张肯亚")
    assert translation_findings("张肯亚同志出席会议。", [person]) == []
    # someone's quoted words are still printed in the paper's translation
    assert [f.spans[0].text for f in translation_findings("他说：“欧巴马也来了。”")] == ["欧巴马"]


def test_the_extractor_knows_both_forms_of_a_foreign_leader():
    facts = extract_entities("美国总统川普会见到访的普丁。")
    assert [(f.kind, f.text, f.role) for f in facts if f.kind is Kind.PERSON] == [
        (Kind.PERSON, "川普", "美国总统"), (Kind.PERSON, "普丁", None)
    ]
    # a person found once is found again, but not in the ends of two other words
    text = "川普说，四川普通话很好懂。"
    assert [f.text for f in extract_entities(text) if f.kind is Kind.PERSON] == ["川普"]
    # a centre named after a person is the centre, whole
    facts = extract_entities("飞船从肯尼迪航天中心发射升空。")
    assert [f.text for f in facts] == ["肯尼迪航天中心"]


def test_every_entry_names_a_different_standard_form_of_a_known_kind():
    table, pattern = translated_names()
    assert len(table) > 100 and pattern is not None
    for written, (standard, what, _note) in table.items():
        assert written != standard and what in ("人名", "国名", "地名", "机构")


@needs_eval
def test_no_written_form_stands_as_a_word_in_a_month_of_the_peoples_daily():
    """The list holds only forms a mainland paper never prints: the 1998 People's Daily has none
    of them as a word of its own."""
    raw = (EVAL / "peoples-daily-1998" / "199801.txt").read_bytes().decode("gb18030")
    text = re.sub(r"/[a-zA-Z]+|\[|\][a-z]+|^\S+\s+|[ \t]", "", raw, flags=re.M)
    _table, pattern = translated_names()
    found = [m.group() for m in pattern.finditer(text) if m.end() - m.start() > 2 or on_word_boundaries(text, *m.span())]
    assert found == []
