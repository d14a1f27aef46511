"""A five-hundred-and-eighty-ninth drawn set, stop 85's third round, to be read cold before any reader changes for it, in wording and
layouts no earlier set drew: a doctor's degree naming the thesis after its subject ('for the thesis entitled …'), the holder with his
title ('Mr. SHEN Zekai'); a graduation certificate as a bilingual table of four columns, each cell in Chinese and English ('姓名 Name',
'学制 Length', '层次 Level'). Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredeightyninth`). Every name and
number is made up; 19213 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def thesis_entitled() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 110, "Greendale University", 44, "serif_bold")
    text_lines(s, 220, 260, ["This is to certify that Mr. SHEN Zekai has been awarded the degree of Doctor of Philosophy in Chemical",
                             "Engineering for the thesis entitled \"Robust Control of Networked Process Systems\".", "",
                             "Conferred on 15 December 2020."], 25, "serif", 50)
    text_lines(s, 220, 620, ["Vice-Chancellor", "", "Serial No. GDU-PHD-20-0193"], 22, "serif", 40)
    return scanned_png(s, "thesis"), {"holder_name": "SHEN Zekai", "institution": "Greendale University", "degree": ("Doctor of Philosophy",),
                                      "major": "Chemical Engineering", "date_awarded": "2020-12-15", "certificate_number": "GDU-PHD-20-0193"}


def bilingual_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 110, "毕业证书 Graduation Certificate", 40, "serif_cjk")
    _ruled(s, 120, 240, [["姓名 Name", "程若溪 CHENG Ruoxi", "性别 Sex", "女 F"], ["专业 Major", "视觉传达设计", "学制 Length", "四年 4 years"],
                         ["层次 Level", "本科 Undergraduate", "毕业日期 Date", "2021年6月20日"], ["学校 School", "湘西美术学院", "证书编号 No.", "192131202106000088"]],
           [260, 420, 280, 460], 80, 26)
    _chop(s, 1250, 760, "湘西美术学院")
    return scanned_png(s, "bitable"), {"holder_name": ("程若溪", "CHENG Ruoxi"), "institution": "湘西美术学院", "major": "视觉传达设计",
                                       "level": ("本科", "本科 Undergraduate", "Undergraduate"), "graduation_date": "2021-06-20",
                                       "certificate_number": "192131202106000088"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-thesis-entitled.png", thesis_entitled, "degree_certificate", "thesis-entitled"),
              ("graduation-bilingual-table.png", bilingual_table, "graduation_certificate", "bilingual-table")]
    return write_drawn(folder, papers)
