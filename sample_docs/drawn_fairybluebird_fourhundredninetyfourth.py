"""A four-hundred-and-ninety-fourth drawn set, of degrees, drawn after stop 82's last reader change, to be read cold and
left unmended, in wording and layouts no earlier set drew: a Taiwan degree of a department (在本校社會工作學系修業期滿), its
date in the Republic's years; a degree named above its holder ('Bachelor of Arts in Journalism' / 'is awarded to' / name);
a university's degree as a ruled table of two pairs a row under the university's own title. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredninetyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def taiwan_department() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "私立淡海大學", 40, "serif_cjk")
    s.text(660, 170, "學士學位證書", 40, "serif_cjk")
    y = _paragraph(s, 160, 280, "　　學生黃子晴，女，中華民國八十八年七月九日生，在本校社會工作學系修業期滿，成績及格，依法授予社會科學學士學位。", 31, 30, 62)
    text_lines(s, 160, y + 100, ["校長　吳世平", "", "中華民國一百一十一年六月十日", "", "證書字號：（111）淡海大學字第01873號"], 28, "serif_cjk", 56)
    _chop(s, 1200, y + 120, "私立淡海大學")
    return scanned_png(s, "twdept"), {"holder_name": "黃子晴", "institution": "私立淡海大學", "degree": ("社會科學學士", "社會科學學士學位"),
                                      "major": "社會工作", "date_awarded": "2022-06-10", "certificate_number": "（111）淡海大學字第01873號"}


def degree_above_holder() -> tuple[bytes, dict]:
    s = Sheet()
    for y, text, size in [(120, "Harbour View University", 40), (260, "Bachelor of Arts in Journalism", 34), (350, "is awarded to", 24),
                          (430, "HO Wing Yan", 34), (520, "on 5 November 2019", 24)]:
        s.text(827 - len(text) * size * 25 // 100, y, text, size, "serif_bold" if size >= 34 else "serif")
    text_lines(s, 200, 700, ["President", "", "Certificate No. HVU/BAJ/19/6620"], 22, "serif", 40)
    return scanned_png(s, "degreeabove"), {"holder_name": "HO Wing Yan", "institution": "Harbour View University", "degree": ("Bachelor of Arts",),
                                           "major": "Journalism", "date_awarded": "2019-11-05", "certificate_number": "HVU/BAJ/19/6620"}


def university_titled_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "浙东海洋大学学位证书", 40, "serif_cjk")
    y = _ruled(s, 160, 230, [["姓名", "韦思彤", "性别", "女"], ["学位", "管理学硕士", "专业", "会计学"], ["授予日期", "2021年6月25日", "编号", "1928232021000452"]],
               [220, 420, 220, 470], 80, 26)
    _chop(s, 1150, y + 160, "浙东海洋大学")
    return scanned_png(s, "unititled"), {"holder_name": "韦思彤", "institution": "浙东海洋大学", "degree": ("管理学硕士", "管理学硕士学位"),
                                         "major": "会计学", "date_awarded": "2021-06-25", "certificate_number": "1928232021000452"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-taiwan-department.png", taiwan_department, "degree_certificate", "taiwan-department"),
              ("degree-above-holder.png", degree_above_holder, "degree_certificate", "degree-above-holder"),
              ("degree-university-titled-table.png", university_titled_table, "degree_certificate", "university-titled-table")]
    return write_drawn(folder, papers)
