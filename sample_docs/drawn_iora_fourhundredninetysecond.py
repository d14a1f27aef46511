"""A four-hundred-and-ninety-second drawn set, of degrees, drawn after stop 82's last reader change, to be read cold and
left unmended, in wording and layouts no earlier set drew: a diploma in capitals whose subject is bracketed on a line of
its own ('HAS BEEN CONFERRED THE DEGREE OF' / 'MASTER OF ENGINEERING' / '(COMPUTER SCIENCE AND TECHNOLOGY)'); a Chinese
degree in labelled lines under 兹授予…学位; a translation 'hereby awarded a Bachelor's Degree in Economics'. Each is a
case of its own (`scripts/bench_drawn_forms.py --set fourhundredninetysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def capitals_bracketed_subject() -> tuple[bytes, dict]:
    s = Sheet()
    lines = [("NANLING UNIVERSITY OF TECHNOLOGY", 38), ("THIS IS TO CERTIFY THAT", 24), ("LIN ZIHAO", 34),
             ("HAVING COMPLETED THE PRESCRIBED COURSE OF STUDY", 22), ("HAS BEEN CONFERRED THE DEGREE OF", 24), ("MASTER OF ENGINEERING", 32),
             ("(COMPUTER SCIENCE AND TECHNOLOGY)", 26), ("18 JUNE 2020", 24)]
    y = 120
    for text, size in lines:
        s.text(827 - len(text) * size * 27 // 100, y, text, size, "serif_bold" if size >= 30 else "serif")
        y += 90
    s.text(200, y + 100, "CERTIFICATE NO. 1928632020000117", 22, "serif")
    return scanned_png(s, "capsbracket"), {"holder_name": "LIN Zihao", "institution": "Nanling University of Technology",
                                           "degree": ("Master of Engineering",), "major": "Computer Science and Technology",
                                           "date_awarded": "2020-06-18", "certificate_number": "1928632020000117"}


def labelled_under_conferral() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "学士学位证书", 44, "serif_cjk")
    text_lines(s, 200, 240, ["兹授予　骆欣然　管理学学士学位。", "", "专业：工商管理", "授予单位：江淮工商大学", "授予日期：2022年6月21日",
                             "证书编号：1928542022000903"], 30, "serif_cjk", 64)
    _chop(s, 1100, 560, "江淮工商大学")
    return scanned_png(s, "labelledunder"), {"holder_name": "骆欣然", "institution": "江淮工商大学", "degree": ("管理学学士", "管理学学士学位"),
                                             "major": "工商管理", "date_awarded": "2022-06-21", "certificate_number": "1928542022000903"}


def awarded_a_bachelors_degree() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "BACHELOR'S DEGREE CERTIFICATE", 32, "serif_bold")
    s.text(700, 160, "(Translation)", 22, "serif")
    text_lines(s, 160, 260, ["Ms. TANG Yue, born on 7 July 1998, having studied Economics at Minjiang University of Finance and met",
                             "the degree requirements, is hereby awarded a Bachelor's Degree in Economics.", "", "",
                             "Minjiang University of Finance", "22 June 2020", "", "Certificate No.: 1928442020000350"], 24, "serif", 46)
    return scanned_png(s, "abachelors"), {"holder_name": "TANG Yue", "institution": "Minjiang University of Finance",
                                          "degree": ("Bachelor's Degree in Economics", "Bachelor of Economics"), "major": "Economics",
                                          "date_awarded": "2020-06-22", "certificate_number": "1928442020000350"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-capitals-bracketed-subject.png", capitals_bracketed_subject, "degree_certificate", "capitals-bracketed-subject"),
              ("degree-labelled-under-conferral.png", labelled_under_conferral, "degree_certificate", "labelled-under-conferral"),
              ("degree-awarded-a-bachelors-degree.png", awarded_a_bachelors_degree, "degree_certificate", "awarded-a-bachelors-degree")]
    return write_drawn(folder, papers)
