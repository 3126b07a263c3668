"""Paired punctuation: quotes, book-title marks and brackets opened and never closed."""

from __future__ import annotations

from newsfacts.core.checks.marks import doubled_punctuation, unpaired_marks
from newsfacts.core.reading import article_from_text


def marks(text: str) -> list[tuple[str, str]]:
    article = article_from_text(text, name="page.txt")
    return [(f.spans[0].text, f.message) for f in unpaired_marks(article, [])]


def test_a_quote_that_is_never_closed():
    found = marks("会上,区委书记赵海燕说:“要加快高质量发展。\n\n会议还审议了报告。\n")
    assert len(found) == 1
    assert found[0][0] == "“" and "没有闭合" in found[0][1] and "要加快高质量发展" in found[0][1]


def test_a_closing_mark_with_nothing_to_close():
    found = marks("全年投资104.5亿元》,同比增长145.5%。\n")
    assert [f[0] for f in found] == ["》"] and "前面没有与之配对的「《」" in found[0][1]


def test_a_closing_quote_turned_the_wrong_way():
    found = marks("研究所培育的新品种“思麦早“诞生了。\n")
    assert [f[0] for f in found] == ["“思麦早“"] and "应为「”」" in found[0][1]
    article = article_from_text("新品种“思麦早“诞生了。\n", name="page.txt")
    assert unpaired_marks(article, [])[0].rule.startswith("GB/T 15834-2011")


def test_what_pairs_or_is_no_pair_at_all_is_left_alone():
    page = (
        "《人民日报》报道(记者詹长松),“十四五”规划提出‘三个一批’。\n\n"
        "“第一段话说的是投资。\n\n"  # a quotation over two paragraphs opens each of them
        "“第二段接着说。”\n\n"
        "重点工作:1)聚焦民生;2)推进改革。’98华夏城乡游,it’s fine。\n\n"
        "按照『一国两制』方针,『港人治港』。\n"
    )
    assert marks(page) == []


def test_a_quote_over_a_layout_break_is_one_paragraph():
    page = "会上,赵海燕指出:“党的二\n十大精神要落实到位。”\n"
    assert marks(page) == []


def test_two_marks_of_a_pause_in_a_row():
    article = article_from_text("出席会议的有吴仪、邹家华，、杨尚昆等。\n\n１、：春节临近。\n", name="page.txt")
    found = doubled_punctuation(article, [])
    assert [f.spans[0].text for f in found] == ["，、", "、："]
    assert "多打了一个" in found[0].message


def test_marks_that_may_stand_together_are_left_alone():
    text = "他说：“好！”真的吗？！……——我们走吧。”\n"
    assert doubled_punctuation(article_from_text(text, name="page.txt"), []) == []
