"""A four-hundred-and-ninety-first drawn set, of a contract, a BR certificate and a work letter, drawn after stop 82's last
reader change, to be read cold, in wording and layouts no earlier set drew: a traditional-script contract in rows (僱主：…;
生效日期：…; 合約期：兩年; 月薪：港幣伍萬貳仟元正); a BR certificate's reprint with its particulars after colons on their lines
('Business Name:', 'BR No.:'); a letter naming the staff number before the stay ('Mr. …, Staff No. 20113, was employed by
us as … from … to …'). Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredninetyfirst`). Every name
and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def traditional_rows_contract() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 110, "僱傭合約", 44, "serif_cjk")
    text_lines(s, 160, 230, ["僱主：荃灣興隆機電工程有限公司", "僱員：葉思穎", "職位：機電項目工程師", "生效日期：2027年5月1日", "合約期：兩年",
                             "月薪：港幣伍萬貳仟元正", "", "僱主簽署：　　　　　　僱員簽署：", "日期：2026年11月30日"], 28, "serif_cjk", 60)
    return scanned_png(s, "tradrows"), {"employer_name": "荃灣興隆機電工程有限公司", "employee_name": "葉思穎", "position": "機電項目工程師",
                                        "start_date": "2027-05-01", "term_months": 24, "monthly_salary_hkd": 52000.0}


def br_reprint_colons() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "BUSINESS REGISTRATION CERTIFICATE (REPRINT)", 30, "serif_bold")
    text_lines(s, 160, 220, ["Business Name: SILVERMINE DATA LABS LIMITED", "BR No.: 70315826-000-11-26-3",
                             "Address: FLAT B, 16/F, 28 SHAN MEI STREET, FO TAN, SHATIN", "Nature: SOFTWARE DEVELOPMENT",
                             "Commencement: 21/11/2019", "Expiry: 20/11/2027", "",
                             "This reprint is issued under the Business Registration Ordinance."], 24, "serif", 52)
    return scanned_png(s, "reprint"), {"business_name": "SILVERMINE DATA LABS LIMITED", "br_number": "70315826",
                                       "address": "FLAT B, 16/F, 28 SHAN MEI STREET, FO TAN, SHATIN", "nature_of_business": "SOFTWARE DEVELOPMENT",
                                       "commencement_date": "2019-11-21", "expiry_date": "2027-11-20"}


def staff_number_first() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Baotou Grassland Mining Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["4 November 2026", "", "Confirmation of Employment", "",
                             "Mr. BAO Tiemu, Staff No. 20113, was employed by us as Senior Geologist from 1 November 2011 to",
                             "31 March 2018.", "", "Yours faithfully,", "", "Personnel Section"], 24, "serif", 44)
    return scanned_png(s, "staffno"), {"employer": "Baotou Grassland Mining Co., Ltd.", "position": "Senior Geologist",
                                       "start_date": "2011-11-01", "end_date": "2018-03-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-traditional-rows.png", traditional_rows_contract, "employment_contract", "traditional-rows"),
              ("br-reprint-colons.png", br_reprint_colons, "br_certificate", "reprint-colons"),
              ("work-staff-number-first.png", staff_number_first, "work_experience_letter", "staff-number-first")]
    return write_drawn(folder, papers)
