"""Duplicates, names, characters, number usage (GB/T 15835) and dates."""

import json

from newsfacts.cli import main
from newsfacts.core.checks.characters import dash_written_as_one, script_mix
from newsfacts.core.checks.dates import impossible_dates, impossible_times
from newsfacts.core.checks.duplicates import duplicated_text, pasted_fragments
from newsfacts.core.checks.gbt15835 import number_usage
from newsfacts.core.checks.names import name_variants, person_roles
from newsfacts.core.model import Fact, Kind
from newsfacts.core.reading import article_from_text

from conftest import seed_path

PARA = "会议要求,全区上下要认真学习贯彻,以开好全区经济工作会议为契机,铆足干劲抓落实。"


def page(*paras):
    return article_from_text("# 标题\n\n" + "\n\n".join(paras) + "\n")


def test_headless_copy_of_a_paragraph():
    found = duplicated_text(page(PARA[5:], "另一段讲别的事情,也写得完整。", PARA), [])
    assert [f.kind for f in found] == ["duplicated_paragraph"]
    assert found[0].spans[0].text == PARA[5:]


def test_distinct_paragraphs_are_not_duplicates():
    assert duplicated_text(page(PARA, "全区上下要认真学习贯彻,推动事业发展提质增效、各项工作争先进位。"), []) == []


def test_fragment_pasted_into_another_item():
    a = page("对符合条件的视力、听力、智力等残疾儿童和孤独症儿童(165人)提供康复救助。",
             "开展家庭医生签约服务技能培训,着力提升智力残疾儿童和孤独症儿童(165人)提供康复救助。")
    found = pasted_fragments(a, [])
    assert [f.kind for f in found] == ["pasted_fragment"] and len(found[0].spans) == 2


def test_parallel_openings_are_not_pasted_fragments():
    a = page("全力拼经济,奋勇争一流,昂起中心城区龙头,必须以更高的站位,捍卫“两个确立”。",
             "全力拼经济,奋勇争一流,昂起中心城区龙头,必须以更大的力度,锚定发展目标。")
    assert pasted_fragments(a, []) == []


def test_same_post_with_and_without_deputy():
    text = "# 标题\n\n区委书记赵海燕出席。\n\n区委副书记赵海燕讲话。\n"
    i, j = text.index("赵海燕"), text.rindex("赵海燕")
    facts = [Fact(Kind.PERSON, i, i + 3, "赵海燕", role="区委书记"), Fact(Kind.PERSON, j, j + 3, "赵海燕", role="区委副书记")]
    assert [f.kind for f in person_roles(article_from_text(text), facts)] == ["person_role_conflict"]
    facts[1] = facts[1].with_(role="区委书记")
    assert person_roles(article_from_text(text), facts) == []


def test_road_written_two_ways():
    a = page("打通了韩愈西路、云台路等断头路。", "当日通车的韩愈路极大缓解了出行问题。")
    found = name_variants(a, [])
    assert [f.kind for f in found] == ["name_inconsistency"]
    assert {s.text for s in found[0].spans} == {"韩愈西路", "韩愈路"}
    assert name_variants(page("打通了韩愈路、云台路。", "当日通车的韩愈路极大缓解了出行问题。"), []) == []


def test_a_leaders_name_written_two_ways():
    from newsfacts.core.checks.names import person_variants
    from newsfacts.core.pipeline import extract_facts

    a = page("市委书记张建国出席会议并讲话。", "张建民书记要求,各级各部门要以等不起的紧迫感做好工作。")
    found = person_variants(a, extract_facts(a))
    assert [[s.text for s in f.spans] for f in found] == [["张建国", "张建民"]]
    assert found[0].kind == "name_inconsistency" and found[0].severity.value == "medium"
    # two people a character apart in different posts, or in the same post of two bodies
    for paras in (
        ("市委书记张建国出席会议。", "市长张建民主持会议。"),
        ("市委书记张建国出席会议。", "县委书记张建民参加会议。"),
    ):
        b = page(*paras)
        assert person_variants(b, extract_facts(b)) == [], paras


