"""Colours and text formats of fact kinds and review states (one place, used by view, legend, tables)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette, QTextCharFormat

from ..core.model import Kind, Status

CJK_FONTS = [
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
    "Microsoft YaHei", "PingFang SC", "SimSun",
]

# Light backgrounds, distinct enough side by side and dark text stays readable on all of them.
KIND_COLOURS: dict[Kind, str] = {
    Kind.PERSON: "#ffcdd2",
    Kind.ORG: "#c5cae9",
    Kind.PLACE: "#c8e6c9",
    Kind.MONEY: "#ffe082",
    Kind.PERCENT: "#ffccbc",
    Kind.COUNT: "#b3e5fc",
    Kind.MEASURE: "#d7ccc8",
    Kind.DATE: "#e1bee7",
    Kind.TIME: "#d1c4e9",
    Kind.TIME_SPAN: "#f0f4c3",
    Kind.ORDINAL: "#b2dfdb",
    Kind.SCORE: "#f48fb1",
}

STATUS_COLOURS: dict[Status, str] = {
    Status.UNCHECKED: "#616161",
    Status.VERIFIED: "#2e7d32",
    Status.CORRECTED: "#1565c0",
    Status.DISPUTED: "#c62828",
}

MARK_COLOUR = "#ffab00"  # the fact being reviewed
FIND_COLOUR = "#ffff00"  # the find bar's matches
FIND_CURRENT_COLOUR = "#26c6da"  # ...and the one it stands on
MARKUP_COLOUR = "#b0b0b0"  # Markdown marks kept in the text (the `#` of a headline), drawn faint


def kind_name(kind: Kind) -> str:
    return {
        Kind.PERSON: QCoreApplication.translate("style", "人名"),
        Kind.ORG: QCoreApplication.translate("style", "机构"),
        Kind.PLACE: QCoreApplication.translate("style", "地名"),
        Kind.MONEY: QCoreApplication.translate("style", "金额"),
        Kind.PERCENT: QCoreApplication.translate("style", "百分比"),
        Kind.COUNT: QCoreApplication.translate("style", "数量"),
        Kind.MEASURE: QCoreApplication.translate("style", "度量"),
        Kind.DATE: QCoreApplication.translate("style", "日期"),
        Kind.TIME: QCoreApplication.translate("style", "时刻"),
        Kind.TIME_SPAN: QCoreApplication.translate("style", "时长"),
        Kind.ORDINAL: QCoreApplication.translate("style", "序数"),
        Kind.SCORE: QCoreApplication.translate("style", "比分"),
    }[kind]


def status_name(status: Status) -> str:
    return {
        Status.UNCHECKED: QCoreApplication.translate("style", "未核"),
        Status.VERIFIED: QCoreApplication.translate("style", "已核实"),
        Status.CORRECTED: QCoreApplication.translate("style", "已更正"),
        Status.DISPUTED: QCoreApplication.translate("style", "存疑"),
    }[status]


def date_source_name(source: str | None) -> str:
    return {
        "text": QCoreApplication.translate("style", "文中写明年份"),
        "dateline": QCoreApplication.translate("style", "按报纸日期推定年份"),
        "context": QCoreApplication.translate("style", "按上下文推定年份"),
    }.get(source or "", source or "")


def cjk_font(point_size: int = 13) -> QFont:
    font = QFont()
    font.setFamilies(CJK_FONTS)
    font.setPointSize(point_size)
    return font


TEXT_ON_SHADE = "#212121"  # text on a light highlight, whatever the desktop's own text colour


def kind_cell(role, kind: Kind) -> QBrush:
    """A table's 类型 cell (BackgroundRole or ForegroundRole): the kind's colour behind it, text
    that reads on it."""
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(QColor(KIND_COLOURS[kind]))
    return QBrush(QColor(TEXT_ON_SHADE))


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def readable_on(colour: QColor, background: QColor, ratio: float = 4.5) -> QColor:
    """``colour``, darkened (on a light background) or lightened (on a dark one) until text in it
    reads on ``background`` (WCAG's contrast ratio)."""
    bg = _luminance(background)
    dark = bg < 0.18
    for _ in range(20):
        fg = _luminance(colour)
        if (max(fg, bg) + 0.05) / (min(fg, bg) + 0.05) >= ratio:
            break
        # kept to 8 bits a channel, as it is written into style sheets and HTML
        colour = QColor((colour.lighter(115) if dark else colour.darker(115)).name())
    return colour


def status_colour(status: Status, role: QPalette.ColorRole = QPalette.ColorRole.Base) -> QColor:
    """The review state's colour as text on the desktop's own background (``role`` of the
    application's palette): the light theme's colours, lightened on a dark desktop."""
    return readable_on(QColor(STATUS_COLOURS[status]), QGuiApplication.palette().color(role))


def fact_format(kind: Kind, status: Status) -> QTextCharFormat:
    """Kind by background colour; review state by decoration, so both read at a glance.  The text
    colour is always given: a dark desktop's light text would not read on the light highlights."""
    fmt = QTextCharFormat()
    background = QColor(KIND_COLOURS[kind])
    fmt.setBackground(background)
    colour = QColor(STATUS_COLOURS[status])
    fmt.setForeground(QColor(TEXT_ON_SHADE))
    if status is Status.VERIFIED:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(colour)
        fmt.setForeground(readable_on(colour.darker(130), background))
    elif status is Status.CORRECTED:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(colour)
        fmt.setForeground(readable_on(colour, background))
        fmt.setFontItalic(True)
    elif status is Status.DISPUTED:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(colour)
        fmt.setForeground(readable_on(colour, background))
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt
