"""Rules around the model: dictionary matches, suffix grammars, titles and roles, exclusions."""

from __future__ import annotations

import os
import re
import threading

from ...paths import dictionary_words
from . import crf

# Titles a role ends with, longest first so 副书记 wins over 书记.
TITLES = sorted(
    """书记 副书记 总书记 区长 副区长 市长 副市长 省长 副省长 县长 副县长 镇长 副镇长 乡长 村长 主任 副主任
    常务副主任 主席 副主席 委员 常委 委员长 副委员长 总理 副总理 部长 副部长 厅长 副厅长 局长 副局长 处长 副处长
    司长 副司长 科长 副科长 所长 院长 副院长 校长 副校长 董事长 总经理 副总经理 经理 秘书长 副秘书长 会长 副会长 理事长 主编 总编辑
    编辑 记者 本报记者 通讯员 见习记者 特约记者 实习生 领导 区领导 市领导 县领导 省领导 成员 教授 副教授 研究员
    工程师 总工程师 支部书记 站长 馆长 园长 行长 社长 团长 队长 组长 大使 主任委员 检察长 庭长 法官 警官 民警
    党组书记 首席执行官 总裁 副总裁 总统 首相 国务卿 外长 领袖 议长 总干事 发言人 主教练 教练 司令员 政委 大法官
    外相 外交大臣 防卫相 财相 藏相 法相 官房长官 干事长 王储 亲王 天皇 总督 州长 参议员 众议员 国家主席 国家副主席""".split(),
    key=len,
    reverse=True,
)
_TITLE_SET = frozenset(TITLES)
# Words that may stand before a role without belonging to it.
_LEAD = sorted(
    """邀请 特邀 由 在 是 和 与 及 同 向 对 为 据 听取 会见 看望 陪同 会同 带领 率领 率 请 以及 还有 其中 并 经 被 让
    给 跟 将 从 等 和在 作为 担任 任 原 本报讯""".split(),
    key=len,
    reverse=True,
)
# Full-width punctuation, spelled out: ，；：！？（）
_FW = "\uff0c\uff1b\uff1a\uff01\uff1f"
_FW_BRACKETS = "\uff08\uff09"
_ROLE_STOP = set(_FW) | set(",。;:!?“”\"《》\n\t|/")
_SPACE = " \u3000\t"

# Teams by sex and sport (中国女足, 河南男排): one team's word also ends the reach of the next.
_TEAMS = "女足 男足 女排 男排 女篮 男篮".split()
# Endings that name a kind of body (a school, a home, a factory, a team), whose name therefore
# needs an anchor before them (宜昌财校, 琉璃河水泥厂; not 上了党校, 工厂)
_KIND_ENDINGS = "体校 财校 师专 卫校 技校 党校 艺校 警校 农校 医专 福利院 敬老院 养老院 孤儿院 军区 军分区 邮局 支局 联谊会 学联 厂 分厂 总厂".split() + _TEAMS
# Organisations end with these (longest first); places with the next list.  A name reaches back
# from one of these to a boundary.
ORG_SUFFIXES = sorted(
    """有限公司 有限责任公司 股份有限公司 集团有限公司 集团 人民法院 中级人民法院 高级人民法院 人民检察院 检察院
    人民代表大会 代表大会 人大 公司 大学 学院 中学 小学 初中 高中 幼儿园 职业学校 技术学校 委员会 常务委员会
    管理委员会 研究院 研究所 医院 卫生院 卫生服务站 卫生服务中心 服务中心 促进中心 协会 学会 商会 银行 支行 分行
    电视台 广播电台 报社 出版社 基金会 合作社 事务所 宣讲团 联合会 总工会 办公室 公安局 女队 男队 代表队 国家队
    俱乐部 信用社 总局 法院 队 局 部 日报
    剧团 艺术团 歌舞团 乐团 合唱团 杂技团 杂志社 通讯社 研究会 促进会 研究室 设计院 总公司 分公司 办事处
    代表处 工作站 海关 党委 团委 妇联 科协 文联 侨联 残联 组委会 议会 足球队 篮球队 排球队 网球队 代表团 访问团 考察团"""
    .split()
    + _KIND_ENDINGS,
    key=len,
    reverse=True,
)
_ORG_SUFFIX_SET = frozenset(ORG_SUFFIXES)
PLACE_SUFFIXES = sorted(
    """产业园 科技产业园 工业园 产业集聚区 开发区 度假区 服务区 风景区 景区 保护区 试验区 商业街 步行街 广场 花园
    家园 小区 社区 街道 大桥 桥 公园 湿地 水库 污水处理厂 电厂""".split(),
    key=len,
    reverse=True,
)
_PLACE_SUFFIX_TUPLE = tuple(PLACE_SUFFIXES)
_TEAM_WORDS = frozenset(_TEAMS + ["国家队", "代表队"])
# Roads and streets: a two-character name before 路/街/大道 (碧莲路, 韩愈西路), on word boundaries.
_ROAD = re.compile(r"路|街|大道")
_ROAD_STEM_STOP = frozenset("""一条 这条 道路 马路 公路 铁路 思路 出路 新路 老路 弯路 后路 活路 退路 线路 网路 电路 水路 大街
    小街 上街 沿街 临街 满街 逛街 一路 沿路 半路 上路 走路 修路 让路 带路 引路 领路 开路 问路 之路 的路
    致富 创业 就业 脱贫 小康 幸福 求学 成才 回家 回乡 归乡 求医 高速 柏油 水泥 砂石 盘山 乡间 田间 山间 林间
    上学 放学 公里 里地 康庄 正道 快速 示范 金色 扶贫 乡村 循环 闯富 迢迢""".split())
