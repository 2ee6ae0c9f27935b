"""Draw the app icon with Qt and write every format the installers need.

Run: ``QT_QPA_PLATFORM=offscreen uv run python resources/icons/make_icons.py`` (output is committed, so builds
stay offline and reproducible; rerun only when the artwork changes).

Writes ``app.png`` (1024 px: Linux, window icon, source artwork), ``app.ico`` (Windows: EXE, Inno Setup, MSI)
and ``app.icns`` (macOS ``.app``). The ICO and ICNS containers are written here rather than through Qt's
image plugins: both formats simply embed PNGs, and Qt's ``qicns``/``qico`` writers are not present on every
platform build of PySide6.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen

HERE = Path(__file__).resolve().parent
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that may hold PNG data, with their pixel size (Apple's "icns" type codes).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024),
              ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))  # fmt: skip


def draw(size: int) -> QImage:
    """A shield with a check mark on a rounded blue tile; drawn per size so small icons stay crisp."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 100, size / 100)  # artwork in a 100×100 coordinate system

    tile = QLinearGradient(QPointF(0, 0), QPointF(0, 100))
    tile.setColorAt(0, QColor("#2b88d8"))
    tile.setColorAt(1, QColor("#0b4f8a"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(tile))
    painter.drawRoundedRect(QRectF(4, 4, 92, 92), 20, 20)

    shield = QPainterPath()
    shield.moveTo(50, 16)
    shield.lineTo(78, 26)
    shield.cubicTo(78, 56, 68, 74, 50, 86)
    shield.cubicTo(32, 74, 22, 56, 22, 26)
    shield.closeSubpath()
    painter.setBrush(QColor("#ffffff"))
    painter.drawPath(shield)

    check = QPainterPath()
    check.moveTo(36, 50)
    check.lineTo(46, 60)
    check.lineTo(65, 38)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen = QPen(QColor("#107c10"), 8 if size >= 32 else 10)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPath(check)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per image + PNG payloads (PNG entries are valid since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, payload = b"", b""
    for size, png in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in the one-byte width/height fields
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """'icns' + total length, then (type, length incl. 8-byte header, PNG) elements, big-endian."""
    body = b"".join(kind.encode() + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted({*ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: png_bytes(draw(size)) for size in sizes}
    (HERE / "app.png").write_bytes(pngs[1024])
    (HERE / "app.ico").write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    (HERE / "app.icns").write_bytes(icns_bytes(pngs))
    for name in ("app.png", "app.ico", "app.icns"):
        print(f"{name}: {(HERE / name).stat().st_size} bytes")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
