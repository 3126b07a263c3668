"""PERSON, ORG and PLACE mentions, with the role written before a person's name.

    from newsfacts.core.extraction.entities import extract_entities
    facts = extract_entities(reading_text, lexicon=editor_lexicon)

Candidates come from four sources, strongest first:

1. the lexicon: the newsroom dictionary (resources/dictionaries/newsroom.json) merged with the
   editor's corrections; a word it rejects for a kind is never reported as that kind;
2. suffix grammars (…有限公司, …人民法院, …大学, …产业园, …社区, two characters + 路);
3. a character CRF trained on the 1998 People's Daily corpus (``crf``);
4. the gazetteer of place names, on jieba word boundaries.

Overlaps resolve to the longest sensible name; a person found once is that person wherever the
name recurs in the text.  A person's role is the title written before the name (解放区委书记赵海燕
-> 解放区委书记), or a leader's title right after it (习近平总书记); a list after one title shares
it (区领导杨有军、赵俊峰).
Organisations inside a role (解放区委 in 解放区委书记) are reported with ``extra`` ``in_role``;
a name inside a doctrine (习近平新时代中国特色社会主义思想) with ``in_fixed_name``; a name inside a
《title》 or a short quotation with ``in_quote`` (the pipeline leaves those out of what the editor
sees, as the newsroom does not check them; the NER test sets count them), and a place inside a
common word (中国人, 中国特色, 中 in 中医) with ``in_word``, which the pipeline leaves out too.  Everything is in
offsets of ``text`` (the reading text).  Models and dictionaries load on first use, once, and the
function is safe to call from worker threads.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterable

from ...model import Fact, Kind
from .. import segmenter
from ..lexicon import Lexicon, newsroom
from . import crf, rules

__all__ = ["extract_entities"]

_CHUNK = re.compile(r"[^\n。!?;\uff01\uff1f\uff1b]+[。!?;\uff01\uff1f\uff1b]*")
_KINDS = {"PER": Kind.PERSON, "LOC": Kind.PLACE, "ORG": Kind.ORG, "PERSON": Kind.PERSON, "PLACE": Kind.PLACE}
_HAN = re.compile(r"^[\u4e00-\u9fff](?:[\u4e00-\u9fff·—]*[\u4e00-\u9fff])?$")
# Written right after a bare surname, these make it a person: 李老师, 郑先生, 汤局长, 毛主席.
_ADDRESS = ("老师", "老板", "先生", "女士", "小姐", "太太", "夫人", "师傅", "大爷", "大妈", "大娘", "阿姨", "大姐", "大哥", "大嫂",
            "老汉", "老伯", "老太", "大叔", "大婶", "奶奶", "爷爷", "婆婆", "同志", "总", "工", "教授", "医生", "大夫")
_FIXED_AFTER = ("新时代", "思想", "理论", "经济思想", "法治思想", "强军思想", "外交思想", "生态文明思想")
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 端木 澹台 西门 南宫 独孤 呼延".split()
)
# Tibetan personal names are two of these (泽仁桑珠, 顿珠次仁, 才旦卓玛): four characters that the
# slogan test would otherwise take for a phrase.
_TIBETAN_PARTS = frozenset(
    """扎西 次仁 顿珠 多吉 格桑 洛桑 平措 旺堆 卓玛 卓嘎 央金 拉姆 德吉 措姆 索朗 尼玛 达瓦 巴桑 边巴 米玛 普布 拉巴
    白玛 强巴 丹增 罗布 群培 曲珍 益西 泽仁 桑珠 江村 赤林 贡嘎 阿旺 旦增 晋美 仁青 次旦 旺姆 才让 才旦 尕布 夏茸
    江巴 吉才 甘丹 慈仁 才旺 尕玛 朗杰 坚赞 加措 嘉措 降央 土登 丹巴 仁增 热地 列确 向巴 多杰 拉毛 齐扎 次珍
    德庆 琼达 巴珠 觉嘎 格列 曲扎 斯朗 洛珠 贡布 索南 土旦 央宗 拉珍 玉珍 尼珍 次央 扎巴 登增 旺久 伦珠""".split()
)
_TRANSLITERATION = frozenset(
    "阿埃艾安奥巴贝比波伯布达德迪蒂多厄恩法菲费弗夫盖戈格哈海赫霍基吉加卡凯科克库拉莱赖兰劳勒雷里利林卢鲁罗洛马麦曼梅门"
    "米姆莫穆纳内尼涅努诺帕佩皮普齐奇乔萨塞森沙舍什斯索塔泰特图托瓦威韦维温沃乌西希谢休雅亚扬耶伊因尤扎泽詹兹佐尔丁朗"
)
_ABBR_PLACES = frozenset("中美俄日英法德意韩朝印巴伊以阿欧亚非澳加泰越菲华京沪津渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕甘青宁新港台")
# Two or three short country names together, before what they share: 中美关系, 中、阿建交, 中葡双方;
# beside one of the common short names above, a few more countries go by one character (中葡, 中蒙).
_PAIR_ABBR = "".join(sorted(_ABBR_PLACES | frozenset("葡蒙荷缅柬希瑞丹挪芬波捷匈罗保埃叙约黎墨古智秘哈乌塔土奥哥")))
_PAIR = re.compile(
    "(?:[%s]、?){1,2}[%s](?=两国|三国|双方|两党|关系|合作|边界|边境|建交|经贸|经济合作|长远合作|贸易|友好|友谊|之间|间|首脑|会谈|会晤|"
    "联合声明|外长|元首|领导人|冲突|和谈)" % (_PAIR_ABBR, _PAIR_ABBR)
)
# A country's side in talks or a dispute by its short name and 方, as jieba writes it as one word:
# 中方, 美方, 巴方 and 以方 (the test sets mark the country).  Not 古方, 秘方, 丹方 (prescriptions),
# 西方, 南方, 东方 (directions).
_SIDES = frozenset("中美俄日英法德意韩朝印巴伊以阿澳加泰越菲华港台葡蒙荷缅柬希瑞挪芬波捷匈罗埃叙约黎墨苏哈乌")
# A country by its short name before its head of state, government or army (叙总统阿萨德,
# 罗政府, 墨军): the short names of _SIDES but China's provinces and those that are also words
_HEAD_OF = re.compile(
    "([美俄日英法德意韩朝印巴伊以阿澳泰越菲葡荷缅柬希挪芬捷匈罗埃叙黎墨哈乌])"
    "(?=总统|总理|首相|国王|政府|外长|外交部长|国防部长|议会|军(?![事队人区委官用民属训费舰机校车港医政团号衔])|官员|方面)"
)
# The great regions of China before 地区, which jieba writes as one word with it (东北地区, 西北地区):
# the region is the place, as it is when written alone.  Not 东南, which is mostly a direction.
_REGION = re.compile("(?:东北|华北|西北|华南|华东|华中|西南)(?=地区$)")
# Regions named by the short names of two provinces or rivers: each is a place of its own, as the
# NER test sets mark them (黄淮等地 -> 黄, 淮; 港台地区 -> 港, 台); a railway or a road named so
# (京沪铁路) and a plateau or a basin (青藏高原: one place for the editor, though the test sets
# split it too) stay one name.
_REGION_PAIRS = frozenset(
    """青藏 黄淮 江淮 江汉 江浙 港台 港澳 京津 沪宁 川陕 陕甘 晋冀 冀鲁 鲁豫 闽粤 粤港 湘鄂 鄂豫 豫皖 苏浙 云贵 滇黔
    川渝 晋陕 甘青 川藏 滇藏 新藏 闽台 江浙沪 京津冀 港澳台 晋冀鲁豫 鄂豫皖 湘鄂赣""".split()
)
_REGION_PAIR = re.compile(
    "(?:%s)(?!铁路|公路|高速|线|路|大桥|隧道|管道|航线|高原|盆地|平原|山脉|丘陵)" % "|".join(sorted(_REGION_PAIRS, key=len, reverse=True))
)
# 中 in 中医 / 中药 stands for China (the NER test sets mark it); a word of its own for the newsroom.
_CHINESE_MEDICINE = re.compile("中(?=医|药|草药|成药|西医)")
# Other places inside a word, which the NER test sets mark as well (京剧: 11 of 11 in example.dev;
# 华侨, 华裔, 藏胞, 藏区, 亚运, 美军, 日寇, 港人, 中华民族, 中国画): hidden from the editor like 中医
_PLACE_IN_WORD = re.compile("京(?=剧|韵|戏)|华(?=侨|裔)|藏(?=胞|区)|亚(?=运会)|美(?=军)|日(?=寇)|港(?=人)|中华(?=民族)|中国(?=画)")
# A newspaper or magazine by its title: 《纽约时报》, 《费加罗报》, 《人民画报》, 《经济周刊》, 《朝日新闻》 are the
# papers (organisations, as the NER test sets have them; the 1998 corpus tags them nz, with the
# place inside as a place). Not a document: 《联合公报》, 《情况通报》, 《天气预报》.
_PRESS = re.compile(r"《([^《》\n]{1,14}?(?<![公通简汇情战捷喜预电海])(?:报|杂志|周刊|月刊|季刊|日刊|[日卖经]新闻))》")  # 朝日, 每日, 读卖, 日经, 产经新闻
# A session of a place's CPPCC committee names the committee by 政协 and the place:
# 政协解放区十届二次会议, 政协焦作市第十四届三次会议 -> 政协解放区, 政协焦作市.
_CPPCC = re.compile(r"政协[\u4e00-\u9fff]{1,10}?[省市县区州旗盟](?=第?[〇零一二三四五六七八九十0-9０-９]+届)")
# A diplomatic mission is named by the country that sends it and where it sits: 中国驻美国大使馆,
# 泰国驻华使馆, 马赛总领事馆.  The sender (a place the gazetteer knows) written right before it
# anchors the name; without one (各国驻华使馆, 两国使馆, 我驻外使馆) there is none.
_MISSION = re.compile(r"(?:驻([\u4e00-\u9fff]{1,8}?))?(?:特命全权)?(?:大使馆|使馆|总领事馆|领事馆)")
# The Party's congress by its number is one name with the Party: 中共十五大, 中共二十大.
_PARTY_CONGRESS = re.compile(r"中共第?[一二三四五六七八九十]{1,3}大")
# A preposition or conjunction jieba may glue to a place's first character: 同南/苏丹, 赴北/马其顿
_GLUED_BEFORE = frozenset("同与和及或在对向赴到从自经至往跟")
# What jieba may glue onto a place name, making one word of both: 葡萄牙人, 江西籍, 东三省,
# 塞尔维亚族, 美国公司 (any American company: the place is the name).
_PLACE_TAILS = frozenset(("人", "籍", "方", "省", "两省", "三省", "等地", "等国", "境内", "族", "公司", "企业"))
_ORG_END = re.compile(r"[台会院部局委厅社团队所办处行司厂校馆站署织盟府协心军党]$")

# Source strength: the lexicon beats the grammars, the grammars beat the model, the model the gazetteer.
LEXICON, GRAMMAR, MODEL, GAZETTEER = 4, 3, 2, 1


class _Matcher:
    """Longest dictionary match at each position: words indexed by first character."""

    def __init__(self, words: dict[str, Kind]) -> None:
        self.words = words
        index: dict[str, set[int]] = {}
        for w in words:
            if len(w) >= 2:
                index.setdefault(w[0], set()).add(len(w))
        self.lengths = {c: sorted(ls, reverse=True) for c, ls in index.items()}

    def find(self, text: str) -> Iterable[tuple[int, int, Kind]]:
        lengths, words = self.lengths, self.words
        i, n = 0, len(text)
        while i < n:
            ls = lengths.get(text[i])
            if ls:
                for L in ls:
                    if i + L > n:  # the slice would be shorter, and might be another word
                        continue
                    k = words.get(text[i : i + L])
                    if k is not None:
                        yield i, i + L, k
                        i += L - 1
                        break
            i += 1


_cache_lock = threading.Lock()
_matchers: dict[int, tuple[Lexicon, _Matcher]] = {}
_gaz_matcher: _Matcher | None = None


def _lexicon_matcher(lex: Lexicon) -> _Matcher:
    with _cache_lock:
        got = _matchers.get(id(lex))
        if got is None or got[0] is not lex:
            if len(_matchers) > 8:
                _matchers.clear()
            got = (lex, _Matcher(dict(lex.additions)))
            _matchers[id(lex)] = got
        return got[1]


def _gazetteer_matcher() -> _Matcher:
    global _gaz_matcher
    if _gaz_matcher is None:
        with _cache_lock:
            if _gaz_matcher is None:
                _gaz_matcher = _Matcher({w: Kind.PLACE for w in rules.gazetteer() if rules.known_place(w)})
    return _gaz_matcher


_merged: dict[int, tuple[Lexicon | None, Lexicon]] = {}


def effective_lexicon(lexicon: Lexicon | None) -> Lexicon:
    """The newsroom dictionary with the editor's lexicon applied on top."""
    base = newsroom()
    if lexicon is None:
        return base
    got = _merged.get(id(lexicon))
    if got is None or got[0] is not lexicon:
        got = (lexicon, base.merge(lexicon))
        _merged.clear()
        _merged[id(lexicon)] = got
    return got[1]


