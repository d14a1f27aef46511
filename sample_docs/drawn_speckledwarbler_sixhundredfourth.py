"""A six-hundred-and-fourth drawn set, of graduation certificates, drawn after stop 85's last reader change, to be read cold and left
unmended, in wording and layouts no earlier set drew: a Hong Kong institute's English certificate of a Higher Diploma ('has satisfactorily
completed the Higher Diploma in Civil Engineering', 'awarded on'); a Mainland certificate whose number stands at the top right after
'No.' and whose school signs beside its president ('校长：…　闽南理工学院'). Each is a case of its own (`scripts/bench_drawn_forms.py --set
sixhundredfourth`). Every name and number is made up; 19195 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def higher_diploma() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(380, 110, "Kowloon East Institute of Vocational Studies", 34, "serif_bold")
    s.text(600, 190, "CERTIFICATE OF GRADUATION", 30, "serif_bold")
    y = text_lines(s, 200, 300, ["This is to certify that WU Zixuan has satisfactorily completed the Higher Diploma in Civil Engineering",
                                 "programme and was awarded the Higher Diploma on 15 July 2020."], 24, "serif", 48)
    text_lines(s, 200, y + 100, ["Principal", "", "Certificate No.: KEIVS-HD-20-03318"], 22, "serif", 44)
    return scanned_png(s, "higherdiploma"), {"holder_name": "WU Zixuan", "institution": "Kowloon East Institute of Vocational Studies",
                                             "major": "Civil Engineering", "level": ("Higher Diploma", "higher diploma", "专科"),
                                             "graduation_date": "2020-07-15", "certificate_number": "KEIVS-HD-20-03318"}


def number_top_right() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1080, 90, "No. 191951202006000239", 22, "sans")
    s.text(660, 160, "毕业证书", 48, "serif_cjk")
    y = text_lines(s, 200, 300, ["　　学生苏雅琳，女，1998年7月生，于2016年9月至2020年6月在本校电子商务专业四年制本科学习，",
                                 "修完教学计划规定的全部课程，成绩合格，准予毕业。"], 28, "serif_cjk", 62)
    s.text(200, y + 100, "校长：", 28, "serif_cjk")
    s.text(950, y + 100, "闽南理工学院", 28, "serif_cjk")
    s.text(950, y + 160, "二〇二〇年六月三十日", 28, "serif_cjk")
    _chop(s, 600, y + 220, "闽南理工学院")
    return scanned_png(s, "numbertopright"), {"holder_name": "苏雅琳", "institution": "闽南理工学院", "major": "电子商务", "level": ("本科", "四年制本科"),
                                              "graduation_date": "2020-06-30", "certificate_number": "191951202006000239"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-higher-diploma.png", higher_diploma, "graduation_certificate", "higher-diploma"),
              ("graduation-number-top-right.png", number_top_right, "graduation_certificate", "number-top-right")]
    return write_drawn(folder, papers)
