"""Read a .docx draft as it will be printed: paragraph text (tables too), heading styles as headlines.

The original text is the paragraphs joined by "\\n", in document order, table cells included
(each cell paragraph is a paragraph of its own).  An edited draft is read with its tracked changes
accepted: inserted text is in, deleted text out, and a paragraph whose mark was deleted runs on
into the next.  Text that python-docx's ``Paragraph.text`` leaves out is read too: content controls,
smart tags, field results (not the field codes), hyperlinks, nested tables and text boxes (each text
box paragraph after the paragraph that anchors it).  A vertically merged table cell is read once,
and hidden text (which Word does not print) not at all.
"""

from __future__ import annotations

import collections

import re
import zipfile

from ..errors import ReadError
from .structure import Line, title_like

_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Inside a paragraph: what is never printed text, or is printed elsewhere.  Deleted and moved-away
# runs, field codes, the properties, and the fallback copy of a drawing (its text is in mc:Choice).
_SKIP = frozenset(
    _W + t for t in ("del", "moveFrom", "instrText", "delInstrText", "delText", "pPr", "rPr", "fldData")
) | {_MC + "Fallback"}
_CHARS = {_W + "tab": "\t", _W + "ptab": "\t", _W + "br": " ", _W + "cr": " ", _W + "noBreakHyphen": "-"}
# Around blocks: content controls and custom XML hold ordinary paragraphs and tables.
_WRAPPERS = frozenset(_W + t for t in ("sdt", "sdtContent", "customXml", "ins", "moveTo")) | {
    _MC + "AlternateContent",
    _MC + "Choice",
}


def _level(style_name: str | None) -> int:
    if not style_name:
        return 0
    name = style_name.strip()
    if name.lower() == "title" or name == "标题":
        return 1
    m = _HEADING_STYLE.match(name)
    return int(m.group(1)) if m else 0


def _on(el) -> bool:
    """A w:vanish / w:del-style toggle: present and not switched off."""
    return el is not None and el.get(_W + "val", "true").lower() not in ("0", "false", "off")


def _paragraph(p) -> tuple[str, list]:
    """The printed text of a w:p, and the text boxes (w:txbxContent) anchored in it."""
    out: list[str] = []
    boxes: list = []
    stack = list(reversed(list(p)))
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _W + "t":
            out.append(el.text or "")
        elif tag in _CHARS:
            out.append(_CHARS[tag])
        elif tag == _W + "sym":
            try:
                ch = chr(int(el.get(_W + "char", ""), 16))
            except ValueError:
                continue
            if not 0xE000 <= ord(ch) <= 0xF8FF:  # a symbol font's private code: no Unicode meaning
                out.append(ch)
        elif tag == _W + "txbxContent":
            boxes.append(el)  # its paragraphs are paragraphs of their own, after this one
        elif tag == _W + "r" and _on(el.find(_W + "rPr/" + _W + "vanish")):
            continue  # hidden text
        else:
            stack.extend(reversed(list(el)))
    return "".join(out), boxes


def _shape(p, runs: list) -> str:
    """How a paragraph is set apart by its formatting alone: "centred" (a title in a draft written in
    one style), "bold" (every run of text in bold: a lead-in or a subhead), or "".  ``runs``: its
    runs of text (``_text_runs``)."""
    jc = p.find(_W + "pPr/" + _W + "jc")
    if jc is not None and jc.get(_W + "val") == "center":
        return "centred"
    if runs and all(_on(r.find(_W + "rPr/" + _W + "b")) for r in runs):
        return "bold"
    return ""


def _text_runs(p) -> list:
    return [r for r in p.iter(_W + "r") if any((t.text or "").strip() for t in r.iter(_W + "t"))]


def _run_sizes(runs: list) -> list[tuple[int | None, int]]:
    """(font size in half-points, or None where the run keeps its style's, characters) of each run
    of text (``_text_runs``): w:sz, or w:szCs for a run of Chinese text only sized by it."""
    out = []
    for r in runs:
        size = None
        for tag in ("sz", "szCs"):
            el = r.find(_W + "rPr/" + _W + tag)
            if el is not None:
                try:
                    size = int(el.get(_W + "val", ""))
                except ValueError:
                    pass
                break
        out.append((size, sum(len(t.text or "") for t in r.iter(_W + "t"))))
    return out


# A line set in a type at least this much larger than the body's (half-points: 2 pt) is a heading,
# when nothing else marks one: reporters enlarge the headline and leave it in the body's style.
LARGER_BY = 4


def _default_size(document) -> int | None:
    """The size (half-points) of text that gives none: the Normal style's, else the document
    defaults'; None when neither says (then only explicit sizes compare)."""
    try:
        root = document.styles.element
        for path in (
            "w:style[@w:default='1'][@w:type='paragraph']/w:rPr/w:sz",
            "w:docDefaults/w:rPrDefault/w:rPr/w:sz",
        ):
            found = root.xpath(path)
            if found:
                return int(found[0].get(_W + "val"))
    except Exception:  # noqa: BLE001 - a damaged styles part: sizes compare as given
        return None
    return None


def _larger(run_sizes: list[tuple[int | None, int]], body: int | None) -> bool:
    """Every run of the line set LARGER_BY or more above the body's size (sizes nobody gave, on
    either side, compare nothing)."""
    return bool(run_sizes) and body is not None and all(
        size is not None and size >= body + LARGER_BY for size, _ in run_sizes
    )


