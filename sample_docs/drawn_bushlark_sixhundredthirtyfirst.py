"""A six-hundred-and-thirty-first drawn set, of an applicant's form, a BR certificate and a plan, drawn after stop 86's last reader change,
to be read cold and left unmended, in wording and layouts no earlier set drew: an ID 990A whose names are two pairs on one line ('Family
name: HUA    Given name(s): YIXUAN'), the date of birth as '5 Mar 1997' and the Hong Kong degree answered 'No' in words after its
question; a BR certificate whose validity is a range on one line ('Validity Period: 12/12/2026 - 11/12/2027') under a boxed business
name; a plan whose projections are in thousands (HK$'000) with its share capital told in a sentence. Each is a case of its own
(`scripts/bench_drawn_forms.py --set sixhundredthirtyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def pairs_on_a_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 120, "1. Personal particulars", 30, "sans_bold")
    text_lines(s, 140, 210, ["Family name: HUA                              Given name(s): YIXUAN",
                             "Name in Chinese: 华亦萱                        Sex: Female",
                             "Date of birth: 5 Mar 1997                      Travel document no.: EJ8820416", "",
                             "2. Proposed employment", "Employer: Cobaltbay Payments Limited", "Post: Fraud Analytics Lead",
                             "Monthly salary: HK$61,000", "",
                             "3. Have you obtained a degree from a local institution in Hong Kong?   No"], 26, "sans_cjk", 60)
    return scanned_png(s, "pairsline"), {"surname": "HUA", "given_names": "YIXUAN", "name_zh": "华亦萱", "sex": "F", "date_of_birth": "1997-03-05",
                                         "travel_document_number": "EJ8820416", "employer_name": "Cobaltbay Payments Limited",
                                         "position": "Fraud Analytics Lead", "monthly_salary_hkd": 61000.0, "hk_local_degree": False}


def validity_range() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 90, "BUSINESS REGISTRATION CERTIFICATE", 32, "serif_bold")
    s.d.rectangle([140, 170, 1514, 260], outline="black", width=3)
    s.text(170, 198, "MOONRIVER STUDIO PHOTOGRAPHY LIMITED", 32, "mono")
    text_lines(s, 160, 320, ["Business Registration No.: 73390571-000-12-26-7", "Address: SHOP B, G/F, 12 TAI HANG ROAD, CAUSEWAY BAY, HONG KONG",
                             "Nature: PHOTOGRAPHY SERVICES", "Validity Period: 12/12/2026 - 11/12/2027"], 24, "serif", 56)
    return scanned_png(s, "validity"), {"business_name": "MOONRIVER STUDIO PHOTOGRAPHY LIMITED", "br_number": "73390571",
                                        "address": "SHOP B, G/F, 12 TAI HANG ROAD, CAUSEWAY BAY, HONG KONG", "nature_of_business": "PHOTOGRAPHY SERVICES",
                                        "expiry_date": "2027-12-11"}


def plan_in_thousands() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Harbourlight Interiors Limited — Plan for 2027 to 2029", 30, "serif_bold")
    y = text_lines(s, 140, 190, ["The company was set up with a share capital of HK$500,000, paid in full by its two directors.",
                                 "We fit out small offices and clinics in Kowloon.", "", "Financial projections (HK$'000)"], 24, "serif", 46)
    _ruled(s, 140, y + 20, [["", "2027", "2028", "2029"], ["Revenue", "2,400", "3,600", "4,800"], ["Net profit", "180", "420", "690"],
                            ["Staff (Hong Kong residents)", "2", "4", "5"]], [520, 280, 280, 280], 66, 24)
    return scanned_png(s, "thousands"), {"capital_hkd": 500000.0, "projected_turnover_hkd": 2400000.0, "local_jobs": 2}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-pairs-on-a-line.png", pairs_on_a_line, "applicant_form", "pairs-on-a-line"),
              ("br-validity-range.png", validity_range, "br_certificate", "validity-range"),
              ("plan-in-thousands.png", plan_in_thousands, "business_plan", "in-thousands")]
    return write_drawn(folder, papers)
