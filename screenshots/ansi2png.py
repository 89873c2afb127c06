#!/usr/bin/env python3
"""Turns `tmux capture-pane -e` output (text with SGR colour codes) into a PNG.

Used by make.sh so README screenshots come from the real program. Needs Pillow and a
monospace font with box-drawing and Braille glyphs (DejaVu Sans Mono)."""
import re
import sys

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
SIZE, CW, CH = 15, 9, 18
BG, FG = (24, 26, 30), (214, 216, 220)
BASE = [(0, 0, 0), (205, 49, 49), (13, 188, 121), (229, 229, 16), (36, 114, 200), (188, 63, 188),
        (17, 168, 205), (229, 229, 229), (102, 102, 102), (241, 76, 76), (35, 209, 139),
        (245, 245, 67), (59, 142, 234), (214, 112, 214), (41, 184, 219), (255, 255, 255)]


def xterm(n):
    if n < 16:
        return BASE[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    g = 8 + (n - 232) * 10
    return (g, g, g)


def apply(codes, st):
    i = 0
    while i < len(codes):
        c = codes[i]
        if c == 0:
            st.update(fg=None, bg=None, bold=False, rev=False, ul=False)
        elif c == 1:
            st["bold"] = True
        elif c == 22:
            st["bold"] = False
        elif c == 4:
            st["ul"] = True
        elif c == 24:
            st["ul"] = False
        elif c == 7:
            st["rev"] = True
        elif c == 27:
            st["rev"] = False
        elif 30 <= c <= 37:
            st["fg"] = BASE[c - 30]
        elif 90 <= c <= 97:
            st["fg"] = BASE[c - 90 + 8]
        elif 40 <= c <= 47:
            st["bg"] = BASE[c - 40]
        elif 100 <= c <= 107:
            st["bg"] = BASE[c - 100 + 8]
        elif c == 39:
            st["fg"] = None
        elif c == 49:
            st["bg"] = None
        elif c in (38, 48) and i + 1 < len(codes):
            key = "fg" if c == 38 else "bg"
            if codes[i + 1] == 5 and i + 2 < len(codes):
                st[key] = xterm(codes[i + 2])
                i += 2
            elif codes[i + 1] == 2 and i + 4 < len(codes):
                st[key] = tuple(codes[i + 2:i + 5])
                i += 4
        i += 1


# Dot positions of the Braille bits (column, row), as Unicode numbers them.
DOTS = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (0, 3), (1, 3)]


def braille(draw, px, py, bits, fg):
    """The font has no Braille glyphs, so the dots are drawn."""
    for bit, (cx, cy) in enumerate(DOTS):
        if bits & (1 << bit):
            x, y = px + 2 + cx * 4, py + 2 + cy * 4
            draw.ellipse([x, y, x + 2, y + 2], fill=fg)


def main(src, dst, cols, rows):
    text = open(src, encoding="utf-8", errors="replace").read()
    img = Image.new("RGB", (cols * CW + 16, rows * CH + 16), BG)
    draw = ImageDraw.Draw(img)
    fonts = {False: ImageFont.truetype(FONT, SIZE), True: ImageFont.truetype(BOLD, SIZE)}
    st = dict(fg=None, bg=None, bold=False, rev=False, ul=False)
    for y, line in enumerate(text.split("\n")[:rows]):
        x = 0
        for tok in re.split(r"(\x1b\[[0-9;]*m)", line):
            if tok.startswith("\x1b["):
                codes = [int(p) if p else 0 for p in tok[2:-1].split(";")]
                apply(codes, st)
                continue
            for ch in tok:
                fg, bg = st["fg"] or FG, st["bg"] or BG
                if st["rev"]:
                    fg, bg = bg, fg
                px, py = 8 + x * CW, 8 + y * CH
                draw.rectangle([px, py, px + CW - 1, py + CH - 1], fill=bg)
                if 0x2800 <= ord(ch) <= 0x28FF:
                    braille(draw, px, py, ord(ch) - 0x2800, fg)
                else:
                    draw.text((px, py), ch, font=fonts[st["bold"]], fill=fg)
                if st["ul"]:
                    draw.line([px, py + CH - 2, px + CW - 1, py + CH - 2], fill=fg)
                x += 1
    img.save(dst)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
