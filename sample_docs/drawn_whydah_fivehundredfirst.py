"""A five-hundred-and-first drawn set, of degrees, drawn before stop 83's reader changes for it, in wording and layouts no earlier
set drew: a Mainland master's degree whose paragraph names its holder with a birth date in Han numerals and confers the degree
after 'the thesis defence', dated in Han numerals under the signatures; a Taiwan master's degree as rows of label and value
(研究生 | 系所 | 學位 | 日期) with no ruling; a registrar's 'statement of degree conferment' in English. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def thesis_defence_han_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "硕士学位证书", 44, "serif_cjk")
    y = _paragraph(s, 160, 250, "　　韩雨泽，男，一九九六年十月五日生。在本校生物医学工程专业完成了硕士研究生的学习计划，业已通过论文答辩，"
                   "经审核符合《中华人民共和国学位条例》的规定，授予工学硕士学位。", 34, 30, 62)
    text_lines(s, 160, y + 90, ["东川医科大学", "", "校长　马文涛　　　　　　　学位评定委员会主席　刘建国", "", "二〇二二年六月二十八日", "",
                                "证书编号：1927932022000512"], 28, "serif_cjk", 52)
    _chop(s, 760, y + 120, "东川医科大学")
    return scanned_png(s, "thesisdef"), {"holder_name": "韩雨泽", "institution": "东川医科大学", "degree": ("工学硕士", "工学硕士学位"),
                                         "major": "生物医学工程", "date_awarded": "2022-06-28", "certificate_number": "1927932022000512"}


def taiwan_rows_unruled() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 100, "國立北濱大學", 40, "serif_cjk")
    s.text(620, 170, "碩士學位證書", 36, "serif_cjk")
    for i, (label, value) in enumerate([("研究生", "林怡君"), ("系所", "資訊管理學系碩士班"), ("學位", "管理學碩士"),
                                        ("日期", "中華民國一百一十年六月二十日"), ("字號", "（110）北濱碩字第00347號")]):
        s.text(260, 290 + 74 * i, label, 28, "serif_cjk")
        s.text(520, 290 + 74 * i, value, 28, "serif_cjk")
    s.text(260, 720, "校長　陳啟明", 28, "serif_cjk")
    _chop(s, 1100, 700, "國立北濱大學")
    return scanned_png(s, "twrows"), {"holder_name": "林怡君", "institution": "國立北濱大學", "degree": ("管理學碩士", "管理學碩士學位"),
                                      "major": "資訊管理", "date_awarded": "2021-06-20", "certificate_number": "（110）北濱碩字第00347號"}


def statement_of_conferment() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Wuling University of Technology", 28, "serif_bold")
    s.text(160, 140, "Registrar's Office", 22, "serif")
    text_lines(s, 160, 240, ["STATEMENT OF DEGREE CONFERMENT", "",
                             "We hereby state that LI Mingxuan (Student ID 2017301122) completed all requirements of the undergraduate",
                             "programme in Software Engineering and was conferred the Bachelor of Engineering on 25 June 2021.", "",
                             "Degree Certificate No.: 1927842021003318", "", "Issued on 20 November 2026"], 23, "serif", 44)
    return scanned_png(s, "stmtconf"), {"holder_name": "LI Mingxuan", "institution": "Wuling University of Technology",
                                        "degree": ("Bachelor of Engineering",), "major": "Software Engineering", "date_awarded": "2021-06-25",
                                        "certificate_number": "1927842021003318"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-thesis-defence-han-dates.png", thesis_defence_han_dates, "degree_certificate", "thesis-defence-han-dates"),
              ("degree-taiwan-rows-unruled.png", taiwan_rows_unruled, "degree_certificate", "taiwan-rows-unruled"),
              ("degree-statement-of-conferment.png", statement_of_conferment, "degree_certificate", "statement-of-conferment")]
    return write_drawn(folder, papers)
