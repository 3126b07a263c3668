"""Newsroom memory: verified names and roles, dictionary corrections, checks, one file for the desk."""

from __future__ import annotations

import json
import os

import pytest

from conftest import run_cli
from newsfacts.core.model import Analysis, Kind
from newsfacts.core.reading import article_from_text
from newsfacts.core.review import Action, Decision
from newsfacts.core.store import (
    HOUSE_STYLE,
    NEAR_DUPLICATE,
    ROLE_CONFLICT,
    KnownName,
    LexiconEntry,
    MemorySnapshot,
    ReviewStore,
    StyleRule,
    TransferFileError,
    memory_findings,
)
from store_helpers import analysis_of

DRAFT = "会议由解放区区长赵海燕主持。解放区委书记赵海燕讲话。本报记者吕培报道。"


def snapshot(*names: KnownName) -> MemorySnapshot:
    return MemorySnapshot(names)


MEMORY = snapshot(
    KnownName("赵海燕", Kind.PERSON, "解放区委书记"),
    KnownName("吕沛", Kind.PERSON),
    KnownName("焦作地理信息产业园", Kind.ORG),
)


def test_role_conflict_names_the_verified_role_and_the_new_one():
    article = article_from_text(DRAFT)
    found = [f for f in memory_findings(article, (), MEMORY) if f.kind == ROLE_CONFLICT]
    assert len(found) == 1  # 解放区委书记赵海燕 agrees with the memory
    role, name = found[0].spans
    assert (role.text, name.text) == ("解放区区长", "赵海燕")
    assert DRAFT[role.start : role.end] == role.text and DRAFT[name.start : name.end] == name.text
    assert "解放区委书记" in found[0].message and "区长" in found[0].message


def test_role_from_extraction_is_used_too():
    text = "赵海燕(区长)出席。"
    article = article_from_text(text)
    person = analysis_of(article, [(Kind.PERSON, "赵海燕", 0, {"role": "区长"})]).facts
    found = memory_findings(article, person, MEMORY)
    assert [f.kind for f in found] == [ROLE_CONFLICT] and found[0].spans[-1].text == "赵海燕"


def test_near_duplicate_name_sounding_the_same():
    article = article_from_text(DRAFT)
    found = [f for f in memory_findings(article, (), MEMORY) if f.kind == NEAR_DUPLICATE]
    assert [s.text for f in found for s in f.spans] == ["吕培"]
    assert "吕沛" in found[0].message and "读音相同" in found[0].message
    assert found[0].suggestion == "吕沛"  # the spelling the desk verified
    # Chinese punctuation around the quoted names, as in every other finding
    assert found[0].message.endswith("是否写错？") and "，读音相同）" in found[0].message


def test_one_character_off_name_found_by_extraction_is_flagged():
    text = "焦作地理信息产业区召开发布会。"
    article = article_from_text(text)
    org = analysis_of(article, [(Kind.ORG, "焦作地理信息产业区", 0)]).facts
    found = memory_findings(article, org, MEMORY)
    assert [f.spans[0].text for f in found] == ["焦作地理信息产业区"]
    # without the extractor's word for it, a different-sounding character is no evidence
    assert memory_findings(article, (), MEMORY) == []
    # a character that sounds the same is (园 / 圆)
    homophone = article_from_text("焦作地理信息产业圆召开发布会。")
    assert [f.spans[0].text for f in memory_findings(homophone, (), MEMORY)] == ["焦作地理信息产业圆"]


def test_a_page_that_uses_the_verified_spellings_has_no_findings(seed_text):
    text = seed_text("000")
    article = article_from_text(text)
    memory = snapshot(
        KnownName("赵海燕", Kind.PERSON, "解放区委书记"),
        KnownName("于怀贵", Kind.PERSON, "区长"),
        KnownName("詹长松", Kind.PERSON),
        KnownName("解放区", Kind.PLACE),
        KnownName("焦作", Kind.PLACE),
        KnownName("焦作地理信息产业园", Kind.ORG),
    )
    assert memory_findings(article, (), memory) == []


