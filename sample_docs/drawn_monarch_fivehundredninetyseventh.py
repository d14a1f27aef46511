"""A five-hundred-and-ninety-seventh drawn set, of graduation certificates, stop 85's fifth round, to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: a medical college's three-year certificate whose school is a 高等专科学校 (no
大学 nor 学院), its mode of study in a row ('学习形式：全日制'); an English certificate whose school heads the page over its address, the
student's sex and birth in brackets ('Student Ma Qiuyue (female, born on 11 June 1999)'), a major whose name holds a comma. Each is a
case of its own (`scripts/bench_drawn_forms.py --set fivehundredninetyseventh`). Every name and number is made up; 19202 and 19201 are
no real institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def specialised_school() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 120, "毕业证书", 48, "serif_cjk")
    y = text_lines(s, 200, 280, ["　　学生覃晓敏，女，2000年8月生，于2018年9月至2021年7月在本校护理专业三年制专科学习，",
                                 "修完教学计划规定的全部课程，成绩合格，准予毕业。"], 28, "serif_cjk", 62)
    text_lines(s, 200, y + 80, ["学习形式：全日制", "校（院）长：", "学校名称：桂中医学高等专科学校", "证书编号：192021202107000410"], 26, "serif_cjk", 54)
    s.text(950, y + 330, "2021年7月2日", 28, "serif_cjk")
    _chop(s, 1300, y + 140, "桂中医学高等专科学校")
    return scanned_png(s, "specialised"), {"holder_name": "覃晓敏", "institution": "桂中医学高等专科学校", "major": "护理",
                                           "level": ("专科", "三年制专科"), "graduation_date": "2021-07-02", "certificate_number": "192021202107000410"}


def school_over_address() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "HUAIHAI INSTITUTE OF TECHNOLOGY", 36, "serif_bold")
    s.text(520, 150, "No. 18 Xueyuan Road, Lianyungang, Jiangsu", 20, "serif")
    s.text(560, 230, "Certificate of Graduation", 34, "serif_bold")
    y = text_lines(s, 180, 330, ["Student Ma Qiuyue (female, born on 11 June 1999) studied Mechanical Design, Manufacturing and Automation",
                                 "(four-year undergraduate) at our institute from September 2017 to June 2021. Having completed all required",
                                 "courses and passed all examinations, she is permitted to graduate."], 24, "serif", 48)
    text_lines(s, 180, y + 80, ["Certificate No.: 192011202106000707", "Date: 25 June 2021", "", "President"], 24, "serif", 48)
    return scanned_png(s, "schooladdress"), {"holder_name": "Ma Qiuyue", "institution": "HUAIHAI INSTITUTE OF TECHNOLOGY",
                                             "major": "Mechanical Design, Manufacturing and Automation",
                                             "level": ("four-year undergraduate", "undergraduate", "本科"), "graduation_date": "2021-06-25",
                                             "certificate_number": "192011202106000707"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-specialised-school.png", specialised_school, "graduation_certificate", "specialised-school"),
              ("graduation-school-over-address.png", school_over_address, "graduation_certificate", "school-over-address")]
    return write_drawn(folder, papers)