_keep: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _keep_words(lex: Lexicon) -> frozenset[str]:
    """Words a name may open with although jieba calls them verbs: the lexicon's and the gazetteer's."""
    got = _keep.get(id(lex))
    if got is None or got[0] is not lex:
        got = (lex, frozenset(lex.additions) | rules.gazetteer())
        _keep.clear()
        _keep[id(lex)] = got
    return got[1]


def _candidates(text: str, lex: Lexicon) -> list[tuple[int, int, Kind, int]]:
    tk = segmenter.tokenizer()
    surnames = crf.surnames()
    gaz = _gazetteer_matcher()
    keep = _keep_words(lex)
    out: list[tuple[int, int, Kind, int]] = []
    short: list[tuple[int, int, Kind, int]] = []  # two-character names: kept where a word starts
    for s, e, k in _lexicon_matcher(lex).find(text):
        if lex.allows(text[s:e], text[e : e + 4]):
            (short if e - s == 2 else out).append((s, e, k, LEXICON))
    for m in _PRESS.finditer(text):
        if not lex.rejects(m.group(1), Kind.ORG):
            out.append((m.start(1), m.end(1), Kind.ORG, GRAMMAR))
    for pattern in (_PARTY_CONGRESS, _CPPCC):  # a word the editor rejected falls in _plausible
        out.extend((m.start(), m.end(), Kind.ORG, GRAMMAR) for m in pattern.finditer(text))
    for m in _MISSION.finditer(text):
        s = _sender_before(text, m.start())
        if s is not None and (m.group(1) is None or _place_word(m.group(1))):
            out.append((s, m.end(), Kind.ORG, GRAMMAR))
    for m in _CHUNK.finditer(text):
        chunk = m.group()
        if not chunk.strip():
            continue
        off = m.start()
        words = list(tk.cut(chunk, HMM=True))
        tags = rules.word_tags(words)
        starts = [0]  # where each word starts, and the chunk's end
        for w in words:
            starts.append(starts[-1] + len(w))
        bounds = frozenset(starts)
        # the jieba words the dictionary calls bodies
        bodies = {(at, at + len(w)) for w, t, at in zip(words, tags, starts) if t == "nt"}
        for s, e, k in crf.tag(chunk, words, surnames, tags):
            if k == "PER" and e - s >= 4:
                pieces = _names_run_together(chunk[s:e], [b - s for b in bounds if s < b < e])
                if pieces:
                    out.extend((off + s + a, off + s + b, Kind.PERSON, MODEL) for a, b in pieces)
                    continue
            if k == "PER" and e - s == 4 and _four_char_slogan(chunk[s:e]) and not _runs_on(chunk[s:e]):
                continue
            if k == "LOC" and e not in bounds and _ends_inside_word(s, e, words, starts):
                continue  # 中原形毕露: the place's last character opens an idiom
            # the model and jieba's dictionary agree on a body (中兴通讯): it outranks a shorter
            # name the lexicon has inside it (中兴)
            strength = GRAMMAR if k == "ORG" and (s, e) in bodies else MODEL
            out.append((off + s, off + e, _KINDS[k], strength))
        for s, e, k in rules.suffix_names(chunk, words, off, keep):
            out.append((s, e, _KINDS[k], GRAMMAR))
        for s, e, k in rules.title_names(chunk, surnames, bounds):
            out.append((off + s, off + e, _KINDS[k], GRAMMAR))
        for pm in _PAIR.finditer(chunk):
            if not _ABBR_PLACES.intersection(pm.group()) or _one_place(pm.group()):
                continue
            for i in range(pm.start(), pm.end()):
                if chunk[i] != "、":
                    out.append((off + i, off + i + 1, Kind.PLACE, GRAMMAR))
        for pm in _REGION_PAIR.finditer(chunk):
            if pm.start() not in bounds:
                continue  # inside a word: 长江淮河 is read otherwise
            out.extend((off + i, off + i + 1, Kind.PLACE, GRAMMAR) for i in range(pm.start(), pm.end()))
        for pm in _CHINESE_MEDICINE.finditer(chunk):
            out.append((off + pm.start(), off + pm.end(), Kind.PLACE, GRAMMAR))
        for pm in _HEAD_OF.finditer(chunk):
            if pm.start() in bounds and not (pm.start() and _HAN_RUN.match(chunk[pm.start() - 1]) and pm.start() - 1 not in bounds):
                out.append((off + pm.start(), off + pm.end(), Kind.PLACE, GRAMMAR))
        for pm in _PLACE_IN_WORD.finditer(chunk):
            if pm.start() in bounds:  # not 北京剧院's 京
                out.append((off + pm.start(), off + pm.end(), Kind.PLACE, GRAMMAR))
        for w, at in zip(words, starts):
            if len(w) == 2 and w[1] == "方" and w[0] in _SIDES:
                out.append((off + at, off + at + 1, Kind.PLACE, GRAMMAR))
            elif _REGION.match(w):  # the word starts with the region: not 黔/西南/地区
                out.append((off + at, off + at + 2, Kind.PLACE, GRAMMAR))
        # a two-character name of the dictionary where jieba starts no word is the end of another
        # word and the start of the next (市民/建言, 村民/进行: not 民建, 民进); one inside a longer
        # word of jieba's dictionary opens another name (穆迪奥诺 is no 穆迪, 北大方正 no 北大; but
        # 川普说 is a word jieba made up)
        lo = bisect.bisect_left(short, (off,))
        hi = bisect.bisect_left(short, (off + len(chunk),))
        out.extend(
            c
            for c in short[lo:hi]
            if c[0] - off in bounds
            and not _in_longer_word(c[0] - off, c[1] - off, words, starts)
            and not (c[1] - off not in bounds and _ends_inside_word(c[0] - off, c[1] - off, words, starts))
        )
        for s, e, k in gaz.find(chunk):
            # a country the model never learnt outranks its reading (南苏丹, not 苏丹; 卡塔尔 no
            # person), and one of three characters or more stands where jieba glued its first to
            # the word before (同南/苏丹, 同北/马其顿)
            new = rules.new_country(chunk[s:e])
            if s not in bounds and not (new and e - s >= 3 and s - 1 in bounds and chunk[s - 1] in _GLUED_BEFORE):
                continue
            if e not in bounds:
                # jieba glued a word onto the place: 葡萄牙人, 江西籍, 山/东三省
                if chunk[e : starts[bisect.bisect_left(starts, e)]] not in _PLACE_TAILS:
                    continue
            out.append((off + s, off + e, k, LEXICON if new else GAZETTEER))
    return out


