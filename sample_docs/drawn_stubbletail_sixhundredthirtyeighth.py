"""A six-hundred-and-thirty-eighth drawn set, of an employer's form, a plan and a BR certificate, stop 87's third round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: an ID 990B whose BR number and salary are written by hand in
letter boxes and whose Talent List answer is 'Yes / No (delete as appropriate)' with 'Yes' struck through; a plan whose money is a
funding table (founders' equity, a bank loan, a total) with its first-year sales said 'roughly HK$1.6m'; a BR certificate whose dates are
written 03-MAR-2026 with a branch's name line. Each is a case of its own (`scripts/bench_drawn_forms.py --set sixhundredthirtyeighth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def struck_through() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990B", 28, "sans_bold")
    s.text(140, 120, "Part B  Information on the employer and the post", 30, "sans_bold")
    text_lines(s, 140, 210, ["Name of employer: Silvermoor Engineering Services Limited"], 26, "sans", 56)
    s.text(140, 300, "Business registration number:", 26, "sans")
    s.boxes(560, 290, "65518034", 8)
    text_lines(s, 140, 380, ["Name of applicant: GAO XINYI", "Post: Structural Design Engineer"], 26, "sans", 56)
    s.text(140, 510, "Monthly salary (HK$):", 26, "sans")
    s.boxes(560, 500, "48000", 6)
    y = 600
    s.text(140, y, "Is the post on the Talent List?", 26, "sans")
    x = s.text(600, y, "Yes", 26, "sans")
    s.d.line([595, y + 16, x + 6, y + 16], fill=(20, 30, 120), width=4)  # struck through by the employer's pen
    s.text(x + 12, y, "/ No   (delete as appropriate)", 26, "sans")
    return scanned_png(s, "struck"), {"employer_name": "Silvermoor Engineering Services Limited", "br_number": "65518034", "applicant_name": "GAO XINYI",
                                      "position": "Structural Design Engineer", "monthly_salary_hkd": 48000.0, "talent_list": False}


def funding_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Pebblecove Surf School Limited", 34, "serif_bold")
    s.text(140, 160, "Business plan 2027", 28, "serif")
    y = text_lines(s, 140, 240, ["We teach surfing and stand-up paddling at Big Wave Bay and Shek O from April to November.", "",
                                 "How the business is funded"], 24, "serif", 46)
    y = _ruled(s, 140, y + 20, [["Source", "Amount (HK$)"], ["Founders' equity", "800,000"], ["Bank loan (5 years)", "300,000"],
                                ["Total", "1,100,000"]], [500, 320], 60, 24)
    text_lines(s, 140, y + 40, ["We expect first-year sales of roughly HK$1.6m, rising to HK$2.3m in year two.",
                                "Hong Kong headcount at the end of year 1: 4 instructors and 1 office manager (5 in all)."], 24, "serif", 46)
    return scanned_png(s, "funding"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 1600000.0, "local_jobs": 5}


def month_letters() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "BUSINESS REGISTRATION CERTIFICATE", 34, "serif_bold")
    s.text(640, 160, "商業登記證", 34, "serif_cjk")
    text_lines(s, 160, 280, ["Business Name          CINDERHILL VINTAGE WATCHES LIMITED", "Branch Name            TSIM SHA TSUI SHOP",
                             "Business Address       SHOP 14, 1/F, 36 CAMERON ROAD, TSIM SHA TSUI, KOWLOON",
                             "Nature                 WATCH RETAIL", "Status                 BODY CORPORATE",
                             "Commencement Date      03-MAR-2026", "Expiry Date            02-MAR-2027",
                             "Certificate No.        74408812-001-03-26-5"], 24, "mono", 56)
    return scanned_png(s, "monthletters"), {"business_name": "CINDERHILL VINTAGE WATCHES LIMITED", "br_number": "74408812",
                                            "address": "SHOP 14, 1/F, 36 CAMERON ROAD, TSIM SHA TSUI, KOWLOON", "nature_of_business": "WATCH RETAIL",
                                            "commencement_date": "2026-03-03", "expiry_date": "2027-03-02"}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990b-struck-through.png", struck_through, "employer_form", "struck-through"),
              ("plan-funding-table.png", funding_table, "business_plan", "funding-table"),
              ("br-month-letters.png", month_letters, "br_certificate", "month-letters")]
    return write_drawn(folder, papers)
