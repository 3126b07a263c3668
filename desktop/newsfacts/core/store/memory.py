"""Newsroom memory: what the desk verified, kept across articles, and shared as one file.

* verified names: persons (with the role they were verified in), organisations, places;
* dictionary corrections: words the editors added to or rejected from the entity dictionary,
  as (word, kind, verdict) rows that feed ``extraction.lexicon.Lexicon`` (``add`` / ``reject``);
* house style: forms the desk does not print and the form it prints instead (老百姓 -> 群众,
  解放区委 -> 中共解放区委), with a note; every draft gets a finding where a written form stands;
* ranked lists: names the desk prints in one order (a city's leadership), checked in every
  enumeration like the shipped Standing Committee list;
* standard formulations: the desk's own (a city's strategies and slogans), found mangled like the
  shipped list's (checks.formulations).

``Memory`` reads and writes the tables; ``MemorySnapshot`` is the frozen copy the pure checks in
``store.checks`` read.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..extraction.lexicon import Lexicon
from ..model import ENTITY_KINDS, Kind
from ..review import current_user, now_iso
from .db import Database, open_read_only
from .errors import StoreError, TransferFileError

MEMORY_FORMAT = "newsfacts-memory"
MEMORY_VERSION = 1
VERDICTS = ("add", "reject")


@dataclass(frozen=True)
class KnownName:
    name: str
    kind: Kind
    role: str = ""  # persons: the role verified with the name ("" when none was given)


@dataclass(frozen=True)
class VerifiedName:
    """A verified name as the desk's list shows it: who verified it, when, and in which draft."""

    name: str
    kind: Kind
    role: str
    by: str
    at: str
    source: str = ""  # the draft's file name ("" for a name entered by hand or merged from a file)
    path: str = ""  # ...and where it was opened from

    @property
    def known(self) -> KnownName:
        return KnownName(self.name, self.kind, self.role)


@dataclass(frozen=True)
class LexiconEntry:
    word: str
    kind: Kind
    verdict: str  # "add" or "reject"


@dataclass(frozen=True)
class LexiconRecord:
    """A dictionary correction as the desk's list shows it: who made it and when."""

    entry: LexiconEntry
    by: str
    at: str


@dataclass(frozen=True)
class StyleRule:
    written: str  # what the desk does not print
    preferred: str  # what it prints instead
    note: str = ""


@dataclass(frozen=True)
class RankedList:
    label: str  # what the list is: 市委常委
    names: tuple[str, ...]  # in the order the desk prints them

    @classmethod
    def stored(cls, label: str, names: str) -> RankedList:
        """The list as the ranked_lists table (and the memory file) keep it: names joined by 、."""
        return cls(label, tuple(n for n in names.split(NAMES_JOIN) if n))


NAMES_JOIN = "、"


@dataclass(frozen=True)
class DeskFormulation:
    form: str  # printed exactly as it stands
    note: str = ""  # what it is


@dataclass(frozen=True)
class MemorySnapshot:
    names: tuple[KnownName, ...] = ()
    lexicon: tuple[LexiconEntry, ...] = ()
    style: tuple[StyleRule, ...] = ()
    ranked: tuple[RankedList, ...] = ()
    formulations: tuple[DeskFormulation, ...] = ()
    _roles: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        roles: dict[str, set[str]] = {}
        for n in self.names:
            if n.kind is Kind.PERSON:
                roles.setdefault(n.name, set())
                if n.role:
                    roles[n.name].add(n.role)
        self._roles.update({k: frozenset(v) for k, v in roles.items()})

    @property
    def is_empty(self) -> bool:
        return not (self.names or self.lexicon or self.style or self.ranked or self.formulations)

    def roles_of(self, person: str) -> frozenset[str]:
        return self._roles.get(person, frozenset())

    def spellings(self) -> dict[str, Kind]:
        """Every verified name and its kind."""
        return {n.name: n.kind for n in self.names}

    def editor_lexicon(self) -> Lexicon | None:
        """What the desk knows as the Lexicon entity extraction reads (None: nothing): every name
        it verified (a name verified once is found in the next draft, 向阳红 the model reads as no
        name) but those that are everyday words too (政府, 代表), then the editors' dictionary
        corrections, which win."""
        if not self.lexicon and not self.names:
            return None
        from ..extraction.entities.rules import everyday_word

        lex = Lexicon({n.name: n.kind for n in self.names if len(n.name) >= 2 and not everyday_word(n.name)})
        for e in self.lexicon:
            lex = lex.add(e.word, e.kind) if e.verdict == "add" else lex.reject(e.word, e.kind)
        return lex