# Two short names that together are the name of one place as well: read as the two countries
# before 关系 or 合作 (中非合作: China and Africa; 英德关系: Britain and Germany).
_PAIRED_BOTH_WAYS = frozenset(("中非", "英德", "中亚"))


def _one_place(pair: str) -> bool:
    """巴黎会晤, 古巴合作, 秘鲁边界: the two characters are one place, not two countries."""
    return pair in rules.gazetteer() and pair not in _PAIRED_BOTH_WAYS


def _ends_inside_word(s: int, e: int, words: list[str], starts: list[int]) -> bool:
    """Whether [s, e) ends inside a word of jieba's dictionary that starts inside it (中原 in
    中/原形毕露): the name's last character belongs to the next word."""
    i = bisect.bisect_right(starts, e) - 1
    if i >= len(words) or not s < starts[i] < e:
        return False
    freq = segmenter.tokenizer().FREQ.get(words[i], 0)
    return freq >= 50 or (freq > 0 and len(words[i]) >= 4)  # a common word, or an idiom


def _in_longer_word(s: int, e: int, words: list[str], starts: list[int]) -> bool:
    """Whether [s, e) starts a longer word of jieba's dictionary (``starts``: where each of
    ``words`` starts)."""
    i = bisect.bisect_right(starts, s) - 1
    if i >= len(words) or starts[i] != s or starts[i] + len(words[i]) <= e:
        return False
    return bool(segmenter.tokenizer().FREQ.get(words[i]))


def _place_word(word: str) -> bool:
    """A place the gazetteer knows (美国, 大阪), or a country's one-character short name (华, 美)."""
    if len(word) == 1:
        return word in _ABBR_PLACES
    return rules.known_place(word)


def _sender_before(text: str, k: int) -> int | None:
    """Where the place written right before ``k`` starts (the longest the gazetteer knows, up to
    eight characters), or None."""
    for size in range(min(8, k), 0, -1):
        if _place_word(text[k - size : k]):
            return k - size
    return None


# Surnames too rare in 1998 for the model's list, and no everyday word alone: before a title or
# a form of address they are a person (冷科长, 闫家, 逄队长)
_RARE_SURNAMES = frozenset("冷闫栾臧粟逄甄扈邝邬邰郜郦阚隋覃谯贲芮荀蒲蔺晁敖巩佘冀寇濮屠禹庾胥竺湛饶阙荆蓝茹巫郏厍")
# The commonest Chinese surnames, commonest first: which of two ways to cut a run of names
# without separators is likelier (马文田楚涛).
_COMMON_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
    "金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)


