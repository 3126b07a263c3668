"""The main window: the article view, File > Open, drag and drop."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QFont, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QPlainTextEdit

from ..core.errors import NewsFactsError
from ..core.model import Article
from ..core.reading import SUPPORTED_SUFFIXES, read_article

CJK_FONTS = ["Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "SimSun"]


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.article: Article | None = None
        self.setWindowTitle(self.tr("核稿助手"))
        self.resize(1200, 800)
        self.setAcceptDrops(True)

        self.article_view = QPlainTextEdit(self)
        self.article_view.setObjectName("articleView")
        self.article_view.setReadOnly(True)
        font = QFont()
        font.setFamilies(CJK_FONTS)
        font.setPointSize(12)
        self.article_view.setFont(font)
        self.article_view.setPlaceholderText(self.tr("打开或拖入一篇稿件(.txt / .md / .docx)"))
        self.setCentralWidget(self.article_view)

        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.open_action = QAction(self.tr("打开(&O)…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_file)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出(&Q)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.statusBar().showMessage(self.tr("就绪"))

    def choose_file(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("打开稿件"), "", self.tr("稿件") + f" ({patterns})")
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        try:
            article = read_article(path)
        except NewsFactsError as exc:
            QMessageBox.warning(self, self.tr("无法打开"), exc.message_zh)
            self.statusBar().showMessage(exc.message_zh)
            return False
        self.article = article
        self.article_view.setPlainText(article.text)
        self.setWindowTitle(f"{article.name} — " + self.tr("核稿助手"))
        self.statusBar().showMessage(
            self.tr("已打开 {name}:{n} 字,编码 {enc}").format(name=article.name, n=len(article.text), enc=article.encoding)
        )
        return True

    # drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path)

    @staticmethod
    def _dropped_path(event) -> str | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile():
                local = url.toLocalFile()
                if os.path.splitext(local)[1].lower() in SUPPORTED_SUFFIXES:
                    return local
        return None