# A road one takes, opens or paves is a way, not a street: 踏上归乡路, 广开就业路, 铺后路.
_ROAD_VERBS = ("踏上", "走上", "走出", "走好", "广开", "开辟", "开拓", "拓宽", "铺就", "铺平", "铺", "闯出", "找到", "寻找", "探索", "奔", "走")
_MIN_STEM = {"人大": 2, "公司": 2, "桥": 2, "大桥": 2, "花园": 2, "广场": 2, "集团": 2}
# Where a name cannot reach back across.
_NAME_STOP = set(_FW + _FW_BRACKETS) | set(",。;:!?、“”\"'《》()【】[]\n\t \u3000·-—…的了在和与及是为对向把被从到将于等着让给同")
# Single-word starts (jieba words) that never open a name.
_NAME_STOP_WORDS = frozenset(
    """来自 位于 举行 召开 参加 出席 推动 加快 推进 实施 开展 成立 组织 举办 承建 投资 打造 签约 落户 入驻 为了
    经过 通过 其中 以及 还有 今年 去年 近日 日前 目前 当前 同时 全区 全市 我市 该区 本报 这 那 该 各 全 新建 改造 提升
    包括 涉及 围绕 依托 沿 到达 前往 走进 来到 深入 对接 联合 支持 申报 获批 评为 认定 荣获 名列 共有 拥有 一批
    项目 工程 工作 会议 活动 企业 单位 部门 群众 干部 学生 居民 党员 启动 完成 新增 打通 建成 开工 竣工 投用 位于 来自
    街道 中部 南部 北部 东部 西部 东南部 西南部 东北部 西北部 以及 作为 成为 战胜 击败 逼平 负于 输给 对阵 迎战 会见
    会晤 访问 出任 担任 所属 下属 隶属 原 现 本报讯 欣闻 获悉 参观 应 应邀 视察 考察 看望 慰问 祝贺 致电 规定 要求
    表明 显示 认为 指出 强调""".split()
)
_HAN = re.compile(r"[\u4e00-\u9fff]")

_lock = threading.Lock()
_gazetteer: frozenset[str] | None = None
_corpus_places: frozenset[str] = frozenset()
_countries: frozenset[str] = frozenset()
_world_places: frozenset[str] = frozenset()


def gazetteer() -> frozenset[str]:
    """Place names: the divisions list, the world's countries, its cities, regions, rivers, seas
    and straits a paper names, and the 1998 People's Daily places (read once)."""
    global _gazetteer, _corpus_places, _countries, _world_places
    if _gazetteer is None:
        with _lock:
            if _gazetteer is None:
                _corpus_places = dictionary_words("places_pd1998.txt")
                _countries = dictionary_words("countries.txt")
                _world_places = dictionary_words("world_places.txt")
                _gazetteer = dictionary_words("divisions.txt") | _countries | _world_places | _corpus_places
    return _gazetteer


_not_persons: frozenset[str] | None = None
_japanese_surnames: frozenset[str] | None = None


def japanese_surnames() -> frozenset[str]:
    """Japanese family names of two or three characters (桥本, 中曾根; read once)."""
    global _japanese_surnames
    if _japanese_surnames is None:
        _japanese_surnames = dictionary_words("japanese_surnames.txt")
    return _japanese_surnames


def not_persons() -> frozenset[str]:
    """Words jieba's dictionary calls personal names that the 1998 corpus never writes as one
    (叶子, 老总, 养老: tools/train_ner.py lists them; read once)."""
    global _not_persons
    if _not_persons is None:
        _not_persons = dictionary_words("not_persons_pd1998.txt")
    return _not_persons


def word_tags(words: list[str]) -> list[str]:
    """jieba's dictionary class of each word, for the model: ns/nr/nt/nz/j for names, "?" for a
    word jieba made up (not in its dictionary), "-" for any other word."""
    from .. import segmenter

    not_name_words()  # loads the tags
    freq = segmenter.tokenizer().FREQ
    tags = _proper_tag
    return [tags.get(w) or ("-" if freq.get(w) else "?") for w in words]


# A division's full name (three characters or more, with its 省/市/县/区...) is a place whatever
# jieba's dictionary calls it, but for the few the 1998 corpus writes as common words: 解放区
# (liberated area), 市辖区 and 市中区 (a city's districts, its centre).
_DIVISION_ENDS = frozenset("省市县区州旗盟镇乡")
_DIVISION_WORDS = frozenset({"解放区", "市辖区", "市中区"})


def everyday_word(word: str) -> bool:
    """A word jieba's dictionary knows as something other than a name (政府, 代表, 业务): a name
    verified once where it named something is still that word elsewhere."""
    from .. import segmenter

    not_name_words()  # loads jieba's names
    return bool(segmenter.tokenizer().FREQ.get(word)) and word not in (_proper_words or ())


def new_country(word: str) -> bool:
    """One of the world's countries or capitals (by the names the Ministry of Foreign Affairs
    uses) that the 1998 corpus never writes as a place, so the model never learnt it: 南苏丹,
    北马其顿, 卡塔尔, 阿斯塔纳."""
    gazetteer()
    return word in _countries and word not in _corpus_places


