"""A five-hundred-and-tenth drawn set, of degrees, drawn before stop 83's reader changes for it, in wording and layouts no earlier
set drew: a Mainland degree whose paragraph names the school and the subject together (在重庆山城工商学院会计学专业完成了本科学业) and
no school's line under it; an English degree of a joint programme, 'BSc (Hons) Computer Science' awarded by one university and taught
with a college; a degree whose values stand over their labels, as on a signed form (value / rule / label). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredtenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def school_and_subject_together() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "学士学位证书", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　吴子涵，女，一九九九年二月十四日生。在重庆山城工商学院会计学专业", "完成了本科学业，成绩合格，根据《中华人民共和国学位条例》的规定，",
                                 "授予管理学学士学位。"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["学位评定委员会主席　赵明远", "", "二〇二一年六月二十二日"], 28, "serif_cjk", 56)
    text_lines(s, 160, y + 300, ["证书编号：1927242021001066"], 26, "serif_cjk", 52)
    return scanned_png(s, "schoolsubject"), {"holder_name": "吴子涵", "institution": "重庆山城工商学院", "degree": ("管理学学士", "管理学学士学位"),
                                             "major": "会计学", "date_awarded": "2021-06-22", "certificate_number": "1927242021001066"}


def joint_programme() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 110, "University of Eastmoor", 40, "serif_bold")
    text_lines(s, 160, 240, ["This is to certify that GUO Tianyu has been awarded the degree of BSc (Hons) Computer Science by the",
                             "University of Eastmoor, having completed a programme delivered jointly with Ningbo Lakeside College,",
                             "on 15 July 2021.", "", "", "Vice-Chancellor", "", "Award No. UE/2021/BSC/88412"], 23, "serif", 44)
    return scanned_png(s, "jointprog"), {"holder_name": "GUO Tianyu", "institution": "University of Eastmoor",
                                         "degree": ("Bachelor of Science", "BSc (Hons)", "BSc"), "major": "Computer Science",
                                         "date_awarded": "2021-07-15", "certificate_number": "UE/2021/BSC/88412"}


def values_over_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "Songjiang Institute of Technology", 36, "serif_bold")
    s.text(660, 160, "Degree Certificate", 28, "serif")
    for i, (value, label) in enumerate([("LIANG Shuyi", "Name of Holder"), ("Master of Engineering", "Degree"),
                                        ("Control Engineering", "Specialisation"), ("30 June 2023", "Date"), ("1927332023000220", "Certificate No.")]):
        y = 280 + 120 * i
        s.text(260, y, value, 28, "serif")
        s.d.line((250, y + 44, 1000, y + 44), fill=(0, 0, 0), width=2)
        s.text(260, y + 54, label, 18, "sans")
    return scanned_png(s, "overlabels"), {"holder_name": "LIANG Shuyi", "institution": "Songjiang Institute of Technology",
                                          "degree": ("Master of Engineering",), "major": "Control Engineering", "date_awarded": "2023-06-30",
                                          "certificate_number": "1927332023000220"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-school-and-subject-together.png", school_and_subject_together, "degree_certificate", "school-and-subject-together"),
              ("degree-joint-programme.png", joint_programme, "degree_certificate", "joint-programme"),
              ("degree-values-over-labels.png", values_over_labels, "degree_certificate", "values-over-labels")]
    return write_drawn(folder, papers)
