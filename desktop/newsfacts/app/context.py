"""The application context: settings, the open document, its review and the undo stack.

One ``AppContext`` is built at start and passed to the window (tests build their own); there are
no globals.  Every decision of the editor goes through ``record``: it pushes an undo command whose
do, undo and redo all pass through ``_commit``, the one place the Review changes (and the one
place the review store writes).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.model import Analysis, Article, Fact, Finding
from ..core.pipeline import analyse
from ..core.reading import read_article
from ..core.review import Action, Decision, Review
from .settings import Settings
from .tasks import TaskRunner

# Verdicts an editor gives a finding; None (no entry) means "not looked at yet".
FINDING_FIXED = "fixed"
FINDING_NOT_A_PROBLEM = "not_a_problem"
FINDING_VERDICTS = (FINDING_FIXED, FINDING_NOT_A_PROBLEM)

# Drafts larger than this are read off the UI thread (a page is 10 to 60 KB; 300,000 characters ~ 900 KB).
LARGE_FILE_BYTES = 256 * 1024

# What pipeline.analyse is called with; tests and benchmarks may swap it.
Analyser = Callable[..., Analysis]


@dataclass(frozen=True)
class LexiconFeedback:
    """A word the editor added (accepted=True) or rejected as a fact: for the newsroom dictionary."""

    word: str
    kind: str
    accepted: bool


class DecisionCommand(QUndoCommand):
    def __init__(self, ctx: "AppContext", decision: Decision, text: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.ctx = ctx
        self.decision = decision
        self.applied: Decision | None = None

    def redo(self) -> None:
        self.applied = self.ctx._commit(self.decision)

    def undo(self) -> None:
        if self.applied is not None and self.ctx.review is not None:
            self.ctx._commit(self.ctx.review.undo_of(self.applied))


@dataclass
class Document:
    article: Article
    generation: int
    analysis: Analysis | None = None
    error: str | None = None
    progress: int = 0


class AppContext(QObject):
    documentOpened = Signal()  # a new article is shown; its analysis is running
    openFailed = Signal(str)  # a draft read in the background could not be opened (message for the editor)
    analysisProgress = Signal(int, str)
    analysisReady = Signal()  # self.review is set
    analysisFailed = Signal(str)
    factChanged = Signal(str)  # a fact's verdict changed (key)
    factsChanged = Signal()  # a fact was added or removed
    decisionCommitted = Signal(object)  # every Decision applied to the review, undo and redo included
    findingVerdictChanged = Signal(str)  # Finding.key
    lexiconFeedback = Signal(object)  # LexiconFeedback

    def __init__(self, settings: Settings | None = None, parent: QObject | None = None, analyser: Analyser = analyse) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.tasks = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.analyser = analyser
        self.document: Document | None = None
        self.review: Review | None = None
        self.finding_verdicts: dict[str, str] = {}
        self.lexicon = None  # the newsroom dictionary (Lexicon.add / Lexicon.reject), when there is one
        self.lexicon_feedback: list[LexiconFeedback] = []
        self._generation = itertools.count(1)
        self._pending_open: int | None = None

    # the document
    @property
    def article(self) -> Article | None:
        return self.document.article if self.document else None

    @property
    def analysis(self) -> Analysis | None:
        return self.document.analysis if self.document else None

    @property
    def busy(self) -> bool:
        if self._pending_open is not None:
            return True
        return self.document is not None and self.document.analysis is None and self.document.error is None

    def open(self, path: str) -> Article:
        """Read a draft (raises NewsFactsError with a message for the editor) and start its analysis."""
        article = read_article(path)
        self.settings.add_recent(article.path or path)
        self.load(article)
        return article

    def open_in_background(self, path: str) -> None:
        """Read a large draft off the UI thread; documentOpened or openFailed follows."""
        generation = next(self._generation)
        self._pending_open = generation
        self.tasks.run(
            partial(read_article, path),
            on_success=partial(self._read_done, generation, path),
            on_failure=partial(self._read_failed, generation),
        )

    def _read_done(self, generation: int, path: str, article: Article) -> None:
        if self._pending_open == generation:
            self._pending_open = None
            self.settings.add_recent(article.path or path)
            self.load(article)

    def _read_failed(self, generation: int, exc: BaseException) -> None:
        if self._pending_open == generation:
            self._pending_open = None
            msg = getattr(exc, "message_zh", None) or getattr(exc, "strerror", None) or str(exc)
            self.openFailed.emit(msg)

    def load(self, article: Article) -> None:
        self.tasks.cancel_all()
        self._pending_open = None
        self.undo_stack.clear()
        self.review = None
        self.finding_verdicts = {}
        self.document = Document(article, next(self._generation))
        self.documentOpened.emit()
        self._start_analysis()

    def _start_analysis(self) -> None:
        doc = self.document
        assert doc is not None
        fn = partial(self.analyser, doc.article, lexicon=self.lexicon)
        self.tasks.run(
            fn,
            on_success=partial(self._analysis_done, doc.generation),
            on_failure=partial(self._analysis_failed, doc.generation),
            on_progress=partial(self._analysis_progress, doc.generation),
        )

    def _current(self, generation: int) -> bool:
        return self.document is not None and self.document.generation == generation

    def _analysis_progress(self, generation: int, pct: int, what: str) -> None:
        if self._current(generation):
            self.document.progress = pct
            self.analysisProgress.emit(pct, what)

    def _analysis_done(self, generation: int, analysis: Analysis) -> None:
        if self._current(generation):
            self.set_analysis(analysis)

    def _analysis_failed(self, generation: int, exc: BaseException) -> None:
        if self._current(generation):
            msg = getattr(exc, "message_zh", None) or f"{type(exc).__name__}: {exc}"
            self.document.error = msg
            self.analysisFailed.emit(msg)

    def set_analysis(self, analysis: Analysis) -> None:
        """Show an analysis (from the pipeline, or built by a test) and start its review."""
        if self.document is None or self.document.article is not analysis.article:
            self.document = Document(analysis.article, next(self._generation))
            self.documentOpened.emit()
        self.document.analysis = analysis
        self.document.progress = 100
        self.review = Review(analysis)
        self.undo_stack.clear()
        self.analysisReady.emit()

    # decisions
    def record(self, decision: Decision, text: str | None = None) -> None:
        """The one way a decision is made: applied now, undoable, written by the store."""
        if self.review is None:
            raise RuntimeError("no analysis to review yet")
        self.undo_stack.push(DecisionCommand(self, decision, text or _describe(decision)))
        self._feed_lexicon(decision)

    def record_all(self, decisions: Sequence[Decision], text: str) -> None:
        """Several decisions as one undo step (apply to all mentions)."""
        if not decisions:
            return
        self.undo_stack.beginMacro(text)
        try:
            for d in decisions:
                self.record(d)
        finally:
            self.undo_stack.endMacro()

    def _commit(self, decision: Decision) -> Decision:
        assert self.review is not None
        applied = self.review.apply(decision)
        self.decisionCommitted.emit(applied)
        before = applied.previous
        after = self.review.state(decision.fact.key)
        if decision.action is Action.ADD or (before is not None and before.removed != after.removed):
            self.factsChanged.emit()
        else:
            self.factChanged.emit(decision.fact.key)
        return applied

    def _feed_lexicon(self, decision: Decision) -> None:
        fact: Fact = decision.fact
        if decision.action not in (Action.ADD, Action.REMOVE) or not fact.is_entity:
            return
        fb = LexiconFeedback(fact.text, fact.kind.value, decision.action is Action.ADD)
        self.lexicon_feedback.append(fb)
        if self.lexicon is not None:
            (self.lexicon.add if fb.accepted else self.lexicon.reject)(fb.word, fb.kind)
        self.lexiconFeedback.emit(fb)

    # findings
    def finding_verdict(self, finding: Finding) -> str | None:
        return self.finding_verdicts.get(finding.key)

    def set_finding_verdict(self, key: str, verdict: str | None) -> None:
        if verdict is not None and verdict not in FINDING_VERDICTS:
            raise ValueError(verdict)
        if verdict is None:
            self.finding_verdicts.pop(key, None)
        else:
            self.finding_verdicts[key] = verdict
        self.findingVerdictChanged.emit(key)

    def shutdown(self, msecs: int = 3000) -> None:
        self.tasks.cancel_all()
        self.tasks.wait(msecs)


def _describe(d: Decision) -> str:
    names = {
        Action.VERIFY: QCoreApplication.translate("AppContext", "核实"),
        Action.CORRECT: QCoreApplication.translate("AppContext", "更正"),
        Action.DISPUTE: QCoreApplication.translate("AppContext", "存疑"),
        Action.NOTE: QCoreApplication.translate("AppContext", "备注"),
        Action.RESET: QCoreApplication.translate("AppContext", "设为未核"),
        Action.ADD: QCoreApplication.translate("AppContext", "添加"),
        Action.REMOVE: QCoreApplication.translate("AppContext", "删除"),
        Action.RESTORE: QCoreApplication.translate("AppContext", "恢复"),
    }
    return f"{names[d.action]}“{d.fact.text}”"
