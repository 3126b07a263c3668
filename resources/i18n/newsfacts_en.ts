<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="113"/>
        <source>关于核稿助手</source>
        <translation>About NewsFacts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="114"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="115"/>
        <source>报纸稿件核查工具：找出数字与人名、机构、地名，逐条核实、更正、存疑。</source>
        <translation>A fact-checking desk for newspaper drafts: finds figures, persons, organisations and places, and lets you verify, correct or dispute each one.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../desktop/newsfacts/app/context.py" line="247"/>
        <source>本窗口中的 {n} 个决定尚未保存，暂存在本窗口中，问题解决后自动写入；请勿关闭本窗口。</source>
        <translation>{n} decisions are not saved yet: they are kept in this window and written as soon as the problem is solved. Do not close this window.</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/app/context.py" line="422"/>
        <source>以前的核稿记录暂时读不出来；新的决定会先暂存在本窗口中。</source>
        <translation> Earlier review records cannot be read for now; new decisions are kept in this window until they can be saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/app/context.py" line="766"/>
        <source>核实</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/app/context.py" line="767"/>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/app/context.py" line="768"/>
        <source>存疑</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/app/context.py" line="769"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/app/context.py" line="770"/>
        <source>设为未核</source>
        <translation>Mark unchecked</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/app/context.py" line="771"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/app/context.py" line="772"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/app/context.py" line="773"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/article_view.py" line="187"/>
        <source>稿件正文</source>
        <translation>Article text</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/desk.py" line="90"/>
        <source>这篇稿件已在本窗口中打开</source>
        <translation>This draft is open in this window</translation>
    </message>
</context>
<context>
    <name>DeskDictionaryDialog</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="632"/>
        <source>是这类名称</source>
        <translation>Name of this kind</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="632"/>
        <source>不是这类名称</source>
        <translation>Never this kind</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="635"/>
        <source>本报词典</source>
        <translation>Desk dictionary</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="636"/>
        <source>编辑在稿件中添加的漏标名称、删除的误报（如“养老”不是人名）都记在这里，以后的稿件照此标注。误删或误加的一条，在这里删除即可恢复；改动后当前稿件会重新标注，已做的核稿决定不变。</source>
        <translation>Names the editors added where the tool missed them, and false ones they removed (养老 is no person), are kept here, and every later draft is marked by them. Remove an entry made by mistake to take it back; after a change the open draft is marked again, and the decisions made on it stay.</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="640"/>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="645"/>
        <source>词语</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="640"/>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="646"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="640"/>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="647"/>
        <source>处理</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="640"/>
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="640"/>
        <source>时间</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="645"/>
        <source>如：小蜗牛、焦作地理信息产业园</source>
        <translation>e.g. 小蜗牛, 焦作地理信息产业园</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="649"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="649"/>
        <source>删除选中的一条</source>
        <translation>Remove the selected entry</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="650"/>
        <source>筛选：词语…</source>
        <translation>Filter: word…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="664"/>
        <source>请填写词语</source>
        <translation>Please enter a word</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="666"/>
        <source>已保存：“{a}”{b}（{c}）</source>
        <translation>Saved: “{a}”, {b} ({c})</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="670"/>
        <source>已删除“{a}”的更正</source>
        <translation>Removed the correction for “{a}”</translation>
    </message>