def test_verifying_a_name_teaches_the_memory_and_undo_takes_it_back():
    text = "解放区委书记赵海燕指出。"
    article = article_from_text(text)
    analysis = analysis_of(article, [(Kind.PERSON, "赵海燕", 0, {"role": "解放区委书记"})])
    with ReviewStore() as store:
        opened = store.open_review(article, analysis)
        applied = opened.review.apply(Decision(Action.VERIFY, analysis.facts[0]))
        store.record(opened.document_id, applied)
        assert store.memory.snapshot().roles_of("赵海燕") == {"解放区委书记"}
        store.record(opened.document_id, opened.review.apply(opened.review.undo_of(applied)))
        assert store.memory.snapshot().names == ()


def test_memory_file_is_shared_between_desks(tmp_path, monkeypatch):
    out = tmp_path / "desk.memory.json"
    with ReviewStore() as store:
        store.memory.remember("赵海燕", Kind.PERSON, "解放区委书记")
        store.memory.remember("焦作市融媒体中心", Kind.ORG)
        store.memory.lexicon_add("小蜗牛", Kind.PLACE)
        store.memory.lexicon_reject("大杨树", Kind.PERSON)
        store.memory.style_set("帐户", "账户", "按《现代汉语词典》")
        assert store.memory.export(out) == 5
        mine = store.memory.snapshot()
    monkeypatch.setenv("NEWSFACTS_DATA_DIR", str(tmp_path / "other-desk"))
    with ReviewStore() as store:
        assert store.memory.import_(out) == 5
        assert store.memory.import_(out) == 0  # nothing twice
        theirs = store.memory.snapshot()
    assert theirs.names == mine.names
    assert set(theirs.lexicon) == {LexiconEntry("小蜗牛", Kind.PLACE, "add"), LexiconEntry("大杨树", Kind.PERSON, "reject")}
    assert theirs.style == (StyleRule("帐户", "账户", "按《现代汉语词典》"),)


@pytest.mark.parametrize("content", [
    {"names": [{"name": "x", "kind": "MONEY"}]},
    {"formulations": [{"form": "规范"}]},  # too short to be checked
    {"formulations": [{"note": "无提法"}]},
])
def test_bad_memory_file_is_refused(tmp_path, content):
    bad = tmp_path / "desk.memory.json"
    bad.write_text(json.dumps({"format": "newsfacts-memory", "version": 1, **content}))
    with ReviewStore() as store:
        with pytest.raises(TransferFileError) as err:
            store.memory.import_(bad)
        assert "desk.memory.json" in err.value.message_zh and "格式" in err.value.message_zh
        assert store.memory.snapshot().is_empty


@pytest.mark.slow
def test_extract_json_reports_memory_findings(tmp_path):
    page = tmp_path / "draft.txt"
    page.write_text(DRAFT, encoding="utf-8")
    proc = run_cli("extract", str(page), "--json")  # no memory yet: no memory findings, and no database made
    assert proc.returncode == 0, proc.stderr
    assert not [f for f in json.loads(proc.stdout)["findings"] if f["kind"].startswith("memory-")]
    assert not os.path.exists(os.path.join(os.environ["NEWSFACTS_DATA_DIR"], "newsfacts.sqlite3"))
    with ReviewStore() as store:
        store.memory.remember("赵海燕", Kind.PERSON, "解放区委书记")
        store.memory.remember("吕沛", Kind.PERSON)
    proc = run_cli("extract", str(page), "--json")
    assert proc.returncode == 0, proc.stderr
    findings = json.loads(proc.stdout)["findings"]
    by_kind = {f["kind"]: f for f in findings}
    assert [s["text"] for s in by_kind[ROLE_CONFLICT]["spans"]] == ["解放区区长", "赵海燕"]
    assert [s["text"] for s in by_kind[NEAR_DUPLICATE]["spans"]] == ["吕培"]
    for f in findings:
        for s in f["spans"]:
            assert DRAFT[s["start"] : s["end"]] == s["text"]


