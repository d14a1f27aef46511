"""A three-hundred-and-eightieth drawn set, of degree certificates, read cold before any reader change for it, in
wording and layouts no earlier set drew: a Chinese master's certificate whose holder 在…学科已通过硕士学位的课程考试和
论文答辩; an English bachelor's certificate that a holder 'has completed the four-year undergraduate program in' a field
'at' a university and 'is hereby awarded the Bachelor's Degree of Engineering', dated month first; a Hong Kong
university's English certificate that 'By authority of the Senate' 'confers on' a holder a degree with honours and its
class, 'Given under the seal' on a date. Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredeightieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def masters_defence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "硕士学位证书", 52, "serif_cjk")
    text_lines(s, 200, 300, ["　　王诗琪，女，1995年3月12日生。在闽江化工学院化学工程与技术学科已通过硕士学位的课程考试",
                             "和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予工学硕士学位。"], 30, "serif_cjk", 68)
    text_lines(s, 900, 520, ["闽江化工学院", "学位评定委员会主席　陶维新", "2021年6月25日"], 28, "serif_cjk", 60)
    _chop(s, 1420, 600, "闽江化工学院")
    s.text(200, 800, "证书编号：1936032021000318", 24, "sans_cjk")
    return scanned_png(s, "defence"), {"holder_name": "王诗琪", "institution": "闽江化工学院", "degree": ("工学硕士", "工学硕士学位"),
                                       "major": "化学工程与技术", "date_awarded": "2021-06-25", "certificate_number": "1936032021000318"}


def hereby_awarded() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 110, "JIANGBEI UNIVERSITY OF TECHNOLOGY", 40, "serif_bold")
    s.text(600, 190, "BACHELOR'S DEGREE CERTIFICATE", 28, "serif_bold")
    text_lines(s, 200, 320, ["This is to certify that LIANG Wenjing, born on 9 May 1997, has completed the four-year",
                             "undergraduate program in Mechanical Engineering at Jiangbei University of Technology and,",
                             "having met the requirements of the Regulations on Academic Degrees, is hereby awarded the",
                             "Bachelor's Degree of Engineering.", "", "July 1, 2019"], 26, "serif", 52)
    s.text(200, 760, "Certificate No.: 1935942019006631", 22, "serif")
    return scanned_png(s, "herebyawarded"), {"holder_name": "LIANG WENJING", "institution": "Jiangbei University of Technology",
                                             "degree": ("Bachelor of Engineering", "Bachelor's Degree of Engineering"),
                                             "major": "Mechanical Engineering", "date_awarded": "2019-07-01",
                                             "certificate_number": "1935942019006631"}


def senate_confers() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 110, "THE HARBOURVIEW UNIVERSITY", 42, "serif_bold")
    text_lines(s, 220, 280, ["By authority of the Senate, the University confers on", "", "CHEUNG KA WAI", "",
                             "the degree of", "", "Bachelor of Business Administration (Honours) in Accounting",
                             "Second Class Honours Division I", "", "Given under the seal of the University on 30 November 2018"],
               28, "serif", 54)
    return scanned_png(s, "senate"), {"holder_name": "CHEUNG KA WAI", "institution": ("The Harbourview University", "THE HARBOURVIEW UNIVERSITY"),
                                      "degree": ("Bachelor of Business Administration", "Bachelor of Business Administration (Honours)"),
                                      "major": "Accounting", "date_awarded": "2018-11-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-masters-defence.png", masters_defence, "degree_certificate", "masters-defence"),
              ("degree-hereby-awarded.png", hereby_awarded, "degree_certificate", "hereby-awarded"),
              ("degree-senate-confers.png", senate_confers, "degree_certificate", "senate-confers")]
    return write_drawn(folder, papers)
