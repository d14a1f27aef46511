"""A three-hundred-and-seventieth drawn set, of qualification reports, drawn after the stop's
second round of reader changes and read cold before any change for it, in wording and layouts no earlier set drew: a report whose labels head a ruled table's
columns and whose values are the row under them; an English report that gives the holder's surname and given name on
rows of their own, its code's validity in brackets; a report of a bachelor's from a junior college (专升本) whose dates
are in dots. Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredseventieth`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def columns_over_a_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "学历证书电子注册信息查询", 42, "serif_cjk")
    _ruled(s, 80, 220, [["姓名", "性别", "出生日期", "院校", "专业", "层次", "毕业日期"],
                        ["宁语桐", "女", "1999-02-11", "晋中师范学院", "小学教育", "本科", "2021-06-30"]],
           [160, 110, 230, 300, 230, 130, 330], 76, size=24)
    text_lines(s, 80, 440, ["证书编号：193691202106001839", "在线验证码：R2WK8NQ5TX7MZP4H"], 28, "sans_cjk", 60)
    return scanned_png(s, "columnsrow"), {"holder_name": "宁语桐", "sex": "F", "date_of_birth": "1999-02-11", "institution": "晋中师范学院",
                                          "major": "小学教育", "level": ("本科",), "graduation_date": "2021-06-30",
                                          "certificate_number": "193691202106001839", "verification_code": "R2WK8NQ5TX7MZP4H"}


def surname_and_given_name() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 100, "Online Verification Report of Higher Education Qualification", 30, "serif_bold")
    y = 220
    for label, value in [("Surname", "YE"), ("Given name", "ZIXUAN"), ("Sex", "Male"), ("Date of birth", "1998-09-27"),
                         ("Institution", "Lishui University of Forestry"), ("Specialty", "Forestry"), ("Level", "Bachelor"),
                         ("Graduation", "2021-06-25"), ("Certificate No.", "193681202106002210"),
                         ("Online verification code", "D5NX2QW8KT3MRZ7P (valid until 2027-05-30)")]:
        s.text(200, y, label, 26, "serif")
        s.text(700, y, value, 26, "serif")
        y += 62
    return scanned_png(s, "surnamegiven"), {"holder_name": "YE ZIXUAN", "sex": "M", "date_of_birth": "1998-09-27",
                                            "institution": "Lishui University of Forestry", "major": "Forestry",
                                            "level": ("bachelor", "undergraduate", "本科"), "graduation_date": "2021-06-25",
                                            "certificate_number": "193681202106002210", "verification_code": "D5NX2QW8KT3MRZ7P"}


def junior_college_upgrade_dots() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "高等学历信息核验", 44, "serif_cjk")
    y = 240
    for line in ["姓名：祝子昂　　性别：男", "出生日期：1997.04.09", "院校名称：赣东理工学院", "专业名称：电气工程及其自动化",
                 "层次：专升本", "入学日期：2019.09.06", "毕业日期：2021.07.01", "证书编号：193671202105004406",
                 "在线验证码：W3ZP7KX2NQ9TMR4B"]:
        s.text(220, y, line, 28, "sans_cjk")
        y += 66
    return scanned_png(s, "upgradedots"), {"holder_name": "祝子昂", "sex": "M", "date_of_birth": "1997-04-09", "institution": "赣东理工学院",
                                           "major": "电气工程及其自动化", "level": ("专升本", "专科起点本科", "本科"),
                                           "graduation_date": "2021-07-01", "certificate_number": "193671202105004406",
                                           "verification_code": "W3ZP7KX2NQ9TMR4B"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-columns-over-a-row.png", columns_over_a_row, "qualification_report", "columns-over-a-row"),
              ("report-surname-and-given-name.png", surname_and_given_name, "qualification_report", "surname-and-given-name"),
              ("report-junior-college-upgrade-dots.png", junior_college_upgrade_dots, "qualification_report", "junior-college-upgrade-dots")]
    return write_drawn(folder, papers)
