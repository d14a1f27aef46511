"""A three-hundred-and-forty-sixth drawn set, of degrees and a graduation certificate, drawn at stop 77 and read cold
before any reader change for it, in wording and layouts no earlier set drew: a Mainland degree whose major carries its
track in brackets (法学（知识产权方向）专业); an American-style diploma titled 'Diploma' that 'has conferred on' the holder a
degree with honours in Latin, given 'this fifteenth day of May, two thousand twenty-two'; a Mainland graduation
certificate that confers no degree, its study told by its months (于2018年9月至2022年6月在本校…专业四年制本科学习). Each is a
case of its own (`scripts/bench_drawn_forms.py --set threehundredfortysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def track_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "学士学位证书", 46, "serif_cjk")
    text_lines(s, 200, 260, ["　　柴梓涵，男，1999年4月12日生。在本校法学（知识产权方向）专业完成了本科学业，经审核符合",
                             "《中华人民共和国学位条例》的规定，授予法学学士学位。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 460, ["皖西政法学院", "学位评定委员会主席　祁志远", "二〇二一年六月二十八日"], 26, "serif_cjk", 60)
    s.text(200, 740, "证书编号：1939442021003376", 24, "serif_cjk")
    return scanned_png(s, "track"), {"holder_name": "柴梓涵", "degree": ("法学学士", "法学学士学位"), "major": ("法学", "法学（知识产权方向）"),
                                     "institution": "皖西政法学院", "date_awarded": "2021-06-28", "date_of_birth": "1999-04-12",
                                     "certificate_number": "1939442021003376"}


def american_diploma() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "Pacific Crest University", 44, "serif_bold")
    y = 230
    for line, size in [("upon the recommendation of the Faculty", 26), ("has conferred on", 26), ("Lin Yuhang", 44), ("the degree of", 26),
                       ("Bachelor of Science", 36), ("Summa Cum Laude", 28),
                       ("with all the rights, privileges and honors thereunto appertaining.", 24),
                       ("Given this fifteenth day of May, two thousand twenty-two.", 24)]:
        s.text(300, y, line, size, "serif")
        y += 80
    s.text(760, 60, "Diploma", 28, "serif")
    return scanned_png(s, "american"), {"holder_name": "LIN YUHANG", "degree": "Bachelor of Science", "institution": "Pacific Crest University",
                                        "date_awarded": "2022-05-15"}


def months_of_study() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 110, "毕业证书", 46, "serif_cjk")
    text_lines(s, 200, 260, ["　　学生尤思彤，性别女，2000年2月生，于2018年9月至2022年6月在本校环境设计专业四年制本科学习，",
                             "修完教学计划规定的全部课程，成绩合格，准予毕业。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 460, ["赣南艺术学院", "校长　邬海平", "二〇二二年六月三十日"], 26, "serif_cjk", 60)
    s.text(200, 740, "证书编号：193931202205002219", 24, "serif_cjk")
    return scanned_png(s, "months"), {"holder_name": "尤思彤", "institution": "赣南艺术学院", "major": "环境设计", "level": ("本科", "四年制本科"),
                                      "graduation_date": "2022-06-30", "certificate_number": "193931202205002219"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-track-in-brackets.png", track_in_brackets, "degree_certificate", "track-in-brackets"),
              ("degree-american-diploma.png", american_diploma, "degree_certificate", "american-diploma"),
              ("graduation-months-of-study.png", months_of_study, "graduation_certificate", "months-of-study")]
    return write_drawn(folder, papers)
