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


def test_wire_datelines_and_an_editorials_byline():
    text = (
        "继续加强和改善宏观调控\n本报评论员\n\n在刚刚过去的1997年,经济继续增长。\n\n"
        "我国今年将新建公路2370公里\n李鹏吴邦国发来贺信\n新华社北京1月14日电(记者孙杰)全国交通工作会议今天开幕。\n\n"
        "据中新社广州5月3日电 广交会今天闭幕。\n"
    )
    article = article_from_text(text)
    assert [(b.span.text, [r.text for r in b.reporters], b.role) for b in article.bylines] == [
        ("本报评论员", [], "评论员"),
        ("新华社北京1月14日电(记者孙杰)", ["孙杰"], "记者"),
        ("据中新社广州5月3日电", [], "记者"),
    ]
    # the short lines above a byline or a dateline are the headlines of their stories
    assert [[h.text for h in s.headlines] for s in article.stories] == [
        ["继续加强和改善宏观调控"],
        ["我国今年将新建公路2370公里", "李鹏吴邦国发来贺信"],
    ]


def test_stories_split_at_headlines(seed_text):
    article = article_from_text(seed_text("003"), name="003.txt")
    heads = [[h.text for h in s.headlines] for s in article.stories]
    assert heads[0] == ["高新区党政联席会议召开", "高新区经济工作会议召开"]
    assert ["高新区干部群众长跑迎新年"] in heads
    assert ["亮度 温度 厚度"] in heads


# Word drafts as editors hand them over: tracked changes, fields, content controls, text boxes.
_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
_TRACK = 'w:author="编辑" w:date="2024-02-21T09:00:00Z"'


