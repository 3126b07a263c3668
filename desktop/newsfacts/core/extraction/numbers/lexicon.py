"""Words around a figure: measure words and units, qualifiers, fixed names, holidays.

Data only; ``scan`` applies it.  Units are matched longest first (人次 before 人, 平方米 before 米).
"""

from __future__ import annotations

from ...model import Kind

# unit as written -> (kind, unit as stored)
UNITS: dict[str, tuple[Kind, str]] = {}


def _add(kind: Kind, words: str, stored: str | None = None) -> None:
    for w in words.split():
        UNITS[w] = (kind, stored or w)


# Money: the value is in the currency named; 元/元人民币/人民币元 are all 元.
_add(Kind.MONEY, "元 元人民币 人民币元", "元")
_add(
    Kind.MONEY,
    "美元 欧元 日元 港元 港币 英镑 澳元 加元 韩元 卢布 法郎 马克 新台币 台币 瑞士法郎 新加坡元 铢 泰铢 卢比 比索 里拉 兰特 林吉特 "
    "澳门元 美分 欧分 角 克朗 先令 第纳尔 里亚尔 比塞塔 谢克尔 新谢克尔 兹罗提 福林 列伊 雷亚尔 盾 埃镑 新卢布 "
    "挪威克朗 瑞典克朗 丹麦克朗 捷克克朗 印尼盾 越南盾 荷兰盾 印度卢比 南非兰特 新西兰元 新台币元",
)
_add(Kind.MONEY, "人民币 块钱", "元")
_add(Kind.PERCENT, "% ％", "%")
_add(Kind.PERCENT, "个百分点 ‰")
_add(
    Kind.MEASURE,
    "米 厘米 毫米 千米 公里 平方米 平米 平方千米 平方公里 立方米 亩 公顷 吨 千克 公斤 克 斤 升 毫升 "
    "千瓦 兆瓦 瓦 千瓦时 度电 摄氏度 ℃ 海里 英里 英尺 马力 光年 标准箱 延米 倍 岁 周岁 "
    "英寸 千伏 千伏安 分贝 赫兹 兆赫 英亩 里 公尺 度 点 ° 磅 微米 纳米 华里 毫瓦 毫安 尺 寸",
)
_add(Kind.TIME_SPAN, "年 周年 个月 天 小时 个小时 分钟 秒 秒钟 周 个星期 星期 昼夜 载")
# 三个多月, 两个多小时: 多/余 inside the span, the unit without it
for _w, _u in (("个多月", "个月"), ("个余月", "个月"), ("个多小时", "个小时"), ("个多星期", "个星期")):
    UNITS[_w] = (Kind.TIME_SPAN, _u)
_add(
    Kind.COUNT,
    "个 家 项 人 名 位 人次 户 套 件 条 座 所 处 台 辆 架 艘 只 头 匹 株 棵 本 册 部 篇 份 场 次 批 种 类 "
    "支 队 组 对 双 张 块 片 栋 幢 间 层 级 枚 颗 根 宗 起 例 笔 单 趟 轮 款 车道 家次 户次 车次 架次 班 列 "
    "首 集 章 节 段 票 "
    "盏 封 幅 眼 口 帧 顶 页 卷 门 股 席 粒 瓶 箱 包 袋 盒 桶 罐 杯 碗 扇 道 尊 尾 盆 羽 床 "
    "省 县 国 村 乡 镇 地市 省市 省区 部委 国家",
)
# Ordinal measure words: 十五届, 一期, 一等奖, 二中全会, 三年级, 一季度.
_add(Kind.ORDINAL, "届 期 等奖 等功 中全会 年级 季度")
# 986号决议, 972号院, 3号线: the number a thing is known by
_add(Kind.ORDINAL, "号")

UNITS_BY_LENGTH = sorted(UNITS, key=len, reverse=True)
UNIT_FIRST_CHARS = frozenset(w[0] for w in UNITS)

# A unit followed by one of these characters is the start of another word (单位, 期间, 三轮车, 年代).
UNIT_VETO_NEXT: dict[str, str] = {
    "单": "元位",
    "期": "间待望盼限货刊",
    "轮": "车",
    "年": "代轻终底初末",
    "台": "河山湾",
    "名": "单义称字誉",
    "条": "件例约",
    "人": "民大物才士员类",
    "家": "庭长属园",
    "位": "于置",
    "次": "要日序",
    "部": "门分署长委",
    "本": "地市次届身",
    "处": "长理置于",
    "块": "钱",
    "片": "区",
    "起": "来",
    "所": "有谓以在长",
    "只": "是有要能",
    "对": "于外象",
    "头": "脑",
    "集": "团中体",
    "首": "都府先",
    "层": "面次",
    "级": "别",
    "周": "边围",
    "天": "津",
    "票": "据",
    "支": "持付出",
    "节": "目约日",
    "班": "子",
    "队": "伍",
    "倍": "增",
    "米": "饭",
    # measure words that also open everyday words: 口岸, 门户, 股份, 道路, 角度, 封面, 眼睛, 包括
    "口": "岸号径罩气子语头味",
    "门": "户口类槛票前诊外路",
    "股": "份东票市权民",
    "道": "路理德歉教河街沟口湾",
    "角": "度色落逐洲形亭",
    "盾": "牌构",
    "页": "面码",
    "卷": "烟入起",
    "幅": "度员",
    "封": "闭锁面建顶",
    "眼": "睛光看前界",
    "顶": "尖级端住替层部峰",
    "包": "括装含容干袱子扎",
    "瓶": "颈",
    "袋": "鼠",
    "盒": "饭",
    "杯": "赛",
    "尾": "声气巴",
    "尊": "重敬严",
    "度": "假过日",
    "里": "程面边头屯河堡铺桥庄村店坡沟湾营巷岗台",
    "省": "委长会份级内外",
    "县": "委长城级域里",
    "国": "际内外庆道产营有企土",
    "村": "委民庄里",
    "乡": "村镇亲长里",
    "镇": "党政长",
    "点": "钟半整",
    "号": "召称码角手外",
    "床": "位单头上垫铺",
    "载": "体入明于有客重",
    "尺": "度码寸子",
    "寸": "步",
}
# The same unit after these words counts terms, not the n-th one: 连续三届.
ORDINAL_AS_COUNT_BEFORE = ("连续", "连任", "历经")