def place_like(word: str) -> bool:
    """A gazetteer word that is not also an everyday word (合作, 资源, 南部, 城区 are counties or
    parts of towns, but in running text they are the words): the 1998 corpus writes it mostly as a
    place (平壤, 刚果, which jieba calls nouns), jieba knows it as a place, or not at all."""
    from .. import segmenter

    not_name_words()  # loads jieba's place names
    gazetteer()  # loads the corpus's
    if word in _corpus_places or word in _countries or word in _world_places or word in (_place_words or ()):
        return True  # 温哥华, 卡拉奇: places, whatever jieba's dictionary calls them
    if len(word) >= 3 and word[-1] in _DIVISION_ENDS and word not in _DIVISION_WORDS:
        return True  # 鼓楼区, 营口市, 称多县: jieba's dictionary calls them nouns or names
    return not segmenter.tokenizer().FREQ.get(word)


def known_place(word: str) -> bool:
    """A place of the gazetteer that is one in running text too (place_like)."""
    return word in gazetteer() and place_like(word)


def title_at_end(s: str) -> str | None:
    for t in TITLES:
        if s.endswith(t):
            return t
    return None


def title_at_start(text: str, i: int) -> str | None:
    """The title that ``text`` has at ``i`` (longest first), or None."""
    for t in TITLES:
        if text.startswith(t, i):
            return t
    return None


_AFTER_TITLES = ("总书记", "主席", "总理", "委员长", "书记", "同志")


def title_after(text: str, end: int) -> str | None:
    """A title written after the name (习近平总书记 -> 总书记); 同志 is not a title."""
    for t in _AFTER_TITLES:
        if text.startswith(t, end):
            return None if t == "同志" else t
    return None


# A byline in brackets, ending right before a name: （记者丛亚平）, (通讯员 王芳 摄)
_BYLINE = re.compile(r"[(\uff08][^()\uff08\uff09]*(?:记者|通讯员|摄)[^()\uff08\uff09]*[)\uff09]$")


def _byline_ends_at(text: str, j: int, floor: int) -> bool:
    """Whether a bracketed byline ends at ``j`` (looking back no further than ``floor``)."""
    return _BYLINE.search(text, max(floor, j - 24), j) is not None


def role_before(text: str, start: int, floor: int = 0, keep: frozenset[str] = frozenset()) -> tuple[int, str] | None:
    """The title written just before a name at ``start``: (where it starts, the role), or None.

    The role runs back to the clause boundary; titles joined by 、 belong to one person
    (市政协副主席、高新区(示范区)党工委副书记吕沛); bracketed words inside it are kept.
    """
    i = start
    while i > floor and text[i - 1] in _SPACE:
        i -= 1
    end = i
    depth = 0
    j = end
    while j > floor:
        c = text[j - 1]
        if c in ")\uff09":
            if depth == 0 and _byline_ends_at(text, j, floor):
                break  # 电（记者丛亚平）建设部: the byline before a name is none of it
            depth += 1
        elif c in "(\uff08":
            if depth == 0:
                break
            depth -= 1
        elif c in _ROLE_STOP:
            break
        j -= 1
    while j < end and text[j] in ")\uff09、 \u3000":
        j += 1
    segment = text[j:end]
    if not segment or title_at_end(segment) is None:
        return None
    # Keep the 、-joined parts, from the right, while each ends with a title.
    parts = segment.split("、")
    kept: list[str] = []
    for part in reversed(parts):
        if title_at_end(part) is None or len(part) > 24:
            break
        kept.append(part)
    kept.reverse()
    if not kept:
        return None
    first = _cut_lead(kept[0], keep)
    if not first or title_at_end(first) is None:
        return None
    kept[0] = first
    role = "、".join(kept)
    return end - len(role), role


_DIGIT = re.compile(r"[0-9０-９]")


def _cut_lead(part: str, keep: frozenset[str]) -> str:
    """The title part after the last word that cannot belong to it (a verb, a date, a dateline):
    邀请市委宣讲团成员 -> 市委宣讲团成员; 新华社北京5月7日电国务院副总理 -> 国务院副总理."""
    from .. import segmenter

    words = segmenter.tokenizer().lcut(part, HMM=False)
    stop = not_name_words()
    cut = 0
    for i, w in enumerate(words):
        if w in keep or w in _TITLE_SET:
            continue
        if w == "兼" and i and title_at_end("".join(words[:i])) is not None:
            continue  # 外交部长兼副总理: two posts of one person
        if w in stop or w in _LEAD or _DIGIT.search(w) or w in ("讯", "电", "报道", "日电", "日讯", "月", "日"):
            cut = i + 1
    cut += _lead_before_place(words[cut:], keep)  # 武器核查|美国总统
    return "".join(words[cut:])


# Titles written contracted: 司法部长 is the minister of 司法部, 澳门日报社长 heads 澳门日报社.
# Bodies whose head's title adds no character of its own to them (丰田公司社长, 北京大学校长).
_WHOLE_BODIES = ("公司", "集团", "银行", "大学", "学院", "医院", "委员会", "协会", "学会", "商会", "基金会", "俱乐部")
_CONTRACTED = {"部长": "部", "副部长": "部", "局长": "局", "副局长": "局", "厅长": "厅", "副厅长": "厅", "处长": "处",
               "社长": "社", "行长": "行", "所长": "所", "站长": "站", "馆长": "馆", "团长": "团", "队长": "队",
               "会长": "会", "副会长": "会"}