def _entity_kind(kind: Kind | str) -> Kind:
    k = Kind(kind)
    if k not in ENTITY_KINDS:
        raise ValueError(f"{k} is not a person, organisation or place")
    return k


class Memory:
    """The memory tables of the review database (shares the store's connection)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # names
    def remember(self, name: str, kind: Kind | str, role: str | None = None, *, by: str | None = None) -> None:
        name = name.strip()
        if not name:
            return
        with self.db.write() as conn:
            remember_in(conn, name, _entity_kind(kind), role or "", by=by)

    def forget(self, name: str, kind: Kind | str, role: str | None = None) -> None:
        with self.db.write() as conn:
            if role is None:
                conn.execute("DELETE FROM memory_names WHERE name=? AND kind=?", (name, Kind(kind).value))
            else:
                conn.execute(
                    "DELETE FROM memory_names WHERE name=? AND kind=? AND role=?", (name, Kind(kind).value, role)
                )

    def names(self) -> list[KnownName]:
        rows = self.db.read("SELECT name, kind, role FROM memory_names ORDER BY id")
        return [KnownName(n, Kind(k), r) for n, k, r in rows]

    def verified(self) -> list[VerifiedName]:
        """Every verified name with who verified it, when and where, in the order verified."""
        rows = self.db.read(
            "SELECT m.name, m.kind, m.role, m.by, m.at, COALESCE(d.name, ''), COALESCE(d.path, '') FROM memory_names m"
            " LEFT JOIN documents d ON d.id = m.document_id ORDER BY m.id"
        )
        return [VerifiedName(n, Kind(k), r, by, at, src, path) for n, k, r, by, at, src, path in rows]

    def replace(self, old: KnownName, new: KnownName, *, by: str | None = None) -> None:
        """Put ``new`` in the place of ``old`` in one write (a person's role changed): ``new`` counts
        as verified now, so for a post it names the holder from now on."""
        self.enter([new], replacing=old, by=by)

    def enter(self, names: Iterable[KnownName], *, replacing: KnownName | None = None, by: str | None = None) -> int:
        """Names entered by hand or from the desk's roster, in one write: each counts as verified
        now, in the order given (for a post, the last one is its holder).  Returns how many."""
        rows = []
        for n in names:
            kind = _entity_kind(n.kind)
            name, role = n.name.strip(), n.role.strip() if kind is Kind.PERSON else ""
            if not name:
                raise ValueError("a verified name cannot be empty")
            rows.append((name, kind, role))
        with self.db.write() as conn:
            if replacing is not None:
                conn.execute(
                    "DELETE FROM memory_names WHERE name=? AND kind=? AND role=?",
                    (replacing.name, Kind(replacing.kind).value, replacing.role),
                )
            for name, kind, role in rows:
                conn.execute("DELETE FROM memory_names WHERE name=? AND kind=? AND role=?", (name, kind.value, role))
                remember_in(conn, name, kind, role, by=by)
        return len(rows)

    # dictionary corrections
    def lexicon_add(self, word: str, kind: Kind | str) -> None:
        self._lexicon(word, kind, "add")

    def lexicon_reject(self, word: str, kind: Kind | str) -> None:
        self._lexicon(word, kind, "reject")

    def lexicon_clear(self, word: str, kind: Kind | str) -> None:
        with self.db.write() as conn:
            conn.execute("DELETE FROM lexicon_entries WHERE word=? AND kind=?", (word, Kind(kind).value))

    def _lexicon(self, word: str, kind: Kind | str, verdict: str, by: str | None = None, at: str | None = None) -> None:
        word = word.strip()
        if not word:
            return
        with self.db.write() as conn:
            _lexicon_in(conn, word, _entity_kind(kind), verdict, by, at)

    def lexicon_records(self) -> list[LexiconRecord]:
        """Every correction with who made it and when, the latest first."""
        rows = self.db.read("SELECT word, kind, verdict, by, at FROM lexicon_entries ORDER BY at DESC, word")
        return [LexiconRecord(LexiconEntry(w, Kind(k), v), by, at) for w, k, v, by, at in rows]

    def lexicon_entries(self) -> list[LexiconEntry]:
        rows = self.db.read("SELECT word, kind, verdict FROM lexicon_entries ORDER BY word, kind")
        return [LexiconEntry(w, Kind(k), v) for w, k, v in rows]

    # house style
    def style_set(self, written: str, preferred: str, note: str = "", *, by: str | None = None) -> None:
        """Add or change the rule for ``written``."""
        written, preferred = written.strip(), preferred.strip()
        if not written or not preferred or written == preferred:
            raise ValueError("a style rule needs a written form and a different preferred form")
        with self.db.write() as conn:
            _style_in(conn, written, preferred, note.strip(), by, None)

    def style_remove(self, written: str) -> None:
        with self.db.write() as conn:
            conn.execute("DELETE FROM style_rules WHERE written=?", (written,))

    def style_rules(self) -> list[StyleRule]:
        rows = self.db.read("SELECT written, preferred, note FROM style_rules ORDER BY written")
        return [StyleRule(*r) for r in rows]

    # ranked lists
    def ranked_set(self, label: str, names: list[str] | tuple[str, ...], *, by: str | None = None) -> None:
        """Add or replace the list called ``label``: at least two different names, in order."""
        label, names = label.strip(), [n.strip() for n in names if n.strip()]
        if not label or len(names) < 2 or len(set(names)) < len(names):
            raise ValueError("a ranked list needs a name and two or more different names")
        with self.db.write() as conn:
            _ranked_in(conn, label, names, by, None)

    def ranked_remove(self, label: str) -> None:
        with self.db.write() as conn:
            conn.execute("DELETE FROM ranked_lists WHERE label=?", (label,))

    def ranked_lists(self) -> list[RankedList]:
        rows = self.db.read("SELECT label, names FROM ranked_lists ORDER BY label")
        return [RankedList.stored(label, names) for label, names in rows]

    # standard formulations
    def formulation_set(self, form: str, note: str = "", *, by: str | None = None) -> None:
        """Add ``form`` (or change its note): four characters or more, printed exactly."""
        form = form.strip()
        if len(form) < 4:
            raise ValueError("a formulation has four characters or more")
        with self.db.write() as conn:
            _formulation_in(conn, form, note.strip(), by, None)

    def formulation_remove(self, form: str) -> None:
        with self.db.write() as conn:
            conn.execute("DELETE FROM desk_formulations WHERE form=?", (form,))

    def desk_formulations(self) -> list[DeskFormulation]:
        rows = self.db.read("SELECT form, note FROM desk_formulations ORDER BY form")
        return [DeskFormulation(*r) for r in rows]

    def snapshot(self) -> MemorySnapshot:
        return MemorySnapshot(
            tuple(self.names()), tuple(self.lexicon_entries()), tuple(self.style_rules()), tuple(self.ranked_lists()),
            tuple(self.desk_formulations()),
        )

    # one file for the desk
    def export(self, path: str | os.PathLike[str]) -> int:
        """Write the whole memory to one JSON file; return how many entries it holds."""
        names = self.db.read("SELECT name, kind, role, by, at FROM memory_names ORDER BY id")
        lex = self.db.read("SELECT word, kind, verdict, by, at FROM lexicon_entries ORDER BY word, kind")
        style = self.db.read("SELECT written, preferred, note, by, at FROM style_rules ORDER BY written")
        ranked = self.db.read("SELECT label, names, by, at FROM ranked_lists ORDER BY label")
        forms = self.db.read("SELECT form, note, by, at FROM desk_formulations ORDER BY form")
        data = {
            "format": MEMORY_FORMAT,
            "version": MEMORY_VERSION,
            "exported_at": now_iso(),
            "names": [dict(zip(("name", "kind", "role", "by", "at"), r)) for r in names],
            "lexicon": [dict(zip(("word", "kind", "verdict", "by", "at"), r)) for r in lex],
            # optional: a file without it (an older desk's) still reads, and an older desk skips it
            "style": [dict(zip(("written", "preferred", "note", "by", "at"), r)) for r in style],
            "ranked": [dict(zip(("label", "names", "by", "at"), r)) for r in ranked],
            "formulations": [dict(zip(("form", "note", "by", "at"), r)) for r in forms],
        }
        write_json_atomic(path, data)
        return len(names) + len(lex) + len(style) + len(ranked) + len(forms)

    def import_(self, path: str | os.PathLike[str]) -> int:
        """Merge a memory file into this memory; return how many entries were new.

        A dictionary verdict in the file replaces this desk's verdict on the same word only when
        the file's is newer.
        """
        data = read_json(path, MEMORY_FORMAT, MEMORY_VERSION)
        name = os.path.basename(os.fspath(path))
        try:
            names = [(str(n["name"]), _entity_kind(n["kind"]), str(n.get("role") or ""), n.get("by"), n.get("at"))
                     for n in data.get("names", [])]
            lex = [(str(e["word"]), _entity_kind(e["kind"]), str(e["verdict"]), e.get("by"), e.get("at"))
                   for e in data.get("lexicon", [])]
            if any(v not in VERDICTS for _w, _k, v, _b, _a in lex):
                raise ValueError("verdict")
            style = [(str(r["written"]).strip(), str(r["preferred"]).strip(), str(r.get("note") or ""), r.get("by"), r.get("at"))
                     for r in data.get("style", [])]
            if any(not w or not p or w == p for w, p, _n, _b, _a in style):
                raise ValueError("style")
            ranked = [(RankedList.stored(str(r["label"]).strip(), str(r["names"])), r.get("by"), r.get("at"))
                      for r in data.get("ranked", [])]
            if any(not rl.label or len(rl.names) < 2 for rl, _b, _a in ranked):
                raise ValueError("ranked")
            forms = [(str(r["form"]).strip(), str(r.get("note") or ""), r.get("by"), r.get("at"))
                     for r in data.get("formulations", [])]
            if any(len(f) < 4 for f, _n, _b, _a in forms):
                raise ValueError("formulations")
        except (KeyError, ValueError, TypeError, AttributeError):
            raise TransferFileError(name, "内容不完整或格式不对", "incomplete or malformed content") from None
        added = 0
        with self.db.write() as conn:
            for n, k, r, by, at in names:
                added += remember_in(conn, n, k, r, by=by, at=at)
            for w, k, v, by, at in lex:
                row = conn.execute("SELECT at FROM lexicon_entries WHERE word=? AND kind=?", (w, k.value)).fetchone()
                if row is None or (at and at > row[0]):
                    added += row is None
                    _lexicon_in(conn, w, k, v, by, at)
            for w, p, n, by, at in style:
                row = conn.execute("SELECT at FROM style_rules WHERE written=?", (w,)).fetchone()
                if row is None or (at and at > row[0]):
                    added += row is None
                    _style_in(conn, w, p, n, by, at)
            for rl, by, at in ranked:
                row = conn.execute("SELECT at FROM ranked_lists WHERE label=?", (rl.label,)).fetchone()
                if row is None or (at and at > row[0]):
                    added += row is None
                    _ranked_in(conn, rl.label, rl.names, by, at)
            for f, n, by, at in forms:
                row = conn.execute("SELECT at FROM desk_formulations WHERE form=?", (f,)).fetchone()
                if row is None or (at and at > row[0]):
                    added += row is None
                    _formulation_in(conn, f, n, by, at)
        return added


def remember_in(
    conn: sqlite3.Connection,
    name: str,
    kind: Kind,
    role: str = "",
    *,
    document_id: int | None = None,
    fact_key: str | None = None,
    by: str | None = None,
    at: str | None = None,
) -> int:
    cur = conn.execute(
        "INSERT OR IGNORE INTO memory_names (name, kind, role, document_id, fact_key, by, at) VALUES (?,?,?,?,?,?,?)",
        (name, kind.value, role, document_id, fact_key, by if by is not None else current_user(), at or now_iso()),
    )
    return cur.rowcount


def _lexicon_in(conn: sqlite3.Connection, word: str, kind: Kind, verdict: str, by: str | None, at: str | None) -> None:
    if verdict not in VERDICTS:
        raise ValueError(verdict)
    conn.execute(
        "INSERT OR REPLACE INTO lexicon_entries (word, kind, verdict, by, at) VALUES (?,?,?,?,?)",
        (word, kind.value, verdict, by if by is not None else current_user(), at or now_iso()),
    )


def _style_in(conn: sqlite3.Connection, written: str, preferred: str, note: str, by: str | None, at: str | None) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO style_rules (written, preferred, note, by, at) VALUES (?,?,?,?,?)",
        (written, preferred, note, by if by is not None else current_user(), at or now_iso()),
    )


def _ranked_in(
    conn: sqlite3.Connection, label: str, names: list[str] | tuple[str, ...], by: str | None, at: str | None
) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO ranked_lists (label, names, by, at) VALUES (?,?,?,?)",
        (label, NAMES_JOIN.join(names), by if by is not None else current_user(), at or now_iso()),
    )


def _formulation_in(conn: sqlite3.Connection, form: str, note: str, by: str | None, at: str | None) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO desk_formulations (form, note, by, at) VALUES (?,?,?,?)",
        (form, note, by if by is not None else current_user(), at or now_iso()),
    )


def _rows_if_there(conn: sqlite3.Connection, sql: str) -> list:
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return []
        raise


def read_memory(folder: str | None = None) -> MemorySnapshot | None:
    """The memory for a headless command, read only; None when there is no database yet."""
    try:
        conn = open_read_only(folder)
    except sqlite3.Error as exc:
        raise StoreError(f"无法读取核稿记忆：{exc}", f"Cannot read the newsroom memory: {exc}") from None
    if conn is None:
        return None
    try:
        names = conn.execute("SELECT name, kind, role FROM memory_names ORDER BY id").fetchall()
        lex = conn.execute("SELECT word, kind, verdict FROM lexicon_entries ORDER BY word, kind").fetchall()
        # tables later versions added: missing in a database no window has upgraded yet
        style = _rows_if_there(conn, "SELECT written, preferred, note FROM style_rules ORDER BY written")
        ranked = _rows_if_there(conn, "SELECT label, names FROM ranked_lists ORDER BY label")
        forms = _rows_if_there(conn, "SELECT form, note FROM desk_formulations ORDER BY form")
    except sqlite3.Error as exc:
        raise StoreError(f"无法读取核稿记忆：{exc}", f"Cannot read the newsroom memory: {exc}") from None
    finally:
        conn.close()
    return MemorySnapshot(
        tuple(KnownName(n, Kind(k), r) for n, k, r in names),
        tuple(LexiconEntry(w, Kind(k), v) for w, k, v in lex),
        tuple(StyleRule(*r) for r in style),
        tuple(RankedList.stored(label, names) for label, names in ranked),
        tuple(DeskFormulation(*r) for r in forms),
    )


# JSON files (memory and review files)
def write_json_atomic(path: str | os.PathLike[str], data: dict) -> None:
    """Write the file whole or not at all: a temporary file beside it, then os.replace."""
    path = os.fspath(path)
    name = os.path.basename(path)
    folder = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".newsfacts-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise TransferFileError(name, f"无法在“{folder}”中写入（{exc.strerror or exc}）", f"cannot write in “{folder}”") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.remove(tmp)
        except OSError:
            pass
        raise TransferFileError(name, f"写入失败（{exc.strerror or exc}）", f"write failed ({exc.strerror or exc})") from None


def read_json(path: str | os.PathLike[str], fmt: str, version: int) -> dict:
    path = os.fspath(path)
    name = os.path.basename(path)
    what = {"newsfacts-memory": "核稿记忆文件", "newsfacts-review": "核稿记录文件"}.get(fmt, fmt)
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise TransferFileError(name, "文件不存在", "the file does not exist") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise TransferFileError(name, f"这不是{what}（内容无法读取）", f"not a {fmt} file") from None
    except OSError as exc:
        raise TransferFileError(name, f"读取失败（{exc.strerror or exc}）", f"read failed ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise TransferFileError(name, f"这不是{what}", f"not a {fmt} file")
    if not isinstance(data.get("version"), int) or data["version"] > version:
        raise TransferFileError(name, "文件由更新版本的核稿助手创建，请升级", "made by a newer NewsFacts; please upgrade")
    return data


