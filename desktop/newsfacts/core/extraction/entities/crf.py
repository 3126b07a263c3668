"""A character CRF for PERSON / ORG / PLACE, trained on the 1998 People's Daily corpus.

Features come from the characters around each position, from jieba's word boundaries and from
jieba's dictionary class of each word (ns/nr/nt/nz/j, a word jieba made up, any other word), so
the model generalises to names it never saw (the surname and the words around a character tell it
a lot).  ``tools/train_ner.py`` builds the model file from ``199801.txt``; it ships in
``resources/models/ner_crf.bin`` and is loaded once, on first use.  ``tag`` is thread-safe: a
``pycrfsuite.Tagger`` is not, so each thread opens its own.
"""

from __future__ import annotations

import os
import threading

from ...paths import resources_dir

MODEL_NAME = "ner_crf.bin"
SURNAMES_NAME = "ner_surnames.txt"
ABOUT_NAME = "ner_crf.json"  # what the model was trained on (tools/train_ner.py writes it)
LABELS = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}

_local = threading.local()
_model_path: str | None = None


_shipped: str | None = None


def model_path() -> str:
    global _shipped
    if _model_path:
        return _model_path
    if _shipped is None:  # resources_dir() looks at the disk: once is enough
        _shipped = os.path.join(resources_dir(), "models", MODEL_NAME)
    return _shipped


def use_model(path: str | None) -> None:
    """Tag with another model file from now on (tests, training); None goes back to the shipped one."""
    global _model_path
    _model_path = path
    _local.__dict__.clear()
    _available.clear()


_surnames: dict[str, frozenset[str]] = {}


def surnames() -> frozenset[str]:
    """The surnames the model was trained with (written beside the model file)."""
    path = os.path.join(os.path.dirname(model_path()), SURNAMES_NAME)
    got = _surnames.get(path)
    if got is None:
        try:
            with open(path, encoding="utf-8") as fh:
                got = frozenset(line.strip() for line in fh if line.strip())
        except OSError:
            got = frozenset()
        _surnames[path] = got
    return got


_available: dict[str, bool] = {}


def available() -> bool:
    """Whether the model file is there (looked up once per path)."""
    path = model_path()
    got = _available.get(path)
    if got is None:
        got = _available[path] = os.path.isfile(path)
    return got


def _tagger():
    tagger = getattr(_local, "tagger", None)
    path = model_path()
    if tagger is None or getattr(_local, "path", None) != path:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        _local.tagger, _local.path = tagger, path
    return tagger


_FULL = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_DIGITS = set("0123456789０１２３４５６７８９")
_CN_DIGITS = set("零〇一二三四五六七八九十百千万亿两")


def _shape(c: str) -> str:
    if c in _DIGITS:
        return "D"
    if c in _CN_DIGITS:
        return "N"
    o = ord(c)
    if 0x4E00 <= o <= 0x9FFF:
        return "H"
    if c.isalpha():
        return "L"
    if c.isspace():
        return "S"
    return "P"


def _norm(c: str) -> str:
    """Digits fold to one symbol (full- and half-width alike); other full-width forms to ASCII."""
    if c in _DIGITS:
        return "0"
    return _FULL.get(c, c)


def word_bounds(
    text: str, words: list[str], tags: list[str] | None = None
) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """Per character: its place in the jieba word (B/M/E/S), the word, the words either side, and
    the word's dictionary class."""
    pos, wd, prev, nxt, cls = [], [], [], [], []
    n = len(words)
    for i, w in enumerate(words):
        L = len(w)
        pw = words[i - 1] if i else "^"
        nw = words[i + 1] if i + 1 < n else "$"
        if L == 1:
            pos.append("S")
        else:
            pos.append("B")
            pos.extend("M" * (L - 2))
            pos.append("E")
        wd.extend([w] * L)
        prev.extend([pw] * L)
        nxt.extend([nw] * L)
        cls.extend([tags[i] if tags else "-"] * L)
    return pos, wd, prev, nxt, cls


def features(
    text: str, words: list[str], surnames: frozenset[str], tags: list[str] | None = None
) -> list[list[str]]:
    """The feature strings of every character of ``text`` (``words``: its jieba segmentation,
    ``tags``: each word's dictionary class, see ``rules.word_tags``)."""
    chars = ["^", "^"] + [_norm(c) for c in text] + ["$", "$"]
    pos, wd, prev, nxt, cls = word_bounds(text, words, tags)
    out = []
    for i in range(len(text)):
        j = i + 2
        c, p, n = chars[j], chars[j - 1], chars[j + 1]
        bp = pos[i]
        w = wd[i]
        f = [
            "c=" + c,
            "p=" + p,
            "n=" + n,
            "pp=" + chars[j - 2],
            "nn=" + chars[j + 2],
            "pc=" + p + c,
            "cn=" + c + n,
            "pn=" + p + n,
            "t=" + _shape(text[i]),
            "b=" + bp,
            "bc=" + bp + c,
            "w=" + (w if len(w) < 5 else "_long"),
            "k=" + cls[i] + bp,
        ]
        if bp == "B" or bp == "S":
            f.append("pw=" + prev[i])
        if bp == "E" or bp == "S":
            f.append("nw=" + nxt[i])
        if c in surnames:
            f.append("sn")
        out.append(f)
    return out


def spans_from_labels(labels: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) runs of a BIO label sequence; an I- without its B- starts a run."""
    out = []
    start, kind = -1, None
    for i, lab in enumerate(labels + ["O"]):
        if lab == "O" or lab.startswith("B-") or (kind and lab[2:] != kind):
            if kind is not None:
                out.append((start, i, kind))
                kind = None
            if lab != "O":
                start, kind = i, lab[2:]
        elif kind is None:
            start, kind = i, lab[2:]
    return out


def tag(
    text: str, words: list[str], surnames: frozenset[str], tags: list[str] | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, PER/LOC/ORG) runs the model finds in ``text``; nothing without a model file."""
    if not text or not available():
        return []
    tagger = _tagger()
    labels = tagger.tag(features(text, words, surnames, tags))
    return spans_from_labels(labels)
