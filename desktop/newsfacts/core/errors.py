"""Errors the editor sees: each names the file and says why, in Chinese and English."""

from __future__ import annotations


class NewsFactsError(Exception):
    """An error with a message for the editor, not a traceback."""

    def __init__(self, message_zh: str, message_en: str | None = None) -> None:
        super().__init__(message_zh)
        self.message_zh = message_zh
        self.message_en = message_en or message_zh

    def message(self, lang: str = "zh") -> str:
        return self.message_en if lang.startswith("en") else self.message_zh


class ReadError(NewsFactsError):
    """A draft that cannot be opened."""

    def __init__(self, name: str, why_zh: str, why_en: str | None = None) -> None:
        self.name = name
        self.why_zh = why_zh
        self.why_en = why_en or why_zh
        super().__init__(f"无法打开“{name}”\uff1a{why_zh}", f"Cannot open “{name}”: {self.why_en}")
