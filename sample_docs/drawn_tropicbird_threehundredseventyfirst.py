"""A three-hundred-and-seventy-first drawn set, of degree certificates, drawn after the stop's
second round of reader changes and read cold before any change for it, in wording and layouts no earlier set drew: a Macau university's certificate in
traditional print that 特頒授 a degree with its major in brackets (主修…); an English certificate of labelled rows
(Degree, Major, Date of Conferment); a Chinese master's certificate whose field is named before 学科 and not 专业.
Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredseventyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def macau_major_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "澳門濠景大學", 46, "serif_cjk")
    s.text(700, 200, "學位證書", 42, "serif_cjk")
    text_lines(s, 200, 330, ["　　茲證明黃詩穎完成本校規定之學士學位課程，成績合格，經本校校務委員會審議通過，",
                             "特頒授工商管理學士學位（主修酒店管理）。"], 30, "serif_cjk", 66)
    text_lines(s, 960, 560, ["校長　梁永康", "二零二二年七月八日"], 28, "serif_cjk", 60)
    return scanned_png(s, "macaubrackets"), {"holder_name": "黃詩穎", "institution": "澳門濠景大學",
                                             "degree": ("工商管理學士", "工商管理學士學位"), "major": ("酒店管理",),
                                             "date_awarded": "2022-07-08"}


def labelled_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "BEIJIANG NORMAL UNIVERSITY", 38, "serif_bold")
    s.text(660, 170, "Bachelor's Degree Certificate", 28, "serif")
    y = 300
    for label, value in [("Name", "QIAN HAORAN"), ("Date of Birth", "14 February 1998"), ("Degree", "Bachelor of Science"),
                         ("Major", "Biotechnology"), ("Date of Conferment", "28 June 2020"), ("Certificate No.", "1936942020001127")]:
        s.text(300, y, label + ":", 26, "serif")
        s.text(720, y, value, 26, "serif")
        y += 64
    return scanned_png(s, "degreerows"), {"holder_name": "QIAN HAORAN", "date_of_birth": "1998-02-14", "institution": "Beijiang Normal University",
                                          "degree": "Bachelor of Science", "major": "Biotechnology", "date_awarded": "2020-06-28",
                                          "certificate_number": "1936942020001127"}


def field_before_xueke() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 100, "硕士学位证书", 52, "serif_cjk")
    text_lines(s, 200, 290, ["　　鲍嘉琪，女，1996年5月12日生，在陇东大学应用数学学科完成硕士学位的课程学习，通过论文答辩，",
                             "成绩合格。根据《中华人民共和国学位条例》的规定，授予理学硕士学位。"], 28, "serif_cjk", 66)
    text_lines(s, 900, 500, ["陇东大学学位评定委员会", "二〇二一年六月二十二日"], 28, "serif_cjk", 60)
    _chop(s, 1420, 560, "陇东大学")
    s.text(200, 760, "学位证书编号：1936532021000318", 24, "sans_cjk")
    return scanned_png(s, "beforexueke"), {"holder_name": "鲍嘉琪", "date_of_birth": "1996-05-12", "institution": "陇东大学",
                                           "degree": ("理学硕士", "理学硕士学位"), "major": "应用数学", "date_awarded": "2021-06-22",
                                           "certificate_number": "1936532021000318"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-macau-major-in-brackets.png", macau_major_in_brackets, "degree_certificate", "macau-major-in-brackets"),
              ("degree-labelled-rows.png", labelled_rows, "degree_certificate", "labelled-rows"),
              ("degree-field-before-xueke.png", field_before_xueke, "degree_certificate", "field-before-xueke")]
    return write_drawn(folder, papers)