_RANKS = ("常务", "名誉", "执行", "副总", "副", "代理", "代", "前", "第一", "新任", "临时", "特派", "特约")
# What stands before a title without naming a body: a tenure or a grade (现任, 高级), a title of
# one piece (国务委员), 代表 as "on behalf of" (代表总理霍华德), or a kind of body alone (政府总理,
# 公司董事长, 委员会主任: the body is named elsewhere, if at all).
_TENURES = ("现任", "时任", "曾任", "原任", "前任", "新任", "历任")
_NO_BODY = frozenset("现任 前任 原任 首任 高级 资深 首席 特别 国务 代表 全国 政府 杂志 军区 联盟 安全 质量 制片 技术".split())


def role_orgs(role: str, role_start: int) -> list[tuple[int, int]]:
    """ORG spans inside a role: each part minus its title (解放区委 in 解放区委书记; 司法部 in 司法部长)."""
    out = []
    pos = role_start
    for part in re.split("[、兼]", role):  # 国务委员兼国防部长: two posts, the body is 国防部
        t = title_at_end(part)
        stem = part[: len(part) - len(t)] if t else ""
        # 联合国秘书长发言人: the spokesman of the Secretary-General; the body is 联合国
        while (inner := title_at_end(stem)) and len(inner) < len(stem):
            stem = stem[: -len(inner)]
        # 现任党支部副书记: the tenure opens the role, the body comes after it
        tenure = next((w for w in _TENURES if stem.startswith(w)), "")
        stem, start = stem[len(tenure) :], pos + len(tenure)
        # 副所长 / 常务副主席 / 名誉会长: the rank is part of the title, not of the organisation
        while stem.endswith(_RANKS):
            stem = stem[: -len(next(r for r in _RANKS if stem.endswith(r)))]
        # 司法部长 -> 司法部, 澳门日报社长 -> 澳门日报社; 丰田公司社长 is the company's (no 丰田公司社)
        # (the title shares its first character with the body: not 全国台联副会长)
        if t in _CONTRACTED and t.startswith(_CONTRACTED[t]) and stem and not stem.endswith((_CONTRACTED[t], *_WHOLE_BODIES)):
            stem += _CONTRACTED[t]
        # 美国驻华大使: a posting (驻), not an organisation
        if len(stem) >= 2 and stem not in _NO_BODY and stem not in _ORG_SUFFIX_SET and stem not in ("本报", "新华社") and "驻" not in stem and _HAN.search(stem):
            out.append((start, start + len(stem)))
        pos += len(part) + 1
    return out


def suffix_names(
    text: str, words: list[str], offset: int = 0, keep: frozenset[str] = frozenset()
) -> list[tuple[int, int, str]]:
    """ORG/PLACE names found by their ending (…有限公司, …人民法院, …产业园, …路), reaching back to a boundary."""
    out = []
    starts = {}
    pos = 0
    for w in words:
        starts[pos] = w
        pos += len(w)
    ends = set(starts) | {len(text)}
    for suffixes, kind in ((ORG_SUFFIXES, "ORG"), (PLACE_SUFFIXES, "PLACE")):
        for suf in suffixes:
            k = text.find(suf)
            while k != -1:
                e = k + len(suf)
                # 污水处理厂, 电厂: a site, found as a place below, not a factory
                site = kind == "ORG" and suf.endswith("厂") and text.endswith(_PLACE_SUFFIX_TUPLE, 0, e)
                if not site and e in ends and not (len(suf) == 1 and _ends_common_word(text, k, e, starts)):
                    s = _reach_back(text, k, starts, trades=kind == "ORG")
                    if s is not None:
                        s = _trim(text, s, k, starts, keep)
                    if (
                        s is not None
                        and k - s >= _MIN_STEM.get(suf, 2)
                        and _stem_ok(text, s, k, suf, starts, keep)
                        and not _COUNTED_AFTER.match(text, e)
                    ):
                        out.append((offset + s, offset + e, kind))
                k = text.find(suf, k + 1)
    for m in _ROAD.finditer(text):
        k, e = m.span()
        s = k - 2
        if k >= 3 and text[k - 1] in "东西南北中" and _HAN.match(text[k - 3]) and (k - 3) in starts:
            s = k - 3
        if s < 0 or not _HAN.match(text[s]) or not _HAN.match(text[s + 1]) or text[s] in _NAME_STOP:
            continue
        if text[k - 1] == "之":  # 张之路, 复兴之路: "the road of", a person or a phrase, no street
            continue
        if s == k - 2 and text[k - 1] not in "东西南北中" and _common_word(text[k - 1 : k + 1]) and text[s:k] not in keep:
            continue
        stem = text[s : s + 2]
        if stem[0] in "不没未别":  # 换人换届不换路: a verb, no street
            continue
        if stem[0] in "一二三四五六七八九十几两半" and stem[1] in "里次段步趟回程":
            continue  # 步行几里路, 带一次路: a distance or a trip, no street
        if text.endswith(_ROAD_VERBS, 0, s) or (s == k - 2 and text.endswith(_ROAD_VERBS, 0, s + 1)):
            continue
        if any(c in "的了着过" for c in text[s:k]):
            continue  # 你的路, 迷了路: whose way or what happened on it, no street
        if s in starts and e in ends and stem not in _ROAD_STEM_STOP and starts.get(s) not in _NAME_STOP_WORDS:
            out.append((offset + s, offset + e, "PLACE"))
    return out


