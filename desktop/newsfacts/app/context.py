"""The application context: settings, the open document, its review and the undo stack.

One ``AppContext`` is built at start and passed to the window (tests build their own); there are
no globals.  Every decision of the editor goes through ``record``: it pushes an undo command whose
do, undo and redo all pass through ``_commit``, the one place the Review changes (and the one
place the review store writes).

Persistence (``core.store``): the ``ReviewStore`` is opened the first time it is needed, in the
data folder (``NEWSFACTS_DATA_DIR``, else the ``store/data_dir`` setting, else the platform's).
A decision is on disk before the signals that show it as done are emitted.  When the database
refuses a write (locked by another window, disk full) or cannot be opened at all (data folder not
writable), the decision stays in the review on screen, is kept in ``unsaved`` and written at the
next chance (the next decision or ``retry_unsaved``, which the window calls on a timer).
"""

from __future__ import annotations

import hashlib
import itertools
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.errors import NewsFactsError
from ..core.extraction.lexicon import Lexicon
from ..core.model import Analysis, Article, Fact, Finding, Kind
from ..core.checks import formulations, run_checks
from ..core.pipeline import analyse, load_tables
from ..core.reading import needs_conversion, read_article
from ..core.review import Action, Decision, Review, current_user
from ..core.store import (
    FINDING_VERDICTS,
    MEMORY_KINDS,
    ChangedFact,
    DeskFormulation,
    KnownName,
    LexiconRecord,
    MemorySnapshot,
    OpenedReview,
    RankedList,
    RemovedFact,
    ReviewStore,
    StoreError,
    StyleRule,
    VerifiedName,
    fingerprint,
    with_memory_findings,
)
from ..core.store.checks import apply_to_checks
from ..core.store.db import BUSY_TIMEOUT_MS
from .settings import Settings
from .tasks import TaskRunner

# Verdicts an editor gives a finding (the store's values, which the export reads too);
# None (no entry) means "not looked at yet".
FINDING_FIXED, FINDING_NOT_A_PROBLEM = FINDING_VERDICTS

