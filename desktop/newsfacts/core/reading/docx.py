"""Read a .docx draft: paragraph text (tables too), heading styles as headlines.

The original text is the paragraphs joined by "\\n", in document order, table cells included
(each cell paragraph is a paragraph of its own).
"""

from __future__ import annotations

import re
import zipfile

from ..errors import ReadError
from .structure import Line

_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)


def _level(style_name: str | None) -> int:
    if not style_name:
        return 0
    name = style_name.strip()
    if name.lower() == "title" or name == "标题":
        return 1
    m = _HEADING_STYLE.match(name)
    return int(m.group(1)) if m else 0


def read_docx(path: str, name: str) -> tuple[str, list[Line]]:
    try:
        import docx  # python-docx
        from docx.document import Document as _Doc  # noqa: F401
        from docx.table import Table
        from docx.text.paragraph import Paragraph as DocxParagraph
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ReadError(name, "缺少 python-docx,无法读取 Word 文件", "python-docx is missing") from exc
    try:
        document = docx.Document(path)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ReadError(name, "Word 文件已损坏或不完整,无法读取", f"the Word file is damaged or incomplete ({exc.__class__.__name__})") from None
    except Exception as exc:  # lxml errors and other package faults in a damaged file
        raise ReadError(name, "Word 文件已损坏,无法读取", f"the Word file is damaged ({exc.__class__.__name__})") from None

    texts: list[tuple[str, int]] = []

    def add_paragraph(p: "DocxParagraph") -> None:
        style = p.style.name if p.style is not None else None
        texts.append((p.text.replace("\r", "").replace("\n", " ").replace("\v", " "), _level(style)))

    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            add_paragraph(DocxParagraph(child, document))
        elif tag == "tbl":
            for row in Table(child, document).rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat
                        continue
                    seen.add(id(cell._tc))
                    for p in cell.paragraphs:
                        add_paragraph(p)
    parts = [t for t, _ in texts]
    text = "\n".join(parts)
    lines: list[Line] = []
    pos = 0
    for t, level in texts:
        stripped = t.rstrip(" \t\u3000")
        lead = len(stripped) - len(stripped.lstrip(" \t\u3000"))
        if stripped.strip():
            lines.append(Line(pos + lead, pos + len(stripped), "heading" if level else "body", level))
        pos += len(t) + 1
    if not text.strip():
        raise ReadError(name, "Word 文件里没有文字", "the Word file holds no text")
    return text, lines
