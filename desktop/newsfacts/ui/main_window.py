"""The review desk: the highlighted article, fact panels and keyboard review.

The window owns no data: the AppContext holds the document, the review and the undo stack; the
Qt models wrap them; the views show the models.  Every decision goes through ``ctx.record``.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QIcon, QKeySequence, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFileDialog, QInputDialog, QLabel, QMainWindow, QMessageBox, QProgressBar, QStackedWidget, QToolBar, QVBoxLayout,
    QWidget,
)

from ..app.context import FINDING_FIXED, FINDING_NOT_A_PROBLEM, LARGE_FILE_BYTES, AppContext
from ..app.settings import FONT_SIZES, OPTIONS
from ..core.errors import NewsFactsError
from ..core.paths import data_dir
from ..core.model import ENTITY_KINDS, Fact, Kind, Status
from ..core.reading import SUPPORTED_SUFFIXES, needs_conversion
from ..core.review import Action, Decision
from ..core.store import StoreError
from .article_view import ArticleView
from .detail import FactDetail
from .dialogs import (
    DeskDictionaryDialog, DeskFormulationsDialog, HelpOverlay, HouseStyleDialog, RankedListsDialog, SettingsDialog,
    VerifiedNamesDialog, about,
)
from .find_bar import FindBar
from .models import KEY_ROLE, EntitiesModel, FactsFilter, FactsModel, FindingsModel
from .panels import FactsPanel, FindingsPanel, Panel, fit_columns, kind_names, make_table, own_list_keys
from .revision import MessageBar, RevisionDialog
from .start_page import StartPage
from .style import KIND_COLOURS, kind_name, status_colour, status_name



def _swatch(colour: str, underline: str | None = None) -> QIcon:
    pm = QPixmap(14, 14)
    pm.fill(QColor(colour))
    if underline:
        from PySide6.QtGui import QPainter, QPen

        p = QPainter(pm)
        p.setPen(QPen(QColor(underline), 3))
        p.drawLine(0, 12, 14, 12)
        p.end()
    return QIcon(pm)


class MainWindow(QMainWindow):
    highlightsShown = Signal()  # the facts of the open article are all highlighted
    newWindowRequested = Signal()  # Ctrl+N: the program (ui/desk.py) makes the window; without one, off

    def __init__(self, ctx: AppContext | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx = ctx or AppContext(parent=self)
        self.current_key: str | None = None
        # set by the program's window list (ui/desk.py): shows a draft already open in another window
        self.shown_elsewhere: Callable[[MainWindow, str], bool] | None = None
        self.open_elsewhere: Callable[[str], object] | None = None  # …and opens one in another window
        self._syncing = False
        self._facts_pass = False
        self.setWindowTitle(self.tr("核稿助手"))
        self._default_size()
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        # models (cheap, always there); views are built with their panels
        self.facts_model = FactsModel(self.ctx, self)
        self.facts_proxy = FactsFilter(self)
        self.facts_proxy.setSourceModel(self.facts_model)
        self.entities_model = EntitiesModel(self.ctx, self)
        self.findings_model = FindingsModel(self.ctx, self)

        self.article_view = ArticleView(self)
        self.article_view.set_point_size(self.ctx.settings.get("ui/font_size"))
        self.article_view.setPlaceholderText(self.tr("打开或拖入一篇稿件（.txt / .md / .docx / .doc / .wps）"))
        self.article_view.factClicked.connect(lambda key: self.select_fact(key))
        self.article_view.zoomRequested.connect(self.zoom)
        self.article_view.highlighter.finished.connect(self._highlights_done)
        self.article_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.article_view.customContextMenuRequested.connect(self._article_menu)
        self.article_area = self._article_area()
        self.start_page = StartPage(self)
        self.start_page.openRequested.connect(self.open_path)
        self.start_page.chooseRequested.connect(self.choose_file)
        self.start_page.pasteRequested.connect(self.paste_draft)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.article_area)
        self.setCentralWidget(self.pages)

        self.facts_panel: FactsPanel | None = None
        self.findings_panel: FindingsPanel | None = None
        self.entities_view = None
        self.detail: FactDetail | None = None
        self.facts_dock = Panel(self.tr("事实"), "factsDock", self._build_facts, self)
        self.detail_dock = Panel(self.tr("事实详情"), "detailDock", self._build_detail, self)
        self.entities_dock = Panel(self.tr("人物与机构"), "entitiesDock", self._build_entities, self)
        self.findings_dock = Panel(self.tr("编校提示"), "findingsDock", self._build_findings, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.facts_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.detail_dock)
        self.splitDockWidget(self.facts_dock, self.detail_dock, Qt.Orientation.Vertical)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.entities_dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.findings_dock)
        self.splitDockWidget(self.entities_dock, self.findings_dock, Qt.Orientation.Vertical)
        self._layout_restored = False

        self._build_actions()
        self._build_menus()
        self._build_legend()
        self._build_status_bar()
        self.help_overlay = HelpOverlay(self.key_rows(), self)

        ctx = self.ctx
        ctx.documentOpened.connect(self._document_opened)
        ctx.analysisProgress.connect(self._progress)
        ctx.analysisReady.connect(self._analysis_ready)
        ctx.analysisFailed.connect(self._analysis_failed)
        ctx.openFailed.connect(self._open_failed)
        ctx.factChanged.connect(self._fact_changed)
        ctx.factsChanged.connect(self._facts_changed)
        ctx.storeProblem.connect(self._store_problem)
        ctx.storeNotice.connect(self._store_notice)
        ctx.unsavedChanged.connect(self._unsaved_changed)
        for signal in (ctx.documentOpened, ctx.analysisReady, ctx.findingsChanged, ctx.findingVerdictChanged):
            signal.connect(self._findings_title)
        ctx.fileChangedOnDisk.connect(self._file_changed_on_disk)
        ctx.fileVanished.connect(self._file_vanished)
        self.facts_model.modelReset.connect(self._reselect)
        self.restore_layout()

    # layout
    def _default_size(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        w, h = 1500, 940
        if screen is not None:
            w, h = min(w, int(screen.width() * 0.95)), min(h, int(screen.height() * 0.95))
        self.resize(w, h)

    def restore_layout(self) -> None:
        s = self.ctx.settings
        geometry = s.get("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = s.get("window/state")
        if not state.isEmpty():
            self._layout_restored = self.restoreState(state)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self.ctx.warm_up)
        if self.ctx.article is None:
            QTimer.singleShot(0, self.fill_start_page)
        if not self._layout_restored:  # first run: the article gets the middle, the panels the sides
            self._layout_restored = True
            w = self.width()
            self.resizeDocks([self.entities_dock, self.facts_dock], [int(w * 0.2), int(w * 0.36)], Qt.Orientation.Horizontal)
            self.resizeDocks([self.facts_dock, self.detail_dock], [int(self.height() * 0.6), int(self.height() * 0.3)], Qt.Orientation.Vertical)

    def save_layout(self) -> None:
        self.ctx.settings.set("window/geometry", self.saveGeometry())
        self.ctx.settings.set("window/state", self.saveState())
        self.ctx.settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._may_close():
            event.ignore()
            return
        self.save_layout()
        self.ctx.shutdown()
        super().closeEvent(event)

    # panels, built when first shown
    def _build_facts(self) -> QWidget:
        panel = FactsPanel(self.facts_proxy, self)
        panel.view.selectionModel().currentRowChanged.connect(self._facts_row_changed)
        self.facts_panel = panel
        QTimer.singleShot(0, self._reselect)
        return panel

    def _build_detail(self) -> QWidget:
        d = FactDetail(self)
        d.verifyRequested.connect(lambda: self.decide(Action.VERIFY))
        d.disputeRequested.connect(lambda: self.decide(Action.DISPUTE))
        d.correctionEntered.connect(lambda text: self.decide(Action.CORRECT, correction=text))
        d.noteEntered.connect(self._note_entered)
        d.cancelled.connect(self._focus_review)
        self.detail = d
        self._show_detail()
        return d

    def _build_entities(self) -> QWidget:
        view = make_table("entitiesView", self)
        own_list_keys(view)
        view.setModel(self.entities_model)
        view.setSortingEnabled(False)
        fit_columns(view, (110, 50, 40, 120), {1: kind_names()})
        view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: cur.isValid() and self.select_fact(self.entities_model.data(cur, KEY_ROLE))
        )
        self.entities_view = view
        return view

    def _build_findings(self) -> QWidget:
        panel = FindingsPanel(self.findings_model, self)
        panel.view.selectionModel().currentRowChanged.connect(self._finding_selected)
        panel.fixed.clicked.connect(lambda: self.set_finding_verdict(FINDING_FIXED))
        panel.not_a_problem.clicked.connect(lambda: self.set_finding_verdict(FINDING_NOT_A_PROBLEM))
        panel.clear.clicked.connect(lambda: self.set_finding_verdict(None))
        panel.adopt.clicked.connect(self.adopt_suggestion)
        self.findings_model.modelReset.connect(lambda: panel.show_suggestion(None))  # nothing selected now
        self.findings_panel = panel
        return panel

    # actions and menus
    def _action(self, text: str, slot, shortcuts=(), name: str | None = None, checkable=False) -> QAction:
        a = QAction(text, self)
        if shortcuts:
            a.setShortcuts([QKeySequence(s) if isinstance(s, str) else QKeySequence(s) for s in shortcuts])
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        a.setCheckable(checkable)
        if name:
            a.setObjectName(name)
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    def _build_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.open_action = self._action(self.tr("打开(&O)…"), self.choose_file, [SK.Open], "openAction")
        self.paste_action = self._action(self.tr("粘贴稿件(&V)"), self.paste_draft, ["Ctrl+Shift+V"], "pasteDraftAction")
        self.new_window_action = self._action(self.tr("新建窗口(&N)"), self.newWindowRequested.emit, [SK.New], "newWindowAction")
        self.new_window_action.setEnabled(False)
        self.close_window_action = self._action(self.tr("关闭窗口(&W)"), self.close, [SK.Close], "closeWindowAction")
        self.settings_action = self._action(self.tr("设置(&S)…"), self.show_settings, [SK.Preferences, "Ctrl+,"], "settingsAction")
        self.quit_action = self._action(self.tr("退出(&Q)"), self.close, [SK.Quit], "quitAction")
        self.export_action = self._action(self.tr("导出核稿表(&E)…"), self.export_fact_sheet, ["Ctrl+E"], "exportAction")
        self.print_action = self._action(self.tr("打印批注稿(&P)…"), self.print_proof, ["Ctrl+P"], "printAction")
        needs_analysis = (self.export_action, self.print_action)
        for a in needs_analysis:
            a.setEnabled(False)
        for signal in (self.ctx.documentOpened, self.ctx.analysisReady, self.ctx.analysisFailed):
            signal.connect(lambda: [a.setEnabled(self.ctx.analysis is not None) for a in needs_analysis])
        self.undo_action = self.ctx.undo_stack.createUndoAction(self, self.tr("撤销"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.ctx.undo_stack.createRedoAction(self, self.tr("重做"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for a in (self.undo_action, self.redo_action):
            self.addAction(a)
        self.find_action = self._action(self.tr("搜索事实(&F)"), self.focus_search, [SK.Find], "findAction")
        self.find_text_action = self._action(
            self.tr("在正文中查找(&T)…"), self.find_in_text, ["Ctrl+Shift+F"], "findTextAction"
        )
        self.find_next_action = self._action(self.tr("查找下一处"), lambda: self._find_step(1), [SK.FindNext], "findNextAction")
        self.find_prev_action = self._action(
            self.tr("查找上一处"), lambda: self._find_step(-1), [SK.FindPrevious], "findPreviousAction"
        )
        self.next_action = self._action(self.tr("下一条"), self.next_fact, ["Down", "J"], "nextAction")
        self.prev_action = self._action(self.tr("上一条"), self.previous_fact, ["Up", "K"], "previousAction")
        self.verify_action = self._action(self.tr("核实"), lambda: self.decide(Action.VERIFY), ["V"], "verifyAction")
        self.correct_action = self._action(self.tr("更正…"), self.begin_correction, ["C"], "correctAction")
        self.dispute_action = self._action(self.tr("存疑"), lambda: self.decide(Action.DISPUTE), ["D"], "disputeAction")
        self.note_action = self._action(self.tr("备注…"), self.begin_note, ["N"], "noteAction")
        self.reset_action = self._action(self.tr("设为未核"), lambda: self.decide(Action.RESET), ["U"], "resetAction")
        self.apply_all_action = self._action(self.tr("应用到所有提及…"), self.apply_to_all_mentions, ["A"], "applyAllAction")
        self.add_action = self._action(self.tr("把选中文字添加为事实…"), self.add_fact_from_selection, ["Insert", "Ctrl+I"], "addFactAction")
        self.remove_action = self._action(self.tr("删除误报"), self.remove_fact, ["Delete"], "removeFactAction")
        self.next_finding_action = self._action(self.tr("下一条编校提示"), self.next_finding, ["F8"], "nextFindingAction")
        self.prev_finding_action = self._action(
            self.tr("上一条编校提示"), self.previous_finding, ["Shift+F8"], "previousFindingAction"
        )
        self.zoom_in_action = self._action(self.tr("放大正文"), lambda: self.zoom(+1), [SK.ZoomIn, "Ctrl+="], "zoomInAction")
        self.zoom_out_action = self._action(self.tr("缩小正文"), lambda: self.zoom(-1), [SK.ZoomOut], "zoomOutAction")
        self.zoom_reset_action = self._action(self.tr("正文默认字号"), lambda: self.zoom(0), ["Ctrl+0"], "zoomResetAction")
        self.help_action = self._action(self.tr("快捷键(&K)"), self.show_help, ["F1", "?", "Shift+?"], "helpAction")
        self.about_action = self._action(self.tr("关于核稿助手(&A)"), lambda: about(self), [], "aboutAction")
        self.kind_actions: dict[Kind, QAction] = {}
        hidden = set(self.ctx.settings.get("ui/hidden_kinds"))
        for k in Kind:
            a = QAction(_swatch(KIND_COLOURS[k]), kind_name(k), self)
            a.setCheckable(True)
            a.setChecked(k.value not in hidden)
            a.setObjectName(f"show{k.value}")
            a.setToolTip(self.tr("显示或隐藏“{kind}”高亮").format(kind=kind_name(k)))
            a.toggled.connect(self._kinds_toggled)
            self.kind_actions[k] = a
        self.article_view.highlighter.set_hidden({k for k in Kind if k.value in hidden})

    def _build_menus(self) -> None:
        mb = self.menuBar()
        file_menu = mb.addMenu(self.tr("文件(&F)"))
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.paste_action)
        file_menu.addAction(self.new_window_action)
        self.recent_menu = file_menu.addMenu(self.tr("最近打开(&R)"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._add_review_file_actions(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_window_action)
        file_menu.addAction(self.quit_action)
        edit = mb.addMenu(self.tr("编辑(&E)"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction(self.find_action)
        edit.addAction(self.find_text_action)
        edit.addAction(self.find_next_action)
        edit.addAction(self.find_prev_action)
        review = mb.addMenu(self.tr("核查(&R)"))
        for a in (self.next_action, self.prev_action, None, self.verify_action, self.correct_action, self.dispute_action,
                  self.note_action, self.reset_action, None, self.apply_all_action, None, self.add_action):
            review.addSeparator() if a is None else review.addAction(a)
        add_as = review.addMenu(self.tr("把选中文字添加为"))
        for k in Kind:
            add_as.addAction(_swatch(KIND_COLOURS[k]), kind_name(k), lambda k=k: self.add_fact_from_selection(k))
        review.addAction(self.remove_action)
        review.addSeparator()
        review.addAction(self.next_finding_action)
        review.addAction(self.prev_finding_action)
        view = mb.addMenu(self.tr("视图(&V)"))
        for dock in (self.facts_dock, self.detail_dock, self.entities_dock, self.findings_dock):
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        for a in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view.addAction(a)
        view.addSeparator()
        hl = view.addMenu(self.tr("高亮"))
        for a in self.kind_actions.values():
            hl.addAction(a)
        self._build_tools_menu(mb)
        help_menu = mb.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)

    def _build_legend(self) -> None:
        bar = QToolBar(self.tr("图例"), self)
        bar.setObjectName("legendBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in self.kind_actions.values():
            bar.addAction(a)
        bar.addSeparator()
        for s in Status:
            label = QLabel(self)
            style = {
                Status.UNCHECKED: "",
                Status.VERIFIED: "text-decoration: underline;",
                Status.CORRECTED: "font-style: italic; text-decoration: underline;",
                Status.DISPUTED: "font-weight: bold; text-decoration: underline;",
            }[s]
            colour = status_colour(s, QPalette.ColorRole.Window).name()
            label.setText(f"<span style='color:{colour};{style}'>{status_name(s)}</span>")
            label.setContentsMargins(6, 0, 6, 0)
            bar.addWidget(label)
        self.legend = bar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("statusCounts")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("analysisProgress")
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        sb.addPermanentWidget(self.progress)
        self.unsaved_label = QLabel(self)
        self.unsaved_label.setObjectName("statusUnsaved")
        self.unsaved_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.unsaved_label.hide()
        sb.addPermanentWidget(self.unsaved_label)
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("statusSelection")
        self.selection_label.hide()
        sb.addPermanentWidget(self.selection_label)
        self.article_view.selectionChanged.connect(self._show_selection_length)
        sb.addPermanentWidget(self.counts_label)
        sb.showMessage(self.tr("就绪"))

    def _show_selection_length(self) -> None:
        """已选 23 字 while words are selected in the text: a headline's length, a quote's, counted
        as the newsroom counts them (every character but spaces and line breaks)."""
        span = self.article_view.selected_span()
        article = self.ctx.article
        if span is None or article is None:
            self.selection_label.hide()
            return
        n = sum(1 for c in article.text[span[0] : span[1]] if not c.isspace())
        self.selection_label.setText(self.tr("已选 {n} 字").format(n=n))
        self.selection_label.show()

    def key_rows(self) -> list[tuple[str, str]]:
        return [
            ("↓ / J", self.tr("下一条事实")),
            ("↑ / K", self.tr("上一条事实")),
            ("V", self.tr("核实（然后跳到下一条未核）")),
            ("C", self.tr("更正：在详情里填写应为的写法，回车确认")),
            ("D", self.tr("存疑")),
            ("N", self.tr("备注")),
            ("U", self.tr("设为未核")),
            ("A", self.tr("把当前结论应用到同一名称的所有提及")),
            ("Insert / Ctrl+I", self.tr("把选中文字添加为事实")),
            ("Ctrl+Shift+V", self.tr("粘贴从采编系统复制的稿件")),
            ("Ctrl+E", self.tr("导出核稿表（Word / Excel）")),
            ("Ctrl+P", self.tr("打印批注稿（先预览）")),
            ("Delete", self.tr("删除误报")),
            ("F8 / Shift+F8", self.tr("下一条 / 上一条未处理的编校提示（在正文中标出）")),
            ("Alt+A / Alt+G / Alt+B", self.tr("编校提示：按建议改（此处事实记为更正）/ 已改 / 不是问题")),
            ("Ctrl++ / Ctrl+- / Ctrl+0", self.tr("放大 / 缩小正文 / 默认字号")),
            ("Ctrl+Z / Ctrl+Shift+Z", self.tr("撤销 / 重做")),
            ("Ctrl+F", self.tr("搜索事实")),
            ("Ctrl+Shift+F, F3 / Shift+F3", self.tr("在正文中查找，下一处 / 上一处")),
            ("F1 / ?", self.tr("显示本帮助")),
        ]

    # opening
    def choose_file(self) -> None:
        """File > Open: one draft or several (a page's stories), each in a window of its own."""
        patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
        start = self.ctx.settings.get("files/last_dir")
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("打开稿件"), start, self.tr("稿件") + f" ({patterns})")
        if paths:
            self.open_paths(paths)

    def open_paths(self, paths: list[str]) -> None:
        """The first draft here, the others each in a window of its own (or, in a window alone,
        the first only, and a word that the others were not opened)."""
        self.open_path(paths[0])
        if len(paths) > 1:
            if self.open_elsewhere is not None:
                for path in paths[1:]:
                    self.open_elsewhere(path)
            else:
                self.statusBar().showMessage(self.tr("一次只打开一篇稿件：已打开 {name}").format(name=os.path.basename(paths[0])), 8000)

    def paste_draft(self) -> bool:
        """Ctrl+Shift+V: the text on the clipboard (a draft copied out of the editing system) as a draft.

        It is kept as a UTF-8 file in the data folder (pasted/), so it behaves as any other
        draft: recent files, decisions kept and replayed, the same text pasted again gets its review."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.statusBar().showMessage(self.tr("剪贴板里没有文字：请先在采编系统里复制稿件"), 8000)
            return False
        folder = os.path.join(self.ctx.data_folder() or data_dir(), "pasted")
        stem = self.tr("粘贴的稿件") + datetime.datetime.now().strftime("_%Y%m%d_%H%M%S")
        try:
            os.makedirs(folder, exist_ok=True)
            for n in range(1, 1000):  # two pastes in one second get two files
                path = os.path.join(folder, stem + (f"_{n}" if n > 1 else "") + ".txt")
                try:
                    with open(path, "x", encoding="utf-8", newline="") as fh:
                        fh.write(text)
                    break
                except FileExistsError:
                    continue
        except OSError as exc:
            msg = self.tr("无法保存粘贴的稿件：{why}").format(why=exc.strerror or str(exc))
            QMessageBox.warning(self, self.tr("无法粘贴"), msg)
            self.statusBar().showMessage(msg)
            return False
        return self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Open a draft; False (after telling the editor why) when it cannot be opened.

        A large draft is read off the UI thread: True then means "being opened", and a failure
        arrives later as a message box.
        """
        if self.shown_elsewhere is not None and self.shown_elsewhere(self, path):
            return True  # open in another window of the program, which came to the front
        try:
            large = os.path.getsize(path) > LARGE_FILE_BYTES
        except OSError:
            large = False  # let the reader say what is wrong
        converted = needs_conversion(path)
        if large or converted:
            self._open_in_background(path, converted)
            self.ctx.settings.set("files/last_dir", os.path.dirname(os.path.abspath(path)))
            return True
        try:
            article = self.ctx.open(path)
        except NewsFactsError as exc:
            QMessageBox.warning(self, self.tr("无法打开"), exc.message_zh)
            self.statusBar().showMessage(exc.message_zh)
            return False
        except OSError as exc:  # vanished between choosing and reading, a folder, no permission
            msg = self.tr("无法打开“{name}”：{why}").format(name=os.path.basename(path), why=exc.strerror or str(exc))
            QMessageBox.warning(self, self.tr("无法打开"), msg)
            self.statusBar().showMessage(msg)
            return False
        self.ctx.settings.set("files/last_dir", os.path.dirname(os.path.abspath(path)))
        self.statusBar().showMessage(
            self.tr("已打开 {name}：{n} 字，编码 {enc}").format(name=article.name, n=len(article.text), enc=article.encoding)
        )
        return True

    def _open_in_background(self, path: str, converted: bool) -> None:
        """Read the draft off the UI thread (a large one, or one LibreOffice converts), saying so."""
        self.ctx.open_in_background(path)
        name = os.path.basename(path)
        self.statusBar().showMessage(
            self.tr("正在用 LibreOffice 转换 {name}…").format(name=name)
            if converted
            else self.tr("正在打开 {name}…").format(name=name)
        )

    def _article_menu(self, pos) -> None:
        menu = self.article_menu(pos)
        menu.exec(self.article_view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def article_menu(self, pos):
        """Right click in the text: copy, add the selection as a fact, remove the fact under the mouse."""
        view = self.article_view
        menu = view.createStandardContextMenu(pos)
        if self.ctx.review is not None:
            menu.addSeparator()
            add_as = menu.addMenu(self.tr("把选中文字添加为"))
            add_as.setEnabled(view.textCursor().hasSelection())
            for k in Kind:
                add_as.addAction(_swatch(KIND_COLOURS[k]), kind_name(k), lambda k=k: self.add_fact_from_selection(k))
            style = menu.addAction(self.tr("把选中文字加入用词规范…"), self.house_style_from_selection)
            style.setEnabled(view.textCursor().hasSelection())
            formulation = menu.addAction(self.tr("把选中文字加入规范提法…"), self.formulation_from_selection)
            formulation.setEnabled(view.textCursor().hasSelection())
            offset = view.umap.from_qt(view.cursorForPosition(pos).position())
            fact = view.fact_at(offset)
            if fact is not None:
                menu.addAction(self.tr("删除误报“{text}”").format(text=fact.text), lambda: (self.select_fact(fact.key), self.remove_fact()))
        return menu

    def _open_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("无法打开"), message)
        self.statusBar().showMessage(message)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.ctx.settings.get("files/recent")
        if not recent:
            a = self.recent_menu.addAction(self.tr("（无）"))
            a.setEnabled(False)
        for i, path in enumerate(recent):
            self.recent_menu.addAction(f"&{(i + 1) % 10} {os.path.basename(path)}", lambda p=path: self.open_path(p)).setToolTip(path)

    def _document_opened(self) -> None:
        article = self.ctx.article
        for bar in (self.file_bar, self.revision_bar):
            bar.hide()
        self.current_key = None
        self._facts_pass = False
        self.article_view.show_article(article)
        self.find_bar.set_text(article.text if article is not None else "")
        self.pages.setCurrentWidget(self.article_area)
        self.setWindowTitle(f"{article.name} — " + self.tr("核稿助手"))
        self.progress.setValue(0)
        self.progress.show()
        self._update_counts()
        self._show_detail()

    def _progress(self, pct: int, what: str) -> None:
        self.progress.setValue(pct)

    def _analysis_ready(self) -> None:
        self.progress.hide()
        QTimer.singleShot(0, self._show_highlights)  # the tables were filled in this turn; highlight in the next
        self._update_counts()
        n = len(self.ctx.review.facts)
        self.statusBar().showMessage(
            self.tr("找到 {facts} 处事实、{findings} 条编校提示").format(facts=n, findings=len(self.ctx.analysis.findings)), 8000
        )
        self._show_revision()

    def _analysis_failed(self, message: str) -> None:
        self.progress.hide()
        QMessageBox.warning(self, self.tr("分析失败"), self.tr("稿件已打开，但找事实时出错：{msg}").format(msg=message))
        self.statusBar().showMessage(message)

    def _show_highlights(self) -> None:
        review = self.ctx.review
        if review is None:
            return
        facts = review.facts
        status = {f.key: review.state(f.key).status for f in facts}
        self._facts_pass = True
        self.article_view.show_facts(self.ctx.article, facts, status)

    def _highlights_done(self) -> None:
        # Only a pass that showed the review's facts counts (not the headline pass of a new page).
        if self._facts_pass and self.ctx.review is not None:
            self._facts_pass = False
            self.highlightsShown.emit()

    @property
    def highlights_busy(self) -> bool:
        return self.ctx.busy or self._facts_pass or self.article_view.highlighter.busy

    # review state changes
    def _fact_changed(self, key: str) -> None:
        self.article_view.highlighter.set_status(key, self.ctx.review.state(key).status)
        self._update_counts()
        if key == self.current_key:
            self._show_detail()

    def _facts_changed(self) -> None:
        self._show_highlights()
        self._update_counts()

    def _update_counts(self) -> None:
        review = self.ctx.review
        if review is None:
            self.counts_label.setText(self.tr("正在找事实…") if self.ctx.busy else "")
            return
        c = review.counts()
        self.counts_label.setText(
            "  ".join(
                f"<span style='color:{status_colour(s, QPalette.ColorRole.Window).name()}'>{status_name(s)} {c[s.value]}</span>"
                for s in Status
            )
        )

    def _findings_title(self) -> None:
        """The findings panel's title says how many are still to deal with."""
        analysis = self.ctx.analysis
        n = len(analysis.findings) if analysis is not None else 0
        if not n:
            self.findings_dock.setWindowTitle(self.tr("编校提示"))
            return
        dealt = self.ctx.finding_verdicts
        open_ = sum(1 for f in analysis.findings if f.key not in dealt)
        self.findings_dock.setWindowTitle(self.tr("编校提示（待处理 {open} / 共 {n}）").format(open=open_, n=n))

    def _kinds_toggled(self) -> None:
        hidden = {k for k, a in self.kind_actions.items() if not a.isChecked()}
        self.article_view.highlighter.set_hidden(hidden)
        self.ctx.settings.set("ui/hidden_kinds", sorted(k.value for k in hidden))

    # selection: text <-> table <-> detail
    def current_fact(self) -> Fact | None:
        if self.current_key is None or self.ctx.review is None:
            return None
        f = self.ctx.review.fact(self.current_key)
        if f is None or self.ctx.review.state(f.key).removed:
            return None
        return f

    def find_in_text(self) -> None:
        """Ctrl+Shift+F: the find bar under the article, with the selected words in it."""
        if self.ctx.article is None:
            return
        span = self.article_view.selected_span()
        query = self.ctx.article.text[span[0] : span[1]] if span and span[1] - span[0] <= 50 else None
        self.find_bar.open_bar(query)

    def _find_step(self, by: int) -> None:
        """F3 / Shift+F3: the next or previous match; the find bar opens if it is closed."""
        if not self.find_bar.isVisible():
            self.find_in_text()
            return
        self.find_bar.next() if by > 0 else self.find_bar.previous()

    def select_fact(self, key: str | None) -> None:
        self.current_key = key
        fact = self.current_fact()
        if fact is None:
            self.current_key = None
            self.article_view.clear_mark()
        else:
            self.article_view.mark(fact.start, fact.end)
        self._sync_table()
        self._show_detail()

    def _sync_table(self) -> None:
        if self.facts_panel is None:
            return
        view = self.facts_panel.view
        row = self.facts_proxy.row_of(self.current_key) if self.current_key else None
        self._syncing = True
        try:
            if row is None:
                view.selectionModel().clearSelection()
                view.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            else:
                idx = self.facts_proxy.index(row, 0)
                view.selectionModel().setCurrentIndex(
                    idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                view.scrollTo(idx)
        finally:
            self._syncing = False

    def _facts_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        self.select_fact(self.facts_proxy.data(current, KEY_ROLE))

    def _reselect(self) -> None:
        """After the model was rebuilt (facts added or removed), keep the same fact selected."""
        if self.current_key is not None:
            self.select_fact(self.current_key)
        else:
            self._sync_table()

    def _show_detail(self) -> None:
        if self.detail is None:
            return
        fact = self.current_fact()
        state = self.ctx.review.state(fact.key) if fact and self.ctx.review else None
        self.detail.show_fact(self.ctx.article, fact, state, self.ctx.changed.get(fact.key) if fact else None)

    def _finding_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        finding = self.findings_model.finding(current.row())
        if finding.spans:
            first = finding.first_span
            self.article_view.mark(first.start, first.end)
        if self.findings_panel is not None:
            self.findings_panel.show_suggestion(finding.suggestion)

    def adopt_suggestion(self) -> bool:
        """Take the current finding's right form (按装 -> 安装, 普丁 -> 普京): the finding is fixed, and
        a fact written exactly there is corrected to the right form, so the fact sheet says what to
        print; then on to the next open finding."""
        if self.findings_panel is None:
            return False
        idx = self.findings_panel.view.currentIndex()
        finding = self.findings_model.finding(idx.row()) if idx.isValid() else None
        if finding is None or finding.suggestion is None or not finding.spans:
            self.statusBar().showMessage(self.tr("这条提示没有现成的改法"), 4000)
            return False
        first = finding.first_span
        review = self.ctx.review
        fact = next(
            (f for f in (review.facts if review else ()) if (f.start, f.end) == (first.start, first.end)), None
        )
        if fact is not None:
            self.ctx.record(Decision(Action.CORRECT, fact, correction=finding.suggestion))
        self.ctx.set_finding_verdict(finding.key, FINDING_FIXED)
        self._step_finding(+1, quiet=True)
        self.statusBar().showMessage(
            self.tr("“{wrong}”改为“{right}”").format(wrong=first.text, right=finding.suggestion), 6000
        )
        return True

    def set_finding_verdict(self, verdict: str | None) -> None:
        """The verdict on the current finding; "fixed" or "not a problem" then goes on to the next open one."""
        if self.findings_panel is None:
            return
        idx = self.findings_panel.view.currentIndex()
        if idx.isValid():
            self.ctx.set_finding_verdict(self.findings_model.finding(idx.row()).key, verdict)
            if verdict is not None:
                self._step_finding(+1, quiet=True)

    def next_finding(self) -> None:
        self._step_finding(+1)

    def previous_finding(self) -> None:
        self._step_finding(-1)

    def _step_finding(self, delta: int, quiet: bool = False) -> None:
        """F8 / Shift+F8: the next (previous) finding nobody has dealt with yet, in the panel and in the text.

        The search wraps round the page; the message goes to the status bar, so the editor reads it
        where the text is marked without turning to the panel."""
        model = self.findings_model
        n = model.rowCount()
        if n == 0:
            if not quiet:
                self.statusBar().showMessage(self.tr("本稿没有编校提示"), 4000)
            return
        if not self.findings_dock.isVisible():
            self.findings_dock.show()
            self.findings_dock.raise_()
        view = self.findings_dock.content().view
        cur = view.currentIndex().row() if view.currentIndex().isValid() else (-1 if delta > 0 else n)
        verdicts = self.ctx.finding_verdicts
        for step in range(1, n + 1):
            row = (cur + delta * step) % n
            finding = model.finding(row)
            if finding.key not in verdicts:
                if row != cur:
                    view.setCurrentIndex(model.index(row, 0))
                    view.scrollTo(model.index(row, 0))
                self.statusBar().showMessage(finding.message, 15000)
                return
        self.statusBar().showMessage(self.tr("所有编校提示都已处理"), 4000)

    # the size of the article's text
    def zoom(self, step: int) -> None:
        """Ctrl++ / Ctrl+- / Ctrl+wheel one point larger or smaller (9 to 28), Ctrl+0 the default;
        kept in the settings, as the settings dialog's 正文字号."""
        settings = self.ctx.settings
        size = OPTIONS["ui/font_size"].default if step == 0 else settings.get("ui/font_size") + step
        size = max(FONT_SIZES[0], min(FONT_SIZES[1], size))
        if size != settings.get("ui/font_size") or step == 0:
            settings.set("ui/font_size", size)
            self.article_view.set_point_size(size)
        self.statusBar().showMessage(self.tr("正文字号 {size}").format(size=size), 2000)

    # keyboard review
    def _order(self) -> list[str]:
        return self.facts_proxy.keys()

    def next_fact(self) -> None:
        self._step(+1)

    def previous_fact(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        keys = self._order()
        if not keys:
            return
        if self.current_key in keys:
            i = max(0, min(len(keys) - 1, keys.index(self.current_key) + delta))
        else:
            i = 0 if delta > 0 else len(keys) - 1
        self.select_fact(keys[i])

    def _next_unchecked_after(self, key: str, keys: list[str]) -> str | None:
        review = self.ctx.review
        i = keys.index(key) if key in keys else -1
        for k in keys[i + 1 :] + keys[: max(i, 0)]:
            if k != key and review.state(k).status is Status.UNCHECKED:
                return k
        return None

    def decide(self, action: Action, correction: str | None = None, note: str | None = None) -> bool:
        """Verify, correct, dispute or reset the current fact; after V/C/D go to the next unchecked one."""
        fact = self.current_fact()
        if fact is None:
            self.statusBar().showMessage(self.tr("先选中一条事实（↓/J）"), 4000)
            return False
        keys = self._order()
        self.ctx.record(Decision(action, fact, correction=correction, note=note))
        if action in (Action.VERIFY, Action.CORRECT, Action.DISPUTE):
            nxt = self._next_unchecked_after(fact.key, keys)
            if nxt is None:
                self.statusBar().showMessage(self.tr("全部核查完毕"), 6000)
                self.select_fact(fact.key)
            else:
                self.select_fact(nxt)
            self._focus_review()
        return True

    def _focus_review(self) -> None:
        if self.facts_panel is not None and self.facts_dock.isVisible():
            self.facts_panel.view.setFocus()
        else:
            self.article_view.setFocus()

    def begin_correction(self) -> None:
        if self._open_detail_panel():
            self.detail.begin_correction()

    def begin_note(self) -> None:
        if self._open_detail_panel():
            self.detail.begin_note()

    def _open_detail_panel(self) -> bool:
        """Bring up the detail panel for the current fact; False (and a hint) when none is selected."""
        if self.current_fact() is None:
            self.statusBar().showMessage(self.tr("先选中一条事实（↓/J）"), 4000)
            return False
        self.detail_dock.show()
        self.detail_dock.raise_()
        self.detail_dock.content()
        return True

    def _note_entered(self, text: str) -> None:
        fact = self.current_fact()
        if fact is not None:
            self.ctx.record(Decision(Action.NOTE, fact, note=text))
        self._focus_review()

    def apply_to_all_mentions(self) -> int:
        """Give every mention of the same name the current fact's verdict (after confirmation)."""
        fact = self.current_fact()
        if fact is None:
            return 0
        review = self.ctx.review
        state = review.state(fact.key)
        others = [f for f in review.facts if f.kind == fact.kind and f.text == fact.text and f.key != fact.key]
        if not others:
            self.statusBar().showMessage(self.tr("“{text}”只出现这一处").format(text=fact.text), 4000)
            return 0
        if fact.kind not in ENTITY_KINDS:
            self.statusBar().showMessage(self.tr("只有人名、机构、地名可以一并核查"), 4000)
            return 0
        answer = QMessageBox.question(
            self,
            self.tr("应用到所有提及"),
            self.tr("把“{text}”的结论（{status}）应用到其余 {n} 处提及？").format(
                text=fact.text, status=status_name(state.status), n=len(others)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        action = {
            Status.VERIFIED: Action.VERIFY,
            Status.CORRECTED: Action.CORRECT,
            Status.DISPUTED: Action.DISPUTE,
            Status.UNCHECKED: Action.RESET,
        }[state.status]
        decisions = [Decision(action, f, correction=state.correction) for f in others]
        self.ctx.record_all(decisions, self.tr("应用到“{text}”的所有提及").format(text=fact.text))
        return len(decisions)

    def add_fact_from_selection(self, kind: Kind | None = None) -> Fact | None:
        """A fact the tool missed: the selected text, with a kind the editor gives."""
        if self.ctx.review is None:
            return None
        selected = self._selection()
        if selected is None:
            return None
        start, end, text = selected
        if kind is None:
            names = [kind_name(k) for k in Kind]
            name, ok = QInputDialog.getItem(self, self.tr("添加事实"), self.tr("“{text}”是：").format(text=text), names, 0, False)
            if not ok:
                return None
            kind = list(Kind)[names.index(name)]
        fact = Fact(kind, start, end, text, source="editor")
        existing = self.ctx.review.fact(fact.key)
        if existing is not None and not self.ctx.review.state(fact.key).removed:
            self.select_fact(fact.key)
            return existing
        self.ctx.record(Decision(Action.ADD, fact))
        self.select_fact(fact.key)
        return fact

    def _selection(self) -> tuple[int, int, str] | None:
        """The editor's selection in the text (start, end, text), or None with a word in the status bar."""
        span = self.article_view.selected_span()
        if span is None or span[0] == span[1] or self.ctx.article is None:
            self.statusBar().showMessage(self.tr("先在正文里选中要添加的文字"), 4000)
            return None
        start, end = span
        text = self.ctx.article.text[start:end]
        if not text.strip() or "\n" in text:
            self.statusBar().showMessage(self.tr("选中的文字须在同一段内"), 4000)
            return None
        return start, end, text

    def remove_fact(self) -> None:
        fact = self.current_fact()
        if fact is None:
            return
        keys = self._order()
        i = keys.index(fact.key) if fact.key in keys else -1
        self.ctx.record(Decision(Action.REMOVE, fact))
        rest = [k for k in keys if k != fact.key]
        self.select_fact(rest[min(max(i, 0), len(rest) - 1)] if rest else None)
        self.statusBar().showMessage(self.tr("已删除“{text}”（Ctrl+Z 撤销）").format(text=fact.text), 6000)

    def focus_search(self) -> None:
        self.facts_dock.show()
        self.facts_dock.raise_()
        self.facts_dock.content()
        self.facts_panel.search.setFocus()
        self.facts_panel.search.selectAll()

    def show_help(self) -> None:
        self.help_overlay.popup()

    def export_fact_sheet(self) -> None:
        """Ctrl+E: the export dialog for the open page; the window keeps it, so its choices stay."""
        if self.ctx.analysis is None or self.ctx.review is None:
            self.statusBar().showMessage(self.tr("稿件分析完成后才能导出"), 4000)
            return
        from .export_dialog import ExportDialog  # python-docx and openpyxl load at the first export, not at start

        if getattr(self, "export_dialog", None) is None:
            self.export_dialog = ExportDialog(self.ctx, self, status=self.statusBar().showMessage)
        self.export_dialog.prepare()
        self.export_dialog.open()

    def print_proof(self) -> None:
        """Ctrl+P: the annotated draft in the print preview, from which it goes to a printer."""
        if self.ctx.analysis is None or self.ctx.review is None:
            self.statusBar().showMessage(self.tr("稿件分析完成后才能打印"), 4000)
            return
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from .printing import proof_of, setup_printer

        doc = proof_of(self.ctx)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_printer(printer)
        printer.setDocName(doc.metaInformation(doc.MetaInformation.DocumentTitle))
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印批注稿"))
        dialog.paintRequested.connect(doc.print_)
        dialog.finished.connect(dialog.deleteLater)
        dialog.proof, dialog.printer = doc, printer  # alive as long as the dialog
        self.print_dialog = dialog
        dialog.open()

    def show_settings(self) -> None:
        dlg = SettingsDialog(self.ctx.settings, self)
        if dlg.exec():
            moved = dlg.save()
            self.article_view.set_point_size(self.ctx.settings.get("ui/font_size"))
            if moved:
                self.statusBar().showMessage(
                    self.tr("数据文件夹已改为“{folder}”，从下一篇打开的稿件起使用；原文件夹里的新闻库记忆可用“工具 > 导出/导入新闻库记忆”带过去。")
                    .format(folder=dlg.data_dir.text()), 15000
                )

    # drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = self._dropped_paths(event)
        if not paths:
            return
        event.acceptProposedAction()
        self.open_paths(paths)

    @staticmethod
    def _dropped_paths(event) -> list[str]:
        """The drafts among the dropped files (.txt, .md, .docx), in the order dropped."""
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [
            url.toLocalFile()
            for url in mime.urls()
            if url.isLocalFile() and os.path.splitext(url.toLocalFile())[1].lower() in SUPPORTED_SUFFIXES
        ]

    # the review store, revised drafts and the file on disk
    def fill_start_page(self) -> None:
        """The recent drafts on the start page, each with where its review stands."""
        if self.ctx.article is not None:
            return
        paths = self.ctx.settings.get("files/recent")
        store = self.ctx.store if paths else None
        try:
            progress = store.progress(paths) if store is not None else {}
        except StoreError:  # the database is busy or damaged: the list without the progress
            progress = {}
        self.start_page.fill(paths, progress)
        if self.start_page.recent.count():
            self.start_page.recent.setFocus()

    def _article_area(self) -> QWidget:
        """The article view with message bars above it (file changed, review database, revision)."""
        area = QWidget(self)
        area.setObjectName("articleArea")
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.file_bar = MessageBar("fileBar", area)
        self.store_bar = MessageBar("storeBar", area)
        self.notice_bar = MessageBar("noticeBar", area)
        self.revision_bar = MessageBar("revisionBar", area)
        for bar in (self.file_bar, self.store_bar, self.notice_bar, self.revision_bar):
            layout.addWidget(bar)
        layout.addWidget(self.article_view, 1)
        self.find_bar = FindBar(area)
        self.find_bar.matchesChanged.connect(self.article_view.set_find)
        self.find_bar.closed.connect(self.article_view.setFocus)
        layout.addWidget(self.find_bar)
        self.revision_dialog: RevisionDialog | None = None
        return area

    def _add_review_file_actions(self, menu) -> None:
        self.export_review_action = self._action(self.tr("导出核稿记录(&X)…"), self.export_review, [], "exportReviewAction")
        self.import_review_action = self._action(self.tr("导入核稿记录(&I)…"), self.import_review, [], "importReviewAction")
        menu.addSeparator()
        menu.addAction(self.export_review_action)
        menu.addAction(self.import_review_action)

    def _build_tools_menu(self, mb) -> None:
        self.revision_action = self._action(self.tr("修订稿的变更…"), self.show_revision, [], "revisionAction")
        self.export_memory_action = self._action(self.tr("导出新闻库记忆…"), self.export_memory, [], "exportMemoryAction")
        self.import_memory_action = self._action(self.tr("导入新闻库记忆…"), self.import_memory, [], "importMemoryAction")
        self.house_style_action = self._action(self.tr("本报用词规范…"), lambda: self.edit_house_style(), [], "houseStyleAction")
        self.ranked_action = self._action(self.tr("本报排名顺序…"), self.edit_ranked_lists, [], "rankedListsAction")
        self.formulations_action = self._action(
            self.tr("本报规范提法…"), lambda: self.edit_desk_formulations(), [], "deskFormulationsAction"
        )
        self.verified_action = self._action(self.tr("本报核实名录…"), self.edit_verified_names, [], "verifiedNamesAction")
        self.dictionary_action = self._action(self.tr("本报词典…"), self.edit_desk_dictionary, [], "deskDictionaryAction")
        tools = mb.addMenu(self.tr("工具(&T)"))
        tools.addAction(self.revision_action)
        tools.addAction(self.verified_action)
        tools.addAction(self.dictionary_action)
        tools.addAction(self.house_style_action)
        tools.addAction(self.formulations_action)
        tools.addAction(self.ranked_action)
        tools.addSeparator()
        tools.addAction(self.export_memory_action)
        tools.addAction(self.import_memory_action)
        self.tools_menu = tools

    def _store_problem(self, message: str) -> None:
        self.store_bar.show_message(message, "error", [(self.tr("重试"), self.ctx.retry_unsaved)])
        self.statusBar().showMessage(message, 10000)

    def _store_notice(self, message: str) -> None:
        self.notice_bar.show_message(message, "warning")

    def _unsaved_changed(self, n: int) -> None:
        if n:
            self.unsaved_label.setText(self.tr("{n} 个决定尚未写入磁盘").format(n=n))
            self.unsaved_label.show()
        elif self.unsaved_label.isVisible():
            self.unsaved_label.hide()
            self.store_bar.hide()
            self.statusBar().showMessage(self.tr("暂存的决定已全部写入核稿数据库"), 8000)

    def _may_close(self) -> bool:
        """Closing with decisions not yet on disk would lose them: try once more, then ask."""
        if not self.ctx.unsaved or self.ctx.retry_unsaved():
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("有决定尚未保存"),
            self.tr("还有 {n} 个决定没能写入核稿数据库（原因见窗口上方的提示）。关闭窗口会丢失它们。仍然关闭吗？").format(
                n=self.ctx.unsaved
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close

    def _show_revision(self) -> None:
        ctx = self.ctx
        opened = ctx.opened
        if opened is None:
            return
        n = len(opened.carry.carried_keys) if opened.carry else 0
        if not ctx.changed and not ctx.removed:
            if opened.how in ("revised", "same article") and n:
                self.statusBar().showMessage(self.tr("这是修订稿：沿用了 {n} 条核查结论，没有发现变更").format(n=n), 10000)
            return
        text = self.tr("这是修订稿：沿用了 {carried} 条核查结论；{changed} 处事实核稿后有变更（已标“△”，可在状态中筛选“变更”），{removed} 处已删去。").format(
            carried=n, changed=len(ctx.changed), removed=len(ctx.removed)
        )
        self.revision_bar.show_message(text, "warning", [(self.tr("查看变更"), self.show_revision)])
        self.statusBar().showMessage(text, 15000)

    def show_revision(self) -> RevisionDialog | None:
        """The changed and removed facts of a revised draft (non-modal)."""
        if not self.ctx.changed and not self.ctx.removed:
            self.statusBar().showMessage(self.tr("这篇稿件没有修订前的核查记录需要对照"), 5000)
            return None
        if self.revision_dialog is not None:
            self.revision_dialog.close()
            self.revision_dialog.deleteLater()
        dlg = RevisionDialog(sorted(self.ctx.changed.values(), key=lambda c: c.new.start), self.ctx.removed, self)
        dlg.setModal(False)
        dlg.show()
        self.revision_dialog = dlg
        return dlg

    def _file_changed_on_disk(self, path: str) -> None:
        name = os.path.basename(path)
        self.file_bar.show_message(
            self.tr("稿件“{name}”已在磁盘上被修改。重新载入后，未变的核查结论会沿用，变动之处会标出。").format(name=name),
            "info",
            [(self.tr("重新载入"), self.reload_from_disk), (self.tr("忽略"), self.file_bar.hide)],
        )

    def _file_vanished(self, path: str) -> None:
        self.file_bar.show_message(
            self.tr("稿件“{name}”已从磁盘上删除或移走。核稿记录已保存，可以继续核查和导出。").format(name=os.path.basename(path)),
            "warning",
        )

    def reload_from_disk(self) -> bool:
        self.file_bar.hide()
        path = self.ctx.article.path if self.ctx.article is not None else ""
        if path and needs_conversion(path):  # LibreOffice takes seconds: off the UI thread
            self._open_in_background(path, converted=True)
            return True
        try:
            article = self.ctx.reload()
        except NewsFactsError as exc:
            QMessageBox.warning(self, self.tr("无法重新载入"), exc.message_zh)
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.tr("无法重新载入"), exc.strerror or str(exc))
            return False
        self.statusBar().showMessage(self.tr("已重新载入 {name}").format(name=article.name), 6000)
        return True

    def _file_name(self, save: bool, title: str, suggested: str, pattern: str) -> str:
        start = os.path.join(self.ctx.settings.get("files/last_dir"), suggested)
        if save:
            path, _ = QFileDialog.getSaveFileName(self, title, start, pattern)
        else:
            path, _ = QFileDialog.getOpenFileName(self, title, start, pattern)
        return path

    def _transfer(self, title: str, job) -> None:
        """Run an export/import; its errors are told, never raised."""
        try:
            message = job()
        except NewsFactsError as exc:
            QMessageBox.warning(self, title, exc.message_zh)
            return
        if message:
            self.statusBar().showMessage(message, 8000)

    def export_review(self) -> None:
        title = self.tr("导出核稿记录")
        if self.ctx.article is None or self.ctx.review is None:
            self.statusBar().showMessage(self.tr("先打开一篇稿件"), 4000)
            return
        stem = os.path.splitext(self.ctx.article.name)[0]
        path = self._file_name(True, title, f"{stem}.核稿记录.json", self.tr("核稿记录") + " (*.json)")
        if path:
            self._transfer(
                title, lambda: self.tr("已导出 {n} 个决定到 {name}").format(n=self.ctx.export_review(path), name=os.path.basename(path))
            )

    def import_review(self) -> None:
        title = self.tr("导入核稿记录")
        path = self._file_name(False, title, "", self.tr("核稿记录") + " (*.json)")
        if not path:
            return

        def job() -> str:
            n, here = self.ctx.import_review(path)
            if here:
                return self.tr("已导入核稿记录：本稿共有 {n} 个决定").format(n=n)
            return self.tr("已导入核稿记录（{n} 个决定）；打开该稿件即可看到").format(n=n)

        self._transfer(title, job)

    def edit_house_style(self, written: str = "") -> HouseStyleDialog:
        """本报用词规范: the forms the desk does not print; every change is kept at once."""
        dialog = HouseStyleDialog(self.ctx, self, written)
        dialog.open()
        return dialog

    def edit_verified_names(self) -> VerifiedNamesDialog:
        """本报核实名录: the names the desk verified; entered, changed or removed here, kept at once."""
        dialog = VerifiedNamesDialog(self.ctx, self)
        dialog.opened.connect(self.open_path)
        dialog.open()
        return dialog

    def edit_desk_dictionary(self) -> DeskDictionaryDialog:
        """本报词典: the desk's corrections to the names dictionary; a change reads the draft again."""
        dialog = DeskDictionaryDialog(self.ctx, self)
        dialog.open()
        return dialog

    def edit_ranked_lists(self) -> RankedListsDialog:
        """本报排名顺序: the lists of names the desk prints in one order; every change is kept at once."""
        dialog = RankedListsDialog(self.ctx, self)
        dialog.open()
        return dialog

    def edit_desk_formulations(self, form: str = "") -> DeskFormulationsDialog:
        """本报规范提法: the desk's own formulations, printed exactly; every change is kept at once."""
        dialog = DeskFormulationsDialog(self.ctx, self, form)
        dialog.open()
        return dialog

    def formulation_from_selection(self) -> DeskFormulationsDialog | None:
        selected = self._selection()
        return self.edit_desk_formulations(selected[2].strip()) if selected is not None else None

    def house_style_from_selection(self) -> HouseStyleDialog | None:
        selected = self._selection()
        return self.edit_house_style(selected[2].strip()) if selected is not None else None

    def export_memory(self) -> None:
        title = self.tr("导出新闻库记忆")
        path = self._file_name(True, title, "新闻库记忆.json", self.tr("新闻库记忆") + " (*.json)")
        if path:
            self._transfer(
                title, lambda: self.tr("已导出 {n} 条记忆到 {name}").format(n=self.ctx.export_memory(path), name=os.path.basename(path))
            )

    def import_memory(self) -> None:
        title = self.tr("导入新闻库记忆")
        path = self._file_name(False, title, "", self.tr("新闻库记忆") + " (*.json)")
        if path:
            self._transfer(title, lambda: self.tr("已导入 {n} 条新的记忆").format(n=self.ctx.import_memory(path)))
