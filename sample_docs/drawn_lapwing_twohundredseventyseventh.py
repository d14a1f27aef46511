"""A two-hundred-and-seventy-seventh drawn set, of contracts, employer forms and a BR certificate in wording and layouts
no earlier set drew: a simplified Chinese labour contract of numbered articles (甲方（用人单位）, 乙方（劳动者）, a fixed term
from … to …, 担任…岗位, 每月工资为港币…元); an English contract paying a yearly salary in twelve monthly instalments, a
permanent appointment; an offer letter with a weekday before its start date, 'a monthly base of HKD …' and 'an initial
contract of 2 years'; ID 990B as numbered questions with their answers; a BR certificate whose labels are above their
values, Chinese first. Each is a case of its own (`scripts/bench_drawn_forms.py --set twohundredseventyseventh`). Every
name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def labour_contract() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "劳动合同书", 44, "serif_cjk")
    text_lines(s, 160, 230, ["甲方（用人单位）：澄湾智能家居（香港）有限公司", "乙方（劳动者）：叶嘉明", "",
                             "第一条　合同期限", "本合同为固定期限劳动合同，期限自2027年3月1日起至2030年2月28日止。", "",
                             "第二条　工作内容", "乙方同意在甲方担任产品经理岗位。", "",
                             "第三条　劳动报酬", "乙方每月工资为港币48,000元，于每月最后一个工作日发放。", "", "甲乙双方于2026年11月30日签订本合同。"],
               28, "serif_cjk", 56)
    return scanned_png(s, "labour"), {"employer_name": "澄湾智能家居（香港）有限公司", "employee_name": "叶嘉明", "position": "产品经理",
                                      "start_date": "2027-03-01", "term_months": 36, "monthly_salary_hkd": 48000.0}


def yearly_in_instalments() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 100, "CONTRACT OF EMPLOYMENT", 32, "serif_bold")
    text_lines(s, 140, 190, ["This contract is made between Stonecutters Legal Services Limited (the Company) and Ms. TAN Wen (you).", "",
                             "1.  You are appointed Senior Legal Counsel from 1 April 2027. This is a permanent appointment.",
                             "2.  Your salary is HK$720,000 per annum, payable in twelve equal monthly instalments.",
                             "3.  Either party may end this contract by giving three months' notice in writing.", "",
                             "Signed 28 November 2026"], 24, "serif", 48)
    return scanned_png(s, "instalments"), {"employer_name": "Stonecutters Legal Services Limited", "employee_name": "TAN Wen",
                                           "position": "Senior Legal Counsel", "start_date": "2027-04-01", "monthly_salary_hkd": 60000.0}


def offer_weekday() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Kowloon Bay Robotics Limited", 30, "sans_bold")
    text_lines(s, 140, 190, ["2 December 2026", "", "Mr. MA Tianyu", "", "Dear Tianyu,", "",
                             "We are delighted to offer you the role of Controls Engineer. Your start date will be Monday, 7 June 2027,",
                             "on a monthly base of HKD 39,500 and an initial contract of 2 years.", "", "Kind regards,", "Kowloon Bay Robotics Limited"],
               24, "sans", 44)
    return scanned_png(s, "weekday"), {"employer_name": "Kowloon Bay Robotics Limited", "employee_name": "MA Tianyu", "position": "Controls Engineer",
                                       "start_date": "2027-06-07", "term_months": 24, "monthly_salary_hkd": 39500.0}


def numbered_questions() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990B", 28, "sans_bold")
    text_lines(s, 140, 160, ["1.  What is the name of the employer?", "     Lantau Peak Hotel Management Limited", "",
                             "2.  What is its business registration number?", "     62917430", "",
                             "3.  Whom do you wish to employ?", "     LUO Jiayi", "", "4.  In what post?", "     Revenue Manager", "",
                             "5.  At what monthly salary?", "     HK$36,000", "", "6.  Is the post on the Talent List?", "     No"], 24, "sans", 44)
    return scanned_png(s, "questions"), {"employer_name": "Lantau Peak Hotel Management Limited", "br_number": "62917430", "applicant_name": "LUO Jiayi",
                                         "position": "Revenue Manager", "monthly_salary_hkd": 36000.0, "talent_list": False}


def labels_above() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 140, "BUSINESS REGISTRATION CERTIFICATE", 40, "serif_bold")
    s.text(640, 200, "商業登記證", 40, "serif_cjk")
    y = 320
    for label, value in [("業務名稱 Name of Business", "HARBOUR LIGHT OPTICS LIMITED"), ("業務地址 Business Address", "SHOP 12, G/F, 88 NATHAN ROAD, TSIM SHA TSUI"),
                         ("業務性質 Nature of Business", "OPTICAL SHOP"), ("法律地位 Status", "CORP"), ("開業日期 Date of Commencement", "05/01/2015"),
                         ("屆滿日期 Date of Expiry", "04/01/2027"), ("登記證號碼 Certificate No.", "58302716-000-01-26-3")]:
        s.text(140, y, label, 22, "sans_cjk")
        s.text(160, y + 36, value, 28, "mono")
        y += 100
    return scanned_png(s, "labelsabove"), {"business_name": "HARBOUR LIGHT OPTICS LIMITED", "br_number": "58302716",
                                           "address": "SHOP 12, G/F, 88 NATHAN ROAD, TSIM SHA TSUI", "nature_of_business": "OPTICAL SHOP",
                                           "commencement_date": "2015-01-05", "expiry_date": "2027-01-04"}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-labour.png", labour_contract, "employment_contract", "labour-contract"),
              ("contract-instalments.png", yearly_in_instalments, "employment_contract", "yearly-in-instalments"),
              ("contract-offer-weekday.png", offer_weekday, "employment_contract", "offer-weekday"),
              ("id990b-questions.png", numbered_questions, "employer_form", "numbered-questions"),
              ("br-labels-above.png", labels_above, "br_certificate", "labels-above")]
    return write_drawn(folder, papers)