def test_a_body_written_at_two_administrative_levels():
    from newsfacts.core.checks.names import body_variants
    from newsfacts.core.pipeline import extract_facts

    a = page("深入学习贯彻省市县委全会精神。", "认真落实省市区委决策部署。")
    found = body_variants(a, extract_facts(a))
    assert [[s.text for s in f.spans] for f in found] == [["省市县委", "省市区委"]]
    assert found[0].kind == "name_inconsistency" and found[0].severity.value == "low"
    # two bodies a level apart at the head of the name (市委 / 县委), and one written alike twice
    b = page("市委、县委主要负责同志出席。", "省市区委全会精神，省市区委决策部署。")
    assert body_variants(b, extract_facts(b)) == []


def test_traditional_character_in_simplified_text():
    found = script_mix(page("如果說“网红桥”增添了焦作的亮度,那么这样的标杆还有很多。"), [])
    assert [(f.kind, f.spans[0].text) for f in found] == [("traditional_character", "說")]
    assert "说" in found[0].message and found[0].suggestion == "说"
    assert script_mix(page("如果说“网红桥”增添了焦作的亮度,乾隆年间的著作也在。"), []) == []


def test_simplified_character_in_traditional_text():
    found = script_mix(page("這是一個關於經濟發展的報導,說明了問題。"), [])
    assert [(f.kind, f.spans[0].text) for f in found] == [("simplified_character", "问")] or \
        all(f.kind == "simplified_character" for f in found) and found


def test_dash_typed_as_one_between_roads():
    found = dash_written_as_one(page("完成涧西街(新园路一林园路)道路整修提升工程。"), [])
    assert [f.spans[0].text for f in found] == ["新园路一林园路"]
    assert found[0].suggestion == "新园路—林园路"  # what to print in place of the whole span
    assert dash_written_as_one(page("沿着这条路一直走到人民路。完成新园路—林园路整修。"), []) == []


def test_number_usage_cites_gbt15835():
    a = page("总投资9~16亿元,二0二四年完成。售价3千元,来了20几人,还有三、四个村。'98年3月起实施。")
    found = number_usage(a, [])
    clause = {f.spans[0].text: f.rule.split()[2] for f in found}
    assert clause["9~16亿"] == "5.1.3"  # 数值范围
    assert clause["'98年"] == "5.1.4"  # 年月日
    assert clause["二0二四年"] == "5.2.5"  # “零”和“〇”
    assert clause["3千"] == "5.3"
    assert clause["20几"] == "4.2.2"
    assert clause["三、四"] == "5.2.1"
    assert all(f.rule.startswith("GB/T 15835-2011") for f in found)


def test_ranks_joined_by_a_comma_are_not_an_approximation():
    a = page("两项成果得票最高,分列第一、二位。郭晶晶排名在三、四位间徘徊。")
    assert number_usage(a, []) == []
    assert [f.spans[0].text for f in number_usage(page("村里来了三、四个人。"), [])] == ["三、四"]


def test_abbreviated_year_suggestion_keeps_the_page_digits():
    found = number_usage(page("’９８华夏城乡游在各地展开。"), [])
    assert [f.spans[0].text for f in found] == ["’９８"]
    assert "１９９８年" in found[0].message and "19９８" not in found[0].message


def test_fixed_terms_with_chinese_numerals_stay():
    a = page("解放区十五届人大四次会议召开,学习二十届二中全会精神,二〇二四年投资9亿~16亿元,增长15%~30%。")
    assert number_usage(a, []) == []


def test_dates_that_cannot_be():
    found = impossible_dates(page("2024年2月30日召开会议,4月31日结束。"), [])
    assert [f.kind for f in found] == ["impossible_date", "impossible_date"]
    assert impossible_dates(page("2024年2月29日召开会议,4月30日结束。"), []) == []


