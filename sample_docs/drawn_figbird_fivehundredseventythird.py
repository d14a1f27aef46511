"""A five-hundred-and-seventy-third drawn set, in traditional Chinese, stop 85's first round, to be read cold before any reader changes
for it, in wording and layouts no earlier set drew: a Hong Kong degree of lines centred one under another ('茲證明' / the holder /
'已完成本校所訂之課程…' / '獲頒授' / '文學士（榮譽）學位' / '主修：翻譯'); a graduation certificate whose particulars are written on ruled
blanks within its sentences (學生 ____ 性別 __ 於 ____ 年 …). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fivehundredseventythird`). Every name and number is made up; 19228 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_papers_eighth import _chop


def set_centred(s: Sheet, lines: list[tuple[str, int]], y: int, step: int) -> int:
    """Lines of (text, size) each centred on the page from y, `step` apart (an empty text a blank line); the y under them."""
    for text, size in lines:
        if text:
            width = s.text(0, -200, text, size, "serif_cjk")  # measured off the page, then set centred
            s.text((1654 - width) // 2, y, text, size, "serif_cjk")
        y += step
    return y


def centred_lines() -> tuple[bytes, dict]:
    s = Sheet()
    lines = [("香港東嶺大學", 46), ("", 0), ("茲證明", 30), ("陳芷晴", 40), ("已完成本校所訂之課程，並經考試及格，", 28), ("獲頒授", 28),
             ("文學士（榮譽）學位", 36), ("主修：翻譯", 28), ("", 0), ("二〇二〇年十一月十九日", 26)]
    y = set_centred(s, lines, 110, 80)
    s.text(260, y + 120, "校長", 26, "serif_cjk")
    s.text(1100, y + 120, "證書編號：EL-BA-2020-1187", 22, "sans_cjk")
    return scanned_png(s, "centredhk"), {"holder_name": "陳芷晴", "institution": "香港東嶺大學",
                                         "degree": ("文學士（榮譽）", "文學士", "文學士（榮譽）學位", "文學士學位"), "major": "翻譯",
                                         "date_awarded": "2020-11-19", "certificate_number": "EL-BA-2020-1187"}


def _blanks(s: Sheet, x: int, y: int, parts: list[str], size: int = 30) -> None:
    """A sentence whose every second part is a value written on a ruled blank."""
    for k, part in enumerate(parts):
        start = x
        x = s.text(x, y, part if k % 2 == 0 else f" {part} ", size, "serif_cjk")
        if k % 2:
            s.d.line((start, y + size + 8, x, y + size + 8), fill=(0, 0, 0), width=2)
        x += 6


def blanks() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "畢業證書", 48, "serif_cjk")
    _blanks(s, 180, 280, ["學生", "江浩然", "，性別", "男", "，於", "2016", "年", "9", "月至", "2020", "年", "7", "月"])
    _blanks(s, 180, 360, ["在本校", "機械工程", "專業", "四年制本科", "修業期滿，成績合格，"])
    _blanks(s, 180, 440, ["准予畢業。"])
    s.text(180, 600, "校名：嶺東科技學院", 28, "serif_cjk")
    s.text(180, 660, "證書編號：192281202007000214", 26, "sans_cjk")
    s.text(900, 760, "2020年7月3日", 28, "serif_cjk")
    _chop(s, 1300, 600, "嶺東科技學院")
    return scanned_png(s, "blankstrad"), {"holder_name": "江浩然", "institution": "嶺東科技學院", "major": "機械工程", "level": ("四年制本科", "本科"),
                                          "graduation_date": "2020-07-03", "certificate_number": "192281202007000214"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-centred-lines-traditional.png", centred_lines, "degree_certificate", "centred-lines-traditional"),
              ("graduation-written-on-blanks.png", blanks, "graduation_certificate", "written-on-blanks")]
    return write_drawn(folder, papers)
