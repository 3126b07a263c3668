"""The review store: every decision on disk the moment it is made, replayed when a draft reopens.

Use::

    store = ReviewStore()                       # data_dir(); NEWSFACTS_DATA_DIR in tests
    if store.notice: tell_the_editor(store.notice.message_zh)   # a damaged database was set aside
    opened = store.open_review(article, analysis)  # .review, .document_id, .carry (revised draft)
    applied = opened.review.apply(decision)     # the UI's Review fills in ``previous``
    store.record(opened.document_id, applied)   # committed (fsynced) before it returns

A document row is one version of a text (its fingerprint); a draft opened again with the same
text finds its row; a changed text at the same path, or a new file whose headline signature
matches, becomes a new row whose ``parent_id`` is the earlier version, and the decisions that
still hold are copied to it (``revision.carry_over``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..model import Analysis, Article, Kind, Status
from ..reading import article_from_text
from ..review import UNCHECKED, Action, Decision, FactReview, Review, now_iso
from .codec import decision_from_dict, decision_to_dict, dumps, state_to_dict
from .db import BUSY_TIMEOUT_MS, Database
from .errors import DatabaseLocked, DiskFull, StoreError, TransferFileError
from .memory import Memory, read_json, remember_in, write_json_atomic
from .revision import Carry, carry_over

REVIEW_FORMAT = "newsfacts-review"
REVIEW_VERSION = 1
FINDING_VERDICTS = ("fixed", "not a problem")


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


_SIG_DROP = re.compile(r"[\s\u3000#*·,\uff0c。、;\uff1b:\uff1a!\uff01?\uff1f“”\"'‘’()\uff08\uff09《》【】\[\]—\-]+")


def signature(article: Article) -> str:
    """What stays when a reporter files a new version: the first headline, or the opening words."""
    heads = article.headlines
    if heads:
        sig = _SIG_DROP.sub("", heads[0].text)
        if len(sig) >= 4:
            return "h:" + sig[:80]
    for p in article.paragraphs:
        if p.kind == "body":
            sig = _SIG_DROP.sub("", article.text[p.start : p.end])
            if len(sig) >= 12:
                return "p:" + sig[:40]
    return ""


@dataclass(frozen=True)
class Document:
    id: int
    path: str
    name: str
    fingerprint: str
    signature: str
    text: str
    parent_id: int | None = None


@dataclass(frozen=True)
class ReviewProgress:
    """Where the review of a file stands: its verdicts and when the last decision was made."""

    verified: int = 0
    corrected: int = 0
    disputed: int = 0
    findings_dealt_with: int = 0
    last_at: str = ""  # ISO time of the last decision or finding verdict, "" when none

    @property
    def decided(self) -> int:
        return self.verified + self.corrected + self.disputed


@dataclass
class OpenedReview:
    """A draft's review as opened: the Review to show, where to record, what a revision changed."""

    review: Review
    document_id: int
    how: str  # "new", "same" (this text was reviewed before), "revised" (same path), "same article"
    carry: Carry | None = None
    parent_id: int | None = None


