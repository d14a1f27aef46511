"""A six-hundred-and-nineteenth drawn set, of contracts and a consent, drawn in stop 86's fifth round to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: a 僱傭合約 in traditional Chinese set out as a ruled table whose term is in
Han numerals (合約期 | 兩年) and whose pay is in Han capitals alone (港幣肆萬貳仟元正); an English contract whose term runs 'for a period of
eighteen (18) months from the Commencement Date, being 1 February 2027' and whose pay is per calendar month with the sum in words in
brackets; a consent that keeps a teacher's post for her (同意我院教师…赴香港…从事博士后研究工作，期间保留其人事关系). Each is a case of
its own (`scripts/bench_drawn_forms.py --set sixhundrednineteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def hant_table_han_pay() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "僱傭合約", 48, "serif_cjk")
    y = _ruled(s, 140, 220, [["僱主", "恒彩印刷包裝有限公司"], ["僱員", "鄧梓晴"], ["職位", "印前製作主管"], ["起薪日期", "二〇二七年一月四日"],
                             ["合約期", "兩年"], ["月薪", "港幣肆萬貳仟元正"], ["工作地點", "香港柴灣"]], [320, 1060], 80, 28)
    y = text_lines(s, 140, y + 60, ["雙方同意按上列條款訂立本合約。", "", "僱主代表簽署：　　　　　　　　　僱員簽署：", "",
                                    "日期：二〇二六年十一月十九日"], 26, "serif_cjk", 54)
    _chop(s, 420, y + 150, "恒彩印刷包裝有限公司")
    return scanned_png(s, "hanpay"), {"employer_name": "恒彩印刷包裝有限公司", "employee_name": "鄧梓晴", "position": "印前製作主管",
                                      "start_date": "2027-01-04", "term_months": 24, "monthly_salary_hkd": 42000.0}


def months_from_commencement() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "CONTRACT OF EMPLOYMENT", 36, "serif_bold")
    text_lines(s, 140, 200, ["Parties: Tidegate Aviation Services Limited (the \"Employer\") and SHI Mengyao (the \"Employee\").", "",
                             "1. Position. The Employee is employed as Flight Operations Analyst.",
                             "2. Term of Employment. This contract shall be for a period of eighteen (18) months from the",
                             "    Commencement Date, being 1 February 2027.",
                             "3. Remuneration. HK$39,600 (Hong Kong Dollars Thirty-nine Thousand Six Hundred) per calendar month,",
                             "    paid on the last working day of each month.",
                             "4. Hours. Forty-four hours a week, Monday to Saturday.", "",
                             "Signed for the Employer: ______________            Signed by the Employee: ______________"], 24, "serif", 46)
    return scanned_png(s, "fromcommencement"), {"employer_name": "Tidegate Aviation Services Limited", "employee_name": ("SHI Mengyao", "SHI MENGYAO"),
                                                "position": "Flight Operations Analyst", "start_date": "2027-02-01", "term_months": 18,
                                                "monthly_salary_hkd": 39600.0}


def keeps_her_post() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "湘南师范学院", 44, "serif_cjk")
    s.text(700, 190, "证　明", 40, "serif_cjk")
    y = text_lines(s, 180, 300, ["　　经研究，同意我院教师焦一鸣（女，1992年10月生）赴香港岭东大学从事博士后研究工作，", "期间保留其人事关系。",
                                 "　　特此证明。"], 28, "serif_cjk", 62)
    text_lines(s, 960, y + 110, ["湘南师范学院人事处", "2026年11月16日"], 28, "serif_cjk", 56)
    _chop(s, 600, y + 200, "湘南师范学院")
    return scanned_png(s, "keepspost"), {"organisation": ("湘南师范学院", "湘南师范学院人事处"), "applicant_name": "焦一鸣", "date": "2026-11-16",
                                         "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-hant-han-pay.png", hant_table_han_pay, "employment_contract", "hant-han-pay"),
              ("contract-from-commencement.png", months_from_commencement, "employment_contract", "from-commencement"),
              ("consent-keeps-post.png", keeps_her_post, "consent_letter", "keeps-post")]
    return write_drawn(folder, papers)
