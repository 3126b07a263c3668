"""The one conversion between Python code points and Qt's UTF-16 positions.

Every span in NewsFacts counts code points; QTextCursor and QSyntaxHighlighter count UTF-16
code units, where a character outside the BMP (𠀀) takes two.  Widgets convert through a
``Utf16Map`` of the text they show, and nowhere else.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class Utf16Map:
    def __init__(self, text: str) -> None:
        # Code-point offsets of the characters outside the BMP, in order.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._length = len(text)
        # UTF-16 positions of the same characters, for the reverse direction.
        self._astral16 = [i + k for k, i in enumerate(self._astral)]

    def to_qt(self, offset: int) -> int:
        """UTF-16 position of code-point ``offset``."""
        if not self._astral:
            return offset
        return offset + bisect_right(self._astral, offset - 1)

    def from_qt(self, position: int) -> int:
        """Code-point offset of UTF-16 ``position`` (inside a surrogate pair: the pair's start)."""
        if not self._astral:
            return position
        k = bisect_right(self._astral16, position - 1)
        if k and self._astral16[k - 1] == position - 1:
            # position points at the low surrogate of a pair
            return self._astral[k - 1]
        return position - k

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)