# Suffixes that also end plain phrases (老旧小区, 社会心理服务中心, 公办幼儿园): the name before them
# needs an anchor, a word jieba does not know or knows as a proper name, or a lexicon word.
_NEEDS_ANCHOR = frozenset(
    "小区 社区 街道 幼儿园 服务中心 服务区 公司 集团 广场 花园 家园 公园 医院 学院 办公室 公安局 队 局 部 日报 "
    "研究室 工作站 党委 团委 代表团 访问团 考察团 乐团 办事处 代表处 海关 通讯社 议会 组委会 残联".split()
    + _KIND_ENDINGS
)
# …and for these the name must open with it (芬兰农林部, 湘乡市公安局, 古巴队; not 组织部, 工作队).
_ANCHOR_FIRST = frozenset("办公室 公安局 队 局 部 日报 办事处 代表处 议会 组委会".split())
_COUNTED = re.compile(r"[0-9０-９一二三四五六七八九十几两多数]+[个家所条座批项类国]")
# 改扩建公办幼儿园3所。: a count of such places ends the phrase, so the words before are what was
# done to them, no name (秦皇岛市土地局17个科级职位 counts something else)
_COUNTED_AFTER = re.compile(r"[0-9０-９一二三四五六七八九十几两多]+[个家所条座批处](?=[，,。、；;！!？?）)\s]|$)")
_TRIM_TAGS = ("l", "i", "v", "p", "c", "d", "f", "m", "q", "r", "t", "u", "y", "e", "o", "ad", "ul", "uj", "uz", "ug", "ud", "uv")
_pos_lock = threading.Lock()
_not_name_words: frozenset[str] | None = None


def rare_phrase(word: str) -> bool:
    """A name jieba's dictionary tags as some other word from a handful of sightings: 石四皓 2 i,
    夏珺 5 v, 许立群 25 m.  Behind a surname, a count of 30 at most is not enough to say it is no
    name (热议 and 养老, which the model took for names, are counted in the thousands)."""
    from .. import segmenter

    if len(word) not in (2, 3) or word[0] not in crf.surnames():
        return False
    return segmenter.tokenizer().FREQ.get(word, 0) <= 30


def not_name_words() -> frozenset[str]:
    """jieba dictionary words that never open a name: verbs, prepositions, numerals, 方位词 (read once)."""
    global _not_name_words
    if _not_name_words is None:
        with _pos_lock:
            if _not_name_words is None:
                from ..segmenter import import_jieba

                path = os.path.join(os.path.dirname(import_jieba().__file__), "dict.txt")
                global _proper_words, _place_words, _hard_words, _verb_words
                words, proper, places, hard, verbs = set(), set(), set(), set(), set()
                with open(path, encoding="utf-8") as fh:
                    # line by line: one read().splitlines() of the 5 MB file holds the GIL ~0.2 s
                    for line in fh:
                        w, _, tag = line.removesuffix("\n").rpartition(" ")
                        if tag in _TRIM_TAGS:
                            words.add(w.partition(" ")[0])
                            if tag in _HARD_TAGS:
                                hard.add(w.partition(" ")[0])
                            elif tag == "v":
                                verbs.add(w.partition(" ")[0])
                        elif tag in _PROPER_TAGS:
                            word = w.partition(" ")[0]
                            proper.add(word)
                            _proper_tag[word] = "nr" if tag in ("nrt", "nrfg") else tag
                            if tag == "ns":
                                places.add(word)
                _proper_words = frozenset(proper)
                _place_words = frozenset(places)
                _hard_words = frozenset(hard)
                _verb_words = frozenset(verbs)
                _not_name_words = frozenset(words)
    return _not_name_words


_NTH_LARGEST = re.compile("第[一二三四五六七八九十]+大")
# A place and one of these is any of its companies (美国公司), not one by name (中国银行 is in the lexicon).
_ANY_OF_A_PLACE = frozenset("公司 企业 集团".split())
# 全国性日报, 综合性大学, 国际性组织, 研究型大学: a kind of paper, university, body, not one by name
_OF_A_KIND = re.compile(r"[\u4e00-\u9fff]{2,3}[性型]$")
# 中美两国有关公司, 各地相关企业: whichever companies are concerned, no one company
_WHICHEVER = frozenset("有关 相关 所属 下属 其他 其它 这些 那些 一些 部分 多家 各类 各级 各大".split())
# 首钢四大集团, 十大景区: the four big groups, a count; 12家大造船公司: the stem opens with the measure word
_BIG_COUNT = re.compile(r"[一二三四五六七八九十几两]大$")
_NUMERAL_BEFORE = re.compile(r"[0-9０-９一二三四五六七八九十几两多]$")
# 外国公司, 外资银行, 重点中学, 民办小学: a stem of these words only says what kind the body is
_KIND_ONLY = frozenset(
    "外国 外资 国外 国内 境外 境内 海外 民营 私营 国营 国有 合资 独资 外商 本地 当地 大型 中型 小型 中小 跨国 重点 "
    "民办 公办 私立 公立 普通 商业 上市 非上市 股份 股份制 一般 基层 农村 乡村 城市 城镇 城区 市区 郊区 临街 地方 自然 模范 投资 合营 "
    "中".split()  # 中 of 城镇中小学: jieba's 中小学 leaves it in the stem
)
# …and for places also the whole country or the world (全国湿地, 国际湿地公约; the lexicon has
# bodies such as 全国总工会)
_PLACE_KIND_ONLY = _KIND_ONLY | {"国际", "全国", "我国"}
# 上大学, 考上中学, 办医院: the school or the hospital is what someone goes to or runs, no name
_DOING_TO = frozenset("上 考 读 念 办 进 考上 考入 进入 报考 就读 创办 兴办 开办 办理".split())


