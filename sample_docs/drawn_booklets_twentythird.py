"""A twenty-third drawn set, drawn after the twenty-second: Mainland graduation and degree certificates
as the booklets they are, scanned open on a landscape page: the left page holds the holder's photograph
under the school's chop, the right page the certificate in one paragraph of prose, its dates in Chinese
numerals ('二〇一七年六月三十日'), the number and the head's name under it. One of each booklet is scanned flat,
one photographed open on a desk. The people are the eighth set's. Read once through the product before
any reader changes for it (`scripts/bench_drawn_forms.py --set twentythird`). Every name and number is
made up."""
from __future__ import annotations

import zlib
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

from . import drawn_papers_eighth as eighth
from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, png_bytes
from .drawn_photos_ninth import jpeg_as_taken, photographed
from .generator.render import pil_font

CN = "〇一二三四五六七八九"
INK = (40, 30, 30)
RED = (200, 30, 40)


def _small(n: int) -> str:
    """1..31 in Chinese numerals: 一, 十, 十二, 三十, 二十一."""
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else CN[tens] + "十")) + (CN[ones] if ones else "")


def cn_month(d: date) -> str:
    """二〇一三年九月."""
    return "".join(CN[int(c)] for c in str(d.year)) + f"年{_small(d.month)}月"


def cn_date(d: date) -> str:
    """二〇一七年六月三十日."""
    return cn_month(d) + f"{_small(d.day)}日"


class Booklet(Sheet):
    """A booklet open on a landscape page: the photograph left, the text right."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.img = Image.new("RGB", (2339, 1654), (250, 247, 240))
        self.d = ImageDraw.Draw(self.img)
        self.d.line([1169, 60, 1169, 1594], fill=(200, 190, 180), width=3)  # the fold
        self.img.paste(sixteenth._portrait((330, 440)), (420, 380))
        self._chop(585, 820)
        self.text(1700 - 28 * len(title), 170, title, 56, "serif_cjk", INK)

    def _chop(self, cx: int, cy: int) -> None:
        d = ImageDraw.Draw(self.img)
        d.ellipse([cx - 120, cy - 120, cx + 120, cy + 120], outline=RED, width=7)
        d.text((cx - 22, cy - 30), "★", font=pil_font("sans_cjk", 50), fill=RED)

    def prose(self, text: str, y: int = 360, per_line: int = 22) -> int:
        for k in range(0, len(text), per_line):
            self.text(1290, y, text[k:k + per_line], 38, "serif_cjk", INK)
            y += 74
        return y


def graduation_booklet(g: eighth.Graduate) -> Booklet:
    s = Booklet("毕 业 证 书")
    start = date(g.graduated.year - 4, 9, 1)
    y = s.prose(f"学生{g.name_zh}，性别{g.sex_zh}，{cn_date(g.born)}生，于{cn_month(start)}至{cn_month(g.graduated)}"
                f"在本校{g.major}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    s.text(1290, y + 90, f"校  名：{g.school}", 34, "serif_cjk", INK)
    s.text(1290, y + 160, "校（院）长：", 34, "serif_cjk", INK)
    s.text(1290, y + 230, f"证书编号：{g.graduation_no}", 32, "serif_cjk", INK)
    s.text(1700, y + 300, cn_date(g.graduated), 34, "serif_cjk", INK)
    return s


def degree_booklet(g: eighth.Graduate) -> Booklet:
    s = Booklet("学 士 学 位 证 书")
    field = g.degree_zh.removesuffix("学士")
    y = s.prose(f"{g.name_zh}，{g.sex_zh}，{cn_date(g.born)}生。在{g.school}{g.major}专业完成了本科学习计划，业已毕业，"
                f"经审核符合《中华人民共和国学位条例》的规定，授予{field}学士学位。")
    s.text(1290, y + 90, f"{g.school}", 34, "serif_cjk", INK)
    s.text(1290, y + 160, "学位评定委员会主席：", 34, "serif_cjk", INK)
    s.text(1290, y + 230, f"证书编号：{g.degree_no}", 32, "serif_cjk", INK)
    s.text(1700, y + 300, cn_date(g.graduated), 34, "serif_cjk", INK)
    return s


def write_all(folder: Path) -> list[dict]:
    """Both booklets for both graduates, one scanned flat and one photographed; the truth, one entry a file."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, g in enumerate(eighth.GRADUATES):
        for kind, draw, layout in (("graduation_certificate", graduation_booklet, "table"),
                                   ("degree_certificate", degree_booklet, "bilingual-table")):
            sheet = draw(g)
            photo = (i == 0) == (kind == "degree_certificate")  # one of each kind photographed
            name = f"{kind.split('_')[0]}-booklet-{i + 1}" + (".jpg" if photo else ".png")
            data = jpeg_as_taken(photographed(sheet.img, zlib.crc32(name.encode())), 1) if photo \
                else png_bytes(sheet.scanned(zlib.crc32(name.encode())))
            (folder / name).write_bytes(data)
            fields = {"type": kind} | eighth.truth(g, kind, layout)  # the same particulars as the eighth's tables
            if kind == "degree_certificate":  # as printed: the prose confers '工学学士学位', the table named '工学学士'
                fields["degree"] += "学位"
            out.append({"file": name, "type": kind, "layout": "booklet-photo" if photo else "booklet-scan", "fields": fields})
    return out
