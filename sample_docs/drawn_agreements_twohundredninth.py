"""A two-hundred-and-ninth drawn set, a test set of four employment contracts and two consents in wording no set used,
drawn after the plans', work letters' and accounts' readers were mended this stop (the contracts' and consents' readers
were last mended for the hundred-and-ninety-eighth and the hundred-and-eighty-third). A contract whose salary is a year's
'annual base salary of HK$540,000, payable in twelve equal instalments'; a traditional Chinese 僱傭合約 whose salary is
written in Chinese numerals (港幣肆萬貳仟元正); an offer's bullets under new labels ('Job title', 'Reporting date',
'Remuneration package', 'Contract length'); a contract whose pay is in its schedule's table; an English letter that is
'agreeable to' its employee's taking a post in Hong Kong; a Chinese opinion that 'has no objection' (无异议) under its
chop. Each is a case of its own, read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set twohundredninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def annual_salary() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 90, "SERVICE AGREEMENT", 34, "serif_bold")
    text_lines(s, 140, 180, ["This agreement is made between Ridgeway Quant Research Limited (the \"Company\") and",
                             "Ms. CAO Yixuan (the \"Executive\").", "",
                             "1. The Executive shall serve as Principal Data Scientist. The employment shall begin on",
                             "2 January 2027 for a fixed term of eighteen (18) months.",
                             "2. The Executive shall receive an annual base salary of HK$540,000, payable in twelve equal",
                             "instalments at the end of each month."], 22, "serif", 42)
    return scanned_png(s, "annual"), {"employer_name": "Ridgeway Quant Research Limited", "employee_name": "CAO YIXUAN",
                                "position": "Principal Data Scientist", "start_date": "2027-01-02", "term_months": 18,
                                "monthly_salary_hkd": 45000.0}


def traditional_numerals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 100, "僱傭合約", 46, "serif_cjk")
    text_lines(s, 140, 220, ["僱主：Silverpine Surveying Limited", "僱員：龐家豪", "職位：高級測量師", "生效日期：2027年3月15日",
                             "合約期：兩年", "月薪：港幣肆萬貳仟元正"], 30, "serif_cjk", 62)
    return scanned_png(s, "numerals"), {"employer_name": "Silverpine Surveying Limited", "employee_name": "龐家豪", "position": "高級測量師",
                                  "start_date": "2027-03-15", "term_months": 24, "monthly_salary_hkd": 42000.0}


def offer_bullets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Kestrel Bay Biologics Limited", 30, "sans_bold")
    text_lines(s, 140, 180, ["Dear Mr. TONG Haoyu,", "", "We are pleased to confirm our offer on these terms:", "",
                             "- Job title: Process Development Scientist", "- Reporting date: 6 April 2027",
                             "- Remuneration package: HK$62,500 per month plus discretionary bonus", "- Contract length: 36 months",
                             "", "Kestrel Bay Biologics Limited"], 22, "sans", 44)
    return scanned_png(s, "bullets"), {"employer_name": "Kestrel Bay Biologics Limited", "employee_name": "TONG HAOYU",
                                 "position": "Process Development Scientist", "start_date": "2027-04-06", "term_months": 36,
                                 "monthly_salary_hkd": 62500.0}


def schedule_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 90, "EMPLOYMENT CONTRACT", 34, "serif_bold")
    text_lines(s, 140, 170, ["Employer: Harbourgate Marine Insurance Brokers Limited", "Employee: Ms. LIANG Shiyun",
                             "Position: Marine Claims Adjuster", "Commencement: 17 May 2027", "Duration: two years",
                             "Remuneration: as set out in Schedule 1."], 22, "serif", 44)
    s.text(140, 480, "Schedule 1 - Remuneration", 24, "serif_bold")
    _ruled(s, 140, 530, [["Item", "Amount"], ["Basic monthly salary", "HK$31,200"], ["Accommodation allowance", "HK$6,000 per month"]],
           [500, 500], 62, 22)
    return scanned_png(s, "schedule"), {"employer_name": "Harbourgate Marine Insurance Brokers Limited", "employee_name": "LIANG SHIYUN",
                                  "position": "Marine Claims Adjuster", "start_date": "2027-05-17", "term_months": 24,
                                  "monthly_salary_hkd": 31200.0, "housing_allowance_hkd": 6000.0}


def agreeable_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Zhuhai Hengqin Marine Sensors Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 200, ["17 November 2026", "", "To: Immigration Department, HKSAR", "",
                             "We are agreeable to our employee, Mr. YIN Zhaoqi, accepting a position with Pacific Rim Hydrographics",
                             "Limited in Hong Kong, and will keep his post open for him until his return.", "", "",
                             "Human Resources Department"], 22, "serif", 42)
    return scanned_png(s, "agreeable"), {"organisation": "Zhuhai Hengqin Marine Sensors Co., Ltd.", "applicant_name": "YIN ZHAOQI",
                                   "date": "2026-11-17", "seal_present": False}


def no_objection_opinion() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 130, "关于蒋明轩同志赴港就业的意见", 40, "serif_cjk")
    y = _paragraph(s, 140, 280, "　　蒋明轩同志系我公司技术部工程师。经公司研究，对蒋明轩同志赴香港就业无异议。", 34, 28, 56)
    s.text(900, y + 140, "绍兴越城电子元件有限公司", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月21日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "绍兴越城电子元件有限公司")
    return scanned_png(s, "noobjection"), {"organisation": "绍兴越城电子元件有限公司", "applicant_name": "蒋明轩", "date": "2026-11-21",
                                     "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-annual.png", annual_salary, "employment_contract", "annual-salary"),
              ("contract-numerals.png", traditional_numerals, "employment_contract", "traditional-numerals"),
              ("contract-bullets.png", offer_bullets, "employment_contract", "offer-bullets"),
              ("contract-schedule.png", schedule_table, "employment_contract", "schedule-table"),
              ("consent-agreeable.png", agreeable_letter, "consent_letter", "agreeable-letter"),
              ("consent-no-objection.png", no_objection_opinion, "consent_letter", "no-objection-opinion")]
    return write_drawn(folder, papers)