def _stem_ok(text: str, s: int, k: int, suf: str, starts: dict[int, str], keep: frozenset[str]) -> bool:
    stem = text[s:k]
    if suf in PLACE_SUFFIXES and everyday_word(text[s : k + len(suf)]):
        return False  # 牵线搭桥, 立交桥: a word of jieba's dictionary that is no name
    if _COUNTED.search(stem) or any(c in _NAME_STOP and c not in "()\uff08\uff09" for c in stem):
        return False
    if _BIG_COUNT.search(stem) or (stem[0] in "个家所条座批项类" and _NUMERAL_BEFORE.search(text, max(0, s - 1), s)):
        return False
    if _NTH_LARGEST.search(stem) or (suf in _ANY_OF_A_PLACE and known_place(stem)):
        return False  # 美国第一大银行, 美国公司: which bank, whose companies, not a name
    if _OF_A_KIND.search(stem) and stem not in keep:
        return False
    i = s
    stem_words = []
    while i < k and i in starts:
        if starts[i] in _WHICHEVER:
            return False
        stem_words.append(starts[i][: k - i])  # 重点中学 is one word to jieba: its stem is 重点
        i += len(starts[i])
    kinds = _PLACE_KIND_ONLY if suf in PLACE_SUFFIXES else _KIND_ONLY
    if i >= k and stem_words and (all(w in kinds for w in stem_words) or stem_words[-1] in _DOING_TO):
        return False
    if suf in _NEEDS_ANCHOR:
        words = []
        i = s
        while i < k:
            w = starts.get(i)
            if w is None:
                return True  # jieba cut across the suffix: an unknown compound
            words.append(w[: k - i])
            i += len(w)
        if suf in _ANCHOR_FIRST:
            return _has_anchor(words[:1], keep, strict=True)
        return _has_anchor(words, keep)
    return True


def _ends_common_word(text: str, k: int, e: int, starts: dict[int, str]) -> bool:
    """A one-character suffix that ends an everyday word (干部, 大局, 组队) starts no name."""
    from .. import segmenter

    freq = segmenter.tokenizer().FREQ
    if k and freq.get(text[k - 1 : e], 0) >= 100:
        return True
    for s0 in (e - 2, e - 3):
        if starts.get(s0) is not None and s0 + len(starts[s0]) == e and freq.get(starts[s0]):
            return s0 == e - 2  # a known two-character word: 组队, 干部
    return False


def _common_word(w: str) -> bool:
    """A frequent jieba word (道路, 马路, 线路): the 路 in it is no road name's."""
    from .. import segmenter

    return segmenter.tokenizer().FREQ.get(w, 0) >= 100


# Dates, and the 电 of a dateline (北京6月29日电中国国家发展计划委员会: the name starts after 电).
_DATEISH = re.compile(r"^([0-9０-９]+(年度?|月|日电?|号)?|年度?|月|日电?)$")
# 今天上午国家地震局: a day and a part of it, as jieba reads them, are the sentence's time
_TIMEISH = re.compile(r"^(?:[今昨明前][天日晨晚])?(?:上午|下午|晚上|早上|中午|凌晨|傍晚)?$")
# 这支机防队, 该公司: a demonstrative (with its measure word) does not belong to the name.
_DEMONSTRATIVE = re.compile(r"^[这那该此各每][支个家所条座批项类位名只片处]?$")
# A party to a project or a contract (施工方中建路桥集团有限公司, 甲方河南理工大学): the name starts
# after it.  Not 东方, 南方, 地方, which open names (东方电气集团, 焦作市地方税务局).
_PARTY = frozenset(
    """方 甲方 乙方 丙方 施工方 建设方 承建方 投资方 运营方 合作方 主办方 承办方 协办方 出资方 买方 卖方 供方 需方
    监理方 设计方 开发方 业主方 委托方 受托方 出让方 受让方 转让方 发包方 承包方 各方 双方 三方 多方 对方 我方""".split()
)
_PROPER_TAGS = ("ns", "nr", "nz", "nt", "nrt", "nrfg", "j")
_proper_words: frozenset[str] | None = None
_place_words: frozenset[str] | None = None
_proper_tag: dict[str, str] = {}
# Words that cannot stand inside a name either (prepositions, conjunctions, adverbs, pronouns).
_HARD_TAGS = ("p", "c", "d", "r", "t", "u", "y", "e", "o", "ad", "ul", "uj", "uz", "ug", "ud", "uv", "l", "i")
_hard_words: frozenset[str] = frozenset()
_verb_words: frozenset[str] = frozenset()
# Verbs that do stand inside names (高新区创新服务中心, 南水北调休闲度假区, 平安建设促进中心).
_NAME_VERBS = frozenset(
    """创新 休闲 建设 发展 服务 管理 研究 开发 培训 教育 促进 投资 保护 养老 康养 监督 检测 检验 协调 合作 交流 孵化
    救助 执法 治理 规划 设计 运营 改革 宣传 经营 生产 制造 销售 贸易 展览 出版 广播 旅游 度假 体育 健身 文化 创业
    就业 保障 调查 评估 认证 咨询 救援 保卫 指挥 联络 接待 供应 储备 运输 通信 勘察 测绘 检察 审判 仲裁 调解 装饰
    安装 维修 加工 养殖 种植 印刷 批发 零售 租赁 代理 开放 示范 实验 试验 孵化 融合 振兴 扶贫 帮扶 调度
    统计 计划 监察 审计 监测 防治 防疫 救灾 防汛 援助 推广 鉴定 计量 考试 招生 勘探 施工 监理 编辑 翻译 发行
    筹备 评选 稽查 缉私 预防 戒毒 康复 护理 急救 供水 供电 供热 环卫 绿化 消防""".split()
)


