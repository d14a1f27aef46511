"""A five-hundred-and-twenty-fourth drawn set, of degrees, drawn after stop 83's last reader change, to be read cold and left
unmended, in wording and layouts no earlier set drew: a translation 'is hereby conferred the degree of Bachelor of Management' after
'completed the undergraduate program in …', signed by the 'President of' a school with an apostrophe in its name; 经审核，…同学在本校…
专业完成了本科学业，符合学士学位授予条件; a degree's particulars along dotted leaders (Name of Graduate ......, Degree Conferred ......).
Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredtwentyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def translation_conferred_the_degree() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "Bachelor's Degree Certificate", 34, "serif_bold")
    s.text(700, 150, "(Translation)", 22, "serif")
    text_lines(s, 160, 250, ["ZHAO Mingyu, male, born on 5 March 1998, has completed the undergraduate program in Logistics Management",
                             "at Chang'an University of Commerce and is hereby conferred the degree of Bachelor of Management.", "", "",
                             "President of Chang'an University of Commerce", "June 28, 2020", "", "Certificate No.: 1926142020000555"], 23, "serif", 46)
    return scanned_png(s, "transconf"), {"holder_name": "ZHAO Mingyu", "institution": "Chang'an University of Commerce",
                                         "degree": ("Bachelor of Management",), "major": "Logistics Management", "date_awarded": "2020-06-28",
                                         "certificate_number": "1926142020000555"}


def student_meets_conditions() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "学士学位证书", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　经审核，周子墨同学在本校车辆工程专业完成了本科学业，符合学士学位", "授予条件，授予工学学士学位。"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["西秦交通大学", "学位评定委员会", "2021年6月30日"], 28, "serif_cjk", 56)
    text_lines(s, 160, y + 300, ["证书编号：1926042021000190"], 26, "serif_cjk", 52)
    _chop(s, 1300, y + 80, "西秦交通大学")
    return scanned_png(s, "meetsconds"), {"holder_name": "周子墨", "institution": "西秦交通大学", "degree": ("工学学士", "工学学士学位"),
                                          "major": "车辆工程", "date_awarded": "2021-06-30", "certificate_number": "1926042021000190"}


def dotted_leaders_degree() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "Certificate of Degree", 34, "serif_bold")
    text_lines(s, 200, 220, ["University ............................ Yellow Sea University of Technology",
                             "Name of Graduate .................... GAO Ruoxi",
                             "Degree Conferred ..................... Master of Engineering",
                             "Major ..................................... Naval Architecture",
                             "Conferral Date ........................ 26 June 2022",
                             "Certificate Number .................. 1925932022000341"], 24, "serif", 54)
    return scanned_png(s, "dotteddeg"), {"holder_name": "GAO Ruoxi", "institution": "Yellow Sea University of Technology",
                                         "degree": ("Master of Engineering",), "major": "Naval Architecture", "date_awarded": "2022-06-26",
                                         "certificate_number": "1925932022000341"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-translation-conferred-the-degree.png", translation_conferred_the_degree, "degree_certificate", "translation-conferred-the-degree"),
              ("degree-student-meets-conditions.png", student_meets_conditions, "degree_certificate", "student-meets-conditions"),
              ("degree-dotted-leaders.png", dotted_leaders_degree, "degree_certificate", "dotted-leaders-degree")]
    return write_drawn(folder, papers)
