"""A hundred-and-thirty-eighth drawn set: four degree certificates in layouts no set drew. A Chinese master's degree set
as a Western diploma, its holder's name alone on a line in large type between the words that confer it (兹授予 / 苏子墨
/ 工学硕士学位); a doctor's degree whose 学科 is followed by its direction in brackets (化学工程与技术学科（化学工艺方向）);
a bachelor's degree whose birth date and award date are a table's cells under the text; an English certificate whose
subject and degree stand in small capitals over a rule ('MASTER OF ENGINEERING' / 'IN CIVIL ENGINEERING'). Each is a
case of its own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredthirtyeighth`). Every name and number is made up; 19861 to 19864 are no real institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def degree_name_on_its_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 130, "松江理工大学", 48, "serif_cjk")
    s.text(600, 230, "硕士学位证书", 44, "serif_cjk")
    s.text(700, 380, "兹授予", 36, "serif_cjk")
    s.text(640, 470, "苏子墨", 64, "serif_cjk")
    s.text(360, 600, "（男，1993年11月2日生）在机械工程学科完成硕士研究生学业，", 30, "serif_cjk")
    s.text(620, 680, "工学硕士学位", 44, "serif_cjk")
    s.text(960, 860, "松江理工大学学位评定委员会", 28, "serif_cjk")
    s.text(1020, 920, "2019年6月27日", 28, "serif_cjk")
    s.text(200, 1040, "证书编号：1986132019002214", 24, "serif_cjk")
    _chop(s, 1180, 880, "松江理工大学")
    return scanned_png(s, "nameline"), {"holder_name": "苏子墨", "date_of_birth": "1993-11-02", "institution": "松江理工大学",
                                  "degree": ("工学硕士学位", "工学硕士"), "major": "机械工程", "date_awarded": "2019-06-27",
                                  "certificate_number": "1986132019002214"}


def degree_direction_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 130, "鄂东化工大学", 48, "serif_cjk")
    s.text(620, 230, "博士学位证书", 44, "serif_cjk")
    _paragraph(s, 180, 380, "　　易文博，男，1987年4月19日生。在化学工程与技术学科（化学工艺方向）完成了博士研究生的学习计划，业已通过"
               "博士学位论文答辩，经审核符合《中华人民共和国学位条例》的规定，授予工学博士学位。", 32, 30, 66)
    s.text(960, 820, "鄂东化工大学", 30, "serif_cjk")
    s.text(960, 880, "2016年12月20日", 28, "serif_cjk")
    s.text(180, 1000, "证书编号：1986222016000071", 24, "serif_cjk")
    _chop(s, 1120, 840, "鄂东化工大学")
    return scanned_png(s, "direction"), {"holder_name": "易文博", "date_of_birth": "1987-04-19", "institution": "鄂东化工大学",
                                   "degree": ("工学博士学位", "工学博士"), "major": "化学工程与技术", "date_awarded": "2016-12-20",
                                   "certificate_number": "1986222016000071"}


def degree_dates_in_cells() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 130, "滇南农业大学", 48, "serif_cjk")
    s.text(620, 230, "学士学位证书", 44, "serif_cjk")
    _paragraph(s, 180, 360, "　　尹雨萱在本校园艺专业完成了本科学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予"
               "农学学士学位。", 32, 30, 66)
    _ruled(s, 180, 620, [["出生日期", "1998年7月5日", "授予日期", "2020年6月22日"], ["证书编号", "1986342020003308", "", ""]],
           [220, 420, 220, 420], 70, 26)
    _chop(s, 1150, 560, "滇南农业大学")
    return scanned_png(s, "datecells"), {"holder_name": "尹雨萱", "date_of_birth": "1998-07-05", "institution": "滇南农业大学",
                                   "degree": ("农学学士学位", "农学学士"), "major": "园艺", "date_awarded": "2020-06-22",
                                   "certificate_number": "1986342020003308"}


def degree_small_capitals_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(470, 140, "NORTHERN UNIVERSITY OF HEBEI", 40, "serif_bold")
    s.text(660, 200, "河北北方大学", 32, "serif_cjk")
    s.text(520, 330, "This certifies that", 30, "serif")
    s.text(600, 410, "WEI Chenxi", 44, "serif_bold")
    s.text(300, 500, "born on 30 September 1995, having completed the programme of study, is awarded the degree of", 24, "serif")
    s.text(560, 590, "MASTER OF ENGINEERING", 36, "serif_bold")
    s.d.line([500, 640, 1150, 640], fill=(60, 60, 60), width=2)
    s.text(590, 660, "IN CIVIL ENGINEERING", 30, "serif")
    s.text(620, 760, "Conferred on 24 June 2021", 26, "serif")
    s.text(200, 900, "Certificate No.: 1986432021001145", 22, "serif")
    return scanned_png(s, "smallcaps"), {"holder_name": "WEI CHENXI", "date_of_birth": "1995-09-30",
                                   "institution": ("Northern University of Hebei", "河北北方大学"),
                                   "degree": "Master of Engineering", "major": "Civil Engineering", "date_awarded": "2021-06-24",
                                   "certificate_number": "1986432021001145"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-name-line.png", degree_name_on_its_line, "degree_certificate", "name-on-its-line"),
              ("degree-direction.png", degree_direction_in_brackets, "degree_certificate", "direction-in-brackets"),
              ("degree-date-cells.png", degree_dates_in_cells, "degree_certificate", "dates-in-cells"),
              ("degree-small-caps.png", degree_small_capitals_english, "degree_certificate", "small-capitals-english")]
    return write_drawn(folder, papers)
