"""Layout checks: words split by a break, truncated paragraphs, headlines without body, split headings."""

from newsfacts.core.checks import run_checks
from newsfacts.core.checks.layout import headings, layout_breaks, stranded_paragraphs, truncated_paragraphs
from newsfacts.core.model import Fact, Kind
from newsfacts.core.reading import article_from_text


def kinds(findings):
    return [f.kind for f in findings]


def test_word_split_by_a_break_is_reported_with_the_word():
    a = article_from_text("# 标题\n\n报告指出,要深入贯彻落实党的二\n\n十大精神,推动高质量发展。\n")
    found = layout_breaks(a, [])
    assert kinds(found) == ["broken_word_linebreak"]
    assert "二十大" in found[0].message
    s = found[0].spans[0]
    assert a.text[s.start : s.end] == s.text and "\n" in s.text


def test_break_between_words_is_only_a_sentence_break():
    a = article_from_text("# 标题\n\n资源配置实现效益\n\n最大化和效率最优化。\n")
    assert kinds(layout_breaks(a, [])) == ["broken_sentence_linebreak"]


def test_person_fact_across_a_break_names_the_person():
    text = "# 标题\n\n市政协副主席吕\n\n沛出席会议并讲话。\n"
    a = article_from_text(text)
    s = text.index("吕")
    person = Fact(Kind.PERSON, s, s + 4, text[s : s + 4])
    found = layout_breaks(a, [person])
    assert found and "人名" in found[0].message


def test_whole_paragraphs_have_no_break_findings():
    a = article_from_text("# 标题\n\n第一段写完了。\n\n第二段也写完了。\n")
    assert layout_breaks(a, []) == []


def test_paragraph_that_stops_mid_sentence():
    a = article_from_text("# 标题\n\n作为群众体育运动品牌项目,迎新长跑活动是全区参\n\n**扫一扫 关注我们**\n")
    found = truncated_paragraphs(a, [])
    assert kinds(found) == ["truncated_text"] and "全区参" in found[0].spans[0].text


def test_complete_paragraph_and_caption_are_not_truncated():
    a = article_from_text("# 标题\n\n迎新长跑活动是全区参与人数最多的活动之一。\n\n高新区头条 微信公众号\n")
    assert truncated_paragraphs(a, []) == []


def test_headline_dropped_into_a_sentence():
    text = "# 一\n\n市民关注的大桥建成通车,特邀项目建\n\n## 亮度 温度 厚度\n\n——来自高新区的微观感受\n\n设方的职工代表为大桥通车剪彩。\n"
    found = truncated_paragraphs(article_from_text(text), [])
    assert kinds(found) == ["misplaced_headline"] and "建设" in found[0].message


def test_headline_followed_by_another_headline_has_no_body():
    a = article_from_text("# 高新区党政联席会议召开\n\n# 高新区经济工作会议召开\n\n本报讯(记者某某)会议召开。\n")
    found = headings(a, [])
    assert kinds(found) == ["missing_body"]
    assert found[0].spans[0].text.endswith("高新区党政联席会议召开")


def test_headline_with_its_subtitle_is_not_missing_a_body():
    a = article_from_text("# 全力拼经济 奋勇争一流\n\n# ——写在两会召开之际\n\n正文在这里,写得很完整。\n")
    assert headings(a, []) == []


def test_item_heading_split_over_two_lines():
    text = "## 十大实事\n\n#### 提升居家和社区\n\n#### 基本养老服务能力\n\n建设家庭养老床位。\n\n#### 改善办学条件\n\n改建跑道。\n"
    found = headings(article_from_text(text), [])
    assert kinds(found) == ["split_heading"]
    assert "提升居家和社区基本养老服务能力" in found[0].message


def test_item_headings_each_with_a_body_are_fine():
    text = "## 十大实事\n\n#### 提升居家和社区基本养老服务能力\n\n建设家庭养老床位。\n\n#### 改善办学条件\n\n改建跑道。\n"
    assert headings(article_from_text(text), []) == []


def test_run_checks_on_a_clean_page_finds_nothing():
    text = "# 高新区召开经济工作会议\n\n本报讯(记者郭树勋)2023年12月30日上午,高新区召开经济工作会议。\n\n会议指出,2024年要在把握大势中实现更高质量发展。\n"
    assert run_checks(article_from_text(text), []) == []


SUBHEAD = ("# 标题\n\n有了好的典型,还要宣传得当,这是赋予典型以生命力的关键。\n\n"
           "{line}\n\n有了好的典型,如果抓不准,则会埋没典型。\n")


def test_subheading_set_as_a_plain_line_is_not_a_broken_sentence():
    a = article_from_text(SUBHEAD.format(line="讲究方法,务求实效"))
    assert kinds(layout_breaks(a, [])) == []


def test_short_line_stopping_on_a_preposition_is_still_a_broken_sentence():
    a = article_from_text(SUBHEAD.format(line="污水处理厂是首批重点项目,对于"))
    assert kinds(layout_breaks(a, [])) == ["broken_sentence_linebreak"]


