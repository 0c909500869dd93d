#!/usr/bin/env python3
"""Writes the app icon sets (ios/Waymark/Assets.xcassets): the primary icon
`waymark` and one alternate per disguise the core offers, named after the
core's `DisguiseInfo.icon` values (core/src/guard.rs: calculator, notes,
weather). Each is a 1024x1024 PNG drawn from simple shapes, standard
library only, so that a disguised app looks like what it claims to be on
the home screen: a calculator's keypad, a notepad's ruled page, a sun
behind a cloud. Replace them with designed artwork before release."""

import json
import struct
import zlib
from pathlib import Path

SIZE = 1024


class Canvas:
    def __init__(self, rgb):
        self.rows = [bytearray(bytes(rgb) * SIZE) for _ in range(SIZE)]

    def rect(self, x0, y0, x1, y1, rgb, radius=0):
        """Fills [x0, x1) x [y0, y1), with rounded corners of `radius`."""
        for y in range(max(0, y0), min(SIZE, y1)):
            inset = 0
            dy = max(y0 + radius - y - 0.5, y - (y1 - radius) + 0.5, 0)
            if radius and dy > 0:
                inset = radius - int((radius * radius - dy * dy) ** 0.5)
            a, b = max(0, x0 + inset), min(SIZE, x1 - inset)
            if a < b:
                self.rows[y][a * 3 : b * 3] = bytes(rgb) * (b - a)

    def circle(self, cx, cy, r, rgb):
        for y in range(max(0, cy - r), min(SIZE, cy + r)):
            dy = y - cy + 0.5
            half = int((r * r - dy * dy) ** 0.5)
            a, b = max(0, cx - half), min(SIZE, cx + half)
            if a < b:
                self.rows[y][a * 3 : b * 3] = bytes(rgb) * (b - a)

    def triangle_down(self, cx, top, half_width, bottom, rgb):
        """An isosceles triangle from a `2*half_width` edge at `top` down to a point."""
        for y in range(top, bottom):
            half = int(half_width * (bottom - y) / (bottom - top))
            self.rows[y][(cx - half) * 3 : (cx + half) * 3] = bytes(rgb) * (2 * half)

    def png(self):
        raw = zlib.compress(b"".join(b"\x00" + bytes(r) for r in self.rows), 9)

        def chunk(kind, data):
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

        head = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 2, 0, 0, 0)
        return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def waymark():
    c = Canvas((38, 92, 120))
    c.circle(512, 420, 220, (245, 245, 240))
    c.triangle_down(512, 480, 190, 860, (245, 245, 240))
    c.circle(512, 420, 90, (38, 92, 120))
    return c


def calculator():
    c = Canvas((44, 44, 48))
    c.rect(150, 130, 874, 330, (200, 214, 196), radius=30)  # the display
    for row in range(4):
        for col in range(4):
            x, y = 150 + col * 186, 380 + row * 135
            colour = (240, 150, 40) if col == 3 else (110, 110, 118)
            c.rect(x, y, x + 166, y + 115, colour, radius=24)
    return c


def notes():
    c = Canvas((240, 200, 70))
    c.rect(170, 120, 854, 904, (252, 250, 240), radius=40)  # the page
    c.rect(170, 120, 854, 230, (220, 175, 50), radius=40)  # the binding
    c.rect(170, 190, 854, 230, (220, 175, 50))
    for i in range(7):
        y = 320 + i * 80
        c.rect(240, y, 784, y + 12, (170, 190, 215))
    return c


def weather():
    c = Canvas((70, 140, 220))
    c.circle(600, 380, 170, (255, 205, 60))  # the sun
    white = (250, 250, 252)
    c.circle(400, 600, 150, white)
    c.circle(580, 540, 180, white)
    c.circle(740, 640, 120, white)
    c.rect(260, 620, 860, 760, white, radius=70)
    return c


ICONS = {"waymark": waymark, "calculator": calculator, "notes": notes, "weather": weather}


def main():
    root = Path(__file__).resolve().parent / "Waymark" / "Assets.xcassets"
    root.mkdir(parents=True, exist_ok=True)
    info = {"author": "xcode", "version": 1}
    (root / "Contents.json").write_text(json.dumps({"info": info}, indent=2) + "\n")
    for name, draw in ICONS.items():
        d = root / f"{name}.appiconset"
        d.mkdir(exist_ok=True)
        (d / "icon.png").write_bytes(draw().png())
        images = [{"filename": "icon.png", "idiom": "universal", "platform": "ios", "size": "1024x1024"}]
        (d / "Contents.json").write_text(json.dumps({"images": images, "info": info}, indent=2) + "\n")


if __name__ == "__main__":
    main()
