"""A three-hundred-and-thirty-sixth drawn set, of a report, a degree and a contract, drawn at the end of stop 76 after
its last reader change and read cold, not mended, in wording and layouts no earlier set drew: a report with English
labels over Chinese values ('Institution: 晋北理工学院'); a Taiwan university's diploma in traditional characters dated in
the Republic of China's years (係…人 民國八十六年五月四日生 在本校…學系修業期滿 … 授予工學士學位); an offer that states the pay
by the year ('HK$600,000 per annum, payable in twelve equal monthly instalments'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredthirtysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def english_labels_chinese_values() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "Education Record Verification", 34, "serif_bold")
    y = 220
    for label, value in [("Name:", "许若雨"), ("Gender:", "女"), ("Date of birth:", "1999年1月17日"), ("Institution:", "晋北理工学院"),
                         ("Major:", "机械电子工程"), ("Level:", "本科"), ("Graduation date:", "2021年6月25日"),
                         ("Certificate No.:", "194011202105000615"), ("Verification code:", "W6KT2QX9RM4ZN8PB")]:
        s.text(200, y, label, 26, "serif")
        s.text(620, y, value, 26, "serif_cjk" if not value.isascii() else "serif")
        y += 60
    return scanned_png(s, "englishlabels"), {"holder_name": "许若雨", "sex": "F", "date_of_birth": "1999-01-17", "institution": "晋北理工学院",
                                             "major": "机械电子工程", "level": "本科", "graduation_date": "2021-06-25",
                                             "certificate_number": "194011202105000615", "verification_code": "W6KT2QX9RM4ZN8PB"}


def roc_diploma() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 120, "臨海科技大學", 50, "serif_cjk")
    s.text(660, 210, "畢業證書", 40, "serif_cjk")
    text_lines(s, 220, 340, ["學生林冠廷係臺灣省臺中市人民國八十六年五月四日生在本校", "機械工程學系修業期滿成績及格准予畢業",
                             "依學位授予法之規定授予工學士學位", "", "校長　蔡文川", "", "中華民國一百零八年六月二十日"], 30, "serif_cjk", 64)
    s.text(220, 860, "(108)臨科大學字第001832號", 24, "serif_cjk")
    return scanned_png(s, "rocdiploma"), {"holder_name": "林冠廷", "institution": "臨海科技大學", "degree": ("工學士", "工學士學位"),
                                          "major": ("機械工程", "機械工程學系"), "date_awarded": "2019-06-20"}


def pay_by_the_year() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Silverbay Reinsurance Brokers Limited", 30, "serif_bold")
    text_lines(s, 160, 200, ["2 December 2026", "", "Ms. ZHONG Yaqi", "", "Dear Ms. ZHONG,", "", "Letter of Appointment", "",
                             "We are pleased to appoint you as Reinsurance Account Executive with effect from 1 February 2027",
                             "on a contract of three years. Your salary will be HK$600,000 per annum, payable in twelve equal",
                             "monthly instalments. Please sign and return the duplicate of this letter to accept.", "",
                             "Yours sincerely,", "", "Patrick LO, Managing Director", "", "Accepted: ZHONG Yaqi"], 24, "serif", 44)
    return scanned_png(s, "peryear"), {"employer_name": "Silverbay Reinsurance Brokers Limited", "employee_name": "ZHONG YAQI",
                                       "position": "Reinsurance Account Executive", "start_date": "2027-02-01", "term_months": 36,
                                       "monthly_salary_hkd": 50000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-english-labels-chinese-values.png", english_labels_chinese_values, "qualification_report", "english-labels-chinese-values"),
              ("degree-roc-diploma.png", roc_diploma, "degree_certificate", "roc-diploma"),
              ("contract-pay-by-the-year.png", pay_by_the_year, "employment_contract", "pay-by-the-year")]
    return write_drawn(folder, papers)