def test_weekday_that_does_not_match():
    found = impossible_dates(page("2023年12月30日(星期五),高新区举行仪式。"), [])
    assert [f.kind for f in found] == ["weekday_mismatch"] and "星期六" in found[0].message
    assert impossible_dates(page("2023年12月30日(星期六),高新区举行仪式。"), []) == []


def test_an_age_that_does_not_match_the_year_of_birth():
    from newsfacts.core.checks.dates import age_against_birth_year

    found = age_against_birth_year(page("本报讯 2023年12月30日，王某，男，1965年出生，现年50岁，因涉嫌盗窃被刑事拘留。"), [])
    assert [[s.text for s in f.spans] for f in found] == [["1965年出生", "现年50岁"]]
    assert "应为57或58岁" in found[0].message and found[0].severity.value == "medium"
    # the birthday may not have come yet; an age at another time is not the age now
    for fine in ("王某（1965年生，57岁）当选。", "老人今年已58岁（1965年1月出生）。", "他1965年出生，18岁参军。",
                 "他生于1965年，享年50岁。"):
        assert age_against_birth_year(page("本报讯 2023年12月30日，" + fine), []) == [], fine
    # without the page's date there is nothing to count from
    assert age_against_birth_year(page("王某，1965年出生，现年50岁。"), []) == []