def _docx_with_body_xml(path, *blocks: str) -> None:
    """A .docx whose body holds these raw WordprocessingML blocks, in order, after a heading."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_heading("解放区两会召开", level=1)
    body = d.element.body
    sect = body[-1]  # w:sectPr stays last
    for xml in blocks:
        sect.addprevious(parse_xml(xml.replace("<NS>", _NS)))
    d.save(path)


def _p(inner: str) -> str:
    return f'<w:p <NS>>{inner}</w:p>'


def _r(text: str) -> str:
    return f"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>"


def test_docx_tracked_changes_are_read_accepted(tmp_path):
    """Inserted text is what will be printed, deleted text is not, and a deleted paragraph mark
    joins two paragraphs: the editor checks the draft as it stands after the changes."""
    path = tmp_path / "edited.docx"
    _docx_with_body_xml(
        path,
        _p(
            _r("本报讯(记者")
            + f'<w:ins w:id="1" {_TRACK}>{_r("詹长松")}</w:ins>'
            + f'<w:del w:id="2" {_TRACK}><w:r><w:delText>张三</w:delText></w:r></w:del>'
            + _r(")会议投资")
            + f'<w:del w:id="3" {_TRACK}><w:r><w:delText>100亿元</w:delText></w:r></w:del>'
            + f'<w:ins w:id="4" {_TRACK}>{_r("104.5亿元")}</w:ins>'
            + _r("。")
        ),
        # the mark of this paragraph was deleted: it runs on into the next one
        _p(f'<w:pPr><w:rPr><w:del w:id="5" {_TRACK}/></w:rPr></w:pPr>' + _r("会议由赵海燕")),
        _p(_r("主持。")),
        _p(f'<w:moveFrom w:id="6" {_TRACK}>{_r("挪走的句子。")}</w:moveFrom>' + _r("第二段。")),
        _p(f'<w:moveTo w:id="7" {_TRACK}>{_r("挪来的句子。")}</w:moveTo>'),
    )
    article = read_article(path)
    lines = article.text.split("\n")
    assert lines[1:] == [
        "本报讯(记者詹长松)会议投资104.5亿元。",
        "会议由赵海燕主持。",
        "第二段。",
        "挪来的句子。",
    ]
    assert article.bylines[0].reporters[0].text == "詹长松"


def test_docx_fields_controls_links_and_hidden_text(tmp_path):
    """A field shows its result, never its code; content controls, smart tags and hyperlinks keep
    their text; hidden text is not printed, so it is not read."""
    path = tmp_path / "fields.docx"
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy年M月d日" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + _r("2024年2月21日")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    _docx_with_body_xml(
        path,
        _p(_r("会议于") + field + _r("开幕。")),
        f'<w:sdt <NS>><w:sdtPr/><w:sdtContent>{_p(_r("控件里的段落。"))}</w:sdtContent></w:sdt>',
        _p(_r("详见") + '<w:hyperlink r:id="rId99">' + _r("人民网") + "</w:hyperlink>" + _r("报道。")),
        _p(_r("正文") + '<w:smartTag w:uri="urn:x" w:element="place">' + _r("焦作") + "</w:smartTag>" + _r("。")),
        _p(_r("看得见的") + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>编辑的隐藏批注</w:t></w:r>" + _r("正文。")),
        # a symbol font's private code says nothing; a real character is kept
        _p(_r("温度") + '<w:r><w:sym w:font="Symbol" w:char="F0B0"/></w:r><w:r><w:sym w:font="SimSun" w:char="2103"/></w:r>'),
    )
    lines = read_article(path).text.split("\n")
    assert lines[1:] == [
        "会议于2024年2月21日开幕。",
        "控件里的段落。",
        "详见人民网报道。",
        "正文焦作。",
        "看得见的正文。",
        "温度℃",
    ]


def test_docx_text_box_is_read_once_after_its_anchor(tmp_path):
    """A sidebar in a text box: Word stores it twice (the shape and a fallback for old readers)."""
    path = tmp_path / "box.docx"
    box = _p(_r("专栏：高新区去年新增企业40家。"))
    drawing = (
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>"
        f"<w:txbxContent>{box}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox>"
        "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    _docx_with_body_xml(path, _p(_r("正文第一段。") + drawing), _p(_r("正文第二段。")))
    lines = read_article(path).text.split("\n")
    assert lines[1:] == ["正文第一段。", "专栏：高新区去年新增企业40家。", "正文第二段。"]


def test_docx_merged_and_nested_table_cells(tmp_path):
    """A vertically merged cell is one cell (read once: no paragraph 'printed twice'), a table in a
    cell is read, and a row deleted with tracking is gone."""
    import docx

    path = tmp_path / "table.docx"
    d = docx.Document()
    t = d.add_table(rows=4, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "项目", "投资"
    t.cell(1, 0).merge(t.cell(2, 0)).text = "玉溪路小学扩建工程"
    t.cell(1, 1).text, t.cell(2, 1).text = "9700万元", "300万元"
    t.cell(3, 0).text, t.cell(3, 1).text = "已删除的项目", "1亿元"
    from docx.oxml import parse_xml

    t.rows[3]._tr.get_or_add_trPr().append(parse_xml(f'<w:del {_NS} w:id="9" {_TRACK}/>'))
    t.cell(0, 1).add_table(rows=1, cols=1).cell(0, 0).text = "其中财政资金"
    d.save(path)
    article = read_article(path)
    assert article.text.count("玉溪路小学扩建工程") == 1
    assert "其中财政资金" in article.text.split("\n")
    assert "已删除的项目" not in article.text
    from newsfacts.core.pipeline import analyse

    assert not [f for f in analyse(article).findings if f.kind == "duplicated_paragraph"]


def test_a_plain_draft_s_headline_is_found_above_its_byline(tmp_path):
    """A .txt from the editing system or a Word file in one style marks no headline: the short
    lines above a byline are it (引题, 主题, 副题), not the start of the byline's sentence."""
    from newsfacts.core.pipeline import analyse

    text = ("聚焦民生实事\n高新区全年投资104.5亿元\n——经济工作会议召开\n本报记者 詹长松\n\n"
            "12月30日上午,高新区召开经济工作会议。全年完成投资105.4亿元。\n\n"
            "图为会议现场\n本报记者 刘金元 摄\n")
    path = tmp_path / "plain.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(path)
    assert [[h.text for h in s.headlines] for s in article.stories] == [
        ["聚焦民生实事", "高新区全年投资104.5亿元", "——经济工作会议召开"]
    ]
    assert "图为会议现场" not in [h.text for s in article.stories for h in s.headlines]  # a photo caption
    kinds = [f.kind for f in analyse(article).findings]
    assert "unsupported_headline_claim" in kinds  # 104.5 in the headline, 105.4 in the body
    assert "broken_sentence_linebreak" not in kinds  # the headline is no sentence cut in two


def test_a_word_draft_in_one_style_has_its_headline_too(tmp_path):
    import docx

    from newsfacts.core.pipeline import analyse

    d = docx.Document()
    for line in ["高新区经济工作会议召开", "", "本报讯（记者郭树勋）12月30日上午，高新区召开经济工作会议。"]:
        d.add_paragraph(line)
    d.save(tmp_path / "one-style.docx")
    article = read_article(tmp_path / "one-style.docx")
    assert [h.text for h in article.stories[0].headlines] == ["高新区经济工作会议召开"]
    assert [f.kind for f in analyse(article).findings] == []
    # a sentence that only looks short stays text: no byline below it
    plain = read_article_text("今天天气晴\n会议在焦作召开。\n")
    assert all(p.kind != "heading" for p in plain.paragraphs)


