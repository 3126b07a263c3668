"""Figures that disagree and arithmetic the page lets a reader check."""

from newsfacts.core.checks.figures import (
    average_growth,
    figure_conflicts,
    growth_rates,
    increment_rates,
    list_counts,
    parts_exceed_total,
    percentage_of_base,
    rate_changes_in_percent,
    share_of_total,
    spent_exceeds_cost,
    subset_exceeds_total,
)
from newsfacts.core.model import Fact, Kind
from newsfacts.core.reading import article_from_text


def page(*paras):
    return article_from_text("# 标题\n\n" + "\n\n".join(paras) + "\n")


def test_exact_and_nearly_for_the_same_spending():
    a = page("同时,我们还投资1200万元为农村中小学校新建改建了标准化运动场。",
             "该区还投资近1200万元为农村中小学校新建改建了标准化运动场,改扩建幼儿园3所。")
    found = figure_conflicts(a, [])
    assert [f.kind for f in found] == ["figure_conflict"]
    assert [s.text for s in found[0].spans] == ["1200万元", "近1200万元"]


def test_same_figure_for_different_things_is_fine():
    a = page("投资1200万元新建了标准化运动场。", "另有一家企业年产值1200万元,同比持平。")
    assert figure_conflicts(a, []) == []


def test_figure_conflict_from_extracted_facts():
    a = page("同时,我们还投资1200万元为农村中小学校新建改建了标准化运动场。",
             "该区还投资近1200万元为农村中小学校新建改建了标准化运动场。")
    i, j = a.text.index("1200"), a.text.index("1200", a.text.index("近"))
    facts = [Fact(Kind.MONEY, i, i + 6, "1200万元", value=12000000, unit="元"),
             Fact(Kind.MONEY, j, j + 6, "1200万元", value=12000000, unit="元", qualifier="近")]
    found = figure_conflicts(a, facts)
    assert len(found) == 1 and "约数" in found[0].message


ROADS = ("聚焦打通“断头路”,总投资7500万元,打通了韩愈路、云台路、勤业路、碧莲路等12条“断头路”。",
         "云台路、勤业路建成通车。三条道路总投资{}万元。")


def test_a_headline_s_figure_is_the_headline_check_s_to_report():
    # (People's Daily, January 1998) one finding, in the headline's words, not "前文…后文"
    from newsfacts.core.checks import run_checks
    from newsfacts.core.pipeline import extract_facts

    a = article_from_text("## 贵阳：筹集慰问金千万元\n\n本报贵阳1月3日电 贵阳市委、市政府通过多种渠道筹集"
                          "1000多万元解困金和慰问金。\n")
    assert figure_conflicts(a, []) == []
    found = [f for f in run_checks(a, extract_facts(a)) if f.kind == "figure_conflict"]
    assert len(found) == 1 and found[0].message.startswith("标题写“千万元”")


def test_three_roads_cost_more_than_all_twelve():
    found = subset_exceeds_total(page(ROADS[0], ROADS[1].format(8500)), [])
    assert [f.severity.value for f in found] == ["high"]
    assert [s.text for s in found[0].spans] == ["7500万元", "8500万元"]


def test_three_roads_costing_less_is_fine():
    assert subset_exceeds_total(page(ROADS[0], ROADS[1].format(3500)), []) == []


def test_the_investment_completed_cannot_pass_the_whole_cost():
    found = spent_exceeds_cost(page("今年实施重点项目32个,总投资5亿元,完成投资28.6亿元。"), [])
    assert [[s.text for s in f.spans] for f in found] == [["5亿元", "28.6亿元"]]
    assert found[0].severity.value == "high"
    for text in (
        "今年实施重点项目32个,总投资50亿元,完成投资28.6亿元。",
        "项目总投资1.2亿元,已完成投资1.2亿元。",
        "甲项目总投资5亿元,乙项目总投资30亿元,完成投资28.6亿元。",  # the second project's cost
    ):
        assert spent_exceeds_cost(page(text), []) == [], text


def test_parts_after_qizhong_exceed_the_total():
    bad = page("全年新增技能人才3500人,其中高技能人才2000人、初级技能人才1800人。")
    assert [f.kind for f in parts_exceed_total(bad, [])] == ["arithmetic"]
    ok = page("全年新增技能人才3500人,其中高技能人才1000人、初级技能人才1800人。")
    assert parts_exceed_total(ok, []) == []


def test_share_against_its_two_figures():
    bad = page("民生领域支出9.16亿元,占一般公共预算支出12亿元的73%。")
    found = percentage_of_base(bad, [])
    assert len(found) == 1 and "76.3%" in found[0].message
    ok = page("民生领域支出9.16亿元,占一般公共预算支出12.5亿元的73.3%。")
    assert percentage_of_base(ok, []) == []


