"""A five-hundred-and-fifty-seventh drawn set, of a Taiwan degree and a Mainland graduation certificate, drawn for stop 84's fifth round,
to be read cold before any reader changes for it, in wording and layouts no earlier set drew: a Taiwan diploma naming the department
before the student (本校資訊工程學系學生陳冠宇修業期滿…); a graduation certificate of a junior-college graduate's bachelor's course
(在本校财务管理专业（专升本）学习). Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredfiftyseventh`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def department_before_student() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 100, "學士學位證書", 44, "serif_cjk")
    s.text(1000, 180, "(110)中科大學字第002641號", 22, "serif_cjk")
    y = text_lines(s, 160, 270, ["　　本校資訊工程學系學生陳冠宇，中華民國八十八年一月二十日生，修業期滿，成績及格，", "依學位授予法之規定，授予工學學士學位。"],
                   30, "serif_cjk", 64)
    text_lines(s, 160, y + 110, ["國立中彰科技大學", "校長　林志成", "", "中華民國一百一十年六月十八日"], 28, "serif_cjk", 58)
    _chop(s, 1300, y + 280, "國立中彰科技大學")
    return scanned_png(s, "deptfirst"), {"holder_name": "陳冠宇", "institution": "國立中彰科技大學", "degree": ("工學學士", "工學學士學位"),
                                         "major": ("資訊工程", "資訊工程學系"), "date_awarded": "2021-06-18",
                                         "certificate_number": "(110)中科大學字第002641號"}


def upgrade_course() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "毕业证书", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　学生祝晓雯，女，1998年7月生，于2019年9月至2021年6月在本校财务管理专业（专升本）", "学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"],
                   30, "serif_cjk", 62)
    text_lines(s, 160, y + 90, ["校名：赣北商学院", "证书编号：192391202106000247", "", "2021年6月30日"], 28, "serif_cjk", 56)
    _chop(s, 1250, y + 150, "赣北商学院")
    return scanned_png(s, "upgrade"), {"holder_name": "祝晓雯", "institution": "赣北商学院", "major": "财务管理", "level": ("专升本", "本科"),
                                       "graduation_date": "2021-06-30", "certificate_number": "192391202106000247"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-department-before-student.png", department_before_student, "degree_certificate", "department-before-student"),
              ("graduation-upgrade-course.png", upgrade_course, "graduation_certificate", "upgrade-course")]
    return write_drawn(folder, papers)
