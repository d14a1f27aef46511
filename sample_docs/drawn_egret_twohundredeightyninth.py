"""A two-hundred-and-eighty-ninth drawn set, of qualification reports (read cold at 83 % at stop 72, short on papers in
English), in layouts and wording no earlier set drew: a degree's report ruled as a table of labels and values ('Degree
Holder', 'Awarding Body', 'Date Conferred'), its code given in a closing sentence ('enter the code … at'); a
qualification's report of labels printed small over their values, two to a row; a traditional Chinese 備案表 of
two labels to a line; a report in English that names its institution in Chinese with the English in brackets and
dates only by month and year where the certificate does. Each is a case of its own (`scripts/bench_drawn_forms.py
--set twohundredeightyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def degree_table_code_in_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 100, "China Academic Degrees Verification", 32, "serif_bold")
    _ruled(s, 160, 200, [["Degree Holder", "WU Jiaqi"], ["Gender", "Female"], ["Date of Birth", "19 July 1991"],
                         ["Degree Awarded", "Master of Science"], ["Discipline", "Statistics"],
                         ["Awarding Body", "Beiling University of Finance"], ["Date Conferred", "25 June 2016"],
                         ["Certificate Number", "1947432016001942"]], [420, 760], 64, 24)
    text_lines(s, 160, 780, ["To check this report online, enter the code 7HW2QK5MZ8RT3NXP at the verification website.",
                             "The report is valid for 30 days from 20 November 2026."], 22, "serif", 40)
    return scanned_png(s, "degreetable"), {"holder_name": "WU JIAQI", "date_of_birth": "1991-07-19", "sex": "F",
                                           "institution": "Beiling University of Finance", "major": "Statistics",
                                           "certificate_number": "1947432016001942", "verification_code": "7HW2QK5MZ8RT3NXP"}


def labels_over_values() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Verification of Higher Education Qualification", 30, "sans_bold")
    pairs = [("Name", "CAO Yuhang"), ("Sex", "Male"), ("Date of birth", "2 November 1996"), ("Institution", "Lingnan Ocean University"),
             ("Level", "Undergraduate"), ("Programme", "Naval Architecture and Ocean Engineering"), ("Graduated", "30 June 2019"),
             ("Certificate no.", "194731201905003310"), ("Verification code", "C4TY9PW2LK7MQ3ZD")]
    for k, (label, value) in enumerate(pairs):
        x, y = 160 + 700 * (k % 2), 220 + 120 * (k // 2)
        s.text(x, y, label, 18, "sans", ink=(90, 90, 90))
        s.text(x, y + 32, value, 26, "sans")
    return scanned_png(s, "overvalues"), {"holder_name": "CAO YUHANG", "date_of_birth": "1996-11-02", "sex": "M",
                                          "institution": "Lingnan Ocean University", "level": ("undergraduate", "本科"),
                                          "major": "Naval Architecture and Ocean Engineering", "graduation_date": "2019-06-30",
                                          "certificate_number": "194731201905003310", "verification_code": "C4TY9PW2LK7MQ3ZD"}


def traditional_two_to_a_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "教育部學歷證書電子註冊備案表", 40, "serif_cjk")
    text_lines(s, 160, 220, ["姓名：鄭宇航　　　　　性別：男", "出生日期：1994年3月17日　　　　民族：漢族",
                             "院校名稱：贛南醫學院　　　　層次：本科", "專業：臨床醫學　　　　學制：5年",
                             "入學日期：2012年9月1日　　　　畢業日期：2017年6月30日", "證書編號：194721201705000426",
                             "在線驗證碼：J8MX3QR5WT2KZ7PN"], 28, "serif_cjk", 64)
    return scanned_png(s, "tradtwo"), {"holder_name": ("鄭宇航", "郑宇航"), "date_of_birth": "1994-03-17", "sex": "M",
                                       "institution": ("贛南醫學院", "赣南医学院"), "level": "本科", "major": ("臨床醫學", "临床医学"),
                                       "graduation_date": "2017-06-30", "certificate_number": "194721201705000426",
                                       "verification_code": "J8MX3QR5WT2KZ7PN"}


def chinese_name_english_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Online Verification Report of Higher Education Qualification Certificate", 26, "serif_bold")
    text_lines(s, 160, 200, ["Name:  PENG Shuting", "Gender:  Female", "Born:  May 1995", "Institution:  西江大学 (Xijiang University)",
                             "Level:  Undergraduate (4 years)", "Major:  International Economics and Trade", "Entered:  September 2013",
                             "Graduated:  June 2017", "Certificate No.:  194711201705001187", "Online Verification Code:  E2RP7KX9MV4TW8QN"],
               24, "serif", 48)
    return scanned_png(s, "brackets"), {"holder_name": "PENG SHUTING", "sex": "F", "institution": ("西江大学", "Xijiang University"),
                                        "level": ("undergraduate", "本科"), "major": "International Economics and Trade",
                                        "certificate_number": "194711201705001187", "verification_code": "E2RP7KX9MV4TW8QN"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-degree-table.png", degree_table_code_in_sentence, "qualification_report", "degree-table-code-in-sentence"),
              ("report-labels-over-values.png", labels_over_values, "qualification_report", "labels-over-values"),
              ("report-traditional-two.png", traditional_two_to_a_line, "qualification_report", "traditional-two-to-a-line"),
              ("report-chinese-name-brackets.png", chinese_name_english_brackets, "qualification_report", "chinese-name-english-brackets")]
    return write_drawn(folder, papers)
