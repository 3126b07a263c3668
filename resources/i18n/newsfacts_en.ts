<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="47"/>
        <source>关于核稿助手</source>
        <translation>About NewsFacts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="48"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="49"/>
        <source>报纸稿件核查工具:找出数字与人名、机构、地名,逐条核实、更正、存疑。</source>
        <translation>A fact-checking desk for newspaper drafts: finds figures, persons, organisations and places, and lets you verify, correct or dispute each one.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../desktop/newsfacts/app/context.py" line="252"/>
        <source>核实</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/app/context.py" line="253"/>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/app/context.py" line="254"/>
        <source>存疑</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/app/context.py" line="255"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/app/context.py" line="256"/>
        <source>设为未核</source>
        <translation>Mark unchecked</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/app/context.py" line="257"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/app/context.py" line="258"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/app/context.py" line="259"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/article_view.py" line="170"/>
        <source>稿件正文</source>
        <translation>Article text</translation>
    </message>
</context>
<context>
    <name>EntitiesModel</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="235"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="235"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="235"/>
        <source>提及</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="235"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="235"/>
        <source>已核</source>
        <translation>Checked</translation>
    </message>
</context>
<context>
    <name>FactDetail</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="47"/>
        <source>应为……(回车确认,Esc 取消)</source>
        <translation>Should read… (Enter confirms, Esc cancels)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="50"/>
        <source>备注(回车保存)</source>
        <translation>Note (Enter saves)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="51"/>
        <source>语境</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="52"/>
        <source>规范值</source>
        <translation>Normalised value</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="53"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="54"/>
        <source>更正为</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="55"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="58"/>
        <source>核实 (V)</source>
        <translation>Verify (V)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="58"/>
        <source>存疑 (D)</source>
        <translation>Dispute (D)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="63"/>
        <source>更正 (C)</source>
        <translation>Correct (C)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/detail.py" line="91"/>
        <source>未选中事实:用 ↓/J、↑/K 逐条核查</source>
        <translation>No fact selected: go through them with ↓/J, ↑/K</translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="56"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="56"/>
        <source>原文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="56"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="56"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="56"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="57"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="57"/>
        <source>更正为</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="57"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="63"/>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="68"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="73"/>
        <source>搜索(Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="290"/>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="290"/>
        <source>问题</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="290"/>
        <source>原文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="290"/>
        <source>依据</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="290"/>
        <source>处理</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="301"/>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="301"/>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="301"/>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="308"/>
        <source>已改</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/models.py" line="308"/>
        <source>不是问题</source>
        <translation>Not a problem</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="110"/>
        <source>已改</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="112"/>
        <source>不是问题</source>
        <translation>Not a problem</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/panels.py" line="114"/>
        <source>取消处理</source>
        <translation>Clear verdict</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="66"/>
        <source>键盘核查</source>
        <translation>Keyboard review</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="75"/>
        <source>按任意键关闭</source>
        <translation>Press any key to close</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="54"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="392"/>
        <source>核稿助手</source>
        <translation>NewsFacts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="68"/>
        <source>打开或拖入一篇稿件(.txt / .md / .docx)</source>
        <translation>Open or drop a draft (.txt / .md / .docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="79"/>
        <source>事实</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="80"/>
        <source>事实详情</source>
        <translation>Fact detail</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="81"/>
        <source>人物与机构</source>
        <translation>People and organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="82"/>
        <source>编校提示</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="198"/>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="199"/>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="200"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="201"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="203"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="207"/>
        <source>搜索事实(&amp;F)</source>
        <translation>&amp;Find facts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="208"/>
        <source>下一条</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="209"/>
        <source>上一条</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="210"/>
        <source>核实</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="211"/>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="212"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="306"/>
        <source>存疑</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="213"/>
        <source>备注…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="214"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="308"/>
        <source>设为未核</source>
        <translation>Mark unchecked</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="215"/>
        <source>应用到所有提及…</source>
        <translation>Apply to all mentions…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="216"/>
        <source>把选中文字添加为事实…</source>
        <translation>Add selection as a fact…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="217"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="311"/>
        <source>删除误报</source>
        <translation>Remove false fact</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="218"/>
        <source>快捷键(&amp;K)</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="219"/>
        <source>关于核稿助手(&amp;A)</source>
        <translation>&amp;About NewsFacts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="227"/>
        <source>显示或隐藏“{kind}”高亮</source>
        <translation>Show or hide “{kind}” highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="234"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="236"/>
        <source>最近打开(&amp;R)</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="242"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="247"/>
        <source>核查(&amp;R)</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="251"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="363"/>
        <source>把选中文字添加为</source>
        <translation>Add the selection as</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="255"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="259"/>
        <source>高亮</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="262"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="267"/>
        <source>图例</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="298"/>
        <source>就绪</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="302"/>
        <source>下一条事实</source>
        <translation>Next fact</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="303"/>
        <source>上一条事实</source>
        <translation>Previous fact</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="304"/>
        <source>核实(然后跳到下一条未核)</source>
        <translation>Verify (then go to the next unchecked fact)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="305"/>
        <source>更正:在详情里填写应为的写法,回车确认</source>
        <translation>Correct: type what it should read in the detail panel, Enter confirms</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="307"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="309"/>
        <source>把当前结论应用到同一名称的所有提及</source>
        <translation>Apply the current verdict to every mention of the same name</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="310"/>
        <source>把选中文字添加为事实</source>
        <translation>Add the selected text as a fact</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="312"/>
        <source>撤销 / 重做</source>
        <translation>Undo / redo</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="313"/>
        <source>搜索事实</source>
        <translation>Search facts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="314"/>
        <source>显示本帮助</source>
        <translation>Show this help</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="321"/>
        <source>打开稿件</source>
        <translation>Open a draft</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="321"/>
        <source>稿件</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="338"/>
        <source>正在打开 {name}…</source>
        <translation>Opening {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="343"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="348"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="375"/>
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="347"/>
        <source>无法打开“{name}”:{why}</source>
        <translation>Cannot open “{name}”: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="353"/>
        <source>已打开 {name}:{n} 字,编码 {enc}</source>
        <translation>Opened {name}: {n} characters, encoding {enc}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="370"/>
        <source>删除误报“{text}”</source>
        <translation>Remove false fact “{text}”</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="382"/>
        <source>(无)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="407"/>
        <source>找到 {facts} 处事实、{findings} 条编校提示</source>
        <translation>Found {facts} facts and {findings} findings</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="412"/>
        <source>分析失败</source>
        <translation>Analysis failed</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="412"/>
        <source>稿件已打开,但找事实时出错:{msg}</source>
        <translation>The draft is open, but finding facts failed: {msg}</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="448"/>
        <source>正在找事实…</source>
        <translation>Finding facts…</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="567"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="589"/>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="598"/>
        <source>先选中一条事实(↓/J)</source>
        <translation>Select a fact first (↓/J)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="574"/>
        <source>全部核查完毕</source>
        <translation>Every fact is checked</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="620"/>
        <source>“{text}”只出现这一处</source>
        <translation>“{text}” appears only here</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="623"/>
        <source>只有人名、机构、地名可以一并核查</source>
        <translation>Only persons, organisations and places can be checked all at once</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="627"/>
        <source>应用到所有提及</source>
        <translation>Apply to all mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="628"/>
        <source>把“{text}”的结论({status})应用到其余 {n} 处提及?</source>
        <translation>Apply the verdict on “{text}” ({status}) to the other {n} mentions?</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="641"/>
        <source>应用到“{text}”的所有提及</source>
        <translation>Apply to every mention of “{text}”</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="650"/>
        <source>先在正文里选中要添加的文字</source>
        <translation>First select the text to add in the article</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="655"/>
        <source>选中的文字须在同一段内</source>
        <translation>The selection must lie within one paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="659"/>
        <source>添加事实</source>
        <translation>Add a fact</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="659"/>
        <source>“{text}”是:</source>
        <translation>“{text}” is:</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/main_window.py" line="681"/>
        <source>已删除“{text}”(Ctrl+Z 撤销)</source>
        <translation>Removed “{text}” (Ctrl+Z undoes)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="22"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="32"/>
        <source>界面语言(重启后生效)</source>
        <translation>Interface language (after a restart)</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/dialogs.py" line="33"/>
        <source>正文字号</source>
        <translation>Article font size</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="41"/>
        <source>人名</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="42"/>
        <source>机构</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="43"/>
        <source>地名</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="44"/>
        <source>金额</source>
        <translation>Money</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="45"/>
        <source>百分比</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="46"/>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="47"/>
        <source>度量</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="48"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="49"/>
        <source>时长</source>
        <translation>Time span</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="50"/>
        <source>序数</source>
        <translation>Ordinal</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="56"/>
        <source>未核</source>
        <translation>Unchecked</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="57"/>
        <source>已核实</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="58"/>
        <source>已更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="59"/>
        <source>存疑</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="65"/>
        <source>文中写明年份</source>
        <translation>year written in the text</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="66"/>
        <source>按报纸日期推定年份</source>
        <translation>year from the paper&apos;s date</translation>
    </message>
    <message>
        <location filename="../../desktop/newsfacts/ui/style.py" line="67"/>
        <source>按上下文推定年份</source>
        <translation>year inferred from context</translation>
    </message>
</context>
</TS>
