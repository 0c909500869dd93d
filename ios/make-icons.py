#!/usr/bin/env python3
"""Writes the app icon sets (ios/Waymark/Assets.xcassets): the primary icon
`waymark` and one alternate per disguise the core offers, named after the
core's `DisguiseInfo.icon` values (core/src/guard.rs: calculator, notes,
weather). Plain 1024x1024 PNGs in neutral colours, standard library only;
replace them with designed artwork before release."""

import json
import struct
import zlib
from pathlib import Path

ICONS = {
    "waymark": (38, 92, 120),
    "calculator": (90, 90, 96),
    "notes": (230, 200, 80),
    "weather": (70, 140, 220),
}
SIZE = 1024


def png(rgb):
    row = b"\x00" + bytes(rgb) * SIZE
    raw = zlib.compress(row * SIZE, 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    head = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def main():
    root = Path(__file__).resolve().parent / "Waymark" / "Assets.xcassets"
    root.mkdir(parents=True, exist_ok=True)
    info = {"author": "xcode", "version": 1}
    (root / "Contents.json").write_text(json.dumps({"info": info}, indent=2) + "\n")
    for name, rgb in ICONS.items():
        d = root / f"{name}.appiconset"
        d.mkdir(exist_ok=True)
        (d / "icon.png").write_bytes(png(rgb))
        images = [{"filename": "icon.png", "idiom": "universal", "platform": "ios", "size": "1024x1024"}]
        (d / "Contents.json").write_text(json.dumps({"images": images, "info": info}, indent=2) + "\n")


if __name__ == "__main__":
    main()
