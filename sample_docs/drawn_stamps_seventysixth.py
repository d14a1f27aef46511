"""A seventy-sixth drawn set, drawn after the seventy-fifth was mended: papers in five layouts no set drew. A consent
in simplified Chinese whose date is written in the Chinese way with the month and day only after the year in a
separate line's brackets ('（二〇二六年十月三十日）'), the unit's name run into its seal; form ID 990A as a table
whose labels are in English over small Chinese and whose values are in capitals, the birth date written
'12-JUL-1993'; a graduation certificate in traditional characters from a Mainland university that prints them
(繁體); an employment contract whose parties are introduced in a table before its clauses ('Employer | Employee');
a BR certificate whose expiry is stated as a period ('Validity: 25/04/2026 - 24/04/2027'). Each is a case of its
own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
seventysixth`). Every name, number and institution is made up; 19865 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, write_sheets
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def consent_bracketed_date() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(560, 240, "关于同意职工赴港工作的证明", 48, "serif_cjk")
    y = _paragraph(s, 180, 420, "蒋佳禾同志，女，身份证号码略，系我院信息中心工程师。经院务会研究，同意其赴香港特别行政区"
                                "从事软件开发工作。", 28, 36, 76)
    s.text(820, y + 160, "杭州西溪数字医学研究院", 36, "serif_cjk")
    s.text(820, y + 230, "（二〇二六年十月三十日）", 34, "serif_cjk")
    _chop(s, 1000, y + 170, "杭州西溪数字医学研究院")
    return s, {"organisation": "杭州西溪数字医学研究院", "applicant_name": "蒋佳禾", "date": "2026-10-30", "seal_present": True}


def applicant_table_caps() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(1300, 70, "ID 990A", 32, "sans_bold")
    s.text(140, 140, "Particulars of the applicant", 32, "sans_bold")
    rows = [("Surname", "姓", "WEN"), ("Given names", "名", "JIAHAO"), ("Name in Chinese", "中文姓名", "温嘉豪"), ("Sex", "性別", "M"),
            ("Date of birth", "出生日期", "12-JUL-1993"), ("Travel document no.", "旅行證件號碼", "EF9013472"),
            ("Employer in Hong Kong", "香港僱主", "NORTHGATE AUTOMATION LIMITED"), ("Post", "職位", "CONTROLS ENGINEER"),
            ("Monthly salary (HK$)", "每月薪金（港元）", "47,300")]
    y = 240
    for en, zh, value in rows:
        s.d.rectangle([140, y, 700, y + 100], outline="black", width=2)
        s.d.rectangle([700, y, 1520, y + 100], outline="black", width=2)
        s.text(156, y + 14, en, 26)
        s.text(156, y + 56, zh, 20, "sans_cjk")
        s.text(720, y + 32, value, 30, "sans" if value.isascii() else "sans_cjk")
        y += 100
    s.text(140, y + 50, "Has the applicant obtained a degree from a full-time locally-accredited programme in Hong Kong?", 22)
    s.tick(160, y + 100, False)
    s.text(210, y + 100, "Yes", 24)
    s.tick(340, y + 100, True)
    s.text(390, y + 100, "No", 24)
    return s, {"surname": "WEN", "given_names": "JIAHAO", "name_zh": "温嘉豪", "sex": "M", "date_of_birth": "1993-07-12",
               "travel_document_number": "EF9013472", "employer_name": "NORTHGATE AUTOMATION LIMITED", "position": "CONTROLS ENGINEER",
               "monthly_salary_hkd": 47300.0, "hk_local_degree": False}


def graduation_traditional() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(560, 240, "畢 業 證 書", 72, "serif_cjk")
    y = _paragraph(s, 200, 500, "學生溫嘉豪，性別男，一九九三年七月十二日生，於二〇一一年九月至二〇一五年六月在本校自動化專業四年制本科"
                                "學習，修完教學計劃規定的全部課程，成績合格，准予畢業。", 22, 40, 84)
    s.text(860, y + 180, "嶺南工業大學", 40, "serif_cjk")
    s.text(860, y + 250, "校長：陳國棟", 34, "serif_cjk")
    s.text(860, y + 320, "二〇一五年六月三十日", 34, "serif_cjk")
    s.text(200, 2080, "證書編號：198651201505001922", 28, "serif_cjk")
    return s, {"holder_name": "溫嘉豪", "institution": "嶺南工業大學", "major": "自動化", "level": "本科",
               "graduation_date": "2015-06-30", "certificate_number": "198651201505001922"}


def contract_parties_table() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(560, 120, "EMPLOYMENT CONTRACT", 40, "serif_bold")
    _ruled(s, 140, 220, [["", "Employer", "Employee"], ["Name", "Northgate Automation Limited", "WEN Jiahao"],
                         ["Address", "Unit 3, 8/F, Kwun Tong", "Guangzhou, PRC"]], [220, 640, 520], 70, 24)
    clauses = ["1. The Employer shall employ the Employee as Controls Engineer.",
               "2. The employment shall commence on 8 February 2027 and shall continue for 2 years.",
               "3. The Employee shall be paid a salary of HK$47,300 per month.",
               "4. The Employee shall be entitled to a housing allowance of HK$5,000 per month."]
    y = 520
    for c in clauses:
        s.wrapped(140, y, c, 80, 26, "serif", leading=40)
        y += 90
    return s, {"employer_name": "Northgate Automation Limited", "employee_name": "WEN JIAHAO", "position": "Controls Engineer",
               "start_date": "2027-02-08", "term_months": 24, "monthly_salary_hkd": 47300.0, "housing_allowance_hkd": 5000.0}


def br_validity_period() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(440, 140, "BUSINESS REGISTRATION CERTIFICATE", 40, "serif_bold")
    s.text(640, 200, "商業登記證", 40, "serif_cjk")
    rows = [("Business Name:", "NORTHGATE AUTOMATION LIMITED"), ("Address:", "UNIT 3, 8/F, 88 HOW MING STREET, KWUN TONG, KOWLOON"),
            ("Nature of Business:", "INDUSTRIAL AUTOMATION SYSTEMS"), ("Date of Commencement:", "25/04/2016"),
            ("Validity:", "25/04/2026 - 24/04/2027"), ("Certificate No.:", "66120473-000-04-26-3")]
    y = 360
    for label, value in rows:
        s.text(140, y, label, 28, "serif")
        s.text(560, y, value, 28, "mono")
        y += 80
    return s, {"business_name": "NORTHGATE AUTOMATION LIMITED", "br_number": "66120473",
               "address": "UNIT 3, 8/F, 88 HOW MING STREET, KWUN TONG, KOWLOON", "nature_of_business": "INDUSTRIAL AUTOMATION SYSTEMS",
               "commencement_date": "2016-04-25", "expiry_date": "2027-04-24"}


LAYOUTS = {("consent_letter", "bracketed-date"): consent_bracketed_date, ("applicant_form", "table-caps"): applicant_table_caps,
           ("graduation_certificate", "traditional"): graduation_traditional, ("employment_contract", "parties-table"): contract_parties_table,
           ("br_certificate", "validity-period"): br_validity_period}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS)