def test_memory_findings_leave_an_analysis_without_memory_alone():
    article = article_from_text(DRAFT)
    analysis = Analysis(article, ())
    from newsfacts.core.store import with_memory_findings

    assert with_memory_findings(analysis, None) is analysis
    assert with_memory_findings(analysis, MemorySnapshot()) is analysis
    assert len(with_memory_findings(analysis, MEMORY).findings) == 2


def test_house_style_marks_each_form_the_desk_does_not_print():
    memory = MemorySnapshot(style=(StyleRule("老百姓", "群众", "本报稿件用语"), StyleRule("解放区委", "中共解放区委")))
    article = article_from_text("解放区委召开会议。中共解放区委要求为老百姓办实事,超过份额的部分退回。", name="d.txt")
    found = memory_findings(article, (), memory)
    assert [(f.kind, f.spans[0].text, f.spans[0].start) for f in found] == [
        (HOUSE_STYLE, "解放区委", 0),  # the second one already reads 中共解放区委
        (HOUSE_STYLE, "老百姓", 18),
    ]
    assert found[1].message == "本报用词规范：“老百姓”应写作“群众”（本报稿件用语）。"
    assert [f.suggestion for f in found] == ["中共解放区委", "群众"]


def test_house_style_rules_are_kept_changed_and_removed():
    with ReviewStore() as store:
        store.memory.style_set(" 帐户 ", "账户")
        store.memory.style_set("帐户", "账户", "新版词典")  # the same form again: the rule changes
        assert store.memory.style_rules() == [StyleRule("帐户", "账户", "新版词典")]
        with pytest.raises(ValueError):
            store.memory.style_set("账户", "账户")
    with ReviewStore() as store:  # kept on disk
        assert not store.memory.snapshot().is_empty
        store.memory.style_remove("帐户")
        assert store.memory.snapshot().is_empty


def test_a_memory_file_without_house_style_still_reads(tmp_path):
    old = tmp_path / "old.memory.json"
    old.write_text(json.dumps({"format": "newsfacts-memory", "version": 1, "names": [{"name": "吕沛", "kind": "PERSON"}]}))
    with ReviewStore() as store:
        assert store.memory.import_(old) == 1
        assert store.memory.style_rules() == []


def test_a_house_rule_that_repeats_the_built_in_list_is_not_said_twice():
    from newsfacts.core.pipeline import analyse
    from newsfacts.core.store import with_memory_findings

    article = article_from_text("财政局开设专用帐户,按装调试。\n", name="d.txt")
    memory = MemorySnapshot(style=(StyleRule("帐户", "账户"), StyleRule("按装", "装配")))
    findings = with_memory_findings(analyse(article), memory).findings
    on = {}
    for f in findings:
        on.setdefault(f.spans[0].text, []).append(f.kind)
    assert on["帐户"] == ["variant_form"]  # the desk's rule says the same: once
    assert sorted(on["按装"]) == [HOUSE_STYLE, "misspelled_word"]  # the desk says otherwise: both


def test_ranked_lists_are_kept_shared_and_checked(tmp_path):
    from newsfacts.core.store import DESK_ORDER, RankedList, read_memory

    with ReviewStore() as store:
        store.memory.ranked_set(" 市委常委 ", ["赵海燕", "于怀贵", "吕沛"])
        with pytest.raises(ValueError):
            store.memory.ranked_set("市委常委", ["赵海燕"])  # one name is no order
        with pytest.raises(ValueError):
            store.memory.ranked_set("市委常委", ["赵海燕", "赵海燕"])
        assert store.memory.ranked_lists() == [RankedList("市委常委", ("赵海燕", "于怀贵", "吕沛"))]
        out = tmp_path / "desk.memory.json"
        assert store.memory.export(out) == 1
        store.memory.ranked_remove("市委常委")
        assert store.memory.snapshot().is_empty
        assert store.memory.import_(out) == 1  # a desk's file brings it back
    memory = read_memory()
    assert memory.ranked == (RankedList("市委常委", ("赵海燕", "于怀贵", "吕沛")),)
    article = article_from_text("市领导赵海燕、吕沛、于怀贵出席。于怀贵讲话，赵海燕主持。\n", name="d.txt")
    found = memory_findings(article, [], memory)
    assert [(f.kind, [s.text for s in f.spans]) for f in found] == [(DESK_ORDER, ["赵海燕", "吕沛", "于怀贵"])]
    # two of the desk's lists that put the same names in the same order: one finding
    both = MemorySnapshot(ranked=memory.ranked + (RankedList("市政府领导", ("于怀贵", "吕沛")),))
    assert len(memory_findings(article, [], both)) == 1


