"""A hundred-and-sixty-fourth drawn set, a test set: form ID 990A in four more layouts, drawn after the applicant's form
was mended for the hundred-and-fifty-third. A form whose particulars stand in a table of one row under a row of labels
(Surname | Given names | Sex | Date of birth …); a form in traditional Chinese only; a form as a PDF with a text layer
whose labels are 'Family name' and 'First name(s)'; a form whose dates are ISO ('1994-03-07') and whose travel document
number stands with its date of issue ('E… (issued 2021-05-05)'). Each is a case of its own. Read once through the product
before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredsixtyfourth`). Every name and number is
made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_thirdhand_fiftythird import _pdf


def applicant_one_row_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 140, "1. Applicant", 28, "sans_bold")
    _ruled(s, 140, 200, [["Surname", "Given names", "Sex", "Date of birth"], ["XIONG", "YIFAN", "M", "23/08/1991"]], [340, 420, 160, 420], 70, 24)
    _ruled(s, 140, 380, [["Chinese name", "Travel document no."], ["熊一帆", "EB3906127"]], [560, 780], 70, 24)
    y = 560
    for label, value in [("Employer", "Crossway Rail Systems Limited"), ("Post", "Signalling Engineer"), ("Monthly salary (HK$)", "50,500"),
                         ("Local degree from Hong Kong?", "No")]:
        s.text(140, y, label, 24, "sans")
        s.text(700, y - 2, value, 28, "mono")
        y += 76
    return scanned_png(s, "onerow"), {"surname": "XIONG", "given_names": "YIFAN", "name_zh": "熊一帆", "sex": "M", "date_of_birth": "1991-08-23",
                                "travel_document_number": "EB3906127", "employer_name": "Crossway Rail Systems Limited",
                                "position": "Signalling Engineer", "monthly_salary_hkd": 50500.0, "hk_local_degree": False}


def applicant_hant_only() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 130, "申請人資料", 34, "sans_cjk")
    y = 220
    for label, value in [("英文姓氏", "PENG"), ("英文名字", "SHIHAN"), ("中文姓名", "彭詩涵"), ("性別", "女"), ("出生日期", "12/01/1996"),
                         ("旅行證件號碼", "EH8150273"), ("僱主名稱", "Jadeport Legal Services Limited"), ("擬任職位", "Paralegal"),
                         ("每月薪金（港幣）", "28,800"), ("是否持有香港本地學位", "否")]:
        s.text(140, y, label, 28, "sans_cjk")
        s.text(700, y - 4, value, 30, "mono" if value.isascii() else "sans_cjk")
        y += 78
    return scanned_png(s, "hantonly"), {"surname": "PENG", "given_names": "SHIHAN", "name_zh": ("彭诗涵", "彭詩涵"), "sex": "F", "date_of_birth": "1996-01-12",
                                  "travel_document_number": "EH8150273", "employer_name": "Jadeport Legal Services Limited",
                                  "position": "Paralegal", "monthly_salary_hkd": 28800.0, "hk_local_degree": False}


def applicant_text_pdf() -> tuple[bytes, dict]:
    page = [(60, 60, "ID 990A", 14), (60, 90, "Particulars of applicant", 12)]
    for k, (label, value) in enumerate([("Family name", "TAO"), ("First name(s)", "RUOXI"), ("Name in Chinese characters", "陶若汐"),
                                        ("Gender", "Female"), ("Date of birth", "30 October 1993"), ("Travel document no.", "EF4723918"),
                                        ("Hong Kong employer", "Brightcove Tutoring Centre Limited"), ("Post", "Curriculum Developer"),
                                        ("Monthly salary", "HK$27,500"), ("Holder of a Hong Kong local degree?", "No")]):
        page += [(60, 130 + 28 * k, label, 10), (300, 130 + 28 * k, value, 10)]
    return _pdf([page]), {"surname": "TAO", "given_names": "RUOXI", "name_zh": "陶若汐", "sex": "F", "date_of_birth": "1993-10-30",
                          "travel_document_number": "EF4723918", "employer_name": "Brightcove Tutoring Centre Limited",
                          "position": "Curriculum Developer", "monthly_salary_hkd": 27500.0, "hk_local_degree": False}


def applicant_iso_dates_issue() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "serif_bold")
    y = 180
    for label, value in [("Surname", "YUAN"), ("Given names", "HAOCHEN"), ("Name in Chinese", "袁浩宸"), ("Sex", "M"),
                         ("Date of birth", "1994-03-07"), ("Passport No.", "E12094587 (issued 2021-05-05)"),
                         ("Employer", "Tideline Offshore Wind Limited"), ("Post", "Turbine Reliability Engineer"),
                         ("Monthly salary", "HKD 61,000"), ("Local degree from Hong Kong?", "No")]:
        s.text(140, y, label, 26, "serif")
        s.text(700, y, value, 26, "serif" if value.isascii() else "serif_cjk")
        y += 72
    return scanned_png(s, "iso"), {"surname": "YUAN", "given_names": "HAOCHEN", "name_zh": "袁浩宸", "sex": "M", "date_of_birth": "1994-03-07",
                             "travel_document_number": "E12094587", "employer_name": "Tideline Offshore Wind Limited",
                             "position": "Turbine Reliability Engineer", "monthly_salary_hkd": 61000.0, "hk_local_degree": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-one-row.png", applicant_one_row_table, "applicant_form", "one-row-table"),
              ("id990a-hant-only.png", applicant_hant_only, "applicant_form", "hant-only"),
              ("id990a-text.pdf", applicant_text_pdf, "applicant_form", "text-pdf"),
              ("id990a-iso-dates.png", applicant_iso_dates_issue, "applicant_form", "iso-dates-issue")]
    return write_drawn(folder, papers)
