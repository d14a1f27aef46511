"""A sixty-second drawn set, drawn after the sixty-first was read: contracts and consents in five layouts no set drew.
A contract in two columns on one page, English on the left and traditional Chinese on the right; an offer whose pay
stands in a table of its parts with their monthly total; a contract in traditional Chinese whose sums are in
capital numerals with the figures after them and whose term is a period from one date to another; a university's
'Letter of Release' in English, its chop over the signature; a short 证明 whose date stands at its top right in
dotted figures. Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set sixtysecond`). Every name and number is made up."""
from __future__ import annotations

import textwrap
from pathlib import Path

from .drawn_forms import Sheet, write_sheets
from .drawn_papers_eighth import _chop


def _column(s: Sheet, x: int, y: int, paragraphs: list[str], width: int, size: int, font: str, leading: int) -> None:
    for para in paragraphs:
        if font.endswith("cjk"):
            for k in range(0, len(para), width):
                s.text(x, y, para[k:k + width], size, font)
                y += leading
        else:
            for part in textwrap.wrap(para, width):
                s.text(x, y, part, size, font)
                y += leading
        y += leading // 2


def contract_two_columns() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(360, 120, "EMPLOYMENT CONTRACT  僱傭合約", 40, "serif_bold")
    s.d.line([827, 220, 827, 1900], fill=(150, 150, 150), width=2)
    en = ["Employer: Cinderpeak Energy Storage Limited", "Employee: MA Qiaoyun", "Position: Battery Systems Engineer",
          "Commencement: 1 March 2027", "Duration: 3 years from the commencement date",
          "Monthly salary: HK$53,200", "Housing allowance: nil",
          "The Employee shall devote her full working time to the business of the Employer."]
    zh = ["僱主：燼峰儲能有限公司", "僱員：馬巧雲", "職位：電池系統工程師", "入職日期：2027年3月1日", "合約期：由入職日期起計三年",
          "月薪：港幣53,200元", "房屋津貼：無", "僱員須將全部工作時間投入僱主業務。"]
    _column(s, 100, 260, en, 40, 26, "serif", 40)
    _column(s, 870, 260, zh, 20, 28, "serif_cjk", 44)
    return s, {"employer_name": ("Cinderpeak Energy Storage Limited", "燼峰儲能有限公司"), "employee_name": ("MA QIAOYUN", "馬巧雲"),
               "position": ("Battery Systems Engineer", "電池系統工程師"), "start_date": "2027-03-01", "term_months": 36,
               "monthly_salary_hkd": 53200.0, "housing_allowance_hkd": 0.0}


def offer_pay_table() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(120, 120, "SABLEWOOD LOGISTICS TECHNOLOGY LIMITED", 34, "sans_bold")
    s.text(120, 230, "12 November 2026", 26)
    s.text(120, 300, "Mr. Dong Kaiwen", 26)
    s.text(120, 400, "Letter of Offer", 32, "sans_bold")
    s.wrapped(120, 470, "Dear Mr. Dong, we are pleased to offer you employment as Supply Chain Data Analyst with Sablewood "
              "Logistics Technology Limited from 18 January 2027, on a two-year contract, with the remuneration below.", 88, 26,
              leading=38)
    rows = [("Item", "HK$ per month"), ("Basic salary", "38,600"), ("Housing allowance", "6,000"), ("Transport allowance", "800"),
            ("Total monthly remuneration", "45,400")]
    y = 680
    for k, (item, amount) in enumerate(rows):
        s.d.rectangle([120, y, 900, y + 64], outline="black", width=2)
        s.d.rectangle([900, y, 1300, y + 64], outline="black", width=2)
        s.text(140, y + 16, item, 26, "sans_bold" if k in (0, 4) else "sans")
        s.text(1270 - 15 * len(amount), y + 16, amount, 26, "sans_bold" if k in (0, 4) else "sans")
        y += 64
    s.wrapped(120, y + 60, "Please sign below to accept this offer.", 88, 26)
    s.text(120, y + 200, "Accepted by: ____________  DONG Kaiwen", 26)
    return s, {"employer_name": "Sablewood Logistics Technology Limited", "employee_name": "DONG KAIWEN",
               "position": "Supply Chain Data Analyst", "start_date": "2027-01-18", "term_months": 24,
               "monthly_salary_hkd": 38600.0, "housing_allowance_hkd": 6000.0}