def test_desk_formulations_are_kept_shared_and_checked(tmp_path):
    from newsfacts.core.store import DESK_FORMULATION, DeskFormulation, read_memory

    with ReviewStore() as store:
        store.memory.formulation_set(" 全域文明创建行动 ", "本市三年行动")
        store.memory.formulation_set("郑焦一体化发展")
        with pytest.raises(ValueError):
            store.memory.formulation_set("文明城")  # too short to tell a slip from another word
        assert [f.form for f in store.memory.desk_formulations()] == ["全域文明创建行动", "郑焦一体化发展"]
        out = tmp_path / "desk.memory.json"
        assert store.memory.export(out) == 2
        store.memory.formulation_remove("郑焦一体化发展")
        store.memory.formulation_remove("全域文明创建行动")
        assert store.memory.snapshot().is_empty
        assert store.memory.import_(out) == 2  # a desk's file brings them back
    memory = read_memory()
    assert memory.formulations == (DeskFormulation("全域文明创建行动", "本市三年行动"), DeskFormulation("郑焦一体化发展", ""))
    article = article_from_text("开展全域卫生创建行动，推动郑焦一体画发展，开展全域文明创建行动。\n", name="d.txt")
    found = memory_findings(article, [], memory)
    assert [(f.kind, f.spans[0].text) for f in found] == [(DESK_FORMULATION, "全域卫生创建行动"), (DESK_FORMULATION, "郑焦一体画发展")]
    assert "与本报规范提法「全域文明创建行动」（本市三年行动）不符" in found[0].message


def test_a_body_the_desk_lists_is_one_of_a_family_but_a_sound_alike_slip_in_it_is_found():
    from newsfacts.core.store import DeskFormulation, KnownName
    from newsfacts.core.store.checks import desk_formulations

    memory = MemorySnapshot(
        names=(KnownName("广东核电集团公司", Kind.ORG),),
        formulations=(DeskFormulation("北京建工学院"), DeskFormulation("武警广东总队"), DeskFormulation("广东核电投资公司")),
    )
    # another school, the same body of another province, a company the desk verified: all right
    fine = article_from_text("北京电影学院、武警湖南总队和广东核电集团公司签约。\n", name="d.txt")
    assert desk_formulations(fine, memory) == []
    slip = article_from_text("北京见工学院举行开学典礼。\n", name="d.txt")
    assert [f.spans[0].text for f in desk_formulations(slip, memory)] == ["北京见工学院"]


def test_a_form_the_desk_lists_is_right_whatever_the_shipped_list_says():
    from newsfacts.core.pipeline import analyse
    from newsfacts.core.store import DeskFormulation, with_memory_findings

    article = article_from_text("中央政治局专题会议生活会为全党树立了标杆。\n", name="d.txt")
    plain = analyse(article)
    assert [f.spans[0].text for f in plain.findings if f.kind == "wrong_formulation"] == ["专题会议生活会"]
    desk = MemorySnapshot(formulations=(DeskFormulation("专题会议生活会"),))
    assert [f for f in with_memory_findings(plain, desk).findings if f.kind == "wrong_formulation"] == []