# A place word the model may run into the last name of a list (李四光函中所提出)
_PLACE_AFTER_NAME = frozenset("中上下里内外前后时")


def _names_run_together(run: str, cuts: list[int]) -> list[tuple[int, int]] | None:
    """Chinese names printed without a separator, as in photo credits and bylines (陈飞简亚彬摄,
    新华社记者崔军强宗焕平, 尉健行李岚清): the model reads one name of five characters or more;
    this cuts it into names of two or three characters (four with a compound surname), each
    opening with a surname.  Of the ways to cut, the one whose cuts fall where jieba's words end
    (``cuts``) and whose names open with commoner surnames wins; None for a foreign or Japanese
    name, or a run no such cut explains."""
    if not _HAN.match(run) or "·" in run or "—" in run or _transliterated(run) or _japanese_name(run):
        return None
    if len(run) == 4:  # 孙伟黄明: two common surnames, and jieba reads two words
        if 2 not in cuts or run[0] not in _COMMON_SURNAMES or run[2] not in _COMMON_SURNAMES or _tibetan_name(run):
            return None
        freq = segmenter.tokenizer().FREQ
        halves = [run[:2], run[2:]]
        if any(freq.get(h, 0) >= 100 and t != "nr" for h, t in zip(halves, rules.word_tags(halves))):
            return None  # 高山流水 is no list of names
        return [(0, 2), (2, 4)]
    surnames = crf.surnames()
    bounds = {0, len(run), *cuts}
    best: tuple[float, list[tuple[int, int]]] | None = None

    def walk(at: int, pieces: list[tuple[int, int]], score: float) -> None:
        nonlocal best
        if at == len(run):
            # a cut where most names open with a letter of transliteration is a foreign word (拉贾斯坦邦)
            foreign = sum(run[a] in _TRANSLITERATION and run[a] not in _COMMON_SURNAMES for a, _b in pieces)
            if len(pieces) >= 2 and foreign * 2 <= len(pieces) and (best is None or score > best[0]):
                best = (score, list(pieces))
            return
        for size in (3, 2, 4):
            end = at + size
            if end > len(run):
                continue
            head = run[at : at + 2] if size == 4 else run[at]
            whole_word = at in bounds and end in bounds and not any(at < c < end for c in bounds)
            if size == 4:
                gain = 1.0 if head in _COMPOUND_SURNAMES else None
            elif head in _COMMON_SURNAMES:
                gain = 1.5 - _COMMON_SURNAMES.index(head) / len(_COMMON_SURNAMES)
            elif head in surnames:
                gain = 0.3
            else:
                gain = 0.0 if whole_word else None  # 满东燕: jieba reads an unusual surname's name whole
            if gain is None or (size == 2 and at + 1 in bounds and end in bounds and at in bounds):
                continue  # 郎平曾找王怡: jieba reads 曾 / 找 as two words
            if size == 2 and end == len(run) and run[-1] in _PLACE_AFTER_NAME:
                continue  # 李四光函中: in the letter
            gain += (end in bounds) + 0.3 * (size == 3) - 1.5
            pieces.append((at, end))
            walk(end, pieces, score + gain)
            pieces.pop()

    walk(0, [], 0.0)
    return best[1] if best else None


def _four_char_slogan(word: str) -> bool:
    """文旅文创, 张冠李戴: four characters with no compound surname and not a transliterated
    foreign name (布莱希特, 格林斯潘), a Japanese one (岸田文雄) or a Tibetan one (顿珠次仁) are a
    slogan or an idiom, not a person."""
    if word[:2] in _COMPOUND_SURNAMES or "·" in word or _japanese_name(word) or _tibetan_name(word):
        return False  # 拉·甘地: a name joined with a dot is no slogan either
    return sum(c in _TRANSLITERATION for c in word) < 2


def _tibetan_name(word: str) -> bool:
    """顿珠次仁, 洛桑江村: two parts of Tibetan personal names."""
    return len(word) == 4 and word[:2] in _TIBETAN_PARTS and word[2:] in _TIBETAN_PARTS


def _japanese_name(word: str) -> bool:
    """岸田文雄, 桥本龙太郎, 中曾根康弘: a Japanese family name and a given name of two or three
    characters that is not an everyday word (高山流水 is no 高山)."""
    freq = segmenter.tokenizer().FREQ
    for size in (3, 2):
        given = word[size:]
        if word[:size] in rules.japanese_surnames() and 2 <= len(given) <= 3 and freq.get(given, 0) < 100:
            return True
    return False


def _long_name(word: str) -> bool:
    """亚斯特任布斯基, 约翰—格伦, 马克思·卢布里克: a name of five characters or more is a foreign
    one: joined with a dot or a dash, or mostly characters used to transliterate."""
    if len(word) > 12:
        return False
    if "·" in word or "—" in word:
        return True
    return _transliterated(word)


def _transliterated(word: str) -> bool:
    """Mostly characters used to transliterate foreign names (巴拉克, 卡巴杰)."""
    return sum(c in _TRANSLITERATION for c in word) * 2 >= len(word)


# 台 ending a word of its own is a stage or a platform, not Taiwan: 出台 (a policy), 舞台, 平台.
_STAGES = frozenset("出台 舞台 平台 电台 后台 讲台 柜台 阳台 站台 窗台 上台 下台 登台 前台 看台 戏台 擂台 砚台".split())
# The times named after a place: 北京时间 (the time of China), 格林尼治时间, 东京时间.
_TIME_ZONES = frozenset("北京 格林尼治 格林威治 东京 莫斯科 纽约 伦敦 巴黎 华盛顿".split())


_NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万几两多数")
# Around 美 that is beauty: 美起来, 美了, 美得很, 这种美, 坦荡的美
_BEAUTY_AFTER = frozenset("起了得极")
_BEAUTY_BEFORE = frozenset("的种很真太更最之和与")
# Sizes and grades 中 stands between
_SCALE = frozenset("大小轻重高低长短")
# Negation and degree: what they qualify is a quality, not a place
_DEGREE = ("不", "很", "更", "最", "较", "太", "挺", "如此", "十分", "非常", "特别", "格外", "日益", "越来越")


