"""The app icon files are real images of the sizes the platforms ask for, rendered from the SVG."""

from __future__ import annotations

import struct

from conftest import ROOT

ICONS = ROOT / "resources" / "icons"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_png_sizes_for_the_linux_icon_theme():
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert png_size((ICONS / f"newsfacts-{size}.png").read_bytes()) == (size, size)


def test_windows_ico_holds_png_images_up_to_256():
    data = (ICONS / "newsfacts.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = set()
    for i in range(count):
        w, h, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        image = data[offset : offset + length]
        assert png_size(image) == (w or 256, h or 256)
        sizes.add(w or 256)
    assert {16, 32, 48, 256} <= sizes


def test_macos_icns_holds_retina_sizes():
    data = (ICONS / "newsfacts.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    pos, found = 8, {}
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        found[kind] = png_size(data[pos + 8 : pos + length])
        pos += length
    assert found[b"ic10"] == (1024, 1024) and found[b"ic07"] == (128, 128) and found[b"ic11"] == (32, 32)

