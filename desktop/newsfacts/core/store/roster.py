"""The desk's roster of officials (领导名单): a person and their post a line, read into the newsroom
memory as verified names, so that every draft is checked against it (a post given to someone else,
a role that differs, a name one character off).

A roster is what a desk keeps anyway: a text file (.txt, .csv, .tsv; UTF-8, UTF-16 or GB18030), an
Excel workbook (.xlsx, its first sheet) or a Word document (.docx: its tables' rows, then its
paragraphs), one person a line or row, in whichever of these forms:

    赵海燕	解放区委书记        name and post in two cells or columns, either order
    解放区委书记，赵海燕        ...separated by a comma, a semicolon or spaces
    解放区委书记赵海燕          the post and the name written together, as a paper prints them
    赵海燕（解放区委书记）
    1	赵海燕	女	解放区委书记   more columns: the one that is a name and the one that ends in a title

A heading row (姓名 / 职务) and blank lines are passed over; any other line that gives no person and
post is reported by its number, so the desk can put it right.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass

from ..model import Kind
from .errors import TransferFileError
from .checks import TITLES
from .memory import KnownName

# A post ends with one of the titles the memory reads roles by, or with one of these, which a
# roster names and a draft rarely writes before a name.
_TITLES = TITLES + tuple(
    "盟长 代表 总理 副总理 总书记 委员长 国务委员 大使 总领事 总编辑 副社长 副厅长 主任委员 督导员 调研员 巡视员 总监"
    " 总工程师 总会计师".split()
)

_PERSON = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]+(?:·[\u4e00-\u9fff]+)+)$")
_HEADINGS = frozenset("姓名 名字 人名 职务 职位 现任职务 序号 性别 单位".split())
_IN_BRACKETS = re.compile(r"^(.+?)[(\uff08](.+?)[)\uff09]$")
_PADDING = re.compile("[ \u3000]+")
_SEPARATORS = (re.compile("\t"), re.compile("[,\uff0c;\uff1b]"), _PADDING)
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Roster:
    names: tuple[KnownName, ...]  # in the order of the file
    skipped: tuple[int, ...]  # numbers of the lines (rows) that give no person and post
    unread: tuple[str, ...] = ()  # ...and what they say (a Word roster's "lines" are its rows, then its paragraphs)

    def unread_said(self, most: int = 5) -> str:
        """第 8 行（区领导名单如下）、…: the lines that gave no person and post, for a message."""
        said = [f"第 {n} 行\uff08{t[:12]}\uff09" for n, t in zip(self.skipped[:most], self.unread)]
        return "、".join(said) + ("…" if len(self.skipped) > most else "")


def _is_post(cell: str) -> bool:
    return len(cell) > 1 and cell.endswith(_TITLES) and bool(_HAN.search(cell))


def parse_row(cells: list[str]) -> KnownName | None:
    """The person and post of one line's cells, or None."""
    cells = [c.strip() for c in cells if c and c.strip()]
    if len(cells) == 1:
        (cell,) = cells
        m = _IN_BRACKETS.match(cell)
        if m and _PERSON.match(m.group(1)) and _is_post(m.group(2)):
            return KnownName(m.group(1), Kind.PERSON, m.group(2))
        for size in (3, 2, 4):  # 解放区委书记赵海燕: the post, then the name
            name, post = cell[-size:], cell[:-size]
            if _PERSON.match(name) and _is_post(post):
                return KnownName(name, Kind.PERSON, post)
        return None
    # 王　刚 in a cell of its own: the padding that lines it up with three-character names
    cells = [_PADDING.sub("", c) if _PERSON.match(_PADDING.sub("", c)) else c for c in cells]
    name = next((c for c in cells if _PERSON.match(c) and not _is_post(c)), None)
    post = next((c for c in cells if _is_post(c) and c != name), None)
    if name is None or post is None:
        return None
    return KnownName(name, Kind.PERSON, post)


def _split(line: str) -> list[str]:
    for sep in _SEPARATORS:
        cells = [c for c in sep.split(line.strip()) if c.strip()]
        if len(cells) > 1:
            return _joined_padding(cells)
    return [line.strip()]


def _joined_padding(cells: list[str]) -> list[str]:
    """王　刚: a two-character name padded to line up with three-character ones is one name."""
    out: list[str] = []
    for c in cells:
        if len(c) == 1 and out and len(out[-1]) == 1:
            out[-1] += c
        else:
            out.append(c)
    return out


def _unreadable(name: str, exc: OSError) -> TransferFileError:
    return TransferFileError(name, f"读不出来\uff08{exc.strerror or exc}\uff09", f"cannot be read ({exc})")


def _rows(path: str, name: str) -> list[list[str]]:
    """The file's lines or rows, each as its cells (a line of text as one cell: read_roster cuts it)."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix in (".xlsx", ".xlsm"):
        try:
            from openpyxl import load_workbook

            book = load_workbook(path, read_only=True, data_only=True)
            try:
                sheet = book.worksheets[0]
                return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            finally:
                book.close()
        except OSError as exc:
            raise _unreadable(name, exc) from None
        except Exception:  # noqa: BLE001 - a damaged workbook raises many kinds of errors
            raise TransferFileError(name, "不是完好的 Excel 工作簿", "not a sound Excel workbook") from None
    if suffix == ".docx":
        return _docx_rows(path, name)
    from ..errors import ReadError
    from ..reading.encoding import detect

    try:
        with open(path, "rb") as fh:
            text, _enc = detect(fh.read(), name)
    except OSError as exc:
        raise _unreadable(name, exc) from None
    except ReadError as exc:
        raise TransferFileError(name, exc.why_zh, exc.why_en) from None
    if suffix in (".csv", ".tsv"):
        return list(csv.reader(io.StringIO(text), delimiter="\t" if suffix == ".tsv" else ","))
    return [[line] for line in text.split("\n")]


def _docx_rows(path: str, name: str) -> list[list[str]]:
    """A Word roster: its tables' rows (cells as columns), then its paragraphs (a line each)."""
    try:
        from docx import Document

        document = Document(path)
    except OSError as exc:
        raise _unreadable(name, exc) from None
    except Exception:  # noqa: BLE001 - a damaged document raises many kinds of errors
        raise TransferFileError(name, "不是完好的 Word 文档", "not a sound Word document") from None
    rows: list[list[str]] = []
    for table in document.tables:
        for row in table.rows:
            cells: list[str] = []
            for cell in row.cells:
                if not cells or cell.text != cells[-1]:  # a merged cell is met once for each column it spans
                    cells.append(cell.text)
            rows.append(cells)
    rows.extend([p.text] for p in document.paragraphs)
    return rows


def read_roster(path: str | os.PathLike[str]) -> Roster:
    """Read a roster; TransferFileError (with a message for the editor) when it cannot be read or
    gives no person and post at all."""
    path = os.fspath(path)
    name = os.path.basename(path)
    names, skipped, unread = [], [], []
    for number, cells in enumerate(_rows(path, name), start=1):
        cells = [c.strip() for c in cells if c and c.strip()]
        if len(cells) == 1:
            cells = _split(cells[0])
        if not cells or _HEADINGS.intersection(cells):
            continue
        person = parse_row(cells)
        if person is None:
            skipped.append(number)
            unread.append(" ".join(cells))
        else:
            names.append(person)
    if not names:
        raise TransferFileError(
            name, "没有读出人名和职务\uff08每行写一人\uff1a姓名和职务\uff09", "no person and post found (one a line: name and post)"
        )
    return Roster(tuple(names), tuple(skipped), tuple(unread))