def _plausible(text: str, s: int, e: int, kind: Kind, lex: Lexicon) -> bool:
    word = text[s:e]
    if lex.rejects(word, kind):
        return False
    if lex.kind_of(word) is kind:
        return True
    if kind is Kind.PERSON:
        if len(word) == 1:  # a surname alone, before a form of address or a title
            return (word in crf.surnames() or word in _RARE_SURNAMES) and word not in "和与及同跟" and (
                text.startswith(_ADDRESS, e) or rules.title_at_start(text, e) is not None or _SURNAME_AND.match(text, e) is not None
            )
        if len(word) > 4 and not (_long_name(word) or _japanese_name(word)):
            return False
        if not _HAN.match(word) or word[0] in "和与及":
            return False
        if word[0] == "张" and s and text[s - 1] in _COUNTING:
            return False  # 那张会让…的照片, 一张小巧的门票: 张 counts a sheet
        addressed = word[0] in crf.surnames() and text.startswith(_NAMED_PERSON, e)
        if word in rules.not_name_words() and not rules.rare_phrase(word) and not addressed:
            return False  # 热议, 养老: a verb or an adverb (but 何方同志 is a man)
    if word[0] in "个家所条座批项类位名" and s and text[s - 1] in _NUMERALS:
        return False  # 48所临街小学: the measure word of a count opens no name
    if kind is Kind.ORG and word.endswith(("公司", "企业")) and rules.known_place(word[:-2]):
        return False  # 美国公司: any American company (jieba's dictionary calls it a body)
    if kind is not Kind.ORG and rules.derived_word(word):  # 法治化: a place only by its look
        return False
    if word == "中" and (text[e : e + 2].lstrip("、")[:1] in _SCALE or text[max(0, s - 2) : s].rstrip("、")[-1:] in _SCALE):
        return False  # 大、中、小企业, 中小学, 轻、中、重型, 高中低档: a size or a grade, not China
    if word == "美" and (text[e : e + 1] in _BEAUTY_AFTER or text[s - 1 : s] in _BEAUTY_BEFORE):
        return False  # 美起来, 这种美, 坦荡的美: beauty, not America
    if len(word) == 1:  # 中美关系, 访华, 在京: one-character short names of countries and provinces
        return kind is Kind.PLACE and word in _ABBR_PLACES and text[max(0, s - 1) : e] not in _STAGES
    if kind is Kind.PLACE and text.startswith("时间", e) and word in _TIME_ZONES:
        return False  # 北京时间 names the time, not the city
    if kind is Kind.PLACE and text.endswith(_DEGREE, 0, s) and segmenter.tokenizer().FREQ.get(word):
        return False  # 不安宁, 如此兴隆: a word of degree makes the city's name an adjective
    return True


