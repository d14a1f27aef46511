"""A five-hundred-and-thirty-ninth drawn set, of a report and a contract, drawn for stop 84's second round, to be read cold before any
reader changes for it, in wording and layouts no earlier set drew: a translated online verification report whose rows are labelled in
English only ('Gender', 'Institution', 'Level', 'Date of Graduation', 'Online Verification Code'); a Hong Kong contract in traditional
characters with its particulars as rows (僱主 / 僱員 / 職位 / 入職日期 / 合約期：24個月 / 月薪：港幣38,000元). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredthirtyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def translated_report_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(260, 100, "Online Verification Report of Higher Education Qualification Certificate", 28, "serif_bold")
    s.text(690, 150, "(Translation)", 22, "serif")
    y = 240
    for label, value in [("Name", "FENG Ruoxi"), ("Gender", "Female"), ("Date of Birth", "11 March 1998"), ("Institution", "Jinling Normal University"),
                         ("Major", "Chinese Language and Literature"), ("Length of Schooling", "4 years"), ("Level", "Undergraduate"),
                         ("Date of Graduation", "30 June 2020"), ("Certificate No.", "192521202006001408"),
                         ("Online Verification Code", "A4KD8QWZ3NT7XR2M")]:
        s.text(180, y, label, 24, "sans")
        s.text(700, y, value, 24, "sans")
        y += 54
    return scanned_png(s, "trreport"), {"holder_name": "FENG Ruoxi", "sex": "F", "date_of_birth": "1998-03-11",
                                        "institution": "Jinling Normal University", "major": "Chinese Language and Literature",
                                        "level": ("Undergraduate", "本科"), "graduation_date": "2020-06-30",
                                        "certificate_number": "192521202006001408", "verification_code": "A4KD8QWZ3NT7XR2M"}


def hong_kong_contract_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 100, "僱傭合約", 44, "serif_cjk")
    text_lines(s, 200, 220, ["僱主：荃灣智慧物流有限公司", "僱員：駱俊熙", "職位：倉務營運經理", "入職日期：2027年2月1日", "合約期：24個月",
                             "月薪：港幣38,000元", "", "雙方同意按以上條款訂立本合約。", "", "僱主簽署：　　　　　　　　　僱員簽署："], 28, "serif_cjk", 60)
    return scanned_png(s, "hkrows"), {"employer_name": "荃灣智慧物流有限公司", "employee_name": "駱俊熙", "position": "倉務營運經理",
                                      "start_date": "2027-02-01", "term_months": 24, "monthly_salary_hkd": 38000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-translated-report-rows.png", translated_report_rows, "qualification_report", "translated-report-rows"),
              ("contract-hong-kong-contract-rows.png", hong_kong_contract_rows, "employment_contract", "hong-kong-contract-rows")]
    return write_drawn(folder, papers)
