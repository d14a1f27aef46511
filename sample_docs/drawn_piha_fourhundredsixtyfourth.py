"""A four-hundred-and-sixty-fourth drawn set, of degrees, drawn after stop 82's second reader change, to be read cold, in
wording and layouts no earlier set drew: a diploma in capitals, each part centred on a line of its own (HEREBY CONFERS UPON /
name / THE DEGREE OF / degree / IN / subject / GIVEN THIS … DAY OF …); a Chinese degree whose name is parted into two rows
(学位类别 / 学位级别); a translation 'is hereby conferred the Master of Arts in … on this 28th day of June, 2019'. Each is a
case of its own (`scripts/bench_drawn_forms.py --set fourhundredsixtyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def centred(s: Sheet, y: int, text: str, size: int, font: str) -> None:
    s.text(827 - len(text) * size * 27 // 100, y, text, size, font)


def capitals_centred() -> tuple[bytes, dict]:
    s = Sheet()
    lines = [("THE UNIVERSITY OF NORTHERN HIGHLANDS", 40, "serif_bold"), ("HEREBY CONFERS UPON", 26, "serif"), ("SUN HAORAN", 36, "serif_bold"),
             ("THE DEGREE OF", 26, "serif"), ("BACHELOR OF SCIENCE", 34, "serif_bold"), ("IN", 26, "serif"),
             ("ENVIRONMENTAL SCIENCE", 30, "serif_bold"), ("GIVEN THIS 30TH DAY OF JUNE 2018", 24, "serif")]
    y = 140
    for text, size, font in lines:
        centred(s, y, text, size, font)
        y += 100
    text_lines(s, 200, y + 120, ["VICE-CHANCELLOR", "", "NO. UNH/BSC/2018/20417"], 22, "serif", 40)
    return scanned_png(s, "capscentred"), {"holder_name": "SUN Haoran", "institution": "The University of Northern Highlands",
                                           "degree": ("Bachelor of Science",), "major": "Environmental Science", "date_awarded": "2018-06-30",
                                           "certificate_number": "UNH/BSC/2018/20417"}


def category_and_level_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "硕士学位证书", 44, "serif_cjk")
    y = _ruled(s, 200, 230, [["学位获得者", "邬梦洁"], ["出生日期", "1994年11月3日"], ["学位授予单位", "中南政法学院"], ["学位类别", "法学"],
                             ["学位级别", "硕士"], ["学科、专业", "国际法学"], ["授予日期", "2019年6月26日"], ["证书编号", "1930732019000158"]],
               [360, 760], 74, 26)
    _chop(s, 1150, y + 110, "中南政法学院")
    return scanned_png(s, "catlevel"), {"holder_name": "邬梦洁", "institution": "中南政法学院", "degree": ("法学硕士", "法学硕士学位"),
                                        "major": "国际法学", "date_awarded": "2019-06-26", "certificate_number": "1930732019000158"}


def on_this_day_translation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "MASTER'S DEGREE CERTIFICATE", 32, "serif_bold")
    s.text(700, 160, "(Translation)", 22, "serif")
    text_lines(s, 160, 260, ["This is to certify that Ms. LIN Xiaoyu, born on 2 February 1995, having completed the postgraduate",
                             "programme of Huaiyin Foreign Studies University and passed the thesis defence, is hereby conferred the",
                             "Master of Arts in Translation and Interpreting on this 28th day of June, 2019.", "", "",
                             "Chairman, Academic Degrees Committee of Huaiyin Foreign Studies University", "",
                             "Certificate No. 1930632019000274"], 24, "serif", 46)
    return scanned_png(s, "onthisday"), {"holder_name": "LIN Xiaoyu", "institution": "Huaiyin Foreign Studies University",
                                         "degree": ("Master of Arts",), "major": "Translation and Interpreting", "date_awarded": "2019-06-28",
                                         "certificate_number": "1930632019000274"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-capitals-centred.png", capitals_centred, "degree_certificate", "capitals-centred"),
              ("degree-category-and-level-rows.png", category_and_level_rows, "degree_certificate", "category-and-level-rows"),
              ("degree-on-this-day-translation.png", on_this_day_translation, "degree_certificate", "on-this-day-translation")]
    return write_drawn(folder, papers)
