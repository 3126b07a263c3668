"""The desk's roster of officials (领导名单) read into the newsroom memory."""

from __future__ import annotations

import pytest

from newsfacts.core.model import Kind
from newsfacts.core.reading import article_from_text
from newsfacts.core.store import DESK_POST, KnownName, ReviewStore, TransferFileError, memory_findings
from newsfacts.core.store.roster import read_roster

ROSTER = "\n".join([
    "姓名\t职务",
    "赵海燕\t解放区委书记",
    "解放区委副书记、区长，于怀贵",
    "王\u3000刚\u3000解放区委副书记",
    "张\u3000强\t解放区委常委、宣传部部长",
    "解放区人大常委会主任吕沛",
    "杨有军（解放区政协主席）",
    "",
    "区领导名单如下",  # a line that gives no person and post
])


def test_a_text_roster_in_any_of_the_usual_forms_and_gbk(tmp_path):
    path = tmp_path / "领导名单.txt"
    path.write_bytes(ROSTER.encode("gb18030"))
    roster = read_roster(path)
    assert [(n.name, n.role) for n in roster.names] == [
        ("赵海燕", "解放区委书记"),
        ("于怀贵", "解放区委副书记、区长"),
        ("王刚", "解放区委副书记"),
        ("张强", "解放区委常委、宣传部部长"),
        ("吕沛", "解放区人大常委会主任"),
        ("杨有军", "解放区政协主席"),
    ]
    assert all(n.kind is Kind.PERSON for n in roster.names)
    assert roster.skipped == (9,)  # the heading and the blank line are passed over, not reported
    assert roster.unread_said() == "第 9 行\uff08区领导名单如下\uff09"


def test_an_excel_roster_with_more_columns(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in (("序号", "姓名", "性别", "职务"), (1, "赵海燕", "女", "解放区委书记"), (2, "于怀贵", "男", "解放区区长")):
        sheet.append(row)
    path = tmp_path / "roster.xlsx"
    book.save(path)
    assert [(n.name, n.role) for n in read_roster(path).names] == [("赵海燕", "解放区委书记"), ("于怀贵", "解放区区长")]


@pytest.mark.parametrize(
    "name, content, said",
    [
        ("empty.txt", b"", "空"),
        ("binary.txt", bytes(range(256)) * 4, "不是文本文件"),
        ("prose.txt", "今天天气很好。\n会议开得很成功。\n".encode(), "没有读出人名和职务"),
        ("broken.xlsx", b"PK\x03\x04 not really a workbook", "Excel"),
    ],
)
def test_a_roster_that_cannot_be_read_says_why(tmp_path, name, content, said):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TransferFileError) as err:
        read_roster(path)
    assert name in err.value.message_zh and said in err.value.message_zh


def test_a_vanished_roster_says_so(tmp_path):
    with pytest.raises(TransferFileError) as err:
        read_roster(tmp_path / "gone.txt")
    assert "gone.txt" in err.value.message_zh


def test_the_roster_entered_in_the_memory_names_each_post_holder(tmp_path):
    path = tmp_path / "roster.txt"
    path.write_text("赵海燕 解放区委书记\n李明 解放区委书记\n", encoding="utf-8")  # a new secretary, listed last
    with ReviewStore() as store:
        store.memory.remember("赵海燕", Kind.PERSON, "解放区委书记")
        assert store.memory.enter(read_roster(path).names) == 2
        memory = store.memory.snapshot()
    assert [(n.name, n.role) for n in memory.names] == [("赵海燕", "解放区委书记"), ("李明", "解放区委书记")]
    text = "解放区委书记王刚出席会议。"
    from newsfacts.core.extraction.entities import extract_entities

    found = [f for f in memory_findings(article_from_text(text), extract_entities(text), memory) if f.kind == DESK_POST]
    assert len(found) == 1 and "李明" in found[0].message
    assert KnownName("李明", Kind.PERSON, "解放区委书记") in memory.names


def test_the_command_line_enters_a_roster_and_names_the_lines_it_could_not_read(tmp_path):
    import json

    from conftest import run_cli

    roster = tmp_path / "roster.txt"
    roster.write_text("赵海燕\t解放区委书记\n名单待补充\n", encoding="utf-8")
    proc = run_cli("roster", str(roster))
    assert proc.returncode == 0, proc.stderr
    assert "1 人已记入" in proc.stdout and "第 2 行" in proc.stderr
    draft = tmp_path / "draft.txt"
    draft.write_text("解放区委书记王刚出席会议。\n", encoding="utf-8")
    findings = json.loads(run_cli("extract", str(draft), "--json").stdout)["findings"]
    assert [f["kind"] for f in findings if f["kind"] == DESK_POST] == [DESK_POST]
    bad = run_cli("roster", str(tmp_path / "gone.xlsx"))
    assert bad.returncode == 3 and "gone.xlsx" in bad.stderr and "Traceback" not in bad.stderr


def test_a_new_leader_on_the_roster_is_no_error_on_the_command_line(tmp_path):
    import json

    from conftest import run_cli

    draft = tmp_path / "draft.txt"
    draft.write_text("国务院总理王某主持召开国务院常务会议。\n", encoding="utf-8")

    def wrong_posts():
        out = json.loads(run_cli("extract", str(draft), "--json").stdout)
        return [f for f in out["findings"] if f["kind"] == "person_role_conflict"]

    assert len(wrong_posts()) == 1  # leaders.tsv as shipped
    roster = tmp_path / "roster.txt"
    roster.write_text("王某\t国务院总理\n", encoding="utf-8")
    assert run_cli("roster", str(roster)).returncode == 0
    assert wrong_posts() == []


def test_a_word_roster_its_table_and_its_lines(tmp_path):
    from docx import Document

    doc = Document()
    doc.add_paragraph("解放区领导名单")
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate((("序号", "姓名", "职务"), ("1", "赵海燕", "解放区委书记"), ("2", "于怀贵", "解放区区长"))):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.add_paragraph("解放区人大常委会主任 吕沛")
    path = tmp_path / "名单.docx"
    doc.save(path)
    roster = read_roster(path)
    assert [(n.name, n.role) for n in roster.names] == [
        ("赵海燕", "解放区委书记"), ("于怀贵", "解放区区长"), ("吕沛", "解放区人大常委会主任")
    ]
    assert "解放区领导名单" in roster.unread_said()  # its title: said by what it says, not only a number
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a document")
    with pytest.raises(TransferFileError) as err:
        read_roster(broken)
    assert "Word" in err.value.message_zh
