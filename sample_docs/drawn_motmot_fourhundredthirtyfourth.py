"""A four-hundred-and-thirty-fourth drawn set, of a report, a BR certificate, a statement and a contract, in wording and
layouts no earlier set drew: a report as a list whose every label is bilingual ('Name 姓名：'); a BR certificate in
English only, each label over its value in one column; a statement in English whose year's profit is 'attributable to
owners of the Company' under a profit before tax, its equity 'TOTAL EQUITY' in capitals after the net assets; a
Chinese labour contract between 甲方 and 乙方 whose term runs 自…起至…止 and whose pay is 每月港币…元. Each is a case of
its own (`scripts/bench_drawn_forms.py --set fourhundredthirtyfourth`). Every name and number is made up; 19323 is
no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph


def report_bilingual_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(360, 100, "教育部学历证书电子注册备案表", 40, "serif_cjk")
    s.text(420, 160, "Online Verification Report of Higher Education Qualification", 22, "serif")
    text_lines(s, 200, 260, ["Name 姓名：戴梓萱", "Gender 性别：女", "Date of Birth 出生日期：1997年3月2日",
                             "Institution 院校：皖江师范学院", "Level 层次：本科", "Major 专业：汉语言文学",
                             "Graduation Date 毕业日期：2019年6月20日", "Certificate No. 证书编号：193231201906000455",
                             "Verification Code 在线验证码：Q7LD2MX9RB4WKT6C"], 28, "sans_cjk", 64)
    return scanned_png(s, "bilabels"), {"holder_name": "戴梓萱", "sex": "F", "date_of_birth": "1997-03-02", "institution": "皖江师范学院",
                                        "major": "汉语言文学", "level": ("本科",), "graduation_date": "2019-06-20",
                                        "certificate_number": "193231201906000455", "verification_code": "Q7LD2MX9RB4WKT6C"}


def br_labels_over_values() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "BUSINESS REGISTRATION CERTIFICATE", 34, "serif_bold")
    y = 220
    for label, value in [("Certificate No.", "68124039-000-09-26-3"), ("Name of Business", "HARBOURVIEW MARINE SURVEYORS LIMITED"),
                         ("Business Address", "FLAT 12B, 12/F, HARBOUR CENTRE, 25 HARBOUR ROAD, WAN CHAI"),
                         ("Nature of Business", "MARINE SURVEY AND CONSULTANCY"), ("Date of Commencement", "03-SEP-2026"),
                         ("Date of Expiry", "02-SEP-2027")]:
        s.text(200, y, label, 20, "serif", (70, 70, 70))
        s.text(200, y + 34, value, 28, "mono")
        y += 108
    return scanned_png(s, "over"), {"business_name": "HARBOURVIEW MARINE SURVEYORS LIMITED", "br_number": "68124039",
                                    "address": "FLAT 12B, 12/F, HARBOUR CENTRE, 25 HARBOUR ROAD, WAN CHAI",
                                    "nature_of_business": "MARINE SURVEY AND CONSULTANCY", "commencement_date": "2026-09-03",
                                    "expiry_date": "2027-09-02"}


def attributable_to_owners() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "NORTHPOINT LABORATORY SUPPLIES LIMITED", 32, "serif_bold")
    s.text(380, 160, "Consolidated statement of profit or loss for the year ended 31 December 2025", 24, "serif")
    _rows(s, 240, [("", "2025 HK$", "2024 HK$")])
    y = _rows(s, 300, [("Revenue from contracts with customers", "7,215,400", "6,380,100"), ("Cost of sales", "(4,902,700)", "(4,417,600)"),
                       ("Profit before taxation", "1,046,300", "812,900"), ("Taxation", "(172,600)", "(134,100)"),
                       ("Profit for the year attributable to owners of the Company", "873,700", "678,800")])
    _rows(s, y + 60, [("Net assets", "5,618,200", "4,744,500"), ("TOTAL EQUITY", "5,618,200", "4,744,500")])
    return scanned_png(s, "owners"), {"company_name": "NORTHPOINT LABORATORY SUPPLIES LIMITED", "period_end": "2025-12-31",
                                      "revenue": 7215400.0, "profit": 873700.0, "total_equity": 5618200.0}


def labour_contract_parties() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 100, "劳动合同", 44, "serif_cjk")
    text_lines(s, 140, 200, ["甲方（用人单位）：香港澄明数据科技有限公司", "乙方（劳动者）：董浩然"], 28, "serif_cjk", 56)
    y = _paragraph(s, 140, 360, "　　第一条　甲方聘用乙方担任数据工程主管一职。本合同期限自2027年1月4日起至2029年1月3日止。", 29, 28, 58)
    y = _paragraph(s, 140, y + 10, "　　第二条　甲方每月向乙方支付工资港币肆万伍仟元整（HK$45,000），于每月最后一个工作日发放。", 26, 28, 58)
    text_lines(s, 140, y + 80, ["甲方（盖章）：", "乙方（签名）：", "签订日期：2026年11月26日"], 28, "serif_cjk", 56)
    return scanned_png(s, "parties"), {"employer_name": "香港澄明数据科技有限公司", "employee_name": "董浩然", "position": "数据工程主管",
                                       "start_date": "2027-01-04", "term_months": 24, "monthly_salary_hkd": 45000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-bilingual-labels.png", report_bilingual_labels, "qualification_report", "bilingual-labels"),
              ("br-labels-over-values.png", br_labels_over_values, "br_certificate", "labels-over-values"),
              ("statement-attributable-to-owners.png", attributable_to_owners, "financial_statement", "attributable-to-owners"),
              ("contract-labour-parties.png", labour_contract_parties, "employment_contract", "labour-parties")]
    return write_drawn(folder, papers)