def read_article_text(text: str):
    from newsfacts.core.reading import article_from_text

    return article_from_text(text, name="t.txt")


def test_a_plain_draft_s_subheads_are_found_and_a_layout_break_is_not_one():
    text = ("2024年1月5日 星期五\n数字中的骄人成绩\n2023年,高新区完成投资104.5亿元,同比增长14.5%。\n"
            "一、项目建设提速\n全年新开工项目46个,总投资120亿元,创历年新高。\n"
            "报名须知\n时间\n地点\n"
            "会议强调。\n推动城市更\n新提质增效,全年完成改造项目12个。持续发力。\n")
    article = read_article_text(text)
    headings = [text[p.start : p.end] for p in article.paragraphs if p.kind == "heading"]
    # not the date line, not a run of short lines, not a line a layout break cut off (城市更/新)
    assert headings == ["数字中的骄人成绩", "一、项目建设提速"]
    # a draft that marks its headings is taken at its word
    marked = read_article_text("# 标题\n\n数字中的骄人成绩\n2023年,高新区完成投资104.5亿元。\n")
    assert [marked.text[p.start : p.end] for p in marked.paragraphs if p.kind == "heading"] == ["标题"]


def test_a_word_draft_s_centred_title_and_bold_lead_in(tmp_path):
    """A draft written in one style sets its title apart by centring it and a lead-in by bold (as
    **bold** in a .txt); a table's centred cells and a centred sentence stay text."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    d.add_paragraph("全力拼经济 奋勇争一流").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("人勤春来早，奋起正当时。2023年，解放区完成投资104.5亿元。")
    d.add_paragraph().add_run("数字中的骄人成绩").bold = True
    d.add_paragraph("全年接待游客702万人次，旅游综合收入突破2亿元。")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "项目"
    table.cell(0, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    table.cell(0, 1).text = "104.5亿元"
    d.add_paragraph("这是居中的一句话。").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(tmp_path / "styled.docx")
    article = read_article(tmp_path / "styled.docx")
    kinds = {article.text[p.start : p.end]: p.kind for p in article.paragraphs}
    assert kinds == {
        "全力拼经济 奋勇争一流": "heading",
        "人勤春来早，奋起正当时。2023年，解放区完成投资104.5亿元。": "body",
        "数字中的骄人成绩": "caption",
        "全年接待游客702万人次，旅游综合收入突破2亿元。": "body",
        "项目": "body",
        "104.5亿元": "body",
        "这是居中的一句话。": "body",
    }
    assert [h.text for h in article.stories[0].headlines] == ["全力拼经济 奋勇争一流"]


def test_a_word_draft_s_headline_set_in_a_larger_type(tmp_path):
    """Reporters enlarge the headline and leave it in the body's style: a short line of no sentence
    set 2 pt or more above the body is a heading; a page all in one larger size has none."""
    import docx
    from docx.shared import Pt

    def draft(sizes: dict[str, int | None]):
        d = docx.Document()
        for text, size in sizes.items():
            run = d.add_paragraph().add_run(text)
            if size:
                run.font.size = Pt(size)
        path = tmp_path / f"draft{len(list(tmp_path.iterdir()))}.docx"
        d.save(path)
        article = read_article(path)
        return {article.text[p.start : p.end]: (p.kind, p.level) for p in article.paragraphs}

    body = "人勤春来早，奋起正当时。2023年，解放区完成投资104.5亿元。"
    more = "全年接待游客702万人次，旅游综合收入突破2亿元。"
    assert draft({"全力拼经济 奋勇争一流": 22, body: None, "数字中的骄人成绩": 16, more: None}) == {
        "全力拼经济 奋勇争一流": ("heading", 1),
        body: ("body", 0),
        "数字中的骄人成绩": ("heading", 3),
        more: ("body", 0),
    }
    # the body sized explicitly too (14 pt), the headline 18 pt
    got = draft({"全力拼经济 奋勇争一流": 18, body: 14, more: 14})
    assert got["全力拼经济 奋勇争一流"] == ("heading", 1)
    # one size for everything reads as the same draft without sizes; a sentence in large type is text
    plain = draft({"全力拼经济 奋勇争一流": None, more: None, body: None})
    assert draft({"全力拼经济 奋勇争一流": 16, more: 16, body: 16}) == plain
    assert plain["全力拼经济 奋勇争一流"] != ("heading", 1)
    assert draft({body: 22, more: None})[body] == ("body", 0)