</context>
<context>
    <name>DeskFormulationsDialog</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="464"/>
        <source>本报规范提法</source>
        <translation>Desk formulations</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="465"/>
        <source>本地的战略、口号、工作品牌和会议名称等须一字不差的提法。稿件里写得差一个词或一个同音字时（如“专题会议生活会”之于“专题民主生活会”），编校提示会给出规范提法。党和国家的常用规范提法已内置；机构、人名请记入本报核实名录。</source>
        <translation>Local strategies, slogans, campaigns and meetings whose names must be printed exactly. Where a draft writes one with a word changed or a sound-alike character (专题会议生活会 for 专题民主生活会), a finding gives the standard form. The common national formulations are built in; bodies and people belong in 本报核实名录.</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="468"/>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="471"/>
        <source>规范提法</source>
        <translation>Formulation</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="468"/>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="472"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="471"/>
        <source>四个字以上，如：郑焦一体化发展</source>
        <translation>Four characters or more, e.g. 郑焦一体化发展</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="472"/>
        <source>出处或说明（可不填）</source>
        <translation>Source or note (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="474"/>
        <source>保存这条提法</source>
        <translation>Save formulation</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="474"/>
        <source>删除选中的提法</source>
        <translation>Remove selected formulation</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="492"/>
        <source>规范提法至少四个字</source>
        <translation>A formulation has at least four characters</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="494"/>
        <source>已保存提法“{a}”</source>
        <translation>Saved formulation “{a}”</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="498"/>
        <source>已删除提法“{a}”</source>
        <translation>Removed formulation “{a}”</translation>
    </message>
</context>
<context>
    <name>EntitiesModel</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="267"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="267"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="267"/>
        <source>提及</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="267"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="267"/>
        <source>已核</source>
        <translation>Checked</translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="110"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="111"/>
        <source>原文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="112"/>
        <source>规范值</source>
        <translation>Normalised value</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="113"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="114"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="115"/>
        <source>职务/身份</source>
        <translation>Title/role</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="116"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="117"/>
        <source>更正为</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="118"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="119"/>
        <source>上下文</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="120"/>
        <source>核对人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="121"/>
        <source>核对时间</source>
        <translation>Checked at</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="188"/>
        <source>导出核稿表</source>
        <translation>Export Fact Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="201"/>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="445"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="204"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="209"/>
        <source>Word 核稿表（.docx）</source>
        <translation>Word fact sheet (.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="210"/>
        <source>Excel 明细表（.xlsx）</source>
        <translation>Excel table (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="211"/>
        <source>Word 批注稿（.docx）</source>
        <translation>Word annotated draft (.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="213"/>
        <source>稿件原文：事实按核查结论着色，更正、存疑、备注和待处理的编校提示作为页边批注，可交记者或版面编辑</source>
        <translation>The draft itself: facts shaded by verdict, corrections, disputes, notes and open findings as comments in the margin, to hand to the reporter or the page editor</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="215"/>
        <source>PDF 批注稿（打印用，.pdf）</source>
        <translation>Annotated draft as PDF, to print (.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="216"/>
        <source>与 Word 批注稿相同，批注编号列在文末：直接打印，或交给没有 Word 的同事</source>
        <translation>The same as the Word annotated draft, its notes numbered at the end: print it, or hand it to a colleague without Word</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="217"/>
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="234"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="235"/>
        <source>全部事实</source>
        <translation>All facts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="237"/>
        <source>只导出已核实、已更正的事实</source>
        <translation>Only verified and corrected facts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="246"/>
        <source>汇总部分始终统计全部事实。</source>
        <translation>The summary always counts all facts.</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="251"/>
        <source>事实表的列</source>
        <translation>Columns of the fact table</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="271"/>
        <source>全选</source>
        <translation>Select All</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="274"/>
        <source>恢复默认</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="289"/>
        <source>核对人姓名</source>
        <translation>Checker&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="290"/>
        <source>核对人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="309"/>
        <source>稿件</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="310"/>
        <source>_核稿表</source>
        <translation>_fact_sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="313"/>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="314"/>
        <source>_批注稿</source>
        <translation>_annotated</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="319"/>
        <source>全部事实（{n} 条）</source>
        <translation>All facts ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="320"/>
        <source>只导出已核实、已更正的事实（{n} 条）</source>
        <translation>Only verified and corrected facts ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="343"/>
        <source>保存 Word 核稿表</source>
        <translation>Save Word Fact Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="343"/>
        <source>保存 Excel 明细表</source>
        <translation>Save Excel Table</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="343"/>
        <source>保存 Word 批注稿</source>
        <translation>Save the Word annotated draft</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="344"/>
        <source>保存 PDF 批注稿</source>
        <translation>Save the annotated draft as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="346"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="347"/>
        <source>Word 文档</source>
        <translation>Word documents</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="346"/>
        <source>Excel 工作簿</source>
        <translation>Excel workbooks</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="359"/>
        <source>稿件分析完成后才能导出</source>
        <translation>Export is possible once the draft is analysed</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="361"/>
        <source>请至少选择一种导出文件</source>
        <translation>Choose at least one file to export</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="364"/>
        <source>请填写“{what}”的保存位置</source>
        <translation>Enter a file name for “{what}”</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="367"/>
        <source>两种导出文件不能用同一个文件名</source>
        <translation>Two exports cannot share one file name</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="369"/>
        <source>请至少选择一列</source>
        <translation>Choose at least one column</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="406"/>
        <source>无法导出</source>
        <translation>Cannot Export</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="413"/>
        <source>替换文件</source>
        <translation>Replace Files</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="414"/>
        <source>这些文件已经存在，要替换吗？
{paths}</source>
        <translation>These files already exist. Replace them?
{paths}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="422"/>
        <source>正在导出核稿表…</source>
        <translation>Exporting the fact sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="445"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="451"/>
        <source>整理事实</source>
        <translation>collecting facts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="451"/>
        <source>写入 Word</source>
        <translation>writing Word</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="451"/>
        <source>写入 Excel</source>
        <translation>writing Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="451"/>
        <source>写入批注稿</source>
        <translation>writing the annotated draft</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="452"/>
        <source>排版 PDF</source>
        <translation>laying out the PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="455"/>
        <source>正在导出核稿表：{step}（{pct}%）</source>
        <translation>Exporting the fact sheet: {step} ({pct}%)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="464"/>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="472"/>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="484"/>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="485"/>
        <source>导出失败</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="468"/>
        <source>已导出：</source>
        <translation>Exported:</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="471"/>
        <source>可以换一个位置或文件名后再导出。</source>
        <translation>Choose another folder or file name and export again.</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="477"/>
        <source>已导出核稿表：{names}</source>
        <translation>Fact sheet exported: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="485"/>
        <source>导出时出错：{msg}</source>
        <translation>Export failed: {msg}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="491"/>
        <source>导出完成</source>
        <translation>Export Finished</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="491"/>
        <source>核稿表已导出：</source>
        <translation>The fact sheet was exported:</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="499"/>
        <source>打开文件夹</source>
        <translation>Open Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="501"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>FactDetail</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="64"/>
        <source>应为……（回车确认，Esc 取消）</source>
        <translation>Should read… (Enter confirms, Esc cancels)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="67"/>
        <source>备注（回车保存）</source>
        <translation>Note (Enter saves)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="68"/>
        <source>语境</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="69"/>
        <source>变更</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="71"/>
        <source>规范值</source>
        <translation>Normalised value</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="72"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="73"/>
        <source>更正为</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="74"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="77"/>
        <source>核实 (V)</source>
        <translation>Verify (V)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="77"/>
        <source>存疑 (D)</source>
        <translation>Dispute (D)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="82"/>
        <source>更正 (C)</source>
        <translation>Correct (C)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="113"/>
        <source>未选中事实：用 ↓/J、↑/K 逐条核查</source>
        <translation>No fact selected: go through them with ↓/J, ↑/K</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="151"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="162"/>
        <source>核稿后有变更</source>
        <translation>Changed since it was checked</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="164"/>
        <source>原为：</source>
        <translation>Was:</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="165"/>
        <source>现为：</source>
        <translation>Now:</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="166"/>
        <source>原语境：</source>
        <translation>Context then:</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="167"/>
        <source>现语境：</source>
        <translation>Context now:</translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="92"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="92"/>
        <source>原文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="92"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="92"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="92"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="93"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="93"/>
        <source>更正为</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="93"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="127"/>
        <source> · 变更</source>
        <translation> · changed</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="154"/>
        <source>核稿后有变更：原为“{old}”（{verdict}），现为“{new}”</source>
        <translation>Changed since it was checked: was “{old}” ({verdict}), now “{new}”</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="104"/>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="109"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="112"/>
        <source>变更</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="115"/>
        <source>搜索（Ctrl+F）</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/find_bar.py" line="56"/>
        <source>在正文中查找</source>
        <translation>Find in text</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/find_bar.py" line="60"/>
        <source>查找的文字（回车下一处，Shift+回车上一处）</source>
        <translation>Text to find (Enter next, Shift+Enter previous)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/find_bar.py" line="75"/>
        <source>上一处 (Shift+F3)</source>
        <translation>Previous (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/find_bar.py" line="76"/>
        <source>下一处 (F3)</source>
        <translation>Next (F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/find_bar.py" line="87"/>
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/find_bar.py" line="155"/>
        <source>第 {i} 处，共 {n} 处</source>
        <translation>{i} of {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/find_bar.py" line="157"/>
        <source>没有找到</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="314"/>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="314"/>
        <source>问题</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="314"/>
        <source>原文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="314"/>
        <source>依据</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="314"/>
        <source>处理</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="324"/>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="324"/>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="324"/>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="331"/>
        <source>已改</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="331"/>
        <source>不是问题</source>
        <translation>Not a problem</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="152"/>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="152"/>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="152"/>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="153"/>
        <source>已改(&amp;G)</source>
        <translation>Fixed (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="155"/>
        <source>不是问题(&amp;B)</source>
        <translation>Not a pro&amp;blem</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="157"/>
        <source>取消处理(&amp;Q)</source>
        <translation>Clear verdict (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="185"/>
        <source>按建议改(&amp;A)</source>
        <translation>&amp;Apply the suggestion</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="186"/>
        <source>这条提示没有现成的改法</source>
        <translation>This finding comes with no ready correction</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="189"/>
        <source>改为“{right}”(&amp;A)</source>
        <translation>&amp;Apply: “{right}”</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="191"/>
        <source>改为“{right}”（Alt+A）：记为已改，此处的事实记为更正，然后转到下一条</source>
        <translation>Change to “{right}” (Alt+A): marked fixed, the fact there corrected, then on to the next</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="164"/>
        <source>改好了（Alt+G），然后转到下一条</source>
        <translation>Fixed (Alt+G), then on to the next one</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="165"/>
        <source>不是问题（Alt+B），然后转到下一条</source>
        <translation>Not a problem (Alt+B), then on to the next one</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="132"/>
        <source>键盘核查</source>
        <translation>Keyboard review</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="141"/>
        <source>按任意键关闭</source>
        <translation>Press any key to close</translation>
    </message>
</context>
<context>
    <name>HouseStyleDialog</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="386"/>
        <source>本报用词规范</source>
        <translation>House Style</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="390"/>
        <source>稿件里的写法，如：老百姓</source>
        <translation>As written in drafts, e.g. 老百姓</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="391"/>
        <source>应写作，如：群众</source>
        <translation>Should read, e.g. 群众</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="392"/>
        <source>依据或说明（可不填）</source>
        <translation>Source or note (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="390"/>
        <source>不用的写法</source>
        <translation>Not used</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="391"/>
        <source>规范写法</source>
        <translation>House form</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="392"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="394"/>
        <source>保存这条规范</source>
        <translation>Save Rule</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="394"/>
        <source>删除选中的规范</source>
        <translation>Remove Selected Rule</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="387"/>
        <source>稿件中出现“不用的写法”时，编校提示会给出本报的规范写法。</source>
        <translation>Where a draft uses a form the desk does not print, the findings give the house form.</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="412"/>
        <source>请填写不用的写法和与之不同的规范写法</source>
        <translation>Fill in the form not used and a different house form</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="414"/>
        <source>已保存：“{a}”应写作“{b}”</source>
        <translation>Saved: “{a}” should read “{b}”</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="418"/>
        <source>已删除“{a}”的规范</source>
        <translation>Removed the rule for “{a}”</translation>
    </message>
</context>
<context>
    <name>HouseStyleModel</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="220"/>
        <source>不用的写法</source>
        <translation>Not used</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="220"/>
        <source>规范写法</source>
        <translation>House form</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="220"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="70"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="568"/>
        <source>核稿助手</source>
        <translation>NewsFacts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="104"/>
        <source>事实</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="105"/>
        <source>事实详情</source>
        <translation>Fact Detail</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="106"/>
        <source>人物与机构</source>
        <translation>Entities</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="107"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="640"/>
        <source>编校提示</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="238"/>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="239"/>
        <source>粘贴稿件(&amp;V)</source>
        <translation>Paste a &amp;Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="240"/>
        <source>新建窗口(&amp;N)</source>
        <translation>&amp;New Window</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="242"/>
        <source>关闭窗口(&amp;W)</source>
        <translation>Close &amp;Window</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="243"/>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="244"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="245"/>
        <source>导出核稿表(&amp;E)…</source>
        <translation>&amp;Export Fact Sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="246"/>
        <source>打印批注稿(&amp;P)…</source>
        <translation>&amp;Print the annotated draft…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="252"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="254"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="258"/>
        <source>搜索事实(&amp;F)</source>
        <translation>&amp;Find Facts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="260"/>
        <source>在正文中查找(&amp;T)…</source>
        <translation>Find in &amp;Text…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="262"/>
        <source>查找下一处</source>
        <translation>Find Next</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="264"/>
        <source>查找上一处</source>
        <translation>Find Previous</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="266"/>
        <source>下一条</source>
        <translation>Next Fact</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="267"/>
        <source>上一条</source>
        <translation>Previous Fact</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="268"/>
        <source>核实</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="269"/>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="270"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="411"/>
        <source>存疑</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="271"/>
        <source>备注…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="272"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="413"/>
        <source>设为未核</source>
        <translation>Mark Unchecked</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="273"/>
        <source>应用到所有提及…</source>
        <translation>Apply to All Mentions…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="274"/>
        <source>把选中文字添加为事实…</source>
        <translation>Add Selection as Fact…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="275"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="419"/>
        <source>删除误报</source>
        <translation>Remove False Fact</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="276"/>
        <source>下一条编校提示</source>
        <translation>Next finding</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="278"/>
        <source>上一条编校提示</source>
        <translation>Previous finding</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="280"/>
        <source>放大正文</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="281"/>
        <source>缩小正文</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="282"/>
        <source>正文默认字号</source>
        <translation>Default text size</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="283"/>
        <source>快捷键(&amp;K)</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="284"/>
        <source>关于核稿助手(&amp;A)</source>
        <translation>&amp;About NewsFacts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="292"/>
        <source>显示或隐藏“{kind}”高亮</source>
        <translation>Show or hide “{kind}” highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="299"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="303"/>
        <source>最近打开(&amp;R)</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="314"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="322"/>
        <source>核查(&amp;R)</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="326"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="532"/>
        <source>把选中文字添加为</source>
        <translation>Add Selection As</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="333"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="340"/>
        <source>高亮</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="344"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="349"/>
        <source>图例</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="391"/>
        <source>就绪</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="402"/>
        <source>已选 {n} 字</source>
        <translation>{n} characters selected</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="407"/>
        <source>下一条事实</source>
        <translation>Next fact</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="408"/>
        <source>上一条事实</source>
        <translation>Previous fact</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="409"/>
        <source>核实（然后跳到下一条未核）</source>
        <translation>Verify (then go to the next unchecked fact)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="410"/>
        <source>更正：在详情里填写应为的写法，回车确认</source>
        <translation>Correct: type what it should read in the detail panel, Enter confirms</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="412"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="414"/>
        <source>把当前结论应用到同一名称的所有提及</source>
        <translation>Apply the current verdict to every mention of the same name</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="415"/>
        <source>把选中文字添加为事实</source>
        <translation>Add the selected text as a fact</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="416"/>
        <source>粘贴从采编系统复制的稿件</source>
        <translation>paste a draft copied from the editing system</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="417"/>
        <source>导出核稿表（Word / Excel）</source>
        <translation>Export the fact sheet (Word / Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="418"/>
        <source>打印批注稿（先预览）</source>
        <translation>Print the annotated draft (preview first)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="420"/>
        <source>下一条 / 上一条未处理的编校提示（在正文中标出）</source>
        <translation>next / previous finding not yet dealt with (marked in the text)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="421"/>
        <source>编校提示：按建议改（此处事实记为更正）/ 已改 / 不是问题</source>
        <translation>Findings: apply the suggestion (the fact there is corrected) / fixed / not a problem</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="422"/>
        <source>放大 / 缩小正文 / 默认字号</source>
        <translation>larger / smaller text / default size</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="423"/>
        <source>撤销 / 重做</source>
        <translation>Undo / redo</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="424"/>
        <source>搜索事实</source>
        <translation>Search facts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="425"/>
        <source>在正文中查找，下一处 / 上一处</source>
        <translation>find in the text, next / previous match</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="426"/>
        <source>显示本帮助</source>
        <translation>Show this help</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="434"/>
        <source>打开稿件</source>
        <translation>Open Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="434"/>
        <source>稿件</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="456"/>
        <source>剪贴板里没有文字：请先在采编系统里复制稿件</source>
        <translation>No text on the clipboard: copy the draft in the editing system first</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="459"/>
        <source>粘贴的稿件</source>
        <translation>pasted draft</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="471"/>
        <source>无法保存粘贴的稿件：{why}</source>
        <translation>Cannot keep the pasted draft: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="472"/>
        <source>无法粘贴</source>
        <translation>Cannot paste</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="516"/>
        <source>正在用 LibreOffice 转换 {name}…</source>
        <translation>Converting {name} with LibreOffice…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="518"/>
        <source>正在打开 {name}…</source>
        <translation>Opening {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="497"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="502"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="547"/>
        <source>无法打开</source>
        <translation>Cannot Open</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="501"/>
        <source>无法打开“{name}”：{why}</source>
        <translation>Cannot open “{name}”: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="507"/>
        <source>已打开 {name}：{n} 字，编码 {enc}</source>
        <translation>Opened {name}: {n} characters, encoding {enc}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="536"/>
        <source>把选中文字加入用词规范…</source>
        <translation>Add Selection to House Style…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="543"/>
        <source>删除误报“{text}”</source>
        <translation>Remove false fact “{text}”</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="554"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="583"/>
        <source>找到 {facts} 处事实、{findings} 条编校提示</source>
        <translation>Found {facts} facts and {findings} findings</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="589"/>
        <source>分析失败</source>
        <translation>Analysis Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="589"/>
        <source>稿件已打开，但找事实时出错：{msg}</source>
        <translation>The draft is open, but finding facts failed: {msg}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="625"/>
        <source>正在找事实…</source>
        <translation>Finding facts…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="644"/>
        <source>编校提示（待处理 {open} / 共 {n}）</source>
        <translation>Findings ({open} of {n} open)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="784"/>
        <source>本稿没有编校提示</source>
        <translation>No findings on this page</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="801"/>
        <source>所有编校提示都已处理</source>
        <translation>Every finding has been dealt with</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="813"/>
        <source>正文字号 {size}</source>
        <translation>Text size {size}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="847"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="878"/>
        <source>先选中一条事实（↓/J）</source>
        <translation>Select a fact first (↓/J)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="854"/>
        <source>全部核查完毕</source>
        <translation>Every fact is checked</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="900"/>
        <source>“{text}”只出现这一处</source>
        <translation>“{text}” appears only here</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="903"/>
        <source>只有人名、机构、地名可以一并核查</source>
        <translation>Only persons, organisations and places can be checked all at once</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="907"/>
        <source>应用到所有提及</source>
        <translation>Apply to All Mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="908"/>
        <source>把“{text}”的结论（{status}）应用到其余 {n} 处提及？</source>
        <translation>Apply the verdict on “{text}” ({status}) to the other {n} mentions?</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="921"/>
        <source>应用到“{text}”的所有提及</source>
        <translation>Apply to every mention of “{text}”</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="951"/>
        <source>先在正文里选中要添加的文字</source>
        <translation>First select the text to add in the article</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="956"/>
        <source>选中的文字须在同一段内</source>
        <translation>The selection must lie within one paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="934"/>
        <source>添加事实</source>
        <translation>Add Fact</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="84"/>
        <source>打开或拖入一篇稿件（.txt / .md / .docx / .doc / .wps）</source>
        <translation>Open or drop a draft (.txt / .md / .docx / .doc / .wps)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="538"/>
        <source>把选中文字加入规范提法…</source>
        <translation>Add selection to desk formulations…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="934"/>
        <source>“{text}”是：</source>
        <translation>“{text}” is:</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="969"/>
        <source>已删除“{text}”（Ctrl+Z 撤销）</source>
        <translation>Removed “{text}” (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="984"/>
        <source>稿件分析完成后才能导出</source>
        <translation>Export is possible once the draft is analysed</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="996"/>
        <source>稿件分析完成后才能打印</source>
        <translation>The draft can be printed once its analysis is done</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1007"/>
        <source>打印批注稿</source>
        <translation>Print the annotated draft</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1021"/>
        <source>数据文件夹已改为“{folder}”，从下一篇打开的稿件起使用；原文件夹里的新闻库记忆可用“工具 &gt; 导出/导入新闻库记忆”带过去。</source>
        <translation>The data folder is now “{folder}”, from the next draft opened; take the newsroom memory along with Tools &gt; Export / Import Newsroom Memory.</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="447"/>
        <source>一次只打开一篇稿件：已打开 {name}</source>
        <translation>One draft at a time: opened {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="743"/>
        <source>这条提示没有现成的改法</source>
        <translation>This finding comes with no ready correction</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="755"/>
        <source>“{wrong}”改为“{right}”</source>
        <translation>“{wrong}” changed to “{right}”</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1088"/>
        <source>导出核稿记录(&amp;X)…</source>
        <translation>E&amp;xport Review Record…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1089"/>
        <source>导入核稿记录(&amp;I)…</source>
        <translation>&amp;Import Review Record…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1095"/>
        <source>修订稿的变更…</source>
        <translation>Changes in the &amp;Revised Draft…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1096"/>
        <source>导出新闻库记忆…</source>
        <translation>E&amp;xport Newsroom Memory…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1097"/>
        <source>导入新闻库记忆…</source>
        <translation>&amp;Import Newsroom Memory…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1098"/>
        <source>本报用词规范…</source>
        <translation>House Style…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1099"/>
        <source>本报排名顺序…</source>
        <translation>Order of names…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1101"/>
        <source>本报规范提法…</source>
        <translation>Desk formulations…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1103"/>
        <source>本报核实名录…</source>
        <translation>Verified &amp;Names…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1104"/>
        <source>本报词典…</source>
        <translation>Desk &amp;Dictionary…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1105"/>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1118"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1126"/>
        <source>{n} 个决定尚未写入磁盘</source>
        <translation>{n} decisions not yet written to disk</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1131"/>
        <source>暂存的决定已全部写入核稿数据库</source>
        <translation>All kept decisions are now written to the review database</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1139"/>
        <source>有决定尚未保存</source>
        <translation>Unsaved Decisions</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1140"/>
        <source>还有 {n} 个决定没能写入核稿数据库（原因见窗口上方的提示）。关闭窗口会丢失它们。仍然关闭吗？</source>
        <translation>{n} decisions could not be written to the review database (the bar at the top of the window says why). Closing the window loses them. Close anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1156"/>
        <source>这是修订稿：沿用了 {n} 条核查结论，没有发现变更</source>
        <translation>A revised draft: {n} verdicts carried over, no changes found</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1158"/>
        <source>这是修订稿：沿用了 {carried} 条核查结论；{changed} 处事实核稿后有变更（已标“△”，可在状态中筛选“变更”），{removed} 处已删去。</source>
        <translation>A revised draft: {carried} verdicts carried over; {changed} facts changed since they were checked (marked “△”, filter the status by “Changed”), {removed} removed.</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1161"/>
        <source>查看变更</source>
        <translation>Show Changes</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1167"/>
        <source>这篇稿件没有修订前的核查记录需要对照</source>
        <translation>This draft has no earlier review to compare with</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1181"/>
        <source>稿件“{name}”已在磁盘上被修改。重新载入后，未变的核查结论会沿用，变动之处会标出。</source>
        <translation>The draft “{name}” was changed on disk. Reload it: verdicts on unchanged facts are kept, changes are marked.</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1183"/>
        <source>重新载入</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1183"/>
        <source>忽略</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1188"/>
        <source>稿件“{name}”已从磁盘上删除或移走。核稿记录已保存，可以继续核查和导出。</source>
        <translation>The draft “{name}” was deleted or moved on disk. The review is saved: you can go on checking and exporting.</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1201"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1204"/>
        <source>无法重新载入</source>
        <translation>Cannot Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1206"/>
        <source>已重新载入 {name}</source>
        <translation>Reloaded {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1228"/>
        <source>导出核稿记录</source>
        <translation>Export Review Record</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1230"/>
        <source>先打开一篇稿件</source>
        <translation>Open a draft first</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1233"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1241"/>
        <source>核稿记录</source>
        <translation>Review records</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1236"/>
        <source>已导出 {n} 个决定到 {name}</source>
        <translation>Exported {n} decisions to {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1240"/>
        <source>导入核稿记录</source>
        <translation>Import Review Record</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1248"/>
        <source>已导入核稿记录：本稿共有 {n} 个决定</source>
        <translation>Review record imported: this draft has {n} decisions</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1249"/>
        <source>已导入核稿记录（{n} 个决定）；打开该稿件即可看到</source>
        <translation>Review record imported ({n} decisions); open its draft to see them</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1293"/>
        <source>导出新闻库记忆</source>
        <translation>Export Newsroom Memory</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1294"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1302"/>
        <source>新闻库记忆</source>
        <translation>Newsroom memory</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1297"/>
        <source>已导出 {n} 条记忆到 {name}</source>
        <translation>Exported {n} remembered facts to {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1301"/>
        <source>导入新闻库记忆</source>
        <translation>Import Newsroom Memory</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="1304"/>
        <source>已导入 {n} 条新的记忆</source>
        <translation>Imported {n} new remembered facts</translation>
    </message>
</context>
<context>
    <name>MemoryRulesDialog</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="370"/>
        <source>先在表中选中要删除的一行</source>
        <translation>Select the row to remove in the table first</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/revision.py" line="60"/>
        <source>关闭此提示</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>RankedListsDialog</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="427"/>
        <source>本报排名顺序</source>
        <translation>Order of names</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="428"/>
        <source>稿件里并列写出一份名单中的两人以上时，若次序与这里不同，编校提示会给出正确的顺序。中央政治局常委的顺序已内置。</source>
        <translation>When a draft lists two or more names of a list here in another order, a finding gives the right order. The order of the Politburo Standing Committee is built in.</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="430"/>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="433"/>
        <source>名单</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="430"/>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="434"/>
        <source>顺序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="433"/>
        <source>如：市委常委</source>
        <translation>e.g. 市委常委</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="434"/>
        <source>按排名先后写人名，用顿号隔开</source>
        <translation>The names in order of rank, separated by 、</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="436"/>
        <source>保存这份名单</source>
        <translation>Save this list</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="436"/>
        <source>删除选中的名单</source>
        <translation>Remove the selected list</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="449"/>
        <source>请填写名单的名称和两个以上不同的人名（用顿号隔开）</source>
        <translation>Give the list a name and two or more different names (separated by 、)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="451"/>
        <source>已保存“{a}”：{b}</source>
        <translation>Saved “{a}”: {b}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="455"/>
        <source>已删除名单“{a}”</source>
        <translation>Removed the list “{a}”</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/revision.py" line="33"/>
        <source>已删除</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/revision.py" line="98"/>
        <source>修订稿的变更</source>
        <translation>Changes in the Revised Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/revision.py" line="101"/>
        <source>与上次核查的版本相比：{changed} 处事实有变更（需重新核查），{removed} 处已删去。</source>
        <translation>Compared with the version last checked: {changed} facts changed (check them again), {removed} removed.</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/revision.py" line="110"/>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/revision.py" line="110"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/revision.py" line="110"/>
        <source>原为</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/revision.py" line="110"/>
        <source>现为</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/revision.py" line="110"/>
        <source>原结论</source>
        <translation>Verdict then</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/revision.py" line="110"/>
        <source>原语境</source>
        <translation>Context then</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/revision.py" line="117"/>
        <location filename="../../desktop/newsfacts/ui/revision.py" line="125"/>
        <source>变更</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/revision.py" line="119"/>
        <location filename="../../desktop/newsfacts/ui/revision.py" line="125"/>
        <source>删去</source>
        <translation>Removed</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="32"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="43"/>
        <source>界面语言（重启后生效）</source>
        <translation>Interface language (after a restart)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="44"/>
        <source>正文字号</source>
        <translation>Article font size</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="52"/>
        <source>更改…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="55"/>
        <source>恢复默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="62"/>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="81"/>
        <source>由环境变量 NEWSFACTS_DATA_DIR 指定。</source>
        <translation>Set by the NEWSFACTS_DATA_DIR environment variable.</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="83"/>
        <source>核稿记录和新闻库记忆保存在这里。请选本机上的文件夹：数据库不宜放在网络共享盘上；全组共用新闻库记忆，请用“工具 &gt; 导出/导入新闻库记忆”。</source>
        <translation>Reviews and the newsroom memory are kept here. Choose a folder on this machine: the database does not belong on a network share; to share the memory across a desk use Tools &gt; Export / Import Newsroom Memory.</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="86"/>
        <source>选择数据文件夹</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="96"/>
        <source>无法使用这个文件夹</source>
        <translation>Cannot use this folder</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="96"/>
        <source>无法在“{folder}”中写入，请另选一个文件夹。</source>
        <translation>Cannot write in “{folder}”; choose another folder.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/start_page.py" line="69"/>
        <source>核稿助手</source>
        <translation>NewsFacts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/start_page.py" line="76"/>
        <source>可以打开 .txt、.md（UTF-8 或 GB18030/GBK）和 .docx</source>
        <translation>It opens .txt and .md (UTF-8 or GB18030/GBK) and .docx</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/start_page.py" line="78"/>
        <source>，以及 .doc、.wps、.rtf、.odt（由 LibreOffice 转换）。</source>
        <translation>, and .doc, .wps, .rtf, .odt (converted by LibreOffice).</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/start_page.py" line="80"/>
        <source>；旧版 Word（.doc）、WPS（.wps）稿件要装了 LibreOffice 才能直接打开。</source>
        <translation>; old Word (.doc) and WPS (.wps) drafts open directly once LibreOffice is installed.</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/start_page.py" line="81"/>
        <source>打开稿件（Ctrl+O，可一次选几篇，各开一个窗口），把文件拖进窗口，或粘贴从采编系统复制的文字。</source>
        <translation>Open drafts (Ctrl+O; choose several and each opens in a window of its own), drag files into the window, or paste text copied from the editing system. </translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/start_page.py" line="83"/>
        <source>打开稿件…</source>
        <translation>Open a draft…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/start_page.py" line="86"/>
        <source>粘贴稿件（Ctrl+Shift+V）</source>
        <translation>Paste a draft (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/start_page.py" line="88"/>
        <source>在采编系统里复制的稿件文字，直接粘贴进来核查</source>
        <translation>Text of a draft copied in the editing system, pasted in to check</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/start_page.py" line="90"/>
        <source>最近打开（双击或回车打开）</source>
        <translation>Recent drafts (double-click or Enter to open)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/start_page.py" line="93"/>
        <source>最近打开的稿件</source>
        <translation>Recent drafts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/start_page.py" line="139"/>
        <source>文件已不在（被移走或删除）</source>
        <translation>the file is gone (moved or deleted)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/start_page.py" line="141"/>
        <source>尚未核查</source>
        <translation>not reviewed yet</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/start_page.py" line="144"/>
        <source>已核实 {v} · 已更正 {c} · 存疑 {d}</source>
        <translation>verified {v} · corrected {c} · disputed {d}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/start_page.py" line="147"/>
        <source>已处理提示 {n}</source>
        <translation>findings dealt with {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/start_page.py" line="150"/>
        <source>上次核查 {when}</source>
        <translation>last reviewed {when}</translation>
    </message>
</context>
<context>
    <name>VerifiedNamesDialog</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="524"/>
        <source>本报核实名录</source>
        <translation>Verified names</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="525"/>
        <source>编辑核实过的人名（连同职务）、机构名和地名都记在这里，以后的稿件据此核对：职务不符、写法差一字、某职务另有其人。可补录新任人员，可改职务，也可删除核错的一条。</source>
        <translation>Every person (with their role), organisation and place an editor verified is kept here, and every later draft is checked against them: a different role, a name one character off, a post given to someone else. Enter a new official by hand, change a role, or remove an entry verified by mistake.</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="529"/>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="535"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="529"/>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="536"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="529"/>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="537"/>
        <source>职务</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="529"/>
        <source>核实人</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="529"/>
        <source>时间</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="529"/>
        <source>现状</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="530"/>
        <source>稿件</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="535"/>
        <source>如：赵海燕、焦作地理信息产业园</source>
        <translation>e.g. 赵海燕, 焦作地理信息产业园</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="537"/>
        <source>人名的职务，如：解放区委书记（可不填）</source>
        <translation>a person&apos;s role, e.g. 解放区委书记 (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="539"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="539"/>
        <source>删除选中的一条</source>
        <translation>Remove the selected entry</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="540"/>
        <source>筛选：人名、职务、稿件…</source>
        <translation>Filter: name, role, draft…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="545"/>
        <source>从名单导入…</source>
        <translation>Import a &amp;Roster…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="547"/>
        <source>本报的领导名单（.txt、.csv、Excel 或 Word）：每行一人，姓名和职务</source>
        <translation>The desk&apos;s roster of officials (.txt, .csv, Excel or Word): one person a line, name and post</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="580"/>
        <source>；{lines}没有读出姓名和职务</source>
        <translation>; no name and post in {lines}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="551"/>
        <source>双击一行，打开核实它的那篇稿件</source>
        <translation>Double-click a row to open the draft it was verified in</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="559"/>
        <source>这一条不是在稿件中核实的（手工记入或从名单导入）</source>
        <translation>This entry was not verified in a draft (entered by hand or from a roster)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="561"/>
        <source>找不到稿件“{name}”：它已被移走或删除</source>
        <translation>Cannot find the draft “{name}”: it was moved or deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="569"/>
        <source>从名单导入</source>
        <translation>Import a roster</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="569"/>
        <source>名单</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="578"/>
        <source>已从名单记入 {n} 人</source>
        <translation>{n} people entered from the roster</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="602"/>
        <source>{post}现为{holder}</source>
        <translation>{post}: now {holder}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="611"/>
        <source>请填写名称</source>
        <translation>Please enter a name</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="613"/>
        <source>只有人名才填职务</source>
        <translation>Only a person has a role</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="619"/>
        <source>已改为：{a}</source>
        <translation>Changed to: {a}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="619"/>
        <source>已记入：{a}</source>
        <translation>Kept: {a}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="623"/>
        <source>已删除：{a}</source>
        <translation>Removed: {a}</translation>
    </message>
</context>
<context>
    <name>_Target</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/export_dialog.py" line="169"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="46"/>
        <source>人名</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="47"/>
        <source>机构</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="48"/>
        <source>地名</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="49"/>
        <source>金额</source>
        <translation>Money</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="50"/>
        <source>百分比</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="51"/>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="52"/>
        <source>度量</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="53"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="54"/>
        <source>时刻</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="55"/>
        <source>时长</source>
        <translation>Time span</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="56"/>
        <source>序数</source>
        <translation>Ordinal</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="57"/>
        <source>比分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="63"/>
        <source>未核</source>
        <translation>Unchecked</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="64"/>
        <source>已核实</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="65"/>
        <source>已更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="66"/>
        <source>存疑</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="72"/>
        <source>文中写明年份</source>
        <translation>year written in the text</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="73"/>
        <source>按报纸日期推定年份</source>
        <translation>year from the paper&apos;s date</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="74"/>
        <source>按上下文推定年份</source>
        <translation>year inferred from context</translation>
    </message>
</context>
</TS>