def _common_word(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """A word the model read as a person that the 1998 corpus only ever writes as a word (叶子,
    老总: jieba's dictionary calls them names), with no title or role to make it one here."""
    word = text[s:e]
    if word not in rules.not_persons() or lex.kind_of(word) is Kind.PERSON or text.startswith(_NAMED_PERSON, e):
        return False
    return rules.role_before(text, s) is None and rules.title_after(text, e) is None


# What a person does after the name, which a place does not: 费尔南德斯多次攻击, 阿维兰热任职24年
_PERSON_DOES = ("说", "表示", "指出", "认为", "任职", "强调", "宣布", "称", "告诉", "透露", "承认", "声称", "会见", "出任", "当选", "率领", "多次", "曾")


# A character that never ends a transliterated name: a numeral or a word the model ran into
# (贝恩四要素, 会见行长卡巴杰时, 鲁西亚努小角度)
_NOT_NAME_END = frozenset("一二三四五六七八九十两时小大等都说曾也在和与的了")


# …nor a Chinese name of two or three characters (陈长禄那熟悉的身影, 王明的, 赵涛著的书, 张祖德因家境贫寒)
_NOT_CHINESE_NAME_END = frozenset("那这的了是说著因")


def _foreign_name_end(text: str, c: tuple[int, int, Kind, int]) -> tuple[int, int, Kind, int]:
    s, e, k, src = c
    if k is Kind.PERSON and src == MODEL and e - s >= 3 and text[e - 1] in _NOT_NAME_END:
        if _transliterated(text[s : e - 1]):
            return (s, e - 1, k, src)
    if k is Kind.PERSON and src == MODEL and _runs_on(text[s:e]):
        return (s, e - 1, k, src)
    return c


def _runs_on(word: str) -> bool:
    """A Chinese name the model ran into the next word (陈长禄那, 王明的)."""
    if len(word) not in (3, 4) or word[-1] not in _NOT_CHINESE_NAME_END:
        return False
    return word[0] in crf.surnames() or word[:2] in _COMPOUND_SURNAMES


def _person_not_place(text: str, c: tuple[int, int, Kind, int]) -> tuple[int, int, Kind, int]:
    """A foreign name the model read as a place is a person with a title before it (工党领袖巴拉克)
    or a person's doing after it; places the gazetteer knows stay places (美国表示)."""
    s, e, k, src = c
    if k is not Kind.PLACE or src != MODEL or e - s < 2:
        return c
    word = text[s:e]
    if _tibetan_name(word):
        return (s, e, Kind.PERSON, src)  # 洛桑江村 is no village
    if word in rules.gazetteer() or not _transliterated(word):
        return c
    if text.startswith(_PERSON_DOES, e) or rules.role_before(text, s) is not None:
        return (s, e, Kind.PERSON, src)
    return c


_OPENERS = {"（": "）", "(": ")", "“": "”", "《": "》", "「": "」", "『": "』"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}


def _bracketed(text: str, c: tuple[int, int, Kind, int]) -> tuple[int, int, Kind, int] | None:
    """A name's brackets and quotes come in pairs: 尼泊尔） (本报根杰（尼泊尔）电) loses the
    bracket, 梅花”基金会 takes its opening quote, （集团）总公司 without the body's name before it is
    none; a place or a person stops at a bracket (格拉茨（奥地利）: two places)."""
    s, e, k, src = c
    word = text[s:e]
    if not any(ch in _OPENERS or ch in _CLOSERS for ch in word):
        return c
    if k is not Kind.ORG:
        cut = next(i for i, ch in enumerate(word) if ch in _OPENERS or ch in _CLOSERS)
        return (s, s + cut, k, src) if cut >= 2 or (cut == 1 and k is Kind.PLACE) else None
    if word[0] in _OPENERS:
        return None
    open_at: list[int] = []
    for i, ch in enumerate(word):
        if ch in _OPENERS:
            open_at.append(i)
        elif ch in _CLOSERS:
            if open_at and word[open_at[-1]] == _CLOSERS[ch]:
                open_at.pop()
            elif s and text[s - 1] == _CLOSERS[ch] and not open_at and ch not in "）)":
                s -= 1  # 梅花”基金会 -> “梅花”基金会 (a bracket opens no body: 中国）有限公司 is none)
            else:
                return (s, s + i, k, src) if i >= 2 else None
    if open_at:
        i = open_at[0]
        return (s, s + i, k, src) if i >= 2 else None
    return (s, e, k, src)


# After a surname, 老 (old Mr Hu; not 老师, 老板, 老家…) and 家 (the Zhao family; not 张家口)
_SURNAME_AND = re.compile(r"老(?![师板百虎鼠家乡人大年总少小实话是一二三四五六七八九十幺])|家(?![庄村湾坝坪屯营寨沟岭镇乡店园河桥口堡集])")
# Before 张, a demonstrative or a numeral makes it a measure word
_COUNTING = frozenset("这那一每两几哪整半三四五六七八九十")


def _person_core(text: str, c: tuple[int, int, Kind, int]) -> tuple[int, int, Kind, int]:
    """The name without the words of address around it, as the NER test sets mark it: 胡老 and
    刘家 are the surname (胡老介绍说), 小俊平 and 老宋双 the name after 小 or 老.  Japanese names
    that open with 小 stay whole (小泉纯一郎, 小渊惠三).  王某 stays whole: it is how the paper
    names a person it does not name (the test sets mark 王), and the desk verifies it so."""
    s, e, k, src = c
    if k is not Kind.PERSON or src == LEXICON:
        return c
    word = text[s:e]
    if (len(word) == 2 and word[1] in "老家" or len(word) >= 3 and text.startswith(_ADDRESS, s + 1, e)) and word[0] in crf.surnames():
        return (s, s + 1, k, src)  # 李老板 as well
    if (
        len(word) >= 3
        and word[0] in "小老"
        and not _japanese_name(word)
        and word[:2] not in rules.japanese_surnames()
        and not _transliterated(word[1:])  # 小布什, 老布什: how the papers tell the two Bushes apart
    ):
        return (s + 1, e, k, src)
    return c


# After a name, these make it a person's, whatever else the word may be (何方同志, 迪斯尼先生)
_NAMED_PERSON = ("同志", "先生", "女士", "老师", "师傅")  # not 夫人: 老总夫人 is the chief's wife


def _persons_addressed(text: str, cands: list[tuple[int, int, Kind, int]]) -> list[tuple[int, int, Kind, int]]:
    """A name the model reads as a person and the lexicon as a body or a place is the person's
    where 先生, 同志… follow it (面容慈祥的迪斯尼先生: Walt Disney, not the company)."""
    addressed = {(s, e) for s, e, k, src in cands if k is Kind.PERSON and src == MODEL and text.startswith(_NAMED_PERSON, e)}
    if not addressed:
        return cands
    return [c for c in cands if not (c[2] is not Kind.PERSON and c[3] == LEXICON and (c[0], c[1]) in addressed)]


def _split_signed_bodies(text: str, cands: list[tuple[int, int, Kind, int]]) -> list[tuple[int, int, Kind, int]]:
    """A body the ending grammar reached back for over a person or another body: a signature
    (王廷帅徐州华润电力公司总经理: the model reads the person, then the company) or two bodies
    side by side (国家计委国家统计局).  The grammar's body starts where the model's or the lexicon's
    body after the person starts; two lexicon bodies that fill it are two bodies."""
    bodies = {(s, e) for s, e, k, src in cands if k is Kind.ORG and src in (MODEL, LEXICON)}
    lexicon_bodies = {(s, e) for s, e, k, src in cands if k is Kind.ORG and src == LEXICON}
    persons_at = {(s, e) for s, e, k, src in cands if k is Kind.PERSON and src == MODEL}
    person_ends: dict[int, list[int]] = {}  # where the model's persons that start at a position end
    for a, p in persons_at:
        person_ends.setdefault(a, []).append(p)
    out = []
    for c in cands:
        s, e, k, src = c
        if k is not Kind.PERSON and src == GRAMMAR:
            after = [p for a in range(s, e - 2) for p in person_ends.get(a, ()) if p < e - 1 and (p, e) in bodies]
            if after:
                c = (max(after), e, k, src)
            elif any((s, m) in lexicon_bodies and (m, e) in lexicon_bodies for m in range(s + 2, e - 1)):
                continue
            elif (s, s + 3) in persons_at and text[s] in crf.surnames() and e - s >= 9:
                continue  # 陈守维高度评价社区: a person opens the sentence, and the grammar read on
        out.append(c)
    return out


def _reshaped(text: str, c: tuple[int, int, Kind, int]) -> tuple[int, int, Kind, int] | None:
    """One candidate with its edges set right, one rule after the other (None: no name at all)."""
    c = _foreign_name_end(text, _person_not_place(text, _without_region(text, c)))
    b = _bracketed(text, c)
    return None if b is None else _person_core(text, b)


def _without_region(text: str, c: tuple[int, int, Kind, int]) -> tuple[int, int, Kind, int]:
    """中东地区 -> 中东: 地区 after a place name is not part of it (the model learnt it from the
    corpus); 上海合作组织峰会 -> 上海合作组织: a summit or an annual meeting is the body's event."""
    s, e, k, src = c
    if k is Kind.PLACE and src == MODEL and e - s >= 4 and text.endswith("地区", s, e):
        return (s, e - 2, k, src)
    if k is Kind.ORG and src == MODEL and e - s >= 4 and text.endswith(("峰会", "年会"), s, e):
        return (s, e - 2, k, src)
    return c


def _in_word(text: str, s: int, e: int) -> bool:
    """A place that is part of a common word: 焦作人 / 中国人 (not 人民, 人大), 中国式, 中国特色,
    中 in 中医, 美 in 美方.  The NER test sets mark the place; the newsroom does not check it."""
    nxt = text[e : e + 1]
    if nxt == "人" and text[e + 1 : e + 2] not in tuple("民大口才员"):
        return True
    if text[s:e] == "中国" and (nxt == "式" or text.startswith("特色", e)):
        return True
    if nxt == "方" and e - s == 1 and text[s] in _SIDES:
        return True  # 中方, 美方: a side, nothing for the editor to check
    m = _PLACE_IN_WORD.match(text, s)
    if m is not None and m.end() == e:
        return True
    return text[s:e] == "中" and _CHINESE_MEDICINE.match(text, s) is not None


def _across_words(text: str, s: int, e: int) -> bool:
    """川普 in 四川普通话: two characters one of which makes a dictionary word with the character
    beside it (四川, 普通) are the end or the start of another word, not the name again."""
    freq = segmenter.tokenizer().FREQ
    return bool((s and freq.get(text[s - 1 : s + 1])) or freq.get(text[e - 1 : e + 1]))


def _abbreviation_in_word(text: str, s: int, e: int) -> bool:
    """A one-character place the model read inside a dictionary word: 台 in 台阶, 京 in 进京, 华 in
    华侨 (台 ending 出台 or 舞台 is no place at all: ``_STAGES``).  The NER test sets mark such a
    country or province; the newsroom does not check it (names of two countries together,
    中美关系, come from a grammar and stay)."""
    if e - s != 1:
        return False
    freq = segmenter.tokenizer().FREQ
    return any(
        freq.get(text[a:b]) for a, b in ((s - 1, e), (s, e + 1), (s - 2, e), (s, e + 2), (s - 1, e + 1)) if a >= 0
    )


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _slogan_in_list(text: str, c: tuple[int, int, Kind, int], named: bytearray) -> bool:
    """惠民生 in 稳增长、调结构、惠民生、防风险: a "person" the model read in a list of phrases of its
    length (two of them beside it, across 、) none of which is a name is one of the list's slogans.
    ``named`` has a 1 where a name stands."""
    s, e = c[0], c[1]
    size = e - s
    items = []
    left, right = s, e  # the outer edges of the items taken so far
    for _ in range(2):  # up to two items before it, across 、
        if left - 1 - size < 0 or text[left - 1] != "、" or not _HAN_RUN.fullmatch(text, left - 1 - size, left - 1):
            break
        left -= 1 + size
        items.append((left, left + size))
    for _ in range(2):  # and after it
        if right >= len(text) or text[right] != "、" or not _HAN_RUN.fullmatch(text, right + 1, right + 1 + size):
            break
        items.append((right + 1, right + 1 + size))
        right += 1 + size
    if len(items) < 2:
        return False
    return not any(any(named[a:b]) for a, b in items)


# What ends an item of a list of persons: the next separator, 等, a count of people (两位, 三人)
_LIST_ITEM_END = frozenset("、，,。；;：:等和与及）)两三四五六七八九几诸同")


def _list_partners(text: str, chosen: list[tuple[int, int, Kind, int]], lex: Lexicon) -> list[tuple[int, int, Kind, int]]:
    """Persons the model missed in a list beside one it found: 陈毅、粟裕等, 夏衍、阳翰笙两位,
    孙悦、臧天朔等.  The item across the 、 is a name of two or three characters that opens with
    a surname, ends where the item ends, and is no word jieba's dictionary knows as another thing;
    a name found so is the next one's partner in turn."""
    surnames = crf.surnames()
    freq = segmenter.tokenizer().FREQ
    taken = _covered(text, chosen)
    found: list[tuple[int, int, Kind, int]] = []
    persons = [(s, e) for s, e, k, _src in chosen if k is Kind.PERSON and _HAN.match(text[s:e])]
    while persons:
        s, e = persons.pop()
        for a in _list_neighbours(text, s, e):
            for size in (3, 2):
                b = a + size if a > s else a
                a2 = a if a > s else a - size
                if a2 < 0 or b > len(text) or any(taken[a2:b]):
                    continue
                word = text[a2:b]
                after = text[b : b + 1]
                before = text[a2 - 1 : a2] if a2 else ""
                if a > s and after and after not in _LIST_ITEM_END:
                    continue
                if a < s and before and before not in "、，,。；;：:（(" and not before.isspace():
                    continue
                if not _HAN_RUN.fullmatch(word) or lex.rejects(word, Kind.PERSON):
                    continue
                tag = rules.word_tags([word])[0]
                if word[0] not in surnames and tag != "nr":  # 粟裕, 臧天朔: jieba knows them
                    continue
                if freq.get(word, 0) >= 30 and tag != "nr":
                    continue  # 马列, 周边: a word of its own
                if word in rules.not_persons() or rules.derived_word(word):
                    continue
                taken[a2:b] = b"\x01" * size
                found.append((a2, b, Kind.PERSON, MODEL))
                persons.append((a2, b))
                break
    return found


def _list_neighbours(text: str, s: int, e: int) -> list[int]:
    """Where an item of a 、 list beside [s, e) starts (after it) or ends (before it)."""
    out = []
    if text[e : e + 1] == "、":
        out.append(e + 1)
    if s and text[s - 1] == "、":
        out.append(s - 1)
    return out


def _covered(text: str, names: list[tuple[int, int, Kind, int]]) -> bytearray:
    """1 for each character of ``text`` inside one of ``names``."""
    mask = bytearray(len(text) + 1)
    for s, e, _k, _src in names:
        mask[s:e] = b"\x01" * (e - s)
    return mask


def _inside_quotes(text: str) -> bytearray:
    """1 for each character inside a short quotation or a 《title》: names there are not reported."""
    mask = bytearray(len(text) + 1)
    for m in re.finditer(r"《[^《》\n]{1,40}》|“[^“”\n]{1,12}”", text):
        s, e = m.span()
        mask[s + 1 : e - 1] = b"\x01" * (e - s - 2)
    return mask


_MINISTRY_END = ("部", "省", "厅", "署")


# The units of a body, written right after it: one body with it (中央电影局计划室, 二机部办公厅,
# 中国电影家协会书记处, 农行西昌市支行营业部, 安徽农学院经济管理系)
_UNITS = sorted(
    """办公厅 办公室 书记处 秘书处 组织部 宣传部 统战部 研究室 计划室 营业部 招待所 总社 分社 分局 分行 支行 分公司
    分院 分校 分会 总部 党委 党组 团委 工会 机务段 车间 行政科""".split(),
    key=len,
    reverse=True,
)
_NOT_DEPARTMENTS = frozenset("联系 关系 体系 派系 直系 母系 父系 维系 星系 水系 根系 语系 世系 嫡系 旁系 干系 阳系 河系".split())
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,6}?系(?![统列数])")


