"""Decide how a text file is encoded, and say so; never guess silently.

Order: a byte-order mark (UTF-8, UTF-16 LE/BE); strict UTF-8; UTF-16 without a mark (recognised by
its zero bytes); strict GB18030 (which covers GBK and GB2312) when the result reads as Chinese.
Anything else is refused with a reason the editor can act on.
"""

from __future__ import annotations

import codecs
import unicodedata

from ..errors import ReadError


def _printable_ratio(text: str) -> float:
    if not text:
        return 1.0
    bad = 0
    for ch in text:
        if ch in "\n\r\t":
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cs", "Co", "Cn"):
            bad += 1
    return 1.0 - bad / len(text)


def _cjk_ratio(text: str) -> float:
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    cjk = sum(1 for c in chars if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
    return cjk / len(chars)


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    even_zero = data[0::2].count(0)
    odd_zero = data[1::2].count(0)
    half = len(data) // 2
    # ASCII-heavy UTF-16 has a zero in every other byte; Chinese-heavy UTF-16 has few zeros
    # but then strict UTF-8 and GB18030 usually fail too, and the BOM-less case is rare.
    if odd_zero > 0.3 * half and even_zero < 0.05 * half:
        return "utf-16-le"
    if even_zero > 0.3 * half and odd_zero < 0.05 * half:
        return "utf-16-be"
    return None


def detect(data: bytes, name: str = "file") -> tuple[str, str]:
    """Return (text, encoding) for the bytes of a text file, or raise ReadError.

    The text is decoded as ``open(path, encoding=encoding).read()`` would: BOM removed,
    universal newlines applied.
    """
    if not data:
        raise ReadError(name, "文件是空的", "the file is empty")
    enc: str | None = None
    if data.startswith(codecs.BOM_UTF8):
        enc = "utf-8-sig"
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        enc = "utf-16"
    if enc is None:
        try:
            data.decode("utf-8")
            enc = "utf-8"
        except UnicodeDecodeError:
            enc = _utf16_without_bom(data)
    if enc is None:
        if b"\x00" in data:
            raise ReadError(name, "这不是文本文件（含有二进制数据）", "not a text file (it holds binary data)")
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise ReadError(
                name,
                "无法识别文件编码（不是 UTF-8、UTF-16 或 GB18030/GBK）",
                "unknown encoding (not UTF-8, UTF-16 or GB18030/GBK)",
            ) from None
        if _printable_ratio(text) < 0.98 or _cjk_ratio(text) < 0.2:
            raise ReadError(
                name,
                "无法识别文件编码，内容不像中文文本",
                "unknown encoding; the content does not read as Chinese text",
            )
        enc = "gb18030"
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        raise ReadError(name, f"文件按 {enc} 解码失败", f"cannot be decoded as {enc}: {exc.reason}") from None
    if enc in ("utf-8-sig", "utf-16") and text.startswith("\ufeff"):
        text = text[1:]
    if _printable_ratio(text) < 0.95:
        raise ReadError(name, "这不是文本文件（含有大量控制字符）", "not a text file (it holds control characters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError(name, "文件里没有文字", "the file holds no text")
    return text, enc
