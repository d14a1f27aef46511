"""A four-hundred-and-seventy-sixth drawn set, of degrees, drawn after stop 82's third reader change, to be read cold, in
wording and layouts no earlier set drew: a Chinese degree whose major is bracketed after the degree (授予其工学硕士学位（专业：
化学工程）); an English degree 'in Data Science (Distinction)', its class in brackets after the subject; a translation that
gives the major as a bracket in its sentence ('(major: English Language and Literature)'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredseventysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def major_bracketed_after() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "硕士学位证书", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　戴晨阳，男，1995年1月19日生，经审核，符合学位授予条件，授予其工学硕士学位（专业：化学工程）。", 34, 30, 62)
    text_lines(s, 860, y + 100, ["东海石油化工大学", "2021年6月25日"], 28, "serif_cjk", 56)
    _chop(s, 1040, y + 150, "东海石油化工大学")
    s.text(160, y + 300, "证书编号：1929932021000476", 24, "serif_cjk")
    return scanned_png(s, "bracketafter"), {"holder_name": "戴晨阳", "institution": "东海石油化工大学", "degree": ("工学硕士", "工学硕士学位"),
                                            "major": "化学工程", "date_awarded": "2021-06-25", "certificate_number": "1929932021000476"}


def class_after_subject() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 120, "Northbridge University", 40, "serif_bold")
    text_lines(s, 160, 260, ["This is to certify that", "", "Mr. XIE Yichen", "",
                             "has been awarded the degree of Master of Science in Data Science (Distinction)",
                             "on 6 December 2023.", "", "", "Vice-Chancellor", "", "Certificate No. NBU-2023-MSC-05572"], 26, "serif", 46)
    return scanned_png(s, "classafter"), {"holder_name": "XIE Yichen", "institution": "Northbridge University", "degree": ("Master of Science",),
                                          "major": "Data Science", "date_awarded": "2023-12-06", "certificate_number": "NBU-2023-MSC-05572"}


def major_in_bracket_translation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "BACHELOR'S DEGREE CERTIFICATE", 32, "serif_bold")
    s.text(700, 160, "(Translation)", 22, "serif")
    text_lines(s, 160, 260, ["QIAO Min, female, born on 11 October 1998, has completed the four-year undergraduate programme",
                             "(major: English Language and Literature) of Jiangnan Normal University. Having met the requirements",
                             "of the Regulations on Academic Degrees, she is awarded the degree of Bachelor of Arts.", "", "",
                             "Jiangnan Normal University", "28 June 2020", "", "Certificate No.: 1929842020000731"], 24, "serif", 46)
    return scanned_png(s, "majorbracket"), {"holder_name": "QIAO Min", "institution": "Jiangnan Normal University", "degree": ("Bachelor of Arts",),
                                            "major": "English Language and Literature", "date_awarded": "2020-06-28",
                                            "certificate_number": "1929842020000731"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-major-bracketed-after.png", major_bracketed_after, "degree_certificate", "major-bracketed-after"),
              ("degree-class-after-subject.png", class_after_subject, "degree_certificate", "class-after-subject"),
              ("degree-major-in-bracket-translation.png", major_in_bracket_translation, "degree_certificate", "major-in-bracket-translation")]
    return write_drawn(folder, papers)
