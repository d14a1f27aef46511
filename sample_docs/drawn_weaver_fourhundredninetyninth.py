"""A four-hundred-and-ninety-ninth drawn set, of degrees, drawn before stop 83's reader changes for it, in wording and layouts
no earlier set drew: a Senate that 'hereby confers upon' the holder a degree, its date in words ('the twenty-eighth day of June,
Two Thousand and Twenty'); a Mainland degree in two columns, Chinese on the left and English on the right; a one-field professional
degree a university 'awards to' its holder 'with effect from' a date. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredninetyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def senate_confers_upon() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(430, 110, "EASTBAY UNIVERSITY OF SCIENCE AND TECHNOLOGY", 30, "serif_bold")
    text_lines(s, 160, 240, ["The Senate of Eastbay University of Science and Technology, on the recommendation of the Faculty of",
                             "Engineering, hereby confers upon CAO Zihan the degree of Bachelor of Engineering in Mechanical Engineering.", "",
                             "Given at Eastbay on the twenty-eighth day of June, Two Thousand and Twenty.", "", "",
                             "Chairman of the Senate                                        Registrar", "",
                             "Serial No. EBU-2020-BE-04417"], 23, "serif", 44)
    return scanned_png(s, "senateupon"), {"holder_name": "CAO Zihan", "institution": "Eastbay University of Science and Technology",
                                          "degree": ("Bachelor of Engineering",), "major": "Mechanical Engineering",
                                          "date_awarded": "2020-06-28", "certificate_number": "EBU-2020-BE-04417"}


def bilingual_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "西江理工大学", 40, "serif_cjk")
    s.text(560, 160, "Xijiang University of Technology", 28, "serif_bold")
    text_lines(s, 160, 260, ["学士学位证书", "", "姓名：许嘉怡", "性别：女", "出生日期：1999年3月12日", "学位：工学学士", "专业：土木工程",
                             "授予日期：2021年6月20日", "证书编号：1928042021000781"], 26, "serif_cjk", 52)
    text_lines(s, 880, 262, ["Bachelor's Degree Certificate", "", "Name: XU Jiayi", "Sex: Female", "Date of Birth: 12 March 1999",
                             "Degree: Bachelor of Engineering", "Major: Civil Engineering", "Date Conferred: 20 June 2021",
                             "Certificate No.: 1928042021000781"], 22, "serif", 52)
    _chop(s, 1150, 820, "西江理工大学")
    return scanned_png(s, "bicolumns"), {"holder_name": ("许嘉怡", "XU Jiayi"), "institution": ("西江理工大学", "Xijiang University of Technology"),
                                         "degree": ("工学学士", "工学学士学位", "Bachelor of Engineering"), "major": ("土木工程", "Civil Engineering"),
                                         "date_awarded": "2021-06-20", "certificate_number": "1928042021000781"}


def awards_to_with_effect() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 110, "Xinghai University", 40, "serif_bold")
    text_lines(s, 160, 240, ["In recognition of the successful completion of the prescribed programme of study, Xinghai University",
                             "awards to Ms. PENG Ruoxi the degree of Master of Finance, with effect from 30 June 2022.", "", "",
                             "Vice-Chancellor", "", "Certificate Number: 1927932022000164"], 24, "serif", 46)
    return scanned_png(s, "awardsto"), {"holder_name": "PENG Ruoxi", "institution": "Xinghai University", "degree": ("Master of Finance",),
                                        "major": "Finance", "date_awarded": "2022-06-30", "certificate_number": "1927932022000164"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-senate-confers-upon.png", senate_confers_upon, "degree_certificate", "senate-confers-upon"),
              ("degree-bilingual-columns.png", bilingual_columns, "degree_certificate", "bilingual-columns"),
              ("degree-awards-to-with-effect.png", awards_to_with_effect, "degree_certificate", "awards-to-with-effect")]
    return write_drawn(folder, papers)