def _has_anchor(stem_words: list[str], keep: frozenset[str], strict: bool = False) -> bool:
    """A word of the stem that makes it a name: one the lexicon or the gazetteer keeps, one jieba
    knows as a proper name, or one it does not know.  ``strict`` (the name must open with it: 法国队)
    leaves out the words jieba calls names that the corpus never writes as persons (东道主法国队:
    东道主 is the host, 法国队 the team); elsewhere they stay (雅戈尔集团: a brand)."""
    from .. import segmenter

    freq = segmenter.tokenizer().FREQ
    proper = _proper_words or frozenset()
    false_names = not_persons() if strict else frozenset()
    for w in stem_words:
        if w in keep or (w in proper and w not in false_names) or not (freq.get(w) or derived_word(w)):
            return True
    return False


def derived_word(w: str) -> bool:
    """A word jieba does not know that is a derived common word, not a name: 网格化, 法治化 (…化,
    "-ise")."""
    return len(w) >= 3 and w.endswith("化")


def _function_chars(w: str) -> bool:
    """A word jieba made up of adverbs and prepositions only: 正由 (正 + 由) in 正由中国检察日报社摄制,
    or of an adverb and a verb: 常去 (常 + 去) in 常去宜昌县福利院."""
    from .. import segmenter

    if len(w) < 2 or segmenter.tokenizer().FREQ.get(w):
        return False
    return all(c in _hard_words for c in w) or (w[0] in _hard_words and all(c in _hard_words or c in _verb_words for c in w))


def _party(w: str) -> bool:
    """施工方, 甲方, 建设/方 as jieba cuts it, or a party word a layout break cut short (设方)."""
    from .. import segmenter

    return w in _PARTY or (len(w) == 2 and w[1] == "方" and not segmenter.tokenizer().FREQ.get(w))


def _trim(text: str, s: int, k: int, starts: dict[int, str], keep: frozenset[str]) -> int:
    """Drop what cannot be part of the name from the left of [s, k): leading verbs, numbers and
    dates (启动解放教育小区 -> 解放教育小区), and everything up to the last preposition, adverb or
    conjunction inside (巴西只有圣保罗州保险公司 -> 圣保罗州保险公司)."""
    stop = not_name_words()
    words = []
    i = s
    while i < k:
        w = starts.get(i)
        if w is None or i + len(w) > k:
            break
        words.append((i, w))
        i += len(w)
    cut = s
    for i, w in words:
        if w in _TEAM_WORDS and i + len(w) < k:
            cut = i + len(w)  # 河南男排上海女排: one team, then the next
            continue
        if w in keep or w in _NAME_VERBS:
            continue
        if w in _hard_words or w in _verb_words or w in _NAME_STOP_WORDS or _function_chars(w):
            cut = i + len(w)
        elif _DATEISH.match(w) or _TIMEISH.match(w) or _DEMONSTRATIVE.match(w) or _party(w):
            cut = i + len(w)
    for i, w in words:
        if i < cut:
            continue
        if w in keep or (w not in stop and not _DATEISH.match(w)):
            break
        cut = i + len(w)
    rest = [(i, w) for i, w in words if i >= cut]
    lead = _lead_before_place([w for _i, w in rest], keep)
    return rest[lead][0] if lead else cut


def _lead_before_place(words: list[str], keep: frozenset[str]) -> int:
    """How many of ``words`` come before the first place and belong to the sentence, not to the
    name: everyday words (经|海口市|中级人民法院, 航线|阿根廷|航空公司, 第二名|中国男队, and in a
    role 武器核查|美国总统; but 国家|南极考察队, 中共|焦作市委 keep theirs).  0 if none."""
    first = next((i for i, w in enumerate(words) if known_place(w)), None)
    if first and all(_everyday_lead(w, keep) for w in words[:first]):
        return first
    return 0


# Words that open a body's name before its place: 国家南极考察队, 中央驻港联络办公室, 全国…
_NAME_OPENERS = frozenset("国家 中央 全国 中华 国际 世界 亚洲 欧洲 中共 共青团 人民 驻 原".split())


def _everyday_lead(w: str, keep: frozenset[str]) -> bool:
    """A word before a name's place that is no part of the name: an everyday word jieba knows (not a
    proper name, not a word of the lexicon, not one that opens bodies' names), or no Chinese at all."""
    if w in keep or w in _NAME_OPENERS:
        return False
    return everyday_word(w) if _HAN.search(w) else w not in (_proper_words or ())


# A ranking (第二名), 代表 (on behalf of), 由原 and a dateline (一月一日讯, ５日电): a body's name
# starts after them
_BEFORE_A_NAME = re.compile(r"^(?:第.{1,3}名|代表|由原|日[讯电])$")
# Titles that name a trade, which bodies are named after (最高法官委员会, 记者协会, 教授协会).
_TRADES = frozenset("法官 记者 编辑 教授 副教授 研究员 工程师 总工程师 民警 警官 教练 主教练 成员 领导 委员 常委 大使 通讯员".split())




