"""A six-hundredth drawn set, of graduation certificates, drawn after stop 85's last reader change, to be read cold and left unmended, in
wording and layouts no earlier set drew: a translation as labelled rows ('Educational System: 4 years', 'Date of Admission', 'Date of
Graduation: June 30, 2021', 'School:' last); a Chinese certificate addressing its student as 同学 after 兹证明 ('兹证明 韦梓涵 同学，…').
Each is a case of its own (`scripts/bench_drawn_forms.py --set sixhundredth`). Every name and number is made up; 19198 and 19197 are no
real institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def translated_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 110, "Graduation Certificate (Translation)", 34, "serif_bold")
    rows = ["Name: Jiang Yifan", "Sex: Male", "Date of Birth: July 18, 1999", "Major: Logistics Management", "Educational System: 4 years",
            "Level: Undergraduate", "Date of Admission: September 2017", "Date of Graduation: June 30, 2021", "Certificate No.: 191981202106000123",
            "School: Xiangjiang University of Commerce"]
    text_lines(s, 240, 230, rows, 24, "serif", 54)
    return scanned_png(s, "translatedrows"), {"holder_name": "Jiang Yifan", "institution": "Xiangjiang University of Commerce",
                                              "major": "Logistics Management", "level": ("Undergraduate", "undergraduate", "本科"),
                                              "graduation_date": "2021-06-30", "certificate_number": "191981202106000123"}


def classmate_addressed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 120, "毕业证书", 48, "serif_cjk")
    y = text_lines(s, 200, 280, ["　　兹证明韦梓涵同学，男，1999年11月生，于2017年9月至2021年6月在本校食品科学与工程专业",
                                 "四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"], 28, "serif_cjk", 62)
    text_lines(s, 200, y + 80, ["校名：桂东农业大学", "证书编号：191971202106000554"], 26, "serif_cjk", 54)
    s.text(950, y + 260, "2021年6月29日", 28, "serif_cjk")
    _chop(s, 1300, y + 140, "桂东农业大学")
    return scanned_png(s, "classmate"), {"holder_name": "韦梓涵", "institution": "桂东农业大学", "major": "食品科学与工程", "level": ("本科", "四年制本科"),
                                         "graduation_date": "2021-06-29", "certificate_number": "191971202106000554"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-translated-rows.png", translated_rows, "graduation_certificate", "translated-rows"),
              ("graduation-classmate-addressed.png", classmate_addressed, "graduation_certificate", "classmate-addressed")]
    return write_drawn(folder, papers)