def test_findings_reach_extract_json(capsys):
    assert main(["extract", str(seed_path("003")), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    kinds = {f["kind"] for f in data["findings"]}
    assert {"missing_body", "duplicated_paragraph", "traditional_character", "figure_conflict"} <= kinds
    for f in data["findings"]:
        for s in f["spans"]:
            assert s["text"]


def test_impossible_times_and_clocks_that_contradict_the_part_of_day():
    found = impossible_times(page("开幕式9时70分开始,24时30分结束,上午14时散场。"), [])
    assert [(f.kind, f.severity.value, f.spans[0].text) for f in found] == [
        ("impossible_time", "high", "9时70分"),
        ("impossible_time", "high", "24时30分"),
        ("impossible_time", "medium", "上午14时"),
    ]
    assert "下午2时" in found[2].message
    mixed = impossible_times(page("晚会于下午15时30分开始。"), [])
    assert len(mixed) == 1 and mixed[0].severity.value == "low"
    assert "15时30分" in mixed[0].message and "下午3时30分" in mixed[0].message


def test_ordinary_times_and_look_alikes_are_left_alone():
    text = "上午9时30分开幕,下午3点半闭幕,晚上七八点散场,中午12时用餐,凌晨4时出发,提出3点意见,四时八节。"
    assert impossible_times(page(text), []) == []


def test_misspellings_a_copy_editor_knows_by_heart():
    from newsfacts.core.checks.characters import misspelled_words

    found = misspelled_words(page("全体干部再接再励,按装调试已完成,个人成份不再讲究。"), [])
    assert [(f.kind, f.severity.value, f.spans[0].text) for f in found] == [
        ("misspelled_word", "medium", "再接再励"),
        ("misspelled_word", "medium", "按装"),
        ("variant_form", "low", "成份"),
    ]
    assert "应为「再接再厉」" in found[0].message and "规范词形为「成分」" in found[2].message
    assert [f.suggestion for f in found] == ["再接再厉", "安装", "成分"]
    # 截止 is where a thing stops (截止日期); up to a time is 截至
    found = misspelled_words(page("截止目前,报名截止日期前已完成登记。"), [])
    assert [f.spans[0].text for f in found] == ["截止目前"] and "截至目前" in found[0].message


def test_a_misspelling_across_two_words_is_left_alone():
    from newsfacts.core.checks.characters import misspelled_words

    # 超过|份额 holds 过份, 情报|负责 would hold 报负: only a form standing as a word counts
    assert misspelled_words(page("超过份额的部分由财政承担,再接再厉。"), []) == []


def test_a_word_typed_twice_is_a_finding_and_words_that_double_are_not():
    from newsfacts.core.checks import run_checks

    text = "会议在在北京召开。根据根据有关规定,我们的的确确做到了。"
    found = [f for f in run_checks(page(text), []) if f.kind == "doubled_word"]
    assert [f.spans[0].text for f in found] == ["在在", "根据根据"]
    assert found[0].severity.value == "medium" and "“在”连写了两遍" in found[0].message
    assert [f.suggestion for f in found] == ["在", "根据"]
    assert "：" in found[0].message  # the message in Chinese punctuation
    # doubled words of the language, and a pair jieba reads as other words
    for fine in ("人人都说好,常常来看看,研究研究再说。", "达到目的的手段。", "有有关部门说。", "是是非非要分清。"):
        assert not [f for f in run_checks(page(fine), []) if f.kind == "doubled_word"], fine


def test_a_standard_formulation_with_a_word_changed_is_a_finding():
    from newsfacts.core.checks import run_checks

    text = ("中央政治局专题会议生活会为全党树立了标杆。帮扶农民工、零稳定家庭等重点群体就业。"
            "推进共建一代一路高质量发展。")
    found = [f for f in run_checks(page(text), []) if f.kind == "wrong_formulation"]
    assert [f.spans[0].text for f in found] == ["专题会议生活会", "零稳定家庭", "一代一路"]
    assert "规范提法「专题民主生活会」" in found[0].message and "「零就业家庭」" in found[1].message
    assert [f.suggestion for f in found] == ["专题民主生活会", "零就业家庭", "一带一路"]
    assert found[0].severity.value == "medium"


def test_right_formulations_and_families_of_names_are_left_alone():
    from newsfacts.core.checks import run_checks

    fine = (
        # the formulations as they stand, and two listed forms that differ in a word
        "召开专题民主生活会和专题组织生活会，帮扶零就业家庭，学习习近平经济思想和习近平法治思想。",
        # families the corpus shows (全国组织工作会议 beside 全国金融工作会议, 以人民为中心 beside
        # 以效益为中心, 民主生活会 beside 民主促进会), and numbers that change
        "全国金融工作会议召开，坚持以效益为中心，国家计划委员会，民主促进会。",
        "落实中央八项规定精神，二十届三中全会，党的十九大。",
    )
    for text in fine:
        assert not [f for f in run_checks(page(text), []) if f.kind == "wrong_formulation"], text


def test_the_formulation_check_reads_only_its_list():
    from newsfacts.core.checks import run_checks
    from newsfacts.core.checks.formulations import formulations

    table, variant_of = formulations().table, formulations().variant_of
    assert "专题民主生活会" in table and table["零就业家庭"] == "就业援助"
    assert variant_of("专题会议生活会", "专题民主生活会")
    # a word swapped for what is no word, and a character dropped, are other checks' business
    assert not variant_of("专题会民生活会", "专题民主生活会") and not variant_of("专题民生活会", "专题民主生活会")
    # a character that does not sound the same in a four-character formulation is no slip
    assert variant_of("一代一路", "一带一路") and not variant_of("一条一路", "一带一路")
    # numerals change (十四五 / 十五五): a numeral swapped is no slip
    assert not variant_of("中央六项规定", "中央八项规定")
    # a traditional character is the traditional-character check's to report, once
    assert not variant_of("高质量發展", "高质量发展")
    kinds = [f.kind for f in run_checks(page("推动高质量發展。"), [])]
    assert kinds == ["traditional_character"]


def test_the_frames_tool_finds_the_families_running_text_shows():
    import importlib.util

    from conftest import ROOT
    from newsfacts.core.checks.formulations import Formulations

    spec = importlib.util.spec_from_file_location("build_formulations", ROOT / "tools" / "build_formulations.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    listed = Formulations({"民主生活会": "", "全国组织工作会议": "", "零就业家庭": "", "中国人民银行": ""})
    rows = tool.open_frames(listed, ["中国民主促进会成立。全国金融工作会议召开。", "零就业家庭"])
    assert [(b, w, a, f) for b, w, a, f in rows] == [("全国", "组织", "工作会议", ["金融"]), ("民主", "生活", "会", ["促进"])]