def _reach_back(text: str, k: int, starts: dict[int, str], trades: bool = True) -> int | None:
    """Leftmost word start before ``k`` a name may begin at (up to 16 characters back); with
    ``trades``, over the titles bodies are named after (记者协会), which no place is (新华社记者沈桥
    is a reporter, not a bridge)."""
    j = k
    floor = max(0, k - 16)
    best = None
    depth = 0
    while j > floor:
        c = text[j - 1]
        if c in ")\uff09":
            if depth == 0 and _byline_ends_at(text, j, floor):
                break  # 电（记者丛亚平）建设部: the byline before a name is none of it
            depth += 1
        elif c in "(\uff08":
            if depth == 0:
                break
            depth -= 1
        elif c == "·" and j - 1 > floor and _HAN.match(text[j - 2]) and best is not None:
            pass  # a foreign name joined with a dot opens the name: 乔治·梅森大学, 葛兰素·威康公司
        elif c in _NAME_STOP or not (_HAN.match(c) or c.isalnum()):
            break
        j -= 1
        if j in starts:
            w = starts[j]
            dateline = w in ("讯", "电") and text[j - 1 : j] == "日"  # 一月一日|讯 (光|电 is no dateline)
            titled = w in _TITLE_SET and (w not in _TRADES or not trades)
            if len(w) >= 2 and w.endswith("法") and j + len(w) < k:
                break  # 刑事诉讼法规定人民检察院…: a law (宪法, 办法) says what a body does
            if w.endswith(("冠军", "亚军", "季军")):
                break  # 亚洲冠军中国队: the team's title, not its name
            if w in _NAME_STOP_WORDS or titled or _BEFORE_A_NAME.match(w) or dateline:
                break  # 委员会主任徐惟诚代表…委员会, a组第二名中国男队: a name starts after these
            best = j
    if best is not None and depth:
        return None
    return best


# What commonly follows a name in news copy: a name ends where one of these starts.
_FOLLOW = sorted(
    """在 是 说 讲 表示 出席 主持 参加 讲话 指出 强调 要求 致辞 作 做 和 与 及 等 同志 一行 带领 率 率领 为 对 到 来 去
    介绍 认为 代表 宣布 感谢 摄 报道 提出 希望 告诉 看到 回答 接受 就 也 还 都 已 曾 则 又 先生 女士 同学 老师 师傅
    一起 分别 共同 一同 深入 前往 来到 走进 调研 视察 检查 看望 慰问 会见 会谈 发表 签署 听取 通报 传达 领学 宣讲 答
    解读 现场 亲自 首先 随后 最后 的 了 着 过 被 把 将 向 从 以 通过 参与 详细 逐一 重点 围绕 结合 就此 说道 称 道
    所 已经 正在 将要 应邀 受邀 专程 带队 主讲 作了 进行 开展 总结 部署 安排 发言 点评 肯定 鼓励 叮嘱 嘱咐 勉励
    坦言 透露 回忆 直言 感慨 谈到 谈起 解释 补充 承认 呼吁 建议 提醒 笑着 高兴地 激动地 自豪地 动情地 说明""".split(),
    key=len,
    reverse=True,
)
_NAME_END = set(_FW + _FW_BRACKETS) | set(",。;:!?、“”\"《》()【】[] \u3000\n\t")


def _ends_name(text: str, i: int) -> bool:
    if i >= len(text) or text[i] in _NAME_END:
        return True
    return text.startswith(tuple(_FOLLOW), i)


def name_at(text: str, i: int, surnames: frozenset[str]) -> int | None:
    """End of a two- or three-character name starting with a surname at ``i``, or None."""
    if i >= len(text) or text[i] not in surnames:
        return None
    for L in (2, 3):
        e = i + L
        if e <= len(text) and all("\u4e00" <= c <= "\u9fff" for c in text[i:e]) and _ends_name(text, e):
            if L == 2 and text[i + 1] in "在是和与及等的了说讲":
                continue
            return e
    return None


def _no_name_after_title(text: str, i: int, e: int, bounds: frozenset[int] | None) -> bool:
    """What follows a title is what the titled person does or a common word, not a name: a verb
    in its last two characters (部长时强调, 外长都强调: 时 and 都 are surnames too), a two-character
    "name" that ends inside a word (记者才知道: 才 + 知 of 知道) or that is a word jieba counts 2,000
    times or more (记者文章; names that are words, 高峰 or 江山, are far rarer)."""
    from .. import segmenter

    if e - i == 3 and text[i + 1 : e] in not_name_words():
        return True
    if e - i == 2 and segmenter.tokenizer().FREQ.get(text[i:e], 0) >= 2000:
        return True
    return e - i == 2 and bounds is not None and e not in bounds


_TITLE_RE = re.compile("|".join(sorted(set(TITLES), key=len, reverse=True)))


def title_names(
    text: str, surnames: frozenset[str], bounds: frozenset[int] | None = None
) -> list[tuple[int, int, str]]:
    """Names written right after a title (书记赵海燕, 记者詹长松, 区领导杨有军、赵俊峰、…);
    ``bounds``: where jieba's words start in ``text``, if known."""
    from .. import segmenter

    freq = segmenter.tokenizer().FREQ
    out = []
    for m in _TITLE_RE.finditer(text):
        if m.group() == "委员" and text.endswith("代表", 0, m.start()):
            continue  # 代表委员: the deputies and members of 两会 together, not a title (代表委员热议)
        i = m.end()
        while i < len(text) and text[i] in " \u3000":
            i += 1
        e = name_at(text, i, surnames)
        if e is not None and i == m.end() and freq.get(text[m.start() : e]):
            continue  # 领导小组 (a leading group): the title and its "name" are one word
        if e is not None and _no_name_after_title(text, i, e, bounds):
            continue
        while e is not None:
            out.append((i, e, "PERSON"))
            if e < len(text) and text[e] == "、":
                i = e + 1
                e = name_at(text, i, surnames)
            else:
                break
    return out
