"""A hundred-and-forty-sixth drawn set: form ID 990B, the employer's, in four layouts no set drew. Form ID 990B in
traditional Chinese only, its labels long questions; form ID 990B typed on dotted leaders, with a contact person, a
telephone number and an allowance around the particulars; form ID 990B as numbered questions, each answer on the line
under its question; form ID 990B whose business registration number is written a digit a box and whose salary has
its words beside its figure. Each is a case of its own. Read once through the product before any reader changes for
it (`scripts/bench_drawn_forms.py --set hundredfortysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn

PEN = (20, 30, 120)


def employer_hant_questions() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1260, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 130, "第二部分　僱主資料", 34, "sans_cjk")
    y = 230
    for label, value in [("貴公司的名稱", "Brightwater Analytics Limited"), ("商業登記證號碼", "47150236"),
                         ("受聘人士姓名（按旅行證件）", "TANG XINYI"), ("擬聘職位名稱", "Quantitative Analyst"),
                         ("每月薪酬（港幣）", "52,000"), ("該職位是否列入人才清單", "否")]:
        s.text(140, y, label, 28, "sans_cjk")
        s.text(760, y - 4, value, 30, "mono" if value.isascii() else "sans_cjk")
        y += 84
    return scanned_png(s, "hantq"), {"employer_name": "Brightwater Analytics Limited", "br_number": "47150236",
                               "applicant_name": "TANG XINYI", "position": "Quantitative Analyst", "monthly_salary_hkd": 52000.0,
                               "talent_list": False}


def employer_dotted_leaders() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1260, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 130, "PARTICULARS OF THE EMPLOYING COMPANY", 28, "serif_bold")
    y = 220
    rows = [("Registered name of company", "Harbourline Logistics Limited"), ("Business Registration Certificate No.", "58302917"),
            ("Contact person", "Ms CHEUNG Wing Sze (Human Resources)"), ("Telephone", "2815 3390"),
            ("Name of person to be employed", "ZHOU Haoyu"), ("Job title", "Supply Chain Analyst"),
            ("Basic monthly pay", "HK$33,800"), ("Housing allowance", "HK$4,000"),
            ("Is the job on the Talent List?", "No")]
    for label, value in rows:
        end = s.text(140, y, label, 24, "serif")
        dots = "." * max(4, (760 - end) // 8)
        s.text(end + 6, y, dots, 24, "serif")
        s.text(780, y - 2, value, 26, "mono")
        y += 70
    return scanned_png(s, "leaders"), {"employer_name": "Harbourline Logistics Limited", "br_number": "58302917",
                                 "applicant_name": "ZHOU HAOYU", "position": "Supply Chain Analyst", "monthly_salary_hkd": 33800.0,
                                 "talent_list": False}


def employer_numbered_questions() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1260, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 130, "Employer's questionnaire", 30, "sans_bold")
    y = 220
    for k, (question, answer) in enumerate([
            ("What is the name of your company as registered?", "Silverfern Medical Devices Limited"),
            ("What is its business registration number?", "61240785"),
            ("Who is the person you wish to employ?", "Mr XU Zhenyu"),
            ("What post will he or she hold?", "Regulatory Affairs Specialist"),
            ("What monthly salary will be paid?", "HK$39,500 per month, with a year-end bonus"),
            ("Is the post included in the Talent List?", "No")], start=1):
        s.text(140, y, f"{k}.  {question}", 24, "sans")
        s.text(200, y + 44, answer, 30, "hand", PEN)
        s.d.line([200, y + 84, 1500, y + 84], fill=(120, 120, 120), width=1)
        y += 130
    return scanned_png(s, "numberedq"), {"employer_name": "Silverfern Medical Devices Limited", "br_number": "61240785",
                                   "applicant_name": "XU ZHENYU", "position": "Regulatory Affairs Specialist",
                                   "monthly_salary_hkd": 39500.0, "talent_list": False}


def employer_digit_boxes() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1260, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 130, "B.  Employer  僱主", 30, "sans_bold")
    s.text(140, 220, "Name of employer 僱主名稱", 24, "sans_cjk")
    s.text(620, 216, "Kowloon Bay Precision Moulding Co., Limited", 28, "mono")
    s.text(140, 310, "BR No. 商業登記號碼", 24, "sans_cjk")
    s.boxes(620, 298, "39516042", 8)
    s.text(140, 400, "Applicant 申請人", 24, "sans_cjk")
    s.text(620, 396, "DENG LIHUA", 28, "mono")
    s.text(140, 480, "Post 職位", 24, "sans_cjk")
    s.text(620, 476, "Mould Design Engineer", 28, "mono")
    s.text(140, 560, "Salary 月薪", 24, "sans_cjk")
    s.text(620, 556, "HK$ 31,000 (Thirty-one thousand) a month", 28, "mono")
    s.text(140, 640, "Talent List 人才清單", 24, "sans_cjk")
    s.text(620, 636, "Yes", 28, "mono")
    s.text(760, 640, "(Engineering Professionals)", 22, "sans")
    return scanned_png(s, "digitboxes"), {"employer_name": "Kowloon Bay Precision Moulding Co., Limited", "br_number": "39516042",
                                    "applicant_name": "DENG LIHUA", "position": "Mould Design Engineer",
                                    "monthly_salary_hkd": 31000.0, "talent_list": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990b-hant-questions.png", employer_hant_questions, "employer_form", "hant-questions"),
              ("id990b-dotted-leaders.png", employer_dotted_leaders, "employer_form", "dotted-leaders"),
              ("id990b-numbered-questions.png", employer_numbered_questions, "employer_form", "numbered-questions"),
              ("id990b-digit-boxes.png", employer_digit_boxes, "employer_form", "digit-boxes")]
    return write_drawn(folder, papers)
