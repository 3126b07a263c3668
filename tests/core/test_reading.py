"""Opening drafts: every encoding, .docx, and the inputs that must fail with a clear reason."""

from __future__ import annotations

import codecs
import zipfile

import pytest

from newsfacts.core.errors import ReadError
from newsfacts.core.reading import article_from_text, read_article

SAMPLE = "# 解放区两会召开\n\n本报讯(记者詹长松)2月21日至23日,解放区第十五届人民代表大会第四次会议召开。\n"


@pytest.mark.parametrize(
    "encoding, data",
    [
        ("utf-8", SAMPLE.encode("utf-8")),
        ("utf-8-sig", codecs.BOM_UTF8 + SAMPLE.encode("utf-8")),
        ("gb18030", SAMPLE.encode("gb18030")),
        ("gb18030", SAMPLE.encode("gbk")),
        ("utf-16", SAMPLE.encode("utf-16")),  # with BOM
        ("utf-16-le", ("Report 2024\n" + SAMPLE).encode("utf-16-le")),  # no BOM, ASCII-heavy start
    ],
)
def test_every_encoding_gives_the_same_text(tmp_path, encoding, data):
    path = tmp_path / "draft.txt"
    path.write_bytes(data)
    article = read_article(path)
    assert article.text.endswith(SAMPLE)
    assert article.encoding == encoding
    assert article.headlines[0].text == "解放区两会召开"


def test_offsets_match_python_open_with_the_detected_encoding(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(codecs.BOM_UTF8 + SAMPLE.replace("\n", "\r\n").encode("utf-8"))
    article = read_article(path)
    with open(path, encoding=article.encoding) as fh:
        assert fh.read() == article.text


def test_gbk_file_with_rare_characters(tmp_path):
    text = "焦作市解放区𠀀测试:镕基、喆、堃都能读出。\n"  # 𠀀 is GB18030 four-byte
    path = tmp_path / "gb.txt"
    path.write_bytes(text.encode("gb18030"))
    article = read_article(path)
    assert article.text == text and article.encoding == "gb18030"


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "空"),
        (b"   \n\n  \n", "没有文字"),
        (bytes(range(256)) * 8, "不是文本"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "不是文本"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    ],
)
def test_bad_files_are_refused_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError) as info:
        read_article(path)
    assert "bad.txt" in str(info.value)
    assert reason in str(info.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ReadError, match="不存在"):
        read_article(tmp_path / "gone.txt")
    with pytest.raises(ReadError, match="文件夹"):
        read_article(tmp_path)


def _make_docx(path, heading: str, paragraphs: list[str], table: list[list[str]] | None = None):
    import docx

    d = docx.Document()
    d.add_heading(heading, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    d.add_paragraph("表后正文。")
    d.save(path)


def test_docx_paragraphs_headings_and_tables(tmp_path):
    path = tmp_path / "draft.docx"
    _make_docx(
        path,
        "高新区经济工作会议召开",
        ["本报讯(记者郭树勋)2023年12月30日上午,高新区召开经济工作会议。", "会议由官卫红主持。"],
        [["项目", "投资"], ["玉溪路小学", "9700万元"]],
    )
    article = read_article(path)
    lines = article.text.split("\n")
    assert lines[0] == "高新区经济工作会议召开"
    assert "玉溪路小学" in lines and "9700万元" in lines
    assert lines[-1] == "表后正文。"
    assert [h.text for h in article.headlines] == ["高新区经济工作会议召开"]
    assert article.bylines[0].reporters[0].text == "郭树勋"
    assert article.encoding == "docx"


def test_truncated_docx_is_refused(tmp_path):
    good = tmp_path / "good.docx"
    _make_docx(good, "标题", ["正文。"])
    data = good.read_bytes()
    bad = tmp_path / "broken.docx"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(ReadError, match="损坏"):
        read_article(bad)


def test_docx_without_document_part_is_refused(tmp_path):
    bad = tmp_path / "empty.docx"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("hello.txt", "not a word file")
    with pytest.raises(ReadError) as info:
        read_article(bad)
    assert "empty.docx" in str(info.value)


def test_bylines_and_reporters():
    text = "本报讯(记者詹长松)2月21日,会议召开。\n\n本报记者 刘金元 摄\n\n本报记者 郭树勋\n"
    article = article_from_text(text)
    names = [[r.text for r in b.reporters] for b in article.bylines]
    assert names == [["詹长松"], ["刘金元"], ["郭树勋"]]
    assert article.bylines[1].role == "摄影记者"
    for b in article.bylines:
        for r in b.reporters:
            assert text[r.start : r.end] == r.text


def test_stories_split_at_headlines(seed_text):
    article = article_from_text(seed_text("003"), name="003.txt")
    heads = [[h.text for h in s.headlines] for s in article.stories]
    assert heads[0] == ["高新区党政联席会议召开", "高新区经济工作会议召开"]
    assert ["高新区干部群众长跑迎新年"] in heads
    assert ["亮度 温度 厚度"] in heads