class ReviewStore:
    def __init__(self, folder: str | None = None, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.db = Database(folder, busy_timeout_ms=busy_timeout_ms)
        self.memory = Memory(self.db)
        # decisions the database refused (locked, disk full): written first at the next chance
        self.pending: list[tuple[int, Decision]] = []
        self._ids: dict[str, int] = {}

    @property
    def path(self) -> str:
        return self.db.path

    @property
    def notice(self):
        """DatabaseRecovered when a damaged database was set aside at opening, else None."""
        return self.db.notice

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "ReviewStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # documents
    def _document(self, row: tuple) -> Document:
        return Document(*row)

    _COLS = "id, path, name, fingerprint, signature, text, parent_id"

    def find_document(self, article: Article) -> Document | None:
        """The stored version with exactly this text (the same path preferred)."""
        rows = self.db.read(
            f"SELECT {self._COLS} FROM documents WHERE fingerprint=? ORDER BY (path = ?) DESC, id DESC LIMIT 1",
            (fingerprint(article.text), article.path),
        )
        return self._document(rows[0]) if rows else None

    def earlier_version(self, article: Article) -> tuple[Document, str] | None:
        """The latest stored version this text revises: same path first, then same headline."""
        fp = fingerprint(article.text)
        if article.path:
            rows = self.db.read(
                f"SELECT {self._COLS} FROM documents WHERE path=? AND fingerprint<>? ORDER BY id DESC LIMIT 1",
                (article.path, fp),
            )
            if rows:
                return self._document(rows[0]), "revised"
        sig = signature(article)
        if sig:
            rows = self.db.read(
                f"SELECT {self._COLS} FROM documents WHERE signature=? AND fingerprint<>? ORDER BY id DESC LIMIT 1",
                (sig, fp),
            )
            if rows:
                return self._document(rows[0]), "same article"
        return None

    def document(self, doc_id: int) -> Document:
        rows = self.db.read(f"SELECT {self._COLS} FROM documents WHERE id=?", (doc_id,))
        if not rows:
            raise StoreError(f"核稿记录 {doc_id} 不存在", f"no review {doc_id}")
        return self._document(rows[0])

    def document_id(self, article: Article | int) -> int:
        """The id of the article's stored version, made when there is none."""
        if isinstance(article, int):
            return article
        fp = fingerprint(article.text)
        if fp in self._ids:
            return self._ids[fp]
        doc = self.find_document(article)
        if doc is None:
            with self.db.write() as conn:
                doc_id = self._insert_document(conn, article, None)
        else:
            doc_id = doc.id
        self._ids[fp] = doc_id
        return doc_id

    @staticmethod
    def _insert_document(conn, article: Article, parent_id: int | None, report: dict | None = None) -> int:
        cur = conn.execute(
            "INSERT INTO documents (path, name, fingerprint, signature, text, created_at, parent_id, revision)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (
                article.path,
                article.name,
                fingerprint(article.text),
                signature(article),
                article.text,
                now_iso(),
                parent_id,
                dumps(report) if report is not None else None,
            ),
        )
        return int(cur.lastrowid)

    # decisions
    def decisions(self, article: Article | int) -> list[Decision]:
        doc_id = self.document_id(article)
        rows = self.db.read(
            "SELECT action, fact, correction, note, by, at, previous, restore_to FROM decisions"
            " WHERE document_id=? ORDER BY id",
            (doc_id,),
        )
        out = [_decision_from_row(r) for r in rows]
        out += [d for i, d in self.pending if i == doc_id]
        return out

    def record(self, article: Article | int, decision: Decision) -> Decision:
        """Append one decision; it is on disk when this returns.

        ``decision`` is best the one ``Review.apply`` returned (with ``previous``), so the audit
        log and the memory know what it replaced.  On DatabaseLocked / DiskFull the decision is
        kept in ``pending`` and written first next time; the error says so.
        """
        doc_id = self.document_id(article)
        self.pending.append((doc_id, decision))
        self.flush()
        return decision

    def flush(self) -> int:
        """Write the decisions kept back by an earlier failure; return how many were written."""
        if not self.pending:
            return 0
        batch = list(self.pending)
        try:
            with self.db.write() as conn:
                for doc_id, d in batch:
                    _insert_decision(conn, doc_id, d)
                    self._learn(conn, doc_id, d)
        except DatabaseLocked:
            raise DatabaseLocked(self.path, len(self.pending)) from None
        except DiskFull:
            raise DiskFull(self.path, len(self.pending)) from None
        del self.pending[: len(batch)]
        return len(batch)

    @staticmethod
    def _learn(conn, doc_id: int, d: Decision) -> None:
        """Keep the memory in step with the verdict on a name: learned on verify, dropped on undo."""
        f = d.fact
        if not f.is_entity or d.action in (Action.NOTE, Action.ADD):
            return
        state = Review.next_state(d.previous or UNCHECKED, d)
        conn.execute("DELETE FROM memory_names WHERE document_id=? AND fact_key=?", (doc_id, f.key))
        if state.removed:
            return
        if state.status is Status.VERIFIED:
            role = (f.role or "") if f.kind is Kind.PERSON else ""
            remember_in(conn, f.text, f.kind, role, document_id=doc_id, fact_key=f.key, by=d.by, at=d.at)
        elif state.status is Status.CORRECTED and state.correction:
            remember_in(conn, state.correction.strip(), f.kind, "", document_id=doc_id, fact_key=f.key, by=d.by, at=d.at)

    # opening
    def open_review(self, article: Article, analysis: Analysis) -> OpenedReview:
        """The review of this draft: its own decisions replayed, or an earlier version's carried over."""
        doc = self.find_document(article)
        if doc is not None:
            self._ids[doc.fingerprint] = doc.id
            if article.path and doc.path != article.path:  # moved or copied: remember where it is now
                with self.db.write() as conn:
                    conn.execute("UPDATE documents SET path=?, name=? WHERE id=?", (article.path, article.name, doc.id))
            review = Review(analysis)
            review.replay(self.decisions(doc.id))
            carry = self._stored_carry(doc.id) if doc.parent_id else None
            return OpenedReview(review, doc.id, "same", carry, doc.parent_id)
        earlier = self.earlier_version(article)
        review = Review(analysis)
        if earlier is None:
            return OpenedReview(review, self.document_id(article), "new")
        parent, how = earlier
        old_article = article_from_text(parent.text, name=parent.name, path=parent.path)
        carry = carry_over(old_article, self.decisions(parent.id), analysis)
        with self.db.write() as conn:
            doc_id = self._insert_document(conn, article, parent.id, carry.report())
            for d in carry.carried:
                _insert_decision(conn, doc_id, d, carried=True)
        self._ids[fingerprint(article.text)] = doc_id
        review.replay(carry.carried)
        return OpenedReview(review, doc_id, how, carry, parent.id)

    def load(self, article: Article, analysis: Analysis) -> Review:
        """Every decision made on this draft (or carried from its earlier version), replayed."""
        return self.open_review(article, analysis).review

    def _stored_carry(self, doc_id: int) -> Carry | None:
        rows = self.db.read("SELECT revision FROM documents WHERE id=?", (doc_id,))
        if not rows or not rows[0][0]:
            return None
        carried = [
            _decision_from_row(r)
            for r in self.db.read(
                "SELECT action, fact, correction, note, by, at, previous, restore_to FROM decisions"
                " WHERE document_id=? AND carried=1 ORDER BY id",
                (doc_id,),
            )
        ]
        return Carry.from_report(json.loads(rows[0][0]), carried)

    # findings
    def set_finding_verdict(self, article: Article | int, finding_key: str, verdict: str | None, by: str = "") -> None:
        """"fixed" / "not a problem" for a finding (Finding.key); None takes the verdict back."""
        if verdict is not None and verdict not in FINDING_VERDICTS:
            raise ValueError(verdict)
        doc_id = self.document_id(article)
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO finding_verdicts (document_id, finding_key, verdict, by, at) VALUES (?,?,?,?,?)",
                (doc_id, finding_key, verdict, by, now_iso()),
            )

    def finding_verdicts(self, article: Article | int) -> dict[str, str]:
        doc_id = self.document_id(article)
        out: dict[str, str] = {}
        for key, verdict in self.db.read(
            "SELECT finding_key, verdict FROM finding_verdicts WHERE document_id=? ORDER BY id", (doc_id,)
        ):
            if verdict is None:
                out.pop(key, None)
            else:
                out[key] = verdict
        return out

    def progress(self, paths: list[str]) -> dict[str, ReviewProgress]:
        """For each path reviewed before, where its latest version's review stands (the start page).

        The verdicts are the decisions replayed as ``Review`` replays them (an undo, a reset and a
        removed fact count as what they leave behind)."""
        out: dict[str, ReviewProgress] = {}
        for path in paths:
            rows = self.db.read("SELECT id FROM documents WHERE path=? ORDER BY id DESC LIMIT 1", (path,))
            if not rows:
                continue
            doc_id = int(rows[0][0])
            states: dict[str, FactReview] = {}
            last = ""
            for d in self.decisions(doc_id):
                key = d.fact.key
                states[key] = Review.next_state(states.get(key, UNCHECKED), d)
                last = max(last, d.at)
            for (at,) in self.db.read("SELECT MAX(at) FROM finding_verdicts WHERE document_id=?", (doc_id,)):
                last = max(last, at or "")
            counts = Counter(st.status for st in states.values() if not st.removed)
            out[path] = ReviewProgress(
                counts[Status.VERIFIED], counts[Status.CORRECTED], counts[Status.DISPUTED],
                len(self.finding_verdicts(doc_id)), last,
            )
        return out

    # review files
    def export_review(self, article: Article | int, path: str | os.PathLike[str]) -> int:
        """One JSON file a colleague can import: the text's fingerprint (and text), decisions, verdicts."""
        doc = self.document(self.document_id(article))
        decisions = self.decisions(doc.id)
        data: dict[str, Any] = {
            "format": REVIEW_FORMAT,
            "version": REVIEW_VERSION,
            "exported_at": now_iso(),
            "article": {
                "name": doc.name,
                "fingerprint": doc.fingerprint,
                "signature": doc.signature,
                "text": doc.text,
            },
            "decisions": [decision_to_dict(d) for d in decisions],
            "findings": self.finding_verdicts(doc.id),
        }
        write_json_atomic(path, data)
        return len(decisions)

    def import_review(self, path: str | os.PathLike[str]) -> int:
        """Take a colleague's review file; return its stored document id.

        Decisions already here are not repeated; the file's come after this desk's own.  Opening
        the same text shows them; a different version of it gets them carried over.
        """
        data = read_json(path, REVIEW_FORMAT, REVIEW_VERSION)
        name = os.path.basename(os.fspath(path))
        try:
            art = data["article"]
            text = str(art["text"])
            if fingerprint(text) != art["fingerprint"]:
                raise ValueError("fingerprint")
            decisions = [decision_from_dict(d) for d in data.get("decisions", [])]
            verdicts = {str(k): str(v) for k, v in (data.get("findings") or {}).items()}
            if any(v not in FINDING_VERDICTS for v in verdicts.values()):
                raise ValueError("verdict")
        except (KeyError, ValueError, TypeError, AttributeError):
            raise TransferFileError(name, "内容不完整或已被改动", "incomplete or altered content") from None
        article = article_from_text(text, name=str(art.get("name") or name))
        doc_id = self.document_id(article)
        have = {_identity(d) for d in self.decisions(doc_id)}
        new = [d for d in decisions if _identity(d) not in have]
        current = self.finding_verdicts(doc_id)
        with self.db.write() as conn:
            for d in new:
                _insert_decision(conn, doc_id, d)
            for key, verdict in verdicts.items():
                if current.get(key) != verdict:
                    conn.execute(
                        "INSERT INTO finding_verdicts (document_id, finding_key, verdict, by, at) VALUES (?,?,?,?,?)",
                        (doc_id, key, verdict, "", now_iso()),
                    )
        return doc_id


def _identity(d: Decision) -> tuple:
    return (d.fact.key, d.action.value, d.at, d.by, d.correction, d.note)


def _insert_decision(conn, doc_id: int, d: Decision, *, carried: bool = False) -> None:
    conn.execute(
        "INSERT INTO decisions (document_id, fact_key, action, fact, correction, note, by, at, previous, restore_to,"
        " carried) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            doc_id,
            d.fact.key,
            d.action.value,
            dumps(decision_to_dict(d)["fact"]),
            d.correction,
            d.note,
            d.by,
            d.at,
            dumps(state_to_dict(d.previous)) if d.previous else None,
            dumps(state_to_dict(d.restore_to)) if d.restore_to else None,
            int(carried),
        ),
    )


def _decision_from_row(r: tuple) -> Decision:
    action, fact, correction, note, by, at, previous, restore_to = r
    return decision_from_dict(
        {
            "action": action,
            "fact": json.loads(fact),
            "correction": correction,
            "note": note,
            "by": by,
            "at": at,
            "previous": json.loads(previous) if previous else None,
            "restore_to": json.loads(restore_to) if restore_to else None,
        }
    )