def test_short_line_under_a_heading_is_the_body_cut_short():
    a = article_from_text("# 标题\n\n#### “瓶改管”改造\n\n全年完成663户城镇非居民\n\n用户液化石油气改造。\n")
    assert kinds(layout_breaks(a, [])) == ["broken_sentence_linebreak"]


def test_points_of_a_bulleted_list_end_without_a_full_stop():
    # (People's Daily, January 1998) 要点 set as bullets, and a summary line strung with them
    text = ("# 农业工作要点\n\n●一九九七年水利改革与建设取得重大进展。新的一年里要推广节水灌溉技术，推进水利产业化\n\n"
            "●调整结构必须吃透两头：一头是当地的优势，一头是市场的动向\n\n"
            "●关键是稳定党在农村的各项政策，特别是土地承包和粮食收购政策\n\n"
            "江泽民等会见出席会议代表。1月9日，会议在北京闭幕。\n")
    a = article_from_text(text)
    assert truncated_paragraphs(a, []) == []
    assert kinds(layout_breaks(a, [])) == []
    # the same sentence cut short without a bullet is still reported
    cut = article_from_text("# 农业工作要点\n\n新的一年里要推广节水灌溉技术，推进水利产业化\n\n调整结构必须吃透两头。\n")
    assert kinds(truncated_paragraphs(cut, [])) + kinds(layout_breaks(cut, [])) != []


def test_lines_of_a_list_are_not_broken_sentences():
    text = ("# 价格法\n\n现予公布,自1998年5月1日起施行。\n\n目录\n\n第一章总则\n\n第二章经营者的价格行为\n\n"
            "第三章政府的定价行为\n\n第四章价格总水平调控\n\n第一条为了规范价格行为,制定本法。\n")
    assert kinds(layout_breaks(article_from_text(text), [])) == []


STRANDED = "会议强调,要深刻认识坚持和发展新时代“枫桥经验”的重大意义,扎实做好基层治理工作。\n"


def test_paragraph_pointing_back_to_a_meeting_after_a_caption():
    a = article_from_text("## 高新区干部群众长跑迎新年\n\n本报讯 近300名干部群众参加长跑,活动气氛热烈。\n\n"
                          "**扫一扫 关注我们**\n\n高新区头条 微信公众号\n\n" + STRANDED)
    found = stranded_paragraphs(a, [])
    assert kinds(found) == ["displaced_fragment"]
    assert found[0].spans[0].text.startswith("会议强调") and "图注" in found[0].message


def test_story_that_opens_without_its_lead():
    found = stranded_paragraphs(article_from_text("## 高新区召开平安建设工作会议\n\n" + STRANDED), [])
    assert kinds(found) == ["displaced_fragment"] and "导语" in found[0].message


def test_meeting_named_in_the_lead_is_fine():
    a = article_from_text("## 高新区召开平安建设工作会议\n\n本报讯 12月29日,高新区召开平安建设工作会议,"
                          "总结全年工作。\n\n" + STRANDED)
    assert stranded_paragraphs(a, []) == []


REPORTS = (
    "# 高新区党政联席会议召开\n\n本报讯(记者郭树勋)2023年12月30日上午,高新区召开党政联席会议。\n\n"
    "# 高新区干部群众长跑迎新年\n\n本报讯(记者付凯明)12月29日下午,高新区迎新长跑活动举行。\n\n"
)


def test_a_report_that_lost_its_lead_on_a_page_of_reports():
    from newsfacts.core.checks.layout import missing_leads

    page = REPORTS + "# 高新区举行重点民生项目集中开工仪式\n\n完善城市功能、补齐短板弱项至关重要。区领导要求加快建设。\n"
    found = missing_leads(article_from_text(page), [])
    assert [f.spans[0].text for f in found] == ["完善城市功能、补齐短板弱项至关重要。"]
    assert found[0].severity.value == "medium" and "导语" in found[0].message


def test_commentaries_features_pictures_and_reports_that_say_when_keep_their_openings():
    from newsfacts.core.checks.layout import missing_leads

    for story in (
        "# 全力拼经济 奋勇争一流 ——写在二〇二四年解放区两会召开之际\n\n人勤春来早,奋起正当时。\n",  # a commentary
        "# 长春举办净月潭冰雪节(图片)\n\n北国冰封,人们自得其乐。\n",  # a picture story
        "# 高新区举行开工仪式\n\n近日,高新区重点项目集中开工。\n",  # says when
        "# 亮度 温度 厚度\n\n来自高新区增进民生福祉的微观感受。\n",  # no event in the headline
    ):
        assert missing_leads(article_from_text(REPORTS + story), []) == [], story
    # a page that is no page of reports: one report only
    lone = "# 高新区举行开工仪式\n\n完善城市功能至关重要。\n\n# 高新区长跑\n\n本报讯(记者付凯明)12月29日,长跑举行。\n"
    assert missing_leads(article_from_text(lone), []) == []
