"""The newsroom's words: names to find and words that are never a given kind of name.

A ``Lexicon`` holds ``additions`` ({word: kind}: 焦作 is a PLACE, 官卫红 a PERSON) and
``rejections`` ({word: kinds it is never}: 养老 is never a PERSON).  The newsroom dictionary that
ships in ``resources/dictionaries/newsroom.json`` is one; the editor's corrections make another,
saved beside the review data; ``merge`` puts them together, the later one winning, so a word the
editor marked "not a person" is never a person again and a name the editor added is found from
then on.  Lexicons are immutable: a correction returns a new one.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..errors import NewsFactsError
from ..model import ENTITY_KINDS, Kind
from ..paths import dictionary_rows, dictionary_words, resources_dir

FORMAT = 1


def _kind(value: str | Kind) -> Kind:
    k = Kind(str(value).upper())
    if k not in ENTITY_KINDS:
        raise ValueError(f"{value!r} is not a kind of name (PERSON, ORG, PLACE)")
    return k


@dataclass(frozen=True)
class Lexicon:
    additions: Mapping[str, Kind] = field(default_factory=dict)
    rejections: Mapping[str, frozenset[Kind]] = field(default_factory=dict)
    # A word that is a name except before these (解放 is the district, 解放思想 is not).
    not_before: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    # -- corrections ---------------------------------------------------------------------
    def add(self, word: str, kind: str | Kind) -> "Lexicon":
        """``word`` is a ``kind`` from now on (and no longer rejected as that kind)."""
        word = word.strip()
        if not word:
            return self
        k = _kind(kind)
        additions = dict(self.additions)
        additions[word] = k
        rejections = self._unrejected(word, k)
        return Lexicon(additions, rejections, self.not_before)

    def reject(self, word: str, kind: str | Kind | None = None) -> "Lexicon":
        """``word`` is never a ``kind`` (never any name when ``kind`` is None)."""
        word = word.strip()
        if not word:
            return self
        kinds = frozenset(ENTITY_KINDS) if kind is None else frozenset({_kind(kind)})
        rejections = dict(self.rejections)
        rejections[word] = rejections.get(word, frozenset()) | kinds
        additions = dict(self.additions)
        if additions.get(word) in kinds:
            del additions[word]
        return Lexicon(additions, rejections, self.not_before)

    def _unrejected(self, word: str, k: Kind) -> dict[str, frozenset[Kind]]:
        """The rejections with ``word`` no longer rejected as ``k``."""
        rejections = dict(self.rejections)
        left = rejections.pop(word, frozenset()) - {k}
        if left:
            rejections[word] = left
        return rejections

    def without(self, word: str, kind: str | Kind) -> "Lexicon":
        """``word`` neither added nor rejected as a ``kind`` any more (a correction taken back)."""
        k = _kind(kind)
        additions = {w: v for w, v in self.additions.items() if not (w == word and v is k)}
        rejections = self._unrejected(word, k)
        return Lexicon(additions, rejections, self.not_before)

    def merge(self, other: "Lexicon | None") -> "Lexicon":
        """This lexicon with ``other`` applied on top (``other`` wins where they disagree)."""
        if other is None:
            return self
        out = self
        if other.not_before:
            out = Lexicon(out.additions, out.rejections, {**out.not_before, **other.not_before})
        for word, kinds in other.rejections.items():
            for k in kinds:
                out = out.reject(word, k)
        for word, k in other.additions.items():
            out = out.add(word, k)
        return out

    # -- questions -----------------------------------------------------------------------
    def kind_of(self, word: str) -> Kind | None:
        return self.additions.get(word)

    def rejects(self, word: str, kind: Kind) -> bool:
        return kind in self.rejections.get(word, ())

    def allows(self, word: str, following: str) -> bool:
        """Whether ``word`` followed by ``following`` may be the name (解放 + 思想 may not)."""
        stops = self.not_before.get(word)
        return not stops or not following.startswith(stops)

    def __len__(self) -> int:
        return len(self.additions) + len(self.rejections)

    # -- files ---------------------------------------------------------------------------
    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "additions": {w: k.value for w, k in sorted(self.additions.items())},
            "rejections": {w: sorted(k.value for k in ks) for w, ks in sorted(self.rejections.items())},
            **({"not_before": {w: list(v) for w, v in sorted(self.not_before.items())}} if self.not_before else {}),
        }

    @classmethod
    def from_json(cls, data: Mapping) -> "Lexicon":
        if not isinstance(data, Mapping):
            raise ValueError("not a JSON object")
        additions = {str(w).strip(): _kind(k) for w, k in dict(data.get("additions", {})).items() if str(w).strip()}
        rejections: dict[str, frozenset[Kind]] = {}
        for w, ks in dict(data.get("rejections", {})).items():
            if isinstance(ks, str):
                ks = [ks]
            if str(w).strip():
                rejections[str(w).strip()] = frozenset(_kind(k) for k in ks)
        not_before = {str(w): tuple(str(x) for x in v) for w, v in dict(data.get("not_before", {})).items()}
        return cls(additions, rejections, not_before)

    @classmethod
    def load(cls, path: str | os.PathLike) -> "Lexicon":
        """Read a lexicon file; a missing file is an empty lexicon, a broken one a clear error."""
        try:
            with open(path, encoding="utf-8") as fh:
                return cls.from_json(json.load(fh))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError, TypeError) as exc:
            name = os.path.basename(str(path))
            raise NewsFactsError(
                f"词典文件“{name}”无法读取:{exc}", f"Cannot read the dictionary “{name}”: {exc}"
            ) from exc

    def save(self, path: str | os.PathLike) -> None:
        """Write atomically: a crash mid-write leaves the previous file intact."""
        path = os.fspath(path)
        folder = os.path.dirname(path) or "."
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".lexicon-", suffix=".json", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self.to_json(), fh, ensure_ascii=False, indent=1)
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise


def from_pairs(pairs: Iterable[tuple[str, str | Kind]]) -> Lexicon:
    return Lexicon({w: _kind(k) for w, k in pairs})


NEWSROOM_FILE = "newsroom.json"
_lock = threading.Lock()
_newsroom: Lexicon | None = None


# The leaders the checks know by their posts and their order (国家副主席韩正, the Standing
# Committee): persons wherever they stand, which the model, taught on 1998 text, may not know
# (韩正 read as 韩, Korea).
LEADER_FILES = ("leaders.tsv", "ranked.tsv")


def _leaders() -> dict[str, Kind]:
    names: dict[str, Kind] = {}
    for name, column in zip(LEADER_FILES, (0, 1)):
        for row in dictionary_rows(name):
            if len(row) > column:
                names.update((n.strip(), Kind.PERSON) for n in row[column].split("、") if n.strip())
    return names


# Foreign names and the forms a draft may give them instead (普丁 for 普京, 纽西兰 for 新西兰):
# written form <TAB> standard form <TAB> what it is (the checks report the written forms).
TRANSLATED_NAMES = "translated_names.tsv"
TRANSLATED_KINDS = {"人名": Kind.PERSON, "国名": Kind.PLACE, "地名": Kind.PLACE, "机构": Kind.ORG}


def translated_names() -> dict[str, tuple[str, str, str]]:
    """written form -> (standard form, what it is: 人名 / 国名 / 地名 / 机构, note)."""
    return {
        row[0]: (row[1], row[2], row[3] if len(row) > 3 else "")
        for row in dictionary_rows(TRANSLATED_NAMES)
        if len(row) >= 3 and row[2] in TRANSLATED_KINDS
    }


def _translated() -> dict[str, Kind]:
    """A foreign person by either form (普京 and 普丁), and a country, place or body by a written
    form of three characters or more (纽西兰, 杜拜 are left to the model: two characters are
    given names too, 张永珍)."""
    names: dict[str, Kind] = {}
    for written, (standard, what, _note) in translated_names().items():
        k = TRANSLATED_KINDS[what]
        if k is Kind.PERSON:
            names[written] = names[standard] = k
        elif len(written) >= 3:
            names[written] = k
    return names


# Persons every paper names whom the 1998 corpus may not teach (李时珍, 屠呦呦, 苏格拉底): one a line.
FAMOUS_PERSONS = "famous_persons.txt"


def _famous() -> dict[str, Kind]:
    return dict.fromkeys(dictionary_words(FAMOUS_PERSONS), Kind.PERSON)


def newsroom() -> Lexicon:
    """The newsroom dictionary shipped in resources/dictionaries, with the leaders of its lists,
    the famous persons and the foreign names of the translation list (read once)."""
    global _newsroom
    if _newsroom is None:
        with _lock:
            if _newsroom is None:
                shipped = Lexicon.load(os.path.join(resources_dir(), "dictionaries", NEWSROOM_FILE))
                _newsroom = Lexicon(
                    {**_famous(), **_translated(), **_leaders(), **shipped.additions}, shipped.rejections, shipped.not_before
                )
    return _newsroom