def test_a_database_from_before_the_newest_tables_reads_without_them(tmp_path):
    """A desk's database no window has opened since this version: the command line reads it."""
    import sqlite3

    from newsfacts.core.store import read_memory
    from newsfacts.core.store.db import DB_NAME, MIGRATIONS

    folder = os.environ["NEWSFACTS_DATA_DIR"]
    os.makedirs(folder, exist_ok=True)
    conn = sqlite3.connect(os.path.join(folder, DB_NAME))
    for migration in MIGRATIONS[:4]:  # up to the house style: before ranked lists and formulations
        for sql in migration:
            conn.execute(sql)
    conn.execute("INSERT INTO style_rules (written, preferred, at) VALUES ('老百姓', '群众', '2024-01-01')")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    memory = read_memory()
    assert memory.ranked == () and memory.formulations == () and [r.written for r in memory.style] == ["老百姓"]


def _post_findings(text: str, memory: MemorySnapshot):
    from newsfacts.core.extraction.entities import extract_entities
    from newsfacts.core.store import DESK_POST

    article = article_from_text(text)
    return [f for f in memory_findings(article, extract_entities(text), memory) if f.kind == DESK_POST]


def test_a_post_the_desk_verified_for_one_person_written_before_another_is_a_finding():
    found = _post_findings("解放区委书记李明出席会议并讲话。", MEMORY)
    assert [[s.text for s in f.spans] for f in found] == [["解放区委书记", "李明"]]
    assert found[0].severity.value == "high" and "赵海燕" in found[0].message
    text = "解放区委书记李明出席会议并讲话。"
    assert all(text[s.start : s.end] == s.text for s in found[0].spans)


def test_the_holder_a_deputy_a_former_holder_and_an_unnamed_body_are_no_finding():
    for text in (
        "解放区委书记赵海燕出席会议。",
        "解放区委副书记李明出席会议。",
        "时任解放区委书记李明出席会议。",
        "原解放区委书记李明出席会议。",
        "2010年，解放区委书记李明到任。",
        "区委书记李明出席会议。",  # which district's: many hold that post
    ):
        assert _post_findings(text, MEMORY) == [], text


def test_verifying_the_new_holder_of_a_post_makes_them_the_holder():
    changed = snapshot(KnownName("赵海燕", Kind.PERSON, "解放区委书记"), KnownName("李明", Kind.PERSON, "解放区委书记"))
    assert _post_findings("解放区委书记李明出席会议。", changed) == []
    found = _post_findings("解放区委书记王刚出席会议。", changed)
    assert len(found) == 1 and "解放区委书记是李明" in found[0].message
    # the one before, still written in the post: the post changed hands since
    found = _post_findings("解放区委书记赵海燕出席会议。", changed)
    assert len(found) == 1 and "此后核实的解放区委书记是李明" in found[0].message
    assert _post_findings("时任解放区委书记赵海燕出席会议。", changed) == []


def test_a_role_read_back_from_a_name_stops_at_a_full_width_comma():
    text = "会议研究部署下一步工作\uff0c解放区区长赵海燕讲话。"
    found = [f for f in memory_findings(article_from_text(text), (), MEMORY) if f.kind == ROLE_CONFLICT]
    assert [[s.text for s in f.spans] for f in found] == [["解放区区长", "赵海燕"]]


def test_a_name_the_desk_verified_is_found_in_the_next_draft(tmp_path):
    page = tmp_path / "draft.txt"
    page.write_text("向阳红陪同调研,米多多表示欢迎。", encoding="utf-8")

    def persons():
        facts = json.loads(run_cli("extract", str(page), "--json").stdout)["facts"]
        return [f["text"] for f in facts if f["kind"] == "PERSON"]

    assert persons() == []  # names the model does not know
    with ReviewStore() as store:
        store.memory.remember("向阳红", Kind.PERSON, "党工委委员")
        store.memory.remember("米多多", Kind.PERSON)
        store.memory.lexicon_reject("米多多", Kind.PERSON)  # a correction wins over a verified name
    assert persons() == ["向阳红"]
