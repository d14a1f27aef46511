"""A hundred-and-fifty-second drawn set: four certificates in wording and layouts no set drew. A British-style testamur
('was admitted to the degree of' / 'MASTER OF SCIENCE' / 'in Data Analytics', given under the seal 'on the twelfth day of
July 2024'); a three-year college's graduation certificate (专科); a professional master's degree (工商管理硕士专业学位),
which names no major; a bachelor's degree whose major is followed by its programme's kind in brackets
(计算机科学与技术专业（中外合作办学）). Each is a case of its own. Read once through the product before any reader
changes for it (`scripts/bench_drawn_forms.py --set hundredfiftysecond`). Every name and number is made up; 19874,
19875 and 19878 are no real institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def testamur_british() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 160, "UNIVERSITY OF EASTMOOR", 46, "serif_bold")
    y = 320
    for text, size, font in [("This is to certify that", 28, "serif"), ("LI WENJUN", 44, "serif_bold"),
                             ("having satisfied the requirements of the University", 28, "serif"), ("was admitted to the degree of", 28, "serif"),
                             ("MASTER OF SCIENCE", 44, "serif_bold"), ("in Data Analytics", 32, "serif"),
                             ("Given under the seal of the University on the twelfth day of July 2024", 26, "serif")]:
        s.text(827 - int(len(text) * size * 0.27), y, text, size, font)
        y += 110
    s.text(200, y + 120, "Vice-Chancellor", 24, "serif")
    s.text(1200, y + 120, "Registrar", 24, "serif")
    return scanned_png(s, "british"), {"holder_name": "LI WENJUN", "institution": "University of Eastmoor", "degree": "Master of Science",
                                 "major": "Data Analytics", "date_awarded": "2024-07-12"}


def graduation_three_year_college() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 150, "毕业证书", 56, "serif_cjk")
    _paragraph(s, 180, 340, "　　学生韦明轩，性别男，2000年3月15日生，于2018年9月至2021年6月在本校数控技术专业三年制专科学习，"
               "修完教学计划规定的全部课程，成绩合格，准予毕业。", 30, 32, 70)
    s.text(900, 900, "校　名：桂北职业技术学院", 30, "serif_cjk")
    s.text(900, 960, "校（院）长：韩立峰", 30, "serif_cjk")
    s.text(900, 1030, "2021年6月28日", 30, "serif_cjk")
    s.text(180, 1180, "证书电子注册号：198746202106000412", 26, "serif_cjk")
    _chop(s, 1150, 960, "桂北职业技术学院")
    return scanned_png(s, "college"), {"holder_name": "韦明轩", "institution": "桂北职业技术学院", "major": "数控技术",
                                 "level": ("专科", "三年制专科"), "graduation_date": "2021-06-28", "certificate_number": "198746202106000412"}


def degree_professional_master() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 140, "沧澜财经大学", 48, "serif_cjk")
    s.text(520, 240, "硕士专业学位证书", 44, "serif_cjk")
    _paragraph(s, 180, 400, "　　滕若曦，女，1990年9月8日生。在本校完成了工商管理硕士专业学位研究生的学习计划，业已通过学位论文答辩，"
               "经审核符合《中华人民共和国学位条例》的规定，授予工商管理硕士专业学位。", 32, 30, 66)
    s.text(900, 860, "沧澜财经大学学位评定委员会", 28, "serif_cjk")
    s.text(1000, 920, "2019年12月26日", 28, "serif_cjk")
    s.text(180, 1040, "证书编号：1987532019000233", 24, "serif_cjk")
    _chop(s, 1160, 880, "沧澜财经大学")
    return scanned_png(s, "professional"), {"holder_name": "滕若曦", "date_of_birth": "1990-09-08", "institution": "沧澜财经大学",
                                      "degree": ("工商管理硕士专业学位", "工商管理硕士"), "date_awarded": "2019-12-26",
                                      "certificate_number": "1987532019000233"}


def degree_programme_kind_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 140, "沧澜理工学院", 48, "serif_cjk")
    s.text(600, 240, "学士学位证书", 44, "serif_cjk")
    _paragraph(s, 180, 400, "　　严思琪，女，1996年2月11日生，在本校计算机科学与技术专业（中外合作办学）完成了本科学习计划，"
               "业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予工学学士学位。", 32, 30, 66)
    s.text(900, 860, "沧澜理工学院", 28, "serif_cjk")
    s.text(900, 920, "学位评定委员会主席　钟远山", 28, "serif_cjk")
    s.text(1000, 980, "2018年6月25日", 28, "serif_cjk")
    s.text(180, 1100, "证书编号：1987842018001967", 24, "serif_cjk")
    _chop(s, 1160, 900, "沧澜理工学院")
    return scanned_png(s, "programmekind"), {"holder_name": "严思琪", "date_of_birth": "1996-02-11", "institution": "沧澜理工学院",
                                       "degree": ("工学学士学位", "工学学士"), "major": "计算机科学与技术", "date_awarded": "2018-06-25",
                                       "certificate_number": "1987842018001967"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-british.png", testamur_british, "degree_certificate", "british-testamur"),
              ("graduation-college.png", graduation_three_year_college, "graduation_certificate", "three-year-college"),
              ("degree-professional.png", degree_professional_master, "degree_certificate", "professional-master"),
              ("degree-programme-kind.png", degree_programme_kind_in_brackets, "degree_certificate", "programme-kind-in-brackets")]
    return write_drawn(folder, papers)