def contract_hant_capitals() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(620, 120, "聘 用 合 約", 56, "serif_cjk")
    paras = ["甲方（僱主）：瀚潮醫療器械有限公司", "乙方（僱員）：蘇嘉禾",
             "第一條　甲方聘用乙方擔任臨床數據經理一職。",
             "第二條　合約期由二〇二七年二月一日起至二〇二九年一月三十一日止。",
             "第三條　乙方每月基本工資為港幣肆萬捌仟伍佰元整（HK$48,500），於每月最後一個工作天支付。",
             "第四條　甲方不另提供房屋津貼。",
             "第五條　任何一方可給予對方一個月書面通知終止本合約。"]
    _column(s, 150, 260, paras, 24, 32, "serif_cjk", 56)
    s.text(150, 1200, "甲方蓋章：　　　　　　乙方簽署：", 32, "serif_cjk")
    s.text(150, 1280, "簽訂日期：二〇二六年十一月十六日", 32, "serif_cjk")
    return s, {"employer_name": "瀚潮醫療器械有限公司", "employee_name": "蘇嘉禾", "position": "臨床數據經理",
               "start_date": "2027-02-01", "term_months": 24, "monthly_salary_hkd": 48500.0, "housing_allowance_hkd": 0.0}


def letter_of_release() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(120, 120, "SOUTH LAKE UNIVERSITY OF SCIENCE AND TECHNOLOGY", 32, "serif_bold")
    s.text(120, 170, "南湖科技大学", 30, "serif_cjk")
    s.text(120, 210, "Office of Human Resources, 88 Nanhu Avenue, Wuhan, Hubei, PRC", 22, "serif")
    s.text(1200, 300, "2 November 2026", 26, "serif")
    s.text(620, 400, "LETTER OF RELEASE", 36, "serif_bold")
    s.wrapped(120, 500, "To whom it may concern:", 90, 26, "serif")
    s.wrapped(120, 570, "This is to confirm that Dr. XU Mingyang (holder of PRC passport No. EK4410927), Associate Professor in "
              "our School of Materials Science, has been employed by the University since September 2019. The University has "
              "no objection to Dr. XU taking up employment in the Hong Kong Special Administrative Region and will release him "
              "from his present post accordingly.", 88, 26, "serif", leading=38)
    s.text(120, 900, "Yours faithfully,", 26, "serif")
    s.text(120, 1050, "Professor Hu Lan", 26, "serif")
    s.text(120, 1090, "Director, Office of Human Resources", 26, "serif")
    _chop(s, 380, 1000, "南湖科技大学")
    return s, {"organisation": ("South Lake University of Science and Technology", "南湖科技大学"),
               "applicant_name": "XU MINGYANG", "date": "2026-11-02", "seal_present": True}


def short_certificate_dated_top() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(1250, 150, "2026.11.09", 30, "serif")
    s.text(720, 260, "证  明", 56, "serif_cjk")
    _column(s, 150, 400, ["兹有我公司员工武思齐（身份证号码：4201061992********）拟赴香港特别行政区工作，我公司同意其前往，"
                          "并为其保留劳动关系至其在港工作开始之日。", "特此证明。"], 26, 34, "serif_cjk", 62)
    s.text(900, 900, "湖北楚源新能源科技有限公司", 34, "serif_cjk")
    _chop(s, 1120, 880, "湖北楚源新能源科技有限公司")
    return s, {"organisation": "湖北楚源新能源科技有限公司", "applicant_name": "武思齐", "date": "2026-11-09", "seal_present": True}


LAYOUTS = {("employment_contract", "two-columns"): contract_two_columns, ("employment_contract", "pay-table"): offer_pay_table,
           ("employment_contract", "hant-capitals"): contract_hant_capitals, ("consent_letter", "letter-of-release"): letter_of_release,
           ("consent_letter", "dated-top"): short_certificate_dated_top}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS)
