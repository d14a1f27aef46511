"""A six-hundred-and-thirty-sixth drawn set, of an employer's form, a BR certificate and a plan, stop 87's second round, to be read
cold before any reader changes for it, in wording and layouts no earlier set drew: an ID 990B given as the employer's statement in
sentences ('We, … (BR No. …), propose to employ Mr … as … at a monthly salary of …; the post is not on the Talent List'); a BR
certificate scanned turned by two and a half degrees on grey paper, the business name with its Chinese name in brackets on one line; a
plan whose projections are a table with a row a year and a column a figure. Each is a case of its own
(`scripts/bench_drawn_forms.py --set sixhundredthirtysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageFilter

from .drawn_forms import Sheet, png_bytes, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def statement_in_sentences() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990B", 28, "sans_bold")
    s.text(140, 140, "Employer's statement in support of the application", 30, "serif_bold")
    s.wrapped(140, 230, "We, Harbourline Freight Limited (Business Registration No. 70221496), propose to employ Mr LAM Zixuan as "
                        "Logistics Data Analyst in our Kwai Chung office at a monthly salary of HK$39,000, with a year-end bonus "
                        "of one month's salary. The post is not on the Talent List. No local candidate with the required skills "
                        "answered our advertisements in the past three months.", 88, 26, "serif", 44)
    text_lines(s, 140, 560, ["For and on behalf of", "Harbourline Freight Limited", "", "Director", "20 November 2026"], 26, "serif", 44)
    return scanned_png(s, "statement"), {"employer_name": "Harbourline Freight Limited", "br_number": "70221496", "applicant_name": "LAM ZIXUAN",
                                         "position": "Logistics Data Analyst", "monthly_salary_hkd": 39000.0, "talent_list": False}


def turned_grey() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 100, "BUSINESS REGISTRATION CERTIFICATE", 32, "serif_bold")
    s.text(660, 160, "商業登記證", 36, "serif_cjk")
    text_lines(s, 160, 280, ["Name of Business:  ORCHIDLANE TEA HOUSE LIMITED (蘭徑茶館有限公司)",
                             "Address of Business:  SHOP 2, G/F, 15 ELGIN STREET, CENTRAL, HONG KONG",
                             "Nature of Business:  TEA HOUSE", "Date of Commencement:  08/07/2026", "Date of Expiry:  07/07/2027",
                             "Certificate No.:  76630248-000-07-26-3"], 26, "mono", 64)
    img = s.img.rotate(2.5, resample=Image.Resampling.BICUBIC, fillcolor="white").filter(ImageFilter.GaussianBlur(0.8))
    img = Image.eval(img, lambda v: int(60 + v * 0.62))  # grey paper, the ink not black
    return png_bytes(img), {"business_name": ("ORCHIDLANE TEA HOUSE LIMITED", "蘭徑茶館有限公司"), "br_number": "76630248",
                            "address": "SHOP 2, G/F, 15 ELGIN STREET, CENTRAL, HONG KONG", "nature_of_business": "TEA HOUSE",
                            "commencement_date": "2026-07-08", "expiry_date": "2027-07-07"}


def row_a_year() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Brightfen Robotics Limited", 34, "serif_bold")
    s.text(140, 160, "Executive summary", 28, "serif")
    y = text_lines(s, 140, 240, ["We build small warehouse robots for Hong Kong's logistics firms.", "",
                                 "Capital: HK$ 1,000,000 (fully paid by the founders)", "", "Three-year outlook"], 24, "serif", 46)
    _ruled(s, 140, y + 20, [["Year", "Turnover (HK$)", "Staff employed locally"], ["2027", "2,750,000", "4"], ["2028", "4,100,000", "7"],
                            ["2029", "5,900,000", "10"]], [220, 360, 400], 64, 24)
    return scanned_png(s, "rowayear"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 2750000.0, "local_jobs": 4}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990b-statement-in-sentences.png", statement_in_sentences, "employer_form", "statement-in-sentences"),
              ("br-turned-grey.png", turned_grey, "br_certificate", "turned-grey"),
              ("plan-row-a-year.png", row_a_year, "business_plan", "row-a-year")]
    return write_drawn(folder, papers)