# Drafts larger than this are read off the UI thread (a page is 10 to 60 KB; 300,000 characters ~ 900 KB).
LARGE_FILE_BYTES = 256 * 1024
# Drafts this long or longer are checked against the memory off the UI thread when the memory
# changes (a page of 10,000 characters takes 0.1 s against 12,000 names: bench/run.py memory).
SYNC_MEMORY_CHECK_CHARS = 50_000

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
    analysisReady = Signal()  # self.review is set (decisions replayed or carried over: see self.opened)
    analysisFailed = Signal(str)
    factChanged = Signal(str)  # a fact's verdict changed (key)
    factsChanged = Signal()  # a fact was added or removed
    decisionCommitted = Signal(object)  # every Decision applied to the review, undo and redo included
    findingVerdictChanged = Signal(str)  # Finding.key
    lexiconFeedback = Signal(object)  # LexiconFeedback
    findingsChanged = Signal()  # the open draft checked against the memory again: its facts and review unchanged
    memoryChanged = Signal()  # the newsroom memory took or lost a rule or a name, or merged a desk's file
    storeProblem = Signal(str)  # the review database refused a write or could not be opened (message)
    storeNotice = Signal(str)  # once: a damaged database was set aside (message says where it went)
    unsavedChanged = Signal(int)  # decisions waiting to be written; 0 when all are on disk again
    fileChangedOnDisk = Signal(str)  # the open draft was changed by another program (path)
    fileVanished = Signal(str)  # the open draft's file was deleted or moved away (path)

    # How often decisions kept back by a failed write are tried again.
    RETRY_MS = 5000
    # A save-by-replace removes the file for a moment: look again after this long.
    FILE_SETTLE_MS = 250
    MEMORY_RECHECK_MS = 400  # after the last name verified in the draft

    def __init__(
        self,
        settings: Settings | None = None,
        parent: QObject | None = None,
        analyser: Analyser = analyse,
        *,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.tasks = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.analyser = analyser
        self.document: Document | None = None
        self.review: Review | None = None
        self.finding_verdicts: dict[str, str] = {}
        # The editors' dictionary corrections made in this session, on top of those the store's
        # memory holds (a store that cannot be written still leaves them in force until closing).
        self.lexicon: Lexicon = Lexicon()
        self.lexicon_feedback: list[LexiconFeedback] = []
        self._warmed = False
        self._generation = itertools.count(1)
        self._memory_checks = itertools.count(1)
        self._memory_check: tuple[int, int] | None = None
        self._pending_open: int | None = None
        self._open_task = None  # the Task reading it
        # the review store, opened when first needed
        self.busy_timeout_ms = busy_timeout_ms
        self._store: ReviewStore | None = None
        self._store_folder: str | None = None  # the data folder the open store was opened in
        self.store_error: StoreError | None = None
        self.opened: OpenedReview | None = None  # how the open draft's review was found
        self.document_id: int | None = None
        self.changed: dict[str, ChangedFact] = {}  # new fact key -> the decided fact it replaced
        self.removed: tuple[RemovedFact, ...] = ()  # decided facts the revised draft no longer has
        # written when the store can take them: (document id or article, decision / finding verdict)
        self._held: list[tuple[int | Article, Decision]] = []
        self._held_verdicts: list[tuple[int | Article, str, str | None]] = []
        self._retry = QTimer(self)
        self._retry.setInterval(self.RETRY_MS)
        self._retry.timeout.connect(self.retry_unsaved)
        # names verified in the draft change what the memory finds in it: checked again once the
        # editor pauses (a keystroke each, against a large memory, would cost 0.15 s each)
        self._memory_recheck = QTimer(self)
        self._memory_recheck.setSingleShot(True)
        self._memory_recheck.setInterval(self.MEMORY_RECHECK_MS)
        self._memory_recheck.timeout.connect(self.refresh_memory_findings)
        # the open draft on disk
        # made when a file is opened (each one holds an inotify instance, a scarce resource)
        self.watcher: QFileSystemWatcher | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(self.FILE_SETTLE_MS)
        self._settle.timeout.connect(self._check_file)
        self._vanished = False
        self._offered: str | None = None  # fingerprint of the disk version already offered for reload
        self._source_digest: str | None = None  # bytes of a draft LibreOffice converts, as opened

    # the review store
    def data_folder(self) -> str | None:
        """NEWSFACTS_DATA_DIR, else the folder chosen in Settings, else the platform's (None)."""
        return os.environ.get("NEWSFACTS_DATA_DIR") or self.settings.get("store/data_dir") or None

    @property
    def store(self) -> ReviewStore | None:
        """The review store, opened on first use; None (and ``store_error``) when it cannot be."""
        if self._store is None:
            try:
                self._store = ReviewStore(self.data_folder(), busy_timeout_ms=self.busy_timeout_ms)
                self._store_folder = self.data_folder()
            except StoreError as exc:
                self.store_error = exc
                return None
            self.store_error = None
            if self._store.notice is not None:
                self.storeNotice.emit(self._store.notice.message_zh)
        return self._store

    @property
    def unsaved(self) -> int:
        """Decisions and finding verdicts shown in the window but not yet on disk."""
        pending = len(self._store.pending) if self._store is not None else 0
        return len(self._held) + len(self._held_verdicts) + pending

    def _doc_ref(self) -> int | Article:
        return self.document_id if self.document_id is not None else self.article

    def _flush(self) -> bool:
        """Write what waits; True when everything is on disk.  A failure is told, nothing dropped."""
        if not self.unsaved:
            return True
        store = self.store
        try:
            if store is None:
                raise self.store_error or StoreError("核稿数据库无法打开", "The review database cannot be opened")
            while self._held:
                ref, d = self._held[0]
                doc_id = store.document_id(ref)
                if ref is self.article and self.document_id is None:
                    self.document_id = doc_id
                store.pending.append((doc_id, d))
                self._held.pop(0)
            store.flush()
            while self._held_verdicts:
                ref, key, verdict = self._held_verdicts[0]
                store.set_finding_verdict(store.document_id(ref), key, verdict, by=current_user())
                self._held_verdicts.pop(0)
        except StoreError as exc:
            self._told(exc)
            return False
        self._retry.stop()
        self.unsavedChanged.emit(0)
        return True

    def _told(self, exc: StoreError) -> None:
        message = exc.message_zh
        if self._store is None and self.unsaved:  # the store's own messages say what it keeps
            message += self.tr("本窗口中的 {n} 个决定尚未保存，暂存在本窗口中，问题解决后自动写入；请勿关闭本窗口。").format(
                n=self.unsaved
            )
        self.storeProblem.emit(message)
        self.unsavedChanged.emit(self.unsaved)
        if not self._retry.isActive():
            self._retry.start()

    def retry_unsaved(self) -> bool:
        """Try again to write what a failure kept back (called on a timer); True when all is written."""
        if not self.unsaved:
            self._retry.stop()
            return True
        store = self._store
        if store is None:
            return self._flush()
        # A retry should not freeze the window while another program holds the lock.
        quick = min(self.busy_timeout_ms, 50)
        try:
            store.db.conn.execute(f"PRAGMA busy_timeout = {quick}")
            return self._flush()
        finally:
            store.db.conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")

    def _memory(self) -> MemorySnapshot | None:
        store = self.store
        if store is None:
            return None
        try:
            return store.memory.snapshot()
        except StoreError:
            return None

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
        article = read_article(os.path.abspath(path))
        self.settings.add_recent(article.path or path)
        self.load(article)
        return article

    def reload(self) -> Article:
        """Read the open draft again from disk; its review carries over to the new text."""
        if self.article is None or not self.article.path:
            raise NewsFactsError("没有可以重新载入的稿件", "There is no draft to reload")
        return self.open(self.article.path)

    def open_in_background(self, path: str) -> None:
        """Read a large draft off the UI thread; documentOpened or openFailed follows.  A draft
        still being read (or converted by LibreOffice) for this window is no longer wanted: that
        work stops."""
        if self._open_task is not None:
            self._open_task.cancelled = True
        generation = next(self._generation)
        self._pending_open = generation
        self._open_task = self.tasks.run(
            partial(read_article, os.path.abspath(path)),
            on_success=partial(self._read_done, generation, path),
            on_failure=partial(self._read_failed, generation),
            stoppable=True,
        )

    def _read_done(self, generation: int, path: str, article: Article) -> None:
        if self._pending_open == generation:
            self._pending_open = self._open_task = None
            self.settings.add_recent(article.path or path)
            self.load(article)

    def _read_failed(self, generation: int, exc: BaseException) -> None:
        if self._pending_open == generation:
            self._pending_open = self._open_task = None
            msg = getattr(exc, "message_zh", None) or getattr(exc, "strerror", None) or str(exc)
            self.openFailed.emit(msg)

    def warm_up(self) -> None:
        """Load the extractors' tables in the background while the window waits for a draft, so the
        first analysis neither waits for them nor holds the UI thread up while they load."""
        if self.analyser is analyse and not self._warmed:
            self._warmed = True
            self.tasks.run(load_tables, on_success=lambda _: None)

    def _follow_data_folder(self) -> None:
        """A data folder changed in Settings takes effect with the next draft: the draft on screen
        keeps the store its review came from (and one with decisions still to write keeps it too)."""
        if self._store is not None and self._store_folder != self.data_folder() and not self.unsaved:
            self._store.close()
            self._store = None

    def load(self, article: Article) -> None:
        self._follow_data_folder()
        self.tasks.cancel_all()
        self._pending_open = self._open_task = None
        self.undo_stack.clear()
        self._forget_review()
        self.document = Document(article, next(self._generation))
        self._watch(article)
        self.documentOpened.emit()
        self._start_analysis()

    def _forget_review(self) -> None:
        self.review = None
        self.finding_verdicts = {}
        self.opened = None
        self.document_id = None
        self.changed = {}
        self.removed = ()

    def _start_analysis(self) -> None:
        doc = self.document
        assert doc is not None
        memory = self._memory()  # read here: only the main thread touches the store
        apply_to_checks(memory)  # a new premier, a new Standing Committee the desk verified: no error
        fn = partial(_analyse_with_memory, self.analyser, doc.article, self.editor_lexicon(memory), memory)
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
        """Show an analysis (from the pipeline, or built by a test) and open its review from the store."""
        if self.document is None or self.document.article is not analysis.article:
            self.document = Document(analysis.article, next(self._generation))
            self._watch(analysis.article)
            self.documentOpened.emit()
        self.document.analysis = analysis
        self.document.progress = 100
        self._forget_review()
        self.review = self._open_review(analysis)
        self.undo_stack.clear()
        self.analysisReady.emit()

    def _open_review(self, analysis: Analysis) -> Review:
        store = self.store
        if store is None:
            self._told(self.store_error)
            return Review(analysis)
        try:
            opened = store.open_review(analysis.article, analysis)
            verdicts = store.finding_verdicts(opened.document_id)
        except StoreError as exc:
            self.storeProblem.emit(
                exc.message_zh + self.tr("以前的核稿记录暂时读不出来；新的决定会先暂存在本窗口中。")
            )
            return Review(analysis)
        self.opened = opened
        self.document_id = opened.document_id
        keys = {f.key for f in analysis.findings}
        self.finding_verdicts = {k: v for k, v in verdicts.items() if k in keys}
        if opened.carry is not None:
            self.changed = {c.new.key: c for c in opened.carry.changed}
            self.removed = tuple(opened.carry.removed)
        return opened.review

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
        # On disk before anything shows it as done; a refused write keeps it (and says so).
        self._held.append((self._doc_ref(), applied))
        self._flush()
        self.decisionCommitted.emit(applied)
        if decision.fact.is_entity:
            # a name verified, corrected, or taken back: the desk's list follows, and so do the
            # findings the memory gives (李明 verified as 解放区委书记 is the holder from now on)
            self.memoryChanged.emit()
            self._memory_recheck.start()
        before = applied.previous
        after = self.review.state(decision.fact.key)
        if decision.action is Action.ADD or (before is not None and before.removed != after.removed):
            self.factsChanged.emit()
        else:
            self.factChanged.emit(decision.fact.key)
        return applied

    def editor_lexicon(self, memory: MemorySnapshot | None) -> Lexicon:
        """What entity extraction applies over the newsroom dictionary: memory, then this session."""
        stored = memory.editor_lexicon() if memory is not None else None
        return stored.merge(self.lexicon) if stored is not None else self.lexicon

    def _feed_lexicon(self, decision: Decision) -> None:
        """A name the editor added is found from now on; a false one removed is never found again."""
        fact: Fact = decision.fact
        if decision.action not in (Action.ADD, Action.REMOVE) or not fact.is_entity:
            return
        fb = LexiconFeedback(fact.text, fact.kind.value, decision.action is Action.ADD)
        self.lexicon_feedback.append(fb)
        self.lexicon = (self.lexicon.add if fb.accepted else self.lexicon.reject)(fb.word, fb.kind)
        store = self.store
        if store is not None:
            try:
                (store.memory.lexicon_add if fb.accepted else store.memory.lexicon_reject)(fb.word, fb.kind)
            except StoreError as exc:
                self.storeProblem.emit(exc.message_zh)
        self.lexiconFeedback.emit(fb)
        self.memoryChanged.emit()

    # findings
    def finding_verdict(self, finding: Finding) -> str | None:
        return self.finding_verdicts.get(finding.key)

    def set_finding_verdict(self, key: str, verdict: str | None) -> None:
        """"fixed" / "not a problem" (or None to take it back), written to the store at once."""
        if verdict is not None and verdict not in FINDING_VERDICTS:
            raise ValueError(verdict)
        if verdict is None:
            self.finding_verdicts.pop(key, None)
        else:
            self.finding_verdicts[key] = verdict
        self._held_verdicts.append((self._doc_ref(), key, verdict))
        self._flush()
        self.findingVerdictChanged.emit(key)

    # review and memory files
    def export_review(self, path: str) -> int:
        """The open draft's review as one portable file; how many decisions it holds."""
        store = self._store_or_raise()
        if self.article is None:
            raise NewsFactsError("没有打开的稿件", "No draft is open")
        self._flush()
        return store.export_review(self._doc_ref(), path)

    def import_review(self, path: str) -> tuple[int, bool]:
        """A colleague's review file: (decisions it holds, whether it is the open draft's review)."""
        store = self._store_or_raise()
        self._flush()
        doc_id = store.import_review(path)
        doc = store.document(doc_id)
        n = len(store.decisions(doc_id))
        here = self.article is not None and doc.fingerprint == fingerprint(self.article.text)
        if here and self.analysis is not None:
            self.set_analysis(self.analysis)  # replayed, with the colleague's decisions
        return n, here

    def export_memory(self, path: str) -> int:
        return self._store_or_raise().memory.export(path)

    # the desk's verified names
    def verified_names(self) -> list[VerifiedName]:
        store = self.store
        return store.memory.verified() if store is not None else []

    def save_verified_name(self, name: KnownName, replacing: KnownName | None = None) -> None:
        """Enter a verified name by hand, or change one (a person's new role): it counts as verified
        now (for a post, the holder from now on); the open draft is checked again."""
        self._store_or_raise().memory.replace(replacing or name, name)
        self._memory_changed()

    def import_roster(self, path: str) -> tuple[int, str]:
        """The desk's roster of officials, each entered as verified now (in the file's order);
        (how many, the lines that gave no person and post, said for a message: "" for none).
        The open draft is checked again."""
        from ..core.store.roster import read_roster

        roster = read_roster(path)
        added = self._store_or_raise().memory.enter(roster.names)
        self._memory_changed()
        return added, roster.unread_said()

    def forget_verified_name(self, name: KnownName) -> None:
        self._store_or_raise().memory.forget(name.name, name.kind, name.role)
        self._memory_changed()

    # the desk's dictionary corrections
    def lexicon_records(self) -> list[LexiconRecord]:
        store = self.store
        return store.memory.lexicon_records() if store is not None else []

    def set_lexicon_entry(self, word: str, kind: Kind, accepted: bool) -> None:
        """A name the desk adds (found from now on) or a word it says is never that kind; the open
        draft is read again with it."""
        memory = self._store_or_raise().memory
        (memory.lexicon_add if accepted else memory.lexicon_reject)(word, kind)
        self.lexicon = (self.lexicon.add if accepted else self.lexicon.reject)(word, kind)
        self.memoryChanged.emit()
        self.reanalyse()

    def clear_lexicon_entry(self, word: str, kind: Kind) -> None:
        """A correction taken back: the word is found (or not) as the model and dictionary say."""
        self._store_or_raise().memory.lexicon_clear(word, kind)
        self.lexicon = self.lexicon.without(word, kind)
        self.memoryChanged.emit()
        self.reanalyse()

    def reanalyse(self) -> None:
        """Extract the open draft again (the dictionary changed); its decisions are replayed."""
        if self.article is not None:
            self.load(self.article)

    # the desk's usage rules
    def house_style(self) -> list[StyleRule]:
        store = self.store
        return store.memory.style_rules() if store is not None else []

    def set_house_style(self, written: str, preferred: str, note: str = "") -> None:
        """Add or change a rule (written to the store at once); the open draft is checked again."""
        self._store_or_raise().memory.style_set(written, preferred, note)
        self._memory_changed()

    def remove_house_style(self, written: str) -> None:
        self._store_or_raise().memory.style_remove(written)
        self._memory_changed()

    # the desk's ranked lists
    def ranked_lists(self) -> list[RankedList]:
        store = self.store
        return store.memory.ranked_lists() if store is not None else []

    def set_ranked_list(self, label: str, names: list[str]) -> None:
        """Add or replace a list (written to the store at once); the open draft is checked again."""
        self._store_or_raise().memory.ranked_set(label, names)
        self._memory_changed()

    def remove_ranked_list(self, label: str) -> None:
        self._store_or_raise().memory.ranked_remove(label)
        self._memory_changed()

    # the desk's standard formulations
    def desk_formulations(self) -> list[DeskFormulation]:
        store = self.store
        return store.memory.desk_formulations() if store is not None else []

    def set_desk_formulation(self, form: str, note: str = "") -> None:
        """Add a formulation, or change its note (written to the store at once); the open draft
        is checked again."""
        self._store_or_raise().memory.formulation_set(form, note)
        self._memory_changed()

    def remove_desk_formulation(self, form: str) -> None:
        self._store_or_raise().memory.formulation_remove(form)
        self._memory_changed()

    def import_memory(self, path: str) -> int:
        """Merge a desk's memory file; the open draft is checked against it again."""
        added = self._store_or_raise().memory.import_(path)
        self._memory_changed()
        return added

    def _memory_changed(self) -> None:
        self.memoryChanged.emit()
        if self.analysis is not None and not self.busy:
            self.refresh_memory_findings()

    def refresh_memory_findings(self) -> None:
        """Check the open draft against the memory again (a rule or a name saved, a desk's file
        merged), keeping its review.  A long draft is checked off the window's thread (300,000
        characters against 12,000 verified names take seconds); the latest check wins."""
        analysis = self.analysis
        if analysis is None or self.review is None or self._store is None:
            return  # no store open (the window closed): nothing of the memory changed here
        memory = self._memory()
        # the desk verified a leader in a post leaders.tsv gives another, or keeps its own list
        # of leaders the shipped one names: the page's checks run again
        leaders_changed = apply_to_checks(memory)
        work = partial(_findings_again, analysis, memory, leaders_changed)
        token = (self.document.generation, next(self._memory_checks))
        self._memory_check = token
        if len(analysis.article.text) < SYNC_MEMORY_CHECK_CHARS:
            self._memory_checked(token, work())
        else:
            self.tasks.run(work, on_success=partial(self._memory_checked, token))

    def _memory_checked(self, token: tuple[int, int], fresh: Analysis) -> None:
        if self._memory_check != token or not self._current(token[0]) or self.review is None:
            return  # another draft, or a later change of the memory, is being checked
        self.document.analysis = fresh
        self.review.analysis = fresh
        self.findingsChanged.emit()

    def _store_or_raise(self) -> ReviewStore:
        store = self.store
        if store is None:
            raise self.store_error or StoreError("核稿数据库无法打开", "The review database cannot be opened")
        return store

    # the open file on disk
    def _watch(self, article: Article) -> None:
        if self.watcher is None:
            self.watcher = QFileSystemWatcher(self)
            self.watcher.fileChanged.connect(self._file_event)
            self.watcher.directoryChanged.connect(self._file_event)
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        self._vanished = False
        self._offered = None
        self._source_digest = None
        if article.path and os.path.exists(article.path):
            self.watcher.addPath(article.path)
            if needs_conversion(article.path):
                self._source_digest = _file_digest(article.path)

    def _file_event(self, _path: str) -> None:
        self._settle.start()  # editors save by writing a new file and renaming it: wait until it is there

    def _check_file(self) -> None:
        article = self.article
        if article is None or not article.path or self.watcher is None:
            return
        path = article.path
        if not os.path.exists(path):
            folder = os.path.dirname(path)
            if folder and folder not in self.watcher.directories() and os.path.isdir(folder):
                self.watcher.addPath(folder)  # to notice the file coming back
            if not self._vanished:
                self._vanished = True
                self.fileVanished.emit(path)
            return
        if path not in self.watcher.files():
            self.watcher.addPath(path)  # a replaced file is a new file: watch it again
        if needs_conversion(path):
            # converting takes LibreOffice seconds: a draft it reads is compared by its bytes
            fp = _file_digest(path)
            if fp is None:
                return
            unchanged = fp == self._source_digest
        else:
            try:
                text = read_article(path).text
            except (NewsFactsError, OSError):
                return  # half written: the next change event looks again
            fp = fingerprint(text)
            unchanged = fp == fingerprint(article.text)
        was_vanished, self._vanished = self._vanished, False
        if unchanged:
            return
        if fp == self._offered and not was_vanished:
            return
        self._offered = fp
        self.fileChangedOnDisk.emit(path)

    def shutdown(self, msecs: int = 3000) -> None:
        self.tasks.cancel_all()
        self.tasks.wait(msecs)
        self._retry.stop()
        self._settle.stop()
        self._memory_recheck.stop()
        if self.watcher is not None:
            self.watcher.deleteLater()
            self.watcher = None
        if self._store is not None and not self.unsaved:  # kept open while decisions wait to be written
            self._store.close()
            self._store = None


def _findings_again(analysis: Analysis, memory: MemorySnapshot | None, rerun_checks: bool) -> Analysis:
    """The analysis with the memory's findings made again; with ``rerun_checks`` the page's own
    checks too (the leaders' posts they read changed), the facts and their review untouched."""
    if rerun_checks:
        own = tuple(run_checks(analysis.article, analysis.facts))
    else:
        # the shipped formulations' findings come back when the desk takes a form off its list
        own = tuple(f for f in analysis.findings if f.kind not in MEMORY_KINDS and f.kind != formulations.KIND)
        own = tuple(sorted(own + tuple(formulations.wrong_formulations(analysis.article, analysis.facts)),
                           key=lambda f: (f.start, f.kind)))
    return with_memory_findings(replace(analysis, findings=own), memory)


def _analyse_with_memory(
    analyser: Analyser, article: Article, lexicon, memory: MemorySnapshot | None, progress=None
) -> Analysis:
    """Runs in the background: the pipeline, then the newsroom memory's findings (pure functions)."""
    analysis = analyser(article, lexicon=lexicon, progress=progress)
    return with_memory_findings(analysis, memory)


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


def _file_digest(path: str) -> str | None:
    """SHA-256 of the file's bytes; None when it cannot be read (half written, gone)."""
    try:
        with open(path, "rb") as fh:
            return hashlib.sha256(fh.read()).hexdigest()
    except OSError:
        return None
