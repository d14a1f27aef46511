"""A two-hundred-and-forty-second drawn set, a test set of an employment contract, a BR certificate, a degree
certificate, a consent letter and a business plan, in wording and layouts no earlier set drew: a traditional Chinese
contract of parties and terms (甲方（僱主）, 乙方（僱員）, 合約期：由…起，為期兩年); a BR certificate whose bilingual labels
stand over their values; an English degree whose number heads the page ('No. …'), 'having studied … majoring in …'; a
simplified Chinese consent naming the post applied for (兹同意我单位职工…应聘…职位); a traditional Chinese plan in one
sentence of three clauses with Chinese numerals (港幣一百二十萬元, 本地全職員工六名). Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredfortysecond`). Every name and number is made up; 19809 is no real
institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def traditional_parties_contract() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "僱傭合約", 44, "serif_cjk")
    text_lines(s, 160, 230, ["甲方（僱主）：翠峰醫療科技有限公司", "乙方（僱員）：龐曉彤", "職位：臨床研究經理",
                             "合約期：由2027年3月1日起，為期兩年", "月薪：港幣38,000元", "工作地點：香港九龍灣", "",
                             "甲方簽署：", "乙方簽署：", "日期：2026年11月28日"], 28, "serif_cjk", 60)
    return scanned_png(s, "parties"), {"employer_name": "翠峰醫療科技有限公司", "employee_name": "龐曉彤", "position": "臨床研究經理",
                                       "start_date": "2027-03-01", "term_months": 24, "monthly_salary_hkd": 38000.0}


def br_labels_over_values() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 120, "BUSINESS REGISTRATION CERTIFICATE", 38, "serif_bold")
    s.text(640, 180, "商業登記證", 38, "serif_cjk")
    y = 280
    for label, value in [("業務名稱 Name of Business", "ASHGROVE INTERIORS LIMITED"), ("業務地址 Business Address", "SHOP B, G/F, 23 TAI PO ROAD, SHAM SHUI PO"),
                         ("業務性質 Nature of Business", "INTERIOR DESIGN AND FITTING-OUT"), ("法律地位 Legal Status", "BODY CORPORATE"),
                         ("開業日期 Date of Commencement", "09/09/2025"), ("屆滿日期 Date of Expiry", "08/09/2026"),
                         ("登記證號碼 Certificate Number", "71450382-000-09-25-6")]:
        s.text(160, y, label, 22, "serif_cjk")
        s.text(160, y + 40, value, 26, "mono")
        y += 100
    return scanned_png(s, "overvalues"), {"business_name": "ASHGROVE INTERIORS LIMITED", "br_number": "71450382",
                                          "address": "SHOP B, G/F, 23 TAI PO ROAD, SHAM SHUI PO", "nature_of_business": "INTERIOR DESIGN AND FITTING-OUT",
                                          "commencement_date": "2025-09-09", "expiry_date": "2026-09-08"}


def english_degree_number_first() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1100, 100, "No. 1980942019003358", 24, "serif")
    s.text(560, 200, "Minjiang University of Commerce", 36, "serif_bold")
    s.text(600, 270, "DEGREE CERTIFICATE", 32, "serif_bold")
    s.wrapped(160, 380, "Ms. WEI Lanting, born on 8 August 1996, having studied in the four-year undergraduate programme of this "
              "University majoring in Logistics Management, has completed all the required courses and is hereby awarded the "
              "degree of Bachelor of Management.", 82, 26, "serif", leading=48)
    text_lines(s, 160, 620, ["President: HUANG Zhiyuan", "30 June 2019"], 24, "serif", 46)
    _chop(s, 1150, 600, "闽江商学院")
    return scanned_png(s, "numberfirst"), {"holder_name": "WEI Lanting", "date_of_birth": "1996-08-08", "institution": "Minjiang University of Commerce",
                                           "degree": "Bachelor of Management", "major": "Logistics Management", "date_awarded": "2019-06-30",
                                           "certificate_number": "1980942019003358"}


def consent_naming_post() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 130, "同意函", 46, "serif_cjk")
    y = _paragraph(s, 140, 260, "　　兹同意我单位职工冯思琪应聘香港翠峰医疗科技有限公司临床研究经理职位，并赴港工作。", 30, 30, 60)
    text_lines(s, 860, y + 120, ["广州南沙生物医药研究院", "2026年11月27日"], 28, "serif_cjk", 54)
    _chop(s, 1080, y + 160, "广州南沙生物医药研究院")
    return scanned_png(s, "namingpost"), {"organisation": "广州南沙生物医药研究院", "applicant_name": "冯思琪", "date": "2026-11-27",
                                          "seal_present": True}


def traditional_one_sentence_plan() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "青衣海鮮批發有限公司", 36, "serif_cjk")
    s.text(640, 180, "業務計劃撮要", 32, "serif_cjk")
    _paragraph(s, 140, 300, "　　公司資本為港幣一百二十萬元，全部由創辦人以現金注入；預計首個財政年度營業額為港幣四百五十萬元；"
                            "計劃聘請本地全職員工六名。", 30, 30, 60)
    return scanned_png(s, "onesentence"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 4500000.0, "local_jobs": 6}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-parties.png", traditional_parties_contract, "employment_contract", "traditional-parties-contract"),
              ("br-over-values.png", br_labels_over_values, "br_certificate", "br-labels-over-values"),
              ("degree-number-first.png", english_degree_number_first, "degree_certificate", "english-degree-number-first"),
              ("consent-naming-post.png", consent_naming_post, "consent_letter", "consent-naming-post"),
              ("plan-one-sentence.png", traditional_one_sentence_plan, "business_plan", "traditional-one-sentence-plan")]
    return write_drawn(folder, papers)