# Bodies whose name goes on with 组织 (欧佩克组织 is OPEC)
_NAMED_WITH_ZUZHI = frozenset("欧佩克 北约 东盟 巴解 伊斯兰会议 上海合作".split())
# A body's term before its name: 第二届全国人民代表大会, 第十五届政协
_TERM_BEFORE = re.compile(r"第[〇零一二三四五六七八九十百0-9０-９]{1,4}届$")
_LEADING_DIGITS = re.compile(r"[0-9０-９]+")


def _with_units(chosen: list[tuple[int, int, Kind, int]], text: str) -> list[tuple[int, int, Kind, int]]:
    """A body goes on over a unit of it written right after it (see _UNITS), and a university or a
    college over its department (…学院经济管理系), where nothing else was read there; it takes the
    term written before it (第二届全国人民代表大会) and loses digits the model ran into it (1997中国
    工程院, from 《…1997中国工程院版》)."""
    taken = _covered(text, chosen)
    out = []
    for c in chosen:
        s, e, k, src = c
        if k is Kind.ORG and (m := _LEADING_DIGITS.match(text, s)) and m.end() < e - 1 and _HAN_RUN.match(text, m.end()):
            c = s, e, k, src = (m.end(), e, k, src)
        if k is Kind.ORG and (m := _TERM_BEFORE.search(text, max(0, s - 7), s)) and not any(taken[m.start() : s]):
            c = s, e, k, src = (m.start(), e, k, src)
        if k is Kind.ORG:
            unit = next((u for u in _UNITS if text.startswith(u, e)), None)
            if unit is None and text.startswith("组织", e) and text[s:e] in _NAMED_WITH_ZUZHI:
                unit = "组织"  # 欧佩克组织 (not 由联合国组织的: the UN organises; 妇联组织: its branches)
            if unit is None and text.endswith(("大学", "学院"), s, e):
                m = _DEPARTMENT.match(text, e)
                unit = m.group() if m and m.group()[-2:] not in _NOT_DEPARTMENTS else None
            if unit and not any(taken[e : e + len(unit)]):
                c = (s, e + len(unit), k, src)
        out.append(c)
    return out


def _ministries_of_places(chosen: list[tuple[int, int, Kind, int]], text: str) -> list[tuple[int, int, Kind, int]]:
    """A place written right before a ministry the lexicon knows is the ministry's: 英国内政部,
    法国外交部, 日本外务省 (jieba glued 内政部长 into one word, and the model read only the
    country)."""
    out: list[tuple[int, int, Kind, int]] = []
    for c in chosen:
        if (
            out
            and c[2] is Kind.ORG
            and c[3] == LEXICON
            and text.endswith(_MINISTRY_END, c[0], c[1])
            and out[-1][1] == c[0]
            and out[-1][2] is Kind.PLACE
            and out[-1][1] - out[-1][0] >= 2
        ):
            p = out.pop()
            out.append((p[0], c[1], Kind.ORG, GRAMMAR))
            continue
        out.append(c)
    return out