def _mark_deleted(p) -> bool:
    """The paragraph mark itself was deleted with tracking on: accepted, the paragraph runs on."""
    return p.find(_W + "pPr/" + _W + "rPr/" + _W + "del") is not None


def _continues_merge(tc) -> bool:
    """A cell that continues a vertical merge (its text belongs to the cell above)."""
    vm = tc.find(_W + "tcPr/" + _W + "vMerge")
    return vm is not None and vm.get(_W + "val", "continue") != "restart"


def read_docx(path: str, name: str) -> tuple[str, list[Line]]:
    try:
        import docx  # python-docx
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ReadError(name, "缺少 python-docx，无法读取 Word 文件", "python-docx is missing") from exc
    try:
        document = docx.Document(path)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ReadError(name, "Word 文件已损坏或不完整，无法读取", f"the Word file is damaged or incomplete ({exc.__class__.__name__})") from None
    except Exception as exc:  # lxml errors and other package faults in a damaged file
        raise ReadError(name, "Word 文件已损坏，无法读取", f"the Word file is damaged ({exc.__class__.__name__})") from None

    # Heading level by style id, looked up once (python-docx scans every style for each paragraph
    # without a style of its own: most of the time of reading a long draft).
    levels: dict[str | None, int] = {}
    try:
        for st in document.styles:
            level = _level(st.name)
            if level:
                levels[st.style_id] = level
    except Exception:  # noqa: BLE001 - a damaged styles part: no headings, the text still reads
        levels = {}
    texts: list[tuple[str, int, str]] = []  # text, heading level, shape
    sizes: list[list[tuple[int | None, int]]] = []  # each paragraph's run sizes (for "larger")
    body_sizes: collections.Counter = collections.Counter()  # characters by size, outside tables
    pending = [""]  # text of paragraphs whose mark was deleted, waiting for the next paragraph
    nested = [0]  # inside a table or a text box

    def add_paragraph(p) -> None:
        text, boxes = _paragraph(p)
        text = pending[0] + text.replace("\r", "").replace("\n", " ").replace("\v", " ")
        if _mark_deleted(p):
            pending[0] = text
        else:
            pending[0] = ""
            sid = p.find(_W + "pPr/" + _W + "pStyle")
            # table cells and text boxes centre what they like; only a line of no sentence is a title
            runs = _text_runs(p)
            shape = "" if nested[0] or not title_like(text.strip()) else _shape(p, runs)
            texts.append((text, levels.get(sid.get(_W + "val") if sid is not None else None, 0), shape))
            run_sizes = _run_sizes(runs)
            sizes.append(run_sizes if not nested[0] else [])
            if not nested[0]:
                for size, n in run_sizes:
                    body_sizes[size] += n
        nested[0] += 1
        for box in boxes:
            add_blocks(box)
        nested[0] -= 1

    def flush() -> None:
        if pending[0]:
            texts.append((pending[0], 0, ""))
            sizes.append([])
            pending[0] = ""

    def add_blocks(parent) -> None:
        for child in parent.iterchildren():
            tag = child.tag
            if tag == _W + "p":
                add_paragraph(child)
            elif tag == _W + "tbl":
                flush()
                add_table(child)
            elif tag in _WRAPPERS:
                add_blocks(child)

    def children(parent, tag: str):
        """``parent``'s children of ``tag``, looking through content controls and custom XML."""
        for child in parent.iterchildren():
            if child.tag == tag:
                yield child
            elif child.tag in _WRAPPERS:
                yield from children(child, tag)

    def add_table(tbl) -> None:
        nested[0] += 1
        try:
            _add_rows(tbl)
        finally:
            nested[0] -= 1

    def _add_rows(tbl) -> None:
        for tr in children(tbl, _W + "tr"):
            if tr.find(_W + "trPr/" + _W + "del") is not None:
                continue  # a deleted row
            for tc in children(tr, _W + "tc"):
                if not _continues_merge(tc):
                    add_blocks(tc)
                    flush()

    add_blocks(document.element.body)
    flush()
    # the body's size: the one most of the text is set in, a run without a size of its own taking
    # the document's default
    default = _default_size(document)
    by_size: collections.Counter = collections.Counter()
    for size, n in body_sizes.items():
        by_size[size if size is not None else default] += n
    body = by_size.most_common(1)[0][0] if by_size else None
    sizes = [[(size if size is not None else default, n) for size, n in rs] for rs in sizes]
    parts = [t for t, _, _ in texts]
    text = "\n".join(parts)
    lines: list[Line] = []
    pos = 0
    for (t, level, shape), run_sizes in zip(texts, sizes):
        if not shape and not level and _larger(run_sizes, body) and title_like(t.strip()):
            shape = "centred"  # set apart as a title is: a heading
        stripped = t.rstrip(" \t\u3000")
        lead = len(stripped) - len(stripped.lstrip(" \t\u3000"))
        words = stripped.strip()
        if words:
            kind = "heading" if level else "body"
            if not level and shape:
                # a draft in one style sets its title apart by centring it, a lead-in by bold (as
                # **bold** in a .txt): a short line of no sentence
                kind, level = ("heading", 1 if not lines else 3) if shape == "centred" else ("caption", 0)
            lines.append(Line(pos + lead, pos + len(stripped), kind, level))
        pos += len(t) + 1
    if not text.strip():
        raise ReadError(name, "Word 文件里没有文字", "the Word file holds no text")
    return text, lines