def test_each_part_after_qizhong_against_the_total_it_is_a_share_of():
    # 128 / 186 = 68.8%; the parts may run on past a semicolon, or open the next sentence
    ok = page("一般公共预算收入完成186亿元,同比增长8.2%,其中税收收入128亿元,占比68.8%。")
    assert share_of_total(ok, []) == []
    found = share_of_total(page("一般公共预算收入完成186亿元,同比增长8.2%,其中税收收入128亿元,占比72.3%。"), [])
    assert len(found) == 1 and found[0].severity.value == "high"
    assert [s.text for s in found[0].spans] == ["186亿元", "128亿元", "72.3%"] and "68.8%" in found[0].message
    parts = page("全年新签约项目125个,其中工业项目68个,占比50.4%;服务业项目47个,占比37.6%。")
    assert [f.spans[1].text for f in share_of_total(parts, [])] == ["68个"]
    assert len(share_of_total(page("全市生产总值2150亿元。其中第三产业1100亿元,占55.2%。"), [])) == 1
    # a share of something the page does not give is not this arithmetic
    assert share_of_total(page("全市生产总值2150亿元,其中第三产业1100亿元,占全省的比重为5.2%。"), []) == []


def test_a_share_or_rate_of_something_else_is_not_checked_against_the_figures():
    # (People's Daily, January 1998) the percentages are the profits' and the staff's, not the
    # figures' before them; 占 inside 占有率 is no share
    for text in (
        "其中实行主办银行制度的469户上网企业效益突出,实现利润和资产总额分别占千户企业的97.8%和78.5%。",
        "在本次调查的35种经常性消费品中,消费者心目中最佳品牌和品牌市场占有率第一名相同的有27种,占77%。",
    ):
        assert percentage_of_base(page(text), []) == [], text
    assert growth_rates(page("上海市政府已由过去的84个委办局减至目前的53个,人员减少了15%。"), []) == []
    # the same figures, carried on by the clause after the comma, are checked
    assert len(percentage_of_base(page("这些企业的利润为469亿元,占全部利润1000亿元的97.8%。"), [])) == 1


def test_a_full_width_share_is_read_to_its_decimal_place():
    from newsfacts.core.pipeline import extract_facts

    # 46.9% it should be; 47.3% is four tenths off, which a share written to one place cannot be
    a = page("这些企业的利润为４６９亿元，占全部利润１０００亿元的４７．３％。")
    assert [s.text for s in percentage_of_base(a, extract_facts(a))[0].spans][-1] == "４７．３％"
    ok = page("这些企业的利润为４６９亿元，占全部利润１０００亿元的４６．９％。")
    assert percentage_of_base(ok, extract_facts(ok)) == []
    # the checks' own scanner reads full-width figures too, where no fact covers them
    assert [s.text for s in percentage_of_base(a, [])[0].spans] == ["４６９亿元", "１０００亿元", "４７．３％"]
    assert len(growth_rates(page("委办局由过去的84个减至目前的53个,减少了15%。"), [])) == 1


def test_a_rise_by_a_negative_amount_says_its_direction_in_words():
    from newsfacts.core.checks.figures import signed_changes

    found = signed_changes(page("一季度全市工业增加值同比增长-3.2%,出口下降－1.5%。"), [])
    assert [f.spans[0].text for f in found] == ["增长-3.2%", "下降－1.5%"]
    assert "应写作“下降3.2%”" in found[0].message and "应写作“增长1.5%”" in found[1].message
    assert signed_changes(page("同比下降3.2%,气温降至-5℃。"), []) == []


def test_growth_rate_against_the_two_values():
    bad = page("民生财政支出从8亿元增加到9.8亿元,增长10.4%。")
    found = growth_rates(bad, [])
    assert len(found) == 1 and "22.5%" in found[0].message
    ok = page("民生财政支出9.8亿元,比上年的8.88亿元增长10.4%。")
    assert growth_rates(ok, []) == []


def test_a_rate_against_the_total_and_the_change():
    # 88.4 / (940 - 88.4) = 10.4%: right; 14.4% is not
    assert increment_rates(page("全国海关征收关税940亿元,比上一年同期增加88.4亿元,增长10.4%。"), []) == []
    found = increment_rates(page("全国海关征收关税940亿元,比上一年同期增加88.4亿元,增长14.4%。"), [])
    assert len(found) == 1 and found[0].severity.value == "high"
    assert [s.text for s in found[0].spans] == ["940亿元", "88.4亿元", "14.4%"]
    assert "增长10.4%" in found[0].message
    # a fall: 20 / (80 + 20) = 20%
    assert increment_rates(page("库存80万吨,较上年末减少20万吨,下降20%。"), []) == []
    assert len(increment_rates(page("库存80万吨,较上年末减少20万吨,下降25%。"), [])) == 1


