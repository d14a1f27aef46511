"""A four-hundred-and-seventy-first drawn set, of degrees, drawn after stop 82's third reader change, to be read cold, in
wording and layouts no earlier set drew: a diploma of a professional degree whose fellows 'have conferred on' the holder
'the degree of' on lines of their own, 'Dated' at the foot; a Chinese degree whose major follows a school and a
department (在本校经济学院国际经济与贸易系国际经济与贸易专业); a Taiwan university's certificate in the Republic's years, its
number a word number (（113）南科大學字第00231號), the holder 係臺灣省人. Each is a case of its own (`scripts/bench_drawn_forms.py
--set fourhundredseventyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def fellows_conferred() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(470, 110, "Riverside Polytechnic University", 40, "serif_bold")
    lines = [("The President and Fellows, on the recommendation of the Faculty of Business,", 24), ("have conferred on", 24),
             ("GUO Mingxuan", 36), ("the degree of", 24), ("Master of Business Administration", 32)]
    y = 250
    for text, size in lines:
        s.text(827 - len(text) * size * 25 // 100, y, text, size, "serif")
        y += 90
    text_lines(s, 200, y + 80, ["Dated 20 November 2021", "", "Registrar", "", "Parchment No. RPU-MBA-21-0642"], 22, "serif", 40)
    return scanned_png(s, "fellows"), {"holder_name": "GUO Mingxuan", "institution": "Riverside Polytechnic University",
                                       "degree": ("Master of Business Administration",), "major": "Business Administration",
                                       "date_awarded": "2021-11-20", "certificate_number": "RPU-MBA-21-0642"}


def school_and_department() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "学士学位证书", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　米佳琪，女，1998年12月9日生。在本校经济学院国际经济与贸易系国际经济与贸易专业完成了四年制本科学习计划，"
                                "业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予经济学学士学位。", 32, 30, 62)
    text_lines(s, 860, y + 100, ["江右财经大学", "2021年6月18日"], 28, "serif_cjk", 56)
    _chop(s, 1020, y + 150, "江右财经大学")
    s.text(160, y + 300, "证书编号：1930242021000908", 24, "serif_cjk")
    return scanned_png(s, "schooldept"), {"holder_name": "米佳琪", "institution": "江右财经大学", "degree": ("经济学学士", "经济学学士学位"),
                                          "major": "国际经济与贸易", "date_awarded": "2021-06-18", "certificate_number": "1930242021000908"}


def taiwan_republic_years() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "國立南港科技大學", 40, "serif_cjk")
    s.text(680, 170, "學位證書", 40, "serif_cjk")
    s.text(1100, 240, "（113）南科大學字第00231號", 22, "serif_cjk")
    y = _paragraph(s, 160, 320, "　　學生許雅婷係臺灣省人，中華民國八十九年三月五日生，在本校電機工程系修業期滿，成績及格，依學位授予法之規定，"
                                "授予工學學士學位。", 28, 30, 62)
    text_lines(s, 160, y + 100, ["校長　林志遠"], 28, "serif_cjk", 56)
    text_lines(s, 500, y + 260, ["中華民國一百一十三年六月十五日"], 30, "serif_cjk", 56)
    _chop(s, 1200, y + 120, "國立南港科技大學")
    return scanned_png(s, "taiwan"), {"holder_name": "許雅婷", "institution": "國立南港科技大學", "degree": ("工學學士", "工學學士學位"),
                                      "major": "電機工程", "date_awarded": "2024-06-15", "certificate_number": "（113）南科大學字第00231號"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-fellows-conferred.png", fellows_conferred, "degree_certificate", "fellows-conferred"),
              ("degree-school-and-department.png", school_and_department, "degree_certificate", "school-and-department"),
              ("degree-taiwan-republic-years.png", taiwan_republic_years, "degree_certificate", "taiwan-republic-years")]
    return write_drawn(folder, papers)
