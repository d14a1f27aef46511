"""A hundred-and-twenty-fifth drawn set: papers in four layouts no set drew. A master's degree from a university in
Taiwan in traditional Chinese, dated by the Republic's years and numbered in its way ('(108)南科大碩字第001234號'); a
degree certificate's English translation as rows of label and value whose name is written 'Wang, Xiaoming'; a
postgraduate graduation certificate (研究生毕业证书); an offer sent by e-mail and printed, its pay 'HKD 62k per month'.
Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredtwentyfifth`). Every name and number is made up; 19853 and 19854 are no
real institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph


def degree_taiwan_traditional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 120, "南屏科技大學", 52, "serif_cjk")
    s.text(680, 220, "學位證書", 44, "serif_cjk")
    s.text(160, 320, "(108)南科大碩字第001234號", 26, "serif_cjk")
    y = _paragraph(s, 160, 420, "　　學生林佩蓉，女，中華民國八十五年三月二日生，在本校電機工程學系碩士班修業期滿，成績及格，"
                   "依學位授予法之規定，授予工學碩士學位。", 30, 32, 64)
    s.text(160, y + 80, "校長　黃仁傑", 32, "serif_cjk")
    s.text(700, y + 200, "中華民國一〇八年六月二十日", 32, "serif_cjk")
    return scanned_png(s, "taiwan"), {"holder_name": "林佩蓉", "date_of_birth": "1996-03-02", "institution": "南屏科技大學",
                                "degree": ("工學碩士學位", "工學碩士"), "major": ("電機工程", "電機工程學系"), "date_awarded": "2019-06-20",
                                "certificate_number": ("(108)南科大碩字第001234號", "108南科大碩字第001234號")}


def degree_translation_comma_name() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "CERTIFICATE OF DEGREE", 36, "serif_bold")
    s.text(600, 160, "(Translation)", 26, "serif")
    y = 260
    for label, value in [("Name:", "Wang, Xiaoming"), ("Sex:", "Male"), ("Date of Birth:", "November 4, 1994"),
                         ("Major:", "Mechanical Design, Manufacturing and Automation"), ("Degree Conferred:", "Bachelor of Engineering"),
                         ("Awarding Institution:", "Jiangbei University of Technology"), ("Date of Conferment:", "June 28, 2016"),
                         ("Certificate No.:", "1985442016002231")]:
        s.text(160, y, label, 26, "serif_bold")
        s.text(620, y, value, 26, "serif")
        y += 62
    s.text(160, y + 60, "We certify that this translation is true to the Chinese original. Jiangbei Translation Service, 2 Dec 2026.",
           20, "serif")
    return scanned_png(s, "commaname"), {"holder_name": "WANG XIAOMING", "date_of_birth": "1994-11-04",
                                   "institution": "Jiangbei University of Technology", "degree": "Bachelor of Engineering",
                                   "major": "Mechanical Design, Manufacturing and Automation", "date_awarded": "2016-06-28",
                                   "certificate_number": "1985442016002231"}


def graduation_postgraduate() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 130, "研究生毕业证书", 50, "serif_cjk")
    y = _paragraph(s, 180, 300, "　　研究生韦思琪，性别女，一九九五年十月生，于二〇一七年九月至二〇二〇年六月在本校计算机科学与"
                   "技术专业学习，学制三年，修完硕士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。", 30, 32, 64)
    s.text(900, y + 120, "岭西大学", 34, "serif_cjk")
    s.text(900, y + 180, "校长：蒋立国", 30, "serif_cjk")
    s.text(180, y + 280, "证书编号：198531202002000567", 28, "serif_cjk")
    s.text(900, y + 280, "二〇二〇年六月三十日", 30, "serif_cjk")
    return scanned_png(s, "postgrad"), {"holder_name": "韦思琪", "institution": "岭西大学", "major": "计算机科学与技术",
                                  "level": ("硕士研究生", "研究生"), "graduation_date": "2020-06-30",
                                  "certificate_number": "198531202002000567"}


def contract_offer_email_k() -> tuple[bytes, dict]:
    s = Sheet()
    s.d.rectangle([100, 80, 1550, 300], fill=(244, 246, 250))
    for k, (label, value) in enumerate([("From:", "Talent Team <talent@brightwater-robotics.example>"), ("To:", "Xu Ming <xu.ming@mail.example>"),
                                        ("Sent:", "Monday, 23 November 2026 10:15"), ("Subject:", "Your offer - Robotics Software Engineer")]):
        s.text(130, 100 + 48 * k, label, 22, "sans_bold")
        s.text(300, 100 + 48 * k, value, 22, "sans")
    lines = ["Dear Xu Ming,", "", "Further to your interviews, we are delighted to offer you the position of Robotics Software Engineer",
             "with Brightwater Robotics Limited on the following terms:", "",
             "  - Start date: 1 March 2027", "  - Contract: 24 months, renewable", "  - Salary: HKD 62k per month, paid monthly in arrears",
             "  - Housing: no housing allowance is provided", "  - Leave: 14 days a year", "",
             "Please sign and return the attached copy by 4 December 2026.", "", "Best regards,", "", "Grace Lam",
             "Head of Talent, Brightwater Robotics Limited"]
    y = 360
    for line in lines:
        s.text(130, y, line, 22, "sans")
        y += 40
    return scanned_png(s, "emailk"), {"employer_name": "Brightwater Robotics Limited", "employee_name": "XU MING",
                                "position": "Robotics Software Engineer", "start_date": "2027-03-01", "term_months": 24,
                                "monthly_salary_hkd": 62000.0, "housing_allowance_hkd": 0.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-taiwan.png", degree_taiwan_traditional, "degree_certificate", "taiwan-traditional"),
              ("degree-comma-name.png", degree_translation_comma_name, "degree_certificate", "translation-comma-name"),
              ("graduation-postgraduate.png", graduation_postgraduate, "graduation_certificate", "postgraduate"),
              ("offer-email-k.png", contract_offer_email_k, "employment_contract", "email-k-suffix")]
    return write_drawn(folder, papers)
