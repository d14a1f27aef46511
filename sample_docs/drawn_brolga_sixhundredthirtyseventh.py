"""A six-hundred-and-thirty-seventh drawn set, of an applicant's form, a graduation certificate and a BR certificate, stop 87's second
round, to be read cold before any reader changes for it, in wording and layouts no earlier set drew: an ID 990A whose labels are Chinese
over English on two lines with the value beside the pair, the sex as a ticked choice of 男 Male / 女 Female; a 毕业证书 whose dates are all
in Han numerals, the study told as a period ('于二〇一六年九月至二〇二〇年六月在本校…专业四年制本科学习'); a BR certificate whose
values are under their labels in two columns side by side. Each is a case of its own (`scripts/bench_drawn_forms.py --set
sixhundredthirtyseventh`). Every name and number is made up; 19180 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_figbird_fivehundredseventythird import set_centred
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def stacked_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 120, "甲部 申請人資料  Part A Particulars of Applicant", 28, "sans_cjk")
    rows = [("英文姓氏", "Surname in English", "YAN"), ("英文名字", "Given names in English", "SHUQING"), ("中文姓名", "Name in Chinese", "严淑晴"),
            ("出生日期", "Date of birth", "14 / 02 / 1996"), ("旅行證件號碼", "Travel document no.", "EF7730614"),
            ("香港僱主", "Employer in Hong Kong", "Tallpine Analytics Limited"), ("職位", "Post", "Credit Risk Modeller"),
            ("月薪", "Monthly salary", "HK$ 44,000")]
    y = 210
    for zh, en, value in rows:
        s.text(140, y, zh, 24, "sans_cjk")
        s.text(140, y + 32, en, 20, "sans")
        s.text(620, y + 10, value, 30, "serif" if value.isascii() else "serif_cjk")
        y += 90
    s.text(140, y, "性別", 24, "sans_cjk")
    s.text(140, y + 32, "Sex", 20, "sans")
    s.tick(620, y + 6, False)
    s.text(670, y + 8, "男 Male", 26, "sans_cjk")
    s.tick(900, y + 6, True)
    s.text(950, y + 8, "女 Female", 26, "sans_cjk")
    y += 90
    s.text(140, y, "曾否取得香港院校頒授的學位？ Have you obtained a degree from a Hong Kong institution?", 22, "sans_cjk")
    s.tick(620, y + 50, False)
    s.text(670, y + 52, "是 Yes", 26, "sans_cjk")
    s.tick(900, y + 50, True)
    s.text(950, y + 52, "否 No", 26, "sans_cjk")
    return scanned_png(s, "stacked"), {"surname": "YAN", "given_names": "SHUQING", "name_zh": "严淑晴", "sex": "F", "date_of_birth": "1996-02-14",
                                       "travel_document_number": "EF7730614", "employer_name": "Tallpine Analytics Limited",
                                       "position": "Credit Risk Modeller", "monthly_salary_hkd": 44000.0, "hk_local_degree": False}


def han_numeral_dates() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("毕 业 证 书", 52)], 130, 60)
    s.wrapped(200, 320, "　　学生邵嘉宁，性别女，一九九八年五月二日生，于二〇一六年九月至二〇二〇年六月在本校环境工程专业四年制本科学习，"
                        "修完教学计划规定的全部课程，成绩合格，准予毕业。", 40, 30, "serif_cjk", 60)
    text_lines(s, 900, 700, ["校　名：东岳理工大学", "校（院）长：顾怀远", "二〇二〇年六月三十日"], 28, "serif_cjk", 56)
    s.text(200, 960, "证书编号：191801202006004127", 24, "sans_cjk")
    _chop(s, 680, 780, "东岳理工大学")
    return scanned_png(s, "hannumerals"), {"holder_name": "邵嘉宁", "institution": "东岳理工大学", "major": "环境工程", "level": "本科",
                                           "graduation_date": "2020-06-30", "certificate_number": "191801202006004127"}


def two_columns_under() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "BUSINESS REGISTRATION CERTIFICATE", 34, "serif_bold")
    s.text(640, 160, "商業登記證", 34, "serif_cjk")
    left = ["Name of Business", "    WILLOWBANK STATIONERY LIMITED", "", "Nature of Business", "    STATIONERY WHOLESALE", "",
            "Date of Commencement", "    19/05/2026"]
    right = ["Certificate No.", "    72245519-000-05-26-8", "", "Address", "    FLAT B, 6/F, 72 HUNG TO ROAD", "    KWUN TONG, KOWLOON", "",
             "Date of Expiry", "    18/05/2027"]
    text_lines(s, 140, 280, left, 24, "serif", 44)
    text_lines(s, 860, 280, right, 24, "serif", 44)
    return scanned_png(s, "twocolumns"), {"business_name": "WILLOWBANK STATIONERY LIMITED", "br_number": "72245519",
                                          "address": "FLAT B, 6/F, 72 HUNG TO ROAD, KWUN TONG, KOWLOON", "nature_of_business": "STATIONERY WHOLESALE",
                                          "commencement_date": "2026-05-19", "expiry_date": "2027-05-18"}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-stacked-labels.png", stacked_labels, "applicant_form", "stacked-labels"),
              ("graduation-han-numeral-dates.png", han_numeral_dates, "graduation_certificate", "han-numeral-dates"),
              ("br-two-columns-under.png", two_columns_under, "br_certificate", "two-columns-under")]
    return write_drawn(folder, papers)