def test_a_rate_within_what_the_rounded_figures_allow_is_fine():
    # 4.6亿 may be 4.55 to 4.65, so 19.6% to 20.3%: 20% stands
    assert increment_rates(page("户均总资产27.7亿元,比年初增加4.6亿元,增长20%。"), []) == []
    # an average annual rate, other units, and a change the clause does not tie to the total
    for text in (
        "总产值达到489.9亿元,比1990年增加372.2亿元,年均增长22.6%。",
        "销售收入64.3亿元,比上年增加10.1万台,增长37.2%。",
        "销售收入64.3亿元,利税比上年增加10.1亿元,增长37.2%。",
    ):
        assert increment_rates(page(text), []) == [], text


def test_the_pipeline_checks_full_width_figures_too():
    from newsfacts.core.checks import run_checks
    from newsfacts.core.pipeline import extract_facts

    a = page("全国海关征收关税和进口环节税９４０亿元，比上一年同期增加８８．４亿元，增长１４．４％。")
    found = [f for f in run_checks(a, extract_facts(a)) if f.kind == "arithmetic"]
    assert [s.text for s in found[0].spans] == ["９４０亿元", "８８．４亿元", "１４．４％"]


def test_an_average_annual_rate_compounds_over_the_years_between():
    from newsfacts.core.pipeline import extract_facts

    def found(text):
        a = page(text)
        return average_growth(a, extract_facts(a))

    # (489.9 / 117.7) ** (1/7) - 1 = 22.6%
    assert found("中美贸易从1990年的117.7亿美元增加到1997年的489.9亿美元，年均增长22.6%。") == []
    bad = found("中美贸易从1990年的117.7亿美元增加到1997年的489.9亿美元，年均增长32.6%。")
    assert len(bad) == 1 and [s.text for s in bad[0].spans] == ["117.7亿美元", "489.9亿美元", "32.6%"]
    assert "7年间年均增长22.6%" in bad[0].message
    # without the years of the two figures there is nothing to compound over
    assert found("全市财政收入从100亿元增加到150亿元，年均增长12.4%。") == []


def test_ten_announced_but_eleven_items_listed():
    items = "".join(f"#### 实事第{i}项\n\n内容{i}。\n\n" for i in range(1, 12))
    a = article_from_text("### 2024年“十大民生实事”出炉\n\n本报讯 代表票决出“十大民生实事”。\n\n" + items)
    found = list_counts(a, [])
    assert [f.kind for f in found] == ["list_count"] and "11" in found[0].message


def test_ten_items_with_one_split_heading_count_as_ten():
    items = "".join(f"#### 实事第{i}项\n\n内容{i}。\n\n" for i in range(1, 10))
    items += "#### 提升居家和社区\n\n#### 基本养老服务能力\n\n内容。\n"
    a = article_from_text("### 2024年“十大民生实事”出炉\n\n本报讯 代表票决出“十大民生实事”。\n\n" + items)
    assert list_counts(a, []) == []


def test_roads_listed_against_their_count():
    bad = page("对车站街、青年路、和平街(民主路以西)4条道路路灯进行更换。")
    assert [f.kind for f in list_counts(bad, [])] == ["list_count"]
    ok = page("对车站街、青年路、和平街(民主路以西)3条道路路灯进行更换。")
    assert list_counts(ok, []) == []


def test_aspects_announced_against_the_enumeration():
    bad = page("要重点抓好三个方面工作:一是聚焦工业;二是聚焦文旅;三是聚焦营商环境;四是聚焦民生。")
    assert [f.kind for f in list_counts(bad, [])] == ["list_count"]
    ok = page("要重点抓好四个方面工作:一是聚焦工业;二是聚焦文旅;三是聚焦营商环境;四是聚焦民生。")
    assert list_counts(ok, []) == []


def test_a_percentage_changes_by_percentage_points():
    a = page("全年增速比上年回落0.5%,城镇化率提高1.2个百分点。", "一年期贷款利率下调0.25％,第三产业比重提高到55%。",
             "税收收入增幅较一季度扩大1.3%。")
    found = rate_changes_in_percent(a, [])
    assert [(f.spans[0].text, f.suggestion) for f in found] == [
        ("0.5%", "0.5个百分点"), ("0.25％", "0.25个百分点"), ("1.3%", "1.3个百分点")
    ]
    assert "“增速”本身是百分数" in found[0].message and "“回落0.5个百分点”" in found[0].message
    assert found[0].severity.value == "medium" and found[0].rule


def test_what_grows_by_per_cent_is_left_alone():
    # an amount, an efficiency, a level reached, a proportional rise: per cent is right
    a = page("一般公共预算收入增长8.2%,工作效率提高20%,第三产业比重提高到55%,工资按比例增加10%。",
             "人民币汇率下跌2%,全市刑事发案率比上年下降16.2%。")
    assert rate_changes_in_percent(a, []) == []