# Qualifiers written right before the figure (longest first) and right after it.
QUALIFIERS_BEFORE = sorted(
    "不少于 不低于 不超过 不高于 不足 不到 多于 少于 高于 低于 大于 小于 超过 超 逾 将近 接近 近 大约 约 "
    "突破 最高 最低 最多 至少 多达 高达 仅 连续 双向 单向".split(),
    key=len,
    reverse=True,
)
QUALIFIERS_AFTER = sorted("以上 以下 左右 上下 以来 以内 之内 之多 有余 开外".split(), key=len, reverse=True)
# Between the number and its measure word, inside the span: 40余家, 1000多万元, 30来个.
INNER_QUALIFIERS = "余多来"

RANGE_SEPARATORS = "~～〜-－—–至到"

# Fixed names and slogans that hold numerals but state no figure.
FIXED_NAMES = (
    "十一五 十二五 十三五 十四五 十五五 两会 两个确立 两个维护 四个意识 四个自信 四个全面 三个代表 两个一百年 "
    "八项规定 三严三实 两学一做 一带一路 五位一体 三个一批 一国两制 五四运动 四项基本原则 五项原则 三农 "
    "三大纪律 八项注意 两弹一星 四个现代化 三个有利于 两个务必 九三学社 七台河 五台山 三门峡 十堰 六盘水 "
    "四周 五台县 四平 三亚 九寨沟 十三陵 五粮液 二锅头 三轮车 四合院 三峡 五星红旗 一把手 一揽子 "
    "三八红旗手 五一劳动奖章 五四青年奖章 双一流 三公经费 "
    "四处 三天两头 一百单八将 判若两人 约法三章 三位一体 四时八节 十月革命 十年磨一剑 十年一剑 三人制 五人制 七人制 十一人制 "
    "20世纪福克斯 二十世纪福克斯"
).split()

# Holidays named by their date: ‘五一’, “七一”, 十一期间.
HOLIDAYS = {"五一": (5, 1), "五四": (5, 4), "六一": (6, 1), "七一": (7, 1), "八一": (8, 1), "十一": (10, 1)}
# An unquoted holiday needs one of these after it (十一届 is not a holiday).
HOLIDAY_NEXT = ("节", "期间", "前夕", "假期", "黄金周", "长假", "小长假", "前后", "当天", "以来", "之际")

# Parts of the day, by the clock they set: an afternoon or evening hour under 12 is the hour + 12
# (下午3点 is 15), a night's from 6 on (深夜2点 is 2, 夜里11点 23), noon's up to 2 (中午1时 is 13).
MORNING = ("上午", "早上", "早晨", "清晨", "凌晨", "今晨", "昨晨")
AFTERNOON = ("下午", "傍晚", "晚上", "晚间", "午后", "当晚", "今晚", "昨晚", "明晚")
NIGHT = ("夜间", "夜里", "深夜")
PARTS_OF_DAY = sorted((*MORNING, *AFTERNOON, *NIGHT, "中午", "白天"), key=len, reverse=True)

# A party congress: 党的二十大, 十八大以来, 二十大精神.
CONGRESS_NEXT = ("以来", "精神", "报告", "代表", "召开", "胜利", "提出", "强调", "部署", "作出", "确定", "闭幕", "开幕", "期间", "上", "后", "前", "和", "、", "，", ",", "。", "；", ";", "”")

# Words after N年 that make it the name of a campaign (三年行动), not a length of time.
YEAR_NAME_NEXT = ("行动", "计划", "规划", "攻坚", "方案", "专项")

# The noun counted by X大 stops before these characters (三大主导产业, 四大发明).
NOUN_STOP = set("的和与及是在为等中都也已将要把被让向对从以于并而或举有能可就又还再所得地之着了过来、，,。；;：:！!？?“”‘’\"'《》()（）[]【】 \u3000\n\t—-")

SENTENCE_PUNCT = set("，,。；;！!？?：:")
OPEN_QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "〈": "〉"}
