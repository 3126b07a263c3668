"""Open a draft (.txt, .md, .docx; .doc, .wps, .rtf and .odt through LibreOffice) as an Article."""

from __future__ import annotations

import os
from collections.abc import Callable

from ..errors import ReadError
from ..model import Article
from .convert import CONVERTED_SUFFIXES, read_converted
from .docx import read_docx
from .encoding import detect
from .layout import repair
from .structure import Line, build_structure, infer_headlines, split_lines

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | DOCX_SUFFIXES | CONVERTED_SUFFIXES
# A newspaper page is tens of thousands of characters; refuse what cannot be a draft.
MAX_BYTES = 64 * 1024 * 1024

__all__ = ["read_article", "article_from_text", "needs_conversion", "ReadError", "SUPPORTED_SUFFIXES"]

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of .doc and .wps files


def _office_kind(head: bytes) -> str | None:
    """".doc" or ".rtf" when the file's first bytes say so, whatever its name; else None."""
    if head[:8] == _OLE:
        return ".doc"
    if head.startswith(b"{\\rtf"):
        return ".rtf"
    return None


def needs_conversion(path: str | os.PathLike[str]) -> bool:
    """Whether the draft is read through LibreOffice (seconds, not milliseconds): by its name, or a
    .doc or RTF file under another name."""
    path = os.fspath(path)
    if os.path.splitext(path)[1].lower() in CONVERTED_SUFFIXES:
        return True
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError:
        return False
    return _office_kind(head) is not None


def read_article(path: str | os.PathLike[str], checkpoint: Callable[[], None] | None = None) -> Article:
    """Open a draft; raise ReadError with a reason the editor understands.

    ``checkpoint`` is called now and then while LibreOffice converts a draft (.doc, .wps, ...);
    whatever it raises stops the conversion and comes out of here."""
    path = os.fspath(path)
    name = os.path.basename(path)
    if not os.path.exists(path):
        raise ReadError(name, "文件不存在（可能已被移动或删除）", "the file does not exist (moved or deleted?)")
    if os.path.isdir(path):
        raise ReadError(name, "这是一个文件夹，不是文件", "it is a folder, not a file")
    suffix = os.path.splitext(name)[1].lower()
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise ReadError(name, f"文件太大（{size // (1024 * 1024)} MB）", f"the file is too large ({size // (1024 * 1024)} MB)")
        if suffix in CONVERTED_SUFFIXES:
            text, lines = read_converted(path, name, suffix, checkpoint)
            return _article(path, name, text, suffix[1:], lines)
        if suffix in DOCX_SUFFIXES or _looks_like_zip(path):
            if suffix not in DOCX_SUFFIXES:
                raise ReadError(name, "这是压缩包或 Office 文件，不是文本；请另存为 .docx 或 .txt", "a zip or Office file, not text")
            text, lines = read_docx(path, name)
            return _article(path, name, text, "docx", lines)
        with open(path, "rb") as fh:
            data = fh.read()
    except PermissionError:
        raise ReadError(name, "没有读取权限", "permission denied") from None
    except FileNotFoundError:
        raise ReadError(name, "文件不存在（可能已被移动或删除）", "the file does not exist (moved or deleted?)") from None
    except IsADirectoryError:
        raise ReadError(name, "这是一个文件夹，不是文件", "it is a folder, not a file") from None
    except OSError as exc:
        raise ReadError(name, f"读取失败：{exc.strerror or exc}", f"read failed: {exc.strerror or exc}") from None
    if data[:5] == b"%PDF-":
        raise ReadError(name, "这是 PDF 文件；请先另存为 .docx 或 .txt", "a PDF file; save it as .docx or .txt first")
    kind = _office_kind(data)
    if kind is not None:  # a .doc or an RTF file under another name
        text, lines = read_converted(path, name, kind)
        return _article(path, name, text, kind[1:], lines)
    text, encoding = detect(data, name)
    return article_from_text(text, name=name, path=path, encoding=encoding)


def _looks_like_zip(path: str) -> bool:
    with open(path, "rb") as fh:
        return fh.read(4) == b"PK\x03\x04"


def article_from_text(text: str, name: str = "untitled.txt", path: str = "", encoding: str = "utf-8") -> Article:
    """An Article from text already decoded (newlines already universal)."""
    return _article(path, name, text, encoding, split_lines(text))


def _article(path: str, name: str, text: str, encoding: str, lines: list[Line]) -> Article:
    lines = infer_headlines(text, lines)
    paragraphs, bylines, stories = build_structure(text, lines)
    byline_ends = {b.span.end for b in bylines}
    reading, breaks = repair(text, lines, byline_ends)
    return Article(
        path=path,
        name=name,
        text=text,
        encoding=encoding,
        paragraphs=paragraphs,
        stories=stories,
        bylines=bylines,
        breaks=breaks,
        reading=reading,
    )
