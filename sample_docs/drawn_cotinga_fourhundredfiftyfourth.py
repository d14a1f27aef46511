"""A four-hundred-and-fifty-fourth drawn set, of a BR certificate, a statement and a work letter, drawn after the stop's
last reader change, to be read cold, in wording and layouts no earlier set drew: a BR certificate whose labels run to
their values on dotted leaders ('Name of Business ........ LOTUSGATE TRAVEL LIMITED'); a statement with 'Turnover', 'Net
profit after tax' and 'Shareholders' funds' for a 'Year ended 30 June 2026'; a letter of work 'from … to date'. Each is
a case of its own (`scripts/bench_drawn_forms.py --set fourhundredfiftyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def dotted_leaders() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(400, 100, "BUSINESS REGISTRATION CERTIFICATE", 34, "serif_bold")
    text_lines(s, 160, 230, ["Certificate No. ................ 70318264-000-11-26-4",
                             "Name of Business ............... LOTUSGATE TRAVEL LIMITED",
                             "Address ........................ SHOP 8, G/F, 31 PARKES STREET, JORDAN, KOWLOON",
                             "Nature of Business ............. TRAVEL AGENCY",
                             "Date of Commencement ........... 02/11/2026",
                             "Date of Expiry ................. 01/11/2027"], 24, "mono", 64)
    return scanned_png(s, "leaders"), {"business_name": "LOTUSGATE TRAVEL LIMITED", "br_number": "70318264",
                                       "address": "SHOP 8, G/F, 31 PARKES STREET, JORDAN, KOWLOON", "nature_of_business": "TRAVEL AGENCY",
                                       "commencement_date": "2026-11-02", "expiry_date": "2027-11-01"}


def turnover_shareholders_funds() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 100, "GOLDENREED FOOD TRADING LIMITED", 30, "serif_bold")
    s.text(560, 160, "Financial summary — Year ended 30 June 2026", 24, "serif")
    _rows(s, 240, [("", "2026 HK$", "2025 HK$")])
    y = _rows(s, 300, [("Turnover", "5,382,600", "4,915,300"), ("Gross profit", "1,204,800", "1,096,200"),
                       ("Net profit before tax", "486,900", "401,700"), ("Net profit after tax", "406,600", "335,400")])
    _rows(s, y + 60, [("Shareholders' funds", "2,318,400", "1,911,800")])
    return scanned_png(s, "turnover"), {"company_name": "GOLDENREED FOOD TRADING LIMITED", "period_end": "2026-06-30", "revenue": 5382600.0,
                                        "profit": 406600.0, "total_equity": 2318400.0}


def to_date() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Shantou Seaport Toys Manufacturing Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["26 November 2026", "", "To whom it may concern,", "",
                             "This is to certify that Ms. LIN Huizhen has been working with us from 16 May 2017 to date as Assistant",
                             "Merchandising Manager.", "", "Human Resources"], 24, "sans", 44)
    return scanned_png(s, "todate"), {"employer": "Shantou Seaport Toys Manufacturing Co., Ltd.", "position": "Assistant Merchandising Manager",
                                      "start_date": "2017-05-16"}


def write_all(folder: Path) -> list[dict]:
    papers = [("br-dotted-leaders.png", dotted_leaders, "br_certificate", "dotted-leaders"),
              ("statement-turnover-shareholders-funds.png", turnover_shareholders_funds, "financial_statement", "turnover-shareholders-funds"),
              ("work-to-date.png", to_date, "work_experience_letter", "to-date")]
    return write_drawn(folder, papers)
