#!/usr/bin/env python3
"""Render resources/icons/newsfacts.svg to the PNG sizes, .ico and .icns the packages need.

    .venv/bin/python packaging/make_icons.py          # rewrite the files beside the SVG
    .venv/bin/python packaging/make_icons.py --check  # exit 1 if any is missing or out of date

Qt's QSvgRenderer (PySide6, already a dependency) draws the pages; .ico and .icns are plain
containers of PNG images, written here with struct, so no image library is needed. Same SVG and
same Qt give the same bytes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "newsfacts.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# .icns element types holding PNG data, by pixel size (Apple's "icp4".."ic14").
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64), (b"ic07", 128),
    (b"ic08", 256), (b"ic13", 256), (b"ic09", 512), (b"ic14", 512), (b"ic10", 1024),
)


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (Windows Vista and later)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        blob = pngs[s]
        dim = 0 if s >= 256 else s  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose elements are PNG images."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for kind, s in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def outputs() -> dict[Path, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts and painting need one)
    pngs = {s: render_png(s) for s in sorted(set(PNG_SIZES) | {s for _, s in ICNS_TYPES})}
    files = {ICONS / f"newsfacts-{s}.png": pngs[s] for s in PNG_SIZES}
    files[ICONS / "newsfacts.ico"] = ico(pngs)
    files[ICONS / "newsfacts.icns"] = icns(pngs)
    return files


def main(argv: list[str]) -> int:
    files = outputs()
    if "--check" in argv:
        stale = [p.name for p, data in files.items() if not p.exists() or p.read_bytes() != data]
        if stale:
            print("out of date: " + ", ".join(stale) + " (run packaging/make_icons.py)", file=sys.stderr)
            return 1
        return 0
    for path, data in files.items():
        path.write_bytes(data)
        print(f"{path.relative_to(ICONS.parents[1])}  {len(data):>7} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