def _resolve(cands: list[tuple[int, int, Kind, int]], text: str) -> list[tuple[int, int, Kind, int]]:
    """Choose non-overlapping names: the lexicon and the grammars first, longest first, then the
    model, then the gazetteer.

    A model ORG that ends like one and holds lexicon names whole (中央气象台 around the lexicon's
    中央), a model foreign name joined with a dot (马克思·卢布里克), a model place or body that
    opens with a strong person's name (肯尼迪航天中心), or a model person of up to four characters
    that goes on from one (陈云峰 beside the lexicon's 陈云) or holds a lexicon body or place as
    its given name after a surname (吴高盛, 高盛) is ranked with the strong ones, so the
    longer name wins; a model name that cuts across a strong name is dropped.
    """
    strong = [c for c in cands if c[3] >= GRAMMAR]
    weak = [c for c in cands if c[3] < GRAMMAR]
    size = max((c[1] for c in cands), default=0) + 1
    starts = bytearray(size)
    ends = bytearray(size)
    inside = bytearray(size)
    grammar = bytearray(size)
    grammar_ends: dict[int, int] = {}  # where a grammar body that starts at a position ends
    for s, e, k, src in strong:
        starts[s] = ends[e] = 1
        inside[s:e] = b"\x01" * (e - s)
        if src == GRAMMAR:
            grammar[s:e] = b"\x01" * (e - s)
            if k is Kind.ORG:
                grammar_ends[s] = max(e, grammar_ends.get(s, e))
    person_ends = {s: e for s, e, k, _src in strong if k is Kind.PERSON}  # where a strong person starts
    person_starts = {e: s for s, e, k, _src in strong if k is Kind.PERSON}  # …and where one ends
    lexicon_others = {(s, e) for s, e, k, src in strong if k is not Kind.PERSON and src == LEXICON and e - s == 2}
    promoted, rest = [], []
    for c in weak:
        s, e, k, _src = c
        if not any(inside[s:e]):
            rest.append(c)
            continue
        # crosses a strong name: an edge of c falls strictly inside one
        crosses = (inside[s] and not starts[s]) or (inside[e - 1] and not ends[e])
        if crosses:
            continue
        if k is Kind.ORG and c[3] == MODEL and _ORG_END.search(text[s:e]) and (
            not any(grammar[s:e]) or (s in grammar_ends and not any(grammar[grammar_ends[s] : e]) and e - grammar_ends[s] >= 4)
        ):
            promoted.append(c)  # …and a unit of a body the grammar found: 中国教育学会华茂培训中心
        elif k is Kind.PERSON and c[3] == MODEL and "·" in text[s + 1 : e - 1]:
            promoted.append(c)  # 马克思·卢布里克 around the lexicon's 马克思
        elif k is not Kind.PERSON and c[3] == MODEL and person_ends.get(s, e) < e - 1:
            promoted.append(c)  # 肯尼迪航天中心 named after the lexicon's 肯尼迪
        elif k is Kind.PERSON and c[3] == MODEL and person_ends.get(s, e) < e <= s + 4:
            promoted.append(c)  # 陈云峰, 朱德华: another person than the lexicon's 陈云, 朱德
        elif k is Kind.PERSON and c[3] == MODEL and s < person_starts.get(e, s) and _transliterated(text[s:e]):
            promoted.append(c)  # 多恩布什: a foreign name that ends in the lexicon's 布什
        elif k is Kind.PERSON and c[3] == MODEL and e - s == 3 and (s + 1, e) in lexicon_others and text[s] in crf.surnames():
            promoted.append(c)  # 吴高盛: a given name that is a body's name (高盛) as well
        else:
            rest.append(c)
    first = strong + promoted
    first.sort(key=lambda c: (-(c[1] - c[0]), -c[3], c[0]))
    rest.sort(key=lambda c: (-c[3], -(c[1] - c[0]), c[0]))
    taken = bytearray(size)
    chosen = []
    for group in (first, rest):
        for c in group:
            s, e = c[0], c[1]
            if any(taken[s:e]):
                continue
            taken[s:e] = b"\x01" * (e - s)
            chosen.append(c)
    chosen.sort()
    return chosen


def extract_entities(text: str, *, lexicon: object | None = None) -> list[Fact]:
    """Every PERSON / ORG / PLACE mention of ``text`` (offsets into it), persons with their role."""
    if not text:
        return []
    lex = effective_lexicon(lexicon if isinstance(lexicon, Lexicon) else None)
    cands = [r for c in _candidates(text, lex) if (r := _reshaped(text, c)) is not None]
    cands = _split_signed_bodies(text, _persons_addressed(text, cands))
    # one character found by a grammar (中葡双方, 中医) is a country for sure; elsewhere it needs a test
    cands = [
        c
        for c in cands
        if (
            _plausible(text, c[0], c[1], c[2], lex)
            or (c[1] - c[0] == 1 and c[3] == GRAMMAR and c[2] is Kind.PLACE and not lex.rejects(text[c[0]], c[2]))
        )
        and not (c[3] == MODEL and c[2] is Kind.PERSON and _common_word(text, c[0], c[1], lex))
    ]
    chosen = _resolve(cands, text)
    named = _covered(text, chosen)
    slogans = {c for c in chosen if c[2] is Kind.PERSON and c[3] == MODEL and _slogan_in_list(text, c, named)}
    if slogans:
        chosen = [c for c in chosen if c not in slogans]
        cands = [c for c in cands if c not in slogans]
    slogan_words = {text[c[0] : c[1]] for c in slogans}
    partners = _list_partners(text, chosen, lex)
    if partners:
        cands = cands + partners
        chosen = _resolve(cands, text)
    # One name, one reading: a person found once is that person wherever the name recurs (a
    # slogan of a list is none, wherever else the model read it).
    names = {
        text[s:e]: Kind.PERSON
        for s, e, k, _ in chosen
        if k is Kind.PERSON and 2 <= e - s <= 4 and text[s:e] not in slogan_words
    }
    if names:
        more = [
            (s, e, k, GRAMMAR)
            for s, e, k in _Matcher(names).find(text)
            if _plausible(text, s, e, k, lex) and not (e - s == 2 and _across_words(text, s, e))
        ]
        if more:
            chosen = _resolve(cands + more, text)
    chosen = _with_units(_ministries_of_places(chosen, text), text)
    quoted = _inside_quotes(text)

    facts: list[Fact] = []
    in_role = bytearray(len(text) + 1)
    placed = _covered(text, [c for c in chosen if c[2] is Kind.PLACE])
    keep = _keep_words(lex)
    last_person: Fact | None = None
    for s, e, kind, _src in chosen:
        if kind is not Kind.PERSON:
            continue
        role = None
        # a list: 区领导杨有军、赵俊峰 -> the role of the name before the 、 (or of the name right
        # before: 新华社记者崔军强宗焕平)
        if last_person is not None and (last_person.end == s or (last_person.end + 1 == s and text[last_person.end] == "、")):
            role = last_person.role
        else:
            found = rules.role_before(text, s, floor=last_person.end if last_person else 0, keep=keep)
            if found:
                rs, role = found
                for os_, oe in rules.role_orgs(role, rs):
                    if all(placed[os_:oe]):
                        continue  # 俄罗斯总统, 河南省方城县县长: places, not an organisation
                    in_role[os_:oe] = b"\x01" * (oe - os_)
                    facts.append(Fact(Kind.ORG, os_, oe, text[os_:oe], extra=(("in_role", True),)))
        if role is None:
            role = rules.title_after(text, e)
        extra = ()
        if text.startswith(_FIXED_AFTER, e):
            extra = (("in_fixed_name", True),)
        elif quoted[s] and quoted[e - 1]:
            extra = (("in_quote", True),)
        f = Fact(Kind.PERSON, s, e, text[s:e], role=role, extra=extra)
        facts.append(f)
        last_person = f
    for s, e, kind, _src in chosen:
        if kind is Kind.PERSON:
            continue
        if any(in_role[s:e]):
            continue
        if quoted[s] and quoted[e - 1]:
            extra: tuple = (("in_quote", True),)
        elif kind is Kind.PLACE and (_in_word(text, s, e) or (_src == MODEL and _abbreviation_in_word(text, s, e))):
            extra = (("in_word", True),)
        else:
            extra = ()
        facts.append(Fact(kind, s, e, text[s:e], extra=extra))
    facts.sort(key=lambda f: (f.start, f.end))
    return facts
